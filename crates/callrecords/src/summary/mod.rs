//! Summaries: the plain-language sentence about a call, and the JSON document
//! `callrecords summary` prints.

mod json;
mod text;

pub use json::*;
pub use text::summarize_call;
