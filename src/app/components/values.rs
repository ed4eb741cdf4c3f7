//! Small pieces every page renders: times (local, UTC on hover), "not reported", detail values,
//! verdict and roll-up badges (an icon and a word, never colour alone).

use crate::app::browser::local_time;
use callrecords::judge::{Tally, Verdict};
use callrecords::model::datetime::UtcInstant;
use callrecords::view::badge::Badge;
use callrecords::view::detail::Value;
use yew::prelude::*;

/// A time element: local time, UTC in the tooltip and the `datetime` attribute.
pub fn time_html(t: Option<UtcInstant>) -> Html {
    match t {
        Some(t) => {
            let utc = t.to_iso();
            html! { <time datetime={utc.clone()} title={format!("{utc} (UTC)")}>{ local_time(t) }</time> }
        }
        None => not_reported(),
    }
}

pub fn not_reported() -> Html {
    html! { <span class="missing">{ callrecords::model::metrics::not_reported() }</span> }
}

/// One detail value.
pub fn value_html(value: &Value) -> Html {
    match value {
        Value::Text(text) => html! { <span class="value">{ text.clone() }</span> },
        Value::Time(t) => time_html(Some(*t)),
        Value::Missing => not_reported(),
        Value::Poor { text, why } => html! {
            <span class="value poor-value" title={why.clone()}><span aria-hidden="true">{ format!("{} ", Badge::verdict(Verdict::Poor).icon) }</span>{ text.clone() }<span class="visually-hidden">{ format!(" {}", callrecords::t!("value-poor-because", why = why.clone())) }</span></span>
        },
    }
}

/// A verdict badge: icon and word, coloured.
pub fn verdict_badge(v: Verdict, title: Option<String>) -> Html {
    let badge = Badge::verdict(v);
    html! {
        <span class={classes!("verdict", badge.class)} title={title}>
            <span class="icon" aria-hidden="true">{ badge.icon }</span>{ badge.word }
        </span>
    }
}

/// A roll-up badge: the verdict, with the counts behind it in the tooltip.
pub fn tally_badge(t: Tally) -> Html {
    verdict_badge(t.verdict(), Some(t.describe()))
}
