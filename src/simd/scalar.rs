//! The engine of every processor: a byte at a time, written as plain loops
//! (the compiler may still vectorize them with what the target always has).

use super::{Bytes, Engine};
use crate::text::block::{block_at, classify_bytes, spaced, Masks, BLOCK};

/// The byte-at-a-time engine, and the definition the vector engines are
/// tested against.
#[derive(Debug, Clone, Copy, Default)]
pub struct Scalar;

impl Engine for Scalar {
    type Block = Bytes;

    #[inline(always)]
    fn load(self, bytes: &[u8], i: usize) -> (Bytes, Masks) {
        Bytes::load(bytes, i, classify_bytes)
    }

    #[inline(always)]
    fn write_kept(
        self,
        block: &Bytes,
        _masks: &Masks,
        kept: u64,
        text: &mut [u8],
        folded: &mut [u8],
        k: usize,
    ) {
        block.write_kept(kept, text, folded, k);
    }

    #[inline(always)]
    fn non_ascii(self, block: &Bytes) -> u64 {
        block.non_ascii()
    }

    #[inline(always)]
    fn find_special(self, bytes: &[u8], from: usize) -> usize {
        find_special_bytes(bytes, from)
    }
}

impl Bytes {
    /// The block of `bytes` at `i` (zero bytes past the end) and its masks,
    /// as `classify` gives them: the `load` of the engines whose blocks
    /// are plain bytes.
    #[inline(always)]
    pub(super) fn load(
        bytes: &[u8],
        i: usize,
        classify: impl Fn(&[u8; BLOCK]) -> Masks,
    ) -> (Bytes, Masks) {
        let block = block_at(bytes, i);
        let masks = classify(&block);
        let loaded = Bytes {
            bytes: block,
            non_ascii: masks.non_ascii,
        };
        (loaded, masks)
    }

    /// [`Engine::write_kept`] from [`spaced`]'s two forms: a block whose
    /// kept bytes are its first ones is copied whole, else each kept
    /// stretch is copied on its own.
    #[inline(always)]
    pub(super) fn write_kept(&self, kept: u64, text: &mut [u8], folded: &mut [u8], k: usize) {
        let (mut spaced_text, mut spaced_folded) = ([0u8; BLOCK], [0u8; BLOCK]);
        spaced(&self.bytes, &mut spaced_text, &mut spaced_folded);
        if kept & kept.wrapping_add(1) == 0 {
            text[k..k + BLOCK].copy_from_slice(&spaced_text);
            folded[k..k + BLOCK].copy_from_slice(&spaced_folded);
            return;
        }
        let (mut kept, mut k) = (kept, k);
        while kept != 0 {
            let from = kept.trailing_zeros() as usize;
            let n = (!(kept >> from)).trailing_zeros() as usize;
            text[k..k + n].copy_from_slice(&spaced_text[from..from + n]);
            folded[k..k + n].copy_from_slice(&spaced_folded[from..from + n]);
            k += n;
            kept &= u64::MAX.checked_shl((from + n) as u32).unwrap_or(0);
        }
    }

    /// Its bytes of 0x80 and above.
    #[inline(always)]
    pub(super) fn non_ascii(&self) -> u64 {
        self.non_ascii
    }
}

/// Whether a byte ends a plain run of a JSON string: `"`, `\`, a control
/// character (below 0x20), or a byte of a non-ASCII character (0x80 and
/// above).
#[inline(always)]
pub fn is_special(b: u8) -> bool {
    b == b'"' || b == b'\\' || !(0x20..0x80).contains(&b)
}

/// [`Engine::find_special`] a byte at a time.
#[inline]
pub(super) fn find_special_bytes(bytes: &[u8], from: usize) -> usize {
    bytes
        .get(from..)
        .and_then(|rest| rest.iter().position(|&b| is_special(b)))
        .map_or(bytes.len(), |at| from + at)
}
