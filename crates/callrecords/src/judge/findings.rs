//! Findings beyond the stream rules (rate-my-call feedback, session failures, device and
//! network conditions), each with its evidence. The checks themselves (which metric, which
//! limit) are rows of the rule table (`rules.rs`).
//!
//! Device and network information is reported per media and per side (`callerDevice`,
//! `calleeNetwork`…); the side is the segment's caller or callee, so each finding is attributed
//! to that endpoint's display name. Service endpoints (conferencing servers, gateways) get no
//! device or network findings. The same problem is reported once per person: when it shows in
//! several media or segments, the worst value is kept as evidence.
//!
//! # Limits ([`FindingLimits::default`])
//!
//! * **Device not functioning**: `captureNotFunctioningEventRatio` or
//!   `renderNotFunctioningEventRatio` ≥ 0.005: the Teams admin center's Call Analytics rates a
//!   session poor on exactly this ("Device not functioning ratios are
//!   DeviceRenderNotFunctioningEventRatio >= 0.005, DeviceCaptureNotFunctioningEventRatio
//!   >= 0.005", use-call-analytics-to-troubleshoot-poor-call-quality).
//! * **Microphone / speaker glitches**: `micGlitchRate` or `speakerGlitchRate` ≥ 1 per 5 minutes.
//!   Microsoft's QoE schema says of both "for good quality this should be less than one per
//!   five minutes" (Lync/Skype for Business SDN Interface, MicGlitchRate; SfB QoE database,
//!   Caller/CalleeSpeakerGlitchRate). Graph's fields carry the same definition.
//! * **Other event ratios** (clipping, device glitches, low speech level, low speech-to-noise,
//!   CPU insufficient, speaker muted, speaker at zero volume; network delay, low bandwidth,
//!   poor received / sent quality) ≥ 0.05. Microsoft publishes no threshold for these. Each is
//!   the fraction of the call during which the client itself detected the condition *and*
//!   judged that it hurt the audio, so any non-zero value is a real event; 5 % of the call
//!   (3 minutes of an hour) is where it stops being a blip and becomes part of the experience.
//!   This is our choice, stated in the evidence.
//! * **Howling**: `howlingEventCount` > 0 (any howling or screeching is audible).
//! * **Weak Wi-Fi**: `wifiSignalStrength` < 50 %. Windows reports Wi-Fi signal quality as a
//!   percentage that maps linearly from −100 dBm (0) to −50 dBm (100) (WLAN_ASSOCIATION_ATTRIBUTES
//!   `wlanSignalQuality`), so 50 % is about −75 dBm, already weaker than the −67 dBm usually
//!   designed for voice over Wi-Fi.
//! * **2.4 GHz band, TCP, VPN / tunnel**: reported whenever present (Microsoft's network guidance
//!   prefers 5 GHz, UDP, and VPN split tunnelling for Teams media).
//! * **Relay**: `relayIPAddress` present is reported as *information* only: it is the relay the
//!   endpoint allocated, and Graph does not say whether media actually flowed through it.

use super::rules::{breaks, measured, CheckLimit, Cmp, DEVICE_CHECKS, NETWORK_CHECKS};
use super::text::join_and;
use crate::i18n::num;
use crate::model::enums::{
    FailureStage, NetworkConnectionType, NetworkTransportProtocol, UserFeedbackRating, WifiBand,
};
use crate::model::identity::Names;
use crate::model::metrics::{format_value, Unit};
use crate::model::record::{CallRecord, DeviceInfo, Endpoint, EndpointKind, NetworkInfo, Session};
use rustc_hash::FxHashMap;

/// What a finding is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FindingKind {
    Feedback,
    Failure,
    Device,
    Network,
}

impl FindingKind {
    /// `feedback`, `failure`, `device`, `network`.
    pub fn as_str(self) -> &'static str {
        match self {
            FindingKind::Feedback => "feedback",
            FindingKind::Failure => "failure",
            FindingKind::Device => "device",
            FindingKind::Network => "network",
        }
    }
}

/// How much a finding matters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FindingSeverity {
    /// A condition worth knowing, not a fault by itself (a media relay was allocated).
    Info,
    /// Likely to have hurt quality (Wi-Fi 2.4 GHz, TCP, VPN, glitches, clipping…).
    Warning,
    /// A failure, a device that did not work, or a participant who rated the call poor or bad.
    Problem,
}

