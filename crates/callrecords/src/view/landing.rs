//! Where the data is: the view a load lands on (the one that shows what was just loaded), and
//! what an empty view says: what it is missing, how to get it, and what IS loaded and where.

use crate::model::Dataset;
use crate::view::header::tabs;
use crate::view::loaded::amount;
use crate::view::route::Route;

/// The views that show loaded data, in the header's order: the first one a load fills wins.
pub const VIEWS: [Route; 4] = [Route::Calls, Route::Pstn, Route::DirectRouting, Route::OtherLogs];

/// Records or rows loaded for a view: its tab's count (a call counts as the calls).
pub fn loaded_for(dataset: &Dataset, view: &Route) -> usize {
    let view = view.tab();
    tabs(dataset).into_iter().find(|t| t.route == view).map_or(0, |t| t.count)
}

/// Where the page goes after a load took the data from `before` to `after` while the user was
/// at `current`. A call stays (its link may have been waiting for this record, or the rows just
/// loaded belong to it); a view that got more stays; otherwise the first view that got more, in
/// [`VIEWS`] order (call records before PSTN, Direct Routing and the beta logs); when nothing
/// new arrived (a file that could not be read), nothing moves.
pub fn after_load(before: &Dataset, after: &Dataset, current: &Route) -> Route {
    if matches!(current, Route::Call { .. }) {
        return current.clone();
    }
    let gained = |view: &Route| loaded_for(after, view) > loaded_for(before, view);
    if gained(current) {
        return current.clone();
    }
    VIEWS.iter().find(|v| gained(v)).cloned().unwrap_or_else(|| current.clone())
}

/// A run of an empty page's "Loaded: …" sentence: text, or a link to the view that has it.
#[derive(Clone, Debug, PartialEq)]
pub enum Run {
    Text(String),
    Link(Route, String),
}

/// "Loaded: 8 PSTN calls (PSTN tab), 10 Direct Routing calls (Direct Routing tab).", with
/// each amount a link to its view; empty when nothing is loaded anywhere.
pub fn loaded_elsewhere(dataset: &Dataset) -> Vec<Run> {
    let views: Vec<_> = tabs(dataset).into_iter().filter(|t| t.count > 0).collect();
    let mut runs = Vec::new();
    for (i, tab) in views.iter().enumerate() {
        runs.push(Run::Text(if i == 0 {
            format!("{} ", crate::t!("loaded-elsewhere"))
        } else {
            crate::t!("list-separator")
        }));
        runs.push(Run::Link(tab.route.clone(), amount(&tab.route, tab.count)));
        runs.push(Run::Text(format!(" {}", crate::t!("loaded-elsewhere-tab", tab = tab.label.clone()))));
    }
    if !runs.is_empty() {
        runs.push(Run::Text(crate::t!("sentence-end")));
    }
    runs
}

/// What an empty view says: what it has not got, and what to load for it.
#[derive(Clone, Debug, PartialEq)]
pub struct EmptyView {
    pub headline: String,
    pub hint: String,
}

