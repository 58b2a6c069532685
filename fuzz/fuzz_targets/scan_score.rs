//! Fuzz target: scanning, scoring and explaining arbitrary text. The input
//! is `LEXICON \0 POSTING`: when the part before the first NUL byte parses
//! as a lexicon it is used, otherwise the built-in one; the rest is the
//! posting. Hits must be in order, non-overlapping and on character
//! boundaries, counts must agree with the explanation, and the scores must
//! be finite probabilities.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use rolescan::{Explanation, Lexicon, ScanBuffers, Scanner, Scorer};

fn builtin() -> &'static (Lexicon, Scanner, Scorer) {
    static BUILTIN: OnceLock<(Lexicon, Scanner, Scorer)> = OnceLock::new();
    BUILTIN.get_or_init(|| {
        let lexicon = Lexicon::builtin();
        let scanner = Scanner::new(&lexicon).unwrap();
        let scorer = Scorer::new(&lexicon);
        (lexicon, scanner, scorer)
    })
}

fuzz_target!(|data: &[u8]| {
    let (lex_part, text) = match data.iter().position(|&b| b == 0) {
        Some(i) => (&data[..i], &data[i + 1..]),
        None => (&data[..0], data),
    };
    let custom = Lexicon::parse(&String::from_utf8_lossy(lex_part), "fuzz")
        .ok()
        .map(|lexicon| {
            let scanner = Scanner::new(&lexicon).unwrap();
            let scorer = Scorer::new(&lexicon);
            (lexicon, scanner, scorer)
        });
    let (lexicon, scanner, scorer) = match &custom {
        Some(c) => c,
        None => builtin(),
    };
    let text = String::from_utf8_lossy(text);

    let mut buf = ScanBuffers::default();
    let mut hits = Vec::new();
    scanner.scan(&text, &mut buf, |h| hits.push(h));
    let norm = &buf.normalized.text;
    let mut at = 0;
    for h in &hits {
        assert!(h.start >= at && h.start < h.end && h.end <= norm.len(), "{hits:?}");
        assert!(norm.is_char_boundary(h.start) && norm.is_char_boundary(h.end));
        assert!(h.entry < lexicon.entries.len());
        at = h.end;
    }
    let counts = scanner.count(&text, &mut buf);
    assert_eq!(counts.hits(), hits.len() as u64);
    let scores = scorer.score(&counts);
    let sum: f64 = scores.probabilities.iter().sum();
    assert!((sum - 1.0).abs() < 1e-9, "probabilities sum to {sum}");
    assert!(scores.probabilities.iter().all(|p| (0.0..=1.0).contains(p)));
    assert!((0.0..=1.0).contains(&scores.relevance));
    assert!((0.0..=1.0).contains(&scores.confidence));

    let x = Explanation::new(lexicon, scanner, scorer, &text);
    assert_eq!(x.hits, hits);
    assert_eq!(x.scores, scores);
    assert_eq!(x.marked("", ""), x.text);
});
