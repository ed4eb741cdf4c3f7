//! Drawing primitives over any plotters backend: filled and outlined rectangles, dashed lines
//! drawn as short segments (so every backend shows them the same), hatching, the poor "!" mark,
//! the failure ✖, anchored text and the "no data" message. Sizes are given in CSS pixels and
//! multiplied by the device-pixel ratio here.

use super::geometry::{fit_text, to_px, PixelRect};
use super::theme::Theme;
use plotters::coord::Shift;
use plotters::drawing::{DrawingArea, DrawingAreaErrorKind};
use plotters::element::{Circle, PathElement, Rectangle, Text};
use plotters::prelude::DrawingBackend;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::{Color, FontStyle, FontTransform, IntoFont, RGBColor, ShapeStyle, TextStyle};

/// The result of a drawing function: its value, or the backend's error.
pub type DrawResult<T, DB> = Result<T, DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

/// Font sizes in CSS pixels.
pub(crate) const TITLE_PX: f64 = 14.0;
pub(crate) const LABEL_PX: f64 = 11.0;
pub(crate) const TICK_PX: f64 = 10.0;

/// How text is placed and styled.
#[derive(Clone, Copy)]
pub(crate) struct TextSpec {
    pub size: f64,
    pub color: RGBColor,
    pub h: HPos,
    pub v: VPos,
    /// Rotated 270°: reads bottom to top.
    pub vertical: bool,
    pub bold: bool,
}

impl TextSpec {
    pub fn new(size: f64, color: RGBColor) -> TextSpec {
        TextSpec { size, color, h: HPos::Left, v: VPos::Center, vertical: false, bold: false }
    }
    pub fn anchor(self, h: HPos, v: VPos) -> TextSpec {
        TextSpec { h, v, ..self }
    }
    pub fn vertical(self) -> TextSpec {
        TextSpec { vertical: true, ..self }
    }
    pub fn bold(self) -> TextSpec {
        TextSpec { bold: true, ..self }
    }
}

/// A drawing area with the theme and the device-pixel ratio.
pub(crate) struct Painter<'a, DB: DrawingBackend> {
    pub area: &'a DrawingArea<DB, Shift>,
    pub theme: &'a Theme,
    /// Device-pixel ratio (already sanitised).
    pub s: f64,
    /// "not reported", written once per chart (a chart of thousands of streams draws it in
    /// every empty slot).
    not_reported: String,
}

impl<'a, DB: DrawingBackend> Painter<'a, DB> {
    pub fn new(area: &'a DrawingArea<DB, Shift>, theme: &'a Theme, s: f64) -> Self {
        Painter { area, theme, s, not_reported: crate::model::metrics::not_reported() }
    }

    /// CSS pixels to device pixels.
    pub fn px(&self, css: f64) -> f64 {
        css * self.s
    }

    fn stroke(&self, color: RGBColor, css_width: f64) -> ShapeStyle {
        color.stroke_width(to_px(self.px(css_width)).max(1) as u32)
    }

    pub fn background(&self) -> DrawResult<(), DB> {
        self.area.fill(&self.theme.background)
    }

    /// What every chart starts with: the background and the title; then, when there is no data
    /// (`empty` says why) or no room, the message instead of the chart. `false`: stop there.
    pub fn frame(&self, title: &str, empty: Option<&str>, drawable: bool) -> DrawResult<bool, DB> {
        self.background()?;
        let at = (to_px(self.px(8.0)), to_px(self.px(17.0)));
        self.text(title, at, TextSpec::new(TITLE_PX, self.theme.text).bold())?;
        let message = match empty {
            Some(why) => why.to_string(),
            None if !drawable => crate::t!("chart-too-small"),
            None => return Ok(true),
        };
        self.message(&message)?;
        Ok(false)
    }

    pub fn fill(&self, r: PixelRect, color: RGBColor) -> DrawResult<(), DB> {
        if r.width() <= 0 || r.height() <= 0 {
            return Ok(());
        }
        self.area.draw(&Rectangle::new([(r.x0, r.y0), (r.x1, r.y1)], color.filled()))
    }

    pub fn outline(&self, r: PixelRect, color: RGBColor, css_width: f64) -> DrawResult<(), DB> {
        self.area.draw(&Rectangle::new([(r.x0, r.y0), (r.x1, r.y1)], self.stroke(color, css_width)))
    }

    pub fn line(&self, a: (i32, i32), b: (i32, i32), color: RGBColor, css_width: f64) -> DrawResult<(), DB> {
        self.area.draw(&PathElement::new(vec![a, b], self.stroke(color, css_width)))
    }

    /// A dashed line as separate segments: 6 on, 4 off (CSS px).
    pub fn dashed(&self, a: (i32, i32), b: (i32, i32), color: RGBColor, css_width: f64) -> DrawResult<(), DB> {
        for (from, to) in dash_segments(a, b, self.px(6.0), self.px(4.0)) {
            self.line(from, to, color, css_width)?;
        }
        Ok(())
    }

