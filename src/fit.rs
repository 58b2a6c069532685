//! Fitting a lexicon's weights to labelled postings, and calibrating them.
//!
//! [`fit`] keeps a lexicon's entries and refines its numbers:
//!
//! 1. **Role weights**: a multinomial logistic model over the saturated term
//!    counts `s_t = ln(1 + c_t)`, exactly the scorer's role score, trained on
//!    postings labelled with a role. An L2 penalty `l2 · Σ (w − w₀)²` pulls
//!    every weight toward the lexicon's current (derived) weight, so the role
//!    documents stay the prior and the postings refine it. Roles with fewer
//!    than `min_examples` labelled postings keep their weights (their column
//!    still takes part in the softmax).
//! 2. **Relevance weights**: a logistic model of "one of the roles" against
//!    `other` over the same features plus `ln(1 + words)`, penalized toward
//!    the current relevance weights.
//! 3. **Calibration**, chosen by cross-validation inside the training data:
//!    the models are refitted on all but one group-fold at a time, the
//!    held-out scores are collected, and a temperature (role probabilities)
//!    and a logistic curve (relevance) are fitted to them. The final weights come from a fit on all the training data.
//!
//! Optimization is full-batch Adam for a fixed number of steps, with sums
//! taken in a fixed order, so a fit is deterministic.

use rayon::prelude::*;

use crate::dataset::{fold_of, Example, Label};
use crate::learn::{self, is_learned, CandidateOptions};
use crate::lexicon::derive::{self, DeriveOptions, DerivedTerm, RoleDocuments};
use crate::lexicon::{Entry, Lexicon};
use crate::metrics::roc_auc;
use crate::scan::{ScanBuffers, Scanner};
use crate::score::{saturate, sigmoid, softmax};
use crate::text::Normalized;

/// Settings for [`fit`].
#[derive(Debug, Clone)]
pub struct FitOptions {
    /// Penalty pulling role weights toward the lexicon's weights.
    pub l2: f64,
    /// Penalty pulling relevance weights toward the lexicon's.
    pub l2_relevance: f64,
    /// Roles with fewer labelled postings keep their weights.
    pub min_examples: usize,
    /// Optimization steps per model.
    pub iterations: usize,
    /// Group-folds used to choose the calibration (at least 2).
    pub calibration_folds: usize,
    /// New terms to mine from the labelled postings per fitted role (and as
    /// many for relevance); 0 mines none.
    pub mine: usize,
    /// |z| a mined term must clear.
    pub mine_z: f64,
    /// Learn up to this many new terms (single words) from the labelled
    /// postings; 0 learns none. See [`crate::learn`].
    pub learn: usize,
    /// Groups of reposts a word must appear in to be learned.
    pub learn_min_groups: usize,
    /// Largest share of the postings a learned word may appear in.
    pub learn_max_share: f64,
    /// The most hits learned terms may add, as a share of the hits of the
    /// lexicon's other terms in the labelled postings: every hit costs the
    /// scan time, and learned words are common ones.
    pub learn_budget: f64,
    /// Penalties pulling learned terms' role weights toward zero: with more
    /// than one, the fit picks the one whose held-out role probabilities
    /// fit best (inner group-folds, balanced log-loss).
    pub l2_learned: Vec<f64>,
    /// The same for learned terms' relevance weights, picked by held-out
    /// relevance ROC-AUC. An infinite penalty (in either) holds the weights
    /// at zero.
    pub l2_learned_relevance: Vec<f64>,
    /// Keep the roles' biases (do not fit them): short statements of a
    /// role carry few terms, and a bias fitted to the postings' mix of
    /// roles decides them.
    pub keep_biases: bool,
}

impl Default for FitOptions {
    fn default() -> FitOptions {
        FitOptions {
            l2: 10.0,
            l2_relevance: 10.0,
            min_examples: 30,
            iterations: 600,
            calibration_folds: 3,
            mine: 0,
            mine_z: 3.0,
            learn: 0,
            learn_min_groups: 5,
            learn_max_share: 1.0,
            learn_budget: f64::INFINITY,
            l2_learned: vec![2.0],
            l2_learned_relevance: vec![5.0],
            keep_biases: false,
        }
    }
}

/// An example reduced to what the models read.
struct Row {
    features: Vec<(usize, f64)>,
    log_words: f64,
    label: Label,
    /// The first role-name entry found (see `Model::first_mention`).
    first: Option<usize>,
    /// The first role-name entry after a hiring cue (`Model::cue_mention`).
    cued: Option<usize>,
}

impl Row {
    /// The coefficient of entry `t` in the role score: its saturated count,
    /// plus `first_mention` for the first role name and `cue_mention` for the
    /// first cued one.
    fn coefficient(&self, t: usize, s: f64, first_mention: f64, cue_mention: f64) -> f64 {
        let mut c = s;
        if self.first == Some(t) {
            c += first_mention;
        }
        if self.cued == Some(t) {
            c += cue_mention;
        }
        c
    }

    fn cued(&self) -> f64 {
        f64::from(u8::from(self.cued.is_some()))
    }
}

fn rows(examples: &[&Example]) -> Vec<Row> {
    examples
        .iter()
        .map(|e| Row {
            features: e
                .counts
                .counts
                .iter()
                .map(|&(t, c)| (t, saturate(c)))
                .collect(),
            log_words: (e.counts.words as f64).ln_1p(),
            label: e.label,
            first: e.counts.first_title,
            cued: e.counts.cued_title,
        })
        .collect()
}

