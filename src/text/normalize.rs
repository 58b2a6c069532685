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
//! ASCII input, which is most postings, skips NFKC (it is the identity on
//! ASCII) and folds bytes directly.

use unicode_normalization::UnicodeNormalization;

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
    out.text.clear();
    out.folded.clear();
    out.text.reserve(input.len());
    out.folded.reserve(input.len());
    if input.is_ascii() {
        normalize_ascii(input.as_bytes(), out);
    } else {
        normalize_unicode(input, out);
    }
}

fn normalize_ascii(input: &[u8], out: &mut Normalized) {
    let mut pending_space = false;
    for &b in input {
        match b {
            b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C | b'-' | b'/' => pending_space = true,
            _ => {
                if pending_space && !out.text.is_empty() {
                    out.text.push(' ');
                    out.folded.push(' ');
                }
                pending_space = false;
                out.text.push(b as char);
                out.folded.push(b.to_ascii_lowercase() as char);
            }
        }
    }
}

fn normalize_unicode(input: &str, out: &mut Normalized) {
    let mut pending_space = false;
    for c in input.nfkc() {
        match classify(c) {
            Class::Separator => pending_space = true,
            Class::Drop => {}
            Class::Keep(c) => {
                if pending_space && !out.text.is_empty() {
                    out.text.push(' ');
                    out.folded.push(' ');
                }
                pending_space = false;
                out.text.push(c);
                out.folded.push(fold_char(c));
            }
        }
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
}
