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
//!
//! [`Scorer::score`] returns new scores with every matched entry in the
//! evidence; [`Scorer::score_into`], for the pipeline, refills scores it is
//! given (no allocation once their vectors have grown) and keeps only the
//! strongest entries a row shows. Both do the same floating-point operations
//! in the same order: what they precompute per entry (the saturated counts
//! up to [`SATURATED_TABLE`], each entry's evidence weight) is computed by
//! the same expressions.

use crate::lexicon::Lexicon;
use crate::scan::TermCounts;

/// Applies a lexicon's weights and model to term counts.
#[derive(Debug, Clone)]
pub struct Scorer {
    log_priors: Vec<f64>,
    /// The role weights of every entry, one after the other (as many per
    /// entry as there are roles).
    weights: Vec<f64>,
    /// Per entry, its relevance weight `v` and its evidence strength per
    /// saturated count ([`evidence_weight`]).
    relevance: Vec<(f64, f64)>,
    /// `saturate(c)` for the counts below [`SATURATED_TABLE`].
    saturated: Box<[f64; SATURATED_TABLE as usize]>,
    temperature: f64,
    relevance_bias: f64,
    relevance_scale: f64,
    relevance_length: f64,
    relevance_threshold: f64,
    first_mention: f64,
    cue_mention: f64,
    cue_relevance: f64,
}

/// Counts whose saturation [`Scorer`] looks up instead of computing.
pub const SATURATED_TABLE: u32 = 256;

/// Most evidence entries [`Scorer::score_into`] keeps without sorting them
/// all.
const MAX_KEPT: usize = 16;

