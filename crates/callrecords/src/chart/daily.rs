//! Charts of the PSTN and Direct Routing logs: calls per day (stacked bars: successful,
//! failed — hatched — and calls of unknown outcome; every PSTN row is of unknown outcome, that
//! log has none) and Direct Routing failures by final SIP code (one hatched bar per code).
//! Neither chart opens anything on click: their hits carry [`Target::None`].

use super::geometry::{count_axis, fit_text, sanitize_scale, text_width, to_px, xy_plot, Linear, NiceAxis, PixelRect};
use super::hit::{offset_hits, Hit, Target};
use super::paint::{DrawResult, Painter, Swatch, TextSpec, LABEL_PX, TICK_PX};
use super::text::{sentence, TextAlternative};
use super::theme::Theme;
use crate::calllogs::{DailySeries, SipGroup, Table};
use crate::model::datetime::trim_number;
use crate::t;
use plotters::coord::Shift;
use plotters::drawing::DrawingArea;
use plotters::prelude::DrawingBackend;
use plotters::style::text_anchor::{HPos, VPos};

/// Calls per day of one log.
#[derive(Clone, Debug, PartialEq)]
pub struct DailyChart {
    pub series: DailySeries,
    /// "PSTN", "Direct Routing" ([`Table::name`]).
    pub log: String,
    /// True when the log has outcomes (Direct Routing): the legend then says "unknown outcome"
    /// for the rest; otherwise (PSTN) the bars are just "calls".
    pub outcomes: bool,
}

/// Pixel geometry of the calls-per-day chart.
#[derive(Clone, Debug, PartialEq)]
pub struct DailyLayout {
    pub drawable: bool,
    pub scale: f64,
    pub plot: PixelRect,
    pub y_axis: NiceAxis,
    /// Days in the series (slots across the plot).
    pub days: usize,
    /// A day label is written under every `label_every`-th day.
    pub label_every: usize,
}

impl DailyLayout {
    /// Width of one day's slot, device pixels.
    pub fn slot(&self) -> f64 {
        f64::from(self.plot.width()) / self.days.max(1) as f64
    }

    /// The x range of day `i`'s slot.
    pub fn slot_x(&self, i: usize) -> (f64, f64) {
        let x0 = f64::from(self.plot.x0) + self.slot() * i as f64;
        (x0, x0 + self.slot())
    }

    /// The x range of day `i`'s bar: centred in its slot, less a gap when there is room for
    /// one, and at most 48 CSS px wide (one day is a bar, not the whole plot).
    pub fn bar_x(&self, i: usize) -> (f64, f64) {
        let (x0, x1) = self.slot_x(i);
        let slot = self.slot();
        let width = if slot >= 4.0 { (slot * 0.7).min(48.0 * self.scale) } else { slot };
        let mid = (x0 + x1) / 2.0;
        (mid - width / 2.0, (mid + width / 2.0).max(mid - width / 2.0 + 1.0))
    }

    pub fn y(&self, v: f64) -> f64 {
        Linear { d0: 0.0, d1: self.y_axis.max, p0: f64::from(self.plot.y1), p1: f64::from(self.plot.y0) }.map(v)
    }
}

impl DailyChart {
    pub fn pstn(series: DailySeries) -> DailyChart {
        DailyChart { series, log: Table::Pstn.name(), outcomes: Table::Pstn.has_outcomes() }
    }

    pub fn direct_routing(series: DailySeries) -> DailyChart {
        DailyChart { series, log: Table::DirectRouting.name(), outcomes: Table::DirectRouting.has_outcomes() }
    }

    pub fn is_empty(&self) -> bool {
        self.total() == 0
    }

    fn total(&self) -> usize {
        self.series.days.iter().map(|d| d.calls).sum()
    }

    /// The chart title: "Calls per day (UTC)".
    pub fn title(&self) -> String {
        t!("chart-daily-title", zone = self.series.zone.as_str())
    }

    /// The words for calls of unknown outcome.
    pub fn other_label(&self) -> String {
        if self.outcomes {
            t!("chart-unknown-outcome")
        } else {
            t!("chart-calls")
        }
    }

    pub fn caption(&self) -> String {
        t!("chart-daily-caption", log = self.log.as_str(), zone = self.series.zone.as_str())
    }

