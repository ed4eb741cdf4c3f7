//! The `microsoft.graph.callRecords` enumerations.
//!
//! Graph adds members over time (`unknownFutureValue` and later ones), translated docs send
//! capitalised values (`Windows`, `Blocked`), so every enum here matches case-insensitively and
//! keeps an unknown value as its text in `Other` instead of failing the record.

use serde::de::{self, Deserializer, Visitor};
use std::fmt;

macro_rules! graph_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $wire:literal => $label:literal,)* }) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $($variant,)*
            /// A value this viewer does not know yet, kept as sent.
            Other(String),
        }

        impl $name {
            /// The member for a wire value, matched without regard to case.
            pub fn from_wire(text: &str) -> Self {
                $(if text.eq_ignore_ascii_case($wire) { return Self::$variant; })*
                Self::Other(text.to_string())
            }
            /// The value as Graph spells it (or as it was sent, for unknown values).
            pub fn as_wire(&self) -> &str {
                match self { $(Self::$variant => $wire,)* Self::Other(text) => text }
            }
            /// A short label for people, in the current language; names that are the same in
            /// every language (codecs, products, platforms) have no message and stay as they are.
            pub fn label(&self) -> String {
                match self {
                    $(Self::$variant => crate::i18n::lookup(concat!("enum-", stringify!($name), "-", $wire), &[])
                        .unwrap_or_else(|| $label.to_string()),)*
                    Self::Other(text) => text.clone(),
                }
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct V;
                impl<'de> Visitor<'de> for V {
                    type Value = $name;
                    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                        f.write_str(concat!("a ", stringify!($name), " string"))
                    }
                    fn visit_str<E: de::Error>(self, v: &str) -> Result<$name, E> {
                        Ok($name::from_wire(v))
                    }
                }
                d.deserialize_str(V)
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_wire())
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.label())
            }
        }
    };
}

graph_enum!(
    /// `callType` of a call record.
    CallType {
        Unknown = "unknown" => "unknown type",
        GroupCall = "groupCall" => "group call",
        PeerToPeer = "peerToPeer" => "peer-to-peer",
        UnknownFutureValue = "unknownFutureValue" => "unknown future value",
    }
);

graph_enum!(
    /// A modality of a call or session.
    Modality {
        Audio = "audio" => "audio",
        Video = "video" => "video",
        VideoBasedScreenSharing = "videoBasedScreenSharing" => "screen sharing",
        Data = "data" => "data",
        ScreenSharing = "screenSharing" => "screen sharing (RDP)",
        Unknown = "unknown" => "unknown",
        UnknownFutureValue = "unknownFutureValue" => "unknown future value",
    }
);

graph_enum!(
    /// `streamDirection`, relative to the segment's caller and callee.
    MediaStreamDirection {
        CallerToCallee = "callerToCallee" => "caller → callee",
        CalleeToCaller = "calleeToCaller" => "callee → caller",
    }
);

graph_enum!(
    NetworkConnectionType {
        Unknown = "unknown" => "unknown",
        Wired = "wired" => "wired",
        Wifi = "wifi" => "Wi-Fi",
        Mobile = "mobile" => "mobile",
        Tunnel = "tunnel" => "tunnel (VPN)",
        UnknownFutureValue = "unknownFutureValue" => "unknown future value",
    }
);

graph_enum!(
    WifiBand {
        Unknown = "unknown" => "unknown",
        Frequency24GHz = "frequency24GHz" => "2.4 GHz",
        Frequency50GHz = "frequency50GHz" => "5 GHz",
        Frequency60GHz = "frequency60GHz" => "6 GHz",
        UnknownFutureValue = "unknownFutureValue" => "unknown future value",
    }
);

graph_enum!(
    WifiRadioType {
        Unknown = "unknown" => "unknown",
        Wifi80211a = "wifi80211a" => "802.11a",
        Wifi80211b = "wifi80211b" => "802.11b",
        Wifi80211g = "wifi80211g" => "802.11g",
        Wifi80211n = "wifi80211n" => "802.11n (Wi-Fi 4)",
        Wifi80211ac = "wifi80211ac" => "802.11ac (Wi-Fi 5)",
        Wifi80211ax = "wifi80211ax" => "802.11ax (Wi-Fi 6)",
        UnknownFutureValue = "unknownFutureValue" => "unknown future value",
    }
);

