//! What kind of media a stream carries (audio, video, video-based screen sharing, application
//! sharing, data), decided in one place, and whether it flows into or out of a client (CQD's
//! "inbound" / "outbound"), which the current screen-sharing rules depend on. Re-exported by
//! [`crate::judge`].

use crate::model::enums::{AudioCodec, MediaStreamDirection, Modality, VideoCodec};
use crate::model::record::{Endpoint, EndpointKind, MediaStream, StreamRef};
use std::fmt;

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

impl MediaKind {
    /// A stable identifier (JSON, CSS): `audio`, `video`, `videoBasedScreenSharing`,
    /// `applicationSharing`, `data`, `unknown`.
    pub fn as_str(self) -> &'static str {
        match self {
            MediaKind::Audio => "audio",
            MediaKind::Video => "video",
            MediaKind::VideoBasedScreenSharing => "videoBasedScreenSharing",
            MediaKind::ApplicationSharing => "applicationSharing",
            MediaKind::Data => "data",
            MediaKind::Unknown => "unknown",
        }
    }

    /// A noun for people: "audio", "video", "screen sharing", "application sharing", "data",
    /// "media".
    pub fn label(self) -> String {
        match self {
            MediaKind::Audio => crate::t!("media-audio"),
            MediaKind::Video => crate::t!("media-video"),
            MediaKind::VideoBasedScreenSharing => crate::t!("media-vbss"),
            MediaKind::ApplicationSharing => crate::t!("media-app-sharing"),
            MediaKind::Data => crate::t!("media-data"),
            MediaKind::Unknown => crate::t!("media-unknown"),
        }
    }
}

/// Whether a stream goes into or out of a *client* (CQD's "inbound" and "outbound").
///
/// CQD's stream direction is relative to the client endpoint: its own example is a muted
/// attendee, whose "audio stream inbound to the client" is busy while "the audio stream
/// outbound from the client" (client to server) is idle. In a Graph group call each session is
/// a participant's client against a service endpoint (the conferencing server), so a stream
/// whose sender is the service is inbound to the participant, and one whose receiver is the
/// service is outbound. Graph names the sender through `streamDirection` relative to the
/// segment's caller and callee (see [`StreamRef::sender_receiver`]); which one is the client
/// is read from the endpoint kinds (`participantEndpoint` vs `serviceEndpoint`). In a
/// peer-to-peer segment both ends are clients, so a stream is outbound from its sender *and*
/// inbound to its receiver: [`ClientSide::ClientToClient`] lets both VBSS rules apply.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ClientSide {
    /// Service → participant.
    Inbound,
    /// Participant → service.
    Outbound,
    /// Participant → participant.
    ClientToClient,
    /// Service → service (no client involved).
    ServerToServer,
    /// `streamDirection` or an endpoint kind is missing.
    Undetermined,
}

impl ClientSide {
    /// Inbound to a client (service → participant, or participant → participant).
    pub fn counts_as_inbound(self) -> bool {
        matches!(self, ClientSide::Inbound | ClientSide::ClientToClient)
    }
    /// Outbound from a client (participant → service, or participant → participant).
    pub fn counts_as_outbound(self) -> bool {
        matches!(self, ClientSide::Outbound | ClientSide::ClientToClient)
    }
}

/// Whether a stream is inbound to or outbound from a client (see [`ClientSide`]).
pub fn client_side(stream: &StreamRef<'_>) -> ClientSide {
    if !matches!(
        stream.stream.stream_direction,
        Some(MediaStreamDirection::CallerToCallee | MediaStreamDirection::CalleeToCaller)
    ) {
        return ClientSide::Undetermined;
    }
    let (sender, receiver) = stream.sender_receiver();
    let kind = |e: Option<&Endpoint>| e.map_or(EndpointKind::Unknown, Endpoint::kind);
    match (kind(sender), kind(receiver)) {
        (EndpointKind::Service, EndpointKind::Participant) => ClientSide::Inbound,
        (EndpointKind::Participant, EndpointKind::Service) => ClientSide::Outbound,
        (EndpointKind::Participant, EndpointKind::Participant) => ClientSide::ClientToClient,
        (EndpointKind::Service, EndpointKind::Service) => ClientSide::ServerToServer,
        _ => ClientSide::Undetermined,
    }
}

/// What decided a stream's media kind (see [`media_kind`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KindBasis {
    /// The media label (`main-audio`, `applicationsharing-video`…).
    Label(String),
    /// `audioCodec` or `videoCodec`.
    Codec(String),
    /// Metrics only one kind of stream reports.
    Metrics,
    /// The session has a single modality.
    SessionModality(String),
    /// Nothing told.
    Undetermined,
}

impl fmt::Display for KindBasis {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            KindBasis::Label(label) => f.write_str(&crate::t!("basis-label", label = label)),
            KindBasis::Codec(codec) => f.write_str(&crate::t!("basis-codec", codec = codec)),
            KindBasis::Metrics => f.write_str(&crate::t!("basis-metrics")),
            KindBasis::SessionModality(m) => f.write_str(&crate::t!("basis-modality", modality = m)),
            KindBasis::Undetermined => f.write_str(&crate::t!("basis-undetermined")),
        }
    }
}

