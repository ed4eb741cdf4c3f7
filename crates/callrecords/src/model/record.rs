//! The call-record hierarchy: callRecord → session → segment → media → mediaStream, with the
//! endpoints, user agents, networks, devices, feedback and failures on the way.
//!
//! These structs are deserialised straight from the bytes. Every property is optional
//! (`None` = absent or null = "not reported", never zero), durations become milliseconds,
//! date-times become [`UtcInstant`]s, unknown keys are skipped and unknown enum values kept.

use super::lenient::de_integer;
use super::reported::{de_duration, ser_duration, Reported};
use super::text::{Own, Text};
use crate::model::datetime::{de_instant, UtcInstant};
use crate::model::enums::*;
use crate::model::identity::{Identity, IdentitySet, Names};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One call: the unit an admin looks up. Built by ingest from a record, sessions pages and
/// participants pages.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CallRecord {
    pub id: String,
    pub version: Option<i64>,
    pub call_type: Option<CallType>,
    pub modalities: Vec<Modality>,
    pub start: Option<UtcInstant>,
    pub end: Option<UtcInstant>,
    pub last_modified: Option<UtcInstant>,
    pub join_web_url: Option<String>,
    /// Deprecated `organizer` (identity set).
    pub organizer: Option<IdentitySet>,
    /// Deprecated `participants` (identity sets).
    pub participants: Vec<IdentitySet>,
    pub organizer_v2: Option<Participant>,
    pub participants_v2: Vec<Participant>,
    pub sessions: Vec<Session>,
    /// Whether any sessions were loaded for this record (expanded or from a sessions page).
    pub sessions_loaded: bool,
    /// A `sessions@odata.nextLink` (or a sessions page's `@odata.nextLink`) was seen: more
    /// sessions exist that were not loaded.
    pub more_sessions: bool,
    /// Likewise for `participants_v2`.
    pub more_participants: bool,
    /// True when only pages of this record were loaded, not the record itself.
    pub placeholder: bool,
    /// Sessions that were in the file but lost to a syntax error: the record is incomplete, and
    /// its verdicts cover only the sessions that could be read.
    pub lost_sessions: usize,
}

impl CallRecord {
    /// The organizer's display name, preferring `organizer_v2`.
    pub fn organizer_name(&self) -> Option<String> {
        self.organizer_name_in(&self.names())
    }

    /// [`CallRecord::organizer_name`] with the record's [`Names`] already built.
    pub fn organizer_name_in(&self, names: &Names) -> Option<String> {
        self.organizer_v2
            .as_ref()
            .and_then(|p| p.identity.as_ref())
            .and_then(|set| set.display_name_in(names))
            .or_else(|| self.organizer.as_ref().and_then(|set| set.display_name_in(names)))
    }

    /// Who each identity id of the record is, from every identity it holds: `participants_v2`
    /// and `organizer_v2` first (the participant's own id included), then the deprecated
    /// `participants` and `organizer`, then every session's and segment's caller and callee.
    /// Build it once per record and name endpoints with it ([`Endpoint::display_name_in`]).
    pub fn names(&self) -> Names {
        let mut names = Names::default();
        for p in self.participants_v2.iter().chain(&self.organizer_v2) {
            if let Some(set) = &p.identity {
                names.learn_set(set, p.id.as_deref());
            }
        }
        for set in self.participants.iter().chain(&self.organizer) {
            names.learn_set(set, None);
        }
        for session in &self.sessions {
            let segment_ends = session.segments.iter().flat_map(|g| [&g.caller, &g.callee]);
            for endpoint in [&session.caller, &session.callee].into_iter().chain(segment_ends).flatten() {
                endpoint.teach(&mut names);
            }
        }
        names
    }

    /// Names of the distinct participants, from `participants_v2`, else `participants`, else the
    /// session endpoints.
    pub fn participant_names(&self) -> Vec<String> {
        self.participant_names_in(&self.names())
    }

