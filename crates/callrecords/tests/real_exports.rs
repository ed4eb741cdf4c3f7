//! What real tenants' exports hold and the documentation examples do not: one session returned
//! several times, logs larger than a page loaded twice, the same id with other content. Nothing
//! in them may be lost silently.
//!
//! Sources for the fixtures: Graph's callRecord documentation, "sessions: … one session can be
//! returned multiple times if the communication involves more than one service identity"
//! (callrecords-callrecord.md, the `sessions` relationship); `serviceRole` values
//! `skypeForBusinessAutoAttendant` and `skypeForBusinessCallQueues` (callrecords-serviceendpoint /
//! serviceUserAgent); getPstnCalls pages of up to 1,000 rows with `@odata.nextLink`.

use callrecords::ingest::ingest;
use callrecords::judge::{judge_record, RuleSet};
use callrecords::model::diagnostic::DiagnosticKind;
use callrecords::model::Dataset;

const RECORD: &str = "aa0c9e77-3b1a-4f6e-9d3b-2c4c2f1e0a01";

/// An audio stream with the given jitter (ms) and loss (0–1).
fn stream(jitter_ms: u32, loss: f64) -> String {
    format!(
        r#"{{"streamDirection":"callerToCallee","averageJitter":"PT0.{jitter_ms:03}S","averagePacketLossRate":{loss},"averageRoundTripTime":"PT0.08S","packetUtilization":2400}}"#
    )
}

fn service(role: &str, name: &str) -> String {
    format!(
        r##"{{"@odata.type":"#microsoft.graph.callRecords.serviceEndpoint","userAgent":{{"@odata.type":"#microsoft.graph.callRecords.serviceUserAgent","role":"{role}","applicationVersion":"1.0","headerValue":"{name}"}}}}"##
    )
}

fn caller() -> String {
    r##"{"@odata.type":"#microsoft.graph.callRecords.participantEndpoint","identity":{"phone":{"id":"+14255550143","displayName":null}},"userAgent":{"@odata.type":"#microsoft.graph.callRecords.clientUserAgent","platform":"unknown","productFamily":"unknown","role":"user"}}"##.to_string()
}

/// One session object: id, the minute it starts and ends (10:mm), who is on the other end, and
/// its stream's jitter and loss.
fn session(id: &str, from: u32, to: u32, callee: &str, jitter_ms: u32, loss: f64) -> String {
    format!(
        r#"{{"id":"{id}","modalities":["audio"],"startDateTime":"2026-03-17T10:{from:02}:00Z","endDateTime":"2026-03-17T10:{to:02}:00Z","caller":{},"callee":{callee},"segments":[{{"id":"{id}-{from}","startDateTime":"2026-03-17T10:{from:02}:00Z","endDateTime":"2026-03-17T10:{to:02}:00Z","caller":{},"callee":{callee},"media":[{{"label":"main-audio","streams":[{}]}}]}}]}}"#,
        caller(),
        caller(),
        stream(jitter_ms, loss)
    )
}

/// The sessions page of a PSTN call to an auto attendant that hands it to a call queue, which
/// rings two agents: 9 session objects with 7 ids, the auto attendant's session id returned
/// three times with back-to-back time windows.
fn attendant_to_queue_page() -> String {
    let aa = service("skypeForBusinessAutoAttendant", "Main line");
    let cq = service("skypeForBusinessCallQueues", "Support queue");
    let agent = service("skypeForBusinessMicrosoftTeamsGateway", "Gateway");
    let sessions = [
        session("s-aa", 0, 1, &aa, 12, 0.001),
        session("s-aa", 1, 2, &aa, 14, 0.002),
        session("s-aa", 2, 3, &aa, 11, 0.001),
        session("s-cq", 3, 4, &cq, 13, 0.003),
        session("s-cq-overflow", 4, 6, &cq, 48, 0.14),
        session("s-agent-1", 4, 5, &agent, 9, 0.0),
        session("s-agent-2", 5, 6, &agent, 8, 0.0),
        session("s-media", 0, 6, &agent, 10, 0.001),
        session("s-gateway", 0, 6, &agent, 10, 0.001),
    ];
    format!(
        r#"{{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#communications/callRecords('{RECORD}')/sessions(segments())","value":[{}]}}"#,
        sessions.join(",")
    )
}