impl FindingSeverity {
    /// `info`, `warning`, `problem`.
    pub fn as_str(self) -> &'static str {
        match self {
            FindingSeverity::Info => "info",
            FindingSeverity::Warning => "warning",
            FindingSeverity::Problem => "problem",
        }
    }
}

/// Something wrong beyond the stream rules, with its evidence.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
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
    pub severity: FindingSeverity,
}

/// The limits the device and network findings use (see the module documentation for why).
#[derive(Clone, Debug, PartialEq)]
pub struct FindingLimits {
    /// Microphone / speaker not functioning at or above this ratio (Call Analytics: 0.005).
    pub not_functioning_ratio: f64,
    /// Microphone / speaker glitches at or above this many per 5 minutes (QoE schema: 1).
    pub glitch_rate_per_5_min: f64,
    /// Any other device or network event ratio at or above this fraction of the call (0.05).
    pub event_ratio: f64,
    /// Wi-Fi signal strength (%) below which the signal is weak (50).
    pub weak_wifi_signal_percent: f64,
}

impl Default for FindingLimits {
    fn default() -> Self {
        FindingLimits {
            not_functioning_ratio: 0.005,
            glitch_rate_per_5_min: 1.0,
            event_ratio: 0.05,
            weak_wifi_signal_percent: 50.0,
        }
    }
}

/// Findings collected with de-duplication per (kind, person, title): the worst value wins.
/// Evidence is written only when `evidence` is set: the overview counts findings and shows no
/// evidence, and writing it (numbers, messages) is most of the cost of a finding.
#[derive(Default)]
struct Collector {
    found: Vec<(Finding, f64)>,
    /// FxHash: hashing these keys with SipHash was a third of counting the findings of a load.
    index: FxHashMap<(FindingKind, String, String), usize>,
    evidence: bool,
}

impl Collector {
    /// The evidence text, written only when the findings are for showing.
    fn evidence(&self, write: impl FnOnce() -> String) -> String {
        if self.evidence {
            write()
        } else {
            String::new()
        }
    }

    fn add(&mut self, finding: Finding, weight: f64) {
        let key = (finding.kind, finding.who.clone(), finding.title.clone());
        match self.index.get(&key) {
            Some(&at) => {
                if let Some(slot) = self.found.get_mut(at) {
                    if weight > slot.1 {
                        *slot = (finding, weight);
                    }
                }
            }
            None => {
                self.index.insert(key, self.found.len());
                self.found.push((finding, weight));
            }
        }
    }

    fn finish(self) -> Vec<Finding> {
        let mut list: Vec<Finding> = self.found.into_iter().map(|(f, _)| f).collect();
        // Stable: feedback, failures, devices, networks, each in record order.
        list.sort_by_key(|f| f.kind);
        list
    }
}

/// Where a finding sits.
#[derive(Clone, Copy)]
struct At {
    session: usize,
    segment: Option<usize>,
    media: Option<usize>,
}

fn finding(
    kind: FindingKind,
    severity: FindingSeverity,
    who: String,
    title: impl Into<String>,
    evidence: String,
    at: At,
) -> Finding {
    Finding {
        kind,
        who,
        title: title.into(),
        evidence,
        session: Some(at.session),
        segment: at.segment,
        media: at.media,
        severity,
    }
}

/// "NoSound" → "no sound", "DistortedSound" → "distorted sound".
fn humanize_token(token: &str) -> String {
    let mut out = String::new();
    let mut previous_lower = false;
    for c in token.chars() {
        if c.is_uppercase() && previous_lower {
            out.push(' ');
        }
        previous_lower = c.is_lowercase() || c.is_ascii_digit();
        out.extend(c.to_lowercase());
    }
    out.replace('_', " ")
}

