//! Quality verdicts, roll-ups, findings, the plain summary and the CLI's `--rules`: expected
//! verdicts for Microsoft's published examples (../shared/corpus/graph-docs, or CORPUS_DIR),
//! and hand-made streams for every rule, every boundary (exactly at the threshold) and every
//! unclassified reason and finding kind.

use callrecords::ingest::ingest;
use callrecords::judge::*;
use callrecords::model::datetime::parse_duration_ms;
use callrecords::model::enums::*;
use callrecords::model::record::*;
use callrecords::model::Dataset;
use callrecords::summary::summarize_call;
use serde_json::{json, Value};
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

// ---------------------------------------------------------------------------------------------
// Helpers

fn corpus_dir() -> PathBuf {
    std::env::var_os("CORPUS_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/graph-docs"))
}

fn corpus_path(name: &str) -> PathBuf {
    corpus_dir().join(name)
}

fn load(name: &str) -> Dataset {
    let bytes = std::fs::read(corpus_path(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
    ingest([(name, bytes.as_slice())])
}

fn only_record(name: &str) -> CallRecord {
    let mut dataset = load(name);
    assert_eq!(dataset.records.len(), 1, "{name}");
    dataset.records.remove(0)
}

/// The judgement of the stream with this id.
fn by_id<'a>(record: &CallRecord, judgement: &'a RecordJudgement, id: &str) -> &'a StreamJudgement {
    let path = record
        .streams()
        .find(|s| s.stream.stream_id.as_deref() == Some(id))
        .unwrap_or_else(|| panic!("stream {id}"))
        .path;
    judgement.stream(path).unwrap_or_else(|| panic!("judgement of {id}"))
}

fn texts(j: &StreamJudgement) -> Vec<String> {
    j.breaches.iter().map(Breach::text).collect()
}

/// Reasons or notes as the page shows them.
fn words(reasons: &[Reason]) -> Vec<String> {
    reasons.iter().map(Reason::text).collect()
}

fn participant(name: &str) -> Endpoint {
    serde_json::from_value(json!({
        "@odata.type": "#microsoft.graph.callRecords.participantEndpoint",
        "associatedIdentity": { "displayName": name }
    }))
    .expect("participant endpoint")
}

fn server() -> Endpoint {
    serde_json::from_value(json!({
        "@odata.type": "#microsoft.graph.callRecords.serviceEndpoint",
        "userAgent": { "@odata.type": "#microsoft.graph.callRecords.serviceUserAgent", "role": "skypeForBusinessAudioVideoMcu" }
    }))
    .expect("service endpoint")
}

fn media(label: Option<&str>, streams: Vec<MediaStream>) -> Media {
    Media { label: label.map(Into::into), streams, ..Media::default() }
}

fn session(caller: Endpoint, callee: Endpoint, media: Vec<Media>) -> Session {
    Session {
        caller: Some(caller.clone()),
        callee: Some(callee.clone()),
        segments: vec![Segment { caller: Some(caller), callee: Some(callee), media, ..Segment::default() }],
        ..Session::default()
    }
}

fn record_of(sessions: Vec<Session>) -> CallRecord {
    CallRecord {
        id: "test".into(),
        call_type: Some(CallType::GroupCall),
        sessions,
        sessions_loaded: true,
        ..CallRecord::default()
    }
}

/// A healthy, well-used audio stream (every current rule fine) from the caller.
fn audio() -> MediaStream {
    MediaStream {
        stream_id: Some("a".into()),
        stream_direction: Some(MediaStreamDirection::CallerToCallee),
        packet_utilization: Some(1000.0).into(),
        average_round_trip_time: Some(50.0).into(),
        average_packet_loss_rate: Some(0.0).into(),
        average_jitter: Some(5.0).into(),
        ..MediaStream::default()
    }
}

/// A video stream with nothing reported yet.
fn video() -> MediaStream {
    MediaStream {
        stream_id: Some("v".into()),
        stream_direction: Some(MediaStreamDirection::CallerToCallee),
        packet_utilization: Some(1000.0).into(),
        ..MediaStream::default()
    }
}

/// Judges one stream in a one-media record between `caller` and `callee`.
fn judge_between(
    caller: Endpoint,
    callee: Endpoint,
    label: Option<&str>,
    stream: MediaStream,
    rules: &RuleSet,
) -> StreamJudgement {
    let record = record_of(vec![session(caller, callee, vec![media(label, vec![stream])])]);
    let mut judgement = judge_record(&record, rules);
    assert_eq!(judgement.streams.len(), 1);
    judgement.streams.remove(0)
}

/// Judges one stream sent by a participant to a conferencing server (outbound).
fn judge(label: Option<&str>, stream: MediaStream, rules: &RuleSet) -> StreamJudgement {
    judge_between(participant("Owen Franklin"), server(), label, stream, rules)
}

fn with(stream: MediaStream, edit: impl FnOnce(&mut MediaStream)) -> MediaStream {
    let mut s = stream;
    edit(&mut s);
    s
}

fn kind_of(label: Option<&str>, stream: MediaStream) -> MediaKind {
    let record = record_of(vec![session(participant("A"), server(), vec![media(label, vec![stream])])]);
    let found = record.streams().next().expect("one stream");
    media_kind(&found)
}

// ---------------------------------------------------------------------------------------------
// Corpus

const PEER_TO_PEER_FILES: &[&str] = &[
    "v1.0-get-callrecord-expanded-legacy.json",
    "beta-get-callrecord-expanded.json",
    "v1.0-list-sessions-expanded-segments.json",
    "v1.0-list-sessions-expanded-segments-legacy.json",
];

#[test]
fn corpus_worked_example_under_each_rule_set() {
    for name in PEER_TO_PEER_FILES {
        let record = only_record(name);

        let classic = judge_record(&record, &RuleSet::cqd_classic());
        assert_eq!(classic.rules, RuleSetKind::CqdClassic);
        let poor = by_id(&record, &classic, "1785122252");
        assert_eq!(poor.verdict, Verdict::Poor, "{name}");
        assert_eq!(texts(poor), ["audio degradation 1.16 > 1.0"], "{name}");
        assert_eq!(poor.breaches[0].metric, "averageAudioDegradation");
        assert_eq!(poor.kind, MediaKind::Audio);
        assert_eq!(poor.direction, "Owen Franklin → Abbie Wilkins", "{name}");
        let quiet = by_id(&record, &classic, "1504545584");
        assert_eq!(quiet.verdict, Verdict::Good, "{name}: no gate in the classic rules");
        assert_eq!(quiet.not_reported, ["averageAudioDegradation", "averageRatioOfConcealedSamples"], "{name}");

        // No audioCodec, so not known to be SATIN: the interim rules agree with classic.
        let interim = judge_record(&record, &RuleSet::cqd_interim());
        assert_eq!(by_id(&record, &interim, "1785122252").verdict, Verdict::Poor, "{name}");

        let current = judge_record(&record, &RuleSet::cqd_current());
        let good = by_id(&record, &current, "1785122252");
        assert_eq!(good.verdict, Verdict::Good, "{name}");
        assert!(good.breaches.is_empty() && good.unclassified_reasons.is_empty());
        let gated = by_id(&record, &current, "1504545584");
        assert_eq!(gated.verdict, Verdict::Unclassified, "{name}");
        assert_eq!(gated.unclassified_reasons, ["packet utilization 67 ≤ 500"], "{name}");
        assert_eq!(current.tally_call().describe(), "1 of 2 streams good, 1 unclassified");

        let network = judge_record(&record, &RuleSet::network_targets());
        let lossy = by_id(&record, &network, "1785122252");
        assert_eq!(lossy.verdict, Verdict::Poor, "{name}");
        assert_eq!(texts(lossy), ["packet loss 1.38 % > 1 %"], "{name}");
        assert_eq!(by_id(&record, &network, "1504545584").verdict, Verdict::Good, "{name}");
    }
}

#[test]
fn corpus_sparse_examples_never_count_missing_metrics_as_good() {
    // Only averageJitter (16 ms) is reported, no packetUtilization.
    let record = only_record("v1.0-get-callrecord-expanded-sessions.json");
    let current = judge_record(&record, &RuleSet::cqd_current());
    let j = by_id(&record, &current, "1504545584");
    assert_eq!(j.verdict, Verdict::Unclassified);
    assert_eq!(j.unclassified_reasons, ["packet utilization not reported"]);
    let classic = judge_record(&record, &RuleSet::cqd_classic());
    let j = by_id(&record, &classic, "1504545584");
    assert_eq!(j.verdict, Verdict::Good, "judged on the jitter that was reported");
    assert_eq!(
        j.not_reported,
        ["averageRoundTripTime", "averagePacketLossRate", "averageAudioDegradation", "averageRatioOfConcealedSamples"]
    );

    // No metric at all.
    let record = only_record("beta-list-sessions-expanded-segments.json");
    let current = judge_record(&record, &RuleSet::cqd_current());
    let j = by_id(&record, &current, "1504545584");
    assert_eq!(j.verdict, Verdict::Unclassified);
    assert_eq!(
        j.unclassified_reasons,
        ["packet utilization not reported", "round trip, packet loss and jitter not reported"]
    );
    let network = judge_record(&record, &RuleSet::network_targets());
    assert_eq!(
        by_id(&record, &network, "1504545584").unclassified_reasons,
        ["round trip, packet loss and jitter not reported"]
    );
}

