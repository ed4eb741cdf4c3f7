//! The table of loaded call records: one row per record with what an admin scans for (when,
//! how long, who, which modalities, how bad), filtered by text, modality, problems and date, and
//! sorted by any column.

use crate::judge::{judge_record, problem_count, RecordJudgement, RuleSet, Tally, Verdict};
use crate::model::datetime::{format_duration_ms, UtcInstant};
use crate::model::enums::Modality;
use crate::model::identity::{IdentitySet, Names};
use crate::model::record::CallRecord;
use crate::model::Dataset;
use crate::sliced::Sliced;
use crate::view::person::{participations, people, Participation, Person};
use rustc_hash::FxHashMap;
use std::cell::RefCell;
use std::cmp::Ordering;
use std::sync::Arc;

/// One call record, as the overview shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct CallRow {
    /// Index into `Dataset::records`.
    pub index: usize,
    pub id: String,
    pub start: Option<UtcInstant>,
    pub duration_ms: Option<f64>,
    pub call_type: String,
    pub modalities: Vec<Modality>,
    pub organizer: String,
    /// `organizer` lower-cased, the order of the Organizer column (once per row, not twice per
    /// comparison of a sort).
    organizer_key: String,
    pub participants: usize,
    pub sessions: usize,
    /// Sessions were loaded (expanded record or sessions pages).
    pub sessions_loaded: bool,
    pub more_sessions: bool,
    /// Sessions lost to a syntax error in the file: the call is incomplete.
    pub lost_sessions: usize,
    pub tally: Tally,
    /// Findings beyond the stream rules that are problems: failures, poor feedback, and
    /// warning-level device and network conditions. Informational notes (a media relay was
    /// allocated) are not counted: they are not problems.
    pub problems: usize,
    /// Who took part, with the poor streams each sent or received ([`CallFilter::person`]).
    pub people: Vec<Participation>,
    /// Lower-case text searched by the filter ([`CallFilter::text`]).
    haystack: Haystack,
}

/// What the text filter searches in a call, lower-case: the call's own text (ids, join URL,
/// IP addresses) and, one entry per person or endpoint, everything that names them (display
/// name, UPN, e-mail, ids, phone number). The people's entries are in a table shared by the
/// rows made together ([`PeopleTexts`]): the same people are in call after call (at 200 MB,
/// 61,222 entries of 5.2 MB were 15,928 distinct ones of 1.2 MB), so each is searched once
/// per filter text, not once per call.
#[derive(Clone, Debug, Default)]
struct Haystack {
    call: String,
    /// Indexes into `table`, each person once.
    people: Vec<u32>,
    table: Arc<Vec<String>>,
}

/// The same texts, whatever table their people's entries are in.
impl PartialEq for Haystack {
    fn eq(&self, other: &Haystack) -> bool {
        self.call == other.call && self.entries() == other.entries()
    }
}

impl Haystack {
    /// Its people's entries, in order.
    fn entries(&self) -> Vec<&str> {
        let mut entries: Vec<&str> =
            self.people.iter().filter_map(|&p| self.table.get(p as usize)).map(String::as_str).collect();
        entries.sort_unstable();
        entries
    }
}

/// The people's entries of the rows being made ([`Haystack`]), each distinct entry once, until
/// [`PeopleTexts::attach`] shares them with the rows.
#[derive(Default)]
struct PeopleTexts {
    ids: FxHashMap<String, u32>,
}

impl PeopleTexts {
    /// The entry's index in the table (lower-case already).
    fn id(&mut self, entry: String) -> u32 {
        let next = self.ids.len() as u32;
        *self.ids.entry(entry).or_insert(next)
    }

    /// The table, shared by `rows` (those made with it).
    fn attach(self, rows: &mut [CallRow]) {
        let mut table = vec![String::new(); self.ids.len()];
        for (entry, id) in self.ids {
            table[id as usize] = entry;
        }
        let table = Arc::new(table);
        for row in rows {
            row.haystack.table = table.clone();
        }
    }
}

