//! `rolescan report`, `score --report` and `eval --report`: the pages hold
//! every chart and the run's numbers, load nothing from elsewhere, and bad
//! input gets a named message or a page that says so.

use std::path::{Path, PathBuf};

use crate::util::run;

/// The charts of the scores page, by element id.
pub const SCORES_CHARTS: [&str; 4] = [
    "chart-roles",
    "chart-relevance",
    "chart-confidence",
    "chart-evidence",
];

/// The charts of the eval page, by element id.
pub const EVAL_CHARTS: [&str; 6] = [
    "chart-confusion",
    "chart-prf",
    "chart-reliability-role",
    "chart-reliability-relevance",
    "chart-roc",
    "chart-relevance-by-label",
];

/// What in `html` would load something: a `src` or non-anchor `href`
/// attribute, a script or linked style sheet, `@import`, `url(`, or any
/// http(s) address. Empty for a self-contained page.
pub fn external_refs(html: &str) -> Vec<String> {
    let lower = html.to_ascii_lowercase();
    let mut found = Vec::new();
    for needle in [
        "<script",
        "<link",
        "<iframe",
        "<img",
        "<object",
        "<embed",
        "@import",
        "url(",
        "src=",
        "http://",
        "https://",
        "xlink:href",
    ] {
        if let Some(at) = lower.find(needle) {
            found.push(context(html, at));
        }
    }
    let mut rest = lower.as_str();
    let mut offset = 0;
    while let Some(at) = rest.find("href=") {
        let value = rest[at + 5..].trim_start_matches(['"', '\'']);
        if !value.starts_with('#') {
            found.push(context(html, offset + at));
        }
        offset += at + 5;
        rest = &rest[at + 5..];
    }
    found
}

/// Some text around byte `at` of `html`.
fn context(html: &str, at: usize) -> String {
    let mut start = at.saturating_sub(20);
    while !html.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = (at + 60).min(html.len());
    while !html.is_char_boundary(end) {
        end += 1;
    }
    html[start..end].to_string()
}

/// The `<svg>` element with `id` in `html`, if there is one.
pub fn svg_by_id<'a>(html: &'a str, id: &str) -> Option<&'a str> {
    let start = html.find(&format!("<svg id=\"{id}\""))?;
    let end = html[start..].find("</svg>")? + start + "</svg>".len();
    Some(&html[start..end])
}