/// Full-batch Adam over a flat parameter vector.
struct Adam {
    m: Vec<f64>,
    v: Vec<f64>,
    t: i32,
    rate: f64,
}

impl Adam {
    fn new(n: usize, rate: f64) -> Adam {
        Adam {
            m: vec![0.0; n],
            v: vec![0.0; n],
            t: 0,
            rate,
        }
    }

    fn step(&mut self, params: &mut [f64], grad: &[f64]) {
        const B1: f64 = 0.9;
        const B2: f64 = 0.999;
        self.t += 1;
        let c1 = 1.0 - B1.powi(self.t);
        let c2 = 1.0 - B2.powi(self.t);
        for i in 0..params.len() {
            self.m[i] = B1 * self.m[i] + (1.0 - B1) * grad[i];
            self.v[i] = B2 * self.v[i] + (1.0 - B2) * grad[i] * grad[i];
            params[i] -= self.rate * (self.m[i] / c1) / ((self.v[i] / c2).sqrt() + 1e-8);
        }
    }
}

/// Role model parameters: weights `[entry][role]` and intercepts per role.
#[derive(Clone)]
struct RoleModel {
    weights: Vec<Vec<f64>>,
    intercepts: Vec<f64>,
    first_mention: f64,
    cue_mention: f64,
    /// Which entries are learned: they start at zero and are pulled toward
    /// zero (`l2_learned`), the others toward their weights (`l2`).
    learned: Vec<bool>,
}

impl RoleModel {
    fn from_lexicon(lex: &Lexicon) -> RoleModel {
        let learned: Vec<bool> = lex.entries.iter().map(is_learned).collect();
        RoleModel {
            weights: lex
                .entries
                .iter()
                .zip(&learned)
                .map(|(e, &l)| {
                    if l {
                        vec![0.0; e.weights.len()]
                    } else {
                        e.weights.clone()
                    }
                })
                .collect(),
            intercepts: lex.roles.iter().map(|r| r.prior.ln() + r.bias).collect(),
            first_mention: lex.model.first_mention,
            cue_mention: lex.model.cue_mention,
            learned,
        }
    }

    fn logits(&self, row: &Row) -> Vec<f64> {
        let mut z = self.intercepts.clone();
        for &(t, s) in &row.features {
            let c = row.coefficient(t, s, self.first_mention, self.cue_mention);
            for (zr, w) in z.iter_mut().zip(&self.weights[t]) {
                *zr += w * c;
            }
        }
        z
    }
}

/// Shifts the fitted roles' intercepts so that, on average, they do not move
/// from `initial`: a role that is kept (too few labelled postings, such as IT
/// Manager in the development postings) must not lose ground merely because
/// the others were fitted on data where it never occurs.
fn center(values: &mut [f64], initial: &[f64], fitted: &[bool]) {
    let n = fitted.iter().filter(|&&f| f).count();
    if n == 0 {
        return;
    }
    let shift: f64 = (0..values.len())
        .filter(|&r| fitted[r])
        .map(|r| values[r] - initial[r])
        .sum::<f64>()
        / n as f64;
    for r in 0..values.len() {
        if fitted[r] {
            values[r] -= shift;
        }
    }
}

/// Weights that give every role the same total weight in the fit (each
/// posting of role `r` weighs `n / (k · n_r)`, as scikit-learn's
/// "balanced"), so macro-F1 is not traded for the commonest role.
fn balanced_weights(train: &[&Row], n_roles: usize) -> Vec<f64> {
    let mut per_role = vec![0usize; n_roles];
    for row in train {
        if let Label::Role(r) = row.label {
            per_role[r] += 1;
        }
    }
    let present = per_role.iter().filter(|&&n| n > 0).count().max(1);
    per_role
        .iter()
        .map(|&n| {
            if n == 0 {
                0.0
            } else {
                train.len() as f64 / (present * n) as f64
            }
        })
        .collect()
}

/// Fits the role model on `rows` labelled with a role in `fitted`.
fn fit_roles(prior: &RoleModel, rows: &[&Row], fitted: &[bool], options: &FitOptions) -> RoleModel {
    let mut model = prior.clone();
    let train: Vec<&Row> = rows
        .iter()
        .copied()
        .filter(|r| matches!(r.label, Label::Role(k) if fitted[k]))
        .collect();
    if train.is_empty() {
        return model;
    }
    let layout = Layout::of(prior);
    let class_weight = balanced_weights(&train, layout.n_roles);
    let mut params = layout.pack(&model);
    let initial = params.clone();
    let mut adam = Adam::new(params.len(), 0.05);
    let mut grad = vec![0.0; params.len()];
    for _ in 0..options.iterations {
        grad.iter_mut().for_each(|g| *g = 0.0);
        for row in &train {
            layout.add_gradient(
                &params,
                row,
                class_weight.as_slice(),
                fitted,
                options,
                &mut grad,
            );
        }
        layout.penalize(
            &mut grad,
            &params,
            &initial,
            &prior.learned,
            fitted,
            options,
        );
        adam.step(&mut params, &grad);
        let intercepts = layout.bias_at..layout.fm_at;
        center(
            &mut params[intercepts.clone()],
            &initial[intercepts],
            fitted,
        );
    }
    layout.kept_roles_take_the_mean(&mut params, &prior.learned, fitted);
    layout.unpack(&params, &mut model);
    model
}

