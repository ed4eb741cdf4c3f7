//! PowerShell output read as Graph's own JSON, before the normal path: Microsoft Graph
//! PowerShell SDK objects written by `ConvertTo-Json` (PascalCase names, `AdditionalProperties`
//! bags, `TimeSpan` objects or `hh:mm:ss` text, Windows PowerShell's `/Date(ms)/` dates) are
//! rewritten to Graph's names and formats, and values that `ConvertTo-Json` cut off at its depth
//! limit (`@{…}`, `System.Object[]`, type names) are found, reported where the cut starts and
//! dropped, so that whatever is intact loads.
//!
//! Taken only once PowerShell output is suspected, cheaply: [`looks_like_sdk`] (the first key is
//! PascalCase, which Graph never writes) or [`has_markers`] (PowerShell's tell-tale strings, in
//! a bounded prefix when the fast path read the text). Only then does the generic
//! `serde_json::Value` pass here run; Graph's own JSON never takes it.
//!
//! What PowerShell writes, from its sources: `ConvertTo-Json` serialises objects to `-Depth`
//! (default 2) and converts anything deeper with `LanguagePrimitives.ConvertTo<string>`: a
//! PSCustomObject becomes `@{name=value; …}` (nested objects show empty, arrays as
//! `System.Object[]`), a hashtable its type name, an array its elements' strings joined by
//! spaces, an SDK model its `ToString()` (the JSON text of the object in AutoRest-generated
//! models, a type name in older ones). `TimeSpan` is not one of its primitive types, so it is
//! written as an object of its properties (`Ticks`, `Days`, …, `TotalMilliseconds`) or, past the
//! depth, as `hh:mm:ss.fffffff`. Windows PowerShell 5.1 writes `DateTime` as `\/Date(ms)\/`.
//! The SDK's models name properties in PascalCase and keep what they do not model (derived
//! types' properties, `@odata.type`, beta fields) in `AdditionalProperties`, in Graph's own
//! spelling; enum values stay Graph's strings.

use super::detect::classify_keys;
use super::locate::json_path_at;
use super::wire::{ChangeNotification, GraphError, GraphErrorBody, RecordWire, ResourceData};
use crate::i18n::Arg;
use crate::model::datetime::UtcInstant;
use crate::model::diagnostic::{Diagnostic, DiagnosticKind as Kind, Message};
use crate::model::identity::Identity;
use crate::model::logs::{DirectRoutingLogRow, PstnBlockedUserLogRow, PstnCallLogRow, PstnDialoutReportRow, SmsLogRow};
use crate::model::record::{
    AdministrativeUnitInfo, DeviceInfo, Endpoint, FailureInfo, Media, MediaStream, NetworkInfo, Participant, Segment,
    Session, TraceRouteHop, UserAgent, UserFeedback,
};
use serde::de::{self, DeserializeOwned, Deserializer, Visitor};
use serde_json::{Map, Value};
use std::collections::HashMap;
use std::sync::OnceLock;

/// How much of a text the fast path read is searched for depth-cut strings (about 10 µs).
/// The fast path reads a cut text only when every cut value was an identity inside an identity
/// set (a single basic record: `organizer_v2.identity.user`, `participants[0].user`), and those
/// come within its first kilobytes; any other cut makes the fast path fail, and then the whole
/// text is searched.
pub(super) const PREFIX: usize = 16 * 1024;

/// True when the first key of the first object is PascalCase: the SDK's models, never Graph.
pub(super) fn looks_like_sdk(text: &str) -> bool {
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() && (b[i].is_ascii_whitespace() || b[i] == b'[') {
        i += 1;
    }
    if b.get(i) != Some(&b'{') {
        return false;
    }
    i += 1;
    while i < b.len() && b[i].is_ascii_whitespace() {
        i += 1;
    }
    b.get(i) == Some(&b'"') && b.get(i + 1).is_some_and(u8::is_ascii_uppercase)
}

/// True when the first `limit` bytes hold a string that starts like PowerShell's depth-cut text
/// or a `/Date(…)/` date: worth the closer look of [`normalise`].
pub(super) fn has_markers(text: &str, limit: usize) -> bool {
    const MARKERS: [&[u8]; 5] = [b"@{", b"System.", b"Microsoft.Graph.", b"\\/Date(", b"/Date("];
    let b = &text.as_bytes()[..text.len().min(limit)];
    b.iter().enumerate().any(|(i, &c)| c == b'"' && MARKERS.iter().any(|m| b[i + 1..].starts_with(m)))
}

