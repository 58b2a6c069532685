//! Importing dictionaries made for other tools into the `.lex` format.
//!
//! Two kinds of dictionary are read, each by its own reader:
//!
//! * [`Format::Dic`]: LIWC's `.dic` (a `%`-delimited category table, then
//!   one word per line followed by its category numbers), see `dic.rs`;
//! * [`Format::Table`]: a LIWC-22 style table (`.dicx`, or a `.csv` of the
//!   same shape: a header row naming the term column and then one column
//!   per category, a cell `X` for membership or a number as the weight, a
//!   blank cell for none), see `table.rs`.
//!
//! Both readers turn the text into a `Dictionary` (categories, and
//! entries with their weights and lines); `build.rs` makes the `.lex` text
//! from it, once for both: each category becomes a role, each entry a
//! term weighing its weights for its categories and 1 for relevance, so a
//! posting's relevance grows with its dictionary coverage, as LIWC
//! percentages do. `term.rs` decides what the `.lex` format can express of
//! a dictionary term (a trailing `*` is a suffix wildcard in both), and
//! `decode.rs` turns the file's bytes into text with the `--encoding`
//! machinery postings use.
//!
//! Real dictionaries are large and messy, so an import never fails on one
//! entry: every entry that can be converted is, and each line that cannot
//! (or that is converted with a change: a wildcard dropped, a duplicate
//! merged, a conditional category left out) becomes a [`Notice`] with its
//! `file:line`. Only a file that is not a dictionary at all (no category
//! table in a `.dic`, no header in a table, binary data, nothing
//! importable) is an error. The text of the result always passes
//! [`Lexicon::parse`]: it is parsed before it is returned, and an entry the
//! parser still refuses is dropped with a notice rather than failing the
//! import.

mod build;
mod decode;
mod dic;
mod table;
mod term;

use std::fmt;
use std::path::Path;

use super::Lexicon;
use crate::error::Result;
use crate::source::encoding::Encoding;

/// The kind of dictionary file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// A LIWC `.dic`: a `%`-delimited category table, then words and their
    /// category numbers.
    Dic,
    /// A LIWC-22 style table (`.dicx`, `.csv`): a header row with the term
    /// column and one column per category; cells `X` or a weight.
    Table,
}

impl Format {
    /// The format a file's extension names: `.dic` a LIWC dictionary,
    /// `.dicx`, `.csv` and `.tsv` a table (case-insensitive); `None`
    /// otherwise.
    pub fn from_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "dic" => Some(Format::Dic),
            "dicx" | "csv" | "tsv" => Some(Format::Table),
            _ => None,
        }
    }

    /// The format's name, as `--format` takes it.
    pub fn name(self) -> &'static str {
        match self {
            Format::Dic => "dic",
            Format::Table => "table",
        }
    }
}

/// A line of a dictionary that was not imported, or not as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// The dictionary file.
    pub file: String,
    /// 1-based line (of a table: the line its row starts on); 0 when the
    /// notice concerns the whole file.
    pub line: usize,
    /// What happened and why, naming the term.
    pub message: String,
    /// Whether the line was left out entirely (else it was imported with a
    /// change the message describes).
    pub skipped: bool,
}

impl Notice {
    fn skipped(file: &str, line: usize, message: String) -> Notice {
        Notice {
            file: file.to_string(),
            line,
            message,
            skipped: true,
        }
    }

    fn changed(file: &str, line: usize, message: String) -> Notice {
        Notice {
            skipped: false,
            ..Notice::skipped(file, line, message)
        }
    }
}

impl fmt::Display for Notice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line > 0 {
            write!(f, "{}:{}: {}", self.file, self.line, self.message)
        } else {
            write!(f, "{}: {}", self.file, self.message)
        }
    }
}

/// The result of an import.
#[derive(Debug, Clone)]
pub struct Imported {
    /// The lexicon in `.lex` format.
    pub text: String,
    /// `text`, parsed (it always parses).
    pub lexicon: Lexicon,
    /// The lines not imported, or imported with a change, in line order.
    pub notices: Vec<Notice>,
}

impl Imported {
    /// How many notices are lines left out.
    pub fn skipped(&self) -> usize {
        self.notices.iter().filter(|n| n.skipped).count()
    }

    /// How many notices are lines imported with a change.
    pub fn changed(&self) -> usize {
        self.notices.len() - self.skipped()
    }
}

/// Imports a dictionary file's bytes: decoded as `encoding` says (see
/// [`crate::source::encoding`]: a byte order mark wins; with `auto`, bytes
/// that are not UTF-8 are read as Windows-1252 with a notice), then read as
/// `format`. `origin` names the file in notices and errors.
pub fn import(bytes: &[u8], origin: &str, format: Format, encoding: Encoding) -> Result<Imported> {
    let decoded = decode::decode(bytes, encoding, origin)?;
    let mut imported = import_text(&decoded.text, origin, format)?;
    imported.notices.extend(decoded.notices);
    imported.notices.sort_by_key(|n| n.line);
    Ok(imported)
}

/// Imports a dictionary already decoded to text.
pub fn import_text(text: &str, origin: &str, format: Format) -> Result<Imported> {
    let dictionary = match format {
        Format::Dic => dic::read(text, origin)?,
        Format::Table => table::read(text, origin)?,
    };
    build::build(dictionary, origin, format)
}

/// A term as notices show it: in quotes, with control characters (a
/// table's cell may hold a line break) escaped so a notice stays one line.
fn quoted(term: &str) -> String {
    let mut out = String::with_capacity(term.len() + 2);
    out.push('\'');
    for c in term.chars() {
        if c.is_control() {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out.push('\'');
    out
}

/// A dictionary as either reader finds it, before conversion.
#[derive(Debug, Default)]
struct Dictionary {
    /// Category names, in file order.
    categories: Vec<String>,
    /// The entries, in file order.
    entries: Vec<RawEntry>,
    /// What the reader could not take as written.
    notices: Vec<Notice>,
}

/// One dictionary entry as written.
#[derive(Debug, Clone, PartialEq)]
struct RawEntry {
    /// Its 1-based line.
    line: usize,
    /// The term, `*` included.
    term: String,
    /// `(category index, weight)`, each category once, weights nonzero.
    weights: Vec<(usize, f64)>,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An entry as a reader should find it, for the readers' tests.
    pub(super) fn entry(line: usize, term: &str, weights: &[(usize, f64)]) -> RawEntry {
        RawEntry {
            line,
            term: term.to_string(),
            weights: weights.to_vec(),
        }
    }

    #[test]
    fn formats_by_extension() {
        let of = |name: &str| Format::from_path(Path::new(name));
        assert_eq!(of("LIWC2007_pt.DIC"), Some(Format::Dic));
        assert_eq!(of("mine.dicx"), Some(Format::Table));
        assert_eq!(of("weights.csv"), Some(Format::Table));
        assert_eq!(of("weights.tsv"), Some(Format::Table));
        assert_eq!(of("words.txt"), None);
        assert_eq!(of("dic"), None);
    }

    #[test]
    fn notices_name_file_and_line() {
        let n = Notice::skipped("a.dic", 7, "'ab*': too short".into());
        assert_eq!(n.to_string(), "a.dic:7: 'ab*': too short");
        let n = Notice::changed("a.dic", 0, "read as Windows-1252".into());
        assert_eq!(n.to_string(), "a.dic: read as Windows-1252");
        assert!(!n.skipped);
        assert_eq!(quoted("a\r\nb\u{7}"), "'a\\r\\nb\\u{7}'");
    }
}
