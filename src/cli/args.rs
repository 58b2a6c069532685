//! Command-line flags, as clap parses them. Nothing here touches files; the
//! commands in [`super::score`], [`super::explain`] and [`super::lexicon`]
//! turn these into library types.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use rolescan::shard::Shard;
use rolescan::source::Encoding;

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
    /// Score postings and write one CSV row (or JSON line, or workbook row)
    /// per posting.
    #[command(after_help = "Examples:
  rolescan score corpora/sample                      # a folder, CSV to stdout
  rolescan score ads/ -o scores.csv                  # write a file (atomically)
  rolescan score ads/ -o scores.csv --bom --crlf     # for Excel
  rolescan score ads/ -o scores.xlsx                 # an Excel workbook (format from the name)
  rolescan score dump.jsonl --format jsonl | jq .top_role
  rolescan score dump.jsonl --text-field body --id-field ref
  rolescan score export.csv --text-column Description
  cat ad.txt | rolescan score -                      # stdin (JSON lines if it starts with '{')
  rolescan score ads/ --lexicon my-roles.lex --threads 2
  rolescan score ads/ --shard 2/8 -o part-2.csv      # the 2nd of 8 round-robin shards
  rolescan score ads/ -o scores.csv --report report.html   # and a page of charts

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
    /// Measure accuracy and calibration on labelled postings, optionally with
    /// grouped cross-validation of `lexicon fit`.
    #[command(after_help = "Examples:
  rolescan eval ../shared/corpora/dev.jsonl --label-field label
  rolescan eval ../shared/corpora/dev.jsonl --folds 5 --lexicon lexicons/derived.lex   # grouped by the records' group field
  rolescan eval ../shared/corpora/dev.jsonl --folds 5 --lexicon lexicons/derived.lex --learn 2000
  rolescan eval corpora/role-statements.jsonl                 # short statements of each role
  rolescan eval labelled.csv --label-field role --text-field body --json
  rolescan eval ../shared/corpora/dev.jsonl --report eval.html   # charts in one HTML page")]
    Eval(EvalArgs),
    /// Write one self-contained HTML page with charts of a scores file:
    /// postings by role, relevance and confidence, evidence terms, counts
    /// by source, the postings to open first and the error rows.
    #[command(after_help = "Examples:
  rolescan score ads/ -o scores.csv && rolescan report scores.csv -o report.html
  rolescan score ads/ -o scores.csv --report report.html    # the same in one go
  rolescan report scores.jsonl -o report.html --lexicon my-roles.lex --top 20

The page loads nothing from elsewhere (charts are inline SVG): it opens offline and prints on A4.
The file is read once, row by row: memory stays small whatever its size.

Exit status: 0 page written; 1 usage or fatal error (no such file, not a scores file).")]
    Report(ReportArgs),
}

/// `rolescan report` flags.
#[derive(Debug, Args)]
pub struct ReportArgs {
    /// A scores file that `rolescan score` wrote: CSV or JSON lines.
    #[arg(value_name = "SCORES")]
    pub scores: PathBuf,
    /// The HTML page to write (through a temporary file renamed when
    /// complete).
    #[arg(short, long, value_name = "FILE")]
    pub output: PathBuf,
    /// The lexicon the scores were made with, for its name and relevance
    /// threshold on the page [default: not named; threshold 0.5]; its roles
    /// must be the file's p_ columns.
    #[arg(short, long, value_name = "FILE")]
    pub lexicon: Option<PathBuf>,
    /// Postings listed per role in the tables of the most relevant and the
    /// most doubtful.
    #[arg(long, value_name = "N", default_value_t = 10)]
    pub top: usize,
}

/// Where labelled records keep their text, label, id and group.
#[derive(Debug, Args)]
pub struct LabelledArgs {
    /// The labelled postings: JSON lines (`.jsonl`) or CSV (`.csv`).
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Field or column with the label: a role id of the lexicon, `other`, or
    /// anything else (left out and counted).
    #[arg(long, default_value = "label", value_name = "NAME")]
    pub label_field: String,
    /// Field or column with the posting text [default: the first of
    /// description, text, body, content present, as for `score`].
    #[arg(long, value_name = "NAME")]
    pub text_field: Option<String>,
    /// Field or column with the posting id.
    #[arg(long, default_value = "id", value_name = "NAME")]
    pub id_field: String,
    /// Comma-separated fields whose values, together, group reposts of one
    /// job (grouped folds keep a group on one side). Default: the record's
    /// `group` field where it has one, else each posting is its own group.
    #[arg(long, value_name = "A,B", value_delimiter = ',')]
    pub group_field: Vec<String>,
    /// Lexicon to evaluate or start from (default: the built-in one).
    #[arg(short, long, value_name = "FILE")]
    pub lexicon: Option<PathBuf>,
}

