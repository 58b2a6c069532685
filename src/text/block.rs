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
//! The normalizer compiles the loop once per engine and runs the widest
//! one the processor has, found at run time and remembered
//! (`Engines::detect`; set `ROLESCAN_SIMD` to `sse2` or `avx2` in the
//! environment to stop at a narrower one, e.g. to compare them on a
//! corpus):
//!
//! * `Baseline`, the SSE2 code above (the byte loop off x86-64): a block
//!   with no separator to drop is copied whole, and one with dropped
//!   separators has its kept stretches copied one by one.
//! * `Avx2` (Intel since Haswell, AMD since Excavator): the block in two
//!   32-byte halves, the classes other than letters and digits from two
//!   16-byte tables looked up by the low and the high four bits of each
//!   byte (`vpshufb`), and the kept bytes packed eight at a time by a
//!   shuffle whose control comes from a table of 256.
//! * `Avx512` (AVX-512 BW, VBMI and VBMI2: Intel since Ice Lake, AMD since
//!   Zen 4): one two-table byte shuffle (`vpermi2b`) gives every byte its
//!   class bits, one masked test per class gives each mask, and the kept
//!   bytes are packed with one `vpcompressb` per output, whatever was
//!   dropped.
//!
//! Property tests run every engine the test machine has, and a test checks
//! that they are all the engines it has.

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
/// instructions: only [`Avx512::present`] makes one (and [`Engines::detect`]
/// once it has), so holding one is the proof its methods' `unsafe` blocks
/// rely on.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Avx512 {
    _detected: (),
}

impl Avx512 {
    /// The engine, if this processor has AVX-512 F, BW, VBMI and VBMI2 (and
    /// POPCNT, BMI1 and BMI2, which the loop is compiled with).
    pub(crate) fn present() -> Option<Avx512> {
        #[cfg(target_arch = "x86_64")]
        {
            let found = std::arch::is_x86_feature_detected!("avx512f")
                && std::arch::is_x86_feature_detected!("avx512bw")
                && std::arch::is_x86_feature_detected!("avx512vbmi")
                && std::arch::is_x86_feature_detected!("avx512vbmi2")
                && std::arch::is_x86_feature_detected!("popcnt")
                && std::arch::is_x86_feature_detected!("bmi1")
                && std::arch::is_x86_feature_detected!("bmi2");
            found.then_some(Avx512 { _detected: () })
        }
        #[cfg(not(target_arch = "x86_64"))]
        {
            None
        }
    }
}

/// The AVX2 engine. As with [`Avx512`], only [`Avx2::present`] (and
/// [`Engines::detect`] once it has) makes one.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Avx2 {
    _detected: (),
}

impl Avx2 {
    /// The engine, if this processor has AVX2 (and POPCNT, BMI1 and BMI2,
    /// which the loop is compiled with).
    pub(crate) fn present() -> Option<Avx2> {
        #[cfg(target_arch = "x86_64")]
        {
            let found = std::arch::is_x86_feature_detected!("avx2")
                && std::arch::is_x86_feature_detected!("popcnt")
                && std::arch::is_x86_feature_detected!("bmi1")
                && std::arch::is_x86_feature_detected!("bmi2");
            found.then_some(Avx2 { _detected: () })
        }
        #[cfg(not(target_arch = "x86_64"))]
        {
            None
        }
    }
}

/// The engine the normalizer runs (see the module docs).
#[derive(Debug, Clone, Copy)]
#[cfg_attr(not(target_arch = "x86_64"), allow(dead_code))]
pub(crate) enum Engines {
    /// [`Baseline`].
    Baseline,
    /// [`Avx2`].
    Avx2(Avx2),
    /// [`Avx512`].
    Avx512(Avx512),
}