#[test]
fn corpus_fixture_sits_exactly_on_the_loss_target() {
    // averagePacketLossRate 0.01 = the 1 % target; RTT 50 ms; jitter "PT0.02S".
    let record = only_record("fixture-callrecordinsights-minimal-callrecord.json");
    for rules in [RuleSet::cqd_current(), RuleSet::network_targets(), RuleSet::cqd_classic()] {
        let j = judge_record(&record, &rules);
        assert_eq!(j.streams.len(), 1);
        assert_eq!(j.streams[0].verdict, Verdict::Good, "{:?}", rules.kind);
        assert_eq!(j.streams[0].kind, MediaKind::Audio);
    }
    // Its failureInfo has neither stage nor reason: not a failure finding.
    assert!(findings(&record).iter().all(|f| f.kind != FindingKind::Failure));
}

#[test]
fn corpus_every_file_judges_and_summarises_without_panicking() {
    let mut names: Vec<String> = std::fs::read_dir(corpus_dir())
        .expect("the corpus directory (set CORPUS_DIR)")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".json"))
        .collect();
    names.sort();
    assert!(names.len() >= 30, "corpus incomplete: {names:?}");
    for name in &names {
        let dataset = load(name);
        for record in &dataset.records {
            for kind in RuleSetKind::PUBLISHED {
                let rules = RuleSet::published(kind).expect("published");
                let judgement = judge_record(record, &rules);
                assert_eq!(judgement.streams.len(), record.streams().count(), "{name}");
                for (j, s) in judgement.streams.iter().zip(record.streams()) {
                    assert_eq!(j.path, s.path);
                    match j.verdict {
                        Verdict::Poor => assert!(!j.breaches.is_empty(), "{name}: a poor stream says why"),
                        Verdict::Unclassified => {
                            assert!(!j.unclassified_reasons.is_empty(), "{name}: an unclassified stream says why")
                        }
                        Verdict::Good => assert!(j.breaches.is_empty() && j.unclassified_reasons.is_empty()),
                    }
                }
                let found = findings(record);
                let summary = summarize_call(record, &judgement, &found);
                let sentences = summary.matches(". ").count() + 1;
                assert!((2..=4).contains(&sentences), "{name}: {summary}");
                assert!(summary.ends_with('.'), "{name}: {summary}");
            }
        }
    }
}

#[test]
fn corpus_records_without_sessions_say_how_to_load_them() {
    let record = only_record("v1.0-get-callrecord-basic.json");
    let judgement = judge_record(&record, &RuleSet::default());
    assert!(judgement.streams.is_empty());
    assert_eq!(judgement.tally_call().describe(), "no streams");
    assert_eq!(judgement.tally_call().verdict(), Verdict::Unclassified);
    let summary = summarize_call(&record, &judgement, &findings(&record));
    assert_eq!(
        summary,
        "Peer-to-peer call with audio, 25.5 s. Sessions were not loaded: load the record with $expand=sessions($expand=segments) to judge its streams."
    );

    // A sessions page without segments.
    let record = only_record("v1.0-list-sessions.json");
    let summary = summarize_call(&record, &judge_record(&record, &RuleSet::default()), &findings(&record));
    assert!(summary.contains("Segments were not loaded: list the sessions with $expand=segments"), "{summary}");
}

#[test]
fn corpus_summary_of_the_worked_example() {
    let record = only_record("v1.0-get-callrecord-expanded-legacy.json");
    let judgement = judge_record(&record, &RuleSet::cqd_classic());
    let summary = summarize_call(&record, &judgement, &findings(&record));
    assert_eq!(
        summary,
        "Peer-to-peer call with audio between Abbie Wilkins and Owen Franklin, 25.5 s. \
         Under CQD classic, 1 of 2 streams poor: Abbie Wilkins's inbound audio from Owen Franklin \
         (audio degradation 1.16 > 1.0, on Wi-Fi); more sessions exist that were not loaded. \
         Owen Franklin rated the call poor (noisy). \
         Device and network: Abbie Wilkins: microphone glitches, speaker glitches, speaker muted and 2 more; \
         Owen Franklin: microphone glitches, speaker glitches and network degraded sent audio."
    );
    let current = judge_record(&record, &RuleSet::cqd_current());
    let summary = summarize_call(&record, &current, &findings(&record));
    assert!(
        summary.contains("Under CQD current, 1 of 2 streams good, 1 unclassified (packet utilization 67 ≤ 500)"),
        "{summary}"
    );
}

#[test]
fn corpus_findings_of_the_worked_example() {
    let record = only_record("v1.0-get-callrecord-expanded-legacy.json");
    let found = findings(&record);
    let list: Vec<(FindingKind, &str, &str)> =
        found.iter().map(|f| (f.kind, f.who.as_str(), f.title.as_str())).collect();
    assert_eq!(
        list,
        [
            (FindingKind::Feedback, "Owen Franklin", "rated the call poor (noisy)"),
            (FindingKind::Device, "Abbie Wilkins", "microphone glitches"),
            (FindingKind::Device, "Abbie Wilkins", "speaker glitches"),
            (FindingKind::Device, "Abbie Wilkins", "speaker muted"),
            (FindingKind::Device, "Abbie Wilkins", "speaker volume at zero"),
            (FindingKind::Device, "Owen Franklin", "microphone glitches"),
            (FindingKind::Device, "Owen Franklin", "speaker glitches"),
            (FindingKind::Network, "Abbie Wilkins", "media relay allocated"),
            (FindingKind::Network, "Abbie Wilkins", "network degraded received audio"),
            (FindingKind::Network, "Owen Franklin", "media relay allocated"),
            (FindingKind::Network, "Owen Franklin", "network degraded sent audio"),
        ]
    );
    let feedback = &found[0];
    assert_eq!(feedback.evidence, "feedback.rating poor; tokens true: Noisy");
    assert_eq!(feedback.severity, FindingSeverity::Problem);
    assert_eq!(feedback.session, Some(0));
    let received = found.iter().find(|f| f.title == "network degraded received audio").expect("received quality");
    assert_eq!(received.evidence, "callerNetwork.receivedQualityEventRatio 0.27 ≥ 0.05 (27 % of the call)");
    assert_eq!((received.session, received.segment, received.media), (Some(0), Some(0), Some(0)));
    let relay = found.iter().find(|f| f.title == "media relay allocated").expect("relay");
    assert_eq!(relay.severity, FindingSeverity::Info);
    assert!(relay.evidence.starts_with("callerNetwork.relayIPAddress 52.114.188.32:53889"), "{}", relay.evidence);
}

// ---------------------------------------------------------------------------------------------
// Rule sets

#[test]
fn rule_set_names_and_cli_names() {
    assert_eq!(RuleSetKind::CqdCurrent.name(), "CQD, current (2022–)");
    assert_eq!(RuleSetKind::CqdClassic.name(), "CQD, classic (to 2020)");
    assert_eq!(RuleSetKind::CqdInterim.name(), "CQD, interim (2021)");
    assert_eq!(RuleSetKind::NetworkTargets.name(), "Network targets (client to Microsoft edge)");
    assert_eq!(RuleSetKind::Custom.name(), "Custom thresholds");
    for (text, kind) in [
        ("current", RuleSetKind::CqdCurrent),
        ("classic", RuleSetKind::CqdClassic),
        ("interim", RuleSetKind::CqdInterim),
        ("network", RuleSetKind::NetworkTargets),
    ] {
        assert_eq!(RuleSetKind::parse(text), Some(kind));
        assert_eq!(kind.cli_name(), text);
        assert_eq!(RuleSet::from_cli_name(text).map(|r| r.kind), Some(kind));
    }
    assert_eq!(RuleSetKind::parse(" Classic "), Some(RuleSetKind::CqdClassic));
    assert_eq!(RuleSetKind::parse("custom"), None);
    assert_eq!(RuleSetKind::parse("cqd"), None);
    assert_eq!(RuleSet::published(RuleSetKind::Custom), None);
    assert_eq!(RuleSet::for_kind(RuleSetKind::CqdInterim), RuleSet::cqd_interim());
    let custom = RuleSet::for_kind(RuleSetKind::Custom);
    assert_eq!((custom.kind, custom.thresholds), (RuleSetKind::Custom, RuleSet::cqd_current().thresholds));
    assert_eq!(RuleSet::default(), RuleSet::cqd_current());
}

