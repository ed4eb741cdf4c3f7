//! Charts rendered natively to SVG, from Microsoft's published examples (../shared/corpus/
//! graph-docs, or CORPUS_DIR) and from hand-made records, and checked by what the SVG holds:
//! bars by their fill colour (every theme role has its own colour), the threshold line's y
//! against the y of the axis ticks, labels, "not reported" boxes, poor marks ("!") on poor bars
//! only. The data functions, text alternatives and hit-testing are tested directly.
//!
//! Set CHARTS_SVG_DIR to keep the rendered SVGs for a look.

use callrecords::chart::*;
use callrecords::judge::{judge_record, FindingLimits, MediaKind, RecordJudgement, RuleSet, Verdict};
use callrecords::model::datetime::parse_datetime;
use callrecords::model::record::{CallRecord, Session, StreamPath};
use callrecords::sliced::Sliced;
use plotters::prelude::*;
use plotters::style::RGBColor;
use serde_json::{json, Value};
use std::collections::HashMap;

// ---------------------------------------------------------------------------------------------
// Loading and building records

mod common;
use common::load;

fn corpus_record(name: &str) -> CallRecord {
    load(name).records.into_iter().next().unwrap_or_else(|| panic!("{name}: no record"))
}

fn instant(text: &str) -> Option<callrecords::model::datetime::UtcInstant> {
    parse_datetime(text).expect("test date-time")
}

fn record(id: &str, start: &str, end: &str, sessions: Vec<Value>) -> CallRecord {
    CallRecord {
        id: id.into(),
        start: instant(start),
        end: instant(end),
        sessions: sessions.into_iter().map(|s| serde_json::from_value::<Session>(s).expect("test session")).collect(),
        sessions_loaded: true,
        ..CallRecord::default()
    }
}

fn person(name: &str) -> Value {
    json!({"@odata.type": "#microsoft.graph.callRecords.participantEndpoint", "identity": {"user": {"displayName": name}}})
}

fn server() -> Value {
    json!({"@odata.type": "#microsoft.graph.callRecords.serviceEndpoint",
           "userAgent": {"@odata.type": "#microsoft.graph.callRecords.serviceUserAgent", "role": "skypeForBusinessAudioVideoMcu"}})
}

/// An ISO duration for milliseconds (`-PT196S` for negative ones, as Graph's doc stubs send).
fn ms(v: f64) -> String {
    let sign = if v < 0.0 { "-" } else { "" };
    format!("{sign}PT{}S", v.abs() / 1000.0)
}

/// A stream `callerToCallee` (person → server) or `calleeToCaller`, with the given metrics.
fn stream(direction: &str, metrics: Value) -> Value {
    let mut s = json!({"streamDirection": direction});
    if let (Some(obj), Some(extra)) = (s.as_object_mut(), metrics.as_object()) {
        obj.extend(extra.clone());
    }
    s
}

fn audio(direction: &str, jitter: Option<f64>, loss: Option<f64>, packets: f64) -> Value {
    stream(
        direction,
        json!({
            "averageJitter": jitter.map(ms), "maxJitter": jitter.map(|j| ms(j * 1.5)),
            "averagePacketLossRate": loss, "maxPacketLossRate": loss.map(|l| l * 2.0),
            "averageRoundTripTime": ms(80.0), "packetUtilization": packets,
        }),
    )
}

/// A session of `who` with the conferencing server, one segment, one media with `streams`.
fn session(who: &str, label: &str, start: &str, end: &str, streams: Vec<Value>) -> Value {
    json!({"startDateTime": start, "endDateTime": end, "caller": person(who), "callee": server(),
           "segments": [{"startDateTime": start, "endDateTime": end, "caller": person(who), "callee": server(),
                         "media": [{"label": label, "streams": streams}]}]})
}

const T0: &str = "2026-03-02T10:00:00Z";
const T_END: &str = "2026-03-02T10:10:00Z";

/// A group call: Owen (jitter 45 ms → poor), Mia (7 ms, good), Ravi (jitter not reported).
fn group_call() -> CallRecord {
    record(
        "group-1",
        T0,
        T_END,
        vec![
            session(
                "Owen Franklin",
                "main-audio",
                T0,
                T_END,
                vec![audio("callerToCallee", Some(45.0), Some(0.02), 3000.0)],
            ),
            session("Mia Chen", "main-audio", T0, T_END, vec![audio("callerToCallee", Some(7.0), Some(0.001), 3000.0)]),
            session("Ravi Patel", "main-audio", T0, T_END, vec![audio("callerToCallee", None, None, 3000.0)]),
        ],
    )
}

fn judged(record: &CallRecord, rules: &RuleSet) -> RecordJudgement {
    judge_record(record, rules)
}

// ---------------------------------------------------------------------------------------------
// Rendering and reading SVG

const W: u32 = 720;
const H: u32 = 320;

fn render<F>(name: &str, size: (u32, u32), draw: F) -> (String, Vec<Hit>)
where
    F: FnOnce(&DrawingArea<SVGBackend<'_>, plotters::coord::Shift>) -> Vec<Hit>,
{
    let mut svg = String::new();
    let hits = {
        let area = SVGBackend::with_string(&mut svg, size).into_drawing_area();
        let hits = draw(&area);
        area.present().expect("present");
        hits
    };
    if let Some(dir) = std::env::var_os("CHARTS_SVG_DIR") {
        let _ = std::fs::create_dir_all(&dir);
        let _ = std::fs::write(std::path::PathBuf::from(dir).join(format!("{name}.svg")), &svg);
    }
    (svg, hits)
}

/// One SVG element: tag, attributes, text content.
#[derive(Debug)]
struct El {
    tag: String,
    attrs: HashMap<String, String>,
    text: String,
}

impl El {
    fn num(&self, name: &str) -> f64 {
        self.attrs.get(name).and_then(|v| v.parse().ok()).unwrap_or(f64::NAN)
    }
    fn attr(&self, name: &str) -> &str {
        self.attrs.get(name).map(String::as_str).unwrap_or("")
    }
    /// Polyline points.
    fn points(&self) -> Vec<(i32, i32)> {
        self.attr("points")
            .split_whitespace()
            .filter_map(|p| p.split_once(','))
            .filter_map(|(x, y)| Some((x.parse().ok()?, y.parse().ok()?)))
            .collect()
    }
}

/// A small parser for the flat SVG plotters writes.
fn elements(svg: &str) -> Vec<El> {
    let mut out = Vec::new();
    let mut rest = svg;
    while let Some(open) = rest.find('<') {
        rest = &rest[open + 1..];
        if rest.starts_with('/') || rest.starts_with('?') || rest.starts_with('!') {
            continue;
        }
        let name_end = rest.find(|c: char| c.is_whitespace() || c == '>' || c == '/').unwrap_or(rest.len());
        let tag = rest[..name_end].to_string();
        let close = rest.find('>').unwrap_or(rest.len());
        let head = &rest[name_end..close];
        let mut attrs = HashMap::new();
        let mut h = head;
        while let Some(eq) = h.find("=\"") {
            let key = h[..eq].trim().to_string();
            let after = &h[eq + 2..];
            let end = after.find('"').unwrap_or(after.len());
            attrs.insert(key, after[..end].to_string());
            h = &after[(end + 1).min(after.len())..];
        }
        let mut text = String::new();
        if tag == "text" {
            let body = &rest[(close + 1).min(rest.len())..];
            let end = body.find("</text>").unwrap_or(body.len());
            text = body[..end].trim().replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">");
        }
        out.push(El { tag, attrs, text });
        rest = &rest[close.min(rest.len())..];
    }
    out
}

fn hex(c: RGBColor) -> String {
    format!("#{:02X}{:02X}{:02X}", c.0, c.1, c.2)
}

fn filled_rects(els: &[El], colour: RGBColor) -> Vec<&El> {
    let fill = hex(colour);
    els.iter().filter(|e| e.tag == "rect" && e.attr("fill") == fill).collect()
}

fn lines(els: &[El], colour: RGBColor) -> Vec<&El> {
    let stroke = hex(colour);
    els.iter().filter(|e| e.tag == "polyline" && e.attr("stroke") == stroke).collect()
}

fn texts<'a>(els: &'a [El], content: &str) -> Vec<&'a El> {
    els.iter().filter(|e| e.tag == "text" && e.text == content).collect()
}

fn has_text(els: &[El], needle: &str) -> bool {
    els.iter().any(|e| e.tag == "text" && e.text.contains(needle))
}

/// Value-axis tick labels (right-anchored, numeric) with their y.
fn y_ticks(els: &[El]) -> Vec<(f64, f64)> {
    els.iter()
        .filter(|e| e.tag == "text" && e.attr("text-anchor") == "end" && e.attr("transform").is_empty())
        .filter_map(|e| Some((e.text.parse::<f64>().ok()?, e.num("y"))))
        .collect()
}

/// The y a value maps to, read off the drawn ticks (0 and the top one), not off the layout.
fn y_from_ticks(els: &[El], value: f64) -> f64 {
    let ticks = y_ticks(els);
    let zero = ticks.iter().find(|(v, _)| *v == 0.0).expect("a 0 tick").1;
    let top = ticks.iter().copied().fold((0.0, zero), |acc, t| if t.0 > acc.0 { t } else { acc });
    zero + (top.1 - zero) * value / top.0
}

/// The distinct y values of the horizontal dashes of one colour, except the legend's.
fn dash_rows(els: &[El], colour: RGBColor, legend_y: i32) -> Vec<i32> {
    let mut ys: Vec<i32> = lines(els, colour)
        .iter()
        .filter_map(|e| match e.points().as_slice() {
            [(_, y0), (_, y1)] if y0 == y1 && *y0 != legend_y => Some(*y0),
            _ => None,
        })
        .collect();
    ys.sort_unstable();
    ys.dedup();
    ys
}

const LEGEND_Y: i32 = 34;

fn theme() -> Theme {
    Theme::light()
}

fn draw_chart(name: &str, chart: &MetricChart, size: (u32, u32), scale: f64) -> (String, Vec<El>, Vec<Hit>) {
    let (svg, hits) = render(name, size, |area| draw_metric_chart(area, chart, &theme(), scale).expect("draw"));
    let els = elements(&svg);
    (svg, els, hits)
}

