//! The built-in "Try an example" dataset, `src/app/example.json`: [`example_json`] writes it,
//! `callrecords example > src/app/example.json` regenerates it, and `tests/example.rs` checks
//! that the checked-in file is exactly what this writes and that it tells the story below.
//!
//! Deterministic, every value written out below: ids are name-based GUIDs (version 5, SHA-1) and
//! stream ids and PSTN call ids come from SHA-256 of fixed names, so the same code always writes
//! the same bytes.
//!
//! The output is ONE JSON array of four complete Graph response bodies:
//!
//! 1. `GET /v1.0/communications/callRecords/{id}?$expand=sessions($expand=segments)`: a
//!    47-minute Teams meeting (groupCall) on Tuesday 2026-03-17, organised by Abbie Wilkins.
//! 2. The same request for a six-minute peer-to-peer Teams call (Sofia Rahman → Abbie Wilkins).
//! 3. `GET …/callRecords/getPstnCalls(fromDateTime=2026-03-17,toDateTime=2026-03-17)`
//! 4. `GET …/callRecords/getDirectRoutingCalls(fromDateTime=2026-03-17,toDateTime=2026-03-18)`
//!
//! Field names, nesting and value styles copy Microsoft's published examples
//! (shared/corpus/graph-docs): 7-digit fractional seconds on call records, 3-digit on Direct
//! Routing rows, ISO 8601 durations (`PT0.041S`), loss and event ratios as 0–1 fractions,
//! `averageVideoFrameLossPercentage` as 0–100, `averageAudioDegradation` in MOS points, explicit
//! nulls where real payloads have them.
//!
//! Layout: 1-space indent, with every object or array that holds only plain values (a stream, a
//! network, a device, an identity, a log row) on one line, so the file stays under 80 KB.
//!
//! The story (what a first-time Teams admin should find):
//!
//! * Abbie Wilkins (organizer, Teams on Windows, wired office LAN) rates the meeting "poor"
//!   (Noisy + Interruptions). Her headset microphone clips (deviceClippingEventRatio 0.18).
//! * Owen Franklin (Teams on Windows, home Wi-Fi 2.4 GHz 802.11n, channel 6, signal 32 %) hears
//!   the meeting badly: his INBOUND audio (calleeToCaller: conferencing server → Owen) has 12.4 %
//!   loss and 41 ms jitter, and his inbound video runs at 5.6 fps. His client falls back to TCP
//!   through the relay (a second segment), then the connection drops ("midcall" failure). He
//!   rejoins 40.7 s later in a new session, closer to his router; that stream is Good under
//!   today's CQD rules but Poor under the pre-2022 rules (degradation 1.04, concealed 0.074).
//!   He rates the call "bad".
//! * Cecilia Ortiz (Teams on macOS, 5 GHz Wi-Fi) sends camera video (h264, ~29.5 fps) and shares
//!   her screen (video-based screen sharing, h264s, ~4 fps). All good.
//! * Dev Patel dials in from a phone (+1 425 555 0143). His session has two segments: the
//!   conference auto attendant (IVR, where he types the conference ID), then the conferencing
//!   server. PCMU audio, clean network, but noisy (the server reports receivedNoiseLevel −41 for
//!   his audio, against about −65 to −77 for everyone else). The getPstnCalls page has the
//!   matching conf_in row (same number, its start/end enclose his session).
//! * "Room 4.12 – Teams Room" (Microsoft Teams Rooms on Windows, wired) sends video, and stays
//!   muted: its outbound audio has only 312 packets → Unclassified.
//! * Direct Routing: Abbie gets an inbound call at 15:22 while in the meeting and it is rejected
//!   "486 Busy Here" (busy-on-busy): a row that falls inside the meeting.

use super::digest::{hex, sha256, uuid5};
use std::fmt::Write as _;

/// The built-in example, exactly as `src/app/example.json` holds it.
pub fn example_json() -> String {
    let mut out = String::with_capacity(84_000);
    write_json(&mut out, &J::Arr(vec![meeting(), peer_to_peer(), pstn_page(), direct_routing_page()]), 0);
    out.push('\n');
    out
}

// ---------------------------------------------------------------------------------------------
// A JSON tree that keeps its keys in the order written, and the file's layout

/// A JSON value. Numbers come in three kinds so that they print as the file has them:
/// integers, ratios and the like (`Num`: the shortest decimal that reads back the same, never an
/// exponent: `0.0072`, `0`), and `Float`s that always show a fraction (`4.0` frames per second,
/// a `0.0` charge).
#[derive(Clone, Debug)]
enum J {
    Null,
    Bool(bool),
    Int(i64),
    Num(f64),
    Float(f64),
    Str(String),
    Arr(Vec<J>),
    Obj(Vec<(&'static str, J)>),
}

/// `obj! { "key": value, … }`: an object, keys in this order; values go through `J::from`.
macro_rules! obj {
    ($($key:literal: $value:expr),* $(,)?) => { J::Obj(vec![$(($key, J::from($value))),*]) };
}

impl From<bool> for J {
    fn from(v: bool) -> J {
        J::Bool(v)
    }
}
impl From<i32> for J {
    fn from(v: i32) -> J {
        J::Int(v.into())
    }
}
impl From<i64> for J {
    fn from(v: i64) -> J {
        J::Int(v)
    }
}
impl From<f64> for J {
    fn from(v: f64) -> J {
        J::Num(v)
    }
}
impl From<&str> for J {
    fn from(v: &str) -> J {
        J::Str(v.to_owned())
    }
}
impl From<String> for J {
    fn from(v: String) -> J {
        J::Str(v)
    }
}
impl From<Vec<J>> for J {
    fn from(v: Vec<J>) -> J {
        J::Arr(v)
    }
}
impl<T: Into<J>> From<Option<T>> for J {
    fn from(v: Option<T>) -> J {
        v.map_or(J::Null, Into::into)
    }
}

/// An array of strings.
fn strs(items: &[&str]) -> J {
    J::Arr(items.iter().map(|&s| J::from(s)).collect())
}

impl J {
    /// Replaces the value of an existing key, in place (panics on a key the object lacks: a typo).
    fn set(mut self, key: &str, value: impl Into<J>) -> J {
        let J::Obj(fields) = &mut self else { panic!("set {key} on a non-object") };
        let slot = fields.iter_mut().find(|(k, _)| *k == key).unwrap_or_else(|| panic!("no key {key}"));
        slot.1 = value.into();
        self
    }

    /// Adds a key at the end.
    fn push(mut self, key: &'static str, value: impl Into<J>) -> J {
        let J::Obj(fields) = &mut self else { panic!("push {key} on a non-object") };
        fields.push((key, value.into()));
        self
    }

    /// Adds a key at the end when there is a value.
    fn push_some(self, key: &'static str, value: Option<J>) -> J {
        match value {
            Some(v) => self.push(key, v),
            None => self,
        }
    }

    /// The object without some keys.
    fn without(mut self, keys: &[&str]) -> J {
        if let J::Obj(fields) = &mut self {
            fields.retain(|(k, _)| !keys.contains(k));
        }
        self
    }

    fn is_container(&self) -> bool {
        matches!(self, J::Arr(_) | J::Obj(_))
    }

    /// An array or object with no array or object inside: written on one line.
    fn is_flat(&self) -> bool {
        match self {
            J::Arr(items) => !items.iter().any(J::is_container),
            J::Obj(fields) => !fields.iter().any(|(_, v)| v.is_container()),
            _ => false,
        }
    }
}

fn write_str(out: &mut String, text: &str) {
    out.push_str(&serde_json::to_string(text).expect("a string serialises"));
}

/// Compact: no spaces (`{"a":1,"b":[2,3]}`).
fn write_compact(out: &mut String, value: &J) {
    match value {
        J::Null => out.push_str("null"),
        J::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        J::Int(n) => write!(out, "{n}").expect("write to a String"),
        J::Num(x) => write!(out, "{x}").expect("write to a String"),
        J::Float(x) if x.fract() == 0.0 => write!(out, "{x:.1}").expect("write to a String"),
        J::Float(x) => write!(out, "{x}").expect("write to a String"),
        J::Str(s) => write_str(out, s),
        J::Arr(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_compact(out, item);
            }
            out.push(']');
        }
        J::Obj(fields) => {
            out.push('{');
            for (i, (key, item)) in fields.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_str(out, key);
                out.push(':');
                write_compact(out, item);
            }
            out.push('}');
        }
    }
}

/// The file's layout: one item per line at 1-space indent per level, except that a flat (or
/// empty) array or object is written compactly on one line.
fn write_json(out: &mut String, value: &J, depth: usize) {
    let pad = " ".repeat(depth + 1);
    match value {
        J::Arr(items) if !value.is_flat() && !items.is_empty() => {
            out.push_str("[\n");
            for (i, item) in items.iter().enumerate() {
                out.push_str(if i > 0 { ",\n" } else { "" });
                out.push_str(&pad);
                write_json(out, item, depth + 1);
            }
            write!(out, "\n{}]", " ".repeat(depth)).expect("write to a String");
        }
        J::Obj(fields) if !value.is_flat() && !fields.is_empty() => {
            out.push_str("{\n");
            for (i, (key, item)) in fields.iter().enumerate() {
                out.push_str(if i > 0 { ",\n" } else { "" });
                out.push_str(&pad);
                write_str(out, key);
                out.push_str(": ");
                write_json(out, item, depth + 1);
            }
            write!(out, "\n{}}}", " ".repeat(depth)).expect("write to a String");
        }
        _ => write_compact(out, value),
    }
}

// ---------------------------------------------------------------------------------------------
// Ids, times, durations

/// The fixed namespace of every generated GUID.
const NAMESPACE: &str = "6f1c2b7e-5a44-4c1e-9d3b-0c0ffee05551";

/// A stable, fictitious GUID for a name.
fn gid(name: &str) -> String {
    uuid5(NAMESPACE, name)
}

