//! What the page says about what is loaded and what is being loaded: the counts line under
//! the loader, and the progress lines while files are read and parsed.

use crate::i18n::num;
use crate::ingest::LoadProgress;
use crate::model::Counts;
use crate::t;
use crate::view::diagnostics::shown_source;
use crate::view::route::Route;

/// How much a view has loaded, in its own noun: "1 call record", "8 PSTN calls", "10 Direct
/// Routing calls", "3 other log rows" (a call is counted as the calls).
pub fn amount(view: &Route, n: usize) -> String {
    match view.tab() {
        Route::Pstn => t!("count-pstn-calls", count = n),
        Route::DirectRouting => t!("count-direct-routing-calls", count = n),
        Route::OtherLogs => t!("count-other-log-rows", count = n),
        Route::Calls | Route::Call { .. } => t!("count-call-records", count = n),
    }
}

/// "Loaded: 1 call record · 1 session · 1 segment · 2 streams (parsed in 3.2 ms)": the PSTN,
/// Direct Routing and other log rows only when there are some.
pub fn loaded_line(c: &Counts, parse_ms: Option<f64>) -> String {
    let mut parts = vec![
        amount(&Route::Calls, c.records),
        t!("count-sessions", count = c.sessions),
        t!("count-segments", count = c.segments),
        t!("count-streams", count = c.streams),
    ];
    if c.pstn_rows > 0 {
        parts.push(amount(&Route::Pstn, c.pstn_rows));
    }
    if c.direct_routing_rows > 0 {
        parts.push(amount(&Route::DirectRouting, c.direct_routing_rows));
    }
    let others = c.sms_rows + c.blocked_user_rows + c.dialout_report_rows;
    if others > 0 {
        parts.push(amount(&Route::OtherLogs, others));
    }
    let what = parts.join(" · ");
    match parse_ms {
        Some(ms) => t!("loaded-line-timed", what = what, ms = num(ms, 1)),
        None => t!("loaded-line", what = what),
    }
}

/// "1.2 MB", "35 KB" (kilobytes rounded up: a small file is never "0 KB").
pub fn megabytes(bytes: f64) -> String {
    if bytes >= 1_000_000.0 {
        t!("size-mb", size = crate::i18n::fixed(bytes / 1_000_000.0, 1))
    } else {
        t!("size-kb", size = num((bytes / 1000.0).ceil(), 0))
    }
}

/// "Parsing 2 sources (1.2 MB)…".
pub fn parsing_line(sources: usize, bytes: usize) -> String {
    t!("parsing-line", count = sources, size = megabytes(bytes as f64))
}

/// "export.json (could not be read: …)": the name a file the browser could not read is loaded
/// under (as an empty source, so that the user is told about it by name).
pub fn unreadable_name(name: &str, error: &str) -> String {
    t!("file-unreadable", name = name, error = error)
}

/// "Reading export.json (1 of 2): 45 % · 450.2 MB of 1,000.0 MB · 120,345 items read", or while
/// what was read is added: "Adding export.json to what is loaded: 96 %". For source `index`
/// (from 0) of `count`.
pub fn progress_line(name: &str, index: usize, count: usize, p: &LoadProgress) -> String {
    let percent = num((p.fraction() * 100.0).floor(), 0);
    if p.merging {
        return t!("load-adding", name = shown_source(name), percent = percent);
    }
    t!(
        "load-progress",
        name = shown_source(name),
        index = index + 1,
        count = count,
        percent = percent,
        done = megabytes(p.done as f64),
        total = megabytes(p.total as f64),
        items = p.items
    )
}

/// "Judging the streams: 1,200 of 6,000 calls", once everything is read and merged.
pub fn preparing_line(done: usize, total: usize) -> String {
    t!("load-judging", done = done, total = total)
}

/// "Matching the PSTN and Direct Routing rows to the calls: 1,200 of 6,000 calls", once the
/// streams are judged (a load with log rows).
pub fn linking_line(done: usize, total: usize) -> String {
    t!("load-linking", done = done, total = total)
}

/// "Redacting the data: 40 %" (`done` of `total` steps).
pub fn redacting_line(done: usize, total: usize) -> String {
    t!("load-redacting", percent = num((100.0 * done as f64 / total.max(1) as f64).floor(), 0))
}

/// "Redaction stopped: the views show the data as before."
pub fn redaction_stopped_line() -> String {
    t!("load-redaction-stopped")
}

/// "Judging the streams again: 1,200 of 6,000 calls; until then the verdicts shown are those
/// made before." (the data shown, under another rule set or language).
pub fn judging_again_line(done: usize, total: usize) -> String {
    t!("load-judging-again", done = done, total = total)
}

/// "Loading stopped: nothing from export.json was added; what was loaded before is kept."
pub fn stopped_line(name: &str) -> String {
    t!("load-stopped", name = shown_source(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_progress_line_says_how_far_in_bytes_and_items() {
        let p = LoadProgress { done: 450_200_000, total: 1_000_000_000, items: 120_345, merging: false };
        assert_eq!(
            progress_line("export.json", 0, 2, &p),
            "Reading export.json (1 of 2): 40 % · 450.2 MB of 1,000.0 MB · 120,345 items read"
        );
        let one = LoadProgress { done: 10, total: 10, items: 1, merging: false };
        assert_eq!(progress_line("a.json", 0, 1, &one), "Reading a.json: 90 % · 1 KB of 1 KB · 1 item read");
        let merging = LoadProgress { merging: true, ..one };
        assert_eq!(progress_line("a.json", 0, 1, &merging), "Adding a.json to what is loaded: 100 %");
        assert_eq!(
            linking_line(1200, 6000),
            "Matching the PSTN and Direct Routing rows to the calls: 1,200 of 6,000 calls"
        );
        assert_eq!(redacting_line(1200, 6000), "Redacting the data: 20 %");
        assert_eq!(redaction_stopped_line(), "Redaction stopped: the views show the data as before.");
        assert_eq!(
            judging_again_line(1200, 6000),
            "Judging the streams again: 1,200 of 6,000 calls; until then the verdicts shown are those made before."
        );
    }
}
