//! The normalizer's two output buffers, UTF-8 by construction, so that they
//! become `String`s without a second check (which cost 4.3% of a default
//! run's time on dev; BENCHMARKS.md, tenth round).
//!
//! [`Out`] holds `text` and `folded`, written side by side at one offset
//! `k`; the normalizer writes through a [`View`] of it, whose every write
//! keeps the bytes before `k` whole characters in both: ASCII bytes (an
//! engine's kept bytes are masked to the block's ASCII ones), a `char` and
//! its fold of the same length, and the bytes of a [`Packed`], which is
//! made from `&str`s only. Bytes at and past `k` are scratch: the wide
//! writes (a whole block, four bytes of a `Packed`) may put anything there,
//! and `k` only moves back over an ASCII byte.

use super::Engine;
use crate::text::block::{Masks, BLOCK};

/// One to three bytes of UTF-8 for `text` and as many for `folded`, both
/// whole characters, packed in the low 50 bits of a `u64`: the `text`
/// bytes in bits 0 to 23, the `folded` bytes in 24 to 47 (first byte
/// lowest), their length in 48 and 49. Bits 50 to 63 are a tag for the
/// owner (the normalizer's table keeps an entry's kind and stand-in there).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Packed(u64);

/// The bits of [`Packed`] that are its tag.
const TAG_SHIFT: u32 = 50;

impl Packed {
    /// No bytes, tag 0.
    pub const EMPTY: Packed = Packed(0);

    /// `text` and `folded` packed, or `None` when they differ in length or
    /// are longer than three bytes.
    pub fn new(text: &str, folded: &str) -> Option<Packed> {
        if text.len() > 3 || text.len() != folded.len() {
            return None;
        }
        let bytes = |b: &[u8]| b.iter().rev().fold(0u64, |v, &x| v << 8 | u64::from(x));
        Some(Packed(
            bytes(text.as_bytes()) | bytes(folded.as_bytes()) << 24 | (text.len() as u64) << 48,
        ))
    }

    /// The same bytes with `tag` (14 bits) as the tag.
    pub const fn with_tag(self, tag: u16) -> Packed {
        Packed(self.0 & ((1 << TAG_SHIFT) - 1) | (tag as u64) << TAG_SHIFT)
    }

    /// The tag.
    #[inline(always)]
    pub fn tag(self) -> u16 {
        (self.0 >> TAG_SHIFT) as u16
    }

    /// The bytes for `text`, first byte lowest (those past [`Packed::len`]
    /// are zero).
    #[inline(always)]
    pub fn text(self) -> [u8; 4] {
        (self.0 as u32 & 0xFF_FFFF).to_le_bytes()
    }

    /// The bytes for `folded`, as [`Packed::text`].
    #[inline(always)]
    pub fn folded(self) -> [u8; 4] {
        ((self.0 >> 24) as u32 & 0xFF_FFFF).to_le_bytes()
    }

    /// The length of either, in bytes.
    #[inline(always)]
    pub fn len(self) -> usize {
        (self.0 >> 48 & 3) as usize
    }
}

/// The normalizer's output buffers (see the module docs).
#[derive(Debug, Default)]
pub struct Out {
    text: Vec<u8>,
    folded: Vec<u8>,
    /// Bytes written: `text[..k]` and `folded[..k]` are UTF-8.
    k: usize,
}

impl Out {
    /// Buffers reusing the allocations of two strings, empty.
    pub fn from_strings(text: String, folded: String) -> Out {
        Out {
            text: text.into_bytes(),
            folded: folded.into_bytes(),
            k: 0,
        }
    }

    /// Starts the output over, with room for `n` bytes and a block more.
    /// The bytes are not cleared: every byte is written before it is kept.
    pub fn begin(&mut self, n: usize) {
        self.text.resize(n + BLOCK, 0);
        self.folded.resize(n + BLOCK, 0);
        self.k = 0;
    }

    /// Bytes written.
    #[inline(always)]
    pub fn k(&self) -> usize {
        self.k
    }

    /// A view to write through.
    #[inline(always)]
    pub fn view(&mut self) -> View<'_> {
        View {
            text: &mut self.text,
            folded: &mut self.folded,
            k: self.k,
            out_k: &mut self.k,
        }
    }

    /// The two outputs as strings.
    pub fn into_strings(self) -> (String, String) {
        let Out {
            mut text,
            mut folded,
            k,
        } = self;
        text.truncate(k);
        folded.truncate(k);
        debug_assert!(std::str::from_utf8(&text).is_ok() && std::str::from_utf8(&folded).is_ok());
        // SAFETY: `text[..k]` and `folded[..k]` are UTF-8: only `View`
        // writes them, and each of its writes leaves the bytes before its
        // offset whole characters (see the module docs and each method).
        unsafe {
            (
                String::from_utf8_unchecked(text),
                String::from_utf8_unchecked(folded),
            )
        }
    }
}

