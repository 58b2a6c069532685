//! The AVX2 engine's instructions. Every function here needs the features
//! it enables; callers hold an `Avx2` value, which `Avx2::new` makes only
//! when the processor has them.
//!
//! The classes other than letters and digits come from two 16-byte
//! tables looked up with `vpshufb`, one by the low and one by the high
//! four bits of each byte: a byte is in a class when the two entries
//! share one of the class's bits. Each bit stands for one high nibble,
//! so that the low-nibble entry can list every low nibble the class
//! takes with it. Letters and digits are range compares. Kept bytes
//! are packed eight at a time, from the 16-byte quarter of the register
//! that holds them, with a `vpshufb` whose control comes from a table
//! of 256 (one entry per byte of the kept mask).

use std::arch::x86_64::{
    __m128i, __m256i, _mm256_and_si256, _mm256_blendv_epi8, _mm256_broadcastsi128_si256,
    _mm256_castsi256_si128, _mm256_cmpeq_epi8, _mm256_cmpgt_epi8, _mm256_extracti128_si256,
    _mm256_loadu_si256, _mm256_movemask_epi8, _mm256_or_si256, _mm256_set1_epi8,
    _mm256_setzero_si256, _mm256_shuffle_epi8, _mm256_srli_epi16, _mm256_storeu_si256,
    _mm256_xor_si256, _mm_cvtsi64_si128, _mm_loadu_si128, _mm_shuffle_epi8, _mm_storel_epi64,
};

use crate::text::block::{Masks, BLOCK};

/// A separator with high nibble 0 (tab to carriage return) or 2 (space,
/// `-`, `/`).
const SEPARATOR: u8 = 0b0000_0011;
/// `'` `.` (high nibble 2) or `:` (3).
const MID_LETTER: u8 = 0b0000_1100;
/// `'` `,` `.` (2) or `;` (3).
const MID_NUM: u8 = 0b0011_0000;
/// `_` (5).
const UNDERSCORE: u8 = 0b0100_0000;

/// The class bits a high nibble allows.
const HIGH: [u8; 16] = [
    0b01,
    0,
    0b0001_0110,
    0b0010_1000,
    0,
    0b0100_0000,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
];

/// The class bits a low nibble allows.
const LOW: [u8; 16] = {
    let mut t = [0u8; 16];
    t[0x0] = 0b10; // space
    t[0x7] = 0b0001_0100; // '
    t[0x9] = 0b01; // tab
    t[0xA] = 0b01 | 0b1000; // line feed, :
    t[0xB] = 0b01 | 0b10_0000; // vertical tab, ;
    t[0xC] = 0b01 | 0b01_0000; // form feed, ,
    t[0xD] = 0b01 | 0b10; // carriage return, -
    t[0xE] = 0b0001_0100; // .
    t[0xF] = 0b10 | 0b0100_0000; // /, _
    t
};

/// For each byte of a kept mask, the `vpshufb` control that packs the
/// kept bytes of an eight-byte group to its start.
static PACK: [u64; 256] = {
    let mut t = [0u64; 256];
    let mut m = 0;
    while m < 256 {
        let (mut control, mut n, mut j) = (0u64, 0, 0);
        while j < 8 {
            if m >> j & 1 == 1 {
                control |= (j as u64) << (8 * n);
                n += 1;
            }
            j += 1;
        }
        t[m] = control;
        m += 1;
    }
    t
};

/// A block's two output forms, before packing.
#[derive(Clone, Copy)]
pub struct Forms {
    /// Separators as spaces.
    spaced: [__m256i; 2],
    /// The same, lower-cased.
    lower: [__m256i; 2],
    /// The bytes of 0x80 and above.
    non_ascii: u64,
}

impl Forms {
    /// The bytes of 0x80 and above, as `load` found them.
    #[inline(always)]
    pub(super) fn non_ascii(&self) -> u64 {
        self.non_ascii
    }
}

#[inline]
#[target_feature(enable = "avx2")]
fn splat(b: u8) -> __m256i {
    _mm256_set1_epi8(b as i8)
}

