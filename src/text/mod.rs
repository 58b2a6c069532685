//! Text handling shared by lexicon terms and postings.
//!
//! Terms and postings go through the same [`normalize`](normalize::normalize_into)
//! function, so whatever folding applies to one applies to the other. The
//! [`words`] module finds UAX #29 word boundaries and counts words in the
//! normalized text; the scanner uses those boundaries to accept or reject
//! automaton matches.

pub mod block;
pub mod normalize;
pub mod words;

pub use normalize::{normalize_counting, normalize_into, Normalized};
pub use words::WordBounds;
