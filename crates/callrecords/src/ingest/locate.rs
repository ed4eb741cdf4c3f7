//! Where an error is and how to say it: the JSON path of an offset, and the arguments of the
//! catalogue messages (`diag.ftl`) that name an item, a shape that is not call-record data, and
//! serde_json's errors in words an admin can act on.

use super::wire::*;
use crate::i18n::Arg;
use serde::Deserialize;

/// The JSON path (`sessions[0].segments[1].callee`) of the value at byte `offset` of an
/// object's text: the field an error is about.
pub(super) fn json_path_at(text: &str, offset: usize) -> String {
    PathScanner::new(text).path_at(offset)
}

enum Frame {
    Object(Option<String>),
    Array(usize),
}

/// Walks a JSON text once, keeping the path to where it has got: the paths of many offsets,
/// asked in increasing order, cost one pass over the text.
pub(super) struct PathScanner<'a> {
    text: &'a str,
    i: usize,
    stack: Vec<Frame>,
    last_string: Option<(usize, usize)>,
}

impl<'a> PathScanner<'a> {
    pub(super) fn new(text: &'a str) -> Self {
        PathScanner { text, i: 0, stack: Vec::new(), last_string: None }
    }

    /// The path at `offset`; offsets before one already asked for give the later path.
    pub(super) fn path_at(&mut self, offset: usize) -> String {
        let bytes = self.text.as_bytes();
        // serde_json points at the last character it read: include it, unless it ends a value.
        let end = match bytes.get(offset) {
            Some(b',' | b'}' | b']') | None => offset.min(bytes.len()),
            Some(_) => offset + 1,
        };
        while self.i < end {
            match bytes[self.i] {
                b'"' => {
                    let start = self.i + 1;
                    self.i += 1;
                    while self.i < bytes.len() && bytes[self.i] != b'"' {
                        self.i += if bytes[self.i] == b'\\' { 2 } else { 1 };
                    }
                    self.last_string = Some((start, self.i.min(bytes.len())));
                }
                b':' => {
                    if let (Some(Frame::Object(key)), Some((a, b))) = (self.stack.last_mut(), self.last_string) {
                        *key = self.text.get(a..b).map(str::to_string);
                    }
                }
                b',' => match self.stack.last_mut() {
                    Some(Frame::Array(n)) => *n += 1,
                    Some(Frame::Object(key)) => *key = None,
                    None => {}
                },
                b'{' => self.stack.push(Frame::Object(None)),
                b'[' => self.stack.push(Frame::Array(0)),
                b'}' | b']' => {
                    self.stack.pop();
                }
                _ => {}
            }
            self.i += 1;
        }
        let mut path = String::new();
        for frame in &self.stack {
            match frame {
                Frame::Object(Some(key)) => {
                    if !path.is_empty() {
                        path.push('.');
                    }
                    path.push_str(key);
                }
                Frame::Object(None) => {}
                Frame::Array(n) => path.push_str(&format!("[{n}]")),
            }
        }
        if path.is_empty() {
            ".".into()
        } else {
            path
        }
    }
}

/// Just the id of an item, to name it.
#[derive(Deserialize)]
struct IdOnly {
    #[serde(default)]
    id: Option<String>,
}

/// What an item is, as the variant of the catalogue's `diag-item` that names it.
pub(super) fn item_key(kind: Option<ItemKind>) -> &'static str {
    match kind {
        Some(ItemKind::Record) => "record",
        Some(ItemKind::Session) => "session",
        Some(ItemKind::Participant) => "participant",
        Some(ItemKind::Pstn) => "pstn",
        Some(ItemKind::DirectRouting) => "direct-routing",
        Some(ItemKind::Sms) => "sms",
        Some(ItemKind::BlockedUser) => "blocked-user",
        Some(ItemKind::Dialout) => "dialout",
        Some(ItemKind::Notification) => "notification",
        Some(ItemKind::GraphError) => "graph-error",
        None => "item",
    }
}

/// The arguments of `diag-item`, which names an item: "Call record 3 of 12 (id e523d2ed)" and
/// the like. `item` is a key of [`item_key`] or `element` (an array's element of no known kind).
pub(super) fn item_args(item: &'static str, text: &str, position: Option<(usize, usize)>) -> Vec<(&'static str, Arg)> {
    let (index, total) = position.map_or((0, 0), |(index, total)| (index + 1, total));
    let id = serde_json::from_str::<IdOnly>(text).ok().and_then(|i| i.id).filter(|_| item != "element");
    vec![
        ("item", Arg::from(item)),
        ("numbered", Arg::from(if position.is_some() { "yes" } else { "no" })),
        ("item_index", Arg::from(index)),
        ("item_total", Arg::from(total)),
        ("identified", Arg::from(if id.is_some() { "yes" } else { "no" })),
        ("id", Arg::from(id.unwrap_or_default())),
    ]
}

/// serde_json's message without its " at line L column C" tail (we give our own position).
pub(super) fn strip_position(e: &serde_json::Error) -> String {
    let text = e.to_string();
    match text.rfind(" at line ") {
        Some(at) => text[..at].to_string(),
        None => text,
    }
}

/// The error for an object whose opening brace is missing (a key where a value should be).
pub(super) const MISSING_BRACE: &str = "a key where a value should start: is the object's opening { missing?";

