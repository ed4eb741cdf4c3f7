//! The mapping from original values to placeholders: one placeholder per distinct value of a
//! kind, never the same placeholder for two values (so it can be reversed, with the mapping),
//! counted per category for the preview, and applied to free text (diagnostic excerpts) by
//! looking up the spans between delimiters, not by a scan per value.

use super::category::{Categories, Category, Kind};
use super::placeholder::{key, placeholder};
use serde::Serialize;
// FxHash: hashing every value of a dataset with SipHash was a tenth of redacting it.
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// One value replaced.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Sample {
    pub category: Category,
    pub original: String,
    pub placeholder: String,
}

/// What the preview says about one category.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct CategoryReport {
    /// Distinct values replaced.
    pub values: usize,
    /// Places a value was replaced.
    pub occurrences: usize,
    /// The first few, side by side.
    pub samples: Vec<Sample>,
}

#[derive(Clone, Debug, PartialEq)]
struct Entry {
    kind: Kind,
    original: String,
    placeholder: String,
    occurrences: usize,
}

/// Original value → placeholder, per kind.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Mapping {
    categories: Categories,
    by_key: HashMap<(Kind, String), usize>,
    entries: Vec<Entry>,
    counters: HashMap<Kind, usize>,
    taken: HashSet<String>,
    /// Every original as written and lower-cased → its entry, for [`Mapping::scrub`].
    spans: HashMap<String, usize>,
    longest: usize,
}

/// How many samples of each category the preview shows.
const SAMPLES: usize = 3;

impl Mapping {
    pub fn new(categories: Categories) -> Mapping {
        Mapping { categories, ..Mapping::default() }
    }

    pub fn categories(&self) -> Categories {
        self.categories
    }

    /// Forgets up to `count` of the values held in each of its tables; true once it holds none
    /// (then it is as [`Mapping::new`] made it). For a caller that lets go of a big mapping a
    /// slice at a time (a gigabyte's, freed in one go, took half a second).
    pub fn free_some(&mut self, count: usize) -> bool {
        self.entries.truncate(self.entries.len().saturating_sub(count));
        // `retain` with a count (`extract_if` needs a newer Rust than the crate's MSRV).
        let mut left = [count; 3];
        self.by_key.retain(|_, _| !take_one(&mut left[0]));
        self.taken.retain(|_| !take_one(&mut left[1]));
        self.spans.retain(|_, _| !take_one(&mut left[2]));
        let empty = self.entries.is_empty() && self.by_key.is_empty() && self.taken.is_empty() && self.spans.is_empty();
        if empty {
            *self = Mapping::new(self.categories);
        }
        empty
    }

    /// The placeholder for `original` as a `kind`, made on first sight; `None` when the kind's
    /// category is not being redacted or the value is blank.
    pub fn replace(&mut self, kind: Kind, original: &str) -> Option<String> {
        self.replace_with(kind, original, |n| placeholder(kind, n, original))
    }

    /// As [`Mapping::replace`], with the placeholder made by `make` from the value's number.
    pub fn replace_with(&mut self, kind: Kind, original: &str, make: impl FnOnce(usize) -> String) -> Option<String> {
        if !self.categories.contains(kind.category()) || original.trim().is_empty() {
            return None;
        }
        let k = (kind.namespace(), key(kind, original));
        if let Some(&at) = self.by_key.get(&k) {
            let entry = &mut self.entries[at];
            entry.occurrences += 1;
            let placeholder = entry.placeholder.clone();
            self.note_span(original, at);
            return Some(placeholder);
        }
        let n = self.counters.entry(kind).or_insert(0);
        *n += 1;
        let mut text = make(*n);
        // Two values never share a placeholder (a name replaced inside two device names that
        // differ only in case, say): the mapping stays reversible.
        let mut again = 2;
        while self.taken.contains(&text) {
            text = format!("{} #{again}", text.trim_end_matches(|c: char| c.is_ascii_digit() || c == '#').trim_end());
            again += 1;
        }
        self.taken.insert(text.clone());
        let at = self.entries.len();
        self.entries.push(Entry { kind, original: original.to_string(), placeholder: text.clone(), occurrences: 1 });
        self.by_key.insert(k, at);
        self.note_span(original, at);
        Some(text)
    }