/// The scores of one posting.
#[derive(Debug, Clone, Default, PartialEq)]
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
            weights: lexicon
                .entries
                .iter()
                .flat_map(|e| {
                    assert_eq!(e.weights.len(), lexicon.roles.len(), "a weight per role");
                    e.weights.iter().copied()
                })
                .collect(),
            relevance: lexicon
                .entries
                .iter()
                .map(|e| (e.relevance, evidence_weight(&e.weights, e.relevance)))
                .collect(),
            saturated: Box::new(std::array::from_fn(|c| saturate(c as u32))),
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

    /// Scores one posting's term counts, with every matched entry in the
    /// evidence.
    pub fn score(&self, counts: &TermCounts) -> RoleScores {
        let mut scores = RoleScores::default();
        self.score_into(counts, usize::MAX, &mut scores);
        scores
    }

    /// Scores one posting's term counts into `out` (whatever it held is
    /// replaced; its vectors are reused), keeping the `evidence` strongest
    /// entries in the evidence: the first `evidence` of what
    /// [`Scorer::score`] gives, and the same numbers.
    pub fn score_into(&self, counts: &TermCounts, evidence: usize, out: &mut RoleScores) {
        // The role scores `z` are summed in `out.probabilities`, which the
        // softmax then turns into probabilities in place.
        let z = &mut out.probabilities;
        z.clear();
        z.extend_from_slice(&self.log_priors);
        let mut rel = self.relevance_length * (counts.words as f64).ln_1p();
        let keep = evidence.min(counts.counts.len());
        let mut top = TopEvidence::new(keep, &mut out.evidence);
        // With the number of roles known to the compiler, the role scores
        // stay in registers.
        match z.len() {
            1 => self.add_counts::<1>(&counts.counts, z, &mut rel, &mut top),
            2 => self.add_counts::<2>(&counts.counts, z, &mut rel, &mut top),
            3 => self.add_counts::<3>(&counts.counts, z, &mut rel, &mut top),
            4 => self.add_counts::<4>(&counts.counts, z, &mut rel, &mut top),
            5 => self.add_counts::<5>(&counts.counts, z, &mut rel, &mut top),
            6 => self.add_counts::<6>(&counts.counts, z, &mut rel, &mut top),
            _ => {
                for &(entry, count) in &counts.counts {
                    let s = self.saturate(count);
                    for (zr, wr) in z.iter_mut().zip(self.weights(entry)) {
                        *zr += wr * s;
                    }
                    let (relevance, evidence) = self.relevance[entry];
                    rel += relevance * s;
                    top.offer(entry, count, evidence * s);
                }
            }
        }
        top.finish();
        if let Some(t) = counts.first_title {
            for (zr, wr) in z.iter_mut().zip(self.weights(t)) {
                *zr += self.first_mention * wr;
            }
        }
        if let Some(t) = counts.cued_title {
            for (zr, wr) in z.iter_mut().zip(self.weights(t)) {
                *zr += self.cue_mention * wr;
            }
            rel += self.cue_relevance;
        }
        softmax_in_place(z, self.temperature);
        let probabilities = &out.probabilities;
        let relevance = sigmoid(self.relevance_bias + self.relevance_scale * rel);
        let best = argmax(probabilities);
        let (top_role, confidence) = if relevance >= self.relevance_threshold {
            (Some(best), relevance * probabilities[best])
        } else {
            (None, 1.0 - relevance)
        };
        out.relevance = relevance;
        out.top_role = top_role;
        out.confidence = confidence;
    }

    /// For each entry of `counts`, in order: adds its weights times its
    /// saturated count to the `N` role scores `z` and its relevance weight
    /// times the same to `rel`, and offers it as evidence.
    #[inline(always)]
    fn add_counts<const N: usize>(
        &self,
        counts: &[(usize, u32)],
        z: &mut [f64],
        rel: &mut f64,
        top: &mut TopEvidence,
    ) {
        let mut sums: [f64; N] = z.try_into().expect("N role scores");
        let mut relevance_sum = *rel;
        for &(entry, count) in counts {
            let s = self.saturate(count);
            let w: &[f64; N] = self.weights[entry * N..entry * N + N]
                .try_into()
                .expect("N weights");
            for (zr, wr) in sums.iter_mut().zip(w) {
                *zr += wr * s;
            }
            let (relevance, evidence) = self.relevance[entry];
            relevance_sum += relevance * s;
            top.offer(entry, count, evidence * s);
        }
        z.copy_from_slice(&sums);
        *rel = relevance_sum;
    }

    /// The role weights of `entry`.
    #[inline]
    fn weights(&self, entry: usize) -> &[f64] {
        let roles = self.log_priors.len();
        &self.weights[entry * roles..(entry + 1) * roles]
    }

    /// [`saturate`], looked up for small counts.
    #[inline]
    fn saturate(&self, count: u32) -> f64 {
        match self.saturated.get(count as usize) {
            Some(&s) => s,
            None => saturate(count),
        }
    }
}

/// How strongly one saturated count of an entry weighs as evidence: how far
/// its role weights spread around their mean (a weight all roles share
/// moves no probability: "work", learned from postings, leans a little
/// toward every role) plus its relevance weight, both as absolute values.
fn evidence_weight(weights: &[f64], relevance: f64) -> f64 {
    let mean = weights.iter().sum::<f64>() / weights.len().max(1) as f64;
    weights.iter().map(|w| (w - mean).abs()).sum::<f64>() + relevance.abs()
}

/// The strongest evidence entries, strongest first, ties broken by entry
/// order: the order is total (each entry appears once), so keeping the
/// first `keep` as they are offered gives what sorting all of them and
/// cutting the list gives.
struct TopEvidence<'a> {
    keep: usize,
    out: &'a mut Vec<(usize, u32)>,
    /// The entries kept so far, best first, with their strengths' keys (see
    /// [`strength_key`]), when at most [`MAX_KEPT`] are kept (`kept` of
    /// them).
    best: [(i64, usize, u32); MAX_KEPT],
    kept: usize,
    /// Otherwise every entry offered, sorted at the end.
    all: Option<Vec<(usize, u32, f64)>>,
}

/// A number whose order is the order of `f64::total_cmp` on strengths:
/// `a.total_cmp(&b)` is `strength_key(a).cmp(&strength_key(b))` (this is
/// how `total_cmp` compares).
#[inline]
fn strength_key(x: f64) -> i64 {
    let bits = x.to_bits() as i64;
    bits ^ (((bits >> 63) as u64) >> 1) as i64
}

