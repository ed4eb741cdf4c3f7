//! Quality verdicts: every stream judged Good, Poor or Unclassified under a named rule set
//! (CQD current, CQD classic, network targets, or custom thresholds), with the reason, and
//! rolled up to media, segment, session and call.
//!
//! A metric that is not reported is never counted as good: a stream whose deciding metrics are
//! missing is Unclassified, and says which were missing.

use crate::record::{CallRecord, StreamPath, StreamRef};

/// The published rule sets, plus the user's own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RuleSetKind {
    /// CQD stream classification as published since 2022 (default).
    CqdCurrent,
    /// CQD before 2022: adds audio degradation > 1.0 and concealed ratio > 0.07.
    CqdClassic,
    /// CQD 2021 interim: classic, but degradation and concealed ratio skipped for SATIN.
    CqdInterim,
    /// Microsoft's network requirements (client to Microsoft edge), for planning.
    NetworkTargets,
    /// Thresholds edited by the user, starting from another set.
    Custom,
}

/// The thresholds a rule set applies. `None` means the rule is not part of the set.
#[derive(Clone, Debug, PartialEq)]
pub struct Thresholds {
    /// Audio is classified only when packetUtilization is greater than this.
    pub audio_packet_utilization_gate: Option<f64>,
    /// Poor when averageRoundTripTime (ms) is greater.
    pub audio_round_trip_ms: Option<f64>,
    /// Poor when averagePacketLossRate (0–1) is greater.
    pub audio_packet_loss_rate: Option<f64>,
    /// Poor when averageJitter (ms) is greater.
    pub audio_jitter_ms: Option<f64>,
    /// Poor when averageAudioDegradation (MOS points) is greater.
    pub audio_degradation: Option<f64>,
    /// Poor when averageRatioOfConcealedSamples (0–1) is greater.
    pub audio_concealed_ratio: Option<f64>,
    /// Skip degradation and concealed ratio for SATIN codecs (the interim rules).
    pub skip_degradation_and_concealed_for_satin: bool,
    /// Video is classified only when packetUtilization is greater than this.
    pub video_packet_utilization_gate: Option<f64>,
    /// Video, first reported metric decides: frame loss % (0–100) greater than this is poor…
    pub video_frame_loss_percent: Option<f64>,
    /// …else frame rate (fps) lower than this…
    pub video_frame_rate_min: Option<f64>,
    /// …else post-FEC packet loss rate (0–1) greater than this.
    pub video_post_fec_loss_rate: Option<f64>,
    /// Video-based screen sharing: frame loss % greater than this (current rules: only for
    /// non-H264S inbound streams).
    pub vbss_frame_loss_percent: Option<f64>,
    /// Video-based screen sharing: frame rate lower than this.
    pub vbss_frame_rate_min: Option<f64>,
    /// Video-based screen sharing: post-FEC loss (classic rules only).
    pub vbss_post_fec_loss_rate: Option<f64>,
    /// The current VBSS distinctions (H264S, inbound/outbound) apply.
    pub vbss_current_distinctions: bool,
}

/// A named rule set: what the page says it applies.
#[derive(Clone, Debug, PartialEq)]
pub struct RuleSet {
    pub kind: RuleSetKind,
    pub thresholds: Thresholds,
}

/// How a stream is known to be audio, video or sharing (decided in one place: [`media_kind`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MediaKind {
    Audio,
    Video,
    VideoBasedScreenSharing,
    /// RDP application sharing: CQD's rules use metrics Graph does not have.
    ApplicationSharing,
    Data,
    Unknown,
}

/// The outcome for one stream, or the roll-up of many.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Verdict {
    Good,
    Unclassified,
    Poor,
}

/// A metric that broke its threshold: "packet loss 12.4 % > 10 %".
#[derive(Clone, Debug, PartialEq)]
pub struct Breach {
    /// Graph property name, e.g. `averagePacketLossRate`.
    pub metric: &'static str,
    /// As measured, in the unit of the property (ms, 0–1 ratio, %, fps, MOS points).
    pub value: f64,
    pub limit: f64,
    /// Human text with units, e.g. "packet loss 12.4 % > 10 %".
    pub text: String,
}

/// The verdict on one stream, with everything needed to explain it.
#[derive(Clone, Debug, PartialEq)]
pub struct StreamJudgement {
    pub path: StreamPath,
    pub kind: MediaKind,
    pub verdict: Verdict,
    /// Every metric that broke its threshold (Poor).
    pub breaches: Vec<Breach>,
    /// Why it could not be classified (Unclassified), e.g. "packet utilization 312 ≤ 500".
    pub unclassified_reasons: Vec<String>,
    /// Sender → receiver by display name, e.g. "Owen Franklin → Abbie Wilkins".
    pub direction: String,
}

/// Counts of stream verdicts under a node.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub good: usize,
    pub poor: usize,
    pub unclassified: usize,
}

/// Every stream of a record judged, with roll-ups.
#[derive(Clone, Debug, PartialEq)]
pub struct RecordJudgement {
    pub rules: RuleSetKind,
    /// In the order of [`CallRecord::streams`].
    pub streams: Vec<StreamJudgement>,
}

/// What a finding is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FindingKind {
    Feedback,
    Failure,
    Device,
    Network,
}

/// Something wrong beyond the stream rules, with its evidence.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    pub kind: FindingKind,
    /// Display name of whom it concerns.
    pub who: String,
    /// One line: "rated the call poor", "microphone not functioning".
    pub title: String,
    /// The data behind it: "captureNotFunctioningEventRatio 0.02 ≥ 0.005".
    pub evidence: String,
    /// Where: session index, and segment / media index when it is that specific.
    pub session: Option<usize>,
    pub segment: Option<usize>,
    pub media: Option<usize>,
}

/// The media kind of a stream (see [`MediaKind`]).
pub fn media_kind(stream: &StreamRef<'_>) -> MediaKind {
    let _ = stream;
    unimplemented!("quality helper")
}

impl RuleSet {
    pub fn cqd_current() -> RuleSet {
        unimplemented!("quality helper")
    }
}

/// Judges every stream of a record.
pub fn judge_record(record: &CallRecord, rules: &RuleSet) -> RecordJudgement {
    let _ = (record, rules);
    unimplemented!("quality helper")
}

/// Findings beyond the stream rules: feedback, failures, devices, networks.
pub fn findings(record: &CallRecord) -> Vec<Finding> {
    let _ = record;
    unimplemented!("quality helper")
}
