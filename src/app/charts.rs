//! Charts in the page: the charts of the call being viewed ([`CallCharts`]: the timeline, one
//! chart per stream-metric group, the network/device health chart) and, under the calls table,
//! the audio distributions and the jitter/loss scatter over every loaded stream
//! ([`AcrossCallsCharts`]).
//!
//! All of them go through one component, [`CanvasChart`], which draws a chart of the core
//! (`callrecords::chart`) on a `<canvas>`:
//! - the backing store is the CSS size × `devicePixelRatio` (the drawing functions scale fonts,
//!   strokes and margins by it), so text is sharp on HiDPI screens;
//! - it redraws when its width changes (a `ResizeObserver` on its frame, plus window `resize`
//!   for zoom and moves between screens) and when the colour scheme changes;
//! - it keeps the hit regions the drawing returned: hovering shows the exact value in a
//!   `role="tooltip"` box (text only), clicking opens the stream, segment or session;
//! - the canvas is `role="img"` with the chart's summary as its name, and the same values are a
//!   real `<table>` under "Show as table";
//! - "SVG" draws the chart again with plotters' SVG backend and "PNG" saves the canvas, both as
//!   a `blob:` download (no request leaves the page).
//!
//! Charts are drawn one per task (each after its own resize notification), so a call with many
//! charts never blocks the page for long; only the call being viewed is charted, and the
//! across-calls charts are computed only while their section is open.

use crate::app::view::{go, local_time};
use crate::app::{DerivedHandle, StateHandle};
use callrecords::chart::{
    audio_distributions, draw_daily, draw_distribution, draw_endpoint_health, draw_jitter_loss_scatter,
    draw_metric_chart, draw_sip_failures, draw_timeline, endpoint_health, hit_test_css, jitter_loss_scatter,
    stream_metric_charts, timeline, DailyChart, Distribution, DrawResult, EndpointHealth, HealthChart, HealthSource,
    Hit, JitterLossScatter, JudgedCall, MetricChart, SipFailuresChart, StreamKey, Target, TextAlternative, Theme,
    Timeline,
};
use callrecords::judge::FindingLimits;
use callrecords::model::metrics::STREAM_METRICS;
use callrecords::model::NodePath;
use callrecords::view::route::Route;
use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use plotters::backend::SVGBackend;
use plotters::coord::Shift;
use plotters::drawing::{DrawingArea, IntoDrawingArea};
use plotters::prelude::DrawingBackend;
use plotters_canvas::CanvasBackend;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{
    Blob, BlobPropertyBag, HtmlAnchorElement, HtmlCanvasElement, HtmlDetailsElement, HtmlElement, MouseEvent,
    ResizeObserver, Url,
};
use yew::prelude::*;

/// Rows of a text-alternative table rendered at most (the scatter over thousands of calls
/// would otherwise put tens of thousands of rows in the page).
const TABLE_ROWS: usize = 2000;

/// Across calls, the section starts closed above this many streams, so opening the overview of
/// a large export never waits for the charts.
const ACROSS_OPEN_STREAMS: usize = 5000;

/// A call's charts start closed above this many streams (a meeting with hundreds of sessions
/// opens at once; its charts are drawn when asked for).
const CALL_OPEN_STREAMS: usize = 400;

/// A chart of the core, shared by pointer (props compare by `Rc::ptr_eq`, never deeply).
#[derive(Clone, Debug)]
pub enum ChartData {
    Metric(Rc<MetricChart>),
    Timeline(Rc<Timeline>),
    Health(Rc<HealthChart>),
    Distribution(Rc<Distribution>),
    Scatter(Rc<JitterLossScatter>),
    /// Calls per day of the PSTN or Direct Routing log.
    Daily(Rc<DailyChart>),
    /// Failed Direct Routing calls by final SIP code.
    SipFailures(Rc<SipFailuresChart>),
}

