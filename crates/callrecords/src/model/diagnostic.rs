//! Messages about the input: errors, warnings and notes, each with where it happened (source,
//! line, column) and a short excerpt of the text around the spot. A message made from the
//! catalogue keeps its id and arguments, so that the page writes it in the language chosen after
//! the file was loaded ([`Diagnostic::shown_message`]).

use crate::i18n::Arg;
use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Something could not be loaded.
    Error,
    /// Loaded, but not all of it, or not as sent.
    Warning,
    /// Worth knowing (a record seen twice, a notification that holds no data).
    Info,
}

/// The source name of text pasted into the page (the page writes it in the language shown:
/// see the view's `shown_source`).
pub const PASTED_TEXT: &str = "pasted text";

/// Where in a source something is: 1-based line and column (in characters).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Location {
    pub line: usize,
    pub column: usize,
}

/// What a diagnostic is about. Code and tests match on this, never on the message text; the
/// kind decides the severity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum DiagnosticKind {
    /// Nothing but white space.
    Empty,
    /// The bytes could not be decoded (a broken gzip stream, UTF-16 of odd length).
    Undecodable,
    /// Bytes that are not UTF-8 were replaced with U+FFFD.
    InvalidUtf8,
    /// Invalid JSON.
    Syntax,
    /// The text ends inside a value: the input looks cut off.
    Truncated,
    /// So many syntax errors that reading stopped.
    TooManyErrors,
    /// Arrays or pages nested beyond the reader's limit.
    TooDeep,
    /// A key repeated in one object (JSON allows it): the last value was used.
    DuplicateKey,
    /// An item (record, session, row) that could not be read was skipped; the others loaded.
    SkippedItem,
    /// JSON that is not call-record data.
    UnknownShape,
    /// A change or lifecycle notification: it says a record exists, and holds no call data.
    Notification,
    /// An error response from Graph.
    GraphError,
    /// A call record without an id.
    MissingId,
    /// A sessions or participants page that does not say which record it belongs to.
    PageWithoutRecord,
    /// The same call record loaded more than once.
    RecordSeenTwice,
    /// Two different records under one id and version: both kept, the second renamed.
    RecordConflict,
    /// A list or log with more pages than were loaded.
    MorePages,
    /// `//` or `/* */` comments, which JSON does not have, were skipped.
    Comments,
    /// An unpaired UTF-16 surrogate escape (`\ud800`), kept as U+FFFD.
    LoneSurrogate,
    /// A number written as text (`"29"`), read as the number.
    NumberAsText,
    /// One field could not be read (a duration that is not ISO 8601, an impossible date): it
    /// is left out, and the rest of its record or row loaded.
    UnreadableField,
    /// `ConvertTo-Json` cut nested data off at its depth limit (`@{…}`, `System.Object[]`): what
    /// lies above the cut is loaded, the rest is not in the file.
    PowerShellDepth,
    /// A text value longer than the string-length limit was cut to it (ending in "…").
    LongText,
    /// PowerShell output (Graph PowerShell SDK objects, `TimeSpan`s, `/Date(…)/` dates) was
    /// rewritten as Graph's JSON before it was read.
    PowerShellOutput,
}

impl DiagnosticKind {
    /// How much it matters.
    pub fn severity(self) -> Severity {
        use DiagnosticKind::*;
        match self {
            Empty | Undecodable | Syntax | Truncated | TooManyErrors | TooDeep | SkippedItem | UnknownShape
            | GraphError => Severity::Error,
            InvalidUtf8 | DuplicateKey | Notification | MissingId | PageWithoutRecord | RecordConflict
            | UnreadableField | LoneSurrogate | PowerShellDepth | LongText => Severity::Warning,
            RecordSeenTwice | MorePages | Comments | NumberAsText | PowerShellOutput => Severity::Info,
        }
    }
}

/// One message about the input.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Diagnostic {
    pub kind: DiagnosticKind,
    pub severity: Severity,
    /// The file name, or "pasted text".
    pub source: String,
    #[serde(skip_serializing_if = "Option::is_none", flatten)]
    pub location: Option<Location>,
    pub message: String,
    /// The text around the spot, on one line, and the character column of the spot within it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub excerpt: Option<Excerpt>,
    /// The catalogue message `message` was written from, if any.
    #[serde(skip)]
    pub text: Option<Message>,
}

/// A catalogue message and its arguments.
#[derive(Clone, Debug, PartialEq)]
pub struct Message {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

impl Message {
    pub fn new(id: &'static str, args: Vec<(&'static str, Arg)>) -> Self {
        Message { id, args }
    }

