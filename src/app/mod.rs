//! The Yew front end: a thin layer over the core. State lives in one reducer ([`ViewState`]),
//! provided through a context as in Yew's `contexts` example; the judgements of every record are
//! computed once per dataset and rule set and provided beside it. Components read both and
//! dispatch [`Action`]s. Text from the JSON is only ever rendered as text nodes.

mod call;
mod charts;
mod diagnostics;
mod header;
mod loader;
mod logs;
mod overview;
mod tree;
mod view;

use callrecords::calllogs::{link_dataset, Links, MatchOptions};
use callrecords::judge::{RecordJudgement, RuleSet};
use callrecords::model::Dataset;
use callrecords::view::loaded::loaded_line;
use callrecords::view::overview::{call_rows, judge_all, CallRow};
use callrecords::view::route::Route;
use callrecords::view::state::{Action, ViewState};
use std::rc::Rc;
use yew::prelude::*;

/// The page state as a Yew reducer: the core's [`ViewState`] (which knows nothing of Yew), with
/// [`ViewState::apply`] as its reducer.
#[derive(Default, PartialEq)]
pub struct PageState(ViewState);

impl std::ops::Deref for PageState {
    type Target = ViewState;
    fn deref(&self) -> &ViewState {
        &self.0
    }
}

impl Reducible for PageState {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(PageState(self.0.apply(action)))
    }
}

/// The handle every component uses to read the state and dispatch actions.
pub type StateHandle = UseReducerHandle<PageState>;

/// What is computed from the dataset and the rule set, once per change of either.
#[derive(Debug, PartialEq)]
pub struct Derived {
    /// One per record, in dataset order.
    pub judgements: Vec<RecordJudgement>,
    /// The overview rows, one per record.
    pub rows: Vec<CallRow>,
    /// Which call records each PSTN and Direct Routing row belongs to, both ways.
    pub links: Links,
}

impl Derived {
    fn new(dataset: &Dataset, rules: &RuleSet) -> Derived {
        let judgements = judge_all(dataset, rules);
        let rows = call_rows(dataset, &judgements);
        let links = link_dataset(dataset, &MatchOptions::default());
        Derived { judgements, rows, links }
    }
}

pub type DerivedHandle = Rc<Derived>;

/// What is loaded, in one line.
#[component]
fn Counts() -> Html {
    let state = use_context::<StateHandle>().expect("state context");
    if state.dataset.is_empty() {
        return html! {};
    }
    html! { <p class="counts" data-testid="counts">{ loaded_line(&state.dataset.counts(), state.last_parse_ms) }</p> }
}

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
    let state = use_reducer(PageState::default);
    // The route follows the URL fragment: now, and on every change (links, Back, Forward).
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            state.dispatch(Action::Navigate(Route::parse(&view::current_fragment())));
            let listener = gloo::events::EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                state.dispatch(Action::Navigate(Route::parse(&view::current_fragment())));
            });
            move || drop(listener)
        });
    }
    let derived = {
        let dataset = state.dataset.clone();
        use_memo((state.generation, state.rules.clone()), move |(_, rules)| Derived::new(&dataset, rules))
    };
    let page = match &state.route {
        Route::Calls => html! { <overview::Overview /> },
        Route::Call { id, node } => html! { <call::CallView id={id.clone()} node={*node} /> },
        Route::Pstn => html! { <logs::PstnView /> },
        Route::DirectRouting => html! { <logs::DirectRoutingView /> },
        Route::OtherLogs => html! { <logs::OtherLogsView /> },
    };
    html! {
        <ContextProvider<StateHandle> context={state}>
            <ContextProvider<DerivedHandle> context={derived}>
                <loader::DropZone>
                    <header::Header />
                    <main>
                        <loader::Loader />
                        <diagnostics::Diagnostics />
                        <Counts />
                        { page }
                    </main>
                </loader::DropZone>
            </ContextProvider<DerivedHandle>>
        </ContextProvider<StateHandle>>
    }
}
