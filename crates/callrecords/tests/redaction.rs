//! Redaction is complete, consistent and reversible only with the mapping, on every corpus
//! file, the page's example and a synthetic export: the values to hide are found here from the
//! raw JSON by key, independently of the redaction walk, and none may survive in the redacted
//! model or in anything made from it (the Graph-shaped JSON, the summary JSON and text, the
//! HTML report, the four CSV tables).

use callrecords::export::{calls_csv, direct_routing_csv, pstn_csv, streams_csv};
use callrecords::ingest::ingest;
use callrecords::judge::{judge_record, RuleSet};
use callrecords::model::datetime::UtcInstant;
use callrecords::model::graph_json::to_graph_json;
use callrecords::model::Dataset;
use callrecords::redact::{redact, Categories, Category, Redacting};
use callrecords::report::{report, ReportOptions};
use callrecords::sliced::Sliced;
use callrecords::summary::{summarise_with, summarize_call};
use serde_json::Value;

mod common;
use common::{corpus_bytes, corpus_dir};

/// Keys whose string values name a person, a number, an address or a user.
const PERSONAL_KEYS: &[&str] = &[
    "displayName",
    "userPrincipalName",
    "email",
    "tenantId",
    "ipAddress",
    "subnet",
    "reflexiveIPAddress",
    "relayIPAddress",
    "macAddress",
    "dnsSuffix",
    "basicServiceSetIdentifier",
    "joinWebUrl",
    "userId",
    "userDisplayName",
    "callerNumber",
    "calleeNumber",
    "sourceNumber",
    "destinationNumber",
    "userTelephoneNumber",
    "conferenceId",
    "trunkFullyQualifiedDomainName",
    "clientLocalIpV4Address",
    "clientLocalIpV6Address",
    "clientPublicIpV4Address",
    "clientPublicIpV6Address",
];

/// Objects whose `id` is a person's (or a phone's) identity.
const IDENTITY_KEYS: &[&str] = &[
    "user",
    "guest",
    "phone",
    "application",
    "applicationInstance",
    "acsUser",
    "spoolUser",
    "acsApplicationInstance",
    "spoolApplicationInstance",
    "azureCommunicationServicesUser",
    "encrypted",
    "onPremises",
    "assertedIdentity",
    "associatedIdentity",
];

fn collect(value: &Value, parent: &str, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, v) in map {
                match v {
                    Value::String(s) if PERSONAL_KEYS.contains(&key.as_str()) => out.push(s.clone()),
                    Value::String(s) if key == "id" && IDENTITY_KEYS.contains(&parent) => out.push(s.clone()),
                    // An endpoint's device name, and feedback text.
                    Value::String(s) if key == "name" && map.contains_key("userAgent") => out.push(s.clone()),
                    Value::String(s) if key == "text" && map.contains_key("rating") => out.push(s.clone()),
                    _ => collect(v, key, out),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| collect(v, parent, out)),
        _ => {}
    }
}

/// The personal values of a file, found by key; short values (a country code) are too
/// common to search for.
fn personal_values(json: &[u8]) -> Vec<String> {
    let mut out = Vec::new();
    if let Ok(value) = serde_json::from_slice::<Value>(json) {
        collect(&value, "", &mut out);
    }
    out.retain(|v| v.trim().chars().count() >= 4);
    out.sort();
    out.dedup();
    out
}

/// Everything made from a dataset, as one text.
fn everything(dataset: &Dataset) -> String {
    let rules = RuleSet::cqd_current();
    let mut text = format!("{dataset:?}\n{}\n", to_graph_json(dataset));
    text.push_str(&serde_json::to_string(&summarise_with(dataset, &rules)).unwrap());
    for record in &dataset.records {
        let judgement = judge_record(record, &rules);
        text.push_str(&summarize_call(record, &judgement, &[]));
    }
    let options = ReportOptions { rules: &rules, redaction: String::new(), exported: UtcInstant(0) };
    let all: Vec<usize> = (0..dataset.records.len()).collect();
    text.push_str(&report(dataset, &all, &options));
    for csv in
        [streams_csv(dataset, &rules), calls_csv(dataset, &rules), pstn_csv(dataset), direct_routing_csv(dataset)]
    {
        text.push_str(&csv);
    }
    text.to_lowercase()
}

