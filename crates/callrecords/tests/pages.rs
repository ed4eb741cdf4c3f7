//! What the page's components show, computed natively (`view`): verdict and diagnostic badges,
//! node titles and tree rows, the call page's header, the log tables of every log (one list,
//! `calllogs::Table`), the log totals, the log rows of a call, the header's tabs, the loading
//! lines and the calls table's cells.

use callrecords::calllogs::{
    direct_routing_totals, pstn_totals, Outcome, RowFilter, RowMatches, RowRef, SortDirection, Table,
};
use callrecords::judge::{FindingKind, MediaKind, RuleSet, RuleSetKind, Verdict, RULES};
use callrecords::model::diagnostic::{Diagnostic, DiagnosticKind, Excerpt, Location, Severity};
use callrecords::model::enums::CallType;
use callrecords::model::record::CallRecord;
use callrecords::model::{Counts, Dataset, NodePath};
use callrecords::view::badge::Badge;
use callrecords::view::call::{
    finding_kind_word, heading, heading_duration, load_warnings, sorted_findings, verdict_line,
};
use callrecords::view::detail::media_kind_label;
use callrecords::view::diagnostics::{excerpt_with_caret, place};
use callrecords::view::header::{edited_rules, invalid_limit, limit_text, picked_rules, tabs};
use callrecords::view::loaded::{loaded_line, megabytes, parsing_line, unreadable_name};
use callrecords::view::logs::{
    beta_rows, call_log_rows, direct_routing_stats, log_rows, next_sort, pstn_stats, sip_rows, trunk_label, MatchLink,
};
use callrecords::view::node_text::{media_word, node_title, row_text, RowBadge};
use callrecords::view::overview::{call_rows, judge_all, CallSort, FILTER_MODALITIES};
use callrecords::view::route::Route;
use callrecords::view::tree::{all_parents, is_toggle_key, tab_stop, toggle, visible_rows};
use callrecords::view::window::{window, Viewport};
use callrecords::view::words::{capitalise, plural, sort_marks};
use std::collections::HashSet;

mod common;
use common::{load, load_mix};

const RECORD: &str = "e523d2ed-2966-4b6b-925b-754a88034cc5";

fn legacy() -> CallRecord {
    load("v1.0-get-callrecord-expanded-legacy.json").records.remove(0)
}

// ---------------------------------------------------------------------------------------------
// Words and badges

#[test]
fn words() {
    assert_eq!(plural(1, "stream", "streams"), "1 stream");
    assert_eq!(plural(0, "stream", "streams"), "0 streams");
    assert_eq!(capitalise("group call"), "Group call");
    assert_eq!(capitalise("ärger"), "Ärger");
    assert_eq!(capitalise(""), "");
    assert_eq!(sort_marks(None), (None, ""));
    assert_eq!(sort_marks(Some(false)), (Some("ascending"), "▲"));
    assert_eq!(sort_marks(Some(true)), (Some("descending"), "▼"));
}

#[test]
fn verdict_badges_use_the_judges_words() {
    let all = [Verdict::Good, Verdict::Poor, Verdict::Unclassified];
    let icons: HashSet<&str> = all.iter().map(|v| Badge::verdict(*v).icon).collect();
    assert_eq!(icons.len(), 3);
    for v in all {
        let b = Badge::verdict(v);
        assert_eq!((b.class, b.word), (v.as_str(), v.label()));
    }
    assert_eq!(Badge::verdict(Verdict::Poor).icon, "✖");
    let severities = [Severity::Error, Severity::Warning, Severity::Info];
    let words: Vec<String> = severities.iter().map(|s| Badge::severity(*s).word).collect();
    assert_eq!(words, ["Error", "Warning", "Note"]);
    let classes: Vec<&str> = severities.iter().map(|s| Badge::severity(*s).class).collect();
    assert_eq!(classes, ["error", "warning", "info"]);
}

#[test]
fn diagnostics_say_where_with_a_caret() {
    let mut d = Diagnostic::new(DiagnosticKind::Syntax, "pasted text", "invalid JSON");
    assert_eq!(place(&d), "pasted text");
    d.location = Some(Location { line: 3, column: 16 });
    assert_eq!(place(&d), "pasted text, line 3, column 16");
    assert_eq!(
        excerpt_with_caret(&Excerpt { text: "\"version\": 1,,".into(), caret: 13 }),
        "\"version\": 1,,\n             ^"
    );
}

