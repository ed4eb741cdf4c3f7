//! What the page says about what is loaded and what is being loaded: the counts line under
//! the loader, and the progress lines while files are read and parsed.

use crate::model::datetime::trim_number;
use crate::model::Counts;
use crate::view::route::Route;
use crate::view::words::plural;

/// How much a view has loaded, in its own noun: "1 call record", "8 PSTN calls", "10 Direct
/// Routing calls", "3 other log rows" (a call is counted as the calls).
pub fn amount(view: &Route, n: usize) -> String {
    match view.tab() {
        Route::Pstn => plural(n, "PSTN call", "PSTN calls"),
        Route::DirectRouting => plural(n, "Direct Routing call", "Direct Routing calls"),
        Route::OtherLogs => plural(n, "other log row", "other log rows"),
        Route::Calls | Route::Call { .. } => plural(n, "call record", "call records"),
    }
}

/// "Loaded: 1 call record · 1 session · 1 segment · 2 streams (parsed in 3.2 ms)": the PSTN,
/// Direct Routing and other log rows only when there are some.
pub fn loaded_line(c: &Counts, parse_ms: Option<f64>) -> String {
    let mut parts = vec![
        amount(&Route::Calls, c.records),
        plural(c.sessions, "session", "sessions"),
        plural(c.segments, "segment", "segments"),
        plural(c.streams, "stream", "streams"),
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
    let timing = parse_ms.map(|ms| format!(" (parsed in {} ms)", trim_number(ms, 1))).unwrap_or_default();
    format!("Loaded: {}{timing}", parts.join(" · "))
}

/// "1.2 MB", "35 KB" (kilobytes rounded up: a small file is never "0 KB").
pub fn megabytes(bytes: f64) -> String {
    if bytes >= 1_000_000.0 {
        format!("{:.1} MB", bytes / 1_000_000.0)
    } else {
        format!("{:.0} KB", (bytes / 1000.0).ceil())
    }
}

/// "Parsing 2 sources (1.2 MB)…".
pub fn parsing_line(sources: usize, bytes: usize) -> String {
    format!("Parsing {} ({})…", plural(sources, "source", "sources"), megabytes(bytes as f64))
}

/// "Reading export.json (2 of 3, 35 KB)…", for file `index` (from 0) of `count`.
pub fn reading_line(name: &str, index: usize, count: usize, bytes: f64) -> String {
    format!("Reading {name} ({} of {count}, {})…", index + 1, megabytes(bytes))
}
