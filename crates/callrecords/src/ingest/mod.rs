//! Ingest: any call-record JSON an admin can have → one typed [`Dataset`](crate::model::Dataset).
//!
//! Accepted, detected automatically: a callRecord (basic or `$expand`ed), a list of callRecords,
//! sessions pages (with or without segments), participants_v2 pages, getPstnCalls,
//! getDirectRoutingCalls and the beta log pages, a JSON array of any of these, JSON Lines,
//! gzip, UTF-8 with or without BOM and UTF-16 (Windows PowerShell's default); and the same as
//! PowerShell writes it: Graph PowerShell SDK objects through `ConvertTo-Json` (PascalCase,
//! `AdditionalProperties`, `TimeSpan`s, `/Date(…)/`), and `ConvertTo-Json` output cut at its
//! `-Depth` (reported where the cut starts; what lies above it loads). Several sources load into
//! one dataset: pages join their record by id, a record seen twice keeps the higher `version`.
//!
//! Speed: Graph puts `@odata.context` first, so the fast path reads it and hands the rest of
//! the same object straight to the typed struct for that shape: one pass, no `Value` tree.
//! Objects without a context are classified by their keys (values borrowed as `RawValue`).
//! Only when that fails does the tolerant path run: it splits the input into records and
//! parses each alone, so one broken record is reported (with line, column and field path) and
//! the others still load.
//!
//! Stages, one file each: `decode` (bytes to text), `detect` (which shape), `fast` (the typed
//! one-pass reader), `tolerant` (isolating what is broken), `locate` (where, and in which
//! words), `merge` (into the dataset), `wire` (the types that exist only on the way in),
//! `powershell` (PowerShell output rewritten as Graph's JSON, only when suspected), `load`,
//! which runs them for one source, and `slices`, which runs a load a step at a time (the page's
//! progress bar and Cancel) and reads clean pages item by item, and `stream`, the text of a file fed
//! a chunk at a time so that it is never held whole.

mod bound;
mod decode;
mod detect;
mod fast;
mod fields;
mod load;
mod locate;
mod merge;
mod powershell;
mod recover;
mod slices;
mod stream;
mod tolerant;
mod wire;

pub use decode::{
    decode_limits, set_decode_limits, size_text, DecodeLimits, DEFAULT_MAX_BYTES, DEFAULT_MAX_TEXT, MAX_GZIP_DEPTH,
    MIN_MAX_TEXT,
};
pub use load::ingest;
pub use slices::{LoadProgress, Loading, Pace, Stage, Want};
