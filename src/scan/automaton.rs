//! The lexicon's patterns as one automaton, and the question the scanner
//! asks it: which patterns match at this position?
//!
//! The automaton is the `aho-corasick` crate's contiguous NFA of the
//! patterns, searched anchored only: a match must start on a word
//! boundary, so the scanner tries each candidate start on its own and no
//! failure transitions are followed. Its anchored states then form a trie,
//! which is copied once into a compact form for the walks ([`Trie`]): a run
//! of states with one way on and no match becomes one edge labelled with
//! its bytes, compared with the text eight bytes at a time. The trie is
//! small, and a walk visits a node per branch or match, not per byte. (A
//! DFA gives the same trie and costs more to build; see BENCHMARKS.md.)
//!
//! Most positions begin no pattern, and most walks would end within their
//! first bytes. So the place in the trie reached after the first three
//! bytes of every pattern is computed once, with the matches met on the
//! way, into a small hash table keyed by those three bytes. Before the
//! table is read, the candidate starts of a stretch of text are sifted
//! without branches by a bit set over hashes of three bytes (and one of
//! byte pairs for patterns of one or two bytes), which drops nearly all of
//! those that begin no pattern. A position whose next three bytes are not
//! in the table is decided without a walk (unless a pattern of one or two
//! bytes starts there, which the pair set says); one that is resumes the
//! walk at the fourth byte, if some pattern goes on with that byte (a
//! 64-bit set per entry says).
//!
//! When every pattern starts with an ASCII word character, the candidate
//! starts are word starts and a finer sift takes the place of the
//! three-byte one: a bit set over hashes of whole words ([`WordSift`]).
//! Three bytes cannot tell "project" from "provide"; the whole word can,
//! so nearly every start the word sift keeps begins a match that counts
//! (BENCHMARKS.md has the shares measured on job ads).

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::{nfa, Anchored, MatchKind};

use crate::error::{Error, ErrorKind, Result};

/// The patterns' trie with the table of its places after three bytes.
#[derive(Debug, Clone)]
pub(super) struct Patterns {
    trie: Trie,
    /// Open-addressing hash table of the first three bytes of every pattern
    /// of three bytes or more; a power of two in size, at most half full.
    /// Each key is the three bytes plus 1 << 24, or 0 for an empty slot.
    /// The keys are apart from the slots so that the lookups that miss,
    /// most of them, read a table small enough to stay in the L1 cache.
    keys: Vec<u32>,
    /// What is known of the key in the same place of `keys`.
    slots: Vec<Slot>,
    /// `(pattern, length)` of the matches of one, two or three bytes met on
    /// the way to a slot's place, `Slot::matches` indexes into it.
    early: Vec<(u32, u32)>,
    /// Bit `first << 8 | second` is set when a pattern of one or two bytes
    /// may start with those bytes (a one-byte pattern sets all 256).
    short: Box<[u64; PAIR_BITS / 64]>,
    /// A bit per hash of three bytes ([`triple_bit`]), set for the first
    /// three bytes of every pattern: most positions that start no pattern
    /// are told apart by one bit (see [`Patterns::may_start`]).
    triples: Box<[u64; TRIPLE_BITS / 64]>,
    /// The sift of word starts by their whole word (see [`WordSift`]).
    words: WordSift,
}

/// How a pattern may end inside a longer word (by default it may not: two
/// ASCII word bytes are never split by a word boundary).
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct WordEnd {
    /// The pattern may match the start of a longer word (a `term*` entry).
    pub prefix: bool,
    /// The pattern may take an `s` or `es` ending (an inflected entry).
    pub inflect: bool,
}

