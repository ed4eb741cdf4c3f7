//! The call's timeline: the call, each session (a row, labelled by participant) with its
//! segments on it, and the streams that carry start/end times (SIP streams only) as thin rows
//! beneath, all on the call's clock. Colour is the verdict of the streams inside; poor spans
//! are hatched; failed sessions and segments carry a drawn ✖ and are never narrower than a few
//! pixels, so late joins, gaps and short failed segments show.

use super::geometry::{common_parts, fit_label_among, sanitize_scale, to_px, Linear, PixelRect};
use super::hit::{offset_hits, Hit, StreamKey, Target};
use super::naming::{failure_text, judgements_by_path, session_who, stream_label, WorstVerdicts};
use super::paint::{DrawResult, Painter, Swatch, TextSpec, LABEL_PX, TICK_PX};
use super::text::{sentence, TextAlternative};
use super::theme::Theme;
use super::worst::{keep_worst, MAX_SESSIONS};
use crate::judge::{MediaKind, RecordJudgement, Verdict};
use crate::model::datetime::{format_duration_ms, UtcInstant};
use crate::model::record::{CallRecord, StreamRef};
use crate::t;
use plotters::coord::Shift;
use plotters::drawing::DrawingArea;
use plotters::prelude::DrawingBackend;
use plotters::style::text_anchor::{HPos, VPos};

/// What a span is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SpanKind {
    Call,
    Session,
    Segment,
    Stream,
}

/// A bar on the timeline.
#[derive(Clone, Debug, PartialEq)]
pub struct Span {
    pub kind: SpanKind,
    pub target: Target,
    /// Milliseconds after [`Timeline::origin`].
    pub start_ms: f64,
    pub end_ms: f64,
    /// The roll-up of the streams inside, by the tree's rule (`None`: no judged streams).
    pub verdict: Option<Verdict>,
    /// "failed at call setup: …" for a failed session or segment.
    pub failure: Option<String>,
    /// "Session 1 · Owen Franklin", "Segment 2 of session 1", a stream label.
    pub label: String,
}

/// A row of the timeline.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineRow {
    /// Shown on the left: "Call", a participant, a stream.
    pub label: String,
    /// `Call`, `Session` (with its segments) or `Stream`.
    pub kind: SpanKind,
    pub spans: Vec<Span>,
}

/// The timeline of one call.
#[derive(Clone, Debug, PartialEq)]
pub struct Timeline {
    pub record: String,
    /// Time 0 of the axis: the call's start, or an earlier session/segment start.
    pub origin: Option<UtcInstant>,
    /// Time 0 is the call's own start (not an earlier item's).
    pub origin_is_call_start: bool,
    /// Length of the axis in ms (at least 1).
    pub length_ms: f64,
    pub rows: Vec<TimelineRow>,
    /// Sessions and segments without start or end time, not drawn.
    pub untimed: Vec<String>,
    /// Streams in the record, and how many carry times (only SIP streams do).
    pub streams_total: usize,
    pub streams_timed: usize,
    /// Sessions drawn, and sessions left out of a big call (the better ones: see [`MAX_SESSIONS`]).
    pub sessions_shown: usize,
    pub sessions_left_out: usize,
}

fn bounds(start: Option<UtcInstant>, end: Option<UtcInstant>) -> Option<(UtcInstant, UtcInstant)> {
    Some((start?, end?))
}