// ---------------------------------------------------------------------------------------------
// Stream metric charts

#[test]
fn corpus_jitter_chart_has_two_bars_and_the_limit_at_30_ms() {
    let rec = corpus_record("v1.0-get-callrecord-expanded-legacy.json");
    let rules = RuleSet::cqd_current();
    let chart = stream_metric_chart(&rec, &judged(&rec, &rules), &rules, MetricGroup::Jitter);
    assert_eq!(chart.bars.len(), 2);
    // Stream 1: 67 packets, under the gate → unclassified; stream 2: 709 packets, 7 ms → within.
    assert_eq!(
        chart.bars.iter().map(|b| b.status).collect::<Vec<_>>(),
        [BarStatus::Unclassified, BarStatus::WithinLimit]
    );
    assert_eq!(chart.bars[1].average.text, "7 ms");
    assert_eq!(chart.bars[1].max.as_ref().map(|m| m.text.as_str()), Some("12 ms"));
    assert_eq!(chart.bars[0].label, "Abbie Wilkins → Owen Franklin · audio");

    let (_, els, hits) = draw_chart("corpus-jitter", &chart, (W, H), 1.0);
    let t = theme();
    // One bar each, plus one legend swatch each.
    assert_eq!(filled_rects(&els, t.good).len(), 2);
    assert_eq!(filled_rects(&els, t.unclassified).len(), 2);
    assert!(filled_rects(&els, t.poor).is_empty());
    assert!(texts(&els, "!").is_empty(), "no poor mark without a poor bar");
    assert!(has_text(&els, "Abbie Wilkins → Owen Franklin") && has_text(&els, "Owen Franklin → Abbie Wilkins"));
    assert!(has_text(&els, "Jitter (ms)"));
    assert_eq!(texts(&els, "audio").len(), 2);
    assert_eq!(texts(&els, "30 ms limit").len(), 1);
    // The threshold line is where 30 ms falls on the drawn axis.
    let rows = dash_rows(&els, t.threshold, LEGEND_Y);
    assert_eq!(rows.len(), 1, "{rows:?}");
    let expected = y_from_ticks(&els, 30.0);
    assert!((f64::from(rows[0]) - expected).abs() <= 1.0, "limit at y {} but 30 ms maps to {expected}", rows[0]);
    // The line spans both columns.
    let xs: Vec<i32> =
        lines(&els, t.threshold).iter().flat_map(|e| e.points()).filter(|p| p.1 == rows[0]).map(|p| p.0).collect();
    let layout = chart.layout((W, H), 1.0);
    assert!(xs.iter().min().copied().unwrap_or(i32::MAX) <= layout.columns[0].band.x0 + 1);
    assert!(xs.iter().max().copied().unwrap_or(0) >= layout.columns[1].band.x1 - 10);
    assert_eq!(hits.len(), 2);
}

#[test]
fn threshold_y_matches_the_layout_mapping_too() {
    let rec = group_call();
    let rules = RuleSet::cqd_current();
    let chart = stream_metric_chart(&rec, &judged(&rec, &rules), &rules, MetricGroup::PacketLoss);
    let (_, els, _) = draw_chart("group-loss", &chart, (W, H), 1.0);
    let layout = chart.layout((W, H), 1.0);
    let rows = dash_rows(&els, theme().threshold, LEGEND_Y);
    assert_eq!(rows.len(), 1);
    assert!((f64::from(rows[0]) - layout.value_y(10.0)).abs() <= 1.0);
    assert!((f64::from(rows[0]) - y_from_ticks(&els, 10.0)).abs() <= 1.0);
    assert!(has_text(&els, "10 % limit") && has_text(&els, "Packet loss (%)"));
}

#[test]
fn poor_bars_are_hatched_and_marked_and_only_they_are() {
    let rec = group_call();
    let rules = RuleSet::cqd_current();
    let judgement = judged(&rec, &rules);
    assert_eq!(judgement.streams[0].verdict, Verdict::Poor);
    let chart = stream_metric_chart(&rec, &judgement, &rules, MetricGroup::Jitter);
    assert_eq!(
        chart.bars.iter().map(|b| b.status).collect::<Vec<_>>(),
        [BarStatus::Poor, BarStatus::WithinLimit, BarStatus::NotReported]
    );
    assert!(
        chart.bars[0].reason.contains("45 ms") && chart.bars[0].reason.contains("30 ms"),
        "{}",
        chart.bars[0].reason
    );

    let (_, els, _) = draw_chart("group-jitter", &chart, (W, H), 1.0);
    let t = theme();
    assert_eq!(filled_rects(&els, t.poor).len(), 2, "the poor bar and its legend swatch");
    let marks = texts(&els, "!");
    assert_eq!(marks.len(), 1);
    let layout = chart.layout((W, H), 1.0);
    let poor_bar = &layout.columns[0].bar;
    assert!((marks[0].num("x") - poor_bar.center().0).abs() <= 1.0, "the mark sits over the poor bar");
    assert!(marks[0].num("y") <= f64::from(poor_bar.y0));
    // Hatch lines lie inside the poor bar or the legend swatch only.
    let hatch = lines(&els, t.hatch);
    assert!(hatch.len() >= 5);
    for h in hatch {
        for (x, y) in h.points() {
            let in_bar = poor_bar.contains(f64::from(x), f64::from(y));
            let in_legend = y <= LEGEND_Y + 6;
            assert!(in_bar || in_legend, "hatch at {x},{y} outside the poor bar");
        }
    }
}

#[test]
fn not_reported_is_a_dashed_box_with_words_never_a_zero_bar() {
    let rec = group_call();
    let rules = RuleSet::cqd_current();
    let chart = stream_metric_chart(&rec, &judged(&rec, &rules), &rules, MetricGroup::Jitter);
    let ravi = &chart.bars[2];
    assert_eq!(
        (ravi.average.value, ravi.average.text.as_str(), ravi.status),
        (None, "not reported", BarStatus::NotReported)
    );
    let (_, els, hits) = draw_chart("group-jitter-nr", &chart, (W, H), 1.0);
    let t = theme();
    // The box's words, and the legend's.
    assert_eq!(texts(&els, "not reported").len(), 2);
    // No filled rect of any bar colour in Ravi's column.
    let col = &chart.layout((W, H), 1.0).columns[2];
    for colour in [t.good, t.poor, t.unclassified, t.not_judged] {
        assert!(filled_rects(&els, colour).iter().all(|r| !col.band.contains(r.num("x") + 1.0, r.num("y") + 1.0)));
    }
    // The dashed outline: muted dashes inside the column.
    let dashes = lines(&els, t.muted)
        .into_iter()
        .filter(|l| l.points().iter().all(|(x, _)| col.band.contains(f64::from(*x), f64::from(col.band.y1) - 1.0)))
        .count();
    assert!(dashes >= 8, "{dashes} dashes");
    let hit = hit_test(&hits, col.band.center().0, col.band.center().1).expect("hit on the not-reported column");
    assert_eq!(hit.value, "not reported");
}

#[test]
fn degradation_under_classic_rules_marks_the_corpus_stream_poor() {
    // The worked example of callrecords-schema.md §4.1: stream 1785122252, degradation 1.16 > 1.0.
    let rec = corpus_record("v1.0-get-callrecord-expanded-legacy.json");
    let rules = RuleSet::cqd_classic();
    let chart = stream_metric_chart(&rec, &judged(&rec, &rules), &rules, MetricGroup::AudioDegradation);
    assert_eq!(chart.bars.iter().map(|b| b.status).collect::<Vec<_>>(), [BarStatus::NotReported, BarStatus::Poor]);
    assert_eq!(chart.bars[1].limit.as_ref().map(|l| l.text.as_str()), Some("1 limit"));
    let (_, els, _) = draw_chart("corpus-degradation-classic", &chart, (W, H), 1.0);
    assert_eq!(texts(&els, "!").len(), 1);
    assert_eq!(texts(&els, "not reported").len(), 2);
    assert!(has_text(&els, "(MOS points)"));
    // Under the current rules degradation has no limit: no threshold line at all.
    let current = RuleSet::cqd_current();
    let chart = stream_metric_chart(&rec, &judged(&rec, &current), &current, MetricGroup::AudioDegradation);
    assert!(chart.bars.iter().all(|b| b.limit.is_none()));
    let (_, els, _) = draw_chart("corpus-degradation-current", &chart, (W, H), 1.0);
    assert!(lines(&els, theme().threshold).is_empty());
    assert!(texts(&els, "!").is_empty());
}

fn video_call() -> CallRecord {
    let video = stream(
        "calleeToCaller",
        json!({"averageVideoFrameRate": 5.0, "averageJitter": ms(12.0), "packetUtilization": 4000}),
    );
    let good_video = stream(
        "callerToCallee",
        json!({"averageVideoFrameRate": 24.0, "averageVideoFrameLossPercentage": 2.0, "packetUtilization": 4000}),
    );
    record(
        "video-1",
        T0,
        T_END,
        vec![
            session(
                "Owen Franklin",
                "main-audio",
                T0,
                T_END,
                vec![audio("callerToCallee", Some(10.0), Some(0.0), 3000.0)],
            ),
            session("Owen Franklin", "main-video", T0, T_END, vec![video, good_video]),
        ],
    )
}