/// Where the role model's parameters sit in the flat vector the fit moves:
/// weights `[entry][role]`, intercepts `[role]`, `first_mention`,
/// `cue_mention`.
struct Layout {
    n_roles: usize,
    bias_at: usize,
    fm_at: usize,
    cue_at: usize,
}

impl Layout {
    fn of(model: &RoleModel) -> Layout {
        let n_roles = model.intercepts.len();
        let bias_at = model.weights.len() * n_roles;
        let fm_at = bias_at + n_roles;
        Layout {
            n_roles,
            bias_at,
            fm_at,
            cue_at: fm_at + 1,
        }
    }

    fn pack(&self, model: &RoleModel) -> Vec<f64> {
        let mut params: Vec<f64> = Vec::with_capacity(self.cue_at + 1);
        for w in &model.weights {
            params.extend(w);
        }
        params.extend(&model.intercepts);
        params.push(model.first_mention);
        params.push(model.cue_mention);
        params
    }

    fn unpack(&self, params: &[f64], model: &mut RoleModel) {
        let n = self.n_roles;
        for (t, w) in model.weights.iter_mut().enumerate() {
            w.copy_from_slice(&params[t * n..(t + 1) * n]);
        }
        model
            .intercepts
            .copy_from_slice(&params[self.bias_at..self.fm_at]);
        model.first_mention = params[self.fm_at];
        model.cue_mention = params[self.cue_at];
    }

    /// Adds one labelled row's gradient of the class-weighted log-loss.
    fn add_gradient(
        &self,
        params: &[f64],
        row: &Row,
        class_weight: &[f64],
        fitted: &[bool],
        options: &FitOptions,
        grad: &mut [f64],
    ) {
        let (n, fm, cue) = (self.n_roles, params[self.fm_at], params[self.cue_at]);
        let mut z = params[self.bias_at..self.fm_at].to_vec();
        for &(t, s) in &row.features {
            let c = row.coefficient(t, s, fm, cue);
            for (r, zr) in z.iter_mut().enumerate() {
                *zr += params[t * n + r] * c;
            }
        }
        let p = softmax(&z, 1.0);
        let Label::Role(y) = row.label else { return };
        for r in 0..n {
            let d = class_weight[y] * (p[r] - f64::from(u8::from(r == y)));
            if let Some(t) = row.first {
                grad[self.fm_at] += d * params[t * n + r];
            }
            if let Some(t) = row.cued {
                grad[self.cue_at] += d * params[t * n + r];
            }
            if !fitted[r] {
                continue;
            }
            if !options.keep_biases {
                grad[self.bias_at + r] += d;
            }
            for &(t, s) in &row.features {
                grad[t * n + r] += d * row.coefficient(t, s, fm, cue);
            }
        }
    }

    /// The penalty pulls weights and intercepts toward where they started;
    /// kept roles do not move at all.
    fn penalize(
        &self,
        grad: &mut [f64],
        params: &[f64],
        initial: &[f64],
        learned: &[bool],
        fitted: &[bool],
        options: &FitOptions,
    ) {
        let (fm, cue) = (self.fm_at, self.cue_at);
        grad[fm] += 0.02 * (params[fm] - initial[fm]);
        grad[cue] += 0.02 * (params[cue] - initial[cue]);
        for (i, g) in grad.iter_mut().enumerate().take(fm) {
            let weight = i < self.bias_at;
            let r = if weight {
                i % self.n_roles
            } else {
                i - self.bias_at
            };
            let l2 = if weight && learned[i / self.n_roles] {
                options.l2_learned[0]
            } else {
                options.l2
            };
            *g = if fitted[r] {
                penalized(*g, l2, params[i] - initial[i])
            } else {
                0.0
            };
        }
    }

    /// A learned term tells the fitted roles apart, and says nothing of a
    /// kept role: the kept role's weight is the mean of the fitted ones (IT
    /// Manager, with three postings, would otherwise lose ground to every
    /// word learned for the others).
    fn kept_roles_take_the_mean(&self, params: &mut [f64], learned: &[bool], fitted: &[bool]) {
        let n_fitted = fitted.iter().filter(|f| **f).count().max(1) as f64;
        for (t, _) in learned.iter().enumerate().filter(|(_, l)| **l) {
            let weights = &mut params[t * self.n_roles..(t + 1) * self.n_roles];
            let mean = weights
                .iter()
                .zip(fitted)
                .filter(|(_, f)| **f)
                .map(|(w, _)| w)
                .sum::<f64>()
                / n_fitted;
            for (w, _) in weights.iter_mut().zip(fitted).filter(|(_, f)| !**f) {
                *w = mean;
            }
        }
    }
}

/// Relevance model parameters: weight per entry, per `ln(1 + words)`, for a
/// hiring cue, and an intercept.
#[derive(Clone)]
struct RelevanceModel {
    weights: Vec<f64>,
    length: f64,
    cue: f64,
    intercept: f64,
    /// Which entries are learned (see [`RoleModel`]).
    learned: Vec<bool>,
}

impl RelevanceModel {
    fn from_lexicon(lex: &Lexicon) -> RelevanceModel {
        let scale = lex.model.relevance_scale;
        let learned: Vec<bool> = lex.entries.iter().map(is_learned).collect();
        RelevanceModel {
            weights: lex
                .entries
                .iter()
                .zip(&learned)
                .map(|(e, &l)| if l { 0.0 } else { e.relevance * scale })
                .collect(),
            length: lex.model.relevance_length * scale,
            cue: lex.model.cue_relevance * scale,
            intercept: lex.model.relevance_bias,
            learned,
        }
    }

