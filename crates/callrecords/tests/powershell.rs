//! Call records as admins save them from PowerShell load into the same model as Graph's own
//! JSON, or say precisely what PowerShell cut off and how to export again.
//!
//! The fixtures (tests/fixtures/powershell/) are small records written by hand in Graph's JSON
//! (`graph-*.json`) and the same data shaped the way PowerShell writes it, following what these
//! sources document (read through the public-material search; nothing copied):
//!
//! * `ConvertTo-Json` reference (learn.microsoft.com/powershell/module/microsoft.powershell.utility/convertto-json,
//!   5.1 and 7.x pages): `-Depth` defaults to 2; from 7.1 a warning when the input is deeper;
//!   Windows PowerShell 5.1 writes `DateTime` as `"\/Date(ms)\/"` and indents as `"Key":  value`.
//! * PowerShell's serialiser, PowerShell/PowerShell
//!   `src/Microsoft.PowerShell.Commands.Utility/commands/utility/WebCmdlet/JsonObject.cs`
//!   (`ProcessValue`): only string, char, bool, DateTime, DateTimeOffset, Guid, Uri, numbers and
//!   enums pass as they are (so a `TimeSpan` becomes an object of its public properties, `Ticks` …
//!   `TotalSeconds`); past `MaxDepth` any other value becomes `LanguagePrimitives.ConvertTo(string)`:
//!   a PSCustomObject `@{name=value; …}`, a hashtable `System.Collections.Hashtable`, an array its
//!   elements' strings joined by spaces; objects are the public properties found by reflection.
//! * Graph PowerShell SDK help, microsoftgraph/msgraph-sdk-powershell (generated `*-MgBetaCommunicationCallRecordSession.md`
//!   NOTES): PascalCase properties (`AverageJitter <TimeSpan?>`, `StartDateTime <DateTime?>`,
//!   `IPAddress`, `ReflexiveIPAddress`, `CpuInsufficentEventRatio`), enums as `<String>`
//!   (Graph's values, e.g. `StreamDirection`), `(Any) <Object>` for models with an
//!   `AdditionalProperties` bag; the base `endpoint`/`userAgent` models carry only `UserAgent` /
//!   `ApplicationVersion`, `HeaderValue`, so derived types' properties land in the bag.
//! * msgraph-sdk-powershell issues #886 (ConvertTo-Json of Get-Mg* output is PascalCase;
//!   `.ToJsonString()` is camelCase) and #2090 (ConvertTo-Json output: properties in
//!   alphabetical order, unset ones as null); #1885 (Get-MgCommunicationCallRecord
//!   -ExpandProperty "sessions(`$expand=segments)").
//! * Azure/autorest.powershell generated models (`*.PowerShell.cs`): `ToString()` returns
//!   `ToJsonString()`, the model's JSON, which is what `ConvertTo-Json` writes for an SDK object
//!   past its depth.
//! * Invoke-MgGraphRequest reference: output as a HashTable by default, `-OutputFilePath` writes
//!   the raw response.

use callrecords::ingest::ingest;
use callrecords::model::diagnostic::{Diagnostic, DiagnosticKind as Kind, Severity};
use callrecords::model::enums::{CallType, Modality};
use callrecords::model::identity::IdentityKind;
use callrecords::model::record::EndpointKind;
use callrecords::model::Dataset;

mod common;

fn fixture(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/powershell").join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn load(name: &str, bytes: &[u8]) -> Dataset {
    ingest([(name, bytes)])
}

/// What Windows PowerShell's `Out-File` writes: UTF-16 LE with a BOM, CRLF line ends.
fn out_file(text: &str) -> Vec<u8> {
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(text.replace('\n', "\r\n").encode_utf16().flat_map(u16::to_le_bytes));
    bytes
}

fn kinds(d: &Dataset) -> Vec<Kind> {
    d.diagnostics.iter().map(|d| d.kind).collect()
}

fn only(d: &Dataset, kind: Kind) -> &Diagnostic {
    let found: Vec<_> = d.diagnostics.iter().filter(|x| x.kind == kind).collect();
    assert_eq!(found.len(), 1, "{kind:?}: {:#?}", d.diagnostics);
    found[0]
}

fn graph() -> Dataset {
    let d = load("graph-record.json", fixture("graph-record.json").as_bytes());
    assert!(d.diagnostics.is_empty(), "{:#?}", d.diagnostics);
    d
}

