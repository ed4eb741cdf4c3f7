//! The model: call records, identities, enums, times, log rows, the metric catalogue and
//! diagnostics, exactly as Graph sends them once typed.

pub(crate) mod dataset;
pub mod datetime;
pub mod diagnostic;
pub mod enums;
pub mod graph_json;
pub mod identity;
pub mod lenient;
pub mod logs;
pub mod metrics;
mod path;
pub mod record;
pub mod reported;
pub mod text;

pub use dataset::{Copying, Counts, Dataset, SourceReport};
pub use path::NodePath;
pub use reported::Reported;
pub use text::Text;
