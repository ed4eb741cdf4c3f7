//! Identities (`identity`, `identitySet`, `communicationsIdentitySet`) and the display name
//! of who they are.
//!
//! Identity sets are open types: besides the documented kinds (user, guest, phone, …) payloads
//! carry `acsUser`, `spoolUser` and others not in the schema. Every object-valued key is kept as
//! an identity of that kind, so nothing a tenant sends is dropped. The display name follows
//! user → guest → phone → acsUser → spoolUser → applicationInstance → application → encrypted →
//! onPremises → device, then any other kind.

use crate::model::enums::EndpointType;
use crate::model::text::Text;
use serde::de::{self, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::Deserialize;
use std::fmt;

/// One identity (`microsoft.graph.identity` and its communications subtypes).
#[derive(Clone, Debug, Default, PartialEq, Deserialize, serde::Serialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Identity {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<Text>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub display_name: Option<Text>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tenant_id: Option<Text>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_principal_name: Option<Text>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<Text>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub application_type: Option<Text>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hidden: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub azure_communication_services_resource_id: Option<Text>,
}

fn non_empty(text: &Option<Text>) -> Option<&str> {
    text.as_deref().map(trim).filter(|t| !t.is_empty())
}

/// [`str::trim`], answered from the two end bytes when they are visible ASCII (names and ids
/// nearly always are; this is asked for every identity many times a record).
pub(crate) fn trim(text: &str) -> &str {
    let visible = |b: Option<&u8>| b.is_some_and(|b| b.is_ascii_graphic());
    if visible(text.as_bytes().first()) && visible(text.as_bytes().last()) {
        text
    } else {
        text.trim()
    }
}

impl Identity {
    /// The best name for this identity on its own, if it has any text at all.
    pub fn name(&self) -> Option<&str> {
        non_empty(&self.display_name)
            .or_else(|| non_empty(&self.user_principal_name))
            .or_else(|| non_empty(&self.email))
    }
}

/// The kind of an identity in a set: the key it was found under.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum IdentityKind {
    User,
    Guest,
    Phone,
    AcsUser,
    SpoolUser,
    AzureCommunicationServicesUser,
    ApplicationInstance,
    AcsApplicationInstance,
    SpoolApplicationInstance,
    Application,
    Encrypted,
    OnPremises,
    Device,
    AssertedIdentity,
    /// A key this viewer does not know, kept as sent.
    Other(String),
}

impl IdentityKind {
    fn from_key(key: &str) -> Self {
        match key {
            "user" => Self::User,
            "guest" => Self::Guest,
            "phone" => Self::Phone,
            "acsUser" => Self::AcsUser,
            "spoolUser" => Self::SpoolUser,
            "azureCommunicationServicesUser" => Self::AzureCommunicationServicesUser,
            "applicationInstance" => Self::ApplicationInstance,
            "acsApplicationInstance" => Self::AcsApplicationInstance,
            "spoolApplicationInstance" => Self::SpoolApplicationInstance,
            "application" => Self::Application,
            "encrypted" => Self::Encrypted,
            "onPremises" => Self::OnPremises,
            "device" => Self::Device,
            "assertedIdentity" => Self::AssertedIdentity,
            other => Self::Other(other.to_string()),
        }
    }

    /// The key as Graph spells it.
    pub fn key(&self) -> &str {
        match self {
            Self::User => "user",
            Self::Guest => "guest",
            Self::Phone => "phone",
            Self::AcsUser => "acsUser",
            Self::SpoolUser => "spoolUser",
            Self::AzureCommunicationServicesUser => "azureCommunicationServicesUser",
            Self::ApplicationInstance => "applicationInstance",
            Self::AcsApplicationInstance => "acsApplicationInstance",
            Self::SpoolApplicationInstance => "spoolApplicationInstance",
            Self::Application => "application",
            Self::Encrypted => "encrypted",
            Self::OnPremises => "onPremises",
            Self::Device => "device",
            Self::AssertedIdentity => "assertedIdentity",
            Self::Other(key) => key,
        }
    }

