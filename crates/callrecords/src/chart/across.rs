//! Charts across calls: the distribution of each audio metric over every audio stream of the
//! loaded records (a histogram, with the part that breaks the limit stacked at the bottom and
//! hatched, and the limit as a dashed vertical line), and jitter against packet loss for every
//! stream that reports both (poor streams drawn as ✖, good as filled dots, others as rings).
//! Every bin and point knows its streams (record id + [`StreamPath`](crate::model::record::StreamPath)),
//! so a click can open them.

use super::geometry::{count_axis, fit_text, nice_axis, sanitize_scale, to_px, xy_plot, Linear, NiceAxis, PixelRect};
use super::hit::{offset_hits, Hit, StreamKey, Target};
use super::paint::{DrawResult, Painter, Swatch, TextSpec, LABEL_PX, TICK_PX};
use super::streams::axis_title;
use super::text::{TextAlternative, SHOWN_ROWS};
use super::theme::Theme;
use crate::judge::Limit;
use crate::judge::{MediaKind, RecordJudgement, RuleSetKind, Verdict};
use crate::model::metrics::{format_value, Unit};
use crate::model::record::CallRecord;
use crate::t;
use plotters::coord::Shift;
use plotters::drawing::DrawingArea;
use plotters::prelude::DrawingBackend;
use plotters::style::text_anchor::{HPos, VPos};
use rustc_hash::FxHashMap;
use std::rc::Rc;

/// A call and its judgement.
pub type JudgedCall<'a> = (&'a CallRecord, &'a RecordJudgement);

/// The audio metrics whose distribution is drawn.
pub const DISTRIBUTION_METRICS: [&str; 5] = [
    "averageJitter",
    "averagePacketLossRate",
    "averageRoundTripTime",
    "averageAudioDegradation",
    "averageRatioOfConcealedSamples",
];

/// One histogram bin, `[lo, hi)` in display units (the last bin includes `hi`).
#[derive(Clone, Debug, PartialEq)]
pub struct HistogramBin {
    pub lo: f64,
    pub hi: f64,
    /// Shared with the bin's hit (what a click lists): a bin of a big export holds a million.
    pub streams: Rc<[StreamKey]>,
    /// How many of them the judgement found poor on this metric.
    pub poor: usize,
}

/// The distribution of one audio metric over all audio streams.
#[derive(Clone, Debug, PartialEq)]
pub struct Distribution {
    pub metric: &'static str,
    /// Catalogue label: "Jitter, average".
    pub label: &'static str,
    pub unit: Unit,
    /// "Jitter, average (ms)".
    pub axis_title: String,
    pub bins: Vec<HistogramBin>,
    /// The limit for audio under the rule set.
    pub limit: Option<Limit>,
    pub rules: RuleSetKind,
    /// Audio streams with a value (in the bins) and without.
    pub reported: usize,
    pub not_reported: usize,
}

/// A stream in the scatter plot.
#[derive(Clone, Debug, PartialEq)]
pub struct ScatterPoint {
    pub key: StreamKey,
    /// "Owen Franklin → Conferencing server · audio".
    pub label: String,
    pub kind: MediaKind,
    /// Average jitter, ms.
    pub jitter_ms: f64,
    /// Average packet loss, %.
    pub loss_percent: f64,
    pub verdict: Option<Verdict>,
}

impl ScatterPoint {
    /// "45 ms".
    pub fn jitter_text(&self) -> String {
        format_value(Some(self.jitter_ms), Unit::Ms)
    }

    /// "2 %".
    pub fn loss_text(&self) -> String {
        format_value(Some(self.loss_percent / 100.0), Unit::Ratio)
    }
}

/// Average jitter against average packet loss for every stream reporting both.
#[derive(Clone, Debug, PartialEq)]
pub struct JitterLossScatter {
    pub points: Vec<ScatterPoint>,
    /// The audio limits of the rule set (the lines drawn).
    pub jitter_limit: Option<Limit>,
    pub loss_limit: Option<Limit>,
    pub rules: RuleSetKind,
    /// Streams lacking jitter or loss, not plotted.
    pub not_plotted: usize,
}

