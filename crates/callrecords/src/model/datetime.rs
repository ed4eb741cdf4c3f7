//! UTC instants and ISO 8601 durations as Graph writes them.
//!
//! Graph sends `Edm.DateTimeOffset` as RFC 3339 text in UTC with 0 to 7 fractional digits, and
//! uses `0001-01-01T00:00:00Z` to mean "no value". `Edm.Duration` is ISO 8601 (`PT0.016S`).
//! Both are parsed here, by hand rather than through chrono/time plus an ISO-duration crate:
//! the two functions are short, cover Graph's quirks (7 digits, the sentinel, negative
//! durations, offsets other than `Z`) and keep the wasm bundle small.

use super::lenient;
use crate::i18n::{civil_from_days, num};
use crate::t;
use serde::de::{self, Deserializer, Visitor};
use std::fmt;

/// A point in time, milliseconds since 1970-01-01T00:00:00Z.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct UtcInstant(pub i64);

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's `days_from_civil`).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn digits(s: &[u8]) -> Option<i64> {
    if s.is_empty() || !s.iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some(s.iter().fold(0i64, |acc, b| acc * 10 + i64::from(b - b'0')))
}

/// Why a date-time or duration text could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimeError(pub String);

impl fmt::Display for TimeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Parses an RFC 3339 date-time. `Ok(None)` is Graph's "no value" sentinel (year 1).
pub fn parse_datetime(text: &str) -> Result<Option<UtcInstant>, TimeError> {
    let bad =
        || TimeError(format!("invalid date-time \"{text}\": expected ISO 8601 like 2020-02-25T18:52:21.2169889Z"));
    let b = text.trim().as_bytes();
    if b.len() < 19
        || b[4] != b'-'
        || b[7] != b'-'
        || !matches!(b[10], b'T' | b't' | b' ')
        || b[13] != b':'
        || b[16] != b':'
    {
        return Err(bad());
    }
    let (year, month, day) =
        (digits(&b[0..4]).ok_or_else(bad)?, digits(&b[5..7]).ok_or_else(bad)?, digits(&b[8..10]).ok_or_else(bad)?);
    let (hour, minute, second) =
        (digits(&b[11..13]).ok_or_else(bad)?, digits(&b[14..16]).ok_or_else(bad)?, digits(&b[17..19]).ok_or_else(bad)?);
    if !(1..=12).contains(&month)
        || !(1..=days_in_month(year, month)).contains(&day)
        || hour > 23
        || minute > 59
        || second > 60
    {
        return Err(bad());
    }
    let mut rest = &b[19..];
    let mut millis = 0i64;
    if let Some(frac) = rest.strip_prefix(b".") {
        let n = frac.iter().take_while(|c| c.is_ascii_digit()).count();
        if n == 0 {
            return Err(bad());
        }
        let mut scaled = digits(&frac[..n.min(3)]).ok_or_else(bad)?;
        for _ in n.min(3)..3 {
            scaled *= 10;
        }
        millis = scaled;
        rest = &frac[n..];
    }
    let offset_minutes = match rest {
        b"Z" | b"z" | b"" => 0,
        [sign @ (b'+' | b'-'), h1, h2, b':', m1, m2] => {
            let mins = digits(&[*h1, *h2]).ok_or_else(bad)? * 60 + digits(&[*m1, *m2]).ok_or_else(bad)?;
            if *sign == b'+' {
                mins
            } else {
                -mins
            }
        }
        _ => return Err(bad()),
    };
    if year <= 1 {
        return Ok(None);
    }
    let days = days_from_civil(year, month, day);
    let secs = days * 86_400 + hour * 3600 + minute * 60 + second - offset_minutes * 60;
    Ok(Some(UtcInstant(secs * 1000 + millis)))
}

/// Parses an ISO 8601 duration (`[-]P[nW][nD][T[nH][nM][n[.f]S]]`) into milliseconds.
/// Years and months are refused: their length is not fixed, and Graph never sends them.
pub fn parse_duration_ms(text: &str) -> Result<f64, TimeError> {
    let bad = || TimeError(format!("invalid duration \"{text}\": expected ISO 8601 like PT0.016S"));
    let t = text.trim();
    let (negative, t) = match t.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let t = t.strip_prefix(['P', 'p']).ok_or_else(bad)?;
    let mut in_time = false;
    let mut total = 0.0f64;
    let mut number = String::new();
    let mut any = false;
    for c in t.chars() {
        match c {
            'T' | 't' if !in_time && number.is_empty() => in_time = true,
            '0'..='9' | '.' | ',' => number.push(if c == ',' { '.' } else { c }),
            unit => {
                let value: f64 = number.parse().map_err(|_| bad())?;
                let scale = match (in_time, unit.to_ascii_uppercase()) {
                    (false, 'W') => 604_800_000.0,
                    (false, 'D') => 86_400_000.0,
                    (true, 'H') => 3_600_000.0,
                    (true, 'M') => 60_000.0,
                    (true, 'S') => 1000.0,
                    _ => return Err(bad()),
                };
                total += value * scale;
                number.clear();
                any = true;
            }
        }
    }
    if !any || !number.is_empty() {
        return Err(bad());
    }
    Ok(if negative { -total } else { total })
}

