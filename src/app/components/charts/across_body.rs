//! The open "Charts across calls" section: the audio distributions and the jitter/loss scatter
//! over every loaded stream ([`AcrossChartSet`]); a click on a bin of several streams lists
//! them ([`PickedStreams`]), any other click opens what it stands for.

use super::canvas::CanvasChart;
use crate::app::browser::{local_time, open};
use crate::app::hooks::use_page;
use callrecords::chart::{pick, AcrossChartSet, AnyChart, Pick, PickedStreams, Target};
use web_sys::MouseEvent;
use yew::prelude::*;

/// The charts across calls and the list of the streams in a clicked bar.
#[component]
pub fn AcrossCallsBody() -> Html {
    let (state, derived) = use_page();
    let picked = use_state(|| None::<PickedStreams>);
    let set = {
        let (dataset, derived) = (state.dataset.clone(), derived.clone());
        // Under the rules the judgements were made by (the same while they are made again).
        use_memo(derived.clone(), move |derived| AcrossChartSet::new(&dataset, &derived.judgements, derived.rules()))
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
