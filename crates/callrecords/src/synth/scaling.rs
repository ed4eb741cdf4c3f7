//! Inputs of one shape at any size, to measure how the time grows with it (the scaling
//! benchmark, `benches/scaling.rs`) and to test the big cases at 10,000: a record with N
//! sessions, a session with N segments, a sessions page, N broken records, PSTN rows, unknown
//! objects, versions of one record, and the records and PSTN rows of one user. Every function
//! returns compact JSON that is the same for the same `n`.

use crate::model::datetime::UtcInstant;
use std::fmt::Write;

/// 2026-11-02T09:00:00Z, the start of every generated call.
pub const T0_MS: i64 = 1_793_610_000_000;

/// The user of [`user_records`] and [`user_pstn_rows`].
pub const USER_ID: &str = "5d2a4c7e-1b3f-4e6a-9c8d-0f1e2d3c4b5a";
/// Their UPN.
pub const USER_UPN: &str = "dana.ortiz@contoso.com";

fn iso(ms: i64) -> String {
    UtcInstant(ms).to_iso()
}

fn guid(kind: u32, n: usize) -> String {
    format!("{kind:08x}-0000-4000-8000-{n:012x}")
}

/// A participant endpoint of user number `n`.
fn endpoint(n: usize) -> String {
    format!(
        r##"{{"@odata.type":"#microsoft.graph.callRecords.participantEndpoint","identity":{{"user":{{"id":"{}","displayName":"Person {n}"}}}},"userAgent":{{"@odata.type":"#microsoft.graph.callRecords.clientUserAgent","platform":"windows","productFamily":"teams"}}}}"##,
        guid(1, n)
    )
}

/// Writes `n` items separated by commas, then closes the array and the object around it (`]}`).
fn items_then_close(out: &mut String, n: usize, mut item: impl FnMut(&mut String, usize)) {
    for i in 0..n {
        if i > 0 {
            out.push(',');
        }
        item(out, i);
    }
    out.push_str("]}");
}

/// One media with two streams (caller→callee, callee→caller) carrying times, and network and
/// device ratios on the caller's side. Stream `n` reports a jitter of `n % 60` ms, so about one
/// in two is over the 30 ms limit.
fn media(out: &mut String, n: usize, start: i64, end: i64) {
    let _ = write!(
        out,
        r##"{{"label":"main-audio","callerNetwork":{{"delayEventRatio":{},"receivedQualityEventRatio":0.01}},"callerDevice":{{"micGlitchRate":1.5,"lowSpeechLevelEventRatio":0.02}},"streams":["##,
        (n % 10) as f64 / 100.0
    );
    for (i, direction) in ["callerToCallee", "calleeToCaller"].iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let _ = write!(
            out,
            r##"{{"streamId":"{}","streamDirection":"{direction}","startDateTime":"{}","endDateTime":"{}","averageJitter":"PT0.{:03}S","maxJitter":"PT0.{:03}S","averagePacketLossRate":0.01,"averageRoundTripTime":"PT0.05S","packetUtilization":5000,"averageAudioDegradation":0.5}}"##,
            2 * n + i,
            iso(start),
            iso(end),
            n % 60,
            n % 60 + 5
        );
    }
    out.push_str("]}");
}

fn segment(out: &mut String, n: usize, caller: usize, callee: usize, start: i64, end: i64) {
    let _ = write!(
        out,
        r##"{{"id":"{}","startDateTime":"{}","endDateTime":"{}","caller":{},"callee":{},"media":["##,
        guid(3, n),
        iso(start),
        iso(end),
        endpoint(caller),
        endpoint(callee)
    );
    media(out, n, start, end);
    out.push_str("]}");
}

/// Session `n` of a meeting: person `n` with the conference server, one minute from `T0 + n`
/// seconds, with `segments` segments of one second each after the first.
fn session(out: &mut String, n: usize, segments: usize) {
    let start = T0_MS + n as i64 * 1000;
    let end = start + 60_000 + segments as i64 * 1000;
    let _ = write!(
        out,
        r##"{{"id":"{}","modalities":["audio"],"startDateTime":"{}","endDateTime":"{}","caller":{},"callee":{},"segments":["##,
        guid(2, n),
        iso(start),
        iso(end),
        endpoint(n),
        endpoint(0)
    );
    items_then_close(out, segments, |out, g| {
        let s = start + g as i64 * 1000;
        segment(out, n * segments + g, n, 0, s, s + 1000);
    });
}