/// The media kind of a stream (see [`MediaKind`]).
///
/// Decided in this order, the first that tells wins:
///
/// 1. The media `label` (the SDP `a=label`, case-insensitive). Teams sends `main-audio`,
///    `main-video` (also `main-video1`…`main-video9`, `panoramic-video`),
///    `applicationsharing-video` for video-based screen sharing, and `data` (CQD's "Media Line
///    Label Text" dimension lists these; Graph's own `participant.mediaStreams` examples pair
///    `applicationsharing-video` with `mediaType` `videoBasedScreenSharing` and `data` with
///    `data`). RDP sharing uses an `applicationsharing` media line. So: `applicationsharing-video`,
///    or a label naming `videoBasedScreenSharing` / `vbss`, is VBSS; any other
///    `applicationsharing…` / `appsharing…` label or `screenSharing` (Graph's RDP modality) is
///    application sharing; a label containing `audio` is audio, `video` is video; `data` /
///    `x-data` is data.
/// 2. The codec: an `audioCodec` means audio; a `videoCodec` of `h264s` means VBSS (CQD's VBSS
///    classifier is the one that distinguishes H264S, the screen-content payload; an
///    inference), any other `videoCodec` video. Both codecs at once decide nothing.
/// 3. The metrics: audio-only metrics (degradation, concealed samples, audio network jitter,
///    audio FEC) mean audio; video-only metrics (frame rate, frame loss, video packet loss,
///    post-FEC loss, freeze, low-frame-rate ratios) mean video. Both at once decide nothing.
/// 4. The session's modalities, when it has exactly one.
/// 5. Otherwise unknown.
pub fn media_kind(stream: &StreamRef<'_>) -> MediaKind {
    media_kind_with_basis(stream).0
}

/// [`media_kind`] and what decided it.
pub fn media_kind_with_basis(stream: &StreamRef<'_>) -> (MediaKind, KindBasis) {
    if let Some(label) = stream.media.label.as_deref().map(str::trim).filter(|l| !l.is_empty()) {
        if let Some(kind) = kind_from_label(label) {
            return (kind, KindBasis::Label(label.to_string()));
        }
    }
    if let Some(found) = kind_from_codecs(stream.stream) {
        return found;
    }
    if let Some(kind) = kind_from_metrics(stream.stream) {
        return (kind, KindBasis::Metrics);
    }
    if let Some(modalities) = &stream.session.modalities {
        if let [only] = modalities.as_slice() {
            let kind = match only {
                Modality::Audio => Some(MediaKind::Audio),
                Modality::Video => Some(MediaKind::Video),
                Modality::VideoBasedScreenSharing => Some(MediaKind::VideoBasedScreenSharing),
                Modality::ScreenSharing => Some(MediaKind::ApplicationSharing),
                Modality::Data => Some(MediaKind::Data),
                _ => None,
            };
            if let Some(kind) = kind {
                return (kind, KindBasis::SessionModality(only.as_wire().to_string()));
            }
        }
    }
    (MediaKind::Unknown, KindBasis::Undetermined)
}

fn kind_from_label(label: &str) -> Option<MediaKind> {
    let l = label.to_ascii_lowercase();
    if l.starts_with("applicationsharing-video") || l.contains("videobasedscreensharing") || l.contains("vbss") {
        Some(MediaKind::VideoBasedScreenSharing)
    } else if l.starts_with("applicationsharing") || l.starts_with("appsharing") || l.starts_with("screensharing") {
        Some(MediaKind::ApplicationSharing)
    } else if l.contains("audio") {
        Some(MediaKind::Audio)
    } else if l.contains("video") {
        Some(MediaKind::Video)
    } else if l == "data" || l == "x-data" || l.starts_with("data-") {
        Some(MediaKind::Data)
    } else {
        None
    }
}

fn kind_from_codecs(s: &MediaStream) -> Option<(MediaKind, KindBasis)> {
    let meaningful_audio = s
        .audio_codec
        .as_ref()
        .filter(|c| !matches!(c, AudioCodec::Unknown | AudioCodec::Invalid | AudioCodec::UnknownFutureValue));
    let meaningful_video = s
        .video_codec
        .as_ref()
        .filter(|c| !matches!(c, VideoCodec::Unknown | VideoCodec::Invalid | VideoCodec::UnknownFutureValue));
    match (meaningful_audio, meaningful_video) {
        (Some(audio), None) => Some((MediaKind::Audio, KindBasis::Codec(audio.as_wire().to_string()))),
        (None, Some(VideoCodec::H264s)) => Some((MediaKind::VideoBasedScreenSharing, KindBasis::Codec("h264s".into()))),
        (None, Some(video)) => Some((MediaKind::Video, KindBasis::Codec(video.as_wire().to_string()))),
        _ => None,
    }
}

fn kind_from_metrics(s: &MediaStream) -> Option<MediaKind> {
    let audio = [
        s.average_audio_degradation,
        s.average_ratio_of_concealed_samples,
        s.max_ratio_of_concealed_samples,
        s.average_audio_network_jitter,
        s.max_audio_network_jitter,
    ]
    .iter()
    .any(|v| v.is_some())
        || s.is_audio_forward_error_correction_used.is_some();
    let video = [
        s.average_video_frame_rate,
        s.average_video_frame_loss_percentage,
        s.average_video_packet_loss_rate,
        s.post_forward_error_correction_packet_loss_rate,
        s.average_received_frame_rate,
        s.low_frame_rate_ratio,
        s.low_video_processing_capability_ratio,
        s.average_freeze_duration,
        s.rms_freeze_duration,
    ]
    .iter()
    .any(|v| v.is_some());
    match (audio, video) {
        (true, false) => Some(MediaKind::Audio),
        (false, true) => Some(MediaKind::Video),
        _ => None,
    }
}