    /// The evidence without the intercept.
    fn evidence(&self, row: &Row) -> f64 {
        row.features
            .iter()
            .map(|&(t, s)| self.weights[t] * s)
            .sum::<f64>()
            + self.length * row.log_words
            + self.cue * row.cued()
    }
}

fn fit_relevance(prior: &RelevanceModel, rows: &[&Row], options: &FitOptions) -> RelevanceModel {
    let n = prior.weights.len();
    // Layout: weights [entry], length, intercept, cue.
    let mut params: Vec<f64> = prior.weights.clone();
    params.push(prior.length);
    params.push(prior.intercept);
    params.push(prior.cue);
    let initial = params.clone();
    let mut adam = Adam::new(params.len(), 0.05);
    let mut grad = vec![0.0; params.len()];
    for _ in 0..options.iterations {
        grad.iter_mut().for_each(|g| *g = 0.0);
        for row in rows {
            let mut e = params[n + 1] + params[n] * row.log_words + params[n + 2] * row.cued();
            for &(t, s) in &row.features {
                e += params[t] * s;
            }
            let y = f64::from(u8::from(matches!(row.label, Label::Role(_))));
            let d = sigmoid(e) - y;
            for &(t, s) in &row.features {
                grad[t] += d * s;
            }
            grad[n + 2] += d * row.cued();
            // The length weight and the intercept stay where they are: the
            // development postings' role examples are short snippets and the
            // others full ads, so a fitted length weight or intercept learns
            // "short means relevant", and an empty posting would come out
            // relevant. A posting with no hits keeps sigmoid(relevance_bias).
        }
        for t in 0..n {
            let l2 = if prior.learned[t] {
                options.l2_learned_relevance[0]
            } else {
                options.l2_relevance
            };
            grad[t] = penalized(grad[t], l2, params[t] - initial[t]);
        }
        grad[n + 2] += 0.02 * (params[n + 2] - initial[n + 2]);

        adam.step(&mut params, &grad);
    }
    RelevanceModel {
        weights: params[..n].to_vec(),
        length: params[n],
        intercept: params[n + 1],
        cue: params[n + 2],
        learned: prior.learned.clone(),
    }
}

/// A gradient with an L2 penalty of `l2` on a parameter `moved` from where
/// it started; an infinite penalty holds the parameter where it is.
fn penalized(gradient: f64, l2: f64, moved: f64) -> f64 {
    if l2.is_infinite() {
        0.0
    } else {
        gradient + 2.0 * l2 * moved
    }
}

/// Fits the temperature to held-out logits. (Per-role offsets were tried
/// too: with grouped folds the class balance shifts between training and
/// held-out postings, and offsets fitted to one hurt the other: macro-F1 0.72
/// against 0.74 without them on the development postings.)
fn calibrate_temperature(logits: &[(Vec<f64>, usize)], iterations: usize) -> f64 {
    let mut log_t = [0.0f64];
    let mut adam = Adam::new(1, 0.02);
    for _ in 0..iterations {
        let t = log_t[0].exp();
        let mut grad = [0.0];
        for (z, y) in logits {
            let p = softmax(z, t);
            let mean: f64 = p.iter().zip(z).map(|(p, u)| p * u).sum();
            // d NLL / d ln T = (z_y − E_p[z]) / T
            grad[0] += (z[*y] - mean) / t;
        }
        adam.step(&mut log_t, &grad);
    }
    log_t[0].exp()
}

/// Fits the slope `a` of `sigmoid(bias + a · e)` to held-out relevance
/// evidence; the intercept stays fixed (see `fit_relevance`).
fn calibrate_relevance(evidence: &[(f64, bool)], bias: f64, iterations: usize) -> f64 {
    let mut scale = [1.0f64];
    let mut adam = Adam::new(1, 0.02);
    for _ in 0..iterations {
        let mut grad = [0.0];
        for &(e, y) in evidence {
            grad[0] += (sigmoid(bias + scale[0] * e) - f64::from(u8::from(y))) * e;
        }
        adam.step(&mut scale, &grad);
    }
    scale[0].max(1e-3)
}

