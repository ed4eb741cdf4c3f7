//! View models: what the page shows, computed natively: the calls overview, the detail tables,
//! the call tree, the URL-fragment routes and the page state derived from them.

pub mod detail;
pub mod overview;
pub mod route;
pub mod state;
pub mod tree;
