//! Per-stream metric charts of one call: one chart per metric group (jitter, packet loss,
//! round trip, audio degradation, concealed samples, video frame rate, frame loss, post-FEC
//! loss), one column per stream, the average as a bar and the maximum as a marker.
//!
//! A call record has per-stream aggregates only, no time series, so these charts compare
//! streams. Each bar knows its value in display units, whether the judgement found it poor,
//! whether it was reported at all, and the active rule set's limit for that metric and media
//! kind (drawn as a dashed line over the streams it applies to).

use super::geometry::{
    common_parts, fit_label_among, fit_middle, fit_text, nice_axis, text_width, to_px, Linear, NiceAxis, PixelRect,
};
use super::hit::{offset_hits, Hit, StreamKey, Target};
use super::naming::{judgements_by_path, media_name, sender_receiver_names, stream_label};
use super::paint::{DrawResult, Painter, Swatch, TextSpec, LABEL_PX, TICK_PX};
use super::text::TextAlternative;
use super::theme::Theme;
use super::worst::{against, keep_worst, MAX_BARS};
use crate::judge::{measured, stream_limit, Limit};
use crate::judge::{Breach, MediaKind, Reason, RecordJudgement, RuleSet, RuleSetKind, StreamJudgement, Verdict};
use crate::model::identity::Names;
use crate::model::metrics::stream_metric;
use crate::model::metrics::{format_value, Metric, Unit};
use crate::model::record::{CallRecord, MediaStream, StreamPath, StreamRef};
use crate::t;
use plotters::coord::Shift;
use plotters::drawing::DrawingArea;
use plotters::prelude::DrawingBackend;
use plotters::style::text_anchor::{HPos, VPos};
use std::collections::HashMap;

/// The metric groups, each one chart.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MetricGroup {
    Jitter,
    PacketLoss,
    RoundTrip,
    AudioDegradation,
    ConcealedSamples,
    VideoFrameRate,
    VideoFrameLoss,
    VideoPostFecLoss,
}

const ALL_KINDS: &[MediaKind] =
    &[MediaKind::Audio, MediaKind::Video, MediaKind::VideoBasedScreenSharing, MediaKind::Unknown];
const AUDIO: &[MediaKind] = &[MediaKind::Audio, MediaKind::Unknown];
const VIDEO: &[MediaKind] = &[MediaKind::Video, MediaKind::VideoBasedScreenSharing];

impl MetricGroup {
    /// In reading order.
    pub const ALL: [MetricGroup; 8] = [
        MetricGroup::Jitter,
        MetricGroup::PacketLoss,
        MetricGroup::RoundTrip,
        MetricGroup::AudioDegradation,
        MetricGroup::ConcealedSamples,
        MetricGroup::VideoFrameRate,
        MetricGroup::VideoFrameLoss,
        MetricGroup::VideoPostFecLoss,
    ];

    pub fn title(self) -> String {
        match self {
            MetricGroup::Jitter => t!("chart-group-jitter"),
            MetricGroup::PacketLoss => t!("chart-group-packet-loss"),
            MetricGroup::RoundTrip => t!("chart-group-round-trip"),
            MetricGroup::AudioDegradation => t!("chart-group-audio-degradation"),
            MetricGroup::ConcealedSamples => t!("chart-group-concealed"),
            MetricGroup::VideoFrameRate => t!("chart-group-frame-rate"),
            MetricGroup::VideoFrameLoss => t!("chart-group-frame-loss"),
            MetricGroup::VideoPostFecLoss => t!("chart-group-post-fec"),
        }
    }

    /// The value axis's name, short enough to stand upright beside the axis.
    pub fn axis_label(self) -> String {
        match self {
            MetricGroup::Jitter => t!("chart-group-jitter"),
            MetricGroup::PacketLoss => t!("chart-group-packet-loss"),
            MetricGroup::RoundTrip => t!("chart-group-round-trip"),
            MetricGroup::AudioDegradation => t!("chart-axis-degradation"),
            MetricGroup::ConcealedSamples => t!("chart-group-concealed"),
            MetricGroup::VideoFrameRate => t!("chart-axis-frame-rate"),
            MetricGroup::VideoFrameLoss => t!("chart-axis-frame-loss"),
            MetricGroup::VideoPostFecLoss => t!("chart-axis-post-fec"),
        }
    }

