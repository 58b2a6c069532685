//! Word boundaries and word counts (Unicode UAX #29).
//!
//! [`WordBounds::segment`] counts the words of the folded text (segments
//! that contain a letter or digit, the same rule as `unicode_words()`). The
//! scanner then asks [`WordBounds::is_boundary`] about each match start and
//! end, so `IT` never matches inside `ITIL`, `agile` inside `fragile`, or `it`
//! inside `it's` (UAX #29 keeps `it's` one word).
//!
//! Segmentation by the crate alone costs more than the rest of a scan, so
//! it is done in the cheapest exact way:
//!
//! * Words of ASCII text are counted in one pass over the bytes, with no
//!   branch per byte: runs of letters, digits and `_` that hold a letter or
//!   digit, less the runs that UAX #29 joins through one `:` `.` `'` between
//!   letters (WB6, WB7) or one `,` `;` `.` `'` between digits (WB11, WB12).
//!   The normalizer counts while it copies: ASCII bytes go to the counter,
//!   other characters go in as the ASCII byte that stands for them exactly
//!   (`stand_in`: `a` for accented, Greek and Cyrillic letters, `!` for
//!   bullets, other punctuation, symbols and most emoji) or, when none
//!   does, as breaks, and
//!   `count_dirty_pieces` then recounts only the space-separated pieces
//!   holding characters of the second kind with unicode-segmentation;
//!   [`WordBounds::segment_counted`] takes that count.
//! * A boundary is decided from the two characters on each side of it when
//!   all four are ASCII (rules WB3 to WB3d and WB5 to WB13b over a byte-class
//!   table), or from the two around it alone when they are ASCII and one is
//!   a space; no other character can change the answer there. Elsewhere it
//!   is decided from the space-separated piece around it (see below) and,
//!   where that piece may attach to the space before it, from the whole
//!   text's boundaries, computed once, on first need, into a bit set.
//! * Text with other characters is cut at spaces, which are boundaries on
//!   both sides except between two spaces (WB3d) or before a character that
//!   attaches to the space (WB4); ASCII pieces take the fast path and the
//!   others go through unicode-segmentation, and where a piece starts with a
//!   character that might attach to the space before it, the whole text
//!   does.
//!
//! Property tests check word counts and every boundary against
//! unicode-segmentation on random text.

use unicode_segmentation::UnicodeSegmentation;

use super::block::{Masks, BLOCK};

/// The word count of one text, and its word boundaries on demand.
#[derive(Debug, Default, Clone)]
pub struct WordBounds {
    /// Boundary bits of the whole text, valid when `exact` is set.
    bits: Vec<u64>,
    len: usize,
    words: usize,
    /// Whether `bits` holds this text's boundaries.
    exact: bool,
}

/// UAX #29 word-break classes of the ASCII characters.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Letter,
    Digit,
    /// `_` (ExtendNumLet)
    Connector,
    /// `:` (MidLetter)
    MidLetter,
    /// `.` (MidNumLet) and `'` (Single_Quote): join letters and digits
    MidBoth,
    /// `,` `;` (MidNum)
    MidNum,
    Space,
    Cr,
    Lf,
    /// Vertical tab and form feed (Newline)
    Newline,
    Other,
}

/// The class of every byte (non-ASCII bytes never reach the table).
static CLASSES: [Class; 128] = {
    let mut t = [Class::Other; 128];
    let mut b = 0;
    while b < 128 {
        t[b] = match b as u8 {
            b'a'..=b'z' | b'A'..=b'Z' => Class::Letter,
            b'0'..=b'9' => Class::Digit,
            b'_' => Class::Connector,
            b':' => Class::MidLetter,
            b'.' | b'\'' => Class::MidBoth,
            b',' | b';' => Class::MidNum,
            b' ' => Class::Space,
            b'\r' => Class::Cr,
            b'\n' => Class::Lf,
            0x0B | 0x0C => Class::Newline,
            _ => Class::Other,
        };
        b += 1;
    }
    t
};