/// The type serde names in "invalid type: …, expected …", as a variant of the catalogue's words.
fn type_key(words: &str) -> &'static str {
    let w = words.trim();
    match () {
        _ if w.starts_with("string") || w.contains("a string") || w == "a borrowed string" => "string",
        _ if w.starts_with("integer")
            || w.starts_with("floating point")
            || w.contains("number")
            || w.contains("integer")
            || matches!(w, "i8" | "i16" | "i32" | "i64" | "u8" | "u16" | "u32" | "u64" | "f32" | "f64") =>
        {
            "number"
        }
        _ if w.starts_with("boolean") || w == "a boolean" => "boolean",
        _ if w == "map" || w == "a map" || w.starts_with("struct ") || w.contains("object") => "object",
        _ if w == "sequence" || w.contains("sequence") || w.contains("array") || w.contains("list") => "array",
        _ if w == "null" || w == "unit value" || w == "unit" => "null",
        _ => "other",
    }
}

/// A serde_json error as the arguments of the catalogue's `diag-syntax` (syntax, in words an
/// admin can act on, using the character at the spot) and `diag-problem` (a value of the wrong
/// type, a missing field): `problem` picks the variant, `detail` is serde_json's own English
/// message (what English shows where it has no words of its own, and other languages only for
/// a message not foreseen here).
pub(super) fn error_args(e: &serde_json::Error, text: &[u8], offset: usize) -> Vec<(&'static str, Arg)> {
    let message = strip_position(e);
    let at = text.get(offset).copied();
    let mut args = Vec::new();
    let backticked = |m: &str| m.split('`').nth(1).unwrap_or_default().to_string();
    let problem = match (message.as_str(), at) {
        ("key must be a string", Some(b'}')) | ("expected value", Some(b']')) | ("trailing comma", _) => {
            "trailing-comma"
        }
        ("key must be a string" | "expected value", Some(b'\'')) => "single-quotes",
        ("expected value", Some(b'/')) => "comment",
        ("key must be a string", _) => "key-expected",
        ("expected value", _) => "value-expected",
        ("expected ident", _) => "unquoted",
        ("expected `,` or `}`", _) => "comma-object",
        ("expected `,` or `]`", _) => "comma-array",
        ("expected `:`", _) => "colon",
        (MISSING_BRACE, _) => "missing-brace",
        (super::fast::TOO_DEEP, _) => "too-deep",
        (m, _) if m.starts_with("EOF while parsing") => {
            let what =
                m.trim_start_matches("EOF while parsing").trim_start_matches(" a ").trim_start_matches(" an ").trim();
            args.push(("inside", Arg::from(if what.is_empty() { "nothing" } else { what })));
            "eof"
        }
        (m, _) if m.starts_with("control character") => "control-character",
        ("recursion limit exceeded", _) => "nesting",
        ("invalid escape", _) => "invalid-escape",
        ("invalid number", _) => "invalid-number",
        ("number out of range", _) => "number-range",
        ("trailing characters", _) => "trailing-characters",
        (m, _) if m.contains("unicode code point") || m.contains("surrogate") => "invalid-unicode",
        (m, _) if m.starts_with("missing field") => {
            args.push(("field", Arg::from(backticked(m))));
            "missing-field"
        }
        (m, _) if m.starts_with("duplicate field") => {
            args.push(("field", Arg::from(backticked(m))));
            "duplicate-field"
        }
        (m, _) if m.starts_with("invalid type: ") || m.starts_with("invalid value: ") => {
            let rest = m.split_once(": ").map_or("", |(_, r)| r);
            let (got, expected) = rest.rsplit_once(", expected ").unwrap_or((rest, ""));
            args.push(("got", Arg::from(type_key(got))));
            args.push(("expected", Arg::from(type_key(expected))));
            if m.starts_with("invalid type") {
                "wrong-type"
            } else {
                "wrong-value"
            }
        }
        (m, _) if m.starts_with("invalid length") => "wrong-length",
        (m, _) if m.starts_with("unknown variant") => {
            args.push(("field", Arg::from(backticked(m))));
            "unknown-variant"
        }
        _ => "other",
    };
    args.push(("problem", Arg::from(problem)));
    args.push(("detail", Arg::from(message)));
    args
}

/// The start of the next line after `offset` that begins a JSON value (`{` or `[`).
pub(super) fn next_line_start(text: &[u8], offset: usize) -> Option<usize> {
    let mut at = offset;
    loop {
        at += text.get(at..)?.iter().position(|&b| b == b'\n')? + 1;
        if matches!(text.get(at), Some(b'{' | b'[')) {
            return Some(at);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_paths() {
        let text = r#"{"id":"r","sessions":[{"id":"s"},{"segments":[{"media":[{"streams":[{"a":1},{"averageJitter":12}]}]}]}]}"#;
        let at = text.find("12}").unwrap();
        assert_eq!(json_path_at(text, at), "sessions[1].segments[0].media[0].streams[1].averageJitter");
        let text = r#"{"k\"ey":{"x":[1,2,"a,b",{"y":true}]}}"#;
        assert_eq!(json_path_at(text, text.find("true").unwrap()), "k\\\"ey.x[3].y");
        assert_eq!(json_path_at("{}", 1), ".");
        let text = r#"{"id":"r","sessions":{"id":"s"}}"#;
        assert_eq!(json_path_at(text, text.find(":{").unwrap()), "sessions");
    }

    #[test]
    fn next_line_for_json_lines() {
        let text = b"{\"a\":1}\n{broken\n  {\n{\"b\":2}\n";
        assert_eq!(next_line_start(text, 9), Some(20));
        assert_eq!(next_line_start(text, 21), None);
    }
}