/// About 10 equal bins from 0 (or the smallest value, if negative) to a round maximum that
/// covers the values and the limit.
pub(super) fn bin(values: Vec<(StreamKey, f64, bool)>, limit: Option<&Limit>) -> Vec<HistogramBin> {
    if values.is_empty() {
        return Vec::new();
    }
    let max = values.iter().map(|v| v.1).chain(limit.map(Limit::display)).fold(0.0_f64, f64::max);
    let axis = nice_axis(max, 10);
    let count = ((axis.max / axis.step).round() as usize).clamp(1, 50);
    let mut streams: Vec<Vec<StreamKey>> = vec![Vec::new(); count];
    let mut poor = vec![0; count];
    for (key, v, is_poor) in values {
        let i = ((v / axis.step).floor().max(0.0) as usize).min(count - 1);
        streams[i].push(key);
        poor[i] += usize::from(is_poor);
    }
    streams
        .into_iter()
        .zip(poor)
        .enumerate()
        .map(|(i, (streams, poor))| HistogramBin {
            lo: i as f64 * axis.step,
            hi: (i + 1) as f64 * axis.step,
            streams: streams.into(),
            poor,
        })
        .collect()
}

/// Plot-area geometry shared by the histogram and the scatter plot.
#[derive(Clone, Debug, PartialEq)]
pub struct XyLayout {
    pub drawable: bool,
    pub scale: f64,
    pub plot: PixelRect,
    pub x_axis: NiceAxis,
    pub y_axis: NiceAxis,
}

impl XyLayout {
    fn new((w, h): (u32, u32), s: f64, x_axis: NiceAxis, y_axis: NiceAxis) -> XyLayout {
        let (plot, drawable) = xy_plot((w, h), s);
        XyLayout { drawable, scale: s, plot, x_axis, y_axis }
    }

    pub fn x(&self, v: f64) -> f64 {
        Linear { d0: 0.0, d1: self.x_axis.max, p0: f64::from(self.plot.x0), p1: f64::from(self.plot.x1) }.map(v)
    }

    pub fn y(&self, v: f64) -> f64 {
        Linear { d0: 0.0, d1: self.y_axis.max, p0: f64::from(self.plot.y1), p1: f64::from(self.plot.y0) }.map(v)
    }
}

impl Distribution {
    /// The title drawn on the chart: "Jitter, average · all calls · CQD, current (2022–)".
    pub fn title(&self) -> String {
        t!("chart-distribution-title", metric = self.shown_label(), rules = self.rules.name())
    }

    pub fn is_empty(&self) -> bool {
        self.bins.is_empty()
    }

    /// The metric's label in the current language ("Jitter, average").
    pub fn shown_label(&self) -> String {
        crate::i18n::lookup(&format!("metric-{}", self.metric), &[]).unwrap_or_else(|| self.label.to_string())
    }

    /// "Jitter, average: distribution over audio streams (CQD current rules)".
    pub fn caption(&self) -> String {
        t!("chart-distribution-caption", metric = self.shown_label(), rules = self.rules.name())
    }

    pub fn text_alternative(&self) -> TextAlternative {
        let columns =
            vec![t!("chart-col-from"), t!("chart-col-to"), t!("chart-col-streams"), t!("chart-col-breaking-limit")];
        let mut table = TextAlternative::new(self.caption(), columns);
        for b in &self.bins {
            table.rows.push(vec![
                self.value_text(b.lo),
                self.value_text(b.hi),
                b.streams.len().to_string(),
                b.poor.to_string(),
            ]);
        }
        let poor: usize = self.bins.iter().map(|b| b.poor).sum();
        table.summary = match &self.limit {
            Some(l) => t!(
                "chart-distribution-summary",
                reported = self.reported,
                limit = l.text.as_str(),
                poor = poor,
                missing = self.not_reported
            ),
            None => t!(
                "chart-distribution-summary-no-limit",
                reported = self.reported,
                poor = poor,
                missing = self.not_reported
            ),
        };
        table
    }

    fn value_text(&self, display: f64) -> String {
        let raw = if self.unit == Unit::Ratio { display / 100.0 } else { display };
        format_value(Some(raw), self.unit)
    }

