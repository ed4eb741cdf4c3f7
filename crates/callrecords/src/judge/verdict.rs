//! Quality verdicts: every stream judged Good, Poor or Unclassified under a named rule set
//! (CQD current, CQD classic, CQD interim, network targets, or custom thresholds), with the
//! reason, and rolled up to media, segment, session and call.
//!
//! A metric that is not reported is never counted as good: a stream whose deciding metrics are
//! missing is Unclassified, and says which were missing.
//!
//! The rule sets and their sources are in [`crate::judge::rule_sets`], the media kind and the
//! inbound/outbound reading in [`crate::judge::media_kind`], findings and the plain summary in
//! [`crate::judge::findings`]; all are re-exported here, so `quality::` is the one path to use.
//!
//! # Boundaries
//!
//! Every threshold is a strict comparison: "> 500 ms" is poor only above 500 ms, "< 7 fps" only
//! below 7 fps, so a value exactly at a threshold is never poor. Values are compared with a
//! relative tolerance of 1e-9, so that `PT0.03S` (which is 30.000000000000004 ms after the
//! decimal conversion) is "exactly 30 ms" too. The network targets use the same semantics:
//! a value equal to the target counts as meeting it. The published wording ("< 100 ms") would
//! make exactly 100 ms a miss, but Graph gives a whole-stream average where the targets are
//! defined over 15-second windows, so the comparison is approximate anyway, and flagging a
//! stream on the boundary would claim more precision than the data has; it also keeps one
//! comparison rule for every threshold field, so a custom set derived from it behaves alike.
//!
//! # Missing metrics
//!
//! * "Poor if any" rules (audio, including the network targets): Poor if any *reported* metric breaks its
//!   threshold; Unclassified if none of the rule's metrics is reported; Good otherwise. The
//!   metrics that were not reported are listed in [`StreamJudgement::not_reported`], so a Good
//!   stream judged on jitter alone says so.
//! * "First available metric" rules (video, VBSS): the first reported metric in the published
//!   order decides; none reported is Unclassified.
//! * A negative or non-finite value (generated doc stubs carry `-PT3M16S`) is not a measurement
//!   and is treated as not reported, with a note.

use super::findings::{findings_with, FindingLimits};
use super::media_kind::{client_side, media_kind_with_basis, ClientSide, MediaKind};
use super::rule_sets::{RuleSet, RuleSetKind, Thresholds};
use crate::model::enums::{AudioCodec, VideoCodec};
use crate::model::metrics::{format_value, Unit};
use crate::model::record::{CallRecord, MediaStream, StreamPath, StreamRef};

/// The outcome for one stream, or the roll-up of many.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Verdict {
    Good,
    Unclassified,
    Poor,
}

impl Verdict {
    /// `good`, `poor`, `unclassified` (JSON, CSS).
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Good => "good",
            Verdict::Unclassified => "unclassified",
            Verdict::Poor => "poor",
        }
    }

    /// `Good`, `Poor`, `Unclassified`.
    pub fn label(self) -> &'static str {
        match self {
            Verdict::Good => "Good",
            Verdict::Unclassified => "Unclassified",
            Verdict::Poor => "Poor",
        }
    }
}

/// A metric that broke its threshold: "packet loss 12.4 % > 10 %".
#[derive(Clone, Debug, PartialEq)]
pub struct Breach {
    /// Graph property name, e.g. `averagePacketLossRate`.
    pub metric: &'static str,
    /// As measured, in the unit of the property (ms, 0–1 ratio, %, fps, MOS points).
    pub value: f64,
    pub limit: f64,
    /// Human text with units, e.g. "packet loss 12.4 % > 10 %".
    pub text: String,
}

/// The verdict on one stream, with everything needed to explain it.
#[derive(Clone, Debug, PartialEq)]
pub struct StreamJudgement {
    pub path: StreamPath,
    pub kind: MediaKind,
    pub verdict: Verdict,
    /// Every metric that broke its threshold (Poor).
    pub breaches: Vec<Breach>,
    /// Why it could not be classified (Unclassified), e.g. "packet utilization 312 ≤ 500".
    pub unclassified_reasons: Vec<String>,
    /// Sender → receiver by display name, e.g. "Owen Franklin → Abbie Wilkins".
    pub direction: String,
    /// Graph names of metrics a rule needed that were absent, null or invalid (a Good stream
    /// judged without them says so).
    pub not_reported: Vec<&'static str>,
    /// Further explanation: which metric decided an ordered rule, breaches not counted because
    /// of the packet-utilization gate, rules skipped for SATIN, invalid values.
    pub notes: Vec<String>,
}

