//! Getting data in: the paste area, the file picker (several files), and the loading that
//! drag-and-drop ([`DropZone`](super::drop_zone::DropZone)) shares. Files are read as bytes (no
//! UTF-16 JS string round trip) and parsed after the progress line has painted. The pasted text
//! stays in the box whatever happens.

use crate::app::browser::now_ms;
use crate::app::components::HowtoButton;
use crate::app::hooks::use_page;
use crate::app::StateHandle;
use callrecords::t;
use callrecords::view::loaded::{parsing_line, reading_line};
use callrecords::view::state::{Action, Input};
use gloo::file::File;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

/// The built-in example (written by `callrecords example`, crates/callrecords/src/synth/example.rs;
/// checked by crates/callrecords/tests/example.rs): a group call with a poor stream, a
/// peer-to-peer call, PSTN and Direct Routing rows. Embedded, so showing it makes no request.
const EXAMPLE: &str = include_str!("../example.json");
const EXAMPLE_NAME: &str = "built-in example";

/// Lets the browser paint the progress line before the main thread is busy parsing.
async fn next_frame() {
    gloo::timers::future::TimeoutFuture::new(20).await;
}

/// Parses inputs (after a frame) and records how long it took.
fn load(state: StateHandle, inputs: Vec<Input>) {
    let total: usize = inputs.iter().map(|i| i.bytes.len()).sum();
    state.dispatch(Action::Busy(parsing_line(inputs.len(), total)));
    yew::platform::spawn_local(async move {
        next_frame().await;
        let started = now_ms();
        state.dispatch(Action::Load(inputs));
        state.dispatch(Action::ParseTime(now_ms() - started));
    });
}

/// Reads files as bytes, then loads them all together.
pub fn load_files(state: StateHandle, files: Vec<File>) {
    if files.is_empty() {
        return;
    }
    yew::platform::spawn_local(async move {
        let mut inputs = Vec::with_capacity(files.len());
        let count = files.len();
        for (i, file) in files.into_iter().enumerate() {
            state.dispatch(Action::Busy(reading_line(&file.name(), i, count, file.size() as f64)));
            let name = file.name();
            match gloo::file::futures::read_as_bytes(&file).await {
                Ok(bytes) => inputs.push(Input { name, bytes }),
                // An unreadable file becomes an empty input so the user is told about it by name.
                Err(e) => inputs.push(Input { name: format!("{name} (could not be read: {e})"), bytes: Vec::new() }),
            }
        }
        load(state, inputs);
    });
}

/// The files of a file input or a drop.
pub fn files_of(list: Option<web_sys::FileList>) -> Vec<File> {
    let Some(list) = list else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.get(i)).map(File::from).collect()
}

/// The paste area, file picker, load and clear buttons, and the progress line.
#[component]
pub fn Loader() -> Html {
    let (state, _) = use_page();
    let text = use_state(String::new);
    let oninput = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| text.set(e.target_unchecked_into::<HtmlTextAreaElement>().value()))
    };
    let onload = {
        let (state, text) = (state.clone(), text.clone());
        Callback::from(move |_: MouseEvent| {
            if !text.trim().is_empty() {
                load(state.clone(), vec![Input { name: "pasted text".into(), bytes: text.as_bytes().to_vec() }]);
            }
        })
    };
    let onfiles = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            load_files(state.clone(), files_of(input.files()));
            // Let the same file be chosen again.
            input.set_value("");
        })
    };
    let onclear = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Clear))
    };
    let onexample = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            load(state.clone(), vec![Input { name: EXAMPLE_NAME.into(), bytes: EXAMPLE.as_bytes().to_vec() }])
        })
    };
    let file_input = use_node_ref();
    let onpick = {
        let file_input = file_input.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(input) = file_input.cast::<web_sys::HtmlElement>() {
                input.click();
            }
        })
    };
    html! {
        <section class={classes!("loader", (!state.dataset.is_empty()).then_some("compact"))} aria-label={t!("loader-label")}>
            <label for="paste" class="label">{ t!("loader-paste-label") }</label>
            <textarea id="paste" class={classes!("paste", (!text.is_empty()).then_some("filled"))} spellcheck="false" autocomplete="off" rows="6"
                placeholder={"{ \"@odata.context\": \"…/$metadata#communications/callRecords…\", … }"}
                value={(*text).clone()} {oninput} />
            <div class="loader-actions">
                <button class="primary" onclick={onload} disabled={text.trim().is_empty()}>{ t!("loader-load-pasted") }</button>
                <button onclick={onpick}>{ t!("loader-open-files") }</button>
                <input ref={file_input} id="file-input" type="file" multiple=true class="visually-hidden" aria-label={t!("loader-file-input")}
                    accept=".json,.jsonl,.gz,.txt,application/json,application/gzip" onchange={onfiles} />
                <button onclick={onexample} data-testid="try-example">{ t!("loader-try-example") }</button>
                <HowtoButton />
                <span class="hint">{ t!("loader-drop-hint") }</span>
                <button class="quiet" onclick={onclear} disabled={state.dataset.is_empty() && state.dataset.diagnostics.is_empty()}>{ t!("loader-clear") }</button>
            </div>
            if state.dataset.is_empty() {
                <p class="hint nothing-kept" data-testid="nothing-kept">{ t!("loader-nothing-kept") }</p>
            }
            if let Some(busy) = &state.busy {
                <p class="busy" role="status" aria-live="polite">{ busy.clone() }</p>
            }
        </section>
    }
}
