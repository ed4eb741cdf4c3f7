//! The calls table: filter by text, modality, problems, date and person (with that person's
//! calls and poor streams above the table); sort by any column; a row opens its call. The
//! table is windowed ([`WindowedTable`]): thousands of calls are all reached by scrolling.

use crate::app::browser::{day_text, go, on_date, zone_name};
use crate::app::components::charts::AcrossCallsCharts;
use crate::app::components::values::{tally_badge, time_html};
use crate::app::components::{EmptyState, WindowedTable};
use crate::app::hooks::use_page;
use callrecords::i18n::Lang;
use callrecords::model::enums::Modality;
use callrecords::model::NodePath;
use callrecords::t;
use callrecords::view::overview::{select, CallFilter, CallSort, FILTER_MODALITIES};
use callrecords::view::person::{find, person_key, suggest, Person};
use callrecords::view::route::Route;
use callrecords::view::state::Action;
use callrecords::view::words::sort_marks;
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[component]
pub fn Overview() -> Html {
    let (state, derived) = use_page();
    // Filtered and sorted once per change of the rows, the filter or the order, not on every
    // render (a load's progress renders the page too).
    let picked = use_memo(
        (derived.clone(), state.filter.clone(), state.sort, state.descending),
        |(derived, filter, sort, descending)| select(&derived.rows, filter, *sort, *descending),
    );
    // The date inputs show the filter's days (in the zone the page writes times in).
    let from_text = use_state(|| state.filter.from.map(|t| day_text(t, false)).unwrap_or_default());
    let to_text = use_state(|| state.filter.to.map(|t| day_text(t, true)).unwrap_or_default());
    let everyone = derived.people.clone();
    // The Person box is drawn again only when the people or the pick change, not on every key
    // typed in the text filter: its callback is made once and reads the filter as of the latest
    // render.
    let latest_filter = use_mut_ref(CallFilter::default);
    *latest_filter.borrow_mut() = state.filter.clone();
    let onperson = {
        let (state, latest_filter) = (state.clone(), latest_filter.clone());
        use_callback((), move |person: Option<String>, _| {
            let filter = latest_filter.borrow().clone();
            state.dispatch(Action::SetFilter(CallFilter { person, ..filter }));
        })
    };
    // The UTC switch moves the days picked to UTC days (or back to local ones).
    {
        let (state, from_text, to_text) = (state.clone(), from_text.clone(), to_text.clone());
        let first = use_mut_ref(|| true);
        use_effect_with(state.utc, move |_| {
            let first = std::mem::replace(&mut *first.borrow_mut(), false);
            let no_days = from_text.is_empty() && to_text.is_empty();
            if !first && !no_days {
                let day =
                    |text: &str, end| (!text.is_empty()).then(|| crate::app::browser::local_day(text, end)).flatten();
                let (from, to) = (day(&from_text, 0), day(&to_text, 1));
                state.dispatch(Action::SetFilter(CallFilter { from, to, ..state.filter.clone() }));
            }
        });
    }
    if state.dataset.records.is_empty() {
        return html! { <EmptyState view={Route::Calls} /> };
    }
    let filter = state.filter.clone();
    let set_filter = {
        let state = state.clone();
        move |f: CallFilter| state.dispatch(Action::SetFilter(f))
    };
    let ontext = {
        let (filter, set) = (filter.clone(), set_filter.clone());
        Callback::from(move |e: InputEvent| {
            set(CallFilter { text: e.target_unchecked_into::<HtmlInputElement>().value(), ..filter.clone() })
        })
    };
    let onmodality = {
        let (filter, set) = (filter.clone(), set_filter.clone());
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
            set(CallFilter { modality: (!v.is_empty()).then(|| Modality::from_wire(&v)), ..filter.clone() })
        })
    };
    let onproblems = {
        let (filter, set) = (filter.clone(), set_filter.clone());
        Callback::from(move |e: Event| {
            set(CallFilter { problems_only: e.target_unchecked_into::<HtmlInputElement>().checked(), ..filter.clone() })
        })
    };
    let onfrom = {
        let (filter, set) = (filter.clone(), set_filter.clone());
        on_date(from_text.clone(), false, move |from| set(CallFilter { from, ..filter.clone() }))
    };
    let onto = {
        let (filter, set) = (filter.clone(), set_filter.clone());
        on_date(to_text.clone(), true, move |to| set(CallFilter { to, ..filter.clone() }))
    };
    let clear_person = {
        let (filter, set) = (filter.clone(), set_filter.clone());
        Callback::from(move |_| set(CallFilter { person: None, ..filter.clone() }))
    };
    let person = filter.person.as_deref().and_then(|key| find(&everyone, key));
    let (from_label, to_label) = if state.utc {
        (t!("filter-from-label-utc"), t!("filter-to-label-utc"))
    } else {
        (t!("filter-from-label"), t!("filter-to-label"))
    };
    let zone = zone_name();
    let header = |sort: &CallSort| {
        let (state, sort) = (state.clone(), *sort);
        let (aria, arrow) = sort_marks((state.sort == sort).then_some(state.descending));
        html! {
            <th scope="col" aria-sort={aria} class={classes!(sort.is_numeric().then_some("num"))}>
                <button class="sort" onclick={Callback::from(move |_| state.dispatch(Action::Sort(sort)))}>
                    { sort.heading(&zone) }<span class="arrow" aria-hidden="true">{ arrow }</span>
                </button>
            </th>
        }
    };
    let total = picked.len();
    let row = {
        let derived = derived.clone();
        Callback::from(move |(place, i): (usize, usize)| {
            let Some(row) = derived.rows.get(i) else { return html! {} };
            let route = Route::Call { id: row.id.clone(), node: NodePath::Call };
            let href = route.to_fragment();
            let onclick = Callback::from(move |_| go(&route));
            html! {
                <tr key={row.id.clone()} {onclick} class="clickable" data-sessions={row.sessions.to_string()}
                    aria-rowindex={(place + 2).to_string()}>
                    <td><a href={href} class="open">{ time_html(row.start) }</a></td>
                    <td class="num">{ row.duration_text() }</td>
                    <td>{ row.call_type.clone() }</td>
                    <td>{ row.modalities_text() }</td>
                    <td class="organizer" title={row.organizer.clone()}>{ row.organizer.clone() }</td>
                    <td class="num">{ row.participants_text() }</td>
                    <td class="num">{ row.sessions_text() }</td>
                    <td>{ tally_badge(row.tally) }
                        if let Some(note) = row.findings_note() { <span class="findings-count" title={t!("calls-findings-note")}>{ note }</span> }
                    </td>
                    <td class="num">{ row.tally.poor }</td>
                </tr>
            }
        })
    };
    html! {
        <section class="overview" aria-labelledby="calls-heading">
            <h2 id="calls-heading" class="view-title" tabindex="-1" data-view-heading="">{ t!("calls-label") }</h2>
            <div class="filters" role="search">
                <input type="search" class="filter-text" placeholder={t!("calls-filter-placeholder")} aria-label={t!("calls-filter-label")}
                    value={filter.text.clone()} oninput={ontext} />
                <label>{ t!("calls-modality") }{ " " }
                    <select onchange={onmodality} aria-label={t!("calls-modality")}>
                        <option value="" selected={filter.modality.is_none()}>{ t!("calls-modality-any") }</option>
                        { for FILTER_MODALITIES.iter().map(|m| html! {
                            <option value={m.as_wire().to_string()} selected={filter.modality.as_ref() == Some(m)}>{ m.label() }</option>
                        }) }
                    </select>
                </label>
                <label class="check"><input type="checkbox" checked={filter.problems_only} onchange={onproblems} />{ " " }{ t!("calls-problems-only") }</label>
                <label>{ t!("filter-from") }{ " " }<input type="date" value={(*from_text).clone()} onchange={onfrom} aria-label={from_label} /></label>
                <label>{ t!("filter-to") }{ " " }<input type="date" value={(*to_text).clone()} onchange={onto} aria-label={to_label} /></label>
                <PersonPick everyone={everyone.clone()} selected={filter.person.clone()} onpick={onperson} lang={state.lang} />
                <span class="shown" data-testid="calls-shown">{ t!("calls-shown", shown = total, count = derived.rows.len()) }</span>
            </div>
            if let Some(p) = person {
                <p class="person-chip" data-testid="person-chip">
                    <span>{ p.chip_text() }</span>{ " " }
                    <button type="button" class="person-clear" onclick={clear_person} aria-label={t!("person-clear")} title={t!("person-clear")}>{ "×" }</button>
                </p>
            }
            <WindowedTable region_label={t!("table-region", table = t!("calls-label"))} class={classes!("calls")}
                testid="calls-table" caption={t!("calls-caption", zone = zone.clone())}
                head={html! { <>{ for CallSort::ALL.iter().map(header) }</> }} columns={CallSort::ALL.len()}
                rows={picked.clone()} row={row} />
            <AcrossCallsCharts />
        </section>
    }
}

