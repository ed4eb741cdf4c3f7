//! Columns as data, cells, sorting and filtering: the generic half of the log tables.
//!
//! A table is a row type implementing [`LogTable`]. The UI asks for [`LogTable::columns`],
//! renders [`LogTable::cell`] for the visible ones, and sorts or filters through
//! [`sort_rows`] and [`filter_rows`], which work on row indexes so the rows are never copied.

use super::sip::OutcomeExplanation;
use crate::model::datetime::{format_duration_ms, UtcInstant};
use crate::model::Dataset;
use std::cmp::Ordering;

/// Which log a table shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Table {
    /// `getPstnCalls`: Calling Plan and Operator Connect calls.
    Pstn,
    /// `getDirectRoutingCalls`.
    DirectRouting,
    /// Beta `getSmsLog`.
    Sms,
    /// Beta `getPstnBlockedUsersLog`.
    BlockedUsers,
    /// Beta `getPstnOnlineMeetingDialoutReport` (totals per user, no times).
    DialoutReport,
}

impl Table {
    /// Every log, in the order the page lists them.
    pub const ALL: [Table; 5] =
        [Table::Pstn, Table::DirectRouting, Table::Sms, Table::BlockedUsers, Table::DialoutReport];

    /// The beta logs, shown together on one page ("Other logs").
    pub const BETA: [Table; 3] = [Table::Sms, Table::BlockedUsers, Table::DialoutReport];

    /// A short name for the log: "PSTN", "Direct Routing", "SMS", "PSTN blocked users",
    /// "Dial-out report".
    pub fn name(self) -> String {
        crate::i18n::text(&format!("table-name-{}", self.english_name().to_lowercase().replace(' ', "-")), &[])
    }

    /// The English name ("PSTN"), the catalogue's source.
    pub fn english_name(self) -> &'static str {
        match self {
            Table::Pstn => "PSTN",
            Table::DirectRouting => "Direct Routing",
            Table::Sms => "SMS",
            Table::BlockedUsers => "PSTN blocked users",
            Table::DialoutReport => "Dial-out report",
        }
    }

    /// What the table of rows is called (its caption and accessible name): "PSTN calls",
    /// "SMS log".
    pub fn caption(self) -> String {
        crate::i18n::text(&format!("table-caption-{}", self.english_name().to_lowercase().replace(' ', "-")), &[])
    }

    /// The English caption ("PSTN calls").
    pub fn english_caption(self) -> &'static str {
        match self {
            Table::Pstn => "PSTN calls",
            Table::DirectRouting => "Direct Routing calls",
            Table::Sms => "SMS log",
            Table::BlockedUsers => "PSTN blocked users",
            Table::DialoutReport => "Dial-out report",
        }
    }

    /// The start of a downloaded file's name: "pstn-calls", "direct-routing-calls".
    pub fn file_stem(self) -> &'static str {
        match self {
            Table::Pstn => "pstn-calls",
            Table::DirectRouting => "direct-routing-calls",
            Table::Sms => "sms-log",
            Table::BlockedUsers => "pstn-blocked-users",
            Table::DialoutReport => "dialout-report",
        }
    }

    /// The heading above the log: "PSTN calls", "SMS log (beta)".
    pub fn heading(self) -> String {
        crate::i18n::text(&format!("table-heading-{}", self.english_name().to_lowercase().replace(' ', "-")), &[])
    }

    /// The English heading ("PSTN calls", "SMS log (beta)").
    pub fn english_heading(self) -> &'static str {
        match self {
            Table::Pstn => "PSTN calls",
            Table::DirectRouting => "Direct Routing calls",
            Table::Sms => "SMS log (beta)",
            Table::BlockedUsers => "PSTN blocked users (beta)",
            Table::DialoutReport => "Online meeting dial-out report (beta)",
        }
    }

    /// One of the beta logs ([`Table::BETA`]).
    pub fn is_beta(self) -> bool {
        Table::BETA.contains(&self)
    }

    /// Whether the table offers the success/failure filter ([`RowFilter::outcome`]).
    pub fn has_outcomes(self) -> bool {
        self == Table::DirectRouting
    }
}

/// Horizontal alignment of a column: numbers are right-aligned.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Align {
    Left,
    Right,
    Center,
}

