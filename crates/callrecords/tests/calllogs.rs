//! The PSTN and Direct Routing log core (`calllogs`): Microsoft's example rows (totals,
//! explanations, the `0001-01-01` sentinel), generated sets of thousands of rows with a known
//! mix (totals, sorting by every column, text/date/outcome filters, per-day counts), SIP and
//! subcode explanations, and linking rows to call records (correlation id, user + time, number +
//! time, masked prefix, no match, ambiguous).

use callrecords::calllogs::*;
use callrecords::ingest::ingest;
use callrecords::model::datetime::{parse_datetime, UtcInstant};
use callrecords::model::enums::CallType;
use callrecords::model::identity::{Identity, IdentityKind, IdentitySet};
use callrecords::model::logs::*;
use callrecords::model::record::{CallRecord, Endpoint, Participant, Session};
use std::collections::HashMap;

mod common;
use common::{corpus_dir, load};

fn t(text: &str) -> UtcInstant {
    parse_datetime(text).unwrap().unwrap()
}

fn cell<T: LogTable>(row: &T, column: &str) -> Cell {
    row.cell(column).unwrap_or_else(|| panic!("no column {column}"))
}

// ---------------------------------------------------------------------------------------------
// Microsoft's examples

#[test]
fn corpus_pstn_row() {
    let d = load("v1.0-getpstncalls.json");
    assert_eq!(d.pstn_calls.len(), 1);
    let row = &d.pstn_calls[0];
    assert_eq!(cell(row, "duration").text, "3 min 39 s");
    assert_eq!(cell(row, "duration").sort, SortKey::Number(219.0));
    assert_eq!(cell(row, "charge").text, "0.00 USD");
    assert_eq!(cell(row, "connection_charge").text, "0.00 USD");
    assert_eq!(cell(row, "start").text, "2019-11-01 00:00:08 UTC");
    assert_eq!(cell(row, "user").text, "Richard Malk");
    assert_eq!(cell(row, "user").title.as_deref(), Some("richard.malk@contoso.com"));
    assert_eq!(cell(row, "direction").text, "Inbound");
    assert_eq!(cell(row, "call_type").text, "user_in");
    assert_eq!(cell(row, "call_type").title.as_deref(), Some("the user received an inbound PSTN call"));
    assert_eq!(cell(row, "caller").text, "+0123456789");
    assert_eq!(cell(row, "caller").title, None, "not masked");
    assert_eq!(cell(row, "destination").text, "United States");
    assert_eq!(cell(row, "destination_context").sort, SortKey::Missing);
    assert_eq!(cell(row, "operator").text, "Microsoft");
    assert_eq!(cell(row, "license").text, "MCOPSTNU");
    assert_eq!(cell(row, "call_id").text, "1835317186_112562680@61.221.3.176");
    assert_eq!(cell(row, "duration_source").text, "Microsoft");

    let totals = pstn_totals(&d.pstn_calls);
    assert_eq!((totals.calls, totals.seconds, totals.calls_without_duration), (1, 219.0, 0));
    assert!((totals.minutes() - 3.65).abs() < 1e-9);
    assert_eq!(
        totals.charges,
        vec![CurrencyAmount { currency: "USD".into(), charge: 0.0, connection_charge: 0.0, calls: 1 }]
    );
    assert_eq!(totals.charge_text(), "0.00 USD");
    assert_eq!(totals.by_user.len(), 1);
    assert_eq!(totals.by_user[0].label, "Richard Malk");
    assert_eq!(totals.by_user[0].detail.as_deref(), Some("richard.malk@contoso.com"));
    assert_eq!(totals.by_call_type[0].label, "user_in");
    assert_eq!(totals.by_call_type[0].detail.as_deref(), Some("the user received an inbound PSTN call"));
    assert_eq!(totals.by_destination[0].label, "United States");
}

#[test]
fn corpus_direct_routing_row_and_the_sentinel() {
    let d = load("v1.0-getdirectroutingcalls.json");
    assert_eq!(d.direct_routing_calls.len(), 1);
    let row = &d.direct_routing_calls[0];
    // 0001-01-01T00:00:00Z is "no failure".
    assert_eq!(row.failure, None);
    let failure = cell(row, "failure");
    assert_eq!(failure.text, "none");
    assert_eq!(failure.sort, SortKey::Missing);
    assert!(failure.title.unwrap().contains("0001-01-01"));
    assert_eq!(cell(row, "success").text, "Yes");
    assert_eq!(cell(row, "invite").text, "2019-11-01 00:00:21 UTC");
    assert_eq!(cell(row, "duration").text, "5 s");
    // 00:00:25.105 − 00:00:21.949 = 3.156 s.
    assert_eq!(setup_time_ms(row), Some(3156.0));
    assert_eq!(cell(row, "setup").text, "3.2 s");
    assert_eq!(cell(row, "setup").sort, SortKey::Number(3.156));
    assert_eq!(cell(row, "final_sip_code").text, "0");
    assert!(cell(row, "final_sip_code").title.unwrap().starts_with("0 (normal call clearing)"));
    assert_eq!(cell(row, "subcode").text, "540000");
    assert!(cell(row, "subcode").title.unwrap().starts_with("Normal PSTN call end"));
    assert_eq!(cell(row, "response_from").text, "SBC");
    let outcome = cell(row, "outcome");
    assert!(outcome.text.starts_with("Success: normal PSTN call end"), "{}", outcome.text);
    assert!(outcome.text.ends_with("(BYE)"), "{}", outcome.text);
    assert_eq!(cell(row, "caller").text, "+12345678***", "masked stays masked");
    assert!(cell(row, "caller").title.unwrap().contains("masked"));
    assert_eq!(cell(row, "trunk").text, "tll-audiocodes01.adatum.biz");
    assert_eq!(cell(row, "media_path").text, "USWE");
    assert_eq!(cell(row, "signaling").text, "EUNO");
    assert_eq!(cell(row, "media_bypass").text, "No");
    assert_eq!(cell(row, "call_type").text, "ByotIn");
    assert_eq!(cell(row, "direction").text, "Inbound");
    assert_eq!(cell(row, "user_country").sort, SortKey::Missing, "v1.0 has no userCountryCode");

    let totals = direct_routing_totals(&d.direct_routing_calls);
    assert_eq!((totals.calls, totals.successful, totals.failed, totals.unknown_outcome), (1, 1, 0, 0));
    assert_eq!(totals.success_rate, Some(1.0));
    assert_eq!(totals.success_rate_text, "100 % of 1 call (fewer than 100 calls: a low value can still be normal)");
    assert!(totals.failures_by_sip.is_empty());
    assert_eq!(totals.by_trunk.len(), 1);
    assert_eq!(totals.by_trunk[0].trunk, "tll-audiocodes01.adatum.biz");
    let setup = totals.setup.expect("one set-up time");
    assert_eq!((setup.count, setup.min, setup.median, setup.p90, setup.max), (1, 3.156, 3.156, 3.156, 3.156));
    assert_eq!(setup.bins.iter().find(|b| b.count == 1).map(|b| b.label.as_str()), Some("3–5 s"));
    assert_eq!(totals.average_successful_duration, Some(5.0));
}

#[test]
fn corpus_beta_rows() {
    let dr = load("beta-getdirectroutingcalls.json");
    let row = &dr.direct_routing_calls[0];
    assert_eq!(cell(row, "user_country").text, "US");
    assert_eq!(cell(row, "other_party_country").text, "US");
    assert_eq!(cell(row, "failure").text, "none");

    let pstn = load("beta-getpstncalls.json");
    assert_eq!(cell(&pstn.pstn_calls[0], "other_party_country").text, "US");

    let sms = load("beta-getsmslog.json");
    let row = &sms.sms_log[0];
    assert_eq!(cell(row, "sent").text, "2022-10-06 11:15:48 UTC");
    assert_eq!(cell(row, "direction").text, "Inbound");
    assert_eq!(cell(row, "charge").text, "0.00 USD");
    assert_eq!(cell(row, "units").sort, SortKey::Number(1.0));
    assert_eq!(cell(row, "destination").text, "United States");

    let blocked = load("beta-getpstnblockeduserslog.json");
    assert_eq!(blocked.blocked_users.len(), 2);
    assert_eq!(cell(&blocked.blocked_users[0], "mode").text, "blocked");
    assert_eq!(cell(&blocked.blocked_users[1], "mode").text, "unblocked");
    assert_eq!(cell(&blocked.blocked_users[0], "reason").text, "High Overall Usage");
    let kept = filter_rows(&blocked.blocked_users, &RowFilter { text: "ruwini tenant".into(), ..RowFilter::default() });
    assert_eq!(kept, vec![1]);

    let dialout = load("beta-getpstnonlinemeetingdialoutreport.json");
    let row = &dialout.dialout_report[0];
    assert_eq!(cell(row, "total_charge").text, "12.83 USD");
    assert_eq!(cell(row, "total_duration").text, "12 min 3 s");
    assert_eq!(cell(row, "total_calls").text, "12");
    // The report has no times: a date range does not hide it.
    let filter = RowFilter { from: Some(t("2030-01-01T00:00:00Z")), ..RowFilter::default() };
    assert_eq!(filter_rows(&dialout.dialout_report, &filter), vec![0]);
}

