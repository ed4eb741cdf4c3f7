//! Every file of Microsoft's published examples (../shared/corpus/graph-docs) loads with the
//! counts read off the file by hand, and the corpus quirks are handled. A file without an
//! expectation here fails the test, so a new example cannot be skipped silently.

use callrecords::ingest::ingest;
use callrecords::model::diagnostic::{DiagnosticKind, Severity};
use callrecords::model::enums::*;
use callrecords::model::identity::IdentityKind;
use callrecords::model::record::EndpointKind;
use callrecords::model::Counts;

mod common;
use common::{corpus_dir, load};

/// records, sessions, segments, media, streams, PSTN, DR, SMS, blocked, dial-out.
type Expected = (usize, usize, usize, usize, usize, usize, usize, usize, usize, usize);

fn counts(
    (
        records,
        sessions,
        segments,
        media,
        streams,
        pstn_rows,
        direct_routing_rows,
        sms_rows,
        blocked_user_rows,
        dialout_report_rows,
    ): Expected,
) -> Counts {
    Counts {
        records,
        sessions,
        segments,
        media,
        streams,
        pstn_rows,
        direct_routing_rows,
        sms_rows,
        blocked_user_rows,
        dialout_report_rows,
    }
}

const EXPECTED: &[(&str, Expected)] = &[
    ("beta-get-callrecord-basic.json", (1, 0, 0, 0, 0, 0, 0, 0, 0, 0)),
    ("beta-get-callrecord-expanded.json", (1, 1, 1, 1, 2, 0, 0, 0, 0, 0)),
    ("beta-getdirectroutingcalls.json", (0, 0, 0, 0, 0, 0, 1, 0, 0, 0)),
    ("beta-getpstnblockeduserslog.json", (0, 0, 0, 0, 0, 0, 0, 0, 2, 0)),
    ("beta-getpstncalls.json", (0, 0, 0, 0, 0, 1, 0, 0, 0, 0)),
    ("beta-getpstnonlinemeetingdialoutreport.json", (0, 0, 0, 0, 0, 0, 0, 0, 0, 1)),
    ("beta-getsmslog.json", (0, 0, 0, 0, 0, 0, 0, 1, 0, 0)),
    ("beta-list-callrecords-filter-participant.json", (1, 0, 0, 0, 0, 0, 0, 0, 0, 0)),
    ("beta-list-callrecords-filter-startdatetime.json", (1, 0, 0, 0, 0, 0, 0, 0, 0, 0)),
    ("beta-list-callrecords.json", (2, 0, 0, 0, 0, 0, 0, 0, 0, 0)),
    // A participants page creates a placeholder for its record.
    ("beta-list-participants_v2.json", (1, 0, 0, 0, 0, 0, 0, 0, 0, 0)),
    ("beta-list-sessions-expanded-segments.json", (1, 1, 1, 1, 1, 0, 0, 0, 0, 0)),
    ("beta-list-sessions.json", (1, 1, 0, 0, 0, 0, 0, 0, 0, 0)),
    ("fixture-callrecordinsights-minimal-callrecord.json", (1, 1, 1, 1, 1, 0, 0, 0, 0, 0)),
    ("v1.0-change-notification-callrecord-older.json", (0, 0, 0, 0, 0, 0, 0, 0, 0, 0)),
    ("v1.0-change-notification-callrecord.json", (0, 0, 0, 0, 0, 0, 0, 0, 0, 0)),
    ("v1.0-get-callrecord-basic-legacy.json", (1, 0, 0, 0, 0, 0, 0, 0, 0, 0)),
    ("v1.0-get-callrecord-basic.json", (1, 0, 0, 0, 0, 0, 0, 0, 0, 0)),
    ("v1.0-get-callrecord-expanded-legacy.json", (1, 1, 1, 1, 2, 0, 0, 0, 0, 0)),
    ("v1.0-get-callrecord-expanded-participants_v2.json", (1, 0, 0, 0, 0, 0, 0, 0, 0, 0)),
    ("v1.0-get-callrecord-expanded-sessions.json", (1, 1, 1, 1, 1, 0, 0, 0, 0, 0)),
    ("v1.0-getdirectroutingcalls.json", (0, 0, 0, 0, 0, 0, 1, 0, 0, 0)),
    ("v1.0-getpstncalls.json", (0, 0, 0, 0, 0, 1, 0, 0, 0, 0)),
    ("v1.0-list-callrecords-filter-participant.json", (1, 0, 0, 0, 0, 0, 0, 0, 0, 0)),
    ("v1.0-list-callrecords-filter-startdatetime.json", (1, 0, 0, 0, 0, 0, 0, 0, 0, 0)),
    ("v1.0-list-callrecords.json", (2, 0, 0, 0, 0, 0, 0, 0, 0, 0)),
    ("v1.0-list-participants_v2.json", (1, 0, 0, 0, 0, 0, 0, 0, 0, 0)),
    ("v1.0-list-sessions-expanded-segments-legacy.json", (1, 1, 1, 1, 2, 0, 0, 0, 0, 0)),
    ("v1.0-list-sessions-expanded-segments.json", (1, 1, 1, 1, 2, 0, 0, 0, 0, 0)),
    ("v1.0-list-sessions-legacy.json", (1, 1, 0, 0, 0, 0, 0, 0, 0, 0)),
    ("v1.0-list-sessions.json", (1, 1, 0, 0, 0, 0, 0, 0, 0, 0)),
];

