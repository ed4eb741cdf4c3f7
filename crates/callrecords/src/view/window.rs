//! Windowed lists: which of a long list's rows of one fixed height are drawn for what its
//! scrolling pane shows ([`window`]: those on screen and a margin, plus a row to keep), where
//! the pane must scroll to show a row ([`scroll_to_show`]), and, for a list in the document's
//! flow such as a table, the spacers above and below the drawn rows ([`Window::spacers`]). The
//! call tree and the long tables (calls, log rows) share it, so a list of thousands of rows
//! draws a screenful and its scrollbar is true to all of them. Pure arithmetic on what the
//! browser measured ([`Viewport`]); safe for any count or measurement.

/// Where a list's rows are on the page, in CSS pixels, as measured in the browser.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Viewport {
    /// How far the pane the rows scroll in is scrolled (its `scrollTop`).
    pub scroll_top: f64,
    /// The height of the pane's visible area (its `clientHeight`).
    pub height: f64,
    /// Where the first row's slot starts in the pane's scrolled content (below its tools).
    pub list_top: f64,
    /// How much of the top of the visible area a sticky bar covers (the tree's tools).
    pub covered: f64,
    /// The height of every row (they are one fixed height, so a row's place is its index).
    pub row_height: f64,
}

impl Viewport {
    /// What a list assumes before it has been measured: a tall screen of 44 px rows, so the
    /// first drawing fills the pane and the next one, measured, corrects it.
    pub const UNMEASURED: Viewport =
        Viewport { scroll_top: 0.0, height: 1200.0, list_top: 0.0, covered: 0.0, row_height: 44.0 };

    /// The row height, never below one pixel (nor NaN): a row not laid out yet.
    fn row(&self) -> f64 {
        if self.row_height.is_finite() && self.row_height >= 1.0 {
            self.row_height
        } else {
            1.0
        }
    }
}

/// Rows drawn beyond each edge of the visible area, so a quick scroll or an arrow key finds
/// its next row already drawn.
pub const MARGIN: usize = 20;

/// The window's edges move in steps of this many rows, so scrolling redraws the list once per
/// few rows, not once per pixel.
const STEP: usize = 10;

/// The rows of the tree that are drawn: `start..end`, and `kept`, one row outside that range
/// drawn as well (the tab stop, so the keyboard focus is never lost by scrolling the mouse
/// wheel). Each is drawn at its own place (index × row height) in a list as tall as all the
/// rows, so the scrollbar is true to the whole list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Window {
    pub start: usize,
    pub end: usize,
    pub kept: Option<usize>,
}

impl Window {
    /// Every one of `total` rows (printing: the paper shows the whole list).
    pub fn all(total: usize) -> Window {
        Window { start: 0, end: total, kept: None }
    }

    /// The indices drawn, in the rows' order (the kept row before or after the range).
    pub fn indices(&self) -> impl Iterator<Item = usize> {
        let before = self.kept.filter(|k| *k < self.start);
        let after = self.kept.filter(|k| *k >= self.end);
        before.into_iter().chain(self.start..self.end).chain(after)
    }

    /// The heights, in CSS pixels, of the empty rows a list in the flow (a table) draws above
    /// and below the range, `row_height` each, so it is as tall as all `total` rows and the
    /// scrollbar is true to them. A kept row outside the range takes its slot out of the
    /// spacer on its side, so the list is still exactly as tall. Never negative nor NaN.
    pub fn spacers(&self, total: usize, row_height: f64) -> (f64, f64) {
        let row = if row_height.is_finite() && row_height > 0.0 { row_height } else { 0.0 };
        let end = self.end.min(total);
        let start = self.start.min(end);
        let kept_before = usize::from(self.kept.is_some_and(|k| k < start));
        let kept_after = usize::from(self.kept.is_some_and(|k| k >= end && k < total));
        let above = start.saturating_sub(kept_before) as f64 * row;
        let below = (total - end).saturating_sub(kept_after) as f64 * row;
        (above, below)
    }

    /// How many rows are drawn.
    pub fn len(&self) -> usize {
        self.end - self.start + usize::from(self.kept.is_some())
    }

