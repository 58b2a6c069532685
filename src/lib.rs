//! rolescan scores job postings for four related roles (Project Manager, IT
//! Project Manager, Technical Project Manager, IT Manager) with weighted
//! lexicons, and says why.
//!
//! # Overview
//!
//! * [`Lexicon`]: roles, weighted terms and model parameters, parsed from the
//!   `.lex` format with every problem reported at once.
//! * [`Scanner`]: the lexicon compiled into one Aho-Corasick automaton, with
//!   word-boundary, case and plural rules; counts terms in a posting.
//! * [`Scorer`]: turns term counts into role probabilities and a relevance.
//! * [`source`]: reads postings from text, Markdown, HTML, JSONL and CSV.
//! * [`file_id`]: [`file_id::FileId`], which file a path names (device and
//!   inode), for `-o` paths that are inputs.
//! * [`output`]: writes one CSV row (or JSON line) per posting, with the
//!   conventions spreadsheets need.
//! * [`explain`]: [`Explanation`] shows why one posting scored as it did.
//! * [`pipeline`]: scores a stream of postings in parallel, in input order.
//! * [`shard`]: `--shard K/N`, a deterministic round-robin share of the
//!   postings for job arrays.
//! * [`dataset`], [`metrics`], [`fit`]: labelled postings, accuracy and
//!   calibration metrics, and fitting a lexicon's weights to them.
//! * [`report`]: self-contained HTML pages with charts of a scores file
//!   (read back and summarised in one streamed pass) or of an evaluation.
//! * [`caught`]: panics of third-party readers and writers turned into
//!   error messages.
//! * [`simd`]: the vector engines of the normalizer and the JSON pass, and
//!   the choice between them: the only module with `unsafe` code.
//!
//! # Example
//!
//! ```
//! use rolescan::{Lexicon, Scanner, Scorer, ScanBuffers};
//!
//! let lexicon = Lexicon::builtin();
//! let scanner = Scanner::new(&lexicon).unwrap();
//! let scorer = Scorer::new(&lexicon);
//! let mut buffers = ScanBuffers::default();
//! let text = "As IT Manager you run the service desk, ITIL processes and our network.";
//! let counts = scanner.count(text, &mut buffers);
//! let scores = scorer.score(&counts);
//! assert_eq!(lexicon.roles[scores.top_role.unwrap()].id, "it_manager");
//! assert!((scores.probabilities.iter().sum::<f64>() - 1.0).abs() < 1e-9);
//! ```

#![deny(missing_docs)]
#![deny(unsafe_code)]

pub mod caught;
pub mod cue;
pub mod dataset;
pub mod error;
pub mod explain;
pub mod file_id;
pub mod fit;
pub mod learn;
pub mod lexicon;
pub mod metrics;
pub mod output;
pub mod pipeline;
pub mod report;
pub mod scan;
pub mod score;
pub mod shard;
pub mod simd;
pub mod source;
pub mod text;

pub use error::{Error, ErrorKind, LexiconProblem, Result};
pub use explain::Explanation;
pub use lexicon::{Entry, Lexicon, Model, Role};
pub use scan::{Hit, ScanBuffers, Scanner, TermCounts};
pub use score::{RoleScores, Scorer};
