//! One call: what happened in plain words, the findings, the session tree and the details of
//! the selected node.

use super::tree::CallTree;
use super::view::{tally_badge, time_html, value_html};
use super::{DerivedHandle, StateHandle};
use callrecords::judge::{findings, FindingKind};
use callrecords::model::datetime::format_duration_ms;
use callrecords::model::NodePath;
use callrecords::summary::summarize_call;
use callrecords::view::detail::{describe, Section};
use callrecords::view::route::Route;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CallViewProps {
    pub id: AttrValue,
    pub node: NodePath,
}

#[component]
pub fn CallView(props: &CallViewProps) -> Html {
    let state = use_context::<StateHandle>().expect("state context");
    let derived = use_context::<DerivedHandle>().expect("derived context");
    let index = state.dataset.records.iter().position(|r| r.id == *props.id);
    let (Some(index), Some(judgement)) = (index, index.and_then(|i| derived.judgements.get(i))) else {
        return html! {
            <section class="empty" data-testid="call-missing">
                <p>{ format!("Call record {} is not loaded in this tab. Nothing is kept after the tab closes or reloads: load the file again to see it.", props.id) }</p>
                <p><a href={Route::Calls.to_fragment()}>{ "Back to the calls" }</a></p>
            </section>
        };
    };
    let record = &state.dataset.records[index];
    let mut found = findings(record);
    // Problems first, then warnings, then notes; in data order within each.
    found.sort_by_key(|f| std::cmp::Reverse(f.severity));
    let summary = summarize_call(record, judgement, &found);
    let tally = judgement.tally_call();
    let mut warnings: Vec<String> = Vec::new();
    if record.placeholder {
        warnings.push("Only pages of this call were loaded (sessions or participants), not the call record itself: its type, times and organizer are unknown.".into());
    }

    if record.more_sessions {
        warnings.push("More sessions exist that were not loaded (the response had sessions@odata.nextLink). Load the following pages to see them all.".into());
    }
    if record.more_participants {
        warnings.push("More participants exist than were loaded (participants_v2@odata.nextLink).".into());
    }
    let sections = describe(record, props.node, judgement, &state.rules);
    let title = match props.node {
        NodePath::Call => "Call".to_string(),
        NodePath::Session(s) => format!("Session {}", s + 1),
        NodePath::Segment(s, g) => format!("Session {} › segment {}", s + 1, g + 1),
        NodePath::Media(s, g, m) => format!("Session {} › segment {} › media {}", s + 1, g + 1, m + 1),
        NodePath::Stream(s, g, m, t) => {
            format!("Session {} › segment {} › media {} › stream {}", s + 1, g + 1, m + 1, t + 1)
        }
    };
    let kind_word = |k: FindingKind| match k {
        FindingKind::Feedback => "Feedback",
        FindingKind::Failure => "Failure",
        FindingKind::Device => "Device",
        FindingKind::Network => "Network",
    };
    html! {
        <article class="call" data-testid="call-view">
            <nav class="crumbs" aria-label="Breadcrumb"><a href={Route::Calls.to_fragment()}>{ "Calls" }</a>{ " › " }<span>{ record.id.clone() }</span></nav>
            <header class="call-header">
                <h2>
                    { record.call_type.as_ref().map_or("Call".to_string(), |t| { let l = t.label(); let mut c = l.chars(); c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default() }) }
                    { " · " }{ time_html(record.start) }
                    { record.duration_ms().map(|d| format!(" · {}", format_duration_ms(d))).unwrap_or_default() }
                </h2>
                <p class="summary" data-testid="call-summary">{ summary }</p>
                <p class="tally">{ tally_badge(tally) }{ format!(" {} — judged by {}", tally.describe(), state.rules.kind.name()) }</p>
                if let Some(url) = &record.join_web_url {
                    <p class="join-url"><span class="label">{ "Join URL: " }</span><code>{ url.clone() }</code></p>
                }
                { for warnings.iter().map(|w| html! { <p class="warning-line" role="note"><span aria-hidden="true">{ "▲ " }</span>{ w.clone() }</p> }) }
            </header>
            if !found.is_empty() {
                <section class="findings" aria-label="Findings" data-testid="findings">
                    <h3>{ format!("Findings ({})", found.len()) }</h3>
                    <ul>
                        { for found.iter().map(|f| html! {
                            <li class={classes!("finding", f.kind.as_str(), format!("severity-{}", f.severity.as_str()))}>
                                <span class="finding-kind">{ kind_word(f.kind) }</span>
                                <span class="finding-who">{ f.who.clone() }</span>
                                <span class="finding-title">{ f.title.clone() }</span>
                                <span class="finding-evidence">{ f.evidence.clone() }</span>
                            </li>
                        }) }
                    </ul>
                </section>
            }
            <super::logs::CallLogRows record={index} />
            <div class="call-body">
                <CallTree id={props.id.clone()} node={props.node} />
                <section class="detail" aria-label="Details" data-testid="detail">
                    <h3 class="detail-title">{ title }</h3>
                    { for sections.iter().map(section_html) }
                </section>
            </div>
            <super::charts::CallCharts id={props.id.clone()} />
        </article>
    }
}

fn section_html(section: &Section) -> Html {
    html! {
        <section class="detail-section">
            <h4>{ section.title.clone() }</h4>
            if !section.fields.is_empty() {
                <dl class="fields">
                    { for section.fields.iter().map(|f| html! {
                        <><dt>{ f.label.clone() }</dt><dd>{ value_html(&f.value) }</dd></>
                    }) }
                </dl>
            }
            if let Some(table) = &section.table {
                <div class="table-wrap">
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
        </section>
    }
}