#[inline]
fn class(b: u8) -> Class {
    CLASSES[usize::from(b & 0x7F)]
}

/// The UAX #29 word count of ASCII text, without finding its boundaries
/// (see [`AsciiWordCounter`]).
pub fn ascii_word_count(bytes: &[u8]) -> usize {
    let mut counter = AsciiWordCounter::default();
    for &b in bytes {
        counter.push(b);
    }
    counter.finish()
}

/// Byte flags for [`AsciiWordCounter`].
const WORD: u8 = 1;
const ALPHA: u8 = 2;
const DIGIT: u8 = 4;
/// `:` `.` `'`: joins letters (WB6, WB7).
const MID_LETTER: u8 = 8;
/// `,` `;` `.` `'`: joins digits (WB11, WB12).
const MID_NUM: u8 = 16;

const _: () = assert!(MID_LETTER == ALPHA << 2 && MID_NUM == DIGIT << 2);

static FLAGS: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        t[b] = match b as u8 {
            b'a'..=b'z' | b'A'..=b'Z' => WORD | ALPHA,
            b'0'..=b'9' => WORD | DIGIT,
            b'_' => WORD,
            b':' => MID_LETTER,
            b'.' | b'\'' => MID_LETTER | MID_NUM,
            b',' | b';' => MID_NUM,
            _ => 0,
        };
        b += 1;
    }
    t
};

/// Counts the UAX #29 words of ASCII text fed one byte at a time, so the
/// normalizer can count while it copies, without branching on every byte: a
/// word is counted at the first letter or digit of each run of letters,
/// digits and `_`, unless the run is joined to the one before through a
/// single middle character between two letters or two digits.
#[derive(Debug, Default, Clone, Copy)]
pub struct AsciiWordCounter {
    words: usize,
    /// Flags of the last two bytes fed.
    last: u8,
    before_last: u8,
    /// Whether the current run was counted (or joined to a counted one).
    counted: bool,
}

impl AsciiWordCounter {
    /// Feeds the next byte, which must be ASCII.
    #[inline(always)]
    pub fn push(&mut self, b: u8) {
        let f = FLAGS[usize::from(b & 0x7F)];
        let alnum = f & (ALPHA | DIGIT) != 0;
        // Letters on both sides of a `MID_LETTER`, or digits on both sides
        // of a `MID_NUM`: `MID_LETTER` is `ALPHA << 2` and `MID_NUM` is
        // `DIGIT << 2`, so one mask tests both without a branch (branches
        // here mispredicted at every word start).
        let joins = ((self.before_last & f) << 2) & self.last & (MID_LETTER | MID_NUM) != 0;
        self.words += usize::from(alnum & !self.counted & !joins);
        self.counted = (self.counted | alnum) & (f & WORD != 0);
        self.before_last = self.last;
        self.last = f;
    }

    /// Feeds a character that is neither ASCII nor a separator, as a byte
    /// with no word flags: the count is then that of the ASCII text with
    /// such characters standing as breaks. Feeding one or several in a row
    /// leaves the same state for what follows.
    #[inline]
    pub fn push_neutral(&mut self) {
        self.counted = false;
        self.before_last = self.last;
        self.last = 0;
    }