/// The record's own fields, without the braces and the sessions.
fn record_head(out: &mut String, id: &str, call_type: &str, start: i64, end: i64, version: usize) {
    let _ = write!(
        out,
        r##""id":"{id}","version":{version},"type":"{call_type}","modalities":["audio"],"startDateTime":"{}","endDateTime":"{}","organizer":{{"user":{{"id":"{}","displayName":"Person 0"}}}}"##,
        iso(start),
        iso(end),
        guid(1, 0)
    );
}

const RECORD_ID: &str = "7a1c2b3d-0000-4000-8000-00000000beef";

/// One expanded group call with `n` sessions (each one segment, one media, two streams).
pub fn record_with_sessions(n: usize) -> String {
    let mut out = String::with_capacity(n * 1800 + 512);
    let end = T0_MS + n as i64 * 1000 + 120_000;
    out.push_str(r##"{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#communications/callRecords(sessions(segments()))/$entity","##);
    record_head(&mut out, RECORD_ID, "groupCall", T0_MS, end, 1);
    out.push_str(r##","sessions":["##);
    items_then_close(&mut out, n, |out, i| {
        session(out, i, 1);
    });
    out
}

/// One expanded peer-to-peer call of one session with `n` segments.
pub fn record_with_segments(n: usize) -> String {
    let mut out = String::with_capacity(n * 1800 + 512);
    let end = T0_MS + n as i64 * 1000 + 120_000;
    out.push_str(r##"{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#communications/callRecords(sessions(segments()))/$entity","##);
    record_head(&mut out, RECORD_ID, "peerToPeer", T0_MS, end, 1);
    out.push_str(r##","sessions":["##);
    session(&mut out, 1, n);
    out.push_str("]}");
    out
}

/// A sessions page (`/callRecords/{id}/sessions?$expand=segments`) of one record with `n`
/// sessions.
pub fn sessions_page(n: usize) -> String {
    let mut out = String::with_capacity(n * 1800 + 512);
    let _ = write!(
        out,
        r##"{{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#communications/callRecords('{RECORD_ID}')/sessions(segments())","value":["##
    );
    items_then_close(&mut out, n, |out, i| {
        session(out, i, 1);
    });
    out
}

/// A list of `n` basic records, each with one field that cannot be read: a start time that is
/// not a date.
pub fn broken_records(n: usize) -> String {
    let mut out = String::with_capacity(n * 300 + 256);
    out.push_str(
        r##"{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#communications/callRecords","value":["##,
    );
    items_then_close(&mut out, n, |out, i| {
        let _ = write!(
            out,
            r##"{{"id":"{}","version":1,"type":"peerToPeer","modalities":["audio"],"startDateTime":"not a date {i}","endDateTime":"{}"}}"##,
            guid(4, i),
            iso(T0_MS + i as i64 * 60_000)
        );
    });
    out
}

/// A getPstnCalls page of `n` rows of the user, row `i` a 30-second call `i` minutes after
/// [`T0_MS`].
pub fn user_pstn_rows(n: usize) -> String {
    let mut out = String::with_capacity(n * 500 + 256);
    out.push_str(r##"{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#Collection(microsoft.graph.callRecords.pstnCallLogRow)","value":["##);
    items_then_close(&mut out, n, |out, i| {
        let start = T0_MS + i as i64 * 60_000;
        let _ = write!(
            out,
            r##"{{"id":"{}","callId":"{i}_sip@203.0.113.7","userId":"{USER_ID}","userPrincipalName":"{USER_UPN}","userDisplayName":"Dana Ortiz","startDateTime":"{}","endDateTime":"{}","duration":30,"charge":0.01,"callType":"user_out","currency":"USD","calleeNumber":"+1425555{:04}","callerNumber":"+14255550100","destinationName":"United States"}}"##,
            guid(5, i),
            iso(start),
            iso(start + 30_000),
            i % 10_000
        );
    });
    out
}

/// A page of `n` objects of no known shape, each with keys of its own.
pub fn unknown_objects(n: usize) -> String {
    let mut out = String::with_capacity(n * 40 + 64);
    out.push_str(r##"{"value":["##);
    items_then_close(&mut out, n, |out, i| {
        let _ = write!(out, r##"{{"thing{i}":{i},"other{i}":"x"}}"##);
    });
    out
}

/// A list of `n` versions of one basic record (version 1 to `n`).
pub fn record_versions(n: usize) -> String {
    let mut out = String::with_capacity(n * 300 + 256);
    out.push_str(
        r##"{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#communications/callRecords","value":["##,
    );
    items_then_close(&mut out, n, |out, i| {
        out.push('{');
        record_head(out, RECORD_ID, "peerToPeer", T0_MS, T0_MS + 60_000, i + 1);
        out.push('}');
    });
    out
}

/// A list of `n` basic records of the user, all overlapping: record `i` starts `i` seconds
/// after [`T0_MS`] and every one ends a day after the last row of [`user_pstn_rows`]`(n)`, so
/// each row lies inside every record that started before it (row `i`, `i` minutes in, inside
/// the first `60 (i + 1)`): the worst case for matching.
pub fn user_records(n: usize) -> String {
    let mut out = String::with_capacity(n * 400 + 256);
    out.push_str(
        r##"{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#communications/callRecords","value":["##,
    );
    items_then_close(&mut out, n, |out, i| {
        let start = T0_MS + i as i64 * 1000;
        let end = T0_MS + (n as i64 + 2) * 60_000 + 86_400_000;
        let _ = write!(
            out,
            r##"{{"id":"{}","version":1,"type":"groupCall","modalities":["audio"],"startDateTime":"{}","endDateTime":"{}","organizer":{{"user":{{"id":"{USER_ID}","displayName":"Dana Ortiz"}}}},"participants":[{{"user":{{"id":"{USER_ID}","displayName":"Dana Ortiz"}}}}]}}"##,
            guid(6, i),
            iso(start),
            iso(end)
        );
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shape_is_json_of_the_size_asked_for() {
        for (json, n) in [
            (record_with_sessions(3), 3),
            (sessions_page(3), 3),
            (broken_records(3), 3),
            (user_pstn_rows(3), 3),
            (unknown_objects(3), 3),
            (record_versions(3), 3),
            (user_records(3), 3),
        ] {
            let value: serde_json::Value = serde_json::from_str(&json).unwrap();
            let items = value.get("value").or_else(|| value.get("sessions")).unwrap();
            assert_eq!(items.as_array().unwrap().len(), n, "{json}");
        }
        let one: serde_json::Value = serde_json::from_str(&record_with_segments(4)).unwrap();
        assert_eq!(one["sessions"][0]["segments"].as_array().unwrap().len(), 4);
    }

    #[test]
    fn the_shapes_load_as_meant() {
        let load = |json: String| crate::ingest::ingest([("shape.json", json.as_bytes())]);
        let d = load(record_with_sessions(3));
        assert!(d.diagnostics.is_empty(), "{:?}", d.diagnostics);
        assert_eq!((d.records.len(), d.records[0].sessions.len(), d.records[0].streams().count()), (1, 3, 6));
        let d = load(record_with_segments(4));
        assert!(d.diagnostics.is_empty(), "{:?}", d.diagnostics);
        assert_eq!(d.records[0].sessions[0].segments.len(), 4);
        let d = load(sessions_page(3));
        assert_eq!((d.records.len(), d.records[0].sessions.len()), (1, 3));
        let d = load(user_pstn_rows(3));
        assert!(d.diagnostics.is_empty(), "{:?}", d.diagnostics);
        assert_eq!(d.pstn_calls.len(), 3);
        let d = load(user_records(3));
        assert!(d.diagnostics.is_empty(), "{:?}", d.diagnostics);
        assert_eq!(d.records.len(), 3);
        let d = load(record_versions(3));
        assert_eq!((d.records.len(), d.records[0].version), (1, Some(3)));
        let d = load(broken_records(3));
        assert_eq!(d.records.len(), 3, "one bad field never costs its record");
        assert!(d.records.iter().all(|r| r.start.is_none()));
    }
}
