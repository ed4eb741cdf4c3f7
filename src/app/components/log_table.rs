//! The PSTN, Direct Routing and beta log views: totals, SIP outcomes explained, and one generic
//! table (sort by any column, filter by text, date and outcome, choose columns) over any row
//! type of the log core. Each row links to the call records it matches, saying how.

use super::charts::CanvasChart;
use super::view::{on_date, show_more, time_html};
use super::{DerivedHandle, StateHandle};
use callrecords::calllogs::{
    calls_per_day, direct_routing_totals, pstn_totals, Align, Column, Group, Outcome, RowFilter, RowMatches,
    SortDirection, Table,
};
use callrecords::chart::{AnyChart, DailyChart, SipFailuresChart};
use callrecords::model::datetime::trim_number;
use callrecords::view::logs::{
    beta_rows, call_log_rows, direct_routing_stats, log_rows, next_sort, pstn_stats, sip_rows, trunk_label, MatchLink,
    Stat,
};
use callrecords::view::words::sort_marks;
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// Rows drawn at first; more on request.
const PAGE: usize = 100;

fn match_cell(matches: Option<&RowMatches>) -> Html {
    let Some(link) = MatchLink::of(matches) else {
        return html! { <span class="missing">{ "no match" }</span> };
    };
    html! {
        <span class="match">
            <a href={link.route.to_fragment()} title={link.sentence}>{ link.short_id }</a>
            <span class="match-why">{ link.why }</span>
        </span>
    }
}

#[derive(Properties, PartialEq)]
pub struct LogTableProps {
    /// The log; its caption names the table, and Direct Routing gets the success/failure filter.
    pub table: Table,
}

