//! Totals over (filtered) log rows: PSTN calls, minutes and charges per currency, grouped by
//! user, destination and call type; Direct Routing success rate and NER with their call counts,
//! failures by final SIP code, subcode and trunk, and the invite → start set-up time
//! distribution; and calls per day for a stacked chart.
//!
//! Money is summed exactly in ten-thousandths of a unit and never across currencies. Totals take
//! any iterator of rows, so the UI passes the rows its filter kept.

use super::meaning::{direct_routing_outcome, explain_call_type, setup_time_ms};
use super::sip::{explain_sip_code, explain_subcode, SipExplanation, SubcodeExplanation};
use super::table::{shown_money, zone_label, LogTable};
use crate::model::datetime::UtcInstant;
use crate::model::logs::{DirectRoutingLogRow, PstnCallLogRow};
use std::collections::{BTreeMap, HashMap};

/// "96.7 % of 3000 calls"; "n/a (no calls)" for none; with a warning under 100 calls, since the
/// Direct Routing Health Dashboard notes a low ratio over few calls can still be normal.
pub fn rate_text(numerator: usize, total: usize) -> String {
    if total == 0 {
        return crate::t!("stat-rate-no-calls");
    }
    let pct = numerator as f64 * 100.0 / total as f64;
    crate::t!(
        "stat-rate",
        percent = crate::i18n::percent(pct, 1),
        total = total,
        shown = total.to_string(),
        few = if total < 100 { "yes" } else { "no" }
    )
}

/// Ten-thousandths of a currency unit.
fn to_units(amount: f64) -> i64 {
    // `as` saturates; NaN (never produced by JSON) becomes 0.
    (amount * 10_000.0).round() as i64
}

fn from_units(units: i64) -> f64 {
    units as f64 / 10_000.0
}

fn currency_key(currency: Option<&str>) -> String {
    currency.map(|c| c.trim().to_uppercase()).unwrap_or_default()
}

/// Charges in one currency.
#[derive(Clone, Debug, PartialEq)]
pub struct CurrencyAmount {
    /// ISO 4217 code, upper-cased; empty when the rows did not say.
    pub currency: String,
    pub charge: f64,
    pub connection_charge: f64,
    /// Calls that carried a charge in this currency.
    pub calls: usize,
}

impl CurrencyAmount {
    /// "12.83 USD", or "12.83 (currency not given)".
    pub fn text(&self) -> String {
        if self.currency.is_empty() {
            crate::t!("money-no-currency", amount = shown_money(self.charge, None))
        } else {
            shown_money(self.charge, Some(&self.currency))
        }
    }
}

#[derive(Default)]
struct Money {
    // currency → (charge units, connection units, calls)
    by_currency: BTreeMap<String, (i64, i64, usize)>,
}

impl Money {
    fn add(&mut self, currency: Option<&str>, charge: Option<f64>, connection: Option<f64>) -> bool {
        let (charge, connection) = (charge.filter(|v| v.is_finite()), connection.filter(|v| v.is_finite()));
        if charge.is_none() && connection.is_none() {
            return false;
        }
        let entry = self.by_currency.entry(currency_key(currency)).or_default();
        entry.0 = entry.0.saturating_add(charge.map_or(0, to_units));
        entry.1 = entry.1.saturating_add(connection.map_or(0, to_units));
        entry.2 += 1;
        true
    }

    fn amounts(&self) -> Vec<CurrencyAmount> {
        self.by_currency
            .iter()
            .map(|(currency, &(charge, connection, calls))| CurrencyAmount {
                currency: currency.clone(),
                charge: from_units(charge),
                connection_charge: from_units(connection),
                calls,
            })
            .collect()
    }
}

