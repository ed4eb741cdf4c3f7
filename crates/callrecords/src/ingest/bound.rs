//! The string-length limit: a text value longer than [`DecodeLimits::max_text`] bytes (1 MiB by
//! default) is cut to that length before it is read, so that one enormous value (a 500 MB
//! display name, a runaway feedback text) cannot be copied into every view, search text and
//! chart label of the page. Graph's longest texts (user agents, feedback) are a few kilobytes.
//!
//! The cut keeps every position of the file: the kept part ends in "…", the string is closed
//! right after it, and the rest of the value, up to its old closing quote, becomes spaces
//! (white space between a value and the next `,` or `}` is JSON). Every line and column after
//! the cut is still the file's own, and nothing else changes.
//!
//! [`DecodeLimits::max_text`]: super::decode::DecodeLimits::max_text

use super::decode::MIN_MAX_TEXT;
use crate::i18n::Arg;
use crate::model::diagnostic::{Diagnostic, DiagnosticKind};
use memchr::memchr_iter;

/// What ends a cut value.
const ELLIPSIS: &str = "…";

/// The content of every string of `text` longer than `limit` bytes, as (first byte after the
/// opening quote, closing quote). Strings are found from their quotes (a quote after an odd
/// number of backslashes is inside one); a span is only taken for a string when it holds no line
/// break (JSON strings cannot) and sits where a value or key can, so a comment's stray quote
/// does not make the text between two strings look like one.
pub(super) fn long_texts(text: &[u8], limit: usize) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    if text.len() <= limit {
        return found;
    }
    let mut open: Option<usize> = None;
    for at in memchr_iter(b'"', text) {
        let backslashes = text[..at].iter().rev().take_while(|&&b| b == b'\\').count();
        if backslashes % 2 == 1 {
            continue;
        }
        match open.take() {
            None => open = Some(at),
            Some(start) => {
                if at - start - 1 > limit && is_string(text, start, at) {
                    found.push((start + 1, at));
                }
            }
        }
    }
    found
}

/// True when the quotes at `open` and `close` look like one string's.
fn is_string(text: &[u8], open: usize, close: usize) -> bool {
    let before = text[..open].iter().rev().find(|b| !b.is_ascii_whitespace());
    let after = text[close + 1..].iter().find(|b| !b.is_ascii_whitespace());
    matches!(before, None | Some(b':' | b',' | b'[' | b'{'))
        && matches!(after, None | Some(b':' | b',' | b']' | b'}'))
        && memchr::memchr2(b'\n', b'\r', &text[open..close]).is_none()
}

/// Where to cut content starting at `start` so that it and "…" fit in `limit` bytes: on a
/// character boundary and never inside an escape (`\"`, `\u00e9`).
fn cut_point(text: &[u8], start: usize, limit: usize) -> usize {
    let budget = start + limit.saturating_sub(ELLIPSIS.len());
    let mut at = start;
    loop {
        let next = match text[at] {
            b'\\' if text.get(at + 1) == Some(&b'u') => at + 6,
            b'\\' => at + 2,
            b if b < 0x80 => at + 1,
            b if b >= 0xF0 => at + 4,
            b if b >= 0xE0 => at + 3,
            _ => at + 2,
        };
        if next > budget {
            return at;
        }
        at = next;
    }
}

