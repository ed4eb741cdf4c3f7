//! Where the user is, as a URL fragment: `#/calls`, `#/call/<record id>`,
//! `#/call/<record id>/session/0/segment/1/media/0/stream/1`, `#/pstn`, `#/direct-routing`,
//! `#/logs`. Back, Forward and reload work; only record ids and indexes go in the URL, never
//! call data.

use crate::calllogs::Table;
use crate::model::NodePath;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Route {
    /// The table of loaded call records (also the start page).
    #[default]
    Calls,
    /// One call, with a node of its hierarchy selected.
    Call {
        id: String,
        node: NodePath,
    },
    Pstn,
    DirectRouting,
    /// The beta logs (SMS, blocked users, dial-out report).
    OtherLogs,
}

/// Percent-encodes what is not safe in a fragment path segment.
fn encode(text: &str) -> String {
    let mut out = String::new();
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = text.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

impl Route {
    /// The page of a log's rows: PSTN, Direct Routing, or the beta logs together.
    pub fn for_table(table: Table) -> Route {
        match table {
            Table::Pstn => Route::Pstn,
            Table::DirectRouting => Route::DirectRouting,
            Table::Sms | Table::BlockedUsers | Table::DialoutReport => Route::OtherLogs,
        }
    }

    /// The record a route shows, for a call.
    pub fn record_id(&self) -> Option<&str> {
        match self {
            Route::Call { id, .. } => Some(id),
            _ => None,
        }
    }

    /// The view a route opens, without the node selected in a call: when it changes, the page
    /// shows a new view (and moves the keyboard focus to its heading); a move in the tree does not.
    pub fn view(&self) -> Route {
        match self {
            Route::Call { id, .. } => Route::Call { id: id.clone(), node: NodePath::Call },
            other => other.clone(),
        }
    }

    /// Both routes are in the same call (maybe at different nodes).
    pub fn same_call(&self, other: &Route) -> bool {
        self.record_id().is_some() && self.record_id() == other.record_id()
    }

    /// The header tab a route is under: a call is under the calls.
    pub fn tab(&self) -> Route {
        match self {
            Route::Call { .. } => Route::Calls,
            other => other.clone(),
        }
    }

    /// Reads a fragment (with or without the leading `#`). Anything unknown is the start page.
    pub fn parse(fragment: &str) -> Route {
        // What follows `?` is the page's settings (the rule set, view::header::rules_query).
        let path = fragment.split('?').next().unwrap_or_default();
        let path = path.trim_start_matches('#').trim_start_matches('/');
        let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
        match parts.as_slice() {
            ["pstn"] => Route::Pstn,
            ["direct-routing"] => Route::DirectRouting,
            ["logs"] => Route::OtherLogs,
            ["call", id, rest @ ..] => match decode(id) {
                Some(id) => Route::Call { id, node: parse_node(rest).unwrap_or(NodePath::Call) },
                None => Route::Calls,
            },
            _ => Route::Calls,
        }
    }

    /// The fragment for this route, with the leading `#`.
    pub fn to_fragment(&self) -> String {
        match self {
            Route::Calls => "#/calls".into(),
            Route::Pstn => "#/pstn".into(),
            Route::DirectRouting => "#/direct-routing".into(),
            Route::OtherLogs => "#/logs".into(),
            Route::Call { id, node } => {
                let mut out = format!("#/call/{}", encode(id));
                let indexes: Vec<usize> = match *node {
                    NodePath::Call => vec![],
                    NodePath::Session(s) => vec![s],
                    NodePath::Segment(s, g) => vec![s, g],
                    NodePath::Media(s, g, m) => vec![s, g, m],
                    NodePath::Stream(s, g, m, t) => vec![s, g, m, t],
                };
                for (name, index) in ["session", "segment", "media", "stream"].iter().zip(indexes) {
                    out.push_str(&format!("/{name}/{index}"));
                }
                out
            }
        }
    }
}

fn parse_node(parts: &[&str]) -> Option<NodePath> {
    let mut indexes = Vec::new();
    for (pair, expected) in parts.chunks(2).zip(["session", "segment", "media", "stream"]) {
        match pair {
            [name, index] if *name == expected => indexes.push(index.parse().ok()?),
            _ => return None,
        }
    }
    Some(match indexes.as_slice() {
        [] => NodePath::Call,
        [s] => NodePath::Session(*s),
        [s, g] => NodePath::Segment(*s, *g),
        [s, g, m] => NodePath::Media(*s, *g, *m),
        [s, g, m, t] => NodePath::Stream(*s, *g, *m, *t),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips() {
        for route in [
            Route::Calls,
            Route::Pstn,
            Route::DirectRouting,
            Route::OtherLogs,
            Route::Call { id: "e523d2ed-2966-4b6b-925b-754a88034cc5".into(), node: NodePath::Call },
            Route::Call { id: "odd id/with?chars#é".into(), node: NodePath::Stream(2, 0, 1, 1) },
            Route::Call { id: "x".into(), node: NodePath::Segment(0, 3) },
        ] {
            assert_eq!(Route::parse(&route.to_fragment()), route);
        }
        assert_eq!(
            Route::Call { id: "a b".into(), node: NodePath::Media(1, 2, 3) }.to_fragment(),
            "#/call/a%20b/session/1/segment/2/media/3"
        );
    }

    #[test]
    fn junk_goes_home_or_to_the_call() {
        assert_eq!(Route::parse(""), Route::Calls);
        assert_eq!(Route::parse("#/nowhere"), Route::Calls);
        assert_eq!(Route::parse("#/call/%ZZ"), Route::Calls);
        assert_eq!(Route::parse("#/pstn?rules=classic"), Route::Pstn);
        assert_eq!(
            Route::parse("#/call/abc/session/1?rules=custom&x=1"),
            Route::Call { id: "abc".into(), node: NodePath::Session(1) }
        );
        assert_eq!(Route::parse("#/call/abc/session/x"), Route::Call { id: "abc".into(), node: NodePath::Call });
        assert_eq!(Route::parse("#/call/abc/segment/1"), Route::Call { id: "abc".into(), node: NodePath::Call });
    }

    #[test]
    fn parents() {
        assert_eq!(NodePath::Stream(1, 2, 3, 4).parent(), Some(NodePath::Media(1, 2, 3)));
        assert_eq!(NodePath::Session(0).parent(), Some(NodePath::Call));
        assert_eq!(NodePath::Call.parent(), None);
    }
}
