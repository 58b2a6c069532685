//! The scores page (`rolescan report`, `score --report`): a [`Summary`]
//! turned into the template's context, then into HTML.
//!
//! The templates live in `templates/` and are compiled into the binary;
//! minijinja escapes every value put into them (ids, sources, evidence
//! and error messages come from the input) except the charts' SVG, which
//! plotters escapes itself. A file with no rows, or with error rows only,
//! gets a page that says so, without charts.

use std::collections::BTreeMap;

use minijinja::{AutoEscape, Environment};
use serde::Serialize;

use super::charts::{self, css, outcome_colour, Chart};
use super::summary::{Noted, Summary};
use super::thousands;
use crate::error::{Error, Result};
use crate::output::row::number;

/// Sources listed in the table; the rest are summed in a note.
const SOURCE_ROWS: usize = 40;
/// Evidence terms charted per role.
const TERMS: usize = 10;

/// What the scores file does not record about the run, when the caller
/// knows it (`score --report` does).
#[derive(Debug, Clone)]
pub struct RunInfo {
    /// The lexicon's name and origin.
    pub lexicon: Option<String>,
    /// Postings scored with a warning.
    pub warnings: Option<u64>,
    /// The lexicon's relevance threshold.
    pub threshold: f64,
}

impl Default for RunInfo {
    fn default() -> RunInfo {
        RunInfo {
            lexicon: None,
            warnings: None,
            threshold: 0.5,
        }
    }
}

/// The templates, with HTML escaping on (of `&`, `<`, `>`, `"` and `'`:
/// paths keep their slashes).
pub(super) fn environment() -> Result<Environment<'static>> {
    let mut env = Environment::new();
    env.set_formatter(|out, state, value| match value.as_str() {
        Some(text) if !value.is_safe() && !matches!(state.auto_escape(), AutoEscape::None) => {
            out.write_str(&escape_html(text)).map_err(|_| {
                minijinja::Error::new(minijinja::ErrorKind::WriteFailure, "writing the page")
            })
        }
        _ => minijinja::escape_formatter(out, state, value),
    });
    let templates = [
        ("base.html", include_str!("templates/base.html")),
        ("scores.html", include_str!("templates/scores.html")),
        ("eval.html", include_str!("templates/eval.html")),
    ];
    for (name, text) in templates {
        env.add_template(name, text).map_err(template_error)?;
    }
    Ok(env)
}

/// `text` with the characters that mean markup in HTML escaped.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

pub(super) fn template_error(e: minijinja::Error) -> Error {
    Error::config(format!("the report template failed: {e:#}"))
}

/// One fact of the run line.
#[derive(Debug, Serialize)]
struct Fact {
    value: String,
    label: String,
}

fn fact(value: impl Into<String>, label: impl Into<String>) -> Fact {
    Fact {
        value: value.into(),
        label: label.into(),
    }
}

/// A role (or `other`) with its colour.
#[derive(Debug, Serialize)]
struct Outcome {
    name: String,
    colour: String,
}

/// A row of the sources table.
#[derive(Debug, Serialize)]
struct SourceRow {
    name: String,
    counts: Vec<String>,
}

/// A posting in the tables.
#[derive(Debug, Serialize)]
struct PostingRow {
    id: String,
    source: String,
    relevance: String,
    confidence: String,
    best: String,
    evidence: String,
}

/// The postings tables of one outcome.
#[derive(Debug, Serialize)]
struct RolePostings {
    name: String,
    colour: String,
    count: String,
    relevant: Vec<PostingRow>,
    doubtful: Vec<PostingRow>,
}

/// A row of the errors table.
#[derive(Debug, Serialize)]
struct ReasonRow {
    key: String,
    count: String,
    example: String,
    postings: Vec<String>,
}

/// The scores page's context.
#[derive(Debug, Serialize)]
struct Context {
    version: &'static str,
    file: String,
    run: Vec<Fact>,
    notice: Option<String>,
    outcomes: Vec<Outcome>,
    charts: BTreeMap<&'static str, Chart>,
    evidence_terms: usize,
    sources: Vec<SourceRow>,
    sources_more: Option<String>,
    top: usize,
    postings: Vec<RolePostings>,
    reasons: Vec<ReasonRow>,
    reasons_more: Option<String>,
}

