//! Criterion benchmarks for the scanner and the whole per-posting scoring,
//! on the sample corpus. Each asserts the match count first, so a fast
//! wrong answer fails instead of looking good.
//!
//! Run: `cargo bench --bench scan`.

use std::path::PathBuf;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use rolescan::pipeline::score_posting;
use rolescan::source::{Postings, ReadOptions};
use rolescan::{Lexicon, ScanBuffers, Scanner, Scorer};

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
    let expected: u64 = texts
        .iter()
        .map(|t| scanner.count(t, &mut buf).hits())
        .sum();
    assert!(
        expected > 300,
        "the sample corpus should produce hundreds of hits, got {expected}"
    );

    let mut group = c.benchmark_group("sample");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("scan_count", |b| {
        b.iter(|| {
            let hits: u64 = texts
                .iter()
                .map(|t| scanner.count(t, &mut buf).hits())
                .sum();
            assert_eq!(hits, expected);
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
