//! The Direct Routing page: success rate, failures by SIP code and trunk, setup times, calls
//! per day and the table of rows.

use crate::app::components::charts::CanvasChart;
use crate::app::components::log_figures::stat;
use crate::app::components::{EmptyState, LogTableView};
use crate::app::hooks::use_page;
use callrecords::calllogs::{calls_per_day, direct_routing_totals, Table};
use callrecords::chart::{AnyChart, DailyChart, SipFailuresChart};
use callrecords::t;
use callrecords::view::logs::{direct_routing_stats, sip_rows, trunk_label};
use callrecords::view::route::Route;
use std::rc::Rc;
use yew::prelude::*;

/// The Direct Routing page: success rate, failures by SIP code and trunk, setup times, table.
#[component]
pub fn DirectRoutingView() -> Html {
    let (state, _) = use_page();
    // Calls per day (UTC) and failures by SIP code, computed once per loaded dataset.
    let charts = use_memo(state.generation, {
        let dataset = state.dataset.clone();
        move |_| {
            let rows = &dataset.direct_routing_calls;
            let daily = Rc::new(DailyChart::direct_routing(calls_per_day(rows.iter(), 0)));
            let sip = Rc::new(SipFailuresChart::new(&direct_routing_totals(rows.iter()).failures_by_sip));
            (daily, sip)
        }
    });
    let rows = &state.dataset.direct_routing_calls;
    if rows.is_empty() {
        return html! { <EmptyState view={Route::DirectRouting} /> };
    }
    let t = direct_routing_totals(rows.iter());
    html! {
        <section class="logs" data-testid="dr-view">
            <h2 tabindex="-1" data-view-heading="">{ Table::DirectRouting.heading() }</h2>
            <div class="stats" data-testid="dr-totals">
                { for direct_routing_stats(&t).into_iter().map(stat) }
            </div>
            <div class="chart-grid log-charts" data-testid="dr-charts">
                <CanvasChart data={AnyChart::Daily(charts.0.clone())} />
                if !charts.1.is_empty() {
                    <CanvasChart data={AnyChart::SipFailures(charts.1.clone())} />
                }
            </div>
            <div class="groups">
                if !t.failures_by_sip.is_empty() {
                    <div class="group-table sip-groups" data-testid="failures-by-sip">
                        <h3>{ t!("dr-failures-by-sip") }</h3>
                        <table>
                            <thead><tr><th scope="col">{ t!("dr-code") }</th><th scope="col" class="num">{ t!("group-calls") }</th><th scope="col">{ t!("dr-meaning") }</th></tr></thead>
                            <tbody>
                                { for sip_rows(&t).into_iter().map(|g| html! {
                                    <tr>
                                        <th scope="row">{ g.code }</th>
                                        <td class="num">{ g.calls }</td>
                                        <td>{ g.meaning.map(|(headline, next)| html! { <><span class="headline">{ headline }</span><span class="next-step">{ next }</span></> }).unwrap_or_default() }</td>
                                    </tr>
                                }) }
                            </tbody>
                        </table>
                    </div>
                }
                if !t.by_trunk.is_empty() {
                    <div class="group-table" data-testid="by-trunk">
                        <h3>{ t!("dr-by-trunk") }</h3>
                        <table>
                            <thead><tr><th scope="col">{ t!("dr-trunk") }</th><th scope="col" class="num">{ t!("group-calls") }</th><th scope="col" class="num">{ t!("dr-failed") }</th><th scope="col">{ t!("dr-success-rate") }</th></tr></thead>
                            <tbody>
                                { for t.by_trunk.iter().map(|g| html! {
                                    <tr><th scope="row">{ trunk_label(g).to_string() }</th><td class="num">{ g.calls }</td><td class="num">{ g.failed }</td><td>{ g.success_rate_text.clone() }</td></tr>
                                }) }
                            </tbody>
                        </table>
                    </div>
                }
            </div>
            <LogTableView table={Table::DirectRouting} />
        </section>
    }
}
