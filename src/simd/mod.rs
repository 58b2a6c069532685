//! Every architecture-specific line of rolescan, and every `unsafe` block.
//!
//! Two hot loops read text a vector at a time: the normalizer's block loop
//! (`crate::text::normalize`) and the JSON pass's search for the bytes that
//! end a plain run of a string (`crate::source::onepass`). Both are written
//! once, generic over an [`Engine`]: how a 64-byte block is loaded and
//! classified, how its kept bytes are written out, and how a special JSON
//! byte is found. This module holds the engines, the choice between them,
//! and the two buffers whose bytes the engines' guarantees keep UTF-8, so
//! that they become `String`s without a second check (which cost 4.3% and
//! 2.8% of a default run's time on dev; BENCHMARKS.md, tenth round): the
//! normalizer's output ([`utf8`]) and the JSON pass's text ([`json`]).
//! Nothing outside this module writes `unsafe` (the crate root denies it).
//!
//! # Engines
//!
//! * [`Scalar`]: a byte at a time, on every processor. It is the
//!   definition the others are tested against.
//! * `Sse2` (x86-64 only): the masks from SSE2 compares, which every x86-64
//!   processor has, so it needs no detection.
//! * `Avx2` (x86-64 only, Intel since Haswell, AMD since Excavator): the
//!   classes from two 16-byte tables looked up by nibble, the kept bytes
//!   packed eight at a time by a shuffle, the JSON search 64 bytes at a time.
//!
//! An engine value is a proof that the processor has its instructions:
//! `new()` gives one only after detection, `new_unchecked` is `unsafe` and
//! says so. So no safe function can run an instruction the processor lacks.
//!
//! # The choice
//!
//! [`Engines::get`] picks the widest engine the processor has, once per
//! process; `ROLESCAN_SIMD=scalar`, `sse2` or `avx2` in the environment caps
//! it (to compare engines on a corpus, or to rule one out). A loop runs on
//! the chosen engine through [`Engines::run`]: a [`Kernel`] is compiled once
//! per engine, the AVX2 copy inside a function that enables AVX2, so that
//! the engine's instructions inline into it.
//!
//! The scanner's word masks ([`word_bytes`]) are not dispatched: they use
//! SSE2 on x86-64, where it is always there, and the byte loop elsewhere.
//!
//! Building with the `portable` feature leaves the x86-64 code out, as on
//! any other architecture: only [`Scalar`] remains. `.ci/run` tests that
//! build, and each `ROLESCAN_SIMD` cap.
#![allow(unsafe_code)]

pub(crate) mod json;
mod scalar;
pub(crate) mod utf8;
#[cfg(all(target_arch = "x86_64", not(feature = "portable")))]
mod x86_64;

pub use scalar::Scalar;

use crate::text::block::{Masks, BLOCK};

/// How a loop over text loads and writes blocks and searches JSON strings
/// (see the module docs). Implemented by the engines of this module only
/// (it is sealed): [`utf8::View`] trusts what they say of a block.
pub trait Engine: Copy + std::fmt::Debug + sealed::Sealed {
    /// A loaded block.
    type Block: Copy;

    /// The block of `bytes` at `i` (zero bytes past the end) and its masks.
    fn load(self, bytes: &[u8], i: usize) -> (Self::Block, Masks);

    /// Writes the bytes of `block` whose bits are set in `kept`, in order
    /// and packed, to `text[k..]` with separators as spaces and to
    /// `folded[k..]` lower-cased as well (what
    /// [`crate::text::block::spaced`] gives). Bytes from
    /// `k + kept.count_ones()` up to `k + BLOCK` may be overwritten: both
    /// buffers must have room for a whole block at `k`.
    fn write_kept(
        self,
        block: &Self::Block,
        masks: &Masks,
        kept: u64,
        text: &mut [u8],
        folded: &mut [u8],
        k: usize,
    );

    /// One bit per byte of `block`: whether it is 0x80 or above (what
    /// `load` gave as `masks.non_ascii`, kept in the block).
    fn non_ascii(self, block: &Self::Block) -> u64;

    /// The first position at or after `from` whose byte ends a plain run of
    /// a JSON string (`"`, `\`, a control character or a byte of 0x80 and
    /// above), or `bytes.len()` when there is none.
    fn find_special(self, bytes: &[u8], from: usize) -> usize;
}

mod sealed {
    /// Only this module's engines are [`super::Engine`]s.
    pub trait Sealed {}
    impl Sealed for super::Scalar {}
    #[cfg(all(target_arch = "x86_64", not(feature = "portable")))]
    impl Sealed for super::x86_64::Sse2 {}
    #[cfg(all(target_arch = "x86_64", not(feature = "portable")))]
    impl Sealed for super::x86_64::Avx2 {}
}

