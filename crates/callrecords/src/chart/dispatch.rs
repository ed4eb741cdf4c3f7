//! One chart of any kind ([`AnyChart`]): the one place that dispatches over the chart kinds, for
//! drawing on any backend, the title, the text alternative, the height for a width, the name used in the
//! page's `data-chart` hook and in exported file names, and the SVG export. The page holds
//! charts as `AnyChart` and never matches on the kind itself.

use super::across::{draw_distribution, draw_jitter_loss_scatter, Distribution, JitterLossScatter};
use super::daily::{draw_daily, draw_sip_failures, DailyChart, SipFailuresChart};
use super::health::{draw_endpoint_health, HealthChart};
use super::hit::Hit;
use super::paint::DrawResult;
use super::streams::{draw_metric_chart, MetricChart};
use super::text::TextAlternative;
use super::theme::Theme;
use super::timeline::{draw_timeline, Timeline};
use plotters::backend::SVGBackend;
use plotters::coord::Shift;
use plotters::drawing::{DrawingArea, IntoDrawingArea};
use plotters::prelude::DrawingBackend;
use std::rc::Rc;

/// A chart of any kind, shared by pointer: two `AnyChart`s are equal when they hold the same
/// data (`Rc::ptr_eq`), never by a deep comparison, so a page can compare them on every render.
#[derive(Clone, Debug)]
pub enum AnyChart {
    /// One stream-metric group of a call ([`stream_metric_charts`](super::stream_metric_charts)).
    Metric(Rc<MetricChart>),
    /// A call's sessions and segments over time.
    Timeline(Rc<Timeline>),
    /// Network or device event ratios of a call's endpoints.
    Health(Rc<HealthChart>),
    /// One audio metric over every loaded stream.
    Distribution(Rc<Distribution>),
    /// Jitter against packet loss over every loaded stream.
    Scatter(Rc<JitterLossScatter>),
    /// Calls per day of the PSTN or Direct Routing log.
    Daily(Rc<DailyChart>),
    /// Failed Direct Routing calls by final SIP code.
    SipFailures(Rc<SipFailuresChart>),
}

impl PartialEq for AnyChart {
    fn eq(&self, other: &AnyChart) -> bool {
        use AnyChart::*;
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

/// The formats a chart is saved in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    /// Drawn again with plotters' SVG backend ([`AnyChart::to_svg`]).
    Svg,
    /// The canvas as drawn on screen.
    Png,
}

impl ExportFormat {
    /// `svg`, `png`.
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Svg => "svg",
            ExportFormat::Png => "png",
        }
    }

    /// `image/svg+xml`, `image/png`.
    pub fn mime_type(self) -> &'static str {
        match self {
            ExportFormat::Svg => "image/svg+xml",
            ExportFormat::Png => "image/png",
        }
    }
}

/// plotters' SVG backend writes text at `font-size = size / 1.24` (the canvas backend at
/// `size`px); drawing at this scale gives an SVG with the proportions of the chart on screen.
pub const SVG_SCALE: f64 = 1.24;

/// The narrowest an exported SVG is drawn, in CSS pixels (a chart measured before layout, or in
/// a narrow window, still exports at a readable size).
pub const SVG_MIN_WIDTH: u32 = 320;

