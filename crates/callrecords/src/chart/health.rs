//! Network and device event ratios per endpoint: for each side (caller, callee) of each
//! segment's media, the "fraction of the call" ratios of its networkInfo (delay, low bandwidth,
//! poor received/sent quality) and deviceInfo (microphone/speaker not functioning, glitches,
//! clipping, low speech level, CPU insufficient…) as compact horizontal bars on a shared %
//! axis, with the limit the findings use drawn as a dashed line on each row: ≥ 0.5 % for the
//! not-functioning ratios (published, Call Analytics), the viewer's own ≥ 5 % for the others
//! (none is published). See `limits` for the sources.

use super::geometry::{fit_label, fit_text, nice_axis, sanitize_scale, to_px, Linear, NiceAxis, PixelRect};
use super::hit::{offset_hits, Hit, Side, Target};
use super::paint::{DrawResult, Painter, Swatch, TextSpec, LABEL_PX, TICK_PX};
use super::text::TextAlternative;
use super::theme::Theme;
use super::worst::{against, keep_worst, MAX_SIDES};
use crate::judge::FindingLimits;
use crate::judge::{endpoint_limit, measured, Limit};
use crate::model::identity::Names;
use crate::model::metrics::{format_value, Metric, Unit, DEVICE_METRICS, NETWORK_METRICS};
use crate::model::record::{CallRecord, DeviceInfo, Media, NetworkInfo, Segment};
use crate::t;
use plotters::coord::Shift;
use plotters::drawing::DrawingArea;
use plotters::prelude::DrawingBackend;
use plotters::style::text_anchor::{HPos, VPos};

/// Whether a ratio comes from networkInfo or deviceInfo.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum HealthSource {
    Network,
    Device,
}

/// One ratio of one endpoint.
#[derive(Clone, Debug, PartialEq)]
pub struct RatioReading {
    pub source: HealthSource,
    pub metric: &'static str,
    /// "Microphone not functioning".
    pub label: &'static str,
    /// 0–1 as sent; `None` when not reported.
    pub value: Option<f64>,
    /// In percent.
    pub display: Option<f64>,
    /// "0.27 %", "not reported".
    pub text: String,
    pub limit: Option<Limit>,
    /// Reported and at or over the limit.
    pub over_limit: bool,
}

/// One side of one segment's media.
#[derive(Clone, Debug, PartialEq)]
pub struct EndpointHealth {
    /// "Abbie Wilkins (caller) · main-audio".
    pub who: String,
    pub side: Side,
    pub session: usize,
    pub segment: usize,
    pub media: usize,
    /// One per row of the chart ([`HealthChart::rows`]), `value: None` where not reported.
    pub readings: Vec<RatioReading>,
}