#[test]
fn video_frame_rate_has_a_minimum_and_the_jitter_limit_skips_video() {
    let rec = video_call();
    let rules = RuleSet::cqd_current();
    let judgement = judged(&rec, &rules);
    assert_eq!(judgement.streams[1].kind, MediaKind::Video);
    let charts = stream_metric_charts(&rec, &judgement, &rules);
    let groups: Vec<MetricGroup> = charts.iter().map(|c| c.group).collect();
    assert!(groups.contains(&MetricGroup::VideoFrameRate) && groups.contains(&MetricGroup::VideoFrameLoss));
    let fps = charts.iter().find(|c| c.group == MetricGroup::VideoFrameRate).expect("frame rate chart");
    assert_eq!(fps.bars.len(), 2, "video streams only");
    assert_eq!(fps.bars[0].status, BarStatus::Poor);
    assert_eq!(fps.bars[0].media, "video");
    let (_, els, _) = draw_chart("video-fps", fps, (W, H), 1.0);
    assert!(has_text(&els, "7 fps minimum") && has_text(&els, "Frame rate (fps)"));
    assert_eq!(texts(&els, "!").len(), 1);
    let rows = dash_rows(&els, theme().threshold, LEGEND_Y);
    assert_eq!(rows.len(), 1);
    assert!((f64::from(rows[0]) - y_from_ticks(&els, 7.0)).abs() <= 1.0);
    // The frame-loss chart: the poor stream did not report frame loss.
    let loss = charts.iter().find(|c| c.group == MetricGroup::VideoFrameLoss).expect("frame loss chart");
    assert_eq!(loss.bars[0].status, BarStatus::NotReported);
    assert_eq!(loss.bars[1].status, BarStatus::WithinLimit);

    // Jitter: audio has a 30 ms limit, video none; the dashes stay over the audio column.
    let jitter = charts.iter().find(|c| c.group == MetricGroup::Jitter).expect("jitter chart");
    assert_eq!(jitter.bars.len(), 3);
    assert_eq!(jitter.bars[1].status, BarStatus::NotJudged);
    assert_eq!(jitter.bars[2].status, BarStatus::NotReported);
    let (_, els, _) = draw_chart("video-jitter", jitter, (W, H), 1.0);
    let layout = jitter.layout((W, H), 1.0);
    let row = dash_rows(&els, theme().threshold, LEGEND_Y)[0];
    for line in lines(&els, theme().threshold) {
        for (x, y) in line.points() {
            if y == row {
                assert!(x <= layout.columns[0].band.x1, "limit dash at x {x} beyond the audio column");
            }
        }
    }
    assert_eq!(filled_rects(&els, theme().not_judged).len(), 2, "video bar + legend");
}

fn many_streams(n: usize) -> CallRecord {
    let sessions = (0..n)
        .map(|i| {
            let jitter = if i % 7 == 3 { None } else { Some(5.0 + i as f64 * 2.0) };
            session(
                &format!("Participant number {i:02} with a long name"),
                "main-audio",
                T0,
                T_END,
                vec![audio("callerToCallee", jitter, Some(0.01), 2000.0)],
            )
        })
        .collect();
    record("many", T0, T_END, sessions)
}

#[test]
fn many_streams_get_upright_labels_and_one_hit_each() {
    let rec = many_streams(24);
    let rules = RuleSet::cqd_current();
    let judgement = judged(&rec, &rules);
    let chart = stream_metric_chart(&rec, &judgement, &rules, MetricGroup::Jitter);
    assert_eq!(chart.bars.len(), 24);
    let poor = chart.bars.iter().filter(|b| b.status == BarStatus::Poor).count();
    let within = chart.bars.iter().filter(|b| b.status == BarStatus::WithinLimit).count();
    let missing = chart.bars.iter().filter(|b| b.status == BarStatus::NotReported).count();
    // Jitter 5 + 2i ms: above 30 ms from i = 13; i = 3, 10, 17 not reported.
    assert_eq!((poor, within, missing), (10, 11, 3));
    let (_, els, hits) = draw_chart("many-jitter", &chart, (W, 360), 1.0);
    let t = theme();
    assert_eq!(filled_rects(&els, t.poor).len(), poor + 1);
    assert_eq!(filled_rects(&els, t.good).len(), within + 1);
    assert_eq!(texts(&els, "!").len(), poor);
    assert_eq!(texts(&els, "not reported").len(), missing + 1, "each box (written upwards) and the legend");
    assert!(chart.layout((W, 360), 1.0).vertical_labels);
    let upright = els.iter().filter(|e| e.tag == "text" && e.attr("transform").starts_with("rotate(270")).count();
    assert!(upright >= 24, "{upright} rotated labels");
    assert_eq!(hits.len(), 24);
    for (i, bar) in chart.bars.iter().enumerate() {
        let col = &chart.layout((W, 360), 1.0).columns[i];
        let hit = hit_test(&hits, col.bar.center().0, col.bar.center().1).expect("bar hit");
        assert_eq!(hit.target, Target::Stream(StreamKey { record: "many".into(), path: bar.path }));
    }
}

/// A meeting whose people share first and last names: the server's streams to each of them.
fn alike_names() -> CallRecord {
    let people = ["Kenji Holloway", "Kenji Vance", "Abbie Vance", "Owen Franklin", "Owen Franklin-Moss"];
    let sessions = people
        .iter()
        .map(|who| {
            let mut s = audio("calleeToCaller", Some(12.0), Some(0.01), 2000.0);
            s["startDateTime"] = json!(T0);
            s["endDateTime"] = json!(T_END);
            session(who, "main-audio", T0, T_END, vec![s])
        })
        .collect();
    record("alike", T0, T_END, sessions)
}

#[test]
fn chart_labels_keep_the_names_that_tell_streams_apart() {
    // Issue #15: at a laptop's width the bar labels read "Conferencing server → Ow…", every one
    // alike. The sender and the receiver now get a line each, so every full name is drawn.
    let rec = alike_names();
    let rules = RuleSet::cqd_current();
    let judgement = judged(&rec, &rules);
    let chart = stream_metric_chart(&rec, &judgement, &rules, MetricGroup::Jitter);
    assert_eq!(chart.bars.len(), 5);
    let layout = chart.layout((W, H), 1.0);
    assert!(!layout.vertical_labels && layout.wrapped_names);
    let (_, els, _) = draw_chart("alike-jitter", &chart, (W, H), 1.0);
    for who in ["Kenji Holloway", "Kenji Vance", "Abbie Vance", "Owen Franklin", "Owen Franklin-Moss"] {
        assert_eq!(texts(&els, who).len(), 1, "{who} drawn whole");
    }
    assert_eq!(texts(&els, "Conferencing server →").len(), 5);
    assert!(!els.iter().any(|e| e.tag == "text" && e.text.starts_with("Conferencing server → ")), "no cut one-liners");
    // Every label stays inside the chart, below the plot.
    let bottom = layout.labels_bottom;
    for e in els.iter().filter(|e| e.tag == "text" && e.text.contains("Vance")) {
        assert!(e.num("y") < f64::from(bottom) && e.num("y") > f64::from(layout.plot.y1), "{e:?}");
    }

    // Narrow columns (upright labels) and the timeline's label column: too little room for the
    // whole label, so both names are shortened in the middle and keep their ends.
    let narrow = (420, 360);
    assert!(chart.layout(narrow, 1.0).vertical_labels);
    let (_, els, _) = draw_chart("alike-jitter-narrow", &chart, narrow, 1.0);
    let rotated: Vec<&str> = els
        .iter()
        .filter(|e| e.tag == "text" && e.attr("transform").starts_with("rotate(270") && e.text.contains('→'))
        .map(|e| e.text.as_str())
        .collect();
    assert_eq!(rotated.len(), 5, "{rotated:?}");
    for (label, end) in rotated.iter().zip(["Holloway", "Kenji Vance", "Abbie Vance", "Franklin", "Moss"]) {
        assert!(label.contains(" → ") && label.contains(end), "{label}");
    }
    let tl = timeline(&rec, &judgement);
    let (svg, _) = render("alike-timeline", (W, tl.preferred_height(1.0)), |area| {
        draw_timeline(area, &tl, &theme(), 1.0).expect("draw")
    });
    let drawn: Vec<String> = elements(&svg).into_iter().filter(|e| e.tag == "text").map(|e| e.text).collect();
    for end in ["Holloway", "Kenji Vance", "Abbie Vance", "Franklin-Moss"] {
        assert!(drawn.iter().any(|t| t.contains(" → ") && t.contains(end)), "{end}: {drawn:?}");
    }
    assert!(!drawn.iter().any(|t| t.ends_with("→ Ow…") || t.ends_with("→ Ke…")), "{drawn:?}");
}

#[test]
fn hit_testing_gives_stream_metric_and_value() {
    let rec = group_call();
    let rules = RuleSet::cqd_current();
    let chart = stream_metric_chart(&rec, &judged(&rec, &rules), &rules, MetricGroup::Jitter);
    let hits = chart.hits((W, H), 2.0);
    let layout = chart.layout((W, H), 2.0);
    let (x, y) = layout.columns[0].bar.center();
    let hit = hit_test(&hits, x, y).expect("hit");
    assert_eq!(
        hit.target,
        Target::Stream(StreamKey {
            record: "group-1".into(),
            path: StreamPath { session: 0, segment: 0, media: 0, stream: 0 }
        })
    );
    assert_eq!(hit.metric, Some("averageJitter"));
    assert_eq!(hit.value, "45 ms");
    assert_eq!(hit.label, "Owen Franklin → Conferencing server · audio");
    assert!(hit.detail.contains("max 68 ms") && hit.detail.contains("30 ms limit"), "{}", hit.detail);
    assert_eq!(hit.verdict, Some(Verdict::Poor));
    // CSS pixels at devicePixelRatio 2.
    assert_eq!(hit_test_css(&hits, x / 2.0, y / 2.0, 2.0).map(|h| &h.target), Some(&hit.target));
    // Outside the plot: nothing; non-finite: nothing.
    assert!(hit_test(&hits, 1.0, 1.0).is_none());
    assert!(hit_test(&hits, f64::NAN, y).is_none());
    // Drawing returns the same regions, moved by the area's offset when drawn into a part.
    let (_, drawn) = render("split", (W, 2 * H), |area| {
        let (_, lower) = area.split_vertically(H);
        draw_metric_chart(&lower, &chart, &theme(), 2.0).expect("draw")
    });
    assert_eq!(drawn.len(), hits.len());
    assert_eq!(drawn[0].rect, hits[0].rect.offset((0, H as i32)));
}

