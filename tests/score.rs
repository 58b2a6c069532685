//! `rolescan score`: formats, ordering, errors, output file handling.

use std::io::{BufRead, BufReader, Write};
use std::process::Stdio;

use crate::util::{answer_key, assert_same, data, root, run, run_stdin, Table, HEADER};

fn stdout_of(args: &[&str]) -> (Table, String, Option<i32>) {
    let out = run(args);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    (Table::parse(&out.stdout), stderr, out.status.code())
}

#[test]
fn every_format_with_its_expected_role() {
    let dir = data("formats");
    let (table, stderr, code) = stdout_of(&["score", dir.to_str().unwrap()]);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(table.header.join(","), HEADER);
    let got: Vec<(String, String)> = table
        .rows
        .iter()
        .map(|r| {
            (
                table.get(r, "posting_id").to_string(),
                table.get(r, "top_role").to_string(),
            )
        })
        .collect();
    // Sorted path order: it-manager.txt, pm.html, postings.csv, postings.jsonl, tpm.md.
    let order: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
    assert_eq!(order, ["it-manager", "pm", "c1", "c2", "j1", "j2", "tpm"]);
    let answers = root().join("tests/data/formats-answers.tsv");
    let mut want = answer_key(&answers, &["posting_id"], "top_role");
    want.sort();
    let mut got = got;
    got.sort();
    assert_eq!(got, want);
    // The HTML script block mentions IT Manager terms; they must not count.
    let pm = table
        .rows
        .iter()
        .find(|r| table.get(r, "posting_id") == "pm")
        .unwrap();
    assert!(
        !table.get(pm, "evidence").contains("ITIL"),
        "{}",
        table.get(pm, "evidence")
    );
}

#[test]
fn probabilities_sum_to_one_and_columns_are_well_formed() {
    let (table, _, _) = stdout_of(&["score", "corpora/sample"]);
    for row in &table.rows {
        if !table.get(row, "error").is_empty() {
            continue;
        }
        let sum: f64 = [
            "p_project_manager",
            "p_it_project_manager",
            "p_technical_project_manager",
            "p_it_manager",
        ]
        .iter()
        .map(|c| table.get(row, c).parse::<f64>().unwrap())
        .sum();
        assert!(
            (sum - 1.0).abs() <= 0.0003,
            "probabilities sum to {sum}: {row:?}"
        );
        for c in ["relevance", "confidence"] {
            let x: f64 = table.get(row, c).parse().unwrap();
            assert!((0.0..=1.0).contains(&x), "{c}={x}");
        }
        let words: usize = table.get(row, "words").parse().unwrap();
        let hits: usize = table.get(row, "hits").parse().unwrap();
        assert!(hits <= words, "{row:?}");
    }
}

#[test]
fn output_is_identical_for_any_thread_count() {
    // Enough postings for several batches: the sample plus a generated file.
    let tmp = tempfile::tempdir().unwrap();
    let big = tmp.path().join("many.jsonl");
    let mut f = std::fs::File::create(&big).unwrap();
    let phrases = [
        "IT project manager",
        "technical project manager",
        "ITIL service desk",
        "scope and budget",
        "nurse",
        "Rust developer",
        "it is",
    ];
    for i in 0..3000 {
        let text = (0..(i % 7 + 1))
            .map(|k| phrases[(i + k) % phrases.len()])
            .collect::<Vec<_>>()
            .join(", ");
        writeln!(f, "{}", serde_json::json!({"id": i, "description": text})).unwrap();
    }
    drop(f);
    let args = |j: &'static str| vec!["score", "-j", j, "corpora/sample", big.to_str().unwrap()];
    let one = run(&args("1"));
    let four = run(&args("4"));
    assert!(one.status.success());
    assert_eq!(Table::parse(&one.stdout).rows.len(), 32 + 3000);
    assert_same(
        &String::from_utf8_lossy(&one.stdout),
        &String::from_utf8_lossy(&four.stdout),
        "CSV from -j 1 and -j 4",
    );
}

