//! Ingest: any call-record JSON an admin can have → one typed [`Dataset`].
//!
//! Accepted, detected automatically: a callRecord (basic or `$expand`ed), a list of callRecords,
//! sessions pages (with or without segments), participants_v2 pages, getPstnCalls,
//! getDirectRoutingCalls and the beta log pages, a JSON array of any of these, JSON Lines,
//! gzip, UTF-8 with or without BOM and UTF-16 (Windows PowerShell's default). Several sources
//! load into one dataset: pages join their record by id, a record seen twice keeps the higher
//! `version`.
//!
//! Speed: Graph puts `@odata.context` first, so the fast path reads it and hands the rest of
//! the same object straight to the typed struct for that shape: one pass, no `Value` tree.
//! Objects without a context are classified by their keys (values borrowed as `RawValue`).
//! Only when that fails does the tolerant path run: it splits the input into records and
//! parses each alone, so one broken record is reported (with line, column and field path) and
//! the others still load.

use crate::model::dataset::{Counts, Dataset, Paging, SourceReport};
use crate::model::datetime::{de_instant, UtcInstant};
use crate::model::diagnostic::{offset_of, Diagnostic, DiagnosticKind as Kind, Severity};
use crate::model::enums::{CallType, Modality};
use crate::model::identity::{short_id, IdentitySet};
use crate::model::logs::*;
use crate::model::record::{null_as_empty, CallRecord, Participant, Session};
use serde::de::{self, value::MapAccessDeserializer, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use serde_json::value::RawValue;
use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;

/// Loads several sources into one dataset, as if dropped at once.
pub fn ingest<'a>(sources: impl IntoIterator<Item = (&'a str, &'a [u8])>) -> Dataset {
    let mut dataset = Dataset::default();
    for (name, bytes) in sources {
        dataset.load(name, bytes);
    }
    dataset
}

// ---------------------------------------------------------------------------------------------
// Wire types that exist only on the way in.

/// A callRecord as sent; becomes a [`CallRecord`].
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
struct RecordWire {
    id: Option<String>,
    version: Option<i64>,
    #[serde(rename = "type")]
    call_type: Option<CallType>,
    modalities: Option<Vec<Modality>>,
    #[serde(rename = "startDateTime", deserialize_with = "de_instant")]
    start: Option<UtcInstant>,
    #[serde(rename = "endDateTime", deserialize_with = "de_instant")]
    end: Option<UtcInstant>,
    #[serde(rename = "lastModifiedDateTime", deserialize_with = "de_instant")]
    last_modified: Option<UtcInstant>,
    join_web_url: Option<String>,
    organizer: Option<IdentitySet>,
    #[serde(deserialize_with = "null_as_empty")]
    participants: Vec<IdentitySet>,
    #[serde(rename = "organizer_v2")]
    organizer_v2: Option<Participant>,
    #[serde(rename = "participants_v2")]
    participants_v2: Option<Vec<Participant>>,
    sessions: Option<Vec<Session>>,
    #[serde(rename = "sessions@odata.nextLink")]
    sessions_next_link: Option<IgnoredAny>,
    #[serde(rename = "participants_v2@odata.nextLink")]
    participants_next_link: Option<IgnoredAny>,
}

/// `{"value": [...], "@odata.nextLink": ...}` of one known item type.
#[derive(Deserialize)]
#[serde(bound = "T: Deserialize<'de>")]
struct Page<T> {
    #[serde(default, deserialize_with = "null_as_empty")]
    value: Vec<T>,
    #[serde(rename = "@odata.nextLink", alias = "@odata.nextlink", default)]
    next_link: Option<IgnoredAny>,
}

/// A Graph change notification (webhook body item): it names a record but holds no call data.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
struct ChangeNotification {
    change_type: Option<String>,
    resource: Option<String>,
    resource_data: Option<ResourceData>,
    lifecycle_event: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct ResourceData {
    id: Option<String>,
}

/// `{"error": {"code": ..., "message": ...}}`: what Graph returns instead of data.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct GraphError {
    error: Option<GraphErrorBody>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct GraphErrorBody {
    code: Option<String>,
    message: Option<String>,
}

/// The kinds of item the viewer knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ItemKind {
    Record,
    Session,
    Participant,
    Pstn,
    DirectRouting,
    Sms,
    BlockedUser,
    Dialout,
    Notification,
    GraphError,
}

/// One thing read from the input. Short-lived (each is merged into the dataset as soon as it is
/// read), so the size of the larger variants costs nothing worth boxing them for.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
enum Unit {
    Record(Box<RecordWire>),
    Session {
        record_id: Option<String>,
        session: Session,
    },
    Participant {
        record_id: Option<String>,
        participant: Participant,
    },
    Pstn(PstnCallLogRow),
    DirectRouting(DirectRoutingLogRow),
    Sms(SmsLogRow),
    BlockedUser(PstnBlockedUserLogRow),
    Dialout(PstnDialoutReportRow),
    Notification(ChangeNotification),
    GraphError(GraphError),
    /// Valid JSON that is not call-record data: what was found.
    Unknown(String),
    /// An envelope (`{"value": [...]}`) or an array; `more` when `@odata.nextLink` was present.
    Page {
        items: Vec<Unit>,
        more: bool,
    },
}

/// Applies `$go!(Type, wrap)` for the Rust type and the [`Unit`] constructor of a kind.
macro_rules! by_kind {
    ($kind:expr, $record_id:expr, $go:ident) => {
        match $kind {
            ItemKind::Record => $go!(RecordWire, |x| Unit::Record(Box::new(x))),
            ItemKind::Session => $go!(Session, |session| Unit::Session { record_id: $record_id.clone(), session }),
            ItemKind::Participant => {
                $go!(Participant, |participant| Unit::Participant { record_id: $record_id.clone(), participant })
            }
            ItemKind::Pstn => $go!(PstnCallLogRow, Unit::Pstn),
            ItemKind::DirectRouting => $go!(DirectRoutingLogRow, Unit::DirectRouting),
            ItemKind::Sms => $go!(SmsLogRow, Unit::Sms),
            ItemKind::BlockedUser => $go!(PstnBlockedUserLogRow, Unit::BlockedUser),
            ItemKind::Dialout => $go!(PstnDialoutReportRow, Unit::Dialout),
            ItemKind::Notification => $go!(ChangeNotification, Unit::Notification),
            ItemKind::GraphError => $go!(GraphError, Unit::GraphError),
        }
    };
}