#[test]
fn rule_set_thresholds_are_the_published_ones() {
    let current = RuleSet::cqd_current().thresholds;
    assert_eq!(
        (
            current.audio_packet_utilization_gate,
            current.audio_round_trip_ms,
            current.audio_packet_loss_rate,
            current.audio_jitter_ms
        ),
        (Some(500.0), Some(500.0), Some(0.1), Some(30.0))
    );
    assert_eq!((current.audio_degradation, current.audio_concealed_ratio), (None, None));
    assert_eq!(
        (current.vbss_frame_loss_percent, current.vbss_frame_rate_min, current.vbss_current_distinctions),
        (Some(50.0), Some(1.0), true)
    );
    let classic = RuleSet::cqd_classic().thresholds;
    assert_eq!(
        (classic.audio_degradation, classic.audio_concealed_ratio, classic.audio_packet_utilization_gate),
        (Some(1.0), Some(0.07), None)
    );
    assert_eq!((classic.vbss_frame_rate_min, classic.vbss_post_fec_loss_rate), (Some(2.0), Some(0.15)));
    let interim = RuleSet::cqd_interim().thresholds;
    assert!(interim.skip_degradation_and_concealed_for_satin);
    assert_eq!(
        RuleSet { kind: RuleSetKind::CqdClassic, thresholds: RuleSet::cqd_interim().thresholds }
            .thresholds
            .audio_degradation,
        Some(1.0)
    );
    let network = RuleSet::network_targets().thresholds;
    assert_eq!(
        (network.audio_round_trip_ms, network.audio_packet_loss_rate, network.audio_jitter_ms),
        (Some(100.0), Some(0.01), Some(30.0))
    );
    assert_eq!(
        (network.audio_packet_utilization_gate, network.video_frame_rate_min, network.vbss_frame_rate_min),
        (None, None, None)
    );

    let lines = RuleSet::cqd_current().describe();
    assert_eq!(lines[0], "Audio: poor if round trip > 500 ms, packet loss > 10 % or jitter > 30 ms, only when packet utilization > 500 packets");
    assert!(lines[1].starts_with("Video: the first reported of frame loss > 50 %, then frame rate < 7 fps, then post-FEC packet loss > 15 % decides"), "{}", lines[1]);
    assert!(RuleSet::cqd_interim().describe()[0].ends_with("degradation and concealed samples not applied to SATIN"));
    assert_eq!(
        RuleSet::network_targets().describe(),
        ["Audio: poor if round trip > 100 ms, packet loss > 1 % or jitter > 30 ms"]
    );
}

#[test]
fn custom_set_starts_from_another_and_is_applied() {
    let mut custom = RuleSet::custom_from(&RuleSet::cqd_current());
    assert_eq!(custom.kind, RuleSetKind::Custom);
    assert_eq!(custom.thresholds, RuleSet::cqd_current().thresholds);
    assert_eq!(custom.name(), "Custom thresholds");
    let lossy = with(audio(), |s| s.average_packet_loss_rate = Some(0.06).into());
    assert_eq!(judge(Some("main-audio"), lossy.clone(), &custom).verdict, Verdict::Good);
    custom.thresholds.audio_packet_loss_rate = Some(0.05);
    let j = judge(Some("main-audio"), lossy, &custom);
    assert_eq!(texts(&j), ["packet loss 6 % > 5 %"]);
    let record = record_of(vec![session(participant("A"), server(), vec![media(Some("main-audio"), vec![audio()])])]);
    assert_eq!(judge_record(&record, &custom).rules, RuleSetKind::Custom);
    // A custom set derived from the network targets can add a video rule.
    let mut from_network = RuleSet::custom_from(&RuleSet::network_targets());
    let slow_video = with(video(), |s| s.average_video_frame_rate = Some(3.0).into());
    assert_eq!(
        judge(Some("main-video"), slow_video.clone(), &from_network).unclassified_reasons,
        ["no rules for video in this rule set"]
    );
    from_network.thresholds.video_frame_rate_min = Some(5.0);
    assert_eq!(texts(&judge(Some("main-video"), slow_video, &from_network)), ["frame rate 3 fps < 5 fps"]);
}

// ---------------------------------------------------------------------------------------------
// Audio

#[test]
fn audio_current_each_rule_breaks_and_every_breach_is_listed() {
    let rules = RuleSet::cqd_current();
    let j = judge(Some("main-audio"), with(audio(), |s| s.average_round_trip_time = Some(612.0).into()), &rules);
    assert_eq!((j.verdict, texts(&j)), (Verdict::Poor, vec!["round trip 612 ms > 500 ms".to_string()]));
    let j = judge(Some("main-audio"), with(audio(), |s| s.average_packet_loss_rate = Some(0.124).into()), &rules);
    assert_eq!(texts(&j), ["packet loss 12.4 % > 10 %"]);
    assert_eq!((j.breaches[0].metric, j.breaches[0].value, j.breaches[0].limit), ("averagePacketLossRate", 0.124, 0.1));
    let j = judge(Some("main-audio"), with(audio(), |s| s.average_jitter = Some(45.0).into()), &rules);
    assert_eq!(texts(&j), ["jitter 45 ms > 30 ms"]);
    let all = with(audio(), |s| {
        s.average_round_trip_time = Some(612.0).into();
        s.average_packet_loss_rate = Some(0.124).into();
        s.average_jitter = Some(45.0).into();
        s.average_audio_degradation = Some(3.0).into();
    });
    let j = judge(Some("main-audio"), all, &rules);
    assert_eq!(
        texts(&j),
        ["round trip 612 ms > 500 ms", "packet loss 12.4 % > 10 %", "jitter 45 ms > 30 ms"],
        "degradation is not a current rule"
    );
    assert_eq!(j.reasons(), ["round trip 612 ms > 500 ms", "packet loss 12.4 % > 10 %", "jitter 45 ms > 30 ms"]);
    assert_eq!(judge(Some("main-audio"), audio(), &rules).verdict, Verdict::Good);
}

#[test]
fn audio_boundaries_exactly_at_the_threshold_are_not_poor() {
    let rules = RuleSet::cqd_current();
    let at = |edit: fn(&mut MediaStream)| judge(Some("main-audio"), with(audio(), edit), &rules);
    assert_eq!(at(|s| s.average_round_trip_time = Some(500.0).into()).verdict, Verdict::Good);
    assert_eq!(at(|s| s.average_round_trip_time = Some(500.5).into()).verdict, Verdict::Poor);
    assert_eq!(at(|s| s.average_packet_loss_rate = Some(0.1).into()).verdict, Verdict::Good);
    assert_eq!(at(|s| s.average_packet_loss_rate = Some(0.1001).into()).verdict, Verdict::Poor);
    assert_eq!(at(|s| s.average_jitter = Some(30.0).into()).verdict, Verdict::Good);
    assert_eq!(at(|s| s.average_jitter = Some(31.0).into()).verdict, Verdict::Poor);
    // Durations as Graph writes them land exactly on the threshold too.
    let thirty = parse_duration_ms("PT0.03S").expect("duration");
    let half_second = parse_duration_ms("PT0.5S").expect("duration");
    let j = judge(
        Some("main-audio"),
        with(audio(), |s| {
            s.average_jitter = Some(thirty).into();
            s.average_round_trip_time = Some(half_second).into();
        }),
        &rules,
    );
    assert_eq!(j.verdict, Verdict::Good);
    // The gate: exactly 500 packets is not "> 500".
    let j = at(|s| s.packet_utilization = Some(500.0).into());
    assert_eq!(
        (j.verdict, words(&j.unclassified_reasons)),
        (Verdict::Unclassified, vec!["packet utilization 500 ≤ 500".to_string()])
    );
    assert_eq!(at(|s| s.packet_utilization = Some(501.0).into()).verdict, Verdict::Good);

    let classic = RuleSet::cqd_classic();
    let at = |edit: fn(&mut MediaStream)| judge(Some("main-audio"), with(audio(), edit), &classic);
    assert_eq!(at(|s| s.average_audio_degradation = Some(1.0).into()).verdict, Verdict::Good);
    assert_eq!(texts(&at(|s| s.average_audio_degradation = Some(2.0).into())), ["audio degradation 2.0 > 1.0"]);
    assert_eq!(at(|s| s.average_ratio_of_concealed_samples = Some(0.07).into()).verdict, Verdict::Good);
    assert_eq!(
        texts(&at(|s| s.average_ratio_of_concealed_samples = Some(0.082).into())),
        ["concealed samples 8.2 % > 7 %"]
    );
}

