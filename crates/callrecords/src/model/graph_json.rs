//! The model written back in Graph's own shape, so a file this viewer wrote (the redacted
//! export) opens in it, or in any tool that reads Graph's responses: one JSON array of
//! collection responses (`{"@odata.context": …, "value": [...]}`), one per kind of data held.
//! A record known only from its sessions pages is written as a sessions page again. Keys the
//! viewer does not model are not written (they were never read).

use super::dataset::Dataset;
use super::record::CallRecord;
use crate::sliced::{Sliced, Writing};
use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;

const METADATA: &str = "https://graph.microsoft.com/v1.0/$metadata#";

impl Serialize for CallRecord {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("version", &self.version)?;
        map.serialize_entry("type", &self.call_type)?;
        map.serialize_entry("modalities", &self.modalities)?;
        map.serialize_entry("lastModifiedDateTime", &self.last_modified)?;
        map.serialize_entry("startDateTime", &self.start)?;
        map.serialize_entry("endDateTime", &self.end)?;
        map.serialize_entry("joinWebUrl", &self.join_web_url)?;
        map.serialize_entry("organizer", &self.organizer)?;
        map.serialize_entry("participants", &self.participants)?;
        map.serialize_entry("organizer_v2", &self.organizer_v2)?;
        map.serialize_entry("participants_v2", &self.participants_v2)?;
        if self.more_participants {
            map.serialize_entry("participants_v2@odata.nextLink", NOT_LOADED)?;
        }
        if self.sessions_loaded {
            map.serialize_entry("sessions", &self.sessions)?;
        }
        if self.more_sessions {
            map.serialize_entry("sessions@odata.nextLink", NOT_LOADED)?;
        }
        map.end()
    }
}

/// A collection response: its `@odata.context` and its items.
#[derive(Serialize)]
struct Page<'a, T: Serialize> {
    #[serde(rename = "@odata.context")]
    context: String,
    value: &'a [T],
    /// Said when more pages existed that were not loaded.
    #[serde(rename = "@odata.nextLink", skip_serializing_if = "Option::is_none")]
    next_link: Option<&'static str>,
}

const NOT_LOADED: &str = "not loaded when this file was written";

fn more(more: bool) -> Option<&'static str> {
    more.then_some(NOT_LOADED)
}

/// Everything in `dataset` as one JSON document in Graph's shapes (see the module doc).
/// Diagnostics are not data and are not written.
pub fn to_graph_json(dataset: &Dataset) -> String {
    let bytes = JsonWriting::new(dataset).whole();
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// [`to_graph_json`] written a record at a time ([`Writing`]): each page is written straight to
/// the bytes, no JSON tree in between; the call records' page a record at a time, then the
/// records known only from their sessions, then each log's page.
pub struct JsonWriting<'a> {
    dataset: &'a Dataset,
    records: Vec<&'a CallRecord>,
    placeholders: Vec<&'a CallRecord>,
    /// Units done: the records, the placeholders, the five logs, the end.
    at: usize,
    pages: usize,
    out: Vec<u8>,
}

/// The logs, each one page: its rows and its `@odata.context`.
const LOGS: usize = 5;

impl<'a> JsonWriting<'a> {
    /// Nothing written but the opening `[`.
    pub fn new(dataset: &'a Dataset) -> Self {
        let (placeholders, records) = dataset.records.iter().partition(|r| r.placeholder);
        JsonWriting { dataset, records, placeholders, at: 0, pages: 0, out: b"[".to_vec() }
    }

    /// Starts a page: the separator from the page before.
    fn next_page(&mut self) {
        if self.pages > 0 {
            self.out.extend_from_slice(b",\n");
        }
        self.pages += 1;
    }

    fn page<T: Serialize>(&mut self, context: String, value: &[T], next_link: Option<&'static str>) {
        let mut page = Vec::new();
        // Writing into memory fails only if a value cannot be written: that page is left out.
        if serde_json::to_writer(&mut page, &Page { context, value, next_link }).is_ok() {
            self.next_page();
            self.out.extend_from_slice(&page);
        }
    }

    /// The call records' page, one record: opened before the first, closed after the last.
    fn record(&mut self, i: usize) {
        let Some(record) = self.records.get(i).copied() else { return };
        if i == 0 {
            self.next_page();
            let context = format!("{METADATA}communications/callRecords(sessions(segments()))");
            self.out.extend_from_slice(b"{\"@odata.context\":");
            let _ = serde_json::to_writer(&mut self.out, &context);
            self.out.extend_from_slice(b",\"value\":[");
        } else {
            self.out.push(b',');
        }
        let _ = serde_json::to_writer(&mut self.out, record);
        if i + 1 == self.records.len() {
            self.out.extend_from_slice(b"]}");
        }
    }

    /// A record known only from its sessions: its sessions page, and its participants' page.
    fn placeholder(&mut self, record: &CallRecord) {
        let context = format!("{METADATA}communications/callRecords('{}')/sessions(segments())", record.id);
        self.page(context, &record.sessions, more(record.more_sessions));
        if !record.participants_v2.is_empty() || record.more_participants {
            let context = format!("{METADATA}communications/callRecords('{}')/participants_v2", record.id);
            self.page(context, &record.participants_v2, more(record.more_participants));
        }
    }

    fn log(&mut self, which: usize) {
        let d = self.dataset;
        let context = |kind: &str| format!("{METADATA}Collection(microsoft.graph.callRecords.{kind})");
        match which {
            0 if !d.pstn_calls.is_empty() => self.page(context("pstnCallLogRow"), &d.pstn_calls, None),
            1 if !d.direct_routing_calls.is_empty() => {
                self.page(context("directRoutingLogRow"), &d.direct_routing_calls, None)
            }
            2 if !d.sms_log.is_empty() => self.page(context("smsLogRow"), &d.sms_log, None),
            3 if !d.blocked_users.is_empty() => self.page(context("pstnBlockedUsersLogRow"), &d.blocked_users, None),
            4 if !d.dialout_report.is_empty() => {
                self.page(context("pstnOnlineMeetingDialoutReport"), &d.dialout_report, None)
            }
            _ => {}
        }
    }
}

/// A unit is a call record, a record known only from its sessions, a log, or the end.
impl Sliced for JsonWriting<'_> {
    fn step(&mut self) -> bool {
        let (records, placeholders) = (self.records.len(), self.placeholders.len());
        match self.at {
            i if i < records => self.record(i),
            i if i < records + placeholders => {
                let record = self.placeholders[i - records];
                self.placeholder(record);
            }
            i if i < records + placeholders + LOGS => self.log(i - records - placeholders),
            i if i == records + placeholders + LOGS => self.out.extend_from_slice(b"]\n"),
            _ => return false,
        }
        self.at += 1;
        true
    }

    fn done(&self) -> usize {
        self.at
    }

    fn total(&self) -> usize {
        self.records.len() + self.placeholders.len() + LOGS + 1
    }
}

impl Writing for JsonWriting<'_> {
    fn take(&mut self) -> Vec<u8> {
        std::mem::take(&mut self.out)
    }
}
