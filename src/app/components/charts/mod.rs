//! Charts in the page, one component per file: the charts of the call being viewed
//! ([`CallCharts`]: the timeline, one chart per stream-metric group, network and device
//! events) and, under the calls table, the audio distributions and the jitter/loss scatter over
//! every loaded stream ([`AcrossCallsCharts`]).
//!
//! All of them go through one component, [`CanvasChart`], which draws a chart of the core
//! (`callrecords::chart::AnyChart`, which knows each kind's drawing, height, text and file
//! names) on a `<canvas>`:
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
//! A call's charts are made a piece per task ([`CallCharts`]) and drawn one per task (each after
//! its own resize notification), so a call with many streams never blocks the page for long; only the call being viewed is charted, and the
//! across-calls charts are computed only while their section is open.

mod across;
mod across_body;
mod backend;
mod call;
mod canvas;

pub use across::AcrossCallsCharts;
pub use call::CallCharts;
pub use canvas::CanvasChart;
