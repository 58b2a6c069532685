//! `rolescan report`, and the pages `score --report` and `eval --report`
//! write: flags → summary or metrics → [`rolescan::report`] page → file.

use std::path::Path;

use anyhow::{bail, Context};
use rolescan::file_id::FileId;
use rolescan::pipeline;
use rolescan::report::{self, RunInfo, Summary};
use rolescan::Lexicon;

use super::args::ReportArgs;

/// Postings listed per role by `score --report`.
const TOP: usize = 10;
/// The most `--top` may ask for (the page lists twice that per role).
const MAX_TOP: usize = 1000;

/// The lexicon as the pages name it: its name and where it came from.
pub fn lexicon_name(lexicon: &Lexicon) -> String {
    if lexicon.origin.starts_with('<') {
        format!("{} (built in)", lexicon.name)
    } else {
        format!("{} ({})", lexicon.name, lexicon.origin)
    }
}

/// Runs `rolescan report`.
pub fn run(args: &ReportArgs) -> anyhow::Result<()> {
    if args.top > MAX_TOP {
        bail!("--top {}: at most {MAX_TOP} postings per table", args.top);
    }
    refuse_page_over(&args.output, &args.scores, "the scores file")?;
    let lexicon = args
        .lexicon
        .as_deref()
        .map(Lexicon::from_path)
        .transpose()?;
    let summary = Summary::from_file(&args.scores, args.top)?;
    let mut info = RunInfo::default();
    if let Some(lexicon) = &lexicon {
        let roles: Vec<&str> = lexicon.roles.iter().map(|r| r.id.as_str()).collect();
        if roles != summary.roles() {
            bail!(
                "{}: its p_ columns are for the roles {}, but the lexicon {} has {}; give the lexicon the scores were made with, or none",
                args.scores.display(),
                summary.roles().join(", "),
                lexicon.origin,
                roles.join(", ")
            );
        }
        info.lexicon = Some(lexicon_name(lexicon));
        info.threshold = lexicon.model.relevance_threshold;
    }
    write(&args.scores, &args.output, &summary, &info)
}

/// `score --report`: checks, before scoring, that the page will not take
/// the place of the scores or of an input.
pub fn check_score_report(
    page: &Path,
    output: &Path,
    inputs: &[std::path::PathBuf],
) -> anyhow::Result<()> {
    if page == output {
        bail!(
            "--report {} is the -o file: give the page another name",
            page.display()
        );
    }
    for input in inputs {
        refuse_page_over(page, input, "an input")?;
    }
    Ok(())
}

/// `score --report`: the page of the scores just written to `scores`.
pub fn after_score(
    scores: &Path,
    page: &Path,
    lexicon: &Lexicon,
    run: &pipeline::Summary,
) -> anyhow::Result<()> {
    if !std::fs::metadata(scores).is_ok_and(|m| m.is_file()) {
        bail!(
            "--report reads the scores back from -o, and {} is not a regular file: write the scores to a file",
            scores.display()
        );
    }
    let summary = Summary::from_file(scores, TOP)?;
    let info = RunInfo {
        lexicon: Some(lexicon_name(lexicon)),
        warnings: Some(run.warnings),
        threshold: lexicon.model.relevance_threshold,
    };
    write(scores, page, &summary, &info)
}

/// Writes the page and says on stderr when it has nothing to chart.
fn write(scores: &Path, page: &Path, summary: &Summary, info: &RunInfo) -> anyhow::Result<()> {
    let html = report::scores_page(&scores.display().to_string(), summary, info)?;
    report::write_page(page, &html)
        .with_context(|| format!("could not write the page {}", page.display()))?;
    if summary.postings == 0 {
        eprintln!(
            "rolescan: warning: {} has no rows; {} says so and has no charts",
            scores.display(),
            page.display()
        );
    } else if summary.scored() == 0 {
        eprintln!(
            "rolescan: warning: every row of {} is an error row; {} lists the reasons and has no charts",
            scores.display(),
            page.display()
        );
    }
    Ok(())
}

/// Refuses a page path that names `file` (by any name): the page would
/// replace it.
fn refuse_page_over(page: &Path, file: &Path, what: &str) -> anyhow::Result<()> {
    let same = FileId::of_regular_file(page).is_some()
        && FileId::of_regular_file(page) == FileId::of_regular_file(file);
    if same {
        bail!(
            "the page {} is {what} {}: it would be overwritten; give the page another name",
            page.display(),
            file.display()
        );
    }
    Ok(())
}