impl StreamJudgement {
    /// What to show beside the verdict: the breach texts (Poor), the unclassified reasons
    /// (Unclassified), nothing (Good).
    pub fn reasons(&self) -> Vec<String> {
        match self.verdict {
            Verdict::Poor => self.breaches.iter().map(|b| b.text.clone()).collect(),
            Verdict::Unclassified => self.unclassified_reasons.clone(),
            Verdict::Good => Vec::new(),
        }
    }
}

/// Counts of stream verdicts under a node.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub good: usize,
    pub poor: usize,
    pub unclassified: usize,
}

impl Tally {
    /// Counts one more stream.
    pub fn add(&mut self, verdict: Verdict) {
        match verdict {
            Verdict::Good => self.good += 1,
            Verdict::Poor => self.poor += 1,
            Verdict::Unclassified => self.unclassified += 1,
        }
    }

    /// Streams counted.
    pub fn total(&self) -> usize {
        self.good + self.poor + self.unclassified
    }

    /// Poor if any stream is poor, else Good if any is good, else Unclassified (also when
    /// there are no streams).
    pub fn verdict(&self) -> Verdict {
        if self.poor > 0 {
            Verdict::Poor
        } else if self.good > 0 {
            Verdict::Good
        } else {
            Verdict::Unclassified
        }
    }

    /// "2 of 6 streams poor, 1 unclassified", "all 4 streams good", "1 stream, good",
    /// "no streams".
    pub fn describe(&self) -> String {
        let total = self.total();
        let unclassified =
            if self.unclassified > 0 { format!(", {} unclassified", self.unclassified) } else { String::new() };
        match total {
            0 => "no streams".to_string(),
            1 => format!("1 stream, {}", self.verdict().as_str()),
            _ if self.poor == total => format!("all {total} streams poor"),
            _ if self.good == total => format!("all {total} streams good"),
            _ if self.unclassified == total => format!("all {total} streams unclassified"),
            _ if self.poor > 0 => format!("{} of {total} streams poor{unclassified}", self.poor),
            _ => format!("{} of {total} streams good{unclassified}", self.good),
        }
    }
}

impl Extend<Verdict> for Tally {
    fn extend<I: IntoIterator<Item = Verdict>>(&mut self, iter: I) {
        iter.into_iter().for_each(|v| self.add(v));
    }
}

impl FromIterator<Verdict> for Tally {
    fn from_iter<I: IntoIterator<Item = Verdict>>(iter: I) -> Self {
        let mut tally = Tally::default();
        tally.extend(iter);
        tally
    }
}

/// Every stream of a record judged, with roll-ups.
#[derive(Clone, Debug, PartialEq)]
pub struct RecordJudgement {
    pub rules: RuleSetKind,
    /// In the order of [`CallRecord::streams`].
    pub streams: Vec<StreamJudgement>,
}

impl RecordJudgement {
    /// The judgement of one stream.
    pub fn stream(&self, path: StreamPath) -> Option<&StreamJudgement> {
        let at = self.streams.partition_point(|s| s.path < path);
        self.streams.get(at).filter(|s| s.path == path)
    }

    /// The judgements with paths in `from..to`: a contiguous run, since `streams` is in path
    /// order (the order of [`CallRecord::streams`]).
    fn run(&self, from: StreamPath, to: StreamPath) -> Tally {
        let start = self.streams.partition_point(|s| s.path < from);
        let end = self.streams.partition_point(|s| s.path < to);
        self.streams[start..end.max(start)].iter().map(|s| s.verdict).collect()
    }

    /// Tally of the streams whose path matches.
    pub fn tally_where(&self, mut matches: impl FnMut(&StreamPath) -> bool) -> Tally {
        self.streams.iter().filter(|s| matches(&s.path)).map(|s| s.verdict).collect()
    }