impl<'a> TopEvidence<'a> {
    fn new(keep: usize, out: &'a mut Vec<(usize, u32)>) -> TopEvidence<'a> {
        out.clear();
        TopEvidence {
            keep,
            out,
            best: [(0, 0, 0); MAX_KEPT],
            kept: 0,
            all: (keep > MAX_KEPT).then(Vec::new),
        }
    }

    /// Whether evidence `a` comes before evidence `b` (strength keys and
    /// entries): stronger, or as strong and an earlier entry (the order of
    /// [`Scorer::score`]'s sort).
    #[inline]
    fn before(a: (i64, usize), b: (i64, usize)) -> bool {
        a.0 > b.0 || a.0 == b.0 && a.1 < b.1
    }

    #[inline]
    fn offer(&mut self, entry: usize, count: u32, strength: f64) {
        if let Some(all) = &mut self.all {
            all.push((entry, count, strength));
            return;
        }
        let key = strength_key(strength);
        let best = &mut self.best[..self.keep];
        // Most entries are weaker than the weakest kept once the list is
        // full.
        if self.kept == best.len() {
            match best.last() {
                Some(&(k, e, _)) if Self::before((key, entry), (k, e)) => self.kept -= 1,
                _ => return,
            }
        }
        // Where it goes: after every kept entry that comes before it.
        let mut at = self.kept;
        while at > 0 && Self::before((key, entry), (best[at - 1].0, best[at - 1].1)) {
            best[at] = best[at - 1];
            at -= 1;
        }
        best[at] = (key, entry, count);
        self.kept += 1;
    }

    fn finish(self) {
        match self.all {
            Some(mut all) => {
                all.sort_unstable_by(|a, b| b.2.total_cmp(&a.2).then(a.0.cmp(&b.0)));
                self.out
                    .extend(all.into_iter().take(self.keep).map(|(e, c, _)| (e, c)));
            }
            None => self
                .out
                .extend(self.best[..self.kept].iter().map(|&(_, e, c)| (e, c))),
        }
    }
}

/// Count saturation: `ln(1 + c)`.
pub fn saturate(count: u32) -> f64 {
    f64::from(count).ln_1p()
}

/// `softmax(z / temperature)`, computed stably.
pub(crate) fn softmax(z: &[f64], temperature: f64) -> Vec<f64> {
    let mut p = z.to_vec();
    softmax_in_place(&mut p, temperature);
    p
}

/// [`softmax`] of `z`, written over it.
fn softmax_in_place(z: &mut [f64], temperature: f64) {
    let max = z.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    for x in z.iter_mut() {
        *x = ((*x - max) / temperature).exp();
    }
    let total: f64 = z.iter().sum();
    for x in z.iter_mut() {
        *x /= total;
    }
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
    use crate::lexicon::{Entry, Model, Role};
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

    #[test]
    fn evidence_ties_go_by_entry_whatever_the_order() {
        // Four entries of one strength, offered last first.
        let lex = Lexicon::parse(
            "[roles]\na | A\n[terms]\nw | a=1\nx | a=1\ny | a=1\nz | a=1\n",
            "t",
        )
        .unwrap();
        let counts = TermCounts {
            words: 4,
            counts: vec![(3, 1), (2, 1), (1, 1), (0, 1)],
            first_title: None,
            cued_title: None,
        };
        let scorer = Scorer::new(&lex);
        assert_eq!(
            scorer.score(&counts).evidence,
            [(0, 1), (1, 1), (2, 1), (3, 1)]
        );
        let mut top = RoleScores::default();
        scorer.score_into(&counts, 2, &mut top);
        assert_eq!(top.evidence, [(0, 1), (1, 1)]);
    }

    #[test]
    fn evidence_weighs_what_tells_roles_apart() {
        // A weight every role shares moves no probability.
        assert_eq!(evidence_weight(&[0.5, 0.5, 0.5], 0.0), 0.0);
        assert_eq!(evidence_weight(&[0.5, 0.5, 0.5], -0.25), 0.25);
        assert_eq!(evidence_weight(&[2.0, 0.0], 0.0), 2.0);
        assert_eq!(evidence_weight(&[1.0, 0.0, -1.0], 1.0), 3.0);
    }

    /// The scorer as it was before `score_into`: fresh vectors, every
    /// entry's strength worked out from its weights, `saturate` called for
    /// every count, all the evidence sorted. The reference the fast scorer
    /// must match bit for bit.
    fn reference_score(lexicon: &Lexicon, counts: &TermCounts) -> RoleScores {
        let model = &lexicon.model;
        let entries = &lexicon.entries;
        let mut z: Vec<f64> = lexicon
            .roles
            .iter()
            .map(|r| r.prior.ln() + r.bias)
            .collect();
        let mut rel = model.relevance_length * (counts.words as f64).ln_1p();
        let mut evidence: Vec<(usize, u32, f64)> = Vec::new();
        for &(entry, count) in &counts.counts {
            let s = saturate(count);
            let w = &entries[entry].weights;
            for (zr, wr) in z.iter_mut().zip(w) {
                *zr += wr * s;
            }
            rel += entries[entry].relevance * s;
            // The spread of the role weights around their mean, and the
            // relevance weight.
            let mean = w.iter().sum::<f64>() / w.len() as f64;
            let spread = w.iter().map(|x| (x - mean).abs()).sum::<f64>();
            let strength = (spread + entries[entry].relevance.abs()) * s;
            evidence.push((entry, count, strength));
        }
        if let Some(t) = counts.first_title {
            for (zr, wr) in z.iter_mut().zip(&entries[t].weights) {
                *zr += model.first_mention * wr;
            }
        }
        if let Some(t) = counts.cued_title {
            for (zr, wr) in z.iter_mut().zip(&entries[t].weights) {
                *zr += model.cue_mention * wr;
            }
            rel += model.cue_relevance;
        }
        let max = z.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        let exps: Vec<f64> = z
            .iter()
            .map(|x| ((x - max) / model.temperature).exp())
            .collect();
        let total: f64 = exps.iter().sum();
        let probabilities: Vec<f64> = exps.iter().map(|e| e / total).collect();
        let relevance = sigmoid(model.relevance_bias + model.relevance_scale * rel);
        let best = argmax(&probabilities);
        let (top_role, confidence) = if relevance >= model.relevance_threshold {
            (Some(best), relevance * probabilities[best])
        } else {
            (None, 1.0 - relevance)
        };
        evidence.sort_by(|a, b| b.2.total_cmp(&a.2).then(a.0.cmp(&b.0)));
        RoleScores {
            probabilities,
            relevance,
            top_role,
            confidence,
            evidence: evidence.into_iter().map(|(e, c, _)| (e, c)).collect(),
        }
    }

    /// Scores with every number as its bits.
    type Bits = (Vec<u64>, u64, Option<usize>, u64, Vec<(usize, u32)>);

    /// The bits of every number of `s`, for comparing scores exactly.
    fn bits(s: &RoleScores) -> Bits {
        (
            s.probabilities.iter().map(|p| p.to_bits()).collect(),
            s.relevance.to_bits(),
            s.top_role,
            s.confidence.to_bits(),
            s.evidence.clone(),
        )
    }

    mod generated {
        use super::*;
        use proptest::prelude::*;
        use std::sync::LazyLock;

        /// A lexicon of `roles` roles and some entries, with weights from a
        /// few values so that strengths tie, and a model with every term
        /// switched on.
        fn lexicon() -> impl Strategy<Value = Lexicon> {
            let weight = || prop::sample::select(vec![0.0, 1.0, -1.0, 0.5, 2.0, -0.25, 1e-3, 3.5]);
            let model = (
                prop::sample::select(vec![1.0, 0.7, 2.0]),
                prop::sample::select(vec![-3.0, 0.0, 1.5]),
                prop::sample::select(vec![0.0, 0.3]),
                prop::sample::select(vec![0.0, 0.5, 0.9]),
                prop::sample::select(vec![0.0, 0.8]),
            );
            (1usize..9, model).prop_flat_map(move |(roles, model)| {
                let role = (prop::sample::select(vec![0.1, 0.25, 1.0, 3.0]), weight());
                let entry = (prop::collection::vec(weight(), roles), weight());
                (
                    prop::collection::vec(role, roles),
                    prop::collection::vec(entry, 1..60),
                    Just(model),
                )
                    .prop_map(|(roles, entries, model)| {
                        static BASE: LazyLock<Lexicon> = LazyLock::new(Lexicon::builtin);
                        let base = &*BASE;
                        let (temperature, bias, length, threshold, mention) = model;
                        let roles = roles
                            .into_iter()
                            .enumerate()
                            .map(|(i, (prior, bias))| Role {
                                id: format!("r{i}"),
                                prior,
                                bias,
                                ..base.roles[0].clone()
                            })
                            .collect();
                        let entries = entries
                            .into_iter()
                            .enumerate()
                            .map(|(i, (weights, relevance))| Entry {
                                term: format!("t{i}"),
                                weights,
                                relevance,
                                ..base.entries[0].clone()
                            })
                            .collect();
                        Lexicon {
                            roles,
                            entries,
                            model: Model {
                                temperature,
                                relevance_bias: bias,
                                relevance_length: length,
                                relevance_threshold: threshold,
                                first_mention: mention,
                                cue_mention: mention / 2.0,
                                cue_relevance: mention,
                                ..Model::default()
                            },
                            ..base.clone()
                        }
                    })
            })
        }

        /// Counts of some of the lexicon's entries, small and large (around
        /// the end of the saturation table), in entry order as the scanner
        /// gives them, or now and then in any order (the evidence order
        /// must not depend on it).
        fn counts(entries: usize) -> impl Strategy<Value = TermCounts> {
            let count = prop_oneof![
                4 => 1u32..6,
                1 => prop::sample::select(vec![255, 256, 257, 1000, u32::MAX]),
                1 => 1u32..400,
            ];
            let sorted = prop::collection::btree_map(0..entries, count, 0..entries.min(40))
                .prop_map(|counts| counts.into_iter().collect::<Vec<_>>());
            let counts = prop_oneof![3 => sorted.clone(), 1 => sorted.prop_shuffle()];
            (
                counts,
                0usize..5000,
                prop::option::of(0..entries),
                prop::option::of(0..entries),
            )
                .prop_map(|(counts, words, first_title, cued_title)| TermCounts {
                    words,
                    counts,
                    first_title,
                    cued_title,
                })
        }

        fn case() -> impl Strategy<Value = (Lexicon, Vec<TermCounts>)> {
            lexicon().prop_flat_map(|lexicon| {
                let n = lexicon.entries.len();
                (Just(lexicon), prop::collection::vec(counts(n), 1..5))
            })
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(1024))]

            /// `score` gives the reference's bits, and `score_into` the
            /// same with the evidence cut to what was asked, whatever the
            /// scores it refills held before.
            #[test]
            fn scores_agree_with_the_reference(
                (lexicon, all_counts) in case(),
                keeps in prop::collection::vec(prop_oneof![0usize..20, Just(usize::MAX)], 4),
            ) {
                let scorer = Scorer::new(&lexicon);
                let mut reused = RoleScores {
                    probabilities: vec![9.0; 3],
                    relevance: 9.0,
                    top_role: Some(7),
                    confidence: 9.0,
                    evidence: vec![(1, 1); 30],
                };
                for (counts, keep) in all_counts.iter().zip(keeps.iter().cycle()) {
                    let want = reference_score(&lexicon, counts);
                    prop_assert_eq!(bits(&scorer.score(counts)), bits(&want));
                    scorer.score_into(counts, *keep, &mut reused);
                    let mut cut = want.clone();
                    cut.evidence.truncate(*keep);
                    prop_assert_eq!(bits(&reused), bits(&cut));
                }
            }
        }
    }
}
