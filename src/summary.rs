//! The JSON summary printed by `callrecords summary`: counts, diagnostics, and every record down
//! to each stream with its direction, sender, receiver and metrics (ms and 0–1 ratios).

use crate::datetime::UtcInstant;
use crate::diagnostic::Diagnostic;
use crate::ingest::{Counts, Dataset, SourceReport};
use crate::record::{CallRecord, Endpoint, MediaStream, StreamRef};
use serde::Serialize;

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Summary<'a> {
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
    pub only_pages_loaded: bool,
    pub sessions: Vec<SessionSummary<'a>>,
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
    pub metrics: &'a MediaStream,
}

impl Serialize for MediaStream {
    /// Metrics in ms / ratio units, as parsed; `null` when not reported.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = s.serialize_map(None)?;
        for (name, value) in self.metric_values() {
            map.serialize_entry(name, &value)?;
        }
        map.serialize_entry("audioCodec", &self.audio_codec)?;
        map.serialize_entry("videoCodec", &self.video_codec)?;
        map.serialize_entry("wasMediaBypassed", &self.was_media_bypassed)?;
        map.serialize_entry("isAudioForwardErrorCorrectionUsed", &self.is_audio_forward_error_correction_used)?;
        map.end()
    }
}

impl MediaStream {
    /// Every numeric metric with its Graph name (durations in ms).
    pub fn metric_values(&self) -> [(&'static str, Option<f64>); 23] {
        [
            ("averageAudioDegradation", self.average_audio_degradation),
            ("averageJitterMs", self.average_jitter),
            ("maxJitterMs", self.max_jitter),
            ("averageAudioNetworkJitterMs", self.average_audio_network_jitter),
            ("maxAudioNetworkJitterMs", self.max_audio_network_jitter),
            ("averageRoundTripTimeMs", self.average_round_trip_time),
            ("maxRoundTripTimeMs", self.max_round_trip_time),
            ("averagePacketLossRate", self.average_packet_loss_rate),
            ("maxPacketLossRate", self.max_packet_loss_rate),
            ("averageRatioOfConcealedSamples", self.average_ratio_of_concealed_samples),
            ("maxRatioOfConcealedSamples", self.max_ratio_of_concealed_samples),
            ("averageBandwidthEstimate", self.average_bandwidth_estimate),
            ("packetUtilization", self.packet_utilization),
            ("postForwardErrorCorrectionPacketLossRate", self.post_forward_error_correction_packet_loss_rate),
            ("averageVideoPacketLossRate", self.average_video_packet_loss_rate),
            ("averageVideoFrameLossPercentage", self.average_video_frame_loss_percentage),
            ("averageVideoFrameRate", self.average_video_frame_rate),
            ("averageReceivedFrameRate", self.average_received_frame_rate),
            ("lowFrameRateRatio", self.low_frame_rate_ratio),
            ("lowVideoProcessingCapabilityRatio", self.low_video_processing_capability_ratio),
            ("averageFreezeDurationMs", self.average_freeze_duration),
            ("rmsFreezeDurationMs", self.rms_freeze_duration),
            ("startEpochMs", self.start.map(|t| t.0 as f64)),
        ]
    }
}

fn stream_summary<'a>(s: &StreamRef<'a>) -> StreamSummary<'a> {
    let (from, to) = s.sender_receiver();
    let name = |e: Option<&Endpoint>| e.map(Endpoint::display_name).unwrap_or_else(|| "unknown endpoint".into());
    StreamSummary {
        stream_id: s.stream.stream_id.as_deref(),
        segment_id: s.segment.id.as_deref(),
        media_label: s.media.label.as_deref(),
        direction: s.stream.stream_direction.as_ref().map(|d| d.as_wire()),
        sender: name(from),
        receiver: name(to),
        metrics: s.stream,
    }
}

pub fn record_summary(record: &CallRecord) -> RecordSummary<'_> {
    let mut sessions: Vec<SessionSummary<'_>> = record
        .sessions
        .iter()
        .map(|s| SessionSummary {
            id: s.id.as_deref(),
            caller: s.caller.as_ref().map(Endpoint::display_name),
            callee: s.callee.as_ref().map(Endpoint::display_name),
            start: s.start,
            end: s.end,
            streams: Vec::new(),
        })
        .collect();
    for stream in record.streams() {
        sessions[stream.path.session].streams.push(stream_summary(&stream));
    }
    RecordSummary {
        id: &record.id,
        call_type: record.call_type.as_ref().map(|t| t.as_wire()),
        version: record.version,
        start: record.start,
        end: record.end,
        organizer: record.organizer_name(),
        participants: record.participant_names(),
        more_sessions: record.more_sessions,
        only_pages_loaded: record.placeholder,
        sessions,
    }
}

pub fn summarise(dataset: &Dataset) -> Summary<'_> {
    Summary {
        counts: dataset.counts(),
        sources: &dataset.sources,
        diagnostics: &dataset.diagnostics,
        records: dataset.records.iter().map(record_summary).collect(),
    }
}