/// Settings of `lexicon fit` (also used by `eval --folds`).
#[derive(Debug, Args)]
pub struct FitSettings {
    /// Penalty pulling role weights toward the starting lexicon's.
    #[arg(long, default_value_t = 10.0, value_name = "X")]
    pub l2: f64,
    /// Penalty pulling relevance weights toward the starting lexicon's.
    #[arg(long, default_value_t = 10.0, value_name = "X")]
    pub l2_relevance: f64,
    /// Roles with fewer labelled postings keep their weights.
    #[arg(long, default_value_t = 30, value_name = "N")]
    pub min_examples: usize,
    /// Optimization steps per model.
    #[arg(long, default_value_t = 600, value_name = "N")]
    pub iterations: usize,
    /// Group-folds inside the training data for choosing the calibration.
    #[arg(long, default_value_t = 3, value_name = "K")]
    pub calibration_folds: usize,
    /// Mine up to N new terms per fitted role (and N for relevance) from the
    /// labelled postings before fitting (log-odds, as in derivation); 0 mines
    /// none.
    #[arg(long, default_value_t = 0, value_name = "N")]
    pub mine: usize,
    /// |z| a mined term must clear.
    #[arg(long, default_value_t = 3.0, value_name = "Z")]
    pub mine_z: f64,
    /// Learn up to N new terms (single words) from the labelled postings:
    /// every word in enough groups is fitted from zero, and the N that
    /// matter most are kept; 0 learns none.
    #[arg(long, default_value_t = 0, value_name = "N")]
    pub learn: usize,
    /// Groups of reposts a word must appear in to be learned.
    #[arg(long, default_value_t = 5, value_name = "N")]
    pub learn_min_groups: usize,
    /// Largest share of the postings (0-1) a learned word may appear in.
    #[arg(long, default_value_t = 1.0, value_name = "X")]
    pub learn_max_share: f64,
    /// The most hits learned words may add, as a share of the hits of the
    /// lexicon's other terms in the labelled postings (each hit costs the
    /// scan time); `inf` for no limit.
    #[arg(long, default_value_t = f64::INFINITY, value_name = "X")]
    pub learn_budget: f64,
    /// Penalties pulling learned terms' role weights toward zero; with more
    /// than one (comma-separated), the fit picks one by inner grouped
    /// cross-validation.
    #[arg(long, value_name = "X,Y", value_delimiter = ',', default_value = "2")]
    pub l2_learned: Vec<f64>,
    /// The same for learned terms' relevance weights (picked by held-out
    /// relevance ROC-AUC); `inf` holds them at zero, so that learned words
    /// tell the roles apart without deciding relevance.
    #[arg(long, value_name = "X,Y", value_delimiter = ',', default_value = "5")]
    pub l2_learned_relevance: Vec<f64>,
    /// Keep the roles' biases instead of fitting them (short statements of
    /// a role carry few terms, and a bias fitted to the postings' mix of
    /// roles decides them).
    #[arg(long)]
    pub keep_biases: bool,
}

/// `rolescan eval` flags.
#[derive(Debug, Args)]
pub struct EvalArgs {
    /// Input and fields.
    #[command(flatten)]
    pub data: LabelledArgs,
    /// Run K-fold grouped cross-validation: fit on K−1 folds, score the
    /// held-out one, report on all held-out scores.
    #[arg(long, value_name = "K")]
    pub folds: Option<usize>,
    /// Fitting settings for --folds.
    #[command(flatten)]
    pub fit: FitSettings,
    /// Roles with fewer labelled postings are left out of macro-F1.
    #[arg(long, default_value_t = 10, value_name = "N")]
    pub min_support: usize,
    /// Print the report as JSON.
    #[arg(long)]
    pub json: bool,
    /// Also write one CSV row per labelled posting (id, label, fold, the
    /// scores it got, held out when --folds is given) for error analysis.
    #[arg(long, value_name = "FILE")]
    pub predictions: Option<PathBuf>,
    /// Also write an HTML page with charts: confusion matrix, precision,
    /// recall and F1, reliability diagrams, the relevance ROC curve and the
    /// worst misses (held-out figures with --folds).
    #[arg(long, value_name = "FILE")]
    pub report: Option<PathBuf>,
}

