//! Lexicons: roles, weighted terms and the scoring model's parameters.
//!
//! A [`Lexicon`] is loaded from the project's line-oriented `.lex` format
//! (see `lexicons/default.lex` and the README) by [`Lexicon::parse`], which
//! validates the whole file and reports every problem at once. The default
//! lexicon is compiled into the binary ([`Lexicon::builtin`]). A curated
//! fragment (`lexicons/curated.lex`) is term lines only, for `lexicon derive
//! --curated`; [`Lexicon::from_path_or_fragment`] checks it on its own.
//!
//! The lexicon owns data only; [`crate::Scanner`] compiles its terms into an
//! automaton and [`crate::Scorer`] applies its weights.

pub mod derive;
mod flat;
pub mod import;
mod write;

pub use parse::is_code;
pub use write::fmt_num;
mod parse;
mod record_lines;

use std::path::Path;

use crate::error::{Error, Result};

/// The text of the built-in lexicon, `lexicons/default.lex`.
pub const BUILTIN_SOURCE: &str = include_str!("../../lexicons/default.lex");

/// The label used for postings that are about none of a lexicon's roles.
pub const OTHER_ROLE: &str = "other";

/// A role a lexicon scores, in output column order.
#[derive(Debug, Clone, PartialEq)]
pub struct Role {
    /// Identifier, used in output columns (`p_<id>`) and in term weights.
    pub id: String,
    /// Human-readable label.
    pub label: String,
    /// Prior probability; a lexicon's priors are normalized to sum to 1.
    pub prior: f64,
    /// Calibration offset added to the role's score (0 unless fitted).
    pub bias: f64,
    /// A code of the role in an occupational taxonomy (O*NET-SOC for the
    /// built-in lexicon, e.g. `15-1299.09`), written as `top_code`.
    pub code: Option<String>,
}

/// One weighted term or phrase.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// The term as written in the lexicon, without a trailing `*`.
    pub term: String,
    /// 1-based line of the lexicon file it came from (0 if built in code).
    pub line: usize,
    /// Weight per role, in the lexicon's role order (0 where not given).
    pub weights: Vec<f64>,
    /// Weight toward relevance (is the posting about these roles at all).
    pub relevance: f64,
    /// The term's capital letters must be capitals in the text (after NFKC),
    /// for acronyms: `IT` never matches `it` or `It`, while `IT manager`
    /// matches `IT Manager` and `IT MANAGER`. Lower-case letters match either
    /// case.
    pub case_sensitive: bool,
    /// `term*`: match any word that starts with the term's last word.
    pub wildcard: bool,
    /// Also match the plural and possessive endings `s`, `es`, `'s`.
    pub inflect: bool,
    /// A role name: the first role name found in a posting counts
    /// `first_mention` more times (ads tend to name their own role first).
    pub title: bool,
    /// Free-text note from the lexicon (provenance, reason).
    pub note: String,
}

impl Entry {
    /// The entry as a user would write it (`manag*` for wildcards).
    pub fn display(&self) -> String {
        if self.wildcard {
            format!("{}*", self.term)
        } else {
            self.term.clone()
        }
    }

    /// The entry's options as a `.lex` line writes them (`case`, `exact`,
    /// `title`), space-separated; empty when it has none.
    pub fn options(&self) -> String {
        let mut options = Vec::new();
        if self.case_sensitive {
            options.push("case");
        }
        if !self.inflect {
            options.push("exact");
        }
        if self.title {
            options.push("title");
        }
        options.join(" ")
    }

    /// Whether the term has more than one word.
    pub fn is_phrase(&self) -> bool {
        self.term.split_whitespace().nth(1).is_some() || self.term.contains(['-', '/'])
    }
}

/// Parameters of the scoring model stored with a lexicon.
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    /// Divides role scores before the softmax; above 1 flattens the
    /// probabilities, below 1 sharpens them.
    pub temperature: f64,
    /// Intercept of the relevance logistic curve; a posting with no hits gets
    /// `sigmoid(relevance_bias)`.
    pub relevance_bias: f64,
    /// Slope of the relevance logistic curve: multiplies the posting's
    /// relevance evidence (1 unless calibrated).
    pub relevance_scale: f64,
    /// Relevance evidence per `ln(1 + words)`: lets a fitted model discount
    /// long postings, which mention more terms of any kind (0 unless fitted).
    pub relevance_length: f64,
    /// Minimum relevance for a posting to get a role as `top_role` (else
    /// `other`).
    pub relevance_threshold: f64,
    /// Extra count given to the first `title` entry (role name) found in a
    /// posting (0 unless fitted).
    pub first_mention: f64,
    /// Extra count given to the first role name found right after a hiring
    /// cue ("seeking a …", "job title: …"; 0 unless fitted).
    pub cue_mention: f64,
    /// Relevance evidence added when a posting names a role after a hiring
    /// cue (0 unless fitted).
    pub cue_relevance: f64,
}

impl Default for Model {
    fn default() -> Model {
        Model {
            temperature: 1.0,
            relevance_bias: -3.0,
            relevance_scale: 1.0,
            relevance_length: 0.0,
            relevance_threshold: 0.5,
            first_mention: 0.0,
            cue_mention: 0.0,
            cue_relevance: 0.0,
        }
    }
}

