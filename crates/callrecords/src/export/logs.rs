//! The `pstn` and `direct_routing` tables: one row per log row, with the columns of the page's
//! log tables (`calllogs`' column definitions, the one source of truth), every column, hidden
//! ones too, named by its id. A cell's typed value is its sort key: times as instants, durations
//! in seconds, charges as amounts (the currency is its own column), SIP codes as integers, flags
//! as booleans, text as shown. And the same columns as the user sees them: [`visible_log_columns`]
//! gives the chosen columns, under their headings, for the rows the filter keeps in their order.

use super::columns::{Column, Kind, Value};
use crate::calllogs::{Cell, Column as LogColumn, ColumnKind, LogTable, RowFilter, SortDirection, SortKey, Table};
use crate::model::datetime::UtcInstant;
use crate::view::logs::LogRows;
use std::borrow::Cow;
use std::collections::BTreeSet;

/// The kind a log column's values take.
fn kind_of(kind: ColumnKind) -> Kind {
    match kind {
        ColumnKind::Text | ColumnKind::Id | ColumnKind::Number => Kind::String,
        ColumnKind::Count => Kind::Int,
        ColumnKind::Money | ColumnKind::Duration => Kind::Float,
        ColumnKind::Time => Kind::Timestamp,
        ColumnKind::Flag => Kind::Bool,
    }
}

/// A cell's typed value for a column of `kind`: its sort key, or its text for text columns.
fn cell_value(kind: ColumnKind, cell: Cell) -> Value<'static> {
    match (kind_of(kind), cell.sort) {
        (_, SortKey::Missing) => Value::Null,
        (Kind::String, _) => Value::String(Cow::Owned(cell.text)),
        (Kind::Int, SortKey::Number(v)) if v.fract() == 0.0 => Value::Int(v as i64),
        (Kind::Float, SortKey::Number(v)) => Value::Float(v),
        (Kind::Bool, SortKey::Number(v)) => Value::Bool(v != 0.0),
        (Kind::Timestamp, SortKey::Time(ms)) => Value::Timestamp(UtcInstant(ms)),
        _ => Value::Null,
    }
}

/// Every column of a log table, typed, named by its id.
pub fn log_columns<'c, T: LogTable>() -> Vec<Column<'c, T>> {
    T::columns()
        .iter()
        .map(|c: &'static LogColumn| {
            Column::of_kind(c.id, kind_of(c.kind), move |row: &T| {
                row.cell(c.id).map_or(Value::Null, |cell| cell_value(c.kind, cell))
            })
        })
        .collect()
}

/// What the page's log table shows: its filter, its sort, and the columns chosen (by id).
#[derive(Clone, Debug, PartialEq)]
pub struct LogView<'s> {
    pub table: Table,
    pub filter: &'s RowFilter,
    pub sort: (&'s str, SortDirection),
    pub visible: &'s BTreeSet<&'static str>,
}

/// One row of a log table as the page lists it: the log and a row index.
pub struct ShownRow<'a> {
    rows: &'a dyn LogRows,
    index: usize,
}

/// A heading with the unit of the exported value: "Duration (s)", "Start time (UTC)".
fn heading(column: &LogColumn) -> String {
    match (column.kind, column.unit) {
        (ColumnKind::Duration, None) => format!("{} (s)", column.heading),
        (ColumnKind::Time, _) => format!("{} (UTC)", column.heading),
        // Headings stay English in every language: they are an interface.
        _ => match column.unit {
            Some(unit) => format!("{} ({unit})", column.heading),
            None => column.heading.to_string(),
        },
    }
}

/// The columns the user chose, in the table's order, under their headings; a charge is never
/// without its currency (the currency column comes along when a money column is chosen).
pub fn visible_log_columns<'a>(rows: &'a dyn LogRows, visible: &BTreeSet<&str>) -> Vec<Column<'a, ShownRow<'a>>> {
    let all = rows.columns();
    let money = all.iter().any(|c| c.kind == ColumnKind::Money && visible.contains(c.id));
    all.iter()
        .filter(|c| visible.contains(c.id) || (money && c.id == "currency"))
        .map(|c: &'static LogColumn| {
            Column::of_kind(heading(c), kind_of(c.kind), move |r: &ShownRow| {
                cell_value(c.kind, r.rows.cell(r.index, c.id))
            })
        })
        .collect()
}

/// The rows of `view` as the page lists them: filtered, then sorted.
pub fn shown_rows<'a>(rows: &'a dyn LogRows, view: &LogView<'_>) -> impl Iterator<Item = ShownRow<'a>> + 'a {
    rows.select(view.filter, view.sort.0, view.sort.1).into_iter().map(move |index| ShownRow { rows, index })
}