/// `text` with every string longer than `limit` bytes cut (see the module's doc), and a warning
/// saying where the first was, how long and how many; `None` when none is.
pub(super) fn bound_texts(name: &str, text: &str, limit: usize) -> Option<(String, Diagnostic)> {
    let limit = limit.max(MIN_MAX_TEXT);
    let places = long_texts(text.as_bytes(), limit);
    let &(first, first_end) = places.first()?;
    let mut out = text.as_bytes().to_vec();
    let mut kept_first = 0;
    for &(start, end) in &places {
        let cut = cut_point(&out, start, limit);
        out[cut..cut + ELLIPSIS.len()].copy_from_slice(ELLIPSIS.as_bytes());
        out[cut + ELLIPSIS.len()] = b'"';
        out[cut + ELLIPSIS.len() + 1..=end].fill(b' ');
        if start == first {
            kept_first = text[start..cut].chars().count();
        }
    }
    // Whole characters and ASCII escapes were kept, and only ASCII written after them: UTF-8.
    let out = String::from_utf8(out).expect("cut on character boundaries");
    let field = super::locate::json_path_at(&out, first);
    let args = vec![
        ("field", Arg::from(field)),
        ("length", Arg::from(text[first..first_end].chars().count())),
        ("kept", Arg::from(kept_first)),
        ("limit", Arg::from(limit)),
        ("count", Arg::from(places.len())),
    ];
    let diagnostic =
        Diagnostic::localised(DiagnosticKind::LongText, name, "diag-long-text", args).at(text.as_bytes(), first - 1);
    Some((out, diagnostic))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(text: &str, key: &str) -> serde_json::Value {
        serde_json::from_str::<serde_json::Value>(text).unwrap()[key].clone()
    }

    #[test]
    fn a_long_value_is_cut_and_every_position_kept() {
        let long = "é".repeat(40);
        let text = format!("{{\"a\": \"{long}\",\n \"b\": \"short\"}}\n");
        let (out, diagnostic) = bound_texts("f.json", &text, 16).unwrap();
        assert_eq!(out.len(), text.len(), "the same length");
        assert_eq!(out.lines().count(), text.lines().count());
        assert_eq!(value(&out, "a"), format!("{}…", "é".repeat(6)), "whole characters, within 16 bytes");
        assert_eq!(value(&out, "b"), "short");
        assert_eq!(diagnostic.kind, DiagnosticKind::LongText);
        let location = diagnostic.location.unwrap();
        assert_eq!((location.line, location.column), (1, 7), "at the opening quote");
        let args = &diagnostic.text.as_ref().unwrap().args;
        assert!(args.contains(&("length", Arg::from(40usize))), "{args:?}");
        assert!(args.contains(&("kept", Arg::from(6usize))), "{args:?}");
        assert!(args.contains(&("field", Arg::from("a"))), "{args:?}");
    }

    #[test]
    fn escapes_are_never_split_and_escaped_quotes_do_not_end_a_value() {
        // A limit of 16 leaves 13 bytes before "…": the first value's escape would end at 14.
        let text = r#"["abcdefgh\u00e9zzzzzzzzzzzzzzzz", "abcdef\"ghijklmnopqrstuvwxyz", "x\"y"]"#;
        let (out, _) = bound_texts("f.json", text, 16).unwrap();
        let list: Vec<String> = serde_json::from_str(&out).unwrap();
        assert_eq!(list, ["abcdefgh…", "abcdef\"ghijk…", "x\"y"]);
        assert_eq!(out.len(), text.len());
    }

    #[test]
    fn short_values_and_text_between_values_are_left_alone() {
        assert!(bound_texts("f.json", r#"{"a": "0123456789"}"#, 10).is_none());
        // 40 bytes between two strings is not a string, whatever a comment's quote does.
        let text = format!("{{\"a\": \"x\", \"b\": [{}1], \"c\": \"y\"}}", "1, ".repeat(20));
        assert!(long_texts(text.as_bytes(), 10).is_empty());
        let commented = format!("// it\"s\n{{\"a\": [\n{}1],\n\"c\": \"y\"}}", "1,\n".repeat(20));
        assert!(long_texts(commented.as_bytes(), 10).is_empty(), "a line break is never inside a string");
    }

    #[test]
    fn every_long_value_is_cut_and_counted() {
        let text = format!("{{\"a\": \"{0}\", \"b\": \"{0}\"}}", "x".repeat(50));
        let (out, diagnostic) = bound_texts("f.json", &text, 20).unwrap();
        assert_eq!(value(&out, "a"), format!("{}…", "x".repeat(17)));
        assert_eq!(value(&out, "b"), format!("{}…", "x".repeat(17)));
        assert!(diagnostic.text.unwrap().args.contains(&("count", Arg::from(2usize))));
    }
}