/// Adds terms mined from the labelled postings to `lexicon`, with zero
/// weights (the fit gives them theirs). Mining is the derivation's log-odds:
/// each fitted role's postings against the other fitted roles', with all the
/// postings as the background; the `mine` strongest terms per role and for
/// relevance whose z clears `mine_z` are kept, unless the lexicon has them.
pub fn mine(lexicon: &Lexicon, examples: &[&Example], options: &FitOptions) -> Lexicon {
    let mut per_role = vec![0usize; lexicon.roles.len()];
    for e in examples {
        if let Label::Role(r) = e.label {
            per_role[r] += 1;
        }
    }
    let fitted: Vec<usize> = (0..lexicon.roles.len())
        .filter(|&r| per_role[r] >= options.min_examples.max(1))
        .collect();
    let mut out = lexicon.clone();
    if fitted.len() < 2 {
        return out;
    }
    let documents: Vec<RoleDocuments> = fitted
        .iter()
        .map(|&r| RoleDocuments {
            role: lexicon.roles[r].clone(),
            documents: examples
                .iter()
                .filter(|e| e.label == Label::Role(r))
                .map(|e| e.text.clone())
                .collect(),
        })
        .collect();
    let derive_options = DeriveOptions {
        min_count: 10,
        z_threshold: options.mine_z,
        ..DeriveOptions::default()
    };
    let derived = derive::derive(
        &documents,
        Some(examples.iter().map(|e| e.text.as_str())),
        &derive_options,
    );
    let known: std::collections::HashSet<String> = lexicon
        .entries
        .iter()
        .map(|e| Normalized::new(&e.term).folded)
        .collect();
    let fresh: Vec<&DerivedTerm> = derived
        .terms
        .iter()
        .filter(|t| !known.contains(&Normalized::new(&t.term).folded))
        .collect();
    let mut chosen: Vec<&DerivedTerm> = Vec::new();
    let mut pick = |key: &dyn Fn(&DerivedTerm) -> f64| {
        let mut ranked: Vec<&&DerivedTerm> =
            fresh.iter().filter(|t| key(t) > options.mine_z).collect();
        ranked.sort_by(|a, b| key(b).total_cmp(&key(a)).then(a.term.cmp(&b.term)));
        for t in ranked.into_iter().take(options.mine) {
            if !chosen.iter().any(|c| c.term == t.term) {
                chosen.push(t);
            }
        }
    };
    for i in 0..fitted.len() {
        pick(&|t: &DerivedTerm| t.z[i]);
    }
    pick(&|t: &DerivedTerm| t.relevance_z.unwrap_or(0.0));
    for t in chosen {
        let z: Vec<String> = t.z.iter().map(|z| format!("{z:.1}")).collect();
        out.entries.push(Entry {
            term: t.term.clone(),
            line: 0,
            weights: vec![0.0; lexicon.roles.len()],
            relevance: 0.0,
            case_sensitive: t.term.chars().any(char::is_uppercase),
            wildcard: false,
            inflect: true,
            title: false,
            note: format!(
                "mined from labelled postings: z {} (fitted roles), relevance z {:.1}",
                z.join(" "),
                t.relevance_z.unwrap_or(0.0)
            ),
        });
    }
    out
}

/// Recounts every example's terms with `lexicon`.
pub fn rescan(lexicon: &Lexicon, examples: &[&Example]) -> Vec<Example> {
    let scanner = Scanner::new(lexicon).expect("a lexicon that parsed compiles");
    examples
        .par_iter()
        .map_init(ScanBuffers::default, |buf, e| Example {
            counts: scanner.count(&e.text, buf),
            ..(*e).clone()
        })
        .collect()
}

/// What [`fit`] did, for reports.
#[derive(Debug, Clone)]
pub struct FitSummary {
    /// Whether each role's weights were fitted (else kept).
    pub fitted_roles: Vec<bool>,
    /// Labelled postings per role used for fitting.
    pub role_examples: Vec<usize>,
    /// `other` postings used for relevance.
    pub other_examples: usize,
    /// The chosen temperature.
    pub temperature: f64,
}

/// Fits the models once with every learned candidate and keeps the
/// `options.learn` learned entries that matter most: the spread of their
/// fitted role weights or their relevance weight, whichever is larger,
/// times the square root of their mean saturated count (a term that fires
/// seldom moves few scores), taken in that order while their hits in the
/// postings stay within `options.learn_budget` (see [`learn::select`]).
/// The others are dropped from the lexicon and from the rows; a dropped
/// single word leaves every other match as it was, so nothing needs
/// scanning again.
fn keep_learned(
    lexicon: Lexicon,
    examples: &[&Example],
    rows: Vec<Row>,
    fitted: &[bool],
    options: &FitOptions,
) -> (Lexicon, Vec<Row>) {
    let every: Vec<&Row> = rows.iter().collect();
    let roles = fit_roles(&RoleModel::from_lexicon(&lexicon), &every, fitted, options);
    let relevance = fit_relevance(&RelevanceModel::from_lexicon(&lexicon), &every, options);
    let mut mean = vec![0.0; lexicon.entries.len()];
    for row in &rows {
        for &(t, s) in &row.features {
            mean[t] += s / rows.len() as f64;
        }
    }
    let importance: Vec<f64> = (0..lexicon.entries.len())
        .map(|t| {
            let fitted_weights = || roles.weights[t].iter().zip(fitted).filter(|(_, f)| **f);
            let max = fitted_weights().map(|(w, _)| *w).fold(f64::MIN, f64::max);
            let min = fitted_weights().map(|(w, _)| *w).fold(f64::MAX, f64::min);
            (max - min).max(relevance.weights[t].abs()) * mean[t].sqrt()
        })
        .collect();
    let base = lexicon
        .entries
        .iter()
        .take_while(|e| !is_learned(e))
        .count();
    let mut hits = vec![0.0; lexicon.entries.len()];
    for e in examples {
        for &(t, c) in &e.counts.counts {
            hits[t] += f64::from(c);
        }
    }
    let budget = options.learn_budget * hits[..base].iter().sum::<f64>();
    let kept = learn::select(&importance, &hits, base, options.learn, budget);
    // New index of each entry, if kept.
    let mut index: Vec<Option<usize>> = (0..base).map(Some).collect();
    index.resize(lexicon.entries.len(), None);
    for (i, &t) in kept.iter().enumerate() {
        index[t] = Some(base + i);
    }
    let mut out = lexicon.clone();
    out.entries = (0..lexicon.entries.len())
        .filter(|&t| index[t].is_some())
        .map(|t| lexicon.entries[t].clone())
        .collect();
    let rows = rows
        .into_iter()
        .map(|mut row| {
            row.features = row
                .features
                .iter()
                .filter_map(|&(t, s)| index[t].map(|t| (t, s)))
                .collect();
            row
        })
        .collect();
    (out, rows)
}

