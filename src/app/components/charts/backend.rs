//! The charts' `<canvas>` drawing backend: plotters' `DrawingBackend` over a 2D context, which
//! sets a colour, line width, font or text alignment only when it changes, and strokes runs of
//! lines of one style as one path.
//!
//! It replaces `plotters-canvas` 0.3.1, which formats an `rgba(…)` string, passes it to the
//! page and sets it again for every line, rectangle and label, and strokes every line alone.
//! A call with thousands of streams draws tens of thousands of these (each "not reported" slot
//! alone is a dashed outline and its words): profiled in the release build, the styles were two
//! thirds of the time its charts took. What is drawn is the same primitive for primitive (the
//! same coordinates, with plotters-canvas's half-pixel shift of horizontal and vertical lines).

use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind, FontTransform,
};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// A drawing error from the canvas (what the page threw, as text).
#[derive(Debug)]
pub struct CanvasError(String);

impl std::fmt::Display for CanvasError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "canvas: {}", self.0)
    }
}

impl std::error::Error for CanvasError {}

fn error(e: JsValue) -> DrawingErrorKind<CanvasError> {
    DrawingErrorKind::DrawingError(CanvasError(format!("{e:?}")))
}

/// A colour as the context's state compares it.
type Rgba = (u8, u8, u8, u64);

fn rgba(color: BackendColor) -> Rgba {
    let (r, g, b) = color.rgb;
    (r, g, b, color.alpha.to_bits())
}

fn css(color: Rgba) -> String {
    format!("rgba({},{},{},{})", color.0, color.1, color.2, f64::from_bits(color.3))
}

/// What the context was last set to, so that an unchanged setting is not sent again.
#[derive(Default)]
struct State {
    stroke: Option<Rgba>,
    width: Option<u32>,
    fill: Option<Rgba>,
    font: String,
    baseline: &'static str,
    align: &'static str,
}

/// plotters' backend over one canvas.
pub struct FastCanvas {
    canvas: HtmlCanvasElement,
    context: CanvasRenderingContext2d,
    state: State,
    /// Lines added to the open path since its `beginPath`, all in the current stroke style.
    open_lines: bool,
}

impl FastCanvas {
    /// The backend of `canvas` (its 2D context), if it has one.
    pub fn new(canvas: HtmlCanvasElement) -> Option<Self> {
        let context: CanvasRenderingContext2d = canvas.get_context("2d").ok()??.dyn_into().ok()?;
        Some(FastCanvas { canvas, context, state: State::default(), open_lines: false })
    }

    /// Strokes the lines waiting in the open path.
    fn flush(&mut self) {
        if std::mem::take(&mut self.open_lines) {
            self.context.stroke();
        }
    }

    fn stroke_style(&mut self, color: BackendColor, width: u32) {
        let color = rgba(color);
        if self.state.stroke != Some(color) {
            self.context.set_stroke_style_str(&css(color));
            self.state.stroke = Some(color);
        }
        if self.state.width != Some(width) {
            self.context.set_line_width(f64::from(width));
            self.state.width = Some(width);
        }
    }

    /// Adds a line through `points` to the open path, stroked with the next change of style or
    /// primitive (or at once when translucent: overlaps in one path would not darken).
    fn polyline(&mut self, points: impl IntoIterator<Item = (f64, f64)>, style: &impl BackendStyle) {
        let color = style.color();
        if color.alpha == 0.0 {
            return;
        }
        let same = self.state.stroke == Some(rgba(color)) && self.state.width == Some(style.stroke_width());
        if !same {
            self.flush();
            self.stroke_style(color, style.stroke_width());
        }
        let mut points = points.into_iter().peekable();
        if points.peek().is_none() {
            return;
        }
        if !self.open_lines {
            self.context.begin_path();
            self.open_lines = true;
        }
        self.trace(points);
        if color.alpha < 1.0 {
            self.flush();
        }
    }

    /// Ends any open run of lines and sets the fill (or stroke) style for one shape; false when
    /// the shape is invisible and nothing is to be drawn.
    fn begin_shape(&mut self, style: &impl BackendStyle, fill: bool) -> bool {
        if style.color().alpha == 0.0 {
            return false;
        }
        self.flush();
        if fill {
            self.fill_style(style.color());
        } else {
            self.stroke_style(style.color(), style.stroke_width());
        }
        true
    }

    /// `moveTo` the first point and `lineTo` the others (into the current path).
    fn trace(&self, points: impl IntoIterator<Item = (f64, f64)>) {
        let mut points = points.into_iter();
        if let Some((x, y)) = points.next() {
            self.context.move_to(x, y);
        }
        for (x, y) in points {
            self.context.line_to(x, y);
        }
    }

