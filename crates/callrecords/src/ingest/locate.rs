//! Where an error is and how to say it: the JSON path of an offset, a name for the item, and
//! serde_json's syntax messages in words an admin can act on.

use super::wire::*;
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

/// "call record 3 of 12 (id e523d2ed)" and the like.
pub(super) fn describe_item(kind: ItemKind, text: &str, position: Option<(usize, usize)>) -> String {
    let noun = match kind {
        ItemKind::Record => "call record",
        ItemKind::Session => "session",
        ItemKind::Participant => "participant",
        ItemKind::Pstn => "PSTN call row",
        ItemKind::DirectRouting => "Direct Routing call row",
        ItemKind::Sms => "SMS log row",
        ItemKind::BlockedUser => "blocked-user row",
        ItemKind::Dialout => "dial-out report row",
        ItemKind::Notification => "change notification",
        ItemKind::GraphError => "error response",
    };
    let mut text_out = noun.to_string();
    if let Some((index, total)) = position {
        text_out = format!("{noun} {} of {total}", index + 1);
    }
    if let Ok(IdOnly { id: Some(id) }) = serde_json::from_str::<IdOnly>(text) {
        text_out.push_str(&format!(" (id {id})"));
    }
    let mut chars = text_out.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

pub(super) fn first_word(text: &str) -> String {
    match text.trim_start().chars().next() {
        Some('"') => "a string".into(),
        Some('[') => "an array".into(),
        Some('t' | 'f') => "a boolean".into(),
        Some('n') => "null".into(),
        _ => "a number".into(),
    }
}

/// serde_json's message without its " at line L column C" tail (we give our own position).
pub(super) fn strip_position(e: &serde_json::Error) -> String {
    let text = e.to_string();
    match text.rfind(" at line ") {
        Some(at) => text[..at].to_string(),
        None => text,
    }
}

/// serde_json's syntax message in words an admin can act on, using the character at the spot.
pub(super) fn explain_syntax(e: &serde_json::Error, text: &[u8], offset: usize) -> String {
    let message = strip_position(e);
    let at = text.get(offset).copied();
    let quotes = "JSON needs double quotes (\") around keys and strings, not single quotes";
    match (message.as_str(), at) {
        ("key must be a string", Some(b'}')) | ("expected value", Some(b']')) | ("trailing comma", _) => {
            "a trailing comma (a comma just before } or ]) is not allowed in JSON".into()
        }
        ("key must be a string" | "expected value", Some(b'\'')) => quotes.into(),
        ("expected value", Some(b'/')) => "comments are not allowed in JSON".into(),
        ("key must be a string", _) => "expected a key in double quotes".into(),
        ("expected value", _) => "expected a value (a string, number, object, array, true, false or null)".into(),
        ("expected ident", _) => "unexpected text: only true, false and null may appear without quotes".into(),
        ("expected `,` or `}`", _) => "expected `,` or `}`: is a comma missing between two properties?".into(),
        ("expected `,` or `]`", _) => "expected `,` or `]`: is a comma missing between two items?".into(),
        ("expected `:`", _) => "expected `:` after the key".into(),
        (m, _) if m.starts_with("EOF while parsing") => {
            let what =
                m.trim_start_matches("EOF while parsing").trim_start_matches(" a ").trim_start_matches(" an ").trim();
            format!(
                "the text ends inside {}: is the input cut off? ({m})",
                if what.is_empty() { "a value" } else { what }
            )
        }
        (m, _) if m.starts_with("control character") => {
            "a line break or control character inside a string (strings must be on one line; write \\n)".into()
        }
        _ => message,
    }
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