/// A validated lexicon.
#[derive(Debug, Clone, PartialEq)]
pub struct Lexicon {
    /// Where it came from (a path, or `<builtin>`).
    pub origin: String,
    /// Name from the `[lexicon]` section.
    pub name: String,
    /// Description from the `[lexicon]` section.
    pub description: String,
    /// Roles in output order.
    pub roles: Vec<Role>,
    /// Terms in file order.
    pub entries: Vec<Entry>,
    /// Model parameters.
    pub model: Model,
}

impl Lexicon {
    /// Parses and validates lexicon text. `origin` names the file in error
    /// messages. Every problem is reported in one [`Error`].
    pub fn parse(text: &str, origin: &str) -> Result<Lexicon> {
        parse::parse(text, origin)
    }

    /// Parses a curated fragment, term lines only (after a `[curated]` or
    /// `[terms]` line, or none), against the given roles, with the same
    /// validation as [`Lexicon::parse`]: what `lexicon derive --curated`
    /// appends to the lexicon it derives.
    pub fn parse_terms(text: &str, origin: &str, roles: &[Role]) -> Result<Lexicon> {
        parse::parse_with(text, origin, Some(roles))
    }

    /// Reads and parses a lexicon file: the `.lex` format, or a flat
    /// `role<TAB>term<TAB>weight` table when the name ends in `.tsv` (or
    /// `.csv`, comma-separated). A curated fragment is refused, saying what
    /// it is.
    pub fn from_path(path: &Path) -> Result<Lexicon> {
        parse_file(path, &read_utf8(path)?)
    }

    /// Reads a lexicon file as `rolescan lexicon check` does: a lexicon, or
    /// a curated fragment (a `[curated]` line, then term lines), which is
    /// checked on its own against the roles its weights name.
    pub fn from_path_or_fragment(path: &Path) -> Result<LexiconFile> {
        let text = read_utf8(path)?;
        if parse::is_fragment(&text) {
            let origin = path.display().to_string();
            return parse::parse_fragment(&text, &origin).map(LexiconFile::Fragment);
        }
        parse_file(path, &text).map(LexiconFile::Lexicon)
    }

    /// The default lexicon compiled into the library.
    pub fn builtin() -> Lexicon {
        parse::parse(BUILTIN_SOURCE, "<builtin>")
            .expect("the built-in lexicon is checked by the test suite")
    }

    /// Index of a role by id.
    pub fn role_index(&self, id: &str) -> Option<usize> {
        self.roles.iter().position(|r| r.id == id)
    }

    /// A short summary: roles, entries per role, phrases, wildcards.
    pub fn summary(&self) -> Summary {
        let per_role = (0..self.roles.len())
            .map(|r| self.entries.iter().filter(|e| e.weights[r] != 0.0).count())
            .collect();
        Summary {
            entries: self.entries.len(),
            per_role,
            relevance: self.entries.iter().filter(|e| e.relevance != 0.0).count(),
            phrases: self.entries.iter().filter(|e| e.is_phrase()).count(),
            wildcards: self.entries.iter().filter(|e| e.wildcard).count(),
            case_sensitive: self.entries.iter().filter(|e| e.case_sensitive).count(),
        }
    }
}

/// What a lexicon file holds, from [`Lexicon::from_path_or_fragment`].
#[derive(Debug, Clone)]
pub enum LexiconFile {
    /// A whole lexicon.
    Lexicon(Lexicon),
    /// A curated fragment for `lexicon derive --curated`: its entries, and
    /// as roles those its weights name (in order of first use, each labelled
    /// with its id).
    Fragment(Lexicon),
}

/// The text of a lexicon file, which must be UTF-8.
fn read_utf8(path: &Path) -> Result<String> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    String::from_utf8(bytes).map_err(|e| {
        Error::config(format!(
            "{}: lexicon is not valid UTF-8 (first bad byte at offset {}); save it as UTF-8",
            path.display(),
            e.utf8_error().valid_up_to()
        ))
    })
}

/// Parses the `text` of the lexicon file at `path`: a flat table
/// (`role<TAB>term<TAB>weight`) by its extension, else the `.lex` format.
fn parse_file(path: &Path, text: &str) -> Result<Lexicon> {
    let origin = path.display().to_string();
    match path.extension().and_then(|e| e.to_str()) {
        Some(e) if e.eq_ignore_ascii_case("tsv") => flat::parse_flat(text, &origin, b'\t'),
        Some(e) if e.eq_ignore_ascii_case("csv") => flat::parse_flat(text, &origin, b','),
        _ => parse::parse(text, &origin),
    }
}

/// Counts describing a lexicon, from [`Lexicon::summary`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    /// Number of entries.
    pub entries: usize,
    /// Entries with a nonzero weight for each role, in role order.
    pub per_role: Vec<usize>,
    /// Entries with a nonzero relevance weight.
    pub relevance: usize,
    /// Multi-word entries.
    pub phrases: usize,
    /// Suffix-wildcard entries.
    pub wildcards: usize,
    /// Case-sensitive entries.
    pub case_sensitive: usize,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_lexicon_is_valid() {
        let lex = Lexicon::parse(BUILTIN_SOURCE, "lexicons/default.lex")
            .unwrap_or_else(|e| panic!("{e}"));
        let ids: Vec<&str> = lex.roles.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "project_manager",
                "it_project_manager",
                "technical_project_manager",
                "it_manager"
            ]
        );
        let summary = lex.summary();
        assert!(summary.per_role.iter().all(|&n| n >= 10), "{summary:?}");
    }
}