/// One item of a known kind.
fn item_unit<'de, D: Deserializer<'de>>(kind: ItemKind, record_id: &Option<String>, d: D) -> Result<Unit, D::Error> {
    macro_rules! one {
        ($t:ty, $wrap:expr) => {
            <$t>::deserialize(d).map($wrap)
        };
    }
    by_kind!(kind, record_id, one)
}

/// A page (`value` array) of items of a known kind.
fn page_unit<'de, D: Deserializer<'de>>(kind: ItemKind, record_id: &Option<String>, d: D) -> Result<Unit, D::Error> {
    macro_rules! many {
        ($t:ty, $wrap:expr) => {
            Page::<$t>::deserialize(d).map(|page| Unit::Page {
                more: page.next_link.is_some(),
                items: page.value.into_iter().map($wrap).collect(),
            })
        };
    }
    by_kind!(kind, record_id, many)
}

/// What an `@odata.context` says about the body: the kind of item, whether it is a collection,
/// and the call record a sessions or participants page belongs to.
#[derive(Clone, Debug, PartialEq)]
struct ContextHint {
    kind: ItemKind,
    collection: bool,
    record_id: Option<String>,
}

fn context_hint(context: &str) -> Option<ContextHint> {
    let fragment = context.rsplit_once("$metadata#").map_or(context, |(_, f)| f);
    let lower = fragment.to_ascii_lowercase();
    let entity = lower.ends_with("/$entity");
    for (name, kind) in [
        ("pstncalllogrow", ItemKind::Pstn),
        ("directroutinglogrow", ItemKind::DirectRouting),
        ("smslogrow", ItemKind::Sms),
        ("pstnblockeduserslogrow", ItemKind::BlockedUser),
        ("pstnonlinemeetingdialoutreport", ItemKind::Dialout),
    ] {
        if lower.contains(name) {
            return Some(ContextHint { kind, collection: lower.starts_with("collection("), record_id: None });
        }
    }
    let rest = lower.strip_prefix("communications/callrecords")?;
    // `callRecords('id')/sessions…` or `…/participants_v2…`: a page of one record.
    let record_id = fragment.split_once("('").and_then(|(_, tail)| tail.split_once("')")).map(|(id, _)| id.to_string());
    let after_id = rest.split_once("')").map(|(_, tail)| tail);
    match after_id {
        Some(tail) if tail.starts_with("/sessions") => {
            Some(ContextHint { kind: ItemKind::Session, collection: !entity, record_id })
        }
        Some(tail) if tail.starts_with("/participants_v2") => {
            Some(ContextHint { kind: ItemKind::Participant, collection: !entity, record_id })
        }
        Some(tail) if tail.starts_with("/organizer_v2") => {
            Some(ContextHint { kind: ItemKind::Participant, collection: false, record_id })
        }
        Some(_) => None,
        // `callRecords/$entity`, `callRecords(sessions(segments()))/$entity`, or the list.
        None => Some(ContextHint { kind: ItemKind::Record, collection: !entity, record_id: None }),
    }
}

/// The kind of a context-less object, from its keys.
fn classify_keys(keys: &[&str]) -> Option<ItemKind> {
    let has = |names: &[&str]| names.iter().any(|n| keys.contains(n));
    let kind = if has(&["error"]) && keys.len() <= 2 {
        ItemKind::GraphError
    } else if has(&["subscriptionId", "resourceData", "changeType", "lifecycleEvent"]) {
        ItemKind::Notification
    } else if has(&[
        "version",
        "type",
        "sessions",
        "organizer",
        "organizer_v2",
        "participants",
        "participants_v2",
        "joinWebUrl",
        "lastModifiedDateTime",
    ]) {
        ItemKind::Record
    } else if has(&["segments", "caller", "callee", "isTest", "failureInfo"]) {
        ItemKind::Session
    } else if has(&["smsId", "smsType", "smsUnits"]) {
        ItemKind::Sms
    } else if has(&["blockDateTime", "userBlockMode", "blockReason"]) {
        ItemKind::BlockedUser
    } else if has(&["totalCalls", "totalCallCharge", "totalCallSeconds"]) {
        ItemKind::Dialout
    } else if has(&[
        "correlationId",
        "finalSipCode",
        "trunkFullyQualifiedDomainName",
        "successfulCall",
        "inviteDateTime",
        "callEndSubReason",
    ]) {
        ItemKind::DirectRouting
    } else if has(&[
        "callId",
        "charge",
        "licenseCapability",
        "callDurationSource",
        "conferenceId",
        "inventoryType",
        "connectionCharge",
    ]) {
        ItemKind::Pstn
    } else if has(&["identity", "administrativeUnitInfos"]) {
        ItemKind::Participant
    } else if has(&["id"]) && has(&["startDateTime", "modalities"]) {
        // A shortened record (id, modalities, start, end) with nothing else.
        ItemKind::Record
    } else {
        return None;
    };
    Some(kind)
}

const ACCEPTED: &str = "Accepted: a call record (GET /communications/callRecords/{id}, with or without $expand), \
a list of call records, a sessions or participants_v2 page, getPstnCalls or getDirectRoutingCalls results \
(and the beta getSmsLog, getPstnBlockedUsersLog, getPstnOnlineMeetingDialoutReport), \
or a JSON array or JSON Lines of these.";

fn describe_keys(keys: &[&str]) -> String {
    if keys.is_empty() {
        return "an empty object {}".into();
    }
    let shown: Vec<String> = keys.iter().take(8).map(|k| format!("\"{k}\"")).collect();
    let more = if keys.len() > 8 { format!(" and {} more", keys.len() - 8) } else { String::new() };
    format!("an object with the keys {}{more}", shown.join(", "))
}

/// A top-level JSON value or an element of an array or page, read into a [`Unit`].
struct Doc(Unit);

/// How deep documents may nest in each other (arrays of arrays, envelopes in envelopes): call
/// records never need more, and the limit keeps the stack bounded whatever the input.
const MAX_DOC_DEPTH: usize = 8;
const TOO_DEEP: &str = "arrays or pages nested more than 8 deep";

