//! The scorer: term counts → role probabilities, relevance and evidence.
//!
//! The model (also written down in the README):
//!
//! * each term's count `c` saturates as `s = ln(1 + c)`, so the tenth mention
//!   of a term adds far less than the first;
//! * role score `z_r = ln(prior_r) + bias_r + Σ_t w_{t,r} · s_t
//!   + first_mention · w_{t*,r} + cue_mention · w_{t°,r}`, where `t*` is the
//!   first role name (an entry with the `title` option) found in the posting
//!   and `t°` the first one right after a hiring cue ("seeking a …", see
//!   [`crate::cue`]), if any;
//! * role probabilities `p = softmax(z / temperature)`; they sum to 1;
//! * relevance evidence `e = Σ_t v_t · s_t + relevance_length · ln(1 + words)
//!   + cue_relevance · [t° exists]` with `v_t` the term's `relevance` weight,
//!   and relevance
//!   `= sigmoid(relevance_bias + relevance_scale · e)`; with no hits and
//!   `relevance_length = 0` it is `sigmoid(relevance_bias)`;
//! * `top_role` is the most probable role when relevance reaches the lexicon's
//!   `relevance_threshold`, otherwise none (written as `other`); `confidence`
//!   is `relevance · p_top` for a role and `1 − relevance` for `other`.
//!
//! Sums run in entry order, so the same counts give bit-identical scores
//! whatever thread computed them.

use crate::lexicon::Lexicon;
use crate::scan::TermCounts;

/// Applies a lexicon's weights and model to term counts.
#[derive(Debug, Clone)]
pub struct Scorer {
    log_priors: Vec<f64>,
    weights: Vec<Vec<f64>>,
    relevance: Vec<f64>,
    temperature: f64,
    relevance_bias: f64,
    relevance_scale: f64,
    relevance_length: f64,
    relevance_threshold: f64,
    first_mention: f64,
    cue_mention: f64,
    cue_relevance: f64,
}

/// The scores of one posting.
#[derive(Debug, Clone, PartialEq)]
pub struct RoleScores {
    /// Probability per role, in the lexicon's role order; sums to 1.
    pub probabilities: Vec<f64>,
    /// How much the posting is about these roles at all, in [0, 1].
    pub relevance: f64,
    /// Index of the top role, or `None` when relevance is below threshold.
    pub top_role: Option<usize>,
    /// Probability of the `top_role` outcome (see module docs).
    pub confidence: f64,
    /// Matched entries with their counts, strongest evidence first.
    pub evidence: Vec<(usize, u32)>,
}

impl Scorer {
    /// Prepares a scorer for a lexicon.
    pub fn new(lexicon: &Lexicon) -> Scorer {
        Scorer {
            log_priors: lexicon
                .roles
                .iter()
                .map(|r| r.prior.ln() + r.bias)
                .collect(),
            weights: lexicon.entries.iter().map(|e| e.weights.clone()).collect(),
            relevance: lexicon.entries.iter().map(|e| e.relevance).collect(),
            temperature: lexicon.model.temperature,
            relevance_bias: lexicon.model.relevance_bias,
            relevance_scale: lexicon.model.relevance_scale,
            relevance_length: lexicon.model.relevance_length,
            relevance_threshold: lexicon.model.relevance_threshold,
            first_mention: lexicon.model.first_mention,
            cue_mention: lexicon.model.cue_mention,
            cue_relevance: lexicon.model.cue_relevance,
        }
    }

    /// Scores one posting's term counts.
    pub fn score(&self, counts: &TermCounts) -> RoleScores {
        let mut z = self.log_priors.clone();
        let mut rel = self.relevance_length * (counts.words as f64).ln_1p();
        let mut evidence: Vec<(usize, u32, f64)> = Vec::with_capacity(counts.counts.len());
        for &(entry, count) in &counts.counts {
            let s = saturate(count);
            let w = &self.weights[entry];
            for (zr, wr) in z.iter_mut().zip(w) {
                *zr += wr * s;
            }
            rel += self.relevance[entry] * s;
            let strength =
                (w.iter().map(|x| x.abs()).sum::<f64>() + self.relevance[entry].abs()) * s;
            evidence.push((entry, count, strength));
        }
        if let Some(t) = counts.first_title {
            for (zr, wr) in z.iter_mut().zip(&self.weights[t]) {
                *zr += self.first_mention * wr;
            }
        }
        if let Some(t) = counts.cued_title {
            for (zr, wr) in z.iter_mut().zip(&self.weights[t]) {
                *zr += self.cue_mention * wr;
            }
            rel += self.cue_relevance;
        }
        let probabilities = softmax(&z, self.temperature);
        let relevance = sigmoid(self.relevance_bias + self.relevance_scale * rel);
        let best = argmax(&probabilities);
        let (top_role, confidence) = if relevance >= self.relevance_threshold {
            (Some(best), relevance * probabilities[best])
        } else {
            (None, 1.0 - relevance)
        };
        // Strongest first; ties broken by entry order, so the order is
        // total (each entry appears once) and an unstable sort is exact.
        evidence.sort_unstable_by(|a, b| b.2.total_cmp(&a.2).then(a.0.cmp(&b.0)));
        RoleScores {
            probabilities,
            relevance,
            top_role,
            confidence,
            evidence: evidence.into_iter().map(|(e, c, _)| (e, c)).collect(),
        }
    }
}