/// The text rewritten as Graph's JSON (`None`: read the original as it is) and what to tell the
/// user about it.
#[derive(Debug, Default)]
pub(super) struct Normalised {
    pub(super) text: Option<String>,
    pub(super) diagnostics: Vec<Diagnostic>,
}

/// Rewrites PowerShell output as Graph's JSON. `sdk`: the text looked like SDK objects
/// (PascalCase), so names are mapped too. Never fails: what cannot be rewritten stays as it was,
/// for the normal path to read or report.
pub(super) fn normalise(source: &str, text: &str, sdk: bool) -> Normalised {
    let first_cut = first_lost_cut(text, sdk);
    let parsed: Result<Vec<Value>, _> = serde_json::Deserializer::from_str(text).into_iter::<Value>().collect();
    let Ok(values) = parsed else {
        // Not JSON as a whole: the normal path says where it breaks; this says what PowerShell
        // did, when that is known.
        let diagnostics = first_cut.map(|cut| depth_diagnostic(source, text, Some(cut), None)).into_iter().collect();
        return Normalised { text: None, diagnostics };
    };
    let mut walk = Walk { sdk, ..Walk::default() };
    let values: Vec<Value> = values.into_iter().map(|v| walk.value(v, "", sdk, 0)).collect();
    if (sdk && !values.iter().any(recognised)) || walk.unchanged() {
        // PascalCase JSON that is not call-record data, or nothing PowerShell-made after all.
        return Normalised::default();
    }
    let Ok(lines) = values.iter().map(serde_json::to_string).collect::<Result<Vec<_>, _>>() else {
        return Normalised::default();
    };
    let mut diagnostics = Vec::new();
    if walk.lost > 0 {
        diagnostics.push(depth_diagnostic(source, text, first_cut, Some(walk.lost)));
    }
    if let Some(message) = walk.summary() {
        diagnostics.push(Diagnostic::from_message(Kind::PowerShellOutput, source, message));
    }
    Normalised { text: Some(lines.join("\n")), diagnostics }
}

/// "This file was written by ConvertTo-Json with its default depth of 2: …", at the first value
/// that was cut (byte offset and how many containers hold it).
fn depth_diagnostic(source: &str, text: &str, cut: Option<(usize, usize)>, lost: Option<usize>) -> Diagnostic {
    let depth = cut.map(|(_, level)| level.saturating_sub(1));
    let depth_key = match depth {
        Some(2) => "default",
        Some(depth) if depth > 0 => "other",
        _ => "unknown",
    };
    let path = cut.map(|(offset, _)| json_path_at(text, offset));
    let suggest = if depth.is_some_and(|d| d >= 20) { 100 } else { 20 };
    // The depths are parts of commands: written as they are typed, not as numbers.
    let args = vec![
        ("depth", Arg::from(depth_key)),
        ("depth_value", Arg::from(depth.unwrap_or_default().to_string())),
        ("placed", Arg::from(if path.is_some() { "yes" } else { "no" })),
        ("path", Arg::from(path.unwrap_or_default())),
        ("lost", Arg::from(lost.unwrap_or(0))),
        ("suggest", Arg::from(suggest.to_string())),
    ];
    let diagnostic = Diagnostic::localised(Kind::PowerShellDepth, source, "diag-powershell-depth", args);
    match cut {
        Some((offset, _)) => diagnostic.at(text.as_bytes(), offset),
        None => diagnostic,
    }
}

/// Graph's keys whose values are arrays: a cut value recovered as one object is put in one.
const ARRAY_KEYS: [&str; 10] = [
    "sessions",
    "segments",
    "media",
    "streams",
    "participants",
    "participants_v2",
    "traceRouteHops",
    "administrativeUnitInfos",
    "modalities",
    "value",
];

/// The keys of an identity set (and `associatedIdentity`) whose values are single identities.
const IDENTITY_KEYS: [&str; 15] = [
    "user",
    "guest",
    "phone",
    "acsUser",
    "spoolUser",
    "azureCommunicationServicesUser",
    "applicationInstance",
    "acsApplicationInstance",
    "spoolApplicationInstance",
    "application",
    "encrypted",
    "onPremises",
    "device",
    "assertedIdentity",
    "associatedIdentity",
];

