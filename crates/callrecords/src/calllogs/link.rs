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
//!
//! Bounded: a row keeps its best [`MAX_CANDIDATES`] and counts the rest
//! ([`RowMatches::matched`]); each user's and number's records are indexed by time
//! (`time_index`), so one user with 100,000 calls and 100,000 PSTN rows, every row inside
//! every call, takes seconds and memory linear in the input.

use super::meaning::is_masked;
use super::table::Table;
use super::time_index::{count_offline, TimeIndex, Window};
use crate::model::datetime::format_duration_ms;
use crate::model::enums::CallType;
use crate::model::identity::{Identity, IdentityKind, IdentitySet};
use crate::model::logs::{DirectRoutingLogRow, PstnCallLogRow};
use crate::model::record::{CallRecord, Endpoint};
use crate::model::Dataset;
use crate::sliced::Sliced;
use crate::t;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

/// Time tolerance around a record's start and end: one minute.
pub const DEFAULT_TOLERANCE_MS: i64 = 60_000;

/// A row lists at most this many candidate records, the best first; [`RowMatches::matched`]
/// says how many matched in all ("matches 4,213 records; showing the 20 nearest").
pub const MAX_CANDIDATES: usize = 20;

/// Counting a row that matches through several lists (its user, its UPN, its numbers): when
/// the smaller lists hold at most this many matching records they are read one by one;
/// beyond, the lists' union is indexed once for every row with the same lists.
const UNION_READ: usize = 256;

/// How many records of the user's (or the number's) side are read, nearest first, looking for
/// records with both the row's user and its number (a record with both that is farther than
/// this still matches, listed by the reason of whichever list finds it).
const BOTH_VISITS: usize = 512;

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

    pub fn label(self) -> String {
        match self {
            MatchReason::CorrelationId => t!("match-correlation-id"),
            MatchReason::CallId => t!("match-call-id"),
            MatchReason::UserAndNumberAndTime => t!("match-user-number-time"),
            MatchReason::UserAndTime => t!("match-user-time"),
            MatchReason::NumberAndTime => t!("match-number-time"),
            MatchReason::PrefixAndTime => t!("match-prefix-time"),
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
    /// The values of the data the sentence quotes (the user, the numbers, the visible digits),
    /// so that a redacted view can replace exactly those ([`Links::redact_sentences`]).
    pub quoted: Vec<String>,
}

/// The candidate records of one row, best first.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RowMatches {
    /// The best [`MAX_CANDIDATES`] at most: by reason, then the nearest start.
    pub candidates: Vec<RecordMatch>,
    /// How many records the row matches in all (at least `candidates.len()`).
    pub matched: usize,
    /// `matched` is a lower bound: a row matching through several users or numbers of
    /// thousands of records each, past the room kept for counting their unions.
    pub lower_bound: bool,
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

    /// How many records the row matches in all: `candidates.len()` or more.
    pub fn total(&self) -> usize {
        self.matched.max(self.candidates.len())
    }

    /// True when more records match than are listed.
    pub fn is_cut(&self) -> bool {
        self.total() > self.candidates.len()
    }

    /// "4,213", or "at least 4,213" when the count is a lower bound.
    pub fn total_text(&self) -> String {
        let n = grouped(self.total());
        if self.lower_bound {
            t!("at-least", count = n)
        } else {
            n
        }
    }

    /// "matches 4,213 records; showing the 20 nearest", when more match than are listed.
    pub fn cut_note(&self) -> Option<String> {
        self.is_cut().then(|| t!("match-cut", total = self.total_text(), shown = self.candidates.len()))
    }

    /// "linked by correlation ID", "2 candidate records (ambiguous)", "no call record matches",
    /// "4,213 candidate records (ambiguous): best by user and time; showing the 20 nearest".
    pub fn summary(&self) -> String {
        let Some(best) = self.best() else {
            return t!("match-none");
        };
        let by = best.reason.label();
        let mut text = match (self.total(), self.ambiguous) {
            (_, true) => t!("match-ambiguous", total = self.total_text(), by = by),
            (1, _) => t!("match-linked", by = by),
            (n, _) if !self.lower_bound => t!("match-linked-weaker", by = by, count = n - 1),
            (n, _) => t!("match-linked-weaker-at-least", by = by, count = n - 1),
        };
        if self.is_cut() {
            text = t!("match-showing-nearest", text = text, shown = self.candidates.len());
        }
        text
    }
}

