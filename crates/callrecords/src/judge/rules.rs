//! The rule table: every stream rule and packet-utilization gate ([`RULES`]), every device and
//! network check ([`DEVICE_CHECKS`], [`NETWORK_CHECKS`]), the one comparison they all use
//! ([`breaks`]) and the one test of what counts as a measurement ([`measured`]).
//!
//! The judge, the chart limit lines, the limits editor, the rule-set descriptions and the
//! findings all read these tables, so a rule's metric, comparison, words, threshold field and
//! editor label are each written once. Metrics are named by their Graph property and looked up
//! in the catalogue ([`crate::model::metrics`]) at compile time: a name that is not there does
//! not compile.
//!
//! # Boundaries
//!
//! Every stream threshold is strict ("> 500 ms" is poor only above 500 ms, "< 7 fps" only below
//! 7 fps). The endpoint event ratios are published as "≥" and compare so. Each comparison has a
//! relative tolerance of 1e-9, so that `PT0.03S` (30.000000000000004 ms after the decimal
//! conversion) is exactly 30 ms. See [`crate::judge`] for why the network targets use the same
//! strict semantics.

use super::media_kind::MediaKind;
use crate::model::metrics::{find_metric, Metric, Unit, DEVICE_METRICS, NETWORK_METRICS, STREAM_METRICS};
use crate::model::record::{DeviceInfo, MediaStream, NetworkInfo};

/// How a value is compared with its limit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cmp {
    /// Poor strictly above the limit.
    Above,
    /// Poor at or above the limit (the endpoint event ratios).
    AtOrAbove,
    /// Poor strictly below the limit.
    Below,
}

impl Cmp {
    /// `>`, `≥`, `<`.
    pub fn symbol(self) -> &'static str {
        match self {
            Cmp::Above => ">",
            Cmp::AtOrAbove => "≥",
            Cmp::Below => "<",
        }
    }

    /// The complement, for "not poor" texts: `≤`, `<`, `≥`.
    pub fn complement(self) -> &'static str {
        match self {
            Cmp::Above => "≤",
            Cmp::AtOrAbove => "<",
            Cmp::Below => "≥",
        }
    }

    /// "limit" for a ceiling, "minimum" for a floor (chart lines: "30 ms limit").
    pub fn noun(self) -> String {
        match self {
            Cmp::Above | Cmp::AtOrAbove => crate::t!("cmp-limit"),
            Cmp::Below => crate::t!("cmp-minimum"),
        }
    }
}

/// True when `value` is on the poor side of `limit`, with a relative tolerance of 1e-9.
pub fn breaks(value: f64, limit: f64, cmp: Cmp) -> bool {
    let tolerance = 1e-9 * limit.abs().max(1.0);
    match cmp {
        Cmp::Above => value > limit + tolerance,
        Cmp::AtOrAbove => value >= limit - tolerance,
        Cmp::Below => value < limit - tolerance,
    }
}

/// A usable measurement: finite and not negative. Every judged or charted metric is a
/// duration, ratio, percentage, rate, count or MOS difference, none of which can be below zero,
/// so a negative value (generated doc stubs carry `-PT3M16S`) counts as not reported.
pub fn measured(value: impl Into<Option<f64>>) -> Option<f64> {
    value.into().filter(|v| v.is_finite() && *v >= 0.0)
}

/// The thresholds a rule set applies. `None` means the rule is not part of the set. Each field
/// is read and written through [`RULES`] (except the two switches).
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

/// What a stream rule does with its threshold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// The stream is poor when its metric compares so with the threshold.
    Limit(Cmp),
    /// The media is judged only when its metric is above the threshold (packetUtilization).
    Gate,
}

