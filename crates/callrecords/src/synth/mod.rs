//! Test data (feature `synth`; never in the page): realistic synthetic exports.

pub mod bench;
mod generate;

pub use generate::*;
