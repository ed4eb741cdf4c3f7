//! The call's hierarchy as a tree of rows (sessions → segments → media → streams): which rows
//! are visible for a set of expanded nodes, how the arrow keys move through them (the
//! WAI-ARIA tree pattern), and which of them are drawn: the tree is a windowed list of
//! fixed-height rows, drawn only where its scroll pane shows them (plus a margin), so a call
//! with thousands of streams opens at once and shows all of them by scrolling.

use crate::model::record::CallRecord;
use crate::model::NodePath;
use std::collections::BTreeSet;

/// One visible row of the tree.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TreeRow {
    pub node: NodePath,
    /// 1 for sessions, 4 for streams (the `aria-level`).
    pub level: usize,
    pub has_children: bool,
    pub expanded: bool,
    /// Its place among its siblings, from 1 (the `aria-posinset`).
    pub posinset: usize,
    /// How many siblings it has, itself included (the `aria-setsize`).
    pub setsize: usize,
}

/// The nodes directly below `node`.
pub fn children(record: &CallRecord, node: NodePath) -> Vec<NodePath> {
    match node {
        NodePath::Call => (0..record.sessions.len()).map(NodePath::Session).collect(),
        NodePath::Session(s) => {
            record.sessions.get(s).map_or(vec![], |x| (0..x.segments.len()).map(|g| NodePath::Segment(s, g)).collect())
        }
        NodePath::Segment(s, g) => {
            let count = record.sessions.get(s).and_then(|x| x.segments.get(g)).map_or(0, |x| x.media.len());
            (0..count).map(|m| NodePath::Media(s, g, m)).collect()
        }
        NodePath::Media(s, g, m) => {
            let count = record
                .sessions
                .get(s)
                .and_then(|x| x.segments.get(g))
                .and_then(|x| x.media.get(m))
                .map_or(0, |x| x.streams.len());
            (0..count).map(|t| NodePath::Stream(s, g, m, t)).collect()
        }
        NodePath::Stream(..) => vec![],
    }
}

/// True when the node exists in the record.
pub fn exists(record: &CallRecord, node: NodePath) -> bool {
    node == NodePath::Call || node.parent().is_some_and(|p| children(record, p).contains(&node))
}

/// Every node with children, for "expand all".
pub fn all_parents(record: &CallRecord) -> BTreeSet<NodePath> {
    let mut out = BTreeSet::new();
    let mut stack = children(record, NodePath::Call);
    while let Some(node) = stack.pop() {
        let below = children(record, node);
        if !below.is_empty() {
            out.insert(node);
            stack.extend(below);
        }
    }
    out
}

/// What is open when a call is first shown: everything for a small call (a peer-to-peer call is
/// a handful of rows), only the sessions of a large one.
pub fn default_expanded(record: &CallRecord) -> BTreeSet<NodePath> {
    let all = all_parents(record);
    let rows = record.streams().count() + all.len();
    if rows <= 40 {
        all
    } else {
        BTreeSet::new()
    }
}

/// The rows shown for a set of expanded nodes, in display order.
pub fn visible_rows(record: &CallRecord, expanded: &BTreeSet<NodePath>) -> Vec<TreeRow> {
    fn walk(
        record: &CallRecord,
        node: NodePath,
        (posinset, setsize): (usize, usize),
        expanded: &BTreeSet<NodePath>,
        out: &mut Vec<TreeRow>,
    ) {
        let below = children(record, node);
        let open = expanded.contains(&node);
        out.push(TreeRow {
            node,
            level: node.depth() + 1,
            has_children: !below.is_empty(),
            expanded: open && !below.is_empty(),
            posinset,
            setsize,
        });
        if open {
            let count = below.len();
            for (i, child) in below.into_iter().enumerate() {
                walk(record, child, (i + 1, count), expanded, out);
            }
        }
    }
    let mut out = Vec::new();
    let sessions = children(record, NodePath::Call);
    let count = sessions.len();
    for (i, session) in sessions.into_iter().enumerate() {
        walk(record, session, (i + 1, count), expanded, &mut out);
    }
    out
}

/// A key the tree understands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TreeKey {
    Up,
    Down,
    Left,
    Right,
    Home,
    End,
}

impl TreeKey {
    /// From a DOM `KeyboardEvent.key`.
    pub fn from_key(key: &str) -> Option<TreeKey> {
        Some(match key {
            "ArrowUp" => TreeKey::Up,
            "ArrowDown" => TreeKey::Down,
            "ArrowLeft" => TreeKey::Left,
            "ArrowRight" => TreeKey::Right,
            "Home" => TreeKey::Home,
            "End" => TreeKey::End,
            _ => return None,
        })
    }
}

/// The index of the row reached by Tab (the one row with `tabindex="0"`, the WAI-ARIA roving
/// tab stop): the selected row, or the first when the selected node is not a row. It is always
/// drawn ([`window`] keeps it), so Tab reaches the tree wherever it is scrolled.
pub fn tab_stop(rows: &[TreeRow], selected: NodePath) -> usize {
    rows.iter().position(|r| r.node == selected).unwrap_or(0)
}

/// Where the tree's rows are on the page, in CSS pixels, as measured in the browser.
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
    /// What the tree assumes before it has been measured: a tall screen of 44 px rows, so the
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

