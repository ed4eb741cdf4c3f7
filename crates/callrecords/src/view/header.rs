//! The page header: one tab per page with how many rows it has, and which tab the current
//! route is under; the rule set picked from a list, and limits edited one by one.

use crate::calllogs::Table;
use crate::judge::{RuleSet, RuleSetKind, StreamRule};
use crate::model::datetime::trim_number;
use crate::model::Dataset;
use crate::view::logs::{beta_rows, log_rows};
use crate::view::route::Route;

/// One tab of the header.
#[derive(Clone, Debug, PartialEq)]
pub struct Tab {
    pub route: Route,
    /// "Calls", "PSTN", "Direct Routing", "Other logs" (in the current language).
    pub label: String,
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
        Tab { route: Route::Calls, label: crate::t!("tab-calls"), count: dataset.records.len() },
        log(Table::Pstn),
        log(Table::DirectRouting),
    ];
    let others = beta_rows(dataset);
    if others > 0 {
        tabs.push(Tab { route: Route::OtherLogs, label: crate::t!("tab-other-logs"), count: others });
    }
    tabs
}

/// What a limit's input says when the typed text is not a limit.
pub fn invalid_limit() -> String {
    crate::t!("invalid-limit")
}

/// The rule set picked in the list (by [`RuleSetKind::cli_name`]); `None` for anything else.
pub fn picked_rules(value: &str) -> Option<RuleSet> {
    RuleSetKind::parse(value).map(RuleSet::for_kind)
}

/// The rules after typing `typed` into `field`'s input: custom thresholds starting from
/// `rules`; `None` when the text is not a limit ([`invalid_limit`]).
pub fn edited_rules(rules: &RuleSet, field: &StreamRule, typed: &str) -> Option<RuleSet> {
    let mut edited = RuleSet::custom_from(rules);
    field.apply(&mut edited.thresholds, typed).then_some(edited)
}

/// A limit as its input shows it: "30", "0.1"; empty when the rule is off.
pub fn limit_text(rules: &RuleSet, field: &StreamRule) -> String {
    field.shown(&rules.thresholds).map(|v| trim_number(v, 4)).unwrap_or_default()
}
