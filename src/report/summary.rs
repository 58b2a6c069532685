//! The streamed summary of a scores file.
//!
//! [`Summary::add`] takes one row at a time and keeps only what the page
//! shows, in memory that does not grow with the number of rows:
//!
//! * postings, error rows, and rows with no words (empty postings, which
//!   `score` warns about);
//! * postings per `top_role` (the roles, then `other`);
//! * a histogram of relevance (20 bins of 0.05) and, per `top_role`, one of
//!   confidence (10 bins of 0.1);
//! * per `top_role`, the evidence terms summed over its postings (the
//!   counts of the `evidence` column; terms are the lexicon's entries, so
//!   their number is bounded; past [`MAX_TERMS`] new terms are counted
//!   apart);
//! * postings per source and `top_role`: a source is the file for files of
//!   many postings (JSON lines, CSV, workbooks, compressed or not) and the
//!   folder for files of one posting each; past [`MAX_SOURCES`] sources, rows of new ones are
//!   counted together;
//! * per `top_role`, the most relevant and the most doubtful (lowest
//!   confidence) postings, in heaps of `top` entries;
//! * error rows grouped by reason (the message with numbers taken out, up
//!   to its first `:`, `;` or `(`), with a count, the first message and the
//!   first postings of each; past [`MAX_REASONS`] reasons, the rest
//!   together.

use std::cmp::{Ordering, Reverse};
use std::collections::{BinaryHeap, HashMap};
use std::path::Path;

use super::read::{Record, ScoresReader};
use crate::error::Result;

/// Bins of the relevance histogram.
pub const RELEVANCE_BINS: usize = 20;
/// Bins of the confidence histograms.
pub const CONFIDENCE_BINS: usize = 10;
/// Distinct evidence terms summed per role.
pub const MAX_TERMS: usize = 20_000;
/// Distinct sources counted one by one.
pub const MAX_SOURCES: usize = 2_000;
/// Distinct error reasons kept apart.
pub const MAX_REASONS: usize = 200;
/// Example postings kept per error reason.
const REASON_EXAMPLES: usize = 5;

/// What the page shows of a scores file.
#[derive(Debug, Clone)]
pub struct Summary {
    /// Role ids, then `other`.
    pub outcomes: Vec<String>,
    /// Rows read.
    pub postings: u64,
    /// Error rows.
    pub errors: u64,
    /// Scored rows with no words.
    pub empty: u64,
    /// Scored rows per `top_role`, in the order of `outcomes`.
    pub by_role: Vec<u64>,
    /// Scored rows per relevance bin.
    pub relevance: [u64; RELEVANCE_BINS],
    /// Per `top_role`, scored rows per confidence bin.
    pub confidence: Vec<[u64; CONFIDENCE_BINS]>,
    /// Per `top_role`, the summed confidence (for the mean).
    pub confidence_sum: Vec<f64>,
    /// Per `top_role`, evidence terms and their summed counts.
    pub evidence: Vec<TermSums>,
    /// Rows per source.
    pub sources: Sources,
    /// Per `top_role`, the most relevant postings.
    pub relevant: Vec<TopN<Noted>>,
    /// Per `top_role`, the postings with the lowest confidence.
    pub doubtful: Vec<TopN<Noted>>,
    /// Error rows by reason.
    pub reasons: Reasons,
    /// Postings kept per `top_role` and table.
    pub top: usize,
    /// The most terms an evidence cell lists.
    pub evidence_terms: usize,
    /// Rows read so far, for ties in the heaps (the earlier row first).
    seq: u64,
}

/// A posting kept for the tables.
#[derive(Debug, Clone, PartialEq)]
pub struct Noted {
    /// Its source.
    pub source: String,
    /// Its id.
    pub posting_id: String,
    /// Relevance.
    pub relevance: f64,
    /// Confidence.
    pub confidence: f64,
    /// The most probable role (an index into the roles).
    pub best_role: usize,
    /// Its probability.
    pub best_p: f64,
    /// The evidence text.
    pub evidence: String,
}