    /// Tally of one media's streams.
    pub fn tally_media(&self, session: usize, segment: usize, media: usize) -> Tally {
        let at = |media| StreamPath { session, segment, media, stream: 0 };
        self.run(at(media), at(media + 1))
    }

    /// Tally of one segment's streams.
    pub fn tally_segment(&self, session: usize, segment: usize) -> Tally {
        let at = |segment| StreamPath { session, segment, media: 0, stream: 0 };
        self.run(at(segment), at(segment + 1))
    }

    /// Tally of one session's streams.
    pub fn tally_session(&self, session: usize) -> Tally {
        let at = |session| StreamPath { session, segment: 0, media: 0, stream: 0 };
        self.run(at(session), at(session + 1))
    }

    /// Tally of the whole call.
    pub fn tally_call(&self) -> Tally {
        self.streams.iter().map(|s| s.verdict).collect()
    }

    /// The poor streams, in record order.
    pub fn poor_streams(&self) -> impl Iterator<Item = &StreamJudgement> {
        self.streams.iter().filter(|s| s.verdict == Verdict::Poor)
    }
}

/// What a finding is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FindingKind {
    Feedback,
    Failure,
    Device,
    Network,
}

impl FindingKind {
    /// `feedback`, `failure`, `device`, `network`.
    pub fn as_str(self) -> &'static str {
        match self {
            FindingKind::Feedback => "feedback",
            FindingKind::Failure => "failure",
            FindingKind::Device => "device",
            FindingKind::Network => "network",
        }
    }
}

/// How much a finding matters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FindingSeverity {
    /// A condition worth knowing, not a fault by itself (a media relay was allocated).
    Info,
    /// Likely to have hurt quality (Wi-Fi 2.4 GHz, TCP, VPN, glitches, clipping…).
    Warning,
    /// A failure, a device that did not work, or a participant who rated the call poor or bad.
    Problem,
}

impl FindingSeverity {
    /// `info`, `warning`, `problem`.
    pub fn as_str(self) -> &'static str {
        match self {
            FindingSeverity::Info => "info",
            FindingSeverity::Warning => "warning",
            FindingSeverity::Problem => "problem",
        }
    }
}

/// Something wrong beyond the stream rules, with its evidence.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Finding {
    pub kind: FindingKind,
    /// Display name of whom it concerns.
    pub who: String,
    /// One line: "rated the call poor", "microphone not functioning".
    pub title: String,
    /// The data behind it: "captureNotFunctioningEventRatio 0.02 ≥ 0.005".
    pub evidence: String,
    /// Where: session index, and segment / media index when it is that specific.
    pub session: Option<usize>,
    pub segment: Option<usize>,
    pub media: Option<usize>,
    pub severity: FindingSeverity,
}

// ---------------------------------------------------------------------------------------------
// Rules

/// How a rule compares: poor above the limit, or poor below it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Cmp {
    Above,
    Below,
}

impl Cmp {
    pub(crate) fn symbol(self) -> &'static str {
        match self {
            Cmp::Above => ">",
            Cmp::Below => "<",
        }
    }
    /// The complement, for "not poor" texts: "≤", "≥".
    fn complement(self) -> &'static str {
        match self {
            Cmp::Above => "≤",
            Cmp::Below => "≥",
        }
    }
}

/// A metric as a rule reads it.
pub(crate) struct MetricRule {
    pub(crate) graph: &'static str,
    pub(crate) label: &'static str,
    pub(crate) unit: Unit,
    pub(crate) cmp: Cmp,
    get: fn(&MediaStream) -> Option<f64>,
}

pub(crate) const RTT: MetricRule = MetricRule {
    graph: "averageRoundTripTime",
    label: "round trip",
    unit: Unit::Ms,
    cmp: Cmp::Above,
    get: |s| s.average_round_trip_time,
};
pub(crate) const LOSS: MetricRule = MetricRule {
    graph: "averagePacketLossRate",
    label: "packet loss",
    unit: Unit::Ratio,
    cmp: Cmp::Above,
    get: |s| s.average_packet_loss_rate,
};
pub(crate) const JITTER: MetricRule =
    MetricRule { graph: "averageJitter", label: "jitter", unit: Unit::Ms, cmp: Cmp::Above, get: |s| s.average_jitter };
