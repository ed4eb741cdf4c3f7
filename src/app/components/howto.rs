//! The "How do I get this JSON?" panel: a modal dialog rendering the core's how-to data
//! (`callrecords::view::howto`): the one-time set-up, each tool's sign-in and commands with a
//! Copy button and the files they write, and which files to drop together. Escape, the Close
//! button or a click beside the panel close it.

use crate::app::components::CommandBlock;
use crate::app::hooks::use_howto;
use callrecords::view::howto::{
    copy_label, drop_notes, setup_steps, tr, Tool, BETA, CLOSE, DROP_TITLE, INTRO, LIMITS, SETUP_TITLE, TITLE, TOOLS,
    WHY_FILES,
};
use wasm_bindgen::JsCast;
use yew::prelude::*;

fn tool_html(index: usize, tool: &'static Tool) -> Html {
    html! {
        <details class="howto-tool" data-tool={tool.id} open={index == 0}>
            <summary>{ tool.name_text() }</summary>
            <p class="hint">{ tool.needs_text() }</p>
            { for tool.setup.iter().enumerate().map(|(i, s)| html! {
                <div class="howto-step">
                    <p class="howto-label">{ tool.setup_label(i) }</p>
                    <CommandBlock code={s.code} label={copy_label(&tool.setup_label(i), tool)} id={format!("{}-setup-{i}", tool.id)} />
                </div>
            }) }
            { for tool.commands.iter().map(|c| html! {
                <div class="howto-step">
                    <h4>{ c.fetch.what_text() }</h4>
                    <CommandBlock code={c.code} label={copy_label(&c.fetch.what_text(), tool)} id={format!("{}-{}", tool.id, c.fetch.id())} />
                    <p class="writes">{ c.fetch.writes_text() }</p>
                    if let Some(note) = c.fetch.note_text() { <p class="hint">{ note }</p> }
                </div>
            }) }
        </details>
    }
}

/// The panel (closed until a [`HowtoButton`](super::HowtoButton) opens it).
#[component]
pub fn HowtoPanel() -> Html {
    let howto = use_howto();
    // Re-rendered when the language changes.
    let _ = crate::app::hooks::use_page();
    let onclose = {
        let howto = howto.clone();
        Callback::from(move |_: Event| howto.closed())
    };
    // The panel fills the dialog, so a click on the dialog itself is on the backdrop.
    let onclick = {
        let howto = howto.clone();
        Callback::from(move |e: MouseEvent| {
            let on_backdrop = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlDialogElement>().ok()).is_some();
            if on_backdrop {
                howto.close();
            }
        })
    };
    let close = {
        let howto = howto.clone();
        Callback::from(move |_: MouseEvent| howto.close())
    };
    html! {
        <dialog ref={howto.dialog.clone()} id="howto" class="howto" aria-labelledby="howto-title" data-testid="howto" {onclose} {onclick}>
            <div class="howto-body">
                <header class="howto-head">
                    <h2 id="howto-title">{ tr("howto-title", TITLE) }</h2>
                    <button type="button" class="howto-close" data-testid="howto-close" onclick={close}>{ tr("howto-close", CLOSE) }</button>
                </header>
                <p>{ tr("howto-intro", INTRO) }</p>
                <section class="howto-setup" aria-labelledby="howto-setup">
                    <h3 id="howto-setup">{ tr("howto-setup-title", SETUP_TITLE) }</h3>
                    <ol>{ for setup_steps().into_iter().map(|step| html! { <li>{ step }</li> }) }</ol>
                    <p class="hint">{ tr("howto-limits", LIMITS) }</p>
                </section>
                <p class="hint">{ tr("howto-why-files", WHY_FILES) }</p>
                { for TOOLS.iter().enumerate().map(|(i, tool)| tool_html(i, tool)) }
                <section class="howto-drop" aria-labelledby="howto-drop">
                    <h3 id="howto-drop">{ tr("howto-drop-title", DROP_TITLE) }</h3>
                    <ul>{ for drop_notes().into_iter().map(|d| html! { <li>{ d }</li> }) }</ul>
                    <p class="hint">{ tr("howto-beta", BETA) }</p>
                </section>
            </div>
        </dialog>
    }
}
