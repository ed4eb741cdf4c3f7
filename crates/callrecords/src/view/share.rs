//! The "Redact and export" panel: what the redaction preview shows for the categories the user
//! is choosing (counts and side-by-side samples), the sentence that says what every view and
//! export holds, and what the downloads are called and contain.

use crate::i18n::num;
use crate::model::Dataset;
use crate::redact::{redact, Categories, Category, Mapping, Sample};

/// One line of the preview: a category, whether it is chosen, and what it would replace.
#[derive(Clone, Debug, PartialEq)]
pub struct PreviewRow {
    pub category: Category,
    pub chosen: bool,
    pub values: usize,
    pub occurrences: usize,
    pub samples: Vec<Sample>,
}

/// The preview of redacting `loaded` by `chosen`: one row per category, chosen or not (the
/// counts of a category not chosen say what it would replace).
pub fn preview(loaded: &Dataset, chosen: Categories) -> Vec<PreviewRow> {
    preview_of(&redact(loaded, Categories::all()).mapping, chosen)
}

/// [`preview`] from the mapping of redacting everything (made a slice at a time by a caller:
/// [`crate::redact::Redacting`]).
pub fn preview_of(all: &Mapping, chosen: Categories) -> Vec<PreviewRow> {
    Category::ALL
        .into_iter()
        .map(|category| {
            let report = all.report(category);
            PreviewRow {
                category,
                chosen: chosen.contains(category),
                values: report.values,
                occurrences: report.occurrences,
                samples: report.samples,
            }
        })
        .collect()
}

/// "names, phone numbers": the categories redacted, for a sentence.
fn chosen(redaction: Categories) -> String {
    redaction.iter().map(Category::label).collect::<Vec<_>>().join(&crate::t!("list-separator")).to_lowercase()
}

/// What the page says about redaction, always visible while data is loaded.
pub fn status(redaction: Categories) -> String {
    match redaction.is_empty() {
        true => crate::t!("redaction-off"),
        false => crate::t!("redaction-on", categories = chosen(redaction)),
    }
}

/// What a file made while redacting (or not) says about it.
pub fn file_status(redaction: Categories) -> String {
    match redaction.is_empty() {
        true => crate::t!("file-not-redacted"),
        false => crate::t!("file-redacted", categories = chosen(redaction)),
    }
}

/// A download: its file name, MIME type and content.
#[derive(Clone, Debug, PartialEq)]
pub struct Download {
    pub name: String,
    pub mime: &'static str,
    pub text: String,
}

/// `call-records` or `call-records-redacted`, then the day (`2026-12-02`) and the extension.
pub fn file_name(what: &str, redacted: bool, day: &str, extension: &str) -> String {
    let state = if redacted { "-redacted" } else { "" };
    format!("{what}{state}-{day}.{extension}")
}

/// The name of the data shown (redacted or not) in Graph's own shape
/// ([`JsonWriting`](crate::model::graph_json::JsonWriting)), to open in this viewer again.
pub fn graph_json_name(redaction: Categories, day: &str) -> String {
    file_name("call-records", !redaction.is_empty(), day, "json")
}

/// "Writing streams-2026-12-04.csv: 40 %", while a download is made a slice at a time.
pub fn writing_line(name: &str, done: usize, total: usize) -> String {
    crate::t!("share-writing", name = name, percent = num((100.0 * done as f64 / total.max(1) as f64).floor(), 0))
}

/// The mapping (placeholder → original), only ever offered while redacting, on request.
pub fn mapping(mapping: &Mapping, day: &str) -> Download {
    Download { name: format!("redaction-mapping-{day}.json"), mime: "application/json", text: mapping.to_json() }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::ingest;

    #[test]
    fn the_preview_counts_every_category_and_marks_the_chosen() {
        let record = r#"{"id":"a","version":1,"organizer":{"user":{"id":"u1","displayName":"Kenji Holloway"}},
            "participants":[{"phone":{"id":"+14255550100"}}]}"#;
        let loaded = ingest([("a.json", record.as_bytes())]);
        let rows = preview(&loaded, Categories::default().with(Category::Numbers));
        let names = &rows[0];
        assert_eq!((names.category, names.chosen, names.values), (Category::Names, false, 1));
        assert_eq!(names.samples[0].placeholder, "Person 1");
        let numbers = &rows[1];
        assert_eq!((numbers.category, numbers.chosen, numbers.values), (Category::Numbers, true, 1));
        assert_eq!(rows[2].values, 0, "no addresses");
        assert_eq!(rows[3].values, 1, "one user id");
    }

    #[test]
    fn downloads_say_whether_they_are_redacted() {
        assert_eq!(file_name("call-records", true, "2026-12-02", "json"), "call-records-redacted-2026-12-02.json");
        assert_eq!(graph_json_name(Categories::default(), "d"), "call-records-d.json");
        assert_eq!(writing_line("streams.csv", 2, 5), "Writing streams.csv: 40 %");
        assert!(status(Categories::default()).contains("off"));
        assert!(status(Categories::all()).contains("names, phone numbers"));
        crate::i18n::set_current(crate::i18n::Lang::Ru);
        assert!(
            status(Categories::all()).starts_with("Скрыто (имена, номера телефонов"),
            "{}",
            status(Categories::all())
        );
        crate::i18n::set_current(crate::i18n::Lang::ZhCn);
        assert!(
            file_status(Categories::all()).starts_with("已脱敏（姓名、电话号码"),
            "{}",
            file_status(Categories::all())
        );
        crate::i18n::set_current(crate::i18n::Lang::En);
    }
}