    fn fill_style(&mut self, color: BackendColor) {
        let color = rgba(color);
        if self.state.fill != Some(color) {
            self.context.set_fill_style_str(&css(color));
            self.state.fill = Some(color);
        }
    }
}

/// A horizontal or vertical line moved by half a pixel, so that a one-pixel line covers one
/// row or column of pixels (as plotters-canvas draws it).
fn crisp(from: BackendCoord, to: BackendCoord) -> ((f64, f64), (f64, f64)) {
    let (mut a, mut b) = ((f64::from(from.0), f64::from(from.1)), (f64::from(to.0), f64::from(to.1)));
    if a.0 == b.0 {
        a.0 -= 0.5;
        b.0 -= 0.5;
    }
    if a.1 == b.1 {
        a.1 -= 0.5;
        b.1 -= 0.5;
    }
    (a, b)
}

impl Drop for FastCanvas {
    fn drop(&mut self) {
        self.flush();
    }
}

impl DrawingBackend for FastCanvas {
    type ErrorType = CanvasError;

    fn get_size(&self) -> (u32, u32) {
        (self.canvas.width(), self.canvas.height())
    }

    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<CanvasError>> {
        Ok(())
    }

    fn present(&mut self) -> Result<(), DrawingErrorKind<CanvasError>> {
        self.flush();
        Ok(())
    }

    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Result<(), DrawingErrorKind<CanvasError>> {
        if self.begin_shape(&color, true) {
            self.context.fill_rect(f64::from(point.0), f64::from(point.1), 1.0, 1.0);
        }
        Ok(())
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        let (a, b) = crisp(from, to);
        self.polyline([a, b], style);
        Ok(())
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        if !self.begin_shape(style, fill) {
            return Ok(());
        }
        let (x, y) = (f64::from(upper_left.0), f64::from(upper_left.1));
        let (w, h) = (f64::from(bottom_right.0 - upper_left.0), f64::from(bottom_right.1 - upper_left.1));
        if fill {
            self.context.fill_rect(x, y, w, h);
        } else {
            self.context.stroke_rect(x, y, w, h);
        }
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        self.polyline(path.into_iter().map(|(x, y)| (f64::from(x), f64::from(y))), style);
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        if !self.begin_shape(style, true) {
            return Ok(());
        }
        self.context.begin_path();
        self.trace(path.into_iter().map(|(x, y)| (f64::from(x), f64::from(y))));
        self.context.close_path();
        self.context.fill();
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        if !self.begin_shape(style, fill) {
            return Ok(());
        }
        self.context.begin_path();
        let (x, y) = (f64::from(center.0), f64::from(center.1));
        self.context.arc(x, y, f64::from(radius), 0.0, std::f64::consts::TAU).map_err(error)?;
        if fill {
            self.context.fill();
        } else {
            self.context.stroke();
        }
        Ok(())
    }

    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        self.flush();
        let degrees = match style.transform() {
            FontTransform::None => 0.0,
            FontTransform::Rotate90 => 90.0,
            FontTransform::Rotate180 => 180.0,
            FontTransform::Rotate270 => 270.0,
        };
        let baseline = match style.anchor().v_pos {
            VPos::Top => "top",
            VPos::Center => "middle",
            VPos::Bottom => "bottom",
        };
        let align = match style.anchor().h_pos {
            HPos::Left => "start",
            HPos::Right => "end",
            HPos::Center => "center",
        };
        let font = format!("{} {}px {}", style.style().as_str(), style.size(), style.family().as_str());
        // Set before a rotation's save(), so that its restore() keeps them and the cache stays
        // true.
        if self.state.baseline != baseline {
            self.context.set_text_baseline(baseline);
            self.state.baseline = baseline;
        }
        if self.state.align != align {
            self.context.set_text_align(align);
            self.state.align = align;
        }
        self.fill_style(color);
        if self.state.font != font {
            self.context.set_font(&font);
            self.state.font = font;
        }
        let (mut x, mut y) = (f64::from(pos.0), f64::from(pos.1));
        if degrees != 0.0 {
            self.context.save();
            self.context.translate(x, y).map_err(error)?;
            self.context.rotate(f64::to_radians(degrees)).map_err(error)?;
            (x, y) = (0.0, 0.0);
        }
        self.context.fill_text(text, x, y).map_err(error)?;
        if degrees != 0.0 {
            self.context.restore();
        }
        Ok(())
    }
}
