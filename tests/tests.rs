//! Integration tests: the `rolescan` binary on fixtures, the sample corpus
//! and (when `../shared` is present) the development postings.

mod bad_input;
mod corpus;
mod lexicon;
mod score;
mod util;
