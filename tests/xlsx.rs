//! `--format xlsx`: the workbook read back with calamine against the JSON
//! lines of the same run (header, rows, numbers as numbers, ids and codes
//! as text, error rows), its Summary and Lexicon sheets, the format taken
//! from `-o`'s name, stdout refused, and Ctrl-C leaving no file.

use std::path::{Path, PathBuf};

use calamine::{Data, Reader};
use rolescan::Lexicon;

use crate::util::{interrupted_while_writing, listing, run, Table, HEADER};

/// A folder with the sample corpus's JSON lines and postings whose ids a
/// spreadsheet would turn into numbers, dates or formulas, and a line that
/// is not JSON (an error row).
fn inputs() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ids.jsonl");
    std::fs::write(
        &path,
        "{\"id\": \"00123\", \"description\": \"IT manager for the service desk, ITIL, network\"}\n\
         {\"id\": \"11-3021.00\", \"description\": \"Project manager, PMP, budget and schedule\"}\n\
         {\"id\": \"=1+1\", \"description\": \"Technical project manager, APIs, engineers\"}\n\
         not json\n\
         {\"id\": \"2024-01-02\", \"description\": \"Line cook\"}\n",
    )
    .unwrap();
    (dir, path)
}

fn s(path: &Path) -> &str {
    path.to_str().unwrap()
}

/// Every sheet's name and cells, in order.
fn sheets(path: &Path) -> Vec<(String, Vec<Vec<Data>>)> {
    let mut book = calamine::open_workbook_auto(path).unwrap();
    book.sheet_names()
        .into_iter()
        .map(|name| {
            let range = book.worksheet_range(&name).unwrap();
            let rows = range.rows().map(<[Data]>::to_vec).collect();
            (name, rows)
        })
        .collect()
}

/// The JSON lines of the same run.
fn json_lines(inputs: &[&str]) -> Vec<serde_json::Map<String, serde_json::Value>> {
    let mut args = vec!["score", "-q", "--format", "jsonl"];
    args.extend(inputs);
    let out = run(&args);
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn workbook_has_the_json_lines_cells_typed() {
    let (dir, ids) = inputs();
    let target = dir.path().join("scores.xlsx");
    let inputs = ["corpora/sample", s(&ids)];
    let mut args = vec!["score", "-q", "--format", "xlsx", "-o", s(&target)];
    args.extend(inputs);
    let out = run(&args);
    // The line that is not JSON makes it exit 2, as for CSV.
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let sheets = sheets(&target);
    let names: Vec<&str> = sheets.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["Scores", "Summary", "Lexicon"]);
    let rows = &sheets[0].1;
    let header: Vec<String> = rows[0].iter().map(|c| c.to_string()).collect();
    assert_eq!(header.join(","), format!("{HEADER},top_code"));
    let lines = json_lines(&inputs);
    assert_eq!(rows.len() - 1, lines.len());
    assert_eq!(lines.len(), 32 + 5);
    for (row, line) in rows[1..].iter().zip(&lines) {
        for (name, cell) in header.iter().zip(row) {
            let same = match &line[name] {
                serde_json::Value::Null => *cell == Data::Empty,
                serde_json::Value::String(t) if t.is_empty() => *cell == Data::Empty,
                serde_json::Value::String(t) => *cell == Data::String(t.clone()),
                // The JSON's four decimals, exactly.
                serde_json::Value::Number(n) => Some(cell) == n.as_f64().map(Data::Float).as_ref(),
                _ => false,
            };
            assert!(same, "{name}: json {} vs xlsx {cell:?}", line[name]);
        }
    }
    // Spelled out: ids and codes stay text, an error row keeps its reason.
    let by_id = |id: &str| {
        rows.iter()
            .find(|r| r[1] == Data::String(id.into()))
            .unwrap_or_else(|| panic!("no row {id}"))
    };
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    for id in ["00123", "11-3021.00", "=1+1", "2024-01-02"] {
        assert!(matches!(by_id(id)[col("words")], Data::Float(_)), "{id}");
    }
    assert_eq!(
        by_id("00123")[col("top_code")],
        Data::String("11-3021.00".into())
    );
    let error = by_id("line:4");
    assert!(
        matches!(&error[col("error")], Data::String(e) if e.contains("not valid JSON")),
        "{error:?}"
    );
    assert_eq!(error[col("relevance")], Data::Empty);
    assert!(matches!(by_id("00123")[col("p_it_manager")], Data::Float(p) if p > 0.5));
}

