//! The one hook every component reads the page through.

use super::{DerivedHandle, StateHandle};
use yew::prelude::*;

/// The page state (to read and dispatch actions to) and what is derived from it (judgements,
/// overview rows, log links), from the contexts [`App`](super::App) provides.
#[hook]
pub fn use_page() -> (StateHandle, DerivedHandle) {
    let state = use_context::<StateHandle>().expect("App provides the state context");
    let derived = use_context::<DerivedHandle>().expect("App provides the derived context");
    (state, derived)
}
