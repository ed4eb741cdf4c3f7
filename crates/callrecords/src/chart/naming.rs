//! How charts name streams, sessions and endpoints: "Owen Franklin → Conferencing server ·
//! audio", with the media kind taken from the judgement.

use crate::judge::{MediaKind, RecordJudgement, StreamJudgement, Verdict};
use crate::model::identity::Names;
use crate::model::record::{Endpoint, EndpointKind, FailureInfo, Media, Session, StreamPath, StreamRef};
use std::collections::HashMap;

/// The media of a stream for people ([`MediaKind::label`]: "audio", "screen sharing"…); for an unknown
/// kind, the media label as sent ("main-audio") or "media".
pub fn media_name(kind: MediaKind, media: &Media) -> String {
    match kind {
        MediaKind::Unknown => {
            media.label.as_deref().filter(|l| !l.trim().is_empty()).map_or_else(|| kind.label(), str::to_string)
        }
        known => known.label(),
    }
}

/// Sender and receiver display names of a stream, named with the record's `names`.
pub(crate) fn sender_receiver_names(s: &StreamRef<'_>, names: &Names) -> (String, String) {
    let (from, to) = s.sender_receiver();
    let name = |e: Option<&Endpoint>| e.map_or_else(|| crate::t!("unknown-endpoint"), |e| e.display_name_in(names));
    (name(from), name(to))
}

/// "Owen Franklin → Conferencing server · audio".
pub(crate) fn stream_label(s: &StreamRef<'_>, kind: MediaKind, names: &Names) -> String {
    format!("{} · {}", s.direction_label_in(names), media_name(kind, s.media))
}

/// The judgements of a record by stream path.
pub(crate) fn judgements_by_path(judgement: &RecordJudgement) -> HashMap<StreamPath, &StreamJudgement> {
    judgement.streams.iter().map(|j| (j.path, j)).collect()
}

/// The roll-up ([`Verdict::roll_up`], the tree's rule) of the judged streams of the call, of
/// each session and of each segment, from one pass over the judgement (asking each session and segment in turn would read every
/// stream once per session: quadratic in a meeting of thousands).
#[derive(Debug, Default)]
pub(crate) struct WorstVerdicts {
    pub call: Option<Verdict>,
    sessions: HashMap<usize, Verdict>,
    segments: HashMap<(usize, usize), Verdict>,
}

impl WorstVerdicts {
    pub fn of(judgement: &RecordJudgement) -> WorstVerdicts {
        let mut worst = WorstVerdicts::default();
        for j in &judgement.streams {
            let (session, segment) = (j.path.session, j.path.segment);
            worst.call = Some(worst.call.map_or(j.verdict, |v| v.roll_up(j.verdict)));
            let v = worst.sessions.entry(session).or_insert(j.verdict);
            *v = v.roll_up(j.verdict);
            let v = worst.segments.entry((session, segment)).or_insert(j.verdict);
            *v = v.roll_up(j.verdict);
        }
        worst
    }

    /// Of one session's streams (`None` when none is judged).
    pub fn session(&self, session: usize) -> Option<Verdict> {
        self.sessions.get(&session).copied()
    }

    /// Of one segment's streams.
    pub fn segment(&self, session: usize, segment: usize) -> Option<Verdict> {
        self.segments.get(&(session, segment)).copied()
    }
}

/// Who a session is about: its participants' names ("Owen Franklin", "Alice ↔ Bob"); the two
/// endpoints when neither is a participant.
pub(crate) fn session_who(session: &Session, known: &Names) -> String {
    let endpoints: Vec<&Endpoint> = [&session.caller, &session.callee].into_iter().flatten().collect();
    let people: Vec<String> =
        endpoints.iter().filter(|e| e.kind() == EndpointKind::Participant).map(|e| e.display_name_in(known)).collect();
    let names = if people.is_empty() { endpoints.iter().map(|e| e.display_name_in(known)).collect() } else { people };
    if names.is_empty() {
        crate::t!("chart-unknown-endpoints")
    } else {
        names.join(" ↔ ")
    }
}

/// "failed at call setup: <reason>".
pub(crate) fn failure_text(failure: &FailureInfo) -> String {
    let failed = match &failure.stage {
        Some(stage) => crate::t!("chart-failed-at", stage = stage.label()),
        None => crate::t!("chart-failed"),
    };
    let reason = failure.reason.as_deref().map(str::trim).filter(|r| !r.is_empty());
    match reason {
        Some(r) => format!("{failed}: {r}"),
        None => failed,
    }
}