    /// Feeds the first `len` bytes of a block (1 to 64) at once, given
    /// their class masks. The bytes must be ASCII and hold no `_` (which
    /// would make a run of word bytes differ from a run of letters and
    /// digits). Word starts and joins are found with shifts of the masks,
    /// with the same rules as [`AsciiWordCounter::push`]; the bytes fed
    /// before come in as the carries into bits 0 and 1.
    #[inline(always)]
    pub fn push_block(&mut self, masks: &Masks, bytes: &[u8], len: usize) {
        debug_assert!((1..=BLOCK).contains(&len));
        let valid = u64::MAX >> (BLOCK - len);
        let alpha = masks.alpha & valid;
        let digit = masks.digit & valid;
        let alnum = alpha | digit;
        debug_assert_eq!(masks.underscore & valid, 0);
        let had = |flags: u8, flag: u8| u64::from(flags & flag != 0);
        let (last, before) = (self.last, self.before_last);
        let joins = alpha
            & (masks.mid_letter << 1 | had(last, MID_LETTER))
            & (alpha << 2 | had(last, ALPHA) << 1 | had(before, ALPHA))
            | digit
                & (masks.mid_num << 1 | had(last, MID_NUM))
                & (digit << 2 | had(last, DIGIT) << 1 | had(before, DIGIT));
        let starts = alnum & !(alnum << 1 | u64::from(self.counted)) & !joins;
        self.words += starts.count_ones() as usize;
        self.last = FLAGS[usize::from(bytes[len - 1] & 0x7F)];
        self.before_last = match len {
            1 => last,
            _ => FLAGS[usize::from(bytes[len - 2] & 0x7F)],
        };
        // With no `_`, a run of word bytes is a run of letters and digits,
        // counted (or joined) at its first byte.
        self.counted = alnum >> (len - 1) & 1 == 1;
    }

    /// The word count of the bytes fed.
    pub fn finish(&self) -> usize {
        self.words
    }
}

/// Whether offset `i` (0 < `i` < length) is a word boundary, decided from
/// the characters around it when they are all ASCII; `None` when one of
/// them is not, or `i` is inside a character.
#[inline]
fn local_boundary(bytes: &[u8], i: usize) -> Option<bool> {
    let (a, c) = (bytes[i - 1], bytes[i]);
    if !a.is_ascii() || !c.is_ascii() {
        return None;
    }
    // A space next to another ASCII character is a boundary whatever stands
    // beyond them: only two spaces are joined (WB3d), and what attaches to
    // a space (WB4) is never ASCII. This settles word starts and ends next
    // to bullets, dashes and accented words without segmenting the text.
    if (a == b' ') != (c == b' ') {
        return Some(true);
    }
    let before = match i.checked_sub(2).map(|j| bytes[j]) {
        Some(b) if !b.is_ascii() => return None,
        b => b.map(class),
    };
    let after = match bytes.get(i + 1) {
        Some(&b) if !b.is_ascii() => return None,
        b => b.map(|&b| class(b)),
    };
    Some(!joined(before, class(a), class(c), after))
}

/// Whether UAX #29 keeps two adjacent ASCII characters of classes `a`
/// and `c` in one segment, given the classes `before` `a` and `after` `c`.
#[inline]
fn joined(before: Option<Class>, a: Class, c: Class, after: Option<Class>) -> bool {
    use Class::*;
    let word = |k: Class| matches!(k, Letter | Digit | Connector);
    match (a, c) {
        (Cr, Lf) => true,                                         // WB3
        (Cr | Lf | Newline, _) | (_, Cr | Lf | Newline) => false, // WB3a, WB3b
        (Space, Space) => true,                                   // WB3d
        _ if word(a) && word(c) => true,                          // WB5, WB8-WB10, WB13a, WB13b
        (Letter, MidLetter | MidBoth) => after == Some(Letter),   // WB6
        (MidLetter | MidBoth, Letter) => before == Some(Letter),  // WB7
        (Digit, MidNum | MidBoth) => after == Some(Digit),        // WB12
        (MidNum | MidBoth, Digit) => before == Some(Digit),       // WB11
        _ => false,                                               // WB999
    }
}

/// The offset of the next space at or after `from`, or the length.
fn memchr_space(bytes: &[u8], from: usize) -> usize {
    bytes[from..]
        .iter()
        .position(|&b| b == b' ')
        .map_or(bytes.len(), |p| from + p)
}

impl WordBounds {
    /// Counts the words of `text`, reusing this value's buffer. Boundaries
    /// are then asked about with [`WordBounds::is_boundary`] on the same text.
    pub fn segment(&mut self, text: &str) {
        self.len = text.len();
        self.exact = false;
        self.words = if text.is_ascii() {
            ascii_word_count(text.as_bytes())
        } else {
            match pieces_word_count(text) {
                Some(words) => words,
                None => text.unicode_words().count(),
            }
        };
    }

