//! The PSTN, Direct Routing and beta log views: totals, SIP outcomes explained, and one generic
//! table (sort by any column, filter by text, date and outcome, choose columns) over any row
//! type of the log core. Each row links to the call records it matches, saying how.

use super::charts::CanvasChart;
use super::view::{on_date, show_more, time_html};
use super::{DerivedHandle, StateHandle};
use callrecords::calllogs::{
    calls_per_day, direct_routing_outcome, direct_routing_totals, explain_outcome, filter_rows, pstn_totals, sort_rows,
    Align, Group, LogTable, Outcome, RowFilter, RowMatches, RowRef, SortDirection,
};
use callrecords::chart::AnyChart;
use callrecords::chart::{DailyChart, SipFailuresChart};
use callrecords::model::datetime::{format_duration_ms, trim_number};
use callrecords::model::logs::{
    DirectRoutingLogRow, PstnBlockedUserLogRow, PstnCallLogRow, PstnDialoutReportRow, SmsLogRow,
};
use callrecords::model::Dataset;
use callrecords::model::NodePath;
use callrecords::view::route::Route;
use std::collections::BTreeSet;
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// Rows drawn at first; more on request.
const PAGE: usize = 100;

/// A row type the log views show: where its rows are in the dataset, and how it links.
pub trait LogRows: LogTable + 'static {
    fn rows(dataset: &Dataset) -> &[Self]
    where
        Self: Sized;
    /// How a row is known to the call-record matcher, when it takes part.
    fn link_ref(_index: usize) -> Option<RowRef> {
        None
    }
    /// One line explaining the row's outcome, for failed calls.
    fn outcome_line(&self) -> Option<(String, String)> {
        None
    }
}

impl LogRows for PstnCallLogRow {
    fn rows(d: &Dataset) -> &[Self] {
        &d.pstn_calls
    }
    fn link_ref(index: usize) -> Option<RowRef> {
        Some(RowRef::Pstn(index))
    }
}

impl LogRows for DirectRoutingLogRow {
    fn rows(d: &Dataset) -> &[Self] {
        &d.direct_routing_calls
    }
    fn link_ref(index: usize) -> Option<RowRef> {
        Some(RowRef::DirectRouting(index))
    }
    fn outcome_line(&self) -> Option<(String, String)> {
        let outcome = direct_routing_outcome(self);
        (outcome != Some(true)).then(|| {
            let e = explain_outcome(
                self.final_sip_code,
                self.call_end_sub_reason,
                self.final_sip_code_phrase.as_deref(),
                outcome,
            );
            (e.headline, e.next_step)
        })
    }
}

impl LogRows for SmsLogRow {
    fn rows(d: &Dataset) -> &[Self] {
        &d.sms_log
    }
}

impl LogRows for PstnBlockedUserLogRow {
    fn rows(d: &Dataset) -> &[Self] {
        &d.blocked_users
    }
}

impl LogRows for PstnDialoutReportRow {
    fn rows(d: &Dataset) -> &[Self] {
        &d.dialout_report
    }
}

/// Which log a table shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LogKind {
    Pstn,
    DirectRouting,
    Sms,
    BlockedUsers,
    Dialout,
}

/// One log's rows with the row type erased, so the table component is compiled once for all.
trait ErasedLog {
    fn len(&self) -> usize;
    fn columns(&self) -> &'static [callrecords::calllogs::Column];
    fn cell(&self, row: usize, column: &str) -> Option<callrecords::calllogs::Cell>;
    fn select(&self, filter: &RowFilter, column: &str, direction: SortDirection) -> Vec<usize>;
    fn link_ref(&self, row: usize) -> Option<RowRef>;
    fn outcome_line(&self, row: usize) -> Option<(String, String)>;
}

struct Rows<'a, T>(&'a [T]);

