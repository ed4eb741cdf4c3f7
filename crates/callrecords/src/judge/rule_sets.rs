//! The rule sets a stream is judged under: CQD current (default), CQD classic, CQD interim,
//! Microsoft's network targets, and custom thresholds started from any of them; their names,
//! command-line names, sources and a description in words. The judging itself is in
//! [`crate::judge`], which re-exports everything here.
//!
//! # Sources
//!
//! * **CQD current** (default): Microsoft Learn, "Stream classification in Call Quality
//!   Dashboard (CQD)", ms.date 10/22/2024 (the text has been in place since 2022).
//! * **CQD classic**: the same page before 2021 (MicrosoftDocs/OfficeDocs-SkypeForBusiness
//!   @0cf71a8): audio also breaks on degradation > 1.0 and concealed ratio > 0.07, there is no
//!   packet-utilization gate, and VBSS has the old three steps with frame rate < 2.
//! * **CQD interim** (2021): classic, but degradation and concealed ratio apply only when the
//!   payload is not SATIN (`audioCodec` `satin` / `satinFullband`).
//! * **Network targets**: "Prepare your organization's network for Teams" (2019), client to
//!   Microsoft edge: round trip < 100 ms, packet loss < 1 %, jitter < 30 ms, applied to audio
//!   streams (the `audio_*` threshold fields; audio is the steady, always-present probe of the
//!   network path, and every session with media has it). Other media get no verdict.
//!
//! Every threshold is a strict comparison; see [`crate::judge`] for the boundary semantics.

use crate::judge::{
    join_or, limit_text, MetricRule, CONCEALED, DEGRADATION, FRAME_LOSS, FRAME_RATE, JITTER, LOSS, POST_FEC, RTT,
};
use crate::model::metrics::Unit;
use std::fmt;

/// The published rule sets, plus the user's own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RuleSetKind {
    /// CQD stream classification as published since 2022 (default).
    CqdCurrent,
    /// CQD before 2021: adds audio degradation > 1.0 and concealed ratio > 0.07.
    CqdClassic,
    /// CQD 2021 interim: classic, but degradation and concealed ratio skipped for SATIN.
    CqdInterim,
    /// Microsoft's network requirements (client to Microsoft edge), for planning.
    NetworkTargets,
    /// Thresholds edited by the user, starting from another set.
    Custom,
}

impl RuleSetKind {
    /// The sets a user can pick, in the order the page lists them.
    pub const PUBLISHED: [RuleSetKind; 4] =
        [RuleSetKind::CqdCurrent, RuleSetKind::CqdClassic, RuleSetKind::CqdInterim, RuleSetKind::NetworkTargets];

    /// The label the page shows: "CQD, current (2022–)".
    pub fn name(self) -> &'static str {
        match self {
            RuleSetKind::CqdCurrent => "CQD, current (2022–)",
            RuleSetKind::CqdClassic => "CQD, classic (to 2020)",
            RuleSetKind::CqdInterim => "CQD, interim (2021)",
            RuleSetKind::NetworkTargets => "Network targets (client to Microsoft edge)",
            RuleSetKind::Custom => "Custom thresholds",
        }
    }

    /// A short name for running text: "CQD current".
    pub fn short_name(self) -> &'static str {
        match self {
            RuleSetKind::CqdCurrent => "CQD current",
            RuleSetKind::CqdClassic => "CQD classic",
            RuleSetKind::CqdInterim => "CQD interim",
            RuleSetKind::NetworkTargets => "the network targets",
            RuleSetKind::Custom => "custom thresholds",
        }
    }

    /// The command-line name: `current`, `classic`, `interim`, `network` (`custom` has no
    /// thresholds of its own and cannot be parsed back).
    pub fn cli_name(self) -> &'static str {
        match self {
            RuleSetKind::CqdCurrent => "current",
            RuleSetKind::CqdClassic => "classic",
            RuleSetKind::CqdInterim => "interim",
            RuleSetKind::NetworkTargets => "network",
            RuleSetKind::Custom => "custom",
        }
    }

    /// The published set for a command-line name (`current|classic|interim|network`, any case).
    pub fn parse(name: &str) -> Option<RuleSetKind> {
        let name = name.trim();
        RuleSetKind::PUBLISHED.into_iter().find(|k| k.cli_name().eq_ignore_ascii_case(name))
    }

    /// Where the thresholds come from, for the page's "about these rules".
    pub fn source(self) -> &'static str {
        match self {
            RuleSetKind::CqdCurrent => "Microsoft Learn, \"Stream classification in Call Quality Dashboard (CQD)\", ms.date 10/22/2024 (in place since 2022)",
            RuleSetKind::CqdClassic => "Microsoft Learn, \"Stream classification in Call Quality Dashboard\", versions up to 2020",
            RuleSetKind::CqdInterim => "Microsoft Learn, \"Stream classification in Call Quality Dashboard\", 2021 version (SATIN exception)",
            RuleSetKind::NetworkTargets => "Microsoft Learn, \"Prepare your organization's network for Teams\" (2019), client to Microsoft edge",
            RuleSetKind::Custom => "thresholds edited on this page",
        }
    }
}

