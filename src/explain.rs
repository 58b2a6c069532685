//! Explanations: why one posting scored as it did.
//!
//! [`Explanation::new`] scans a posting once and keeps everything the scorer
//! used: the normalized text with the span of every accepted match, and for
//! each matched entry its count, saturated value `s = ln(1 + c)` and its
//! contribution `w · s` to each role score and `v · s` to the relevance
//! logit. With the baseline (log priors, relevance bias) the contributions
//! add up to the totals the scorer turns into probabilities
//! (`softmax(z / temperature)`) and relevance (`sigmoid`), so a reader can
//! check every number. The scores themselves come from [`Scorer::score`] on
//! the same counts, so an explanation never disagrees with `rolescan score`.
//!
//! Rendering (colour or brackets, tables) is up to the caller;
//! [`Explanation::segments`] splits the text into marked and unmarked
//! pieces and [`Explanation::marked`] is the plain-text form.

use crate::lexicon::Lexicon;
use crate::scan::{Hit, ScanBuffers, Scanner};
use crate::score::{saturate, RoleScores, Scorer};

/// Why a posting scored as it did.
#[derive(Debug, Clone, PartialEq)]
pub struct Explanation {
    /// The normalized posting text (case kept) that the scanner matched in.
    pub text: String,
    /// Accepted matches, left to right; spans index [`Explanation::text`].
    pub hits: Vec<Hit>,
    /// Words in the posting (UAX #29).
    pub words: usize,
    /// One line per matched entry, strongest evidence first (the order of
    /// the `evidence` column).
    pub terms: Vec<TermContribution>,
    /// Baseline role scores: the log prior plus the fitted bias of each role,
    /// in role order.
    pub base: Vec<f64>,
    /// Baseline relevance logit: the lexicon's `relevance_bias` plus its
    /// length term (`relevance_scale · relevance_length · ln(1 + words)`).
    pub relevance_bias: f64,
    /// Role scores `z_r`: baseline plus every term's contribution.
    pub role_totals: Vec<f64>,
    /// Relevance logit: bias plus every term's contribution.
    pub relevance_total: f64,
    /// The first role name right after a hiring cue, if any (its extra
    /// weight in the role scores is inside its [`TermContribution`]).
    pub cued_title: Option<usize>,
    /// The hiring cue's part of the relevance logit.
    pub cue_relevance: f64,
    /// The softmax temperature the role scores are divided by.
    pub temperature: f64,
    /// The scores, exactly as `rolescan score` computes them.
    pub scores: RoleScores,
}

/// One matched entry's part in the scores.
#[derive(Debug, Clone, PartialEq)]
pub struct TermContribution {
    /// Index of the lexicon entry.
    pub entry: usize,
    /// Accepted matches.
    pub count: u32,
    /// The saturated count `ln(1 + count)`.
    pub saturated: f64,
    /// `w_r · s` for each role, in role order; for the first role name in
    /// the posting, `w_r · (s + first_mention)`, and for the first one after
    /// a hiring cue, `w_r · (s + cue_mention)` (both, if it is both).
    pub roles: Vec<f64>,
    /// `relevance_scale · v · s`: the contribution to the relevance logit.
    pub relevance: f64,
}

/// A piece of the text: a match (with its entry) or the text between.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Segment<'a> {
    /// The text of the piece.
    pub text: &'a str,
    /// The lexicon entry when the piece is a match.
    pub entry: Option<usize>,
}

impl Explanation {
    /// Scans and scores `text` with a lexicon and the scanner and scorer
    /// built from it.
    pub fn new(lexicon: &Lexicon, scanner: &Scanner, scorer: &Scorer, text: &str) -> Explanation {
        let mut buf = ScanBuffers::default();
        let mut hits = Vec::new();
        scanner.scan(text, &mut buf, |hit| hits.push(hit));
        // Counted the scorer's way (a second pass; explain is not hot).
        let counts = scanner.count(text, &mut ScanBuffers::default());
        let scores = scorer.score(&counts);
        let model = &lexicon.model;
        let base: Vec<f64> = lexicon
            .roles
            .iter()
            .map(|r| r.prior.ln() + r.bias)
            .collect();
        // The relevance baseline: the bias plus the length term, if any.
        let relevance_base = model.relevance_bias
            + model.relevance_scale * model.relevance_length * (counts.words as f64).ln_1p();
        let cue_relevance = if counts.cued_title.is_some() {
            model.relevance_scale * model.cue_relevance
        } else {
            0.0
        };
        // The first role name counts `first_mention` more in the role scores,
        // the first cued one `cue_mention` more.
        let factor = |e: usize, s: f64| {
            let mut f = s;
            if counts.first_title == Some(e) {
                f += model.first_mention;
            }
            if counts.cued_title == Some(e) {
                f += model.cue_mention;
            }
            f
        };
        let mut role_totals = base.clone();
        let mut relevance_total = relevance_base + cue_relevance;
        // Totals are summed in entry order, as the scorer does.
        for &(e, c) in &counts.counts {
            let s = saturate(c);
            let entry = &lexicon.entries[e];
            for (z, w) in role_totals.iter_mut().zip(&entry.weights) {
                *z += w * factor(e, s);
            }
            relevance_total += model.relevance_scale * entry.relevance * s;
        }
        let terms = scores
            .evidence
            .iter()
            .map(|&(e, count)| {
                let s = saturate(count);
                let entry = &lexicon.entries[e];
                TermContribution {
                    entry: e,
                    count,
                    saturated: s,
                    roles: entry.weights.iter().map(|w| w * factor(e, s)).collect(),
                    relevance: model.relevance_scale * entry.relevance * s,
                }
            })
            .collect();
        Explanation {
            text: std::mem::take(&mut buf.normalized.text),
            hits,
            words: counts.words,
            terms,
            base,
            relevance_bias: relevance_base,
            cued_title: counts.cued_title,
            cue_relevance,
            role_totals,
            relevance_total,
            temperature: lexicon.model.temperature,
            scores,
        }
    }

