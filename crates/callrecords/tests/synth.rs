//! The synthetic export generator (src/synth.rs): what it writes ingests cleanly, holds exactly
//! what the generator says it wrote, is the same for the same seed, and has the variety real
//! exports have. Small exports (a few hundred KB) keep these fast; the 50 MB one is for
//! `cargo bench --bench ingest`.

use callrecords::ingest::ingest;
use callrecords::model::enums::{CallType, MediaStreamDirection};
use callrecords::model::identity::IdentityKind;
use callrecords::model::record::{Endpoint, EndpointKind};
use callrecords::model::{Counts, Dataset};
use callrecords::synth::{self, Export, Options, Rng, Written};
use std::collections::BTreeSet;

fn load(export: &Export) -> Dataset {
    ingest([("synthetic.json", export.json.as_bytes())])
}

fn expected(w: &Written) -> Counts {
    Counts {
        records: w.records,
        sessions: w.sessions,
        segments: w.segments,
        media: w.media,
        streams: w.streams,
        ..Counts::default()
    }
}

#[test]
fn export_ingests_without_any_diagnostic_and_with_the_counts_written() {
    for seed in [1, 2, 3] {
        let export = synth::export(seed, 300_000);
        assert!(
            export.json.len() >= 300_000 && export.json.len() < 2_000_000,
            "seed {seed}: {} bytes",
            export.json.len()
        );
        assert!(export.json.starts_with(r#"{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#communications/callRecords(sessions(segments()))","value":["#));
        let dataset = load(&export);
        assert!(dataset.diagnostics.is_empty(), "seed {seed}: {:#?}", dataset.diagnostics);
        assert_eq!(dataset.counts(), expected(&export.written), "seed {seed}");
        assert_eq!(dataset.sources[0].records, export.written.records);
        assert!(dataset.records.iter().all(|r| r.sessions_loaded && !r.more_sessions && !r.placeholder));
    }
}

#[test]
fn same_seed_same_bytes_other_seed_other_bytes() {
    let a = synth::export(42, 200_000);
    let b = synth::export(42, 200_000);
    assert_eq!(a, b);
    let c = synth::export(43, 200_000);
    assert_ne!(a.json, c.json);
    // The same seed with a larger target starts with the same records.
    let longer = synth::export(42, 400_000);
    let first_record_end = a.json.find(r#"}]}]}]}"#).unwrap();
    assert_eq!(a.json[..first_record_end], longer.json[..first_record_end]);
}

#[test]
fn one_record_alone_ingests_with_its_counts() {
    let mut rng = Rng::new(9);
    let options = Options { max_sessions: 40, ..Options::default() };
    for _ in 0..20 {
        let (json, written) = synth::record(&mut rng, &options);
        assert_eq!(written.records, 1);
        let dataset = ingest([("one.json", json.as_bytes())]);
        assert!(dataset.diagnostics.is_empty(), "{:#?}", dataset.diagnostics);
        assert_eq!(dataset.counts(), expected(&written));
        assert!(written.largest_call <= 40);
    }
}

#[test]
fn both_call_types_with_their_endpoint_shapes() {
    let export = synth::export(5, 400_000);
    let dataset = load(&export);
    let w = export.written;
    assert!(w.peer_to_peer >= 1 && w.group_calls >= 1, "{w:?}");
    let of = |t: CallType| dataset.records.iter().filter(|r| r.call_type == Some(t.clone())).count();
    assert_eq!(of(CallType::PeerToPeer), w.peer_to_peer);
    assert_eq!(of(CallType::GroupCall), w.group_calls);
    let kinds = |e: &Option<Endpoint>| e.as_ref().map(Endpoint::kind);
    for record in &dataset.records {
        match record.call_type {
            // One session between two participants.
            Some(CallType::PeerToPeer) => {
                assert_eq!(record.sessions.len(), 1);
                let s = &record.sessions[0];
                assert_eq!(s.id.as_deref(), Some(record.id.as_str()));
                assert_eq!(
                    (kinds(&s.caller), kinds(&s.callee)),
                    (Some(EndpointKind::Participant), Some(EndpointKind::Participant))
                );
            }
            // Each session: a participant and a service endpoint with a role.
            _ => {
                assert!(record.sessions.len() >= 2);
                assert!(record.join_web_url.is_some());
                for s in &record.sessions {
                    let pair = [kinds(&s.caller), kinds(&s.callee)];
                    assert!(
                        pair.contains(&Some(EndpointKind::Participant)) && pair.contains(&Some(EndpointKind::Service)),
                        "{pair:?}"
                    );
                    let service = [&s.caller, &s.callee]
                        .into_iter()
                        .flatten()
                        .find(|e| e.kind() == EndpointKind::Service)
                        .unwrap();
                    assert!(service.user_agent.as_ref().unwrap().role.is_some());
                }
            }
        }
        assert!(record.organizer_name().is_some(), "{}", record.id);
    }
}

#[test]
fn media_labels_directions_nulls_and_poor_streams() {
    let export = synth::export(11, 400_000);
    let dataset = load(&export);
    let streams: Vec<_> = dataset.records.iter().flat_map(|r| r.streams()).collect();
    assert_eq!(streams.len(), export.written.streams);
    let labels: BTreeSet<&str> = streams.iter().filter_map(|s| s.media.label.as_deref()).collect();
    assert_eq!(labels, BTreeSet::from(["applicationsharing-video", "main-audio", "main-video"]));
    let directions: BTreeSet<_> = streams
        .iter()
        .filter_map(|s| s.stream.stream_direction.clone())
        .map(|d| d == MediaStreamDirection::CallerToCallee)
        .collect();
    assert_eq!(directions.len(), 2);

    // Audio: degradation null on some streams, reported on others; no video metrics.
    let audio: Vec<_> =
        streams.iter().filter(|s| s.media.label.as_deref() == Some("main-audio")).map(|s| s.stream).collect();
    assert!(audio.iter().any(|s| s.average_audio_degradation.get().is_none()));
    assert!(audio.iter().any(|s| s.average_audio_degradation.is_some()));
    assert!(audio.iter().all(|s| s.average_video_frame_rate.get().is_none() && s.video_codec.is_none()));
    assert!(audio
        .iter()
        .all(|s| s.average_jitter.is_some() && s.average_round_trip_time.is_some() && s.packet_utilization.is_some()));
    // Video: frame metrics, a 0–100 frame-loss percentage, no audio-only metrics.
    let video: Vec<_> =
        streams.iter().filter(|s| s.media.label.as_deref() != Some("main-audio")).map(|s| s.stream).collect();
    assert!(video.iter().all(|s| s.average_video_frame_rate.is_some()
        && s.average_audio_degradation.get().is_none()
        && s.average_ratio_of_concealed_samples.get().is_none()));
    assert!(video.iter().any(|s| s.average_video_frame_loss_percentage.get().unwrap() > 1.0));
    assert!(video.iter().all(|s| (0.0..=100.0).contains(&s.average_video_frame_loss_percentage.get().unwrap())));
    // Ratios stay ratios.
    for s in &streams {
        for r in [
            s.stream.average_packet_loss_rate,
            s.stream.max_packet_loss_rate,
            s.stream.average_ratio_of_concealed_samples,
        ]
        .into_iter()
        .filter_map(|r| r.get())
        {
            assert!((0.0..=1.0).contains(&r), "{r}");
        }
        assert!(s.stream.average_jitter.get().unwrap() <= s.stream.max_jitter.get().unwrap());
    }
    // Some streams are poor under Microsoft's thresholds, most are not.
    let poor = |s: &callrecords::model::record::MediaStream| {
        s.average_packet_loss_rate.get().unwrap_or(0.0) > 0.1
            || s.average_jitter.get().unwrap_or(0.0) > 30.0
            || s.average_round_trip_time.get().unwrap_or(0.0) > 500.0
            || s.average_video_frame_loss_percentage.get().unwrap_or(0.0) > 50.0
    };
    let poor_count = streams.iter().filter(|s| poor(s.stream)).count();
    assert!(poor_count > 0 && poor_count < streams.len() / 4, "{poor_count} of {}", streams.len());
    assert!(export.written.poor_streams >= poor_count);

    // Nulls and omissions as in Graph's examples.
    for null in
        [r#""dnsSuffix":null"#, r#""averageAudioDegradation":null"#, r#""acsUser":null"#, r#""rmsFreezeDuration":null"#]
    {
        assert!(export.json.contains(null), "{null}");
    }
    let networks: Vec<_> =
        streams.iter().flat_map(|s| [&s.media.caller_network, &s.media.callee_network]).flatten().collect();
    assert!(networks.iter().any(|n| n.dns_suffix.is_none()) && networks.iter().any(|n| !n.trace_route_hops.is_empty()));
    assert!(networks.iter().any(|n| n.wifi_signal_strength.is_some()));
}

#[test]
fn several_identity_kinds_feedback_and_failures() {
    // Over a few small exports: each of these is rare in any one call.
    let exports: Vec<Export> = (1..=4).map(|seed| synth::export(seed, 300_000)).collect();
    let datasets: Vec<Dataset> = exports.iter().map(load).collect();
    let records = || datasets.iter().flat_map(|d| &d.records);
    let mut kinds: BTreeSet<String> = BTreeSet::new();
    let mut feedback = 0;
    let mut failures = 0;
    for record in records() {
        for p in record.participants_v2.iter().chain(record.organizer_v2.as_ref()) {
            kinds.extend(p.identity.iter().flat_map(|i| &i.identities).map(|(k, _)| k.key().to_string()));
        }
        for set in record.participants.iter().chain(record.organizer.as_ref()) {
            kinds.extend(set.identities.iter().map(|(k, _)| k.key().to_string()));
        }
        for s in &record.sessions {
            failures += usize::from(s.failure_info.is_some());
            for e in [&s.caller, &s.callee].into_iter().flatten() {
                feedback += usize::from(e.feedback.is_some());
                kinds.extend(e.identity.iter().flat_map(|i| &i.identities).map(|(k, _)| k.key().to_string()));
            }
        }
    }
    for kind in [IdentityKind::User, IdentityKind::Phone, IdentityKind::Guest] {
        assert!(kinds.contains(kind.key()), "{kind:?} missing from {kinds:?}");
    }
    assert!(kinds.len() >= 4, "{kinds:?}");
    assert!(feedback > 0 && failures > 0, "feedback {feedback}, failures {failures}");
    // Every participant has a name to show (phones by number).
    for record in records() {
        for p in &record.participants_v2 {
            assert!(p.identity.as_ref().and_then(|i| i.display_name()).is_some(), "{p:?}");
        }
    }
}

#[test]
fn the_command_line_writes_an_export_that_loads() {
    let exe = env!("CARGO_BIN_EXE_callrecords");
    let out = std::process::Command::new(exe).args(["synth", "200000", "7"]).output().unwrap();
    assert!(out.status.success());
    assert!(out.stdout.len() > 150_000, "{} bytes", out.stdout.len());
    let dataset = callrecords::ingest::ingest([("synth.json", out.stdout.as_slice())]);
    assert!(dataset.diagnostics.is_empty(), "{:?}", dataset.diagnostics);
    assert!(dataset.counts().streams > 0);
    let same = std::process::Command::new(exe).args(["synth", "200000", "7"]).output().unwrap();
    assert_eq!(out.stdout, same.stdout, "same seed, same bytes");
    for bad in [vec!["synth"], vec!["synth", "lots"], vec!["synth", "10", "x"], vec!["synth", "1", "2", "3"]] {
        let status = std::process::Command::new(exe).args(&bad).output().unwrap().status;
        assert_eq!(status.code(), Some(2), "{bad:?}");
    }
}