/// The empty state of `view` (a call: one that is not loaded).
pub fn empty_view(view: &Route) -> EmptyView {
    let (headline, hint) = match view {
        Route::Calls => (
            crate::t!("empty-calls"),
            crate::t!(
                "empty-calls-hint",
                request = "GET /communications/callRecords/{id}?$expand=sessions($expand=segments)"
            ),
        ),
        Route::Pstn => (
            crate::t!("empty-pstn"),
            crate::t!(
                "empty-pstn-hint",
                request = "GET /communications/callRecords/getPstnCalls(fromDateTime=…,toDateTime=…)"
            ),
        ),
        Route::DirectRouting => (
            crate::t!("empty-direct-routing"),
            crate::t!(
                "empty-direct-routing-hint",
                request = "GET /communications/callRecords/getDirectRoutingCalls(fromDateTime=…,toDateTime=…)"
            ),
        ),
        Route::OtherLogs => (crate::t!("empty-other-logs"), crate::t!("empty-other-logs-hint")),
        Route::Call { id, .. } => (crate::t!("empty-call", id = id), crate::t!("empty-call-hint")),
    };
    EmptyView { headline, hint }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::NodePath;

    const RECORD: &str = r#"{"id":"a","version":1,"type":"groupCall"}"#;
    const PSTN: &str = r#"{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#Collection(microsoft.graph.callRecords.pstnCallLogRow)",
        "value":[{"id":"p1","callId":"c1","startDateTime":"2026-03-01T08:00:00Z"},{"id":"p2","callId":"c2","startDateTime":"2026-03-01T09:00:00Z"}]}"#;
    const DIRECT_ROUTING: &str = r#"{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#Collection(microsoft.graph.callRecords.directRoutingLogRow)",
        "value":[{"id":"d1","correlationId":"x","inviteDateTime":"2026-03-01T08:00:00Z"}]}"#;
    const SMS: &str = r#"{"@odata.context":"https://graph.microsoft.com/beta/$metadata#Collection(microsoft.graph.callRecords.smsLogRow)",
        "value":[{"id":"s1","sentDateTime":"2026-03-01T08:00:00Z"}]}"#;

    fn with(dataset: &Dataset, text: &str) -> Dataset {
        let mut next = dataset.clone();
        next.load("test.json", text.as_bytes());
        next
    }

    fn landing(before: &Dataset, text: &str, current: Route) -> Route {
        after_load(before, &with(before, text), &current)
    }

    #[test]
    fn a_load_lands_where_its_data_is() {
        let empty = Dataset::default();
        assert_eq!(landing(&empty, RECORD, Route::Calls), Route::Calls);
        assert_eq!(landing(&empty, PSTN, Route::Calls), Route::Pstn);
        assert_eq!(landing(&empty, DIRECT_ROUTING, Route::Calls), Route::DirectRouting);
        assert_eq!(landing(&empty, SMS, Route::Calls), Route::OtherLogs);
        // From another empty view, records go to the calls.
        assert_eq!(landing(&empty, RECORD, Route::DirectRouting), Route::Calls);
        // Nothing read: nothing moves.
        assert_eq!(landing(&empty, "{not json", Route::Pstn), Route::Pstn);
        assert_eq!(landing(&empty, "{not json", Route::Calls), Route::Calls);
    }

    #[test]
    fn several_kinds_at_once_go_to_the_first_unless_the_view_shown_got_some() {
        let empty = Dataset::default();
        let mix = format!("[{PSTN},{DIRECT_ROUTING}]");
        assert_eq!(landing(&empty, &mix, Route::Calls), Route::Pstn);
        assert_eq!(landing(&empty, &mix, Route::DirectRouting), Route::DirectRouting);
        let all = format!("[{RECORD},{PSTN},{DIRECT_ROUTING}]");
        assert_eq!(landing(&empty, &all, Route::OtherLogs), Route::Calls);
        assert_eq!(landing(&empty, &all, Route::Pstn), Route::Pstn);
        // More PSTN rows while looking at the calls: to the PSTN view.
        let records = with(&empty, RECORD);
        assert_eq!(landing(&records, PSTN, Route::Calls), Route::Pstn);
        // The same rows again add nothing: stay.
        let pstn = with(&empty, PSTN);
        assert_eq!(landing(&pstn, PSTN, Route::Calls), Route::Calls);
    }

    #[test]
    fn a_call_stays_open() {
        let call = Route::Call { id: "a".into(), node: NodePath::Session(0) };
        assert_eq!(landing(&Dataset::default(), RECORD, call.clone()), call);
        assert_eq!(landing(&Dataset::default(), PSTN, call.clone()), call);
    }

    #[test]
    fn an_empty_view_says_what_is_loaded_and_where() {
        assert!(loaded_elsewhere(&Dataset::default()).is_empty());
        let d = with(&with(&Dataset::default(), PSTN), DIRECT_ROUTING);
        let runs = loaded_elsewhere(&d);
        assert_eq!(
            runs,
            [
                Run::Text("Loaded: ".into()),
                Run::Link(Route::Pstn, "2 PSTN calls".into()),
                Run::Text(" (PSTN tab)".into()),
                Run::Text(", ".into()),
                Run::Link(Route::DirectRouting, "1 Direct Routing call".into()),
                Run::Text(" (Direct Routing tab)".into()),
                Run::Text(".".into()),
            ]
        );
        let text: String = runs
            .iter()
            .map(|r| match r {
                Run::Text(t) | Run::Link(_, t) => t.as_str(),
            })
            .collect();
        assert_eq!(text, "Loaded: 2 PSTN calls (PSTN tab), 1 Direct Routing call (Direct Routing tab).");
        let d = with(&with(&Dataset::default(), RECORD), SMS);
        let links: Vec<_> = loaded_elsewhere(&d)
            .into_iter()
            .filter_map(|r| match r {
                Run::Link(route, text) => Some((route, text)),
                Run::Text(_) => None,
            })
            .collect();
        assert_eq!(
            links,
            [(Route::Calls, "1 call record".to_string()), (Route::OtherLogs, "1 other log row".to_string())]
        );
        assert_eq!(loaded_for(&d, &Route::Call { id: "a".into(), node: NodePath::Call }), 1);
    }

    #[test]
    fn every_view_has_an_empty_state() {
        for view in VIEWS {
            let empty = empty_view(&view);
            assert!(empty.headline.starts_with("No ") && empty.headline.ends_with('.'), "{empty:?}");
            assert!(!empty.hint.is_empty());
        }
        let missing = empty_view(&Route::Call { id: "abc".into(), node: NodePath::Call });
        assert_eq!(missing.headline, "Call record abc is not loaded in this tab.");
    }
}