/// Calls of one user, destination or call type.
#[derive(Clone, Debug, PartialEq)]
pub struct Group {
    /// What the rows were grouped by (user id, lower-cased name…); empty for rows without one.
    pub key: String,
    /// For people ("Richard Malk", "United States", "user_in"); "(none)" for the empty key.
    pub label: String,
    /// More words: the UPN of a user, the meaning of a call type.
    pub detail: Option<String>,
    pub calls: usize,
    /// Sum of the known durations.
    pub seconds: f64,
    /// Per currency, never added together.
    pub charges: Vec<CurrencyAmount>,
}

impl Group {
    pub fn minutes(&self) -> f64 {
        self.seconds / 60.0
    }
}

#[derive(Default)]
struct GroupAcc {
    label: String,
    detail: Option<String>,
    calls: usize,
    seconds: f64,
    money: Money,
}

#[derive(Default)]
struct Grouper {
    groups: HashMap<String, GroupAcc>,
}

impl Grouper {
    fn add(&mut self, key: String, label: impl FnOnce() -> (String, Option<String>), row: &PstnCallLogRow) {
        let acc = self.groups.entry(key).or_insert_with(|| {
            let (label, detail) = label();
            GroupAcc { label, detail, ..GroupAcc::default() }
        });
        acc.calls += 1;
        acc.seconds += row.duration.filter(|d| d.is_finite()).unwrap_or(0.0);
        acc.money.add(row.currency.as_deref(), row.charge, row.connection_charge);
    }

    /// Most calls first, then by label.
    fn finish(self) -> Vec<Group> {
        let mut groups: Vec<Group> = self
            .groups
            .into_iter()
            .map(|(key, acc)| Group {
                label: if key.is_empty() && acc.label.is_empty() { crate::t!("group-none") } else { acc.label },
                key,
                detail: acc.detail,
                calls: acc.calls,
                seconds: acc.seconds,
                charges: acc.money.amounts(),
            })
            .collect();
        groups.sort_by(|a, b| {
            b.calls
                .cmp(&a.calls)
                .then_with(|| a.label.to_lowercase().cmp(&b.label.to_lowercase()))
                .then_with(|| a.key.cmp(&b.key))
        });
        groups
    }
}

fn non_empty(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

/// Totals of `getPstnCalls` rows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PstnTotals {
    pub calls: usize,
    /// Sum of the known durations.
    pub seconds: f64,
    pub calls_without_duration: usize,
    /// Charges per currency, sorted by currency code.
    pub charges: Vec<CurrencyAmount>,
    pub calls_without_charge: usize,
    pub by_user: Vec<Group>,
    pub by_destination: Vec<Group>,
    pub by_call_type: Vec<Group>,
}

impl PstnTotals {
    pub fn minutes(&self) -> f64 {
        self.seconds / 60.0
    }

    /// "0.00 USD, 3.10 EUR"; "no charges" when no row had one.
    pub fn charge_text(&self) -> String {
        if self.charges.is_empty() {
            return crate::t!("stat-no-charges");
        }
        self.charges.iter().map(CurrencyAmount::text).collect::<Vec<_>>().join(", ")
    }
}