/// The first 32 bits of the SHA-256 of a name.
fn sha256_u32(name: &str) -> u32 {
    let d = sha256(name.as_bytes());
    u32::from_be_bytes([d[0], d[1], d[2], d[3]])
}

/// A numeric stream id like the examples' "1504545584" (10 digits, < 2^32).
fn stream_id(name: &str) -> String {
    (1_000_000_000 + u64::from(sha256_u32(name)) % 3_294_967_295).to_string()
}

/// Standard base64 without the trailing `=`.
fn base64_unpadded(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, &b)| n | (u32::from(b) << (16 - 8 * i)));
        for i in 0..=chunk.len() {
            out.push(char::from(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize]));
        }
    }
    out
}

/// 100 ns ticks per second (the 7 fractional digits of Graph's timestamps).
const TICKS: i64 = 10_000_000;
const TICKS_PER_DAY: i64 = 86_400 * TICKS;

/// `"15:00:04.3518172"` → ticks since midnight of the day.
fn tk(hms: &str) -> i64 {
    let [h, m, s]: [&str; 3] = hms.split(':').collect::<Vec<_>>().try_into().expect("h:m:s");
    let (whole, frac) = s.split_once('.').unwrap_or((s, ""));
    let number = |text: &str| text.parse::<i64>().expect("a time of day");
    ((number(h) * 60 + number(m)) * 60 + number(whole)) * TICKS + number(&format!("{frac:0<7}")[..7])
}

/// Ticks since midnight of Tuesday 2026-03-17 → `2026-03-17T15:00:04.3518172Z`, with 0, 3 or 7
/// fractional digits (cut, not rounded). Stays within March.
fn iso(ticks: i64, digits: usize) -> String {
    let (day, ticks) = (17 + ticks / TICKS_PER_DAY, ticks % TICKS_PER_DAY);
    let (secs, frac) = (ticks / TICKS, ticks % TICKS);
    let mut text = format!("2026-03-{day:02}T{:02}:{:02}:{:02}", secs / 3600, secs / 60 % 60, secs % 60);
    if digits > 0 {
        write!(text, ".{}", &format!("{frac:07}")[..digits]).expect("write to a String");
    }
    text + "Z"
}

/// A time of the day with 7 fractional digits.
fn at(hms: &str) -> String {
    iso(tk(hms), 7)
}

/// Milliseconds → ISO 8601 duration, as Graph writes it: 41 → `PT0.041S`, 180 → `PT0.18S`.
fn ms(value: i64) -> String {
    let text = format!("{}.{:03}", value / 1000, value % 1000);
    format!("PT{}S", text.trim_end_matches('0').trim_end_matches('.'))
}

/// Rounded to 4 decimal places.
fn round4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

// ---------------------------------------------------------------------------------------------
// People

/// The Teams client's well-known (public) app id.
const TEAMS_APP: &str = "1fec8e78-bce4-4aaf-ab1b-5451cc387264";

fn tenant() -> String {
    gid("tenant:contoso")
}

/// A user of the tenant; the id comes from the UPN.
#[derive(Clone, Copy, Debug)]
struct Person {
    name: &'static str,
    upn: &'static str,
}

impl Person {
    fn id(self) -> String {
        gid(&format!("user:{}", self.upn))
    }
}

const fn person(name: &'static str, upn: &'static str) -> Person {
    Person { name, upn }
}

const ABBIE: Person = person("Abbie Wilkins", "abbie.wilkins@contoso.com");
const OWEN: Person = person("Owen Franklin", "owen.franklin@contoso.com");
const CECILIA: Person = person("Cecilia Ortiz", "cecilia.ortiz@contoso.com");
/// A resource account.
const ROOM: Person = person("Room 4.12 – Teams Room", "room412@contoso.com");
const SOFIA: Person = person("Sofia Rahman", "sofia.rahman@contoso.com");
/// Dev Patel: a phone number only, no Entra user.
const DEV_PHONE: &str = "+14255550143";
/// The tenant's audio-conferencing dial-in (service) number.
const CONF_NUMBER: &str = "+14255550100";
const CONF_ID: &str = "615294837";

// Users who appear only in the PSTN / Direct Routing logs.
/// Paris, Calling Plan billed in EUR.
const LEA: Person = person("Léa Moreau", "lea.moreau@contoso.com");
const PRIYA: Person = person("Priya Nair", "priya.nair@contoso.com");
const MARCUS: Person = person("Marcus Lee", "marcus.lee@contoso.com");
/// London office, on the London SBC.
const JONAS: Person = person("Jonas Berg", "jonas.berg@contoso.com");
const HANNAH: Person = person("Hannah Kim", "hannah.kim@contoso.com");
const TOMAS: Person = person("Tomás Reyes", "tomas.reyes@contoso.com");

// Direct inward numbers (fictitious: NANP 555-01xx, UK Ofcom drama range, French ARCEP fiction range).
const DID_ABBIE: &str = "+12065550112";
const DID_OWEN: &str = "+14255550121";
const DID_CECILIA: &str = "+14255550134";
const DID_SOFIA: &str = "+12065550157";
const DID_LEA: &str = "+33199001247";
const DID_PRIYA: &str = "+12065550163";
const DID_MARCUS: &str = "+14255550178";
const DID_JONAS: &str = "+442079460147";
const DID_HANNAH: &str = "+12065550186";
const DID_TOMAS: &str = "+14255550191";

/// `@odata.type` first, then the object's own keys.
fn typed(odata_type: &str, value: J) -> J {
    let J::Obj(fields) = value else { panic!("typed: not an object") };
    J::Obj(std::iter::once(("@odata.type", J::from(odata_type))).chain(fields).collect())
}

/// participantEndpoint.associatedIdentity (as in beta-list-sessions.json), and the user of
/// organizer_v2 and participants_v2.
fn associated(p: Person) -> J {
    obj! { "id": p.id(), "displayName": p.name, "tenantId": tenant(), "userPrincipalName": p.upn }
}

/// The deprecated participantEndpoint.identity (identitySet), still sent in March 2026.
fn identity_set(p: Person) -> J {
    obj! { "user": obj! { "id": p.id(), "displayName": p.name, "tenantId": tenant() } }
}

fn phone_identity_set(number: &str) -> J {
    obj! { "user": J::Null, "phone": obj! { "id": number, "displayName": J::Null, "tenantId": J::Null } }
}

/// A participants_v2 item, in the style of v1.0-list-participants_v2.json.
fn participant_v2(p: Person) -> J {
    let user = typed("#microsoft.graph.userIdentity", associated(p));
    obj! { "id": p.id(), "identity": obj! { "acsUser": J::Null, "spoolUser": J::Null, "phone": J::Null, "user": user } }
}

/// A phone participant, as the v1.0 list-callRecords example shows one (id = the number).
fn phone_participant_v2(number: &str) -> J {
    let phone = obj! { "id": number, "displayName": J::Null, "tenantId": J::Null };
    obj! {
        "id": number,
        "identity": obj! { "user": J::Null, "acsUser": J::Null, "spoolUser": J::Null, "phone": phone },
    }
}

/// organizer_v2 of a record.
fn organizer_v2(p: Person) -> J {
    obj! { "id": p.id(), "identity": obj! { "user": associated(p) } }
}

// ---------------------------------------------------------------------------------------------
// Endpoints

/// A Teams client: its machine and user agent.
struct Client {
    person: Person,
    machine: &'static str,
    cpu: &'static str,
    cores: i64,
    mhz: i64,
    platform: &'static str,
    header: &'static str,
}

const ABBIE_PC: Client = Client {
    person: ABBIE,
    machine: "CONTOSO-LT-0417",
    cpu: "Intel(R) Core(TM) Ultra 7 165U",
    cores: 12,
    mhz: 2688,
    platform: "windows",
    header: "Microsoft Teams/26043.1210.4410.2306 (Windows NT 10.0.26100)",
};
const OWEN_PC: Client = Client {
    person: OWEN,
    machine: "CONTOSO-LT-0872",
    cpu: "Intel(R) Core(TM) i5-1145G7 @ 2.60GHz",
    cores: 4,
    mhz: 2611,
    platform: "windows",
    header: "Microsoft Teams/26043.1210.4410.2306 (Windows NT 10.0.22631)",
};
const CECILIA_MAC: Client = Client {
    person: CECILIA,
    machine: "Cecilias-MacBook-Pro",
    cpu: "Apple M3 Pro",
    cores: 12,
    mhz: 4056,
    platform: "macOS",
    header: "Microsoft Teams/26043.1210.4410.2306 (Macintosh; Intel Mac OS X 15_3)",
};
const ROOM_MTR: Client = Client {
    person: ROOM,
    machine: "MTR-RM412",
    cpu: "Intel(R) Core(TM) i5-10500T CPU @ 2.30GHz",
    cores: 6,
    mhz: 2304,
    platform: "roomSystem",
    header: "Microsoft Teams Rooms/5.4.38.0 (Windows NT 10.0.22631)",
};
const SOFIA_PHONE: Client = Client {
    person: SOFIA,
    machine: "Sofias-iPhone",
    cpu: "Apple A17 Pro",
    cores: 6,
    mhz: 3780,
    platform: "iOS",
    header: "TeamsMobile-iOS/7.3.1 (iPhone16,1; iOS 26.3)",
};

fn client_user_agent(c: &Client) -> J {
    let ua = obj! {
        "@odata.type": "#microsoft.graph.callRecords.clientUserAgent",
        "headerValue": c.header,
        "platform": c.platform,
        "productFamily": "teams",
    };
    // The Teams Rooms app id is not documented: leave it out.
    if c.platform == "roomSystem" {
        ua
    } else {
        ua.push("azureADAppId", TEAMS_APP)
    }
}

const IDENTITY_SET: &str = "#microsoft.graph.identitySet";