impl fmt::Display for RuleSetKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The thresholds a rule set applies. `None` means the rule is not part of the set.
///
/// Every "greater" rule is poor only strictly above its limit and every "lower" rule strictly
/// below it (see the module documentation).
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

impl Default for RuleSet {
    /// CQD current.
    fn default() -> Self {
        RuleSet::cqd_current()
    }
}

impl RuleSet {
    /// CQD since 2022: audio poor if round trip > 500 ms, loss > 0.1 or jitter > 30 ms, only
    /// when packetUtilization > 500; video by the first reported of frame loss > 50 %, frame
    /// rate < 7 fps, post-FEC loss > 0.15, gated the same way; VBSS with the H264S and
    /// inbound/outbound distinctions (frame loss > 50 % for inbound non-H264S, frame rate
    /// < 1 fps for outbound and H264S).
    pub fn cqd_current() -> RuleSet {
        RuleSet {
            kind: RuleSetKind::CqdCurrent,
            thresholds: Thresholds {
                audio_packet_utilization_gate: Some(500.0),
                audio_round_trip_ms: Some(500.0),
                audio_packet_loss_rate: Some(0.1),
                audio_jitter_ms: Some(30.0),
                audio_degradation: None,
                audio_concealed_ratio: None,
                skip_degradation_and_concealed_for_satin: false,
                video_packet_utilization_gate: Some(500.0),
                video_frame_loss_percent: Some(50.0),
                video_frame_rate_min: Some(7.0),
                video_post_fec_loss_rate: Some(0.15),
                vbss_frame_loss_percent: Some(50.0),
                vbss_frame_rate_min: Some(1.0),
                vbss_post_fec_loss_rate: None,
                vbss_current_distinctions: true,
            },
        }
    }

    /// CQD up to 2020: audio poor if any of degradation > 1.0, round trip > 500 ms,
    /// loss > 0.1, jitter > 30 ms, concealed ratio > 0.07, with no packet-utilization gate;
    /// video as current but ungated; VBSS by the first reported of frame loss > 50 %,
    /// frame rate < 2 fps, post-FEC loss > 0.15.
    pub fn cqd_classic() -> RuleSet {
        RuleSet {
            kind: RuleSetKind::CqdClassic,
            thresholds: Thresholds {
                audio_packet_utilization_gate: None,
                audio_round_trip_ms: Some(500.0),
                audio_packet_loss_rate: Some(0.1),
                audio_jitter_ms: Some(30.0),
                audio_degradation: Some(1.0),
                audio_concealed_ratio: Some(0.07),
                skip_degradation_and_concealed_for_satin: false,
                video_packet_utilization_gate: None,
                video_frame_loss_percent: Some(50.0),
                video_frame_rate_min: Some(7.0),
                video_post_fec_loss_rate: Some(0.15),
                vbss_frame_loss_percent: Some(50.0),
                vbss_frame_rate_min: Some(2.0),
                vbss_post_fec_loss_rate: Some(0.15),
                vbss_current_distinctions: false,
            },
        }
    }

    /// CQD in 2021: classic, but degradation and concealed ratio only when the audio codec is
    /// not SATIN. (Its freeze classifier needs a score Graph does not report.)
    pub fn cqd_interim() -> RuleSet {
        let mut set = RuleSet::cqd_classic();
        set.kind = RuleSetKind::CqdInterim;
        set.thresholds.skip_degradation_and_concealed_for_satin = true;
        set
    }

    /// Microsoft's client-to-edge network targets, applied to audio streams: round trip
    /// above 100 ms, packet loss above 1 % or jitter above 30 ms is Poor (a value equal to
    /// the target meets it). No packet-utilization gate: the targets are not a classifier.
    pub fn network_targets() -> RuleSet {
        RuleSet {
            kind: RuleSetKind::NetworkTargets,
            thresholds: Thresholds {
                audio_packet_utilization_gate: None,
                audio_round_trip_ms: Some(100.0),
                audio_packet_loss_rate: Some(0.01),
                audio_jitter_ms: Some(30.0),
                audio_degradation: None,
                audio_concealed_ratio: None,
                skip_degradation_and_concealed_for_satin: false,
                video_packet_utilization_gate: None,
                video_frame_loss_percent: None,
                video_frame_rate_min: None,
                video_post_fec_loss_rate: None,
                vbss_frame_loss_percent: None,
                vbss_frame_rate_min: None,
                vbss_post_fec_loss_rate: None,
                vbss_current_distinctions: false,
            },
        }
    }

