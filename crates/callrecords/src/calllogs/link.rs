//! Linking log rows to call records, in both directions, saying how each link was made.
//!
//! Rules, strongest first (see [`MatchReason`]):
//!
//! 1. **Same id.** A Direct Routing row whose `correlationId` equals a call record id
//!    (microsoftgraph/microsoft-graph-docs-contrib#3061: the correlation id can be used to get
//!    the record), or a PSTN row whose `callId` equals a record id (mozziemozz's
//!    `Analyze-CallQueueCallRecord.ps1` checks this for Operator Connect and Direct Routing; a
//!    Calling Plan `callId` is a SIP Call-ID and never matches). Compared without regard to case;
//!    no time check.
//! 2. **Same user or number, and the row's times inside the record's** (± a tolerance,
//!    [`DEFAULT_TOLERANCE_MS`] = 60 s, as mozziemozz widens the search window by one minute each
//!    side). The row spans invite/start → end/failure (or start + duration); the record spans
//!    start → end. *User*: the row's `userId` (or UPN) equals the id (or UPN) of any non-phone
//!    identity in the record (organizer, participants, `participants_v2`, session and segment
//!    endpoints). *Number*: the row's caller or callee number equals a phone identity of the
//!    record, comparing digits only (`+1 (425) 555-0100` = `14255550100`). *Prefix*: one of the
//!    two numbers is masked (`+12345678***`); they match when the visible digits agree, at least
//!    [`MatchOptions::min_prefix_digits`] of them, and both numbers have the same length (Microsoft
//!    replaces the last 3 or 4 digits, keeping the length); the hidden digits cannot be compared
//!    and the sentence says so.
//! 3. `conf_in` / `conf_out` PSTN rows (the Audio Conferencing bridge) only link to group calls
//!    (records not marked peer-to-peer) by time.
//!
//! Candidates are ordered by reason, then by how close the starts are. A row is **ambiguous**
//! when more than one candidate shares the best tier (two id matches, or two time-based
//! matches); an id match outranks time-based ones, which are still listed.

use super::meaning::is_masked;
use super::table::Table;
use crate::model::datetime::format_duration_ms;
use crate::model::enums::CallType;
use crate::model::identity::{Identity, IdentityKind, IdentitySet};
use crate::model::logs::{DirectRoutingLogRow, PstnCallLogRow};
use crate::model::record::{CallRecord, Endpoint};
use crate::model::Dataset;
use std::collections::{BTreeMap, HashMap, HashSet};

/// Time tolerance around a record's start and end: one minute.
pub const DEFAULT_TOLERANCE_MS: i64 = 60_000;

/// Matching settings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MatchOptions {
    /// How far (ms) a row may start before or end after the record and still be inside it.
    pub tolerance_ms: i64,
    /// Fewest visible digits a masked number needs to match on its prefix.
    pub min_prefix_digits: usize,
}

impl Default for MatchOptions {
    fn default() -> Self {
        MatchOptions { tolerance_ms: DEFAULT_TOLERANCE_MS, min_prefix_digits: 6 }
    }
}

/// How a row and a record were linked, strongest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MatchReason {
    /// The Direct Routing correlation id is the record id.
    CorrelationId,
    /// The PSTN call id is the record id.
    CallId,
    /// Same user and same number, times inside the record's.
    UserAndNumberAndTime,
    /// Same user, times inside the record's.
    UserAndTime,
    /// Same phone number, times inside the record's.
    NumberAndTime,
    /// A masked number agrees on its visible digits, times inside the record's.
    PrefixAndTime,
}

impl MatchReason {
    /// Matched on an id (certain) rather than on times (likely).
    pub fn is_exact(self) -> bool {
        matches!(self, MatchReason::CorrelationId | MatchReason::CallId)
    }

