//! Text 64 bytes at a time: the classes of ASCII bytes as bit masks.
//!
//! The normalizer and the scanner look at text a block of up to 64 bytes at
//! a time. For each class of byte that matters to them, [`classify`] gives
//! one `u64` with bit `i` set when byte `i` is in the class, so that rules
//! about neighbouring bytes (a word starts where a word byte follows a
//! non-word byte; `.` joins two letters) become shifts and ands over 64
//! bytes at once, and a count of words is a population count.
//!
//! On x86-64 the masks come from SSE2 compares, which every x86-64 processor
//! has (no run-time detection is needed); elsewhere from a loop over the
//! bytes. A property test checks that both give the same masks.
//!
//! # Engines
//!
//! The normalizer's block loop is written once, over an `Engine`: how a
//! block is loaded and classified, and how its kept bytes are written out.
//! `Baseline` is the SSE2 code above (the byte loop off x86-64): a block
//! with no separator to drop is copied whole, and one with dropped
//! separators has its kept stretches copied one by one. `Avx512` runs on
//! processors with AVX-512 BW, VBMI and VBMI2 (Intel since Ice Lake, AMD
//! since Zen 4), found at run time and remembered: one two-table byte
//! shuffle (`vpermi2b`) gives every byte its class bits, one masked test
//! per class gives each mask, and the kept bytes are packed with one
//! `vpcompressb` per output, whatever was dropped. The normalizer compiles
//! its loop once per engine and picks the AVX-512 one when
//! `Avx512::detect` finds the instructions (set `ROLESCAN_NO_AVX512` in
//! the environment to keep to the baseline, e.g. to compare the two on a
//! corpus). Property tests run every engine the test machine has.

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

/// The class masks of a block.
#[inline(always)]
pub fn classify(block: &[u8; BLOCK]) -> Masks {
    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    {
        sse2::classify(block)
    }
    #[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
    {
        classify_bytes(block)
    }
}

