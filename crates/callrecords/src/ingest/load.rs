//! Loading: one source's bytes through decode, the fast path or the tolerant path, and merge,
//! into the dataset; never a panic, whatever cannot be read becomes a diagnostic. PowerShell
//! output, when suspected, is first rewritten as Graph's JSON (`powershell`).

use super::bound::bound_texts;
use super::fields::report_notes;
use super::locate::json_path_at;
use super::slices::Loading;
use super::{decode::*, fast::*, powershell::*, tolerant::*, wire::*};
use crate::i18n::Arg;
use crate::model::dataset::{Dataset, SourceReport};
use crate::model::diagnostic::{Diagnostic, DiagnosticKind as Kind, Message, Severity};
use crate::model::lenient::{clear_notes, take_notes, FieldNote};
use std::borrow::Cow;

/// Loads several sources into one dataset, as if dropped at once.
pub fn ingest<'a>(sources: impl IntoIterator<Item = (&'a str, &'a [u8])>) -> Dataset {
    let mut dataset = Dataset::default();
    for (name, bytes) in sources {
        dataset.load(name, bytes);
    }
    dataset
}

impl Dataset {
    /// Loads one source (a file or pasted text) into the dataset. Never panics: whatever cannot
    /// be read becomes a [`Diagnostic`]. The same steps as the page's sliced loading
    /// ([`Loading`]), run to the end at once.
    pub fn load(&mut self, name: &str, bytes: &[u8]) {
        let mut loading = Loading::new(name, bytes);
        while !loading.step(self, usize::MAX) {}
    }

    /// Loads one decoded source in one go: the fast path over the whole text, else the
    /// repairs and the tolerant path; PowerShell output is rewritten first. `size`: the bytes
    /// as given (before decoding), for the source's report.
    pub(super) fn load_whole(&mut self, name: &str, size: usize, decoded: Result<Decoded<'_>, Message>) {
        let mut report = SourceReport { name: name.to_string(), bytes: size, ..SourceReport::default() };
        let before = self.diagnostics.len();
        // A cut (a size limit, damaged gzip, half a UTF-16 character) keeps what came before it.
        let cut = matches!(&decoded, Ok(Decoded { cut: Some(_), .. }));
        if let Ok(Decoded { cut: Some(message), .. }) = &decoded {
            self.diagnostics.push(Diagnostic::from_message(Kind::Truncated, name, message.clone()));
        }
        match decoded.map(|d| d.text) {
            Err(message) => self.diagnostics.push(Diagnostic::from_message(Kind::Undecodable, name, message)),
            // After a cut the emptiness is the cut's doing, and already said.
            Ok(text) if text.iter().all(u8::is_ascii_whitespace) => {
                if !cut {
                    self.diagnostics.push(Diagnostic::localised(Kind::Empty, name, "diag-empty", vec![]));
                }
            }
            Ok(bytes) => {
                let text = match std::str::from_utf8(&bytes)
                    .map(Cow::Borrowed)
                    .unwrap_or_else(|_| String::from_utf8_lossy(&bytes))
                {
                    Cow::Borrowed(text) => Cow::Borrowed(text),
                    Cow::Owned(text) => {
                        // One wrong byte (a name saved in another code page) should not lose the
                        // file: it is replaced, and the user is told where.
                        let at = std::str::from_utf8(&bytes).err().map_or(0, |e| e.valid_up_to());
                        let warning = Diagnostic::localised(Kind::InvalidUtf8, name, "diag-invalid-utf8", vec![]);
                        self.diagnostics.push(warning.at(&bytes, at));
                        Cow::Owned(text)
                    }
                };
                // One enormous text value is cut to the string-length limit, every position kept.
                let text = match bound_texts(name, &text, decode_limits().max_text) {
                    Some((bounded, warning)) => {
                        self.diagnostics.push(warning);
                        Cow::Owned(bounded)
                    }
                    None => text,
                };
                // PowerShell output is suspected cheaply: a PascalCase first key (the SDK), or
                // PowerShell's depth-cut strings early in a text the fast path read, or anywhere in
                // one it could not read.
                let sdk = looks_like_sdk(&text);
                let fast = if sdk { None } else { Some(read_fast(&text)) };
                let suspect = match &fast {
                    None => true,
                    Some((units, _)) if !units.is_empty() => has_markers(&text, PREFIX),
                    Some(_) => has_markers(&text, text.len()),
                };
                let rewritten = if suspect { normalise(name, &text, sdk) } else { Normalised::default() };
                self.diagnostics.extend(rewritten.diagnostics);
                let units = match rewritten.text {
                    Some(graph) => self.read(name, Cow::Owned(graph), None, true),
                    None => self.read(name, text, fast, false),
                };
                for unit in units {
                    self.merge(unit, name, &mut report);
                }
            }
        }
        self.finish_source(report, before);
    }

