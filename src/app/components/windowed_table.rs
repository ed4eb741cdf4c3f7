//! A long table drawn a screenful at a time: the table scrolls in its own region (focusable, so
//! arrow and Page keys scroll it; the header sticks), only the rows the region shows and a
//! margin are in the page, and a spacer row above and below them keeps the table as tall as all
//! its rows, so the scrollbar is true to every one. Which rows are drawn is the core's
//! [`window`], the same arithmetic as the call tree's. The row height is measured from the drawn
//! rows (they are one line each), again on resize; `aria-rowcount` and `aria-rowindex` tell
//! screen readers the true size. The row holding the keyboard focus stays drawn wherever the
//! region is scrolled, and gets the focus back if a drawing takes it away. Printing draws every
//! row. A scroll redraws this component
//! only: the rows it is given are filtered and sorted by its page, once per change.

use callrecords::view::window::{window, Drawn, Viewport, Window};
use gloo::events::EventListener;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, FocusEvent, HtmlElement};
use yew::prelude::*;

/// How far the measured row height may move before the table is drawn again (the median of
/// the drawn rows moves by fractions of a pixel as rows come and go).
const ROW_TOLERANCE: f64 = 0.5;

#[derive(Properties, PartialEq)]
pub struct WindowedTableProps {
    /// The scrolling region's accessible name.
    pub region_label: AttrValue,
    /// The table's class (its look: `calls`, `log`).
    pub class: Classes,
    pub testid: AttrValue,
    /// The (visually hidden) caption.
    pub caption: AttrValue,
    /// The header row's cells.
    pub head: Html,
    /// How many columns a row has (the spacers span them).
    pub columns: usize,
    /// The rows to show, in order (indexes into the page's rows). A new list (another filter or
    /// sort) scrolls back to the top.
    pub rows: Rc<Vec<usize>>,
    /// Draws the row at `(place, index)`: its place in [`rows`](Self::rows) (its
    /// `aria-rowindex` is `place + 2`, the header being row 1) and its index.
    pub row: Callback<(usize, usize), Html>,
}

/// The region's scroll and height, and where the body's rows start below the sticky header;
/// the row height is `row_height` unless `remeasure` (then the median of the drawn rows', so a
/// row opened to two lines does not change it).
fn measure(region: &HtmlElement, row_height: f64, remeasure: bool) -> Viewport {
    let region_top = region.get_bounding_client_rect().top();
    let scroll_top = f64::from(region.scroll_top());
    let rect_in_region = |selector: &str| {
        region
            .query_selector(selector)
            .ok()
            .flatten()
            .map(|e: Element| e.get_bounding_client_rect())
            .map(|r| (r.top() - region_top - f64::from(region.client_top()) + scroll_top, r.height()))
    };
    let list_top = rect_in_region("tbody").map_or(0.0, |(top, _)| top);
    let covered = rect_in_region("thead").map_or(0.0, |(_, height)| height);
    let row_height = if remeasure {
        let first = region.query_selector("tbody > tr").ok().flatten();
        let mut heights: Vec<f64> = std::iter::successors(first, Element::next_element_sibling)
            .filter(|row| !row.class_name().split_whitespace().any(|c| c == "spacer"))
            .map(|row| row.get_bounding_client_rect().height())
            .filter(|h| h.is_finite() && *h >= 1.0)
            .collect();
        heights.sort_by(f64::total_cmp);
        heights.get(heights.len() / 2).copied().unwrap_or(row_height)
    } else {
        row_height
    };
    Viewport { scroll_top, height: f64::from(region.client_height()), list_top, covered, row_height }
}

/// The row holding the keyboard focus (its place) and the element focused in it.
type Focused = RefCell<Option<(usize, Element)>>;

/// The place of the row `element` is in, when it is one of the body's rows.
fn row_place(element: &Element) -> Option<usize> {
    let row = element.closest("tbody > tr[aria-rowindex]").ok()??;
    row.get_attribute("aria-rowindex")?.parse::<usize>().ok()?.checked_sub(2)
}

/// After a drawing: when it took the focus away from the row that had it (the rows are redrawn
/// as the region scrolls, and a row may be drawn anew or moved), the focus goes back to the same
/// row, which is kept drawn; when the focus went elsewhere, the row is forgotten (a click
/// anywhere forgets it too, [`WindowedTable`]'s pointer listener).
fn restore_focus(region: &HtmlElement, focused: &Focused) {
    let Some((place, element)) = focused.borrow().clone() else { return };
    let document = gloo::utils::document();
    let active = document.active_element();
    if active.as_ref() == Some(&element) {
        return;
    }
    let lost = active.is_none_or(|a| document.body().is_some_and(|b| *b == a));
    if !lost {
        *focused.borrow_mut() = None;
        return;
    }
    let selector = format!("tbody > tr[aria-rowindex=\"{}\"]", place + 2);
    let target = region
        .query_selector(&selector)
        .ok()
        .flatten()
        .and_then(|row| row.query_selector("a[href], summary, button, input, [tabindex]").ok().flatten())
        .and_then(|e| e.dyn_into::<HtmlElement>().ok());
    match target {
        Some(target) => {
            let _ = target.focus();
        }
        None => *focused.borrow_mut() = None,
    }
}

