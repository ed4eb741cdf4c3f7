//! Chart data of very large calls is right and linear: one record with 10,000 sessions and one
//! session with 10,000 segments (`synth::scaling`, the shapes `make bench` times at 1,000 to
//! 100,000) give every session, segment and stream its row, bar and verdict. Each builder
//! once read every stream per session or per segment, quadratic; these tests would take
//! minutes then, and take a moment now.

use callrecords::chart::{
    endpoint_health, stream_metric_charts, timeline, BarStatus, CallChartSet, MetricGroup, SpanKind, Target, MAX_BARS,
    MAX_SESSIONS, MAX_SIDES,
};
use callrecords::ingest::ingest;
use callrecords::judge::{judge_record, FindingLimits, RecordJudgement, RuleSet, Verdict};
use callrecords::model::record::CallRecord;
use callrecords::synth::scaling;

/// A record of `base`'s first session repeated `n` times, session `i` starting `i` seconds
/// in: cheaper than reading 20 MB of JSON in a debug build, and the same shape.
fn sessions(n: usize) -> CallRecord {
    let mut record = ingest([("call.json", scaling::record_with_sessions(1).as_bytes())]).records.remove(0);
    let one = record.sessions[0].clone();
    let shift = |t: Option<callrecords::model::datetime::UtcInstant>, by: i64| {
        t.map(|t| callrecords::model::datetime::UtcInstant(t.0 + by))
    };
    record.sessions = (0..n)
        .map(|i| {
            let by = i as i64 * 1000;
            let mut s = one.clone();
            (s.start, s.end) = (shift(s.start, by), shift(s.end, by));
            for g in &mut s.segments {
                (g.start, g.end) = (shift(g.start, by), shift(g.end, by));
                for m in &mut g.media {
                    for (k, st) in m.streams.iter_mut().enumerate() {
                        (st.start, st.end) = (shift(st.start, by), shift(st.end, by));
                        // Every third session has a poor stream (jitter 45 ms against 30).
                        st.average_jitter = Some(if i % 3 == 0 && k == 0 { 45.0 } else { 12.0 }).into();
                    }
                }
            }
            s
        })
        .collect();
    record.end = shift(record.start, n as i64 * 1000 + 120_000);
    record
}

/// The worst verdict of the streams whose path `keep` selects, read from the judgement.
fn worst(judgement: &RecordJudgement, keep: impl Fn(usize, usize) -> bool) -> Option<Verdict> {
    judgement.streams.iter().filter(|j| keep(j.path.session, j.path.segment)).map(|j| j.verdict).max()
}

#[test]
fn a_call_of_ten_thousand_sessions() {
    let n = 10_000;
    let record = sessions(n);
    let rules = RuleSet::default();
    let judgement = judge_record(&record, &rules);
    assert_eq!(judgement.streams.len(), 2 * n);

    // Every session of the timeline, as long as there are no more than it draws.
    let small = sessions(MAX_SESSIONS);
    let t = timeline(&small, &judge_record(&small, &rules));
    let kinds = |kind| t.rows.iter().filter(|r| r.kind == kind).count();
    let m = MAX_SESSIONS;
    assert_eq!((kinds(SpanKind::Call), kinds(SpanKind::Session), kinds(SpanKind::Stream)), (1, m, 2 * m));
    assert_eq!((t.sessions_shown, t.sessions_left_out), (m, 0));
    assert_eq!(t.title(), "Timeline");
    // Row by row: session i, then its two streams, each on the session's own clock.
    for i in (0..m).step_by(7).chain([m - 1]) {
        let row = &t.rows[1 + 3 * i];
        assert_eq!(row.kind, SpanKind::Session);
        let session = &row.spans[0];
        assert_eq!(session.target, Target::Session { record: small.id.clone(), session: i });
        assert_eq!(session.start_ms, i as f64 * 1000.0);
        assert_eq!(session.verdict, Some(if i % 3 == 0 { Verdict::Poor } else { Verdict::Good }), "session {i}");
        let segment = &row.spans[1];
        assert_eq!((segment.kind, segment.verdict), (SpanKind::Segment, session.verdict));
        for k in 0..2 {
            let stream = &t.rows[2 + 3 * i + k];
            assert_eq!(stream.kind, SpanKind::Stream);
            let Target::Stream(key) = &stream.spans[0].target else { panic!("a stream row") };
            assert_eq!((key.path.session, key.path.stream), (i, k));
        }
    }

    // 10,000 sessions: the worst 100 are drawn (a failed one first, then poor ones), in the
    // call's order, and the chart stays within what a canvas draws.
    let mut record = record;
    record.sessions[n - 1].failure_info = Some(Default::default());
    let judgement = judge_record(&record, &rules);
    let t = timeline(&record, &judgement);
    assert_eq!((t.streams_total, t.streams_timed), (2 * n, 2 * n));
    assert_eq!(t.rows[0].spans[0].verdict, Some(Verdict::Poor));
    assert_eq!((t.sessions_shown, t.sessions_left_out), (m, n - m));
    let drawn: Vec<usize> = t
        .rows
        .iter()
        .filter(|r| r.kind == SpanKind::Session)
        .map(|r| match r.spans[0].target {
            Target::Session { session, .. } => session,
            _ => panic!("a session's span"),
        })
        .collect();
    let poor: Vec<usize> = (0..n).step_by(3).take(m - 1).chain([n - 1]).collect();
    assert_eq!(drawn, poor, "the failed session and the first 99 poor ones, in order");
    assert_eq!(t.rows.len(), 1 + 3 * m, "each with its streams");
    assert!(t.preferred_height(2.0) < 32_767, "{} px", t.preferred_height(2.0));
    assert_eq!(t.title(), "Timeline · the 100 worst of 10,000 sessions (failed first)");
    assert!(t.text_alternative().caption.ends_with("the 100 worst of 10,000 sessions (failed first)"));
    assert_eq!(judgement.streams.iter().filter(|j| j.verdict == Verdict::Poor).count(), n.div_ceil(3));

    let charts = stream_metric_charts(&record, &judgement, &rules);
    let jitter = charts.iter().find(|c| c.group == MetricGroup::Jitter).expect("a jitter chart");
    // The 60 worst of 20,000 are drawn (every one of them poor: 3,334 are), in the call's order.
    assert_eq!((jitter.bars.len(), jitter.left_out), (MAX_BARS, 2 * n - MAX_BARS));
    assert!(jitter.bars.iter().all(|b| b.status == BarStatus::Poor));
    assert!(jitter.bars.windows(2).all(|w| w[0].path.session < w[1].path.session));
    assert_eq!(jitter.left_out_poor, n.div_ceil(3) - MAX_BARS);
    assert!(jitter.bars.iter().all(|b| b.label.contains('→')));
    assert!(jitter.title().ends_with("the 60 worst of 20,000 streams"), "{}", jitter.title());
    let table = jitter.text_alternative();
    assert_eq!(table.rows.len(), MAX_BARS);
    // The summary counts every stream; counts are written the language's way (grouped in English).
    assert!(table.summary.starts_with("20,000 streams, 3,334 break the limit"), "{}", &table.summary[..80]);

    let health = endpoint_health(&record, &FindingLimits::default());
    assert_eq!(health.endpoints.len(), n, "the caller side of every session's media");
    let (drawn, _) = health.by_source();
    let network = &drawn[0];
    assert_eq!((network.endpoints.len(), network.left_out), (MAX_SIDES, n - MAX_SIDES));
    assert!(network.title().contains("the 30 worst of 10,000 endpoints"), "{}", network.title());
    let set = CallChartSet::new(&record, &judgement, &rules);
    assert_eq!(set.metrics.len(), charts.len());
    assert_eq!(set.timeline.as_ref().map(|t| t.rows.len()), Some(1 + 3 * m));
}

