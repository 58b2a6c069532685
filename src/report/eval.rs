//! The evaluation page (`rolescan eval --report`): the metrics of
//! [`crate::metrics::Report`] as charts (confusion heat map, precision,
//! recall and F1 bars, reliability diagrams of the role probability and of
//! relevance, the relevance ROC curve, relevance by label) and the worst
//! misses: postings
//! whose written `top_role` is not their label, the most confident first.
//! With `eval --folds` every figure is of held-out scores.

use std::collections::BTreeMap;

use serde::Serialize;

use super::charts::{self, css, outcome_colour, Chart};
use super::page::{environment, template_error};
use super::summary::{bin, RELEVANCE_BINS};
use super::thousands;
use crate::dataset::{Example, Label};
use crate::error::Result;
use crate::lexicon::OTHER_ROLE;
use crate::metrics::{roc_points, Prediction, Report};
use crate::output::row::number;

/// Misses listed.
const MISSES: usize = 25;

/// An evaluation to show.
#[derive(Debug)]
pub struct EvalRun<'a> {
    /// The labelled file.
    pub file: &'a str,
    /// The lexicon's name and origin.
    pub lexicon: &'a str,
    /// `--folds`, when cross-validated.
    pub folds: Option<usize>,
    /// Role ids.
    pub roles: &'a [String],
    /// The metrics.
    pub report: &'a Report,
    /// The labelled postings, in the order of `predictions`.
    pub examples: &'a [Example],
    /// What the scorer said about each.
    pub predictions: &'a [Prediction],
    /// Each one's evidence text (`term×count; ...`).
    pub evidence: &'a [String],
    /// Postings left out, per label that is neither a role nor `other`.
    pub excluded: &'a BTreeMap<String, usize>,
    /// Records without a readable text or label.
    pub unreadable: usize,
    /// The lexicon's relevance threshold.
    pub threshold: f64,
}

#[derive(Debug, Serialize)]
struct Fact {
    value: String,
    label: String,
}

#[derive(Debug, Serialize)]
struct RoleRow {
    role: String,
    colour: String,
    support: String,
    precision: String,
    recall: String,
    f1: String,
}

#[derive(Debug, Serialize)]
struct Miss {
    id: String,
    label: String,
    written: String,
    confidence: String,
    relevance: String,
    p_label: String,
    evidence: String,
}

#[derive(Debug, Serialize)]
struct Context {
    version: &'static str,
    file: String,
    run: Vec<Fact>,
    metrics: Vec<Fact>,
    how: String,
    charts: BTreeMap<&'static str, Chart>,
    roles: Vec<RoleRow>,
    macro_f1: String,
    macro_roles: String,
    misses: Vec<Miss>,
    misses_total: String,
}

fn fact(value: impl Into<String>, label: impl Into<String>) -> Fact {
    Fact {
        value: value.into(),
        label: label.into(),
    }
}

/// The evaluation page.
pub fn eval_page(run: &EvalRun) -> Result<String> {
    let r = run.report;
    let (misses, misses_total) = worst_misses(run);
    let context = Context {
        version: env!("CARGO_PKG_VERSION"),
        file: run.file.to_string(),
        run: run_line(run),
        metrics: metrics(r),
        how: match run.folds {
            Some(k) => format!("Held-out scores: {k}-fold grouped cross-validation of `lexicon fit`, each posting scored by the lexicon fitted without its fold."),
            None => "Scores of the lexicon as it is (no fitting).".to_string(),
        },
        charts: eval_charts(run)?,
        roles: role_rows(run),
        macro_f1: format!("{:.3}", r.macro_f1),
        macro_roles: if r.macro_roles.is_empty() {
            "no role (too few postings)".to_string()
        } else {
            r.macro_roles.join(", ")
        },
        misses,
        misses_total: thousands(misses_total as u64),
    };
    let env = environment()?;
    let template = env.get_template("eval.html").map_err(template_error)?;
    template
        .render(minijinja::value::Serde(&context))
        .map_err(template_error)
}

fn run_line(run: &EvalRun) -> Vec<Fact> {
    let r = run.report;
    let mut facts = vec![
        fact(thousands(r.postings as u64), "labelled postings"),
        fact(thousands(r.role_postings as u64), "with a role label"),
        fact(
            thousands((r.postings - r.role_postings) as u64),
            "labelled other",
        ),
    ];
    let left: usize = run.excluded.values().sum();
    if left > 0 {
        let labels: Vec<String> = run
            .excluded
            .iter()
            .map(|(l, n)| format!("{l} {n}"))
            .collect();
        facts.push(fact(
            thousands(left as u64),
            format!("left out ({})", labels.join(", ")),
        ));
    }
    if run.unreadable > 0 {
        facts.push(fact(thousands(run.unreadable as u64), "unreadable"));
    }
    facts.push(fact(run.lexicon, "lexicon"));
    facts.push(match run.folds {
        Some(k) => fact(format!("{k}-fold"), "grouped cross-validation"),
        None => fact("no", "cross-validation"),
    });
    facts
}

fn metrics(r: &Report) -> Vec<Fact> {
    vec![
        fact(
            format!("{:.3}", r.macro_f1),
            "macro-F1 (most probable role)",
        ),
        fact(
            format!("{:.3}", r.top_role_macro_f1),
            "macro-F1 of top_role",
        ),
        fact(
            format!("{:.3}", r.accuracy),
            "accuracy (most probable role)",
        ),
        fact(format!("{:.3}", r.top_role_accuracy), "top_role accuracy"),
        fact(
            r.relevance_auc
                .map_or("n/a".to_string(), |a| format!("{a:.3}")),
            "relevance ROC-AUC",
        ),
        fact(format!("{:.3}", r.ece), "ECE, role probability"),
        fact(format!("{:.3}", r.relevance_ece), "ECE, relevance"),
        fact(format!("{:.3}", r.log_loss), "log-loss"),
    ]
}