    /// The placeholder already given to `original` as any kind, without counting it.
    pub fn lookup(&self, original: &str) -> Option<&str> {
        let t = original.trim();
        self.spans.get(t).or_else(|| self.spans.get(&t.to_lowercase())).map(|&at| self.entries[at].placeholder.as_str())
    }

    /// What a sentence about the data should say instead of `value` (a user, a number, the
    /// visible digits of a masked number): its placeholder; "•••" for bare digits while numbers
    /// are redacted; `None` to keep it.
    pub fn quoted(&self, value: &str) -> Option<String> {
        if let Some(placeholder) = self.lookup(value) {
            return Some(placeholder.to_string());
        }
        let digits = value.trim().trim_start_matches('+');
        (self.categories.contains(Category::Numbers) && digits.len() >= 3 && digits.chars().all(|c| c.is_ascii_digit()))
            .then(|| "•••".to_string())
    }

    fn note_span(&mut self, original: &str, at: usize) {
        let t = original.trim();
        if t.chars().count() < 2 {
            return;
        }
        self.longest = self.longest.max(t.len());
        self.spans.entry(t.to_string()).or_insert(at);
        if self.entries[at].kind.ignores_case() {
            self.spans.entry(t.to_lowercase()).or_insert(at);
        }
    }

    /// The original behind a placeholder: only whoever holds the mapping can reverse it.
    pub fn original(&self, placeholder: &str) -> Option<&str> {
        self.entries.iter().find(|e| e.placeholder == placeholder).map(|e| e.original.as_str())
    }

    /// Distinct values replaced, in all.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Counts and samples of one category.
    pub fn report(&self, category: Category) -> CategoryReport {
        let mut report = CategoryReport::default();
        for entry in self.entries.iter().filter(|e| e.kind.category() == category) {
            report.values += 1;
            report.occurrences += entry.occurrences;
            if report.samples.len() < SAMPLES {
                report.samples.push(Sample {
                    category,
                    original: entry.original.clone(),
                    placeholder: entry.placeholder.clone(),
                });
            }
        }
        report
    }

    /// `text` with every original value in it replaced by its placeholder. Values are found as
    /// spans between delimiters (quotes, brackets, commas, spaces, `=`…), longest first, so
    /// "Kenji Holloway" inside a JSON excerpt goes whole.
    pub fn scrub(&self, text: &str) -> String {
        if self.spans.is_empty() {
            return text.to_string();
        }
        let bounds: Vec<usize> = std::iter::once(0)
            .chain(text.char_indices().flat_map(
                |(i, c)| {
                    if is_delimiter(c) {
                        vec![i, i + c.len_utf8()]
                    } else {
                        vec![]
                    }
                },
            ))
            .chain(std::iter::once(text.len()))
            .collect();
        let mut out = String::with_capacity(text.len());
        let mut at = 0; // index into bounds
        let mut copied = 0; // bytes of text already in out
        while at < bounds.len() {
            let start = bounds[at];
            let mut found = None;
            // The longest span from `start` ending at a boundary, within the longest original.
            for end_at in (at + 1..bounds.len())
                .take_while(|&e| bounds[e] - start <= self.longest + 1)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
            {
                let span = &text[start..bounds[end_at]];
                let trimmed = span.trim_end_matches(['.', ':']);
                if trimmed.chars().next().is_some_and(is_delimiter) {
                    break;
                }
                if let Some(placeholder) = self.lookup(trimmed).filter(|_| trimmed.len() == trimmed.trim().len()) {
                    found = Some((start + trimmed.len(), placeholder, end_at));
                    break;
                }
            }
            match found {
                Some((end, placeholder, end_at)) if start >= copied => {
                    out.push_str(&text[copied..start]);
                    out.push_str(placeholder);
                    copied = end;
                    at = end_at;
                }
                _ => at += 1,
            }
        }
        out.push_str(&text[copied.min(text.len())..]);
        out
    }

    /// The mapping as JSON, for a user who asks for it: placeholder → original. It holds every
    /// original value; the page only ever offers it behind an explicit choice.
    pub fn to_json(&self) -> String {
        #[derive(Serialize)]
        struct Row<'a> {
            category: Category,
            placeholder: &'a str,
            original: &'a str,
            occurrences: usize,
        }
        let rows: Vec<Row> = self
            .entries
            .iter()
            .map(|e| Row {
                category: e.kind.category(),
                placeholder: &e.placeholder,
                original: &e.original,
                occurrences: e.occurrences,
            })
            .collect();
        serde_json::to_string_pretty(&rows).unwrap_or_default()
    }
}