    /// A word for people, in the current language: "user", "phone", "resource account", … (a
    /// key Graph may add later as it is).
    pub fn label(&self) -> String {
        match self {
            Self::User => crate::t!("identity-kind-user"),
            Self::Guest => crate::t!("identity-kind-guest"),
            Self::Phone => crate::t!("identity-kind-phone"),
            Self::AcsUser | Self::AzureCommunicationServicesUser => crate::t!("identity-kind-acs-user"),
            Self::SpoolUser => crate::t!("identity-kind-spool-user"),
            Self::ApplicationInstance | Self::AcsApplicationInstance | Self::SpoolApplicationInstance => {
                crate::t!("identity-kind-resource-account")
            }
            Self::Application => crate::t!("identity-kind-application"),
            Self::Encrypted => crate::t!("identity-kind-encrypted"),
            Self::OnPremises => crate::t!("identity-kind-on-premises"),
            Self::Device => crate::t!("identity-kind-device"),
            Self::AssertedIdentity => crate::t!("identity-kind-asserted"),
            Self::Other(key) => key.clone(),
        }
    }

    /// Position in the display order (lower wins).
    fn rank(&self) -> u8 {
        match self {
            Self::User => 0,
            Self::Guest => 1,
            Self::Phone => 2,
            Self::AcsUser | Self::AzureCommunicationServicesUser => 3,
            Self::SpoolUser => 4,
            Self::ApplicationInstance | Self::AcsApplicationInstance | Self::SpoolApplicationInstance => 5,
            Self::Application => 6,
            Self::Encrypted => 7,
            Self::OnPremises => 8,
            Self::Device => 9,
            Self::AssertedIdentity => 10,
            Self::Other(_) => 11,
        }
    }
}

/// An identity set: every identity it holds, in the order sent, plus `endpointType`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct IdentitySet {
    pub identities: Vec<(IdentityKind, Identity)>,
    pub endpoint_type: Option<EndpointType>,
}

/// A map value that is an identity when it is an object, and nothing otherwise (null, a string…).
struct MaybeIdentity(Option<Identity>);

impl<'de> Deserialize<'de> for MaybeIdentity {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = MaybeIdentity;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an identity object or null")
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<MaybeIdentity, A::Error> {
                Identity::deserialize(de::value::MapAccessDeserializer::new(map)).map(|i| MaybeIdentity(Some(i)))
            }
            fn visit_unit<E: de::Error>(self) -> Result<MaybeIdentity, E> {
                Ok(MaybeIdentity(None))
            }
            fn visit_str<E: de::Error>(self, _: &str) -> Result<MaybeIdentity, E> {
                Ok(MaybeIdentity(None))
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<MaybeIdentity, E> {
                Ok(MaybeIdentity(None))
            }
            fn visit_i64<E: de::Error>(self, _: i64) -> Result<MaybeIdentity, E> {
                Ok(MaybeIdentity(None))
            }
            fn visit_u64<E: de::Error>(self, _: u64) -> Result<MaybeIdentity, E> {
                Ok(MaybeIdentity(None))
            }
            fn visit_f64<E: de::Error>(self, _: f64) -> Result<MaybeIdentity, E> {
                Ok(MaybeIdentity(None))
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, seq: A) -> Result<MaybeIdentity, A::Error> {
                IgnoredAny::deserialize(de::value::SeqAccessDeserializer::new(seq)).map(|_| MaybeIdentity(None))
            }
        }
        d.deserialize_any(V)
    }
}

impl<'de> Deserialize<'de> for IdentitySet {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = IdentitySet;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an identity set object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<IdentitySet, A::Error> {
                let mut set = IdentitySet::default();
                while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
                    if key.starts_with('@') {
                        map.next_value::<IgnoredAny>()?;
                    } else if key == "endpointType" {
                        set.endpoint_type = map.next_value::<Option<EndpointType>>()?;
                    } else if let MaybeIdentity(Some(identity)) = map.next_value()? {
                        let kind = IdentityKind::from_key(&key);
                        // A repeated key replaces the earlier value, as JSON parsers do.
                        set.identities.retain(|(k, _)| *k != kind);
                        set.identities.push((kind, identity));
                    }
                }
                Ok(set)
            }
        }
        d.deserialize_map(V)
    }
}

