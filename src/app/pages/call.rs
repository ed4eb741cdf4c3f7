//! One call: what happened in plain words, the findings, the session tree and the details of
//! the selected node.

use crate::app::components::charts::CallCharts;
use crate::app::components::values::{tally_badge, time_html, value_html};
use crate::app::components::{CallLogRows, CallTree, EmptyState};
use crate::app::hooks::use_page;
use callrecords::judge::Finding;
use callrecords::model::diagnostic::Severity;
use callrecords::model::NodePath;
use callrecords::summary::summarize_call;
use callrecords::t;
use callrecords::view::badge::Badge;
use callrecords::view::call::{
    finding_group_heading, finding_groups, finding_kind_word, heading, heading_duration, load_warnings,
    sorted_findings, verdict_line, FindingGroup, FINDINGS_SHOWN_PER_GROUP,
};
use callrecords::view::detail::{describe, Section};
use callrecords::view::node_text::node_title;
use callrecords::view::route::Route;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CallViewProps {
    pub id: AttrValue,
    pub node: NodePath,
}

#[component]
pub fn CallView(props: &CallViewProps) -> Html {
    let (state, derived) = use_page();
    let index = state.dataset.record_position(&props.id);
    let (Some(index), Some(judgement)) = (index, index.and_then(|i| derived.judgements.get(i))) else {
        let missing = Route::Call { id: props.id.to_string(), node: props.node };
        return html! {
            <EmptyState view={missing} testid="call-missing">
                <p><a href={Route::Calls.to_fragment()}>{ t!("call-back") }</a></p>
            </EmptyState>
        };
    };
    let record = &state.dataset.records[index];
    let found = sorted_findings(record);
    let summary = summarize_call(record, judgement, &found);
    let tally = judgement.tally_call();
    let warnings = load_warnings(record);
    let sections = describe(record, props.node, judgement, &state.rules);
    let title = node_title(props.node);
    html! {
        <article class="call" data-testid="call-view">
            <nav class="crumbs" aria-label={t!("call-breadcrumb")}><a href={Route::Calls.to_fragment()}>{ t!("tab-calls") }</a>{ " › " }<span title={record.id.clone()} data-testid="crumb-title">{ heading(record) }{ ", " }{ time_html(record.start) }</span></nav>
            <header class="call-header">
                <h2 tabindex="-1" data-view-heading="">
                    { heading(record) }
                    { " · " }{ time_html(record.start) }
                    { heading_duration(record) }
                </h2>
                <p class="summary" data-testid="call-summary">{ summary }</p>
                <p class="tally">{ tally_badge(tally) }{ verdict_line(tally, &state.rules) }</p>
                if let Some(url) = &record.join_web_url {
                    <p class="join-url"><span class="label">{ t!("call-join-url") }{ " " }</span><code>{ url.clone() }</code></p>
                }
                { for warnings.iter().map(|w| html! { <p class="warning-line" role="note"><span aria-hidden="true">{ format!("{} ", Badge::severity(Severity::Warning).icon) }</span>{ w.clone() }</p> }) }
            </header>
            if !found.is_empty() {
                <section class="findings" aria-labelledby="findings-heading" data-testid="findings">
                    <h3 id="findings-heading">{ t!("call-findings", count = found.len()) }</h3>
                    { for finding_groups(&found).iter().map(group_html) }
                </section>
            }
            <CallLogRows record={index} />
            <div class="call-body">
                <CallTree id={props.id.clone()} node={props.node} />
                <section class="detail" aria-label={t!("call-details")} data-testid="detail">
                    <h3 class="detail-title">{ title }</h3>
                    { for sections.iter().map(section_html) }
                </section>
            </div>
            <CallCharts id={props.id.clone()} />
        </article>
    }
}

/// "Show 397 more", under a group's first findings.
fn more_label(n: usize) -> String {
    t!("findings-show-more", count = n)
}

fn finding_html(f: &Finding) -> Html {
    html! {
        <li class={classes!("finding", f.kind.as_str(), format!("severity-{}", f.severity.as_str()))}>
            <span class="finding-kind">{ finding_kind_word(f.kind) }</span>
            <span class="finding-who">{ f.who.clone() }</span>
            <span class="finding-title">{ f.title.clone() }</span>
            <span class="finding-evidence">{ f.evidence.clone() }</span>
        </li>
    }
}

/// One kind of finding with its count: the first few, the rest on request.
fn group_html(group: &FindingGroup) -> Html {
    let (first, rest) = group.findings.split_at(group.findings.len().min(FINDINGS_SHOWN_PER_GROUP));
    html! {
        <div class="finding-group" data-kind={group.kind.as_str()}>
            <h4>{ finding_group_heading(group) }</h4>
            <ul>{ for first.iter().map(finding_html) }</ul>
            if !rest.is_empty() {
                <details class="finding-more">
                    <summary>{ more_label(rest.len()) }</summary>
                    <ul>{ for rest.iter().map(finding_html) }</ul>
                </details>
            }
        </div>
    }
}

fn section_html(section: &Section) -> Html {
    if section.folded {
        return html! {
            <details class="detail-section folded">
                <summary>{ section.title.clone() }</summary>
                { section_body(section) }
            </details>
        };
    }
    html! {
        <section class="detail-section">
            <h4>{ section.title.clone() }</h4>
            { section_body(section) }
        </section>
    }
}

fn section_body(section: &Section) -> Html {
    html! {
        <>
            if !section.fields.is_empty() {
                <dl class="fields">
                    { for section.fields.iter().map(|f| html! {
                        <><dt>{ f.label.clone() }</dt><dd>{ value_html(&f.value) }</dd></>
                    }) }
                </dl>
            }
            if let Some(table) = &section.table {
                <div class="table-wrap" tabindex="0" role="region" aria-label={section.title.clone()}>
                    <table class="detail-table">
                        <thead><tr>{ for table.columns.iter().map(|c| html! { <th scope="col">{ c.clone() }</th> }) }</tr></thead>
                        <tbody>
                            { for table.rows.iter().map(|(label, values)| html! {
                                <tr><th scope="row">{ label.clone() }</th>{ for values.iter().map(|v| html! { <td>{ value_html(v) }</td> }) }</tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            }
        </>
    }
}
