//! Synthetic call-record exports for benchmarks and tests.
//!
//! A seeded generator of Graph-shaped JSON: a list envelope of expanded call records
//! (`callRecords(sessions(segments()))`) as an export script writes it after following the
//! session pages. It copies the shapes, field names and value styles of Microsoft's published
//! examples (`shared/corpus/graph-docs`): peer-to-peer calls (one session between two
//! participant endpoints) and group calls (one session per participant leg, each between the
//! participant and a service endpoint such as the conferencing server), from 2 to 1,000
//! sessions with a skewed size distribution; one or more segments per session; `main-audio`,
//! `main-video` and `applicationsharing-video` media with streams in both directions carrying
//! the mediaStream metrics (ISO 8601 durations, 0–1 ratios, a 0–100 frame-loss percentage);
//! caller and callee networks and devices; feedback, failures, trace routes and TCP now and
//! then; users, guests, phones (PSTN through a gateway), ACS users, bots and resource accounts;
//! `organizer_v2` and `participants_v2`; and explicit `null`s and omitted fields where real
//! payloads have them. A share of streams is poor (high loss, jitter or round trip, low frame
//! rate) so the quality rules find something.
//!
//! Deterministic: the same seed and options give the same bytes on every platform (a splitmix64
//! generator, no floating-point formatting that depends on the target). The JSON is written
//! straight into a `String`, compact, as Graph sends it.

use crate::model::datetime::UtcInstant;
use std::fmt::Write as _;

// ---------------------------------------------------------------------------------------------
// Random numbers.

/// splitmix64: tiny, fast, and good enough for test data.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        mix(self.0)
    }

    /// Uniform in `0..n` (`n` > 0).
    pub fn below(&mut self, n: u64) -> u64 {
        ((u128::from(self.next_u64()) * u128::from(n)) >> 64) as u64
    }

    /// Uniform in `lo..=hi`.
    pub fn int(&mut self, lo: i64, hi: i64) -> i64 {
        lo + self.below((hi - lo + 1) as u64) as i64
    }

    /// Uniform in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Uniform in `[lo, hi)`.
    pub fn range(&mut self, lo: f64, hi: f64) -> f64 {
        lo + (hi - lo) * self.unit()
    }

    /// Log-uniform in `[lo, hi)` (both > 0): small values common, large ones rare.
    pub fn log_range(&mut self, lo: f64, hi: f64) -> f64 {
        (lo.ln() + (hi.ln() - lo.ln()) * self.unit()).exp()
    }

    pub fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }

    /// One of some strings.
    pub fn one_of(&mut self, items: &[&'static str]) -> &'static str {
        items[self.below(items.len() as u64) as usize]
    }

    /// An item chosen by weight.
    pub fn weighted<'a, T>(&mut self, items: &'a [(T, u32)]) -> &'a T {
        let total: u32 = items.iter().map(|(_, w)| w).sum();
        let mut at = self.below(u64::from(total)) as u32;
        for (item, weight) in items {
            if at < *weight {
                return item;
            }
            at -= weight;
        }
        &items[items.len() - 1].0
    }

    /// A random GUID, lower case, as Graph writes ids.
    pub fn guid(&mut self) -> String {
        guid_of(self.next_u64(), self.next_u64())
    }
}

fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// A version-4 GUID from 128 random bits.
fn guid_of(a: u64, b: u64) -> String {
    format!(
        "{:08x}-{:04x}-4{:03x}-{:04x}-{:012x}",
        a >> 32,
        (a >> 16) & 0xffff,
        a & 0xfff,
        0x8000 | ((b >> 48) & 0x3fff),
        b & 0xffff_ffff_ffff
    )
}

/// A stable id for the `n`th thing of a kind (the same person has the same id in every call).
fn stable_guid(kind: u64, n: u64) -> String {
    guid_of(mix(kind.wrapping_mul(0x1000_0000_01B3) ^ n), mix(n.wrapping_add(kind << 32) ^ 0x5bd1_e995))
}

// ---------------------------------------------------------------------------------------------
// Options and what was written.

/// What to generate.
#[derive(Clone, Debug, PartialEq)]
pub struct Options {
    /// Share of peer-to-peer calls; the rest are group calls.
    pub peer_to_peer_share: f64,
    /// Largest group call, in sessions (at least 2).
    pub max_sessions: usize,
    /// Share of streams with poor quality (loss, jitter, round trip or frame rate over the
    /// thresholds).
    pub poor_stream_share: f64,
    /// Calls start within 30 days after this instant (ms since 1970).
    pub start_ms: i64,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            peer_to_peer_share: 0.55,
            max_sessions: 1000,
            poor_stream_share: 0.08,
            // 2026-11-02T00:00:00Z
            start_ms: 1_793_577_600_000,
        }
    }
}

/// Counts of what the generator wrote: what ingest must find.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Written {
    pub records: usize,
    pub peer_to_peer: usize,
    pub group_calls: usize,
    pub sessions: usize,
    pub segments: usize,
    pub media: usize,
    pub streams: usize,
    /// Streams written with values over the quality thresholds.
    pub poor_streams: usize,
    /// Sessions of the largest call.
    pub largest_call: usize,
}

impl std::ops::AddAssign for Written {
    fn add_assign(&mut self, o: Written) {
        self.records += o.records;
        self.peer_to_peer += o.peer_to_peer;
        self.group_calls += o.group_calls;
        self.sessions += o.sessions;
        self.segments += o.segments;
        self.media += o.media;
        self.streams += o.streams;
        self.poor_streams += o.poor_streams;
        self.largest_call = self.largest_call.max(o.largest_call);
    }
}

impl std::fmt::Display for Written {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} records ({} peer-to-peer, {} group calls, largest {} sessions), {} sessions, {} segments, {} media, {} streams ({} poor)",
            self.records, self.peer_to_peer, self.group_calls, self.largest_call, self.sessions, self.segments, self.media, self.streams, self.poor_streams
        )
    }
}

/// A generated export: the JSON text and what it holds.
#[derive(Clone, Debug, PartialEq)]
pub struct Export {
    pub json: String,
    pub written: Written,
}

/// The export both ingest benchmarks (native `benches/ingest.rs`, browser `tests/bench_web.rs`)
/// generate: the same seed and size, so the figures compare.
pub const BENCH_SEED: u64 = 2026;
/// 50 MB (10^6 bytes a MB, as the MB/s figures count).
pub const BENCH_BYTES: usize = 50_000_000;

/// The `@odata.context` of a list of expanded call records.
pub const LIST_CONTEXT: &str =
    "https://graph.microsoft.com/v1.0/$metadata#communications/callRecords(sessions(segments()))";

/// An export of about `target_bytes` (it stops after the record that reaches the size) with the
/// default [`Options`].
pub fn export(seed: u64, target_bytes: usize) -> Export {
    export_with(seed, target_bytes, &Options::default())
}

/// Rough size of one session in the JSON (7–8 KB on average), to keep one call from
/// overshooting a small target.
const SESSION_BYTES: usize = 7_500;

/// An export of about `target_bytes`. It always holds at least one peer-to-peer and one group
/// call; when the target is large enough (about 6 times the biggest call: 45 MB for 1,000
/// sessions), one group call has exactly `max_sessions` sessions.
pub fn export_with(seed: u64, target_bytes: usize, options: &Options) -> Export {
    let mut rng = Rng::new(seed);
    let mut json = String::with_capacity(target_bytes + target_bytes / 8 + 4096);
    let mut written = Written::default();
    json.push_str("{\"@odata.context\":\"");
    json.push_str(LIST_CONTEXT);
    json.push_str("\",\"value\":[");
    let max_sessions = options.max_sessions.max(2);
    let with_largest = target_bytes >= 6 * max_sessions * SESSION_BYTES;
    let mut index = 0usize;
    loop {
        if index > 0 {
            json.push(',');
        }
        // Room left for this call, so that a small export is not one huge meeting.
        let room = (target_bytes.saturating_sub(json.len()) / SESSION_BYTES).clamp(2, max_sessions);
        let shape = match index {
            0 => Shape::PeerToPeer,
            1 => Shape::Group(sessions_of_group(&mut rng, room)),
            2 if with_largest => Shape::Group(max_sessions),
            _ if rng.chance(options.peer_to_peer_share) => Shape::PeerToPeer,
            _ => Shape::Group(sessions_of_group(&mut rng, room)),
        };
        let start = options.start_ms + rng.below(30 * 86_400_000) as i64;
        written += write_record(&mut json, &mut rng, options, shape, start);
        index += 1;
        if json.len() >= target_bytes && index >= 2 {
            break;
        }
    }
    json.push_str("]}");
    Export { json, written }
}

