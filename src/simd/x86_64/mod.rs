//! The x86-64 engines: SSE2, part of every x86-64 processor, and AVX2,
//! found at run time.

mod avx2;
mod sse2;

#[cfg(not(target_feature = "sse2"))]
compile_error!("an x86-64 target without SSE2: build with `--features portable`");

use super::{Bytes, Engine, Kernel};
use crate::text::block::{block_at, Masks, BLOCK};

pub(super) use sse2::{classify, word_bytes};

/// The SSE2 engine: the masks from 16-byte compares, the kept bytes copied
/// as [`super::Scalar`] copies them, the JSON search 32 bytes at a time.
#[derive(Debug, Clone, Copy)]
pub struct Sse2 {
    _proof: (),
}

impl Sse2 {
    /// The engine. Every x86-64 processor has SSE2 (the module's `cfg`
    /// rules out targets without it), so there is always one.
    pub fn new() -> Option<Sse2> {
        Some(Sse2 { _proof: () })
    }
}

impl Engine for Sse2 {
    type Block = Bytes;

    #[inline(always)]
    fn load(self, bytes: &[u8], i: usize) -> (Bytes, Masks) {
        Bytes::load(bytes, i, classify)
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
        sse2::find_special(bytes, from)
    }
}

/// The AVX2 engine. A value exists only where the processor has AVX2,
/// POPCNT, BMI1 and BMI2 (the features its loops are compiled with): holding
/// one is the proof its methods' `unsafe` blocks rely on.
#[derive(Debug, Clone, Copy)]
pub struct Avx2 {
    _proof: (),
}

impl Avx2 {
    /// The engine, if this processor has the features.
    pub fn new() -> Option<Avx2> {
        let found = std::arch::is_x86_feature_detected!("avx2")
            && std::arch::is_x86_feature_detected!("popcnt")
            && std::arch::is_x86_feature_detected!("bmi1")
            && std::arch::is_x86_feature_detected!("bmi2");
        // SAFETY: the features were just found.
        found.then(|| unsafe { Avx2::new_unchecked() })
    }

    /// The engine, without detection.
    ///
    /// # Safety
    ///
    /// The processor must have AVX2, POPCNT, BMI1 and BMI2.
    pub unsafe fn new_unchecked() -> Avx2 {
        Avx2 { _proof: () }
    }

    /// Runs `kernel` compiled with this engine's features.
    #[inline]
    pub(super) fn run<K: Kernel>(self, kernel: K) -> K::Output {
        // SAFETY: `self` exists, so the processor has the features.
        unsafe { run_avx2(self, kernel) }
    }
}

/// `kernel.run(engine)` compiled with AVX2, POPCNT, BMI1 and BMI2, so that
/// the engine's methods inline into the kernel's loop.
///
/// # Safety
///
/// The processor must have those features.
#[target_feature(enable = "avx2,popcnt,bmi1,bmi2")]
unsafe fn run_avx2<K: Kernel>(engine: Avx2, kernel: K) -> K::Output {
    kernel.run(engine)
}

impl Engine for Avx2 {
    type Block = avx2::Forms;

    #[inline(always)]
    fn load(self, bytes: &[u8], i: usize) -> (avx2::Forms, Masks) {
        let block = match bytes.get(i..i + BLOCK) {
            Some(b) => b.try_into().expect("a block"),
            // Only the last block of a text is short.
            None => &block_at(bytes, i),
        };
        // SAFETY: `self` exists, so the processor has AVX2.
        unsafe { avx2::load(block) }
    }

    #[inline(always)]
    fn write_kept(
        self,
        block: &avx2::Forms,
        _masks: &Masks,
        kept: u64,
        text: &mut [u8],
        folded: &mut [u8],
        k: usize,
    ) {
        let text: &mut [u8; BLOCK] = (&mut text[k..k + BLOCK]).try_into().expect("room");
        let folded: &mut [u8; BLOCK] = (&mut folded[k..k + BLOCK]).try_into().expect("room");
        // SAFETY: `self` exists, so the processor has AVX2 and POPCNT.
        unsafe { avx2::write_kept(block, kept, text, folded) }
    }

    #[inline(always)]
    fn non_ascii(self, block: &avx2::Forms) -> u64 {
        block.non_ascii()
    }

    #[inline(always)]
    fn find_special(self, bytes: &[u8], from: usize) -> usize {
        // SAFETY: `self` exists, so the processor has AVX2.
        unsafe { avx2::find_special(bytes, from) }
    }
}
