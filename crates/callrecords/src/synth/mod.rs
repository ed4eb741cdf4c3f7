//! Test data (feature `synth`; never in the page): realistic synthetic exports.

pub mod bench;
mod digest;
mod example;
mod generate;
pub mod scaling;

pub use example::example_json;
pub use generate::*;
