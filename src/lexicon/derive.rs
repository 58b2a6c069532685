//! Deriving a lexicon from role documents: weighted log-odds with an
//! informative Dirichlet prior (Monroe, Colaresi & Quinn 2008, "Fightin'
//! Words").
//!
//! Input: one or more documents per role, and optionally a background corpus
//! of ordinary job ads. Every document goes through the scanner's own
//! normalization; its words (UAX #29) form n-grams of 1 to `max_ngram` words
//! that never cross punctuation other than the separators a phrase may span.
//! N-grams that start or end with a stopword, or contain a number-only word,
//! are dropped. Plural and possessive forms are merged into their base form
//! when both occur, mirroring the scanner's inflection rule, so a derived
//! entry `stakeholder` also stands for `stakeholders`.
//!
//! For each role `i` against the pooled other roles `j`, and each n-gram `w`:
//!
//! ```text
//! α_w = α₀ · π_w            π from the background (or the pooled role documents)
//! δ_w = ln((y_iw + α_w) / (n_i + α₀ − y_iw − α_w)) − ln((y_jw + α_w) / (n_j + α₀ − y_jw − α_w))
//! σ²_w ≈ 1/(y_iw + α_w) + 1/(y_jw + α_w)          z_w = δ_w / σ_w
//! ```
//!
//! A term is kept when some role's `|z|` clears the threshold; each role
//! whose `|z|` clears it gets `δ` as its weight. With a background, the same
//! statistic for the pooled role documents against the background gives the
//! term's `relevance` weight (kept when `z` clears the threshold upwards).
//! The output is a `.lex` file whose notes carry each term's z-scores and
//! counts; the same inputs always give the same bytes.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write as _;

use unicode_segmentation::UnicodeSegmentation;

use super::{fmt_num, Entry, Role};
use crate::text::Normalized;

/// Settings for [`derive()`].
#[derive(Debug, Clone)]
pub struct DeriveOptions {
    /// Longest n-gram, in words (1 to 5).
    pub max_ngram: usize,
    /// Minimum count of an n-gram over all role documents.
    pub min_count: u64,
    /// |z| a role weight (or relevance, upwards) must clear.
    pub z_threshold: f64,
    /// α₀, the total weight of the prior; `None` uses a quarter of the
    /// n-gram tokens in the pooled role documents: weak enough that a term
    /// seen about eight times in one role and never in another can clear
    /// 1.96, strong enough to shrink the log-odds of rare terms.
    pub prior_scale: Option<f64>,
    /// Derive relevance weights from the background (needs one).
    pub relevance: bool,
    /// Multiplies every derived weight (1 keeps the raw log-odds). Below 1,
    /// curated entries such as role names keep precedence over the many
    /// weaker derived terms.
    pub weight_scale: f64,
}

impl Default for DeriveOptions {
    fn default() -> DeriveOptions {
        DeriveOptions {
            max_ngram: 3,
            min_count: 3,
            z_threshold: 1.96,
            prior_scale: None,
            relevance: true,
            weight_scale: 1.0,
        }
    }
}

/// The documents of one role.
#[derive(Debug, Clone)]
pub struct RoleDocuments {
    /// The role.
    pub role: Role,
    /// The documents' texts.
    pub documents: Vec<String>,
}

/// A derived term with the statistics behind it.
#[derive(Debug, Clone, PartialEq)]
pub struct DerivedTerm {
    /// The n-gram, words separated by single spaces (folded case, except
    /// acronyms such as `IT`).
    pub term: String,
    /// Log-odds per role (0 where |z| did not clear the threshold).
    pub weights: Vec<f64>,
    /// z-score per role.
    pub z: Vec<f64>,
    /// Count per role.
    pub counts: Vec<u64>,
    /// Relevance weight (0 when not kept or no background).
    pub relevance: f64,
    /// z-score of the pooled roles against the background, if any.
    pub relevance_z: Option<f64>,
    /// Count in the background, if any.
    pub background_count: Option<u64>,
}

/// The result of [`derive()`].
#[derive(Debug, Clone)]
pub struct Derived {
    /// Roles in order.
    pub roles: Vec<Role>,
    /// N-gram tokens counted per role.
    pub role_tokens: Vec<u64>,
    /// Documents per role.
    pub role_documents: Vec<usize>,
    /// Background documents and n-gram tokens, if a background was given.
    pub background: Option<(usize, u64)>,
    /// Kept terms, strongest first within each role's block.
    pub terms: Vec<DerivedTerm>,
}