    /// [`CallRecord::participant_names`] with the record's [`Names`] already built.
    pub fn participant_names_in(&self, known: &Names) -> Vec<String> {
        let mut names: Vec<String> = Vec::new();
        let mut push = |name: String| {
            if !names.contains(&name) {
                names.push(name);
            }
        };
        if !self.participants_v2.is_empty() {
            self.participants_v2.iter().filter_map(|p| p.identity.as_ref()?.display_name_in(known)).for_each(&mut push);
        } else if !self.participants.is_empty() {
            self.participants.iter().filter_map(|set| set.display_name_in(known)).for_each(&mut push);
        } else {
            for session in &self.sessions {
                for endpoint in [&session.caller, &session.callee].into_iter().flatten() {
                    if endpoint.kind() == EndpointKind::Participant {
                        push(endpoint.display_name_in(known));
                    }
                }
            }
        }
        names
    }

    /// Duration in milliseconds, when both ends are known.
    pub fn duration_ms(&self) -> Option<f64> {
        Some((self.end?.0 - self.start?.0) as f64)
    }

    /// The stream at a path, with its parents.
    pub fn stream_at(&self, path: StreamPath) -> Option<StreamRef<'_>> {
        let session = self.sessions.get(path.session)?;
        let segment = session.segments.get(path.segment)?;
        let media = segment.media.get(path.media)?;
        let stream = media.streams.get(path.stream)?;
        Some(StreamRef { session, segment, media, stream, path })
    }

    /// Every stream of the record with where it sits.
    pub fn streams(&self) -> impl Iterator<Item = StreamRef<'_>> {
        self.sessions.iter().enumerate().flat_map(|(si, session)| {
            session.segments.iter().enumerate().flat_map(move |(gi, segment)| {
                segment.media.iter().enumerate().flat_map(move |(mi, media)| {
                    media.streams.iter().enumerate().map(move |(ti, stream)| StreamRef {
                        session,
                        segment,
                        media,
                        stream,
                        path: StreamPath { session: si, segment: gi, media: mi, stream: ti },
                    })
                })
            })
        })
    }
}

/// Indexes of a stream inside its record.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct StreamPath {
    pub session: usize,
    pub segment: usize,
    pub media: usize,
    pub stream: usize,
}

/// A stream with its parents.
#[derive(Clone, Copy, Debug)]
pub struct StreamRef<'a> {
    pub session: &'a Session,
    pub segment: &'a Segment,
    pub media: &'a Media,
    pub stream: &'a MediaStream,
    pub path: StreamPath,
}

impl<'a> StreamRef<'a> {
    /// The endpoint that sent the stream and the one that received it.
    pub fn sender_receiver(&self) -> (Option<&'a Endpoint>, Option<&'a Endpoint>) {
        let (caller, callee) = (self.segment.caller.as_ref(), self.segment.callee.as_ref());
        match self.stream.stream_direction {
            Some(MediaStreamDirection::CalleeToCaller) => (callee, caller),
            _ => (caller, callee),
        }
    }

    /// "Alice → Bob", by display names; "caller → callee" names when the direction is unknown.
    pub fn direction_label(&self) -> String {
        self.direction_label_in(&Names::default())
    }

    /// [`StreamRef::direction_label`], naming the ends with the record's [`Names`].
    pub fn direction_label_in(&self, names: &Names) -> String {
        let name = |e: Option<&Endpoint>| e.map_or_else(|| crate::t!("unknown-endpoint"), |e| e.display_name_in(names));
        self.direction_label_of(&name(self.segment.caller.as_ref()), &name(self.segment.callee.as_ref()))
    }

    /// [`StreamRef::direction_label_in`] with the segment's caller and callee already named
    /// (the streams of one segment share them).
    pub fn direction_label_of(&self, caller: &str, callee: &str) -> String {
        let (from, to) = match self.stream.stream_direction {
            Some(MediaStreamDirection::CalleeToCaller) => (callee, caller),
            _ => (caller, callee),
        };
        match self.stream.stream_direction {
            Some(MediaStreamDirection::CallerToCallee) | Some(MediaStreamDirection::CalleeToCaller) => {
                format!("{from} → {to}")
            }
            _ => crate::t!("direction-not-reported", from = from, to = to),
        }
    }

    /// The network of the sender and of the receiver.
    pub fn sender_receiver_networks(&self) -> (Option<&'a NetworkInfo>, Option<&'a NetworkInfo>) {
        match self.stream.stream_direction {
            Some(MediaStreamDirection::CalleeToCaller) => {
                (self.media.callee_network.as_ref(), self.media.caller_network.as_ref())
            }
            _ => (self.media.caller_network.as_ref(), self.media.callee_network.as_ref()),
        }
    }
}

