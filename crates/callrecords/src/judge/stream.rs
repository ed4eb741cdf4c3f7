//! Judging one stream under a rule set, by the rule table (`rules.rs`): audio is poor if any
//! reported metric breaks its limit, video and screen sharing by the first reported metric in the
//! table's order, each behind its packet-utilization gate, with every reason and note kept.

use super::media_kind::{client_side, media_kind_with_basis, ClientSide, MediaKind};
use super::reason::{Breach, Reason};
use super::rule_sets::RuleSet;
use super::rules::{breaks, gate_rule, limit_rules, measured, Cmp, StreamRule, Thresholds};
use super::verdict::{RecordJudgement, StreamJudgement, Verdict};
use crate::model::enums::{AudioCodec, VideoCodec};
use crate::model::identity::Names;
use crate::model::metrics::Unit;
use crate::model::record::{CallRecord, Endpoint, MediaStream, StreamRef};
use crate::t;

/// What a judge collects beside the verdict.
#[derive(Default)]
struct Outcome {
    breaches: Vec<Breach>,
    unclassified: Vec<Reason>,
    not_reported: Vec<&'static str>,
    notes: Vec<Reason>,
}

enum Check {
    Breached(Breach),
    Fine(f64),
    Missing,
}

/// [`measured`], with a note when a value was sent but is not a measurement.
fn measured_noting(graph: &'static str, unit: Unit, value: Option<f64>, out: &mut Outcome) -> Option<f64> {
    match value {
        Some(v) if measured(value).is_some() => Some(v),
        Some(v) => {
            out.notes.push(Reason::NotAMeasurement { metric: graph, unit, value: v });
            None
        }
        None => None,
    }
}

fn check(rule: &'static StreamRule, value: Option<f64>, limit: f64, out: &mut Outcome) -> Check {
    let (graph, unit, cmp) = (rule.metric.name, rule.metric.unit, rule.cmp().unwrap_or(Cmp::Above));
    let Some(v) = measured_noting(graph, unit, value, out) else {
        if !out.not_reported.contains(&graph) {
            out.not_reported.push(graph);
        }
        return Check::Missing;
    };
    if breaks(v, limit, cmp) {
        Check::Breached(Breach { metric: graph, value: v, limit, rule })
    } else {
        Check::Fine(v)
    }
}

/// Checks the media's packet-utilization gate; true when the stream may be classified.
fn passes_gate(media: MediaKind, t: &Thresholds, s: &MediaStream, out: &mut Outcome) -> bool {
    let Some(rule) = gate_rule(media) else { return true };
    let Some(gate) = (rule.get)(t) else { return true };
    match measured_noting(rule.metric.name, rule.metric.unit, rule.value(s), out) {
        None => {
            out.unclassified.push(Reason::NotReported(vec![rule]));
            false
        }
        Some(p) if !breaks(p, gate, Cmp::Above) => {
            out.unclassified.push(Reason::Gate { rule, value: p, limit: gate });
            false
        }
        Some(_) => true,
    }
}