/// The scores page of `summary`, read from `file`.
pub fn scores_page(file: &str, summary: &Summary, info: &RunInfo) -> Result<String> {
    let n = summary.outcomes.len();
    let scored = summary.scored() > 0;
    let context = Context {
        version: env!("CARGO_PKG_VERSION"),
        file: file.to_string(),
        run: run_line(summary, info),
        notice: notice(summary),
        outcomes: (0..n)
            .map(|i| Outcome {
                name: summary.outcomes[i].clone(),
                colour: css(outcome_colour(i, n - 1)),
            })
            .collect(),
        charts: if scored {
            scores_charts(summary, info)?
        } else {
            BTreeMap::new()
        },
        evidence_terms: summary.evidence_terms,
        sources: source_rows(summary),
        sources_more: sources_more(summary),
        top: summary.top,
        postings: (0..n).map(|i| role_postings(summary, i)).collect(),
        reasons: reason_rows(summary),
        reasons_more: (summary.reasons.rest > 0).then(|| {
            format!(
                "{} more error rows with other reasons.",
                thousands(summary.reasons.rest)
            )
        }),
    };
    let env = environment()?;
    let template = env.get_template("scores.html").map_err(template_error)?;
    template
        .render(minijinja::value::Serde(&context))
        .map_err(template_error)
}

/// The run in one line: postings, errors, warnings, lexicon.
fn run_line(s: &Summary, info: &RunInfo) -> Vec<Fact> {
    let mut run = vec![
        fact(thousands(s.postings), "postings"),
        fact(thousands(s.scored()), "scored"),
        fact(
            thousands(s.errors),
            if s.errors == 1 { "error" } else { "errors" },
        ),
    ];
    run.push(match info.warnings {
        Some(w) => fact(thousands(w), if w == 1 { "warning" } else { "warnings" }),
        None => fact(
            thousands(s.empty),
            "empty postings (no words; other warnings are not recorded in a scores file)",
        ),
    });
    run.push(match &info.lexicon {
        Some(name) => fact(name.clone(), "lexicon"),
        None => fact(
            s.roles().join(", "),
            "roles (the lexicon is not recorded in a scores file)",
        ),
    });
    run.push(fact(
        format!("{:.2}", info.threshold),
        "relevance threshold",
    ));
    run
}

/// The message of a page without charts.
fn notice(s: &Summary) -> Option<String> {
    if s.postings == 0 {
        Some("This scores file has a header but no rows: no posting was scored, so there is nothing to chart.".to_string())
    } else if s.scored() == 0 {
        Some(format!(
            "Every row ({}) is an error row: no posting could be scored, so there is nothing to chart. The reasons are listed below.",
            thousands(s.postings)
        ))
    } else {
        None
    }
}

fn scores_charts(s: &Summary, info: &RunInfo) -> Result<BTreeMap<&'static str, Chart>> {
    let n = s.outcomes.len();
    let means: Vec<f64> = (0..n)
        .map(|i| s.confidence_sum[i] / s.by_role[i].max(1) as f64)
        .collect();
    let terms: Vec<Vec<(String, u64)>> = s
        .evidence
        .iter()
        .map(|t| {
            t.top(TERMS)
                .into_iter()
                .map(|(t, c)| (t.to_string(), c))
                .collect()
        })
        .collect();
    Ok(BTreeMap::from([
        (
            "roles",
            charts::outcome_bars("chart-roles", &s.outcomes, &s.by_role)?,
        ),
        (
            "relevance",
            charts::relevance_histogram("chart-relevance", &s.relevance, info.threshold)?,
        ),
        (
            "confidence",
            charts::confidence_panels("chart-confidence", &s.outcomes, &s.confidence, &means)?,
        ),
        (
            "evidence",
            charts::evidence_panels("chart-evidence", &s.outcomes, &terms)?,
        ),
    ]))
}

fn source_rows(s: &Summary) -> Vec<SourceRow> {
    let row = |name: &str, counts: &[u64]| SourceRow {
        name: name.to_string(),
        counts: counts
            .iter()
            .copied()
            .chain([counts.iter().sum()])
            .map(thousands)
            .collect(),
    };
    let mut rows: Vec<SourceRow> = s
        .sources
        .sorted()
        .into_iter()
        .take(SOURCE_ROWS)
        .map(|(name, counts)| row(name, counts))
        .collect();
    if s.sources.rest.iter().any(|&c| c > 0) {
        rows.push(row(
            &format!(
                "(sources past the first {})",
                thousands(super::summary::MAX_SOURCES as u64)
            ),
            &s.sources.rest,
        ));
    }
    rows
}