    /// A custom set starting from `base`'s thresholds (edit `thresholds` afterwards).
    pub fn custom_from(base: &RuleSet) -> RuleSet {
        RuleSet { kind: RuleSetKind::Custom, thresholds: base.thresholds.clone() }
    }

    /// The published set of a kind; `None` for [`RuleSetKind::Custom`].
    pub fn published(kind: RuleSetKind) -> Option<RuleSet> {
        match kind {
            RuleSetKind::CqdCurrent => Some(RuleSet::cqd_current()),
            RuleSetKind::CqdClassic => Some(RuleSet::cqd_classic()),
            RuleSetKind::CqdInterim => Some(RuleSet::cqd_interim()),
            RuleSetKind::NetworkTargets => Some(RuleSet::network_targets()),
            RuleSetKind::Custom => None,
        }
    }

    /// The set for a kind: the published one, or for [`RuleSetKind::Custom`] a custom set
    /// starting from CQD current (what a picker offers before anything is edited).
    pub fn for_kind(kind: RuleSetKind) -> RuleSet {
        RuleSet::published(kind).unwrap_or_else(|| RuleSet::custom_from(&RuleSet::cqd_current()))
    }

    /// The published set for a command-line name (`current|classic|interim|network`).
    pub fn from_cli_name(name: &str) -> Option<RuleSet> {
        RuleSetKind::parse(name).and_then(RuleSet::published)
    }

    /// The label the page shows.
    pub fn name(&self) -> &'static str {
        self.kind.name()
    }

    /// The rules in words, one line per media: "Audio: poor if round trip > 500 ms, …".
    pub fn describe(&self) -> Vec<String> {
        let t = &self.thresholds;
        let mut lines = Vec::new();
        let gate =
            |g: Option<f64>| g.map(|g| format!(", only when packet utilization > {}", limit_text(g, Unit::Packets)));
        let mut audio: Vec<String> = Vec::new();
        let mut add = |m: &MetricRule, limit: Option<f64>| {
            if let Some(l) = limit {
                audio.push(format!("{} {} {}", m.label, m.cmp.symbol(), limit_text(l, m.unit)));
            }
        };
        add(&RTT, t.audio_round_trip_ms);
        add(&LOSS, t.audio_packet_loss_rate);
        add(&JITTER, t.audio_jitter_ms);
        add(&DEGRADATION, t.audio_degradation);
        add(&CONCEALED, t.audio_concealed_ratio);
        if !audio.is_empty() {
            let mut line = format!(
                "Audio: poor if {}{}",
                join_or(&audio),
                gate(t.audio_packet_utilization_gate).unwrap_or_default()
            );
            if t.skip_degradation_and_concealed_for_satin {
                line.push_str("; degradation and concealed samples not applied to SATIN");
            }
            lines.push(line);
        }
        let ordered = |steps: &[(&MetricRule, Option<f64>)]| -> Vec<String> {
            steps
                .iter()
                .filter_map(|(m, l)| l.map(|l| format!("{} {} {}", m.label, m.cmp.symbol(), limit_text(l, m.unit))))
                .collect()
        };
        let video = ordered(&[
            (&FRAME_LOSS, t.video_frame_loss_percent),
            (&FRAME_RATE, t.video_frame_rate_min),
            (&POST_FEC, t.video_post_fec_loss_rate),
        ]);
        if !video.is_empty() {
            lines.push(format!(
                "Video: the first reported of {} decides{}",
                video.join(", then "),
                gate(t.video_packet_utilization_gate).unwrap_or_default()
            ));
        }
        if t.vbss_current_distinctions {
            let mut parts = Vec::new();
            if let Some(l) = t.vbss_frame_loss_percent {
                parts.push(format!("frame loss > {} for inbound non-H264S streams", limit_text(l, Unit::Percent)));
            }
            if let Some(l) = t.vbss_frame_rate_min {
                parts.push(format!("frame rate < {} for outbound and H264S streams", limit_text(l, Unit::Fps)));
            }
            if let Some(l) = t.vbss_post_fec_loss_rate {
                parts.push(format!("then post-FEC packet loss > {}", limit_text(l, Unit::Ratio)));
            }
            if !parts.is_empty() {
                lines.push(format!("Screen sharing (VBSS): poor if {}", parts.join("; ")));
            }
        } else {
            let vbss = ordered(&[
                (&FRAME_LOSS, t.vbss_frame_loss_percent),
                (&FRAME_RATE, t.vbss_frame_rate_min),
                (&POST_FEC, t.vbss_post_fec_loss_rate),
            ]);
            if !vbss.is_empty() {
                lines.push(format!("Screen sharing (VBSS): the first reported of {} decides", vbss.join(", then ")));
            }
        }
        lines
    }
}

