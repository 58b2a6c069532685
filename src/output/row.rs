//! What a sink writes: one [`Row`] per posting, the labels that turn its
//! indices (roles, evidence entries) into text for every output format, and
//! the CSV's number format. The Python binding (`python/`) builds its Arrow
//! columns with the same [`Labels`] and formats numbers with [`number`].

use std::sync::Arc;

use crate::lexicon::{Lexicon, OTHER_ROLE};
use crate::score::RoleScores;

/// One output row, before formatting.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// Where the posting came from.
    pub source: Arc<str>,
    /// The posting id.
    pub posting_id: String,
    /// Scores, or the reason the posting could not be scored.
    pub result: std::result::Result<Scored, String>,
}

/// The scores of a readable posting.
#[derive(Debug, Clone, PartialEq)]
pub struct Scored {
    /// Word count.
    pub words: usize,
    /// Number of accepted term matches.
    pub hits: u64,
    /// Role probabilities, relevance, top role and evidence.
    pub scores: RoleScores,
}

/// Role ids and entry names of a lexicon, for formatting rows.
#[derive(Debug, Clone)]
pub struct Labels {
    /// Role ids, in column order.
    pub roles: Vec<String>,
    /// Each role's taxonomy code, if it has one.
    pub codes: Vec<Option<String>>,
    /// Entry names as written (`manag*` for wildcards).
    pub terms: Vec<String>,
    /// How many evidence terms to list.
    pub evidence: usize,
}

impl Labels {
    /// The labels of `lexicon`, listing `evidence` terms in the evidence text.
    pub fn new(lexicon: &Lexicon, evidence: usize) -> Labels {
        Labels {
            roles: lexicon.roles.iter().map(|r| r.id.clone()).collect(),
            codes: lexicon.roles.iter().map(|r| r.code.clone()).collect(),
            terms: lexicon.entries.iter().map(|e| e.display()).collect(),
            evidence,
        }
    }

    /// The taxonomy code of the posting's top role, if it is a role and
    /// has one.
    pub fn top_code(&self, scores: &RoleScores) -> Option<&str> {
        scores.top_role.and_then(|r| self.codes.get(r)?.as_deref())
    }

    /// The `top_role` value: a role id or `other`.
    pub fn top_role(&self, scores: &RoleScores) -> &str {
        match scores.top_role {
            Some(r) => &self.roles[r],
            None => OTHER_ROLE,
        }
    }

    /// The evidence text: `term×count` for the strongest terms, `; `-separated.
    pub fn evidence(&self, scores: &RoleScores) -> String {
        let mut out = String::with_capacity(64);
        for &(e, n) in scores.evidence.iter().take(self.evidence) {
            if !out.is_empty() {
                out.push_str("; ");
            }
            out.push_str(&self.terms[e]);
            out.push('\u{d7}');
            out.push_str(itoa::Buffer::new().format(n));
        }
        out
    }
}

/// A probability, relevance or confidence as the CSV writes it: four
/// decimals, exactly as `format!("{x:.4}")` (see [`super::csv::fixed4`]).
pub fn number(x: f64) -> String {
    let mut out = String::with_capacity(8);
    super::csv::fixed4(x, &mut out);
    out
}

/// Generated labels and rows for the formats' property tests.
#[cfg(test)]
pub(crate) mod generated {
    use super::*;
    use proptest::prelude::*;

    /// Labels with role ids and terms made of `text`, and rows for them
    /// with scores made of `number`: up to `most` terms and evidence
    /// entries per row (or all of them), and fewer than `rows` rows.
    pub(crate) fn labels_and_rows(
        text: fn() -> BoxedStrategy<String>,
        number: fn() -> BoxedStrategy<f64>,
        most: usize,
        rows: usize,
    ) -> impl Strategy<Value = (Labels, Vec<Row>)> {
        let labels = (
            prop::collection::vec(text(), 1..4),
            prop::collection::vec(text(), 1..most),
            prop_oneof![0..most, Just(usize::MAX)],
        );
        labels.prop_flat_map(move |(roles, terms, evidence)| {
            let (n_roles, n_terms) = (roles.len(), terms.len());
            let scores = (
                prop::collection::vec(number(), n_roles),
                number(),
                prop::option::of(0..n_roles),
                number(),
                prop::collection::vec((0..n_terms, any::<u32>()), 0..most),
            );
            let scored = (any::<usize>(), any::<u64>(), scores).prop_map(
                |(words, hits, (probabilities, relevance, top_role, confidence, evidence))| {
                    Ok(Scored {
                        words,
                        hits,
                        scores: RoleScores {
                            probabilities,
                            relevance,
                            top_role,
                            confidence,
                            evidence,
                        },
                    })
                },
            );
            let result = prop_oneof![4 => scored, 1 => text().prop_map(Err)];
            let row = (text(), text(), result).prop_map(|(source, posting_id, result)| Row {
                source: Arc::from(source),
                posting_id,
                result,
            });
            let codes = roles.iter().map(|r| Some(format!("{r}-1"))).collect();
            let labels = Labels {
                roles,
                codes,
                terms,
                evidence,
            };
            (Just(labels), prop::collection::vec(row, 1..rows))
        })
    }
}