/// One bit per byte: the high bits of the two lanes.
#[inline]
#[target_feature(enable = "avx2")]
fn bits(v: [__m256i; 2]) -> u64 {
    let low = _mm256_movemask_epi8(v[0]) as u32;
    let high = _mm256_movemask_epi8(v[1]) as u32;
    u64::from(low) | u64::from(high) << 32
}

/// The forms and the masks of a block.
///
/// # Safety
///
/// The processor must have AVX2.
#[inline]
#[target_feature(enable = "avx2")]
pub(super) unsafe fn load(block: &[u8; BLOCK]) -> (Forms, Masks) {
    // SAFETY: 32 bytes are read at offsets 0 and 32 of a 64-byte array,
    // and 16 from each 16-byte table; the loads take unaligned
    // addresses.
    let (x, high_table, low_table) = unsafe {
        (
            [
                _mm256_loadu_si256(block.as_ptr().cast()),
                _mm256_loadu_si256(block.as_ptr().add(32).cast()),
            ],
            _mm256_broadcastsi128_si256(_mm_loadu_si128(HIGH.as_ptr().cast())),
            _mm256_broadcastsi128_si256(_mm_loadu_si128(LOW.as_ptr().cast())),
        )
    };
    let nibble = splat(0x0F);
    let zero = _mm256_setzero_si256();
    // The shuffles give 0 where the index byte has its high bit set;
    // bytes 0x80 and above have high nibbles 8 to 15, whose entries
    // are 0, so they are in no class.
    let classes = x.map(|x| {
        let high = _mm256_shuffle_epi8(
            high_table,
            _mm256_and_si256(_mm256_srli_epi16(x, 4), nibble),
        );
        let low = _mm256_shuffle_epi8(low_table, _mm256_and_si256(x, nibble));
        _mm256_and_si256(high, low)
    });
    // Bytes without any of `class`'s bits.
    let outside =
        |class: u8| classes.map(|c| _mm256_cmpeq_epi8(_mm256_and_si256(c, splat(class)), zero));
    // Bytes from `lo` to `hi` (ASCII, lo > 0, hi < 127): the compares
    // are signed, so bytes 0x80 and above, negative, are never in range.
    let range = |v: [__m256i; 2], lo: u8, hi: u8| {
        v.map(|x| {
            _mm256_and_si256(
                _mm256_cmpgt_epi8(x, splat(lo - 1)),
                _mm256_cmpgt_epi8(splat(hi + 1), x),
            )
        })
    };
    let not_separator = outside(SEPARATOR);
    let alpha = range(x.map(|x| _mm256_or_si256(x, splat(0x20))), b'a', b'z');
    let spaced = [0, 1].map(|q| _mm256_blendv_epi8(splat(b' '), x[q], not_separator[q]));
    let lower = [0, 1].map(|q| _mm256_or_si256(spaced[q], _mm256_and_si256(alpha[q], splat(0x20))));
    let masks = Masks {
        non_ascii: bits(x),
        alpha: bits(alpha),
        digit: bits(range(x, b'0', b'9')),
        underscore: !bits(outside(UNDERSCORE)),
        separator: !bits(not_separator),
        mid_letter: !bits(outside(MID_LETTER)),
        mid_num: !bits(outside(MID_NUM)),
    };
    let non_ascii = masks.non_ascii;
    (
        Forms {
            spaced,
            lower,
            non_ascii,
        },
        masks,
    )
}

