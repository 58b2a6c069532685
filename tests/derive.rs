//! `rolescan lexicon derive` and `stats`.

use crate::util::{data, root, run, run_stdin, Table};

fn derive_user_roles(out: &std::path::Path) -> std::process::Output {
    run(&[
        "lexicon",
        "derive",
        "--role",
        &format!("data_engineer={}", data("derive/data_engineer").display()),
        "--role",
        &format!("data_scientist={}", data("derive/data_scientist").display()),
        "-o",
        out.to_str().unwrap(),
    ])
}

#[test]
fn two_user_roles_from_two_folders() {
    let tmp = tempfile::tempdir().unwrap();
    let (a, b) = (tmp.path().join("a.lex"), tmp.path().join("b.lex"));
    let out = derive_user_roles(&a);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(derive_user_roles(&b).status.success());
    let text = std::fs::read_to_string(&a).unwrap();
    assert_eq!(
        text,
        std::fs::read_to_string(&b).unwrap(),
        "derivation is deterministic"
    );
    assert!(text.contains("data_engineer | Data Engineer"), "{text}");
    assert!(text.contains("data_scientist | Data Scientist"), "{text}");
    // The distinguishing terms land on the right side, with their statistics.
    let line = |term: &str| {
        text.lines()
            .find(|l| l.starts_with(&format!("{term} |")))
            .unwrap_or_else(|| panic!("no {term} in\n{text}"))
    };
    assert!(
        line("pipeline").contains("data_engineer=1."),
        "{}",
        line("pipeline")
    );
    assert!(
        line("model").contains("data_scientist=1."),
        "{}",
        line("model")
    );
    assert!(line("pipeline").contains("z 2."), "{}", line("pipeline"));

    let check = run(&["lexicon", "check", a.to_str().unwrap()]);
    assert!(check.status.success());
    let scored = run_stdin(&["score", "--lexicon", a.to_str().unwrap(), "-"], "{\"id\": \"1\", \"description\": \"Own our pipelines.\"}\n{\"id\": \"2\", \"description\": \"Train a model, report statistics.\"}\n");
    let table = Table::parse(&scored.stdout);
    let top: Vec<&str> = table.column("top_role");
    assert_eq!(top, ["data_engineer", "data_scientist"]);
}

#[test]
fn derive_reports_bad_arguments() {
    let out = run(&[
        "lexicon",
        "derive",
        "--role",
        "only_one=tests/data/derive/data_engineer",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("at least two roles"));
    let out = run(&[
        "lexicon",
        "derive",
        "--role",
        "a=/no/such/dir",
        "--role",
        "b=tests/data/derive/data_scientist",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("no such file"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = run(&[
        "lexicon",
        "derive",
        "--role",
        "a=tests/data/derive/data_engineer",
        "--role",
        "b=tests/data/derive/data_scientist",
        "--z",
        "50",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no term cleared"));
}

/// Runs one of the scripts that regenerate the shipped lexicons, writing to
/// a temporary file, and compares the result with the committed file.
fn regenerates(script: &str, committed: &str) {
    let background = root().join("../shared/corpora/dev.jsonl");
    assert!(
        background.exists(),
        "../shared/corpora/dev.jsonl is absent: regenerating {committed} needs the \
         development postings beside the checkout (CI provides them)"
    );
    let tmp = tempfile::tempdir().unwrap();
    let out_path = tmp.path().join("out.lex");
    let out = std::process::Command::new("bash")
        .arg(root().join(script))
        .arg(&out_path)
        .env("ROLESCAN", assert_cmd::cargo::cargo_bin("rolescan"))
        .current_dir(root())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let regenerated = std::fs::read_to_string(&out_path).unwrap();
    let committed_text = std::fs::read_to_string(root().join(committed)).unwrap();
    crate::util::assert_same(
        &committed_text,
        &regenerated,
        &format!("{committed} and its regeneration"),
    );
}

#[test]
#[ignore = "needs ../shared/corpora/dev.jsonl beside the checkout; run with `cargo test -- --ignored` (.ci/run does)"]
fn derived_lexicon_is_reproduced_by_its_derivation() {
    regenerates("scripts/derive-default-lexicon.sh", "lexicons/derived.lex");
}

#[test]
#[ignore = "needs ../shared/corpora/dev.jsonl beside the checkout; run with `cargo test -- --ignored` (.ci/run does)"]
fn shipped_lexicon_is_reproduced_by_its_fit() {
    regenerates("scripts/fit-default-lexicon.sh", "lexicons/default.lex");
}

#[test]
fn stats_lists_roles_strongest_terms_and_overlaps() {
    let out = run(&["lexicon", "stats", "--builtin", "--top", "3"]);
    assert!(out.status.success());
    let s = String::from_utf8(out.stdout).unwrap();
    for needle in [
        "it_manager (IT Manager):",
        "overlaps:",
        "relevance:",
        "positive",
    ] {
        assert!(s.contains(needle), "{needle} missing in\n{s}");
    }
}
