//! Gathering the values of the charts across calls ([`Distribution`]s and the
//! [`JitterLossScatter`]) in one walk over the calls' streams, a record at a time: each
//! stream is read once for every chart (each chart walking every stream of a 1 GB export was a
//! second and a half), and a caller with a clock of its own (the page, between frames) can
//! spread the walk over slices ([`Sliced`]); any slicing gives the same charts.

use super::across::{bin, Distribution, JitterLossScatter, JudgedCall, ScatterPoint, DISTRIBUTION_METRICS};
use super::hit::StreamKey;
use super::naming::stream_label;
use super::streams::axis_title;
use crate::judge::{measured, stream_limit, MediaKind, RecordJudgement, RuleSet, StreamJudgement};
use crate::model::metrics::{stream_metric, Metric, Unit};
use crate::model::record::{CallRecord, MediaStream, StreamPath};
use crate::sliced::Sliced;
use std::collections::HashMap;

/// A distribution's values so far: its catalogue entry, the values (stream, display value,
/// poor on this metric) and how many audio streams lacked it.
type MetricValues = (&'static Metric<MediaStream>, Vec<(StreamKey, f64, bool)>, usize);

/// What the walk has gathered so far: each distribution's values, the scatter's points.
struct Values {
    /// One per metric of [`DISTRIBUTION_METRICS`] (or the one asked for).
    metrics: Vec<MetricValues>,
    points: Vec<ScatterPoint>,
    not_plotted: usize,
}

impl Values {
    fn new(metrics: &[&str]) -> Values {
        let metrics = metrics.iter().filter_map(|m| stream_metric(m)).map(|e| (e, Vec::new(), 0)).collect();
        Values { metrics, points: Vec::new(), not_plotted: 0 }
    }

    /// Every stream of one call, read once.
    fn add(&mut self, record: &CallRecord, judgement: &RecordJudgement) {
        let mut judged = Judged::of(judgement);
        for s in record.streams() {
            let j = judged.at(s.path);
            let key = || StreamKey { record: record.id.clone(), path: s.path };
            if let Some(j) = j.filter(|j| j.kind == MediaKind::Audio) {
                for (entry, values, not_reported) in &mut self.metrics {
                    match measured(entry.value(s.stream)) {
                        Some(v) => {
                            let poor = j.breaches.iter().any(|b| b.metric == entry.name);
                            values.push((key(), entry.unit.display_value(v), poor));
                        }
                        None => *not_reported += 1,
                    }
                }
            }
            let kind = j.map_or(MediaKind::Unknown, |j| j.kind);
            match (measured(s.stream.average_jitter), measured(s.stream.average_packet_loss_rate)) {
                (Some(jitter), Some(loss)) => self.points.push(ScatterPoint {
                    key: key(),
                    label: stream_label(&s, kind, &judgement.names),
                    kind,
                    jitter_ms: jitter,
                    loss_percent: Unit::Ratio.display_value(loss),
                    verdict: j.map(|j| j.verdict),
                }),
                _ => self.not_plotted += 1,
            }
        }
    }

    /// The distributions (in the order asked for, empty ones too) and the scatter.
    fn finish(self, rules: &RuleSet) -> (Vec<Distribution>, JitterLossScatter) {
        let distributions = self
            .metrics
            .into_iter()
            .map(|(entry, values, not_reported)| {
                let limit = stream_limit(rules, entry.name, MediaKind::Audio);
                let reported = values.len();
                Distribution {
                    metric: entry.name,
                    label: entry.label,
                    unit: entry.unit,
                    axis_title: axis_title(entry.label, entry.unit),
                    bins: bin(values, limit.as_ref()),
                    limit,
                    rules: rules.kind,
                    reported,
                    not_reported,
                }
            })
            .collect();
        let scatter = JitterLossScatter {
            points: self.points,
            jitter_limit: stream_limit(rules, "averageJitter", MediaKind::Audio),
            loss_limit: stream_limit(rules, "averagePacketLossRate", MediaKind::Audio),
            rules: rules.kind,
            not_plotted: self.not_plotted,
        };
        (distributions, scatter)
    }
}

/// A record's stream judgements by path: the judge lists them in the record's stream order, so
/// they are read in step; a map is made only if they are not.
struct Judged<'a> {
    streams: &'a [StreamJudgement],
    next: usize,
    by_path: Option<HashMap<StreamPath, &'a StreamJudgement>>,
}

impl<'a> Judged<'a> {
    fn of(judgement: &'a RecordJudgement) -> Judged<'a> {
        Judged { streams: &judgement.streams, next: 0, by_path: None }
    }

    fn at(&mut self, path: StreamPath) -> Option<&'a StreamJudgement> {
        if let Some(map) = &self.by_path {
            return map.get(&path).copied();
        }
        match self.streams.get(self.next) {
            Some(j) if j.path == path => {
                self.next += 1;
                Some(j)
            }
            _ => {
                let map: HashMap<_, _> = self.streams.iter().map(|j| (j.path, j)).collect();
                let found = map.get(&path).copied();
                self.by_path = Some(map);
                found
            }
        }
    }
}

/// The distribution of every metric in [`DISTRIBUTION_METRICS`].
pub fn audio_distributions(calls: &[JudgedCall<'_>], rules: &RuleSet) -> Vec<Distribution> {
    gathered(calls, rules, &DISTRIBUTION_METRICS).0
}

/// The distribution of one stream metric over the audio streams of `calls`; `None` for a name
/// not in the catalogue.
pub fn audio_distribution(calls: &[JudgedCall<'_>], rules: &RuleSet, metric: &str) -> Option<Distribution> {
    gathered(calls, rules, &[metric]).0.pop()
}

/// Jitter against loss over every stream of `calls` that reports both.
pub fn jitter_loss_scatter(calls: &[JudgedCall<'_>], rules: &RuleSet) -> JitterLossScatter {
    gathered(calls, rules, &[]).1
}

fn gathered(calls: &[JudgedCall<'_>], rules: &RuleSet, metrics: &[&str]) -> (Vec<Distribution>, JitterLossScatter) {
    let mut values = Values::new(metrics);
    for (record, judgement) in calls {
        values.add(record, judgement);
    }
    values.finish(rules)
}

/// The charts across the calls of a dataset, gathered a record at a time: the records (with
/// their judgements, one per record in dataset order) that have streams.
pub struct Gathering<'a> {
    records: &'a [CallRecord],
    judgements: &'a [RecordJudgement],
    at: usize,
    values: Values,
}

impl<'a> Gathering<'a> {
    /// Nothing gathered yet.
    pub fn new(records: &'a [CallRecord], judgements: &'a [RecordJudgement]) -> Gathering<'a> {
        Gathering { records, judgements, at: 0, values: Values::new(&DISTRIBUTION_METRICS) }
    }

    /// The distributions with at least one value, and the scatter, under `rules` (their limits).
    pub fn finish(self, rules: &RuleSet) -> (Vec<Distribution>, JitterLossScatter) {
        let (distributions, scatter) = self.values.finish(rules);
        (distributions.into_iter().filter(|d| !d.is_empty()).collect(), scatter)
    }
}

/// A unit is a record's streams, read once for every chart.
impl Sliced for Gathering<'_> {
    fn step(&mut self) -> bool {
        let (Some(record), Some(judgement)) = (self.records.get(self.at), self.judgements.get(self.at)) else {
            return false;
        };
        self.values.add(record, judgement);
        self.at += 1;
        true
    }

    fn done(&self) -> usize {
        self.at
    }

    fn total(&self) -> usize {
        self.records.len().min(self.judgements.len())
    }
}
