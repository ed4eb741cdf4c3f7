//! The browser behind the page: numbers, dates and times through its `Intl`, times in the
//! user's time zone or UTC (the header's switch; date inputs read in the user's zone), the language it prefers and the one in the URL, the
//! page's clock, navigation through the URL fragment, the clipboard, and downloads made in the
//! page (`blob:` URLs: nothing is sent anywhere).

use callrecords::calllogs::shown_time_at;
use callrecords::i18n::{Lang, LocaleFormat};
use callrecords::model::datetime::UtcInstant;
use callrecords::view::header::fragment_query;
use callrecords::view::route::Route;
use std::cell::RefCell;
use std::collections::HashMap;
use wasm_bindgen::JsValue;
use yew::prelude::*;

fn two(n: u32) -> String {
    format!("{n:02}")
}

/// The core's [`LocaleFormat`] over the browser's `Intl` (no code of ours to ship: the rules
/// are the browser's CLDR data), writing instants in UTC (the page shifts them to its zone first). Formatters are made once per
/// language and option set. English dates stay ISO (`2026-03-04`), as the native rules say.
#[derive(Default)]
pub struct IntlFormat {
    numbers: RefCell<HashMap<(Lang, usize), js_sys::Intl::NumberFormat>>,
    /// Numbers already written (a call's findings and verdict reasons repeat the same values
    /// thousands of times, and each trip to `Intl` costs more than the lookup), by language,
    /// places and the value's bits; emptied when it holds [`WRITTEN_MAX`].
    written: RefCell<HashMap<(Lang, usize, u64), String>>,
    dates: RefCell<HashMap<(Lang, bool), js_sys::Intl::DateTimeFormat>>,
}

/// The most numbers [`IntlFormat`] keeps written.
const WRITTEN_MAX: usize = 50_000;

fn options(pairs: &[(&str, JsValue)]) -> js_sys::Object {
    let object = js_sys::Object::new();
    for (key, value) in pairs {
        let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), value);
    }
    object
}

fn locales(lang: Lang) -> js_sys::Array {
    js_sys::Array::of1(&JsValue::from_str(lang.code()))
}

fn call_format(format: &js_sys::Function, value: &JsValue) -> String {
    format.call1(&JsValue::NULL, value).ok().and_then(|v| v.as_string()).unwrap_or_default()
}

impl IntlFormat {
    fn date_part(&self, lang: Lang, epoch_ms: i64, time: bool) -> String {
        let mut dates = self.dates.borrow_mut();
        let format = dates.entry((lang, time)).or_insert_with(|| {
            let two = JsValue::from_str("2-digit");
            let pairs: Vec<(&str, JsValue)> = if time {
                vec![("hour", two.clone()), ("minute", two.clone()), ("second", two), ("hourCycle", "h23".into())]
            } else {
                vec![("year", "numeric".into()), ("month", two.clone()), ("day", two)]
            };
            // Instants come already shifted to the zone the page shows (`offset_at`).
            let mut pairs = pairs;
            pairs.push(("timeZone", "UTC".into()));
            js_sys::Intl::DateTimeFormat::new(&locales(lang), &options(&pairs))
        });
        call_format(&format.format(), &js_sys::Date::new(&JsValue::from_f64(epoch_ms as f64)))
    }
}

impl LocaleFormat for IntlFormat {
    fn number(&self, lang: Lang, value: f64, places: usize) -> String {
        if !value.is_finite() {
            return "?".into();
        }
        let mut numbers = self.numbers.borrow_mut();
        let format = numbers.entry((lang, places)).or_insert_with(|| {
            let pairs = [
                ("minimumFractionDigits", JsValue::from_f64(0.0)),
                ("maximumFractionDigits", JsValue::from_f64(places as f64)),
            ];
            js_sys::Intl::NumberFormat::new(&locales(lang), &options(&pairs))
        });
        // Intl writes "-0" for a negative number that rounds to zero; the native rules write "0".
        // Rounded here as the native rules round it (the decimal text of the binary value:
        // 219 s / 60 = 3.6499… → 3.6), so the page and the command line agree.
        let value: f64 = format!("{value:.places$}").parse().unwrap_or(value);
        let value = if value == 0.0 { 0.0 } else { value };
        let key = (lang, places, value.to_bits());
        if let Some(text) = self.written.borrow().get(&key) {
            return text.clone();
        }
        let text = call_format(&format.format(), &JsValue::from_f64(value));
        let mut written = self.written.borrow_mut();
        if written.len() >= WRITTEN_MAX {
            written.clear();
        }
        written.insert(key, text.clone());
        text
    }