/// Line and column (1-based) of the value after the first `"key": ` in `text`.
fn place_of(text: &str, key_and_value_start: &str, key: &str) -> (usize, usize) {
    let at = text.find(key_and_value_start).expect("in the fixture") + key.len();
    let line_start = text[..at].rfind('\n').map_or(0, |p| p + 1);
    (text[..at].matches('\n').count() + 1, text[line_start..at].chars().count() + 1)
}

#[test]
fn the_graph_fixture_is_what_the_sdk_fixtures_hold() {
    let d = graph();
    let c = d.counts();
    assert_eq!((c.records, c.sessions, c.segments, c.media, c.streams), (1, 2, 2, 3, 5));
}

#[test]
fn sdk_objects_from_powershell_7_read_as_graph_json() {
    let d = load("sdk.json", fixture("sdk-record-ps7.json").as_bytes());
    assert_eq!(d.records, graph().records, "the same model as Graph's own JSON");
    assert_eq!(kinds(&d), [Kind::PowerShellOutput], "{:#?}", d.diagnostics);
    let info = &d.diagnostics[0];
    assert_eq!(info.severity, Severity::Info);
    assert!(info.message.starts_with("Read as Microsoft Graph PowerShell SDK output"), "{}", info.message);
    assert!(info.message.contains("17 TimeSpan durations converted"), "{}", info.message);
    assert!(info.message.contains("AdditionalProperties bags merged"), "{}", info.message);

    // A few values, in the model's units, straight from the SDK shapes.
    let record = &d.records[0];
    assert_eq!(record.call_type, Some(CallType::GroupCall));
    assert_eq!(record.modalities, [Modality::Audio, Modality::Video]);
    assert_eq!(record.organizer_name().as_deref(), Some("Megan Bowen"));
    let session = &record.sessions[0];
    let caller = session.caller.as_ref().unwrap();
    assert_eq!(caller.kind(), EndpointKind::Participant, "@odata.type came from AdditionalProperties");
    assert_eq!(caller.client_description().as_deref(), Some("Teams on Windows"));
    assert_eq!(caller.feedback.as_ref().unwrap().true_tokens(), ["DistortedSound"], "token names kept as sent");
    let media = &session.segments[0].media[0];
    let network = media.caller_network.as_ref().unwrap();
    assert_eq!(network.ip_address.as_deref(), Some("192.168.1.23"));
    assert_eq!(network.reflexive_ip_address.as_deref(), Some("203.0.113.7"));
    assert_eq!(network.trace_route_hops[1].round_trip_time, Some(11.5));
    assert_eq!(media.caller_device.as_ref().unwrap().cpu_insufficient_event_ratio, Some(0.01));
    let stream = &media.streams[0];
    assert_eq!(
        (stream.average_jitter.get(), stream.max_jitter.get(), stream.average_round_trip_time.get()),
        (Some(16.0), Some(42.0), Some(64.0))
    );
    assert_eq!(stream.average_packet_loss_rate, Some(0.01381693));
    assert_eq!(media.streams[1].average_audio_degradation, None, "null stays not reported");
    let video = &session.segments[0].media[1].streams[0];
    assert_eq!(video.average_freeze_duration, Some(122_045.672_9));
    let agent = record.sessions[1].caller.as_ref().unwrap().user_agent.as_ref().unwrap();
    assert_eq!(agent.azure_ad_app_id.as_deref(), Some("1fec8e78-bce4-4aaf-ab1b-5451cc387264"));
}

