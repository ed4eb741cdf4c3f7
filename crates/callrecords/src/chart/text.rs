//! Text alternatives: every chart can be read as a table with a one-sentence summary, for
//! screen readers (render it as a `<table>` with a `<caption>`, or the summary as the canvas's
//! `aria-label`) and for copying.

/// Clauses, each a whole message, as one sentence: "a; b; c." in English, "a；b；c。" in
/// Chinese.
pub(crate) fn sentence(clauses: &[String]) -> String {
    crate::t!("chart-sentence", clauses = clauses.join(&crate::t!("chart-clause-separator")))
}

/// Rows of a text-alternative table a page renders at most (the scatter over thousands of
/// calls would otherwise put tens of thousands of rows in the page).
pub const SHOWN_ROWS: usize = 2000;

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
    /// Rows past [`SHOWN_ROWS`] counted but not made (the scatter over a big export has a
    /// million points; no page renders their rows).
    pub unmade: usize,
}

impl TextAlternative {
    pub(crate) fn new(caption: String, columns: Vec<String>) -> TextAlternative {
        TextAlternative { caption, columns, ..TextAlternative::default() }
    }

    /// The name of the chart as an image: "<caption>. <summary>".
    pub fn image_label(&self) -> String {
        format!("{}. {}", self.caption, self.summary)
    }

    /// The rows a page renders: the first [`SHOWN_ROWS`].
    pub fn shown_rows(&self) -> &[Vec<String>] {
        &self.rows[..self.rows.len().min(SHOWN_ROWS)]
    }

    /// Under a table cut at [`SHOWN_ROWS`]: "The first 2000 of 4500 rows are shown."
    pub fn cut_note(&self) -> Option<String> {
        let count = self.rows.len() + self.unmade;
        (count > SHOWN_ROWS)
            .then(|| crate::t!("chart-rows-cut", shown = SHOWN_ROWS.to_string(), count = count.to_string(), n = count))
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