/// A session: one participant's leg (group call) or the whole peer-to-peer call.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Session {
    pub id: Option<Own>,
    pub modalities: Option<Vec<Modality>>,
    #[serde(rename = "startDateTime", deserialize_with = "de_instant")]
    pub start: Option<UtcInstant>,
    #[serde(rename = "endDateTime", deserialize_with = "de_instant")]
    pub end: Option<UtcInstant>,
    pub caller: Option<Endpoint>,
    pub callee: Option<Endpoint>,
    pub failure_info: Option<FailureInfo>,
    pub is_test: Option<bool>,
    #[serde(deserialize_with = "null_as_empty")]
    pub segments: Vec<Segment>,
}

/// A segment: a part of a session between two endpoints.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Segment {
    pub id: Option<Own>,
    #[serde(rename = "startDateTime", deserialize_with = "de_instant")]
    pub start: Option<UtcInstant>,
    #[serde(rename = "endDateTime", deserialize_with = "de_instant")]
    pub end: Option<UtcInstant>,
    pub caller: Option<Endpoint>,
    pub callee: Option<Endpoint>,
    pub failure_info: Option<FailureInfo>,
    #[serde(deserialize_with = "null_as_empty")]
    pub media: Vec<Media>,
}

/// Media of a segment (`main-audio`, video, sharing…), with each side's network and device.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Media {
    pub label: Option<Text>,
    pub caller_network: Option<NetworkInfo>,
    pub callee_network: Option<NetworkInfo>,
    pub caller_device: Option<DeviceInfo>,
    pub callee_device: Option<DeviceInfo>,
    #[serde(deserialize_with = "null_as_empty")]
    pub streams: Vec<MediaStream>,
}

/// One direction of media: the 30 quality metrics of `microsoft.graph.callRecords.mediaStream`.
/// Durations are in milliseconds; loss and concealment are 0–1 ratios except
/// `average_video_frame_loss_percentage` (0–100); degradation is in MOS points.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase", default)]
pub struct MediaStream {
    pub stream_id: Option<Own>,
    pub stream_direction: Option<MediaStreamDirection>,
    #[serde(rename = "startDateTime", deserialize_with = "de_instant")]
    pub start: Option<UtcInstant>,
    #[serde(rename = "endDateTime", deserialize_with = "de_instant")]
    pub end: Option<UtcInstant>,
    pub audio_codec: Option<AudioCodec>,
    pub video_codec: Option<VideoCodec>,
    pub average_audio_degradation: Reported,
    #[serde(deserialize_with = "de_duration", serialize_with = "ser_duration")]
    pub average_jitter: Reported,
    #[serde(deserialize_with = "de_duration", serialize_with = "ser_duration")]
    pub max_jitter: Reported,
    #[serde(deserialize_with = "de_duration", serialize_with = "ser_duration")]
    pub average_audio_network_jitter: Reported,
    #[serde(deserialize_with = "de_duration", serialize_with = "ser_duration")]
    pub max_audio_network_jitter: Reported,
    #[serde(deserialize_with = "de_duration", serialize_with = "ser_duration")]
    pub average_round_trip_time: Reported,
    #[serde(deserialize_with = "de_duration", serialize_with = "ser_duration")]
    pub max_round_trip_time: Reported,
    pub average_packet_loss_rate: Reported,
    pub max_packet_loss_rate: Reported,
    pub average_ratio_of_concealed_samples: Reported,
    pub max_ratio_of_concealed_samples: Reported,
    pub average_bandwidth_estimate: Reported,
    pub packet_utilization: Reported,
    pub was_media_bypassed: Option<bool>,
    pub is_audio_forward_error_correction_used: Option<bool>,
    pub post_forward_error_correction_packet_loss_rate: Reported,
    pub average_video_packet_loss_rate: Reported,
    pub average_video_frame_loss_percentage: Reported,
    pub average_video_frame_rate: Reported,
    pub average_received_frame_rate: Reported,
    pub low_frame_rate_ratio: Reported,
    pub low_video_processing_capability_ratio: Reported,
    #[serde(deserialize_with = "de_duration", serialize_with = "ser_duration")]
    pub average_freeze_duration: Reported,
    #[serde(deserialize_with = "de_duration", serialize_with = "ser_duration")]
    pub rms_freeze_duration: Reported,
}

