//! The walk over the model that redacts it: every personal field of records, sessions,
//! segments, endpoints, networks, devices, feedback and log rows goes through the one
//! [`Mapping`], so a value has the same placeholder wherever it occurs; diagnostics and source
//! names are scrubbed of the values found. Ids that link the data (call, session and row ids)
//! are kept, and structure is untouched, so indexes into the redacted dataset are the same as
//! into the original.

use super::category::{Categories, Category, Kind};
use super::mapping::Mapping;
use super::placeholder::replace_names;
use crate::model::dataset::Keyed;
use crate::model::identity::{Identity, IdentityKind, IdentitySet};
use crate::model::record::{CallRecord, DeviceInfo, Endpoint, NetworkInfo, Participant};
use crate::model::{Dataset, Text};
use crate::sliced::Sliced;
use std::collections::HashMap;

/// A redacted dataset and the mapping that made it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Redacted {
    pub dataset: Dataset,
    pub mapping: Mapping,
}

/// `dataset` with the values of `categories` replaced. The original is not changed.
pub fn redact(dataset: &Dataset, categories: Categories) -> Redacted {
    Redacting::new(dataset, categories).run().finish()
}

/// [`redact`] a record at a time, for a caller that spreads the work over slices of its own
/// clock (the page, between frames): every record's display names read first (when names are
/// redacted: to find them inside device names), then the records redacted one by one, and the
/// log rows and the rest at [`Redacting::finish`]. Any slicing gives the same result.
pub struct Redacting<'a> {
    dataset: &'a Dataset,
    walker: Walker,
    names: bool,
    /// Records whose names are read (one more once the log rows' are), then those redacted.
    named: usize,
    walked: usize,
    /// The redacted records, unless only the mapping is wanted ([`Redacting::counting`]).
    keep: bool,
    records: Vec<CallRecord>,
}

impl<'a> Redacting<'a> {
    /// Nothing done yet.
    pub fn new(dataset: &'a Dataset, categories: Categories) -> Self {
        let names = categories.contains(Category::Names);
        let n = dataset.records.len();
        Redacting {
            dataset,
            walker: Walker { mapping: Mapping::new(categories), name_words: HashMap::new() },
            names,
            named: if names { 0 } else { n + 1 },
            walked: 0,
            keep: true,
            records: Vec::with_capacity(n),
        }
    }

    /// The same walk for the mapping alone ([`Redacting::into_mapping`]: what redacting would
    /// replace, for a preview): each redacted record is dropped as soon as it is walked.
    pub fn counting(dataset: &'a Dataset, categories: Categories) -> Self {
        Redacting { keep: false, records: Vec::new(), ..Redacting::new(dataset, categories) }
    }

    /// The redacted dataset (the records redacted so far: all of them once
    /// [`Sliced::is_done`]) and the mapping that made it.
    pub fn finish(self) -> Redacted {
        let Redacting { dataset, mut walker, records, .. } = self;
        let mut out = dataset.clone_without_records();
        out.records = records;
        walker.rest(&mut out);
        Redacted { dataset: out, mapping: walker.mapping }
    }

    /// The mapping alone (of [`Redacting::counting`], or of [`Redacting::new`] when the
    /// redacted data is not wanted after all): the log rows are walked on copies too.
    pub fn into_mapping(self) -> Mapping {
        let Redacting { dataset, mut walker, .. } = self;
        let mut rows = Dataset {
            pstn_calls: dataset.pstn_calls.clone(),
            direct_routing_calls: dataset.direct_routing_calls.clone(),
            sms_log: dataset.sms_log.clone(),
            blocked_users: dataset.blocked_users.clone(),
            dialout_report: dataset.dialout_report.clone(),
            ..Dataset::default()
        };
        walker.rest(&mut rows);
        walker.mapping
    }
}