/// The network and device chart of one call.
#[derive(Clone, Debug, PartialEq)]
pub struct HealthChart {
    pub record: String,
    /// The metrics shown (reported by at least one endpoint), in catalogue order.
    pub rows: Vec<(HealthSource, &'static str)>,
    /// The endpoint sides drawn: after [`HealthChart::by_source`], at most [`MAX_SIDES`], the
    /// worst (`worst.rs`), in the call's order.
    pub endpoints: Vec<EndpointHealth>,
    /// Endpoint sides that report these events but are not drawn (a big call).
    pub left_out: usize,
}

/// The ratio metrics of the catalogue (network first).
fn ratio_metrics() -> impl Iterator<Item = (HealthSource, &'static str, &'static str)> {
    let network =
        NETWORK_METRICS.iter().filter(|m| m.unit == Unit::Ratio).map(|m| (HealthSource::Network, m.name, m.label));
    let device =
        DEVICE_METRICS.iter().filter(|m| m.unit == Unit::Ratio).map(|m| (HealthSource::Device, m.name, m.label));
    network.chain(device)
}

fn read<T>(metrics: &[Metric<T>], name: &str, item: Option<&T>) -> Option<f64> {
    measured(metrics.iter().find(|m| m.name == name).and_then(|m| item.and_then(|i| m.value(i))))
}

/// The network/device ratios of every endpoint of `record` that has network or device info,
/// with the limits of `limits` (normally `FindingLimits::default()`, as the findings use).
pub fn endpoint_health(record: &CallRecord, limits: &FindingLimits) -> HealthChart {
    let mut sides = Vec::new();
    let names = record.names();
    for (si, session) in record.sessions.iter().enumerate() {
        for (gi, segment) in session.segments.iter().enumerate() {
            for (mi, media) in segment.media.iter().enumerate() {
                for side in [Side::Caller, Side::Callee] {
                    let (network, device) = side_info(media, side);
                    if network.is_some() || device.is_some() {
                        let who = endpoint_name(segment, media, side, session.segments.len() > 1, gi, &names);
                        sides.push((who, side, (si, gi, mi), network, device));
                    }
                }
            }
        }
    }
    let value = |source, name: &str, network: Option<&NetworkInfo>, device: Option<&DeviceInfo>| match source {
        HealthSource::Network => read(NETWORK_METRICS, name, network),
        HealthSource::Device => read(DEVICE_METRICS, name, device),
    };
    let rows: Vec<(HealthSource, &'static str, &'static str)> = ratio_metrics()
        .filter(|(src, name, _)| sides.iter().any(|(_, _, _, n, d)| value(*src, name, *n, *d).is_some()))
        .collect();
    // One limit per metric (its words are written once, not once per endpoint side).
    let row_limits: Vec<Option<Limit>> = rows.iter().map(|(_, name, _)| endpoint_limit(name, limits)).collect();
    let endpoints = sides
        .into_iter()
        .map(|(who, side, (session, segment, media), network, device)| EndpointHealth {
            who,
            side,
            session,
            segment,
            media,
            readings: rows
                .iter()
                .zip(&row_limits)
                .map(|((src, name, label), limit)| {
                    reading(*src, name, label, value(*src, name, network, device), limit.clone())
                })
                .collect(),
        })
        .collect();
    HealthChart {
        record: record.id.clone(),
        rows: rows.iter().map(|(s, n, _)| (*s, *n)).collect(),
        endpoints,
        left_out: 0,
    }
}

fn side_info(media: &Media, side: Side) -> (Option<&NetworkInfo>, Option<&DeviceInfo>) {
    match side {
        Side::Caller => (media.caller_network.as_ref(), media.caller_device.as_ref()),
        Side::Callee => (media.callee_network.as_ref(), media.callee_device.as_ref()),
    }
}

/// Where a limit comes from, in the current language.
fn source_text(limit: &Limit) -> String {
    if limit.source == crate::judge::VIEWER_EVENT_LIMIT {
        t!("chart-viewer-limit")
    } else {
        limit.source.clone()
    }
}

/// A reading's measure in the current language ("Delay events").
fn shown_label(r: &RatioReading) -> String {
    crate::i18n::lookup(&format!("metric-{}", r.metric), &[]).unwrap_or_else(|| r.label.to_string())
}

fn endpoint_name(
    segment: &Segment,
    media: &Media,
    side: Side,
    several_segments: bool,
    gi: usize,
    names: &Names,
) -> String {
    let endpoint = match side {
        Side::Caller => segment.caller.as_ref(),
        Side::Callee => segment.callee.as_ref(),
    };
    let name = endpoint.map_or_else(|| t!("unknown-endpoint"), |e| e.display_name_in(names));
    let media_label = media.label.as_deref().map_or_else(|| t!("media-unknown"), str::to_string);
    let who = format!("{name} ({}) · {media_label}", side.label());
    if several_segments {
        t!("chart-endpoint-segment", who = who, segment = gi + 1)
    } else {
        who
    }
}

fn reading(
    source: HealthSource,
    metric: &'static str,
    label: &'static str,
    value: Option<f64>,
    limit: Option<Limit>,
) -> RatioReading {
    let over_limit = matches!((&limit, value), (Some(l), Some(v)) if l.breaks(v));
    RatioReading {
        source,
        metric,
        label,
        value,
        display: value.map(|v| Unit::Ratio.display_value(v)),
        text: format_value(value, Unit::Ratio),
        limit,
        over_limit,
    }
}

/// Sizes in CSS pixels.
const ROW: f64 = 15.0;
const PANEL_HEADER: f64 = 20.0;
const HEADER: f64 = 8.0 + 18.0 + 16.0 + 4.0;
const FOOTER: f64 = 22.0 + 8.0;

impl HealthChart {
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty() || self.endpoints.is_empty()
    }