impl serde::Serialize for IdentitySet {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = s.serialize_map(None)?;
        for (kind, identity) in &self.identities {
            map.serialize_entry(kind.key(), identity)?;
        }
        if let Some(t) = &self.endpoint_type {
            map.serialize_entry("endpointType", t)?;
        }
        map.end()
    }
}

impl IdentitySet {
    /// The identity that stands for the set, by the display order.
    pub fn primary(&self) -> Option<&(IdentityKind, Identity)> {
        self.identities
            .iter()
            .min_by_key(|(kind, identity)| (kind.rank(), identity.name().is_none() && identity.id.is_none()))
    }

    /// The identities in the display order (a set is usually in that order already, and then
    /// nothing is copied).
    fn ordered(&self) -> impl Iterator<Item = &(IdentityKind, Identity)> {
        let in_order = self.identities.is_sorted_by_key(|(kind, _)| kind.rank());
        let sorted = (!in_order).then(|| {
            let mut sorted: Vec<_> = self.identities.iter().collect();
            sorted.sort_by_key(|(kind, _)| kind.rank());
            sorted
        });
        let direct = in_order.then(|| self.identities.iter());
        direct.into_iter().flatten().chain(sorted.into_iter().flatten())
    }

    /// The name the set itself gives (a display name, UPN or email), by the display order;
    /// `None` when it carries only ids.
    pub fn own_name(&self) -> Option<&str> {
        // A named identity wins over an unnamed one of a better kind.
        self.ordered().find_map(|(_, identity)| identity.name())
    }

    /// Who this is, for people; `None` when the set holds nothing that names anyone.
    pub fn display_name(&self) -> Option<String> {
        self.display_name_in(&Names::default())
    }

    /// Who this is, for people, with the names the rest of the record gives: a set that carries
    /// only an id (an auto attendant's `user` with `displayName: null`) is named by what
    /// `names` knows of that id, and by the id itself only when nothing in the record names it.
    pub fn display_name_in(&self, names: &Names) -> Option<String> {
        if let Some(name) = self.own_name() {
            return Some(name.to_string());
        }
        if let Some(name) = self.ordered().find_map(|(_, identity)| names.get(identity.id.as_deref()?)) {
            return Some(name.to_string());
        }
        self.id_label()
    }

    /// The set's name by an id when it has no name: a phone number, "User ca69ff3e".
    pub fn id_label(&self) -> Option<String> {
        self.ordered().find_map(|(kind, identity)| {
            let id = non_empty(&identity.id)?;
            let key = match kind {
                IdentityKind::Phone => return Some(id.to_string()),
                IdentityKind::Encrypted => return Some(crate::t!("identity-encrypted")),
                IdentityKind::User => "user",
                IdentityKind::Guest => "guest",
                IdentityKind::AcsUser | IdentityKind::AzureCommunicationServicesUser => "acs-user",
                IdentityKind::SpoolUser => "spool-user",
                IdentityKind::ApplicationInstance
                | IdentityKind::AcsApplicationInstance
                | IdentityKind::SpoolApplicationInstance => "resource-account",
                IdentityKind::Application => "application",
                IdentityKind::OnPremises => "on-premises",
                IdentityKind::Device => "device",
                IdentityKind::AssertedIdentity => "asserted",
                IdentityKind::Other(_) => "other",
            };
            Some(crate::t!("identity-by-id", kind = key, label = capitalise(&kind.label()), id = short_id(id)))
        })
    }

    /// The ids the set carries, in the display order.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.ordered().filter_map(|(_, identity)| non_empty(&identity.id))
    }

    /// True when the set holds no identity at all.
    pub fn is_empty(&self) -> bool {
        self.identities.is_empty()
    }

    /// The identity of a kind, if present.
    pub fn get(&self, kind: &IdentityKind) -> Option<&Identity> {
        self.identities.iter().find(|(k, _)| k == kind).map(|(_, i)| i)
    }
}

