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
    record.call_type.as_ref().map_or(crate::t!("call-heading"), |t| capitalise(&t.label()))
}

/// The end of the heading, after the start time: " · 3 min 12 s", empty when the duration is
/// unknown.
pub fn heading_duration(record: &CallRecord) -> String {
    record.duration_ms().map(|d| format!(" · {}", format_duration_ms(d))).unwrap_or_default()
}

/// Beside the call's verdict badge: " 2 good, 1 poor — judged by CQD, current (2022–)".
pub fn verdict_line(tally: Tally, rules: &RuleSet) -> String {
    format!(" {}", crate::t!("verdict-line", tally = tally.describe(), rules = rules.kind.name()))
}

/// What the tree says for a record loaded without its sessions.
pub fn no_sessions() -> String {
    crate::t!("no-sessions", query = "?$expand=sessions($expand=segments)")
}

/// What the loaded pages leave out of this call, one sentence each.
pub fn load_warnings(record: &CallRecord) -> Vec<String> {
    let mut warnings = Vec::new();
    if record.placeholder {
        warnings.push(crate::t!("warning-placeholder"));
    }
    if record.lost_sessions > 0 {
        warnings.push(crate::t!("warning-lost-sessions"));
    }
    if record.more_sessions {
        warnings.push(crate::t!("warning-more-sessions", link = "sessions@odata.nextLink"));
    }
    if record.more_participants {
        warnings.push(crate::t!("warning-more-participants", link = "participants_v2@odata.nextLink"));
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
    crate::i18n::text(&format!("finding-kind-{}", kind.as_str()), &[])
}
