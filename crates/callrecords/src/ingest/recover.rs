//! Recovering past syntax errors: when a document does not parse, its envelopes are walked by
//! hand (top-level values, an array's elements, a page's `value`, a record's `sessions`), one
//! element at a time. A damaged element is reported once, where it broke, and the reader finds
//! its footing at the next element of the same level, so only that element is lost: a record
//! whose damage lies inside one session keeps its other sessions (and says it is incomplete),
//! and a file cut off keeps every element completed before the cut.
//!
//! Finding the next element is linear: brackets are counted with strings and escapes tracked,
//! and where the damage broke the brackets themselves, the next `{` (or `[`) after a comma that
//! parses as a whole element is taken, trying a bounded number of places.

use super::detect::*;
use super::fields::report_field_notes;
use super::locate::*;
use super::tolerant::*;
use super::wire::*;
use crate::i18n::Arg;
use crate::model::diagnostic::{offset_of, Diagnostic, DiagnosticKind as Kind, Severity};
use crate::model::lenient::clear_notes;
use serde::de::IgnoredAny;
use serde_json::value::RawValue;

/// How many places after a damaged element are tried as the start of the next one.
const MAX_RESYNC_TRIES: usize = 64;

/// One element of an array, read or damaged.
pub(super) struct Element {
    pub(super) start: usize,
    pub(super) end: usize,
    /// Where and why it did not parse; `None` when it is whole.
    pub(super) error: Option<(usize, serde_json::Error)>,
}

