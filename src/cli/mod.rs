//! The command line: flags ([`args`]) and the commands they run.

pub mod args;
pub mod eval;
pub mod explain;
pub mod interrupt;
pub mod lexicon;
pub mod progress;
pub mod report;
pub mod score;
