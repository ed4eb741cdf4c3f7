//! Writes the report (see the module above) from the same view models and charts the page
//! shows: `view::call`, `view::tree`, `view::node_text`, `view::detail`, `chart::sets`. Every
//! text from the data is escaped; URLs in it are defanged (`https[:]//`) so the file holds no
//! address at all; times are UTC (a file without script cannot know the reader's zone).

use crate::chart::{AnyChart, CallChartSet, Theme};
use crate::judge::{judge_record, RuleSet};
use crate::model::datetime::UtcInstant;
use crate::model::record::CallRecord;
use crate::model::{Dataset, NodePath};
use crate::redact::Categories;
use crate::summary::summarize_call;
use crate::t;
use crate::view::badge::Badge;
use crate::view::call::{finding_kind_word, heading, heading_duration, load_warnings, sorted_findings, verdict_line};
use crate::view::detail::{describe, Section, Value};
use crate::view::node_text::{row_text, RowBadge};
use crate::view::share::{file_name, file_status, Download};
use crate::view::tree::children;
use std::fmt::Write;

/// At most this many calls go in one report (a report of a month of calls is not one file to
/// read); the report says when there were more.
pub const REPORT_CALLS: usize = 25;

/// The HTML report of the records at `indexes`, named after the call
/// when there is one.
pub fn html_report(
    shown: &Dataset,
    indexes: &[usize],
    rules: &RuleSet,
    redaction: Categories,
    exported: UtcInstant,
    day: &str,
) -> Download {
    let options = ReportOptions { rules, redaction: file_status(redaction), exported };
    let what = match indexes {
        [one] => shown.records.get(*one).map_or("call".to_string(), |r| format!("call-{}", short(&r.id))),
        _ => "calls".to_string(),
    };
    Download {
        name: file_name(&format!("{what}-report"), !redaction.is_empty(), day, "html"),
        mime: "text/html",
        text: report(shown, indexes, &options),
    }
}

/// The first 8 characters of an id that are safe in a file name.
fn short(id: &str) -> String {
    id.chars().filter(char::is_ascii_alphanumeric).take(8).collect()
}

/// A call with more nodes than this gets the details of the call and of the way to its streams
/// that are not good only (a 1,000-session meeting would be a 100 MB file).
const DETAIL_NODES: usize = 150;

/// Width of the charts, in CSS pixels: an A4 page's text width at 96 dpi, give or take.
const CHART_WIDTH: u32 = 720;

/// What the report says about itself.
pub struct ReportOptions<'a> {
    pub rules: &'a RuleSet,
    /// The redaction sentence the page shows (`view::share::status`).
    pub redaction: String,
    /// When it was written.
    pub exported: UtcInstant,
}

/// The report of the records at `indexes` (the first [`REPORT_CALLS`]) as one HTML document.
pub fn report(dataset: &Dataset, indexes: &[usize], options: &ReportOptions) -> String {
    let records: Vec<&CallRecord> = indexes.iter().filter_map(|&i| dataset.records.get(i)).collect();
    let title = match records.as_slice() {
        [one] => format!("{} {}", heading(one), one.start.map(utc).unwrap_or_default()),
        many => t!("report-many-calls", count = many.len()),
    };
    let mut out = String::with_capacity(64 * 1024);
    let _ = write!(
        out,
        "<!doctype html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        crate::i18n::current().code(),
        esc(&t!("report-title", title = title.as_str()))
    );
    let _ = write!(
        out,
        "<header><h1>{}</h1>\n<dl class=\"about\">\
         <dt>{}</dt><dd>{}</dd><dt>{}</dt><dd>{} <span class=\"muted\">({})</span></dd>\
         <dt>{}</dt><dd>{}</dd><dt>{}</dt><dd>{}</dd></dl></header>\n",
        esc(&t!("report-title", title = title.as_str())),
        esc(&t!("report-exported")),
        esc(&t!("report-exported-at", time = utc(options.exported))),
        esc(&t!("report-rules")),
        esc(&options.rules.kind.name()),
        esc(&options.rules.kind.source_text()),
        esc(&t!("report-redaction")),
        esc(&options.redaction),
        esc(&t!("report-made-by")),
        esc(&t!("report-made-by-text")),
    );
    if records.len() > REPORT_CALLS {
        let _ = writeln!(
            out,
            "<p class=\"note\">{}</p>",
            esc(&t!("report-first-calls", chosen = records.len(), kept = REPORT_CALLS))
        );
    }
    for (n, record) in records.iter().take(REPORT_CALLS).enumerate() {
        call(&mut out, n, record, options.rules);
    }
    out.push_str("</body>\n</html>\n");
    out
}