fn sources() -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(corpus_dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".json"))
        .map(|n| (n.clone(), corpus_bytes(&n)))
        .collect();
    out.push(("example.json".into(), callrecords::synth::example_json().into_bytes()));
    out.push(("synth.json".into(), callrecords::synth::export(7, 120_000).json.into_bytes()));
    out
}

#[test]
fn no_personal_value_survives_anywhere() {
    let mut checked = 0usize;
    for (name, bytes) in sources() {
        let originals = personal_values(&bytes);
        let dataset = ingest([(name.as_str(), bytes.as_slice())]);
        let redacted = redact(&dataset, Categories::all());
        let out = everything(&redacted.dataset);
        for value in &originals {
            assert!(!out.contains(&value.trim().to_lowercase()), "{name}: {value:?} survives redaction");
        }
        // The same check fails without redaction: the values are really there.
        let plain = everything(&dataset);
        checked += originals.iter().filter(|v| plain.contains(&v.trim().to_lowercase())).count();
    }
    assert!(checked > 500, "only {checked} values were there to hide");
}

/// Walks two Graph-shaped documents side by side: where a string differs, the redacted one must
/// be the placeholder the mapping gives for the original. Returns how many differed.
fn compare(original: &Value, redacted: &Value, back: &dyn Fn(&str) -> Option<String>) -> usize {
    match (original, redacted) {
        (Value::String(a), Value::String(b)) if a != b => {
            assert_eq!(back(b).as_deref(), Some(a.as_str()), "{b:?} does not reverse to {a:?}");
            1
        }
        (Value::Object(a), Value::Object(b)) => {
            assert_eq!(a.keys().collect::<Vec<_>>(), b.keys().collect::<Vec<_>>());
            a.iter().map(|(k, v)| compare(v, &b[k], back)).sum()
        }
        (Value::Array(a), Value::Array(b)) => {
            assert_eq!(a.len(), b.len());
            a.iter().zip(b).map(|(x, y)| compare(x, y, back)).sum()
        }
        (a, b) => {
            assert_eq!(a, b, "redaction changed a value that is not text");
            0
        }
    }
}

#[test]
fn redacted_a_record_at_a_time_as_in_one_go() {
    let all: Vec<(String, Vec<u8>)> = sources();
    let dataset = ingest(all.iter().map(|(n, b)| (n.as_str(), b.as_slice())));
    assert!(dataset.records.len() > 10 && !dataset.pstn_calls.is_empty());
    for categories in [Categories::all(), Categories::default().with(Category::Numbers), Categories::default()] {
        let whole = redact(&dataset, categories);
        let mut redacting = Redacting::new(&dataset, categories);
        let mut steps = 1;
        while !redacting.step_while(|| false) {
            steps += 1;
            assert!(redacting.done() <= redacting.total());
        }
        assert_eq!(redacting.done(), redacting.total());
        let names = usize::from(categories.contains(Category::Names));
        // A step a record (twice with names: read, then redacted), and one for the log rows' names.
        assert_eq!(steps, dataset.records.len() * (1 + names) + names, "{categories:?}");
        assert!(redacting.finish() == whole, "{categories:?}: sliced and whole differ");
        // Counting only (the preview): the same mapping, no redacted copy kept.
        let mut counting = Redacting::counting(&dataset, categories);
        while !counting.step_while(|| false) {}
        assert!(counting.into_mapping() == whole.mapping, "{categories:?}: the preview's mapping differs");
    }
}

#[test]
fn redaction_reverses_only_with_the_mapping() {
    let mut replaced = 0;
    for (name, bytes) in sources() {
        let dataset = ingest([(name.as_str(), bytes.as_slice())]);
        let redacted = redact(&dataset, Categories::all());
        let original: Value = serde_json::from_str(&to_graph_json(&dataset)).unwrap();
        let after: Value = serde_json::from_str(&to_graph_json(&redacted.dataset)).unwrap();
        let mapping = &redacted.mapping;
        let back = |p: &str| mapping.original(p).map(str::to_string);
        replaced += compare(&original, &after, &back);
    }
    assert!(replaced > 500, "{replaced}");
}

