//! Chart data and drawing (to be written).
