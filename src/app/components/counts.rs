//! What is loaded, in one line under the loader ([`loaded_line`]).

use crate::app::hooks::use_page;
use callrecords::view::loaded::loaded_line;
use yew::prelude::*;

/// What is loaded, in one line.
#[component]
pub fn Counts() -> Html {
    let (state, _) = use_page();
    if state.dataset.is_empty() {
        return html! {};
    }
    html! { <p class="counts" data-testid="counts">{ loaded_line(&state.dataset.counts(), state.last_parse_ms) }</p> }
}
