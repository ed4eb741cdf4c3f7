//! The dataset flattened into tables, in one walk: each record is judged once (by `judge`)
//! and gives its row to `calls` and one row per stream to `streams`; the log rows go to `pstn`
//! and `direct_routing`. Rows are made and handed to a [`Sink`] one at a time, so no table is
//! held whole. Plus the page's entry points, each giving one table's CSV text, opening with a
//! UTF-8 byte-order mark so that Excel reads names with accents as UTF-8 (the command line's
//! files, for engines, have none; DuckDB, Spark and the `csv` crate skip it either way).

use super::calls::{call_columns, CallExportRow};
use super::csv::{csv_text, utf8, CsvSink};
use super::logs::{log_columns, shown_rows, visible_log_columns, LogView};
use super::sink::{ExportError, Sink};
use super::streams::{stream_columns, StreamRow};
use crate::calllogs::LogTable;
use crate::judge::{judge_record, RuleSet};
use crate::model::logs::{DirectRoutingLogRow, PstnCallLogRow};
use crate::model::record::CallRecord;
use crate::model::Dataset;
use crate::sliced::{Sliced, Writing};
use crate::view::logs::log_rows;
use crate::view::overview::call_row;
use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

/// The four tables of an export, by file name (`streams`, `calls`, `pstn`, `direct_routing`).
pub const TABLES: [&str; 4] = ["streams", "calls", "pstn", "direct_routing"];

/// Every record of `dataset` judged under `rules`, its call row to `calls` and its stream rows
/// to `streams`, in dataset order.
pub fn write_records<'a>(
    dataset: &'a Dataset,
    rules: &'a RuleSet,
    streams: &mut dyn Sink<StreamRow<'a>>,
    calls: &mut dyn Sink<CallExportRow<'a>>,
) -> Result<(), ExportError> {
    for (index, record) in dataset.records.iter().enumerate() {
        write_record(index, record, rules, streams, calls)?;
    }
    Ok(())
}

/// One record (at `index` of its dataset) judged under `rules`: its call row to `calls`, its
/// stream rows to `streams`.
fn write_record<'a>(
    index: usize,
    record: &'a CallRecord,
    rules: &'a RuleSet,
    streams: &mut dyn Sink<StreamRow<'a>>,
    calls: &mut dyn Sink<CallExportRow<'a>>,
) -> Result<(), ExportError> {
    let judgement = judge_record(record, rules);
    calls.push(&CallExportRow { record, row: call_row(index, record, &judgement), rules })?;
    for (at, judged) in record.streams().zip(judgement.streams) {
        streams.push(&StreamRow::new(record, at, judged, rules))?;
    }
    Ok(())
}

/// Every row of one log to `sink`.
pub fn write_log<T: LogTable>(rows: &[T], sink: &mut dyn Sink<T>) -> Result<(), ExportError> {
    rows.iter().try_for_each(|row| sink.push(row))
}

/// A sink that drops its rows (for a walk that wants only some tables).
struct Nowhere;

impl<R> Sink<R> for Nowhere {
    fn push(&mut self, _: &R) -> Result<(), ExportError> {
        Ok(())
    }
    fn finish(self: Box<Self>) -> Result<usize, ExportError> {
        Ok(0)
    }
}

/// What the page's CSV texts open with: the UTF-8 byte-order mark, Excel's sign for UTF-8.
pub const EXCEL_BOM: &str = "\u{feff}";

/// The page's CSV text: the byte-order mark, then the CSV.
fn for_excel(csv: String) -> String {
    format!("{EXCEL_BOM}{csv}")
}

/// The `streams` table as CSV: one row per stream, judged under `rules`.
pub fn streams_csv(dataset: &Dataset, rules: &RuleSet) -> String {
    utf8(CsvWriting::streams(dataset, rules).whole())
}

/// The `calls` table as CSV: one row per call record, judged under `rules`.
pub fn calls_csv(dataset: &Dataset, rules: &RuleSet) -> String {
    utf8(CsvWriting::calls(dataset, rules).whole())
}

