//! The Yew front end: DOM glue over the core. State lives in one reducer ([`ViewState`]),
//! provided through a context as in Yew's `contexts` example; the judgements of every record are
//! computed once per dataset, rule set and language and provided beside it (a big dataset is
//! judged again a slice at a time, the judgements made before shown meanwhile). Components read both through
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
use callrecords::i18n::Lang;
use callrecords::judge::{RecordJudgement, RuleSet, RuleSetKind};
use callrecords::model::Dataset;
use callrecords::sliced::Sliced;
use callrecords::view::header::{fragment_query, rules_from_query, settings_query, utc_from_query};
use callrecords::view::overview::{CallRow, Preparing};
use callrecords::view::person::Person;
use callrecords::view::route::Route;
use callrecords::view::state::{Action, Prepared, ViewState};
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

/// What is computed from the dataset and the rule set, once per change of either. Compared by
/// what it was made from (generation, rules, language), never by its content.
#[derive(Debug)]
pub struct Derived {
    /// One per record, in dataset order.
    pub judgements: Rc<Vec<RecordJudgement>>,
    /// The overview rows, one per record.
    pub rows: Rc<Vec<CallRow>>,
    /// Everyone in the calls (the Person box), gathered from the rows.
    pub people: Rc<Vec<Person>>,
    /// Which call records each PSTN and Direct Routing row belongs to, both ways. They depend on
    /// the data only, so a change of rules or language keeps the same `Rc`.
    pub links: Rc<Links>,
    made_from: (u64, RuleSet, Lang),
    /// Milliseconds of work making the judgements and rows took (0 when not known).
    took_ms: f64,
}

impl PartialEq for Derived {
    fn eq(&self, other: &Self) -> bool {
        self.made_from == other.made_from && Rc::ptr_eq(&self.links, &other.links)
    }
}

/// How long a render may spend judging the data shown again (another rule set or language)
/// before it leaves the work to slices ([`components::judge_again`]) and keeps showing the
/// judgements it had meanwhile: small data is judged again at once, as before.
const INSTANT_MS: f64 = 50.0;

impl Derived {
    /// For what `state` shows: what a load (or judging again in slices) prepared, when it fits;
    /// else worked out now. When `before`, the derived data shown until now, is of the same data,
    /// the work gets [`INSTANT_MS`] (none if making `before` took longer): if that is not
    /// enough, `before` is kept as it is (the work goes on in slices) and [`Derived::is_for`]
    /// says it is behind.
    fn new(state: &ViewState, links: Rc<Links>, before: Option<&DerivedHandle>) -> DerivedHandle {
        let made_from = (state.generation, state.rules.clone(), state.lang);
        let before = before.filter(|d| d.made_from.0 == state.generation);
        let prepared = state.prepared.as_deref().filter(|p| p.fits(&state.dataset, &state.rules, state.lang));
        // Known to take long: not even tried (a limit typed digit by digit costs nothing here).
        if let (None, Some(before)) = (prepared, before.filter(|b| b.took_ms > INSTANT_MS)) {
            return before.clone();
        }
        let fresh;
        let p = match prepared {
            Some(prepared) => prepared,
            None => {
                let mut preparing = Preparing::new(&state.dataset, &state.rules);
                let begun = browser::now_ms();
                match before {
                    Some(before) if !preparing.step_while(|| browser::now_ms() - begun <= INSTANT_MS) => {
                        return before.clone()
                    }
                    _ => {
                        preparing.step_while(|| true);
                    }
                }
                let (judgements, rows) = preparing.finish();
                let made = Prepared::new(state.rules.clone(), state.lang, judgements, rows);
                fresh = Prepared { took_ms: browser::now_ms() - begun, ..made };
                &fresh
            }
        };
        let (judgements, rows, people) = (p.judgements.clone(), p.rows.clone(), p.people.clone());
        Rc::new(Derived { judgements, rows, people, links, made_from, took_ms: p.took_ms })
    }