#[test]
fn every_corpus_file_loads_with_the_expected_counts() {
    let mut names: Vec<String> = std::fs::read_dir(corpus_dir())
        .expect("the corpus directory (set CORPUS_DIR)")
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".json"))
        .collect();
    names.sort();
    assert_eq!(names.len(), EXPECTED.len(), "corpus files and expectations differ: {names:?}");
    for name in &names {
        let expected =
            EXPECTED.iter().find(|(n, _)| n == name).unwrap_or_else(|| panic!("no expectation for {name}")).1;
        let dataset = load(name);
        assert_eq!(dataset.counts(), counts(expected), "{name}");
        let errors: Vec<_> = dataset.diagnostics.iter().filter(|d| d.severity == Severity::Error).collect();
        assert!(errors.is_empty(), "{name}: {errors:?}");
        assert!(!dataset.sources[0].unreadable, "{name}");
    }
}

#[test]
fn all_files_at_once_lose_nothing_and_keep_copies_once() {
    let files: Vec<(String, Vec<u8>)> =
        EXPECTED.iter().map(|(n, _)| (n.to_string(), std::fs::read(corpus_dir().join(n)).unwrap())).collect();
    let dataset = ingest(files.iter().map(|(n, b)| (n.as_str(), b.as_slice())));
    // e523d2ed (the examples' peer-to-peer call) appears in records and sessions pages; the list
    // examples add 2 more records; the participants pages' record 614e3ff0 is a placeholder.
    let ids: Vec<&str> = dataset.records.iter().map(|r| r.id.as_str()).collect();
    assert!(ids.contains(&"e523d2ed-2966-4b6b-925b-754a88034cc5"));
    assert_eq!(ids.iter().filter(|id| **id == "e523d2ed-2966-4b6b-925b-754a88034cc5").count(), 1);
    let p2p = dataset.record("e523d2ed-2966-4b6b-925b-754a88034cc5").unwrap();
    assert_eq!(p2p.call_type, Some(CallType::PeerToPeer));
    // Nothing is lost: every session of every file, loaded alone, is in a record of the same id
    // (or of a copy kept beside it, "<id> #n") when all are loaded together…
    for (name, bytes) in &files {
        for alone in ingest([(name.as_str(), bytes.as_slice())]).records {
            for session in &alone.sessions {
                let kept = dataset
                    .records
                    .iter()
                    .filter(|r| r.id == alone.id || r.id.starts_with(&format!("{} #", alone.id)))
                    .any(|r| r.sessions.contains(session));
                assert!(kept, "{name}: session {:?} of {} was lost", session.id, alone.id);
            }
        }
    }
    // …and identical copies are kept once.
    for record in &dataset.records {
        for (i, s) in record.sessions.iter().enumerate() {
            assert!(!record.sessions[..i].contains(s), "{}: an identical session twice", record.id);
        }
    }
    // The documentation reuses one id for records that differ: each copy kept is said.
    let copies: Vec<&str> =
        ids.iter().copied().filter(|id| id.starts_with("e523d2ed-2966-4b6b-925b-754a88034cc5 #")).collect();
    let conflicts = dataset.diagnostics.iter().filter(|d| d.kind == DiagnosticKind::RecordConflict).count();
    assert!(!copies.is_empty());
    assert_eq!(conflicts, copies.len(), "one warning per copy kept: {copies:?}");
    assert!(p2p.more_sessions, "the examples' nextLinks say more sessions exist");
    let placeholder = dataset.record("614e3ff0-4728-4394-8c03-52fb3b96a5a5").map(|r| r.placeholder);
    assert!(placeholder.is_some() || dataset.records.iter().any(|r| r.placeholder && r.id.starts_with("614e3ff0")));
    // The v1.0 and beta PSTN (and DR) examples are the same call with the same row id: one row
    // each, as when a user loads the same page twice. Rows without an id are all kept.
    let c = dataset.counts();
    assert_eq!(
        (c.pstn_rows, c.direct_routing_rows, c.sms_rows, c.blocked_user_rows, c.dialout_report_rows),
        (1, 1, 1, 2, 1)
    );
    assert_eq!(dataset.sources.iter().map(|s| s.pstn_rows).sum::<usize>(), 2, "both sources report their row");
}

