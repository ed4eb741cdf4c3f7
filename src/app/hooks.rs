//! The hooks components read the page through: the state and what is derived from it
//! ([`use_page`]), and the "How do I get this JSON?" panel ([`use_howto`]).

use super::{DerivedHandle, StateHandle};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{HtmlDialogElement, HtmlElement};
use yew::prelude::*;

/// The page state (to read and dispatch actions to) and what is derived from it (judgements,
/// overview rows, log links), from the contexts [`App`](super::App) provides.
#[hook]
pub fn use_page() -> (StateHandle, DerivedHandle) {
    let state = use_context::<StateHandle>().expect("App provides the state context");
    let derived = use_context::<DerivedHandle>().expect("App provides the derived context");
    (state, derived)
}

/// The how-to panel: one modal `<dialog>` for the page, opened from the loader and every empty
/// view. Focus goes into it on opening and back to the button that opened it on closing
/// (Escape, the Close button, a click beside it).
#[derive(Clone, Default)]
pub struct HowtoHandle {
    /// The `<dialog>` ([`HowtoPanel`](super::components::HowtoPanel) renders it).
    pub dialog: NodeRef,
    opener: Rc<RefCell<Option<HtmlElement>>>,
}

impl PartialEq for HowtoHandle {
    fn eq(&self, other: &Self) -> bool {
        self.dialog == other.dialog
    }
}

impl HowtoHandle {
    /// Opens the panel as a modal dialog, focusing its Close button.
    pub fn open(&self) {
        let Some(dialog) = self.dialog.cast::<HtmlDialogElement>() else { return };
        if dialog.open() {
            return;
        }
        let active = gloo::utils::document().active_element().and_then(|e| e.dyn_into::<HtmlElement>().ok());
        *self.opener.borrow_mut() = active;
        if dialog.show_modal().is_ok() {
            if let Some(close) = dialog.query_selector(".howto-close").ok().flatten() {
                let _ = close.unchecked_into::<HtmlElement>().focus();
            }
            dialog.set_scroll_top(0);
        }
    }

    /// Closes the panel (its `close` event then calls [`HowtoHandle::closed`]).
    pub fn close(&self) {
        if let Some(dialog) = self.dialog.cast::<HtmlDialogElement>() {
            dialog.close();
        }
    }

    /// The panel has closed, however: focus goes back to what opened it, if it is still there.
    pub fn closed(&self) {
        if let Some(opener) = self.opener.borrow_mut().take() {
            if opener.is_connected() {
                let _ = opener.focus();
            }
        }
    }
}

/// The how-to panel's handle, from the context [`App`](super::App) provides.
#[hook]
pub fn use_howto() -> HowtoHandle {
    use_context::<HowtoHandle>().expect("App provides the how-to context")
}