/// A block as the byte engines load it, with its bytes of 0x80 and above
/// (made by their `load` only).
#[derive(Debug, Clone, Copy)]
pub struct Bytes {
    bytes: [u8; BLOCK],
    non_ascii: u64,
}

/// A loop written once over any [`Engine`], run with the chosen one by
/// [`Engines::run`]. Mark `run` `#[inline(always)]`, so that it is compiled
/// into each engine's copy with that engine's instructions.
pub trait Kernel {
    /// What the loop gives.
    type Output;

    /// Runs the loop with `engine`.
    fn run<E: Engine>(self, engine: E) -> Self::Output;
}

/// The engine a process runs, one per kind.
#[derive(Debug, Clone, Copy)]
pub enum Engines {
    /// [`Scalar`].
    Scalar(Scalar),
    /// SSE2, on x86-64.
    #[cfg(all(target_arch = "x86_64", not(feature = "portable")))]
    Sse2(x86_64::Sse2),
    /// AVX2, on x86-64 processors that have it.
    #[cfg(all(target_arch = "x86_64", not(feature = "portable")))]
    Avx2(x86_64::Avx2),
}

/// Engine levels, narrowest first, as `ROLESCAN_SIMD` names them.
const LEVELS: [&str; 3] = ["scalar", "sse2", "avx2"];

impl Engines {
    /// The widest engine this processor has, at most the one `ROLESCAN_SIMD`
    /// names (`scalar`, `sse2` or `avx2`; another value caps nothing).
    /// Decided on the first call and kept for the process.
    #[inline]
    pub fn get() -> Engines {
        static CHOSEN: std::sync::OnceLock<Engines> = std::sync::OnceLock::new();
        *CHOSEN.get_or_init(|| {
            let cap = std::env::var("ROLESCAN_SIMD")
                .ok()
                .and_then(|v| LEVELS.iter().position(|l| v.eq_ignore_ascii_case(l)))
                .unwrap_or(LEVELS.len() - 1);
            let mut engines = Engines::available();
            engines.truncate(cap + 1);
            engines
                .pop()
                .expect("the scalar engine is always available")
        })
    }

    /// Every engine this processor has, narrowest first, whatever the
    /// environment says (the engines the tests must cover here).
    pub fn available() -> Vec<Engines> {
        #[allow(unused_mut)]
        let mut engines = vec![Engines::Scalar(Scalar)];
        #[cfg(all(target_arch = "x86_64", not(feature = "portable")))]
        {
            engines.extend(x86_64::Sse2::new().map(Engines::Sse2));
            engines.extend(x86_64::Avx2::new().map(Engines::Avx2));
        }
        engines
    }

    /// The engine's name, as `ROLESCAN_SIMD` writes it.
    pub fn name(self) -> &'static str {
        match self {
            Engines::Scalar(_) => "scalar",
            #[cfg(all(target_arch = "x86_64", not(feature = "portable")))]
            Engines::Sse2(_) => "sse2",
            #[cfg(all(target_arch = "x86_64", not(feature = "portable")))]
            Engines::Avx2(_) => "avx2",
        }
    }

    /// Runs `kernel` with this engine.
    #[inline]
    pub fn run<K: Kernel>(self, kernel: K) -> K::Output {
        match self {
            Engines::Scalar(engine) => kernel.run(engine),
            #[cfg(all(target_arch = "x86_64", not(feature = "portable")))]
            Engines::Sse2(engine) => kernel.run(engine),
            #[cfg(all(target_arch = "x86_64", not(feature = "portable")))]
            Engines::Avx2(engine) => engine.run(kernel),
        }
    }
}

/// One bit per byte of `block`: whether it is an ASCII letter, digit or
/// `_`, the bytes the scanner's words are made of.
#[inline(always)]
pub fn word_bytes(block: &[u8; BLOCK]) -> u64 {
    #[cfg(all(target_arch = "x86_64", not(feature = "portable")))]
    {
        x86_64::word_bytes(block)
    }
    #[cfg(not(all(target_arch = "x86_64", not(feature = "portable"))))]
    {
        let m = crate::text::block::classify_bytes(block);
        m.alpha | m.digit | m.underscore
    }
}

