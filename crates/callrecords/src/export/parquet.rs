//! Parquet through Apache Arrow's `parquet` crate (its low-level column writers, no Arrow
//! arrays), for the command line only (feature `parquet`; the page never links it). Every
//! column is OPTIONAL: null is "not reported". Kinds map to `BYTE_ARRAY` (UTF8 string),
//! `INT64`, `DOUBLE`, `BOOLEAN` and `INT64` timestamps in milliseconds adjusted to UTC, which
//! DuckDB, Spark, Databricks, Fabric and Kusto read as they are. Rows are buffered per column
//! and written as a row group every [`ROW_GROUP_ROWS`] rows, Snappy-compressed, dictionary
//! encoded where it pays, so memory stays at one row group whatever the table's size.

use super::columns::{Column, Kind, Value};
use super::sink::{ExportError, Sink};
use parquet::basic::{Compression, LogicalType, Repetition, TimeUnit, Type as Physical};
use parquet::data_type::{BoolType, ByteArray, ByteArrayType, DoubleType, Int64Type};
use parquet::file::properties::WriterProperties;
use parquet::file::writer::SerializedFileWriter;
use parquet::format::MilliSeconds;
use parquet::schema::types::Type;
use std::io::Write;
use std::sync::Arc;

/// Rows per row group: large enough for readers to skip and parallelise, small enough that a
/// stream table's few hundred columns stay in tens of megabytes.
pub const ROW_GROUP_ROWS: usize = 32_768;

impl From<parquet::errors::ParquetError> for ExportError {
    fn from(e: parquet::errors::ParquetError) -> Self {
        ExportError(e.to_string())
    }
}

/// One column's values of the row group being filled, and its definition levels (1 = a value,
/// 0 = null).
enum Values {
    /// Text: every value of the group in one buffer, and where each ends.
    Bytes {
        data: Vec<u8>,
        ends: Vec<usize>,
    },
    Int(Vec<i64>),
    Float(Vec<f64>),
    Bool(Vec<bool>),
}

struct Buffer {
    values: Values,
    defs: Vec<i16>,
}

impl Buffer {
    fn new(kind: Kind) -> Self {
        let values = match kind {
            Kind::String => Values::Bytes { data: Vec::new(), ends: Vec::new() },
            Kind::Int | Kind::Timestamp => Values::Int(Vec::new()),
            Kind::Float => Values::Float(Vec::new()),
            Kind::Bool => Values::Bool(Vec::new()),
        };
        Buffer { values, defs: Vec::new() }
    }

    fn push(&mut self, value: Value<'_>) {
        let def = match (&mut self.values, value) {
            (Values::Bytes { data, ends }, Value::String(text)) => {
                data.extend_from_slice(text.as_bytes());
                ends.push(data.len());
                1
            }
            (Values::Int(v), Value::Int(n)) => {
                v.push(n);
                1
            }
            (Values::Int(v), Value::Timestamp(t)) => {
                v.push(t.0);
                1
            }
            (Values::Float(v), Value::Float(f)) => {
                v.push(f);
                1
            }
            (Values::Bool(v), Value::Bool(b)) => {
                v.push(b);
                1
            }
            // Null, or (never, since columns are typed) a value of another kind.
            _ => 0,
        };
        self.defs.push(def);
    }

    fn clear(&mut self) {
        self.defs.clear();
        match &mut self.values {
            Values::Bytes { data, ends } => {
                data.clear();
                ends.clear();
            }
            Values::Int(v) => v.clear(),
            Values::Float(v) => v.clear(),
            Values::Bool(v) => v.clear(),
        }
    }
}

/// The Parquet field of a column.
fn field(column: &Column<'_, impl Sized>) -> Result<Arc<Type>, ExportError> {
    let (physical, logical) = match column.kind {
        Kind::String => (Physical::BYTE_ARRAY, Some(LogicalType::String)),
        Kind::Int => (Physical::INT64, None),
        Kind::Float => (Physical::DOUBLE, None),
        Kind::Bool => (Physical::BOOLEAN, None),
        Kind::Timestamp => (
            Physical::INT64,
            Some(LogicalType::Timestamp { is_adjusted_to_u_t_c: true, unit: TimeUnit::MILLIS(MilliSeconds {}) }),
        ),
    };
    Ok(Arc::new(
        Type::primitive_type_builder(&column.name, physical)
            .with_repetition(Repetition::OPTIONAL)
            .with_logical_type(logical)
            .build()?,
    ))
}