/// A row linked to a record, seen from the record.
#[derive(Clone, Debug, PartialEq)]
pub struct RowMatch {
    pub row: RowRef,
    pub reason: MatchReason,
    pub overlap_ms: Option<i64>,
    pub sentence: String,
    /// As [`RecordMatch::quoted`].
    pub quoted: Vec<String>,
    /// This record is the row's best candidate.
    pub best: bool,
    /// How many records the row matched in all ([`RowMatches::matched`]).
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
    /// Replaces the data each sentence quotes by what `replace` gives for it (a redacted
    /// view's placeholders), longest value first; a value `replace` does not know is left.
    pub fn redact_sentences(&mut self, replace: impl Fn(&str) -> Option<String>) {
        let redact = |sentence: &mut String, quoted: &mut Vec<String>| {
            let mut values: Vec<(String, String)> =
                quoted.iter().filter_map(|q| Some((q.clone(), replace(q)?))).collect();
            values.sort_by_key(|(q, _)| std::cmp::Reverse(q.len()));
            for (value, placeholder) in &values {
                *sentence = sentence.replace(value.as_str(), placeholder);
            }
            *quoted = quoted.iter().map(|q| replace(q).unwrap_or_else(|| q.clone())).collect();
        };
        for candidate in self.pstn.iter_mut().chain(&mut self.direct_routing).flat_map(|m| &mut m.candidates) {
            redact(&mut candidate.sentence, &mut candidate.quoted);
        }
        for row in self.by_record.iter_mut().flatten() {
            redact(&mut row.sentence, &mut row.quoted);
        }
    }

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
    /// Lower-cased user ids and UPNs, sorted.
    users: Vec<String>,
    /// Phone numbers (digits, as sent), sorted.
    numbers: Vec<(NumberKey, String)>,
}

/// Which records a time-indexed list holds.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum ListKey {
    /// A lower-cased user id or UPN.
    User(String),
    /// Unmasked numbers with these digits.
    Number(String),
    /// Masked numbers with these visible digits and this length.
    Masked(String, usize),
    /// Numbers of this length whose visible digits are longer than these and start with them.
    Extending(String, usize),
}

/// The records by id, user and number, and time indexes of them built as rows ask
/// ([`TimeIndex`]): one per user or number (and per combination a row needs counted at once),
/// each over the records with times, or over the group calls only for conferencing rows.
#[derive(Default)]
struct Index {
    keys: Vec<RecordKeys>,
    by_id: HashMap<String, Vec<usize>>,
    /// Lower-cased user id or UPN → records.
    by_user: HashMap<String, Vec<usize>>,
    /// Unmasked digits → records.
    by_number: HashMap<String, Vec<usize>>,
    /// Masked numbers: (visible digits, length) → records.
    by_masked: HashMap<(String, usize), Vec<usize>>,
    /// Every number: (length, visible digits) → records, for the numbers a masked row may be.
    by_length: BTreeMap<(usize, String), Vec<usize>>,
    lists: Vec<TimeIndex>,
    /// (list, group calls only) → its index in `lists` (`None`: no record with times).
    built: HashMap<(ListKey, bool), Option<usize>>,
    /// Lists with the same records are one list (a user's id and UPN usually are).
    by_content: HashMap<u64, Vec<usize>>,
    /// Unions of lists, for counting: list ids → its index.
    unions: HashMap<Vec<usize>, Option<usize>>,
    /// Records the unions may still hold in all (beyond, a count is a lower bound).
    union_room: usize,
}

fn looks_like_number(text: &str) -> bool {
    normalize_number(text).is_some()
        && (text.trim_start().starts_with('+')
            || text.trim_start().starts_with("tel:")
            || text.chars().filter(char::is_ascii_digit).count() >= 3)
}

