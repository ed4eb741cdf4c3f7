//! Pixel geometry shared by the charts: rectangles in device pixels, linear value → pixel
//! mappings, "nice" axis steps, and the rough text-width estimate used to shorten labels.
//!
//! Nothing here measures fonts: the charts place text by anchor (left/centre/right, top/middle/
//! bottom), which every backend does itself, so layouts are the same natively and in the browser.

use crate::model::datetime::trim_number;

/// An axis-aligned rectangle in device pixels, `x0 ≤ x1` and `y0 ≤ y1` (y grows downwards).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PixelRect {
    pub x0: i32,
    pub y0: i32,
    pub x1: i32,
    pub y1: i32,
}

impl PixelRect {
    /// A rectangle from two corners in any order.
    pub fn new(xa: i32, ya: i32, xb: i32, yb: i32) -> PixelRect {
        PixelRect { x0: xa.min(xb), y0: ya.min(yb), x1: xa.max(xb), y1: ya.max(yb) }
    }

    /// From floating-point corners, rounded to whole pixels.
    pub(crate) fn from_f64(xa: f64, ya: f64, xb: f64, yb: f64) -> PixelRect {
        PixelRect::new(to_px(xa), to_px(ya), to_px(xb), to_px(yb))
    }

    pub fn width(&self) -> i32 {
        self.x1.saturating_sub(self.x0)
    }

    pub fn height(&self) -> i32 {
        self.y1.saturating_sub(self.y0)
    }

    /// Area in square pixels (0 for an empty rectangle).
    pub fn area(&self) -> i64 {
        i64::from(self.width()) * i64::from(self.height())
    }

    /// True when the point lies inside or on the edge.
    pub fn contains(&self, x: f64, y: f64) -> bool {
        x >= f64::from(self.x0) && x <= f64::from(self.x1) && y >= f64::from(self.y0) && y <= f64::from(self.y1)
    }

    /// The centre, in pixels.
    pub fn center(&self) -> (f64, f64) {
        ((f64::from(self.x0) + f64::from(self.x1)) / 2.0, (f64::from(self.y0) + f64::from(self.y1)) / 2.0)
    }

    /// Moved by `(dx, dy)`.
    pub fn offset(&self, (dx, dy): (i32, i32)) -> PixelRect {
        PixelRect {
            x0: self.x0.saturating_add(dx),
            y0: self.y0.saturating_add(dy),
            x1: self.x1.saturating_add(dx),
            y1: self.y1.saturating_add(dy),
        }
    }
}

/// A float to a whole pixel; NaN becomes 0 and huge values saturate (`as` does both).
pub(crate) fn to_px(v: f64) -> i32 {
    v.round() as i32
}

/// The device-pixel ratio the drawing functions use: finite, and between 0.25 and 8.
pub(crate) fn sanitize_scale(scale: f64) -> f64 {
    if scale.is_finite() && scale > 0.0 {
        scale.clamp(0.25, 8.0)
    } else {
        1.0
    }
}

/// A linear map from a value range onto a pixel range (either may be reversed).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Linear {
    pub d0: f64,
    pub d1: f64,
    pub p0: f64,
    pub p1: f64,
}

impl Linear {
    /// The pixel of a value; values outside the range extrapolate.
    pub fn map(&self, v: f64) -> f64 {
        if self.d1 == self.d0 || !v.is_finite() {
            return self.p0;
        }
        self.p0 + (v - self.d0) / (self.d1 - self.d0) * (self.p1 - self.p0)
    }

    /// The pixel of a value clamped to the range.
    pub fn map_clamped(&self, v: f64) -> f64 {
        let (lo, hi) = (self.d0.min(self.d1), self.d0.max(self.d1));
        self.map(if v.is_finite() { v.clamp(lo, hi) } else { lo })
    }
}

/// A value axis from 0 to `max` in steps of `step` (`max` is a whole number of steps).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct NiceAxis {
    pub max: f64,
    pub step: f64,
}