/// A Parquet table being written.
pub struct ParquetSink<'c, R, W: Write + Send> {
    columns: Vec<Column<'c, R>>,
    buffers: Vec<Buffer>,
    writer: SerializedFileWriter<W>,
    pending: usize,
    rows: usize,
    group_rows: usize,
}

impl<'c, R, W: Write + Send> ParquetSink<'c, R, W> {
    /// Starts a file in `out` with the schema of `columns` (message `name`).
    pub fn new(name: &str, columns: Vec<Column<'c, R>>, out: W) -> Result<Self, ExportError> {
        Self::with_row_groups(name, columns, out, ROW_GROUP_ROWS)
    }

    /// The same, with `group_rows` rows per row group (tests use small groups).
    pub fn with_row_groups(
        name: &str,
        columns: Vec<Column<'c, R>>,
        out: W,
        group_rows: usize,
    ) -> Result<Self, ExportError> {
        let fields = columns.iter().map(field).collect::<Result<Vec<_>, _>>()?;
        let schema = Arc::new(Type::group_type_builder(name).with_fields(fields).build()?);
        let properties = WriterProperties::builder()
            .set_compression(Compression::SNAPPY)
            .set_created_by(format!("callrecords {}", env!("CARGO_PKG_VERSION")))
            .build();
        let writer = SerializedFileWriter::new(out, schema, Arc::new(properties))?;
        let buffers = columns.iter().map(|c| Buffer::new(c.kind)).collect();
        Ok(ParquetSink { columns, buffers, writer, pending: 0, rows: 0, group_rows: group_rows.max(1) })
    }

    /// Writes the buffered rows as one row group.
    fn flush(&mut self) -> Result<(), ExportError> {
        if self.pending == 0 {
            return Ok(());
        }
        let mut group = self.writer.next_row_group()?;
        let mut buffers = self.buffers.iter_mut();
        while let Some(mut column) = group.next_column()? {
            let buffer = buffers.next().ok_or_else(|| ExportError("more Parquet columns than buffers".into()))?;
            let defs = Some(buffer.defs.as_slice());
            match &mut buffer.values {
                Values::Bytes { data, ends } => {
                    // One allocation for the group's text; each value is a slice of it.
                    let all = bytes::Bytes::from(std::mem::take(data));
                    let starts = std::iter::once(0).chain(ends.iter().copied());
                    let values: Vec<ByteArray> =
                        starts.zip(ends.iter()).map(|(from, &to)| ByteArray::from(all.slice(from..to))).collect();
                    column.typed::<ByteArrayType>().write_batch(&values, defs, None)?
                }
                Values::Int(v) => column.typed::<Int64Type>().write_batch(v, defs, None)?,
                Values::Float(v) => column.typed::<DoubleType>().write_batch(v, defs, None)?,
                Values::Bool(v) => column.typed::<BoolType>().write_batch(v, defs, None)?,
            };
            column.close()?;
            buffer.clear();
        }
        group.close()?;
        self.pending = 0;
        Ok(())
    }
}

impl<R, W: Write + Send> Sink<R> for ParquetSink<'_, R, W> {
    fn push(&mut self, row: &R) -> Result<(), ExportError> {
        for (column, buffer) in self.columns.iter().zip(&mut self.buffers) {
            buffer.push(column.value(row));
        }
        self.pending += 1;
        self.rows += 1;
        if self.pending >= self.group_rows {
            self.flush()?;
        }
        Ok(())
    }

    fn finish(mut self: Box<Self>) -> Result<usize, ExportError> {
        self.flush()?;
        let rows = self.rows;
        self.writer.close()?;
        Ok(rows)
    }
}
