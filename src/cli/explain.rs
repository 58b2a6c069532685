//! `rolescan explain`: print why postings scored as they did.
//!
//! For each selected posting: a header, the normalized text wrapped to 100
//! columns with matched terms in colour or `[[brackets]]`, a table of each
//! matched entry's count, saturated value and contribution to every role
//! score and to the relevance logit (with the baseline and the totals), then
//! the probabilities, relevance, top role and confidence. The numbers come
//! from [`rolescan::Explanation`]; this module only lays them out.

use std::io::{IsTerminal, Write};

use anyhow::bail;
use rolescan::explain::Segment;
use rolescan::lexicon::OTHER_ROLE;
use rolescan::source::Postings;
use rolescan::{Explanation, Lexicon, Scanner, Scorer};

use super::args::{ColorChoice, ExplainArgs};
use super::score::{load_lexicon, read_options, reads_a_terminal, TERMINAL_HINT};

const WIDTH: usize = 100;
const MAX_TERM: usize = 30;
const HIGHLIGHT: &str = "\x1b[1;33m";
const RESET: &str = "\x1b[0m";

/// Runs `rolescan explain`. Returns whether every selected posting could be
/// read.
pub fn run(args: ExplainArgs) -> anyhow::Result<bool> {
    let lexicon = load_lexicon(args.lexicon.as_deref())?;
    let scanner = Scanner::new(&lexicon)?;
    let scorer = Scorer::new(&lexicon);
    let color = match args.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    };
    let limit = args
        .first
        .unwrap_or(if args.id.is_some() { usize::MAX } else { 1 });
    let inputs = vec![args.input.clone()];
    if reads_a_terminal(&inputs) {
        eprintln!("{TERMINAL_HINT}");
    }
    let postings = Postings::new(inputs, read_options(&args.input_args));
    let mut out = std::io::stdout().lock();
    let mut shown = 0usize;
    let mut all_ok = true;
    for posting in postings {
        if shown >= limit {
            break;
        }
        if args.id.as_ref().is_some_and(|id| *id != posting.id) {
            continue;
        }
        if shown > 0 {
            writeln!(out)?;
        }
        shown += 1;
        let id = if posting.id.is_empty() {
            String::new()
        } else {
            format!(" [{}]", posting.id)
        };
        writeln!(out, "== {}{id}", posting.source)?;
        if let Some(warning) = &posting.warning {
            writeln!(out, "warning: {warning}")?;
        }
        match &posting.text {
            Err(message) => {
                all_ok = false;
                writeln!(out, "error: {message}")?;
            }
            Ok(text) => {
                let x = Explanation::new(&lexicon, &scanner, &scorer, text);
                render(&mut out, &lexicon, &x, color, !args.no_text)?;
            }
        }
    }
    out.flush()?;
    if shown == 0 {
        match &args.id {
            Some(id) => bail!(
                "no posting with id '{id}' in {} (ids are the id field or column, the file \
                 stem, or line:N / row:N)",
                args.input.display()
            ),
            None => bail!("no postings in {}", args.input.display()),
        }
    }
    Ok(all_ok)
}

/// Writes one posting's explanation: counts, the marked text, the table
/// and the verdict.
fn render(
    out: &mut impl Write,
    lexicon: &Lexicon,
    x: &Explanation,
    color: bool,
    with_text: bool,
) -> std::io::Result<()> {
    writeln!(
        out,
        "{} words, {} matches of {} terms",
        x.words,
        x.hits.len(),
        x.terms.len()
    )?;
    if with_text {
        writeln!(out)?;
        let (open, close) = if color {
            (HIGHLIGHT, RESET)
        } else {
            ("[[", "]]")
        };
        for line in wrap(&x.segments(), open, close, WIDTH) {
            writeln!(out, "  {line}")?;
        }
    }
    writeln!(out)?;
    table(out, lexicon, x)?;
    writeln!(out)?;
    let s = &x.scores;
    let (top, how) = match s.top_role {
        Some(r) => (
            lexicon.roles[r].id.as_str(),
            format!(
                "relevance {:.4} >= threshold {}",
                s.relevance, lexicon.model.relevance_threshold
            ),
        ),
        None => (
            OTHER_ROLE,
            format!(
                "relevance {:.4} < threshold {}",
                s.relevance, lexicon.model.relevance_threshold
            ),
        ),
    };
    writeln!(out, "top_role    {top} ({how})")?;
    let why = if s.top_role.is_some() {
        "relevance × p_top"
    } else {
        "1 − relevance"
    };
    writeln!(out, "confidence  {:.4} ({why})", s.confidence)?;
    Ok(())
}