/// The bytes of a block that can be part of a word for the scanner: ASCII
/// letters, digits and `_` (the union of three of [`classify`]'s masks,
/// computed alone).
#[inline(always)]
pub fn word_bytes(block: &[u8; BLOCK]) -> u64 {
    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    {
        sse2::word_bytes(block)
    }
    #[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
    {
        let m = classify_bytes(block);
        m.alpha | m.digit | m.underscore
    }
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

/// The class masks computed one byte at a time: the definition the SSE2
/// version is tested against, and the version used off x86-64.
#[cfg_attr(all(target_arch = "x86_64", target_feature = "sse2"), allow(dead_code))]
pub(crate) fn classify_bytes(block: &[u8; BLOCK]) -> Masks {
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

#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
mod sse2 {
    //! The few SSE2 instructions the masks need, as safe functions. Each
    //! is `unsafe` only because it is a `target_feature` function, and SSE2
    //! is part of the x86-64 baseline: the `cfg` above holds on every
    //! x86-64 build, so the instructions always exist.

    use std::arch::x86_64::{
        __m128i, _mm_and_si128, _mm_cmpeq_epi8, _mm_cmpgt_epi8, _mm_cmplt_epi8, _mm_loadu_si128,
        _mm_movemask_epi8, _mm_or_si128, _mm_set1_epi8,
    };

    use super::{Masks, BLOCK};

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
    pub(super) fn classify(block: &[u8; BLOCK]) -> Masks {
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
    pub(super) fn word_bytes(block: &[u8; BLOCK]) -> u64 {
        bits(lanes(block).map(|x| or(or(letter(x), range(x, b'0', b'9')), eq(x, b'_'))))
    }
}

/// How the normalizer's block loop loads, classifies and writes a block
/// (see the module docs). The loop is generic over it, so that each engine's
/// instructions are compiled into a loop of their own.
pub(crate) trait Engine: Copy {
    /// A loaded block.
    type Block: Copy;

    /// The block of `bytes` at `i` (zero bytes past the end) and its masks.
    fn load(self, bytes: &[u8], i: usize) -> (Self::Block, Masks);

    /// Writes the bytes of `block` whose bits are set in `kept`, in order
    /// and packed, to `text[k..]` with separators as spaces and to
    /// `folded[k..]` lower-cased as well (what [`spaced`] gives). Bytes at
    /// `k + kept.count_ones()` and after, up to `k + BLOCK`, may be
    /// overwritten: both buffers must have room for a whole block at `k`.
    fn write_kept(
        self,
        block: &Self::Block,
        masks: &Masks,
        kept: u64,
        text: &mut [u8],
        folded: &mut [u8],
        k: usize,
    );
}

/// The engine every processor has: SSE2 masks on x86-64, the byte loop
/// elsewhere.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Baseline;

impl Engine for Baseline {
    type Block = [u8; BLOCK];

    #[inline(always)]
    fn load(self, bytes: &[u8], i: usize) -> ([u8; BLOCK], Masks) {
        let block = block_at(bytes, i);
        (block, classify(&block))
    }

    #[inline(always)]
    fn write_kept(
        self,
        block: &[u8; BLOCK],
        _masks: &Masks,
        kept: u64,
        text: &mut [u8],
        folded: &mut [u8],
        k: usize,
    ) {
        let (mut spaced_text, mut spaced_folded) = ([0u8; BLOCK], [0u8; BLOCK]);
        spaced(block, &mut spaced_text, &mut spaced_folded);
        if kept & kept.wrapping_add(1) == 0 {
            // The kept bytes are the first ones: copy the whole block.
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
}

/// The block of `bytes` at `i`: 64 bytes, zero-filled past the end.
#[inline(always)]
pub(crate) fn block_at(bytes: &[u8], i: usize) -> [u8; BLOCK] {
    match bytes.get(i..i + BLOCK) {
        Some(b) => b.try_into().expect("a block"),
        None => {
            let mut block = [0u8; BLOCK];
            block[..bytes.len() - i].copy_from_slice(&bytes[i..]);
            block
        }
    }
}

/// The AVX-512 engine. A value exists only where the processor has the
/// instructions: only [`Avx512::detect`] (and, in tests, `Avx512::present`)
/// make one, so holding one is the proof its methods' `unsafe` blocks rely
/// on.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Avx512 {
    _detected: (),
}

impl Avx512 {
    /// The engine, if this processor has AVX-512 F, BW, VBMI and VBMI2 (and
    /// `ROLESCAN_NO_AVX512` is not set). Checked once per process.
    #[inline]
    pub(crate) fn detect() -> Option<Avx512> {
        use std::sync::atomic::{AtomicU8, Ordering};
        // 0: not checked yet, 1: absent, 2: present.
        static STATE: AtomicU8 = AtomicU8::new(0);
        let state = match STATE.load(Ordering::Relaxed) {
            0 => {
                let found = avx512_present() && std::env::var_os("ROLESCAN_NO_AVX512").is_none();
                let state = if found { 2 } else { 1 };
                STATE.store(state, Ordering::Relaxed);
                state
            }
            state => state,
        };
        (state == 2).then_some(Avx512 { _detected: () })
    }

    /// The engine if the processor has the instructions, whatever the
    /// environment says.
    #[cfg(test)]
    pub(crate) fn present() -> Option<Avx512> {
        avx512_present().then_some(Avx512 { _detected: () })
    }
}

/// The engine the normalizer runs (see the module docs).
#[derive(Debug, Clone, Copy)]
pub(crate) enum Engines {
    /// [`Baseline`].
    Baseline,
    /// [`Avx512`], only ever made by [`Avx512::detect`] or
    /// `Avx512::present` (in tests).
    #[cfg_attr(not(target_arch = "x86_64"), allow(dead_code))]
    Avx512(Avx512),
}

impl Engines {
    /// The fastest engine this processor has.
    #[inline]
    pub(crate) fn detect() -> Engines {
        Avx512::detect().map_or(Engines::Baseline, Engines::Avx512)
    }

    /// Every engine this processor has, whatever the environment says: the
    /// engines the tests must cover here.
    #[cfg(test)]
    pub(crate) fn available() -> Vec<Engines> {
        std::iter::once(Engines::Baseline)
            .chain(Avx512::present().map(Engines::Avx512))
            .collect()
    }
}

/// Whether the processor has every instruction set the AVX-512 engine uses.
fn avx512_present() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        std::arch::is_x86_feature_detected!("avx512f")
            && std::arch::is_x86_feature_detected!("avx512bw")
            && std::arch::is_x86_feature_detected!("avx512vbmi")
            && std::arch::is_x86_feature_detected!("avx512vbmi2")
            && std::arch::is_x86_feature_detected!("popcnt")
            && std::arch::is_x86_feature_detected!("bmi1")
            && std::arch::is_x86_feature_detected!("bmi2")
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        false
    }
}

#[cfg(all(test, target_arch = "x86_64"))]
impl Avx512 {
    /// The class masks of a block (the same as [`classify`]).
    #[inline(always)]
    pub(crate) fn classify(self, block: &[u8; BLOCK]) -> Masks {
        // SAFETY: `self` exists, so the processor has the instructions (see
        // `Avx512::detect`).
        unsafe { avx512::masks(avx512::load(block)) }
    }
}

#[cfg(target_arch = "x86_64")]
impl Engine for Avx512 {
    type Block = std::arch::x86_64::__m512i;

    #[inline(always)]
    fn load(self, bytes: &[u8], i: usize) -> (Self::Block, Masks) {
        let block = match bytes.get(i..i + BLOCK) {
            Some(b) => b.try_into().expect("a block"),
            // Only the last block of a text is short.
            None => &block_at(bytes, i),
        };
        // SAFETY: as in `Avx512::classify`.
        unsafe {
            let v = avx512::load(block);
            (v, avx512::masks(v))
        }
    }

    #[inline(always)]
    fn write_kept(
        self,
        block: &Self::Block,
        masks: &Masks,
        kept: u64,
        text: &mut [u8],
        folded: &mut [u8],
        k: usize,
    ) {
        let text: &mut [u8; BLOCK] = (&mut text[k..k + BLOCK]).try_into().expect("room");
        let folded: &mut [u8; BLOCK] = (&mut folded[k..k + BLOCK]).try_into().expect("room");
        // SAFETY: as in `Avx512::classify`.
        unsafe { avx512::write_kept(*block, masks, kept, text, folded) }
    }
}

/// Stand-in so that code generic over engines compiles off x86-64, where
/// [`Avx512::detect`] never gives one.
#[cfg(not(target_arch = "x86_64"))]
impl Engine for Avx512 {
    type Block = [u8; BLOCK];

    fn load(self, bytes: &[u8], i: usize) -> ([u8; BLOCK], Masks) {
        Baseline.load(bytes, i)
    }

    fn write_kept(
        self,
        block: &[u8; BLOCK],
        masks: &Masks,
        kept: u64,
        text: &mut [u8],
        folded: &mut [u8],
        k: usize,
    ) {
        Baseline.write_kept(block, masks, kept, text, folded, k)
    }
}

#[cfg(target_arch = "x86_64")]
mod avx512 {
    //! The AVX-512 instructions of the engine. Every function here needs
    //! the features it enables; callers hold an `Avx512` value, which
    //! `Avx512::detect` makes only when the processor has them.

    use std::arch::x86_64::{
        __m512i, _mm512_loadu_si512, _mm512_mask_blend_epi8, _mm512_mask_test_epi8_mask,
        _mm512_maskz_compress_epi8, _mm512_movepi8_mask, _mm512_or_si512, _mm512_permutex2var_epi8,
        _mm512_set1_epi8, _mm512_storeu_si512,
    };

    use super::{Masks, BLOCK};

    /// Class bits of the ASCII bytes, one byte each (bytes 0x80 and above
    /// look up the entry of their low seven bits, and are masked out).
    const SEPARATOR: u8 = 1;
    const MID_LETTER: u8 = 2;
    const MID_NUM: u8 = 4;
    const DIGIT: u8 = 8;
    const ALPHA: u8 = 16;
    const UNDERSCORE: u8 = 32;

    static CLASSES: [u8; 128] = {
        let mut t = [0u8; 128];
        let mut b = 0;
        while b < 128 {
            t[b] = match b as u8 {
                b'\t'..=b'\r' | b' ' | b'-' | b'/' => SEPARATOR,
                b':' => MID_LETTER,
                b'.' | b'\'' => MID_LETTER | MID_NUM,
                b',' | b';' => MID_NUM,
                b'0'..=b'9' => DIGIT,
                b'a'..=b'z' | b'A'..=b'Z' => ALPHA,
                b'_' => UNDERSCORE,
                _ => 0,
            };
            b += 1;
        }
        t
    };

    #[inline]
    #[target_feature(enable = "avx512f,avx512bw")]
    pub(super) unsafe fn load(block: &[u8; BLOCK]) -> __m512i {
        // SAFETY: 64 bytes are read from a 64-byte array; the load takes
        // unaligned addresses.
        unsafe { _mm512_loadu_si512(block.as_ptr().cast()) }
    }

    #[inline]
    #[target_feature(enable = "avx512f,avx512bw,avx512vbmi")]
    pub(super) unsafe fn masks(v: __m512i) -> Masks {
        // SAFETY: each load reads 64 bytes of the 128-byte table.
        let (lo, hi) = unsafe {
            (
                _mm512_loadu_si512(CLASSES.as_ptr().cast()),
                _mm512_loadu_si512(CLASSES.as_ptr().add(64).cast()),
            )
        };
        // Bit 6 of each byte picks the table half, bits 0 to 5 the entry.
        let classes = _mm512_permutex2var_epi8(lo, v, hi);
        let non_ascii = _mm512_movepi8_mask(v);
        let class =
            |bit: u8| _mm512_mask_test_epi8_mask(!non_ascii, classes, _mm512_set1_epi8(bit as i8));
        Masks {
            non_ascii,
            alpha: class(ALPHA),
            digit: class(DIGIT),
            underscore: class(UNDERSCORE),
            separator: class(SEPARATOR),
            mid_letter: class(MID_LETTER),
            mid_num: class(MID_NUM),
        }
    }

    #[inline]
    #[target_feature(enable = "avx512f,avx512bw,avx512vbmi2")]
    pub(super) unsafe fn write_kept(
        v: __m512i,
        masks: &Masks,
        kept: u64,
        text: &mut [u8; BLOCK],
        folded: &mut [u8; BLOCK],
    ) {
        let spaced = _mm512_mask_blend_epi8(masks.separator, v, _mm512_set1_epi8(b' ' as i8));
        // Letters (and nothing else) lower-case by setting bit 5.
        let lower = _mm512_mask_blend_epi8(
            masks.alpha,
            spaced,
            _mm512_or_si512(spaced, _mm512_set1_epi8(0x20)),
        );
        // SAFETY: each store writes 64 bytes to a 64-byte array, unaligned.
        unsafe {
            _mm512_storeu_si512(
                text.as_mut_ptr().cast(),
                _mm512_maskz_compress_epi8(kept, spaced),
            );
            _mm512_storeu_si512(
                folded.as_mut_ptr().cast(),
                _mm512_maskz_compress_epi8(kept, lower),
            );
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

    /// The AVX-512 engine's masks of `b`, where the processor has it.
    fn avx512_masks(b: &[u8; BLOCK]) -> Option<Masks> {
        #[cfg(target_arch = "x86_64")]
        {
            Avx512::present().map(|e| e.classify(b))
        }
        #[cfg(not(target_arch = "x86_64"))]
        {
            let _ = b;
            None
        }
    }

    /// Every byte value, at every offset of a block, classified by the SSE2
    /// code, and by the AVX-512 engine where the processor has it, as the
    /// byte loop classifies it.
    #[test]
    fn every_byte_value_is_classified_as_the_byte_loop_does() {
        for value in 0..=255u8 {
            let mut b = [b'a'; BLOCK];
            for i in (0..BLOCK).step_by(3) {
                b[i] = value;
            }
            let want = classify_bytes(&b);
            assert_eq!(classify(&b), want, "byte {value:#x}");
            if let Some(m) = avx512_masks(&b) {
                assert_eq!(m, want, "byte {value:#x}, AVX-512");
            }
        }
        eprintln!(
            "classified with SSE2{}",
            if avx512_masks(&[0; BLOCK]).is_some() {
                " and AVX-512"
            } else {
                " only (no AVX-512 here)"
            }
        );
    }

    /// The engines the tests cover are the ones this processor has: the
    /// baseline always, AVX-512 exactly when detection finds it.
    #[test]
    fn engines_cover_this_processor() {
        let engines = Engines::available();
        assert!(matches!(engines[0], Engines::Baseline));
        assert_eq!(engines.len(), 1 + usize::from(avx512_present()));
        eprintln!("engines under test: {engines:?}");
    }

    proptest::proptest! {
        /// The SSE2 masks (on x86-64), and the AVX-512 engine's where the
        /// processor has it, are the byte-by-byte ones, for any bytes, and
        /// `word_bytes` is their union of word classes.
        #[test]
        fn masks_agree_with_the_byte_loop(bytes in proptest::collection::vec(proptest::num::u8::ANY, BLOCK)) {
            let b: [u8; BLOCK] = bytes.try_into().unwrap();
            let m = classify(&b);
            proptest::prop_assert_eq!(m, classify_bytes(&b));
            proptest::prop_assert_eq!(word_bytes(&b), m.alpha | m.digit | m.underscore);
            if let Some(avx) = avx512_masks(&b) {
                proptest::prop_assert_eq!(avx, m);
            }
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

        /// Every engine the processor has (see `Engines::available`) loads
        /// the masks `classify` gives, at any offset of a text and at its
        /// end, and writes exactly the kept bytes of `spaced`'s two forms,
        /// packed at `k`, leaving the bytes before `k` alone.
        #[test]
        fn engines_write_the_kept_bytes(
            bytes in proptest::collection::vec(proptest::sample::select(b"aZq09 -/\t\n._:,;'\x7f\x80\xff".to_vec()), 1..150),
            at in 0usize..150,
            kept in proptest::num::u64::ANY,
            k in 0usize..40,
        ) {
            let i = at % bytes.len();
            let want_block = block_at(&bytes, i);
            let (mut want_text, mut want_folded) = ([0u8; BLOCK], [0u8; BLOCK]);
            spaced(&want_block, &mut want_text, &mut want_folded);
            let picked = |form: &[u8; BLOCK]| -> Vec<u8> {
                (0..BLOCK).filter(|&j| kept >> j & 1 == 1).map(|j| form[j]).collect()
            };
            let n = kept.count_ones() as usize;
            for engines in Engines::available() {
                let (mut text, mut folded) = (vec![b'#'; k + BLOCK], vec![b'#'; k + BLOCK]);
                let masks = match engines {
                    Engines::Baseline => {
                        let (block, masks) = Baseline.load(&bytes, i);
                        proptest::prop_assert_eq!(block, want_block);
                        Baseline.write_kept(&block, &masks, kept, &mut text, &mut folded, k);
                        masks
                    }
                    Engines::Avx512(e) => {
                        let (block, masks) = e.load(&bytes, i);
                        e.write_kept(&block, &masks, kept, &mut text, &mut folded, k);
                        masks
                    }
                };
                proptest::prop_assert_eq!(masks, classify_bytes(&want_block), "{:?}", engines);
                proptest::prop_assert_eq!(&text[..k], &vec![b'#'; k][..], "{:?}", engines);
                proptest::prop_assert_eq!(&folded[..k], &vec![b'#'; k][..], "{:?}", engines);
                proptest::prop_assert_eq!(&text[k..k + n], &picked(&want_text)[..], "{:?}", engines);
                proptest::prop_assert_eq!(&folded[k..k + n], &picked(&want_folded)[..], "{:?}", engines);
            }
        }
    }
}
