//! The tolerant path, only after the fast path failed: the input split into top-level values,
//! pages and items, each parsed alone, so one broken item is reported (with line, column and
//! field path) and the others load.

use super::fields::report_field_notes;
use super::{detect::*, fast::*, locate::*, wire::*};
use crate::i18n::Arg;
use crate::model::diagnostic::{offset_of, Diagnostic, DiagnosticKind as Kind};
use crate::model::lenient::clear_notes;
use serde::de::{Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use serde_json::value::RawValue;
use std::borrow::Cow;
use std::fmt;

/// Top-level values, pages and records read one at a time, so that one broken record is
/// reported and the others load.
pub(super) struct Tolerant<'a> {
    pub(super) source: &'a str,
    pub(super) text: &'a str,
    pub(super) diagnostics: &'a mut Vec<Diagnostic>,
    pub(super) units: &'a mut Vec<Unit>,
}

/// Just enough of an envelope to split it into its items.
#[derive(Deserialize)]
pub(super) struct SplitEnvelope<'a> {
    #[serde(rename = "@odata.context", default)]
    pub(super) context: Option<Cow<'a, str>>,
    #[serde(rename = "@odata.nextLink", alias = "@odata.nextlink", default)]
    pub(super) next_link: Option<IgnoredAny>,
    #[serde(borrow)]
    pub(super) value: &'a RawValue,
}

/// The keys of an object, without reading the values.
pub(super) struct Keys(Vec<String>);

impl<'de> Deserialize<'de> for Keys {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Keys;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Keys, A::Error> {
                let mut keys = Vec::new();
                while let Some(k) = map.next_key::<String>()? {
                    map.next_value::<IgnoredAny>()?;
                    keys.push(k);
                }
                Ok(Keys(keys))
            }
        }
        d.deserialize_map(V)
    }
}

/// How many syntax errors one source reports before it stops.
pub(super) const MAX_SYNTAX_ERRORS: usize = 20;
/// How deep arrays of arrays are split into their elements.
pub(super) const MAX_ARRAY_DEPTH: usize = 3;