/// The word starts that may begin a pattern, told by the whole word.
///
/// At a word start, call the run of ASCII letters, digits and `_` there
/// the word. A pattern that matches there and counts has the word as its
/// first word (its bytes up to the first other byte), or, when it is all
/// word bytes, is the word itself, or the word less an `s` or `es`
/// ending: two ASCII word bytes are never split by a word boundary
/// (UAX #29 WB5 to WB13b), so a pattern ending inside the word counts only
/// with one of those endings after it (if it inflects), or as a `term*`
/// entry. So one bit per hash of a word ([`sift_bit`]), set for every
/// first word and every such ending, drops a start that begins no pattern;
/// only the `term*` entries need their own test, by their first bytes as
/// in [`Patterns::may_start`].
#[derive(Debug, Clone)]
struct WordSift {
    bits: Box<[u64; WORD_BITS / 64]>,
    /// Open-addressing hash table of the words set in `bits` that are at
    /// most 16 bytes long, a power of two in size and at most half full
    /// (empty when the lexicon is too large for [`WordEntry`]'s indexes;
    /// the walks decide all words then).
    table: Vec<WordEntry>,
    /// `(pattern, length)` of the patterns a word begins with, which
    /// [`WordEntry::matches`] indexes into.
    matches: Vec<(u32, u32)>,
    /// The places in the trie after the words that some pattern goes on
    /// past, which [`WordEntry::next`] indexes into.
    places: Vec<Edge>,
    /// The first three bytes of every `term*` pattern of three bytes or
    /// more ([`triple_bit`]), and the pairs of the shorter ones ([`pair`]);
    /// `None` when there is no `term*` pattern.
    prefixes: Option<Box<(TripleBits, PairBits)>>,
}

/// A word of [`WordSift`]'s table, in 24 bytes (a few hundred of them fit
/// in the L1 cache beside the text).
#[derive(Debug, Clone, Copy, Default)]
struct WordEntry {
    /// The word's first 16 bytes, zero past its end; `low` is 0 for an
    /// empty slot (a word has at least one byte, and no zero byte).
    low: u64,
    high: u64,
    /// `first << 8 | count`: the patterns that the word begins with (the
    /// word itself among them, if it is one) are
    /// `WordSift::matches[first..first + count]`, shortest first.
    matches: u32,
    /// `(place + 1) << 8 | len`: the word's length, and its place in the
    /// trie `WordSift::places[place]` when some pattern goes on past it
    /// (`place + 1` is 0 when none does; see [`Trie::walk_on`]).
    next: u32,
}

/// The most entries [`WordEntry`]'s 24-bit indexes reach.
const WORD_INDEX_LIMIT: usize = 1 << 24;

impl WordEntry {
    fn len(&self) -> usize {
        (self.next & 0xFF) as usize
    }
}

type TripleBits = [u64; TRIPLE_BITS / 64];
type PairBits = [u64; PAIR_BITS / 64];

#[derive(Debug, Clone, Copy, Default)]
struct Slot {
    /// The rest of the trie edge the three bytes end in (empty when they
    /// end at a node).
    rest: Edge,
    /// `early[matches.0..matches.1]`: the matches within the three bytes.
    matches: (u32, u32),
    /// Bit `b & 63` is set for every fourth byte `b` that some longer
    /// pattern has after these three: a walk is needed only then.
    fourth: u64,
}

/// The anchored states of the automaton as a trie with labelled edges.
#[derive(Debug, Clone, Default)]
struct Trie {
    /// Node 0 is the start.
    nodes: Vec<Node>,
    /// The edges out of every node, each node's side by side.
    edges: Vec<Edge>,
    /// The edges' labels back to back, then eight zero bytes, so that any
    /// label can be read eight bytes at a time.
    labels: Vec<u8>,
}

#[derive(Debug, Clone, Copy, Default)]
struct Node {
    /// The pattern that ends here (as long as the path to the node), or
    /// [`NONE`].
    pattern: u32,
    /// `edges[edges.0..edges.1]` leave this node.
    edges: (u32, u32),
}

#[derive(Debug, Clone, Copy, Default)]
struct Edge {
    /// The first byte of the label, which picks the edge.
    first: u8,
    /// `labels[label..label + len]`: the bytes from the parent to `to`.
    label: u32,
    len: u32,
    to: u32,
}

/// No pattern ends at a node.
const NONE: u32 = u32::MAX;