// ---------------------------------------------------------------------------------------------
// Columns and sorting

fn columns_are_sound<T: LogTable>() {
    let columns = T::columns();
    assert!(!columns.is_empty());
    for c in columns {
        assert!(!c.heading.is_empty() && !c.description.is_empty(), "{}", c.id);
        assert_eq!(c.align, c.kind.align(), "{}", c.id);
        if matches!(c.kind, ColumnKind::Count | ColumnKind::Money | ColumnKind::Duration) {
            assert_eq!(c.align, Align::Right, "numbers are right-aligned: {}", c.id);
        }
    }
    assert!(columns.iter().any(|c| c.default_visible));
    assert!(columns.iter().any(|c| !c.default_visible));
}

#[test]
fn column_lists() {
    columns_are_sound::<PstnCallLogRow>();
    columns_are_sound::<DirectRoutingLogRow>();
    columns_are_sound::<SmsLogRow>();
    columns_are_sound::<PstnBlockedUserLogRow>();
    let ids: Vec<&str> = PstnCallLogRow::columns().iter().map(|c| c.id).collect();
    for id in [
        "user",
        "direction",
        "call_type",
        "caller",
        "callee",
        "destination",
        "start",
        "duration",
        "charge",
        "connection_charge",
        "operator",
        "license",
        "usage_country",
        "tenant_country",
        "conference_id",
        "call_id",
    ] {
        assert!(ids.contains(&id), "PSTN lacks {id}");
    }
    let ids: Vec<&str> = DirectRoutingLogRow::columns().iter().map(|c| c.id).collect();
    for id in [
        "user",
        "caller",
        "callee",
        "invite",
        "start",
        "failure",
        "end",
        "duration",
        "success",
        "final_sip_code",
        "sip_phrase",
        "subcode",
        "trunk",
        "media_path",
        "signaling",
        "media_bypass",
        "correlation_id",
        "setup",
        "transferor_correlation_id",
        "user_country",
    ] {
        assert!(ids.contains(&id), "Direct Routing lacks {id}");
    }
    let charge = PstnCallLogRow::columns().iter().find(|c| c.id == "charge").unwrap();
    assert_eq!((charge.kind, charge.align), (ColumnKind::Money, Align::Right));
    let setup = DirectRoutingLogRow::columns().iter().find(|c| c.id == "setup").unwrap();
    assert_eq!(setup.unit, Some("s"));
}

/// Checks `order` is sorted by `column` in `direction` with missing values last, and returns
/// how many present values there were.
fn assert_sorted<T: LogTable>(rows: &[T], order: &[usize], column: &str, direction: SortDirection) -> usize {
    let keys: Vec<SortKey> = order.iter().map(|&i| cell(&rows[i], column).sort).collect();
    let present = keys.iter().take_while(|k| !k.is_missing()).count();
    assert!(keys[present..].iter().all(SortKey::is_missing), "{column}: missing values must come last");
    for pair in keys[..present].windows(2) {
        let ord = match (&pair[0], &pair[1]) {
            (SortKey::Number(a), SortKey::Number(b)) => a.partial_cmp(b).unwrap(),
            (SortKey::Time(a), SortKey::Time(b)) => a.cmp(b),
            (SortKey::Text(a), SortKey::Text(b)) => a.cmp(b),
            other => panic!("{column}: mixed sort keys {other:?}"),
        };
        let ok = match direction {
            SortDirection::Ascending => ord != std::cmp::Ordering::Greater,
            SortDirection::Descending => ord != std::cmp::Ordering::Less,
        };
        assert!(ok, "{column} {direction:?}: {:?} before {:?}", pair[0], pair[1]);
    }
    present
}

fn sort_every_column<T: LogTable>(rows: &[T]) {
    for column in T::columns() {
        for direction in [SortDirection::Ascending, SortDirection::Descending] {
            let mut order: Vec<usize> = (0..rows.len()).collect();
            sort_rows(rows, &mut order, column.id, direction);
            let mut seen = order.clone();
            seen.sort_unstable();
            assert_eq!(seen, (0..rows.len()).collect::<Vec<_>>(), "{}: a permutation", column.id);
            assert_sorted(rows, &order, column.id, direction);
        }
    }
    // An unknown column leaves the order alone.
    let mut order: Vec<usize> = (0..rows.len()).rev().collect();
    sort_rows(rows, &mut order, "no such column", SortDirection::Ascending);
    assert_eq!(order, (0..rows.len()).rev().collect::<Vec<_>>());
}

// ---------------------------------------------------------------------------------------------
// A generated Direct Routing set: 3000 rows over 10 days.

const DAY: i64 = 86_400_000;
const TRUNKS: [&str; 3] = ["sbc1.contoso.com", "SBC2.contoso.com", "sbc3.contoso.com"];

fn base() -> i64 {
    t("2024-03-01T00:00:00Z").0
}

/// (final SIP code, subcode, phrase, successful) of row `i`.
fn dr_mix(i: usize) -> (i64, i64, &'static str, bool) {
    if i % 20 == 0 {
        (403, 560403, "Forbidden", false)
    } else if i % 20 == 5 {
        (486, 560486, "Busy Here", false)
    } else if i % 20 == 10 {
        (504, 569009, "Unable to deliver INVITE: outgoing TLS negotiation failed", false)
    } else if i % 50 == 17 {
        (408, 500001, "Gateway (SBC) failover timer expired", false)
    } else if i % 100 == 33 {
        (499, 599999, "Something new", false)
    } else {
        (0, if i % 2 == 1 { 540000 } else { 560000 }, "BYE", true)
    }
}

fn dr_start(i: usize) -> i64 {
    let day = (i / 300) as i64;
    base() + day * DAY + ((i as i64 * 7919) % 86_400) * 1000
}

fn dr_rows() -> Vec<DirectRoutingLogRow> {
    (0..3000)
        .map(|i| {
            let (sip, sub, phrase, ok) = dr_mix(i);
            let start = dr_start(i);
            let invite = start - 1000 - (i as i64 % 9) * 500;
            let duration = if ok { 30 + (i % 300) as i64 } else { 2 };
            let inbound = i % 2 == 1;
            let user = i % 25;
            let external = format!("+1206555{:04}", i % 1000);
            let own = format!("+1425555{:04}", user);
            DirectRoutingLogRow {
                id: Some(format!("row-{i}")),
                correlation_id: Some(format!("{i:08x}-0000-4000-8000-000000000000")),
                user_id: Some(format!("00000000-0000-4000-8000-{user:012}")),
                user_principal_name: Some(format!("user{user}@contoso.com")),
                user_display_name: if user == 7 { None } else { Some(format!("User {user}")) },
                start: Some(UtcInstant(start)),
                invite: Some(UtcInstant(invite)),
                failure: (!ok).then_some(UtcInstant(start + 2000)),
                end: ok.then_some(UtcInstant(start + duration * 1000)),
                duration: Some(duration as f64),
                call_type: Some(if inbound { "ByotIn" } else { "ByotOut" }.into()),
                successful_call: Some(ok),
                caller_number: Some(if inbound { format!("{}***", &external[..9]) } else { own.clone() }),
                callee_number: Some(if inbound { own } else { external }),
                media_path_location: Some(["USWE", "EUNO", "APSE"][i % 3].into()),
                signaling_location: Some(["EUWE", "USEA"][i % 2].into()),
                final_sip_code: Some(sip),
                call_end_sub_reason: Some(sub),
                final_sip_code_phrase: Some(phrase.into()),
                trunk_fully_qualified_domain_name: Some(TRUNKS[i % 3].into()),
                media_bypass_enabled: Some(i % 4 == 0),
                user_country_code: (i % 10 == 0).then(|| "US".into()),
                ..DirectRoutingLogRow::default()
            }
        })
        .collect()
}

