//! Normalization: NFKC, separator and quote folding, and case folding.
//!
//! [`normalize_into`] turns raw text into a [`Normalized`] pair of strings
//! with identical byte offsets:
//!
//! * `text` keeps letter case. It is the NFKC form of the input with every run
//!   of separators (whitespace, line breaks, hyphens and dashes, slashes)
//!   collapsed to one ASCII space, curly quotes folded to `'` and `"`, and
//!   invisible characters (soft hyphen, zero-width spaces, BOM) removed.
//!   Case-sensitive lexicon entries are checked against it.
//! * `folded` is `text` lower-cased character by character. The automaton
//!   runs over it.
//!
//! Keeping the offsets identical means a match found in `folded` can be
//! checked against `text` without a position map. The price is that a
//! character whose lower-case form has a different UTF-8 length is left as it
//! is: `İ` (U+0130, whose lower case is `i` plus a combining dot) and `ẞ`
//! (U+1E9E) stay upper case. Both are rare in job ads and neither occurs in
//! the built-in lexicon. Full case folding (`ß` → `ss`) is not applied either,
//! for the same reason.
//!
//! # The one-pass fast path
//!
//! [`normalize_counting`] does the whole job for nearly every posting in one
//! pass over the input bytes, and counts the UAX #29 words of the result on
//! the way (the few others take it twice, see the exact path below):
//!
//! * ASCII bytes go 64 at a time, as bit masks of their classes (see
//!   [`super::block`]): separators become spaces, those that follow another
//!   separator (or come before any output) are dropped, and the rest of the
//!   block is copied to `text` and, lower-cased, to `folded`. A space that
//!   ends the ASCII bytes is left pending: the next kept character writes
//!   it. Output is written by index into buffers a block longer than the
//!   input, which is enough: nothing on this path makes the output longer
//!   than the input it came from.
//! * At a non-ASCII byte the pass takes the characters up to the next
//!   ASCII byte (ASCII bytes always start a character). A character of the
//!   table of common ones (see `super::chars`: every two-byte character
//!   and the three-byte ones of a few pages) is written from its entry,
//!   which holds what the steps below would make of it; only starters that
//!   the NFKC quick check accepts, and characters of the context-free table
//!   below, have entries. The runs of other characters between them are
//!   quick-checked for NFKC alone. Checking runs one by one answers the
//!   same as checking the whole text: the quick check resets its state at
//!   every ASCII character (an ASCII character has combining class 0 and
//!   is NFKC quick-check Yes), and at every other starter that is Yes, so a
//!   run is checked exactly as it would be inside the whole text, and the
//!   whole text is Yes exactly when every run and every table character
//!   is. A Yes text is its own NFKC, so each character is then classified
//!   and folded on its own, as the exact definition does.
//! * A run that is not Yes is cut at characters of a small table (Unicode
//!   spaces, the non-breaking hyphen, `…`, `™`, ligatures, full-width ASCII;
//!   see `context_free_nfkc`) whose NFKC is the same wherever they stand:
//!   their expansion is made of starters that never compose with the
//!   character before them, and its last character cannot reorder or
//!   compose with what follows unless that is a character the quick check
//!   rejects (any character that can be the second of a composition is
//!   quick-check Maybe). So NFKC of the run is the expansions plus the
//!   pieces between them, provided each piece is quick-check Yes. Anything
//!   else (a combining accent after a letter, a compatibility character not
//!   in the table) sends the whole posting to the exact path: NFKC is
//!   applied to the space-separated pieces that need it, and the pass runs
//!   again over the result with the quick checks off (its input is NFKC,
//!   so each character is its own NFKC, and it holds none of the
//!   context-free table's characters, which are not).
//! * Words: the ASCII bytes of the input go to an [`AsciiWordCounter`], a
//!   block of masks at a time (separators have no word flags, so a run of
//!   them counts as the one space the output holds). A kept non-ASCII
//!   character goes in as the ASCII byte that stands for it exactly in
//!   UAX #29 (`a` for `é` or `д`, `!` for `•`; see
//!   `super::words::stand_in`), or, when there is none, as a neutral byte,
//!   and its output offset is noted. Spaces break words on both sides, so
//!   the counter's count is the sum over space-separated pieces; after the
//!   pass, each piece holding a noted character has its counter share
//!   replaced by its `unicode_words()` count (see
//!   `super::words::count_dirty_pieces`).
//!
//! The pass writes only whole characters at its output offset, so its two
//! outputs become strings without a second UTF-8 check: they are written
//! through [`crate::simd::utf8::View`], whose writes keep them UTF-8.
//!
//! The exact definition stays `push_chars(input.nfkc(), ..)` (in the tests:
//! each character classified and folded into growing strings) followed by
//! `unicode_words().count()`; property tests compare the pass with it.

use unicode_normalization::{is_nfkc_quick, IsNormalized, UnicodeNormalization};