graph_enum!(
    NetworkTransportProtocol {
        Unknown = "unknown" => "unknown",
        Udp = "udp" => "UDP",
        Tcp = "tcp" => "TCP",
        UnknownFutureValue = "unknownFutureValue" => "unknown future value",
    }
);

graph_enum!(
    ProductFamily {
        Unknown = "unknown" => "unknown product",
        Teams = "teams" => "Teams",
        SkypeForBusiness = "skypeForBusiness" => "Skype for Business",
        Lync = "lync" => "Lync",
        UnknownFutureValue = "unknownFutureValue" => "unknown future value",
        AzureCommunicationServices = "azureCommunicationServices" => "Azure Communication Services",
    }
);

graph_enum!(
    ClientPlatform {
        Unknown = "unknown" => "unknown platform",
        Windows = "windows" => "Windows",
        MacOs = "macOS" => "macOS",
        IOs = "iOS" => "iOS",
        Android = "android" => "Android",
        Web = "web" => "web browser",
        IpPhone = "ipPhone" => "IP phone",
        RoomSystem = "roomSystem" => "room system",
        SurfaceHub = "surfaceHub" => "Surface Hub",
        HoloLens = "holoLens" => "HoloLens",
        UnknownFutureValue = "unknownFutureValue" => "unknown future value",
    }
);

graph_enum!(
    FailureStage {
        Unknown = "unknown" => "unknown stage",
        CallSetup = "callSetup" => "call setup",
        Midcall = "midcall" => "mid-call",
        UnknownFutureValue = "unknownFutureValue" => "unknown future value",
    }
);

graph_enum!(
    UserFeedbackRating {
        NotRated = "notRated" => "not rated",
        Bad = "bad" => "bad",
        Poor = "poor" => "poor",
        Fair = "fair" => "fair",
        Good = "good" => "good",
        Excellent = "excellent" => "excellent",
        UnknownFutureValue = "unknownFutureValue" => "unknown future value",
    }
);

graph_enum!(
    /// `serviceUserAgent.role`: what a server endpoint is.
    ServiceRole {
        Unknown = "unknown" => "Service",
        CustomBot = "customBot" => "Bot",
        SkypeForBusinessMicrosoftTeamsGateway = "skypeForBusinessMicrosoftTeamsGateway" => "Skype for Business–Teams gateway",
        SkypeForBusinessAudioVideoMcu = "skypeForBusinessAudioVideoMcu" => "Conferencing server",
        SkypeForBusinessApplicationSharingMcu = "skypeForBusinessApplicationSharingMcu" => "Application sharing server",
        SkypeForBusinessCallQueues = "skypeForBusinessCallQueues" => "Call queue",
        SkypeForBusinessAutoAttendant = "skypeForBusinessAutoAttendant" => "Auto attendant",
        MediationServer = "mediationServer" => "Mediation server (PSTN)",
        MediationServerCloudConnectorEdition = "mediationServerCloudConnectorEdition" => "Mediation server (Cloud Connector)",
        ExchangeUnifiedMessagingService = "exchangeUnifiedMessagingService" => "Exchange Unified Messaging",
        MediaController = "mediaController" => "Media controller",
        ConferencingAnnouncementService = "conferencingAnnouncementService" => "Conferencing announcement service",
        ConferencingAttendant = "conferencingAttendant" => "Conferencing attendant",
        AudioTeleconferencerController = "audioTeleconferencerController" => "Audio conferencing (dial-in)",
        SkypeForBusinessUnifiedCommunicationApplicationPlatform = "skypeForBusinessUnifiedCommunicationApplicationPlatform" => "UC application platform",
        ResponseGroupServiceAnnouncementService = "responseGroupServiceAnnouncementService" => "Response group announcement service",
        Gateway = "gateway" => "PSTN gateway",
        SkypeTranslator = "skypeTranslator" => "Skype Translator",
        SkypeForBusinessAttendant = "skypeForBusinessAttendant" => "Skype for Business attendant",
        ResponseGroupService = "responseGroupService" => "Response group service",
        Voicemail = "voicemail" => "Voicemail",
        UnknownFutureValue = "unknownFutureValue" => "Service",
    }
);

