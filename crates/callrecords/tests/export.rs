//! The flat tables (`export`): row counts equal the dataset's counts on every corpus file and on
//! a synthetic export, values equal the model and the judge's verdicts, "not reported" stays
//! empty, hostile text survives CSV quoting and cannot run as a spreadsheet formula, a log table
//! is exported as the page shows it, and Parquet written in several row groups reads back
//! (through the parquet crate's own reader; scripts/parquet-check.py reads it with DuckDB).

use callrecords::calllogs::{LogTable, Outcome, RowFilter, SortDirection, Table};
use callrecords::export::*;
use callrecords::ingest::ingest;
use callrecords::judge::{judge_record, RuleSet};
use callrecords::model::logs::PstnCallLogRow;
use callrecords::model::metrics::STREAM_METRICS;
use callrecords::model::Dataset;
use std::collections::{BTreeSet, HashMap};

mod common;
use common::{corpus_files, load, load_mix};

/// A CSV text parsed back: the header, and each record as a map from column to field.
fn parse(text: &str) -> (Vec<String>, Vec<HashMap<String, String>>) {
    let mut reader = csv::ReaderBuilder::new().from_reader(text.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(str::to_string).collect();
    let rows = reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            assert_eq!(r.len(), header.len(), "every record has every column");
            header.iter().cloned().zip(r.iter().map(str::to_string)).collect()
        })
        .collect();
    (header, rows)
}

fn dataset(json: &str) -> Dataset {
    ingest([("test.json", json.as_bytes())])
}

#[test]
fn row_counts_equal_the_dataset_counts_on_every_corpus_file() {
    let rules = RuleSet::default();
    let mut files = 0;
    for (name, bytes) in corpus_files() {
        let d = ingest([(name.as_str(), bytes.as_slice())]);
        let counts = d.counts();
        assert_eq!(parse(&streams_csv(&d, &rules)).1.len(), counts.streams, "{name}: streams");
        assert_eq!(parse(&calls_csv(&d, &rules)).1.len(), counts.records, "{name}: calls");
        assert_eq!(parse(&pstn_csv(&d)).1.len(), counts.pstn_rows, "{name}: pstn");
        assert_eq!(parse(&direct_routing_csv(&d)).1.len(), counts.direct_routing_rows, "{name}: direct routing");
        files += 1;
    }
    assert!(files >= 20, "the corpus is there ({files} files)");
    // And on thousands of generated streams, several files loaded together.
    let export = callrecords::synth::export(7, 400_000).json;
    let d = ingest([
        ("a.json", export.as_bytes()),
        ("pstn.json", common::corpus_bytes("v1.0-getpstncalls.json").as_slice()),
    ]);
    let counts = d.counts();
    assert!(counts.streams > 100, "{counts:?}");
    assert_eq!(parse(&streams_csv(&d, &rules)).1.len(), counts.streams);
    assert_eq!(parse(&calls_csv(&d, &rules)).1.len(), counts.records);
    assert_eq!(parse(&pstn_csv(&d)).1.len(), 1);
}

