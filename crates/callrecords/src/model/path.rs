//! The address of a node in a call's hierarchy (call, session, segment, media, stream) by
//! indexes, shared by the tree, the routes and the detail tables.

/// A node of a call's hierarchy, by indexes (ids repeat across levels in real data).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NodePath {
    Call,
    Session(usize),
    Segment(usize, usize),
    Media(usize, usize, usize),
    Stream(usize, usize, usize, usize),
}

impl NodePath {
    /// The node above this one (`None` for the call).
    pub fn parent(self) -> Option<NodePath> {
        match self {
            NodePath::Call => None,
            NodePath::Session(_) => Some(NodePath::Call),
            NodePath::Segment(s, _) => Some(NodePath::Session(s)),
            NodePath::Media(s, g, _) => Some(NodePath::Segment(s, g)),
            NodePath::Stream(s, g, m, _) => Some(NodePath::Media(s, g, m)),
        }
    }

    /// Depth below the call (sessions are 0).
    pub fn depth(self) -> usize {
        match self {
            NodePath::Call => 0,
            NodePath::Session(..) => 0,
            NodePath::Segment(..) => 1,
            NodePath::Media(..) => 2,
            NodePath::Stream(..) => 3,
        }
    }
}