use super::block::BLOCK;
use super::chars::{CharTable, Entry, Kind};
use super::words::{count_dirty_pieces, stand_in, AsciiWordCounter};
use crate::simd::utf8::{Out, View};
use crate::simd::{Engine, Engines, Kernel};

/// A normalized text: case-preserved and folded forms with equal byte offsets.
#[derive(Debug, Default, Clone)]
pub struct Normalized {
    /// NFKC text with separators collapsed and quotes folded; case kept.
    pub text: String,
    /// `text` with each character lower-cased where that keeps its length.
    pub folded: String,
    /// Scratch for the one-pass path: output offsets of non-ASCII characters.
    dirty: Vec<usize>,
    /// Scratch for the exact path: the NFKC form of the input.
    nfkc: String,
}

impl PartialEq for Normalized {
    fn eq(&self, other: &Normalized) -> bool {
        self.text == other.text && self.folded == other.folded
    }
}

impl Eq for Normalized {}

impl Normalized {
    /// Normalizes `input` into a new value.
    pub fn new(input: &str) -> Normalized {
        let mut out = Normalized::default();
        normalize_into(input, &mut out);
        out
    }
}

/// What a character becomes before it is appended.
pub(super) enum Class {
    /// Part of a separator run: collapses to one space between words.
    Separator,
    /// Dropped entirely (invisible formatting characters).
    Drop,
    /// Kept, possibly replaced (curly quotes become straight ones).
    Keep(char),
}

pub(super) fn classify(c: char) -> Class {
    match c {
        '-' | '/' => Class::Separator,
        // Hyphens, dashes and the minus sign.
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{2043}' | '\u{FE58}' => Class::Separator,
        // Fraction and division slashes.
        '\u{2044}' | '\u{2215}' => Class::Separator,
        '\u{00AD}' | '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' => Class::Drop,
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' => Class::Keep('\''),
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}'
        | '\u{00BB}' => Class::Keep('"'),
        c if c.is_whitespace() => Class::Separator,
        c => Class::Keep(c),
    }
}

/// The NFKC form of a character that is not NFKC itself but whose NFKC
/// does not depend on its neighbours (see the module docs).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Expansion {
    Char(char),
    Str(&'static str),
}

/// The context-free NFKC expansion of `c`, for the characters of the fast
/// path's table; `None` for every other character. Every expansion is made
/// of characters that are NFKC, have combining class 0 and are never the
/// second character of a composition (a test checks each one), and none is
/// longer in UTF-8 than the character it replaces.
pub(super) fn context_free_nfkc(c: char) -> Option<Expansion> {
    Some(match c {
        // No-break space, the fixed-width spaces, narrow no-break space,
        // medium mathematical space, ideographic space.
        '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => {
            Expansion::Char(' ')
        }
        // Non-breaking hyphen.
        '\u{2011}' => Expansion::Char('\u{2010}'),
        // Small em dash.
        '\u{FE58}' => Expansion::Char('\u{2014}'),
        // One and two dot leaders, ellipsis.
        '\u{2024}' => Expansion::Char('.'),
        '\u{2025}' => Expansion::Str(".."),
        '\u{2026}' => Expansion::Str("..."),
        '\u{2122}' => Expansion::Str("TM"),
        // Latin ligatures.
        '\u{FB00}' => Expansion::Str("ff"),
        '\u{FB01}' => Expansion::Str("fi"),
        '\u{FB02}' => Expansion::Str("fl"),
        '\u{FB03}' => Expansion::Str("ffi"),
        '\u{FB04}' => Expansion::Str("ffl"),
        // Full-width ASCII: `！` to `～` are `!` to `~` shifted by 0xFEE0.
        '\u{FF01}'..='\u{FF5E}' => {
            Expansion::Char(char::from(u8::try_from(u32::from(c) - 0xFEE0).ok()?))
        }
        _ => return None,
    })
}

/// Normalizes `input` into `out`, reusing its buffers.
///
/// Leading and trailing separators are dropped; every inner run of
/// separators becomes a single space.
pub fn normalize_into(input: &str, out: &mut Normalized) {
    normalize_counting(input, out);
}

/// [`normalize_into`], which also returns the UAX #29 word count of the
/// result (`out.folded.unicode_words().count()`), unless a piece of the
/// output starts with a character that attaches to the space before it
/// (see the module docs). `None` means the count is still to be made
/// (`WordBounds::segment` does it).
pub fn normalize_counting(input: &str, out: &mut Normalized) -> Option<usize> {
    normalize_with(Engines::get(), input, out)
}

