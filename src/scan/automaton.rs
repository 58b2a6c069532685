//! The lexicon's patterns as one automaton, and the question the scanner
//! asks it: which patterns match at this position?
//!
//! The automaton is the `aho-corasick` crate's DFA of the patterns (its
//! contiguous NFA for very large lexicons), built for anchored searches
//! only: a match must start on a word boundary, so the scanner tries each
//! candidate start on its own and no failure transitions are needed. A walk
//! from a start follows the text until no pattern continues it, typically
//! after a few bytes.
//!
//! Most of a walk's cost used to be its first bytes, and most walks went no
//! further: about two in three word starts in job ads do not begin any
//! pattern's first three bytes. So the states reached after the first three
//! bytes of every pattern are computed once, with the matches met on the
//! way, into a small hash table keyed by those three bytes. A position whose
//! next three bytes are not in the table is decided without touching the
//! automaton (unless a pattern of one or two bytes starts there, which a bit
//! set says), and one that is resumes the walk at the fourth byte, if some
//! pattern goes on with that byte (a 64-bit set per entry says).

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::{dfa, nfa, Anchored, MatchKind, StartKind};

use crate::error::{Error, ErrorKind, Result};

/// Patterns of at most this many bytes in all get a DFA (its transition
/// table is about 256 bytes per state, so ~0.5 MB for the built-in
/// lexicon); larger lexicons get the contiguous NFA, slower but much smaller.
pub(super) const DFA_LIMIT: usize = 200_000;

/// The patterns' automaton with the table of its states after three bytes.
#[derive(Debug, Clone)]
pub(super) struct Patterns {
    automaton: Kind,
    /// Open-addressing hash table of the first three bytes of every pattern
    /// of three bytes or more; a power of two in size, at most half full.
    slots: Vec<Slot>,
    /// `(pattern, length)` of the matches of one, two or three bytes met on
    /// the way to a slot's state, `Slot::matches` indexes into it.
    early: Vec<(u32, u32)>,
    /// Bit `first << 8 | second` is set when a pattern of one or two bytes
    /// may start with those bytes (a one-byte pattern sets all 256).
    short: Vec<u64>,
}

#[derive(Debug, Clone)]
enum Kind {
    Dfa(dfa::DFA),
    Nfa(nfa::contiguous::NFA),
}

#[derive(Debug, Clone, Copy, Default)]
struct Slot {
    /// The three bytes plus 1 << 24; 0 for an empty slot.
    key: u32,
    /// The automaton's state after the three bytes.
    state: StateID,
    /// `early[matches.0..matches.1]`: the matches within the three bytes.
    matches: (u32, u32),
    /// Bit `b & 63` is set for every fourth byte `b` that some longer
    /// pattern has after these three: a walk is needed only then.
    fourth: u64,
}