// ---------------------------------------------------------------------------------------------
// The call page

#[test]
fn node_titles() {
    assert_eq!(node_title(NodePath::Call), "Call");
    assert_eq!(node_title(NodePath::Session(0)), "Session 1");
    assert_eq!(node_title(NodePath::Segment(0, 1)), "Session 1 › segment 2");
    assert_eq!(node_title(NodePath::Media(1, 0, 2)), "Session 2 › segment 1 › media 3");
    assert_eq!(node_title(NodePath::Stream(0, 0, 0, 1)), "Session 1 › segment 1 › media 1 › stream 2");
}

#[test]
fn media_words_are_the_judges_labels_as_headings() {
    for kind in [
        MediaKind::Audio,
        MediaKind::Video,
        MediaKind::VideoBasedScreenSharing,
        MediaKind::ApplicationSharing,
        MediaKind::Data,
        MediaKind::Unknown,
    ] {
        assert_eq!(media_kind_label(kind), capitalise(&kind.label()));
    }
    assert_eq!(media_kind_label(MediaKind::VideoBasedScreenSharing), "Screen sharing");
    assert_eq!(media_kind_label(MediaKind::Unknown), "Media");
}

#[test]
fn tree_rows_say_who_when_and_how_good() {
    let record = legacy();
    let judgement = callrecords::judge::judge_record(&record, &RuleSet::cqd_current());
    let clock = |t: callrecords::model::datetime::UtcInstant| format!("<{}>", t.to_iso());
    let rows = visible_rows(&record, &all_parents(&record));
    assert!(rows.len() >= 5, "{rows:?}");
    for row in &rows {
        let text = row_text(&record, &judgement, row.node, clock);
        assert!(text.meta.as_deref() != Some(""), "{:?}", row.node);
        match row.node {
            NodePath::Call => unreachable!("the call is not a row"),
            NodePath::Session(s) => {
                assert!(text.label.contains(" ↔ "), "{}", text.label);
                assert_eq!(text.badge, RowBadge::Tally(judgement.tally_session(s)));
                let start = record.sessions[s].start.expect("session start").to_iso();
                assert!(text.meta.as_deref().is_some_and(|m| m.contains(&format!("<{start}> ("))), "{:?}", text.meta);
            }
            NodePath::Segment(s, g) => {
                assert_eq!(text.label, format!("Segment {}", g + 1));
                assert_eq!(text.badge, RowBadge::Tally(judgement.tally_segment(s, g)));
            }
            NodePath::Media(s, g, m) => {
                assert_eq!(text.label, "Audio");
                assert_eq!(text.label, media_word(&judgement, s, g, m));
                assert_eq!(text.badge, RowBadge::Tally(judgement.tally_media(s, g, m)));
            }
            NodePath::Stream(..) => {
                assert!(text.label.contains(" → "), "{}", text.label);
                let NodePath::Stream(s, g, m, t) = row.node else { unreachable!() };
                let path = callrecords::model::record::StreamPath { session: s, segment: g, media: m, stream: t };
                let j = judgement.stream(path).expect("judged");
                let why = j.reasons().join("; ");
                assert_eq!(text.badge, RowBadge::Verdict(j.verdict, (!why.is_empty()).then_some(why)));
            }
        }
    }
    // The selected row is the tab stop and always drawn; the first row when nothing is selected.
    let last = rows.last().expect("rows").node;
    assert_eq!(tab_stop(&rows, last), rows.len() - 1);
    assert_eq!(tab_stop(&rows, NodePath::Call), 0);
    // Scrolled far from it in a pane that shows one row, the tab stop is still drawn.
    let one_row = Viewport { scroll_top: 0.0, height: 1.0, list_top: 0.0, covered: 0.0, row_height: 1000.0 };
    let far = window(rows.len() + 100, &Viewport { scroll_top: 1e6, ..one_row }, Some(tab_stop(&rows, last)));
    assert!(far.indices().any(|i| i == rows.len() - 1), "{far:?}");
    // Enter and Space open and close rows with children.
    assert!(is_toggle_key("Enter") && is_toggle_key(" ") && !is_toggle_key("ArrowDown"));
    let session = rows.iter().find(|r| r.node == NodePath::Session(0)).expect("session row");
    assert!(session.expanded);
    assert_eq!(toggle(&rows, NodePath::Session(0)), Some((NodePath::Session(0), false)));
    let leaf = rows.iter().find(|r| !r.has_children).expect("a stream row");
    assert_eq!(toggle(&rows, leaf.node), None);
    assert_eq!(toggle(&rows, NodePath::Session(9)), None);
    let call = row_text(&record, &judgement, NodePath::Call, clock);
    assert_eq!((call.label.as_str(), call.meta, call.badge), ("", None, RowBadge::None));
    // A node the record does not have is an empty row, not a panic.
    assert_eq!(row_text(&record, &judgement, NodePath::Segment(9, 9), clock).label, "");
    assert_eq!(media_word(&judgement, 9, 9, 9), "Media");
}