    /// True when made for the data, rules and language `state` shows; false while they are
    /// being judged again and these are the judgements made before.
    fn is_for(&self, state: &ViewState) -> bool {
        let (generation, rules, lang) = &self.made_from;
        *generation == state.generation && *rules == state.rules && *lang == state.lang
    }

    /// The rules the judgements were made under: what views that judge again themselves (a
    /// stream's reasons, the charts' limits) use, so that all they show agrees.
    pub fn rules(&self) -> &RuleSet {
        &self.made_from.1
    }
}

/// What the page showed before, freed a slice at a time in tasks of its own: freed in one go,
/// a gigabyte's derived data made the task that showed the new 100 ms longer, and its dataset
/// (cleared, or replaced by the data with a file added) 470 ms. Each is freed only once
/// nothing else holds it; what is still held elsewhere is freed by whoever lets go of it last.
enum Before {
    Derived(DerivedHandle),
    Dataset(Rc<Dataset>),
}

fn free_later(before: Before) {
    yew::platform::spawn_local(async move {
        // The render that replaced it lets go of its copies first.
        browser::yield_now().await;
        match before {
            Before::Derived(derived) => {
                let Ok(Derived { judgements, rows, people, .. }) = Rc::try_unwrap(derived) else { return };
                drop(people);
                if let Ok(judgements) = Rc::try_unwrap(judgements) {
                    free_in_slices(judgements).await;
                }
                if let Ok(rows) = Rc::try_unwrap(rows) {
                    free_in_slices(rows).await;
                }
            }
            Before::Dataset(dataset) => {
                let Ok(mut dataset) = Rc::try_unwrap(dataset) else { return };
                let records = std::mem::take(&mut dataset.records);
                drop(dataset);
                free_in_slices(records).await;
            }
        }
    });
}

/// Drops the items of `items` from the end, a slice at a time.
async fn free_in_slices<T>(mut items: Vec<T>) {
    components::until_done(|| {
        items.truncate(items.len().saturating_sub(256));
        items.is_empty()
    })
    .await;
}

