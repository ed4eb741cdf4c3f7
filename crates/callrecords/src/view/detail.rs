//! What the detail panel shows for the selected node of a call, as data: sections of labelled
//! fields and tables (caller and callee side by side for networks and devices, every stream
//! metric with its unit and limit). The Yew panel only renders this; missing values are
//! `Missing`, shown as "not reported".

use crate::judge::{MediaKind, RecordJudgement, RuleSet, Verdict};
use crate::model::datetime::{format_duration_ms, UtcInstant};
use crate::model::identity::{IdentitySet, Names};
use crate::model::metrics::{format_value, Metric, DEVICE_METRICS, NETWORK_METRICS, STREAM_METRICS};
use crate::model::record::{
    CallRecord, DeviceInfo, Endpoint, EndpointKind, FailureInfo, MediaStream, NetworkInfo, StreamPath, StreamRef,
    UserFeedback,
};
use crate::model::{NodePath, Text};
use crate::view::words::capitalise;

/// One value shown to the user.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Text(String),
    /// A point in time: shown in the user's time zone, with UTC on hover.
    Time(UtcInstant),
    /// Absent or null in the data.
    Missing,
    /// A value that broke a quality limit, with why.
    Poor {
        text: String,
        why: String,
    },
}

impl Value {
    fn text(text: impl Into<String>) -> Value {
        Value::Text(text.into())
    }
    fn opt(text: Option<impl Into<String>>) -> Value {
        text.map_or(Value::Missing, |t| Value::Text(t.into()))
    }
    fn time(t: Option<UtcInstant>) -> Value {
        t.map_or(Value::Missing, Value::Time)
    }
    fn yes_no(b: Option<bool>) -> Value {
        b.map_or(Value::Missing, |b| Value::text(if b { crate::t!("yes") } else { crate::t!("no") }))
    }
    fn number(n: Option<f64>, unit: crate::model::metrics::Unit) -> Value {
        if n.is_some_and(f64::is_finite) {
            Value::Text(format_value(n, unit))
        } else {
            Value::Missing
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Field {
    pub label: String,
    pub value: Value,
}

/// A table: a caption, column headings, and rows whose first cell is the row's label.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    pub columns: Vec<String>,
    pub rows: Vec<(String, Vec<Value>)>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    pub title: String,
    pub fields: Vec<Field>,
    pub table: Option<Table>,
    /// Shown only on request (folded away): the metrics of other media kinds.
    pub folded: bool,
}

/// A label of the details in the current language (the message `detail-<label in kebab case>`).
fn tl(english: &str) -> String {
    let id: String = english
        .to_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    crate::i18n::lookup(&format!("detail-{id}"), &[]).unwrap_or_else(|| english.to_string())
}

fn field(label: &str, value: Value) -> Field {
    Field { label: tl(label), value }
}

fn section(title: impl Into<String>, fields: Vec<Field>) -> Section {
    Section { title: title.into(), fields, table: None, folded: false }
}

/// Drops fields that are missing when a section would otherwise be all "not reported".
fn keep_reported(fields: Vec<Field>, always: usize) -> Vec<Field> {
    fields.into_iter().enumerate().filter(|(i, f)| *i < always || f.value != Value::Missing).map(|(_, f)| f).collect()
}

fn times(start: Option<UtcInstant>, end: Option<UtcInstant>) -> Vec<Field> {
    let duration = match (start, end) {
        (Some(a), Some(b)) => Value::text(format_duration_ms((b.0 - a.0) as f64)),
        _ => Value::Missing,
    };
    vec![field("Start", Value::time(start)), field("End", Value::time(end)), field("Duration", duration)]
}

fn failure_fields(failure: Option<&FailureInfo>) -> Vec<Field> {
    match failure {
        None => vec![],
        Some(f) => vec![field(
            "Failure",
            Value::Poor {
                text: format!(
                    "{} — {}",
                    f.stage.as_ref().map_or_else(|| crate::t!("stage-not-reported"), |s| s.label()),
                    f.reason.as_deref().map_or_else(|| crate::t!("no-reason-given"), str::to_string)
                ),
                why: "failureInfo".into(),
            },
        )],
    }
}

fn identity_text(set: &IdentitySet) -> Option<String> {
    let parts: Vec<String> = set
        .identities
        .iter()
        .map(|(kind, i)| {
            let name = i.name().or(i.id.as_deref()).map(str::to_string).unwrap_or_else(|| crate::t!("unnamed"));
            format!("{}: {name}", kind.label())
        })
        .collect();
    (!parts.is_empty()).then(|| parts.join("; "))
}

/// An endpoint (caller or callee): who, what it runs, on what machine.
pub fn endpoint_section(title: &str, endpoint: Option<&Endpoint>, names: &Names) -> Section {
    let Some(e) = endpoint else {
        return section(title, vec![field("Endpoint", Value::Missing)]);
    };
    let agent = e.user_agent.as_ref();
    let kind = match e.kind() {
        EndpointKind::Participant => crate::t!("endpoint-participant"),
        EndpointKind::Service => crate::t!("endpoint-service"),
        EndpointKind::Unknown => crate::t!("endpoint-not-stated"),
    };
    let identity = e.identity.as_ref().and_then(identity_text);
    let associated = e.associated_identity.as_ref().map(|i| {
        let mut parts = vec![i.name().map_or_else(|| crate::t!("unnamed"), str::to_string)];
        parts.extend(i.user_principal_name.as_deref().filter(|u| Some(*u) != i.name()).map(str::to_string));
        parts.extend(i.id.as_deref().map(str::to_string));
        parts.join(" · ")
    });
    let cpu = match (&e.cpu_name, e.cpu_cores_count, e.cpu_processor_speed_in_mhz) {
        (None, None, None) => None,
        (name, cores, mhz) => Some(
            [
                name.as_deref().map(str::to_string),
                cores.map(|c| crate::t!("cpu-cores", count = c)),
                mhz.map(|m| crate::t!("cpu-mhz", mhz = m)),
            ]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(", "),
        ),
    };
    let fields = vec![
        field("Name", Value::text(e.display_name_in(names))),
        field("Kind", Value::text(kind)),
        field("Client", Value::opt(e.client_description())),
        field("Identity", Value::opt(identity)),
        field("Associated identity", Value::opt(associated)),
        field("User agent", Value::opt(agent.and_then(|a| a.header_value.clone()))),
        field("Application version", Value::opt(agent.and_then(|a| a.application_version.clone()))),
        field("Device name", Value::opt(e.name.clone())),
        field("CPU", Value::opt(cpu)),
        field("Entra app id", Value::opt(agent.and_then(|a| a.azure_ad_app_id.clone()))),
        field("ACS resource id", Value::opt(agent.and_then(|a| a.communication_service_id.clone()))),
    ];
    section(title, keep_reported(fields, 3))
}

/// Rating, text and the tokens the user ticked.
pub fn feedback_section(who: &str, feedback: &UserFeedback) -> Section {
    let rating = feedback.rating.as_ref().map(|r| r.label().to_string());
    let poor = matches!(
        feedback.rating,
        Some(crate::model::enums::UserFeedbackRating::Poor | crate::model::enums::UserFeedbackRating::Bad)
    );
    let tokens = feedback.true_tokens();
    section(
        crate::t!("feedback-from", who = who),
        vec![
            field(
                "Rating",
                match rating {
                    Some(text) if poor => Value::Poor { text, why: crate::t!("feedback-rated-poor") },
                    other => Value::opt(other),
                },
            ),
            field(
                "Problems ticked",
                if tokens.is_empty() { Value::text(crate::t!("none")) } else { Value::text(tokens.join(", ")) },
            ),
            field("Comment", Value::opt(feedback.text.clone())),
        ],
    )
}

fn network_rows(networks: [Option<&NetworkInfo>; 2]) -> Vec<(String, Vec<Value>)> {
    type Get = fn(&NetworkInfo) -> Value;
    let text_rows: [(&str, Get); 16] = [
        ("Connection", |n| Value::opt(n.connection_type.as_ref().map(|c| c.label().to_string()))),
        ("Transport", |n| Value::opt(n.network_transport_protocol.as_ref().map(|c| c.label().to_string()))),
        ("IP address", |n| Value::opt(n.ip_address.clone())),
        ("Subnet", |n| Value::opt(n.subnet.clone())),
        ("Port", |n| Value::opt(n.port.map(|p| p.to_string()))),
        ("Reflexive IP", |n| Value::opt(n.reflexive_ip_address.clone())),
        ("Relay", |n| {
            Value::opt(
                n.relay_ip_address.as_ref().map(|ip| n.relay_port.map_or(ip.to_string(), |p| format!("{ip}:{p}"))),
            )
        }),
        ("MAC address", |n| Value::opt(n.mac_address.clone())),
        ("DNS suffix", |n| Value::opt(n.dns_suffix.clone())),
        ("Wi-Fi band", |n| Value::opt(n.wifi_band.as_ref().map(|c| c.label().to_string()))),
        ("Wi-Fi radio", |n| Value::opt(n.wifi_radio_type.as_ref().map(|c| c.label().to_string()))),
        ("Wi-Fi channel", |n| Value::opt(n.wifi_channel.map(|c| c.to_string()))),
        ("BSSID", |n| Value::opt(n.basic_service_set_identifier.clone())),
        ("Wi-Fi driver (Microsoft)", |n| {
            Value::opt(join_version(&n.wifi_microsoft_driver, &n.wifi_microsoft_driver_version))
        }),
        ("Wi-Fi driver (vendor)", |n| Value::opt(join_version(&n.wifi_vendor_driver, &n.wifi_vendor_driver_version))),
        ("Trace-route hops", |n| {
            if n.trace_route_hops.is_empty() {
                Value::Missing
            } else {
                Value::text(n.trace_route_hops.len().to_string())
            }
        }),
    ];
    let mut rows: Vec<(String, Vec<Value>)> = text_rows
        .iter()
        .map(|(label, get)| (tl(label), networks.iter().map(|n| n.map_or(Value::Missing, get)).collect()))
        .collect();
    rows.extend(NETWORK_METRICS.iter().map(|m| {
        (
            m.label_text(),
            networks.iter().map(|n| n.map_or(Value::Missing, |n| Value::number(m.value(n), m.unit))).collect(),
        )
    }));
    rows.retain(|(_, values)| values.iter().any(|v| *v != Value::Missing));
    rows
}

fn join_version(name: &Option<Text>, version: &Option<impl AsRef<str>>) -> Option<String> {
    match (name, version.as_ref().map(AsRef::as_ref)) {
        (Some(n), Some(v)) => Some(format!("{n} {v}")),
        (Some(n), None) => Some(n.to_string()),
        (None, Some(v)) => Some(v.to_string()),
        (None, None) => None,
    }
}

fn device_rows(devices: [Option<&DeviceInfo>; 2]) -> Vec<(String, Vec<Value>)> {
    type Get = fn(&DeviceInfo) -> Value;
    let text_rows: [(&str, Get); 2] = [
        ("Microphone", |d| {
            Value::opt(join_version(
                &d.capture_device_name,
                &d.capture_device_driver.as_ref().map(|v| format!("({v})")),
            ))
        }),
        ("Speaker", |d| {
            Value::opt(join_version(&d.render_device_name, &d.render_device_driver.as_ref().map(|v| format!("({v})"))))
        }),
    ];
    let mut rows: Vec<(String, Vec<Value>)> = text_rows
        .iter()
        .map(|(label, get)| (tl(label), devices.iter().map(|d| d.map_or(Value::Missing, get)).collect()))
        .collect();
    rows.extend(DEVICE_METRICS.iter().map(|m| {
        (
            m.label_text(),
            devices.iter().map(|d| d.map_or(Value::Missing, |d| Value::number(m.value(d), m.unit))).collect(),
        )
    }));
    rows.retain(|(_, values)| values.iter().any(|v| *v != Value::Missing));
    rows
}

fn name_of(endpoint: Option<&Endpoint>, role: &str, names: &Names) -> String {
    let role = if role == "caller" { crate::t!("role-caller") } else { crate::t!("role-callee") };
    format!("{} ({role})", endpoint.map_or_else(|| crate::t!("unknown"), |e| e.display_name_in(names)))
}

/// A word for the media kind: "Audio", "Video", "Screen sharing"… ([`MediaKind::label`] as a
/// heading).
pub fn media_kind_label(kind: MediaKind) -> String {
    capitalise(&kind.label())
}

fn stream_sections(s: &StreamRef<'_>, judgement: &RecordJudgement, rules: &RuleSet) -> Vec<Section> {
    let stream: &MediaStream = s.stream;
    let j = judgement.streams.iter().find(|j| j.path == s.path);
    let verdict = match j {
        Some(j) => {
            let reasons = j.reasons();
            let text = if reasons.is_empty() {
                j.verdict.label().to_string()
            } else {
                format!("{}: {}", j.verdict.label(), reasons.join("; "))
            };
            if j.verdict == Verdict::Poor {
                Value::Poor { text, why: rules.kind.name().to_string() }
            } else {
                Value::text(text)
            }
        }
        None => Value::Missing,
    };
    let codec = stream
        .audio_codec
        .as_ref()
        .map(|c| c.label().to_string())
        .or_else(|| stream.video_codec.as_ref().map(|c| c.label().to_string()));
    let mut overview = vec![
        field("Direction", Value::text(s.direction_label_in(&judgement.names))),
        field("Verdict", verdict),
        field("Rules", Value::text(rules.kind.name())),
        field(
            "Media",
            Value::text(format!(
                "{} ({})",
                media_kind_label(j.map_or(MediaKind::Unknown, |j| j.kind)),
                s.media.label.as_deref().unwrap_or("no label")
            )),
        ),
        field("Stream id", Value::opt(stream.stream_id.clone())),
        field("Codec", Value::opt(codec)),
        field("Audio FEC used", Value::yes_no(stream.is_audio_forward_error_correction_used)),
        field("Media bypassed", Value::yes_no(stream.was_media_bypassed)),
    ];
    overview.extend(times(stream.start, stream.end));
    let breached = |name: &str| j.and_then(|j| j.breaches.iter().find(|b| b.metric == name));
    let kind = j.map_or(MediaKind::Unknown, |j| j.kind);
    // The metrics of this media kind, and any other that was reported; the rest (another
    // kind's, not reported) folded away.
    let (shown, other): (Vec<_>, Vec<_>) =
        STREAM_METRICS.iter().partition(|m| metric_belongs(m.name, kind) || m.value(stream).is_some());
    let row = |m: &&Metric<MediaStream>| {
        let value = match (m.value(stream), breached(m.name)) {
            (None, _) => Value::Missing,
            (Some(v), Some(b)) => Value::Poor { text: format_value(Some(v), m.unit), why: b.text() },
            (Some(v), None) => Value::Text(format_value(Some(v), m.unit)),
        };
        (m.label_text(), vec![value])
    };
    let columns = vec![tl("Measure"), tl("Value")];
    let mut out = vec![
        section(tl("Stream"), keep_reported(overview, 4)),
        Section {
            title: tl("Metrics"),
            fields: vec![],
            table: Some(Table { columns: columns.clone(), rows: shown.iter().map(row).collect() }),
            folded: false,
        },
    ];
    if !other.is_empty() {
        out.push(Section {
            title: other_metrics_title(kind, other.len()),
            fields: vec![],
            table: Some(Table { columns, rows: other.iter().map(row).collect() }),
            folded: true,
        });
    }
    out
}

/// Metrics only one media kind reports (Graph's mediaStream documentation: the video and the
/// audio-only properties); the rest (jitter, loss, round trip, packets, bandwidth) every kind.
const VIDEO_ONLY: &[&str] = &[
    "postForwardErrorCorrectionPacketLossRate",
    "averageVideoPacketLossRate",
    "averageVideoFrameLossPercentage",
    "averageVideoFrameRate",
    "averageReceivedFrameRate",
    "lowFrameRateRatio",
    "lowVideoProcessingCapabilityRatio",
    "averageFreezeDuration",
    "rmsFreezeDuration",
];
const AUDIO_ONLY: &[&str] = &[
    "averageAudioDegradation",
    "averageRatioOfConcealedSamples",
    "maxRatioOfConcealedSamples",
    "averageAudioNetworkJitter",
    "maxAudioNetworkJitter",
];

/// The stream metric `name` (a Graph property) belongs to streams of `kind`; every metric
/// belongs to a kind the page cannot tell.
pub fn metric_belongs(name: &str, kind: MediaKind) -> bool {
    match kind {
        MediaKind::Audio => !VIDEO_ONLY.contains(&name),
        MediaKind::Video | MediaKind::VideoBasedScreenSharing => !AUDIO_ONLY.contains(&name),
        MediaKind::ApplicationSharing | MediaKind::Data | MediaKind::Unknown => true,
    }
}

/// "Other metrics (9, not reported for audio)".
fn other_metrics_title(kind: MediaKind, n: usize) -> String {
    crate::t!("detail-other-metrics", count = n, kind = kind.label())
}

/// The sections for a node of a record.
pub fn describe(record: &CallRecord, node: NodePath, judgement: &RecordJudgement, rules: &RuleSet) -> Vec<Section> {
    let names = &judgement.names;
    match node {
        NodePath::Call => {
            let mut fields = vec![
                field("Call record id", Value::text(crate::model::identity::id_text(&record.id).into_owned())),
                field("Type", Value::opt(record.call_type.as_ref().map(|t| t.label().to_string()))),
                field(
                    "Modalities",
                    if record.modalities.is_empty() {
                        Value::Missing
                    } else {
                        Value::text(record.modalities.iter().map(|m| m.label()).collect::<Vec<_>>().join(", "))
                    },
                ),
            ];
            fields.extend(times(record.start, record.end));
            fields.extend([
                field("Organizer", Value::opt(record.organizer_name_in(names))),
                field("Participants", Value::text(record.participant_names_in(names).join(", "))),
                field("Version", Value::opt(record.version.map(|v| v.to_string()))),
                field("Last modified", Value::time(record.last_modified)),
                field("Join URL", Value::opt(record.join_web_url.clone())),
            ]);
            vec![section(tl("Call"), keep_reported(fields, 3))]
        }
        NodePath::Session(si) => {
            let Some(session) = record.sessions.get(si) else { return vec![] };
            let mut fields = vec![field("Session id", Value::opt(session.id.clone()))];
            fields.extend(times(session.start, session.end));
            fields.push(field(
                "Modalities",
                Value::opt(
                    session.modalities.as_ref().map(|m| m.iter().map(|m| m.label()).collect::<Vec<_>>().join(", ")),
                ),
            ));
            fields.push(field("Test call", Value::yes_no(session.is_test)));
            fields.extend(failure_fields(session.failure_info.as_ref()));
            let mut out = vec![
                section(crate::t!("node-session", s = si + 1), keep_reported(fields, 4)),
                endpoint_section(&tl("Caller"), session.caller.as_ref(), names),
                endpoint_section(&tl("Callee"), session.callee.as_ref(), names),
            ];
            for endpoint in [&session.caller, &session.callee].into_iter().flatten() {
                if let Some(f) = &endpoint.feedback {
                    out.push(feedback_section(&endpoint.display_name_in(names), f));
                }
            }
            out
        }
        NodePath::Segment(si, gi) => {
            let Some(segment) = record.sessions.get(si).and_then(|s| s.segments.get(gi)) else { return vec![] };
            let mut fields = vec![field("Segment id", Value::opt(segment.id.clone()))];
            fields.extend(times(segment.start, segment.end));
            fields.extend(failure_fields(segment.failure_info.as_ref()));
            vec![
                section(crate::t!("node-segment-label", g = gi + 1), keep_reported(fields, 4)),
                endpoint_section(&tl("Caller"), segment.caller.as_ref(), names),
                endpoint_section(&tl("Callee"), segment.callee.as_ref(), names),
            ]
        }
        NodePath::Media(si, gi, mi) => {
            let Some(segment) = record.sessions.get(si).and_then(|s| s.segments.get(gi)) else { return vec![] };
            let Some(media) = segment.media.get(mi) else { return vec![] };
            let columns = vec![
                tl("Measure"),
                name_of(segment.caller.as_ref(), "caller", names),
                name_of(segment.callee.as_ref(), "callee", names),
            ];
            let tally = judgement.tally_media(si, gi, mi);
            let mut out = vec![section(
                "Media",
                vec![
                    field("Label", Value::opt(media.label.clone())),
                    field("Streams", Value::text(format!("{} ({})", media.streams.len(), tally.describe()))),
                ],
            )];
            let network = network_rows([media.caller_network.as_ref(), media.callee_network.as_ref()]);
            out.push(Section {
                title: tl("Network"),
                fields: if network.is_empty() { vec![field("Network", Value::Missing)] } else { vec![] },
                table: (!network.is_empty()).then(|| Table { columns: columns.clone(), rows: network }),
                folded: false,
            });
            let device = device_rows([media.caller_device.as_ref(), media.callee_device.as_ref()]);
            out.push(Section {
                title: tl("Devices"),
                fields: if device.is_empty() { vec![field("Devices", Value::Missing)] } else { vec![] },
                table: (!device.is_empty()).then_some(Table { columns, rows: device }),
                folded: false,
            });
            for (who, net) in [(&segment.caller, &media.caller_network), (&segment.callee, &media.callee_network)] {
                if let Some(n) = net.as_ref().filter(|n| !n.trace_route_hops.is_empty()) {
                    let rows = n
                        .trace_route_hops
                        .iter()
                        .map(|h| {
                            (
                                h.hop_count.map_or("?".into(), |c| c.to_string()),
                                vec![
                                    Value::opt(h.ip_address.clone()),
                                    Value::number(h.round_trip_time.get(), crate::model::metrics::Unit::Ms),
                                ],
                            )
                        })
                        .collect();
                    out.push(Section {
                        title: crate::t!(
                            "detail-trace-route-from",
                            who = who.as_ref().map_or_else(|| crate::t!("chart-unknown"), |e| e.display_name_in(names))
                        ),
                        fields: vec![],
                        table: Some(Table { columns: vec![tl("Hop"), tl("IP address"), tl("Round trip")], rows }),
                        folded: false,
                    });
                }
            }
            out
        }
        NodePath::Stream(session, segment, media, stream) => {
            let path = StreamPath { session, segment, media, stream };
            match record.stream_at(path) {
                Some(s) => stream_sections(&s, judgement, rules),
                None => vec![],
            }
        }
    }
}

/// A short line of a stream's key metrics for the tree: "jitter 16 ms · loss 0 % · RTT 61 ms".
pub fn stream_brief(stream: &MediaStream) -> String {
    let mut parts = Vec::new();
    if let Some(j) = stream.average_jitter.get() {
        parts.push(crate::t!("brief-jitter", value = crate::t!("unit-ms", value = crate::i18n::num(j, 0))));
    }
    if let Some(l) = stream.average_packet_loss_rate.get() {
        parts.push(crate::t!("brief-loss", value = format_value(Some(l), crate::model::metrics::Unit::Ratio)));
    }
    if let Some(r) = stream.average_round_trip_time.get() {
        parts.push(crate::t!("brief-rtt", value = crate::t!("unit-ms", value = crate::i18n::num(r, 0))));
    }
    if let Some(f) = stream.average_video_frame_rate.get().or(stream.average_received_frame_rate.get()) {
        parts.push(crate::t!("unit-fps", value = crate::i18n::num(f, 1)));
    }
    if parts.is_empty() {
        crate::t!("no-metrics-reported")
    } else {
        parts.join(" · ")
    }
}
