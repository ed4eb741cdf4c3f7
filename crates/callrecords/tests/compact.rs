//! The model is compact (model/text.rs, model/reported.rs): a text repeated across records is
//! one allocation however the file is read (the fast path, the tolerant path a comment sends it
//! down, fed in chunks as the page and the command line read files), and a number not reported
//! stays not reported. `make bench` prints the model's size; these prove the mechanics.

use callrecords::ingest::ingest;
use callrecords::model::record::Endpoint;
use callrecords::model::{Dataset, Text};
use callrecords::synth;
use std::collections::HashMap;

/// Every user agent text of the dataset's endpoints, with how many distinct allocations hold
/// each distinct text.
fn allocations_per_text(dataset: &Dataset) -> HashMap<String, Vec<Text>> {
    let mut seen: HashMap<String, Vec<Text>> = HashMap::new();
    let endpoints = dataset.records.iter().flat_map(|r| &r.sessions).flat_map(|s| {
        let segments = s.segments.iter().flat_map(|g| [&g.caller, &g.callee]);
        [&s.caller, &s.callee].into_iter().chain(segments).flatten()
    });
    for agent in endpoints.filter_map(|e: &Endpoint| e.user_agent.as_ref()) {
        for text in [&agent.header_value, &agent.odata_type].into_iter().flatten() {
            let copies = seen.entry(text.to_string()).or_default();
            if !copies.iter().any(|c| c.same_as(text)) {
                copies.push(text.clone());
            }
        }
    }
    seen
}

fn assert_shared(dataset: &Dataset, how: &str) {
    let seen = allocations_per_text(dataset);
    assert!(seen.len() >= 2, "{how}: the export has user agents");
    for (text, copies) in &seen {
        assert_eq!(copies.len(), 1, "{how}: {text:?} is held {} times", copies.len());
    }
}

#[test]
fn repeated_texts_are_one_allocation_however_the_file_is_read() {
    let export = synth::export(7, 400_000);
    let json = export.json.as_bytes();
    assert_shared(&ingest([("export.json", json)]), "the fast path");
    // A comment first: the tolerant path reads it.
    let commented = format!("// exported by hand\n{}", export.json);
    let dataset = ingest([("commented.json", commented.as_bytes())]);
    assert_eq!(dataset.records.len(), export.written.records);
    assert_shared(&dataset, "the tolerant path");
    // Fed 4 KB at a time.
    let mut fed = Dataset::default();
    let mut loading = callrecords::ingest::Loading::streaming("export.json", json.len());
    let next = |at: usize| {
        let end = (at + 4096).min(json.len());
        Ok::<_, std::convert::Infallible>((json[at..end].to_vec(), end == json.len()))
    };
    let Ok(()) = loading.run(&mut fed, 1 << 16, next, || Ok(json.to_vec()), |_| {});
    assert_shared(&fed, "fed in chunks");
    // Two files loaded one after the other share what both say.
    let both = ingest([("a.json", json), ("b.json", synth::export(8, 400_000).json.as_bytes())]);
    assert_shared(&both, "two files");
}

#[test]
fn numbers_not_reported_stay_not_reported_and_zero_stays_zero() {
    let record = r#"{"id":"r1","version":1,"sessions":[{"id":"s1","segments":[{"id":"g1","media":[{"label":"main-audio",
        "streams":[{"streamDirection":"callerToCallee","averageJitter":"PT0S","averagePacketLossRate":0,"maxJitter":null}]}]}]}]}"#;
    let dataset = ingest([("r.json", record.as_bytes())]);
    let stream = &dataset.records[0].sessions[0].segments[0].media[0].streams[0];
    assert_eq!(stream.average_jitter.get(), Some(0.0));
    assert_eq!(stream.average_packet_loss_rate.get(), Some(0.0));
    assert_eq!(stream.max_jitter.get(), None, "null is not reported");
    assert_eq!(stream.average_round_trip_time.get(), None, "absent is not reported");
    let csv_like = callrecords::model::metrics::stream_metric("maxJitter").unwrap().format(stream);
    assert_eq!(csv_like, "not reported");
}
