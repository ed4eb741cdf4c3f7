//! Fuzz targets over the whole core, from bytes, shared by the libFuzzer binaries
//! (`fuzz_targets/`, `make fuzz`) and the deterministic mutation loop (`src/bin/mutate.rs`,
//! `make test`):
//!
//! * [`ingest`]: bytes → dataset (every shape, gzip, UTF-16; the same when fed in chunks, as the
//!   page reads a file) → log rows matched to records;
//! * [`judge_summary`]: → every record judged under every published rule set, findings, the
//!   plain-language summary, the command line's JSON summary (which must be JSON), and the
//!   flat CSV tables (one record per stream, call and log row, each with every column);
//! * [`chart_svg`]: → every chart's data, text alternative and SVG.
//!
//! Each checks a few things that must hold whatever the input (counts agree, JSON parses, an
//! SVG is one document) besides not panicking. [`Mutator`] makes the loop's inputs.

use callrecords::calllogs::{calls_per_day, direct_routing_totals, link_dataset, MatchOptions, MAX_CANDIDATES};
use callrecords::chart::{AcrossChartSet, AnyChart, CallChartSet, DailyChart, SipFailuresChart, Theme};
use callrecords::export;
use callrecords::ingest::{set_decode_limits, DecodeLimits, Loading};
use callrecords::judge::{findings, judge_record, RuleSet, RuleSetKind};
use callrecords::model::lenient::take_notes;
use callrecords::model::Dataset;
use callrecords::summary::{summarise_with, summarize_call};
use std::convert::Infallible;
use std::rc::Rc;

/// At most this much decompressed text per input: a mutated gzip may claim anything.
const FUZZ_MAX_BYTES: usize = 64 << 20;

/// Charts drawn per input, at most (each is an SVG document).
const MAX_DRAWN: usize = 16;

fn load(data: &[u8]) -> Dataset {
    set_decode_limits(DecodeLimits { max_bytes: FUZZ_MAX_BYTES, ..DecodeLimits::default() });
    let mut dataset = Dataset::default();
    dataset.load("fuzz.json", data);
    dataset
}

/// The same bytes fed a chunk of `chunk` bytes at a time, as the page reads a file.
fn streamed(data: &[u8], chunk: usize) -> Dataset {
    let mut dataset = Dataset::default();
    let mut loading = Loading::streaming("fuzz.json", data.len());
    let next = |at: usize| {
        let end = (at + chunk).min(data.len());
        Ok::<_, Infallible>((data[at..end].to_vec(), end == data.len()))
    };
    let Ok(()) = loading.run(&mut dataset, 4096, next, || Ok(data.to_vec()), |_| {});
    dataset
}

/// Bytes → dataset (the same when fed in chunks) → links; how many records and log rows loaded.
pub fn ingest(data: &[u8]) -> usize {
    let dataset = load(data);
    // Every field the lenient readers excused was said (a note left behind would be lost, or
    // said of the next file).
    let left = take_notes();
    assert!(left.is_empty(), "the load left notes unsaid: {left:?}");
    let other = streamed(data, 1 + data.len() % 97);
    let left = take_notes();
    assert!(left.is_empty(), "the streamed load left notes unsaid: {left:?}");
    assert!(other == dataset, "fed in chunks, the dataset differs");
    assert_eq!(dataset.sources.len(), 1);
    for d in &dataset.diagnostics {
        assert!(!callrecords::view::diagnostics::headline(d).is_empty());
    }
    let links = link_dataset(&dataset, &MatchOptions::default());
    assert_eq!(links.pstn.len(), dataset.pstn_calls.len());
    assert_eq!(links.direct_routing.len(), dataset.direct_routing_calls.len());
    assert_eq!(links.by_record.len(), dataset.records.len());
    for m in links.pstn.iter().chain(&links.direct_routing) {
        assert!(m.candidates.len() <= MAX_CANDIDATES && m.total() >= m.candidates.len());
        assert!(m.candidates.iter().all(|c| c.record < dataset.records.len()));
        let _ = (m.summary(), m.cut_note());
    }
    dataset.records.len() + dataset.pstn_calls.len() + dataset.direct_routing_calls.len()
}