/// `rolescan score` flags.
#[derive(Debug, Args)]
pub struct ScoreArgs {
    /// Files and folders to read (folders recursively, in sorted order);
    /// `-` reads stdin. Reads stdin when none are given and stdin is not a
    /// terminal.
    #[arg(value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    /// Write the scores here instead of stdout (through a temporary file that
    /// is renamed when complete). Its extension picks the format when
    /// --format is not given.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Lexicon file to score with (default: the built-in lexicon).
    #[arg(short, long, value_name = "FILE")]
    pub lexicon: Option<PathBuf>,
    /// Worker threads (default: one per CPU).
    #[arg(short = 'j', long, value_name = "N", default_value_t = 0)]
    pub threads: usize,
    /// Score only shard K of N: the postings at positions K, K+N, K+2N, ...
    /// in input order (1-based). Every posting is still read, so ids and
    /// other columns match the unsharded run; the N outputs interleaved row
    /// by row give the unsharded output. For Slurm arrays and Indexed Jobs.
    #[arg(long, value_name = "K/N")]
    pub shard: Option<Shard>,
    /// How to read the inputs.
    #[command(flatten)]
    pub input: InputArgs,
    /// Output format: csv; jsonl, one JSON object per line with the same
    /// fields (numbers as numbers, one p_<role> field per role); or xlsx,
    /// an Excel workbook (sheets Scores, Summary with a chart, and Lexicon;
    /// needs -o FILE, never stdout) [default: by the -o file's extension,
    /// .xlsx, .jsonl or .ndjson, else csv].
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: Option<OutputFormat>,
    /// Start the CSV with a UTF-8 byte order mark, so Excel reads it as
    /// UTF-8.
    #[arg(long)]
    pub bom: bool,
    /// End CSV lines with CRLF (RFC 4180; Excel keeps multi-line cells
    /// together only with CRLF) [default: LF].
    #[arg(long)]
    pub crlf: bool,
    /// Add a last CSV column, top_code: the top role's taxonomy code
    /// (O*NET-SOC for the built-in lexicon), to join scores to wage and
    /// employment tables. JSON lines and xlsx always have it.
    #[arg(long)]
    pub codes: bool,
    /// How many matched terms the evidence column lists.
    #[arg(long, value_name = "N", default_value_t = 5)]
    pub evidence: usize,
    /// Print nothing on stderr except fatal errors: no progress, no
    /// per-posting messages, no summary.
    #[arg(short, long)]
    pub quiet: bool,
    /// At the end, print throughput and peak memory on stderr (also with
    /// --quiet), for benchmarks.
    #[arg(long)]
    pub stats: bool,
    /// Also write an HTML page with charts of the scores (as `rolescan
    /// report` does with the file -o wrote).
    #[arg(long, value_name = "FILE", requires = "output")]
    pub report: Option<PathBuf>,
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
    /// CSV or spreadsheet column holding the posting text [default: as
    /// --text-field].
    #[arg(long, value_name = "NAME")]
    pub text_column: Option<String>,
    /// CSV or spreadsheet column holding the posting id [default: id, job
    /// id, posting id, else row:N].
    #[arg(long, value_name = "NAME")]
    pub id_column: Option<String>,
    /// CSV field delimiter: one ASCII character, or tab, comma, semicolon,
    /// pipe [default: tab for .tsv; else told from the header line].
    #[arg(long, value_name = "CHAR", value_parser = parse_delimiter)]
    pub delimiter: Option<u8>,
    /// Sheet of a workbook (.xlsx, .xls, .ods) to read [default: the first];
    /// its first row is the header, as in CSV.
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,
    /// Input encoding: auto (a byte order mark, else UTF-16 by its pattern,
    /// else UTF-8 with Windows-1252 for postings that are not UTF-8), or a
    /// name such as utf-8, utf-16le, utf-16be, windows-1252, latin1,
    /// iso-8859-15, shift_jis.
    #[arg(long, value_name = "NAME", default_value = "auto", value_parser = parse_encoding)]
    pub encoding: Encoding,
    /// Largest posting read (a file, a JSON line, a CSV record), in bytes
    /// or with a unit (K, M, G: powers of 1024); a larger one gets an error
    /// row and is not held in memory.
    #[arg(long, value_name = "SIZE", default_value = "32M", value_parser = parse_size)]
    pub max_posting_bytes: usize,
}