thread_local! {
    static DOC_DEPTH: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
    /// Set when a parse stopped at [`MAX_DOC_DEPTH`], so the tolerant path knows why it failed
    /// without reading the error's text.
    static TOO_DEEP_HIT: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

impl<'de> Deserialize<'de> for Doc {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Level;
        impl Drop for Level {
            fn drop(&mut self) {
                DOC_DEPTH.with(|depth| depth.set(depth.get() - 1));
            }
        }
        let depth = DOC_DEPTH.with(|depth| {
            depth.set(depth.get() + 1);
            depth.get()
        });
        let _level = Level;
        if depth > MAX_DOC_DEPTH {
            TOO_DEEP_HIT.with(|hit| hit.set(true));
            return Err(de::Error::custom(TOO_DEEP));
        }
        d.deserialize_any(DocVisitor).map(Doc)
    }
}

struct DocVisitor;

impl<'de> Visitor<'de> for DocVisitor {
    type Value = Unit;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object or array")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Unit, A::Error> {
        let mut items = Vec::new();
        while let Some(Doc(unit)) = seq.next_element()? {
            items.push(unit);
        }
        Ok(Unit::Page { items, more: false })
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Unit, A::Error> {
        let Some(first) = map.next_key::<Cow<'de, str>>()? else {
            return Ok(Unit::Unknown(describe_keys(&[])));
        };
        let mut pairs: Vec<(Cow<'de, str>, &'de RawValue)> = Vec::new();
        if first == "@odata.context" {
            let context: Option<Cow<'de, str>> = map.next_value()?;
            if let Some(hint) = context.as_deref().and_then(context_hint) {
                let rest = MapAccessDeserializer::new(map);
                return if hint.collection {
                    page_unit(hint.kind, &hint.record_id, rest)
                } else {
                    item_unit(hint.kind, &hint.record_id, rest)
                };
            }
        } else {
            pairs.push((first, map.next_value()?));
        }
        while let Some(key) = map.next_key::<Cow<'de, str>>()? {
            pairs.push((key, map.next_value()?));
        }
        unit_from_pairs(pairs).map_err(de::Error::custom)
    }

    fn visit_str<E: de::Error>(self, _: &str) -> Result<Unit, E> {
        Ok(Unit::Unknown("a string".into()))
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Unit, E> {
        Ok(Unit::Unknown("a boolean".into()))
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Unit, E> {
        Ok(Unit::Unknown("a number".into()))
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Unit, E> {
        Ok(Unit::Unknown("a number".into()))
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Unit, E> {
        Ok(Unit::Unknown("a number".into()))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Unit, E> {
        Ok(Unit::Unknown("null".into()))
    }
}

/// A context-less object, given as its keys and raw values: an envelope, or an item classified
/// by its keys.
fn unit_from_pairs(pairs: Vec<(Cow<'_, str>, &RawValue)>) -> Result<Unit, serde_json::Error> {
    let keys: Vec<&str> = pairs.iter().map(|(k, _)| k.as_ref()).collect();
    if let Some((_, value)) = pairs.iter().find(|(k, _)| k == "value").filter(|(_, v)| v.get().starts_with('[')) {
        let more = keys.iter().any(|k| k.eq_ignore_ascii_case("@odata.nextLink"));
        let items: Vec<Doc> = serde_json::from_str(value.get())?;
        return Ok(Unit::Page { items: items.into_iter().map(|Doc(u)| u).collect(), more });
    }
    match classify_keys(&keys) {
        Some(kind) => {
            let map = de::value::MapDeserializer::new(pairs.into_iter().map(|(k, v)| (k.into_owned(), v)));
            item_unit(kind, &None, map)
        }
        None => Ok(Unit::Unknown(describe_keys(&keys))),
    }
}

// ---------------------------------------------------------------------------------------------
// Input bytes → UTF-8 text.

/// Decompresses gzip and converts UTF-16 / strips a BOM. `Err` is a message for the user.
fn decode(bytes: &[u8]) -> Result<Cow<'_, [u8]>, String> {
    if bytes.starts_with(&[0x1f, 0x8b]) {
        use std::io::Read;
        let mut out = Vec::new();
        flate2::read::MultiGzDecoder::new(bytes)
            .read_to_end(&mut out)
            .map_err(|e| format!("the file looks gzip-compressed but could not be decompressed: {e}"))?;
        return Ok(Cow::Owned(decode(&out)?.into_owned()));
    }
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return Ok(Cow::Borrowed(rest));
    }
    let utf16 = |rest: &[u8], little: bool| -> Result<Cow<'_, [u8]>, String> {
        let units = rest.chunks_exact(2).map(|c| {
            if little {
                u16::from_le_bytes([c[0], c[1]])
            } else {
                u16::from_be_bytes([c[0], c[1]])
            }
        });
        let text: String = char::decode_utf16(units).map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER)).collect();
        Ok(Cow::Owned(text.into_bytes()))
    };
    match bytes {
        [0xFF, 0xFE, rest @ ..] => utf16(rest, true),
        [0xFE, 0xFF, rest @ ..] => utf16(rest, false),
        // UTF-16 without a BOM: `{` or `[` followed by a zero byte.
        [b'{' | b'[', 0, ..] => utf16(bytes, true),
        [0, b'{' | b'[', ..] => utf16(bytes, false),
        _ => Ok(Cow::Borrowed(bytes)),
    }
}

// ---------------------------------------------------------------------------------------------
// Loading.

impl Dataset {
    /// Loads one source (a file or pasted text) into the dataset. Never panics: whatever cannot
    /// be read becomes a [`Diagnostic`].
    pub fn load(&mut self, name: &str, bytes: &[u8]) {
        let mut report = SourceReport { name: name.to_string(), bytes: bytes.len(), ..SourceReport::default() };
        let before = self.diagnostics.len();
        match decode(bytes) {
            Err(message) => self.diagnostics.push(Diagnostic::new(Kind::Undecodable, name, message)),
            Ok(text) if text.iter().all(u8::is_ascii_whitespace) => {
                self.diagnostics.push(Diagnostic::new(Kind::Empty, name, "the input is empty"));
            }
            Ok(bytes) => {
                let text = match std::str::from_utf8(&bytes)
                    .map(Cow::Borrowed)
                    .unwrap_or_else(|_| String::from_utf8_lossy(&bytes))
                {
                    Cow::Borrowed(text) => Cow::Borrowed(text),
                    Cow::Owned(text) => {
                        // One wrong byte (a name saved in another code page) should not lose the
                        // file: it is replaced, and the user is told where.
                        let at = std::str::from_utf8(&bytes).err().map_or(0, |e| e.valid_up_to());
                        let warning = "the text is not valid UTF-8 here: the bad bytes were replaced with \u{FFFD}; save the export as UTF-8";
                        self.diagnostics.push(Diagnostic::new(Kind::InvalidUtf8, name, warning).at(&bytes, at));
                        Cow::Owned(text)
                    }
                };
                let fast: Result<Vec<Unit>, _> =
                    serde_json::Deserializer::from_str(&text).into_iter::<Doc>().map(|r| r.map(|Doc(u)| u)).collect();
                let mut units = fast.unwrap_or_default();
                if units.is_empty() {
                    Tolerant { source: name, text: &text, diagnostics: &mut self.diagnostics, units: &mut units }.run();
                }
                for unit in units {
                    self.merge(unit, name, &mut report);
                }
            }
        }
        let errors = self.diagnostics[before..].iter().any(|d| d.severity == Severity::Error);
        let loaded = report.records
            + report.sessions
            + report.participants
            + report.pstn_rows
            + report.direct_routing_rows
            + report.other_rows;
        report.unreadable = errors && loaded == 0;
        self.sources.push(report);
    }