/// Counts of n-grams, keyed by their canonical form.
#[derive(Debug, Clone, Default)]
pub struct NgramCounts {
    counts: HashMap<String, u64>,
    total: u64,
    documents: usize,
}

/// Words that never start or end a derived n-gram. Function words of English
/// plus job-ad boilerplate carry no role information.
pub(crate) const STOPWORDS: &[&str] = &[
    "a", "about", "above", "across", "after", "again", "against", "all", "also", "am", "an", "and",
    "any", "are", "as", "at", "be", "because", "been", "before", "being", "below", "between",
    "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "e.g",
    "each", "either", "etc", "even", "every", "few", "for", "from", "further", "had", "has",
    "have", "having", "he", "her", "here", "hers", "him", "his", "how", "i", "i.e", "if", "in",
    "into", "is", "it", "its", "itself", "just", "may", "me", "might", "more", "most", "much",
    "must", "my", "no", "nor", "not", "of", "off", "often", "on", "once", "one", "only", "or",
    "other", "others", "our", "ours", "out", "over", "own", "per", "rather", "s", "same", "shall",
    "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them",
    "then", "there", "these", "they", "this", "those", "through", "thus", "to", "too", "under",
    "until", "up", "upon", "us", "usually", "very", "via", "was", "we", "well", "were", "what",
    "when", "where", "whether", "which", "while", "who", "whom", "whose", "why", "will", "with",
    "within", "without", "would", "yet", "you", "your", "yours",
];

impl NgramCounts {
    /// Counts the n-grams of each document.
    pub fn from_documents<D: AsRef<str>>(
        docs: impl IntoIterator<Item = D>,
        max_ngram: usize,
    ) -> NgramCounts {
        NgramCounts::count(docs, max_ngram, None)
    }

    /// Counts the n-grams of the documents; with a `vocabulary`, only those
    /// (and their inflected variants) that it maps to a canonical form, as
    /// for the background, where counting everything would be wasteful.
    fn count<D: AsRef<str>>(
        docs: impl IntoIterator<Item = D>,
        max_ngram: usize,
        vocabulary: Option<&HashMap<String, String>>,
    ) -> NgramCounts {
        let mut counts = NgramCounts::default();
        let stop: HashSet<&str> = STOPWORDS.iter().copied().collect();
        for doc in docs {
            counts.documents += 1;
            for_each_ngram(doc.as_ref(), max_ngram, &stop, |g| {
                counts.total += 1;
                let key = match vocabulary {
                    None => Some(g),
                    Some(v) => v.get(g).map(String::as_str),
                };
                if let Some(key) = key {
                    *counts.counts.entry(key.to_string()).or_insert(0) += 1;
                }
            });
        }
        counts
    }

    fn get(&self, g: &str) -> u64 {
        self.counts.get(g).copied().unwrap_or(0)
    }
}

/// Calls `f` with every kept n-gram of `text`: no n-gram starts or ends with
/// a stopword or contains a number, and none spans punctuation other than the
/// separators a phrase may span (which normalization turned into one space).
/// Words are folded to lower case, except an all-capitals word whose lower
/// case is a stopword: `IT` stays `IT` (an acronym, kept), while `it` is a
/// stopword.
fn for_each_ngram(text: &str, max_ngram: usize, stop: &HashSet<&str>, mut f: impl FnMut(&str)) {
    let norm = Normalized::new(text);
    let folded = &norm.folded;
    let words: Vec<(usize, &str)> = folded
        .unicode_word_indices()
        .map(|(start, word)| {
            let original = &norm.text[start..start + word.len()];
            let acronym = original.chars().count() >= 2 && original.chars().all(char::is_uppercase);
            if acronym && stop.contains(word) {
                (start, original)
            } else {
                (start, word)
            }
        })
        .collect();
    let is_number = |w: &str| w.chars().all(|c| c.is_numeric() || c == '.' || c == ',');
    let mut gram = String::new();
    for i in 0..words.len() {
        gram.clear();
        for n in 0..max_ngram {
            let Some(&(start, word)) = words.get(i + n) else {
                break;
            };
            let word = word.strip_suffix("'s").unwrap_or(word);
            if is_number(word) || (n == 0 && stop.contains(word)) {
                break;
            }
            if n > 0 {
                let (prev_start, prev) = words[i + n - 1];
                if &folded[prev_start + prev.len()..start] != " " {
                    break;
                }
                gram.push(' ');
            }
            gram.push_str(word);
            if !stop.contains(word) {
                f(&gram);
            }
        }
    }
}