/// One row of the rule table: a Graph stream metric, for one media kind, and what the rule set's
/// threshold field does with it.
pub struct StreamRule {
    /// Stable id, also the limits editor's input id: `audio_rtt`.
    pub id: &'static str,
    pub media: MediaKind,
    /// The catalogue entry: Graph name, unit, how to read it from a stream.
    pub metric: &'static Metric<MediaStream>,
    /// How a reason names the metric: "round trip" ("round trip 612 ms > 500 ms").
    pub words: &'static str,
    pub role: Role,
    /// Skipped for SATIN audio by rule sets that say so (CQD interim).
    pub satin_exempt: bool,
    /// The limits editor's label: "Audio round trip over".
    pub label: &'static str,
    /// The unit the user types the threshold in ("ms", "%", "fps", "MOS points", "packets").
    pub unit: &'static str,
    /// Multiply the stored value by this to get what the user types (100 for 0–1 ratios).
    pub scale: f64,
    pub get: fn(&Thresholds) -> Option<f64>,
    pub set: fn(&mut Thresholds, Option<f64>),
}

impl StreamRule {
    #[allow(clippy::too_many_arguments)]
    const fn new(
        id: &'static str,
        media: MediaKind,
        metric: &'static str,
        words: &'static str,
        role: Role,
        satin_exempt: bool,
        label: &'static str,
        get: fn(&Thresholds) -> Option<f64>,
        set: fn(&mut Thresholds, Option<f64>),
    ) -> StreamRule {
        let metric = find_metric(STREAM_METRICS, metric);
        let (unit, scale) = typed_unit(metric.unit);
        StreamRule { id, media, metric, words, role, satin_exempt, label, unit, scale, get, set }
    }

    /// The limits editor's label in the current language ("Audio round trip over").
    pub fn label(&self) -> String {
        crate::i18n::lookup(&format!("rule-label-{}", self.id), &[]).unwrap_or_else(|| self.label.to_string())
    }

    /// How a reason names the metric, in the current language ("round trip").
    pub fn words(&self) -> String {
        crate::i18n::lookup(&format!("rule-words-{}", self.id), &[]).unwrap_or_else(|| self.words.to_string())
    }

    /// The unit the threshold is typed in, in the current language ("ms", "мс").
    pub fn unit_text(&self) -> String {
        match self.unit {
            "ms" => crate::t!("unit-ms-short"),
            "fps" => crate::t!("unit-fps-short"),
            "MOS points" => crate::t!("unit-mos-points"),
            "packets" => crate::t!("unit-packets-short"),
            unit => unit.to_string(),
        }
    }

    /// The comparison of a limit rule; `None` for a gate.
    pub fn cmp(&self) -> Option<Cmp> {
        match self.role {
            Role::Limit(cmp) => Some(cmp),
            Role::Gate => None,
        }
    }

    /// The threshold in `t`, when the rule set has one (and it is a number).
    pub fn threshold(&self, t: &Thresholds) -> Option<f64> {
        (self.get)(t).filter(|v| v.is_finite())
    }

    /// The stream's value of the rule's metric, as sent.
    pub fn value(&self, stream: &MediaStream) -> Option<f64> {
        self.metric.value(stream)
    }

    /// The threshold as the user types it; `None` when the rule is off.
    pub fn shown(&self, t: &Thresholds) -> Option<f64> {
        (self.get)(t).map(|v| v * self.scale)
    }

    /// Sets the threshold from what the user typed: empty turns the rule off; a negative value or
    /// one that is not a number is refused (`false`) and changes nothing.
    pub fn apply(&self, t: &mut Thresholds, typed: &str) -> bool {
        let typed = typed.trim().replace(',', ".");
        if typed.is_empty() {
            (self.set)(t, None);
            return true;
        }
        match typed.parse::<f64>() {
            Ok(v) if v.is_finite() && v >= 0.0 => {
                (self.set)(t, Some(v / self.scale));
                true
            }
            _ => false,
        }
    }
}

/// What a threshold is typed in, and the factor from the stored value.
const fn typed_unit(unit: Unit) -> (&'static str, f64) {
    match unit {
        Unit::Ratio => ("%", 100.0),
        Unit::Percent => ("%", 1.0),
        Unit::Ms => ("ms", 1.0),
        Unit::Fps => ("fps", 1.0),
        Unit::Mos => ("MOS points", 1.0),
        Unit::Packets => ("packets", 1.0),
        Unit::BitsPerSecond => ("bit/s", 1.0),
        Unit::Count | Unit::Level | Unit::PerFiveMinutes => ("", 1.0),
    }
}

