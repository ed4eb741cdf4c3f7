//! One log's rows as a table, whatever the log ([`Table`]): sort by any column, filter by text,
//! date and (Direct Routing) outcome, choose the columns, explain failed calls, and link each
//! row to the call record it matches, saying how. The rows are filtered and sorted once per
//! change of the log, the filter or the order, and drawn a screenful at a time
//! ([`WindowedTable`]), so a scroll only changes which rows are drawn.

use crate::app::browser::{local_time, on_date, save_text, today, zone_name};
use crate::app::components::WindowedTable;
use crate::app::hooks::use_page;
use callrecords::calllogs::{Align, Column, Outcome, RowFilter, RowMatches, SortDirection, SortKey, Table};
use callrecords::export::{log_table_csv, LogView};
use callrecords::model::datetime::UtcInstant;
use callrecords::t;
use callrecords::view::logs::{log_rows, next_sort, MatchLink};
use callrecords::view::share::file_name;
use callrecords::view::words::sort_marks;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

fn match_cell(matches: Option<&RowMatches>) -> Html {
    let Some(link) = MatchLink::of(matches) else {
        return html! { <span class="missing">{ t!("match-no-match") }</span> };
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
    let (state, derived) = use_page();
    let rows = log_rows(props.table, &state.dataset);
    let caption = props.table.caption();
    let all_columns = rows.columns();
    let filter = use_state(RowFilter::default);
    let from_text = use_state(String::new);
    let to_text = use_state(String::new);
    let sort = use_state(|| rows.default_sort());
    let visible = use_state(|| rows.default_columns());
    // Filtered and sorted once per change of the rows, the filter or the order; whether any row
    // has a failure to explain, once per load: not on every drawing (a scroll draws this again).
    let picked = {
        let dataset = state.dataset.clone();
        use_memo(
            (props.table, state.generation, (*filter).clone(), *sort),
            move |(table, _, filter, (column, direction))| {
                log_rows(*table, &dataset).select(filter, column, *direction)
            },
        )
    };
    let explain = {
        let dataset = state.dataset.clone();
        use_memo((props.table, state.generation), move |(table, _)| log_rows(*table, &dataset).any_failure())
    };
    let explain = *explain;
    let columns: Vec<Column> = all_columns.iter().filter(|c| visible.contains(c.id)).copied().collect();
    let links = rows.links() && !state.dataset.records.is_empty();

    // The table as shown (filter, sort, columns) as CSV; redacted when the page is.
    let on_csv = {
        let (state, filter, sort, visible, table) =
            (state.clone(), filter.clone(), sort.clone(), visible.clone(), props.table);
        Callback::from(move |_: MouseEvent| {
            let view = LogView { table, filter: &filter, sort: *sort, visible: &visible };
            let name = file_name(table.file_stem(), !state.redaction.is_empty(), &today(), "csv");
            save_text(&name, "text/csv", &log_table_csv(&state.dataset, &view));
        })
    };
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
            <th scope="col" aria-sort={aria} class={classes!((column.align == Align::Right).then_some("num"))} title={column.description_text()}>
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
        html! { <label class="check"><input type="checkbox" checked={visible.contains(c.id)} {onchange} />{ format!(" {}", c.heading_text()) }</label> }
    });
    let total = picked.len();
    let head = html! {
        <>
            { for columns.iter().map(header) }
            if explain { <th scope="col">{ t!("logs-what-it-means") }</th> }
            if links { <th scope="col" title={t!("logs-call-record-title")}>{ t!("logs-call-record") }</th> }
        </>
    };
    let column_count = columns.len() + usize::from(explain) + usize::from(links);
    let row = {
        let (dataset, derived, table) = (state.dataset.clone(), derived.clone(), props.table);
        Callback::from(move |(place, i): (usize, usize)| {
            let rows = log_rows(table, &dataset);
            let outcome = rows.failure_explanation(i);
            html! {
                <tr class={classes!(outcome.is_some().then_some("failed-row"))} aria-rowindex={(place + 2).to_string()}>
                    { for columns.iter().map(|c| {
                        let cell = rows.cell(i, c.id);
                        let class = classes!((c.align == Align::Right).then_some("num"), cell.sort.is_missing().then_some("missing"));
                        // Times follow the page's one rule (browser::local_time), UTC on hover.
                        if let SortKey::Time(ms) = cell.sort {
                            let t = UtcInstant(ms);
                            return html! { <td {class}><time datetime={t.to_iso()} title={format!("{} (UTC)", t.to_iso())}>{ local_time(t) }</time></td> };
                        }
                        html! { <td {class} title={cell.title.clone()}>{ cell.text.clone() }</td> }
                    }) }
                    if explain {
                        <td class="explain">
                            if let Some(e) = outcome {
                                // The meaning at a glance; what to do next on request.
                                <details class="explain-more">
                                    <summary class="headline" title={e.headline.clone()}>{ e.headline }</summary>
                                    <span class="next-step">{ e.next_step }</span>
                                </details>
                            }
                        </td>
                    }
                    if links {
                        <td>{ match_cell(rows.row_ref(i).and_then(|r| derived.links.for_row(r))) }</td>
                    }
                </tr>
            }
        })
    };
    html! {
        <section class="log-table" aria-label={caption.clone()}>
            <div class="filters" role="search">
                <input type="search" class="filter-text" placeholder={t!("logs-filter-placeholder")} aria-label={t!("logs-filter-label", table = caption.clone())}
                    value={filter.text.clone()} oninput={ontext} />
                <label>{ t!("filter-from") }{ " " }<input type="date" value={(*from_text).clone()} onchange={onfrom} aria-label={t!("filter-from-label")} /></label>
                <label>{ t!("filter-to") }{ " " }<input type="date" value={(*to_text).clone()} onchange={onto} aria-label={t!("filter-to-label")} /></label>
                if props.table.has_outcomes() {
                    <label>{ t!("logs-outcome") }{ " " }
                        <select onchange={onoutcome}>
                            { for Outcome::ALL.iter().map(|o| html! {
                                <option value={o.as_str()} selected={filter.outcome == *o}>{ o.label() }</option>
                            }) }
                        </select>
                    </label>
                }
                <details class="columns-chooser"><summary>{ t!("logs-columns") }</summary><div class="chooser">{ for chooser }</div></details>
                <span class="shown" data-testid="rows-shown">{ t!("logs-shown", shown = total, count = rows.len()) }</span>
                <button type="button" class="csv" onclick={on_csv} data-testid="log-csv" title={t!("logs-csv-title")}>{ t!("logs-csv") }</button>
            </div>
            <WindowedTable region_label={t!("table-region", table = caption.clone())} class={classes!("log")}
                testid="log-table" caption={t!("logs-caption", table = caption.clone(), zone = zone_name())}
                head={head} columns={column_count}
                rows={picked.clone()} row={row} />
        </section>
    }
}