    /// True when no row is drawn.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Which of `total` fixed-height rows to draw for what the pane shows (`view`): those on screen
/// and [`MARGIN`] more on each side, the edges rounded out to a step of rows; and `keep` (the
/// tab stop) wherever it is. Pure arithmetic on the measurements; safe for any count or
/// measurement (a pane scrolled past the end, zero or NaN heights).
pub fn window(total: usize, view: &Viewport, keep: Option<usize>) -> Window {
    let row = view.row();
    let rows_at = |y: f64| if y.is_finite() && y > 0.0 { (y / row) as usize } else { 0 };
    let top = view.scroll_top - view.list_top;
    let first = rows_at(top).min(total);
    let height = if view.height.is_finite() { view.height.max(0.0) } else { 0.0 };
    let last = rows_at(top + height).saturating_add(1).min(total);
    let start = first.saturating_sub(MARGIN) / STEP * STEP;
    let end = last.saturating_add(MARGIN).div_ceil(STEP).saturating_mul(STEP).min(total);
    let start = start.min(end);
    let kept = keep.filter(|k| *k < total && !(start..end).contains(k));
    Window { start, end, kept }
}

/// What a windowed list last drew, for its scroll listener to tell whether the next drawing
/// differs (the tree and the tables keep one each).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Drawn {
    pub window: Window,
    pub total: usize,
    /// The row kept drawn wherever the pane is scrolled.
    pub keep: Option<usize>,
    pub row_height: f64,
    /// Every row (printing): no window to follow.
    pub all: bool,
}

impl Drawn {
    /// True when what `view` shows needs another drawing: another window, or a row height that
    /// moved by more than `tolerance` pixels.
    pub fn stale(&self, view: &Viewport, tolerance: f64) -> bool {
        !self.all
            && (window(self.total, view, self.keep) != self.window
                || (view.row_height - self.row_height).abs() > tolerance)
    }
}

