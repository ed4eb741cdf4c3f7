//! The viewer's pure core: overview rows, filters and sorting, and the detail panel's content,
//! checked against the corpus and hand-made records.

use callrecords::ingest::ingest;
use callrecords::judge::{RuleSet, Verdict};
use callrecords::model::enums::Modality;
use callrecords::model::Dataset;
use callrecords::model::NodePath;
use callrecords::view::detail::{describe, Value};
use callrecords::view::overview::{call_row, call_rows, judge_all, select, CallFilter, CallRow, CallSort};
use callrecords::view::person::{find, people};

mod common;
use common::corpus_bytes as corpus;

fn record_json(id: &str, start: &str, kind: &str, organizer: &str, loss: f64) -> String {
    format!(
        r##"{{"id":"{id}","version":1,"type":"{kind}","modalities":["audio"],"startDateTime":"{start}","endDateTime":"2026-03-0{d}T10:30:00Z",
        "organizer_v2":{{"id":"o","identity":{{"user":{{"id":"u-{organizer}","displayName":"{organizer}"}}}}}},
        "sessions":[{{"id":"s","caller":{{"@odata.type":"#microsoft.graph.callRecords.participantEndpoint","identity":{{"user":{{"displayName":"{organizer}"}}}}}},
          "callee":{{"@odata.type":"#microsoft.graph.callRecords.serviceEndpoint","userAgent":{{"@odata.type":"#microsoft.graph.callRecords.serviceUserAgent","role":"skypeForBusinessAudioVideoMcu"}}}},
          "segments":[{{"caller":{{"@odata.type":"#microsoft.graph.callRecords.participantEndpoint","identity":{{"phone":{{"id":"+14255550100"}}}}}},
            "callee":{{"@odata.type":"#microsoft.graph.callRecords.serviceEndpoint","userAgent":{{"role":"skypeForBusinessAudioVideoMcu"}}}},
            "media":[{{"label":"main-audio","callerNetwork":{{"ipAddress":"10.1.2.3","connectionType":"wifi","wifiBand":"frequency24GHz"}},
              "streams":[{{"streamId":"1","streamDirection":"calleeToCaller","averagePacketLossRate":{loss},"averageJitter":"PT0.01S","averageRoundTripTime":"PT0.05S","packetUtilization":4000}}]}}]}}]}}]}}"##,
        d = &start[9..10]
    )
}

fn dataset() -> Dataset {
    let a = record_json("a", "2026-03-01T10:00:00Z", "groupCall", "Abbie Wilkins", 0.01);
    let b = record_json("b", "2026-03-02T09:00:00Z", "peerToPeer", "Owen Franklin", 0.2);
    let c = record_json("c", "2026-03-03T08:00:00Z", "groupCall", "Zoe Quinn", 0.0);
    ingest([("a.json", a.as_bytes()), ("b.json", b.as_bytes()), ("c.json", c.as_bytes())])
}

#[test]
fn rows_sort_and_filter() {
    let d = dataset();
    assert!(d.diagnostics.is_empty(), "{:?}", d.diagnostics);
    let judgements = judge_all(&d, &RuleSet::cqd_current());
    let rows = call_rows(&d, &judgements);
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[1].tally.poor, 1);
    assert_eq!(rows[1].tally.verdict(), Verdict::Poor);
    assert_eq!(rows[0].organizer, "Abbie Wilkins");
    let ids = |picked: Vec<usize>| picked.into_iter().map(|i| rows[i].id.clone()).collect::<Vec<_>>();
    let all = CallFilter::default();
    assert_eq!(ids(select(&rows, &all, CallSort::Start, true)), ["c", "b", "a"]);
    assert_eq!(ids(select(&rows, &all, CallSort::Start, false)), ["a", "b", "c"]);
    assert_eq!(ids(select(&rows, &all, CallSort::Organizer, false)), ["a", "b", "c"]);
    assert_eq!(ids(select(&rows, &all, CallSort::Poor, true))[0], "b");
    assert_eq!(ids(select(&rows, &all, CallSort::Verdict, true))[0], "b");
    assert_eq!(ids(select(&rows, &all, CallSort::Type, false)), ["a", "c", "b"]);
    let problems = CallFilter { problems_only: true, ..all.clone() };
    assert!(ids(select(&rows, &problems, CallSort::Start, true)).contains(&"b".to_string()));
    // Words are matched in names, numbers, ip addresses, ids; all must appear.
    for (text, expected) in [
        ("owen", vec!["b"]),
        ("ZOE quinn", vec!["c"]),
        ("+14255550100", vec!["c", "b", "a"]),
        ("10.1.2", vec!["c", "b", "a"]),
        ("abbie owen", vec![]),
    ] {
        let f = CallFilter { text: text.into(), ..all.clone() };
        assert_eq!(ids(select(&rows, &f, CallSort::Start, true)), expected, "{text}");
    }
    let video = CallFilter { modality: Some(Modality::Video), ..all.clone() };
    assert!(select(&rows, &video, CallSort::Start, true).is_empty());
    let from = callrecords::model::datetime::parse_datetime("2026-03-02T00:00:00Z").unwrap();
    let to = callrecords::model::datetime::parse_datetime("2026-03-03T00:00:00Z").unwrap();
    let day = CallFilter { from, to, ..all };
    assert_eq!(ids(select(&rows, &day, CallSort::Start, true)), ["b"]);
}

