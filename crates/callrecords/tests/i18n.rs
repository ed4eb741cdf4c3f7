//! The catalogues are complete: every message of the English source has a non-empty
//! translation in Português (Brasil), Русский and 简体中文, no translation has a message
//! English lacks, every file parses, and every message id the code names exists.

use callrecords::i18n::{message_ids, Lang, CATALOGUES};
use std::collections::BTreeSet;
use std::path::Path;

mod common;

fn ids(lang: Lang) -> Vec<(String, bool)> {
    let (_, files) = CATALOGUES.iter().find(|(l, _)| *l == lang).unwrap();
    files.iter().flat_map(|f| message_ids(f)).collect()
}

#[test]
fn every_catalogue_parses_without_errors() {
    for (lang, files) in CATALOGUES {
        for (i, file) in files.iter().enumerate() {
            if let Err((_, errors)) = fluent_syntax_parse(file) {
                panic!("{lang:?} file {i}: {errors}");
            }
        }
    }
}

fn fluent_syntax_parse(source: &str) -> Result<(), ((), String)> {
    // message_ids parses leniently; a parse error shows as a junk entry, found here by
    // comparing with the count of top-level ids written in the text.
    let declared =
        source.lines().filter(|l| l.chars().next().is_some_and(|c| c.is_ascii_alphabetic()) && l.contains('=')).count();
    let parsed = message_ids(source).len();
    if declared == parsed {
        Ok(())
    } else {
        Err(((), format!("{declared} messages written, {parsed} parsed")))
    }
}

