//! Every chart kind through the one enum the page uses ([`AnyChart`]): each variant drawn to
//! SVG with its title, its height for a width, its text alternative, its `data-chart` name and
//! exported file names; the chart sets of a call and across calls; what a click on a target
//! opens; the tooltip's value line; and the streams of a clicked histogram bin.

use callrecords::calllogs::{calls_per_day, explain_sip_code, SipGroup};
use callrecords::chart::*;
use callrecords::judge::{RecordJudgement, RuleSet};
use callrecords::model::datetime::UtcInstant;
use callrecords::model::record::StreamPath;
use callrecords::model::{Dataset, NodePath};
use callrecords::view::overview::judge_all;
use callrecords::view::route::Route;
use plotters::prelude::*;
use std::collections::HashSet;
use std::rc::Rc;

mod common;
use common::load_mix;

const RECORD: &str = "e523d2ed-2966-4b6b-925b-754a88034cc5";

fn judged(dataset: &Dataset) -> Vec<RecordJudgement> {
    judge_all(dataset, &RuleSet::cqd_current())
}

/// One chart of every kind, from the corpus (a failed-calls chart from made-up SIP groups: the
/// corpus's Direct Routing rows all succeeded).
fn every_kind() -> Vec<AnyChart> {
    let d = load_mix();
    let judgements = judged(&d);
    let rules = RuleSet::cqd_current();
    let index = d.records.iter().position(|r| r.id == RECORD).expect("the legacy corpus record");
    let calls = CallChartSet::new(&d.records[index], &judgements[index], &rules);
    let across = AcrossChartSet::new(&d, &judgements, &rules);
    let groups = [
        SipGroup {
            code: Some(486),
            explanation: Some(explain_sip_code(486)),
            phrase: Some("Busy Here".into()),
            calls: 3,
            share: 0.75,
        },
        SipGroup { code: Some(503), explanation: None, phrase: None, calls: 1, share: 0.25 },
    ];
    vec![
        AnyChart::Metric(calls.metrics[0].clone()),
        AnyChart::Timeline(calls.timeline.clone().expect("a timeline")),
        AnyChart::Health(calls.health[0].clone()),
        AnyChart::Distribution(across.distributions[0].clone()),
        AnyChart::Scatter(across.scatter.clone()),
        AnyChart::Daily(Rc::new(DailyChart::pstn(calls_per_day(d.pstn_calls.iter(), 0)))),
        AnyChart::Daily(Rc::new(DailyChart::direct_routing(calls_per_day(d.direct_routing_calls.iter(), 0)))),
        AnyChart::SipFailures(Rc::new(SipFailuresChart::new(&groups))),
    ]
}

fn draw_svg(chart: &AnyChart, size: (u32, u32)) -> (String, Vec<Hit>) {
    let mut svg = String::new();
    let hits = {
        let area = SVGBackend::with_string(&mut svg, size).into_drawing_area();
        let hits = chart.draw(&area, &Theme::light(), 1.0).expect("draw");
        area.present().expect("present");
        hits
    };
    (svg, hits)
}

/// The SVG's text as it reads (plotters escapes `&`, `<` and `>`).
fn unescape(svg: &str) -> String {
    svg.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
}

#[test]
fn every_kind_draws_its_title_on_svg() {
    let charts = every_kind();
    for chart in &charts {
        let width = 720;
        let (svg, hits) = draw_svg(chart, (width, chart.height(width)));
        assert!(svg.starts_with("<svg") && svg.len() > 500, "{}: {} bytes", chart.slug(), svg.len());
        let title = chart.title();
        assert!(!title.is_empty());
        assert!(unescape(&svg).contains(&title), "{}: no title “{title}” in the SVG", chart.slug());
        // The drawn hits are in the drawn area.
        assert!(hits.iter().all(|h| h.rect.x1 <= width as i32), "{}", chart.slug());
    }
}