/// [`normalize_counting`] with the block loop of `engines` (the tests run
/// every engine the processor has).
fn normalize_with(engines: Engines, input: &str, out: &mut Normalized) -> Option<usize> {
    let mut pass = Pass {
        engines,
        table: CharTable::get(),
        nfkc: false,
        out: Out::from_strings(
            std::mem::take(&mut out.text),
            std::mem::take(&mut out.folded),
        ),
        dirty: std::mem::take(&mut out.dirty),
        state: State::default(),
    };
    if !pass.run(input) {
        // The exact path: the pass again, over the NFKC form of the input,
        // with the quick checks off.
        let mut nfkc = std::mem::take(&mut out.nfkc);
        nfkc_by_pieces(input, &mut nfkc);
        (pass.nfkc, pass.state) = (true, State::default());
        let done = pass.run(&nfkc);
        debug_assert!(done, "an NFKC text takes the pass");
        out.nfkc = nfkc;
    }
    let Pass {
        out: buffers,
        mut dirty,
        state: State { words, .. },
        ..
    } = pass;
    (out.text, out.folded) = buffers.into_strings();
    let count = count_dirty_pieces(&out.folded, words.finish(), &dirty);
    dirty.clear();
    out.dirty = dirty;
    count
}

/// The NFKC form of `input` into `out`: only the space-separated pieces
/// that need it go through NFKC. No composition has a space as its second
/// character, so normalizing the pieces one by one gives the same text as
/// normalizing the whole (a property test checks it).
fn nfkc_by_pieces(input: &str, out: &mut String) {
    out.clear();
    let mut start = 0;
    while start < input.len() {
        // A space byte is always a whole character, so `end` is a char
        // boundary.
        let end = input.as_bytes()[start + 1..]
            .iter()
            .position(|&b| b == b' ')
            .map_or(input.len(), |p| start + 1 + p);
        let piece = &input[start..end];
        if piece.is_ascii() || is_nfkc_quick(piece.chars()) == IsNormalized::Yes {
            out.push_str(piece);
        } else {
            out.extend(piece.nfkc());
        }
        start = end;
    }
}

/// Separators among ASCII bytes (see [`is_ascii_separator`]).
static ASCII_SEPARATORS: [bool; 128] = {
    let mut t = [false; 128];
    let mut b = 0;
    while b < 128 {
        t[b] = matches!(b as u8, b'-' | b'/' | b'\t'..=b'\r' | b' ');
        b += 1;
    }
    t
};

/// Whether an ASCII byte is a separator: whitespace, hyphen or slash (the
/// same answer `classify` gives for it).
#[inline]
fn is_ascii_separator(b: u8) -> bool {
    ASCII_SEPARATORS[usize::from(b & 0x7F)]
}

/// The state of the one-pass path.
struct Pass {
    /// The block loop to run.
    engines: Engines,
    /// The entries of common non-ASCII characters.
    table: &'static CharTable,
    /// Whether the input is known to be NFKC (the exact path's second
    /// pass): no quick checks, and no character needs the exact path.
    nfkc: bool,
    /// The output buffers.
    out: Out,
    /// Output offsets of the non-ASCII characters written.
    dirty: Vec<usize>,
    state: State,
}

/// Where the pass is in its output (besides the bytes written, which
/// [`Out`] keeps), and its word count.
#[derive(Debug, Clone, Copy, Default)]
struct State {
    /// Whether a separator run is open after some output: the next kept
    /// character is preceded by a space.
    pending: bool,
    words: AsciiWordCounter,
}

impl Pass {
    /// Normalizes `input` into the buffers. Returns false, having written
    /// part of it, when a character needs the exact path.
    ///
    /// The output never gets ahead of the input: at input offset `i`,
    /// `k + pending <= i` (a pending space stands for a separator already
    /// read and not written), which keeps every write in bounds.
    fn run(&mut self, input: &str) -> bool {
        let bytes = input.as_bytes();
        let n = bytes.len();
        // Room for a whole block past the input's length: the block path
        // copies 64 bytes at a time. The buffers are not cleared first:
        // every byte of the output is written before it is kept, and
        // zero-filling them again for every posting cost as much as
        // writing them.
        self.out.begin(n);
        self.dirty.clear();
        let mut i = 0;
        loop {
            i = ascii_stretch(
                self.engines,
                self.table,
                bytes,
                i,
                &mut self.out,
                &mut self.state,
                &mut self.dirty,
            );
            if i == n {
                return true;
            }
            match self.push_non_ascii(input, i) {
                Some(end) => i = end,
                None => return false,
            }
        }
    }

    /// Appends the non-ASCII characters from `i` (a non-ASCII byte) to the
    /// next ASCII byte, whose offset it returns (or the length); `None`
    /// when they need the exact path. Characters of the table
    /// ([`CharTable`]) are written from their entries; the runs of other
    /// characters between them go to [`Pass::push_run`].
    #[inline]
    fn push_non_ascii(&mut self, input: &str, mut i: usize) -> Option<usize> {
        let bytes = input.as_bytes();
        // Where the characters not yet written start.
        let mut from = i;
        while i < bytes.len() && !bytes[i].is_ascii() {
            let (entry, len) = self.table.lookup(bytes, i);
            if entry.kind() != Kind::Slow {
                if from < i && !self.push_run(&input[from..i]) {
                    return None;
                }
                self.push_entry(entry);
                from = i + len;
            }
            i += len;
        }
        if from < i && !self.push_run(&input[from..i]) {
            return None;
        }
        Some(i)
    }