    /// The Graph property drawn as the bar.
    pub fn average_metric(self) -> &'static str {
        match self {
            MetricGroup::Jitter => "averageJitter",
            MetricGroup::PacketLoss => "averagePacketLossRate",
            MetricGroup::RoundTrip => "averageRoundTripTime",
            MetricGroup::AudioDegradation => "averageAudioDegradation",
            MetricGroup::ConcealedSamples => "averageRatioOfConcealedSamples",
            MetricGroup::VideoFrameRate => "averageVideoFrameRate",
            MetricGroup::VideoFrameLoss => "averageVideoFrameLossPercentage",
            MetricGroup::VideoPostFecLoss => "postForwardErrorCorrectionPacketLossRate",
        }
    }

    /// The Graph property drawn as the max marker, if the group has one.
    pub fn max_metric(self) -> Option<&'static str> {
        match self {
            MetricGroup::Jitter => Some("maxJitter"),
            MetricGroup::PacketLoss => Some("maxPacketLossRate"),
            MetricGroup::RoundTrip => Some("maxRoundTripTime"),
            MetricGroup::ConcealedSamples => Some("maxRatioOfConcealedSamples"),
            _ => None,
        }
    }

    /// The media kinds a stream must have to get a column even when it reports nothing.
    fn kinds(self) -> &'static [MediaKind] {
        match self {
            MetricGroup::Jitter | MetricGroup::PacketLoss | MetricGroup::RoundTrip => ALL_KINDS,
            MetricGroup::AudioDegradation | MetricGroup::ConcealedSamples => AUDIO,
            MetricGroup::VideoFrameRate | MetricGroup::VideoFrameLoss | MetricGroup::VideoPostFecLoss => VIDEO,
        }
    }
}

/// How a bar is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BarStatus {
    /// The judgement lists this metric as a breach: vermillion, hatched, "!" above.
    Poor,
    /// Judged and within the limit: bluish green.
    WithinLimit,
    /// Reported, but the rule set does not decide on it for this stream: blue.
    NotJudged,
    /// The stream could not be classified (e.g. too few packets): grey.
    Unclassified,
    /// No value: dashed hollow box with "not reported".
    NotReported,
}

impl BarStatus {
    pub fn label(self) -> String {
        match self {
            BarStatus::Poor => t!("chart-breaks-limit"),
            BarStatus::WithinLimit => t!("chart-within-limit"),
            BarStatus::NotJudged => t!("chart-not-judged"),
            BarStatus::Unclassified => t!("verdict-word-unclassified"),
            BarStatus::NotReported => crate::model::metrics::not_reported(),
        }
    }

    /// How bad: poor first, then values within or beyond a limit, unclassified, not reported.
    fn rank(self) -> u8 {
        match self {
            BarStatus::Poor => 3,
            BarStatus::WithinLimit | BarStatus::NotJudged => 2,
            BarStatus::Unclassified => 1,
            BarStatus::NotReported => 0,
        }
    }

    const ORDER: [BarStatus; 5] = [
        BarStatus::Poor,
        BarStatus::WithinLimit,
        BarStatus::NotJudged,
        BarStatus::Unclassified,
        BarStatus::NotReported,
    ];
}

/// One metric value of one stream.
#[derive(Clone, Debug, PartialEq)]
pub struct Reading {
    pub metric: &'static str,
    /// As sent (ms, 0–1 ratio, %, fps, MOS points); `None` when not reported.
    pub value: Option<f64>,
    /// In display units (ratios × 100).
    pub display: Option<f64>,
    /// "16 ms", "1.38 %", "not reported", "not a measurement (-196000 ms)".
    pub text: String,
}

impl Reading {
    fn of(metric: &Metric<MediaStream>, stream: &MediaStream) -> Reading {
        let sent = metric.value(stream);
        let value = measured(sent);
        let text = match (sent, value) {
            (Some(v), None) if v.is_finite() => {
                t!("chart-not-a-measurement", value = format_value(Some(v), metric.unit))
            }
            _ => format_value(value, metric.unit),
        };
        Reading { metric: metric.name, value, display: value.map(|v| metric.unit.display_value(v)), text }
    }
}

/// One stream's column.
#[derive(Clone, Debug, PartialEq)]
pub struct StreamBar {
    pub path: StreamPath,
    pub kind: MediaKind,
    pub sender: String,
    pub receiver: String,
    /// "audio", "video"…
    pub media: String,
    /// "Owen Franklin → Conferencing server · audio".
    pub label: String,
    /// The stream's overall verdict (`None`: not in the judgement).
    pub verdict: Option<Verdict>,
    pub average: Reading,
    pub max: Option<Reading>,
    /// The rule set's limit for the average metric and this media kind.
    pub limit: Option<Limit>,
    pub status: BarStatus,
    /// Why: the breach text, the unclassified reason, "within the 30 ms limit"…
    pub reason: String,
}