#[test]
fn duplicate_key_is_a_warning_with_its_place_and_the_record_loads() {
    let dataset = load("v1.0-list-sessions-expanded-segments.json");
    let warning = dataset.diagnostics.iter().find(|d| d.severity == Severity::Warning).expect("a warning");
    assert!(warning.message.contains("duplicate field `@odata.type`"), "{}", warning.message);
    assert!(warning.message.contains("segments[0].callee"), "{}", warning.message);
    let location = warning.location.unwrap();
    assert_eq!((location.line, location.column), (93, 37));
    let session = &dataset.records[0].sessions[0];
    let callee = session.segments[0].callee.as_ref().unwrap();
    assert_eq!(callee.kind(), EndpointKind::Participant);
    assert_eq!(callee.display_name(), "Owen Franklin");
    assert_eq!(callee.cpu_processor_speed_in_mhz, None, "absent in that callee: not reported, not zero");
    assert_eq!(session.callee.as_ref().unwrap().cpu_processor_speed_in_mhz, Some(2594));
}

#[test]
fn legacy_expanded_record_streams_directions_and_units() {
    let dataset = load("v1.0-get-callrecord-expanded-legacy.json");
    let record = &dataset.records[0];
    assert_eq!(record.organizer_name().as_deref(), Some("Abbie Wilkins"));
    assert_eq!(record.participant_names(), vec!["Abbie Wilkins", "Owen Franklin"]);
    assert_eq!(record.start.unwrap().to_iso(), "2020-02-25T18:52:21.216Z");
    assert_eq!(record.duration_ms(), Some(25_548.0));
    let streams: Vec<_> = record.streams().collect();
    let by_id = |id: &str| streams.iter().find(|s| s.stream.stream_id.as_deref() == Some(id)).unwrap();
    let s = by_id("1785122252");
    assert_eq!(s.direction_label(), "Owen Franklin → Abbie Wilkins");
    assert_eq!(s.stream.average_audio_degradation, Some(1.160898));
    assert_eq!(s.stream.average_jitter, Some(7.0));
    assert_eq!(s.stream.average_round_trip_time, Some(64.0));
    assert_eq!(s.stream.average_packet_loss_rate, Some(0.01381693));
    assert_eq!(s.stream.packet_utilization, Some(709.0));
    let first = by_id("1504545584");
    assert_eq!(first.direction_label(), "Abbie Wilkins → Owen Franklin");
    assert_eq!(first.stream.average_audio_degradation, None, "null stays not reported");
    let media = &record.sessions[0].segments[0].media[0];
    let caller_net = media.caller_network.as_ref().unwrap();
    assert_eq!(caller_net.connection_type, Some(NetworkConnectionType::Wifi));
    assert_eq!(caller_net.dns_suffix, None);
    assert_eq!(caller_net.received_quality_event_ratio, Some(0.27));
    assert_eq!(media.callee_network.as_ref().unwrap().link_speed, Some(4_294_967_295.0));
    let feedback = record.sessions[0].callee.as_ref().unwrap().feedback.as_ref().unwrap();
    assert_eq!(feedback.rating, Some(UserFeedbackRating::Poor));
    assert_eq!(feedback.true_tokens(), vec!["Noisy"]);
}

