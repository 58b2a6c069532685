//! The scanner: one Aho-Corasick automaton over a lexicon's terms, plus the
//! word-boundary, case and inflection checks that decide which automaton
//! matches count.
//!
//! [`Scanner::new`] normalizes every entry with the same function used for
//! postings and builds a single leftmost-longest automaton over the folded
//! forms. Entries that fold to the same string (`IT` with `case`, `it`
//! without) share one pattern and are tried in order. Terms ending in a
//! consonant plus `y` also get their `-ies` plural as an extra pattern.
//!
//! [`Scanner::scan`] walks the folded text:
//!
//! 1. find the leftmost-longest match from the current position;
//! 2. it counts only if it starts on a word boundary, has capitals wherever a
//!    case-sensitive entry has them (`IT` never matches `it` or `It`; `IT
//!    manager` matches `IT Manager`), and ends on a word boundary, possibly after
//!    a plural/possessive ending (`s`, `es`, `'s`) or, for `term*` entries,
//!    at the end of the word;
//! 3. if it fails, shorter patterns starting at the same place are tried,
//!    longest first (an anchored search with a shorter end bound), so a long
//!    phrase failing its boundary never hides a valid shorter one;
//! 4. if none counts, the search resumes one character later.
//!
//! Accepted matches never overlap. The scanner is `Send + Sync` and shared by
//! all threads; per-thread state lives in [`ScanBuffers`].

use aho_corasick::{AhoCorasick, AhoCorasickKind, Anchored, Input, MatchKind, StartKind};

use crate::error::{Error, ErrorKind, Result};
use crate::lexicon::Lexicon;
use crate::text::{normalize_counting, Normalized, WordBounds};

/// One way a pattern can be accepted as an entry.
#[derive(Debug, Clone)]
struct Variant {
    entry: u32,
    /// For case-sensitive entries, the capitals the text must have:
    /// `(byte offset from the match start, capital)`.
    capitals: Option<Vec<(usize, char)>>,
    /// For case-sensitive entries ending in a capital (`PM`, `IT`): endings
    /// must be lower case (`PMs`, never `ITS`).
    lower_endings: bool,
    wildcard: bool,
    inflect: bool,
}

/// A compiled lexicon, ready to scan normalized text.
#[derive(Debug, Clone)]
pub struct Scanner {
    automaton: AhoCorasick,
    /// Variants per automaton pattern, in preference order.
    variants: Vec<Vec<Variant>>,
    entries: usize,
    /// Whether each entry is a role name (`title` option).
    titles: Vec<bool>,
}

/// An accepted match: which entry, and where in the normalized text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// Index of the lexicon entry.
    pub entry: usize,
    /// Start byte offset in the normalized text.
    pub start: usize,
    /// End byte offset (exclusive), including any accepted ending.
    pub end: usize,
}

/// Reusable per-thread buffers for scanning one posting at a time.
#[derive(Debug, Default, Clone)]
pub struct ScanBuffers {
    /// The posting's normalized text.
    pub normalized: Normalized,
    /// Word boundaries of the normalized text.
    pub bounds: WordBounds,
    counts: Vec<u32>,
    touched: Vec<u32>,
    /// `(entry, start)` of every role-name match, for the hiring cue.
    titles: Vec<(usize, usize)>,
}

/// Term counts of one posting, from [`Scanner::count`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TermCounts {
    /// Words in the posting (UAX #29).
    pub words: usize,
    /// `(entry index, count)` for each entry found, sorted by entry index.
    pub counts: Vec<(usize, u32)>,
    /// The first role-name entry (`title` option) found, if any.
    pub first_title: Option<usize>,
    /// The first role-name entry found right after a hiring cue ("seeking
    /// a …", "job title: …"; see [`crate::cue`]), if any.
    pub cued_title: Option<usize>,
}

impl TermCounts {
    /// Total number of accepted matches.
    pub fn hits(&self) -> u64 {
        self.counts.iter().map(|&(_, c)| u64::from(c)).sum()
    }
}