#[test]
fn scale_multiplies_fonts_strokes_and_positions() {
    let rec = group_call();
    let rules = RuleSet::cqd_current();
    let chart = stream_metric_chart(&rec, &judged(&rec, &rules), &rules, MetricGroup::Jitter);
    let (_, one, _) = draw_chart("scale-1", &chart, (W, H), 1.0);
    let (_, two, _) = draw_chart("scale-2", &chart, (2 * W, 2 * H), 2.0);
    let size = |els: &[El], t: &str| texts(els, t).first().map(|e| e.num("font-size")).unwrap_or(f64::NAN);
    assert!((size(&two, "30 ms limit") / size(&one, "30 ms limit") - 2.0).abs() < 0.01);
    let width = |els: &[El], c: RGBColor| lines(els, c).first().map(|e| e.num("stroke-width")).unwrap_or(f64::NAN);
    assert_eq!((width(&one, theme().axis), width(&two, theme().axis)), (1.0, 2.0));
    // 1.5 CSS px, rounded to device pixels.
    assert_eq!((width(&one, theme().threshold), width(&two, theme().threshold)), (2.0, 3.0));
    let (r1, r2) =
        (dash_rows(&one, theme().threshold, LEGEND_Y)[0], dash_rows(&two, theme().threshold, 2 * LEGEND_Y)[0]);
    assert!((f64::from(r2) - 2.0 * f64::from(r1)).abs() <= 2.0, "{r1} vs {r2}");
}

#[test]
fn empty_single_and_all_none_inputs_draw_a_message() {
    let rules = RuleSet::cqd_current();
    let empty = CallRecord { id: "empty".into(), ..CallRecord::default() };
    let j = judged(&empty, &rules);
    assert!(stream_metric_charts(&empty, &j, &rules).is_empty());
    let chart = stream_metric_chart(&empty, &j, &rules, MetricGroup::Jitter);
    let (_, els, hits) = draw_chart("empty", &chart, (W, H), 1.0);
    assert!(has_text(&els, "No data") && hits.is_empty());

    let none = record(
        "none",
        T0,
        T_END,
        vec![session("Ann", "main-audio", T0, T_END, vec![audio("callerToCallee", None, None, 10.0)])],
    );
    let chart = stream_metric_chart(&none, &judged(&none, &rules), &rules, MetricGroup::Jitter);
    assert_eq!(chart.bars.len(), 1);
    assert!(!chart.has_values());
    let (_, els, hits) = draw_chart("all-none", &chart, (W, H), 1.0);
    assert!(has_text(&els, "No data") && hits.is_empty());

    let single = record(
        "one",
        T0,
        T_END,
        vec![session("Ann", "main-audio", T0, T_END, vec![audio("callerToCallee", Some(0.0), Some(0.0), 900.0)])],
    );
    let chart = stream_metric_chart(&single, &judged(&single, &rules), &rules, MetricGroup::Jitter);
    let (_, els, hits) = draw_chart("single-zero", &chart, (W, H), 1.0);
    assert_eq!(hits.len(), 1);
    assert_eq!(filled_rects(&els, theme().good).len(), 2, "a zero value is still a (flat) bar");

    // Degenerate areas and scales never panic.
    for (size, scale) in
        [((1, 1), 1.0), ((30, 20), 1.0), ((W, H), 0.0), ((W, H), f64::NAN), ((W, H), 100.0), ((0, 0), 1.0)]
    {
        let (svg, _) = render("tiny", size, |area| draw_metric_chart(area, &chart, &theme(), scale).expect("draw"));
        assert!(svg.contains("<svg"));
    }
}

#[test]
fn negative_values_are_not_measurements() {
    let rec = record(
        "neg",
        T0,
        T_END,
        vec![
            session(
                "Neg",
                "main-audio",
                T0,
                T_END,
                vec![audio("callerToCallee", Some(-196_000.0), Some(0.01), 3000.0)],
            ),
            session("Pos", "main-audio", T0, T_END, vec![audio("callerToCallee", Some(12.0), Some(0.01), 3000.0)]),
        ],
    );
    let rules = RuleSet::cqd_current();
    let chart = stream_metric_chart(&rec, &judged(&rec, &rules), &rules, MetricGroup::Jitter);
    let bar = &chart.bars[0];
    assert_eq!((bar.average.value, bar.status), (None, BarStatus::NotReported));
    assert!(bar.average.text.starts_with("not a measurement"), "{}", bar.average.text);
    let (_, els, _) = draw_chart("negative", &chart, (W, H), 1.0);
    assert_eq!(texts(&els, "not reported").len(), 2, "the box and the legend, never a bar below zero");
    assert!(y_ticks(&els).iter().all(|(v, _)| *v >= 0.0));
}

#[test]
fn text_alternative_lists_every_stream_with_units() {
    let rec = group_call();
    let rules = RuleSet::cqd_current();
    let chart = stream_metric_chart(&rec, &judged(&rec, &rules), &rules, MetricGroup::Jitter);
    let table = chart.text_alternative();
    assert_eq!(table.columns, ["Stream", "Media", "Average", "Max", "Limit", "Assessment"]);
    assert_eq!(table.rows.len(), 3);
    assert_eq!(table.rows[0][..5], ["Owen Franklin → Conferencing server", "audio", "45 ms", "68 ms", "30 ms limit"]);
    assert!(table.rows[0][5].starts_with("breaks limit"));
    assert_eq!(table.rows[2][2], "not reported");
    assert!(
        table.summary.contains("1 break the limit") && table.summary.contains("1 not reported"),
        "{}",
        table.summary
    );
    assert!(table.caption.contains("CQD, current"));
    assert!(table.to_plain_text().lines().count() >= 6);
}

#[test]
fn dark_theme_uses_its_own_background_and_keeps_the_verdict_colours() {
    let rec = group_call();
    let rules = RuleSet::cqd_current();
    let chart = stream_metric_chart(&rec, &judged(&rec, &rules), &rules, MetricGroup::Jitter);
    let dark = Theme::dark();
    let (svg, _) = render("dark", (W, H), |area| draw_metric_chart(area, &chart, &dark, 1.0).expect("draw"));
    let els = elements(&svg);
    let first_rect = els.iter().find(|e| e.tag == "rect").expect("background");
    assert_eq!((first_rect.attr("fill"), first_rect.num("width")), (hex(dark.background).as_str(), f64::from(W)));
    assert_eq!(filled_rects(&els, dark.poor).len(), 2);
    assert_eq!(dash_rows(&els, dark.threshold, LEGEND_Y).len(), 1);
}

// ---------------------------------------------------------------------------------------------
// Timeline

#[test]
fn corpus_timeline_places_session_and_segment() {
    let rec = corpus_record("v1.0-list-sessions-expanded-segments.json");
    let rules = RuleSet::cqd_current();
    let tl = timeline(&rec, &judged(&rec, &rules));
    assert!(!tl.is_empty());
    let session_row = tl.rows.iter().find(|r| r.kind == SpanKind::Session).expect("a session row");
    assert_eq!(session_row.label, "Abbie Wilkins ↔ Owen Franklin");
    assert_eq!(session_row.spans.len(), 2, "session and its segment");
    // 18:52:21.2169889 to 18:52:46.7640013, at millisecond precision.
    assert!((session_row.spans[0].end_ms - 25_547.0).abs() <= 1.0, "{}", session_row.spans[0].end_ms);
    let h = tl.preferred_height(1.0);
    let (_, hits) = render("corpus-timeline", (W, h), |area| draw_timeline(area, &tl, &theme(), 1.0).expect("draw"));
    assert_eq!(hits.len(), tl.rows.iter().map(|r| r.spans.len()).sum::<usize>());
    assert!(tl.text_alternative().summary.contains("1 session"));
}

fn late_join_with_failure() -> CallRecord {
    let failed = json!({"startDateTime": "2026-03-02T10:01:00Z", "endDateTime": "2026-03-02T10:01:01Z", "caller": person("Bob Stone"), "callee": server(),
                        "failureInfo": {"stage": "callSetup", "reason": "media timeout"}, "media": []});
    let ok = json!({"startDateTime": "2026-03-02T10:01:05Z", "endDateTime": T_END, "caller": person("Bob Stone"), "callee": server(),
                    "media": [{"label": "main-audio", "streams": [
                        stream("callerToCallee", json!({"averageJitter": ms(50.0), "packetUtilization": 5000,
                               "startDateTime": "2026-03-02T10:02:00Z", "endDateTime": "2026-03-02T10:09:00Z"}))]}]});
    let bob = json!({"startDateTime": "2026-03-02T10:01:00Z", "endDateTime": T_END, "caller": person("Bob Stone"), "callee": server(), "segments": [failed, ok]});
    record(
        "late",
        T0,
        T_END,
        vec![
            session("Alice Moss", "main-audio", T0, T_END, vec![audio("callerToCallee", Some(8.0), Some(0.0), 5000.0)]),
            bob,
        ],
    )
}

#[test]
fn timeline_shows_late_join_gap_and_a_short_failed_segment() {
    let rec = late_join_with_failure();
    let rules = RuleSet::cqd_current();
    let tl = timeline(&rec, &judged(&rec, &rules));
    assert!(tl.origin_is_call_start);
    assert_eq!(tl.length_ms, 600_000.0);
    let labels: Vec<&str> = tl.rows.iter().map(|r| r.label.as_str()).collect();
    assert_eq!(labels, ["Call", "Alice Moss", "Bob Stone", "Bob Stone → Conferencing server · audio"]);
    let bob = &tl.rows[2];
    assert_eq!(bob.spans[0].start_ms, 60_000.0);
    let failed = &bob.spans[1];
    assert_eq!(failed.failure.as_deref(), Some("failed at call setup: media timeout"));
    assert_eq!(bob.spans[2].verdict, Some(Verdict::Poor));
    assert_eq!(tl.rows[3].spans[0].verdict, Some(Verdict::Poor));

    let size = (W, tl.preferred_height(1.0));
    let (svg, hits) = render("late-timeline", size, |area| draw_timeline(area, &tl, &theme(), 1.0).expect("draw"));
    let els = elements(&svg);
    let t = theme();
    let layout = tl.layout(size, 1.0);
    // The 1-second failed segment is 0.13 px at this width: drawn 4 px wide, at its time.
    let rect = layout.rows[2].spans[1];
    assert!(rect.width() >= 4, "{rect:?}");
    let x_at = |ms: f64| layout.time_x(ms, tl.length_ms);
    assert!((rect.center().0 - x_at(60_500.0)).abs() <= 1.0);
    // Bob's session starts a minute in; his good segment after a 4-second gap.
    assert!((f64::from(layout.rows[2].spans[0].x0) - x_at(60_000.0)).abs() <= 1.0);
    assert!((f64::from(layout.rows[2].spans[2].x0) - x_at(65_000.0)).abs() <= 1.0);
    // ✖: two strokes for the failed segment, two in the legend.
    assert_eq!(lines(&els, t.failed).len(), 4);
    // Poor spans (Bob's second segment and his stream) are hatched; Alice's is good.
    assert_eq!(filled_rects(&els, t.poor).len(), 3, "two spans + legend");
    assert_eq!(filled_rects(&els, t.good).len(), 2, "Alice's segment + legend");
    assert!(has_text(&els, "time since call start") && has_text(&els, "Bob Stone"));
    // Hovering the failed segment finds it (smaller than the session under it).
    let hit = hit_test(&hits, rect.center().0, rect.center().1).expect("hit");
    assert_eq!(hit.target, Target::Segment { record: "late".into(), session: 1, segment: 0 });
    assert!(hit.detail.contains("media timeout"));
    let table = tl.text_alternative();
    assert!(
        table.summary.contains("Failed: Segment 1 of session 2") && table.summary.contains("starts at +1 min"),
        "{}",
        table.summary
    );
}

