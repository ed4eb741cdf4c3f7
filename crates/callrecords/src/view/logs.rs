//! The log pages as data: one log's rows with the row type erased, so the page's table is one
//! component for every log ([`log_rows`]); how a header click sorts ([`next_sort`]); a row's
//! link to its call record ([`MatchLink`]); the totals as labelled figures ([`pstn_stats`],
//! [`direct_routing_stats`], [`sip_rows`]); and the log rows that belong to one call
//! ([`call_log_rows`]).

use crate::calllogs::{
    filter_rows, sort_rows, Cell, Column, DirectRoutingTotals, Links, LogTable, OutcomeExplanation, PstnTotals,
    RowFilter, RowMatches, RowRef, SortDirection, Table, TrunkGroup,
};
use crate::model::datetime::{format_duration_ms, UtcInstant};
use crate::model::identity::short_id;
use crate::model::logs::{DirectRoutingLogRow, PstnBlockedUserLogRow, PstnCallLogRow, PstnDialoutReportRow, SmsLogRow};
use crate::model::{Dataset, NodePath};
use crate::t;
use crate::view::route::Route;
use std::collections::BTreeSet;

/// One log's rows with the row type erased.
pub trait LogRows {
    /// Which log these are.
    fn table(&self) -> Table;
    fn len(&self) -> usize;
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// Every column, in the default order.
    fn columns(&self) -> &'static [Column];
    /// The cell of row `row` in column `column` (a "missing" cell when there is none).
    fn cell(&self, row: usize, column: &str) -> Cell;
    /// The indexes of the rows `filter` keeps, sorted by `column`.
    fn select(&self, filter: &RowFilter, column: &str, direction: SortDirection) -> Vec<usize>;
    /// What went wrong on row `row`, when it is a call that did not succeed.
    fn failure_explanation(&self, row: usize) -> Option<OutcomeExplanation>;

    /// How row `row` is known to the call-record matcher, when the log takes part.
    fn row_ref(&self, row: usize) -> Option<RowRef> {
        RowRef::new(self.table(), row)
    }

    /// Whether the log's rows are matched to call records.
    fn links(&self) -> bool {
        RowRef::new(self.table(), 0).is_some()
    }

    /// Whether any row has a failure to explain (the table then has a "What it means" column).
    fn any_failure(&self) -> bool {
        (0..self.len()).any(|i| self.failure_explanation(i).is_some())
    }

    /// The sort at first: newest first when the log has a start time, else by the first column.
    fn default_sort(&self) -> (&'static str, SortDirection) {
        let columns = self.columns();
        (columns.iter().find(|c| c.id == "start").map_or(columns[0].id, |c| c.id), SortDirection::Descending)
    }

    /// The columns shown at first.
    fn default_columns(&self) -> BTreeSet<&'static str> {
        self.columns().iter().filter(|c| c.default_visible).map(|c| c.id).collect()
    }
}

struct Rows<'a, T>(&'a [T]);

impl<T: LogTable> LogRows for Rows<'_, T> {
    fn table(&self) -> Table {
        T::TABLE
    }
    fn len(&self) -> usize {
        self.0.len()
    }
    fn columns(&self) -> &'static [Column] {
        T::columns()
    }
    fn cell(&self, row: usize, column: &str) -> Cell {
        self.0.get(row).and_then(|r| r.cell(column)).unwrap_or_else(Cell::missing)
    }
    fn select(&self, filter: &RowFilter, column: &str, direction: SortDirection) -> Vec<usize> {
        let mut picked = filter_rows(self.0, filter);
        sort_rows(self.0, &mut picked, column, direction);
        picked
    }
    fn failure_explanation(&self, row: usize) -> Option<OutcomeExplanation> {
        self.0.get(row)?.failure_explanation()
    }
}

