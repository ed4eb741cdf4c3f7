//! Charts of call records, drawn with plotters on any backend: a canvas in the page, SVG in
//! native tests and for export.
//!
//! Each chart has three parts:
//! 1. **Data**, pure and backend-free: built from a [`CallRecord`](crate::model::record::CallRecord),
//!    its [`RecordJudgement`](crate::judge::RecordJudgement) and the active
//!    [`RuleSet`](crate::judge::RuleSet) — [`stream_metric_charts`], [`timeline`],
//!    [`endpoint_health`], and across calls [`audio_distributions`] and
//!    [`jitter_loss_scatter`]. Values are in display units via the metric catalogue; "not
//!    reported" is kept as `None`, never 0; each value knows its limit and whether the
//!    judgement found it poor. Each has a `text_alternative()` (a table and a summary
//!    sentence) for screen readers.
//! 2. **Layout**, pure: `layout(size, scale)` gives the pixel rectangles, and
//!    `hits(size, scale)` the hover/click regions ([`Hit`]); [`hit_test`] finds the one under
//!    the pointer.
//! 3. **Drawing**, generic over `DrawingBackend`: `draw_*(area, data, theme, scale)` paints
//!    the chart and returns the same hits, moved to backend pixels.
//!
//! [`AnyChart`] holds a chart of any kind and dispatches over the kinds (drawing, text
//! alternative, height, file names, SVG export); [`CallChartSet`] and [`AcrossChartSet`] are
//! the charts a page shows together.
//!
//! `scale` is the device-pixel ratio: the area is in device pixels (canvas backing store = CSS
//! size × `devicePixelRatio`), and fonts, strokes and margins are multiplied by it.
//!
//! No text is measured: labels are placed by anchor and shortened by an estimate of character
//! width, so plotters never needs a font (none is loaded natively with default features off)
//! and, on wasm32, never appends measuring `<span>`s to the page. That is also why the charts
//! do not use `ChartBuilder`, whose label areas are sized by measuring text and would lay out
//! differently in the browser and in tests.

mod across;
mod daily;
mod dispatch;
mod gather;
mod geometry;
mod health;
mod hit;
mod naming;
mod paint;
mod sets;
mod streams;
mod text;
mod theme;
mod timeline;
mod worst;

pub use across::{
    draw_distribution, draw_jitter_loss_scatter, Distribution, HistogramBin, JitterLossScatter, JudgedCall,
    ScatterPoint, XyLayout, DISTRIBUTION_METRICS,
};
pub use daily::{draw_daily, draw_sip_failures, DailyChart, DailyLayout, SipBar, SipFailuresChart, SipLayout};
pub use dispatch::{AnyChart, ExportFormat, SVG_MIN_WIDTH, SVG_SCALE};
pub use gather::{audio_distribution, audio_distributions, jitter_loss_scatter, Gathering};
pub use geometry::{NiceAxis, PixelRect};
pub use health::{
    draw_endpoint_health, endpoint_health, EndpointHealth, HealthChart, HealthLayout, HealthSource, PanelLayout,
    RatioReading, RatioRowLayout,
};
pub use hit::{hit_test, hit_test_css, Hit, Side, StreamKey, Target};
pub use naming::media_name;
pub use paint::DrawResult;
pub use sets::{
    pick, AcrossChartSet, CallChartSet, ChartPart, Pick, PickedStreams, ACROSS_OPEN_STREAMS, CALL_OPEN_STREAMS,
};
pub use streams::{
    draw_metric_chart, stream_metric_chart, stream_metric_charts, BarStatus, Column, MetricChart, MetricGroup,
    MetricLayout, Reading, StreamBar,
};
pub use text::{TextAlternative, SHOWN_ROWS};
pub use theme::Theme;
pub use timeline::{draw_timeline, timeline, RowLayout, Span, SpanKind, Timeline, TimelineLayout, TimelineRow};
pub use worst::{MAX_BARS, MAX_SESSIONS, MAX_SIDES};