/// The rows of `k` inner group-folds: each fold's training and held-out
/// rows.
type Folds<'a> = Vec<(Vec<&'a Row>, Vec<&'a Row>)>;

fn inner_folds<'a>(all: &'a [Row], examples: &[&Example], k: usize) -> Folds<'a> {
    (0..k)
        .map(|fold| {
            let (held, train): (Vec<_>, Vec<_>) = all
                .iter()
                .zip(examples)
                .partition(|(_, e)| fold_of(&e.group, k, 0x5eed) == fold);
            let rows =
                |pairs: Vec<(&'a Row, &&Example)>| pairs.into_iter().map(|(r, _)| r).collect();
            (rows(train), rows(held))
        })
        .collect()
}

/// The penalty on learned role weights, among `options.l2_learned`, whose
/// held-out role logits fit best (balanced log-loss once the temperature is
/// calibrated), and those logits with each role posting's role. Without
/// learned terms, or with one penalty, there is nothing to choose.
fn choose_role_penalty(
    prior: &RoleModel,
    folds: &Folds<'_>,
    fitted: &[bool],
    options: &FitOptions,
) -> (f64, Vec<(Vec<f64>, usize)>) {
    let grid = if prior.learned.contains(&true) {
        &options.l2_learned[..]
    } else {
        &options.l2_learned[..1]
    };
    let held = |l2: f64| {
        let options = FitOptions {
            l2_learned: vec![l2],
            ..options.clone()
        };
        let mut logits = Vec::new();
        for (train, test) in folds {
            let roles = fit_roles(prior, train, fitted, &options);
            for row in test {
                if let Label::Role(y) = row.label {
                    logits.push((roles.logits(row), y));
                }
            }
        }
        logits
    };
    best_of(grid, held, |logits| {
        let t = calibrate_temperature(logits, options.iterations);
        balanced_log_loss(logits, t)
    })
}

/// The penalty on learned relevance weights, among
/// `options.l2_learned_relevance`, whose held-out relevance evidence ranks
/// best (ROC-AUC), and that evidence.
fn choose_relevance_penalty(
    prior: &RelevanceModel,
    folds: &Folds<'_>,
    options: &FitOptions,
) -> (f64, Vec<(f64, bool)>) {
    let all = &options.l2_learned_relevance[..];
    let grid = if prior.learned.contains(&true) {
        all
    } else {
        &all[..1]
    };
    let held = |l2: f64| {
        let options = FitOptions {
            l2_learned_relevance: vec![l2],
            ..options.clone()
        };
        let mut evidence = Vec::new();
        for (train, test) in folds {
            let relevance = fit_relevance(prior, train, &options);
            for row in test {
                evidence.push((relevance.evidence(row), matches!(row.label, Label::Role(_))));
            }
        }
        evidence
    };
    best_of(grid, held, |evidence| -roc_auc(evidence).unwrap_or(0.5))
}

/// The value of `grid` whose held-out scores (`held`) have the lowest
/// `loss` (the first on a tie), with those scores.
fn best_of<T>(
    grid: &[f64],
    held: impl Fn(f64) -> Vec<T>,
    loss: impl Fn(&[T]) -> f64,
) -> (f64, Vec<T>) {
    let mut best: Option<(f64, f64, Vec<T>)> = None;
    for &value in grid {
        let scores = held(value);
        let l = loss(&scores);
        if best.as_ref().is_none_or(|(_, b, _)| l < *b) {
            best = Some((value, l, scores));
        }
    }
    let (value, _, scores) = best.expect("a grid of at least one value");
    (value, scores)
}

/// Mean negative log-likelihood of held-out role logits at temperature
/// `t`, each role weighing the same (as the fit's balanced weights do).
fn balanced_log_loss(logits: &[(Vec<f64>, usize)], t: f64) -> f64 {
    let n_roles = logits.first().map_or(0, |(z, _)| z.len());
    let mut sum = vec![0.0; n_roles];
    let mut count = vec![0usize; n_roles];
    for (z, y) in logits {
        sum[*y] -= softmax(z, t)[*y].max(1e-12).ln();
        count[*y] += 1;
    }
    let present: Vec<f64> = (0..n_roles)
        .filter(|&r| count[r] > 0)
        .map(|r| sum[r] / count[r] as f64)
        .collect();
    present.iter().sum::<f64>() / present.len().max(1) as f64
}

