//! Command-line flags, as clap parses them. Nothing here touches files; the
//! commands in [`super::score`] and [`super::lexicon`] turn these into
//! library types.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Scores job postings for Project Manager, IT Project Manager, Technical
/// Project Manager and IT Manager roles, with the evidence.
#[derive(Debug, Parser)]
#[command(name = "rolescan", version, about, max_term_width = 100)]
#[command(
    after_help = "Exit status: 0 all postings scored; 1 usage or fatal error; \
2 some postings could not be read (their rows carry the reason in the error column)."
)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Score postings and write one CSV row per posting.
    #[command(after_help = "Examples:
  rolescan score corpora/sample                      # a folder, CSV to stdout
  rolescan score ads/ -o scores.csv                  # write a file (atomically)
  rolescan score dump.jsonl --text-field body --id-field ref
  rolescan score export.csv --text-column Description
  cat ad.txt | rolescan score -                      # stdin (JSON lines if it starts with '{')
  rolescan score ads/ --lexicon my-roles.lex --threads 2")]
    Score(ScoreArgs),
    /// Work with lexicon files.
    #[command(subcommand)]
    Lexicon(LexiconCommand),
}

/// `rolescan score` flags.
#[derive(Debug, Args)]
pub struct ScoreArgs {
    /// Files and folders to read (folders recursively, in sorted order);
    /// `-` reads stdin. Reads stdin when none are given and stdin is not a
    /// terminal.
    #[arg(value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    /// Write the CSV here instead of stdout (through a temporary file that is
    /// renamed when complete).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Lexicon file to score with (default: the built-in lexicon).
    #[arg(short, long, value_name = "FILE")]
    pub lexicon: Option<PathBuf>,
    /// Worker threads (default: one per CPU).
    #[arg(short = 'j', long, value_name = "N", default_value_t = 0)]
    pub threads: usize,
    /// Read every input as this format instead of going by extension.
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub input_format: Option<InputFormat>,
    /// JSON field holding the posting text [default: first of description,
    /// text, body, content].
    #[arg(long, value_name = "NAME")]
    pub text_field: Option<String>,
    /// JSON field holding the posting id [default: id, else line:N].
    #[arg(long, value_name = "NAME")]
    pub id_field: Option<String>,
    /// CSV column holding the posting text [default: as --text-field].
    #[arg(long, value_name = "NAME")]
    pub text_column: Option<String>,
    /// CSV column holding the posting id [default: id, else row:N].
    #[arg(long, value_name = "NAME")]
    pub id_column: Option<String>,
    /// How many matched terms the evidence column lists.
    #[arg(long, value_name = "N", default_value_t = 5)]
    pub evidence: usize,
    /// Print nothing on stderr except fatal errors.
    #[arg(short, long)]
    pub quiet: bool,
}

/// Input formats for `--input-format`.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum InputFormat {
    /// Plain text or Markdown: one posting per file.
    Text,
    /// HTML: one posting per file, markup stripped.
    Html,
    /// JSON lines: one posting per line.
    Jsonl,
    /// CSV with a header row: one posting per row.
    Csv,
}

/// `rolescan lexicon` subcommands.
#[derive(Debug, Subcommand)]
pub enum LexiconCommand {
    /// Validate lexicon files and print a summary of each; reports every
    /// problem with file:line and the fix.
    #[command(after_help = "Examples:
  rolescan lexicon check lexicons/default.lex
  rolescan lexicon check --builtin")]
    Check {
        /// Lexicon files to check.
        #[arg(value_name = "FILE", required_unless_present = "builtin")]
        files: Vec<PathBuf>,
        /// Check the lexicon compiled into this binary.
        #[arg(long)]
        builtin: bool,
    },
}