fn call(out: &mut String, n: usize, record: &CallRecord, rules: &RuleSet) {
    let judgement = judge_record(record, rules);
    let findings = sorted_findings(record);
    let tally = judgement.tally_call();
    let _ = write!(
        out,
        "<section class=\"call\" id=\"call-{n}\">\n<h2>{} {}{}</h2>\n<p class=\"ids\">{} <code>{}</code></p>\n",
        esc(&heading(record)),
        record.start.map(utc).unwrap_or_default(),
        esc(&heading_duration(record)),
        esc(&t!("report-call-id")),
        esc(&crate::model::identity::id_text(&record.id)),
    );
    for warning in load_warnings(record) {
        let _ = writeln!(out, "<p class=\"note\">{}</p>", esc(&warning));
    }
    let _ = write!(
        out,
        "<p class=\"verdict\">{}{}</p>\n<p class=\"summary\">{}</p>\n",
        badge(Badge::verdict(tally.verdict())),
        esc(&verdict_line(tally, rules)),
        esc(&summarize_call(record, &judgement, &findings)),
    );
    if !findings.is_empty() {
        let _ = write!(
            out,
            "<h3>{}</h3>\n<table class=\"findings\"><thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead><tbody>\n",
            esc(&t!("report-findings", count = findings.len())),
            esc(&t!("report-col-kind")),
            esc(&t!("report-col-who")),
            esc(&t!("report-col-what")),
            esc(&t!("report-col-evidence")),
        );
        for f in &findings {
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td class=\"evidence\">{}</td></tr>",
                esc(&finding_kind_word(f.kind)),
                esc(&f.who),
                esc(&f.title),
                esc(&f.evidence)
            );
        }
        out.push_str("</tbody></table>\n");
    }
    let _ = writeln!(out, "<h3>{}</h3>\n<ul class=\"tree\">", esc(&t!("report-sessions")));
    for node in children(record, NodePath::Call) {
        tree(out, record, &judgement, node);
    }
    out.push_str("</ul>\n");
    let streams = judgement.streams.len();
    let charts = if CallChartSet::starts_open(streams) {
        CallChartSet::new(record, &judgement, rules)
    } else {
        CallChartSet::default()
    };
    if !CallChartSet::starts_open(streams) {
        let _ = writeln!(out, "<p class=\"note\">{}</p>", esc(&t!("report-charts-left-out", count = streams)));
    }
    if !charts.is_empty() {
        let _ = writeln!(out, "<h3>{}</h3>", esc(&t!("charts")));
        let theme = Theme::light();
        let all = charts
            .timeline
            .iter()
            .cloned()
            .map(AnyChart::Timeline)
            .chain(charts.metrics.iter().cloned().map(AnyChart::Metric))
            .chain(charts.health.iter().cloned().map(AnyChart::Health));
        for chart in all {
            let alt = chart.text_alternative();
            let svg = chart.to_svg(CHART_WIDTH, &theme);
            let _ = writeln!(
                out,
                "<figure class=\"chart\"><figcaption>{}</figcaption>{}<p class=\"muted\">{}</p></figure>",
                esc(&alt.caption),
                inline_svg(&svg, &alt.caption),
                esc(&alt.summary)
            );
        }
    }
    let _ = writeln!(out, "<h3>{}</h3>", esc(&t!("report-details")));
    let mut nodes = Vec::new();
    depth_first(record, NodePath::Call, &mut nodes);
    let total = nodes.len();
    if total > DETAIL_NODES {
        // A big meeting: the call, and the way down to every stream that is not good.
        let mut keep: std::collections::BTreeSet<NodePath> = [NodePath::Call].into();
        for &node in &nodes {
            let text = row_text(record, &judgement, node, utc);
            if matches!(text.badge, RowBadge::Verdict(v, _) if v != crate::judge::Verdict::Good) || text.failed {
                let mut up = Some(node);
                while let Some(n) = up {
                    keep.insert(n);
                    up = n.parent();
                }
            }
        }
        nodes.retain(|n| keep.contains(n));
        nodes.truncate(DETAIL_NODES);
        let _ = writeln!(
            out,
            "<p class=\"note\">{}</p>",
            esc(&t!("report-details-some", shown = nodes.len(), count = total))
        );
    }
    for node in nodes {
        let sections = describe(record, node, &judgement, rules);
        if sections.is_empty() {
            continue;
        }
        let text = row_text(record, &judgement, node, utc);
        let name = if node == NodePath::Call { t!("report-the-call") } else { text.label };
        let _ = writeln!(out, "<details open class=\"detail\"><summary>{}</summary>", esc(&name));
        for s in &sections {
            section(out, s);
        }
        out.push_str("</details>\n");
    }
    out.push_str("</section>\n");
}

