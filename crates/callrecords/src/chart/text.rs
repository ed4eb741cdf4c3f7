//! Text alternatives: every chart can be read as a table with a one-sentence summary, for
//! screen readers (render it as a `<table>` with a `<caption>`, or the summary as the canvas's
//! `aria-label`) and for copying.

/// A chart as a table.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TextAlternative {
    /// What the chart shows: "Jitter per stream (CQD current rules)".
    pub caption: String,
    /// One or two sentences with the gist: counts, what is poor, what is not reported.
    pub summary: String,
    pub columns: Vec<String>,
    /// One row per bar, span or point; each as long as `columns`.
    pub rows: Vec<Vec<String>>,
}

impl TextAlternative {
    pub(crate) fn new(caption: String, columns: &[&str]) -> TextAlternative {
        TextAlternative {
            caption,
            columns: columns.iter().map(|c| c.to_string()).collect(),
            ..TextAlternative::default()
        }
    }

    /// Tab-separated text: caption, summary, header, rows.
    pub fn to_plain_text(&self) -> String {
        let mut out = format!("{}\n{}\n{}\n", self.caption, self.summary, self.columns.join("\t"));
        for row in &self.rows {
            out.push_str(&row.join("\t"));
            out.push('\n');
        }
        out
    }
}

/// "1 stream", "3 streams".
pub(crate) fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