/// Totals of PSTN rows (all, or the ones a filter kept).
pub fn pstn_totals<'a>(rows: impl IntoIterator<Item = &'a PstnCallLogRow>) -> PstnTotals {
    let mut totals = PstnTotals::default();
    let mut money = Money::default();
    let (mut users, mut destinations, mut types) = (Grouper::default(), Grouper::default(), Grouper::default());
    for row in rows {
        totals.calls += 1;
        match row.duration.filter(|d| d.is_finite()) {
            Some(d) => totals.seconds += d,
            None => totals.calls_without_duration += 1,
        }
        if !money.add(row.currency.as_deref(), row.charge, row.connection_charge) {
            totals.calls_without_charge += 1;
        }
        let user_key = non_empty(&row.user_id)
            .map(str::to_lowercase)
            .or_else(|| non_empty(&row.user_principal_name).map(str::to_lowercase))
            .unwrap_or_default();
        users.add(
            user_key,
            || {
                let label = non_empty(&row.user_display_name)
                    .or(non_empty(&row.user_principal_name))
                    .or(non_empty(&row.user_id))
                    .map_or_else(|| crate::t!("group-no-user"), str::to_string);
                (label, non_empty(&row.user_principal_name).map(str::to_string))
            },
            row,
        );
        let destination = non_empty(&row.destination_name);
        destinations.add(
            destination.map(str::to_lowercase).unwrap_or_default(),
            || (destination.map_or_else(|| crate::t!("group-no-destination"), str::to_string), None),
            row,
        );
        let call_type = non_empty(&row.call_type);
        types.add(
            call_type.map(str::to_lowercase).unwrap_or_default(),
            || {
                (
                    call_type.map_or_else(|| crate::t!("group-no-call-type"), str::to_string),
                    call_type.map(|t| explain_call_type(t).meaning),
                )
            },
            row,
        );
    }
    totals.charges = money.amounts();
    totals.by_user = users.finish();
    totals.by_destination = destinations.finish();
    totals.by_call_type = types.finish();
    totals
}

/// Failed calls with one final SIP code.
#[derive(Clone, Debug, PartialEq)]
pub struct SipGroup {
    pub code: Option<i64>,
    pub explanation: Option<SipExplanation>,
    /// The phrase most often sent with this code.
    pub phrase: Option<String>,
    pub calls: usize,
    /// Share of all failed calls, 0–1.
    pub share: f64,
}

/// Failed calls with one Microsoft subcode.
#[derive(Clone, Debug, PartialEq)]
pub struct SubcodeGroup {
    pub code: Option<i64>,
    pub explanation: Option<SubcodeExplanation>,
    pub calls: usize,
    /// Share of all failed calls, 0–1.
    pub share: f64,
}

/// Calls through one SBC.
#[derive(Clone, Debug, PartialEq)]
pub struct TrunkGroup {
    /// The SBC FQDN as sent (lower-cased); empty for rows without one.
    pub trunk: String,
    pub calls: usize,
    pub successful: usize,
    pub failed: usize,
    /// successful / (successful + failed); `None` without known outcomes.
    pub success_rate: Option<f64>,
    pub success_rate_text: String,
    pub ner: Option<f64>,
    pub ner_text: String,
    /// This trunk's failures by final SIP code, most first.
    pub failures_by_sip: Vec<(Option<i64>, usize)>,
}

/// A distribution of durations in seconds.
#[derive(Clone, Debug, PartialEq)]
pub struct Distribution {
    pub count: usize,
    pub min: f64,
    /// The middle value (mean of the two middle values for an even count).
    pub median: f64,
    /// Nearest-rank 90th percentile.
    pub p90: f64,
    pub max: f64,
    pub mean: f64,
    pub bins: Vec<HistogramBin>,
}

/// One bar of a histogram: values in `from..to` (`to = None`: and above).
#[derive(Clone, Debug, PartialEq)]
pub struct HistogramBin {
    pub from: f64,
    pub to: Option<f64>,
    /// "0–1 s", "≥ 60 s".
    pub label: String,
    pub count: usize,
}

/// Histogram edges for set-up times, seconds.
pub const SETUP_BIN_EDGES_S: &[f64] = &[0.0, 1.0, 2.0, 3.0, 5.0, 10.0, 20.0, 30.0, 60.0];

