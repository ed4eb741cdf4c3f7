//! Where rows go: a [`Sink`] takes the rows of one table one at a time and writes them as it
//! goes (CSV record by record, Parquet row group by row group), so no table is held whole.

use std::fmt;

/// Why an export could not be written: the writer's error, in a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExportError(pub String);

impl fmt::Display for ExportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ExportError {}

impl From<std::io::Error> for ExportError {
    fn from(e: std::io::Error) -> Self {
        ExportError(e.to_string())
    }
}

impl From<csv::Error> for ExportError {
    fn from(e: csv::Error) -> Self {
        ExportError(e.to_string())
    }
}

/// A table being written, row by row.
pub trait Sink<R> {
    /// Writes one row.
    fn push(&mut self, row: &R) -> Result<(), ExportError>;

    /// Writes what is still buffered and closes the table; returns the rows written.
    fn finish(self: Box<Self>) -> Result<usize, ExportError>;
}
