//! The top bar: the title, the privacy promise, the views (calls, PSTN, Direct Routing, other
//! logs) with their counts, and the rule set every verdict on the page is judged by.

use crate::app::hooks::use_page;
use callrecords::i18n::Lang;
use callrecords::judge::RULES;
use callrecords::judge::{RuleSet, RuleSetKind};
use callrecords::t;
use callrecords::view::header::{edited_rules, invalid_limit, limit_text, picked_rules, tabs, Tab};
use callrecords::view::state::Action;
use web_sys::HtmlInputElement;
use web_sys::{HtmlSelectElement, KeyboardEvent};
use yew::prelude::*;

/// Publishes the header's height as `--header-h` on `<html>`, for what must stay clear of it
/// (the scroll padding that keeps focused elements out from under it, the sticky tree pane).
fn publish_height(header: &NodeRef) {
    if let (Some(header), Some(root)) = (header.cast::<web_sys::Element>(), gloo::utils::document().document_element())
    {
        let height = header.get_bounding_client_rect().height();
        let _ = root.set_attribute("style", &format!("--header-h: {}px", height.ceil()));
    }
}

/// Closes the limits editor (a `<details>`), giving the focus back to its summary when it was
/// inside.
fn close_editor(editor: &NodeRef, refocus: bool) {
    use wasm_bindgen::JsCast;
    if let Some(details) = editor.cast::<web_sys::HtmlDetailsElement>() {
        if details.open() {
            details.set_open(false);
            if refocus {
                if let Some(summary) = details
                    .query_selector("summary")
                    .ok()
                    .flatten()
                    .and_then(|s| s.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    let _ = summary.focus();
                }
            }
        }
    }
}

#[component]
pub fn Header() -> Html {
    let (state, _) = use_page();
    let header = use_node_ref();
    let editor = use_node_ref();
    // A click anywhere outside the open editor closes it, as a popup does.
    {
        let editor = editor.clone();
        use_effect_with((), move |_| {
            let listener = gloo::events::EventListener::new(&gloo::utils::document(), "click", move |e| {
                let inside = editor.cast::<web_sys::Node>().is_some_and(|d| {
                    use wasm_bindgen::JsCast;
                    e.target().and_then(|t| t.dyn_into::<web_sys::Node>().ok()).is_some_and(|t| d.contains(Some(&t)))
                });
                if !inside {
                    close_editor(&editor, false);
                }
            });
            move || drop(listener)
        });
    }
    let onkeydown = {
        let editor = editor.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.prevent_default();
                close_editor(&editor, true);
            }
        })
    };
    let onutc = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            state.dispatch(Action::ShowUtc(e.target_unchecked_into::<HtmlInputElement>().checked()))
        })
    };
    let onreset = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::SetRules(RuleSet::for_kind(state.rules_base))))
    };
    // After every render (the tabs' counts change its width) and on every resize (it wraps).
    {
        let header = header.clone();
        use_effect(move || publish_height(&header));
    }
    {
        let header = header.clone();
        use_effect_with((), move |_| {
            let listener =
                gloo::events::EventListener::new(&gloo::utils::window(), "resize", move |_| publish_height(&header));
            move || drop(listener)
        });
    }
    let tab = |tab: &Tab| {
        let active = tab.is_active(&state.route);
        html! {
            <a href={tab.route.to_fragment()} class={classes!("tab", active.then_some("active"))} aria-current={active.then_some("page")}>
                { tab.label.clone() }<span class="tab-count">{ tab.count }</span>
            </a>
        }
    };
    let onrules = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            if let Some(rules) = picked_rules(&e.target_unchecked_into::<HtmlSelectElement>().value()) {
                state.dispatch(Action::SetRules(rules));
            }
        })
    };
    let onlang = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            if let Some(lang) = Lang::parse(&e.target_unchecked_into::<HtmlSelectElement>().value()) {
                state.dispatch(Action::SetLang(lang));
            }
        })
    };
    let fields = RULES.iter().map(|field| {
        let handle = state.clone();
        let onchange = Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(rules) = edited_rules(&handle.rules, field, &input.value()) {
                input.set_custom_validity("");
                handle.dispatch(Action::SetRules(rules));
            } else {
                input.set_custom_validity(&invalid_limit());
                input.report_validity();
            }
        });
        let value = limit_text(&state.rules, field);
        html! {
            <label class="threshold">
                <span>{ field.label() }</span>
                <input type="number" min="0" step="any" value={value} placeholder={t!("limit-off")} {onchange} data-field={field.id} />
                <span class="unit">{ field.unit_text() }</span>
            </label>
        }
    });
    // The skip link moves focus itself: its fragment would otherwise be read as a route.
    let onskip = Callback::from(|e: MouseEvent| {
        e.prevent_default();
        crate::app::browser::focus_view_heading();
    });
    html! {
        <header class="app-header" ref={header}>
            <a class="skip-link" href="#main" onclick={onskip}>{ t!("skip-link") }</a>
            <div class="brand">
                <h1>{ t!("app-title") }</h1>
                <p class="privacy">{ t!("privacy-promise") }</p>
            </div>
            <nav class="tabs" aria-label={t!("nav-views")}>
                { for tabs(&state.dataset).iter().map(tab) }
            </nav>
            <label class="rules">
                <span>{ t!("quality-rules") }</span>
                <select onchange={onrules} aria-describedby="rules-note">
                    { for RuleSetKind::PUBLISHED.iter().map(|k| html! {
                        <option value={k.cli_name()} selected={*k == state.rules.kind}>{ k.name() }</option>
                    }) }
                    if state.rules.kind == RuleSetKind::Custom {
                        <option value="custom" selected=true>{ RuleSetKind::Custom.name() }</option>
                    }
                </select>
                <span id="rules-note" class="visually-hidden">{ t!("rules-note") }</span>
            </label>
            <label class="utc-switch" title={t!("utc-hint")}>
                <input type="checkbox" checked={state.utc} onchange={onutc} data-testid="utc-switch" />{ " " }{ t!("utc-label") }
            </label>
            <details class="threshold-editor" ref={editor} {onkeydown}>
                <summary>{ t!("edit-limits") }</summary>
                <div class="thresholds" data-testid="threshold-editor">
                    <p class="hint">{ t!("edit-limits-hint") }</p>
                    { for fields }
                    <p class="threshold-actions">
                        <button type="button" onclick={onreset} disabled={state.rules.kind != RuleSetKind::Custom} data-testid="reset-limits">{ t!("reset-limits", rules = state.rules_base.name()) }</button>
                    </p>
                </div>
            </details>
            <label class="lang-menu">
                <span class="visually-hidden">{ t!("language") }</span>
                <select onchange={onlang} data-testid="lang" aria-label={t!("language")}>
                    { for Lang::ALL.iter().map(|l| html! {
                        <option value={l.code()} lang={l.code()} selected={*l == state.lang}>{ l.native_name() }</option>
                    }) }
                </select>
            </label>
        </header>
    }
}
