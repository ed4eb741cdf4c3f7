//! The limit a rule set applies to one metric of one media kind, and the endpoint (device)
//! limits, in one place for every chart.
//!
//! [`stream_limit`] reads [`Thresholds`]; it is the only place the charts map a Graph metric
//! name to a threshold field. It belongs in `quality.rs` next to the rules (the judgement uses
//! the same mapping); it lives here until it moves.
//!
//! Endpoint limits come from [`FindingLimits`], the limits the findings use, so a bar marked
//! over its limit and a finding always agree. Microsoft publishes one of them, in the Teams
//! admin-center Call Analytics docs (`Teams/use-call-analytics-to-troubleshoot-poor-call-
//! quality.md`): a device is "not functioning" when `DeviceRenderNotFunctioningEventRatio` or
//! `DeviceCaptureNotFunctioningEventRatio` is **≥ 0.005**. No limit is published for the other
//! device ratios (glitch, clipping, low speech level, speech-to-noise, CPU insufficient, mute,
//! zero volume) nor for the network event ratios (delay, low bandwidth, received/sent quality);
//! for those the findings use their own ≥ 0.05 (see `findings.rs`), and the charts say so
//! ("viewer's limit, none published") wherever the limit is named.

use crate::judge::{FindingLimits, MediaKind, RuleSet, Thresholds};
use crate::model::metrics::{format_value, Metric, Unit, DEVICE_METRICS, NETWORK_METRICS, STREAM_METRICS};
use crate::model::record::MediaStream;

/// Which side of the limit is poor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LimitDirection {
    /// Poor when the value is greater (`inclusive`: or equal).
    PoorAbove { inclusive: bool },
    /// Poor when the value is lower.
    PoorBelow,
}

/// A threshold for one metric.
#[derive(Clone, Debug, PartialEq)]
pub struct Limit {
    /// Graph property name.
    pub metric: &'static str,
    /// In the unit of the property (ms, 0–1 ratio, %, fps, MOS points).
    pub value: f64,
    pub unit: Unit,
    pub direction: LimitDirection,
    /// For the chart line: "30 ms limit", "7 fps minimum", "0.5 % limit".
    pub text: String,
    /// Where it comes from: "CQD current", "Call Analytics".
    pub source: &'static str,
}

impl Limit {
    fn new(metric: &'static str, value: f64, unit: Unit, direction: LimitDirection, source: &'static str) -> Limit {
        let word = match direction {
            LimitDirection::PoorAbove { .. } => "limit",
            LimitDirection::PoorBelow => "minimum",
        };
        let text = format!("{} {word}", format_value(Some(value), unit));
        Limit { metric, value, unit, direction, text, source }
    }

    /// The limit in display units (ratios × 100), for axes.
    pub fn display(&self) -> f64 {
        self.unit.display_value(self.value)
    }

    /// True when `value` (property unit) is on the poor side, with the judgement's relative
    /// tolerance of 1e-9 (so `PT0.03S`, 30.000000000000004 ms, sits on a 30 ms limit).
    pub fn breaks(&self, value: f64) -> bool {
        let tolerance = 1e-9 * self.value.abs().max(1.0);
        match self.direction {
            LimitDirection::PoorAbove { inclusive: false } => value > self.value + tolerance,
            LimitDirection::PoorAbove { inclusive: true } => value >= self.value - tolerance,
            LimitDirection::PoorBelow => value < self.value - tolerance,
        }
    }
}

/// A usable measurement: finite and not negative. Every charted metric is a duration, ratio,
/// percentage, rate or MOS difference, none of which can be below zero, so (as in the
/// judgement) a negative value — generated doc stubs carry `-PT3M16S` — counts as not reported.
pub(crate) fn measured(value: Option<f64>) -> Option<f64> {
    value.filter(|v| v.is_finite() && *v >= 0.0)
}

/// The catalogue entry of a stream metric.
pub(crate) fn stream_metric(name: &str) -> Option<&'static Metric<MediaStream>> {
    STREAM_METRICS.iter().find(|m| m.name == name)
}

/// The threshold field of `t` that judges `metric` for `kind`, with its direction.
fn threshold_field(t: &Thresholds, metric: &str, kind: MediaKind) -> Option<(f64, LimitDirection)> {
    let above = LimitDirection::PoorAbove { inclusive: false };
    let below = LimitDirection::PoorBelow;
    let field = match (kind, metric) {
        (MediaKind::Audio, "averageRoundTripTime") => (t.audio_round_trip_ms, above),
        (MediaKind::Audio, "averagePacketLossRate") => (t.audio_packet_loss_rate, above),
        (MediaKind::Audio, "averageJitter") => (t.audio_jitter_ms, above),
        (MediaKind::Audio, "averageAudioDegradation") => (t.audio_degradation, above),
        (MediaKind::Audio, "averageRatioOfConcealedSamples") => (t.audio_concealed_ratio, above),
        (MediaKind::Video, "averageVideoFrameLossPercentage") => (t.video_frame_loss_percent, above),
        (MediaKind::Video, "averageVideoFrameRate") => (t.video_frame_rate_min, below),
        (MediaKind::Video, "postForwardErrorCorrectionPacketLossRate") => (t.video_post_fec_loss_rate, above),
        (MediaKind::VideoBasedScreenSharing, "averageVideoFrameLossPercentage") => (t.vbss_frame_loss_percent, above),
        (MediaKind::VideoBasedScreenSharing, "averageVideoFrameRate") => (t.vbss_frame_rate_min, below),
        (MediaKind::VideoBasedScreenSharing, "postForwardErrorCorrectionPacketLossRate") => {
            (t.vbss_post_fec_loss_rate, above)
        }
        _ => return None,
    };
    let (value, direction) = field;
    value.filter(|v| v.is_finite()).map(|v| (v, direction))
}

