//! Bad input gets a clear, specific message (what, and where: line and column), never a panic;
//! one bad record does not stop the others.

use callrecords::ingest::ingest;
use callrecords::model::diagnostic::{Diagnostic, DiagnosticKind, Severity};
use callrecords::model::Dataset;
use std::io::Write;

mod common;

fn load_bytes(bytes: &[u8]) -> Dataset {
    ingest([("input.json", bytes)])
}

fn load(text: &str) -> Dataset {
    load_bytes(text.as_bytes())
}

fn only_error(dataset: &Dataset) -> &Diagnostic {
    let errors: Vec<_> = dataset.diagnostics.iter().filter(|d| d.severity == Severity::Error).collect();
    assert_eq!(errors.len(), 1, "{:#?}", dataset.diagnostics);
    errors[0]
}

fn at(d: &Diagnostic) -> (usize, usize) {
    let l = d.location.expect("a location");
    (l.line, l.column)
}

const RECORD_A: &str = r#"{"id":"aaaa-1","version":1,"type":"groupCall","modalities":["audio"],"startDateTime":"2024-05-01T10:00:00Z","endDateTime":"2024-05-01T10:30:00Z"}"#;

#[test]
fn empty_and_blank_input() {
    for text in ["", "  \n\t "] {
        let d = load(text);
        assert_eq!(only_error(&d).message, "the input is empty");
        assert!(d.sources[0].unreadable);
    }
}

#[test]
fn truncated_document_points_at_the_end_and_keeps_the_record() {
    let d = load("{\n  \"id\": \"x\",\n  \"sessions\": [");
    let e = only_error(&d);
    assert_eq!(e.kind, DiagnosticKind::Truncated);
    assert!(
        e.message.starts_with("invalid JSON in the sessions of Call record (id x): the file looks truncated"),
        "{}",
        e.message
    );
    assert!(
        e.message.ends_with("the text ends inside list: is the input cut off? (EOF while parsing a list)"),
        "{}",
        e.message
    );
    assert_eq!(at(e), (3, 15));
    assert_eq!(d.records.len(), 1, "the record is kept");
    assert!(d.records[0].lost_sessions > 0, "and marked incomplete");
}

#[test]
fn trailing_comma_as_in_the_published_blocked_users_example() {
    let d = load("{\n  \"value\": [\n    {\"userId\": \"u\", \"remediationId\": \"r\",}\n  ]\n}");
    let e = d.diagnostics.iter().find(|x| x.kind == DiagnosticKind::Syntax).expect("the comma");
    assert_eq!(e.message, "invalid JSON: a trailing comma (a comma just before } or ]) is not allowed in JSON");
    assert_eq!(at(e), (3, 42));
    let numbers = load("[1,\n2,\n]");
    let comma = numbers.diagnostics.iter().find(|x| x.kind == DiagnosticKind::Syntax).expect("the comma");
    assert_eq!(comma.message, e.message);
    assert_eq!(
        numbers.diagnostics.iter().filter(|x| x.kind == DiagnosticKind::UnknownShape).count(),
        2,
        "both numbers read"
    );
    assert_eq!(e.excerpt.as_ref().unwrap().text, "{\"userId\": \"u\", \"remediationId\": \"r\",}");
}

#[test]
fn missing_comma() {
    let e = load("{\"id\": \"x\"\n \"version\": 1}");
    let e = only_error(&e);
    assert_eq!(e.message, "invalid JSON: expected `,` or `}`: is a comma missing between two properties?");
    assert_eq!(at(e), (2, 2));
}

#[test]
fn single_quotes_are_not_json_and_comments_are_skipped_with_a_note() {
    assert!(only_error(&load("{'id': 'x'}")).message.contains("double quotes"));
    let d = load(&format!("// exported 17 March with Invoke-MgGraphRequest\n{RECORD_A}"));
    assert_eq!(d.records.len(), 1, "the record after the comment loads");
    let [note] = d.diagnostics.as_slice() else { panic!("one note: {:#?}", d.diagnostics) };
    assert_eq!((note.kind, note.severity, at(note)), (DiagnosticKind::Comments, Severity::Info, (1, 1)));
    assert!(note.excerpt.as_ref().unwrap().text.starts_with("// exported"), "the excerpt quotes the file as written");
    // Inside the JSON too, and with a real error after them: positions are still the file's own.
    let d = load("{\n  /* who */ \"id\": \"r\", // the call\n  \"version\": 1,\n  \"type\": \"groupCall\" \"x\": 2\n}");
    assert!(d.diagnostics.iter().any(|x| x.kind == DiagnosticKind::Comments));
    let e = only_error(&d);
    assert_eq!((e.kind, at(e)), (DiagnosticKind::Syntax, (4, 23)), "{e:?}");
}

