//! Numbers, percentages, dates and times the way the current language writes them, through
//! one [`LocaleFormat`]: [`NativeFormat`] here (the command line and the native tests; times in
//! UTC), the browser's `Intl` in the page (times in the user's zone), set with [`set_format`].
//! Numbers have at most the given decimals and no trailing zeros, as the page always wrote them.

use super::lang::{current, Lang};
use std::cell::RefCell;
use std::rc::Rc;

/// How a locale writes numbers and instants. `epoch_ms` is milliseconds since 1970 UTC.
pub trait LocaleFormat {
    /// `value` with at most `places` decimals, trailing zeros dropped, digits grouped.
    fn number(&self, lang: Lang, value: f64, places: usize) -> String;
    /// The calendar date, in the locale's order, with four-digit years and two-digit days.
    fn date(&self, lang: Lang, epoch_ms: i64) -> String;
    /// The time of day, 24-hour, with seconds.
    fn time(&self, lang: Lang, epoch_ms: i64) -> String;
}

/// The civil date of a day count since 1970-01-01 (Howard Hinnant's `civil_from_days`).
pub fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// The locales' rules written out (CLDR's, as `Intl` applies them), with times in UTC.
/// English keeps the page's unambiguous ISO date (`2026-03-04`); Brazil writes `04/03/2026`,
/// Russia `04.03.2026`, China `2026/03/04`. Decimal comma in pt-BR and ru; groups of three
/// with `,` (en, zh-CN), `.` (pt-BR) and a no-break space (ru, `1 234,5`).
#[derive(Clone, Copy, Debug, Default)]
pub struct NativeFormat;

impl LocaleFormat for NativeFormat {
    fn number(&self, lang: Lang, value: f64, places: usize) -> String {
        if !value.is_finite() {
            return "?".into();
        }
        let (decimal, group) = match lang {
            Lang::En | Lang::ZhCn => ('.', ","),
            Lang::PtBr => (',', "."),
            Lang::Ru => (',', "\u{a0}"),
        };
        let text = format!("{:.places$}", value.abs());
        let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
        let frac = frac.trim_end_matches('0');
        let mut out = String::new();
        let negative = value < 0.0 && (int.bytes().any(|b| b != b'0') || !frac.is_empty());
        if negative {
            out.push('-');
        }
        for (i, c) in int.chars().enumerate() {
            if i > 0 && (int.len() - i) % 3 == 0 {
                out.push_str(group);
            }
            out.push(c);
        }
        if !frac.is_empty() {
            out.push(decimal);
            out.push_str(frac);
        }
        out
    }

    fn date(&self, lang: Lang, epoch_ms: i64) -> String {
        let (y, m, d) = civil_from_days(epoch_ms.div_euclid(86_400_000));
        match lang {
            Lang::En => format!("{y:04}-{m:02}-{d:02}"),
            Lang::PtBr => format!("{d:02}/{m:02}/{y:04}"),
            Lang::Ru => format!("{d:02}.{m:02}.{y:04}"),
            Lang::ZhCn => format!("{y:04}/{m:02}/{d:02}"),
        }
    }