#[test]
fn audio_gate_and_missing_metrics_are_unclassified_with_reasons() {
    let rules = RuleSet::cqd_current();
    let j = judge(Some("main-audio"), with(audio(), |s| s.packet_utilization = Default::default()), &rules);
    assert_eq!(
        (j.verdict, words(&j.unclassified_reasons)),
        (Verdict::Unclassified, vec!["packet utilization not reported".to_string()])
    );
    // Breaches below the gate are not counted, but are noted.
    let j = judge(
        Some("main-audio"),
        with(audio(), |s| {
            s.packet_utilization = Some(312.0).into();
            s.average_packet_loss_rate = Some(0.3).into();
        }),
        &rules,
    );
    assert_eq!(j.verdict, Verdict::Unclassified);
    assert_eq!(j.unclassified_reasons, ["packet utilization 312 ≤ 500"]);
    assert!(j.breaches.is_empty());
    assert_eq!(j.notes, ["not counted below the packet-utilization gate: packet loss 30 % > 10 %"]);
    // Nothing reported.
    let bare = MediaStream {
        stream_direction: Some(MediaStreamDirection::CallerToCallee),
        packet_utilization: Some(900.0).into(),
        ..MediaStream::default()
    };
    let j = judge(Some("main-audio"), bare, &rules);
    assert_eq!(j.unclassified_reasons, ["round trip, packet loss and jitter not reported"]);
    assert_eq!(j.not_reported, ["averageRoundTripTime", "averagePacketLossRate", "averageJitter"]);
    // Some reported and fine: Good on what was reported, the rest listed.
    let j = judge(
        Some("main-audio"),
        with(audio(), |s| {
            s.average_round_trip_time = Default::default();
            s.average_packet_loss_rate = Default::default();
        }),
        &rules,
    );
    assert_eq!(j.verdict, Verdict::Good);
    assert_eq!(j.not_reported, ["averageRoundTripTime", "averagePacketLossRate"]);
    // Some reported and one breaks: Poor.
    let j = judge(
        Some("main-audio"),
        with(audio(), |s| {
            s.average_round_trip_time = Default::default();
            s.average_jitter = Default::default();
            s.average_packet_loss_rate = Some(0.2).into();
        }),
        &rules,
    );
    assert_eq!(j.verdict, Verdict::Poor);
    // A negative value is not a measurement.
    let j = judge(Some("main-audio"), with(audio(), |s| s.average_round_trip_time = Some(-196_921.0).into()), &rules);
    assert_eq!(j.verdict, Verdict::Good);
    assert_eq!(j.not_reported, ["averageRoundTripTime"]);
    assert!(
        j.notes[0].text().starts_with("averageRoundTripTime")
            && j.notes[0].text().ends_with("is not a valid measurement (treated as not reported)"),
        "{:?}",
        j.notes
    );
    let j = judge(Some("main-audio"), with(audio(), |s| s.average_jitter = Some(f64::NAN).into()), &rules);
    assert_eq!(j.not_reported, ["averageJitter"]);
}

#[test]
fn audio_interim_skips_degradation_and_concealed_for_satin_only() {
    let interim = RuleSet::cqd_interim();
    let degraded = |codec: AudioCodec| {
        with(audio(), |s| {
            s.audio_codec = Some(codec);
            s.average_audio_degradation = Some(2.0).into();
            s.average_ratio_of_concealed_samples = Some(0.2).into();
        })
    };
    for codec in [AudioCodec::Satin, AudioCodec::SatinFullband] {
        let j = judge(Some("main-audio"), degraded(codec), &interim);
        assert_eq!(j.verdict, Verdict::Good);
        assert_eq!(j.notes, ["audio degradation and concealed samples not applied: the codec is SATIN"]);
    }
    let j = judge(Some("main-audio"), degraded(AudioCodec::Opus), &interim);
    assert_eq!(texts(&j), ["audio degradation 2.0 > 1.0", "concealed samples 20 % > 7 %"]);
    // Classic does not make the exception.
    assert_eq!(judge(Some("main-audio"), degraded(AudioCodec::Satin), &RuleSet::cqd_classic()).verdict, Verdict::Poor);
    // SATIN does not excuse the network rules.
    let j = judge(
        Some("main-audio"),
        with(degraded(AudioCodec::Satin), |s| s.average_jitter = Some(40.0).into()),
        &interim,
    );
    assert_eq!(texts(&j), ["jitter 40 ms > 30 ms"]);
}

// ---------------------------------------------------------------------------------------------
// Video

#[test]
fn video_first_reported_metric_decides() {
    let rules = RuleSet::cqd_current();
    let v = |edit: fn(&mut MediaStream)| judge(Some("main-video"), with(video(), edit), &rules);
    let j = v(|s| {
        s.average_video_frame_loss_percentage = Some(62.0).into();
        s.average_video_frame_rate = Some(30.0).into();
    });
    assert_eq!(
        (j.kind, j.verdict, texts(&j)),
        (MediaKind::Video, Verdict::Poor, vec!["frame loss 62 % > 50 %".to_string()])
    );
    // Frame loss reported and fine decides Good, even with a low frame rate (noted).
    let j = v(|s| {
        s.average_video_frame_loss_percentage = Some(10.0).into();
        s.average_video_frame_rate = Some(3.0).into();
    });
    assert_eq!(j.verdict, Verdict::Good);
    assert!(
        j.notes.iter().any(|n| n == "not counted, frame loss decides first: frame rate 3 fps < 7 fps"),
        "{:?}",
        j.notes
    );
    assert!(j.notes.iter().any(|n| n.text().starts_with("decided by frame loss 10 % ≤ 50 %")), "{:?}", j.notes);
    let j = v(|s| s.average_video_frame_rate = Some(5.2).into());
    assert_eq!(texts(&j), ["frame rate 5.2 fps < 7 fps"]);
    assert_eq!(j.not_reported, ["averageVideoFrameLossPercentage"]);
    let j = v(|s| s.post_forward_error_correction_packet_loss_rate = Some(0.2).into());
    assert_eq!(texts(&j), ["post-FEC packet loss 20 % > 15 %"]);
    let j = v(|_| {});
    assert_eq!(
        (j.verdict, words(&j.unclassified_reasons)),
        (Verdict::Unclassified, vec!["frame loss, frame rate and post-FEC packet loss not reported".to_string()])
    );
}

#[test]
fn video_boundaries_and_gate() {
    let rules = RuleSet::cqd_current();
    let v = |edit: fn(&mut MediaStream)| judge(Some("main-video"), with(video(), edit), &rules);
    assert_eq!(v(|s| s.average_video_frame_loss_percentage = Some(50.0).into()).verdict, Verdict::Good);
    assert_eq!(v(|s| s.average_video_frame_rate = Some(7.0).into()).verdict, Verdict::Good);
    assert_eq!(v(|s| s.average_video_frame_rate = Some(6.9).into()).verdict, Verdict::Poor);
    assert_eq!(v(|s| s.post_forward_error_correction_packet_loss_rate = Some(0.15).into()).verdict, Verdict::Good);
    let j = v(|s| {
        s.packet_utilization = Some(312.0).into();
        s.average_video_frame_rate = Some(2.0).into();
    });
    assert_eq!(j.unclassified_reasons, ["packet utilization 312 ≤ 500"]);
    assert_eq!(
        j.notes.last().map(Reason::text).as_deref(),
        Some("not counted below the packet-utilization gate: frame rate 2 fps < 7 fps")
    );
    assert_eq!(
        v(|s| {
            s.packet_utilization = Default::default();
            s.average_video_frame_rate = Some(20.0).into();
        })
        .unclassified_reasons,
        ["packet utilization not reported"]
    );
    // Classic has no gate.
    let j = judge(
        Some("main-video"),
        with(video(), |s| {
            s.packet_utilization = Some(312.0).into();
            s.average_video_frame_rate = Some(2.0).into();
        }),
        &RuleSet::cqd_classic(),
    );
    assert_eq!(j.verdict, Verdict::Poor);
}

// ---------------------------------------------------------------------------------------------
// Video-based screen sharing

fn vbss(edit: impl FnOnce(&mut MediaStream)) -> MediaStream {
    with(video(), edit)
}

#[test]
fn vbss_current_inbound_non_h264s_uses_frame_loss_only() {
    let rules = RuleSet::cqd_current();
    // Server → participant: inbound to the client.
    let inbound = |s: MediaStream| {
        judge_between(server(), participant("Owen Franklin"), Some("applicationsharing-video"), s, &rules)
    };
    let j = inbound(vbss(|s| s.average_video_frame_loss_percentage = Some(60.0).into()));
    assert_eq!((j.kind, texts(&j)), (MediaKind::VideoBasedScreenSharing, vec!["frame loss 60 % > 50 %".to_string()]));
    assert_eq!(j.direction, "Conferencing server → Owen Franklin");
    assert_eq!(inbound(vbss(|s| s.average_video_frame_loss_percentage = Some(50.0).into())).verdict, Verdict::Good);
    let j = inbound(vbss(|s| s.average_video_frame_rate = Some(0.5).into()));
    assert_eq!(
        (j.verdict, words(&j.unclassified_reasons)),
        (Verdict::Unclassified, vec!["frame loss not reported".to_string()])
    );
}