/// Who each identity id of one call record is: every id the record carries beside a name
/// (participants, organizer, any session's or segment's endpoint) mapped to that name, so an
/// identity that carries only an id is shown by the name the record gives it elsewhere. Built
/// once per record ([`crate::model::record::CallRecord::names`]); ids compare without regard
/// to ASCII case (Entra object ids are written both ways).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Names {
    by_id: rustc_hash::FxHashMap<String, String>,
}

impl Names {
    fn key(id: &str) -> String {
        trim(id).to_ascii_lowercase()
    }

    /// Learns `name` for `id`; the first name learnt for an id stays.
    pub fn learn(&mut self, id: &str, name: &str) {
        let (id, name) = (trim(id), trim(name));
        // Most ids are learnt many times (every session of a meeting names its organizer):
        // only a new one costs a copy.
        if !id.is_empty() && !name.is_empty() && self.get(id).is_none() {
            self.by_id.insert(Self::key(id), name.to_string());
        }
    }

    /// Learns every id of a set (and `also`, the id of the participant it belongs to) as the
    /// name the set gives; a set without a name teaches nothing.
    pub fn learn_set(&mut self, set: &IdentitySet, also: Option<&str>) {
        if let Some(name) = set.own_name() {
            for id in set.ids().chain(also) {
                self.learn(id, name);
            }
        }
    }

    /// Learns one identity's id as its name.
    pub fn learn_identity(&mut self, identity: &Identity) {
        if let (Some(id), Some(name)) = (non_empty(&identity.id), identity.name()) {
            self.learn(id, name);
        }
    }

    /// The name the record gives `id`.
    pub fn get(&self, id: &str) -> Option<&str> {
        let id = trim(id);
        let found = if id.bytes().any(|b| b.is_ascii_uppercase()) {
            self.by_id.get(&Self::key(id))
        } else {
            self.by_id.get(id)
        };
        found.map(String::as_str)
    }

    /// How many ids have a name.
    pub fn len(&self) -> usize {
        self.by_id.len()
    }

    /// True when no id has a name.
    pub fn is_empty(&self) -> bool {
        self.by_id.is_empty()
    }
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// The start of the id a call record without one is kept under (see [`missing_record_id`]).
const MISSING_ID_PREFIX: &str = "(record without id #";

/// The id a call record without one is kept under: `(record without id #3)` for the third record
/// loaded. Ids are keys (the URL, the search, the exports) and stay the same in every language;
/// [`id_text`] writes them in the current one.
pub fn missing_record_id(number: usize) -> String {
    format!("{MISSING_ID_PREFIX}{number})")
}

/// The record the sessions and participants of a page that names none are kept under.
pub const ORPHANS_ID: &str = "(no call record)";

/// An id as the page writes it: the placeholder ids above in the current language, any other
/// as it is.
pub fn id_text(id: &str) -> std::borrow::Cow<'_, str> {
    if id == ORPHANS_ID {
        return crate::t!("no-call-record").into();
    }
    match id.strip_prefix(MISSING_ID_PREFIX).and_then(|rest| rest.strip_suffix(')')).map(str::parse::<usize>) {
        Some(Ok(number)) => crate::t!("record-without-id", number = number).into(),
        _ => id.into(),
    }
}