impl Index {
    /// Indexes `record`, the `i`-th (records are added in order, from 0).
    fn add(&mut self, i: usize, record: &CallRecord) {
        let index = self;
        {
            let start = record.start.map(|t| t.0);
            if !record.id.trim().is_empty() {
                index.by_id.entry(record.id.trim().to_lowercase()).or_default().push(i);
            }
            let mut users: Vec<String> = Vec::new();
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
                    (_, Some(id)) => users.push(id.to_lowercase()),
                    (_, None) => {}
                }
                if let Some(upn) = identity.user_principal_name.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
                    users.push(upn.to_lowercase());
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
            for set in record.organizer.iter().chain(&record.participants) {
                add_set(set, &mut add_identity);
            }
            for participant in record.organizer_v2.iter().chain(&record.participants_v2) {
                if let Some(set) = &participant.identity {
                    add_set(set, &mut add_identity);
                }
                if let Some(id) = participant.id.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
                    add_identity(None, &Identity { id: Some(id.into()), ..Identity::default() });
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
            users.sort_unstable();
            users.dedup();
            numbers.sort();
            numbers.dedup();
            for user in &users {
                index.by_user.entry(user.clone()).or_default().push(i);
            }
            for (key, _) in &numbers {
                if key.is_masked() {
                    index.by_masked.entry((key.visible.clone(), key.len())).or_default().push(i);
                } else {
                    index.by_number.entry(key.visible.clone()).or_default().push(i);
                }
                index.by_length.entry((key.len(), key.visible.clone())).or_default().push(i);
            }
            index.keys.push(RecordKeys {
                start,
                end: record.end.map(|t| t.0).or(start),
                peer_to_peer: record.call_type == Some(CallType::PeerToPeer),
                users,
                numbers,
            });
        }
    }

    /// Every record added: ready for the rows.
    fn ready(&mut self) {
        self.union_room = 4 * self.keys.len() + 100_000;
    }

    /// The time index of a list (`None` when none of its records has times).
    fn list(&mut self, key: ListKey, group_only: bool) -> Option<usize> {
        if let Some(built) = self.built.get(&(key.clone(), group_only)) {
            return *built;
        }
        let records: Vec<usize> = match &key {
            ListKey::User(user) => self.by_user.get(user).cloned().unwrap_or_default(),
            ListKey::Number(digits) => self.by_number.get(digits).cloned().unwrap_or_default(),
            ListKey::Masked(visible, len) => self.by_masked.get(&(visible.clone(), *len)).cloned().unwrap_or_default(),
            ListKey::Extending(visible, len) => self
                .by_length
                .range((*len, visible.clone())..)
                .take_while(|((l, v), _)| l == len && v.starts_with(visible.as_str()))
                .filter(|((_, v), _)| v != visible)
                .flat_map(|(_, records)| records.iter().copied())
                .collect(),
        };
        let id = self.index_of(records, group_only);
        self.built.insert((key, group_only), id);
        id
    }

    /// The records of `records` that have times (and are group calls, for `group_only`),
    /// indexed; a list equal to one built before is that one.
    fn index_of(&mut self, mut records: Vec<usize>, group_only: bool) -> Option<usize> {
        records.sort_unstable();
        records.dedup();
        let keys = &self.keys;
        let items: Vec<(i64, i64, usize)> = records
            .into_iter()
            .filter_map(|r| {
                let k = keys.get(r)?;
                (!(group_only && k.peer_to_peer)).then_some((k.start?, k.end?, r))
            })
            .collect();
        if items.is_empty() {
            return None;
        }
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        items.iter().for_each(|i| std::hash::Hash::hash(&i.2, &mut hasher));
        let hash = std::hash::Hasher::finish(&hasher);
        let same = |list: &TimeIndex| list.len() == items.len() && list.members().iter().eq(items.iter().map(|i| &i.2));
        if let Some(found) = self.by_content.get(&hash).and_then(|ids| ids.iter().find(|&&l| same(&self.lists[l]))) {
            return Some(*found);
        }
        self.lists.push(TimeIndex::new(items));
        let id = self.lists.len() - 1;
        self.by_content.entry(hash).or_default().push(id);
        Some(id)
    }

    /// One index of every record in `lists` (sorted list ids), while the room for unions lasts.
    fn union(&mut self, lists: &[usize]) -> Option<usize> {
        if let Some(found) = self.unions.get(lists) {
            return *found;
        }
        let size: usize = lists.iter().map(|&l| self.lists[l].len()).sum();
        let id = if size <= self.union_room {
            self.union_room -= size;
            let records: Vec<usize> = lists.iter().flat_map(|&l| self.lists[l].members().iter().copied()).collect();
            // Already filtered: every record has times (and is a group call where asked).
            self.index_of(records, false)
        } else {
            None
        };
        self.unions.insert(lists.to_vec(), id);
        id
    }

