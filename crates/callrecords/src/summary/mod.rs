//! Summaries: the JSON document `callrecords summary` prints.

mod json;

pub use json::*;
