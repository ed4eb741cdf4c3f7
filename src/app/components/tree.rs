//! The session tree of a call: sessions (caller ↔ callee), segments, media and streams
//! (sender → receiver), each with its verdict. A WAI-ARIA tree: arrows move, Right/Left open and
//! close, Home/End jump; selection follows focus and lives in the URL.

use crate::app::browser::{go, local_clock, open_folded_for_print, replace, reveal_detail_when_stacked};
use crate::app::components::values::{tally_badge, verdict_badge};
use crate::app::components::HowtoButton;
use crate::app::hooks::use_page;
use callrecords::judge::RecordJudgement;
use callrecords::model::record::CallRecord;
use callrecords::model::NodePath;
use callrecords::view::call::no_sessions;
use callrecords::view::node_text::{row_text, RowBadge};
use callrecords::view::route::Route;
use callrecords::view::state::Action;
use callrecords::view::tree::{drawn_rows, is_toggle_key, navigate, tab_stop, toggle, visible_rows, TreeKey, TreeRow};
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, KeyboardEvent};
use yew::prelude::*;

/// Rows drawn at first: a meeting with a thousand sessions opens at once; the rest on request
/// (the selected row is always drawn).
const FIRST_ROWS: usize = 250;

#[derive(Properties, PartialEq)]
pub struct CallTreeProps {
    pub id: AttrValue,
    pub node: NodePath,
}

fn node_key(node: NodePath) -> String {
    format!("{node:?}")
}

/// The label, secondary text and verdict badge of a row ([`row_text`]), times in the
/// browser's zone.
fn row_content(record: &CallRecord, judgement: &RecordJudgement, row: &TreeRow) -> (Html, Option<String>, Html) {
    let text = row_text(record, judgement, row.node, local_clock);
    let badge = match text.badge {
        RowBadge::None => html! {},
        RowBadge::Tally(t) => tally_badge(t),
        RowBadge::Verdict(v, why) => verdict_badge(v, why),
    };
    let label = html! { <>{ text.label }if text.failed { <span class="failed-mark" title={callrecords::t!("tree-failed")}>{ format!(" ⚠ {}", callrecords::t!("tree-failed")) }</span> }</> };
    (label, text.meta, badge)
}

/// The node of the tree row a keyboard event came from.
fn focused_row(e: &KeyboardEvent, rows: &[TreeRow]) -> Option<NodePath> {
    let element = e.target()?.dyn_into::<web_sys::Element>().ok()?.closest("[role=treeitem]").ok()??;
    let index: usize = element.get_attribute("data-index")?.parse().ok()?;
    rows.get(index).map(|r| r.node)
}