pub(crate) const DEGRADATION: MetricRule = MetricRule {
    graph: "averageAudioDegradation",
    label: "audio degradation",
    unit: Unit::Mos,
    cmp: Cmp::Above,
    get: |s| s.average_audio_degradation,
};
pub(crate) const CONCEALED: MetricRule = MetricRule {
    graph: "averageRatioOfConcealedSamples",
    label: "concealed samples",
    unit: Unit::Ratio,
    cmp: Cmp::Above,
    get: |s| s.average_ratio_of_concealed_samples,
};
pub(crate) const FRAME_LOSS: MetricRule = MetricRule {
    graph: "averageVideoFrameLossPercentage",
    label: "frame loss",
    unit: Unit::Percent,
    cmp: Cmp::Above,
    get: |s| s.average_video_frame_loss_percentage,
};
pub(crate) const FRAME_RATE: MetricRule = MetricRule {
    graph: "averageVideoFrameRate",
    label: "frame rate",
    unit: Unit::Fps,
    cmp: Cmp::Below,
    get: |s| s.average_video_frame_rate,
};
pub(crate) const POST_FEC: MetricRule = MetricRule {
    graph: "postForwardErrorCorrectionPacketLossRate",
    label: "post-FEC packet loss",
    unit: Unit::Ratio,
    cmp: Cmp::Above,
    get: |s| s.post_forward_error_correction_packet_loss_rate,
};

/// The person-readable name of a metric a rule uses, from its Graph name ("round trip" for
/// `averageRoundTripTime`); the Graph name itself when no rule uses it.
pub fn metric_label(graph_name: &str) -> &str {
    [&RTT, &LOSS, &JITTER, &DEGRADATION, &CONCEALED, &FRAME_LOSS, &FRAME_RATE, &POST_FEC]
        .into_iter()
        .find(|m| m.graph == graph_name)
        .map_or(graph_name, |m| m.label)
}

/// A limit in its unit.
pub(crate) fn limit_text(limit: f64, unit: Unit) -> String {
    value_text(limit, unit)
}

/// A value in its unit ("612 ms", "12.4 %", "5.2 fps"); MOS points keep at least one decimal
/// ("1.0", "1.16"), as MOS is written.
fn value_text(value: f64, unit: Unit) -> String {
    let text = format_value(Some(value), unit);
    if unit == Unit::Mos && !text.contains('.') {
        format!("{text}.0")
    } else {
        text
    }
}

/// The value as [`value_text`] writes it, with more decimals when that would read the same as
/// the limit it broke ("jitter 30.5 ms > 30 ms", not "30 ms > 30 ms").
fn distinct_value_text(value: f64, limit: f64, unit: Unit) -> String {
    let text = value_text(value, unit);
    let limit_shown = limit_text(limit, unit);
    if text != limit_shown {
        return text;
    }
    let (shown, limit_display) = (unit.display_value(value), unit.display_value(limit));
    (1..=6)
        .map(|places| {
            (
                crate::model::datetime::trim_number(shown, places),
                crate::model::datetime::trim_number(limit_display, places),
            )
        })
        .find(|(number, limit_number)| number != limit_number)
        .map(|(number, _)| if unit.suffix().is_empty() { number } else { format!("{number} {}", unit.suffix()) })
        .unwrap_or(text)
}

/// `a < b` / `a > b` with a relative tolerance, so decimal durations sit on their threshold.
fn breaks(value: f64, limit: f64, cmp: Cmp) -> bool {
    let tolerance = 1e-9 * limit.abs().max(1.0);
    match cmp {
        Cmp::Above => value > limit + tolerance,
        Cmp::Below => value < limit - tolerance,
    }
}

/// What a judge collects beside the verdict.
#[derive(Default)]
struct Outcome {
    breaches: Vec<Breach>,
    unclassified: Vec<String>,
    not_reported: Vec<&'static str>,
    notes: Vec<String>,
}

enum Check {
    Breached(Breach),
    Fine(f64),
    Missing,
}

