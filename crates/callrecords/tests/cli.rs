//! The `callrecords` command line on bad input and in pipelines: a closed pipe ends it quietly,
//! a directory, a missing file, an empty file and `/dev/null` each give one line on standard
//! error and exit status 1 (never a panic), usage errors exit 2, and `--max-bytes` bounds what a
//! gzip file may decompress to.

use std::io::{BufRead, BufReader, Write};
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn exe() -> &'static str {
    env!("CARGO_BIN_EXE_callrecords")
}

fn run(args: &[&str]) -> Output {
    Command::new(exe()).args(args).output().expect("the command runs")
}

/// A file of this test's own in the temporary directory.
fn temp(name: &str, bytes: &[u8]) -> PathBuf {
    let path = std::env::temp_dir().join(format!("callrecords-cli-{}-{name}", std::process::id()));
    std::fs::write(&path, bytes).unwrap();
    path
}

fn stderr_lines(out: &Output) -> Vec<String> {
    String::from_utf8_lossy(&out.stderr).lines().map(str::to_string).collect()
}

fn assert_calm(out: &Output) {
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked") && !stderr.contains("RUST_BACKTRACE"), "{stderr}");
}

#[test]
fn a_closed_pipe_ends_the_command_quietly() {
    // A summary far larger than a pipe's buffer, so the command is still writing when the
    // reader leaves after one line (as `| head -1` does).
    let export = callrecords::synth::export(3, 3_000_000).json;
    let file = temp("big.json", export.as_bytes());
    let mut child = Command::new(exe())
        .args(["summary", file.to_str().unwrap()])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut first).unwrap();
    assert_eq!(first, "{\n");
    let out = child.wait_with_output().unwrap();
    assert_calm(&out);
    assert!(!String::from_utf8_lossy(&out.stderr).contains("Broken pipe"), "{:?}", stderr_lines(&out));
    assert_eq!(out.status.code(), Some(0), "the file was read; the reader simply left");
    // The same for the generator.
    let mut child =
        Command::new(exe()).args(["synth", "5000000"]).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    let mut head = [0u8; 16];
    std::io::Read::read_exact(child.stdout.as_mut().unwrap(), &mut head).unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_calm(&out);
    assert_eq!((out.status.code(), out.stderr.is_empty()), (Some(0), true), "{:?}", stderr_lines(&out));
    let _ = std::fs::remove_file(file);
}

#[test]
fn files_that_cannot_be_read_get_one_line_each_and_status_1() {
    let empty = temp("empty.json", b"");
    let dir = std::env::temp_dir();
    let missing = dir.join("callrecords-cli-no-such-file.json");
    let cases: [(&str, String); 4] = [
        (dir.to_str().unwrap(), format!("callrecords: {}: is a directory, not a file", dir.display())),
        (missing.to_str().unwrap(), format!("callrecords: {}: no such file", missing.display())),
        (empty.to_str().unwrap(), format!("Error: {}: the input is empty", empty.display())),
        ("/dev/null", "Error: /dev/null: the input is empty".to_string()),
    ];
    for (path, line) in &cases {
        let out = run(&["summary", path]);
        assert_calm(&out);
        assert_eq!(stderr_lines(&out), vec![line.clone()], "{path}");
        assert_eq!(out.status.code(), Some(1), "{path}");
        // The summary of what could be read (nothing) is still written.
        let summary: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON on standard output");
        assert_eq!(summary["counts"]["records"], 0, "{path}");
    }
    // One bad file among good ones: the good one is read, the status says one was not.
    let good = temp("good.json", callrecords::synth::example_json().as_bytes());
    let out = run(&["summary", good.to_str().unwrap(), missing.to_str().unwrap()]);
    assert_calm(&out);
    assert_eq!(out.status.code(), Some(1));
    let summary: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(summary["counts"]["records"].as_u64().unwrap() > 0);
    let _ = std::fs::remove_file(empty);
    let _ = std::fs::remove_file(good);
}