    /// The chart as two charts side by side, network events and device events, without the
    /// endpoint sides that report none of the ratios: in a conference the servers' sides and
    /// the video and sharing media report none, and one chart of every ratio of every side
    /// would be dozens of panels of "not reported", thousands of pixels tall. Returns the
    /// charts that are not empty and how many sides were left out.
    pub fn by_source(&self) -> (Vec<HealthChart>, usize) {
        let reports = |e: &&EndpointHealth| e.readings.iter().any(|r| r.value.is_some());
        let silent = self.endpoints.len() - self.endpoints.iter().filter(reports).count();
        let part = |source: HealthSource| {
            let keep: Vec<bool> = self.rows.iter().map(|(s, _)| *s == source).collect();
            fn of<'e>(e: &'e EndpointHealth, keep: &'e [bool]) -> impl Iterator<Item = &'e RatioReading> + 'e {
                e.readings.iter().zip(keep).filter(|(_, k)| **k).map(|(r, _)| r)
            }
            // Most readings over their limit first, then the reading furthest past its limit;
            // only the endpoints kept are copied.
            let reporting: Vec<&EndpointHealth> = self.endpoints.iter().filter(reports).collect();
            let (kept, left_out) = keep_worst(reporting, MAX_SIDES, |e| {
                let over = of(e, &keep).filter(|r| r.over_limit).count();
                let worst = of(e, &keep).map(|r| against(r.value, r.limit.as_ref())).fold(f64::NEG_INFINITY, f64::max);
                (over, worst)
            });
            let endpoints = kept
                .into_iter()
                .map(|e| EndpointHealth { readings: of(e, &keep).cloned().collect(), ..e.clone() })
                .collect();
            let rows = self.rows.iter().filter(|(s, _)| *s == source).copied().collect();
            Some(HealthChart { record: self.record.clone(), rows, endpoints, left_out }).filter(|c| !c.is_empty())
        };
        ([HealthSource::Network, HealthSource::Device].into_iter().filter_map(part).collect(), silent)
    }

    /// "Network events", "Device events" or "Network and device events", by the rows shown
    /// (a page may chart the two sources apart).
    pub fn title(&self) -> String {
        let title = t!("chart-health-title", events = self.events());
        match self.left_out {
            0 => title,
            n => t!("chart-worst-sides", title = title, shown = self.endpoints.len(), count = self.endpoints.len() + n),
        }
    }

    /// Which events the rows shown are: `network`, `device` or `both`.
    fn events(&self) -> &'static str {
        let has = |source| self.rows.iter().any(|(s, _)| *s == source);
        match (has(HealthSource::Network), has(HealthSource::Device)) {
            (true, false) => "network",
            (false, true) => "device",
            _ => "both",
        }
    }

    /// The height (device pixels) at which every row gets its full height.
    pub fn preferred_height(&self, scale: f64) -> u32 {
        let body = self.endpoints.len() as f64 * (PANEL_HEADER + ROW * self.rows.len() as f64);
        to_px((HEADER + body.max(40.0) + FOOTER) * sanitize_scale(scale)).max(1) as u32
    }

    /// The chart as a table: endpoint, measure, value, limit.
    pub fn text_alternative(&self) -> TextAlternative {
        let caption = t!("chart-health-caption", events = self.events());
        let caption = match self.left_out {
            0 => caption,
            n => {
                t!("chart-worst-sides", title = caption, shown = self.endpoints.len(), count = self.endpoints.len() + n)
            }
        };
        let columns = vec![
            t!("chart-col-endpoint"),
            t!("chart-col-measure"),
            t!("chart-col-value"),
            t!("chart-col-limit"),
            t!("chart-col-assessment"),
        ];
        let mut table = TextAlternative::new(caption, columns);
        for e in &self.endpoints {
            for r in &e.readings {
                let assessment = match (r.value, r.over_limit, &r.limit) {
                    (None, _, _) => crate::model::metrics::not_reported(),
                    (Some(_), true, _) => t!("chart-at-or-over-the-limit"),
                    (Some(_), false, Some(_)) => t!("chart-within-the-limit-plain"),
                    (Some(_), false, None) => t!("chart-no-published-limit"),
                };
                let limit =
                    r.limit.as_ref().map(|l| format!("{} ({})", l.text, source_text(l))).unwrap_or_else(|| t!("none"));
                table.rows.push(vec![e.who.clone(), shown_label(r), r.text.clone(), limit, assessment]);
            }
        }
        let over: Vec<String> = self
            .endpoints
            .iter()
            .flat_map(|e| {
                e.readings
                    .iter()
                    .filter(|r| r.over_limit)
                    .map(move |r| format!("{}: {} {}", e.who, shown_label(r).to_lowercase(), r.text))
            })
            .collect();
        table.summary = if self.is_empty() {
            t!("chart-health-none")
        } else if over.is_empty() {
            t!("chart-health-summary-within", endpoints = self.endpoints.len())
        } else {
            t!("chart-health-summary-over", endpoints = self.endpoints.len(), over = over.join("; "))
        };
        table
    }

    /// Where everything goes in an area of `size` device pixels at `scale`.
    pub fn layout(&self, size: (u32, u32), scale: f64) -> HealthLayout {
        HealthLayout::new(self, size, sanitize_scale(scale))
    }

    /// Hover/click regions (area-relative): one per endpoint row.
    pub fn hits(&self, size: (u32, u32), scale: f64) -> Vec<Hit> {
        let layout = self.layout(size, scale);
        if !layout.drawable || self.is_empty() {
            return Vec::new();
        }
        let mut hits = Vec::new();
        for (e, panel) in self.endpoints.iter().zip(&layout.panels) {
            for (r, row) in e.readings.iter().zip(&panel.rows) {
                let detail = match &r.limit {
                    Some(l) if r.over_limit => {
                        t!("chart-at-or-over-limit-of", limit = l.text.as_str(), source = source_text(l))
                    }
                    Some(l) => format!("{} ({})", l.text, source_text(l)),
                    None => t!("chart-no-published-limit"),
                };
                hits.push(Hit {
                    rect: row.row,
                    target: Target::Endpoint {
                        record: self.record.clone(),
                        session: e.session,
                        segment: e.segment,
                        media: e.media,
                        side: e.side,
                    },
                    metric: Some(r.metric),
                    label: format!("{} — {}", e.who, shown_label(r)),
                    value: r.text.clone(),
                    detail,
                    verdict: None,
                });
            }
        }
        hits
    }
}