/// One metric group of one call.
#[derive(Clone, Debug, PartialEq)]
pub struct MetricChart {
    pub record: String,
    pub group: MetricGroup,
    /// The catalogue unit of the average metric.
    pub unit: Unit,
    /// "Jitter (ms)".
    pub axis_title: String,
    pub rules: RuleSetKind,
    /// The streams drawn: at most [`MAX_BARS`], the worst (`worst.rs`), in the call's order.
    pub bars: Vec<StreamBar>,
    /// Streams of the group that are not drawn (a big call): `bars` are the worst.
    pub left_out: usize,
    /// Of those, how many are poor and how many do not report the metric (for the summary,
    /// which counts every stream).
    pub left_out_poor: usize,
    pub left_out_missing: usize,
}

/// The chart of every metric group that has at least one stream, in [`MetricGroup::ALL`] order.
pub fn stream_metric_charts(record: &CallRecord, judgement: &RecordJudgement, rules: &RuleSet) -> Vec<MetricChart> {
    MetricGroup::ALL
        .iter()
        .map(|g| stream_metric_chart(record, judgement, rules, *g))
        .filter(|c| !c.bars.is_empty())
        .collect()
}

/// The chart of one metric group: a column for every stream whose media kind the group is for,
/// and for any other stream that reports the metric.
pub fn stream_metric_chart(
    record: &CallRecord,
    judgement: &RecordJudgement,
    rules: &RuleSet,
    group: MetricGroup,
) -> MetricChart {
    let judged = judgements_by_path(judgement);
    let names = &judgement.names;
    // First what ranking needs, without texts (a big call has thousands of streams, of which
    // the worst MAX_BARS are drawn); then the bars of the streams kept.
    let mut limits: HashMap<MediaKind, Option<Limit>> = HashMap::new();
    let ranked: Vec<(StreamRef<'_>, BarStatus, f64)> = record
        .streams()
        .filter_map(|s| {
            let j = judged.get(&s.path).copied();
            let (average, _, kind) = group_values(&s, j, group)?;
            let limit = limits.entry(kind).or_insert_with(|| stream_limit(rules, average.name, kind));
            let value = measured(average.value(s.stream));
            Some((s, status(value, average.name, j, limit.as_ref()), against(value, limit.as_ref())))
        })
        .collect();
    let count = |status| ranked.iter().filter(|r| r.1 == status).count();
    let (all_poor, all_missing) = (count(BarStatus::Poor), count(BarStatus::NotReported));
    let (kept, left_out) = keep_worst(ranked, MAX_BARS, |(_, status, badness)| (status.rank(), *badness));
    let bars: Vec<StreamBar> =
        kept.iter().filter_map(|(s, _, _)| stream_bar(s, judged.get(&s.path).copied(), rules, group, names)).collect();
    let count = |status| bars.iter().filter(|b| b.status == status).count();
    let (left_out_poor, left_out_missing) =
        (all_poor - count(BarStatus::Poor), all_missing - count(BarStatus::NotReported));
    let unit = stream_metric(group.average_metric()).map(|m| m.unit).unwrap_or(Unit::Count);
    MetricChart {
        record: record.id.clone(),
        group,
        unit,
        axis_title: axis_title(&group.axis_label(), unit),
        rules: rules.kind,
        left_out_poor,
        left_out_missing,
        bars,
        left_out,
    }
}

/// "Jitter (ms)", "Packet loss (%)", "Degradation (MOS points)".
pub(crate) fn axis_title(label: &str, unit: Unit) -> String {
    let unit_text = match unit {
        Unit::Mos => t!("unit-mos-points"),
        Unit::Count | Unit::Level => String::new(),
        Unit::Ms => t!("unit-ms-short"),
        Unit::Fps => t!("unit-fps-short"),
        Unit::Packets => t!("unit-packets-short"),
        other => other.suffix().to_string(),
    };
    if unit_text.is_empty() {
        label.to_string()
    } else {
        format!("{label} ({unit_text})")
    }
}

fn stream_bar(
    s: &StreamRef<'_>,
    judgement: Option<&StreamJudgement>,
    rules: &RuleSet,
    group: MetricGroup,
    names: &Names,
) -> Option<StreamBar> {
    let (average_metric, max_metric, kind) = group_values(s, judgement, group)?;
    let average = Reading::of(average_metric, s.stream);
    let max = max_metric.map(|m| Reading::of(m, s.stream));
    let limit = stream_limit(rules, average.metric, kind);
    let status = status(average.value, average.metric, judgement, limit.as_ref());
    let reason = reason(status, &average, judgement, limit.as_ref(), rules.kind);
    let (sender, receiver) = sender_receiver_names(s, names);
    Some(StreamBar {
        path: s.path,
        kind,
        sender,
        receiver,
        media: media_name(kind, s.media),
        label: stream_label(s, kind, names),
        verdict: judgement.map(|j| j.verdict),
        average,
        max,
        limit,
        status,
        reason,
    })
}

/// A stream's average and max metric of a group, and its media kind.
type GroupValues = (&'static Metric<MediaStream>, Option<&'static Metric<MediaStream>>, MediaKind);

/// The group's metrics a stream is charted by (average, max) and its media kind; `None` when
/// the stream is not in the group's chart (another media kind, reporting neither metric).
fn group_values(s: &StreamRef<'_>, judgement: Option<&StreamJudgement>, group: MetricGroup) -> Option<GroupValues> {
    let kind = judgement.map(|j| j.kind).unwrap_or(MediaKind::Unknown);
    let average = stream_metric(group.average_metric())?;
    let max = group.max_metric().and_then(stream_metric);
    let sent = |m: &Metric<MediaStream>| measured(m.value(s.stream)).is_some();
    let reported = sent(average) || max.is_some_and(sent);
    (group.kinds().contains(&kind) || reported).then_some((average, max, kind))
}

/// The status of a bar: its average `value` of `metric` against the judgement and the limit.
fn status(value: Option<f64>, metric: &str, judgement: Option<&StreamJudgement>, limit: Option<&Limit>) -> BarStatus {
    let Some(value) = value else { return BarStatus::NotReported };
    let Some(j) = judgement else { return BarStatus::NotJudged };
    if j.breaches.iter().any(|b| b.metric == metric) {
        return BarStatus::Poor;
    }
    if j.verdict == Verdict::Unclassified {
        return BarStatus::Unclassified;
    }
    match limit {
        Some(l) if !l.breaks(value) => BarStatus::WithinLimit,
        _ => BarStatus::NotJudged,
    }
}

/// Why a bar has its status: the breach text, the unclassified reasons, "within the 30 ms
/// limit"…
fn reason(
    status: BarStatus,
    average: &Reading,
    judgement: Option<&StreamJudgement>,
    limit: Option<&Limit>,
    rules: RuleSetKind,
) -> String {
    let rules = rules.short_name();
    match (status, judgement) {
        (BarStatus::NotReported, _) => average.text.clone(),
        (_, None) => t!("chart-stream-not-judged"),
        (BarStatus::Poor, Some(j)) => {
            j.breaches.iter().find(|b| b.metric == average.metric).map(Breach::text).unwrap_or_default()
        }
        (BarStatus::Unclassified, Some(j)) if j.unclassified_reasons.is_empty() => t!("chart-stream-unclassified"),
        (BarStatus::Unclassified, Some(j)) => {
            j.unclassified_reasons.iter().map(Reason::text).collect::<Vec<_>>().join("; ")
        }
        (BarStatus::WithinLimit, _) | (BarStatus::NotJudged, _) => match limit {
            Some(l) if status == BarStatus::WithinLimit => {
                t!("chart-within-the-limit", limit = l.text.as_str(), rules = rules.as_str())
            }
            Some(l) => t!("chart-beyond-not-deciding", limit = l.text.as_str(), rules = rules.as_str()),
            None => t!("chart-no-limit-under", rules = rules.as_str()),
        },
    }
}

impl MetricChart {
    /// The title drawn on the chart: "Jitter · CQD, current (2022–)".
    pub fn title(&self) -> String {
        let title = format!("{} · {}", self.group.title(), self.rules.name());
        match self.left_out {
            0 => title,
            n => t!("chart-worst-streams", title = title, shown = self.bars.len(), count = self.bars.len() + n),
        }
    }

    /// True when at least one stream reports a value (otherwise the chart says "no data").
    pub fn has_values(&self) -> bool {
        self.bars.iter().any(|b| b.average.value.is_some() || b.max.as_ref().is_some_and(|m| m.value.is_some()))
    }

    /// "Jitter per stream (CQD current rules)".
    pub fn caption(&self) -> String {
        let caption = t!("chart-metric-caption", metric = self.group.title(), rules = self.rules.name());
        match self.left_out {
            0 => caption,
            n => t!("chart-worst-streams", title = caption, shown = self.bars.len(), count = self.bars.len() + n),
        }
    }

    /// The chart as a table: stream, media, average, max, limit, assessment.
    pub fn text_alternative(&self) -> TextAlternative {
        let has_max = self.group.max_metric().is_some();
        let columns = if has_max {
            vec![
                t!("chart-col-stream"),
                t!("chart-col-media"),
                t!("chart-col-average"),
                t!("chart-col-max"),
                t!("chart-col-limit"),
                t!("chart-col-assessment"),
            ]
        } else {
            vec![
                t!("chart-col-stream"),
                t!("chart-col-media"),
                t!("chart-col-value"),
                t!("chart-col-limit"),
                t!("chart-col-assessment"),
            ]
        };
        let mut table = TextAlternative::new(self.caption(), columns);
        for bar in &self.bars {
            let mut row =
                vec![format!("{} → {}", bar.sender, bar.receiver), bar.media.clone(), bar.average.text.clone()];
            if has_max {
                row.push(bar.max.as_ref().map(|m| m.text.clone()).unwrap_or_default());
            }
            row.push(bar.limit.as_ref().map(|l| l.text.clone()).unwrap_or_else(|| t!("none")));
            row.push(format!("{}: {}", bar.status.label(), bar.reason));
            table.rows.push(row);
        }
        table.summary = self.summary();
        table
    }

    fn summary(&self) -> String {
        if self.bars.is_empty() {
            return t!("chart-metric-no-streams", metric = self.group.title().to_lowercase());
        }
        // Every stream of the group is counted; the poor ones drawn are named.
        let poor: Vec<&StreamBar> = self.bars.iter().filter(|b| b.status == BarStatus::Poor).collect();
        let missing = self.bars.iter().filter(|b| b.status == BarStatus::NotReported).count() + self.left_out_missing;
        let streams = self.bars.len() + self.left_out;
        if poor.is_empty() && self.left_out_poor == 0 {
            t!("chart-metric-summary-none-poor", streams = streams, missing = missing)
        } else {
            let names: Vec<String> = poor.iter().map(|b| format!("{} ({})", b.label, b.reason)).collect();
            t!(
                "chart-metric-summary-poor",
                streams = streams,
                poor = poor.len() + self.left_out_poor,
                names = names.join("; "),
                missing = missing
            )
        }
    }

    /// Where everything goes in an area of `size` device pixels at device-pixel ratio `scale`.
    pub fn layout(&self, size: (u32, u32), scale: f64) -> MetricLayout {
        MetricLayout::new(self, size, super::geometry::sanitize_scale(scale))
    }

    /// The hover/click regions of the chart drawn at `size` and `scale`, area-relative.
    pub fn hits(&self, size: (u32, u32), scale: f64) -> Vec<Hit> {
        let layout = self.layout(size, scale);
        if !layout.drawable || !self.has_values() {
            return Vec::new();
        }
        self.bars.iter().zip(&layout.columns).map(|(bar, col)| self.hit(bar, col)).collect()
    }

    fn hit(&self, bar: &StreamBar, col: &Column) -> Hit {
        let mut detail = Vec::new();
        if let Some(max) = &bar.max {
            detail.push(t!("chart-max-value", value = max.text.as_str()));
        }
        if let Some(limit) = &bar.limit {
            detail.push(format!("{} ({})", limit.text, limit.source));
        }
        detail.push(format!("{}: {}", bar.status.label(), bar.reason));
        Hit {
            rect: col.hit,
            target: Target::Stream(StreamKey { record: self.record.clone(), path: bar.path }),
            metric: Some(bar.average.metric),
            label: bar.label.clone(),
            value: bar.average.text.clone(),
            detail: detail.join(" · "),
            verdict: bar.verdict,
        }
    }
}

/// Pixel positions of one stream's column.
#[derive(Clone, Debug, PartialEq)]
pub struct Column {
    /// The stream's slot: full plot height, its share of the width.
    pub band: PixelRect,
    /// The average bar (or the "not reported" box).
    pub bar: PixelRect,
    /// The y of the max marker.
    pub max_y: Option<i32>,
    /// The hover region: the slot plus its label.
    pub hit: PixelRect,
}

/// The geometry of a drawn [`MetricChart`].
#[derive(Clone, Debug, PartialEq)]
pub struct MetricLayout {
    /// False when the area is too small to draw into.
    pub drawable: bool,
    pub scale: f64,
    /// The plotting area: `y1` is the value 0, `y0` the axis maximum.
    pub plot: PixelRect,
    /// The value axis, in display units.
    pub axis: NiceAxis,
    pub columns: Vec<Column>,
    /// Stream labels written upwards (narrow columns) rather than in two lines.
    pub vertical_labels: bool,
    /// Upright labels whose "sender → receiver" is wider than a column: the sender and the
    /// receiver on lines of their own (and the media on a third), so neither name is cut.
    pub wrapped_names: bool,
    /// Bottom of the label area.
    pub labels_bottom: i32,
}

impl MetricLayout {
    fn new(chart: &MetricChart, (w, h): (u32, u32), s: f64) -> MetricLayout {
        let (w, h) = (f64::from(w), f64::from(h));
        let margin = 8.0 * s;
        let top = margin + 18.0 * s + 16.0 * s + 14.0 * s;
        let left = margin + 16.0 * s + 44.0 * s;
        let right = w - margin;
        let n = chart.bars.len().max(1) as f64;
        let band = (right - left) / n;
        let vertical_labels = band < 100.0 * s;
        let wrapped_names = !vertical_labels
            && chart.bars.iter().any(|b| text_width(&names_line(b), TICK_PX * s) > label_room(band, s));
        let label_h = match (vertical_labels, wrapped_names) {
            (true, _) => (0.4 * h).min(150.0 * s),
            (false, true) => 48.0 * s,
            (false, false) => 34.0 * s,
        };
        let bottom = h - margin - label_h;
        let plot = PixelRect::from_f64(left, top, right, bottom);
        let data_max = chart
            .bars
            .iter()
            .flat_map(|b| {
                [b.average.display, b.max.as_ref().and_then(|m| m.display), b.limit.as_ref().map(Limit::display)]
            })
            .flatten()
            .fold(0.0_f64, f64::max);
        // 10 % headroom, so a limit or a maximum never sits on the top edge.
        let axis = nice_axis(data_max * 1.1, 5);
        let drawable = plot.width() >= to_px(20.0 * s) && plot.height() >= to_px(20.0 * s);
        let y = Linear { d0: 0.0, d1: axis.max, p0: f64::from(plot.y1), p1: f64::from(plot.y0) };
        let labels_bottom = to_px(bottom + label_h);
        let columns = chart
            .bars
            .iter()
            .enumerate()
            .map(|(i, bar)| column(bar, left + band * i as f64, band, &plot, &y, s, labels_bottom))
            .collect();
        MetricLayout { drawable, scale: s, plot, axis, columns, vertical_labels, wrapped_names, labels_bottom }
    }

    /// The y pixel of a value in display units (ms, %, fps…).
    pub fn value_y(&self, display_value: f64) -> f64 {
        Linear { d0: 0.0, d1: self.axis.max, p0: f64::from(self.plot.y1), p1: f64::from(self.plot.y0) }
            .map(display_value)
    }
}

fn column(bar: &StreamBar, x: f64, band: f64, plot: &PixelRect, y: &Linear, s: f64, labels_bottom: i32) -> Column {
    let bar_w = (band * 0.6).min(56.0 * s).max(1.0);
    let cx = x + band / 2.0;
    let base = f64::from(plot.y1);
    let top = match bar.average.display {
        Some(v) => y.map_clamped(v.max(0.0)),
        // Tall enough for the words "not reported", written upwards when the column is narrow.
        None => {
            let words = super::geometry::text_width(crate::model::metrics::NOT_REPORTED, TICK_PX * s) + 8.0 * s;
            base - (f64::from(plot.height()) * 0.35).max(words).min(f64::from(plot.height()))
        }
    };
    Column {
        band: PixelRect::from_f64(x, f64::from(plot.y0), x + band, base),
        bar: PixelRect::from_f64(cx - bar_w / 2.0, top, cx + bar_w / 2.0, base),
        max_y: bar.max.as_ref().and_then(|m| m.display).map(|v| to_px(y.map_clamped(v.max(0.0)))),
        hit: PixelRect::new(to_px(x), plot.y0, to_px(x + band), labels_bottom),
    }
}

/// Draws `chart` into `area` and returns the hover/click regions in backend pixels.
///
/// `scale` is the device-pixel ratio: the area is in device pixels (canvas backing store) and
/// fonts, strokes and margins are multiplied by `scale`. Draws "No data" when no stream
/// reports the metric; never fails on data, only on backend errors.
pub fn draw_metric_chart<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &MetricChart,
    theme: &Theme,
    scale: f64,
) -> DrawResult<Vec<Hit>, DB> {
    let layout = chart.layout(area.dim_in_pixel(), scale);
    let p = Painter::new(area, theme, layout.scale);
    if !p.frame(
        &chart.title(),
        (!chart.has_values())
            .then_some(t!("chart-no-data-stream-reports", metric = chart.group.title().to_lowercase()).as_str()),
        layout.drawable,
    )? {
        return Ok(Vec::new());
    }
    draw_legend(&p, chart)?;
    draw_value_axis(&p, &layout, &chart.axis_title)?;
    // What every bar shares ("Conferencing server", "audio") gives way first in a label too
    // long for its column, so the names that tell the bars apart survive.
    let common = common_parts(chart.bars.iter().map(|b| b.label.as_str()));
    for (bar, col) in chart.bars.iter().zip(&layout.columns) {
        draw_column(&p, bar, col)?;
        draw_stream_label(&p, bar, col, &layout, &common)?;
    }
    draw_limits(&p, chart, &layout)?;
    Ok(offset_hits(chart.hits(area.dim_in_pixel(), scale), area.get_base_pixel()))
}