    /// The text cut into unmarked pieces and matches, in order. Empty pieces
    /// are left out.
    pub fn segments(&self) -> Vec<Segment<'_>> {
        let mut out = Vec::with_capacity(self.hits.len() * 2 + 1);
        let mut at = 0;
        for hit in &self.hits {
            if hit.start > at {
                out.push(Segment {
                    text: &self.text[at..hit.start],
                    entry: None,
                });
            }
            out.push(Segment {
                text: &self.text[hit.start..hit.end],
                entry: Some(hit.entry),
            });
            at = hit.end;
        }
        if at < self.text.len() {
            out.push(Segment {
                text: &self.text[at..],
                entry: None,
            });
        }
        out
    }

    /// The text with every match wrapped in `open` and `close`.
    pub fn marked(&self, open: &str, close: &str) -> String {
        let mut out = String::with_capacity(self.text.len() + self.hits.len() * 4);
        for seg in self.segments() {
            if seg.entry.is_some() {
                out.push_str(open);
                out.push_str(seg.text);
                out.push_str(close);
            } else {
                out.push_str(seg.text);
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn explain(lexicon: &Lexicon, text: &str) -> Explanation {
        let scanner = Scanner::new(lexicon).unwrap();
        Explanation::new(lexicon, &scanner, &Scorer::new(lexicon), text)
    }

    fn small() -> Lexicon {
        Lexicon::parse(
            "[roles]\na | A | prior=1\nb | B | prior=3\n[model]\nrelevance_bias = -3\ntemperature = 2\n\
             [terms]\nalpha | a=2 relevance=2\nbeta | b=1 relevance=1\nIT | b=0.5 | case\n",
            "t",
        )
        .unwrap()
    }

    #[test]
    fn marks_matches_in_the_normalized_text() {
        let x = explain(&small(), "Alpha,  beta-alpha; it IT  ITIL");
        assert_eq!(x.text, "Alpha, beta alpha; it IT ITIL");
        assert_eq!(
            x.marked("[[", "]]"),
            "[[Alpha]], [[beta]] [[alpha]]; it [[IT]] ITIL"
        );
        let entries: Vec<Option<usize>> = x.segments().iter().map(|s| s.entry).collect();
        assert_eq!(
            entries,
            [Some(0), None, Some(1), None, Some(0), None, Some(2), None]
        );
        assert_eq!(x.words, 6);
    }

    #[test]
    fn contributions_add_up_to_the_scores() {
        let lex = small();
        let text = "alpha alpha beta IT";
        let x = explain(&lex, text);
        // The same scores as the scorer gives for the scanner's counts.
        let scanner = Scanner::new(&lex).unwrap();
        let counts = scanner.count(text, &mut ScanBuffers::default());
        assert_eq!(x.scores, Scorer::new(&lex).score(&counts));
        // Strongest first: alpha (|2|+|2|)·ln3, then beta, then IT.
        let order: Vec<(usize, u32)> = x.terms.iter().map(|t| (t.entry, t.count)).collect();
        assert_eq!(order, [(0, 2), (1, 1), (2, 1)]);
        for (r, total) in x.role_totals.iter().enumerate() {
            let sum = x.base[r] + x.terms.iter().map(|t| t.roles[r]).sum::<f64>();
            assert!((sum - total).abs() < 1e-12);
        }
        let rel = x.relevance_bias + x.terms.iter().map(|t| t.relevance).sum::<f64>();
        assert!((rel - x.relevance_total).abs() < 1e-12);
        assert!((x.scores.relevance - 1.0 / (1.0 + (-rel).exp())).abs() < 1e-12);
        let za = x.role_totals[0] / x.temperature;
        let zb = x.role_totals[1] / x.temperature;
        let pa = 1.0 / (1.0 + (zb - za).exp());
        assert!((x.scores.probabilities[0] - pa).abs() < 1e-12);
        assert!((x.terms[0].saturated - 3f64.ln()).abs() < 1e-12);
    }

    #[test]
    fn no_hits() {
        let x = explain(&Lexicon::builtin(), "");
        assert!(x.hits.is_empty() && x.terms.is_empty() && x.segments().is_empty());
        assert_eq!(x.marked("[[", "]]"), "");
    }
}
