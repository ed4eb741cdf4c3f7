//! Errors, warnings and notes about the input, each with its source, line, column and an excerpt
//! with a caret under the spot.

use crate::app::hooks::use_page;
use callrecords::model::diagnostic::Diagnostic;
use callrecords::view::badge::Badge;
use callrecords::view::diagnostics::{excerpt_with_caret, place};
use yew::prelude::*;

#[component]
pub fn Diagnostics() -> Html {
    let (state, _) = use_page();
    let diagnostics = &state.dataset.diagnostics;
    if diagnostics.is_empty() {
        return html! {};
    }
    html! {
        <section class="diagnostics" aria-label={callrecords::t!("diagnostics-label")} data-testid="diagnostics">
            <ul>
                { for diagnostics.iter().map(diagnostic) }
            </ul>
        </section>
    }
}

fn diagnostic(d: &Diagnostic) -> Html {
    let badge = Badge::severity(d.severity);
    html! {
        <li class={classes!("diagnostic", badge.class)}>
            <span class="severity"><span aria-hidden="true">{ badge.icon }</span>{ format!(" {}", badge.word) }</span>
            <span class="place">{ place(d) }</span>
            <span class="message">{ d.shown_message() }</span>
            if let Some(excerpt) = &d.excerpt {
                <pre class="excerpt">{ excerpt_with_caret(excerpt) }</pre>
            }
        </li>
    }
}