impl PartialEq for ChartData {
    fn eq(&self, other: &ChartData) -> bool {
        use ChartData::*;
        match (self, other) {
            (Metric(a), Metric(b)) => Rc::ptr_eq(a, b),
            (Timeline(a), Timeline(b)) => Rc::ptr_eq(a, b),
            (Health(a), Health(b)) => Rc::ptr_eq(a, b),
            (Distribution(a), Distribution(b)) => Rc::ptr_eq(a, b),
            (Scatter(a), Scatter(b)) => Rc::ptr_eq(a, b),
            (Daily(a), Daily(b)) => Rc::ptr_eq(a, b),
            (SipFailures(a), SipFailures(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }
}

impl ChartData {
    /// Draws the chart on any backend; returns the hover/click regions in backend pixels.
    pub fn draw<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        theme: &Theme,
        scale: f64,
    ) -> DrawResult<Vec<Hit>, DB> {
        match self {
            ChartData::Metric(c) => draw_metric_chart(area, c, theme, scale),
            ChartData::Timeline(c) => draw_timeline(area, c, theme, scale),
            ChartData::Health(c) => draw_endpoint_health(area, c, theme, scale),
            ChartData::Distribution(c) => draw_distribution(area, c, theme, scale),
            ChartData::Scatter(c) => draw_jitter_loss_scatter(area, c, theme, scale),
            ChartData::Daily(c) => draw_daily(area, c, theme, scale),
            ChartData::SipFailures(c) => draw_sip_failures(area, c, theme, scale),
        }
    }

    pub fn text_alternative(&self) -> TextAlternative {
        match self {
            ChartData::Metric(c) => c.text_alternative(),
            ChartData::Timeline(c) => c.text_alternative(),
            ChartData::Health(c) => c.text_alternative(),
            ChartData::Distribution(c) => c.text_alternative(),
            ChartData::Scatter(c) => c.text_alternative(),
            ChartData::Daily(c) => c.text_alternative(),
            ChartData::SipFailures(c) => c.text_alternative(),
        }
    }

    /// The CSS height for a CSS width: the timeline and the health chart as tall as their rows
    /// need; stream charts taller when their labels are written upwards.
    pub fn css_height(&self, css_width: u32) -> u32 {
        match self {
            ChartData::Metric(c) => {
                if c.layout((css_width.max(1), 300), 1.0).vertical_labels {
                    380
                } else {
                    290
                }
            }
            ChartData::Timeline(c) => c.preferred_height(1.0).max(160),
            ChartData::Health(c) => c.preferred_height(1.0).max(160),
            ChartData::Distribution(_) => 300,
            ChartData::Scatter(_) => 420,
            ChartData::Daily(_) => 300,
            ChartData::SipFailures(c) => c.preferred_height(1.0).max(160),
        }
    }

    /// A short name for files and test hooks: "jitter", "timeline", "distribution-jitter-average".
    pub fn slug(&self) -> String {
        let name = match self {
            ChartData::Metric(c) => c.group.title().to_string(),
            ChartData::Timeline(_) => "timeline".into(),
            ChartData::Health(c) => c.title().to_string(),
            ChartData::Distribution(c) => format!("distribution {}", c.label),
            ChartData::Scatter(_) => "jitter-vs-packet-loss".into(),
            ChartData::Daily(c) => format!("{} calls per day", c.log),
            ChartData::SipFailures(_) => "failures-by-sip-code".into(),
        };
        slugify(&name)
    }

    /// The record the chart is about (`None` across calls).
    fn record(&self) -> Option<&str> {
        match self {
            ChartData::Metric(c) => Some(&c.record),
            ChartData::Timeline(c) => Some(&c.record),
            ChartData::Health(c) => Some(&c.record),
            ChartData::Distribution(_) | ChartData::Scatter(_) | ChartData::Daily(_) | ChartData::SipFailures(_) => {
                None
            }
        }
    }

    /// "call-e523d2ed-jitter", "all-calls-jitter-vs-packet-loss" (no extension).
    fn file_stem(&self) -> String {
        match self.record() {
            Some(id) => format!("call-{}-{}", slugify(&id.chars().take(8).collect::<String>()), self.slug()),
            None if matches!(self, ChartData::Daily(_) | ChartData::SipFailures(_)) => self.slug(),
            None => format!("all-calls-{}", self.slug()),
        }
    }
}

/// Lower-case ASCII letters and digits, runs of anything else as one "-".
fn slugify(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

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

/// Where a click on a target goes: the stream, segment, session or call it stands for; a
/// histogram bin with one stream opens that stream.
fn route_of(target: &Target) -> Option<Route> {
    let call = |record: &str, node| Some(Route::Call { id: record.to_string(), node });
    match target {
        Target::Stream(k) => stream_route(k),
        Target::Streams(keys) if keys.len() == 1 => stream_route(&keys[0]),
        Target::Streams(_) => None,
        Target::Call { record } => call(record, NodePath::Call),
        Target::Session { record, session } => call(record, NodePath::Session(*session)),
        Target::Segment { record, session, segment } => call(record, NodePath::Segment(*session, *segment)),
        Target::Endpoint { record, session, segment, media, .. } => {
            call(record, NodePath::Media(*session, *segment, *media))
        }
        Target::None => None,
    }
}

fn stream_route(k: &StreamKey) -> Option<Route> {
    let p = k.path;
    Some(Route::Call { id: k.record.clone(), node: NodePath::Stream(p.session, p.segment, p.media, p.stream) })
}

/// Opens `route` and shows it: the details panel when it is a node of the call on screen,
/// the top of the page for another call.
fn open(route: &Route) {
    let current = callrecords::view::route::Route::parse(&crate::app::view::current_fragment());
    let same_call = matches!((&current, route), (Route::Call { id: a, .. }, Route::Call { id: b, .. }) if a == b);
    go(route);
    if same_call {
        if let Some(detail) = gloo::utils::document().query_selector("[data-testid=detail]").ok().flatten() {
            detail.scroll_into_view();
        }
    } else {
        gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Saves `blob` as a file called `name` through a temporary `<a download>` and a `blob:` URL
/// (revoked a little later): nothing is sent anywhere.
fn download(blob: &Blob, name: &str) {
    let Ok(url) = Url::create_object_url_with_blob(blob) else { return };
    let document = gloo::utils::document();
    if let Some(a) = document.create_element("a").ok().and_then(|a| a.dyn_into::<HtmlAnchorElement>().ok()) {
        a.set_href(&url);
        a.set_download(name);
        a.set_hidden(true);
        let body = document.body();
        if let Some(body) = &body {
            let _ = body.append_child(&a);
        }
        a.click();
        a.remove();
    }
    Timeout::new(30_000, move || {
        let _ = Url::revoke_object_url(&url);
    })
    .forget();
}

/// plotters' SVG backend writes text at `font-size = size / 1.24` (the canvas backend at
/// `size`px); drawing at this scale gives an SVG with the proportions of the chart on screen.
const SVG_SCALE: f64 = 1.24;

/// The chart as an SVG document, the chart on screen at CSS size `size` scaled by [`SVG_SCALE`].
fn svg_of(data: &ChartData, (w, h): (u32, u32), theme: &Theme) -> String {
    let size = ((f64::from(w) * SVG_SCALE).round() as u32, (f64::from(h) * SVG_SCALE).round() as u32);
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, size).into_drawing_area();
        let _ = data.draw(&root, theme, SVG_SCALE);
        let _ = root.present();
    }
    svg
}

/// What the pointer is over.
#[derive(Clone, Debug, PartialEq)]
struct Hover {
    /// Pointer position in CSS pixels within the canvas.
    x: i32,
    y: i32,
    hit: Hit,
}

/// The tooltip's second line: "Jitter, average: 16 ms".
fn value_line(hit: &Hit) -> String {
    match hit.metric.and_then(|m| STREAM_METRICS.iter().find(|s| s.name == m)) {
        Some(metric) if !hit.label.starts_with(metric.label) => format!("{}: {}", metric.label, hit.value),
        _ => hit.value.clone(),
    }
}

#[derive(Properties, PartialEq)]
pub struct CanvasChartProps {
    pub data: ChartData,
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
    let dark = use_dark_mode();
    let hits = use_mut_ref(Vec::<Hit>::new);
    let hover = use_state_eq(|| None::<Hover>);
    let table_open = use_state_eq(|| false);
    let alt = use_memo(props.data.clone(), |data| data.text_alternative());
    let css_height = props.data.css_height(css_width);
    let theme = Theme::for_dark_mode(dark);

    {
        let (canvas, hits, hover) = (canvas.clone(), hits.clone(), hover.clone());
        use_effect_with((props.data.clone(), css_width, css_height, dpr, dark), move |(data, w, h, dpr, dark)| {
            if let (true, Some(el)) = (*w > 0, canvas.cast::<HtmlCanvasElement>()) {
                el.set_width((f64::from(*w) * dpr).round() as u32);
                el.set_height((f64::from(*h) * dpr).round() as u32);
                let drawn = CanvasBackend::with_canvas_object(el).and_then(|backend| {
                    let root = backend.into_drawing_area();
                    let result = data.draw(&root, &Theme::for_dark_mode(*dark), *dpr).ok();
                    let _ = root.present();
                    result
                });
                *hits.borrow_mut() = drawn.unwrap_or_default();
                hover.set(None);
            }
        });
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
                    if let Some(route) = route_of(&hit.target) {
                        open(&route);
                    }
                }
            }
        })
    };
    let onsvg = {
        let data = props.data.clone();
        Callback::from(move |_: MouseEvent| {
            let size = (css_width.max(320), css_height);
            let svg = svg_of(&data, size, &theme);
            let bag = BlobPropertyBag::new();
            bag.set_type("image/svg+xml");
            let parts = js_sys::Array::of1(&JsValue::from_str(&svg));
            if let Ok(blob) = Blob::new_with_str_sequence_and_options(&parts, &bag) {
                download(&blob, &format!("{}.svg", data.file_stem()));
            }
        })
    };
    let onpng = {
        let (data, canvas) = (props.data.clone(), canvas.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(el) = canvas.cast::<HtmlCanvasElement>() else { return };
            let name = format!("{}.png", data.file_stem());
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

    let clickable = hover.as_ref().is_some_and(|h| props.onpick.is_some() || route_of(&h.hit.target).is_some());
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
                <span class="tip-value">{ value_line(&h.hit) }</span>
                if !h.hit.detail.is_empty() { <span class="tip-detail">{ h.hit.detail.clone() }</span> }
            </div>
        }
    });
    let aria = format!("{}. {}", alt.caption, alt.summary);
    let rows = alt.rows.len();
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
                    <summary>{ "Show as table" }</summary>
                    if *table_open {
                        <p class="chart-summary">{ alt.summary.clone() }</p>
                        <div class="table-wrap">
                            <table>
                                <caption>{ alt.caption.clone() }</caption>
                                <thead><tr>{ for alt.columns.iter().map(|c| html! { <th scope="col">{ c.clone() }</th> }) }</tr></thead>
                                <tbody>
                                    { for alt.rows.iter().take(TABLE_ROWS).map(|row| html! {
                                        <tr>{ for row.iter().enumerate().map(|(i, cell)| if i == 0 {
                                            html! { <th scope="row">{ cell.clone() }</th> }
                                        } else {
                                            html! { <td>{ cell.clone() }</td> }
                                        }) }</tr>
                                    }) }
                                </tbody>
                            </table>
                        </div>
                        if rows > TABLE_ROWS {
                            <p class="chart-summary">{ format!("The first {TABLE_ROWS} of {rows} rows are shown.") }</p>
                        }
                    }
                </details>
                <span class="chart-save">
                    <button type="button" onclick={onsvg} aria-label={format!("Save “{}” as SVG", alt.caption)} data-testid="save-svg">{ "SVG" }</button>
                    <button type="button" onclick={onpng} aria-label={format!("Save “{}” as PNG", alt.caption)} data-testid="save-png">{ "PNG" }</button>
                </span>
            </figcaption>
        </figure>
    }
}