/// The terms of a filter text: "quoted phrases" whole, other words one by one; lower-case.
pub fn filter_terms(text: &str) -> Vec<String> {
    let mut terms = Vec::new();
    for (i, part) in text.split('"').enumerate() {
        if i % 2 == 1 {
            let phrase = part.split_whitespace().collect::<Vec<_>>().join(" ");
            if !phrase.is_empty() {
                terms.push(phrase.to_lowercase());
            }
        } else {
            terms.extend(part.split_whitespace().map(str::to_lowercase));
        }
    }
    terms
}

/// The searchers of a filter text's terms ([`filter_terms`]), each made once for every row it
/// is run over, and which entries of each people's table hold each term, worked out once per
/// table ([`PeopleTexts`]). `memchr`'s substring search, not `str::contains`: in the page
/// (wasm32) it looks for a rare byte of the term first, and searched a gigabyte's calls twice
/// as fast.
struct Terms<'t> {
    finders: Vec<memchr::memmem::Finder<'t>>,
    /// The last table looked at (by address), and for each term, its entries holding it.
    people: RefCell<Option<PeopleHits>>,
}

/// A people's table (by address) and, for each term, which of its entries hold it.
type PeopleHits = (*const Vec<String>, Vec<Vec<bool>>);

impl<'t> Terms<'t> {
    fn new(terms: &'t [String]) -> Terms<'t> {
        let finders = terms.iter().map(|t| memchr::memmem::Finder::new(t.as_bytes())).collect();
        Terms { finders, people: RefCell::new(None) }
    }

    fn found(finder: &memchr::memmem::Finder, text: &str) -> bool {
        finder.find(text.as_bytes()).is_some()
    }

    /// For each term, the entries of `table` that hold it (worked out again only for another
    /// table: the rows of one load share one).
    fn in_people<R>(&self, table: &Arc<Vec<String>>, then: impl FnOnce(&[Vec<bool>]) -> R) -> R {
        let mut cache = self.people.borrow_mut();
        let key = Arc::as_ptr(table);
        if cache.as_ref().is_none_or(|(of, _)| *of != key) {
            let hits = self.finders.iter().map(|f| table.iter().map(|entry| Self::found(f, entry)).collect()).collect();
            *cache = Some((key, hits));
        }
        then(cache.as_ref().map_or(&[][..], |(_, hits)| hits))
    }
}

impl Haystack {
    /// Every term is in the call's own text, or in one and the same person's: "Kenji Vance"
    /// finds Kenji Vance, not a call with Kenji Holloway and Abbie Vance; "owen 10.1.2" finds
    /// Owen's calls from that network.
    fn matches(&self, terms: &Terms) -> bool {
        let personal: Vec<usize> =
            (0..terms.finders.len()).filter(|&t| !Terms::found(&terms.finders[t], &self.call)).collect();
        personal.is_empty()
            || terms.in_people(&self.table, |hits| {
                self.people.iter().any(|&p| personal.iter().all(|&t| hits[t].get(p as usize).copied().unwrap_or(false)))
            })
    }
}

impl CallRow {
    /// Poor streams, or findings at warning level or above (never informational notes alone).
    pub fn has_problems(&self) -> bool {
        self.tally.poor > 0 || self.problems > 0 || self.lost_sessions > 0
    }

    /// "3 min 12 s", "—" when unknown.
    pub fn duration_text(&self) -> String {
        self.duration_ms.map_or("—".into(), format_duration_ms)
    }

    /// "audio, video".
    pub fn modalities_text(&self) -> String {
        self.modalities.iter().map(|m| m.label()).collect::<Vec<_>>().join(&crate::t!("list-separator"))
    }

    /// The number of people, "—" for none.
    pub fn participants_text(&self) -> String {
        if self.participants == 0 {
            "—".to_string()
        } else {
            self.participants.to_string()
        }
    }

