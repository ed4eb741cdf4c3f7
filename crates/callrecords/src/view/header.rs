//! The page header's views: one tab per page with how many rows it has, and which tab the
//! current route is under.

use crate::calllogs::Table;
use crate::model::Dataset;
use crate::view::logs::{beta_rows, log_rows};
use crate::view::route::Route;

/// One tab of the header.
#[derive(Clone, Debug, PartialEq)]
pub struct Tab {
    pub route: Route,
    /// "Calls", "PSTN", "Direct Routing", "Other logs".
    pub label: &'static str,
    /// Records or rows loaded for it.
    pub count: usize,
}

impl Tab {
    /// The tab is the current page (a call counts as the calls).
    pub fn is_active(&self, current: &Route) -> bool {
        current.tab() == self.route
    }
}

/// The tabs: the calls, the PSTN and Direct Routing logs, and the beta logs when any of
/// their rows are loaded.
pub fn tabs(dataset: &Dataset) -> Vec<Tab> {
    let log = |table: Table| Tab {
        route: Route::for_table(table),
        label: table.name(),
        count: log_rows(table, dataset).len(),
    };
    let mut tabs = vec![
        Tab { route: Route::Calls, label: "Calls", count: dataset.records.len() },
        log(Table::Pstn),
        log(Table::DirectRouting),
    ];
    let others = beta_rows(dataset);
    if others > 0 {
        tabs.push(Tab { route: Route::OtherLogs, label: "Other logs", count: others });
    }
    tabs
}
