//! The top bar: the title, the privacy promise, the views (calls, PSTN, Direct Routing, other
//! logs) with their counts, and the rule set every verdict on the page is judged by.

use crate::app::hooks::use_page;
use callrecords::i18n::Lang;
use callrecords::judge::RuleSetKind;
use callrecords::judge::RULES;
use callrecords::t;
use callrecords::view::header::{edited_rules, invalid_limit, limit_text, picked_rules, tabs, Tab};
use callrecords::view::state::Action;
use web_sys::HtmlInputElement;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[component]
pub fn Header() -> Html {
    let (state, _) = use_page();
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
    let editor = RULES.iter().map(|field| {
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
    html! {
        <header class="app-header">
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
            </label>
            <details class="threshold-editor">
                <summary>{ t!("edit-limits") }</summary>
                <div class="thresholds" data-testid="threshold-editor">
                    <p class="hint">{ t!("edit-limits-hint") }</p>
                    { for editor }
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
