//! What the call page says above its tree: the heading, the verdict line, the warnings about
//! what was not loaded, the findings in the order the page lists them, and what the tree says
//! when there are no sessions.

use crate::judge::{findings, Finding, FindingKind, FindingSeverity, RuleSet, Tally};
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

/// Findings shown per group before "show more": a 1,000-session meeting's thousands of findings
/// must not bury the tree.
pub const FINDINGS_SHOWN_PER_GROUP: usize = 3;

/// The findings of one kind, in [`sorted_findings`] order.
#[derive(Clone, Debug, PartialEq)]
pub struct FindingGroup {
    pub kind: FindingKind,
    pub findings: Vec<Finding>,
    /// Of them, at warning level or above (the rest are notes).
    pub problems: usize,
}

/// The findings grouped by kind (feedback, failure, device, network), each group in the order
/// `sorted` lists them; groups with problems first, then by kind.
pub fn finding_groups(sorted: &[Finding]) -> Vec<FindingGroup> {
    let mut groups: Vec<FindingGroup> = Vec::new();
    for f in sorted {
        match groups.iter_mut().find(|g| g.kind == f.kind) {
            Some(g) => g.findings.push(f.clone()),
            None => groups.push(FindingGroup { kind: f.kind, findings: vec![f.clone()], problems: 0 }),
        }
    }
    for g in &mut groups {
        g.problems = g.findings.iter().filter(|f| f.severity >= FindingSeverity::Warning).count();
    }
    groups.sort_by_key(|g| (g.problems == 0, g.kind));
    groups
}

/// A group's heading: "Network (12, 3 notes)", "Feedback (2)".
pub fn finding_group_heading(group: &FindingGroup) -> String {
    let notes = group.findings.len() - group.problems;
    let word = finding_kind_word(group.kind);
    match notes {
        0 => crate::t!("finding-group", kind = word, count = group.findings.len()),
        n => crate::t!("finding-group-notes", kind = word, count = group.findings.len(), notes = n),
    }
}

/// The word for what a finding is about: "Feedback", "Failure", "Device", "Network"
/// ([`FindingKind::as_str`] as a heading).
pub fn finding_kind_word(kind: FindingKind) -> String {
    crate::i18n::text(&format!("finding-kind-{}", kind.as_str()), &[])
}