/// A participantEndpoint for a Teams client. Session-level endpoints carry feedback and a typed
/// deprecated identity set, as in v1.0-get-callrecord-expanded-legacy.json; segment-level ones
/// leave the identity set out, to keep the file small.
fn participant(c: &Client, session_level: bool, feedback: Option<J>) -> J {
    obj! {
        "@odata.type": "#microsoft.graph.callRecords.participantEndpoint",
        "name": c.machine,
        "cpuName": c.cpu,
        "cpuCoresCount": c.cores,
        "cpuProcessorSpeedInMhz": c.mhz,
        "userAgent": client_user_agent(c),
    }
    .push_some("identity", session_level.then(|| typed(IDENTITY_SET, identity_set(c.person))))
    .push("associatedIdentity", associated(c.person))
    .push_some("feedback", feedback.filter(|_| session_level))
}

/// Dev Patel's phone. A PSTN caller has no Teams client, so there is no clientUserAgent,
/// platform, machine name or CPU. The SIP user agent Teams sees for the phone leg is Microsoft's
/// PSTN hub (its SIP "Server" header reads "Microsoft.PSTNHub.SIPProxy v.<build> i.<region>.<n>"
/// in SBC traces), so the phone's endpoint carries a serviceUserAgent with role "gateway". The
/// alternative, "audioTeleconferencerController", names the Skype for Business dial-in
/// conferencing controller on the conference side, not the phone; the synthetic generator
/// (synth/generate.rs) makes the same choice: phone = gateway UA. Graph documents no example of
/// a PSTN participant endpoint, so this is a modelling choice.
fn phone_endpoint(session_level: bool) -> J {
    obj! {
        "@odata.type": "#microsoft.graph.callRecords.participantEndpoint",
        "userAgent": obj! {
            "@odata.type": "#microsoft.graph.callRecords.serviceUserAgent",
            "headerValue": "Microsoft.PSTNHub.SIPProxy v.2026.3.5.2 i.USWE.4",
            "role": "gateway",
        },
    }
    .push_some("identity", session_level.then(|| typed(IDENTITY_SET, phone_identity_set(DEV_PHONE))))
    .push("associatedIdentity", obj! { "id": DEV_PHONE, "displayName": J::Null, "tenantId": J::Null })
}

fn service(role: &str, header: &str) -> J {
    obj! {
        "@odata.type": "#microsoft.graph.callRecords.serviceEndpoint",
        "userAgent": obj! {
            "@odata.type": "#microsoft.graph.callRecords.serviceUserAgent",
            "headerValue": header,
            "role": role,
        },
    }
}

/// The conferencing server.
fn mcu() -> J {
    service("skypeForBusinessAudioVideoMcu", "Microsoft.Skype.MCU/2026.3.9.2 (AVMCU)")
}

/// The conference auto attendant (IVR).
fn caa() -> J {
    service("conferencingAttendant", "Microsoft.Skype.ConferenceAutoAttendant/2026.3.2.1")
}

const TOKENS: [&str; 8] =
    ["NoSound", "OtherNoSound", "Echo", "Noisy", "LowVolume", "Stopped", "DistortedSound", "Interruptions"];

/// User feedback with every token, `true` for the ones given.
fn feedback(rating: &str, text: &str, tokens: &[&str]) -> J {
    let tokens = J::Obj(TOKENS.iter().map(|&t| (t, J::Bool(tokens.contains(&t)))).collect());
    obj! { "rating": rating, "text": text, "tokens": tokens }
}

// ---------------------------------------------------------------------------------------------
// Networks

/// The meeting's conferencing server (Microsoft Teams media range).
const MCU_IP: &str = "52.115.97.143";
/// Conference auto attendant (IVR).
const CAA_IP: &str = "52.115.60.21";
/// Microsoft PSTN hub media processor.
const PSTN_HUB_IP: &str = "52.112.198.40";
/// Contoso Seattle office egress (TEST-NET-3).
const OFFICE_NAT: &str = "203.0.113.24";

/// The network event ratios describe audio ("poor received/sent audio"): audio media only.
const AUDIO_ONLY_NET: [&str; 4] =
    ["sentQualityEventRatio", "receivedQualityEventRatio", "delayEventRatio", "bandwidthLowEventRatio"];

/// The four audio event ratios: sent quality, received quality, delay, low bandwidth.
fn with_ratios(network: J, [sent, received, delay, bandwidth]: [f64; 4]) -> J {
    network
        .push("sentQualityEventRatio", sent)
        .push("receivedQualityEventRatio", received)
        .push("delayEventRatio", delay)
        .push("bandwidthLowEventRatio", bandwidth)
}

/// The office LAN, through the office NAT.
fn wired(ip: &str, subnet: &str, port: i64, relay: &str, mac: &str) -> J {
    let network = obj! {
        "connectionType": "wired",
        "networkTransportProtocol": "udp",
        "ipAddress": ip,
        "subnet": subnet,
        "port": port,
        "reflexiveIPAddress": OFFICE_NAT,
        "relayIPAddress": relay,
        "relayPort": 3478,
        "macAddress": mac,
        "linkSpeed": 1_000_000_000,
        "dnsSuffix": "corp.contoso.com",
    };
    with_ratios(network, [0.0; 4])
}

/// The conferencing side: its own media address, no relay, no quality events (sparse, as
/// servers report).
fn server_net(ip: &str, port: i64) -> J {
    let subnet = format!("{}.0", ip.rsplit_once('.').expect("an IPv4 address").0);
    obj! {
        "connectionType": "wired",
        "networkTransportProtocol": "udp",
        "ipAddress": ip,
        "subnet": subnet,
        "port": port,
        "reflexiveIPAddress": ip,
        "linkSpeed": 10_000_000_000_i64,
    }
}

fn abbie_net(port: i64, relay: &str) -> J {
    wired("10.20.14.37", "10.20.14.0", port, relay, "00-00-5E-00-53-17")
}

/// Abbie's relay in the meeting.
const ABBIE_RELAY: &str = "52.114.188.41";

fn room_net(port: i64) -> J {
    wired("10.20.30.15", "10.20.30.0", port, "52.114.188.44", "00-00-5E-00-53-41")
}

/// Owen's home Wi-Fi: 2.4 GHz 802.11n on channel 6, signal strength in %.
fn owen_wifi(port: i64, signal: i64, ratios: [f64; 4]) -> J {
    let network = obj! {
        "connectionType": "wifi",
        "networkTransportProtocol": "udp",
        "ipAddress": "192.168.1.23",
        "subnet": "192.168.1.0",
        "port": port,
        "reflexiveIPAddress": "198.51.100.77",
        "relayIPAddress": "52.114.190.15",
        "relayPort": 3478,
        "macAddress": "00-00-5E-00-53-A7",
        "linkSpeed": if signal < 50 { 72_200_000 } else { 144_400_000 },
        "dnsSuffix": J::Null,
        "basicServiceSetIdentifier": "00-00-5E-00-53-B1",
        "wifiBand": "frequency24GHz",
        "wifiRadioType": "wifi80211n",
        "wifiChannel": 6,
        "wifiSignalStrength": signal,
        "wifiBatteryCharge": 64,
        "wifiMicrosoftDriver": "Microsoft",
        "wifiMicrosoftDriverVersion": "10.0.22621.3527",
        "wifiVendorDriver": "Intel(R) Wi-Fi 6 AX201 160MHz",
        "wifiVendorDriverVersion": "23.60.1.2",
    };
    with_ratios(network, ratios)
}

/// traceRouteHops: (address, round trip in ms) from the client outwards.
fn trace_route(hops: &[(&str, i64)]) -> J {
    let hop = |(i, &(ip, rtt)): (usize, &(&str, i64))| {
        obj! { "hopCount": i as i64 + 1, "ipAddress": ip, "roundTripTime": ms(rtt) }
    };
    J::Arr(hops.iter().enumerate().map(hop).collect())
}

fn cecilia_wifi(port: i64) -> J {
    let network = obj! {
        "connectionType": "wifi",
        "networkTransportProtocol": "udp",
        "ipAddress": "192.168.50.112",
        "subnet": "192.168.50.0",
        "port": port,
        "reflexiveIPAddress": "198.51.100.142",
        "relayIPAddress": "52.114.188.57",
        "relayPort": 3478,
        "macAddress": "00-00-5E-00-53-C3",
        "linkSpeed": 1_201_000_000,
        "dnsSuffix": J::Null,
        "basicServiceSetIdentifier": "00-00-5E-00-53-D4",
        "wifiBand": "frequency50GHz",
        "wifiRadioType": "wifi80211ax",
        "wifiChannel": 44,
        "wifiSignalStrength": 88,
    };
    with_ratios(network, [0.0, 0.01, 0.0, 0.0])
}

fn sofia_mobile(port: i64) -> J {
    let network = obj! {
        "connectionType": "mobile",
        "networkTransportProtocol": "udp",
        "ipAddress": "100.87.12.54",
        "subnet": "100.87.12.0",
        "port": port,
        "reflexiveIPAddress": "198.51.100.203",
        "relayIPAddress": "52.114.177.88",
        "relayPort": 3478,
        "macAddress": J::Null,
        "linkSpeed": J::Null,
        "dnsSuffix": J::Null,
    };
    with_ratios(network, [0.02, 0.0, 0.01, 0.0])
}

/// The PSTN hub's side of a phone leg.
fn pstn_net(port: i64) -> J {
    obj! {
        "connectionType": "wired",
        "networkTransportProtocol": "udp",
        "ipAddress": PSTN_HUB_IP,
        "subnet": "52.112.198.0",
        "port": port,
        "reflexiveIPAddress": PSTN_HUB_IP,
        "relayIPAddress": J::Null,
        "relayPort": J::Null,
        "dnsSuffix": J::Null,
    }
}

// ---------------------------------------------------------------------------------------------
// Devices