    pub fn text_alternative(&self) -> TextAlternative {
        let columns = if self.outcomes {
            vec![
                t!("chart-col-date"),
                t!("chart-col-calls"),
                t!("chart-col-successful"),
                t!("chart-col-failed"),
                t!("chart-col-unknown-outcome"),
            ]
        } else {
            vec![t!("chart-col-date"), t!("chart-col-calls"), t!("chart-col-minutes")]
        };
        let mut table = TextAlternative::new(self.caption(), columns);
        for d in &self.series.days {
            let row = if self.outcomes {
                vec![
                    d.date.clone(),
                    d.calls.to_string(),
                    d.successful.to_string(),
                    d.failed.to_string(),
                    d.other.to_string(),
                ]
            } else {
                vec![d.date.clone(), d.calls.to_string(), trim_number(d.seconds / 60.0, 1)]
            };
            table.rows.push(row);
        }
        // Clauses, each a whole message, joined as the language joins them.
        let mut clauses = vec![t!("chart-daily-calls-over-days", calls = self.total(), days = self.series.days.len())];
        if let Some(busiest) = self.series.days.iter().filter(|d| d.calls > 0).max_by_key(|d| d.calls) {
            clauses.push(t!("chart-daily-busiest", date = busiest.date.as_str(), calls = busiest.calls));
        }
        if self.outcomes {
            let failed: usize = self.series.days.iter().map(|d| d.failed).sum();
            clauses.push(t!("chart-daily-failed", failed = failed));
        }
        if self.series.without_time > 0 {
            clauses.push(t!("chart-daily-without-time", rows = self.series.without_time));
        }
        table.summary = sentence(&clauses);
        table
    }

    pub fn layout(&self, (w, h): (u32, u32), scale: f64) -> DailyLayout {
        let s = sanitize_scale(scale);
        let (plot, drawable) = xy_plot((w, h), s);
        let max = self.series.days.iter().map(|d| d.calls).max().unwrap_or(0);
        let days = self.series.days.len();
        let slot = f64::from(plot.width()) / days.max(1) as f64;
        let label_px = text_width("03-02", TICK_PX * s) + 8.0 * s;
        let label_every = if slot > 0.0 && slot.is_finite() {
            (label_px / slot).ceil().clamp(1.0, 1e6) as usize
        } else {
            days.max(1)
        };
        // Nice steps: every 1, 2, 7, 14, 28… days.
        let label_every =
            [1, 2, 7, 14, 28, 56, 91, 182, 364].into_iter().find(|n| *n >= label_every).unwrap_or(label_every);
        DailyLayout { drawable, scale: s, plot, y_axis: count_axis(max), days, label_every }
    }

    /// One region per day, the full plot height; nothing to open.
    pub fn hits(&self, size: (u32, u32), scale: f64) -> Vec<Hit> {
        let layout = self.layout(size, scale);
        if !layout.drawable || self.is_empty() {
            return Vec::new();
        }
        self.series
            .days
            .iter()
            .enumerate()
            .map(|(i, d)| {
                let (x0, x1) = layout.slot_x(i);
                let value = if self.outcomes {
                    t!("chart-daily-outcomes", successful = d.successful, failed = d.failed, other = d.other)
                } else {
                    t!("chart-count-calls", calls = d.calls)
                };
                let minutes = t!("chart-minutes", minutes = trim_number(d.seconds / 60.0, 1));
                let detail = if self.outcomes {
                    format!("{} · {minutes}", t!("chart-count-calls", calls = d.calls))
                } else {
                    minutes
                };
                Hit {
                    rect: PixelRect::from_f64(x0, f64::from(layout.plot.y0), x1, f64::from(layout.plot.y1)),
                    target: Target::None,
                    metric: None,
                    label: d.date.clone(),
                    value,
                    detail,
                    verdict: None,
                }
            })
            .collect()
    }
}