impl Patterns {
    /// Compiles `patterns` (non-empty strings, no two equal). `ends[i]`
    /// says how pattern `i` may end inside a longer word.
    pub(super) fn new(patterns: &[String], ends: &[WordEnd]) -> Result<Patterns> {
        let mut alphabet = [false; 256];
        for b in patterns.iter().flat_map(|p| p.bytes()) {
            alphabet[usize::from(b)] = true;
        }
        let alphabet: Vec<u8> = (0..=255u8).filter(|&b| alphabet[usize::from(b)]).collect();
        let aut = nfa::contiguous::Builder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(patterns)
            .map_err(|e| Error::from(ErrorKind::Automaton(e.to_string())))?;
        let trie = Trie::new(&aut, &alphabet);
        let words = WordSift::new(patterns, ends, &trie);
        let mut out = Patterns {
            trie,
            keys: Vec::new(),
            slots: Vec::new(),
            early: Vec::new(),
            short: Box::new([0; PAIR_BITS / 64]),
            triples: Box::new([0; TRIPLE_BITS / 64]),
            words,
        };
        // Each pattern's first three bytes, with the set of fourth bytes
        // that go on from them, in one pass over the patterns.
        let mut fourths: std::collections::BTreeMap<[u8; 3], u64> = Default::default();
        for p in patterns.iter().map(String::as_bytes) {
            if let [a, b, c, ref rest @ ..] = *p {
                let bits = fourths.entry([a, b, c]).or_default();
                if let Some(&d) = rest.first() {
                    *bits |= 1 << (d & 63);
                }
            }
        }
        let size = (fourths.len() * 2).next_power_of_two().max(16);
        out.keys = vec![0; size];
        out.slots = vec![Slot::default(); size];
        for (t, fourth) in fourths {
            let mut found = Vec::new();
            let rest = out
                .trie
                .descend(&t, &mut found)
                .expect("the first three bytes of a pattern lead somewhere");
            let from = out.early.len() as u32;
            out.early.extend(found);
            let key = key(t[0], t[1], t[2]);
            let mut i = slot_index(key, size);
            while out.keys[i] != 0 {
                i = (i + 1) & (size - 1);
            }
            out.keys[i] = key;
            out.slots[i] = Slot {
                rest,
                matches: (from, out.early.len() as u32),
                fourth,
            };
        }
        for p in patterns.iter().map(String::as_bytes) {
            match *p {
                [a, b] => set(&mut out.short[..], pair(a, b)),
                [a] => (0..=255).for_each(|b| set(&mut out.short[..], pair(a, b))),
                _ => {}
            }
            if let [a, b, c, ..] = *p {
                set(&mut out.triples[..], triple_bit(a, b, c));
            }
        }
        Ok(out)
    }

    /// Pushes `(pattern, end)` for every pattern that matches `hay` at
    /// `start`, shortest first, onto `found` (which is cleared first).
    ///
    /// Inlined into the scanner's loop, where most calls end at one of the
    /// first two tests; the walks are out of line.
    #[inline(always)]
    pub(super) fn matches_at(&self, hay: &[u8], start: usize, found: &mut Vec<(u32, u32)>) {
        found.clear();
        if let [a, b, c, ..] = hay[start..] {
            if let Some(slot) = self.slot(key(a, b, c)) {
                return self.walk_from_slot(slot, hay, start, found);
            }
            if !get(&self.short[..], pair(a, b)) {
                return;
            }
        }
        self.trie.walk_from_start(hay, start, found);
    }

    /// [`Patterns::matches_at`] for a word start whose word is `len` bytes
    /// long, for a lexicon sifted by word: the patterns the word begins
    /// with come from the word's entry in the table, and only those that go
    /// on past the word need a walk. A word not in the table begins no
    /// pattern that counts, unless it is long or the lexicon has `term*`
    /// entries; those get the three-byte table and a walk.
    #[inline(always)]
    pub(super) fn matches_at_word(
        &self,
        hay: &[u8],
        start: usize,
        len: usize,
        found: &mut Vec<(u32, u32)>,
    ) {
        found.clear();
        match self.words.get(word_at(hay, start, len)) {
            Some(entry) => {
                let (first, count) = (entry.matches >> 8, entry.matches & 0xFF);
                found.extend(
                    self.words.matches[first as usize..][..count as usize]
                        .iter()
                        .map(|&(pattern, len)| (pattern, start as u32 + len)),
                );
                if let Some(place) = (entry.next >> 8).checked_sub(1) {
                    let place = self.words.places[place as usize];
                    self.trie.walk_on(place, hay, start + len, found);
                }
            }
            None if len > 16 || self.words.prefixes.is_some() || self.words.table.is_empty() => {
                self.matches_at(hay, start, found)
            }
            None => {}
        }
    }