fn feedback_findings(session: &Session, si: usize, names: &Names, out: &mut Collector) {
    let mut endpoints: Vec<(&Endpoint, Option<usize>)> =
        [&session.caller, &session.callee].into_iter().flatten().map(|e| (e, None)).collect();
    for (gi, segment) in session.segments.iter().enumerate() {
        endpoints.extend([&segment.caller, &segment.callee].into_iter().flatten().map(|e| (e, Some(gi))));
    }
    for (endpoint, segment) in endpoints {
        let Some(feedback) = &endpoint.feedback else { continue };
        let rating = match &feedback.rating {
            Some(r @ (UserFeedbackRating::Poor | UserFeedbackRating::Bad)) => r,
            _ => continue,
        };
        let tokens = feedback.true_tokens();
        let title = if tokens.is_empty() {
            crate::t!("finding-rated", rating = rating.label())
        } else {
            let words: Vec<String> = tokens
                .iter()
                .map(|t| crate::i18n::lookup(&format!("token-{t}"), &[]).unwrap_or_else(|| humanize_token(t)))
                .collect();
            crate::t!(
                "finding-rated-tokens",
                rating = rating.label(),
                tokens = words.join(&crate::t!("list-separator"))
            )
        };
        let evidence = out.evidence(|| {
            let mut evidence = format!("feedback.rating {}", rating.as_wire());
            if !tokens.is_empty() {
                evidence.push_str(&crate::t!("evidence-tokens", tokens = tokens.join(", ")));
            }
            if let Some(text) = feedback.text.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
                evidence.push_str(&crate::t!("evidence-text", text = text));
            }
            evidence
        });
        let at = At { session: si, segment, media: None };
        out.add(
            finding(
                FindingKind::Feedback,
                FindingSeverity::Problem,
                endpoint.display_name_in(names),
                title,
                evidence,
                at,
            ),
            0.0,
        );
    }
}

/// Who a session is about: its participants' names ("Abbie Wilkins and Owen Franklin"), or both
/// ends' names when no participant is known.
fn session_people(session: &Session, known: &Names) -> String {
    let ends: Vec<&Endpoint> = [&session.caller, &session.callee].into_iter().flatten().collect();
    let mut names: Vec<String> =
        ends.iter().filter(|e| e.kind() == EndpointKind::Participant).map(|e| e.display_name_in(known)).collect();
    if names.is_empty() {
        names = ends.iter().map(|e| e.display_name_in(known)).collect();
    }
    names.dedup();
    match names.as_slice() {
        [] => crate::t!("unknown-participants"),
        names => join_and(names),
    }
}

fn failure_findings(session: &Session, si: usize, names: &Names, out: &mut Collector) {
    // Named only when the session has a failure (most have none).
    let mut who: Option<String> = None;
    let segments = session.segments.iter().enumerate().map(|(gi, g)| (g.failure_info.as_ref(), Some(gi)));
    for (info, segment) in std::iter::once((session.failure_info.as_ref(), None)).chain(segments) {
        let Some(info) = info else { continue };
        let reason = info.reason.as_deref().map(str::trim).filter(|r| !r.is_empty());
        // An object with neither stage nor reason says nothing (the CallRecordInsights fixture
        // has one); Graph only sends failureInfo for a failure, but then it names the stage.
        if info.stage.is_none() && reason.is_none() {
            continue;
        }
        let title = match &info.stage {
            Some(FailureStage::CallSetup) => crate::t!("finding-failed-setup"),
            Some(FailureStage::Midcall) => crate::t!("finding-failed-midcall"),
            Some(FailureStage::Other(stage)) => crate::t!("finding-failed-stage", stage = stage),
            _ => crate::t!("finding-failed-unknown"),
        };
        let evidence = out.evidence(|| {
            let not_reported = crate::model::metrics::not_reported();
            let mut evidence =
                format!("failureInfo.stage {}", info.stage.as_ref().map_or(not_reported.as_str(), |s| s.as_wire()));
            evidence.push_str(&match reason {
                Some(r) => crate::t!("evidence-reason", reason = r),
                None => crate::t!("evidence-no-reason"),
            });
            if info.stage == Some(FailureStage::CallSetup) {
                evidence.push_str(&format!(" {}", crate::t!("evidence-call-setup")));
            }
            let level = if segment.is_some() { "segment" } else { "session" };
            evidence.push_str(&format!(" {}", crate::t!("evidence-on-level", level = level)));
            evidence
        });
        let at = At { session: si, segment, media: None };
        let who = who.get_or_insert_with(|| session_people(session, names)).clone();
        out.add(finding(FindingKind::Failure, FindingSeverity::Problem, who, title, evidence, at), 0.0);
    }
}