#[test]
fn direct_routing_totals_over_thousands_of_rows() {
    let rows = dr_rows();
    let totals = direct_routing_totals(&rows);
    assert_eq!(totals.calls, 3000);
    assert_eq!(totals.failed, 150 + 150 + 150 + 60 + 30);
    assert_eq!(totals.successful, 3000 - 540);
    assert_eq!(totals.unknown_outcome, 0);
    assert_eq!(totals.success_rate, Some(2460.0 / 3000.0));
    assert_eq!(totals.success_rate_text, "82 % of 3000 calls");
    // NER counts busy (486) as delivered: (2460 + 150) / 3000 = 87 %.
    assert_eq!(totals.ner_text, "87 % of 3000 calls");

    let by_sip: Vec<(Option<i64>, usize)> = totals.failures_by_sip.iter().map(|g| (g.code, g.calls)).collect();
    assert_eq!(by_sip, vec![(Some(403), 150), (Some(486), 150), (Some(504), 150), (Some(408), 60), (Some(499), 30)]);
    let g403 = &totals.failures_by_sip[0];
    assert_eq!(g403.phrase.as_deref(), Some("Forbidden"));
    assert!(g403.explanation.as_ref().unwrap().known);
    assert!((g403.share - 150.0 / 540.0).abs() < 1e-12);
    let g499 = totals.failures_by_sip.iter().find(|g| g.code == Some(499)).unwrap();
    let e = g499.explanation.as_ref().unwrap();
    assert!(!e.known);
    assert_eq!(e.class, SipClass::RequestFailure);
    let subs: Vec<Option<i64>> = totals.failures_by_subcode.iter().map(|g| g.code).collect();
    assert_eq!(subs, vec![Some(560403), Some(560486), Some(569009), Some(500001), Some(599999)]);

    // Per trunk, counted independently. SBC names are grouped without regard to case.
    assert_eq!(totals.by_trunk.len(), 3);
    for (t_index, name) in TRUNKS.iter().enumerate() {
        let group = totals.by_trunk.iter().find(|g| g.trunk == name.to_lowercase()).unwrap();
        let mine: Vec<usize> = (0..3000).filter(|i| i % 3 == t_index).collect();
        let failed = mine.iter().filter(|&&i| !dr_mix(i).3).count();
        assert_eq!((group.calls, group.failed, group.successful), (1000, failed, 1000 - failed), "{name}");
        assert_eq!(group.failures_by_sip.iter().map(|(_, n)| n).sum::<usize>(), failed);
    }

    // Set-up times of successful calls: 1.0 to 5.0 s in steps of 0.5 s.
    let setup = totals.setup.as_ref().unwrap();
    assert_eq!(setup.count, 2460);
    assert_eq!((setup.min, setup.max), (1.0, 5.0));
    let mut expected: Vec<f64> =
        (0..3000).filter(|&i| dr_mix(i).3).map(|i| (1000 + (i % 9) * 500) as f64 / 1000.0).collect();
    expected.sort_by(f64::total_cmp);
    assert_eq!(setup.median, (expected[1229] + expected[1230]) / 2.0);
    assert_eq!(setup.p90, expected[(0.9f64 * 2460.0).ceil() as usize - 1]);
    assert_eq!(setup.bins.iter().map(|b| b.count).sum::<usize>(), 2460);
    let under_two = expected.iter().filter(|&&s| (1.0..2.0).contains(&s)).count();
    assert_eq!(setup.bins.iter().find(|b| b.label == "1–2 s").unwrap().count, under_two);

    // Durations.
    let seconds: f64 = rows.iter().map(|r| r.duration.unwrap()).sum();
    assert_eq!(totals.seconds, seconds);
}

#[test]
fn direct_routing_per_day_in_utc_and_at_an_offset() {
    let rows = dr_rows();
    let series = calls_per_day(&rows, 0);
    assert_eq!(series.zone, "UTC");
    assert_eq!(series.days.len(), 10);
    for (day, bucket) in series.days.iter().enumerate() {
        let failed = (day * 300..(day + 1) * 300).filter(|&i| !dr_mix(i).3).count();
        assert_eq!(
            (bucket.calls, bucket.failed, bucket.successful, bucket.other),
            (300, failed, 300 - failed, 0),
            "day {day}"
        );
        assert_eq!(bucket.start, UtcInstant(base() + day as i64 * DAY));
    }
    assert_eq!(series.days[0].date, "2024-03-01");
    assert_eq!(series.days[9].date, "2024-03-10");

    // UTC+10: counted again here, independently.
    let offset = 600;
    let series = calls_per_day(&rows, offset);
    assert_eq!(series.zone, "UTC+10:00");
    let mut expected: HashMap<i64, (usize, usize)> = HashMap::new();
    for i in 0..3000 {
        let day = (dr_start(i) + offset as i64 * 60_000).div_euclid(DAY);
        let e = expected.entry(day).or_default();
        if dr_mix(i).3 {
            e.0 += 1
        } else {
            e.1 += 1
        }
    }
    assert_eq!(series.days.len(), expected.len());
    for bucket in &series.days {
        let day = (bucket.start.0 + offset as i64 * 60_000).div_euclid(DAY);
        assert_eq!((bucket.successful, bucket.failed), expected[&day], "{}", bucket.date);
    }
    assert_eq!(series.days.iter().map(|b| b.calls).sum::<usize>(), 3000);
    assert_eq!(series.days[0].date, "2024-03-01");
    assert_eq!(series.days[0].start, UtcInstant(base() - 600 * 60_000), "local midnight");

    // Gaps are filled with empty days.
    let sparse = vec![rows[0].clone(), rows[2999].clone(), DirectRoutingLogRow::default()];
    let series = calls_per_day(&sparse, 0);
    assert_eq!(series.days.len(), 10);
    assert_eq!(series.days.iter().filter(|b| b.calls == 0).count(), 8);
    assert_eq!(series.without_time, 1);
}

#[test]
fn direct_routing_sorting_by_every_column() {
    let mut rows = dr_rows();
    rows.truncate(600);
    // Some rows with holes, so missing values are exercised in every column.
    rows.push(DirectRoutingLogRow::default());
    rows.push(DirectRoutingLogRow {
        successful_call: Some(false),
        final_sip_code: Some(-1),
        ..DirectRoutingLogRow::default()
    });
    sort_every_column(&rows);

    let mut order: Vec<usize> = (0..rows.len()).collect();
    sort_rows(&rows, &mut order, "start", SortDirection::Ascending);
    let earliest = (0..600).min_by_key(|&i| dr_start(i)).unwrap();
    assert_eq!(order[0], earliest);
    assert!(order[600..].iter().all(|&i| i >= 600), "rows without a start come last");
    sort_rows(&rows, &mut order, "start", SortDirection::Descending);
    assert_eq!(order[0], (0..600).max_by_key(|&i| dr_start(i)).unwrap());
    assert!(order[600..].iter().all(|&i| i >= 600), "missing last when descending too");

    // Numbers sort as numbers, text without regard to case.
    sort_rows(&rows, &mut order, "final_sip_code", SortDirection::Descending);
    assert_eq!(rows[order[0]].final_sip_code, Some(504));
    let mut order: Vec<usize> = (0..rows.len()).collect();
    sort_rows(&rows, &mut order, "trunk", SortDirection::Ascending);
    assert_eq!(rows[order[0]].trunk_fully_qualified_domain_name.as_deref(), Some("sbc1.contoso.com"));
    assert_eq!(rows[order[250]].trunk_fully_qualified_domain_name.as_deref(), Some("SBC2.contoso.com"));
    // Stable: equal keys keep the earlier order.
    let sbc1: Vec<usize> = order.iter().copied().filter(|&i| i < 600 && i % 3 == 0).collect();
    assert!(sbc1.windows(2).all(|w| w[0] < w[1]));
}

