//! Hit-testing: what is under the pointer.
//!
//! Every drawing function returns a [`Hit`] per bar, span, bin or point, with its rectangle in
//! device pixels and what it stands for ([`Target`]), so the page can show the exact value,
//! unit and stream on hover and select the stream on click. The same hits come from each
//! chart's `hits(size, scale)` without drawing. A target knows the page it opens
//! ([`Target::route`]).

use super::geometry::PixelRect;
use crate::judge::Verdict;
use crate::model::metrics::stream_metric;
use crate::model::record::StreamPath;
use crate::model::NodePath;
use crate::view::route::Route;
use std::rc::Rc;

/// A stream of a loaded record.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct StreamKey {
    /// `CallRecord::id`.
    pub record: String,
    pub path: StreamPath,
}

impl StreamKey {
    /// The stream's node in its call.
    pub fn route(&self) -> Route {
        let p = self.path;
        Route::Call { id: self.record.clone(), node: NodePath::Stream(p.session, p.segment, p.media, p.stream) }
    }
}

/// Caller or callee side of a segment's media.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Side {
    Caller,
    Callee,
}

impl Side {
    pub fn label(self) -> String {
        match self {
            Side::Caller => crate::t!("role-caller"),
            Side::Callee => crate::t!("role-callee"),
        }
    }
}

/// What a hit region stands for (what a click selects).
#[derive(Clone, Debug, PartialEq)]
pub enum Target {
    Stream(StreamKey),
    /// A histogram bin: the streams in it.
    Streams(Rc<[StreamKey]>),
    Call {
        record: String,
    },
    Session {
        record: String,
        session: usize,
    },
    Segment {
        record: String,
        session: usize,
        segment: usize,
    },
    /// One side's network and device of a segment's media.
    Endpoint {
        record: String,
        session: usize,
        segment: usize,
        media: usize,
        side: Side,
    },
    /// Nothing to open: a day or a SIP code of the log charts (hover only).
    None,
}

impl Target {
    /// Where a click on the target goes: the stream, segment, session or call it stands for; a
    /// histogram bin with one stream opens that stream, one with several opens nothing by itself.
    pub fn route(&self) -> Option<Route> {
        let call = |record: &str, node| Some(Route::Call { id: record.to_string(), node });
        match self {
            Target::Stream(k) => Some(k.route()),
            Target::Streams(keys) if keys.len() == 1 => Some(keys[0].route()),
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
}

/// A region of a drawn chart and what is there.
#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    /// In device pixels of the drawing backend (canvas backing store), see [`hit_test`].
    pub rect: PixelRect,
    pub target: Target,
    /// The Graph metric, when the region shows one value (`averageJitter`).
    pub metric: Option<&'static str>,
    /// Whose it is: "Owen Franklin → Conferencing server · audio".
    pub label: String,
    /// The exact value with its unit: "16 ms", "1.38 %", "not reported", "3 streams".
    pub value: String,
    /// The rest for a tooltip: max, limit, verdict and reason.
    pub detail: String,
    pub verdict: Option<Verdict>,
}

impl Hit {
    /// The tooltip's second line: the value, after the metric's label when the first line
    /// ([`Hit::label`]) does not already start with it ("Jitter, average: 16 ms").
    pub fn value_line(&self) -> String {
        let Some(metric) = self.metric.and_then(stream_metric) else { return self.value.clone() };
        let label =
            crate::i18n::lookup(&format!("metric-{}", metric.name), &[]).unwrap_or_else(|| metric.label.to_string());
        if self.label.starts_with(&label) {
            self.value.clone()
        } else {
            format!("{label}: {}", self.value)
        }
    }
}

/// The region under the point `(x, y)`, in the same device pixels as [`Hit::rect`]. When
/// regions overlap (a segment over its session, points close together) the smallest wins, then
/// the one whose centre is nearest.
pub fn hit_test(hits: &[Hit], x: f64, y: f64) -> Option<&Hit> {
    if !x.is_finite() || !y.is_finite() {
        return None;
    }
    let distance = |h: &Hit| {
        let (cx, cy) = h.rect.center();
        (cx - x).powi(2) + (cy - y).powi(2)
    };
    hits.iter()
        .filter(|h| h.rect.contains(x, y))
        .min_by(|a, b| a.rect.area().cmp(&b.rect.area()).then_with(|| distance(a).total_cmp(&distance(b))))
}

/// [`hit_test`] for a pointer position in CSS pixels (`MouseEvent.offsetX/Y`) on a canvas
/// whose backing store is `devicePixelRatio` times larger.
pub fn hit_test_css(hits: &[Hit], css_x: f64, css_y: f64, device_pixel_ratio: f64) -> Option<&Hit> {
    let dpr = super::geometry::sanitize_scale(device_pixel_ratio);
    hit_test(hits, css_x * dpr, css_y * dpr)
}

/// Moves hits from area coordinates to backend coordinates.
pub(crate) fn offset_hits(mut hits: Vec<Hit>, base: (i32, i32)) -> Vec<Hit> {
    if base != (0, 0) {
        for h in &mut hits {
            h.rect = h.rect.offset(base);
        }
    }
    hits
}