impl<T: LogRows> ErasedLog for Rows<'_, T> {
    fn len(&self) -> usize {
        self.0.len()
    }
    fn columns(&self) -> &'static [callrecords::calllogs::Column] {
        T::columns()
    }
    fn cell(&self, row: usize, column: &str) -> Option<callrecords::calllogs::Cell> {
        self.0.get(row)?.cell(column)
    }
    fn select(&self, filter: &RowFilter, column: &str, direction: SortDirection) -> Vec<usize> {
        let mut picked = filter_rows(self.0, filter);
        sort_rows(self.0, &mut picked, column, direction);
        picked
    }
    fn link_ref(&self, row: usize) -> Option<RowRef> {
        T::link_ref(row)
    }
    fn outcome_line(&self, row: usize) -> Option<(String, String)> {
        self.0.get(row)?.outcome_line()
    }
}

fn log_rows(kind: LogKind, d: &Dataset) -> Box<dyn ErasedLog + '_> {
    match kind {
        LogKind::Pstn => Box::new(Rows(<PstnCallLogRow as LogRows>::rows(d))),
        LogKind::DirectRouting => Box::new(Rows(<DirectRoutingLogRow as LogRows>::rows(d))),
        LogKind::Sms => Box::new(Rows(<SmsLogRow as LogRows>::rows(d))),
        LogKind::BlockedUsers => Box::new(Rows(<PstnBlockedUserLogRow as LogRows>::rows(d))),
        LogKind::Dialout => Box::new(Rows(<PstnDialoutReportRow as LogRows>::rows(d))),
    }
}

fn match_cell(matches: Option<&RowMatches>) -> Html {
    let Some(m) = matches.filter(|m| !m.is_empty()) else {
        return html! { <span class="missing">{ "no match" }</span> };
    };
    let best = m.best().expect("not empty");
    let route = Route::Call { id: best.record_id.clone(), node: NodePath::Call };
    let extra = if m.ambiguous { format!(" (ambiguous: {} candidates)", m.candidates.len()) } else { String::new() };
    html! {
        <span class="match">
            <a href={route.to_fragment()} title={best.sentence.clone()}>{ callrecords::model::identity::short_id(&best.record_id).to_string() }</a>
            <span class="match-why">{ format!(" {}{extra}", best.reason.label()) }</span>
        </span>
    }
}

#[derive(Properties, PartialEq)]
pub struct LogTableProps {
    pub kind: LogKind,
    pub caption: AttrValue,
    /// Show the success/failure filter (Direct Routing).
    #[prop_or_default]
    pub outcome_filter: bool,
}

