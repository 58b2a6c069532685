//! The scanner: one Aho-Corasick automaton over a lexicon's terms, plus the
//! word-boundary, case and inflection checks that decide which automaton
//! matches count.
//!
//! [`Scanner::new`] normalizes every entry with the same function used for
//! postings and builds one automaton (the `aho-corasick` crate's NFA) over
//! the folded forms. Entries that fold to the same string (`IT` with `case`, `it`
//! without) share one pattern and are tried in order. Terms ending in a
//! consonant plus `y` also get their `-ies` plural as an extra pattern.
//!
//! [`Scanner::scan`] walks the folded text:
//!
//! 1. at each position where a match may start, left to right, find every
//!    pattern that matches there;
//! 2. try them longest first: a match counts only if it starts on a word
//!    boundary, has capitals wherever a case-sensitive entry has them (`IT`
//!    never matches `it` or `It`; `IT manager` matches `IT Manager`), and
//!    ends on a word boundary, possibly after a plural/possessive ending
//!    (`s`, `es`, `'s`) or, for `term*` entries, at the end of the word; so a
//!    long phrase failing its boundary never hides a valid shorter one
//!    ("critical path methods" still counts "critical path");
//! 3. the first one that counts is reported and the scan goes on after it;
//!    if none counts, it goes on at the next position.
//!
//! This is what an unanchored leftmost-longest search with anchored
//! fallbacks gives (a property test compares the two), done more cheaply.
//! A match must start on a word boundary, so the automaton is built for
//! anchored searches only (a trie, no failure transitions; see
//! `automaton`) and walked from candidate positions alone: bytes that
//! start some pattern, except ASCII word characters right after another one
//! (never a boundary). When every pattern starts with an ASCII word
//! character (the built-in lexicon) these are the word starts, found 64
//! bytes at a time with bit masks (`crate::text::block`); otherwise a byte
//! table is read for each byte, still without a branch per byte. Before any
//! walk, word starts are sifted by their whole word (a bit set over hashes
//! of the words a pattern can start with, which drops most word starts in
//! job ads and keeps few that begin no match), other candidates by their
//! first three bytes (see `automaton`). Each walk stops
//! as soon as no pattern continues the text, typically after a few bytes.
//!
//! Accepted matches never overlap. The scanner is `Send + Sync` and shared by
//! all threads; per-thread state lives in [`ScanBuffers`].

use std::sync::OnceLock;

mod automaton;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

use automaton::{Patterns, WordEnd};

use crate::error::Result;
use crate::lexicon::Lexicon;
use crate::text::block::{self, BLOCK};
use crate::text::{normalize_counting, Normalized, WordBounds};

/// One way a pattern can be accepted as an entry.
#[derive(Debug, Clone)]
struct Variant {
    entry: u32,
    /// For case-sensitive entries, the capitals the text must have, as
    /// the bytes of their UTF-8 forms: `(byte offset from the match start,
    /// byte)`. So the check is a few byte compares; a `char` compare called
    /// `memcmp`, and `it` is in every job ad.
    capitals: Option<Vec<(usize, u8)>>,
    /// For case-sensitive entries ending in a capital (`PM`, `IT`): endings
    /// must be lower case (`PMs`, never `ITS`).
    lower_endings: bool,
    wildcard: bool,
    inflect: bool,
}

/// See [`Scanner::plain`].
const NO_ENTRY: u32 = u32::MAX;

/// Byte flag: some pattern starts with this byte.
const STARTS: u8 = 1;
/// Byte flag: an ASCII letter, digit or `_`. Two such bytes in a row are
/// never split by a word boundary (UAX #29 WB5 to WB13b).
const WORD: u8 = 2;