/// The contribution table: one row per term, then baseline, total and the
/// final probability / relevance.
fn table(out: &mut impl Write, lexicon: &Lexicon, x: &Explanation) -> std::io::Result<()> {
    let columns = Columns::new(lexicon, x);
    let ids: Vec<String> = lexicon.roles.iter().map(|r| r.id.clone()).collect();
    columns.row(out, "term", "count", "ln(1+c)", &ids, "relevance")?;
    let base: Vec<String> = x.base.iter().map(|&v| format!("{v:+.3}")).collect();
    columns.row(
        out,
        "(log prior / bias)",
        "",
        "",
        &base,
        &format!("{:+.3}", x.relevance_bias),
    )?;
    if let Some(t) = x.cued_title {
        let none = vec!["·".to_string(); ids.len()];
        let name = format!("(hiring cue: {})", lexicon.entries[t].term);
        columns.row(out, &name, "", "", &none, &contribution(x.cue_relevance))?;
    }
    for t in &x.terms {
        let cells: Vec<String> = t.roles.iter().map(|&v| contribution(v)).collect();
        columns.row(
            out,
            &lexicon.entries[t.entry].display(),
            &t.count.to_string(),
            &format!("{:.3}", t.saturated),
            &cells,
            &contribution(t.relevance),
        )?;
    }
    let totals: Vec<String> = x.role_totals.iter().map(|&v| format!("{v:+.3}")).collect();
    columns.row(
        out,
        "= total (z / logit)",
        "",
        "",
        &totals,
        &format!("{:+.3}", x.relevance_total),
    )?;
    let probs: Vec<String> = x
        .scores
        .probabilities
        .iter()
        .map(|p| format!("{p:.4}"))
        .collect();
    let label = if x.temperature == 1.0 {
        "→ softmax / sigmoid".to_string()
    } else {
        format!("→ softmax(z/{}) / sigmoid", x.temperature)
    };
    columns.row(
        out,
        &label,
        "",
        "",
        &probs,
        &format!("{:.4}", x.scores.relevance),
    )
}

/// A term's contribution to a score, signed, or `·` for none.
fn contribution(v: f64) -> String {
    if v == 0.0 {
        "·".to_string()
    } else {
        format!("{v:+.3}")
    }
}

/// The widths of the contribution table's term and role columns.
struct Columns {
    term: usize,
    roles: Vec<usize>,
}

impl Columns {
    /// Room for the longest matched term (at most [`MAX_TERM`] columns)
    /// and for each role id.
    fn new(lexicon: &Lexicon, x: &Explanation) -> Columns {
        let term = x
            .terms
            .iter()
            .map(|t| lexicon.entries[t.entry].display().chars().count())
            .chain([22])
            .max()
            .unwrap_or(0)
            .min(MAX_TERM);
        let roles = lexicon.roles.iter().map(|r| r.id.len().max(8)).collect();
        Columns { term, roles }
    }

    /// Writes one line of the table: the term (clipped), its count and
    /// saturated value, a cell per role, and the relevance cell.
    fn row(
        &self,
        out: &mut dyn Write,
        name: &str,
        count: &str,
        sat: &str,
        roles: &[String],
        rel: &str,
    ) -> std::io::Result<()> {
        let term_w = self.term;
        write!(out, "{:<term_w$} {count:>5} {sat:>7}", clip(name, term_w))?;
        for (cell, w) in roles.iter().zip(&self.roles) {
            write!(out, "  {cell:>w$}")?;
        }
        writeln!(out, "  {rel:>9}")
    }
}

/// `s` cut to `width` characters, the last one an ellipsis when cut.
fn clip(s: &str, width: usize) -> String {
    if s.chars().count() <= width {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(width - 1).collect();
        t.push('…');
        t
    }
}

/// Wraps the text at spaces to `width` visible columns; a match is never
/// split across lines.
fn wrap(segments: &[Segment<'_>], open: &str, close: &str, width: usize) -> Vec<String> {
    // Units to lay out: (text, marked, preceded by a space).
    let mut units: Vec<(&str, bool, bool)> = Vec::new();
    let mut space = false;
    for seg in segments {
        if seg.entry.is_some() {
            units.push((seg.text, true, space));
            space = false;
            continue;
        }
        for (i, word) in seg.text.split(' ').enumerate() {
            space |= i > 0;
            if !word.is_empty() {
                units.push((word, false, space));
                space = false;
            }
        }
    }
    // Escape sequences take no columns; brackets do.
    let marks = if open.starts_with('\x1b') {
        0
    } else {
        open.chars().count() + close.chars().count()
    };
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut col = 0usize;
    for (text, marked, space) in units {
        let n = text.chars().count() + if marked { marks } else { 0 };
        let space = space && col > 0;
        if col > 0 && col + usize::from(space) + n > width {
            lines.push(std::mem::take(&mut line));
            col = 0;
        } else if space {
            line.push(' ');
            col += 1;
        }
        if marked {
            line.push_str(open);
            line.push_str(text);
            line.push_str(close);
        } else {
            line.push_str(text);
        }
        col += n;
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_keeps_matches_whole() {
        let segs = [
            Segment {
                text: "aaa bbb ",
                entry: None,
            },
            Segment {
                text: "project manager",
                entry: Some(0),
            },
            Segment {
                text: " cc",
                entry: None,
            },
        ];
        assert_eq!(
            wrap(&segs, "[[", "]]", 22),
            ["aaa bbb", "[[project manager]] cc"]
        );
        assert_eq!(
            wrap(&segs, "[[", "]]", 100),
            ["aaa bbb [[project manager]] cc"]
        );
        assert_eq!(
            wrap(&segs, HIGHLIGHT, RESET, 23),
            [
                format!("aaa bbb {HIGHLIGHT}project manager{RESET}"),
                "cc".into()
            ]
        );
    }
}