/// The `Edm.Duration` properties (jitter, round trip, freeze; a trace-route hop's round trip).
const DURATION_KEYS: [&str; 9] = [
    "averageJitter",
    "maxJitter",
    "averageAudioNetworkJitter",
    "maxAudioNetworkJitter",
    "averageRoundTripTime",
    "maxRoundTripTime",
    "averageFreezeDuration",
    "rmsFreezeDuration",
    "roundTripTime",
];

/// What a string where Graph has an object or array turns out to be.
enum Cut {
    /// An ordinary string.
    None,
    /// PowerShell's text for something it cut: what it held is not in the file.
    Lost,
    /// An identity's `@{id=…; displayName=…}`: its scalar fields, read back.
    Identity(Value),
    /// The JSON text an SDK model's `ToString()` wrote: read back whole.
    Json(Value),
    /// `modalities` joined by spaces: split again.
    Words(Vec<Value>),
}

/// Classifies a string value found under `key` (Graph's spelling).
fn classify(text: &str, key: &str, sdk: bool) -> Cut {
    if text.starts_with("@{") && text.ends_with('}') {
        if IDENTITY_KEYS.contains(&key) && !text.contains("} @{") {
            return Cut::Identity(identity_from_text(&text[2..text.len() - 1]));
        }
        return Cut::Lost;
    }
    if !text.is_empty() && text.split(' ').all(is_type_name) {
        return Cut::Lost;
    }
    if sdk {
        if let Some(value) = json_text(text, key) {
            return Cut::Json(value);
        }
    }
    if key == "modalities" {
        return Cut::Words(text.split_whitespace().map(|w| Value::String(w.to_string())).collect());
    }
    Cut::None
}

/// `System.Object[]`, `System.Collections.Hashtable`,
/// `Microsoft.Graph.PowerShell.Models.MicrosoftGraphCallRecordsSession`: a .NET type name.
fn is_type_name(word: &str) -> bool {
    word.strip_prefix("System.").or_else(|| word.strip_prefix("Microsoft.Graph.")).is_some_and(|rest| {
        rest.starts_with(|c: char| c.is_ascii_uppercase())
            && rest.bytes().all(|b| b.is_ascii_alphanumeric() || b"._`[],+".contains(&b))
    })
}

/// An SDK model's `ToString()`: one JSON object or array, or several joined by spaces (an array
/// past the depth).
fn json_text(text: &str, key: &str) -> Option<Value> {
    let t = text.trim();
    if !(t.starts_with('{') && t.ends_with('}') || t.starts_with('[') && t.ends_with(']')) {
        return None;
    }
    let values: Vec<Value> =
        serde_json::Deserializer::from_str(t).into_iter::<Value>().collect::<Result<_, _>>().ok()?;
    if values.is_empty() || !values.iter().all(|v| v.is_object() || v.is_array()) {
        return None;
    }
    let value = if values.len() == 1 { values.into_iter().next()? } else { Value::Array(values) };
    Some(match value {
        object @ Value::Object(_) if ARRAY_KEYS.contains(&key) => Value::Array(vec![object]),
        other => other,
    })
}

/// The fields of `id=…; displayName=…; tenantId=…` that an identity has, as strings (`hidden`
/// as a boolean); empty values are absent.
fn identity_from_text(inner: &str) -> Value {
    let mut fields: Vec<(String, String)> = Vec::new();
    for part in inner.split("; ") {
        match part.split_once('=') {
            Some((k, v)) if !k.is_empty() && k.bytes().all(|b| b.is_ascii_alphanumeric() || b"@._".contains(&b)) => {
                fields.push((k.to_string(), v.to_string()));
            }
            // A "; " inside a value (a display name): it belongs to the value before.
            _ => {
                if let Some((_, value)) = fields.last_mut() {
                    value.push_str("; ");
                    value.push_str(part);
                }
            }
        }
    }
    let mut out = Map::new();
    for (key, text) in fields {
        let value = match (key.as_str(), text.as_str()) {
            (_, "") => continue,
            ("hidden", "True") => Value::Bool(true),
            ("hidden", "False") => Value::Bool(false),
            (
                "id"
                | "displayName"
                | "tenantId"
                | "userPrincipalName"
                | "email"
                | "applicationType"
                | "azureCommunicationServicesResourceId",
                _,
            ) => Value::String(text),
            _ => continue,
        };
        out.insert(key, value);
    }
    Value::Object(out)
}