    fn x_axis(&self) -> NiceAxis {
        match (self.bins.first(), self.bins.last()) {
            (Some(first), Some(last)) => {
                let width = first.hi - first.lo;
                let per_tick = (self.bins.len() as f64 / 6.0).ceil().max(1.0);
                NiceAxis { max: last.hi, step: width * per_tick }
            }
            _ => nice_axis(1.0, 5),
        }
    }

    pub fn layout(&self, size: (u32, u32), scale: f64) -> XyLayout {
        let max_count = self.bins.iter().map(|b| b.streams.len()).max().unwrap_or(0);
        XyLayout::new(size, sanitize_scale(scale), self.x_axis(), count_axis(max_count))
    }

    /// Hover/click regions (area-relative): one per non-empty bin, the full plot height.
    pub fn hits(&self, size: (u32, u32), scale: f64) -> Vec<Hit> {
        let layout = self.layout(size, scale);
        if !layout.drawable {
            return Vec::new();
        }
        self.bins
            .iter()
            .filter(|b| !b.streams.is_empty())
            .map(|b| Hit {
                rect: PixelRect::from_f64(
                    layout.x(b.lo),
                    f64::from(layout.plot.y0),
                    layout.x(b.hi),
                    f64::from(layout.plot.y1),
                ),
                target: Target::Streams(b.streams.clone()),
                metric: Some(self.metric),
                label: t!(
                    "chart-bin-label",
                    metric = self.shown_label(),
                    from = self.value_text(b.lo),
                    to = self.value_text(b.hi)
                ),
                value: t!("chart-count-streams", streams = b.streams.len()),
                detail: t!("chart-bin-breaking", poor = b.poor),
                verdict: None,
            })
            .collect()
    }
}

/// Draws the histogram of `dist`; returns one hover/click region per non-empty bin.
pub fn draw_distribution<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    dist: &Distribution,
    theme: &Theme,
    scale: f64,
) -> DrawResult<Vec<Hit>, DB> {
    let layout = dist.layout(area.dim_in_pixel(), scale);
    let p = Painter::new(area, theme, layout.scale);
    if !p.frame(
        &dist.title(),
        dist.is_empty()
            .then_some(t!("chart-distribution-no-data", metric = dist.shown_label().to_lowercase()).as_str()),
        layout.drawable,
    )? {
        return Ok(Vec::new());
    }
    let y = to_px(p.px(8.0 + 18.0 + 8.0));
    let mut x = to_px(p.px(8.0));
    if dist.bins.iter().any(|b| b.poor > 0) {
        x = p.legend_item(x, y, Swatch::Hatched(theme.poor), &t!("chart-breaks-limit"))?;
    }
    x = p.legend_item(x, y, Swatch::Fill(theme.not_judged), &t!("chart-other-streams"))?;
    if dist.limit.is_some() {
        x = p.legend_line(x, y, theme.threshold, true, &t!("chart-legend-limit"))?;
    }
    if dist.not_reported > 0 {
        let words = t!("chart-count-not-reported", count = dist.not_reported);
        p.text(&words, (x, y), TextSpec::new(TICK_PX, theme.muted))?;
    }
    let axis_title = axis_title(&dist.shown_label(), dist.unit);
    draw_axes(&p, &layout, &axis_title, &t!("chart-axis-streams"))?;
    for b in &dist.bins {
        draw_bin(&p, b, &layout)?;
    }
    if let Some(limit) = &dist.limit {
        draw_vertical_limit(&p, &layout, limit, true)?;
    }
    Ok(offset_hits(dist.hits(area.dim_in_pixel(), scale), area.get_base_pixel()))
}

fn draw_bin<DB: DrawingBackend>(p: &Painter<'_, DB>, b: &HistogramBin, layout: &XyLayout) -> DrawResult<(), DB> {
    if b.streams.is_empty() {
        return Ok(());
    }
    let gap = p.px(1.0);
    let (x0, x1) = (layout.x(b.lo) + gap, layout.x(b.hi) - gap);
    let base = layout.y(0.0);
    let poor_top = layout.y(b.poor as f64);
    let top = layout.y(b.streams.len() as f64);
    if b.poor < b.streams.len() {
        p.fill(PixelRect::from_f64(x0, top, x1, poor_top), p.theme.not_judged)?;
    }
    if b.poor > 0 {
        let rect = PixelRect::from_f64(x0, poor_top, x1, base);
        p.fill(rect, p.theme.poor)?;
        p.hatch(rect)?;
        p.poor_mark(to_px((x0 + x1) / 2.0), to_px(top))?;
    }
    Ok(())
}