/// The charts of one call.
struct CallChartSet {
    timeline: Option<Rc<Timeline>>,
    metrics: Vec<Rc<MetricChart>>,
    /// Network events and device events, side by side.
    health: Vec<Rc<HealthChart>>,
    /// Endpoint sides with network or device info but none of the charted ratios.
    silent_sides: usize,
}

/// The health chart as two charts side by side, network events and device events, without the
/// endpoint sides that report none of the ratios: in a conference the servers' sides and the
/// video and sharing media report none, and one chart of every ratio of every side would be
/// dozens of panels of "not reported", thousands of pixels tall. Returns the charts and how
/// many sides were left out.
fn health_by_source(chart: HealthChart) -> (Vec<HealthChart>, usize) {
    let reports = |e: &&EndpointHealth| e.readings.iter().any(|r| r.value.is_some());
    let silent = chart.endpoints.len() - chart.endpoints.iter().filter(reports).count();
    let part = |source: HealthSource| {
        let keep: Vec<bool> = chart.rows.iter().map(|(s, _)| *s == source).collect();
        let endpoints: Vec<EndpointHealth> = chart
            .endpoints
            .iter()
            .filter(reports)
            .map(|e| {
                let readings = e.readings.iter().zip(&keep).filter(|(_, k)| **k).map(|(r, _)| r.clone()).collect();
                EndpointHealth { readings, ..e.clone() }
            })
            .collect();
        let rows = chart.rows.iter().filter(|(s, _)| *s == source).copied().collect();
        Some(HealthChart { record: chart.record.clone(), rows, endpoints }).filter(|c| !c.is_empty())
    };
    ([HealthSource::Network, HealthSource::Device].into_iter().filter_map(part).collect(), silent)
}