#[component]
pub fn CallTree(props: &CallTreeProps) -> Html {
    let (state, derived) = use_page();
    let tree_ref = use_node_ref();
    let limit = use_state_eq(|| FIRST_ROWS);
    let Some(index) = state.dataset.record_position(&props.id) else { return html! {} };
    let record = &state.dataset.records[index];
    let judgement = &derived.judgements[index];
    let rows = visible_rows(record, &state.expanded);
    let selected = props.node;
    // Keep the DOM focus on the selected row while the tree has focus.
    {
        let tree_ref = tree_ref.clone();
        use_effect_with(selected, move |node| {
            if let Some(tree) = tree_ref.cast::<HtmlElement>() {
                let active = gloo::utils::document().active_element();
                if active.is_some_and(|a| tree.contains(Some(&a))) {
                    if let Ok(Some(row)) = tree.query_selector(&format!("[data-node=\"{}\"]", node_key(*node))) {
                        if let Ok(row) = row.dyn_into::<HtmlElement>() {
                            let _ = row.focus();
                        }
                    }
                }
            }
        });
    }
    let onkeydown = {
        let (state, rows, id) = (state.clone(), rows.clone(), props.id.to_string());
        Callback::from(move |e: KeyboardEvent| {
            let key = e.key();
            if is_toggle_key(&key) {
                if let Some((node, open)) = toggle(&rows, focused_row(&e, &rows).unwrap_or(selected)) {
                    e.prevent_default();
                    state.dispatch(Action::Expand(node, open));
                }
                return;
            }
            let Some(key) = TreeKey::from_key(&key) else { return };
            e.prevent_default();
            // Move from the row that has the focus (it may not be the selected one yet).
            let focused = focused_row(&e, &rows).unwrap_or(selected);
            let mv = navigate(&rows, focused, key);
            if let Some((node, open)) = mv.expand {
                state.dispatch(Action::Expand(node, open));
            }
            if mv.focus != selected || focused != selected {
                let route = Route::Call { id: id.clone(), node: mv.focus };
                replace(&route);
                state.dispatch(Action::Navigate(route));
            }
        })
    };
    // Printing shows the whole tree: every node open and every row drawn.
    {
        let (state, limit) = (state.clone(), limit.clone());
        use_effect_with((), move |_| {
            let listener = gloo::events::EventListener::new(&gloo::utils::window(), "beforeprint", move |_| {
                open_folded_for_print();
                state.dispatch(Action::ExpandAll);
                limit.set(usize::MAX);
            });
            move || drop(listener)
        });
    }
    let expand_all = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::ExpandAll))
    };
    let collapse_all = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::CollapseAll))
    };
    let call_route = Route::Call { id: props.id.to_string(), node: NodePath::Call };
    let tab_stop = tab_stop(&rows, selected);
    let shown = drawn_rows(&rows, selected, *limit);
    let show_all = {
        let (limit, total) = (limit.clone(), rows.len());
        Callback::from(move |_| limit.set(total))
    };
    html! {
        <section class="tree-pane" aria-label={callrecords::t!("tree-label")}>
            <div class="tree-tools">
                <a href={call_route.to_fragment()} class={classes!("call-node", (selected == NodePath::Call).then_some("selected"))}>{ callrecords::t!("tree-call-overview") }</a>
                <span class="spacer" />
                <button onclick={expand_all} class="quiet">{ callrecords::t!("tree-expand-all") }</button>
                <button onclick={collapse_all} class="quiet">{ callrecords::t!("tree-collapse-all") }</button>
            </div>
            if rows.is_empty() {
                <div class="tree-empty" data-testid="no-sessions">
                    <p class="missing">{ no_sessions() }</p>
                    <p><HowtoButton /></p>
                </div>
            }
            <ul role="tree" class="tree" aria-label={callrecords::t!("tree-aria")} ref={tree_ref} {onkeydown} data-testid="tree">
                { for rows.iter().take(shown).enumerate().map(|(i, row)| {
                    let (label, meta, badge) = row_content(record, judgement, row);
                    let is_selected = row.node == selected;
                    let tabindex = if i == tab_stop { "0" } else { "-1" };
                    let route = Route::Call { id: props.id.to_string(), node: row.node };
                    let onclick = Callback::from(move |_| { go(&route); reveal_detail_when_stacked(); });
                    let toggle = {
                        let (state, node, open) = (state.clone(), row.node, row.expanded);
                        Callback::from(move |e: MouseEvent| { e.stop_propagation(); state.dispatch(Action::Expand(node, !open)); })
                    };
                    html! {
                        <li role="treeitem" key={node_key(row.node)} data-node={node_key(row.node)} data-index={i.to_string()}
                            aria-level={row.level.to_string()} aria-selected={is_selected.to_string()}
                            aria-expanded={row.has_children.then(|| row.expanded.to_string())}
                            tabindex={tabindex} class={classes!("tree-row", format!("level-{}", row.level), is_selected.then_some("selected"))}
                            {onclick}>
                            if row.has_children {
                                <span class="twisty" aria-hidden="true" onclick={toggle}>{ if row.expanded { "▾" } else { "▸" } }</span>
                            } else {
                                <span class="twisty leaf" aria-hidden="true" />
                            }
                            <span class="row-main">
                                <span class="row-label">{ label }</span>
                                if let Some(meta) = meta { <span class="row-meta">{ meta }</span> }
                            </span>
                            <span class="row-badge">{ badge }</span>
                        </li>
                    }
                }) }
            </ul>
            if rows.len() > shown {
                <button class="more" onclick={show_all}>{ format!("Show all {} rows ({} more)", rows.len(), rows.len() - shown) }</button>
            }
        </section>
    }
}