#[test]
fn usage_errors_exit_2_and_the_usage_says_what_each_status_means() {
    for bad in [
        vec!["summary"],
        vec!["summary", "--max-bytes"],
        vec!["summary", "--max-bytes", "lots", "x.json"],
        vec!["summary", "--max-bytes=0", "x.json"],
        vec!["summary", "--max-text", "lots", "x.json"],
        vec!["summary", "--max-text"],
        vec!["summary", "--rules", "strict", "x.json"],
        vec!["summary", "--lang", "de", "x.json"],
        vec!["summary", "--lang"],
        vec!["frobnicate"],
    ] {
        let out = run(&bad);
        assert_calm(&out);
        assert_eq!(out.status.code(), Some(2), "{bad:?}");
        assert!(String::from_utf8_lossy(&out.stderr).starts_with("callrecords: "), "{bad:?}");
    }
    let help = run(&["--help"]);
    let text = String::from_utf8_lossy(&help.stdout);
    assert_eq!(help.status.code(), Some(0));
    assert!(text.contains("exit status: 0 every file was read; 1 a file could not be read"), "{text}");
    assert!(text.contains("2 a usage error") && text.contains("--max-bytes"), "{text}");
    assert!(text.contains("--max-text"), "{text}");
}

/// `--max-text` sets the string-length limit: a longer text value is cut, ending in "…", and
/// standard error says where; the records still load (exit 0).
#[test]
fn max_text_cuts_longer_text_values_and_says_where() {
    let user_agent = format!("\"userAgent\": {{\"headerValue\": \"{}\"}}", "Teams ".repeat(40));
    let record = format!(
        r##"{{"id":"r1","version":1,"type":"groupCall","sessions":[{{"id":"s1","caller":{{"@odata.type":"#microsoft.graph.callRecords.participantEndpoint",{user_agent}}}}}]}}"##
    );
    let path = temp("long-text.json", record.as_bytes());
    let path = path.to_str().unwrap();
    let roomy = run(&["summary", path]);
    assert_eq!(roomy.status.code(), Some(0), "{:?}", stderr_lines(&roomy));
    assert!(String::from_utf8_lossy(&roomy.stderr).is_empty(), "{:?}", stderr_lines(&roomy));
    let cut = run(&["summary", "--max-text=64", path]);
    assert_calm(&cut);
    assert_eq!(cut.status.code(), Some(0), "a cut is a warning: {:?}", stderr_lines(&cut));
    let stderr = String::from_utf8_lossy(&cut.stderr);
    assert!(
        stderr.contains("line 1, column") && stderr.contains("240 characters") && stderr.contains("(64 bytes)"),
        "{stderr}"
    );
    let _ = std::fs::remove_file(path);
}

#[test]
fn max_bytes_bounds_what_gzip_may_decompress_to() {
    let json = callrecords::synth::example_json();
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(json.as_bytes()).unwrap();
    let gz = temp("example.json.gz", &e.finish().unwrap());
    let path = gz.to_str().unwrap();
    let whole = run(&["summary", path]);
    assert_eq!(whole.status.code(), Some(0), "{:?}", stderr_lines(&whole));
    for size in ["1K", "--max-bytes=1KiB"] {
        let args: Vec<&str> = if size.starts_with("--") {
            vec!["summary", size, path]
        } else {
            vec!["summary", "--max-bytes", size, path]
        };
        let cut = run(&args);
        assert_calm(&cut);
        let stderr = String::from_utf8_lossy(&cut.stderr);
        assert!(stderr.contains("decompresses to more than 1 KiB (the limit)"), "{stderr}");
    }
    let roomy = run(&["summary", "--max-bytes", "64M", path]);
    assert_eq!(roomy.stdout, whole.stdout);
    let _ = std::fs::remove_file(gz);
}