/// The buffers of an [`Out`] and its offset, by value, so that a loop
/// keeps the offset in a register; the offset goes back to the `Out` when
/// the view is dropped.
pub struct View<'a> {
    text: &'a mut [u8],
    folded: &'a mut [u8],
    k: usize,
    out_k: &'a mut usize,
}

impl Drop for View<'_> {
    #[inline(always)]
    fn drop(&mut self) {
        *self.out_k = self.k;
    }
}

impl View<'_> {
    /// Bytes written.
    #[inline(always)]
    pub fn k(&self) -> usize {
        self.k
    }

    /// Writes a space at the offset, kept (the offset moved past it) when
    /// `keep`.
    #[inline(always)]
    pub fn space(&mut self, keep: bool) {
        self.text[self.k] = b' ';
        self.folded[self.k] = b' ';
        self.k += usize::from(keep);
    }

    /// Writes the ASCII byte `b` (lower-cased in `folded`), kept when
    /// `keep`. A byte of 0x80 and above has its high bit cleared (never
    /// done by the normalizer, which gives ASCII bytes only).
    #[inline(always)]
    pub fn ascii(&mut self, b: u8, keep: bool) {
        debug_assert!(b.is_ascii());
        let b = b & 0x7F;
        self.text[self.k] = b;
        self.folded[self.k] = b.to_ascii_lowercase();
        self.k += usize::from(keep);
    }

    /// Appends `c` to `text` and `fold` to `folded`, which must have the
    /// same UTF-8 length.
    #[inline]
    pub fn char(&mut self, c: char, fold: char) {
        assert_eq!(c.len_utf8(), fold.len_utf8(), "a fold of another length");
        let len = c.encode_utf8(&mut self.text[self.k..]).len();
        fold.encode_utf8(&mut self.folded[self.k..]);
        self.k += len;
    }

    /// Appends the bytes of `packed`.
    #[inline(always)]
    pub fn packed(&mut self, packed: Packed) {
        let k = self.k;
        self.text[k..k + 4].copy_from_slice(&packed.text());
        self.folded[k..k + 4].copy_from_slice(&packed.folded());
        self.k = k + packed.len();
    }

    /// One block of the normalizer's loop: a space, kept when `space`;
    /// then the bytes of `block` (loaded by `engine`) whose bits are set in
    /// `kept`, as [`Engine::write_kept`] writes them, ASCII bytes only
    /// (`kept` is masked to them, as the normalizer's already is); then,
    /// when `back` says so of the offset reached, the last byte written is
    /// taken back. That byte is the space or a kept byte, ASCII either way;
    /// when the block wrote nothing, nothing is taken back. Returns whether
    /// a byte was taken back. Room for a whole block past the offset is
    /// needed.
    #[inline(always)]
    pub fn block<E: Engine>(
        &mut self,
        engine: E,
        block: &E::Block,
        masks: &Masks,
        space: bool,
        kept: u64,
        back: impl FnOnce(usize) -> bool,
    ) -> bool {
        self.space(space);
        let kept = kept & !engine.non_ascii(block);
        engine.write_kept(block, masks, kept, self.text, self.folded, self.k);
        self.k += kept.count_ones() as usize;
        let wrote = space | (kept != 0);
        let take = wrote & back(self.k);
        self.k -= usize::from(take);
        take
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packed_keeps_bytes_length_and_tag() {
        let p = Packed::new("É", "é").unwrap().with_tag(0x3FFF);
        assert_eq!((p.len(), p.tag()), (2, 0x3FFF));
        assert_eq!(&p.text()[..2], "É".as_bytes());
        assert_eq!(&p.folded()[..2], "é".as_bytes());
        assert_eq!(Packed::new("ab", "a"), None);
        assert_eq!(Packed::new("abcd", "abcd"), None);
        assert_eq!(Packed::EMPTY.len(), 0);
    }

    #[test]
    fn writes_keep_both_buffers_utf8() {
        let mut out = Out::default();
        out.begin(16);
        {
            let mut v = out.view();
            v.ascii(b'A', true);
            v.space(true);
            v.char('É', 'é');
            v.packed(Packed::new("’", "’").unwrap());
            v.ascii(b'C', true);
        }
        let (text, folded) = out.into_strings();
        assert_eq!(text, "A É’C");
        assert_eq!(folded, "a é’c");
    }

    /// A block takes back only what it wrote.
    #[test]
    fn a_block_takes_back_only_its_own_last_byte() {
        let engine = crate::simd::Scalar;
        let mut out = Out::default();
        out.begin(BLOCK * 2);
        let bytes = "a  b".as_bytes();
        let (block, masks) = engine.load(bytes, 0);
        {
            let mut v = out.view();
            v.char('é', 'é');
            // Nothing written: no take-back, whatever `back` says.
            assert!(!v.block(engine, &block, &masks, false, 0, |_| true));
            assert_eq!(v.k(), 2);
            // "a " kept, then the space taken back.
            assert!(v.block(engine, &block, &masks, false, 0b11, |_| true));
            assert_eq!(v.k(), 3);
        }
        let (text, _) = out.into_strings();
        assert_eq!(text, "éa");
    }
}