impl NiceAxis {
    /// Tick values 0, step, 2·step … max (at most 51).
    pub fn ticks(&self) -> Vec<f64> {
        let n = (self.max / self.step + 1e-9).floor().clamp(0.0, 50.0) as usize;
        (0..=n).map(|i| i as f64 * self.step).collect()
    }

    /// A tick value as text, with as many decimals as the step needs.
    pub fn tick_text(&self, v: f64) -> String {
        let places = if self.step >= 1.0 && self.step.fract() == 0.0 {
            0
        } else {
            (-self.step.log10()).ceil().clamp(0.0, 8.0) as usize + 1
        };
        trim_number(v, places)
    }
}

/// An axis from 0 covering `max` with about `target` steps of 1, 2, 2.5 or 5 × 10ⁿ.
/// A `max` that is not a positive finite number gives the axis 0–1.
pub(crate) fn nice_axis(max: f64, target: usize) -> NiceAxis {
    let max = if max.is_finite() && max > 0.0 { max } else { 1.0 };
    let raw = max / target.max(1) as f64;
    let magnitude = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0].iter().map(|m| m * magnitude).find(|s| *s >= raw).unwrap_or(10.0 * magnitude);
    let step = if step.is_finite() && step > 0.0 { step } else { max };
    let steps = (max / step - 1e-9).ceil().max(1.0);
    NiceAxis { max: steps * step, step }
}

/// An integer axis (counts): steps are whole numbers (2 rather than 2.5: no "2.5 streams").
pub(crate) fn count_axis(max: usize) -> NiceAxis {
    let axis = nice_axis(max.max(1) as f64, 5);
    if axis.step < 1.0 {
        NiceAxis { max: (max.max(1)) as f64, step: 1.0 }
    } else if axis.step.fract() != 0.0 {
        let step = axis.step.floor();
        NiceAxis { max: (max.max(1) as f64 / step).ceil() * step, step }
    } else {
        axis
    }
}

/// Estimated width in pixels of `text` in a sans-serif font of `font_px`: 0.58 em per
/// character. Deliberately generous, so shortened labels fit on any common font.
pub(crate) fn text_width(text: &str, font_px: f64) -> f64 {
    text.chars().count() as f64 * font_px * 0.58
}

/// `text` shortened with "…" to fit `max_px` at `font_px` (empty when not even one character
/// fits).
pub(crate) fn fit_text(text: &str, max_px: f64, font_px: f64) -> String {
    if text_width(text, font_px) <= max_px {
        return text.to_string();
    }
    let per_char = (font_px * 0.58).max(0.1);
    let keep = (max_px / per_char).floor() as usize;
    if keep < 2 {
        return String::new();
    }
    let mut short: String = text.chars().take(keep - 1).collect();
    short = short.trim_end().to_string();
    short.push('…');
    short
}

/// How many characters of `font_px` fit in `max_px` ([`text_width`]'s estimate).
fn chars_in(max_px: f64, font_px: f64) -> usize {
    (max_px / (font_px * 0.58).max(0.1) + 1e-9).floor().max(0.0) as usize
}

/// `text` in at most `n` characters, shortened in the middle so that both ends survive: the
/// last whole words when they fit ("Conf…server", "O…Franklin"), else about two thirds of
/// the room for the end. A name's end is what tells names apart ("…Franklin", "…Queue 2").
pub(crate) fn abbreviate_middle(text: &str, n: usize) -> String {
    let chars: Vec<char> = text.trim().chars().collect();
    if chars.len() <= n {
        return chars.into_iter().collect();
    }
    match n {
        0 => return String::new(),
        1 => return "…".to_string(),
        2 => return format!("{}…", chars[0]),
        _ => {}
    }
    // The longest run of whole last words that leaves one character and the "…" for the start.
    let word_tail = (1..chars.len())
        .filter(|&i| chars[i - 1] == ' ' && (chars[i].is_alphanumeric() || chars[i] == '+'))
        .map(|i| chars.len() - i)
        .find(|&len| len <= n - 2);
    let tail = word_tail.unwrap_or((n - 1) * 2 / 3);
    let head: String = chars[..n - 1 - tail].iter().collect();
    let end: String = chars[chars.len() - tail..].iter().collect();
    format!("{}…{}", head.trim_end(), end.trim_start())
}