impl Distribution {
    /// The distribution of finite values with histogram bins at `edges` (ascending; values below
    /// the first edge count in the first bin). `None` without values.
    pub fn from_values(values: impl IntoIterator<Item = f64>, edges: &[f64]) -> Option<Self> {
        let mut v: Vec<f64> = values.into_iter().filter(|x| x.is_finite()).collect();
        if v.is_empty() {
            return None;
        }
        v.sort_by(f64::total_cmp);
        let n = v.len();
        let median = if n % 2 == 1 { v[n / 2] } else { (v[n / 2 - 1] + v[n / 2]) / 2.0 };
        let rank = ((0.9 * n as f64).ceil() as usize).clamp(1, n);
        let mut bins: Vec<HistogramBin> = edges
            .iter()
            .enumerate()
            .map(|(i, &from)| {
                let to = edges.get(i + 1).copied();
                let (from_text, s) = (crate::i18n::num(from, 1), crate::t!("unit-s-short"));
                let label = match to {
                    Some(to) => format!("{from_text}–{} {s}", crate::i18n::num(to, 1)),
                    None => format!("≥ {from_text} {s}"),
                };
                HistogramBin { from, to, label, count: 0 }
            })
            .collect();
        for &x in &v {
            // The last bin whose lower edge is at or below x (the first bin for smaller values).
            let i = edges.iter().rposition(|&e| e <= x).unwrap_or(0);
            if let Some(bin) = bins.get_mut(i) {
                bin.count += 1;
            }
        }
        Some(Distribution {
            count: n,
            min: v[0],
            median,
            p90: v[rank - 1],
            max: v[n - 1],
            mean: v.iter().sum::<f64>() / n as f64,
            bins,
        })
    }
}

/// Totals of `getDirectRoutingCalls` rows.
#[derive(Clone, Debug, PartialEq)]
pub struct DirectRoutingTotals {
    pub calls: usize,
    pub successful: usize,
    pub failed: usize,
    /// Rows that say neither success nor failure.
    pub unknown_outcome: usize,
    /// successful / (successful + failed), 0–1; `None` when no row has a known outcome.
    pub success_rate: Option<f64>,
    /// "96.7 % of 3000 calls", "n/a (no calls)".
    pub success_rate_text: String,
    /// Network Effectiveness Ratio, 0–1: successful calls plus failures that are the callee's
    /// doing (busy, no answer, declined) over all calls with a known outcome.
    pub ner: Option<f64>,
    pub ner_text: String,
    /// Sum of the known durations.
    pub seconds: f64,
    /// Mean duration of successful calls, seconds.
    pub average_successful_duration: Option<f64>,
    /// Failed calls by final SIP code, most first.
    pub failures_by_sip: Vec<SipGroup>,
    /// Failed calls by Microsoft subcode, most first.
    pub failures_by_subcode: Vec<SubcodeGroup>,
    /// Every call by SBC, most calls first.
    pub by_trunk: Vec<TrunkGroup>,
    /// Set-up time (invite → start) of successful calls, seconds.
    pub setup: Option<Distribution>,
}

#[derive(Default)]
struct Tally {
    calls: usize,
    successful: usize,
    failed: usize,
    delivered_failures: usize,
}

impl Tally {
    fn add(&mut self, outcome: Option<bool>, sip: Option<i64>) {
        self.calls += 1;
        match outcome {
            Some(true) => self.successful += 1,
            Some(false) => {
                self.failed += 1;
                if sip.is_some_and(|c| explain_sip_code(c).ner_delivered) {
                    self.delivered_failures += 1;
                }
            }
            None => {}
        }
    }

    fn known(&self) -> usize {
        self.successful + self.failed
    }

    fn rate(&self) -> Option<f64> {
        (self.known() > 0).then(|| self.successful as f64 / self.known() as f64)
    }

    fn ner(&self) -> Option<f64> {
        (self.known() > 0).then(|| (self.successful + self.delivered_failures) as f64 / self.known() as f64)
    }
}

fn by_count_desc<K: Ord + Clone>(map: HashMap<K, usize>) -> Vec<(K, usize)> {
    let mut list: Vec<(K, usize)> = map.into_iter().collect();
    list.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    list
}

