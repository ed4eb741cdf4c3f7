//! Export: the dataset flattened into tables (`streams`, `calls`, `pstn`, `direct_routing`) of
//! typed columns defined once ([`Column`]: a name, a [`Kind`], a getter) and written by every
//! writer: CSV through the `csv` crate (the page and the command line) and, with the `parquet`
//! feature (the command line only), Parquet through Apache Arrow's `parquet` crate. No DOM, no
//! file system: writers take any `io::Write`.
//!
//! The page's entry points give one table's CSV text: [`streams_csv`], [`calls_csv`],
//! [`pstn_csv`], [`direct_routing_csv`], and [`log_table_csv`] for a log table as the user sees
//! it (each opens with a UTF-8 byte-order mark, for Excel). The command line walks the dataset once into four sinks ([`write_records`],
//! [`write_log`]).

mod calls;
mod columns;
mod csv;
mod flatten;
mod logs;
#[cfg(feature = "parquet")]
mod parquet;
mod parts;
mod sink;
mod streams;

pub use calls::{call_columns, CallExportRow};
pub use columns::{pascal, Column, Kind, Value};
pub use csv::{csv_text, formula_safe, CsvSink};
pub use flatten::{
    calls_csv, direct_routing_csv, log_table_csv, pstn_csv, streams_csv, write_log, write_records, CsvWriting,
    EXCEL_BOM, TABLES,
};
pub use logs::{log_columns, shown_rows, visible_log_columns, LogView, ShownRow};
#[cfg(feature = "parquet")]
pub use parquet::{ParquetSink, ROW_GROUP_ROWS};
pub use sink::{ExportError, Sink};
pub use streams::{organizer_identity, stream_columns, Side, StreamRow};