/// The inflected variants the scanner would also match for `base`.
fn variants(base: &str) -> Vec<String> {
    let mut v = vec![format!("{base}s"), format!("{base}es")];
    if let Some(stem) = base.strip_suffix('y') {
        if stem
            .chars()
            .last()
            .is_some_and(|c| c.is_ascii_alphabetic() && !"aeiou".contains(c))
        {
            v.push(format!("{stem}ies"));
        }
    }
    v
}

/// Merges inflected n-grams into their base form where the base occurs too.
fn merge_inflections(counts: &mut [NgramCounts]) -> HashMap<String, String> {
    let all: HashSet<String> = counts
        .iter()
        .flat_map(|c| c.counts.keys().cloned())
        .collect();
    let mut canonical: HashMap<String, String> = HashMap::new();
    let mut sorted: Vec<&String> = all.iter().collect();
    sorted.sort();
    for base in sorted {
        if canonical.contains_key(base.as_str()) {
            continue;
        }
        canonical.insert(base.clone(), base.clone());
        for v in variants(base) {
            if all.contains(&v) && !canonical.contains_key(&v) {
                canonical.insert(v, base.clone());
            }
        }
    }
    for c in counts.iter_mut() {
        let mut merged: HashMap<String, u64> = HashMap::new();
        for (g, n) in c.counts.drain() {
            *merged.entry(canonical[&g].clone()).or_insert(0) += n;
        }
        c.counts = merged;
    }
    // The lookup table for background counting: every variant of every base.
    let mut lookup: HashMap<String, String> = HashMap::new();
    for base in canonical.values() {
        lookup.insert(base.clone(), base.clone());
        for v in variants(base) {
            lookup.entry(v).or_insert_with(|| base.clone());
        }
    }
    lookup
}

/// One-vs-rest log-odds with an informative Dirichlet prior: `(δ, z)`.
fn log_odds(y_i: f64, n_i: f64, y_j: f64, n_j: f64, alpha: f64, alpha0: f64) -> (f64, f64) {
    let delta = ((y_i + alpha) / (n_i + alpha0 - y_i - alpha)).ln()
        - ((y_j + alpha) / (n_j + alpha0 - y_j - alpha)).ln();
    let sigma = (1.0 / (y_i + alpha) + 1.0 / (y_j + alpha)).sqrt();
    (delta, delta / sigma)
}

/// Derives weighted terms for `roles` from their documents and an optional
/// background corpus (documents of ordinary job ads).
pub fn derive<D: AsRef<str>>(
    roles: &[RoleDocuments],
    background: Option<impl IntoIterator<Item = D>>,
    options: &DeriveOptions,
) -> Derived {
    let max_ngram = options.max_ngram.clamp(1, 5);
    let mut per_role: Vec<NgramCounts> = roles
        .iter()
        .map(|r| NgramCounts::from_documents(r.documents.iter().map(String::as_str), max_ngram))
        .collect();
    let lookup = merge_inflections(&mut per_role);
    let background = background.map(|docs| NgramCounts::count(docs, max_ngram, Some(&lookup)));

    let role_tokens: Vec<u64> = per_role.iter().map(|c| c.total).collect();
    let pooled_total: u64 = role_tokens.iter().sum();
    let candidates = candidates(&per_role, options.min_count);
    let contrast = Contrast {
        per_role: &per_role,
        background: background.as_ref(),
        role_tokens: &role_tokens,
        pooled_total,
        alpha0: options
            .prior_scale
            .unwrap_or(pooled_total as f64 / 4.0)
            .max(1.0),
        vocabulary: candidates.len().max(1) as f64,
        options,
    };
    let mut terms: Vec<DerivedTerm> = candidates
        .into_iter()
        .filter_map(|(g, pooled)| contrast.term(g, pooled))
        .collect();
    sort_by_best_role(&mut terms);
    Derived {
        roles: roles.iter().map(|r| r.role.clone()).collect(),
        role_tokens,
        role_documents: roles.iter().map(|r| r.documents.len()).collect(),
        background: background.as_ref().map(|bg| (bg.documents, bg.total)),
        terms,
    }
}

