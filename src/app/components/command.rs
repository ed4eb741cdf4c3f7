//! One command of the how-to panel: its text as a block of code and a Copy button that writes
//! it to the clipboard, or selects it where the clipboard cannot be written.

use crate::app::browser::{copy_text, select_text};
use callrecords::view::howto::{tr, COPIED, COPY, SELECTED};
use yew::prelude::*;

/// How long "Copied" stays beside the button.
const STATUS_MS: u32 = 4000;

#[derive(Properties, PartialEq)]
pub struct CommandProps {
    /// The command, exactly as it is copied.
    pub code: &'static str,
    /// The Copy button's accessible name ([`copy_label`](callrecords::view::howto::copy_label)).
    pub label: AttrValue,
    /// `data-command` on the block: which command it is ("powershell-record").
    pub id: AttrValue,
}

/// A command with its Copy button.
#[component]
pub fn CommandBlock(props: &CommandProps) -> Html {
    let status = use_state(|| None::<String>);
    // Re-rendered when the language changes.
    let _ = crate::app::hooks::use_page();
    let code_ref = use_node_ref();
    let onclick = {
        let (status, code_ref, code) = (status.clone(), code_ref.clone(), props.code);
        Callback::from(move |_: MouseEvent| {
            let (status, code_ref) = (status.clone(), code_ref.clone());
            yew::platform::spawn_local(async move {
                if copy_text(code).await {
                    status.set(Some(tr("howto-copied", COPIED)));
                } else if let Some(code) = code_ref.cast::<web_sys::Element>() {
                    select_text(&code);
                    status.set(Some(tr("howto-selected", SELECTED)));
                }
                gloo::timers::future::TimeoutFuture::new(STATUS_MS).await;
                status.set(None);
            });
        })
    };
    html! {
        <div class="command" data-command={props.id.clone()}>
            <pre tabindex="0"><code ref={code_ref}>{ props.code }</code></pre>
            <div class="command-tools">
                <button type="button" class="copy" aria-label={props.label.clone()} {onclick}>{ tr("howto-copy", COPY) }</button>
                <span class="copy-status" aria-live="polite">{ (*status).clone().unwrap_or_default() }</span>
            </div>
        </div>
    }
}