/// The limit `rules` apply to `metric` (a Graph stream property name) for streams of `kind`;
/// `None` when the rule set has no rule for it.
///
/// Conditional parts of the rules (packet-utilization gates, SATIN exemptions, the VBSS
/// inbound/H264S distinctions, video's "first reported metric decides") are not limits: they
/// decide whether a limit counts for one stream, which the judgement records as breaches.
pub fn stream_limit(rules: &RuleSet, metric: &str, kind: MediaKind) -> Option<Limit> {
    let (value, direction) = threshold_field(&rules.thresholds, metric, kind)?;
    let entry = stream_metric(metric)?;
    Some(Limit::new(entry.name, value, entry.unit, direction, rules.kind.short_name()))
}

/// Where a not-functioning limit comes from.
pub const PUBLISHED_DEVICE_LIMIT: &str = "Call Analytics";
/// Where the other event-ratio limits come from.
pub const VIEWER_EVENT_LIMIT: &str = "viewer's limit, none published";

/// The limit for a network or device event ratio (see the module doc): ≥ 0.005 (by default)
/// for the capture and render not-functioning ratios (Call Analytics), `limits.event_ratio`
/// for the other ratios; `None` for names that are not event ratios.
pub fn endpoint_limit(metric: &str, limits: &FindingLimits) -> Option<Limit> {
    let inclusive = LimitDirection::PoorAbove { inclusive: true };
    if let Some(entry) =
        DEVICE_METRICS.iter().find(|m| m.name == metric && m.name.ends_with("NotFunctioningEventRatio"))
    {
        return Some(Limit::new(
            entry.name,
            limits.not_functioning_ratio,
            entry.unit,
            inclusive,
            PUBLISHED_DEVICE_LIMIT,
        ));
    }
    let device = DEVICE_METRICS.iter().map(|m| (m.name, m.unit));
    let network = NETWORK_METRICS.iter().map(|m| (m.name, m.unit));
    let (name, unit) = device.chain(network).find(|(name, unit)| *name == metric && *unit == Unit::Ratio)?;
    Some(Limit::new(name, limits.event_ratio, unit, inclusive, VIEWER_EVENT_LIMIT))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn thresholds() -> Thresholds {
        RuleSet::cqd_current().thresholds
    }

    #[test]
    fn tolerance_matches_the_judgement() {
        let rules = RuleSet::cqd_current();
        let jitter = stream_limit(&rules, "averageJitter", MediaKind::Audio).expect("jitter");
        assert!(!jitter.breaks(30.000000000000004) && jitter.breaks(30.01));
    }

    #[test]
    fn limits_follow_metric_and_kind() {
        let rules = RuleSet { kind: crate::judge::RuleSetKind::CqdCurrent, thresholds: thresholds() };
        let jitter = stream_limit(&rules, "averageJitter", MediaKind::Audio).expect("audio jitter limit");
        assert_eq!((jitter.value, jitter.text.as_str(), jitter.source), (30.0, "30 ms limit", "CQD current"));
        let loss = stream_limit(&rules, "averagePacketLossRate", MediaKind::Audio).expect("loss");
        assert_eq!((loss.display(), loss.text.as_str()), (10.0, "10 % limit"));
        assert!(loss.breaks(0.11) && !loss.breaks(0.1));
        assert_eq!(stream_limit(&rules, "averageJitter", MediaKind::Video), None);
        assert_eq!(stream_limit(&rules, "averageAudioDegradation", MediaKind::Audio), None);
        let fps = stream_limit(&rules, "averageVideoFrameRate", MediaKind::Video).expect("fps");
        assert_eq!(fps.text, "7 fps minimum");
        assert!(fps.breaks(5.0) && !fps.breaks(7.0));
        assert_eq!(
            stream_limit(&rules, "averageVideoFrameRate", MediaKind::VideoBasedScreenSharing).map(|l| l.value),
            Some(1.0)
        );
        assert_eq!(stream_limit(&rules, "maxJitter", MediaKind::Audio), None);
    }

    #[test]
    fn device_limit_is_inclusive() {
        let limits = FindingLimits::default();
        let l = endpoint_limit("renderNotFunctioningEventRatio", &limits).expect("render");
        assert!(l.breaks(0.005) && !l.breaks(0.0049));
        assert_eq!((l.text.as_str(), l.source), ("0.5 % limit", PUBLISHED_DEVICE_LIMIT));
        let glitch = endpoint_limit("deviceGlitchEventRatio", &limits).expect("glitch");
        assert_eq!((glitch.value, glitch.source), (0.05, VIEWER_EVENT_LIMIT));
        assert_eq!(endpoint_limit("delayEventRatio", &limits).map(|l| l.value), Some(0.05));
        assert_eq!(endpoint_limit("micGlitchRate", &limits), None);
        assert_eq!(endpoint_limit("wifiSignalStrength", &limits), None);
    }
}
