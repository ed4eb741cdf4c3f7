//! Typed columns, defined once per table and read by every writer (CSV, Parquet): a name, a
//! [`Kind`] and a getter from a row to a [`Value`]. A getter returns [`Value::Null`] for what
//! Graph did not report, never a zero, and the writers keep it empty (CSV) or null (Parquet).

use crate::model::datetime::UtcInstant;
use std::borrow::Cow;

/// What a column holds, for a writer's schema.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    /// UTF-8 text.
    String,
    /// A 64-bit signed integer.
    Int,
    /// A 64-bit float.
    Float,
    Bool,
    /// An instant, in milliseconds since the Unix epoch, UTC.
    Timestamp,
}

impl Kind {
    /// The word a reader sees in the README and errors: `string`, `int`, …
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::String => "string",
            Kind::Int => "int",
            Kind::Float => "float",
            Kind::Bool => "bool",
            Kind::Timestamp => "timestamp",
        }
    }
}

/// One cell, borrowed from the row where it can be.
#[derive(Clone, Debug, PartialEq)]
pub enum Value<'r> {
    /// Not reported (absent, null, or not a finite number).
    Null,
    String(Cow<'r, str>),
    Int(i64),
    Float(f64),
    Bool(bool),
    Timestamp(UtcInstant),
}

impl Value<'_> {
    /// True for [`Value::Null`].
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }
}

type Getter<'c, R> = Box<dyn Fn(&R) -> Value<'_> + Send + Sync + 'c>;

/// A named, typed column of a table whose rows are `R` (its getter may borrow for `'c`).
pub struct Column<'c, R> {
    pub name: String,
    pub kind: Kind,
    get: Getter<'c, R>,
}

impl<'c, R> Column<'c, R> {
    /// The cell of `row`; always of this column's kind, or null.
    pub fn value<'r>(&self, row: &'r R) -> Value<'r> {
        (self.get)(row)
    }

    /// Text borrowed from the row; blank text is not reported.
    pub fn string(name: impl Into<String>, get: impl Fn(&R) -> Option<&str> + Send + Sync + 'c) -> Self {
        Self::make(name, Kind::String, move |r| match get(r).filter(|t| !t.trim().is_empty()) {
            Some(t) => Value::String(Cow::Borrowed(t)),
            None => Value::Null,
        })
    }

    /// Text made for the row (a join, a label); blank text is not reported.
    pub fn owned(name: impl Into<String>, get: impl Fn(&R) -> Option<String> + Send + Sync + 'c) -> Self {
        Self::make(name, Kind::String, move |r| match get(r).filter(|t| !t.trim().is_empty()) {
            Some(t) => Value::String(Cow::Owned(t)),
            None => Value::Null,
        })
    }

    pub fn int(name: impl Into<String>, get: impl Fn(&R) -> Option<i64> + Send + Sync + 'c) -> Self {
        Self::make(name, Kind::Int, move |r| get(r).map_or(Value::Null, Value::Int))
    }

    /// A float; NaN and infinities are not reported.
    pub fn float(name: impl Into<String>, get: impl Fn(&R) -> Option<f64> + Send + Sync + 'c) -> Self {
        Self::make(name, Kind::Float, move |r| get(r).filter(|v| v.is_finite()).map_or(Value::Null, Value::Float))
    }

    pub fn bool(name: impl Into<String>, get: impl Fn(&R) -> Option<bool> + Send + Sync + 'c) -> Self {
        Self::make(name, Kind::Bool, move |r| get(r).map_or(Value::Null, Value::Bool))
    }

    pub fn timestamp(name: impl Into<String>, get: impl Fn(&R) -> Option<UtcInstant> + Send + Sync + 'c) -> Self {
        Self::make(name, Kind::Timestamp, move |r| get(r).map_or(Value::Null, Value::Timestamp))
    }

    /// A column of `kind` from a getter that already gives values; a value of another kind
    /// becomes null, so a column never mixes kinds.
    pub fn of_kind(name: impl Into<String>, kind: Kind, get: impl Fn(&R) -> Value<'_> + Send + Sync + 'c) -> Self {
        Self::make(name, kind, move |r| {
            let value = get(r);
            let fits = matches!(
                (&value, kind),
                (Value::Null, _)
                    | (Value::String(_), Kind::String)
                    | (Value::Int(_), Kind::Int)
                    | (Value::Float(_), Kind::Float)
                    | (Value::Bool(_), Kind::Bool)
                    | (Value::Timestamp(_), Kind::Timestamp)
            );
            if fits {
                value
            } else {
                Value::Null
            }
        })
    }

    /// The same column read through `inner` (a column of a part of the row, for a row that
    /// holds the part), its name prefixed: identity, endpoint, network and device columns are
    /// defined once and read for the caller, the callee and the organizer.
    pub fn prefixed<S>(self, prefix: &str, inner: impl Fn(&S) -> Option<&R> + Send + Sync + 'c) -> Column<'c, S>
    where
        R: 'static,
    {
        let get = self.get;
        Column {
            name: format!("{prefix}{}", self.name),
            kind: self.kind,
            get: Box::new(move |s| inner(s).map_or(Value::Null, &get)),
        }
    }

    fn make(name: impl Into<String>, kind: Kind, get: impl Fn(&R) -> Value<'_> + Send + Sync + 'c) -> Self {
        Column { name: name.into(), kind, get: Box::new(get) }
    }
}

/// `averageJitter` → `AverageJitter`: a Graph property name as a CallRecordInsights column name.
pub fn pascal(graph_name: &str) -> String {
    let mut chars = graph_name.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Row {
        text: Option<String>,
        number: Option<f64>,
    }

    #[test]
    fn not_reported_is_null_never_zero_or_blank() {
        let text = Column::<Row>::string("Text", |r| r.text.as_deref());
        let number = Column::<Row>::float("Number", |r| r.number);
        let empty = Row { text: Some("  ".into()), number: Some(f64::NAN) };
        assert!(text.value(&empty).is_null());
        assert!(number.value(&empty).is_null());
        let zero = Row { text: Some("0".into()), number: Some(0.0) };
        assert_eq!(text.value(&zero), Value::String("0".into()));
        assert_eq!(number.value(&zero), Value::Float(0.0));
    }

    #[test]
    fn of_kind_never_mixes_kinds() {
        let column = Column::<Row>::of_kind("X", Kind::Float, |r| match &r.text {
            Some(t) => Value::String(Cow::Borrowed(t)),
            None => Value::Float(1.5),
        });
        assert!(column.value(&Row { text: Some("a".into()), number: None }).is_null());
        assert_eq!(column.value(&Row { text: None, number: None }), Value::Float(1.5));
    }

    #[test]
    fn graph_names_become_pascal_case() {
        assert_eq!(pascal("averageJitter"), "AverageJitter");
        assert_eq!(pascal("cpuInsufficentEventRatio"), "CpuInsufficentEventRatio");
        assert_eq!(pascal(""), "");
    }
}