#[test]
fn vbss_current_outbound_and_h264s_use_frame_rate_below_one() {
    let rules = RuleSet::cqd_current();
    // Participant → server: outbound from the client. Frame loss does not apply.
    let outbound = |s: MediaStream| judge(Some("applicationsharing-video"), s, &rules);
    let j = outbound(vbss(|s| {
        s.average_video_frame_loss_percentage = Some(60.0).into();
        s.average_video_frame_rate = Some(5.0).into();
    }));
    assert_eq!(j.verdict, Verdict::Good);
    assert_eq!(
        texts(&outbound(vbss(|s| s.average_video_frame_rate = Some(0.5).into()))),
        ["frame rate 0.5 fps < 1 fps"]
    );
    assert_eq!(outbound(vbss(|s| s.average_video_frame_rate = Some(1.0).into())).verdict, Verdict::Good);
    assert_eq!(
        outbound(vbss(|s| s.average_video_frame_loss_percentage = Some(60.0).into())).unclassified_reasons,
        ["frame rate not reported"]
    );
    // H264S in either direction: frame rate, not frame loss.
    let inbound_h264s = judge_between(
        server(),
        participant("Owen Franklin"),
        Some("applicationsharing-video"),
        vbss(|s| {
            s.video_codec = Some(VideoCodec::H264s);
            s.average_video_frame_loss_percentage = Some(80.0).into();
            s.average_video_frame_rate = Some(0.5).into();
        }),
        &rules,
    );
    assert_eq!(texts(&inbound_h264s), ["frame rate 0.5 fps < 1 fps"]);
    let ok_h264s = judge_between(
        server(),
        participant("O"),
        Some("applicationsharing-video"),
        vbss(|s| {
            s.video_codec = Some(VideoCodec::H264s);
            s.average_video_frame_rate = Some(2.0).into();
        }),
        &rules,
    );
    assert_eq!(ok_h264s.verdict, Verdict::Good);
    // Client to client (peer-to-peer): outbound from one, inbound to the other; both rules.
    let p2p = |s| judge_between(participant("A"), participant("B"), Some("applicationsharing-video"), s, &rules);
    assert_eq!(texts(&p2p(vbss(|s| s.average_video_frame_rate = Some(0.5).into()))), ["frame rate 0.5 fps < 1 fps"]);
    assert_eq!(
        texts(&p2p(vbss(|s| s.average_video_frame_loss_percentage = Some(70.0).into()))),
        ["frame loss 70 % > 50 %"]
    );
    // Direction unknown: the current rules cannot be applied to a non-H264S stream.
    let j = judge(
        Some("applicationsharing-video"),
        vbss(|s| {
            s.stream_direction = None;
            s.average_video_frame_rate = Some(0.5).into();
        }),
        &rules,
    );
    assert_eq!(j.verdict, Verdict::Unclassified);
    assert!(
        j.unclassified_reasons[0].text().starts_with("inbound or outbound could not be determined"),
        "{:?}",
        j.unclassified_reasons
    );
    // … but an H264S stream is judged in either direction.
    let j = judge(
        Some("applicationsharing-video"),
        vbss(|s| {
            s.stream_direction = None;
            s.video_codec = Some(VideoCodec::H264s);
            s.average_video_frame_rate = Some(0.5).into();
        }),
        &rules,
    );
    assert_eq!(j.verdict, Verdict::Poor);
    // VBSS has no packet-utilization gate.
    assert_eq!(
        outbound(vbss(|s| {
            s.packet_utilization = Some(10.0).into();
            s.average_video_frame_rate = Some(0.5).into();
        }))
        .verdict,
        Verdict::Poor
    );
}

#[test]
fn vbss_classic_three_ordered_steps() {
    let rules = RuleSet::cqd_classic();
    let j = |s| judge(Some("applicationsharing-video"), s, &rules);
    assert_eq!(
        texts(&j(vbss(|s| s.average_video_frame_loss_percentage = Some(60.0).into()))),
        ["frame loss 60 % > 50 %"],
        "any direction under classic"
    );
    assert_eq!(texts(&j(vbss(|s| s.average_video_frame_rate = Some(1.5).into()))), ["frame rate 1.5 fps < 2 fps"]);
    assert_eq!(j(vbss(|s| s.average_video_frame_rate = Some(2.0).into())).verdict, Verdict::Good);
    assert_eq!(
        texts(&j(vbss(|s| s.post_forward_error_correction_packet_loss_rate = Some(0.2).into()))),
        ["post-FEC packet loss 20 % > 15 %"]
    );
    assert_eq!(j(vbss(|_| {})).unclassified_reasons, ["frame loss, frame rate and post-FEC packet loss not reported"]);
}

// ---------------------------------------------------------------------------------------------
// Other media and the network targets

#[test]
fn sharing_data_and_unknown_media_are_unclassified_with_reasons() {
    let rules = RuleSet::cqd_current();
    let j = judge(Some("applicationsharing"), video(), &rules);
    assert_eq!(
        (j.kind, words(&j.unclassified_reasons)),
        (
            MediaKind::ApplicationSharing,
            vec!["no rules for application sharing (CQD uses RDP metrics Graph does not report)".to_string()]
        )
    );
    let j = judge(Some("data"), MediaStream::default(), &rules);
    assert_eq!((j.kind, words(&j.unclassified_reasons)), (MediaKind::Data, vec!["no rules for data".to_string()]));
    let j = judge(Some("whiteboard-ink"), MediaStream::default(), &rules);
    assert_eq!(j.kind, MediaKind::Unknown);
    assert_eq!(
        j.unclassified_reasons,
        ["media kind unknown (label \"whiteboard-ink\" not recognised, and no codec or kind-specific metric)"]
    );
    let j = judge(None, MediaStream { packet_utilization: Some(900.0).into(), ..MediaStream::default() }, &rules);
    assert_eq!(j.unclassified_reasons, ["media kind unknown (no label, codec or kind-specific metric tells)"]);
}

#[test]
fn network_targets_apply_to_audio_with_inclusive_targets() {
    let rules = RuleSet::network_targets();
    let a = |edit: fn(&mut MediaStream)| judge(Some("main-audio"), with(audio(), edit), &rules);
    assert_eq!(
        a(|s| s.average_round_trip_time = Some(100.0).into()).verdict,
        Verdict::Good,
        "exactly at the target meets it"
    );
    assert_eq!(texts(&a(|s| s.average_round_trip_time = Some(101.0).into())), ["round trip 101 ms > 100 ms"]);
    assert_eq!(a(|s| s.average_packet_loss_rate = Some(0.01).into()).verdict, Verdict::Good);
    assert_eq!(texts(&a(|s| s.average_packet_loss_rate = Some(0.011).into())), ["packet loss 1.1 % > 1 %"]);
    assert_eq!(a(|s| s.average_jitter = Some(30.0).into()).verdict, Verdict::Good);
    assert_eq!(texts(&a(|s| s.average_jitter = Some(30.5).into())), ["jitter 30.5 ms > 30 ms"]);
    // No gate: a quiet stream is still judged.
    assert_eq!(
        a(|s| {
            s.packet_utilization = Some(10.0).into();
            s.average_jitter = Some(40.0).into();
        })
        .verdict,
        Verdict::Poor
    );
    assert_eq!(
        texts(&a(|s| {
            s.average_round_trip_time = Some(180.0).into();
            s.average_packet_loss_rate = Some(0.05).into();
        })),
        ["round trip 180 ms > 100 ms", "packet loss 5 % > 1 %"]
    );
    // Other media get no verdict from the targets.
    let j = judge(Some("main-video"), with(video(), |s| s.average_round_trip_time = Some(150.0).into()), &rules);
    assert_eq!(
        (j.kind, j.verdict, words(&j.unclassified_reasons)),
        (MediaKind::Video, Verdict::Unclassified, vec!["no rules for video in this rule set".to_string()])
    );
    let j = judge(
        Some("applicationsharing-video"),
        with(video(), |s| s.average_video_frame_rate = Some(0.1).into()),
        &rules,
    );
    assert_eq!(j.unclassified_reasons, ["no rules for screen sharing in this rule set"]);
    let j = judge(Some("data"), MediaStream::default(), &rules);
    assert_eq!(j.unclassified_reasons, ["no rules for data"]);
}

// ---------------------------------------------------------------------------------------------
// Media kind and direction

