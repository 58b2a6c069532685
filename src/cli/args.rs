//! Command-line flags, as clap parses them. Nothing here touches files; the
//! commands in [`super::score`], [`super::explain`] and [`super::lexicon`]
//! turn these into library types.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Scores job postings for Project Manager, IT Project Manager, Technical
/// Project Manager and IT Manager roles, with the evidence.
#[derive(Debug, Parser)]
#[command(name = "rolescan", version, about, max_term_width = 100)]
#[command(
    after_help = "Exit status: 0 all postings scored; 1 usage or fatal error; \
2 some postings could not be read (their rows carry the reason in the error column); \
130 interrupted."
)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Score postings and write one CSV row (or JSON line) per posting.
    #[command(after_help = "Examples:
  rolescan score corpora/sample                      # a folder, CSV to stdout
  rolescan score ads/ -o scores.csv                  # write a file (atomically)
  rolescan score ads/ -o scores.csv --bom --crlf     # for Excel
  rolescan score dump.jsonl --format jsonl | jq .top_role
  rolescan score dump.jsonl --text-field body --id-field ref
  rolescan score export.csv --text-column Description
  cat ad.txt | rolescan score -                      # stdin (JSON lines if it starts with '{')
  rolescan score ads/ --lexicon my-roles.lex --threads 2

Progress (postings, MB/s, ETA when the input size is known) is shown on stderr when it is a
terminal; --quiet turns it and the summary off.

Exit status: 0 all postings scored; 1 usage or fatal error (bad lexicon, unwritable output);
2 some postings could not be read (their rows carry the reason in the error column);
130 interrupted (Ctrl-C; no output file is left behind).")]
    Score(ScoreArgs),
    /// Show why postings scored as they did: the text with matched terms
    /// marked, each term's contribution per role, and the scores.
    #[command(after_help = "Examples:
  rolescan explain corpora/sample/files/northwind-it-manager.txt
  rolescan explain corpora/sample/board.jsonl --id board-001
  rolescan explain corpora/sample/export.csv --first 3 --color never
  echo 'IT project manager, PMP' | rolescan explain -

Exit status: 0 explained; 1 usage or fatal error, or no posting with the --id;
2 a selected posting could not be read.")]
    Explain(ExplainArgs),
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
    /// How to read the inputs.
    #[command(flatten)]
    pub input: InputArgs,
    /// Output format: CSV for spreadsheets, or one JSON object per line with
    /// the same fields (numbers as numbers, one p_<role> field per role).
    #[arg(long, value_enum, value_name = "FORMAT", default_value = "csv")]
    pub format: OutputFormat,
    /// Start the CSV with a UTF-8 byte order mark, so Excel reads it as
    /// UTF-8.
    #[arg(long)]
    pub bom: bool,
    /// End CSV lines with CRLF (RFC 4180; Excel keeps multi-line cells
    /// together only with CRLF) [default: LF].
    #[arg(long)]
    pub crlf: bool,
    /// How many matched terms the evidence column lists.
    #[arg(long, value_name = "N", default_value_t = 5)]
    pub evidence: usize,
    /// Print nothing on stderr except fatal errors: no progress, no
    /// per-posting messages, no summary.
    #[arg(short, long)]
    pub quiet: bool,
}

/// Flags that say how to read inputs, shared by `score` and `explain`.
#[derive(Debug, Args)]
pub struct InputArgs {
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
}

/// `rolescan explain` flags.
#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// A posting file, a JSONL or CSV file, a folder, or `-` for stdin.
    #[arg(value_name = "INPUT")]
    pub input: PathBuf,
    /// Explain the posting with this id (every one, if several share it).
    #[arg(long, value_name = "ID")]
    pub id: Option<String>,
    /// Explain the first N postings [default: 1; all matches with --id].
    #[arg(long, value_name = "N", conflicts_with = "id")]
    pub first: Option<usize>,
    /// Lexicon file to score with (default: the built-in lexicon).
    #[arg(short, long, value_name = "FILE")]
    pub lexicon: Option<PathBuf>,
    /// Mark matched terms with colour (on a terminal, unless NO_COLOR is
    /// set) or with [[brackets]].
    #[arg(long, value_enum, value_name = "WHEN", default_value = "auto")]
    pub color: ColorChoice,
    /// Leave out the posting text; print only the tables.
    #[arg(long)]
    pub no_text: bool,
    /// How to read the input.
    #[command(flatten)]
    pub input_args: InputArgs,
}

/// Output formats for `--format`.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum OutputFormat {
    /// CSV with a header row.
    Csv,
    /// JSON lines: one object per posting.
    Jsonl,
}

/// When to use colour, for `--color`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// Colour when stdout is a terminal and NO_COLOR is not set.
    Auto,
    /// Always colour.
    Always,
    /// Never colour; mark terms with [[brackets]].
    Never,
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