impl Scanner {
    /// Compiles a lexicon's terms into one automaton.
    pub fn new(lexicon: &Lexicon) -> Result<Scanner> {
        let mut patterns: Vec<String> = Vec::new();
        let mut variants: Vec<Vec<Variant>> = Vec::new();
        let mut index = std::collections::HashMap::new();
        let mut add = |pattern: String, variant: Variant| {
            let slot = *index.entry(pattern.clone()).or_insert_with(|| {
                patterns.push(pattern);
                variants.push(Vec::new());
                variants.len() - 1
            });
            variants[slot].push(variant);
        };
        for (i, entry) in lexicon.entries.iter().enumerate() {
            let norm = Normalized::new(&entry.term);
            let capitals = |text: &str| {
                entry.case_sensitive.then(|| {
                    text.char_indices()
                        .filter(|(_, c)| c.is_uppercase())
                        .collect::<Vec<_>>()
                })
            };
            let lower_endings =
                entry.case_sensitive && norm.text.chars().last().is_some_and(char::is_uppercase);
            add(
                norm.folded.clone(),
                Variant {
                    entry: i as u32,
                    capitals: capitals(&norm.text),
                    lower_endings,
                    wildcard: entry.wildcard,
                    inflect: entry.inflect,
                },
            );
            if let Some(plural) = ies_plural(&norm.text) {
                if entry.inflect && !entry.wildcard {
                    let plural_norm = Normalized::new(&plural);
                    add(
                        plural_norm.folded,
                        Variant {
                            entry: i as u32,
                            capitals: capitals(&plural_norm.text),
                            lower_endings: false,
                            wildcard: false,
                            inflect: false,
                        },
                    );
                }
            }
        }
        // Sort each pattern's variants so case-sensitive entries are tried
        // before case-insensitive ones and literal before wildcard; ties keep
        // lexicon order.
        for v in &mut variants {
            v.sort_by_key(|v| (v.capitals.is_none(), v.wildcard));
        }
        let build = |kind| {
            AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .start_kind(StartKind::Both)
                .kind(kind)
                .build(&patterns)
        };
        let automaton = build(Some(AhoCorasickKind::DFA))
            .or_else(|_| build(None))
            .map_err(|e| Error::from(ErrorKind::Automaton(e.to_string())))?;
        Ok(Scanner {
            automaton,
            variants,
            entries: lexicon.entries.len(),
            titles: lexicon.entries.iter().map(|e| e.title).collect(),
        })
    }

    /// Counts the automaton's raw leftmost-longest matches in `haystack`,
    /// with no normalization, boundary or case checks: the baseline that
    /// benchmarks compare a full scan against.
    pub fn raw_match_count(&self, haystack: &[u8]) -> usize {
        self.automaton.find_iter(haystack).count()
    }

    /// Number of lexicon entries this scanner reports on.
    pub fn entries(&self) -> usize {
        self.entries
    }

    /// Normalizes `text` into `buf` and calls `f` for every accepted match,
    /// left to right. Offsets refer to `buf.normalized`.
    pub fn scan(&self, text: &str, buf: &mut ScanBuffers, mut f: impl FnMut(Hit)) {
        match normalize_counting(text, &mut buf.normalized) {
            Some(words) => buf.bounds.segment_counted(&buf.normalized.folded, words),
            None => buf.bounds.segment(&buf.normalized.folded),
        }
        self.scan_normalized(&buf.normalized, &mut buf.bounds, &mut f);
    }

    /// Counts each entry's accepted matches in `text`.
    pub fn count(&self, text: &str, buf: &mut ScanBuffers) -> TermCounts {
        let mut counts = std::mem::take(&mut buf.counts);
        let mut touched = std::mem::take(&mut buf.touched);
        let mut titles = std::mem::take(&mut buf.titles);
        counts.resize(self.entries, 0);
        touched.clear();
        titles.clear();
        self.scan(text, buf, |hit| {
            if self.titles[hit.entry] {
                titles.push((hit.entry, hit.start));
            }
            if counts[hit.entry] == 0 {
                touched.push(hit.entry as u32);
            }
            counts[hit.entry] += 1;
        });
        touched.sort_unstable();
        let out = TermCounts {
            words: buf.bounds.word_count(),
            counts: touched
                .iter()
                .map(|&e| {
                    let c = std::mem::take(&mut counts[e as usize]);
                    (e as usize, c)
                })
                .collect(),
            first_title: titles.first().map(|&(e, _)| e),
            cued_title: titles
                .iter()
                .find(|&&(_, start)| crate::cue::is_cued(&buf.normalized.folded, start))
                .map(|&(e, _)| e),
        };
        buf.counts = counts;
        buf.touched = touched;
        buf.titles = titles;
        out
    }

