//! The page's state and the actions that change it, as plain Rust (the Yew `Reducible` in
//! `app` only forwards to [`ViewState::apply`]), so every transition is tested natively.

use crate::ingest::Dataset;
use std::rc::Rc;

/// A source to load: its name ("pasted text" or a file name) and its bytes.
#[derive(Clone, Debug, PartialEq)]
pub struct Input {
    pub name: String,
    pub bytes: Vec<u8>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct ViewState {
    /// Everything loaded. Shared with the views by pointer; replaced, never mutated in place.
    pub dataset: Rc<Dataset>,
    /// Increases on every change of `dataset`: a cheap dependency for memoised views.
    pub generation: u64,
    /// What is being read or parsed right now, for the progress line.
    pub busy: Option<String>,
    /// How long the last load took to parse, in milliseconds (shown to the user).
    pub last_parse_ms: Option<f64>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Work has started (reading files, parsing); shown until the next `Load` or `Clear`.
    Busy(String),
    /// Adds sources to what is loaded (parses them).
    Load(Vec<Input>),
    /// How long the last `Load` took, measured by the caller around it.
    ParseTime(f64),
    /// Forgets everything loaded.
    Clear,
}

impl ViewState {
    /// The state after `action`.
    pub fn apply(&self, action: Action) -> ViewState {
        match action {
            Action::Busy(what) => ViewState { busy: Some(what), ..self.clone() },
            Action::Load(inputs) => {
                let mut dataset = (*self.dataset).clone();
                for input in &inputs {
                    dataset.load(&input.name, &input.bytes);
                }
                ViewState { dataset: Rc::new(dataset), generation: self.generation + 1, busy: None, last_parse_ms: None }
            }
            Action::ParseTime(ms) => ViewState { last_parse_ms: Some(ms), ..self.clone() },
            Action::Clear => ViewState { generation: self.generation + 1, ..ViewState::default() },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(name: &str, text: &str) -> Input {
        Input { name: name.into(), bytes: text.as_bytes().to_vec() }
    }

    #[test]
    fn loading_adds_and_clear_empties() {
        let s = ViewState::default().apply(Action::Busy("Parsing…".into()));
        assert_eq!(s.busy.as_deref(), Some("Parsing…"));
        let s = s.apply(Action::Load(vec![input("a.json", r#"{"id":"a","version":1,"type":"groupCall"}"#)])).apply(Action::ParseTime(1.5));
        assert_eq!((s.dataset.records.len(), s.busy.clone(), s.generation, s.last_parse_ms), (1, None, 1, Some(1.5)));
        let s = s.apply(Action::Load(vec![input("b.json", r#"{"id":"b","version":1,"type":"peerToPeer"}"#)]));
        assert_eq!(s.dataset.records.len(), 2);
        assert_eq!(s.dataset.sources.len(), 2);
        let s = s.apply(Action::Clear);
        assert!(s.dataset.is_empty());
        assert_eq!(s.generation, 3);
    }

    #[test]
    fn a_bad_paste_leaves_what_was_loaded() {
        let s = ViewState::default().apply(Action::Load(vec![input("a.json", r#"{"id":"a","version":1}"#)]));
        let s = s.apply(Action::Load(vec![input("pasted text", "{not json")]));
        assert_eq!(s.dataset.records.len(), 1);
        assert_eq!(s.dataset.diagnostics.len(), 1);
    }
}