/// Fits `lexicon`'s numbers to `examples` and returns the refined lexicon.
pub fn fit(
    lexicon: &Lexicon,
    examples: &[&Example],
    options: &FitOptions,
) -> (Lexicon, FitSummary) {
    let (mut lexicon, rescanned) = with_new_terms(lexicon, examples, options);
    let examples: Vec<&Example> = match &rescanned {
        Some(rescanned) => rescanned.iter().collect(),
        None => examples.to_vec(),
    };
    let examples = &examples[..];
    let mut all = rows(examples);
    let role_examples = count_role_examples(&all, lexicon.roles.len());
    let fitted: Vec<bool> = role_examples
        .iter()
        .map(|&n| n >= options.min_examples.max(1))
        .collect();
    if options.learn > 0 {
        (lexicon, all) = keep_learned(lexicon, examples, all, &fitted, options);
    }
    let lexicon = &lexicon;
    let role_prior = RoleModel::from_lexicon(lexicon);
    let relevance_prior = RelevanceModel::from_lexicon(lexicon);

    // Held-out scores, from inner group-folds, choose the penalties on
    // learned terms and the calibration.
    let folds = inner_folds(&all, examples, options.calibration_folds.max(2));
    let (l2_learned, held_logits) = choose_role_penalty(&role_prior, &folds, &fitted, options);
    let (l2_learned_relevance, held_evidence) =
        choose_relevance_penalty(&relevance_prior, &folds, options);
    let options = &FitOptions {
        l2_learned: vec![l2_learned],
        l2_learned_relevance: vec![l2_learned_relevance],
        ..options.clone()
    };
    let temperature = calibrate_temperature(&held_logits, options.iterations);
    let scale = calibrate_relevance(
        &held_evidence,
        relevance_prior.intercept,
        options.iterations,
    );

    let every: Vec<&Row> = all.iter().collect();
    let roles = fit_roles(&role_prior, &every, &fitted, options);
    let relevance = fit_relevance(&relevance_prior, &every, options);
    let mut out = with_models(lexicon, &roles, &relevance);
    out.model.temperature = temperature;
    out.model.relevance_scale = scale;
    out.model.relevance_bias = relevance_prior.intercept;
    let summary = FitSummary {
        fitted_roles: fitted,
        role_examples,
        other_examples: all.iter().filter(|r| r.label == Label::Other).count(),
        temperature,
    };
    (out, summary)
}

/// The lexicon with the mined (`--mine`) and candidate learned
/// (`--learn`) terms added, and the examples scanned again with it when
/// terms were added (`None` when the examples stand as they are).
fn with_new_terms(
    lexicon: &Lexicon,
    examples: &[&Example],
    options: &FitOptions,
) -> (Lexicon, Option<Vec<Example>>) {
    if options.mine == 0 && options.learn == 0 {
        return (lexicon.clone(), None);
    }
    let mut lexicon = lexicon.clone();
    if options.mine > 0 {
        lexicon = mine(&lexicon, examples, options);
    }
    if options.learn > 0 {
        let candidate_options = CandidateOptions {
            min_groups: options.learn_min_groups,
            max_share: options.learn_max_share,
        };
        lexicon = learn::candidates(&lexicon, examples, &candidate_options).0;
    }
    let rescanned = rescan(&lexicon, examples);
    (lexicon, Some(rescanned))
}

/// How many rows are labelled with each of `n_roles` roles.
fn count_role_examples(rows: &[Row], n_roles: usize) -> Vec<usize> {
    let mut counts = vec![0usize; n_roles];
    for r in rows {
        if let Label::Role(k) = r.label {
            counts[k] += 1;
        }
    }
    counts
}