/// One call record (peer-to-peer or group, chosen by `options`), as compact JSON.
pub fn record(rng: &mut Rng, options: &Options) -> (String, Written) {
    let mut json = String::new();
    let shape = if rng.chance(options.peer_to_peer_share) {
        Shape::PeerToPeer
    } else {
        Shape::Group(sessions_of_group(rng, options.max_sessions.max(2)))
    };
    let start = options.start_ms + rng.below(30 * 86_400_000) as i64;
    let written = write_record(&mut json, rng, options, shape, start);
    (json, written)
}

/// Size of a group call: mostly small meetings, some dozens, a few town halls.
fn sessions_of_group(rng: &mut Rng, max: usize) -> usize {
    let max = max.max(2) as f64;
    let n = match rng.below(100) {
        0..=69 => rng.range(2.0, 13.0),
        70..=94 => rng.log_range(13.0, 101.0),
        _ => rng.log_range(101.0, 1001.0),
    };
    n.min(max).max(2.0) as usize
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Shape {
    PeerToPeer,
    Group(usize),
}

// ---------------------------------------------------------------------------------------------
// A compact JSON writer.

struct Json<'a> {
    out: &'a mut String,
    /// No member written yet in the innermost object or array.
    first: bool,
}

impl Json<'_> {
    fn sep(&mut self) {
        if !self.first {
            self.out.push(',');
        }
        self.first = false;
    }
    fn key(&mut self, key: &str) {
        self.sep();
        self.out.push('"');
        self.out.push_str(key);
        self.out.push_str("\":");
    }
    fn open(&mut self, key: &str) {
        self.key(key);
        self.out.push('{');
        self.first = true;
    }
    fn open_item(&mut self) {
        self.sep();
        self.out.push('{');
        self.first = true;
    }
    fn close(&mut self) {
        self.out.push('}');
        self.first = false;
    }
    fn array(&mut self, key: &str) {
        self.key(key);
        self.out.push('[');
        self.first = true;
    }
    fn close_array(&mut self) {
        self.out.push(']');
        self.first = false;
    }
    /// A string that needs no escaping (ids, enum members, names from the lists below).
    fn str(&mut self, key: &str, value: &str) {
        self.key(key);
        self.out.push('"');
        self.out.push_str(value);
        self.out.push('"');
    }
    fn str_item(&mut self, value: &str) {
        self.sep();
        self.out.push('"');
        self.out.push_str(value);
        self.out.push('"');
    }
    /// Free text, escaped.
    fn text(&mut self, key: &str, value: &str) {
        self.key(key);
        self.out.push('"');
        for c in value.chars() {
            match c {
                '"' => self.out.push_str("\\\""),
                '\\' => self.out.push_str("\\\\"),
                '\n' => self.out.push_str("\\n"),
                '\t' => self.out.push_str("\\t"),
                c if (c as u32) < 0x20 => {
                    let _ = write!(self.out, "\\u{:04x}", c as u32);
                }
                c => self.out.push(c),
            }
        }
        self.out.push('"');
    }
    fn null(&mut self, key: &str) {
        self.key(key);
        self.out.push_str("null");
    }
    fn bool(&mut self, key: &str, value: bool) {
        self.key(key);
        self.out.push_str(if value { "true" } else { "false" });
    }
    fn int(&mut self, key: &str, value: i64) {
        self.key(key);
        let _ = write!(self.out, "{value}");
    }
    /// A number with at most `places` decimals, trailing zeros dropped (`0`, `0.27`, `1.160898`).
    fn num(&mut self, key: &str, value: f64, places: u32) {
        self.key(key);
        push_decimal(self.out, value, places);
    }
    fn opt_num(&mut self, key: &str, value: Option<f64>, places: u32) {
        match value {
            Some(v) => self.num(key, v, places),
            None => self.null(key),
        }
    }
    /// An ISO 8601 duration from milliseconds: `PT0.016S`, `PT1.2S`, `PT2M3.5S`.
    fn duration(&mut self, key: &str, ms: f64) {
        self.key(key);
        let total_ms = ms.max(0.0).round() as i64;
        let (minutes, rest_ms) = (total_ms / 60_000, total_ms % 60_000);
        self.out.push_str("\"PT");
        if minutes > 0 {
            let _ = write!(self.out, "{minutes}M");
        }
        if rest_ms > 0 || minutes == 0 {
            push_decimal(self.out, rest_ms as f64 / 1000.0, 3);
            self.out.push('S');
        }
        self.out.push('"');
    }
    /// A date-time in the style chosen for the record: 7, 3 or no fractional digits.
    fn time(&mut self, key: &str, ms: i64, style: TimeStyle, rng: &mut Rng) {
        self.key(key);
        let iso = UtcInstant(ms).to_iso();
        self.out.push('"');
        match style {
            TimeStyle::Ticks => {
                self.out.push_str(&iso[..iso.len() - 1]);
                let _ = write!(self.out, "{:04}Z", rng.below(10_000));
            }
            TimeStyle::Millis => self.out.push_str(&iso),
            TimeStyle::Seconds => {
                self.out.push_str(&iso[..19]);
                self.out.push('Z');
            }
        }
        self.out.push('"');
    }
}