/// Draws calls per day; returns one hover region per day.
pub fn draw_daily<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &DailyChart,
    theme: &Theme,
    scale: f64,
) -> DrawResult<Vec<Hit>, DB> {
    let layout = chart.layout(area.dim_in_pixel(), scale);
    let p = Painter::new(area, theme, layout.scale);
    if !p.frame(
        &chart.title(),
        chart.is_empty().then_some(t!("chart-daily-no-data", log = chart.log.as_str()).as_str()),
        layout.drawable,
    )? {
        return Ok(Vec::new());
    }
    let days = &chart.series.days;
    let y = to_px(p.px(8.0 + 18.0 + 8.0));
    let mut x = to_px(p.px(8.0));
    if days.iter().any(|d| d.successful > 0) {
        x = p.legend_item(x, y, Swatch::Fill(theme.good), &t!("outcome-successful"))?;
    }
    if days.iter().any(|d| d.failed > 0) {
        x = p.legend_item(x, y, Swatch::Hatched(theme.poor), &t!("outcome-failed"))?;
    }
    if days.iter().any(|d| d.other > 0) {
        x = p.legend_item(x, y, Swatch::Fill(theme.not_judged), &chart.other_label())?;
    }
    if chart.series.without_time > 0 {
        let words = t!("chart-daily-legend-without-time", rows = chart.series.without_time);
        p.text(&words, (x, y), TextSpec::new(TICK_PX, theme.muted))?;
    }
    let plot = layout.plot;
    for tick in layout.y_axis.ticks() {
        let ty = to_px(layout.y(tick));
        p.line((plot.x0, ty), (plot.x1, ty), theme.grid, 1.0)?;
        let spec = TextSpec::new(TICK_PX, theme.text).anchor(HPos::Right, VPos::Center);
        p.text(&layout.y_axis.tick_text(tick), (plot.x0 - to_px(p.px(4.0)), ty), spec)?;
    }
    for (i, d) in days.iter().enumerate() {
        let (x0, x1) = layout.bar_x(i);
        let mut base = 0usize;
        for (count, color, hatched) in
            [(d.successful, theme.good, false), (d.failed, theme.poor, true), (d.other, theme.not_judged, false)]
        {
            if count == 0 {
                continue;
            }
            let rect = PixelRect::from_f64(x0, layout.y((base + count) as f64), x1, layout.y(base as f64));
            p.fill(rect, color)?;
            if hatched {
                p.hatch(rect)?;
            }
            base += count;
        }
        if i % layout.label_every == 0 {
            let (sx0, sx1) = layout.slot_x(i);
            let cx = to_px((sx0 + sx1) / 2.0);
            p.line((cx, plot.y1), (cx, plot.y1 + to_px(p.px(4.0))), theme.axis, 1.0)?;
            let label = d.date.get(5..).unwrap_or(&d.date);
            p.text(
                label,
                (cx, plot.y1 + to_px(p.px(6.0))),
                TextSpec::new(TICK_PX, theme.text).anchor(HPos::Center, VPos::Top),
            )?;
        }
    }
    p.line((plot.x0, plot.y0), (plot.x0, plot.y1), theme.axis, 1.0)?;
    p.line((plot.x0, plot.y1), (plot.x1, plot.y1), theme.axis, 1.0)?;
    let x_title = t!("chart-daily-x-axis", zone = chart.series.zone.as_str());
    p.text(
        &x_title,
        (to_px(plot.center().0), plot.y1 + to_px(p.px(20.0))),
        TextSpec::new(LABEL_PX, theme.text).anchor(HPos::Center, VPos::Top),
    )?;
    let y_spec = TextSpec::new(LABEL_PX, theme.text).anchor(HPos::Center, VPos::Center).vertical();
    p.text(
        &fit_text(&t!("chart-calls"), f64::from(plot.height()), p.px(LABEL_PX)),
        (to_px(p.px(16.0)), to_px(plot.center().1)),
        y_spec,
    )?;
    Ok(offset_hits(chart.hits(area.dim_in_pixel(), scale), area.get_base_pixel()))
}

/// Most bars drawn; further codes are added up in one last bar.
const SIP_BARS: usize = 12;

/// One bar of the failures chart.
#[derive(Clone, Debug, PartialEq)]
pub struct SipBar {
    /// The final SIP code; `None` for failures without one, or for the bar of further codes.
    pub code: Option<i64>,
    /// "Busy Here".
    pub phrase: String,
    /// "486 Busy Here".
    pub label: String,
    pub calls: usize,
    /// Share of all failed calls, 0–1.
    pub share: f64,
}

/// Failed Direct Routing calls by final SIP code.
#[derive(Clone, Debug, PartialEq)]
pub struct SipFailuresChart {
    pub bars: Vec<SipBar>,
    pub failed: usize,
}

/// Pixel geometry of the failures chart (horizontal bars).
#[derive(Clone, Debug, PartialEq)]
pub struct SipLayout {
    pub drawable: bool,
    pub scale: f64,
    pub plot: PixelRect,
    pub x_axis: NiceAxis,
    /// Height of one bar's row.
    pub row: f64,
}