    /// Like [`WordBounds::segment`] for any `text` whose word count is
    /// already known (from [`crate::text::normalize_counting`]); boundaries
    /// are still computed on demand.
    pub fn segment_counted(&mut self, text: &str, words: usize) {
        debug_assert_eq!(words, text.unicode_words().count());
        self.len = text.len();
        self.exact = false;
        self.words = words;
    }

    /// Computes every boundary of `text` into the bit set (and the word
    /// count again, as a by-product).
    fn segment_exact(&mut self, text: &str) {
        self.len = text.len();
        self.words = 0;
        self.bits.clear();
        self.bits.resize(text.len() / 64 + 1, 0);
        if text.is_ascii() {
            self.segment_ascii(text.as_bytes(), 0);
        } else if !self.segment_pieces(text) {
            self.reset();
            self.segment_unicode(text, 0);
        }
        self.set(text.len());
        self.exact = true;
    }

    fn reset(&mut self) {
        self.words = 0;
        self.bits.iter_mut().for_each(|b| *b = 0);
    }

    /// Cuts non-ASCII text at spaces (see the module docs). Returns false,
    /// having done partial work, when a piece may attach to the space before
    /// it; the caller then segments the whole text the slow way.
    fn segment_pieces(&mut self, text: &str) -> bool {
        let bytes = text.as_bytes();
        let mut start = 0;
        while start <= bytes.len() {
            let end = memchr_space(bytes, start);
            let piece = &text[start..end];
            if !piece.is_empty() {
                if start > 0 && !piece.as_bytes()[0].is_ascii() && attaches_to_space(text, start) {
                    return false;
                }
                if piece.is_ascii() {
                    self.segment_ascii(piece.as_bytes(), start);
                } else {
                    self.segment_unicode(piece, start);
                }
            }
            if end == bytes.len() {
                break;
            }
            // The space itself: a segment of its own, joined to a following
            // space (WB3d).
            if !(start == end && start > 0 && bytes[start - 1] == b' ') {
                self.set(end);
            }
            start = end + 1;
        }
        true
    }

    fn segment_ascii(&mut self, bytes: &[u8], base: usize) {
        let Some(&first) = bytes.first() else {
            return;
        };
        self.set(base);
        let mut alnum = first.is_ascii_alphanumeric();
        let (mut before, mut a) = (None, class(first));
        let mut c = bytes.get(1).map(|&b| class(b));
        for i in 1..bytes.len() {
            let cur = c.expect("i < len");
            let after = bytes.get(i + 1).map(|&b| class(b));
            if !joined(before, a, cur, after) {
                self.words += usize::from(alnum);
                alnum = false;
                self.set(base + i);
            }
            alnum |= bytes[i].is_ascii_alphanumeric();
            (before, a, c) = (Some(a), cur, after);
        }
        self.words += usize::from(alnum);
    }

    fn segment_unicode(&mut self, text: &str, base: usize) {
        for (start, segment) in text.split_word_bound_indices() {
            self.set(base + start);
            if segment.chars().any(char::is_alphanumeric) {
                self.words += 1;
            }
        }
    }

    fn set(&mut self, offset: usize) {
        self.bits[offset / 64] |= 1 << (offset % 64);
    }

    /// Number of words (segments with at least one letter or digit).
    pub fn word_count(&self) -> usize {
        self.words
    }

    /// Whether a word boundary falls at byte `offset` of `text`, the text
    /// last given to [`WordBounds::segment`]. Offsets past the end are not
    /// boundaries.
    #[inline]
    pub fn is_boundary(&mut self, text: &str, offset: usize) -> bool {
        debug_assert_eq!(text.len(), self.len);
        if offset == 0 || offset == self.len {
            return true;
        }
        if offset > self.len {
            return false;
        }
        if let Some(answer) = local_boundary(text.as_bytes(), offset) {
            return answer;
        }
        if !self.exact {
            if let Some(answer) = piece_boundary(text, offset) {
                return answer;
            }
            let words = self.words;
            self.segment_exact(text);
            self.words = words;
        }
        self.bits[offset / 64] & (1 << (offset % 64)) != 0
    }