/// `/Date(1582657224582)/` or `/Date(1582657224582+0100)/` (milliseconds since 1970 UTC; the
/// offset only says which zone it was shown in) as an ISO 8601 instant.
fn net_date(text: &str) -> Option<String> {
    let inner = text.strip_prefix("/Date(")?.strip_suffix(")/")?;
    let end = inner.char_indices().skip(1).find(|(_, c)| matches!(c, '+' | '-')).map_or(inner.len(), |(i, _)| i);
    let (ms, offset) = inner.split_at(end);
    let zone = offset.is_empty() || offset.len() == 5 && offset[1..].bytes().all(|b| b.is_ascii_digit());
    if !zone {
        return None;
    }
    let digits = ms.strip_prefix('-').unwrap_or(ms);
    if digits.is_empty() || digits.len() > 16 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let ms: i64 = ms.parse().ok()?;
    // Year 0001 to 9999, what .NET's DateTime holds.
    if ms.unsigned_abs() > 253_402_300_799_999 {
        return None;
    }
    Some(UtcInstant(ms).to_iso())
}

/// A `System.TimeSpan` written as its properties: from `Ticks` (100 ns), else
/// `TotalMilliseconds`.
fn timespan_object(map: &Map<String, Value>) -> Option<String> {
    let ticks = map.get("Ticks")?;
    if !["TotalMilliseconds", "TotalSeconds", "Days"].iter().any(|k| map.contains_key(*k)) {
        return None;
    }
    if let Some(ticks) = ticks.as_i64() {
        return Some(iso_duration(ticks.unsigned_abs(), ticks < 0));
    }
    let ms = map.get("TotalMilliseconds")?.as_f64().filter(|ms| ms.is_finite() && ms.abs() < 9e14)?;
    Some(iso_duration((ms.abs() * 10_000.0).round() as u64, ms < 0.0))
}

/// `[-][d.]hh:mm:ss[.fffffff]`, how .NET writes a `TimeSpan` as text.
fn timespan_text(text: &str) -> Option<String> {
    fn number(s: &str, max_len: usize) -> Option<u64> {
        if s.is_empty() || s.len() > max_len || !s.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        s.parse().ok()
    }
    let (negative, t) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let mut parts = t.split(':');
    let (first, minutes, seconds) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    let (days, hours) = match first.split_once('.') {
        Some((d, h)) => (number(d, 8)?, number(h, 2)?),
        None => (0, number(first, 2)?),
    };
    let minutes = number(minutes, 2)?;
    let (seconds, fraction) = seconds.split_once('.').unwrap_or((seconds, ""));
    let seconds = number(seconds, 2)?;
    if hours > 23 || minutes > 59 || seconds > 59 {
        return None;
    }
    let fraction = match fraction {
        "" => 0,
        f => number(f, 7)? * 10u64.pow(7 - f.len() as u32),
    };
    let whole = ((days * 24 + hours) * 60 + minutes) * 60 + seconds;
    Some(iso_duration(whole.checked_mul(10_000_000)?.checked_add(fraction)?, negative))
}

/// Ticks (100 ns) as Graph writes a duration: `PT0.016S`, `PT2M2.0456729S`, `P1DT2H`.
fn iso_duration(ticks: u64, negative: bool) -> String {
    let (whole, fraction) = (ticks / 10_000_000, ticks % 10_000_000);
    let (days, hours, minutes, seconds) = (whole / 86_400, whole / 3600 % 24, whole / 60 % 60, whole % 60);
    let mut out = String::from(if negative && ticks > 0 { "-P" } else { "P" });
    if days > 0 {
        out.push_str(&format!("{days}D"));
    }
    if hours > 0 || minutes > 0 || seconds > 0 || fraction > 0 || days == 0 {
        out.push('T');
    }
    if hours > 0 {
        out.push_str(&format!("{hours}H"));
    }
    if minutes > 0 {
        out.push_str(&format!("{minutes}M"));
    }
    if fraction > 0 {
        let digits = format!("{fraction:07}");
        out.push_str(&format!("{seconds}.{}S", digits.trim_end_matches('0')));
    } else if seconds > 0 || out.ends_with('T') {
        out.push_str(&format!("{seconds}S"));
    }
    out
}