    /// Totals over everything loaded.
    pub fn counts(&self) -> Counts {
        let mut c = Counts {
            records: self.records.len(),
            pstn_rows: self.pstn_calls.len(),
            direct_routing_rows: self.direct_routing_calls.len(),
            sms_rows: self.sms_log.len(),
            blocked_user_rows: self.blocked_users.len(),
            dialout_report_rows: self.dialout_report.len(),
            ..Counts::default()
        };
        for segment in
            self.records.iter().flat_map(|r| &r.sessions).inspect(|_| c.sessions += 1).flat_map(|s| &s.segments)
        {
            c.segments += 1;
            c.media += segment.media.len();
            c.streams += segment.media.iter().map(|m| m.streams.len()).sum::<usize>();
        }
        c
    }

    /// The record with this id, if loaded.
    pub fn record(&self, id: &str) -> Option<&CallRecord> {
        self.record_index.get(id).map(|&i| &self.records[i])
    }

    /// True when nothing at all is loaded.
    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
            && self.pstn_calls.is_empty()
            && self.direct_routing_calls.is_empty()
            && self.sms_log.is_empty()
            && self.blocked_users.is_empty()
            && self.dialout_report.is_empty()
    }

    fn note(&mut self, kind: Kind, source: &str, message: String) {
        self.diagnostics.push(Diagnostic::new(kind, source, message));
    }

    /// The record for `id`, created as a placeholder when only its pages have been seen.
    fn record_slot(&mut self, id: &str) -> &mut CallRecord {
        let index = match self.record_index.get(id) {
            Some(&i) => i,
            None => {
                self.records.push(CallRecord { id: id.to_string(), placeholder: true, ..CallRecord::default() });
                self.record_index.insert(id.to_string(), self.records.len() - 1);
                self.records.len() - 1
            }
        };
        &mut self.records[index]
    }

    fn update_paging(&mut self, id: &str, f: impl FnOnce(&mut Paging)) {
        let paging = self.paging.entry(id.to_string()).or_default();
        f(paging);
        let p = *paging;
        let record = self.record_slot(id);
        record.more_sessions = p.sessions_next && !p.sessions_final;
        record.more_participants = p.participants_next && !p.participants_final;
    }

    fn merge(&mut self, unit: Unit, source: &str, report: &mut SourceReport) {
        match unit {
            Unit::Record(wire) => self.merge_record(*wire, source, report),
            Unit::Session { record_id, session } => {
                let id = self.page_owner(record_id, session.id.as_deref(), source);
                let record = self.record_slot(&id);
                record.sessions_loaded = true;
                upsert(&mut record.sessions, session, |s| s.id.clone());
                report.sessions += 1;
            }
            Unit::Participant { record_id, participant } => {
                let id = self.page_owner(record_id, None, source);
                let record = self.record_slot(&id);
                upsert(&mut record.participants_v2, participant, |p| {
                    p.id.clone().zip(p.identity.as_ref().and_then(IdentitySet::display_name))
                });
                report.participants += 1;
            }
            Unit::Pstn(row) => push_row(&mut self.pstn_calls, row, |r| r.id.clone(), &mut report.pstn_rows),
            Unit::DirectRouting(row) => {
                push_row(&mut self.direct_routing_calls, row, |r| r.id.clone(), &mut report.direct_routing_rows)
            }
            Unit::Sms(row) => {
                push_row(&mut self.sms_log, row, |r| r.sms_id.clone().or_else(|| r.id.clone()), &mut report.other_rows)
            }
            Unit::BlockedUser(row) => push_row(&mut self.blocked_users, row, |_| None, &mut report.other_rows),
            Unit::Dialout(row) => push_row(&mut self.dialout_report, row, |_| None, &mut report.other_rows),
            Unit::Notification(n) => {
                let id = n
                    .resource_data
                    .and_then(|r| r.id)
                    .or_else(|| n.resource.as_deref().and_then(|r| r.rsplit('/').next()).map(str::to_string));
                let what = match (n.lifecycle_event, n.change_type) {
                    (Some(event), _) => format!("a lifecycle notification ({event})"),
                    (None, Some(change)) => format!("a change notification (\"{change}\")"),
                    (None, None) => "a change notification".into(),
                };
                let id_text = id.map(|i| format!(" for call record {i}")).unwrap_or_default();
                self.note(
                    Kind::Notification,
                    source,
                    format!(
                        "This is {what}{id_text}: it only says that a record exists and holds no call data. \
                         Fetch the record with GET /communications/callRecords/{{id}}?$expand=sessions($expand=segments) \
                         (application permission CallRecords.Read.All) and load that response here."
                    ),
                );
            }
            Unit::GraphError(e) => {
                let body = e.error.unwrap_or_default();
                self.note(
                    Kind::GraphError,
                    source,
                    format!(
                        "This is an error response from Graph, not call data: {} — {}",
                        body.code.as_deref().unwrap_or("no code"),
                        body.message.as_deref().unwrap_or("no message")
                    ),
                );
            }
            Unit::Unknown(found) => {
                self.note(
                    Kind::UnknownShape,
                    source,
                    format!("Found {found}, which is not call-record data. {ACCEPTED}"),
                );
            }
            Unit::Page { items, more } => {
                let mut owners: Vec<(ItemKind, Option<String>)> = Vec::new();
                let mut unknown: Vec<(String, usize)> = Vec::new();
                for item in items {
                    if let Unit::Unknown(found) = item {
                        match unknown.iter_mut().find(|(f, _)| *f == found) {
                            Some((_, n)) => *n += 1,
                            None => unknown.push((found, 1)),
                        }
                        continue;
                    }
                    let owner = match &item {
                        Unit::Session { record_id, session } => {
                            Some((ItemKind::Session, record_id.clone().or_else(|| session.id.clone())))
                        }
                        Unit::Participant { record_id, .. } => Some((ItemKind::Participant, record_id.clone())),
                        Unit::Record(_) => Some((ItemKind::Record, None)),
                        Unit::Pstn(_)
                        | Unit::DirectRouting(_)
                        | Unit::Sms(_)
                        | Unit::BlockedUser(_)
                        | Unit::Dialout(_) => Some((ItemKind::Pstn, None)),
                        _ => None,
                    };
                    if let Some(owner) = owner.filter(|o| !owners.contains(o)) {
                        owners.push(owner);
                    }
                    self.merge(item, source, report);
                }
                for (found, count) in unknown {
                    let times = if count > 1 { format!(" ({count} items like it)") } else { String::new() };
                    self.note(
                        Kind::UnknownShape,
                        source,
                        format!("Found {found}{times}, which is not call-record data. {ACCEPTED}"),
                    );
                }
                self.finish_page(&owners, more, source);
            }
        }
    }

    /// After a page: which records now have all their sessions/participants, or more to come.
    fn finish_page(&mut self, owners: &[(ItemKind, Option<String>)], more: bool, source: &str) {
        for (kind, id) in owners {
            match (kind, id) {
                (ItemKind::Session, Some(id)) if self.record_index.contains_key(id) => {
                    self.update_paging(id, |p| if more { p.sessions_next = true } else { p.sessions_final = true });
                }
                (ItemKind::Participant, Some(id)) if self.record_index.contains_key(id) => {
                    self.update_paging(id, |p| if more { p.participants_next = true } else { p.participants_final = true });
                }
                (ItemKind::Record, _) if more => self.note(
                    Kind::MorePages,
                    source,
                    "This list of call records has more pages (@odata.nextLink): only the records in this page are loaded.".into(),
                ),
                (ItemKind::Pstn, _) if more => self.note(
                    Kind::MorePages,
                    source,
                    "This log has more pages (@odata.nextLink, 1,000 rows a page): only the rows in this page are loaded.".into(),
                ),
                _ => {}
            }
        }
    }

    /// The record a session or participant belongs to. Pages name it in `@odata.context`; without
    /// it, a session whose id is a loaded record's id goes there (Graph reuses the record id for
    /// peer-to-peer sessions), else to a placeholder.
    fn page_owner(&mut self, record_id: Option<String>, session_id: Option<&str>, source: &str) -> String {
        if let Some(id) = record_id {
            return id;
        }
        if let Some(id) = session_id.filter(|id| self.record_index.contains_key(*id)) {
            return id.to_string();
        }
        const ORPHANS: &str = "(no call record)";
        if !self.record_index.contains_key(ORPHANS) {
            self.note(
                Kind::PageWithoutRecord,
                source,
                "A sessions or participants page without \"@odata.context\" does not say which call record it belongs to: \
                 its items are shown under \"(no call record)\". Load the page as Graph returned it to join it to its record."
                    .into(),
            );
        }
        ORPHANS.to_string()
    }

    fn merge_record(&mut self, wire: RecordWire, source: &str, report: &mut SourceReport) {
        report.records += 1;
        let id = match wire.id.clone().filter(|id| !id.trim().is_empty()) {
            Some(id) => id,
            None => {
                let id = format!("(record without id #{})", self.records.len() + 1);
                self.note(Kind::MissingId, source, format!("A call record has no \"id\"; it is shown as {id}."));
                id
            }
        };
        let exists = self.record_index.contains_key(&id);
        let record = self.record_slot(&id);
        let (old_version, was_placeholder) = (record.version, record.placeholder);
        // The same record twice: the higher version's fields win; sessions and participants are
        // merged by id, the newer copy replacing the older.
        let newer = was_placeholder || wire.version.unwrap_or(i64::MIN) >= old_version.unwrap_or(i64::MIN);
        if newer {
            record.version = wire.version;
            record.call_type = wire.call_type;
            record.modalities = wire.modalities.unwrap_or_default();
            record.start = wire.start;
            record.end = wire.end;
            record.last_modified = wire.last_modified;
            record.join_web_url = wire.join_web_url;
            record.organizer = wire.organizer;
            record.participants = wire.participants;
            if wire.organizer_v2.is_some() {
                record.organizer_v2 = wire.organizer_v2;
            }
            record.placeholder = false;
        }
        let has_sessions = wire.sessions.is_some();
        let has_participants = wire.participants_v2.is_some();
        let sessions = wire.sessions.unwrap_or_default();
        if newer {
            upsert_all(&mut record.sessions, sessions, |s| s.id.clone());
        } else {
            // An older copy only adds sessions not seen yet (the first of any repeated id).
            let mut known: std::collections::HashSet<String> =
                record.sessions.iter().filter_map(|s| s.id.clone()).collect();
            let fresh: Vec<Session> =
                sessions.into_iter().filter(|s| s.id.as_ref().is_none_or(|id| known.insert(id.clone()))).collect();
            upsert_all(&mut record.sessions, fresh, |s| s.id.clone());
        }
        record.sessions_loaded |= has_sessions;
        upsert_all(&mut record.participants_v2, wire.participants_v2.unwrap_or_default(), |p| {
            p.id.clone().zip(p.identity.as_ref().and_then(IdentitySet::display_name))
        });
        if exists && !was_placeholder {
            let (old, new) =
                (old_version.map_or("?".into(), |v| v.to_string()), wire.version.map_or("?".into(), |v| v.to_string()));
            let kept = if newer { &new } else { &old };
            self.note(Kind::RecordSeenTwice, source, format!("Call record {} was loaded more than once (versions {old} and {new}): version {kept} is shown, sessions merged.", short_id(&id)));
        }
        if has_sessions {
            let more = wire.sessions_next_link.is_some();
            self.update_paging(&id, |p| if more { p.sessions_next = true } else { p.sessions_final = true });
        }
        if has_participants {
            let more = wire.participants_next_link.is_some();
            self.update_paging(&id, |p| if more { p.participants_next = true } else { p.participants_final = true });
        }
    }
}