/// The class masks of `block` with the engine every build of this target
/// has (SSE2 on x86-64, else the byte loop).
#[inline(always)]
pub fn classify(block: &[u8; BLOCK]) -> Masks {
    #[cfg(all(target_arch = "x86_64", not(feature = "portable")))]
    {
        x86_64::classify(block)
    }
    #[cfg(not(all(target_arch = "x86_64", not(feature = "portable"))))]
    {
        crate::text::block::classify_bytes(block)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::block::{block_at, classify_bytes, spaced};

    /// What an engine makes of `bytes` at `i`: its masks, and what it
    /// writes at `k` of buffers full of `#` for the kept bytes `kept`.
    struct Write<'a> {
        bytes: &'a [u8],
        i: usize,
        kept: u64,
        k: usize,
    }

    impl Kernel for Write<'_> {
        type Output = (Masks, Vec<u8>, Vec<u8>);

        #[inline(always)]
        fn run<E: Engine>(self, engine: E) -> Self::Output {
            let (mut text, mut folded) = (vec![b'#'; self.k + BLOCK], vec![b'#'; self.k + BLOCK]);
            let (block, masks) = engine.load(self.bytes, self.i);
            engine.write_kept(&block, &masks, self.kept, &mut text, &mut folded, self.k);
            (masks, text, folded)
        }
    }

    /// `find_special` of an engine.
    struct Find<'a>(&'a [u8], usize);

    impl Kernel for Find<'_> {
        type Output = usize;

        #[inline(always)]
        fn run<E: Engine>(self, engine: E) -> usize {
            engine.find_special(self.0, self.1)
        }
    }

    /// Every byte value, at every third offset of a block (each of the
    /// three ways), classified by each engine as the byte loop does.
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
                for engines in Engines::available() {
                    let write = Write {
                        bytes: &b,
                        i: 0,
                        kept: 0,
                        k: 0,
                    };
                    let (masks, _, _) = engines.run(write);
                    assert_eq!(masks, want, "byte {value:#x}, {}", engines.name());
                }
            }
        }
    }

    /// The engines under test are the ones this processor has: scalar
    /// always, SSE2 on x86-64, AVX2 exactly when the processor has its
    /// features.
    #[test]
    fn engines_cover_this_processor() {
        let names: Vec<&str> = Engines::available().iter().map(|e| e.name()).collect();
        assert_eq!(names[0], "scalar");
        #[cfg(all(target_arch = "x86_64", not(feature = "portable")))]
        {
            use std::arch::is_x86_feature_detected as has;
            let avx2 = has!("avx2") && has!("popcnt") && has!("bmi1") && has!("bmi2");
            let want: &[&str] = if avx2 {
                &["scalar", "sse2", "avx2"]
            } else {
                &["scalar", "sse2"]
            };
            assert_eq!(names, want);
        }
        #[cfg(not(all(target_arch = "x86_64", not(feature = "portable"))))]
        assert_eq!(names, ["scalar"]);
        eprintln!("engines under test: {names:?}");
    }

    /// The chosen engine is one of those available, and no wider than
    /// `ROLESCAN_SIMD` allows (whatever the test run set it to).
    #[test]
    fn the_chosen_engine_obeys_the_cap() {
        let chosen = Engines::get().name();
        let available: Vec<&str> = Engines::available().iter().map(|e| e.name()).collect();
        assert!(available.contains(&chosen), "{chosen} not in {available:?}");
        let level = LEVELS.iter().position(|l| *l == chosen).unwrap();
        match std::env::var("ROLESCAN_SIMD")
            .ok()
            .and_then(|v| LEVELS.iter().position(|l| v.eq_ignore_ascii_case(l)))
        {
            Some(cap) => assert_eq!(level, cap.min(available.len() - 1)),
            None => assert_eq!(level, available.len() - 1),
        }
    }

    proptest::proptest! {
        /// Every engine the processor has loads the masks of the byte loop,
        /// at any offset of a text and at its end, and writes exactly the
        /// kept bytes of `spaced`'s two forms, packed at `k`, leaving the
        /// bytes before `k` alone.
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
                let name = engines.name();
                let (masks, text, folded) = engines.run(Write { bytes: &bytes, i, kept, k });
                proptest::prop_assert_eq!(masks, classify_bytes(&want_block), "{}", name);
                proptest::prop_assert_eq!(&text[..k], &vec![b'#'; k][..], "{}", name);
                proptest::prop_assert_eq!(&folded[..k], &vec![b'#'; k][..], "{}", name);
                proptest::prop_assert_eq!(&text[k..k + n], &picked(&want_text)[..], "{}", name);
                proptest::prop_assert_eq!(&folded[k..k + n], &picked(&want_folded)[..], "{}", name);
            }
        }

        /// Every engine's JSON search finds what the byte loop finds, from
        /// any start.
        #[test]
        fn searches_agree_with_the_byte_loop(
            bytes in proptest::collection::vec(proptest::sample::select(vec![b'a', b' ', b'!', b'#', b'"', b'\\', 0x1F, 0x20, 0x7F, 0x80, 0xFF]), 0..300),
            plain in 0usize..280,
            from in 0usize..310,
        ) {
            // Mostly plain bytes, so that whole blocks are skipped.
            let mut bytes = bytes;
            for b in bytes.iter_mut().take(plain) {
                *b = b'x';
            }
            let want = scalar::find_special_bytes(&bytes, from);
            for engines in Engines::available() {
                proptest::prop_assert_eq!(engines.run(Find(&bytes, from)), want, "{}", engines.name());
            }
        }
    }
}
