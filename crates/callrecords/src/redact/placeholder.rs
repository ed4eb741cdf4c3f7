//! The placeholder a value becomes: numbered per kind, shaped so the story still reads (a
//! phone keeps its country code, an address says whether it was private or public, a BSSID
//! keeps its vendor prefix), and never a value that could be someone's real one.

use super::category::Kind;
use std::net::IpAddr;

/// The placeholder for the `n`th (from 1) distinct value of `kind`. `NamedHardware` is not
/// numbered: see [`replace_names`].
pub fn placeholder(kind: Kind, n: usize, original: &str) -> String {
    match kind {
        Kind::Person => format!("Person {n}"),
        Kind::Account => format!("user{n}@redacted.invalid"),
        Kind::Device | Kind::NamedHardware => format!("Device {n}"),
        Kind::Phone => phone(n, original),
        Kind::Ip => match original.trim().parse::<IpAddr>() {
            Ok(ip) => format!("{} address {n}", ip_class(ip)),
            Err(_) => format!("address {n}"),
        },
        Kind::Subnet => {
            let (net, prefix) = original.trim().split_once('/').unwrap_or((original.trim(), ""));
            let class = net.parse::<IpAddr>().map(ip_class).unwrap_or("");
            let prefix = if prefix.is_empty() { String::new() } else { format!("/{prefix}") };
            format!("{class} subnet {n}{prefix}").trim_start().to_string()
        }
        Kind::Mac => format!("MAC {n}"),
        Kind::Bssid => match vendor_prefix(original) {
            Some(oui) => format!("{oui}:••:••:•• (BSSID {n})"),
            None => format!("BSSID {n}"),
        },
        Kind::Domain => format!("domain{n}.redacted.invalid"),
        Kind::UserId => format!("user-id-{n}"),
        Kind::TenantId => format!("tenant-id-{n}"),
        Kind::ParticipantId => format!("participant-id-{n}"),
        Kind::UnitId => format!("unit-id-{n}"),
        Kind::ConferenceId => format!("conference-id-{n}"),
        Kind::ResourceId => format!("resource-id-{n}"),
        Kind::JoinUrl => format!("join URL {n}"),
        Kind::Feedback => format!("[feedback text {n}, {} characters]", original.chars().count()),
    }
}

/// The key two spellings of one value share: a phone number's digits (and how many are
/// hidden), a lower-cased address or id, a name as it is.
pub fn key(kind: Kind, original: &str) -> String {
    let trimmed = original.trim();
    match kind {
        Kind::Phone => {
            let digits: String = trimmed.chars().filter(|c| c.is_ascii_digit() || *c == '*').collect();
            if digits.chars().filter(char::is_ascii_digit).count() >= 3 {
                digits
            } else {
                trimmed.to_lowercase()
            }
        }
        _ if kind.ignores_case() => trimmed.to_lowercase(),
        _ => trimmed.to_string(),
    }
}

/// "+1 ••• 0007": the country code (E.164's one-, two- or three-digit codes), then the number's
/// sequence number. Numbers without `+` keep nothing of the original.
fn phone(n: usize, original: &str) -> String {
    let t = original.trim().trim_start_matches("tel:").trim_start_matches("TEL:");
    let digits: String = t.chars().filter(char::is_ascii_digit).collect();
    match t.strip_prefix('+').map(|_| country_code(&digits)).filter(|cc| !cc.is_empty()) {
        Some(cc) => format!("+{cc} ••• {n:04}"),
        None => format!("••• {n:04}"),
    }
}

/// The E.164 country code at the start of `digits` (the ITU's zones: 1 and 7 are one digit; the
/// two-digit codes are listed; the rest are three).
fn country_code(digits: &str) -> &str {
    const TWO: [&str; 44] = [
        "20", "27", "30", "31", "32", "33", "34", "36", "39", "40", "41", "43", "44", "45", "46", "47", "48", "49",
        "51", "52", "53", "54", "55", "56", "57", "58", "60", "61", "62", "63", "64", "65", "66", "81", "82", "84",
        "86", "90", "91", "92", "93", "94", "95", "98",
    ];
    let len = match digits.as_bytes().first() {
        None => 0,
        Some(b'1' | b'7') => 1,
        _ if digits.len() >= 2 && TWO.contains(&&digits[..2]) => 2,
        _ => 3,
    };
    if digits.len() > len + 3 {
        &digits[..len]
    } else {
        ""
    }
}

