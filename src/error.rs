//! The library's one error type.
//!
//! [`Error`] wraps an [`ErrorKind`]; the kinds say what went wrong and, in
//! their documentation, what the user should do next. Lexicon problems are
//! collected, not thrown one at a time: a bad lexicon file produces a single
//! [`ErrorKind::Lexicon`] carrying every [`LexiconProblem`] with its
//! `file:line`, so a user fixes them all in one pass.

use std::fmt;
use std::path::PathBuf;

/// An error from loading a lexicon, reading postings or writing results.
#[derive(Debug, thiserror::Error)]
#[error(transparent)]
pub struct Error {
    kind: ErrorKind,
}

/// What went wrong.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A lexicon file failed validation. Every problem found is listed; fix
    /// them all and run `rolescan lexicon check FILE` again.
    #[error("{}", render_problems(.0))]
    Lexicon(Vec<LexiconProblem>),
    /// The lexicon's terms could not be compiled into an automaton. This is
    /// unexpected for a lexicon that passed validation; please report it.
    #[error("could not build the term automaton: {0}")]
    Automaton(String),
    /// A file or stream could not be read or written. The path names it; check
    /// that it exists and that you have permission.
    #[error("{}: {err}", path.display())]
    Io {
        /// The file involved, if there was one (`-` for stdin/stdout).
        path: PathBuf,
        /// The underlying error.
        err: std::io::Error,
    },
    /// A CSV input or output failed.
    #[error("{}: {err}", path.display())]
    Csv {
        /// The file involved.
        path: PathBuf,
        /// The underlying error.
        err: csv::Error,
    },
    /// A user-supplied setting is invalid; the message names the setting and
    /// the fix.
    #[error("{0}")]
    Config(String),
}

fn render_problems(problems: &[LexiconProblem]) -> String {
    let n = problems.len();
    let mut out = format!("lexicon has {n} problem{}:", if n == 1 { "" } else { "s" });
    for p in problems {
        out.push('\n');
        out.push_str(&p.to_string());
    }
    out
}

/// One problem in a lexicon file, with its position and the fix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LexiconProblem {
    /// The lexicon file (or `<default>` for the built-in lexicon).
    pub file: String,
    /// 1-based line number; 0 when the problem concerns the whole file.
    pub line: usize,
    /// The text of the offending line or entry, trimmed.
    pub entry: String,
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub fix: String,
}

impl fmt::Display for LexiconProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line > 0 {
            write!(f, "{}:{}: {}", self.file, self.line, self.message)?;
        } else {
            write!(f, "{}: {}", self.file, self.message)?;
        }
        if !self.entry.is_empty() {
            write!(f, "\n    | {}", self.entry)?;
        }
        write!(f, "\n    = fix: {}", self.fix)
    }
}

impl Error {
    /// The kind of error.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }

    /// The lexicon problems, if this is a lexicon validation error.
    pub fn lexicon_problems(&self) -> &[LexiconProblem] {
        match &self.kind {
            ErrorKind::Lexicon(problems) => problems,
            _ => &[],
        }
    }

    /// The I/O error underneath, if any (also inside CSV errors), so callers
    /// can tell a broken pipe from a real failure.
    pub fn io_error(&self) -> Option<&std::io::Error> {
        match &self.kind {
            ErrorKind::Io { err, .. } => Some(err),
            ErrorKind::Csv { err, .. } => match err.kind() {
                csv::ErrorKind::Io(err) => Some(err),
                _ => None,
            },
            _ => None,
        }
    }

    pub(crate) fn io(path: impl Into<PathBuf>, err: std::io::Error) -> Error {
        Error {
            kind: ErrorKind::Io {
                path: path.into(),
                err,
            },
        }
    }

    pub(crate) fn csv(path: impl Into<PathBuf>, err: csv::Error) -> Error {
        Error {
            kind: ErrorKind::Csv {
                path: path.into(),
                err,
            },
        }
    }

    pub(crate) fn config(message: impl Into<String>) -> Error {
        Error {
            kind: ErrorKind::Config(message.into()),
        }
    }
}

impl From<ErrorKind> for Error {
    fn from(kind: ErrorKind) -> Error {
        Error { kind }
    }
}

/// A shorthand for results with the library's [`Error`].
pub type Result<T> = std::result::Result<T, Error>;
