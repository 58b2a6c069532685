//! Accuracy and calibration metrics for scored, labelled postings.
//!
//! [`Report::new`] takes one [`Prediction`] per labelled posting and computes:
//!
//! * **role metrics** on postings labelled with a role: the predicted role is
//!   the most probable one (relevance aside); precision, recall and F1 per
//!   role, macro-F1 over the roles with at least `min_support` postings,
//!   accuracy, and log-loss `−ln p(label)`;
//! * **calibration** of the role probabilities: expected calibration error
//!   (ECE) of the top probability over ten equal-width bins, with the
//!   reliability table; and the same for relevance as a probability that the
//!   posting is one of the roles;
//! * **relevance ROC-AUC**, role postings against `other` (ties count half);
//! * the **confusion matrix** of labels (roles, then `other`) against
//!   `top_role` (roles, then `other`).

use std::fmt::Write as _;

use serde::Serialize;

use crate::dataset::Label;
use crate::score::argmax;

/// What the scorer said about one labelled posting.
#[derive(Debug, Clone)]
pub struct Prediction {
    /// The true label.
    pub label: Label,
    /// Role probabilities.
    pub probabilities: Vec<f64>,
    /// Relevance.
    pub relevance: f64,
    /// The written `top_role` (`None` = other).
    pub top_role: Option<usize>,
}

/// Precision, recall and F1 of one role.
#[derive(Debug, Clone, Serialize)]
pub struct RoleMetrics {
    /// Role id.
    pub role: String,
    /// Postings labelled with this role.
    pub support: usize,
    /// Precision.
    pub precision: f64,
    /// Recall.
    pub recall: f64,
    /// F1.
    pub f1: f64,
}

/// One bin of a reliability table.
#[derive(Debug, Clone, Serialize)]
pub struct Bin {
    /// Lower edge of the bin.
    pub lower: f64,
    /// Upper edge of the bin.
    pub upper: f64,
    /// Predictions in the bin.
    pub count: usize,
    /// Mean predicted probability.
    pub confidence: f64,
    /// Observed frequency.
    pub accuracy: f64,
}

/// All metrics of one evaluation.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// Labelled postings evaluated (roles and other).
    pub postings: usize,
    /// Postings labelled with a role.
    pub role_postings: usize,
    /// Per-role metrics, in the lexicon's role order.
    pub roles: Vec<RoleMetrics>,
    /// Roles included in the macro average.
    pub macro_roles: Vec<String>,
    /// Macro-F1 over `macro_roles`.
    pub macro_f1: f64,
    /// Macro-F1 over `macro_roles` of `top_role` on all postings: a role
    /// posting written as `other` is a miss, an `other` posting written as a
    /// role a false alarm. This is what a user of the CSV sees.
    pub top_role_macro_f1: f64,
    /// Share of role postings whose most probable role is the label.
    pub accuracy: f64,
    /// Share of all postings whose `top_role` (or `other`) is the label.
    pub top_role_accuracy: f64,
    /// Mean `−ln p(label)` over role postings.
    pub log_loss: f64,
    /// Expected calibration error of the top role probability.
    pub ece: f64,
    /// Reliability table of the top role probability.
    pub reliability: Vec<Bin>,
    /// ROC-AUC of relevance, role postings against `other`.
    pub relevance_auc: Option<f64>,
    /// Expected calibration error of relevance.
    pub relevance_ece: f64,
    /// Reliability table of relevance.
    pub relevance_reliability: Vec<Bin>,
    /// Confusion matrix: rows are labels, columns `top_role`; roles in
    /// lexicon order, then `other`.
    pub confusion: Vec<Vec<usize>>,
}

const BINS: usize = 10;