/// Axis lines, grid, ticks and titles for an x/y plot.
fn draw_axes<DB: DrawingBackend>(
    p: &Painter<'_, DB>,
    layout: &XyLayout,
    x_title: &str,
    y_title: &str,
) -> DrawResult<(), DB> {
    let plot = layout.plot;
    for tick in layout.y_axis.ticks() {
        let y = to_px(layout.y(tick));
        p.line((plot.x0, y), (plot.x1, y), p.theme.grid, 1.0)?;
        let spec = TextSpec::new(TICK_PX, p.theme.text).anchor(HPos::Right, VPos::Center);
        p.text(&layout.y_axis.tick_text(tick), (plot.x0 - to_px(p.px(4.0)), y), spec)?;
    }
    for tick in layout.x_axis.ticks() {
        let x = to_px(layout.x(tick));
        p.line((x, plot.y1), (x, plot.y1 + to_px(p.px(4.0))), p.theme.axis, 1.0)?;
        let spec = TextSpec::new(TICK_PX, p.theme.text).anchor(HPos::Center, VPos::Top);
        p.text(&layout.x_axis.tick_text(tick), (x, plot.y1 + to_px(p.px(6.0))), spec)?;
    }
    p.line((plot.x0, plot.y0), (plot.x0, plot.y1), p.theme.axis, 1.0)?;
    p.line((plot.x0, plot.y1), (plot.x1, plot.y1), p.theme.axis, 1.0)?;
    let x_spec = TextSpec::new(LABEL_PX, p.theme.text).anchor(HPos::Center, VPos::Top);
    let x_title = fit_text(x_title, f64::from(plot.width()), p.px(LABEL_PX));
    p.text(&x_title, (to_px(plot.center().0), plot.y1 + to_px(p.px(20.0))), x_spec)?;
    let y_spec = TextSpec::new(LABEL_PX, p.theme.text).anchor(HPos::Center, VPos::Center).vertical();
    let y_title = fit_text(y_title, f64::from(plot.height()), p.px(LABEL_PX));
    p.text(&y_title, (to_px(p.px(16.0)), to_px(plot.center().1)), y_spec)
}

/// A dashed vertical limit line, labelled at the top (or the bottom, clear of a horizontal
/// limit line at the top).
fn draw_vertical_limit<DB: DrawingBackend>(
    p: &Painter<'_, DB>,
    layout: &XyLayout,
    limit: &Limit,
    label_at_top: bool,
) -> DrawResult<(), DB> {
    let x = to_px(layout.x(limit.display()));
    p.dashed((x, layout.plot.y0), (x, layout.plot.y1), p.theme.threshold, 1.5)?;
    let gap = to_px(p.px(3.0));
    if label_at_top {
        p.limit_label(&limit.text, (x + gap, layout.plot.y0), HPos::Left, VPos::Top)
    } else {
        p.limit_label(&limit.text, (x + gap, layout.plot.y1 - gap), HPos::Left, VPos::Bottom)
    }
}

fn draw_horizontal_limit<DB: DrawingBackend>(
    p: &Painter<'_, DB>,
    layout: &XyLayout,
    limit: &Limit,
) -> DrawResult<(), DB> {
    let y = to_px(layout.y(limit.display()));
    p.dashed((layout.plot.x0, y), (layout.plot.x1, y), p.theme.threshold, 1.5)?;
    p.limit_label(&limit.text, (layout.plot.x1 - to_px(p.px(2.0)), y - to_px(p.px(2.0))), HPos::Right, VPos::Bottom)
}

impl JitterLossScatter {
    /// The title drawn on the chart: "Jitter against packet loss · all calls · CQD, current (2022–)".
    pub fn title(&self) -> String {
        t!("chart-scatter-title", rules = self.rules.name())
    }

