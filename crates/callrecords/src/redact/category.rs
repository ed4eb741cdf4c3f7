//! What can be redacted: the five categories the user chooses from, and the kinds of value
//! inside them (each kind has its own placeholder sequence).

use serde::Serialize;

/// A group of values the user switches on or off together.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Category {
    /// Display names, user principal names, e-mail addresses, device names, names inside
    /// device and driver names.
    Names,
    /// Phone numbers, masked or not.
    Numbers,
    /// IP addresses (local, reflexive, relay, trace-route hops, PSTN clients), subnets, MAC
    /// addresses, BSSIDs, DNS suffixes, trunk names.
    Addresses,
    /// User, tenant, participant, administrative-unit, conference and resource ids, and join
    /// URLs. Call, session and log-row ids stay as they are: they name the call to Microsoft
    /// support and name no one.
    Ids,
    /// Feedback text people typed.
    FreeText,
}

impl Category {
    pub const ALL: [Category; 5] =
        [Category::Names, Category::Numbers, Category::Addresses, Category::Ids, Category::FreeText];

    /// The name in the URL and on the command line.
    pub fn key(self) -> &'static str {
        match self {
            Category::Names => "names",
            Category::Numbers => "numbers",
            Category::Addresses => "addresses",
            Category::Ids => "ids",
            Category::FreeText => "text",
        }
    }

    pub fn from_key(key: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.key().eq_ignore_ascii_case(key.trim()))
    }

    /// For people: "Names", "Phone numbers"…
    pub fn label(self) -> String {
        match self {
            Category::Names => crate::t!("redact-names"),
            Category::Numbers => crate::t!("redact-numbers"),
            Category::Addresses => crate::t!("redact-addresses"),
            Category::Ids => crate::t!("redact-ids"),
            Category::FreeText => crate::t!("redact-free-text"),
        }
    }

    /// What the category covers, for the switch's description.
    pub fn covers(self) -> String {
        match self {
            Category::Names => crate::t!("redact-names-covers"),
            Category::Numbers => crate::t!("redact-numbers-covers"),
            Category::Addresses => crate::t!("redact-addresses-covers"),
            Category::Ids => crate::t!("redact-ids-covers"),
            Category::FreeText => crate::t!("redact-free-text-covers"),
        }
    }

    fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

/// A set of categories.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct Categories(u8);

impl Categories {
    pub fn all() -> Categories {
        Category::ALL.into_iter().fold(Categories::default(), Categories::with)
    }

    pub fn with(self, category: Category) -> Categories {
        Categories(self.0 | category.bit())
    }

    pub fn without(self, category: Category) -> Categories {
        Categories(self.0 & !category.bit())
    }

    pub fn contains(self, category: Category) -> bool {
        self.0 & category.bit() != 0
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub fn iter(self) -> impl Iterator<Item = Category> {
        Category::ALL.into_iter().filter(move |c| self.contains(*c))
    }

    /// "names,numbers,…" (the URL and command-line form); empty for none.
    pub fn keys(self) -> String {
        self.iter().map(Category::key).collect::<Vec<_>>().join(",")
    }

    /// Parses [`Categories::keys`]; `all` means every category. Unknown names are errors.
    pub fn parse(text: &str) -> Result<Categories, String> {
        let mut set = Categories::default();
        for key in text.split(',').map(str::trim).filter(|k| !k.is_empty()) {
            if key.eq_ignore_ascii_case("all") {
                set = Categories::all();
                continue;
            }
            let category = Category::from_key(key).ok_or_else(|| {
                format!("unknown redaction category '{key}' (use {} or all)", Categories::all().keys())
            })?;
            set = set.with(category);
        }
        Ok(set)
    }
}

/// The kind of a value: each has its own numbering and placeholder shape.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// A display name: "Person 3".
    Person,
    /// A user principal name or e-mail address: "user3@redacted.invalid".
    Account,
    /// A device's own name (`endpoint.name`): "Device 2".
    Device,
    /// A device or driver name that carries a person's name: the name inside it is replaced.
    NamedHardware,
    Phone,
    Ip,
    Subnet,
    Mac,
    Bssid,
    /// A DNS suffix or a trunk's FQDN: "domain 1".
    Domain,
    UserId,
    TenantId,
    ParticipantId,
    UnitId,
    ConferenceId,
    ResourceId,
    JoinUrl,
    Feedback,
}

impl Kind {
    pub fn category(self) -> Category {
        match self {
            Kind::Person | Kind::Account | Kind::Device | Kind::NamedHardware => Category::Names,
            Kind::Phone => Category::Numbers,
            Kind::Ip | Kind::Subnet | Kind::Mac | Kind::Bssid | Kind::Domain => Category::Addresses,
            Kind::UserId
            | Kind::TenantId
            | Kind::ParticipantId
            | Kind::UnitId
            | Kind::ConferenceId
            | Kind::ResourceId
            | Kind::JoinUrl => Category::Ids,
            Kind::Feedback => Category::FreeText,
        }
    }

    /// The kinds whose values are looked up together: an id is one value whether it is sent as
    /// a user's id, a participant's or a tenant's (Graph often gives a participant its user's
    /// id), so it gets one placeholder, named after the kind it was first seen as.
    pub fn namespace(self) -> Kind {
        match self.category() {
            Category::Ids if self != Kind::JoinUrl => Kind::UserId,
            _ => self,
        }
    }

    /// Values of this kind are the same whatever their letter case (addresses, ids, accounts).
    pub fn ignores_case(self) -> bool {
        !matches!(self, Kind::Person | Kind::Device | Kind::NamedHardware | Kind::Feedback)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn categories_round_trip_through_their_keys() {
        let some = Categories::default().with(Category::Names).with(Category::Ids);
        assert_eq!(some.keys(), "names,ids");
        assert_eq!(Categories::parse("names, ids").unwrap(), some);
        assert_eq!(Categories::parse("all").unwrap(), Categories::all());
        assert_eq!(Categories::all().without(Category::Ids).iter().count(), 4);
        assert!(Categories::parse("names,secrets").unwrap_err().contains("secrets"));
        assert!(Categories::parse("").unwrap().is_empty());
    }

    #[test]
    fn every_kind_belongs_to_one_category() {
        assert_eq!(Kind::Phone.category(), Category::Numbers);
        assert_eq!(Kind::Bssid.category(), Category::Addresses);
        assert_eq!(Kind::JoinUrl.category(), Category::Ids);
        assert!(Kind::Account.ignores_case() && !Kind::Person.ignores_case());
    }
}