impl Summary {
    /// An empty summary for these roles, keeping `top` postings per role
    /// and table.
    pub fn new(roles: &[String], top: usize) -> Summary {
        let n = roles.len() + 1;
        let mut outcomes = roles.to_vec();
        outcomes.push(crate::lexicon::OTHER_ROLE.to_string());
        Summary {
            outcomes,
            postings: 0,
            errors: 0,
            empty: 0,
            by_role: vec![0; n],
            relevance: [0; RELEVANCE_BINS],
            confidence: vec![[0; CONFIDENCE_BINS]; n],
            confidence_sum: vec![0.0; n],
            evidence: vec![TermSums::default(); n],
            sources: Sources::new(n),
            relevant: (0..n).map(|_| TopN::new(top)).collect(),
            doubtful: (0..n).map(|_| TopN::new(top)).collect(),
            reasons: Reasons::default(),
            top,
            evidence_terms: 0,
            seq: 0,
        }
    }

    /// Streams the scores file at `path` into a summary.
    pub fn from_file(path: &Path, top: usize) -> Result<Summary> {
        let mut reader = ScoresReader::open(path)?;
        let mut summary = Summary::new(reader.roles(), top);
        let mut record = Record::default();
        while reader.next(&mut record)? {
            summary.add(&record);
        }
        Ok(summary)
    }

    /// The role ids (without `other`).
    pub fn roles(&self) -> &[String] {
        &self.outcomes[..self.outcomes.len() - 1]
    }

    /// Scored rows (not errors).
    pub fn scored(&self) -> u64 {
        self.postings - self.errors
    }

    /// Adds one row.
    pub fn add(&mut self, row: &Record) {
        self.postings += 1;
        self.seq += 1;
        let top = row.top_role.min(self.outcomes.len() - 1);
        let column = if row.is_error() {
            self.outcomes.len()
        } else {
            top
        };
        self.sources.add(&row.source, column);
        if row.is_error() {
            self.errors += 1;
            self.reasons.add(row);
            return;
        }
        self.empty += u64::from(row.words == 0);
        self.by_role[top] += 1;
        self.relevance[bin(row.relevance, RELEVANCE_BINS)] += 1;
        self.confidence[top][bin(row.confidence, CONFIDENCE_BINS)] += 1;
        self.confidence_sum[top] += row.confidence;
        let terms = self.evidence[top].add(&row.evidence);
        self.evidence_terms = self.evidence_terms.max(terms);
        let seq = self.seq;
        let note = || Noted::of(row);
        self.relevant[top].offer(row.relevance, seq, note);
        self.doubtful[top].offer(-row.confidence, seq, note);
    }
}

impl Noted {
    fn of(row: &Record) -> Noted {
        let best_role = crate::score::argmax(&row.probabilities);
        Noted {
            source: row.source.clone(),
            posting_id: row.posting_id.clone(),
            relevance: row.relevance,
            confidence: row.confidence,
            best_role,
            best_p: row.probabilities.get(best_role).copied().unwrap_or(0.0),
            evidence: row.evidence.clone(),
        }
    }
}

/// The bin of `x` in [0, 1] among `bins` equal bins (1 in the last).
pub fn bin(x: f64, bins: usize) -> usize {
    if x.is_nan() || x <= 0.0 {
        return 0;
    }
    ((x * bins as f64) as usize).min(bins - 1)
}

/// Evidence terms with their summed counts.
#[derive(Debug, Clone, Default)]
pub struct TermSums {
    /// Term → summed count.
    pub counts: HashMap<String, u64>,
    /// Counts of terms that came after [`MAX_TERMS`] distinct ones.
    pub untracked: u64,
}

impl TermSums {
    /// Adds the terms of one evidence text (`term×count; term×count`);
    /// returns how many it lists.
    pub fn add(&mut self, evidence: &str) -> usize {
        let mut listed = 0;
        for part in evidence.split("; ").filter(|p| !p.is_empty()) {
            let Some((term, n)) = part.rsplit_once('\u{d7}') else {
                continue;
            };
            let Ok(n) = n.parse::<u64>() else { continue };
            listed += 1;
            if let Some(sum) = self.counts.get_mut(term) {
                *sum += n;
            } else if self.counts.len() < MAX_TERMS {
                self.counts.insert(term.to_string(), n);
            } else {
                self.untracked += n;
            }
        }
        listed
    }

    /// The `k` terms with the largest sums, largest first (ties by name).
    pub fn top(&self, k: usize) -> Vec<(&str, u64)> {
        let mut terms: Vec<(&str, u64)> =
            self.counts.iter().map(|(t, &n)| (t.as_str(), n)).collect();
        terms.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        terms.truncate(k);
        terms
    }
}