impl Engines {
    /// The widest engine this processor has, at most the one named by
    /// `ROLESCAN_SIMD` (`sse2`, `avx2` or `avx512`) when that is set.
    /// Checked once per process.
    #[inline]
    pub(crate) fn detect() -> Engines {
        use std::sync::atomic::{AtomicU8, Ordering};
        // 0: not checked yet; then one more than the level found.
        static LEVEL: AtomicU8 = AtomicU8::new(0);
        let level = match LEVEL.load(Ordering::Relaxed) {
            0 => {
                let cap = match std::env::var("ROLESCAN_SIMD").as_deref() {
                    Ok("sse2") => 0,
                    Ok("avx2") => 1,
                    _ => 2,
                };
                let found = if Avx512::present().is_some() {
                    2
                } else {
                    u8::from(Avx2::present().is_some())
                };
                let level = found.min(cap) + 1;
                LEVEL.store(level, Ordering::Relaxed);
                level
            }
            level => level,
        };
        // The levels above the baseline are stored only after `present`
        // found the instructions, so the tokens can be made again here.
        match level {
            3 => Engines::Avx512(Avx512 { _detected: () }),
            2 => Engines::Avx2(Avx2 { _detected: () }),
            _ => Engines::Baseline,
        }
    }

    /// Every engine this processor has, whatever the environment says: the
    /// engines the tests must cover here.
    #[cfg(test)]
    pub(crate) fn available() -> Vec<Engines> {
        std::iter::once(Engines::Baseline)
            .chain(Avx2::present().map(Engines::Avx2))
            .chain(Avx512::present().map(Engines::Avx512))
            .collect()
    }
}