/// A usable measurement: finite and not negative (every rule metric is a duration, ratio,
/// percentage, rate or MOS difference, none of which can be below zero).
fn measured(graph: &'static str, unit: Unit, value: Option<f64>, out: &mut Outcome) -> Option<f64> {
    match value {
        Some(v) if v.is_finite() && v >= 0.0 => Some(v),
        Some(v) => {
            let shown = if v.is_finite() { value_text(v, unit) } else { "a non-number".to_string() };
            out.notes.push(format!("{graph} {shown} is not a valid measurement (treated as not reported)"));
            None
        }
        None => None,
    }
}

fn check(rule: &MetricRule, value: Option<f64>, limit: f64, out: &mut Outcome) -> Check {
    let Some(v) = measured(rule.graph, rule.unit, value, out) else {
        if !out.not_reported.contains(&rule.graph) {
            out.not_reported.push(rule.graph);
        }
        return Check::Missing;
    };
    if breaks(v, limit, rule.cmp) {
        let text = format!(
            "{} {} {} {}",
            rule.label,
            distinct_value_text(v, limit, rule.unit),
            rule.cmp.symbol(),
            limit_text(limit, rule.unit)
        );
        Check::Breached(Breach { metric: rule.graph, value: v, limit, text })
    } else {
        Check::Fine(v)
    }
}

/// Checks a packet-utilization gate; true when the stream may be classified.
fn passes_gate(gate: Option<f64>, s: &MediaStream, out: &mut Outcome) -> bool {
    let Some(gate) = gate else { return true };
    match measured("packetUtilization", Unit::Packets, s.packet_utilization, out) {
        None => {
            out.unclassified.push("packet utilization not reported".to_string());
            false
        }
        Some(p) if !breaks(p, gate, Cmp::Above) => {
            out.unclassified.push(format!(
                "packet utilization {} ≤ {}",
                crate::model::datetime::trim_number(p, 0),
                crate::model::datetime::trim_number(gate, 0)
            ));
            false
        }
        Some(_) => true,
    }
}