#[test]
fn timeline_without_times_says_so() {
    let rec = CallRecord { id: "x".into(), ..CallRecord::default() };
    let tl = timeline(&rec, &judged(&rec, &RuleSet::cqd_current()));
    assert!(tl.is_empty());
    let (svg, hits) = render("empty-timeline", (W, 200), |area| draw_timeline(area, &tl, &theme(), 1.0).expect("draw"));
    assert!(has_text(&elements(&svg), "No data") && hits.is_empty());
    // A session without times is listed, not drawn.
    let untimed = record("u", T0, T_END, vec![json!({"caller": person("Zoe")})]);
    let tl = timeline(&untimed, &judged(&untimed, &RuleSet::cqd_current()));
    assert_eq!(tl.untimed.len(), 1);
    let (svg, _) = render("untimed-timeline", (W, tl.preferred_height(1.0)), |area| {
        draw_timeline(area, &tl, &theme(), 1.0).expect("draw")
    });
    assert!(has_text(&elements(&svg), "1 item without start/end times not shown"));
}

// ---------------------------------------------------------------------------------------------
// Network and device

#[test]
fn corpus_endpoint_health_marks_ratios_over_their_limit() {
    let rec = corpus_record("v1.0-get-callrecord-expanded-legacy.json");
    let chart = endpoint_health(&rec, &FindingLimits::default());
    assert_eq!(chart.endpoints.len(), 2);
    assert_eq!(chart.endpoints[0].who, "Abbie Wilkins (caller) · main-audio");
    let over: Vec<(&str, &str)> = chart
        .endpoints
        .iter()
        .flat_map(|e| e.readings.iter().filter(|r| r.over_limit).map(move |r| (e.who.as_str(), r.metric)))
        .collect();
    assert_eq!(
        over,
        [
            ("Abbie Wilkins (caller) · main-audio", "receivedQualityEventRatio"),
            ("Abbie Wilkins (caller) · main-audio", "renderMuteEventRatio"),
            ("Abbie Wilkins (caller) · main-audio", "renderZeroVolumeEventRatio"),
            ("Owen Franklin (callee) · main-audio", "sentQualityEventRatio"),
        ]
    );
    let size = (W, chart.preferred_height(1.0));
    let (svg, hits) =
        render("corpus-health", size, |area| draw_endpoint_health(area, &chart, &theme(), 1.0).expect("draw"));
    let els = elements(&svg);
    assert_eq!(texts(&els, "!").len(), 4);
    assert_eq!(filled_rects(&els, theme().poor).len(), 5, "four rows + legend");
    // Owen's device reports no ratios: "not reported" in those rows (and the legend).
    assert_eq!(texts(&els, "not reported").len(), 1 + 2);
    assert!(has_text(&els, "27 %") && has_text(&els, "% of the call"));
    assert_eq!(hits.len(), 2 * chart.rows.len());
    assert!(hits.iter().all(|h| matches!(h.target, Target::Endpoint { .. })));
}

#[test]
fn device_not_functioning_uses_the_published_half_percent() {
    let media = json!({"label": "main-audio",
        "callerDevice": {"captureNotFunctioningEventRatio": 0.02, "renderNotFunctioningEventRatio": 0.001},
        "callerNetwork": {"delayEventRatio": 0.01}, "streams": []});
    let s = json!({"startDateTime": T0, "endDateTime": T_END, "caller": person("Dee Kay"), "callee": server(),
                   "segments": [{"startDateTime": T0, "endDateTime": T_END, "caller": person("Dee Kay"), "callee": server(), "media": [media]}]});
    let rec = record("dev", T0, T_END, vec![s]);
    let chart = endpoint_health(&rec, &FindingLimits::default());
    assert_eq!(chart.rows.len(), 3);
    let e = &chart.endpoints[0];
    let flags: Vec<(&str, bool)> = e.readings.iter().map(|r| (r.metric, r.over_limit)).collect();
    assert_eq!(
        flags,
        [
            ("delayEventRatio", false),
            ("captureNotFunctioningEventRatio", true),
            ("renderNotFunctioningEventRatio", false)
        ]
    );
    assert_eq!(
        e.readings[1].limit.as_ref().map(|l| (l.text.as_str(), l.source.as_str())),
        Some(("0.5 % limit", "Call Analytics"))
    );
    let size = (W, chart.preferred_height(1.0));
    let (svg, _) =
        render("device-health", size, |area| draw_endpoint_health(area, &chart, &theme(), 1.0).expect("draw"));
    let els = elements(&svg);
    assert_eq!(texts(&els, "!").len(), 1);
    // The 0.5 % line sits where 0.5 % falls on the drawn axis.
    let layout = chart.layout(size, 1.0);
    let x = layout.percent_x(0.5).round() as i32;
    let vertical: Vec<i32> = lines(&els, theme().threshold)
        .iter()
        .filter_map(|l| match l.points().as_slice() {
            [(x0, _), (x1, _)] if x0 == x1 => Some(*x0),
            _ => None,
        })
        .collect();
    assert!(vertical.contains(&x), "{vertical:?} lacks {x}");
    let zero_tick =
        els.iter().find(|e| e.tag == "text" && e.text == "0" && e.attr("text-anchor") == "middle").expect("0 tick");
    assert_eq!(zero_tick.num("x") as i32, layout.plot.x0);
    let table = chart.text_alternative();
    assert!(table.summary.contains("microphone not functioning 2 %"), "{}", table.summary);
}

#[test]
fn health_values_never_sit_under_a_limit_line_and_titles_follow_the_rows() {
    // 0 % beside the 0.5 % limit on a 0–20 % axis: the line would cross the words, which go
    // after it instead.
    let media = json!({"label": "main-audio",
        "callerDevice": {"captureNotFunctioningEventRatio": 0.0, "deviceGlitchEventRatio": 0.2}, "streams": []});
    let s = json!({"startDateTime": T0, "endDateTime": T_END, "caller": person("Dee Kay"), "callee": server(),
                   "segments": [{"startDateTime": T0, "endDateTime": T_END, "caller": person("Dee Kay"), "callee": server(), "media": [media]}]});
    let rec = record("net", T0, T_END, vec![s]);
    let chart = endpoint_health(&rec, &FindingLimits::default());
    assert_eq!(chart.title(), "Device events");
    assert_eq!(chart.text_alternative().caption, "Device event ratios per endpoint (fraction of the call)");
    let size = (W, chart.preferred_height(1.0));
    let (svg, _) = render("health-value-after-limit", size, |area| {
        draw_endpoint_health(area, &chart, &theme(), 1.0).expect("draw")
    });
    let els = elements(&svg);
    assert!(has_text(&els, "Device events"));
    let limit_x = chart.layout(size, 1.0).percent_x(0.5).round();
    let zero = texts(&els, "0 %");
    assert_eq!(zero.len(), 1);
    assert!(zero[0].num("x") > limit_x, "0 % at {} under the line at {limit_x}", zero[0].num("x"));
    // Both sources: the combined title, as before.
    let both = endpoint_health(&corpus_record("v1.0-get-callrecord-expanded-legacy.json"), &FindingLimits::default());
    assert_eq!(both.title(), "Network and device events");
}

#[test]
fn no_endpoint_info_is_no_data() {
    let rec = group_call();
    let chart = endpoint_health(&rec, &FindingLimits::default());
    assert!(chart.is_empty());
    let (svg, hits) =
        render("no-health", (W, 200), |area| draw_endpoint_health(area, &chart, &theme(), 1.0).expect("draw"));
    assert!(has_text(&elements(&svg), "No data") && hits.is_empty());
}

// ---------------------------------------------------------------------------------------------
// Across calls

fn several_calls() -> Vec<(CallRecord, RecordJudgement)> {
    let rules = RuleSet::cqd_current();
    let calls = vec![
        group_call(),
        late_join_with_failure(),
        many_streams(6),
        corpus_record("v1.0-get-callrecord-expanded-legacy.json"),
        corpus_record("fixture-callrecordinsights-minimal-callrecord.json"),
    ];
    calls
        .into_iter()
        .map(|r| {
            let j = judge_record(&r, &rules);
            (r, j)
        })
        .collect()
}

