//! The `rolescan` binary: parse flags, run a command, map the outcome to an
//! exit code.
//!
//! Exit codes: 0 when everything was scored, 1 for usage and fatal errors,
//! 2 when some postings could not be read (their rows say why), 130 after
//! Ctrl-C (see `cli::interrupt`). A closed
//! stdout (`rolescan score ... | head -1`) is not an error: the run stops
//! quietly with 0, as ripgrep does.

#![forbid(unsafe_code)]

mod cli;

use std::process::ExitCode;

use clap::Parser;

use cli::args::{Cli, Command, LexiconCommand};

fn main() -> ExitCode {
    // Usage errors exit with 1 like every other fatal error (clap's own
    // default, 2, means "some postings unreadable" here); --help and
    // --version print and exit with 0.
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => {
            let _ = err.print();
            return ExitCode::from(u8::from(err.use_stderr()));
        }
    };
    match run(cli) {
        Ok(code) => code,
        Err(err) => {
            if is_broken_pipe(&err) {
                return ExitCode::SUCCESS;
            }
            eprintln!("rolescan: {err:#}");
            ExitCode::from(1)
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let all_ok = match cli.command {
        Command::Score(args) => cli::score::run(args)?,
        Command::Explain(args) => cli::explain::run(args)?,
        Command::Lexicon(LexiconCommand::Check { files, builtin }) => {
            if !cli::lexicon::check(&files, builtin)? {
                return Ok(ExitCode::from(1));
            }
            true
        }
        Command::Lexicon(LexiconCommand::Derive(args)) => {
            cli::lexicon::derive(&args)?;
            true
        }
        Command::Lexicon(LexiconCommand::Stats { file, builtin, top }) => {
            cli::lexicon::stats(file.as_deref(), builtin, top)?;
            true
        }
        Command::Report(args) => {
            cli::report::run(&args)?;
            true
        }
        Command::Eval(args) => {
            cli::eval::eval(&args)?;
            true
        }
        Command::Lexicon(LexiconCommand::Fit {
            data,
            fit,
            name,
            output,
        }) => {
            cli::eval::fit_lexicon(&data, &fit, name.as_deref(), output.as_deref())?;
            true
        }
        Command::Lexicon(LexiconCommand::Import(args)) => {
            cli::lexicon::import(&args)?;
            true
        }
    };
    Ok(if all_ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(2)
    })
}

/// Whether the error (anywhere in its chain) is a broken pipe on output.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        let io = cause.downcast_ref::<std::io::Error>().or_else(|| {
            cause
                .downcast_ref::<rolescan::Error>()
                .and_then(|e| e.io_error())
        });
        io.is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
