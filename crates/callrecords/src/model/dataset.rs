//! The dataset: everything loaded so far, from every source, with what each source held and
//! every diagnostic. Ingest fills it (`crate::ingest`); every later stage reads it.

use super::diagnostic::Diagnostic;
use super::logs::{DirectRoutingLogRow, PstnBlockedUserLogRow, PstnCallLogRow, PstnDialoutReportRow, SmsLogRow};
use super::record::CallRecord;
use std::collections::{HashMap, HashSet};

/// Everything loaded so far, from every source.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Dataset {
    pub records: Vec<CallRecord>,
    pub pstn_calls: Vec<PstnCallLogRow>,
    pub direct_routing_calls: Vec<DirectRoutingLogRow>,
    pub sms_log: Vec<SmsLogRow>,
    pub blocked_users: Vec<PstnBlockedUserLogRow>,
    pub dialout_report: Vec<PstnDialoutReportRow>,
    pub diagnostics: Vec<Diagnostic>,
    pub sources: Vec<SourceReport>,
    /// Record id → index in `records` (ingest keeps it in step).
    pub(crate) record_index: HashMap<String, usize>,
    /// Record id → which of its pages are still to come.
    pub(crate) paging: HashMap<String, Paging>,
    /// Record index → its sessions by id, to find an identical copy without a scan.
    pub(crate) session_keys: HashMap<usize, Keyed>,
    /// Record index → its participants by id.
    pub(crate) participant_keys: HashMap<usize, Keyed>,
    /// Record index → the "loaded more than once" diagnostic about it and how many copies it
    /// counts, so that a thousand versions of one record are one message.
    pub(crate) repeat_notes: HashMap<usize, (usize, usize)>,
    /// The ids (or, for logs without ids, the content) of every log row loaded, per log.
    pub(crate) row_keys: HashMap<&'static str, HashSet<String>>,
}

impl Dataset {
    /// A copy of everything but the records (left empty): for a caller that copies those one
    /// at a time ([`crate::redact::Redacting`]).
    pub(crate) fn clone_without_records(&self) -> Dataset {
        Dataset {
            records: Vec::new(),
            pstn_calls: self.pstn_calls.clone(),
            direct_routing_calls: self.direct_routing_calls.clone(),
            sms_log: self.sms_log.clone(),
            blocked_users: self.blocked_users.clone(),
            dialout_report: self.dialout_report.clone(),
            diagnostics: self.diagnostics.clone(),
            sources: self.sources.clone(),
            record_index: self.record_index.clone(),
            paging: self.paging.clone(),
            session_keys: self.session_keys.clone(),
            participant_keys: self.participant_keys.clone(),
            repeat_notes: self.repeat_notes.clone(),
            row_keys: self.row_keys.clone(),
        }
    }
}

/// What one source held.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SourceReport {
    pub name: String,
    pub bytes: usize,
    /// Nothing could be read from it at all.
    pub unreadable: bool,
    pub records: usize,
    pub sessions: usize,
    pub participants: usize,
    pub pstn_rows: usize,
    pub direct_routing_rows: usize,
    pub other_rows: usize,
}

/// Totals over the dataset.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Counts {
    pub records: usize,
    pub sessions: usize,
    pub segments: usize,
    pub media: usize,
    pub streams: usize,
    pub pstn_rows: usize,
    pub direct_routing_rows: usize,
    pub sms_rows: usize,
    pub blocked_user_rows: usize,
    pub dialout_report_rows: usize,
}

/// The items of one list by key (an id), so that an identical copy is found without a scan.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Keyed {
    by_key: HashMap<String, Vec<usize>>,
    keyless: Vec<usize>,
}

impl Keyed {
    /// The index of `items`, keyed by `key`.
    pub(crate) fn of<T>(items: &[T], key: impl Fn(&T) -> Option<&str>) -> Keyed {
        let mut keyed = Keyed::default();
        for (at, item) in items.iter().enumerate() {
            keyed.note(key(item), at);
        }
        keyed
    }