/// The rows of `table` in `dataset`.
pub fn log_rows(table: Table, dataset: &Dataset) -> Box<dyn LogRows + '_> {
    fn rows<T: LogTable + 'static>(dataset: &Dataset) -> Box<dyn LogRows + '_> {
        Box::new(Rows(T::rows(dataset)))
    }
    match table {
        Table::Pstn => rows::<PstnCallLogRow>(dataset),
        Table::DirectRouting => rows::<DirectRoutingLogRow>(dataset),
        Table::Sms => rows::<SmsLogRow>(dataset),
        Table::BlockedUsers => rows::<PstnBlockedUserLogRow>(dataset),
        Table::DialoutReport => rows::<PstnDialoutReportRow>(dataset),
    }
}

/// How many rows of the beta logs are loaded (the "Other logs" page).
pub fn beta_rows(dataset: &Dataset) -> usize {
    Table::BETA.iter().map(|t| log_rows(*t, dataset).len()).sum()
}

/// The sort after a click on `column`'s header: a new column sorts ascending, the active one
/// flips.
pub fn next_sort(current: (&'static str, SortDirection), column: &'static str) -> (&'static str, SortDirection) {
    let direction = if current == (column, SortDirection::Ascending) {
        SortDirection::Descending
    } else {
        SortDirection::Ascending
    };
    (column, direction)
}

/// A log row's link to its best call record, as the "Call record" cell shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct MatchLink {
    /// The call record.
    pub route: Route,
    /// The first characters of the record id.
    pub short_id: String,
    /// How the link was made, in a sentence (the link's hover text).
    pub sentence: String,
    /// " user and time", " correlation ID (ambiguous: 2 candidates)", " user and time (ambiguous:
    /// 4,213 candidates); matches 4,213 records; showing the 20 nearest".
    pub why: String,
}

impl MatchLink {
    /// The link of a row's matches; `None` when no record matches.
    pub fn of(matches: Option<&RowMatches>) -> Option<MatchLink> {
        let m = matches?;
        let best = m.best()?;
        let mut extra =
            if m.ambiguous { format!(" (ambiguous: {} candidates)", m.total_text()) } else { String::new() };
        if let Some(note) = m.cut_note() {
            extra.push_str(&format!("; {note}"));
        }
        Some(MatchLink {
            route: Route::Call { id: best.record_id.clone(), node: NodePath::Call },
            short_id: crate::model::identity::id_text(short_id(&best.record_id)).into_owned(),
            sentence: best.sentence.clone(),
            why: format!(" {}{extra}", best.reason.label()),
        })
    }
}

/// One figure of a log's totals.
#[derive(Clone, Debug, PartialEq)]
pub struct Stat {
    pub label: String,
    pub value: String,
    /// What qualifies the figure: "12 without a duration".
    pub note: Option<String>,
}

fn stat(label: String, value: String, note: Option<String>) -> Stat {
    Stat { label, value, note }
}

/// "87.5 %", "n/a".
fn percent(rate: Option<f64>) -> String {
    rate.map_or_else(|| t!("not-applicable"), |r| crate::i18n::percent(r * 100.0, 1))
}

/// The figures at the top of the PSTN page: calls, minutes, charges.
pub fn pstn_stats(t: &PstnTotals) -> Vec<Stat> {
    vec![
        stat(t!("stat-calls"), t.calls.to_string(), None),
        stat(
            t!("stat-minutes"),
            crate::i18n::num(t.minutes(), 1),
            (t.calls_without_duration > 0).then(|| t!("stat-without-duration", count = t.calls_without_duration)),
        ),
        stat(t!("stat-charges"), t.charge_text(), Some(t!("stat-charges-note"))),
    ]
}