/// The log links, made on the data as loaded (so redaction changes no link), then saying only
/// placeholders; once per generation. Those a load made a slice at a time when it can (as
/// loaded, they need no copy).
fn links_of(state: &ViewState) -> Rc<Links> {
    match (&state.linked, state.redaction.is_empty()) {
        (Some(linked), true) => linked.clone(),
        (linked, _) => {
            let mut links =
                linked.as_deref().cloned().unwrap_or_else(|| link_dataset(&state.loaded, &MatchOptions::default()));
            if !state.redaction.is_empty() {
                links.redact_sentences(|value| state.mapping.quoted(value));
            }
            Rc::new(links)
        }
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
    // Loads outlive the render they start in: they read the latest state.
    components::remember_for_loads(&state);
    // Every message and number below is written in the page's language.
    callrecords::i18n::set_current(state.lang);
    use_effect_with(state.lang, |lang| browser::show_lang(*lang));
    // Every time formatter reads this (browser::local_time); children render after this line.
    browser::set_show_utc(state.utc);
    // The rule set and the UTC switch as the URL holds them, kept current for the listener below.
    let rules_query = settings_query(&state.rules, state.rules_base, state.utc);
    let latest_query = use_mut_ref(String::new);
    latest_query.borrow_mut().clone_from(&rules_query);
    // The route and the rule set follow the URL fragment: now, and on every change (links,
    // Back, Forward). A link without the rules (every href is a bare route) keeps them.
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            let read = move || {
                let fragment = browser::current_fragment();
                state.dispatch(Action::Navigate(Route::parse(&fragment)));
                let query = fragment_query(&fragment);
                if query == *latest_query.borrow() {
                    return;
                }
                if let Some(utc) = utc_from_query(query) {
                    state.dispatch(Action::ShowUtc(utc));
                }
                match rules_from_query(query) {
                    Some((rules, base)) => {
                        // The base first, so custom limits remember where they started.
                        state.dispatch(Action::SetRules(RuleSet::for_kind(base)));
                        if rules.kind == RuleSetKind::Custom {
                            state.dispatch(Action::SetRules(rules));
                        }
                    }
                    None => browser::keep_rules_in_url(&latest_query.borrow()),
                }
            };
            let read = Rc::new(read);
            read();
            let listener = gloo::events::EventListener::new(&gloo::utils::window(), "hashchange", {
                let read = read.clone();
                move |_| read()
            });
            move || drop(listener)
        });
    }
    // A change of rules is written to the URL (no history entry); not on the first render,
    // before the URL has been read.
    {
        let first = use_mut_ref(|| true);
        use_effect_with(rules_query, move |query| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                browser::keep_rules_in_url(query);
            }
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
    // A new view (another tab, a call opened, a load that lands elsewhere) takes the keyboard
    // focus to its heading; not on the first render, and not on moves within a call's tree.
    {
        let first = use_mut_ref(|| true);
        use_effect_with(state.route.view(), move |_| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                browser::focus_view_heading();
            }
        });
    }
    // With data loaded, leaving or reloading the page asks first: nothing is kept.
    use_effect_with(state.dataset.is_empty(), |empty| {
        let listener = (!*empty).then(|| {
            gloo::events::EventListener::new_with_options(
                &gloo::utils::window(),
                "beforeunload",
                gloo::events::EventListenerOptions::enable_prevent_default(),
                |e| {
                    e.prevent_default();
                    // Older browsers ask only when returnValue is set.
                    let _ = js_sys::Reflect::set(e, &"returnValue".into(), &"".into());
                },
            )
        });
        move || drop(listener)
    });
    let howto = use_memo((), |_| hooks::HowtoHandle::default());
    let links = {
        let page = state.clone();
        use_memo(state.generation, move |_| links_of(&page))
    };
    // The judgements shown: remade on a change of data, rules or language (or when judging again
    // in slices has made them), those of before kept while they are being remade.
    let shown = use_mut_ref(|| None::<DerivedHandle>);
    let derived: DerivedHandle = {
        let (page, before) = (state.clone(), shown.clone());
        let prepared = state.prepared.as_ref().map(Rc::as_ptr);
        let made = use_memo((state.generation, state.rules.clone(), state.lang, prepared), move |_| {
            Derived::new(&page, (*links).clone(), before.borrow().as_ref())
        });
        (*made).clone()
    };
    let before = shown.borrow_mut().replace(derived.clone());
    if let Some(before) = before.filter(|before| !Rc::ptr_eq(before, &derived)) {
        free_later(Before::Derived(before));
    }
    // The datasets shown and loaded before, likewise.
    let datasets = use_mut_ref(Vec::<Rc<Dataset>>::new);
    {
        let mut now = vec![state.dataset.clone()];
        if !Rc::ptr_eq(&state.dataset, &state.loaded) {
            now.push(state.loaded.clone());
        }
        let mut kept = datasets.borrow_mut();
        for old in kept.drain(..) {
            if !now.iter().any(|d| Rc::ptr_eq(d, &old)) {
                free_later(Before::Dataset(old));
            }
        }
        kept.extend(now);
    }
    {
        let behind = !derived.is_for(&state);
        let page = state.clone();
        use_effect_with(
            (state.generation, state.rules.clone(), state.lang, behind),
            move |(generation, rules, lang, behind)| {
                let live = Rc::new(std::cell::Cell::new(true));
                if *behind {
                    components::judge_again(page, *generation, rules.clone(), *lang, live.clone());
                } else if page.judging.is_some() {
                    page.dispatch(Action::Judging(None));
                }
                move || live.set(false)
            },
        );
    }
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
                        <main id="main" tabindex="-1">
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