/// A compiled lexicon, ready to scan normalized text.
#[derive(Debug, Clone)]
pub struct Scanner {
    /// The folded patterns' automaton, searched anchored at each position.
    patterns_at: Patterns,
    /// [`STARTS`] and [`WORD`] flags of every byte value.
    bytes: [u8; 256],
    /// Whether every pattern starts with an ASCII letter, digit or `_`, so
    /// the candidate starts are among the word starts.
    word_initial: bool,
    /// The folded patterns, for [`Scanner::raw_match_count`].
    patterns: Vec<String>,
    /// The unanchored automaton of [`Scanner::raw_match_count`], built on
    /// first use.
    raw: OnceLock<AhoCorasick>,
    /// Variants per automaton pattern, in preference order.
    variants: Vec<Vec<Variant>>,
    /// Per automaton pattern, the entry of its first variant when that has
    /// no capitals to check, or [`NO_ENTRY`]: at a boundary it is the hit,
    /// whatever the other variants say.
    plain: Vec<u32>,
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
    /// `(pattern, end)` of the patterns matching at one position.
    found: Vec<(u32, u32)>,
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
        let (patterns, variants) = patterns_of(lexicon);
        let plain = variants
            .iter()
            .map(|v| match v.first() {
                Some(v) if v.capitals.is_none() => v.entry,
                _ => NO_ENTRY,
            })
            .collect();
        let patterns_at = Patterns::new(&patterns, &word_ends(&variants))?;
        let bytes = byte_flags(&patterns);
        let word_initial = patterns
            .iter()
            .all(|p| bytes[usize::from(p.as_bytes()[0])] & WORD != 0);
        Ok(Scanner {
            patterns_at,
            bytes,
            word_initial,
            patterns,
            raw: OnceLock::new(),
            variants,
            plain,
            entries: lexicon.entries.len(),
            titles: lexicon.entries.iter().map(|e| e.title).collect(),
        })
    }

    /// Counts the automaton's raw leftmost-longest matches in `haystack`,
    /// with no normalization, boundary or case checks: the baseline that
    /// benchmarks compare a full scan against.
    pub fn raw_match_count(&self, haystack: &[u8]) -> usize {
        self.raw_automaton().find_iter(haystack).count()
    }

    /// The lexicon's folded patterns in one unanchored leftmost-longest DFA:
    /// what a plain Aho-Corasick search would use.
    pub fn raw_automaton(&self) -> &AhoCorasick {
        self.raw.get_or_init(|| {
            AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .kind(Some(AhoCorasickKind::DFA))
                .build(&self.patterns)
                .expect("the patterns compiled once already")
        })
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
        self.scan_normalized(&buf.normalized, &mut buf.bounds, &mut buf.found, &mut f);
    }

    /// Counts each entry's accepted matches in `text`.
    pub fn count(&self, text: &str, buf: &mut ScanBuffers) -> TermCounts {
        let mut counts = std::mem::take(&mut buf.counts);
        let mut touched = std::mem::take(&mut buf.touched);
        let mut titles = std::mem::take(&mut buf.titles);
        counts.resize(self.entries, 0);
        // Room for every entry, so that an entry is noted on its first hit
        // without a branch: written each time, kept by moving the end.
        touched.resize(self.entries + 1, 0);
        let mut n_touched = 0;
        titles.clear();
        self.scan(text, buf, |hit| {
            if self.titles[hit.entry] {
                titles.push((hit.entry, hit.start));
            }
            touched[n_touched] = hit.entry as u32;
            n_touched += usize::from(counts[hit.entry] == 0);
            counts[hit.entry] += 1;
        });
        // Kept at full length (only the first `n_touched` mean anything):
        // cut short, it would be filled again for the next posting.
        let noted = &mut touched[..n_touched];
        noted.sort_unstable();
        let out = TermCounts {
            words: buf.bounds.word_count(),
            counts: noted
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

    fn scan_normalized(
        &self,
        norm: &Normalized,
        bounds: &mut WordBounds,
        found: &mut Vec<(u32, u32)>,
        f: &mut impl FnMut(Hit),
    ) {
        let hay = norm.folded.as_bytes();
        // The next position a match may start at: past the last hit.
        let mut next = 0;
        let mut prev = false;
        // For a lexicon sifted by word: the word bytes of this chunk and of
        // the next.
        let (mut words, mut words_ahead) = (0, 0);
        if self.word_initial {
            words_ahead = chunk_word_bytes(hay, 0);
        }
        for (chunk, bytes) in hay.chunks(64).enumerate() {
            let base = chunk * 64;
            let mut candidates = if self.word_initial {
                // Word starts, 64 bytes at a time, sifted by their words.
                words = words_ahead;
                words_ahead = chunk_word_bytes(hay, chunk + 1);
                let starts = words & !(words << 1 | u64::from(prev));
                prev = words >> 63 == 1;
                self.patterns_at
                    .may_start_word(hay, base, starts, words, words_ahead)
            } else {
                let candidates = self.candidates(bytes, &mut prev);
                self.patterns_at.may_start(hay, base, candidates)
            };
            'candidates: while candidates != 0 {
                let i = candidates.trailing_zeros();
                let p = base + i as usize;
                candidates &= candidates - 1;
                if p < next {
                    continue;
                }
                // Every pattern that matches at `p`, shortest first.
                if self.word_initial {
                    let len = automaton::word_len(words, (!words_ahead).trailing_zeros(), i);
                    self.patterns_at.matches_at_word(hay, p, len, found);
                } else {
                    self.patterns_at.matches_at(hay, p, found);
                }
                if found.is_empty() || !boundary(norm, bounds, p) {
                    continue;
                }
                // Longest first: a long phrase failing its checks never
                // hides a shorter one that passes.
                for &(pattern, end) in found.iter().rev() {
                    let (pattern, end) = (pattern as usize, end as usize);
                    // What `accept` would answer first, without the call.
                    let plain = self.plain[pattern];
                    let hit = if plain != NO_ENTRY && boundary(norm, bounds, end) {
                        Some(Hit {
                            entry: plain as usize,
                            start: p,
                            end,
                        })
                    } else {
                        self.accept(pattern, p, end, norm, bounds)
                    };
                    if let Some(hit) = hit {
                        f(hit);
                        next = hit.end;
                        continue 'candidates;
                    }
                }
            }
        }
    }

    /// The candidate starts in `bytes` (at most 64), one bit each, for a
    /// lexicon with patterns that start with other bytes than ASCII word
    /// characters: bytes that start some pattern, except word characters
    /// right after another ASCII word character (never a word boundary).
    /// `prev` says whether the byte before `bytes` was an ASCII word
    /// character, and is updated.
    #[inline(always)]
    fn candidates(&self, bytes: &[u8], prev: &mut bool) -> u64 {
        let mut candidates = 0u64;
        let mut prev_class = if *prev { WORD } else { 0 };
        for (i, &b) in bytes.iter().enumerate() {
            let class = self.bytes[usize::from(b)];
            let skip = class & STARTS == 0 || class & prev_class & WORD != 0;
            candidates |= u64::from(!skip) << i;
            prev_class = class;
        }
        *prev = prev_class & WORD != 0;
        candidates
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
        // Whether `end` is a boundary, asked once the first variant needs it.
        let mut at_end = None;
        for v in &self.variants[pattern] {
            if let Some(capitals) = &v.capitals {
                let text = &norm.text.as_bytes()[start..end];
                if !capitals.iter().all(|&(at, b)| text.get(at) == Some(&b)) {
                    continue;
                }
            }
            let end = if *at_end.get_or_insert_with(|| boundary(norm, bounds, end)) {
                end
            } else if v.wildcard {
                bounds.next_boundary(&norm.folded, end)
            } else if v.inflect {
                // Acronyms take only lower-case endings (`PMs`, not `ITS`),
                // so check those in the case-kept text.
                let tail = if v.lower_endings {
                    norm.text.as_bytes()
                } else {
                    norm.folded.as_bytes()
                };
                match [&b"'s"[..], b"es", b"s"]
                    .iter()
                    .find(|s| tail[end..].starts_with(s) && boundary(norm, bounds, end + s.len()))
                {
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

/// The folded patterns of a lexicon's entries (with the `-ies` plurals of
/// inflected terms ending in a consonant and `y`), each once, and per
/// pattern the ways it is accepted as an entry, in preference order:
/// case-sensitive before case-insensitive, literal before wildcard, ties in
/// lexicon order.
fn patterns_of(lexicon: &Lexicon) -> (Vec<String>, Vec<Vec<Variant>>) {
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
                    .flat_map(|(at, c)| {
                        let mut utf8 = [0; 4];
                        let len = c.encode_utf8(&mut utf8).len();
                        (0..len).map(move |i| (at + i, utf8[i]))
                    })
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
    (patterns, variants)
}

/// The [`STARTS`] and [`WORD`] flags of every byte value for `patterns`.
fn byte_flags(patterns: &[String]) -> [u8; 256] {
    let mut bytes = [0u8; 256];
    for pattern in patterns {
        bytes[usize::from(pattern.as_bytes()[0])] |= STARTS;
    }
    for b in (b'a'..=b'z')
        .chain(b'A'..=b'Z')
        .chain(b'0'..=b'9')
        .chain([b'_'])
    {
        bytes[usize::from(b)] |= WORD;
    }
    bytes
}

/// How each pattern may end inside a longer word, from its variants.
fn word_ends(variants: &[Vec<Variant>]) -> Vec<WordEnd> {
    variants
        .iter()
        .map(|v| WordEnd {
            prefix: v.iter().any(|v| v.wildcard),
            inflect: v.iter().any(|v| v.inflect),
        })
        .collect()
}

/// Whether a word boundary falls at byte `at` (at most the length) of the
/// folded text: [`WordBounds::is_boundary`], with the commonest answers
/// settled here without a call. The ends of the text are boundaries, and so
/// is a space next to an ASCII character that is not one (only two spaces
/// are joined, WB3d, and nothing ASCII attaches to a space, WB4).
#[inline(always)]
fn boundary(norm: &Normalized, bounds: &mut WordBounds, at: usize) -> bool {
    let hay = norm.folded.as_bytes();
    if at == 0 || at == hay.len() {
        return true;
    }
    let (a, c) = (hay[at - 1], hay[at]);
    if (a == b' ') != (c == b' ') && a.is_ascii() && c.is_ascii() {
        return true;
    }
    bounds.is_boundary(&norm.folded, at)
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

/// The word bytes ([`word_bytes`]) of chunk `chunk` of `hay` (its bytes
/// from `64 * chunk`), none past the end.
#[inline(always)]
fn chunk_word_bytes(hay: &[u8], chunk: usize) -> u64 {
    match hay.get(chunk * BLOCK..) {
        Some(rest) if !rest.is_empty() => word_bytes(&rest[..rest.len().min(BLOCK)]),
        _ => 0,
    }
}

/// One bit per byte of `bytes` (at most 64): whether it is an ASCII
/// letter, digit or `_` (see [`block::word_bytes`]).
#[inline(always)]
fn word_bytes(bytes: &[u8]) -> u64 {
    match <&[u8; BLOCK]>::try_from(bytes) {
        Ok(block) => block::word_bytes(block),
        Err(_) => {
            // The last, shorter chunk: zero bytes past the end are not word
            // bytes.
            let mut block = [0u8; BLOCK];
            block[..bytes.len()].copy_from_slice(bytes);
            block::word_bytes(&block)
        }
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

    fn utf8_len(first_byte: u8) -> usize {
        match first_byte {
            0x00..=0x7F => 1,
            0xC0..=0xDF => 2,
            0xE0..=0xEF => 3,
            _ => 4,
        }
    }

    /// The scan as it was first written, kept as the definition the fast
    /// walk must agree with: an unanchored leftmost-longest search finds the
    /// leftmost position where a pattern matches; if that position is a
    /// boundary, the patterns matching there are tried longest first
    /// (anchored searches with a shorter end); otherwise, or if none is
    /// accepted, the search resumes one character later.
    fn reference_scan(scanner: &Scanner, text: &str) -> Vec<Hit> {
        use aho_corasick::{Anchored, Input, StartKind};
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Both)
            .build(&scanner.patterns)
            .unwrap();
        let mut buf = ScanBuffers::default();
        scanner.scan(text, &mut buf, |_| {});
        let (norm, bounds) = (&buf.normalized, &mut buf.bounds);
        let hay = norm.folded.as_bytes();
        let mut hits = Vec::new();
        let mut pos = 0;
        'search: while pos < hay.len() {
            let Some(first) = automaton.find(Input::new(hay).range(pos..)) else {
                break;
            };
            let start = first.start();
            if bounds.is_boundary(&norm.folded, start) {
                let mut candidate = first;
                loop {
                    let pattern = candidate.pattern().as_usize();
                    if let Some(hit) = scanner.accept(pattern, start, candidate.end(), norm, bounds)
                    {
                        hits.push(hit);
                        pos = hit.end;
                        continue 'search;
                    }
                    let shorter = Input::new(hay)
                        .range(start..candidate.end() - 1)
                        .anchored(Anchored::Yes);
                    match automaton.find(shorter) {
                        Some(m) => candidate = m,
                        None => break,
                    }
                }
            }
            pos = start + utf8_len(hay[start]);
        }
        hits
    }

    /// Terms with every shape the walk treats specially: one and two bytes
    /// (under the three-byte filter), non-ASCII and punctuation first bytes,
    /// shared prefixes, case, wildcards, `-ies` plurals.
    const EDGE_TERMS: &str = "[roles]\nr | R\n[terms]\n\
        c | r=1\nqa | r=1\nIT | r=1 | case\nit manager | r=1\npmo | r=1\n\
        .net | r=1\nc# | r=1\n(it) | r=1\néquipe | r=1\nß | r=1\n\
        project | r=1\nproject manager | r=1\nproject management office | r=1\n\
        manag* | r=1\ndependency | r=1\nPM | r=1 | case\n";

    /// Terms that all start with an ASCII word character, so the scanner
    /// sifts word starts by their words: every shape [`EDGE_TERMS`] has
    /// that way, plus words of 15, 16, 17 and more bytes, digits, `_`,
    /// terms that are the first word of others, and `term*` ones.
    const WORD_EDGE_TERMS: &str = "[roles]\nr | R\n[terms]\n\
        c | r=1\nqa | r=1\nIT | r=1 | case\nit manager | r=1\npmo | r=1\n\
        c# | r=1\nc++ | r=1\n3d | r=1\nproject_x | r=1\n\
        project | r=1\nproject manager | r=1\nproject management office | r=1\n\
        manag* | r=1\ndev* | r=1\nxyz* | r=1\ndependency | r=1\nPM | r=1 | case\n\
        responsibilities | r=1\ntroubleshooting | r=1\ntelecommunication | r=1\n\
        telecommunications engineering | r=1\nelectroencephalography | r=1\n";

    const PIECES: &[&str] = &[
        "c",
        "C",
        "qa",
        "QAs",
        "IT",
        "it",
        "It",
        "ITs",
        "manager",
        "managers",
        "it manager",
        "pmo",
        "PMOs",
        "PM",
        "pm",
        ".net",
        ".NET",
        "c#",
        "(it)",
        "(IT)",
        "équipe",
        "Équipe",
        "ß",
        "project",
        "projects",
        "project manager",
        "project management",
        "office",
        "dependency",
        "dependencies",
        "managing",
        "xproject",
        "project_",
        "3",
        "'",
        "’s",
        "e\u{301}",
        "\u{AD}",
        "ＩＴ",
        "c++",
        "C++s",
        "3d",
        "3D",
        "3ds",
        "x",
        "xs",
        "xyz",
        "xyzzy",
        "dev",
        "devs",
        "developer",
        "project_x",
        "project_xes",
        "pmp",
        "responsibilities",
        "responsibilitiess",
        "troubleshooting",
        "troubleshootings",
        "telecommunication",
        "telecommunications",
        "telecommunicationses",
        "telecommunications engineering",
        "electroencephalography",
        "electroencephalographyes",
        "electroencephalographic",
        "😀",
        "日本",
        "İ",
    ];
    const SEPARATORS: &[&str] = &[" ", "", "-", "\n", ", ", ".", "(", ")", "'", "_", ":"];

    fn pieces_text() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        prop::collection::vec(
            (
                prop::sample::select(PIECES),
                prop::sample::select(SEPARATORS),
            ),
            0..40,
        )
        .prop_map(|parts| parts.iter().map(|(p, s)| format!("{p}{s}")).collect())
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(512))]

        /// The walk from candidate starts finds exactly the hits of the
        /// reference scan, for the built-in lexicon and the two edge
        /// lexicons (one sifted by word, one not).
        #[test]
        fn walk_matches_reference(text in pieces_text(), lexicon in 0..3u8) {
            let lexicon = match lexicon {
                0 => Lexicon::builtin(),
                1 => Lexicon::parse(EDGE_TERMS, "edge").unwrap(),
                _ => Lexicon::parse(WORD_EDGE_TERMS, "word edge").unwrap(),
            };
            let scanner = Scanner::new(&lexicon).unwrap();
            let want = reference_scan(&scanner, &text);
            let mut got = Vec::new();
            scanner.scan(&text, &mut ScanBuffers::default(), |h| got.push(h));
            proptest::prop_assert_eq!(&got, &want);
        }
    }

    proptest::proptest! {
        /// The block word-byte test agrees with the byte table, for whole
        /// and shorter chunks.
        #[test]
        fn word_bytes_agree_with_the_table(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..=64)) {
            let want = bytes.iter().enumerate().fold(0u64, |m, (i, &b)| {
                m | u64::from(b.is_ascii_alphanumeric() || b == b'_') << i
            });
            proptest::prop_assert_eq!(word_bytes(&bytes), want);
        }
    }

    #[test]
    fn short_and_odd_patterns_near_the_end() {
        let terms = ["c", "qa", "pmo", ".net", "(it)", "équipe"];
        for text in [
            "c", "qa", "pmo", ".net", "(it)", "équipe", "a c", "x qa", "b pmo",
        ] {
            let got = run(&terms, text);
            assert_eq!(got.len(), 1, "{text:?}: {got:?}");
        }
    }

    /// Word starts whose word is not in the word table still find their
    /// hits when they are long (their keys are shared) or begin a `term*`
    /// entry, with and without such entries in the lexicon.
    #[test]
    fn words_outside_the_word_table() {
        let long = [
            "telecommunications engineering",
            "telecommunication",
            "project",
        ];
        for (text, want) in [
            (
                "telecommunications engineering",
                "telecommunications engineering",
            ),
            ("telecommunications", "telecommunications"),
            ("telecommunicationsx", ""),
            ("the projects", "projects"),
            ("projection", ""),
        ] {
            let got = run(&long, text);
            let got: Vec<&str> = got.iter().map(|(_, m)| m.as_str()).collect();
            let want: Vec<&str> = Some(want).filter(|w| !w.is_empty()).into_iter().collect();
            assert_eq!(got, want, "{text:?}");
            let mut with_prefix = long.to_vec();
            with_prefix.push("manag*");
            assert_eq!(run(&with_prefix, text).len(), want.len(), "{text:?}");
        }
        let prefix = ["manag*", "management office", "telecommunication"];
        for (text, want) in [
            ("managing", "managing"),
            ("Management office", "Management office"),
            ("management", "management"),
            ("mana", ""),
        ] {
            let got = run(&prefix, text);
            let got: Vec<&str> = got.iter().map(|(_, m)| m.as_str()).collect();
            let want: Vec<&str> = Some(want).filter(|w| !w.is_empty()).into_iter().collect();
            assert_eq!(got, want, "{text:?}");
        }
    }

    #[test]
    fn scanner_is_send_and_sync() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Scanner>();
        assert_send_sync::<Lexicon>();
    }
}
