//! Benchmark tooling shared by the native benchmark (benches/ingest.rs) and the browser one
//! (tests/bench_web.rs): the timing loop, the report line, and a probe that reads the export into
//! the crate's record types without ingest's bookkeeping, to see where ingest's time goes.

use crate::model::datetime::{de_instant, UtcInstant};
use crate::model::enums::{CallType, Modality};
use crate::model::identity::IdentitySet;
use crate::model::record::{Participant, Session};
use serde::Deserialize;

/// Runs `f` `runs` times and returns the milliseconds of each run, read from `now` (ms). The
/// result of `f` is dropped outside the timing.
pub fn time<T>(runs: usize, now: impl Fn() -> f64, mut f: impl FnMut() -> T) -> Vec<f64> {
    (0..runs)
        .map(|_| {
            let start = now();
            let out = std::hint::black_box(f());
            let ms = now() - start;
            drop(out);
            ms
        })
        .collect()
}

/// Best and median of the runs.
pub fn best_median(times: &[f64]) -> (f64, f64) {
    let mut sorted = times.to_vec();
    sorted.sort_by(f64::total_cmp);
    (sorted[0], sorted[sorted.len() / 2])
}

/// `native ingest  50.0 MB: best 95 ms (526 MB/s), median 98 ms (510 MB/s), first 120 ms [7 runs]`
/// (MB = 10^6 bytes). scripts/bench.sh reads these lines.
pub fn line(what: &str, bytes: usize, times: &[f64]) -> String {
    let mb = bytes as f64 / 1e6;
    let (best, median) = best_median(times);
    format!(
        "{what:<46} {mb:.1} MB: best {best:.0} ms ({:.0} MB/s), median {median:.0} ms ({:.0} MB/s), first {:.0} ms [{} runs]",
        mb / (best / 1000.0),
        mb / (median / 1000.0),
        times[0],
        times.len()
    )
}

/// A list of expanded call records read straight into the crate's public record types (the
/// same fields ingest's private record type reads), without ingest's document detection,
/// UTF-8 handling or merging. ingest minus this is ingest's own overhead.
#[derive(Deserialize)]
pub struct TypedList {
    #[serde(default)]
    pub value: Vec<TypedRecord>,
}

#[derive(Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct TypedRecord {
    pub id: Option<String>,
    pub version: Option<i64>,
    #[serde(rename = "type")]
    pub call_type: Option<CallType>,
    pub modalities: Option<Vec<Modality>>,
    #[serde(rename = "startDateTime", deserialize_with = "de_instant")]
    pub start: Option<UtcInstant>,
    #[serde(rename = "endDateTime", deserialize_with = "de_instant")]
    pub end: Option<UtcInstant>,
    #[serde(rename = "lastModifiedDateTime", deserialize_with = "de_instant")]
    pub last_modified: Option<UtcInstant>,
    pub join_web_url: Option<String>,
    pub organizer: Option<IdentitySet>,
    pub participants: Option<Vec<IdentitySet>>,
    #[serde(rename = "organizer_v2")]
    pub organizer_v2: Option<Participant>,
    #[serde(rename = "participants_v2")]
    pub participants_v2: Option<Vec<Participant>>,
    pub sessions: Option<Vec<Session>>,
}