/// Network information of one endpoint for one media.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase", default)]
pub struct NetworkInfo {
    pub connection_type: Option<NetworkConnectionType>,
    pub network_transport_protocol: Option<NetworkTransportProtocol>,
    pub ip_address: Option<Own>,
    pub subnet: Option<Text>,
    #[serde(deserialize_with = "de_integer")]
    pub port: Option<i64>,
    #[serde(rename = "reflexiveIPAddress")]
    pub reflexive_ip_address: Option<Own>,
    #[serde(rename = "relayIPAddress")]
    pub relay_ip_address: Option<Own>,
    #[serde(deserialize_with = "de_integer")]
    pub relay_port: Option<i64>,
    pub mac_address: Option<Own>,
    pub link_speed: Reported,
    pub dns_suffix: Option<Text>,
    pub basic_service_set_identifier: Option<Own>,
    pub wifi_band: Option<WifiBand>,
    pub wifi_radio_type: Option<WifiRadioType>,
    #[serde(deserialize_with = "de_integer")]
    pub wifi_channel: Option<i64>,
    pub wifi_signal_strength: Reported,
    pub wifi_battery_charge: Reported,
    pub wifi_microsoft_driver: Option<Text>,
    pub wifi_microsoft_driver_version: Option<Text>,
    pub wifi_vendor_driver: Option<Text>,
    pub wifi_vendor_driver_version: Option<Text>,
    pub bandwidth_low_event_ratio: Reported,
    pub delay_event_ratio: Reported,
    pub received_quality_event_ratio: Reported,
    pub sent_quality_event_ratio: Reported,
    #[serde(deserialize_with = "null_as_empty")]
    pub trace_route_hops: Vec<TraceRouteHop>,
}

/// One hop of a trace route.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase", default)]
pub struct TraceRouteHop {
    #[serde(deserialize_with = "de_integer")]
    pub hop_count: Option<i64>,
    pub ip_address: Option<Own>,
    #[serde(deserialize_with = "de_duration", serialize_with = "ser_duration")]
    pub round_trip_time: Reported,
}

/// Audio device information of one endpoint for one media. Ratios are 0–1 fractions of the
/// call; glitch rates are per 5 minutes.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase", default)]
pub struct DeviceInfo {
    pub capture_device_name: Option<Text>,
    pub capture_device_driver: Option<Text>,
    pub render_device_name: Option<Text>,
    pub render_device_driver: Option<Text>,
    pub capture_not_functioning_event_ratio: Reported,
    /// Spelt `cpuInsufficentEventRatio` (sic) in the schema.
    #[serde(rename = "cpuInsufficentEventRatio", alias = "cpuInsufficientEventRatio")]
    pub cpu_insufficient_event_ratio: Reported,
    pub device_clipping_event_ratio: Reported,
    pub device_glitch_event_ratio: Reported,
    pub howling_event_count: Reported,
    pub initial_signal_level_root_mean_square: Reported,
    pub low_speech_level_event_ratio: Reported,
    pub low_speech_to_noise_event_ratio: Reported,
    pub mic_glitch_rate: Reported,
    pub received_noise_level: Reported,
    pub received_signal_level: Reported,
    pub render_mute_event_ratio: Reported,
    pub render_not_functioning_event_ratio: Reported,
    pub render_zero_volume_event_ratio: Reported,
    pub sent_noise_level: Reported,
    pub sent_signal_level: Reported,
    pub speaker_glitch_rate: Reported,
}

/// The kind of an endpoint: a participant's client, or a service (server, bot, gateway).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EndpointKind {
    Participant,
    Service,
    Unknown,
}

/// True when an `@odata.type` names `suffix` (`#microsoft.graph.callRecords.X`, with or without
/// `#`, any case).
pub fn odata_type_is(odata_type: Option<&str>, suffix: &str) -> bool {
    let Some(t) = odata_type else { return false };
    let want = suffix.as_bytes();
    if want.contains(&b'.') || want.first() == Some(&b'#') {
        let last = t.rsplit('.').next().unwrap_or(t).trim_start_matches('#');
        return last.eq_ignore_ascii_case(suffix);
    }
    // Byte-wise from the end, with no search (asked of every endpoint and user agent, many
    // times a record): `t` ends with `suffix`, after a dot and any `#`, or after nothing.
    let t = t.as_bytes();
    let Some(at) = t.len().checked_sub(want.len()) else { return false };
    if !t[at..].eq_ignore_ascii_case(want) {
        return false;
    }
    let before = &t[..at];
    let hashes = before.iter().rev().take_while(|&&b| b == b'#').count();
    before[..before.len() - hashes].last().is_none_or(|&b| b == b'.')
}

