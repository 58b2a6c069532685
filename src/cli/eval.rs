//! `rolescan eval` and `rolescan lexicon fit`: labelled postings in, metrics
//! or a fitted lexicon out.

use std::io::Write;

use anyhow::Context;
use rolescan::dataset::{fold_of, Dataset, Example, Fields, Label};
use rolescan::fit::{fit, FitOptions};
use rolescan::metrics::{Prediction, Report};
use rolescan::output::row::number;
use rolescan::output::Labels;
use rolescan::report::eval::{eval_page, EvalRun};
use rolescan::report::write_page;
use rolescan::{Lexicon, Scanner, Scorer};

use super::args::{EvalArgs, FitSettings, LabelledArgs};

/// The lexicon (`--lexicon` or the built-in one) and the labelled postings
/// counted with it; refuses a file with no usable label.
fn load(data: &LabelledArgs) -> anyhow::Result<(Lexicon, Dataset)> {
    let lexicon = match &data.lexicon {
        Some(path) => Lexicon::from_path(path)?,
        None => Lexicon::builtin(),
    };
    let scanner = Scanner::new(&lexicon)?;
    let fields = Fields {
        text: data.text_field.clone(),
        label: data.label_field.clone(),
        group: data.group_field.clone(),
        id: data.id_field.clone(),
    };
    let dataset = Dataset::load(&data.file, &fields, &lexicon, &scanner)?;
    if dataset.examples.is_empty() {
        anyhow::bail!(
            "{}: no posting has a label that is a role of the lexicon or 'other' (check --label-field)",
            data.file.display()
        );
    }
    Ok((lexicon, dataset))
}

/// The library's fit options for the fit flags.
fn options(settings: &FitSettings) -> FitOptions {
    FitOptions {
        l2: settings.l2,
        l2_relevance: settings.l2_relevance,
        min_examples: settings.min_examples,
        iterations: settings.iterations,
        calibration_folds: settings.calibration_folds,
        mine: settings.mine,
        mine_z: settings.mine_z,
        learn: settings.learn,
        learn_min_groups: settings.learn_min_groups,
        learn_max_share: settings.learn_max_share,
        learn_budget: settings.learn_budget,
        l2_learned: settings.l2_learned.clone(),
        l2_learned_relevance: settings.l2_learned_relevance.clone(),
        keep_biases: settings.keep_biases,
    }
}

/// An example's prediction, and its evidence text as the `score` output
/// lists it.
type Predicted = (Prediction, String);

/// The prediction for `example`, and its evidence text as the `score`
/// output lists it.
fn predict(scorer: &Scorer, labels: &Labels, example: &Example) -> Predicted {
    let s = scorer.score(&example.counts);
    let evidence = labels.evidence(&s);
    let prediction = Prediction {
        label: example.label,
        probabilities: s.probabilities,
        relevance: s.relevance,
        top_role: s.top_role,
    };
    (prediction, evidence)
}

/// Runs `rolescan eval`.
pub fn eval(args: &EvalArgs) -> anyhow::Result<()> {
    let (lexicon, dataset) = load(&args.data)?;
    let evidence_terms = rolescan::output::Options::default().evidence;
    let (scored, folds) = match args.folds {
        None => {
            let scored = predict_all(&lexicon, &dataset.examples, evidence_terms);
            (scored, vec![None; dataset.examples.len()])
        }
        Some(k) => cross_validate(&lexicon, &dataset.examples, k, &args.fit, evidence_terms)?,
    };
    let (predictions, evidence): (Vec<Prediction>, Vec<String>) = scored.into_iter().unzip();
    let roles: Vec<String> = lexicon.roles.iter().map(|r| r.id.clone()).collect();
    if let Some(path) = &args.predictions {
        let text = predictions_csv(&roles, &dataset.examples, &folds, &predictions)?;
        super::lexicon::write_output(Some(path), &text)?;
    }
    let report = Report::new(&roles, &predictions, args.min_support);
    if let Some(page) = &args.report {
        let run = EvalRun {
            file: &args.data.file.display().to_string(),
            lexicon: &super::report::lexicon_name(&lexicon),
            folds: args.folds,
            roles: &roles,
            report: &report,
            examples: &dataset.examples,
            predictions: &predictions,
            evidence: &evidence,
            excluded: &dataset.excluded,
            unreadable: dataset.unreadable,
            threshold: lexicon.model.relevance_threshold,
        };
        let html = eval_page(&run)?;
        write_page(page, &html)
            .with_context(|| format!("could not write the page {}", page.display()))?;
    }
    print_report(args, &lexicon, &dataset, &report, &roles)
}

