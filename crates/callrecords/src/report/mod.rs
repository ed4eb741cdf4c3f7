//! The HTML report: one self-contained file of one or more calls (summary, findings, the whole
//! session tree, the detail tables, the charts as inline SVG), for a ticket or a colleague. It
//! runs no script and names no outside address, so it opens offline anywhere and sends nothing.

pub mod html;

pub use html::{html_report, report, ReportOptions, REPORT_CALLS};