impl Tolerant<'_> {
    pub(super) fn offset_in_text(&self, raw: &RawValue) -> usize {
        (raw.get().as_ptr() as usize).saturating_sub(self.text.as_ptr() as usize)
    }

    /// Reports the field-level notes of the parse of `raw`, which succeeded.
    fn report_notes(&mut self, raw: &RawValue) {
        report_field_notes(self.diagnostics, self.source, self.text, self.offset_in_text(raw), raw.get());
    }

    /// Reports the catalogue message `id` with `args` at byte `offset` of the text.
    pub(super) fn error_at(&mut self, kind: Kind, offset: usize, id: &'static str, args: Vec<(&'static str, Arg)>) {
        let diagnostic = Diagnostic::localised(kind, self.source, id, args);
        self.diagnostics.push(diagnostic.at(self.text.as_bytes(), offset));
    }

    /// Absolute offset of a serde_json error inside `raw`.
    pub(super) fn error_offset(&self, raw: &RawValue, e: &serde_json::Error) -> usize {
        self.offset_in_text(raw) + offset_of(raw.get().as_bytes(), e.line(), e.column())
    }

    /// One top-level value, or an element of an array (`depth` arrays deep).
    pub(super) fn unit(&mut self, raw: &RawValue, hint: Option<&ContextHint>, depth: usize) {
        let text = raw.get();
        let mut doc_error = None;
        let mut too_deep = false;
        if hint.is_none() {
            TOO_DEEP_HIT.with(|hit| hit.set(false));
            match serde_json::from_str::<Doc>(text) {
                Ok(Doc(unit)) => {
                    self.report_notes(raw);
                    return self.units.push(unit);
                }
                Err(e) => {
                    clear_notes();
                    doc_error = Some(e);
                }
            }
            too_deep = TOO_DEEP_HIT.with(|hit| hit.replace(false));
        }
        // Arrays are split into their elements, a few levels deep (never recursing without bound).
        if text.starts_with('[') && depth < MAX_ARRAY_DEPTH && !too_deep {
            if let Ok(items) = serde_json::from_str::<Vec<&RawValue>>(text) {
                for item in items {
                    self.unit(item, hint, depth + 1);
                }
                return;
            }
        }
        if let Some(envelope) = serde_json::from_str::<SplitEnvelope>(text).ok().filter(|_| !too_deep) {
            if let Ok(items) = serde_json::from_str::<Vec<&RawValue>>(envelope.value.get()) {
                let hint = envelope.context.as_deref().and_then(context_hint);
                let mut page = Vec::new();
                std::mem::swap(self.units, &mut page);
                let total = items.len();
                for (index, item) in items.into_iter().enumerate() {
                    self.item(item, hint.as_ref(), Some((index, total)));
                }
                std::mem::swap(self.units, &mut page);
                self.units.push(Unit::Page { items: page, more: envelope.next_link.is_some() });
                return;
            }
        }
        // An array that could not be read, or anything nested beyond the limit, is reported
        // where it failed; objects go on to `item`, which names the field.
        if let Some(e) = doc_error.filter(|_| text.starts_with('[') || too_deep) {
            let offset = self.error_offset(raw, &e);
            let (kind, id) = if too_deep {
                (Kind::TooDeep, "diag-too-deep")
            } else if e.is_syntax() || e.is_eof() {
                (syntax_kind(&e), "diag-invalid-json")
            } else {
                (Kind::SkippedItem, "diag-unreadable")
            };
            let mut args = error_args(&e, self.text.as_bytes(), offset);
            args.push(("depth", Arg::from(MAX_DOC_DEPTH)));
            return self.error_at(kind, offset, id, args);
        }
        self.item(raw, hint, None);
    }

    /// One item: parsed alone, with the field path of any error.
    pub(super) fn item(&mut self, raw: &RawValue, hint: Option<&ContextHint>, position: Option<(usize, usize)>) {
        let text = raw.get();
        let record_id = hint.and_then(|h| h.record_id.clone());
        let kind = match hint.filter(|h| h.collection || position.is_none()).map(|h| h.kind) {
            Some(kind) => kind,
            None => match serde_json::from_str::<Keys>(text) {
                Ok(Keys(keys)) => {
                    let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
                    match classify_keys(&keys) {
                        Some(kind) => kind,
                        None => return self.units.push(Unit::Unknown(Shape::of_keys(&keys))),
                    }
                }
                Err(_) => return self.units.push(Unit::Unknown(Shape::of_text(text))),
            },
        };
        let parse = |text: &str| {
            let mut de = serde_json::Deserializer::from_str(text);
            item_unit(kind, &record_id, &mut de).and_then(|u| de.end().map(|_| u))
        };
        let error = match parse(text) {
            Ok(unit) => {
                self.report_notes(raw);
                return self.units.push(unit);
            }
            Err(e) => {
                clear_notes();
                e
            }
        };
        let inner = offset_of(text.as_bytes(), error.line(), error.column());
        let path = json_path_at(text, inner);
        let offset = self.offset_in_text(raw) + inner;
        let mut args = item_args(item_key(Some(kind)), text, position);
        args.extend(error_args(&error, text.as_bytes(), inner));
        args.push(("path", Arg::from(path)));
        if serde_json::from_str::<RepeatedKeys>(text).is_ok_and(|RepeatedKeys(repeated)| repeated) {
            // A repeated key: JSON allows it, serde's structs do not. Rewrite the item through a
            // generic tree (the last value wins) and read that.
            let again = serde_json::from_str::<serde_json::Value>(text).map(|v| v.to_string()).and_then(|t| parse(&t));
            if let Ok(unit) = again {
                self.report_notes(raw);
                self.error_at(Kind::DuplicateKey, offset, "diag-duplicate-key", args);
                return self.units.push(unit);
            }
        }
        clear_notes();
        let kind = if error.is_syntax() || error.is_eof() { syntax_kind(&error) } else { Kind::SkippedItem };
        self.error_at(kind, offset, "diag-item-skipped", args);
    }
}

/// A syntax error's kind: [`Kind::Truncated`] when the text ends inside a value.
pub(super) fn syntax_kind(e: &serde_json::Error) -> Kind {
    if e.is_eof() {
        Kind::Truncated
    } else {
        Kind::Syntax
    }
}

/// Whether any object in a value repeats a key (read without building a tree).
pub(super) struct RepeatedKeys(bool);

impl<'de> Deserialize<'de> for RepeatedKeys {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RepeatedKeys;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("any JSON value")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RepeatedKeys, A::Error> {
                let mut seen = std::collections::HashSet::new();
                let mut repeated = false;
                while let Some(key) = map.next_key::<Cow<'de, str>>()? {
                    repeated |= !seen.insert(key);
                    repeated |= map.next_value::<RepeatedKeys>()?.0;
                }
                Ok(RepeatedKeys(repeated))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<RepeatedKeys, A::Error> {
                let mut repeated = false;
                while let Some(RepeatedKeys(inner)) = seq.next_element()? {
                    repeated |= inner;
                }
                Ok(RepeatedKeys(repeated))
            }
            fn visit_bool<E>(self, _: bool) -> Result<RepeatedKeys, E> {
                Ok(RepeatedKeys(false))
            }
            fn visit_i64<E>(self, _: i64) -> Result<RepeatedKeys, E> {
                Ok(RepeatedKeys(false))
            }
            fn visit_u64<E>(self, _: u64) -> Result<RepeatedKeys, E> {
                Ok(RepeatedKeys(false))
            }
            fn visit_f64<E>(self, _: f64) -> Result<RepeatedKeys, E> {
                Ok(RepeatedKeys(false))
            }
            fn visit_str<E>(self, _: &str) -> Result<RepeatedKeys, E> {
                Ok(RepeatedKeys(false))
            }
            fn visit_unit<E>(self) -> Result<RepeatedKeys, E> {
                Ok(RepeatedKeys(false))
            }
        }
        d.deserialize_any(V)
    }
}