/// Capture device and driver, render device and driver.
type Headset = [Option<&'static str>; 4];

const JABRA: Headset = [
    Some("Microphone (Jabra Evolve2 65)"),
    Some("Microsoft: 10.0.26100.1"),
    Some("Headphones (Jabra Evolve2 65)"),
    Some("Microsoft: 10.0.26100.1"),
];
const OWEN_AUDIO: Headset = [
    Some("Microphone Array (Realtek(R) Audio)"),
    Some("Realtek Semiconductor Corp.: 6.0.9549.1"),
    Some("Headphones (Poly Voyager Free 60)"),
    Some("Microsoft: 10.0.22621.1"),
];
const MAC_AUDIO: Headset =
    [Some("MacBook Pro Microphone"), Some("Apple: 15.3"), Some("MacBook Pro Speakers"), Some("Apple: 15.3")];
const ROOM_AUDIO: Headset = [
    Some("Echo Cancelling Speakerphone (Poly Studio R30)"),
    Some("Microsoft: 10.0.22621.2506"),
    Some("Echo Cancelling Speakerphone (Poly Studio R30)"),
    Some("Microsoft: 10.0.22621.2506"),
];
const IPHONE_AUDIO: Headset = [Some("iPhone Microphone"), None, Some("iPhone Receiver"), None];
/// A phone leg: no device is known.
const NO_DEVICE: Headset = [None; 4];

fn device_names([capture, capture_driver, render, render_driver]: Headset) -> J {
    obj! {
        "captureDeviceName": capture,
        "captureDeviceDriver": capture_driver,
        "renderDeviceName": render,
        "renderDeviceDriver": render_driver,
    }
}

/// What a client's audio device reports: (signal, noise) levels in dB, the initial RMS level and
/// event ratios. Glitch rates are 0 (Microsoft: "for good quality this should be less than one
/// per five minutes"), so the only device problem in the dataset is Abbie's clipping microphone.
#[derive(Clone, Copy, Debug, Default)]
struct Levels {
    sent: (i64, i64),
    received: (i64, i64),
    rms: f64,
    clipping: f64,
    glitch: f64,
    low_speech: f64,
    low_snr: f64,
    cpu: f64,
}

fn audio_device(headset: Headset, l: Levels) -> J {
    device_names(headset)
        .push("sentSignalLevel", l.sent.0)
        .push("sentNoiseLevel", l.sent.1)
        .push("receivedSignalLevel", l.received.0)
        .push("receivedNoiseLevel", l.received.1)
        .push("initialSignalLevelRootMeanSquare", l.rms)
        .push("captureNotFunctioningEventRatio", 0)
        .push("renderNotFunctioningEventRatio", 0)
        .push("cpuInsufficentEventRatio", l.cpu)
        .push("deviceClippingEventRatio", l.clipping)
        .push("deviceGlitchEventRatio", l.glitch)
        .push("lowSpeechLevelEventRatio", l.low_speech)
        .push("lowSpeechToNoiseEventRatio", l.low_snr)
        .push("renderMuteEventRatio", 0)
        .push("renderZeroVolumeEventRatio", 0)
        .push("howlingEventCount", 0)
        .push("micGlitchRate", 0)
        .push("speakerGlitchRate", 0)
}

fn camera(name: &'static str, driver: &'static str) -> J {
    device_names([Some(name), Some(driver), None, None])
}

/// What the conferencing server reports: only the levels of the audio it receives.
fn server_device((signal, noise): (i64, i64)) -> J {
    obj! { "receivedSignalLevel": signal, "receivedNoiseLevel": noise }
}

/// Hot microphone gain: −6 dB average speech level and clipping 18 % of the call.
fn abbie_device() -> J {
    let levels = Levels {
        sent: (-6, -58),
        received: (-19, -71),
        rms: 412.7,
        clipping: 0.18,
        glitch: 0.002,
        low_snr: 0.01,
        ..Levels::default()
    };
    audio_device(JABRA, levels)
}

// ---------------------------------------------------------------------------------------------
// Streams

const UP: &str = "callerToCallee";
const DOWN: &str = "calleeToCaller";

/// An audio stream's metrics: (average, maximum) pairs, durations in ms.
#[derive(Clone, Copy, Debug, Default)]
struct Audio {
    deg: Option<f64>,
    jitter: (i64, i64),
    loss: (f64, f64),
    concealed: Option<(f64, f64)>,
    rtt: (i64, i64),
    packets: i64,
    bandwidth: Option<i64>,
    network_jitter: (i64, i64),
    fec: bool,
    /// Start and end: "only available for streams that use the SIP protocol".
    sip: Option<(&'static str, &'static str)>,
}

fn audio(name: &str, direction: &str, codec: &str, a: Audio) -> J {
    let stream = obj! { "streamId": stream_id(name), "streamDirection": direction };
    let stream = match a.sip {
        Some((start, end)) => stream.push("startDateTime", at(start)).push("endDateTime", at(end)),
        None => stream,
    };
    stream
        .push("audioCodec", codec)
        .push("averageAudioDegradation", a.deg)
        .push("averageJitter", ms(a.jitter.0))
        .push("maxJitter", ms(a.jitter.1))
        .push("averagePacketLossRate", a.loss.0)
        .push("maxPacketLossRate", a.loss.1)
        .push("averageRatioOfConcealedSamples", a.concealed.map(|c| c.0))
        .push("maxRatioOfConcealedSamples", a.concealed.map(|c| c.1))
        .push("averageRoundTripTime", ms(a.rtt.0))
        .push("maxRoundTripTime", ms(a.rtt.1))
        .push("packetUtilization", a.packets)
        .push("averageBandwidthEstimate", a.bandwidth)
        .push("wasMediaBypassed", false)
        .push("averageAudioNetworkJitter", ms(a.network_jitter.0))
        .push("maxAudioNetworkJitter", ms(a.network_jitter.1))
        .push("rmsFreezeDuration", J::Null)
        .push("averageFreezeDuration", J::Null)
        .push("isAudioForwardErrorCorrectionUsed", a.fec)
}

/// A good audio stream, from a few averages; the maxima follow from them.
#[derive(Clone, Copy, Debug)]
struct Good {
    packets: i64,
    bandwidth: i64,
    jitter: i64,
    rtt: i64,
    loss: f64,
    deg: Option<f64>,
    concealed: Option<f64>,
}

/// Client → conferencing server audio (callerToCallee), measured by the server.
fn good_up(name: &str, codec: &str, g: Good) -> J {
    let a = Audio {
        deg: g.deg,
        jitter: (g.jitter, g.jitter * 3 + 2),
        loss: (g.loss, round4(g.loss * 9.0)),
        concealed: g.concealed.map(|c| (c, round4(c * 4.0))),
        rtt: (g.rtt, g.rtt * 2 + 5),
        packets: g.packets,
        bandwidth: Some(g.bandwidth),
        network_jitter: (g.jitter + 1, g.jitter * 3 + 4),
        fec: false,
        sip: None,
    };
    audio(name, UP, codec, a)
}

/// Conferencing server → client audio (calleeToCaller), measured by the client.
fn good_down(name: &str, codec: &str, g: Good) -> J {
    let a = Audio {
        deg: g.deg,
        jitter: (g.jitter, g.jitter * 3 + 3),
        loss: (g.loss, round4(g.loss * 8.0)),
        concealed: g.concealed.map(|c| (c, round4(c * 5.0))),
        rtt: (g.rtt, g.rtt * 2 + 7),
        packets: g.packets,
        bandwidth: Some(g.bandwidth),
        network_jitter: (g.jitter + 1, g.jitter * 3 + 5),
        fec: false,
        sip: None,
    };
    audio(name, DOWN, codec, a)
}

/// A video or video-based screen sharing stream's metrics: (average, maximum) pairs, durations
/// in ms.
#[derive(Clone, Copy, Debug, Default)]
struct Video {
    jitter: (i64, i64),
    loss: (f64, f64),
    rtt: (i64, i64),
    packets: i64,
    bandwidth: i64,
    fps: f64,
    received_fps: Option<f64>,
    /// 0–100.
    frame_loss: Option<f64>,
    video_loss: f64,
    post_fec: f64,
    low_fps: f64,
    low_processing: f64,
    /// Average and RMS freeze duration.
    freeze: Option<(i64, i64)>,
}

fn video(name: &str, direction: &str, codec: &str, v: Video) -> J {
    obj! {
        "streamId": stream_id(name),
        "streamDirection": direction,
        "videoCodec": codec,
        "averageAudioDegradation": J::Null,
        "averageJitter": ms(v.jitter.0),
        "maxJitter": ms(v.jitter.1),
        "averagePacketLossRate": v.loss.0,
        "maxPacketLossRate": v.loss.1,
        "averageRoundTripTime": ms(v.rtt.0),
        "maxRoundTripTime": ms(v.rtt.1),
        "packetUtilization": v.packets,
        "averageBandwidthEstimate": v.bandwidth,
        "wasMediaBypassed": false,
        "averageVideoFrameRate": J::Float(v.fps),
        "averageReceivedFrameRate": v.received_fps.map(J::Float),
        "averageVideoFrameLossPercentage": v.frame_loss,
        "averageVideoPacketLossRate": v.video_loss,
        "postForwardErrorCorrectionPacketLossRate": v.post_fec,
        "lowFrameRateRatio": v.low_fps,
        "lowVideoProcessingCapabilityRatio": v.low_processing,
        "averageFreezeDuration": v.freeze.map(|f| ms(f.0)),
        "rmsFreezeDuration": v.freeze.map(|f| ms(f.1)),
    }
}

fn media(
    label: &str,
    caller_net: J,
    callee_net: J,
    caller_dev: Option<J>,
    callee_dev: Option<J>,
    streams: Vec<J>,
) -> J {
    let (caller_net, callee_net) = if label == "main-audio" {
        (caller_net, callee_net)
    } else {
        (caller_net.without(&AUDIO_ONLY_NET), callee_net.without(&AUDIO_ONLY_NET))
    };
    obj! { "label": label, "callerNetwork": caller_net, "calleeNetwork": callee_net }
        .push_some("callerDevice", caller_dev)
        .push_some("calleeDevice", callee_dev)
        .push("streams", streams)
}

// ---------------------------------------------------------------------------------------------
// Sessions and segments

const GRAPH: &str = "https://graph.microsoft.com/v1.0/$metadata#communications/callRecords";
/// The log pages' `@odata.context`, up to the row type.
const LOG_ROWS: &str = "https://graph.microsoft.com/v1.0/$metadata#Collection(microsoft.graph.callRecords.";

fn session(
    key: &str,
    (start, end): (&str, &str),
    modalities: &[&str],
    caller: J,
    callee: J,
    failure: Option<J>,
    segments: Vec<J>,
) -> J {
    obj! {
        "id": gid(&format!("session:{key}")),
        "modalities": strs(modalities),
        "startDateTime": at(start),
        "endDateTime": at(end),
        "isTest": false,
        "caller": caller,
        "callee": callee,
    }
    .push_some("failureInfo", failure)
    .push("segments", segments)
}

fn segment(key: &str, (start, end): (&str, &str), caller: J, callee: J, failure: Option<J>, media: Vec<J>) -> J {
    let id = gid(&format!("segment:{key}"));
    obj! { "id": id, "startDateTime": at(start), "endDateTime": at(end), "caller": caller, "callee": callee }
        .push_some("failureInfo", failure)
        .push("media", media)
}

const ALL_MODALITIES: [&str; 3] = ["audio", "video", "videoBasedScreenSharing"];

/// Graph's failureInfo.reason is free text ("classification of why a call or portion failed");
/// real records often leave it empty (microsoftgraph/microsoft-graph-docs#11584, where the admin
/// center showed CallEndReasonMediaError for the same kind of drop).
fn drop_failure() -> J {
    obj! {
        "stage": "midcall",
        "reason": "Media connectivity lost: no media received from the conferencing server for 30 seconds",
    }
}

/// Abbie Wilkins: organizer, wired, audio + camera + receives the screen share. 15:00:04 →
/// 15:47:12 (last to leave).
fn abbie_session() -> J {
    let span = ("15:00:04.3518172", "15:47:12.9034417");
    let net = |port| abbie_net(port, ABBIE_RELAY);
    let up =
        Good { packets: 104_617, bandwidth: 48_213_117, jitter: 4, rtt: 31, loss: 0.0006, deg: None, concealed: None };
    let down = Good {
        packets: 138_244,
        bandwidth: 52_904_331,
        jitter: 3,
        rtt: 32,
        loss: 0.0012,
        deg: Some(0.21),
        concealed: Some(0.006),
    };
    let video_up = Video {
        jitter: (5, 19),
        loss: (0.0004, 0.006),
        rtt: (32, 71),
        packets: 297_512,
        bandwidth: 48_213_117,
        fps: 29.1,
        frame_loss: Some(0.6),
        video_loss: 0.0004,
        post_fec: 0.0001,
        low_fps: 0.01,
        ..Video::default()
    };
    let video_down = Video {
        jitter: (4, 16),
        loss: (0.0009, 0.011),
        rtt: (32, 74),
        packets: 351_870,
        bandwidth: 52_904_331,
        fps: 28.6,
        received_fps: Some(28.4),
        frame_loss: Some(0.9),
        video_loss: 0.0009,
        post_fec: 0.0002,
        low_fps: 0.02,
        freeze: Some((110, 160)),
        ..Video::default()
    };
    let share_down = Video {
        jitter: (3, 12),
        loss: (0.0005, 0.004),
        rtt: (33, 69),
        packets: 15_384,
        bandwidth: 52_904_331,
        fps: 4.0,
        received_fps: Some(4.0),
        frame_loss: Some(0.3),
        video_loss: 0.0005,
        post_fec: 0.0001,
        low_fps: 0.94,
        ..Video::default()
    };
    let media = vec![
        media(
            "main-audio",
            net(50012),
            server_net(MCU_IP, 50612),
            Some(abbie_device()),
            Some(server_device((-4, -61))),
            vec![good_up("abbie-up", "satin", up), good_down("abbie-down", "satin", down)],
        ),
        media(
            "main-video",
            net(50014),
            server_net(MCU_IP, 50614),
            Some(camera("Integrated Camera", "Microsoft: 10.0.26100.1")),
            None,
            vec![video("abbie-video-up", UP, "h264", video_up), video("abbie-video-down", DOWN, "h264", video_down)],
        ),
        media(
            "applicationsharing-video",
            net(50016),
            server_net(MCU_IP, 50616),
            None,
            None,
            vec![video("abbie-share-down", DOWN, "h264s", share_down)],
        ),
    ];
    let feedback = feedback(
        "poor",
        "Lots of background noise from the dial-in caller, and Owen kept dropping out.",
        &["Noisy", "Interruptions"],
    );
    let leg = segment("abbie", span, participant(&ABBIE_PC, false, None), mcu(), None, media);
    session("abbie", span, &ALL_MODALITIES, participant(&ABBIE_PC, true, Some(feedback)), mcu(), None, vec![leg])
}

/// Room 4.12: Teams Room, wired, camera on, microphone muted (312 packets → Unclassified).
/// 15:00:09 → 15:44:40.
fn room_session() -> J {
    let span = ("15:00:09.8841630", "15:44:40.2270915");
    let device = Levels { sent: (-47, -74), received: (-17, -70), rms: 38.4, low_speech: 0.02, ..Levels::default() };
    // Muted for almost the whole meeting: ~6 s of speech. Real data has nulls here.
    let up = Audio {
        jitter: (3, 8),
        loss: (0.0, 0.0),
        rtt: (29, 41),
        packets: 312,
        bandwidth: Some(91_406_552),
        network_jitter: (4, 9),
        ..Audio::default()
    };
    let down = Good {
        packets: 130_962,
        bandwidth: 92_411_870,
        jitter: 2,
        rtt: 28,
        loss: 0.0004,
        deg: Some(0.08),
        concealed: Some(0.003),
    };
    let video_up = Video {
        jitter: (3, 11),
        loss: (0.0002, 0.003),
        rtt: (29, 44),
        packets: 402_118,
        bandwidth: 91_406_552,
        fps: 29.8,
        frame_loss: Some(0.2),
        video_loss: 0.0002,
        ..Video::default()
    };
    let video_down = Video {
        jitter: (3, 10),
        loss: (0.0003, 0.004),
        rtt: (28, 43),
        packets: 366_205,
        bandwidth: 92_411_870,
        fps: 29.3,
        received_fps: Some(29.2),
        frame_loss: Some(0.3),
        video_loss: 0.0003,
        low_fps: 0.01,
        freeze: Some((60, 80)),
        ..Video::default()
    };
    let share_down = Video {
        jitter: (2, 9),
        loss: (0.0003, 0.002),
        rtt: (28, 40),
        packets: 15_391,
        bandwidth: 92_411_870,
        fps: 3.9,
        received_fps: Some(3.9),
        frame_loss: Some(0.2),
        video_loss: 0.0003,
        low_fps: 0.95,
        ..Video::default()
    };
    let media = vec![
        media(
            "main-audio",
            room_net(50110),
            server_net(MCU_IP, 50640),
            Some(audio_device(ROOM_AUDIO, device)),
            Some(server_device((-45, -77))),
            vec![audio("room-up", UP, "satin", up), good_down("room-down", "satin", down)],
        ),
        media(
            "main-video",
            room_net(50112),
            server_net(MCU_IP, 50642),
            Some(camera("Poly Studio E70", "Microsoft: 10.0.22621.2506")),
            None,
            vec![video("room-video-up", UP, "h264", video_up), video("room-video-down", DOWN, "h264", video_down)],
        ),
        media(
            "applicationsharing-video",
            room_net(50114),
            server_net(MCU_IP, 50644),
            None,
            None,
            vec![video("room-share-down", DOWN, "h264s", share_down)],
        ),
    ];
    let leg = segment("room", span, participant(&ROOM_MTR, false, None), mcu(), None, media);
    session("room", span, &ALL_MODALITIES, participant(&ROOM_MTR, true, None), mcu(), None, vec![leg])
}

/// Cecilia Ortiz: macOS, 5 GHz Wi-Fi, camera + screen sharing (15:21:05 → 15:38:40), all good.
/// 15:00:31 → 15:45:58.
fn cecilia_session() -> J {
    let span = ("15:00:31.0479913", "15:45:58.6610274");
    let device = Levels { sent: (-24, -68), received: (-21, -73), rms: 96.2, low_snr: 0.02, ..Levels::default() };
    let up = Good {
        packets: 93_880,
        bandwidth: 31_557_208,
        jitter: 7,
        rtt: 48,
        loss: 0.0031,
        deg: Some(0.12),
        concealed: Some(0.008),
    };
    let down = Good {
        packets: 133_407,
        bandwidth: 29_874_106,
        jitter: 9,
        rtt: 52,
        loss: 0.0042,
        deg: Some(0.27),
        concealed: Some(0.011),
    };
    let video_up = Video {
        jitter: (8, 27),
        loss: (0.0027, 0.019),
        rtt: (49, 118),
        packets: 289_544,
        bandwidth: 31_557_208,
        fps: 29.5,
        frame_loss: Some(1.4),
        video_loss: 0.0027,
        post_fec: 0.0006,
        low_fps: 0.02,
        ..Video::default()
    };
    let video_down = Video {
        jitter: (9, 31),
        loss: (0.0039, 0.024),
        rtt: (51, 125),
        packets: 344_071,
        bandwidth: 29_874_106,
        fps: 28.7,
        received_fps: Some(28.5),
        frame_loss: Some(2.1),
        video_loss: 0.0039,
        post_fec: 0.0009,
        low_fps: 0.03,
        freeze: Some((180, 260)),
        ..Video::default()
    };
    // Video-based screen sharing: a low frame rate is normal (slides change rarely).
    let share_up = Video {
        jitter: (7, 24),
        loss: (0.0021, 0.012),
        rtt: (49, 110),
        packets: 15_842,
        bandwidth: 31_557_208,
        fps: 4.1,
        frame_loss: Some(0.4),
        video_loss: 0.0021,
        post_fec: 0.0003,
        low_fps: 0.93,
        ..Video::default()
    };
    let media = vec![
        media(
            "main-audio",
            cecilia_wifi(52210),
            server_net(MCU_IP, 50622),
            Some(audio_device(MAC_AUDIO, device)),
            Some(server_device((-25, -69))),
            vec![good_up("cecilia-up", "opus", up), good_down("cecilia-down", "opus", down)],
        ),
        media(
            "main-video",
            cecilia_wifi(52212),
            server_net(MCU_IP, 50624),
            Some(camera("FaceTime HD Camera", "Apple: 15.3")),
            None,
            vec![
                video("cecilia-video-up", UP, "h264", video_up),
                video("cecilia-video-down", DOWN, "h264", video_down),
            ],
        ),
        media(
            "applicationsharing-video",
            cecilia_wifi(52214),
            server_net(MCU_IP, 50626),
            None,
            None,
            vec![video("cecilia-share-up", UP, "h264s", share_up)],
        ),
    ];
    let leg = segment("cecilia", span, participant(&CECILIA_MAC, false, None), mcu(), None, media);
    session("cecilia", span, &ALL_MODALITIES, participant(&CECILIA_MAC, true, None), mcu(), None, vec![leg])
}

/// Owen's route home → relay, with the round trip to each hop in ms.
const OWEN_HOPS: [(&str, i64); 5] =
    [("192.168.1.1", 87), ("100.64.0.1", 96), ("198.51.100.1", 101), ("104.44.21.30", 108), ("52.114.190.15", 112)];

/// Owen Franklin, first session: weak 2.4 GHz Wi-Fi. Poor inbound audio and video, TCP
/// fallback, drop.
fn owen_first_session() -> J {
    let span = ("15:01:12.6203381", "15:19:43.2107756");
    let switch = "15:18:51.0934410";

    // Segment 1a, UDP: signal 32 %.
    let ratios = [0.03, 0.38, 0.21, 0.11];
    let device =
        Levels { sent: (-27, -63), received: (-23, -66), rms: 84.9, low_snr: 0.04, cpu: 0.01, ..Levels::default() };
    // Owen → server: fine.
    let up = Audio {
        jitter: (11, 29),
        loss: (0.0064, 0.041),
        rtt: (176, 342),
        packets: 31_288,
        bandwidth: Some(1_184_552),
        network_jitter: (13, 38),
        fec: true,
        ..Audio::default()
    };
    // Server → Owen: the poor one (loss 12.4 % > 10 %, jitter 41 ms > 30 ms, 48,612 packets > 500).
    let down = Audio {
        deg: Some(2.38),
        jitter: (41, 118),
        loss: (0.124, 0.31),
        concealed: Some((0.162, 0.41)),
        rtt: (180, 377),
        packets: 48_612,
        bandwidth: Some(1_184_552),
        network_jitter: (47, 112),
        fec: true,
        ..Audio::default()
    };
    // Receive-only (his camera is off). Frame loss not reported, so the frame rate decides: 5.6 fps < 7.
    let video_down = Video {
        jitter: (44, 131),
        loss: (0.097, 0.28),
        rtt: (182, 381),
        packets: 41_377,
        bandwidth: 1_184_552,
        fps: 5.6,
        received_fps: Some(6.1),
        frame_loss: None,
        video_loss: 0.094,
        post_fec: 0.052,
        low_fps: 0.71,
        low_processing: 0.03,
        freeze: Some((1840, 2970)),
    };
    let udp = segment(
        "owen-1a",
        (span.0, switch),
        participant(&OWEN_PC, false, None),
        mcu(),
        None,
        vec![
            media(
                "main-audio",
                owen_wifi(50034, 32, ratios).push("traceRouteHops", trace_route(&OWEN_HOPS)),
                server_net(MCU_IP, 50630),
                Some(audio_device(OWEN_AUDIO, device)),
                Some(server_device((-28, -64))),
                vec![audio("owen-1a-up", UP, "satin", up), audio("owen-1a-down", DOWN, "satin", down)],
            ),
            media(
                "main-video",
                owen_wifi(50036, 32, ratios),
                server_net(MCU_IP, 50632),
                None,
                None,
                vec![video("owen-1a-video-down", DOWN, "h264", video_down)],
            ),
        ],
    );

    // Segment 1b: UDP to the relay stopped working; the client reconnected over TCP 443 and the
    // call dropped 52 s later. Signal 21 %.
    let tcp =
        owen_wifi(50211, 21, [0.41, 0.92, 0.88, 0.64]).set("networkTransportProtocol", "tcp").set("relayPort", 443);
    let device =
        Levels { sent: (-29, -62), received: (-31, -60), rms: 80.3, low_snr: 0.03, cpu: 0.02, ..Levels::default() };
    // Only 388 packets (he was mostly listening): Unclassified, although the round trip is 640 ms.
    let up = Audio {
        jitter: (24, 77),
        loss: (0.058, 0.19),
        rtt: (640, 1210),
        packets: 388,
        bandwidth: Some(212_807),
        network_jitter: (27, 85),
        fec: true,
        ..Audio::default()
    };
    let down = Audio {
        deg: Some(3.12),
        jitter: (63, 214),
        loss: (0.213, 0.47),
        concealed: Some((0.287, 0.63)),
        rtt: (652, 1250),
        packets: 1_742,
        bandwidth: Some(212_807),
        network_jitter: (71, 236),
        fec: true,
        ..Audio::default()
    };
    let relayed = segment(
        "owen-1b",
        (switch, span.1),
        participant(&OWEN_PC, false, None),
        mcu(),
        Some(drop_failure()),
        vec![media(
            "main-audio",
            tcp,
            server_net(MCU_IP, 50634),
            Some(audio_device(OWEN_AUDIO, device)),
            Some(server_device((-30, -63))),
            vec![audio("owen-1b-up", UP, "satin", up), audio("owen-1b-down", DOWN, "satin", down)],
        )],
    );
    let caller = participant(&OWEN_PC, true, None);
    session("owen-1", span, &["audio", "video"], caller, mcu(), Some(drop_failure()), vec![udp, relayed])
}

/// Owen Franklin, second session 40.7 s later, next to his router (signal 61 %); incoming video
/// turned off.
fn owen_rejoin_session() -> J {
    let span = ("15:20:23.9155028", "15:46:31.4780662");
    let ratios = [0.01, 0.09, 0.03, 0.02];
    let device = Levels { sent: (-26, -64), received: (-22, -67), rms: 88.1, low_snr: 0.03, ..Levels::default() };
    let up = Audio {
        jitter: (11, 34),
        loss: (0.0081, 0.052),
        rtt: (71, 188),
        packets: 45_203,
        bandwidth: Some(8_473_990),
        network_jitter: (12, 39),
        fec: true,
        ..Audio::default()
    };
    // Good under today's CQD rules, Poor under the pre-2022 ones (degradation > 1.0, concealed > 0.07).
    let down = Audio {
        deg: Some(1.04),
        jitter: (18, 63),
        loss: (0.021, 0.118),
        concealed: Some((0.074, 0.21)),
        rtt: (74, 196),
        packets: 75_118,
        bandwidth: Some(8_473_990),
        network_jitter: (19, 66),
        fec: true,
        ..Audio::default()
    };
    let share_down = Video {
        jitter: (16, 58),
        loss: (0.018, 0.09),
        rtt: (73, 190),
        packets: 14_906,
        bandwidth: 8_473_990,
        fps: 3.6,
        received_fps: Some(3.6),
        frame_loss: Some(3.8),
        video_loss: 0.018,
        post_fec: 0.006,
        low_fps: 0.97,
        ..Video::default()
    };
    let media = vec![
        media(
            "main-audio",
            owen_wifi(50302, 61, ratios),
            server_net(MCU_IP, 50650),
            Some(audio_device(OWEN_AUDIO, device)),
            Some(server_device((-27, -65))),
            vec![audio("owen-2-up", UP, "satin", up), audio("owen-2-down", DOWN, "satin", down)],
        ),
        media(
            "applicationsharing-video",
            owen_wifi(50306, 61, ratios),
            server_net(MCU_IP, 50654),
            None,
            None,
            vec![video("owen-2-share-down", DOWN, "h264s", share_down)],
        ),
    ];
    let feedback = feedback(
        "bad",
        "Everyone sounded robotic and the call dropped. Had to rejoin.",
        &["DistortedSound", "Interruptions"],
    );
    let leg = segment("owen-2", span, participant(&OWEN_PC, false, None), mcu(), None, media);
    let caller = participant(&OWEN_PC, true, Some(feedback));
    session("owen-2", span, &["audio", "videoBasedScreenSharing"], caller, mcu(), None, vec![leg])
}

/// Dev Patel, by phone: IVR (conference auto attendant), then the conferencing server. G.711
/// µ-law (PCMU), no bandwidth estimate, SIP stream times.
fn dev_session() -> J {
    let span = ("15:03:27.2950177", "15:38:05.5521309");
    let joined = "15:03:49.6148032";
    let ivr_sip = Some(("15:03:27.3101844", "15:03:49.6012387"));
    let ivr_up = Audio {
        jitter: (2, 5),
        rtt: (44, 51),
        packets: 1_093,
        network_jitter: (3, 6),
        sip: ivr_sip,
        ..Audio::default()
    };
    let ivr_down = Audio {
        jitter: (1, 3),
        rtt: (45, 52),
        packets: 1_098,
        network_jitter: (2, 4),
        sip: ivr_sip,
        ..Audio::default()
    };
    let ivr = segment(
        "dev-ivr",
        (span.0, joined),
        phone_endpoint(false),
        caa(),
        None,
        vec![media(
            "main-audio",
            pstn_net(49170),
            server_net(CAA_IP, 51288),
            Some(device_names(NO_DEVICE)),
            Some(server_device((-26, -42))),
            vec![audio("dev-ivr-up", UP, "pcmu", ivr_up), audio("dev-ivr-down", DOWN, "pcmu", ivr_down)],
        )],
    );

    let sip = Some(("15:03:49.6301175", "15:38:05.5398120"));
    let up = Audio {
        jitter: (3, 9),
        loss: (0.0007, 0.006),
        concealed: Some((0.004, 0.019)),
        rtt: (46, 63),
        packets: 102_798,
        network_jitter: (3, 10),
        sip,
        ..Audio::default()
    };
    let down = Audio {
        jitter: (2, 7),
        loss: (0.0004, 0.004),
        concealed: Some((0.002, 0.011)),
        rtt: (46, 61),
        packets: 102_805,
        network_jitter: (3, 8),
        sip,
        ..Audio::default()
    };
    let conference = segment(
        "dev",
        (joined, span.1),
        phone_endpoint(false),
        mcu(),
        None,
        vec![media(
            "main-audio",
            pstn_net(49172),
            server_net(MCU_IP, 50660),
            Some(device_names(NO_DEVICE)),
            // What the server hears from the phone: loud background noise (−41 dB).
            Some(server_device((-24, -41))),
            vec![audio("dev-up", UP, "pcmu", up), audio("dev-down", DOWN, "pcmu", down)],
        )],
    );
    session("dev", span, &["audio"], phone_endpoint(true), mcu(), None, vec![ivr, conference])
}

/// The peer-to-peer call's one session: Sofia Rahman (iPhone, mobile data) calls Abbie Wilkins
/// (desk, wired). 13:12:40 → 13:18:57.
fn peer_to_peer_session() -> J {
    let span = ("13:12:40.5261849", "13:18:57.0918233");
    let sofia = Levels { sent: (-23, -61), received: (-18, -72), rms: 71.6, low_snr: 0.03, ..Levels::default() };
    let abbie = Levels {
        sent: (-7, -59),
        received: (-22, -64),
        rms: 398.2,
        clipping: 0.15,
        glitch: 0.001,
        ..Levels::default()
    };
    // Sofia → Abbie, measured by Abbie's client: the mobile uplink adds some jitter; still good.
    let up = Audio {
        deg: Some(0.34),
        jitter: (12, 41),
        loss: (0.0062, 0.034),
        concealed: Some((0.019, 0.071)),
        rtt: (84, 163),
        packets: 12_840,
        bandwidth: Some(6_212_448),
        network_jitter: (14, 44),
        fec: true,
        sip: None,
    };
    let down = Audio {
        deg: Some(0.18),
        jitter: (9, 30),
        loss: (0.0029, 0.021),
        concealed: Some((0.009, 0.038)),
        rtt: (81, 158),
        packets: 11_205,
        bandwidth: Some(4_918_305),
        network_jitter: (10, 33),
        fec: false,
        sip: None,
    };
    let media = vec![media(
        "main-audio",
        sofia_mobile(61422),
        abbie_net(50488, "52.114.188.47"),
        Some(audio_device(IPHONE_AUDIO, sofia)),
        Some(audio_device(JABRA, abbie)),
        vec![audio("p2p-up", UP, "satin", up), audio("p2p-down", DOWN, "satin", down)],
    )];
    let leg =
        segment("p2p", span, participant(&SOFIA_PHONE, false, None), participant(&ABBIE_PC, false, None), None, media);
    let rating = obj! { "rating": "good", "text": J::Null };
    let caller = participant(&SOFIA_PHONE, true, Some(rating));
    session("p2p", span, &["audio"], caller, participant(&ABBIE_PC, true, None), None, vec![leg])
}

// ---------------------------------------------------------------------------------------------
// 1 and 2: the call records

/// A call record as `GET /callRecords/{id}?$expand=sessions($expand=segments)` returns it. Graph
/// returns either sessions or participants_v2 per request (one $expand); this body holds both,
/// as an export script that merges the two requests writes it. organizer/participants
/// (deprecated, still returned until mid-2026) are included too, as the service still sent them
/// in March 2026.
struct Record {
    key: &'static str,
    version: i64,
    kind: &'static str,
    modalities: &'static [&'static str],
    /// Last modified, start, end.
    times: [&'static str; 3],
    join_url: Option<String>,
    organizer: Person,
    /// Identity sets (deprecated `participants`) and participants_v2 items, in the same order.
    participants: Vec<(J, J)>,
    sessions: Vec<J>,
}

fn call_record(r: Record) -> J {
    let id = gid(&format!("callRecord:{}", r.key));
    let (identity_sets, v2): (Vec<J>, Vec<J>) = r.participants.into_iter().unzip();
    obj! {
        "@odata.context": format!("{GRAPH}(sessions(segments()))/$entity"),
        "id": id.clone(),
        "version": r.version,
        "type": r.kind,
        "modalities": strs(r.modalities),
        "lastModifiedDateTime": at(r.times[0]),
        "startDateTime": at(r.times[1]),
        "endDateTime": at(r.times[2]),
        "joinWebUrl": r.join_url,
        "organizer": identity_set(r.organizer),
        "participants": identity_sets,
        "organizer_v2@odata.context": format!("{GRAPH}('{id}')/organizer_v2/$entity"),
        "organizer_v2": organizer_v2(r.organizer),
        "participants_v2@odata.context": format!("{GRAPH}('{id}')/participants_v2"),
        "participants_v2": v2,
        "sessions@odata.context": format!("{GRAPH}('{id}')/sessions(segments())"),
        "sessions": r.sessions,
    }
}

fn user_participant(p: Person) -> (J, J) {
    (identity_set(p), participant_v2(p))
}

/// The meeting: 47 minutes, five participants, six sessions (Owen has two).
fn meeting() -> J {
    let thread = base64_unpadded(gid("meeting:thread").as_bytes());
    let context = format!("%7b%22Tid%22%3a%22{}%22%2c%22Oid%22%3a%22{}%22%7d", tenant(), ABBIE.id());
    let join_url =
        format!("https://teams.microsoft.com/l/meetup-join/19%3ameeting_{thread}%40thread.v2/0?context={context}");
    call_record(Record {
        key: "meeting",
        version: 3,
        kind: "groupCall",
        modalities: &ALL_MODALITIES,
        times: ["16:06:41.3305562", "15:00:04.3518172", "15:47:12.9034417"],
        join_url: Some(join_url),
        organizer: ABBIE,
        participants: vec![
            user_participant(ABBIE),
            user_participant(ROOM),
            user_participant(CECILIA),
            user_participant(OWEN),
            (phone_identity_set(DEV_PHONE), phone_participant_v2(DEV_PHONE)),
        ],
        sessions: vec![
            abbie_session(),
            room_session(),
            cecilia_session(),
            owen_first_session(),
            dev_session(),
            owen_rejoin_session(),
        ],
    })
}

/// Peer-to-peer: Sofia Rahman calls Abbie Wilkins.
fn peer_to_peer() -> J {
    call_record(Record {
        key: "p2p",
        version: 2,
        kind: "peerToPeer",
        modalities: &["audio"],
        times: ["13:31:08.7742093", "13:12:40.5261849", "13:18:57.0918233"],
        join_url: None,
        organizer: SOFIA,
        participants: vec![user_participant(SOFIA), user_participant(ABBIE)],
        sessions: vec![peer_to_peer_session()],
    })
}

// ---------------------------------------------------------------------------------------------
// 3. getPstnCalls (Calling Plan users + audio conferencing), same day

/// A PSTN log row. Charges in `currency`; the callId is a SIP Call-ID made from the key.
struct Pstn {
    key: &'static str,
    who: Person,
    start: &'static str,
    /// Seconds.
    duration: i64,
    call_type: &'static str,
    caller: &'static str,
    callee: &'static str,
    charge: f64,
    connection_charge: f64,
    currency: &'static str,
    context: Option<&'static str>,
    destination: &'static str,
    conference: Option<&'static str>,
    license: &'static str,
    inventory: &'static str,
    usage_country: &'static str,
    call_id_ip: &'static str,
}

/// What most rows share: a US Calling Plan user, free.
const CALLING_PLAN: Pstn = Pstn {
    key: "",
    who: ABBIE,
    start: "",
    duration: 0,
    call_type: "",
    caller: "",
    callee: "",
    charge: 0.0,
    connection_charge: 0.0,
    currency: "USD",
    context: None,
    destination: "United States",
    conference: None,
    license: "MCOPSTNU",
    inventory: "Subscriber",
    usage_country: "US",
    call_id_ip: "203.0.113.76",
};

/// Dev's dial-in: the PSTN hub answers ~0.5 s before the conferencing session starts
/// (15:03:27.295), and releases the call just after the session ends (15:38:05.552).
/// Audio-conferencing rows are reported against the meeting organizer, on her Audio Conferencing
/// licence (MCOMEETADV).
const PSTN_ROWS: [Pstn; 8] = [
    Pstn {
        key: "owen-in",
        who: OWEN,
        start: "08:03:12.4417306",
        duration: 262,
        call_type: "user_in",
        caller: "+1425555****",
        callee: DID_OWEN,
        ..CALLING_PLAN
    },
    Pstn {
        key: "cecilia-out",
        who: CECILIA,
        start: "09:15:40.1029874",
        duration: 418,
        call_type: "user_out",
        caller: DID_CECILIA,
        callee: "+12065550188",
        context: Some("Domestic"),
        ..CALLING_PLAN
    },
    Pstn {
        key: "sofia-out-uk",
        who: SOFIA,
        start: "10:22:05.7780412",
        duration: 624,
        call_type: "user_out",
        caller: DID_SOFIA,
        callee: "+44207946****",
        charge: 0.26,
        context: Some("International"),
        destination: "United Kingdom",
        ..CALLING_PLAN
    },
    Pstn {
        key: "lea-out",
        who: LEA,
        start: "11:47:31.3365190",
        duration: 187,
        call_type: "user_out",
        caller: DID_LEA,
        callee: "+336399812**",
        charge: 0.19,
        connection_charge: 0.05,
        currency: "EUR",
        context: Some("Domestic"),
        destination: "France - Mobile",
        usage_country: "FR",
        call_id_ip: "203.0.113.91",
        ..CALLING_PLAN
    },
    Pstn {
        key: "cecilia-in",
        who: CECILIA,
        start: "13:05:09.9120551",
        duration: 95,
        call_type: "user_in",
        caller: "+1206555****",
        callee: DID_CECILIA,
        ..CALLING_PLAN
    },
    Pstn {
        key: "owen-out-tollfree",
        who: OWEN,
        start: "14:31:50.2407718",
        duration: 731,
        call_type: "user_out",
        caller: DID_OWEN,
        callee: "+18005550199",
        context: Some("Domestic"),
        destination: "United States - Toll Free",
        ..CALLING_PLAN
    },
    Pstn {
        key: "dev-conf-in",
        who: ABBIE,
        start: "15:03:26.8312204",
        duration: 2079,
        call_type: "conf_in",
        caller: DEV_PHONE,
        callee: CONF_NUMBER,
        conference: Some(CONF_ID),
        license: "MCOMEETADV",
        inventory: "Service",
        ..CALLING_PLAN
    },
    Pstn {
        key: "sofia-out-fr",
        who: SOFIA,
        start: "16:12:44.6051937",
        duration: 356,
        call_type: "user_out",
        caller: DID_SOFIA,
        callee: "+336399814**",
        charge: 0.41,
        context: Some("International"),
        destination: "France - Mobile",
        ..CALLING_PLAN
    },
];

fn pstn_row(r: &Pstn) -> J {
    let digest = hex(&sha256(r.key.as_bytes()));
    let part = |range: std::ops::Range<usize>| u64::from_str_radix(&digest[range], 16).expect("hex digits");
    let start = tk(r.start);
    obj! {
        "id": gid(&format!("pstn:{}", r.key)),
        "callId": format!("{}_{}@{}", part(0..8), part(8..15), r.call_id_ip),
        "userId": r.who.id(),
        "userPrincipalName": r.who.upn,
        "userDisplayName": r.who.name,
        "startDateTime": iso(start, 7),
        "endDateTime": iso(start + r.duration * TICKS, 7),
        "duration": r.duration,
        "charge": J::Float(r.charge),
        "callType": r.call_type,
        "currency": r.currency,
        "calleeNumber": r.callee,
        "usageCountryCode": r.usage_country,
        "tenantCountryCode": "US",
        "connectionCharge": J::Float(r.connection_charge),
        "callerNumber": r.caller,
        "destinationContext": r.context,
        "destinationName": r.destination,
        "conferenceId": r.conference,
        "licenseCapability": r.license,
        "inventoryType": r.inventory,
        "operator": "Microsoft",
        "callDurationSource": "microsoft",
    }
}

fn pstn_page() -> J {
    obj! {
        "@odata.context": format!("{LOG_ROWS}pstnCallLogRow)"),
        "@odata.count": PSTN_ROWS.len() as i64,
        "value": PSTN_ROWS.iter().map(pstn_row).collect::<Vec<_>>(),
    }
}

// ---------------------------------------------------------------------------------------------
// 4. getDirectRoutingCalls (two SBCs), same day

/// The "never" of `failureDateTime` on successful calls.
const NEVER: &str = "0001-01-01T00:00:00Z";

/// The SBC a call went through and where its media and signalling were handled.
#[derive(Clone, Copy)]
struct Route {
    trunk: &'static str,
    media: &'static str,
    signalling: &'static str,
    bypass: bool,
}

/// sbc1: Seattle, with media bypass.
const SEATTLE: Route = Route { trunk: "sbc1.contoso.com", media: "USWE", signalling: "USWE", bypass: true };
/// sbc2: London.
const LONDON: Route = Route { trunk: "sbc2.contoso.com", media: "EUNO", signalling: "EUNO", bypass: false };
/// sbc2 is also the overflow for US East.
const US_EAST: Route = Route { trunk: "sbc2.contoso.com", media: "USEA", signalling: "USEA", bypass: false };

/// How a Direct Routing call went, in seconds from its INVITE.
#[derive(Clone, Copy)]
enum Outcome {
    /// Answered after `ring` seconds, then talked for `talk` seconds.
    Answered { ring: f64, talk: i64 },
    /// The final failure response came after this many seconds.
    Failed(f64),
}

/// A Direct Routing log row. `sip`: final SIP code, its phrase, and the call end subreason
/// (540xxx on inbound (ByotIn) calls, 560xxx on outbound (ByotOut) calls, the last three digits
/// repeating the SIP code; x40000 / x60000 is a normal end: the published example is ByotIn,
/// 540000).
struct Dr {
    key: &'static str,
    who: Person,
    call_type: &'static str,
    invite: &'static str,
    outcome: Outcome,
    caller: &'static str,
    callee: &'static str,
    route: Route,
    sip: (i64, &'static str, i64),
}

const DR_ROWS: [Dr; 10] = [
    Dr {
        key: "priya-out",
        who: PRIYA,
        call_type: "ByotOut",
        invite: "08:47:13.208",
        outcome: Outcome::Answered { ring: 4.127, talk: 512 },
        caller: DID_PRIYA,
        callee: "+1425555***",
        route: SEATTLE,
        sip: (0, "BYE", 560000),
    },
    Dr {
        key: "abbie-out",
        who: ABBIE,
        call_type: "ByotOut",
        invite: "09:41:55.640",
        outcome: Outcome::Answered { ring: 6.893, talk: 1284 },
        caller: DID_ABBIE,
        callee: "+1206555***",
        route: SEATTLE,
        sip: (200, "BYE", 560000),
    },
    Dr {
        key: "jonas-in",
        who: JONAS,
        call_type: "ByotIn",
        invite: "10:05:02.117",
        outcome: Outcome::Answered { ring: 3.486, talk: 377 },
        caller: "+44207946***",
        callee: DID_JONAS,
        route: LONDON,
        sip: (0, "BYE", 540000),
    },
    Dr {
        key: "marcus-404",
        who: MARCUS,
        call_type: "ByotOut",
        invite: "11:18:36.904",
        outcome: Outcome::Failed(1.212),
        caller: DID_MARCUS,
        callee: "+1425555***",
        route: SEATTLE,
        sip: (404, "Not Found", 560404),
    },
    Dr {
        key: "priya-480",
        who: PRIYA,
        call_type: "ByotOut",
        invite: "12:02:19.355",
        outcome: Outcome::Failed(31.870),
        caller: DID_PRIYA,
        callee: "+1206555***",
        route: Route { signalling: "USEA", ..SEATTLE },
        sip: (480, "Temporarily Unavailable", 560480),
    },
    Dr {
        key: "jonas-487",
        who: JONAS,
        call_type: "ByotIn",
        invite: "13:37:48.021",
        outcome: Outcome::Failed(17.344),
        caller: "+44207946***",
        callee: DID_JONAS,
        route: LONDON,
        sip: (487, "Request Terminated", 540487),
    },
    Dr {
        key: "marcus-408",
        who: MARCUS,
        call_type: "ByotOut",
        invite: "14:20:07.486",
        outcome: Outcome::Failed(32.015),
        caller: DID_MARCUS,
        callee: "+1206555***",
        route: US_EAST,
        sip: (408, "Request Timeout", 560408),
    },
    // Inside the meeting (15:00:04–15:47:12): busy-on-busy rejects the call while Abbie is in it.
    Dr {
        key: "abbie-486",
        who: ABBIE,
        call_type: "ByotIn",
        invite: "15:22:10.733",
        outcome: Outcome::Failed(0.418),
        caller: "+1206555***",
        callee: DID_ABBIE,
        route: SEATTLE,
        sip: (486, "Busy Here", 540486),
    },
    Dr {
        key: "hannah-503",
        who: HANNAH,
        call_type: "ByotOut",
        invite: "16:05:51.190",
        outcome: Outcome::Failed(2.604),
        caller: DID_HANNAH,
        callee: "+1425555***",
        route: US_EAST,
        sip: (503, "Service Unavailable", 560503),
    },
    Dr {
        key: "tomas-603",
        who: TOMAS,
        call_type: "ByotOut",
        invite: "16:40:26.562",
        outcome: Outcome::Failed(9.731),
        caller: DID_TOMAS,
        callee: "+1206555***",
        route: SEATTLE,
        sip: (603, "Decline", 560603),
    },
];

/// Keys in the order of the published example. A call never answered starts at its INVITE and
/// ends at its failure, with no talk time.
fn dr_row(r: &Dr) -> J {
    let invite = tk(r.invite);
    let seconds = |s: f64| (s * TICKS as f64) as i64;
    let (start, failure, end, duration) = match r.outcome {
        Outcome::Answered { ring, talk } => {
            let start = invite + seconds(ring);
            (iso(start, 3), NEVER.to_owned(), iso(start + talk * TICKS, 3), talk)
        }
        Outcome::Failed(after) => (iso(invite, 3), iso(invite + seconds(after), 3), iso(invite + seconds(after), 3), 0),
    };
    let (code, phrase, subreason) = r.sip;
    obj! {
        "id": gid(&format!("dr:{}", r.key)),
        "correlationId": gid(&format!("dr-correlation:{}", r.key)),
        "userId": r.who.id(),
        "userPrincipalName": r.who.upn,
        "userDisplayName": r.who.name,
        "startDateTime": start,
        "inviteDateTime": iso(invite, 3),
        "failureDateTime": failure,
        "endDateTime": end,
        "duration": duration,
        "callType": r.call_type,
        "successfulCall": matches!(r.outcome, Outcome::Answered { .. }),
        "callerNumber": r.caller,
        "calleeNumber": r.callee,
        "mediaPathLocation": r.route.media,
        "signalingLocation": r.route.signalling,
        "finalSipCode": code,
        "callEndSubReason": subreason,
        "finalSipCodePhrase": phrase,
        "trunkFullyQualifiedDomainName": r.route.trunk,
        "mediaBypassEnabled": r.route.bypass,
    }
}

fn direct_routing_page() -> J {
    obj! {
        "@odata.context": format!("{LOG_ROWS}directRoutingLogRow)"),
        "@odata.count": DR_ROWS.len() as i64,
        "value": DR_ROWS.iter().map(dr_row).collect::<Vec<_>>(),
    }
}