    pub fn label(self) -> &'static str {
        match self {
            MatchReason::CorrelationId => "correlation ID",
            MatchReason::CallId => "call ID",
            MatchReason::UserAndNumberAndTime => "user, number and time",
            MatchReason::UserAndTime => "user and time",
            MatchReason::NumberAndTime => "number and time",
            MatchReason::PrefixAndTime => "masked number prefix and time",
        }
    }
}

/// A log row, by table and index.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RowRef {
    Pstn(usize),
    DirectRouting(usize),
}

impl RowRef {
    /// Row `index` of `table`, when the table takes part in matching (PSTN, Direct Routing).
    pub fn new(table: Table, index: usize) -> Option<RowRef> {
        match table {
            Table::Pstn => Some(RowRef::Pstn(index)),
            Table::DirectRouting => Some(RowRef::DirectRouting(index)),
            Table::Sms | Table::BlockedUsers | Table::DialoutReport => None,
        }
    }

    pub fn table(self) -> Table {
        match self {
            RowRef::Pstn(_) => Table::Pstn,
            RowRef::DirectRouting(_) => Table::DirectRouting,
        }
    }

    pub fn index(self) -> usize {
        match self {
            RowRef::Pstn(i) | RowRef::DirectRouting(i) => i,
        }
    }
}

/// A candidate record for a row.
#[derive(Clone, Debug, PartialEq)]
pub struct RecordMatch {
    /// Index into the records.
    pub record: usize,
    pub record_id: String,
    pub reason: MatchReason,
    /// How long the row's and the record's times overlap, when both are known.
    pub overlap_ms: Option<i64>,
    /// Why, for people: "same user (richard.malk@contoso.com) and the call times overlap by 3 min 39 s".
    pub sentence: String,
}

/// The candidate records of one row, best first.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RowMatches {
    pub candidates: Vec<RecordMatch>,
    /// More than one candidate shares the best tier: the link is not certain.
    pub ambiguous: bool,
}

impl RowMatches {
    pub fn best(&self) -> Option<&RecordMatch> {
        self.candidates.first()
    }

    pub fn is_empty(&self) -> bool {
        self.candidates.is_empty()
    }

    /// "linked by correlation ID", "2 candidate records (ambiguous)", "no call record matches".
    pub fn summary(&self) -> String {
        let Some(best) = self.best() else {
            return "no call record matches".into();
        };
        let by = best.reason.label();
        match (self.candidates.len(), self.ambiguous) {
            (n, true) => format!("{n} candidate records (ambiguous): best by {by}"),
            (1, _) => format!("linked by {by}"),
            (2, _) => format!("linked by {by} (1 weaker candidate)"),
            (n, _) => format!("linked by {by} ({} weaker candidates)", n - 1),
        }
    }
}

/// A row linked to a record, seen from the record.
#[derive(Clone, Debug, PartialEq)]
pub struct RowMatch {
    pub row: RowRef,
    pub reason: MatchReason,
    pub overlap_ms: Option<i64>,
    pub sentence: String,
    /// This record is the row's best candidate.
    pub best: bool,
    /// How many records the row matched in all.
    pub row_candidates: usize,
    /// The row's link is ambiguous.
    pub ambiguous: bool,
}

/// Links both ways.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Links {
    /// Per PSTN row (same order as the rows).
    pub pstn: Vec<RowMatches>,
    /// Per Direct Routing row.
    pub direct_routing: Vec<RowMatches>,
    /// Per record (same order as the records): the rows linked to it, strongest first.
    pub by_record: Vec<Vec<RowMatch>>,
}

impl Links {
    /// The candidates of a row; `None` for an index out of range.
    pub fn for_row(&self, row: RowRef) -> Option<&RowMatches> {
        match row {
            RowRef::Pstn(i) => self.pstn.get(i),
            RowRef::DirectRouting(i) => self.direct_routing.get(i),
        }
    }

