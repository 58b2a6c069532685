//! Integration tests: the `rolescan` binary on fixtures, the sample corpus
//! and (when `../shared` is present) the development postings; the
//! bad-input catalogue; property tests of the library.

mod bad_input;
mod corpus;
mod derive;
mod lexicon;
// Issue 4: explain, output formats, properties.
mod explain;
mod output;
mod properties;
mod score;
mod util;
