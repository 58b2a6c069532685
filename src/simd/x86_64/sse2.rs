//! The SSE2 engine's instructions: the class masks of a block and the JSON
//! search, as safe functions. SSE2 is part of every x86-64 processor (the
//! parent module does not compile for a target without it), so each
//! `unsafe` block below relies only on its pointer arguments.

use std::arch::x86_64::{
    __m128i, _mm_and_si128, _mm_cmpeq_epi8, _mm_cmpgt_epi8, _mm_cmplt_epi8, _mm_loadu_si128,
    _mm_movemask_epi8, _mm_or_si128, _mm_set1_epi8, _mm_xor_si128,
};

use crate::text::block::{Masks, BLOCK};

/// The four 16-byte lanes of a block.
#[inline(always)]
fn lanes(block: &[u8; BLOCK]) -> [__m128i; 4] {
    // SAFETY: SSE2 is available (see the module docs); each load reads
    // 16 bytes at offset 0, 16, 32 or 48 of a 64-byte array, and
    // `_mm_loadu_si128` takes unaligned addresses.
    std::array::from_fn(|q| unsafe { _mm_loadu_si128(block.as_ptr().add(16 * q).cast()) })
}

#[inline(always)]
fn splat(b: u8) -> __m128i {
    // SAFETY: SSE2 is available (see the module docs).
    unsafe { _mm_set1_epi8(b as i8) }
}

#[inline(always)]
fn or(x: __m128i, y: __m128i) -> __m128i {
    // SAFETY: SSE2 is available (see the module docs).
    unsafe { _mm_or_si128(x, y) }
}

/// Bytes equal to `b`.
#[inline(always)]
fn eq(x: __m128i, b: u8) -> __m128i {
    // SAFETY: SSE2 is available (see the module docs).
    unsafe { _mm_cmpeq_epi8(x, splat(b)) }
}

/// Bytes from `lo` to `hi` (both ASCII, `lo` > 0, `hi` < 127): the
/// compares are signed, so bytes 0x80 and above, negative, are never in
/// range.
#[inline(always)]
fn range(x: __m128i, lo: u8, hi: u8) -> __m128i {
    // SAFETY: SSE2 is available (see the module docs).
    unsafe {
        _mm_and_si128(
            _mm_cmpgt_epi8(x, splat(lo - 1)),
            _mm_cmplt_epi8(x, splat(hi + 1)),
        )
    }
}

/// ASCII letters of either case.
#[inline(always)]
fn letter(x: __m128i) -> __m128i {
    range(or(x, splat(0x20)), b'a', b'z')
}

/// `.` and `'`, which join letters and digits alike.
#[inline(always)]
fn dot_or_quote(x: __m128i) -> __m128i {
    or(eq(x, b'.'), eq(x, b'\''))
}

/// One bit per byte: the high bits of the four lanes.
#[inline(always)]
fn bits(lanes: [__m128i; 4]) -> u64 {
    lanes.iter().enumerate().fold(0, |m, (q, &x)| {
        // SAFETY: SSE2 is available (see the module docs).
        let high = unsafe { _mm_movemask_epi8(x) };
        m | u64::from(high as u16) << (16 * q)
    })
}

#[inline(always)]
pub(in crate::simd) fn classify(block: &[u8; BLOCK]) -> Masks {
    let v = lanes(block);
    Masks {
        non_ascii: bits(v),
        alpha: bits(v.map(letter)),
        digit: bits(v.map(|x| range(x, b'0', b'9'))),
        underscore: bits(v.map(|x| eq(x, b'_'))),
        separator: bits(v.map(|x| {
            or(
                or(range(x, b'\t', b'\r'), eq(x, b' ')),
                or(eq(x, b'-'), eq(x, b'/')),
            )
        })),
        mid_letter: bits(v.map(|x| or(eq(x, b':'), dot_or_quote(x)))),
        mid_num: bits(v.map(|x| or(or(eq(x, b','), eq(x, b';')), dot_or_quote(x)))),
    }
}

#[inline(always)]
pub(in crate::simd) fn word_bytes(block: &[u8; BLOCK]) -> u64 {
    bits(lanes(block).map(|x| or(or(letter(x), range(x, b'0', b'9')), eq(x, b'_'))))
}

/// The special bytes of the 16 at the start of `chunk`, as a vector of
/// 0xFF (special) and 0 bytes. With bit 1 flipped, `"` becomes 0x20
/// and no other byte does, so one signed compare with 0x21 finds `"`,
/// control characters and non-ASCII bytes (0x80 and above are negative
/// as `i8`); `\` takes a compare of its own.
#[inline(always)]
fn special(chunk: &[u8]) -> __m128i {
    assert!(chunk.len() >= 16);
    // SAFETY: SSE2 is enabled (see the module docs), and the load
    // reads the first 16 bytes of `chunk`, which has them; unaligned
    // loads are allowed.
    unsafe {
        let v = _mm_loadu_si128(chunk.as_ptr().cast());
        let low = _mm_cmplt_epi8(_mm_xor_si128(v, _mm_set1_epi8(2)), _mm_set1_epi8(0x21));
        let backslash = _mm_cmpeq_epi8(v, _mm_set1_epi8(b'\\' as i8));
        _mm_or_si128(low, backslash)
    }
}

/// The bit mask of a vector of 0xFF and 0 bytes.
#[inline(always)]
fn mask(v: __m128i) -> u32 {
    // SAFETY: SSE2 is enabled (see the module docs).
    unsafe { _mm_movemask_epi8(v) as u32 }
}

/// The first special byte at or after `from` (see
/// `crate::simd::Engine::find_special`), 32 bytes at a time.
#[inline(always)]
pub(super) fn find_special(bytes: &[u8], from: usize) -> usize {
    let Some(rest) = bytes.get(from..) else {
        return bytes.len();
    };
    let mut at = from;
    let mut pairs = rest.chunks_exact(32);
    for pair in &mut pairs {
        let (a, b) = (special(&pair[..16]), special(&pair[16..]));
        // SAFETY: SSE2 is enabled (see the module docs).
        if mask(unsafe { _mm_or_si128(a, b) }) != 0 {
            return at + (mask(a) | mask(b) << 16).trailing_zeros() as usize;
        }
        at += 32;
    }
    let tail = pairs.remainder();
    if tail.len() >= 16 {
        let m = mask(special(tail));
        if m != 0 {
            return at + m.trailing_zeros() as usize;
        }
        at += 16;
    }
    crate::simd::scalar::find_special_bytes(bytes, at)
}