fn eval_charts(run: &EvalRun) -> Result<BTreeMap<&'static str, Chart>> {
    let r = run.report;
    let mut names = run.roles.to_vec();
    names.push(OTHER_ROLE.to_string());
    let values: Vec<[f64; 3]> = r
        .roles
        .iter()
        .map(|m| [m.precision, m.recall, m.f1])
        .collect();
    let support: Vec<usize> = r.roles.iter().map(|m| m.support).collect();
    let pairs: Vec<(f64, bool)> = run
        .predictions
        .iter()
        .map(|p| (p.relevance, matches!(p.label, Label::Role(_))))
        .collect();
    let cut = threshold_point(&pairs, run.threshold).map(|p| (run.threshold, p));
    let (role, relevance) = reliability_charts(r)?;
    Ok(BTreeMap::from([
        (
            "confusion",
            charts::confusion_heatmap("chart-confusion", &names, &r.confusion)?,
        ),
        (
            "prf",
            charts::prf_bars("chart-prf", run.roles, &values, &support)?,
        ),
        ("reliability_role", role),
        ("reliability_relevance", relevance),
        (
            "roc",
            charts::roc_curve("chart-roc", &roc_points(&pairs), r.relevance_auc, cut)?,
        ),
        ("by_label", by_label(&pairs, run.threshold)?),
    ]))
}

/// The reliability diagrams of the role probability and of relevance.
fn reliability_charts(r: &Report) -> Result<(Chart, Chart)> {
    let role = charts::reliability(
        "chart-reliability-role",
        "Reliability of the role probability",
        "top role probability",
        &r.reliability,
        r.ece,
    )?;
    let relevance = charts::reliability(
        "chart-reliability-relevance",
        "Reliability of relevance",
        "relevance",
        &r.relevance_reliability,
        r.relevance_ece,
    )?;
    Ok((role, relevance))
}

/// The relevance histograms of role and `other` postings.
fn by_label(pairs: &[(f64, bool)], threshold: f64) -> Result<Chart> {
    let mut roles = [0u64; RELEVANCE_BINS];
    let mut others = [0u64; RELEVANCE_BINS];
    for &(relevance, role) in pairs {
        let bins = if role { &mut roles } else { &mut others };
        bins[bin(relevance, RELEVANCE_BINS)] += 1;
    }
    charts::relevance_by_label("chart-relevance-by-label", &roles, &others, threshold)
}

/// `(false positive rate, true positive rate)` at the relevance threshold.
fn threshold_point(pairs: &[(f64, bool)], threshold: f64) -> Option<(f64, f64)> {
    let positives = pairs.iter().filter(|p| p.1).count();
    let negatives = pairs.len() - positives;
    if positives == 0 || negatives == 0 {
        return None;
    }
    let above = |positive: bool| {
        pairs
            .iter()
            .filter(|p| p.1 == positive && p.0 >= threshold)
            .count()
    };
    Some((
        above(false) as f64 / negatives as f64,
        above(true) as f64 / positives as f64,
    ))
}

fn role_rows(run: &EvalRun) -> Vec<RoleRow> {
    let n = run.roles.len();
    run.report
        .roles
        .iter()
        .enumerate()
        .map(|(i, m)| RoleRow {
            role: m.role.clone(),
            colour: css(outcome_colour(i, n)),
            support: thousands(m.support as u64),
            precision: format!("{:.3}", m.precision),
            recall: format!("{:.3}", m.recall),
            f1: format!("{:.3}", m.f1),
        })
        .collect()
}

/// The confidence of what was written for `p`: relevance × p(top role)
/// for a role, 1 − relevance for `other`.
pub fn written_confidence(p: &Prediction) -> f64 {
    match p.top_role {
        Some(r) => p.relevance * p.probabilities[r],
        None => 1.0 - p.relevance,
    }
}

/// The misses, the most confident first (ties in file order), and how
/// many there are.
fn worst_misses(run: &EvalRun) -> (Vec<Miss>, usize) {
    let name = |r: Option<usize>| r.map_or(OTHER_ROLE.to_string(), |r| run.roles[r].clone());
    let mut misses: Vec<(usize, f64)> = run
        .predictions
        .iter()
        .enumerate()
        .filter(|(_, p)| match p.label {
            Label::Role(r) => p.top_role != Some(r),
            Label::Other => p.top_role.is_some(),
        })
        .map(|(i, p)| (i, written_confidence(p)))
        .collect();
    let total = misses.len();
    misses.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let rows = misses
        .into_iter()
        .take(MISSES)
        .map(|(i, confidence)| {
            let p = &run.predictions[i];
            let label = match p.label {
                Label::Role(r) => Some(r),
                Label::Other => None,
            };
            Miss {
                id: run.examples[i].id.clone(),
                label: name(label),
                written: name(p.top_role),
                confidence: number(confidence),
                relevance: number(p.relevance),
                p_label: label.map_or("\u{2014}".to_string(), |r| number(p.probabilities[r])),
                evidence: run.evidence[i].clone(),
            }
        })
        .collect();
    (rows, total)
}
