//! Text handling shared by lexicon terms and postings.
//!
//! Terms and postings go through the same [`normalize`](normalize::normalize_into)
//! function, so whatever folding applies to one applies to the other. The
//! [`words`] module finds UAX #29 word boundaries and counts words in the
//! normalized text; the scanner uses those boundaries to accept or reject
//! automaton matches. The normalizer takes ASCII text a block of 64 bytes
//! at a time ([`block`]) and common non-ASCII characters from a table built
//! once from its own exact functions (`chars`).

pub mod block;
mod chars;
pub mod normalize;
pub mod words;

pub use normalize::{normalize_counting, normalize_into, Normalized};
pub use words::WordBounds;