    /// The candidate starts of `candidates` (bit `i` for offset `base + i`
    /// of `hay`) where a pattern may start, judged from their first three
    /// bytes by bit sets alone: a start dropped begins no pattern; one kept
    /// may still begin none. No branch depends on the answers, which
    /// [`Patterns::matches_at`] would otherwise mispredict at about one
    /// start in three.
    #[inline(always)]
    pub(super) fn may_start(&self, hay: &[u8], base: usize, candidates: u64) -> u64 {
        may_start_by_prefix(&self.triples, &self.short, hay, base, candidates)
    }

    /// The word starts of `starts` (bit `i` for offset `base + i` of `hay`)
    /// where a pattern that counts may start, judged by their whole word
    /// ([`WordSift`]): a start dropped begins none; one kept may still
    /// begin none. `words_here` and `words_next` have bit `i` set when byte
    /// `base + i` and `base + 64 + i` is an ASCII letter, digit or `_`
    /// (none past the end of `hay`). As in [`Patterns::may_start`], no
    /// branch depends on the answers. Out of line, so that its loop keeps
    /// its values in registers (inlined into the scanner's loop, it spilled
    /// half of them to the stack).
    #[inline(never)]
    pub(super) fn may_start_word(
        &self,
        hay: &[u8],
        base: usize,
        starts: u64,
        words_here: u64,
        words_next: u64,
    ) -> u64 {
        let mut kept = 0;
        let mut rest = starts;
        let next_run = (!words_next).trailing_zeros();
        while rest != 0 {
            let i = rest.trailing_zeros();
            rest &= rest - 1;
            let len = word_len(words_here, next_run, i);
            let may = get(&self.words.bits[..], sift_bit(hay, base + i as usize, len));
            kept |= u64::from(may) << i;
        }
        if let Some(prefixes) = &self.words.prefixes {
            let (triples, short) = &**prefixes;
            kept |= may_start_by_prefix(triples, short, hay, base, starts & !kept);
        }
        kept
    }

    /// The matches of three bytes or less that `slot` holds, then the walk
    /// from its place if some pattern goes on with the fourth byte.
    #[inline(never)]
    fn walk_from_slot(&self, slot: &Slot, hay: &[u8], start: usize, found: &mut Vec<(u32, u32)>) {
        let (from, to) = slot.matches;
        found.extend(
            self.early[from as usize..to as usize]
                .iter()
                .map(|&(pattern, len)| (pattern, start as u32 + len)),
        );
        let goes_on = hay
            .get(start + 3)
            .is_some_and(|&d| slot.fourth & 1 << (d & 63) != 0);
        if goes_on {
            self.trie.walk_on(slot.rest, hay, start + 3, found);
        }
    }

    #[inline(always)]
    fn slot(&self, key: u32) -> Option<&Slot> {
        let mask = self.keys.len() - 1;
        let mut i = slot_index(key, self.keys.len());
        loop {
            match self.keys[i] {
                k if k == key => return Some(&self.slots[i]),
                0 => return None,
                _ => i = (i + 1) & mask,
            }
        }
    }
}

