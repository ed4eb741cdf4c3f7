//! Merging what was read into the dataset: records by id (the higher `version` wins), sessions
//! and participants pages into their record, log rows, notifications and errors as diagnostics.

use super::{detect::*, wire::*};
use crate::model::dataset::{Dataset, Paging, SourceReport};
use crate::model::diagnostic::{Diagnostic, DiagnosticKind as Kind};
use crate::model::identity::{short_id, IdentitySet};
use crate::model::record::{CallRecord, Session};
use std::collections::HashMap;

impl Dataset {
    pub(super) fn note(&mut self, kind: Kind, source: &str, message: String) {
        self.diagnostics.push(Diagnostic::new(kind, source, message));
    }

    /// The record for `id`, created as a placeholder when only its pages have been seen.
    pub(super) fn record_slot(&mut self, id: &str) -> &mut CallRecord {
        let index = match self.record_index.get(id) {
            Some(&i) => i,
            None => {
                self.records.push(CallRecord { id: id.to_string(), placeholder: true, ..CallRecord::default() });
                self.record_index.insert(id.to_string(), self.records.len() - 1);
                self.records.len() - 1
            }
        };
        &mut self.records[index]
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
                let record = self.record_slot(&id);
                record.sessions_loaded = true;
                upsert(&mut record.sessions, session, |s| s.id.clone());
                report.sessions += 1;
            }
            Unit::Participant { record_id, participant } => {
                let id = self.page_owner(record_id, None, source);
                let record = self.record_slot(&id);
                upsert(&mut record.participants_v2, participant, |p| {
                    p.id.clone().zip(p.identity.as_ref().and_then(IdentitySet::display_name))
                });
                report.participants += 1;
            }
            Unit::Pstn(row) => push_row(&mut self.pstn_calls, row, |r| r.id.clone(), &mut report.pstn_rows),
            Unit::DirectRouting(row) => {
                push_row(&mut self.direct_routing_calls, row, |r| r.id.clone(), &mut report.direct_routing_rows)
            }
            Unit::Sms(row) => {
                push_row(&mut self.sms_log, row, |r| r.sms_id.clone().or_else(|| r.id.clone()), &mut report.other_rows)
            }
            Unit::BlockedUser(row) => push_row(&mut self.blocked_users, row, |_| None, &mut report.other_rows),
            Unit::Dialout(row) => push_row(&mut self.dialout_report, row, |_| None, &mut report.other_rows),
            Unit::Notification(n) => {
                let id = n
                    .resource_data
                    .and_then(|r| r.id)
                    .or_else(|| n.resource.as_deref().and_then(|r| r.rsplit('/').next()).map(str::to_string));
                let what = match (n.lifecycle_event, n.change_type) {
                    (Some(event), _) => format!("a lifecycle notification ({event})"),
                    (None, Some(change)) => format!("a change notification (\"{change}\")"),
                    (None, None) => "a change notification".into(),
                };
                let id_text = id.map(|i| format!(" for call record {i}")).unwrap_or_default();
                self.note(
                    Kind::Notification,
                    source,
                    format!(
                        "This is {what}{id_text}: it only says that a record exists and holds no call data. \
                         Fetch the record with GET /communications/callRecords/{{id}}?$expand=sessions($expand=segments) \
                         (application permission CallRecords.Read.All) and load that response here."
                    ),
                );
            }
            Unit::GraphError(e) => {
                let body = e.error.unwrap_or_default();
                self.note(
                    Kind::GraphError,
                    source,
                    format!(
                        "This is an error response from Graph, not call data: {} — {}",
                        body.code.as_deref().unwrap_or("no code"),
                        body.message.as_deref().unwrap_or("no message")
                    ),
                );
            }
            Unit::Unknown(found) => {
                self.note(
                    Kind::UnknownShape,
                    source,
                    format!("Found {found}, which is not call-record data. {ACCEPTED}"),
                );
            }
            Unit::Page { items, more } => {
                let mut owners: Vec<(ItemKind, Option<String>)> = Vec::new();
                let mut unknown: Vec<(String, usize)> = Vec::new();
                for item in items {
                    if let Unit::Unknown(found) = item {
                        match unknown.iter_mut().find(|(f, _)| *f == found) {
                            Some((_, n)) => *n += 1,
                            None => unknown.push((found, 1)),
                        }
                        continue;
                    }
                    let owner = match &item {
                        Unit::Session { record_id, session } => {
                            Some((ItemKind::Session, record_id.clone().or_else(|| session.id.clone())))
                        }
                        Unit::Participant { record_id, .. } => Some((ItemKind::Participant, record_id.clone())),
                        Unit::Record(_) => Some((ItemKind::Record, None)),
                        Unit::Pstn(_)
                        | Unit::DirectRouting(_)
                        | Unit::Sms(_)
                        | Unit::BlockedUser(_)
                        | Unit::Dialout(_) => Some((ItemKind::Pstn, None)),
                        _ => None,
                    };
                    if let Some(owner) = owner.filter(|o| !owners.contains(o)) {
                        owners.push(owner);
                    }
                    self.merge(item, source, report);
                }
                for (found, count) in unknown {
                    let times = if count > 1 { format!(" ({count} items like it)") } else { String::new() };
                    self.note(
                        Kind::UnknownShape,
                        source,
                        format!("Found {found}{times}, which is not call-record data. {ACCEPTED}"),
                    );
                }
                self.finish_page(&owners, more, source);
            }
        }
    }

    /// After a page: which records now have all their sessions/participants, or more to come.
    pub(super) fn finish_page(&mut self, owners: &[(ItemKind, Option<String>)], more: bool, source: &str) {
        for (kind, id) in owners {
            match (kind, id) {
                (ItemKind::Session, Some(id)) if self.record_index.contains_key(id) => {
                    self.update_paging(id, |p| if more { p.sessions_next = true } else { p.sessions_final = true });
                }
                (ItemKind::Participant, Some(id)) if self.record_index.contains_key(id) => {
                    self.update_paging(id, |p| if more { p.participants_next = true } else { p.participants_final = true });
                }
                (ItemKind::Record, _) if more => self.note(
                    Kind::MorePages,
                    source,
                    "This list of call records has more pages (@odata.nextLink): only the records in this page are loaded.".into(),
                ),
                (ItemKind::Pstn, _) if more => self.note(
                    Kind::MorePages,
                    source,
                    "This log has more pages (@odata.nextLink, 1,000 rows a page): only the rows in this page are loaded.".into(),
                ),
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
        const ORPHANS: &str = "(no call record)";
        if !self.record_index.contains_key(ORPHANS) {
            self.note(
                Kind::PageWithoutRecord,
                source,
                "A sessions or participants page without \"@odata.context\" does not say which call record it belongs to: \
                 its items are shown under \"(no call record)\". Load the page as Graph returned it to join it to its record."
                    .into(),
            );
        }
        ORPHANS.to_string()
    }

    pub(super) fn merge_record(&mut self, wire: RecordWire, source: &str, report: &mut SourceReport) {
        report.records += 1;
        let id = match wire.id.clone().filter(|id| !id.trim().is_empty()) {
            Some(id) => id,
            None => {
                let id = format!("(record without id #{})", self.records.len() + 1);
                self.note(Kind::MissingId, source, format!("A call record has no \"id\"; it is shown as {id}."));
                id
            }
        };
        let exists = self.record_index.contains_key(&id);
        let record = self.record_slot(&id);
        let (old_version, was_placeholder) = (record.version, record.placeholder);
        // The same record twice: the higher version's fields win; sessions and participants are
        // merged by id, the newer copy replacing the older.
        let newer = was_placeholder || wire.version.unwrap_or(i64::MIN) >= old_version.unwrap_or(i64::MIN);
        if newer {
            record.version = wire.version;
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
        let has_sessions = wire.sessions.is_some();
        let has_participants = wire.participants_v2.is_some();
        let sessions = wire.sessions.unwrap_or_default();
        if newer {
            upsert_all(&mut record.sessions, sessions, |s| s.id.clone());
        } else {
            // An older copy only adds sessions not seen yet (the first of any repeated id).
            let mut known: std::collections::HashSet<String> =
                record.sessions.iter().filter_map(|s| s.id.clone()).collect();
            let fresh: Vec<Session> =
                sessions.into_iter().filter(|s| s.id.as_ref().is_none_or(|id| known.insert(id.clone()))).collect();
            upsert_all(&mut record.sessions, fresh, |s| s.id.clone());
        }
        record.sessions_loaded |= has_sessions;
        upsert_all(&mut record.participants_v2, wire.participants_v2.unwrap_or_default(), |p| {
            p.id.clone().zip(p.identity.as_ref().and_then(IdentitySet::display_name))
        });
        if exists && !was_placeholder {
            let (old, new) =
                (old_version.map_or("?".into(), |v| v.to_string()), wire.version.map_or("?".into(), |v| v.to_string()));
            let kept = if newer { &new } else { &old };
            self.note(Kind::RecordSeenTwice, source, format!("Call record {} was loaded more than once (versions {old} and {new}): version {kept} is shown, sessions merged.", short_id(&id)));
        }
        if has_sessions {
            let more = wire.sessions_next_link.is_some();
            self.update_paging(&id, |p| if more { p.sessions_next = true } else { p.sessions_final = true });
        }
        if has_participants {
            let more = wire.participants_next_link.is_some();
            self.update_paging(&id, |p| if more { p.participants_next = true } else { p.participants_final = true });
        }
    }
}

/// `upsert` for many items, each key computed once (a hash index instead of a scan per item).
pub(super) fn upsert_all<T, K: Eq + std::hash::Hash>(items: &mut Vec<T>, new: Vec<T>, key: impl Fn(&T) -> Option<K>) {
    let mut index: HashMap<K, usize> = HashMap::with_capacity(items.len() + new.len());
    for (at, item) in items.iter().enumerate() {
        if let Some(k) = key(item) {
            index.entry(k).or_insert(at);
        }
    }
    for item in new {
        match key(&item) {
            Some(k) => match index.get(&k) {
                Some(&at) => items[at] = item,
                None => {
                    index.insert(k, items.len());
                    items.push(item);
                }
            },
            None => items.push(item),
        }
    }
}

/// Inserts an item, replacing one with the same key (items without a key are always added).
pub(super) fn upsert<T, K: PartialEq>(items: &mut Vec<T>, item: T, key: impl Fn(&T) -> Option<K>) {
    match key(&item).and_then(|k| items.iter().position(|i| key(i).as_ref() == Some(&k))) {
        Some(at) => items[at] = item,
        None => items.push(item),
    }
}

/// Adds a log row unless a row with the same id is already loaded (the same page twice).
pub(super) fn push_row<T>(rows: &mut Vec<T>, row: T, id: impl Fn(&T) -> Option<String>, count: &mut usize) {
    *count += 1;
    if let Some(new_id) = id(&row) {
        if rows.iter().rev().take(5000).any(|r| id(r).as_deref() == Some(new_id.as_str())) {
            return;
        }
    }
    rows.push(row);
}