/// Integer arithmetic, so the text is the same on every target.
fn push_decimal(out: &mut String, value: f64, places: u32) {
    let scale = 10i64.pow(places);
    let scaled = (value * scale as f64).round() as i64;
    if scaled < 0 {
        out.push('-');
    }
    let scaled = scaled.unsigned_abs();
    let (whole, mut frac) = (scaled / scale as u64, scaled % scale as u64);
    let _ = write!(out, "{whole}");
    if frac > 0 {
        let mut digits = places as usize;
        while frac % 10 == 0 {
            frac /= 10;
            digits -= 1;
        }
        let _ = write!(out, ".{frac:0digits$}");
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum TimeStyle {
    /// `2020-02-25T18:52:21.2169889Z` (most records)
    Ticks,
    /// `2019-11-01T00:00:25.105Z`
    Millis,
    /// `2023-09-25T09:28:38Z`
    Seconds,
}

// ---------------------------------------------------------------------------------------------
// Vocabulary, in the style of the examples.

const TENANT: &str = "dc368399-474c-4d40-900c-6265431fd81f";
const PARTNER_TENANT: &str = "7a1b5c3e-2f4d-4e6a-9b8c-0d1e2f3a4b5c";
const FIRST_NAMES: [&str; 32] = [
    "Abbie",
    "Owen",
    "Anette",
    "Daichi",
    "Adele",
    "Alex",
    "Diego",
    "Grady",
    "Henrietta",
    "Isaiah",
    "Johanna",
    "Joni",
    "Lee",
    "Lidia",
    "Lynne",
    "Megan",
    "Miriam",
    "Nestor",
    "Patti",
    "Pradeep",
    "Zoë",
    "Björn",
    "José",
    "Łucja",
    "Amara",
    "Wei",
    "Fatima",
    "Kenji",
    "Sven",
    "Aisha",
    "Mateo",
    "Ingrid",
];
const LAST_NAMES: [&str; 32] = [
    "Wilkins",
    "Franklin",
    "Thomsen",
    "Maruyama",
    "Vance",
    "Wilber",
    "Soto",
    "Archie",
    "Gonzalez",
    "Lamb",
    "Roberts",
    "Sherman",
    "Gu",
    "Holloway",
    "Gamble",
    "Bowen",
    "Graham",
    "Wilke",
    "Fernandez",
    "Gupta",
    "Müller",
    "Nyström",
    "García",
    "Kowalska",
    "Okafor",
    "Chen",
    "Haddad",
    "Sato",
    "Lindqvist",
    "Rahman",
    "Rossi",
    "Berg",
];
const BOTS: [(&str, &str); 4] = [
    ("Meeting Recorder", "d1e2f3a4-0000-4000-8000-00000000b001"),
    ("Contoso Compliance Bot", "d1e2f3a4-0000-4000-8000-00000000b002"),
    ("Live Captions", "d1e2f3a4-0000-4000-8000-00000000b003"),
    ("Interpreter Bot", "d1e2f3a4-0000-4000-8000-00000000b004"),
];
const RESOURCE_ACCOUNTS: [&str; 3] = ["Contoso Help Desk", "Main Reception", "After-hours Line"];
const TEAMS_APP_ID: &str = "1fec8e78-bce4-4aaf-ab1b-5451cc387264";
const CLIENTS: [(&str, &str, &str); 8] = [
    ("windows", "teams", "Microsoft Teams/24215.1007.3082.1590 (Windows NT 10.0.22631)"),
    ("windows", "teams", "Microsoft Teams/25031.805.3440.5290 (Windows NT 10.0.26100)"),
    ("macOS", "teams", "Microsoft Teams/24215.1007.3082.1590 (Macintosh; Intel Mac OS X 14_6)"),
    ("web", "teams", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36 Teams/1415/25031.805"),
    ("iOS", "teams", "TeamsMobile-iOS/6.19.1 (iPhone15,2; iOS 18.1)"),
    ("android", "teams", "TeamsMobile-Android/1416/1.0.0.2024223702 (SM-S918B; Android 14)"),
    ("roomSystem", "teams", "Microsoft Teams Rooms/5.2.115.0 (Windows NT 10.0.19045)"),
    ("windows", "skypeForBusiness", "UCCAPI/16.0.12527.20122 OC/16.0.12527.20194 (Skype for Business)"),
];
const CPUS: [(&str, i64, i64); 5] = [
    ("Intel(R) Core(TM) i7-1265U", 10, 1805),
    ("Intel(R) Core(TM) i5-1145G7 @ 2.60GHz", 4, 2611),
    ("AMD Ryzen 7 PRO 7840U w/ Radeon 780M Graphics", 8, 3301),
    ("Apple M2", 8, 3490),
    ("Intel(R) Xeon(R) Platinum 8272CL CPU @ 2.60GHz", 2, 2594),
];
const CAPTURE_DEVICES: [(&str, &str); 6] = [
    ("Microphone (Jabra Evolve2 65)", "Microsoft: 10.0.22621.3672"),
    ("Headset Microphone (Poly BT700)", "Microsoft: 10.0.22621.1"),
    ("Microphone Array (Realtek(R) Audio)", "Realtek Semiconductor Corp.: 6.0.9549.1"),
    ("Echo Cancelling Speakerphone (Jabra Speak2 75)", "Microsoft: 10.0.22621.3672"),
    ("MacBook Pro Microphone", "Apple: 14.6"),
    ("Default input device", ""),
];
const RENDER_DEVICES: [(&str, &str); 6] = [
    ("Headphones (Jabra Evolve2 65)", "Microsoft: 10.0.22621.3672"),
    ("Headset Earphone (Poly BT700)", "Microsoft: 10.0.22621.1"),
    ("Speakers (Realtek(R) Audio)", "Realtek Semiconductor Corp.: 6.0.9549.1"),
    ("Echo Cancelling Speakerphone (Jabra Speak2 75)", "Microsoft: 10.0.22621.3672"),
    ("MacBook Pro Speakers", "Apple: 14.6"),
    ("Default output device", ""),
];
const FAILURE_REASONS: [&str; 5] = [
    "Media connectivity failure: no ICE candidates were reachable",
    "Call was not answered within the allowed time",
    "The remote endpoint is not reachable",
    "Signaling connection to the service was lost",
    "The call was dropped because of network issues",
];
const FEEDBACK_TEXT: [&str; 4] = [
    "Audio kept cutting out; others said I sounded \"robotic\".",
    "Couldn't hear the presenter for the first 5 minutes.\nFine after rejoining.",
    "Echo from the meeting room.",
    "Video froze whenever I shared my screen.",
];
const TOKENS: [&str; 8] =
    ["NoSound", "OtherNoSound", "Echo", "Noisy", "LowVolume", "Stopped", "DistortedSound", "Interruptions"];

// ---------------------------------------------------------------------------------------------
// Who takes part.

#[derive(Clone, Copy, Debug, PartialEq)]
enum Kind {
    User,
    /// A user of another tenant (federated).
    External,
    Guest,
    Phone,
    AcsUser,
    Bot,
    /// A call queue's or auto attendant's resource account.
    ResourceAccount,
}

#[derive(Clone, Debug)]
struct Person {
    kind: Kind,
    /// Index into the name lists (users), the bot list, the resource-account list, or the phone
    /// number.
    n: u64,
    client: usize,
    cpu: usize,
    capture: usize,
    render: usize,
    machine: u64,
}

impl Person {
    fn new(rng: &mut Rng, kind: Kind, n: u64) -> Person {
        let client = match kind {
            Kind::Guest | Kind::AcsUser => 3,
            _ => *rng.weighted(&[(0, 30), (1, 25), (2, 12), (3, 6), (4, 9), (5, 7), (6, 6), (7, 5)]),
        };
        // Devices that go with the platform: a Mac's own, a phone's default, a headset.
        let (cpu, capture, render) = match CLIENTS[client].0 {
            "macOS" => (3, 4, 4),
            "iOS" | "android" => (0, 5, 5),
            "roomSystem" => (1, 3, 3),
            _ => (rng.below(3) as usize, rng.below(4) as usize, rng.below(4) as usize),
        };
        let cpu = if kind == Kind::Guest && rng.chance(0.3) { 4 } else { cpu };
        Person { kind, n, client, cpu, capture, render, machine: rng.below(10_000) }
    }

    fn name(&self) -> String {
        let first = FIRST_NAMES[(self.n % 32) as usize];
        let last = LAST_NAMES[(self.n / 32 % 32) as usize];
        match self.kind {
            Kind::User | Kind::External => format!("{first} {last}"),
            Kind::Guest => format!("{first} {last} (Guest)"),
            Kind::AcsUser => format!("{first} (ACS)"),
            Kind::Bot => BOTS[self.n as usize % BOTS.len()].0.to_string(),
            Kind::ResourceAccount => RESOURCE_ACCOUNTS[self.n as usize % RESOURCE_ACCOUNTS.len()].to_string(),
            Kind::Phone => self.phone_number(),
        }
    }

    fn phone_number(&self) -> String {
        format!("+1425555{:04}", self.n % 10_000)
    }

    fn id(&self) -> String {
        match self.kind {
            Kind::User => stable_guid(1, self.n),
            Kind::External => stable_guid(2, self.n),
            Kind::Guest => stable_guid(3, self.n),
            Kind::AcsUser => format!("8:acs:{}_{}", stable_guid(4, 0), stable_guid(4, self.n + 1)),
            Kind::Bot => BOTS[self.n as usize % BOTS.len()].1.to_string(),
            Kind::ResourceAccount => stable_guid(5, self.n % RESOURCE_ACCOUNTS.len() as u64),
            Kind::Phone => self.phone_number(),
        }
    }

    fn upn(&self) -> String {
        let first = FIRST_NAMES[(self.n % 32) as usize];
        let last = LAST_NAMES[(self.n / 32 % 32) as usize];
        let ascii = |s: &str| -> String {
            s.chars()
                .map(|c| match c {
                    'ë' => 'e',
                    'ö' => 'o',
                    'é' => 'e',
                    'ü' => 'u',
                    'í' => 'i',
                    'Ł' => 'l',
                    c => c.to_ascii_lowercase(),
                })
                .collect()
        };
        let domain = if self.kind == Kind::External { "fabrikam.com" } else { "contoso.com" };
        format!("{}.{}@{domain}", ascii(first), ascii(last))
    }

    /// Takes part through a Teams client (not a phone, bot or queue).
    fn has_client(&self) -> bool {
        matches!(self.kind, Kind::User | Kind::External | Kind::Guest | Kind::AcsUser)
    }
}

/// How the record is written: the schema generation the service used.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Era {
    /// 2020–2022: `identity` on endpoints, `organizer` and `participants`, no `_v2`.
    Legacy,
    /// 2023–2026: both the deprecated fields and their replacements, device name and CPU.
    Both,
    /// After the deprecation: only `associatedIdentity`, `organizer_v2`, `participants_v2`.
    Current,
}

struct Call<'r> {
    rng: &'r mut Rng,
    options: &'r Options,
    era: Era,
    times: TimeStyle,
    written: Written,
}

/// One identity object (`user`, `phone`, …) with the fields its kind has.
fn write_identity(j: &mut Json, p: &Person, with_type: bool) {
    match p.kind {
        Kind::User | Kind::External => {
            if with_type {
                j.str("@odata.type", "#microsoft.graph.userIdentity");
            }
            j.str("id", &p.id());
            j.str("displayName", &p.name());
            j.str("tenantId", if p.kind == Kind::User { TENANT } else { PARTNER_TENANT });
            if with_type {
                j.str("userPrincipalName", &p.upn());
            }
        }
        Kind::Guest => {
            j.str("id", &p.id());
            j.str("displayName", &p.name());
        }
        Kind::AcsUser => {
            j.str("id", &p.id());
            j.null("displayName");
            j.str("azureCommunicationServicesResourceId", "d0b9bd2e-3c1f-4e1a-9c4a-6d0f2d8f1a77");
        }
        Kind::Phone => {
            j.str("id", &p.id());
            j.null("displayName");
            j.null("tenantId");
        }
        Kind::Bot => {
            j.str("id", &p.id());
            j.str("displayName", &p.name());
            j.bool("hidden", false);
        }
        Kind::ResourceAccount => {
            j.str("id", &p.id());
            j.str("displayName", &p.name());
            j.str("tenantId", TENANT);
            j.bool("hidden", false);
        }
    }
}

fn identity_key(kind: Kind) -> &'static str {
    match kind {
        Kind::User | Kind::External => "user",
        Kind::Guest => "guest",
        Kind::Phone => "phone",
        Kind::AcsUser => "acsUser",
        Kind::Bot => "application",
        Kind::ResourceAccount => "applicationInstance",
    }
}