/// Totals of Direct Routing rows (all, or the ones a filter kept).
pub fn direct_routing_totals<'a>(rows: impl IntoIterator<Item = &'a DirectRoutingLogRow>) -> DirectRoutingTotals {
    let mut all = Tally::default();
    let mut seconds = 0.0;
    let (mut ok_seconds, mut ok_with_duration) = (0.0, 0usize);
    let mut sip_counts: HashMap<Option<i64>, usize> = HashMap::new();
    let mut sip_phrases: HashMap<Option<i64>, HashMap<String, usize>> = HashMap::new();
    let mut sub_counts: HashMap<Option<i64>, usize> = HashMap::new();
    let mut trunks: HashMap<String, (Tally, HashMap<Option<i64>, usize>)> = HashMap::new();
    let mut setups = Vec::new();
    for row in rows {
        let outcome = direct_routing_outcome(row);
        all.add(outcome, row.final_sip_code);
        let duration = row.duration.filter(|d| d.is_finite());
        seconds += duration.unwrap_or(0.0);
        let trunk_key =
            row.trunk_fully_qualified_domain_name.as_deref().map(|t| t.trim().to_lowercase()).unwrap_or_default();
        let trunk = trunks.entry(trunk_key).or_default();
        trunk.0.add(outcome, row.final_sip_code);
        match outcome {
            Some(true) => {
                if let Some(d) = duration {
                    ok_seconds += d;
                    ok_with_duration += 1;
                }
                if let Some(ms) = setup_time_ms(row) {
                    setups.push(ms / 1000.0);
                }
            }
            Some(false) => {
                *sip_counts.entry(row.final_sip_code).or_default() += 1;
                if let Some(p) = non_empty(&row.final_sip_code_phrase) {
                    *sip_phrases.entry(row.final_sip_code).or_default().entry(p.to_string()).or_default() += 1;
                }
                *sub_counts.entry(row.call_end_sub_reason).or_default() += 1;
                *trunk.1.entry(row.final_sip_code).or_default() += 1;
            }
            None => {}
        }
    }
    let failed = all.failed.max(1) as f64;
    let failures_by_sip = by_count_desc(sip_counts)
        .into_iter()
        .map(|(code, calls)| {
            let phrase =
                sip_phrases.remove(&code).map(by_count_desc).and_then(|list| list.into_iter().next()).map(|(p, _)| p);
            SipGroup { code, explanation: code.map(explain_sip_code), phrase, calls, share: calls as f64 / failed }
        })
        .collect();
    let failures_by_subcode = by_count_desc(sub_counts)
        .into_iter()
        .map(|(code, calls)| SubcodeGroup {
            code,
            explanation: code.map(explain_subcode),
            calls,
            share: calls as f64 / failed,
        })
        .collect();
    let mut by_trunk: Vec<TrunkGroup> = trunks
        .into_iter()
        .map(|(trunk, (tally, sips))| TrunkGroup {
            trunk,
            calls: tally.calls,
            successful: tally.successful,
            failed: tally.failed,
            success_rate: tally.rate(),
            success_rate_text: rate_text(tally.successful, tally.known()),
            ner: tally.ner(),
            ner_text: rate_text(tally.successful + tally.delivered_failures, tally.known()),
            failures_by_sip: by_count_desc(sips),
        })
        .collect();
    by_trunk.sort_by(|a, b| b.calls.cmp(&a.calls).then_with(|| a.trunk.cmp(&b.trunk)));
    DirectRoutingTotals {
        calls: all.calls,
        successful: all.successful,
        failed: all.failed,
        unknown_outcome: all.calls - all.known(),
        success_rate: all.rate(),
        success_rate_text: rate_text(all.successful, all.known()),
        ner: all.ner(),
        ner_text: rate_text(all.successful + all.delivered_failures, all.known()),
        seconds,
        average_successful_duration: (ok_with_duration > 0).then(|| ok_seconds / ok_with_duration as f64),
        failures_by_sip,
        failures_by_subcode,
        by_trunk,
        setup: Distribution::from_values(setups, SETUP_BIN_EDGES_S),
    }
}

