//! The session tree of a call: sessions (caller ↔ callee), segments, media and streams
//! (sender → receiver), each with its verdict. A WAI-ARIA tree: arrows move, Right/Left open and
//! close, Home/End jump; selection follows focus and lives in the URL.
//!
//! A windowed list: its rows are one fixed height, and only those its pane shows (and a margin)
//! are drawn ([`window`]), each at its own place in a list as tall as all of them, so a call with
//! thousands of streams opens at once and the scrollbar is true to the whole tree. The row a key moves to
//! is scrolled into view, then focused; the tab stop is always drawn; `aria-level`,
//! `aria-posinset` and `aria-setsize` tell screen readers where each row is. Printing draws
//! every row.

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
use callrecords::view::tree::{is_toggle_key, navigate, tab_stop, toggle, visible_rows, TreeKey, TreeRow};
use callrecords::view::window::{scroll_to_show, window, Drawn, Viewport, Window};
use gloo::events::EventListener;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent};
use yew::prelude::*;

/// How far the measured row height may move before the tree is drawn again (its rows are one
/// fixed height: any change is a new layout, such as a zoom).
const ROW_TOLERANCE: f64 = 0.01;

#[derive(Properties, PartialEq)]
pub struct CallTreeProps {
    pub id: AttrValue,
    pub node: NodePath,
}

fn node_key(node: NodePath) -> String {
    format!("{node:?}")
}

/// The label (and its whole text, for the tooltip of a row cut short), secondary text and
/// verdict badge of a row ([`row_text`]), times in the browser's zone.
fn row_content(
    record: &CallRecord,
    judgement: &RecordJudgement,
    row: &TreeRow,
) -> (Html, String, Option<String>, Html) {
    let text = row_text(record, judgement, row.node, local_clock);
    let badge = match text.badge {
        RowBadge::None => html! {},
        RowBadge::Tally(t) => tally_badge(t),
        RowBadge::Verdict(v, why) => verdict_badge(v, why),
    };
    let failed = callrecords::t!("tree-failed");
    let whole = if text.failed { format!("{} ⚠ {failed}", text.label) } else { text.label.clone() };
    let label =
        html! { <>{ text.label }if text.failed { <span class="failed-mark">{ format!(" ⚠ {failed}") }</span> }</> };
    (label, whole, text.meta, badge)
}