    pub fn dashed_rect(&self, r: PixelRect, color: RGBColor) -> DrawResult<(), DB> {
        let corners = [(r.x0, r.y1), (r.x0, r.y0), (r.x1, r.y0), (r.x1, r.y1)];
        for (from, to) in corners.iter().zip(corners.iter().cycle().skip(1)) {
            self.dashed(*from, *to, color, 1.0)?;
        }
        Ok(())
    }

    /// Diagonal hatching inside `r` ("/" lines every 5 CSS px).
    pub fn hatch(&self, r: PixelRect) -> DrawResult<(), DB> {
        for (a, b) in hatch_segments(r, self.px(5.0)) {
            self.line(a, b, self.theme.hatch, 1.0)?;
        }
        Ok(())
    }

    pub fn text(&self, text: &str, at: (i32, i32), spec: TextSpec) -> DrawResult<(), DB> {
        if text.is_empty() {
            return Ok(());
        }
        let mut font = ("sans-serif", self.px(spec.size)).into_font();
        if spec.bold {
            font = font.style(FontStyle::Bold);
        }
        if spec.vertical {
            font = font.transform(FontTransform::Rotate270);
        }
        let style = TextStyle::from(font).color(&spec.color).pos(Pos::new(spec.h, spec.v));
        self.area.draw(&Text::new(text, at, style))
    }

    /// A limit's words ("30 ms limit") on a background-coloured box, so bars behind stay
    /// readable.
    pub fn limit_label(&self, text: &str, at: (i32, i32), h: HPos, v: VPos) -> DrawResult<(), DB> {
        let (w, hgt) = (super::geometry::text_width(text, self.px(TICK_PX)), self.px(TICK_PX + 2.0));
        let x0 = match h {
            HPos::Left => f64::from(at.0),
            HPos::Center => f64::from(at.0) - w / 2.0,
            HPos::Right => f64::from(at.0) - w,
        };
        let y0 = match v {
            VPos::Top => f64::from(at.1),
            VPos::Center => f64::from(at.1) - hgt / 2.0,
            VPos::Bottom => f64::from(at.1) - hgt,
        };
        self.fill(PixelRect::from_f64(x0 - 2.0, y0, x0 + w + 2.0, y0 + hgt), self.theme.background)?;
        self.text(text, at, TextSpec::new(TICK_PX, self.theme.threshold).anchor(h, v))
    }

    /// The poor mark: a bold "!" centred above `(x, y)`.
    pub fn poor_mark(&self, x: i32, y: i32) -> DrawResult<(), DB> {
        let spec = TextSpec::new(LABEL_PX + 3.0, self.theme.text).anchor(HPos::Center, VPos::Bottom).bold();
        self.text("!", (x, y - to_px(self.px(2.0))), spec)
    }

    /// A drawn ✖ (two strokes, no glyph: fonts differ) of half-size `r` device pixels.
    pub fn cross(&self, (x, y): (i32, i32), r: i32, color: RGBColor) -> DrawResult<(), DB> {
        self.line((x - r, y - r), (x + r, y + r), color, 2.0)?;
        self.line((x - r, y + r), (x + r, y - r), color, 2.0)
    }

    pub fn circle(&self, at: (i32, i32), r: i32, color: RGBColor, filled: bool) -> DrawResult<(), DB> {
        let style = if filled { color.filled() } else { self.stroke(color, 1.5) };
        self.area.draw(&Circle::new(at, r.max(1), style))
    }

    /// "not reported": a dashed hollow box with the words, centred in `r` (written upwards
    /// when the box is narrow).
    pub fn not_reported(&self, r: PixelRect) -> DrawResult<(), DB> {
        self.dashed_rect(r, self.theme.muted)?;
        let (cx, cy) = r.center();
        let spec = TextSpec::new(TICK_PX, self.theme.muted).anchor(HPos::Center, VPos::Center);
        let words = &self.not_reported;
        let horizontal_fits = super::geometry::text_width(words, self.px(TICK_PX)) <= f64::from(r.width());
        if horizontal_fits {
            self.text(words, (to_px(cx), to_px(cy)), spec)
        } else {
            let text = fit_text(words, f64::from(r.height()), self.px(TICK_PX));
            self.text(&text, (to_px(cx), to_px(cy)), spec.vertical())
        }
    }

    /// A message centred in the whole area ("No data", "Too small").
    pub fn message(&self, text: &str) -> DrawResult<(), DB> {
        let (w, h) = self.area.dim_in_pixel();
        let spec = TextSpec::new(LABEL_PX + 1.0, self.theme.muted).anchor(HPos::Center, VPos::Center);
        let fitted = fit_text(text, f64::from(w), self.px(spec.size));
        self.text(&fitted, (to_px(f64::from(w) / 2.0), to_px(f64::from(h) / 2.0)), spec)
    }

