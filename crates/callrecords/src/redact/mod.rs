//! Redaction: the loaded model with every personal value replaced by a placeholder that is the
//! same wherever the value occurs ("Person 3", "+1 ••• 0007", "private address 2"), so the story
//! still reads; done on the model, so every view, chart, table, export and summary made from the
//! redacted dataset shows only placeholders. The mapping stays in memory unless asked for.

pub mod category;
pub mod mapping;
pub mod placeholder;
pub mod walk;

pub use category::{Categories, Category, Kind};
pub use mapping::{CategoryReport, Mapping, Sample};
pub use walk::{redact, Redacted, Redacting};