/// What a column holds; decides alignment and how it sorts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ColumnKind {
    /// Free text (names, call types, locations); sorts case-insensitively.
    Text,
    /// An identifier (GUID, SIP Call-ID, FQDN); text, best shown in a monospace font.
    Id,
    /// A phone number as sent (possibly masked); text.
    Number,
    /// A count or code; sorts numerically.
    Count,
    /// An amount of money; sorts numerically.
    Money,
    /// A duration; sorts numerically (milliseconds).
    Duration,
    /// A point in time; sorts by instant.
    Time,
    /// Yes / no.
    Flag,
}

impl ColumnKind {
    /// Numbers right, flags centred, everything else left.
    pub const fn align(self) -> Align {
        match self {
            ColumnKind::Count | ColumnKind::Money | ColumnKind::Duration => Align::Right,
            ColumnKind::Flag => Align::Center,
            _ => Align::Left,
        }
    }
}

/// One column of a log table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Column {
    /// Stable id, used by [`LogTable::cell`] and safe to keep in the URL or settings.
    pub id: &'static str,
    /// Heading for people.
    pub heading: &'static str,
    pub kind: ColumnKind,
    pub align: Align,
    /// Unit written after values, if the whole column has one ("s"); `None` otherwise.
    pub unit: Option<&'static str>,
    /// One line for the heading's hover text: what the field is, from Microsoft's docs.
    pub description: &'static str,
    /// Shown before the user picks columns.
    pub default_visible: bool,
}

/// FNV-1a of a text: the catalogue id of a column description (`coldesc-<hex>`).
fn text_key(text: &str) -> String {
    let hash = text.bytes().fold(0x811c_9dc5u32, |h, b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193));
    format!("{hash:08x}")
}

impl Column {
    /// The heading in the current language (`colhead-<heading in kebab case>`).
    pub fn heading_text(&self) -> String {
        let id: String = self
            .heading
            .to_lowercase()
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join("-");
        crate::i18n::lookup(&format!("colhead-{id}"), &[]).unwrap_or_else(|| self.heading.to_string())
    }

    /// The description in the current language.
    pub fn description_text(&self) -> String {
        crate::i18n::lookup(&format!("coldesc-{}", text_key(self.description)), &[])
            .unwrap_or_else(|| self.description.to_string())
    }

    /// The heading with its unit, as the table's header shows it: "Duration (s)".
    pub fn heading_with_unit(&self) -> String {
        match self.unit {
            Some(unit) => {
                let unit = crate::i18n::lookup(&format!("unit-{unit}-short"), &[]).unwrap_or_else(|| unit.to_string());
                format!("{} ({unit})", self.heading_text())
            }
            None => self.heading_text(),
        }
    }

    /// A column whose alignment follows its kind.
    pub(crate) const fn new(
        id: &'static str,
        heading: &'static str,
        kind: ColumnKind,
        description: &'static str,
    ) -> Self {
        Column { id, heading, kind, align: kind.align(), unit: None, description, default_visible: true }
    }

    pub(crate) const fn hidden(mut self) -> Self {
        self.default_visible = false;
        self
    }

    pub(crate) const fn unit(mut self, unit: &'static str) -> Self {
        self.unit = Some(unit);
        self
    }
}

/// How a cell sorts. Ascending order is numbers, times and text each in their natural order;
/// [`SortKey::Missing`] always sorts last, in both directions (see [`sort_rows`]).
#[derive(Clone, Debug, PartialEq)]
pub enum SortKey {
    Missing,
    Number(f64),
    /// Milliseconds since the epoch.
    Time(i64),
    /// Already lower-cased.
    Text(String),
}

impl SortKey {
    /// Text that sorts case-insensitively.
    pub fn text(text: &str) -> Self {
        SortKey::Text(text.to_lowercase())
    }

    /// True for a cell with no value.
    pub fn is_missing(&self) -> bool {
        matches!(self, SortKey::Missing)
    }

    /// Ascending comparison of two present keys; keys of different kinds (which a well-formed
    /// column never mixes) order as Number < Time < Text.
    fn cmp_present(&self, other: &Self) -> Ordering {
        fn rank(key: &SortKey) -> u8 {
            match key {
                SortKey::Number(_) => 0,
                SortKey::Time(_) => 1,
                SortKey::Text(_) => 2,
                SortKey::Missing => 3,
            }
        }
        match (self, other) {
            (SortKey::Number(a), SortKey::Number(b)) => a.total_cmp(b),
            (SortKey::Time(a), SortKey::Time(b)) => a.cmp(b),
            (SortKey::Text(a), SortKey::Text(b)) => a.cmp(b),
            _ => rank(self).cmp(&rank(other)),
        }
    }
}

