//! Criterion benchmarks on the sample corpus: the raw automaton
//! (`find_iter`, the ceiling), normalization with the word count, the
//! scanner's counts,
//! and the whole scoring of each posting. Each asserts its expected count
//! first, so a fast wrong answer fails instead of looking good; compare the
//! groups' throughputs as ratios within one run.
//!
//! Run: `cargo bench --bench scan`.

use std::path::PathBuf;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use rolescan::pipeline::score_posting;
use rolescan::source::{Postings, ReadOptions};
use rolescan::text::{normalize_counting, Normalized, WordBounds};
use rolescan::{Lexicon, ScanBuffers, Scanner, Scorer};
use unicode_segmentation::UnicodeSegmentation;

fn sample() -> Vec<rolescan::source::Posting> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("corpora/sample");
    Postings::new(vec![dir], ReadOptions::default()).collect()
}

fn benches(c: &mut Criterion) {
    let lexicon = Lexicon::builtin();
    let scanner = Scanner::new(&lexicon).unwrap();
    let scorer = Scorer::new(&lexicon);
    let postings = sample();
    let texts: Vec<&str> = postings
        .iter()
        .filter_map(|p| p.text.as_deref().ok())
        .collect();
    let bytes: usize = texts.iter().map(|t| t.len()).sum();
    let mut buf = ScanBuffers::default();

    // Expected answers, computed once by the straightforward route.
    let raw_expected: usize = texts
        .iter()
        .map(|t| scanner.raw_match_count(t.as_bytes()))
        .sum();
    let words_expected: usize = texts
        .iter()
        .map(|t| Normalized::new(t).folded.unicode_words().count())
        .sum();
    let hits_expected: u64 = texts
        .iter()
        .map(|t| scanner.count(t, &mut buf).hits())
        .sum();
    assert!(
        hits_expected > 300,
        "the sample corpus gives hundreds of hits, got {hits_expected}"
    );
    assert!(
        raw_expected >= hits_expected as usize,
        "raw matches include every counted hit"
    );

    let mut group = c.benchmark_group("sample");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("raw_find_iter", |b| {
        b.iter(|| {
            let n: usize = texts
                .iter()
                .map(|t| scanner.raw_match_count(t.as_bytes()))
                .sum();
            assert_eq!(n, raw_expected);
        })
    });
    let mut norm = Normalized::default();
    let mut bounds = WordBounds::default();
    group.bench_function("normalize_and_word_count", |b| {
        b.iter(|| {
            let mut words = 0;
            for t in &texts {
                // The scanner's route: the count comes with the one pass,
                // or from segmenting when the pass cannot give it.
                words += normalize_counting(t, &mut norm).unwrap_or_else(|| {
                    bounds.segment(&norm.folded);
                    bounds.word_count()
                });
            }
            assert_eq!(words, words_expected);
        })
    });
    group.bench_function("scan_count", |b| {
        b.iter(|| {
            let hits: u64 = texts
                .iter()
                .map(|t| scanner.count(t, &mut buf).hits())
                .sum();
            assert_eq!(hits, hits_expected);
        })
    });
    group.bench_function("score_posting", |b| {
        b.iter(|| {
            let rows: usize = postings
                .iter()
                .map(|p| score_posting(&scanner, &scorer, &mut buf, p).result.is_ok() as usize)
                .sum();
            assert_eq!(rows, texts.len());
        })
    });
    group.finish();
}

criterion_group!(scan, benches);
criterion_main!(scan);
