//! What a stream's judgement says ([`Reason`], [`Breach`]): the rule, the value and the limit
//! behind each reason and note, written out in the current language only when shown.
//!
//! Judging a gigabyte of records used to write every reason of every stream as it judged them
//! (each value through the locale's number format), though a user reads the reasons of a few
//! calls; now the words are written when asked for ([`Reason::text`], [`Breach::text`]), and a
//! change of language needs no judging again.

use super::media_kind::MediaKind;
use super::rules::{Cmp, StreamRule};
use super::text::{distinct_value_text, join_and, limit_text, value_text};
use crate::i18n::num;
use crate::model::metrics::Unit;
use crate::t;
use std::fmt;

/// A metric that broke its threshold: "packet loss 12.4 % > 10 %" ([`Breach::text`]).
#[derive(Clone, Copy)]
pub struct Breach {
    /// Graph property name, e.g. `averagePacketLossRate`.
    pub metric: &'static str,
    /// As measured, in the unit of the property (ms, 0–1 ratio, %, fps, MOS points).
    pub value: f64,
    pub limit: f64,
    /// The rule it broke.
    pub rule: &'static StreamRule,
}

impl Breach {
    /// The breach in words, with units: "packet loss 12.4 % > 10 %".
    pub fn text(&self) -> String {
        let (unit, cmp) = (self.rule.metric.unit, self.rule.cmp().unwrap_or(Cmp::Above));
        t!(
            "reason-breach",
            metric = self.rule.words(),
            value = distinct_value_text(self.value, self.limit, unit),
            cmp = cmp.symbol(),
            limit = limit_text(self.limit, unit)
        )
    }
}

impl PartialEq for Breach {
    fn eq(&self, other: &Breach) -> bool {
        (self.metric, self.rule) == (other.metric, other.rule)
            && self.value.to_bits() == other.value.to_bits()
            && self.limit.to_bits() == other.limit.to_bits()
    }
}

impl fmt::Debug for Breach {
    /// As its text: "packet loss 12.4 % > 10 %".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.text(), f)
    }
}

/// Why a stream could not be classified, or a note on how it was judged.
#[derive(Clone, PartialEq)]
pub enum Reason {
    /// A value was sent that is not a measurement (negative, not a number).
    NotAMeasurement {
        metric: &'static str,
        unit: Unit,
        value: f64,
    },
    /// None of these rules' metrics was reported.
    NotReported(Vec<&'static StreamRule>),
    /// The packet-utilization gate was not passed.
    Gate {
        rule: &'static StreamRule,
        value: f64,
        limit: f64,
    },
    /// The rule set has no rule for the media.
    NoRules(MediaKind),
    /// Breaches not counted because the stream is below the packet-utilization gate.
    BelowGate(Vec<Breach>),
    /// The ordered rule was decided by this metric, within its limit.
    DecidedBy {
        rule: &'static StreamRule,
        value: f64,
        limit: f64,
    },
    /// The ordered rule was decided by `rule`: these later breaches do not count.
    DecidesFirst {
        rule: &'static StreamRule,
        later: Vec<Breach>,
    },
    /// These rules are not applied to SATIN audio.
    Satin(Vec<&'static StreamRule>),
    /// Screen sharing whose direction could not be told.
    VbssDirection,
    /// Screen sharing between two servers.
    VbssServer,
    AppSharing,
    Data,
    /// Media of an unknown kind, with its label.
    KindUnknownLabel(String),
    /// Media of an unknown kind, and what was known of it.
    KindUnknown(String),
}

impl PartialEq for StreamRule {
    /// One rule of the table is one id.
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
    }
}

/// "round trip, packet loss and jitter".
fn rule_words(rules: &[&'static StreamRule]) -> String {
    join_and(&rules.iter().map(|r| r.words()).collect::<Vec<_>>())
}

/// The breaches' texts, one after another.
fn breach_texts(breaches: &[Breach]) -> String {
    breaches.iter().map(Breach::text).collect::<Vec<_>>().join(&t!("list-separator"))
}

impl Reason {
    /// The reason in the current language: "packet utilization 312 ≤ 500".
    pub fn text(&self) -> String {
        match self {
            Reason::NotAMeasurement { metric, unit, value } => {
                let shown = if value.is_finite() { value_text(*value, *unit) } else { t!("reason-non-number") };
                t!("reason-not-a-measurement", metric = *metric, value = shown)
            }
            Reason::NotReported(rules) => t!("reason-not-reported", metrics = rule_words(rules)),
            Reason::Gate { rule, value, limit } => {
                t!("reason-gate", metric = rule.words(), value = num(*value, 0), limit = num(*limit, 0))
            }
            Reason::NoRules(media) => t!("reason-no-rules", media = media.label()),
            Reason::BelowGate(breaches) => t!("reason-below-gate", breaches = breach_texts(breaches)),
            Reason::DecidedBy { rule, value, limit } => t!(
                "reason-decided-by",
                metric = rule.words(),
                value = value_text(*value, rule.metric.unit),
                cmp = rule.cmp().unwrap_or(Cmp::Above).complement(),
                limit = limit_text(*limit, rule.metric.unit)
            ),
            Reason::DecidesFirst { rule, later } => {
                t!("reason-decides-first", metric = rule.words(), breaches = breach_texts(later))
            }
            Reason::Satin(rules) => t!("reason-satin", metrics = rule_words(rules)),
            Reason::VbssDirection => t!("reason-vbss-direction"),
            Reason::VbssServer => t!("reason-vbss-server"),
            Reason::AppSharing => t!("reason-app-sharing"),
            Reason::Data => t!("reason-data"),
            Reason::KindUnknownLabel(label) => t!("reason-kind-unknown-label", label = label.as_str()),
            Reason::KindUnknown(basis) => t!("reason-kind-unknown", basis = basis.as_str()),
        }
    }
}

impl fmt::Debug for Reason {
    /// As its text.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.text(), f)
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text())
    }
}

