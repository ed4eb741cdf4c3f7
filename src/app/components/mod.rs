//! The pieces the page and its pages are made of, one component per file; `values` and
//! `log_figures` hold the small rendering functions several of them share.

mod call_log_rows;
pub mod charts;
mod command;
mod counts;
mod diagnostics;
mod drop_zone;
mod empty_state;
mod header;
mod howto;
mod howto_button;
mod loader;
pub mod log_figures;
mod log_table;
mod share;
mod tree;
pub mod values;
mod windowed_table;

pub use call_log_rows::CallLogRows;
pub use command::CommandBlock;
pub use counts::Counts;
pub use diagnostics::Diagnostics;
pub use drop_zone::DropZone;
pub use empty_state::EmptyState;
pub use header::Header;
pub use howto::HowtoPanel;
pub use howto_button::HowtoButton;
pub(crate) use loader::{in_slices, until_done};
pub use loader::{judge_again, redact_in_slices, remember as remember_for_loads, Loader};
pub use log_table::LogTableView;
pub use share::SharePanel;
pub use tree::CallTree;
pub use windowed_table::WindowedTable;