/// The timeline of `record`, coloured by `judgement`.
pub fn timeline(record: &CallRecord, judgement: &RecordJudgement) -> Timeline {
    let origin = earliest(record);
    let end = latest(record);
    let rel = |t: UtcInstant| origin.map_or(0.0, |o| (t.0 - o.0) as f64);
    let length_ms = match (origin, end) {
        (Some(o), Some(e)) => ((e.0 - o.0) as f64).max(1.0),
        _ => 1.0,
    };
    let span_of = |kind, target, (s, e): (UtcInstant, UtcInstant), verdict, failure, label| Span {
        kind,
        target,
        start_ms: rel(s),
        end_ms: rel(e).max(rel(s)),
        verdict,
        failure,
        label,
    };
    let id = record.id.clone();
    let judged = judgements_by_path(judgement);
    let worst = WorstVerdicts::of(judgement);
    // The streams that carry times, by session, in one pass over the record.
    let mut timed_streams: Vec<Vec<StreamRef<'_>>> = vec![Vec::new(); record.sessions.len()];
    let mut streams_total = 0;
    for s in record.streams() {
        streams_total += 1;
        if bounds(s.stream.start, s.stream.end).is_some() {
            if let Some(list) = timed_streams.get_mut(s.path.session) {
                list.push(s);
            }
        }
    }
    let mut rows = Vec::new();
    let mut untimed = Vec::new();
    if let Some(b) = bounds(record.start, record.end) {
        let call = span_of(SpanKind::Call, Target::Call { record: id.clone() }, b, worst.call, None, t!("node-call"));
        rows.push(TimelineRow { label: t!("node-call"), kind: SpanKind::Call, spans: vec![call] });
    }
    // Each session's rows (the session, then its timed streams), with how bad it is: failed
    // first, then by its verdict.
    let mut sessions: Vec<(u8, Vec<TimelineRow>)> = Vec::with_capacity(record.sessions.len());
    for (si, session) in record.sessions.iter().enumerate() {
        let who = session_who(session, &judgement.names);
        let mut spans = Vec::new();
        let verdict = worst.session(si);
        let failed = session.failure_info.is_some() || session.segments.iter().any(|g| g.failure_info.is_some());
        let badness = 4 * u8::from(failed)
            + match verdict {
                Some(Verdict::Poor) => 2,
                Some(Verdict::Unclassified) => 1,
                Some(Verdict::Good) | None => 0,
            };
        let mut group = Vec::new();
        let target = Target::Session { record: id.clone(), session: si };
        let label = t!("chart-timeline-session", session = si + 1, who = who.as_str());
        match bounds(session.start, session.end) {
            Some(b) => spans.push(span_of(
                SpanKind::Session,
                target,
                b,
                verdict,
                session.failure_info.as_ref().map(failure_text),
                label,
            )),
            None => untimed.push(t!("chart-timeline-untimed-item", item = label)),
        }
        for (gi, segment) in session.segments.iter().enumerate() {
            let verdict = worst.segment(si, gi);
            let target = Target::Segment { record: id.clone(), session: si, segment: gi };
            let label = t!("chart-timeline-segment", segment = gi + 1, session = si + 1, who = who.as_str());
            match bounds(segment.start, segment.end) {
                Some(b) => spans.push(span_of(
                    SpanKind::Segment,
                    target,
                    b,
                    verdict,
                    segment.failure_info.as_ref().map(failure_text),
                    label,
                )),
                None => untimed.push(t!("chart-timeline-untimed-item", item = label)),
            }
        }
        group.push(TimelineRow { label: who, kind: SpanKind::Session, spans });
        for s in timed_streams.get(si).into_iter().flatten() {
            let Some(b) = bounds(s.stream.start, s.stream.end) else { continue };
            let j = judged.get(&s.path);
            let label = stream_label(s, j.map_or(MediaKind::Unknown, |j| j.kind), &judgement.names);
            let target = Target::Stream(StreamKey { record: id.clone(), path: s.path });
            let span = span_of(SpanKind::Stream, target, b, j.map(|j| j.verdict), None, label.clone());
            group.push(TimelineRow { label, kind: SpanKind::Stream, spans: vec![span] });
        }
        sessions.push((badness, group));
    }
    let streams_timed = sessions.iter().flat_map(|(_, g)| g).filter(|r| r.kind == SpanKind::Stream).count();
    let (kept, sessions_left_out) = keep_worst(sessions, MAX_SESSIONS, |(badness, _)| *badness);
    let sessions_shown = kept.len();
    rows.extend(kept.into_iter().flat_map(|(_, group)| group));
    Timeline {
        record: id,
        origin,
        origin_is_call_start: origin.is_some() && origin == record.start,
        length_ms,
        rows,
        untimed,
        streams_total,
        streams_timed,
        sessions_shown,
        sessions_left_out,
    }
}

/// Every instant of the record that has a partner (start with end).
fn instants(record: &CallRecord) -> Vec<(UtcInstant, UtcInstant)> {
    let mut all: Vec<(UtcInstant, UtcInstant)> = bounds(record.start, record.end).into_iter().collect();
    for session in &record.sessions {
        all.extend(bounds(session.start, session.end));
        all.extend(session.segments.iter().filter_map(|g| bounds(g.start, g.end)));
    }
    all.extend(record.streams().filter_map(|s| bounds(s.stream.start, s.stream.end)));
    all
}