/// Bytes → every record judged under every published rule set → summaries.
pub fn judge_summary(data: &[u8]) {
    let dataset = load(data);
    for kind in RuleSetKind::PUBLISHED {
        let rules = RuleSet::published(kind).expect("a published set");
        for record in &dataset.records {
            let judgement = judge_record(record, &rules);
            assert_eq!(judgement.streams.len(), record.streams().count());
            let found = findings(record);
            let _ = summarize_call(record, &judgement, &found);
        }
        let json = serde_json::to_string(&summarise_with(&dataset, &rules)).expect("the summary serialises");
        let _: serde_json::Value = serde_json::from_str(&json).expect("the summary is JSON");
    }
    let rules = RuleSet::default();
    let counts = dataset.counts();
    for (csv, rows) in [
        (export::streams_csv(&dataset, &rules), counts.streams),
        (export::calls_csv(&dataset, &rules), counts.records),
        (export::pstn_csv(&dataset), counts.pstn_rows),
        (export::direct_routing_csv(&dataset), counts.direct_routing_rows),
    ] {
        let mut reader = csv::Reader::from_reader(csv.as_bytes());
        let width = reader.headers().expect("a header row").len();
        let records: Vec<_> = reader.records().map(|r| r.expect("CSV that reads back")).collect();
        assert_eq!(records.len(), rows, "one CSV record per row");
        assert!(records.iter().all(|r| r.len() == width), "every record has every column");
    }
}

/// Bytes → every chart of the first calls, across calls and of the logs → SVG.
pub fn chart_svg(data: &[u8]) {
    let dataset = load(data);
    let rules = RuleSet::default();
    let judgements: Vec<_> = dataset.records.iter().map(|r| judge_record(r, &rules)).collect();
    let mut charts: Vec<AnyChart> = Vec::new();
    for (record, judgement) in dataset.records.iter().zip(&judgements).take(3) {
        let set = CallChartSet::new(record, judgement, &rules);
        let _ = set.silent_sides_note();
        charts.extend(set.timeline.map(AnyChart::Timeline));
        charts.extend(set.metrics.into_iter().map(AnyChart::Metric));
        charts.extend(set.health.into_iter().map(AnyChart::Health));
    }
    let across = AcrossChartSet::new(&dataset, &judgements, &rules);
    charts.extend(across.distributions.into_iter().map(AnyChart::Distribution));
    charts.push(AnyChart::Scatter(across.scatter));
    charts.push(AnyChart::Daily(Rc::new(DailyChart::pstn(calls_per_day(&dataset.pstn_calls, 0)))));
    charts
        .push(AnyChart::Daily(Rc::new(DailyChart::direct_routing(calls_per_day(&dataset.direct_routing_calls, -330)))));
    let totals = direct_routing_totals(&dataset.direct_routing_calls);
    charts.push(AnyChart::SipFailures(Rc::new(SipFailuresChart::new(&totals.failures_by_sip))));
    let theme = Theme::light();
    for chart in charts.iter().take(MAX_DRAWN) {
        let table = chart.text_alternative();
        assert!(table.rows.iter().all(|r| r.len() == table.columns.len()), "{}", table.caption);
        let svg = chart.to_svg(640, &theme);
        assert!(svg.starts_with("<svg") && svg.trim_end().ends_with("</svg>"), "one SVG document");
        assert_eq!(svg.matches("<svg").count(), 1);
        let _ = (chart.file_stem(), chart.title());
    }
}

/// The three targets on one input; how many records and log rows it loaded.
pub fn all(data: &[u8]) -> usize {
    let loaded = ingest(data);
    judge_summary(data);
    chart_svg(data);
    loaded
}

/// A deterministic source of mutated inputs: corpus files changed a few bytes, tokens or
/// ranges at a time, now and then gzipped or in UTF-16.
pub struct Mutator {
    state: u64,
    corpus: Vec<Vec<u8>>,
}

/// Pieces of JSON and of Graph's vocabulary that mutations insert.
const TOKENS: &[&str] = &[
    "null",
    "true",
    "false",
    "0",
    "-0",
    "-1",
    "1e400",
    "-1e400",
    "1.7976931348623157e308",
    "18446744073709551616",
    "-9223372036854775809",
    "NaN",
    "[]",
    "{}",
    "[[[[[[[[",
    "]]]]",
    "\"\"",
    "\"\\ud800\"",
    "\"\\u0000\"",
    "\"é\u{202e}\"",
    "\"PT-1S\"",
    "\"PT99999999999999999999H\"",
    "\"P1Y2M3DT4H5M6.7S\"",
    "\"-PT3M16S\"",
    "\"0001-01-01T00:00:00Z\"",
    "\"9999-12-31T23:59:59.9999999Z\"",
    "\"2024-02-30T00:00:00Z\"",
    "\"+12345678***\"",
    "\"tel:+1 (425) 555-0100\"",
    "\"@odata.context\":\"https://graph.microsoft.com/v1.0/$metadata#communications/callRecords/$entity\",",
    "\"@odata.nextLink\":\"x\",",
    "\"sessions\":[{\"segments\":[{\"media\":[{\"streams\":[{}]}]}]}],",
    "\"value\":[",
    "\"id\":\"x\",",
    "\"version\":99,",
    "\"callType\":\"conf_out\",",
    "\"streamDirection\":\"calleeToCaller\",",
    "\"averageJitter\":\"PT1S\",",
    "\"startDateTime\":",
    "\"endDateTime\":",
    ",",
    ":",
    "\"",
    "\\",
    "//",
    "/*",
    "*/",
    "\u{feff}",
    "\r\n",
];