/// The endpoint on one side of a media: the segment's, or the session's when the session has
/// only this segment.
fn side_endpoint(session: &Session, segment_index: usize, caller: bool) -> Option<&Endpoint> {
    let segment = session.segments.get(segment_index)?;
    let (own, session_side) =
        if caller { (&segment.caller, &session.caller) } else { (&segment.callee, &session.callee) };
    own.as_ref().or(if session.segments.len() == 1 { session_side.as_ref() } else { None })
}

fn side_name(endpoint: Option<&Endpoint>, caller: bool, names: &Names) -> String {
    endpoint.map(|e| e.display_name_in(names)).unwrap_or_else(|| {
        if caller {
            crate::t!("unknown-caller")
        } else {
            crate::t!("unknown-callee")
        }
    })
}

/// Whom one side of a segment's media concerns, named once and only when a finding needs it.
struct Who<'a> {
    endpoint: Option<&'a Endpoint>,
    caller: bool,
    names: &'a Names,
    name: std::cell::OnceCell<String>,
}

impl Who<'_> {
    fn name(&self) -> String {
        self.name.get_or_init(|| side_name(self.endpoint, self.caller, self.names)).clone()
    }
}

fn ratio_evidence(graph: &str, value: f64, limit: f64) -> String {
    crate::t!(
        "evidence-ratio",
        metric = graph,
        value = num(value, 4),
        limit = num(limit, 4),
        share = format_value(Some(value), Unit::Ratio)
    )
}

fn device_findings(device: &DeviceInfo, who: &Who, side: &str, limits: &FindingLimits, at: At, out: &mut Collector) {
    for check in DEVICE_CHECKS {
        let graph = check.metric.name;
        let Some(value) = measured(check.metric.value(device)) else { continue };
        let (hit, severity) = match check.limit {
            CheckLimit::NotFunctioning => (at_least(value, limits.not_functioning_ratio), FindingSeverity::Problem),
            CheckLimit::EventRatio => (at_least(value, limits.event_ratio), FindingSeverity::Warning),
            CheckLimit::Glitch => (at_least(value, limits.glitch_rate_per_5_min), FindingSeverity::Warning),
            CheckLimit::AnyCount => (value > 0.0, FindingSeverity::Warning),
        };
        if !hit {
            continue;
        }
        let evidence = out.evidence(|| {
            let evidence = match check.limit {
                CheckLimit::NotFunctioning => crate::t!(
                    "evidence-not-functioning",
                    evidence = ratio_evidence(graph, value, limits.not_functioning_ratio),
                    limit = num(0.005, 3)
                ),
                CheckLimit::EventRatio => ratio_evidence(graph, value, limits.event_ratio),
                CheckLimit::Glitch => crate::t!(
                    "evidence-glitch",
                    metric = graph,
                    value = num(value, 1),
                    limit = num(limits.glitch_rate_per_5_min, 1)
                ),
                CheckLimit::AnyCount => format!("{graph} {} > 0", num(value, 0)),
            };
            format!("{side}Device.{evidence}")
        });
        out.add(finding(FindingKind::Device, severity, who.name(), check.title_text(), evidence, at), value);
    }
}

fn network_findings(network: &NetworkInfo, who: &Who, side: &str, limits: &FindingLimits, at: At, out: &mut Collector) {
    let mut add = |severity, title: String, evidence: &dyn Fn() -> String, weight: f64| {
        let evidence = out.evidence(|| format!("{side}Network.{}", evidence()));
        out.add(finding(FindingKind::Network, severity, who.name(), title, evidence, at), weight);
    };
    if network.connection_type == Some(NetworkConnectionType::Tunnel) {
        add(FindingSeverity::Warning, crate::t!("finding-vpn"), &|| "connectionType tunnel".into(), 0.0);
    }
    if network.network_transport_protocol == Some(NetworkTransportProtocol::Tcp) {
        add(FindingSeverity::Warning, crate::t!("finding-tcp"), &|| "networkTransportProtocol tcp".into(), 0.0);
    }
    let on_wifi = network.connection_type == Some(NetworkConnectionType::Wifi)
        || matches!(
            network.wifi_band,
            Some(WifiBand::Frequency24GHz | WifiBand::Frequency50GHz | WifiBand::Frequency60GHz)
        );
    if network.wifi_band == Some(WifiBand::Frequency24GHz) {
        let channel = || network.wifi_channel.map(|c| format!(", wifiChannel {c}")).unwrap_or_default();
        add(
            FindingSeverity::Warning,
            crate::t!("finding-wifi-24"),
            &|| format!("wifiBand frequency24GHz{}", channel()),
            0.0,
        );
    }
    if on_wifi {
        if let Some(signal) = measured(network.wifi_signal_strength) {
            if signal < limits.weak_wifi_signal_percent {
                add(
                    FindingSeverity::Warning,
                    crate::t!("finding-weak-wifi"),
                    &|| {
                        format!(
                            "wifiSignalStrength {} < {}",
                            crate::i18n::percent(signal, 0),
                            crate::i18n::percent(limits.weak_wifi_signal_percent, 0)
                        )
                    },
                    100.0 - signal,
                );
            }
        }
    }
    if let Some(relay) = network.relay_ip_address.as_deref().map(str::trim).filter(|r| !r.is_empty()) {
        let port = || network.relay_port.map(|p| format!(":{p}")).unwrap_or_default();
        add(
            FindingSeverity::Info,
            crate::t!("finding-relay"),
            &|| crate::t!("evidence-relay", relay = format!("relayIPAddress {relay}{}", port())),
            0.0,
        );
    }
    for check in NETWORK_CHECKS {
        if let Some(value) = measured(check.metric.value(network)) {
            if at_least(value, limits.event_ratio) {
                add(
                    FindingSeverity::Warning,
                    check.title_text(),
                    &|| ratio_evidence(check.metric.name, value, limits.event_ratio),
                    value,
                );
            }
        }
    }
}