/// What a [`CsvWriting`] writes into.
#[derive(Clone, Default)]
struct Shared(Rc<RefCell<Vec<u8>>>);

impl Write for Shared {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The table a [`CsvWriting`] writes.
enum Table<'a> {
    Streams(CsvSink<'a, StreamRow<'a>, Shared>),
    Calls(CsvSink<'a, CallExportRow<'a>, Shared>),
}

/// The page's `streams` or `calls` CSV ([`streams_csv`], [`calls_csv`]) written a record at a
/// time ([`Writing`]): the byte-order mark and the header, then each record's rows.
pub struct CsvWriting<'a> {
    records: &'a [CallRecord],
    rules: &'a RuleSet,
    at: usize,
    table: Option<Table<'a>>,
    out: Shared,
}

impl<'a> CsvWriting<'a> {
    /// The `streams` table: one row per stream, judged under `rules`.
    pub fn streams(dataset: &'a Dataset, rules: &'a RuleSet) -> Self {
        Self::new(dataset, rules, |out| CsvSink::new(stream_columns(), out).ok().map(Table::Streams))
    }

    /// The `calls` table: one row per call record, judged under `rules`.
    pub fn calls(dataset: &'a Dataset, rules: &'a RuleSet) -> Self {
        Self::new(dataset, rules, |out| CsvSink::new(call_columns(), out).ok().map(Table::Calls))
    }

    fn new(dataset: &'a Dataset, rules: &'a RuleSet, table: impl FnOnce(Shared) -> Option<Table<'a>>) -> Self {
        let out = Shared::default();
        out.0.borrow_mut().extend_from_slice(EXCEL_BOM.as_bytes());
        CsvWriting { records: &dataset.records, rules, at: 0, table: table(out.clone()), out }
    }
}

/// A unit is a record's rows.
impl Sliced for CsvWriting<'_> {
    fn step(&mut self) -> bool {
        let (Some(record), Some(table)) = (self.records.get(self.at), self.table.as_mut()) else { return false };
        let written = match table {
            Table::Streams(sink) => write_record(self.at, record, self.rules, sink, &mut Nowhere),
            Table::Calls(sink) => write_record(self.at, record, self.rules, &mut Nowhere, sink),
        };
        // Writing into memory fails only on a bug of the writer: stop there.
        self.at = if written.is_ok() { self.at + 1 } else { self.records.len() };
        true
    }

    fn done(&self) -> usize {
        self.at
    }

    fn total(&self) -> usize {
        self.records.len()
    }
}

impl Writing for CsvWriting<'_> {
    fn take(&mut self) -> Vec<u8> {
        let _ = match self.table.as_mut() {
            Some(Table::Streams(sink)) => sink.flush(),
            Some(Table::Calls(sink)) => sink.flush(),
            None => Ok(()),
        };
        std::mem::take(&mut *self.out.0.borrow_mut())
    }
}

/// The `pstn` table as CSV: every getPstnCalls row, every column.
pub fn pstn_csv(dataset: &Dataset) -> String {
    for_excel(csv_text(log_columns::<PstnCallLogRow>(), &dataset.pstn_calls))
}

/// The `direct_routing` table as CSV: every getDirectRoutingCalls row, every column.
pub fn direct_routing_csv(dataset: &Dataset) -> String {
    for_excel(csv_text(log_columns::<DirectRoutingLogRow>(), &dataset.direct_routing_calls))
}

/// A log table as the user sees it on the page: the rows its filter keeps, in its sort order,
/// in the columns chosen (under their headings; a charge with its currency).
pub fn log_table_csv(dataset: &Dataset, view: &LogView<'_>) -> String {
    let rows = log_rows(view.table, dataset);
    let columns = visible_log_columns(rows.as_ref(), view.visible);
    for_excel(csv_text(columns, shown_rows(rows.as_ref(), view)))
}
