//! Verdicts and input diagnostics as badges: a CSS class, an icon and a word, so a state is
//! never told by colour alone. The class and the word of a verdict are the judge's own
//! ([`Verdict::as_str`], [`Verdict::label`]).

use crate::judge::Verdict;
use crate::model::diagnostic::Severity;

/// How a state is shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Badge {
    /// The CSS class: `good`, `poor`, `unclassified`; `error`, `warning`, `info`.
    pub class: &'static str,
    /// A symbol beside the word (decorative: hidden from screen readers).
    pub icon: &'static str,
    /// The word: "Good", "Poor"; "Error", "Note".
    pub word: String,
}

impl Badge {
    /// ✔ Good, ✖ Poor, ? Unclassified.
    pub fn verdict(v: Verdict) -> Badge {
        let icon = match v {
            Verdict::Good => "✔",
            Verdict::Poor => "✖",
            Verdict::Unclassified => "?",
        };
        Badge { class: v.as_str(), icon, word: v.label() }
    }

    /// ✖ Error, ▲ Warning, ℹ Note.
    pub fn severity(s: Severity) -> Badge {
        match s {
            Severity::Error => Badge { class: "error", icon: "✖", word: crate::t!("severity-error") },
            Severity::Warning => Badge { class: "warning", icon: "▲", word: crate::t!("severity-warning") },
            Severity::Info => Badge { class: "info", icon: "ℹ", word: crate::t!("severity-note") },
        }
    }
}