#[test]
fn direct_routing_filters() {
    let rows = dr_rows();
    let all = filter_rows(&rows, &RowFilter::default());
    assert_eq!(all.len(), 3000);
    assert!(RowFilter::default().is_empty());

    // Every word must appear somewhere in the row, any case.
    let f = RowFilter { text: "SBC2 560403".into(), ..RowFilter::default() };
    let expected: Vec<usize> = (0..3000).filter(|&i| i % 3 == 1 && dr_mix(i).1 == 560403).collect();
    assert!(!expected.is_empty());
    assert_eq!(filter_rows(&rows, &f), expected);
    // Words in hidden columns and ids count too (the UPN column is hidden by default).
    let f = RowFilter { text: "forbidden user3@contoso.com".into(), ..RowFilter::default() };
    assert_eq!(filter_rows(&rows, &f), (0..3000).filter(|&i| dr_mix(i).0 == 403 && i % 25 == 3).collect::<Vec<_>>());
    let f = RowFilter { text: "00000bb8-0000".into(), ..RowFilter::default() };
    assert!(filter_rows(&rows, &f).is_empty(), "3000 is 0xbb8, outside the set");
    let f = RowFilter { text: "00000bb7-0000".into(), ..RowFilter::default() };
    assert_eq!(filter_rows(&rows, &f), vec![2999], "correlation id");
    let f = RowFilter { text: "nothing-like-this".into(), ..RowFilter::default() };
    assert!(filter_rows(&rows, &f).is_empty());

    // Date range by start: [day 3, day 5).
    let f = RowFilter {
        from: Some(UtcInstant(base() + 3 * DAY)),
        to: Some(UtcInstant(base() + 5 * DAY)),
        ..RowFilter::default()
    };
    assert_eq!(filter_rows(&rows, &f), (900..1500).collect::<Vec<_>>());

    // Outcome, alone and combined.
    let failed = RowFilter { outcome: Outcome::Failed, ..RowFilter::default() };
    assert_eq!(filter_rows(&rows, &failed).len(), 540);
    let ok = RowFilter { outcome: Outcome::Successful, ..RowFilter::default() };
    assert_eq!(filter_rows(&rows, &ok).len(), 2460);
    let f = RowFilter {
        outcome: Outcome::Failed,
        from: Some(UtcInstant(base() + 9 * DAY)),
        text: "sbc3".into(),
        ..RowFilter::default()
    };
    let expected: Vec<usize> = (2700..3000).filter(|&i| !dr_mix(i).3 && i % 3 == 2).collect();
    assert_eq!(filter_rows(&rows, &f), expected);
    assert!(f.matches(&rows[expected[0]]));

    // Totals over the filtered rows.
    let kept = filter_rows(&rows, &f);
    let totals = direct_routing_totals(kept.iter().map(|&i| &rows[i]));
    assert_eq!((totals.calls, totals.successful), (expected.len(), 0));
    assert_eq!(totals.success_rate, Some(0.0));
}

// ---------------------------------------------------------------------------------------------
// A generated PSTN set: 2000 rows, two currencies.

const CALL_TYPES: [&str; 6] = ["user_in", "user_out", "conf_out", "conf_in", "emergency_out", "ucap_in"];
const DESTINATIONS: [&str; 5] = ["United States", "Germany", "france", "Japan", "Brazil"];

/// Charge of row `i` in cents.
fn pstn_cents(i: usize) -> i64 {
    (i % 7) as i64 * 5 + 1
}

fn pstn_rows() -> Vec<PstnCallLogRow> {
    (0..2000)
        .map(|i| {
            let start = base() + (i as i64) * 431_000;
            let duration = 30 + (i % 600) as i64;
            PstnCallLogRow {
                id: Some(format!("usage-{i}")),
                call_id: Some(format!("{i}_call@10.0.0.1")),
                user_id: Some(format!("00000000-0000-4000-8000-{:012}", i % 10)),
                user_principal_name: Some(format!("person{}@contoso.com", i % 10)),
                user_display_name: Some(format!("Person {}", i % 10)),
                start: Some(UtcInstant(start)),
                end: Some(UtcInstant(start + duration * 1000)),
                duration: Some(duration as f64),
                charge: Some(pstn_cents(i) as f64 / 100.0),
                connection_charge: (i % 6 == 2).then_some(0.1),
                currency: Some(if i % 2 == 0 { "USD" } else { "eur" }.into()),
                call_type: Some(CALL_TYPES[i % 6].into()),
                callee_number: Some(format!("+4930{:06}", i)),
                caller_number: Some(format!("+1425555{:04}", i % 10)),
                destination_name: Some(DESTINATIONS[i % 5].into()),
                destination_context: Some(if i % 5 == 0 { "Domestic" } else { "International" }.into()),
                license_capability: Some("MCOPSTN2".into()),
                operator: Some(if i % 4 == 0 { "Microsoft" } else { "Operator Ltd" }.into()),
                tenant_country_code: Some("US".into()),
                ..PstnCallLogRow::default()
            }
        })
        .collect()
}

#[test]
fn pstn_totals_never_add_currencies() {
    let rows = pstn_rows();
    let totals = pstn_totals(&rows);
    assert_eq!(totals.calls, 2000);
    let seconds: i64 = (0..2000).map(|i| 30 + (i % 600) as i64).sum();
    assert_eq!(totals.seconds, seconds as f64);
    assert_eq!(totals.minutes(), seconds as f64 / 60.0);
    assert_eq!(totals.charges.len(), 2, "one total per currency");
    let usd_cents: i64 = (0..2000).filter(|i| i % 2 == 0).map(pstn_cents).sum();
    let eur_cents: i64 = (0..2000).filter(|i| i % 2 == 1).map(pstn_cents).sum();
    let eur = &totals.charges[0];
    let usd = &totals.charges[1];
    assert_eq!((eur.currency.as_str(), usd.currency.as_str()), ("EUR", "USD"), "codes upper-cased, sorted");
    assert_eq!(eur.charge, eur_cents as f64 / 100.0, "exact, no float drift");
    assert_eq!(usd.charge, usd_cents as f64 / 100.0);
    assert_eq!((eur.calls, usd.calls), (1000, 1000));
    let usd_fees = (0..2000).filter(|i| i % 2 == 0 && i % 6 == 2).count() as f64 * 0.1;
    assert!((usd.connection_charge - usd_fees).abs() < 1e-9);
    assert_eq!(eur.connection_charge, 0.0, "i % 6 == 2 is always even");
    assert_eq!(
        totals.charge_text(),
        format!("{} EUR, {} USD", format_money(eur.charge, None), format_money(usd.charge, None))
    );

    assert_eq!(totals.by_user.len(), 10);
    assert!(totals.by_user.iter().all(|g| g.calls == 200));
    let person3 = totals.by_user.iter().find(|g| g.label == "Person 3").unwrap();
    assert_eq!(person3.detail.as_deref(), Some("person3@contoso.com"));
    assert_eq!(person3.charges.len(), 1, "person 3 only has odd rows: EUR");
    assert_eq!(
        person3.charges[0].charge,
        (0..2000).filter(|i| i % 10 == 3).map(pstn_cents).sum::<i64>() as f64 / 100.0
    );

    assert_eq!(totals.by_destination.len(), 5);
    assert!(totals.by_destination.iter().all(|g| g.calls == 400));
    let labels: Vec<&str> = totals.by_destination.iter().map(|g| g.label.as_str()).collect();
    assert_eq!(labels, vec!["Brazil", "france", "Germany", "Japan", "United States"], "ties by label, any case");

    assert_eq!(totals.by_call_type.len(), 6);
    let conf_out = totals.by_call_type.iter().find(|g| g.key == "conf_out").unwrap();
    assert!(conf_out.detail.as_deref().unwrap().contains("Audio Conferencing bridge"));
    let conf_out_seconds: i64 = (0..2000).filter(|i| i % 6 == 2).map(|i| 30 + (i % 600) as i64).sum();
    assert_eq!(conf_out.seconds, conf_out_seconds as f64);

    // Filtered totals: only international EUR calls. "International" is also in the hover text
    // of the MCOPSTN2 capability ("International Calling Plan"); hover text is not searched, so
    // the domestic calls stay out.
    let kept = filter_rows(&rows, &RowFilter { text: "eur international".into(), ..RowFilter::default() });
    let expected: Vec<usize> = (0..2000).filter(|i| i % 2 == 1 && i % 5 != 0).collect();
    assert_eq!(kept, expected);
    let t = pstn_totals(kept.iter().map(|&i| &rows[i]));
    assert_eq!(t.charges.len(), 1);
    assert_eq!(t.charges[0].currency, "EUR");

    // A charge without a currency stays apart, and calls without a charge are counted.
    let odd = vec![
        PstnCallLogRow { charge: Some(1.0), ..PstnCallLogRow::default() },
        PstnCallLogRow { charge: Some(2.0), currency: Some("USD".into()), ..PstnCallLogRow::default() },
        PstnCallLogRow::default(),
    ];
    let t = pstn_totals(&odd);
    assert_eq!(t.charges.len(), 2);
    assert_eq!(t.charges[0].text(), "1.00 (currency not given)");
    assert_eq!((t.calls_without_charge, t.calls_without_duration), (1, 3));
    assert_eq!(t.by_user[0].label, "(no user)");
}