impl WordSift {
    /// The sift of `patterns`, with the table of its words' places in
    /// `trie`; `ends[i]` says how pattern `i` may end inside a longer word.
    fn new(patterns: &[String], ends: &[WordEnd], trie: &Trie) -> WordSift {
        let mut sift = WordSift {
            bits: Box::new([0; WORD_BITS / 64]),
            table: Vec::new(),
            matches: Vec::new(),
            places: Vec::new(),
            prefixes: None,
        };
        let mut words = std::collections::BTreeSet::new();
        for (p, end) in patterns.iter().map(String::as_bytes).zip(ends) {
            let first = p.iter().position(|&b| !is_word_byte(b)).unwrap_or(p.len());
            if first == 0 {
                // Never at a word start; such lexicons are not sifted by word.
                continue;
            }
            words.insert(p[..first].to_vec());
            if first < p.len() {
                continue;
            }
            if end.inflect {
                for ending in [&b"s"[..], b"es"] {
                    words.insert([p, ending].concat());
                }
            }
            if end.prefix {
                let (triples, short) = &mut **sift
                    .prefixes
                    .get_or_insert_with(|| Box::new(([0; TRIPLE_BITS / 64], [0; PAIR_BITS / 64])));
                match *p {
                    [a, b, c, ..] => set(&mut triples[..], triple_bit(a, b, c)),
                    [a, b] => set(&mut short[..], pair(a, b)),
                    [a] => (0..=255).for_each(|b| set(&mut short[..], pair(a, b))),
                    [] => {}
                }
            }
        }
        for word in &words {
            set(&mut sift.bits[..], sift_bit(word, 0, word.len()));
        }
        let short: Vec<&Vec<u8>> = words.iter().filter(|w| w.len() <= 16).collect();
        let size = (short.len() * 2).next_power_of_two().max(16);
        sift.table = vec![WordEntry::default(); size];
        for word in short {
            let first = sift.matches.len();
            let place = trie.descend(word, &mut sift.matches).filter(|rest| {
                let node = trie.nodes[rest.to as usize];
                rest.len > 0 || node.edges.0 < node.edges.1
            });
            let next = match place {
                Some(place) => {
                    sift.places.push(place);
                    sift.places.len()
                }
                None => 0,
            };
            if sift.matches.len().max(next) >= WORD_INDEX_LIMIT {
                sift.table = Vec::new();
                return sift;
            }
            let key = word_of(word);
            let mut i = word_slot(key, size);
            while sift.table[i].low != 0 {
                i = (i + 1) & (size - 1);
            }
            sift.table[i] = WordEntry {
                low: key.0,
                high: key.1,
                matches: (first as u32) << 8 | (sift.matches.len() - first) as u32,
                next: (next as u32) << 8 | key.2 as u32,
            };
        }
        sift
    }

    /// The entry of the word `key`, if the table has it.
    #[inline(always)]
    fn get(&self, key: WordKey) -> Option<&WordEntry> {
        if self.table.is_empty() {
            return None;
        }
        let mask = self.table.len() - 1;
        let mut i = word_slot(key, self.table.len());
        loop {
            let entry = &self.table[i];
            if entry.low == key.0 {
                if entry.high == key.1 && entry.len() == key.2 {
                    return Some(entry);
                }
            } else if entry.low == 0 {
                return None;
            }
            i = (i + 1) & mask;
        }
    }
}

/// The starts of `candidates` (bit `i` for offset `base + i` of `hay`)
/// whose first three bytes are in `triples` ([`triple_bit`]) or whose
/// first two are in `short` ([`pair`]), and those less than three bytes
/// from the end.
#[inline(always)]
fn may_start_by_prefix(
    triples: &TripleBits,
    short: &PairBits,
    hay: &[u8],
    base: usize,
    mut candidates: u64,
) -> u64 {
    let mut kept = 0;
    while candidates != 0 {
        let i = candidates.trailing_zeros();
        candidates &= candidates - 1;
        let at = base + i as usize;
        let may = match hay.get(at..at + 3) {
            Some(&[a, b, c]) => {
                get(&triples[..], triple_bit(a, b, c)) | get(&short[..], pair(a, b))
            }
            _ => true,
        };
        kept |= u64::from(may) << i;
    }
    kept
}

/// The length of the word at bit `i` of `words_here` (a chunk's word bytes,
/// see [`Patterns::may_start_word`]): it runs to the first byte that is
/// not a word byte, on into the next chunk, whose first `next_run` bytes
/// are word bytes, if it reaches the end of this one; so 1 to 128 bytes.
#[inline(always)]
pub(super) fn word_len(words_here: u64, next_run: u32, i: u32) -> usize {
    let here = (!(words_here >> i)).trailing_zeros();
    let on = next_run & 0u32.wrapping_sub(u32::from(here == 64 - i));
    (here + on) as usize
}

/// An ASCII letter, digit or `_`: two of them in a row are never split by
/// a word boundary.
fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// What [`WordSift`]'s table knows a word by: its first 16 bytes as two
/// numbers (zero past its end) and its length, 17 for every longer word.
type WordKey = (u64, u64, usize);