/// "a", "a and b", "a, b and c".
fn join_and(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => one.to_string(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

pub(crate) fn join_or(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}

type RuleStep<'r> = (&'r MetricRule, Option<f64>, f64);

/// "Poor if any" over the given (rule, value, limit) triples.
fn any_of(what: &str, steps: &[RuleStep<'_>], gate_ok: bool, out: &mut Outcome) -> Verdict {
    if steps.is_empty() {
        out.unclassified.push(format!("no rules for {what} in this rule set"));
        return Verdict::Unclassified;
    }
    let mut breaches = Vec::new();
    let mut reported = 0;
    for (rule, value, limit) in steps {
        match check(rule, *value, *limit, out) {
            Check::Breached(b) => {
                reported += 1;
                breaches.push(b);
            }
            Check::Fine(_) => reported += 1,
            Check::Missing => {}
        }
    }
    if !gate_ok {
        if reported == 0 {
            out.unclassified
                .push(format!("{} not reported", join_and(&steps.iter().map(|(r, ..)| r.label).collect::<Vec<_>>())));
        }
        if !breaches.is_empty() {
            let texts: Vec<_> = breaches.iter().map(|b| b.text.as_str()).collect();
            out.notes.push(format!("not counted below the packet-utilization gate: {}", texts.join(", ")));
        }
        return Verdict::Unclassified;
    }
    if reported == 0 {
        out.unclassified
            .push(format!("{} not reported", join_and(&steps.iter().map(|(r, ..)| r.label).collect::<Vec<_>>())));
        return Verdict::Unclassified;
    }
    if breaches.is_empty() {
        Verdict::Good
    } else {
        out.breaches = breaches;
        Verdict::Poor
    }
}

/// "First reported metric decides" over the given steps, in order.
fn first_reported(what: &str, steps: &[RuleStep<'_>], gate_ok: bool, out: &mut Outcome) -> Verdict {
    if steps.is_empty() {
        out.unclassified.push(format!("no rules for {what} in this rule set"));
        return Verdict::Unclassified;
    }
    let mut decided: Option<(usize, Verdict, Option<Breach>)> = None;
    for (i, (rule, value, limit)) in steps.iter().enumerate() {
        match check(rule, *value, *limit, out) {
            Check::Missing => continue,
            Check::Breached(b) => decided = Some((i, Verdict::Poor, Some(b))),
            Check::Fine(v) => {
                out.notes.push(format!(
                    "decided by {} {} {} {}, the first reported of the ordered rules",
                    rule.label,
                    value_text(v, rule.unit),
                    rule.cmp.complement(),
                    limit_text(*limit, rule.unit)
                ));
                decided = Some((i, Verdict::Good, None));
            }
        }
        break;
    }
    let Some((at, verdict, breach)) = decided else {
        // Below a failed gate its reason is already recorded; both are true.
        out.unclassified
            .push(format!("{} not reported", join_and(&steps.iter().map(|(r, ..)| r.label).collect::<Vec<_>>())));
        return Verdict::Unclassified;
    };
    // Later metrics that would have broken their rule are not counted: say so.
    let mut scratch = Outcome::default();
    let later: Vec<String> = steps[at + 1..]
        .iter()
        .filter_map(|(rule, value, limit)| match check(rule, *value, *limit, &mut scratch) {
            Check::Breached(b) => Some(b.text),
            _ => None,
        })
        .collect();
    if !later.is_empty() {
        out.notes.push(format!("not counted, {} decides first: {}", steps[at].0.label, later.join(", ")));
    }
    if !gate_ok {
        if let Some(b) = &breach {
            out.notes.push(format!("not counted below the packet-utilization gate: {}", b.text));
        }
        return Verdict::Unclassified;
    }
    if let Some(b) = breach {
        out.breaches.push(b);
    }
    verdict
}

fn judge_audio(t: &Thresholds, s: &MediaStream, out: &mut Outcome) -> Verdict {
    let gate_ok = passes_gate(t.audio_packet_utilization_gate, s, out);
    let satin = t.skip_degradation_and_concealed_for_satin
        && matches!(s.audio_codec, Some(AudioCodec::Satin | AudioCodec::SatinFullband));
    let mut steps: Vec<RuleStep<'_>> = Vec::new();
    let mut push = |rule: &'static MetricRule, limit: Option<f64>| {
        if let Some(limit) = limit {
            steps.push((rule, (rule.get)(s), limit));
        }
    };
    push(&RTT, t.audio_round_trip_ms);
    push(&LOSS, t.audio_packet_loss_rate);
    push(&JITTER, t.audio_jitter_ms);
    if satin {
        if t.audio_degradation.is_some() || t.audio_concealed_ratio.is_some() {
            out.notes.push("audio degradation and concealed samples not applied: the codec is SATIN".to_string());
        }
    } else {
        push(&DEGRADATION, t.audio_degradation);
        push(&CONCEALED, t.audio_concealed_ratio);
    }
    any_of("audio", &steps, gate_ok, out)
}

fn ordered_steps<'r>(s: &MediaStream, steps: &[(&'r MetricRule, Option<f64>)]) -> Vec<RuleStep<'r>> {
    steps.iter().filter_map(|(rule, limit)| limit.map(|l| (*rule, (rule.get)(s), l))).collect()
}

fn judge_video(t: &Thresholds, s: &MediaStream, out: &mut Outcome) -> Verdict {
    let gate_ok = passes_gate(t.video_packet_utilization_gate, s, out);
    let steps = ordered_steps(
        s,
        &[
            (&FRAME_LOSS, t.video_frame_loss_percent),
            (&FRAME_RATE, t.video_frame_rate_min),
            (&POST_FEC, t.video_post_fec_loss_rate),
        ],
    );
    first_reported("video", &steps, gate_ok, out)
}