#[test]
fn the_call_header() {
    let mut record = legacy();
    assert_eq!(heading(&record), capitalise(&record.call_type.as_ref().expect("type").label()));
    record.call_type = Some(CallType::GroupCall);
    assert_eq!(heading(&record), "Group call");
    record.call_type = None;
    assert_eq!(heading(&record), "Call");
    (record.placeholder, record.more_sessions, record.more_participants) = (false, false, false);
    assert!(load_warnings(&record).is_empty());
    record.placeholder = true;
    record.more_sessions = true;
    record.more_participants = true;
    let warnings = load_warnings(&record);
    assert_eq!(warnings.len(), 3);
    assert!(warnings[0].starts_with("Only pages of this call") && warnings[2].contains("participants_v2"));
    record.end = None;
    assert_eq!(heading_duration(&record), "");
    let record = legacy();
    let duration = heading_duration(&record);
    assert!(duration.starts_with(" · ") && duration.len() > 3, "{duration}");
    let tally = callrecords::judge::judge_record(&record, &RuleSet::cqd_current()).tally_call();
    assert_eq!(
        verdict_line(tally, &RuleSet::cqd_current()),
        format!(" {} — judged by CQD, current (2022–)", tally.describe())
    );
    let found = sorted_findings(&record);
    assert!(found.windows(2).all(|w| w[0].severity >= w[1].severity));
    let kinds = [FindingKind::Feedback, FindingKind::Failure, FindingKind::Device, FindingKind::Network];
    let words: Vec<String> = kinds.iter().map(|k| finding_kind_word(*k)).collect();
    assert_eq!(words, ["Feedback", "Failure", "Device", "Network"]);
}

// ---------------------------------------------------------------------------------------------
// The logs: one list of tables

#[test]
fn every_log_is_one_table_with_its_own_names() {
    let d = load_mix();
    let lens = [
        d.pstn_calls.len(),
        d.direct_routing_calls.len(),
        d.sms_log.len(),
        d.blocked_users.len(),
        d.dialout_report.len(),
    ];
    assert!(lens.iter().all(|n| *n > 0), "{lens:?}");
    for (table, len) in Table::ALL.into_iter().zip(lens) {
        let rows = log_rows(table, &d);
        assert_eq!(rows.table(), table);
        assert_eq!(rows.len(), len);
        assert_eq!(rows.links(), matches!(table, Table::Pstn | Table::DirectRouting));
        assert_eq!(rows.row_ref(0).map(RowRef::table), rows.links().then_some(table));
        let (column, direction) = rows.default_sort();
        assert!(rows.columns().iter().any(|c| c.id == column));
        assert_eq!(direction, SortDirection::Descending);
        assert!(!rows.default_columns().is_empty());
        if table == Table::DirectRouting {
            // A table that fits a laptop screen: the SIP answer is among a dozen columns.
            let shown = rows.default_columns();
            assert!(shown.len() <= 12, "{} default columns: {shown:?}", shown.len());
            for id in ["start", "user", "success", "final_sip_code", "sip_phrase", "subcode", "trunk"] {
                assert!(shown.contains(id), "{id} shown by default");
            }
        }
        assert_eq!(rows.select(&RowFilter::default(), column, direction).len(), len);
        // A cell of a column the log does not have is a "missing" cell.
        assert!(rows.cell(0, "no such column").sort.is_missing());
        assert!(!rows.cell(0, rows.columns()[0].id).text.is_empty());
        if table.is_beta() {
            assert_eq!(Route::for_table(table), Route::OtherLogs);
        }
        assert_eq!(table.has_outcomes(), table == Table::DirectRouting);
    }
    assert_eq!(Route::for_table(Table::Pstn), Route::Pstn);
    assert_eq!(Route::for_table(Table::DirectRouting), Route::DirectRouting);
    // The corpus's Direct Routing rows all succeeded: nothing to explain.
    assert!(!log_rows(Table::DirectRouting, &d).any_failure());
    assert_eq!(beta_rows(&d), lens[2] + lens[3] + lens[4]);
    for words in [Table::name, Table::caption, Table::heading] {
        let distinct: HashSet<String> = Table::ALL.into_iter().map(words).collect();
        assert_eq!(distinct.len(), Table::ALL.len());
    }
    assert!(Table::BETA.iter().all(|t| Table::ALL.contains(t) && t.is_beta() && t.heading().ends_with("(beta)")));
    assert_eq!(Table::ALL.iter().filter(|t| !t.is_beta()).count(), 2);
    for i in [0, 7] {
        for table in [Table::Pstn, Table::DirectRouting] {
            let r = RowRef::new(table, i).expect("a linked log");
            assert_eq!((r.table(), r.index()), (table, i));
        }
    }
}

