//! What the call page calls each node of a call: the title of the details panel ("Session 1 ›
//! segment 2") and, for a row of the session tree, its label ("Owen Franklin ↔ Conferencing
//! server"), its secondary line (clients, times, failure, key metrics) and its badge.
//!
//! Times are written by a function the caller passes (the page writes them in the browser's
//! time zone), so everything else is decided here.

use crate::judge::{MediaKind, RecordJudgement, Tally, Verdict};
use crate::model::datetime::{format_duration_ms, UtcInstant};
use crate::model::identity::Names;
use crate::model::record::{CallRecord, Endpoint, StreamPath};
use crate::model::NodePath;
use crate::view::detail::{media_kind_label, stream_brief};

/// The title of the details panel for a node: "Call", "Session 1 › segment 2 › media 1".
pub fn node_title(node: NodePath) -> String {
    match node {
        NodePath::Call => crate::t!("node-call"),
        NodePath::Session(s) => crate::t!("node-session", s = s + 1),
        NodePath::Segment(s, g) => crate::t!("node-segment", s = s + 1, g = g + 1),
        NodePath::Media(s, g, m) => crate::t!("node-media", s = s + 1, g = g + 1, m = m + 1),
        NodePath::Stream(s, g, m, t) => crate::t!("node-stream", s = s + 1, g = g + 1, m = m + 1, t = t + 1),
    }
}

/// What a tree row shows at its end.
#[derive(Clone, Debug, PartialEq)]
pub enum RowBadge {
    None,
    /// The roll-up of the streams under a session, segment or media.
    Tally(Tally),
    /// A stream's verdict and, when there are any, its reasons ("jitter 45 ms > 30 ms").
    Verdict(Verdict, Option<String>),
}

/// The text of one tree row.
#[derive(Clone, Debug, PartialEq)]
pub struct RowText {
    /// "Owen Franklin ↔ Conferencing server", "Segment 1", "Audio", "Owen Franklin → Abbie Wilkins".
    pub label: String,
    /// The session, or one of its segments, failed.
    pub failed: bool,
    /// The secondary line, when there is something to say.
    pub meta: Option<String>,
    pub badge: RowBadge,
}

fn endpoint_line(e: Option<&Endpoint>, names: &Names) -> (String, Option<String>) {
    match e {
        Some(e) => (e.display_name_in(names), e.client_description()),
        None => (crate::t!("unknown-endpoint"), None),
    }
}

/// "10:02:05 (3 min 12 s)": the start written by `clock`, and the duration when the end is known.
fn when(start: Option<UtcInstant>, end: Option<UtcInstant>, clock: &dyn Fn(UtcInstant) -> String) -> Option<String> {
    start.map(|t| {
        let d = end.map(|e| format!(" ({})", format_duration_ms((e.0 - t.0) as f64))).unwrap_or_default();
        format!("{}{d}", clock(t))
    })
}

fn joined(parts: impl IntoIterator<Item = Option<String>>) -> Option<String> {
    Some(parts.into_iter().flatten().collect::<Vec<_>>().join(" · "))
}

/// The media kind of a media, as judged from its streams: "Audio", "Screen sharing"; "Media"
/// when it has no judged stream.
pub fn media_word(judgement: &RecordJudgement, session: usize, segment: usize, media: usize) -> String {
    let kind = judgement
        .streams
        .iter()
        .find(|j| (j.path.session, j.path.segment, j.path.media) == (session, segment, media))
        .map_or(MediaKind::Unknown, |j| j.kind);
    media_kind_label(kind)
}

/// The text of the tree row for `node`, with times written by `clock`. A node the record does
/// not have gets an empty row.
pub fn row_text(
    record: &CallRecord,
    judgement: &RecordJudgement,
    node: NodePath,
    clock: impl Fn(UtcInstant) -> String,
) -> RowText {
    let empty = RowText { label: String::new(), failed: false, meta: None, badge: RowBadge::None };
    let text = match node {
        NodePath::Call => None,
        NodePath::Session(s) => record.sessions.get(s).map(|session| {
            let (caller, caller_client) = endpoint_line(session.caller.as_ref(), &judgement.names);
            let (callee, callee_client) = endpoint_line(session.callee.as_ref(), &judgement.names);
            let when = when(session.start, session.end, &clock);
            RowText {
                label: format!("{caller} ↔ {callee}"),
                failed: session.failure_info.is_some() || session.segments.iter().any(|g| g.failure_info.is_some()),
                meta: joined([caller_client, callee_client.map(|c| format!("↔ {c}")), when]),
                badge: RowBadge::Tally(judgement.tally_session(s)),
            }
        }),
        NodePath::Segment(s, g) => record.sessions.get(s).and_then(|x| x.segments.get(g)).map(|segment| {
            let failure = segment.failure_info.as_ref().map(|f| {
                crate::t!(
                    "node-failed",
                    stage = f.stage.as_ref().map_or_else(|| crate::t!("stage-not-reported"), |s| s.label())
                )
            });
            RowText {
                label: crate::t!("node-segment-label", g = g + 1),
                failed: false,
                meta: joined([when(segment.start, segment.end, &clock), failure]),
                badge: RowBadge::Tally(judgement.tally_segment(s, g)),
            }
        }),
        NodePath::Media(s, g, m) => {
            record.sessions.get(s).and_then(|x| x.segments.get(g)).and_then(|x| x.media.get(m)).map(|media| RowText {
                label: media_word(judgement, s, g, m),
                failed: false,
                meta: media.label.as_deref().map(str::to_string),
                badge: RowBadge::Tally(judgement.tally_media(s, g, m)),
            })
        }
        NodePath::Stream(s, g, m, t) => {
            let path = StreamPath { session: s, segment: g, media: m, stream: t };
            let stream = record.stream_at(path);
            let badge = judgement.stream(path).map_or(RowBadge::None, |j| {
                let why = j.reasons().join("; ");
                RowBadge::Verdict(j.verdict, (!why.is_empty()).then_some(why))
            });
            Some(RowText {
                label: stream.map_or_else(String::new, |x| x.direction_label_in(&judgement.names)),
                failed: false,
                meta: stream.map(|x| stream_brief(x.stream)),
                badge,
            })
        }
    };
    text.map_or(empty, |t| RowText { meta: t.meta.filter(|m| !m.is_empty()), ..t })
}