/// An array's elements, and where the array ends (`None`: the text ends first).
pub(super) struct Elements {
    pub(super) items: Vec<Element>,
    /// Damage between two whole elements (a missing comma, a trailing comma): reported,
    /// nothing lost.
    pub(super) gaps: Vec<(usize, serde_json::Error, &'static str)>,
    pub(super) end: Option<usize>,
}

/// Arguments of a catalogue message.
type Args = Vec<(&'static str, Arg)>;

/// One member of an object, as far as it could be read.
pub(super) enum Member {
    /// A whole value, `start..end` of the text.
    Value { key: String, start: usize, end: usize },
    /// An array read element by element (a page's `value`, a record's `sessions`).
    Array { key: String, elements: Elements },
}

impl Member {
    fn key(&self) -> &str {
        match self {
            Member::Value { key, .. } | Member::Array { key, .. } => key,
        }
    }
}

/// An object's members up to the first damage, the damage, and where the object ends.
pub(super) struct Members {
    /// Where the object opens (its `{`; for one read from its first key, that key).
    pub(super) open: usize,
    pub(super) members: Vec<Member>,
    /// Comma slips between whole members: reported, nothing lost.
    pub(super) gaps: Vec<(usize, serde_json::Error, &'static str)>,
    pub(super) error: Option<(usize, serde_json::Error)>,
    pub(super) end: Option<usize>,
}

fn skip_ws(b: &[u8], mut at: usize) -> usize {
    while at < b.len() && b[at].is_ascii_whitespace() {
        at += 1;
    }
    at
}

/// Reads one whole JSON value at `at` of `text`: where it ends, or the error and its offset.
pub(super) fn read_value(text: &str, at: usize) -> Result<usize, (usize, serde_json::Error)> {
    let slice = &text[at..];
    let mut stream = serde_json::Deserializer::from_str(slice).into_iter::<IgnoredAny>();
    match stream.next() {
        Some(Ok(_)) => Ok(at + stream.byte_offset()),
        Some(Err(e)) => Err((at + offset_of(slice.as_bytes(), e.line(), e.column()), e)),
        None => {
            let e = serde_json::from_str::<IgnoredAny>("").expect_err("empty input is an error");
            Err((text.len(), e))
        }
    }
}

/// serde_json's own error for a missing comma between two items (`in_object`: properties), to
/// word a comma missing where the reader, not serde_json, found it.
fn missing_comma(in_object: bool) -> serde_json::Error {
    let text = if in_object { "{\"a\":0 0}" } else { "[0 0]" };
    serde_json::from_str::<IgnoredAny>(text).expect_err("a missing comma")
}

/// The error for an object whose opening brace is missing (a key where a value should be).
fn missing_brace() -> serde_json::Error {
    <serde_json::Error as serde::de::Error>::custom(MISSING_BRACE)
}

/// Where the brackets counted from `at` close one more than they open (strings tracked): the
/// offset after that bracket.
fn close_below(b: &[u8], at: usize) -> Option<usize> {
    let (mut depth, mut i, mut in_string) = (0usize, at, false);
    while i < b.len() {
        match (in_string, b[i]) {
            (true, b'\\') => i += 1,
            (_, b'"') => in_string = !in_string,
            (false, b'{' | b'[') => depth += 1,
            (false, b'}' | b']') => match depth.checked_sub(1) {
                Some(d) => depth = d,
                None => return Some(i + 1),
            },
            _ => {}
        }
        i += 1;
    }
    None
}

/// The column of `at` when it is the first thing on its line (a pretty-printed element).
fn indent_column(b: &[u8], at: usize) -> Option<usize> {
    let line_start = b[..at.min(b.len())].iter().rposition(|&c| c == b'\n').map_or(0, |p| p + 1);
    b[line_start..at].iter().all(|c| *c == b' ' || *c == b'\t').then_some(at - line_start)
}

/// Where the value opening at `open` closes by its brackets (strings and escapes tracked): the
/// offset after its last bracket, or `None` when the text ends first.
fn bracket_end(b: &[u8], open: usize) -> Option<usize> {
    let (mut depth, mut i, mut in_string) = (0usize, open, false);
    while i < b.len() {
        match (in_string, b[i]) {
            (true, b'\\') => i += 1,
            (true, b'"') | (false, b'"') => in_string = !in_string,
            (false, b'{' | b'[') => depth += 1,
            (false, b'}' | b']') => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(i + 1);
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

impl<'a> Tolerant<'a> {
    /// Reads the whole text, value by value; a value that does not parse is recovered as far as
    /// it can be (see the module documentation).
    pub(super) fn run(&mut self) {
        let text: &str = self.text;
        let b = text.as_bytes();
        let first = self.diagnostics.len();
        let (mut at, mut recovered) = (0, false);
        loop {
            at = b[at.min(b.len())..].iter().position(|c| !c.is_ascii_whitespace()).map_or(b.len(), |p| at + p);
            if at >= b.len() {
                break;
            }
            let errors = self.diagnostics[first..].iter().filter(|d| d.severity == Severity::Error).count();
            if errors > MAX_SYNTAX_ERRORS {
                let args = vec![("count", Arg::from(MAX_SYNTAX_ERRORS))];
                let diagnostic = Diagnostic::localised(Kind::TooManyErrors, self.source, "diag-too-many-errors", args);
                self.diagnostics.push(diagnostic.at(b, at));
                break;
            }
            // A bracket left over right after a recovered value belongs to the same damage.
            if recovered && matches!(b[at], b'}' | b']' | b',') {
                at += 1;
                continue;
            }
            match read_value(text, at) {
                // A key at the top: the document lost its opening brace.
                Ok(end) if b[at] == b'"' && b.get(skip_ws(b, end)) == Some(&b':') => {
                    match self.recover_top(at, at, missing_brace()) {
                        Some(next) if next > at => at = next,
                        _ => break,
                    }
                    recovered = true;
                }
                Ok(end) => {
                    let raw: &RawValue = serde_json::from_str(&text[at..end]).expect("a whole value parses again");
                    self.unit(raw, None, 0);
                    at = end;
                    recovered = false;
                }
                Err((error_at, e)) => {
                    match self.recover_top(at, error_at, e) {
                        Some(next) if next > at => at = next,
                        _ => break,
                    }
                    recovered = true;
                }
            }
        }
    }

    /// The elements of the array opening at `open`, each whole or damaged.
    pub(super) fn elements(&self, open: usize) -> Elements {
        let (text, b) = (self.text, self.text.as_bytes());
        let (mut items, mut gaps) = (Vec::new(), Vec::new());
        let mut i = skip_ws(b, open + 1);
        if b.get(i) == Some(&b']') {
            return Elements { items, gaps, end: Some(i + 1) };
        }
        // The text between two whole elements (`,\n    `) and how they start (`{`): where to
        // look for the next one after damage.
        let mut separator: Option<&str> = None;
        let mut first: Option<u8> = None;
        loop {
            if i >= b.len() {
                return Elements { items, gaps, end: None };
            }
            match read_value(text, i) {
                // A key where an element should start: the object lost its opening brace.
                Ok(end) if b[i] == b'"' && first != Some(b'"') && b.get(skip_ws(b, end)) == Some(&b':') => {
                    let e = missing_brace();
                    match self.resync(i, i, separator, first.unwrap_or(b'{')) {
                        Some((element_end, next)) => {
                            items.push(Element { start: i, end: element_end, error: Some((i, e)) });
                            match next {
                                Some(next) => i = next,
                                None => return Elements { items, gaps, end: Some(skip_ws(b, element_end) + 1) },
                            }
                        }
                        None => {
                            items.push(Element { start: i, end: b.len(), error: Some((i, e)) });
                            return Elements { items, gaps, end: None };
                        }
                    }
                }
                Ok(end) => {
                    first.get_or_insert(b[i]);
                    items.push(Element { start: i, end, error: None });
                    let j = skip_ws(b, end);
                    match b.get(j) {
                        Some(b',') => {
                            let next = skip_ws(b, j + 1);
                            if b.get(next) == Some(&b']') {
                                let e = serde_json::from_str::<IgnoredAny>("[0,]").expect_err("a trailing comma");
                                gaps.push((next, e, "none"));
                                return Elements { items, gaps, end: Some(next + 1) };
                            }
                            separator = Some(&text[end..next.min(b.len())]);
                            i = next;
                        }
                        Some(b']') => return Elements { items, gaps, end: Some(j + 1) },
                        // A missing comma between two elements: the next starts right here.
                        Some(&c) if c == b[i] => {
                            gaps.push((j, missing_comma(false), "between-items"));
                            i = j;
                        }
                        _ => return Elements { items, gaps, end: None },
                    }
                }
                Err((at, e)) if e.is_eof() => {
                    items.push(Element { start: i, end: b.len(), error: Some((at, e)) });
                    return Elements { items, gaps, end: None };
                }
                Err((at, e)) => match self.resync(i, at, separator, first.unwrap_or(b[i])) {
                    Some((element_end, next)) => {
                        items.push(Element { start: i, end: element_end, error: Some((at, e)) });
                        match next {
                            Some(next) => i = next,
                            None => return Elements { items, gaps, end: Some(skip_ws(b, element_end) + 1) },
                        }
                    }
                    None => {
                        items.push(Element { start: i, end: b.len(), error: Some((at, e)) });
                        return Elements { items, gaps, end: None };
                    }
                },
            }
        }
    }

    /// After an element starting at `start` broke at `at`: where it ends, and where the next
    /// element starts (`None`: the array ends there). `None` when no footing is found.
    fn resync(&self, start: usize, at: usize, separator: Option<&str>, first: u8) -> Option<(usize, Option<usize>)> {
        let (text, b) = (self.text, self.text.as_bytes());
        let next_after = |end: usize| -> Option<(usize, Option<usize>)> {
            let j = skip_ws(b, end);
            match b.get(j) {
                Some(b',') => {
                    let next = skip_ws(b, j + 1);
                    (b.get(next) == Some(&first) && read_value(text, next).is_ok()).then_some((end, Some(next)))
                }
                Some(b']') => Some((end, None)),
                _ => None,
            }
        };
        // The brackets may be whole (a missing comma or quote inside): the element ends where
        // they close.
        if matches!(b[start], b'{' | b'[') {
            if let Some(found) = bracket_end(b, start).filter(|&end| end > at).and_then(next_after) {
                return Some(found);
            }
        }
        // In a pretty-printed file an element closes at the column it opened at: the damage may
        // have broken its brackets, but not its indentation.
        let closer = match first {
            b'{' => b'}',
            b'[' => b']',
            _ => 0,
        };
        // An element that lost its opening brace (it starts at a key) ends where the brackets
        // counted from there close one more than they open.
        if b[start] == b'"' && closer != 0 {
            if let Some(found) = close_below(b, start).and_then(next_after) {
                return Some(found);
            }
        }
        let column = indent_column(b, start);
        if let Some(column) = column.filter(|_| closer != 0 && b[start] == first) {
            // From the element's own start: serde_json may notice the damage only in the next.
            let mut line = start;
            while let Some(nl) = b[line..].iter().position(|&c| c == b'\n') {
                line += nl + 1;
                let at_column = line + column;
                if indent_column(b, skip_ws(b, line)) != Some(column) {
                    continue;
                }
                match b.get(at_column) {
                    Some(&c) if c == closer => {
                        if let Some(found) = next_after(at_column + 1) {
                            return Some(found);
                        }
                    }
                    // The next element opens at the same column: this one ended before it.
                    Some(&c)
                        if c == first
                            && text[..at_column].trim_end().ends_with(',')
                            && read_value(text, at_column).is_ok() =>
                    {
                        let end = text[..at_column].trim_end().len() - 1;
                        return Some((text[..end].trim_end().len(), Some(at_column)));
                    }
                    _ => {}
                }
            }
        }
        // Else the next element that starts like the ones before: after the very separator seen
        // between them (with its indentation, which tells a nested array's elements apart), or,
        // with none seen yet, after a comma; at or after the damage, and parsing whole.
        let mut from = at.max(start + 1);
        for _ in 0..MAX_RESYNC_TRIES {
            let next = match separator.filter(|s| s.trim() == ",") {
                Some(sep) => {
                    // Bytes, not text: `from` may fall inside a character of a damaged file.
                    let p = from + b[from..].windows(sep.len()).position(|w| w == sep.as_bytes())?;
                    let next = p + sep.len();
                    let closes = closer == 0 || text[..p].trim_end().as_bytes().last() == Some(&closer);
                    from = p + 1;
                    if b.get(next) != Some(&first) || !closes {
                        continue;
                    }
                    next
                }
                None => {
                    let next = from + b[from..].iter().position(|&c| c == first)?;
                    from = next + 1;
                    // Pretty-printed: the next element starts at the damaged one's column.
                    let aligned = column.is_none() || indent_column(b, next) == column;
                    if !aligned || !text[..next].trim_end().ends_with(',') {
                        continue;
                    }
                    next
                }
            };
            if read_value(text, next).is_ok() {
                let end = text[..next].trim_end().len() - 1;
                return Some((text[..end].trim_end().len(), Some(next)));
            }
        }
        None
    }

    /// The members of the object opening at `open`, up to the first damage; the arrays named
    /// in `arrays` are read element by element.
    pub(super) fn members(&self, open: usize, arrays: &[&str]) -> Members {
        let b = self.text.as_bytes();
        let i = skip_ws(b, open + 1);
        if b.get(i) == Some(&b'}') {
            return Members { open, members: Vec::new(), gaps: Vec::new(), error: None, end: Some(i + 1) };
        }
        Members { open, ..self.members_from(i, arrays) }
    }

    /// The members of an object from its first key at `i` (see [`Tolerant::members`]).
    pub(super) fn members_from(&self, mut i: usize, arrays: &[&str]) -> Members {
        let (text, b, open) = (self.text, self.text.as_bytes(), i);
        let (mut members, mut gaps) = (Vec::new(), Vec::new());
        loop {
            let key_end = match read_value(text, i) {
                Ok(end) if b[i] == b'"' => end,
                Ok(_) => {
                    let e = serde_json::from_str::<IgnoredAny>("{0}").expect_err("a key that is not a string");
                    return Members { open, members, gaps, error: Some((i, e)), end: None };
                }
                Err(e) => return Members { open, members, gaps, error: Some(e), end: None },
            };
            let key: String = serde_json::from_str(&text[i..key_end]).unwrap_or_default();
            let colon = skip_ws(b, key_end);
            if b.get(colon) != Some(&b':') {
                let e = match read_value(text, colon) {
                    Err((_, e)) if e.is_eof() => e,
                    _ => serde_json::from_str::<IgnoredAny>("{\"a\" 0}").expect_err("a missing colon"),
                };
                return Members { open, members, gaps, error: Some((colon, e)), end: None };
            }
            let v = skip_ws(b, colon + 1);
            let value_end = if b.get(v) == Some(&b'[') && arrays.contains(&key.as_str()) {
                let elements = self.elements(v);
                let end = elements.end;
                members.push(Member::Array { key, elements });
                match end {
                    Some(end) => end,
                    None => return Members { open, members, gaps, error: None, end: None },
                }
            } else {
                match read_value(text, v) {
                    Ok(end) => {
                        members.push(Member::Value { key, start: v, end });
                        end
                    }
                    Err(e) => return Members { open, members, gaps, error: Some(e), end: None },
                }
            };
            let j = skip_ws(b, value_end);
            match b.get(j) {
                Some(b',') => {
                    i = skip_ws(b, j + 1);
                    if b.get(i) == Some(&b'}') {
                        let e = serde_json::from_str::<IgnoredAny>("{\"a\":0,}").expect_err("a trailing comma");
                        gaps.push((i, e, "none"));
                        return Members { open, members, gaps, error: None, end: Some(i + 1) };
                    }
                }
                Some(b'}') => return Members { open, members, gaps, error: None, end: Some(j + 1) },
                // A missing comma between two members: the next key starts right here.
                Some(b'"') => {
                    gaps.push((j, missing_comma(true), "none"));
                    i = j;
                }
                _ => {
                    let e = match read_value(text, j) {
                        Err((_, e)) if e.is_eof() => e,
                        _ => missing_comma(true),
                    };
                    return Members { open, members, gaps, error: Some((j, e)), end: None };
                }
            }
        }
    }

    /// A top-level value at `start` that did not parse (serde_json broke at `at` with `e`): what
    /// of it can be read is read. Returns where to go on reading, `None` to stop.
    pub(super) fn recover_top(&mut self, start: usize, at: usize, e: serde_json::Error) -> Option<usize> {
        let b = self.text.as_bytes();
        match b[start] {
            b'[' => {
                let elements = self.elements(start);
                let total = elements.items.len();
                for (index, element) in elements.items.iter().enumerate() {
                    match &element.error {
                        None => {
                            let raw = self.raw(element);
                            self.unit(raw, None, 1);
                        }
                        Some(damage) => self.recover_element(element, damage, None, Some((index, total))),
                    }
                }
                self.report_gaps(&elements.gaps);
                if elements.end.is_none() && elements.items.last().is_none_or(|el| el.error.is_none()) {
                    self.report(Kind::Truncated, at, &e, "truncated", vec![]);
                }
                elements.end
            }
            b'{' | b'"' => {
                let found = if b[start] == b'{' {
                    self.members(start, &["value", "sessions"])
                } else {
                    let e = missing_brace();
                    self.report(Kind::Syntax, start, &e, "none", vec![]);
                    self.members_from(start, &["value", "sessions"])
                };
                let page = found.members.iter().position(|m| matches!(m, Member::Array { key, .. } if key == "value"));
                match page {
                    Some(page) => self.recover_page(&found, page, (at, &e)),
                    None => self.salvage(&found, None, None, (at, &e)),
                }
                found.end.or_else(|| next_line_start(b, start))
            }
            _ => {
                self.report(syntax_kind(&e), at, &e, "none", vec![]);
                next_line_start(b, start)
            }
        }
    }

    /// A whole element as a raw value of the text.
    fn raw(&self, element: &Element) -> &'a RawValue {
        let text: &'a str = self.text;
        serde_json::from_str::<&RawValue>(&text[element.start..element.end]).expect("a whole element parses again")
    }

    fn report_gaps(&mut self, gaps: &[(usize, serde_json::Error, &'static str)]) {
        for (at, e, place) in gaps {
            self.report(Kind::Syntax, *at, e, place, vec![]);
        }
    }

    /// A damaged element of an array: an object is salvaged member by member; anything else is
    /// reported and skipped.
    fn recover_element(
        &mut self,
        element: &Element,
        (at, e): &(usize, serde_json::Error),
        hint: Option<&ContextHint>,
        position: Option<(usize, usize)>,
    ) {
        if self.text.as_bytes()[element.start] == b'{' {
            let found = self.members(element.start, &["sessions"]);
            return self.salvage(&found, hint, position, (*at, e));
        }
        let what = item_args("element", "", position);
        self.report_damage(*at, e, what);
    }

    /// A page (`{"@odata.context": …, "value": [ … ]}`) with damage somewhere in it.
    fn recover_page(&mut self, found: &Members, page: usize, fallback: (usize, &serde_json::Error)) {
        let context = found.members.iter().find_map(|m| match m {
            Member::Value { key, start, end } if key == "@odata.context" => {
                serde_json::from_str::<String>(&self.text[*start..*end]).ok()
            }
            _ => None,
        });
        let more = found.members.iter().any(|m| m.key().eq_ignore_ascii_case("@odata.nextLink"));
        let hint = context.as_deref().and_then(context_hint);
        let Member::Array { elements, .. } = &found.members[page] else { return };
        let total = elements.items.len();
        let mut items = Vec::new();
        std::mem::swap(self.units, &mut items);
        for (index, element) in elements.items.iter().enumerate() {
            match &element.error {
                None => {
                    let raw = self.raw(element);
                    self.item(raw, hint.as_ref(), Some((index, total)));
                }
                Some(damage) => self.recover_element(element, damage, hint.as_ref(), Some((index, total))),
            }
        }
        std::mem::swap(self.units, &mut items);
        self.units.push(Unit::Page { items, more });
        self.report_gaps(&elements.gaps);
        self.report_gaps(&found.gaps);
        if let Some((at, e)) = &found.error {
            self.report(syntax_kind(e), *at, e, "after-page", vec![]);
        } else if elements.end.is_none() && elements.items.last().is_none_or(|el| el.error.is_none()) {
            let (at, e) = fallback;
            self.report(Kind::Truncated, at, e, "truncated-page", vec![("total", Arg::from(total))]);
        }
    }

    /// An object with damage in it: rebuilt from the members that read (and, for a record, the
    /// sessions that read) and read as its kind. A record that lost sessions is kept, marked
    /// incomplete; damage in a member itself costs the object, reported once.
    fn salvage(
        &mut self,
        found: &Members,
        hint: Option<&ContextHint>,
        position: Option<(usize, usize)>,
        fallback: (usize, &serde_json::Error),
    ) {
        let text = self.text;
        let keys: Vec<&str> = found.members.iter().map(Member::key).collect();
        let kind = hint.filter(|h| h.collection || position.is_none()).map(|h| h.kind).or_else(|| classify_keys(&keys));
        let mut json = String::from("{");
        let mut lost = 0;
        let mut first_damage = None;
        let mut cut = false;
        for member in &found.members {
            if json.len() > 1 {
                json.push(',');
            }
            json.push_str(&serde_json::to_string(member.key()).unwrap_or_default());
            json.push(':');
            match member {
                Member::Value { start, end, .. } => json.push_str(&text[*start..*end]),
                Member::Array { elements, .. } => {
                    let whole: Vec<&str> = elements
                        .items
                        .iter()
                        .filter(|el| el.error.is_none())
                        .map(|el| &text[el.start..el.end])
                        .collect();
                    json.push('[');
                    json.push_str(&whole.join(","));
                    json.push(']');
                    let total = elements.items.len();
                    for (index, element) in elements.items.iter().enumerate() {
                        if let Some((at, e)) = &element.error {
                            lost += 1;
                            first_damage.get_or_insert((*at, e, index, total));
                        }
                    }
                    cut |= elements.end.is_none();
                    self.report_gaps(&elements.gaps);
                }
            }
        }
        json.push('}');
        self.report_gaps(&found.gaps);
        let what = item_args(item_key(kind), &json, position);
        // Cut off inside the object: what was read before the cut is kept, marked incomplete;
        // other damage in a member of its own costs the object.
        let cut_inside = found.error.as_ref().filter(|(_, e)| e.is_eof());
        if let (Some((at, e)), None) = (&found.error, cut_inside) {
            return self.report_damage(*at, e, what);
        }
        cut |= cut_inside.is_some();
        let record_id = hint.and_then(|h| h.record_id.clone());
        let parsed = kind.map(|kind| {
            let mut de = serde_json::Deserializer::from_str(&json);
            item_unit(kind, &record_id, &mut de)
        });
        let mut unit = match parsed {
            // The fields the lenient readers excused are said as on the fast path, found in
            // the object as written (the rebuilt text has the same members, in the same order).
            Some(Ok(unit)) => {
                let part = &text[found.open..found.end.unwrap_or(text.len())];
                report_field_notes(self.diagnostics, self.source, text, found.open, part);
                unit
            }
            // Cut off before anything said what it is: that is the news, not its shape.
            None if cut => {
                let (at, e) = cut_inside.map_or(fallback, |(at, e)| (*at, e));
                return self.report_damage(at, e, what);
            }
            None => return self.units.push(Unit::Unknown(Shape::of_keys(&keys))),
            Some(Err(_)) => {
                clear_notes();
                let (at, e) = first_damage.map_or(fallback, |d| (d.0, d.1));
                return self.report_damage(at, e, what);
            }
        };
        if let Unit::Record(wire) = &mut unit {
            wire.lost_sessions = lost + usize::from(cut && first_damage.is_none_or(|d| !d.1.is_eof()));
        }
        self.units.push(unit);
        match first_damage {
            Some((at, e, index, total)) => {
                let mut args = what;
                args.push(("session", Arg::from(index + 1)));
                args.push(("sessions", Arg::from(total)));
                args.push(("cut", Arg::from(if e.is_eof() { "yes" } else { "no" })));
                args.push(("lost", Arg::from(lost)));
                self.report(syntax_kind(e), at, e, "in-session", args);
            }
            None if cut => {
                let (at, e) = cut_inside.map_or(fallback, |(at, e)| (*at, e));
                let place = if cut_inside.is_some() { "cut-inside" } else { "cut-sessions" };
                self.report(Kind::Truncated, at, e, place, what);
            }
            None => {}
        }
    }

    /// Reports one damaged element that was skipped: where it broke, and which it was.
    /// `what`: the arguments of `diag-item` that name it.
    fn report_damage(&mut self, at: usize, e: &serde_json::Error, what: Args) {
        let place = if e.is_eof() { "cut-item" } else { "skipped" };
        self.report(syntax_kind(e), at, e, place, what);
    }

    /// One syntax error at `at`, with where it was (`place`, a variant of `diag-invalid-json`)
    /// and the arguments that place needs.
    fn report(&mut self, kind: Kind, at: usize, e: &serde_json::Error, place: &'static str, extra: Args) {
        let mut args = error_args(e, self.text.as_bytes(), at);
        args.push(("where", Arg::from(place)));
        args.extend(extra);
        self.error_at(kind, at, "diag-invalid-json", args);
    }
}