#[test]
fn header_clicks_sort_ascending_then_flip() {
    assert_eq!(next_sort(("start", SortDirection::Descending), "user"), ("user", SortDirection::Ascending));
    assert_eq!(next_sort(("user", SortDirection::Ascending), "user"), ("user", SortDirection::Descending));
    assert_eq!(next_sort(("user", SortDirection::Descending), "user"), ("user", SortDirection::Ascending));
    for o in Outcome::ALL {
        assert_eq!(Outcome::parse(o.as_str()), o);
    }
    assert_eq!(Outcome::parse("junk"), Outcome::Any);
    let labels: Vec<String> = Outcome::ALL.iter().map(|o| o.label()).collect();
    assert_eq!(labels, ["all", "successful", "failed"]);
}

#[test]
fn log_totals_as_figures() {
    let d = load_mix();
    let pstn = pstn_stats(&pstn_totals(d.pstn_calls.iter()));
    let labels: Vec<&str> = pstn.iter().map(|s| s.label.as_str()).collect();
    assert_eq!(labels, ["Calls", "Minutes", "Charges"]);
    assert_eq!(pstn[0].value, d.pstn_calls.len().to_string());
    let t = direct_routing_totals(d.direct_routing_calls.iter());
    let dr = direct_routing_stats(&t);
    let labels: Vec<&str> = dr.iter().map(|s| s.label.as_str()).collect();
    assert_eq!(labels, ["Calls", "Successful", "Failed", "Success rate", "NER", "Setup time (invite → start)"]);
    assert_eq!(dr[3].value, "100 %");
    assert_eq!(dr[3].note.as_deref(), Some(t.success_rate_text.as_str()));
    assert!(dr[5].value.starts_with("median "), "{}", dr[5].value);
    assert!(sip_rows(&t).is_empty());
    let mut failed = t.clone();
    failed.failures_by_sip = vec![callrecords::calllogs::SipGroup {
        code: Some(486),
        explanation: Some(callrecords::calllogs::explain_sip_code(486)),
        phrase: Some("Busy Here".into()),
        calls: 3,
        share: 0.75,
    }];
    let rows = sip_rows(&failed);
    assert_eq!((rows[0].code.as_str(), rows[0].calls.as_str()), ("486 Busy Here", "3 (75 %)"));
    assert!(rows[0].meaning.as_ref().is_some_and(|(headline, next)| headline.contains(": ") && !next.is_empty()));
    let mut trunk = t.by_trunk[0].clone();
    assert_eq!(trunk_label(&trunk), trunk.trunk);
    trunk.trunk.clear();
    assert_eq!(trunk_label(&trunk), "(none)");
}