fn draw_legend<DB: DrawingBackend>(p: &Painter<'_, DB>, chart: &MetricChart) -> DrawResult<(), DB> {
    let y = to_px(p.px(8.0 + 18.0 + 8.0));
    let mut x = to_px(p.px(8.0));
    for status in BarStatus::ORDER.iter().filter(|st| chart.bars.iter().any(|b| b.status == **st)) {
        let swatch = match status {
            BarStatus::NotReported => Swatch::Dashed(p.theme.muted),
            BarStatus::Poor => Swatch::Hatched(p.theme.poor),
            other => Swatch::Fill(status_colour(p.theme, *other)),
        };
        x = p.legend_item(x, y, swatch, &status.label())?;
    }
    if chart.group.max_metric().is_some() {
        x = p.legend_line(x, y, p.theme.marker, false, &t!("chart-legend-max"))?;
    }
    if chart.bars.iter().any(|b| b.limit.is_some()) {
        p.legend_line(x, y, p.theme.threshold, true, &t!("chart-legend-limit"))?;
    }
    Ok(())
}

pub(crate) fn status_colour(theme: &Theme, status: BarStatus) -> plotters::style::RGBColor {
    match status {
        BarStatus::Poor => theme.poor,
        BarStatus::WithinLimit => theme.good,
        BarStatus::NotJudged => theme.not_judged,
        BarStatus::Unclassified | BarStatus::NotReported => theme.unclassified,
    }
}