#[test]
fn a_session_of_ten_thousand_segments() {
    let n = 10_000;
    let mut record = ingest([("call.json", scaling::record_with_segments(3).as_bytes())]).records.remove(0);
    let one = record.sessions[0].segments[0].clone();
    record.sessions[0].segments = (0..n)
        .map(|g| {
            let mut s = one.clone();
            s.start = s.start.map(|t| callrecords::model::datetime::UtcInstant(t.0 + g as i64 * 1000));
            s.end = s.start.map(|t| callrecords::model::datetime::UtcInstant(t.0 + 1000));
            for m in &mut s.media {
                for (k, st) in m.streams.iter_mut().enumerate() {
                    st.start = s.start;
                    st.end = s.end;
                    st.average_jitter = Some(if g % 4 == 1 && k == 1 { 50.0 } else { 10.0 }).into();
                }
            }
            s
        })
        .collect();
    record.sessions[0].end =
        record.sessions[0].start.map(|t| callrecords::model::datetime::UtcInstant(t.0 + n as i64 * 1000 + 60_000));
    let rules = RuleSet::default();
    let judgement = judge_record(&record, &rules);

    let t = timeline(&record, &judgement);
    let session = t.rows.iter().find(|r| r.kind == SpanKind::Session).expect("the session row");
    let segments: Vec<_> = session.spans.iter().filter(|s| s.kind == SpanKind::Segment).collect();
    assert_eq!(segments.len(), n);
    for (g, span) in segments.iter().enumerate().step_by(613) {
        assert_eq!(span.target, Target::Segment { record: record.id.clone(), session: 0, segment: g });
        assert_eq!(span.verdict, worst(&judgement, |_, seg| seg == g));
        assert_eq!(span.verdict, Some(if g % 4 == 1 { Verdict::Poor } else { Verdict::Good }), "segment {g}");
        assert_eq!((span.start_ms, span.end_ms - span.start_ms), (g as f64 * 1000.0 + 1000.0, 1000.0));
    }
    assert_eq!(t.rows.iter().filter(|r| r.kind == SpanKind::Stream).count(), 2 * n);

    let charts = stream_metric_charts(&record, &judgement, &rules);
    let jitter = charts.iter().find(|c| c.group == MetricGroup::Jitter).expect("a jitter chart");
    let drawn_poor = jitter.bars.iter().filter(|b| b.status == BarStatus::Poor).count();
    assert_eq!((drawn_poor, drawn_poor + jitter.left_out_poor), (MAX_BARS, n / 4));
    let health = endpoint_health(&record, &FindingLimits::default());
    assert_eq!(health.endpoints.len(), n);
    assert!(health.endpoints[n - 1].who.ends_with("segment 10,000"), "{}", health.endpoints[n - 1].who);
}