#[test]
fn detail_of_the_legacy_example() {
    let d = ingest([("legacy.json", corpus("v1.0-get-callrecord-expanded-legacy.json").as_slice())]);
    let record = &d.records[0];
    for rules in [RuleSet::cqd_current(), RuleSet::cqd_classic()] {
        let judgement = callrecords::judge::judge_record(record, &rules);
        // The poor stream under classic rules: degradation is marked, with why.
        let path = record.streams().find(|s| s.stream.stream_id.as_deref() == Some("1785122252")).unwrap().path;
        let sections =
            describe(record, NodePath::Stream(path.session, path.segment, path.media, path.stream), &judgement, &rules);
        let stream = &sections[0];
        let direction = stream.fields.iter().find(|f| f.label == "Direction").unwrap();
        assert_eq!(direction.value, Value::Text("Owen Franklin → Abbie Wilkins".into()));
        let metrics = sections[1].table.as_ref().unwrap();
        let degradation = &metrics.rows.iter().find(|(l, _)| l.starts_with("Audio degradation")).unwrap().1[0];
        let poor = matches!(degradation, Value::Poor { .. });
        assert_eq!(poor, rules.kind == callrecords::judge::RuleSetKind::CqdClassic, "{degradation:?}");
        let concealed_max = &metrics.rows.iter().find(|(l, _)| l == "Concealed samples, max").unwrap().1[0];
        assert_eq!(*concealed_max, Value::Text("7.19 %".into()));
        // The other stream has no degradation: not reported, not zero.
        let other = record.streams().find(|s| s.stream.stream_id.as_deref() == Some("1504545584")).unwrap().path;
        let sections = describe(
            record,
            NodePath::Stream(other.session, other.segment, other.media, other.stream),
            &judgement,
            &rules,
        );
        let degradation = &sections[1]
            .table
            .as_ref()
            .unwrap()
            .rows
            .iter()
            .find(|(l, _)| l.starts_with("Audio degradation"))
            .unwrap()
            .1[0];
        assert_eq!(*degradation, Value::Missing);
    }
}

#[test]
fn media_detail_puts_caller_and_callee_side_by_side() {
    let d = ingest([("legacy.json", corpus("v1.0-get-callrecord-expanded-legacy.json").as_slice())]);
    let record = &d.records[0];
    let rules = RuleSet::cqd_current();
    let judgement = callrecords::judge::judge_record(record, &rules);
    let sections = describe(record, NodePath::Media(0, 0, 0), &judgement, &rules);
    let network = sections.iter().find(|s| s.title == "Network").and_then(|s| s.table.as_ref()).unwrap();
    assert_eq!(network.columns, ["Measure", "Abbie Wilkins (caller)", "Owen Franklin (callee)"]);
    let row = |label: &str| &network.rows.iter().find(|(l, _)| l == label).unwrap().1;
    assert_eq!(row("Connection")[0], Value::Text("Wi-Fi".into()));
    assert_eq!(row("Link speed")[1], Value::Text("unknown (4294967295)".into()));
    assert_eq!(row("Poor received-quality events")[0], Value::Text("27 %".into()));
    assert!(network.rows.iter().all(|(l, _)| l != "DNS suffix"), "a row missing on both sides is dropped");
    let devices = sections.iter().find(|s| s.title == "Devices").unwrap();
    assert!(devices.table.is_some());
    // Session detail: both endpoints and the feedback.
    let sections = describe(record, NodePath::Session(0), &judgement, &rules);
    let titles: Vec<_> = sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(titles, ["Session 1", "Caller", "Callee", "Feedback from Owen Franklin"]);
    let feedback = &sections[3].fields;
    assert!(matches!(&feedback[0].value, Value::Poor { text, .. } if text == "poor"));
    assert_eq!(feedback[1].value, Value::Text("Noisy".into()));
    let caller = &sections[1].fields;
    assert_eq!(caller[0].value, Value::Text("Abbie Wilkins".into()));
    assert_eq!(
        caller.iter().find(|f| f.label == "Client").unwrap().value,
        Value::Text("Skype for Business on Android".into())
    );
}

