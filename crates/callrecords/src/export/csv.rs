//! CSV through the `csv` crate (RFC 4180 quoting: a field with a comma, a quote or a line
//! break is quoted, quotes doubled), into any `io::Write`, so the page writes into a `Vec` and
//! the command line into a file. A header row of the column names, then one record per row;
//! "not reported" is an empty field, never 0; times are ISO 8601 UTC
//! (`2026-03-17T10:00:00.000Z`); floats are written in full, never in exponent form.
//!
//! Formula injection: Excel, LibreOffice and Sheets run a cell that starts with `=`, `+`, `-`,
//! `@`, a tab or a carriage return as a formula, and text in call records comes from users
//! (display names, feedback text, device names). Such a text cell is written with a leading
//! apostrophe (`'=cmd|…`), which spreadsheets show as text and which is OWASP's advice, unless it
//! is a plain number (`+14255550100`, `-3`, a masked `+1425555****`), which no spreadsheet can
//! run. Only text columns are touched: numbers, times and flags are written as they are, and
//! Parquet keeps every text exactly as sent.

use super::columns::{Column, Value};
use super::sink::{ExportError, Sink};
use std::borrow::{Borrow, Cow};
use std::io::Write;

/// The characters that make a spreadsheet read a cell as a formula.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// `text` as a spreadsheet can only read it as text: a leading apostrophe before a cell that
/// would otherwise run as a formula (see the module comment).
pub fn formula_safe(text: &str) -> Cow<'_, str> {
    let Some(first) = text.chars().next() else { return Cow::Borrowed(text) };
    if !FORMULA_STARTS.contains(&first) {
        return Cow::Borrowed(text);
    }
    let number_like = first != '=' && first != '@' && first != '\t' && first != '\r' && {
        let rest = &text[first.len_utf8()..];
        rest.chars().all(|c| c.is_ascii_digit() || matches!(c, ' ' | '*' | '.' | '(' | ')' | '-'))
    };
    if number_like {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(format!("'{text}"))
    }
}

/// A field's text.
fn field<'v>(value: &'v Value<'_>, scratch: &'v mut String) -> &'v str {
    use std::fmt::Write as _;
    scratch.clear();
    match value {
        Value::Null => "",
        Value::String(text) => match formula_safe(text) {
            Cow::Borrowed(t) => t,
            Cow::Owned(t) => {
                *scratch = t;
                scratch
            }
        },
        Value::Int(v) => {
            let _ = write!(scratch, "{v}");
            scratch
        }
        // Rust's float Display is the shortest text that reads back to the same number, and
        // never uses an exponent.
        Value::Float(v) => {
            let _ = write!(scratch, "{v}");
            scratch
        }
        Value::Bool(b) => {
            if *b {
                "true"
            } else {
                "false"
            }
        }
        Value::Timestamp(t) => {
            *scratch = t.to_iso();
            scratch
        }
    }
}

/// A CSV table being written.
pub struct CsvSink<'c, R, W: Write> {
    columns: Vec<Column<'c, R>>,
    writer: csv::Writer<W>,
    rows: usize,
    scratch: String,
}

impl<'c, R, W: Write> CsvSink<'c, R, W> {
    /// Writes the header row into `out`.
    pub fn new(columns: Vec<Column<'c, R>>, out: W) -> Result<Self, ExportError> {
        let mut writer = csv::WriterBuilder::new().from_writer(out);
        writer.write_record(columns.iter().map(|c| c.name.as_str()))?;
        Ok(CsvSink { columns, writer, rows: 0, scratch: String::new() })
    }

    /// Writes what the CSV writer holds through to `out`.
    pub fn flush(&mut self) -> Result<(), ExportError> {
        Ok(self.writer.flush()?)
    }

    /// Flushes and gives the writer back (the page's `Vec<u8>`).
    pub fn into_inner(self) -> Result<W, ExportError> {
        self.writer.into_inner().map_err(|e| ExportError(e.error().to_string()))
    }
}

impl<R, W: Write> Sink<R> for CsvSink<'_, R, W> {
    fn push(&mut self, row: &R) -> Result<(), ExportError> {
        for column in &self.columns {
            let value = column.value(row);
            self.writer.write_field(field(&value, &mut self.scratch))?;
        }
        self.writer.write_record(None::<&[u8]>)?;
        self.rows += 1;
        Ok(())
    }

    fn finish(mut self: Box<Self>) -> Result<usize, ExportError> {
        self.writer.flush()?;
        Ok(self.rows)
    }
}

/// The CSV text of `rows` under `columns`.
pub fn csv_text<'c, R, I>(columns: Vec<Column<'c, R>>, rows: I) -> String
where
    I: IntoIterator,
    I::Item: Borrow<R>,
{
    let mut sink = match CsvSink::new(columns, Vec::new()) {
        Ok(sink) => sink,
        Err(_) => return String::new(),
    };
    for row in rows {
        // Writing into memory fails only on a bug of the writer: stop there.
        if sink.push(row.borrow()).is_err() {
            break;
        }
    }
    utf8(sink.into_inner().unwrap_or_default())
}

/// CSV bytes as text: every field is UTF-8 text, so the whole is.
pub(crate) fn utf8(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised_and_numbers_are_not() {
        assert_eq!(formula_safe("=cmd|' /C calc'!A0"), "'=cmd|' /C calc'!A0");
        assert_eq!(formula_safe("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(formula_safe("+HYPERLINK(\"x\")"), "'+HYPERLINK(\"x\")");
        assert_eq!(formula_safe("-2+3"), "'-2+3");
        assert_eq!(formula_safe("\t=1"), "'\t=1");
        assert_eq!(formula_safe("+14255550100"), "+14255550100");
        assert_eq!(formula_safe("+1 425 555 ****"), "+1 425 555 ****");
        assert_eq!(formula_safe("-3.5"), "-3.5");
        assert_eq!(formula_safe("-"), "-");
        assert_eq!(formula_safe("Owen = boss"), "Owen = boss");
        assert_eq!(formula_safe(""), "");
    }

    #[test]
    fn hostile_text_is_quoted_and_null_is_empty() {
        struct Row(Option<&'static str>, Option<f64>);
        let columns = vec![
            Column::string("Name", |r: &Row| r.0),
            Column::float("Value", |r: &Row| r.1),
            Column::owned("Note", |_: &Row| Some("x\"y".to_string())),
        ];
        let text =
            csv_text::<Row, _>(columns, [Row(Some("a,b\n=cmd"), None), Row(None, Some(0.0)), Row(None, Some(1e-7))]);
        assert_eq!(text, "Name,Value,Note\n\"a,b\n=cmd\",,\"x\"\"y\"\n,0,\"x\"\"y\"\n,0.0000001,\"x\"\"y\"\n");
        let mut reader = csv::ReaderBuilder::new().from_reader(text.as_bytes());
        let first = reader.records().next().unwrap().unwrap();
        assert_eq!(&first[0], "a,b\n=cmd");
        assert_eq!(&first[1], "");
    }
}