impl SipLayout {
    pub fn x(&self, v: f64) -> f64 {
        Linear { d0: 0.0, d1: self.x_axis.max, p0: f64::from(self.plot.x0), p1: f64::from(self.plot.x1) }.map(v)
    }

    /// The y range of row `i`.
    pub fn row_y(&self, i: usize) -> (f64, f64) {
        let y0 = f64::from(self.plot.y0) + self.row * i as f64;
        (y0, y0 + self.row)
    }
}

const SIP_ROW_PX: f64 = 24.0;
const SIP_TOP_PX: f64 = 8.0 + 18.0 + 10.0;
const SIP_BOTTOM_PX: f64 = 8.0 + 36.0;

impl SipFailuresChart {
    /// The title drawn on the chart.
    pub fn title(&self) -> String {
        t!("chart-sip-title")
    }

    pub fn new(groups: &[SipGroup]) -> SipFailuresChart {
        let failed: usize = groups.iter().map(|g| g.calls).sum();
        let bar = |g: &SipGroup| {
            let phrase = g
                .phrase
                .clone()
                .filter(|p| !p.trim().is_empty())
                .or_else(|| g.explanation.as_ref().map(|e| e.name.clone()))
                .unwrap_or_default();
            let code = g.code.map_or_else(|| t!("chart-sip-no-code"), |c| c.to_string());
            let label = if phrase.is_empty() { code } else { format!("{code} {phrase}") };
            SipBar { code: g.code, phrase, label, calls: g.calls, share: g.share }
        };
        let mut bars: Vec<SipBar> = groups.iter().take(SIP_BARS).map(bar).collect();
        if groups.len() > SIP_BARS {
            let rest = &groups[SIP_BARS..];
            let calls: usize = rest.iter().map(|g| g.calls).sum();
            let share = rest.iter().map(|g| g.share).filter(|s| s.is_finite()).sum();
            bars.push(SipBar {
                code: None,
                phrase: String::new(),
                label: t!("chart-sip-more-codes", count = rest.len()),
                calls,
                share,
            });
        }
        SipFailuresChart { bars, failed }
    }

    pub fn is_empty(&self) -> bool {
        self.bars.iter().all(|b| b.calls == 0)
    }

    pub fn caption(&self) -> String {
        t!("chart-sip-caption")
    }

    /// CSS height that fits every bar at scale 1.
    pub fn preferred_height(&self, scale: f64) -> u32 {
        let s = sanitize_scale(scale);
        to_px((SIP_TOP_PX + SIP_BOTTOM_PX + SIP_ROW_PX * self.bars.len().max(3) as f64) * s).max(0) as u32
    }

    fn share_text(share: f64) -> String {
        if share.is_finite() {
            format!("{} %", trim_number(share * 100.0, 0))
        } else {
            t!("chart-not-applicable")
        }
    }

    pub fn text_alternative(&self) -> TextAlternative {
        let columns = vec![t!("chart-col-code"), t!("chart-col-phrase"), t!("chart-col-calls"), t!("chart-col-share")];
        let mut table = TextAlternative::new(self.caption(), columns);
        for b in &self.bars {
            let code = match b.code {
                Some(c) => c.to_string(),
                None if b.phrase.is_empty() => b.label.clone(),
                None => t!("none"),
            };
            table.rows.push(vec![code, b.phrase.clone(), b.calls.to_string(), Self::share_text(b.share)]);
        }
        let codes = self.bars.iter().filter(|b| b.calls > 0).count();
        table.summary = match self.bars.iter().max_by_key(|b| b.calls).filter(|b| b.calls > 0) {
            Some(top) => t!(
                "chart-sip-summary",
                failed = self.failed,
                groups = codes,
                top = top.label.as_str(),
                share = Self::share_text(top.share)
            ),
            None => t!("chart-sip-none"),
        };
        table
    }

