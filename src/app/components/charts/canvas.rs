//! One chart of the core ([`AnyChart`]) on a `<canvas>`: drawn once it comes near the screen,
//! sized to its frame at the device-pixel ratio and redrawn on resize and colour-scheme changes,
//! with its tooltip, its table and its SVG and PNG export buttons. A click opens what the region
//! stands for, or goes to `onpick`.

use super::backend::FastCanvas;
use crate::app::browser::{download, open, save_text};
use callrecords::chart::{hit_test_css, AnyChart, ExportFormat, Hit, Target, Theme};
use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use plotters::drawing::IntoDrawingArea;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{
    Blob, HtmlCanvasElement, HtmlDetailsElement, HtmlElement, IntersectionObserver, IntersectionObserverEntry,
    IntersectionObserverInit, MouseEvent, ResizeObserver,
};
use yew::prelude::*;

/// True while the page is in the dark colour scheme; follows changes of the system setting.
#[hook]
fn use_dark_mode() -> bool {
    let query = || gloo::utils::window().match_media("(prefers-color-scheme: dark)").ok().flatten();
    let dark = use_state_eq(move || query().is_some_and(|q| q.matches()));
    {
        let dark = dark.clone();
        use_effect_with((), move |_| {
            let listener = query().map(|q| {
                let list = q.clone();
                EventListener::new(&q, "change", move |_| dark.set(list.matches()))
            });
            move || drop(listener)
        });
    }
    *dark
}

/// The window's device-pixel ratio (1 when unknown).
fn device_pixel_ratio() -> f64 {
    let dpr = gloo::utils::window().device_pixel_ratio();
    if dpr.is_finite() && dpr > 0.0 {
        dpr
    } else {
        1.0
    }
}

/// The whole-pixel CSS width of the element behind `node` and the device-pixel ratio, updated
/// when the element is resized (a `ResizeObserver`) and on window `resize` (zoom changes the
/// ratio). Width 0 until the element is laid out. Updates are applied in a task of their own,
/// never inside the observer's callback, so redrawing (which may change the element's height)
/// cannot start a resize loop.
#[hook]
fn use_width_and_ratio(node: NodeRef) -> (u32, f64) {
    let size = use_state_eq(|| (0_u32, device_pixel_ratio()));
    {
        let size = size.clone();
        use_effect_with(node, move |node| {
            let measure: Rc<dyn Fn()> = {
                let node = node.clone();
                let pending: Rc<RefCell<Option<Timeout>>> = Rc::default();
                Rc::new(move || {
                    let (node, size) = (node.clone(), size.clone());
                    let timeout = Timeout::new(0, move || {
                        if let Some(el) = node.cast::<HtmlElement>() {
                            size.set((el.client_width().max(0) as u32, device_pixel_ratio()));
                        }
                    });
                    // The latest notification wins; an older one still waiting is cancelled.
                    pending.borrow_mut().replace(timeout);
                })
            };
            let observer_callback = {
                let measure = measure.clone();
                Closure::<dyn FnMut()>::new(move || measure())
            };
            let observer = ResizeObserver::new(observer_callback.as_ref().unchecked_ref()).ok();
            if let (Some(observer), Some(el)) = (&observer, node.cast::<web_sys::Element>()) {
                observer.observe(&el);
            } else {
                measure();
            }
            let on_resize = EventListener::new(&gloo::utils::window(), "resize", move |_| measure());
            move || {
                if let Some(observer) = observer {
                    observer.disconnect();
                }
                drop(observer_callback);
                drop(on_resize);
            }
        });
    }
    *size
}