    /// The number of sessions, "12+" when more were not loaded, "not loaded".
    pub fn sessions_text(&self) -> String {
        if !self.sessions_loaded {
            crate::t!("sessions-not-loaded")
        } else if self.lost_sessions > 0 {
            crate::t!("sessions-lost", sessions = self.sessions, lost = self.lost_sessions)
        } else if self.more_sessions {
            format!("{}+", self.sessions)
        } else {
            self.sessions.to_string()
        }
    }

    /// " +2 problems" beside the verdict, when findings beyond the stream rules are problems.
    pub fn findings_note(&self) -> Option<String> {
        (self.problems > 0).then(|| format!(" {}", crate::t!("problems-more", count = self.problems)))
    }
}

/// The modalities the filter offers, in its order.
pub const FILTER_MODALITIES: [Modality; 5] =
    [Modality::Audio, Modality::Video, Modality::VideoBasedScreenSharing, Modality::ScreenSharing, Modality::Data];

/// Judges every record under `rules` (kept by the caller and shared with the call view).
pub fn judge_all(dataset: &Dataset, rules: &RuleSet) -> Vec<RecordJudgement> {
    dataset.records.iter().map(|r| judge_record(r, rules)).collect()
}

/// The judgements of every record under `rules` and the overview's rows: all that the page
/// shows first, in one go ([`Preparing`] to the end).
pub fn prepare(dataset: &Dataset, rules: &RuleSet) -> (Vec<RecordJudgement>, Vec<CallRow>) {
    Preparing::new(dataset, rules).run().finish()
}

/// The judgements and overview rows of a dataset worked out a record at a time, for a caller
/// that spreads the work over slices of its own clock (the page's loader, between frames) or
/// does it in one go ([`prepare`]). Each record is judged once ([`judge_record`]) and its row
/// made from that judgement ([`call_row`]), so any slicing gives the same result.
pub struct Preparing<'a> {
    dataset: &'a Dataset,
    rules: &'a RuleSet,
    judgements: Vec<RecordJudgement>,
    rows: Vec<CallRow>,
    texts: PeopleTexts,
}

impl<'a> Preparing<'a> {
    /// Nothing prepared yet.
    pub fn new(dataset: &'a Dataset, rules: &'a RuleSet) -> Self {
        let n = dataset.records.len();
        let (judgements, rows) = (Vec::with_capacity(n), Vec::with_capacity(n));
        Preparing { dataset, rules, judgements, rows, texts: PeopleTexts::default() }
    }

    /// The judgements and rows prepared, one per record in dataset order when
    /// [`Sliced::is_done`].
    pub fn finish(mut self) -> (Vec<RecordJudgement>, Vec<CallRow>) {
        self.texts.attach(&mut self.rows);
        (self.judgements, self.rows)
    }
}

/// A unit is a record: judged, and its overview row made.
impl Sliced for Preparing<'_> {
    fn step(&mut self) -> bool {
        let Some(record) = self.dataset.records.get(self.judgements.len()) else { return false };
        let judgement = judge_record(record, self.rules);
        self.rows.push(row_with(self.judgements.len(), record, &judgement, &mut self.texts));
        self.judgements.push(judgement);
        true
    }

    fn done(&self) -> usize {
        self.judgements.len()
    }

    fn total(&self) -> usize {
        self.dataset.records.len()
    }
}

fn push_identities(out: &mut String, set: &IdentitySet) {
    for (_, identity) in &set.identities {
        for text in
            [&identity.display_name, &identity.id, &identity.user_principal_name, &identity.email].into_iter().flatten()
        {
            out.push_str(text);
            out.push('\n');
        }
    }
}

/// One person's entry: the texts of an identity set (and of whatever else names them), as
/// written ([`haystack`] lower-cases each entry once).
fn person(set: Option<&IdentitySet>, extra: &[&str]) -> String {
    let mut out = String::new();
    if let Some(set) = set {
        push_identities(&mut out, set);
    }
    for text in extra {
        out.push_str(text);
        out.push('\n');
    }
    out
}

