//! The fast path: a document read straight into typed [`Unit`]s in one pass (the context
//! first, then the rest of the same object into the struct for that shape), with nesting bounded.

use super::{detect::*, wire::*};
use serde::de::{self, value::MapAccessDeserializer, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use serde_json::value::RawValue;
use std::borrow::Cow;
use std::fmt;

/// A top-level JSON value or an element of an array or page, read into a [`Unit`].
pub(super) struct Doc(pub(super) Unit);

/// How deep documents may nest in each other (arrays of arrays, envelopes in envelopes): call
/// records never need more, and the limit keeps the stack bounded whatever the input.
pub(super) const MAX_DOC_DEPTH: usize = 8;
pub(super) const TOO_DEEP: &str = "arrays or pages nested more than 8 deep";

thread_local! {
    static DOC_DEPTH: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
    /// Set when a parse stopped at [`MAX_DOC_DEPTH`], so the tolerant path knows why it failed
    /// without reading the error's text.
    pub(super) static TOO_DEEP_HIT: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Runs `read` as if `depth - 1` documents enclosed it (an element of a top-level array is at
/// depth 2), so a document read alone stops at the same depth as when read in its context.
pub(super) fn at_doc_depth<R>(depth: usize, read: impl FnOnce() -> R) -> R {
    let outer = DOC_DEPTH.with(|d| d.replace(depth.saturating_sub(1)));
    let result = read();
    DOC_DEPTH.with(|d| d.set(outer));
    result
}

thread_local! {
    static ITEM_KIND: std::cell::RefCell<Option<(ItemKind, Option<String>)>> = const { std::cell::RefCell::new(None) };
}

/// An item of a page whose `@odata.context` named the kind, read alone (by a
/// `StreamDeserializer`, which takes no seed: the kind is set around the read by [`as_item`]).
pub(super) struct Item(pub(super) Unit);

/// Runs `read` with [`Item`] reading items of this kind, of this record's page.
pub(super) fn as_item<R>(kind: ItemKind, record_id: &Option<String>, read: impl FnOnce() -> R) -> R {
    ITEM_KIND.with(|k| *k.borrow_mut() = Some((kind, record_id.clone())));
    let result = read();
    ITEM_KIND.with(|k| *k.borrow_mut() = None);
    result
}

impl<'de> Deserialize<'de> for Item {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let Some((kind, record_id)) = ITEM_KIND.with(|k| k.borrow().clone()) else {
            return Err(de::Error::custom("an item read without its kind"));
        };
        item_unit(kind, &record_id, d).map(Item)
    }
}

impl<'de> Deserialize<'de> for Doc {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Level;
        impl Drop for Level {
            fn drop(&mut self) {
                DOC_DEPTH.with(|depth| depth.set(depth.get() - 1));
            }
        }
        let depth = DOC_DEPTH.with(|depth| {
            depth.set(depth.get() + 1);
            depth.get()
        });
        let _level = Level;
        if depth > MAX_DOC_DEPTH {
            TOO_DEEP_HIT.with(|hit| hit.set(true));
            return Err(de::Error::custom(TOO_DEEP));
        }
        d.deserialize_any(DocVisitor).map(Doc)
    }
}

pub(super) struct DocVisitor;

impl<'de> Visitor<'de> for DocVisitor {
    type Value = Unit;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object or array")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Unit, A::Error> {
        let mut items = Vec::new();
        while let Some(Doc(unit)) = seq.next_element()? {
            items.push(unit);
        }
        Ok(Unit::Page { items, more: false })
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Unit, A::Error> {
        let Some(first) = map.next_key::<Cow<'de, str>>()? else {
            return Ok(Unit::Unknown(Shape::Empty));
        };
        let mut pairs: Vec<(Cow<'de, str>, &'de RawValue)> = Vec::new();
        if first == "@odata.context" {
            let context: Option<Cow<'de, str>> = map.next_value()?;
            if let Some(hint) = context.as_deref().and_then(context_hint) {
                let rest = MapAccessDeserializer::new(map);
                return if hint.collection {
                    page_unit(hint.kind, &hint.record_id, rest)
                } else {
                    item_unit(hint.kind, &hint.record_id, rest)
                };
            }
        } else {
            pairs.push((first, map.next_value()?));
        }
        while let Some(key) = map.next_key::<Cow<'de, str>>()? {
            pairs.push((key, map.next_value()?));
        }
        unit_from_pairs(pairs).map_err(de::Error::custom)
    }

    fn visit_str<E: de::Error>(self, _: &str) -> Result<Unit, E> {
        Ok(Unit::Unknown(Shape::String))
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Unit, E> {
        Ok(Unit::Unknown(Shape::Boolean))
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Unit, E> {
        Ok(Unit::Unknown(Shape::Number))
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Unit, E> {
        Ok(Unit::Unknown(Shape::Number))
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Unit, E> {
        Ok(Unit::Unknown(Shape::Number))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Unit, E> {
        Ok(Unit::Unknown(Shape::Null))
    }
}

/// A context-less object, given as its keys and raw values: an envelope, or an item classified
/// by its keys.
pub(super) fn unit_from_pairs(pairs: Vec<(Cow<'_, str>, &RawValue)>) -> Result<Unit, serde_json::Error> {
    let keys: Vec<&str> = pairs.iter().map(|(k, _)| k.as_ref()).collect();
    if let Some((_, value)) = pairs.iter().find(|(k, _)| k == "value").filter(|(_, v)| v.get().starts_with('[')) {
        let more = keys.iter().any(|k| k.eq_ignore_ascii_case("@odata.nextLink"));
        let items: Vec<Doc> = serde_json::from_str(value.get())?;
        return Ok(Unit::Page { items: items.into_iter().map(|Doc(u)| u).collect(), more });
    }
    match classify_keys(&keys) {
        Some(kind) => {
            let map = de::value::MapDeserializer::new(pairs.into_iter().map(|(k, v)| (k.into_owned(), v)));
            item_unit(kind, &None, map)
        }
        None => Ok(Unit::Unknown(Shape::of_keys(&keys))),
    }
}