    fn note(&mut self, key: Option<&str>, at: usize) {
        match key {
            Some(k) => self.by_key.entry(k.to_string()).or_default().push(at),
            None => self.keyless.push(at),
        }
    }

    /// True when `items` holds an item with this key and the same content.
    pub(crate) fn has_copy<T: PartialEq>(&self, items: &[T], key: Option<&str>, item: &T) -> bool {
        let same = match key {
            Some(k) => self.by_key.get(k).map(Vec::as_slice).unwrap_or_default(),
            None => self.keyless.as_slice(),
        };
        same.iter().any(|&at| items.get(at) == Some(item))
    }

    /// True when some item has this key.
    pub(crate) fn has_key(&self, key: &str) -> bool {
        self.by_key.contains_key(key)
    }

    /// Adds `item` unless an identical one (same key, same content) is there already: two
    /// objects are the same only when their content is. Returns false for a copy.
    pub(crate) fn add<T: PartialEq>(&mut self, items: &mut Vec<T>, key: Option<&str>, item: T) -> bool {
        if self.has_copy(items, key, &item) {
            return false;
        }
        self.note(key, items.len());
        items.push(item);
        true
    }
}

/// Whether a record's sessions and participants pages said more were to come, and whether the
/// last one arrived.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(crate) struct Paging {
    pub(crate) sessions_next: bool,
    pub(crate) sessions_final: bool,
    pub(crate) participants_next: bool,
    pub(crate) participants_final: bool,
}

impl Dataset {
    /// Totals over everything loaded.
    pub fn counts(&self) -> Counts {
        let mut c = Counts {
            records: self.records.len(),
            pstn_rows: self.pstn_calls.len(),
            direct_routing_rows: self.direct_routing_calls.len(),
            sms_rows: self.sms_log.len(),
            blocked_user_rows: self.blocked_users.len(),
            dialout_report_rows: self.dialout_report.len(),
            ..Counts::default()
        };
        for segment in
            self.records.iter().flat_map(|r| &r.sessions).inspect(|_| c.sessions += 1).flat_map(|s| &s.segments)
        {
            c.segments += 1;
            c.media += segment.media.len();
            c.streams += segment.media.iter().map(|m| m.streams.len()).sum::<usize>();
        }
        c
    }

    /// The record with this id, if loaded (a hash lookup, not a scan).
    pub fn record(&self, id: &str) -> Option<&CallRecord> {
        self.record_position(id).map(|i| &self.records[i])
    }

    /// Where the record with this id is in `records` (and so in every per-record list made
    /// from them, such as the judgements), if loaded.
    pub fn record_position(&self, id: &str) -> Option<usize> {
        match self.record_index.get(id) {
            Some(&i) if self.records.get(i).is_some_and(|r| r.id == id) => Some(i),
            // A dataset made by hand (tests, tools) has no index: the scan answers.
            _ if self.record_index.len() != self.records.len() => self.records.iter().position(|r| r.id == id),
            _ => None,
        }
    }

    /// True when nothing at all is loaded.
    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
            && self.pstn_calls.is_empty()
            && self.direct_routing_calls.is_empty()
            && self.sms_log.is_empty()
            && self.blocked_users.is_empty()
            && self.dialout_report.is_empty()
    }
}

/// A copy of a dataset made a slice at a time ([`Copying::step`]), for a load that adds files to
/// what is loaded: the page keeps showing (and a Cancel keeps) the data as it was while the new
/// files go into the copy, and copying a gigabyte's model at once is seconds of frozen tab.
pub struct Copying<'a> {
    from: &'a Dataset,
    copy: Dataset,
    /// The next record to copy; the log rows go with the last step.
    next: usize,
}