/// The key of the word of `len` bytes (1 to 128) at `at` in `hay` (masks
/// from a table, as in [`sift_bit`]).
#[inline(always)]
fn word_at(hay: &[u8], at: usize, len: usize) -> WordKey {
    let (lo, hi) = match hay.get(at..at + 16) {
        Some(sixteen) => (eight(sixteen), eight(&sixteen[8..])),
        None => {
            let mut padded = [0u8; 16];
            let n = len.min(16);
            padded[..n].copy_from_slice(&hay[at..at + n]);
            (eight(&padded), eight(&padded[8..]))
        }
    };
    let (lo_mask, hi_mask, class) = WORD_MASKS[len & 127];
    (lo & lo_mask, hi & hi_mask, class as usize)
}

/// For each word length up to 127 (128 has the same entry as 0, which
/// never occurs: a word that long is long anyway, and 0 is not a word): the
/// masks of its first 16 bytes and its length class (17 for longer words).
static WORD_MASKS: [(u64, u64, u8); 128] = {
    let mut t = [(0, 0, 0); 128];
    let mut len = 0;
    while len < 128 {
        let n_lo = if len < 8 { len } else { 8 };
        let n_hi = if len < 16 { len - n_lo } else { 8 };
        t[len] = (
            byte_mask(n_lo),
            byte_mask(n_hi),
            if len < 17 { len as u8 } else { 17 },
        );
        len += 1;
    }
    t[0] = t[127];
    t
};

/// The mask of the first `n` (0 to 8) bytes of a number read little-endian.
const fn byte_mask(n: usize) -> u64 {
    if n >= 8 {
        u64::MAX
    } else {
        (1 << (8 * n)) - 1
    }
}

/// The key of `word` (one or more bytes).
fn word_of(word: &[u8]) -> WordKey {
    word_at(word, 0, word.len())
}

/// The bit in [`WordSift::bits`] of the word of `len` bytes (1 to 128) at
/// `at` in `hay`: a hash of its first eight bytes and its length (9 for
/// every longer word). Cheaper than the table's whole key, for it is
/// computed at every word start; what it lets through, the table decides.
#[inline(always)]
fn sift_bit(hay: &[u8], at: usize, len: usize) -> usize {
    let bytes = match hay.get(at..at + 8) {
        Some(bytes) => eight(bytes),
        None => {
            let mut padded = [0u8; 8];
            let n = len.min(8);
            padded[..n].copy_from_slice(&hay[at..at + n]);
            eight(&padded)
        }
    };
    let (mask, class) = SIFT_MASKS[len & 127];
    ((bytes & mask)
        .wrapping_add(class)
        .wrapping_mul(0x9E37_79B9_7F4A_7C15)
        >> (64 - WORD_BITS.trailing_zeros())) as usize
}

/// For each word length up to 127 (128 has the entry of 0, which never
/// occurs): the mask of its first eight bytes and its length class in the
/// sift (9 for longer words), taken from a table because the compiler
/// turned comparisons of the length into branches, mispredicted at about
/// one word in three.
static SIFT_MASKS: [(u64, u64); 128] = {
    let mut t = [(0, 0); 128];
    let mut len = 0;
    while len < 128 {
        t[len] = if len < 8 {
            (byte_mask(len), len as u64)
        } else {
            (u64::MAX, if len == 8 { 8 } else { 9 })
        };
        len += 1;
    }
    t[0] = t[127];
    t
};

/// The first place of a word's key in a [`WordSift`] table of `len` slots.
#[inline(always)]
fn word_slot(key: WordKey, len: usize) -> usize {
    (word_hash(key) >> 24) as usize & (len - 1)
}

#[inline(always)]
fn word_hash((lo, hi, len): WordKey) -> u64 {
    (lo.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ hi.wrapping_add(len as u64).rotate_left(29))
        .wrapping_mul(0xD6E8_FEB8_6659_FD93)
}

