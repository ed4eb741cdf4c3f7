//! Synthetic call-record exports for benchmarks and tests (to be written).