/// One cell: what to show, an optional explanation for hover, and how it sorts.
#[derive(Clone, Debug, PartialEq)]
pub struct Cell {
    /// Display text; empty when the value is absent.
    pub text: String,
    /// Longer explanation (a call type in words, a SIP code's meaning, "masked by Microsoft").
    pub title: Option<String>,
    pub sort: SortKey,
}

impl Cell {
    /// An absent value.
    pub fn missing() -> Self {
        Cell { text: String::new(), title: None, sort: SortKey::Missing }
    }

    /// Text (sorts case-insensitively); absent when `None` or blank.
    pub fn text(value: Option<&str>) -> Self {
        match value.map(str::trim).filter(|t| !t.is_empty()) {
            Some(t) => Cell { text: t.to_string(), title: None, sort: SortKey::text(t) },
            None => Cell::missing(),
        }
    }

    /// A number shown with at most `places` decimals, written the current language's way
    /// (`1,234.5`, `1.234,5`, `1 234,5`); sorts (and exports) by the number itself.
    pub fn number(value: Option<f64>, places: usize) -> Self {
        match value.filter(|v| v.is_finite()) {
            Some(v) => Cell { text: crate::i18n::num(v, places), title: None, sort: SortKey::Number(v) },
            None => Cell::missing(),
        }
    }

    /// An integer code (SIP code, subcode).
    pub fn code(value: Option<i64>) -> Self {
        match value {
            Some(v) => Cell { text: v.to_string(), title: None, sort: SortKey::Number(v as f64) },
            None => Cell::missing(),
        }
    }

    /// A time, shown in UTC.
    pub fn time(value: Option<UtcInstant>) -> Self {
        match value {
            Some(t) => Cell { text: shown_time(t), title: None, sort: SortKey::Time(t.0) },
            None => Cell::missing(),
        }
    }

    /// A duration given in seconds ("3 min 39 s"); sorts by seconds.
    pub fn seconds(value: Option<f64>) -> Self {
        match value.filter(|v| v.is_finite()) {
            Some(s) => Cell { text: format_seconds(s), title: None, sort: SortKey::Number(s) },
            None => Cell::missing(),
        }
    }

    /// An amount with its currency ("12.83 USD"); sorts by amount.
    pub fn money(value: Option<f64>, currency: Option<&str>) -> Self {
        match value.filter(|v| v.is_finite()) {
            Some(v) => Cell { text: shown_money(v, currency), title: None, sort: SortKey::Number(v) },
            None => Cell::missing(),
        }
    }

    /// Yes / No (sorts No before Yes).
    pub fn flag(value: Option<bool>) -> Self {
        match value {
            Some(b) => Cell {
                text: if b { crate::t!("flag-yes") } else { crate::t!("flag-no") },
                title: None,
                sort: SortKey::Number(f64::from(u8::from(b))),
            },
            None => Cell::missing(),
        }
    }

    /// Adds hover text.
    pub fn with_title(mut self, title: impl Into<String>) -> Self {
        let title = title.into();
        self.title = (!title.is_empty()).then_some(title);
        self
    }
}

/// A row type of one of the log tables.
pub trait LogTable {
    /// Which table this is.
    const TABLE: Table;

    /// The rows of this table in a dataset.
    fn rows(dataset: &Dataset) -> &[Self]
    where
        Self: Sized;

    /// Every column, in the default order.
    fn columns() -> &'static [Column];

    /// The cell of a column, by [`Column::id`]; `None` for an id this table does not have.
    fn cell(&self, column: &str) -> Option<Cell>;

    /// The time the date filter and per-day counts use (start of the call, SMS sent, block
    /// time); `None` for rows without one.
    fn time(&self) -> Option<UtcInstant>;

    /// Whether rows of this table have times at all (the dial-out report has none, so a date
    /// range does not filter it).
    fn has_times() -> bool {
        true
    }

    /// Success (`Some(true)`) or failure (`Some(false)`) where the table records it
    /// (Direct Routing); `None` elsewhere.
    fn outcome(&self) -> Option<bool> {
        None
    }