fn earliest(record: &CallRecord) -> Option<UtcInstant> {
    instants(record).iter().map(|(s, e)| *s.min(e)).min()
}

fn latest(record: &CallRecord) -> Option<UtcInstant> {
    instants(record).iter().map(|(s, e)| *s.max(e)).max()
}

/// Row heights in CSS pixels.
fn row_height(kind: SpanKind) -> f64 {
    match kind {
        SpanKind::Session | SpanKind::Segment => 24.0,
        SpanKind::Call | SpanKind::Stream => 14.0,
    }
}

const ROW_GAP: f64 = 4.0;
const HEADER: f64 = 8.0 + 18.0 + 16.0 + 6.0;
const FOOTER: f64 = 20.0 + 16.0 + 8.0;

impl Timeline {
    /// The title drawn on the chart.
    pub fn title(&self) -> String {
        self.of_how_many(t!("chart-timeline-title"))
    }

    /// `title`, and for a big call how many of its sessions are drawn.
    fn of_how_many(&self, title: String) -> String {
        match self.sessions_left_out {
            0 => title,
            n => {
                t!("chart-worst-sessions", title = title, shown = self.sessions_shown, count = self.sessions_shown + n)
            }
        }
    }

    /// True when nothing has times to draw.
    pub fn is_empty(&self) -> bool {
        self.rows.iter().all(|r| r.spans.is_empty())
    }

    /// The height (device pixels) at which every row gets its full height.
    pub fn preferred_height(&self, scale: f64) -> u32 {
        let rows: f64 = self.rows.iter().map(|r| row_height(r.kind) + ROW_GAP).sum();
        to_px((HEADER + rows.max(40.0) + FOOTER) * sanitize_scale(scale)).max(1) as u32
    }

    /// What time 0 is, for the axis: "s since call start".
    pub fn axis_title(&self) -> String {
        if self.origin_is_call_start {
            t!("chart-timeline-since-call-start")
        } else {
            t!("chart-timeline-since-first-start")
        }
    }

