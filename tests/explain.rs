//! `rolescan explain` on the sample corpus.

use crate::util::{run, run_stdin};

fn stdout(args: &[&str]) -> (String, String, Option<i32>) {
    let out = run(args);
    (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code(),
    )
}

#[test]
fn explains_a_text_file_with_brackets_when_piped() {
    let (out, err, code) = stdout(&["explain", "corpora/sample/files/northwind-it-manager.txt"]);
    assert_eq!(code, Some(0), "{err}");
    assert!(out
        .starts_with("== corpora/sample/files/northwind-it-manager.txt [northwind-it-manager]\n"));
    assert!(out.contains("[[IT Manager]]"), "{out}");
    assert!(!out.contains('\x1b'));
    assert!(out.contains("(log prior / bias)"));
    assert!(out.contains("= total (z / logit)"));
    assert!(out.contains("top_role    it_manager (relevance"), "{out}");
    // The table lists the evidence terms with their counts.
    let row = out
        .lines()
        .find(|l| l.starts_with("ITIL "))
        .unwrap_or_else(|| panic!("no ITIL row in\n{out}"));
    let cells: Vec<&str> = row.split_whitespace().collect();
    assert_eq!(&cells[..3], ["ITIL", "2", "1.099"]);
}

#[test]
fn agrees_with_score() {
    let score = crate::util::Table::parse(&run(&["score", "corpora/sample/board.jsonl"]).stdout);
    for row in &score.rows {
        let id = score.get(row, "posting_id");
        let (out, err, code) = stdout(&["explain", "corpora/sample/board.jsonl", "--id", id]);
        assert_eq!(code, Some(0), "{err}");
        let top = format!("top_role    {} (", score.get(row, "top_role"));
        assert!(out.contains(&top), "{id}: {top}\n{out}");
        let conf = format!("confidence  {} (", score.get(row, "confidence"));
        assert!(out.contains(&conf), "{id}: {conf}\n{out}");
        let probs = out.lines().find(|l| l.starts_with("→ softmax")).unwrap();
        let want: Vec<&str> = [
            "p_project_manager",
            "p_it_project_manager",
            "p_technical_project_manager",
            "p_it_manager",
            "relevance",
        ]
        .iter()
        .map(|c| score.get(row, c))
        .collect();
        // The label ("→ softmax / sigmoid", or with the temperature, cut to
        // the column width) is followed by one value per column.
        let tokens: Vec<&str> = probs.split_whitespace().collect();
        let got = tokens[tokens.len() - want.len()..].to_vec();
        assert_eq!(got, want, "{id}");
    }
}

#[test]
fn first_n_color_and_stdin() {
    let (out, _, code) = stdout(&[
        "explain",
        "corpora/sample/export.csv",
        "--first",
        "3",
        "--color",
        "always",
        "--no-text",
    ]);
    assert_eq!(code, Some(0));
    assert_eq!(
        out.matches("\n== corpora/sample/export.csv [").count() + 1,
        3
    );
    let out = run_stdin(
        &["explain", "-", "--color", "always"],
        "Senior IT project manager, PMP.",
    );
    let out = String::from_utf8(out.stdout).unwrap();
    assert!(
        out.contains("\x1b[1;33mIT project manager\x1b[0m"),
        "{out:?}"
    );
    assert!(out.contains("\x1b[1;33mPMP\x1b[0m"), "{out:?}");
}

#[test]
fn unknown_id_and_unreadable_posting() {
    let (out, err, code) = stdout(&["explain", "corpora/sample/board.jsonl", "--id", "nope"]);
    assert_eq!(code, Some(1));
    assert!(out.is_empty());
    assert!(
        err.contains("no posting with id 'nope' in corpora/sample/board.jsonl"),
        "{err}"
    );
    let (out, _, code) = stdout(&["explain", "/no/such/file.txt"]);
    assert_eq!(code, Some(2));
    assert!(out.contains("error: no such file or directory"), "{out}");
    let (out, _, code) = stdout(&["explain", "corpora/sample/export.csv", "--id", "exp-009"]);
    assert_eq!(code, Some(0));
    assert!(out.contains("warning: empty posting"), "{out}");
    assert!(out.contains("top_role    other"), "{out}");
}
