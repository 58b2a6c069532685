//! `rolescan score`: flags → lexicon, inputs and sink, then the pipeline.

use std::io::IsTerminal;
use std::path::PathBuf;

use anyhow::{bail, Context};
use rolescan::output::CsvSink;
use rolescan::pipeline::{self, Summary};
use rolescan::source::{Format, Postings, ReadOptions};
use rolescan::Lexicon;

use super::args::{InputFormat, ScoreArgs};

/// How many per-posting problems are printed before they are only counted.
const MAX_REPORTED: u64 = 20;

/// Runs `rolescan score`. Returns whether every posting was read.
pub fn run(args: ScoreArgs) -> anyhow::Result<bool> {
    let lexicon = match &args.lexicon {
        Some(path) => Lexicon::from_path(path)?,
        None => Lexicon::builtin(),
    };
    let mut inputs = args.inputs.clone();
    if inputs.is_empty() {
        if std::io::stdin().is_terminal() {
            bail!("no input: give files or folders to score, or '-' to read stdin (see --help)");
        }
        inputs.push(PathBuf::from("-"));
    }
    let options = ReadOptions {
        format: args.input_format.map(|f| match f {
            InputFormat::Text => Format::Text,
            InputFormat::Html => Format::Html,
            InputFormat::Jsonl => Format::Jsonl,
            InputFormat::Csv => Format::Csv,
        }),
        text_field: args.text_field.clone(),
        id_field: args.id_field.clone(),
        text_column: args.text_column.clone(),
        id_column: args.id_column.clone(),
    };
    let mut sink = CsvSink::new(args.output.as_deref(), &lexicon, args.evidence)?;
    let pipeline_options = pipeline::Options {
        threads: args.threads,
        ..pipeline::Options::default()
    };
    let quiet = args.quiet;
    let mut reported = 0u64;
    let summary = pipeline::run(
        Postings::new(inputs, options),
        &lexicon,
        &pipeline_options,
        |row| sink.write(row),
        |posting| {
            reported += 1;
            if quiet || reported > MAX_REPORTED {
                return;
            }
            let at = if posting.id.is_empty() {
                posting.source.to_string()
            } else {
                format!("{} [{}]", posting.source, posting.id)
            };
            match (&posting.text, &posting.warning) {
                (Err(e), _) => eprintln!("rolescan: error: {at}: {e}"),
                (Ok(_), Some(w)) => eprintln!("rolescan: warning: {at}: {w}"),
                _ => {}
            }
        },
    )?;
    sink.finish()
        .with_context(|| "could not finish writing the output".to_string())?;
    if !quiet {
        if reported > MAX_REPORTED {
            eprintln!(
                "rolescan: ... and {} more problems (see the error column)",
                reported - MAX_REPORTED
            );
        }
        eprintln!("{}", summary_line(&summary, &lexicon));
    }
    Ok(summary.errors == 0)
}

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
