//! The page header: one tab per page with how many rows it has, and which tab the current
//! route is under; the rule set picked from a list, and limits edited one by one; the settings
//! the URL keeps (rule set, UTC switch).

use crate::calllogs::Table;
use crate::judge::{RuleSet, RuleSetKind, StreamRule, RULES};
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

/// The rule set as the URL keeps it (after the route, `#/calls?rules=classic`), so a reload or a
/// shared link judges by the same rules: empty for CQD current (the default); a published set by
/// name; custom limits as the set they started from and each limit that differs from it
/// (`rules=custom&base=current&audio_jitter=5`; an empty value turns a rule off).
pub fn rules_query(rules: &RuleSet, base: RuleSetKind) -> String {
    match rules.kind {
        RuleSetKind::CqdCurrent => String::new(),
        RuleSetKind::Custom => {
            let from = RuleSet::for_kind(base);
            let mut out = format!("rules=custom&base={}", base.cli_name());
            for field in RULES {
                let (now, was) = (limit_text(rules, field), limit_text(&from, field));
                if now != was {
                    out.push_str(&format!("&{}={now}", field.id));
                }
            }
            out
        }
        kind => format!("rules={}", kind.cli_name()),
    }
}

/// Reads [`rules_query`] back: the rules and the published set they start from; `None` when
/// the query names no rules (or names them wrongly: the page keeps what it has).
pub fn rules_from_query(query: &str) -> Option<(RuleSet, RuleSetKind)> {
    let pairs: Vec<(&str, &str)> = query.split('&').filter_map(|p| p.split_once('=')).collect();
    let value = |key: &str| pairs.iter().find(|(k, _)| *k == key).map(|(_, v)| *v);
    let name = value("rules")?;
    if name != RuleSetKind::Custom.cli_name() {
        let kind = RuleSetKind::parse(name)?;
        return Some((RuleSet::for_kind(kind), kind));
    }
    let base = value("base").and_then(RuleSetKind::parse).unwrap_or(RuleSetKind::CqdCurrent);
    let mut rules = RuleSet::custom_from(&RuleSet::for_kind(base));
    for (key, typed) in &pairs {
        if let Some(field) = RULES.iter().find(|f| f.id == *key) {
            field.apply(&mut rules.thresholds, typed);
        }
    }
    Some((rules, base))
}

/// Everything the URL keeps after the route: the rule set ([`rules_query`]) and, while every
/// time is shown in UTC, `utc=1` (`#/calls?rules=classic&utc=1`), so a reload or a shared link
/// shows the same page.
pub fn settings_query(rules: &RuleSet, base: RuleSetKind, utc: bool) -> String {
    let rules = rules_query(rules, base);
    match (rules.is_empty(), utc) {
        (_, false) => rules,
        (true, true) => "utc=1".to_string(),
        (false, true) => format!("{rules}&utc=1"),
    }
}

/// Whether a [`settings_query`] shows every time in UTC: `None` when the query holds no
/// settings at all (a bare link: the page keeps what it has).
pub fn utc_from_query(query: &str) -> Option<bool> {
    let pairs: Vec<(&str, &str)> = query.split('&').filter_map(|p| p.split_once('=')).collect();
    if pairs.is_empty() {
        return None;
    }
    Some(pairs.iter().any(|(k, v)| *k == "utc" && matches!(*v, "1" | "true")))
}

/// The query part of a fragment (`#/calls?rules=classic` → `rules=classic`), empty without one.
pub fn fragment_query(fragment: &str) -> &str {
    fragment.split_once('?').map_or("", |(_, q)| q)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_round_trip_through_the_url() {
        assert_eq!(rules_query(&RuleSet::cqd_current(), RuleSetKind::CqdCurrent), "");
        assert_eq!(rules_from_query(""), None);
        assert_eq!(rules_from_query("rules=nonsense"), None);
        for kind in RuleSetKind::PUBLISHED {
            let q = rules_query(&RuleSet::for_kind(kind), kind);
            let expected = (RuleSet::for_kind(kind), kind);
            if kind == RuleSetKind::CqdCurrent {
                assert_eq!(q, "");
            } else {
                assert_eq!(rules_from_query(&q), Some(expected), "{q}");
            }
        }
        // Custom limits from classic: jitter 5 ms, round trip turned off.
        let jitter = RULES.iter().find(|f| f.id == "audio_jitter").expect("jitter rule");
        let edited = edited_rules(&RuleSet::cqd_classic(), jitter, "5").expect("a limit");
        let rtt = RULES.iter().find(|f| f.id == "audio_rtt").expect("round-trip rule");
        let edited = edited_rules(&edited, rtt, "").expect("off");
        let q = rules_query(&edited, RuleSetKind::CqdClassic);
        assert_eq!(q, "rules=custom&base=classic&audio_rtt=&audio_jitter=5");
        assert_eq!(rules_from_query(&q), Some((edited, RuleSetKind::CqdClassic)));
        assert_eq!(fragment_query(&format!("#/call/abc/session/0?{q}")), q);
        assert_eq!(fragment_query("#/calls"), "");
    }

    #[test]
    fn the_utc_switch_is_kept_in_the_url() {
        let classic = RuleSet::cqd_classic();
        assert_eq!(settings_query(&RuleSet::cqd_current(), RuleSetKind::CqdCurrent, false), "");
        assert_eq!(settings_query(&RuleSet::cqd_current(), RuleSetKind::CqdCurrent, true), "utc=1");
        let q = settings_query(&classic, RuleSetKind::CqdClassic, true);
        assert_eq!(q, "rules=classic&utc=1");
        assert_eq!(utc_from_query(&q), Some(true));
        assert_eq!(rules_from_query(&q), Some((classic.clone(), RuleSetKind::CqdClassic)), "the rules read past it");
        assert_eq!(utc_from_query("rules=classic"), Some(false), "settings without it: local time");
        assert_eq!(utc_from_query("utc=1"), Some(true));
        assert_eq!(utc_from_query(""), None, "a bare link keeps what the page shows");
        assert_eq!(rules_from_query("utc=1"), None);
    }
}
