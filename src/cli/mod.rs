//! The command line: flags ([`args`]) and the commands they run.

pub mod args;
pub mod eval;
pub mod lexicon;
pub mod score;
