//! Measures, in one run and on one thread, the full per-posting scan
//! (normalization, UAX #29 word bounds, automaton with boundary checks,
//! scoring) against the raw leftmost-longest `find_iter` of the same
//! automaton over the same bytes, and prints both throughputs and their
//! ratio. Medians of several rounds; the machine is shared, so compare the
//! ratio, not the absolute numbers, across runs.
//!
//! With `--stages`, it also times normalization plus word count alone
//! (`normalize_counting`, and `WordBounds::segment` when that gives no
//! count) over the same texts, so each stage's throughput can be read off.
//!
//! ```text
//! cargo run --release --example scan_vs_raw -- FILE.jsonl [--rounds 5] [--text-field description] [--stages] [--lexicon FILE.lex]
//! ```
//!
//! `--lexicon` scans with that lexicon instead of the built-in one (the raw
//! automaton then has its patterns too).

use std::io::BufRead;
use std::time::Instant;

use rolescan::text::{normalize_counting, Normalized, WordBounds};
use rolescan::{Lexicon, ScanBuffers, Scanner, Scorer};

fn main() {
    let mut args = std::env::args().skip(1);
    let mut path = None;
    let mut rounds = 5usize;
    let mut field = "description".to_string();
    let mut stages = false;
    let mut lexicon_path = None;
    while let Some(a) = args.next() {
        match a.as_str() {
            "--rounds" => {
                rounds = args
                    .next()
                    .and_then(|v| v.parse().ok())
                    .expect("--rounds N")
            }
            "--text-field" => field = args.next().expect("--text-field NAME"),
            "--stages" => stages = true,
            "--lexicon" => lexicon_path = Some(args.next().expect("--lexicon FILE")),
            _ => path = Some(a),
        }
    }
    let path = path.expect(
        "usage: scan_vs_raw FILE.jsonl [--rounds N] [--text-field NAME] [--stages] [--lexicon FILE]",
    );
    let file = std::fs::File::open(&path).expect("open input");
    let texts: Vec<String> = std::io::BufReader::new(file)
        .lines()
        .map_while(Result::ok)
        .filter_map(|l| {
            let v: serde_json::Value = serde_json::from_str(&l).ok()?;
            v.get(&field)?.as_str().map(String::from)
        })
        .collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    let lexicon = match &lexicon_path {
        Some(p) => Lexicon::from_path(std::path::Path::new(p)).expect("read the lexicon"),
        None => Lexicon::builtin(),
    };
    let scanner = Scanner::new(&lexicon).expect("builtin lexicon compiles");
    let scorer = Scorer::new(&lexicon);
    let mut buf = ScanBuffers::default();

    let mut raw_times = Vec::new();
    let mut scan_times = Vec::new();
    let mut norm_times = Vec::new();
    let (mut raw_matches, mut hits) = (0usize, 0u64);
    let (mut words, mut counted) = (0usize, 0usize);
    let mut norm = Normalized::default();
    let mut bounds = WordBounds::default();
    for _ in 0..rounds {
        if stages {
            let t = Instant::now();
            (words, counted) = (0, 0);
            for text in &texts {
                match normalize_counting(text, &mut norm) {
                    Some(n) => {
                        words += n;
                        counted += 1;
                    }
                    None => {
                        bounds.segment(&norm.folded);
                        words += bounds.word_count();
                    }
                }
            }
            norm_times.push(t.elapsed().as_secs_f64());
        }
        let t = Instant::now();
        raw_matches = texts
            .iter()
            .map(|t| scanner.raw_match_count(t.as_bytes()))
            .sum();
        raw_times.push(t.elapsed().as_secs_f64());
        let t = Instant::now();
        hits = 0;
        for text in &texts {
            let counts = scanner.count(text, &mut buf);
            hits += counts.hits();
            std::hint::black_box(scorer.score(&counts));
        }
        scan_times.push(t.elapsed().as_secs_f64());
    }
    let median = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    let (raw, scan) = (median(&mut raw_times), median(&mut scan_times));
    let mb = bytes as f64 / 1e6;
    println!(
        "postings {} | {:.1} MB | rounds {rounds} (medians)\nraw find_iter  {:>8.1} MB/s  ({raw_matches} raw matches)\nscan + score   {:>8.1} MB/s  {:>9.0} postings/s  ({hits} counted hits)\nratio scan/raw {:>8.2}",
        texts.len(),
        mb,
        mb / raw,
        mb / scan,
        texts.len() as f64 / scan,
        raw / scan,
    );
    if stages {
        let norm = median(&mut norm_times);
        println!(
            "normalize+count {:>7.1} MB/s  ({words} words; {counted} of {} postings counted in the one pass)",
            mb / norm,
            texts.len(),
        );
    }
}