/// Rows per source and `top_role`.
#[derive(Debug, Clone)]
pub struct Sources {
    /// Source → scored rows per `top_role`, then error rows.
    pub counts: HashMap<String, Vec<u64>>,
    /// The same for the rows of the sources past [`MAX_SOURCES`], together.
    pub rest: Vec<u64>,
}

impl Sources {
    fn new(outcomes: usize) -> Sources {
        Sources {
            counts: HashMap::new(),
            rest: vec![0; outcomes + 1],
        }
    }

    /// Counts a row of `source` in `column`: its `top_role`, or the last
    /// one for an error row.
    fn add(&mut self, source: &str, column: usize) {
        let group = source_group(source);
        let width = self.rest.len();
        let counts = if self.counts.contains_key(group.as_ref()) {
            self.counts.get_mut(group.as_ref()).expect("present")
        } else if self.counts.len() < MAX_SOURCES {
            self.counts
                .entry(group.into_owned())
                .or_insert_with(|| vec![0; width])
        } else {
            &mut self.rest
        };
        counts[column] += 1;
    }

    /// The sources, most rows first (ties by name).
    pub fn sorted(&self) -> Vec<(&str, &[u64])> {
        let mut rows: Vec<(&str, &[u64])> = self
            .counts
            .iter()
            .map(|(s, c)| (s.as_str(), c.as_slice()))
            .collect();
        let total = |c: &[u64]| c.iter().sum::<u64>();
        rows.sort_by(|a, b| total(b.1).cmp(&total(a.1)).then(a.0.cmp(b.0)));
        rows
    }
}

/// The group a source is counted in: the file itself for formats of many
/// postings (JSON lines, CSV, workbooks, compressed or not), else the
/// folder the file is in (`stdin` for `-`).
pub fn source_group(source: &str) -> std::borrow::Cow<'_, str> {
    const MANY: [&str; 10] = [
        "jsonl", "ndjson", "json", "csv", "tsv", "xlsx", "xlsm", "xlsb", "xls", "ods",
    ];
    const COMPRESSED: [&str; 4] = ["gz", "gzip", "zst", "zstd"];
    if source == "-" {
        return "stdin".into();
    }
    let path = Path::new(source);
    let ext = |p: &Path| {
        p.extension()
            .and_then(|e| e.to_str())
            .unwrap_or("")
            .to_string()
    };
    let mut kind = ext(path);
    if COMPRESSED.iter().any(|c| c.eq_ignore_ascii_case(&kind)) {
        kind = path
            .file_stem()
            .map_or(String::new(), |stem| ext(Path::new(stem)));
    }
    if MANY.iter().any(|m| m.eq_ignore_ascii_case(&kind)) {
        return source.into();
    }
    match path.parent().and_then(|p| p.to_str()) {
        Some("") | None => "./".into(),
        Some(parent) => format!("{parent}/").into(),
    }
}

/// The `n` entries with the highest scores; ties keep the earlier one.
#[derive(Debug, Clone)]
pub struct TopN<T> {
    n: usize,
    heap: BinaryHeap<Reverse<Slot<T>>>,
}

#[derive(Debug, Clone)]
struct Slot<T> {
    score: f64,
    seq: u64,
    item: T,
}

impl<T> Slot<T> {
    /// Higher score first; on a tie, the earlier entry (smaller `seq`).
    fn rank(&self, score: f64, seq: u64) -> Ordering {
        self.score.total_cmp(&score).then(seq.cmp(&self.seq))
    }
}

impl<T> PartialEq for Slot<T> {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl<T> Eq for Slot<T> {}
impl<T> PartialOrd for Slot<T> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl<T> Ord for Slot<T> {
    fn cmp(&self, other: &Self) -> Ordering {
        self.rank(other.score, other.seq)
    }
}

impl<T> TopN<T> {
    /// Keeps the best `n`.
    pub fn new(n: usize) -> TopN<T> {
        TopN {
            n,
            heap: BinaryHeap::with_capacity(n + 1),
        }
    }

    /// Offers an entry; `item` is made only when the entry is kept.
    pub fn offer(&mut self, score: f64, seq: u64, item: impl FnOnce() -> T) {
        if self.n == 0 {
            return;
        }
        if self.heap.len() == self.n {
            let worst = &self.heap.peek().expect("full").0;
            if worst.rank(score, seq) != Ordering::Less {
                return;
            }
            self.heap.pop();
        }
        self.heap.push(Reverse(Slot {
            score,
            seq,
            item: item(),
        }));
    }