impl Trie {
    /// Copies the anchored states of `aut` reachable with the bytes of
    /// `alphabet` (those the patterns use) into a trie.
    fn new<A: Automaton>(aut: &A, alphabet: &[u8]) -> Trie {
        let start = aut
            .start_state(Anchored::Yes)
            .expect("the automaton is built for anchored searches");
        let mut trie = Trie {
            nodes: vec![Node {
                pattern: NONE,
                edges: (0, 0),
            }],
            ..Trie::default()
        };
        // The ways on from a state: (byte, next state).
        let ways = |sid: StateID| {
            alphabet.iter().filter_map(move |&b| {
                let next = aut.next_state(Anchored::Yes, sid, b);
                (!aut.is_dead(next)).then_some((b, next))
            })
        };
        // (state, its node, its depth); every state is met once, for the
        // anchored states of a pattern automaton form a tree.
        let mut stack = vec![(start, 0usize, 0usize)];
        while let Some((sid, node, depth)) = stack.pop() {
            let from = trie.edges.len() as u32;
            for (b, next) in ways(sid) {
                let label = trie.labels.len();
                trie.labels.push(b);
                let (mut sid, mut depth) = (next, depth + 1);
                // Follow states with one way on and no match.
                let mut pattern = ending(aut, sid, depth);
                while pattern.is_none() {
                    let mut on = ways(sid);
                    let (Some((c, next)), None) = (on.next(), on.next()) else {
                        break;
                    };
                    trie.labels.push(c);
                    (sid, depth) = (next, depth + 1);
                    pattern = ending(aut, sid, depth);
                }
                let to = trie.nodes.len();
                trie.nodes.push(Node {
                    pattern: pattern.unwrap_or(NONE),
                    edges: (0, 0),
                });
                trie.edges.push(Edge {
                    first: b,
                    label: label as u32,
                    len: (trie.labels.len() - label) as u32,
                    to: to as u32,
                });
                stack.push((sid, to, depth));
            }
            trie.nodes[node].edges = (from, trie.edges.len() as u32);
        }
        trie.labels.extend([0; 8]);
        trie
    }

    /// Follows `bytes` from the start: the rest of the edge they end in,
    /// with the matches on the way pushed as `(pattern, length)`; `None`
    /// when no pattern starts with them.
    fn descend(&self, bytes: &[u8], found: &mut Vec<(u32, u32)>) -> Option<Edge> {
        let (mut node, mut i) = (0, 0);
        loop {
            let Some(&b) = bytes.get(i) else {
                return Some(Edge {
                    to: node as u32,
                    ..Edge::default()
                });
            };
            let edge = self.edge(self.nodes[node], b)?;
            let n = (edge.len as usize).min(bytes.len() - i);
            let label = &self.labels[edge.label as usize..][..n];
            if label != &bytes[i..i + n] {
                return None;
            }
            if n < edge.len as usize {
                return Some(Edge {
                    first: self.labels[edge.label as usize + n],
                    label: edge.label + n as u32,
                    len: edge.len - n as u32,
                    to: edge.to,
                });
            }
            i += n;
            node = edge.to as usize;
            if self.nodes[node].pattern != NONE {
                found.push((self.nodes[node].pattern, i as u32));
            }
        }
    }

    /// Walks `hay` from `start` from the trie's start.
    #[inline(never)]
    fn walk_from_start(&self, hay: &[u8], start: usize, found: &mut Vec<(u32, u32)>) {
        self.walk(Edge::default(), hay, start, found);
    }

    /// Walks `hay` from `at` on from `place`, a place that a descent
    /// ([`Trie::descend`]) reached with the matches on the way already
    /// found: the rest of an edge, or a node when the rest is empty (whose
    /// pattern, if any, is not found again).
    #[inline(always)]
    fn walk_on(&self, place: Edge, hay: &[u8], at: usize, found: &mut Vec<(u32, u32)>) {
        if place.len > 0 {
            return self.walk(place, hay, at, found);
        }
        let Some(edge) = hay
            .get(at)
            .and_then(|&b| self.edge(self.nodes[place.to as usize], b))
        else {
            return;
        };
        self.walk(edge, hay, at, found);
    }

