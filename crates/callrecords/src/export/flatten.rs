//! The dataset flattened into tables, in one walk: each record is judged once (by `judge`)
//! and gives its row to `calls` and one row per stream to `streams`; the log rows go to `pstn`
//! and `direct_routing`. Rows are made and handed to a [`Sink`] one at a time, so no table is
//! held whole. Plus the page's entry points, each giving one table's CSV text, opening with a
//! UTF-8 byte-order mark so that Excel reads names with accents as UTF-8 (the command line's
//! files, for engines, have none; DuckDB, Spark and the `csv` crate skip it either way).

use super::calls::{call_columns, CallExportRow};
use super::columns::Column;
use super::csv::{csv_text, utf8, CsvSink};
use super::logs::{log_columns, shown_rows, visible_log_columns, LogView};
use super::sink::{ExportError, Sink};
use super::streams::{stream_columns, StreamRow};
use crate::calllogs::LogTable;
use crate::judge::{judge_record, RuleSet};
use crate::model::logs::{DirectRoutingLogRow, PstnCallLogRow};
use crate::model::Dataset;
use crate::view::logs::log_rows;
use crate::view::overview::call_row;

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
        let judgement = judge_record(record, rules);
        calls.push(&CallExportRow { record, row: call_row(index, record, &judgement), rules })?;
        for (at, judged) in record.streams().zip(judgement.streams) {
            streams.push(&StreamRow::new(record, at, judged, rules))?;
        }
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

/// A sink writing CSV into a byte buffer, for the page's entry points.
fn csv_into<'c, R>(columns: Vec<Column<'c, R>>) -> Result<CsvSink<'c, R, Vec<u8>>, ExportError> {
    CsvSink::new(columns, Vec::new())
}

/// The `streams` table as CSV: one row per stream, judged under `rules`.
pub fn streams_csv(dataset: &Dataset, rules: &RuleSet) -> String {
    let Ok(mut sink) = csv_into(stream_columns()) else { return String::new() };
    let _ = write_records(dataset, rules, &mut sink, &mut Nowhere);
    for_excel(utf8(sink.into_inner().unwrap_or_default()))
}

/// The `calls` table as CSV: one row per call record, judged under `rules`.
pub fn calls_csv(dataset: &Dataset, rules: &RuleSet) -> String {
    let Ok(mut sink) = csv_into(call_columns()) else { return String::new() };
    let _ = write_records(dataset, rules, &mut Nowhere, &mut sink);
    for_excel(utf8(sink.into_inner().unwrap_or_default()))
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