    /// What went wrong, for a row that did not succeed, where the table records outcomes
    /// (Direct Routing); `None` elsewhere and for successful calls.
    fn failure_explanation(&self) -> Option<OutcomeExplanation> {
        None
    }

    /// Duration of the call in seconds, where the table has one (PSTN, Direct Routing).
    fn duration_seconds(&self) -> Option<f64> {
        None
    }

    /// Raw values not shown in any cell text that text search should still find (ids, UPNs,
    /// raw codes).
    fn search_extra(&self) -> Vec<&str> {
        Vec::new()
    }

    /// Everything text search looks at, lower-cased: every cell's text (hidden columns too,
    /// but not the hover titles, whose general wording would match too much: "International
    /// Calling Plan" on a domestic call), plus [`LogTable::search_extra`]. Parts are separated so
    /// a word cannot span two cells.
    fn search_text(&self) -> String {
        let mut text = String::new();
        for column in Self::columns() {
            if let Some(cell) = self.cell(column.id) {
                push_part(&mut text, &cell.text);
            }
        }
        for extra in self.search_extra() {
            push_part(&mut text, extra);
        }
        text
    }
}

fn push_part(text: &mut String, part: &str) {
    if !part.is_empty() {
        text.push('\u{1f}');
        text.push_str(&part.to_lowercase());
    }
}

/// Sort direction.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum SortDirection {
    #[default]
    Ascending,
    Descending,
}

/// Sorts row indexes by a column. Stable (equal keys keep their order), and missing values go
/// last in both directions. An unknown column id leaves the order unchanged.
pub fn sort_rows<T: LogTable>(rows: &[T], indexes: &mut [usize], column: &str, direction: SortDirection) {
    if !T::columns().iter().any(|c| c.id == column) {
        return;
    }
    let mut keyed: Vec<(SortKey, usize)> = indexes
        .iter()
        .map(|&i| (rows.get(i).and_then(|row| row.cell(column)).map_or(SortKey::Missing, |c| c.sort), i))
        .collect();
    keyed.sort_by(|(a, _), (b, _)| match (a.is_missing(), b.is_missing()) {
        (true, true) => Ordering::Equal,
        (true, false) => Ordering::Greater,
        (false, true) => Ordering::Less,
        (false, false) => match direction {
            SortDirection::Ascending => a.cmp_present(b),
            SortDirection::Descending => b.cmp_present(a),
        },
    });
    for (slot, (_, i)) in indexes.iter_mut().zip(keyed) {
        *slot = i;
    }
}

/// Success / failure filter (Direct Routing only).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Outcome {
    #[default]
    Any,
    Successful,
    Failed,
}

impl Outcome {
    /// The choices, in the order a page offers them.
    pub const ALL: [Outcome; 3] = [Outcome::Any, Outcome::Successful, Outcome::Failed];

    /// A stable value (a form's option value): `any`, `successful`, `failed`.
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Any => "any",
            Outcome::Successful => "successful",
            Outcome::Failed => "failed",
        }
    }

    /// The word for people: "all", "successful", "failed".
    pub fn label(self) -> String {
        match self {
            Outcome::Any => crate::t!("outcome-all"),
            Outcome::Successful => crate::t!("outcome-successful"),
            Outcome::Failed => crate::t!("outcome-failed"),
        }
    }

    /// The choice for a value of [`Outcome::as_str`]; anything else is `Any`.
    pub fn parse(value: &str) -> Outcome {
        Outcome::ALL.into_iter().find(|o| o.as_str() == value).unwrap_or_default()
    }
}

/// What the user typed and picked above a table.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RowFilter {
    /// Words separated by spaces; every word must appear (case-insensitively) somewhere in the
    /// row's cells or ids.
    pub text: String,
    /// Keep rows whose time is at or after this instant.
    pub from: Option<UtcInstant>,
    /// Keep rows whose time is before this instant (exclusive, like getDirectRoutingCalls;
    /// pass the next day's midnight for "up to and including a day").
    pub to: Option<UtcInstant>,
    /// Only applies to tables with an outcome ([`LogTable::outcome`]): Direct Routing. Rows
    /// whose outcome is unknown are dropped when this is not `Any`.
    pub outcome: Outcome,
}