fn haystack(record: &CallRecord, names: &Names, texts: &mut PeopleTexts) -> Haystack {
    let mut call = String::new();
    call.push_str(&record.id);
    call.push('\n');
    for text in [&record.join_web_url].into_iter().flatten() {
        call.push_str(text);
        call.push('\n');
    }
    let mut people = Vec::new();
    for set in record.organizer.iter().chain(&record.participants) {
        people.push(person(Some(set), &[]));
    }
    for p in record.organizer_v2.iter().chain(&record.participants_v2) {
        people.push(person(p.identity.as_ref(), &[p.id.as_deref().unwrap_or_default()]));
    }
    for session in &record.sessions {
        let segment_endpoints = session.segments.iter().flat_map(|g| [&g.caller, &g.callee]);
        for endpoint in [&session.caller, &session.callee].into_iter().chain(segment_endpoints).flatten() {
            let name = endpoint.display_name_in(names);
            let associated = endpoint.associated_identity.as_ref();
            let upn = associated.and_then(|i| i.user_principal_name.as_deref()).unwrap_or_default();
            let id = associated.and_then(|i| i.id.as_deref()).unwrap_or_default();
            people.push(person(endpoint.identity.as_ref(), &[&name, upn, id]));
        }
        for media in session.segments.iter().flat_map(|g| &g.media) {
            for net in [&media.caller_network, &media.callee_network].into_iter().flatten() {
                for text in [net.ip_address.as_deref(), net.subnet.as_deref(), net.reflexive_ip_address.as_deref()]
                    .into_iter()
                    .flatten()
                {
                    call.push_str(text);
                    call.push('\n');
                }
            }
        }
    }
    // The same people are at every session and segment: lower-cased once each.
    people.sort_unstable();
    people.dedup();
    let mut people: Vec<u32> = people.iter().map(|p| texts.id(p.to_lowercase())).collect();
    people.sort_unstable();
    people.dedup();
    Haystack { call: call.to_lowercase(), people, table: Arc::default() }
}

/// Everyone in the calls of `rows` (each row's people), for the Person box.
pub fn everyone(rows: &[CallRow]) -> Vec<Person> {
    people(rows.iter().map(|r| r.people.as_slice()))
}

/// The overview rows, one per record, in dataset order.
pub fn call_rows(dataset: &Dataset, judgements: &[RecordJudgement]) -> Vec<CallRow> {
    let mut texts = PeopleTexts::default();
    let mut rows: Vec<CallRow> = dataset
        .records
        .iter()
        .zip(judgements)
        .enumerate()
        .map(|(index, (record, judgement))| row_with(index, record, judgement, &mut texts))
        .collect();
    texts.attach(&mut rows);
    rows
}

/// The overview row of one record (`index` into `Dataset::records`), judged by `judgement`.
pub fn call_row(index: usize, record: &CallRecord, judgement: &RecordJudgement) -> CallRow {
    let mut texts = PeopleTexts::default();
    let mut row = row_with(index, record, judgement, &mut texts);
    texts.attach(std::slice::from_mut(&mut row));
    row
}

/// [`call_row`], its people's entries put in `texts` (shared with the rows made with it).
fn row_with(index: usize, record: &CallRecord, judgement: &RecordJudgement, texts: &mut PeopleTexts) -> CallRow {
    let organizer = record.organizer_name_in(&judgement.names).unwrap_or_else(crate::model::metrics::not_reported);
    CallRow {
        index,
        id: record.id.clone(),
        start: record.start,
        duration_ms: record.duration_ms(),
        call_type: record.call_type.as_ref().map_or_else(crate::model::metrics::not_reported, |t| t.label()),
        modalities: record.modalities.clone(),
        organizer_key: organizer.to_lowercase(),
        organizer,
        participants: record.participant_names_in(&judgement.names).len(),
        sessions: record.sessions.len(),
        sessions_loaded: record.sessions_loaded,
        more_sessions: record.more_sessions,
        lost_sessions: record.lost_sessions,
        tally: judgement.tally_call(),
        problems: problem_count(record, &judgement.names),
        people: participations(record, judgement),
        haystack: haystack(record, &judgement.names, texts),
    }
}