#[test]
fn rows_out_equal_postings_in_with_broken_files() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    std::fs::write(
        dir.join("a-good.txt"),
        "IT Manager for our service desk and ITIL processes.",
    )
    .unwrap();
    std::fs::write(dir.join("b-binary.txt"), b"\x00\x01\x02PK binary junk").unwrap();
    std::fs::write(
        dir.join("c-latin1.txt"),
        b"Caf\xe9 project manager, scope and budget",
    )
    .unwrap();
    std::fs::write(
        dir.join("d-mixed.jsonl"),
        "{\"id\": \"ok1\", \"description\": \"technical project manager\"}\nnot json at all\n\n{\"id\": \"nofield\", \"title\": \"x\"}\n{\"id\": \"ok2\", \"description\": \"chef\"}\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("e-ragged.csv"),
        "id,description\nr1,project manager\nr2\nr3,nurse,extra\n",
    )
    .unwrap();
    std::fs::write(dir.join("notes.tsv"), "ignored: not a posting format").unwrap();
    let missing = dir.join("does-not-exist.txt");

    let out = run(&["score", dir.to_str().unwrap(), missing.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2), "some postings failed");
    let table = Table::parse(&out.stdout);
    let ids: Vec<&str> = table.column("posting_id");
    assert_eq!(
        ids,
        [
            "a-good",
            "b-binary",
            "c-latin1",
            "ok1",
            "line:2",
            "nofield",
            "ok2",
            "r1",
            "r2",
            "r3",
            "does-not-exist"
        ]
    );
    let errors: Vec<&str> = table
        .rows
        .iter()
        .filter(|r| !table.get(r, "error").is_empty())
        .map(|r| table.get(r, "posting_id"))
        .collect();
    assert_eq!(
        errors,
        ["b-binary", "line:2", "nofield", "r2", "does-not-exist"]
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("binary file"), "{stderr}");
    assert!(
        stderr.contains("not UTF-8 (byte 3 is not); read as Windows-1252"),
        "{stderr}"
    );
    assert!(stderr.contains("no such file"), "{stderr}");
    assert!(
        stderr.contains("11 postings (5 errors, 1 warnings)"),
        "{stderr}"
    );
    // An error row has empty score columns.
    let bad = table
        .rows
        .iter()
        .find(|r| table.get(r, "posting_id") == "b-binary")
        .unwrap();
    assert_eq!(table.get(bad, "relevance"), "");
    assert_eq!(table.get(bad, "top_role"), "");
}

#[test]
fn stdin_text_and_jsonl() {
    let out = run_stdin(
        &["score", "-"],
        "We are hiring an IT manager to run the help desk.",
    );
    let table = Table::parse(&out.stdout);
    assert_eq!(table.rows.len(), 1);
    assert_eq!(table.get(&table.rows[0], "source"), "-");
    assert_eq!(table.get(&table.rows[0], "top_role"), "it_manager");

    let out = run_stdin(&["score", "--id-field", "ref", "--text-field", "body"], "{\"ref\": \"x1\", \"body\": \"technical project manager\"}\n{\"ref\": \"x2\", \"body\": \"nurse\"}\n");
    let table = Table::parse(&out.stdout);
    let ids: Vec<&str> = table.column("posting_id");
    assert_eq!(ids, ["x1", "x2"]);
}

#[test]
fn csv_column_flags() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("x.csv");
    std::fs::write(&path, "Ref,Body\nk1,IT project manager\n").unwrap();
    let (table, stderr, code) = stdout_of(&[
        "score",
        "--text-column",
        "Body",
        "--id-column",
        "Ref",
        path.to_str().unwrap(),
    ]);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(table.get(&table.rows[0], "posting_id"), "k1");
    assert_eq!(table.get(&table.rows[0], "top_role"), "it_project_manager");
    let (table, _, code) = stdout_of(&["score", "--text-column", "Nope", path.to_str().unwrap()]);
    assert_eq!(code, Some(2));
    assert!(table
        .get(&table.rows[0], "error")
        .contains("no column 'Nope'"));
}

#[test]
fn user_lexicon_gives_its_own_columns() {
    let lex = data("user.lex");
    let out = run_stdin(
        &["score", "--lexicon", lex.to_str().unwrap(), "-"],
        "Build the data pipeline in Spark; some machine learning.",
    );
    let table = Table::parse(&out.stdout);
    assert_eq!(
        table.header.join(","),
        "source,posting_id,words,hits,relevance,p_data_engineer,p_data_scientist,top_role,confidence,evidence,error"
    );
    assert_eq!(table.get(&table.rows[0], "top_role"), "data_engineer");
    assert_eq!(
        table.get(&table.rows[0], "evidence"),
        "data pipeline×1; machine learning×1; spark×1"
    );
}

