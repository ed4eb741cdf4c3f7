//! The model written back in Graph's own shape, so a file this viewer wrote (the redacted
//! export) opens in it, or in any tool that reads Graph's responses: one JSON array of
//! collection responses (`{"@odata.context": …, "value": [...]}`), one per kind of data held.
//! A record known only from its sessions pages is written as a sessions page again. Keys the
//! viewer does not model are not written (they were never read).

use super::dataset::Dataset;
use super::record::CallRecord;
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
    // Each page is written straight to the text: no JSON tree in between.
    let mut out = String::from("[");
    let mut push = |page: Result<String, serde_json::Error>| {
        if let Ok(page) = page {
            if out.len() > 1 {
                out.push_str(",\n");
            }
            out.push_str(&page);
        }
    };
    let (placeholders, records): (Vec<&CallRecord>, Vec<&CallRecord>) =
        dataset.records.iter().partition(|r| r.placeholder);
    if !records.is_empty() {
        let context = format!("{METADATA}communications/callRecords(sessions(segments()))");
        push(serde_json::to_string(&Page { context, value: &records, next_link: None }));
    }
    for record in placeholders {
        let context = format!("{METADATA}communications/callRecords('{}')/sessions(segments())", record.id);
        push(serde_json::to_string(&Page { context, value: &record.sessions, next_link: more(record.more_sessions) }));
        if !record.participants_v2.is_empty() || record.more_participants {
            let context = format!("{METADATA}communications/callRecords('{}')/participants_v2", record.id);
            let next_link = more(record.more_participants);
            push(serde_json::to_string(&Page { context, value: &record.participants_v2, next_link }));
        }
    }
    macro_rules! log {
        ($rows:expr, $context:literal) => {
            if !$rows.is_empty() {
                push(serde_json::to_string(&Page {
                    context: format!("{METADATA}{}", $context),
                    value: &$rows,
                    next_link: None,
                }));
            }
        };
    }
    log!(dataset.pstn_calls, "Collection(microsoft.graph.callRecords.pstnCallLogRow)");
    log!(dataset.direct_routing_calls, "Collection(microsoft.graph.callRecords.directRoutingLogRow)");
    log!(dataset.sms_log, "Collection(microsoft.graph.callRecords.smsLogRow)");
    log!(dataset.blocked_users, "Collection(microsoft.graph.callRecords.pstnBlockedUsersLogRow)");
    log!(dataset.dialout_report, "Collection(microsoft.graph.callRecords.pstnOnlineMeetingDialoutReport)");
    out.push_str("]\n");
    out
}
