//! The page's built-in example (src/app/example.json): the checked-in file is exactly what
//! `callrecords example` (src/synth/example.rs) writes, and it tells its story through the core's
//! own APIs: Owen Franklin's poor inbound audio on 2.4 GHz Wi-Fi, the mid-call drop, the rejoin
//! that only the pre-2022 rules call poor, and the PSTN and Direct Routing rows that link to the
//! meeting.

use callrecords::calllogs::{link_dataset, Linking, MatchOptions, MatchReason, RowRef};
use callrecords::ingest::ingest;
use callrecords::judge::{
    client_side, findings, judge_record, media_kind, ClientSide, Finding, FindingKind, MediaKind, RuleSet, Verdict,
};
use callrecords::model::diagnostic::Severity;
use callrecords::model::enums::{CallType, FailureStage, NetworkTransportProtocol, WifiBand};
use callrecords::model::record::{CallRecord, Session, StreamRef};
use callrecords::model::{Counts, Dataset};
use callrecords::sliced::Sliced;

const EXAMPLE: &str = include_str!("../../../src/app/example.json");
const MEETING: &str = "3d76f4b9-47ea-5fb9-810f-3e12a619b13b";
const OWEN: &str = "Owen Franklin";

fn load() -> Dataset {
    ingest([("example.json", EXAMPLE.as_bytes())])
}

fn meeting(dataset: &Dataset) -> &CallRecord {
    dataset.records.iter().find(|r| r.id == MEETING).expect("the meeting is loaded")
}

/// Indexes of the sessions Owen joined, in order.
fn owen_sessions(record: &CallRecord) -> Vec<usize> {
    let is_owen = |s: &&Session| s.caller.as_ref().is_some_and(|c| c.display_name() == OWEN);
    record.sessions.iter().enumerate().filter(|(_, s)| is_owen(s)).map(|(i, _)| i).collect()
}

/// The inbound audio streams of a session (conferencing server → participant), by the judge's
/// own media kind and client side.
fn inbound_audio(record: &CallRecord, session: usize) -> Vec<StreamRef<'_>> {
    record
        .streams()
        .filter(|s| s.path.session == session)
        .filter(|s| media_kind(s) == MediaKind::Audio && client_side(s) == ClientSide::Inbound)
        .collect()
}

fn has_finding(all: &[Finding], kind: FindingKind, who: &str, title: &str, session: usize) -> bool {
    all.iter().any(|f| f.kind == kind && f.who == who && f.title == title && f.session == Some(session))
}

#[test]
fn checked_in_example_is_what_the_generator_writes() {
    let written = callrecords::synth::example_json();
    if EXAMPLE != written {
        let line = EXAMPLE.lines().zip(written.lines()).position(|(a, b)| a != b).map_or(0, |i| i + 1);
        panic!(
            "src/app/example.json differs from callrecords::synth::example_json() (first at line {line}, {} bytes \
             checked in, {} written); regenerate it with\n    cargo run -q -p callrecords -- example > src/app/example.json",
            EXAMPLE.len(),
            written.len()
        );
    }
    assert!(EXAMPLE.len() < 80 * 1024, "the example is {} bytes, over 80 KB", EXAMPLE.len());
}

#[test]
fn example_loads_cleanly_with_everything_in_it() {
    let dataset = load();
    let errors: Vec<_> = dataset.diagnostics.iter().filter(|d| d.severity == Severity::Error).collect();
    assert!(errors.is_empty(), "{errors:#?}");
    assert!(dataset.diagnostics.is_empty(), "{:#?}", dataset.diagnostics);
    let expected = Counts {
        records: 2,
        sessions: 7,
        segments: 9,
        media: 17,
        streams: 29,
        pstn_rows: 8,
        direct_routing_rows: 10,
        ..Counts::default()
    };
    assert_eq!(dataset.counts(), expected);
    let types: Vec<_> = dataset.records.iter().map(|r| r.call_type.clone()).collect();
    assert_eq!(types, [Some(CallType::GroupCall), Some(CallType::PeerToPeer)]);
    let meeting = meeting(&dataset);
    assert!(meeting.sessions_loaded && !meeting.more_sessions && !meeting.placeholder);
    let (start, end) = (meeting.start.unwrap().0, meeting.end.unwrap().0);
    assert!((46 * 60_000..=48 * 60_000).contains(&(end - start)), "the meeting lasts {} ms", end - start);
}

