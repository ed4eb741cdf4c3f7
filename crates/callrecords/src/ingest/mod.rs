//! Ingest: bytes in, [`Dataset`](crate::model::Dataset) out. Detects each document's shape, decodes gzip and UTF-16,
//! parses on the fast typed path or, on error, the tolerant path that isolates what is broken,
//! and merges pages into their records.

mod read;

pub use read::ingest;