/// Every n-gram seen at least `min_count` times over all role documents,
/// with that count, sorted so the output does not depend on hash order.
fn candidates(per_role: &[NgramCounts], min_count: u64) -> Vec<(&String, u64)> {
    let mut totals: BTreeMap<&String, u64> = BTreeMap::new();
    for c in per_role {
        for (g, n) in &c.counts {
            *totals.entry(g).or_insert(0) += n;
        }
    }
    let mut candidates: Vec<(&String, u64)> = totals
        .into_iter()
        .filter(|&(_, n)| n >= min_count)
        .collect();
    candidates.sort();
    candidates
}

/// The counts each candidate n-gram is weighed against: each role's against
/// the other roles pooled, and the pooled roles' against the background.
struct Contrast<'a> {
    per_role: &'a [NgramCounts],
    background: Option<&'a NgramCounts>,
    /// N-gram tokens per role, and their sum.
    role_tokens: &'a [u64],
    pooled_total: u64,
    /// α₀, the total weight of the prior.
    alpha0: f64,
    /// The number of candidates (at least 1), for smoothing the prior.
    vocabulary: f64,
    options: &'a DeriveOptions,
}

impl Contrast<'_> {
    /// The derived term for n-gram `g`, seen `pooled` times over all role
    /// documents; `None` when neither a role weight nor relevance is kept.
    fn term(&self, g: &str, pooled: u64) -> Option<DerivedTerm> {
        let counts: Vec<u64> = self.per_role.iter().map(|c| c.get(g)).collect();
        // The prior's share for this n-gram, smoothed so unseen ones get some.
        let pi = match self.background {
            Some(bg) => (bg.get(g) as f64 + 0.5) / (bg.total as f64 + 0.5 * self.vocabulary),
            None => pooled as f64 / self.pooled_total as f64,
        };
        let (weights, z) = self.role_weights(&counts, pooled, self.alpha0 * pi);
        let (relevance, relevance_z) = self.relevance(g, pooled);
        if weights.iter().all(|&w| w == 0.0) && relevance == 0.0 {
            return None;
        }
        Some(DerivedTerm {
            term: g.to_string(),
            weights,
            z,
            counts,
            relevance,
            relevance_z,
            background_count: self.background.map(|bg| bg.get(g)),
        })
    }

    /// Each role's log-odds weight (0 where `|z|` does not clear the
    /// threshold) and z-score for an n-gram with `counts` per role, `pooled`
    /// in all, and prior weight `alpha`.
    fn role_weights(&self, counts: &[u64], pooled: u64, alpha: f64) -> (Vec<f64>, Vec<f64>) {
        let mut weights = vec![0.0; counts.len()];
        let mut zs = vec![0.0; counts.len()];
        for i in 0..counts.len() {
            let y_i = counts[i] as f64;
            let n_i = self.role_tokens[i] as f64;
            let y_j = (pooled - counts[i]) as f64;
            let n_j = (self.pooled_total - self.role_tokens[i]) as f64;
            let (delta, z) = log_odds(y_i, n_i, y_j, n_j, alpha, self.alpha0);
            zs[i] = z;
            if z.abs() > self.options.z_threshold {
                weights[i] = delta * self.options.weight_scale;
            }
        }
        (weights, zs)
    }

    /// The relevance weight of n-gram `g` (0 unless `z` clears the threshold
    /// upwards) and its z-score, from the pooled roles against the
    /// background; `(0, None)` without a background or relevance.
    fn relevance(&self, g: &str, pooled: u64) -> (f64, Option<f64>) {
        let Some(bg) = self.background.filter(|_| self.options.relevance) else {
            return (0.0, None);
        };
        let y_bg = bg.get(g) as f64;
        let pi_pool = (pooled as f64 + y_bg + 0.5)
            / ((self.pooled_total + bg.total) as f64 + 0.5 * self.vocabulary);
        let (delta, z) = log_odds(
            pooled as f64,
            self.pooled_total as f64,
            y_bg,
            bg.total as f64,
            self.alpha0 * pi_pool,
            self.alpha0,
        );
        let weight = if z > self.options.z_threshold {
            delta * self.options.weight_scale
        } else {
            0.0
        };
        (weight, Some(z))
    }
}