#[cfg(all(test, target_arch = "x86_64"))]
impl Avx512 {
    /// The class masks of a block (the same as [`classify`]).
    #[inline(always)]
    pub(crate) fn classify(self, block: &[u8; BLOCK]) -> Masks {
        // SAFETY: `self` exists, so the processor has the instructions (see
        // `Avx512::present`).
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
/// [`Avx512::present`] never gives one.
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

#[cfg(all(test, target_arch = "x86_64"))]
impl Avx2 {
    /// The class masks of a block (the same as [`classify`]).
    pub(crate) fn classify(self, block: &[u8; BLOCK]) -> Masks {
        // SAFETY: `self` exists, so the processor has the instructions (see
        // `Avx2::present`).
        unsafe { avx2::load(block).1 }
    }
}

#[cfg(target_arch = "x86_64")]
impl Engine for Avx2 {
    type Block = avx2::Forms;

    #[inline(always)]
    fn load(self, bytes: &[u8], i: usize) -> (Self::Block, Masks) {
        let block = match bytes.get(i..i + BLOCK) {
            Some(b) => b.try_into().expect("a block"),
            // Only the last block of a text is short.
            None => &block_at(bytes, i),
        };
        // SAFETY: as in `Avx2::classify`.
        unsafe { avx2::load(block) }
    }

    #[inline(always)]
    fn write_kept(
        self,
        block: &Self::Block,
        _masks: &Masks,
        kept: u64,
        text: &mut [u8],
        folded: &mut [u8],
        k: usize,
    ) {
        let text: &mut [u8; BLOCK] = (&mut text[k..k + BLOCK]).try_into().expect("room");
        let folded: &mut [u8; BLOCK] = (&mut folded[k..k + BLOCK]).try_into().expect("room");
        // SAFETY: as in `Avx2::classify`.
        unsafe { avx2::write_kept(block, kept, text, folded) }
    }
}

/// Stand-in so that code generic over engines compiles off x86-64, where
/// [`Avx2::present`] never gives one.
#[cfg(not(target_arch = "x86_64"))]
impl Engine for Avx2 {
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
mod avx2 {
    //! The AVX2 instructions of the engine. Every function here needs the
    //! features it enables; callers hold an `Avx2` value, which
    //! `Avx2::present` makes only when the processor has them.
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
        _mm_cvtsi64_si128, _mm_loadu_si128, _mm_shuffle_epi8, _mm_storel_epi64,
    };

    use super::{Masks, BLOCK};

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
    pub(crate) struct Forms {
        /// Separators as spaces.
        spaced: [__m256i; 2],
        /// The same, lower-cased.
        lower: [__m256i; 2],
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
        let lower =
            [0, 1].map(|q| _mm256_or_si256(spaced[q], _mm256_and_si256(alpha[q], splat(0x20))));
        let masks = Masks {
            non_ascii: bits(x),
            alpha: bits(alpha),
            digit: bits(range(x, b'0', b'9')),
            underscore: !bits(outside(UNDERSCORE)),
            separator: !bits(not_separator),
            mid_letter: !bits(outside(MID_LETTER)),
            mid_num: !bits(outside(MID_NUM)),
        };
        (Forms { spaced, lower }, masks)
    }

    /// Writes the kept bytes of both forms, packed (see
    /// `Engine::write_kept`).
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
}

#[cfg(target_arch = "x86_64")]
mod avx512 {
    //! The AVX-512 instructions of the engine. Every function here needs
    //! the features it enables; callers hold an `Avx512` value, which
    //! `Avx512::present` makes only when the processor has them.

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

    /// The masks of `b` from each wider engine the processor has.
    fn wide_masks(b: &[u8; BLOCK]) -> Vec<(&'static str, Masks)> {
        #[cfg(target_arch = "x86_64")]
        {
            let avx2 = Avx2::present().map(|e| ("AVX2", e.classify(b)));
            let avx512 = Avx512::present().map(|e| ("AVX-512", e.classify(b)));
            avx2.into_iter().chain(avx512).collect()
        }
        #[cfg(not(target_arch = "x86_64"))]
        {
            let _ = b;
            Vec::new()
        }
    }

    /// Every byte value, at every third offset of a block (each of the
    /// three ways), classified by the SSE2 code, and by the AVX2 and
    /// AVX-512 engines where the processor has them, as the byte loop
    /// classifies it.
    #[test]
    fn every_byte_value_is_classified_as_the_byte_loop_does() {
        for value in 0..=255u8 {
            for first in 0..3 {
                let mut b = [b'a'; BLOCK];
                for i in (first..BLOCK).step_by(3) {
                    b[i] = value;
                }
                let want = classify_bytes(&b);
                assert_eq!(classify(&b), want, "byte {value:#x}");
                for (engine, m) in wide_masks(&b) {
                    assert_eq!(m, want, "byte {value:#x}, {engine}");
                }
            }
        }
        let wide: Vec<&str> = wide_masks(&[0; BLOCK]).iter().map(|&(e, _)| e).collect();
        eprintln!("classified with SSE2 and {wide:?}");
    }

    /// The engines the tests cover are the ones this processor has: the
    /// baseline always, AVX2 and AVX-512 exactly when the processor has
    /// their instructions.
    #[test]
    fn engines_cover_this_processor() {
        let engines = Engines::available();
        assert!(matches!(engines[0], Engines::Baseline));
        let avx2 = engines.iter().any(|e| matches!(e, Engines::Avx2(_)));
        let avx512 = engines.iter().any(|e| matches!(e, Engines::Avx512(_)));
        #[cfg(target_arch = "x86_64")]
        {
            use std::arch::is_x86_feature_detected as has;
            assert_eq!(
                avx2,
                has!("avx2") && has!("popcnt") && has!("bmi1") && has!("bmi2")
            );
            assert_eq!(
                avx512,
                has!("avx512bw") && has!("avx512vbmi2") && has!("avx512vbmi")
            );
        }
        #[cfg(not(target_arch = "x86_64"))]
        assert!(!avx2 && !avx512);
        eprintln!("engines under test: {engines:?}");
    }

    proptest::proptest! {
        /// The SSE2 masks (on x86-64), and the AVX2 and AVX-512 engines'
        /// where the processor has them, are the byte-by-byte ones, for any
        /// bytes, and
        /// `word_bytes` is their union of word classes.
        #[test]
        fn masks_agree_with_the_byte_loop(bytes in proptest::collection::vec(proptest::num::u8::ANY, BLOCK)) {
            let b: [u8; BLOCK] = bytes.try_into().unwrap();
            let m = classify(&b);
            proptest::prop_assert_eq!(m, classify_bytes(&b));
            proptest::prop_assert_eq!(word_bytes(&b), m.alpha | m.digit | m.underscore);
            for (engine, wide) in wide_masks(&b) {
                proptest::prop_assert_eq!(wide, m, "{}", engine);
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
                    Engines::Avx2(e) => {
                        let (block, masks) = e.load(&bytes, i);
                        e.write_kept(&block, &masks, kept, &mut text, &mut folded, k);
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