#[test]
fn stream_rows_carry_the_model_and_the_judges_verdict() {
    let d = load_mix();
    for rules in [RuleSet::cqd_current(), RuleSet::cqd_classic()] {
        let (header, rows) = parse(&streams_csv(&d, &rules));
        // Every catalogue metric has its column, named as CallRecordInsights names it.
        for m in STREAM_METRICS {
            assert!(header.contains(&pascal(m.name)), "{}", m.name);
        }
        for name in ["CallId", "SessionId", "StreamId", "StreamDirection", "MediaLabel", "Caller_UserDisplayName"] {
            assert!(header.iter().any(|h| h == name), "{name}");
        }
        let mut at = 0;
        for record in &d.records {
            let judgement = judge_record(record, &rules);
            for (stream, judged) in record.streams().zip(&judgement.streams) {
                let row = &rows[at];
                at += 1;
                assert_eq!(row["CallId"], record.id);
                assert_eq!(row["SessionId"], stream.session.id.as_deref().unwrap_or_default());
                assert_eq!(row["Verdict"], judged.verdict.as_str());
                assert_eq!(row["VerdictReasons"], judged.reasons().join("; "));
                assert_eq!(row["RuleSet"], rules.name());
                for m in STREAM_METRICS {
                    let field = &row[&pascal(m.name)];
                    match m.value(stream.stream) {
                        // Not reported is empty, never 0.
                        None => assert_eq!(field, "", "{}", m.name),
                        Some(v) => assert_eq!(field.parse::<f64>().unwrap(), v, "{}", m.name),
                    }
                }
                let start = stream.stream.start.map(|t| t.to_iso()).unwrap_or_default();
                assert_eq!(row["StreamStartTime"], start);
            }
        }
        assert_eq!(at, rows.len());
    }
}

#[test]
fn sides_and_identities_come_from_the_segment_and_media() {
    let d = load("v1.0-get-callrecord-expanded-legacy.json");
    let (_, rows) = parse(&streams_csv(&d, &RuleSet::default()));
    let record = &d.records[0];
    let first = record.streams().next().unwrap();
    let row = &rows[0];
    let caller = first.segment.caller.as_ref().or(first.session.caller.as_ref()).unwrap();
    assert_eq!(row["Caller_DisplayName"], caller.identity.as_ref().and_then(|i| i.display_name()).unwrap_or_default());
    let network = first.media.caller_network.as_ref().unwrap();
    assert_eq!(row["Caller_Subnet"], network.subnet.clone().unwrap_or_default());
    assert_eq!(row["Caller_IpAddress"], network.ip_address.as_deref().unwrap_or_default());
    let hops = &row["Caller_TraceRouteHops"];
    if !network.trace_route_hops.is_empty() {
        let parsed: serde_json::Value = serde_json::from_str(hops).unwrap();
        assert_eq!(parsed.as_array().unwrap().len(), network.trace_route_hops.len());
    } else {
        assert_eq!(hops, "");
    }
    assert_eq!(row["Organizer_UserDisplayName"], record.organizer_name().unwrap_or_default());
}

#[test]
fn not_reported_stays_empty() {
    let d = dataset(
        r#"{"id":"r1","type":"groupCall","modalities":["audio"],"sessions":[{"id":"s1","segments":[{"id":"g1",
        "media":[{"label":"main-audio","callerNetwork":{"port":null},"streams":[{"streamId":"1","streamDirection":"callerToCallee",
        "averageJitter":"PT0S","maxJitter":null,"averagePacketLossRate":0}]}]}]}]}"#,
    );
    let (_, rows) = parse(&streams_csv(&d, &RuleSet::default()));
    assert_eq!(rows.len(), 1);
    let row = &rows[0];
    assert_eq!(row["AverageJitter"], "0", "a reported zero is 0");
    assert_eq!(row["AveragePacketLossRate"], "0");
    assert_eq!(row["MaxJitter"], "", "null is empty");
    assert_eq!(row["AverageRoundTripTime"], "", "absent is empty");
    assert_eq!(row["Caller_Port"], "");
    assert_eq!(row["Callee_Subnet"], "", "no callee network at all");
    assert_eq!(row["CallStartTime"], "");
    let (_, calls) = parse(&calls_csv(&d, &RuleSet::default()));
    assert_eq!(calls[0]["DurationMs"], "", "no start or end: no duration");
    assert_eq!(calls[0]["Sessions"], "1");
    // A record loaded without its sessions has no stream counts, not zero.
    let basic = dataset(r#"{"id":"r2","type":"peerToPeer","modalities":["audio"]}"#);
    let (_, calls) = parse(&calls_csv(&basic, &RuleSet::default()));
    assert_eq!((calls[0]["Sessions"].as_str(), calls[0]["PoorStreams"].as_str()), ("", ""));
    assert_eq!(calls[0]["SessionsLoaded"], "false");
}