#[test]
fn pstn_sorting_filters_and_days() {
    let mut rows = pstn_rows();
    rows.truncate(700);
    rows.push(PstnCallLogRow::default());
    sort_every_column(&rows);

    let mut order: Vec<usize> = (0..rows.len()).collect();
    // "0.31" must sort above "0.06" numerically, and missing last.
    sort_rows(&rows, &mut order, "charge", SortDirection::Descending);
    assert_eq!(rows[order[0]].charge, Some(0.31));
    assert_eq!(order[700], 700);
    sort_rows(&rows, &mut order, "duration", SortDirection::Ascending);
    assert_eq!(rows[order[0]].duration, Some(30.0));
    sort_rows(&rows, &mut order, "destination", SortDirection::Ascending);
    assert_eq!(rows[order[0]].destination_name.as_deref(), Some("Brazil"));
    assert_eq!(rows[order[140]].destination_name.as_deref(), Some("france"), "case-insensitive");

    // Direction words are searchable.
    let outbound = filter_rows(&rows, &RowFilter { text: "outbound".into(), ..RowFilter::default() });
    assert_eq!(outbound, (0..700).filter(|i| matches!(i % 6, 1 | 2 | 4)).collect::<Vec<_>>());
    // The outcome filter does not apply to PSTN rows.
    assert_eq!(filter_rows(&rows, &RowFilter { outcome: Outcome::Failed, ..RowFilter::default() }).len(), 701);
    // Dates: the first day only (431 s apart → 200 rows per day and a bit).
    let f = RowFilter { from: Some(UtcInstant(base())), to: Some(UtcInstant(base() + DAY)), ..RowFilter::default() };
    let expected = (0..700).filter(|&i| (i as i64) * 431_000 < DAY).count();
    assert_eq!(filter_rows(&rows, &f).len(), expected);

    let series = calls_per_day(&rows, 0);
    assert_eq!(series.without_time, 1);
    assert_eq!(series.days.iter().map(|d| d.calls).sum::<usize>(), 700);
    assert!(series.days.iter().all(|d| d.calls == d.other && d.failed == 0), "PSTN rows have no outcome");
    assert_eq!(series.days[0].calls, expected);
    let first_day_seconds: f64 = (0..expected).map(|i| 30.0 + (i % 600) as f64).sum();
    assert_eq!(series.days[0].seconds, first_day_seconds);
}

// ---------------------------------------------------------------------------------------------
// SIP codes and subcodes

#[test]
fn sip_codes_known_and_unknown() {
    for code in
        [0, 200, 400, 401, 403, 404, 408, 410, 480, 481, 483, 484, 486, 487, 488, 500, 502, 503, 504, 600, 603, 606]
    {
        let e = explain_sip_code(code);
        assert!(e.known, "{code} should be in the table");
        assert!(!e.meaning.is_empty() && !e.next_step.is_empty(), "{code}");
        assert!(e.name.starts_with(&code.to_string()), "{}", e.name);
    }
    assert_eq!(explain_sip_code(403).name, "403 Forbidden");
    assert_eq!(explain_sip_code(0).class, SipClass::NoError);
    assert!(
        explain_sip_code(486).ner_delivered
            && explain_sip_code(603).ner_delivered
            && !explain_sip_code(503).ner_delivered
    );
    for (code, class) in [
        (499, SipClass::RequestFailure),
        (599, SipClass::ServerFailure),
        (699, SipClass::GlobalFailure),
        (399, SipClass::Redirection),
        (183, SipClass::Provisional),
        (42, SipClass::Unknown),
        (-3, SipClass::Unknown),
        (i64::MAX, SipClass::Unknown),
    ] {
        let e = explain_sip_code(code);
        assert!(!e.known, "{code}");
        assert_eq!(e.class, class, "{code}");
        assert!(!e.meaning.is_empty() && !e.next_step.is_empty());
    }
    assert_eq!(explain_sip_code(499).name, "499 (request failure (4xx))");
}

#[test]
fn subcodes_known_by_prefix_and_unknown() {
    let normal = explain_subcode(540000);
    assert!(normal.known && normal.meaning.starts_with("Normal PSTN call end"));
    assert_eq!(normal.source, SubcodeSource::Sbc);
    assert!(!normal.reference.is_empty());
    for code in [
        560000, 500001, 510559, 510560, 511404, 531000, 531004, 540200, 549002, 560403, 560484, 560503, 569002, 569008,
        569009, 10037, 10191,
    ] {
        let e = explain_subcode(code);
        assert!(e.known, "{code}");
        assert!(!e.next_step.is_empty(), "{code}");
    }
    assert_eq!(explain_subcode(510559).source, SubcodeSource::Microsoft);
    assert_eq!(explain_subcode(569009).source, SubcodeSource::ConnectionToSbc);

    // Not in the table: explained by prefix, and it says so.
    let e = explain_subcode(560404);
    assert!(!e.known);
    assert_eq!((e.source, e.embedded_sip), (SubcodeSource::Sbc, Some(404)));
    assert!(e.meaning.contains("SIP 404 Not Found") && e.meaning.contains("outbound"), "{}", e.meaning);
    let e = explain_subcode(540481);
    assert!(e.meaning.contains("inbound") && e.meaning.contains("481"), "{}", e.meaning);
    let e = explain_subcode(510999);
    assert!(!e.known && e.meaning.contains("guessed"), "{}", e.meaning);
    let e = explain_subcode(569777);
    assert_eq!(e.source, SubcodeSource::ConnectionToSbc);
    assert!(e.meaning.contains("guessed"));
    let e = explain_subcode(123);
    assert_eq!((e.source, e.known), (SubcodeSource::Microsoft, false));
    assert!(e.meaning.contains("not in the published tables"));
    assert_eq!(explain_subcode(0).source, SubcodeSource::NoSubcode);

    // Together.
    let o = explain_outcome(Some(403), Some(560403), Some("Forbidden"), Some(false));
    assert!(o.headline.starts_with("403 Forbidden from the SBC"), "{}", o.headline);
    assert_eq!(o.next_step, "Check the SBC logs to see why the call was rejected.");
    let o = explain_outcome(Some(408), Some(0), None, Some(false));
    assert!(o.headline.contains("Establishment timeout"));
    let o = explain_outcome(Some(404), Some(560404), None, Some(false));
    assert!(o.next_step.contains("SBC logs") && o.next_step.contains("E.164"), "{}", o.next_step);
    let o = explain_outcome(Some(504), Some(569009), None, Some(false));
    assert!(o.headline.contains("could not reach the SBC") && o.headline.contains("trusted root"), "{}", o.headline);
    let o = explain_outcome(None, None, None, None);
    assert_eq!(o.headline, "Failed");
}

// ---------------------------------------------------------------------------------------------
// Linking rows and records

fn phone(number: &str) -> Endpoint {
    Endpoint {
        identity: Some(IdentitySet {
            identities: vec![(IdentityKind::Phone, Identity { id: Some(number.into()), ..Identity::default() })],
            endpoint_type: None,
        }),
        ..Endpoint::default()
    }
}