    /// The first boundary at or after `offset` (the text length at worst).
    pub fn next_boundary(&mut self, text: &str, offset: usize) -> usize {
        (offset..self.len)
            .find(|&i| self.is_boundary(text, i))
            .unwrap_or(self.len)
    }
}

/// The word count of non-ASCII text cut at spaces (see the module docs), or
/// `None` when a piece may attach to the space before it. The ASCII text
/// between pieces with other characters is counted in one go: spaces break
/// words on both sides, so that is the sum over its pieces.
fn pieces_word_count(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut words = 0;
    let mut from = 0;
    while from < bytes.len() {
        let Some(p) = bytes[from..].iter().position(|b| !b.is_ascii()) else {
            return Some(words + ascii_word_count(&bytes[from..]));
        };
        let p = from + p;
        // The piece holding byte `p`: from the space before it (or `from`)
        // to the space after it.
        let start = bytes[from..p]
            .iter()
            .rposition(|&b| b == b' ')
            .map_or(from, |s| from + s + 1);
        let end = memchr_space(bytes, p);
        words += ascii_word_count(&bytes[from..start]);
        if start > 0 && start == p && attaches_to_space(text, start) {
            return None;
        }
        words += text[start..end].unicode_words().count();
        from = end + 1;
    }
    Some(words)
}

/// The byte an [`AsciiWordCounter`] is fed for a non-ASCII character `c`
/// of normalized text when one ASCII byte stands for it exactly, or `None`.
///
/// UAX #29 decides every boundary from the word-break properties of the
/// characters around it (and, for WB3c, whether the character after a ZWJ
/// is pictographic; normalized text holds no ZWJ, which the normalizer
/// drops), and `unicode_words` keeps a segment when it holds a letter or
/// digit. So a character with the same property as an ASCII byte, that is
/// alphanumeric exactly when that byte is, can be replaced by the byte in
/// normalized text without changing any boundary or the count:
///
/// * `a` for letters that are ALetter (accented Latin letters, Greek,
///   Cyrillic);
/// * `!` for punctuation and symbols that are Other (C1 controls, bullets,
///   dashes, daggers, arrows, geometric shapes, CJK punctuation, `©`, `®`,
///   dingbats and most emoji, but not regional indicators or skin-tone
///   modifiers);
/// * `:` for the MidLetter ones (`·`, U+0387, U+2027). The counter must be
///   fed one `:` per character (two would no longer join two letters).
///
/// A test checks every code point with a stand-in against
/// unicode-segmentation between neighbours of every word-break property.
pub(crate) fn stand_in(c: char) -> Option<u8> {
    Some(match c {
        // Latin-1 letters, Latin Extended-A and -B, IPA, spacing modifier
        // letters.
        '\u{C0}'..='\u{D6}' | '\u{D8}'..='\u{F6}' | '\u{F8}'..='\u{2C1}' => b'a',
        // Greek and Coptic, Cyrillic and its supplement.
        '\u{386}'
        | '\u{388}'..='\u{38A}'
        | '\u{38C}'
        | '\u{38E}'..='\u{3A1}'
        | '\u{3A3}'..='\u{3F5}'
        | '\u{3F7}'..='\u{481}'
        | '\u{48A}'..='\u{52F}' => b'a',
        // C1 controls but the next line (a separator), Latin-1 punctuation
        // and signs, `×` and `÷`.
        '\u{80}'..='\u{84}'
        | '\u{86}'..='\u{9F}'
        | '\u{A1}'..='\u{A9}'
        | '\u{AB}'
        | '\u{AC}'
        | '\u{AE}'..='\u{B1}'
        | '\u{B4}'
        | '\u{B6}'
        | '\u{BB}'
        | '\u{BF}'
        | '\u{D7}'
        | '\u{F7}' => b'!',
        // Dashes, quotes other than U+2018 and U+2019, daggers, bullets,
        // the ellipsis, per mille, primes, angle quotes, reference mark.
        '\u{2010}'..='\u{2017}' | '\u{201A}'..='\u{2023}' | '\u{2025}' | '\u{2026}' => b'!',
        '\u{2030}'..='\u{203B}' => b'!',
        // Currency signs, four arrows.
        '\u{20A0}'..='\u{20C0}' | '\u{2190}'..='\u{2193}' => b'!',
        // Geometric shapes, miscellaneous symbols, dingbats.
        '\u{25A0}'..='\u{25FF}' | '\u{2600}'..='\u{2767}' | '\u{2794}'..='\u{27BF}' => b'!',
        // CJK punctuation and brackets.
        '\u{3001}'..='\u{3004}' | '\u{3008}'..='\u{3020}' => b'!',
        // Emoji (not the regional indicators before them or the skin-tone
        // modifiers among them).
        '\u{1F300}'..='\u{1F3FA}' | '\u{1F400}'..='\u{1F64F}' | '\u{1F680}'..='\u{1F6FF}' => b'!',
        '\u{1F900}'..='\u{1F9FF}' => b'!',
        '\u{B7}' | '\u{387}' | '\u{2027}' => b':',
        _ => return None,
    })
}