/// A rule, the stream's value of its metric, and the set's threshold.
type RuleStep = (&'static StreamRule, Option<f64>, f64);

/// None of the steps' metrics was reported.
fn not_reported(steps: &[RuleStep]) -> Reason {
    Reason::NotReported(steps.iter().map(|(rule, ..)| *rule).collect())
}

/// "Poor if any" over the given (rule, value, limit) triples.
fn any_of(what: MediaKind, steps: &[RuleStep], gate_ok: bool, out: &mut Outcome) -> Verdict {
    if steps.is_empty() {
        out.unclassified.push(Reason::NoRules(what));
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
            out.unclassified.push(not_reported(steps));
        }
        if !breaches.is_empty() {
            out.notes.push(Reason::BelowGate(breaches));
        }
        return Verdict::Unclassified;
    }
    if reported == 0 {
        out.unclassified.push(not_reported(steps));
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
fn first_reported(what: MediaKind, steps: &[RuleStep], gate_ok: bool, out: &mut Outcome) -> Verdict {
    if steps.is_empty() {
        out.unclassified.push(Reason::NoRules(what));
        return Verdict::Unclassified;
    }
    let mut decided: Option<(usize, Verdict, Option<Breach>)> = None;
    for (i, (rule, value, limit)) in steps.iter().enumerate() {
        match check(rule, *value, *limit, out) {
            Check::Missing => continue,
            Check::Breached(b) => decided = Some((i, Verdict::Poor, Some(b))),
            Check::Fine(v) => {
                out.notes.push(Reason::DecidedBy { rule, value: v, limit: *limit });
                decided = Some((i, Verdict::Good, None));
            }
        }
        break;
    }
    let Some((at, verdict, breach)) = decided else {
        // Below a failed gate its reason is already recorded; both are true.
        out.unclassified.push(not_reported(steps));
        return Verdict::Unclassified;
    };
    // Later metrics that would have broken their rule are not counted: say so.
    let mut scratch = Outcome::default();
    let later: Vec<Breach> = steps[at + 1..]
        .iter()
        .filter_map(|(rule, value, limit)| match check(rule, *value, *limit, &mut scratch) {
            Check::Breached(b) => Some(b),
            _ => None,
        })
        .collect();
    if !later.is_empty() {
        out.notes.push(Reason::DecidesFirst { rule: steps[at].0, later });
    }
    if !gate_ok {
        if let Some(b) = breach {
            out.notes.push(Reason::BelowGate(vec![b]));
        }
        return Verdict::Unclassified;
    }
    if let Some(b) = breach {
        out.breaches.push(b);
    }
    verdict
}

/// The steps of the rules `rules` keeps, in table order, for the rule set's thresholds.
fn steps(
    media: MediaKind,
    t: &Thresholds,
    s: &MediaStream,
    mut keep: impl FnMut(&'static StreamRule) -> bool,
) -> Vec<RuleStep> {
    limit_rules(media)
        .filter(|rule| keep(rule))
        .filter_map(|rule| (rule.get)(t).map(|limit| (rule, rule.value(s), limit)))
        .collect()
}

fn judge_audio(t: &Thresholds, s: &MediaStream, out: &mut Outcome) -> Verdict {
    let gate_ok = passes_gate(MediaKind::Audio, t, s, out);
    let satin = t.skip_degradation_and_concealed_for_satin
        && matches!(s.audio_codec, Some(AudioCodec::Satin | AudioCodec::SatinFullband));
    let mut skipped = Vec::new();
    let steps = steps(MediaKind::Audio, t, s, |rule| {
        let skip = satin && rule.satin_exempt;
        if skip && (rule.get)(t).is_some() {
            skipped.push(rule);
        }
        !skip
    });
    if !skipped.is_empty() {
        out.notes.push(Reason::Satin(skipped));
    }
    any_of(MediaKind::Audio, &steps, gate_ok, out)
}

fn judge_video(t: &Thresholds, s: &MediaStream, out: &mut Outcome) -> Verdict {
    let gate_ok = passes_gate(MediaKind::Video, t, s, out);
    first_reported(MediaKind::Video, &steps(MediaKind::Video, t, s, |_| true), gate_ok, out)
}

fn judge_vbss(t: &Thresholds, stream: &StreamRef<'_>, out: &mut Outcome) -> Verdict {
    let s = stream.stream;
    let vbss = MediaKind::VideoBasedScreenSharing;
    if !t.vbss_current_distinctions {
        return first_reported(vbss, &steps(vbss, t, s, |_| true), true, out);
    }
    let h264s = s.video_codec == Some(VideoCodec::H264s);
    let side = client_side(stream);
    let frame_loss_applies = !h264s && side.counts_as_inbound();
    let frame_rate_applies = h264s || side.counts_as_outbound();
    let steps = steps(vbss, t, s, |rule| match rule.cmp() {
        // Frame loss is judged on inbound non-H264S streams, frame rate on outbound and H264S
        // ones; post-FEC loss wherever either applies.
        Some(Cmp::Below) => frame_rate_applies,
        _ if rule.metric.name == "averageVideoFrameLossPercentage" => frame_loss_applies,
        _ => frame_loss_applies || frame_rate_applies,
    });
    if steps.is_empty() {
        let reason = match side {
            ClientSide::Undetermined => Reason::VbssDirection,
            ClientSide::ServerToServer => Reason::VbssServer,
            _ => Reason::NoRules(vbss),
        };
        out.unclassified.push(reason);
        return Verdict::Unclassified;
    }
    first_reported(vbss, &steps, true, out)
}

/// Judges one stream, naming its direction from the stream's endpoints alone.
pub fn judge_stream(stream: &StreamRef<'_>, rules: &RuleSet) -> StreamJudgement {
    judge_stream_in(stream, rules, stream.direction_label_in(&Names::default()))
}

/// Judges one stream, sent `direction` ([`StreamRef::direction_label_in`]).
fn judge_stream_in(stream: &StreamRef<'_>, rules: &RuleSet, direction: String) -> StreamJudgement {
    let t = &rules.thresholds;
    let (kind, basis) = media_kind_with_basis(stream);
    let mut out = Outcome::default();
    let verdict = match kind {
        MediaKind::Audio => judge_audio(t, stream.stream, &mut out),
        MediaKind::Video => judge_video(t, stream.stream, &mut out),
        MediaKind::VideoBasedScreenSharing => judge_vbss(t, stream, &mut out),
        MediaKind::ApplicationSharing => {
            out.unclassified.push(Reason::AppSharing);
            Verdict::Unclassified
        }
        MediaKind::Data => {
            out.unclassified.push(Reason::Data);
            Verdict::Unclassified
        }
        MediaKind::Unknown => {
            let label = stream.media.label.as_deref().map(str::trim).filter(|l| !l.is_empty());
            out.unclassified.push(match label {
                Some(label) => Reason::KindUnknownLabel(label.to_string()),
                None => Reason::KindUnknown(basis.to_string()),
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
        direction,
        not_reported: out.not_reported,
        notes: out.notes,
    }
}

/// Judges every stream of a record.
pub fn judge_record(record: &CallRecord, rules: &RuleSet) -> RecordJudgement {
    let names = record.names();
    // The segment's two ends, named once for all its streams.
    let mut ends: Option<((usize, usize), String, String)> = None;
    let name = |e: Option<&Endpoint>| e.map_or_else(|| t!("unknown-endpoint"), |e| e.display_name_in(&names));
    let streams = record
        .streams()
        .map(|s| {
            let segment = (s.path.session, s.path.segment);
            let (_, caller, callee) = match &ends {
                Some((at, ..)) if *at == segment => ends.as_ref().expect("just matched"),
                _ => ends.insert((segment, name(s.segment.caller.as_ref()), name(s.segment.callee.as_ref()))),
            };
            judge_stream_in(&s, rules, s.direction_label_of(caller, callee))
        })
        .collect();
    RecordJudgement { rules: rules.kind, streams, names }
}