    /// The rows linked to a record (empty for an index out of range).
    pub fn for_record(&self, record: usize) -> &[RowMatch] {
        self.by_record.get(record).map_or(&[], Vec::as_slice)
    }

    /// Rows with more than one equally good candidate.
    pub fn ambiguous_rows(&self) -> Vec<RowRef> {
        let pstn = self.pstn.iter().enumerate().filter(|(_, m)| m.ambiguous).map(|(i, _)| RowRef::Pstn(i));
        let dr =
            self.direct_routing.iter().enumerate().filter(|(_, m)| m.ambiguous).map(|(i, _)| RowRef::DirectRouting(i));
        pstn.chain(dr).collect()
    }
}

/// A phone number reduced to its digits, with how many trailing digits are masked.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NumberKey {
    /// Digits before the first `*`.
    pub visible: String,
    /// Characters hidden from the first `*` on (each `*` or digit after it counts one).
    pub hidden: usize,
}

impl NumberKey {
    pub fn is_masked(&self) -> bool {
        self.hidden > 0
    }

    fn len(&self) -> usize {
        self.visible.len() + self.hidden
    }
}

fn is_guid_like(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    parts.len() == 5
        && parts.iter().map(|p| p.len()).eq([8, 4, 4, 4, 12])
        && parts.iter().all(|p| p.chars().all(|c| c.is_ascii_hexdigit()))
}

/// The digits of a phone number, ignoring formatting (`+`, spaces, dashes, brackets, dots, a
/// `tel:` or `sip:` prefix and anything after `@` or `;`). `None` for text that is not a
/// number: names ("Internal Revenue Service"), GUIDs, fewer than 3 digits.
pub fn normalize_number(text: &str) -> Option<NumberKey> {
    let mut t = text.trim();
    for prefix in ["tel:", "sip:", "TEL:", "SIP:"] {
        if let Some(rest) = t.strip_prefix(prefix) {
            t = rest;
        }
    }
    let t = t.split(['@', ';']).next().unwrap_or(t).trim();
    if t.is_empty() || is_guid_like(t) || !t.chars().all(|c| c.is_ascii_digit() || "+*-() .".contains(c)) {
        return None;
    }
    let (visible_part, hidden_part) = match t.find('*') {
        Some(at) => t.split_at(at),
        None => (t, ""),
    };
    let visible: String = visible_part.chars().filter(char::is_ascii_digit).collect();
    let hidden = hidden_part.chars().filter(|c| c.is_ascii_digit() || *c == '*').count();
    (visible.len() + hidden >= 3 && !visible.is_empty()).then_some(NumberKey { visible, hidden })
}

/// How two numbers agree.
#[derive(Clone, Debug, PartialEq, Eq)]
enum NumberAgreement {
    Exact,
    /// On these visible digits only.
    Prefix(String),
}

fn compare_numbers(a: &NumberKey, b: &NumberKey, min_prefix: usize) -> Option<NumberAgreement> {
    if !a.is_masked() && !b.is_masked() {
        return (a.visible == b.visible).then_some(NumberAgreement::Exact);
    }
    if a.len() != b.len() {
        return None;
    }
    let (short, long) = if a.visible.len() <= b.visible.len() { (a, b) } else { (b, a) };
    (short.visible.len() >= min_prefix && long.visible.starts_with(&short.visible))
        .then(|| NumberAgreement::Prefix(short.visible.clone()))
}

/// What a record offers to match against.
#[derive(Default)]
struct RecordKeys {
    start: Option<i64>,
    end: Option<i64>,
    peer_to_peer: bool,
}

#[derive(Default)]
struct Index {
    keys: Vec<RecordKeys>,
    by_id: HashMap<String, Vec<usize>>,
    /// Lower-cased user id or UPN → records.
    by_user: HashMap<String, Vec<usize>>,
    /// Visible digits → (record, number, as sent).
    by_number: BTreeMap<String, Vec<(usize, NumberKey, String)>>,
}