    /// Appends one character of the table (see [`push_entry`]).
    #[inline(always)]
    fn push_entry(&mut self, entry: Entry) {
        push_entry(
            entry,
            &mut self.out.view(),
            &mut self.state.pending,
            &mut self.state.words,
            &mut self.dirty,
        );
    }

    /// Appends a run of non-ASCII characters, or returns false when it
    /// needs the exact path (see the module docs).
    #[inline(never)]
    fn push_run(&mut self, run: &str) -> bool {
        if self.nfkc || is_nfkc_quick(run.chars()) == IsNormalized::Yes {
            run.chars().for_each(|c| self.push_char(c));
            return true;
        }
        let mut from = 0;
        for (j, c) in run.char_indices() {
            let Some(expansion) = context_free_nfkc(c) else {
                continue;
            };
            if !self.push_nfkc_piece(&run[from..j]) {
                return false;
            }
            match expansion {
                Expansion::Char(e) => self.push_char(e),
                Expansion::Str(s) => s.chars().for_each(|e| self.push_char(e)),
            }
            from = j + c.len_utf8();
        }
        self.push_nfkc_piece(&run[from..])
    }

    /// Appends `piece` if the quick check says it is NFKC.
    fn push_nfkc_piece(&mut self, piece: &str) -> bool {
        if piece.is_empty() {
            return true;
        }
        if is_nfkc_quick(piece.chars()) != IsNormalized::Yes {
            return false;
        }
        piece.chars().for_each(|c| self.push_char(c));
        true
    }

    /// Appends one NFKC character as the exact definition does (classified,
    /// then folded), and feeds the word counter.
    fn push_char(&mut self, c: char) {
        match classify(c) {
            Class::Separator => {
                self.state.words.push(b' ');
                self.state.pending = self.out.k() != 0;
            }
            Class::Drop => {}
            Class::Keep(c) => {
                let mut view = self.out.view();
                view.space(self.state.pending);
                self.state.pending = false;
                if c.is_ascii() {
                    let b = c as u8;
                    self.state.words.push(b);
                    view.ascii(b, true);
                } else {
                    let folded = fold_char(c);
                    match stand_in(folded) {
                        Some(b) => self.state.words.push(b),
                        None => {
                            self.state.words.push_neutral();
                            self.dirty.push(view.k());
                        }
                    }
                    view.char(c, folded);
                }
            }
        }
    }
}

/// Normalizes `bytes` from `i` on, up to the first character that
/// [`CharTable`] does not have, whose offset it returns (or the length).
///
/// ASCII bytes go 64 at a time (see [`super::block`]), up to the first
/// non-ASCII byte of the block. Separators become spaces
/// ([`super::block::spaced`]) and every separator right after another one, or
/// before any output, is dropped, so that a run of them leaves one space;
/// the engine writes the kept bytes packed. If the block ends in a
/// separator, its space is taken back and left pending: more separators
/// may follow, or the end of the text. Words are counted from the masks
/// ([`AsciiWordCounter::push_block`]), or byte by byte in a block holding
/// `_`. A non-ASCII character that the table has is written from its entry
/// ([`push_entry`]) without leaving the loop: nothing before it is left to
/// write, so it stands alone as it would in [`Pass::push_non_ascii`].
///
/// The loop is compiled once per engine (see [`crate::simd`]) and runs
/// with the one chosen for the process.
#[inline(never)]
#[allow(clippy::too_many_arguments)]
fn ascii_stretch(
    engines: Engines,
    table: &CharTable,
    bytes: &[u8],
    i: usize,
    out: &mut Out,
    state: &mut State,
    dirty: &mut Vec<usize>,
) -> usize {
    engines.run(Stretch {
        table,
        bytes,
        i,
        out,
        state,
        dirty,
    })
}

/// The arguments of [`ascii_stretch`], as the [`Kernel`] that runs
/// [`stretch`] with an engine.
struct Stretch<'a> {
    table: &'a CharTable,
    bytes: &'a [u8],
    i: usize,
    out: &'a mut Out,
    state: &'a mut State,
    dirty: &'a mut Vec<usize>,
}

impl Kernel for Stretch<'_> {
    type Output = usize;

    #[inline(always)]
    fn run<E: Engine>(self, engine: E) -> usize {
        stretch(engine, self)
    }
}