/// `upsert` for many items, each key computed once (a hash index instead of a scan per item).
fn upsert_all<T, K: Eq + std::hash::Hash>(items: &mut Vec<T>, new: Vec<T>, key: impl Fn(&T) -> Option<K>) {
    let mut index: HashMap<K, usize> = HashMap::with_capacity(items.len() + new.len());
    for (at, item) in items.iter().enumerate() {
        if let Some(k) = key(item) {
            index.entry(k).or_insert(at);
        }
    }
    for item in new {
        match key(&item) {
            Some(k) => match index.get(&k) {
                Some(&at) => items[at] = item,
                None => {
                    index.insert(k, items.len());
                    items.push(item);
                }
            },
            None => items.push(item),
        }
    }
}

/// Inserts an item, replacing one with the same key (items without a key are always added).
fn upsert<T, K: PartialEq>(items: &mut Vec<T>, item: T, key: impl Fn(&T) -> Option<K>) {
    match key(&item).and_then(|k| items.iter().position(|i| key(i).as_ref() == Some(&k))) {
        Some(at) => items[at] = item,
        None => items.push(item),
    }
}

/// Adds a log row unless a row with the same id is already loaded (the same page twice).
fn push_row<T>(rows: &mut Vec<T>, row: T, id: impl Fn(&T) -> Option<String>, count: &mut usize) {
    *count += 1;
    if let Some(new_id) = id(&row) {
        if rows.iter().rev().take(5000).any(|r| id(r).as_deref() == Some(new_id.as_str())) {
            return;
        }
    }
    rows.push(row);
}

