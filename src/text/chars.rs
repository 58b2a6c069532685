//! The normalizer's answers for common non-ASCII characters, looked up.
//!
//! Most non-ASCII characters of job postings are a few curly quotes,
//! bullets, dashes, accented letters, non-breaking spaces and Cyrillic
//! letters, one or two at a time between runs of ASCII. For each character
//! of a table (every two-byte character, U+0080 to U+07FF, and the
//! three-byte ones of a few 256-character pages: general punctuation,
//! letter-like symbols and arrows, geometric shapes, CJK punctuation and
//! kana, ligatures, half- and full-width forms), [`CharTable`] holds what
//! the normalizer's exact functions make of it on their own: its bytes in
//! `text` and `folded` (or that it is a separator, or dropped), and what
//! the word counter is fed for it. The table is built once per process, on
//! first use, by running those functions (`classify`, `fold_char` and
//! `context_free_nfkc` of [`super::normalize`], `stand_in` of
//! [`super::words`]) on each character, so it cannot disagree with them.
//!
//! A character is in the table only when it can be normalized on its own
//! (otherwise its entry says "slow" and the normalizer takes the run of
//! characters it stands in as before):
//!
//! * a starter (combining class 0) that the NFKC quick check accepts: the
//!   quick check resets at such a character exactly as at an ASCII one, so
//!   the runs between them are checked as they would be inside the whole
//!   text (see the module docs of [`super::normalize`]); or
//! * a character of the context-free NFKC table (non-breaking and other
//!   Unicode spaces, `…`, `™`, ligatures, full-width ASCII), which the
//!   normalizer already cuts runs at;
//!
//! and when what it becomes is one separator, nothing, one non-ASCII
//! character of the same length (`É` → `é` in `folded`), or one to three
//! ASCII characters that are all kept (`’` → `'`, `…` → `...`).

use std::sync::OnceLock;

use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::{is_nfkc_quick, IsNormalized};

use super::normalize::{classify, context_free_nfkc, fold_char, Class, Expansion};
use super::words::stand_in;
use crate::simd::utf8::Packed;

/// What one character becomes (see the module docs): its output bytes for
/// `text` and `folded` as a [`Packed`] (UTF-8 by construction, for the
/// normalizer's [`crate::simd::utf8::View`]), whose tag holds the kind in
/// bits 0 to 2 and the word counter's stand-in byte in bits 6 to 13.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Entry(Packed);

/// The kinds of [`Entry`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Not in the table: the normalizer's general path takes it.
    Slow,
    /// A separator: one space between words.
    Separator,
    /// Dropped.
    Drop,
    /// One to three ASCII bytes, all kept; the counter is fed them.
    Ascii,
    /// One non-ASCII character; the counter is fed the stand-in byte, or
    /// none (0) when the character's piece must be recounted.
    Char,
}

impl Entry {
    const SLOW: Entry = Entry(Packed::EMPTY);

    /// An entry of `kind` writing `text` and `folded` (of the same length,
    /// at most three bytes), or [`Entry::SLOW`] when they are not.
    fn new(kind: Kind, text: &str, folded: &str, stand_in: u8) -> Entry {
        let kind = match kind {
            Kind::Slow => 0u16,
            Kind::Separator => 1,
            Kind::Drop => 2,
            Kind::Ascii => 3,
            Kind::Char => 4,
        };
        match Packed::new(text, folded) {
            Some(packed) => Entry(packed.with_tag(kind | u16::from(stand_in) << 6)),
            None => Entry::SLOW,
        }
    }

    #[inline(always)]
    pub(crate) fn kind(self) -> Kind {
        match self.0.tag() & 7 {
            1 => Kind::Separator,
            2 => Kind::Drop,
            3 => Kind::Ascii,
            4 => Kind::Char,
            _ => Kind::Slow,
        }
    }

    /// The output bytes for both forms.
    #[inline(always)]
    pub(crate) fn packed(self) -> Packed {
        self.0
    }

    /// The output bytes for `text`, first byte lowest (bytes past
    /// [`Entry::len`] are zero).
    #[inline(always)]
    #[cfg(test)]
    pub(crate) fn text(self) -> [u8; 4] {
        self.0.text()
    }

    /// The output bytes for `folded`, as [`Entry::text`].
    #[inline(always)]
    pub(crate) fn folded(self) -> [u8; 4] {
        self.0.folded()
    }

    /// The output's length in bytes.
    #[inline(always)]
    pub(crate) fn len(self) -> usize {
        self.0.len()
    }

    /// The byte the word counter is fed for a [`Kind::Char`], or 0 when the
    /// character's piece is recounted.
    #[inline(always)]
    pub(crate) fn stand_in(self) -> u8 {
        (self.0.tag() >> 6) as u8
    }
}

/// The three-byte pages of the table (a code point's bits 8 to 15).
const PAGES: [u8; 7] = [0x20, 0x21, 0x25, 0x30, 0xFB, 0xFE, 0xFF];

/// The entries of the table (see the module docs).
pub(crate) struct CharTable {
    /// U+0080 to U+07FF.
    two: Vec<Entry>,
    /// For each page of U+0000 to U+FFFF, one more than its index in
    /// `pages`, or 0.
    page_of: [u8; 256],
    /// The entries of `PAGES`, 256 each.
    pages: Vec<Entry>,
}

