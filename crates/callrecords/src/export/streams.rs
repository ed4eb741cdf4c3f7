//! The `streams` table: one row per media stream, as Microsoft's CallRecordInsights flattens a
//! call record (`$.sessions[*].segments[*].media[*].streams[*]`), with its column names where
//! the concept is the same: ids, direction, media label, times, call type, codecs, failure,
//! every stream metric of the catalogue (durations in milliseconds, ratios 0–1, as the
//! catalogue states them), the organizer's identities and, per side (`Caller_`, `Callee_`),
//! identities, user agent, feedback, network and device. Then what this viewer adds: the media
//! kind, and the verdict with its reasons under the rule set named in `RuleSet`.

use super::columns::{pascal, Column};
use super::parts::{device_columns, endpoint_columns, identity_columns, network_columns};
use crate::judge::{RuleSet, StreamJudgement};
use crate::model::identity::IdentitySet;
use crate::model::metrics::STREAM_METRICS;
use crate::model::record::{CallRecord, DeviceInfo, Endpoint, FailureInfo, NetworkInfo, StreamRef};

/// One side of a stream's segment: its endpoint (the segment's, else the session's), and the
/// media's network and device for that side.
#[derive(Clone, Copy, Debug, Default)]
pub struct Side<'a> {
    pub endpoint: Option<&'a Endpoint>,
    pub network: Option<&'a NetworkInfo>,
    pub device: Option<&'a DeviceInfo>,
}

/// One row of the `streams` table.
pub struct StreamRow<'a> {
    pub record: &'a CallRecord,
    pub at: StreamRef<'a>,
    /// The stream judged under `rules` (by `judge`, never here).
    pub judgement: StreamJudgement,
    pub rules: &'a RuleSet,
    pub caller: Side<'a>,
    pub callee: Side<'a>,
}

impl<'a> StreamRow<'a> {
    /// The row of a stream of `record` with its judgement.
    pub fn new(record: &'a CallRecord, at: StreamRef<'a>, judgement: StreamJudgement, rules: &'a RuleSet) -> Self {
        let (segment, session, media) = (at.segment, at.session, at.media);
        let caller = Side {
            endpoint: segment.caller.as_ref().or(session.caller.as_ref()),
            network: media.caller_network.as_ref(),
            device: media.caller_device.as_ref(),
        };
        let callee = Side {
            endpoint: segment.callee.as_ref().or(session.callee.as_ref()),
            network: media.callee_network.as_ref(),
            device: media.callee_device.as_ref(),
        };
        StreamRow { record, at, judgement, rules, caller, callee }
    }

    /// The segment's failure, else the session's.
    fn failure(&self) -> Option<&'a FailureInfo> {
        self.at.segment.failure_info.as_ref().or(self.at.session.failure_info.as_ref())
    }
}

/// The record's organizer: `organizer_v2`'s identity, else the deprecated `organizer`.
pub fn organizer_identity(record: &CallRecord) -> Option<&IdentitySet> {
    record.organizer_v2.as_ref().and_then(|p| p.identity.as_ref()).or(record.organizer.as_ref())
}

/// The columns of one side, prefixed `Caller_` or `Callee_`.
fn side_columns<'a>(
    prefix: &str,
    pick: for<'r> fn(&'r StreamRow<'a>) -> &'r Side<'a>,
) -> Vec<Column<'a, StreamRow<'a>>> {
    let mut columns = Vec::new();
    for c in endpoint_columns() {
        columns.push(c.prefixed(prefix, move |r: &StreamRow<'a>| pick(r).endpoint));
    }
    for c in network_columns() {
        columns.push(c.prefixed(prefix, move |r: &StreamRow<'a>| pick(r).network));
    }
    for c in device_columns() {
        columns.push(c.prefixed(prefix, move |r: &StreamRow<'a>| pick(r).device));
    }
    columns
}

/// The columns of the `streams` table, in order.
pub fn stream_columns<'a>() -> Vec<Column<'a, StreamRow<'a>>> {
    type R<'a> = StreamRow<'a>;
    let mut columns: Vec<Column<'a, R<'a>>> = vec![
        Column::string("CallId", |r: &R| Some(r.record.id.as_str())),
        Column::string("SessionId", |r: &R| r.at.session.id.as_deref()),
        Column::string("SegmentId", |r: &R| r.at.segment.id.as_deref()),
        Column::string("StreamId", |r: &R| r.at.stream.stream_id.as_deref()),
        Column::string("StreamDirection", |r: &R| Some(r.at.stream.stream_direction.as_ref()?.as_wire())),
        Column::string("MediaLabel", |r: &R| r.at.media.label.as_deref()),
        Column::timestamp("CallStartTime", |r: &R| r.record.start),
        Column::timestamp("CallEndTime", |r: &R| r.record.end),
        Column::timestamp("SessionStartTime", |r: &R| r.at.session.start),
        Column::timestamp("SessionEndTime", |r: &R| r.at.session.end),
        Column::timestamp("SegmentStartTime", |r: &R| r.at.segment.start),
        Column::timestamp("SegmentEndTime", |r: &R| r.at.segment.end),
        Column::timestamp("StreamStartTime", |r: &R| r.at.stream.start),
        Column::timestamp("StreamEndTime", |r: &R| r.at.stream.end),
        Column::timestamp("LastModifiedDateTimeOffset", |r: &R| r.record.last_modified),
        Column::string("CallType", |r: &R| Some(r.record.call_type.as_ref()?.as_wire())),
        Column::string("JoinWebUrl", |r: &R| r.record.join_web_url.as_deref()),
        Column::string("VideoCodec", |r: &R| Some(r.at.stream.video_codec.as_ref()?.as_wire())),
        Column::string("AudioCodec", |r: &R| Some(r.at.stream.audio_codec.as_ref()?.as_wire())),
        Column::bool("WasMediaBypassed", |r: &R| r.at.stream.was_media_bypassed),
        Column::bool("IsAudioForwardErrorCorrectionUsed", |r: &R| r.at.stream.is_audio_forward_error_correction_used),
        Column::string("FailureStage", |r: &R| Some(r.failure()?.stage.as_ref()?.as_wire())),
        Column::string("FailureReason", |r: &R| r.failure()?.reason.as_deref()),
    ];
    columns.extend(STREAM_METRICS.iter().map(|m| Column::float(pascal(m.name), move |r: &R| m.value(r.at.stream))));
    columns.extend([
        Column::string("MediaKind", |r: &R| Some(r.judgement.kind.as_str())),
        Column::string("Verdict", |r: &R| Some(r.judgement.verdict.as_str())),
        // Poor: each breach with its value and limit; Unclassified: why.
        Column::owned("VerdictReasons", |r: &R| Some(r.judgement.reasons().join("; "))),
        Column::owned("VerdictNotReported", |r: &R| Some(r.judgement.not_reported.join(", "))),
        Column::string("RuleSet", |r: &R| Some(r.rules.kind.english_name())),
        // Sender → receiver by display name ("Owen Franklin → Abbie Wilkins").
        Column::string("DirectionLabel", |r: &R| Some(r.judgement.direction.as_str())),
    ]);
    for c in identity_columns() {
        columns.push(c.prefixed("Organizer_", |r: &R| organizer_identity(r.record)));
    }
    columns.extend(side_columns("Caller_", |r| &r.caller));
    columns.extend(side_columns("Callee_", |r| &r.callee));
    columns
}