    pub fn is_empty(&self) -> bool {
        self.points.is_empty()
    }

    pub fn caption(&self) -> String {
        t!("chart-scatter-caption", rules = self.rules.name())
    }

    pub fn text_alternative(&self) -> TextAlternative {
        let columns = vec![
            t!("chart-col-record"),
            t!("chart-col-stream"),
            t!("chart-group-jitter"),
            t!("chart-group-packet-loss"),
            t!("chart-col-verdict"),
        ];
        let mut table = TextAlternative::new(self.caption(), columns);
        table.unmade = self.points.len().saturating_sub(SHOWN_ROWS);
        for pt in self.points.iter().take(SHOWN_ROWS) {
            table.rows.push(vec![
                pt.key.record.clone(),
                pt.label.clone(),
                pt.jitter_text(),
                pt.loss_text(),
                verdict_word(pt.verdict),
            ]);
        }
        let poor = self.points.iter().filter(|p| p.verdict == Some(Verdict::Poor)).count();
        table.summary =
            t!("chart-scatter-summary", plotted = self.points.len(), poor = poor, missing = self.not_plotted);
        table
    }

    pub fn layout(&self, size: (u32, u32), scale: f64) -> XyLayout {
        let x_max = self
            .points
            .iter()
            .map(|p| p.jitter_ms)
            .chain(self.jitter_limit.as_ref().map(Limit::display))
            .fold(0.0_f64, f64::max);
        let y_max = self
            .points
            .iter()
            .map(|p| p.loss_percent)
            .chain(self.loss_limit.as_ref().map(Limit::display))
            .fold(0.0_f64, f64::max);
        // 10 % headroom, so limit lines never sit on the plot's edge.
        XyLayout::new(size, sanitize_scale(scale), nice_axis(x_max * 1.1, 5), nice_axis(y_max * 1.1, 5))
    }

    /// Hover/click regions (area-relative): a square of 12 CSS px around each point drawn.
    pub fn hits(&self, size: (u32, u32), scale: f64) -> Vec<Hit> {
        let layout = self.layout(size, scale);
        if !layout.drawable {
            return Vec::new();
        }
        Self::hits_of(&layout, &self.on_top(&layout))
    }

    fn hits_of(layout: &XyLayout, drawn: &[(&ScatterPoint, (f64, f64))]) -> Vec<Hit> {
        let r = 6.0 * layout.scale;
        drawn
            .iter()
            .map(|&(pt, (x, y))| Hit {
                rect: PixelRect::from_f64(x - r, y - r, x + r, y + r),
                target: Target::Stream(pt.key.clone()),
                metric: None,
                label: pt.label.clone(),
                value: t!("chart-scatter-value", jitter = pt.jitter_text(), loss = pt.loss_text()),
                detail: t!("chart-scatter-detail", verdict = verdict_word(pt.verdict), record = pt.key.record.as_str()),
                verdict: pt.verdict,
            })
            .collect()
    }

    /// The points as drawn, in drawing order (poor last, on top) with where each is drawn:
    /// of the points drawn at one pixel, only the one on top, as it alone shows (a 1 GB export
    /// has a million points; most share a pixel with others). Each has a hit of its own.
    fn on_top(&self, layout: &XyLayout) -> Vec<(&ScatterPoint, (f64, f64))> {
        // Drawn later: poor, then later in the data.
        let mut top: FxHashMap<(i32, i32), (bool, usize)> = FxHashMap::default();
        for (i, pt) in self.points.iter().enumerate() {
            let (x, y) = point_xy(layout, pt);
            let rank = (pt.verdict == Some(Verdict::Poor), i);
            top.entry((to_px(x), to_px(y))).and_modify(|r| *r = rank.max(*r)).or_insert(rank);
        }
        let mut shown: Vec<(bool, usize)> = top.into_values().collect();
        shown.sort_unstable();
        shown.into_iter().map(|(_, i)| (&self.points[i], point_xy(layout, &self.points[i]))).collect()
    }
}