// ---------------------------------------------------------------------------------------------
// The tolerant path: only after the fast path failed.

/// Top-level values, pages and records read one at a time, so that one broken record is
/// reported and the others load.
struct Tolerant<'a> {
    source: &'a str,
    text: &'a str,
    diagnostics: &'a mut Vec<Diagnostic>,
    units: &'a mut Vec<Unit>,
}

/// Just enough of an envelope to split it into its items.
#[derive(Deserialize)]
struct SplitEnvelope<'a> {
    #[serde(rename = "@odata.context", default)]
    context: Option<Cow<'a, str>>,
    #[serde(rename = "@odata.nextLink", alias = "@odata.nextlink", default)]
    next_link: Option<IgnoredAny>,
    #[serde(borrow)]
    value: &'a RawValue,
}

/// The keys of an object, without reading the values.
struct Keys(Vec<String>);

impl<'de> Deserialize<'de> for Keys {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Keys;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Keys, A::Error> {
                let mut keys = Vec::new();
                while let Some(k) = map.next_key::<String>()? {
                    map.next_value::<IgnoredAny>()?;
                    keys.push(k);
                }
                Ok(Keys(keys))
            }
        }
        d.deserialize_map(V)
    }
}

#[derive(Deserialize)]
struct IdOnly {
    #[serde(default)]
    id: Option<String>,
}

/// How many syntax errors one source reports before it stops.
const MAX_SYNTAX_ERRORS: usize = 20;
/// How deep arrays of arrays are split into their elements.
const MAX_ARRAY_DEPTH: usize = 3;

impl Tolerant<'_> {
    fn offset_in_text(&self, raw: &RawValue) -> usize {
        (raw.get().as_ptr() as usize).saturating_sub(self.text.as_ptr() as usize)
    }

    fn error_at(&mut self, kind: Kind, offset: usize, message: String) {
        self.diagnostics.push(Diagnostic::new(kind, self.source, message).at(self.text.as_bytes(), offset));
    }

    /// Absolute offset of a serde_json error inside `raw`.
    fn error_offset(&self, raw: &RawValue, e: &serde_json::Error) -> usize {
        self.offset_in_text(raw) + offset_of(raw.get().as_bytes(), e.line(), e.column())
    }

    fn run(&mut self) {
        let mut start = 0;
        let mut syntax_errors = 0;
        while start < self.text.len() {
            let slice = &self.text[start..];
            let mut stream = serde_json::Deserializer::from_str(slice).into_iter::<&RawValue>();
            let mut unit_start;
            let error = loop {
                unit_start = stream.byte_offset();
                match stream.next() {
                    None => break None,
                    Some(Ok(raw)) => self.unit(raw, None, 0),
                    Some(Err(e)) => break Some(e),
                }
            };
            let Some(e) = error else { break };
            let offset = start + offset_of(slice.as_bytes(), e.line(), e.column());
            let unit_start =
                start + unit_start + slice[unit_start..].bytes().take_while(u8::is_ascii_whitespace).count();
            syntax_errors += 1;
            if syntax_errors > MAX_SYNTAX_ERRORS {
                self.diagnostics.push(Diagnostic::new(
                    Kind::TooManyErrors,
                    self.source,
                    format!("more than {MAX_SYNTAX_ERRORS} syntax errors: stopped reading"),
                ));
                break;
            }
            self.error_at(
                syntax_kind(&e),
                offset,
                format!("invalid JSON: {}", explain_syntax(&e, self.text.as_bytes(), offset)),
            );
            // JSON Lines: go on with the next line after the broken value's first line that
            // starts a value (at column 1); a single document stops.
            match next_line_start(self.text.as_bytes(), unit_start) {
                Some(next) => start = next,
                None => break,
            }
        }
    }

    /// One top-level value, or an element of an array (`depth` arrays deep).
    fn unit(&mut self, raw: &RawValue, hint: Option<&ContextHint>, depth: usize) {
        let text = raw.get();
        let mut doc_error = None;
        let mut too_deep = false;
        if hint.is_none() {
            TOO_DEEP_HIT.with(|hit| hit.set(false));
            match serde_json::from_str::<Doc>(text) {
                Ok(Doc(unit)) => return self.units.push(unit),
                Err(e) => doc_error = Some(e),
            }
            too_deep = TOO_DEEP_HIT.with(|hit| hit.replace(false));
        }
        // Arrays are split into their elements, a few levels deep (never recursing without bound).
        if text.starts_with('[') && depth < MAX_ARRAY_DEPTH && !too_deep {
            if let Ok(items) = serde_json::from_str::<Vec<&RawValue>>(text) {
                for item in items {
                    self.unit(item, hint, depth + 1);
                }
                return;
            }
        }
        if let Some(envelope) = serde_json::from_str::<SplitEnvelope>(text).ok().filter(|_| !too_deep) {
            if let Ok(items) = serde_json::from_str::<Vec<&RawValue>>(envelope.value.get()) {
                let hint = envelope.context.as_deref().and_then(context_hint);
                let mut page = Vec::new();
                std::mem::swap(self.units, &mut page);
                let total = items.len();
                for (index, item) in items.into_iter().enumerate() {
                    self.item(item, hint.as_ref(), Some((index, total)));
                }
                std::mem::swap(self.units, &mut page);
                self.units.push(Unit::Page { items: page, more: envelope.next_link.is_some() });
                return;
            }
        }
        // An array that could not be read, or anything nested beyond the limit, is reported
        // where it failed; objects go on to `item`, which names the field.
        if let Some(e) = doc_error.filter(|_| text.starts_with('[') || too_deep) {
            let offset = self.error_offset(raw, &e);
            let (kind, message) = if too_deep {
                (Kind::TooDeep, strip_position(&e))
            } else if e.is_syntax() || e.is_eof() {
                (syntax_kind(&e), format!("invalid JSON: {}", explain_syntax(&e, self.text.as_bytes(), offset)))
            } else {
                (Kind::SkippedItem, strip_position(&e))
            };
            return self.error_at(kind, offset, message);
        }
        self.item(raw, hint, None);
    }

    /// One item: parsed alone, with the field path of any error.
    fn item(&mut self, raw: &RawValue, hint: Option<&ContextHint>, position: Option<(usize, usize)>) {
        let text = raw.get();
        let record_id = hint.and_then(|h| h.record_id.clone());
        let kind = match hint.filter(|h| h.collection || position.is_none()).map(|h| h.kind) {
            Some(kind) => kind,
            None => match serde_json::from_str::<Keys>(text) {
                Ok(Keys(keys)) => {
                    let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
                    match classify_keys(&keys) {
                        Some(kind) => kind,
                        None => return self.units.push(Unit::Unknown(describe_keys(&keys))),
                    }
                }
                Err(_) => return self.units.push(Unit::Unknown(first_word(text))),
            },
        };
        let parse = |text: &str| {
            let mut de = serde_json::Deserializer::from_str(text);
            item_unit(kind, &record_id, &mut de).and_then(|u| de.end().map(|_| u))
        };
        let error = match parse(text) {
            Ok(unit) => return self.units.push(unit),
            Err(e) => e,
        };
        let inner = offset_of(text.as_bytes(), error.line(), error.column());
        let path = json_path_at(text, inner);
        let offset = self.offset_in_text(raw) + inner;
        let what = describe_item(kind, text, position);
        let message = strip_position(&error);
        if serde_json::from_str::<RepeatedKeys>(text).is_ok_and(|RepeatedKeys(repeated)| repeated) {
            // A repeated key: JSON allows it, serde's structs do not. Rewrite the item through a
            // generic tree (the last value wins) and read that.
            let again = serde_json::from_str::<serde_json::Value>(text).map(|v| v.to_string()).and_then(|t| parse(&t));
            if let Ok(unit) = again {
                self.error_at(
                    Kind::DuplicateKey,
                    offset,
                    format!("{what}: {message} at {path}; JSON allows repeated keys, so the last value was used"),
                );
                return self.units.push(unit);
            }
        }
        let kind = if error.is_syntax() || error.is_eof() { syntax_kind(&error) } else { Kind::SkippedItem };
        self.error_at(kind, offset, format!("{what} was skipped: {message} (at {path})"));
    }
}

