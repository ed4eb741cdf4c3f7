//! The dataset: everything loaded so far, from every source, with what each source held and
//! every diagnostic. Ingest fills it (`crate::ingest`); every later stage reads it.

use super::diagnostic::Diagnostic;
use super::logs::{DirectRoutingLogRow, PstnBlockedUserLogRow, PstnCallLogRow, PstnDialoutReportRow, SmsLogRow};
use super::record::CallRecord;
use std::collections::HashMap;

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

    /// The record with this id, if loaded.
    pub fn record(&self, id: &str) -> Option<&CallRecord> {
        self.record_index.get(id).map(|&i| &self.records[i])
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