fn looks_like_number(text: &str) -> bool {
    normalize_number(text).is_some()
        && (text.trim_start().starts_with('+')
            || text.trim_start().starts_with("tel:")
            || text.chars().filter(char::is_ascii_digit).count() >= 3)
}

impl Index {
    fn build(records: &[CallRecord]) -> Self {
        let mut index = Index::default();
        for (i, record) in records.iter().enumerate() {
            let start = record.start.map(|t| t.0);
            index.keys.push(RecordKeys {
                start,
                end: record.end.map(|t| t.0).or(start),
                peer_to_peer: record.call_type == Some(CallType::PeerToPeer),
            });
            if !record.id.trim().is_empty() {
                index.by_id.entry(record.id.trim().to_lowercase()).or_default().push(i);
            }
            let mut users: HashSet<String> = HashSet::new();
            let mut numbers: Vec<(NumberKey, String)> = Vec::new();
            let mut add_identity = |kind: Option<&IdentityKind>, identity: &Identity| {
                let id = identity.id.as_deref().map(str::trim).filter(|s| !s.is_empty());
                match (kind, id) {
                    (Some(IdentityKind::Phone), Some(id)) => {
                        if let Some(key) = normalize_number(id) {
                            numbers.push((key, id.to_string()));
                        }
                    }
                    (None, Some(id)) if looks_like_number(id) => {
                        if let Some(key) = normalize_number(id) {
                            numbers.push((key, id.to_string()));
                        }
                    }
                    (_, Some(id)) => {
                        users.insert(id.to_lowercase());
                    }
                    (_, None) => {}
                }
                if let Some(upn) = identity.user_principal_name.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
                    users.insert(upn.to_lowercase());
                }
            };
            let add_set = |set: &IdentitySet, add: &mut dyn FnMut(Option<&IdentityKind>, &Identity)| {
                for (kind, identity) in &set.identities {
                    add(Some(kind), identity);
                }
            };
            let endpoints = record
                .sessions
                .iter()
                .flat_map(|s| {
                    [&s.caller, &s.callee].into_iter().chain(s.segments.iter().flat_map(|g| [&g.caller, &g.callee]))
                })
                .flatten();
            let sets = record.organizer.iter().chain(&record.participants);
            for set in sets {
                add_set(set, &mut add_identity);
            }
            for participant in record.organizer_v2.iter().chain(&record.participants_v2) {
                if let Some(set) = &participant.identity {
                    add_set(set, &mut add_identity);
                }
                if let Some(id) = participant.id.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
                    add_identity(None, &Identity { id: Some(id.to_string()), ..Identity::default() });
                }
            }
            for endpoint in endpoints {
                let Endpoint { identity, associated_identity, .. } = endpoint;
                if let Some(set) = identity {
                    add_set(set, &mut add_identity);
                }
                if let Some(identity) = associated_identity {
                    add_identity(None, identity);
                }
            }
            for user in users {
                index.by_user.entry(user).or_default().push(i);
            }
            numbers.sort();
            numbers.dedup();
            for (key, text) in numbers {
                index.by_number.entry(key.visible.clone()).or_default().push((i, key, text));
            }
        }
        index
    }

    /// Records with a number agreeing with `key`, and how.
    fn number_candidates(&self, key: &NumberKey, min_prefix: usize) -> Vec<(usize, NumberAgreement, &str)> {
        let mut lists: Vec<&[(usize, NumberKey, String)]> = Vec::new();
        if let Some(entries) = self.by_number.get(&key.visible) {
            lists.push(entries);
        }
        // Masked record numbers whose visible digits are a prefix of this number's.
        for len in min_prefix..key.visible.len() {
            if let Some(entries) = key.visible.get(..len).and_then(|prefix| self.by_number.get(prefix)) {
                lists.push(entries);
            }
        }
        // For a masked number: record numbers that extend its visible digits.
        if key.is_masked() && key.visible.len() >= min_prefix {
            for (visible, entries) in self.by_number.range(key.visible.clone()..) {
                if !visible.starts_with(&key.visible) {
                    break;
                }
                if visible != &key.visible {
                    lists.push(entries);
                }
            }
        }
        let mut found = Vec::new();
        for (record, other, text) in lists.into_iter().flatten() {
            if let Some(agreement) = compare_numbers(key, other, min_prefix) {
                found.push((*record, agreement, text.as_str()));
            }
        }
        found
    }
}

