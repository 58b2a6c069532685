//! `rolescan lexicon check`.

use crate::util::{data, run};

#[test]
fn check_builtin_and_default_file() {
    let out = run(&["lexicon", "check", "lexicons/default.lex", "--builtin"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains("lexicons/default.lex: ok: 4 roles"),
        "{stdout}"
    );
    assert!(stdout.contains("<builtin>: ok: 4 roles"), "{stdout}");
    for role in [
        "project_manager",
        "it_project_manager",
        "technical_project_manager",
        "it_manager",
    ] {
        assert!(stdout.contains(role), "{stdout}");
    }
    assert!(stdout.contains("wildcards"), "{stdout}");
}

#[test]
fn check_reports_every_problem_with_file_and_line() {
    let path = data("bad.lex");
    let out = run(&["lexicon", "check", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    let p = path.display();
    for (line, what) in [
        (6, "unknown role 'nobody'"),
        (7, "empty term"),
        (8, "bad weight 'lots'"),
        (9, "bad wildcard"),
        (10, "duplicate entry"),
    ] {
        let needle = format!("{p}:{line}: {what}");
        assert!(stderr.contains(&needle), "missing {needle:?} in\n{stderr}");
    }
    assert!(stderr.contains("lexicon has 5 problems"), "{stderr}");
    assert_eq!(stderr.matches("= fix:").count(), 5, "{stderr}");
}

#[test]
fn scoring_with_a_bad_lexicon_fails_before_reading_input() {
    let lex = data("bad.lex");
    let out = run(&[
        "score",
        "--lexicon",
        lex.to_str().unwrap(),
        "corpora/sample",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    assert!(String::from_utf8_lossy(&out.stderr).contains("problems"));
}