impl Patterns {
    /// Compiles `patterns` (non-empty strings), with a DFA when their total
    /// length is at most `dfa_limit` bytes.
    pub(super) fn new(patterns: &[String], dfa_limit: usize) -> Result<Patterns> {
        let total: usize = patterns.iter().map(String::len).sum();
        let built = if total <= dfa_limit {
            dfa::Builder::new()
                .match_kind(MatchKind::LeftmostLongest)
                .start_kind(StartKind::Anchored)
                .build(patterns)
                .map(Kind::Dfa)
        } else {
            nfa::contiguous::Builder::new()
                .match_kind(MatchKind::LeftmostLongest)
                .build(patterns)
                .map(Kind::Nfa)
        };
        let automaton = built.map_err(|e| Error::from(ErrorKind::Automaton(e.to_string())))?;
        let mut out = Patterns {
            automaton,
            slots: Vec::new(),
            early: Vec::new(),
            short: vec![0; 1 << 10],
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
        out.slots = vec![Slot::default(); (fourths.len() * 2).next_power_of_two().max(16)];
        for (t, fourth) in fourths {
            let mut found = Vec::new();
            let state = match &out.automaton {
                Kind::Dfa(a) => walk(a, start_state(a), &t, 0, &mut found),
                Kind::Nfa(a) => walk(a, start_state(a), &t, 0, &mut found),
            };
            let state = state.expect("the first three bytes of a pattern lead somewhere");
            let from = out.early.len() as u32;
            out.early.extend(found);
            let slot = Slot {
                key: key(t[0], t[1], t[2]),
                state,
                matches: (from, out.early.len() as u32),
                fourth,
            };
            let mut i = slot_index(slot.key, out.slots.len());
            while out.slots[i].key != 0 {
                i = (i + 1) & (out.slots.len() - 1);
            }
            out.slots[i] = slot;
        }
        for p in patterns.iter().map(String::as_bytes) {
            match *p {
                [a, b] => set(&mut out.short, pair(a, b)),
                [a] => (0..=255).for_each(|b| set(&mut out.short, pair(a, b))),
                _ => {}
            }
        }
        Ok(out)
    }

    /// Pushes `(pattern, end)` for every pattern that matches `hay` at
    /// `start`, shortest first, onto `found` (which is cleared first).
    #[inline]
    pub(super) fn matches_at(&self, hay: &[u8], start: usize, found: &mut Vec<(u32, u32)>) {
        found.clear();
        let rest = &hay[start..];
        if let [a, b, c, ..] = *rest {
            if let Some(slot) = self.slot(key(a, b, c)) {
                let (from, to) = slot.matches;
                found.extend(
                    self.early[from as usize..to as usize]
                        .iter()
                        .map(|&(pattern, len)| (pattern, start as u32 + len)),
                );
                let goes_on = rest
                    .get(3)
                    .is_some_and(|&d| slot.fourth & 1 << (d & 63) != 0);
                if goes_on {
                    match &self.automaton {
                        Kind::Dfa(a) => walk(a, slot.state, rest, 3, found),
                        Kind::Nfa(a) => walk(a, slot.state, rest, 3, found),
                    };
                    shift(found, to - from, start);
                }
                return;
            }
            if !get(&self.short, pair(a, b)) {
                return;
            }
        }
        match &self.automaton {
            Kind::Dfa(a) => walk(a, start_state(a), rest, 0, found),
            Kind::Nfa(a) => walk(a, start_state(a), rest, 0, found),
        };
        shift(found, 0, start);
    }

    #[inline(always)]
    fn slot(&self, key: u32) -> Option<&Slot> {
        let mask = self.slots.len() - 1;
        let mut i = slot_index(key, self.slots.len());
        loop {
            let slot = &self.slots[i];
            if slot.key == key {
                return Some(slot);
            }
            if slot.key == 0 {
                return None;
            }
            i = (i + 1) & mask;
        }
    }
}

/// Walks `aut` from `state`, which was reached after `text[..from]`, over
/// the rest of `text`, pushing `(pattern, length)` for every pattern that
/// ends on the way. Returns the state reached at the end of `text` if the
/// walk did not die first.
#[inline(always)]
fn walk<A: Automaton>(
    aut: &A,
    mut sid: StateID,
    text: &[u8],
    from: usize,
    found: &mut Vec<(u32, u32)>,
) -> Option<StateID> {
    for (len, &byte) in text.iter().enumerate().skip(from).map(|(i, b)| (i + 1, b)) {
        sid = aut.next_state(Anchored::Yes, sid, byte);
        if aut.is_special(sid) {
            if aut.is_dead(sid) {
                return None;
            }
            if aut.is_match(sid) {
                // A match state may also carry patterns that are suffixes of
                // the text walked; keep the one that starts at the start.
                if let Some(pid) = (0..aut.match_len(sid))
                    .map(|i| aut.match_pattern(sid, i))
                    .find(|&pid| aut.pattern_len(pid) == len)
                {
                    found.push((pid.as_u32(), len as u32));
                }
            }
        }
    }
    Some(sid)
}

/// The start state of anchored searches.
#[inline(always)]
fn start_state<A: Automaton>(aut: &A) -> StateID {
    aut.start_state(Anchored::Yes)
        .expect("the automaton is built for anchored searches")
}

/// Turns the lengths pushed by [`walk`] after the first `skip` entries into
/// end offsets (the first `skip` are already ends).
#[inline(always)]
fn shift(found: &mut [(u32, u32)], skip: u32, start: usize) {
    for m in &mut found[skip as usize..] {
        m.1 += start as u32;
    }
}

#[inline(always)]
fn key(a: u8, b: u8, c: u8) -> u32 {
    u32::from(a) | u32::from(b) << 8 | u32::from(c) << 16 | 1 << 24
}

#[inline(always)]
fn slot_index(key: u32, len: usize) -> usize {
    (key.wrapping_mul(0x9E37_79B1) >> 8) as usize & (len - 1)
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