/// A syntax error's kind: [`Kind::Truncated`] when the text ends inside a value.
fn syntax_kind(e: &serde_json::Error) -> Kind {
    if e.is_eof() {
        Kind::Truncated
    } else {
        Kind::Syntax
    }
}

/// Whether any object in a value repeats a key (read without building a tree).
struct RepeatedKeys(bool);

impl<'de> Deserialize<'de> for RepeatedKeys {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RepeatedKeys;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("any JSON value")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RepeatedKeys, A::Error> {
                let mut seen = std::collections::HashSet::new();
                let mut repeated = false;
                while let Some(key) = map.next_key::<Cow<'de, str>>()? {
                    repeated |= !seen.insert(key);
                    repeated |= map.next_value::<RepeatedKeys>()?.0;
                }
                Ok(RepeatedKeys(repeated))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<RepeatedKeys, A::Error> {
                let mut repeated = false;
                while let Some(RepeatedKeys(inner)) = seq.next_element()? {
                    repeated |= inner;
                }
                Ok(RepeatedKeys(repeated))
            }
            fn visit_bool<E>(self, _: bool) -> Result<RepeatedKeys, E> {
                Ok(RepeatedKeys(false))
            }
            fn visit_i64<E>(self, _: i64) -> Result<RepeatedKeys, E> {
                Ok(RepeatedKeys(false))
            }
            fn visit_u64<E>(self, _: u64) -> Result<RepeatedKeys, E> {
                Ok(RepeatedKeys(false))
            }
            fn visit_f64<E>(self, _: f64) -> Result<RepeatedKeys, E> {
                Ok(RepeatedKeys(false))
            }
            fn visit_str<E>(self, _: &str) -> Result<RepeatedKeys, E> {
                Ok(RepeatedKeys(false))
            }
            fn visit_unit<E>(self) -> Result<RepeatedKeys, E> {
                Ok(RepeatedKeys(false))
            }
        }
        d.deserialize_any(V)
    }
}

/// The JSON path (`sessions[0].segments[1].callee`) of the value at byte `offset` of an
/// object's text: the field an error is about.
fn json_path_at(text: &str, offset: usize) -> String {
    enum Frame {
        Object(Option<String>),
        Array(usize),
    }
    let bytes = text.as_bytes();
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    let mut last_string: Option<(usize, usize)> = None;
    // serde_json points at the last character it read: include it, unless it ends a value.
    let end = match bytes.get(offset) {
        Some(b',' | b'}' | b']') | None => offset.min(bytes.len()),
        Some(_) => offset + 1,
    };
    while i < end {
        match bytes[i] {
            b'"' => {
                let start = i + 1;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                last_string = Some((start, i.min(bytes.len())));
            }
            b':' => {
                if let (Some(Frame::Object(key)), Some((a, b))) = (stack.last_mut(), last_string) {
                    *key = text.get(a..b).map(str::to_string);
                }
            }
            b',' => match stack.last_mut() {
                Some(Frame::Array(n)) => *n += 1,
                Some(Frame::Object(key)) => *key = None,
                None => {}
            },
            b'{' => stack.push(Frame::Object(None)),
            b'[' => stack.push(Frame::Array(0)),
            b'}' | b']' => {
                stack.pop();
            }
            _ => {}
        }
        i += 1;
    }
    let mut path = String::new();
    for frame in &stack {
        match frame {
            Frame::Object(Some(key)) => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Frame::Object(None) => {}
            Frame::Array(n) => path.push_str(&format!("[{n}]")),
        }
    }
    if path.is_empty() {
        ".".into()
    } else {
        path
    }
}