/// Grid lines, tick labels and the rotated axis title on the left of `layout.plot`.
fn draw_value_axis<DB: DrawingBackend>(p: &Painter<'_, DB>, layout: &MetricLayout, title: &str) -> DrawResult<(), DB> {
    let plot = layout.plot;
    for tick in layout.axis.ticks() {
        let y = to_px(layout.value_y(tick));
        p.line((plot.x0, y), (plot.x1, y), p.theme.grid, 1.0)?;
        let spec = TextSpec::new(TICK_PX, p.theme.text).anchor(HPos::Right, VPos::Center);
        p.text(&layout.axis.tick_text(tick), (plot.x0 - to_px(p.px(4.0)), y), spec)?;
    }
    p.line((plot.x0, plot.y0), (plot.x0, plot.y1), p.theme.axis, 1.0)?;
    p.line((plot.x0, plot.y1), (plot.x1, plot.y1), p.theme.axis, 1.0)?;
    let spec = TextSpec::new(LABEL_PX, p.theme.text).anchor(HPos::Center, VPos::Center).vertical();
    let fitted = fit_text(title, f64::from(plot.height()), p.px(LABEL_PX));
    p.text(&fitted, (to_px(p.px(8.0 + 8.0)), to_px(f64::from(plot.y0 + plot.y1) / 2.0)), spec)
}

