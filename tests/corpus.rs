//! The sample corpus (in the repository) and the development postings (in
//! `../shared`, outside it).

use std::path::PathBuf;

use crate::util::{answer_key, root, run, Table, HEADER};

#[test]
fn sample_corpus_scores_against_its_answer_key() {
    let out = run(&["score", "corpora/sample"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let table = Table::parse(&out.stdout);
    assert_eq!(table.header.join(","), HEADER);
    let key = answer_key(
        &root().join("corpora/sample-answers.tsv"),
        &["source", "posting_id"],
        "expected_role",
    );
    assert_eq!(
        table.rows.len(),
        key.len(),
        "one row per posting in the answer key"
    );
    let mut right = 0;
    let mut wrong = Vec::new();
    for row in &table.rows {
        let source = table
            .get(row, "source")
            .trim_start_matches("corpora/sample/");
        let k = format!("{source}\t{}", table.get(row, "posting_id"));
        let expected = key
            .iter()
            .find(|(key, _)| *key == k)
            .unwrap_or_else(|| panic!("{k} is not in sample-answers.tsv"));
        if expected.1 == table.get(row, "top_role") {
            right += 1;
        } else {
            wrong.push(format!(
                "{k}: expected {}, got {}",
                expected.1,
                table.get(row, "top_role")
            ));
        }
    }
    // The shipped lexicon gets 28 of 32 (it misses two long technical
    // project manager ads, which it finds not relevant enough, and two
    // decoys that name the roles); fewer means a regression.
    assert!(
        right >= 28,
        "{right}/{} right; wrong:\n{}",
        table.rows.len(),
        wrong.join("\n")
    );
}

/// The development corpus lives in `../shared/corpora`, beside the checkout.
fn dev_corpus() -> Option<PathBuf> {
    let path = root().join("../shared/corpora/dev.jsonl");
    path.exists().then_some(path)
}

#[test]
#[ignore = "needs ../shared/corpora/dev.jsonl beside the checkout; run with `cargo test -- --ignored` (.ci/run does)"]
fn dev_corpus_one_row_per_line_and_role_names_mostly_right() {
    let Some(path) = dev_corpus() else {
        panic!(
            "../shared/corpora/dev.jsonl is absent: this test needs the shared development \
             corpus next to the checkout (CI provides it)"
        );
    };
    let lines = std::fs::read_to_string(&path)
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .count();
    let out = run(&[
        "score",
        "-q",
        "--text-field",
        "description",
        path.to_str().unwrap(),
    ]);
    assert!(out.status.success());
    let table = Table::parse(&out.stdout);
    assert_eq!(table.rows.len(), lines);
    let labels: std::collections::HashMap<String, String> = std::fs::read_to_string(&path)
        .unwrap()
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            (
                v["id"].as_str().unwrap().to_string(),
                v["label"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    for role in ["technical_project_manager", "it_project_manager"] {
        let rows: Vec<_> = table
            .rows
            .iter()
            .filter(|r| labels[table.get(r, "posting_id")] == role)
            .collect();
        let right = rows
            .iter()
            .filter(|r| table.get(r, "top_role") == role)
            .count();
        let share = right as f64 / rows.len() as f64;
        // Measured 0.67 (TPM) and 0.72 (IT PM) with the shipped lexicon.
        assert!(
            share >= 0.6,
            "{role}: top_role right for {right}/{} = {share:.3}",
            rows.len()
        );
    }
}
