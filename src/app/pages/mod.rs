//! One component per route: the calls ([`Overview`]), one call ([`CallView`]), the PSTN and
//! Direct Routing logs and the beta logs.

mod call;
mod calls;
mod direct_routing;
mod other_logs;
mod pstn;

pub use call::CallView;
pub use calls::Overview;
pub use direct_routing::DirectRoutingView;
pub use other_logs::OtherLogsView;
pub use pstn::PstnView;