impl<'a> Copying<'a> {
    /// A copy of `from` to be made: everything but the records and log rows at once (indexes,
    /// diagnostics, sources: small beside them).
    pub fn new(from: &'a Dataset) -> Copying<'a> {
        let copy = Dataset {
            records: Vec::with_capacity(from.records.len()),
            pstn_calls: Vec::new(),
            direct_routing_calls: Vec::new(),
            sms_log: Vec::new(),
            blocked_users: Vec::new(),
            dialout_report: Vec::new(),
            diagnostics: from.diagnostics.clone(),
            sources: from.sources.clone(),
            record_index: from.record_index.clone(),
            paging: from.paging.clone(),
            session_keys: from.session_keys.clone(),
            participant_keys: from.participant_keys.clone(),
            repeat_notes: from.repeat_notes.clone(),
            row_keys: from.row_keys.clone(),
        };
        Copying { from, copy, next: 0 }
    }

    /// Copies records worth about `budget` (a record counts one, and one more per session),
    /// then, once they are all copied, the log rows, a log of `budget` rows at a time; true when
    /// the copy is whole.
    pub fn step(&mut self, budget: usize) -> bool {
        let mut spent = 0;
        while spent < budget.max(1) {
            if let Some(record) = self.from.records.get(self.next) {
                self.copy.records.push(record.clone());
                (self.next, spent) = (self.next + 1, spent + 1 + record.sessions.len());
                continue;
            }
            let (from, copy, budget) = (self.from, &mut self.copy, budget.max(1));
            if copy.pstn_calls.len() < from.pstn_calls.len() {
                spent += copy_more(&mut copy.pstn_calls, &from.pstn_calls, budget);
            } else if copy.direct_routing_calls.len() < from.direct_routing_calls.len() {
                spent += copy_more(&mut copy.direct_routing_calls, &from.direct_routing_calls, budget);
            } else {
                copy.sms_log.clone_from(&from.sms_log);
                copy.blocked_users.clone_from(&from.blocked_users);
                copy.dialout_report.clone_from(&from.dialout_report);
                return true;
            }
        }
        false
    }

    /// How far it has got, 0 to 1 (by records).
    pub fn fraction(&self) -> f64 {
        if self.from.records.is_empty() {
            1.0
        } else {
            self.next as f64 / self.from.records.len() as f64
        }
    }

    /// The copy (whole once [`Copying::step`] returned true).
    pub fn finish(self) -> Dataset {
        self.copy
    }
}

/// Copies up to `budget` more of `all` into `to` (a copy of its start so far); how many.
fn copy_more<T: Clone>(to: &mut Vec<T>, all: &[T], budget: usize) -> usize {
    let at = to.len();
    let take = (all.len() - at).min(budget);
    to.extend_from_slice(&all[at..at + take]);
    take
}

#[cfg(test)]
mod copying_tests {
    use super::*;

    #[test]
    fn a_copy_made_in_steps_is_the_dataset() {
        let records = crate::synth::export(3, 300_000).json;
        let pstn = r#"{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#Collection(microsoft.graph.callRecords.pstnCallLogRow)",
            "value":[{"id":"p1","callId":"c1"},{"id":"p2","callId":"c2"},{"id":"p3","callId":"c3"}]}"#;
        let broken = r#"{"id":"x","version":1,"sessions":[{"id":"s1"},]}"#;
        let from = crate::ingest::ingest([
            ("a.json", records.as_bytes()),
            ("p.json", pstn.as_bytes()),
            ("b.json", broken.as_bytes()),
        ]);
        assert!(from.records.len() > 3 && from.pstn_calls.len() == 3 && !from.diagnostics.is_empty());
        for budget in [1, 2, 50, usize::MAX] {
            let mut copying = Copying::new(&from);
            let mut steps = 1;
            while !copying.step(budget) {
                steps += 1;
                assert!(copying.fraction() <= 1.0);
            }
            assert_eq!(copying.fraction(), 1.0);
            assert_eq!(copying.finish(), from, "in steps of {budget}");
            if budget == 1 {
                assert!(steps > from.records.len(), "{steps} steps");
            }
        }
        let empty = Dataset::default();
        let mut copying = Copying::new(&empty);
        assert!(copying.step(10));
        assert_eq!(copying.finish(), empty);
    }
}
