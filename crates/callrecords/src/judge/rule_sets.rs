//! The rule sets a stream is judged under: CQD current (default), CQD classic, CQD interim,
//! Microsoft's network targets, and custom thresholds started from any of them; their names,
//! command-line names, sources and a description in words. The judging itself is in
//! [`crate::judge`] (`stream.rs`), over the rule table (`rules.rs`).
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

use super::media_kind::MediaKind;
use super::rules::{gate_rule, limit_rules, Cmp, StreamRule, Thresholds};
use super::text::{join_and, join_or, limit_text};
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

    /// The label the page shows, in the current language: "CQD, current (2022–)".
    pub fn name(self) -> String {
        crate::i18n::text(&format!("rules-name-{}", self.cli_name()), &[])
    }

    /// A short name for running text, in the current language: "CQD current".
    pub fn short_name(self) -> String {
        crate::i18n::text(&format!("rules-short-{}", self.cli_name()), &[])
    }

    /// The English label ("CQD, current (2022–)"), the source of the catalogue's.
    pub fn english_name(self) -> &'static str {
        match self {
            RuleSetKind::CqdCurrent => "CQD, current (2022–)",
            RuleSetKind::CqdClassic => "CQD, classic (to 2020)",
            RuleSetKind::CqdInterim => "CQD, interim (2021)",
            RuleSetKind::NetworkTargets => "Network targets (client to Microsoft edge)",
            RuleSetKind::Custom => "Custom thresholds",
        }
    }

    /// The English short name ("CQD current").
    pub fn english_short_name(self) -> &'static str {
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

    /// Where the thresholds come from, in the current language (the English is [`Self::source`]).
    pub fn source_text(self) -> String {
        crate::i18n::text(&format!("rules-source-{}", self.cli_name()), &[])
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
        f.write_str(&self.name())
    }
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
    pub fn name(&self) -> String {
        self.kind.name()
    }

    /// The rules in words, one line per media: "Audio: poor if round trip > 500 ms, …".
    pub fn describe(&self) -> Vec<String> {
        let t = &self.thresholds;
        let mut lines = Vec::new();
        let gate = |media| {
            let rule = gate_rule(media)?;
            let g = (rule.get)(t)?;
            Some(format!(", only when {} > {}", rule.words, limit_text(g, rule.metric.unit)))
        };
        let limit = |rule: &StreamRule| {
            let (l, cmp) = ((rule.get)(t)?, rule.cmp()?);
            Some(format!("{} {} {}", rule.words, cmp.symbol(), limit_text(l, rule.metric.unit)))
        };
        let audio: Vec<String> = limit_rules(MediaKind::Audio).filter_map(limit).collect();
        if !audio.is_empty() {
            let mut line = format!("Audio: poor if {}{}", join_or(&audio), gate(MediaKind::Audio).unwrap_or_default());
            if t.skip_degradation_and_concealed_for_satin {
                let exempt: Vec<&str> =
                    limit_rules(MediaKind::Audio).filter(|r| r.satin_exempt).map(|r| r.words).collect();
                line.push_str(&format!("; {} not applied to SATIN", join_and(&exempt)));
            }
            lines.push(line);
        }
        let video: Vec<String> = limit_rules(MediaKind::Video).filter_map(limit).collect();
        if !video.is_empty() {
            lines.push(format!(
                "Video: the first reported of {} decides{}",
                video.join(", then "),
                gate(MediaKind::Video).unwrap_or_default()
            ));
        }
        let vbss = MediaKind::VideoBasedScreenSharing;
        if t.vbss_current_distinctions {
            let which = |rule: &StreamRule| match rule.cmp() {
                Some(Cmp::Below) => "for outbound and H264S streams",
                _ if rule.metric.name == "averageVideoFrameLossPercentage" => "for inbound non-H264S streams",
                _ => "",
            };
            let parts: Vec<String> = limit_rules(vbss)
                .filter_map(|rule| {
                    let text = limit(rule)?;
                    Some(match which(rule) {
                        "" => format!("then {text}"),
                        scope => format!("{text} {scope}"),
                    })
                })
                .collect();
            if !parts.is_empty() {
                lines.push(format!("Screen sharing (VBSS): poor if {}", parts.join("; ")));
            }
        } else {
            let steps: Vec<String> = limit_rules(vbss).filter_map(limit).collect();
            if !steps.is_empty() {
                lines.push(format!("Screen sharing (VBSS): the first reported of {} decides", steps.join(", then ")));
            }
        }
        lines
    }
}

#[cfg(test)]
mod tests {
    use super::RuleSetKind;

    /// The English catalogue writes each set's name and source as the code does (one text, two
    /// places that must not drift: the JSON summary and exports use the code's, the page and the
    /// report the catalogue's).
    #[test]
    fn the_english_catalogue_names_each_set_as_the_code_does() {
        for kind in RuleSetKind::PUBLISHED.into_iter().chain([RuleSetKind::Custom]) {
            assert_eq!(kind.name(), kind.english_name(), "{kind:?}");
            assert_eq!(kind.short_name(), kind.english_short_name(), "{kind:?}");
            assert_eq!(kind.source_text(), kind.source(), "{kind:?}");
        }
    }
}