/// The figures at the top of the Direct Routing page: calls, outcomes, success rate, NER and
/// setup time.
pub fn direct_routing_stats(t: &DirectRoutingTotals) -> Vec<Stat> {
    let setup = t.setup.as_ref().map(|d| {
        t!(
            "stat-setup-spread",
            median = format_duration_ms(d.median * 1000.0),
            p90 = format_duration_ms(d.p90 * 1000.0),
            max = format_duration_ms(d.max * 1000.0)
        )
    });
    vec![
        stat(t!("stat-calls"), t.calls.to_string(), None),
        stat(t!("stat-successful"), t.successful.to_string(), None),
        stat(
            t!("stat-failed"),
            t.failed.to_string(),
            (t.unknown_outcome > 0).then(|| t!("stat-unknown-outcome", count = t.unknown_outcome)),
        ),
        stat(t!("stat-success-rate"), percent(t.success_rate), Some(t.success_rate_text.clone())),
        stat(t!("stat-ner"), percent(t.ner), Some(t.ner_text.clone())),
        stat(
            t!("stat-setup"),
            setup.unwrap_or_else(|| t!("stat-no-successful")),
            t.setup.as_ref().map(|d| t!("stat-successful-calls", count = d.count)),
        ),
    ]
}

/// One row of the "Failures by final SIP code" table.
#[derive(Clone, Debug, PartialEq)]
pub struct SipRow {
    /// "486 Busy Here", "none".
    pub code: String,
    /// "12 (40 %)".
    pub calls: String,
    /// "Busy Here: the callee is busy" and the usual next step, when the code is explained.
    pub meaning: Option<(String, String)>,
}

/// The failed Direct Routing calls by final SIP code, most first.
pub fn sip_rows(t: &DirectRoutingTotals) -> Vec<SipRow> {
    t.failures_by_sip
        .iter()
        .map(|g| SipRow {
            code: format!(
                "{}{}",
                g.code.map_or_else(|| t!("none"), |c| c.to_string()),
                g.phrase.as_ref().map(|p| format!(" {p}")).unwrap_or_default()
            ),
            calls: format!("{} ({})", g.calls, crate::i18n::percent(g.share * 100.0, 0)),
            meaning: g.explanation.as_ref().map(|e| (format!("{}: {}", e.name, e.meaning), e.next_step.clone())),
        })
        .collect()
}

/// A trunk's name for the "By trunk" table: its FQDN, "(none)" for rows without one.
pub fn trunk_label(g: &TrunkGroup) -> String {
    if g.trunk.is_empty() {
        t!("group-none")
    } else {
        g.trunk.clone()
    }
}

/// A PSTN or Direct Routing row that belongs to a call, as the call page lists it.
#[derive(Clone, Debug, PartialEq)]
pub struct CallLogRow {
    pub table: Table,
    /// The log's page.
    pub route: Route,
    /// The user's name or UPN, "unknown user".
    pub who: String,
    pub start: Option<UtcInstant>,
    /// "+1425… → +1206…" (PSTN), "successful" or what went wrong (Direct Routing).
    pub outcome: String,
    /// How the row was linked, and whether it fits another record better.
    pub evidence: String,
}

/// The log rows linked to record `record` (an index into the records), best links first.
pub fn call_log_rows(dataset: &Dataset, links: &Links, record: usize) -> Vec<CallLogRow> {
    let user = |name: &Option<String>, upn: &Option<String>| {
        name.clone().or_else(|| upn.clone()).unwrap_or_else(|| t!("log-unknown-user"))
    };
    links
        .for_record(record)
        .iter()
        .filter_map(|m| {
            let (who, start, outcome) = match m.row {
                RowRef::Pstn(i) => {
                    let r = dataset.pstn_calls.get(i)?;
                    let number = |n: &Option<String>| n.clone().unwrap_or_else(|| "?".into());
                    let numbers = format!("{} → {}", number(&r.caller_number), number(&r.callee_number));
                    (user(&r.user_display_name, &r.user_principal_name), r.start, numbers)
                }
                RowRef::DirectRouting(i) => {
                    let r = dataset.direct_routing_calls.get(i)?;
                    let what = r.failure_explanation().map_or_else(|| t!("outcome-successful"), |e| e.headline);
                    (user(&r.user_display_name, &r.user_principal_name), r.start, what)
                }
            };
            let table = m.row.table();
            let evidence =
                if m.best { m.sentence.clone() } else { t!("log-better-match", sentence = m.sentence.as_str()) };
            Some(CallLogRow { table, route: Route::for_table(table), who, start, outcome, evidence })
        })
        .collect()
}
