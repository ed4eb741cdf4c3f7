//! Component tests in a real browser (headless Chromium through wasm-bindgen-test):
//! `cargo test --target wasm32-unknown-unknown --test web` (scripts/test.sh sets the driver).
#![cfg(target_arch = "wasm32")]

use call_record_viewer::app::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlTextAreaElement};

wasm_bindgen_test_configure!(run_in_browser);

/// A copy of Microsoft's published example (shared/corpus/graph-docs), so this test builds without that checkout.
const LEGACY_EXPANDED: &str = include_str!("fixtures/v1.0-get-callrecord-expanded-legacy.json");

async fn mount() -> Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    root
}

/// Polls until `probe` finds something, for up to 5 s (parsing is scheduled after a frame).
async fn wait_for<T>(mut probe: impl FnMut() -> Option<T>) -> T {
    for _ in 0..250 {
        yew::scheduler::flush().await;
        if let Some(found) = probe() {
            return found;
        }
        gloo::timers::future::TimeoutFuture::new(20).await;
    }
    panic!("timed out waiting for the page");
}

fn paste(root: &Element, text: &str) {
    let area: HtmlTextAreaElement = root.query_selector("#paste").unwrap().unwrap().dyn_into().unwrap();
    area.set_value(text);
    area.dispatch_event(&web_sys::InputEvent::new("input").unwrap()).unwrap();
}

async fn click_load(root: &Element) {
    yew::scheduler::flush().await;
    let button: HtmlElement = root.query_selector("button.primary").unwrap().unwrap().dyn_into().unwrap();
    button.click();
}

#[wasm_bindgen_test]
async fn pasting_a_record_shows_what_was_loaded() {
    let root = mount().await;
    paste(&root, LEGACY_EXPANDED);
    click_load(&root).await;
    let counts = wait_for(|| root.query_selector("[data-testid=counts]").unwrap()).await;
    let text = counts.text_content().unwrap();
    assert!(text.contains("1 call record · 1 session · 1 segment · 2 streams"), "{text}");
    root.remove();
}

#[wasm_bindgen_test]
async fn invalid_paste_gives_line_and_column_and_keeps_the_text() {
    let root = mount().await;
    let broken = "{\n  \"id\": \"x\",\n  \"version\": 1,,\n}";
    paste(&root, broken);
    click_load(&root).await;
    let diagnostics = wait_for(|| root.query_selector("[data-testid=diagnostics]").unwrap()).await;
    let text = diagnostics.text_content().unwrap();
    assert!(text.contains("pasted text, line 3, column 16"), "{text}");
    assert!(text.contains("invalid JSON"), "{text}");
    let area: HtmlTextAreaElement = root.query_selector("#paste").unwrap().unwrap().dyn_into().unwrap();
    assert_eq!(area.value(), broken);
    root.remove();
}