fn user_participant(id: &str, upn: &str) -> Participant {
    Participant {
        id: Some(id.into()),
        identity: Some(IdentitySet {
            identities: vec![(
                IdentityKind::User,
                Identity { id: Some(id.into()), user_principal_name: Some(upn.into()), ..Identity::default() },
            )],
            endpoint_type: None,
        }),
        ..Participant::default()
    }
}

fn record(id: &str, start: &str, end: &str) -> CallRecord {
    CallRecord {
        id: id.into(),
        start: Some(t(start)),
        end: Some(t(end)),
        call_type: Some(CallType::PeerToPeer),
        ..CallRecord::default()
    }
}

fn with_phone(mut r: CallRecord, number: &str) -> CallRecord {
    r.sessions.push(Session { caller: Some(phone(number)), ..Session::default() });
    r
}

const RICHARD: &str = "db03c14b-06eb-4189-939b-7cbf3a20ba27";

#[test]
fn linking_rows_and_records() {
    let pstn_corpus = load("v1.0-getpstncalls.json").pstn_calls;
    let dr_corpus = load("v1.0-getdirectroutingcalls.json").direct_routing_calls;
    let mut user_record =
        record("11111111-1111-4111-8111-111111111111", "2019-11-01T00:00:00Z", "2019-11-01T00:04:00Z");
    user_record.participants_v2.push(user_participant(RICHARD, "Richard.Malk@contoso.com"));
    let records = vec![
        // 0: the DR example's correlation id (its times are elsewhere: the id alone decides).
        record("C98E1515-A937-4B81-B8A8-3992AFDE64E0", "2019-11-02T00:00:00Z", "2019-11-02T00:01:00Z"),
        // 1: Richard's call around the PSTN example.
        user_record,
        // 2: a phone participant written with formatting.
        with_phone(
            record("22222222-2222-4222-8222-222222222222", "2024-05-01T10:00:00Z", "2024-05-01T10:10:00Z"),
            "+1 (425) 555-0100",
        ),
        // 3: a full number that a masked row may be.
        with_phone(
            record("33333333-3333-4333-8333-333333333333", "2024-05-02T10:00:00Z", "2024-05-02T10:10:00Z"),
            "+12345678901",
        ),
        // 4 and 5: two overlapping calls of the same number.
        with_phone(
            record("44444444-4444-4444-8444-444444444444", "2024-05-03T10:00:00Z", "2024-05-03T10:30:00Z"),
            "+4930111111",
        ),
        with_phone(
            record("55555555-5555-4555-8555-555555555555", "2024-05-03T10:05:00Z", "2024-05-03T10:20:00Z"),
            "+4930111111",
        ),
        // 6: a group call (meeting) with a dial-out number, and 7: a peer-to-peer call with it.
        CallRecord {
            call_type: Some(CallType::GroupCall),
            ..with_phone(
                record("66666666-6666-4666-8666-666666666666", "2024-05-04T09:00:00Z", "2024-05-04T10:00:00Z"),
                "+441632960000",
            )
        },
        with_phone(
            record("77777777-7777-4777-8777-777777777777", "2024-05-04T09:00:00Z", "2024-05-04T10:00:00Z"),
            "+441632960000",
        ),
    ];
    let dr = |caller: &str, start: &str, end: &str| DirectRoutingLogRow {
        caller_number: Some(caller.into()),
        start: Some(t(start)),
        invite: Some(t(start)),
        end: Some(t(end)),
        successful_call: Some(true),
        user_id: Some("99999999-0000-4000-8000-000000000000".into()),
        ..DirectRoutingLogRow::default()
    };
    let mut direct_routing = vec![
        dr_corpus[0].clone(),
        dr("+14255550100", "2024-05-01T10:01:00Z", "2024-05-01T10:05:00Z"),
        dr("+12345678***", "2024-05-02T10:00:30Z", "2024-05-02T10:09:30Z"),
        dr("+14255550100", "2024-06-01T10:01:00Z", "2024-06-01T10:05:00Z"),
        dr("+4930111111", "2024-05-03T10:06:00Z", "2024-05-03T10:10:00Z"),
        // Same number, but the row runs past the record's end by more than a minute.
        dr("+14255550100", "2024-05-01T10:05:00Z", "2024-05-01T10:12:00Z"),
        // Masked, but one digit longer than the record's number.
        dr("+123456789***", "2024-05-02T10:00:30Z", "2024-05-02T10:09:30Z"),
    ];
    // Within the tolerance: starts 30 s before the record.
    direct_routing.push(dr("+14255550100", "2024-05-01T09:59:30Z", "2024-05-01T10:02:00Z"));
    let pstn = vec![
        pstn_corpus[0].clone(),
        PstnCallLogRow {
            call_type: Some("conf_out".into()),
            callee_number: Some("+441632960000".into()),
            start: Some(t("2024-05-04T09:10:00Z")),
            end: Some(t("2024-05-04T09:20:00Z")),
            ..PstnCallLogRow::default()
        },
        // An Operator Connect row carrying the record id as its call id.
        PstnCallLogRow { call_id: Some("22222222-2222-4222-8222-222222222222".into()), ..PstnCallLogRow::default() },
    ];
    let links = link(&records, &pstn, &direct_routing, &MatchOptions::default());
    assert_eq!((links.pstn.len(), links.direct_routing.len(), links.by_record.len()), (3, 8, 8));

    // Exact correlation id, whatever the case and the times. The row is Richard's and falls
    // inside his call (record 1) too: listed second, and the id match keeps it unambiguous.
    let m = &links.direct_routing[0];
    assert_eq!(
        m.candidates.iter().map(|c| (c.record, c.reason)).collect::<Vec<_>>(),
        vec![(0, MatchReason::CorrelationId), (1, MatchReason::UserAndTime)]
    );
    assert!(m.best().unwrap().sentence.starts_with("same correlation ID (c98e1515-a937-4b81-b8a8-3992afde64e0)"));
    assert!(!m.ambiguous);
    assert_eq!(m.summary(), "linked by correlation ID (1 weaker candidate)");

    // User + time: the UPN differs in case only; the ids are equal.
    let m = &links.pstn[0];
    assert_eq!(m.candidates.len(), 1);
    let best = m.best().unwrap();
    assert_eq!((best.record, best.reason), (1, MatchReason::UserAndTime));
    assert_eq!(best.sentence, "same user (richard.malk@contoso.com) and the call times overlap by 3 min 39 s");
    assert_eq!(best.overlap_ms, Some(219_000));

    // Number + time, ignoring formatting.
    let best = links.direct_routing[1].best().unwrap();
    assert_eq!((best.record, best.reason), (2, MatchReason::NumberAndTime));
    assert_eq!(best.sentence, "same number (+14255550100) and the call times overlap by 4 min");

    // Masked prefix, and it says the hidden digits were not compared.
    let best = links.direct_routing[2].best().unwrap();
    assert_eq!((best.record, best.reason), (3, MatchReason::PrefixAndTime));
    assert!(
        best.sentence.contains("+12345678*** is masked") && best.sentence.contains("+12345678901"),
        "{}",
        best.sentence
    );
    assert!(best.sentence.contains("visible digits 12345678 only"));
    assert!(links.direct_routing[6].is_empty(), "lengths differ");

    // No match: same number a month later; and a row running past the tolerance.
    assert!(links.direct_routing[3].is_empty());
    assert_eq!(links.direct_routing[3].summary(), "no call record matches");
    assert!(links.direct_routing[5].is_empty());
    // Within the tolerance.
    assert_eq!(links.direct_routing[7].best().map(|b| b.record), Some(2));

    // Ambiguous: two overlapping records with the number; the closer start first.
    let m = &links.direct_routing[4];
    assert!(m.ambiguous);
    assert_eq!(m.candidates.iter().map(|c| c.record).collect::<Vec<_>>(), vec![5, 4]);
    assert!(m.summary().contains("ambiguous"));
    assert_eq!(links.ambiguous_rows(), vec![RowRef::DirectRouting(4)]);

    // conf_out links to the group call only.
    let m = &links.pstn[1];
    assert_eq!(m.candidates.iter().map(|c| c.record).collect::<Vec<_>>(), vec![6]);
    // An id match needs no times.
    assert_eq!(links.pstn[2].best().map(|b| (b.record, b.reason)), Some((2, MatchReason::CallId)));

    // From the records' side.
    assert_eq!(links.for_record(0).len(), 1);
    assert_eq!(links.for_record(0)[0].row, RowRef::DirectRouting(0));
    let two = links.for_record(2);
    assert_eq!(
        two.iter().map(|m| m.row).collect::<Vec<_>>(),
        vec![RowRef::Pstn(2), RowRef::DirectRouting(1), RowRef::DirectRouting(7)],
        "strongest first"
    );
    let four = links.for_record(4);
    assert_eq!(four.len(), 1);
    assert!(four[0].ambiguous && !four[0].best && four[0].row_candidates == 2);
    assert!(links.for_record(7).is_empty());
    assert!(links.for_record(99).is_empty());
    assert!(links.for_row(RowRef::Pstn(99)).is_none());
}