/// Writes the kept bytes of both forms, packed (see
/// `Engine::write_kept`).
///
/// # Safety
///
/// The processor must have AVX2 and POPCNT.
#[inline]
#[target_feature(enable = "avx2,popcnt")]
pub(super) unsafe fn write_kept(
    forms: &Forms,
    kept: u64,
    text: &mut [u8; BLOCK],
    folded: &mut [u8; BLOCK],
) {
    if kept & kept.wrapping_add(1) == 0 {
        // The kept bytes are the first ones: store the whole block.
        // SAFETY: each store writes 32 bytes at offset 0 or 32 of a
        // 64-byte array, unaligned.
        unsafe {
            _mm256_storeu_si256(text.as_mut_ptr().cast(), forms.spaced[0]);
            _mm256_storeu_si256(text.as_mut_ptr().add(32).cast(), forms.spaced[1]);
            _mm256_storeu_si256(folded.as_mut_ptr().cast(), forms.lower[0]);
            _mm256_storeu_si256(folded.as_mut_ptr().add(32).cast(), forms.lower[1]);
        }
        return;
    }
    // Eight bytes at a time, each group from the 16-byte quarter that
    // holds it: the control of the group's mask, plus 8 for the upper
    // group of a quarter.
    let mut k = 0;
    for g in 0..BLOCK / 8 {
        let half = g / 4;
        let (t, f) = if g % 4 < 2 {
            (
                _mm256_castsi256_si128(forms.spaced[half]),
                _mm256_castsi256_si128(forms.lower[half]),
            )
        } else {
            (
                _mm256_extracti128_si256::<1>(forms.spaced[half]),
                _mm256_extracti128_si256::<1>(forms.lower[half]),
            )
        };
        let m = (kept >> (8 * g)) as u8;
        let upper = if g % 2 == 1 { 0x0808_0808_0808_0808 } else { 0 };
        let control: __m128i = _mm_cvtsi64_si128((PACK[usize::from(m)] + upper) as i64);
        // SAFETY: each store writes 8 bytes at offset k, where k is the
        // number of kept bytes before the group, at most 8g, so within
        // the 64-byte arrays; the stores take unaligned addresses.
        unsafe {
            _mm_storel_epi64(
                text.as_mut_ptr().add(k).cast(),
                _mm_shuffle_epi8(t, control),
            );
            _mm_storel_epi64(
                folded.as_mut_ptr().add(k).cast(),
                _mm_shuffle_epi8(f, control),
            );
        }
        k += m.count_ones() as usize;
    }
}

/// The first special byte at or after `from` (see
/// `crate::simd::Engine::find_special`), 64 bytes at a time with the
/// compares of the SSE2 search on 32-byte vectors.
///
/// # Safety
///
/// The processor must have AVX2.
#[inline]
#[target_feature(enable = "avx2")]
pub(super) unsafe fn find_special(bytes: &[u8], from: usize) -> usize {
    let Some(rest) = bytes.get(from..) else {
        return bytes.len();
    };
    let mut at = from;
    let mut pairs = rest.chunks_exact(64);
    for pair in &mut pairs {
        let (a, b) = (special(pair), special(&pair[32..]));
        if mask(_mm256_or_si256(a, b)) != 0 {
            return at + (mask(a) | mask(b) << 32).trailing_zeros() as usize;
        }
        at += 64;
    }
    let tail = pairs.remainder();
    if tail.len() >= 32 {
        let m = mask(special(tail));
        if m != 0 {
            return at + m.trailing_zeros() as usize;
        }
        at += 32;
    }
    crate::simd::scalar::find_special_bytes(bytes, at)
}

/// The special bytes of the 32 at the start of `chunk`, as a vector of
/// 0xFF (special) and 0 bytes (see `super::sse2::special`).
#[inline]
#[target_feature(enable = "avx2")]
fn special(chunk: &[u8]) -> __m256i {
    assert!(chunk.len() >= 32);
    // SAFETY: the load reads the first 32 bytes of `chunk`, which has
    // them; unaligned loads are allowed.
    let v = unsafe { _mm256_loadu_si256(chunk.as_ptr().cast()) };
    let low = _mm256_cmpgt_epi8(splat(0x21), _mm256_xor_si256(v, splat(2)));
    let backslash = _mm256_cmpeq_epi8(v, splat(b'\\'));
    _mm256_or_si256(low, backslash)
}

/// The bit mask of a vector of 0xFF and 0 bytes.
#[inline]
#[target_feature(enable = "avx2")]
fn mask(v: __m256i) -> u64 {
    u64::from(_mm256_movemask_epi8(v) as u32)
}