impl UtcInstant {
    /// `YYYY-MM-DDTHH:MM:SS.mmmZ`, always UTC.
    pub fn to_iso(self) -> String {
        let days = self.0.div_euclid(86_400_000);
        let ms_of_day = self.0.rem_euclid(86_400_000);
        let (y, m, d) = civil_from_days(days);
        let (h, min, s, ms) = (ms_of_day / 3_600_000, ms_of_day / 60_000 % 60, ms_of_day / 1000 % 60, ms_of_day % 1000);
        format!("{y:04}-{m:02}-{d:02}T{h:02}:{min:02}:{s:02}.{ms:03}Z")
    }
}

impl serde::Serialize for UtcInstant {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_iso())
    }
}

/// Writes a duration in milliseconds back as Graph sends it: an ISO 8601 duration (`PT0.016S`);
/// `None` as `null`.
pub fn ser_duration_ms<S: serde::Serializer>(ms: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match ms {
        Some(ms) if ms.is_finite() => s.serialize_str(&format!("PT{}S", trim_number(ms / 1000.0, 6))),
        _ => s.serialize_none(),
    }
}

/// A duration in milliseconds as a human reads it: `16 ms`, `1.2 s`, `47 min 3 s`, `2 h 5 min`.
pub fn format_duration_ms(ms: f64) -> String {
    if !ms.is_finite() {
        return "?".into();
    }
    let sign = if ms < 0.0 { "-" } else { "" };
    let ms = ms.abs();
    if ms < 1000.0 {
        return format!("{sign}{}", t!("unit-ms", value = num(ms, 1)));
    }
    if ms < 60_000.0 {
        return format!("{sign}{}", t!("duration-s", s = num(ms / 1000.0, 1)));
    }
    let total_s = (ms / 1000.0).round() as i64;
    let (h, m, s) = (total_s / 3600, total_s / 60 % 60, total_s % 60);
    let text = match (h, s) {
        (0, 0) => t!("duration-min", m = m),
        (0, _) => t!("duration-min-s", m = m, s = s),
        (_, _) if m == 0 => t!("duration-h", h = h),
        _ => t!("duration-h-min", h = h, m = m),
    };
    format!("{sign}{text}")
}

/// A number with at most `places` decimals and no trailing zeros: 7.0 → "7", 12.40 → "12.4".
pub fn trim_number(value: f64, places: usize) -> String {
    let s = format!("{value:.places$}");
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

/// Reads an optional text value with `parse`; a value that is not readable (bad text, or a
/// number, object or array where text belongs) is noted (see [`crate::model::lenient`]) and read
/// as not reported, so the record around it still loads.
struct TextVisitor<F>(F, &'static str);

impl<'de, T, F: Fn(&str) -> Result<Option<T>, TimeError>> Visitor<'de> for TextVisitor<F> {
    type Value = Option<T>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.1)
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok((self.0)(v).unwrap_or_else(|_| {
            lenient::unreadable_text(v, self.1);
            None
        }))
    }
    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
        lenient::unreadable_text(&v.to_string(), self.1);
        Ok(None)
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        lenient::unreadable_number(v.to_string(), self.1);
        Ok(None)
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        lenient::unreadable_number(v.to_string(), self.1);
        Ok(None)
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
        lenient::unreadable_number(serde_json::to_string(&v).unwrap_or_default(), self.1);
        Ok(None)
    }
    fn visit_map<A: de::MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        lenient::skip_unreadable(de::value::MapAccessDeserializer::new(map), self.1)
    }
    fn visit_seq<A: de::SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        lenient::skip_unreadable(de::value::SeqAccessDeserializer::new(seq), self.1)
    }
}

