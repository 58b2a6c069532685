//! Integration tests: the `rolescan` binary on fixtures, the sample corpus
//! and the development postings in `../shared` (tests that need them are
//! ignored by default, with a message; `cargo test -- --ignored` runs them,
//! and fails with a message when `../shared` is absent); the bad-input catalogue;
//! explain, output formats (the xlsx workbook, read back, in `xlsx.rs`), eval
//! and fit; `--shard`; dictionary import (`lexicon import`); the report
//! pages, and their rendering in headless Chromium (ignored by default like
//! the tests that need `../shared`; they fail with a message without
//! Chromium); property tests of the library.

mod bad_input;
mod browser;
mod corpus;
mod derive;
mod eval;
mod explain;
mod formats;
mod import;
mod lexicon;
mod output;
mod properties;
mod report;
mod score;
mod shard;
mod util;
mod xlsx;
