//! Properties that must hold for any input of their shape (proptest): a record loaded twice is
//! the record loaded once; sessions split over pages load the same whatever the order of the
//! pages; a verdict does not change when a metric that is not reported is sent as null;
//! redaction, whatever the categories, changes no count, no verdict and no structure, and
//! never gives two values one placeholder.

use callrecords::ingest::ingest;
use callrecords::judge::{judge_record, RuleSet, RuleSetKind};
use callrecords::model::record::Session;
use proptest::prelude::*;

/// One generated session: an id from a small set (so ids repeat, as Graph's do), a window, and
/// a stream whose metrics may each be missing.
#[derive(Clone, Debug)]
struct S {
    id: u8,
    from: u8,
    jitter_ms: Option<u16>,
    loss: Option<u8>,
    rtt_ms: Option<u16>,
    packets: Option<u16>,
}

fn session() -> impl Strategy<Value = S> {
    (
        0u8..5,
        0u8..50,
        proptest::option::of(0u16..200),
        proptest::option::of(0u8..40),
        proptest::option::of(0u16..900),
        proptest::option::of(0u16..3000),
    )
        .prop_map(|(id, from, jitter_ms, loss, rtt_ms, packets)| S { id, from, jitter_ms, loss, rtt_ms, packets })
}

/// The session as Graph writes it; `nulls` sends every missing metric as `null`.
fn session_json(s: &S, nulls: bool) -> String {
    let mut metrics = vec![r#""streamDirection":"callerToCallee""#.to_string()];
    let mut put = |name: &str, value: Option<String>| match value {
        Some(v) => metrics.push(format!(r#""{name}":{v}"#)),
        None if nulls => metrics.push(format!(r#""{name}":null"#)),
        None => {}
    };
    put("averageJitter", s.jitter_ms.map(|ms| format!(r#""PT0.{ms:03}S""#)));
    put("averagePacketLossRate", s.loss.map(|l| format!("{}", f64::from(l) / 100.0)));
    put("averageRoundTripTime", s.rtt_ms.map(|ms| format!(r#""PT0.{ms:03}S""#)));
    put("packetUtilization", s.packets.map(|p| p.to_string()));
    if nulls {
        metrics.push(r#""averageAudioDegradation":null,"maxJitter":null"#.to_string());
    }
    format!(
        r#"{{"id":"s{}","startDateTime":"2026-03-17T10:{:02}:00Z","endDateTime":"2026-03-17T10:{:02}:30Z","segments":[{{"id":"g{}","media":[{{"label":"main-audio","streams":[{{{}}}]}}]}}]}}"#,
        s.id,
        s.from,
        s.from,
        s.from,
        metrics.join(",")
    )
}

fn record_json(sessions: &[S], nulls: bool) -> String {
    let sessions: Vec<String> = sessions.iter().map(|s| session_json(s, nulls)).collect();
    format!(
        r#"{{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#communications/callRecords(sessions(segments()))/$entity","id":"r1","version":1,"type":"groupCall","modalities":["audio"],"sessions":[{}]}}"#,
        sessions.join(",")
    )
}

fn sorted(mut sessions: Vec<Session>) -> Vec<String> {
    let mut keys: Vec<String> = sessions.drain(..).map(|s| format!("{s:?}")).collect();
    keys.sort();
    keys
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn a_record_loaded_twice_is_the_record_loaded_once(sessions in proptest::collection::vec(session(), 0..12)) {
        let text = record_json(&sessions, false);
        let once = ingest([("a.json", text.as_bytes())]);
        let twice = ingest([("a.json", text.as_bytes()), ("b.json", text.as_bytes())]);
        prop_assert_eq!(&once.records, &twice.records);
        prop_assert_eq!(once.counts(), twice.counts());
    }

    #[test]
    fn sessions_over_pages_load_the_same_in_any_order(
        sessions in proptest::collection::vec(session(), 1..12),
        cuts in proptest::collection::vec(0usize..12, 0..4),
        order in Just(()).prop_perturb(|_, mut rng| rng.next_u64()),
    ) {
        // The record without sessions, then its sessions in pages cut at `cuts`, loaded in an
        // order drawn from `order`.
        let basic = r#"{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#communications/callRecords/$entity","id":"r1","version":1,"type":"groupCall","modalities":["audio"]}"#.to_string();
        let mut bounds: Vec<usize> = cuts.into_iter().map(|c| c % (sessions.len() + 1)).collect();
        bounds.extend([0, sessions.len()]);
        bounds.sort_unstable();
        bounds.dedup();
        let pages: Vec<String> = bounds
            .windows(2)
            .map(|w| {
                let items: Vec<String> = sessions[w[0]..w[1]].iter().map(|s| session_json(s, false)).collect();
                format!(r#"{{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#communications/callRecords('r1')/sessions(segments())","value":[{}]}}"#, items.join(","))
            })
            .collect();
        let mut files: Vec<String> = std::iter::once(basic).chain(pages).collect();
        let in_order = ingest(files.iter().map(|t| ("f.json", t.as_bytes())));
        let mut seed = order;
        for i in (1..files.len()).rev() {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            files.swap(i, (seed >> 33) as usize % (i + 1));
        }
        let shuffled = ingest(files.iter().map(|t| ("f.json", t.as_bytes())));
        prop_assert_eq!(in_order.records.len(), 1);
        prop_assert_eq!(shuffled.records.len(), 1);
        let (a, b) = (&in_order.records[0], &shuffled.records[0]);
        prop_assert_eq!((a.version, &a.call_type, &a.modalities), (b.version, &b.call_type, &b.modalities));
        prop_assert_eq!(sorted(a.sessions.clone()), sorted(b.sessions.clone()));
    }

    #[test]
    fn a_metric_sent_as_null_changes_no_verdict(sessions in proptest::collection::vec(session(), 1..8)) {
        let absent = ingest([("a.json", record_json(&sessions, false).as_bytes())]);
        let null = ingest([("b.json", record_json(&sessions, true).as_bytes())]);
        for kind in RuleSetKind::PUBLISHED {
            let rules = RuleSet::for_kind(kind);
            let (a, b) = (judge_record(&absent.records[0], &rules), judge_record(&null.records[0], &rules));
            prop_assert_eq!(a.streams.len(), b.streams.len());
            for (x, y) in a.streams.iter().zip(&b.streams) {
                prop_assert_eq!(x.verdict, y.verdict);
                prop_assert_eq!(x.reasons(), y.reasons());
            }
        }
    }

    #[test]
    fn redaction_changes_no_verdict_and_keeps_values_apart(
        seed in 0u64..10_000,
        categories in 0u8..32,
        names in proptest::collection::vec("[A-Za-z]{1,6}( [A-Za-z]{1,6})?", 1..6),
    ) {
        use callrecords::redact::{redact, Categories, Category};
        let chosen = Category::ALL.into_iter().enumerate()
            .filter(|(i, _)| categories & (1 << i) != 0)
            .fold(Categories::default(), |set, (_, c)| set.with(c));
        // A generated call, then one whose participants have the generated names (which may
        // repeat and differ only in case).
        let export = callrecords::synth::export(seed, 20_000).json;
        let people: Vec<String> = names.iter().enumerate()
            .map(|(i, n)| format!(r#"{{"user":{{"id":"U{i}","displayName":"{n}"}}}}"#)).collect();
        let named = format!(r#"{{"id":"n","version":1,"participants":[{}]}}"#, people.join(","));
        let dataset = ingest([("x.json", export.as_bytes()), ("n.json", named.as_bytes())]);
        let redacted = redact(&dataset, chosen);
        prop_assert_eq!(redacted.dataset.counts(), dataset.counts());
        for kind in [RuleSetKind::CqdCurrent, RuleSetKind::CqdClassic] {
            let rules = RuleSet::for_kind(kind);
            // The verdicts and their reasons; only the names in the direction differ.
            let verdicts = |r| {
                judge_record(r, &rules).streams.into_iter()
                    .map(|s| (s.path, s.kind, s.verdict, s.breaches, s.unclassified_reasons, s.not_reported))
                    .collect::<Vec<_>>()
            };
            for (a, b) in dataset.records.iter().zip(&redacted.dataset.records) {
                prop_assert_eq!(verdicts(a), verdicts(b));
            }
        }
        // Distinct names stay distinct (case kept apart: a display name is as written).
        let shown: Vec<String> = redacted.dataset.records.last().unwrap().participant_names();
        let mut distinct_in: Vec<&String> = names.iter().collect();
        distinct_in.sort();
        distinct_in.dedup();
        let mut distinct_out = shown.clone();
        distinct_out.sort();
        distinct_out.dedup();
        prop_assert_eq!(distinct_in.len(), distinct_out.len());
        if chosen.contains(Category::Names) {
            prop_assert!(shown.iter().all(|n| n.starts_with("Person ")), "{:?}", shown);
        }
    }
}