#[test]
fn one_value_one_placeholder_across_records_sessions_and_log_rows() {
    let record = r##"{"id":"c1","type":"peerToPeer","startDateTime":"2024-03-01T10:00:00Z","endDateTime":"2024-03-01T10:05:00Z",
      "organizer":{"user":{"id":"u-1","displayName":"Kenji Holloway","tenantId":"t-1"}},
      "participants":[{"user":{"id":"u-1","displayName":"Kenji Holloway"}},{"phone":{"id":"+14255550100"}}],
      "sessions":[{"id":"s1","caller":{"@odata.type":"#microsoft.graph.callRecords.participantEndpoint",
        "identity":{"user":{"id":"u-1","displayName":"Kenji Holloway"}},"name":"KENJI-LAPTOP"},
        "callee":{"identity":{"phone":{"id":"+1 425 555 0100"}}},
        "segments":[{"id":"g1","media":[{"label":"main-audio",
          "callerNetwork":{"ipAddress":"10.0.0.4","subnet":"10.0.0.0","reflexiveIPAddress":"52.1.2.3"},
          "callerDevice":{"captureDeviceName":"Kenji's AirPods"},
          "calleeNetwork":{"ipAddress":"10.0.0.4"}}]}]}]}"##;
    let pstn = r#"{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#Collection(microsoft.graph.callRecords.pstnCallLogRow)",
      "value":[{"id":"p1","callId":"c1","userId":"U-1","userDisplayName":"Kenji Holloway","calleeNumber":"+14255550100",
        "startDateTime":"2024-03-01T10:00:10Z","endDateTime":"2024-03-01T10:04:00Z"}]}"#;
    let dataset = ingest([("r.json", record.as_bytes()), ("p.json", pstn.as_bytes())]);
    let r = redact(&dataset, Categories::all());
    let rec = &r.dataset.records[0];
    let organizer = &rec.organizer.as_ref().unwrap().identities[0].1;
    assert_eq!(organizer.display_name.as_deref(), Some("Person 1"));
    assert_eq!(organizer.id.as_deref(), Some("user-id-1"));
    assert_eq!(organizer.tenant_id.as_deref(), Some("tenant-id-1"));
    let caller = rec.sessions[0].caller.as_ref().unwrap();
    assert_eq!(caller.identity.as_ref().unwrap().identities[0].1.display_name.as_deref(), Some("Person 1"));
    assert_eq!(caller.name.as_deref(), Some("Device 1"));
    let callee_phone = &rec.sessions[0].callee.as_ref().unwrap().identity.as_ref().unwrap().identities[0].1;
    assert_eq!(callee_phone.id.as_deref(), Some("+1 ••• 0001"));
    let media = &rec.sessions[0].segments[0].media[0];
    let net = media.caller_network.as_ref().unwrap();
    assert_eq!(net.ip_address.as_deref(), Some("private address 1"));
    assert_eq!(media.callee_network.as_ref().unwrap().ip_address.as_deref(), Some("private address 1"));
    assert_eq!(net.subnet.as_deref(), Some("private subnet 1"));
    assert_eq!(net.reflexive_ip_address.as_deref(), Some("public IPv4 address 2"));
    assert_eq!(media.caller_device.as_ref().unwrap().capture_device_name.as_deref(), Some("[Person 1]'s AirPods"));
    let row = &r.dataset.pstn_calls[0];
    assert_eq!(row.user_display_name.as_deref(), Some("Person 1"));
    assert_eq!(row.user_id.as_deref(), Some("user-id-1"), "ids match whatever their case");
    assert_eq!(row.callee_number.as_deref(), Some("+1 ••• 0001"));
    assert_eq!(row.call_id.as_deref(), Some("c1"), "call ids stay: they link and name no one");
    assert_eq!(rec.id, "c1");
    // The preview's counts: one person in six places (five names and one inside a device name).
    let names = r.mapping.report(Category::Names);
    assert_eq!(names.samples[0].original, "Kenji Holloway");
    assert_eq!(names.values, 3, "the person, the device, the device name holding the person");
    assert_eq!(r.mapping.report(Category::Numbers).occurrences, 3);
}

#[test]
fn only_the_chosen_categories_change() {
    let bytes = corpus_bytes("v1.0-get-callrecord-expanded-legacy.json");
    let dataset = ingest([("f.json", bytes.as_slice())]);
    let only_addresses = redact(&dataset, Categories::default().with(Category::Addresses));
    let text = format!("{:?}", only_addresses.dataset);
    assert!(only_addresses.mapping.report(Category::Addresses).values > 0);
    assert_eq!(only_addresses.mapping.report(Category::Names).values, 0);
    let names = dataset.records[0].participant_names();
    assert!(!names.is_empty() && names.iter().all(|n| text.contains(n.as_str())), "names stay: {names:?}");
    assert_eq!(redact(&dataset, Categories::default()).dataset, dataset, "nothing chosen, nothing changed");
}

