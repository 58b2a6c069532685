//! Word boundaries and word counts (Unicode UAX #29).
//!
//! [`WordBounds::segment`] walks the folded text once with
//! unicode-segmentation's word-boundary iterator, records every boundary
//! offset in a bit set and counts the segments that contain a letter or digit
//! (the same rule as `unicode_words()`). The scanner asks
//! [`WordBounds::is_boundary`] for each match start and end, so `IT` never
//! matches inside `ITIL`, `agile` inside `fragile`, or `it` inside `it's`
//! (UAX #29 keeps `it's` one word).

use unicode_segmentation::UnicodeSegmentation;

/// Word boundary offsets and the word count of one text.
#[derive(Debug, Default, Clone)]
pub struct WordBounds {
    bits: Vec<u64>,
    len: usize,
    words: usize,
}

impl WordBounds {
    /// Segments `text`, reusing this value's buffer.
    pub fn segment(&mut self, text: &str) {
        self.len = text.len();
        self.words = 0;
        self.bits.clear();
        self.bits.resize(text.len() / 64 + 1, 0);
        for (start, segment) in text.split_word_bound_indices() {
            self.set(start);
            if segment.chars().any(char::is_alphanumeric) {
                self.words += 1;
            }
        }
        self.set(text.len());
    }

    fn set(&mut self, offset: usize) {
        self.bits[offset / 64] |= 1 << (offset % 64);
    }

    /// Number of words (segments with at least one letter or digit).
    pub fn word_count(&self) -> usize {
        self.words
    }

    /// Whether a word boundary falls at byte `offset`. Offsets past the end
    /// are not boundaries.
    pub fn is_boundary(&self, offset: usize) -> bool {
        offset <= self.len && self.bits[offset / 64] & (1 << (offset % 64)) != 0
    }

    /// The first boundary at or after `offset` (the text length at worst).
    pub fn next_boundary(&self, offset: usize) -> usize {
        let mut i = offset;
        while i < self.len {
            if self.is_boundary(i) {
                return i;
            }
            i += 1;
        }
        self.len
    }
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
    fn boundaries() {
        let mut w = WordBounds::default();
        let text = "itil it's fragile agile";
        w.segment(text);
        assert!(w.is_boundary(0));
        assert!(!w.is_boundary(2), "inside itil");
        assert!(w.is_boundary(4));
        assert!(!w.is_boundary(7), "it's is one word");
        assert!(w.is_boundary(text.len()));
        assert!(!w.is_boundary(text.len() + 1));
        assert_eq!(w.next_boundary(15), 17);
    }
}