#[test]
fn jitter_distribution_counts_every_audio_stream_and_marks_the_limit() {
    let owned = several_calls();
    let calls: Vec<JudgedCall<'_>> = owned.iter().map(|(r, j)| (r, j)).collect();
    let rules = RuleSet::cqd_current();
    let dists = audio_distributions(&calls, &rules);
    assert_eq!(dists.len(), DISTRIBUTION_METRICS.len());
    let jitter = dists.iter().find(|d| d.metric == "averageJitter").expect("jitter");
    let audio_streams: usize =
        owned.iter().map(|(_, j)| j.streams.iter().filter(|s| s.kind == MediaKind::Audio).count()).sum();
    assert_eq!(jitter.reported + jitter.not_reported, audio_streams);
    assert_eq!(jitter.bins.iter().map(|b| b.streams.len()).sum::<usize>(), jitter.reported);
    let poor: usize = owned
        .iter()
        .map(|(_, j)| j.streams.iter().filter(|s| s.breaches.iter().any(|b| b.metric == "averageJitter")).count())
        .sum();
    assert_eq!(jitter.bins.iter().map(|b| b.poor).sum::<usize>(), poor);
    assert!(poor >= 2);
    // Every bin knows its streams, with record ids.
    assert!(jitter.bins.iter().flat_map(|b| b.streams.iter()).any(|k| k.record == "late"));

    let (svg, hits) =
        render("dist-jitter", (W, H), |area| draw_distribution(area, jitter, &theme(), 1.0).expect("draw"));
    let els = elements(&svg);
    let t = theme();
    let poor_bins = jitter.bins.iter().filter(|b| b.poor > 0).count();
    assert_eq!(filled_rects(&els, t.poor).len(), poor_bins + 1);
    assert_eq!(texts(&els, "!").len(), poor_bins);
    assert_eq!(hits.len(), jitter.bins.iter().filter(|b| !b.streams.is_empty()).count());
    // The limit is a vertical dashed line at 30 ms on the drawn x axis.
    let layout = jitter.layout((W, H), 1.0);
    let x = layout.x(30.0).round() as i32;
    let vertical: Vec<i32> = lines(&els, t.threshold)
        .iter()
        .filter_map(|l| match l.points().as_slice() {
            [(x0, _), (x1, _)] if x0 == x1 => Some(*x0),
            _ => None,
        })
        .collect();
    assert!(!vertical.is_empty() && vertical.iter().all(|v| *v == x), "{vertical:?} vs {x}");
    let tick = |v: &str| {
        els.iter().find(|e| e.tag == "text" && e.text == v && e.attr("text-anchor") == "middle").map(|e| e.num("x"))
    };
    let (zero, ten) = (tick("0").expect("0 tick"), tick("10").or_else(|| tick("20")).expect("a tick"));
    let per_ms = (ten - zero) / if tick("10").is_some() { 10.0 } else { 20.0 };
    assert!((zero + 30.0 * per_ms - f64::from(x)).abs() <= 1.0);
    assert!(has_text(&els, "30 ms limit") && has_text(&els, "Jitter, average (ms)"));
    // A bin's hit carries its streams for a click.
    let first = hits.first().expect("a bin hit");
    assert!(matches!(&first.target, Target::Streams(keys) if !keys.is_empty()));
    assert!(jitter.text_alternative().summary.contains("audio streams reported"));
}

#[test]
fn jitter_loss_scatter_marks_poor_points_by_shape() {
    let owned = several_calls();
    let calls: Vec<JudgedCall<'_>> = owned.iter().map(|(r, j)| (r, j)).collect();
    let rules = RuleSet::cqd_current();
    let scatter = jitter_loss_scatter(&calls, &rules);
    let total: usize = owned.iter().map(|(r, _)| r.streams().count()).sum();
    assert_eq!(scatter.points.len() + scatter.not_plotted, total);
    let poor = scatter.points.iter().filter(|p| p.verdict == Some(Verdict::Poor)).count();
    let good = scatter.points.iter().filter(|p| p.verdict == Some(Verdict::Good)).count();
    assert!(poor >= 1 && good >= 1);
    let (svg, hits) =
        render("scatter", (W, 400), |area| draw_jitter_loss_scatter(area, &scatter, &theme(), 1.0).expect("draw"));
    let els = elements(&svg);
    let t = theme();
    // ✖ = two strokes per poor point (and the legend's); good points are filled circles.
    assert_eq!(lines(&els, t.poor).len(), 2 * (poor + 1));
    let circles = els.iter().filter(|e| e.tag == "circle" && e.attr("fill") == hex(t.good)).count();
    assert_eq!(circles, good + 1);
    assert!(has_text(&els, "30 ms limit") && has_text(&els, "10 % limit"));
    assert_eq!(hits.len(), scatter.points.len());
    // Each point's hit opens that stream of that record.
    let layout = scatter.layout((W, 400), 1.0);
    let owen = scatter.points.iter().find(|p| p.key.record == "group-1" && p.jitter_ms == 45.0).expect("Owen's stream");
    let hit = hit_test(&hits, layout.x(owen.jitter_ms), layout.y(owen.loss_percent)).expect("hit");
    assert_eq!(hit.target, Target::Stream(owen.key.clone()));
    assert_eq!(hit.value, "jitter 45 ms, packet loss 2 %");
    let table = scatter.text_alternative();
    assert_eq!(table.rows.len(), scatter.points.len());
}

#[test]
fn scatter_points_at_one_pixel_draw_once_the_poor_on_top_and_its_hit_is_that_one() {
    // 3,000 good streams at one spot, one poor stream at the same spot, one good elsewhere.
    let mut streams: Vec<Value> = (0..3000).map(|_| audio("callerToCallee", Some(12.0), Some(0.01), 3000.0)).collect();
    streams.push(audio("calleeToCaller", Some(12.0), Some(0.01), 3000.0));
    streams.push(audio("callerToCallee", Some(25.0), Some(0.02), 3000.0));
    let rules = RuleSet::cqd_current();
    let rec = record("crowd", T0, T_END, vec![session("Owen Franklin", "main-audio", T0, T_END, streams)]);
    // Judged alike, so the stream at index 3000 is made poor by hand.
    let mut j = judged(&rec, &rules);
    for s in &mut j.streams {
        s.verdict = if s.path.stream == 3000 { Verdict::Poor } else { Verdict::Good };
    }
    let calls = [(&rec, &j)];
    let scatter = jitter_loss_scatter(&calls, &rules);
    assert_eq!(scatter.points.len(), 3002, "every stream is a point of the data");
    let (svg, hits) = render("scatter-crowd", (W, 400), |area| {
        draw_jitter_loss_scatter(area, &scatter, &theme(), 1.0).expect("draw")
    });
    // Two marks drawn (the poor ✖ over the crowd, the good dot elsewhere), two hits.
    let els = elements(&svg);
    let t = theme();
    assert_eq!(lines(&els, t.poor).len(), 2 * (1 + 1), "one ✖ and the legend's");
    let dots = els.iter().filter(|e| e.tag == "circle" && e.attr("fill") == hex(t.good)).count();
    assert_eq!(dots, 1 + 1, "one dot and the legend's");
    assert_eq!(hits.len(), 2);
    assert_eq!(hits, scatter.hits((W, 400), 1.0));
    let layout = scatter.layout((W, 400), 1.0);
    let hit = hit_test(&hits, layout.x(12.0), layout.y(1.0)).expect("hit");
    assert_eq!(hit.verdict, Some(Verdict::Poor));
    assert_eq!(
        hit.target,
        Target::Stream(callrecords::chart::StreamKey { record: "crowd".into(), path: j.streams[3000].path })
    );
    // The table counts every point, and makes the rows a page shows.
    let table = scatter.text_alternative();
    assert_eq!((table.rows.len(), table.unmade), (SHOWN_ROWS, 3002 - SHOWN_ROWS));
    assert!(table.cut_note().expect("cut").contains("3,002") || table.cut_note().expect("cut").contains("3002"));
}

#[test]
fn across_calls_gathered_in_slices_are_the_charts_gathered_at_once() {
    let owned = several_calls();
    let rules = RuleSet::cqd_current();
    let records: Vec<CallRecord> = owned.iter().map(|(r, _)| r.clone()).collect();
    let judgements: Vec<RecordJudgement> = owned.iter().map(|(_, j)| j.clone()).collect();
    let mut dataset = callrecords::model::Dataset::default();
    dataset.records = records.clone();
    let whole = AcrossChartSet::new(&dataset, &judgements, &rules);
    let mut gathering = Gathering::new(&records, &judgements);
    let mut steps = 0;
    while !gathering.step_while(|| false) {
        steps += 1;
        assert_eq!(gathering.done(), steps);
    }
    assert_eq!((steps + 1, gathering.total()), (records.len(), records.len()));
    let sliced = AcrossChartSet::of(gathering, &rules);
    assert_eq!(sliced, whole);
    // The same as each chart made by itself.
    let calls: Vec<JudgedCall<'_>> = owned.iter().map(|(r, j)| (r, j)).collect();
    let one: Vec<Distribution> = audio_distributions(&calls, &rules).into_iter().filter(|d| !d.is_empty()).collect();
    assert_eq!(whole.distributions.iter().map(|d| (**d).clone()).collect::<Vec<_>>(), one);
    assert_eq!(*whole.scatter, jitter_loss_scatter(&calls, &rules));
    assert!(!whole.distributions.is_empty() && !whole.scatter.points.is_empty());
}

#[test]
fn across_calls_with_nothing_draw_no_data() {
    let rules = RuleSet::cqd_current();
    let dists = audio_distributions(&[], &rules);
    assert!(dists.iter().all(Distribution::is_empty));
    let (svg, hits) =
        render("dist-empty", (W, H), |area| draw_distribution(area, &dists[0], &theme(), 1.0).expect("draw"));
    assert!(has_text(&elements(&svg), "No data") && hits.is_empty());
    let scatter = jitter_loss_scatter(&[], &rules);
    let (svg, hits) =
        render("scatter-empty", (W, H), |area| draw_jitter_loss_scatter(area, &scatter, &theme(), 1.0).expect("draw"));
    assert!(has_text(&elements(&svg), "No data") && hits.is_empty());
    assert!(audio_distribution(&[], &rules, "notAMetric").is_none());
}