impl AnyChart {
    /// Draws the chart on any backend; returns the hover/click regions in backend pixels.
    pub fn draw<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        theme: &Theme,
        scale: f64,
    ) -> DrawResult<Vec<Hit>, DB> {
        match self {
            AnyChart::Metric(c) => draw_metric_chart(area, c, theme, scale),
            AnyChart::Timeline(c) => draw_timeline(area, c, theme, scale),
            AnyChart::Health(c) => draw_endpoint_health(area, c, theme, scale),
            AnyChart::Distribution(c) => draw_distribution(area, c, theme, scale),
            AnyChart::Scatter(c) => draw_jitter_loss_scatter(area, c, theme, scale),
            AnyChart::Daily(c) => draw_daily(area, c, theme, scale),
            AnyChart::SipFailures(c) => draw_sip_failures(area, c, theme, scale),
        }
    }

    /// The chart as a table with a caption and a summary sentence.
    pub fn text_alternative(&self) -> TextAlternative {
        match self {
            AnyChart::Metric(c) => c.text_alternative(),
            AnyChart::Timeline(c) => c.text_alternative(),
            AnyChart::Health(c) => c.text_alternative(),
            AnyChart::Distribution(c) => c.text_alternative(),
            AnyChart::Scatter(c) => c.text_alternative(),
            AnyChart::Daily(c) => c.text_alternative(),
            AnyChart::SipFailures(c) => c.text_alternative(),
        }
    }

    /// The title drawn at the top of the chart.
    pub fn title(&self) -> String {
        match self {
            AnyChart::Metric(c) => c.title(),
            AnyChart::Timeline(c) => c.title().to_string(),
            AnyChart::Health(c) => c.title().to_string(),
            AnyChart::Distribution(c) => c.title(),
            AnyChart::Scatter(c) => c.title(),
            AnyChart::Daily(c) => c.title(),
            AnyChart::SipFailures(c) => c.title().to_string(),
        }
    }

    /// The height in CSS pixels for a width in CSS pixels: the timeline, the health chart and
    /// the SIP-code chart as tall as their rows need; stream charts taller when their labels
    /// are written upwards.
    pub fn height(&self, width: u32) -> u32 {
        match self {
            AnyChart::Metric(c) => {
                if c.layout((width.max(1), 300), 1.0).vertical_labels {
                    380
                } else {
                    290
                }
            }
            AnyChart::Timeline(c) => c.preferred_height(1.0).max(160),
            AnyChart::Health(c) => c.preferred_height(1.0).max(160),
            AnyChart::Distribution(_) => 300,
            AnyChart::Scatter(_) => 420,
            AnyChart::Daily(_) => 300,
            AnyChart::SipFailures(c) => c.preferred_height(1.0).max(160),
        }
    }

    /// A short name for files and test hooks (the page's `data-chart`): "jitter", "timeline",
    /// "distribution-jitter-average".
    pub fn slug(&self) -> String {
        let name = match self {
            AnyChart::Metric(c) => c.group.title().to_string(),
            AnyChart::Timeline(_) => "timeline".into(),
            AnyChart::Health(c) => c.title().to_string(),
            AnyChart::Distribution(c) => format!("distribution {}", c.label),
            AnyChart::Scatter(_) => "jitter-vs-packet-loss".into(),
            AnyChart::Daily(c) => format!("{} calls per day", c.log),
            AnyChart::SipFailures(_) => "failures-by-sip-code".into(),
        };
        slugify(&name)
    }

    /// The record the chart is about (`None` across calls and for the log charts).
    pub fn record(&self) -> Option<&str> {
        match self {
            AnyChart::Metric(c) => Some(&c.record),
            AnyChart::Timeline(c) => Some(&c.record),
            AnyChart::Health(c) => Some(&c.record),
            AnyChart::Distribution(_) | AnyChart::Scatter(_) | AnyChart::Daily(_) | AnyChart::SipFailures(_) => None,
        }
    }

    /// True for the charts of the PSTN and Direct Routing logs.
    fn is_log_chart(&self) -> bool {
        matches!(self, AnyChart::Daily(_) | AnyChart::SipFailures(_))
    }

    /// "call-e523d2ed-jitter", "all-calls-jitter-vs-packet-loss", "pstn-calls-per-day" (no
    /// extension): lower-case ASCII letters, digits and single dashes only.
    pub fn file_stem(&self) -> String {
        match self.record() {
            Some(id) => format!("call-{}-{}", slugify(&id.chars().take(8).collect::<String>()), self.slug()),
            None if self.is_log_chart() => self.slug(),
            None => format!("all-calls-{}", self.slug()),
        }
    }

    /// The name of the file the chart is saved as: "call-e523d2ed-jitter.svg".
    pub fn file_name(&self, format: ExportFormat) -> String {
        format!("{}.{}", self.file_stem(), format.extension())
    }

    /// The chart as an SVG document: the chart on screen at CSS width `css_width` (at least
    /// [`SVG_MIN_WIDTH`]) and the height [`AnyChart::height`] gives for it, scaled by
    /// [`SVG_SCALE`].
    pub fn to_svg(&self, css_width: u32, theme: &Theme) -> String {
        let (w, h) = (css_width.max(SVG_MIN_WIDTH), self.height(css_width));
        let size = ((f64::from(w) * SVG_SCALE).round() as u32, (f64::from(h) * SVG_SCALE).round() as u32);
        let mut svg = String::new();
        {
            let root = SVGBackend::with_string(&mut svg, size).into_drawing_area();
            let _ = self.draw(&root, theme, SVG_SCALE);
            let _ = root.present();
        }
        svg
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
