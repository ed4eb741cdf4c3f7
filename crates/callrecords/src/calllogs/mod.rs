//! PSTN and Direct Routing log views: the pure core under the log tables.
//!
//! * [`LogTable`]: every log row type (`getPstnCalls`, `getDirectRoutingCalls`, and the beta
//!   `getSmsLog`, `getPstnBlockedUsersLog`, `getPstnOnlineMeetingDialoutReport`) describes its
//!   columns as data ([`Column`]) and gives a [`Cell`] (display text, hover text and
//!   [`SortKey`]) for any column, so one generic UI table can render, sort ([`sort_rows`]),
//!   choose columns ([`Column::default_visible`]) and filter ([`RowFilter`], [`filter_rows`]).
//! * [`pstn_totals`] and [`direct_routing_totals`]: calls, minutes, charges per currency (never
//!   added across currencies), groups by user, destination, call type, final SIP code and trunk,
//!   success rate and NER with the call count, and the setup-time distribution; [`calls_per_day`]
//!   for a stacked chart, in UTC or at a given offset.
//! * [`explain_sip_code`], [`explain_subcode`] and [`explain_outcome`]: what a final SIP code and
//!   a Microsoft subcode (`callEndSubReason`) mean and what an admin usually does next, from
//!   Microsoft's published tables, falling back by class for codes not in them.
//! * [`link`] / [`link_dataset`]: which call records a log row belongs to and why (same
//!   correlation id, same user or number and overlapping times, a masked number's visible
//!   prefix…), in both directions, with ambiguity kept visible.
//!
//! All times are UTC (Graph sends `Z` times, and the Teams admin center labels these reports
//! "(UTC)"); day grouping takes an explicit offset so the UI can use the viewer's zone.

mod columns;
mod link;
mod meaning;
mod sip;
mod stats;
mod table;
mod time_index;

pub use link::{
    link, link_dataset, normalize_number, Linking, Links, MatchOptions, MatchReason, NumberKey, RecordMatch, RowMatch,
    RowMatches, RowRef, DEFAULT_TOLERANCE_MS, MAX_CANDIDATES,
};
pub use meaning::{
    call_direction, direct_routing_outcome, explain_call_type, explain_license, is_masked, setup_time_ms,
    CallDirection, CallTypeInfo,
};
pub use sip::{
    explain_outcome, explain_sip_code, explain_subcode, OutcomeExplanation, SipClass, SipExplanation,
    SubcodeExplanation, SubcodeSource,
};
pub use stats::{
    calls_per_day, direct_routing_totals, pstn_totals, rate_text, CurrencyAmount, DailySeries, DayBucket,
    DirectRoutingTotals, Distribution, Group, HistogramBin, PstnTotals, SipGroup, SubcodeGroup, TrunkGroup,
    SETUP_BIN_EDGES_S,
};
pub use table::{
    filter_rows, format_money, format_seconds, format_time, shown_time_at, sort_rows, Align, Cell, Column, ColumnKind,
    LogTable, Outcome, RowFilter, SortDirection, SortKey, Table,
};