/// The counts one pass over the predictions gives.
struct Tally {
    /// Labels (roles, then `other`) against `top_role` (the same).
    confusion: Vec<Vec<usize>>,
    /// Per role: postings labelled with it whose most probable role is it.
    tp: Vec<usize>,
    /// Per role: role postings whose most probable role is it.
    predicted: Vec<usize>,
    /// Per role: postings labelled with it.
    support: Vec<usize>,
    /// Sum of `−ln p(label)` over role postings.
    log_loss: f64,
    /// (top role probability, right) of each role posting.
    top_pairs: Vec<(f64, bool)>,
    /// (relevance, labelled with a role) of each posting.
    rel_pairs: Vec<(f64, bool)>,
    /// Postings whose `top_role` (or `other`) is the label.
    top_right: usize,
}

impl Tally {
    /// Counts `predictions` for a lexicon of `n_roles` roles.
    fn of(n_roles: usize, predictions: &[Prediction]) -> Tally {
        let mut t = Tally {
            confusion: vec![vec![0usize; n_roles + 1]; n_roles + 1],
            tp: vec![0usize; n_roles],
            predicted: vec![0usize; n_roles],
            support: vec![0usize; n_roles],
            log_loss: 0.0,
            top_pairs: Vec::new(),
            rel_pairs: Vec::new(),
            top_right: 0,
        };
        for p in predictions {
            let row = match p.label {
                Label::Role(r) => r,
                Label::Other => n_roles,
            };
            let col = p.top_role.unwrap_or(n_roles);
            t.confusion[row][col] += 1;
            t.top_right += usize::from(row == col);
            t.rel_pairs
                .push((p.relevance, matches!(p.label, Label::Role(_))));
            if let Label::Role(r) = p.label {
                let best = argmax(&p.probabilities);
                t.support[r] += 1;
                t.predicted[best] += 1;
                t.tp[r] += usize::from(best == r);
                t.log_loss -= p.probabilities[r].max(1e-15).ln();
                t.top_pairs.push((p.probabilities[best], best == r));
            }
        }
        t
    }

    /// Precision, recall and F1 of each role, by most probable role.
    fn role_metrics(&self, roles: &[String]) -> Vec<RoleMetrics> {
        (0..roles.len())
            .map(|r| {
                let precision = ratio(self.tp[r], self.predicted[r]);
                let recall = ratio(self.tp[r], self.support[r]);
                RoleMetrics {
                    role: roles[r].clone(),
                    support: self.support[r],
                    precision,
                    recall,
                    f1: f1(precision, recall),
                }
            })
            .collect()
    }

    /// Macro-F1 of `top_role` over the roles with at least `min_support`
    /// postings, from the confusion matrix.
    fn top_role_macro_f1(&self, min_support: usize) -> f64 {
        let confusion = &self.confusion;
        let top_role_f1 = |r: usize| {
            let tp = confusion[r][r];
            let precision = ratio(tp, confusion.iter().map(|row| row[r]).sum());
            let recall = ratio(tp, confusion[r].iter().sum());
            f1(precision, recall)
        };
        let macro_indices: Vec<usize> = (0..self.support.len())
            .filter(|&r| self.support[r] >= min_support.max(1))
            .collect();
        if macro_indices.is_empty() {
            0.0
        } else {
            macro_indices.iter().map(|&r| top_role_f1(r)).sum::<f64>() / macro_indices.len() as f64
        }
    }
}

/// `a / b`, or 0 when `b` is 0.
fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// The harmonic mean of precision and recall, 0 when both are.
fn f1(precision: f64, recall: f64) -> f64 {
    if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    }
}

