//! The browser behind the page: numbers, dates and times through its `Intl` in the user's
//! time zone (and date inputs read in it), the language it prefers and the one in the URL, the
//! page's clock, navigation through the URL fragment, the clipboard, and downloads made in the
//! page (`blob:` URLs: nothing is sent anywhere).

use callrecords::i18n::{Lang, LocaleFormat};
use callrecords::model::datetime::UtcInstant;
use callrecords::view::route::Route;
use std::cell::RefCell;
use std::collections::HashMap;
use wasm_bindgen::JsValue;
use yew::prelude::*;

fn two(n: u32) -> String {
    format!("{n:02}")
}

/// The core's [`LocaleFormat`] over the browser's `Intl` (no code of ours to ship: the rules
/// are the browser's CLDR data), in the user's time zone. Formatters are made once per
/// language and option set. English dates stay ISO (`2026-03-04`), as the native rules say.
#[derive(Default)]
pub struct IntlFormat {
    numbers: RefCell<HashMap<(Lang, usize), js_sys::Intl::NumberFormat>>,
    dates: RefCell<HashMap<(Lang, bool), js_sys::Intl::DateTimeFormat>>,
}

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
        call_format(&format.format(), &JsValue::from_f64(value))
    }

    fn date(&self, lang: Lang, epoch_ms: i64) -> String {
        if lang == Lang::En {
            let d = js_sys::Date::new(&JsValue::from_f64(epoch_ms as f64));
            return format!("{}-{}-{}", d.get_full_year(), two(d.get_month() + 1), two(d.get_date()));
        }
        self.date_part(lang, epoch_ms, false)
    }

    fn time(&self, lang: Lang, epoch_ms: i64) -> String {
        self.date_part(lang, epoch_ms, true)
    }
}

/// `2026-03-04 10:02:05` (or the language's date order) in the browser's time zone.
pub fn local_time(t: UtcInstant) -> String {
    callrecords::i18n::date_time(t.0)
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
    callrecords::i18n::time(t.0)
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