/// Pixel positions of one reading.
#[derive(Clone, Debug, PartialEq)]
pub struct RatioRowLayout {
    /// The whole row, label included (the hover region).
    pub row: PixelRect,
    /// The bar (zero width at 0 %; the "not reported" box when not reported).
    pub bar: PixelRect,
}

/// Pixel positions of one endpoint's panel.
#[derive(Clone, Debug, PartialEq)]
pub struct PanelLayout {
    /// The y of the endpoint's name.
    pub header_y: i32,
    pub rows: Vec<RatioRowLayout>,
}

/// The geometry of a drawn [`HealthChart`].
#[derive(Clone, Debug, PartialEq)]
pub struct HealthLayout {
    pub drawable: bool,
    pub scale: f64,
    /// x from 0 % to the axis maximum; y over all panels.
    pub plot: PixelRect,
    /// In percent.
    pub axis: NiceAxis,
    pub panels: Vec<PanelLayout>,
}

impl HealthLayout {
    fn new(chart: &HealthChart, (w, h): (u32, u32), s: f64) -> HealthLayout {
        let (w, h) = (f64::from(w), f64::from(h));
        let margin = 8.0 * s;
        let label_w = (w * 0.35).min(190.0 * s);
        let (x0, x1) = (margin + label_w, w - margin - 40.0 * s);
        let top = HEADER * s;
        let wanted = chart.endpoints.len() as f64 * (PANEL_HEADER + ROW * chart.rows.len() as f64) * s;
        let room = h - top - FOOTER * s;
        let shrink = if wanted > room && wanted > 0.0 { (room / wanted).max(0.0) } else { 1.0 };
        let data_max = chart
            .endpoints
            .iter()
            .flat_map(|e| e.readings.iter().flat_map(|r| [r.display, r.limit.as_ref().map(Limit::display)]))
            .flatten()
            .fold(0.0_f64, f64::max);
        let axis = nice_axis(data_max, 5);
        let x = Linear { d0: 0.0, d1: axis.max, p0: x0, p1: x1 };
        let mut y = top;
        let mut panels = Vec::new();
        for e in &chart.endpoints {
            let header_y = to_px(y + PANEL_HEADER * s * shrink / 2.0);
            y += PANEL_HEADER * s * shrink;
            let rows = e
                .readings
                .iter()
                .map(|r| {
                    let (r0, r1) = (y, y + ROW * s * shrink);
                    y = r1;
                    let pad = if r.value.is_some() { (r1 - r0) * 0.2 } else { 1.0 };
                    let end = match r.display {
                        Some(v) => x.map_clamped(v.max(0.0)),
                        None => x0 + (x1 - x0).min(80.0 * s),
                    };
                    RatioRowLayout {
                        row: PixelRect::from_f64(margin, r0, x1, r1),
                        bar: PixelRect::from_f64(x0, r0 + pad, end, r1 - pad),
                    }
                })
                .collect();
            panels.push(PanelLayout { header_y, rows });
        }
        let plot = PixelRect::from_f64(x0, top, x1, y.max(top + 1.0));
        let drawable = plot.width() >= to_px(30.0 * s) && shrink * ROW * s >= 4.0;
        HealthLayout { drawable, scale: s, plot, axis, panels }
    }

