//! Loading: one source's bytes through decode, the fast path or the tolerant path, and merge,
//! into the dataset; never a panic, whatever cannot be read becomes a diagnostic. PowerShell
//! output, when suspected, is first rewritten as Graph's JSON (`powershell`).

use super::{decode::*, fast::*, powershell::*, tolerant::*, wire::*};
use crate::model::dataset::{Dataset, SourceReport};
use crate::model::diagnostic::{Diagnostic, DiagnosticKind as Kind, Severity};
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
    /// be read becomes a [`Diagnostic`].
    pub fn load(&mut self, name: &str, bytes: &[u8]) {
        let mut report = SourceReport { name: name.to_string(), bytes: bytes.len(), ..SourceReport::default() };
        let before = self.diagnostics.len();
        match decode(bytes) {
            Err(message) => self.diagnostics.push(Diagnostic::new(Kind::Undecodable, name, message)),
            Ok(text) if text.iter().all(u8::is_ascii_whitespace) => {
                self.diagnostics.push(Diagnostic::new(Kind::Empty, name, "the input is empty"));
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
                        let warning = "the text is not valid UTF-8 here: the bad bytes were replaced with \u{FFFD}; save the export as UTF-8";
                        self.diagnostics.push(Diagnostic::new(Kind::InvalidUtf8, name, warning).at(&bytes, at));
                        Cow::Owned(text)
                    }
                };
                // PowerShell output is suspected cheaply: a PascalCase first key (the SDK), or
                // PowerShell's depth-cut strings early in a text the fast path read, or anywhere in
                // one it could not read.
                let sdk = looks_like_sdk(&text);
                let fast = if sdk { None } else { Some(read_fast(&text).unwrap_or_default()) };
                let suspect = match &fast {
                    None => true,
                    Some(units) if !units.is_empty() => has_markers(&text, PREFIX),
                    Some(_) => has_markers(&text, text.len()),
                };
                let rewritten = if suspect { normalise(name, &text, sdk) } else { Normalised::default() };
                self.diagnostics.extend(rewritten.diagnostics);
                let units = match rewritten.text {
                    Some(graph) => self.read(name, &graph, None, true),
                    None => self.read(name, &text, fast, false),
                };
                for unit in units {
                    self.merge(unit, name, &mut report);
                }
            }
        }
        let errors = self.diagnostics[before..].iter().any(|d| d.severity == Severity::Error);
        let loaded = report.records
            + report.sessions
            + report.participants
            + report.pstn_rows
            + report.direct_routing_rows
            + report.other_rows;
        report.unreadable = errors && loaded == 0;
        self.sources.push(report);
    }
}

/// The fast path over a whole text: `None` when any of it fails.
fn read_fast(text: &str) -> Option<Vec<Unit>> {
    serde_json::Deserializer::from_str(text)
        .into_iter::<Doc>()
        .map(|r| r.map(|Doc(u)| u))
        .collect::<Result<_, _>>()
        .ok()
}

impl Dataset {
    /// What one text holds: the fast path's units (`fast`, when already read; empty if it
    /// failed), else the tolerant path's. `rewritten`: the text is PowerShell output rewritten,
    /// whose positions are not the file's, so messages keep their field path but no line.
    fn read(&mut self, name: &str, text: &str, fast: Option<Vec<Unit>>, rewritten: bool) -> Vec<Unit> {
        let mut units = fast.unwrap_or_else(|| read_fast(text).unwrap_or_default());
        if units.is_empty() {
            let before = self.diagnostics.len();
            Tolerant { source: name, text, diagnostics: &mut self.diagnostics, units: &mut units }.run();
            if rewritten {
                for diagnostic in &mut self.diagnostics[before..] {
                    diagnostic.location = None;
                }
            }
        }
        units
    }
}