    fn date(&self, lang: Lang, epoch_ms: i64) -> String {
        if lang == Lang::En {
            let d = js_sys::Date::new(&JsValue::from_f64(epoch_ms as f64));
            return format!("{}-{}-{}", d.get_utc_full_year(), two(d.get_utc_month() + 1), two(d.get_utc_date()));
        }
        self.date_part(lang, epoch_ms, false)
    }

    fn time(&self, lang: Lang, epoch_ms: i64) -> String {
        self.date_part(lang, epoch_ms, true)
    }
}

/// The language the page opens in: the URL's `lang=` if it names one of the four, else the
/// browser's first preferred language that is one of them, else English.
pub fn initial_lang() -> Lang {
    let search = gloo::utils::window().location().search().unwrap_or_default();
    let from_url =
        search.trim_start_matches('?').split('&').find_map(|pair| pair.strip_prefix("lang=")).and_then(Lang::parse);
    from_url.unwrap_or_else(|| {
        let languages: Vec<String> =
            gloo::utils::window().navigator().languages().iter().filter_map(|v| v.as_string()).collect();
        Lang::preferred(languages.iter().map(String::as_str))
    })
}

/// Shows `lang` in the URL (`?lang=ru`, the fragment kept, no new history entry), in
/// `<html lang>` and in the window title.
pub fn show_lang(lang: Lang) {
    let location = gloo::utils::window().location();
    let url = format!("?lang={}{}", lang.code(), location.hash().unwrap_or_default());
    if location.search().unwrap_or_default() != format!("?lang={}", lang.code()) {
        if let Ok(history) = gloo::utils::window().history() {
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
        }
    }
    if let Some(root) = gloo::utils::document().document_element() {
        let _ = root.set_attribute("lang", lang.code());
    }
    gloo::utils::document().set_title(&callrecords::t!("app-title"));
}

thread_local! {
    /// Every time on the page in UTC (the header's switch) instead of the browser's zone. Set by
    /// the app on each render from the page state; read by the time formatters below.
    static SHOW_UTC: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Switches every time on the page to UTC, or back to the browser's zone.
pub fn set_show_utc(utc: bool) {
    SHOW_UTC.with(|s| s.set(utc));
}

/// The offset from UTC, in minutes, that the page writes `t` in: the browser zone's offset at
/// that instant (summer time included), or 0 when showing UTC.
pub fn offset_at(t: UtcInstant) -> i32 {
    if SHOW_UTC.with(std::cell::Cell::get) {
        return 0;
    }
    -(js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(t.0 as f64)).get_timezone_offset() as i32)
}

/// The one way the page writes an instant: `2026-03-17 11:03:26 UTC-04:00` (in the language's
/// date order), in the browser's zone with that instant's offset, or `… UTC` when showing UTC.
pub fn local_time(t: UtcInstant) -> String {
    shown_time_at(t, offset_at(t))
}

/// Midnight of a `YYYY-MM-DD` date input, as an instant; `days` later for the end of a range.
/// Date inputs give the viewer's local days, or UTC days while the page shows UTC.
pub fn local_day(text: &str, days: u32) -> Option<UtcInstant> {
    let mut parts = text.split('-').map(|p| p.parse::<u32>().ok());
    let (y, m, d) = (parts.next()??, parts.next()??, parts.next()??);
    let ms = if SHOW_UTC.with(std::cell::Cell::get) {
        js_sys::Date::utc(f64::from(y), f64::from(m) - 1.0) + f64::from(d + days - 1) * 86_400_000.0
    } else {
        js_sys::Date::new_with_year_month_day(y, m as i32 - 1, (d + days) as i32).get_time()
    };
    ms.is_finite().then_some(UtcInstant(ms as i64))
}

/// The `YYYY-MM-DD` a date input shows for a bound [`local_day`] made: the day it starts, or
/// for the `end` of a range the day before.
pub fn day_text(t: UtcInstant, end: bool) -> String {
    let shown = UtcInstant(t.0 + i64::from(offset_at(t)) * 60_000 - if end { 86_400_000 } else { 0 });
    shown.to_iso()[..10].to_string()
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

/// `10:02:05`, the clock part of [`local_time`] (in the same zone).
pub fn local_clock(t: UtcInstant) -> String {
    callrecords::i18n::time(t.0 + i64::from(offset_at(t)) * 60_000)
}

/// What the page's times are in, for headings: "local time" or "UTC" (each time carries
/// its own offset, so no heading states one).
pub fn zone_name() -> String {
    if SHOW_UTC.with(std::cell::Cell::get) {
        callrecords::t!("zone-utc")
    } else {
        callrecords::t!("zone-local")
    }
}

/// Gives the event loop a turn: the browser paints, and handles input, before the work goes on
/// (a load's next slice, a call's next chart, its texts).
pub async fn yield_now() {
    gloo::timers::future::TimeoutFuture::new(0).await;
}

/// Milliseconds from the page's clock (for timing parses).
pub fn now_ms() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map(|p| p.now()).unwrap_or_else(js_sys::Date::now)
}

