//! How values, limits and lists read in verdict reasons, rule descriptions and summaries:
//! "612 ms", "12.4 %", "1.0" (MOS keeps a decimal), "a, b and c".

use crate::i18n::num;
use crate::model::metrics::{format_value, Unit};

/// A limit in its unit ("500 ms", "10 %", "1.0").
pub fn limit_text(limit: f64, unit: Unit) -> String {
    value_text(limit, unit)
}

/// A value in its unit ("612 ms", "12.4 %", "5.2 fps"); MOS points keep at least one decimal
/// ("1.0", "1.16"), as MOS is written.
pub fn value_text(value: f64, unit: Unit) -> String {
    let text = format_value(Some(value), unit);
    if unit == Unit::Mos && value.fract() == 0.0 {
        crate::i18n::fixed(value, 1)
    } else {
        text
    }
}

/// The value as [`value_text`] writes it, with more decimals when that would read the same as
/// the limit it broke ("jitter 30.5 ms > 30 ms", not "30 ms > 30 ms").
pub fn distinct_value_text(value: f64, limit: f64, unit: Unit) -> String {
    let text = value_text(value, unit);
    if text != limit_text(limit, unit) {
        return text;
    }
    let (shown, limit_display) = (unit.display_value(value), unit.display_value(limit));
    (1..=6)
        .map(|places| (num(shown, places), num(limit_display, places)))
        .find(|(number, limit_number)| number != limit_number)
        .map(|(number, _)| match unit {
            Unit::Ms => crate::t!("unit-ms", value = number),
            Unit::Fps => crate::t!("unit-fps", value = number),
            Unit::Ratio | Unit::Percent => crate::t!("unit-percent", value = number),
            _ if unit.suffix().is_empty() => number,
            _ => format!("{number} {}", unit.suffix()),
        })
        .unwrap_or(text)
}

/// "a", "a and b", "a, b and c" (in the current language: "a, b и c", "a、b和c").
pub fn join_and<S: AsRef<str>>(items: &[S]) -> String {
    join(items, false)
}

/// "a", "a or b", "a, b or c".
pub fn join_or<S: AsRef<str>>(items: &[S]) -> String {
    join(items, true)
}

fn join<S: AsRef<str>>(items: &[S], or: bool) -> String {
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_string(),
        [init @ .., last] => {
            let init: Vec<&str> = init.iter().map(AsRef::as_ref).collect();
            let init = init.join(&crate::t!("list-separator"));
            let last = last.as_ref();
            if or {
                crate::t!("list-or", init = init, last = last)
            } else {
                crate::t!("list-and", init = init, last = last)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_read_with_units() {
        assert_eq!(limit_text(1.0, Unit::Mos), "1.0");
        assert_eq!(limit_text(0.1, Unit::Ratio), "10 %");
        assert_eq!(limit_text(500.0, Unit::Ms), "500 ms");
        assert_eq!(limit_text(7.0, Unit::Fps), "7 fps");
        assert_eq!(distinct_value_text(30.5, 30.0, Unit::Ms), "30.5 ms");
        assert_eq!(join_and(&["a", "b", "c"]), "a, b and c");
        assert_eq!(join_or(&["a".to_string(), "b".to_string()]), "a or b");
        assert_eq!(join_and::<&str>(&[]), "");
    }
}