/// True once the element behind `node` has come within a screen's height of the viewport (an
/// `IntersectionObserver`), or the page is about to be printed; then true for good. A chart is
/// drawn, and its text alternative made, only then: a call with thousands of streams draws the
/// few charts in view at once and each other as it is scrolled to.
#[hook]
fn use_seen(node: NodeRef) -> bool {
    let seen = use_state_eq(|| false);
    {
        let seen = seen.clone();
        use_effect_with(node, move |node| {
            let callback = {
                let seen = seen.clone();
                Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
                    if entries.iter().any(|e| e.unchecked_into::<IntersectionObserverEntry>().is_intersecting()) {
                        seen.set(true);
                    }
                })
            };
            let options = IntersectionObserverInit::new();
            options.set_root_margin("100% 0px");
            let observer = IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &options).ok();
            match (&observer, node.cast::<web_sys::Element>()) {
                (Some(observer), Some(el)) => observer.observe(&el),
                // No observer (or nothing to observe): drawn at once, as before there were any.
                _ => seen.set(true),
            }
            let on_print = EventListener::new(&gloo::utils::window(), "beforeprint", move |_| seen.set(true));
            move || {
                if let Some(observer) = observer {
                    observer.disconnect();
                }
                drop(callback);
                drop(on_print);
            }
        });
    }
    *seen
}

/// What the pointer is over.
#[derive(Clone, Debug, PartialEq)]
struct Hover {
    /// Pointer position in CSS pixels within the canvas.
    x: i32,
    y: i32,
    hit: Hit,
}

#[derive(Properties, PartialEq)]
pub struct CanvasChartProps {
    pub data: AnyChart,
    /// What a click on a region does; by default it opens what the region stands for.
    #[prop_or_default]
    pub onpick: Option<Callback<Target>>,
}