/// Where the rows are in the tree's pane (`pane`): its scroll and height, the list's top below
/// the sticky tools, and the height of a drawn row (`row_height` until one is drawn).
fn measure(pane: &HtmlElement, tree: &NodeRef, tools: &NodeRef, row_height: f64) -> Viewport {
    let pane_top = pane.get_bounding_client_rect().top();
    let scroll_top = f64::from(pane.scroll_top());
    let list = tree.cast::<Element>();
    let list_top = list
        .as_ref()
        .map_or(0.0, |l| l.get_bounding_client_rect().top() - pane_top - f64::from(pane.client_top()) + scroll_top);
    let covered = tools.cast::<Element>().map_or(0.0, |t| t.get_bounding_client_rect().height());
    // The layout's whole-pixel height, the same wherever the row is (a rectangle's height far down
    // a long list comes out a fraction off).
    let row_height = list
        .and_then(|l| l.query_selector("[role=treeitem]").ok().flatten())
        .and_then(|r| r.dyn_into::<HtmlElement>().ok())
        .map(|r| f64::from(r.offset_height()))
        .filter(|h| *h >= 1.0)
        .unwrap_or(row_height);
    Viewport { scroll_top, height: f64::from(pane.client_height()), list_top, covered, row_height }
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
    let pane_ref = use_node_ref();
    let tree_ref = use_node_ref();
    let tools_ref = use_node_ref();
    let printing = use_state_eq(|| false);
    let view = use_mut_ref(|| Viewport::UNMEASURED);
    let drawn = use_mut_ref(|| None::<Drawn>);
    let redraw = use_force_update();
    // The row a key moved to, focused once it is drawn (the row that had the focus may be gone).
    let focus_wanted = use_mut_ref(|| None::<NodePath>);
    // The selection the pane was last scrolled to show.
    let shown_for = use_mut_ref(|| None::<NodePath>);
    let index = state.dataset.record_position(&props.id);
    // Scrolling the pane or resizing the page draws the rows it now shows. Another call starts at
    // the top of its tree (or at its selected row).
    {
        let (pane_ref, tree_ref, tools_ref, view, drawn, redraw) =
            (pane_ref.clone(), tree_ref.clone(), tools_ref.clone(), view.clone(), drawn.clone(), redraw.clone());
        let shown_for = shown_for.clone();
        use_effect_with((props.id.clone(), index.is_some()), move |_| {
            let pane = pane_ref.cast::<HtmlElement>();
            // Only when scrolled (as last measured): setting it forces a layout of the whole page
            // in the task that opens the call (36 ms of 171 for the biggest call of 50 MB).
            let scrolled = view.borrow().scroll_top != 0.0;
            if let Some(pane) = pane.as_ref().filter(|_| scrolled) {
                pane.set_scroll_top(0);
            }
            view.borrow_mut().scroll_top = 0.0;
            *shown_for.borrow_mut() = None;
            let update: Rc<dyn Fn()> = {
                let pane = pane.clone();
                Rc::new(move || {
                    let Some(pane) = &pane else { return };
                    let measured = measure(pane, &tree_ref, &tools_ref, view.borrow().row_height);
                    *view.borrow_mut() = measured;
                    if drawn.borrow().is_some_and(|d| d.stale(&measured, ROW_TOLERANCE)) {
                        redraw.force_update();
                    }
                })
            };
            let on_scroll = pane.map(|p| {
                let update = update.clone();
                EventListener::new(&p, "scroll", move |_| update())
            });
            let on_resize = EventListener::new(&gloo::utils::window(), "resize", move |_| update());
            move || drop((on_scroll, on_resize))
        });
    }
    // Printing shows the whole tree: every node open and every row drawn.
    {
        let (state, printing) = (state.clone(), printing.clone());
        use_effect_with((), move |_| {
            let before = {
                let printing = printing.clone();
                EventListener::new(&gloo::utils::window(), "beforeprint", move |_| {
                    open_folded_for_print();
                    state.dispatch(Action::ExpandAll);
                    printing.set(true);
                })
            };
            let after = EventListener::new(&gloo::utils::window(), "afterprint", move |_| printing.set(false));
            move || drop((before, after))
        });
    }
    // The rows once per record and set of open nodes, not on every redraw (a scroll, a
    // selection): a meeting has tens of thousands.
    let rows = {
        let dataset = state.dataset.clone();
        use_memo((props.id.clone(), state.generation, state.expanded.clone()), move |(id, _, expanded)| {
            dataset.record(id).map(|record| visible_rows(record, expanded)).unwrap_or_default()
        })
    };
    let Some(index) = index else { return html! {} };
    let record = &state.dataset.records[index];
    let judgement = &derived.judgements[index];
    let selected = props.node;
    let selected_row = rows.iter().position(|r| r.node == selected);
    let tab_stop = tab_stop(&rows, selected);
    // The row a key has moved to but the page has not focused yet stays drawn too, so the
    // focus, and the keys that follow, are not lost with it.
    let pending = focus_wanted.borrow().and_then(|node| rows.iter().position(|r| r.node == node));
    let keep = pending.or((!rows.is_empty()).then_some(tab_stop));
    let measured = *view.borrow();
    let shown = if *printing { Window::all(rows.len()) } else { window(rows.len(), &measured, keep) };
    *drawn.borrow_mut() =
        Some(Drawn { window: shown, total: rows.len(), keep, row_height: measured.row_height, all: *printing });
    // After each drawing: measure; scroll a new selection (a click, a link, the URL) into view;
    // focus the row a key moved to (or keep the focus on the selection while the tree has it);
    // draw again if the pane now shows other rows.
    {
        let (pane_ref, tree_ref, tools_ref, view, drawn, redraw) =
            (pane_ref.clone(), tree_ref.clone(), tools_ref.clone(), view.clone(), drawn.clone(), redraw.clone());
        let (focus_wanted, shown_for, rows_now) = (focus_wanted.clone(), shown_for.clone(), rows.clone());
        use_effect(move || {
            let Some(pane) = pane_ref.cast::<HtmlElement>() else { return };
            let mut measured = measure(&pane, &tree_ref, &tools_ref, view.borrow().row_height);
            let Some(drawn) = *drawn.borrow() else { return };
            if *shown_for.borrow() != Some(selected) && !drawn.all {
                *shown_for.borrow_mut() = Some(selected);
                if let Some(to) = selected_row.and_then(|i| scroll_to_show(i, &measured)) {
                    pane.set_scroll_top(to.round() as i32);
                    measured.scroll_top = f64::from(pane.scroll_top());
                }
            }
            *view.borrow_mut() = measured;
            let stale = drawn.stale(&measured, ROW_TOLERANCE);
            if let Some(tree) = tree_ref.cast::<HtmlElement>() {
                let wanted = *focus_wanted.borrow();
                let active = gloo::utils::document().active_element();
                let in_tree = active.as_ref().is_some_and(|a| tree.contains(Some(a)));
                if let Some(node) = wanted.or(in_tree.then_some(selected)) {
                    let row = tree.query_selector(&format!("[data-node=\"{}\"]", node_key(node))).ok().flatten();
                    match row.and_then(|r| r.dyn_into::<HtmlElement>().ok()) {
                        Some(row) => {
                            if active.as_deref() != Some(&row) {
                                let _ = row.focus();
                            }
                            *focus_wanted.borrow_mut() = None;
                        }
                        // Not drawn yet: after the next drawing; not a row any more: nowhere. A
                        // drawing made before the key that moved there (keys faster than the
                        // page) keeps it for the drawing that follows.
                        None if !stale && (node == selected || !rows_now.iter().any(|r| r.node == node)) => {
                            *focus_wanted.borrow_mut() = None
                        }
                        None => {}
                    }
                }
            }
            if stale {
                redraw.force_update();
            }
        });
    }
    let onkeydown = {
        let (state, rows, id, focus_wanted) = (state.clone(), rows.clone(), props.id.to_string(), focus_wanted.clone());
        let (pane_ref, tree_ref, tools_ref, view) =
            (pane_ref.clone(), tree_ref.clone(), tools_ref.clone(), view.clone());
        Callback::from(move |e: KeyboardEvent| {
            let key = e.key();
            // Move from the row that has the focus (it may not be the selected one yet), or from
            // the one a key before this one moved to, if the page has not drawn it yet (keys
            // pressed faster than the page draws are not lost).
            let pending = *focus_wanted.borrow();
            let focused = pending.or_else(|| focused_row(&e, &rows)).unwrap_or(selected);
            if is_toggle_key(&key) {
                if let Some((node, open)) = toggle(&rows, focused) {
                    e.prevent_default();
                    state.dispatch(Action::Expand(node, open));
                }
                return;
            }
            let Some(key) = TreeKey::from_key(&key) else { return };
            e.prevent_default();
            let mv = navigate(&rows, focused, key);
            if let Some((node, open)) = mv.expand {
                state.dispatch(Action::Expand(node, open));
            }
            if mv.focus != selected || focused != selected {
                // The row may not be drawn yet: the pane scrolls to it now, so the drawing that
                // follows draws it, and it is focused then.
                if let (Some(pane), Some(i)) =
                    (pane_ref.cast::<HtmlElement>(), rows.iter().position(|r| r.node == mv.focus))
                {
                    let mut measured = measure(&pane, &tree_ref, &tools_ref, view.borrow().row_height);
                    if let Some(to) = scroll_to_show(i, &measured) {
                        pane.set_scroll_top(to.round() as i32);
                        measured.scroll_top = f64::from(pane.scroll_top());
                    }
                    *view.borrow_mut() = measured;
                }
                *focus_wanted.borrow_mut() = Some(mv.focus);
                let route = Route::Call { id: id.clone(), node: mv.focus };
                replace(&route);
                state.dispatch(Action::Navigate(route));
            }
        })
    };
    let expand_all = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::ExpandAll))
    };
    let collapse_all = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::CollapseAll))
    };
    let call_route = Route::Call { id: props.id.to_string(), node: NodePath::Call };
    // The list is as tall as all its rows (so the scrollbar is true to the whole tree) and each
    // drawn row sits at its own place in it: drawing or dropping rows never moves the others, nor
    // the scroll. Printing draws every row in the flow, at its own height.
    let row_height = measured.row_height;
    let height = (!*printing).then(|| format!("height: {}px", rows.len() as f64 * row_height));
    html! {
        <section class="tree-pane" aria-label={callrecords::t!("tree-label")} ref={pane_ref}>
            <div class="tree-tools" ref={tools_ref}>
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
            <ul role="tree" class={classes!("tree", (!*printing).then_some("windowed"))} aria-label={callrecords::t!("tree-aria")}
                ref={tree_ref} {onkeydown} data-testid="tree" data-rows={rows.len().to_string()} style={height}>
                { for shown.indices().map(|i| {
                    let row = &rows[i];
                    let (label, whole, meta, badge) = row_content(record, judgement, row);
                    let is_selected = row.node == selected;
                    let place = (!*printing).then(|| format!("top: {}px", i as f64 * row_height));
                    let tabindex = if i == tab_stop { "0" } else { "-1" };
                    let route = Route::Call { id: props.id.to_string(), node: row.node };
                    let onclick = Callback::from(move |_| { go(&route); reveal_detail_when_stacked(); });
                    let toggle = {
                        let (state, node, open) = (state.clone(), row.node, row.expanded);
                        Callback::from(move |e: MouseEvent| { e.stop_propagation(); state.dispatch(Action::Expand(node, !open)); })
                    };
                    html! {
                        <li role="treeitem" key={node_key(row.node)} data-node={node_key(row.node)} data-index={i.to_string()}
                            aria-level={row.level.to_string()} aria-posinset={row.posinset.to_string()} aria-setsize={row.setsize.to_string()}
                            aria-selected={is_selected.to_string()}
                            aria-expanded={row.has_children.then(|| row.expanded.to_string())}
                            tabindex={tabindex} class={classes!("tree-row", format!("level-{}", row.level), is_selected.then_some("selected"))}
                            style={place} {onclick}>
                            if row.has_children {
                                <span class="twisty" aria-hidden="true" onclick={toggle}>{ if row.expanded { "▾" } else { "▸" } }</span>
                            } else {
                                <span class="twisty leaf" aria-hidden="true" />
                            }
                            <span class="row-main">
                                <span class="row-label" title={whole}>{ label }</span>
                                if let Some(meta) = meta { <span class="row-meta" title={meta.clone()}>{ meta }</span> }
                            </span>
                            <span class="row-badge">{ badge }</span>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