/// A unit is a record's display names read (when names are redacted; the log rows' as one
/// more), or a record redacted.
impl Sliced for Redacting<'_> {
    fn step(&mut self) -> bool {
        let records = &self.dataset.records;
        if let Some(record) = records.get(self.named) {
            add_record_names(&mut self.walker.name_words, record);
            self.named += 1;
        } else if self.named == records.len() {
            add_row_names(&mut self.walker.name_words, self.dataset);
            self.named += 1;
        } else if let Some(record) = records.get(self.walked) {
            let mut copy = record.clone();
            self.walker.record(&mut copy);
            self.walked += 1;
            if self.keep {
                self.records.push(copy);
            }
        } else {
            return false;
        }
        true
    }

    /// Records read and redacted so far (each counts twice when names are redacted).
    fn done(&self) -> usize {
        let n = self.dataset.records.len();
        if self.names {
            self.named.min(n) + self.walked
        } else {
            self.walked
        }
    }

    /// [`Sliced::done`] once every record is redacted.
    fn total(&self) -> usize {
        self.dataset.records.len() * if self.names { 2 } else { 1 }
    }

    /// Every record redacted (and the log rows' names read, even when there is no record).
    fn is_done(&self) -> bool {
        self.named > self.dataset.records.len() && self.walked == self.dataset.records.len()
    }
}

impl Walker {
    /// Redacts what is not a record in `out` (log rows, diagnostics, source names) and rebuilds
    /// the indexes ingest keeps from the redacted records.
    fn rest(&mut self, out: &mut Dataset) {
        let categories = self.mapping.categories();
        let w = self;
        for row in &mut out.pstn_calls {
            w.user(&mut row.user_id, &mut row.user_principal_name, &mut row.user_display_name);
            w.all(Kind::Phone, [&mut row.caller_number, &mut row.callee_number]);
            w.all(
                Kind::Ip,
                [
                    &mut row.client_local_ip_v4_address,
                    &mut row.client_local_ip_v6_address,
                    &mut row.client_public_ip_v4_address,
                    &mut row.client_public_ip_v6_address,
                ],
            );
            w.one(Kind::ConferenceId, &mut row.conference_id);
            row.administrative_unit_infos.iter_mut().for_each(|u| w.one(Kind::UnitId, &mut u.id));
        }
        for row in &mut out.direct_routing_calls {
            w.user(&mut row.user_id, &mut row.user_principal_name, &mut row.user_display_name);
            w.all(Kind::Phone, [&mut row.caller_number, &mut row.callee_number]);
            w.one(Kind::Domain, &mut row.trunk_fully_qualified_domain_name);
            row.administrative_unit_infos.iter_mut().for_each(|u| w.one(Kind::UnitId, &mut u.id));
        }
        for row in &mut out.sms_log {
            w.user(&mut row.user_id, &mut row.user_principal_name, &mut row.user_display_name);
            w.all(Kind::Phone, [&mut row.source_number, &mut row.destination_number]);
        }
        for row in &mut out.blocked_users {
            w.user(&mut row.user_id, &mut row.user_principal_name, &mut row.user_display_name);
            w.one(Kind::Phone, &mut row.user_telephone_number);
        }
        for row in &mut out.dialout_report {
            w.user(&mut row.user_id, &mut row.user_principal_name, &mut row.user_display_name);
        }
        // What the user's file said about itself may quote any value: scrubbed of every value found.
        let mapping = &w.mapping;
        for diagnostic in &mut out.diagnostics {
            diagnostic.scrub_message(|text| mapping.scrub(text));
            diagnostic.source = mapping.scrub(&diagnostic.source);
            // The excerpt quotes the file's raw text, which may hold values the walk never saw (a
            // name inside an unreadable fragment): while redacting it is left out; the line and
            // column stay, and turning redaction off shows it again.
            if !categories.is_empty() {
                diagnostic.excerpt = None;
            }
        }
        for source in &mut out.sources {
            source.name = mapping.scrub(&source.name);
        }
        // The indexes ingest keeps for loading more: rebuilt from the redacted values, or dropped
        // (more is always loaded into the original, then redacted again).
        for (at, keyed) in out.participant_keys.iter_mut() {
            if let Some(record) = out.records.get(*at) {
                *keyed = Keyed::of(&record.participants_v2, |p| p.id.as_deref());
            }
        }
        out.row_keys.clear();
    }
}