impl Report {
    /// Computes the metrics. `roles` are the lexicon's role ids.
    pub fn new(roles: &[String], predictions: &[Prediction], min_support: usize) -> Report {
        let tally = Tally::of(roles.len(), predictions);
        let role_postings: usize = tally.support.iter().sum();
        let metrics = tally.role_metrics(roles);
        let macro_set: Vec<&RoleMetrics> = metrics
            .iter()
            .filter(|m| m.support >= min_support.max(1))
            .collect();
        let macro_f1 = if macro_set.is_empty() {
            0.0
        } else {
            macro_set.iter().map(|m| m.f1).sum::<f64>() / macro_set.len() as f64
        };
        let (ece, reliability) = calibration(&tally.top_pairs);
        let (relevance_ece, relevance_reliability) = calibration(&tally.rel_pairs);
        Report {
            postings: predictions.len(),
            role_postings,
            macro_roles: macro_set.iter().map(|m| m.role.clone()).collect(),
            top_role_macro_f1: tally.top_role_macro_f1(min_support),
            roles: metrics,
            macro_f1,
            accuracy: ratio(tally.tp.iter().sum(), role_postings),
            top_role_accuracy: ratio(tally.top_right, predictions.len()),
            log_loss: if role_postings == 0 {
                0.0
            } else {
                tally.log_loss / role_postings as f64
            },
            ece,
            reliability,
            relevance_auc: roc_auc(&tally.rel_pairs),
            relevance_ece,
            relevance_reliability,
            confusion: tally.confusion,
        }
    }

    /// A human-readable rendering.
    pub fn render(&self, roles: &[String]) -> String {
        let mut s = String::new();
        self.render_roles(&mut s);
        self.render_summary(&mut s);
        self.render_reliability(&mut s);
        self.render_confusion(&mut s, roles);
        s
    }

    /// The posting counts and the per-role table.
    fn render_roles(&self, s: &mut String) {
        let _ = writeln!(
            s,
            "postings {} (with a role label {})",
            self.postings, self.role_postings
        );
        let _ = writeln!(
            s,
            "\n{:<28} {:>7} {:>9} {:>7} {:>7}",
            "role", "support", "precision", "recall", "f1"
        );
        for m in &self.roles {
            let _ = writeln!(
                s,
                "{:<28} {:>7} {:>9.3} {:>7.3} {:>7.3}",
                m.role, m.support, m.precision, m.recall, m.f1
            );
        }
    }

    /// The single-number metrics, one a line.
    fn render_summary(&self, s: &mut String) {
        let _ = writeln!(
            s,
            "\nmacro-F1 {:.3}  (roles: {}; most probable role of each role posting)",
            self.macro_f1,
            self.macro_roles.join(", ")
        );
        let _ = writeln!(
            s,
            "macro-F1 of top_role {:.3}  (all postings: a role posting written as other is a miss, an other posting written as a role a false alarm)",
            self.top_role_macro_f1
        );
        let _ = writeln!(s, "accuracy (most probable role) {:.3}", self.accuracy);
        let _ = writeln!(
            s,
            "top_role accuracy (roles and other) {:.3}",
            self.top_role_accuracy
        );
        let _ = writeln!(s, "log-loss {:.3}", self.log_loss);
        let _ = writeln!(
            s,
            "relevance ROC-AUC (roles vs other) {}",
            self.relevance_auc
                .map_or("n/a".to_string(), |a| format!("{a:.4}"))
        );
        let _ = writeln!(s, "ECE (top role probability) {:.3}", self.ece);
        let _ = writeln!(s, "ECE (relevance) {:.3}", self.relevance_ece);
    }

    /// The two reliability tables, their empty bins left out.
    fn render_reliability(&self, s: &mut String) {
        for (title, table) in [
            ("reliability (top role probability)", &self.reliability),
            ("reliability (relevance)", &self.relevance_reliability),
        ] {
            let _ = writeln!(
                s,
                "\n{title}\n{:>11} {:>7} {:>10} {:>9}",
                "bin", "count", "predicted", "observed"
            );
            for b in table.iter().filter(|b| b.count > 0) {
                let _ = writeln!(
                    s,
                    "{:>5.1}-{:<5.1} {:>7} {:>10.3} {:>9.3}",
                    b.lower, b.upper, b.count, b.confidence, b.accuracy
                );
            }
        }
    }