    /// The message in the current language.
    pub fn text(&self) -> String {
        crate::i18n::text(self.id, &self.args)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Excerpt {
    pub text: String,
    pub caret: usize,
}

impl Diagnostic {
    /// A message of `kind` (which sets the severity) about `source`.
    pub fn new(kind: DiagnosticKind, source: &str, message: impl Into<String>) -> Self {
        let severity = kind.severity();
        Diagnostic {
            kind,
            severity,
            source: source.to_string(),
            location: None,
            message: message.into(),
            excerpt: None,
            text: None,
        }
    }

    /// A message of `kind` about `source`, written from the catalogue message `id` with `args`
    /// (in the current language; [`Diagnostic::shown_message`] writes it again in another).
    pub fn localised(kind: DiagnosticKind, source: &str, id: &'static str, args: Vec<(&'static str, Arg)>) -> Self {
        Diagnostic::from_message(kind, source, Message { id, args })
    }

    /// A message of `kind` about `source`, written from `text` (see [`Diagnostic::localised`]).
    pub fn from_message(kind: DiagnosticKind, source: &str, text: Message) -> Self {
        Diagnostic { text: Some(text.clone()), ..Diagnostic::new(kind, source, text.text()) }
    }

    /// Sets the argument `name` of the catalogue message (adding it if missing) and writes the
    /// message again: a count that grows after the diagnostic was made.
    pub fn set_arg(&mut self, name: &'static str, value: Arg) {
        if let Some(m) = &mut self.text {
            match m.args.iter_mut().find(|(n, _)| *n == name) {
                Some((_, arg)) => *arg = value,
                None => m.args.push((name, value)),
            }
            self.message = m.text();
        }
    }

    /// The message in the current language.
    pub fn shown_message(&self) -> String {
        match &self.text {
            Some(m) => crate::i18n::text(m.id, &m.args),
            None => self.message.clone(),
        }
    }

    /// Rewrites the message and every text argument of it through `scrub` (redaction).
    pub fn scrub_message(&mut self, scrub: impl Fn(&str) -> String) {
        self.message = scrub(&self.message);
        for (_, arg) in self.text.iter_mut().flat_map(|m| m.args.iter_mut()) {
            if let Arg::Text(text) = arg {
                *text = scrub(text);
            }
        }
    }

    /// Places the message at a byte offset of `text`, with an excerpt.
    pub fn at(mut self, text: &[u8], offset: usize) -> Self {
        let (location, excerpt) = locate(text, offset);
        self.location = Some(location);
        self.excerpt = Some(excerpt);
        self
    }
}

/// Line and column (1-based, in characters) of a byte offset, and up to 40 characters either side
/// of it on its line.
pub fn locate(text: &[u8], offset: usize) -> (Location, Excerpt) {
    let offset = offset.min(text.len());
    let line_start = text[..offset].iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
    let line_end = text[offset..].iter().position(|&b| b == b'\n').map_or(text.len(), |p| offset + p);
    let line = text[..offset].iter().filter(|&&b| b == b'\n').count() + 1;
    let before = String::from_utf8_lossy(&text[line_start..offset]);
    let after = String::from_utf8_lossy(&text[offset..line_end]);
    let column = before.chars().count() + 1;
    const SIDE: usize = 40;
    let before_chars: Vec<char> = before.chars().collect();
    let skip = before_chars.len().saturating_sub(SIDE);
    let mut shown: String = before_chars[skip..].iter().collect();
    let caret = before_chars.len() - skip;
    shown.extend(after.trim_end_matches('\r').chars().take(SIDE));
    let text = shown.replace('\t', " ");
    let trimmed = text.trim_start();
    let caret = caret.saturating_sub(text.chars().count() - trimmed.chars().count());
    (Location { line, column }, Excerpt { text: trimmed.to_string(), caret })
}

/// The byte offset of a serde_json (line, column) position: both 1-based, column in bytes.
pub fn offset_of(text: &[u8], line: usize, column: usize) -> usize {
    let mut start = 0;
    for _ in 1..line {
        match text[start..].iter().position(|&b| b == b'\n') {
            Some(p) => start += p + 1,
            None => return text.len(),
        }
    }
    (start + column.saturating_sub(1)).min(text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_column_and_excerpt() {
        let text = b"{\n  \"a\": 1,\n  \"b\": tru\n}";
        let offset = offset_of(text, 3, 8);
        let (loc, ex) = locate(text, offset);
        assert_eq!(loc, Location { line: 3, column: 8 });
        assert_eq!(ex.text, "\"b\": tru");
        assert_eq!(&ex.text[ex.caret..], "tru");
    }

    #[test]
    fn long_lines_are_cut_around_the_spot_and_columns_count_characters() {
        let text = format!("{}é{}", "x".repeat(100), "y".repeat(100));
        let (loc, ex) = locate(text.as_bytes(), 102);
        assert_eq!(loc.column, 102);
        assert_eq!(ex.text.chars().count(), 80);
        assert_eq!(ex.text.chars().nth(ex.caret), Some('y'));
    }
}