    fn time(&self, _: Lang, epoch_ms: i64) -> String {
        let s = epoch_ms.rem_euclid(86_400_000) / 1000;
        format!("{:02}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
    }
}

thread_local! {
    static FORMAT: RefCell<Rc<dyn LocaleFormat>> = RefCell::new(Rc::new(NativeFormat));
}

/// Replaces this thread's formatter (the page installs the browser's `Intl`).
pub fn set_format(format: Rc<dyn LocaleFormat>) {
    FORMAT.with(|f| *f.borrow_mut() = format);
}

/// Runs `f` with this thread's formatter.
pub fn with_format<R>(f: impl FnOnce(&dyn LocaleFormat) -> R) -> R {
    let format = FORMAT.with(|f| f.borrow().clone());
    f(&*format)
}

/// A number in the current language, at most `places` decimals: `12,4` in pt-BR.
pub fn num(value: f64, places: usize) -> String {
    with_format(|f| f.number(current(), value, places))
}

/// A number with exactly `places` decimals (trailing zeros kept): `2.0 MB`, `2,0 MB`.
pub fn fixed(value: f64, places: usize) -> String {
    let text = format!("{value:.places$}");
    let Some((int, frac)) = text.split_once('.') else { return num(value, 0) };
    let negative = int.starts_with('-');
    let whole = num(int.trim_start_matches('-').parse::<f64>().unwrap_or(0.0), 0);
    // The locale's decimal mark, as its formatter writes one half.
    let mark = num(0.5, 1).chars().nth(1).unwrap_or('.');
    format!("{}{whole}{mark}{frac}", if negative { "-" } else { "" })
}

/// A percentage of 0–100 with at most `places` decimals: `12.4 %`, `12,4 %`, `12.4%` in zh-CN.
pub fn percent(value: f64, places: usize) -> String {
    let n = num(value, places);
    match current() {
        Lang::ZhCn => format!("{n}%"),
        _ => format!("{n} %"),
    }
}

/// A date in the current language.
pub fn date(epoch_ms: i64) -> String {
    with_format(|f| f.date(current(), epoch_ms))
}

/// A time of day in the current language.
pub fn time(epoch_ms: i64) -> String {
    with_format(|f| f.time(current(), epoch_ms))
}

/// Date and time: `2026-03-04 10:02:05`, `04.03.2026 10:02:05`.
pub fn date_time(epoch_ms: i64) -> String {
    with_format(|f| format!("{} {}", f.date(current(), epoch_ms), f.time(current(), epoch_ms)))
}

#[cfg(test)]
mod tests {
    use super::*;

    const T: i64 = 1_772_618_525_000; // 2026-03-04T10:02:05Z

    #[test]
    fn numbers_follow_each_locale() {
        let f = NativeFormat;
        let cases = [
            (Lang::En, "1,234.5", "0.12", "-3", "12"),
            (Lang::PtBr, "1.234,5", "0,12", "-3", "12"),
            (Lang::Ru, "1\u{a0}234,5", "0,12", "-3", "12"),
            (Lang::ZhCn, "1,234.5", "0.12", "-3", "12"),
        ];
        for (lang, thousands, small, negative, whole) in cases {
            assert_eq!(f.number(lang, 1234.5, 1), thousands, "{lang:?}");
            assert_eq!(f.number(lang, 0.123, 2), small, "{lang:?}");
            assert_eq!(f.number(lang, -3.0, 2), negative, "{lang:?}");
            assert_eq!(f.number(lang, 12.004, 2), whole, "{lang:?}");
        }
        assert_eq!(f.number(Lang::Ru, 1_234_567.0, 0), "1\u{a0}234\u{a0}567");
        assert_eq!(f.number(Lang::En, 999.0, 0), "999");
        assert_eq!(f.number(Lang::En, -0.001, 1), "0");
        assert_eq!(f.number(Lang::En, f64::NAN, 1), "?");
    }

    #[test]
    fn dates_and_times_follow_each_locale() {
        let f = NativeFormat;
        assert_eq!(f.date(Lang::En, T), "2026-03-04");
        assert_eq!(f.date(Lang::PtBr, T), "04/03/2026");
        assert_eq!(f.date(Lang::Ru, T), "04.03.2026");
        assert_eq!(f.date(Lang::ZhCn, T), "2026/03/04");
        for lang in Lang::ALL {
            assert_eq!(f.time(lang, T + 12 * 3_600_000), "22:02:05", "24-hour in {lang:?}");
        }
    }

    #[test]
    fn the_current_language_picks_the_rules() {
        crate::i18n::set_current(Lang::Ru);
        assert_eq!((percent(12.44, 1), date_time(T)), ("12,4 %".to_string(), "04.03.2026 10:02:05".to_string()));
        assert_eq!((fixed(2.0, 1), fixed(1234.56, 1)), ("2,0".to_string(), "1\u{a0}234,6".to_string()));
        crate::i18n::set_current(Lang::ZhCn);
        assert_eq!(percent(12.44, 1), "12.4%");
        crate::i18n::set_current(Lang::En);
        assert_eq!(percent(12.44, 1), "12.4 %");
    }
}