const INTERESTING: &[u8] = b"\0\xff\x80\xc3\"{}[],:\\-09e.+ \n";

impl Mutator {
    /// A mutator over `corpus` (at least one file), starting from `seed`.
    pub fn new(corpus: Vec<Vec<u8>>, seed: u64) -> Mutator {
        assert!(!corpus.is_empty(), "a corpus");
        Mutator { state: seed ^ 0x9E37_79B9_7F4A_7C15, corpus }
    }

    fn next(&mut self) -> u64 {
        // SplitMix64.
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn range(&mut self, len: usize, most: usize) -> (usize, usize) {
        let at = self.below(len + 1);
        let n = self.below(most.min(len - at) + 1);
        (at, at + n)
    }

    /// The next input.
    pub fn input(&mut self) -> Vec<u8> {
        let pick = self.below(self.corpus.len());
        let mut data = self.corpus[pick].clone();
        // One change half the time, two a quarter…: most inputs stay close to real exports.
        let changes = 1 + (self.next() | 1 << 7).trailing_zeros();
        for _ in 0..changes {
            self.mutate(&mut data);
        }
        match self.below(60) {
            0 | 1 => gzip(&data),
            2 => gzip(&gzip(&data)),
            3 => {
                let mut utf16 = vec![0xFF, 0xFE];
                utf16.extend(String::from_utf8_lossy(&data).encode_utf16().flat_map(u16::to_le_bytes));
                utf16
            }
            _ => data,
        }
    }

    fn mutate(&mut self, data: &mut Vec<u8>) {
        let len = data.len();
        match self.below(12) {
            0 if len > 0 => {
                let at = self.below(len);
                data[at] ^= 1 << self.below(8);
            }
            1 if len > 0 => {
                let at = self.below(len);
                data[at] = INTERESTING[self.below(INTERESTING.len())];
            }
            2 => {
                let (a, b) = self.range(len, 64);
                data.drain(a..b);
            }
            3 => {
                let (a, b) = self.range(len, 256);
                let piece = data[a..b].to_vec();
                let at = self.below(data.len() + 1);
                data.splice(at..at, piece);
            }
            4 | 5 => {
                let token = TOKENS[self.below(TOKENS.len())].as_bytes();
                let at = self.below(len + 1);
                data.splice(at..at, token.iter().copied());
            }
            6 => {
                // A piece of another file.
                let other = self.below(self.corpus.len());
                let olen = self.corpus[other].len();
                let (a, b) = self.range(olen, 512);
                let piece = self.corpus[other][a..b].to_vec();
                let at = self.below(len + 1);
                data.splice(at..at, piece);
            }
            7 => data.truncate(self.below(len + 1)),
            8 => {
                // A number replaced by an extreme one.
                let digits: Vec<usize> = (0..len).filter(|&i| data[i].is_ascii_digit()).collect();
                if !digits.is_empty() {
                    let at = digits[self.below(digits.len())];
                    let end = (at..len).find(|&i| !data[i].is_ascii_digit()).unwrap_or(len);
                    let extreme = ["0", "-1", "1e309", "99999999999999999999", "4294967296", "0.000000001"];
                    data.splice(at..end, extreme[self.below(extreme.len())].bytes());
                }
            }
            9 => {
                // One range many times: deep nesting, long arrays.
                let (a, b) = self.range(len, 16);
                let piece = data[a..b].to_vec();
                let times = 1 + self.below(2000);
                let at = self.below(data.len() + 1);
                data.splice(at..at, piece.iter().copied().cycle().take(piece.len() * times));
            }
            10 => {
                // A key renamed: the character before a `":`.
                let keys: Vec<usize> =
                    (1..len).filter(|&i| data[i] == b'"' && data.get(i + 1) == Some(&b':')).collect();
                if !keys.is_empty() {
                    let at = keys[self.below(keys.len())] - 1;
                    data[at] = b"aZ_@.0"[self.below(6)];
                }
            }
            _ => {
                let (a, b) = self.range(len, 32);
                let c = self.range(len, 32);
                if b <= c.0 {
                    let (x, y) = (data[a..b].to_vec(), data[c.0..c.1].to_vec());
                    data.splice(c.0..c.1, x);
                    data.splice(a..b, y);
                }
            }
        }
    }
}

fn gzip(data: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    let _ = e.write_all(data);
    e.finish().unwrap_or_default()
}
