//! `rolescan score`: flags → lexicon, inputs and sink, then the pipeline,
//! with progress on a terminal, per-posting messages and the end summary.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context};
use rolescan::file_id::FileId;
use rolescan::output::{self, Destination, Sink};
use rolescan::pipeline::{self, Summary};
use rolescan::source::{Format, Posting, Postings, ReadOptions};
use rolescan::Lexicon;

use super::args::{InputArgs, InputFormat, OutputFormat, ScoreArgs};
use super::interrupt;
use super::progress::Progress;

/// Printed when postings are to be typed on the terminal.
pub const TERMINAL_HINT: &str = "rolescan: reading postings from the terminal; end with Ctrl-D";

/// How many per-posting problems are printed before they are only counted.
const MAX_REPORTED: u64 = 20;

/// The library's read options for the input flags.
pub fn read_options(input: &InputArgs) -> ReadOptions {
    ReadOptions {
        format: input.input_format.map(|f| match f {
            InputFormat::Text => Format::Text,
            InputFormat::Html => Format::Html,
            InputFormat::Jsonl => Format::Jsonl,
            InputFormat::Csv => Format::Csv,
            InputFormat::Tsv => Format::Tsv,
            InputFormat::Docx => Format::Docx,
            InputFormat::Odt => Format::Odt,
            InputFormat::Pdf => Format::Pdf,
            InputFormat::Sheet => Format::Sheet,
        }),
        text_field: input.text_field.clone(),
        id_field: input.id_field.clone(),
        text_column: input.text_column.clone(),
        id_column: input.id_column.clone(),
        encoding: input.encoding,
        delimiter: input.delimiter,
        sheet: input.sheet.clone(),
        max_posting_bytes: input.max_posting_bytes,
        skip_files: Vec::new(),
    }
}

/// Loads `--lexicon`, or the built-in lexicon.
pub fn load_lexicon(path: Option<&std::path::Path>) -> anyhow::Result<Lexicon> {
    Ok(match path {
        Some(path) => Lexicon::from_path(path)?,
        None => Lexicon::builtin(),
    })
}

/// Runs `rolescan score`. Returns whether every posting was read.
pub fn run(args: ScoreArgs) -> anyhow::Result<bool> {
    let format = output_format(&args)?;
    if let Some(output) = &args.output {
        refuse_output_over_input(output, &args.inputs)?;
        if let Some(page) = &args.report {
            super::report::check_score_report(page, output, &args.inputs)?;
        }
    }
    let lexicon = load_lexicon(args.lexicon.as_deref())?;
    let inputs = inputs_or_stdin(&args.inputs)?;
    let mut read = read_options(&args.input);
    // Its temporary file is hidden, and hidden files are never read either.
    read.skip_files = args.output.iter().filter_map(|o| FileId::of(o)).collect();
    let typing = reads_a_terminal(&inputs);
    let postings = Postings::new(inputs, read);
    let show_progress = !args.quiet && std::io::stderr().is_terminal();
    let total = if show_progress {
        postings.total_bytes()
    } else {
        None
    };
    interrupt::install()?;
    let mut sink = open_sink(&args, &lexicon, format)?;
    if typing && !args.quiet {
        eprintln!("{TERMINAL_HINT}");
    }
    let progress = Progress::new(show_progress, total, postings.bytes_read());
    let (summary, reported) = score_postings(&args, &lexicon, postings, &mut sink, &progress);
    progress.finish();
    let summary = summary?;
    finish_output(sink)?;
    if !args.quiet {
        if reported > MAX_REPORTED {
            eprintln!(
                "rolescan: ... and {} more problems (see the error column)",
                reported - MAX_REPORTED
            );
        }
        eprintln!("{}", summary_line(&summary, &lexicon));
    }
    if args.stats {
        let threads = if args.threads == 0 {
            rayon::current_num_threads()
        } else {
            args.threads
        };
        eprintln!("{}", stats_line(&summary, threads));
    }
    if let (Some(page), Some(scores)) = (&args.report, &args.output) {
        super::report::after_score(scores, page, &lexicon, &summary)?;
    }
    Ok(summary.errors == 0)
}

/// The inputs to read: those given, or stdin when none are and stdin is
/// not a terminal.
fn inputs_or_stdin(inputs: &[PathBuf]) -> anyhow::Result<Vec<PathBuf>> {
    if !inputs.is_empty() {
        return Ok(inputs.to_vec());
    }
    if std::io::stdin().is_terminal() {
        bail!("no input: give files or folders to score, or '-' to read stdin (see --help)");
    }
    Ok(vec![PathBuf::from("-")])
}

