//! `rolescan eval` and `rolescan lexicon fit` on a small labelled file.

use std::io::Write;

use crate::util::{run, Table};

/// Writes a labelled JSONL file of clear-cut postings, two per group.
fn labelled(dir: &std::path::Path) -> std::path::PathBuf {
    let path = dir.join("labelled.jsonl");
    let mut f = std::fs::File::create(&path).unwrap();
    let kinds = [
        ("project_manager", "Project manager for construction: scope, schedule, budget, subcontractors and change orders."),
        ("it_project_manager", "IT project manager for an ERP rollout and Microsoft 365 migration with vendor management and PMP."),
        ("technical_project_manager", "Technical project manager working with engineering teams on APIs, SDLC, architecture and QA testing."),
        ("it_manager", "IT manager running the IT department, service desk, ITIL processes, network and hardware procurement."),
        ("other", "Registered nurse for the surgical ward: patient care and medication."),
        ("other", "Line cook for a busy kitchen, evenings and weekends."),
        ("program_manager", "Program manager over a portfolio of programmes."),
    ];
    for i in 0..140 {
        let (label, text) = kinds[i % kinds.len()];
        let line = serde_json::json!({"id": format!("p{i}"), "group": format!("g{}", i / 2), "label": label, "description": text});
        writeln!(f, "{line}").unwrap();
    }
    path
}

#[test]
fn eval_reports_metrics_as_text_and_json() {
    let tmp = tempfile::tempdir().unwrap();
    let data = labelled(tmp.path());
    let out = run(&["eval", data.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    for needle in [
        "macro-F1",
        "relevance ROC-AUC",
        "ECE (top role probability)",
        "confusion",
        "program_manager 20",
    ] {
        assert!(text.contains(needle), "{needle} missing in\n{text}");
    }
    let out = run(&["eval", data.to_str().unwrap(), "--json"]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let report = &json["report"];
    assert_eq!(report["postings"], 120);
    assert_eq!(report["role_postings"], 80);
    assert_eq!(json["excluded"]["program_manager"], 20);
    // These postings name their roles: the shipped lexicon must get them.
    assert!(report["macro_f1"].as_f64().unwrap() > 0.9, "{report}");
    assert!(report["relevance_auc"].as_f64().unwrap() > 0.9, "{report}");
}

#[test]
fn fit_writes_a_lexicon_and_cross_validation_runs() {
    let tmp = tempfile::tempdir().unwrap();
    let data = labelled(tmp.path());
    let fitted = tmp.path().join("fitted.lex");
    let out = run(&[
        "lexicon",
        "fit",
        data.to_str().unwrap(),
        "--group-field",
        "group",
        "--min-examples",
        "10",
        "--iterations",
        "100",
        "--name",
        "tiny",
        "-o",
        fitted.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(&fitted).unwrap();
    assert!(text.contains("name = tiny"), "{text}");
    assert!(text.contains("Fitted by `rolescan lexicon fit"), "{text}");
    assert!(
        !text.contains("Registered nurse"),
        "no posting text in a fitted lexicon"
    );
    let check = run(&["lexicon", "check", fitted.to_str().unwrap()]);
    assert!(check.status.success());
    let predictions = tmp.path().join("predictions.csv");
    let out = run(&[
        "eval",
        data.to_str().unwrap(),
        "--folds",
        "3",
        "--group-field",
        "group",
        "--min-examples",
        "10",
        "--iterations",
        "100",
        "--json",
        "--predictions",
        predictions.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["folds"], 3);
    assert_eq!(json["report"]["postings"], 120);
    let ece = json["report"]["ece"].as_f64().unwrap();
    assert!((0.0..=1.0).contains(&ece));
    // One prediction row per evaluated posting, each held out in one of the
    // three folds, with its label and whether the most probable role is it.
    let table = Table::parse(&std::fs::read(&predictions).unwrap());
    assert_eq!(table.rows.len(), 120);
    let folds = table.column("fold");
    assert!(
        folds.iter().all(|f| ["0", "1", "2"].contains(f)),
        "{folds:?}"
    );
    assert_eq!(
        table.column("posting_id")[..3],
        ["p0", "p1", "p2"],
        "input order"
    );
    let labels = table.column("label");
    assert!(!labels.contains(&"program_manager"));
    let right = table
        .column("correct")
        .iter()
        .filter(|c| **c == "true")
        .count();
    assert!(right >= 100, "{right}/120 right");
}

#[test]
fn eval_says_when_no_label_matches() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("x.jsonl");
    std::fs::write(&path, "{\"label\": \"chef\", \"description\": \"cook\"}\n").unwrap();
    let out = run(&["eval", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--label-field"));
}