    /// The timeline as a table of spans.
    pub fn text_alternative(&self) -> TextAlternative {
        let origin = self.origin.map(|o| o.to_iso()).unwrap_or_else(|| t!("chart-unknown"));
        let columns = vec![
            t!("chart-col-item"),
            t!("chart-col-starts"),
            t!("chart-col-ends"),
            t!("chart-col-duration"),
            t!("chart-col-verdict"),
            t!("chart-col-failure"),
        ];
        let caption = self.of_how_many(t!("chart-timeline-caption", axis = self.axis_title(), origin = origin));
        let mut table = TextAlternative::new(caption, columns);
        for span in self.rows.iter().flat_map(|r| &r.spans) {
            table.rows.push(vec![
                span.label.clone(),
                format!("+{}", format_duration_ms(span.start_ms)),
                format!("+{}", format_duration_ms(span.end_ms)),
                format_duration_ms(span.end_ms - span.start_ms),
                verdict_text(span.verdict),
                span.failure.clone().unwrap_or_default(),
            ]);
        }
        for item in &self.untimed {
            table.rows.push(vec![
                item.clone(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
            ]);
        }
        table.summary = self.summary();
        table
    }

    fn summary(&self) -> String {
        if self.is_empty() {
            return t!("chart-timeline-none");
        }
        let spans = || self.rows.iter().flat_map(|r| &r.spans);
        let count = |kind| spans().filter(|s| s.kind == kind).count();
        let failed: Vec<&str> = spans().filter(|s| s.failure.is_some()).map(|s| s.label.as_str()).collect();
        let late: Vec<String> = spans()
            .filter(|s| s.kind == SpanKind::Session && s.start_ms >= 1000.0)
            .map(|s| t!("chart-timeline-starts-at", span = s.label.as_str(), at = format_duration_ms(s.start_ms)))
            .collect();
        let mut sentences = vec![t!(
            "chart-timeline-summary",
            sessions = count(SpanKind::Session),
            length = format_duration_ms(self.length_ms),
            segments = count(SpanKind::Segment),
            timed = self.streams_timed,
            streams = self.streams_total
        )];
        if !failed.is_empty() {
            sentences.push(t!("chart-timeline-failed", spans = failed.join("; ")));
        }
        if !late.is_empty() {
            sentences.push(sentence(&late));
        }
        if !self.untimed.is_empty() {
            sentences.push(t!("chart-timeline-untimed", items = self.untimed.len()));
        }
        sentences.join(&t!("chart-sentence-separator"))
    }

    /// Where everything goes in an area of `size` device pixels at `scale`.
    pub fn layout(&self, size: (u32, u32), scale: f64) -> TimelineLayout {
        TimelineLayout::new(self, size, sanitize_scale(scale))
    }

    /// Hover/click regions (area-relative) for each drawn span.
    pub fn hits(&self, size: (u32, u32), scale: f64) -> Vec<Hit> {
        let layout = self.layout(size, scale);
        if !layout.drawable || self.is_empty() {
            return Vec::new();
        }
        let min_w = to_px(6.0 * layout.scale);
        let mut hits = Vec::new();
        for (row, geo) in self.rows.iter().zip(&layout.rows) {
            for (span, rect) in row.spans.iter().zip(&geo.spans) {
                let grow = ((min_w - rect.width()) / 2).max(0);
                let rect = PixelRect::new(rect.x0 - grow, rect.y0, rect.x1 + grow, rect.y1);
                hits.push(span_hit(span, rect));
            }
        }
        hits
    }
}

fn verdict_text(verdict: Option<Verdict>) -> String {
    verdict.map_or_else(|| t!("chart-no-judged-streams"), Verdict::word)
}

fn span_hit(span: &Span, rect: PixelRect) -> Hit {
    let mut detail = t!(
        "chart-timeline-span",
        from = format_duration_ms(span.start_ms),
        to = format_duration_ms(span.end_ms),
        verdict = verdict_text(span.verdict)
    );
    if let Some(f) = &span.failure {
        detail.push_str(&format!(" · {f}"));
    }
    Hit {
        rect,
        target: span.target.clone(),
        metric: None,
        label: span.label.clone(),
        value: format_duration_ms(span.end_ms - span.start_ms),
        detail,
        verdict: span.verdict,
    }
}

/// Pixel positions of one row.
#[derive(Clone, Debug, PartialEq)]
pub struct RowLayout {
    pub rect: PixelRect,
    /// One per span, in row order.
    pub spans: Vec<PixelRect>,
}

/// The geometry of a drawn [`Timeline`].
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineLayout {
    pub drawable: bool,
    pub scale: f64,
    /// The time area (rows), x from time 0 to the end.
    pub plot: PixelRect,
    pub rows: Vec<RowLayout>,
    /// Milliseconds between time-axis ticks.
    pub tick_ms: f64,
}

impl TimelineLayout {
    fn new(t: &Timeline, (w, h): (u32, u32), s: f64) -> TimelineLayout {
        let (w, h) = (f64::from(w), f64::from(h));
        let margin = 8.0 * s;
        let label_w = (w * 0.3).min(200.0 * s);
        let plot_x = (margin + label_w, w - margin - 6.0 * s);
        let top = HEADER * s;
        let wanted: f64 = t.rows.iter().map(|r| row_height(r.kind) + ROW_GAP).sum::<f64>() * s;
        let room = h - top - FOOTER * s;
        let shrink = if wanted > room && wanted > 0.0 { (room / wanted).max(0.0) } else { 1.0 };
        let x = Linear { d0: 0.0, d1: t.length_ms, p0: plot_x.0, p1: plot_x.1 };
        let mut y = top;
        let mut rows = Vec::new();
        for row in &t.rows {
            let height = row_height(row.kind) * s * shrink;
            let rect = PixelRect::from_f64(plot_x.0, y, plot_x.1, y + height);
            rows.push(RowLayout { rect, spans: row.spans.iter().map(|span| span_rect(span, &rect, &x, s)).collect() });
            y += height + ROW_GAP * s * shrink;
        }
        let plot = PixelRect::from_f64(plot_x.0, top, plot_x.1, y.max(top + 1.0));
        let drawable = plot.width() >= to_px(40.0 * s) && shrink * 24.0 * s >= 4.0;
        TimelineLayout { drawable, scale: s, plot, rows, tick_ms: time_step(t.length_ms) }
    }

