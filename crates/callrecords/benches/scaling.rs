//! How the time grows with the input: for each shape (`synth::scaling`), the time at 1,000,
//! 10,000 and 100,000 and the ratio per 10× (10 = linear, 100 = quadratic), with the peak
//! resident memory of the step (its input included) where Linux tells it. A shape stops at
//! the size that would take more than `SCALING_LIMIT_S` seconds (default 30), judged from the
//! last two sizes, and says so.
//! `cargo bench --bench scaling` (bench profile); `cargo bench --bench scaling -- WORD` runs
//! only the shapes whose name contains WORD. `SCALING_SIZES` (default "1000 10000 100000")
//! sets the sizes; `SCALING_DETAIL=1` also prints each chart builder's time (and runs them
//! twice).
//!
//! Only the step named is timed: the input is generated, and for chart data and matching
//! ingested and judged, before the clock starts.

use callrecords::calllogs::{link_dataset, MatchOptions};
use callrecords::chart::{AnyChart, CallChartSet};
use callrecords::ingest::ingest;
use callrecords::judge::{judge_record, RuleSet};
use callrecords::model::Dataset;
use callrecords::synth::scaling;
use std::time::Instant;

/// A measured step over prepared input: returns something to check, so the work is not
/// optimised away and a wrong result is seen.
type Step = Box<dyn Fn() -> usize>;

struct Shape {
    name: &'static str,
    /// The input of size n, ready to time.
    prepare: fn(usize) -> Step,
}

fn loaded(sources: &[(&str, String)]) -> Dataset {
    ingest(sources.iter().map(|(name, json)| (*name, json.as_bytes())))
}

/// Every chart of the one record of `json`, with its text alternative: the chart data a page
/// builds when it opens the call.
fn chart_data(json: String) -> Step {
    let dataset = loaded(&[("call.json", json)]);
    let rules = RuleSet::default();
    let record = dataset.records.into_iter().next().expect("one record");
    let judgement = judge_record(&record, &rules);
    Box::new(move || {
        let detail = std::env::var_os("SCALING_DETAIL").is_some();
        let start = Instant::now();
        let lap = |what: &str, start: &mut Instant| {
            if detail {
                println!("    {what}: {:.3} s", start.elapsed().as_secs_f64());
            }
            *start = Instant::now();
        };
        let mut clock = start;
        if detail {
            let _ = callrecords::chart::timeline(&record, &judgement);
            lap("timeline", &mut clock);
            let _ = callrecords::chart::stream_metric_charts(&record, &judgement, &rules);
            lap("stream metric charts", &mut clock);
            let _ = callrecords::chart::endpoint_health(&record, &Default::default()).by_source();
            lap("endpoint health", &mut clock);
        }
        let set = CallChartSet::new(&record, &judgement, &rules);
        lap("the call's chart set", &mut clock);
        let charts = set.timeline.iter().map(|t| AnyChart::Timeline(t.clone())).chain(
            set.metrics
                .iter()
                .map(|m| AnyChart::Metric(m.clone()))
                .chain(set.health.iter().map(|h| AnyChart::Health(h.clone()))),
        );
        let rows = charts.map(|c| c.text_alternative().rows.len()).sum();
        lap("text alternatives", &mut clock);
        rows
    })
}