    /// The entries, best first.
    pub fn sorted(&self) -> Vec<&T> {
        let mut slots: Vec<&Slot<T>> = self.heap.iter().map(|r| &r.0).collect();
        slots.sort_by(|a, b| b.cmp(a));
        slots.into_iter().map(|s| &s.item).collect()
    }

    /// How many entries are kept.
    pub fn len(&self) -> usize {
        self.heap.len()
    }

    /// Whether none is kept.
    pub fn is_empty(&self) -> bool {
        self.heap.is_empty()
    }
}

/// Error rows grouped by reason.
#[derive(Debug, Clone, Default)]
pub struct Reasons {
    /// Reason → its group, in the order reasons were first seen.
    pub groups: Vec<Reason>,
    index: HashMap<String, usize>,
    /// Rows whose reason came after [`MAX_REASONS`] distinct ones.
    pub rest: u64,
}

/// One reason for error rows.
#[derive(Debug, Clone, PartialEq)]
pub struct Reason {
    /// The reason: the message without numbers, up to its first `:`, `;`
    /// or `(`.
    pub key: String,
    /// Error rows with it.
    pub count: u64,
    /// The first message in full.
    pub example: String,
    /// The first postings (`source [id]`).
    pub postings: Vec<String>,
}

impl Reasons {
    fn add(&mut self, row: &Record) {
        let key = reason_key(&row.error);
        let at = match self.index.get(&key) {
            Some(&i) => i,
            None if self.groups.len() < MAX_REASONS => {
                self.index.insert(key.clone(), self.groups.len());
                self.groups.push(Reason {
                    key,
                    count: 0,
                    example: row.error.clone(),
                    postings: Vec::new(),
                });
                self.groups.len() - 1
            }
            None => {
                self.rest += 1;
                return;
            }
        };
        let group = &mut self.groups[at];
        group.count += 1;
        if group.postings.len() < REASON_EXAMPLES {
            group.postings.push(if row.posting_id.is_empty() {
                row.source.clone()
            } else {
                format!("{} [{}]", row.source, row.posting_id)
            });
        }
    }

    /// The groups, most rows first (ties in order of appearance).
    pub fn sorted(&self) -> Vec<&Reason> {
        let mut groups: Vec<&Reason> = self.groups.iter().collect();
        groups.sort_by_key(|g| std::cmp::Reverse(g.count));
        groups
    }
}

/// The reason of an error message: digits runs as `N`, cut at the first
/// `:`, `;` or `(`.
pub fn reason_key(message: &str) -> String {
    let head = message
        .split([':', ';', '('])
        .next()
        .unwrap_or(message)
        .trim();
    let mut key = String::with_capacity(head.len());
    let mut in_digits = false;
    for c in head.chars() {
        if c.is_ascii_digit() {
            if !in_digits {
                key.push('N');
            }
            in_digits = true;
        } else {
            key.push(c);
            in_digits = false;
        }
    }
    if key.is_empty() {
        "(no message)".to_string()
    } else {
        key
    }
}

#[cfg(test)]
mod tests {
    use super::super::read::fixture::{file, jsonl, CSV};
    use super::*;

    fn summary() -> Summary {
        let (_dir, path) = file("s.csv", CSV);
        Summary::from_file(&path, 3).unwrap()
    }

    #[test]
    fn counts_of_the_known_file() {
        let s = summary();
        assert_eq!((s.postings, s.errors, s.scored(), s.empty), (7, 2, 5, 1));
        assert_eq!(s.by_role, [2, 1, 0, 0, 2]);
        let mut relevance = [0; RELEVANCE_BINS];
        for b in [18, 19, 4, 0, 12] {
            relevance[b] += 1;
        }
        assert_eq!(s.relevance, relevance);
        let mut pm = [0; CONFIDENCE_BINS];
        pm[7] = 1;
        pm[4] = 1;
        assert_eq!(s.confidence[0], pm);
        assert!((s.confidence_sum[0] - 1.14).abs() < 1e-12);
        assert_eq!(s.evidence_terms, 2);
    }

    #[test]
    fn evidence_is_summed_per_role() {
        let s = summary();
        assert_eq!(s.evidence[0].top(5), [("agile", 4), ("project manager", 3)]);
        assert_eq!(s.evidence[1].top(1), [("agile", 2)]);
        assert_eq!(s.evidence[4].top(5), [("agile", 1)]);
        assert!(s.evidence[2].top(5).is_empty());
    }