fn judge_vbss(t: &Thresholds, stream: &StreamRef<'_>, out: &mut Outcome) -> Verdict {
    let s = stream.stream;
    if !t.vbss_current_distinctions {
        let steps = ordered_steps(
            s,
            &[
                (&FRAME_LOSS, t.vbss_frame_loss_percent),
                (&FRAME_RATE, t.vbss_frame_rate_min),
                (&POST_FEC, t.vbss_post_fec_loss_rate),
            ],
        );
        return first_reported("screen sharing", &steps, true, out);
    }
    let h264s = s.video_codec == Some(VideoCodec::H264s);
    let side = client_side(stream);
    let frame_loss_applies = !h264s && side.counts_as_inbound();
    let frame_rate_applies = h264s || side.counts_as_outbound();
    let mut rules: Vec<(&MetricRule, Option<f64>)> = Vec::new();
    if frame_loss_applies {
        rules.push((&FRAME_LOSS, t.vbss_frame_loss_percent));
    }
    if frame_rate_applies {
        rules.push((&FRAME_RATE, t.vbss_frame_rate_min));
    }
    if frame_loss_applies || frame_rate_applies {
        rules.push((&POST_FEC, t.vbss_post_fec_loss_rate));
    }
    let steps = ordered_steps(s, &rules);
    if steps.is_empty() {
        let reason = match side {
            ClientSide::Undetermined => {
                "inbound or outbound could not be determined (stream direction or endpoint kinds not reported), and the current screen-sharing rules depend on it for non-H264S streams"
            }
            ClientSide::ServerToServer => "stream between two service endpoints: the current screen-sharing rules cover client streams only",
            _ => "no rules for screen sharing in this rule set",
        };
        out.unclassified.push(reason.to_string());
        return Verdict::Unclassified;
    }
    first_reported("screen sharing", &steps, true, out)
}

/// Judges one stream.
pub fn judge_stream(stream: &StreamRef<'_>, rules: &RuleSet) -> StreamJudgement {
    let t = &rules.thresholds;
    let (kind, basis) = media_kind_with_basis(stream);
    let mut out = Outcome::default();
    let verdict = match kind {
        MediaKind::Audio => judge_audio(t, stream.stream, &mut out),
        MediaKind::Video => judge_video(t, stream.stream, &mut out),
        MediaKind::VideoBasedScreenSharing => judge_vbss(t, stream, &mut out),
        MediaKind::ApplicationSharing => {
            out.unclassified
                .push("no rules for application sharing (CQD uses RDP metrics Graph does not report)".to_string());
            Verdict::Unclassified
        }
        MediaKind::Data => {
            out.unclassified.push("no rules for data".to_string());
            Verdict::Unclassified
        }
        MediaKind::Unknown => {
            let label = stream.media.label.as_deref().map(str::trim).filter(|l| !l.is_empty());
            out.unclassified.push(match label {
                Some(label) => format!(
                    "media kind unknown (label \"{label}\" not recognised, and no codec or kind-specific metric)"
                ),
                None => format!("media kind unknown ({basis})"),
            });
            Verdict::Unclassified
        }
    };
    if verdict != Verdict::Poor {
        out.breaches.clear();
    }
    if verdict != Verdict::Unclassified {
        out.unclassified.clear();
    }
    StreamJudgement {
        path: stream.path,
        kind,
        verdict,
        breaches: out.breaches,
        unclassified_reasons: out.unclassified,
        direction: stream.direction_label(),
        not_reported: out.not_reported,
        notes: out.notes,
    }
}

/// Judges every stream of a record.
pub fn judge_record(record: &CallRecord, rules: &RuleSet) -> RecordJudgement {
    RecordJudgement { rules: rules.kind, streams: record.streams().map(|s| judge_stream(&s, rules)).collect() }
}

/// Findings beyond the stream rules: feedback, failures, devices, networks (with the limits of
/// [`FindingLimits::default`]; see there for the values and their sources).
pub fn findings(record: &CallRecord) -> Vec<Finding> {
    findings_with(record, &FindingLimits::default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tolerance_puts_decimal_durations_on_the_threshold() {
        let thirty = crate::model::datetime::parse_duration_ms("PT0.03S").unwrap();
        assert!(!breaks(thirty, 30.0, Cmp::Above));
        assert!(breaks(30.001, 30.0, Cmp::Above));
        assert!(!breaks(7.0, 7.0, Cmp::Below));
        assert!(breaks(6.999, 7.0, Cmp::Below));
    }

    #[test]
    fn limits_read_with_units() {
        assert_eq!(limit_text(1.0, Unit::Mos), "1.0");
        assert_eq!(limit_text(0.1, Unit::Ratio), "10 %");
        assert_eq!(limit_text(500.0, Unit::Ms), "500 ms");
        assert_eq!(limit_text(7.0, Unit::Fps), "7 fps");
        assert_eq!(join_and(&["a", "b", "c"]), "a, b and c");
    }
}