/// What one row offers.
struct RowKeys<'a> {
    lo: Option<i64>,
    hi: Option<i64>,
    exact_id: Option<(&'a str, MatchReason)>,
    user_id: Option<&'a str>,
    upn: Option<&'a str>,
    user_label: Option<&'a str>,
    numbers: Vec<&'a str>,
    /// Audio Conferencing rows link only to group calls by time.
    group_only: bool,
}

fn ms(seconds: Option<f64>) -> Option<i64> {
    seconds.filter(|s| s.is_finite() && *s >= 0.0).map(|s| (s * 1000.0) as i64)
}

fn trimmed(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

impl<'a> RowKeys<'a> {
    fn pstn(row: &'a PstnCallLogRow) -> Self {
        let lo = row.start.map(|t| t.0);
        let hi = row.end.map(|t| t.0).or_else(|| Some(lo?.saturating_add(ms(row.duration)?))).or(lo);
        RowKeys {
            lo,
            hi,
            exact_id: trimmed(&row.call_id).map(|id| (id, MatchReason::CallId)),
            user_id: trimmed(&row.user_id),
            upn: trimmed(&row.user_principal_name),
            user_label: trimmed(&row.user_principal_name).or(trimmed(&row.user_display_name)).or(trimmed(&row.user_id)),
            numbers: [trimmed(&row.caller_number), trimmed(&row.callee_number)].into_iter().flatten().collect(),
            group_only: trimmed(&row.call_type).is_some_and(|t| t.to_ascii_lowercase().starts_with("conf_")),
        }
    }

    fn direct_routing(row: &'a DirectRoutingLogRow) -> Self {
        let lo = match (row.invite, row.start) {
            (Some(a), Some(b)) => Some(a.0.min(b.0)),
            (a, b) => a.or(b).map(|t| t.0),
        };
        let hi = row.end.or(row.failure).map(|t| t.0).or_else(|| Some(lo?.saturating_add(ms(row.duration)?))).or(lo);
        RowKeys {
            lo,
            hi: hi.map(|h| lo.map_or(h, |l| h.max(l))),
            exact_id: trimmed(&row.correlation_id).map(|id| (id, MatchReason::CorrelationId)),
            user_id: trimmed(&row.user_id),
            upn: trimmed(&row.user_principal_name),
            user_label: trimmed(&row.user_principal_name).or(trimmed(&row.user_display_name)).or(trimmed(&row.user_id)),
            numbers: [trimmed(&row.caller_number), trimmed(&row.callee_number)].into_iter().flatten().collect(),
            group_only: false,
        }
    }
}

#[derive(Default)]
struct Evidence<'a> {
    exact: Option<MatchReason>,
    user: bool,
    number: Option<(&'a str, &'a str, NumberAgreement)>,
}

fn overlap(row: &RowKeys, record: &RecordKeys) -> Option<i64> {
    let (lo, hi, rlo, rhi) = (row.lo?, row.hi?, record.start?, record.end?);
    Some(hi.min(rhi).saturating_sub(lo.max(rlo)).max(0))
}

fn inside(row: &RowKeys, record: &RecordKeys, tolerance: i64) -> bool {
    match (row.lo, row.hi, record.start, record.end) {
        (Some(lo), Some(hi), Some(rlo), Some(rhi)) => {
            lo >= rlo.saturating_sub(tolerance) && hi <= rhi.saturating_add(tolerance)
        }
        _ => false,
    }
}

