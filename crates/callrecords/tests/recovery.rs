//! A broken file keeps every record it still holds. Every corpus file is cut at 50 evenly spaced
//! byte offsets and has one comma or brace deleted at 20 positions; each damaged file must keep
//! every element (record, session, row) that lies wholly outside the damaged element, report
//! the damage with one located error, and never panic.
//!
//! What "should be kept" is computed here independently of the reader: this file finds the
//! envelope's array (a page's `value`, a record's `sessions`, a top-level array) and the spans
//! of its elements with its own scanner, and builds the undamaged file without the damaged
//! element; ingest of that must not hold more than ingest of the damaged file.

use callrecords::ingest::ingest;
use callrecords::model::diagnostic::Severity;
use callrecords::model::{Counts, Dataset};

mod common;

/// Offsets of the structural characters (outside strings) of a JSON text.
fn structure(text: &str) -> Vec<(usize, u8)> {
    let mut out = Vec::new();
    let (b, mut i, mut in_string) = (text.as_bytes(), 0, false);
    while i < b.len() {
        match (in_string, b[i]) {
            (true, b'\\') => i += 1,
            (_, b'"') => in_string = !in_string,
            (false, c @ (b'{' | b'}' | b'[' | b']' | b',' | b':')) => out.push((i, c)),
            _ => {}
        }
        i += 1;
    }
    out
}

/// The array the reader recovers element by element, and its elements' spans: the top-level
/// array's, or the `value` or `sessions` array's of the top-level object (depth 1).
/// An array's `[` and `]` offsets and its elements' spans.
type ArraySpans = (usize, usize, Vec<(usize, usize)>);

fn elements(text: &str) -> Option<ArraySpans> {
    let marks = structure(text);
    let first = marks.first()?;
    let (open, depth_of_items) = if first.1 == b'[' {
        (first.0, 1)
    } else {
        let at = ["\"value\"", "\"sessions\""].iter().filter_map(|k| text.find(k)).min()?;
        let open = marks.iter().find(|(i, c)| *i > at && *c == b'[')?.0;
        (open, 2)
    };
    let mut depth = 0;
    let (mut spans, mut start, mut close) = (Vec::new(), None, None);
    for &(i, c) in &marks {
        match c {
            b'{' | b'[' => {
                depth += 1;
                if i > open && depth == depth_of_items + 1 && start.is_none() {
                    start = Some(i);
                }
            }
            b'}' | b']' => {
                depth -= 1;
                if depth == depth_of_items && i > open {
                    if let Some(s) = start.take() {
                        spans.push((s, i + 1));
                    }
                }
                if depth == depth_of_items - 1 && i > open {
                    close = Some(i);
                    break;
                }
            }
            _ => {}
        }
    }
    Some((open, close?, spans))
}

/// The text with only the elements `keep` says, the rest of the envelope as it was.
fn with_elements(
    text: &str,
    open: usize,
    close: usize,
    spans: &[(usize, usize)],
    keep: impl Fn(usize) -> bool,
) -> String {
    let kept: Vec<&str> = spans.iter().enumerate().filter(|(i, _)| keep(*i)).map(|(_, (a, b))| &text[*a..*b]).collect();
    format!("{}{}{}", &text[..=open], kept.join(","), &text[close..])
}

fn counts(d: &Dataset) -> [usize; 8] {
    let Counts { records, sessions, segments, streams, pstn_rows, direct_routing_rows, sms_rows, .. } = d.counts();
    let other = d.blocked_users.len() + d.dialout_report.len();
    [records, sessions, segments, streams, pstn_rows, direct_routing_rows, sms_rows, other]
}

fn at_least(got: [usize; 8], want: [usize; 8]) -> bool {
    got.iter().zip(want).all(|(g, w)| *g >= w)
}

fn errors(d: &Dataset) -> usize {
    d.diagnostics.iter().filter(|x| x.severity == Severity::Error).count()
}

struct Tally {
    runs: usize,
    one_error: usize,
    kept: [usize; 8],
    expected: [usize; 8],
    failures: Vec<String>,
}