#[test]
fn call_detail_and_nodes_that_do_not_exist() {
    let d = ingest([("basic.json", corpus("v1.0-get-callrecord-basic.json").as_slice())]);
    let record = &d.records[0];
    let rules = RuleSet::cqd_current();
    let judgement = callrecords::judge::judge_record(record, &rules);
    let call = describe(record, NodePath::Call, &judgement, &rules);
    assert_eq!(call[0].fields[0].value, Value::Text(record.id.clone()));
    assert!(!call[0].fields.iter().any(|f| f.label == "Join URL"), "not reported, so not listed");
    let list = ingest([("cri.json", corpus("fixture-callrecordinsights-minimal-callrecord.json").as_slice())]);
    let with_url =
        describe(&list.records[0], NodePath::Call, &callrecords::judge::judge_record(&list.records[0], &rules), &rules);
    let url = with_url[0].fields.iter().find(|f| f.label == "Join URL").expect("a join URL");
    assert!(matches!(&url.value, Value::Text(t) if t.starts_with("https://teams.microsoft.com/")), "{url:?}");
    assert!(describe(record, NodePath::Stream(5, 0, 0, 0), &judgement, &rules).is_empty());
    assert!(describe(record, NodePath::Session(3), &judgement, &rules).is_empty());
}

#[test]
fn problems_only_leaves_out_calls_with_only_informational_findings() {
    // Call "relay": good streams, and only a media relay allocated (an informational note).
    // Call "wifi": good streams and a 2.4 GHz Wi-Fi warning. Call "poor": a poor stream.
    let relay = record_json("relay", "2026-03-01T10:00:00Z", "groupCall", "Abbie Wilkins", 0.0).replace(
        r#""connectionType":"wifi","wifiBand":"frequency24GHz""#,
        r#""connectionType":"wired","relayIPAddress":"52.114.1.1","relayPort":3478"#,
    );
    let wifi = record_json("wifi", "2026-03-02T10:00:00Z", "groupCall", "Owen Franklin", 0.0);
    let poor = record_json("poor", "2026-03-03T08:00:00Z", "groupCall", "Zoe Quinn", 0.2)
        .replace(r#""connectionType":"wifi","wifiBand":"frequency24GHz""#, r#""connectionType":"wired""#);
    let d = ingest([("r.json", relay.as_bytes()), ("w.json", wifi.as_bytes()), ("p.json", poor.as_bytes())]);
    let rows = call_rows(&d, &judge_all(&d, &RuleSet::cqd_current()));
    let row = |id: &str| rows.iter().find(|r| r.id == id).expect("row");
    let found = callrecords::judge::findings(&d.records[row("relay").index]);
    assert!(
        !found.is_empty() && found.iter().all(|f| f.severity == callrecords::judge::FindingSeverity::Info),
        "the relay call has only informational findings: {found:?}"
    );
    assert_eq!(row("relay").problems, 0);
    assert_eq!(row("relay").findings_note(), None, "a note is not a problem in the Quality column");
    assert_eq!(row("wifi").problems, 1);
    assert_eq!(row("wifi").findings_note().as_deref(), Some(" +1 problem"));
    assert_eq!(row("poor").problems, 0);
    let problems = CallFilter { problems_only: true, ..CallFilter::default() };
    let ids: Vec<&str> =
        select(&rows, &problems, CallSort::Start, false).iter().map(|&i| rows[i].id.as_str()).collect();
    assert_eq!(ids, ["wifi", "poor"]);
}

#[test]
fn findings_are_grouped_by_kind_with_counts() {
    use callrecords::judge::{Finding, FindingKind, FindingSeverity};
    use callrecords::view::call::{finding_group_heading, finding_groups, sorted_findings};
    let f = |kind, severity, who: &str| Finding {
        kind,
        who: who.into(),
        title: "t".into(),
        evidence: "e".into(),
        session: None,
        segment: None,
        media: None,
        severity,
    };
    // A big meeting: hundreds of relay notes, a few warnings, one poor rating.
    let mut found: Vec<Finding> =
        (0..400).map(|i| f(FindingKind::Network, FindingSeverity::Info, &format!("p{i}"))).collect();
    found.extend((0..5).map(|i| f(FindingKind::Device, FindingSeverity::Warning, &format!("d{i}"))));
    found.push(f(FindingKind::Network, FindingSeverity::Warning, "wifi"));
    found.push(f(FindingKind::Feedback, FindingSeverity::Problem, "rater"));
    found.sort_by_key(|f| std::cmp::Reverse(f.severity));
    let groups = finding_groups(&found);
    let kinds: Vec<FindingKind> = groups.iter().map(|g| g.kind).collect();
    assert_eq!(kinds, [FindingKind::Feedback, FindingKind::Device, FindingKind::Network]);
    assert_eq!(groups.iter().map(|g| g.findings.len()).sum::<usize>(), found.len(), "none lost");
    let network = &groups[2];
    assert_eq!((network.findings.len(), network.problems), (401, 1));
    assert_eq!(network.findings[0].who, "wifi", "the warning before the notes");
    assert_eq!(finding_group_heading(network), "Network (401, 400 notes)");
    assert_eq!(finding_group_heading(&groups[0]), "Feedback (1)");
    // The legacy corpus call: its findings in groups, in the page's order.
    let d = ingest([("legacy.json", corpus("v1.0-get-callrecord-expanded-legacy.json").as_slice())]);
    let sorted = sorted_findings(&d.records[0]);
    let flat: Vec<Finding> = finding_groups(&sorted).into_iter().flat_map(|g| g.findings).collect();
    assert_eq!(flat.len(), sorted.len());
}

#[test]
fn filter_words_match_one_person_and_quotes_keep_phrases() {
    let call = |id: &str, people: &[&str]| {
        let people: Vec<String> = people
            .iter()
            .enumerate()
            .map(|(i, name)| {
                format!(r#"{{"id":"p{i}","identity":{{"user":{{"id":"u-{i}","displayName":"{name}"}}}}}}"#)
            })
            .collect();
        format!(
            r#"{{"id":"{id}","version":1,"type":"groupCall","startDateTime":"2026-03-01T10:00:00Z","participants_v2":[{}]}}"#,
            people.join(",")
        )
    };
    let mixed = call("call-m", &["Kenji Holloway", "Abbie Vance"]);
    let kenji = call("call-k", &["Kenji Vance", "Owen Franklin"]);
    let d = ingest([("m.json", mixed.as_bytes()), ("k.json", kenji.as_bytes())]);
    let judgements = judge_all(&d, &RuleSet::cqd_current());
    let rows = call_rows(&d, &judgements);
    let found_in = |rows: &[CallRow], text: &str| -> Vec<String> {
        let f = CallFilter { text: text.into(), ..CallFilter::default() };
        let mut ids: Vec<String> =
            select(rows, &f, CallSort::Start, false).iter().map(|&i| rows[i].id.clone()).collect();
        ids.sort();
        ids
    };
    let found = |text: &str| found_in(&rows, text);
    // Rows made apart (each with a people's table of its own) among rows made together: the
    // same calls are found.
    let apart = d.records.iter().zip(&judgements).enumerate().map(|(i, (r, j))| call_row(i, r, j));
    let mixed: Vec<CallRow> = apart.chain(rows.iter().cloned()).collect();
    for text in ["Kenji Vance", "kenji", "owen franklin", "abbie", "call-m abbie", "nobody"] {
        let twice: Vec<String> = found(text).into_iter().flat_map(|id| [id.clone(), id]).collect();
        assert_eq!(found_in(&mixed, text), twice, "{text}");
    }
    assert_eq!(found("Kenji Vance"), ["call-k"], "both words in one person, not spread over two");
    assert_eq!(found("\"kenji vance\""), ["call-k"]);
    assert_eq!(found("\"Vance Kenji\""), Vec::<String>::new(), "a phrase keeps its word order");
    assert_eq!(found("kenji"), ["call-k", "call-m"]);
    assert_eq!(found("\"abbie vance\" call-m"), ["call-m"], "the call's id counts for any person");
    assert_eq!(found("Kenji Owen"), Vec::<String>::new());
    assert_eq!(callrecords::view::overview::filter_terms(r#" "Kenji   Vance" owen "#), ["kenji vance", "owen"]);
}

#[test]
fn an_audio_stream_lists_audio_metrics_and_folds_the_video_ones() {
    let d = ingest([("legacy.json", corpus("v1.0-get-callrecord-expanded-legacy.json").as_slice())]);
    let judgement = &judge_all(&d, &RuleSet::cqd_current())[0];
    let sections = describe(&d.records[0], NodePath::Stream(0, 0, 0, 0), judgement, &RuleSet::cqd_current());
    let labels = |s: &callrecords::view::detail::Section| -> Vec<String> {
        s.table.as_ref().map(|t| t.rows.iter().map(|(l, _)| l.clone()).collect()).unwrap_or_default()
    };
    let metrics = sections.iter().find(|s| s.title == "Metrics").expect("metrics");
    assert!(!metrics.folded);
    let shown = labels(metrics);
    assert!(shown.iter().any(|l| l.starts_with("Jitter")) && shown.iter().any(|l| l.starts_with("Audio degradation")));
    assert!(!shown.iter().any(|l| l.contains("frame rate") || l.contains("freeze")), "{shown:?}");
    let other = sections.iter().find(|s| s.title.starts_with("Other metrics")).expect("the video metrics, folded");
    assert!(other.folded);
    assert!(labels(other).iter().any(|l| l.contains("Video frame rate")), "{:?}", labels(other));
    assert_eq!(other.title, format!("Other metrics ({}, not reported for audio)", labels(other).len()));
    // Nothing reported is hidden: every folded metric is "not reported".
    assert!(other.table.as_ref().expect("table").rows.iter().all(|(_, v)| v[0] == Value::Missing));
}

/// Two calls with Kenji (one poor stream to him in the first), one without him.
fn kenji_calls() -> Dataset {
    let person = |name: &str, id: &str| {
        format!(
            r##"{{"@odata.type":"#microsoft.graph.callRecords.participantEndpoint","associatedIdentity":{{"id":"{id}","displayName":"{name}"}}}}"##
        )
    };
    let server = r##"{"@odata.type":"#microsoft.graph.callRecords.serviceEndpoint","userAgent":{"role":"skypeForBusinessAudioVideoMcu"}}"##;
    let call = |id: &str, who: &[(&str, &str)], loss: f64| {
        let sessions: Vec<String> = who
            .iter()
            .map(|(name, pid)| {
                format!(
                    r#"{{"caller":{p},"callee":{server},"segments":[{{"caller":{p},"callee":{server},"media":[{{"label":"main-audio","streams":[
                    {{"streamDirection":"calleeToCaller","averagePacketLossRate":{loss},"averageJitter":"PT0.01S","averageRoundTripTime":"PT0.05S","packetUtilization":4000}}]}}]}}]}}"#,
                    p = person(name, pid)
                )
            })
            .collect();
        format!(
            r#"{{"id":"{id}","version":1,"type":"groupCall","startDateTime":"2026-03-01T10:00:00Z","sessions":[{}]}}"#,
            sessions.join(",")
        )
    };
    let a = call("a", &[("Kenji Holloway", "k"), ("Abbie Vance", "v")], 0.2);
    let b = call("b", &[("kenji holloway", "k"), ("Owen Franklin", "o")], 0.0);
    let c = call("c", &[("Kenji Vance", "kv")], 0.2);
    ingest([("a.json", a.as_bytes()), ("b.json", b.as_bytes()), ("c.json", c.as_bytes())])
}

