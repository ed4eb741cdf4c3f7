//! Field-level problems into diagnostics: after a successful parse, the notes the lenient readers
//! made (a number written as text, a value that could not be read) are found in the text in
//! document order, named by their JSON path, and reported once per field name with a count, at
//! the first place (line, column).

use super::locate::PathScanner;
use crate::i18n::Arg;
use crate::model::diagnostic::{Diagnostic, DiagnosticKind as Kind};
use crate::model::lenient::{take_notes, FieldNote, FieldProblem};

/// What a field should have held, as the variant of the message that says it (`other`: the
/// reader's own words, in `expected_text`).
fn expected_key(expected: &str) -> &'static str {
    match expected {
        "a number" => "number",
        "a whole number" => "whole",
        e if e.starts_with("an ISO 8601 date and time") => "datetime",
        e if e.starts_with("an ISO 8601 duration") => "duration",
        _ => "other",
    }
}

/// One kind of problem in one field name, with its first place and how often it occurred.
struct Group {
    problem: FieldProblem,
    field: String,
    note: FieldNote,
    path: String,
    offset: Option<usize>,
    count: usize,
}

/// Reports the notes of the parse of `part`, which starts at byte `base` of the source's `text`.
pub(super) fn report_field_notes(diagnostics: &mut Vec<Diagnostic>, source: &str, text: &str, base: usize, part: &str) {
    report_notes(diagnostics, source, text, base, part, take_notes());
}

/// Reports `notes`, taken from the parse of `part` (see [`report_field_notes`]).
pub(super) fn report_notes(
    diagnostics: &mut Vec<Diagnostic>,
    source: &str,
    text: &str,
    base: usize,
    part: &str,
    notes: Vec<FieldNote>,
) {
    if notes.is_empty() {
        return;
    }
    let mut scanner = PathScanner::new(part);
    let mut cursor = 0;
    let mut groups: Vec<Group> = Vec::new();
    for note in notes {
        // The value's place: its text after the last one found, as a value (after a colon).
        let offset = note.needle.as_deref().and_then(|needle| find_value(part, cursor, needle));
        let path = match offset {
            Some(at) => {
                cursor = at + 1;
                scanner.path_at(at)
            }
            None => String::new(),
        };
        let field = path.rsplit('.').next().unwrap_or_default().split('[').next().unwrap_or_default().to_string();
        match groups.iter_mut().find(|g| g.problem == note.problem && g.field == field) {
            Some(group) => group.count += 1,
            None => groups.push(Group { problem: note.problem, field, note, path, offset, count: 1 }),
        }
    }
    for g in groups {
        // "duration \"29\"", or "A value ({…})" where the value could not be placed.
        // One message with its variants: the field and value, how many like it, and where.
        let mut args = vec![
            ("field", Arg::from(g.field.as_str())),
            ("value", Arg::from(g.note.shown.as_str())),
            ("count", Arg::from(g.count)),
            ("path", Arg::from(g.path.as_str())),
            ("named", Arg::from(if g.field.is_empty() { "no" } else { "yes" })),
            ("placed", Arg::from(if g.path.is_empty() { "no" } else { "yes" })),
        ];
        let (kind, id) = match g.problem {
            FieldProblem::NumberAsText => (Kind::NumberAsText, "diag-number-as-text"),
            FieldProblem::Unreadable { expected } => {
                args.push(("expected", Arg::from(expected_key(expected))));
                args.push(("expected_text", Arg::from(expected)));
                (Kind::UnreadableField, "diag-unreadable-field")
            }
        };
        let diagnostic = Diagnostic::localised(kind, source, id, args);
        diagnostics.push(match g.offset {
            Some(at) => diagnostic.at(text.as_bytes(), base + at),
            None => diagnostic,
        });
    }
}

/// The offset of `needle` in `text` from `from`, where it stands as a value (after a colon).
fn find_value(text: &str, from: usize, needle: &str) -> Option<usize> {
    let mut start = from;
    while let Some(found) = text.get(start..)?.find(needle) {
        let at = start + found;
        let before = text[..at].trim_end();
        if before.ends_with(':') {
            return Some(at);
        }
        start = at + 1;
    }
    None
}