/// A (communications) identity set. `nulls`: spell out the empty kinds, as the participants_v2
/// examples do.
fn write_identity_set(j: &mut Json, key: &str, p: &Person, nulls: bool, typed: bool) {
    j.open(key);
    if typed {
        j.str("@odata.type", "#microsoft.graph.identitySet");
    }
    let own = identity_key(p.kind);
    if nulls {
        for k in [
            "acsUser",
            "spoolUser",
            "phone",
            "guest",
            "encrypted",
            "onPremises",
            "acsApplicationInstance",
            "spoolApplicationInstance",
            "applicationInstance",
            "application",
            "device",
        ] {
            if k != own {
                j.null(k);
            }
        }
    }
    j.open(own);
    write_identity(j, p, nulls && p.kind != Kind::Phone);
    j.close();
    if nulls && own != "user" {
        j.null("user");
    }
    j.close();
}

/// A participant of `participants_v2` or the `organizer_v2`.
fn write_participant(j: &mut Json, p: &Person, nulls: bool) {
    j.open_item();
    write_participant_body(j, p, nulls);
    j.close();
}

fn write_participant_body(j: &mut Json, p: &Person, nulls: bool) {
    j.str("id", &p.id());
    write_identity_set(j, "identity", p, nulls, false);
    if p.kind == Kind::User && p.n % 7 == 0 {
        j.array("administrativeUnitInfos");
        j.open_item();
        j.str("id", &stable_guid(9, p.n % 3));
        j.close();
        j.close_array();
    }
}

