//! What is loaded, in one line under the loader ([`loaded_line`]).

use crate::app::hooks::use_page;
use callrecords::view::loaded::loaded_line;
use yew::prelude::*;

/// What is loaded, in one line.
#[component]
pub fn Counts() -> Html {
    let (state, _) = use_page();
    // Counting walks every stream (20 ms at 1 GB): once per generation, not on every render (a
    // key typed in a filter renders this too).
    let counts = {
        let dataset = state.dataset.clone();
        use_memo(state.generation, move |_| dataset.counts())
    };
    if state.dataset.is_empty() {
        return html! {};
    }
    html! { <p class="counts" data-testid="counts">{ loaded_line(&counts, state.last_parse_ms) }</p> }
}