fn record(version: u32, start: &str) -> String {
    format!(
        r#"{{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#communications/callRecords/$entity","id":"{RECORD}","version":{version},"type":"peerToPeer","modalities":["audio"],"startDateTime":"{start}","endDateTime":"2026-03-17T10:06:00Z"}}"#
    )
}

fn load(files: &[(&str, &str)]) -> Dataset {
    ingest(files.iter().map(|(n, t)| (*n, t.as_bytes())))
}

#[test]
fn a_session_returned_several_times_is_kept_every_time() {
    let page = attendant_to_queue_page();
    let d = load(&[("record.json", &record(1, "2026-03-17T10:00:00Z")), ("sessions.json", &page)]);
    let r = d.record(RECORD).expect("the record");
    assert_eq!(r.sessions.len(), 9, "9 session objects, 7 ids: none merged away");
    let ids: std::collections::BTreeSet<_> = r.sessions.iter().filter_map(|s| s.id.as_deref()).collect();
    assert_eq!(ids.len(), 7);
    assert_eq!(d.counts().streams, 9);
    // Every one is judged: the call queue's second window is the poor one.
    let judgement = judge_record(r, &RuleSet::default());
    assert_eq!(judgement.streams.len(), 9);
    let poor: Vec<usize> = judgement.poor_streams().map(|j| j.path.session).collect();
    assert_eq!(poor, vec![4], "only the call queue's second window breaks the limits");
    assert!(d.diagnostics.iter().all(|x| x.kind != DiagnosticKind::RecordConflict));
}

#[test]
fn the_same_page_loaded_twice_adds_nothing() {
    let page = attendant_to_queue_page();
    let d = load(&[("a.json", &page), ("b.json", &page)]);
    assert_eq!(d.record(RECORD).unwrap().sessions.len(), 9, "identical objects are the same session");
    assert_eq!(d.sources.iter().map(|s| s.sessions).sum::<usize>(), 18, "each file still reports what it held");
}

#[test]
fn a_record_with_its_sessions_embedded_keeps_repeated_ids_too() {
    let page = attendant_to_queue_page();
    let value_at = page.find("\"value\":").unwrap() + "\"value\":".len();
    let sessions = &page[value_at..page.len() - 1];
    let expanded = record(1, "2026-03-17T10:00:00Z").replacen('}', &format!(",\"sessions\":{sessions}}}"), 1);
    let expanded = expanded.replacen("callRecords/$entity", "callRecords(sessions(segments()))/$entity", 1);
    let d = load(&[("expanded.json", &expanded)]);
    assert_eq!(d.record(RECORD).unwrap().sessions.len(), 9);
    // Loaded again beside its sessions page: still 9.
    let d = load(&[("expanded.json", &expanded), ("page.json", &page)]);
    assert_eq!(d.record(RECORD).unwrap().sessions.len(), 9);
}

#[test]
fn a_newer_version_replaces_the_sessions_it_carries() {
    let v1 = record(1, "2026-03-17T10:00:00Z").replacen(
        '}',
        &format!(",\"sessions\":[{}]}}", session("s-aa", 0, 1, &caller(), 12, 0.001)),
        1,
    );
    let v2 = record(2, "2026-03-17T10:00:00Z").replacen(
        '}',
        &format!(
            ",\"sessions\":[{},{}]}}",
            session("s-aa", 0, 2, &caller(), 12, 0.001),
            session("s-cq", 2, 6, &caller(), 13, 0.003)
        ),
        1,
    );
    for files in [[("v1.json", &v1), ("v2.json", &v2)], [("v2.json", &v2), ("v1.json", &v1)]] {
        let d = load(&files.map(|(n, t)| (n, t.as_str())));
        let r = d.record(RECORD).unwrap();
        assert_eq!(r.version, Some(2));
        let windows: Vec<_> = r.sessions.iter().map(|s| (s.id.clone().unwrap(), s.end)).collect();
        assert_eq!(windows.len(), 2, "{windows:?}");
        assert!(d
            .diagnostics
            .iter()
            .any(|x| x.kind == DiagnosticKind::RecordSeenTwice && x.message.contains("version 2 is shown")));
    }
}

