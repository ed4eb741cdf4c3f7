//! Judging: the rule table, the rule sets, media kinds, stream verdicts with their reasons,
//! roll-ups, findings beyond the stream rules, and the limits the charts draw.

pub mod findings;
pub mod limits;
pub mod media_kind;
pub mod rule_sets;
mod verdict;

pub use findings::{findings_with, summarize_call, FindingLimits};
pub use limits::{endpoint_limit, stream_limit, Limit, LimitDirection, PUBLISHED_DEVICE_LIMIT, VIEWER_EVENT_LIMIT};
pub use media_kind::{client_side, media_kind, media_kind_with_basis, ClientSide, KindBasis, MediaKind};
pub use rule_sets::{RuleSet, RuleSetKind, ThresholdField, Thresholds, THRESHOLD_FIELDS};
pub use verdict::{
    findings, judge_record, judge_stream, metric_label, Breach, Finding, FindingKind, FindingSeverity, RecordJudgement,
    StreamJudgement, Tally, Verdict,
};
pub(crate) use verdict::{
    join_or, limit_text, MetricRule, CONCEALED, DEGRADATION, FRAME_LOSS, FRAME_RATE, JITTER, LOSS, POST_FEC, RTT,
};