fn ingest_of(sources: Vec<(&'static str, String)>) -> Step {
    Box::new(move || {
        let d = loaded(&sources);
        d.records.len()
            + d.pstn_calls.len()
            + d.diagnostics.len()
            + d.records.iter().map(|r| r.sessions.len()).sum::<usize>()
    })
}

const SHAPES: &[Shape] = &[
    Shape { name: "one record with N sessions: chart data", prepare: |n| chart_data(scaling::record_with_sessions(n)) },
    Shape {
        name: "one session with N segments: chart data",
        prepare: |n| chart_data(scaling::record_with_segments(n)),
    },
    Shape {
        name: "a sessions page of one record with N sessions: ingest",
        prepare: |n| ingest_of(vec![("sessions.json", scaling::sessions_page(n))]),
    },
    Shape {
        name: "N broken records in a list (one bad field each): ingest",
        prepare: |n| ingest_of(vec![("broken.json", scaling::broken_records(n))]),
    },
    Shape {
        name: "N PSTN rows loaded twice: ingest",
        prepare: |n| {
            let rows = scaling::user_pstn_rows(n);
            ingest_of(vec![("pstn.json", rows.clone()), ("pstn-again.json", rows)])
        },
    },
    Shape {
        name: "N distinct unknown objects in a page: ingest",
        prepare: |n| ingest_of(vec![("unknown.json", scaling::unknown_objects(n))]),
    },
    Shape {
        name: "N versions of one record id: ingest",
        prepare: |n| ingest_of(vec![("versions.json", scaling::record_versions(n))]),
    },
    Shape {
        name: "N records and N PSTN rows of one user: matching",
        prepare: |n| {
            let dataset =
                loaded(&[("records.json", scaling::user_records(n)), ("pstn.json", scaling::user_pstn_rows(n))]);
            assert_eq!((dataset.records.len(), dataset.pstn_calls.len()), (n, n));
            Box::new(move || {
                let links = link_dataset(&dataset, &MatchOptions::default());
                links.pstn.iter().map(|m| m.candidates.len()).sum()
            })
        },
    },
];

/// Resets the peak resident size (Linux: `clear_refs` 5) so the next reading is this step's,
/// after handing the memory freed by earlier steps back (glibc keeps it otherwise).
fn reset_peak() -> bool {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        extern "C" {
            fn malloc_trim(pad: usize) -> i32;
        }
        // SAFETY: malloc_trim only releases free memory of the allocator to the system.
        unsafe {
            malloc_trim(0);
        }
    }
    std::fs::write("/proc/self/clear_refs", "5").is_ok()
}

/// The peak resident size in MB since the last reset (VmHWM).
fn peak_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

fn seconds(s: f64) -> String {
    if s < 1.0 {
        format!("{:.3} s", s)
    } else {
        format!("{:.2} s", s)
    }
}

fn main() {
    let filters: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with('-')).collect();
    let limit: f64 = std::env::var("SCALING_LIMIT_S").ok().and_then(|v| v.parse().ok()).unwrap_or(30.0);
    let sizes: Vec<usize> = std::env::var("SCALING_SIZES")
        .unwrap_or_else(|_| "1000 10000 100000".into())
        .split_whitespace()
        .filter_map(|s| s.replace('_', "").parse().ok())
        .collect();
    let mut table = Vec::new();
    for shape in SHAPES.iter().filter(|s| filters.is_empty() || filters.iter().any(|f| s.name.contains(f.as_str()))) {
        let mut times: Vec<(usize, f64)> = Vec::new();
        let mut cells = Vec::new();
        for &n in &sizes {
            // The next size's time, from the growth so far (linear when only one is known).
            if let Some(&(last_n, last_t)) = times.last() {
                let growth = match times.len() {
                    1 => n as f64 / last_n as f64,
                    _ => {
                        let (pn, pt) = times[times.len() - 2];
                        (last_t / pt.max(1e-9)).powf((n as f64 / last_n as f64).ln() / (last_n as f64 / pn as f64).ln())
                    }
                };
                let expected = last_t * growth;
                if expected > limit {
                    cells.push(format!("{n}: skipped (would take about {})", seconds(expected)));
                    break;
                }
            }
            let step = (shape.prepare)(n);
            let measured_peak = reset_peak();
            let start = Instant::now();
            let check = step();
            let t = start.elapsed().as_secs_f64();
            let peak = if measured_peak { peak_mb().map(|m| format!(", peak {m:.0} MB")) } else { None };
            let ratio = times.last().map(|&(_, pt)| format!(", ×{:.1}", t / pt.max(1e-9))).unwrap_or_default();
            let cell = format!("{n}: {}{ratio}{}", seconds(t), peak.unwrap_or_default());
            println!("{}  {cell}  (result {check})", shape.name);
            cells.push(cell);
            times.push((n, t));
            drop(step);
        }
        table.push(format!("{}: {}", shape.name, cells.join("; ")));
    }
    println!("\nscaling (time, ratio per step; 10 = linear, 100 = quadratic):");
    for line in table {
        println!("  {line}");
    }
}
