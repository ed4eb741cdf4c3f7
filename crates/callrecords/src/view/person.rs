//! One person across the loaded calls: who took part in each call (for the calls page's
//! "Person" pick), and for the person picked, their calls and the poor streams they sent or
//! received.
//!
//! A person is who the page names: the display name an endpoint or participant is shown by
//! (with the record's other identities, [`CallRecord::names`]), compared without regard to
//! case, so the same person is one entry across records however each record spells their
//! identity (an `associatedIdentity` id in one, a `participants_v2` entry in another).
//! Service endpoints (conferencing servers, gateways) and endpoints that carry no identity at
//! all ("Teams user (unnamed)") are nobody in particular and are not listed.

use crate::judge::{RecordJudgement, Verdict};
use crate::model::identity::Names;
use crate::model::record::{CallRecord, Endpoint, EndpointKind};
use rustc_hash::FxHashMap;

/// One person's part in one call.
#[derive(Clone, Debug, PartialEq)]
pub struct Participation {
    /// What identifies the person across calls: the lower-case name ([`person_key`]).
    pub key: String,
    /// How the page names them.
    pub name: String,
    /// The call's poor streams they sent or received.
    pub poor_streams: usize,
}

/// The key of a person named `name`.
pub fn person_key(name: &str) -> String {
    name.trim().to_lowercase()
}

/// An endpoint that stands for someone: a participant endpoint with an identity.
fn someone(endpoint: &Endpoint) -> bool {
    let has_identity =
        endpoint.associated_identity.is_some() || endpoint.identity.as_ref().is_some_and(|set| !set.is_empty());
    has_identity && endpoint.kind() != EndpointKind::Service
}

/// Everyone who took part in `record`, in the order first seen (participants, then the
/// sessions' endpoints), each once, with the poor streams of `judgement` they sent or received.
pub fn participations(record: &CallRecord, judgement: &RecordJudgement) -> Vec<Participation> {
    let names: &Names = &judgement.names;
    let mut out: Vec<Participation> = Vec::new();
    // Where each key is in `out` (a meeting has hundreds of people, each seen many times).
    let mut at: FxHashMap<String, usize> = FxHashMap::default();
    let mut add = |name: String| {
        let key = person_key(&name);
        if !at.contains_key(&key) {
            at.insert(key.clone(), out.len());
            out.push(Participation { key, name, poor_streams: 0 });
        }
    };
    let listed = record.participants_v2.iter().chain(&record.organizer_v2).filter_map(|p| p.identity.as_ref());
    for set in listed.chain(&record.participants).chain(&record.organizer) {
        if let Some(name) = set.display_name_in(names) {
            add(name);
        }
    }
    for session in &record.sessions {
        let segment_ends = session.segments.iter().flat_map(|g| [&g.caller, &g.callee]);
        for endpoint in [&session.caller, &session.callee].into_iter().chain(segment_ends).flatten() {
            if someone(endpoint) {
                add(endpoint.display_name_in(names));
            }
        }
    }
    for poor in judgement.streams.iter().filter(|j| j.verdict == Verdict::Poor) {
        let Some(stream) = record.stream_at(poor.path) else { continue };
        let (from, to) = stream.sender_receiver();
        let mut keys: Vec<String> = [from, to]
            .into_iter()
            .flatten()
            .filter(|e| someone(e))
            .map(|e| person_key(&e.display_name_in(names)))
            .collect();
        keys.dedup();
        for key in keys {
            if let Some(&i) = at.get(&key) {
                out[i].poor_streams += 1;
            }
        }
    }
    out
}

/// One person across the loaded calls.
#[derive(Clone, Debug, PartialEq)]
pub struct Person {
    pub key: String,
    pub name: String,
    /// The loaded calls they took part in.
    pub calls: usize,
    /// The poor streams they sent or received, over those calls.
    pub poor_streams: usize,
}

impl Person {
    /// The person in the "Person" list: "Kenji Holloway (3 calls)".
    pub fn option_text(&self) -> String {
        crate::t!("person-option", name = self.name.as_str(), calls = self.calls)
    }

    /// Above the calls while one person is picked: "Calls with Kenji Holloway: 3 calls, 2 poor
    /// streams sent or received by them".
    pub fn chip_text(&self) -> String {
        crate::t!("person-chip", name = self.name.as_str(), calls = self.calls, poor = self.poor_streams)
    }
}

/// Everyone in `calls` (each call's [`participations`]: the overview rows' `people`), by name,
/// each with their calls and poor streams.
pub fn people<'a>(calls: impl IntoIterator<Item = &'a [Participation]>) -> Vec<Person> {
    // FxHash: std's SipHash over thousands of names was 11 ms of the render that ends a 1 GB load.
    let mut by_key: FxHashMap<&str, Person> = FxHashMap::default();
    for p in calls.into_iter().flatten() {
        let entry = by_key.entry(p.key.as_str()).or_insert_with(|| Person {
            key: p.key.clone(),
            name: p.name.clone(),
            calls: 0,
            poor_streams: 0,
        });
        entry.calls += 1;
        entry.poor_streams += p.poor_streams;
    }
    let mut people: Vec<Person> = by_key.into_values().collect();
    people.sort_by(|a, b| a.key.cmp(&b.key).then_with(|| a.name.cmp(&b.name)));
    people
}

/// The person of `key` among `people`.
pub fn find<'a>(people: &'a [Person], key: &str) -> Option<&'a Person> {
    people.iter().find(|p| p.key == key)
}

/// At most `most` of `people` to offer for what was typed (any case): with nothing typed, those
/// with the most poor streams, then the most calls; else everyone whose name holds the text,
/// names that start with it first, then by calls. A month of calls names thousands of people:
/// the page lists these, never everyone.
pub fn suggest<'a>(people: &'a [Person], typed: &str, most: usize) -> Vec<&'a Person> {
    let typed = person_key(typed);
    let mut found: Vec<(bool, &Person)> =
        people.iter().filter_map(|p| p.key.find(typed.as_str()).map(|at| (at != 0, p))).collect();
    if typed.is_empty() {
        found.sort_by(|(_, a), (_, b)| b.poor_streams.cmp(&a.poor_streams).then(b.calls.cmp(&a.calls)));
    } else {
        found.sort_by(|(a_later, a), (b_later, b)| a_later.cmp(b_later).then(b.calls.cmp(&a.calls)));
    }
    found.into_iter().take(most).map(|(_, p)| p).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(name: &str, calls: usize, poor_streams: usize) -> Person {
        Person { key: person_key(name), name: name.into(), calls, poor_streams }
    }

    #[test]
    fn suggestions_are_the_matches_best_first_and_never_more_than_asked() {
        let people = vec![
            person("Abbie Wilkins", 2, 0),
            person("Kenji Holloway", 9, 1),
            person("Owen Franklin", 1, 4),
            person("Wilma Kenjisdottir", 3, 0),
        ];
        let names = |found: Vec<&Person>| found.iter().map(|p| p.name.clone()).collect::<Vec<_>>();
        assert_eq!(names(suggest(&people, "", 2)), ["Owen Franklin", "Kenji Holloway"], "most poor streams first");
        assert_eq!(
            names(suggest(&people, "KENJI", 10)),
            ["Kenji Holloway", "Wilma Kenjisdottir"],
            "any case, prefix first"
        );
        assert_eq!(names(suggest(&people, " wil", 10)), ["Wilma Kenjisdottir", "Abbie Wilkins"]);
        assert!(suggest(&people, "nobody", 10).is_empty());
        assert_eq!(suggest(&people, "", 10).len(), 4);
    }
}