/// One day of a per-day chart.
#[derive(Clone, Debug, PartialEq)]
pub struct DayBucket {
    /// `YYYY-MM-DD` in the series' zone.
    pub date: String,
    /// The instant the day starts (midnight in the series' zone).
    pub start: UtcInstant,
    pub calls: usize,
    pub successful: usize,
    pub failed: usize,
    /// Rows whose outcome is unknown (every PSTN row: that log has no outcome).
    pub other: usize,
    /// Sum of the known durations.
    pub seconds: f64,
}

/// Calls per day, with every day between the first and the last (empty days included).
#[derive(Clone, Debug, PartialEq)]
pub struct DailySeries {
    /// The zone days are counted in: "UTC", "UTC+02:00".
    pub zone: String,
    pub offset_minutes: i32,
    pub days: Vec<DayBucket>,
    /// Rows without a time, not in any day.
    pub without_time: usize,
}

const DAY_MS: i64 = 86_400_000;
/// Gaps are filled up to this many days; a wider span (a bogus date) lists only days with rows.
const MAX_FILLED_DAYS: i64 = 3_700;

/// Calls per day. `offset_minutes` is the zone's offset from UTC (0 for UTC, 120 for UTC+2,
/// clamped to ±18 h) so the UI can count days in the viewer's zone.
pub fn calls_per_day<'a, T: LogTable + 'a>(rows: impl IntoIterator<Item = &'a T>, offset_minutes: i32) -> DailySeries {
    let offset_minutes = offset_minutes.clamp(-18 * 60, 18 * 60);
    let offset_ms = i64::from(offset_minutes) * 60_000;
    let mut days: BTreeMap<i64, DayBucket> = BTreeMap::new();
    let mut without_time = 0;
    let bucket = |day: i64| {
        let midnight = day.saturating_mul(DAY_MS);
        let iso = UtcInstant(midnight).to_iso();
        DayBucket {
            date: iso.get(..10).unwrap_or(&iso).to_string(),
            start: UtcInstant(midnight.saturating_sub(offset_ms)),
            calls: 0,
            successful: 0,
            failed: 0,
            other: 0,
            seconds: 0.0,
        }
    };
    for row in rows {
        let Some(time) = row.time() else {
            without_time += 1;
            continue;
        };
        let day = time.0.saturating_add(offset_ms).div_euclid(DAY_MS);
        let b = days.entry(day).or_insert_with(|| bucket(day));
        b.calls += 1;
        match row.outcome() {
            Some(true) => b.successful += 1,
            Some(false) => b.failed += 1,
            None => b.other += 1,
        }
        b.seconds += row.duration_seconds().unwrap_or(0.0);
    }
    if let (Some(&first), Some(&last)) = (days.keys().next(), days.keys().next_back()) {
        if last - first <= MAX_FILLED_DAYS {
            for day in first..=last {
                days.entry(day).or_insert_with(|| bucket(day));
            }
        }
    }
    DailySeries { zone: zone_label(offset_minutes), offset_minutes, days: days.into_values().collect(), without_time }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distribution_basics() {
        let d = Distribution::from_values([4.0, 1.0, 3.0, 2.0, f64::NAN, 100.0], SETUP_BIN_EDGES_S).unwrap();
        assert_eq!((d.count, d.min, d.median, d.max), (5, 1.0, 3.0, 100.0));
        assert_eq!(d.p90, 100.0);
        assert_eq!(d.bins.iter().map(|b| b.count).sum::<usize>(), 5);
        assert_eq!(d.bins.last().unwrap().count, 1);
        assert!(Distribution::from_values([], SETUP_BIN_EDGES_S).is_none());
        assert_eq!(Distribution::from_values([-1.0], &[0.0, 1.0]).unwrap().bins[0].count, 1);
    }

    #[test]
    fn rates() {
        assert_eq!(rate_text(0, 0), "n/a (no calls)");
        assert!(rate_text(1, 2).starts_with("50 % of 2 calls (fewer than 100"));
        assert_eq!(rate_text(967, 1000), "96.7 % of 1000 calls");
    }
}