fn check(t: &mut Tally, name: &str, what: &str, damaged: &str, expected: &str) {
    let d = ingest([(name, damaged.as_bytes())]);
    let want = if expected.is_empty() { [0; 8] } else { counts(&ingest([(name, expected.as_bytes())])) };
    let got = counts(&d);
    t.runs += 1;
    for i in 0..8 {
        t.kept[i] += got[i].min(want[i]);
        t.expected[i] += want[i];
    }
    let located = d.diagnostics.iter().filter(|x| x.severity == Severity::Error && x.location.is_some()).count();
    if errors(&d) == 1 && located == 1 {
        t.one_error += 1;
    } else if std::env::var_os("RECOVERY_VERBOSE").is_some() {
        let kinds: Vec<_> = d
            .diagnostics
            .iter()
            .filter(|x| x.severity == Severity::Error)
            .map(|x| (x.kind, x.location.map(|l| (l.line, l.column))))
            .collect();
        println!("{name} {what}: {kinds:?}");
    }
    if !at_least(got, want) {
        t.failures.push(format!("{name} {what}: kept {got:?}, expected at least {want:?}"));
    }
    if errors(&d) == 0 {
        t.failures.push(format!("{name} {what}: the damage was not reported"));
    }
}

#[test]
fn damaged_corpus_files_keep_what_lies_outside_the_damage() {
    let mut t = Tally { runs: 0, one_error: 0, kept: [0; 8], expected: [0; 8], failures: Vec::new() };
    for (name, bytes) in common::corpus_files() {
        let text = String::from_utf8(bytes).expect("the corpus is UTF-8");
        let Some((open, close, spans)) = elements(&text) else { continue };
        let len = text.len();
        for k in 1..=50 {
            let mut cut = k * len / 51;
            while !text.is_char_boundary(cut) {
                cut -= 1;
            }
            let expected = if cut > open {
                with_elements(&text, open, close, &spans, |i| spans[i].1 <= cut)
            } else {
                String::new()
            };
            check(&mut t, &name, &format!("cut at {cut}"), &text[..cut], &expected);
        }
        let marks: Vec<usize> =
            structure(&text).into_iter().filter(|(_, c)| matches!(c, b',' | b'{' | b'}')).map(|(i, _)| i).collect();
        for k in 0..20 {
            let at = marks[k * marks.len() / 20];
            let damaged = format!("{}{}", &text[..at], &text[at + 1..]);
            let inside = spans.iter().position(|(a, b)| *a <= at && at < *b);
            let expected = match inside {
                Some(hit) => with_elements(&text, open, close, &spans, |i| i != hit),
                // A separator between elements, or the envelope itself: every element.
                None if at > open && at < close => text.clone(),
                None => String::new(),
            };
            check(
                &mut t,
                &name,
                &format!("without the {:?} at {at}", text.as_bytes()[at] as char),
                &damaged,
                &expected,
            );
        }
    }
    let share = |i: usize| format!("{}/{}", t.kept[i], t.expected[i]);
    println!(
        "recovery: {} damaged files; kept records {}, sessions {}, segments {}, streams {}, PSTN rows {}, DR rows {}; exactly one located error in {} of {}",
        t.runs, share(0), share(1), share(2), share(3), share(4), share(5), t.one_error, t.runs
    );
    assert!(t.failures.is_empty(), "{} of {} runs:\n{}", t.failures.len(), t.runs, t.failures.join("\n"));
    assert_eq!(t.one_error, t.runs, "each damage is one located error (RECOVERY_VERBOSE=1 lists the others)");
    assert!(t.runs > 1000, "every corpus file was damaged");
}

