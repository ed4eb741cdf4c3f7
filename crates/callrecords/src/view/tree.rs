//! The call's hierarchy as a tree of rows (sessions → segments → media → streams): which rows
//! are visible for a set of expanded nodes, how the arrow keys move through them (the
//! WAI-ARIA tree pattern), and which row is the tab stop. Which rows are drawn is
//! [`crate::view::window`]'s: the tree is a windowed list of fixed-height rows, drawn only where
//! its scroll pane shows them (plus a margin), so a call with thousands of streams opens at once
//! and shows all of them by scrolling.

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
/// drawn ([`window`](crate::view::window::window) keeps it), so Tab reaches the tree wherever it is scrolled.
pub fn tab_stop(rows: &[TreeRow], selected: NodePath) -> usize {
    rows.iter().position(|r| r.node == selected).unwrap_or(0)
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
}
