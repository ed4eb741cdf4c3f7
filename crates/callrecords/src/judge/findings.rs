//! Findings beyond the stream rules (rate-my-call feedback, session failures, device and
//! network conditions), each with its evidence, and the plain-language summary of a call.
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

use crate::judge::{Finding, FindingKind, FindingSeverity, MediaKind, RecordJudgement, Tally, Verdict};
use crate::model::datetime::{format_duration_ms, trim_number};
use crate::model::enums::{
    CallType, FailureStage, MediaStreamDirection, Modality, NetworkConnectionType, NetworkTransportProtocol,
    UserFeedbackRating, WifiBand,
};
use crate::model::metrics::{format_value, Unit};
use crate::model::record::{CallRecord, DeviceInfo, Endpoint, EndpointKind, NetworkInfo, Session, StreamRef};
use std::collections::HashMap;

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

/// A device check: which field, what it means, which limit.
struct DeviceCheck {
    graph: &'static str,
    title: &'static str,
    get: fn(&DeviceInfo) -> Option<f64>,
    limit: LimitKind,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum LimitKind {
    NotFunctioning,
    Glitch,
    EventRatio,
    AnyCount,
}

const DEVICE_CHECKS: &[DeviceCheck] = &[
    DeviceCheck {
        graph: "captureNotFunctioningEventRatio",
        title: "microphone not functioning",
        get: |d| d.capture_not_functioning_event_ratio,
        limit: LimitKind::NotFunctioning,
    },
    DeviceCheck {
        graph: "renderNotFunctioningEventRatio",
        title: "speaker not functioning",
        get: |d| d.render_not_functioning_event_ratio,
        limit: LimitKind::NotFunctioning,
    },
    DeviceCheck {
        graph: "howlingEventCount",
        title: "howling or screeching",
        get: |d| d.howling_event_count,
        limit: LimitKind::AnyCount,
    },
    DeviceCheck {
        graph: "deviceClippingEventRatio",
        title: "microphone clipping",
        get: |d| d.device_clipping_event_ratio,
        limit: LimitKind::EventRatio,
    },
    DeviceCheck {
        graph: "deviceGlitchEventRatio",
        title: "audio device glitches",
        get: |d| d.device_glitch_event_ratio,
        limit: LimitKind::EventRatio,
    },
    DeviceCheck {
        graph: "micGlitchRate",
        title: "microphone glitches",
        get: |d| d.mic_glitch_rate,
        limit: LimitKind::Glitch,
    },
    DeviceCheck {
        graph: "speakerGlitchRate",
        title: "speaker glitches",
        get: |d| d.speaker_glitch_rate,
        limit: LimitKind::Glitch,
    },
    DeviceCheck {
        graph: "lowSpeechLevelEventRatio",
        title: "speech level too low",
        get: |d| d.low_speech_level_event_ratio,
        limit: LimitKind::EventRatio,
    },
    DeviceCheck {
        graph: "lowSpeechToNoiseEventRatio",
        title: "noisy microphone signal (low speech-to-noise)",
        get: |d| d.low_speech_to_noise_event_ratio,
        limit: LimitKind::EventRatio,
    },
    DeviceCheck {
        graph: "cpuInsufficentEventRatio",
        title: "CPU insufficient for media",
        get: |d| d.cpu_insufficient_event_ratio,
        limit: LimitKind::EventRatio,
    },
    DeviceCheck {
        graph: "renderMuteEventRatio",
        title: "speaker muted",
        get: |d| d.render_mute_event_ratio,
        limit: LimitKind::EventRatio,
    },
    DeviceCheck {
        graph: "renderZeroVolumeEventRatio",
        title: "speaker volume at zero",
        get: |d| d.render_zero_volume_event_ratio,
        limit: LimitKind::EventRatio,
    },
];

/// A network event-ratio check.
struct NetworkRatioCheck {
    graph: &'static str,
    title: &'static str,
    get: fn(&NetworkInfo) -> Option<f64>,
}

const NETWORK_RATIO_CHECKS: &[NetworkRatioCheck] = &[
    NetworkRatioCheck {
        graph: "delayEventRatio",
        title: "network delay impaired two-way talk",
        get: |n| n.delay_event_ratio,
    },
    NetworkRatioCheck {
        graph: "bandwidthLowEventRatio",
        title: "bandwidth too low for sent audio",
        get: |n| n.bandwidth_low_event_ratio,
    },
    NetworkRatioCheck {
        graph: "receivedQualityEventRatio",
        title: "network degraded received audio",
        get: |n| n.received_quality_event_ratio,
    },
    NetworkRatioCheck {
        graph: "sentQualityEventRatio",
        title: "network degraded sent audio",
        get: |n| n.sent_quality_event_ratio,
    },
];

/// `value ≥ limit`, with the same relative tolerance as the stream rules.
fn at_least(value: f64, limit: f64) -> bool {
    value >= limit - 1e-9 * limit.abs().max(1.0)
}

fn usable(value: Option<f64>) -> Option<f64> {
    value.filter(|v| v.is_finite() && *v >= 0.0)
}

/// Findings collected with de-duplication per (kind, person, title): the worst value wins.
#[derive(Default)]
struct Collector {
    found: Vec<(Finding, f64)>,
    index: HashMap<(FindingKind, String, String), usize>,
}

impl Collector {
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

fn feedback_findings(session: &Session, si: usize, out: &mut Collector) {
    let mut endpoints: Vec<(&Endpoint, Option<usize>)> =
        [&session.caller, &session.callee].into_iter().flatten().map(|e| (e, None)).collect();
    for (gi, segment) in session.segments.iter().enumerate() {
        endpoints.extend([&segment.caller, &segment.callee].into_iter().flatten().map(|e| (e, Some(gi))));
    }
    for (endpoint, segment) in endpoints {
        let Some(feedback) = &endpoint.feedback else { continue };
        let rating = match feedback.rating {
            Some(UserFeedbackRating::Poor) => "poor",
            Some(UserFeedbackRating::Bad) => "bad",
            _ => continue,
        };
        let tokens = feedback.true_tokens();
        let mut title = format!("rated the call {rating}");
        if !tokens.is_empty() {
            let words: Vec<String> = tokens.iter().map(|t| humanize_token(t)).collect();
            title.push_str(&format!(" ({})", words.join(", ")));
        }
        let mut evidence = format!("feedback.rating {rating}");
        if !tokens.is_empty() {
            evidence.push_str(&format!("; tokens true: {}", tokens.join(", ")));
        }
        if let Some(text) = feedback.text.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
            evidence.push_str(&format!("; text: \"{text}\""));
        }
        let at = At { session: si, segment, media: None };
        out.add(
            finding(FindingKind::Feedback, FindingSeverity::Problem, endpoint.display_name(), title, evidence, at),
            0.0,
        );
    }
}

/// Who a session is about: its participants' names ("Abbie Wilkins and Owen Franklin"), or both
/// ends' names when no participant is known.
fn session_people(session: &Session) -> String {
    let ends: Vec<&Endpoint> = [&session.caller, &session.callee].into_iter().flatten().collect();
    let mut names: Vec<String> =
        ends.iter().filter(|e| e.kind() == EndpointKind::Participant).map(|e| e.display_name()).collect();
    if names.is_empty() {
        names = ends.iter().map(|e| e.display_name()).collect();
    }
    names.dedup();
    match names.as_slice() {
        [] => "unknown participants".to_string(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

fn failure_findings(session: &Session, si: usize, out: &mut Collector) {
    let who = session_people(session);
    let mut infos = vec![(session.failure_info.as_ref(), None)];
    infos.extend(session.segments.iter().enumerate().map(|(gi, g)| (g.failure_info.as_ref(), Some(gi))));
    for (info, segment) in infos {
        let Some(info) = info else { continue };
        let reason = info.reason.as_deref().map(str::trim).filter(|r| !r.is_empty());
        // An object with neither stage nor reason says nothing (the CallRecordInsights fixture
        // has one); Graph only sends failureInfo for a failure, but then it names the stage.
        if info.stage.is_none() && reason.is_none() {
            continue;
        }
        let title = match &info.stage {
            Some(FailureStage::CallSetup) => "failed at call setup".to_string(),
            Some(FailureStage::Midcall) => "failed mid-call".to_string(),
            Some(FailureStage::Other(stage)) => format!("failed at stage {stage}"),
            _ => "failed (stage not reported)".to_string(),
        };
        let mut evidence = format!("failureInfo.stage {}", info.stage.as_ref().map_or("not reported", |s| s.as_wire()));
        evidence.push_str(&match reason {
            Some(r) => format!(", reason \"{r}\""),
            None => ", reason not reported".to_string(),
        });
        if info.stage == Some(FailureStage::CallSetup) {
            evidence.push_str(" (callSetup also covers benign endings, e.g. hanging up while at an IVR)");
        }
        let level = if segment.is_some() { "segment" } else { "session" };
        evidence.push_str(&format!(" on the {level}"));
        let at = At { session: si, segment, media: None };
        out.add(finding(FindingKind::Failure, FindingSeverity::Problem, who.clone(), title, evidence, at), 0.0);
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

fn side_name(endpoint: Option<&Endpoint>, caller: bool) -> String {
    endpoint.map(Endpoint::display_name).unwrap_or_else(|| {
        if caller {
            "unknown caller".into()
        } else {
            "unknown callee".into()
        }
    })
}

fn ratio_evidence(graph: &str, value: f64, limit: f64) -> String {
    format!(
        "{graph} {} ≥ {} ({} of the call)",
        trim_number(value, 4),
        trim_number(limit, 4),
        format_value(Some(value), Unit::Ratio)
    )
}

fn device_findings(device: &DeviceInfo, who: &str, side: &str, limits: &FindingLimits, at: At, out: &mut Collector) {
    for check in DEVICE_CHECKS {
        let Some(value) = usable((check.get)(device)) else { continue };
        let (hit, evidence, severity) = match check.limit {
            LimitKind::NotFunctioning => (
                at_least(value, limits.not_functioning_ratio),
                format!(
                    "{}; Call Analytics rates a session poor at ≥ 0.005",
                    ratio_evidence(check.graph, value, limits.not_functioning_ratio)
                ),
                FindingSeverity::Problem,
            ),
            LimitKind::EventRatio => (
                at_least(value, limits.event_ratio),
                ratio_evidence(check.graph, value, limits.event_ratio),
                FindingSeverity::Warning,
            ),
            LimitKind::Glitch => (
                at_least(value, limits.glitch_rate_per_5_min),
                format!(
                    "{} {} per 5 min ≥ {} (good quality is under 1 per 5 min)",
                    check.graph,
                    trim_number(value, 1),
                    trim_number(limits.glitch_rate_per_5_min, 1)
                ),
                FindingSeverity::Warning,
            ),
            LimitKind::AnyCount => {
                (value > 0.0, format!("{} {} > 0", check.graph, trim_number(value, 0)), FindingSeverity::Warning)
            }
        };
        if hit {
            let evidence = format!("{side}Device.{evidence}");
            out.add(finding(FindingKind::Device, severity, who.to_string(), check.title, evidence, at), value);
        }
    }
}

fn network_findings(network: &NetworkInfo, who: &str, side: &str, limits: &FindingLimits, at: At, out: &mut Collector) {
    let mut add = |severity, title: &str, evidence: String, weight: f64| {
        out.add(
            finding(FindingKind::Network, severity, who.to_string(), title, format!("{side}Network.{evidence}"), at),
            weight,
        );
    };
    if network.connection_type == Some(NetworkConnectionType::Tunnel) {
        add(FindingSeverity::Warning, "VPN or tunnel connection", "connectionType tunnel".into(), 0.0);
    }
    if network.network_transport_protocol == Some(NetworkTransportProtocol::Tcp) {
        add(FindingSeverity::Warning, "media over TCP, not UDP", "networkTransportProtocol tcp".into(), 0.0);
    }
    let on_wifi = network.connection_type == Some(NetworkConnectionType::Wifi)
        || matches!(
            network.wifi_band,
            Some(WifiBand::Frequency24GHz | WifiBand::Frequency50GHz | WifiBand::Frequency60GHz)
        );
    if network.wifi_band == Some(WifiBand::Frequency24GHz) {
        let channel = network.wifi_channel.map(|c| format!(", wifiChannel {c}")).unwrap_or_default();
        add(FindingSeverity::Warning, "Wi-Fi on the 2.4 GHz band", format!("wifiBand frequency24GHz{channel}"), 0.0);
    }
    if on_wifi {
        if let Some(signal) = usable(network.wifi_signal_strength) {
            if signal < limits.weak_wifi_signal_percent {
                add(
                    FindingSeverity::Warning,
                    "weak Wi-Fi signal",
                    format!(
                        "wifiSignalStrength {} % < {} %",
                        trim_number(signal, 0),
                        trim_number(limits.weak_wifi_signal_percent, 0)
                    ),
                    100.0 - signal,
                );
            }
        }
    }
    if let Some(relay) = network.relay_ip_address.as_deref().map(str::trim).filter(|r| !r.is_empty()) {
        let port = network.relay_port.map(|p| format!(":{p}")).unwrap_or_default();
        add(
            FindingSeverity::Info,
            "media relay allocated",
            format!("relayIPAddress {relay}{port} (allocated by the endpoint; Graph does not say whether media flowed through it)"),
            0.0,
        );
    }
    for check in NETWORK_RATIO_CHECKS {
        if let Some(value) = usable((check.get)(network)) {
            if at_least(value, limits.event_ratio) {
                add(
                    FindingSeverity::Warning,
                    check.title,
                    ratio_evidence(check.graph, value, limits.event_ratio),
                    value,
                );
            }
        }
    }
}

/// Findings with explicit limits (see [`FindingLimits`]).
pub fn findings_with(record: &CallRecord, limits: &FindingLimits) -> Vec<Finding> {
    let mut out = Collector::default();
    for (si, session) in record.sessions.iter().enumerate() {
        feedback_findings(session, si, &mut out);
        failure_findings(session, si, &mut out);
        for (gi, segment) in session.segments.iter().enumerate() {
            for (mi, media) in segment.media.iter().enumerate() {
                let at = At { session: si, segment: Some(gi), media: Some(mi) };
                for caller in [true, false] {
                    let endpoint = side_endpoint(session, gi, caller);
                    if endpoint.is_some_and(|e| e.kind() == EndpointKind::Service) {
                        continue;
                    }
                    let who = side_name(endpoint, caller);
                    let side = if caller { "caller" } else { "callee" };
                    let (device, network) = if caller {
                        (&media.caller_device, &media.caller_network)
                    } else {
                        (&media.callee_device, &media.callee_network)
                    };
                    if let Some(device) = device {
                        device_findings(device, &who, side, limits, at, &mut out);
                    }
                    if let Some(network) = network {
                        network_findings(network, &who, side, limits, at, &mut out);
                    }
                }
            }
        }
    }
    out.finish()
}

// ---------------------------------------------------------------------------------------------
// The plain-language summary

fn join_and(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// "on Wi-Fi 2.4 GHz", "on a wired network", "over a VPN", plus " over TCP".
fn network_phrase(network: &NetworkInfo) -> Option<String> {
    let mut phrase = match network.connection_type {
        Some(NetworkConnectionType::Wifi) => match network.wifi_band {
            Some(WifiBand::Frequency24GHz) => "on Wi-Fi 2.4 GHz".to_string(),
            Some(WifiBand::Frequency50GHz) => "on Wi-Fi 5 GHz".to_string(),
            Some(WifiBand::Frequency60GHz) => "on Wi-Fi 6 GHz".to_string(),
            _ => "on Wi-Fi".to_string(),
        },
        Some(NetworkConnectionType::Wired) => "on a wired network".to_string(),
        Some(NetworkConnectionType::Mobile) => "on mobile data".to_string(),
        Some(NetworkConnectionType::Tunnel) => "over a VPN".to_string(),
        _ => String::new(),
    };
    if network.network_transport_protocol == Some(NetworkTransportProtocol::Tcp) {
        phrase = if phrase.is_empty() { "over TCP".into() } else { format!("{phrase} over TCP") };
    }
    (!phrase.is_empty()).then_some(phrase)
}

/// "Owen Franklin's inbound audio from Abbie Wilkins", with the network of that participant.
fn stream_subject<'a>(stream: &StreamRef<'a>, kind: MediaKind) -> (String, Option<&'a NetworkInfo>) {
    let (sender, receiver) = stream.sender_receiver();
    let (sender_net, receiver_net) = stream.sender_receiver_networks();
    let person = |e: Option<&Endpoint>| e.filter(|e| e.kind() == EndpointKind::Participant).map(Endpoint::display_name);
    let noun = kind.label();
    let directed = matches!(
        stream.stream.stream_direction,
        Some(MediaStreamDirection::CallerToCallee | MediaStreamDirection::CalleeToCaller)
    );
    match (directed, person(receiver), person(sender)) {
        (true, Some(to), from) => {
            let from = from.map(|f| format!(" from {f}")).unwrap_or_default();
            (format!("{to}'s inbound {noun}{from}"), receiver_net)
        }
        (true, None, Some(from)) => (format!("{from}'s outbound {noun}"), sender_net),
        _ => (format!("{noun} {}", stream.direction_label()), None),
    }
}

fn call_sentence(record: &CallRecord) -> String {
    let kind = match record.call_type {
        Some(CallType::GroupCall) => "Group call",
        Some(CallType::PeerToPeer) => "Peer-to-peer call",
        _ => "Call",
    };
    let mut modalities: Vec<String> = Vec::new();
    for m in &record.modalities {
        if matches!(m, Modality::Unknown | Modality::UnknownFutureValue) {
            continue;
        }
        let label = m.label().to_string();
        if !modalities.contains(&label) {
            modalities.push(label);
        }
    }
    let mut sentence = kind.to_string();
    if !modalities.is_empty() {
        sentence.push_str(&format!(" with {}", join_and(&modalities)));
    }
    let names = record.participant_names();
    let at_least = if record.more_participants { "at least " } else { "" };
    match names.len() {
        0 => {}
        2 if !record.more_participants => sentence.push_str(&format!(" between {} and {}", names[0], names[1])),
        1 => sentence.push_str(&format!(", {at_least}1 participant ({})", names[0])),
        n => sentence.push_str(&format!(", {at_least}{n} participants")),
    }
    if let Some(ms) = record.duration_ms().filter(|ms| *ms >= 0.0) {
        sentence.push_str(&format!(", {}", format_duration_ms(ms)));
    }
    if record.placeholder {
        sentence.push_str(&format!(
            " (only pages of record {} were loaded, not the record itself)",
            crate::model::identity::short_id(&record.id)
        ));
    }
    sentence.push('.');
    sentence
}

fn tally_phrase(tally: &Tally) -> String {
    if tally.total() == 1 {
        format!("its only stream was {}", tally.verdict().as_str())
    } else {
        tally.describe()
    }
}

fn streams_sentence(record: &CallRecord, judgement: &RecordJudgement) -> String {
    if !record.sessions_loaded {
        return "Sessions were not loaded: load the record with $expand=sessions($expand=segments) to judge its streams.".to_string();
    }
    let tally = judgement.tally_call();
    if tally.total() == 0 {
        if record.sessions.iter().all(|s| s.segments.is_empty()) {
            return "Segments were not loaded: list the sessions with $expand=segments to judge its streams."
                .to_string();
        }
        return "No media streams were reported in its sessions.".to_string();
    }
    let streams: Vec<StreamRef<'_>> = record.streams().collect();
    let mut sentence = format!("Under {}, {}", judgement.rules.short_name(), tally_phrase(&tally));
    let poor: Vec<String> = judgement
        .poor_streams()
        .map(|j| {
            let texts: Vec<&str> = j.breaches.iter().map(|b| b.text.as_str()).collect();
            let mut details = texts.join(", ");
            let subject = match streams.iter().find(|s| s.path == j.path) {
                Some(stream) => {
                    let (subject, network) = stream_subject(stream, j.kind);
                    if let Some(phrase) = network.and_then(network_phrase) {
                        details.push_str(&format!(", {phrase}"));
                    }
                    subject
                }
                None => format!("{} {}", j.kind.label(), j.direction),
            };
            format!("{subject} ({details})")
        })
        .collect();
    if !poor.is_empty() {
        let shown: Vec<String> = poor.iter().take(2).cloned().collect();
        sentence.push_str(&format!(": {}", shown.join("; ")));
        if poor.len() > 2 {
            sentence.push_str(&format!("; and {} more", poor.len() - 2));
        }
    } else if tally.unclassified > 0 {
        let mut reasons: Vec<&str> = Vec::new();
        for reason in judgement
            .streams
            .iter()
            .filter(|s| s.verdict == Verdict::Unclassified)
            .flat_map(|s| s.unclassified_reasons.iter())
        {
            if !reasons.contains(&reason.as_str()) {
                reasons.push(reason);
            }
        }
        if !reasons.is_empty() {
            let shown: Vec<&str> = reasons.iter().take(2).copied().collect();
            let more =
                if reasons.len() > 2 { format!("; and {} more reasons", reasons.len() - 2) } else { String::new() };
            sentence.push_str(&format!(" ({}{more})", shown.join("; ")));
        }
    }
    if record.more_sessions {
        sentence.push_str("; more sessions exist that were not loaded");
    }
    sentence.push('.');
    sentence
}

fn people_sentence(findings: &[Finding]) -> Option<String> {
    let phrases: Vec<String> = findings
        .iter()
        .filter_map(|f| match f.kind {
            FindingKind::Feedback => Some(format!("{} {}", f.who, f.title)),
            FindingKind::Failure => Some(format!("the session of {} {}", f.who, f.title)),
            _ => None,
        })
        .collect();
    if phrases.is_empty() {
        return None;
    }
    let mut shown: Vec<String> = phrases.iter().take(3).cloned().collect();
    if phrases.len() > 3 {
        shown.push(format!("{} more", phrases.len() - 3));
    }
    Some(format!("{}.", capitalise(&shown.join("; "))))
}

fn conditions_sentence(findings: &[Finding]) -> Option<String> {
    let mut people: Vec<(&str, Vec<&str>)> = Vec::new();
    for f in findings.iter().filter(|f| {
        matches!(f.kind, FindingKind::Device | FindingKind::Network) && f.severity >= FindingSeverity::Warning
    }) {
        match people.iter_mut().find(|(who, _)| *who == f.who) {
            Some((_, titles)) => titles.push(&f.title),
            None => people.push((&f.who, vec![&f.title])),
        }
    }
    if people.is_empty() {
        return None;
    }
    let mut parts: Vec<String> = people
        .iter()
        .take(3)
        .map(|(who, titles)| {
            let mut shown: Vec<String> = titles.iter().take(3).map(|t| t.to_string()).collect();
            if titles.len() > 3 {
                shown.push(format!("{} more", titles.len() - 3));
            }
            format!("{who}: {}", join_and(&shown))
        })
        .collect();
    if people.len() > 3 {
        parts.push(format!("and {} more people", people.len() - 3));
    }
    Some(format!("Device and network: {}.", parts.join("; ")))
}

/// A plain-language summary of a call in 2–4 sentences, from the data only: what the call was
/// (type, modalities, who, how long), how its streams fared under the rule set (and where they
/// were poor, with the breaches and the participant's network), who rated it poorly or whose
/// session failed, and the device and network conditions per person.
pub fn summarize_call(record: &CallRecord, judgement: &RecordJudgement, findings: &[Finding]) -> String {
    let mut sentences = vec![call_sentence(record), streams_sentence(record, judgement)];
    sentences.extend(people_sentence(findings));
    sentences.extend(conditions_sentence(findings));
    sentences.join(" ")
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