#[derive(Properties, PartialEq)]
pub struct CallChartsProps {
    pub id: AttrValue,
}

/// The charts of the call being viewed: its timeline, a chart per stream-metric group and the
/// network/device health of its endpoints. Computed once per call, dataset and rule set.
#[component]
pub fn CallCharts(props: &CallChartsProps) -> Html {
    let state = use_context::<StateHandle>().expect("state context");
    let derived = use_context::<DerivedHandle>().expect("derived context");
    let streams = state.dataset.record(&props.id).map_or(0, |r| r.streams().count());
    let open = use_state_eq(|| streams <= CALL_OPEN_STREAMS);
    let charts = {
        let (dataset, derived) = (state.dataset.clone(), derived.clone());
        use_memo((props.id.clone(), state.generation, state.rules.clone(), *open), move |(id, _, rules, open)| {
            if !*open {
                return None;
            }
            let index = dataset.records.iter().position(|r| r.id == **id)?;
            let (record, judgement) = (&dataset.records[index], derived.judgements.get(index)?);
            let timeline = Some(timeline(record, judgement)).filter(|t| !t.is_empty()).map(Rc::new);
            let metrics = stream_metric_charts(record, judgement, rules).into_iter().map(Rc::new).collect();
            let (health, silent_sides) = health_by_source(endpoint_health(record, &FindingLimits::default()));
            let health = health.into_iter().map(Rc::new).collect();
            Some(CallChartSet { timeline, metrics, health, silent_sides })
        })
    };
    if charts.as_ref().as_ref().is_some_and(|c| c.timeline.is_none() && c.metrics.is_empty() && c.health.is_empty())
        || streams == 0
    {
        return html! {};
    }
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |e: Event| open.set(e.target_unchecked_into::<HtmlDetailsElement>().open()))
    };
    html! {
        <section class="charts" aria-label="Charts" data-testid="call-charts">
            <details open={*open} {ontoggle}>
                <summary><h3>{ "Charts" }</h3><span class="charts-hint">{
                    if *open { "Hover for exact values; click a bar, span or row to open it.".to_string() }
                    else { format!("{streams} streams: open to draw them.") }
                }</span></summary>
                if let Some(charts) = charts.as_ref().as_ref() {
                    if let Some(t) = &charts.timeline {
                        <CanvasChart data={ChartData::Timeline(t.clone())} />
                    }
                    if !charts.metrics.is_empty() {
                        <div class="chart-grid">
                            { for charts.metrics.iter().map(|c| html! {
                                <CanvasChart key={c.group.title()} data={ChartData::Metric(c.clone())} />
                            }) }
                        </div>
                    }
                    if !charts.health.is_empty() {
                        <div class="chart-grid">
                            { for charts.health.iter().enumerate().map(|(i, h)| html! {
                                <CanvasChart key={i} data={ChartData::Health(h.clone())} />
                            }) }
                        </div>
                    }
                    if charts.silent_sides > 0 {
                        <p class="chart-note">{ format!(
                            "Network and device events leave out {} with network or device information but none of these ratios (see each media's details).",
                            if charts.silent_sides == 1 { "1 endpoint side".to_string() } else { format!("{} endpoint sides", charts.silent_sides) }
                        ) }</p>
                    }
                }
            </details>
        </section>
    }
}