/// The block loop of [`ascii_stretch`] for one engine.
///
/// The state is copied into locals and the buffers are written through a
/// [`View`] held by value, so the loop keeps everything in registers: with
/// the buffers inside `Pass`, every byte stored could have aliased its
/// fields, which were then reloaded after each store.
#[inline(always)]
fn stretch<E: Engine>(engine: E, args: Stretch<'_>) -> usize {
    let Stretch {
        table,
        bytes,
        mut i,
        out,
        state,
        dirty,
    } = args;
    let State {
        mut pending,
        mut words,
    } = *state;
    let mut view = out.view();
    while i < bytes.len() {
        let (block, masks) = engine.load(bytes, i);
        // Bytes past the end of the input count as non-ASCII.
        let past_end = u64::MAX.checked_shl((bytes.len() - i) as u32).unwrap_or(0);
        let len = (masks.non_ascii | past_end).trailing_zeros() as usize;
        if len == 0 {
            // A non-ASCII character: taken here if the table has it.
            let (entry, n) = table.lookup(bytes, i);
            if entry.kind() == Kind::Slow {
                break;
            }
            push_entry(entry, &mut view, &mut pending, &mut words, dirty);
            i += n;
            continue;
        }
        let ascii = &bytes[i..i + len];
        i += len;
        let valid = u64::MAX >> (BLOCK - len);
        if masks.underscore & valid != 0 {
            for &b in ascii {
                push_ascii(b, &mut view, &mut pending, &mut words);
            }
            continue;
        }
        words.push_block(&masks, ascii, len);
        // A separator is dropped after a pending space (written now) or
        // before any output.
        let after_separator = pending | (view.k() == 0);
        let separators = masks.separator & valid;
        let dropped = separators & (separators << 1 | u64::from(after_separator));
        let kept = valid & !dropped;
        // The pending space, then the kept bytes (the buffers have a
        // block's room past the input's length). A space at the end is
        // taken back and stays pending, unless nothing came before it.
        let ends_in_separator = separators >> (len - 1) & 1 == 1;
        pending = view.block(engine, &block, &masks, pending, kept, |k| {
            ends_in_separator && k > 0
        });
    }
    *state = State { pending, words };
    i
}

/// Appends one character of the table: what [`Pass::push_char`] would do
/// with it (or with its context-free expansion), with the pass's state
/// passed as [`ascii_stretch`] holds it.
#[inline(always)]
fn push_entry(
    entry: Entry,
    view: &mut View<'_>,
    pending: &mut bool,
    words: &mut AsciiWordCounter,
    dirty: &mut Vec<usize>,
) {
    match entry.kind() {
        Kind::Separator => {
            words.push(b' ');
            *pending = view.k() != 0;
        }
        Kind::Slow | Kind::Drop => {}
        kind => {
            // The pending space is written, and kept if pending; then the
            // entry's bytes, four at a time (the output is never ahead of
            // the input, and the buffers have a block's room past its end).
            view.space(*pending);
            *pending = false;
            let k = view.k();
            view.packed(entry.packed());
            if kind == Kind::Ascii {
                for &b in &entry.folded()[..entry.len()] {
                    words.push(b);
                }
            } else if entry.stand_in() != 0 {
                words.push(entry.stand_in());
            } else {
                words.push_neutral();
                dirty.push(k);
            }
        }
    }
}

/// One ASCII byte of the block path's byte-at-a-time fallback: the same
/// output and state as the block path would give.
#[inline(always)]
fn push_ascii(b: u8, view: &mut View<'_>, pending: &mut bool, words: &mut AsciiWordCounter) {
    // Separators have no word flags: a run of them counts as the one space
    // written for it.
    words.push(b);
    let sep = is_ascii_separator(b);
    // The space and the byte are written unconditionally and kept by moving
    // the offset, so nothing branches on the byte's class.
    view.space(*pending & !sep);
    view.ascii(b, !sep);
    *pending = sep & (view.k() != 0);
}

