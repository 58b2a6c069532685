//! Property tests (proptest) through the library: scanning never panics and
//! keeps its invariants on arbitrary Unicode; probabilities sum to 1 for any
//! text and any valid lexicon; pipeline results depend neither on the thread
//! count or batch size nor on which other postings share a batch;
//! dictionary import never panics, and what it makes always parses.

use std::sync::Arc;

use proptest::prelude::*;
use rolescan::lexicon::import::{self, Format};
use rolescan::output::Row;
use rolescan::pipeline::{self, Options};
use rolescan::source::{Encoding, Posting, Record};
use rolescan::{Lexicon, ScanBuffers, Scanner, Scorer};

/// Words and pieces that exercise the scanner: lexicon terms, their
/// neighbours, case, plurals, separators and awkward Unicode.
const PIECES: &[&str] = &[
    "IT",
    "it",
    "It",
    "project",
    "manager",
    "Project Manager",
    "IT project manager",
    "technical",
    "ITIL",
    "PMP",
    "PM",
    "PMs",
    "scrum",
    "agile",
    "fragile",
    "nurse",
    "dependency",
    "dependencies",
    "managing",
    "manag",
    "stakeholder's",
    "service desk",
    "İ",
    "ß",
    "ẞ",
    "ﬁ",
    "e\u{301}",
    "\u{FEFF}",
    "\u{AD}",
    "ＩＴ",
    "😀",
    "’s",
    "'s",
    "—",
    "C#",
    ".NET",
    "",
    "0",
    "\u{0}",
    "\u{10FFFF}",
];
const SEPARATORS: &[&str] = &[" ", "-", "/", "\n", ", ", "  ", "", "\t", ".", "(", ")"];

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        prop::collection::vec(
            (
                prop::sample::select(PIECES),
                prop::sample::select(SEPARATORS)
            ),
            0..40
        )
        .prop_map(|parts| parts.iter().map(|(p, s)| format!("{p}{s}")).collect()),
    ]
}

fn builtin() -> &'static (Lexicon, Scanner, Scorer) {
    static B: std::sync::OnceLock<(Lexicon, Scanner, Scorer)> = std::sync::OnceLock::new();
    B.get_or_init(|| {
        let lexicon = Lexicon::builtin();
        let scanner = Scanner::new(&lexicon).unwrap();
        let scorer = Scorer::new(&lexicon);
        (lexicon, scanner, scorer)
    })
}

/// A valid lexicon with random weights, priors and model parameters.
fn lexicon() -> impl Strategy<Value = Lexicon> {
    (
        prop::collection::vec(0.01f64..10.0, 1..5),
        prop::collection::vec((-10.0f64..10.0, -10.0f64..10.0), 1..8),
        0.01f64..100.0,
        -50.0f64..50.0,
    )
        .prop_map(|(priors, weights, temperature, bias)| {
            let mut src =
                format!("[model]\ntemperature = {temperature}\nrelevance_bias = {bias}\n[roles]\n");
            for (i, p) in priors.iter().enumerate() {
                src.push_str(&format!("r{i} | R{i} | prior={p}\n"));
            }
            src.push_str("[terms]\n");
            let terms = [
                "manager",
                "IT",
                "project manager",
                "agile",
                "nurs*",
                "PM",
                "scope",
                "é",
            ];
            for (t, (w, v)) in terms.iter().zip(&weights) {
                let r = (w.abs() as usize) % priors.len();
                let opts = if *t == "IT" || *t == "PM" { "case" } else { "" };
                src.push_str(&format!("{t} | r{r}={w} relevance={v} | {opts}\n"));
            }
            Lexicon::parse(&src, "prop").unwrap()
        })
}

fn postings(texts: &[String]) -> Vec<Posting> {
    let source: Arc<str> = Arc::from("prop");
    texts
        .iter()
        .enumerate()
        .map(|(i, t)| Posting {
            source: Arc::clone(&source),
            id: i.to_string(),
            text: Ok(t.clone()),
            warning: None,
        })
        .collect()
}

/// One output row as the pipeline writes it here: the posting id, and the
/// result's `Debug` text (exact: floats print so they read back the same).
#[derive(Debug, Clone, PartialEq)]
struct Line {
    id: String,
    result: String,
}