/// "call record 3 of 12 (id e523d2ed)" and the like.
fn describe_item(kind: ItemKind, text: &str, position: Option<(usize, usize)>) -> String {
    let noun = match kind {
        ItemKind::Record => "call record",
        ItemKind::Session => "session",
        ItemKind::Participant => "participant",
        ItemKind::Pstn => "PSTN call row",
        ItemKind::DirectRouting => "Direct Routing call row",
        ItemKind::Sms => "SMS log row",
        ItemKind::BlockedUser => "blocked-user row",
        ItemKind::Dialout => "dial-out report row",
        ItemKind::Notification => "change notification",
        ItemKind::GraphError => "error response",
    };
    let mut text_out = noun.to_string();
    if let Some((index, total)) = position {
        text_out = format!("{noun} {} of {total}", index + 1);
    }
    if let Ok(IdOnly { id: Some(id) }) = serde_json::from_str::<IdOnly>(text) {
        text_out.push_str(&format!(" (id {id})"));
    }
    let mut chars = text_out.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

fn first_word(text: &str) -> String {
    match text.trim_start().chars().next() {
        Some('"') => "a string".into(),
        Some('[') => "an array".into(),
        Some('t' | 'f') => "a boolean".into(),
        Some('n') => "null".into(),
        _ => "a number".into(),
    }
}

/// serde_json's message without its " at line L column C" tail (we give our own position).
fn strip_position(e: &serde_json::Error) -> String {
    let text = e.to_string();
    match text.rfind(" at line ") {
        Some(at) => text[..at].to_string(),
        None => text,
    }
}

/// serde_json's syntax message in words an admin can act on, using the character at the spot.
fn explain_syntax(e: &serde_json::Error, text: &[u8], offset: usize) -> String {
    let message = strip_position(e);
    let at = text.get(offset).copied();
    let quotes = "JSON needs double quotes (\") around keys and strings, not single quotes";
    match (message.as_str(), at) {
        ("key must be a string", Some(b'}')) | ("expected value", Some(b']')) | ("trailing comma", _) => {
            "a trailing comma (a comma just before } or ]) is not allowed in JSON".into()
        }
        ("key must be a string" | "expected value", Some(b'\'')) => quotes.into(),
        ("expected value", Some(b'/')) => "comments are not allowed in JSON".into(),
        ("key must be a string", _) => "expected a key in double quotes".into(),
        ("expected value", _) => "expected a value (a string, number, object, array, true, false or null)".into(),
        ("expected ident", _) => "unexpected text: only true, false and null may appear without quotes".into(),
        ("expected `,` or `}`", _) => "expected `,` or `}`: is a comma missing between two properties?".into(),
        ("expected `,` or `]`", _) => "expected `,` or `]`: is a comma missing between two items?".into(),
        ("expected `:`", _) => "expected `:` after the key".into(),
        (m, _) if m.starts_with("EOF while parsing") => {
            let what =
                m.trim_start_matches("EOF while parsing").trim_start_matches(" a ").trim_start_matches(" an ").trim();
            format!(
                "the text ends inside {}: is the input cut off? ({m})",
                if what.is_empty() { "a value" } else { what }
            )
        }
        (m, _) if m.starts_with("control character") => {
            "a line break or control character inside a string (strings must be on one line; write \\n)".into()
        }
        _ => message,
    }
}

/// The start of the next line after `offset` that begins a JSON value (`{` or `[`).
fn next_line_start(text: &[u8], offset: usize) -> Option<usize> {
    let mut at = offset;
    loop {
        at += text.get(at..)?.iter().position(|&b| b == b'\n')? + 1;
        if matches!(text.get(at), Some(b'{' | b'[')) {
            return Some(at);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contexts() {
        let h = context_hint("https://graph.microsoft.com/v1.0/$metadata#communications/callRecords('e523d2ed-2966')/sessions(segments())").unwrap();
        assert_eq!(
            h,
            ContextHint { kind: ItemKind::Session, collection: true, record_id: Some("e523d2ed-2966".into()) }
        );
        let h = context_hint(
            "https://graph.microsoft.com/v1.0/$metadata#communications/callRecords(sessions(segments()))/$entity",
        )
        .unwrap();
        assert_eq!((h.kind, h.collection), (ItemKind::Record, false));
        let h = context_hint("https://graph.microsoft.com/v1.0/$metadata#communications/callRecords").unwrap();
        assert_eq!((h.kind, h.collection), (ItemKind::Record, true));
        let h = context_hint(
            "https://graph.microsoft.com/beta/$metadata#Collection(microsoft.graph.callRecords.directRoutingLogRow)",
        )
        .unwrap();
        assert_eq!((h.kind, h.collection), (ItemKind::DirectRouting, true));
        assert!(context_hint("https://graph.microsoft.com/v1.0/$metadata#users").is_none());
    }

    #[test]
    fn json_paths() {
        let text = r#"{"id":"r","sessions":[{"id":"s"},{"segments":[{"media":[{"streams":[{"a":1},{"averageJitter":12}]}]}]}]}"#;
        let at = text.find("12}").unwrap();
        assert_eq!(json_path_at(text, at), "sessions[1].segments[0].media[0].streams[1].averageJitter");
        let text = r#"{"k\"ey":{"x":[1,2,"a,b",{"y":true}]}}"#;
        assert_eq!(json_path_at(text, text.find("true").unwrap()), "k\\\"ey.x[3].y");
        assert_eq!(json_path_at("{}", 1), ".");
        let text = r#"{"id":"r","sessions":{"id":"s"}}"#;
        assert_eq!(json_path_at(text, text.find(":{").unwrap()), "sessions");
    }

    #[test]
    fn next_line_for_json_lines() {
        let text = b"{\"a\":1}\n{broken\n  {\n{\"b\":2}\n";
        assert_eq!(next_line_start(text, 9), Some(20));
        assert_eq!(next_line_start(text, 21), None);
    }

    #[test]
    fn utf16_and_bom() {
        let mut le = vec![0xFF, 0xFE];
        le.extend("{\"a\":1}".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(&*decode(&le).unwrap(), b"{\"a\":1}");
        assert_eq!(&*decode(b"\xEF\xBB\xBF[]").unwrap(), b"[]");
    }
}