fn depth_first(record: &CallRecord, node: NodePath, out: &mut Vec<NodePath>) {
    out.push(node);
    for child in children(record, node) {
        depth_first(record, child, out);
    }
}

fn tree(out: &mut String, record: &CallRecord, judgement: &crate::judge::RecordJudgement, node: NodePath) {
    let text = row_text(record, judgement, node, utc);
    let badge_html = match &text.badge {
        RowBadge::None => String::new(),
        RowBadge::Tally(t) if t.total() > 0 => {
            format!("{} <span class=\"muted\">{}</span>", badge(Badge::verdict(t.verdict())), esc(&t.describe()))
        }
        RowBadge::Tally(_) => String::new(),
        RowBadge::Verdict(v, why) => {
            let why = why.as_deref().map(|w| format!(" <span class=\"why\">{}</span>", esc(w))).unwrap_or_default();
            format!("{}{why}", badge(Badge::verdict(*v)))
        }
    };
    let failed = if text.failed {
        format!(" <span class=\"badge poor\">{}</span>", esc(&t!("chart-failed")))
    } else {
        String::new()
    };
    let meta = text.meta.as_deref().map(|m| format!("<div class=\"muted\">{}</div>", esc(m))).unwrap_or_default();
    let _ = write!(out, "<li><span class=\"label\">{}</span>{failed} {badge_html}{meta}", esc(&text.label));
    let below = children(record, node);
    if !below.is_empty() {
        out.push_str("<ul>");
        for child in below {
            tree(out, record, judgement, child);
        }
        out.push_str("</ul>");
    }
    out.push_str("</li>\n");
}

fn section(out: &mut String, s: &Section) {
    let _ = writeln!(out, "<h4>{}</h4>", esc(&s.title));
    if !s.fields.is_empty() {
        out.push_str("<table class=\"fields\"><tbody>");
        for f in &s.fields {
            let _ = write!(out, "<tr><th scope=\"row\">{}</th><td>{}</td></tr>", esc(&f.label), value(&f.value));
        }
        out.push_str("</tbody></table>\n");
    }
    if let Some(table) = &s.table {
        out.push_str("<table class=\"grid\"><thead><tr>");
        for (i, c) in table.columns.iter().enumerate() {
            let label = if i == 0 && c.is_empty() { t!("chart-col-measure") } else { c.clone() };
            let _ = write!(out, "<th scope=\"col\">{}</th>", esc(&label));
        }
        out.push_str("</tr></thead><tbody>");
        for (label, values) in &table.rows {
            let _ = write!(out, "<tr><th scope=\"row\">{}</th>", esc(label));
            for v in values {
                let _ = write!(out, "<td>{}</td>", value(v));
            }
            out.push_str("</tr>");
        }
        out.push_str("</tbody></table>\n");
    }
}

