//! The button that opens the "How do I get this JSON?" panel, on the loader and every empty view.

use crate::app::hooks::use_howto;
use callrecords::view::howto::{tr, TITLE};
use yew::prelude::*;

/// "How do I get this JSON?": opens the panel.
#[component]
pub fn HowtoButton() -> Html {
    let howto = use_howto();
    // Re-rendered when the language changes.
    let _ = crate::app::hooks::use_page();
    let onclick = Callback::from(move |_: MouseEvent| howto.open());
    html! {
        <button type="button" class="howto-open" aria-haspopup="dialog" aria-controls="howto" data-testid="howto-open" {onclick}>
            { tr("howto-title", TITLE) }
        </button>
    }
}
