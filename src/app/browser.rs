//! Small pieces every view uses: times in the user's zone (UTC on hover), verdict badges (an
//! icon and a word, never colour alone), detail values, and navigation through the URL fragment.

use callrecords::judge::{Tally, Verdict};
use callrecords::model::datetime::UtcInstant;
use callrecords::view::badge::Badge;
use callrecords::view::detail::Value;
use callrecords::view::route::Route;
use yew::prelude::*;

fn two(n: u32) -> String {
    format!("{n:02}")
}

/// `2026-03-04 10:02:05` in the browser's time zone.
pub fn local_time(t: UtcInstant) -> String {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(t.0 as f64));
    format!(
        "{}-{}-{} {}:{}:{}",
        d.get_full_year(),
        two(d.get_month() + 1),
        two(d.get_date()),
        two(d.get_hours()),
        two(d.get_minutes()),
        two(d.get_seconds())
    )
}

/// Local midnight of a `YYYY-MM-DD` date input, as an instant; `days` later for the end of a
/// range (date inputs give local dates).
pub fn local_day(text: &str, days: u32) -> Option<UtcInstant> {
    let mut parts = text.split('-').map(|p| p.parse::<u32>().ok());
    let (y, m, d) = (parts.next()??, parts.next()??, parts.next()??);
    let ms = js_sys::Date::new_with_year_month_day(y, m as i32 - 1, (d + days) as i32).get_time();
    ms.is_finite().then_some(UtcInstant(ms as i64))
}

/// The change handler of a date input in a "from / to" pair: keeps the text the user typed and
/// hands the local day (its start, or for `end` the start of the next day) to `apply`.
pub fn on_date(
    text: yew::UseStateHandle<String>,
    end: bool,
    apply: impl Fn(Option<UtcInstant>) + 'static,
) -> Callback<Event> {
    Callback::from(move |e: Event| {
        let value = e.target_unchecked_into::<web_sys::HtmlInputElement>().value();
        let at = if value.is_empty() { None } else { local_day(&value, u32::from(end)) };
        text.set(value);
        apply(at);
    })
}

/// `10:02:05` in the browser's time zone.
pub fn local_clock(t: UtcInstant) -> String {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(t.0 as f64));
    format!("{}:{}:{}", two(d.get_hours()), two(d.get_minutes()), two(d.get_seconds()))
}

/// The browser's offset from UTC, e.g. "UTC+02:00".
pub fn zone_name() -> String {
    let minutes = -(js_sys::Date::new_0().get_timezone_offset() as i64);
    let sign = if minutes < 0 { '-' } else { '+' };
    format!("UTC{sign}{:02}:{:02}", minutes.abs() / 60, minutes.abs() % 60)
}

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
    html! { <span class="missing">{ callrecords::model::metrics::NOT_REPORTED }</span> }
}

/// One detail value.
pub fn value_html(value: &Value) -> Html {
    match value {
        Value::Text(text) => html! { <span class="value">{ text.clone() }</span> },
        Value::Time(t) => time_html(Some(*t)),
        Value::Missing => not_reported(),
        Value::Poor { text, why } => html! {
            <span class="value poor-value" title={why.clone()}><span aria-hidden="true">{ format!("{} ", Badge::verdict(Verdict::Poor).icon) }</span>{ text.clone() }<span class="visually-hidden">{ format!(" (poor: {why})") }</span></span>
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

/// The "Show more" button under a long list: draws `step` more rows per click; nothing when all
/// rows are drawn.
pub fn show_more(shown: &UseStateHandle<usize>, total: usize, step: usize) -> Html {
    if total <= **shown {
        return html! {};
    }
    let handle = shown.clone();
    let onclick = Callback::from(move |_| handle.set(*handle + step));
    html! { <button class="more" {onclick}>{ format!("Show more ({} not shown)", total - **shown) }</button> }
}

/// Goes to a route by setting the URL fragment (adds a history entry).
pub fn go(route: &Route) {
    let _ = gloo::utils::window().location().set_hash(&route.to_fragment());
}

/// Goes to a route without a new history entry (keyboard moves in the tree).
pub fn replace(route: &Route) {
    if let Ok(history) = gloo::utils::window().history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&route.to_fragment()));
    }
}

/// The current URL fragment.
pub fn current_fragment() -> String {
    gloo::utils::window().location().hash().unwrap_or_default()
}