/// The sink for `-o` (or stdout) in `format`. Call after
/// [`interrupt::install`]: a file written through a temporary one is
/// created under its watch.
fn open_sink(args: &ScoreArgs, lexicon: &Lexicon, format: output::Format) -> anyhow::Result<Sink> {
    let output_options = output::Options {
        format,
        evidence: args.evidence,
        bom: args.bom,
        crlf: args.crlf,
        codes: args.codes,
    };
    let destination = match &args.output {
        None => Destination::stdout(),
        // A device or named pipe is opened with Ctrl-C working (opening a
        // pipe waits for its reader) and has no temporary file to remove.
        Some(path) if Destination::writes_in_place(path) => Destination::file(path)?,
        Some(path) => interrupt::creating(|| Ok(Destination::file(path)?), Destination::temp_path)?,
    };
    Ok(Sink::new(destination, lexicon, &output_options)?)
}

/// Scores `postings` through the pipeline into `sink`, counting rows in
/// `progress` and printing sink warnings and per-posting problems (the
/// first [`MAX_REPORTED`]). Returns the run's summary and how many
/// postings had a problem.
fn score_postings(
    args: &ScoreArgs,
    lexicon: &Lexicon,
    postings: Postings,
    sink: &mut Sink,
    progress: &Progress,
) -> (rolescan::Result<Summary>, u64) {
    let quiet = args.quiet;
    let pipeline_options = pipeline::Options {
        threads: args.threads,
        // The rows list no more.
        evidence: args.evidence,
        ..pipeline::Options::default()
    };
    let mut reported = 0u64;
    // Sharding keeps every N-th record: each record is one posting, so ids
    // such as `line:N` stay those of the unsharded run, and the lines and
    // files of other shards are never parsed or opened.
    let records = postings.into_records();
    let records: Box<dyn Iterator<Item = _> + Send> = match args.shard {
        Some(shard) => Box::new(shard.filter(records)),
        None => Box::new(records),
    };
    let row_format = sink.row_format();
    let summary = pipeline::run(
        records,
        lexicon,
        &pipeline_options,
        |row, out| row_format.write_row(row, out),
        |bytes, failed| {
            progress.row(failed);
            sink.write_bytes(bytes)?;
            if let Some(warning) = sink.take_warning() {
                if !quiet {
                    progress.suspend(|| eprintln!("rolescan: warning: {warning}"));
                }
            }
            Ok(())
        },
        |posting| {
            reported += 1;
            if !quiet && reported <= MAX_REPORTED {
                print_problem(posting, progress);
            }
        },
    );
    (summary, reported)
}

/// Prints a posting's error or warning, naming its source and id.
fn print_problem(posting: &Posting, progress: &Progress) {
    let at = if posting.id.is_empty() {
        posting.source.to_string()
    } else {
        format!("{} [{}]", posting.source, posting.id)
    };
    progress.suspend(|| match (&posting.text, &posting.warning) {
        (Err(e), _) => eprintln!("rolescan: error: {at}: {e}"),
        (Ok(_), Some(w)) => eprintln!("rolescan: warning: {at}: {w}"),
        _ => {}
    });
}

/// Puts the output together and moves it into place.
fn finish_output(mut sink: Sink) -> anyhow::Result<()> {
    // The workbook is put together here, with Ctrl-C still removing the
    // temporary file: only the rename below holds it off.
    sink.complete()
        .with_context(|| "could not finish writing the output".to_string())?;
    interrupt::finishing(|| sink.finish())
        .with_context(|| "could not finish writing the output".to_string())
}

/// The output format: `--format`, else the one the `-o` file's extension
/// names (`.xlsx`; `.jsonl` or `.ndjson`), else CSV, as inputs are read by
/// their extension. Refuses the flags and outputs the format cannot take.
fn output_format(args: &ScoreArgs) -> anyhow::Result<output::Format> {
    let format = match args.format {
        Some(OutputFormat::Csv) => output::Format::Csv,
        Some(OutputFormat::Jsonl) => output::Format::Jsonl,
        Some(OutputFormat::Xlsx) => output::Format::Xlsx,
        None => format_of_name(args.output.as_deref()),
    };
    let name = match format {
        output::Format::Csv => return Ok(format),
        output::Format::Jsonl => "JSON lines",
        output::Format::Xlsx => "xlsx",
    };
    if args.bom || args.crlf {
        bail!("--bom and --crlf apply to CSV output only; leave them out for {name} output");
    }
    if format == output::Format::Xlsx {
        refuse_xlsx_output(args.output.as_deref(), args.report.is_some())?;
    }
    Ok(format)
}