impl RowFilter {
    /// True when the filter keeps every row.
    pub fn is_empty(&self) -> bool {
        self.text.trim().is_empty() && self.from.is_none() && self.to.is_none() && self.outcome == Outcome::Any
    }

    fn words(&self) -> Vec<String> {
        self.text.split_whitespace().map(str::to_lowercase).collect()
    }

    fn keeps<T: LogTable>(&self, row: &T, words: &[String]) -> bool {
        if T::has_times() && (self.from.is_some() || self.to.is_some()) {
            let Some(time) = row.time() else { return false };
            if self.from.is_some_and(|from| time < from) || self.to.is_some_and(|to| time >= to) {
                return false;
            }
        }
        if self.outcome != Outcome::Any && T::TABLE.has_outcomes() {
            let wanted = self.outcome == Outcome::Successful;
            if row.outcome() != Some(wanted) {
                return false;
            }
        }
        if words.is_empty() {
            return true;
        }
        let haystack = row.search_text();
        words.iter().all(|w| haystack.contains(w.as_str()))
    }

    /// True when the filter keeps this row.
    pub fn matches<T: LogTable>(&self, row: &T) -> bool {
        self.keeps(row, &self.words())
    }
}

/// Indexes of the rows the filter keeps, in order.
pub fn filter_rows<T: LogTable>(rows: &[T], filter: &RowFilter) -> Vec<usize> {
    let words = filter.words();
    rows.iter().enumerate().filter(|(_, row)| filter.keeps(*row, &words)).map(|(i, _)| i).collect()
}

/// A time as `2019-11-01 00:00:08 UTC`, or at an offset from UTC in minutes as
/// `2019-11-01 02:00:08 UTC+02:00`.
pub fn format_time(time: UtcInstant, offset_minutes: i32) -> String {
    let shifted = UtcInstant(time.0.saturating_add(i64::from(offset_minutes) * 60_000));
    let iso = shifted.to_iso();
    let (date, clock) = (iso.get(..10).unwrap_or(&iso), iso.get(11..19).unwrap_or(""));
    format!("{date} {clock} {}", zone_label(offset_minutes))
}

/// A time as a table cell shows it: in UTC, in the current language's date order
/// ("17.03.2026 16:12:44 UTC"); [`format_time`] stays the language-independent form.
pub fn shown_time(time: UtcInstant) -> String {
    shown_time_at(time, 0)
}

/// [`format_time`] in the current language's date order: the instant at `offset_minutes` from
/// UTC with that offset ("17.03.2026 11:03:26 UTC-04:00"). The formatter writes UTC; the shift
/// is made here, so the page's time-zone rule and the command line share one path.
pub fn shown_time_at(time: UtcInstant, offset_minutes: i32) -> String {
    let shifted = time.0.saturating_add(i64::from(offset_minutes) * 60_000);
    format!("{} {}", crate::i18n::date_time(shifted), zone_label(offset_minutes))
}

/// An amount as the page shows it: [`format_money`] with the current language's decimal mark
/// ("0,19 EUR" in pt-BR and ru). [`format_money`] stays the language-independent form.
pub fn shown_money(amount: f64, currency: Option<&str>) -> String {
    let text = format_money(amount, currency);
    let mark = crate::i18n::num(0.5, 1).chars().nth(1).unwrap_or('.');
    if mark == '.' {
        text
    } else {
        text.replacen('.', &mark.to_string(), 1)
    }
}

/// `UTC`, `UTC+02:00`, `UTC-05:30`.
pub(crate) fn zone_label(offset_minutes: i32) -> String {
    if offset_minutes == 0 {
        return "UTC".into();
    }
    let sign = if offset_minutes < 0 { '-' } else { '+' };
    let m = offset_minutes.unsigned_abs();
    format!("UTC{sign}{:02}:{:02}", m / 60, m % 60)
}

/// A duration in seconds as people read it: `0 s`, `5 s`, `3 min 39 s`, `1 h 2 min`.
pub fn format_seconds(seconds: f64) -> String {
    if !seconds.is_finite() {
        return "?".into();
    }
    if seconds.abs() < 60.0 {
        return format!("{} {}", crate::i18n::num(seconds, 1), crate::t!("unit-s-short"));
    }
    format_duration_ms(seconds * 1000.0)
}