#[test]
fn owen_hears_the_meeting_badly_on_weak_2_4_ghz_wifi() {
    let dataset = load();
    let meeting = meeting(&dataset);
    let sessions = owen_sessions(meeting);
    assert_eq!(sessions.len(), 2, "Owen joins twice");
    let first = sessions[0];

    let inbound = inbound_audio(meeting, first);
    let stream = inbound.first().expect("Owen's first session has inbound audio");
    assert_eq!(stream.path.segment, 0);
    let loss = stream.stream.average_packet_loss_rate.get().unwrap();
    assert!(loss > 0.10, "loss {loss}");
    assert_eq!(stream.direction_label(), format!("Conferencing server → {OWEN}"));

    let current = judge_record(meeting, &RuleSet::cqd_current());
    let judged = current.stream(stream.path).unwrap();
    assert_eq!(judged.verdict, Verdict::Poor, "{judged:#?}");
    let breached: Vec<_> = judged.breaches.iter().map(|b| b.metric).collect();
    assert!(breached.contains(&"averagePacketLossRate"), "{breached:?}");
    assert!(breached.contains(&"averageJitter"), "{breached:?}");
    let loss_breach = judged.breaches.iter().find(|b| b.metric == "averagePacketLossRate").unwrap();
    assert!(loss_breach.text().contains("12.4 %"), "{}", loss_breach.text());

    let network = stream.media.caller_network.as_ref().unwrap();
    assert_eq!(network.wifi_band, Some(WifiBand::Frequency24GHz));
    let all = findings(meeting);
    assert!(has_finding(&all, FindingKind::Network, OWEN, "Wi-Fi on the 2.4 GHz band", first), "{all:#?}");
    assert!(has_finding(&all, FindingKind::Network, OWEN, "weak Wi-Fi signal", first), "{all:#?}");
    // Nobody else is on 2.4 GHz.
    assert!(all.iter().filter(|f| f.title == "Wi-Fi on the 2.4 GHz band").all(|f| f.who == OWEN));

    // His inbound video (receive only) is poor too: 5.6 fps.
    let video = meeting
        .streams()
        .find(|s| s.path.session == first && media_kind(s) == MediaKind::Video && client_side(s) == ClientSide::Inbound)
        .unwrap();
    assert_eq!(current.stream(video.path).unwrap().verdict, Verdict::Poor);
    assert_eq!(video.stream.average_video_frame_rate, Some(5.6));
}

#[test]
fn owen_falls_back_to_tcp_then_drops_mid_call() {
    let dataset = load();
    let meeting = meeting(&dataset);
    let first = owen_sessions(meeting)[0];
    let session = &meeting.sessions[first];
    assert_eq!(session.segments.len(), 2);
    assert_eq!(session.segments[0].failure_info, None);
    let failed = &session.segments[1];
    assert_eq!(failed.failure_info.as_ref().and_then(|f| f.stage.clone()), Some(FailureStage::Midcall));
    assert_eq!(session.failure_info.as_ref().and_then(|f| f.stage.clone()), Some(FailureStage::Midcall));
    assert_eq!(failed.start, session.segments[0].end, "the second segment follows the first");
    let network = failed.media[0].caller_network.as_ref().unwrap();
    assert_eq!(network.network_transport_protocol, Some(NetworkTransportProtocol::Tcp));

    let all = findings(meeting);
    // The session's and the segment's failureInfo make one finding (the same drop), and it is
    // the only failure in the example.
    let failures: Vec<_> = all.iter().filter(|f| f.kind == FindingKind::Failure).collect();
    assert_eq!(failures.len(), 1, "{failures:#?}");
    assert_eq!((failures[0].who.as_str(), failures[0].title.as_str()), (OWEN, "failed mid-call"));
    assert_eq!(failures[0].session, Some(first));
    assert!(has_finding(&all, FindingKind::Network, OWEN, "media over TCP, not UDP", first), "{all:#?}");
}

#[test]
fn owen_rejoins_in_a_new_session_good_now_poor_under_the_classic_rules() {
    let dataset = load();
    let meeting = meeting(&dataset);
    let [first, rejoin] = owen_sessions(meeting)[..] else { panic!("Owen joins twice") };
    let (dropped, back) = (&meeting.sessions[first], &meeting.sessions[rejoin]);
    assert_ne!(dropped.id, back.id);
    assert_eq!(back.failure_info, None);
    let gap = back.start.unwrap().0 - dropped.end.unwrap().0;
    assert!((30_000..=50_000).contains(&gap), "rejoined after {gap} ms");

    let inbound = inbound_audio(meeting, rejoin);
    assert_eq!(inbound.len(), 1);
    let path = inbound[0].path;
    let current = judge_record(meeting, &RuleSet::cqd_current());
    let classic = judge_record(meeting, &RuleSet::cqd_classic());
    assert_eq!(current.stream(path).unwrap().verdict, Verdict::Good, "{:#?}", current.stream(path));
    let old = classic.stream(path).unwrap();
    assert_eq!(old.verdict, Verdict::Poor, "{old:#?}");
    let breached: Vec<_> = old.breaches.iter().map(|b| b.metric).collect();
    assert!(breached.contains(&"averageAudioDegradation"), "{breached:?}");
    assert!(breached.contains(&"averageRatioOfConcealedSamples"), "{breached:?}");

    // Owen rates the rejoined session "bad"; Abbie rates hers "poor".
    let all = findings(meeting);
    let rated = |who: &str| all.iter().find(|f| f.kind == FindingKind::Feedback && f.who == who).map(|f| f.session);
    assert_eq!(rated(OWEN), Some(Some(rejoin)));
    assert!(all
        .iter()
        .any(|f| f.kind == FindingKind::Feedback && f.who == OWEN && f.title.starts_with("rated the call bad")));
    assert!(all.iter().any(|f| f.kind == FindingKind::Feedback
        && f.who == "Abbie Wilkins"
        && f.title.starts_with("rated the call poor")));
}

