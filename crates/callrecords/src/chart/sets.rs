//! The charts each page shows together: a call's ([`CallChartSet`]: its timeline, one chart per
//! stream-metric group, network and device events side by side) and those over every loaded
//! call ([`AcrossChartSet`]: the audio distributions and the jitter/loss scatter), when each
//! section starts open, and what a click on a histogram bin does ([`pick`], [`PickedStreams`]).

use super::across::{Distribution, JitterLossScatter};
use super::gather::Gathering;
use super::health::{endpoint_health, HealthChart};
use super::hit::{StreamKey, Target};
use super::streams::{stream_metric_chart, MetricChart, MetricGroup};
use super::text::SHOWN_ROWS;
use super::timeline::{timeline, Timeline};
use crate::judge::{FindingLimits, RecordJudgement, RuleSet};
use crate::model::datetime::UtcInstant;
use crate::model::identity::Names;
use crate::model::metrics::stream_metric;
use crate::model::record::CallRecord;
use crate::model::Dataset;
use crate::sliced::Sliced;
use crate::view::route::Route;
use std::rc::Rc;

/// A call's charts start closed above this many streams (a meeting with hundreds of sessions
/// opens at once; its charts are drawn when asked for).
pub const CALL_OPEN_STREAMS: usize = 400;

/// Across calls, the section starts closed above this many streams, so opening the overview of
/// a large export never waits for the charts.
pub const ACROSS_OPEN_STREAMS: usize = 5000;

/// The charts of one call.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CallChartSet {
    /// `None` when the call has no sessions or segments with times.
    pub timeline: Option<Rc<Timeline>>,
    pub metrics: Vec<Rc<MetricChart>>,
    /// Network events and device events, side by side ([`HealthChart::by_source`]).
    pub health: Vec<Rc<HealthChart>>,
    /// Endpoint sides with network or device info but none of the charted ratios.
    pub silent_sides: usize,
}

/// One piece of a call's charts ([`CallChartSet::add`]): the page makes one a task, so that a
/// call with thousands of streams shows its first chart at once and never blocks for long.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChartPart {
    Timeline,
    /// The chart of one stream-metric group (none when no stream has its metric).
    Metric(MetricGroup),
    /// The network and device events.
    Health,
}

impl CallChartSet {
    /// Every chart of the call: [`CallChartSet::add`] of each of [`CallChartSet::parts`].
    pub fn new(record: &CallRecord, judgement: &RecordJudgement, rules: &RuleSet) -> CallChartSet {
        let mut set = CallChartSet::default();
        for part in CallChartSet::parts() {
            set.add(part, record, judgement, rules);
        }
        set
    }

    /// The pieces of a call's charts, in the order they are shown.
    pub fn parts() -> impl Iterator<Item = ChartPart> {
        std::iter::once(ChartPart::Timeline)
            .chain(MetricGroup::ALL.iter().map(|g| ChartPart::Metric(*g)))
            .chain(std::iter::once(ChartPart::Health))
    }

    /// Makes one piece of the call's charts, in place of any it had: a set made under other rules
    /// (or of other data) is made again a piece at a time, and shows the old pieces meanwhile.
    pub fn add(&mut self, part: ChartPart, record: &CallRecord, judgement: &RecordJudgement, rules: &RuleSet) {
        match part {
            ChartPart::Timeline => {
                self.timeline = Some(timeline(record, judgement)).filter(|t| !t.is_empty()).map(Rc::new);
            }
            ChartPart::Metric(group) => {
                self.metrics.retain(|c| c.group != group);
                let chart = stream_metric_chart(record, judgement, rules, group);
                if !chart.bars.is_empty() {
                    self.metrics.push(Rc::new(chart));
                    // In the published order, wherever the group was.
                    self.metrics.sort_by_key(|c| MetricGroup::ALL.iter().position(|g| *g == c.group));
                }
            }
            ChartPart::Health => {
                let (health, silent_sides) = endpoint_health(record, &FindingLimits::default()).by_source();
                self.health = health.into_iter().map(Rc::new).collect();
                self.silent_sides = silent_sides;
            }
        }
    }

    /// Whether a call with this many streams has its charts open at first.
    pub fn starts_open(streams: usize) -> bool {
        streams <= CALL_OPEN_STREAMS
    }

    /// No chart at all.
    pub fn is_empty(&self) -> bool {
        self.timeline.is_none() && self.metrics.is_empty() && self.health.is_empty()
    }

    /// The note under the health charts when endpoint sides were left out of them.
    pub fn silent_sides_note(&self) -> Option<String> {
        (self.silent_sides > 0).then(|| crate::t!("chart-silent-sides", sides = self.silent_sides))
    }
}