/// Groups terms by the role with the highest z, strongest first; ties by
/// term.
fn sort_by_best_role(terms: &mut [DerivedTerm]) {
    let best = |t: &DerivedTerm| {
        (0..t.z.len())
            .max_by(|&a, &b| t.z[a].total_cmp(&t.z[b]).then(b.cmp(&a)))
            .unwrap_or(0)
    };
    terms.sort_by(|a, b| {
        let (ra, rb) = (best(a), best(b));
        ra.cmp(&rb)
            .then(b.z[rb].total_cmp(&a.z[ra]))
            .then(a.term.cmp(&b.term))
    });
}

impl Derived {
    /// Renders the derived lexicon in the `.lex` format. `header` lines are
    /// written as comments at the top (the command line, inputs); `curated`
    /// entries, if any, follow the derived ones in a marked section, and
    /// derived terms they duplicate are left out.
    pub fn render(
        &self,
        name: &str,
        header: &[String],
        curated: Option<(&str, &[Entry])>,
    ) -> String {
        let mut out = String::new();
        self.write_comments(&mut out, name, header);
        let _ = writeln!(out, "\n[lexicon]\nname = {name}");
        let _ = writeln!(
            out,
            "description = derived from role documents by rolescan lexicon derive"
        );
        self.write_roles(&mut out);
        let has_relevance = self.terms.iter().any(|t| t.relevance != 0.0)
            || curated.is_some_and(|(_, entries)| entries.iter().any(|e| e.relevance != 0.0));
        write_model(&mut out, has_relevance);
        let _ = writeln!(out, "\n[terms]\n# term | weights | options | note");
        let _ = writeln!(out, "# ---- derived ----");
        self.write_terms(&mut out, curated.map_or(&[], |(_, entries)| entries));
        if let Some((text, _)) = curated {
            let _ = writeln!(out, "\n# ---- curated ----");
            for line in text.lines() {
                if matches!(line.trim(), "[terms]" | "[curated]") {
                    continue;
                }
                let _ = writeln!(out, "{line}");
            }
        }
        out
    }

    /// The leading comments: what the file is, the `header` lines, the
    /// method, and the documents and tokens counted.
    fn write_comments(&self, w: &mut String, name: &str, header: &[String]) {
        let _ = writeln!(
            w,
            "# {name}: a rolescan lexicon derived by `rolescan lexicon derive`."
        );
        let _ = writeln!(
            w,
            "# Generated file: do not edit the derived section by hand; rerun the command."
        );
        for line in header {
            let _ = writeln!(w, "# {line}");
        }
        let _ = writeln!(w, "#");
        let _ = writeln!(
            w,
            "# Method: weighted log-odds with an informative Dirichlet prior (Monroe, Colaresi"
        );
        let _ = writeln!(
            w,
            "# & Quinn 2008), each role against the other roles pooled. Weights are log-odds;"
        );
        let _ = writeln!(
            w,
            "# notes give each term's z-score per role (z), its count per role (n) and, with a"
        );
        let _ = writeln!(
            w,
            "# background, its relevance z-score and background count (bg)."
        );
        for (i, role) in self.roles.iter().enumerate() {
            let _ = writeln!(
                w,
                "# Role {}: {} documents, {} n-gram tokens.",
                role.id, self.role_documents[i], self.role_tokens[i]
            );
        }
        match self.background {
            Some((docs, tokens)) => {
                let _ = writeln!(w, "# Background: {docs} documents, {tokens} n-gram tokens (counts only; no text kept).");
            }
            None => {
                let _ = writeln!(w, "# Background: none (prior from the pooled role documents; no relevance weights).");
            }
        }
    }

    /// The `[roles]` section.
    fn write_roles(&self, w: &mut String) {
        let _ = writeln!(w, "\n[roles]\n# id | label | prior=P code=C");
        for role in &self.roles {
            let code = role
                .code
                .as_ref()
                .map_or(String::new(), |c| format!(" code={c}"));
            let _ = writeln!(
                w,
                "{} | {} | prior={}{code}",
                role.id,
                role.label,
                fmt_num(role.prior, 3)
            );
        }
    }

