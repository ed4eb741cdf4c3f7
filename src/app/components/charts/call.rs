//! The charts of the call being viewed: its timeline, a chart per stream-metric group and the
//! network and device events of its endpoints ([`CallChartSet`]), in a section that starts
//! closed for very large calls. The charts are made a piece a task ([`CallChartSet::parts`]),
//! the timeline shown as soon as it is made and each grid of charts once its last is, so a call
//! with thousands of streams shows its timeline at once and the page answers while the rest are
//! made; the section is `aria-busy` meanwhile.

use super::canvas::CanvasChart;
use crate::app::browser::yield_now;
use crate::app::hooks::use_page;
use callrecords::chart::{AnyChart, CallChartSet};
use std::cell::Cell;
use std::mem::discriminant;
use std::rc::Rc;
use web_sys::HtmlDetailsElement;
use yew::prelude::*;

/// The call the charts are of, those made so far, and whether they are all made.
type Made = Option<(AttrValue, Rc<CallChartSet>, bool)>;

#[derive(Properties, PartialEq)]
pub struct CallChartsProps {
    pub id: AttrValue,
}

/// The charts of the call being viewed: its timeline, a chart per stream-metric group and the
/// network/device health of its endpoints. Made once per call, dataset and rule set, while the
/// section is open, a piece a task.
#[component]
pub fn CallCharts(props: &CallChartsProps) -> Html {
    let (state, derived) = use_page();
    let streams = state.dataset.record(&props.id).map_or(0, |r| r.streams().count());
    let open = use_state_eq(|| CallChartSet::starts_open(streams));
    let made = use_state(|| None as Made);
    {
        let (dataset, made) = (state.dataset.clone(), made.clone());
        // Made again when the judgements are (other data, rules or language), under the rules
        // they were made by.
        use_effect_with((props.id.clone(), derived.clone(), *open), move |(id, derived, open)| {
            // The same call's charts stay on show while they are made again (other rules,
            // more data), each replaced as it is made; another call's go at once.
            let kept = made.as_ref().filter(|(of, ..)| of == id && *open).map(|(_, set, _)| (**set).clone());
            if kept.is_none() && made.is_some() {
                made.set(None);
            }
            // False once the call, data, rules or section change (or the view goes): the pieces
            // still to make are not made.
            let live = Rc::new(Cell::new(true));
            if *open {
                let (id, derived, live) = (id.clone(), derived.clone(), live.clone());
                yew::platform::spawn_local(async move {
                    let Some(index) = dataset.record_position(&id) else { return };
                    let (Some(record), Some(judgement)) = (dataset.records.get(index), derived.judgements.get(index))
                    else {
                        return;
                    };
                    let mut set = kept.unwrap_or_default();
                    let mut parts = CallChartSet::parts().peekable();
                    while let Some(part) = parts.next() {
                        set.add(part, record, judgement, derived.rules());
                        let done = parts.peek().is_none();
                        // A grid of charts is shown whole: a chart joining a grid row would
                        // narrow those before it, each drawn again at its new width.
                        let grid_made = parts.peek().is_none_or(|next| discriminant(next) != discriminant(&part));
                        if grid_made {
                            made.set(Some((id.clone(), Rc::new(set.clone()), done)));
                        }
                        if !done {
                            yield_now().await;
                        }
                        if !live.get() {
                            return;
                        }
                    }
                });
            }
            move || live.set(false)
        });
    }
    let done = made.as_ref().is_some_and(|(.., done)| *done);
    if made.as_ref().is_some_and(|(_, set, done)| *done && set.is_empty()) || streams == 0 {
        return html! {};
    }
    let charts = made.as_ref().map(|(_, set, _)| set.clone());
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |e: Event| open.set(e.target_unchecked_into::<HtmlDetailsElement>().open()))
    };
    html! {
        <section class="charts" aria-label={callrecords::t!("charts")} aria-busy={(*open && !done).to_string()} data-testid="call-charts">
            <details open={*open} {ontoggle}>
                <summary><h3>{ callrecords::t!("charts") }</h3><span class="charts-hint">{
                    if *open { callrecords::t!("charts-hint-open") }
                    else { callrecords::t!("charts-hint-closed", count = streams) }
                }</span></summary>
                if let Some(charts) = charts.as_deref() {
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
