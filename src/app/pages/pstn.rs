//! The PSTN calls page: totals, groups, calls per day and the table of rows.

use crate::app::components::charts::CanvasChart;
use crate::app::components::log_figures::{groups_table, stat};
use crate::app::components::{EmptyState, LogTableView};
use crate::app::hooks::use_page;
use callrecords::calllogs::{calls_per_day, pstn_totals, Table};
use callrecords::chart::{AnyChart, DailyChart};
use callrecords::view::logs::pstn_stats;
use callrecords::view::route::Route;
use std::rc::Rc;
use yew::prelude::*;

/// The PSTN calls page: totals, groups and the table.
#[component]
pub fn PstnView() -> Html {
    let (state, _) = use_page();
    // Calls per day in UTC, as the table shows times; computed once per loaded dataset.
    let daily = use_memo(state.generation, {
        let dataset = state.dataset.clone();
        move |_| Rc::new(DailyChart::pstn(calls_per_day(dataset.pstn_calls.iter(), 0)))
    });
    let rows = &state.dataset.pstn_calls;
    if rows.is_empty() {
        return html! { <EmptyState view={Route::Pstn} /> };
    }
    let t = pstn_totals(rows.iter());
    html! {
        <section class="logs" data-testid="pstn-view">
            <h2 tabindex="-1" data-view-heading="">{ Table::Pstn.heading() }</h2>
            <div class="stats" data-testid="pstn-totals">
                { for pstn_stats(&t).into_iter().map(stat) }
            </div>
            <div class="groups">
                { groups_table(&callrecords::t!("group-by-user"), &callrecords::t!("colhead-user"), &t.by_user, 10) }
                { groups_table(&callrecords::t!("group-by-destination"), &callrecords::t!("colhead-destination"), &t.by_destination, 10) }
                { groups_table(&callrecords::t!("group-by-call-type"), &callrecords::t!("colhead-call-type"), &t.by_call_type, 10) }
            </div>
            <div class="chart-grid log-charts" data-testid="pstn-charts">
                <CanvasChart data={AnyChart::Daily((*daily).clone())} />
            </div>
            <LogTableView table={Table::Pstn} />
        </section>
    }
}