#[test]
fn every_english_message_is_translated_and_nothing_else_is() {
    let english = ids(Lang::En);
    let source: BTreeSet<&str> = english.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(source.len(), english.len(), "an English message id is defined twice");
    assert!(english.iter().all(|(_, filled)| *filled), "an English message is empty");
    let mut problems = vec![];
    for lang in [Lang::PtBr, Lang::Ru, Lang::ZhCn] {
        let translated = ids(lang);
        let seen: BTreeSet<&str> = translated.iter().map(|(id, _)| id.as_str()).collect();
        if seen.len() != translated.len() {
            problems.push(format!("{lang:?}: a message id is defined twice"));
        }
        for id in source.difference(&seen) {
            problems.push(format!("{lang:?}: {id} is missing"));
        }
        for id in seen.difference(&source) {
            problems.push(format!("{lang:?}: {id} is not in the English source"));
        }
        for (id, filled) in &translated {
            if !filled {
                problems.push(format!("{lang:?}: {id} is empty"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Every `t!("id"` in the core and the app names a message of the English catalogue.
#[test]
fn every_message_the_code_names_exists() {
    let english: BTreeSet<String> = ids(Lang::En).into_iter().map(|(id, _)| id).collect();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut missing = vec![];
    let mut stack = vec![root.join("src"), root.join("../../src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                for (at, _) in text.match_indices("t!(\"") {
                    let before = text[..at].chars().next_back();
                    if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                        continue; // format!, write!, ...
                    }
                    let id = text[at + 4..].split('"').next().unwrap();
                    if !english.contains(id) {
                        missing.push(format!("{}: {id}", path.display()));
                    }
                }
            }
        }
    }
    assert!(missing.is_empty(), "ids with no English message:\n{}", missing.join("\n"));
}

#[test]
fn plurals_follow_each_language() {
    use callrecords::i18n::set_current;
    let cases = [
        (Lang::En, [(1, "1 call record"), (3, "3 call records"), (21, "21 call records")]),
        (Lang::Ru, [(1, "1 запись звонка"), (3, "3 записи звонков"), (5, "5 записей звонков")]),
        (Lang::PtBr, [(1, "1 registro de chamada"), (0, "0 registro de chamada"), (2, "2 registros de chamadas")]),
        (Lang::ZhCn, [(1, "1 条通话记录"), (3, "3 条通话记录"), (21, "21 条通话记录")]),
    ];
    for (lang, expected) in cases {
        set_current(lang);
        for (n, text) in expected {
            assert_eq!(callrecords::t!("count-call-records", count = n as usize), text, "{lang:?} {n}");
        }
    }
    set_current(Lang::Ru);
    assert_eq!(callrecords::t!("count-call-records", count = 1234usize), "1\u{a0}234 записи звонков");
    set_current(Lang::En);
}

/// A problem with the input is written in the language shown, not the one it was loaded in, and
/// redaction reaches the values inside it whatever the language.
#[test]
fn diagnostics_follow_the_language_after_loading() {
    use callrecords::i18n::set_current;
    use callrecords::model::diagnostic::DiagnosticKind;
    use callrecords::redact::{redact, Categories};
    let rows = r#"{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#Collection(microsoft.graph.callRecords.pstnCallLogRow)",
        "value":[{"id":"p1","userDisplayName":"Kenji Holloway","duration":"29","startDateTime":"2026-03-17T10:00:00Z"},
                 {"id":"p2","duration":"30","startDateTime":"2026-03-17T11:00:00Z"}]}"#;
    set_current(Lang::Ru);
    let loaded = callrecords::ingest::ingest([("pstn.json", rows.as_bytes())]);
    let note = loaded.diagnostics.iter().find(|d| d.kind == DiagnosticKind::NumberAsText).expect("a note");
    assert!(note.message.starts_with("duration \"29\" — число, записанное как текст"), "{}", note.message);
    set_current(Lang::En);
    assert_eq!(
        note.shown_message(),
        "duration \"29\" is a number written as text: read as the number (2 values like it in this field) (at value[0].duration)"
    );
    set_current(Lang::ZhCn);
    assert!(note.shown_message().contains("是以文本形式写入的数字"), "{}", note.shown_message());
    // A record without an id names its placeholder.
    set_current(Lang::PtBr);
    let record = r#"{"version":1,"organizer":{"user":{"id":"u1","displayName":"Kenji Holloway"}}}"#;
    let error = r#"{"error":{"code":"Forbidden","message":"Kenji Holloway may not read call records"}}"#;
    let loaded = callrecords::ingest::ingest([("call.json", record.as_bytes()), ("error.json", error.as_bytes())]);
    let missing = loaded.diagnostics.iter().find(|d| d.kind == DiagnosticKind::MissingId).expect("missing id");
    assert_eq!(
        missing.shown_message(),
        "Um registro de chamada não tem \"id\"; ele é mostrado como (registro sem id nº 1)."
    );
    let graph = loaded.diagnostics.iter().find(|d| d.kind == DiagnosticKind::GraphError).expect("graph error");
    assert!(graph.shown_message().ends_with("Forbidden — Kenji Holloway may not read call records"));
    // Redacted, no original value is left in a message, whatever language writes it.
    let redacted = redact(&loaded, Categories::all()).dataset;
    for lang in [Lang::En, Lang::PtBr, Lang::Ru, Lang::ZhCn] {
        set_current(lang);
        for d in &redacted.diagnostics {
            assert!(!d.shown_message().contains("Kenji") && !d.source.contains("Kenji"), "{lang:?}: {d:?}");
        }
    }
    set_current(Lang::En);
}

/// The diagnostics of a broken paste (syntax errors, a repeated key, a value of the wrong type,
/// something that is not call-record data, a record loaded twice, gzip, PowerShell output) are
/// written in every language from whole messages: no English sentence is left in a translation,
/// no placeholder is left unfilled, and the ids inside are redacted in every language.
#[test]
fn every_kind_of_input_problem_is_written_in_each_language() {
    use callrecords::i18n::set_current;
    use callrecords::redact::{redact, Categories};
    use std::io::Write;
    let broken = r#"{"value": [
  {"id": "r-broken-1", "version": 1, "type": "groupCall", "sessions": 5},
  {"id": "r-named", "version": 1, "type": "groupCall", "organizer": {"user": {"id": "u9", "displayName": "Kenji Holloway"}}},
  {"id": "r-broken-5", "version": 1, "type": "groupCall", "sessions": "Kenji Holloway"},
  {"id": "r-broken-2", "version": 1, "type": "groupCall", "organizer": {"user": {"id": "u1", "id": "u2"}}},
  {"id": "r-broken-3", "version": 1, "type": "groupCall", "startDateTime": "2026-03-17T10:00:00Z" "endDateTime": "x"},
  {"hello": 1},
  {"id": "r-broken-4", "version": 1, 'type': "groupCall"}
]}
{"id": "r-twice", "version": 1, "type": "peerToPeer"}
{"id": "r-twice", "version": 2, "type": "peerToPeer"}
[1, 2,]"#;
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(broken.as_bytes()).unwrap();
    let packed = gz.finish().unwrap();
    let powershell = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/powershell/depth2-sdk-record.json");
    let sources: Vec<(&str, Vec<u8>)> = vec![
        ("pasted text", broken.as_bytes().to_vec()),
        ("cut.json.gz", packed[..packed.len() / 2].to_vec()),
        ("ps.json", std::fs::read(powershell).unwrap()),
    ];
    set_current(Lang::En);
    let loaded = callrecords::ingest::ingest(sources.iter().map(|(n, b)| (*n, b.as_slice())));
    let kinds: BTreeSet<String> = loaded.diagnostics.iter().map(|d| format!("{:?}", d.kind)).collect();
    for kind in
        ["Syntax", "DuplicateKey", "SkippedItem", "UnknownShape", "RecordSeenTwice", "Truncated", "PowerShellDepth"]
    {
        assert!(kinds.contains(kind), "{kind} in {kinds:?}");
    }
    let english: Vec<String> = loaded.diagnostics.iter().map(|d| d.shown_message()).collect();
    for d in &loaded.diagnostics {
        assert!(d.text.is_some(), "made from the catalogue: {}", d.message);
    }
    for lang in [Lang::PtBr, Lang::Ru, Lang::ZhCn] {
        set_current(lang);
        for (d, en) in loaded.diagnostics.iter().zip(&english) {
            let shown = d.shown_message();
            assert_ne!(&shown, en, "{lang:?} still English: {en}");
            assert!(!shown.contains("{$") && !shown.contains("{diag-") && !shown.contains("{ $"), "{lang:?}: {shown}");
            // serde_json's and flate2's own English words are not shown in a translation.
            for word in ["expected", "invalid type", "duplicate field", "EOF", "deflate", "was skipped", "at line"] {
                assert!(!shown.contains(word), "{lang:?}: {word} in {shown}");
            }
        }
    }
    // Whole messages with each language's plural forms.
    let more = |items: usize| {
        callrecords::i18n::text("diag-unknown-more", &[("items", items.into()), ("shapes", 3usize.into())])
    };
    set_current(Lang::Ru);
    assert!(more(1).starts_with("Еще 1 элемент в 3 других формах"), "{}", more(1));
    assert!(more(3).starts_with("Еще 3 элемента"), "{}", more(3));
    assert!(more(5).starts_with("Еще 5 элементов"), "{}", more(5));
    assert!(more(21).starts_with("Еще 21 элемент "), "{}", more(21));
    assert!(more(1234).starts_with("Еще 1\u{a0}234 элемента"), "{}", more(1234));
    set_current(Lang::PtBr);
    assert!(more(1).starts_with("Mais 1 item de 3 outros formatos também não é"), "{}", more(1));
    assert!(more(2).starts_with("Mais 2 itens"), "{}", more(2));
    set_current(Lang::ZhCn);
    assert_eq!(more(2), "另有 2 个项（3 种其他形式）也不是通话记录数据（未逐一列出）。");
    // Redaction reaches the user's values quoted inside the messages, in every language.
    set_current(Lang::En);
    assert!(english.iter().any(|m| m.contains("Kenji Holloway")), "serde_json quotes the value: {english:?}");
    let redacted = redact(&loaded, Categories::all()).dataset;
    for lang in Lang::ALL {
        set_current(lang);
        for d in &redacted.diagnostics {
            assert!(!d.shown_message().contains("Kenji"), "{lang:?}: {d:?}");
        }
    }
    set_current(Lang::En);
}

/// The texts of an HTML document a reader sees: its text nodes, less styles and `<code>` (ids),
/// with the entities the report writes turned back into characters.
fn report_texts(html: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = html;
    let mut skip: Option<&str> = None;
    while let Some(open) = rest.find('<') {
        let text = rest[..open].trim();
        if skip.is_none() && !text.is_empty() {
            let text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'");
            out.insert(text.replace("&amp;", "&"));
        }
        let close = rest[open..].find('>').map_or(rest.len(), |c| open + c + 1);
        let tag = &rest[open + 1..close.saturating_sub(1).max(open + 1)];
        let name: String = tag.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '/').collect();
        match (skip, name.as_str()) {
            (None, "style" | "code") => skip = Some(if name == "style" { "/style" } else { "/code" }),
            (Some(end), n) if n == end => skip = None,
            _ => {}
        }
        rest = &rest[close..];
    }
    out
}

