//! Merging what was read into the dataset: records by id (the higher `version` wins), sessions
//! and participants pages into their record, log rows, notifications and errors as diagnostics.

use super::wire::*;
use crate::i18n::Arg;
use crate::model::dataset::{Dataset, Keyed, Paging, SourceReport};
use crate::model::diagnostic::{Diagnostic, DiagnosticKind as Kind, Message};
use crate::model::identity::short_id;
use crate::model::record::{CallRecord, Participant, Session};
use std::collections::{HashMap, HashSet};

/// What a page being merged has shown so far: whose items it holds, in order of first sight,
/// and the shapes that are not call-record data, with counts.
#[derive(Default)]
pub(super) struct PageMerge {
    owners: Vec<(ItemKind, Option<String>)>,
    owner_set: HashSet<(ItemKind, Option<String>)>,
    unknown: Vec<(Shape, usize)>,
    unknown_at: HashMap<Shape, usize>,
}

impl Dataset {
    /// Adds the catalogue message `id` with `args` about `source`.
    pub(super) fn note(&mut self, kind: Kind, source: &str, id: &'static str, args: Vec<(&'static str, Arg)>) {
        self.diagnostics.push(Diagnostic::localised(kind, source, id, args));
    }

    /// The index of the record for `id`, created as a placeholder when only its pages have been
    /// seen.
    pub(super) fn slot(&mut self, id: &str) -> usize {
        match self.record_index.get(id) {
            Some(&i) => i,
            None => {
                self.records.push(CallRecord { id: id.to_string(), placeholder: true, ..CallRecord::default() });
                self.record_index.insert(id.to_string(), self.records.len() - 1);
                self.records.len() - 1
            }
        }
    }

    /// The record for `id` (see [`Dataset::slot`]).
    pub(super) fn record_slot(&mut self, id: &str) -> &mut CallRecord {
        let at = self.slot(id);
        &mut self.records[at]
    }

    /// Adds sessions to record `at`. A session identical to one already there (the same page
    /// loaded twice) is skipped; every other is kept, even under an id already seen: Graph
    /// returns one session several times when a call involves several service identities
    /// (auto attendants, call queues, bots), with back-to-back time windows.
    pub(super) fn add_sessions(&mut self, at: usize, sessions: Vec<Session>) {
        let record = &mut self.records[at];
        let keys = self.session_keys.entry(at).or_insert_with(|| Keyed::of(&record.sessions, |s| s.id.as_deref()));
        for session in sessions {
            let id = session.id.clone();
            keys.add(&mut record.sessions, id.as_deref(), session);
        }
    }

    /// A newer version of record `at`: its sessions replace those with the same ids.
    fn replace_sessions(&mut self, at: usize, sessions: Vec<Session>) {
        let record = &mut self.records[at];
        let keys = self.session_keys.entry(at).or_insert_with(|| Keyed::of(&record.sessions, |s| s.id.as_deref()));
        let ids: HashSet<&str> =
            sessions.iter().filter_map(|s| s.id.as_deref()).filter(|id| keys.has_key(id)).collect();
        // Only when a session is replaced does the index need building again.
        if !ids.is_empty() {
            record.sessions.retain(|s| s.id.as_deref().is_none_or(|id| !ids.contains(id)));
            self.session_keys.remove(&at);
        }
        self.add_sessions(at, sessions);
    }

    /// Adds participants to record `at`, skipping identical copies (as [`Dataset::add_sessions`]).
    pub(super) fn add_participants(&mut self, at: usize, participants: Vec<Participant>) {
        let record = &mut self.records[at];
        let keys =
            self.participant_keys.entry(at).or_insert_with(|| Keyed::of(&record.participants_v2, |p| p.id.as_deref()));
        for participant in participants {
            let id = participant.id.clone();
            keys.add(&mut record.participants_v2, id.as_deref(), participant);
        }
    }

    /// The Graph names of what differs between record `at` and another copy of it with the same
    /// version; empty when the copy holds nothing the record does not (the same file twice, or a
    /// record whose sessions pages were loaded too).
    fn differences(&mut self, at: usize, wire: &RecordWire) -> Vec<&'static str> {
        let r = &self.records[at];
        let mut out = Vec::new();
        let mut differ = |name, same: bool| {
            if !same {
                out.push(name);
            }
        };
        differ("type", r.call_type == wire.call_type);
        differ("modalities", r.modalities == wire.modalities.clone().unwrap_or_default());
        differ("startDateTime", r.start == wire.start);
        differ("endDateTime", r.end == wire.end);
        differ("lastModifiedDateTime", r.last_modified == wire.last_modified);
        differ("joinWebUrl", r.join_web_url == wire.join_web_url);
        differ("organizer", r.organizer == wire.organizer);
        differ("participants", r.participants == wire.participants);
        differ("organizer_v2", wire.organizer_v2.is_none() || r.organizer_v2 == wire.organizer_v2);
        // A session or participant under an id not seen yet is an addition (the record without
        // and then with $expand, or another page); one under a known id must be identical.
        let sessions = self.session_keys.entry(at).or_insert_with(|| Keyed::of(&r.sessions, |s| s.id.as_deref()));
        let agree = wire.sessions.iter().flatten().all(|s| match s.id.as_deref() {
            Some(id) if sessions.has_key(id) => sessions.has_copy(&r.sessions, Some(id), s),
            _ => true,
        });
        differ("sessions", agree);
        let people =
            self.participant_keys.entry(at).or_insert_with(|| Keyed::of(&r.participants_v2, |p| p.id.as_deref()));
        let agree = wire.participants_v2.iter().flatten().all(|p| match p.id.as_deref() {
            Some(id) if people.has_key(id) => people.has_copy(&r.participants_v2, Some(id), p),
            _ => true,
        });
        differ("participants_v2", agree);
        out
    }

    pub(super) fn update_paging(&mut self, id: &str, f: impl FnOnce(&mut Paging)) {
        let paging = self.paging.entry(id.to_string()).or_default();
        f(paging);
        let p = *paging;
        let record = self.record_slot(id);
        record.more_sessions = p.sessions_next && !p.sessions_final;
        record.more_participants = p.participants_next && !p.participants_final;
    }

    pub(super) fn merge(&mut self, unit: Unit, source: &str, report: &mut SourceReport) {
        match unit {
            Unit::Record(wire) => self.merge_record(*wire, source, report),
            Unit::Session { record_id, session } => {
                let id = self.page_owner(record_id, session.id.as_deref(), source);
                let at = self.slot(&id);
                self.records[at].sessions_loaded = true;
                self.add_sessions(at, vec![session]);
                report.sessions += 1;
            }
            Unit::Participant { record_id, participant } => {
                let id = self.page_owner(record_id, None, source);
                let at = self.slot(&id);
                self.add_participants(at, vec![participant]);
                report.participants += 1;
            }
            Unit::Pstn(row) => {
                let key = row.id.clone();
                push_row(&mut self.pstn_calls, self.row_keys.entry("pstn").or_default(), key, row);
                report.pstn_rows += 1;
            }
            Unit::DirectRouting(row) => {
                let key = row.id.clone();
                push_row(&mut self.direct_routing_calls, self.row_keys.entry("directRouting").or_default(), key, row);
                report.direct_routing_rows += 1;
            }
            Unit::Sms(row) => {
                let key = row.sms_id.clone().or_else(|| row.id.clone());
                push_row(&mut self.sms_log, self.row_keys.entry("sms").or_default(), key, row);
                report.other_rows += 1;
            }
            // These logs have no row id: a row is the same row when all of its content is.
            Unit::BlockedUser(row) => {
                let key = Some(format!("{row:?}"));
                push_row(&mut self.blocked_users, self.row_keys.entry("blockedUsers").or_default(), key, row);
                report.other_rows += 1;
            }
            Unit::Dialout(row) => {
                let key = Some(format!("{row:?}"));
                push_row(&mut self.dialout_report, self.row_keys.entry("dialout").or_default(), key, row);
                report.other_rows += 1;
            }
            Unit::Notification(n) => {
                let id = n
                    .resource_data
                    .and_then(|r| r.id)
                    .or_else(|| n.resource.as_deref().and_then(|r| r.rsplit('/').next()).map(str::to_string));
                let (what, detail) = match (n.lifecycle_event, n.change_type) {
                    (Some(event), _) => ("lifecycle", event.to_string()),
                    (None, Some(change)) => ("change-of", change.to_string()),
                    (None, None) => ("change", String::new()),
                };
                let args = vec![
                    ("what", Arg::from(what)),
                    ("detail", Arg::from(detail)),
                    ("identified", Arg::from(if id.is_some() { "yes" } else { "no" })),
                    ("id", Arg::from(id.unwrap_or_default())),
                    ("query", Arg::from("GET /communications/callRecords/{id}?$expand=sessions($expand=segments)")),
                ];
                self.diagnostics.push(Diagnostic::localised(Kind::Notification, source, "diag-notification", args));
            }
            Unit::GraphError(e) => {
                let body = e.error.unwrap_or_default();
                let args = vec![
                    ("code", Arg::from(body.code.unwrap_or_else(|| "no code".into()))),
                    ("message", Arg::from(body.message.unwrap_or_else(|| "no message".into()))),
                ];
                self.diagnostics.push(Diagnostic::localised(Kind::GraphError, source, "diag-graph-error", args));
            }
            Unit::Unknown(found) => self.note(Kind::UnknownShape, source, "diag-unknown-shape", found.args(1)),
            Unit::Page { items, more } => {
                let mut page = PageMerge::default();
                for item in items {
                    self.merge_page_item(&mut page, item, source, report);
                }
                self.end_page(page, more, source);
            }
        }
    }

    /// One item of a page, noting whose page it is (or, for what is not call-record data, its
    /// shape) for [`Dataset::end_page`]. A big page is merged a slice of items at a time.
    pub(super) fn merge_page_item(
        &mut self,
        page: &mut PageMerge,
        item: Unit,
        source: &str,
        report: &mut SourceReport,
    ) {
        if let Unit::Unknown(found) = item {
            match page.unknown_at.get(&found) {
                Some(&at) => page.unknown[at].1 += 1,
                None => {
                    page.unknown_at.insert(found.clone(), page.unknown.len());
                    page.unknown.push((found, 1));
                }
            }
            return;
        }
        let owner = match &item {
            Unit::Session { record_id, session } => {
                Some((ItemKind::Session, record_id.clone().or_else(|| session.id.as_deref().map(str::to_string))))
            }
            Unit::Participant { record_id, .. } => Some((ItemKind::Participant, record_id.clone())),
            Unit::Record(_) => Some((ItemKind::Record, None)),
            Unit::Pstn(_) | Unit::DirectRouting(_) | Unit::Sms(_) | Unit::BlockedUser(_) | Unit::Dialout(_) => {
                Some((ItemKind::Pstn, None))
            }
            _ => None,
        };
        if let Some(owner) = owner.filter(|o| page.owner_set.insert(o.clone())) {
            page.owners.push(owner);
        }
        self.merge(item, source, report);
    }

    /// After a page's last item: what was not call-record data, then the paging.
    pub(super) fn end_page(&mut self, page: PageMerge, more: bool, source: &str) {
        // The first few shapes each, then the rest in one message.
        const SHAPES_SAID: usize = 5;
        for (found, count) in page.unknown.iter().take(SHAPES_SAID) {
            self.note(Kind::UnknownShape, source, "diag-unknown-shape", found.args(*count));
        }
        if page.unknown.len() > SHAPES_SAID {
            let rest = &page.unknown[SHAPES_SAID..];
            let items: usize = rest.iter().map(|(_, n)| n).sum();
            let args = vec![("items", Arg::from(items)), ("shapes", Arg::from(rest.len()))];
            self.note(Kind::UnknownShape, source, "diag-unknown-more", args);
        }
        self.finish_page(&page.owners, more, source);
    }

    /// After a page: which records now have all their sessions/participants, or more to come.
    pub(super) fn finish_page(&mut self, owners: &[(ItemKind, Option<String>)], more: bool, source: &str) {
        for (kind, id) in owners {
            match (kind, id) {
                (ItemKind::Session, Some(id)) if self.record_index.contains_key(id) => {
                    self.update_paging(id, |p| if more { p.sessions_next = true } else { p.sessions_final = true });
                }
                (ItemKind::Participant, Some(id)) if self.record_index.contains_key(id) => {
                    self.update_paging(
                        id,
                        |p| if more { p.participants_next = true } else { p.participants_final = true },
                    );
                }
                (ItemKind::Record, _) if more => self.diagnostics.push(Diagnostic::localised(
                    Kind::MorePages,
                    source,
                    "diag-more-record-pages",
                    vec![],
                )),
                (ItemKind::Pstn, _) if more => {
                    self.diagnostics.push(Diagnostic::localised(Kind::MorePages, source, "diag-more-log-pages", vec![]))
                }
                _ => {}
            }
        }
    }

    /// The record a session or participant belongs to. Pages name it in `@odata.context`; without
    /// it, a session whose id is a loaded record's id goes there (Graph reuses the record id for
    /// peer-to-peer sessions), else to a placeholder.
    pub(super) fn page_owner(&mut self, record_id: Option<String>, session_id: Option<&str>, source: &str) -> String {
        if let Some(id) = record_id {
            return id;
        }
        if let Some(id) = session_id.filter(|id| self.record_index.contains_key(*id)) {
            return id.to_string();
        }
        const ORPHANS: &str = crate::model::identity::ORPHANS_ID;
        if !self.record_index.contains_key(ORPHANS) {
            let args = vec![];
            self.diagnostics.push(Diagnostic::localised(
                Kind::PageWithoutRecord,
                source,
                "diag-page-without-record",
                args,
            ));
        }
        ORPHANS.to_string()
    }

    pub(super) fn merge_record(&mut self, wire: RecordWire, source: &str, report: &mut SourceReport) {
        report.records += 1;
        let mut id = match wire.id.clone().filter(|id| !id.trim().is_empty()) {
            Some(id) => id,
            None => {
                let number = self.records.len() + 1;
                let id = crate::model::identity::missing_record_id(number);
                let args = vec![("number", Arg::from(number))];
                self.diagnostics.push(Diagnostic::localised(Kind::MissingId, source, "diag-missing-id", args));
                id
            }
        };
        let mut at = self.slot(&id);
        let (old_version, was_placeholder) = (self.records[at].version, self.records[at].placeholder);
        let version_text = |v: Option<i64>| v.map_or("?".to_string(), |v| v.to_string());
        if !was_placeholder && wire.version == old_version {
            // The same id and version again: a copy (nothing to add), or a different record
            // under the same id, kept beside the first rather than merged into it.
            let differences = self.differences(at, &wire);
            if differences.is_empty() {
                let args = vec![("id", Arg::from(short_id(&id))), ("version", Arg::from(version_text(old_version)))];
                self.note_repeat(at, source, "diag-record-copies", args);
                self.update_record_paging(&id, &wire);
                self.records[at].sessions_loaded |= wire.sessions.is_some();
                self.add_sessions(at, wire.sessions.unwrap_or_default());
                self.add_participants(at, wire.participants_v2.unwrap_or_default());
                return;
            }
            let copies = (2..).find(|n| !self.record_index.contains_key(&format!("{id} #{n}"))).unwrap_or(2);
            let kept_as = format!("{id} #{copies}");
            let args = vec![
                ("id", Arg::from(short_id(&id))),
                ("version", Arg::from(version_text(old_version))),
                ("fields", Arg::from(differences.join(", "))),
                ("kept_as", Arg::from(format!("{} #{copies}", short_id(&id)))),
            ];
            self.note(Kind::RecordConflict, source, "diag-record-conflict", args);
            id = kept_as;
            at = self.slot(&id);
        }
        let fresh = self.records[at].placeholder;
        let old_version = self.records[at].version;
        // Another version of a record: the higher version's fields win, and its sessions
        // replace those with the same ids; an older copy only adds sessions not seen yet.
        let newer = fresh || wire.version.unwrap_or(i64::MIN) >= old_version.unwrap_or(i64::MIN);
        self.update_record_paging(&id, &wire);
        let incoming = wire.version;
        self.records[at].lost_sessions += wire.lost_sessions;
        let RecordWire { sessions, participants_v2, .. } = wire;
        let record = &mut self.records[at];
        if newer {
            record.version = incoming;
            record.call_type = wire.call_type;
            record.modalities = wire.modalities.unwrap_or_default();
            record.start = wire.start;
            record.end = wire.end;
            record.last_modified = wire.last_modified;
            record.join_web_url = wire.join_web_url;
            record.organizer = wire.organizer;
            record.participants = wire.participants;
            if wire.organizer_v2.is_some() {
                record.organizer_v2 = wire.organizer_v2;
            }
            record.placeholder = false;
        }
        record.sessions_loaded |= sessions.is_some();
        let sessions = sessions.unwrap_or_default();
        if fresh {
            self.add_sessions(at, sessions);
        } else if newer {
            self.replace_sessions(at, sessions);
        } else {
            let keys = self.session_keys.get(&at);
            let unseen: Vec<Session> = sessions
                .into_iter()
                .filter(|s| s.id.as_deref().is_none_or(|id| !keys.is_some_and(|k| k.has_key(id))))
                .collect();
            self.add_sessions(at, unseen);
        }
        self.add_participants(at, participants_v2.unwrap_or_default());
        if !fresh {
            let (old, new) = (version_text(old_version), version_text(incoming));
            let kept = if newer { &new } else { &old };
            let args = vec![
                ("id", Arg::from(short_id(&id))),
                ("old", Arg::from(old.as_str())),
                ("new", Arg::from(new.as_str())),
                ("kept", Arg::from(kept.as_str())),
            ];
            self.note_repeat(at, source, "diag-record-versions", args);
        }
    }

    /// Says that record `at` was loaded again: one message per record, which counts the copies.
    /// The message is `id` with `args` and `copies`, the copies so far (the count is said
    /// from the third on).
    fn note_repeat(&mut self, at: usize, source: &str, id: &'static str, mut args: Vec<(&'static str, Arg)>) {
        match self.repeat_notes.get_mut(&at) {
            Some((index, copies)) => {
                *copies += 1;
                args.push(("copies", Arg::from(*copies)));
                if let Some(diagnostic) = self.diagnostics.get_mut(*index) {
                    let text = Message::new(id, args);
                    diagnostic.message = text.text();
                    diagnostic.text = Some(text);
                }
            }
            None => {
                self.repeat_notes.insert(at, (self.diagnostics.len(), 2));
                args.push(("copies", Arg::from(2usize)));
                self.note(Kind::RecordSeenTwice, source, id, args);
            }
        }
    }

    /// Records whether a record's own sessions and participants lists said more pages follow.
    fn update_record_paging(&mut self, id: &str, wire: &RecordWire) {
        if wire.sessions.is_some() {
            let more = wire.sessions_next_link.is_some();
            self.update_paging(id, |p| if more { p.sessions_next = true } else { p.sessions_final = true });
        }
        if wire.participants_v2.is_some() {
            let more = wire.participants_next_link.is_some();
            self.update_paging(id, |p| if more { p.participants_next = true } else { p.participants_final = true });
        }
    }
}

/// Adds a log row unless a row with the same key (its id; for logs without ids, its content) is
/// already loaded: the same page loaded twice, however large.
fn push_row<T>(rows: &mut Vec<T>, keys: &mut HashSet<String>, key: Option<String>, row: T) {
    if let Some(key) = key {
        if !keys.insert(key) {
            return;
        }
    }
    rows.push(row);
}