    /// A line per derived term, except those a `curated` entry (other than a
    /// wildcard) gives already.
    fn write_terms(&self, w: &mut String, curated: &[Entry]) {
        let curated_keys: HashSet<String> = curated
            .iter()
            .filter(|e| !e.wildcard)
            .map(|e| Normalized::new(&e.term).folded)
            .collect();
        for t in &self.terms {
            if curated_keys.contains(&Normalized::new(&t.term).folded) {
                continue;
            }
            let mut weights: Vec<String> = self
                .roles
                .iter()
                .zip(&t.weights)
                .filter(|(_, &x)| x != 0.0)
                .map(|(r, &x)| format!("{}={}", r.id, fmt_num(x, 3)))
                .collect();
            if t.relevance != 0.0 {
                weights.push(format!("relevance={}", fmt_num(t.relevance, 3)));
            }
            // A term with an acronym (`IT`) must keep its capitals.
            let options = if t.term.chars().any(char::is_uppercase) {
                "case"
            } else {
                ""
            };
            let _ = writeln!(
                w,
                "{} | {} | {options} | {}",
                t.term,
                weights.join(" "),
                note(t)
            );
        }
    }
}

/// The `[model]` section: the defaults, except that without relevance
/// weights every posting counts as relevant.
fn write_model(w: &mut String, has_relevance: bool) {
    let mut model = super::Model::default();
    if !has_relevance {
        // Relevance would be the constant sigmoid(relevance_bias), and with
        // the default bias no posting could ever get a top role.
        let _ = writeln!(
            w,
            "\n# No relevance weights (no background): every posting is treated as being\n# about one of the roles (relevance 1), so top_role is its most probable role."
        );
        model.relevance_bias = 10.0;
    }
    let _ = writeln!(
        w,
        "\n[model]\ntemperature = {}\nrelevance_bias = {}\nrelevance_threshold = {}",
        fmt_num(model.temperature, 3),
        fmt_num(model.relevance_bias, 3),
        fmt_num(model.relevance_threshold, 3)
    );
}