fn sources_more(s: &Summary) -> Option<String> {
    let sorted = s.sources.sorted();
    let hidden = sorted.get(SOURCE_ROWS..)?;
    let rows: u64 = hidden.iter().map(|(_, c)| c.iter().sum::<u64>()).sum();
    Some(format!(
        "{} more sources with {} rows in all are not listed.",
        thousands(hidden.len() as u64),
        thousands(rows)
    ))
}

fn posting_row(s: &Summary, p: &Noted) -> PostingRow {
    PostingRow {
        id: p.posting_id.clone(),
        source: p.source.clone(),
        relevance: number(p.relevance),
        confidence: number(p.confidence),
        best: format!("{} ({})", s.outcomes[p.best_role], number(p.best_p)),
        evidence: p.evidence.clone(),
    }
}

fn role_postings(s: &Summary, i: usize) -> RolePostings {
    let n = s.outcomes.len();
    RolePostings {
        name: s.outcomes[i].clone(),
        colour: css(outcome_colour(i, n - 1)),
        count: thousands(s.by_role[i]),
        relevant: s.relevant[i]
            .sorted()
            .into_iter()
            .map(|p| posting_row(s, p))
            .collect(),
        doubtful: s.doubtful[i]
            .sorted()
            .into_iter()
            .map(|p| posting_row(s, p))
            .collect(),
    }
}

fn reason_rows(s: &Summary) -> Vec<ReasonRow> {
    s.reasons
        .sorted()
        .into_iter()
        .map(|r| ReasonRow {
            key: r.key.clone(),
            count: thousands(r.count),
            example: r.example.clone(),
            postings: r.postings.clone(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::read::fixture::{file, CSV};
    use super::*;

    fn page_of(csv: &str, info: &RunInfo) -> String {
        let (_dir, path) = file("s.csv", csv);
        let summary = Summary::from_file(&path, 3).unwrap();
        scores_page("s.csv", &summary, info).unwrap()
    }

    const CHARTS: [&str; 4] = [
        "chart-roles",
        "chart-relevance",
        "chart-confidence",
        "chart-evidence",
    ];

    #[test]
    fn the_page_has_every_chart_and_the_run_line() {
        let page = page_of(CSV, &RunInfo::default());
        for id in CHARTS {
            assert_eq!(
                page.matches(&format!("<svg id=\"{id}\"")).count(),
                1,
                "{id}"
            );
        }
        assert!(
            page.contains(
                "<b>7</b> postings · <b>5</b> scored · <b>2</b> errors · <b>1</b> empty postings"
            ),
            "{page}"
        );
        assert!(page.contains("roles (the lexicon is not recorded in a scores file)"));
        assert!(page.contains("line N is not valid JSON"));
        assert!(page.contains(
            "<td class=\"id\">ads/</td><td class=\"num\">2</td><td class=\"num\">1</td>"
        ));
        assert!(!page.contains("id=\"notice\""));
        let named = RunInfo {
            lexicon: Some("mine (my.lex)".into()),
            warnings: Some(3),
            threshold: 0.4,
        };
        let page = page_of(CSV, &named);
        assert!(page.contains(
            "<b>3</b> warnings · <b>mine (my.lex)</b> lexicon · <b>0.40</b> relevance threshold"
        ));
    }

    #[test]
    fn text_from_the_input_is_escaped() {
        let csv = CSV.replacen("ads/a.txt,a,", "ads/a.txt,<script>alert(1)</script>,", 1);
        let page = page_of(&csv, &RunInfo::default());
        assert!(!page.contains("<script"), "a posting id became markup");
        assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    #[test]
    fn pages_without_scored_rows_say_so() {
        let header = CSV.lines().next().unwrap();
        let page = page_of(&format!("{header}\n"), &RunInfo::default());
        assert!(page.contains("has a header but no rows"), "{page}");
        assert!(!page.contains("<svg"));
        let errors: String = CSV
            .lines()
            .filter(|l| l.contains("line:") || l.starts_with("source"))
            .map(|l| format!("{l}\n"))
            .collect();
        let page = page_of(&errors, &RunInfo::default());
        assert!(page.contains("Every row (2) is an error row"), "{page}");
        assert!(page.contains("line N is JSON but not an object"));
        assert!(!page.contains("<svg"));
    }
}
