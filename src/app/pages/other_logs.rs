//! The beta logs on one page: SMS, blocked users and the dial-out report, as plain tables.

use crate::app::components::{EmptyState, LogTableView};
use crate::app::hooks::use_page;
use callrecords::calllogs::Table;
use callrecords::view::logs::{beta_rows, log_rows};
use callrecords::view::route::Route;
use yew::prelude::*;

/// The beta logs: SMS, blocked users and the dial-out report, as plain tables.
#[component]
pub fn OtherLogsView() -> Html {
    let (state, _) = use_page();
    let d = &state.dataset;
    if beta_rows(d) == 0 {
        return html! { <EmptyState view={Route::OtherLogs} /> };
    }
    // One slot per beta log, empty when the log has no rows.
    let log = |table: Table| {
        html! {
            if !log_rows(table, d).is_empty() { <h2 tabindex="-1" data-view-heading="">{ table.heading() }</h2><LogTableView {table} /> }
        }
    };
    html! {
        <section class="logs" data-testid="other-logs">
            { for Table::BETA.into_iter().map(log) }
        </section>
    }
}