fn verdict_word(verdict: Option<Verdict>) -> String {
    verdict.map_or_else(|| t!("chart-not-judged"), Verdict::word)
}

fn point_xy(layout: &XyLayout, pt: &ScatterPoint) -> (f64, f64) {
    let x = Linear { d0: 0.0, d1: layout.x_axis.max, p0: f64::from(layout.plot.x0), p1: f64::from(layout.plot.x1) };
    let y = Linear { d0: 0.0, d1: layout.y_axis.max, p0: f64::from(layout.plot.y1), p1: f64::from(layout.plot.y0) };
    (x.map_clamped(pt.jitter_ms), y.map_clamped(pt.loss_percent))
}

/// Draws the jitter/loss scatter plot; returns one hover/click region per point.
pub fn draw_jitter_loss_scatter<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    scatter: &JitterLossScatter,
    theme: &Theme,
    scale: f64,
) -> DrawResult<Vec<Hit>, DB> {
    let layout = scatter.layout(area.dim_in_pixel(), scale);
    let p = Painter::new(area, theme, layout.scale);
    if !p.frame(
        &scatter.title(),
        scatter.is_empty().then_some(t!("chart-scatter-no-data").as_str()),
        layout.drawable,
    )? {
        return Ok(Vec::new());
    }
    draw_scatter_legend(&p, scatter)?;
    draw_axes(&p, &layout, &t!("chart-scatter-x-axis"), &t!("chart-scatter-y-axis"))?;
    if let Some(limit) = &scatter.jitter_limit {
        draw_vertical_limit(&p, &layout, limit, false)?;
    }
    if let Some(limit) = &scatter.loss_limit {
        draw_horizontal_limit(&p, &layout, limit)?;
    }
    let drawn = scatter.on_top(&layout);
    for &(pt, at) in &drawn {
        draw_point(&p, pt.verdict, at)?;
    }
    Ok(offset_hits(JitterLossScatter::hits_of(&layout, &drawn), area.get_base_pixel()))
}

fn draw_point<DB: DrawingBackend>(
    p: &Painter<'_, DB>,
    verdict: Option<Verdict>,
    (x, y): (f64, f64),
) -> DrawResult<(), DB> {
    let at = (to_px(x), to_px(y));
    match verdict {
        Some(Verdict::Poor) => p.cross(at, to_px(p.px(4.5)), p.theme.poor),
        Some(Verdict::Good) => p.circle(at, to_px(p.px(3.5)), p.theme.good, true),
        Some(Verdict::Unclassified) => p.circle(at, to_px(p.px(3.5)), p.theme.unclassified, false),
        None => p.circle(at, to_px(p.px(3.5)), p.theme.not_judged, false),
    }
}

fn draw_scatter_legend<DB: DrawingBackend>(p: &Painter<'_, DB>, scatter: &JitterLossScatter) -> DrawResult<(), DB> {
    let y = to_px(p.px(8.0 + 18.0 + 8.0));
    let mut x = to_px(p.px(8.0));
    let gap = to_px(p.px(6.0));
    let spec = TextSpec::new(TICK_PX, p.theme.text);
    let present = |v: Option<Verdict>| scatter.points.iter().any(|pt| pt.verdict == v);
    let items = [Some(Verdict::Poor), Some(Verdict::Good), Some(Verdict::Unclassified), None];
    for verdict in items.into_iter().filter(|v| present(*v)) {
        let words = verdict_word(verdict);
        draw_point(p, verdict, (f64::from(x + gap), f64::from(y)))?;
        p.text(&words, (x + 2 * gap + to_px(p.px(2.0)), y), spec)?;
        x += 2 * gap + to_px(super::geometry::text_width(&words, p.px(TICK_PX)) + p.px(14.0));
    }
    if scatter.jitter_limit.is_some() || scatter.loss_limit.is_some() {
        x = p.legend_line(x, y, p.theme.threshold, true, &t!("chart-audio-limit"))?;
    }
    if scatter.not_plotted > 0 {
        p.text(
            &t!("chart-scatter-not-plotted", count = scatter.not_plotted),
            (x, y),
            TextSpec::new(TICK_PX, p.theme.muted),
        )?;
    }
    Ok(())
}