/// A sortable, filterable table of one log's rows with a column chooser.
#[component]
pub fn LogTableView(props: &LogTableProps) -> Html {
    let state = use_context::<StateHandle>().expect("state context");
    let derived = use_context::<DerivedHandle>().expect("derived context");
    let rows = log_rows(props.table, &state.dataset);
    let caption = props.table.caption();
    let all_columns = rows.columns();
    let filter = use_state(RowFilter::default);
    let from_text = use_state(String::new);
    let to_text = use_state(String::new);
    let sort = use_state(|| rows.default_sort());
    let visible = use_state(|| rows.default_columns());
    let shown = use_state(|| PAGE);
    let picked = rows.select(&filter, sort.0, sort.1);
    let columns: Vec<_> = all_columns.iter().filter(|c| visible.contains(c.id)).collect();
    let links = rows.links() && !state.dataset.records.is_empty();
    let explain = rows.any_failure();

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
            let outcome = Outcome::parse(&e.target_unchecked_into::<HtmlSelectElement>().value());
            set(RowFilter { outcome, ..f.clone() })
        })
    };
    let header = |column: &Column| {
        let sort = sort.clone();
        let id = column.id;
        let (aria, arrow) = sort_marks((sort.0 == id).then_some(sort.1 == SortDirection::Descending));
        let onclick = Callback::from(move |_| sort.set(next_sort(*sort, id)));
        html! {
            <th scope="col" aria-sort={aria} class={classes!((column.align == Align::Right).then_some("num"))} title={column.description}>
                <button class="sort" {onclick}>{ column.heading_with_unit() }<span class="arrow" aria-hidden="true">{ arrow }</span></button>
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
        <section class="log-table" aria-label={caption}>
            <div class="filters" role="search">
                <input type="search" class="filter-text" placeholder="Filter: user, number, code, trunk, id…" aria-label={format!("Filter {caption}")}
                    value={filter.text.clone()} oninput={ontext} />
                <label>{ "From " }<input type="date" value={(*from_text).clone()} onchange={onfrom} aria-label="Started on or after (local date)" /></label>
                <label>{ "to " }<input type="date" value={(*to_text).clone()} onchange={onto} aria-label="Started on or before (local date)" /></label>
                if props.table.has_outcomes() {
                    <label>{ "Outcome " }
                        <select onchange={onoutcome}>
                            { for Outcome::ALL.iter().map(|o| html! {
                                <option value={o.as_str()} selected={filter.outcome == *o}>{ o.label() }</option>
                            }) }
                        </select>
                    </label>
                }
                <details class="columns-chooser"><summary>{ "Columns" }</summary><div class="chooser">{ for chooser }</div></details>
                <span class="shown" data-testid="rows-shown">{ format!("{total} of {} rows", rows.len()) }</span>
            </div>
            <div class="table-wrap">
                <table class="log" data-testid="log-table">
                    <caption class="visually-hidden">{ format!("{caption}; times in UTC") }</caption>
                    <thead><tr>
                        { for columns.iter().map(|c| header(c)) }
                        if explain { <th scope="col">{ "What it means" }</th> }
                        if links { <th scope="col" title="The call record this row belongs to, and how that was decided">{ "Call record" }</th> }
                    </tr></thead>
                    <tbody>
                        { for picked.iter().take(*shown).map(|&i| {
                            let outcome = rows.failure_explanation(i);
                            html! {
                                <tr class={classes!(outcome.is_some().then_some("failed-row"))}>
                                    { for columns.iter().map(|c| {
                                        let cell = rows.cell(i, c.id);
                                        let class = classes!((c.align == Align::Right).then_some("num"), cell.sort.is_missing().then_some("missing"));
                                        html! { <td {class} title={cell.title.clone()}>{ cell.text.clone() }</td> }
                                    }) }
                                    if explain {
                                        <td class="explain">
                                            if let Some(e) = outcome {
                                                <span class="headline">{ e.headline }</span><span class="next-step">{ e.next_step }</span>
                                            }
                                        </td>
                                    }
                                    if links {
                                        <td>{ match_cell(rows.row_ref(i).and_then(|r| derived.links.for_row(r))) }</td>
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
                        <tr><th scope="row" title={g.detail.clone()}>{ g.label.clone() }</th><td class="num">{ g.calls }</td><td class="num">{ trim_number(g.minutes(), 1) }</td></tr>
                    }) }
                </tbody>
            </table>
            if groups.len() > limit { <p class="more-note">{ format!("and {} more", groups.len() - limit) }</p> }
        </div>
    }
}

fn stat(s: Stat) -> Html {
    html! {
        <div class="stat"><span class="stat-label">{ s.label }</span><span class="stat-value">{ s.value }</span>
            if let Some(note) = s.note { <span class="stat-note">{ note }</span> }
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
            <h2>{ Table::Pstn.heading() }</h2>
            <div class="stats" data-testid="pstn-totals">
                { for pstn_stats(&t).into_iter().map(stat) }
            </div>
            <div class="groups">
                { groups_table("By user", &t.by_user, 10) }
                { groups_table("By destination", &t.by_destination, 10) }
                { groups_table("By call type", &t.by_call_type, 10) }
            </div>
            <div class="chart-grid log-charts" data-testid="pstn-charts">
                <CanvasChart data={AnyChart::Daily((*daily).clone())} />
            </div>
            <LogTableView table={Table::Pstn} />
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
    html! {
        <section class="logs" data-testid="dr-view">
            <h2>{ Table::DirectRouting.heading() }</h2>
            <div class="stats" data-testid="dr-totals">
                { for direct_routing_stats(&t).into_iter().map(stat) }
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
                                { for sip_rows(&t).into_iter().map(|g| html! {
                                    <tr>
                                        <th scope="row">{ g.code }</th>
                                        <td class="num">{ g.calls }</td>
                                        <td>{ g.meaning.map(|(headline, next)| html! { <><span class="headline">{ headline }</span><span class="next-step">{ next }</span></> }).unwrap_or_default() }</td>
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
                                    <tr><th scope="row">{ trunk_label(g).to_string() }</th><td class="num">{ g.calls }</td><td class="num">{ g.failed }</td><td>{ g.success_rate_text.clone() }</td></tr>
                                }) }
                            </tbody>
                        </table>
                    </div>
                }
            </div>
            <LogTableView table={Table::DirectRouting} />
        </section>
    }
}

/// The beta logs: SMS, blocked users and the dial-out report, as plain tables.
#[component]
pub fn OtherLogsView() -> Html {
    let state = use_context::<StateHandle>().expect("state context");
    let d = &state.dataset;
    // One slot per beta log, empty when the log has no rows.
    let log = |table: Table| {
        html! {
            if !log_rows(table, d).is_empty() { <h2>{ table.heading() }</h2><LogTableView {table} /> }
        }
    };
    html! {
        <section class="logs" data-testid="other-logs">
            { for Table::BETA.into_iter().map(log) }
            if beta_rows(d) == 0 {
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
    let rows = call_log_rows(&state.dataset, &derived.links, props.record);
    if rows.is_empty() {
        return html! {};
    }
    html! {
        <section class="findings call-logs" aria-label="Log rows for this call" data-testid="call-log-rows">
            <h3>{ format!("PSTN and Direct Routing rows for this call ({})", rows.len()) }</h3>
            <ul>
                { for rows.into_iter().map(|row| html! {
                    <li class="finding">
                        <span class="finding-kind"><a href={row.route.to_fragment()}>{ row.table.name() }</a></span>
                        <span class="finding-who">{ row.who }</span>
                        <span class="finding-title">{ time_html(row.start) }{ format!(" · {}", row.outcome) }</span>
                        <span class="finding-evidence">{ row.evidence }</span>
                    </li>
                }) }
            </ul>
        </section>
    }
}