/// `text` fitted to `max_px`, shortened in the middle ([`abbreviate_middle`]).
pub(crate) fn fit_middle(text: &str, max_px: f64, font_px: f64) -> String {
    abbreviate_middle(text, chars_in(max_px, font_px))
}

/// The separators of a chart label: "Owen Franklin → Conferencing server · audio",
/// "Abbie Wilkins ↔ Owen Franklin".
const LABEL_SEPARATORS: [&str; 3] = [" → ", " ↔ ", " · "];

/// A label's parts, each with the separator after it (the last has none).
fn label_parts(text: &str) -> Vec<(&str, &'static str)> {
    let mut parts = Vec::new();
    let mut rest = text;
    while let Some((at, sep)) =
        LABEL_SEPARATORS.iter().filter_map(|sep| rest.find(sep).map(|at| (at, *sep))).min_by_key(|(at, _)| *at)
    {
        parts.push((&rest[..at], sep));
        rest = &rest[at + sep.len()..];
    }
    parts.push((rest, ""));
    parts
}

/// The parts that many labels of one chart share ("Conferencing server", "audio"): in at
/// least two labels and at least half of them. They tell the labels apart least, so
/// [`fit_label_among`] shortens them first.
pub(crate) fn common_parts<'a>(labels: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut counts: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    let mut n = 0;
    for label in labels {
        n += 1;
        let mut seen: Vec<&str> = label_parts(label).into_iter().map(|(part, _)| part.trim()).collect();
        seen.sort_unstable();
        seen.dedup();
        for part in seen {
            *counts.entry(part).or_default() += 1;
        }
    }
    let mut common: Vec<String> =
        counts.into_iter().filter(|(_, c)| *c >= 2 && 2 * c >= n).map(|(part, _)| part.to_string()).collect();
    common.sort();
    common
}

/// A label made of names ("Conferencing server → Owen Franklin · audio") fitted to `max_px`
/// without losing any of its parts ([`fit_label_among`] with nothing known of the other labels).
pub(crate) fn fit_label(text: &str, max_px: f64, font_px: f64) -> String {
    fit_label_among(text, max_px, font_px, &[])
}

