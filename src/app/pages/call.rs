//! One call: what happened in plain words, the findings, the session tree and the details of
//! the selected node.

use crate::app::browser::yield_now;
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
use gloo::events::EventListener;
use std::cell::Cell;
use std::rc::Rc;
use web_sys::HtmlDetailsElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CallViewProps {
    pub id: AttrValue,
    pub node: NodePath,
}

#[component]
pub fn CallView(props: &CallViewProps) -> Html {
    let (state, derived) = use_page();
    // The call's findings and plain-words summary once per call, data and language, not on every
    // selection of a node (a big meeting has hundreds of findings), and in a task after the one
    // that shows the call: a meeting's findings, every value written out, were 50 of the 171 ms
    // it took to open one.
    let texts = use_state(|| None::<Rc<CallTexts>>);
    {
        let (dataset, derived, texts) = (state.dataset.clone(), derived.clone(), texts.clone());
        use_effect_with((state.generation, props.id.clone(), state.lang, derived.clone()), move |(_, id, _, _)| {
            // Setting a state renders the view again: only when there is something to take away.
            if texts.is_some() {
                texts.set(None);
            }
            let live = Rc::new(Cell::new(true));
            let (id, still) = (id.clone(), live.clone());
            yew::platform::spawn_local(async move {
                yield_now().await;
                let Some(index) = dataset.record_position(&id).filter(|_| still.get()) else { return };
                let (Some(record), Some(judgement)) = (dataset.records.get(index), derived.judgements.get(index))
                else {
                    return;
                };
                let found = sorted_findings(record);
                let summary = summarize_call(record, judgement, &found);
                texts.set(Some(Rc::new(CallTexts {
                    count: found.len(),
                    groups: finding_groups(&found),
                    summary,
                    warnings: load_warnings(record),
                })));
            });
            move || live.set(false)
        });
    }
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
    // Until they are made, the summary and the findings are not there (a test or a reader
    // waiting for them finds them once they are).
    let summary = texts.as_ref().map(|t| t.summary.clone());
    let texts = (*texts).clone().unwrap_or_default();
    let tally = judgement.tally_call();
    let sections = describe(record, props.node, judgement, derived.rules());
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
                if let Some(summary) = summary {
                    <p class="summary" data-testid="call-summary">{ summary }</p>
                } else {
                    // Holds the summary's line meanwhile, so the header does not jump.
                    <p class="summary" aria-hidden="true">{ "\u{a0}" }</p>
                }
                <p class="tally">{ tally_badge(tally) }{ verdict_line(tally, derived.rules()) }</p>
                if let Some(url) = &record.join_web_url {
                    <p class="join-url"><span class="label">{ t!("call-join-url") }{ " " }</span><code>{ url.clone() }</code></p>
                }
                { for texts.warnings.iter().map(|w| html! { <p class="warning-line" role="note"><span aria-hidden="true">{ format!("{} ", Badge::severity(Severity::Warning).icon) }</span>{ w.clone() }</p> }) }
            </header>
            <Findings texts={texts.clone()} />
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

/// What the call's header and findings say: made once per call (see [`CallView`]).
#[derive(Default)]
struct CallTexts {
    groups: Vec<FindingGroup>,
    count: usize,
    summary: String,
    warnings: Vec<String>,
}

/// The texts of one call, compared by pointer: the same texts are not drawn again.
#[derive(Properties, Clone)]
struct TextsProps {
    texts: Rc<CallTexts>,
}

impl PartialEq for TextsProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.texts, &other.texts)
    }
}

/// The findings, grouped by kind.
#[component]
fn Findings(props: &TextsProps) -> Html {
    let texts = &props.texts;
    if texts.count == 0 {
        return html! {};
    }
    html! {
        <section class="findings" aria-labelledby="findings-heading" data-testid="findings">
            <h3 id="findings-heading">{ t!("call-findings", count = texts.count) }</h3>
            { for (0..texts.groups.len()).map(|index| html! { <FindingGroupView texts={props.texts.clone()} {index} /> }) }
        </section>
    }
}

#[derive(Properties, Clone)]
struct GroupProps {
    texts: Rc<CallTexts>,
    index: usize,
}

impl PartialEq for GroupProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.texts, &other.texts) && self.index == other.index
    }
}

/// One kind of finding with its count: the first few, the rest on request, drawn only once
/// asked for (or printed): hundreds of folded findings are not drawn for nothing.
#[component]
fn FindingGroupView(props: &GroupProps) -> Html {
    let open = use_state(|| false);
    {
        let open = open.clone();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo::utils::window(), "beforeprint", move |_| open.set(true));
            move || drop(listener)
        });
    }
    let Some(group) = props.texts.groups.get(props.index) else { return html! {} };
    let (first, rest) = group.findings.split_at(group.findings.len().min(FINDINGS_SHOWN_PER_GROUP));
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |e: Event| open.set(e.target_unchecked_into::<HtmlDetailsElement>().open()))
    };
    html! {
        <div class="finding-group" data-kind={group.kind.as_str()}>
            <h4>{ finding_group_heading(group) }</h4>
            <ul>{ for first.iter().map(finding_html) }</ul>
            if !rest.is_empty() {
                <details class="finding-more" {ontoggle} open={*open}>
                    <summary>{ t!("findings-show-more", count = rest.len()) }</summary>
                    if *open {
                        <ul>{ for rest.iter().map(finding_html) }</ul>
                    }
                </details>
            }
        </div>
    }
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