impl PartialEq<str> for Reason {
    /// Whether the reason reads `other` in the current language.
    fn eq(&self, other: &str) -> bool {
        self.text() == other
    }
}

impl PartialEq<&str> for Reason {
    fn eq(&self, other: &&str) -> bool {
        self.text() == *other
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{set_current, Lang};
    use crate::judge::RULES;

    fn rule(id: &str) -> &'static StreamRule {
        RULES.iter().find(|r| r.id == id).expect("a rule of the table")
    }

    #[test]
    fn reasons_are_written_when_shown_in_the_language_of_the_moment() {
        let rtt = rule("audio_rtt");
        let breach = Breach { metric: rtt.metric.name, value: 612.0, limit: 500.0, rule: rtt };
        let gate = Reason::Gate { rule: rule("audio_gate"), value: 312.0, limit: 500.0 };
        let below = Reason::BelowGate(vec![breach]);
        set_current(Lang::En);
        assert_eq!(breach.text(), "round trip 612 ms > 500 ms");
        assert_eq!(gate, "packet utilization 312 ≤ 500");
        assert_eq!(below.text(), "not counted below the packet-utilization gate: round trip 612 ms > 500 ms");
        set_current(Lang::Ru);
        let (ru_breach, ru_gate) = (breach.text(), gate.text());
        set_current(Lang::En);
        assert!(ru_breach != breach.text() && ru_breach.contains("612"), "{ru_breach}");
        assert!(ru_gate != gate.text() && ru_gate.contains("312"), "{ru_gate}");
    }

    #[test]
    fn a_reason_is_its_rule_value_and_limit() {
        let rtt = rule("audio_rtt");
        let breach = |value| Breach { metric: rtt.metric.name, value, limit: 500.0, rule: rtt };
        assert_eq!(breach(612.0), breach(612.0));
        assert_ne!(breach(612.0), breach(613.0));
        assert_ne!(Reason::NotReported(vec![rtt]), Reason::NotReported(vec![rule("audio_jitter")]));
        assert_eq!(format!("{:?}", Reason::NotReported(vec![rtt])), "\"round trip not reported\"");
    }
}