    fn scan_normalized(&self, norm: &Normalized, bounds: &mut WordBounds, f: &mut impl FnMut(Hit)) {
        let hay = norm.folded.as_bytes();
        let mut pos = 0;
        'search: while pos < hay.len() {
            let Some(first) = self.automaton.find(Input::new(hay).range(pos..)) else {
                break;
            };
            let start = first.start();
            if bounds.is_boundary(&norm.folded, start) {
                let mut candidate = first;
                loop {
                    if let Some(hit) = self.accept(
                        candidate.pattern().as_usize(),
                        start,
                        candidate.end(),
                        norm,
                        bounds,
                    ) {
                        f(hit);
                        pos = hit.end;
                        continue 'search;
                    }
                    // Try the longest pattern that ends before this one did.
                    let shorter = Input::new(hay)
                        .range(start..candidate.end() - 1)
                        .anchored(Anchored::Yes);
                    match self.automaton.find(shorter) {
                        Some(m) => candidate = m,
                        None => break,
                    }
                }
            }
            pos = start + utf8_len(hay[start]);
        }
    }

    /// Decides whether the pattern matched at `start..end` counts, and as
    /// which entry.
    fn accept(
        &self,
        pattern: usize,
        start: usize,
        end: usize,
        norm: &Normalized,
        bounds: &mut WordBounds,
    ) -> Option<Hit> {
        for v in &self.variants[pattern] {
            if let Some(capitals) = &v.capitals {
                let text = &norm.text[start..end];
                if !capitals.iter().all(|&(at, c)| text[at..].starts_with(c)) {
                    continue;
                }
            }
            let end = if bounds.is_boundary(&norm.folded, end) {
                end
            } else if v.wildcard {
                bounds.next_boundary(&norm.folded, end)
            } else if v.inflect {
                // Acronyms take only lower-case endings (`PMs`, not `ITS`),
                // so check those in the case-kept text.
                let tail = if v.lower_endings {
                    &norm.text
                } else {
                    &norm.folded
                };
                match ["'s", "es", "s"].iter().find(|s| {
                    tail[end..].starts_with(*s) && bounds.is_boundary(&norm.folded, end + s.len())
                }) {
                    Some(s) => end + s.len(),
                    None => continue,
                }
            } else {
                continue;
            };
            return Some(Hit {
                entry: v.entry as usize,
                start,
                end,
            });
        }
        None
    }
}

/// `dependency` → `dependencies`: the `-ies` plural of a term whose last word
/// ends in a consonant plus `y`, or `None`.
fn ies_plural(term: &str) -> Option<String> {
    let stem = term.strip_suffix('y')?;
    let before = stem.chars().last()?;
    if !before.is_ascii_alphabetic() || "aeiouAEIOU".contains(before) {
        return None;
    }
    Some(format!("{stem}ies"))
}