/// Every word (three letters or more) of a display name, lower-cased → the name it is from
/// (the first seen), to find names inside device and driver names ("Kenji's AirPods").
fn add_name(words: &mut HashMap<String, String>, name: Option<&str>) {
    let Some(name) = name.map(str::trim).filter(|n| !n.is_empty() && !looks_like_phone(n)) else {
        return;
    };
    for word in name.split(|c: char| !c.is_alphabetic()).filter(|w| w.chars().count() >= 3) {
        words.entry(word.to_lowercase()).or_insert_with(|| name.to_string());
    }
}

/// The words of every display name in `record` ([`add_name`]).
fn add_record_names(words: &mut HashMap<String, String>, record: &CallRecord) {
    let mut add = |name: Option<&str>| add_name(words, name);
    let set = |set: &IdentitySet, add: &mut dyn FnMut(Option<&str>)| {
        set.identities.iter().for_each(|(_, i)| add(i.display_name.as_deref()));
    };
    for s in record.organizer.iter().chain(&record.participants) {
        set(s, &mut add);
    }
    for p in record.organizer_v2.iter().chain(&record.participants_v2) {
        if let Some(s) = &p.identity {
            set(s, &mut add);
        }
    }
    for session in &record.sessions {
        let segments = session.segments.iter().flat_map(|g| [&g.caller, &g.callee]);
        for endpoint in [&session.caller, &session.callee].into_iter().chain(segments).flatten() {
            if let Some(s) = &endpoint.identity {
                set(s, &mut add);
            }
            if let Some(i) = &endpoint.associated_identity {
                add(i.display_name.as_deref());
            }
        }
    }
}

/// The words of the display names of the PSTN and Direct Routing rows ([`add_name`]).
fn add_row_names(words: &mut HashMap<String, String>, dataset: &Dataset) {
    for name in dataset.pstn_calls.iter().map(|r| &r.user_display_name) {
        add_name(words, name.as_deref());
    }
    for name in dataset.direct_routing_calls.iter().map(|r| &r.user_display_name) {
        add_name(words, name.as_deref());
    }
}

/// A display name that is a phone number (PSTN callers often are): redacted as a number.
fn looks_like_phone(text: &str) -> bool {
    let t = text.trim();
    t.chars().filter(char::is_ascii_digit).count() >= 5
        && t.chars().all(|c| c.is_ascii_digit() || "+*-() .".contains(c))
}

struct Walker {
    mapping: Mapping,
    name_words: HashMap<String, String>,
}

impl Walker {
    /// Replaces the value (a record's [`Text`] or a log row's `String`) with its placeholder.
    fn one<T: AsRef<str> + From<String>>(&mut self, kind: Kind, value: &mut Option<T>) {
        if let Some(text) = value.as_ref() {
            if let Some(placeholder) = self.mapping.replace(kind, text.as_ref()) {
                *value = Some(placeholder.into());
            }
        }
    }

    fn all<T: AsRef<str> + From<String>, const N: usize>(&mut self, kind: Kind, values: [&mut Option<T>; N]) {
        values.into_iter().for_each(|v| self.one(kind, v));
    }

    /// A display name: a person's, or a number standing in for one.
    fn name<T: AsRef<str> + From<String>>(&mut self, value: &mut Option<T>) {
        let kind =
            if value.as_ref().is_some_and(|v| looks_like_phone(v.as_ref())) { Kind::Phone } else { Kind::Person };
        self.one(kind, value);
    }

    /// The three user columns of a log row.
    fn user(&mut self, id: &mut Option<String>, upn: &mut Option<String>, name: &mut Option<String>) {
        self.one(Kind::UserId, id);
        self.one(Kind::Account, upn);
        self.name(name);
    }

    /// A device or driver name, redacted only when a person's name is in it.
    fn hardware(&mut self, value: &mut Option<Text>) {
        let Some(text) = value.clone().filter(|_| !self.name_words.is_empty()) else { return };
        let (words, mapping) = (&self.name_words, &mut self.mapping);
        let replaced = replace_names(&text, &mut |word: &str| mapping.replace(Kind::Person, words.get(word)?));
        if let Some(placeholder) = replaced.and_then(|r| mapping.replace_with(Kind::NamedHardware, &text, |_| r)) {
            *value = Some(placeholder.into());
        }
    }

