//! Reading one field leniently, so that one bad value never costs its whole record: a number
//! written as text (`"29"`) is read as the number, and a value that cannot be read (a duration
//! that is not ISO 8601, an impossible date, a word where a number belongs) becomes "not
//! reported" instead of failing the record, stream or row around it. Each case is noted here,
//! in document order; ingest turns the notes into located diagnostics.

use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use std::cell::RefCell;
use std::fmt;

/// What was wrong with one value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldProblem {
    /// A number written as a JSON string, read as the number.
    NumberAsText,
    /// Not readable as what the field holds (`expected` says what that is); left out.
    Unreadable { expected: &'static str },
}

/// One value read leniently.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldNote {
    pub problem: FieldProblem,
    /// The value as it stands in the JSON (`"29"`, `12`, `{…}` for an object, `[…]` for an array), for the message.
    pub shown: String,
    /// Its JSON text, to find it in the input (`None` for objects and arrays).
    pub needle: Option<String>,
}

thread_local! {
    static NOTES: RefCell<Vec<FieldNote>> = const { RefCell::new(Vec::new()) };
}

fn note(problem: FieldProblem, shown: String, needle: Option<String>) {
    NOTES.with(|notes| notes.borrow_mut().push(FieldNote { problem, shown, needle }));
}

/// Notes a string value that could not be read as `expected`.
pub(crate) fn unreadable_text(text: &str, expected: &'static str) {
    let json = serde_json::to_string(text).unwrap_or_default();
    note(FieldProblem::Unreadable { expected }, json.clone(), Some(json));
}

/// Notes a number where text (`expected`) belongs.
pub(crate) fn unreadable_number(shown: String, expected: &'static str) {
    note(FieldProblem::Unreadable { expected }, shown.clone(), Some(shown));
}

/// Every note since the last call, in document order.
pub fn take_notes() -> Vec<FieldNote> {
    NOTES.with(|notes| std::mem::take(&mut *notes.borrow_mut()))
}

/// Forgets the notes of a parse whose result is thrown away.
pub fn clear_notes() {
    NOTES.with(|notes| notes.borrow_mut().clear());
}

/// A visitor that reads any JSON value as an optional `T`, noting what it cannot read.
struct Lenient<T> {
    expected: &'static str,
    from_number: fn(f64) -> Option<T>,
}

impl<T> Lenient<T> {
    /// `v` as a `T`; when it is not one, a note showing it as `shown()` writes it (only then:
    /// formatting every number read, to throw the text away, once cost a tenth of a load).
    fn number(self, v: f64, shown: impl FnOnce() -> String) -> Option<T> {
        let read = (self.from_number)(v);
        if read.is_none() {
            let shown = shown();
            note(FieldProblem::Unreadable { expected: self.expected }, shown.clone(), Some(shown));
        }
        read
    }
}

impl<'de, T> Visitor<'de> for Lenient<T> {
    type Value = Option<T>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.expected)
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Option<T>, E> {
        Ok(self.number(v, || serde_json::to_string(&v).unwrap_or_default()))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Option<T>, E> {
        Ok(self.number(v as f64, || v.to_string()))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Option<T>, E> {
        Ok(self.number(v as f64, || v.to_string()))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Option<T>, E> {
        let json = serde_json::to_string(v).unwrap_or_default();
        match v.trim().parse::<f64>().ok().filter(|n| n.is_finite()).and_then(self.from_number) {
            Some(read) => {
                note(FieldProblem::NumberAsText, json.clone(), Some(json));
                Ok(Some(read))
            }
            None => {
                note(FieldProblem::Unreadable { expected: self.expected }, json.clone(), Some(json));
                Ok(None)
            }
        }
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Option<T>, E> {
        note(FieldProblem::Unreadable { expected: self.expected }, v.to_string(), Some(v.to_string()));
        Ok(None)
    }
    fn visit_unit<E: de::Error>(self) -> Result<Option<T>, E> {
        Ok(None)
    }
    fn visit_none<E: de::Error>(self) -> Result<Option<T>, E> {
        Ok(None)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Option<T>, D::Error> {
        d.deserialize_any(self)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Option<T>, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        note(FieldProblem::Unreadable { expected: self.expected }, "{…}".into(), None);
        Ok(None)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Option<T>, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        note(FieldProblem::Unreadable { expected: self.expected }, "[…]".into(), None);
        Ok(None)
    }
}

/// serde `deserialize_with` for an optional number: a JSON number, or a number written as text
/// (noted); anything else is noted and read as not reported.
pub fn de_number<'de, D: Deserializer<'de>>(d: D) -> Result<Option<f64>, D::Error> {
    d.deserialize_option(Lenient { expected: "a number", from_number: Some })
}

/// serde `deserialize_with` for an optional whole number, read as [`de_number`] reads numbers.
pub fn de_integer<'de, D: Deserializer<'de>>(d: D) -> Result<Option<i64>, D::Error> {
    fn whole(v: f64) -> Option<i64> {
        (v.fract() == 0.0 && v.abs() < 9.0e15).then_some(v as i64)
    }
    d.deserialize_option(Lenient { expected: "a whole number", from_number: whole })
}

/// Consumes any value a text field could not take (a number, an object…), noting it.
pub(crate) fn skip_unreadable<'de, D: Deserializer<'de>, T>(
    d: D,
    expected: &'static str,
) -> Result<Option<T>, D::Error> {
    d.deserialize_any(Lenient::<T> { expected, from_number: |_| None })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Deserialize, Debug, PartialEq, Default)]
    #[serde(default)]
    struct Row {
        #[serde(deserialize_with = "de_number")]
        a: Option<f64>,
        #[serde(deserialize_with = "de_integer")]
        b: Option<i64>,
        c: Option<String>,
    }

    #[test]
    fn numbers_as_text_are_read_and_noted_and_garbage_is_not_reported() {
        clear_notes();
        let row: Row = serde_json::from_str(r#"{"a":"29","b":"486","c":"kept"}"#).unwrap();
        assert_eq!(row, Row { a: Some(29.0), b: Some(486), c: Some("kept".into()) });
        let notes = take_notes();
        assert_eq!(notes.len(), 2);
        assert_eq!((notes[0].problem, notes[0].needle.as_deref()), (FieldProblem::NumberAsText, Some("\"29\"")));
        let row: Row = serde_json::from_str(r#"{"a":"fast","b":1.5,"c":"kept"}"#).unwrap();
        assert_eq!(row, Row { a: None, b: None, c: Some("kept".into()) }, "the rest of the row loads");
        let notes = take_notes();
        assert_eq!(notes[0].problem, FieldProblem::Unreadable { expected: "a number" });
        assert_eq!(notes[1].problem, FieldProblem::Unreadable { expected: "a whole number" });
        assert_eq!((notes[1].shown.as_str(), notes[1].needle.as_deref()), ("1.5", Some("1.5")), "shown as written");
        let _: Row = serde_json::from_str(r#"{"b":-3e20}"#).unwrap();
        assert_eq!(take_notes()[0].shown, "-3e+20", "too big for a whole number, shown as serde_json writes it");
        let row: Row = serde_json::from_str(r#"{"a":{"x":[1]},"b":[2],"c":null}"#).unwrap();
        assert_eq!(row, Row::default());
        assert_eq!(take_notes().len(), 2);
        let row: Row = serde_json::from_str(r#"{"a":null,"b":12}"#).unwrap();
        assert_eq!((row.a, row.b), (None, Some(12)));
        assert!(take_notes().is_empty(), "null is not reported, not a problem");
    }
}