#[test]
fn output_file_is_written_whole_or_not_at_all() {
    let tmp = tempfile::tempdir().unwrap();
    let target = tmp.path().join("scores.csv");
    let out = run(&[
        "score",
        "corpora/sample",
        "-q",
        "-o",
        target.to_str().unwrap(),
    ]);
    assert!(out.status.success());
    assert!(out.stdout.is_empty() && out.stderr.is_empty());
    let written = std::fs::read_to_string(&target).unwrap();
    assert!(written.starts_with(HEADER));
    assert_eq!(Table::parse(written.as_bytes()).rows.len(), 32);
    let leftovers: Vec<_> = std::fs::read_dir(tmp.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(leftovers.len(), 1, "{leftovers:?}");

    // A failing run (bad lexicon) leaves the previous file untouched.
    let bad = data("bad.lex");
    let out = run(&[
        "score",
        "corpora/sample",
        "--lexicon",
        bad.to_str().unwrap(),
        "-o",
        target.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(std::fs::read_to_string(&target).unwrap(), written);

    // An unwritable destination is a clear error.
    let out = run(&["score", "corpora/sample", "-o", "/nonexistent-dir/x.csv"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent-dir/x.csv"));
}

#[test]
fn closed_pipe_is_not_an_error() {
    let tmp = tempfile::tempdir().unwrap();
    let big = tmp.path().join("big.jsonl");
    let mut f = std::io::BufWriter::new(std::fs::File::create(&big).unwrap());
    for i in 0..200_000 {
        writeln!(
            f,
            "{{\"id\": {i}, \"description\": \"IT project manager for a cloud migration\"}}"
        )
        .unwrap();
    }
    drop(f);
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("rolescan"))
        .args(["score", big.to_str().unwrap()])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert!(first.starts_with("source,posting_id"));
    // The reader is dropped here: the pipe is closed mid-run, like `| head -1`.
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}

#[test]
fn missing_path_gets_an_error_row() {
    let out = run(&["score", "/definitely/not/here"]);
    assert_eq!(out.status.code(), Some(2));
    let table = Table::parse(&out.stdout);
    assert_eq!(table.rows.len(), 1);
    assert!(table.get(&table.rows[0], "error").contains("no such file"));
}

#[test]
fn stats_line_reports_throughput_and_memory_even_when_quiet() {
    let out = run(&["score", "-q", "--stats", "-j", "2", "corpora/sample"]);
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    let line = stderr
        .lines()
        .find(|l| l.starts_with("rolescan stats:"))
        .unwrap_or_else(|| panic!("{stderr}"));
    for key in [
        "postings=32 ",
        "mb_per_s=",
        "postings_per_s=",
        "threads=2 ",
        "peak_rss_mib=",
    ] {
        assert!(line.contains(key), "{key} missing in {line}");
    }
    assert_eq!(
        stderr.lines().count(),
        1,
        "--quiet keeps everything else off stderr: {stderr}"
    );
}

#[test]
fn flat_tsv_lexicon_scores_like_lex() {
    let tmp = tempfile::tempdir().unwrap();
    let tsv = tmp.path().join("roles.tsv");
    std::fs::write(
        &tsv,
        "role\tterm\tweight\nData Engineer\tdata pipeline\t2\nData Scientist\tmachine learning\t2\nrelevance\tdata pipeline\t4\nrelevance\tmachine learning\t4\n",
    )
    .unwrap();
    let out = run_stdin(
        &["score", "--lexicon", tsv.to_str().unwrap(), "-"],
        "Build data pipelines and data-pipeline tooling.",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let table = Table::parse(&out.stdout);
    assert_eq!(
        table.header[5..7].join(","),
        "p_data_engineer,p_data_scientist"
    );
    assert_eq!(table.get(&table.rows[0], "top_role"), "data_engineer");
    assert_eq!(table.get(&table.rows[0], "evidence"), "data pipeline×2");
    let check = run(&["lexicon", "check", tsv.to_str().unwrap()]);
    assert!(check.status.success());
}
