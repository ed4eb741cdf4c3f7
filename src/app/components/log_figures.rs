//! The figures at the top of the log pages: a totals box ([`Stat`]) and a table of calls and
//! minutes per group (user, destination, call type).

use callrecords::calllogs::Group;
use callrecords::i18n::num;
use callrecords::t;
use callrecords::view::logs::Stat;
use yew::prelude::*;

/// The first `limit` groups with their calls and minutes, and how many more there are; `column`
/// names what the rows are ("User").
pub fn groups_table(title: &str, column: &str, groups: &[Group], limit: usize) -> Html {
    if groups.is_empty() {
        return html! {};
    }
    html! {
        <div class="group-table">
            <h3>{ title.to_string() }</h3>
            <table>
                <thead><tr><th scope="col">{ column.to_string() }</th><th scope="col" class="num">{ t!("group-calls") }</th><th scope="col" class="num">{ t!("group-minutes") }</th></tr></thead>
                <tbody>
                    { for groups.iter().take(limit).map(|g| html! {
                        <tr><th scope="row" title={g.detail.clone()}>{ g.label.clone() }</th><td class="num">{ g.calls }</td><td class="num">{ num(g.minutes(), 1) }</td></tr>
                    }) }
                </tbody>
            </table>
            if groups.len() > limit { <p class="more-note">{ t!("group-more", count = groups.len() - limit) }</p> }
        </div>
    }
}

/// One figure with its label and note.
pub fn stat(s: Stat) -> Html {
    html! {
        <div class="stat"><span class="stat-label">{ s.label }</span><span class="stat-value">{ s.value }</span>
            if let Some(note) = s.note { <span class="stat-note">{ note }</span> }
        </div>
    }
}