    /// The x pixel of a percentage.
    pub fn percent_x(&self, percent: f64) -> f64 {
        Linear { d0: 0.0, d1: self.axis.max, p0: f64::from(self.plot.x0), p1: f64::from(self.plot.x1) }.map(percent)
    }
}

/// Draws `chart` into `area`; returns hover/click regions in backend pixels. Use
/// [`HealthChart::preferred_height`] for the canvas height.
pub fn draw_endpoint_health<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &HealthChart,
    theme: &Theme,
    scale: f64,
) -> DrawResult<Vec<Hit>, DB> {
    let layout = chart.layout(area.dim_in_pixel(), scale);
    let p = Painter::new(area, theme, layout.scale);
    if !p.frame(&chart.title(), chart.is_empty().then_some(t!("chart-health-no-data").as_str()), layout.drawable)? {
        return Ok(Vec::new());
    }
    draw_health_legend(&p, chart)?;
    draw_percent_axis(&p, &layout)?;
    for (e, panel) in chart.endpoints.iter().zip(&layout.panels) {
        let spec = TextSpec::new(LABEL_PX, theme.text).bold();
        let room = f64::from(layout.plot.x1) - p.px(8.0);
        p.text(&fit_label(&e.who, room, p.px(LABEL_PX)), (to_px(p.px(8.0)), panel.header_y), spec)?;
        for (r, row) in e.readings.iter().zip(&panel.rows) {
            draw_ratio_row(&p, r, row, &layout)?;
        }
    }
    Ok(offset_hits(chart.hits(area.dim_in_pixel(), scale), area.get_base_pixel()))
}