/// Asserts that every chart in `ids` is an SVG with shapes and text.
pub fn assert_charts(html: &str, ids: &[&str], what: &str) {
    for id in ids {
        let svg = svg_by_id(html, id).unwrap_or_else(|| panic!("{what}: no <svg id=\"{id}\">"));
        assert!(
            svg.contains("<rect") && svg.contains("<text"),
            "{what}: {id} has no shapes or no text"
        );
    }
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// Scores the sample corpus into `dir` as `name` (CSV or JSON lines by
/// its extension) and returns the path.
fn sample_scores(dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    let format = if name.ends_with(".jsonl") {
        "jsonl"
    } else {
        "csv"
    };
    let out = run(&[
        "score",
        "-q",
        "--format",
        format,
        "corpora/sample",
        "-o",
        s(&path),
    ]);
    assert!(out.status.success(), "{out:?}");
    path
}

#[test]
fn score_report_charts_the_sample_corpus() {
    let tmp = tempfile::tempdir().unwrap();
    let scores = tmp.path().join("s.csv");
    let page = tmp.path().join("r.html");
    let out = run(&[
        "score",
        "corpora/sample",
        "-o",
        s(&scores),
        "--report",
        s(&page),
    ]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let html = read(&page);
    assert_charts(&html, &SCORES_CHARTS, "score --report");
    assert_eq!(external_refs(&html), Vec::<String>::new());
    // The run line: 32 postings, no errors, the one empty posting's
    // warning, the built-in lexicon.
    for fact in [
        "<b>32</b> postings",
        "<b>0</b> errors",
        "<b>1</b> warning ·",
        "<b>default (built in)</b> lexicon",
        "<b>0.50</b> relevance threshold",
    ] {
        assert!(html.contains(fact), "no '{fact}' in the run line");
    }
    // 6 project managers of 32 postings, on the bar.
    let roles = svg_by_id(&html, "chart-roles").unwrap();
    assert!(roles.contains("6 (18.8%)"), "{roles}");
    // The sources table: the JSON lines file and the folder of text files.
    assert!(html.contains("<td class=\"id\">corpora/sample/board.jsonl</td>"));
    assert!(html.contains("<td class=\"id\">corpora/sample/files/</td>"));
    assert!(html.contains("No error rows"));
}

#[test]
fn csv_and_json_lines_give_the_same_page() {
    let tmp = tempfile::tempdir().unwrap();
    let mut pages = Vec::new();
    for name in ["s.csv", "s.jsonl"] {
        let scores = sample_scores(tmp.path(), name);
        let page = tmp.path().join(format!("{name}.html"));
        let out = run(&["report", s(&scores), "-o", s(&page)]);
        assert_eq!(out.status.code(), Some(0), "{out:?}");
        pages.push(read(&page).replace(s(&scores), "SCORES"));
    }
    assert!(pages[0] == pages[1], "the CSV and JSON lines pages differ");
    assert!(pages[0].contains("empty postings (no words;"));
    assert!(pages[0].contains("roles (the lexicon is not recorded in a scores file)"));
}

#[test]
fn spreadsheet_conventions_give_the_same_page() {
    let tmp = tempfile::tempdir().unwrap();
    let plain = sample_scores(tmp.path(), "plain.csv");
    let excel = tmp.path().join("excel.csv");
    let out = run(&[
        "score",
        "-q",
        "--bom",
        "--crlf",
        "corpora/sample",
        "-o",
        s(&excel),
    ]);
    assert!(out.status.success(), "{out:?}");
    assert!(read(&excel).starts_with('\u{feff}'));
    let mut pages = Vec::new();
    for scores in [&plain, &excel] {
        let page = tmp.path().join("p.html");
        let out = run(&["report", s(scores), "-o", s(&page)]);
        assert_eq!(out.status.code(), Some(0), "{out:?}");
        pages.push(read(&page).replace(s(scores), "SCORES"));
    }
    assert!(
        pages[0] == pages[1],
        "a BOM or CRLF line ends change the page"
    );
}

#[test]
fn report_names_the_lexicon_it_is_given_and_refuses_another() {
    let tmp = tempfile::tempdir().unwrap();
    let scores = sample_scores(tmp.path(), "s.csv");
    let page = tmp.path().join("r.html");
    let out = run(&[
        "report",
        s(&scores),
        "-o",
        s(&page),
        "--lexicon",
        "lexicons/default.lex",
    ]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(read(&page).contains("<b>default (lexicons/default.lex)</b> lexicon"));
    let other = tmp.path().join("other.lex");
    std::fs::write(&other, "[roles]\nnurse | Nurse\n[terms]\nnurse | nurse=1\n").unwrap();
    let out = run(&["report", s(&scores), "-o", s(&page), "--lexicon", s(&other)]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("but the lexicon") && stderr.contains("has nurse"),
        "{stderr}"
    );
}

#[test]
fn bad_scores_files_get_named_messages() {
    let tmp = tempfile::tempdir().unwrap();
    let page = tmp.path().join("r.html");
    let empty = tmp.path().join("empty.csv");
    std::fs::write(&empty, "").unwrap();
    let cases = [
        (
            s(&empty).to_string(),
            vec!["empty.csv: the file is empty: no header, no rows"],
        ),
        (
            "tests/data/formats/postings.csv".to_string(),
            vec![
                "not a scores file of rolescan: its header lacks the columns source, posting_id, words, hits, relevance, top_role, confidence, evidence, error, p_<role> (one per role)",
                "score them first: rolescan score tests/data/formats/postings.csv -o scores.csv",
            ],
        ),
        (
            "tests/data/formats/postings.jsonl".to_string(),
            vec!["its first object (line 1) lacks the columns source,"],
        ),
        (
            tmp.path().join("absent.csv").display().to_string(),
            vec!["absent.csv: No such file"],
        ),
    ];
    for (input, wants) in cases {
        let out = run(&["report", &input, "-o", s(&page)]);
        assert_eq!(out.status.code(), Some(1), "{input}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        for want in wants {
            assert!(stderr.contains(want), "{input}: {stderr}");
        }
        assert!(!page.exists(), "{input}: a page was written");
    }
    let scores = sample_scores(tmp.path(), "s.csv");
    let out = run(&["report", s(&scores), "-o", s(&page), "--top", "5000"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--top 5000: at most 1000"));
}

#[test]
fn scores_without_scored_rows_get_a_page_that_says_so() {
    let tmp = tempfile::tempdir().unwrap();
    let bad = tmp.path().join("bad.jsonl");
    std::fs::write(&bad, "{\"id\": \"cut\", \"descr\n[1, 2]\n\"text\"\n").unwrap();
    let scores = tmp.path().join("s.csv");
    let page = tmp.path().join("r.html");
    let out = run(&[
        "score",
        "-q",
        s(&bad),
        "-o",
        s(&scores),
        "--report",
        s(&page),
    ]);
    // Unreadable postings: exit 2, as without --report.
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("every row of") && stderr.contains("is an error row"),
        "{stderr}"
    );
    let html = read(&page);
    assert!(html.contains("Every row (3) is an error row"), "{html}");
    assert!(
        html.contains("line N is not valid JSON")
            && html.contains("line N is JSON but not an object")
    );
    assert!(!html.contains("<svg"));

    let header = tmp.path().join("header.csv");
    let text = read(&scores);
    std::fs::write(&header, text.lines().next().unwrap()).unwrap();
    let out = run(&["report", s(&header), "-o", s(&page)]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(read(&page).contains("has a header but no rows"));
}

#[test]
fn pages_never_replace_their_inputs() {
    let tmp = tempfile::tempdir().unwrap();
    let scores = sample_scores(tmp.path(), "s.csv");
    let before = read(&scores);
    let out = run(&["report", s(&scores), "-o", s(&scores)]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("is the scores file"));
    assert_eq!(read(&scores), before);
    let out = run(&[
        "score",
        "corpora/sample",
        "-o",
        s(&scores),
        "--report",
        s(&scores),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("is the -o file"));
    assert_eq!(read(&scores), before);
    // --report reads the scores back from -o: without it, a usage error.
    let page = tmp.path().join("r.html");
    let out = run(&["score", "corpora/sample", "--report", s(&page)]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--output"));
}

#[test]
fn eval_report_charts_the_metrics_and_the_misses() {
    let tmp = tempfile::tempdir().unwrap();
    let page = tmp.path().join("e.html");
    let out = run(&[
        "eval",
        "corpora/role-statements.jsonl",
        "--report",
        s(&page),
    ]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let html = read(&page);
    assert_charts(&html, &EVAL_CHARTS, "eval --report");
    assert_eq!(external_refs(&html), Vec::<String>::new());
    assert!(html.contains("<b>159</b> labelled postings"), "run line");
    assert!(html.contains("Scores of the lexicon as it is"));
    // The text report's macro-F1 is the page's.
    let text = String::from_utf8_lossy(&out.stdout);
    let macro_f1 = text
        .lines()
        .find_map(|l| l.strip_prefix("macro-F1 "))
        .and_then(|l| l.split_whitespace().next())
        .unwrap();
    assert!(html.contains(&format!("<b>{macro_f1}</b>macro-F1 (most probable role)")));
    // The worst misses name postings of the file.
    let misses = &html[html.find("id=\"misses-table\"").expect("misses table")..];
    assert!(misses.contains("<td class=\"id\">stmt-"), "{misses}");

    let out = run(&[
        "eval",
        "corpora/role-statements.jsonl",
        "--folds",
        "2",
        "--report",
        s(&page),
    ]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let html = read(&page);
    assert_charts(&html, &EVAL_CHARTS, "eval --folds --report");
    assert!(html.contains("Held-out scores: 2-fold grouped cross-validation"));
}