/// Graph's spelling of every property the model reads, by its folded form (lower case, no `_`):
/// taken from the model's own serde field lists, so a field added there is known here too.
fn graph_names() -> &'static HashMap<String, &'static str> {
    static NAMES: OnceLock<HashMap<String, &'static str>> = OnceLock::new();
    NAMES.get_or_init(|| {
        let mut all: Vec<&'static str> = Vec::new();
        fields::<RecordWire>(&mut all);
        fields::<Session>(&mut all);
        fields::<Segment>(&mut all);
        fields::<Media>(&mut all);
        fields::<MediaStream>(&mut all);
        fields::<NetworkInfo>(&mut all);
        fields::<TraceRouteHop>(&mut all);
        fields::<DeviceInfo>(&mut all);
        fields::<Endpoint>(&mut all);
        fields::<UserAgent>(&mut all);
        fields::<UserFeedback>(&mut all);
        fields::<FailureInfo>(&mut all);
        fields::<Participant>(&mut all);
        fields::<AdministrativeUnitInfo>(&mut all);
        fields::<Identity>(&mut all);
        fields::<PstnCallLogRow>(&mut all);
        fields::<DirectRoutingLogRow>(&mut all);
        fields::<SmsLogRow>(&mut all);
        fields::<PstnBlockedUserLogRow>(&mut all);
        fields::<PstnDialoutReportRow>(&mut all);
        fields::<ChangeNotification>(&mut all);
        fields::<ResourceData>(&mut all);
        fields::<GraphError>(&mut all);
        fields::<GraphErrorBody>(&mut all);
        // Kiota-generated models name the annotations `OdataType` and the like.
        all.extend(["@odata.type", "@odata.context", "@odata.nextLink", "@odata.count", "@odata.id"]);
        let mut names = HashMap::new();
        for name in all {
            names.entry(fold(name)).or_insert(name);
        }
        for (kiota, name) in [
            ("odatatype", "@odata.type"),
            ("odatacontext", "@odata.context"),
            ("odatanextlink", "@odata.nextLink"),
            ("odatacount", "@odata.count"),
            ("odataid", "@odata.id"),
        ] {
            names.insert(kiota.to_string(), name);
        }
        names
    })
}

/// A key compared without regard to case or underscores: `OrganizerV2` and `organizer_v2`,
/// `ReflexiveIPAddress` and `reflexiveIPAddress`, `AzureAdAppId` and `azureADAppId`.
fn fold(key: &str) -> String {
    key.chars().filter(|c| *c != '_').flat_map(char::to_lowercase).collect()
}

/// Graph's name for an SDK property name (`None`: it is not PascalCase, keep it).
fn graph_name(key: &str) -> Option<String> {
    if !key.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    Some(match graph_names().get(&fold(key)) {
        Some(name) => name.to_string(),
        None => camel(key),
    })
}

/// lowerCamelCase for a name the model does not read: `Id` → `id`, `AcsUser` → `acsUser`,
/// `IPAddress` → `ipAddress`.
fn camel(key: &str) -> String {
    let chars: Vec<char> = key.chars().collect();
    let run = chars.iter().take_while(|c| c.is_ascii_uppercase()).count();
    let lower = if run > 1 && run < chars.len() { run - 1 } else { run };
    chars.iter().enumerate().map(|(i, c)| if i < lower { c.to_ascii_lowercase() } else { *c }).collect()
}

/// Appends the field names a derived `Deserialize` asks for (its `deserialize_struct` call).
fn fields<T: DeserializeOwned>(out: &mut Vec<&'static str>) {
    struct Names<'a>(&'a mut Vec<&'static str>);
    impl<'de> Deserializer<'de> for Names<'_> {
        type Error = de::value::Error;
        fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Self::Error> {
            Err(de::Error::custom("field names only"))
        }
        fn deserialize_struct<V: Visitor<'de>>(
            self,
            _: &'static str,
            fields: &'static [&'static str],
            _: V,
        ) -> Result<V::Value, Self::Error> {
            self.0.extend_from_slice(fields);
            Err(de::Error::custom("field names only"))
        }
        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf option unit
            unit_struct newtype_struct seq tuple tuple_struct map enum identifier ignored_any
        }
    }
    let _ = T::deserialize(Names(out));
}

/// True when a rewritten value (or an item of it, or of its `value` page) is call-record data.
fn recognised(value: &Value) -> bool {
    match value {
        Value::Array(items) => items.iter().any(recognised),
        Value::Object(map) => match map.get("value") {
            Some(page @ Value::Array(_)) => recognised(page),
            _ => classify_keys(&map.keys().map(String::as_str).collect::<Vec<_>>()).is_some(),
        },
        _ => false,
    }
}

/// Beyond this many levels (strings of JSON text inside JSON text) values are left as they are.
const MAX_WALK_DEPTH: usize = 256;

