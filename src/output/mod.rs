//! Writing scored postings.
//!
//! [`csv::CsvSink`] writes one row per posting with a fixed set of columns
//! (role columns follow the lexicon's roles). Output to a file goes through
//! a temporary file in the same folder that is renamed over the target only
//! when everything was written, so an interrupted or failed run never leaves
//! a partial file that looks complete.

pub mod csv;

pub use self::csv::{CsvSink, Row};