graph_enum!(
    AudioCodec {
        Unknown = "unknown" => "unknown",
        Invalid = "invalid" => "invalid",
        Cn = "cn" => "CN",
        Pcma = "pcma" => "PCMA (G.711 A-law)",
        Pcmu = "pcmu" => "PCMU (G.711 µ-law)",
        AmrWide = "amrWide" => "AMR-WB",
        G722 = "g722" => "G.722",
        G7221 = "g7221" => "G.722.1",
        G7221c = "g7221c" => "G.722.1C",
        G729 = "g729" => "G.729",
        MultiChannelAudio = "multiChannelAudio" => "multi-channel audio",
        Muchv2 = "muchv2" => "MUCHv2",
        Opus = "opus" => "Opus",
        Satin = "satin" => "SATIN",
        SatinFullband = "satinFullband" => "SATIN full-band",
        RtAudio8 = "rtAudio8" => "RTAudio 8 kHz",
        RtAudio16 = "rtAudio16" => "RTAudio 16 kHz",
        Silk = "silk" => "SILK",
        SilkNarrow = "silkNarrow" => "SILK narrow-band",
        SilkWide = "silkWide" => "SILK wide-band",
        Siren = "siren" => "Siren",
        XmsRta = "xmsRta" => "xmsRTA",
        UnknownFutureValue = "unknownFutureValue" => "unknown future value",
    }
);

graph_enum!(
    VideoCodec {
        Unknown = "unknown" => "unknown",
        Invalid = "invalid" => "invalid",
        Av1 = "av1" => "AV1",
        H263 = "h263" => "H.263",
        H264 = "h264" => "H.264",
        H264s = "h264s" => "H.264S",
        H264uc = "h264uc" => "H.264UC",
        H265 = "h265" => "H.265",
        Rtvc1 = "rtvc1" => "RTVC1",
        RtVideo = "rtVideo" => "RTVideo",
        Xrtvc1 = "xrtvc1" => "XRTVC1",
        UnknownFutureValue = "unknownFutureValue" => "unknown future value",
    }
);

graph_enum!(
    PstnCallDurationSource {
        Microsoft = "microsoft" => "Microsoft",
        Operator = "operator" => "operator",
    }
);

graph_enum!(
    /// Beta `pstnUserBlockMode` (the doc example sends `Blocked`).
    PstnUserBlockMode {
        Blocked = "blocked" => "blocked",
        Unblocked = "unblocked" => "unblocked",
        UnknownFutureValue = "unknownFutureValue" => "unknown future value",
    }
);

graph_enum!(
    /// `communicationsIdentitySet.endpointType`.
    EndpointType {
        Default = "default" => "default",
        Voicemail = "voicemail" => "voicemail",
        SkypeForBusiness = "skypeForBusiness" => "Skype for Business",
        SkypeForBusinessVoipPhone = "skypeForBusinessVoipPhone" => "Skype for Business IP phone",
        UnknownFutureValue = "unknownFutureValue" => "unknown future value",
    }
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_insensitive_and_unknown_values_kept() {
        assert_eq!(ClientPlatform::from_wire("Windows"), ClientPlatform::Windows);
        assert_eq!(ProductFamily::from_wire("Teams"), ProductFamily::Teams);
        assert_eq!(PstnUserBlockMode::from_wire("Blocked"), PstnUserBlockMode::Blocked);
        let future = serde_json::from_str::<Modality>("\"holographic\"").unwrap();
        assert_eq!(future, Modality::Other("holographic".into()));
        assert_eq!(future.as_wire(), "holographic");
        assert_eq!(serde_json::to_string(&WifiBand::Frequency24GHz).unwrap(), "\"frequency24GHz\"");
        assert_eq!(WifiBand::Frequency24GHz.label(), "2.4 GHz");
        assert!(serde_json::from_str::<CallType>("12").is_err());
    }
}