#[test]
fn scalars_and_empty_things_at_the_top() {
    for (text, found) in [
        ("42", "a number"),
        ("\"call\"", "a string"),
        ("null", "null"),
        ("true", "a boolean"),
        ("{}", "an empty object {}"),
    ] {
        let e = only_error(&load(text)).message.clone();
        assert!(e.starts_with(&format!("Found {found}, which is not call-record data")), "{text}: {e}");
        assert!(e.contains("Accepted: a call record"), "{e}");
    }
    assert!(load("[]").diagnostics.is_empty() && load("[]").is_empty());
}

#[test]
fn unknown_shape_names_the_keys_found() {
    let e = only_error(&load(r#"{"displayName":"Contoso","mail":"x@contoso.com"}"#)).message.clone();
    assert!(e.contains(r#"the keys "displayName", "mail""#), "{e}");
    let e = only_error(&load("[1, 2]")).message.clone();
    assert!(e.starts_with("Found a number (2 items like it), which is not"), "{e}");
}

#[test]
fn graph_error_response_is_recognised() {
    let e = only_error(&load(r#"{"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges to complete the operation.","innerError":{"date":"2024-05-01T10:00:00"}}}"#)).message.clone();
    assert_eq!(e, "This is an error response from Graph, not call data: Authorization_RequestDenied — Insufficient privileges to complete the operation.");
}

#[test]
fn one_bad_field_keeps_its_record_and_says_where() {
    let bad = r#"{"id":"bbbb-2","version":1,"sessions":[{"id":"s1","segments":[{"id":"g1","media":[{"label":"main-audio","streams":[{"streamId":"9","averageJitter":12,"averagePacketLossRate":0.02}]}]}]}]}"#;
    let text = format!("{{\"@odata.context\":\"https://graph.microsoft.com/v1.0/$metadata#communications/callRecords\",\"value\":[\n{RECORD_A},\n{bad},\n{}\n]}}", RECORD_A.replace("aaaa-1", "cccc-3"));
    let d = load(&text);
    assert_eq!(d.records.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(), vec!["aaaa-1", "bbbb-2", "cccc-3"]);
    let stream = &d.record("bbbb-2").unwrap().sessions[0].segments[0].media[0].streams[0];
    assert_eq!(
        (stream.average_jitter.get(), stream.average_packet_loss_rate.get()),
        (None, Some(0.02)),
        "the rest of the stream loads"
    );
    assert!(d.diagnostics.iter().all(|x| x.severity != Severity::Error), "{:#?}", d.diagnostics);
    let [w] = d.diagnostics.as_slice() else { panic!("{:#?}", d.diagnostics) };
    assert_eq!(w.kind, DiagnosticKind::UnreadableField);
    assert!(w.message.starts_with("averageJitter 12 is not an ISO 8601 duration"), "{}", w.message);
    assert!(w.message.contains("value[1].sessions[0].segments[0].media[0].streams[0].averageJitter"), "{}", w.message);
    assert_eq!(at(w), (3, 148), "the place of the 12");
}

#[test]
fn a_record_that_cannot_be_read_at_all_is_skipped_and_the_rest_load() {
    let bad = r#"{"id":"bbbb-2","version":1,"sessions":{"id":"s1"}}"#;
    let text = format!("[{RECORD_A},\n{bad},\n{}]", RECORD_A.replace("aaaa-1", "cccc-3"));
    let d = load(&text);
    assert_eq!(d.records.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(), vec!["aaaa-1", "cccc-3"]);
    let e = only_error(&d);
    assert_eq!(e.kind, DiagnosticKind::SkippedItem);
    assert!(e.message.starts_with("Call record (id bbbb-2) was skipped: invalid type: map"), "{}", e.message);
    assert_eq!(at(e).0, 2);
}

#[test]
fn bad_duration_bad_date_and_numbers_as_text_name_the_value() {
    let d = load(
        r#"{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#communications/callRecords('r1')/sessions","value":[{"id":"s1","segments":[{"media":[{"streams":[{"averageRoundTripTime":"16ms"}]}]}]},{"id":"s2","startDateTime":"2026-02-30T10:00:00Z"}]}"#,
    );
    assert_eq!(d.record("r1").unwrap().sessions.len(), 2, "both sessions load");
    let warnings: Vec<_> = d.diagnostics.iter().filter(|x| x.kind == DiagnosticKind::UnreadableField).collect();
    assert_eq!(warnings.len(), 2, "{:#?}", d.diagnostics);
    assert!(
        warnings[0].message.starts_with("averageRoundTripTime \"16ms\" is not an ISO 8601 duration such as PT0.03S"),
        "{}",
        warnings[0].message
    );
    assert!(warnings[0].message.contains("(at value[0].segments[0].media[0].streams[0].averageRoundTripTime)"));
    assert!(
        warnings[1].message.starts_with("startDateTime \"2026-02-30T10:00:00Z\" is not an ISO 8601 date and time"),
        "{}",
        warnings[1].message
    );
    // getPstnCalls written by a script that quoted every number: all read, one note per field.
    let rows: Vec<String> = (0..3)
        .map(|i| {
            format!(r#"{{"id":"p{i}","duration":"{}","charge":"0.02","startDateTime":"2026-03-17T10:00:00Z"}}"#, 29 + i)
        })
        .collect();
    let d = load(&format!(
        r#"{{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#Collection(microsoft.graph.callRecords.pstnCallLogRow)","value":[{}]}}"#,
        rows.join(",")
    ));
    assert_eq!(d.pstn_calls.iter().map(|r| r.duration).collect::<Vec<_>>(), [Some(29.0), Some(30.0), Some(31.0)]);
    assert_eq!(d.pstn_calls[0].charge, Some(0.02));
    let notes: Vec<_> = d.diagnostics.iter().filter(|x| x.kind == DiagnosticKind::NumberAsText).collect();
    assert_eq!(notes.len(), 2, "one per field: {:#?}", d.diagnostics);
    assert!(
        notes[0].message.starts_with(
            "duration \"29\" is a number written as text: read as the number (3 values like it in this field)"
        ),
        "{}",
        notes[0].message
    );
    assert_eq!(notes[0].severity, Severity::Info);
}

#[test]
fn wrong_container_type() {
    let e = only_error(&load(r#"{"id":"r","version":2,"sessions":{"id":"s"}}"#)).message.clone();
    assert!(e.contains("invalid type: map, expected a sequence") && e.contains("(at sessions)"), "{e}");
}

#[test]
fn json_lines_with_a_broken_line() {
    let text = format!("{RECORD_A}\n{{\"id\": \"broken\", \n{}\n", RECORD_A.replace("aaaa-1", "dddd-4"));
    let d = load(&text);
    assert_eq!(d.records.len(), 2, "{:#?}", d.diagnostics);
    assert_eq!(at(only_error(&d)).0, 3, "the error is where the broken line ends");
}

#[test]
fn concatenated_documents_and_trailing_garbage() {
    let d = load(&format!("{RECORD_A}{}", RECORD_A.replace("aaaa-1", "eeee-5")));
    assert_eq!(d.records.len(), 2);
    let d = load(&format!("{RECORD_A}\nthanks!"));
    assert_eq!(d.records.len(), 1);
    let e = only_error(&d);
    assert_eq!(
        (at(e), e.message.as_str()),
        ((2, 2), "invalid JSON: unexpected text: only true, false and null may appear without quotes")
    );
}

#[test]
fn invalid_utf8_is_replaced_located_and_the_rest_loads() {
    let mut bytes = br#"{"id":"x","joinWebUrl":"caf"#.to_vec();
    bytes.extend([0xE9, b'"', b'}']);
    let d = load_bytes(&bytes);
    let w = &d.diagnostics[0];
    assert_eq!(w.severity, Severity::Warning);
    assert!(w.message.starts_with("the text is not valid UTF-8 here"), "{}", w.message);
    assert_eq!(at(w), (1, 28), "at the bad byte");
    assert_eq!(d.records[0].join_web_url.as_deref(), Some("caf\u{FFFD}"), "the record still loads");
}

#[test]
fn gzip_and_utf16_inputs() {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(RECORD_A.as_bytes()).unwrap();
    assert_eq!(load_bytes(&gz.finish().unwrap()).records.len(), 1);
    let d = load_bytes(&[0x1f, 0x8b, 8, 0, 1, 2, 3, 4]);
    let e = only_error(&d);
    assert!(e.message.starts_with("the file looks gzip-compressed but could not be decompressed"), "{}", e.message);
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(RECORD_A.encode_utf16().flat_map(u16::to_le_bytes));
    assert_eq!(load_bytes(&utf16).records.len(), 1);
    let mut bom = vec![0xEF, 0xBB, 0xBF];
    bom.extend(RECORD_A.as_bytes());
    assert_eq!(load_bytes(&bom).records.len(), 1);
}

#[test]
fn deep_nesting_and_huge_numbers_do_not_panic() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert_eq!(only_error(&load(&deep)).message, "arrays or pages nested more than 8 deep");
    let deep_pages = format!("{}{}", r#"{"value":["#.repeat(60), "]}".repeat(60));
    let e = only_error(&load(&deep_pages)).message.clone();
    assert!(e.contains("nested more than 8 deep"), "{e}");
    let e = only_error(&load(r#"{"id":"r","version":1e400}"#)).message.clone();
    assert!(e.contains("number out of range"), "{e}");
    assert!(!only_error(&load("NaN")).message.is_empty());
}

#[test]
fn record_without_id_and_orphan_sessions_page_are_warned() {
    let d = load(r#"{"version":1,"type":"peerToPeer"}"#);
    assert_eq!(d.records.len(), 1);
    assert!(d.diagnostics[0].message.contains("has no \"id\""));
    let d = load(r#"{"value":[{"id":"s1","caller":{},"callee":{}}]}"#);
    assert_eq!(d.records[0].id, "(no call record)");
    assert!(d
        .diagnostics
        .iter()
        .any(|x| x.severity == Severity::Warning && x.message.contains("does not say which call record")));
}

#[test]
fn same_record_twice_keeps_the_higher_version() {
    let v1 = r#"{"id":"r","version":1,"type":"peerToPeer","sessions":[{"id":"s1"}]}"#;
    let v2 = r#"{"id":"r","version":2,"type":"groupCall","sessions":[{"id":"s1"},{"id":"s2"}]}"#;
    for (first, second) in [(v1, v2), (v2, v1)] {
        let d = ingest([("a.json", first.as_bytes()), ("b.json", second.as_bytes())]);
        assert_eq!(d.records.len(), 1);
        assert_eq!(d.records[0].version, Some(2));
        assert_eq!(d.records[0].sessions.len(), 2);
        assert!(d.diagnostics.iter().any(|x| x.severity == Severity::Info && x.message.contains("version 2 is shown")));
    }
}

#[test]
fn sessions_pages_complete_the_record_and_clear_more_sessions() {
    let record = r#"{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#communications/callRecords(sessions(segments()))/$entity","id":"r9","version":1,"sessions":[{"id":"s1"}],"sessions@odata.nextLink":"next"}"#;
    let page = r#"{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#communications/callRecords('r9')/sessions(segments())","value":[{"id":"s2"}]}"#;
    let d = ingest([("record.json", record.as_bytes())]);
    assert!(d.records[0].more_sessions);
    let d = ingest([("record.json", record.as_bytes()), ("page2.json", page.as_bytes())]);
    assert_eq!(d.records[0].sessions.len(), 2);
    assert!(!d.records[0].more_sessions, "the last page (no nextLink) was loaded");
}

#[test]
fn unknown_enum_values_and_extra_keys_are_kept_not_errors() {
    let d = load(
        r##"{"id":"r","version":1,"type":"holoCall","modalities":["audio","smellovision"],"newField":{"x":1},"sessions":[{"id":"s","caller":{"@odata.type":"#microsoft.graph.callRecords.quantumEndpoint","userAgent":{"role":"teleporter"}}}]}"##,
    );
    assert!(d.diagnostics.is_empty(), "{:?}", d.diagnostics);
    let r = &d.records[0];
    assert_eq!(r.call_type.as_ref().unwrap().as_wire(), "holoCall");
    assert_eq!(r.modalities[1].as_wire(), "smellovision");
    assert_eq!(r.sessions[0].caller.as_ref().unwrap().display_name(), "teleporter");
}

/// Truncation at many points and corrupted bytes of every corpus file: never a panic, always
/// either data or a message.
#[test]
fn corrupted_corpus_never_panics() {
    let mut runs = 0;
    for entry in std::fs::read_dir(common::corpus_dir()).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        let step = (bytes.len() / 40).max(1);
        for cut in (0..bytes.len()).step_by(step) {
            let d = load_bytes(&bytes[..cut]);
            assert!(
                !d.diagnostics.is_empty()
                    || !d.is_empty()
                    || cut == 0
                    || bytes[..cut].iter().all(u8::is_ascii_whitespace)
            );
            let mut flipped = bytes.clone();
            flipped[cut] ^= 0x5A;
            let _ = load_bytes(&flipped);
            runs += 2;
        }
    }
    assert!(runs > 1000, "{runs}");
}

/// Every kind of diagnostic, from an input that causes it: what code and the page match on (the
/// message is for people and may be reworded).
#[test]
fn each_problem_has_its_kind() {
    use callrecords::model::diagnostic::DiagnosticKind as K;
    let deep = format!("{}{}", "[".repeat(50), "]".repeat(50));
    let dup = r#"{"id":"r","version":1,"version":2}"#;
    let broken_many: String = (0..30).map(|_| "{\"id\" \"r\"}\n").collect();
    let page_with_next = r#"{"value":[{"id":"r1","version":1,"type":"groupCall"}],"@odata.nextLink":"https://graph.microsoft.com/next"}"#;
    let record_twice = [("a.json", RECORD_A.as_bytes()), ("b.json", RECORD_A.as_bytes())];
    let cases: Vec<(&str, Dataset, K)> = vec![
        ("white space", load("  \n "), K::Empty),
        ("broken gzip", load_bytes(&[0x1f, 0x8b, 8, 0, 1, 2, 3, 4]), K::Undecodable),
        ("a Latin-1 byte", load_bytes(b"{\"id\":\"caf\xe9\",\"version\":1,\"type\":\"groupCall\"}"), K::InvalidUtf8),
        ("a missing comma", load(r#"{"id":"r" "version":1}"#), K::Syntax),
        ("cut off", load(r#"{"id":"r","version":1"#), K::Truncated),
        ("thirty broken lines", load(&broken_many), K::TooManyErrors),
        ("arrays 50 deep", load(&deep), K::TooDeep),
        ("a repeated key", load(dup), K::DuplicateKey),
        ("sessions that are not a list", load(r#"{"id":"r","version":1,"sessions":{"id":"s"}}"#), K::SkippedItem),
        (
            "a stream with a wrong type",
            load(
                r#"{"id":"r","version":1,"sessions":[{"id":"s","segments":[{"media":[{"streams":[{"averageJitter":12}]}]}]}]}"#,
            ),
            K::UnreadableField,
        ),
        ("a number written as text", load(r#"{"id":"r","version":"1","type":"groupCall"}"#), K::NumberAsText),
        ("an Entra user", load(r#"{"displayName":"Contoso","mail":"x@contoso.com"}"#), K::UnknownShape),
        (
            "a change notification",
            load(
                r#"{"value":[{"changeType":"created","resource":"communications/callRecords/abc","clientState":"s"}]}"#,
            ),
            K::Notification,
        ),
        ("a Graph error", load(r#"{"error":{"code":"Forbidden","message":"no"}}"#), K::GraphError),
        ("a record without id", load(r#"{"version":1,"type":"peerToPeer"}"#), K::MissingId),
        ("an orphan sessions page", load(r#"{"value":[{"id":"s1","caller":{},"callee":{}}]}"#), K::PageWithoutRecord),
        ("the same record twice", ingest(record_twice), K::RecordSeenTwice),
        ("a list with more pages", load(page_with_next), K::MorePages),
        (
            "ConvertTo-Json at its default depth",
            load(r#"{"id":"r","version":1,"sessions":[{"id":"s","caller":"@{name=x; userAgent=}"}]}"#),
            K::PowerShellDepth,
        ),
        ("Graph PowerShell SDK objects", load(r#"{"Id":"r","Version":1,"Type":"peerToPeer"}"#), K::PowerShellOutput),
        ("a 2 MiB display name", load(&with_name(1, &"x".repeat(2 << 20))), K::LongText),
    ];
    for (what, dataset, kind) in cases {
        let kinds: Vec<K> = dataset.diagnostics.iter().map(|d| d.kind).collect();
        assert!(kinds.contains(&kind), "{what}: expected {kind:?}, got {:#?}", dataset.diagnostics);
        for d in dataset.diagnostics.iter().filter(|d| d.kind == kind) {
            assert_eq!(d.severity, kind.severity(), "{what}: the kind decides the severity");
        }
    }
}

/// A diagnostic's kind is in the command line's JSON, so scripts can match on it too.
#[test]
fn kinds_serialise_for_the_command_line() {
    let d = load(r#"{"id":"r","version":1"#);
    let json = serde_json::to_value(&d.diagnostics[0]).unwrap();
    assert_eq!(json["kind"], "truncated");
    assert_eq!(json["severity"], "error");
}

/// A record whose organizer is named `name`.
fn with_name(n: usize, name: &str) -> String {
    format!(
        r#"{{"id":"r{n}","version":1,"type":"groupCall","organizer":{{"user":{{"id":"u{n}","displayName":"{name}"}}}}}}"#
    )
}

fn organizer_name(dataset: &Dataset, id: &str) -> String {
    let record = dataset.records.iter().find(|r| r.id == id).expect("the record loaded");
    let organizer = record.organizer.as_ref().expect("an organizer");
    organizer.identities.iter().find_map(|(_, identity)| identity.display_name.clone()).expect("named").into()
}

/// The string-length limit (1 MiB): a longer text value is cut, ending in "…", with a warning at
/// its line and column; its record and every other one load, and the positions after it are the
/// file's own. The same whether the text is read in slices or in one go (a comment sends it down
/// the one-go path).
#[test]
fn a_text_longer_than_the_limit_is_cut_where_it_is_and_the_rest_loads() {
    use callrecords::ingest::{Loading, DEFAULT_MAX_TEXT};
    let huge = "é".repeat(3 << 19); // 3 MiB of text, 1.5 M characters
    let items: Vec<String> = (0..50).map(|n| with_name(n, if n == 7 { &huge } else { "Ana" })).collect();
    let list = format!("[\n{}\n]\n", items.join(",\n"));
    let broken_after = format!("{},\n{{\"id\" \"bad\"}}\n]\n", &list[..list.len() - 3]);
    for (what, text) in [
        ("in slices", list.clone()),
        ("in one go", format!("// fetched today\n{list}")),
        ("with a broken record after it", broken_after),
    ] {
        let (mut sliced, mut whole) = (Dataset::default(), Dataset::default());
        sliced.load("f.json", text.as_bytes());
        let mut one_go = Loading::sliced_from("f.json", text.as_bytes(), usize::MAX);
        while !one_go.step(&mut whole, usize::MAX) {}
        assert_eq!(sliced, whole, "{what}: slices and one go agree");
        assert_eq!(sliced.records.len(), 50, "{what}: every record loads");
        let name = organizer_name(&sliced, "r7");
        assert!(name.len() <= DEFAULT_MAX_TEXT && name.len() > DEFAULT_MAX_TEXT - 8, "{what}: {}", name.len());
        assert!(name.ends_with("é…"), "{what}: whole characters, then the ellipsis");
        assert_eq!(organizer_name(&sliced, "r8"), "Ana");
        let long: Vec<&Diagnostic> = sliced.diagnostics.iter().filter(|d| d.kind == DiagnosticKind::LongText).collect();
        assert_eq!(long.len(), 1, "{what}: {:#?}", sliced.diagnostics);
        let at = long[0].location.expect("placed");
        let line = text.lines().position(|l| l.contains(&huge[..10])).unwrap() + 1;
        assert_eq!(at.line, line, "{what}");
        assert_eq!(long[0].severity, Severity::Warning);
        let message = long[0].shown_message();
        assert!(message.contains("1,572,864") && message.contains("1,048,576"), "{what}: {message}");
        if what.contains("broken") {
            // The broken record's position is still the file's: its line is the last but one.
            let syntax = sliced.diagnostics.iter().find(|d| d.severity == Severity::Error).expect("reported");
            assert_eq!(syntax.location.unwrap().line, text.lines().count() - 1, "{what}: {syntax:#?}");
        }
    }
}

#[test]
fn a_field_excused_in_a_cut_record_is_said_and_not_left_for_the_next_file() {
    let cut = r#"{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#communications/callRecords/$entity","id":"a","version":1,"lastModifiedDateTime":"yesterday","type":"peerToPeer","organizer":{"user":{"displayName":"Zo"#;
    let mut first = Dataset::default();
    first.load("cut.json", cut.as_bytes());
    assert_eq!(first.records.len(), 1, "{:?}", first.diagnostics);
    assert!(
        first.diagnostics.iter().any(|d| d.kind == DiagnosticKind::UnreadableField && d.message.contains("yesterday")),
        "{:?}",
        first.diagnostics
    );
    let mut next = Dataset::default();
    next.load("clean.json", br#"{"id":"b","version":1}"#);
    assert!(next.diagnostics.is_empty(), "nothing of the cut file is said of this one: {:?}", next.diagnostics);
}