/// `caller` / `callee` of a session or segment: a participantEndpoint or a serviceEndpoint.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Endpoint {
    #[serde(rename = "@odata.type")]
    pub odata_type: Option<Text>,
    pub user_agent: Option<UserAgent>,
    pub associated_identity: Option<Identity>,
    /// Deprecated in favour of `associated_identity`.
    pub identity: Option<IdentitySet>,
    pub feedback: Option<UserFeedback>,
    /// Device name.
    pub name: Option<Text>,
    pub cpu_name: Option<Text>,
    #[serde(deserialize_with = "de_integer")]
    pub cpu_cores_count: Option<i64>,
    #[serde(deserialize_with = "de_integer")]
    pub cpu_processor_speed_in_mhz: Option<i64>,
}

impl Endpoint {
    /// By `@odata.type`, else by shape.
    pub fn kind(&self) -> EndpointKind {
        let t = self.odata_type.as_deref();
        if odata_type_is(t, "participantEndpoint") {
            return EndpointKind::Participant;
        }
        if odata_type_is(t, "serviceEndpoint") {
            return EndpointKind::Service;
        }
        let has_person = self.identity.as_ref().is_some_and(|i| !i.is_empty())
            || self.associated_identity.is_some()
            || self.feedback.is_some()
            || self.name.is_some()
            || self.cpu_name.is_some();
        match self.user_agent.as_ref().map(UserAgent::kind) {
            _ if has_person => EndpointKind::Participant,
            Some(UserAgentKind::Service) => EndpointKind::Service,
            Some(UserAgentKind::Client) => EndpointKind::Participant,
            _ => EndpointKind::Unknown,
        }
    }

    /// Who or what this endpoint is, for people, from the endpoint alone (without its record,
    /// see [`Endpoint::display_name_in`]).
    pub fn display_name(&self) -> String {
        self.display_name_in(&Names::default())
    }

    /// Teaches `names` the ids this endpoint names.
    fn teach(&self, names: &mut Names) {
        if let Some(identity) = &self.associated_identity {
            names.learn_identity(identity);
        }
        if let Some(set) = &self.identity {
            names.learn_set(set, self.associated_identity.as_ref().and_then(|i| i.id.as_deref()));
        }
    }

    /// Who or what this endpoint is, for people: a person's or phone's name, a service role
    /// ("Conferencing server"), a bot; never empty. An endpoint that carries only an id (an
    /// auto attendant's or call queue's resource account often does) is named by what the
    /// record says of that id elsewhere (`names`, from [`CallRecord::names`]); failing that,
    /// by its service role and the id ("Auto attendant ca69ff3e").
    pub fn display_name_in(&self, names: &Names) -> String {
        let associated = self.associated_identity.as_ref();
        if let Some(name) = associated.and_then(Identity::name) {
            return name.to_string();
        }
        if let Some(name) = self.identity.as_ref().and_then(IdentitySet::own_name) {
            return name.to_string();
        }
        let associated_id = associated.and_then(|i| i.id.as_deref()).map(str::trim).filter(|id| !id.is_empty());
        let set_ids = self.identity.iter().flat_map(IdentitySet::ids);
        if let Some(name) = associated_id.into_iter().chain(set_ids).find_map(|id| names.get(id)) {
            return name.to_string();
        }
        // A phone participant (through a PSTN gateway) is its number.
        if let Some(number) = associated_id.filter(|id| id.starts_with('+')) {
            return number.to_string();
        }
        let agent = self.user_agent.as_ref();
        let role = agent.and_then(|a| a.role.as_ref());
        // A service's own id (a resource account's object id, not a phone number) beside its
        // role tells two auto attendants apart.
        let first_id = associated_id.or_else(|| self.identity.as_ref()?.ids().next());
        let role_and_id = match (role, first_id) {
            (Some(role), Some(id)) if !id.starts_with('+') => {
                Some(format!("{} {}", role.label(), crate::model::identity::short_id(id)))
            }
            _ => None,
        };
        if let Some(label) = self.identity.as_ref().and_then(IdentitySet::id_label) {
            return role_and_id.unwrap_or(label);
        }
        if let Some(role) = role {
            return role_and_id.unwrap_or_else(|| role.label().to_string());
        }
        match self.kind() {
            EndpointKind::Service => crate::t!("endpoint-unnamed-service"),
            EndpointKind::Participant => {
                match agent.and_then(|a| a.product_family.as_ref()).filter(|p| **p != ProductFamily::Unknown) {
                    Some(family) => crate::t!("endpoint-unnamed-product-user", product = family.label()),
                    None => crate::t!("endpoint-unnamed-participant"),
                }
            }
            EndpointKind::Unknown => crate::t!("endpoint-unknown"),
        }
    }