#[test]
fn user_and_number_together_beat_either_and_exact_beats_time() {
    let mut both = with_phone(
        record("aaaaaaaa-0000-4000-8000-000000000001", "2024-05-01T10:00:00Z", "2024-05-01T11:00:00Z"),
        "+4930222222",
    );
    both.participants_v2.push(user_participant("u-1", "one@contoso.com"));
    let mut user_only = record("aaaaaaaa-0000-4000-8000-000000000002", "2024-05-01T10:00:00Z", "2024-05-01T11:00:00Z");
    user_only.participants_v2.push(user_participant("u-1", "one@contoso.com"));
    let by_id = record("aaaaaaaa-0000-4000-8000-000000000003", "2023-01-01T00:00:00Z", "2023-01-01T00:01:00Z");
    let row = DirectRoutingLogRow {
        correlation_id: Some("aaaaaaaa-0000-4000-8000-000000000003".into()),
        user_id: Some("U-1".into()),
        caller_number: Some("+4930222222".into()),
        invite: Some(t("2024-05-01T10:10:00Z")),
        start: Some(t("2024-05-01T10:10:05Z")),
        failure: Some(t("2024-05-01T10:10:20Z")),
        successful_call: Some(false),
        ..DirectRoutingLogRow::default()
    };
    let links = link(&[both, user_only, by_id], &[], &[row], &MatchOptions::default());
    let m = &links.direct_routing[0];
    let reasons: Vec<(usize, MatchReason)> = m.candidates.iter().map(|c| (c.record, c.reason)).collect();
    assert_eq!(
        reasons,
        vec![(2, MatchReason::CorrelationId), (0, MatchReason::UserAndNumberAndTime), (1, MatchReason::UserAndTime)]
    );
    assert!(!m.ambiguous, "an id match is decisive; the others are listed");
    assert!(m.summary().contains("2 weaker candidates"));
    assert!(
        m.candidates[1]
            .sentence
            .starts_with("same user (U-1) and number (+4930222222), and the call times overlap by 20 s"),
        "{}",
        m.candidates[1].sentence
    );
    // A tighter tolerance changes nothing here; a record ending before the row does not match.
    let options = MatchOptions { tolerance_ms: 0, ..MatchOptions::default() };
    let short = with_phone(
        record("bbbbbbbb-0000-4000-8000-000000000001", "2024-05-01T10:00:00Z", "2024-05-01T10:10:10Z"),
        "+4930222222",
    );
    let row = DirectRoutingLogRow {
        caller_number: Some("+4930222222".into()),
        start: Some(t("2024-05-01T10:10:05Z")),
        failure: Some(t("2024-05-01T10:10:20Z")),
        ..DirectRoutingLogRow::default()
    };
    assert!(link(&[short], &[], &[row], &options).direct_routing[0].is_empty());
}

/// Ten thousand records of one user, every one still running when each of the user's ten
/// thousand PSTN rows starts (the shape of `synth::scaling::user_records` and
/// `user_pstn_rows`, which `make bench` times): each row lists its 20 nearest records and
/// counts the rest, and matching stays linear, so this test is quick.
#[test]
fn one_user_ten_thousand_records_and_rows() {
    let n = 10_000;
    let t0 = t("2026-11-02T09:00:00Z").0;
    let records: Vec<CallRecord> = (0..n)
        .map(|j| {
            let mut r = CallRecord {
                id: format!("{j:08x}-0000-4000-8000-000000000000"),
                start: Some(UtcInstant(t0 + j as i64 * 1000)),
                end: Some(UtcInstant(t0 + (n as i64 + 2) * 60_000 + 86_400_000)),
                call_type: Some(CallType::GroupCall),
                ..CallRecord::default()
            };
            r.participants_v2.push(user_participant(RICHARD, "richard.malk@contoso.com"));
            r
        })
        .collect();
    let rows: Vec<PstnCallLogRow> = (0..n)
        .map(|i| PstnCallLogRow {
            user_id: Some(RICHARD.into()),
            user_principal_name: Some("richard.malk@contoso.com".into()),
            callee_number: Some(format!("+1425555{:04}", i % 10_000)),
            start: Some(UtcInstant(t0 + i as i64 * 60_000)),
            end: Some(UtcInstant(t0 + i as i64 * 60_000 + 30_000)),
            ..PstnCallLogRow::default()
        })
        .collect();
    let links = link(&records, &rows, &[], &MatchOptions::default());
    assert_eq!(links.pstn.len(), n);
    for (i, m) in links.pstn.iter().enumerate() {
        // Row i starts i minutes in; record j started j seconds in, so row i lies inside the
        // records that started up to a minute after it: j ≤ 60 i + 60.
        let expected = (60 * i + 61).min(n);
        assert_eq!((m.matched, m.lower_bound), (expected, false), "row {i}");
        assert_eq!(m.candidates.len(), MAX_CANDIDATES.min(expected), "row {i}");
        assert!(m.ambiguous && m.candidates.iter().all(|c| c.reason == MatchReason::UserAndTime));
        // The nearest starts: record 60 i, then one second either side (the earlier first)…
        if i < 20 || i % 997 == 0 {
            let centre = (60 * i).min(n - 1);
            let mut want: Vec<usize> = (0..n).filter(|j| *j <= 60 * i + 60).collect();
            want.sort_by_key(|j| (j.abs_diff(centre), *j));
            let got: Vec<usize> = m.candidates.iter().map(|c| c.record).collect();
            assert_eq!(got, want[..MAX_CANDIDATES.min(want.len())].to_vec(), "row {i}");
        }
    }
    let m = &links.pstn[500];
    assert_eq!(m.summary(), "10,000 candidate records (ambiguous): best by user and time; showing the 20 nearest");
    assert_eq!(m.cut_note().as_deref(), Some("matches 10,000 records; showing the 20 nearest"));
    assert_eq!(links.pstn[0].cut_note().as_deref(), Some("matches 61 records; showing the 20 nearest"));
    // From the records' side: 20 rows at most per row, each row's count carried along.
    let total: usize = links.by_record.iter().map(Vec::len).sum();
    assert_eq!(total, links.pstn.iter().map(|m| m.candidates.len()).sum::<usize>());
    assert!(links.by_record.iter().flatten().all(|r| r.row_candidates >= MAX_CANDIDATES));
}

