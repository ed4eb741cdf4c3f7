//! Loading: one source's bytes through decode, the fast path or the tolerant path, and merge,
//! into the dataset; never a panic, whatever cannot be read becomes a diagnostic.

use super::{decode::*, fast::*, tolerant::*, wire::*};
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
                let fast: Result<Vec<Unit>, _> =
                    serde_json::Deserializer::from_str(&text).into_iter::<Doc>().map(|r| r.map(|Doc(u)| u)).collect();
                let mut units = fast.unwrap_or_default();
                if units.is_empty() {
                    Tolerant { source: name, text: &text, diagnostics: &mut self.diagnostics, units: &mut units }.run();
                }
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