macro_rules! rule {
    ($id:literal, $media:ident, $metric:literal, $words:literal, $role:expr, $satin:literal, $label:literal, $field:ident) => {
        StreamRule::new(
            $id,
            MediaKind::$media,
            $metric,
            $words,
            $role,
            $satin,
            $label,
            |t| t.$field,
            |t, v| t.$field = v,
        )
    };
}

const GATE: Role = Role::Gate;
const ABOVE: Role = Role::Limit(Cmp::Above);
const BELOW: Role = Role::Limit(Cmp::Below);

/// Every stream rule and gate, in the order the judge applies them and the editor lists them.
/// For audio every reported metric counts ("poor if any"); for video and screen sharing the
/// first reported metric in this order decides.
#[rustfmt::skip]
pub const RULES: &[StreamRule] = &[
    rule!("audio_gate", Audio, "packetUtilization", "packet utilization", GATE, false, "Audio judged above", audio_packet_utilization_gate),
    rule!("audio_rtt", Audio, "averageRoundTripTime", "round trip", ABOVE, false, "Audio round trip over", audio_round_trip_ms),
    rule!("audio_loss", Audio, "averagePacketLossRate", "packet loss", ABOVE, false, "Audio packet loss over", audio_packet_loss_rate),
    rule!("audio_jitter", Audio, "averageJitter", "jitter", ABOVE, false, "Audio jitter over", audio_jitter_ms),
    rule!("audio_degradation", Audio, "averageAudioDegradation", "audio degradation", ABOVE, true, "Audio degradation over", audio_degradation),
    rule!("audio_concealed", Audio, "averageRatioOfConcealedSamples", "concealed samples", ABOVE, true, "Concealed samples over", audio_concealed_ratio),
    rule!("video_gate", Video, "packetUtilization", "packet utilization", GATE, false, "Video judged above", video_packet_utilization_gate),
    rule!("video_frame_loss", Video, "averageVideoFrameLossPercentage", "frame loss", ABOVE, false, "Video frame loss over", video_frame_loss_percent),
    rule!("video_frame_rate", Video, "averageVideoFrameRate", "frame rate", BELOW, false, "Video frame rate under", video_frame_rate_min),
    rule!("video_post_fec", Video, "postForwardErrorCorrectionPacketLossRate", "post-FEC packet loss", ABOVE, false, "Video loss after FEC over", video_post_fec_loss_rate),
    rule!("vbss_frame_loss", VideoBasedScreenSharing, "averageVideoFrameLossPercentage", "frame loss", ABOVE, false, "Screen sharing frame loss over", vbss_frame_loss_percent),
    rule!("vbss_frame_rate", VideoBasedScreenSharing, "averageVideoFrameRate", "frame rate", BELOW, false, "Screen sharing frame rate under", vbss_frame_rate_min),
    rule!("vbss_post_fec", VideoBasedScreenSharing, "postForwardErrorCorrectionPacketLossRate", "post-FEC packet loss", ABOVE, false, "Screen sharing loss after FEC over", vbss_post_fec_loss_rate),
];

/// The limit rules (not gates) of one media kind, in order.
pub fn limit_rules(media: MediaKind) -> impl Iterator<Item = &'static StreamRule> {
    RULES.iter().filter(move |r| r.media == media && r.cmp().is_some())
}

/// The packet-utilization gate of one media kind, if it has one.
pub fn gate_rule(media: MediaKind) -> Option<&'static StreamRule> {
    RULES.iter().find(|r| r.media == media && r.role == Role::Gate)
}

/// The limit rule that judges `metric` (a Graph name) for `media`, if any.
pub fn stream_rule(media: MediaKind, metric: &str) -> Option<&'static StreamRule> {
    limit_rules(media).find(|r| r.metric.name == metric)
}

/// The words a reason uses for a metric ("round trip" for `averageRoundTripTime`); the Graph
/// name itself when no rule uses it.
pub fn metric_label(graph_name: &str) -> String {
    RULES.iter().find(|r| r.metric.name == graph_name).map_or(graph_name.to_string(), |r| r.words())
}

