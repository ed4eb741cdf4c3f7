//! The browser behind the page: times in the user's time zone (and date inputs read in it),
//! the page's clock, navigation through the URL fragment, the clipboard, and downloads made in
//! the page (`blob:` URLs: nothing is sent anywhere).

use callrecords::model::datetime::UtcInstant;
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

/// Milliseconds from the page's clock (for timing parses).
pub fn now_ms() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map(|p| p.now()).unwrap_or_else(js_sys::Date::now)
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

/// Opens `route` and shows it: the details panel when it is a node of the call on screen,
/// the top of the page for another call.
pub fn open(route: &Route) {
    let same_call = Route::parse(&current_fragment()).same_call(route);
    go(route);
    if same_call {
        if let Some(detail) = gloo::utils::document().query_selector("[data-testid=detail]").ok().flatten() {
            detail.scroll_into_view();
        }
    } else {
        gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Puts `text` on the clipboard with `navigator.clipboard.writeText` (a clipboard write, not a
/// request). `false` where the API is missing (outside a secure context) or the browser refused.
pub async fn copy_text(text: &str) -> bool {
    let navigator = gloo::utils::window().navigator();
    // `navigator.clipboard` is undefined outside secure contexts: calling through it would throw.
    let has_clipboard = js_sys::Reflect::get(&navigator, &wasm_bindgen::JsValue::from_str("clipboard"))
        .is_ok_and(|c| !c.is_undefined() && !c.is_null());
    if !has_clipboard {
        return false;
    }
    wasm_bindgen_futures::JsFuture::from(navigator.clipboard().write_text(text)).await.is_ok()
}

/// Selects the text of `element`, for the user to copy with the keyboard.
pub fn select_text(element: &web_sys::Element) {
    let (Ok(Some(selection)), Ok(range)) =
        (gloo::utils::window().get_selection(), gloo::utils::document().create_range())
    else {
        return;
    };
    if range.select_node_contents(element).is_ok() {
        let _ = selection.remove_all_ranges();
        let _ = selection.add_range(&range);
    }
}

/// Saves `blob` as a file called `name` through a temporary `<a download>` and a `blob:` URL
/// (revoked a little later): nothing is sent anywhere.
pub fn download(blob: &web_sys::Blob, name: &str) {
    use wasm_bindgen::JsCast;
    let Ok(url) = web_sys::Url::create_object_url_with_blob(blob) else { return };
    let document = gloo::utils::document();
    if let Some(a) = document.create_element("a").ok().and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok()) {
        a.set_href(&url);
        a.set_download(name);
        a.set_hidden(true);
        if let Some(body) = document.body() {
            let _ = body.append_child(&a);
        }
        a.click();
        a.remove();
    }
    gloo::timers::callback::Timeout::new(30_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
}

/// Saves `text` as a file called `name` of type `mime`.
pub fn save_text(name: &str, mime: &str, text: &str) {
    let bag = web_sys::BlobPropertyBag::new();
    bag.set_type(mime);
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    if let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &bag) {
        download(&blob, name);
    }
}

/// Today in the browser's time zone, `2026-12-02`, for file names.
pub fn today() -> String {
    let now = js_sys::Date::new_0();
    format!("{}-{}-{}", now.get_full_year(), two(now.get_month() + 1), two(now.get_date()))
}
