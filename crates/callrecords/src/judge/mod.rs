//! Judging: the rule table, the rule sets, media kinds, stream verdicts with their reasons,
//! roll-ups, findings beyond the stream rules, and the limits the charts draw.
//!
//! Inside, arrows point one way: `rules` (the table, the comparison, what is a measurement) and
//! `text` (how values read) are the base; `media_kind`, `rule_sets`, `reason` and `verdict`
//! (what a judgement says, written when shown) and `findings` read them; `stream` judges;
//! `limits` gives the charts the same limits.
//!
//! A metric that is not reported is never counted as good: a stream whose deciding metrics are
//! missing is Unclassified, and says which were missing.
//!
//! # Boundaries
//!
//! Every stream threshold is a strict comparison: "> 500 ms" is poor only above 500 ms,
//! "< 7 fps" only below 7 fps, so a value exactly at a threshold is never poor, with a relative
//! tolerance of 1e-9 (see [`breaks`]). The network targets use the same semantics: a value equal
//! to the target counts as meeting it. The published wording ("< 100 ms") would make exactly
//! 100 ms a miss, but Graph gives a whole-stream average where the targets are defined over
//! 15-second windows, so the comparison is approximate anyway, and flagging a stream on the
//! boundary would claim more precision than the data has; it also keeps one comparison rule for
//! every threshold field, so a custom set derived from it behaves alike.
//!
//! # Missing metrics
//!
//! * "Poor if any" rules (audio, including the network targets): Poor if any *reported* metric
//!   breaks its threshold; Unclassified if none of the rule's metrics is reported; Good
//!   otherwise. The metrics that were not reported are listed in
//!   [`StreamJudgement::not_reported`], so a Good stream judged on jitter alone says so.
//! * "First available metric" rules (video, VBSS): the first reported metric in the published
//!   order decides; none reported is Unclassified.
//! * A negative or non-finite value (generated doc stubs carry `-PT3M16S`) is not a measurement
//!   and is treated as not reported, with a note.

pub mod findings;
pub mod limits;
pub mod media_kind;
mod reason;
pub mod rule_sets;
pub mod rules;
mod stream;
pub mod text;
mod verdict;

pub use findings::{findings, findings_with, problem_count, Finding, FindingKind, FindingLimits, FindingSeverity};
pub use limits::{endpoint_limit, stream_limit, Limit, PUBLISHED_DEVICE_LIMIT, VIEWER_EVENT_LIMIT};
pub use media_kind::{client_side, media_kind, media_kind_with_basis, ClientSide, KindBasis, MediaKind};
pub use reason::{Breach, Reason};
pub use rule_sets::{RuleSet, RuleSetKind};
pub use rules::{breaks, measured, metric_label, Cmp, Role, StreamRule, Thresholds, RULES};
pub use stream::{judge_record, judge_stream};
pub use verdict::{RecordJudgement, StreamJudgement, Tally, Verdict};