/// A label made of names fitted to `max_px`, its arrows and separators kept and each part
/// shortened in the middle ([`abbreviate_middle`]), never cut at the end: "Co…er → K…Holloway ·
/// audio" rather than "Conferencing server → Ke…". The room goes first to what keeps each part
/// legible (short parts whole, four characters of a long one, two of a common one), then to the parts that are not
/// `common` (what tells this label from its neighbours: first their last word, then the
/// rest), then likewise to the common ones. Falls back to [`fit_middle`] of the
/// whole text when not even that fits.
pub(crate) fn fit_label_among(text: &str, max_px: f64, font_px: f64, common: &[String]) -> String {
    if text_width(text, font_px) <= max_px {
        return text.to_string();
    }
    let budget = chars_in(max_px, font_px);
    let parts = label_parts(text);
    let lens: Vec<usize> = parts.iter().map(|(part, _)| part.trim().chars().count()).collect();
    let fixed: usize = parts.iter().map(|(_, sep)| sep.chars().count()).sum();
    let is_common: Vec<bool> = parts.iter().map(|(part, _)| common.iter().any(|c| c == part.trim())).collect();
    let floor: Vec<usize> = lens
        .iter()
        .zip(&is_common)
        .map(|(&len, &common)| match (len <= 6, common) {
            (true, _) => len,
            (false, true) => 2,
            (false, false) => 4,
        })
        .collect();
    if parts.len() < 2 || budget < fixed + floor.iter().sum::<usize>() {
        // Without room for every part, a trailing " · audio" goes first: who sent to whom
        // says more than the media kind (which the chart's table and tooltip still give).
        if let [.., (_, " · "), _] = parts.as_slice() {
            let cut = text.rfind(" · ").unwrap_or(text.len());
            return fit_label_among(&text[..cut], max_px, font_px, common);
        }
        return abbreviate_middle(text, budget);
    }
    let wants: Vec<usize> = parts
        .iter()
        .zip(&lens)
        .map(|((part, _), &len)| part.trim().rsplit(' ').next().map_or(len, |w| w.chars().count() + 2).min(len))
        .collect();
    let mut alloc = floor;
    let mut left = budget - fixed - alloc.iter().sum::<usize>();
    // Raise the parts of one group towards `target`, evenly, while room is left.
    let mut raise = |alloc: &mut Vec<usize>, target: &[usize], commons: bool| loop {
        let open: Vec<usize> = (0..alloc.len()).filter(|&i| is_common[i] == commons && alloc[i] < target[i]).collect();
        if open.is_empty() || left == 0 {
            break;
        }
        let share = (left / open.len()).max(1);
        for i in open {
            let more = share.min(target[i] - alloc[i]).min(left);
            alloc[i] += more;
            left -= more;
        }
    };
    raise(&mut alloc, &wants, false);
    raise(&mut alloc, &lens, false);
    raise(&mut alloc, &wants, true);
    raise(&mut alloc, &lens, true);
    parts.iter().zip(alloc).map(|((part, sep), n)| format!("{}{sep}", abbreviate_middle(part, n))).collect()
}

