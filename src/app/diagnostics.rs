//! Errors, warnings and notes about the input, each with its source, line, column and an excerpt
//! with a caret under the spot.

use super::StateHandle;
use callrecords::model::diagnostic::{Diagnostic, Severity};
use yew::prelude::*;

#[component]
pub fn Diagnostics() -> Html {
    let state = use_context::<StateHandle>().expect("state context");
    let diagnostics = &state.dataset.diagnostics;
    if diagnostics.is_empty() {
        return html! {};
    }
    html! {
        <section class="diagnostics" aria-label="Problems with the input" data-testid="diagnostics">
            <ul>
                { for diagnostics.iter().map(diagnostic) }
            </ul>
        </section>
    }
}

fn diagnostic(d: &Diagnostic) -> Html {
    let (class, icon, word) = match d.severity {
        Severity::Error => ("error", "✖", "Error"),
        Severity::Warning => ("warning", "▲", "Warning"),
        Severity::Info => ("info", "ℹ", "Note"),
    };
    let place = match d.location {
        Some(l) => format!("{}, line {}, column {}", d.source, l.line, l.column),
        None => d.source.clone(),
    };
    html! {
        <li class={classes!("diagnostic", class)}>
            <span class="severity"><span aria-hidden="true">{ icon }</span>{ format!(" {word}") }</span>
            <span class="place">{ place }</span>
            <span class="message">{ d.message.clone() }</span>
            if let Some(excerpt) = &d.excerpt {
                <pre class="excerpt">{ format!("{}\n{}^", excerpt.text, " ".repeat(excerpt.caret)) }</pre>
            }
        </li>
    }
}