    #[test]
    fn sources_are_folders_or_files() {
        let s = summary();
        let sorted = s.sources.sorted();
        assert_eq!(sorted.len(), 2);
        assert_eq!(sorted[0], ("board.jsonl", &[0, 0, 0, 0, 2, 2][..]));
        assert_eq!(sorted[1], ("ads/", &[2, 1, 0, 0, 0, 0][..]));
        assert_eq!(source_group("-"), "stdin");
        assert_eq!(source_group("x.txt"), "./");
        assert_eq!(source_group("a/b/Export.CSV"), "a/b/Export.CSV");
        assert_eq!(source_group("a/board.jsonl.gz"), "a/board.jsonl.gz");
        assert_eq!(source_group("a/book.xlsm"), "a/book.xlsm");
        assert_eq!(source_group("a/ad.txt.zst"), "a/");
        assert_eq!(source_group("a/b/ad.docx"), "a/b/");
    }

    #[test]
    fn postings_to_open_are_ranked() {
        let s = summary();
        let ids = |t: &TopN<Noted>| {
            t.sorted()
                .iter()
                .map(|n| n.posting_id.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(ids(&s.relevant[0]), ["a", "c"]);
        assert_eq!(ids(&s.doubtful[0]), ["c", "a"]);
        assert_eq!(ids(&s.relevant[4]), ["j1", "-j2"]);
        assert_eq!(ids(&s.doubtful[4]), ["j1", "-j2"]);
        let best = s.relevant[1].sorted()[0];
        assert_eq!((best.best_role, best.best_p), (1, 0.85));
    }

    #[test]
    fn errors_are_grouped_by_reason() {
        let s = summary();
        let reasons = s.reasons.sorted();
        assert_eq!(reasons.len(), 2);
        assert_eq!(reasons[0].key, "line N is not valid JSON");
        assert_eq!(reasons[0].postings, ["board.jsonl [line:3]"]);
        assert_eq!(reasons[1].key, "line N is JSON but not an object");
        assert_eq!(
            reason_key("field 'description' is a number, not text; choose the text field"),
            "field 'description' is a number, not text"
        );
        assert_eq!(
            reason_key("binary file (NUL byte at byte 12); skipped"),
            "binary file"
        );
        assert_eq!(reason_key(""), "(no message)");
    }

    #[test]
    fn json_lines_summarise_alike() {
        let (_dir, path) = file("s.jsonl", &jsonl());
        let j = Summary::from_file(&path, 3).unwrap();
        let c = summary();
        assert_eq!(
            (j.postings, j.errors, &j.by_role, j.relevance),
            (c.postings, c.errors, &c.by_role, c.relevance)
        );
        assert_eq!(j.evidence[0].top(5), c.evidence[0].top(5));
    }

    #[test]
    fn top_n_keeps_the_best_and_the_earlier_on_ties() {
        let mut top = TopN::new(2);
        for (score, seq) in [(0.5, 1), (0.9, 2), (0.5, 3), (0.7, 4), (0.9, 5)] {
            top.offer(score, seq, || seq);
        }
        assert_eq!(top.sorted(), [&2, &5]);
        let mut ties = TopN::new(2);
        for seq in 1..=4 {
            ties.offer(1.0, seq, || seq);
        }
        assert_eq!(ties.sorted(), [&1, &2]);
        let mut none = TopN::new(0);
        none.offer(1.0, 1, || panic!("not made when nothing is kept"));
        assert!(none.is_empty());
    }

    #[test]
    fn memory_is_bounded_by_the_caps() {
        let roles = vec!["r".to_string()];
        let mut s = Summary::new(&roles, 2);
        let mut row = Record {
            probabilities: vec![1.0],
            top_role: 0,
            relevance: 0.9,
            confidence: 0.9,
            words: 10,
            ..Record::default()
        };
        for i in 0..(MAX_SOURCES + 50) {
            row.source = format!("f{i}.jsonl");
            row.evidence = format!("t{i}\u{d7}1");
            s.add(&row);
        }
        assert_eq!(s.sources.counts.len(), MAX_SOURCES);
        assert_eq!(s.sources.rest[0], 50);
        assert_eq!(s.relevant[0].len(), 2);
        let mut errors = Summary::new(&roles, 2);
        for i in 0..(MAX_REASONS + 7) {
            row.error = format!("reason {}", "x".repeat(i));
            errors.add(&row);
        }
        assert_eq!(errors.reasons.groups.len(), MAX_REASONS);
        assert_eq!(errors.reasons.rest, 7);
    }
}
