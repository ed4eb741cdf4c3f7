//! The JSON summary printed by `callrecords summary`: the rule set applied, counts, diagnostics,
//! and every record down to each stream with its direction, sender, receiver, metrics (ms and
//! 0–1 ratios), media kind and verdict with reasons; per record the call's tally, the findings
//! and a plain-language summary.

use super::text::summarize_call;
use crate::judge::{findings, judge_record, Finding, Reason, RuleSet, StreamJudgement};
use crate::model::datetime::UtcInstant;
use crate::model::diagnostic::Diagnostic;
use crate::model::identity::Names;
use crate::model::record::{CallRecord, Endpoint, MediaStream, StreamRef};
use crate::model::{Counts, Dataset, SourceReport};
use serde::Serialize;

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Summary<'a> {
    /// The rule set the verdicts apply.
    pub rules: RulesSummary,
    pub counts: Counts,
    pub sources: &'a [SourceReport],
    pub diagnostics: &'a [Diagnostic],
    pub records: Vec<RecordSummary<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RecordSummary<'a> {
    pub id: &'a str,
    #[serde(rename = "type")]
    pub call_type: Option<&'a str>,
    pub version: Option<i64>,
    pub start: Option<UtcInstant>,
    pub end: Option<UtcInstant>,
    pub organizer: Option<String>,
    pub participants: Vec<String>,
    pub more_sessions: bool,
    /// Sessions lost to a syntax error in the file (the record is incomplete).
    #[serde(skip_serializing_if = "is_zero")]
    pub lost_sessions: usize,
    pub only_pages_loaded: bool,
    /// Roll-up of the stream verdicts: "good" | "poor" | "unclassified".
    pub verdict: &'static str,
    /// "2 of 6 streams poor, 1 unclassified".
    pub tally: String,
    pub findings: Vec<Finding>,
    /// The call in 2–4 plain sentences.
    pub summary: String,
    pub sessions: Vec<SessionSummary<'a>>,
}

/// The rule set: its command-line id and the name the page shows.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RulesSummary {
    pub id: &'static str,
    pub name: String,
    pub source: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SessionSummary<'a> {
    pub id: Option<&'a str>,
    pub caller: Option<String>,
    pub callee: Option<String>,
    pub start: Option<UtcInstant>,
    pub end: Option<UtcInstant>,
    pub streams: Vec<StreamSummary<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StreamSummary<'a> {
    pub stream_id: Option<&'a str>,
    pub segment_id: Option<&'a str>,
    pub media_label: Option<&'a str>,
    pub direction: Option<&'a str>,
    pub sender: String,
    pub receiver: String,
    /// `audio`, `video`, `videoBasedScreenSharing`, `applicationSharing`, `data`, `unknown`.
    pub media_kind: &'static str,
    /// `good` | `poor` | `unclassified`.
    pub verdict: &'static str,
    /// Breach texts (poor) or unclassified reasons; empty when good.
    pub reasons: Vec<String>,
    /// Graph names of metrics the rules needed that were not reported.
    pub not_reported: Vec<&'static str>,
    pub notes: Vec<String>,
    pub metrics: StreamMetrics<'a>,
}

/// A stream's metrics as the summary writes them: ms and ratio units, `null` when not reported
/// (not Graph's shape: durations are numbers, with `Ms` in their names).
pub struct StreamMetrics<'a>(pub &'a MediaStream);

impl Serialize for StreamMetrics<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let stream = self.0;
        let mut map = s.serialize_map(None)?;
        for (name, value) in stream.metric_values() {
            map.serialize_entry(name, &value)?;
        }
        map.serialize_entry("audioCodec", &stream.audio_codec)?;
        map.serialize_entry("videoCodec", &stream.video_codec)?;
        map.serialize_entry("wasMediaBypassed", &stream.was_media_bypassed)?;
        map.serialize_entry("isAudioForwardErrorCorrectionUsed", &stream.is_audio_forward_error_correction_used)?;
        map.end()
    }
}