/// What the overview shows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CallFilter {
    /// Words and "quoted phrases" that must all appear, in the call's own text (ids, IP
    /// addresses) or all in the same person's (name, UPN, number): [`filter_terms`].
    pub text: String,
    pub modality: Option<Modality>,
    /// Only calls with poor streams or problem findings ([`CallRow::has_problems`]).
    pub problems_only: bool,
    /// Only the calls of one person ([`crate::view::person::person_key`]).
    pub person: Option<String>,
    /// Calls that started at or after this instant…
    pub from: Option<UtcInstant>,
    /// …and before this one.
    pub to: Option<UtcInstant>,
}

/// The columns the overview sorts by.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CallSort {
    #[default]
    Start,
    Duration,
    Type,
    Modalities,
    Organizer,
    Participants,
    Sessions,
    Verdict,
    Poor,
}

impl CallSort {
    /// The columns of the calls table, in order.
    pub const ALL: [CallSort; 9] = [
        CallSort::Start,
        CallSort::Duration,
        CallSort::Type,
        CallSort::Modalities,
        CallSort::Organizer,
        CallSort::Participants,
        CallSort::Sessions,
        CallSort::Verdict,
        CallSort::Poor,
    ];

    /// The column's heading; the start's names the time zone the times are written in
    /// ("Start (UTC+02:00)").
    pub fn heading(self, zone: &str) -> String {
        match self {
            CallSort::Start => crate::t!("col-start", zone = zone),
            CallSort::Duration => crate::t!("col-duration"),
            CallSort::Type => crate::t!("col-type"),
            CallSort::Modalities => crate::t!("col-modalities"),
            CallSort::Organizer => crate::t!("col-organizer"),
            CallSort::Participants => crate::t!("col-people"),
            CallSort::Sessions => crate::t!("col-sessions"),
            CallSort::Verdict => crate::t!("col-quality"),
            CallSort::Poor => crate::t!("col-poor-streams"),
        }
    }

    /// A column of numbers (right-aligned).
    pub fn is_numeric(self) -> bool {
        matches!(self, CallSort::Duration | CallSort::Participants | CallSort::Sessions | CallSort::Poor)
    }
}

impl CallFilter {
    pub fn matches(&self, row: &CallRow) -> bool {
        self.matches_terms(row, &Terms::new(&filter_terms(&self.text)))
    }

    /// [`CallFilter::matches`] with the text's terms made once, for many rows.
    fn matches_terms(&self, row: &CallRow, terms: &Terms) -> bool {
        let words_ok = row.haystack.matches(terms);
        let modality_ok = self.modality.as_ref().is_none_or(|m| row.modalities.contains(m));
        let problems_ok = !self.problems_only || row.has_problems();
        let from_ok = self.from.is_none_or(|from| row.start.is_some_and(|s| s >= from));
        let to_ok = self.to.is_none_or(|to| row.start.is_some_and(|s| s < to));
        let person_ok = self.person.as_ref().is_none_or(|key| row.people.iter().any(|p| &p.key == key));
        words_ok && modality_ok && problems_ok && from_ok && to_ok && person_ok
    }
}