    /// The x pixel of a time (ms after the origin).
    pub fn time_x(&self, ms: f64, length_ms: f64) -> f64 {
        Linear { d0: 0.0, d1: length_ms, p0: f64::from(self.plot.x0), p1: f64::from(self.plot.x1) }.map(ms)
    }
}

/// A span's rectangle in its row: segments inset, failed spans at least 4 CSS px wide.
fn span_rect(span: &Span, row: &PixelRect, x: &Linear, s: f64) -> PixelRect {
    let (mut x0, mut x1) = (x.map(span.start_ms), x.map(span.end_ms));
    let min_w = if span.failure.is_some() { 4.0 * s } else { 2.0 * s };
    if x1 - x0 < min_w {
        let mid = (x0 + x1) / 2.0;
        x0 = mid - min_w / 2.0;
        x1 = mid + min_w / 2.0;
    }
    let inset = if span.kind == SpanKind::Segment { (f64::from(row.height()) * 0.18).round() } else { 0.0 };
    PixelRect::from_f64(x0, f64::from(row.y0) + inset, x1, f64::from(row.y1) - inset)
}

/// A tick step for a time axis of `length_ms`: at most about 6 ticks, on round times.
fn time_step(length_ms: f64) -> f64 {
    const STEPS: &[f64] = &[
        1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0, 200.0, 500.0, 1e3, 2e3, 5e3, 10e3, 15e3, 30e3, 60e3, 120e3, 300e3,
        600e3, 900e3, 1800e3, 3600e3, 7200e3, 10800e3, 21600e3, 43200e3, 86400e3,
    ];
    let length = if length_ms.is_finite() && length_ms > 0.0 { length_ms } else { 1.0 };
    STEPS.iter().copied().find(|s| length / s <= 6.0).unwrap_or_else(|| (length / 6.0).ceil())
}

/// Draws `timeline` into `area`; returns hover/click regions in backend pixels.
///
/// The area is in device pixels; `scale` is the device-pixel ratio. Use
/// [`Timeline::preferred_height`] for the canvas height; a smaller area squeezes the rows.
pub fn draw_timeline<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    timeline: &Timeline,
    theme: &Theme,
    scale: f64,
) -> DrawResult<Vec<Hit>, DB> {
    let layout = timeline.layout(area.dim_in_pixel(), scale);
    let p = Painter::new(area, theme, layout.scale);
    if !p.frame(
        &timeline.title(),
        timeline.is_empty().then_some(t!("chart-timeline-no-data").as_str()),
        layout.drawable,
    )? {
        return Ok(Vec::new());
    }
    draw_timeline_legend(&p, timeline)?;
    draw_time_axis(&p, timeline, &layout)?;
    // What every stream row shares ("Conferencing server", "audio") gives way first when a
    // label is too long, so the names that tell the rows apart survive.
    let common = common_parts(timeline.rows.iter().filter(|r| r.kind == SpanKind::Stream).map(|r| r.label.as_str()));
    for (row, geo) in timeline.rows.iter().zip(&layout.rows) {
        draw_row(&p, row, geo, &layout, &common)?;
    }
    draw_untimed_note(&p, timeline, &layout)?;
    Ok(offset_hits(timeline.hits(area.dim_in_pixel(), scale), area.get_base_pixel()))
}

fn draw_timeline_legend<DB: DrawingBackend>(p: &Painter<'_, DB>, t: &Timeline) -> DrawResult<(), DB> {
    let y = to_px(p.px(8.0 + 18.0 + 8.0));
    let mut x = to_px(p.px(8.0));
    let spans =
        || t.rows.iter().flat_map(|r| &r.spans).filter(|s| s.kind != SpanKind::Call && s.kind != SpanKind::Session);
    let items = [
        (Some(Verdict::Poor), Swatch::Hatched(p.theme.poor)),
        (Some(Verdict::Good), Swatch::Fill(p.theme.good)),
        (Some(Verdict::Unclassified), Swatch::Fill(p.theme.unclassified)),
        (None, Swatch::Fill(p.theme.not_judged)),
    ];
    for (verdict, swatch) in items {
        if spans().any(|s| s.verdict == verdict) {
            x = p.legend_item(x, y, swatch, &verdict_text(verdict))?;
        }
    }
    if t.rows.iter().flat_map(|r| &r.spans).any(|s| s.failure.is_some()) {
        let r = to_px(p.px(4.0));
        p.cross((x + r, y), r, p.theme.failed)?;
        p.text(&t!("chart-failed"), (x + 2 * r + to_px(p.px(4.0)), y), TextSpec::new(TICK_PX, p.theme.text))?;
    }
    Ok(())
}