/// How many people the Person box offers at a time.
const PEOPLE_OFFERED: usize = 30;

#[derive(Properties, Clone)]
struct PersonPickProps {
    everyone: Rc<Vec<Person>>,
    /// The key of the person picked.
    selected: Option<String>,
    /// A person picked (their key), or none (everyone).
    onpick: Callback<Option<String>>,
    /// Its words follow the language.
    lang: Lang,
}

impl PartialEq for PersonPickProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.everyone, &other.everyone)
            && self.selected == other.selected
            && self.onpick == other.onpick
            && self.lang == other.lang
    }
}

/// The Person filter: a box to type a name in, offering the people who match from everyone in
/// the loaded calls (a month of calls names thousands: a list of them all took half a second
/// to draw and lay out). Typing a name exactly, or picking it, shows that person's calls;
/// emptying the box shows everyone's. The typed text is this component's own, so a key typed
/// here draws only the box and its offers.
#[component]
fn PersonPick(props: &PersonPickProps) -> Html {
    let name_of = |key: &Option<String>| key.as_deref().and_then(|k| find(&props.everyone, k)).map(|p| p.name.clone());
    let typed = use_state(|| name_of(&props.selected).unwrap_or_default());
    // A pick cleared or made elsewhere (the chip's button, a new load) shows in the box.
    {
        let name = name_of(&props.selected);
        let whole_name = find(&props.everyone, &person_key(&typed)).is_some();
        let typed = typed.clone();
        use_effect_with(props.selected.clone(), move |_| match name {
            Some(name) => typed.set(name),
            None if whole_name => typed.set(String::new()),
            None => {}
        });
    }
    let oninput = {
        let (typed, everyone, onpick, selected) =
            (typed.clone(), props.everyone.clone(), props.onpick.clone(), props.selected.clone());
        Callback::from(move |e: InputEvent| {
            let text = e.target_unchecked_into::<HtmlInputElement>().value();
            let key = person_key(&text);
            let picked = find(&everyone, &key).map(|p| p.key.clone());
            if picked.is_some() || (key.is_empty() && selected.is_some()) {
                onpick.emit(picked);
            }
            typed.set(text);
        })
    };
    let offers = suggest(&props.everyone, &typed, PEOPLE_OFFERED);
    html! {
        <label title={t!("person-hint")}>{ t!("person-label") }{ " " }
            <input type="search" list="person-offers" class="person-input" data-testid="person-input"
                placeholder={t!("person-any")} value={(*typed).clone()} {oninput} autocomplete="off" />
            <datalist id="person-offers" data-testid="person-offers">
                { for offers.iter().map(|p| html! { <option value={p.name.clone()}>{ p.option_text() }</option> }) }
            </datalist>
        </label>
    }
}