fn record(id: &str, sessions: usize) -> String {
    let sessions: Vec<String> = (0..sessions)
        .map(|s| format!(r#"{{"id":"{id}-s{s}","startDateTime":"2026-03-17T10:00:00Z","endDateTime":"2026-03-17T10:05:00Z","segments":[]}}"#))
        .collect();
    format!(
        r#"{{"id":"{id}","version":1,"type":"groupCall","modalities":["audio"],"startDateTime":"2026-03-17T10:00:00Z","endDateTime":"2026-03-17T10:30:00Z","sessions":[{}]}}"#,
        sessions.join(",\n      ")
    )
}

fn page(records: &[String]) -> String {
    format!(
        "{{\n  \"@odata.context\": \"https://graph.microsoft.com/v1.0/$metadata#communications/callRecords(sessions())\",\n  \"value\": [\n    {}\n  ]\n}}",
        records.join(",\n    ")
    )
}

fn only_error(d: &Dataset) -> &callrecords::model::diagnostic::Diagnostic {
    let errors: Vec<_> = d.diagnostics.iter().filter(|x| x.severity == Severity::Error).collect();
    assert_eq!(errors.len(), 1, "{:#?}", d.diagnostics);
    errors[0]
}

#[test]
fn a_broken_record_in_a_page_of_five_costs_only_that_record() {
    let records: Vec<String> = (1..=5).map(|i| record(&format!("r{i}"), 2)).collect();
    // A missing comma inside record 3: nothing is lost at all.
    let text = page(&records).replacen(r#""version":1,"type":"groupCall","modalities":["audio"],"startDateTime":"2026-03-17T10:00:00Z","endDateTime":"2026-03-17T10:30:00Z","sessions":[{"id":"r3"#, r#""version":1 "type":"groupCall","modalities":["audio"],"startDateTime":"2026-03-17T10:00:00Z","endDateTime":"2026-03-17T10:30:00Z","sessions":[{"id":"r3"#, 1);
    let d = ingest([("page.json", text.as_bytes())]);
    assert_eq!(d.records.len(), 5);
    let e = only_error(&d);
    assert!(e.message.contains("is a comma missing between two properties?"), "{}", e.message);
    // Record 3 with its opening quote lost in a key: only record 3 is lost.
    let text = page(&records).replacen(r#"{"id":"r3","version""#, r#"{"id":"r3",version""#, 1);
    let d = ingest([("page.json", text.as_bytes())]);
    let ids: Vec<&str> = d.records.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["r1", "r2", "r4", "r5"]);
    let e = only_error(&d);
    assert!(e.message.starts_with("invalid JSON in Call record 3 of 5 (id r3), which was skipped"), "{}", e.message);
    assert_eq!(e.location.map(|l| l.line), Some(8), "record 3's line");
}

#[test]
fn a_page_cut_inside_its_last_record_keeps_the_ones_before() {
    let records: Vec<String> = (1..=5).map(|i| record(&format!("r{i}"), 2)).collect();
    let text = page(&records);
    let cut = text.find(r#"{"id":"r5""#).unwrap() + 30;
    let d = ingest([("page.json", &text.as_bytes()[..cut])]);
    let ids: Vec<&str> = d.records.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["r1", "r2", "r3", "r4", "r5"], "what was read of record 5 is kept too");
    assert!(d.records[..4].iter().all(|r| r.lost_sessions == 0 && r.sessions.len() == 2));
    assert!(d.records[4].lost_sessions > 0, "record 5 is marked incomplete");
    let e = only_error(&d);
    assert_eq!(e.kind, callrecords::model::diagnostic::DiagnosticKind::Truncated);
    assert!(
        e.message.contains("record 5 of 5")
            && e.message.contains("the file looks truncated (was the download complete?)"),
        "{}",
        e.message
    );
}

#[test]
fn a_broken_session_of_sixty_keeps_the_record_marked_incomplete() {
    let text = record("r1", 60).replacen(r#"{"id":"r1-s6","startDateTime""#, r#"{"id":"r1-s6" "startDateTime":: "#, 1);
    let d = ingest([("record.json", text.as_bytes())]);
    let r = d.record("r1").expect("the record is kept");
    assert_eq!(r.sessions.len(), 59);
    assert_eq!(r.lost_sessions, 1);
    let e = only_error(&d);
    assert!(e.message.contains("in session 7 of 60 of Call record (id r1)"), "{}", e.message);
    assert!(e.message.contains("marked incomplete"), "{}", e.message);
    // Nowhere is it shown as if complete.
    let judgement = callrecords::judge::judge_record(r, &callrecords::judge::RuleSet::default());
    let summary = callrecords::summary::summarize_call(r, &judgement, &[]);
    assert!(summary.contains("Incomplete: 1 session lost to a syntax error"), "{summary}");
    assert!(callrecords::view::call::load_warnings(r).iter().any(|w| w.starts_with("Incomplete")));
    let rows =
        callrecords::view::overview::call_rows(&d, &callrecords::view::overview::judge_all(&d, &Default::default()));
    assert_eq!(rows[0].sessions_text(), "59, 1 lost (incomplete)");
    assert!(rows[0].has_problems());
}

#[test]
fn an_unpaired_surrogate_keeps_its_record_and_names_the_field() {
    let text = record("r1", 1).replacen(
        r#""type":"groupCall""#,
        r#""type":"groupCall","joinWebUrl":"https://teams.microsoft.com/x\ud800y""#,
        1,
    );
    let d = ingest([("record.json", text.as_bytes())]);
    let r = d.record("r1").expect("the record loads");
    assert_eq!(r.join_web_url.as_deref(), Some("https://teams.microsoft.com/x\u{FFFD}y"));
    let [w] = d.diagnostics.as_slice() else { panic!("{:#?}", d.diagnostics) };
    assert_eq!(w.kind, callrecords::model::diagnostic::DiagnosticKind::LoneSurrogate);
    assert!(w.message.starts_with("joinWebUrl holds an unpaired UTF-16 surrogate (\\ud800)"), "{}", w.message);
    // A proper pair is text, not a problem.
    let text =
        record("r1", 1).replacen(r#""type":"groupCall""#, r#""type":"groupCall","joinWebUrl":"x\ud83d\ude00""#, 1);
    assert!(ingest([("record.json", text.as_bytes())]).diagnostics.is_empty());
}

#[test]
fn many_errors_stop_the_reader_and_keep_what_was_read() {
    let mut lines: Vec<String> = (0..5).map(|i| record(&format!("ok{i}"), 1)).collect();
    lines.extend((0..40).map(|i| format!(r#"{{"id" "broken{i}"}}"#)));
    let d = ingest([("lines.jsonl", lines.join("\n").as_bytes())]);
    assert_eq!(d.records.len(), 5, "the records before the errors are kept");
    let kinds: Vec<_> = d.diagnostics.iter().map(|x| x.kind).collect();
    assert_eq!(kinds.last(), Some(&callrecords::model::diagnostic::DiagnosticKind::TooManyErrors));
    assert!(kinds.len() <= 22, "bounded: {}", kinds.len());
}

#[test]
fn a_cut_gzip_keeps_the_records_before_the_cut() {
    use std::io::Write;
    let lines: Vec<String> = (0..200).map(|i| record(&format!("r{i}"), 1)).collect();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(lines.join("\n").as_bytes()).unwrap();
    let packed = gz.finish().unwrap();
    let d = ingest([("records.json.gz", &packed[..packed.len() * 2 / 3])]);
    assert!(d.records.len() > 50 && d.records.len() < 200, "{} records", d.records.len());
    assert!(d.diagnostics.iter().any(|x| x.kind == callrecords::model::diagnostic::DiagnosticKind::Truncated));
    assert!(!d.sources[0].unreadable, "what was read counts");
}

#[test]
fn utf16_with_an_odd_byte_says_it_is_cut_not_empty() {
    let d = ingest([("odd.json", b"\xff\xfe\x7b".as_slice())]);
    let e = only_error(&d);
    assert_eq!(e.kind, callrecords::model::diagnostic::DiagnosticKind::Truncated);
    assert!(e.message.contains("UTF-16") && e.message.contains("odd number of bytes"), "{}", e.message);
    // A whole UTF-16 record with its last byte cut still loads what it can and says why.
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(record("r1", 1).encode_utf16().flat_map(u16::to_le_bytes));
    utf16.push(b'\n');
    let d = ingest([("cut.json", utf16.as_slice())]);
    assert_eq!(d.records.len(), 1);
    assert!(d.diagnostics.iter().any(|x| x.message.contains("odd number of bytes")), "{:#?}", d.diagnostics);
}

/// Inputs the fuzz stage found (mutations of Microsoft's examples): the resync searched from a
/// byte inside a multi-byte character and panicked. They load, and say what is broken.
#[test]
fn fuzz_finds_load_without_panicking() {
    let finds: [&[u8]; 3] = [
        include_bytes!("fixtures/fuzz/recover-char-boundary-1.json"),
        include_bytes!("fixtures/fuzz/recover-char-boundary-2.json"),
        include_bytes!("fixtures/fuzz/recover-char-boundary-3.json"),
    ];
    for bytes in finds {
        let d = ingest([("find.json", bytes)]);
        assert!(d.diagnostics.iter().any(|x| x.severity == Severity::Error), "{:#?}", d.diagnostics);
    }
}
