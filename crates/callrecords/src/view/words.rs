//! Small helpers for the words the page writes: counted nouns ("1 stream", "3 streams") and a
//! capital first letter for a label used as a heading ("Group call").

/// "1 stream", "3 streams".
pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The text with its first letter in upper case: "group call" → "Group call".
pub fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// How a sortable column's header shows the sort: its `aria-sort` value and its arrow. `None`
/// for a column the table is not sorted by, else whether the sort is descending.
pub fn sort_marks(descending: Option<bool>) -> (Option<&'static str>, &'static str) {
    match descending {
        Some(true) => (Some("descending"), "▼"),
        Some(false) => (Some("ascending"), "▲"),
        None => (None, ""),
    }
}
