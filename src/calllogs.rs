//! PSTN and Direct Routing log views (to be written).
