//! Ingest speed on a 50 MB synthetic export (src/synth.rs), natively: `cargo bench --bench ingest`
//! (the `bench` profile: opt-level 3, thin LTO). For context, the same bytes through serde_json
//! alone: a scan that builds nothing (`IgnoredAny`, the floor for any serde_json parse) and a
//! generic tree (`serde_json::Value`); and the records read into the crate's record types
//! without ingest's bookkeeping ("typed, no merge": see synth::bench). The browser figures
//! come from tests/bench_web.rs.
//!
//! Then the size of the loaded model: the heap it holds, beside the input, and how many
//! allocations (a counting allocator wraps the system one in this benchmark only, and counts
//! only during that measurement, so the timings pay no atomic counting).
//!
//! `BENCH_RUNS` (default 7) sets the runs per measurement. MB = 10^6 bytes.

use callrecords::synth::bench as common;
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicBool, AtomicIsize, Ordering::Relaxed};

/// The system allocator, counting the bytes and blocks allocated and freed while `COUNTING`.
struct Counting;
static COUNTING: AtomicBool = AtomicBool::new(false);
static LIVE_BYTES: AtomicIsize = AtomicIsize::new(0);
static LIVE_BLOCKS: AtomicIsize = AtomicIsize::new(0);

fn count(bytes: isize, blocks: isize) {
    if COUNTING.load(Relaxed) {
        LIVE_BYTES.fetch_add(bytes, Relaxed);
        LIVE_BLOCKS.fetch_add(blocks, Relaxed);
    }
}

// SAFETY: every call is passed to the system allocator unchanged; only counters are added.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count(layout.size() as isize, 1);
        System.alloc(layout)
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        count(-(layout.size() as isize), -1);
        System.dealloc(ptr, layout)
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count(new_size as isize - layout.size() as isize, 0);
        System.realloc(ptr, layout, new_size)
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

use callrecords::ingest::ingest;
use callrecords::model::Counts;
use callrecords::synth::{self, BENCH_BYTES, BENCH_SEED};
use std::time::Instant;