#[test]
fn a_person_is_picked_across_the_calls_with_their_poor_streams() {
    let d = kenji_calls();
    assert!(d.diagnostics.is_empty(), "{:?}", d.diagnostics);
    let rows = call_rows(&d, &judge_all(&d, &RuleSet::cqd_current()));
    let everyone = people(rows.iter().map(|r| r.people.as_slice()));
    let names: Vec<&str> = everyone.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Abbie Vance", "Kenji Holloway", "Kenji Vance", "Owen Franklin"], "no servers, one Kenji");
    let kenji = find(&everyone, "kenji holloway").expect("Kenji");
    assert_eq!((kenji.calls, kenji.poor_streams), (2, 1));
    assert_eq!(kenji.option_text(), "Kenji Holloway (2 calls)");
    assert_eq!(kenji.chip_text(), "Calls with Kenji Holloway: 2 calls, 1 poor stream sent or received by them");
    let filter = CallFilter { person: Some(kenji.key.clone()), ..CallFilter::default() };
    let ids: Vec<&str> = select(&rows, &filter, CallSort::Start, false).iter().map(|&i| rows[i].id.as_str()).collect();
    assert_eq!(ids, ["a", "b"], "Kenji Vance's call is not Kenji Holloway's");
    // With the other filters: only his calls with problems.
    let poor_only = CallFilter { problems_only: true, ..filter };
    assert_eq!(select(&rows, &poor_only, CallSort::Start, false).len(), 1);
    let owen = find(&everyone, "owen franklin").expect("Owen");
    assert_eq!(owen.chip_text(), "Calls with Owen Franklin: 1 call, no poor streams sent or received by them");
}