/// An amount with two decimals (more when the value has them, up to four) and its currency:
/// `0.00 USD`, `12.83 EUR`, `0.0125 GBP`; without a currency, just the number.
pub fn format_money(amount: f64, currency: Option<&str>) -> String {
    let two = format!("{amount:.2}");
    let text = if (amount * 100.0 - (amount * 100.0).round()).abs() > 1e-6 {
        let four = format!("{amount:.4}");
        let trimmed = four.trim_end_matches('0');
        if trimmed.len() < two.len() {
            two
        } else {
            trimmed.to_string()
        }
    } else {
        two
    };
    match currency.map(str::trim).filter(|c| !c.is_empty()) {
        Some(c) => format!("{text} {}", c.to_uppercase()),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats() {
        assert_eq!(format_seconds(219.0), "3 min 39 s");
        assert_eq!(format_seconds(5.0), "5 s");
        assert_eq!(format_seconds(0.0), "0 s");
        assert_eq!(format_seconds(3720.0), "1 h 2 min");
        assert_eq!(format_money(0.0, Some("usd")), "0.00 USD");
        assert_eq!(format_money(12.83, Some("EUR")), "12.83 EUR");
        assert_eq!(format_money(0.0125, None), "0.0125");
        assert_eq!(format_money(1.5, None), "1.50");
        assert_eq!(format_time(UtcInstant(0), 0), "1970-01-01 00:00:00 UTC");
        assert_eq!(format_time(UtcInstant(0), 120), "1970-01-01 02:00:00 UTC+02:00");
        assert_eq!(format_time(UtcInstant(0), -330), "1969-12-31 18:30:00 UTC-05:30");
    }

    #[test]
    fn short_seconds_and_flags_follow_the_language() {
        use crate::i18n::{set_current, Lang};
        set_current(Lang::Ru);
        assert_eq!(format_seconds(4.1), "4,1 с");
        assert_eq!(format_seconds(219.0), "3 мин 39 с", "as longer durations are written");
        assert_eq!((Cell::flag(Some(true)).text, Cell::flag(Some(false)).text), ("Да".into(), "Нет".into()));
        set_current(Lang::ZhCn);
        assert_eq!(Cell::flag(Some(true)).text, "是");
        set_current(Lang::En);
        assert_eq!((format_seconds(4.1), Cell::flag(Some(false)).text), ("4.1 s".into(), "No".into()));
    }

    #[test]
    fn numbers_follow_the_language() {
        use crate::i18n::{set_current, Lang};
        let shown = |v: f64, places| Cell::number(Some(v), places).text;
        set_current(Lang::Ru);
        assert_eq!(
            (shown(2.5, 2), shown(1234.56, 2), shown(12.0, 0)),
            ("2,5".into(), "1\u{a0}234,56".into(), "12".into())
        );
        set_current(Lang::PtBr);
        assert_eq!((shown(2.5, 2), shown(1234.56, 2)), ("2,5".into(), "1.234,56".into()));
        set_current(Lang::En);
        assert_eq!((shown(2.5, 2), shown(1234.56, 2)), ("2.5".into(), "1,234.56".into()));
        let cell = Cell::number(Some(1234.56), 2);
        assert_eq!(cell.sort, SortKey::Number(1234.56), "sorts by the number, whatever the text");
        assert_eq!(Cell::number(Some(f64::NAN), 2), Cell::missing());
    }

    #[test]
    fn shown_times_shift_to_the_offset_and_follow_the_language() {
        // In English the page's form is format_time's, whatever the offset.
        for offset in [0, 120, -330] {
            assert_eq!(shown_time_at(UtcInstant(0), offset), format_time(UtcInstant(0), offset));
        }
        crate::i18n::set_current(crate::i18n::Lang::Ru);
        let ru = shown_time_at(UtcInstant(0), -240);
        crate::i18n::set_current(crate::i18n::Lang::En);
        assert_eq!(ru, "31.12.1969 20:00:00 UTC-04:00");
    }

    #[test]
    fn sort_keys_order() {
        assert_eq!(SortKey::text("B").cmp_present(&SortKey::text("a")), Ordering::Greater);
        assert_eq!(SortKey::Number(2.0).cmp_present(&SortKey::Number(10.0)), Ordering::Less);
        assert_eq!(Column::new("x", "X", ColumnKind::Money, "").align, Align::Right);
        assert_eq!(ColumnKind::Money.align(), Align::Right);
    }
}