/// The UAX #29 word count of `text` (normalized: single spaces between
/// pieces) given `counted`, what an [`AsciiWordCounter`] gave for it with
/// each non-ASCII character fed as its [`stand_in`] or, when it has none,
/// as neutral, and `dirty`, the ascending offsets of the characters with
/// none. Spaces break words on both sides, so both counts are sums over the
/// space-separated pieces: a piece whose non-ASCII characters all have
/// stand-ins is counted exactly already, and for each piece holding a
/// dirty character, the counter's share is replaced by the piece's
/// `unicode_words()` count. `None` when such a piece starts with a
/// character that may attach to the space before it (WB4); the whole text
/// must then be segmented.
pub(crate) fn count_dirty_pieces(text: &str, counted: usize, dirty: &[usize]) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut words = counted;
    // End of the last piece fixed: later offsets in it are skipped.
    let mut done = 0;
    for &p in dirty {
        if p < done {
            continue;
        }
        let start = bytes[..p]
            .iter()
            .rposition(|&b| b == b' ')
            .map_or(0, |s| s + 1);
        let end = memchr_space(bytes, p);
        if start > 0 && !bytes[start].is_ascii() && attaches_to_space(text, start) {
            return None;
        }
        // The counter's share, fed as the normalizer fed it.
        let mut piece_counter = AsciiWordCounter::default();
        for c in text[start..end].chars() {
            match (c.is_ascii(), stand_in(c)) {
                (true, _) => piece_counter.push(c as u8),
                (false, Some(b)) => piece_counter.push(b),
                (false, None) => piece_counter.push_neutral(),
            }
        }
        words = words - piece_counter.finish() + text[start..end].unicode_words().count();
        done = end;
    }
    Some(words)
}

/// Whether offset `i` (0 < `i` < length) is a word boundary, decided from
/// the space-separated piece of text around it alone, as the whole-text
/// segmentation cuts it (see the module docs): before a space unless after
/// another, after a space, or inside the piece where unicode-segmentation
/// puts a boundary in the piece. `None` when the piece starts with a
/// character that may attach to the space before it.
fn piece_boundary(text: &str, i: usize) -> Option<bool> {
    if !text.is_char_boundary(i) {
        return Some(false);
    }
    let bytes = text.as_bytes();
    if bytes[i] == b' ' {
        return Some(bytes[i - 1] != b' ');
    }
    let start = bytes[..i]
        .iter()
        .rposition(|&b| b == b' ')
        .map_or(0, |p| p + 1);
    if start > 0 && !bytes[start].is_ascii() && attaches_to_space(text, start) {
        return None;
    }
    if start == i {
        return Some(true);
    }
    let piece = &text[start..memchr_space(bytes, i)];
    Some(
        piece
            .split_word_bound_indices()
            .any(|(at, _)| start + at == i),
    )
}