    fn identity(&mut self, kind: Option<&IdentityKind>, identity: &mut Identity) {
        let id_kind = match kind {
            Some(IdentityKind::Phone) => Kind::Phone,
            _ if identity.id.as_deref().is_some_and(looks_like_phone) => Kind::Phone,
            _ => Kind::UserId,
        };
        self.one(id_kind, &mut identity.id);
        self.name(&mut identity.display_name);
        self.one(Kind::TenantId, &mut identity.tenant_id);
        self.all(Kind::Account, [&mut identity.user_principal_name, &mut identity.email]);
        self.one(Kind::ResourceId, &mut identity.azure_communication_services_resource_id);
    }

    fn identity_set(&mut self, set: &mut IdentitySet) {
        for (kind, identity) in &mut set.identities {
            self.identity(Some(&*kind), identity);
        }
    }

    fn participant(&mut self, participant: &mut Participant) {
        self.one(Kind::ParticipantId, &mut participant.id);
        if let Some(set) = &mut participant.identity {
            self.identity_set(set);
        }
        participant.administrative_unit_infos.iter_mut().for_each(|u| self.one(Kind::UnitId, &mut u.id));
    }

    fn endpoint(&mut self, endpoint: &mut Endpoint) {
        if let Some(identity) = &mut endpoint.associated_identity {
            self.identity(None, identity);
        }
        if let Some(set) = &mut endpoint.identity {
            self.identity_set(set);
        }
        if let Some(feedback) = &mut endpoint.feedback {
            self.one(Kind::Feedback, &mut feedback.text);
        }
        self.one(Kind::Device, &mut endpoint.name);
        if let Some(agent) = &mut endpoint.user_agent {
            self.one(Kind::ResourceId, &mut agent.communication_service_id);
        }
    }

    fn network(&mut self, network: &mut NetworkInfo) {
        self.all(Kind::Ip, [&mut network.ip_address, &mut network.reflexive_ip_address, &mut network.relay_ip_address]);
        self.one(Kind::Subnet, &mut network.subnet);
        self.one(Kind::Mac, &mut network.mac_address);
        self.one(Kind::Bssid, &mut network.basic_service_set_identifier);
        self.one(Kind::Domain, &mut network.dns_suffix);
        self.hardware(&mut network.wifi_microsoft_driver);
        self.hardware(&mut network.wifi_vendor_driver);
        network.trace_route_hops.iter_mut().for_each(|hop| self.one(Kind::Ip, &mut hop.ip_address));
    }

    fn device(&mut self, device: &mut DeviceInfo) {
        self.hardware(&mut device.capture_device_name);
        self.hardware(&mut device.capture_device_driver);
        self.hardware(&mut device.render_device_name);
        self.hardware(&mut device.render_device_driver);
    }

    fn record(&mut self, record: &mut CallRecord) {
        self.one(Kind::JoinUrl, &mut record.join_web_url);
        for set in record.organizer.iter_mut().chain(&mut record.participants) {
            self.identity_set(set);
        }
        for participant in record.organizer_v2.iter_mut().chain(&mut record.participants_v2) {
            self.participant(participant);
        }
        for session in &mut record.sessions {
            for endpoint in [&mut session.caller, &mut session.callee].into_iter().flatten() {
                self.endpoint(endpoint);
            }
            for segment in &mut session.segments {
                for endpoint in [&mut segment.caller, &mut segment.callee].into_iter().flatten() {
                    self.endpoint(endpoint);
                }
                for media in &mut segment.media {
                    for network in [&mut media.caller_network, &mut media.callee_network].into_iter().flatten() {
                        self.network(network);
                    }
                    for device in [&mut media.caller_device, &mut media.callee_device].into_iter().flatten() {
                        self.device(device);
                    }
                }
            }
        }
    }
}