#[test]
fn no_chart_panics_at_any_size_or_scale_and_drawn_hits_match_computed_ones() {
    let owned = several_calls();
    let calls: Vec<JudgedCall<'_>> = owned.iter().map(|(r, j)| (r, j)).collect();
    let rules = RuleSet::cqd_current();
    let (rec, j) = &owned[1];
    let metric = stream_metric_chart(rec, j, &rules, MetricGroup::Jitter);
    let tl = timeline(rec, j);
    let health = endpoint_health(&owned[3].0, &FindingLimits::default());
    let dist = audio_distribution(&calls, &rules, "averageJitter").expect("jitter distribution");
    let scatter = jitter_loss_scatter(&calls, &rules);
    let t = theme();
    for size in [(0, 0), (1, 1), (60, 30), (W, 60), (W, H), (3000, 2000)] {
        for scale in [0.0, -1.0, f64::NAN, f64::INFINITY, 0.5, 1.0, 3.0] {
            let check = |name: &str, drawn: Vec<Hit>, computed: Vec<Hit>| {
                assert_eq!(drawn, computed, "{name} at {size:?} × {scale}")
            };
            let (_, drawn) = render("any", size, |a| draw_metric_chart(a, &metric, &t, scale).expect("draw"));
            check("metric", drawn, if metric.has_values() { metric.hits(size, scale) } else { Vec::new() });
            let (_, drawn) = render("any", size, |a| draw_timeline(a, &tl, &t, scale).expect("draw"));
            check("timeline", drawn, tl.hits(size, scale));
            let (_, drawn) = render("any", size, |a| draw_endpoint_health(a, &health, &t, scale).expect("draw"));
            check("health", drawn, health.hits(size, scale));
            let (_, drawn) = render("any", size, |a| draw_distribution(a, &dist, &t, scale).expect("draw"));
            check("distribution", drawn, dist.hits(size, scale));
            let (_, drawn) = render("any", size, |a| draw_jitter_loss_scatter(a, &scatter, &t, scale).expect("draw"));
            check("scatter", drawn, scatter.hits(size, scale));
        }
    }
}

#[test]
fn extreme_values_and_custom_limits_do_not_break_the_axes() {
    let mut rules = RuleSet::cqd_current();
    rules.kind = callrecords::judge::RuleSetKind::Custom;
    rules.thresholds.audio_jitter_ms = Some(-5.0);
    rules.thresholds.audio_packet_loss_rate = Some(1e308);
    let rec = record(
        "extreme",
        T0,
        T_END,
        vec![
            session("Big", "main-audio", T0, T_END, vec![audio("callerToCallee", Some(1e12), Some(1e300), 3000.0)]),
            session("Small", "main-audio", T0, T_END, vec![audio("callerToCallee", Some(1e-9), Some(0.0), 3000.0)]),
        ],
    );
    let j = judged(&rec, &rules);
    for chart in stream_metric_charts(&rec, &j, &rules) {
        let (svg, _, hits) = draw_chart("extreme", &chart, (W, H), 1.0);
        assert!(svg.contains("</svg>"));
        assert_eq!(hits.len(), if chart.has_values() { chart.bars.len() } else { 0 }, "{:?}", chart.group);
        for h in &hits {
            assert!(h.rect.width() >= 0 && h.rect.height() >= 0);
        }
    }
    let calls = [(&rec, &j)];
    let scatter = jitter_loss_scatter(&calls, &rules);
    render("extreme-scatter", (W, H), |a| draw_jitter_loss_scatter(a, &scatter, &theme(), 1.0).expect("draw"));
    for d in audio_distributions(&calls, &rules) {
        render("extreme-dist", (W, H), |a| draw_distribution(a, &d, &theme(), 1.0).expect("draw"));
    }
}

// ---------------------------------------------------------------------------------------------
// Every chart over every corpus file with streams, and sizes

#[test]
fn every_chart_renders_for_the_corpus_and_stays_small() {
    let rules = RuleSet::cqd_current();
    for name in [
        "v1.0-get-callrecord-expanded-legacy.json",
        "v1.0-list-sessions-expanded-segments.json",
        "fixture-callrecordinsights-minimal-callrecord.json",
        "beta-get-callrecord-expanded.json",
    ] {
        let rec = corpus_record(name);
        let j = judged(&rec, &rules);
        let charts = stream_metric_charts(&rec, &j, &rules);
        assert!(!charts.is_empty(), "{name}");
        for chart in &charts {
            let (svg, _, hits) = draw_chart("corpus-any", chart, (W, H), 1.0);
            assert!(svg.len() < 64 * 1024, "{name} {:?}: {} bytes", chart.group, svg.len());
            assert_eq!(hits.len(), if chart.has_values() { chart.bars.len() } else { 0 });
        }
        let tl = timeline(&rec, &j);
        render("corpus-any-tl", (W, tl.preferred_height(2.0)), |area| {
            draw_timeline(area, &tl, &theme(), 2.0).expect("draw")
        });
        let health = endpoint_health(&rec, &FindingLimits::default());
        render("corpus-any-health", (W, health.preferred_height(1.0)), |area| {
            draw_endpoint_health(area, &health, &theme(), 1.0).expect("draw")
        });
    }
    let rec = corpus_record("v1.0-get-callrecord-expanded-legacy.json");
    let chart = stream_metric_chart(&rec, &judged(&rec, &rules), &rules, MetricGroup::Jitter);
    let (svg, els, _) = draw_chart("typical", &chart, (W, H), 1.0);
    eprintln!("typical jitter chart, 2 streams, {W}x{H}: {} bytes, {} elements", svg.len(), els.len());
    let (svg, _, _) = draw_chart("typical-hidpi", &chart, (2 * W, 2 * H), 2.0);
    eprintln!("same at devicePixelRatio 2: {} bytes", svg.len());
}

// ---------------------------------------------------------------------------------------------
// PSTN and Direct Routing log charts: calls per day and failures by final SIP code

use callrecords::calllogs::{DailySeries, DayBucket, SipGroup};
use callrecords::model::datetime::UtcInstant;

fn day(index: i64, successful: usize, failed: usize, other: usize) -> DayBucket {
    let start = UtcInstant(MARCH_1_2026_MS + index * 86_400_000);
    let iso = start.to_iso();
    DayBucket {
        date: iso[..10].to_string(),
        start,
        calls: successful + failed + other,
        successful,
        failed,
        other,
        seconds: (successful * 60) as f64,
    }
}

/// 2026-03-01T00:00:00Z.
const MARCH_1_2026_MS: i64 = 1_772_323_200_000;

fn series(days: Vec<DayBucket>) -> DailySeries {
    DailySeries { zone: "UTC".into(), offset_minutes: 0, days, without_time: 0 }
}

/// The rectangle of an SVG `<rect>`.
fn rect_of(e: &El) -> PixelRect {
    let (x, y, w, h) = (e.num("x"), e.num("y"), e.num("width"), e.num("height"));
    PixelRect::new(x as i32, y as i32, (x + w) as i32, (y + h) as i32)
}

/// Every hatch line lies inside one of `rects` (poor fills, legend swatch included).
fn hatch_inside(els: &[El], rects: &[PixelRect]) -> usize {
    let hatch = lines(els, theme().hatch);
    for h in &hatch {
        for (x, y) in h.points() {
            let inside = rects.iter().any(|r| r.contains(f64::from(x), f64::from(y)));
            assert!(inside, "hatch at {x},{y} outside every failed bar");
        }
    }
    hatch.len()
}

#[test]
fn daily_chart_stacks_successful_failed_and_unknown_per_day() {
    assert_eq!(day(1, 0, 0, 0).date, "2026-03-02");
    let chart = DailyChart::direct_routing(series(vec![day(0, 210, 90, 0), day(1, 100, 0, 5), day(2, 0, 0, 0)]));
    let (svg, hits) = render("daily-dr", (W, H), |area| draw_daily(area, &chart, &theme(), 1.0).expect("draw"));
    let els = elements(&svg);
    let t = theme();
    assert_eq!(filled_rects(&els, t.good).len(), 3, "two days with successful calls and the legend swatch");
    assert_eq!(filled_rects(&els, t.poor).len(), 2, "one day with failures and the legend swatch");
    assert_eq!(filled_rects(&els, t.not_judged).len(), 2, "one day with unknown outcome and the legend swatch");
    let poor: Vec<PixelRect> = filled_rects(&els, t.poor).into_iter().map(rect_of).collect();
    assert!(hatch_inside(&els, &poor) >= 5);
    // The failed part sits on the successful part of the same day.
    let layout = chart.layout((W, H), 1.0);
    let failed_bar = poor.iter().find(|r| r.y1 > LEGEND_Y + 10).expect("failed bar");
    assert!((f64::from(failed_bar.y1) - layout.y(210.0)).abs() <= 1.0);
    assert!((f64::from(failed_bar.y0) - layout.y(300.0)).abs() <= 1.0);
    for label in ["Calls per day (UTC)", "03-01", "03-02", "03-03", "successful", "failed", "unknown outcome"] {
        assert!(!texts(&els, label).is_empty(), "label {label}");
    }
    assert!(y_ticks(&els).iter().all(|(v, _)| v.fract() == 0.0), "whole-number ticks");
    assert_eq!(hits.len(), 3);
    assert!(hits.iter().all(|h| h.target == Target::None));
    assert_eq!((hits[0].label.as_str(), hits[0].value.as_str()), ("2026-03-01", "210 successful, 90 failed"));
    assert_eq!(hits[1].value, "100 successful, 0 failed, 5 unknown outcome");
    let hit = hit_test(&hits, hits[1].rect.center().0, hits[1].rect.center().1).expect("a day");
    assert_eq!(hit.label, "2026-03-02");
    let alt = chart.text_alternative();
    assert_eq!(alt.columns[..4], ["Date", "Calls", "Successful", "Failed"]);
    assert_eq!(alt.rows[0][..4], ["2026-03-01", "300", "210", "90"]);
    assert_eq!(alt.rows.len(), 3);
    assert!(alt.summary.contains("405 calls over 3 days") && alt.summary.contains("90 failed"), "{}", alt.summary);
}

#[test]
fn pstn_daily_chart_has_calls_only_and_no_hatching() {
    let chart = DailyChart::pstn(series(vec![day(0, 0, 0, 40), day(1, 0, 0, 12)]));
    let (svg, hits) = render("daily-pstn", (W, H), |area| draw_daily(area, &chart, &theme(), 1.0).expect("draw"));
    let els = elements(&svg);
    let t = theme();
    assert_eq!(filled_rects(&els, t.not_judged).len(), 3);
    assert!(filled_rects(&els, t.good).is_empty() && filled_rects(&els, t.poor).is_empty());
    assert!(lines(&els, t.hatch).is_empty());
    assert!(!texts(&els, "calls").is_empty() && !has_text(&els, "other") && !has_text(&els, "unknown"));
    assert_eq!(hits[0].value, "40 calls");
    let alt = chart.text_alternative();
    assert_eq!(alt.columns, ["Date", "Calls", "Minutes"]);
}