#[test]
fn media_kind_from_labels() {
    for (label, kind) in [
        ("main-audio", MediaKind::Audio),
        ("MAIN-AUDIO", MediaKind::Audio),
        ("main-video", MediaKind::Video),
        ("main-video3", MediaKind::Video),
        ("panoramic-video", MediaKind::Video),
        ("applicationsharing-video", MediaKind::VideoBasedScreenSharing),
        ("videoBasedScreenSharing", MediaKind::VideoBasedScreenSharing),
        ("applicationsharing", MediaKind::ApplicationSharing),
        ("screenSharing", MediaKind::ApplicationSharing),
        ("data", MediaKind::Data),
        ("x-data", MediaKind::Data),
    ] {
        assert_eq!(kind_of(Some(label), MediaStream::default()), kind, "{label}");
    }
    // The label wins over a codec.
    assert_eq!(
        kind_of(Some("main-audio"), MediaStream { video_codec: Some(VideoCodec::H264), ..MediaStream::default() }),
        MediaKind::Audio
    );
}

#[test]
fn media_kind_from_codecs_metrics_and_session_modality() {
    let codec = |audio: Option<AudioCodec>, video: Option<VideoCodec>| {
        kind_of(None, MediaStream { audio_codec: audio, video_codec: video, ..MediaStream::default() })
    };
    assert_eq!(codec(Some(AudioCodec::Opus), None), MediaKind::Audio);
    assert_eq!(codec(None, Some(VideoCodec::H264s)), MediaKind::VideoBasedScreenSharing);
    assert_eq!(codec(None, Some(VideoCodec::H264)), MediaKind::Video);
    assert_eq!(codec(Some(AudioCodec::Unknown), None), MediaKind::Unknown, "an unknown codec tells nothing");
    assert_eq!(
        codec(Some(AudioCodec::Opus), Some(VideoCodec::H264)),
        MediaKind::Unknown,
        "conflicting codecs tell nothing"
    );
    // An unrecognised label falls through to the codec.
    assert_eq!(
        kind_of(Some("mystery"), MediaStream { audio_codec: Some(AudioCodec::Silk), ..MediaStream::default() }),
        MediaKind::Audio
    );
    assert_eq!(
        kind_of(None, MediaStream { average_audio_degradation: Some(0.2).into(), ..MediaStream::default() }),
        MediaKind::Audio
    );
    assert_eq!(
        kind_of(None, MediaStream { average_video_frame_rate: Some(25.0).into(), ..MediaStream::default() }),
        MediaKind::Video
    );
    assert_eq!(
        kind_of(None, MediaStream { average_jitter: Some(4.0).into(), ..MediaStream::default() }),
        MediaKind::Unknown,
        "jitter alone is not kind-specific"
    );
    // The session's only modality.
    let mut record =
        record_of(vec![session(participant("A"), server(), vec![media(None, vec![MediaStream::default()])])]);
    record.sessions[0].modalities = Some(vec![Modality::Video]);
    let stream = record.streams().next().expect("stream");
    assert_eq!(media_kind_with_basis(&stream), (MediaKind::Video, KindBasis::SessionModality("video".into())));
    record.sessions[0].modalities = Some(vec![Modality::Audio, Modality::Video]);
    let stream = record.streams().next().expect("stream");
    assert_eq!(media_kind(&stream), MediaKind::Unknown);
}

#[test]
fn client_side_reads_endpoint_kinds_and_direction() {
    let side = |caller: Endpoint, callee: Endpoint, direction: Option<MediaStreamDirection>| {
        let s = MediaStream { stream_direction: direction, ..MediaStream::default() };
        let record = record_of(vec![session(caller, callee, vec![media(Some("main-audio"), vec![s])])]);
        let stream = record.streams().next().expect("stream");
        client_side(&stream)
    };
    assert_eq!(side(participant("A"), server(), Some(MediaStreamDirection::CallerToCallee)), ClientSide::Outbound);
    assert_eq!(side(participant("A"), server(), Some(MediaStreamDirection::CalleeToCaller)), ClientSide::Inbound);
    assert_eq!(side(server(), participant("A"), Some(MediaStreamDirection::CallerToCallee)), ClientSide::Inbound);
    assert_eq!(
        side(participant("A"), participant("B"), Some(MediaStreamDirection::CalleeToCaller)),
        ClientSide::ClientToClient
    );
    assert_eq!(side(server(), server(), Some(MediaStreamDirection::CallerToCallee)), ClientSide::ServerToServer);
    assert_eq!(side(participant("A"), server(), None), ClientSide::Undetermined);
    assert_eq!(
        side(participant("A"), Endpoint::default(), Some(MediaStreamDirection::CallerToCallee)),
        ClientSide::Undetermined
    );
}

// ---------------------------------------------------------------------------------------------
// Roll-ups

#[test]
fn roll_ups_per_media_segment_session_and_call() {
    let rules = RuleSet::cqd_current();
    let poor = with(audio(), |s| s.average_jitter = Some(80.0).into());
    let gated = with(audio(), |s| s.packet_utilization = Some(20.0).into());
    let good_video = with(video(), |s| s.average_video_frame_rate = Some(25.0).into());
    let owen = session(
        participant("Owen Franklin"),
        server(),
        vec![
            media(Some("main-audio"), vec![poor.clone(), audio()]),
            media(Some("main-video"), vec![good_video.clone()]),
        ],
    );
    let mut abbie =
        session(participant("Abbie Wilkins"), server(), vec![media(Some("main-audio"), vec![audio(), gated])]);
    abbie.segments.push(Segment { media: vec![media(Some("main-audio"), vec![poor])], ..Segment::default() });
    let record = record_of(vec![owen, abbie]);
    let j = judge_record(&record, &rules);
    assert_eq!(j.streams.len(), 6);
    let verdicts: Vec<Verdict> = j.streams.iter().map(|s| s.verdict).collect();
    assert_eq!(
        verdicts,
        [Verdict::Poor, Verdict::Good, Verdict::Good, Verdict::Good, Verdict::Unclassified, Verdict::Poor]
    );

    assert_eq!(j.tally_call(), Tally { good: 3, poor: 2, unclassified: 1 });
    assert_eq!(j.tally_call().describe(), "2 of 6 streams poor, 1 unclassified");
    assert_eq!(j.tally_call().verdict(), Verdict::Poor);
    assert_eq!(j.tally_session(0), Tally { good: 2, poor: 1, unclassified: 0 });
    assert_eq!(j.tally_session(0).describe(), "1 of 3 streams poor");
    assert_eq!(j.tally_media(0, 0, 1).describe(), "1 stream, good");
    assert_eq!(j.tally_media(0, 0, 0).verdict(), Verdict::Poor);
    assert_eq!(j.tally_segment(1, 0), Tally { good: 1, poor: 0, unclassified: 1 });
    assert_eq!(j.tally_segment(1, 0).describe(), "1 of 2 streams good, 1 unclassified");
    assert_eq!(j.tally_segment(1, 0).verdict(), Verdict::Good);
    assert_eq!(j.tally_segment(1, 1).describe(), "1 stream, poor");
    assert_eq!(j.tally_session(7).describe(), "no streams");
    assert_eq!(j.poor_streams().count(), 2);

    let path = StreamPath { session: 1, segment: 0, media: 0, stream: 1 };
    assert_eq!(j.stream(path).map(|s| s.verdict), Some(Verdict::Unclassified));
    assert_eq!(j.stream(StreamPath { session: 3, segment: 0, media: 0, stream: 0 }), None);
    assert_eq!(j.streams[0].direction, "Owen Franklin → Conferencing server");
}

#[test]
fn tally_verdicts_and_descriptions() {
    let t = |good, poor, unclassified| Tally { good, poor, unclassified };
    assert_eq!(t(4, 0, 0).describe(), "all 4 streams good");
    assert_eq!(t(0, 3, 0).describe(), "all 3 streams poor");
    assert_eq!(t(0, 0, 3).describe(), "all 3 streams unclassified");
    assert_eq!(t(3, 0, 1).describe(), "3 of 4 streams good, 1 unclassified");
    assert_eq!(t(0, 0, 0).describe(), "no streams");
    assert_eq!(t(0, 0, 1).describe(), "1 stream, unclassified");
    assert_eq!(t(1, 1, 0).verdict(), Verdict::Poor);
    assert_eq!(t(1, 0, 5).verdict(), Verdict::Good);
    assert_eq!(t(0, 0, 2).verdict(), Verdict::Unclassified);
    assert_eq!(t(0, 0, 0).verdict(), Verdict::Unclassified);
    let collected: Tally = [Verdict::Good, Verdict::Poor, Verdict::Poor].into_iter().collect();
    assert_eq!(collected, t(1, 2, 0));
    assert_eq!(collected.total(), 3);
    assert_eq!(
        (Verdict::Good.as_str(), Verdict::Poor.as_str(), Verdict::Unclassified.as_str()),
        ("good", "poor", "unclassified")
    );
}

// ---------------------------------------------------------------------------------------------
// Findings

fn endpoint_json(value: Value) -> Endpoint {
    serde_json::from_value(value).expect("endpoint")
}

fn one_media_record(media_json: Value, caller: Endpoint, callee: Endpoint) -> CallRecord {
    let media: Media = serde_json::from_value(media_json).expect("media");
    record_of(vec![session(caller, callee, vec![media])])
}