#[test]
fn the_same_id_with_other_content_is_kept_beside_and_said() {
    let a = record(1, "2026-03-17T10:00:00Z");
    let b = record(1, "2026-03-18T09:00:00Z");
    let d = load(&[("monday.json", &a), ("tuesday.json", &b)]);
    assert_eq!(d.records.len(), 2, "not merged");
    assert_eq!(d.records[0].id, RECORD);
    assert_eq!(d.records[1].id, format!("{RECORD} #2"));
    let warning = d.diagnostics.iter().find(|x| x.kind == DiagnosticKind::RecordConflict).expect("a warning");
    assert_eq!(warning.source, "tuesday.json");
    assert!(warning.message.contains("startDateTime"), "names what differs: {}", warning.message);
    // The very same file twice is one record, and says so.
    let d = load(&[("monday.json", &a), ("monday again.json", &a)]);
    assert_eq!(d.records.len(), 1);
    assert!(d.diagnostics.iter().any(|x| x.kind == DiagnosticKind::RecordSeenTwice));
}

/// A getPstnCalls export of `n` rows (as several pages would give, joined into one array).
fn pstn_export(n: usize) -> String {
    let rows: Vec<String> = (0..n)
        .map(|i| {
            format!(
                r#"{{"id":"9c4984c7-6c3c-427d-a30c-{i:012}","callId":"1835317186_{i}","userId":"db03c14b-06eb-4189-939b-7cbf3a20ba27","userPrincipalName":"user@contoso.com","userDisplayName":"User","startDateTime":"2026-03-17T10:{:02}:00Z","endDateTime":"2026-03-17T10:{:02}:30Z","duration":30,"charge":0.02,"callType":"user_out","currency":"USD","calleeNumber":"+1425555{:04}","usageCountryCode":"US","tenantCountryCode":"US","connectionCharge":0,"callerNumber":"+14255550100","destinationContext":null,"destinationName":"United States","conferenceId":null,"licenseCapability":"MCOPSTNU","inventoryType":"Subscriber"}}"#,
                i % 60,
                i % 60,
                i % 10_000
            )
        })
        .collect();
    format!(
        r#"{{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#Collection(microsoft.graph.callRecords.pstnCallLogRow)","value":[{}]}}"#,
        rows.join(",")
    )
}

#[test]
fn a_log_larger_than_any_window_loaded_twice_counts_once() {
    let export = pstn_export(6_000);
    let d = load(&[("pstn.json", &export), ("pstn copy.json", &export)]);
    assert_eq!(d.pstn_calls.len(), 6_000, "6,000 rows loaded twice are 6,000 calls");
    let totals = callrecords::calllogs::pstn_totals(&d.pstn_calls);
    assert_eq!(totals.calls, 6_000);
    assert_eq!(d.sources.iter().map(|s| s.pstn_rows).sum::<usize>(), 12_000);
}

#[test]
fn beta_logs_without_row_ids_are_not_doubled_either() {
    let blocked = r#"{"@odata.context":"https://graph.microsoft.com/beta/$metadata#Collection(microsoft.graph.callRecords.pstnBlockedUsersLogRow)","value":[{"blockDateTime":"2026-03-17T10:00:00Z","blockReason":"fraud","remediationId":"r1","userBlockMode":"blocked","userDisplayName":"A","userId":"u1","userPrincipalName":"a@contoso.com","userTelephoneNumber":"+14255550101"},{"blockDateTime":"2026-03-17T11:00:00Z","blockReason":"fraud","remediationId":"r2","userBlockMode":"blocked","userDisplayName":"B","userId":"u2","userPrincipalName":"b@contoso.com","userTelephoneNumber":"+14255550102"}]}"#;
    let d = load(&[("a.json", blocked), ("b.json", blocked)]);
    assert_eq!(d.blocked_users.len(), 2);
}
