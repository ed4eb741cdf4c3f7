//! The wire types that exist only on the way in (a record as sent, pages, notifications,
//! Graph errors), [`Unit`], one thing read from the input, and the [`Shape`] of what is not
//! call-record data.

use crate::i18n::Arg;
use crate::model::datetime::{de_instant, UtcInstant};
use crate::model::enums::{CallType, Modality};
use crate::model::identity::IdentitySet;
use crate::model::lenient::de_integer;
use crate::model::logs::*;
use crate::model::record::{null_as_empty, Participant, Session};
use serde::de::{Deserializer, IgnoredAny};
use serde::Deserialize;

/// A callRecord as sent; becomes a [`CallRecord`].
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub(super) struct RecordWire {
    /// Sessions lost to syntax errors when the record was recovered from a broken file.
    #[serde(skip)]
    pub(super) lost_sessions: usize,
    pub(super) id: Option<String>,
    #[serde(deserialize_with = "de_integer")]
    pub(super) version: Option<i64>,
    #[serde(rename = "type")]
    pub(super) call_type: Option<CallType>,
    pub(super) modalities: Option<Vec<Modality>>,
    #[serde(rename = "startDateTime", deserialize_with = "de_instant")]
    pub(super) start: Option<UtcInstant>,
    #[serde(rename = "endDateTime", deserialize_with = "de_instant")]
    pub(super) end: Option<UtcInstant>,
    #[serde(rename = "lastModifiedDateTime", deserialize_with = "de_instant")]
    pub(super) last_modified: Option<UtcInstant>,
    pub(super) join_web_url: Option<String>,
    pub(super) organizer: Option<IdentitySet>,
    #[serde(deserialize_with = "null_as_empty")]
    pub(super) participants: Vec<IdentitySet>,
    #[serde(rename = "organizer_v2")]
    pub(super) organizer_v2: Option<Participant>,
    #[serde(rename = "participants_v2")]
    pub(super) participants_v2: Option<Vec<Participant>>,
    pub(super) sessions: Option<Vec<Session>>,
    #[serde(rename = "sessions@odata.nextLink")]
    pub(super) sessions_next_link: Option<IgnoredAny>,
    #[serde(rename = "participants_v2@odata.nextLink")]
    pub(super) participants_next_link: Option<IgnoredAny>,
}

/// `{"value": [...], "@odata.nextLink": ...}` of one known item type.
#[derive(Deserialize)]
#[serde(bound = "T: Deserialize<'de>")]
pub(super) struct Page<T> {
    #[serde(default, deserialize_with = "null_as_empty")]
    pub(super) value: Vec<T>,
    #[serde(rename = "@odata.nextLink", alias = "@odata.nextlink", default)]
    pub(super) next_link: Option<IgnoredAny>,
}

/// A Graph change notification (webhook body item): it names a record but holds no call data.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub(super) struct ChangeNotification {
    pub(super) change_type: Option<String>,
    pub(super) resource: Option<String>,
    pub(super) resource_data: Option<ResourceData>,
    pub(super) lifecycle_event: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub(super) struct ResourceData {
    pub(super) id: Option<String>,
}

/// `{"error": {"code": ..., "message": ...}}`: what Graph returns instead of data.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub(super) struct GraphError {
    pub(super) error: Option<GraphErrorBody>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub(super) struct GraphErrorBody {
    pub(super) code: Option<String>,
    pub(super) message: Option<String>,
}

/// The kinds of item the viewer knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(super) enum ItemKind {
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
pub(super) enum Unit {
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
    Unknown(Shape),
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
pub(super) fn item_unit<'de, D: Deserializer<'de>>(
    kind: ItemKind,
    record_id: &Option<String>,
    d: D,
) -> Result<Unit, D::Error> {
    macro_rules! one {
        ($t:ty, $wrap:expr) => {
            <$t>::deserialize(d).map($wrap)
        };
    }
    by_kind!(kind, record_id, one)
}

/// A page (`value` array) of items of a known kind.
pub(super) fn page_unit<'de, D: Deserializer<'de>>(
    kind: ItemKind,
    record_id: &Option<String>,
    d: D,
) -> Result<Unit, D::Error> {
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

/// What a value that is not call-record data looks like, for `diag-unknown-shape`: its
/// first keys (as they are in the file) or its JSON type.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(super) enum Shape {
    Object { keys: Vec<String>, more: usize },
    Empty,
    String,
    Array,
    Boolean,
    Null,
    Number,
}

/// How many of an object's keys a message names.
const KEYS_SHOWN: usize = 8;

impl Shape {
    pub(super) fn of_keys(keys: &[&str]) -> Shape {
        if keys.is_empty() {
            return Shape::Empty;
        }
        let shown = keys.iter().take(KEYS_SHOWN).map(|k| k.to_string()).collect();
        Shape::Object { keys: shown, more: keys.len().saturating_sub(KEYS_SHOWN) }
    }

    /// The shape of a value that is not an object, from its first character.
    pub(super) fn of_text(text: &str) -> Shape {
        match text.trim_start().chars().next() {
            Some('"') => Shape::String,
            Some('[') => Shape::Array,
            Some('t' | 'f') => Shape::Boolean,
            Some('n') => Shape::Null,
            _ => Shape::Number,
        }
    }

    /// The arguments of `diag-unknown-shape` (with `count`, how many items had it).
    pub(super) fn args(&self, count: usize) -> Vec<(&'static str, Arg)> {
        let (shape, keys, more) = match self {
            Shape::Object { keys, more } => {
                let shown: Vec<String> = keys.iter().map(|k| format!("\"{k}\"")).collect();
                ("object", shown.join(", "), *more)
            }
            Shape::Empty => ("empty", String::new(), 0),
            Shape::String => ("string", String::new(), 0),
            Shape::Array => ("array", String::new(), 0),
            Shape::Boolean => ("boolean", String::new(), 0),
            Shape::Null => ("null", String::new(), 0),
            Shape::Number => ("number", String::new(), 0),
        };
        vec![
            ("shape", Arg::from(shape)),
            ("keys", Arg::from(keys)),
            ("more", Arg::from(more)),
            ("count", Arg::from(count)),
        ]
    }
}