fn draw_health_legend<DB: DrawingBackend>(p: &Painter<'_, DB>, chart: &HealthChart) -> DrawResult<(), DB> {
    let y = to_px(p.px(8.0 + 18.0 + 8.0));
    let readings = || chart.endpoints.iter().flat_map(|e| &e.readings);
    let mut x = to_px(p.px(8.0));
    if readings().any(|r| r.over_limit) {
        x = p.legend_item(x, y, Swatch::Hatched(p.theme.poor), &t!("chart-at-or-over-limit"))?;
    }
    if readings().any(|r| r.value.is_some() && r.limit.is_some() && !r.over_limit) {
        x = p.legend_item(x, y, Swatch::Fill(p.theme.good), &t!("chart-within-limit"))?;
    }
    if readings().any(|r| r.value.is_some() && r.limit.is_none()) {
        x = p.legend_item(x, y, Swatch::Fill(p.theme.not_judged), &t!("chart-no-published-limit"))?;
    }
    if readings().any(|r| r.value.is_none()) {
        x = p.legend_item(x, y, Swatch::Dashed(p.theme.muted), &crate::model::metrics::not_reported())?;
    }
    if readings().any(|r| r.limit.is_some()) {
        p.legend_line(x, y, p.theme.threshold, true, &t!("chart-limit-findings"))?;
    }
    Ok(())
}

fn draw_percent_axis<DB: DrawingBackend>(p: &Painter<'_, DB>, layout: &HealthLayout) -> DrawResult<(), DB> {
    let plot = layout.plot;
    for tick in layout.axis.ticks() {
        let x = to_px(layout.percent_x(tick));
        p.line((x, plot.y0), (x, plot.y1), p.theme.grid, 1.0)?;
        let spec = TextSpec::new(TICK_PX, p.theme.text).anchor(HPos::Center, VPos::Top);
        p.text(&layout.axis.tick_text(tick), (x, plot.y1 + to_px(p.px(4.0))), spec)?;
    }
    p.line((plot.x0, plot.y0), (plot.x0, plot.y1), p.theme.axis, 1.0)?;
    let spec = TextSpec::new(TICK_PX, p.theme.muted).anchor(HPos::Right, VPos::Top);
    p.text(&t!("chart-percent-of-call"), (plot.x1, plot.y1 + to_px(p.px(17.0))), spec)
}

fn draw_ratio_row<DB: DrawingBackend>(
    p: &Painter<'_, DB>,
    r: &RatioReading,
    row: &RatioRowLayout,
    layout: &HealthLayout,
) -> DrawResult<(), DB> {
    let y = to_px(row.row.center().1);
    let label_x = row.row.x0 + to_px(p.px(10.0));
    let room = f64::from(layout.plot.x0 - label_x) - p.px(6.0);
    p.text(&fit_text(&shown_label(r), room, p.px(TICK_PX)), (label_x, y), TextSpec::new(TICK_PX, p.theme.text))?;
    let Some(_) = r.value else {
        return p.not_reported(row.bar);
    };
    let colour = match (&r.limit, r.over_limit) {
        (_, true) => p.theme.poor,
        (Some(_), false) => p.theme.good,
        (None, false) => p.theme.not_judged,
    };
    let bar = PixelRect { x1: row.bar.x1.max(row.bar.x0 + 1), ..row.bar };
    p.fill(bar, colour)?;
    if r.over_limit {
        p.hatch(bar)?;
        p.text(
            "!",
            (bar.x1 + to_px(p.px(3.0)), y),
            TextSpec::new(LABEL_PX + 1.0, p.theme.text).anchor(HPos::Left, VPos::Center).bold(),
        )?;
    }
    let mut value_x = bar.x1 + to_px(p.px(if r.over_limit { 12.0 } else { 4.0 }));
    if let Some(limit) = &r.limit {
        let x = to_px(layout.percent_x(limit.display()));
        p.dashed((x, row.row.y0), (x, row.row.y1), p.theme.threshold, 1.5)?;
        // The value's words go after the limit line when the line would cross them.
        let words = super::geometry::text_width(&r.text, p.px(TICK_PX));
        if f64::from(x) >= f64::from(value_x) - p.px(3.0) && f64::from(x) <= f64::from(value_x) + words {
            value_x = x + to_px(p.px(4.0));
        }
    }
    p.text(&r.text, (value_x, y), TextSpec::new(TICK_PX, p.theme.muted))?;
    Ok(())
}