/// Lower-cases one character when its lower-case form is a single character
/// of the same UTF-8 length; otherwise returns it unchanged (see module docs).
pub(super) fn fold_char(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    let mut lower = c.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(l), None) if l.len_utf8() == c.len_utf8() => l,
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_segmentation::UnicodeSegmentation;

    // The exact definition the one pass is compared with: every character
    // of the NFKC text classified and folded on its own, into growing
    // strings.

    fn space_if_pending(pending_space: &mut bool, out: &mut Normalized) {
        if *pending_space && !out.text.is_empty() {
            out.text.push(' ');
            out.folded.push(' ');
        }
        *pending_space = false;
    }

    fn push_char(c: char, pending_space: &mut bool, out: &mut Normalized) {
        match classify(c) {
            Class::Separator => *pending_space = true,
            Class::Drop => {}
            Class::Keep(c) => {
                space_if_pending(pending_space, out);
                out.text.push(c);
                out.folded.push(fold_char(c));
            }
        }
    }

    fn push_chars(
        chars: impl Iterator<Item = char>,
        pending_space: &mut bool,
        out: &mut Normalized,
    ) {
        for c in chars {
            push_char(c, pending_space, out);
        }
    }

    fn n(s: &str) -> (String, String) {
        let n = Normalized::new(s);
        (n.text, n.folded)
    }

    /// `text` normalized and counted by the one pass with each engine the
    /// processor has (see `crate::simd::Engines::available`): scalar
    /// always, SSE2 and AVX2 where the processor has them.
    fn each_engine(text: &str) -> Vec<(Engines, Normalized, Option<usize>)> {
        Engines::available()
            .into_iter()
            .map(|engines| {
                let mut out = Normalized::default();
                let words = normalize_with(engines, text, &mut out);
                (engines, out, words)
            })
            .collect()
    }

    #[test]
    fn separators_collapse() {
        for input in [
            "project management",
            "project-management",
            "project\nmanagement",
            "Project  Management",
            "project \u{2013} management",
            "project/management",
            "project\r\n\t-- management",
            "  project management  ",
            "project\u{00A0}management",
        ] {
            assert_eq!(n(input).1, "project management", "input {input:?}");
        }
    }

    #[test]
    fn nfkc_and_case() {
        assert_eq!(n("ＰＭＰ certified").0, "PMP certified");
        assert_eq!(n("ＰＭＰ certified").1, "pmp certified");
        assert_eq!(n("Ｐｒｏｊｅｃｔ").1, "project");
        assert_eq!(n("the manager\u{2019}s role").1, "the manager's role");
        assert_eq!(n("\u{201C}agile\u{201D}").1, "\"agile\"");
        assert_eq!(n("manage\u{00AD}ment").1, "management");
        assert_eq!(n("ÉQUIPE").1, "équipe");
    }

    #[test]
    fn offsets_are_shared() {
        for input in [
            "İstanbul IT Ｍａｎａｇｅｒ ẞ Ω",
            "Grüße an das IT-Team",
            "plain ASCII",
        ] {
            let (text, folded) = n(input);
            assert_eq!(text.len(), folded.len(), "input {input:?}");
            for (a, b) in text.char_indices().zip(folded.char_indices()) {
                assert_eq!(a.0, b.0);
            }
        }
    }

    proptest::proptest! {
        /// The bulk ASCII path gives the same result as the char-by-char one.
        #[test]
        fn bulk_path_matches_char_path(
            text in proptest::string::string_regex("([a-cA-C]{1,3}|[0-9]|[ .'/-]|  |\\t|\\n|\\x1c|é|\u{2019}|\u{2013}|\u{ad}|\u{a0}|Ｐ|Ω|e\u{301}|\u{301}|\u{a8}|\u{fb01}|ｶﾞ){0,30}").unwrap()
        ) {
            let mut slow = Normalized::default();
            push_chars(text.nfkc(), &mut false, &mut slow);
            for (engines, bulk, _) in each_engine(&text) {
                proptest::prop_assert_eq!(&bulk, &slow, "{:?}", engines);
            }
        }

        /// The one-pass ASCII path gives the char-by-char result and the
        /// UAX #29 word count of it.
        #[test]
        fn ascii_path_matches_char_path(
            text in proptest::string::string_regex("([a-cA-C]{1,3}|[0-9]{1,2}|[ .',;:/_-]|  |\\t|\\n|\\r\\n|\\x0b|\\x1c|\\x7f){0,30}").unwrap()
        ) {
            let mut slow = Normalized::default();
            push_chars(text.chars(), &mut false, &mut slow);
            for (engines, fast, words) in each_engine(&text) {
                proptest::prop_assert_eq!(&fast, &slow, "{:?}", engines);
                proptest::prop_assert_eq!(words, Some(slow.folded.unicode_words().count()), "{:?}", engines);
            }
        }
    }

    /// Texts for the one-pass path: ASCII prose, the table's characters,
    /// NFKC characters kept as they are or folded (quotes, accents,
    /// Cyrillic, CJK, emoji), characters that attach to a space before them
    /// (combining marks, ZWJ, LRM), invisible ones, and compatibility
    /// characters outside the table (`¨`, half-width kana, `½`).
    const MIXED: &str = "([a-cA-C]{1,3}|[0-9]{1,2}|[ .',;:/_-]|  |\\t|\\n|\\r\\n|\u{a0}|\u{2026}|\u{2122}|\u{2011}|\u{202f}|\u{2009}|\u{3000}|（|）|：|Ｐ|ｍ|０|\u{fb01}|\u{2025}|\u{fe58}|é|\u{2019}|\u{201c}|\u{201d}|«|•|\u{2013}|\u{2014}|·|à|д|Д|日|한|ß|İ|Ω|\u{1f600}|\u{301}|\u{308}|\u{305}|\u{316}|\u{200d}|\u{200b}|\u{200e}|\u{ad}|\u{a8}|ｶﾞ|½|e\u{301}){0,30}";

    /// Like `MIXED` without the characters that send a text to the exact
    /// path or make it segment the whole text: the one-pass path must take
    /// all of these texts.
    const FAST: &str = "([a-cA-C]{1,3}|[0-9]{1,2}|[ .',;:/_-]|  |\\t|\\n|\u{a0}|\u{2026}|\u{2122}|\u{2011}|\u{202f}|\u{3000}|（|）|：|Ｐ|ｍ|０|\u{fb01}|\u{fe58}|é|\u{2019}|\u{201c}|«|•|\u{2014}|·|д|Д|日|한|İ|\u{1f600}|\u{200b}|\u{ad}|x\u{305}|x\u{200e}){0,30}";

    /// The exact definition: NFKC of the whole text, then the per-character
    /// classification, then the UAX #29 word count.
    fn exact(text: &str) -> (Normalized, usize) {
        let mut slow = Normalized::default();
        push_chars(text.nfkc(), &mut false, &mut slow);
        let words = slow.folded.unicode_words().count();
        (slow, words)
    }

    /// `text` takes the one pass, with the exact text and word count.
    fn one_pass_is_exact(text: &str) -> Result<(), proptest::test_runner::TestCaseError> {
        let (slow, slow_words) = exact(text);
        for (engines, fast, words) in each_engine(text) {
            proptest::prop_assert_eq!(&fast, &slow, "{:?}", engines);
            proptest::prop_assert_eq!(words, Some(slow_words), "{:?}", engines);
        }
        Ok(())
    }

    proptest::proptest! {
        /// The one-pass path (or its fallback) gives the exact text, and
        /// the exact word count whenever it gives one.
        #[test]
        fn one_pass_matches_exact_path(text in proptest::string::string_regex(MIXED).unwrap()) {
            let (slow, slow_words) = exact(&text);
            for (engines, fast, words) in each_engine(&text) {
                proptest::prop_assert_eq!(&fast, &slow, "{:?}", engines);
                if let Some(words) = words {
                    proptest::prop_assert_eq!(words, slow_words, "{:?}", engines);
                }
            }
        }

        /// Long prose-like texts, where most eight-byte blocks take the
        /// block path: words, joiners between letters and digits (`it's`,
        /// `3.5`, `e.g.`), spaces at every offset, runs of separators,
        /// underscores and a few non-ASCII characters between them.
        #[test]
        fn block_path_matches_exact_path(
            parts in proptest::collection::vec(
                (
                    proptest::string::string_regex("[a-zA-Z]{1,9}|[0-9]{1,4}|[a-z]{1,3}'[a-z]{1,2}|[0-9][.,;][0-9]|[a-z][.:][a-z]|_[a-z]|é|\u{2019}|\u{a0}").unwrap(),
                    proptest::string::string_regex(" | |  |[.,;:!?()\"'] |\n|-|/| - |\t|").unwrap(),
                ),
                0..80,
            )
        ) {
            let text: String = parts.iter().map(|(w, s)| format!("{w}{s}")).collect();
            one_pass_is_exact(&text)?;
        }

        /// Texts made only of ASCII, NFKC characters and the table's
        /// characters are taken by the one-pass path, text and count.
        #[test]
        fn one_pass_takes_table_texts(text in proptest::string::string_regex(FAST).unwrap()) {
            one_pass_is_exact(&text)?;
        }

        /// Quick-checking the non-ASCII text piece by piece, cut as the one
        /// pass cuts it (at ASCII bytes, and around each character of the
        /// `CharTable`, which is checked alone), answers Yes exactly when
        /// quick-checking the whole text does. Few characters, so that
        /// combining marks out of order (U+0305 then U+0316) and marks
        /// after table characters come up often.
        #[test]
        fn quick_check_by_runs(
            text in proptest::string::string_regex("([a-c ]|é|д|·|•|\u{a0}|\u{2026}|\u{301}|\u{305}|\u{316}|\u{ff50}|\u{a8}|ｶ){0,20}").unwrap()
        ) {
            let whole = is_nfkc_quick(text.chars()) == IsNormalized::Yes;
            let table = CharTable::get();
            let bytes = text.as_bytes();
            let (mut i, mut pieces) = (0, true);
            let mut from = 0;
            let yes = |piece: &str| is_nfkc_quick(piece.chars()) == IsNormalized::Yes;
            while i <= bytes.len() {
                let len = match bytes.get(i) {
                    Some(b) if !b.is_ascii() => {
                        let (entry, len) = table.lookup(bytes, i);
                        if entry.kind() == Kind::Slow {
                            i += len;
                            continue;
                        }
                        len
                    }
                    Some(_) => 1,
                    None => 0,
                };
                pieces &= yes(&text[from..i]) && yes(&text[i..i + len]);
                i += len.max(1);
                from = i;
            }
            proptest::prop_assert_eq!(whole, pieces);
        }
    }

    /// Every character of the `CharTable` (every code point of the two-byte
    /// range and of the three-byte pages), between neighbours of many
    /// kinds, is normalized by the one pass with every engine the
    /// processor has as the exact path normalizes it, and counted as
    /// unicode-segmentation counts it; between two letters the pass must
    /// give a count. Fails when the table has fewer characters than
    /// expected, so that it cannot pass on an empty table.
    #[test]
    fn table_characters_are_normalized_exactly() {
        let table = CharTable::get();
        let neighbours = [
            ("a", "b"),
            ("", ""),
            ("x ", " y"),
            ("1", "2"),
            ("a.", ".b"),
            ("é", "д"),
            ("- ", "\u{a0}"),
            ("\u{2019}", "\u{301}"),
            ("ab'", "'s"),
            ("a", "\u{316}b"),
        ];
        let mut in_table = 0;
        for c in (0x80..=0xFFFF).filter_map(char::from_u32) {
            let s = c.to_string();
            if table.lookup(s.as_bytes(), 0).0.kind() == Kind::Slow {
                continue;
            }
            in_table += 1;
            for (x, y) in neighbours {
                let text = format!("{x}{c}{y}");
                let (slow, slow_words) = exact(&text);
                for (engines, fast, words) in each_engine(&text) {
                    assert_eq!(fast, slow, "{text:?} {engines:?}");
                    match words {
                        Some(words) => assert_eq!(words, slow_words, "{text:?} {engines:?}"),
                        None => assert_ne!((x, y), ("a", "b"), "{text:?} is counted by the pass"),
                    }
                }
            }
        }
        assert!(in_table > 2500, "{in_table} characters in the table");
    }
    /// Every character of the table: its expansion is its NFKC, no longer
    /// than itself, and made of NFKC starters that never compose with the
    /// character before them (NFC quick check Yes: not a second character
    /// of any composition). And it expands the same between neighbours
    /// that the quick check accepts.
    #[test]
    fn table_is_context_free() {
        use unicode_normalization::char::canonical_combining_class;
        use unicode_normalization::is_nfc_quick;
        let neighbours = [
            "", "a", "A", "1", " ", ".", "é", "e\u{301}", "\u{305}", "д", "日", "\u{1100}",
            "\u{1161}", "\u{b47}", "\u{b3e}", "\u{2026}", "ﬁ", "Ｐ",
        ];
        let mut seen = 0;
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let Some(expansion) = context_free_nfkc(c) else {
                continue;
            };
            seen += 1;
            let expansion = match expansion {
                Expansion::Char(e) => e.to_string(),
                Expansion::Str(s) => s.to_string(),
            };
            assert_eq!(c.to_string().nfkc().collect::<String>(), expansion, "{c:?}");
            assert!(expansion.len() <= c.len_utf8(), "{c:?}");
            assert!(
                !matches!(classify(c), Class::Drop),
                "{c:?} is dropped before NFKC matters"
            );
            for e in expansion.chars() {
                assert_eq!(canonical_combining_class(e), 0, "{c:?}");
                assert_eq!(is_nfkc_quick(std::iter::once(e)), IsNormalized::Yes);
                assert_eq!(is_nfc_quick(std::iter::once(e)), IsNormalized::Yes);
            }
            for x in neighbours {
                for y in neighbours {
                    if is_nfkc_quick(y.chars()) != IsNormalized::Yes {
                        continue;
                    }
                    let whole: String = format!("{x}{c}{y}").nfkc().collect();
                    let parts = format!("{}{expansion}{y}", x.nfkc().collect::<String>());
                    assert_eq!(whole, parts, "{x:?} {c:?} {y:?}");
                }
            }
        }
        assert_eq!(seen, 1 + 11 + 3 + 2 + 3 + 1 + 5 + 94);
    }

    #[test]
    fn counts_with_non_ascii() {
        for text in [
            "Caf\u{e9} cr\u{e8}me \u{2022} naïve\u{a0}co-op \u{2026} it\u{2019}s",
            "ＰＭＰ\u{2122} certified\u{2026}",
            "x \u{305}y",
            "\u{305}y z",
            "a\u{301} b",
        ] {
            let mut fast = Normalized::default();
            let words = normalize_counting(text, &mut fast);
            let (slow, slow_words) = exact(text);
            assert_eq!(fast, slow, "{text:?}");
            if let Some(words) = words {
                assert_eq!(words, slow_words, "{text:?}");
            }
        }
        assert_eq!(
            normalize_counting("x \u{305}y", &mut Normalized::default()),
            None,
            "a mark after a space attaches to it"
        );
    }

    #[test]
    fn ascii_separator_table() {
        for b in 0..128u8 {
            assert_eq!(
                ASCII_SEPARATORS[usize::from(b)],
                matches!(b, b'-' | b'/') || (b as char).is_whitespace(),
                "byte {b}"
            );
        }
    }
}