/// The charts over every loaded call.
struct AcrossSet {
    distributions: Vec<Rc<Distribution>>,
    scatter: Rc<JitterLossScatter>,
}

/// Below the calls table, when two or more loaded records have streams: the distribution of
/// each audio metric and jitter against packet loss over all their streams.
#[component]
pub fn AcrossCallsCharts() -> Html {
    let state = use_context::<StateHandle>().expect("state context");
    let (calls, streams) = *use_memo(state.generation, {
        let dataset = state.dataset.clone();
        move |_| {
            let counts = dataset.records.iter().map(|r| r.streams().count()).filter(|n| *n > 0);
            counts.fold((0_usize, 0_usize), |(c, s), n| (c + 1, s + n))
        }
    });
    let open = use_state_eq(|| None::<bool>);
    if calls < 2 {
        return html! {};
    }
    let is_open = open.unwrap_or(streams <= ACROSS_OPEN_STREAMS);
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |e: Event| open.set(Some(e.target_unchecked_into::<HtmlDetailsElement>().open())))
    };
    html! {
        <section class="charts across" aria-label="Charts across calls" data-testid="across-charts">
            <details open={is_open} {ontoggle}>
                <summary>
                    <h3>{ "Charts across calls" }</h3>
                    <span class="charts-hint">{ format!("{calls} calls, {streams} streams. Hover for exact values; click a point or a bar to open its stream.") }</span>
                </summary>
                if is_open { <AcrossCallsBody /> }
            </details>
        </section>
    }
}