/// Whether the character at `start` joins the space before it into one
/// segment (WB4).
fn attaches_to_space(text: &str, start: usize) -> bool {
    let first = text[start..].chars().next().map_or(0, char::len_utf8);
    text[start - 1..start + first]
        .split_word_bounds()
        .nth(1)
        .is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_words_like_unicode_words() {
        for text in [
            "",
            "one",
            "The IT manager's team, 24/7 — can't stop.",
            "naïve café Zürich 3.5 years",
            "日本語のテキスト and English",
        ] {
            let mut w = WordBounds::default();
            w.segment(text);
            assert_eq!(w.word_count(), text.unicode_words().count(), "{text:?}");
        }
    }

    #[test]
    fn fast_paths_agree_with_unicode_segmentation() {
        for text in [
            "a.b.c 1,000.5 a1.5 x_y __ it's 'quoted' e.g. U.S.A. 3:45",
            "line\r\nbreak\rcr\nlf\x0bvt  two  spaces",
            "café crème, naïve: it\u{2019}s 24\u{a0}7 — ok",
            "x \u{301}combining and \u{200d}zwj \u{1f600} emoji 日本語",
            " leading space",
            "trailing space ",
        ] {
            check(text);
        }
    }

    /// Compares the word count, every boundary answer (local where it
    /// applies, the bit set elsewhere) and the bit set alone with
    /// unicode-segmentation.
    fn check(text: &str) {
        let mut want: Vec<usize> = text.split_word_bound_indices().map(|(i, _)| i).collect();
        want.push(text.len());
        let mut w = WordBounds::default();
        w.segment(text);
        assert_eq!(
            w.word_count(),
            text.unicode_words().count(),
            "words of {text:?}"
        );
        let got: Vec<usize> = (0..=text.len())
            .filter(|&i| w.is_boundary(text, i))
            .collect();
        assert_eq!(got, want, "boundaries of {text:?}");
        if text.is_ascii() {
            let mut counter = AsciiWordCounter::default();
            text.bytes().for_each(|b| counter.push(b));
            assert_eq!(counter.finish(), w.word_count(), "counter on {text:?}");
        }
        let mut exact = WordBounds::default();
        exact.segment_exact(text);
        let bits: Vec<usize> = (0..=text.len())
            .filter(|&i| exact.bits[i / 64] & (1 << (i % 64)) != 0)
            .collect();
        assert_eq!(bits, want, "bit set of {text:?}");
        assert_eq!(
            exact.word_count(),
            w.word_count(),
            "exact words of {text:?}"
        );
    }

    proptest::proptest! {
        #[test]
        fn ascii_agrees_with_unicode_segmentation(
            text in proptest::string::string_regex("([a-cA-C]{1,3}|[0-9]{1,2}|[_:.',;!-]| |\\r|\\n|\\t|\\x0c){0,20}").unwrap()
        ) {
            check(&text);
        }

        /// Without `_`, so the counter's own count is what gets checked.
        #[test]
        fn ascii_prose_agrees_with_unicode_segmentation(
            text in proptest::string::string_regex("([a-cA-C]{1,3}|[0-9]{1,2}|[:.',;!-]| |\\r|\\n){0,24}").unwrap()
        ) {
            check(&text);
        }

        #[test]
        fn agrees_with_unicode_segmentation(
            text in proptest::string::string_regex(
                "([a-cA-C]{1,3}|[0-9]{1,2}|[_:.',;!-]| |  |\\r|\\n|\\r\\n|\\t|\\x0b|é|\u{301}|\u{200d}|\u{2019}|\u{a0}|\u{1f600}|日){0,30}"
            ).unwrap()
        ) {
            check(&text);
        }
    }

    /// Every code point with a [`stand_in`] is segmented as its stand-in
    /// byte would be, between neighbours of every word-break property that
    /// normalized text can hold (letters, Hebrew letters, digits, the middle
    /// characters, `_`, quotes, spaces, line breaks, Extend, Format,
    /// regional indicators, Katakana, skin-tone modifiers, and Other, which
    /// ideographs and pictographs are too; not ZWJ, see `zwj_is_dropped`)
    /// and the pairs that WB6, WB7, WB7b, WB7c,
    /// WB11 and WB12 look through: the same boundaries and the same word
    /// count. So feeding the byte for it counts its piece exactly.
    #[test]
    fn stand_ins_segment_as_their_bytes() {
        // One character of each property (`!` stands for Other, which
        // ideographs and pictographs are too), then the pairs that the
        // rules through a middle character look at, on their side.
        let one = [
            "",
            "a",
            "1",
            "_",
            ".",
            ":",
            ",",
            "'",
            "\"",
            " ",
            "\n",
            "\r",
            "!",
            "\u{301}",
            "\u{ad}",
            "\u{1f1e6}",
            "\u{5d0}",
            "\u{30a2}",
            "\u{1f3fb}",
        ];
        let left: Vec<&str> = one
            .iter()
            .copied()
            .chain(["a.", "a:", "a'", "1.", "1,", "\u{5d0}\""])
            .collect();
        let right: Vec<&str> = one
            .iter()
            .copied()
            .chain([".a", ":a", "'a", ".1", ",1", "\"\u{5d0}"])
            .collect();
        // The boundaries and word count of each neighbourhood around each
        // stand-in byte, computed once.
        let mut with_byte = std::collections::HashMap::new();
        for b in [b'a', b'!', b':'] {
            for &l in &left {
                for &r in &right {
                    let text = format!("{l}{}{r}", char::from(b));
                    let bounds: Vec<usize> =
                        text.split_word_bound_indices().map(|(i, _)| i).collect();
                    with_byte.insert((b, l, r), (bounds, text.unicode_words().count()));
                }
            }
        }
        let mut checked = 0;
        let mut text = String::new();
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let Some(b) = stand_in(c) else {
                continue;
            };
            assert!(
                !c.is_ascii() && with_byte.contains_key(&(b, "", "")),
                "{c:?}"
            );
            checked += 1;
            for &l in &left {
                for &r in &right {
                    text.clear();
                    text.extend([l, c.encode_utf8(&mut [0; 4]), r]);
                    let (bounds, words) = &with_byte[&(b, l, r)];
                    // Offsets after the character shift by its extra length.
                    let shift = |&i: &usize| if i > l.len() { i + c.len_utf8() - 1 } else { i };
                    let same = text
                        .split_word_bound_indices()
                        .map(|(i, _)| i)
                        .eq(bounds.iter().map(shift))
                        && text.unicode_words().count() == *words;
                    assert!(
                        same,
                        "{text:?} is not segmented as with {:?}",
                        char::from(b)
                    );
                }
            }
        }
        assert!(checked > 1000, "{checked} characters with stand-ins");
    }

    /// Normalized text holds no ZWJ (U+200D), so the one rule that tells
    /// pictographs from other symbols (WB3c: no break between a ZWJ and a
    /// pictograph) never applies in it: the normalizer drops the ZWJ, in
    /// the one pass and in the exact definition.
    #[test]
    fn zwj_is_dropped() {
        let mut out = crate::text::Normalized::default();
        crate::text::normalize_into("a\u{200d}\u{1f600} \u{1f468}\u{200d}\u{1f469}", &mut out);
        assert!(!out.folded.contains('\u{200d}') && !out.text.contains('\u{200d}'));
    }

    #[test]
    fn boundaries() {
        let mut w = WordBounds::default();
        let text = "itil it's fragile agile";
        w.segment(text);
        assert!(w.is_boundary(text, 0));
        assert!(!w.is_boundary(text, 2), "inside itil");
        assert!(w.is_boundary(text, 4));
        assert!(!w.is_boundary(text, 7), "it's is one word");
        assert!(w.is_boundary(text, text.len()));
        assert!(!w.is_boundary(text, text.len() + 1));
        assert_eq!(w.next_boundary(text, 15), 17);
        assert!(!w.exact, "ASCII text needs no bit set");
    }
}
