//! callrecords: the pure core of Call Record Viewer, with no DOM dependency.
//!
//! Data walks one way, one folder per stage, each depending only on those above it:
//!
//! 0. [`i18n`]: the four languages, their message catalogues and number/date formats.
//! 1. [`model`]: what Graph sends, typed (records, identities, enums, times, log rows, the
//!    metric catalogue, diagnostics, the [`model::Dataset`] everything loaded lands in).
//! 2. [`ingest`]: bytes to model (detect the shape, decode, parse fast or tolerantly, merge).
//! 3. [`judge`]: the rule table, rule sets, media kinds, verdicts and findings.
//! 4. [`calllogs`]: PSTN and Direct Routing tables, totals, SIP meanings, matching to records.
//! 5. [`view`]: what the page shows (overview rows, detail tables, the tree, routes, state).
//! 6. [`chart`]: chart data, layout and drawing over any plotters `DrawingBackend`.
//! 7. [`summary`]: the command line's JSON.
//! 8. [`export`]: the dataset flattened into typed tables, written as CSV (page and command
//!    line) or Parquet (feature `parquet`, the command line only).
//!
//! [`redact`] (after `model`) replaces personal values with consistent placeholders, on the
//! model, so everything made from a redacted dataset shows only placeholders.
//!
//! `synth` (feature `synth`, on by default for the command line and tests, off in the page)
//! generates realistic test exports.

pub mod calllogs;
pub mod chart;
pub mod export;
pub mod i18n;
pub mod ingest;
pub mod judge;
pub mod model;
pub mod redact;
pub mod report;
pub mod sliced;
pub mod summary;
#[cfg(feature = "synth")]
pub mod synth;
pub mod view;