fn draw_column<DB: DrawingBackend>(p: &Painter<'_, DB>, bar: &StreamBar, col: &Column) -> DrawResult<(), DB> {
    match bar.status {
        BarStatus::NotReported => p.not_reported(col.bar)?,
        status => {
            let bar_rect = PixelRect { y1: col.bar.y1.max(col.bar.y0 + 1), ..col.bar };
            p.fill(bar_rect, status_colour(p.theme, status))?;
            if status == BarStatus::Poor {
                p.hatch(bar_rect)?;
            }
        }
    }
    let (cx, _) = col.bar.center();
    let cx = to_px(cx);
    let mut top = col.bar.y0;
    if let Some(max_y) = col.max_y {
        let half = col.bar.width() / 2 + to_px(p.px(3.0));
        if bar.average.value.is_some() && max_y < col.bar.y0 {
            p.line((cx, col.bar.y0), (cx, max_y), p.theme.marker, 1.0)?;
        }
        p.line((cx - half, max_y), (cx + half, max_y), p.theme.marker, 2.0)?;
        top = top.min(max_y);
    }
    if bar.status == BarStatus::Poor {
        p.poor_mark(cx, top)?;
    }
    Ok(())
}

fn draw_stream_label<DB: DrawingBackend>(
    p: &Painter<'_, DB>,
    bar: &StreamBar,
    col: &Column,
    layout: &MetricLayout,
    common: &[String],
) -> DrawResult<(), DB> {
    let cx = to_px(col.band.center().0);
    let y = layout.plot.y1 + to_px(p.px(4.0));
    let room = label_room(f64::from(col.band.width()), p.s);
    if layout.vertical_labels {
        let text = fit_label_among(&bar.label, f64::from(layout.labels_bottom - y), p.px(TICK_PX), common);
        let spec = TextSpec::new(TICK_PX, p.theme.text).anchor(HPos::Right, VPos::Center).vertical();
        return p.text(&text, (cx, y), spec);
    }
    let line = to_px(p.px(14.0));
    let spec = TextSpec::new(TICK_PX, p.theme.text).anchor(HPos::Center, VPos::Top);
    let lines = if layout.wrapped_names {
        let sender = fit_middle(&format!("{} →", bar.sender), room, p.px(TICK_PX));
        p.text(&sender, (cx, y), spec)?;
        let receiver = fit_middle(&bar.receiver, room, p.px(TICK_PX));
        p.text(&receiver, (cx, y + line), spec)?;
        2
    } else {
        p.text(&fit_label_among(&names_line(bar), room, p.px(TICK_PX), common), (cx, y), spec)?;
        1
    };
    let media = fit_text(&bar.media, room, p.px(TICK_PX));
    p.text(&media, (cx, y + lines * line), TextSpec::new(TICK_PX, p.theme.muted).anchor(HPos::Center, VPos::Top))
}