#[test]
fn summary_counts_and_lexicon_entries() {
    let (dir, ids) = inputs();
    let target = dir.path().join("scores.xlsx");
    run(&["score", "-q", "corpora/sample", s(&ids), "-o", s(&target)]);
    let sheets = sheets(&target);
    let lines = json_lines(&["corpora/sample", s(&ids)]);
    let summary = &sheets[1].1;
    let figure = |row: usize| summary[row][1].clone();
    let errors = lines.iter().filter(|l| !l["error"].is_null()).count();
    assert_eq!(figure(0), Data::Float(lines.len() as f64));
    assert_eq!(figure(1), Data::Float((lines.len() - errors) as f64));
    assert_eq!(figure(2), Data::Float(errors as f64));
    assert_eq!(errors, 1);
    let lexicon = Lexicon::builtin();
    // The top_role table: a header, then each role and `other`.
    let table = &summary[6..];
    assert_eq!(table[0][0], Data::String("top_role".into()));
    assert_eq!(table.len(), 1 + lexicon.roles.len() + 1);
    for row in &table[1..] {
        let role = row[0].to_string();
        let n = lines
            .iter()
            .filter(|l| l["top_role"] == role.as_str())
            .count();
        assert_eq!(row[3], Data::Float(n as f64), "{role}");
    }
    let code = |role: &str| lexicon.roles.iter().find(|r| r.id == role)?.code.clone();
    assert_eq!(table[4][2], Data::String(code("it_manager").unwrap()));
    // One row per lexicon entry, under a header.
    let entries = &sheets[2].1;
    assert_eq!(entries.len(), 1 + lexicon.entries.len());
    assert_eq!(entries[0][0], Data::String("term".into()));
    assert_eq!(entries[1][0], Data::String(lexicon.entries[0].display()));
}

#[test]
fn format_follows_the_output_name() {
    let dir = tempfile::tempdir().unwrap();
    for (name, starts) in [
        ("s.xlsx", &b"PK\x03\x04"[..]),
        ("s.XLSX", b"PK\x03\x04"),
        ("s.jsonl", b"{\"source\":"),
        ("s.csv", b"source,posting_id,"),
        ("s.txt", b"source,posting_id,"),
    ] {
        let target = dir.path().join(name);
        let out = run(&[
            "score",
            "-q",
            "corpora/sample/board.jsonl",
            "-o",
            s(&target),
        ]);
        assert!(out.status.success(), "{name}: {out:?}");
        assert!(
            std::fs::read(&target).unwrap().starts_with(starts),
            "{name}"
        );
    }
    // --format wins over the name.
    let target = dir.path().join("t.xlsx");
    run(&[
        "score",
        "-q",
        "--format",
        "csv",
        "corpora/sample",
        "-o",
        s(&target),
    ]);
    let table = Table::parse(&std::fs::read(&target).unwrap());
    assert_eq!(table.rows.len(), 32);
}

#[test]
fn xlsx_to_stdout_is_refused() {
    for args in [
        &["score", "--format", "xlsx", "corpora/sample"][..],
        &[
            "score",
            "--format",
            "xlsx",
            "-o",
            "/dev/stdout",
            "corpora/sample",
        ],
    ] {
        let out = run(args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains("binary workbook"), "{stderr}");
        assert!(stderr.contains("-o"), "{stderr}");
        assert!(out.stdout.is_empty());
    }
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("s.xlsx");
    for flag in ["--bom", "--crlf"] {
        let out = run(&["score", flag, "corpora/sample", "-o", s(&target)]);
        assert_eq!(out.status.code(), Some(1));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains("CSV output only"), "{stderr}");
    }
    let page = dir.path().join("p.html");
    let out = run(&[
        "score",
        "corpora/sample",
        "-o",
        s(&target),
        "--report",
        s(&page),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not xlsx"));
    assert!(!target.exists() && !page.exists());
}

#[test]
fn ctrl_c_leaves_no_workbook() {
    let tmp = tempfile::tempdir().unwrap();
    let out = interrupted_while_writing(&tmp.path().join("scores.xlsx"));
    assert_eq!(out.status.code(), Some(130));
    // Neither the output's temporary file nor the sheets' are left.
    assert!(listing(tmp.path()).is_empty(), "{:?}", listing(tmp.path()));
}
