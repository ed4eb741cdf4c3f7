//! The Yew front end: DOM glue over the core. State lives in one reducer ([`ViewState`]),
//! provided through a context as in Yew's `contexts` example; the judgements of every record are
//! computed once per dataset and rule set and provided beside it. Components read both through
//! [`hooks::use_page`] and dispatch [`Action`]s. Text from the JSON is only ever rendered as text
//! nodes. The how-to panel's handle is provided the same way ([`hooks::use_howto`]).
//!
//! - [`pages`]: one per route (the calls, a call, PSTN, Direct Routing, the beta logs);
//! - [`components`]: the pieces pages are made of, one component per file;
//! - `browser`: local times, the page's clock, navigation through the URL fragment and the
//!   clipboard.

mod browser;
mod components;
mod hooks;
mod pages;

use callrecords::calllogs::{link_dataset, Links, MatchOptions};
use callrecords::judge::RecordJudgement;
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

/// The handle every component uses to read the state and dispatch actions ([`hooks::use_page`]).
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
    /// From what is shown; the log links are made on the data as loaded (so redaction changes
    /// no link), then say only placeholders.
    fn new(state: &ViewState) -> Derived {
        let judgements = judge_all(&state.dataset, &state.rules);
        let rows = call_rows(&state.dataset, &judgements);
        let mut links = link_dataset(&state.loaded, &MatchOptions::default());
        if !state.redaction.is_empty() {
            links.redact_sentences(|value| state.mapping.quoted(value));
        }
        Derived { judgements, rows, links }
    }
}

/// The derived data as components read it ([`hooks::use_page`]).
pub type DerivedHandle = Rc<Derived>;

/// Renders the app into `<body>`; called from `main`.
pub fn start() {
    if let Some(loading) = gloo::utils::document().get_element_by_id("boot-status") {
        loading.remove();
    }
    callrecords::i18n::set_format(Rc::new(browser::IntlFormat::default()));
    yew::Renderer::<App>::new().render();
}

/// The page: the state, the derived data and the route, provided to every component.
#[component]
pub fn App() -> Html {
    let state = use_reducer(|| PageState(ViewState { lang: browser::initial_lang(), ..ViewState::default() }));
    // Every message and number below is written in the page's language.
    callrecords::i18n::set_current(state.lang);
    use_effect_with(state.lang, |lang| browser::show_lang(*lang));
    // The route follows the URL fragment: now, and on every change (links, Back, Forward).
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            state.dispatch(Action::Navigate(Route::parse(&browser::current_fragment())));
            let listener = gloo::events::EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                state.dispatch(Action::Navigate(Route::parse(&browser::current_fragment())));
            });
            move || drop(listener)
        });
    }
    // A load may land on another view (view::landing): the URL follows. Not before the first
    // load, when the state has not read the URL yet.
    {
        let route = state.route.clone();
        use_effect_with(state.generation, move |generation| {
            if *generation > 0 && Route::parse(&browser::current_fragment()) != route {
                browser::go(&route);
            }
        });
    }
    let howto = use_memo((), |_| hooks::HowtoHandle::default());
    let derived = {
        let page = state.clone();
        use_memo((state.generation, state.rules.clone(), state.lang), move |_| Derived::new(&page))
    };
    let page = match &state.route {
        Route::Calls => html! { <pages::Overview /> },
        Route::Call { id, node } => html! { <pages::CallView id={id.clone()} node={*node} /> },
        Route::Pstn => html! { <pages::PstnView /> },
        Route::DirectRouting => html! { <pages::DirectRoutingView /> },
        Route::OtherLogs => html! { <pages::OtherLogsView /> },
    };
    html! {
        <ContextProvider<StateHandle> context={state}>
            <ContextProvider<DerivedHandle> context={derived}>
                <ContextProvider<hooks::HowtoHandle> context={(*howto).clone()}>
                    <components::DropZone>
                        <components::Header />
                        <main>
                            <components::Loader />
                            <components::SharePanel />
                            <components::Diagnostics />
                            <components::Counts />
                            { page }
                        </main>
                    </components::DropZone>
                    <components::HowtoPanel />
                </ContextProvider<hooks::HowtoHandle>>
            </ContextProvider<DerivedHandle>>
        </ContextProvider<StateHandle>>
    }
}
