//! The open "Charts across calls" section: the audio distributions and the jitter/loss scatter
//! over every loaded stream ([`AcrossChartSet`]); a click on a bin of several streams lists
//! them ([`PickedStreams`]), any other click opens what it stands for. The streams are gathered
//! a slice of calls at a time ([`Gathering`]), so that opening the section over a big export
//! freezes nothing; the section says how far it has got meanwhile.

use super::canvas::CanvasChart;
use crate::app::browser::{local_time, now_ms, open};
use crate::app::components::in_slices;
use crate::app::hooks::use_page;
use crate::app::DerivedHandle;
use callrecords::chart::{pick, AcrossChartSet, AnyChart, Gathering, Pick, PickedStreams, Target};
use std::cell::Cell;
use std::rc::Rc;
use web_sys::MouseEvent;
use yew::prelude::*;

/// The charts across calls and the list of the streams in a clicked bar.
#[component]
pub fn AcrossCallsBody() -> Html {
    let (state, derived) = use_page();
    let picked = use_state(|| None::<PickedStreams>);
    // The charts, and the derived data they were made from (compared by what it was made from).
    let made = use_state(|| None::<(DerivedHandle, Rc<AcrossChartSet>)>);
    let gathered = use_state_eq(|| None::<(usize, usize)>);
    {
        let (dataset, made, gathered) = (state.dataset.clone(), made.clone(), gathered.clone());
        use_effect_with(derived.clone(), move |derived| {
            let live = Rc::new(Cell::new(true));
            let (derived, still) = (derived.clone(), live.clone());
            yew::platform::spawn_local(async move {
                // Under the rules the judgements were made by (the same while they are made again).
                let mut gathering = Gathering::new(&dataset.records, &derived.judgements);
                let report = |done: usize, total: usize| gathered.set(Some((done, total)));
                if in_slices(&mut gathering, &mut now_ms(), || !still.get(), report).await.is_some() {
                    let set = Rc::new(AcrossChartSet::of(gathering, derived.rules()));
                    gathered.set(None);
                    made.set(Some((derived, set)));
                }
            });
            move || live.set(false)
        });
    }
    let set = made.as_ref().filter(|(made_from, _)| *made_from == derived).map(|(_, set)| set.clone());
    let Some(set) = set else {
        let (done, total) = gathered.unwrap_or((0, state.dataset.records.len()));
        return html! {
            <p class="charts-gathering" role="status" data-testid="across-gathering">
                { callrecords::t!("charts-across-gathering", done = done, total = total) }
            </p>
        };
    };
    let onpick_for = |metric: Option<&'static str>| {
        let picked = picked.clone();
        Callback::from(move |target: Target| match pick(target, metric) {
            Pick::List(streams) => picked.set(Some(streams)),
            Pick::Open(route) => open(&route),
            Pick::Nothing => {}
        })
    };
    let list = picked.as_ref().map(|p| {
        let close = {
            let picked = picked.clone();
            Callback::from(move |_: MouseEvent| picked.set(None))
        };
        html! {
            <section class="picked-streams" aria-label={callrecords::t!("chart-picked-label")} data-testid="picked-streams">
                <h4>{ p.title() }<button type="button" class="quiet" onclick={close}>{ callrecords::t!("howto-close") }</button></h4>
                <ul>
                    { for p.lines(&state.dataset, local_time).into_iter().map(|(line, route)| {
                        let href = route.to_fragment();
                        // Opens at the top of the call, not at the overview's scroll position.
                        let onclick = Callback::from(move |e: MouseEvent| {
                            e.prevent_default();
                            open(&route);
                        });
                        html! { <li><a {href} {onclick}>{ line }</a></li> }
                    }) }
                </ul>
            </section>
        }
    });
    html! {
        <>
            <div class="chart-grid">
                { for set.distributions.iter().map(|d| html! {
                    <CanvasChart key={d.metric} data={AnyChart::Distribution(d.clone())} onpick={onpick_for(Some(d.metric))} />
                }) }
            </div>
            <div class="picked-slot">{ list }</div>
            <CanvasChart data={AnyChart::Scatter(set.scatter.clone())} onpick={onpick_for(None)} />
        </>
    }
}