/// Count saturation: `ln(1 + c)`.
pub fn saturate(count: u32) -> f64 {
    f64::from(count).ln_1p()
}

/// `softmax(z / temperature)`, computed stably.
pub(crate) fn softmax(z: &[f64], temperature: f64) -> Vec<f64> {
    let max = z.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let exps: Vec<f64> = z.iter().map(|x| ((x - max) / temperature).exp()).collect();
    let total: f64 = exps.iter().sum();
    exps.iter().map(|e| e / total).collect()
}

/// The logistic function.
pub(crate) fn sigmoid(x: f64) -> f64 {
    1.0 / (1.0 + (-x).exp())
}

/// Index of the largest value; the first one on ties.
pub fn argmax(p: &[f64]) -> usize {
    let mut best = 0;
    for (i, &x) in p.iter().enumerate() {
        if x > p[best] {
            best = i;
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{ScanBuffers, Scanner};

    fn lexicon() -> Lexicon {
        Lexicon::parse(
            "[roles]\na | A | prior=1\nb | B | prior=3\n[model]\nrelevance_bias = -3\n\
             [terms]\nalpha | a=2 relevance=2\nbeta | b=1 relevance=1\nnoise | a=-1 relevance=-2\n",
            "t",
        )
        .unwrap()
    }

    fn score(text: &str) -> RoleScores {
        let lex = lexicon();
        let counts = Scanner::new(&lex)
            .unwrap()
            .count(text, &mut ScanBuffers::default());
        Scorer::new(&lex).score(&counts)
    }

    #[test]
    fn no_hits_gives_prior_and_low_relevance() {
        let s = score("nothing to see here");
        assert!((s.probabilities[0] - 0.25).abs() < 1e-12);
        assert!((s.probabilities[1] - 0.75).abs() < 1e-12);
        assert!(s.relevance < 0.05);
        assert_eq!(s.top_role, None);
        assert!((s.confidence - (1.0 - s.relevance)).abs() < 1e-12);
        assert!(s.evidence.is_empty());
    }

    #[test]
    fn weights_move_probabilities() {
        let s = score("alpha alpha alpha beta");
        assert!(s.probabilities[0] > s.probabilities[1], "{s:?}");
        assert!(s.relevance > 0.5);
        assert_eq!(s.top_role, Some(0));
        assert_eq!(s.evidence[0], (0, 3));
        // ln(1/4) + 2 ln 4 vs ln(3/4) + ln 2
        let za = 0.25f64.ln() + 2.0 * 4f64.ln();
        let zb = 0.75f64.ln() + 2f64.ln();
        let pa = 1.0 / (1.0 + (zb - za).exp());
        assert!((s.probabilities[0] - pa).abs() < 1e-12);
    }

    #[test]
    fn counts_saturate() {
        let one = score("alpha").probabilities[0];
        let ten = score(&"alpha ".repeat(10)).probabilities[0];
        let hundred = score(&"alpha ".repeat(100)).probabilities[0];
        assert!(one < ten && ten < hundred);
        assert!(hundred - ten < ten - one);
    }

    #[test]
    fn negative_relevance_pulls_down() {
        assert!(score("alpha noise noise").relevance < score("alpha").relevance);
    }

    #[test]
    fn probabilities_sum_to_one() {
        for text in [
            "",
            "alpha",
            "beta beta",
            "noise alpha beta",
            &"alpha beta ".repeat(500),
        ] {
            let s = score(text);
            assert!(
                (s.probabilities.iter().sum::<f64>() - 1.0).abs() < 1e-9,
                "{text}"
            );
            assert!((0.0..=1.0).contains(&s.relevance));
            assert!((0.0..=1.0).contains(&s.confidence));
        }
    }
}