fn draw_time_axis<DB: DrawingBackend>(
    p: &Painter<'_, DB>,
    t: &Timeline,
    layout: &TimelineLayout,
) -> DrawResult<(), DB> {
    let plot = layout.plot;
    let mut tick = 0.0;
    let mut count = 0;
    while tick <= t.length_ms + 1e-6 && count < 100 {
        let x = to_px(layout.time_x(tick, t.length_ms));
        p.line((x, plot.y0), (x, plot.y1), p.theme.grid, 1.0)?;
        let text = if tick == 0.0 { "0".to_string() } else { format_duration_ms(tick) };
        p.text(
            &text,
            (x, plot.y1 + to_px(p.px(4.0))),
            TextSpec::new(TICK_PX, p.theme.text).anchor(HPos::Center, VPos::Top),
        )?;
        tick += layout.tick_ms;
        count += 1;
    }
    p.line((plot.x0, plot.y1), (plot.x1, plot.y1), p.theme.axis, 1.0)?;
    let spec = TextSpec::new(TICK_PX, p.theme.muted).anchor(HPos::Right, VPos::Top);
    p.text(&t.axis_title(), (plot.x1, plot.y1 + to_px(p.px(20.0))), spec)
}

fn draw_row<DB: DrawingBackend>(
    p: &Painter<'_, DB>,
    row: &TimelineRow,
    geo: &RowLayout,
    layout: &TimelineLayout,
    common: &[String],
) -> DrawResult<(), DB> {
    let indent = if row.kind == SpanKind::Stream { p.px(12.0) } else { 0.0 };
    let label_x = to_px(p.px(8.0) + indent);
    let room = f64::from(layout.plot.x0 - label_x) - p.px(6.0);
    let (size, color) = match row.kind {
        SpanKind::Stream => (TICK_PX, p.theme.muted),
        _ => (LABEL_PX, p.theme.text),
    };
    let label = fit_label_among(&row.label, room, p.px(size), common);
    p.text(&label, (label_x, to_px(geo.rect.center().1)), TextSpec::new(size, color))?;
    for (span, rect) in row.spans.iter().zip(&geo.spans) {
        draw_span(p, span, *rect)?;
    }
    Ok(())
}

fn draw_span<DB: DrawingBackend>(p: &Painter<'_, DB>, span: &Span, rect: PixelRect) -> DrawResult<(), DB> {
    match span.kind {
        SpanKind::Call | SpanKind::Session => {
            p.fill(rect, p.theme.track)?;
            p.outline(rect, p.theme.axis, 1.0)?;
        }
        SpanKind::Segment | SpanKind::Stream => {
            p.fill(rect, p.theme.verdict(span.verdict))?;
            if span.verdict == Some(Verdict::Poor) {
                p.hatch(rect)?;
            }
        }
    }
    if span.failure.is_some() {
        let r = (rect.height() / 3).max(2);
        let x = match span.kind {
            SpanKind::Session => rect.x1 - r - 1,
            _ => to_px(rect.center().0),
        };
        p.cross((x, to_px(rect.center().1)), r, p.theme.failed)?;
    }
    Ok(())
}

fn draw_untimed_note<DB: DrawingBackend>(
    p: &Painter<'_, DB>,
    t: &Timeline,
    layout: &TimelineLayout,
) -> DrawResult<(), DB> {
    if t.untimed.is_empty() {
        return Ok(());
    }
    let text = t!("chart-timeline-untimed-note", items = t.untimed.len());
    p.text(&text, (to_px(p.px(8.0)), layout.plot.y1 + to_px(p.px(28.0))), TextSpec::new(TICK_PX, p.theme.muted))
}