impl Call<'_> {
    fn time(&mut self, j: &mut Json, key: &str, ms: i64) {
        let style = self.times;
        j.time(key, ms, style, self.rng);
    }

    /// A participant endpoint: the client (or phone, bot, queue) of a person.
    fn participant_endpoint(&mut self, j: &mut Json, key: &str, p: &Person, feedback: bool) {
        j.open(key);
        j.str("@odata.type", "#microsoft.graph.callRecords.participantEndpoint");
        if self.era != Era::Legacy && p.has_client() {
            j.str("name", &format!("machineName_{}", p.machine));
            let (cpu, cores, mhz) = CPUS[p.cpu];
            j.str("cpuName", cpu);
            j.int("cpuCoresCount", cores);
            j.int("cpuProcessorSpeedInMhz", mhz);
        }
        j.open("userAgent");
        match p.kind {
            Kind::Phone => {
                j.str("@odata.type", "#microsoft.graph.callRecords.serviceUserAgent");
                j.str("headerValue", "Microsoft.PSTNHub.SIPProxy v.2025.9.12.4 i.EUWE.1");
                j.str("role", "gateway");
            }
            Kind::Bot => {
                j.str("@odata.type", "#microsoft.graph.callRecords.serviceUserAgent");
                j.str("headerValue", "Microsoft.Graph.Communications.Calls.Media/1.2.0.10563");
                j.str("role", "customBot");
            }
            Kind::ResourceAccount => {
                j.str("@odata.type", "#microsoft.graph.callRecords.serviceUserAgent");
                j.str("headerValue", "Microsoft.Skype.Callqueue/2025.10.1");
                j.str("role", "skypeForBusinessCallQueues");
            }
            _ => {
                let (platform, family, header) = CLIENTS[p.client];
                j.str("@odata.type", "#microsoft.graph.callRecords.clientUserAgent");
                j.str("headerValue", header);
                j.str("platform", platform);
                j.str("productFamily", if p.kind == Kind::AcsUser { "azureCommunicationServices" } else { family });
                if self.era != Era::Legacy {
                    if p.kind == Kind::AcsUser {
                        j.str("communicationServiceId", "d0b9bd2e-3c1f-4e1a-9c4a-6d0f2d8f1a77");
                    } else if family == "teams" {
                        j.str("azureADAppId", TEAMS_APP_ID);
                    }
                }
            }
        }
        j.close();
        if self.era != Era::Current {
            write_identity_set(j, "identity", p, false, p.n % 2 == 0);
        }
        if self.era != Era::Legacy {
            j.open("associatedIdentity");
            j.str("id", &p.id());
            match p.kind {
                Kind::Phone => j.null("displayName"),
                _ => j.str("displayName", &p.name()),
            }
            match p.kind {
                Kind::User | Kind::External => {
                    j.str("tenantId", if p.kind == Kind::User { TENANT } else { PARTNER_TENANT });
                    j.str("userPrincipalName", &p.upn());
                }
                Kind::Phone => j.null("tenantId"),
                _ => {}
            }
            j.close();
        }
        if feedback {
            self.feedback(j);
        }
        j.close();
    }

    fn feedback(&mut self, j: &mut Json) {
        let rng = &mut *self.rng;
        let rating =
            *rng.weighted(&[("excellent", 30), ("good", 30), ("fair", 12), ("poor", 15), ("bad", 8), ("notRated", 5)]);
        j.open("feedback");
        j.str("rating", rating);
        if matches!(rating, "poor" | "bad" | "fair") {
            if rng.chance(0.3) {
                j.text("text", rng.one_of(&FEEDBACK_TEXT));
            }
            j.open("tokens");
            for token in TOKENS {
                j.bool(token, rng.chance(0.2));
            }
            j.close();
        } else if rng.chance(0.5) {
            j.null("text");
        }
        j.close();
    }

    /// A service endpoint: the conferencing server, media controller and so on.
    fn service_endpoint(&mut self, j: &mut Json, key: &str, role: &str) {
        j.open(key);
        j.str("@odata.type", "#microsoft.graph.callRecords.serviceEndpoint");
        j.open("userAgent");
        j.str("@odata.type", "#microsoft.graph.callRecords.serviceUserAgent");
        let header = match role {
            "skypeForBusinessAudioVideoMcu" => "Microsoft.Skype.MCU/2025.11.03.1 (AVMCU)",
            "mediaController" => "Microsoft.Teams.MediaController/1.0.0.2025110301",
            "conferencingAnnouncementService" => "Microsoft.Skype.CAS/2025.10.20.2",
            "audioTeleconferencerController" => "Microsoft.Skype.ACP/2025.10.20.2",
            "mediationServer" => "RTCC/7.0.0.0 MediationServer",
            _ => "Microsoft.Skype.Service",
        };
        j.str("headerValue", header);
        if self.rng.chance(0.5) {
            j.str("applicationVersion", "2025.11.03.1");
        }
        j.str("role", role);
        j.close();
        j.close();
    }

    /// A client's network for one media.
    fn client_network(&mut self, j: &mut Json, key: &str, poor: bool) {
        let rng = &mut *self.rng;
        let kind = if poor {
            *rng.weighted(&[("wifi", 6), ("mobile", 2), ("wired", 1)])
        } else {
            *rng.weighted(&[("wired", 45), ("wifi", 48), ("mobile", 4), ("unknown", 3)])
        };
        j.open(key);
        if kind == "unknown" {
            // As in microsoftgraph/microsoft-graph-docs#13069: unknown type, nothing else known.
            j.str("connectionType", "unknown");
            j.str("networkTransportProtocol", "unknown");
            j.null("ipAddress");
            j.null("subnet");
            j.null("port");
            j.str("wifiBand", "unknown");
            j.str("wifiRadioType", "unknown");
            j.array("traceRouteHops");
            j.close_array();
            j.close();
            return;
        }
        let (second, third) = (rng.int(1, 250), rng.int(0, 255));
        j.str("ipAddress", &format!("10.{second}.{third}.{}", rng.int(2, 250)));
        j.str("subnet", &format!("10.{second}.{third}.0"));
        j.str("connectionType", kind);
        let tcp = rng.chance(if poor { 0.25 } else { 0.04 });
        j.str("networkTransportProtocol", if tcp { "tcp" } else { "udp" });
        j.int("port", rng.int(50_000, 50_059));
        j.str("reflexiveIPAddress", &format!("203.0.113.{}", rng.int(1, 254)));
        if rng.chance(0.6) {
            j.str("relayIPAddress", &format!("52.{}.{}.{}", rng.int(112, 115), rng.int(0, 255), rng.int(1, 254)));
            j.int("relayPort", if tcp { 443 } else { rng.int(3478, 3481) });
        }
        j.str("macAddress", if rng.chance(0.5) { "00-00-00-00-00-00" } else { "00-00-00-00-00-00-00-00" });
        match kind {
            "wired" => j.int("linkSpeed", *rng.pick(&[100_000_000, 1_000_000_000, 4_294_967_295])),
            "wifi" => {
                j.int("linkSpeed", *rng.pick(&[54_000_000, 144_000_000, 300_000_000, 866_700_000, 1_201_000_000]))
            }
            _ => {}
        }
        if rng.chance(0.8) {
            j.null("dnsSuffix");
        } else {
            j.str("dnsSuffix", "corp.contoso.com");
        }
        if kind == "wifi" {
            let band = *rng.weighted(&[("frequency50GHz", 6), ("frequency24GHz", 3), ("frequency60GHz", 1)]);
            j.str("wifiBand", band);
            j.str("wifiRadioType", rng.one_of(&["wifi80211ac", "wifi80211ax", "wifi80211n"]));
            j.int(
                "wifiChannel",
                if band == "frequency24GHz" { *rng.pick(&[1, 6, 11]) } else { *rng.pick(&[36, 44, 100, 149]) },
            );
            j.int("wifiSignalStrength", if poor { rng.int(15, 45) } else { rng.int(55, 100) });
            j.int("wifiBatteryCharge", if rng.chance(0.3) { 0 } else { rng.int(8, 100) });
            if rng.chance(0.7) {
                j.str(
                    "basicServiceSetIdentifier",
                    &format!("00-1a-2b-{:02x}-{:02x}-{:02x}", rng.below(256), rng.below(256), rng.below(256)),
                );
            }
            j.str("wifiMicrosoftDriver", "Microsoft");
            j.str("wifiMicrosoftDriverVersion", "10.0.22621.1");
            j.str(
                "wifiVendorDriver",
                rng.one_of(&[
                    "Intel(R) Wi-Fi 6E AX211 160MHz",
                    "Qualcomm FastConnect 6900 Wi-Fi 6E Dual Band Simultaneous (DBS) WiFiCx Network Adapter",
                ]),
            );
            j.str("wifiVendorDriverVersion", rng.one_of(&["23.40.0.4", "3.1.0.1303"]));
        } else {
            j.str("wifiBand", "unknown");
            j.str("wifiRadioType", "unknown");
        }
        let ratio = |rng: &mut Rng, bad: bool| {
            if bad {
                rng.range(0.1, 0.6)
            } else if rng.chance(0.7) {
                0.0
            } else {
                rng.range(0.0, 0.05)
            }
        };
        let (sent_bad, delay_bad, bandwidth_bad) =
            (poor && rng.chance(0.5), poor && rng.chance(0.3), poor && rng.chance(0.3));
        j.num("sentQualityEventRatio", ratio(rng, sent_bad), 2);
        j.num("receivedQualityEventRatio", ratio(rng, poor), 2);
        j.num("delayEventRatio", ratio(rng, delay_bad), 2);
        j.num("bandwidthLowEventRatio", ratio(rng, bandwidth_bad), 2);
        j.array("traceRouteHops");
        if rng.chance(0.1) {
            let hops = rng.int(3, 8);
            let mut rtt = 1.0;
            for hop in 1..=hops {
                j.open_item();
                j.int("hopCount", hop);
                j.str(
                    "ipAddress",
                    &format!(
                        "{}.{}.{}.{}",
                        if hop < 3 { 10 } else { 104 },
                        rng.int(0, 255),
                        rng.int(0, 255),
                        rng.int(1, 254)
                    ),
                );
                rtt += rng.range(0.5, 12.0);
                j.duration("roundTripTime", rtt);
                j.close();
            }
        }
        j.close_array();
        j.close();
    }

    /// The service side's network: its address, little else.
    fn service_network(&mut self, j: &mut Json, key: &str) {
        let rng = &mut *self.rng;
        j.open(key);
        j.str("ipAddress", &format!("52.{}.{}.{}", rng.int(112, 115), rng.int(0, 255), rng.int(1, 254)));
        j.null("subnet");
        j.str("connectionType", "wired");
        j.str("networkTransportProtocol", "udp");
        j.int("port", rng.int(49_152, 53_247));
        j.null("dnsSuffix");
        j.str("wifiBand", "unknown");
        j.str("wifiRadioType", "unknown");
        j.num("sentQualityEventRatio", 0.0, 2);
        j.num("receivedQualityEventRatio", 0.0, 2);
        j.num("delayEventRatio", 0.0, 2);
        j.num("bandwidthLowEventRatio", 0.0, 2);
        j.array("traceRouteHops");
        j.close_array();
        j.close();
    }

    /// A client's audio devices for one media.
    fn device(&mut self, j: &mut Json, key: &str, p: &Person) {
        let rng = &mut *self.rng;
        j.open(key);
        let (capture, capture_driver) = CAPTURE_DEVICES[p.capture];
        let (render, render_driver) = RENDER_DEVICES[p.render];
        j.str("captureDeviceName", capture);
        if !capture_driver.is_empty() {
            j.str("captureDeviceDriver", capture_driver);
        }
        j.str("renderDeviceName", render);
        if !render_driver.is_empty() {
            j.str("renderDeviceDriver", render_driver);
        }
        j.int("receivedSignalLevel", rng.int(-30, -5));
        j.int("receivedNoiseLevel", rng.int(-90, -55));
        j.int("sentSignalLevel", rng.int(-30, -8));
        j.int("sentNoiseLevel", rng.int(-90, -50));
        j.num("initialSignalLevelRootMeanSquare", rng.range(20.0, 400.0), 5);
        let small = |rng: &mut Rng, p: f64| if rng.chance(p) { rng.range(0.0, 0.5) } else { 0.0 };
        j.num("captureNotFunctioningEventRatio", small(rng, 0.01), 4);
        j.num("cpuInsufficentEventRatio", small(rng, 0.05), 4);
        j.num("deviceClippingEventRatio", small(rng, 0.05), 4);
        j.num("deviceGlitchEventRatio", small(rng, 0.08), 4);
        j.int("howlingEventCount", if rng.chance(0.02) { rng.int(1, 4) } else { 0 });
        j.num("lowSpeechLevelEventRatio", small(rng, 0.1), 4);
        j.num("lowSpeechToNoiseEventRatio", small(rng, 0.1), 4);
        j.int("micGlitchRate", if rng.chance(0.7) { rng.int(0, 40) } else { rng.int(40, 600) });
        j.int("speakerGlitchRate", if rng.chance(0.8) { rng.int(0, 60) } else { rng.int(60, 4000) });
        j.num("renderMuteEventRatio", small(rng, 0.05), 4);
        j.num("renderNotFunctioningEventRatio", 0.0, 4);
        j.num("renderZeroVolumeEventRatio", small(rng, 0.03), 4);
        j.close();
    }

    /// One stream; `seconds` long; `label` decides which metrics exist.
    fn stream(&mut self, j: &mut Json, label: &str, direction: &str, seconds: f64, start: i64, sip: bool) {
        let poor = self.rng.chance(self.options.poor_stream_share);
        let rng = &mut *self.rng;
        self.written.streams += 1;
        self.written.poor_streams += usize::from(poor);
        j.open_item();
        j.str("streamId", &format!("{}", rng.int(100_000_000, 4_294_967_295)));
        j.str("streamDirection", direction);
        if sip {
            // Only SIP streams (PSTN legs) carry their own times.
            let style = self.times;
            j.time("startDateTime", start, style, rng);
            j.time("endDateTime", start + (seconds * 1000.0) as i64, style, rng);
        }
        let audio = label == "main-audio";
        let sharing = label == "applicationsharing-video";
        // Shared by all kinds of stream.
        let jitter = if poor && rng.chance(0.6) { rng.range(31.0, 120.0) } else { rng.log_range(1.0, 25.0) };
        let rtt = if poor && rng.chance(0.5) { rng.range(501.0, 1500.0) } else { rng.log_range(12.0, 180.0) };
        let loss = if poor && rng.chance(0.6) {
            rng.range(0.1, 0.4)
        } else if rng.chance(0.5) {
            0.0
        } else {
            rng.log_range(0.0001, 0.03)
        };
        let packets_per_second = if audio {
            50.0
        } else if sharing {
            30.0
        } else {
            90.0
        };
        let packets = (seconds * packets_per_second * rng.range(0.8, 1.0)).max(1.0) as i64;
        let packets = if poor { packets.max(600 + rng.int(0, 4000)) } else { packets };
        if audio {
            if sip {
                j.str("audioCodec", rng.one_of(&["pcmu", "pcma", "g722"]));
            } else if rng.chance(0.4) {
                j.str("audioCodec", rng.one_of(&["opus", "satin", "satinFullband", "silkWide"]));
            }
            let degradation = if poor && rng.chance(0.5) {
                Some(rng.range(1.0, 3.5))
            } else if rng.chance(0.45) {
                None
            } else {
                Some(rng.range(0.0, 0.8))
            };
            j.opt_num("averageAudioDegradation", degradation, 6);
        } else {
            j.str(
                "videoCodec",
                if sharing {
                    rng.one_of(&["h264s", "h264s", "rtVideo"])
                } else {
                    rng.one_of(&["h264", "h264", "av1", "h265", "xrtvc1"])
                },
            );
            j.null("averageAudioDegradation");
        }
        j.duration("averageJitter", jitter);
        j.duration("maxJitter", jitter * rng.range(1.2, 3.0));
        j.num("averagePacketLossRate", loss, 8);
        j.num("maxPacketLossRate", (loss * rng.range(1.5, 4.0)).min(1.0), 8);
        if audio {
            let concealed = if poor && rng.chance(0.5) {
                Some(rng.range(0.07, 0.3))
            } else if rng.chance(0.3) {
                None
            } else {
                Some(rng.range(0.0, 0.05))
            };
            j.opt_num("averageRatioOfConcealedSamples", concealed, 8);
            j.opt_num("maxRatioOfConcealedSamples", concealed.map(|c| (c * rng.range(1.1, 3.0)).min(1.0)), 8);
        } else {
            j.null("averageRatioOfConcealedSamples");
            j.null("maxRatioOfConcealedSamples");
        }
        j.duration("averageRoundTripTime", rtt);
        j.duration("maxRoundTripTime", rtt * rng.range(1.1, 2.5));
        j.int("packetUtilization", packets);
        let bandwidth = if audio { rng.int(60_000, 20_000_000) } else { rng.int(300_000, 40_000_000) };
        j.int("averageBandwidthEstimate", if poor { bandwidth / 10 } else { bandwidth });
        j.bool("wasMediaBypassed", sip && rng.chance(0.3));
        if audio {
            let network_jitter = jitter * rng.range(1.5, 6.0);
            j.duration("averageAudioNetworkJitter", network_jitter);
            j.duration("maxAudioNetworkJitter", network_jitter * rng.range(1.1, 2.0));
            match rng.below(3) {
                0 => {}
                1 => j.bool("isAudioForwardErrorCorrectionUsed", rng.chance(0.4)),
                _ => j.null("isAudioForwardErrorCorrectionUsed"),
            }
            // Freeze metrics are for video: absent or null on audio streams.
            if rng.chance(0.5) {
                j.null("rmsFreezeDuration");
                j.null("averageFreezeDuration");
            }
        } else {
            let frame_rate = if poor && rng.chance(0.5) {
                if sharing {
                    rng.range(0.2, 0.9)
                } else {
                    rng.range(1.0, 6.9)
                }
            } else if sharing {
                rng.range(2.0, 15.0)
            } else {
                rng.range(12.0, 30.0)
            };
            let frame_loss = if poor && rng.chance(0.4) { rng.range(50.5, 95.0) } else { rng.log_range(0.01, 8.0) };
            let post_fec = if poor && rng.chance(0.4) { rng.range(0.16, 0.4) } else { loss * rng.range(0.0, 0.5) };
            j.num("averageVideoFrameRate", frame_rate, 7);
            j.num("averageReceivedFrameRate", frame_rate * rng.range(0.9, 1.0), 7);
            j.num("averageVideoPacketLossRate", loss * rng.range(0.5, 1.0), 8);
            j.num("averageVideoFrameLossPercentage", frame_loss, 6);
            j.num("postForwardErrorCorrectionPacketLossRate", post_fec, 8);
            j.num("lowFrameRateRatio", if frame_rate < 7.5 { rng.range(0.3, 1.0) } else { rng.range(0.0, 0.05) }, 6);
            j.num("lowVideoProcessingCapabilityRatio", if rng.chance(0.1) { rng.range(0.0, 0.4) } else { 0.0 }, 6);
            if rng.chance(0.3) {
                j.null("averageFreezeDuration");
                j.null("rmsFreezeDuration");
            } else {
                let freeze = if poor { rng.range(400.0, 4000.0) } else { rng.range(0.0, 300.0) };
                j.duration("averageFreezeDuration", freeze);
                j.duration("rmsFreezeDuration", freeze * rng.range(1.0, 1.8));
            }
        }
        j.close();
    }

    /// One media of a segment between `caller` and `callee` (`None` = a service endpoint).
    #[allow(clippy::too_many_arguments)]
    fn media(
        &mut self,
        j: &mut Json,
        label: &str,
        caller: Option<&Person>,
        callee: Option<&Person>,
        directions: &[&str],
        seconds: f64,
        start: i64,
    ) {
        self.written.media += 1;
        let sip = [caller, callee].into_iter().flatten().any(|p| p.kind == Kind::Phone);
        let poor_network = self.rng.chance(self.options.poor_stream_share);
        j.open_item();
        j.str("label", label);
        for (key, side) in [("callerNetwork", caller), ("calleeNetwork", callee)] {
            match side {
                Some(p) if p.has_client() => self.client_network(j, key, poor_network),
                _ => self.service_network(j, key),
            }
        }
        // Devices are reported for audio by the clients.
        if label == "main-audio" {
            for (key, side) in [("callerDevice", caller), ("calleeDevice", callee)] {
                if let Some(p) = side.filter(|p| p.has_client()) {
                    self.device(j, key, p);
                }
            }
        }
        j.array("streams");
        for direction in directions {
            self.stream(j, label, direction, seconds, start, sip);
        }
        j.close_array();
        j.close();
    }

    fn failure(&mut self, j: &mut Json) {
        j.open("failureInfo");
        if self.rng.chance(0.1) {
            // As in Microsoft's CallRecordInsights fixture.
            j.null("stage");
            j.null("reason");
        } else {
            j.str("stage", self.rng.one_of(&["callSetup", "midcall"]));
            j.text("reason", self.rng.one_of(&FAILURE_REASONS));
        }
        j.close();
    }
}