fn time_clause(overlap_ms: Option<i64>, tolerance: i64) -> String {
    match overlap_ms {
        Some(o) if o >= 1000 => format!("the call times overlap by {}", format_duration_ms(o as f64)),
        _ => format!("the row's times fall within the record's (± {})", format_duration_ms(tolerance as f64)),
    }
}

fn match_row(keys: &RowKeys, index: &Index, records: &[CallRecord], options: &MatchOptions) -> RowMatches {
    let mut evidence: HashMap<usize, Evidence> = HashMap::new();
    if let Some((id, reason)) = keys.exact_id {
        for &r in index.by_id.get(&id.to_lowercase()).into_iter().flatten() {
            evidence.entry(r).or_default().exact = Some(reason);
        }
    }
    let timed = |r: usize| {
        index.keys.get(r).is_some_and(|k| inside(keys, k, options.tolerance_ms) && !(keys.group_only && k.peer_to_peer))
    };
    for user in [keys.user_id, keys.upn].into_iter().flatten() {
        for &r in index.by_user.get(&user.to_lowercase()).into_iter().flatten() {
            if timed(r) {
                evidence.entry(r).or_default().user = true;
            }
        }
    }
    for &number in &keys.numbers {
        let Some(key) = normalize_number(number) else { continue };
        for (r, agreement, record_number) in index.number_candidates(&key, options.min_prefix_digits) {
            if !timed(r) {
                continue;
            }
            let e = evidence.entry(r).or_default();
            // An exact number beats a prefix.
            if e.number.as_ref().is_none_or(|(_, _, a)| *a != NumberAgreement::Exact) {
                e.number = Some((number, record_number, agreement));
            }
        }
    }
    let mut candidates: Vec<(RecordMatch, u64)> = evidence
        .into_iter()
        .filter_map(|(r, e)| {
            let record_keys = index.keys.get(r)?;
            let overlap_ms = overlap(keys, record_keys);
            let time = time_clause(overlap_ms, options.tolerance_ms);
            let user = keys.user_label.unwrap_or("?");
            let (reason, sentence) = if let Some(reason) = e.exact {
                let id = keys.exact_id.map_or("", |(id, _)| id);
                let sentence = match reason {
                    MatchReason::CorrelationId => format!("same correlation ID ({id}): a Direct Routing correlation ID can be used to get the call record"),
                    _ => format!("the row's call ID ({id}) is the call record's ID"),
                };
                (reason, sentence)
            } else {
                match (&e.number, e.user) {
                    (Some((row_n, _, NumberAgreement::Exact)), true) => (MatchReason::UserAndNumberAndTime, format!("same user ({user}) and number ({row_n}), and {time}")),
                    (_, true) => (MatchReason::UserAndTime, format!("same user ({user}) and {time}")),
                    (Some((row_n, _, NumberAgreement::Exact)), false) => (MatchReason::NumberAndTime, format!("same number ({row_n}) and {time}")),
                    (Some((row_n, rec_n, NumberAgreement::Prefix(prefix))), false) => {
                        let masked = if is_masked(row_n) { format!("the row's number {row_n} is masked") } else { format!("the record's number {rec_n} is masked") };
                        (
                            MatchReason::PrefixAndTime,
                            format!("{masked}: it agrees with {} on the visible digits {prefix} only (the hidden digits could differ), and {time}", if is_masked(row_n) { *rec_n } else { *row_n }),
                        )
                    }
                    (None, false) => return None,
                }
            };
            let closeness = match (keys.lo, record_keys.start) {
                (Some(a), Some(b)) => a.abs_diff(b),
                _ => u64::MAX,
            };
            let record_id = records.get(r).map(|rec| rec.id.clone()).unwrap_or_default();
            Some((RecordMatch { record: r, record_id, reason, overlap_ms, sentence }, closeness))
        })
        .collect();
    candidates.sort_by(|(a, ca), (b, cb)| a.reason.cmp(&b.reason).then(ca.cmp(cb)).then(a.record.cmp(&b.record)));
    let candidates: Vec<RecordMatch> = candidates.into_iter().map(|(m, _)| m).collect();
    let ambiguous = match candidates.as_slice() {
        [first, second, ..] => first.reason.is_exact() == second.reason.is_exact(),
        _ => false,
    };
    RowMatches { candidates, ambiguous }
}

