//! The "Charts across calls" section under the calls table: shown from two calls with streams
//! on, closed at first for large exports; its body is drawn only while it is open.

use super::across_body::AcrossCallsBody;
use crate::app::hooks::use_page;
use callrecords::chart::AcrossChartSet;
use web_sys::HtmlDetailsElement;
use yew::prelude::*;

/// Below the calls table, when two or more loaded records have streams: the distribution of
/// each audio metric and jitter against packet loss over all their streams.
#[component]
pub fn AcrossCallsCharts() -> Html {
    let (state, _) = use_page();
    let (calls, streams) = *use_memo(state.generation, {
        let dataset = state.dataset.clone();
        move |_| AcrossChartSet::counts(&dataset)
    });
    let open = use_state_eq(|| None::<bool>);
    if !AcrossChartSet::shown(calls) {
        return html! {};
    }
    let is_open = open.unwrap_or(AcrossChartSet::starts_open(streams));
    // The user's choice, not the toggle the browser fires for the section drawn open: a section
    // open over a small export closes again when a big one is added, as it starts for one.
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |e: Event| {
            let now = e.target_unchecked_into::<HtmlDetailsElement>().open();
            if now != is_open {
                open.set(Some(now));
            }
        })
    };
    html! {
        <section class="charts across" aria-label={callrecords::t!("charts-across")} data-testid="across-charts">
            <details open={is_open} {ontoggle}>
                <summary>
                    <h3>{ callrecords::t!("charts-across") }</h3>
                    <span class="charts-hint">{ callrecords::t!("charts-across-hint", calls = calls, streams = streams) }</span>
                </summary>
                if is_open { <AcrossCallsBody /> }
            </details>
        </section>
    }
}
