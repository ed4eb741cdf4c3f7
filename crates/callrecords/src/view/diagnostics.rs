//! What the page says about each problem with the input, beside its badge
//! ([`Badge::severity`](crate::view::badge::Badge::severity)): where it is, and the excerpt
//! with a caret under the spot.

use crate::model::diagnostic::{Diagnostic, Excerpt, PASTED_TEXT};

/// A source's name as the page shows it: a file's as it is, pasted text in the language shown.
pub fn shown_source(name: &str) -> String {
    if name == PASTED_TEXT {
        crate::t!("source-pasted-text")
    } else {
        name.to_string()
    }
}

/// "export.json, line 3, column 16", or the source alone when there is no position.
pub fn place(d: &Diagnostic) -> String {
    let source = shown_source(&d.source);
    match d.location {
        Some(l) => {
            crate::t!("diagnostic-place", source = source, line = l.line.to_string(), column = l.column.to_string())
        }
        None => source,
    }
}

/// "Error: export.json, line 3, column 16: message" on one line, in the current language (the
/// command line's report of each problem).
pub fn headline(d: &Diagnostic) -> String {
    let severity = crate::view::badge::Badge::severity(d.severity).word;
    format!("{severity}: {}: {}", place(d), d.shown_message()).replace('\n', " ")
}

/// The excerpt and, on the line under it, a caret under the spot.
pub fn excerpt_with_caret(e: &Excerpt) -> String {
    format!("{}\n{}^", e.text, " ".repeat(e.caret))
}
