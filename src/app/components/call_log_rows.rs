//! On the call page: the PSTN and Direct Routing rows that belong to the call, and how each
//! was linked.

use crate::app::components::values::time_html;
use crate::app::hooks::use_page;
use callrecords::view::logs::call_log_rows;
use yew::prelude::*;

/// For the call view: the log rows that belong to this call, and why.
#[derive(Properties, PartialEq)]
pub struct CallLogRowsProps {
    pub record: usize,
}

#[component]
pub fn CallLogRows(props: &CallLogRowsProps) -> Html {
    let (state, derived) = use_page();
    let rows = call_log_rows(&state.dataset, &derived.links, props.record);
    if rows.is_empty() {
        return html! {};
    }
    html! {
        <section class="findings call-logs" aria-label={callrecords::t!("call-log-rows-label")} data-testid="call-log-rows">
            <h3>{ callrecords::t!("call-log-rows", count = rows.len()) }</h3>
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