    /// What it runs: "Teams on Windows", "Conferencing server", "Skype for Business on Android".
    pub fn client_description(&self) -> Option<String> {
        let agent = self.user_agent.as_ref()?;
        if let Some(role) = &agent.role {
            return Some(role.label().to_string());
        }
        match (&agent.product_family, &agent.platform) {
            (Some(f), Some(p)) => Some(crate::t!("client-on-platform", product = f.label(), platform = p.label())),
            (Some(f), None) => Some(f.label().to_string()),
            (None, Some(p)) => Some(p.label().to_string()),
            (None, None) => agent.header_value.as_deref().map(str::to_string),
        }
    }
}

/// The kind of a user agent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UserAgentKind {
    Client,
    Service,
    Unknown,
}

/// `clientUserAgent` or `serviceUserAgent`, in one struct.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase", default)]
pub struct UserAgent {
    #[serde(rename = "@odata.type")]
    pub odata_type: Option<Text>,
    pub header_value: Option<Text>,
    pub application_version: Option<Text>,
    pub platform: Option<ClientPlatform>,
    pub product_family: Option<ProductFamily>,
    #[serde(rename = "azureADAppId", alias = "azureAdAppId")]
    pub azure_ad_app_id: Option<Text>,
    pub communication_service_id: Option<Text>,
    pub role: Option<ServiceRole>,
}

impl UserAgent {
    pub fn kind(&self) -> UserAgentKind {
        let t = self.odata_type.as_deref();
        if odata_type_is(t, "clientUserAgent") {
            UserAgentKind::Client
        } else if odata_type_is(t, "serviceUserAgent") || self.role.is_some() {
            UserAgentKind::Service
        } else if self.platform.is_some() || self.product_family.is_some() {
            UserAgentKind::Client
        } else {
            UserAgentKind::Unknown
        }
    }
}

/// Rate-my-call feedback from a participant.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase", default)]
pub struct UserFeedback {
    pub rating: Option<UserFeedbackRating>,
    pub text: Option<Text>,
    /// Open set of boolean tokens (`Noisy`, `Echo`…); non-boolean values are ignored.
    #[serde(deserialize_with = "bool_tokens")]
    pub tokens: BTreeMap<String, bool>,
}

impl UserFeedback {
    /// The tokens that were set (the problems the user ticked).
    pub fn true_tokens(&self) -> Vec<&str> {
        self.tokens.iter().filter(|(_, v)| **v).map(|(k, _)| k.as_str()).collect()
    }
}

/// Why a session or segment failed.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase", default)]
pub struct FailureInfo {
    pub stage: Option<FailureStage>,
    pub reason: Option<Text>,
}

/// A participant or organizer (`participants_v2`, `organizer_v2`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Participant {
    pub id: Option<Text>,
    pub identity: Option<IdentitySet>,
    #[serde(deserialize_with = "null_as_empty")]
    pub administrative_unit_infos: Vec<AdministrativeUnitInfo>,
}

/// `{ "id": … }` of an administrative unit.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase", default)]
pub struct AdministrativeUnitInfo {
    pub id: Option<Text>,
}

/// An array that may be sent as `null`, kept without spare room: a vector grown one element at a
/// time keeps room for at least 4 (a media's one or two streams of 488 bytes sat in 1,952), and
/// for a big export that spare room was a sixth of the model (106 → 88 MB for 50 MB of JSON).
pub fn null_as_empty<'de, D, T>(d: D) -> Result<Vec<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    let mut items = Option::<Vec<T>>::deserialize(d)?.unwrap_or_default();
    items.shrink_to_fit();
    Ok(items)
}

