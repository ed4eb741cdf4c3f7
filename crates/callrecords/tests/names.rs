//! Names from every identity a record holds (issue #15): an auto attendant's or call queue's
//! session often names its resource account only by id (`user` / `applicationInstance` with
//! `displayName: null`, an `associatedIdentity` with only an id), while `participants_v2` or
//! the deprecated `participants` carry its display name. Everything that names an endpoint of
//! the record (tree, detail, overview, findings, charts, summaries) names it by that name.
//!
//! The fixture (tests/fixtures/names/auto-attendant-call-queue.json) follows the shapes of
//! callrecords-schema.md §2.7–2.9: a PSTN caller reaches the "Contoso Main Line" auto attendant
//! (named only in `participants_v2`, its session's `user` written in upper case), is put in the
//! "Contoso Support Queue" (named only in the deprecated `participants`, as an
//! `applicationInstance`), and is answered by Kenji Holloway (named only in `participants_v2`;
//! his endpoints carry an `associatedIdentity` id without a name). A second auto attendant is
//! named nowhere: it is shown by its role and id.

use callrecords::chart::{endpoint_health, stream_metric_charts, timeline};
use callrecords::ingest::ingest;
use callrecords::judge::{findings, FindingLimits, RuleSet};
use callrecords::model::record::CallRecord;
use callrecords::model::{Dataset, NodePath};
use callrecords::summary::{record_summary, summarize_call};
use callrecords::view::detail::{describe, Value};
use callrecords::view::node_text::row_text;
use callrecords::view::overview::{call_rows, judge_all, select, CallFilter, CallSort};

const AA: &str = "Contoso Main Line";
const CQ: &str = "Contoso Support Queue";
const AGENT: &str = "Kenji Holloway";

fn dataset() -> Dataset {
    let bytes = include_bytes!("fixtures/names/auto-attendant-call-queue.json");
    let d = ingest([("auto-attendant-call-queue.json", bytes.as_slice())]);
    assert!(d.diagnostics.is_empty(), "{:?}", d.diagnostics);
    assert_eq!(d.records.len(), 1);
    d
}

fn no_id_names(text: &str) {
    for raw in ["User ca69ff3e", "Resource account 7d41e2b0", "User 5a0e2f7c", "(unnamed)"] {
        assert!(!text.contains(raw), "{raw:?} in {text:?}");
    }
}

#[test]
fn the_lookup_knows_every_named_id_of_the_record() {
    let d = dataset();
    let names = d.records[0].names();
    assert_eq!(names.get("ca69ff3e-1b2c-4d5e-8f90-a1b2c3d4e5f6"), Some(AA));
    assert_eq!(names.get("CA69FF3E-1B2C-4D5E-8F90-A1B2C3D4E5F6"), Some(AA), "ids compare without case");
    assert_eq!(names.get("7d41e2b0-3c55-4f1a-8e3b-0a9c2f1d6e44"), Some(CQ), "from the deprecated participants");
    assert_eq!(names.get("5a0e2f7c-9d1b-4e3a-b6c8-2f4d6e8a0b1c"), Some(AGENT));
    assert_eq!(names.get("e91b7a3c-6d2f-4a80-9c15-3b7e2d4f6a80"), None, "named nowhere");
    assert_eq!(names.get("+14255550177"), None, "a phone without a name");
}

#[test]
fn tree_rows_name_the_resource_accounts_and_the_agent() {
    let d = dataset();
    let record = &d.records[0];
    let judgement = &judge_all(&d, &RuleSet::default())[0];
    let label = |node| row_text(record, judgement, node, |t| t.0.to_string()).label;
    assert_eq!(label(NodePath::Session(0)), format!("+14255550177 ↔ {AA}"));
    assert_eq!(label(NodePath::Session(1)), format!("+14255550177 ↔ {CQ}"));
    assert_eq!(
        label(NodePath::Session(2)),
        format!("Auto attendant e91b7a3c ↔ {CQ}"),
        "role and id when named nowhere"
    );
    assert_eq!(label(NodePath::Session(3)), format!("+14255550177 ↔ {AGENT}"));
    assert_eq!(label(NodePath::Stream(0, 0, 0, 1)), format!("{AA} → +14255550177"));
    assert_eq!(label(NodePath::Stream(3, 0, 0, 0)), format!("+14255550177 → {AGENT}"));
    assert!(judgement.streams.iter().any(|j| j.direction == format!("{AA} → +14255550177")));
}