/// Which media a leg carries.
#[derive(Clone, Copy, Debug, Default)]
struct Mediums {
    video: bool,
    /// `Some(true)` = presenting (sends), `Some(false)` = watching (receives).
    sharing: Option<bool>,
}

impl Mediums {
    fn modalities(self) -> Vec<&'static str> {
        let mut m = vec!["audio"];
        if self.video {
            m.push("video");
        }
        if self.sharing.is_some() {
            m.push("videoBasedScreenSharing");
        }
        m
    }
}

fn write_modalities(j: &mut Json, modalities: &[&str]) {
    j.array("modalities");
    for m in modalities {
        j.str_item(m);
    }
    j.close_array();
}

/// Writes one call record and returns what it holds.
fn write_record(out: &mut String, rng: &mut Rng, options: &Options, shape: Shape, start: i64) -> Written {
    let era = *rng.weighted(&[(Era::Legacy, 15), (Era::Both, 60), (Era::Current, 25)]);
    let times = *rng.weighted(&[(TimeStyle::Ticks, 70), (TimeStyle::Millis, 20), (TimeStyle::Seconds, 10)]);
    let mut call = Call { rng, options, era, times, written: Written { records: 1, ..Written::default() } };
    let mut j = Json { out, first: true };
    let id = call.rng.guid();
    match shape {
        Shape::PeerToPeer => {
            call.written.peer_to_peer = 1;
            call.written.largest_call = 1;
            peer_to_peer(&mut j, &mut call, &id, start);
        }
        Shape::Group(n) => {
            call.written.group_calls = 1;
            call.written.largest_call = n;
            group(&mut j, &mut call, &id, n, start);
        }
    }
    call.written
}

