//! Measures, in one run and on one thread, the full per-posting scan
//! (normalization, UAX #29 word bounds, automaton with boundary checks,
//! scoring) against the raw leftmost-longest `find_iter` of the same
//! automaton over the same bytes, and prints both throughputs and their
//! ratio. Medians of several rounds; the machine is shared, so compare the
//! ratio, not the absolute numbers, across runs.
//!
//! ```text
//! cargo run --release --example scan_vs_raw -- FILE.jsonl [--rounds 5] [--text-field description]
//! ```

use std::io::BufRead;
use std::time::Instant;

use rolescan::{Lexicon, ScanBuffers, Scanner, Scorer};

fn main() {
    let mut args = std::env::args().skip(1);
    let mut path = None;
    let mut rounds = 5usize;
    let mut field = "description".to_string();
    while let Some(a) = args.next() {
        match a.as_str() {
            "--rounds" => {
                rounds = args
                    .next()
                    .and_then(|v| v.parse().ok())
                    .expect("--rounds N")
            }
            "--text-field" => field = args.next().expect("--text-field NAME"),
            _ => path = Some(a),
        }
    }
    let path = path.expect("usage: scan_vs_raw FILE.jsonl [--rounds N] [--text-field NAME]");
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
    let lexicon = Lexicon::builtin();
    let scanner = Scanner::new(&lexicon).expect("builtin lexicon compiles");
    let scorer = Scorer::new(&lexicon);
    let mut buf = ScanBuffers::default();

    let mut raw_times = Vec::new();
    let mut scan_times = Vec::new();
    let (mut raw_matches, mut hits) = (0usize, 0u64);
    for _ in 0..rounds {
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
}