    /// A swatch (filled, hatched for poor, or a dashed outline) and its words in a legend;
    /// returns the x after it.
    pub fn legend_item(&self, x: i32, y: i32, swatch: Swatch, words: &str) -> DrawResult<i32, DB> {
        let size = to_px(self.px(10.0));
        let rect = PixelRect::new(x, y - size / 2, x + size, y + size / 2);
        match swatch {
            Swatch::Fill(color) => self.fill(rect, color)?,
            Swatch::Hatched(color) => {
                self.fill(rect, color)?;
                self.hatch(rect)?;
            }
            Swatch::Dashed(color) => self.dashed_rect(rect, color)?,
        }
        self.legend_words(x + size + to_px(self.px(4.0)), y, words)
    }

    fn legend_words(&self, x: i32, y: i32, words: &str) -> DrawResult<i32, DB> {
        self.text(words, (x, y), TextSpec::new(TICK_PX, self.theme.text))?;
        Ok(x + to_px(super::geometry::text_width(words, self.px(TICK_PX)) + self.px(12.0)))
    }

    /// A dashed-line sample and its words in a legend; returns the x after it.
    pub fn legend_line(&self, x: i32, y: i32, color: RGBColor, dashed: bool, words: &str) -> DrawResult<i32, DB> {
        let len = to_px(self.px(16.0));
        if dashed {
            self.dashed((x, y), (x + len, y), color, 1.5)?;
        } else {
            self.line((x, y), (x + len, y), color, 2.0)?;
        }
        self.legend_words(x + len + to_px(self.px(4.0)), y, words)
    }
}

/// A legend swatch.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Swatch {
    Fill(RGBColor),
    Hatched(RGBColor),
    Dashed(RGBColor),
}

/// The "on" pieces of a dashed line from `a` to `b`.
pub(crate) fn dash_segments(a: (i32, i32), b: (i32, i32), on: f64, off: f64) -> Vec<((i32, i32), (i32, i32))> {
    let (dx, dy) = (f64::from(b.0) - f64::from(a.0), f64::from(b.1) - f64::from(a.1));
    let length = (dx * dx + dy * dy).sqrt();
    if length < 1.0 {
        return vec![(a, b)];
    }
    let (on, off) = (on.max(1.0), off.max(1.0));
    let point = |t: f64| (to_px(f64::from(a.0) + dx * t / length), to_px(f64::from(a.1) + dy * t / length));
    let mut out = Vec::new();
    let mut t = 0.0;
    while t < length && out.len() < 10_000 {
        out.push((point(t), point((t + on).min(length))));
        t += on + off;
    }
    out
}

/// "/" hatch lines clipped to `r`, `spacing` pixels apart.
pub(crate) fn hatch_segments(r: PixelRect, spacing: f64) -> Vec<((i32, i32), (i32, i32))> {
    let spacing = spacing.max(2.0);
    let (x0, y0, x1, y1) = (f64::from(r.x0), f64::from(r.y0), f64::from(r.x1), f64::from(r.y1));
    let mut out = Vec::new();
    // Lines x + y = c, for c from the top-left corner to the bottom-right one.
    let mut c = x0 + y0 + spacing;
    while c < x1 + y1 && out.len() < 10_000 {
        let xa = x0.max(c - y1);
        let xb = x1.min(c - y0);
        if xb - xa >= 1.0 {
            out.push(((to_px(xa), to_px(c - xa)), (to_px(xb), to_px(c - xb))));
        }
        c += spacing;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dashes_cover_the_line_with_gaps() {
        let dashes = dash_segments((0, 10), (100, 10), 6.0, 4.0);
        assert_eq!(dashes.len(), 10);
        assert_eq!(dashes[0], ((0, 10), (6, 10)));
        assert_eq!(dashes[9], ((90, 10), (96, 10)));
        assert!(dashes.iter().all(|(a, b)| a.1 == 10 && b.1 == 10));
        assert_eq!(dash_segments((5, 5), (5, 5), 6.0, 4.0).len(), 1);
    }

    #[test]
    fn hatch_stays_inside_the_rect() {
        let r = PixelRect::new(10, 10, 30, 60);
        let lines = hatch_segments(r, 5.0);
        assert!(!lines.is_empty());
        for ((ax, ay), (bx, by)) in lines {
            for (x, y) in [(ax, ay), (bx, by)] {
                assert!((10..=30).contains(&x) && (10..=60).contains(&y), "{x},{y}");
            }
        }
        assert!(hatch_segments(PixelRect::new(0, 0, 0, 0), 5.0).is_empty());
    }
}