    /// The source's report, said unreadable when it had errors and nothing loaded, goes in.
    /// `before`: how many diagnostics there were before the source.
    pub(super) fn finish_source(&mut self, mut report: SourceReport, before: usize) {
        let errors = self.diagnostics[before..].iter().any(|d| d.severity == Severity::Error);
        let loaded = report.records
            + report.sessions
            + report.participants
            + report.pstn_rows
            + report.direct_routing_rows
            + report.other_rows;
        report.unreadable = errors && loaded == 0;
        self.sources.push(report);
        crate::model::text::tidy();
    }
}

impl Dataset {
    /// What one text holds: the fast path's units (`fast`, when already read; empty if it
    /// failed), else, after the repairs that keep every position (comments blanked, unpaired
    /// surrogates replaced), the tolerant path's. `rewritten`: the text is PowerShell output
    /// rewritten, whose positions are not the file's, so messages keep their field path but no
    /// line.
    fn read(
        &mut self,
        name: &str,
        text: Cow<'_, str>,
        fast: Option<(Vec<Unit>, Vec<FieldNote>)>,
        rewritten: bool,
    ) -> Vec<Unit> {
        let before = self.diagnostics.len();
        let mut units = match fast {
            Some((units, notes)) => {
                report_notes(&mut self.diagnostics, name, &text, 0, &text, notes);
                units
            }
            None => self.read_fast(name, &text),
        };
        let mut text = text;
        // Repairs that keep every position (the same length, so every line and column stays the
        // file's own), tried in turn while nothing could be read.
        for repair in [repair_comments, repair_lone_surrogates] {
            if !units.is_empty() {
                break;
            }
            if let Some((clean, diagnostic)) = repair(name, &text) {
                self.diagnostics.push(diagnostic);
                units = self.read_fast(name, &clean);
                text = Cow::Owned(clean);
            }
        }
        if units.is_empty() {
            Tolerant { source: name, text: &text, diagnostics: &mut self.diagnostics, units: &mut units }.run();
        }
        if rewritten {
            for diagnostic in &mut self.diagnostics[before..] {
                diagnostic.location = None;
                diagnostic.excerpt = None;
            }
        }
        units
    }

    /// Every document of `text` on the fast path, with its field-level notes reported; nothing
    /// when it fails (the tolerant path then reads it piece by piece).
    fn read_fast(&mut self, name: &str, text: &str) -> Vec<Unit> {
        let (units, notes) = read_fast(text);
        report_notes(&mut self.diagnostics, name, text, 0, text, notes);
        units
    }
}

/// Every document of `text` on the fast path with the field-level notes of the parse, which are
/// the caller's to report if it keeps the units; nothing when it fails.
fn read_fast(text: &str) -> (Vec<Unit>, Vec<FieldNote>) {
    let read: Result<Vec<Unit>, _> =
        serde_json::Deserializer::from_str(text).into_iter::<Doc>().map(|r| r.map(|Doc(u)| u)).collect();
    match read {
        Ok(units) => (units, take_notes()),
        Err(_) => {
            clear_notes();
            (Vec::new(), Vec::new())
        }
    }
}

/// Comments are not JSON, but people annotate what they fetched: blanked out, they cost nothing.
/// The repaired text and its note (which quotes the file as written).
fn repair_comments(name: &str, text: &str) -> Option<(String, Diagnostic)> {
    let (clean, count, at) = without_comments(text)?;
    let args = vec![("count", Arg::from(count))];
    Some((clean, Diagnostic::localised(Kind::Comments, name, "diag-comments", args).at(text.as_bytes(), at)))
}