/// One editable threshold of a rule set, for the page's threshold editor: its label, the unit the
/// user types it in, and how it maps to [`Thresholds`] (ratios are typed as percentages).
pub struct ThresholdField {
    pub id: &'static str,
    pub label: &'static str,
    /// The unit shown beside the input ("ms", "%", "fps", "MOS points", "packets").
    pub unit: &'static str,
    /// Multiply the stored value by this to get what the user types (100 for 0–1 ratios).
    pub scale: f64,
    pub get: fn(&Thresholds) -> Option<f64>,
    pub set: fn(&mut Thresholds, Option<f64>),
}

impl ThresholdField {
    /// The value as the user types it; `None` when the rule is off.
    pub fn shown(&self, t: &Thresholds) -> Option<f64> {
        (self.get)(t).map(|v| v * self.scale)
    }

    /// Sets the value from what the user typed: empty or not a number turns the rule off;
    /// negative values are refused (`false`).
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

macro_rules! threshold_fields {
    ($($id:literal, $label:literal, $unit:literal, $scale:expr, $field:ident;)*) => {
        &[$(ThresholdField { id: $id, label: $label, unit: $unit, scale: $scale, get: |t| t.$field, set: |t, v| t.$field = v },)*]
    };
}

/// Every threshold a user can edit, in the order the page lists them.
pub const THRESHOLD_FIELDS: &[ThresholdField] = threshold_fields![
    "audio_gate", "Audio judged above", "packets", 1.0, audio_packet_utilization_gate;
    "audio_rtt", "Audio round trip over", "ms", 1.0, audio_round_trip_ms;
    "audio_loss", "Audio packet loss over", "%", 100.0, audio_packet_loss_rate;
    "audio_jitter", "Audio jitter over", "ms", 1.0, audio_jitter_ms;
    "audio_degradation", "Audio degradation over", "MOS points", 1.0, audio_degradation;
    "audio_concealed", "Concealed samples over", "%", 100.0, audio_concealed_ratio;
    "video_gate", "Video judged above", "packets", 1.0, video_packet_utilization_gate;
    "video_frame_loss", "Video frame loss over", "%", 1.0, video_frame_loss_percent;
    "video_frame_rate", "Video frame rate under", "fps", 1.0, video_frame_rate_min;
    "video_post_fec", "Video loss after FEC over", "%", 100.0, video_post_fec_loss_rate;
    "vbss_frame_loss", "Screen sharing frame loss over", "%", 1.0, vbss_frame_loss_percent;
    "vbss_frame_rate", "Screen sharing frame rate under", "fps", 1.0, vbss_frame_rate_min;
    "vbss_post_fec", "Screen sharing loss after FEC over", "%", 100.0, vbss_post_fec_loss_rate;
];

#[cfg(test)]
mod threshold_field_tests {
    use super::*;

    #[test]
    fn fields_read_and_write_in_the_units_people_type() {
        let mut t = RuleSet::cqd_current().thresholds;
        let field = |id: &str| THRESHOLD_FIELDS.iter().find(|f| f.id == id).unwrap();
        assert_eq!(field("audio_loss").shown(&t), Some(10.0), "0.1 is shown as 10 %");
        assert_eq!(field("audio_jitter").shown(&t), Some(30.0));
        assert_eq!(field("audio_degradation").shown(&t), None, "off under CQD current");
        assert!(field("audio_loss").apply(&mut t, "5"));
        assert_eq!(t.audio_packet_loss_rate, Some(0.05));
        assert!(field("audio_degradation").apply(&mut t, "1,5"));
        assert_eq!(t.audio_degradation, Some(1.5));
        assert!(field("audio_jitter").apply(&mut t, " "));
        assert_eq!(t.audio_jitter_ms, None, "empty turns the rule off");
        assert!(!field("audio_rtt").apply(&mut t, "-3") && !field("audio_rtt").apply(&mut t, "fast"));
        assert_eq!(t.audio_round_trip_ms, Some(500.0), "refused input changes nothing");
        let ids: std::collections::HashSet<_> = THRESHOLD_FIELDS.iter().map(|f| f.id).collect();
        assert_eq!(ids.len(), THRESHOLD_FIELDS.len());
    }
}