/// Each example's prediction and evidence text under `lexicon` as it is.
fn predict_all(lexicon: &Lexicon, examples: &[Example], evidence_terms: usize) -> Vec<Predicted> {
    let scorer = Scorer::new(lexicon);
    let labels = Labels::new(lexicon, evidence_terms);
    examples
        .iter()
        .map(|e| predict(&scorer, &labels, e))
        .collect()
}

/// Each example's prediction and evidence text under the lexicon fitted to
/// the other `k` − 1 folds of its group, and its fold.
fn cross_validate(
    lexicon: &Lexicon,
    examples: &[Example],
    k: usize,
    settings: &FitSettings,
    evidence_terms: usize,
) -> anyhow::Result<(Vec<Predicted>, Vec<Option<usize>>)> {
    anyhow::ensure!(k >= 2, "--folds: need at least 2 folds");
    let options = options(settings);
    let mut folds: Vec<Option<usize>> = vec![None; examples.len()];
    let mut by_index: Vec<Option<Predicted>> = vec![None; examples.len()];
    for fold in 0..k {
        let train: Vec<&Example> = examples
            .iter()
            .filter(|e| fold_of(&e.group, k, 0) != fold)
            .collect();
        let (fitted, _) = fit(lexicon, &train, &options);
        let scorer = Scorer::new(&fitted);
        let labels = Labels::new(&fitted, evidence_terms);
        let held: Vec<(usize, &Example)> = examples
            .iter()
            .enumerate()
            .filter(|(_, e)| fold_of(&e.group, k, 0) == fold)
            .collect();
        // Mined terms change the lexicon's entries: recount.
        let refs: Vec<&Example> = held.iter().map(|(_, e)| *e).collect();
        let recounted = rolescan::fit::rescan(&fitted, &refs);
        for ((i, _), e) in held.iter().zip(&recounted) {
            by_index[*i] = Some(predict(&scorer, &labels, e));
            folds[*i] = Some(fold);
        }
    }
    let scored = by_index
        .into_iter()
        .map(|p| p.expect("every example is in one fold"))
        .collect();
    Ok((scored, folds))
}

/// Prints the metrics on stdout: as JSON with `--json`, else as text
/// after a line naming the data, the lexicon and what was left out.
fn print_report(
    args: &EvalArgs,
    lexicon: &Lexicon,
    dataset: &Dataset,
    report: &Report,
    roles: &[String],
) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    if args.json {
        let json = serde_json::json!({
            "file": args.data.file.display().to_string(),
            "lexicon": lexicon.origin,
            "folds": args.folds,
            "excluded": dataset.excluded,
            "unreadable": dataset.unreadable,
            "report": report,
        });
        writeln!(out, "{}", serde_json::to_string_pretty(&json)?)?;
        return Ok(());
    }
    writeln!(
        out,
        "{} scored with {}{}",
        args.data.file.display(),
        lexicon.origin,
        args.folds.map_or(String::new(), |k| format!(
            ", {k}-fold grouped cross-validation of `lexicon fit`"
        ))
    )?;
    if !dataset.excluded.is_empty() {
        let left: Vec<String> = dataset
            .excluded
            .iter()
            .map(|(l, n)| format!("{l} {n}"))
            .collect();
        writeln!(
            out,
            "left out (label not a role nor 'other'): {}",
            left.join(", ")
        )?;
    }
    if dataset.unreadable > 0 {
        writeln!(
            out,
            "unreadable records (no text or label): {}",
            dataset.unreadable
        )?;
    }
    write!(out, "{}", report.render(roles))?;
    Ok(())
}