/// True (and one fewer left) while any are left.
fn take_one(left: &mut usize) -> bool {
    let any = *left > 0;
    *left = left.saturating_sub(1);
    any
}

fn is_delimiter(c: char) -> bool {
    c.is_whitespace() || "\"'()[]{},;=<>|\\".contains(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all() -> Mapping {
        Mapping::new(Categories::all())
    }

    #[test]
    fn a_mapping_freed_a_few_values_at_a_time_ends_as_new() {
        let mut m = all();
        for n in 0..50 {
            m.replace(Kind::Account, &format!("user{n}@contoso.com"));
            m.replace(Kind::Phone, &format!("+1425555{n:04}"));
        }
        assert_eq!(m.report(Category::Names).values, 50);
        let mut calls = 1;
        while !m.free_some(7) {
            calls += 1;
            assert!(calls < 100, "never empty");
        }
        assert!(calls >= 100 / 7, "{calls} calls: more than 7 values went at once");
        assert_eq!(m, all());
    }

    #[test]
    fn one_value_one_placeholder_whatever_its_spelling() {
        let mut m = all();
        let a = m.replace(Kind::Account, "Kenji@Contoso.com").unwrap();
        assert_eq!(m.replace(Kind::Account, "kenji@contoso.com").unwrap(), a);
        assert_ne!(m.replace(Kind::Account, "abbie@contoso.com").unwrap(), a);
        assert_eq!(m.replace(Kind::Phone, "+1 425 555 0100"), m.replace(Kind::Phone, "+14255550100"));
        assert_eq!(
            m.report(Category::Names),
            CategoryReport {
                values: 2,
                occurrences: 3,
                samples: vec![
                    Sample { category: Category::Names, original: "Kenji@Contoso.com".into(), placeholder: a.clone() },
                    Sample {
                        category: Category::Names,
                        original: "abbie@contoso.com".into(),
                        placeholder: "user2@redacted.invalid".into()
                    },
                ],
            }
        );
        assert_eq!(m.original(&a), Some("Kenji@Contoso.com"));
        // One id, one placeholder, whatever it is the id of.
        let id = m.replace(Kind::ParticipantId, "821809f5").unwrap();
        assert_eq!((id.as_str(), m.replace(Kind::UserId, "821809F5").unwrap()), ("participant-id-1", id.clone()));
    }

    #[test]
    fn categories_switched_off_are_kept() {
        let mut m = Mapping::new(Categories::default().with(Category::Numbers));
        assert_eq!(m.replace(Kind::Person, "Kenji Holloway"), None);
        assert!(m.replace(Kind::Phone, "+14255550100").is_some());
        assert_eq!(m.replace(Kind::Phone, "  "), None);
    }

    #[test]
    fn placeholders_never_collide() {
        let mut m = all();
        let a = m.replace_with(Kind::NamedHardware, "kenji's pods", |_| "[Person 1]'s pods".into()).unwrap();
        let b = m.replace_with(Kind::NamedHardware, "KENJI's pods", |_| "[Person 1]'s pods".into()).unwrap();
        assert_ne!(a, b);
        assert_eq!(m.original(&b), Some("KENJI's pods"));
    }

    #[test]
    fn scrub_replaces_whole_values_in_text() {
        let mut m = all();
        m.replace(Kind::Person, "Kenji Holloway");
        m.replace(Kind::Account, "kenji@contoso.com");
        m.replace(Kind::Ip, "10.0.0.4");
        let excerpt = r#"{"displayName":"Kenji Holloway","upn":"Kenji@contoso.com","ip":"10.0.0.4"} Kenjiro 10.0.0.45"#;
        assert_eq!(
            m.scrub(excerpt),
            r#"{"displayName":"Person 1","upn":"user1@redacted.invalid","ip":"private address 1"} Kenjiro 10.0.0.45"#
        );
        assert_eq!(m.scrub("same user (kenji@contoso.com)."), "same user (user1@redacted.invalid).");
        assert_eq!(all().scrub("nothing mapped"), "nothing mapped");
        assert_eq!(m.quoted("KENJI@contoso.com").as_deref(), Some("user1@redacted.invalid"));
        assert_eq!(m.quoted("1425555").as_deref(), Some("•••"));
        assert_eq!(Mapping::new(Categories::default()).quoted("1425555"), None);
    }
}