/// The output format an `-o` file's extension names; CSV for others.
fn format_of_name(output: Option<&Path>) -> output::Format {
    let extension = output
        .and_then(Path::extension)
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match extension.as_deref() {
        Some("xlsx") => output::Format::Xlsx,
        Some("jsonl" | "ndjson") => output::Format::Jsonl,
        _ => output::Format::Csv,
    }
}

/// Refuses xlsx output to stdout (a binary workbook would garble a
/// terminal, and -o names the file), and with `--report`, which reads the
/// scores back as CSV or JSON lines.
fn refuse_xlsx_output(output: Option<&Path>, report: bool) -> anyhow::Result<()> {
    let Some(output) = output else {
        bail!(
            "xlsx output is a binary workbook and is not written to standard output: \
             give -o FILE.xlsx"
        );
    };
    // The names of standard output, whatever it is now (a terminal, a
    // pipe, /dev/null).
    let names_stdout = ["-", "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"]
        .iter()
        .any(|name| output == Path::new(name));
    if names_stdout {
        bail!(
            "-o {} is standard output, and xlsx output is a binary workbook: give -o a file \
             such as scores.xlsx",
            output.display()
        );
    }
    if report {
        bail!(
            "--report reads the scores back from -o as CSV or JSON lines, not xlsx: \
             leave out --report, or write CSV (`rolescan report` can make the page from it)"
        );
    }
    Ok(())
}

/// Whether `inputs` read stdin (`-`) and stdin is a terminal: rolescan then
/// waits for postings typed there and says so ([`TERMINAL_HINT`]), or the
/// run would look hung.
pub fn reads_a_terminal(inputs: &[PathBuf]) -> bool {
    inputs.iter().any(|i| i.as_os_str() == "-") && std::io::stdin().is_terminal()
}

/// Refuses an output file that is one of the input files, whatever names
/// (hard links, symlinks) the two are given by: the scores would replace
/// the postings. Runs before anything is read or written.
fn refuse_output_over_input(output: &Path, inputs: &[PathBuf]) -> anyhow::Result<()> {
    let Some(out) = FileId::of_regular_file(output) else {
        return Ok(());
    };
    let stdin = Path::new("-");
    if let Some(input) = inputs
        .iter()
        .find(|i| *i != stdin && FileId::of_regular_file(i) == Some(out))
    {
        bail!(
            "-o {} is the same file as the input {}; the scores would overwrite the postings: write them to another file",
            output.display(),
            input.display()
        );
    }
    Ok(())
}

/// Throughput and peak memory, one `key=value` per field so scripts can
/// pick them out.
fn stats_line(s: &Summary, threads: usize) -> String {
    let secs = s.elapsed.as_secs_f64().max(1e-9);
    let peak = peak_rss_mib().map_or("unknown".to_string(), |m| format!("{m:.1}"));
    format!(
        "rolescan stats: postings={} bytes={} seconds={secs:.3} mb_per_s={:.1} postings_per_s={:.0} threads={threads} peak_rss_mib={peak}",
        s.postings,
        s.bytes,
        s.bytes as f64 / 1e6 / secs,
        s.postings as f64 / secs,
    )
}

/// Peak resident memory of this process (Linux: `VmHWM` in
/// `/proc/self/status`), in MiB.
fn peak_rss_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

/// The end-of-run line: counts, time, throughput and the top roles.
fn summary_line(s: &Summary, lexicon: &Lexicon) -> String {
    let secs = s.elapsed.as_secs_f64().max(1e-9);
    let mut roles: Vec<String> = lexicon
        .roles
        .iter()
        .map(|r| r.id.as_str())
        .chain(std::iter::once("other"))
        .zip(&s.top_roles)
        .map(|(id, n)| format!("{id} {n}"))
        .collect();
    roles.retain(|r| !r.ends_with(" 0"));
    format!(
        "rolescan: {} postings ({} errors, {} warnings) in {:.2}s, {:.1} MB/s, {:.0} postings/s; top roles: {}",
        s.postings,
        s.errors,
        s.warnings,
        secs,
        s.bytes as f64 / 1e6 / secs,
        s.postings as f64 / secs,
        if roles.is_empty() { "none".to_string() } else { roles.join(", ") }
    )
}