/// Which of [`super::FindingLimits`] an endpoint check compares with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CheckLimit {
    /// Capture / render not functioning (Call Analytics, published).
    NotFunctioning,
    /// Microphone / speaker glitches per 5 minutes (QoE schema).
    Glitch,
    /// Any other event ratio (the viewer's limit; none is published).
    EventRatio,
    /// Any count above zero.
    AnyCount,
}

/// One device or network check: a catalogue metric, what it means for people, which limit.
pub struct EndpointCheck<T: 'static> {
    pub metric: &'static Metric<T>,
    /// The finding's title: "microphone not functioning".
    pub title: &'static str,
    pub limit: CheckLimit,
}

impl<T> EndpointCheck<T> {
    /// The finding's title in the current language.
    pub fn title_text(&self) -> String {
        crate::i18n::lookup(&format!("check-{}", self.metric.name), &[]).unwrap_or_else(|| self.title.to_string())
    }

    const fn new(list: &'static [Metric<T>], metric: &'static str, title: &'static str, limit: CheckLimit) -> Self {
        EndpointCheck { metric: find_metric(list, metric), title, limit }
    }
}

macro_rules! device {
    ($metric:literal, $title:literal, $limit:ident) => {
        EndpointCheck::new(DEVICE_METRICS, $metric, $title, CheckLimit::$limit)
    };
}

macro_rules! network {
    ($metric:literal, $title:literal) => {
        EndpointCheck::new(NETWORK_METRICS, $metric, $title, CheckLimit::EventRatio)
    };
}

/// The device checks, in the order findings list them.
pub const DEVICE_CHECKS: &[EndpointCheck<DeviceInfo>] = &[
    device!("captureNotFunctioningEventRatio", "microphone not functioning", NotFunctioning),
    device!("renderNotFunctioningEventRatio", "speaker not functioning", NotFunctioning),
    device!("howlingEventCount", "howling or screeching", AnyCount),
    device!("deviceClippingEventRatio", "microphone clipping", EventRatio),
    device!("deviceGlitchEventRatio", "audio device glitches", EventRatio),
    device!("micGlitchRate", "microphone glitches", Glitch),
    device!("speakerGlitchRate", "speaker glitches", Glitch),
    device!("lowSpeechLevelEventRatio", "speech level too low", EventRatio),
    device!("lowSpeechToNoiseEventRatio", "noisy microphone signal (low speech-to-noise)", EventRatio),
    device!("cpuInsufficentEventRatio", "CPU insufficient for media", EventRatio),
    device!("renderMuteEventRatio", "speaker muted", EventRatio),
    device!("renderZeroVolumeEventRatio", "speaker volume at zero", EventRatio),
];

