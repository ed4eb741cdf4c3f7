//! What the call page says above its tree: the heading, the verdict line, the warnings about
//! what was not loaded, the findings in the order the page lists them, and what the tree says
//! when there are no sessions.

use crate::judge::{findings, Finding, FindingKind, RuleSet, Tally};
use crate::model::datetime::format_duration_ms;
use crate::model::record::CallRecord;
use crate::view::words::capitalise;

/// The heading's first words: the call type as a heading ("Group call", "Peer-to-peer"), or
/// "Call" when the type is not reported.
pub fn heading(record: &CallRecord) -> String {
    record.call_type.as_ref().map_or("Call".to_string(), |t| capitalise(&t.label()))
}

/// The end of the heading, after the start time: " · 3 min 12 s", empty when the duration is
/// unknown.
pub fn heading_duration(record: &CallRecord) -> String {
    record.duration_ms().map(|d| format!(" · {}", format_duration_ms(d))).unwrap_or_default()
}

/// Beside the call's verdict badge: " 2 good, 1 poor — judged by CQD, current (2022–)".
pub fn verdict_line(tally: Tally, rules: &RuleSet) -> String {
    format!(" {} — judged by {}", tally.describe(), rules.kind.name())
}

/// What the tree says for a record loaded without its sessions.
pub const NO_SESSIONS: &str = "No sessions loaded: this record came without them. Fetch it with \
     ?$expand=sessions($expand=segments), with its further sessions pages, and load those files.";

/// What the loaded pages leave out of this call, one sentence each.
pub fn load_warnings(record: &CallRecord) -> Vec<&'static str> {
    let mut warnings = Vec::new();
    if record.placeholder {
        warnings.push("Only pages of this call were loaded (sessions or participants), not the call record itself: its type, times and organizer are unknown.");
    }
    if record.lost_sessions > 0 {
        warnings.push("Incomplete: sessions of this call were lost to a syntax error in the file (see the messages above the calls). Its verdicts cover only the sessions that could be read.");
    }
    if record.more_sessions {
        warnings.push("More sessions exist that were not loaded (the response had sessions@odata.nextLink). Load the following pages to see them all.");
    }
    if record.more_participants {
        warnings.push("More participants exist than were loaded (participants_v2@odata.nextLink).");
    }
    warnings
}

/// The findings of a record: problems first, then warnings, then notes; in data order within
/// each.
pub fn sorted_findings(record: &CallRecord) -> Vec<Finding> {
    let mut found = findings(record);
    found.sort_by_key(|f| std::cmp::Reverse(f.severity));
    found
}

/// The word for what a finding is about: "Feedback", "Failure", "Device", "Network"
/// ([`FindingKind::as_str`] as a heading).
pub fn finding_kind_word(kind: FindingKind) -> String {
    capitalise(kind.as_str())
}