/// An empty row `height` px tall standing for the rows not drawn; nothing when there are none.
fn spacer(height: f64, columns: usize) -> Html {
    if height < 0.5 {
        return html! {};
    }
    html! {
        <tr aria-hidden="true" class="spacer" style={format!("height: {height:.2}px")}>
            <td colspan={columns.max(1).to_string()}></td>
        </tr>
    }
}

#[component]
pub fn WindowedTable(props: &WindowedTableProps) -> Html {
    let region = use_node_ref();
    let printing = use_state_eq(|| false);
    let view = use_mut_ref(|| Viewport::UNMEASURED);
    let drawn = use_mut_ref(|| None::<Drawn>);
    // Set on resize and for new rows: the next drawing measures the row height again.
    let remeasure = use_mut_ref(|| true);
    let redraw = use_force_update();
    let focused: Rc<Focused> = use_mut_ref(|| None);
    let onfocusin = {
        let focused = focused.clone();
        Callback::from(move |e: FocusEvent| {
            let target = e.target().and_then(|t| t.dyn_into::<Element>().ok());
            *focused.borrow_mut() = target.and_then(|t| row_place(&t).map(|place| (place, t)));
        })
    };
    // A scroll of the region or a resize of the page draws the rows it now shows.
    let update: Rc<dyn Fn(bool)> = {
        let (region, view, drawn, redraw) = (region.clone(), view.clone(), drawn.clone(), redraw.clone());
        Rc::new(move |resized: bool| {
            let Some(region) = region.cast::<HtmlElement>() else { return };
            let measured = measure(&region, view.borrow().row_height, resized);
            *view.borrow_mut() = measured;
            if drawn.borrow().is_some_and(|d| d.stale(&measured, ROW_TOLERANCE)) {
                redraw.force_update();
            }
        })
    };
    let onscroll = {
        let update = update.clone();
        Callback::from(move |_: Event| update(false))
    };
    {
        let (update, printing, focused) = (update.clone(), printing.clone(), focused.clone());
        use_effect_with((), move |_| {
            let window = gloo::utils::window();
            let on_resize = EventListener::new(&window, "resize", move |_| update(true));
            // A click moves the focus where it lands (or nowhere): the row that had it is let go.
            let on_pointer =
                EventListener::new(&gloo::utils::document(), "pointerdown", move |_| *focused.borrow_mut() = None);
            let before = {
                let printing = printing.clone();
                EventListener::new(&window, "beforeprint", move |_| printing.set(true))
            };
            let after = EventListener::new(&window, "afterprint", move |_| printing.set(false));
            move || drop((on_resize, on_pointer, before, after))
        });
    }
    // Other rows (a filter typed, a column sorted): from the top, measured again.
    {
        let (region, view, remeasure, focused) = (region.clone(), view.clone(), remeasure.clone(), focused.clone());
        use_effect_with(props.rows.clone(), move |_| {
            *focused.borrow_mut() = None;
            // Only when scrolled (as last seen): setting it forces a layout of the whole page,
            // a third of the task that shows a big load's overview.
            let scrolled = view.borrow().scroll_top != 0.0;
            if let Some(region) = region.cast::<HtmlElement>().filter(|_| scrolled) {
                region.set_scroll_top(0);
            }
            view.borrow_mut().scroll_top = 0.0;
            *remeasure.borrow_mut() = true;
        });
    }
    let total = props.rows.len();
    let measured = *view.borrow();
    let keep = focused.borrow().as_ref().map(|(place, _)| *place).filter(|place| *place < total);
    let shown = if *printing { Window::all(total) } else { window(total, &measured, keep) };
    *drawn.borrow_mut() = Some(Drawn { window: shown, total, keep, row_height: measured.row_height, all: *printing });
    // After each drawing: give the focus back if the drawing took it away; measure (the row
    // height too, when asked), and draw again if the region now shows other rows.
    {
        let (region, view, drawn, remeasure, redraw) =
            (region.clone(), view.clone(), drawn.clone(), remeasure.clone(), redraw.clone());
        let focused = focused.clone();
        use_effect(move || {
            let Some(region) = region.cast::<HtmlElement>() else { return };
            restore_focus(&region, &focused);
            let Some(drawn) = *drawn.borrow() else { return };
            if drawn.all {
                return;
            }
            let again = *remeasure.borrow() && !drawn.window.is_empty();
            if again {
                *remeasure.borrow_mut() = false;
            }
            let measured = measure(&region, view.borrow().row_height, again);
            *view.borrow_mut() = measured;
            if drawn.stale(&measured, ROW_TOLERANCE) {
                redraw.force_update();
            }
        });
    }
    let (above, below) = shown.spacers(total, measured.row_height);
    html! {
        <div class="table-wrap windowed" tabindex="0" role="region" aria-label={props.region_label.clone()}
            ref={region} {onscroll} {onfocusin}>
            <table class={props.class.clone()} data-testid={props.testid.clone()} aria-rowcount={(total + 1).to_string()}
                data-rows={total.to_string()}>
                <caption class="visually-hidden">{ props.caption.clone() }</caption>
                <thead><tr aria-rowindex="1">{ props.head.clone() }</tr></thead>
                <tbody>
                    { spacer(above, props.columns) }
                    { for shown.indices().filter_map(|place| props.rows.get(place).map(|&i| props.row.emit((place, i)))) }
                    { spacer(below, props.columns) }
                </tbody>
            </table>
        </div>
    }
}
