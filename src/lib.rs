//! Call Record Viewer: the pure core (model, ingest, quality rules, summaries, chart data) and,
//! on wasm32, the Yew front end over it.
//!
//! Everything outside `app` knows nothing of the DOM and is tested natively with `cargo test`.

pub mod calllogs;
pub mod charts;
pub mod datetime;
pub mod detail;
pub mod diagnostic;
pub mod enums;
pub mod findings;
pub mod identity;
pub mod ingest;
pub mod logs;
pub mod media_kind;
pub mod metrics;
pub mod overview;
pub mod quality;
pub mod record;
pub mod rule_sets;
pub mod route;
pub mod state;
pub mod summary;
pub mod synth;
pub mod tree;

#[cfg(target_arch = "wasm32")]
pub mod app;