fn run(texts: &[String], options: &Options) -> Vec<Line> {
    let mut lines = Vec::new();
    let format = |row: &Row, out: &mut Vec<u8>| {
        out.extend_from_slice(format!("{}\t{:?}", row.posting_id, row.result).as_bytes());
    };
    pipeline::run(
        postings(texts).into_iter().map(Record::Posting),
        &builtin().0,
        options,
        format,
        |bytes, failed| {
            let text = std::str::from_utf8(bytes).unwrap();
            let (id, result) = text.split_once('\t').unwrap();
            assert_eq!(failed, result.starts_with("Err"));
            lines.push(Line {
                id: id.to_string(),
                result: result.to_string(),
            });
            Ok(())
        },
        |_| {},
    )
    .unwrap();
    // Rows come in input order.
    let ids: Vec<String> = lines.iter().map(|l| l.id.clone()).collect();
    let want: Vec<String> = (0..texts.len()).map(|i| i.to_string()).collect();
    assert_eq!(ids, want);
    lines
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn scanning_never_panics_and_hits_are_well_formed(text in text()) {
        let (lexicon, scanner, scorer) = builtin();
        let mut buf = ScanBuffers::default();
        let mut hits = Vec::new();
        scanner.scan(&text, &mut buf, |h| hits.push(h));
        let norm = &buf.normalized.text;
        let mut at = 0;
        for h in &hits {
            prop_assert!(h.start >= at && h.start < h.end && h.end <= norm.len());
            prop_assert!(norm.is_char_boundary(h.start) && norm.is_char_boundary(h.end));
            prop_assert!(h.entry < lexicon.entries.len());
            at = h.end;
        }
        let counts = scanner.count(&text, &mut buf);
        prop_assert_eq!(counts.hits(), hits.len() as u64);
        let scores = scorer.score(&counts);
        let sum: f64 = scores.probabilities.iter().sum();
        prop_assert!((sum - 1.0).abs() < 1e-9);
    }

    #[test]
    fn probabilities_sum_to_one_for_any_lexicon(lexicon in lexicon(), text in text()) {
        let scanner = Scanner::new(&lexicon).unwrap();
        let counts = scanner.count(&text, &mut ScanBuffers::default());
        let s = Scorer::new(&lexicon).score(&counts);
        let sum: f64 = s.probabilities.iter().sum();
        prop_assert!((sum - 1.0).abs() < 1e-9, "sum {}", sum);
        prop_assert!(s.probabilities.iter().all(|p| (0.0..=1.0).contains(p)));
        prop_assert!((0.0..=1.0).contains(&s.relevance));
        prop_assert!((0.0..=1.0).contains(&s.confidence));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn results_do_not_depend_on_threads_or_batch_size(
        texts in prop::collection::vec(text(), 0..60),
        threads in 1usize..4,
        batch_postings in 1usize..8,
        batch_bytes in 1usize..400,
    ) {
        let reference = run(&texts, &Options { threads: 1, ..Options::default() });
        let other = run(&texts, &Options { threads, batch_postings, batch_bytes, ..Options::default() });
        prop_assert_eq!(reference.len(), texts.len());
        prop_assert_eq!(other, reference);
    }

    #[test]
    fn a_postings_scores_do_not_depend_on_its_batch(
        texts in prop::collection::vec(text(), 1..40),
        pick in any::<prop::sample::Index>(),
    ) {
        let options = Options { threads: 2, batch_postings: 7, ..Options::default() };
        let together = run(&texts, &options);
        // The same posting alone, and in the batch in reverse order.
        let i = pick.index(texts.len());
        let alone = run(std::slice::from_ref(&texts[i]), &options);
        prop_assert_eq!(&alone[0].result, &together[i].result);
        let mut reversed = texts.clone();
        reversed.reverse();
        let backwards = run(&reversed, &options);
        for (j, row) in backwards.iter().enumerate() {
            prop_assert_eq!(&row.result, &together[texts.len() - 1 - j].result);
        }
    }
}

/// Pieces of dictionaries, well and badly formed: table marks, category
/// numbers and conditions, wildcards, separators, reserved characters of
/// `.lex`, cells, line ends, and awkward Unicode and bytes.
const DICTIONARY_PIECES: &[&str] = &[
    "%",
    "\n",
    "\r\n",
    "\r",
    "\t",
    " ",
    "1",
    "02",
    "134",
    "99",
    "(02 134)",
    "125/464",
    "(",
    ")",
    "/",
    "*",
    "ab",
    "ação",
    "tornando-se",
    "manag",
    "-",
    "|",
    "#",
    "[terms]",
    "=",
    "X",
    "x",
    ",",
    ";",
    "\"",
    "0.5",
    "-1",
    "1,5",
    "100",
    "1e308",
    "inf",
    "NaN",
    "other",
    "relevance",
    "\u{0}",
    "\u{FEFF}",
    "\u{FFFD}",
    "\u{200B}",
    "\u{AD}",
    "é",
    "ẞ",
    "ＩＴ",
    "😀",
];

/// Words of terms, mostly importable.
const TERM_WORDS: &[&str] = &[
    "gerente",
    "manag",
    "ação",
    "tornando-se",
    "kind of",
    "IT",
    "ab",
    "e",
    "ẞ",
    "ＩＴ",
    "😀",
    "other",
];

/// What can surround or join the words of a term.
const TERM_MARKS: &[&str] = &[
    "*", "*", "-", "-*", " ", "/", "|", "#", "**", "(", "\u{0}", "\u{200B}", "\u{AD}", "\u{FFFD}",
    "=", "\"",
];

/// A dictionary term: words, now and then with a mark.
fn term() -> impl Strategy<Value = String> {
    let part = prop_oneof![
        4 => prop::sample::select(TERM_WORDS),
        1 => prop::sample::select(TERM_MARKS),
    ];
    prop::collection::vec(part, 1..4).prop_map(|parts| parts.concat())
}

/// An entry line of a `.dic` whose table numbers 1, 2 and 3.
fn dic_line() -> impl Strategy<Value = Vec<u8>> {
    let reference = prop::sample::select(vec!["1", "02", "3", "99", "(02 134)1/3", "x", "(1"]);
    (
        term(),
        prop::sample::select(vec!["\t", " ", "\t\t"]),
        prop::collection::vec(reference, 0..4),
        prop::sample::select(vec!["\n", "\r\n"]),
    )
        .prop_map(|(t, sep, refs, end)| format!("{t}{sep}{}{end}", refs.join(" ")).into_bytes())
}

/// A row of a table whose header names three categories.
fn table_line() -> impl Strategy<Value = Vec<u8>> {
    let cell = prop::sample::select(vec![
        "",
        "",
        "X",
        "x",
        "0.5",
        "-1",
        "\"1,5\"",
        "100",
        "abc",
        "0",
        "\"a,\nb\"",
        "1e308",
    ]);
    (
        term(),
        any::<bool>(),
        prop::collection::vec(cell, 0..5),
        prop::sample::select(vec!["\n", "\r\n"]),
    )
        .prop_map(|(t, quote, cells, end)| {
            let t = if quote {
                format!("\"{}\"", t.replace('"', "\"\""))
            } else {
                t
            };
            format!("{t},{}{end}", cells.join(",")).into_bytes()
        })
}

/// Bytes for a dictionary: random ones, or `start` then lines (from
/// `line`) with now and then a stray piece or byte among them.
fn dictionary_bytes(
    start: &'static str,
    line: impl Strategy<Value = Vec<u8>> + 'static,
) -> impl Strategy<Value = Vec<u8>> {
    let piece = prop_oneof![
        8 => line,
        1 => prop::sample::select(DICTIONARY_PIECES).prop_map(|p| p.as_bytes().to_vec()),
        1 => any::<u8>().prop_map(|b| vec![b]),
    ];
    prop_oneof![
        1 => prop::collection::vec(any::<u8>(), 0..200),
        4 => prop::collection::vec(piece, 0..30).prop_map(move |pieces| {
            let mut bytes = start.as_bytes().to_vec();
            bytes.extend(pieces.concat());
            bytes
        }),
    ]
}

fn encoding() -> impl Strategy<Value = Encoding> {
    prop::sample::select(vec!["auto", "utf-8", "latin1", "utf-16le", "shift_jis"])
        .prop_map(|label| Encoding::from_label(label).unwrap())
}

/// An import either fails with a message or gives text that parses, and
/// lists each problem with a line.
fn check_import(result: rolescan::Result<import::Imported>) -> Result<(), TestCaseError> {
    match result {
        Ok(imported) => {
            let parsed = Lexicon::parse(&imported.text, "imported");
            prop_assert!(parsed.is_ok(), "{}\n{}", parsed.unwrap_err(), imported.text);
            let parsed = parsed.unwrap();
            prop_assert_eq!(&parsed.roles, &imported.lexicon.roles);
            prop_assert_eq!(&parsed.entries, &imported.lexicon.entries);
            prop_assert!(!imported.lexicon.entries.is_empty());
            for notice in &imported.notices {
                prop_assert!(!notice.message.contains('\n'), "{}", notice);
            }
        }
        Err(err) => prop_assert!(!err.to_string().is_empty()),
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn dic_import_never_panics_and_always_parses(
        bytes in dictionary_bytes("%\n1\ta\n02 b\n3\tother\n%\n", dic_line()),
        encoding in encoding(),
    ) {
        check_import(import::import(&bytes, "p.dic", Format::Dic, encoding))?;
    }

    #[test]
    fn table_import_never_panics_and_always_parses(
        bytes in dictionary_bytes("term,a,b,a\n", table_line()),
        encoding in encoding(),
    ) {
        check_import(import::import(&bytes, "p.csv", Format::Table, encoding))?;
    }

    #[test]
    fn any_text_imports_or_fails_cleanly(text in any::<String>(), table in any::<bool>()) {
        let format = if table { Format::Table } else { Format::Dic };
        check_import(import::import_text(&text, "p", format))?;
        let dic = format!("%\n1 a\n%\n{text}");
        check_import(import::import_text(&dic, "p.dic", Format::Dic))?;
        let table = format!("term,a\n{text}");
        check_import(import::import_text(&table, "p.csv", Format::Table))?;
    }
}
