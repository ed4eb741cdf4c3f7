//! The limit a rule set applies to one metric of one media kind, and the endpoint (device)
//! limits, in one place for every chart.
//!
//! [`stream_limit`] reads the rule table (`rules.rs`), the same rows the judgement applies, so a
//! chart's limit line and a verdict always agree.
//!
//! Endpoint limits come from the table's device and network checks and [`FindingLimits`], the
//! limits the findings use, so a bar marked over its limit and a finding always agree. Microsoft publishes one of them, in the Teams
//! admin-center Call Analytics docs (`Teams/use-call-analytics-to-troubleshoot-poor-call-
//! quality.md`): a device is "not functioning" when `DeviceRenderNotFunctioningEventRatio` or
//! `DeviceCaptureNotFunctioningEventRatio` is **≥ 0.005**. No limit is published for the other
//! device ratios (glitch, clipping, low speech level, speech-to-noise, CPU insufficient, mute,
//! zero volume) nor for the network event ratios (delay, low bandwidth, received/sent quality);
//! for those the findings use their own ≥ 0.05 (see `findings.rs`), and the charts say so
//! ("viewer's limit, none published") wherever the limit is named.

use super::findings::FindingLimits;
use super::media_kind::MediaKind;
use super::rule_sets::RuleSet;
use super::rules::{breaks, stream_rule, CheckLimit, Cmp, DEVICE_CHECKS, NETWORK_CHECKS};
use crate::model::metrics::{format_value, Unit};

/// A threshold for one metric.
#[derive(Clone, Debug, PartialEq)]
pub struct Limit {
    /// Graph property name.
    pub metric: &'static str,
    /// In the unit of the property (ms, 0–1 ratio, %, fps, MOS points).
    pub value: f64,
    pub unit: Unit,
    /// Which side of the limit is poor.
    pub cmp: Cmp,
    /// For the chart line: "30 ms limit", "7 fps minimum", "0.5 % limit".
    pub text: String,
    /// Where it comes from: "CQD current", "Call Analytics".
    pub source: String,
}

impl Limit {
    fn new(metric: &'static str, value: f64, unit: Unit, cmp: Cmp, source: impl Into<String>) -> Limit {
        let value_text = format_value(Some(value), unit);
        let text = match cmp {
            Cmp::Below => crate::t!("limit-minimum", value = value_text),
            Cmp::Above | Cmp::AtOrAbove => crate::t!("limit-maximum", value = value_text),
        };
        let source = source.into();
        Limit { metric, value, unit, cmp, text, source }
    }

    /// The limit in display units (ratios × 100), for axes.
    pub fn display(&self) -> f64 {
        self.unit.display_value(self.value)
    }

    /// True when `value` (property unit) is on the poor side, exactly as the judgement compares.
    pub fn breaks(&self, value: f64) -> bool {
        breaks(value, self.value, self.cmp)
    }
}

/// The limit `rules` apply to `metric` (a Graph stream property name) for streams of `kind`;
/// `None` when the rule set has no rule for it.
///
/// Conditional parts of the rules (packet-utilization gates, SATIN exemptions, the VBSS
/// inbound/H264S distinctions, video's "first reported metric decides") are not limits: they
/// decide whether a limit counts for one stream, which the judgement records as breaches.
pub fn stream_limit(rules: &RuleSet, metric: &str, kind: MediaKind) -> Option<Limit> {
    let rule = stream_rule(kind, metric)?;
    let value = rule.threshold(&rules.thresholds)?;
    Some(Limit::new(rule.metric.name, value, rule.metric.unit, rule.cmp()?, rules.kind.short_name()))
}

/// Where a not-functioning limit comes from.
pub const PUBLISHED_DEVICE_LIMIT: &str = "Call Analytics";
/// Where the other event-ratio limits come from.
pub const VIEWER_EVENT_LIMIT: &str = "viewer's limit, none published";

/// The limit for a network or device event ratio (see the module doc): ≥ 0.005 (by default)
/// for the capture and render not-functioning ratios (Call Analytics), `limits.event_ratio`
/// for the other ratios; `None` for names that are not event ratios.
pub fn endpoint_limit(metric: &str, limits: &FindingLimits) -> Option<Limit> {
    let device = DEVICE_CHECKS.iter().map(|c| (c.metric.name, c.metric.unit, c.limit));
    let network = NETWORK_CHECKS.iter().map(|c| (c.metric.name, c.metric.unit, c.limit));
    let (name, unit, limit) = device.chain(network).find(|(name, ..)| *name == metric)?;
    let (value, source) = match limit {
        CheckLimit::NotFunctioning => (limits.not_functioning_ratio, PUBLISHED_DEVICE_LIMIT),
        CheckLimit::EventRatio => (limits.event_ratio, VIEWER_EVENT_LIMIT),
        CheckLimit::Glitch | CheckLimit::AnyCount => return None,
    };
    Some(Limit::new(name, value, unit, Cmp::AtOrAbove, source))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tolerance_matches_the_judgement() {
        let rules = RuleSet::cqd_current();
        let jitter = stream_limit(&rules, "averageJitter", MediaKind::Audio).expect("jitter");
        assert!(!jitter.breaks(30.000000000000004) && jitter.breaks(30.01));
    }

    #[test]
    fn limits_follow_metric_and_kind() {
        let rules =
            RuleSet { kind: crate::judge::RuleSetKind::CqdCurrent, thresholds: RuleSet::cqd_current().thresholds };
        let jitter = stream_limit(&rules, "averageJitter", MediaKind::Audio).expect("audio jitter limit");
        assert_eq!(
            (jitter.value, jitter.text.as_str(), jitter.source),
            (30.0, "30 ms limit", "CQD current".to_string())
        );
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
        assert_eq!((l.text.as_str(), l.source), ("0.5 % limit", PUBLISHED_DEVICE_LIMIT.to_string()));
        let glitch = endpoint_limit("deviceGlitchEventRatio", &limits).expect("glitch");
        assert_eq!((glitch.value, glitch.source), (0.05, VIEWER_EVENT_LIMIT.to_string()));
        assert_eq!(endpoint_limit("delayEventRatio", &limits).map(|l| l.value), Some(0.05));
        assert_eq!(endpoint_limit("micGlitchRate", &limits), None);
        assert_eq!(endpoint_limit("wifiSignalStrength", &limits), None);
    }
}