    /// The confusion matrix, role names cut to ten characters in the header.
    fn render_confusion(&self, s: &mut String, roles: &[String]) {
        let mut names: Vec<&str> = roles.iter().map(String::as_str).collect();
        names.push("other");
        let short = |n: &str| n.chars().take(10).collect::<String>();
        let _ = write!(
            s,
            "\nconfusion (rows: label, columns: top_role)\n{:<28}",
            ""
        );
        for n in &names {
            let _ = write!(s, " {:>10}", short(n));
        }
        let _ = writeln!(s);
        for (i, row) in self.confusion.iter().enumerate() {
            let _ = write!(s, "{:<28}", names[i]);
            for c in row {
                let _ = write!(s, " {c:>10}");
            }
            let _ = writeln!(s);
        }
    }
}

/// ECE and reliability table of `(predicted probability, outcome)` pairs.
fn calibration(pairs: &[(f64, bool)]) -> (f64, Vec<Bin>) {
    let mut bins: Vec<(usize, f64, usize)> = vec![(0, 0.0, 0); BINS];
    for &(p, hit) in pairs {
        let b = ((p * BINS as f64) as usize).min(BINS - 1);
        bins[b].0 += 1;
        bins[b].1 += p;
        bins[b].2 += usize::from(hit);
    }
    let n = pairs.len().max(1) as f64;
    let mut ece = 0.0;
    let table = bins
        .iter()
        .enumerate()
        .map(|(i, &(count, sum, hits))| {
            let (confidence, accuracy) = if count > 0 {
                (sum / count as f64, hits as f64 / count as f64)
            } else {
                (0.0, 0.0)
            };
            ece += count as f64 / n * (confidence - accuracy).abs();
            Bin {
                lower: i as f64 / BINS as f64,
                upper: (i + 1) as f64 / BINS as f64,
                count,
                confidence,
                accuracy,
            }
        })
        .collect();
    (ece, table)
}

/// Rank-based ROC-AUC of `(score, positive)` pairs; `None` without both classes.
pub fn roc_auc(pairs: &[(f64, bool)]) -> Option<f64> {
    let mut sorted: Vec<(f64, bool)> = pairs.to_vec();
    sorted.sort_by(|a, b| a.0.total_cmp(&b.0));
    let positives = sorted.iter().filter(|p| p.1).count();
    let negatives = sorted.len() - positives;
    if positives == 0 || negatives == 0 {
        return None;
    }
    // Sum of positive ranks, with tied scores sharing their average rank.
    let mut rank_sum = 0.0;
    let mut i = 0;
    while i < sorted.len() {
        let mut j = i;
        while j < sorted.len() && sorted[j].0 == sorted[i].0 {
            j += 1;
        }
        let average_rank = (i + j + 1) as f64 / 2.0;
        rank_sum += average_rank * sorted[i..j].iter().filter(|p| p.1).count() as f64;
        i = j;
    }
    let p = positives as f64;
    Some((rank_sum - p * (p + 1.0) / 2.0) / (p * negatives as f64))
}