/// The fragment for `route` with the page's settings (the rule set) that the URL holds now.
fn with_settings(route: &Route) -> String {
    let fragment = current_fragment();
    match fragment_query(&fragment) {
        "" => route.to_fragment(),
        query => format!("{}?{query}", route.to_fragment()),
    }
}

/// Goes to a route by setting the URL fragment (adds a history entry); the settings stay.
pub fn go(route: &Route) {
    let _ = gloo::utils::window().location().set_hash(&with_settings(route));
}

/// Goes to a route without a new history entry (keyboard moves in the tree).
pub fn replace(route: &Route) {
    replace_fragment(&with_settings(route));
}

/// Replaces the whole fragment without a history entry (and without a `hashchange`).
pub fn replace_fragment(fragment: &str) {
    if let Ok(history) = gloo::utils::window().history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(fragment));
    }
}

/// The URL keeps the rule set (`callrecords::view::header::rules_query`): after the route, replacing what it held.
pub fn keep_rules_in_url(query: &str) {
    let fragment = current_fragment();
    let route = fragment.split('?').next().unwrap_or_default();
    let route = if route.is_empty() { Route::Calls.to_fragment() } else { route.to_string() };
    let wanted = if query.is_empty() { route } else { format!("{route}?{query}") };
    if wanted != fragment && !(fragment.is_empty() && query.is_empty()) {
        replace_fragment(&wanted);
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

/// Moves the keyboard focus to the heading of the view on screen (`[data-view-heading]`), or to
/// `<main>` when the view has none; after the view has rendered.
pub fn focus_view_heading() {
    gloo::timers::callback::Timeout::new(0, || {
        use wasm_bindgen::JsCast;
        let document = gloo::utils::document();
        let target = document
            .query_selector("main [data-view-heading]")
            .ok()
            .flatten()
            .or_else(|| document.query_selector("main").ok().flatten());
        if let Some(element) = target.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = element.focus();
        }
    })
    .forget();
}

/// Where the tree and the detail panel stack (one column; static/app.css says the same width).
const STACKED: &str = "(max-width: 1000px)";

/// After a tap in the tree on a narrow screen, where the detail panel is below the tree (often
/// a screen or more away), scrolls the panel into view once it shows the new node.
pub fn reveal_detail_when_stacked() {
    let stacked = gloo::utils::window().match_media(STACKED).ok().flatten().is_some_and(|q| q.matches());
    if stacked {
        gloo::timers::callback::Timeout::new(0, || {
            if let Some(detail) = gloo::utils::document().query_selector("[data-testid=detail]").ok().flatten() {
                detail.scroll_into_view();
            }
        })
        .forget();
    }
}

/// Before printing: opens what is folded away (findings beyond the first few, the charts), so
/// the paper holds all of it.
pub fn open_folded_for_print() {
    use wasm_bindgen::JsCast;
    if let Ok(list) = gloo::utils::document().query_selector_all(
        "details.finding-more, details.detail-section.folded, details.explain-more, .charts > details",
    ) {
        for i in 0..list.length() {
            if let Some(details) = list.item(i).and_then(|n| n.dyn_into::<web_sys::HtmlDetailsElement>().ok()) {
                details.set_open(true);
            }
        }
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

/// Saves the bytes `parts` (`Uint8Array`s, in order) as a file called `name` of type `mime`:
/// the file is never one string (a JavaScript string holds at most about 512 M characters).
pub fn save_parts(name: &str, mime: &str, parts: &js_sys::Array) -> Result<(), String> {
    let bag = web_sys::BlobPropertyBag::new();
    bag.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(parts, &bag).map_err(|e| js_error(&e))?;
    download(&blob, name);
    Ok(())
}

/// What a JavaScript exception says.
fn js_error(e: &wasm_bindgen::JsValue) -> String {
    js_sys::Error::from(e.clone()).message().into()
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
