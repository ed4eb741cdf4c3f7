//! The whole page accepts dropped files: a hint while something is dragged over it, and the
//! dropped files loaded together.

use super::loader::{files_of, load_files};
use crate::app::hooks::use_page;
use web_sys::DragEvent;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DropZoneProps {
    pub children: Html,
}

/// The whole page accepts dropped files.
#[component]
pub fn DropZone(props: &DropZoneProps) -> Html {
    let (state, _) = use_page();
    let dragging = use_state_eq(|| false);
    let ondragover = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(true);
        })
    };
    let ondragleave = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            // Leaving for a child element is not leaving the page.
            if e.related_target().is_none() {
                dragging.set(false);
            }
        })
    };
    let ondrop = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            load_files(state.clone(), files_of(e.data_transfer().and_then(|d| d.files())));
        })
    };
    html! {
        <div class={classes!("drop-zone", dragging.then_some("dragging"))} {ondragover} {ondragleave} {ondrop}>
            { props.children.clone() }
            if *dragging {
                <div class="drop-hint" aria-hidden="true">{ callrecords::t!("drop-hint") }</div>
            }
        </div>
    }
}