    /// The lists of records with a number agreeing with `key`: (exact, masked or extending).
    fn number_lists(&mut self, key: &NumberKey, min_prefix: usize, group_only: bool) -> (Vec<usize>, Vec<usize>) {
        let mut exact = Vec::new();
        let mut other = Vec::new();
        let visible = &key.visible;
        if !key.is_masked() {
            exact.extend(self.list(ListKey::Number(visible.clone()), group_only));
            // Masked record numbers whose visible digits are a prefix of this number's.
            for len in min_prefix..visible.len() {
                other.extend(self.list(ListKey::Masked(visible[..len].to_string(), key.len()), group_only));
            }
        } else {
            for len in min_prefix..=visible.len() {
                other.extend(self.list(ListKey::Masked(visible[..len].to_string(), key.len()), group_only));
            }
            // Record numbers that extend its visible digits.
            if visible.len() >= min_prefix {
                other.extend(self.list(ListKey::Extending(visible.clone(), key.len()), group_only));
            }
        }
        (exact, other)
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
        Some(o) if o >= 1000 => t!("match-overlap", duration = format_duration_ms(o as f64)),
        _ => t!("match-within", tolerance = format_duration_ms(tolerance as f64)),
    }
}

/// "4,213".
fn grouped(n: usize) -> String {
    crate::i18n::num(n as f64, 0)
}

/// One row on its way to its matches: its keys, its time window and the lists it reads.
struct Plan<'a> {
    keys: RowKeys<'a>,
    /// Records that may hold the row: start at most `lo + tolerance`, end at least `hi - tolerance`.
    window: Option<Window>,
    /// Lower-cased user id and UPN.
    users: Vec<String>,
    numbers: Vec<(&'a str, NumberKey)>,
    /// Records with the row's id.
    ids: Vec<usize>,
    /// Every list read (deduplicated), and those of its users and of its exact numbers.
    lists: Vec<usize>,
    user_lists: Vec<usize>,
    number_lists: Vec<usize>,
}