/// Microsoft's PSTN and Direct Routing examples with a record they both belong to: the Direct
/// Routing row by its correlation id, the PSTN row by its user and times.
fn linked() -> Dataset {
    let record = br#"{"id":"c98e1515-a937-4b81-b8a8-3992afde64e0","type":"peerToPeer","startDateTime":"2019-11-01T00:00:00Z","endDateTime":"2019-11-01T00:05:00Z",
        "participants_v2":[{"id":"db03c14b-06eb-4189-939b-7cbf3a20ba27","identity":{"user":{"id":"db03c14b-06eb-4189-939b-7cbf3a20ba27","displayName":"Richard Malk"}}}]}"#;
    let dr = common::corpus_bytes("v1.0-getdirectroutingcalls.json");
    let pstn = common::corpus_bytes("v1.0-getpstncalls.json");
    callrecords::ingest::ingest([
        ("record.json", record.as_slice()),
        ("dr.json", dr.as_slice()),
        ("pstn.json", pstn.as_slice()),
    ])
}

#[test]
fn a_calls_log_rows_and_a_rows_link() {
    let mut d = linked();
    let links = callrecords::calllogs::link_dataset(&d, &Default::default());
    let rows = call_log_rows(&d, &links, 0);
    let tables: Vec<Table> = rows.iter().map(|r| r.table).collect();
    assert_eq!(tables.len(), 2, "{rows:?}");
    assert!(tables.contains(&Table::Pstn) && tables.contains(&Table::DirectRouting));
    for row in &rows {
        assert_eq!(row.route, Route::for_table(row.table));
        assert_eq!(row.who, "Richard Malk");
        assert!(row.start.is_some() && !row.evidence.is_empty());
        let outcome = if row.table == Table::Pstn { " → " } else { "successful" };
        assert!(row.outcome.contains(outcome), "{}", row.outcome);
    }
    // A failed Direct Routing call says what went wrong, here and in the table.
    d.direct_routing_calls[0].successful_call = Some(false);
    d.direct_routing_calls[0].final_sip_code = Some(486);
    let failed = call_log_rows(&d, &links, 0);
    let dr = failed.iter().find(|r| r.table == Table::DirectRouting).expect("the Direct Routing row");
    let explained = log_rows(Table::DirectRouting, &d).failure_explanation(0).expect("explained");
    assert_eq!(dr.outcome, explained.headline);
    assert!(log_rows(Table::DirectRouting, &d).any_failure());
    assert_eq!(log_rows(Table::Pstn, &d).failure_explanation(0), None);

    let matches = links.for_row(RowRef::DirectRouting(0)).expect("matches");
    let link = MatchLink::of(Some(matches)).expect("a link");
    assert_eq!(link.route, Route::Call { id: "c98e1515-a937-4b81-b8a8-3992afde64e0".into(), node: NodePath::Call });
    assert_eq!(link.short_id, "c98e1515");
    assert_eq!(link.why, " correlation ID");
    assert_eq!(link.sentence, matches.best().expect("best").sentence);
    assert_eq!(MatchLink::of(None), None);
    assert_eq!(MatchLink::of(Some(&RowMatches::default())), None);
}

// ---------------------------------------------------------------------------------------------
// Header, loading and the calls table

#[test]
fn tabs_count_each_page_and_a_call_is_under_the_calls() {
    let d = load_mix();
    let t = tabs(&d);
    let labels: Vec<&str> = t.iter().map(|t| t.label.as_str()).collect();
    assert_eq!(labels, ["Calls", "PSTN", "Direct Routing", "Other logs"]);
    assert_eq!(t[0].count, d.records.len());
    assert_eq!(t[3].count, beta_rows(&d));
    let call = Route::Call { id: RECORD.into(), node: NodePath::Session(0) };
    assert!(t[0].is_active(&call) && t[0].is_active(&Route::Calls) && !t[1].is_active(&call));
    assert!(t[2].is_active(&Route::DirectRouting));
    assert_eq!(tabs(&Dataset::default()).len(), 3);
    assert!(call.same_call(&Route::Call { id: RECORD.into(), node: NodePath::Call }));
    assert!(!call.same_call(&Route::Calls) && !Route::Calls.same_call(&Route::Calls));
    assert_eq!(call.record_id(), Some(RECORD));
}