fn bool_tokens<'de, D: serde::Deserializer<'de>>(d: D) -> Result<BTreeMap<String, bool>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Token {
        Bool(bool),
        Other(serde::de::IgnoredAny),
    }
    let raw = Option::<BTreeMap<String, Token>>::deserialize(d)?.unwrap_or_default();
    Ok(raw
        .into_iter()
        .filter_map(|(k, v)| match v {
            Token::Bool(b) if !k.starts_with('@') => Some((k, b)),
            _ => None,
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn odata_types_match_as_the_last_dotted_part_without_hashes() {
        let slow = |t: Option<&str>, suffix: &str| {
            t.map(|t| t.rsplit('.').next().unwrap_or(t).trim_start_matches('#'))
                .is_some_and(|t| t.eq_ignore_ascii_case(suffix))
        };
        let types = [
            None,
            Some(""),
            Some("#microsoft.graph.callRecords.participantEndpoint"),
            Some("microsoft.graph.callRecords.PARTICIPANTENDPOINT"),
            Some("participantEndpoint"),
            Some("#participantEndpoint"),
            Some("##participantEndpoint"),
            Some("x.#participantEndpoint"),
            Some("xparticipantEndpoint"),
            Some("x.participantEndpointx"),
            Some("x#.participantEndpoint"),
            Some("participantEndpoint."),
            Some("é.participantEndpoint"),
            Some("."),
            Some("#"),
            Some("a.#"),
        ];
        for t in types {
            for suffix in ["participantEndpoint", "serviceEndpoint", "", "a.b", "#x", "a#b"] {
                assert_eq!(odata_type_is(t, suffix), slow(t, suffix), "{t:?} {suffix:?}");
            }
        }
    }

    #[test]
    fn endpoint_kinds_by_type_and_shape() {
        let by_type: Endpoint =
            serde_json::from_str(r#"{"@odata.type":"microsoft.graph.callRecords.serviceEndpoint"}"#).unwrap();
        assert_eq!(by_type.kind(), EndpointKind::Service);
        assert_eq!(by_type.display_name(), "Service endpoint");
        let mcu: Endpoint = serde_json::from_str(r#"{"userAgent":{"role":"skypeForBusinessAudioVideoMcu"}}"#).unwrap();
        assert_eq!(mcu.kind(), EndpointKind::Service);
        assert_eq!(mcu.display_name(), "Conferencing server");
        let client: Endpoint =
            serde_json::from_str(r#"{"userAgent":{"platform":"Windows","productFamily":"Teams"}}"#).unwrap();
        assert_eq!(client.kind(), EndpointKind::Participant);
        assert_eq!(client.display_name(), "Teams user (unnamed)");
        assert_eq!(client.client_description().as_deref(), Some("Teams on Windows"));
        let beta: Endpoint = serde_json::from_str(r#"{"associatedIdentity":{"displayName":"Owen Franklin"}}"#).unwrap();
        assert_eq!(beta.display_name(), "Owen Franklin");
        assert_eq!(Endpoint::default().display_name(), "Unknown endpoint");
    }

    #[test]
    fn stream_nulls_stay_not_reported() {
        let s: MediaStream = serde_json::from_str(
            r#"{"streamDirection":"callerToCallee","averageAudioDegradation":null,"averageJitter":"PT0.016S","maxJitter":null,"averagePacketLossRate":0}"#,
        )
        .unwrap();
        assert_eq!(s.average_audio_degradation, None);
        assert_eq!(s.average_jitter, Some(16.0));
        assert_eq!(s.max_jitter, None);
        assert_eq!(s.average_packet_loss_rate, Some(0.0));
        assert_eq!(s.average_round_trip_time, None);
    }

    #[test]
    fn feedback_tokens_keep_booleans_only() {
        let f: UserFeedback = serde_json::from_str(
            r#"{"rating":"poor","tokens":{"Noisy":true,"Echo":false,"@odata.type":"x","Count":3}}"#,
        )
        .unwrap();
        assert_eq!(f.true_tokens(), vec!["Noisy"]);
        assert_eq!(f.tokens.len(), 2);
    }
}