/// The ROC curve of `(score, positive)` pairs: `(false positive rate,
/// true positive rate)` for each cut from above the highest score down to
/// the lowest, tied scores taken together, from `(0, 0)` to `(1, 1)`;
/// empty without both classes. Its area by trapezoids is [`roc_auc`].
pub fn roc_points(pairs: &[(f64, bool)]) -> Vec<(f64, f64)> {
    let positives = pairs.iter().filter(|p| p.1).count();
    let negatives = pairs.len() - positives;
    if positives == 0 || negatives == 0 {
        return Vec::new();
    }
    let mut sorted: Vec<(f64, bool)> = pairs.to_vec();
    sorted.sort_by(|a, b| b.0.total_cmp(&a.0));
    let mut points = vec![(0.0, 0.0)];
    let (mut tp, mut fp) = (0usize, 0usize);
    let mut i = 0;
    while i < sorted.len() {
        let mut j = i;
        while j < sorted.len() && sorted[j].0 == sorted[i].0 {
            tp += usize::from(sorted[j].1);
            fp += usize::from(!sorted[j].1);
            j += 1;
        }
        points.push((fp as f64 / negatives as f64, tp as f64 / positives as f64));
        i = j;
    }
    points
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pred(label: Label, p: &[f64], relevance: f64, top: Option<usize>) -> Prediction {
        Prediction {
            label,
            probabilities: p.to_vec(),
            relevance,
            top_role: top,
        }
    }

    #[test]
    fn auc_known_values() {
        assert_eq!(roc_auc(&[(0.1, false), (0.9, true)]), Some(1.0));
        assert_eq!(roc_auc(&[(0.9, false), (0.1, true)]), Some(0.0));
        assert_eq!(roc_auc(&[(0.5, false), (0.5, true)]), Some(0.5));
        assert_eq!(roc_auc(&[(0.5, true)]), None);
        let a = roc_auc(&[(0.1, false), (0.4, true), (0.5, false), (0.8, true)]).unwrap();
        assert!((a - 0.75).abs() < 1e-12);
    }

    #[test]
    fn roc_points_enclose_the_auc() {
        let pairs = [
            (0.1, false),
            (0.4, true),
            (0.5, false),
            (0.8, true),
            (0.8, false),
        ];
        let points = roc_points(&pairs);
        assert_eq!(points.first(), Some(&(0.0, 0.0)));
        assert_eq!(points.last(), Some(&(1.0, 1.0)));
        // The tie at 0.8 moves both rates at once.
        assert_eq!(points[1], (1.0 / 3.0, 0.5));
        let area: f64 = points
            .windows(2)
            .map(|w| (w[1].0 - w[0].0) * (w[1].1 + w[0].1) / 2.0)
            .sum();
        assert!((area - roc_auc(&pairs).unwrap()).abs() < 1e-12);
        assert!(roc_points(&[(0.3, true)]).is_empty());
    }

    #[test]
    fn top_role_f1_counts_other_as_miss_and_false_alarm() {
        let roles = vec!["a".to_string(), "b".to_string()];
        let preds = vec![
            pred(Label::Role(0), &[0.9, 0.1], 0.9, Some(0)),
            pred(Label::Role(0), &[0.9, 0.1], 0.2, None),
            pred(Label::Other, &[0.9, 0.1], 0.8, Some(0)),
        ];
        let r = Report::new(&roles, &preds, 1);
        // Most probable role: both a postings are right.
        assert!((r.macro_f1 - 1.0).abs() < 1e-12);
        // top_role: one miss and one false alarm, P = R = 1/2.
        assert!((r.top_role_macro_f1 - 0.5).abs() < 1e-12);
    }

    #[test]
    fn report_counts_and_f1() {
        let roles = vec!["a".to_string(), "b".to_string()];
        let preds = vec![
            pred(Label::Role(0), &[0.9, 0.1], 0.9, Some(0)),
            pred(Label::Role(0), &[0.4, 0.6], 0.8, Some(1)),
            pred(Label::Role(1), &[0.2, 0.8], 0.7, Some(1)),
            pred(Label::Other, &[0.5, 0.5], 0.1, None),
        ];
        let r = Report::new(&roles, &preds, 1);
        assert_eq!(r.role_postings, 3);
        assert!((r.roles[0].precision - 1.0).abs() < 1e-12);
        assert!((r.roles[0].recall - 0.5).abs() < 1e-12);
        assert!((r.roles[1].precision - 0.5).abs() < 1e-12);
        assert!((r.macro_f1 - (2.0 / 3.0 + 2.0 / 3.0) / 2.0).abs() < 1e-12);
        assert!((r.accuracy - 2.0 / 3.0).abs() < 1e-12);
        assert_eq!(r.relevance_auc, Some(1.0));
        assert_eq!(
            r.confusion,
            vec![vec![1, 1, 0], vec![0, 1, 0], vec![0, 0, 1]]
        );
        let ll = -(0.9f64.ln() + 0.4f64.ln() + 0.8f64.ln()) / 3.0;
        assert!((r.log_loss - ll).abs() < 1e-12);
        // Perfectly calibrated bins give ECE 0; these are not.
        assert!(r.ece > 0.0 && r.ece < 1.0);
        assert!(r.render(&roles).contains("macro-F1"));
    }
}