/// The charts over every loaded call.
#[derive(Clone, Debug, PartialEq)]
pub struct AcrossChartSet {
    /// One per audio metric with at least one reported value.
    pub distributions: Vec<Rc<Distribution>>,
    pub scatter: Rc<JitterLossScatter>,
}

impl AcrossChartSet {
    /// The charts over the loaded records that have streams, judged by `judgements` (one per
    /// record, in dataset order).
    pub fn new(dataset: &Dataset, judgements: &[RecordJudgement], rules: &RuleSet) -> AcrossChartSet {
        AcrossChartSet::of(Gathering::new(&dataset.records, judgements).run(), rules)
    }

    /// The charts a [`Gathering`] made (all of them once it is done), under `rules`.
    pub fn of(gathering: Gathering<'_>, rules: &RuleSet) -> AcrossChartSet {
        let (distributions, scatter) = gathering.finish(rules);
        AcrossChartSet { distributions: distributions.into_iter().map(Rc::new).collect(), scatter: Rc::new(scatter) }
    }

    /// How many loaded calls have streams, and how many streams they have in all: the charts
    /// across calls are shown from two such calls on.
    pub fn counts(dataset: &Dataset) -> (usize, usize) {
        // By the media's lengths: walking every stream through `streams()` took 20 ms at 1 GB.
        let streams = |r: &crate::model::record::CallRecord| -> usize {
            r.sessions.iter().flat_map(|s| &s.segments).flat_map(|g| &g.media).map(|m| m.streams.len()).sum()
        };
        let counts = dataset.records.iter().map(streams).filter(|n| *n > 0);
        counts.fold((0_usize, 0_usize), |(c, s), n| (c + 1, s + n))
    }

    /// Whether the section is shown for this many calls with streams.
    pub fn shown(calls: usize) -> bool {
        calls >= 2
    }

    /// Whether the section starts open for this many streams.
    pub fn starts_open(streams: usize) -> bool {
        streams <= ACROSS_OPEN_STREAMS
    }
}

/// The streams of a clicked histogram bin, listed under the charts.
#[derive(Clone, Debug, PartialEq)]
pub struct PickedStreams {
    /// The Graph metric of the histogram (`averageJitter`), when it has one.
    pub metric: Option<&'static str>,
    pub streams: Rc<[StreamKey]>,
}

/// What a click on a chart of several calls does.
#[derive(Clone, Debug, PartialEq)]
pub enum Pick {
    /// A bin of several streams: list them.
    List(PickedStreams),
    /// One stream (or another node): open it.
    Open(Route),
    /// Nothing to open.
    Nothing,
}

/// What a click on `target` of the chart of `metric` does.
pub fn pick(target: Target, metric: Option<&'static str>) -> Pick {
    match target {
        Target::Streams(streams) if streams.len() > 1 => Pick::List(PickedStreams { metric, streams }),
        other => other.route().map_or(Pick::Nothing, Pick::Open),
    }
}

impl PickedStreams {
    /// "3 streams in the clicked bar of “Jitter, average”".
    pub fn title(&self) -> String {
        match self.metric.and_then(stream_metric) {
            Some(m) => crate::t!("chart-picked-of", count = self.streams.len(), metric = m.label_text()),
            None => crate::t!("chart-picked", count = self.streams.len()),
        }
    }

    /// The first [`SHOWN_ROWS`] streams, each as a line and the route that opens it: "<start of
    /// the call> · Owen Franklin → Conferencing server · 45 ms", with the call's start written
    /// by `time` (the record id when the start is unknown).
    pub fn lines(&self, dataset: &Dataset, time: impl Fn(UtcInstant) -> String) -> Vec<(String, Route)> {
        let metric = self.metric.and_then(stream_metric);
        // Each record's names are built once, however many of its streams the bar holds.
        let mut names: std::collections::HashMap<&str, Names> = std::collections::HashMap::new();
        self.streams
            .iter()
            .take(SHOWN_ROWS)
            .map(|key| {
                let record = dataset.record(&key.record);
                let stream = record.and_then(|r| r.stream_at(key.path));
                let when = record.and_then(|r| r.start).map(&time).unwrap_or_else(|| key.record.clone());
                let who = match (record, stream) {
                    (Some(r), Some(s)) => {
                        s.direction_label_in(names.entry(key.record.as_str()).or_insert_with(|| r.names()))
                    }
                    _ => crate::t!("chart-stream-not-found"),
                };
                let value = match (metric, stream) {
                    (Some(m), Some(s)) => format!(" · {}", m.format(s.stream)),
                    _ => String::new(),
                };
                (format!("{when} · {who}{value}"), key.route())
            })
            .collect()
    }
}