#[test]
fn the_redacted_json_opens_in_the_viewer_as_the_redacted_model() {
    for (name, bytes) in sources() {
        let dataset = ingest([(name.as_str(), bytes.as_slice())]);
        let redacted = redact(&dataset, Categories::all()).dataset;
        let written = to_graph_json(&redacted);
        let reloaded = ingest([("redacted.json", written.as_bytes())]);
        assert_eq!(reloaded.counts(), redacted.counts(), "{name}");
        assert_eq!(reloaded.records, redacted.records, "{name}: records differ after a round trip");
        assert_eq!(reloaded.pstn_calls, redacted.pstn_calls, "{name}");
        assert_eq!(reloaded.direct_routing_calls, redacted.direct_routing_calls, "{name}");
    }
}

#[test]
fn log_links_are_made_on_the_data_as_loaded_and_say_only_placeholders() {
    use callrecords::calllogs::{link_dataset, MatchOptions};
    let record = r#"{"id":"c1","type":"peerToPeer","startDateTime":"2024-03-01T10:00:00Z","endDateTime":"2024-03-01T10:05:00Z",
      "participants":[{"user":{"id":"u-1","displayName":"Kenji Holloway","userPrincipalName":"kenji@contoso.com"}},
        {"phone":{"id":"+14255550100"}}]}"#;
    let pstn = r#"{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#Collection(microsoft.graph.callRecords.pstnCallLogRow)",
      "value":[{"id":"p1","userPrincipalName":"Kenji@contoso.com","startDateTime":"2024-03-01T10:00:10Z","endDateTime":"2024-03-01T10:04:00Z"},
        {"id":"p2","calleeNumber":"+1425555****","startDateTime":"2024-03-01T10:00:10Z","endDateTime":"2024-03-01T10:04:00Z"}]}"#;
    let loaded = ingest([("r.json", record.as_bytes()), ("p.json", pstn.as_bytes())]);
    let redacted = redact(&loaded, Categories::all());
    let mut links = link_dataset(&loaded, &MatchOptions::default());
    let before: Vec<String> = links.pstn.iter().map(|m| m.best().unwrap().sentence.clone()).collect();
    assert!(before[0].contains("Kenji@contoso.com") && before[1].contains("1425555"), "{before:?}");
    links.redact_sentences(|v| redacted.mapping.quoted(v));
    let after: Vec<String> = links.pstn.iter().map(|m| m.best().unwrap().sentence.clone()).collect();
    for (sentence, hidden) in after.iter().zip(["kenji@contoso.com", "1425555"]) {
        assert!(!sentence.to_lowercase().contains(hidden), "{sentence}");
    }
    assert!(after[0].contains("user1@redacted.invalid"), "{}", after[0]);
    assert!(after[1].contains("+1 ••• 0001"), "{}", after[1]);
    // The links themselves are the same: the records they point at are the loaded order.
    assert_eq!(links.pstn[1].best().unwrap().record, 0);
    assert!(links.by_record[0].iter().all(|r| !r.sentence.contains("1425555")));
}

#[test]
fn diagnostics_while_redacting_keep_where_but_not_the_raw_text() {
    // The second record is broken right after a name the walk never reads.
    let text = r#"[{"id":"a","version":1,"organizer":{"user":{"id":"u1","displayName":"Kenji Holloway"}}},
        {"id":"b","version":1,"organizer":{"user":{"displayName":"Secret Person" "id":}}}]"#;
    let dataset = ingest([("broken.json", text.as_bytes())]);
    assert!(dataset.diagnostics.iter().any(|d| d.excerpt.as_ref().is_some_and(|e| e.text.contains("Secret Person"))));
    let redacted = redact(&dataset, Categories::default().with(Category::Names));
    let shown = format!("{:?}", redacted.dataset.diagnostics);
    assert!(!shown.contains("Secret Person") && !shown.contains("Kenji"), "{shown}");
    assert!(redacted.dataset.diagnostics.iter().all(|d| d.location.is_some() || d.excerpt.is_none()));
    assert_eq!(redacted.dataset.diagnostics.len(), dataset.diagnostics.len(), "every message stays");
}