/// The plot area of an x-y chart (title, legend and y-axis title above, tick labels left and
/// below) in a `w`×`h` device-pixel area at scale `s`, and whether it has room to draw.
pub(super) fn xy_plot((w, h): (u32, u32), s: f64) -> (PixelRect, bool) {
    let (w, h) = (f64::from(w), f64::from(h));
    let margin = 8.0 * s;
    let plot = PixelRect::from_f64(
        margin + 16.0 * s + 40.0 * s,
        margin + 18.0 * s + 16.0 * s + 14.0 * s,
        w - margin - 8.0 * s,
        h - margin - 36.0 * s,
    );
    let drawable = plot.width() >= to_px(30.0 * s) && plot.height() >= to_px(30.0 * s);
    (plot, drawable)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nice_axes_cover_the_maximum() {
        assert_eq!(nice_axis(45.0, 5), NiceAxis { max: 50.0, step: 10.0 });
        assert_eq!(nice_axis(30.0, 5), NiceAxis { max: 30.0, step: 10.0 });
        assert_eq!(nice_axis(1.38, 5), NiceAxis { max: 1.5, step: 0.5 });
        assert_eq!(nice_axis(0.0, 5), NiceAxis { max: 1.0, step: 0.2 });
        assert_eq!(nice_axis(f64::NAN, 5), NiceAxis { max: 1.0, step: 0.2 });
        let huge = nice_axis(1e300, 5);
        assert!(huge.max >= 1e300 && huge.max.is_finite());
        assert!(nice_axis(11.0, 5).ticks().len() <= 7);
        assert_eq!(count_axis(3).step, 1.0);
        assert_eq!(count_axis(0).max, 1.0);
        assert_eq!(count_axis(11), NiceAxis { max: 12.0, step: 2.0 });
        assert!(count_axis(11).ticks().iter().all(|t| t.fract() == 0.0));
    }

    #[test]
    fn tick_text_follows_the_step() {
        let axis = nice_axis(1.2, 5);
        assert_eq!(axis.step, 0.25);
        assert_eq!(axis.tick_text(0.25), "0.25");
        assert_eq!(axis.tick_text(1.0), "1");
        assert_eq!(nice_axis(500.0, 5).tick_text(200.0), "200");
    }

    #[test]
    fn labels_are_shortened_by_characters_not_bytes() {
        assert_eq!(fit_text("Owen → Bob", 1000.0, 10.0), "Owen → Bob");
        let short = fit_text("Owen Franklin → Conferencing server", 60.0, 10.0);
        assert!(short.ends_with('…') && short.chars().count() <= 10, "{short}");
        assert_eq!(fit_text("abc", 1.0, 10.0), "");
    }

    #[test]
    fn names_are_shortened_in_the_middle_so_their_ends_survive() {
        assert_eq!(abbreviate_middle("Owen Franklin", 13), "Owen Franklin");
        assert_eq!(abbreviate_middle("Owen Franklin", 10), "O…Franklin");
        assert_eq!(abbreviate_middle("Conferencing server", 12), "Confe…server");
        assert_eq!(abbreviate_middle("Contoso Support Queue 2", 9), "C…Queue 2");
        assert_eq!(abbreviate_middle("Abcdefghij", 7), "Ab…ghij");
        assert_eq!(abbreviate_middle("Room 4.12 – Teams Room", 14), "Roo…Teams Room", "a dash is no word");
        assert_eq!(abbreviate_middle("Abcdefghij", 2), "A…");
        assert_eq!(abbreviate_middle("Abcdefghij", 1), "…");
        assert_eq!(abbreviate_middle("Abcdefghij", 0), "");
        for n in 0..30 {
            assert!(abbreviate_middle("Conferencing server → Owen Franklin", n).chars().count() <= n, "{n}");
        }
    }

    #[test]
    fn labels_keep_every_name_and_the_arrow() {
        let label = "Conferencing server → Owen Franklin · audio";
        assert_eq!(fit_label(label, 1000.0, 10.0), label);
        // 30 characters of room (10 px font, 5.8 px a character).
        let short = fit_label(label, 30.0 * 5.8, 10.0);
        assert!(short.chars().count() <= 30, "{short}");
        assert!(short.contains(" → ") && short.ends_with(" · audio"), "{short}");
        assert!(short.contains("Franklin") && short.contains("server"), "{short}");
        // Two people whose first names are alike stay apart by their ends, the part every label
        // shares giving way first.
        let labels = ["Conferencing server → Kenji Holloway · audio", "Conferencing server → Kenji Vance · audio"];
        let common = common_parts(labels);
        assert_eq!(common, ["Conferencing server", "audio"]);
        let a = fit_label_among(labels[0], 26.0 * 5.8, 10.0, &common);
        let b = fit_label_among(labels[1], 26.0 * 5.8, 10.0, &common);
        assert!(a.contains("Holloway · audio") && b.contains("→ Kenji Vance · audio"), "{a} / {b}");
        assert!(a.chars().count() <= 26 && b.chars().count() <= 26, "{a} / {b}");
        // Too little room for every part: the media goes, then the whole label in the middle.
        let tight = fit_label(label, 16.0 * 5.8, 10.0);
        assert!(tight.contains(" → ") && !tight.contains("audio") && tight.chars().count() <= 16, "{tight}");
        assert_eq!(fit_label(label, 8.0 * 5.8, 10.0).chars().count(), 8);
    }

    #[test]
    fn rects_normalise_and_hit() {
        let r = PixelRect::new(10, 20, 0, 0);
        assert_eq!((r.x0, r.y0, r.x1, r.y1), (0, 0, 10, 20));
        assert!(r.contains(10.0, 20.0) && !r.contains(10.5, 5.0));
        assert_eq!(r.offset((5, 5)).x0, 5);
        let lin = Linear { d0: 0.0, d1: 10.0, p0: 100.0, p1: 0.0 };
        assert_eq!(lin.map(5.0), 50.0);
        assert_eq!(lin.map_clamped(20.0), 0.0);
    }
}