fn compare(a: &CallRow, b: &CallRow, sort: CallSort) -> Ordering {
    let by = match sort {
        CallSort::Start => a.start.cmp(&b.start),
        CallSort::Duration => a.duration_ms.partial_cmp(&b.duration_ms).unwrap_or(Ordering::Equal),
        CallSort::Type => a.call_type.cmp(&b.call_type),
        CallSort::Modalities => {
            a.modalities.len().cmp(&b.modalities.len()).then_with(|| a.modalities.cmp(&b.modalities))
        }
        CallSort::Organizer => a.organizer_key.cmp(&b.organizer_key),
        CallSort::Participants => a.participants.cmp(&b.participants),
        CallSort::Sessions => a.sessions.cmp(&b.sessions),
        CallSort::Verdict => a.tally.verdict().cmp(&b.tally.verdict()).then_with(|| a.problems.cmp(&b.problems)),
        CallSort::Poor => a.tally.poor.cmp(&b.tally.poor),
    };
    by.then_with(|| a.start.cmp(&b.start)).then_with(|| a.index.cmp(&b.index))
}

/// Indexes into `rows` of the rows that pass `filter`, in `sort` order.
pub fn select(rows: &[CallRow], filter: &CallFilter, sort: CallSort, descending: bool) -> Vec<usize> {
    let terms = filter_terms(&filter.text);
    let terms = Terms::new(&terms);
    let mut picked: Vec<usize> = (0..rows.len()).filter(|&i| filter.matches_terms(&rows[i], &terms)).collect();
    picked.sort_by(|&a, &b| {
        let o = compare(&rows[a], &rows[b], sort);
        if descending {
            o.reverse()
        } else {
            o
        }
    });
    picked
}

/// The verdict shown for a row: the roll-up of its streams.
pub fn row_verdict(row: &CallRow) -> Verdict {
    row.tally.verdict()
}

#[cfg(all(test, feature = "synth"))]
mod tests {
    use super::*;
    use crate::judge::FindingSeverity;

    #[test]
    fn preparing_in_slices_of_any_size_gives_what_one_go_gives() {
        let export = crate::synth::export(7, 400_000);
        let mut dataset = crate::ingest::ingest([("synth.json", export.json.as_bytes())]);
        dataset.load("example.json", crate::synth::example_json().as_bytes());
        assert!(dataset.records.len() > 10, "{} records", dataset.records.len());
        let rules = RuleSet::cqd_current();
        let judgements = judge_all(&dataset, &rules);
        let rows = call_rows(&dataset, &judgements);
        assert!(rows.iter().any(|r| r.tally.poor > 0) && rows.iter().any(|r| r.problems > 0));
        assert_eq!(prepare(&dataset, &rules), (judgements.clone(), rows.clone()), "one go");
        for slice in [1, 7, usize::MAX] {
            let mut preparing = Preparing::new(&dataset, &rules);
            let mut steps = 0;
            while !preparing.step_some(slice) {
                steps += 1;
                assert_eq!(preparing.done(), steps * slice, "slices of {slice}");
            }
            assert_eq!(steps, dataset.records.len().div_ceil(slice.min(dataset.records.len())) - 1);
            assert_eq!(preparing.finish(), (judgements.clone(), rows.clone()), "slices of {slice}");
        }
        // A caller's clock: one record per call at least, however short the time.
        let mut preparing = Preparing::new(&dataset, &rules);
        let mut calls = 0;
        while !preparing.step_while(|| false) {
            calls += 1;
            assert_eq!(preparing.done(), calls);
        }
        assert_eq!(preparing.finish(), (judgements.clone(), rows.clone()));
        // What the row counts and names is what the call view lists and shows.
        for ((record, judgement), row) in dataset.records.iter().zip(&judgements).zip(&rows) {
            let problems =
                crate::judge::findings(record).iter().filter(|f| f.severity >= FindingSeverity::Warning).count();
            assert_eq!(row.problems, problems, "{}", record.id);
            for (stream, judged) in record.streams().zip(&judgement.streams) {
                assert_eq!(judged.direction, stream.direction_label_in(&record.names()), "{}", record.id);
            }
        }
        let empty = Dataset::default();
        assert!(Preparing::new(&empty, &rules).step_some(1) && prepare(&empty, &rules) == (vec![], vec![]));
    }
}