/// The `scrollTop` that brings row `index` fully into the visible area below the sticky tools
/// with the least movement, or `None` when it is already there. A row taller than the area
/// is aligned to its top.
pub fn scroll_to_show(index: usize, view: &Viewport) -> Option<f64> {
    let row = view.row();
    let top = view.list_top + index as f64 * row;
    let bottom = top + row;
    let seen_top = view.scroll_top + view.covered;
    let seen_bottom = view.scroll_top + view.height;
    let to = if top < seen_top || row > view.height - view.covered {
        top - view.covered
    } else if bottom > seen_bottom {
        bottom - view.height
    } else {
        return None;
    };
    let to = to.max(0.0);
    (to != view.scroll_top).then_some(to)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_drawing_is_stale_when_the_window_or_the_row_height_moves() {
        let view = Viewport { scroll_top: 0.0, height: 290.0, list_top: 0.0, covered: 0.0, row_height: 30.0 };
        let drawn = Drawn { window: window(1000, &view, None), total: 1000, keep: None, row_height: 30.0, all: false };
        assert!(!drawn.stale(&view, 0.5));
        assert!(drawn.stale(&Viewport { scroll_top: 3000.0, ..view }, 0.5), "scrolled far: another window");
        assert!(!drawn.stale(&Viewport { row_height: 30.3, ..view }, 0.5), "within the tolerance");
        assert!(drawn.stale(&Viewport { row_height: 30.3, ..view }, 0.01), "beyond a finer one");
        assert!(
            !Drawn { all: true, ..drawn }.stale(&Viewport { scroll_top: 3000.0, ..view }, 0.5),
            "printing: all rows"
        );
    }

    /// A pane 440 px tall of 44 px rows (10 on screen), under 40 px of sticky tools, the rows
    /// starting 40 px into the scrolled content, scrolled to `scroll_top`.
    fn pane(scroll_top: f64) -> Viewport {
        Viewport { scroll_top, height: 440.0, list_top: 40.0, covered: 40.0, row_height: 44.0 }
    }

    /// The rows that are at least partly inside the pane's visible area (tools included).
    fn on_screen(total: usize, view: &Viewport) -> std::ops::Range<usize> {
        let first = ((view.scroll_top - view.list_top) / view.row_height).floor().max(0.0) as usize;
        let last = ((view.scroll_top + view.height - view.list_top) / view.row_height).ceil().max(0.0) as usize;
        first.min(total)..last.min(total)
    }

    #[test]
    fn the_window_draws_what_is_on_screen_and_a_margin() {
        // A small tree is drawn whole, wherever it is scrolled.
        assert_eq!(window(5, &pane(0.0), Some(0)), Window { start: 0, end: 5, kept: None });
        assert_eq!(window(0, &pane(0.0), Some(0)), Window { start: 0, end: 0, kept: None });
        assert!(window(0, &pane(0.0), None).is_empty());
        // At the top of 5,000 rows: the 10 on screen and 20 below.
        let w = window(5000, &pane(0.0), None);
        assert_eq!(w, Window { start: 0, end: 30, kept: None });
        // In the middle: 20 and a step above, 20 and a step below.
        let view = pane(40.0 + 2000.0 * 44.0);
        let w = window(5000, &view, None);
        assert_eq!((w.start, w.end), (1980, 2040));
        assert!(w.len() < 100, "{w:?}");
        // Scrolled a few pixels: the same window (no redraw per pixel).
        assert_eq!(window(5000, &pane(40.0 + 2000.0 * 44.0 + 30.0), None), w);
        // At the end: the last rows, the window cut at the count.
        let end = pane(40.0 + 5000.0 * 44.0 - 440.0);
        let w = window(5000, &end, None);
        assert_eq!(w.end, 5000);
        assert!(w.start <= 4990 - MARGIN && w.start > 4990 - MARGIN - STEP, "{w:?}");
        // Scrolled past the end (the list just got shorter): still the last rows, not nothing.
        let w = window(100, &pane(1e6), None);
        assert_eq!((w.start, w.end), (80, 100));
        // Every row on screen is drawn, wherever the pane is scrolled.
        for total in [0, 1, 9, 10, 11, 39, 41, 5000] {
            for step in 0..400 {
                let view = pane(step as f64 * 17.0);
                let w = window(total, &view, None);
                let seen = on_screen(total, &view);
                assert!(w.start <= seen.start && seen.end <= w.end, "{total} rows at {step}: {w:?} vs {seen:?}");
                assert!(w.end <= total && w.start <= w.end);
            }
        }
    }

    #[test]
    fn the_tab_stop_is_kept_and_the_rows_stay_in_order() {
        let view = pane(40.0 + 2000.0 * 44.0);
        // The tab stop far above (the first row) or below is drawn too, in its order.
        let w = window(5000, &view, Some(0));
        assert_eq!(w.kept, Some(0));
        assert_eq!(w.indices().next(), Some(0));
        assert_eq!(w.indices().nth(1), Some(w.start));
        assert_eq!(w.len(), w.end - w.start + 1);
        let w = window(5000, &view, Some(4999));
        assert_eq!(w.indices().last(), Some(4999));
        // Inside the range, or not a row at all: nothing extra.
        assert_eq!(window(5000, &view, Some(2005)).kept, None);
        assert_eq!(window(5000, &view, Some(5000)).kept, None);
        // Wherever the pane is scrolled: the rows drawn are in order, few, and the kept row is
        // the only one outside the range.
        for total in [1, 30, 5000] {
            for keep in [None, Some(0), Some(total / 2), Some(total - 1)] {
                for step in 0..300 {
                    let view = pane(step as f64 * 751.0);
                    let w = window(total, &view, keep);
                    let drawn: Vec<usize> = w.indices().collect();
                    assert!(drawn.windows(2).all(|p| p[0] < p[1]), "in order: {drawn:?}");
                    assert_eq!(drawn.len(), w.len());
                    assert!(w.len() <= 10 + 1 + 2 * (MARGIN + STEP) + 1, "{w:?}");
                    if let Some(k) = keep.filter(|k| !(w.start..w.end).contains(k)) {
                        assert_eq!(w.kept, Some(k), "{total} {step}");
                    }
                }
            }
        }
        assert_eq!(Window::all(7), Window { start: 0, end: 7, kept: None });
        assert_eq!(Window::all(7).indices().count(), 7);
    }

    #[test]
    fn huge_counts_and_odd_measurements_stay_small_and_never_panic() {
        for total in [usize::MAX, 10_000_000_000] {
            for scroll_top in [0.0, 1e9, 1e15, f64::MAX, f64::INFINITY, f64::NAN, -1e9] {
                let w = window(total, &pane(scroll_top), Some(total - 1));
                assert!(w.len() <= 10 + 1 + 2 * (MARGIN + STEP) + 1, "{scroll_top}: {w:?}");
                assert!(w.end <= total);
            }
        }
        let odd = [0.0, -5.0, f64::NAN, f64::INFINITY];
        for value in odd {
            let v = Viewport { row_height: value, ..pane(1000.0) };
            let w = window(5000, &v, None);
            assert!(w.end <= 5000 && w.start <= w.end, "{value}: {w:?}");
            let v = Viewport { height: value, ..pane(1000.0) };
            let w = window(5000, &v, None);
            assert!(w.len() <= 1 + 2 * (MARGIN + STEP), "{value}: {w:?}");
            let _ = scroll_to_show(4999, &Viewport { row_height: value, ..pane(0.0) });
        }
        // Not measured yet: a first drawing that fills a tall screen, and no more.
        let w = window(5000, &Viewport::UNMEASURED, None);
        assert_eq!(w.start, 0);
        assert!(w.end >= 1200 / 44 && w.end <= 80, "{w:?}");
    }

    #[test]
    fn the_window_follows_the_focused_row() {
        let view = pane(0.0);
        // Already fully visible below the tools: no scroll.
        assert_eq!(scroll_to_show(0, &view), None);
        assert_eq!(scroll_to_show(8, &view), None);
        // One below the fold: scrolled just enough to show its bottom edge.
        assert_eq!(scroll_to_show(9, &view), Some(40.0 + 10.0 * 44.0 - 440.0));
        // End on 5,000 rows: to the bottom.
        let to = scroll_to_show(4999, &view).expect("scrolls");
        assert_eq!(to, 40.0 + 5000.0 * 44.0 - 440.0);
        // Home from there: back to the top (the first row just below the tools).
        assert_eq!(scroll_to_show(0, &pane(to)), Some(0.0));
        // Above, hidden under the sticky tools: its top just below them.
        let middle = pane(40.0 + 100.0 * 44.0);
        assert_eq!(scroll_to_show(100, &middle), Some(40.0 + 100.0 * 44.0 - 40.0));
        // Whatever row the keyboard reaches, after the scroll it is drawn and on screen below the
        // tools; and from there the next Down or Up needs at most one row of scrolling.
        for total in [1, 12, 5000] {
            for from in [0.0, 2000.0, 100_000.0] {
                let start = pane(from);
                for index in (0..total).step_by(7).chain([total - 1]) {
                    let view = match scroll_to_show(index, &start) {
                        Some(to) => Viewport { scroll_top: to, ..start },
                        None => start,
                    };
                    assert!(window(total, &view, None).indices().any(|i| i == index), "{total} {from} {index}");
                    let top = view.list_top + index as f64 * 44.0;
                    assert!(top >= view.scroll_top + view.covered && top + 44.0 <= view.scroll_top + view.height);
                    assert_eq!(scroll_to_show(index, &view), None, "stable once shown");
                    if index + 1 < total {
                        let next = scroll_to_show(index + 1, &view).map_or(0.0, |to| to - view.scroll_top);
                        assert!(next <= 44.0, "{next}");
                    }
                }
            }
        }
        // A row taller than the pane is shown from its top.
        let short = Viewport { height: 60.0, ..pane(0.0) };
        assert_eq!(scroll_to_show(3, &short), Some(40.0 + 3.0 * 44.0 - 40.0));
    }
    #[test]
    fn spacers_make_a_table_as_tall_as_all_its_rows() {
        // At the top of 5,000 rows of 30 px: nothing above, the rest below.
        let w = window(5000, &pane(0.0), None);
        assert_eq!(w.spacers(5000, 30.0), (0.0, (5000 - w.end) as f64 * 30.0));
        // Anywhere: the spacers and the drawn rows add up to every row, none overlaps.
        for total in [0usize, 1, 29, 30, 31, 5000] {
            for keep in [None, Some(0), Some(total.saturating_sub(1))] {
                for step in 0..200 {
                    let view = pane(step as f64 * 613.0);
                    let w = window(total, &view, keep);
                    let (above, below) = w.spacers(total, 44.0);
                    let drawn = w.len() as f64 * 44.0;
                    assert_eq!(above + drawn + below, total as f64 * 44.0, "{total} {keep:?} {step}: {w:?}");
                    assert!(above >= 0.0 && below >= 0.0);
                    // A row's slot starts where the spacer above ends, as in a positioned list.
                    if keep.is_none() {
                        assert_eq!(above, w.start as f64 * 44.0);
                    }
                }
            }
        }
        // At the end: the last rows drawn, nothing below.
        let w = window(5000, &pane(1e9), None);
        assert_eq!(w.spacers(5000, 44.0).1, 0.0);
        // Printing draws every row: no spacer.
        assert_eq!(Window::all(7).spacers(7, 44.0), (0.0, 0.0));
        // An odd row height or a window past the count: no NaN, nothing negative.
        for h in [0.0, -1.0, f64::NAN, f64::INFINITY] {
            assert_eq!(Window { start: 10, end: 20, kept: None }.spacers(30, h), (0.0, 0.0));
        }
        assert_eq!(Window { start: 40, end: 50, kept: Some(60) }.spacers(30, 10.0), (300.0, 0.0));
    }
}