/// `--delimiter`: one ASCII character other than a quote or a line end, or
/// its name.
fn parse_delimiter(value: &str) -> Result<u8, String> {
    let byte = match value.to_ascii_lowercase().as_str() {
        "tab" | "\\t" => b'\t',
        "comma" => b',',
        "semicolon" => b';',
        "pipe" => b'|',
        _ if value.len() == 1 && value.is_ascii() => value.as_bytes()[0],
        _ => return Err("give one ASCII character, or tab, comma, semicolon or pipe".into()),
    };
    if matches!(byte, b'"' | b'\n' | b'\r') {
        return Err("a quote or a line end cannot separate fields".into());
    }
    Ok(byte)
}

/// `--encoding`: `auto` or a WHATWG encoding label.
fn parse_encoding(value: &str) -> Result<Encoding, String> {
    Encoding::from_label(value).ok_or_else(|| {
        "unknown encoding; use auto, utf-8, utf-16le, utf-16be, windows-1252, latin1, \
         iso-8859-15, or another WHATWG encoding label"
            .to_string()
    })
}

/// A size in bytes: a number with an optional unit K, M or G (powers of
/// 1024; `KiB`, `MB` and the like read the same).
pub fn parse_size(value: &str) -> Result<usize, String> {
    let value = value.trim();
    let digits = value
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(value.len());
    let (number, unit) = value.split_at(digits);
    let number: usize = number
        .parse()
        .map_err(|_| format!("'{value}' is not a size; write e.g. 32M, 500K or 1000000"))?;
    let shift = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 0,
        "k" | "kb" | "kib" => 10,
        "m" | "mb" | "mib" => 20,
        "g" | "gb" | "gib" => 30,
        _ => return Err(format!("unknown unit in '{value}'; use K, M or G")),
    };
    let bytes = number
        .checked_mul(1 << shift)
        .ok_or_else(|| format!("'{value}' is too large"))?;
    if bytes == 0 {
        return Err("the size must be at least one byte".into());
    }
    Ok(bytes)
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// CSV with a header row.
    Csv,
    /// JSON lines: one object per posting.
    Jsonl,
    /// An Excel workbook: scores, a summary with a chart, the lexicon.
    Xlsx,
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
    /// Tab-separated values with a header row: one posting per row.
    Tsv,
    /// A Word document (.docx): one posting per file.
    Docx,
    /// An OpenDocument text (.odt): one posting per file.
    Odt,
    /// A PDF with a text layer: one posting per file.
    Pdf,
    /// A spreadsheet (.xlsx, .xlsm, .xlsb, .xls, .ods) with a header row:
    /// one posting per row.
    Sheet,
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
    /// Derive a lexicon from role documents (weighted log-odds with an
    /// informative Dirichlet prior, each role against the others).
    #[command(after_help = "Examples:
  # two roles of your own, from two folders of documents:
  rolescan lexicon derive --role data_engineer=docs/de/ --role data_scientist=docs/ds/ -o de-vs-ds.lex
  # with a background corpus of ordinary ads, which also gives relevance weights:
  rolescan lexicon derive --role a=a/ --role b=b/ --background ads.jsonl --text-field description
  # the shipped lexicon (see README):
  rolescan lexicon derive --role project_manager=corpora/roles/project_manager.md ... --curated lexicons/curated.lex")]
    Derive(DeriveArgs),
    /// Show a lexicon's terms per role, strongest terms and overlaps.
    #[command(after_help = "Examples:
  rolescan lexicon stats lexicons/default.lex
  rolescan lexicon stats --builtin --top 20")]
    Stats {
        /// Lexicon file.
        #[arg(value_name = "FILE", required_unless_present = "builtin")]
        file: Option<PathBuf>,
        /// Use the lexicon compiled into this binary.
        #[arg(long)]
        builtin: bool,
        /// Strongest terms listed per role.
        #[arg(long, default_value_t = 10)]
        top: usize,
    },
    /// Fit a lexicon's weights and calibration to labelled postings (the
    /// starting weights act as the prior).
    #[command(after_help = "Examples:
  rolescan lexicon fit ../shared/corpora/dev.jsonl --lexicon lexicons/derived.lex \\
      --group-field group -o fitted.lex
  rolescan eval ../shared/corpora/dev.jsonl --lexicon fitted.lex")]
    Fit {
        /// Input and fields.
        #[command(flatten)]
        data: LabelledArgs,
        /// Fitting settings.
        #[command(flatten)]
        fit: FitSettings,
        /// Name of the fitted lexicon (default: the starting lexicon's).
        #[arg(long)]
        name: Option<String>,
        /// Write the fitted lexicon here instead of stdout.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Convert a dictionary (LIWC .dic, or a LIWC-22 style table: .dicx,
    /// .csv) to a rolescan lexicon: each category becomes a role. Entries
    /// that cannot be converted are listed as FILE:LINE and left out.
    #[command(
        visible_alias = "import-liwc",
        after_help = "Examples:
  rolescan lexicon import my.dic -o my.lex && rolescan score ads/ --lexicon my.lex
  rolescan lexicon import LIWC2007_Portuguese.dic --encoding latin1 -o pt.lex
  rolescan lexicon import weights.csv --strict -o weights.lex"
    )]
    Import(ImportArgs),
}