fn value(v: &Value) -> String {
    match v {
        Value::Text(t) => esc(t),
        Value::Time(t) => utc(*t),
        Value::Missing => format!("<span class=\"muted\">{}</span>", esc(&t!("not-reported"))),
        Value::Poor { text, why } => {
            format!("<span class=\"poor-value\">{} <span class=\"why\">({})</span></span>", esc(text), esc(why))
        }
    }
}

fn badge(b: Badge) -> String {
    format!("<span class=\"badge {}\"><span aria-hidden=\"true\">{}</span> {}</span>", b.class, b.icon, b.word)
}

fn utc(t: UtcInstant) -> String {
    let iso = t.to_iso();
    format!("{} {}", &iso[..10], &iso[11..19])
}

/// An SVG document from plotters as an element of the page: without its XML prologue and
/// namespace address (not needed inline), labelled for assistive technology.
fn inline_svg(svg: &str, label: &str) -> String {
    let start = svg.find("<svg").unwrap_or(0);
    svg[start..].replacen(" xmlns=\"http://www.w3.org/2000/svg\"", "", 1).replacen(
        "<svg",
        &format!("<svg role=\"img\" aria-label=\"{}\"", esc(label)),
        1,
    )
}

/// Text for HTML: escaped, and any URL defanged (`https[:]//`) so the file holds no address.
fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out.replace("://", "[:]//")
}