#[test]
fn sdk_objects_from_windows_powershell_out_file_read_as_graph_json() {
    // \/Date(ms)\/ dates, TimeSpans without .NET 8's micro- and nanoseconds, "Key":  value,
    // O\u0027Neill; saved by Out-File as UTF-16 LE with a BOM and CRLF.
    let text = fixture("sdk-record-ps51.json");
    assert!(text.contains(r#""StartDateTime":  "\/Date(1715677203123)\/""#));
    let d = load("sdk51.json", &out_file(&text));
    assert_eq!(d.records, graph().records);
    let info = only(&d, Kind::PowerShellOutput);
    assert!(info.message.contains("/Date(…)/ dates converted"), "{}", info.message);
    assert_eq!(d.diagnostics.len(), 1, "{:#?}", d.diagnostics);
}

#[test]
fn graph_json_saved_by_windows_powershell_out_file_needs_nothing_else() {
    let d = load("out-file.json", &out_file(&fixture("graph-record.json")));
    assert!(d.diagnostics.is_empty(), "{:#?}", d.diagnostics);
    assert_eq!(d.records, graph().records);
}

#[test]
fn invoke_restmethod_at_the_default_depth_is_located_and_what_is_intact_loads() {
    let text = fixture("depth2-invoke-restmethod.json");
    let d = load("calls.json", text.as_bytes());
    let warning = only(&d, Kind::PowerShellDepth);
    assert_eq!(warning.severity, Severity::Warning);
    assert_eq!(
        warning.message,
        "This file was written by ConvertTo-Json with its default depth of 2: nested data was cut off by PowerShell \
         before it reached this page (from sessions[0].caller on, 7 values lost). What lies above that depth (ids, \
         times, top-level fields) is loaded. Run it again with `ConvertTo-Json -Depth 20`, or write Graph's raw \
         response with `Invoke-MgGraphRequest -Uri <url> -OutputFilePath <file>.json`."
    );
    let location = warning.location.expect("located");
    assert_eq!((location.line, location.column), place_of(&text, "\"caller\": \"@{", "\"caller\": "));
    let excerpt = warning.excerpt.as_ref().unwrap();
    assert!(excerpt.text[excerpt.caret..].starts_with("\"@{@odata.type="), "{excerpt:?}");
    assert!(!kinds(&d).contains(&Kind::SkippedItem), "{:#?}", d.diagnostics);
    assert!(d.diagnostics.iter().all(|x| x.severity != Severity::Error), "{:#?}", d.diagnostics);
    let info = only(&d, Kind::PowerShellOutput);
    assert!(info.message.contains("3 identities that ConvertTo-Json cut"), "{}", info.message);
    assert!(info.message.contains("2 modalities lists"), "{}", info.message);

    // Everything above the cut, as in Graph's JSON; below it, not reported (not zero).
    let (got, want) = (&d.records[0], &graph().records[0]);
    assert_eq!(
        (
            &got.id,
            got.version,
            &got.call_type,
            &got.modalities,
            got.start,
            got.end,
            got.last_modified,
            &got.join_web_url
        ),
        (
            &want.id,
            want.version,
            &want.call_type,
            &want.modalities,
            want.start,
            want.end,
            want.last_modified,
            &want.join_web_url
        )
    );
    assert_eq!(got.organizer, want.organizer, "depth 2 still holds the organizer's identity");
    assert_eq!(got.organizer_name().as_deref(), Some("Megan Bowen"));
    assert_eq!(got.participants, want.participants, "identities read back from @{{…}}");
    assert_eq!(got.organizer_v2, want.organizer_v2);
    assert_eq!(got.sessions.len(), 2);
    for (s, w) in got.sessions.iter().zip(&want.sessions) {
        assert_eq!(
            (&s.id, &s.modalities, s.start, s.end, s.is_test),
            (&w.id, &w.modalities, w.start, w.end, w.is_test)
        );
        assert!(s.caller.is_none() && s.callee.is_none() && s.failure_info.is_none() && s.segments.is_empty());
    }
}

#[test]
fn invoke_mggraphrequest_hashtables_at_the_default_depth() {
    let text = fixture("depth2-invoke-mggraphrequest-list.json");
    let d = load("list.json", text.as_bytes());
    let warning = only(&d, Kind::PowerShellDepth);
    assert!(warning.message.contains("(from value[0].organizer_v2 on, 2 values lost)"), "{}", warning.message);
    let location = warning.location.unwrap();
    assert_eq!((location.line, location.column), place_of(&text, "\"organizer_v2\": \"System", "\"organizer_v2\": "));
    let want = load("graph-list.json", fixture("graph-list.json").as_bytes());
    assert!(want.diagnostics.is_empty(), "{:#?}", want.diagnostics);
    assert_eq!(d.records.len(), 2);
    for (got, want) in d.records.iter().zip(&want.records) {
        assert_eq!(
            (&got.id, got.version, &got.modalities, got.start, got.end),
            (&want.id, want.version, &want.modalities, want.start, want.end)
        );
        assert!(got.organizer_v2.is_none() && want.organizer_v2.is_some());
    }
    assert_eq!(d.records[0].modalities, [Modality::Audio, Modality::Video, Modality::ScreenSharing]);
}

#[test]
fn sdk_objects_at_the_default_depth_are_read_back_from_their_json_text() {
    // Past the depth, each SDK model wrote its own JSON (camelCase); only the AdditionalProperties
    // dictionaries below the cut are lost, as their type name.
    let text = fixture("depth2-sdk-record.json");
    let d = load("sdk-depth2.json", text.as_bytes());
    let (got, want) = (&d.records[0], &graph().records[0]);
    assert_eq!(d.counts(), graph().counts());
    assert_eq!(got.sessions, want.sessions, "sessions, segments, media and streams, whole");
    assert_eq!(got.organizer_v2, want.organizer_v2);
    assert_eq!(got.organizer_name().as_deref(), Some("Megan Bowen"));
    let tenant = |r: &callrecords::model::record::CallRecord| {
        r.organizer.as_ref().and_then(|o| o.get(&IdentityKind::User)).and_then(|u| u.tenant_id.clone())
    };
    assert_eq!(tenant(got), None, "the organizer's bag was cut");
    assert!(tenant(want).is_some());
    let warning = only(&d, Kind::PowerShellDepth);
    assert!(warning.message.contains("from Organizer.User.AdditionalProperties on"), "{}", warning.message);
    let info = only(&d, Kind::PowerShellOutput);
    assert!(info.message.contains("read back from the JSON text the SDK wrote for them"), "{}", info.message);
    assert!(d.diagnostics.iter().all(|x| x.severity != Severity::Error), "{:#?}", d.diagnostics);
}

#[test]
fn sdk_log_rows_and_kiota_names() {
    let pstn = r#"[{"AdditionalProperties":{},"CallDurationSource":"microsoft","CallId":"1234567890abcdef","CallType":"user_out","CalleeNumber":"+1425555****","Charge":0.31,"ConferenceId":null,"Currency":"USD","Duration":183,"EndDateTime":"2024-05-14T09:03:03Z","Id":"9c4984c7-6c3c-427d-a30c-bd0b2eacee90","StartDateTime":"2024-05-14T09:00:00Z","UserPrincipalName":"megan.bowen@contoso.com"}]"#;
    let d = load("pstn.json", pstn.as_bytes());
    assert_eq!(d.pstn_calls.len(), 1, "{:#?}", d.diagnostics);
    let row = &d.pstn_calls[0];
    assert_eq!((row.charge, row.duration, row.call_id.as_deref()), (Some(0.31), Some(183.0), Some("1234567890abcdef")));
    assert_eq!(row.end.unwrap().0 - row.start.unwrap().0, 183_000);
    // Kiota-generated models: OdataType, AdditionalData, BackingStore.
    let kiota = r##"{"AdditionalData":{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#communications/callRecords/$entity"},"BackingStore":{"ReturnOnlyChangedValues":false},"Id":"k1","OdataType":"#microsoft.graph.callRecords.callRecord","Organizer_v2":{"Id":"o","Identity":{"User":{"DisplayName":"Kiota User"}}},"Version":1}"##;
    let d = load("kiota.json", kiota.as_bytes());
    assert_eq!(d.records.len(), 1, "{:#?}", d.diagnostics);
    assert_eq!(d.records[0].organizer_name().as_deref(), Some("Kiota User"));
}

#[test]
fn odd_sdk_values_never_stop_the_other_records() {
    let odd = r#"[
      {"AdditionalProperties":{},"Id":"r1","Version":1,"StartDateTime":"/Date(x)/","Type":"peerToPeer"},
      {"AdditionalProperties":null,"Id":"r2","Version":2,"Type":"peerToPeer","StartDateTime":"\/Date(1715677203123+0200)\/",
       "Sessions":[{"AdditionalProperties":"System.Collections.Generic.Dictionary`2[System.String,System.Object]","Id":"s","Segments":[{"Id":"g","Media":[{"Label":"main-audio","Streams":[
         {"AverageJitter":null,"MaxJitter":"00:00:00.0420000","AverageRoundTripTime":"1.00:00:01","MaxRoundTripTime":{"Ticks":null,"TotalMilliseconds":64.0},
          "AverageFreezeDuration":{},"StreamDirection":"callerToCallee"}]}]}]}]}
    ]"#;
    let d = load("odd.json", odd.as_bytes());
    // Each odd value costs only itself: both records load, each bad value is said.
    assert_eq!(d.records.len(), 2, "{:#?}", d.diagnostics);
    let unreadable: Vec<_> = d.diagnostics.iter().filter(|x| x.kind == Kind::UnreadableField).collect();
    assert_eq!(unreadable.len(), 2, "the bad date and the empty TimeSpan: {:#?}", d.diagnostics);
    assert!(
        unreadable.iter().any(|x| x.message.contains("startDateTime") && x.message.contains("/Date(x)/")),
        "{unreadable:#?}"
    );
    assert!(unreadable.iter().all(|x| x.location.is_none()), "positions in the rewritten text are not the file's");
    assert_eq!(d.records.iter().find(|r| r.id == "r1").unwrap().start, None, "the bad date is not reported");
    let _ = only(&d, Kind::PowerShellDepth);

    // The same record without the empty TimeSpan loads, with every form converted.
    let fixed = odd.replace(r#""AverageFreezeDuration":{},"#, "");
    let d = load("odd.json", fixed.as_bytes());
    assert_eq!(kinds(&d).iter().filter(|k| **k == Kind::UnreadableField).count(), 1, "r1's date: {:#?}", d.diagnostics);
    let record = d.records.iter().find(|r| r.id == "r2").expect("r2 loads");
    assert_eq!(record.start.map(|t| t.0), Some(1_715_677_203_123), "the offset does not move the instant");
    let stream = &record.sessions[0].segments[0].media[0].streams[0];
    assert_eq!(
        (
            stream.average_jitter.get(),
            stream.max_jitter.get(),
            stream.average_round_trip_time.get(),
            stream.max_round_trip_time.get()
        ),
        (None, Some(42.0), Some(86_401_000.0), Some(64.0))
    );
}

#[test]
fn nothing_panics_on_cut_or_flipped_powershell_files() {
    for name in ["sdk-record-ps7.json", "depth2-invoke-restmethod.json", "depth2-sdk-record.json"] {
        let bytes = fixture(name).into_bytes();
        for cut in (0..bytes.len()).step_by(97) {
            let _ = load(name, &bytes[..cut]);
            let mut flipped = bytes.clone();
            flipped[cut] ^= 0x20;
            let _ = load(name, &flipped);
        }
    }
    for text in [
        r#"{"AdditionalProperties":{"AdditionalProperties":{"Id":"x"}}}"#,
        r#"{"Id":"@{","Sessions":"@{}"}"#,
        r#"{"Id":"x","Sessions":"{\"id\":\"s\"} [1] {"}"#,
        r#"{"Id":"x","Version":1,"Sessions":["{\"id\":\"{\\\"a\\\":1}\"}"]}"#,
        r#"[{"Ticks":1,"Days":0}]"#,
        r#"{"A":"\/Date(-99999999999999999)\/"}"#,
        "{\"Id\":\"\\/Date(",
    ] {
        let _ = load("odd.json", text.as_bytes());
    }
}

#[test]
fn graph_json_never_takes_the_powershell_path() {
    let mut names: Vec<_> = std::fs::read_dir(common::corpus_dir()).unwrap().map(|e| e.unwrap().file_name()).collect();
    names.sort();
    for name in names.iter().filter_map(|n| n.to_str()).filter(|n| n.ends_with(".json")) {
        let d = common::load(name);
        assert!(
            !kinds(&d).iter().any(|k| matches!(k, Kind::PowerShellDepth | Kind::PowerShellOutput)),
            "{name}: {:#?}",
            d.diagnostics
        );
    }
    // PascalCase JSON that is not call-record data is reported as before, not rewritten.
    let d = load("other.json", br#"{"DisplayName":"Contoso","Mail":"x@contoso.com"}"#);
    assert_eq!(kinds(&d), [Kind::UnknownShape]);
    assert!(d.diagnostics[0].message.contains("\"DisplayName\""), "{}", d.diagnostics[0].message);
}

#[test]
fn a_basic_record_whose_only_cuts_are_identities() {
    // GET /communications/callRecords/{id} without $expand: the only values past depth 2 are the
    // identities in identity sets, which Graph's own reader would take as "no identity". From
    // Invoke-RestMethod they are read back from PowerShell's @{…} text, and nothing is lost.
    let irm = r#"{
  "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#communications/callRecords/$entity",
  "id": "c0ffee00-0000-4000-8000-000000000003",
  "version": 1,
  "type": "peerToPeer",
  "modalities": [
    "audio"
  ],
  "startDateTime": "2024-05-14T10:40:00Z",
  "endDateTime": "2024-05-14T10:52:13.25Z",
  "participants": [
    {
      "user": "@{id=3b5d7f9a-2222-4c4d-8e9f-0a1b2c3d4e5f; displayName=Patti O'Neill; tenantId=dc368399-474c-4d40-900c-6265431fd81f}"
    },
    {
      "phone": "@{id=+14255550123; displayName=}"
    }
  ],
  "organizer_v2": {
    "id": "3b5d7f9a-2222-4c4d-8e9f-0a1b2c3d4e5f",
    "identity": {
      "user": "@{id=3b5d7f9a-2222-4c4d-8e9f-0a1b2c3d4e5f; displayName=Patti O'Neill; tenantId=dc368399-474c-4d40-900c-6265431fd81f}"
    }
  }
}"#;
    let d = load("basic.json", irm.as_bytes());
    assert_eq!(kinds(&d), [Kind::PowerShellOutput], "{:#?}", d.diagnostics);
    let record = &d.records[0];
    assert_eq!(record.organizer_name().as_deref(), Some("Patti O'Neill"));
    assert_eq!(record.participant_names(), ["Patti O'Neill", "+14255550123"]);
    let user = record.organizer_v2.as_ref().unwrap().identity.as_ref().unwrap().get(&IdentityKind::User).unwrap();
    assert_eq!(user.tenant_id.as_deref(), Some("dc368399-474c-4d40-900c-6265431fd81f"));

    // From Invoke-MgGraphRequest's hashtables only the type name is left: located, and lost.
    let hashtables = irm
        .replace(
            "\"@{id=3b5d7f9a-2222-4c4d-8e9f-0a1b2c3d4e5f; displayName=Patti O'Neill; tenantId=dc368399-474c-4d40-900c-6265431fd81f}\"",
            "\"System.Collections.Hashtable\"",
        )
        .replace("\"@{id=+14255550123; displayName=}\"", "\"System.Collections.Hashtable\"");
    let d = load("basic.json", hashtables.as_bytes());
    let warning = only(&d, Kind::PowerShellDepth);
    assert!(warning.message.contains("(from participants[0].user on, 3 values lost)"), "{}", warning.message);
    assert_eq!(warning.location.map(|l| (l.line, l.column)), Some((13, 15)));
    assert_eq!(d.records[0].organizer_name(), None, "not reported, and said why");
    assert_eq!(d.records[0].start, load("x", irm.as_bytes()).records[0].start);
}

#[test]
fn an_sdk_sessions_list_has_no_record_to_join() {
    // Get-MgCommunicationCallRecordSession -CallRecordId $id -ExpandProperty segments | ConvertTo-Json -Depth 20
    // writes the sessions alone: the page's @odata.context (which names the record) is gone.
    let sessions = r#"[{"AdditionalProperties":{},"Callee":null,"Caller":null,"EndDateTime":"2024-05-14T09:05:59.5Z","FailureInfo":null,"Id":"s1","IsTest":false,"Modalities":["audio"],"Segments":[],"StartDateTime":"2024-05-14T09:02:10Z"}]"#;
    let d = load("sessions.json", sessions.as_bytes());
    assert_eq!(d.counts().sessions, 1);
    assert!(kinds(&d).contains(&Kind::PageWithoutRecord), "{:#?}", d.diagnostics);
    assert!(kinds(&d).contains(&Kind::PowerShellOutput));
}

#[test]
fn graph_json_with_windows_powershell_dates() {
    // Invoke-MgGraphRequest's hashtables hold DateTime values; Windows PowerShell writes them as
    // \/Date(ms)\/ whatever the names' case.
    let text = r#"{"id":"r","version":1,"type":"peerToPeer","startDateTime":"\/Date(1715677203123)\/","endDateTime":"\/Date(1715679105765)\/"}"#;
    let d = load("dates.json", text.as_bytes());
    assert_eq!(kinds(&d), [Kind::PowerShellOutput], "{:#?}", d.diagnostics);
    assert_eq!(d.diagnostics[0].message, "Read as PowerShell output (ConvertTo-Json): 2 /Date(…)/ dates converted.");
    assert_eq!(d.records[0].duration_ms(), Some(1_902_642.0));
}