#[test]
fn daily_chart_survives_empty_single_zero_and_huge_series() {
    let t = theme();
    for (name, chart) in [
        ("daily-empty", DailyChart::direct_routing(series(Vec::new()))),
        ("daily-zero", DailyChart::direct_routing(series(vec![day(0, 0, 0, 0), day(1, 0, 0, 0)]))),
    ] {
        let (svg, hits) = render(name, (W, H), |area| draw_daily(area, &chart, &t, 1.0).expect("draw"));
        assert!(has_text(&elements(&svg), "No data"), "{name}");
        assert!(hits.is_empty());
        assert!(chart.text_alternative().rows.len() <= 2);
    }
    let one = DailyChart::direct_routing(series(vec![day(0, 1, 1, 0)]));
    let (_, hits) = render("daily-one", (W, H), |area| draw_daily(area, &one, &t, 1.0).expect("draw"));
    assert_eq!(hits.len(), 1);
    let huge = DailyChart::direct_routing(series(
        (0..400).map(|i| day(i, (i as usize * 7) % 50, (i as usize) % 3, 0)).collect(),
    ));
    let (svg, hits) = render("daily-400", (W, H), |area| draw_daily(area, &huge, &t, 1.0).expect("draw"));
    let els = elements(&svg);
    assert_eq!(hits.len(), 400);
    let labels = els.iter().filter(|e| e.tag == "text" && e.text.len() == 5 && e.text.as_bytes()[2] == b'-').count();
    assert!((2..40).contains(&labels), "day labels thinned out: {labels}");
    let poor: Vec<PixelRect> = filled_rects(&els, t.poor).into_iter().map(rect_of).collect();
    assert_eq!(poor.len(), 1 + (0..400).filter(|i| i % 3 != 0).count());
    hatch_inside(&els, &poor);
    // Tiny and odd sizes and scales never panic.
    for (size, scale) in [((1, 1), 1.0), ((0, 0), 1.0), ((W, H), f64::NAN), ((50, 40), 3.0)] {
        render("daily-odd", size, |area| draw_daily(area, &huge, &t, scale).expect("draw"));
    }
}

fn sip(code: Option<i64>, phrase: Option<&str>, calls: usize, share: f64) -> SipGroup {
    SipGroup { code, explanation: None, phrase: phrase.map(String::from), calls, share }
}

#[test]
fn sip_failures_chart_has_one_hatched_bar_per_code_with_its_value() {
    let groups = [
        sip(Some(486), Some("Busy Here"), 300, 1.0 / 3.0),
        sip(Some(487), Some("Request Terminated"), 300, 1.0 / 3.0),
        sip(Some(404), Some("Not Found"), 300, 1.0 / 3.0),
    ];
    let chart = SipFailuresChart::new(&groups);
    let size = (W, chart.preferred_height(1.0));
    let (svg, hits) =
        render("sip-failures", size, |area| draw_sip_failures(area, &chart, &theme(), 1.0).expect("draw"));
    let els = elements(&svg);
    let t = theme();
    let poor: Vec<PixelRect> = filled_rects(&els, t.poor).into_iter().map(rect_of).collect();
    assert_eq!(poor.len(), 3);
    assert!(poor.iter().all(|r| r.width() == poor[0].width()), "equal counts, equal bars");
    assert!(hatch_inside(&els, &poor) >= 3);
    for label in ["486 Busy Here", "487 Request Terminated", "404 Not Found"] {
        assert_eq!(texts(&els, label).len(), 1, "{label}");
    }
    assert_eq!(texts(&els, "300 (33 %)").len(), 3);
    assert_eq!(hits.len(), 3);
    assert!(hits.iter().all(|h| h.target == Target::None));
    assert_eq!((hits[0].label.as_str(), hits[0].value.as_str()), ("486 Busy Here", "300 calls (33 %)"));
    let alt = chart.text_alternative();
    assert_eq!(alt.columns, ["Code", "Phrase", "Calls", "Share"]);
    assert_eq!(alt.rows[0], ["486", "Busy Here", "300", "33 %"]);
    assert!(alt.summary.contains("900 failed calls"), "{}", alt.summary);

    // Unequal counts: the longer bar for more calls; no phrase; no code.
    let chart = SipFailuresChart::new(&[sip(Some(503), None, 10, 0.8), sip(None, None, 2, 0.2)]);
    let (svg, _) = render("sip-uneven", (W, chart.preferred_height(1.0)), |area| {
        draw_sip_failures(area, &chart, &t, 1.0).expect("draw")
    });
    let els = elements(&svg);
    let bars: Vec<PixelRect> = filled_rects(&els, t.poor).into_iter().map(rect_of).collect();
    assert_eq!(bars.len(), 2);
    assert!(bars[0].width() > 4 * bars[1].width());
    assert!(!texts(&els, "503").is_empty() && !texts(&els, "no code").is_empty());
}

#[test]
fn sip_failures_chart_survives_empty_and_many_codes() {
    let t = theme();
    let empty = SipFailuresChart::new(&[]);
    let (svg, hits) = render("sip-empty", (W, empty.preferred_height(1.0)), |area| {
        draw_sip_failures(area, &empty, &t, 1.0).expect("draw")
    });
    assert!(has_text(&elements(&svg), "No data") && hits.is_empty());
    let zero = SipFailuresChart::new(&[sip(Some(486), None, 0, f64::NAN)]);
    let (svg, _) = render("sip-zero", (W, 200), |area| draw_sip_failures(area, &zero, &t, 1.0).expect("draw"));
    assert!(has_text(&elements(&svg), "No data"));
    let many: Vec<SipGroup> = (0..40).map(|i| sip(Some(400 + i), Some("Phrase"), 1000 - i as usize, 0.025)).collect();
    let chart = SipFailuresChart::new(&many);
    assert_eq!(chart.bars.len(), 13);
    assert_eq!(chart.bars[12].label, "28 more codes");
    let (svg, hits) = render("sip-many", (W, chart.preferred_height(1.0)), |area| {
        draw_sip_failures(area, &chart, &t, 1.0).expect("draw")
    });
    assert_eq!(hits.len(), 13);
    assert_eq!(filled_rects(&elements(&svg), t.poor).len(), 13);
    for (size, scale) in [((1, 1), 1.0), ((0, 0), 1.0), ((W, 60), 2.0), ((W, H), f64::INFINITY)] {
        render("sip-odd", size, |area| draw_sip_failures(area, &chart, &t, scale).expect("draw"));
    }
}

#[test]
fn timeline_and_tree_roll_up_by_the_same_rule() {
    // One session with a good stream and an unclassified one (67 packets): the tree says Good,
    // and so must the timeline's session, segment and call bars.
    let rec = corpus_record("v1.0-get-callrecord-expanded-legacy.json");
    let rules = RuleSet::cqd_current();
    let judgement = judged(&rec, &rules);
    let verdicts: Vec<Verdict> = judgement.streams.iter().map(|s| s.verdict).collect();
    assert!(verdicts.contains(&Verdict::Good) && verdicts.contains(&Verdict::Unclassified), "{verdicts:?}");
    let tl = timeline(&rec, &judgement);
    let tree = judgement.tally_session(0).verdict();
    assert_eq!(tree, Verdict::Good);
    for row in tl.rows.iter().filter(|r| r.kind != SpanKind::Stream) {
        for span in &row.spans {
            assert_eq!(span.verdict, Some(tree), "{}: {:?}", span.label, span.verdict);
        }
    }
    for (a, b) in [
        (Verdict::Good, Verdict::Unclassified),
        (Verdict::Unclassified, Verdict::Poor),
        (Verdict::Unclassified, Verdict::Unclassified),
    ] {
        let mut t = callrecords::judge::Tally::default();
        t.add(a);
        t.add(b);
        assert_eq!(a.roll_up(b), t.verdict());
        assert_eq!(b.roll_up(a), t.verdict());
    }
}

// ---------------------------------------------------------------------------------------------
// A call's charts made a piece at a time (the page makes one piece a task)

#[test]
fn a_call_s_charts_made_piece_by_piece_are_the_charts_made_at_once() {
    let rules = RuleSet::cqd_current();
    for rec in [corpus_record("v1.0-get-callrecord-expanded-legacy.json"), group_call(), many_streams(300)] {
        let j = judged(&rec, &rules);
        let whole = CallChartSet::new(&rec, &j, &rules);
        assert!(whole.timeline.is_some() && !whole.metrics.is_empty(), "{}", rec.id);
        let parts: Vec<ChartPart> = CallChartSet::parts().collect();
        assert_eq!(parts.first(), Some(&ChartPart::Timeline));
        assert_eq!(parts.last(), Some(&ChartPart::Health));
        assert_eq!(parts.len(), MetricGroup::ALL.len() + 2);
        let mut built = CallChartSet::default();
        let mut shown = Vec::new();
        for part in parts {
            built.add(part, &rec, &j, &rules);
            shown.push(built.metrics.len());
            if part == ChartPart::Timeline {
                assert!(built.timeline.is_some() && built.metrics.is_empty() && built.health.is_empty());
            }
        }
        assert!(shown.windows(2).all(|w| w[0] <= w[1]), "charts are only added: {shown:?}");
        assert_eq!(built, whole, "{}", rec.id);
        // Made again under other rules, over the set made under these: each piece is replaced.
        let classic = RuleSet::cqd_classic();
        let again = judge_record(&rec, &classic);
        for part in CallChartSet::parts() {
            built.add(part, &rec, &again, &classic);
        }
        assert_eq!(built, CallChartSet::new(&rec, &again, &classic), "{}", rec.id);
        assert_ne!(built, whole, "{}: the rules are in the charts", rec.id);
        let groups: Vec<MetricGroup> = whole.metrics.iter().map(|c| c.group).collect();
        let published: Vec<MetricGroup> = MetricGroup::ALL.iter().copied().filter(|g| groups.contains(g)).collect();
        assert_eq!(groups, published, "in the published order");
    }
}