/// `rolescan lexicon import` flags.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The dictionary file.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Write the lexicon here instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// The kind of dictionary [default: by extension: .dic a LIWC .dic;
    /// .dicx, .csv, .tsv a table; else dic].
    #[arg(long, value_name = "KIND")]
    pub format: Option<DictionaryFormat>,
    /// The file's encoding: auto (a byte order mark, else UTF-8, else
    /// Windows-1252 with a warning), or a name such as utf-8, latin1,
    /// windows-1252, iso-8859-15, as for postings.
    #[arg(long, value_name = "NAME", default_value = "auto", value_parser = parse_encoding)]
    pub encoding: Encoding,
    /// Fail (exit 1, no lexicon written) if any line is left out or
    /// changed, or the encoding was guessed.
    #[arg(long)]
    pub strict: bool,
}

/// `--format` of `lexicon import`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DictionaryFormat {
    /// A LIWC .dic: a %-delimited category table, then words and category
    /// numbers.
    Dic,
    /// A table (.dicx, .csv): a header row naming the term column and one
    /// column per category; cells X or a weight.
    Table,
}

/// `rolescan lexicon derive` flags.
#[derive(Debug, Args)]
pub struct DeriveArgs {
    /// A role and its documents: `ID=PATH` (a file or folder of .txt, .md,
    /// .html, .jsonl or .csv). Repeat for each role, or for more paths of one
    /// role; roles keep the order of their first appearance.
    #[arg(long = "role", value_name = "ID=PATH", required = true)]
    pub roles: Vec<String>,
    /// A role's label: `ID=LABEL` (default: the first Markdown '# ' heading
    /// of its first document, else the id).
    #[arg(long = "label", value_name = "ID=LABEL")]
    pub labels: Vec<String>,
    /// A role's code in an occupational taxonomy: `ID=CODE` (e.g.
    /// `it_manager=11-3021.00`, O*NET-SOC), written as `top_code`.
    #[arg(long = "code", value_name = "ID=CODE")]
    pub codes: Vec<String>,
    /// Background corpus of ordinary job ads (files or folders); gives the
    /// prior and the relevance weights. Without it the prior comes from the
    /// pooled role documents and no relevance weights are derived.
    #[arg(long, value_name = "PATH")]
    pub background: Vec<PathBuf>,
    /// JSON field / CSV column holding the text in role and background files.
    #[arg(long, value_name = "NAME")]
    pub text_field: Option<String>,
    /// Remove text matching this regex from role documents before counting
    /// (e.g. citation markers). Repeatable.
    #[arg(long, value_name = "REGEX")]
    pub strip: Vec<String>,
    /// A curated fragment: term lines (after a `[curated]` line) appended,
    /// in a marked section, after the derived ones; derived terms they
    /// duplicate are dropped. `lexicon check FILE` checks it on its own.
    #[arg(long, value_name = "FILE")]
    pub curated: Option<PathBuf>,
    /// Lexicon name.
    #[arg(long, default_value = "derived")]
    pub name: String,
    /// Longest n-gram in words.
    #[arg(long, default_value_t = 3)]
    pub max_ngram: usize,
    /// Minimum count of a term over all role documents.
    #[arg(long, default_value_t = 3)]
    pub min_count: u64,
    /// |z| a weight must clear.
    #[arg(long, default_value_t = 1.96)]
    pub z: f64,
    /// Total weight of the Dirichlet prior, at least 1 [default: a quarter
    /// of the n-gram tokens in the role documents].
    #[arg(long, value_name = "X")]
    pub prior_scale: Option<f64>,
    /// Multiply every derived weight by this (1 keeps the raw log-odds);
    /// below 1, curated entries such as role names keep precedence.
    #[arg(long, default_value_t = 1.0, value_name = "X")]
    pub weight_scale: f64,
    /// Do not derive relevance weights from the background (use it for the
    /// prior only).
    #[arg(long)]
    pub no_relevance: bool,
    /// Write the lexicon here instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}