#[test]
fn hostile_text_is_quoted_and_cannot_run_as_a_formula() {
    let d = dataset(
        r#"{"id":"r1","type":"peerToPeer","modalities":["audio"],"sessions":[{"id":"s1",
        "caller":{"identity":{"user":{"id":"u1","displayName":"a,b\n=cmd"}},"feedback":{"rating":"poor","text":"=HYPERLINK(\"http://x\",\"y\")"}},
        "callee":{"identity":{"phone":{"id":"+14255550100"}}},
        "segments":[{"id":"g1","media":[{"label":"main-audio","streams":[{"streamId":"1","streamDirection":"callerToCallee","averageJitter":"PT0.01S"}]}]}]}]}"#,
    );
    let text = streams_csv(&d, &RuleSet::default());
    assert!(text.starts_with("\u{feff}CallId,"), "a byte-order mark for Excel, then the header");
    assert!(text.contains("\"a,b\n=cmd\""), "quoted as one field");
    let (_, rows) = parse(&text);
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["Caller_UserDisplayName"], "a,b\n=cmd", "read back whole");
    assert_eq!(rows[0]["Caller_FeedbackText"], "'=HYPERLINK(\"http://x\",\"y\")", "a formula is written as text");
    assert_eq!(rows[0]["Callee_PhoneId"], "+14255550100", "a phone number is left as it is");
    assert_eq!(rows[0]["AverageJitter"], "10");
}

#[test]
fn log_tables_use_the_calllogs_columns_with_typed_values() {
    let d = load_mix();
    let (header, rows) = parse(&pstn_csv(&d));
    let ids: Vec<&str> = <PstnCallLogRow as LogTable>::columns().iter().map(|c| c.id).collect();
    assert_eq!(header, ids);
    assert_eq!(rows[0]["duration"], "219", "seconds, not \"3 min 39 s\"");
    assert_eq!(rows[0]["start"], "2019-11-01T00:00:08.258Z");
    assert_eq!(rows[0]["charge"], "0");
    assert_eq!(rows[0]["destination_context"], "");
    let (_, rows) = parse(&direct_routing_csv(&d));
    assert_eq!(rows[0]["success"], "true");
    assert_eq!(rows[0]["final_sip_code"], "0");
    assert_eq!(rows[0]["failure"], "", "the 0001-01-01 sentinel is no failure, not a date");
}

#[test]
fn a_log_table_is_exported_as_the_user_sees_it() {
    let d = load("v1.0-getdirectroutingcalls.json");
    let visible: BTreeSet<&'static str> = ["user", "final_sip_code", "duration", "start"].into_iter().collect();
    let all = RowFilter::default();
    let view = LogView {
        table: Table::DirectRouting,
        filter: &all,
        sort: ("start", SortDirection::Descending),
        visible: &visible,
    };
    let (header, rows) = parse(&log_table_csv(&d, &view));
    assert_eq!(header, ["Start time (UTC)", "User", "Duration (s)", "Final SIP code"], "the table's order, headings");
    assert_eq!(rows.len(), d.direct_routing_calls.len());
    assert_eq!(rows[0]["User"], "Richard Malk");
    // The filter applies: no failed calls in Microsoft's example.
    let failed = RowFilter { outcome: Outcome::Failed, ..RowFilter::default() };
    let view = LogView { filter: &failed, ..view };
    let (_, rows) = parse(&log_table_csv(&d, &view));
    assert_eq!(rows.len(), 0);
    // A charge never loses its currency.
    let d = load("v1.0-getpstncalls.json");
    let visible: BTreeSet<&'static str> = ["charge"].into_iter().collect();
    let view =
        LogView { table: Table::Pstn, filter: &all, sort: ("start", SortDirection::Ascending), visible: &visible };
    let (header, rows) = parse(&log_table_csv(&d, &view));
    assert_eq!(header, ["Charge", "Currency"]);
    assert_eq!(rows[0]["Currency"], "USD");
}