fn main() {
    // `cargo bench --bench ingest -- WORD` runs only the measurements whose name contains WORD
    // (`ingest`, `typed`, `UTF-8`, `IgnoredAny`, `Value`); `cargo bench` itself passes `--bench`.
    let filters: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with('-')).collect();
    let wanted = |name: &str| filters.is_empty() || filters.iter().any(|f| name.contains(f.as_str()));
    let runs: usize = std::env::var("BENCH_RUNS").ok().and_then(|r| r.parse().ok()).unwrap_or(7).max(1);
    let origin = Instant::now();
    let now = || origin.elapsed().as_secs_f64() * 1000.0;
    let report = |what: &str, bytes: usize, times: &[f64]| println!("{}", common::line(what, bytes, times));
    let start = Instant::now();
    let export = synth::export(BENCH_SEED, BENCH_BYTES);
    let generated = start.elapsed().as_secs_f64() * 1000.0;
    let (json, w) = (export.json.as_bytes(), export.written);
    println!("synthetic export: {:.1} MB, {w}; generated in {generated:.0} ms", json.len() as f64 / 1e6);

    // The result is checked once, outside the timings.
    let dataset = ingest([("bench.json", json)]);
    let expected = Counts {
        records: w.records,
        sessions: w.sessions,
        segments: w.segments,
        media: w.media,
        streams: w.streams,
        ..Counts::default()
    };
    assert_eq!(dataset.counts(), expected, "ingest must read everything the generator wrote");
    assert!(dataset.diagnostics.is_empty(), "{:?}", dataset.diagnostics.first());
    drop(dataset);

    if wanted("native model size") {
        COUNTING.store(true, Relaxed);
        let dataset = ingest([("bench.json", json)]);
        COUNTING.store(false, Relaxed);
        let (held, allocations) = (LIVE_BYTES.load(Relaxed), LIVE_BLOCKS.load(Relaxed));
        println!(
            "native model size: {:.1} MB held for {:.1} MB of JSON ({:.2}x), {allocations} allocations ({:.0} bytes a stream), {} distinct texts shared",
            held as f64 / 1e6,
            json.len() as f64 / 1e6,
            held as f64 / json.len() as f64,
            held as f64 / w.streams.max(1) as f64,
            callrecords::model::text::shared_count(),
        );
        drop(dataset);
        use callrecords::model::record::*;
        use std::mem::size_of;
        println!(
            "native model size: inline bytes (64-bit): Session {}, Segment {}, Media {}, MediaStream {}, Endpoint {}, NetworkInfo {}, DeviceInfo {}",
            size_of::<Session>(),
            size_of::<Segment>(),
            size_of::<Media>(),
            size_of::<MediaStream>(),
            size_of::<Endpoint>(),
            size_of::<NetworkInfo>(),
            size_of::<DeviceInfo>(),
        );
    }
    if wanted("native ingest") {
        report("native ingest", json.len(), &common::time(runs, now, || ingest([("bench.json", json)])));
    }
    // The same load read in one go (as before the page's sliced loading), for comparison.
    if wanted("native ingest, one go") {
        let one_go = || {
            let mut dataset = callrecords::model::Dataset::default();
            let mut loading = callrecords::ingest::Loading::sliced_from("bench.json", json, usize::MAX);
            while !loading.step(&mut dataset, usize::MAX) {}
            dataset
        };
        report("native ingest, one go", json.len(), &common::time(runs, now, one_go));
    }
    if wanted("native serde typed, no merge") {
        report(
            "native serde typed, no merge",
            json.len(),
            &common::time(runs, now, || serde_json::from_slice::<common::TypedList>(json).unwrap()),
        );
    }
    if wanted("native UTF-8 check") {
        report(
            "native UTF-8 check (from_utf8)",
            json.len(),
            &common::time(runs, now, || std::str::from_utf8(json).is_ok()),
        );
        report(
            "native UTF-8 check (from_utf8_lossy)",
            json.len(),
            &common::time(runs, now, || String::from_utf8_lossy(json).len()),
        );
    }
    if wanted("native serde IgnoredAny") {
        report(
            "native serde IgnoredAny",
            json.len(),
            &common::time(runs, now, || serde_json::from_slice::<serde::de::IgnoredAny>(json).unwrap()),
        );
    }
    if wanted("native serde Value") {
        report(
            "native serde Value",
            json.len(),
            &common::time(runs, now, || serde_json::from_slice::<serde_json::Value>(json).unwrap()),
        );
    }
    // What the page derives from the loaded data before the overview shows: the judgements, the
    // overview rows, the findings alone, and the log links.
    if wanted("native derive") {
        let dataset = ingest([("bench.json", json)]);
        let rules = callrecords::judge::RuleSet::cqd_current();
        let judgements = callrecords::view::overview::judge_all(&dataset, &rules);
        let n = dataset.records.len();
        let per = |what: &str, times: &[f64]| {
            let mut sorted = times.to_vec();
            sorted.sort_by(f64::total_cmp);
            let median = sorted[sorted.len() / 2];
            println!(
                "native derive: {what}: median {median:.0} ms for {n} records ({:.1} µs a record)",
                median * 1000.0 / n as f64
            );
        };
        per("judge_all", &common::time(runs, now, || callrecords::view::overview::judge_all(&dataset, &rules)));
        per("call_rows", &common::time(runs, now, || callrecords::view::overview::call_rows(&dataset, &judgements)));
        per(
            "findings",
            &common::time(runs, now, || {
                dataset.records.iter().map(|r| callrecords::judge::findings(r).len()).sum::<usize>()
            }),
        );
        let options = callrecords::calllogs::MatchOptions::default();
        per("link_dataset", &common::time(runs, now, || callrecords::calllogs::link_dataset(&dataset, &options)));
    }
}
