//! Ingest at 10,000 of each shape that used to grow faster than its input (the reliability
//! issue's table): each test asserts what is loaded and said. They are fast because the work is
//! linear; `make bench` prints the times at 1k, 10k and 100k.

use callrecords::ingest::ingest;
use callrecords::model::diagnostic::DiagnosticKind;

const N: usize = 10_000;

fn load(text: &str) -> callrecords::model::Dataset {
    ingest([("big.json", text.as_bytes())])
}

#[test]
fn a_sessions_page_of_one_record_with_ten_thousand_sessions() {
    let sessions: Vec<String> = (0..N).map(|i| format!(r#"{{"id":"s{i}","segments":[]}}"#)).collect();
    let page = format!(
        r#"{{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#communications/callRecords('r1')/sessions(segments())","value":[{}]}}"#,
        sessions.join(",")
    );
    let d = load(&page);
    assert_eq!(d.record("r1").unwrap().sessions.len(), N);
    // Loaded again beside itself: the same sessions, once.
    let d = ingest([("a.json", page.as_bytes()), ("b.json", page.as_bytes())]);
    assert_eq!(d.record("r1").unwrap().sessions.len(), N);
}

#[test]
fn ten_thousand_records_with_one_bad_field_each_all_load_with_one_message() {
    let records: Vec<String> = (0..N)
        .map(|i| format!(r#"{{"id":"r{i}","version":1,"type":"groupCall","startDateTime":"yesterday"}}"#))
        .collect();
    let d = load(&format!("[{}]", records.join(",")));
    assert_eq!(d.records.len(), N);
    let [w] = d.diagnostics.as_slice() else { panic!("one message, not {}", d.diagnostics.len()) };
    assert_eq!(w.kind, DiagnosticKind::UnreadableField);
    assert!(w.message.contains("(10,000 values like it in this field)"), "{}", w.message);
}

#[test]
fn ten_thousand_distinct_unknown_objects_are_a_few_messages() {
    let items: Vec<String> = (0..N).map(|i| format!(r#"{{"field{i}":1}}"#)).collect();
    let d = load(&format!(r#"{{"value":[{}]}}"#, items.join(",")));
    let unknown: Vec<_> = d.diagnostics.iter().filter(|x| x.kind == DiagnosticKind::UnknownShape).collect();
    assert_eq!(unknown.len(), 6, "five shapes named, the rest counted");
    assert!(
        // Counts are written the locale's way (English groups thousands).
        unknown[5].message.starts_with("9,995 more items of 9,995 other shapes"),
        "{}",
        unknown[5].message
    );
}

#[test]
fn ten_thousand_versions_of_one_record_are_one_record_and_one_message() {
    let versions: Vec<String> = (1..=N)
        .map(|v| format!(r#"{{"id":"r1","version":{v},"type":"groupCall","sessions":[{{"id":"s{v}"}}]}}"#))
        .collect();
    let d = load(&versions.join("\n"));
    assert_eq!(d.records.len(), 1);
    assert_eq!(d.records[0].version, Some(N as i64));
    let repeats: Vec<_> = d.diagnostics.iter().filter(|x| x.kind == DiagnosticKind::RecordSeenTwice).collect();
    assert_eq!(repeats.len(), 1, "one message for the record");
    assert!(repeats[0].message.contains("(10,000 copies of this record were loaded in all)"), "{}", repeats[0].message);
    assert_eq!(d.records[0].sessions.len(), N, "each version's own session is kept");
}

#[test]
fn ten_thousand_pstn_rows_loaded_twice_are_ten_thousand() {
    let rows: Vec<String> =
        (0..N).map(|i| format!(r#"{{"id":"p{i}","duration":30,"startDateTime":"2026-03-17T10:00:00Z"}}"#)).collect();
    let page = format!(
        r#"{{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#Collection(microsoft.graph.callRecords.pstnCallLogRow)","value":[{}]}}"#,
        rows.join(",")
    );
    let d = ingest([("a.json", page.as_bytes()), ("b.json", page.as_bytes())]);
    assert_eq!(d.pstn_calls.len(), N);
}
