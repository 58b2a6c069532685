//! `rolescan lexicon import` (alias `import-liwc`): LIWC `.dic` and table
//! dictionaries, messy ones included (the fixtures in
//! `tests/data/dictionaries/`, described in their README).

use std::path::{Path, PathBuf};
use std::process::Output;

use crate::util::{data, run, run_stdin, Table};

const MESSY_DIC: &str = "dictionaries/trabalho-latin1.dic";
const TABLE: &str = "dictionaries/work-style.csv";

fn s(path: &Path) -> &str {
    path.to_str().unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Imports `dictionary` with `flags` into `dir/out.lex`; returns the output
/// and the lexicon written, if any.
fn import(dir: &Path, dictionary: &Path, flags: &[&str]) -> (Output, Option<String>) {
    let lex = dir.join("out.lex");
    let _ = std::fs::remove_file(&lex);
    let mut args = vec!["lexicon", "import", s(dictionary), "-o", s(&lex)];
    args.extend_from_slice(flags);
    let out = run(&args);
    (out, std::fs::read_to_string(&lex).ok())
}

/// Asserts `lexicon check` accepts the lexicon file `path`.
fn assert_checks(path: &Path) {
    let out = run(&["lexicon", "check", s(path)]);
    assert!(out.status.success(), "{}", stderr(&out));
}

fn copy_as(dir: &Path, from: &str, name: &str) -> PathBuf {
    let to = dir.join(name);
    std::fs::copy(data(from), &to).unwrap();
    to
}

/// The `[terms]` section of a lexicon (the header names the file).
fn terms(lex: &str) -> &str {
    &lex[lex.find("[terms]").expect("a [terms] section")..]
}

#[test]
fn liwc_dictionary_imports_and_scores() {
    let tmp = tempfile::tempdir().unwrap();
    let dic = tmp.path().join("mini.dic");
    std::fs::write(
        &dic,
        "%\n1\tleadership\n2\ttechnology\n%\nlead*\t1\nmotivat*\t1\nserver*\t2\ncloud\t2\n",
    )
    .unwrap();
    let lex = tmp.path().join("mini.lex");
    let out = run(&["lexicon", "import-liwc", s(&dic), "-o", s(&lex)]);
    assert!(out.status.success(), "{}", stderr(&out));
    let scored = run_stdin(
        &["score", "--lexicon", s(&lex), "-"],
        "Leading and motivating the team; servers in the cloud; leadership.",
    );
    let table = Table::parse(&scored.stdout);
    assert_eq!(table.header[5..7].join(","), "p_leadership,p_technology");
    assert_eq!(table.get(&table.rows[0], "hits"), "5");
}

#[test]
fn messy_latin1_dic_converts_every_entry_it_can() {
    let tmp = tempfile::tempdir().unwrap();
    let dic = data(MESSY_DIC);
    let (out, lex) = import(tmp.path(), &dic, &["--encoding", "latin1"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{err}");
    let lex = lex.expect("a lexicon is written");
    assert_checks(&tmp.path().join("out.lex"));
    // Accents decoded; the hyphenated wildcard with a short last stem kept.
    for line in [
        "negacao | negação",
        "gestão* | gestao=1 relevance=1",
        "orçamento* | gestao=1 tecnologia=1 relevance=1",
        "tornando-se | equipe=1 relevance=1 | exact",
        "gerente | gestao=1 equipe=1 relevance=1 | exact",
        "tomada de decisão | gestao=1 equipe=1 relevance=1 | exact",
        "como | negacao=1 relevance=1 | exact",
    ] {
        assert!(lex.lines().any(|l| l == line), "no line {line:?} in\n{lex}");
    }
    assert!(!lex.contains('\u{FFFD}'), "{lex}");
    // Each problem as FILE:LINE, then the count.
    let at = |line: usize, what: &str| format!("{}:{line}: {what}", dic.display());
    for notice in [
        at(5, "category number 03 ('pessoas') is already 'equipe'"),
        at(22, "'tornando-se*': imported as 'tornando-se', without '*'"),
        at(24, "'e*': the stem before '*' has under 3 letters"),
        at(27, "'gostar': conditional categories (02 134) left out"),
        at(
            29,
            "'Gerente': the same term as 'gerente' on line 8; merged",
        ),
        at(32, "'sem-fim': category 99 not in the category table"),
        at(35, "'a|b': it holds '|'"),
        at(39, "'*ismo': '*' may only end a term"),
        at(40, "'palavra': no category numbers"),
    ] {
        assert!(err.contains(&notice), "no {notice:?} in\n{err}");
    }
    assert_eq!(
        err.matches(&format!("{}:", dic.display())).count(),
        14 + 1,
        "{err}"
    );
    assert!(
        err.ends_with("imported 22 entries (9 wildcards) into 4 roles; 6 lines left out, 8 changed (listed above)\n"),
        "{err}"
    );
}

#[test]
fn latin1_without_encoding_is_read_as_windows_1252_with_a_notice() {
    let tmp = tempfile::tempdir().unwrap();
    let dic = data(MESSY_DIC);
    let (named, with_latin1) = import(tmp.path(), &dic, &["--encoding", "windows-1252"]);
    let (guessed, guessed_lex) = import(tmp.path(), &dic, &[]);
    assert_eq!(guessed.status.code(), Some(0), "{}", stderr(&guessed));
    assert_eq!(guessed_lex, with_latin1, "the same lexicon either way");
    let notice = format!("{}:2: not UTF-8", dic.display());
    assert!(stderr(&guessed).contains(&notice), "{}", stderr(&guessed));
    assert!(stderr(&guessed).contains("--encoding windows-1252"));
    assert!(!stderr(&named).contains("not UTF-8"));
    // --encoding utf-8 takes no guess: the lines with accents are left out.
    let (out, lex) = import(tmp.path(), &dic, &["--encoding", "utf-8"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains(&format!(
        "{}:9: not valid UTF-8: line skipped",
        dic.display()
    )));
    assert!(!lex.unwrap().contains("gerência"));
}

#[test]
fn strict_fails_on_any_problem_and_writes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let (out, lex) = import(
        tmp.path(),
        &data(MESSY_DIC),
        &["--encoding", "latin1", "--strict"],
    );
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(lex.is_none(), "no output file");
    assert!(
        err.contains(
            "--strict: 14 problems; 6 lines left out, 8 changed (listed above); no lexicon written"
        ),
        "{err}"
    );
    assert!(err.contains(":24: 'e*'"), "the problems are listed: {err}");
    // To stdout: nothing either.
    let out = run(&["lexicon", "import", s(&data(MESSY_DIC)), "--strict"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    // A clean dictionary passes.
    let clean = tmp.path().join("clean.dic");
    std::fs::write(&clean, "%\n1\ta\n%\nabc*\t1\nxyz\t1\n").unwrap();
    let (out, lex) = import(tmp.path(), &clean, &["--strict"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(lex.unwrap().contains("abc* | a=1 relevance=1"));
}

#[test]
fn tables_import_by_extension_or_format() {
    let tmp = tempfile::tempdir().unwrap();
    let csv = data(TABLE);
    let (out, lex) = import(tmp.path(), &csv, &[]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{err}");
    let lex = lex.unwrap();
    assert_checks(&tmp.path().join("out.lex"));
    for line in [
        "kitchen | Kitchen",
        "stakeholder* | planning=1 people=0.5 relevance=1",
        "risk register | planning=1.5 relevance=1 | exact",
        "chef* | kitchen=1.5 relevance=1",
        "team, cross-functional | people=1 relevance=1 | exact",
        "budget* | planning=1 people=1 relevance=1",
        "hiring | planning=1 relevance=1 | exact",
    ] {
        assert!(lex.lines().any(|l| l == line), "no line {line:?} in\n{lex}");
    }
    let at = |line: usize| format!("{}:{line}: ", csv.display());
    for (line, what) in [
        (17, "'hiring': 'two' under 'People' left out"),
        (
            18,
            "'Budget*': the same term as 'budget*' on line 3; merged",
        ),
        (22, "'ab*': the stem before '*'"),
        (24, "'guests': no category marked"),
    ] {
        let notice = format!("{}{what}", at(line));
        assert!(err.contains(&notice), "no {notice:?} in\n{err}");
    }
    assert!(
        err.contains(
            "imported 19 entries (12 wildcards) into 4 roles; 2 lines left out, 2 changed"
        ),
        "{err}"
    );
    // The same table as .dicx, and under another name with --format table.
    let dicx = copy_as(tmp.path(), TABLE, "work-style.dicx");
    let (out, as_dicx) = import(tmp.path(), &dicx, &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(terms(&as_dicx.unwrap()), terms(&lex));
    let txt = copy_as(tmp.path(), TABLE, "work-style.txt");
    let (out, as_txt) = import(tmp.path(), &txt, &["--format", "table"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(terms(&as_txt.unwrap()), terms(&lex));
    // A table read as a .dic says what to do.
    let (out, none) = import(tmp.path(), &csv, &["--format", "dic"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(none.is_none());
    assert!(
        stderr(&out).contains(":1: no category table"),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("--format table"));
}

#[test]
fn import_liwc_is_an_alias_of_import() {
    let dic = data(MESSY_DIC);
    let a = run(&["lexicon", "import", s(&dic)]);
    let b = run(&["lexicon", "import-liwc", s(&dic)]);
    assert_eq!(a.status.code(), Some(0));
    assert_eq!(
        (a.status.code(), &a.stdout, &a.stderr),
        (b.status.code(), &b.stdout, &b.stderr)
    );
    let a = run(&[
        "lexicon",
        "import",
        s(&dic),
        "--strict",
        "--encoding",
        "latin1",
    ]);
    let b = run(&[
        "lexicon",
        "import-liwc",
        s(&dic),
        "--strict",
        "--encoding",
        "latin1",
    ]);
    assert_eq!(a.status.code(), Some(1));
    assert_eq!((a.status.code(), &a.stderr), (b.status.code(), &b.stderr));
    let help = run(&["lexicon", "--help"]);
    assert!(String::from_utf8_lossy(&help.stdout).contains("[alias: import-liwc]"));
}

#[test]
fn imported_table_scores_the_sample_corpus() {
    // The README's example: the fixture table on corpora/sample.
    let tmp = tempfile::tempdir().unwrap();
    let (out, _) = import(tmp.path(), &data(TABLE), &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let lex = tmp.path().join("out.lex");
    let scored = run(&["score", "--lexicon", s(&lex), "corpora/sample"]);
    assert_eq!(scored.status.code(), Some(0), "{}", stderr(&scored));
    let table = Table::parse(&scored.stdout);
    assert_eq!(
        table.header[5..9].join(","),
        "p_planning,p_technology,p_people,p_kitchen"
    );
    let role_of = |id: &str| {
        let row = table
            .rows
            .iter()
            .find(|r| table.get(r, "posting_id") == id)
            .unwrap();
        table.get(row, "top_role").to_string()
    };
    assert_eq!(role_of("pinecrest-sous-chef"), "kitchen");
    assert_eq!(role_of("northwind-it-manager"), "technology");
    assert_eq!(role_of("bayfield-clinic-buildout-pm"), "planning");
}