#[test]
fn svg_export_is_the_chart_at_the_svg_scale() {
    for chart in every_kind() {
        let svg = chart.to_svg(640, &Theme::dark());
        let w = (640.0 * SVG_SCALE).round() as u32;
        let h = (f64::from(chart.height(640)) * SVG_SCALE).round() as u32;
        assert!(
            svg.contains(&format!("width=\"{w}\"")) && svg.contains(&format!("height=\"{h}\"")),
            "{}",
            chart.slug()
        );
        assert!(unescape(&svg).contains(&chart.title()), "{}", chart.slug());
        // A chart not laid out yet (width 0) still exports at a readable width.
        let narrow = chart.to_svg(0, &Theme::light());
        let min = (f64::from(SVG_MIN_WIDTH) * SVG_SCALE).round() as u32;
        assert!(narrow.contains(&format!("width=\"{min}\"")), "{}", chart.slug());
    }
}

#[test]
fn heights_are_at_least_a_chart_and_grow_with_rows() {
    for chart in every_kind() {
        for width in [0, 200, 720, 2000] {
            let h = chart.height(width);
            assert!((160..=2000).contains(&h), "{} at {width}: {h}", chart.slug());
        }
    }
    // A stream chart narrow enough for upright labels is taller.
    let metric = every_kind().into_iter().next().expect("a metric chart");
    assert!(matches!(metric, AnyChart::Metric(_)));
    assert_eq!(metric.height(1200), 290);
    assert_eq!(metric.height(60), 380);
}