/// The per-posting CSV of `eval --predictions`.
fn predictions_csv(
    roles: &[String],
    examples: &[Example],
    folds: &[Option<usize>],
    predictions: &[Prediction],
) -> anyhow::Result<String> {
    let name = |label: Label| match label {
        Label::Role(r) => roles[r].as_str(),
        Label::Other => rolescan::lexicon::OTHER_ROLE,
    };
    let mut w = csv::Writer::from_writer(Vec::new());
    let mut header = vec!["posting_id".to_string(), "label".into(), "fold".into()];
    header.push("relevance".into());
    header.extend(roles.iter().map(|r| format!("p_{r}")));
    header.extend(["most_probable".into(), "top_role".into(), "correct".into()]);
    w.write_record(&header)?;
    for ((e, fold), p) in examples.iter().zip(folds).zip(predictions) {
        let best = rolescan::score::argmax(&p.probabilities);
        let top = p
            .top_role
            .map_or(rolescan::lexicon::OTHER_ROLE, |r| &roles[r]);
        let correct = match e.label {
            Label::Role(r) => r == best,
            Label::Other => p.top_role.is_none(),
        };
        let mut row = vec![
            e.id.clone(),
            name(e.label).to_string(),
            fold.map_or(String::new(), |f| f.to_string()),
            number(p.relevance),
        ];
        row.extend(p.probabilities.iter().map(|&x| number(x)));
        row.extend([roles[best].clone(), top.to_string(), correct.to_string()]);
        w.write_record(&row)?;
    }
    Ok(String::from_utf8(w.into_inner()?)?)
}

/// Runs `rolescan lexicon fit`.
pub fn fit_lexicon(
    data: &LabelledArgs,
    settings: &FitSettings,
    name: Option<&str>,
    output: Option<&std::path::Path>,
) -> anyhow::Result<()> {
    let (lexicon, dataset) = load(data)?;
    let examples: Vec<&Example> = dataset.examples.iter().collect();
    let (mut fitted, summary) = fit(&lexicon, &examples, &options(settings));
    if let Some(name) = name {
        fitted.name = name.to_string();
        fitted.description = format!("{} (fitted to labelled postings)", lexicon.description);
    }
    let per_role: Vec<String> = lexicon
        .roles
        .iter()
        .zip(&summary.role_examples)
        .zip(&summary.fitted_roles)
        .map(|((r, n), f)| format!("{} {n}{}", r.id, if *f { "" } else { " (kept)" }))
        .collect();
    let mut header: Vec<String> = lexicon_header(&lexicon);
    header.push(String::new());
    header.push(format!(
        "Fitted by `rolescan lexicon fit {}` from {}.",
        super::lexicon::command_line_after(3),
        lexicon.origin
    ));
    header.push(format!(
        "Labelled postings: {}; other {}. Roles marked (kept) had too few postings and keep their weights.",
        per_role.join(", "),
        summary.other_examples
    ));
    header.push(
        "Only derived numbers are stored: weights, biases and calibration; no posting text."
            .to_string(),
    );
    let text = fitted.to_lex(&header);
    Lexicon::parse(&text, "<fitted>").context("the fitted lexicon does not parse")?;
    super::lexicon::write_output(output, &text)?;
    eprintln!(
        "rolescan: fitted {} entries on {} postings; temperature {:.3}",
        fitted.entries.len(),
        examples.len(),
        summary.temperature
    );
    Ok(())
}

/// The starting lexicon's own header comment lines, kept in the fitted file.
fn lexicon_header(lexicon: &Lexicon) -> Vec<String> {
    let Ok(text) = std::fs::read_to_string(&lexicon.origin) else {
        return vec![format!("Starting lexicon: {}", lexicon.origin)];
    };
    text.lines()
        .take_while(|l| l.starts_with('#') || l.trim().is_empty())
        .filter(|l| l.starts_with('#'))
        .map(|l| l.trim_start_matches('#').trim_start().to_string())
        .collect()
}