/// The rewriting pass, and what it did.
#[derive(Default)]
struct Walk {
    sdk: bool,
    renamed: usize,
    bags: usize,
    durations: usize,
    dates: usize,
    lost: usize,
    json: usize,
    names: usize,
    words: usize,
}

impl Walk {
    fn unchanged(&self) -> bool {
        self.renamed + self.bags + self.durations + self.dates + self.lost + self.json + self.names + self.words == 0
    }

    /// One value under `key` (Graph's spelling; "" in arrays). `convert`: SDK names here.
    fn value(&mut self, value: Value, key: &str, convert: bool, depth: usize) -> Value {
        if depth > MAX_WALK_DEPTH {
            return value;
        }
        match value {
            Value::Object(map) => self.object(map, convert, depth),
            Value::Array(items) => {
                Value::Array(items.into_iter().map(|v| self.value(v, "", convert, depth + 1)).collect())
            }
            Value::String(text) => self.string(text, key, depth),
            other => other,
        }
    }

    fn object(&mut self, map: Map<String, Value>, convert: bool, depth: usize) -> Value {
        if let Some(iso) = timespan_object(&map) {
            self.durations += 1;
            return Value::String(iso);
        }
        let mut out = Map::new();
        let mut bags = Vec::new();
        for (key, value) in map {
            if convert && matches!(key.as_str(), "AdditionalProperties" | "AdditionalData") {
                match value {
                    Value::Object(bag) => bags.push(bag),
                    // The bag itself past the depth: counted as lost if it was cut.
                    Value::String(text) => drop(self.string(text, "additionalProperties", depth + 1)),
                    _ => {}
                }
                continue;
            }
            if convert && key == "BackingStore" {
                continue;
            }
            let key = match convert.then(|| graph_name(&key)).flatten() {
                Some(name) => {
                    self.renamed += 1;
                    name
                }
                None => key,
            };
            // Feedback tokens are an open set of names ("NoSound", "Echo"): kept as sent.
            let convert = convert && key != "tokens";
            let value = self.value(value, &key, convert, depth + 1);
            put(&mut out, key, value);
        }
        for bag in bags {
            self.bags += 1;
            for (key, value) in bag {
                // In Graph's spelling already.
                let value = self.value(value, &key, false, depth + 1);
                put(&mut out, key, value);
            }
        }
        // The fast path reads `@odata.context` only as the first key.
        if let Some(context) = out.remove("@odata.context") {
            let mut first = Map::new();
            first.insert("@odata.context".into(), context);
            first.extend(out);
            out = first;
        }
        Value::Object(out)
    }

    fn string(&mut self, text: String, key: &str, depth: usize) -> Value {
        if let Some(iso) = net_date(&text) {
            self.dates += 1;
            return Value::String(iso);
        }
        if DURATION_KEYS.contains(&key) {
            if let Some(iso) = timespan_text(&text) {
                self.durations += 1;
                return Value::String(iso);
            }
        }
        match classify(&text, key, self.sdk) {
            Cut::None => Value::String(text),
            Cut::Lost => {
                self.lost += 1;
                Value::Null
            }
            Cut::Identity(identity) => {
                self.names += 1;
                identity
            }
            Cut::Json(value) => {
                self.json += 1;
                self.value(value, key, false, depth + 1)
            }
            Cut::Words(words) => {
                self.words += 1;
                Value::Array(words)
            }
        }
    }

    /// The informational message: what was read as what. Each count is an argument, with
    /// `<name>_sep` saying whether a part is said before it (the catalogue writes the list).
    fn summary(&self) -> Option<Message> {
        let counted = [
            ("bags", self.bags),
            ("durations", self.durations),
            ("dates", self.dates),
            ("json", self.json),
            ("names", self.names),
            ("words", self.words),
        ];
        if self.renamed == 0 && counted.iter().all(|&(_, n)| n == 0) {
            return None;
        }
        let mut args = vec![("sdk", Arg::from(if self.renamed > 0 { "yes" } else { "no" }))];
        let mut said = self.renamed > 0;
        for (name, n) in counted {
            let sep: &'static str = match name {
                "bags" => "bags_sep",
                "durations" => "durations_sep",
                "dates" => "dates_sep",
                "json" => "json_sep",
                "names" => "names_sep",
                _ => "words_sep",
            };
            args.push((name, Arg::from(n)));
            args.push((sep, Arg::from(if said { "yes" } else { "no" })));
            said |= n > 0;
        }
        Some(Message::new("diag-powershell-output", args))
    }
}

