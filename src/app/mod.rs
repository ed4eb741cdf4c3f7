//! The Yew front end: a thin layer over the core. State lives in one reducer ([`ViewState`]),
//! provided through a context as in Yew's `contexts` example; components read it and dispatch
//! [`Action`]s. Text from the JSON is only ever rendered as text nodes.

mod diagnostics;
mod loader;

use crate::state::{Action, ViewState};
use std::rc::Rc;
use yew::prelude::*;

impl Reducible for ViewState {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(self.apply(action))
    }
}

/// The handle every component uses to read the state and dispatch actions.
pub type StateHandle = UseReducerHandle<ViewState>;

/// Milliseconds from the page's clock (for timing parses).
pub fn now_ms() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map(|p| p.now()).unwrap_or_else(js_sys::Date::now)
}

/// Renders the app into `<body>`; called from `main`.
pub fn start() {
    if let Some(loading) = gloo::utils::document().get_element_by_id("boot-status") {
        loading.remove();
    }
    yew::Renderer::<App>::new().render();
}

#[component]
pub fn App() -> Html {
    let state = use_reducer(ViewState::default);
    html! {
        <ContextProvider<StateHandle> context={state}>
            <loader::DropZone>
                <header class="app-header">
                    <h1>{ "Call Record Viewer" }</h1>
                    <p class="privacy">
                        { "Everything stays in this browser tab: the page has no server and makes no network request (enforced by its Content-Security-Policy)." }
                    </p>
                </header>
                <main>
                    <loader::Loader />
                    <diagnostics::Diagnostics />
                    <Counts />
                </main>
            </loader::DropZone>
        </ContextProvider<StateHandle>>
    }
}

/// What is loaded, in one line.
#[component]
fn Counts() -> Html {
    let state = use_context::<StateHandle>().expect("state context");
    if state.dataset.is_empty() {
        return html! {};
    }
    let c = state.dataset.counts();
    let plural = |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let mut parts = vec![
        plural(c.records, "call record", "call records"),
        plural(c.sessions, "session", "sessions"),
        plural(c.segments, "segment", "segments"),
        plural(c.streams, "stream", "streams"),
    ];
    if c.pstn_rows > 0 {
        parts.push(plural(c.pstn_rows, "PSTN call", "PSTN calls"));
    }
    if c.direct_routing_rows > 0 {
        parts.push(plural(c.direct_routing_rows, "Direct Routing call", "Direct Routing calls"));
    }
    let others = c.sms_rows + c.blocked_user_rows + c.dialout_report_rows;
    if others > 0 {
        parts.push(plural(others, "other log row", "other log rows"));
    }
    let timing = state.last_parse_ms.map(|ms| format!(" (parsed in {} ms)", crate::datetime::trim_number(ms, 1))).unwrap_or_default();
    html! { <p class="counts" data-testid="counts">{ format!("Loaded: {}{timing}", parts.join(" · ")) }</p> }
}