#[test]
fn names_are_distinct_safe_and_the_ones_the_page_tests_use() {
    let charts = every_kind();
    let slugs: Vec<String> = charts.iter().map(AnyChart::slug).collect();
    assert_eq!(
        slugs,
        [
            "jitter",
            "timeline",
            "network-events",
            "distribution-jitter-average",
            "jitter-vs-packet-loss",
            "pstn-calls-per-day",
            "direct-routing-calls-per-day",
            "failures-by-sip-code",
        ]
    );
    let mut names = HashSet::new();
    for chart in &charts {
        for format in [ExportFormat::Svg, ExportFormat::Png] {
            let name = chart.file_name(format);
            assert!(name.ends_with(&format!(".{}", format.extension())), "{name}");
            let stem = name.trim_end_matches(&format!(".{}", format.extension()));
            assert!(stem.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'), "{name}");
            assert!(!stem.starts_with('-') && !stem.ends_with('-') && !stem.contains("--"), "{name}");
            assert!(names.insert(name.clone()), "{name} twice");
        }
        match chart.record() {
            Some(id) => {
                assert_eq!(id, RECORD);
                assert_eq!(chart.file_stem(), format!("call-e523d2ed-{}", chart.slug()));
            }
            None if matches!(chart, AnyChart::Daily(_) | AnyChart::SipFailures(_)) => {
                assert_eq!(chart.file_stem(), chart.slug())
            }
            None => assert_eq!(chart.file_stem(), format!("all-calls-{}", chart.slug())),
        }
    }
    assert_eq!(ExportFormat::Svg.mime_type(), "image/svg+xml");
    assert_eq!(ExportFormat::Png.mime_type(), "image/png");
}

#[test]
fn text_alternatives_are_never_empty() {
    for chart in every_kind() {
        let alt = chart.text_alternative();
        assert!(!alt.caption.is_empty() && !alt.summary.is_empty() && !alt.columns.is_empty(), "{}", chart.slug());
        assert!(!alt.rows.is_empty(), "{}", chart.slug());
        assert!(alt.rows.iter().all(|r| r.len() == alt.columns.len()), "{}", chart.slug());
        assert_eq!(alt.image_label(), format!("{}. {}", alt.caption, alt.summary));
        assert_eq!(alt.shown_rows(), alt.rows.as_slice());
        assert_eq!(alt.cut_note(), None);
    }
}

#[test]
fn long_tables_are_cut_with_a_note() {
    let long = TextAlternative {
        caption: "c".into(),
        summary: "s".into(),
        columns: vec!["a".into()],
        rows: vec![vec!["x".into()]; SHOWN_ROWS + 5],
        unmade: 0,
    };
    assert_eq!(long.shown_rows().len(), SHOWN_ROWS);
    assert_eq!(long.cut_note().as_deref(), Some("The first 2000 of 2005 rows are shown."));
    // Rows counted but not made (the scatter over a big export) count too.
    let counted = TextAlternative { rows: vec![vec!["x".into()]; SHOWN_ROWS], unmade: 7, ..long };
    assert_eq!(counted.shown_rows().len(), SHOWN_ROWS);
    assert_eq!(counted.cut_note().as_deref(), Some("The first 2000 of 2007 rows are shown."));
}

#[test]
fn charts_are_equal_only_when_they_share_their_data() {
    let charts = every_kind();
    for (i, a) in charts.iter().enumerate() {
        for (j, b) in charts.iter().enumerate() {
            assert_eq!(a == b, i == j, "{} vs {}", a.slug(), b.slug());
        }
        assert_eq!(a, &a.clone());
    }
    // The same values in another allocation are another chart (no deep comparison).
    let AnyChart::Timeline(t) = &charts[1] else { panic!("the timeline") };
    assert_ne!(charts[1], AnyChart::Timeline(Rc::new((**t).clone())));
}

#[test]
fn targets_open_their_node_and_bins_of_several_streams_list_them() {
    let path = StreamPath { session: 0, segment: 0, media: 0, stream: 1 };
    let key = StreamKey { record: "r".into(), path };
    let stream = Route::Call { id: "r".into(), node: NodePath::Stream(0, 0, 0, 1) };
    assert_eq!(key.route(), stream);
    assert_eq!(Target::Stream(key.clone()).route(), Some(stream.clone()));
    assert_eq!(Target::Streams(vec![key.clone()].into()).route(), Some(stream.clone()));
    assert_eq!(Target::Streams(vec![key.clone(), key.clone()].into()).route(), None);
    assert_eq!(Target::None.route(), None);
    let call = |node| Some(Route::Call { id: "r".into(), node });
    assert_eq!(Target::Call { record: "r".into() }.route(), call(NodePath::Call));
    assert_eq!(Target::Session { record: "r".into(), session: 2 }.route(), call(NodePath::Session(2)));
    assert_eq!(Target::Segment { record: "r".into(), session: 2, segment: 1 }.route(), call(NodePath::Segment(2, 1)));
    let side = Target::Endpoint { record: "r".into(), session: 1, segment: 0, media: 3, side: Side::Callee };
    assert_eq!(side.route(), call(NodePath::Media(1, 0, 3)));

    let two = vec![key.clone(), StreamKey { record: "q".into(), path }];
    assert_eq!(
        pick(Target::Streams(two.clone().into()), Some("averageJitter")),
        Pick::List(PickedStreams { metric: Some("averageJitter"), streams: two.into() })
    );
    assert_eq!(pick(Target::Streams(vec![key].into()), None), Pick::Open(stream));
    assert_eq!(pick(Target::None, None), Pick::Nothing);
}

#[test]
fn the_value_line_names_the_metric_unless_the_label_does() {
    let hit = |label: &str, metric| Hit {
        rect: PixelRect { x0: 0, y0: 0, x1: 1, y1: 1 },
        target: Target::None,
        metric,
        label: label.into(),
        value: "16 ms".into(),
        detail: String::new(),
        verdict: None,
    };
    assert_eq!(
        hit("Owen Franklin → Conferencing server", Some("averageJitter")).value_line(),
        "Jitter, average: 16 ms"
    );
    assert_eq!(hit("Jitter, average: 10–20 ms", Some("averageJitter")).value_line(), "16 ms");
    assert_eq!(hit("2026-03-02", None).value_line(), "16 ms");
}

#[test]
fn a_calls_charts_split_health_by_source() {
    let d = load_mix();
    let judgements = judged(&d);
    let rules = RuleSet::cqd_current();
    let index = d.records.iter().position(|r| r.id == RECORD).expect("record");
    let set = CallChartSet::new(&d.records[index], &judgements[index], &rules);
    assert!(!set.is_empty() && set.timeline.is_some() && !set.metrics.is_empty());
    let whole = endpoint_health(&d.records[index], &callrecords::judge::FindingLimits::default());
    let (parts, silent) = whole.by_source();
    assert_eq!(parts.len(), set.health.len());
    assert_eq!(silent, set.silent_sides);
    for part in &parts {
        let sources: HashSet<HealthSource> = part.rows.iter().map(|(s, _)| *s).collect();
        assert_eq!(sources.len(), 1, "one source per chart");
        assert!(part.endpoints.iter().all(|e| e.readings.len() == part.rows.len()));
        // Only the sides reporting some ratio (of either source) are kept.
        assert_eq!(part.endpoints.len(), whole.endpoints.len() - silent);
    }
    let rows: usize = parts.iter().map(|p| p.rows.len()).sum();
    assert_eq!(rows, whole.rows.len());

    let note = |silent_sides| CallChartSet { silent_sides, ..set.clone() }.silent_sides_note();
    assert_eq!(note(0), None);
    assert!(note(1).is_some_and(|n| n.contains("leave out 1 endpoint side with")));
    assert!(note(3).is_some_and(|n| n.contains("leave out 3 endpoint sides with")));
    assert!(CallChartSet::starts_open(CALL_OPEN_STREAMS) && !CallChartSet::starts_open(CALL_OPEN_STREAMS + 1));
}

#[test]
fn across_calls_counts_and_the_streams_of_a_clicked_bin() {
    let d = load_mix();
    let (calls, streams) = AcrossChartSet::counts(&d);
    assert_eq!(calls, 2);
    assert_eq!(streams, d.records.iter().map(|r| r.streams().count()).sum::<usize>());
    assert!(AcrossChartSet::shown(calls) && !AcrossChartSet::shown(1));
    assert!(AcrossChartSet::starts_open(ACROSS_OPEN_STREAMS) && !AcrossChartSet::starts_open(ACROSS_OPEN_STREAMS + 1));
    let set = AcrossChartSet::new(&d, &judged(&d), &RuleSet::cqd_current());
    assert!(set.distributions.iter().all(|dist| !dist.is_empty()));
    assert_eq!(set.scatter.points.len() + set.scatter.not_plotted, streams);

    let record = d.records.iter().find(|r| r.id == RECORD).expect("record");
    let keys: Vec<StreamKey> = record.streams().map(|s| StreamKey { record: RECORD.into(), path: s.path }).collect();
    let missing = StreamKey { record: "gone".into(), path: keys[0].path };
    let picked =
        PickedStreams { metric: Some("averageJitter"), streams: [keys.clone(), vec![missing]].concat().into() };
    assert_eq!(picked.title(), format!("{} streams in the clicked bar of “Jitter, average”", keys.len() + 1));
    assert_eq!(
        PickedStreams { metric: None, ..picked.clone() }.title(),
        format!("{} streams in the clicked bar", keys.len() + 1)
    );
    let lines = picked.lines(&d, |t: UtcInstant| format!("at {}", t.to_iso()));
    assert_eq!(lines.len(), keys.len() + 1);
    let start = record.start.expect("a start").to_iso();
    for ((text, route), key) in lines.iter().zip(&keys) {
        assert!(text.starts_with(&format!("at {start} · ")), "{text}");
        assert!(text.contains(" → ") && text.ends_with(" ms"), "{text}");
        assert_eq!(route, &key.route());
    }
    assert_eq!(lines.last().map(|(t, _)| t.as_str()), Some("gone · stream not found"));
}