/// The streams of a clicked histogram bin.
#[derive(Clone, PartialEq)]
struct Picked {
    metric: Option<&'static str>,
    streams: Vec<StreamKey>,
}

#[component]
fn AcrossCallsBody() -> Html {
    let state = use_context::<StateHandle>().expect("state context");
    let derived = use_context::<DerivedHandle>().expect("derived context");
    let picked = use_state(|| None::<Picked>);
    let set = {
        let (dataset, derived) = (state.dataset.clone(), derived.clone());
        use_memo((state.generation, state.rules.clone()), move |(_, rules)| {
            let calls: Vec<JudgedCall<'_>> = dataset
                .records
                .iter()
                .zip(derived.judgements.iter())
                .filter(|(r, _)| r.streams().next().is_some())
                .collect();
            AcrossSet {
                distributions: audio_distributions(&calls, rules)
                    .into_iter()
                    .filter(|d| !d.is_empty())
                    .map(Rc::new)
                    .collect(),
                scatter: Rc::new(jitter_loss_scatter(&calls, rules)),
            }
        })
    };
    let onpick_for = |metric: Option<&'static str>| {
        let picked = picked.clone();
        Callback::from(move |target: Target| match target {
            Target::Streams(keys) if keys.len() > 1 => picked.set(Some(Picked { metric, streams: keys })),
            other => {
                if let Some(route) = route_of(&other) {
                    open(&route);
                }
            }
        })
    };
    let list = picked.as_ref().map(|p| {
        let metric = p.metric.and_then(|m| STREAM_METRICS.iter().find(|s| s.name == m));
        let close = {
            let picked = picked.clone();
            Callback::from(move |_: MouseEvent| picked.set(None))
        };
        let title = match metric {
            Some(m) => format!("{} streams in the clicked bar of “{}”", p.streams.len(), m.label),
            None => format!("{} streams in the clicked bar", p.streams.len()),
        };
        html! {
            <section class="picked-streams" aria-label="Streams in the clicked bar" data-testid="picked-streams">
                <h4>{ title }<button type="button" class="quiet" onclick={close}>{ "Close" }</button></h4>
                <ul>
                    { for p.streams.iter().take(TABLE_ROWS).map(|key| {
                        let record = state.dataset.record(&key.record);
                        let stream = record.and_then(|r| r.stream_at(key.path));
                        let when = record.and_then(|r| r.start).map(local_time).unwrap_or_else(|| key.record.clone());
                        let who = stream.map(|s| s.direction_label()).unwrap_or_else(|| "stream not found".into());
                        let value = match (metric, stream) {
                            (Some(m), Some(s)) => format!(" · {}", m.format(s.stream)),
                            _ => String::new(),
                        };
                        let route = stream_route(key);
                        let href = route.as_ref().map(|r| r.to_fragment()).unwrap_or_default();
                        // Opens at the top of the call, not at the overview's scroll position.
                        let onclick = Callback::from(move |e: MouseEvent| {
                            if let Some(route) = &route {
                                e.prevent_default();
                                open(route);
                            }
                        });
                        html! { <li><a {href} {onclick}>{ format!("{when} · {who}{value}") }</a></li> }
                    }) }
                </ul>
            </section>
        }
    });
    html! {
        <>
            <div class="chart-grid">
                { for set.distributions.iter().map(|d| html! {
                    <CanvasChart key={d.metric} data={ChartData::Distribution(d.clone())} onpick={onpick_for(Some(d.metric))} />
                }) }
            </div>
            <div class="picked-slot">{ list }</div>
            <CanvasChart data={ChartData::Scatter(set.scatter.clone())} onpick={onpick_for(None)} />
        </>
    }
}
