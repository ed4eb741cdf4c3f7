//! What the page says about each problem with the input, beside its badge
//! ([`Badge::severity`](crate::view::badge::Badge::severity)): where it is, and the excerpt
//! with a caret under the spot.

use crate::model::diagnostic::{Diagnostic, Excerpt};

/// "export.json, line 3, column 16", or the source alone when there is no position.
pub fn place(d: &Diagnostic) -> String {
    match d.location {
        Some(l) => crate::t!(
            "diagnostic-place",
            source = d.source.as_str(),
            line = l.line.to_string(),
            column = l.column.to_string()
        ),
        None => d.source.clone(),
    }
}

/// The excerpt and, on the line under it, a caret under the spot.
pub fn excerpt_with_caret(e: &Excerpt) -> String {
    format!("{}\n{}^", e.text, " ".repeat(e.caret))
}