/// Record fields before `sessions`: id, version, type, times, organizer, participants.
#[allow(clippy::too_many_arguments)]
fn record_head(
    j: &mut Json,
    call: &mut Call,
    id: &str,
    kind: &str,
    modalities: &[&str],
    start: i64,
    end: i64,
    organizer: &Person,
    people: &[Person],
    join_url: bool,
) {
    j.open_item();
    j.str("id", id);
    j.int("version", call.rng.int(1, 4));
    j.str("type", kind);
    write_modalities(j, modalities);
    let modified = end + call.rng.int(60_000, 3_600_000);
    call.time(j, "lastModifiedDateTime", modified);
    call.time(j, "startDateTime", start);
    call.time(j, "endDateTime", end);
    if join_url {
        let thread = call.rng.next_u64();
        j.str(
            "joinWebUrl",
            &format!("https://teams.microsoft.com/l/meetup-join/19%3ameeting_{thread:016x}%40thread.v2/0?context=%7b%22Tid%22%3a%22{TENANT}%22%7d"),
        );
    }
    if call.era != Era::Current {
        write_identity_set(j, "organizer", organizer, false, false);
        // The deprecated list: identity sets, at most 130.
        j.array("participants");
        for p in people.iter().take(130) {
            j.open_item();
            j.open(identity_key(p.kind));
            write_identity(j, p, false);
            j.close();
            j.close();
        }
        j.close_array();
    }
    if call.era != Era::Legacy {
        j.str(
            "organizer_v2@odata.context",
            &format!(
                "https://graph.microsoft.com/v1.0/$metadata#communications/callRecords('{id}')/organizer_v2/$entity"
            ),
        );
        j.open("organizer_v2");
        write_participant_body(j, organizer, false);
        j.close();
        j.str(
            "participants_v2@odata.context",
            &format!("https://graph.microsoft.com/v1.0/$metadata#communications/callRecords('{id}')/participants_v2"),
        );
        j.array("participants_v2");
        let nulls = call.rng.chance(0.5);
        for p in people {
            write_participant(j, p, nulls);
        }
        j.close_array();
    }
}

fn peer_to_peer(j: &mut Json, call: &mut Call, id: &str, start: i64) {
    let rng = &mut *call.rng;
    let caller_n = rng.below(1024);
    let caller_kind = if rng.chance(0.95) { Kind::User } else { Kind::External };
    let caller = Person::new(rng, caller_kind, caller_n);
    let callee_kind = *rng.weighted(&[
        (Kind::User, 62),
        (Kind::External, 6),
        (Kind::Phone, 16),
        (Kind::ResourceAccount, 10),
        (Kind::AcsUser, 6),
    ]);
    let callee_n = match callee_kind {
        Kind::User => (caller_n + 1 + rng.below(1023)) % 1024,
        _ => rng.below(10_000),
    };
    let callee = Person::new(rng, callee_kind, callee_n);
    let clients = caller.has_client() && callee.has_client();
    let mediums = Mediums {
        video: clients && rng.chance(0.35),
        sharing: if clients && rng.chance(0.15) { Some(rng.chance(0.5)) } else { None },
    };
    let seconds = rng.log_range(15.0, 3600.0);
    let end = start + (seconds * 1000.0) as i64;
    let failed = rng.chance(0.03);
    let modalities = mediums.modalities();
    let people = [caller.clone(), callee.clone()];
    record_head(j, call, id, "peerToPeer", &modalities, start, end, &caller, &people, false);
    call.written.sessions += 1;
    j.str(
        "sessions@odata.context",
        &format!("https://graph.microsoft.com/v1.0/$metadata#communications/callRecords('{id}')/sessions(segments())"),
    );
    j.array("sessions");
    j.open_item();
    // Graph reuses the record id for a peer-to-peer session and its segment.
    j.str("id", id);
    write_modalities(j, &modalities);
    call.time(j, "startDateTime", start);
    call.time(j, "endDateTime", end);
    if call.era != Era::Legacy {
        j.bool("isTest", false);
    }
    let caller_feedback = call.rng.chance(0.05);
    let callee_feedback = callee.has_client() && call.rng.chance(0.08);
    call.participant_endpoint(j, "caller", &caller, caller_feedback);
    call.participant_endpoint(j, "callee", &callee, callee_feedback);
    if failed {
        call.failure(j);
    }
    // A transfer or a reconnect starts a second segment now and then.
    let segments = if call.rng.chance(0.1) { 2 } else { 1 };
    j.array("segments");
    let mut at = start;
    for s in 0..segments {
        let len = (seconds * 1000.0) as i64 / segments;
        call.written.segments += 1;
        j.open_item();
        call.time(j, "startDateTime", at);
        call.time(j, "endDateTime", at + len);
        j.str("id", &if s == 0 { id.to_string() } else { call.rng.guid() });
        call.participant_endpoint(j, "caller", &caller, false);
        call.participant_endpoint(j, "callee", &callee, false);
        if failed && s == segments - 1 {
            call.failure(j);
        }
        j.array("media");
        let both = ["callerToCallee", "calleeToCaller"];
        let one_way: &[&str] = if call.rng.chance(0.05) { &both[..1] } else { &both };
        call.media(j, "main-audio", Some(&caller), Some(&callee), one_way, len as f64 / 1000.0, at);
        if mediums.video {
            call.media(j, "main-video", Some(&caller), Some(&callee), &both, len as f64 / 1000.0, at);
        }
        if let Some(caller_presents) = mediums.sharing {
            let direction = if caller_presents { "callerToCallee" } else { "calleeToCaller" };
            call.media(
                j,
                "applicationsharing-video",
                Some(&caller),
                Some(&callee),
                &[direction],
                len as f64 / 1000.0,
                at,
            );
        }
        j.close_array();
        j.close();
        at += len;
    }
    j.close_array();
    j.close();
    j.close_array();
    j.close();
}