/// What kind of address, for people: private, public, carrier NAT, link-local, loopback.
fn ip_class(ip: IpAddr) -> &'static str {
    match ip {
        IpAddr::V4(v4) => {
            let [a, b, ..] = v4.octets();
            if v4.is_private() {
                "private"
            } else if a == 100 && (64..128).contains(&b) {
                "carrier-NAT"
            } else if v4.is_link_local() {
                "link-local"
            } else if v4.is_loopback() {
                "loopback"
            } else {
                "public IPv4"
            }
        }
        IpAddr::V6(v6) => {
            let first = v6.segments()[0];
            if first & 0xffc0 == 0xfe80 {
                "link-local IPv6"
            } else if first & 0xfe00 == 0xfc00 {
                "private IPv6"
            } else if v6.is_loopback() {
                "loopback"
            } else {
                "public IPv6"
            }
        }
    }
}

/// The first three octets of a MAC-like text ("a4:b1:c1"), which name the maker, not a person.
fn vendor_prefix(original: &str) -> Option<String> {
    let parts: Vec<&str> = original.trim().split([':', '-']).collect();
    (parts.len() == 6 && parts.iter().all(|p| p.len() == 2 && p.chars().all(|c| c.is_ascii_hexdigit())))
        .then(|| parts[..3].join(":").to_lowercase())
}

/// `text` with every word that is one of `names` (compared without case) replaced by the
/// person's placeholder in brackets: "Kenji's AirPods" → "[Person 3]'s AirPods". `None` when
/// no name occurs.
pub fn replace_names(text: &str, names: &mut dyn FnMut(&str) -> Option<String>) -> Option<String> {
    let mut out = String::with_capacity(text.len());
    let mut word = String::new();
    let mut changed = false;
    let mut flush = |word: &mut String, out: &mut String| {
        if !word.is_empty() {
            match names(&word.to_lowercase()) {
                Some(person) => {
                    out.push('[');
                    out.push_str(&person);
                    out.push(']');
                    changed = true;
                }
                None => out.push_str(word),
            }
            word.clear();
        }
    };
    for c in text.chars() {
        if c.is_alphabetic() {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    changed.then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phones_keep_their_country_code_only() {
        assert_eq!(placeholder(Kind::Phone, 7, "+14255550100"), "+1 ••• 0007");
        assert_eq!(placeholder(Kind::Phone, 2, "+44 20 7946 0958"), "+44 ••• 0002");
        assert_eq!(placeholder(Kind::Phone, 3, "+351912345678"), "+351 ••• 0003");
        assert_eq!(placeholder(Kind::Phone, 4, "+1425555****"), "+1 ••• 0004");
        assert_eq!(placeholder(Kind::Phone, 5, "4255550100"), "••• 0005");
        assert_eq!(key(Kind::Phone, "+1 (425) 555-0100"), key(Kind::Phone, "+14255550100"));
    }

    #[test]
    fn addresses_say_what_they_were() {
        assert_eq!(placeholder(Kind::Ip, 1, "10.0.0.4"), "private address 1");
        assert_eq!(placeholder(Kind::Ip, 2, "52.114.250.1"), "public IPv4 address 2");
        assert_eq!(placeholder(Kind::Ip, 3, "fe80::1c2d"), "link-local IPv6 address 3");
        assert_eq!(placeholder(Kind::Ip, 4, "2001:db8::7"), "public IPv6 address 4");
        assert_eq!(placeholder(Kind::Ip, 5, "not an ip"), "address 5");
        assert_eq!(placeholder(Kind::Subnet, 2, "10.0.0.0"), "private subnet 2");
        assert_eq!(placeholder(Kind::Subnet, 2, "192.168.1.0/24"), "private subnet 2/24");
        assert_eq!(placeholder(Kind::Bssid, 1, "A4-B1-C1-0D-2E-3F"), "a4:b1:c1:••:••:•• (BSSID 1)");
        assert_eq!(placeholder(Kind::Bssid, 1, "zz"), "BSSID 1");
    }

    #[test]
    fn names_inside_device_names_are_replaced_word_by_word() {
        let mut names = |w: &str| (w == "kenji").then(|| "Person 3".to_string());
        assert_eq!(replace_names("Kenji's AirPods Pro", &mut names).as_deref(), Some("[Person 3]'s AirPods Pro"));
        assert_eq!(replace_names("Realtek High Definition Audio", &mut names), None);
        // A name inside a longer word is not a match.
        assert_eq!(replace_names("Kenjiro speakers", &mut names), None);
    }

    #[test]
    fn feedback_keeps_only_its_length() {
        assert_eq!(placeholder(Kind::Feedback, 1, "Kenji could not hear me"), "[feedback text 1, 23 characters]");
    }
}
