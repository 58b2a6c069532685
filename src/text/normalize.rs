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
//! Text that is already NFKC (all ASCII postings and most others) skips the
//! decomposition; runs of ASCII are copied and lower-cased in bulk.

use unicode_normalization::{is_nfkc_quick, IsNormalized, UnicodeNormalization};

use super::words::AsciiWordCounter;

/// A normalized text: case-preserved and folded forms with equal byte offsets.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Normalized {
    /// NFKC text with separators collapsed and quotes folded; case kept.
    pub text: String,
    /// `text` with each character lower-cased where that keeps its length.
    pub folded: String,
}

impl Normalized {
    /// Normalizes `input` into a new value.
    pub fn new(input: &str) -> Normalized {
        let mut out = Normalized::default();
        normalize_into(input, &mut out);
        out
    }
}

/// What a character becomes before it is appended.
enum Class {
    /// Part of a separator run: collapses to one space between words.
    Separator,
    /// Dropped entirely (invisible formatting characters).
    Drop,
    /// Kept, possibly replaced (curly quotes become straight ones).
    Keep(char),
}

fn classify(c: char) -> Class {
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

/// Normalizes `input` into `out`, reusing its buffers.
///
/// Leading and trailing separators are dropped; every inner run of
/// separators becomes a single space.
pub fn normalize_into(input: &str, out: &mut Normalized) {
    normalize_counting(input, out);
}

/// [`normalize_into`], which also returns the UAX #29 word count of the
/// result when `input` is ASCII: that text is folded and counted in the same
/// pass over the bytes.
pub fn normalize_counting(input: &str, out: &mut Normalized) -> Option<usize> {
    if input.is_ascii() {
        return Some(normalize_ascii(input.as_bytes(), out));
    }
    out.text.clear();
    out.folded.clear();
    out.text.reserve(input.len());
    out.folded.reserve(input.len());
    let mut pending_space = false;
    // Most postings are ASCII or already in NFKC (curly quotes and accented
    // names are); the quick check says so without decomposing and
    // recomposing every character, which otherwise dominates the scan.
    if is_nfkc_quick(input.chars()) == IsNormalized::Yes {
        push_str(input, &mut pending_space, out);
        return None;
    }
    // Otherwise only the pieces that need it go through NFKC. Pieces start
    // at an ASCII space: no composition has a space as its second
    // character, so normalizing the pieces one by one gives the same text
    // as normalizing the whole (a property test checks it).
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
            push_str(piece, &mut pending_space, out);
        } else {
            push_chars(piece.nfkc(), &mut pending_space, out);
        }
        start = end;
    }
    None
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

/// The whole normalization of ASCII text, one byte at a time: separator
/// runs become one space, every other byte is copied as it is into `text`
/// and lower-cased into `folded`, and the words of the result are counted on
/// the way. Returns the word count.
fn normalize_ascii(input: &[u8], out: &mut Normalized) -> usize {
    let mut text = std::mem::take(&mut out.text).into_bytes();
    let mut folded = std::mem::take(&mut out.folded).into_bytes();
    text.clear();
    folded.clear();
    text.resize(input.len(), 0);
    folded.resize(input.len(), 0);
    let mut words = AsciiWordCounter::default();
    let mut k = 0;
    let mut pending_space = false;
    for &b in input {
        if is_ascii_separator(b) {
            pending_space = true;
            continue;
        }
        if pending_space && k > 0 {
            text[k] = b' ';
            folded[k] = b' ';
            words.push(b' ');
            k += 1;
        }
        pending_space = false;
        text[k] = b;
        folded[k] = b.to_ascii_lowercase();
        words.push(b);
        k += 1;
    }
    text.truncate(k);
    folded.truncate(k);
    let count = words.finish();
    out.text = String::from_utf8(text).expect("ASCII in, ASCII out");
    out.folded = String::from_utf8(folded).expect("ASCII in, ASCII out");
    count
}

/// Whether an ASCII byte is a separator: whitespace, hyphen or slash (the
/// same answer `classify` gives for it).
#[inline]
fn is_ascii_separator(b: u8) -> bool {
    ASCII_SEPARATORS[usize::from(b & 0x7F)]
}

/// Appends already-NFKC text: ASCII bytes are copied (and lower-cased into
/// `folded`) one by one with a table lookup for separators, as in
/// [`normalize_ascii`]; other characters go through `classify`.
fn push_str(input: &str, pending_space: &mut bool, out: &mut Normalized) {
    let bytes = input.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii() {
            i += 1;
            if is_ascii_separator(b) {
                *pending_space = true;
                continue;
            }
            space_if_pending(pending_space, out);
            out.text.push(char::from(b));
            out.folded.push(char::from(b.to_ascii_lowercase()));
        } else {
            let c = input[i..].chars().next().expect("i is a char boundary");
            i += c.len_utf8();
            push_char(c, pending_space, out);
        }
    }
}

#[inline]
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

fn push_chars(chars: impl Iterator<Item = char>, pending_space: &mut bool, out: &mut Normalized) {
    for c in chars {
        push_char(c, pending_space, out);
    }
}

/// Lower-cases one character when its lower-case form is a single character
/// of the same UTF-8 length; otherwise returns it unchanged (see module docs).
fn fold_char(c: char) -> char {
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

    fn n(s: &str) -> (String, String) {
        let n = Normalized::new(s);
        (n.text, n.folded)
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
            let mut bulk = Normalized::default();
            normalize_into(&text, &mut bulk);
            let mut slow = Normalized::default();
            push_chars(text.nfkc(), &mut false, &mut slow);
            proptest::prop_assert_eq!(bulk, slow);
        }

        /// The one-pass ASCII path gives the char-by-char result and the
        /// UAX #29 word count of it.
        #[test]
        fn ascii_path_matches_char_path(
            text in proptest::string::string_regex("([a-cA-C]{1,3}|[0-9]{1,2}|[ .',;:/_-]|  |\\t|\\n|\\r\\n|\\x0b|\\x1c|\\x7f){0,30}").unwrap()
        ) {
            let mut fast = Normalized::default();
            let words = normalize_counting(&text, &mut fast);
            let mut slow = Normalized::default();
            push_chars(text.chars(), &mut false, &mut slow);
            proptest::prop_assert_eq!(&fast, &slow);
            proptest::prop_assert_eq!(words, Some(slow.folded.unicode_words().count()));
        }
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