impl<'a> Plan<'a> {
    fn new(keys: RowKeys<'a>, index: &mut Index, options: &MatchOptions) -> Plan<'a> {
        let ids = keys.exact_id.and_then(|(id, _)| index.by_id.get(&id.to_lowercase())).cloned().unwrap_or_default();
        let mut users: Vec<String> = [keys.user_id, keys.upn].into_iter().flatten().map(str::to_lowercase).collect();
        users.dedup();
        let numbers: Vec<(&str, NumberKey)> =
            keys.numbers.iter().filter_map(|n| Some((*n, normalize_number(n)?))).collect();
        let window = match (keys.lo, keys.hi) {
            (Some(lo), Some(hi)) => Some(Window {
                start_max: lo.saturating_add(options.tolerance_ms),
                end_min: hi.saturating_sub(options.tolerance_ms),
                near: lo,
            }),
            _ => None,
        };
        let (mut user_lists, mut number_lists, mut other) = (Vec::new(), Vec::new(), Vec::new());
        if window.is_some() {
            for user in &users {
                user_lists.extend(index.list(ListKey::User(user.clone()), keys.group_only));
            }
            for (_, key) in &numbers {
                let (exact, rest) = index.number_lists(key, options.min_prefix_digits, keys.group_only);
                number_lists.extend(exact);
                other.extend(rest);
            }
        }
        let dedup = |v: &mut Vec<usize>| {
            v.sort_unstable();
            v.dedup();
        };
        dedup(&mut user_lists);
        dedup(&mut number_lists);
        let mut lists: Vec<usize> = user_lists.iter().chain(&number_lists).chain(&other).copied().collect();
        dedup(&mut lists);
        Plan { keys, window, users, numbers, ids, lists, user_lists, number_lists }
    }

    /// Inside the record's times, and a group call for a conferencing row.
    fn timed(&self, record: &RecordKeys, options: &MatchOptions) -> bool {
        inside(&self.keys, record, options.tolerance_ms) && !(self.keys.group_only && record.peer_to_peer)
    }

    /// How record `r` matches the row, if it does, and how close the starts are.
    fn candidate(
        &self,
        r: usize,
        index: &Index,
        records: &[CallRecord],
        options: &MatchOptions,
    ) -> Option<(RecordMatch, u64)> {
        let record_keys = index.keys.get(r)?;
        let mut e = Evidence {
            exact: self.keys.exact_id.filter(|_| self.ids.contains(&r)).map(|(_, reason)| reason),
            ..Evidence::default()
        };
        if self.timed(record_keys, options) {
            e.user = self.users.iter().any(|u| record_keys.users.binary_search(u).is_ok());
            for (row_n, key) in &self.numbers {
                let mut found: Option<(&str, NumberAgreement)> = None;
                for (record_key, record_n) in &record_keys.numbers {
                    let Some(agreement) = compare_numbers(key, record_key, options.min_prefix_digits) else { continue };
                    if found.as_ref().is_none_or(|(_, a)| *a != NumberAgreement::Exact) {
                        found = Some((record_n.as_str(), agreement));
                    }
                }
                // An exact number beats a prefix.
                if let Some((record_n, agreement)) = found {
                    if e.number.as_ref().is_none_or(|(_, _, a)| *a != NumberAgreement::Exact) {
                        e.number = Some((row_n, record_n, agreement));
                    }
                }
            }
        }
        let keys = &self.keys;
        let overlap_ms = overlap(keys, record_keys);
        let time = time_clause(overlap_ms, options.tolerance_ms);
        let user = keys.user_label.unwrap_or("?");
        let mut quoted: Vec<String> = Vec::new();
        let (reason, sentence) = if let Some(reason) = e.exact {
            let id = keys.exact_id.map_or("", |(id, _)| id);
            let sentence = match reason {
                MatchReason::CorrelationId => t!("match-why-correlation", id = id),
                _ => t!("match-why-call-id", id = id),
            };
            (reason, sentence)
        } else {
            match (&e.number, e.user) {
                (Some((row_n, _, NumberAgreement::Exact)), true) => {
                    quoted.extend([user.to_string(), row_n.to_string()]);
                    (
                        MatchReason::UserAndNumberAndTime,
                        t!("match-why-user-number", user = user, number = *row_n, time = time),
                    )
                }
                (_, true) => {
                    quoted.push(user.to_string());
                    (MatchReason::UserAndTime, t!("match-why-user", user = user, time = time))
                }
                (Some((row_n, _, NumberAgreement::Exact)), false) => {
                    quoted.push(row_n.to_string());
                    (MatchReason::NumberAndTime, t!("match-why-number", number = *row_n, time = time))
                }
                (Some((row_n, rec_n, NumberAgreement::Prefix(prefix))), false) => {
                    quoted.extend([row_n.to_string(), rec_n.to_string(), prefix.clone()]);
                    let masked = if is_masked(row_n) {
                        t!("match-row-masked", number = *row_n)
                    } else {
                        t!("match-record-masked", number = *rec_n)
                    };
                    let other = if is_masked(row_n) { *rec_n } else { *row_n };
                    (
                        MatchReason::PrefixAndTime,
                        t!(
                            "match-why-prefix",
                            masked = masked,
                            other = other,
                            prefix = prefix.to_string(),
                            time = time
                        ),
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
        Some((RecordMatch { record: r, record_id, reason, overlap_ms, sentence, quoted }, closeness))
    }

    /// The best [`MAX_CANDIDATES`] candidates, and how many records were found on the way.
    ///
    /// Exact: each list gives its nearest [`MAX_CANDIDATES`] (a record of a list matches at
    /// least as well as the list's own reason, so no farther one of it can be among the best),
    /// and the records with both the row's user and one of its numbers, the only ones that
    /// match better than any of their lists says, are looked for in the smaller side, nearest
    /// first, up to [`BOTH_VISITS`] records of it.
    fn best(&self, index: &Index, records: &[CallRecord], options: &MatchOptions) -> (Vec<RecordMatch>, usize) {
        let mut pool: Vec<usize> = self.ids.clone();
        if let Some(w) = self.window {
            for &l in &self.lists {
                pool.extend(index.lists[l].nearest(w).take(MAX_CANDIDATES).map(|(_, r)| r));
            }
            if !self.user_lists.is_empty() && !self.number_lists.is_empty() {
                let size = |lists: &[usize]| lists.iter().map(|&l| index.lists[l].len()).sum::<usize>();
                let (side, other) = if size(&self.user_lists) <= size(&self.number_lists) {
                    (&self.user_lists, &self.number_lists)
                } else {
                    (&self.number_lists, &self.user_lists)
                };
                for &l in side {
                    let both = index.lists[l]
                        .nearest(w)
                        .take(BOTH_VISITS)
                        .map(|(_, r)| r)
                        .filter(|&r| other.iter().any(|&o| index.lists[o].contains(r)))
                        .take(MAX_CANDIDATES);
                    pool.extend(both);
                }
            }
        }
        pool.sort_unstable();
        pool.dedup();
        let mut candidates: Vec<(RecordMatch, u64)> =
            pool.into_iter().filter_map(|r| self.candidate(r, index, records, options)).collect();
        let found = candidates.len();
        candidates.sort_by(|(a, ca), (b, cb)| a.reason.cmp(&b.reason).then(ca.cmp(cb)).then(a.record.cmp(&b.record)));
        candidates.truncate(MAX_CANDIDATES);
        (candidates.into_iter().map(|(m, _)| m).collect(), found)
    }
}

/// Links PSTN and Direct Routing rows to call records, both ways.
///
/// Bounded whatever the data: the records of each user and number are indexed by time
/// ([`TimeIndex`]), so a row reads only its nearest candidates; it keeps at most
/// [`MAX_CANDIDATES`] of them and counts the rest ([`RowMatches::matched`]). About
/// O((records + rows) log records) time and memory linear in the records and rows, also when
/// one user's thousands of rows each fall inside thousands of records.
pub fn link(
    records: &[CallRecord],
    pstn: &[PstnCallLogRow],
    direct_routing: &[DirectRoutingLogRow],
    options: &MatchOptions,
) -> Links {
    Linking::new(records, pstn, direct_routing, options).run().finish()
}

/// [`link`] a record at a time, for a caller that spreads the work over slices of its own clock
/// (the page's loader, between frames): the records are indexed as [`Sliced::step_while`]
/// goes, and the rows matched at [`Linking::finish`]. Any slicing gives the same links.
pub struct Linking<'a> {
    records: &'a [CallRecord],
    pstn: &'a [PstnCallLogRow],
    direct_routing: &'a [DirectRoutingLogRow],
    options: &'a MatchOptions,
    index: Index,
    indexed: usize,
}

impl<'a> Linking<'a> {
    /// Nothing indexed yet.
    pub fn new(
        records: &'a [CallRecord],
        pstn: &'a [PstnCallLogRow],
        direct_routing: &'a [DirectRoutingLogRow],
        options: &'a MatchOptions,
    ) -> Self {
        // No rows, no links: the records are not indexed at all (a load of call records alone).
        let indexed = if pstn.is_empty() && direct_routing.is_empty() { records.len() } else { 0 };
        Linking { records, pstn, direct_routing, options, index: Index::default(), indexed }
    }

    /// Over everything in `dataset` (as [`link_dataset`]).
    pub fn of(dataset: &'a Dataset, options: &'a MatchOptions) -> Self {
        Linking::new(&dataset.records, &dataset.pstn_calls, &dataset.direct_routing_calls, options)
    }

    /// The links: the rows matched against the records indexed (all of them once
    /// [`Sliced::is_done`]).
    pub fn finish(self) -> Links {
        let Linking { records, pstn, direct_routing, options, mut index, .. } = self;
        if pstn.is_empty() && direct_routing.is_empty() {
            return Links { pstn: Vec::new(), direct_routing: Vec::new(), by_record: vec![Vec::new(); records.len()] };
        }
        index.ready();
        rows_linked(records, pstn, direct_routing, options, index)
    }
}

/// The rows matched against `index`, which holds `records`.
fn rows_linked(
    records: &[CallRecord],
    pstn: &[PstnCallLogRow],
    direct_routing: &[DirectRoutingLogRow],
    options: &MatchOptions,
    mut index: Index,
) -> Links {
    let keys = pstn.iter().map(RowKeys::pstn).chain(direct_routing.iter().map(RowKeys::direct_routing));
    let plans: Vec<Plan> = keys.map(|k| Plan::new(k, &mut index, options)).collect();
    let mut matches: Vec<RowMatches> = plans
        .iter()
        .map(|plan| {
            let (candidates, found) = plan.best(&index, records, options);
            let ambiguous = match candidates.as_slice() {
                [first, second, ..] => first.reason.is_exact() == second.reason.is_exact(),
                _ => false,
            };
            RowMatches { candidates, matched: found, lower_bound: false, ambiguous }
        })
        .collect();

    // How many records each row matches: per list, all rows at once.
    let queries: Vec<(usize, Window)> =
        plans.iter().flat_map(|p| p.window.into_iter().flat_map(|w| p.lists.iter().map(move |&l| (l, w)))).collect();
    let counts = count_offline(&index.lists.iter().collect::<Vec<_>>(), &queries);
    let mut at = 0;
    let mut union_queries: Vec<(usize, Window)> = Vec::new();
    let mut union_rows: Vec<usize> = Vec::new();
    let mut timed_counts = vec![0usize; plans.len()];
    for (row, plan) in plans.iter().enumerate() {
        let Some(w) = plan.window else { continue };
        let per_list: Vec<(usize, usize)> =
            plan.lists.iter().copied().zip(counts[at..at + plan.lists.len()].iter().copied()).collect();
        at += plan.lists.len();
        let nonzero: Vec<(usize, usize)> = per_list.into_iter().filter(|(_, c)| *c > 0).collect();
        let Some(&(primary, most)) = nonzero.iter().max_by_key(|(_, c)| *c) else { continue };
        let others: usize = nonzero.iter().map(|(_, c)| c).sum::<usize>() - most;
        if others == 0 {
            timed_counts[row] = most;
        } else if others <= UNION_READ {
            // Few records beyond the largest list: read them.
            let mut extra: HashSet<usize> = HashSet::new();
            for &(l, _) in nonzero.iter().filter(|(l, _)| *l != primary) {
                extra.extend(index.lists[l].all(w).filter(|&r| !index.lists[primary].contains(r)));
            }
            timed_counts[row] = most + extra.len();
        } else {
            let lists: Vec<usize> = nonzero.iter().map(|(l, _)| *l).collect::<BTreeSet<_>>().into_iter().collect();
            timed_counts[row] = most;
            match index.union(&lists) {
                Some(u) => {
                    union_queries.push((u, w));
                    union_rows.push(row);
                }
                None => matches[row].lower_bound = true,
            }
        }
    }
    let union_counts = count_offline(&index.lists.iter().collect::<Vec<_>>(), &union_queries);
    for (row, count) in union_rows.into_iter().zip(union_counts) {
        timed_counts[row] = count;
    }
    for (row, plan) in plans.iter().enumerate() {
        // Records matched by id alone (not inside in time, or through no list of the row).
        let by_id_only = plan
            .ids
            .iter()
            .filter(|&&r| {
                let in_list = plan.lists.iter().any(|&l| index.lists[l].contains(r));
                !(in_list && index.keys.get(r).is_some_and(|k| plan.timed(k, options)))
            })
            .count();
        let m = &mut matches[row];
        m.matched = m.matched.max(timed_counts[row] + by_id_only);
    }

    let direct_routing_matches = matches.split_off(pstn.len());
    let pstn = matches;
    let mut by_record: Vec<Vec<RowMatch>> = vec![Vec::new(); records.len()];
    let rows = pstn
        .iter()
        .enumerate()
        .map(|(i, m)| (RowRef::Pstn(i), m))
        .chain(direct_routing_matches.iter().enumerate().map(|(i, m)| (RowRef::DirectRouting(i), m)));
    for (row, matches) in rows {
        for (rank, candidate) in matches.candidates.iter().enumerate() {
            if let Some(list) = by_record.get_mut(candidate.record) {
                list.push(RowMatch {
                    row,
                    reason: candidate.reason,
                    overlap_ms: candidate.overlap_ms,
                    sentence: candidate.sentence.clone(),
                    quoted: candidate.quoted.clone(),
                    best: rank == 0,
                    row_candidates: matches.matched,
                    ambiguous: matches.ambiguous,
                });
            }
        }
    }
    for list in &mut by_record {
        list.sort_by(|a, b| a.reason.cmp(&b.reason).then(b.best.cmp(&a.best)).then(a.row.cmp(&b.row)));
    }
    Links { pstn, direct_routing: direct_routing_matches, by_record }
}

/// A unit is a record indexed (all of them at once when there are no rows to link).
impl Sliced for Linking<'_> {
    fn step(&mut self) -> bool {
        let Some(record) = self.records.get(self.indexed) else { return false };
        self.index.add(self.indexed, record);
        self.indexed += 1;
        true
    }

    fn done(&self) -> usize {
        self.indexed
    }

    fn total(&self) -> usize {
        self.records.len()
    }
}

/// [`link`] over everything loaded.
pub fn link_dataset(dataset: &Dataset, options: &MatchOptions) -> Links {
    Linking::of(dataset, options).run().finish()
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
