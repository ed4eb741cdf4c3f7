//! Call Record Viewer's web app: Yew components over the `callrecords` core (wasm32 only).
//!
//! Everything the page knows about call records (parsing, verdicts, view models, chart data
//! and drawing) is in the core crate, tested natively; this crate is DOM glue.

#[cfg(target_arch = "wasm32")]
pub mod app;