/// Findings beyond the stream rules: feedback, failures, devices, networks (with the limits of
/// [`FindingLimits::default`]; see there for the values and their sources).
pub fn findings(record: &CallRecord) -> Vec<Finding> {
    findings_with(record, &FindingLimits::default())
}

/// `value ≥ limit`, as the endpoint checks compare.
fn at_least(value: f64, limit: f64) -> bool {
    breaks(value, limit, Cmp::AtOrAbove)
}

/// Findings with explicit limits (see [`FindingLimits`]).
pub fn findings_with(record: &CallRecord, limits: &FindingLimits) -> Vec<Finding> {
    collect(record, &record.names(), limits, true).finish()
}

/// How many findings of `record` (whose ids `names` knows: [`CallRecord::names`]) are
/// problems, at warning level or above (not informational notes), under the default limits:
/// the findings [`findings`] lists, counted without writing their evidence.
pub fn problem_count(record: &CallRecord, names: &Names) -> usize {
    let out = collect(record, names, &FindingLimits::default(), false);
    out.found.iter().filter(|(f, _)| f.severity >= FindingSeverity::Warning).count()
}

/// Every finding of `record`, with its evidence written when `evidence` is set.
fn collect(record: &CallRecord, names: &Names, limits: &FindingLimits, evidence: bool) -> Collector {
    let mut out = Collector { evidence, ..Collector::default() };
    for (si, session) in record.sessions.iter().enumerate() {
        feedback_findings(session, si, names, &mut out);
        failure_findings(session, si, names, &mut out);
        for (gi, segment) in session.segments.iter().enumerate() {
            let sides = [true, false].map(|caller| {
                let endpoint = side_endpoint(session, gi, caller);
                let service = endpoint.is_some_and(|e| e.kind() == EndpointKind::Service);
                (caller, service, Who { endpoint, caller, names, name: std::cell::OnceCell::new() })
            });
            for (mi, media) in segment.media.iter().enumerate() {
                let at = At { session: si, segment: Some(gi), media: Some(mi) };
                for (caller, service, who) in &sides {
                    let caller = *caller;
                    if *service {
                        continue;
                    }
                    let side = if caller { "caller" } else { "callee" };
                    let (device, network) = if caller {
                        (&media.caller_device, &media.caller_network)
                    } else {
                        (&media.callee_device, &media.callee_network)
                    };
                    if let Some(device) = device {
                        device_findings(device, who, side, limits, at, &mut out);
                    }
                    if let Some(network) = network {
                        network_findings(network, who, side, limits, at, &mut out);
                    }
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_read_as_words() {
        assert_eq!(humanize_token("DistortedSound"), "distorted sound");
        assert_eq!(humanize_token("Noisy"), "noisy");
        assert_eq!(humanize_token("NoSound"), "no sound");
    }

    #[test]
    fn limits_are_inclusive() {
        assert!(at_least(0.005, 0.005));
        assert!(!at_least(0.0049, 0.005));
    }
}