/// An unpaired UTF-16 surrogate escape (`\ud800`) is not text, and serde_json refuses the whole
/// document for it: it becomes U+FFFD, escape for escape. The repaired text and its note.
fn repair_lone_surrogates(name: &str, text: &str) -> Option<(String, Diagnostic)> {
    let (clean, places) = without_lone_surrogates(text)?;
    let at = places[0];
    let field = json_path_at(&clean, at);
    let args =
        vec![("field", Arg::from(field)), ("escape", Arg::from(&text[at..at + 6])), ("count", Arg::from(places.len()))];
    let diagnostic =
        Diagnostic::localised(Kind::LoneSurrogate, name, "diag-lone-surrogate", args).at(clean.as_bytes(), at);
    Some((clean, diagnostic))
}

/// `text` with every `//` and `/* */` comment outside strings replaced by spaces (line breaks
/// kept), how many there were and where the first was; `None` when it has none.
fn without_comments(text: &str) -> Option<(String, usize, usize)> {
    let bytes = text.as_bytes();
    let mut out = bytes.to_vec();
    let (mut i, mut count, mut first) = (0, 0, None);
    let mut in_string = false;
    while i < bytes.len() {
        match (in_string, bytes[i], bytes.get(i + 1)) {
            (true, b'\\', _) => i += 1,
            (true, b'"', _) | (false, b'"', _) => in_string = !in_string,
            (false, b'/', Some(b'/')) => {
                let end = bytes[i..].iter().position(|&b| b == b'\n').map_or(bytes.len(), |p| i + p);
                out[i..end].fill(b' ');
                (count, first) = (count + 1, first.or(Some(i)));
                i = end;
                continue;
            }
            (false, b'/', Some(b'*')) => {
                let end = text[i + 2..].find("*/").map_or(bytes.len(), |p| i + 2 + p + 2);
                for b in &mut out[i..end] {
                    if *b != b'\n' && *b != b'\r' {
                        *b = b' ';
                    }
                }
                (count, first) = (count + 1, first.or(Some(i)));
                i = end;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    // Only ASCII bytes outside strings were replaced, by ASCII spaces: still UTF-8.
    let first = first?;
    String::from_utf8(out).ok().map(|clean| (clean, count, first))
}

/// `text` with every unpaired surrogate escape (`\\ud800` without a low half after it, or a low
/// half alone) in strings replaced by `\\ufffd`, the same length; and where they were.
fn without_lone_surrogates(text: &str) -> Option<(String, Vec<usize>)> {
    let b = text.as_bytes();
    let unit = |at: usize| -> Option<u16> {
        let hex = text.get(at + 2..at + 6)?;
        (b.get(at) == Some(&b'\\') && b.get(at + 1) == Some(&b'u')).then(|| u16::from_str_radix(hex, 16).ok())?
    };
    let mut places = Vec::new();
    let (mut i, mut in_string) = (0, false);
    while i < b.len() {
        match (in_string, b[i]) {
            (true, b'\\') => {
                if let Some(u) = unit(i) {
                    let high = (0xD800..0xDC00).contains(&u);
                    let low = (0xDC00..0xE000).contains(&u);
                    if high && unit(i + 6).is_some_and(|n| (0xDC00..0xE000).contains(&n)) {
                        i += 12;
                        continue;
                    }
                    if high || low {
                        places.push(i);
                    }
                    i += 6;
                    continue;
                }
                i += 2;
                continue;
            }
            (_, b'"') => in_string = !in_string,
            _ => {}
        }
        i += 1;
    }
    if places.is_empty() {
        return None;
    }
    let mut out = text.to_string();
    for &at in &places {
        out.replace_range(at..at + 6, "\\ufffd");
    }
    Some((out, places))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_are_blanked_outside_strings_only() {
        let text = "// fetched 17 March\n{\"a\": \"http://x//y\", /* note */ \"b\": 1}\n";
        let (clean, count, first) = without_comments(text).unwrap();
        assert_eq!(count, 2);
        assert_eq!(first, 0);
        assert_eq!(clean.len(), text.len());
        assert!(clean.contains("\"http://x//y\""), "{clean}");
        assert_eq!(serde_json::from_str::<serde_json::Value>(&clean).unwrap()["b"], 1);
        assert!(without_comments("{\"a\": \"//not a comment\"}").is_none());
        assert!(without_comments("{\"a\": 1} /* unterminated").is_some());
    }
}