#[test]
fn quirks_sentinel_dates_capitalised_enums_masked_numbers() {
    let dr = load("v1.0-getdirectroutingcalls.json");
    let row = &dr.direct_routing_calls[0];
    assert_eq!(row.failure, None, "0001-01-01 is no failure");
    assert!(row.invite.is_some() && row.start.is_some());
    assert_eq!(row.caller_number.as_deref(), Some("+12345678***"), "masked numbers kept as given");

    let cri = load("fixture-callrecordinsights-minimal-callrecord.json");
    let session = &cri.records[0].sessions[0];
    let agent = session.segments[0].caller.as_ref().unwrap().user_agent.as_ref().unwrap();
    assert_eq!(agent.platform, Some(ClientPlatform::Windows));
    assert_eq!(agent.product_family, Some(ProductFamily::Teams));
    let failure = session.failure_info.as_ref().expect("failureInfo is present");
    assert_eq!((&failure.stage, &failure.reason), (&None, &None), "stage: null is not reported");

    let blocked = load("beta-getpstnblockeduserslog.json");
    let modes: Vec<_> = blocked.blocked_users.iter().map(|r| r.user_block_mode.clone()).collect();
    assert_eq!(modes, vec![Some(PstnUserBlockMode::Blocked), Some(PstnUserBlockMode::Unblocked)]);

    let pstn = load("v1.0-getpstncalls.json");
    assert_eq!(pstn.pstn_calls[0].charge, Some(0.0));
    assert_eq!(pstn.pstn_calls[0].duration, Some(219.0));
}

#[test]
fn participants_v2_keep_distinct_people_with_the_same_id() {
    let dataset = load("v1.0-get-callrecord-expanded-participants_v2.json");
    let record = &dataset.records[0];
    assert_eq!(record.participants_v2.len(), 2);
    assert_eq!(record.participant_names(), vec!["Abbie Wilkins", "Owen Franklin"]);
    assert!(record.more_participants);
    let phone_list = load("v1.0-list-callrecords.json");
    let names: Vec<_> = phone_list.records.iter().map(|r| r.organizer_name().unwrap_or_default()).collect();
    assert!(names.iter().all(|n| !n.is_empty()), "{names:?}");
}

#[test]
fn change_notification_is_explained() {
    for name in ["v1.0-change-notification-callrecord.json", "v1.0-change-notification-callrecord-older.json"] {
        let dataset = load(name);
        assert!(dataset.is_empty());
        let d = &dataset.diagnostics[0];
        assert_eq!(d.severity, Severity::Warning);
        assert!(d.message.contains("holds no call data"), "{}", d.message);
        assert!(d.message.contains("GET /communications/callRecords/{id}"), "{}", d.message);
    }
}

#[test]
fn beta_sessions_use_associated_identity_names() {
    let dataset = load("beta-list-sessions.json");
    let session = &dataset.records[0].sessions[0];
    for endpoint in [&session.caller, &session.callee] {
        let e = endpoint.as_ref().unwrap();
        assert!(!e.display_name().is_empty());
        assert_ne!(e.display_name(), "Unknown endpoint");
    }
    let identity_kinds: Vec<_> = load("v1.0-list-participants_v2.json").records[0]
        .participants_v2
        .iter()
        .flat_map(|p| p.identity.as_ref().unwrap().identities.iter().map(|(k, _)| k.clone()))
        .collect();
    assert!(
        identity_kinds.contains(&IdentityKind::User) || identity_kinds.contains(&IdentityKind::Phone),
        "{identity_kinds:?}"
    );
}