fn group(j: &mut Json, call: &mut Call, id: &str, sessions: usize, start: i64) {
    let rng = &mut *call.rng;
    let seconds = rng.log_range(300.0, 7200.0);
    let end = start + (seconds * 1000.0) as i64;
    // Distinct people: an odd stride over the 1,024 names visits each once.
    let (offset, stride) = (rng.below(1024), rng.below(512) * 2 + 1);
    let mut people: Vec<Person> = Vec::new();
    // Legs: (index into people, joined at, left at). A few people rejoin (a second session).
    let mut legs: Vec<(usize, i64, i64)> = Vec::with_capacity(sessions);
    // A compliance-recording or captions bot joins some meetings, right after the organizer.
    let with_bot = rng.chance(0.2);
    // Phone numbers: distinct within the call.
    let (phone_base, mut phones) = (rng.below(10_000), 0u64);
    while legs.len() < sessions {
        if !people.is_empty() && legs.len() >= 2 && rng.chance(0.06) {
            let who = rng.below(people.len() as u64) as usize;
            if people[who].has_client() {
                let joined = start + rng.below((seconds * 900.0) as u64) as i64;
                legs.push((who, joined, end - rng.below(60_000) as i64));
                continue;
            }
        }
        let kind = match people.len() {
            0 => Kind::User,
            1 if with_bot => Kind::Bot,
            _ => *rng.weighted(&[
                (Kind::User, 79),
                (Kind::External, 5),
                (Kind::Guest, 7),
                (Kind::Phone, 6),
                (Kind::AcsUser, 3),
            ]),
        };
        let n = match kind {
            Kind::User | Kind::External | Kind::Guest | Kind::AcsUser => (offset + stride * people.len() as u64) % 1024,
            Kind::Bot => rng.below(BOTS.len() as u64),
            _ => {
                phones += 1;
                (phone_base + phones * 37) % 10_000
            }
        };
        let joined = if people.is_empty() { start } else { start + rng.below((seconds * 300.0) as u64) as i64 };
        let left = if rng.chance(0.7) {
            end - rng.below(30_000) as i64
        } else {
            joined + ((end - joined) as f64 * rng.range(0.2, 0.95)) as i64
        };
        people.push(Person::new(rng, kind, n));
        legs.push((people.len() - 1, joined, left));
    }
    let video_share = rng.range(0.1, 0.7);
    let sharing = rng.chance(0.6);
    let presenter = if sharing { Some(rng.below(people.len().min(8) as u64) as usize) } else { None };
    let mut any_video = false;
    let mediums: Vec<Mediums> = legs
        .iter()
        .map(|&(who, _, _)| {
            let p = &people[who];
            let client = p.has_client() && p.kind != Kind::AcsUser;
            let video = client && rng.chance(video_share);
            any_video |= video;
            let sharing = if client && sharing && rng.chance(0.8) { Some(Some(who) == presenter) } else { None };
            Mediums { video, sharing }
        })
        .collect();
    let mut modalities = vec!["audio"];
    if any_video {
        modalities.push("video");
    }
    if mediums.iter().any(|m| m.sharing.is_some()) {
        modalities.push("videoBasedScreenSharing");
    }
    let organizer = people[0].clone();
    record_head(j, call, id, "groupCall", &modalities, start, end, &organizer, &people, true);
    j.str(
        "sessions@odata.context",
        &format!("https://graph.microsoft.com/v1.0/$metadata#communications/callRecords('{id}')/sessions(segments())"),
    );
    j.array("sessions");
    for (leg, &(who, joined, left)) in legs.iter().enumerate() {
        let p = people[who].clone();
        let m = mediums[leg];
        call.written.sessions += 1;
        let role = match p.kind {
            Kind::Phone => "audioTeleconferencerController",
            _ => *call.rng.weighted(&[("skypeForBusinessAudioVideoMcu", 75), ("mediaController", 25)]),
        };
        // The participant calls in, or the service dials out (phones, invited bots).
        let dial_out = p.kind == Kind::Bot || (p.kind == Kind::Phone && call.rng.chance(0.3));
        let failed = call.rng.chance(0.02);
        let left = left.max(joined + 1000);
        j.open_item();
        j.str("id", &call.rng.guid());
        write_modalities(j, &m.modalities());
        call.time(j, "startDateTime", joined);
        call.time(j, "endDateTime", left);
        if call.era != Era::Legacy {
            j.bool("isTest", false);
        }
        let feedback = p.has_client() && call.rng.chance(0.04);
        let endpoints = |call: &mut Call, j: &mut Json, feedback: bool| {
            if dial_out {
                call.service_endpoint(j, "caller", role);
                call.participant_endpoint(j, "callee", &p, feedback);
            } else {
                call.participant_endpoint(j, "caller", &p, feedback);
                call.service_endpoint(j, "callee", role);
            }
        };
        endpoints(call, j, feedback);
        if failed {
            call.failure(j);
        }
        let segments = if call.rng.chance(0.08) { call.rng.int(2, 3) } else { 1 };
        j.array("segments");
        let mut at = joined;
        for s in 0..segments {
            let len = (left - joined) / segments;
            call.written.segments += 1;
            j.open_item();
            call.time(j, "startDateTime", at);
            call.time(j, "endDateTime", at + len);
            j.str("id", &call.rng.guid());
            endpoints(call, j, false);
            if failed && s == segments - 1 {
                call.failure(j);
            }
            let (caller, callee) = if dial_out { (None, Some(&p)) } else { (Some(&p), None) };
            let (send, receive) =
                if dial_out { ("calleeToCaller", "callerToCallee") } else { ("callerToCallee", "calleeToCaller") };
            let secs = len as f64 / 1000.0;
            j.array("media");
            if !(failed && call.rng.chance(0.5)) {
                let audio: &[&str] = match p.kind {
                    // A recording bot only receives.
                    Kind::Bot => &[receive],
                    _ if call.rng.chance(0.05) => &[receive],
                    _ => &[send, receive],
                };
                call.media(j, "main-audio", caller, callee, audio, secs, at);
                if m.video {
                    let video: &[&str] = if call.rng.chance(0.3) { &[receive] } else { &[send, receive] };
                    call.media(j, "main-video", caller, callee, video, secs, at);
                }
                if let Some(presenting) = m.sharing {
                    call.media(
                        j,
                        "applicationsharing-video",
                        caller,
                        callee,
                        &[if presenting { send } else { receive }],
                        secs,
                        at,
                    );
                }
            }
            j.close_array();
            j.close();
            at += len;
        }
        j.close_array();
        j.close();
    }
    j.close_array();
    j.close();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_durations_are_written_like_graph() {
        let mut s = String::new();
        for (v, places) in [(0.0, 8), (1.0, 2), (0.27, 2), (1.160898, 6), (0.013816934, 8), (-2.5, 1), (12.0000001, 3)]
        {
            push_decimal(&mut s, v, places);
            s.push(' ');
        }
        assert_eq!(s, "0 1 0.27 1.160898 0.01381693 -2.5 12 ");
        let mut out = String::new();
        let mut j = Json { out: &mut out, first: true };
        for ms in [16.0, 0.0, 1000.0, 1234.4, 61_500.0, 120_000.0] {
            j.duration("d", ms);
        }
        assert_eq!(out, r#""d":"PT0.016S","d":"PT0S","d":"PT1S","d":"PT1.234S","d":"PT1M1.5S","d":"PT2M""#);
    }

    #[test]
    fn group_sizes_are_skewed_and_bounded() {
        let mut rng = Rng::new(7);
        let sizes: Vec<usize> = (0..10_000).map(|_| sessions_of_group(&mut rng, 1000)).collect();
        assert!(sizes.iter().all(|&n| (2..=1000).contains(&n)));
        let small = sizes.iter().filter(|&&n| n <= 12).count();
        let large = sizes.iter().filter(|&&n| n > 100).count();
        assert!(small > 6_500 && large > 300 && large < 800, "{small} {large}");
    }

    #[test]
    fn text_is_escaped() {
        let mut out = String::new();
        Json { out: &mut out, first: true }.text("t", "a \"b\"\nc\\");
        assert_eq!(out, r#""t":"a \"b\"\nc\\""#);
    }
}