#[test]
fn the_muted_room_is_unclassified_and_only_owens_streams_are_poor() {
    let dataset = load();
    let meeting = meeting(&dataset);
    let current = judge_record(meeting, &RuleSet::cqd_current());
    let unclassified: Vec<_> = meeting
        .streams()
        .filter(|s| current.stream(s.path).unwrap().verdict == Verdict::Unclassified)
        .map(|s| (s.session.caller.as_ref().unwrap().display_name(), s.stream.packet_utilization.get()))
        .collect();
    assert_eq!(
        unclassified,
        [("Room 4.12 – Teams Room".to_string(), Some(312.0)), (OWEN.to_string(), Some(388.0))],
        "the muted room and Owen's short TCP uplink"
    );
    let owen = owen_sessions(meeting);
    let poor: Vec<_> = current.poor_streams().map(|j| j.path.session).collect();
    assert_eq!(poor.len(), 3, "{poor:?}");
    assert!(poor.iter().all(|s| *s == owen[0]), "{poor:?}");
    let p2p = dataset.records.iter().find(|r| r.id != MEETING).unwrap();
    assert_eq!(judge_record(p2p, &RuleSet::cqd_current()).tally_call().poor, 0);
}

#[test]
fn rows_linked_a_record_at_a_time_as_in_one_go() {
    let mut dataset = load();
    // More records, so the slices fall between them: copies of the two with other ids.
    let copies: Vec<CallRecord> = (0..3)
        .flat_map(|n| dataset.records.clone().into_iter().map(move |r| CallRecord { id: format!("{}-{n}", r.id), ..r }))
        .collect();
    dataset.records.extend(copies);
    let options = MatchOptions::default();
    let whole = link_dataset(&dataset, &options);
    assert!(whole.pstn.iter().chain(&whole.direct_routing).any(|m| m.best().is_some()), "some rows link");
    let mut linking = Linking::of(&dataset, &options);
    let mut slices = 0;
    while !linking.step_while(|| false) {
        slices += 1;
        assert_eq!(linking.done(), slices, "one record a slice");
    }
    assert_eq!((slices + 1, linking.total()), (dataset.records.len(), dataset.records.len()));
    assert_eq!(linking.finish(), whole);
    // Nothing to link: nothing to index.
    let mut records_only = dataset.clone();
    records_only.pstn_calls.clear();
    records_only.direct_routing_calls.clear();
    let linking = Linking::of(&records_only, &options);
    assert!(linking.is_done());
    assert_eq!(linking.finish(), link_dataset(&records_only, &options));
}

#[test]
fn pstn_and_direct_routing_rows_link_to_the_meeting() {
    let dataset = load();
    let meeting_index = dataset.records.iter().position(|r| r.id == MEETING).unwrap();
    let links = link_dataset(&dataset, &MatchOptions::default());
    assert_eq!(links.pstn.len(), 8);
    assert_eq!(links.direct_routing.len(), 10);

    // Dev Patel's dial-in: the conf_in row for his number encloses his session.
    let conf = dataset.pstn_calls.iter().position(|r| r.call_type.as_deref() == Some("conf_in")).unwrap();
    assert_eq!(dataset.pstn_calls[conf].caller_number.as_deref(), Some("+14255550143"));
    let best = links.pstn[conf].best().expect("the conf_in row links");
    assert_eq!((best.record, best.reason), (meeting_index, MatchReason::UserAndNumberAndTime));
    assert!(!links.pstn[conf].ambiguous);

    // Abbie's inbound Direct Routing call, rejected 486 Busy Here while she is in the meeting.
    let busy = dataset.direct_routing_calls.iter().position(|r| r.final_sip_code == Some(486)).unwrap();
    assert_eq!(dataset.direct_routing_calls[busy].user_display_name.as_deref(), Some("Abbie Wilkins"));
    let best = links.direct_routing[busy].best().expect("the 486 row links");
    assert_eq!((best.record, best.reason), (meeting_index, MatchReason::UserAndTime));

    // Every other row is outside both calls: these two are the only links, seen from the meeting too.
    let linked: Vec<RowRef> = links.for_record(meeting_index).iter().map(|m| m.row).collect();
    assert_eq!(linked, [RowRef::Pstn(conf), RowRef::DirectRouting(busy)]);
    let unlinked = links.pstn.iter().chain(&links.direct_routing).filter(|m| m.is_empty()).count();
    assert_eq!(unlinked, 8 + 10 - 2);
}
