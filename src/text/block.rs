//! Text 64 bytes at a time: the classes of ASCII bytes as bit masks.
//!
//! The normalizer and the scanner look at text a block of up to 64 bytes at
//! a time. For each class of byte that matters to them, [`classify`] gives
//! one `u64` with bit `i` set when byte `i` is in the class, so that rules
//! about neighbouring bytes (a word starts where a word byte follows a
//! non-word byte; `.` joins two letters) become shifts and ands over 64
//! bytes at once, and a count of words is a population count.
//!
//! This file holds the definitions, written a byte at a time
//! ([`classify_bytes`], [`spaced`]); the vector engines that compute the
//! same with SSE2 or AVX2 live in [`crate::simd`], whose property tests
//! compare them with these.

/// Bytes in a block.
pub const BLOCK: usize = 64;

/// The classes of the bytes of one block, one bit per byte.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Masks {
    /// Bytes 0x80 and above (parts of non-ASCII characters).
    pub non_ascii: u64,
    /// ASCII letters of either case.
    pub alpha: u64,
    /// `0` to `9`.
    pub digit: u64,
    /// `_`, which UAX #29 counts as part of a word (ExtendNumLet).
    pub underscore: u64,
    /// What the normalizer turns into a space: whitespace (tab to carriage
    /// return, space), `-` and `/`.
    pub separator: u64,
    /// `:` `.` `'`, which join two letters (UAX #29 WB6, WB7).
    pub mid_letter: u64,
    /// `,` `;` `.` `'`, which join two digits (WB11, WB12).
    pub mid_num: u64,
}

/// The class masks of a block (with SSE2 on x86-64).
#[inline(always)]
pub fn classify(block: &[u8; BLOCK]) -> Masks {
    crate::simd::classify(block)
}

/// The bytes of a block that can be part of a word for the scanner: ASCII
/// letters, digits and `_` (the union of three of [`classify`]'s masks,
/// computed alone).
#[inline(always)]
pub fn word_bytes(block: &[u8; BLOCK]) -> u64 {
    crate::simd::word_bytes(block)
}

/// Writes the normalizer's two forms of a block: `text` with every
/// separator byte replaced by a space, and `folded`, the same lower-cased.
#[inline(always)]
pub fn spaced(block: &[u8; BLOCK], text: &mut [u8; BLOCK], folded: &mut [u8; BLOCK]) {
    // Plain comparisons, which the compiler turns into vector code.
    for ((&b, t), f) in block.iter().zip(text.iter_mut()).zip(folded.iter_mut()) {
        let separator = b == b' ' || b == b'-' || b == b'/' || b.wrapping_sub(b'\t') < 5;
        let s = if separator { b' ' } else { b };
        *t = s;
        *f = s | (u8::from(b.wrapping_sub(b'A') < 26) << 5);
    }
}

/// The class masks computed one byte at a time: the definition the vector
/// engines are tested against, and the masks of the scalar engine.
pub fn classify_bytes(block: &[u8; BLOCK]) -> Masks {
    let mut m = Masks::default();
    for (i, &b) in block.iter().enumerate() {
        let bit = 1u64 << i;
        let set = |mask: &mut u64, yes: bool| *mask |= if yes { bit } else { 0 };
        set(&mut m.non_ascii, !b.is_ascii());
        set(&mut m.alpha, b.is_ascii_alphabetic());
        set(&mut m.digit, b.is_ascii_digit());
        set(&mut m.underscore, b == b'_');
        set(
            &mut m.separator,
            matches!(b, b'\t'..=b'\r' | b' ' | b'-' | b'/'),
        );
        set(&mut m.mid_letter, matches!(b, b':' | b'.' | b'\''));
        set(&mut m.mid_num, matches!(b, b',' | b';' | b'.' | b'\''));
    }
    m
}

/// The block of `bytes` at `i`: 64 bytes, zero-filled past the end.
#[inline(always)]
pub fn block_at(bytes: &[u8], i: usize) -> [u8; BLOCK] {
    match bytes.get(i..i + BLOCK) {
        Some(b) => b.try_into().expect("a block"),
        None => {
            let mut block = [0u8; BLOCK];
            block[..bytes.len() - i].copy_from_slice(&bytes[i..]);
            block
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn block(bytes: &[u8]) -> [u8; BLOCK] {
        let mut b = [0u8; BLOCK];
        b[..bytes.len()].copy_from_slice(bytes);
        b
    }

    #[test]
    fn classes_of_a_text() {
        let m = classify(&block(b"It's 3.5-a_b/\n:;,\xc3\xa9Z"));
        assert_eq!(m.alpha, 0b11 | 1 << 3 | 1 << 9 | 1 << 11 | 1 << 19);
        assert_eq!(m.digit, 1 << 5 | 1 << 7);
        assert_eq!(m.underscore, 1 << 10);
        assert_eq!(m.separator, 1 << 4 | 1 << 8 | 1 << 12 | 1 << 13);
        assert_eq!(m.mid_letter, 1 << 2 | 1 << 6 | 1 << 14);
        assert_eq!(m.mid_num, 1 << 2 | 1 << 6 | 1 << 15 | 1 << 16);
        assert_eq!(m.non_ascii, 1 << 17 | 1 << 18);
        assert_eq!(word_bytes(&block(b"a_1 -")), 0b111);
    }

    #[test]
    fn spaced_and_folded() {
        let (mut text, mut folded) = ([0u8; BLOCK], [0u8; BLOCK]);
        let input = block(b"IT-Pro/x\tZ@[`{");
        spaced(&input, &mut text, &mut folded);
        assert_eq!(&text[..14], b"IT Pro x Z@[`{");
        assert_eq!(&folded[..14], b"it pro x z@[`{");
    }

    proptest::proptest! {
        /// The masks [`classify`] gives (SSE2 on x86-64) are the
        /// byte-by-byte ones, for any bytes, and `word_bytes` is their union
        /// of word classes (each engine is tested in `crate::simd`).
        #[test]
        fn masks_agree_with_the_byte_loop(bytes in proptest::collection::vec(proptest::num::u8::ANY, BLOCK)) {
            let b: [u8; BLOCK] = bytes.try_into().unwrap();
            let m = classify(&b);
            proptest::prop_assert_eq!(m, classify_bytes(&b));
            proptest::prop_assert_eq!(word_bytes(&b), m.alpha | m.digit | m.underscore);
        }

        /// `spaced` agrees with the masks: spaces exactly at separators,
        /// lower case exactly at upper-case letters.
        #[test]
        fn spaced_agrees_with_the_masks(bytes in proptest::collection::vec(proptest::num::u8::ANY, BLOCK)) {
            let b: [u8; BLOCK] = bytes.try_into().unwrap();
            let m = classify_bytes(&b);
            let (mut text, mut folded) = ([0u8; BLOCK], [0u8; BLOCK]);
            spaced(&b, &mut text, &mut folded);
            for i in 0..BLOCK {
                let sep = m.separator >> i & 1 == 1;
                proptest::prop_assert_eq!(text[i], if sep { b' ' } else { b[i] });
                proptest::prop_assert_eq!(folded[i], text[i].to_ascii_lowercase());
            }
        }
    }
}
