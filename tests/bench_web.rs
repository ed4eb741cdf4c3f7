//! Ingest speed in the browser (headless Chromium), beside `JSON.parse` on the same text: the
//! browser half of the ingest benchmark (the native half is benches/ingest.rs). Not part of
//! `make test` (which runs `--test web` only); scripts/bench.sh runs it with the release
//! profile (what ships: opt-level "z", fat LTO) and with opt-level 3:
//!
//! ```sh
//! CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_TIMEOUT=900 \
//!   cargo test --release --target wasm32-unknown-unknown --test bench_web -- --nocapture
//! ```
//!
//! `--nocapture` makes the runner print the figures (console output is otherwise shown only
//! for failed tests). The page generates the same 50 MB export as the native benchmark
//! (src/synth.rs, same seed), then times, with `performance.now()`:
//! - our full ingest (parse + model) on the bytes in wasm memory, as the app runs it after a
//!   file is read;
//! - `JSON.parse` on the same text as a JS string made once beforehand (only the parse is timed);
//! - for context: serde_json into the record types without ingest's bookkeeping, the UTF-8
//!   checks, serde_json's `IgnoredAny` scan (the floor of any serde_json parse), a
//!   `serde_json::Value` tree, and the two ways text enters wasm (file bytes copied from a JS
//!   `Uint8Array`; a pasted JS string copied to a Rust `String`).
//!
//! Runs per measurement: `BENCH_RUNS` at compile time (default 7).
#![cfg(target_arch = "wasm32")]

use callrecords::synth::bench as common;

use callrecords::ingest::ingest;
use callrecords::model::Counts;
use callrecords::synth::{self, BENCH_BYTES, BENCH_SEED};
use js_sys::JsString;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen]
extern "C" {
    /// `JSON.parse` on a JS string that already exists (js_sys's `JSON::parse` takes `&str` and
    /// would copy and decode 50 MB into a new JS string inside the timing).
    #[wasm_bindgen(catch, js_namespace = JSON, js_name = parse)]
    fn json_parse(text: &JsString) -> Result<JsValue, JsValue>;
}

fn now() -> f64 {
    web_sys::window().expect("a window").performance().expect("performance").now()
}

#[wasm_bindgen_test]
fn ingest_beside_json_parse() {
    let runs: usize = option_env!("BENCH_RUNS").and_then(|r| r.parse().ok()).unwrap_or(7).max(1);
    let opt = option_env!("BENCH_OPT_LABEL").unwrap_or("?");
    let say = |text: String| console_log!("{text}");
    let report = |what: &str, bytes: usize, times: &[f64]| say(common::line(what, bytes, times));

    let start = now();
    let export = synth::export(BENCH_SEED, BENCH_BYTES);
    let generated = now() - start;
    let (json, w) = (export.json.as_bytes(), export.written);
    let n = json.len();
    say(format!(
        "browser (opt-level {opt}) synthetic export: {:.1} MB, {w}; generated in {generated:.0} ms",
        n as f64 / 1e6
    ));

    // Checked once, outside the timings; this first run also grows wasm memory to its peak.
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

    // The JS string JSON.parse reads, made once.
    let text: JsString = JsValue::from_str(&export.json).unchecked_into();

    // Ingest and JSON.parse alternate, so that both see the same state of the page (JS garbage
    // from the previous parse, other load on the machine).
    let (mut ours, mut theirs) = (Vec::new(), Vec::new());
    for _ in 0..runs {
        ours.extend(common::time(1, now, || ingest([("bench.json", json)])));
        theirs.extend(common::time(1, now, || json_parse(&text).expect("valid JSON")));
    }
    report("browser ingest", n, &ours);
    report("browser JSON.parse", n, &theirs);
    // Context: where ingest's time goes.
    report(
        "browser serde typed, no merge",
        n,
        &common::time(runs, now, || serde_json::from_slice::<common::TypedList>(json).unwrap()),
    );
    report("browser UTF-8 check (from_utf8)", n, &common::time(runs, now, || std::str::from_utf8(json).is_ok()));
    report(
        "browser UTF-8 check (from_utf8_lossy)",
        n,
        &common::time(runs, now, || String::from_utf8_lossy(json).len()),
    );
    report(
        "browser serde IgnoredAny",
        n,
        &common::time(runs, now, || serde_json::from_slice::<serde::de::IgnoredAny>(json).unwrap()),
    );
    report(
        "browser serde Value",
        n,
        &common::time(runs.min(3), now, || serde_json::from_slice::<serde_json::Value>(json).unwrap()),
    );
    // Context: getting the text into wasm in the first place (not part of ingest).
    let array = js_sys::Uint8Array::from(json);
    report("browser file bytes -> wasm (Uint8Array copy)", n, &common::time(runs, now, || array.to_vec()));
    report("browser pasted text -> wasm (JS string copy)", n, &common::time(runs, now, || text.as_string()));
}