/// Light by default, dark when the reader's system is; print-friendly.
const STYLE: &str = "
:root{--bg:#fff;--text:#1d232b;--muted:#5b6673;--border:#d8dde3;--good:#00805f;--poor:#c0392b;--unclassified:#5f636a}
@media (prefers-color-scheme:dark){:root{--bg:#14181d;--text:#e4e8ed;--muted:#9aa5b1;--border:#323b46;--good:#3fc7a0;--poor:#ff7a66;--unclassified:#a3a9b1}
 figure.chart svg{background:#fff;border-radius:4px}}
body{font:15px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;background:var(--bg);color:var(--text);max-width:1000px;margin:0 auto;padding:1rem}
h1{font-size:1.4rem}h2{font-size:1.2rem;border-top:2px solid var(--border);padding-top:.8rem;margin-top:2rem}h3{font-size:1.05rem}h4{font-size:.95rem;margin:.8rem 0 .3rem}
.about{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}.about dt{font-weight:600}.about dd{margin:0}
.muted{color:var(--muted)}.note{border-left:3px solid var(--poor);padding-left:.6rem}
code{font-family:ui-monospace,Menlo,Consolas,monospace;overflow-wrap:anywhere}
table{border-collapse:collapse;width:100%;margin:.3rem 0 .8rem;font-size:.9rem}th,td{border-top:1px solid var(--border);padding:.25rem .4rem;text-align:left;vertical-align:top;overflow-wrap:break-word}
.findings td:nth-child(-n+2){white-space:nowrap}.evidence{overflow-wrap:anywhere}
th[scope=row]{font-weight:normal;color:var(--muted);width:35%}.evidence{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.8rem}
.badge{display:inline-block;border:1px solid currentColor;border-radius:999px;padding:0 .45rem;font-size:.8rem;font-weight:600}
.badge.good{color:var(--good)}.badge.poor{color:var(--poor)}.badge.unclassified{color:var(--unclassified)}
.why,.poor-value{color:var(--poor)}.tree,.tree ul{list-style:none;padding-left:1.1rem;margin:0}.tree li{margin:.2rem 0}.tree .label{font-weight:600}
figure.chart{margin:1rem 0;break-inside:avoid}figure.chart svg{max-width:100%;height:auto;display:block}figcaption{font-weight:600}
details.detail{border:1px solid var(--border);border-radius:6px;padding:.3rem .7rem;margin:.5rem 0}details.detail>summary{font-weight:600;cursor:pointer}
@media print{body{max-width:none;padding:0}section.call{break-before:page}section.call:first-of-type{break-before:auto}details.detail{break-inside:avoid-page}}
";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::ingest;

    #[test]
    fn the_report_download_is_named_after_the_call_and_its_redaction() {
        let dataset = ingest([("a.json", br#"{"id":"3d76f4b9-47ea","version":1}"#.as_slice())]);
        let one = html_report(&dataset, &[0], &RuleSet::cqd_current(), Categories::all(), UtcInstant(0), "d");
        assert_eq!(one.name, "call-3d76f4b9-report-redacted-d.html");
        assert!(one.text.contains("Redacted (names"));
    }

    #[cfg(feature = "synth")]
    #[test]
    fn a_big_meeting_gets_the_details_of_what_is_not_good_only() {
        let json = crate::synth::scaling::record_with_sessions(300);
        let dataset = ingest([("big.json", json.as_bytes())]);
        let options =
            ReportOptions { rules: &RuleSet::cqd_current(), redaction: String::new(), exported: UtcInstant(0) };
        let html = report(&dataset, &[0], &options);
        let details = html.matches("<details open class=\"detail\">").count();
        assert!(html.contains("Details of ") && html.contains("The page has the rest."));
        assert!((1..=DETAIL_NODES).contains(&details), "{details}");
        assert!(html.matches("<li>").count() > 300, "the whole tree is still there");
    }

    #[test]
    fn hostile_text_is_escaped_and_urls_defanged() {
        assert_eq!(esc("<img src=x onerror=alert(1)>"), "&lt;img src=x onerror=alert(1)&gt;");
        assert_eq!(esc("https://teams.microsoft.com/l/x"), "https[:]//teams.microsoft.com/l/x");
    }

    #[test]
    fn a_report_holds_the_call_with_no_script_and_no_address() {
        let record = r#"{"id":"c1","type":"peerToPeer","startDateTime":"2024-03-01T10:00:00Z","endDateTime":"2024-03-01T10:05:00Z",
          "joinWebUrl":"https://teams.microsoft.com/l/meetup-join/x",
          "sessions":[{"id":"s1","caller":{"identity":{"user":{"displayName":"<b>Kenji</b>"}}},
            "segments":[{"id":"g1","media":[{"label":"main-audio","streams":[{"streamDirection":"callerToCallee","averagePacketLossRate":0.2,"averageJitter":"PT0.05S","packetUtilization":5000,"averageRoundTripTime":"PT0.1S"}]}]}]}]}"#;
        let dataset = ingest([("a.json", record.as_bytes())]);
        let options = ReportOptions {
            rules: &RuleSet::cqd_current(),
            redaction: "Redaction is off".into(),
            exported: UtcInstant(1_700_000_000_000),
        };
        let html = report(&dataset, &[0], &options);
        assert!(html.starts_with("<!doctype html>"));
        assert!(html.contains("&lt;b&gt;Kenji&lt;/b&gt;") && !html.contains("<b>Kenji"));
        assert!(!html.contains("<script") && !html.contains("://"), "no script, no address");
        assert!(html.contains("<svg role=\"img\""), "charts inline");
        assert!(
            html.contains("CQD, current") && html.contains("Redaction is off") && html.contains("2023-11-14 22:13:20")
        );
        assert!(html.contains("Poor"), "the stream's verdict");
        assert!(html.contains("packet loss"), "its reason");
    }
}