/// A word that is the same in every language: a number, an id, a host, a path, a Graph name
/// (camelCase), an acronym, or a value of the data.
fn same_everywhere(word: &str, data: &str) -> bool {
    const ACRONYMS: [&str; 18] = [
        "CQD",
        "PSTN",
        "SBC",
        "SIP",
        "UDP",
        "TCP",
        "MOS",
        "VPN",
        "RDP",
        "FEC",
        "NER",
        "UTC",
        "SATIN",
        "ID",
        "Teams",
        "Microsoft",
        "Learn",
        "ms",
    ];
    // Names of codecs and Wi-Fi terms, written alike everywhere.
    const NAMES: [&str; 4] = ["BSSID", "Opus", "RTVideo", "Wi-Fi"];
    let word = word.trim_matches(|c: char| ",.;:()[]\"“”«»·–—".contains(c));
    word.is_empty()
        || ACRONYMS.contains(&word)
        || NAMES.contains(&word)
        || word.chars().any(|c| c.is_ascii_digit() || "@/_.:".contains(c))
        || !word.chars().any(|c| c.is_ascii_alphabetic())
        || (word.chars().next().is_some_and(|c| c.is_ascii_lowercase()) && word.chars().any(|c| c.is_ascii_uppercase()))
        || data.contains(&format!("\"{word}\""))
        || UNITS.contains(&word)
        // A name from the data ("Abbie", "Wilkins"), or a word of a value such as a device's.
        || (word.chars().next().is_some_and(|c| c.is_uppercase()) && data.contains(word))
}