fn titles(found: &[Finding]) -> Vec<(&str, &str)> {
    found.iter().map(|f| (f.who.as_str(), f.title.as_str())).collect()
}

#[test]
fn finding_feedback_poor_and_bad_with_tokens_and_text_once_per_person() {
    let rated = |rating: &str| {
        endpoint_json(json!({
            "@odata.type": "#microsoft.graph.callRecords.participantEndpoint",
            "associatedIdentity": { "displayName": "Abbie Wilkins" },
            "feedback": { "rating": rating, "text": "  kept cutting out ", "tokens": { "Noisy": true, "DistortedSound": true, "Echo": false } }
        }))
    };
    // The same endpoint (with its feedback) is on the session and on its segment: one finding.
    let record = one_media_record(json!({ "label": "main-audio" }), rated("poor"), server());
    let found = findings(&record);
    assert_eq!(titles(&found), [("Abbie Wilkins", "rated the call poor (distorted sound, noisy)")]);
    assert_eq!(found[0].kind, FindingKind::Feedback);
    assert_eq!(
        found[0].evidence,
        "feedback.rating poor; tokens true: DistortedSound, Noisy; text: \"kept cutting out\""
    );
    assert_eq!((found[0].session, found[0].segment, found[0].media), (Some(0), None, None));
    let record = one_media_record(json!({ "label": "main-audio" }), rated("bad"), server());
    assert_eq!(findings(&record)[0].title, "rated the call bad (distorted sound, noisy)");
    for rating in ["fair", "good", "excellent", "notRated"] {
        let record = one_media_record(json!({ "label": "main-audio" }), rated(rating), server());
        assert!(findings(&record).is_empty(), "{rating}");
    }
}

#[test]
fn finding_failures_with_stage_and_reason() {
    let mut record = one_media_record(json!({ "label": "main-audio" }), participant("Owen Franklin"), server());
    record.sessions[0].failure_info =
        Some(FailureInfo { stage: Some(FailureStage::CallSetup), reason: Some("CallEndReasonMediaError".into()) });
    // The same failure repeated on the segment is not reported twice.
    record.sessions[0].segments[0].failure_info = record.sessions[0].failure_info.clone();
    let found = findings(&record);
    assert_eq!(titles(&found), [("Owen Franklin", "failed at call setup")]);
    assert_eq!(found[0].kind, FindingKind::Failure);
    assert_eq!(
        found[0].evidence,
        "failureInfo.stage callSetup, reason \"CallEndReasonMediaError\" (callSetup also covers benign endings, e.g. hanging up while at an IVR) on the session"
    );
    record.sessions[0].failure_info = Some(FailureInfo { stage: Some(FailureStage::Midcall), reason: None });
    record.sessions[0].segments[0].failure_info = None;
    let found = findings(&record);
    assert_eq!(titles(&found), [("Owen Franklin", "failed mid-call")]);
    assert_eq!(found[0].evidence, "failureInfo.stage midcall, reason not reported on the session");
    // Peer-to-peer: the session concerns both people.
    let mut p2p =
        one_media_record(json!({ "label": "main-audio" }), participant("Abbie Wilkins"), participant("Owen Franklin"));
    p2p.sessions[0].segments[0].failure_info =
        Some(FailureInfo { stage: Some(FailureStage::Unknown), reason: Some("x".into()) });
    let found = findings(&p2p);
    assert_eq!(titles(&found), [("Abbie Wilkins and Owen Franklin", "failed (stage not reported)")]);
    assert_eq!(found[0].segment, Some(0));
    // An empty failureInfo says nothing.
    p2p.sessions[0].segments[0].failure_info = Some(FailureInfo::default());
    assert!(findings(&p2p).is_empty());
}

#[test]
fn finding_device_problems_per_side_with_limits() {
    let record = one_media_record(
        json!({
            "label": "main-audio",
            "callerDevice": { "captureNotFunctioningEventRatio": 0.005, "renderNotFunctioningEventRatio": 0.0049, "micGlitchRate": 1, "speakerGlitchRate": 0.9,
                              "howlingEventCount": 2, "deviceClippingEventRatio": 0.05, "lowSpeechLevelEventRatio": 0.049 },
            "calleeDevice": { "renderNotFunctioningEventRatio": 0.02, "howlingEventCount": 0, "renderMuteEventRatio": 0.5, "renderZeroVolumeEventRatio": 0.04,
                              "lowSpeechToNoiseEventRatio": 0.3, "cpuInsufficentEventRatio": 0.06, "deviceGlitchEventRatio": 0.07 }
        }),
        participant("Abbie Wilkins"),
        participant("Owen Franklin"),
    );
    let found = findings(&record);
    assert_eq!(
        titles(&found),
        [
            ("Abbie Wilkins", "microphone not functioning"),
            ("Abbie Wilkins", "howling or screeching"),
            ("Abbie Wilkins", "microphone clipping"),
            ("Abbie Wilkins", "microphone glitches"),
            ("Owen Franklin", "speaker not functioning"),
            ("Owen Franklin", "audio device glitches"),
            ("Owen Franklin", "noisy microphone signal (low speech-to-noise)"),
            ("Owen Franklin", "CPU insufficient for media"),
            ("Owen Franklin", "speaker muted"),
        ]
    );
    assert!(found.iter().all(|f| f.kind == FindingKind::Device));
    assert_eq!(
        found[0].evidence,
        "callerDevice.captureNotFunctioningEventRatio 0.005 ≥ 0.005 (0.5 % of the call); Call Analytics rates a session poor at ≥ 0.005"
    );
    assert_eq!(found[0].severity, FindingSeverity::Problem);
    assert_eq!(found[1].evidence, "callerDevice.howlingEventCount 2 > 0");
    assert_eq!(found[3].evidence, "callerDevice.micGlitchRate 1 per 5 min ≥ 1 (good quality is under 1 per 5 min)");
    assert_eq!(found[3].severity, FindingSeverity::Warning);
    assert_eq!((found[4].session, found[4].segment, found[4].media), (Some(0), Some(0), Some(0)));
    assert!(found[4].evidence.starts_with("calleeDevice.renderNotFunctioningEventRatio 0.02"));
}

#[test]
fn finding_device_same_problem_once_per_person_worst_value_kept() {
    let mut record = one_media_record(
        json!({ "label": "main-audio", "calleeDevice": { "micGlitchRate": 5 } }),
        server(),
        participant("Owen Franklin"),
    );
    let second: Media =
        serde_json::from_value(json!({ "label": "main-video", "calleeDevice": { "micGlitchRate": 9 } }))
            .expect("media");
    record.sessions[0].segments[0].media.push(second);
    // The server side reports nothing about people.
    record.sessions[0].segments[0].media[0].caller_device =
        Some(DeviceInfo { mic_glitch_rate: Some(50.0).into(), ..DeviceInfo::default() });
    let found = findings(&record);
    assert_eq!(titles(&found), [("Owen Franklin", "microphone glitches")]);
    assert!(found[0].evidence.starts_with("calleeDevice.micGlitchRate 9 per 5 min"), "{}", found[0].evidence);
    assert_eq!(found[0].media, Some(1));
}

#[test]
fn finding_network_conditions_per_side() {
    let record = one_media_record(
        json!({
            "label": "main-audio",
            "callerNetwork": { "connectionType": "wifi", "wifiBand": "frequency24GHz", "wifiChannel": 6, "wifiSignalStrength": 35,
                               "networkTransportProtocol": "tcp", "delayEventRatio": 0.1, "bandwidthLowEventRatio": 0.049 },
            "calleeNetwork": { "connectionType": "tunnel", "networkTransportProtocol": "udp", "relayIPAddress": "52.114.0.1", "relayPort": 3478,
                               "wifiSignalStrength": 10, "bandwidthLowEventRatio": 0.2, "sentQualityEventRatio": 0.05 }
        }),
        participant("Abbie Wilkins"),
        participant("Owen Franklin"),
    );
    let found = findings(&record);
    assert_eq!(
        titles(&found),
        [
            ("Abbie Wilkins", "media over TCP, not UDP"),
            ("Abbie Wilkins", "Wi-Fi on the 2.4 GHz band"),
            ("Abbie Wilkins", "weak Wi-Fi signal"),
            ("Abbie Wilkins", "network delay impaired two-way talk"),
            ("Owen Franklin", "VPN or tunnel connection"),
            ("Owen Franklin", "media relay allocated"),
            ("Owen Franklin", "bandwidth too low for sent audio"),
            ("Owen Franklin", "network degraded sent audio"),
        ],
        "a weak signal on a tunnel (not Wi-Fi) is not reported"
    );
    assert!(found.iter().all(|f| f.kind == FindingKind::Network));
    assert_eq!(found[1].evidence, "callerNetwork.wifiBand frequency24GHz, wifiChannel 6");
    assert_eq!(found[2].evidence, "callerNetwork.wifiSignalStrength 35 % < 50 %");
    assert_eq!(found[3].evidence, "callerNetwork.delayEventRatio 0.1 ≥ 0.05 (10 % of the call)");
    assert_eq!(found[5].severity, FindingSeverity::Info);
    let edge = one_media_record(
        json!({ "callerNetwork": { "connectionType": "wifi", "wifiSignalStrength": 50 } }),
        participant("A"),
        server(),
    );
    assert!(findings(&edge).is_empty(), "50 % is not weak");
    let limits = FindingLimits { weak_wifi_signal_percent: 60.0, ..FindingLimits::default() };
    assert_eq!(titles(&findings_with(&edge, &limits)), [("A", "weak Wi-Fi signal")]);
}