/// A sortable, filterable table of one log's rows with a column chooser.
#[component]
pub fn LogTableView(props: &LogTableProps) -> Html {
    let state = use_context::<StateHandle>().expect("state context");
    let derived = use_context::<DerivedHandle>().expect("derived context");
    let rows = log_rows(props.kind, &state.dataset);
    let all_columns = rows.columns();
    let filter = use_state(RowFilter::default);
    let from_text = use_state(String::new);
    let to_text = use_state(String::new);
    let sort = use_state(|| {
        (all_columns.iter().find(|c| c.id == "start").map_or(all_columns[0].id, |c| c.id), SortDirection::Descending)
    });
    let visible = use_state(|| {
        all_columns.iter().filter(|c| c.default_visible).map(|c| c.id).collect::<BTreeSet<&'static str>>()
    });
    let shown = use_state(|| PAGE);
    let picked = rows.select(&filter, sort.0, sort.1);
    let columns: Vec<_> = all_columns.iter().filter(|c| visible.contains(c.id)).collect();
    let links = rows.link_ref(0).is_some() && !state.dataset.records.is_empty();
    let explain = (0..rows.len()).any(|i| rows.outcome_line(i).is_some());

    let set_filter = {
        let filter = filter.clone();
        move |f: RowFilter| filter.set(f)
    };
    let ontext = {
        let (f, set) = ((*filter).clone(), set_filter.clone());
        Callback::from(move |e: InputEvent| {
            set(RowFilter { text: e.target_unchecked_into::<HtmlInputElement>().value(), ..f.clone() })
        })
    };
    let onfrom = {
        let (f, set) = ((*filter).clone(), set_filter.clone());
        on_date(from_text.clone(), false, move |from| set(RowFilter { from, ..f.clone() }))
    };
    let onto = {
        let (f, set) = ((*filter).clone(), set_filter.clone());
        on_date(to_text.clone(), true, move |to| set(RowFilter { to, ..f.clone() }))
    };
    let onoutcome = {
        let (f, set) = ((*filter).clone(), set_filter.clone());
        Callback::from(move |e: Event| {
            let outcome = match e.target_unchecked_into::<HtmlSelectElement>().value().as_str() {
                "successful" => Outcome::Successful,
                "failed" => Outcome::Failed,
                _ => Outcome::Any,
            };
            set(RowFilter { outcome, ..f.clone() })
        })
    };
    let header = |column: &callrecords::calllogs::Column| {
        let sort = sort.clone();
        let id = column.id;
        let active = sort.0 == id;
        let aria = active.then_some(if sort.1 == SortDirection::Descending { "descending" } else { "ascending" });
        let onclick = Callback::from(move |_| {
            // A new column sorts ascending; the active one flips.
            let direction = if sort.0 == id && sort.1 == SortDirection::Ascending {
                SortDirection::Descending
            } else {
                SortDirection::Ascending
            };
            sort.set((id, direction));
        });
        let heading = match column.unit {
            Some(unit) => format!("{} ({unit})", column.heading),
            None => column.heading.to_string(),
        };
        html! {
            <th scope="col" aria-sort={aria} class={classes!((column.align == Align::Right).then_some("num"))} title={column.description}>
                <button class="sort" {onclick}>{ heading }<span class="arrow" aria-hidden="true">{ match aria { Some("descending") => "▼", Some(_) => "▲", None => "" } }</span></button>
            </th>
        }
    };
    let chooser = all_columns.iter().map(|c| {
        let handle = visible.clone();
        let id = c.id;
        let onchange = Callback::from(move |_| {
            let mut next = (*handle).clone();
            if !next.remove(id) {
                next.insert(id);
            }
            handle.set(next);
        });
        html! { <label class="check"><input type="checkbox" checked={visible.contains(c.id)} {onchange} />{ format!(" {}", c.heading) }</label> }
    });
    let total = picked.len();
    html! {
        <section class="log-table" aria-label={props.caption.clone()}>
            <div class="filters" role="search">
                <input type="search" class="filter-text" placeholder="Filter: user, number, code, trunk, id…" aria-label={format!("Filter {}", props.caption)}
                    value={filter.text.clone()} oninput={ontext} />
                <label>{ "From " }<input type="date" value={(*from_text).clone()} onchange={onfrom} aria-label="Started on or after (local date)" /></label>
                <label>{ "to " }<input type="date" value={(*to_text).clone()} onchange={onto} aria-label="Started on or before (local date)" /></label>
                if props.outcome_filter {
                    <label>{ "Outcome " }
                        <select onchange={onoutcome}>
                            <option value="any" selected={filter.outcome == Outcome::Any}>{ "all" }</option>
                            <option value="successful" selected={filter.outcome == Outcome::Successful}>{ "successful" }</option>
                            <option value="failed" selected={filter.outcome == Outcome::Failed}>{ "failed" }</option>
                        </select>
                    </label>
                }
                <details class="columns-chooser"><summary>{ "Columns" }</summary><div class="chooser">{ for chooser }</div></details>
                <span class="shown" data-testid="rows-shown">{ format!("{total} of {} rows", rows.len()) }</span>
            </div>
            <div class="table-wrap">
                <table class="log" data-testid="log-table">
                    <caption class="visually-hidden">{ format!("{}; times in UTC", props.caption) }</caption>
                    <thead><tr>
                        { for columns.iter().map(|c| header(c)) }
                        if explain { <th scope="col">{ "What it means" }</th> }
                        if links { <th scope="col" title="The call record this row belongs to, and how that was decided">{ "Call record" }</th> }
                    </tr></thead>
                    <tbody>
                        { for picked.iter().take(*shown).map(|&i| {
                            let outcome = rows.outcome_line(i);
                            html! {
                                <tr class={classes!(outcome.is_some().then_some("failed-row"))}>
                                    { for columns.iter().map(|c| {
                                        let cell = rows.cell(i, c.id).unwrap_or_else(callrecords::calllogs::Cell::missing);
                                        let class = classes!((c.align == Align::Right).then_some("num"), cell.sort.is_missing().then_some("missing"));
                                        html! { <td {class} title={cell.title.clone()}>{ cell.text.clone() }</td> }
                                    }) }
                                    if explain {
                                        <td class="explain">
                                            if let Some((headline, next)) = outcome {
                                                <span class="headline">{ headline }</span><span class="next-step">{ next }</span>
                                            }
                                        </td>
                                    }
                                    if links {
                                        <td>{ match_cell(rows.link_ref(i).and_then(|r| derived.links.for_row(r))) }</td>
                                    }
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
            { show_more(&shown, total, PAGE * 5) }
        </section>
    }
}

fn groups_table(title: &str, groups: &[Group], limit: usize) -> Html {
    if groups.is_empty() {
        return html! {};
    }
    html! {
        <div class="group-table">
            <h4>{ title.to_string() }</h4>
            <table>
                <thead><tr><th scope="col">{ "" }</th><th scope="col" class="num">{ "Calls" }</th><th scope="col" class="num">{ "Minutes" }</th></tr></thead>
                <tbody>
                    { for groups.iter().take(limit).map(|g| html! {
                        <tr><th scope="row" title={g.detail.clone()}>{ g.label.clone() }</th><td class="num">{ g.calls }</td><td class="num">{ trim_number(g.seconds / 60.0, 1) }</td></tr>
                    }) }
                </tbody>
            </table>
            if groups.len() > limit { <p class="more-note">{ format!("and {} more", groups.len() - limit) }</p> }
        </div>
    }
}

fn stat(label: &str, value: String, note: Option<String>) -> Html {
    html! {
        <div class="stat"><span class="stat-label">{ label.to_string() }</span><span class="stat-value">{ value }</span>
            if let Some(note) = note { <span class="stat-note">{ note }</span> }
        </div>
    }
}

/// The PSTN calls page: totals, groups and the table.
#[component]
pub fn PstnView() -> Html {
    let state = use_context::<StateHandle>().expect("state context");
    // Calls per day in UTC, as the table shows times; computed once per loaded dataset.
    let daily = use_memo(state.generation, {
        let dataset = state.dataset.clone();
        move |_| Rc::new(DailyChart::pstn(calls_per_day(dataset.pstn_calls.iter(), 0)))
    });
    let rows = &state.dataset.pstn_calls;
    if rows.is_empty() {
        return html! { <section class="empty"><p>{ "No PSTN call rows loaded. Load a getPstnCalls response (GET /communications/callRecords/getPstnCalls(fromDateTime=…,toDateTime=…))." }</p></section> };
    }
    let t = pstn_totals(rows.iter());
    html! {
        <section class="logs" data-testid="pstn-view">
            <h2>{ "PSTN calls" }</h2>
            <div class="stats" data-testid="pstn-totals">
                { stat("Calls", t.calls.to_string(), None) }
                { stat("Minutes", trim_number(t.minutes(), 1), (t.calls_without_duration > 0).then(|| format!("{} without a duration", t.calls_without_duration))) }
                { stat("Charges", t.charge_text(), Some("per currency; never added across currencies".into())) }
            </div>
            <div class="groups">
                { groups_table("By user", &t.by_user, 10) }
                { groups_table("By destination", &t.by_destination, 10) }
                { groups_table("By call type", &t.by_call_type, 10) }
            </div>
            <div class="chart-grid log-charts" data-testid="pstn-charts">
                <CanvasChart data={AnyChart::Daily((*daily).clone())} />
            </div>
            <LogTableView kind={LogKind::Pstn} caption="PSTN calls" />
        </section>
    }
}

/// The Direct Routing page: success rate, failures by SIP code and trunk, setup times, table.
#[component]
pub fn DirectRoutingView() -> Html {
    let state = use_context::<StateHandle>().expect("state context");
    // Calls per day (UTC) and failures by SIP code, computed once per loaded dataset.
    let charts = use_memo(state.generation, {
        let dataset = state.dataset.clone();
        move |_| {
            let rows = &dataset.direct_routing_calls;
            let daily = Rc::new(DailyChart::direct_routing(calls_per_day(rows.iter(), 0)));
            let sip = Rc::new(SipFailuresChart::new(&direct_routing_totals(rows.iter()).failures_by_sip));
            (daily, sip)
        }
    });
    let rows = &state.dataset.direct_routing_calls;
    if rows.is_empty() {
        return html! { <section class="empty"><p>{ "No Direct Routing rows loaded. Load a getDirectRoutingCalls response (GET /communications/callRecords/getDirectRoutingCalls(fromDateTime=…,toDateTime=…))." }</p></section> };
    }
    let t = direct_routing_totals(rows.iter());
    let setup = t.setup.as_ref().map(|d| {
        format!(
            "median {} · p90 {} · max {}",
            format_duration_ms(d.median * 1000.0),
            format_duration_ms(d.p90 * 1000.0),
            format_duration_ms(d.max * 1000.0)
        )
    });
    html! {
        <section class="logs" data-testid="dr-view">
            <h2>{ "Direct Routing calls" }</h2>
            <div class="stats" data-testid="dr-totals">
                { stat("Calls", t.calls.to_string(), None) }
                { stat("Successful", t.successful.to_string(), None) }
                { stat("Failed", t.failed.to_string(), (t.unknown_outcome > 0).then(|| format!("{} with unknown outcome", t.unknown_outcome))) }
                { stat("Success rate", t.success_rate.map_or("n/a".into(), |r| format!("{} %", trim_number(r * 100.0, 1))), Some(t.success_rate_text.clone())) }
                { stat("NER", t.ner.map_or("n/a".into(), |r| format!("{} %", trim_number(r * 100.0, 1))), Some(t.ner_text.clone())) }
                { stat("Setup time (invite → start)", setup.unwrap_or_else(|| "no successful calls".into()), t.setup.as_ref().map(|d| format!("{} successful calls", d.count))) }
            </div>
            <div class="chart-grid log-charts" data-testid="dr-charts">
                <CanvasChart data={AnyChart::Daily(charts.0.clone())} />
                if !charts.1.is_empty() {
                    <CanvasChart data={AnyChart::SipFailures(charts.1.clone())} />
                }
            </div>
            <div class="groups">
                if !t.failures_by_sip.is_empty() {
                    <div class="group-table sip-groups" data-testid="failures-by-sip">
                        <h4>{ "Failures by final SIP code" }</h4>
                        <table>
                            <thead><tr><th scope="col">{ "Code" }</th><th scope="col" class="num">{ "Calls" }</th><th scope="col">{ "Meaning and next step" }</th></tr></thead>
                            <tbody>
                                { for t.failures_by_sip.iter().map(|g| html! {
                                    <tr>
                                        <th scope="row">{ g.code.map_or("none".into(), |c| c.to_string()) }{ g.phrase.as_ref().map(|p| format!(" {p}")).unwrap_or_default() }</th>
                                        <td class="num">{ format!("{} ({} %)", g.calls, trim_number(g.share * 100.0, 0)) }</td>
                                        <td>{ g.explanation.as_ref().map(|e| html! { <><span class="headline">{ format!("{}: {}", e.name, e.meaning) }</span><span class="next-step">{ e.next_step.clone() }</span></> }).unwrap_or_default() }</td>
                                    </tr>
                                }) }
                            </tbody>
                        </table>
                    </div>
                }
                if !t.by_trunk.is_empty() {
                    <div class="group-table" data-testid="by-trunk">
                        <h4>{ "By trunk (SBC)" }</h4>
                        <table>
                            <thead><tr><th scope="col">{ "Trunk" }</th><th scope="col" class="num">{ "Calls" }</th><th scope="col" class="num">{ "Failed" }</th><th scope="col">{ "Success rate" }</th></tr></thead>
                            <tbody>
                                { for t.by_trunk.iter().map(|g| html! {
                                    <tr><th scope="row">{ if g.trunk.is_empty() { "(none)".to_string() } else { g.trunk.clone() } }</th><td class="num">{ g.calls }</td><td class="num">{ g.failed }</td><td>{ g.success_rate_text.clone() }</td></tr>
                                }) }
                            </tbody>
                        </table>
                    </div>
                }
            </div>
            <LogTableView kind={LogKind::DirectRouting} caption="Direct Routing calls" outcome_filter=true />
        </section>
    }
}

/// The beta logs: SMS, blocked users and the dial-out report, as plain tables.
#[component]
pub fn OtherLogsView() -> Html {
    let state = use_context::<StateHandle>().expect("state context");
    let d = &state.dataset;
    html! {
        <section class="logs" data-testid="other-logs">
            if !d.sms_log.is_empty() { <h2>{ "SMS log (beta)" }</h2><LogTableView kind={LogKind::Sms} caption="SMS log" /> }
            if !d.blocked_users.is_empty() { <h2>{ "PSTN blocked users (beta)" }</h2><LogTableView kind={LogKind::BlockedUsers} caption="PSTN blocked users" /> }
            if !d.dialout_report.is_empty() { <h2>{ "Online meeting dial-out report (beta)" }</h2><LogTableView kind={LogKind::Dialout} caption="Dial-out report" /> }
            if d.sms_log.is_empty() && d.blocked_users.is_empty() && d.dialout_report.is_empty() {
                <p class="empty">{ "No beta log rows loaded." }</p>
            }
        </section>
    }
}

/// For the call view: the log rows that belong to this call, and why.
#[derive(Properties, PartialEq)]
pub struct CallLogRowsProps {
    pub record: usize,
}

#[component]
pub fn CallLogRows(props: &CallLogRowsProps) -> Html {
    let state = use_context::<StateHandle>().expect("state context");
    let derived = use_context::<DerivedHandle>().expect("derived context");
    let matches = derived.links.for_record(props.record);
    if matches.is_empty() {
        return html! {};
    }
    let d: Rc<Dataset> = state.dataset.clone();
    html! {
        <section class="findings call-logs" aria-label="Log rows for this call" data-testid="call-log-rows">
            <h3>{ format!("PSTN and Direct Routing rows for this call ({})", matches.len()) }</h3>
            <ul>
                { for matches.iter().map(|m| {
                    let (kind, route, who, time, outcome) = match m.row {
                        RowRef::Pstn(i) => {
                            let r = &d.pstn_calls[i];
                            ("PSTN", Route::Pstn, r.user_display_name.clone().or_else(|| r.user_principal_name.clone()), r.start, format!("{} → {}", r.caller_number.as_deref().unwrap_or("?"), r.callee_number.as_deref().unwrap_or("?")))
                        }
                        RowRef::DirectRouting(i) => {
                            let r = &d.direct_routing_calls[i];
                            let what = r.outcome_line().map_or_else(|| "successful".to_string(), |(h, _)| h);
                            ("Direct Routing", Route::DirectRouting, r.user_display_name.clone().or_else(|| r.user_principal_name.clone()), r.start, what)
                        }
                    };
                    html! {
                        <li class="finding">
                            <span class="finding-kind"><a href={route.to_fragment()}>{ kind }</a></span>
                            <span class="finding-who">{ who.unwrap_or_else(|| "unknown user".into()) }</span>
                            <span class="finding-title">{ time_html(time) }{ format!(" · {outcome}") }</span>
                            <span class="finding-evidence">{ format!("{}{}", m.sentence, if m.best { "" } else { " (a better match exists)" }) }</span>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