/// The window's edges move in steps of this many rows, so scrolling redraws the tree once per
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
    /// Every one of `total` rows (printing: the paper shows the whole tree).
    pub fn all(total: usize) -> Window {
        Window { start: 0, end: total, kept: None }
    }

    /// The indices drawn, in the rows' order (the kept row before or after the range).
    pub fn indices(&self) -> impl Iterator<Item = usize> {
        let before = self.kept.filter(|k| *k < self.start);
        let after = self.kept.filter(|k| *k >= self.end);
        before.into_iter().chain(self.start..self.end).chain(after)
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

/// Enter and Space open or close the focused row ([`toggle`]).
pub fn is_toggle_key(key: &str) -> bool {
    key == "Enter" || key == " "
}

/// What Enter or Space on the `focused` row does: opens it when closed, closes it when open;
/// `None` for a row without children (or not among `rows`).
pub fn toggle(rows: &[TreeRow], focused: NodePath) -> Option<(NodePath, bool)> {
    rows.iter().find(|r| r.node == focused).filter(|r| r.has_children).map(|r| (r.node, !r.expanded))
}

/// The result of a key: where the focus goes, and a node to open or close.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TreeMove {
    pub focus: NodePath,
    pub expand: Option<(NodePath, bool)>,
}

/// Moves through the visible rows as the WAI-ARIA tree pattern says: Up/Down to the previous or
/// next row, Right opens a closed node or goes to its first child, Left closes an open node or
/// goes to its parent, Home/End to the first or last row.
pub fn navigate(rows: &[TreeRow], focused: NodePath, key: TreeKey) -> TreeMove {
    let stay = TreeMove { focus: focused, expand: None };
    let Some(at) = rows.iter().position(|r| r.node == focused) else {
        return rows.first().map_or(stay, |r| TreeMove { focus: r.node, expand: None });
    };
    let row = rows[at];
    let to = |i: usize| TreeMove { focus: rows[i].node, expand: None };
    match key {
        TreeKey::Up if at > 0 => to(at - 1),
        TreeKey::Down if at + 1 < rows.len() => to(at + 1),
        TreeKey::Home => to(0),
        TreeKey::End => to(rows.len() - 1),
        TreeKey::Right if row.has_children && !row.expanded => {
            TreeMove { focus: focused, expand: Some((focused, true)) }
        }
        TreeKey::Right if row.expanded => to(at + 1),
        TreeKey::Left if row.expanded => TreeMove { focus: focused, expand: Some((focused, false)) },
        TreeKey::Left => match focused.parent().filter(|p| *p != NodePath::Call) {
            Some(parent) => TreeMove { focus: parent, expand: None },
            None => stay,
        },
        _ => stay,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::record::{Media, MediaStream, Segment, Session};

    fn record() -> CallRecord {
        let media = Media { streams: vec![MediaStream::default(), MediaStream::default()], ..Media::default() };
        let segment = Segment { media: vec![media], ..Segment::default() };
        CallRecord {
            sessions: vec![
                Session { segments: vec![segment.clone()], ..Session::default() },
                Session { segments: vec![segment], ..Session::default() },
            ],
            ..CallRecord::default()
        }
    }

    #[test]
    fn rows_follow_expansion() {
        let r = record();
        assert_eq!(visible_rows(&r, &BTreeSet::new()).len(), 2);
        let all = all_parents(&r);
        assert_eq!(all.len(), 6);
        let rows = visible_rows(&r, &all);
        assert_eq!(rows.len(), 2 * (1 + 1 + 1 + 2));
        assert_eq!(
            rows[4],
            TreeRow {
                node: NodePath::Stream(0, 0, 0, 1),
                level: 4,
                has_children: false,
                expanded: false,
                posinset: 2,
                setsize: 2
            }
        );
        // Screen readers learn each row's place from aria-posinset/setsize, not from the rows
        // drawn: sessions count among sessions, streams among their media's streams.
        let places: Vec<_> = rows.iter().map(|r| (r.level, r.posinset, r.setsize)).collect();
        assert_eq!(places[..5], [(1, 1, 2), (2, 1, 1), (3, 1, 1), (4, 1, 2), (4, 2, 2)]);
        assert_eq!(places[5], (1, 2, 2));
        assert_eq!(default_expanded(&r), all);
        assert!(
            exists(&r, NodePath::Stream(1, 0, 0, 1))
                && !exists(&r, NodePath::Stream(1, 0, 0, 2))
                && !exists(&r, NodePath::Session(2))
        );
    }

    #[test]
    fn keyboard_follows_the_aria_tree_pattern() {
        let r = record();
        let mut expanded = BTreeSet::new();
        let rows = visible_rows(&r, &expanded);
        let m = navigate(&rows, NodePath::Session(0), TreeKey::Right);
        assert_eq!(m, TreeMove { focus: NodePath::Session(0), expand: Some((NodePath::Session(0), true)) });
        expanded.insert(NodePath::Session(0));
        let rows = visible_rows(&r, &expanded);
        assert_eq!(navigate(&rows, NodePath::Session(0), TreeKey::Right).focus, NodePath::Segment(0, 0));
        assert_eq!(navigate(&rows, NodePath::Segment(0, 0), TreeKey::Left).focus, NodePath::Session(0));
        assert_eq!(navigate(&rows, NodePath::Session(0), TreeKey::Left).expand, Some((NodePath::Session(0), false)));
        assert_eq!(navigate(&rows, NodePath::Session(0), TreeKey::Down).focus, NodePath::Segment(0, 0));
        assert_eq!(navigate(&rows, NodePath::Session(0), TreeKey::Up).focus, NodePath::Session(0));
        assert_eq!(navigate(&rows, NodePath::Session(0), TreeKey::End).focus, NodePath::Session(1));
        assert_eq!(navigate(&rows, NodePath::Session(1), TreeKey::Home).focus, NodePath::Session(0));
        assert_eq!(navigate(&rows, NodePath::Session(1), TreeKey::Left).expand, None, "a closed top row stays");
        assert_eq!(
            navigate(&rows, NodePath::Stream(9, 9, 9, 9), TreeKey::Down).focus,
            NodePath::Session(0),
            "lost focus returns to the first row"
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
}