#[cfg(feature = "parquet")]
#[test]
fn parquet_reads_back_across_row_groups() {
    use parquet::file::reader::{FileReader, SerializedFileReader};
    use parquet::record::RowAccessor;
    let export = callrecords::synth::export(11, 200_000).json;
    let d = ingest([("a.json", export.as_bytes())]);
    let rules = RuleSet::default();
    let path = std::env::temp_dir().join(format!("callrecords-export-{}.parquet", std::process::id()));
    let file = std::fs::File::create(&path).unwrap();
    let mut streams = ParquetSink::with_row_groups("streams", stream_columns(), file, 50).unwrap();
    let mut calls = CsvSink::new(call_columns(), Vec::new()).unwrap();
    write_records(&d, &rules, &mut streams, &mut calls).unwrap();
    let written = Box::new(streams).finish().unwrap();
    assert_eq!(written, d.counts().streams);
    let reader = SerializedFileReader::new(std::fs::File::open(&path).unwrap()).unwrap();
    let meta = reader.metadata();
    assert_eq!(meta.file_metadata().num_rows() as usize, written);
    assert_eq!(meta.num_row_groups(), written.div_ceil(50), "a row group every 50 rows");
    let columns = stream_columns();
    let schema = meta.file_metadata().schema_descr();
    assert_eq!(schema.num_columns(), columns.len());
    let jitter = columns.iter().position(|c| c.name == "AverageJitter").unwrap();
    // Nulls where the model has nothing, values where it has one, in order.
    let model: Vec<Option<f64>> =
        d.records.iter().flat_map(|r| r.streams()).map(|s| s.stream.average_jitter.get()).collect();
    let read: Vec<Option<f64>> = reader
        .get_row_iter(None)
        .unwrap()
        .map(|row| {
            let row = row.unwrap();
            row.get_double(jitter).ok()
        })
        .collect();
    assert_eq!(read, model);
    std::fs::remove_file(&path).ok();
}

#[test]
fn exports_written_in_parts_are_the_exports_written_whole() {
    use callrecords::model::graph_json::{to_graph_json, JsonWriting};
    use callrecords::sliced::Writing;
    let rules = RuleSet::default();
    // Taking the bytes after every unit, as the page does after every slice.
    fn in_parts(mut w: impl Writing) -> (Vec<u8>, usize) {
        let (mut bytes, mut parts) = (w.take(), 1);
        while !w.step_while(|| false) {
            bytes.extend(w.take());
            parts += 1;
            assert!(w.done() <= w.total());
        }
        bytes.extend(w.take());
        (bytes, parts)
    }
    let mix = load_mix();
    for (name, bytes) in corpus_files().into_iter().chain([("mix".to_string(), Vec::new())]) {
        let d = if name == "mix" { mix.clone() } else { ingest([(name.as_str(), bytes.as_slice())]) };
        let (streams, parts) = in_parts(CsvWriting::streams(&d, &rules));
        assert_eq!(String::from_utf8(streams).unwrap(), streams_csv(&d, &rules), "{name}: streams");
        assert_eq!(parts, d.records.len().max(1), "{name}: a part a record");
        let (calls, _) = in_parts(CsvWriting::calls(&d, &rules));
        assert_eq!(String::from_utf8(calls).unwrap(), calls_csv(&d, &rules), "{name}: calls");
        let (json, _) = in_parts(JsonWriting::new(&d));
        let json = String::from_utf8(json).unwrap();
        assert_eq!(json, to_graph_json(&d), "{name}: json");
        // And what was written reads back as the same data.
        let again = ingest([(name.as_str(), json.as_bytes())]);
        assert_eq!(again.records.len(), d.records.len(), "{name}");
        assert_eq!(again.pstn_calls.len(), d.pstn_calls.len(), "{name}");
    }
}