    pub fn layout(&self, (w, h): (u32, u32), scale: f64) -> SipLayout {
        let s = sanitize_scale(scale);
        let (w, h) = (f64::from(w), f64::from(h));
        let margin = 8.0 * s;
        let longest = self.bars.iter().map(|b| text_width(&b.label, TICK_PX * s)).fold(0.0, f64::max);
        let label_w = (longest + 8.0 * s).min(w * 0.4).max(40.0 * s);
        let value_w = text_width("99999 (100 %)", TICK_PX * s) + 6.0 * s;
        let top = SIP_TOP_PX * s;
        let bottom = h - SIP_BOTTOM_PX * s;
        let plot = PixelRect::from_f64(margin + label_w, top, w - margin - value_w, bottom);
        let rows = self.bars.len().max(1) as f64;
        let row = f64::from(plot.height()) / rows;
        let drawable = plot.width() >= to_px(30.0 * s) && row >= 4.0 * s;
        let max = self.bars.iter().map(|b| b.calls).max().unwrap_or(0);
        SipLayout { drawable, scale: s, plot, x_axis: count_axis(max), row }
    }

    /// One region per code, the whole row; nothing to open.
    pub fn hits(&self, size: (u32, u32), scale: f64) -> Vec<Hit> {
        let layout = self.layout(size, scale);
        if !layout.drawable || self.is_empty() {
            return Vec::new();
        }
        self.bars
            .iter()
            .enumerate()
            .map(|(i, b)| {
                let (y0, y1) = layout.row_y(i);
                Hit {
                    rect: PixelRect::from_f64(0.0, y0, f64::from(layout.plot.x1), y1),
                    target: Target::None,
                    metric: None,
                    label: b.label.clone(),
                    value: format!("{} ({})", t!("chart-count-calls", calls = b.calls), Self::share_text(b.share)),
                    detail: String::new(),
                    verdict: None,
                }
            })
            .collect()
    }
}

/// Draws failed calls by final SIP code; returns one hover region per code.
pub fn draw_sip_failures<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &SipFailuresChart,
    theme: &Theme,
    scale: f64,
) -> DrawResult<Vec<Hit>, DB> {
    let layout = chart.layout(area.dim_in_pixel(), scale);
    let p = Painter::new(area, theme, layout.scale);
    let empty = t!("chart-sip-no-data");
    if !p.frame(&chart.title(), chart.is_empty().then_some(empty.as_str()), layout.drawable)? {
        return Ok(Vec::new());
    }
    let plot = layout.plot;
    for tick in layout.x_axis.ticks() {
        let tx = to_px(layout.x(tick));
        p.line((tx, plot.y0), (tx, plot.y1), theme.grid, 1.0)?;
        p.line((tx, plot.y1), (tx, plot.y1 + to_px(p.px(4.0))), theme.axis, 1.0)?;
        let spec = TextSpec::new(TICK_PX, theme.text).anchor(HPos::Center, VPos::Top);
        p.text(&layout.x_axis.tick_text(tick), (tx, plot.y1 + to_px(p.px(6.0))), spec)?;
    }
    let pad = (layout.row * 0.2).min(p.px(5.0));
    for (i, b) in chart.bars.iter().enumerate() {
        let (y0, y1) = layout.row_y(i);
        let cy = to_px((y0 + y1) / 2.0);
        let label = fit_text(&b.label, f64::from(plot.x0) - p.px(14.0), p.px(TICK_PX));
        p.text(
            &label,
            (plot.x0 - to_px(p.px(6.0)), cy),
            TextSpec::new(TICK_PX, theme.text).anchor(HPos::Right, VPos::Center),
        )?;
        let end = layout.x(b.calls as f64);
        if b.calls > 0 {
            let rect = PixelRect::from_f64(f64::from(plot.x0), y0 + pad, end.max(f64::from(plot.x0) + 1.0), y1 - pad);
            p.fill(rect, theme.poor)?;
            p.hatch(rect)?;
        }
        let value = format!("{} ({})", b.calls, SipFailuresChart::share_text(b.share));
        p.text(
            &value,
            (to_px(end + p.px(4.0)), cy),
            TextSpec::new(TICK_PX, theme.text).anchor(HPos::Left, VPos::Center),
        )?;
    }
    p.line((plot.x0, plot.y0), (plot.x0, plot.y1), theme.axis, 1.0)?;
    p.line((plot.x0, plot.y1), (plot.x1, plot.y1), theme.axis, 1.0)?;
    let spec = TextSpec::new(LABEL_PX, theme.text).anchor(HPos::Center, VPos::Top);
    p.text(&t!("chart-sip-x-axis"), (to_px(plot.center().0), plot.y1 + to_px(p.px(20.0))), spec)?;
    Ok(offset_hits(chart.hits(area.dim_in_pixel(), scale), area.get_base_pixel()))
}