/// `lexicon` with the fitted weights, biases and mention weights of the
/// two models.
fn with_models(lexicon: &Lexicon, roles: &RoleModel, relevance: &RelevanceModel) -> Lexicon {
    let mut out = lexicon.clone();
    for (t, entry) in out.entries.iter_mut().enumerate() {
        entry.weights.clone_from(&roles.weights[t]);
        entry.relevance = relevance.weights[t];
    }
    for (r, role) in out.roles.iter_mut().enumerate() {
        role.bias = roles.intercepts[r] - role.prior.ln();
    }
    out.model.first_mention = roles.first_mention;
    out.model.cue_mention = roles.cue_mention;
    out.model.cue_relevance = relevance.cue;
    out.model.relevance_length = relevance.length;
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scan::{ScanBuffers, Scanner};
    use crate::Scorer;

    /// A toy world: "alpha" marks role a, "beta" role b, "gamma" marks
    /// relevance; the starting lexicon knows none of this.
    fn toy() -> (Lexicon, Vec<Example>) {
        let lex = Lexicon::parse(
            "[roles]\na | A\nb | B\n[terms]\nalpha | a=0 | exact\nbeta | b=0 | exact\ngamma | a=0 | exact\nnoise | a=0 | exact\n",
            "toy",
        )
        .unwrap();
        let scanner = Scanner::new(&lex).unwrap();
        let mut buf = ScanBuffers::default();
        let mut examples = Vec::new();
        for i in 0..240 {
            let (text, label) = match i % 4 {
                0 => ("alpha gamma noise", Label::Role(0)),
                1 => ("beta gamma", Label::Role(1)),
                2 => (
                    if i % 8 == 2 {
                        "alpha beta gamma"
                    } else {
                        "alpha alpha gamma"
                    },
                    Label::Role(0),
                ),
                _ => ("noise words here", Label::Other),
            };
            examples.push(Example {
                id: i.to_string(),
                group: format!("g{}", i / 2),
                label,
                counts: scanner.count(text, &mut buf),
                text: text.to_string(),
            });
        }
        (lex, examples)
    }

    #[test]
    fn fit_learns_roles_and_relevance_and_is_deterministic() {
        let (lex, examples) = toy();
        let refs: Vec<&Example> = examples.iter().collect();
        let options = FitOptions {
            l2: 0.1,
            l2_relevance: 0.1,
            min_examples: 10,
            iterations: 300,
            calibration_folds: 3,
            ..FitOptions::default()
        };
        let (fitted, summary) = fit(&lex, &refs, &options);
        assert_eq!(summary.fitted_roles, vec![true, true]);
        let alpha = &fitted.entries[0];
        let beta = &fitted.entries[1];
        assert!(alpha.weights[0] - alpha.weights[1] > 1.0, "{alpha:?}");
        assert!(beta.weights[1] - beta.weights[0] > 1.0, "{beta:?}");
        assert!(fitted.entries[2].relevance > 0.5, "{:?}", fitted.entries[2]);
        let scanner = Scanner::new(&fitted).unwrap();
        let scorer = Scorer::new(&fitted);
        let mut buf = ScanBuffers::default();
        let s = scorer.score(&scanner.count("alpha gamma", &mut buf));
        assert!(s.probabilities[0] > 0.8 && s.relevance > 0.5, "{s:?}");
        let s = scorer.score(&scanner.count("noise words", &mut buf));
        assert!(s.relevance < 0.5, "{s:?}");
        let (again, _) = fit(&lex, &refs, &options);
        assert_eq!(again.to_lex(&[]), fitted.to_lex(&[]));
    }

    /// Words the lexicon lacks are learned: "delta" marks role b, and the
    /// learned terms a kept role gets the mean weight of the fitted ones.
    #[test]
    fn learned_words_are_fitted_and_the_strongest_kept() {
        let lex = Lexicon::parse(
            "[roles]\na | A\nb | B\nc | C\n[terms]\nalpha | a=1 | exact\n",
            "toy",
        )
        .unwrap();
        let scanner = Scanner::new(&lex).unwrap();
        let mut buf = ScanBuffers::default();
        let texts = [
            ("alpha budget plan", Label::Role(0)),
            ("delta release plan", Label::Role(1)),
            ("delta budget filler", Label::Role(1)),
            ("nurse shift filler", Label::Other),
        ];
        let examples: Vec<Example> = (0..320)
            .map(|i| {
                let (text, label) = texts[i % 4];
                Example {
                    id: i.to_string(),
                    group: format!("g{}", i / 4),
                    label,
                    counts: scanner.count(text, &mut buf),
                    text: text.to_string(),
                }
            })
            .collect();
        let refs: Vec<&Example> = examples.iter().collect();
        let options = FitOptions {
            min_examples: 10,
            iterations: 300,
            learn: 2,
            learn_min_groups: 5,
            ..FitOptions::default()
        };
        let (fitted, summary) = fit(&lex, &refs, &options);
        assert_eq!(summary.fitted_roles, vec![true, true, false]);
        let learned: Vec<&Entry> = fitted.entries.iter().filter(|e| is_learned(e)).collect();
        assert_eq!(learned.len(), 2, "{learned:?}");
        let delta = learned
            .iter()
            .find(|e| e.term == "delta")
            .expect("delta learned");
        assert!(delta.weights[1] - delta.weights[0] > 0.5, "{delta:?}");
        // The kept role's weight is the mean of the fitted roles'.
        let mean = (delta.weights[0] + delta.weights[1]) / 2.0;
        assert!((delta.weights[2] - mean).abs() < 1e-9, "{delta:?}");
        assert!(delta
            .note
            .starts_with("learned from labelled postings: in 160 postings"));
        // The learned lexicon scores as it was fitted.
        let scanner = Scanner::new(&fitted).unwrap();
        let scorer = Scorer::new(&fitted);
        let s = scorer.score(&scanner.count("delta plan", &mut buf));
        assert!(s.probabilities[1] > s.probabilities[0], "{s:?}");

        // An infinite relevance penalty holds learned relevance weights at
        // zero ("nurse" would otherwise say "not relevant"); the role
        // weights are still fitted.
        let held = FitOptions {
            l2_learned_relevance: vec![f64::INFINITY],
            ..options.clone()
        };
        let (fitted, _) = fit(&lex, &refs, &held);
        let learned: Vec<&Entry> = fitted.entries.iter().filter(|e| is_learned(e)).collect();
        assert_eq!(learned.len(), 2, "{learned:?}");
        assert!(learned.iter().all(|e| e.relevance == 0.0), "{learned:?}");
        assert!(
            learned.iter().any(|e| e.weights[0] != e.weights[1]),
            "{learned:?}"
        );

        // A budget of hits: every candidate is in 80 or 160 of the 320
        // postings, against 80 hits of the lexicon's own "alpha"; at 1.0
        // only words of 80 hits fit, and one at most.
        let budgeted = FitOptions {
            learn_budget: 1.0,
            ..options.clone()
        };
        let (fitted, _) = fit(&lex, &refs, &budgeted);
        let learned: Vec<&str> = fitted
            .entries
            .iter()
            .filter(|e| is_learned(e))
            .map(|e| e.term.as_str())
            .collect();
        assert_eq!(learned.len(), 1, "{learned:?}");
        assert_ne!(learned, ["delta"], "delta has 160 hits");
    }

    #[test]
    fn roles_without_enough_examples_keep_their_weights() {
        let (lex, examples) = toy();
        let refs: Vec<&Example> = examples.iter().collect();
        let options = FitOptions {
            min_examples: 100,
            iterations: 50,
            ..FitOptions::default()
        };
        let (fitted, summary) = fit(&lex, &refs, &options);
        assert_eq!(summary.fitted_roles, vec![true, false]);
        for (a, b) in fitted.entries.iter().zip(&lex.entries) {
            assert_eq!(a.weights[1], b.weights[1]);
        }
    }
}
