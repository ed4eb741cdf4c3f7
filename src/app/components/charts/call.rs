//! The charts of the call being viewed: its timeline, a chart per stream-metric group and the
//! network and device events of its endpoints ([`CallChartSet`]), in a section that starts
//! closed for very large calls.

use super::canvas::CanvasChart;
use crate::app::hooks::use_page;
use callrecords::chart::{AnyChart, CallChartSet};
use web_sys::HtmlDetailsElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CallChartsProps {
    pub id: AttrValue,
}

/// The charts of the call being viewed: its timeline, a chart per stream-metric group and the
/// network/device health of its endpoints. Computed once per call, dataset and rule set.
#[component]
pub fn CallCharts(props: &CallChartsProps) -> Html {
    let (state, derived) = use_page();
    let streams = state.dataset.record(&props.id).map_or(0, |r| r.streams().count());
    let open = use_state_eq(|| CallChartSet::starts_open(streams));
    let charts = {
        let (dataset, derived) = (state.dataset.clone(), derived.clone());
        use_memo((props.id.clone(), state.generation, state.rules.clone(), *open), move |(id, _, rules, open)| {
            if !*open {
                return None;
            }
            let index = dataset.record_position(id)?;
            Some(CallChartSet::new(&dataset.records[index], derived.judgements.get(index)?, rules))
        })
    };
    if charts.as_ref().as_ref().is_some_and(CallChartSet::is_empty) || streams == 0 {
        return html! {};
    }
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |e: Event| open.set(e.target_unchecked_into::<HtmlDetailsElement>().open()))
    };
    html! {
        <section class="charts" aria-label={callrecords::t!("charts")} data-testid="call-charts">
            <details open={*open} {ontoggle}>
                <summary><h3>{ callrecords::t!("charts") }</h3><span class="charts-hint">{
                    if *open { callrecords::t!("charts-hint-open") }
                    else { callrecords::t!("charts-hint-closed", count = streams) }
                }</span></summary>
                if let Some(charts) = charts.as_ref().as_ref() {
                    if let Some(t) = &charts.timeline {
                        <CanvasChart data={AnyChart::Timeline(t.clone())} />
                    }
                    if !charts.metrics.is_empty() {
                        <div class="chart-grid">
                            { for charts.metrics.iter().map(|c| html! {
                                <CanvasChart key={c.group.title()} data={AnyChart::Metric(c.clone())} />
                            }) }
                        </div>
                    }
                    if !charts.health.is_empty() {
                        <div class="chart-grid">
                            { for charts.health.iter().enumerate().map(|(i, h)| html! {
                                <CanvasChart key={i} data={AnyChart::Health(h.clone())} />
                            }) }
                        </div>
                    }
                    if let Some(note) = charts.silent_sides_note() {
                        <p class="chart-note">{ note }</p>
                    }
                }
            </details>
        </section>
    }
}