/// "Conferencing server → Owen Franklin": the first line of an upright stream label.
fn names_line(bar: &StreamBar) -> String {
    format!("{} → {}", bar.sender, bar.receiver)
}

/// The width a stream label has in a column `band` device pixels wide at scale `s`.
fn label_room(band: f64, s: f64) -> f64 {
    band - 4.0 * s
}

/// A dashed line per run of neighbouring columns that share a limit, labelled at its right end.
fn draw_limits<DB: DrawingBackend>(
    p: &Painter<'_, DB>,
    chart: &MetricChart,
    layout: &MetricLayout,
) -> DrawResult<(), DB> {
    for (limit, first, last) in limit_runs(&chart.bars) {
        let (Some(from), Some(to)) = (layout.columns.get(first), layout.columns.get(last)) else { continue };
        let y = to_px(layout.value_y(limit.display()));
        let (x0, x1) = (from.band.x0, to.band.x1);
        p.dashed((x0, y), (x1, y), p.theme.threshold, 1.5)?;
        // Right-aligned to the run's end, but never out over the value axis's tick labels
        // (a run of one or two narrow columns is shorter than its words).
        let words = text_width(&limit.text, p.px(TICK_PX));
        let right = (x1 - to_px(p.px(2.0))).max(layout.plot.x0 + to_px(words + p.px(3.0)));
        p.limit_label(&limit.text, (right, y - to_px(p.px(2.0))), HPos::Right, VPos::Bottom)?;
    }
    Ok(())
}

/// Runs of neighbouring bars with the same limit: (limit, first index, last index).
pub(crate) fn limit_runs(bars: &[StreamBar]) -> Vec<(&Limit, usize, usize)> {
    let mut runs: Vec<(&Limit, usize, usize)> = Vec::new();
    for (i, bar) in bars.iter().enumerate() {
        let Some(limit) = &bar.limit else { continue };
        match runs.last_mut() {
            Some((l, _, last)) if *last + 1 == i && l.value == limit.value && l.cmp == limit.cmp => *last = i,
            _ => runs.push((limit, i, i)),
        }
    }
    runs
}