#[test]
fn loading_lines() {
    let counts = Counts { records: 1, sessions: 1, segments: 1, streams: 2, ..Counts::default() };
    assert_eq!(loaded_line(&counts, None), "Loaded: 1 call record · 1 session · 1 segment · 2 streams");
    let more = Counts { pstn_rows: 2, direct_routing_rows: 1, sms_rows: 1, dialout_report_rows: 1, ..counts };
    assert_eq!(
        loaded_line(&more, Some(3.0)),
        "Loaded: 1 call record · 1 session · 1 segment · 2 streams · 2 PSTN calls · 1 Direct Routing call · 2 other log rows (parsed in 3 ms)"
    );
    assert_eq!(loaded_line(&load_mix().counts(), None).matches(" · ").count(), 6);
    assert_eq!(megabytes(1.0), "1 KB");
    assert_eq!(megabytes(35_100.0), "36 KB");
    assert_eq!(megabytes(1_250_000.0), "1.2 MB");
    assert_eq!(parsing_line(1, 2000), "Parsing 1 source (2 KB)…");
    assert_eq!(parsing_line(2, 2_000_000), "Parsing 2 sources (2.0 MB)…");
    assert_eq!(unreadable_name("a.json", "NotReadableError"), "a.json (could not be read: NotReadableError)");
}

#[test]
fn the_rule_sets_offered_are_the_published_ones_and_limits_are_edited_one_by_one() {
    assert!(!RuleSetKind::PUBLISHED.contains(&RuleSetKind::Custom));
    for kind in RuleSetKind::PUBLISHED {
        assert_eq!(RuleSetKind::parse(kind.cli_name()), Some(kind));
        assert_eq!(picked_rules(kind.cli_name()), Some(RuleSet::for_kind(kind)));
    }
    assert_eq!(picked_rules("custom"), None);
    let current = RuleSet::cqd_current();
    let jitter = RULES.iter().find(|f| f.id == "audio_jitter").expect("the jitter limit");
    let loss = RULES.iter().find(|f| f.id == "audio_loss").expect("the loss limit");
    assert_eq!(limit_text(&current, jitter), "30");
    assert_eq!(limit_text(&current, loss), "10");
    let edited = edited_rules(&current, jitter, "5").expect("a limit");
    assert_eq!(edited.kind, RuleSetKind::Custom);
    assert_eq!(limit_text(&edited, jitter), "5");
    assert_eq!(limit_text(&edited, loss), "10", "the other limits start from the chosen set");
    let off = edited_rules(&edited, jitter, "").expect("empty turns the rule off");
    assert_eq!(limit_text(&off, jitter), "");
    assert_eq!(edited_rules(&current, jitter, "-1"), None);
    assert!(invalid_limit().contains("0 or more"));
}

#[test]
fn calls_table_cells_and_columns() {
    let d = load_mix();
    let rows = call_rows(&d, &judge_all(&d, &RuleSet::cqd_current()));
    let mut row = rows.iter().find(|r| r.id == RECORD).expect("row").clone();
    row.more_sessions = false;
    assert_eq!(row.sessions_text(), row.sessions.to_string());
    row.more_sessions = true;
    assert_eq!(row.sessions_text(), format!("{}+", row.sessions));
    row.sessions_loaded = false;
    assert_eq!(row.sessions_text(), "not loaded");
    assert_ne!(row.duration_text(), "—");
    row.duration_ms = None;
    assert_eq!(row.duration_text(), "—");
    row.participants = 0;
    assert_eq!(row.participants_text(), "—");
    row.problems = 0;
    assert_eq!(row.findings_note(), None);
    row.problems = 1;
    assert_eq!(row.findings_note().as_deref(), Some(" +1 problem"));
    row.problems = 2;
    assert_eq!(row.findings_note().as_deref(), Some(" +2 problems"));
    row.modalities = FILTER_MODALITIES[..2].to_vec();
    assert_eq!(row.modalities_text(), "audio, video");

    let headings: Vec<String> = CallSort::ALL.iter().map(|s| s.heading("UTC+01:00")).collect();
    assert_eq!(
        headings,
        [
            "Start (UTC+01:00)",
            "Duration",
            "Type",
            "Modalities",
            "Organizer",
            "People",
            "Sessions",
            "Quality",
            "Poor streams"
        ]
    );
    let numeric: Vec<CallSort> = CallSort::ALL.into_iter().filter(|s| s.is_numeric()).collect();
    assert_eq!(numeric, [CallSort::Duration, CallSort::Participants, CallSort::Sessions, CallSort::Poor]);
    let distinct: HashSet<&str> = FILTER_MODALITIES.iter().map(|m| m.as_wire()).collect();
    assert_eq!(distinct.len(), FILTER_MODALITIES.len());
}