    /// Walks `hay` from `at`, first along `edge` (whose label must come
    /// next), pushing `(pattern, end)` for every pattern that ends on the
    /// way, until the text leaves the trie.
    #[inline(always)]
    fn walk(&self, mut edge: Edge, hay: &[u8], mut at: usize, found: &mut Vec<(u32, u32)>) {
        loop {
            if !self.label_matches(edge, hay, at) {
                return;
            }
            at += edge.len as usize;
            let node = self.nodes[edge.to as usize];
            if node.pattern != NONE {
                found.push((node.pattern, at as u32));
            }
            let Some(&b) = hay.get(at) else {
                return;
            };
            match self.edge(node, b) {
                Some(next) => edge = next,
                None => return,
            }
        }
    }

    /// The edge out of `node` whose label starts with `b`.
    #[inline(always)]
    fn edge(&self, node: Node, b: u8) -> Option<Edge> {
        let (from, to) = node.edges;
        self.edges[from as usize..to as usize]
            .iter()
            .find(|e| e.first == b)
            .copied()
    }

    /// Whether `hay` holds the label of `edge` at `at`: eight bytes at a
    /// time, the last few under a mask.
    #[inline(always)]
    fn label_matches(&self, edge: Edge, hay: &[u8], at: usize) -> bool {
        let len = edge.len as usize;
        let Some(text) = hay.get(at..at + len) else {
            return false;
        };
        let label = &self.labels[edge.label as usize..];
        let mut i = 0;
        while i + 8 <= len {
            if eight(&label[i..]) != eight(&text[i..]) {
                return false;
            }
            i += 8;
        }
        if i == len {
            return true;
        }
        // The label's last bytes, under a mask; the text is read eight
        // bytes at a time where it has them.
        let tail = match hay.get(at + i..at + i + 8) {
            Some(eight_bytes) => eight(eight_bytes),
            None => {
                let mut padded = [0u8; 8];
                padded[..len - i].copy_from_slice(&text[i..]);
                u64::from_le_bytes(padded)
            }
        };
        let mask = u64::MAX >> (64 - 8 * (len - i));
        (eight(&label[i..]) ^ tail) & mask == 0
    }
}

/// The first eight bytes of `bytes` as a number.
#[inline(always)]
fn eight(bytes: &[u8]) -> u64 {
    u64::from_le_bytes(bytes[..8].try_into().expect("eight bytes"))
}

/// The pattern `aut` reports at `sid` that is `len` bytes long, if any (a
/// match state may also carry patterns that are suffixes of the path).
fn ending<A: Automaton>(aut: &A, sid: StateID, len: usize) -> Option<u32> {
    if !aut.is_match(sid) {
        return None;
    }
    (0..aut.match_len(sid))
        .map(|i| aut.match_pattern(sid, i))
        .find(|&pid| aut.pattern_len(pid) == len)
        .map(|pid| pid.as_u32())
}

#[inline(always)]
fn key(a: u8, b: u8, c: u8) -> u32 {
    u32::from(a) | u32::from(b) << 8 | u32::from(c) << 16 | 1 << 24
}

#[inline(always)]
fn slot_index(key: u32, len: usize) -> usize {
    (key.wrapping_mul(0x9E37_79B1) >> 8) as usize & (len - 1)
}

/// Bits in [`Patterns::short`]: one per pair of bytes.
const PAIR_BITS: usize = 1 << 16;

/// Bits in [`Patterns::triples`].
const TRIPLE_BITS: usize = 1 << 15;

/// Bits in [`WordSift::bits`]: a few hundred words set in 65,536, so about
/// one word in a hundred that begins no pattern is kept.
const WORD_BITS: usize = 1 << 16;

/// The bit of three bytes in [`Patterns::triples`].
#[inline(always)]
fn triple_bit(a: u8, b: u8, c: u8) -> usize {
    (key(a, b, c).wrapping_mul(0x9E37_79B1) >> 17) as usize
}

#[inline(always)]
fn pair(a: u8, b: u8) -> usize {
    usize::from(a) << 8 | usize::from(b)
}

fn set(bits: &mut [u64], i: usize) {
    bits[i / 64] |= 1 << (i % 64);
}

#[inline(always)]
fn get(bits: &[u64], i: usize) -> bool {
    bits[i / 64] & (1 << (i % 64)) != 0
}
