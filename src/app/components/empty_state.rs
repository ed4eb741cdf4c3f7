//! What an empty view says (`callrecords::view::landing`): what it has not got and what to load
//! for it, what IS loaded and where (links to those views), and the how-to panel.

use crate::app::components::HowtoButton;
use crate::app::hooks::use_page;
use callrecords::view::landing::{empty_view, loaded_elsewhere, Run};
use callrecords::view::route::Route;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EmptyStateProps {
    /// The view that is empty (a call: one that is not loaded).
    pub view: Route,
    /// `data-testid` of the section.
    #[prop_or(AttrValue::Static("empty"))]
    pub testid: AttrValue,
    /// Anything the view adds (a link back).
    #[prop_or_default]
    pub children: Html,
}

fn run_html(run: &Run) -> Html {
    match run {
        Run::Text(text) => html! { { text.clone() } },
        Run::Link(route, text) => html! { <a href={route.to_fragment()}>{ text.clone() }</a> },
    }
}

/// An empty view's message.
#[component]
pub fn EmptyState(props: &EmptyStateProps) -> Html {
    let (state, _) = use_page();
    let empty = empty_view(&props.view);
    let elsewhere = loaded_elsewhere(&state.dataset);
    html! {
        <section class="empty" data-testid={props.testid.clone()}>
            <p class="empty-headline" tabindex="-1" data-view-heading="">{ empty.headline }</p>
            if !elsewhere.is_empty() {
                <p class="empty-elsewhere" data-testid="loaded-elsewhere">{ for elsewhere.iter().map(run_html) }</p>
            }
            <p>{ empty.hint }</p>
            { props.children.clone() }
            <p><HowtoButton /></p>
        </section>
    }
}