/// Days in `month` (1–12) of `year`, by the Gregorian calendar.
fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// serde `deserialize_with` for an optional date-time (null, absent and the sentinel → `None`;
/// an unreadable one is noted and `None`).
pub fn de_instant<'de, D: Deserializer<'de>>(d: D) -> Result<Option<UtcInstant>, D::Error> {
    d.deserialize_option(TextVisitor(parse_datetime, "an ISO 8601 date and time such as 2026-03-17T10:00:00Z"))
}

/// serde `deserialize_with` for an optional ISO duration, in milliseconds (an unreadable one is
/// noted and `None`).
pub fn de_duration_ms<'de, D: Deserializer<'de>>(d: D) -> Result<Option<f64>, D::Error> {
    fn some_duration(text: &str) -> Result<Option<f64>, TimeError> {
        parse_duration_ms(text).map(Some)
    }
    d.deserialize_option(TextVisitor(some_duration, "an ISO 8601 duration such as PT0.03S"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datetimes_with_zero_to_seven_fraction_digits() {
        assert_eq!(parse_datetime("1970-01-01T00:00:00Z").unwrap(), Some(UtcInstant(0)));
        assert_eq!(parse_datetime("2023-09-25T09:28:38Z").unwrap(), Some(UtcInstant(1_695_634_118_000)));
        assert_eq!(parse_datetime("2019-11-01T00:00:25.105Z").unwrap(), Some(UtcInstant(1_572_566_425_105)));
        // 7 digits: truncated to the millisecond.
        assert_eq!(parse_datetime("2020-02-25T18:52:21.2169889Z").unwrap(), Some(UtcInstant(1_582_656_741_216)));
        assert_eq!(parse_datetime("2020-02-25T18:52:21.2Z").unwrap(), Some(UtcInstant(1_582_656_741_200)));
        // .NET SDK output carries explicit offsets.
        assert_eq!(
            parse_datetime("2023-02-28T00:00:00.000+00:00").unwrap(),
            parse_datetime("2023-02-28T00:00:00Z").unwrap()
        );
        assert_eq!(
            parse_datetime("2023-02-28T02:00:00+02:00").unwrap(),
            parse_datetime("2023-02-28T00:00:00Z").unwrap()
        );
    }

    #[test]
    fn sentinel_is_none_and_garbage_is_an_error() {
        assert_eq!(parse_datetime("0001-01-01T00:00:00Z").unwrap(), None);
        for bad in [
            "",
            "yesterday",
            "2020-13-01T00:00:00Z",
            "2020-02-25 18:52",
            "2020-02-25T18:52:21.Z",
            "2020-02-25T18:52:21Zjunk",
            "2026-02-30T10:00:00Z",
            "2025-02-29T10:00:00Z",
            "2026-04-31T10:00:00Z",
        ] {
            assert!(parse_datetime(bad).is_err(), "{bad} should be refused");
        }
    }

    #[test]
    fn iso_round_trip() {
        for text in [
            "2020-02-25T18:52:21.216Z",
            "1999-12-31T23:59:59.999Z",
            "2024-02-29T12:00:00.000Z",
            "1960-06-01T01:02:03.004Z",
        ] {
            assert_eq!(parse_datetime(text).unwrap().unwrap().to_iso(), text);
        }
    }

    #[test]
    fn durations() {
        assert_eq!(parse_duration_ms("PT0.016S").unwrap(), 16.0);
        assert_eq!(parse_duration_ms("PT1S").unwrap(), 1000.0);
        assert_eq!(parse_duration_ms("PT2M2.0456729S").unwrap(), 122_045.672_9);
        assert_eq!(parse_duration_ms("-PT3M16.9219793S").unwrap(), -196_921.979_3);
        assert_eq!(parse_duration_ms("P1DT1H").unwrap(), 90_000_000.0);
        assert_eq!(parse_duration_ms("PT0S").unwrap(), 0.0);
        for bad in ["", "P", "PT", "16ms", "PT1.5", "P1Y", "PT1X", "0.016"] {
            assert!(parse_duration_ms(bad).is_err(), "{bad} should be refused");
        }
    }

    #[test]
    fn formats() {
        assert_eq!(format_duration_ms(16.0), "16 ms");
        assert_eq!(format_duration_ms(1234.0), "1.2 s");
        assert_eq!(format_duration_ms(47.0 * 60_000.0 + 3000.0), "47 min 3 s");
        assert_eq!(format_duration_ms(2.0 * 3_600_000.0 + 5.0 * 60_000.0), "2 h 5 min");
        assert_eq!(trim_number(12.40, 2), "12.4");
        assert_eq!(trim_number(7.0, 1), "7");
    }
}
