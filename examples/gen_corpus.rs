//! Generates a reproducible corpus of synthetic job postings for benchmarks.
//!
//! ```text
//! cargo run --release --example gen_corpus -- --postings 100000 --out big.jsonl [--seed 42]
//! ```
//!
//! Each line is `{"id": ..., "description": ...}`. Postings mix the four
//! roles' vocabulary with unrelated jobs' and filler sentences, 80 to 600
//! words long, with the things that make scanning hard: Unicode (curly
//! quotes, accents, full-width letters, non-breaking spaces), acronyms
//! (IT, PMP, ITIL, SDLC) next to the pronoun "it", and phrases split across
//! hyphens and line breaks. The same seed always gives the same bytes
//! (ChaCha8), so benchmark runs compare like with like.

use std::io::{BufWriter, Write};

use rand::seq::IndexedRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

const ROLE_PHRASES: &[&str] = &[
    "IT Project Manager",
    "Technical Project Manager",
    "Project Manager",
    "IT Manager",
    "project management",
    "project\nmanagement",
    "project-management",
    "IT project managers",
    "the project manager\u{2019}s plan",
    "ＰＭＰ certification",
    "PMP",
    "ITIL",
    "SDLC",
    "service desk",
    "help desk",
    "IT department",
    "IT infrastructure",
    "vendor management",
    "stakeholder management",
    "critical path methods",
    "scope, schedule and budget",
    "system architecture diagrams",
    "technical documentation",
    "engineering teams",
    "change orders",
    "subcontractors",
    "Jira and Confluence",
    "Agile and Scrum",
    "risk register",
    "status reports",
];

const OTHER_PHRASES: &[&str] = &[
    "patient care",
    "registered nurse",
    "Rust and Go services",
    "code review",
    "unit tests",
    "customer success",
    "quarterly sales targets",
    "warehouse shifts",
    "menu planning",
    "financial statements",
    "machine learning models",
    "Scrum Master",
    "Product Owner",
    "release train",
];

const FILLER: &[&str] = &[
    "We are a growing company with offices in three countries.",
    "You will work closely with colleagues across the business and make sure it all fits together.",
    "It is a hybrid role with two days a week in the office.",
    "Our team values clear writing, curiosity and kindness.",
    "The salary range is competitive and includes a bonus.",
    "Caf\u{e9} Cr\u{e8}me S.A. is an equal opportunity employer.",
    "Benefits include health cover, a pension and 30 days of leave.",
    "Experience in a regulated industry is a plus.",
    "Apply with a CV and a short note on why this role suits you.",
    "You\u{2019}ll report to the head of operations.",
    "Our\u{a0}office is near the station; parking is available.",
    "If it sounds like you, we would like to hear from you.",
];

fn main() {
    let mut postings = 100_000usize;
    let mut out = String::from("corpus.jsonl");
    let mut seed = 42u64;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut value = || {
            args.next()
                .unwrap_or_else(|| usage(&format!("{a} needs a value")))
        };
        match a.as_str() {
            "--postings" => {
                postings = value()
                    .parse()
                    .unwrap_or_else(|_| usage("--postings takes a number"))
            }
            "--out" => out = value(),
            "--seed" => {
                seed = value()
                    .parse()
                    .unwrap_or_else(|_| usage("--seed takes a number"))
            }
            "-h" | "--help" => usage(""),
            other => usage(&format!("unknown argument {other}")),
        }
    }
    let file = std::fs::File::create(&out).unwrap_or_else(|e| usage(&format!("{out}: {e}")));
    let mut w = BufWriter::new(file);
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut bytes = 0usize;
    for i in 0..postings {
        let text = posting(&mut rng);
        bytes += text.len();
        let line = serde_json::json!({"id": format!("gen-{i:07}"), "description": text});
        writeln!(w, "{line}").expect("write");
    }
    w.flush().expect("flush");
    eprintln!(
        "gen_corpus: {postings} postings, {:.1} MB of text -> {out}",
        bytes as f64 / 1e6
    );
}

fn posting(rng: &mut ChaCha8Rng) -> String {
    let words_wanted = rng.random_range(80..600);
    let relevant = rng.random_bool(0.3);
    let mut text = String::new();
    let mut words = 0;
    while words < words_wanted {
        let piece = match rng.random_range(0..10) {
            0..=2 if relevant => *ROLE_PHRASES.choose(rng).expect("non-empty"),
            0..=1 => *OTHER_PHRASES.choose(rng).expect("non-empty"),
            _ => *FILLER.choose(rng).expect("non-empty"),
        };
        if !text.is_empty() {
            text.push_str(if rng.random_bool(0.1) { "\n\n" } else { " " });
        }
        text.push_str(piece);
        words += piece.split_whitespace().count();
    }
    text
}

fn usage(problem: &str) -> ! {
    if !problem.is_empty() {
        eprintln!("gen_corpus: {problem}");
    }
    eprintln!("usage: gen_corpus [--postings N] [--out FILE] [--seed S]");
    std::process::exit(if problem.is_empty() { 0 } else { 1 });
}