fn utf8_len(first_byte: u8) -> usize {
    match first_byte {
        0x00..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Scans `text` with a lexicon of `terms` (each `term` or `term | options`)
    /// and returns `(entry as written, matched text)` pairs.
    fn run(terms: &[&str], text: &str) -> Vec<(String, String)> {
        let mut src = String::from("[roles]\nr | R\n[terms]\n");
        for t in terms {
            let (term, opts) = t.split_once('|').unwrap_or((t, ""));
            src.push_str(&format!("{} | r=1 | {}\n", term.trim(), opts.trim()));
        }
        let lex = Lexicon::parse(&src, "test").unwrap_or_else(|e| panic!("{e}"));
        let scanner = Scanner::new(&lex).unwrap();
        let mut buf = ScanBuffers::default();
        let mut hits = Vec::new();
        scanner.scan(text, &mut buf, |h| hits.push(h));
        hits.iter()
            .map(|h| {
                (
                    lex.entries[h.entry].display(),
                    buf.normalized.text[h.start..h.end].to_string(),
                )
            })
            .collect()
    }

    macro_rules! t {
        ($name:ident, [$($term:expr),*], $text:expr, [$(($e:expr, $m:expr)),*]) => {
            #[test]
            fn $name() {
                let got = run(&[$($term),*], $text);
                let want: Vec<(String, String)> = vec![$(($e.to_string(), $m.to_string())),*];
                assert_eq!(got, want, "\ntext: {:?}", $text);
            }
        };
    }

    // Word boundaries.
    t!(
        boundary_acronym_not_inside_word,
        ["IT|case"],
        "ITIL and IT",
        [("IT", "IT")]
    );
    t!(
        boundary_pm_not_in_pmp,
        ["PM|case", "PMP|case"],
        "PMP holder, PM role",
        [("PMP", "PMP"), ("PM", "PM")]
    );
    t!(
        boundary_scrum_not_in_scrummage,
        ["scrum"],
        "a scrummage, then Scrum",
        [("scrum", "Scrum")]
    );
    t!(
        boundary_agile_not_in_fragile,
        ["agile"],
        "fragile agile",
        [("agile", "agile")]
    );
    t!(
        boundary_start_inside_word,
        ["manager"],
        "xmanager manager",
        [("manager", "manager")]
    );
    t!(
        boundary_punctuation,
        ["jira"],
        "(Jira), jira. JIRA!",
        [("jira", "Jira"), ("jira", "jira"), ("jira", "JIRA")]
    );
    t!(
        boundary_symbols_in_term,
        ["C#", "C++", ".NET"],
        "C# and C++ on .NET",
        [("C#", "C#"), ("C++", "C++"), (".NET", ".NET")]
    );

    // Case.
    t!(
        case_sensitive_acronym,
        ["IT|case"],
        "it is IT, not It",
        [("IT", "IT")]
    );
    t!(
        case_insensitive_default,
        ["stakeholder"],
        "Stakeholder STAKEHOLDER",
        [
            ("stakeholder", "Stakeholder"),
            ("stakeholder", "STAKEHOLDER")
        ]
    );
    t!(
        case_both_variants,
        ["IT|case", "it"],
        "IT it",
        [("IT", "IT"), ("it", "it")]
    );
    t!(
        case_acronyms_stay_acronyms,
        ["ITIL|case", "SDLC|case", "PMP|case"],
        "itil Itil ITIL sdlc SDLC pmp PMP",
        [("ITIL", "ITIL"), ("SDLC", "SDLC"), ("PMP", "PMP")]
    );
    t!(
        case_plural_only_lowercase,
        ["PM|case", "IT|case"],
        "PMs and ITS",
        [("PM", "PMs")]
    );

    // Separators between the words of a phrase.
    t!(
        separators_hyphen,
        ["project management"],
        "project-management",
        [("project management", "project management")]
    );
    t!(
        separators_newline,
        ["project management"],
        "project\nmanagement",
        [("project management", "project management")]
    );
    t!(
        separators_spaces,
        ["project management"],
        "Project  Management",
        [("project management", "Project Management")]
    );
    t!(
        separators_slash_in_term,
        ["CI/CD"],
        "CI / CD and ci-cd",
        [("CI/CD", "CI CD"), ("CI/CD", "ci cd")]
    );
    t!(
        separators_dash_and_nbsp,
        ["project manager"],
        "project\u{2013}\u{00A0}manager",
        [("project manager", "project manager")]
    );

    // Unicode.
    t!(
        unicode_fullwidth,
        ["PMP|case"],
        "ＰＭＰ certified",
        [("PMP", "PMP")]
    );
    t!(
        unicode_curly_possessive,
        ["project manager"],
        "the project manager\u{2019}s desk",
        [("project manager", "project manager's")]
    );
    t!(
        unicode_accents,
        ["café"],
        "Café CAFÉ",
        [("café", "Café"), ("café", "CAFÉ")]
    );
    t!(
        unicode_soft_hyphen,
        ["management"],
        "manage\u{00AD}ment",
        [("management", "management")]
    );

    // Leftmost-longest and shorter fallbacks.
    t!(
        longest_wins,
        ["project manager", "IT project manager", "manager"],
        "IT project manager",
        [("IT project manager", "IT project manager")]
    );
    t!(
        longest_plural,
        ["project manager", "IT project manager"],
        "IT project managers",
        [("IT project manager", "IT project managers")]
    );
    t!(
        fallback_to_shorter_phrase,
        ["critical path", "critical path method"],
        "critical path methodology",
        [("critical path", "critical path")]
    );
    t!(
        fallback_with_exact_entries,
        ["critical path|exact", "critical path method|exact"],
        "critical path methods",
        [("critical path", "critical path")]
    );
    t!(
        plural_of_longer_phrase,
        ["critical path", "critical path method"],
        "critical path methods",
        [("critical path method", "critical path methods")]
    );
    t!(
        fallback_case_fails,
        ["IT project manager|case", "project manager"],
        "it project manager",
        [("project manager", "project manager")]
    );
    t!(
        resume_after_failure,
        ["agile", "agile coach"],
        "fragile agile coach",
        [("agile coach", "agile coach")]
    );

    // Plurals and possessives.
    t!(
        plural_s,
        ["stakeholder"],
        "stakeholders",
        [("stakeholder", "stakeholders")]
    );
    t!(
        plural_es,
        ["process"],
        "processes",
        [("process", "processes")]
    );
    t!(
        plural_ies,
        ["dependency"],
        "dependencies",
        [("dependency", "dependencies")]
    );
    t!(
        plural_ies_phrase,
        ["change policy"],
        "change policies",
        [("change policy", "change policies")]
    );
    t!(
        possessive,
        ["manager"],
        "manager's",
        [("manager", "manager's")]
    );
    t!(
        exact_has_no_plural,
        ["scope|exact"],
        "scopes scope",
        [("scope", "scope")]
    );
    t!(
        no_random_suffix,
        ["test"],
        "tester tests",
        [("test", "tests")]
    );

    // Wildcards.
    t!(
        wildcard_suffix,
        ["manag*"],
        "manage managed managing management manag",
        [
            ("manag*", "manage"),
            ("manag*", "managed"),
            ("manag*", "managing"),
            ("manag*", "management"),
            ("manag*", "manag")
        ]
    );
    t!(wildcard_needs_start_boundary, ["manag*"], "mismanaged", []);
    t!(
        wildcard_phrase,
        ["project manag*"],
        "project managers",
        [("project manag*", "project managers")]
    );
    t!(
        wildcard_loses_to_literal,
        ["manag*", "management"],
        "management managing",
        [("management", "management"), ("manag*", "managing")]
    );

    #[test]
    fn counts_are_sorted_and_complete() {
        let src = "[roles]\nr | R\n[terms]\nb | r=1\na | r=1\n";
        let lex = Lexicon::parse(src, "t").unwrap();
        let scanner = Scanner::new(&lex).unwrap();
        let mut buf = ScanBuffers::default();
        let counts = scanner.count("a b a a x", &mut buf);
        assert_eq!(counts.counts, vec![(0, 1), (1, 3)]);
        assert_eq!(counts.words, 5);
        assert_eq!(counts.hits(), 4);
        // Buffers are reset between postings.
        let again = scanner.count("b", &mut buf);
        assert_eq!(again.counts, vec![(0, 1)]);
    }

    #[test]
    fn first_and_cued_role_names() {
        let src = "[roles]\nr | R\n[terms]\nproject manager | r=1 | title\nIT project manager | r=1 | case title\nplan | r=1\n";
        let lex = Lexicon::parse(src, "t").unwrap();
        let scanner = Scanner::new(&lex).unwrap();
        let mut buf = ScanBuffers::default();
        let c = scanner.count(
            "You will plan with project managers. We are seeking an IT Project Manager.",
            &mut buf,
        );
        assert_eq!((c.first_title, c.cued_title), (Some(0), Some(1)));
        let c = scanner.count(
            "Job Title: Project Manager. Reports to the IT project manager",
            &mut buf,
        );
        assert_eq!((c.first_title, c.cued_title), (Some(0), Some(0)));
        let c = scanner.count("Project managers plan. IT project managers plan.", &mut buf);
        assert_eq!((c.first_title, c.cued_title), (Some(0), None));
        let c = scanner.count("plan", &mut buf);
        assert_eq!((c.first_title, c.cued_title), (None, None));
    }

    #[test]
    fn scanner_is_send_and_sync() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Scanner>();
        assert_send_sync::<Lexicon>();
    }
}