/// Links PSTN and Direct Routing rows to call records, both ways.
pub fn link(
    records: &[CallRecord],
    pstn: &[PstnCallLogRow],
    direct_routing: &[DirectRoutingLogRow],
    options: &MatchOptions,
) -> Links {
    let index = Index::build(records);
    let pstn: Vec<RowMatches> =
        pstn.iter().map(|row| match_row(&RowKeys::pstn(row), &index, records, options)).collect();
    let direct_routing: Vec<RowMatches> =
        direct_routing.iter().map(|row| match_row(&RowKeys::direct_routing(row), &index, records, options)).collect();
    let mut by_record: Vec<Vec<RowMatch>> = vec![Vec::new(); records.len()];
    let rows = pstn
        .iter()
        .enumerate()
        .map(|(i, m)| (RowRef::Pstn(i), m))
        .chain(direct_routing.iter().enumerate().map(|(i, m)| (RowRef::DirectRouting(i), m)));
    for (row, matches) in rows {
        for (rank, candidate) in matches.candidates.iter().enumerate() {
            if let Some(list) = by_record.get_mut(candidate.record) {
                list.push(RowMatch {
                    row,
                    reason: candidate.reason,
                    overlap_ms: candidate.overlap_ms,
                    sentence: candidate.sentence.clone(),
                    best: rank == 0,
                    row_candidates: matches.candidates.len(),
                    ambiguous: matches.ambiguous,
                });
            }
        }
    }
    for list in &mut by_record {
        list.sort_by(|a, b| a.reason.cmp(&b.reason).then(b.best.cmp(&a.best)).then(a.row.cmp(&b.row)));
    }
    Links { pstn, direct_routing, by_record }
}

/// [`link`] over everything loaded.
pub fn link_dataset(dataset: &Dataset, options: &MatchOptions) -> Links {
    link(&dataset.records, &dataset.pstn_calls, &dataset.direct_routing_calls, options)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers() {
        assert_eq!(normalize_number("+1 (425) 555-0100").unwrap().visible, "14255550100");
        assert_eq!(normalize_number("+12345678***"), Some(NumberKey { visible: "12345678".into(), hidden: 3 }));
        assert_eq!(
            normalize_number("tel:+4930123456;ext=1"),
            Some(NumberKey { visible: "4930123456".into(), hidden: 0 })
        );
        assert_eq!(normalize_number("Internal Revenue Service"), None);
        assert_eq!(normalize_number("db03c14b-06eb-4189-939b-7cbf3a20ba27"), None);
        assert_eq!(normalize_number("12345678-1234-1234-1234-123456789012"), None);
        assert_eq!(normalize_number("+1"), None);
        assert_eq!(normalize_number("***"), None);
        let a = normalize_number("+12345678***").unwrap();
        let b = normalize_number("+12345678901").unwrap();
        assert_eq!(compare_numbers(&a, &b, 6), Some(NumberAgreement::Prefix("12345678".into())));
        assert_eq!(compare_numbers(&a, &normalize_number("+123456789012").unwrap(), 6), None, "length differs");
        assert_eq!(
            compare_numbers(&normalize_number("+12***").unwrap(), &normalize_number("+12345").unwrap(), 6),
            None,
            "too few digits"
        );
        assert_eq!(compare_numbers(&b, &b, 6), Some(NumberAgreement::Exact));
    }
}