// ---------------------------------------------------------------------------------------------
// Summary

#[test]
fn summary_of_a_group_call() {
    let wifi: NetworkInfo =
        serde_json::from_value(json!({ "connectionType": "wifi", "wifiBand": "frequency24GHz" })).expect("network");
    let lossy_inbound = with(audio(), |s| {
        s.stream_direction = Some(MediaStreamDirection::CalleeToCaller);
        s.average_packet_loss_rate = Some(0.124).into();
    });
    let mut owen =
        session(participant("Owen Franklin"), server(), vec![media(Some("main-audio"), vec![audio(), lossy_inbound])]);
    owen.segments[0].media[0].caller_network = Some(wifi);
    let abbie_endpoint = endpoint_json(json!({
        "@odata.type": "#microsoft.graph.callRecords.participantEndpoint",
        "associatedIdentity": { "displayName": "Abbie Wilkins" },
        "feedback": { "rating": "poor", "tokens": { "Noisy": true } }
    }));
    let mut sessions = vec![owen, session(abbie_endpoint, server(), vec![media(Some("main-audio"), vec![audio()])])];
    for name in ["Ann Lee", "Bo Chen", "Cy Diaz"] {
        sessions.push(session(participant(name), server(), vec![media(Some("main-audio"), vec![audio()])]));
    }
    let mut record = record_of(sessions);
    record.modalities = vec![Modality::Audio];
    record.start = Some(callrecords::model::datetime::UtcInstant(0));
    record.end = Some(callrecords::model::datetime::UtcInstant(47 * 60_000));
    let judgement = judge_record(&record, &RuleSet::cqd_current());
    let summary = summarize_call(&record, &judgement, &findings(&record));
    assert_eq!(
        summary,
        "Group call with audio, 5 participants, 47 min. \
         Under CQD current, 1 of 6 streams poor: Owen Franklin's inbound audio (packet loss 12.4 % > 10 %, on Wi-Fi 2.4 GHz). \
         Abbie Wilkins rated the call poor (noisy). \
         Device and network: Owen Franklin: Wi-Fi on the 2.4 GHz band."
    );
}

#[test]
fn summary_of_a_clean_call_has_two_sentences() {
    let record =
        record_of(vec![session(participant("A"), participant("B"), vec![media(Some("main-audio"), vec![audio()])])]);
    let judgement = judge_record(&record, &RuleSet::cqd_current());
    assert_eq!(
        summarize_call(&record, &judgement, &findings(&record)),
        "Group call between A and B. Under CQD current, its only stream was good."
    );
}

// ---------------------------------------------------------------------------------------------
// Command line

fn cli(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_callrecords")).args(args).stdin(Stdio::null()).output().expect("run callrecords")
}

fn cli_json(output: &Output) -> Value {
    serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&output.stdout)))
}

fn cli_stream<'a>(summary: &'a Value, id: &str) -> &'a Value {
    summary["records"][0]["sessions"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|s| s["streams"].as_array().into_iter().flatten())
        .find(|s| s["streamId"] == id)
        .unwrap_or_else(|| panic!("stream {id} in {summary}"))
}

#[test]
fn cli_rules_classic_reports_verdicts_findings_and_summary() {
    let file = corpus_path("v1.0-get-callrecord-expanded-legacy.json");
    let file = file.to_str().expect("utf-8 path");
    let output = cli(&["summary", "--rules", "classic", file]);
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    let summary = cli_json(&output);
    assert_eq!(summary["rules"]["id"], "classic");
    assert_eq!(summary["rules"]["name"], "CQD, classic (to 2020)");
    let poor = cli_stream(&summary, "1785122252");
    assert_eq!(poor["verdict"], "poor");
    assert_eq!(poor["reasons"], json!(["audio degradation 1.16 > 1.0"]));
    assert_eq!(poor["mediaKind"], "audio");
    assert_eq!(cli_stream(&summary, "1504545584")["verdict"], "good");
    let record = &summary["records"][0];
    assert_eq!(record["tally"], "1 of 2 streams poor");
    assert_eq!(record["verdict"], "poor");
    assert_eq!(record["findings"][0]["kind"], "feedback");
    assert_eq!(record["findings"][0]["who"], "Owen Franklin");
    assert!(record["summary"]
        .as_str()
        .is_some_and(|s| s.starts_with("Peer-to-peer call with audio between Abbie Wilkins and Owen Franklin")));
    // The existing fields stay.
    assert_eq!(summary["counts"]["streams"], 2);
    assert!(summary["diagnostics"].is_array() && summary["sources"].is_array());
    assert_eq!(record["id"], "e523d2ed-2966-4b6b-925b-754a88034cc5");
}

#[test]
fn cli_default_rules_are_cqd_current_and_equals_form_works() {
    let file = corpus_path("v1.0-get-callrecord-expanded-legacy.json");
    let file = file.to_str().expect("utf-8 path");
    let output = cli(&["summary", file]);
    assert_eq!(output.status.code(), Some(0));
    let summary = cli_json(&output);
    assert_eq!(summary["rules"]["name"], "CQD, current (2022–)");
    let gated = cli_stream(&summary, "1504545584");
    assert_eq!(gated["verdict"], "unclassified");
    assert_eq!(gated["reasons"], json!(["packet utilization 67 ≤ 500"]));
    assert_eq!(cli_stream(&summary, "1785122252")["reasons"], json!([]));

    let output = cli(&["summary", "--rules=network", file]);
    assert_eq!(output.status.code(), Some(0));
    let summary = cli_json(&output);
    assert_eq!(summary["rules"]["id"], "network");
    assert_eq!(cli_stream(&summary, "1785122252")["reasons"], json!(["packet loss 1.38 % > 1 %"]));
    let output = cli(&["summary", file, "--rules", "interim"]);
    assert_eq!(cli_json(&output)["rules"]["id"], "interim");
}

#[test]
fn cli_exit_codes() {
    let file = corpus_path("v1.0-get-callrecord-expanded-legacy.json");
    let file = file.to_str().expect("utf-8 path");
    for args in [
        vec!["summary", "--rules", "bogus", file],
        vec!["summary", "--rules"],
        vec!["summary", "--rules=", file],
        vec!["summary", "--colour", file],
        vec!["summary"],
        vec!["frobnicate", file],
        vec![],
    ] {
        let output = cli(&args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(output.stdout.is_empty(), "{args:?}");
        assert!(String::from_utf8_lossy(&output.stderr).contains("usage: callrecords summary"), "{args:?}");
    }
    let output = cli(&["summary", "--rules", "bogus", file]);
    assert!(String::from_utf8_lossy(&output.stderr).contains("unknown rule set \"bogus\""));

    // A file that cannot be read at all: 1, and the others are still summarised.
    let missing = std::env::temp_dir().join("callrecords-quality-test-missing.json");
    let output = cli(&["summary", file, missing.to_str().expect("utf-8 path")]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(cli_json(&output)["counts"]["records"], 1);
    let garbage = std::env::temp_dir().join(format!("callrecords-quality-test-{}.txt", std::process::id()));
    std::fs::write(&garbage, "this is not json").expect("temp file");
    let output = cli(&["summary", garbage.to_str().expect("utf-8 path")]);
    let _ = std::fs::remove_file(&garbage);
    assert_eq!(output.status.code(), Some(1));

    let output = cli(&["--help"]);
    assert_eq!(output.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&output.stdout).contains("--rules"));
}

#[test]
fn breach_values_never_read_the_same_as_their_limit() {
    let rules = RuleSet::cqd_current();
    let j = judge(Some("main-audio"), with(audio(), |s| s.average_packet_loss_rate = Some(0.1001).into()), &rules);
    assert_eq!(texts(&j), ["packet loss 10.01 % > 10 %"]);
    let j = judge(Some("main-audio"), with(audio(), |s| s.average_round_trip_time = Some(500.4).into()), &rules);
    assert_eq!(texts(&j), ["round trip 500.4 ms > 500 ms"]);
    let j = judge(Some("main-video"), with(video(), |s| s.average_video_frame_rate = Some(6.99).into()), &rules);
    assert_eq!(texts(&j), ["frame rate 6.99 fps < 7 fps"]);
}