/// The first 8 characters of a GUID-like id, enough to tell identities apart on screen (a
/// placeholder id whole).
pub fn short_id(id: &str) -> &str {
    if id.starts_with('(') {
        return id;
    }
    match id.char_indices().nth(8) {
        Some((end, _)) if id.len() > 13 => &id[..end],
        _ => id,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(json: &str) -> IdentitySet {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn placeholder_ids_are_keys_written_in_the_current_language() {
        use crate::i18n::{set_current, Lang};
        let id = missing_record_id(3);
        assert_eq!(short_id(&id), id, "kept whole");
        assert_eq!(id_text(&id), "(record without id #3)");
        assert_eq!(id_text(ORPHANS_ID), "(no call record)");
        set_current(Lang::PtBr);
        let (missing, orphans) = (id_text(&id).into_owned(), id_text(ORPHANS_ID).into_owned());
        set_current(Lang::En);
        assert_eq!(missing, "(registro sem id nº 3)");
        assert_eq!(orphans, "(sem registro de chamada)");
        assert_eq!(id_text("(record without id #x)"), "(record without id #x)", "not ours: as it is");
        assert_eq!(id_text("c4d7ac5b-d7b9-4f3e-a8b8-5fa7dcb4a4e5"), "c4d7ac5b-d7b9-4f3e-a8b8-5fa7dcb4a4e5");
    }

    #[test]
    fn user_wins_and_unknown_kinds_are_kept() {
        let s = set(r##"{"@odata.type":"#microsoft.graph.identitySet","acsUser":null,"spoolUser":null,
            "phone":{"id":"+5564981205182","displayName":null},"user":{"id":"a","displayName":"Abbie Wilkins","tenantId":"t"},
            "hologram":{"id":"h1","displayName":"Future thing"},"endpointType":"default"}"##);
        assert_eq!(s.display_name().as_deref(), Some("Abbie Wilkins"));
        assert_eq!(s.identities.len(), 3);
        assert!(s.get(&IdentityKind::Other("hologram".into())).is_some());
        assert_eq!(s.endpoint_type, Some(EndpointType::Default));
    }

    #[test]
    fn phone_number_when_nobody_is_named() {
        let s = set(r#"{"user":{"id":null,"displayName":null},"phone":{"id":"+12345678***"}}"#);
        assert_eq!(s.display_name().as_deref(), Some("+12345678***"));
    }

    #[test]
    fn bots_and_ids_never_give_an_empty_name() {
        let s = set(r#"{"application":{"id":"2ec3b8a0-1111-2222-3333-444455556666","displayName":"  "}}"#);
        assert_eq!(s.display_name().as_deref(), Some("Application 2ec3b8a0"));
        assert_eq!(set(r#"{"encrypted":{"id":"xyz"}}"#).display_name().as_deref(), Some("Encrypted identity"));
        assert_eq!(set(r#"{"user":{"id":null}}"#).display_name(), None);
        assert_eq!(set("{}").display_name(), None);
        // Written in the language shown; an unknown kind keeps Graph's key.
        crate::i18n::set_current(crate::i18n::Lang::Ru);
        assert_eq!(s.display_name().as_deref(), Some("Приложение 2ec3b8a0"));
        assert_eq!(set(r#"{"encrypted":{"id":"xyz"}}"#).display_name().as_deref(), Some("Зашифрованное удостоверение"));
        assert_eq!(set(r#"{"teamsBot":{"id":"b1"}}"#).id_label().as_deref(), Some("TeamsBot b1"));
        crate::i18n::set_current(crate::i18n::Lang::En);
    }

    #[test]
    fn an_id_only_set_is_named_by_what_the_record_knows_of_its_id() {
        let named = set(
            r#"{"applicationInstance":{"id":"CA69FF3E-1111-2222-3333-444455556666","displayName":"Contoso Main Line"}}"#,
        );
        let bare = set(r#"{"user":{"id":"ca69ff3e-1111-2222-3333-444455556666","displayName":null}}"#);
        assert_eq!(bare.display_name().as_deref(), Some("User ca69ff3e"));
        let mut names = Names::default();
        names.learn_set(&bare, None);
        assert!(names.is_empty(), "a set without a name teaches nothing");
        names.learn_set(&named, Some("participant-id"));
        assert_eq!(names.len(), 2);
        assert_eq!(names.get("participant-id"), Some("Contoso Main Line"));
        assert_eq!(bare.display_name_in(&names).as_deref(), Some("Contoso Main Line"));
        // The set's own name wins, and the first name learnt for an id stays.
        names.learn("participant-id", "Someone else");
        assert_eq!(names.get("participant-id"), Some("Contoso Main Line"));
        assert_eq!(named.display_name_in(&Names::default()).as_deref(), Some("Contoso Main Line"));
    }

    #[test]
    fn repeated_key_keeps_the_last() {
        let s = set(r#"{"user":{"displayName":"First"},"user":{"displayName":"Second"}}"#);
        assert_eq!(s.identities.len(), 1);
        assert_eq!(s.display_name().as_deref(), Some("Second"));
    }
}