/// The note of a derived term: its z-scores and counts per role, and with a
/// background its relevance z-score and background count.
fn note(t: &DerivedTerm) -> String {
    let z: Vec<String> = t.z.iter().map(|z| format!("{z:.2}")).collect();
    let n: Vec<String> = t.counts.iter().map(u64::to_string).collect();
    let mut note = format!("z {} n {}", z.join(" "), n.join(" "));
    if let (Some(rz), Some(bg)) = (t.relevance_z, t.background_count) {
        let _ = write!(note, " rel_z {rz:.2} bg {bg}");
    }
    note
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lexicon;

    fn role(id: &str) -> Role {
        Role {
            id: id.into(),
            label: id.into(),
            prior: 0.5,
            bias: 0.0,
            code: None,
        }
    }

    /// Two small roles; each document is repeated so counts are large enough
    /// for z-scores to clear the threshold with only two roles to compare.
    fn docs() -> Vec<RoleDocuments> {
        let mut roles = vec![
            RoleDocuments {
                role: role("data_engineer"),
                documents: vec![
                    "Build data pipelines. Data pipelines in Spark; the data pipeline runs nightly. Spark jobs, Spark streaming, Airflow and Airflow DAGs. The team reviews code.".into(),
                    "Own the data pipeline and the warehouse. Spark, Airflow, Kafka, warehouse modelling. The team reviews code.".into(),
                ],
            },
            RoleDocuments {
                role: role("data_scientist"),
                documents: vec![
                    "Train machine learning models; machine learning in production. Statistics, statistics and more statistics. Experiment design, A/B tests. The team reviews code.".into(),
                    "Machine learning research, statistics, experiment design and model evaluation. The team reviews code.".into(),
                ],
            },
        ];
        for r in &mut roles {
            r.documents = r
                .documents
                .iter()
                .map(|d| format!("{d} ").repeat(5))
                .collect();
        }
        roles
    }

    fn term<'a>(d: &'a Derived, t: &str) -> Option<&'a DerivedTerm> {
        d.terms.iter().find(|x| x.term == t)
    }

    #[test]
    fn distinguishing_terms_are_kept_shared_ones_are_not() {
        let d = derive(
            &docs(),
            None::<Vec<String>>,
            &DeriveOptions {
                min_count: 2,
                prior_scale: Some(50.0),
                z_threshold: 1.5,
                ..DeriveOptions::default()
            },
        );
        let spark = term(&d, "spark").expect("spark is kept");
        assert!(
            spark.weights[0] > 0.0 && spark.weights[1] < 0.0,
            "{spark:?}"
        );
        let ml = term(&d, "machine learning").expect("machine learning is kept");
        assert!(ml.weights[1] > 0.0, "{ml:?}");
        // Plurals merge into the base form.
        assert_eq!(term(&d, "data pipeline").unwrap().counts, vec![20, 0]);
        assert!(term(&d, "data pipelines").is_none());
        // Shared vocabulary and stopword-edged n-grams are not kept.
        assert!(term(&d, "team reviews code").is_none());
        assert!(term(&d, "the team").is_none());
        assert!(term(&d, "and").is_none());
        // No background: no relevance.
        assert!(d.terms.iter().all(|t| t.relevance == 0.0));
    }

    #[test]
    fn background_gives_relevance_and_output_is_deterministic() {
        // A background much larger than the role documents, as in real use.
        let background: Vec<String> = [
            "Registered nurse for the night shift. The team reviews code? No: the team reviews patients.",
            "Chef wanted. The team reviews menus. Spark joy in the kitchen.",
        ]
        .iter()
        .map(|d| format!("{d} ").repeat(50))
        .collect();
        let opts = DeriveOptions {
            min_count: 2,
            prior_scale: Some(50.0),
            z_threshold: 1.5,
            ..DeriveOptions::default()
        };
        let a = derive(&docs(), Some(background.iter().map(String::as_str)), &opts);
        let b = derive(&docs(), Some(background.iter().map(String::as_str)), &opts);
        let ra = a.render("t", &["cmd".into()], None);
        assert_eq!(ra, b.render("t", &["cmd".into()], None));
        // A curated fragment's lines follow, without its section line.
        let curated = "# reviewed\n[curated]\nSQL | data_engineer=1 | case\n";
        let entries = Lexicon::parse_terms(curated, "c.lex", &a.roles)
            .unwrap()
            .entries;
        let with = a.render("t", &[], Some((curated, entries.as_slice())));
        assert!(with.ends_with("# ---- curated ----\n# reviewed\nSQL | data_engineer=1 | case\n"));
        Lexicon::parse(&with, "with").unwrap_or_else(|e| panic!("{e}\n{with}"));
        let lex = Lexicon::parse(&ra, "derived").unwrap_or_else(|e| panic!("{e}\n{ra}"));
        assert_eq!(lex.roles.len(), 2);
        assert!(a.background.is_some());
        assert!(a.terms.iter().any(|t| t.relevance > 0.0), "{ra}");
        assert!(ra.contains("rel_z"), "{ra}");
    }

    #[test]
    fn ngrams_stop_at_punctuation_and_stopwords() {
        let stop: HashSet<&str> = STOPWORDS.iter().copied().collect();
        let mut got = Vec::new();
        for_each_ngram(
            "Scope of work, budget. IT-project 2024 plans; it works",
            3,
            &stop,
            |g| got.push(g.to_string()),
        );
        assert_eq!(
            got,
            [
                "scope",
                "scope of work",
                "work",
                "budget",
                "IT",
                "IT project",
                "project",
                "plans",
                "works"
            ],
            "'IT' is an acronym, '2024' a number, and ',' '.' end phrases"
        );
    }

    /// `--prior-scale`'s help states this default.
    #[test]
    fn default_prior_scale_is_a_quarter_of_the_role_tokens() {
        let options = |prior_scale| DeriveOptions {
            min_count: 2,
            z_threshold: 1.5,
            prior_scale,
            ..DeriveOptions::default()
        };
        let by_default = derive(&docs(), None::<Vec<String>>, &options(None));
        let tokens: u64 = by_default.role_tokens.iter().sum();
        let quarter = derive(
            &docs(),
            None::<Vec<String>>,
            &options(Some(tokens as f64 / 4.0)),
        );
        assert!(!by_default.terms.is_empty());
        assert_eq!(by_default.terms, quarter.terms);
        let whole = derive(&docs(), None::<Vec<String>>, &options(Some(tokens as f64)));
        assert_ne!(by_default.terms, whole.terms);
    }
}
