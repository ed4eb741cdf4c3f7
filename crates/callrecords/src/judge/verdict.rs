//! What a judgement says: a stream's [`Verdict`] with its [`Breach`]es and reasons
//! ([`StreamJudgement`]), a record's judgements ([`RecordJudgement`]) and their roll-ups to media,
//! segment, session and call ([`Tally`]). How a stream is judged is in `stream.rs`, from the rule
//! table in `rules.rs`.

use super::media_kind::MediaKind;
use super::reason::{Breach, Reason};
use super::rule_sets::RuleSetKind;
use crate::model::identity::Names;
use crate::model::record::StreamPath;

/// The outcome for one stream, or the roll-up of many.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Verdict {
    Good,
    Unclassified,
    Poor,
}

impl Verdict {
    /// The one roll-up rule, for every place that joins verdicts (the tree's tallies, the
    /// timeline's bars): Poor if either is poor, else Good if either is good, else Unclassified.
    /// A session with a good and an unclassified stream is Good everywhere.
    pub fn roll_up(self, other: Verdict) -> Verdict {
        match (self, other) {
            (Verdict::Poor, _) | (_, Verdict::Poor) => Verdict::Poor,
            (Verdict::Good, _) | (_, Verdict::Good) => Verdict::Good,
            _ => Verdict::Unclassified,
        }
    }

    /// `good`, `poor`, `unclassified` (JSON, CSS).
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Good => "good",
            Verdict::Unclassified => "unclassified",
            Verdict::Poor => "poor",
        }
    }

    /// `Good`, `Poor`, `Unclassified`, in the current language.
    pub fn label(self) -> String {
        match self {
            Verdict::Good => crate::t!("verdict-good"),
            Verdict::Unclassified => crate::t!("verdict-unclassified"),
            Verdict::Poor => crate::t!("verdict-poor"),
        }
    }

    /// `good`, `poor`, `unclassified` in running text, in the current language.
    pub fn word(self) -> String {
        match self {
            Verdict::Good => crate::t!("verdict-word-good"),
            Verdict::Unclassified => crate::t!("verdict-word-unclassified"),
            Verdict::Poor => crate::t!("verdict-word-poor"),
        }
    }
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
    pub unclassified_reasons: Vec<Reason>,
    /// Sender → receiver by display name, e.g. "Owen Franklin → Abbie Wilkins".
    pub direction: String,
    /// Graph names of metrics a rule needed that were absent, null or invalid (a Good stream
    /// judged without them says so).
    pub not_reported: Vec<&'static str>,
    /// Further explanation: which metric decided an ordered rule, breaches not counted because
    /// of the packet-utilization gate, rules skipped for SATIN, invalid values.
    pub notes: Vec<Reason>,
}

impl StreamJudgement {
    /// What to show beside the verdict: the breach texts (Poor), the unclassified reasons
    /// (Unclassified), nothing (Good).
    pub fn reasons(&self) -> Vec<String> {
        match self.verdict {
            Verdict::Poor => self.breaches.iter().map(Breach::text).collect(),
            Verdict::Unclassified => self.unclassified_reasons.iter().map(Reason::text).collect(),
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
    /// there are no streams): [`Verdict::roll_up`] over the streams.
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
        let unclassified = if self.unclassified > 0 {
            crate::t!("tally-and-unclassified", count = self.unclassified)
        } else {
            String::new()
        };
        match total {
            0 => crate::t!("tally-none"),
            1 => crate::t!("tally-one", verdict = self.verdict().word()),
            _ if self.poor == total => crate::t!("tally-all-poor", total = total),
            _ if self.good == total => crate::t!("tally-all-good", total = total),
            _ if self.unclassified == total => crate::t!("tally-all-unclassified", total = total),
            _ if self.poor > 0 => crate::t!("tally-some-poor", count = self.poor, total = total) + &unclassified,
            _ => crate::t!("tally-some-good", count = self.good, total = total) + &unclassified,
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
    /// Who each identity id of the record is ([`CallRecord::names`](crate::model::record::CallRecord::names)), built once with the
    /// judgement so that everything that names an endpoint of this record (tree, detail,
    /// charts, summaries) names it alike.
    pub names: Names,
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