/// Inserts unless a non-null value is already there (a typed property beats its bag's copy).
fn put(out: &mut Map<String, Value>, key: String, value: Value) {
    if out.get(&key).is_none_or(Value::is_null) {
        out.insert(key, value);
    }
}

/// The first value in document order that PowerShell cut and that cannot be read back: its
/// byte offset (at its opening quote) and how many objects and arrays hold it.
fn first_lost_cut(text: &str, sdk: bool) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    let (mut i, mut level) = (0usize, 0usize);
    let mut key: Option<(usize, usize)> = None;
    let mut after_colon = false;
    while i < b.len() {
        match b[i] {
            b'"' => {
                let start = i;
                i += 1;
                while i < b.len() && b[i] != b'"' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
                if i >= b.len() {
                    return None;
                }
                let end = i;
                i += 1;
                let next = b[i..].iter().position(|c| !c.is_ascii_whitespace()).map(|p| b[i + p]);
                if next == Some(b':') {
                    key = Some((start, end));
                    after_colon = false;
                    continue;
                }
                let value_key = if after_colon { key } else { None };
                after_colon = false;
                let raw = &b[start + 1..end];
                if ![&b"@{"[..], b"System.", b"Microsoft.Graph."].iter().any(|m| raw.starts_with(m)) {
                    continue;
                }
                let Ok(value) = serde_json::from_str::<String>(&text[start..=end]) else { continue };
                let name = value_key
                    .and_then(|(a, z)| serde_json::from_str::<String>(&text[a..=z]).ok())
                    .map(|k| if sdk { graph_name(&k).unwrap_or(k) } else { k })
                    .unwrap_or_default();
                if matches!(classify(&value, &name, sdk), Cut::Lost) {
                    return Some((start, level));
                }
            }
            b':' => {
                after_colon = true;
                i += 1;
            }
            b'{' | b'[' => {
                level += 1;
                after_colon = false;
                i += 1;
            }
            b'}' | b']' => {
                level = level.saturating_sub(1);
                after_colon = false;
                i += 1;
            }
            c if c.is_ascii_whitespace() => i += 1,
            _ => {
                after_colon = false;
                i += 1;
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::datetime::{parse_datetime, parse_duration_ms};

    #[test]
    fn detection_is_cheap_and_specific() {
        assert!(looks_like_sdk("\u{20}[\n  {\r\n    \"AdditionalProperties\": {}}]"));
        assert!(looks_like_sdk("{\"Id\":\"x\"}"));
        assert!(!looks_like_sdk("{\"@odata.context\":\"x\",\"Id\":1}"));
        assert!(!looks_like_sdk("{\"id\":\"x\"}"));
        assert!(!looks_like_sdk("\"Id\""));
        assert!(has_markers(r#"{"user":"@{id=1}"}"#, 100));
        assert!(has_markers(r#"{"d":"\/Date(1)\/"}"#, 100));
        assert!(!has_markers(r#"{"user":"@{id=1}"}"#, 5), "only the prefix is searched");
        assert!(!has_markers(r##"{"@odata.type":"#x","a":"System"}"##, 100));
    }

    #[test]
    fn names_follow_graph_spelling() {
        for (sdk, graph) in [
            ("Id", "id"),
            ("OrganizerV2", "organizer_v2"),
            ("ParticipantsV2", "participants_v2"),
            ("IPAddress", "ipAddress"),
            ("ReflexiveIPAddress", "reflexiveIPAddress"),
            ("AzureAdAppId", "azureADAppId"),
            ("CpuInsufficentEventRatio", "cpuInsufficentEventRatio"),
            ("StartDateTime", "startDateTime"),
            ("ClientLocalIPV4Address", "clientLocalIpV4Address"),
            ("OdataType", "@odata.type"),
            ("AcsUser", "acsUser"),
            ("User", "user"),
            ("Type", "type"),
        ] {
            assert_eq!(graph_name(sdk).as_deref(), Some(graph), "{sdk}");
        }
        assert_eq!(graph_name("@odata.type"), None);
        assert_eq!(graph_name("averageJitter"), None);
        assert_eq!(camel("ABC"), "abc");
    }

    #[test]
    fn timespans_and_dates() {
        assert_eq!(iso_duration(160_000, false), "PT0.016S");
        assert_eq!(iso_duration(1_220_456_729, false), "PT2M2.0456729S");
        assert_eq!(iso_duration(0, false), "PT0S");
        assert_eq!(iso_duration(864_000_000_000 + 72_000_000_000, true), "-P1DT2H");
        assert_eq!(timespan_text("00:00:00.0420000").as_deref(), Some("PT0.042S"));
        assert_eq!(timespan_text("1.02:03:04").as_deref(), Some("P1DT2H3M4S"));
        assert_eq!(timespan_text("-00:00:01.5").as_deref(), Some("-PT1.5S"));
        for bad in ["", "12:00", "00:60:00", "24:00:00", "a:b:c", "00:00:00.12345678", "00:00:00:00", "+1:00:00"] {
            assert_eq!(timespan_text(bad), None, "{bad}");
        }
        for (ticks, ms) in [(420_000, 42.0), (10_000_000, 1000.0), (5_000, 0.5)] {
            assert_eq!(parse_duration_ms(&iso_duration(ticks, false)).unwrap(), ms);
        }
        let ts: Map<String, Value> =
            serde_json::from_str(r#"{"Ticks":420000,"Days":0,"TotalMilliseconds":42.0}"#).unwrap();
        assert_eq!(timespan_object(&ts).as_deref(), Some("PT0.042S"));
        let ts: Map<String, Value> = serde_json::from_str(r#"{"Ticks":null,"TotalMilliseconds":16.0}"#).unwrap();
        assert_eq!(timespan_object(&ts).as_deref(), Some("PT0.016S"));
        let ts: Map<String, Value> = serde_json::from_str(r#"{"Ticks":"x"}"#).unwrap();
        assert_eq!(timespan_object(&ts), None);
        let iso = net_date("/Date(1582657224582)/").unwrap();
        assert_eq!(parse_datetime(&iso).unwrap(), Some(UtcInstant(1_582_657_224_582)));
        assert_eq!(net_date("/Date(1582657224582+0100)/"), Some(iso));
        assert_eq!(parse_datetime(&net_date("/Date(-62135596800000)/").unwrap()).unwrap(), None, "year 1: no value");
        for bad in ["/Date()/", "/Date(x)/", "/Date(12+1)/", "/Date(99999999999999999)/", "Date(1)", "/Date(-)/"] {
            assert_eq!(net_date(bad), None, "{bad}");
        }
    }

    #[test]
    fn cut_values() {
        assert!(matches!(classify("System.Object[]", "segments", false), Cut::Lost));
        assert!(matches!(classify("System.Collections.Hashtable System.Collections.Hashtable", "", false), Cut::Lost));
        assert!(matches!(classify("@{stage=midcall; reason=x}", "failureInfo", false), Cut::Lost));
        assert!(matches!(classify("System administrator", "displayName", false), Cut::None));
        assert!(matches!(classify("{\"a\":1}", "caller", false), Cut::None), "JSON text only from the SDK");
        let Cut::Json(Value::Array(items)) = classify("{\"id\":\"a\"} {\"id\":\"b\"}", "segments", true) else {
            panic!("two objects")
        };
        assert_eq!(items.len(), 2);
        let Cut::Json(Value::Array(items)) = classify("{\"id\":\"a\"}", "sessions", true) else { panic!("one") };
        assert_eq!(items.len(), 1);
        let Cut::Identity(id) =
            classify("@{id=42; displayName=Patti; O'Neill; tenantId=; hidden=True; x=1}", "user", false)
        else {
            panic!("an identity")
        };
        assert_eq!(id, serde_json::json!({"id": "42", "displayName": "Patti; O'Neill", "hidden": true}));
        let Cut::Words(words) = classify("audio video", "modalities", false) else { panic!("words") };
        assert_eq!(words.len(), 2);
    }

    #[test]
    fn the_first_lost_cut_in_document_order() {
        let text = r#"{"z":"@{a=1}","sessions":[{"modalities":"audio","caller":"@{name=x}"}]}"#;
        let (offset, level) = first_lost_cut(text, false).unwrap();
        assert_eq!(&text[offset..offset + 4], "\"@{a");
        assert_eq!(level, 1);
        let text = r#"{"user":"@{id=1}","participants":["@{user=}"]}"#;
        let (offset, level) = first_lost_cut(text, false).unwrap();
        assert_eq!((json_path_at(text, offset).as_str(), level), ("participants[0]", 2));
        assert_eq!(first_lost_cut(r#"{"a":"@{x=1}"#, false), None, "unterminated: nothing");
        assert_eq!(first_lost_cut(r#"{"a":"\"#, false), None);
    }
}