#[test]
fn lang_writes_the_summary_text_in_that_language_and_keeps_the_keys() {
    let file = temp("lang.json", callrecords::synth::example_json().as_bytes());
    let path = file.to_str().unwrap();
    let summary = |args: &[&str]| -> serde_json::Value {
        let out = run(args);
        assert_eq!(out.status.code(), Some(0), "{:?}", stderr_lines(&out));
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let english = summary(&["summary", path]);
    let text = |v: &serde_json::Value| v["records"][0]["summary"].as_str().unwrap().to_string();
    assert!(text(&english).starts_with("Group call with"), "{}", text(&english));
    for (lang, start) in [("ru", "Групповой звонок"), ("pt-BR", "Chamada em grupo"), ("zh-CN", "包含")]
    {
        let translated = summary(&["summary", "--lang", lang, path]);
        assert!(text(&translated).starts_with(start), "{lang}: {}", text(&translated));
        // Same keys, same counts: only the words changed.
        assert_eq!(translated["counts"], english["counts"], "{lang}");
        let keys = |v: &serde_json::Value| v["records"][0].as_object().unwrap().keys().cloned().collect::<Vec<_>>();
        assert_eq!(keys(&translated), keys(&english), "{lang}");
    }
    assert_eq!(summary(&["summary", "--lang=ru", path]), summary(&["summary", "--lang", "ru-RU", path]));
    let _ = std::fs::remove_file(file);
}

#[test]
fn redact_writes_graph_json_without_the_originals_and_the_mapping_only_when_asked() {
    let corpus = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/graph-docs");
    let file = corpus.join("v1.0-get-callrecord-expanded-participants_v2.json");
    let file = file.to_str().unwrap();
    let mapping = std::env::temp_dir().join(format!("callrecords-cli-{}-mapping.json", std::process::id()));
    let out = run(&["redact", "--mapping", mapping.to_str().unwrap(), file]);
    assert_calm(&out);
    assert!(out.status.success(), "{out:?}");
    let json = String::from_utf8(out.stdout).unwrap();
    assert!(!json.contains("Abbie Wilkins") && !json.contains("abbie.wilkins@contoso.com"));
    assert!(json.contains("Person 1") && json.contains("e523d2ed-2966-4b6b-925b-754a88034cc5"), "call ids stay");
    // It opens again: the summary of the redacted file counts what the original held.
    let again = temp("redacted.json", json.as_bytes());
    let summary = |path: &str| {
        let out = run(&["summary", path]);
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        v["counts"].clone()
    };
    assert_eq!(summary(again.to_str().unwrap()), summary(file));
    let map = std::fs::read_to_string(&mapping).unwrap();
    assert!(map.contains("Abbie Wilkins") && map.contains("Person 1"));
    // Only the names: the ids stay as loaded.
    let names = run(&["redact", "--redact", "names", file]);
    let text = String::from_utf8(names.stdout).unwrap();
    assert!(!text.contains("Abbie Wilkins") && text.contains("821809f5-0000-0000-0000-3b5136c0e777"));
    let bad = run(&["redact", "--redact", "secrets", file]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr_lines(&bad)[0].contains("unknown redaction category 'secrets'"));
    assert_eq!(run(&["summary", "--mapping", "m.json", file]).status.code(), Some(2));
}

#[test]
fn report_writes_one_html_file_of_the_calls_named() {
    let corpus = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/graph-docs");
    let file = corpus.join("v1.0-get-callrecord-expanded-legacy.json");
    let file = file.to_str().unwrap();
    let out = run(&["report", "--redact", "all", "--rules", "classic", file]);
    assert_calm(&out);
    assert!(out.status.success());
    let html = String::from_utf8(out.stdout).unwrap();
    assert!(html.starts_with("<!doctype html>") && html.contains("<svg") && html.contains("CQD, classic"));
    assert!(!html.contains("Owen Franklin") && !html.contains("<script") && !html.contains("://"));
    let missing = run(&["report", "--call", "no-such-call", file]);
    assert_eq!(missing.status.code(), Some(1));
    assert_eq!(stderr_lines(&missing), vec!["callrecords: no call record no-such-call in the files"]);
}

#[test]
fn export_writes_the_four_tables_and_says_how_many_rows() {
    let export = callrecords::synth::export(4, 300_000).json;
    let file = temp("export-input.json", export.as_bytes());
    let counts = callrecords::ingest::ingest([("x", export.as_bytes())]).counts();
    for format in ["csv", "parquet"] {
        let dir = std::env::temp_dir().join(format!("callrecords-cli-{}-export-{format}/new", std::process::id()));
        let out = run(&["export", "--format", format, "--out", dir.to_str().unwrap(), file.to_str().unwrap()]);
        assert_calm(&out);
        assert_eq!(out.status.code(), Some(0), "{:?}", stderr_lines(&out));
        let stdout = String::from_utf8_lossy(&out.stdout).to_string();
        let lines: Vec<&str> = stdout.lines().collect();
        let expected = [("streams", counts.streams), ("calls", counts.records), ("pstn", 0), ("direct_routing", 0)];
        assert_eq!(lines.len(), 4, "{stdout}");
        for (line, (table, rows)) in lines.iter().zip(expected) {
            let path = dir.join(format!("{table}.{format}"));
            let unit = if rows == 1 { "row" } else { "rows" };
            assert_eq!(*line, format!("{}\t{rows} {unit}", path.display()));
            let bytes = std::fs::read(&path).unwrap();
            if format == "csv" {
                let text = String::from_utf8(bytes).unwrap();
                let records = csv::Reader::from_reader(text.as_bytes()).records().count();
                assert_eq!(records, rows, "{table}");
            } else {
                assert_eq!(&bytes[..4], b"PAR1", "{table}: a Parquet file");
                assert_eq!(&bytes[bytes.len() - 4..], b"PAR1");
            }
        }
        std::fs::remove_dir_all(dir.parent().unwrap()).ok();
    }
}

#[test]
fn export_usage_errors_exit_2_and_unreadable_files_exit_1() {
    let file = temp("export-small.json", callrecords::synth::example_json().as_bytes());
    let f = file.to_str().unwrap();
    for (args, says) in [
        (vec!["export", "--out", "/tmp/x", f], "--format"),
        (vec!["export", "--format", "csv", f], "--out DIR"),
        (vec!["export", "--format", "xlsx", "--out", "/tmp/x", f], "unknown format \"xlsx\""),
        (vec!["export", "--format", "csv", "--out", "/tmp/x"], "no files given"),
        (vec!["summary", "--format", "csv", f], "unknown option \"--format\""),
    ] {
        let out = run(&args);
        assert_calm(&out);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8_lossy(&out.stderr).contains(says), "{args:?}: {:?}", stderr_lines(&out));
    }
    // A missing input: the others are still exported, and the status says one was not read.
    let dir = std::env::temp_dir().join(format!("callrecords-cli-{}-export-partial", std::process::id()));
    let out = run(&["export", "--format", "csv", "--out", dir.to_str().unwrap(), f, "/no/such/file.json"]);
    assert_calm(&out);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr_lines(&out).iter().any(|l| l.contains("/no/such/file.json: no such file")));
    assert!(std::fs::metadata(dir.join("streams.csv")).unwrap().len() > 0);
    // An output directory that cannot be made: one line, status 1.
    let blocker = temp("export-blocker", b"a file, not a directory");
    let out = run(&["export", "--format", "csv", "--out", blocker.join("sub").to_str().unwrap(), f]);
    assert_calm(&out);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr_lines(&out).iter().filter(|l| l.starts_with("callrecords: ")).count(),
        1,
        "{:?}",
        stderr_lines(&out)
    );
    std::fs::remove_dir_all(&dir).ok();
}
