//! The `calls` table: one row per call record, with what the page's call list shows (start,
//! duration, type, modalities, organizer, people, sessions, quality, poor streams; see
//! `view::overview`) as typed values, the stream tally and findings under the rule set named
//! in `RuleSet`, and the organizer's identities.

use super::columns::Column;
use super::parts::identity_columns;
use super::streams::organizer_identity;
use crate::judge::RuleSet;
use crate::model::record::CallRecord;
use crate::view::overview::CallRow;

/// One row of the `calls` table: the record and its row in the call list.
pub struct CallExportRow<'a> {
    pub record: &'a CallRecord,
    /// The call list's row (counts, tally, findings), from `view::overview::call_row`.
    pub row: CallRow,
    pub rules: &'a RuleSet,
}

/// The columns of the `calls` table, in order.
pub fn call_columns<'a>() -> Vec<Column<'a, CallExportRow<'a>>> {
    type R<'a> = CallExportRow<'a>;
    let mut columns: Vec<Column<'a, R<'a>>> = vec![
        Column::string("CallId", |r: &R| Some(r.record.id.as_str())),
        Column::int("Version", |r: &R| r.record.version),
        Column::timestamp("CallStartTime", |r: &R| r.record.start),
        Column::timestamp("CallEndTime", |r: &R| r.record.end),
        Column::float("DurationMs", |r: &R| r.row.duration_ms),
        Column::timestamp("LastModifiedDateTimeOffset", |r: &R| r.record.last_modified),
        Column::string("CallType", |r: &R| Some(r.record.call_type.as_ref()?.as_wire())),
        Column::owned("Modalities", |r: &R| {
            Some(r.record.modalities.iter().map(|m| m.as_wire()).collect::<Vec<_>>().join(", "))
        }),
        Column::owned("Organizer", |r: &R| r.record.organizer_name()),
        Column::int("Participants", |r: &R| Some(r.row.participants as i64)),
        Column::owned("ParticipantNames", |r: &R| Some(r.record.participant_names().join("; "))),
        // Counts of what was loaded: a record without its sessions has no count, not zero.
        Column::int("Sessions", |r: &R| r.row.sessions_loaded.then_some(r.row.sessions as i64)),
        Column::bool("SessionsLoaded", |r: &R| Some(r.row.sessions_loaded)),
        Column::bool("MoreSessions", |r: &R| Some(r.row.more_sessions)),
        Column::int("LostSessions", |r: &R| Some(r.row.lost_sessions as i64)),
        Column::int("Streams", |r: &R| r.row.sessions_loaded.then_some(r.row.tally.total() as i64)),
        Column::int("GoodStreams", |r: &R| r.row.sessions_loaded.then_some(r.row.tally.good as i64)),
        Column::int("PoorStreams", |r: &R| r.row.sessions_loaded.then_some(r.row.tally.poor as i64)),
        Column::int("UnclassifiedStreams", |r: &R| r.row.sessions_loaded.then_some(r.row.tally.unclassified as i64)),
        Column::string("Verdict", |r: &R| r.row.sessions_loaded.then_some(r.row.tally.verdict().as_str())),
        // Every finding, notes included (the row counts only the problems among them).
        Column::int("Findings", |r: &R| Some(crate::judge::findings(r.record).len() as i64)),
        Column::bool("HasProblems", |r: &R| Some(r.row.has_problems())),
        Column::string("RuleSet", |r: &R| Some(r.rules.kind.english_name())),
        Column::string("JoinWebUrl", |r: &R| r.record.join_web_url.as_deref()),
    ];
    for c in identity_columns() {
        columns.push(c.prefixed("Organizer_", |r: &R| organizer_identity(r.record)));
    }
    columns
}