impl CharTable {
    /// The table, built on first use.
    pub(crate) fn get() -> &'static CharTable {
        static TABLE: OnceLock<CharTable> = OnceLock::new();
        TABLE.get_or_init(CharTable::build)
    }

    fn build() -> CharTable {
        let entry = |cp: u32| char::from_u32(cp).map_or(Entry::SLOW, entry_of);
        let mut page_of = [0u8; 256];
        for (n, &page) in PAGES.iter().enumerate() {
            page_of[usize::from(page)] = n as u8 + 1;
        }
        CharTable {
            two: (0x80..0x800).map(entry).collect(),
            page_of,
            pages: PAGES
                .iter()
                .flat_map(|&page| (0..256).map(move |low| u32::from(page) << 8 | low))
                .map(entry)
                .collect(),
        }
    }

    /// The entry of the character starting at `bytes[i]`, a non-ASCII byte
    /// that starts a character of valid UTF-8, and the character's length.
    #[inline(always)]
    pub(crate) fn lookup(&self, bytes: &[u8], i: usize) -> (Entry, usize) {
        let lead = u32::from(bytes[i]);
        let next = |j: usize| u32::from(bytes[i + j] & 0x3F);
        if lead < 0xE0 {
            let cp = (lead & 0x1F) << 6 | next(1);
            (self.two[cp as usize - 0x80], 2)
        } else if lead < 0xF0 {
            let cp = (lead & 0x0F) << 12 | next(1) << 6 | next(2);
            match self.page_of[(cp >> 8) as usize] {
                0 => (Entry::SLOW, 3),
                n => (
                    self.pages[(usize::from(n) - 1) << 8 | (cp & 0xFF) as usize],
                    3,
                ),
            }
        } else {
            (Entry::SLOW, 4)
        }
    }
}

/// The entry of one character, from the normalizer's exact functions (see
/// the module docs).
fn entry_of(c: char) -> Entry {
    if c.is_ascii() || canonical_combining_class(c) != 0 {
        return Entry::SLOW;
    }
    let mut buf = [0u8; 4];
    let nfkc: &str = if is_nfkc_quick(std::iter::once(c)) == IsNormalized::Yes {
        c.encode_utf8(&mut buf)
    } else {
        match context_free_nfkc(c) {
            Some(Expansion::Char(e)) => e.encode_utf8(&mut buf),
            Some(Expansion::Str(s)) => s,
            None => return Entry::SLOW,
        }
    };
    let mut chars = nfkc.chars();
    match (chars.next().map(classify), chars.next()) {
        (Some(Class::Separator), None) => Entry::new(Kind::Separator, "", "", 0),
        (Some(Class::Drop), None) => Entry::new(Kind::Drop, "", "", 0),
        (Some(Class::Keep(k)), None) if !k.is_ascii() => {
            let folded = fold_char(k);
            let (mut t, mut f) = ([0u8; 4], [0u8; 4]);
            let (t, f) = (k.encode_utf8(&mut t), folded.encode_utf8(&mut f));
            if t.len() > 3 || t.len() != f.len() {
                return Entry::SLOW;
            }
            Entry::new(Kind::Char, t, f, stand_in(folded).unwrap_or(0))
        }
        _ => {
            // ASCII, all kept.
            let mut text = String::new();
            for e in nfkc.chars() {
                match classify(e) {
                    Class::Keep(k) if k.is_ascii() => text.push(k),
                    _ => return Entry::SLOW,
                }
            }
            if text.len() > 3 {
                return Entry::SLOW;
            }
            let folded = text.to_ascii_lowercase();
            Entry::new(Kind::Ascii, &text, &folded, 0)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_pack_and_unpack() {
        let e = Entry::new(Kind::Char, "É", "é", b'a');
        assert_eq!(e.kind(), Kind::Char);
        assert_eq!(&e.text()[..e.len()], "É".as_bytes());
        assert_eq!(&e.folded()[..e.len()], "é".as_bytes());
        assert_eq!(e.stand_in(), b'a');
        assert_eq!(Entry::SLOW.kind(), Kind::Slow);
        let e = Entry::new(Kind::Ascii, "TM", "tm", 0);
        assert_eq!(
            (e.kind(), e.len(), e.text(), e.folded()),
            (Kind::Ascii, 2, *b"TM\0\0", *b"tm\0\0")
        );
    }

    #[test]
    fn common_characters_are_in_the_table() {
        let table = CharTable::get();
        let kind = |s: &str| table.lookup(s.as_bytes(), 0);
        for (s, want) in [
            ("\u{2019}", Kind::Ascii),
            ("é", Kind::Char),
            ("\u{a0}", Kind::Separator),
            ("•", Kind::Char),
            ("\u{2013}", Kind::Separator),
            ("\u{2026}", Kind::Ascii),
            ("·", Kind::Char),
            ("д", Kind::Char),
            ("\u{200b}", Kind::Drop),
            ("Ｐ", Kind::Ascii),
            ("\u{fb01}", Kind::Ascii),
            ("\u{301}", Kind::Slow),
            ("\u{a8}", Kind::Slow),
            ("日", Kind::Slow),
            ("\u{1f600}", Kind::Slow),
        ] {
            let (entry, len) = kind(s);
            assert_eq!((entry.kind(), len), (want, s.len()), "{s:?}");
        }
    }
}
