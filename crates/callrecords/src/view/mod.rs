//! View models: what the page shows, computed natively: the calls overview and one person's
//! calls, the detail tables, the call tree and what its nodes are called, which rows of a long list are drawn, the call page's
//! header, the log pages, the header's tabs, the loading lines, badges, the URL-fragment routes
//! and the page state, where a load lands and what empty views say, and the "How do I get this
//! JSON?" panel.

pub mod badge;
pub mod call;
pub mod detail;
pub mod diagnostics;
pub mod header;
pub mod howto;
pub mod landing;
pub mod loaded;
pub mod logs;
pub mod node_text;
pub mod overview;
pub mod person;
pub mod route;
pub mod share;
pub mod state;
pub mod tree;
pub mod window;
pub mod words;
