//! [`Text`]: a string read from a record, shared. Exports repeat the same few strings
//! thousands of times (`@odata.type`s, user agents and versions, device and driver names,
//! subnets, DNS suffixes, display names, tenant and user ids); each distinct one is held once,
//! however many records carry it, and a copy of a `Text` is a reference count, not a string.
//!
//! Strings are shared through a table of the texts seen ([`intern`]), kept per thread. As
//! sources finish loading, [`tidy`] drops from it what no model holds any more, so it does not
//! keep a closed file's text alive for long, and what stays loaded is still shared with the
//! next file.

use rustc_hash::FxHashSet;
use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};
use std::borrow::Borrow;
use std::cell::{Cell, RefCell};
use std::fmt;
use std::ops::Deref;
use std::sync::Arc;

/// A text that is seldom the same in two places (a session's, segment's or stream's id, an IP
/// or MAC address, a BSSID): held on its own, with no reference count, and kept out of the
/// table, which stays small enough to be quick (sharing 100,000 addresses that each occur once
/// made loading half as fast again).
pub type Own = Box<str>;

/// A shared string (see the module's documentation). Reads as a `&str`.
#[derive(Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Text(Arc<str>);

/// Longer texts (feedback comments, failure reasons, URLs) are seldom repeated: they are held
/// on their own, not in the table.
const LONGEST_SHARED: usize = 256;
/// The table stops growing at this many texts (some 20 MB in the worst case): beyond it, new
/// texts are held on their own, still correct, only not shared.
const MOST_SHARED: usize = 1 << 18;

thread_local! {
    static SEEN: RefCell<FxHashSet<Arc<str>>> = RefCell::default();
    /// How many texts the table held after it was last tidied.
    static KEPT: Cell<usize> = const { Cell::new(0) };
}

/// The shared copy of `text`.
pub fn intern(text: &str) -> Text {
    if text.len() > LONGEST_SHARED {
        return Text(Arc::from(text));
    }
    SEEN.with(|seen| {
        let mut seen = seen.borrow_mut();
        if let Some(shared) = seen.get(text) {
            return Text(shared.clone());
        }
        let shared: Arc<str> = Arc::from(text);
        if seen.len() < MOST_SHARED {
            seen.insert(shared.clone());
        }
        Text(shared)
    })
}

/// Drops from the table every text that nothing else holds.
pub fn forget_unused() {
    SEEN.with(|seen| {
        let mut seen = seen.borrow_mut();
        seen.retain(|text| Arc::strong_count(text) > 1);
        seen.shrink_to_fit();
        KEPT.set(seen.len());
    });
}

/// [`forget_unused`] when the table has doubled since it last ran (called as each source ends):
/// a thousand small files cost one pass over the table per doubling, not one each.
pub fn tidy() {
    if SEEN.with(|seen| seen.borrow().len()) >= 2 * KEPT.get() + 1024 {
        forget_unused();
    }
}

/// How many texts the table holds (for tests).
pub fn shared_count() -> usize {
    SEEN.with(|seen| seen.borrow().len())
}

impl Text {
    /// Whether `self` and `other` are one allocation (shared), not only equal.
    pub fn same_as(&self, other: &Text) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl Borrow<str> for Text {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl From<&str> for Text {
    fn from(text: &str) -> Self {
        intern(text)
    }
}

impl From<String> for Text {
    fn from(text: String) -> Self {
        intern(&text)
    }
}

impl From<&String> for Text {
    fn from(text: &String) -> Self {
        intern(text)
    }
}

impl From<Text> for String {
    fn from(text: Text) -> Self {
        text.0.to_string()
    }
}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        &*self.0 == other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        &*self.0 == *other
    }
}

impl PartialEq<String> for Text {
    fn eq(&self, other: &String) -> bool {
        *self.0 == **other
    }
}

impl PartialEq<Text> for String {
    fn eq(&self, other: &Text) -> bool {
        **self == *other.0
    }
}

impl PartialEq<Text> for str {
    fn eq(&self, other: &Text) -> bool {
        *self == *other.0
    }
}

impl PartialEq<Text> for &str {
    fn eq(&self, other: &Text) -> bool {
        **self == *other.0
    }
}

impl fmt::Debug for Text {
    /// As a string: `"Teams"`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&*self.0, f)
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Text {
    /// A JSON string, as `String` reads it (anything else is the same error), shared.
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Shared;
        impl Visitor<'_> for Shared {
            type Value = Text;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Text, E> {
                Ok(intern(v))
            }
        }
        d.deserialize_str(Shared)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_texts_are_one_allocation_until_unused() {
        let texts: Vec<Option<Text>> =
            serde_json::from_str(r#"["Teams", "Te\u0061ms", null, "Skype", "Teams"]"#).unwrap();
        let teams = texts[0].as_ref().unwrap();
        assert_eq!(teams, "Teams");
        assert!(teams.same_as(texts[1].as_ref().unwrap()), "escaped or not, one copy");
        assert!(teams.same_as(texts[4].as_ref().unwrap()));
        assert!(!teams.same_as(texts[3].as_ref().unwrap()));
        assert_eq!(texts[2], None);
        assert_eq!(serde_json::to_string(&texts).unwrap(), r#"["Teams","Teams",null,"Skype","Teams"]"#);
        let long = "x".repeat(LONGEST_SHARED + 1);
        assert!(!intern(&long).same_as(&intern(&long)), "long texts are not kept in the table");

        let before = shared_count();
        let once = intern("held by nothing but the table, after this line");
        drop(once);
        assert_eq!(shared_count(), before + 1);
        forget_unused();
        assert!(shared_count() < before + 1, "what nothing holds is dropped");
        assert!(intern("Teams").same_as(teams), "what a model still holds stays shared");
    }

    #[test]
    fn other_values_are_the_error_a_string_gives() {
        let text = serde_json::from_str::<Text>("12").unwrap_err().to_string();
        let string = serde_json::from_str::<String>("12").unwrap_err().to_string();
        assert_eq!(text, string);
    }
}