/// The network event-ratio checks.
pub const NETWORK_CHECKS: &[EndpointCheck<NetworkInfo>] = &[
    network!("delayEventRatio", "network delay impaired two-way talk"),
    network!("bandwidthLowEventRatio", "bandwidth too low for sent audio"),
    network!("receivedQualityEventRatio", "network degraded received audio"),
    network!("sentQualityEventRatio", "network degraded sent audio"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tolerance_puts_decimal_durations_on_the_threshold() {
        let thirty = crate::model::datetime::parse_duration_ms("PT0.03S").unwrap();
        assert!(!breaks(thirty, 30.0, Cmp::Above));
        assert!(breaks(30.001, 30.0, Cmp::Above));
        assert!(!breaks(7.0, 7.0, Cmp::Below));
        assert!(breaks(6.999, 7.0, Cmp::Below));
        assert!(breaks(0.005, 0.005, Cmp::AtOrAbove) && !breaks(0.0049, 0.005, Cmp::AtOrAbove));
    }

    #[test]
    fn measured_drops_what_is_not_a_measurement() {
        assert_eq!(measured(Some(0.0)), Some(0.0));
        assert_eq!(measured(Some(-196.9)), None);
        assert_eq!(measured(Some(f64::NAN)), None);
        assert_eq!(measured(Some(f64::INFINITY)), None);
        assert_eq!(measured(None), None);
    }

    #[test]
    fn every_rule_metric_is_in_the_catalogue_with_its_unit() {
        for rule in RULES {
            let entry = STREAM_METRICS.iter().find(|m| m.name == rule.metric.name);
            let entry =
                entry.unwrap_or_else(|| panic!("{} names {}, not in STREAM_METRICS", rule.id, rule.metric.name));
            assert_eq!(entry.unit, rule.metric.unit, "{}", rule.id);
            let expected_scale = if entry.unit == Unit::Ratio { 100.0 } else { 1.0 };
            assert_eq!(rule.scale, expected_scale, "{}: a 0–1 ratio is typed as a percentage", rule.id);
            assert!(!rule.unit.is_empty(), "{} has a unit to type in", rule.id);
        }
        for check in DEVICE_CHECKS {
            assert!(DEVICE_METRICS.iter().any(|m| m.name == check.metric.name), "{}", check.metric.name);
        }
        for check in NETWORK_CHECKS {
            assert!(NETWORK_METRICS.iter().any(|m| m.name == check.metric.name), "{}", check.metric.name);
            assert_eq!(check.metric.unit, Unit::Ratio, "{} is an event ratio", check.metric.name);
        }
    }

    #[test]
    fn rules_are_unique_and_each_reads_its_own_field() {
        let ids: std::collections::HashSet<_> = RULES.iter().map(|r| r.id).collect();
        assert_eq!(ids.len(), RULES.len());
        for rule in RULES {
            let mut t = crate::judge::RuleSet::cqd_classic().thresholds;
            (rule.set)(&mut t, Some(123.0));
            assert_eq!((rule.get)(&t), Some(123.0), "{}", rule.id);
            let changed: Vec<&str> = RULES
                .iter()
                .filter(|other| (other.get)(&t) != (other.get)(&crate::judge::RuleSet::cqd_classic().thresholds))
                .map(|other| other.id)
                .collect();
            assert_eq!(changed, vec![rule.id], "setting {} changes only its own field", rule.id);
        }
        for media in [MediaKind::Audio, MediaKind::Video] {
            assert!(gate_rule(media).is_some(), "{media:?} has a gate");
        }
        assert!(gate_rule(MediaKind::VideoBasedScreenSharing).is_none());
    }

    #[test]
    fn fields_read_and_write_in_the_units_people_type() {
        let mut t = crate::judge::RuleSet::cqd_current().thresholds;
        let field = |id: &str| RULES.iter().find(|f| f.id == id).unwrap();
        assert_eq!(field("audio_loss").shown(&t), Some(10.0), "0.1 is shown as 10 %");
        assert_eq!(field("audio_jitter").shown(&t), Some(30.0));
        assert_eq!(field("audio_degradation").shown(&t), None, "off under CQD current");
        assert_eq!((field("audio_degradation").unit, field("audio_gate").unit), ("MOS points", "packets"));
        assert!(field("audio_loss").apply(&mut t, "5"));
        assert_eq!(t.audio_packet_loss_rate, Some(0.05));
        assert!(field("audio_degradation").apply(&mut t, "1,5"));
        assert_eq!(t.audio_degradation, Some(1.5));
        assert!(field("audio_jitter").apply(&mut t, " "));
        assert_eq!(t.audio_jitter_ms, None, "empty turns the rule off");
        assert!(!field("audio_rtt").apply(&mut t, "-3") && !field("audio_rtt").apply(&mut t, "fast"));
        assert_eq!(t.audio_round_trip_ms, Some(500.0), "refused input changes nothing");
    }

    #[test]
    fn lookups() {
        assert_eq!(metric_label("averageRoundTripTime"), "round trip");
        assert_eq!(metric_label("maxJitter"), "maxJitter");
        assert_eq!(stream_rule(MediaKind::Video, "averageVideoFrameRate").map(|r| r.id), Some("video_frame_rate"));
        assert!(stream_rule(MediaKind::Audio, "packetUtilization").is_none(), "a gate is not a limit");
        let audio: Vec<&str> = limit_rules(MediaKind::Audio).map(|r| r.id).collect();
        assert_eq!(audio, ["audio_rtt", "audio_loss", "audio_jitter", "audio_degradation", "audio_concealed"]);
    }
}