/// A made-up mix (three users, a handful of numbers, masked ones, peer-to-peer and group
/// calls, conferencing rows, ids) matched all at once agrees with matching each row against
/// each record alone: the same count, and the first 20 of the same order.
#[test]
fn matching_everything_at_once_agrees_with_one_record_at_a_time() {
    let mut seed = 11u64;
    let mut next = move |m: u64| {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (seed >> 33) % m
    };
    let numbers = ["+14255550100", "+14255550111", "+12345678901", "+12345678***", "+4930111111", "+4930111***"];
    let users = [("u-1", "one@contoso.com"), ("u-2", "two@contoso.com"), ("u-3", "three@contoso.com")];
    let base = t("2024-05-01T10:00:00Z").0;
    let at = |ms: i64| UtcInstant(base + ms);
    let mut records = Vec::new();
    for i in 0..90 {
        let start = next(20) as i64 * 60_000;
        let mut r = CallRecord {
            id: format!("{i:08x}-0000-4000-8000-000000000000"),
            start: Some(at(start)),
            end: Some(at(start + (40 + next(110)) as i64 * 60_000)),
            call_type: Some(if next(2) == 0 { CallType::PeerToPeer } else { CallType::GroupCall }),
            ..CallRecord::default()
        };
        if next(3) > 0 {
            let (id, upn) = users[next(3) as usize];
            r.participants_v2.push(user_participant(id, upn));
        }
        if next(2) == 0 {
            r = with_phone(r, numbers[next(6) as usize]);
        }
        records.push(r);
    }
    let mut pstn = Vec::new();
    for i in 0..120 {
        let start = next(60) as i64 * 60_000;
        let (id, upn) = users[next(3) as usize];
        pstn.push(PstnCallLogRow {
            call_id: (i % 17 == 0).then(|| records[next(90) as usize].id.to_uppercase()),
            user_id: (next(3) > 0).then(|| id.to_uppercase()),
            user_principal_name: (next(2) == 0).then(|| upn.into()),
            caller_number: (next(2) == 0).then(|| numbers[next(6) as usize].into()),
            callee_number: (next(3) == 0).then(|| numbers[next(6) as usize].into()),
            call_type: Some(if next(4) == 0 { "conf_out" } else { "user_out" }.into()),
            start: Some(at(start)),
            end: Some(at(start + next(10) as i64 * 60_000)),
            ..PstnCallLogRow::default()
        });
    }
    let links = link(&records, &pstn, &[], &MatchOptions::default());
    let mut cut = 0;
    for (i, row) in pstn.iter().enumerate() {
        let mut alone: Vec<(MatchReason, u64, usize, String)> = Vec::new();
        for (j, record) in records.iter().enumerate() {
            let one = link(std::slice::from_ref(record), std::slice::from_ref(row), &[], &MatchOptions::default());
            if let Some(best) = one.pstn[0].best() {
                let closeness = row.start.unwrap().0.abs_diff(record.start.unwrap().0);
                alone.push((best.reason, closeness, j, best.sentence.clone()));
            }
        }
        alone.sort();
        let m = &links.pstn[i];
        assert_eq!((m.matched, m.lower_bound), (alone.len(), false), "row {i}");
        let want: Vec<(usize, MatchReason, String)> =
            alone.iter().take(MAX_CANDIDATES).map(|(reason, _, j, sentence)| (*j, *reason, sentence.clone())).collect();
        let got: Vec<(usize, MatchReason, String)> =
            m.candidates.iter().map(|c| (c.record, c.reason, c.sentence.clone())).collect();
        assert_eq!(got, want, "row {i}");
        cut += usize::from(m.is_cut());
    }
    assert!(cut > 10, "the mix has rows with more than 20 candidates ({cut})");
}

#[test]
fn linking_through_ingest() {
    let record_json = br#"{"id":"c98e1515-a937-4b81-b8a8-3992afde64e0","type":"peerToPeer","startDateTime":"2019-11-01T00:00:20Z","endDateTime":"2019-11-01T00:00:40Z",
        "participants_v2":[{"id":"db03c14b-06eb-4189-939b-7cbf3a20ba27","identity":{"user":{"id":"db03c14b-06eb-4189-939b-7cbf3a20ba27","displayName":"Richard Malk"}}}]}"#;
    let dr = std::fs::read(corpus_dir().join("v1.0-getdirectroutingcalls.json")).unwrap();
    let pstn = std::fs::read(corpus_dir().join("v1.0-getpstncalls.json")).unwrap();
    let d =
        ingest([("record.json", record_json.as_slice()), ("dr.json", dr.as_slice()), ("pstn.json", pstn.as_slice())]);
    assert_eq!((d.records.len(), d.direct_routing_calls.len(), d.pstn_calls.len()), (1, 1, 1));
    let links = link_dataset(&d, &MatchOptions::default());
    assert_eq!(links.direct_routing[0].best().map(|b| b.reason), Some(MatchReason::CorrelationId));
    // The PSTN example (00:00:08–00:03:47) is not inside this record (00:00:20–00:00:40).
    assert!(links.pstn[0].is_empty());
    assert_eq!(links.for_record(0).len(), 1);
}

// ---------------------------------------------------------------------------------------------
// Odd input never panics

#[test]
fn odd_rows_do_not_panic() {
    let weird_dr = vec![
        DirectRoutingLogRow::default(),
        DirectRoutingLogRow {
            start: Some(UtcInstant(i64::MAX)),
            invite: Some(UtcInstant(i64::MIN)),
            failure: Some(UtcInstant(i64::MIN)),
            duration: Some(f64::NAN),
            final_sip_code: Some(i64::MIN),
            call_end_sub_reason: Some(i64::MAX),
            caller_number: Some("****".into()),
            callee_number: Some("".into()),
            call_type: Some("".into()),
            ..DirectRoutingLogRow::default()
        },
        DirectRoutingLogRow {
            start: Some(UtcInstant(0)),
            invite: Some(UtcInstant(5000)),
            successful_call: Some(true),
            duration: Some(-5.0),
            ..DirectRoutingLogRow::default()
        },
    ];
    for row in &weird_dr {
        for c in DirectRoutingLogRow::columns() {
            let _ = cell(row, c.id);
        }
        let _ = row.search_text();
    }
    assert_eq!(setup_time_ms(&weird_dr[2]), None, "start before invite");
    let totals = direct_routing_totals(&weird_dr);
    assert_eq!(totals.calls, 3);
    let _ = calls_per_day(&weird_dr, i32::MAX);
    let _ = calls_per_day(&weird_dr, i32::MIN);
    sort_every_column(&weird_dr);

    let weird_pstn = vec![
        PstnCallLogRow {
            charge: Some(f64::MAX),
            currency: Some("usd".into()),
            duration: Some(f64::INFINITY),
            ..PstnCallLogRow::default()
        },
        PstnCallLogRow {
            charge: Some(f64::MAX),
            currency: Some("USD".into()),
            start: Some(UtcInstant(i64::MIN)),
            ..PstnCallLogRow::default()
        },
        PstnCallLogRow {
            callee_number: Some("tel:+1-800-FLOWERS".into()),
            start: Some(UtcInstant(i64::MAX)),
            duration: Some(1e300),
            ..PstnCallLogRow::default()
        },
    ];
    for row in &weird_pstn {
        for c in PstnCallLogRow::columns() {
            let _ = cell(row, c.id);
        }
    }
    let totals = pstn_totals(&weird_pstn);
    assert_eq!(totals.charges.len(), 1, "usd and USD are one currency");
    let series = calls_per_day(&weird_pstn, 0);
    assert_eq!(series.days.len(), 2, "a span this wide is not filled");
    let mut weird_record = record("x", "2024-01-01T00:00:00Z", "2024-01-01T00:00:00Z");
    weird_record.start = Some(UtcInstant(i64::MIN));
    weird_record.end = Some(UtcInstant(i64::MAX));
    weird_record.sessions.push(Session { caller: Some(phone("")), callee: Some(phone("+")), ..Session::default() });
    // Extreme spans: the widest row inside the widest record, and an id match across the range.
    let mut weird_pstn = weird_pstn;
    weird_pstn.push(PstnCallLogRow {
        start: Some(UtcInstant(i64::MIN)),
        end: Some(UtcInstant(i64::MAX)),
        user_id: Some("u".into()),
        ..PstnCallLogRow::default()
    });
    weird_pstn.push(PstnCallLogRow {
        call_id: Some("late".into()),
        start: Some(UtcInstant(i64::MIN)),
        ..PstnCallLogRow::default()
    });
    weird_record.participants_v2.push(user_participant("u", "u@contoso.com"));
    let late = CallRecord {
        id: "late".into(),
        start: Some(UtcInstant(i64::MAX)),
        end: Some(UtcInstant(i64::MAX)),
        ..CallRecord::default()
    };
    let records = [weird_record, CallRecord::default(), late];
    let links = link(&records, &weird_pstn, &weird_dr, &MatchOptions { tolerance_ms: i64::MAX, min_prefix_digits: 0 });
    assert_eq!(links.by_record.len(), 3);
    assert_eq!(links.pstn[3].best().map(|b| (b.record, b.reason)), Some((0, MatchReason::UserAndTime)));
    assert_eq!(links.pstn[4].best().map(|b| (b.record, b.reason)), Some((2, MatchReason::CallId)));
}