impl MediaStream {
    /// Every numeric metric with its Graph name (durations in ms).
    pub fn metric_values(&self) -> [(&'static str, Option<f64>); 23] {
        [
            ("averageAudioDegradation", self.average_audio_degradation.get()),
            ("averageJitterMs", self.average_jitter.get()),
            ("maxJitterMs", self.max_jitter.get()),
            ("averageAudioNetworkJitterMs", self.average_audio_network_jitter.get()),
            ("maxAudioNetworkJitterMs", self.max_audio_network_jitter.get()),
            ("averageRoundTripTimeMs", self.average_round_trip_time.get()),
            ("maxRoundTripTimeMs", self.max_round_trip_time.get()),
            ("averagePacketLossRate", self.average_packet_loss_rate.get()),
            ("maxPacketLossRate", self.max_packet_loss_rate.get()),
            ("averageRatioOfConcealedSamples", self.average_ratio_of_concealed_samples.get()),
            ("maxRatioOfConcealedSamples", self.max_ratio_of_concealed_samples.get()),
            ("averageBandwidthEstimate", self.average_bandwidth_estimate.get()),
            ("packetUtilization", self.packet_utilization.get()),
            ("postForwardErrorCorrectionPacketLossRate", self.post_forward_error_correction_packet_loss_rate.get()),
            ("averageVideoPacketLossRate", self.average_video_packet_loss_rate.get()),
            ("averageVideoFrameLossPercentage", self.average_video_frame_loss_percentage.get()),
            ("averageVideoFrameRate", self.average_video_frame_rate.get()),
            ("averageReceivedFrameRate", self.average_received_frame_rate.get()),
            ("lowFrameRateRatio", self.low_frame_rate_ratio.get()),
            ("lowVideoProcessingCapabilityRatio", self.low_video_processing_capability_ratio.get()),
            ("averageFreezeDurationMs", self.average_freeze_duration.get()),
            ("rmsFreezeDurationMs", self.rms_freeze_duration.get()),
            ("startEpochMs", self.start.map(|t| t.0 as f64)),
        ]
    }
}

fn stream_summary<'a>(s: &StreamRef<'a>, judgement: Option<&StreamJudgement>, names: &Names) -> StreamSummary<'a> {
    let (from, to) = s.sender_receiver();
    let name = |e: Option<&Endpoint>| e.map_or_else(|| "unknown endpoint".into(), |e| e.display_name_in(names));
    StreamSummary {
        stream_id: s.stream.stream_id.as_deref(),
        segment_id: s.segment.id.as_deref(),
        media_label: s.media.label.as_deref(),
        direction: s.stream.stream_direction.as_ref().map(|d| d.as_wire()),
        sender: name(from),
        receiver: name(to),
        media_kind: judgement.map_or("unknown", |j| j.kind.as_str()),
        verdict: judgement.map_or("unclassified", |j| j.verdict.as_str()),
        reasons: judgement.map(StreamJudgement::reasons).unwrap_or_default(),
        not_reported: judgement.map(|j| j.not_reported.clone()).unwrap_or_default(),
        notes: judgement.map(|j| j.notes.iter().map(Reason::text).collect()).unwrap_or_default(),
        metrics: StreamMetrics(s.stream),
    }
}

/// One record under the default rules (CQD current).
pub fn record_summary(record: &CallRecord) -> RecordSummary<'_> {
    record_summary_with(record, &RuleSet::default())
}

/// One record under the given rules.
pub fn record_summary_with<'a>(record: &'a CallRecord, rules: &RuleSet) -> RecordSummary<'a> {
    let judgement = judge_record(record, rules);
    let found = findings(record);
    let mut sessions: Vec<SessionSummary<'_>> = record
        .sessions
        .iter()
        .map(|s| SessionSummary {
            id: s.id.as_deref(),
            caller: s.caller.as_ref().map(|e| e.display_name_in(&judgement.names)),
            callee: s.callee.as_ref().map(|e| e.display_name_in(&judgement.names)),
            start: s.start,
            end: s.end,
            streams: Vec::new(),
        })
        .collect();
    for stream in record.streams() {
        let summary = stream_summary(&stream, judgement.stream(stream.path), &judgement.names);
        if let Some(session) = sessions.get_mut(stream.path.session) {
            session.streams.push(summary);
        }
    }
    let tally = judgement.tally_call();
    RecordSummary {
        id: &record.id,
        call_type: record.call_type.as_ref().map(|t| t.as_wire()),
        version: record.version,
        start: record.start,
        end: record.end,
        organizer: record.organizer_name_in(&judgement.names),
        participants: record.participant_names_in(&judgement.names),
        more_sessions: record.more_sessions,
        lost_sessions: record.lost_sessions,
        only_pages_loaded: record.placeholder,
        verdict: tally.verdict().as_str(),
        tally: tally.describe(),
        summary: summarize_call(record, &judgement, &found),
        findings: found,
        sessions,
    }
}

/// Everything loaded, under the default rules (CQD current).
pub fn summarise(dataset: &Dataset) -> Summary<'_> {
    summarise_with(dataset, &RuleSet::default())
}

/// Everything loaded, under the given rules.
pub fn summarise_with<'a>(dataset: &'a Dataset, rules: &RuleSet) -> Summary<'a> {
    Summary {
        rules: RulesSummary { id: rules.kind.cli_name(), name: rules.name(), source: rules.kind.source() },
        counts: dataset.counts(),
        sources: &dataset.sources,
        diagnostics: &dataset.diagnostics,
        records: dataset.records.iter().map(|r| record_summary_with(r, rules)).collect(),
    }
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}