#[test]
fn the_detail_panel_names_them_too() {
    let d = dataset();
    let record = &d.records[0];
    let rules = RuleSet::default();
    let judgement = &judge_all(&d, &rules)[0];
    let text = |node| {
        describe(record, node, judgement, &rules)
            .iter()
            .flat_map(|s| {
                let mut parts = vec![s.title.clone()];
                parts.extend(s.fields.iter().filter_map(|f| match &f.value {
                    Value::Text(t) | Value::Poor { text: t, .. } => Some(format!("{}: {t}", f.label)),
                    _ => None,
                }));
                parts.extend(s.table.iter().flat_map(|t| t.columns.clone()));
                parts
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    let session = text(NodePath::Session(0));
    assert!(session.contains(&format!("Name: {AA}")), "{session}");
    // The identity as sent stays beside it: nothing is hidden.
    assert!(session.contains("ca69ff3e-1b2c-4d5e-8f90-a1b2c3d4e5f6"), "{session}");
    no_id_names(&session);
    let media = text(NodePath::Media(3, 0, 0));
    assert!(media.contains(&format!("{AGENT} (callee)")), "{media}");
    let stream = text(NodePath::Stream(0, 0, 0, 1));
    assert!(stream.contains(&format!("{AA} → +14255550177")), "{stream}");
    let call = text(NodePath::Call);
    assert!(call.contains(&format!("+14255550177, {AA}, {AGENT}")), "{call}");
}

#[test]
fn overview_findings_charts_and_summaries_use_the_names() {
    let d = dataset();
    let record: &CallRecord = &d.records[0];
    let rules = RuleSet::default();
    let judgements = judge_all(&d, &rules);
    let judgement = &judgements[0];
    // The overview finds the call by the resource account's name, though no endpoint carries it.
    let rows = call_rows(&d, &judgements);
    let filter = |text: &str| CallFilter { text: text.into(), ..CallFilter::default() };
    assert_eq!(select(&rows, &filter("\"contoso main line\""), CallSort::Start, false), vec![0]);
    assert_eq!(select(&rows, &filter("\"support queue\""), CallSort::Start, false), vec![0]);
    // Findings (Kenji's weak Wi-Fi band and mic glitches) are his.
    let found = findings(record);
    assert!(!found.is_empty());
    assert!(found.iter().filter(|f| f.session == Some(3)).all(|f| f.who == AGENT), "{found:?}");
    // Charts: bars, timeline rows, endpoint health.
    let bars: Vec<String> = stream_metric_charts(record, judgement, &rules)
        .iter()
        .flat_map(|c| c.bars.iter().map(|b| format!("{} | {} | {}", b.sender, b.receiver, b.label)))
        .collect();
    assert!(bars.iter().any(|b| b.starts_with(&format!("{AA} | +14255550177 | {AA} → +14255550177"))), "{bars:?}");
    bars.iter().for_each(|b| no_id_names(b));
    let rows: Vec<String> = timeline(record, judgement).rows.iter().map(|r| r.label.clone()).collect();
    assert!(rows.contains(&format!("+14255550177 ↔ {CQ}")), "{rows:?}");
    rows.iter().for_each(|r| no_id_names(r));
    let health = endpoint_health(record, &FindingLimits::default());
    assert!(health.endpoints.iter().any(|e| e.who.starts_with(AGENT)), "{:?}", health.endpoints);
    // Summaries: the sentence and the JSON.
    let sentence = summarize_call(record, judgement, &found);
    assert!(sentence.contains(AGENT), "{sentence}");
    no_id_names(&sentence);
    let json = serde_json::to_string(&record_summary(record)).unwrap();
    assert!(json.contains(&format!("\"callee\":\"{AA}\"")), "{json}");
    no_id_names(&json);
}
