//! [`Reported`]: a number as a record reports it, or "not reported", in 8 bytes where
//! `Option<f64>` takes 16. The model holds some fifty measures per media and its streams, so
//! this halves most of the model's inline size.
//!
//! "Not reported" is kept as NaN, which JSON cannot carry: every number read from a record is
//! finite (serde_json refuses the rest, and the lenient reader drops a non-finite number written
//! as text), so no reported value is ever mistaken for "not reported". Code reads the value with
//! [`Reported::get`], an `Option<f64>`, so "not reported" is never zero.

use crate::model::datetime::{de_duration_ms, ser_duration_ms};
use crate::model::lenient::de_number;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A reported number, or none (see the module's documentation).
#[derive(Clone, Copy)]
pub struct Reported(f64);

impl Reported {
    /// Not reported.
    pub const NONE: Reported = Reported(f64::NAN);

    /// The value, `None` when it was not reported.
    #[inline]
    pub fn get(self) -> Option<f64> {
        (!self.0.is_nan()).then_some(self.0)
    }

    /// Whether a value was reported.
    #[inline]
    pub fn is_some(self) -> bool {
        self.get().is_some()
    }
}

impl Default for Reported {
    fn default() -> Self {
        Reported::NONE
    }
}

impl From<Option<f64>> for Reported {
    /// `None`, and NaN (which no record can carry), are "not reported".
    fn from(value: Option<f64>) -> Self {
        value.map_or(Reported::NONE, Reported)
    }
}

impl From<f64> for Reported {
    fn from(value: f64) -> Self {
        Reported(value)
    }
}

impl From<Reported> for Option<f64> {
    fn from(value: Reported) -> Self {
        value.get()
    }
}

impl PartialEq for Reported {
    /// Two values are equal when both are not reported or both report the same number.
    fn eq(&self, other: &Self) -> bool {
        self.get() == other.get()
    }
}

impl PartialEq<Option<f64>> for Reported {
    fn eq(&self, other: &Option<f64>) -> bool {
        self.get() == *other
    }
}

impl fmt::Debug for Reported {
    /// As the `Option<f64>` it stands for: `Some(16.0)`, `None`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.get().fmt(f)
    }
}

impl<'de> Deserialize<'de> for Reported {
    /// A number read leniently ([`de_number`]): text that holds a number is read and noted,
    /// anything else is noted and not reported.
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        de_number(d).map(Reported::from)
    }
}

impl Serialize for Reported {
    /// As the `Option<f64>` it stands for (`null` when not reported).
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.get().serialize(s)
    }
}

/// serde `deserialize_with` for an ISO 8601 duration, as milliseconds ([`de_duration_ms`]).
pub fn de_duration<'de, D: Deserializer<'de>>(d: D) -> Result<Reported, D::Error> {
    de_duration_ms(d).map(Reported::from)
}

/// serde `serialize_with` for a duration in milliseconds, written back as ISO 8601
/// ([`ser_duration_ms`]).
pub fn ser_duration<S: Serializer>(ms: &Reported, s: S) -> Result<S::Ok, S::Error> {
    ser_duration_ms(&ms.get(), s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eight_bytes_and_none_is_not_zero() {
        assert_eq!(std::mem::size_of::<Reported>(), 8);
        assert_eq!(Reported::NONE.get(), None);
        assert_eq!(Reported::default(), Reported::NONE);
        assert_eq!(Reported::from(0.0).get(), Some(0.0));
        assert_ne!(Reported::from(0.0), Reported::NONE);
        assert_eq!(Reported::from(Some(f64::NAN)), Reported::NONE);
        assert_eq!(Reported::from(-0.5), Some(-0.5));
        assert_eq!(format!("{:?} {:?}", Reported::from(16.0), Reported::NONE), "Some(16.0) None");
    }

    #[test]
    fn read_and_written_as_an_optional_number() {
        crate::model::lenient::clear_notes();
        let values: Vec<Reported> = serde_json::from_str(r#"[1.5, null, "29", "fast", 0]"#).unwrap();
        assert_eq!(
            values,
            [Reported::from(1.5), Reported::NONE, Reported::from(29.0), Reported::NONE, Reported::from(0.0)]
        );
        assert_eq!(crate::model::lenient::take_notes().len(), 2, "the text number and the word are noted");
        assert_eq!(serde_json::to_string(&values).unwrap(), "[1.5,null,29.0,null,0.0]");
    }
}