/// One chart on a canvas, with its tooltip, its table and its export buttons.
#[component]
pub fn CanvasChart(props: &CanvasChartProps) -> Html {
    let frame = use_node_ref();
    let canvas = use_node_ref();
    let (css_width, dpr) = use_width_and_ratio(frame.clone());
    let seen = use_seen(frame.clone());
    let dark = use_dark_mode();
    let hits = use_mut_ref(Vec::<Hit>::new);
    let hover = use_state_eq(|| None::<Hover>);
    let table_open = use_state_eq(|| false);
    // Until the chart is seen, its title names it.
    let alt = use_memo((props.data.clone(), seen), |(data, seen)| seen.then(|| data.text_alternative()));
    let css_height = props.data.height(css_width);
    let theme = Theme::for_dark_mode(dark);

    {
        let (canvas, hits, hover) = (canvas.clone(), hits.clone(), hover.clone());
        use_effect_with(
            (props.data.clone(), css_width, css_height, dpr, dark, seen),
            move |(data, w, h, dpr, dark, seen)| {
                if let (true, true, Some(el)) = (*seen, *w > 0, canvas.cast::<HtmlCanvasElement>()) {
                    el.set_width((f64::from(*w) * dpr).round() as u32);
                    el.set_height((f64::from(*h) * dpr).round() as u32);
                    let drawn = FastCanvas::new(el).and_then(|backend| {
                        let root = backend.into_drawing_area();
                        let result = data.draw(&root, &Theme::for_dark_mode(*dark), *dpr).ok();
                        let _ = root.present();
                        result
                    });
                    *hits.borrow_mut() = drawn.unwrap_or_default();
                    hover.set(None);
                }
            },
        );
    }

    let hit_at = {
        let hits = hits.clone();
        move |e: &MouseEvent| {
            hit_test_css(&hits.borrow(), f64::from(e.offset_x()), f64::from(e.offset_y()), dpr).cloned()
        }
    };
    let onmousemove = {
        let (hover, hit_at) = (hover.clone(), hit_at.clone());
        Callback::from(move |e: MouseEvent| {
            hover.set(hit_at(&e).map(|hit| Hover { x: e.offset_x(), y: e.offset_y(), hit }))
        })
    };
    let onmouseleave = {
        let hover = hover.clone();
        Callback::from(move |_: MouseEvent| hover.set(None))
    };
    let onclick = {
        let onpick = props.onpick.clone();
        Callback::from(move |e: MouseEvent| {
            let Some(hit) = hit_at(&e) else { return };
            match &onpick {
                Some(pick) => pick.emit(hit.target),
                None => {
                    if let Some(route) = hit.target.route() {
                        open(&route);
                    }
                }
            }
        })
    };
    let onsvg = {
        let data = props.data.clone();
        Callback::from(move |_: MouseEvent| {
            let svg = data.to_svg(css_width, &theme);
            save_text(&data.file_name(ExportFormat::Svg), ExportFormat::Svg.mime_type(), &svg);
        })
    };
    let onpng = {
        let (data, canvas) = (props.data.clone(), canvas.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(el) = canvas.cast::<HtmlCanvasElement>() else { return };
            let name = data.file_name(ExportFormat::Png);
            let saved = Closure::once_into_js(move |blob: Option<Blob>| {
                if let Some(blob) = blob {
                    download(&blob, &name);
                }
            });
            let _ = el.to_blob(saved.unchecked_ref());
        })
    };
    let ontoggle = {
        let table_open = table_open.clone();
        Callback::from(move |e: Event| table_open.set(e.target_unchecked_into::<HtmlDetailsElement>().open()))
    };

    let clickable = hover.as_ref().is_some_and(|h| props.onpick.is_some() || h.hit.target.route().is_some());
    let canvas_style = if css_width > 0 {
        format!("width:{css_width}px;height:{css_height}px")
    } else {
        format!("width:100%;height:{css_height}px")
    };
    let tooltip = hover.as_ref().map(|h| {
        // Beside the pointer, towards the middle of the chart (it may overflow the frame).
        let flip = f64::from(h.x) > f64::from(css_width) * 0.6;
        let below = f64::from(h.y) < f64::from(css_height) * 0.5;
        let style = format!(
            "left:{}px;top:{}px",
            if flip { h.x - 14 } else { h.x + 14 },
            if below { h.y + 18 } else { h.y - 12 }
        );
        html! {
            <div role="tooltip" class={classes!("chart-tooltip", flip.then_some("flip"), (!below).then_some("above"))} {style} data-testid="chart-tooltip">
                <span class="tip-label">{ h.hit.label.clone() }</span>
                <span class="tip-value">{ h.hit.value_line() }</span>
                if !h.hit.detail.is_empty() { <span class="tip-detail">{ h.hit.detail.clone() }</span> }
            </div>
        }
    });
    let alt = alt.as_ref().as_ref();
    let aria = alt.map_or_else(|| props.data.title(), |alt| alt.image_label());
    let caption = alt.map_or_else(|| props.data.title(), |alt| alt.caption.clone());
    html! {
        <figure class="chart" data-chart={props.data.slug()}>
            <div class="chart-frame" ref={frame}>
                <canvas ref={canvas} role="img" aria-label={aria} class={classes!("chart-canvas", clickable.then_some("clickable"))} style={canvas_style}
                    {onmousemove} {onmouseleave} {onclick} />
                // Optional content always sits in its own element: Yew matches unkeyed children
                // from the end, so a tooltip appearing beside the canvas would replace the canvas.
                <div class="chart-tip-slot">{ tooltip }</div>
            </div>
            <figcaption class="chart-foot">
                <details class="chart-table" {ontoggle}>
                    <summary>{ callrecords::t!("chart-show-table") }</summary>
                    if let (true, Some(alt)) = (*table_open, alt) {
                        <p class="chart-summary">{ alt.summary.clone() }</p>
                        <div class="table-wrap" tabindex="0" role="region" aria-label={alt.caption.clone()}>
                            <table>
                                <caption>{ alt.caption.clone() }</caption>
                                <thead><tr>{ for alt.columns.iter().map(|c| html! { <th scope="col">{ c.clone() }</th> }) }</tr></thead>
                                <tbody>
                                    { for alt.shown_rows().iter().map(|row| html! {
                                        <tr>{ for row.iter().enumerate().map(|(i, cell)| if i == 0 {
                                            html! { <th scope="row">{ cell.clone() }</th> }
                                        } else {
                                            html! { <td>{ cell.clone() }</td> }
                                        }) }</tr>
                                    }) }
                                </tbody>
                            </table>
                        </div>
                        if let Some(note) = alt.cut_note() {
                            <p class="chart-summary">{ note }</p>
                        }
                    }
                </details>
                <span class="chart-save">
                    <button type="button" onclick={onsvg} aria-label={callrecords::t!("chart-save-svg", caption = caption.clone())} data-testid="save-svg">{ "SVG" }</button>
                    <button type="button" onclick={onpng} aria-label={callrecords::t!("chart-save-png", caption = caption)} data-testid="save-png">{ "PNG" }</button>
                </span>
            </figcaption>
        </figure>
    }
}