/// Units written alike in every language the page speaks.
const UNITS: [&str; 9] = ["h", "min", "s", "ms", "GHz", "MHz", "kbps", "Mbps", "dB"];

/// The HTML report (the file an admin hands to someone else) is written in the language chosen:
/// `<html lang>`, its headings, labels, notes, the tree, the details and the charts. Every text
/// the English report holds that a translated one still holds must be data, an id or a name
/// that is the same everywhere. The input is every file of Microsoft's examples, a synthetic
/// export and the two records the page names itself (one without an id, the pages of none).
#[test]
fn the_report_is_written_in_each_language() {
    use callrecords::i18n::set_current;
    use callrecords::judge::RuleSet;
    use callrecords::model::datetime::UtcInstant;
    use callrecords::report::{report, ReportOptions};
    let mut sources = common::corpus_files();
    sources.push(("synth.json".into(), callrecords::synth::export(7, 120_000).json.into_bytes()));
    sources.push((
        "no-id.json".into(),
        br#"{"version":1,"type":"peerToPeer","startDateTime":"2026-03-17T10:00:00Z"}"#.to_vec(),
    ));
    sources.push((
        "orphans.json".into(),
        br#"{"value":[{"id":"s1","modalities":["audio"],"caller":{},"callee":{}}]}"#.to_vec(),
    ));
    let data: String = sources.iter().map(|(_, b)| String::from_utf8_lossy(b).into_owned()).collect();
    set_current(Lang::En);
    let dataset = callrecords::ingest::ingest(sources.iter().map(|(n, b)| (n.as_str(), b.as_slice())));
    let orphans = callrecords::model::identity::ORPHANS_ID;
    assert!(dataset.records.iter().any(|r| r.id == orphans), "the sessions page of no record is loaded");
    let rules = RuleSet::cqd_current();
    let write = |lang: Lang, indexes: &[usize]| {
        set_current(lang);
        let redaction = callrecords::i18n::text("redaction-off", &[]);
        let options = ReportOptions { rules: &rules, redaction, exported: UtcInstant(1_773_741_600_000) };
        let html = report(&dataset, indexes, &options);
        set_current(Lang::En);
        html
    };
    // The report holds at most 25 calls: every record, 25 at a time.
    let all: Vec<usize> = (0..dataset.records.len()).collect();
    assert!(all.len() >= 10, "the examples, the synthetic calls and the placeholders: {}", all.len());
    let mut seen_placeholders = 0;
    for chunk in all.chunks(25) {
        let english = report_texts(&write(Lang::En, chunk));
        assert!(english.contains("Quality rules") && english.contains("Sessions"), "{english:?}");
        seen_placeholders += usize::from(write(Lang::En, chunk).contains("<code>(record without id #"));
        for lang in [Lang::PtBr, Lang::Ru, Lang::ZhCn] {
            let html = write(lang, chunk);
            assert!(html.contains(&format!("<html lang=\"{}\">", lang.code())), "{lang:?}");
            assert!(
                !html.contains("(record without id") && !html.contains("(no call record)"),
                "{lang:?}: a placeholder in English"
            );
            let texts = report_texts(&html);
            let left: Vec<&String> = texts
                .iter()
                .filter(|t| english.contains(*t) && t.chars().filter(char::is_ascii_alphabetic).count() >= 3)
                .filter(|t| !data.contains(t.as_str()))
                .filter(|t| !t.split_whitespace().all(|w| same_everywhere(w, &data)))
                // A SIP code with its reason phrase ("486 Busy Here"): RFC 3261's words.
                .filter(|t| !(t.len() > 4 && t[..3].chars().all(|c| c.is_ascii_digit()) && t.as_bytes()[3] == b' '))
                .collect();
            assert!(left.is_empty(), "{lang:?}: English left in the report: {left:#?}");
        }
    }
    assert!(seen_placeholders > 0, "the record without an id is in a report");
}
