//! The bad-input catalogue: every kind of broken input we know of, each with
//! a clear message, the run going on where it can, and nothing lost. For
//! every input, the rows written (error rows included) equal the postings
//! in: [`rows_for`] checks that invariant in each test.
//!
//! Permission tests look at whether permissions are enforced for this user
//! (they are not for root) and assert what happens in either case.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::util::{data, interrupted_while_writing, listing, run, Table, HEADER};

/// Runs `rolescan score ARGS`, checks the CSV has `postings` rows, and
/// returns the table, stderr and exit code.
fn rows_for(args: &[&str], postings: usize) -> (Table, String, Option<i32>) {
    let out = run(args);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let table = Table::parse(&out.stdout);
    assert_eq!(table.header.join(","), HEADER, "{stderr}");
    assert_eq!(
        table.rows.len(),
        postings,
        "rows out != postings in for {args:?}\n{stderr}"
    );
    (table, stderr, out.status.code())
}

fn write(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(&path, bytes).unwrap();
    path
}

fn s(path: &Path) -> &str {
    path.to_str().unwrap()
}

fn ids(table: &Table) -> Vec<&str> {
    table.column("posting_id")
}

fn error_of<'a>(table: &'a Table, id: &str) -> &'a str {
    let row = table
        .rows
        .iter()
        .find(|r| table.get(r, "posting_id") == id)
        .unwrap_or_else(|| panic!("no row {id}"));
    table.get(row, "error")
}

/// Whether file permissions stop this process (false for root).
fn permissions_enforced(unreadable: &Path) -> bool {
    std::fs::File::open(unreadable).is_err()
}

fn chmod(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

#[test]
fn empty_files() {
    let tmp = tempfile::tempdir().unwrap();
    write(tmp.path(), "empty.txt", "");
    write(tmp.path(), "blank.md", " \n\t\n");
    write(tmp.path(), "empty.jsonl", "");
    write(tmp.path(), "empty.csv", "");
    write(tmp.path(), "header-only.csv", "id,description\n");
    // Only the two text files hold postings (empty ones); the others none.
    let (table, stderr, code) = rows_for(&["score", s(tmp.path())], 2);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(ids(&table), ["blank", "empty"]);
    for row in &table.rows {
        assert_eq!(table.get(row, "words"), "0");
        assert_eq!(table.get(row, "top_role"), "other");
    }
    assert_eq!(stderr.matches("empty posting: no text to score").count(), 2);
    assert!(
        stderr.contains("2 postings (0 errors, 2 warnings)"),
        "{stderr}"
    );
}

#[test]
fn blank_and_zero_byte_jsonl_lines_are_not_postings() {
    let tmp = tempfile::tempdir().unwrap();
    let f = write(
        tmp.path(),
        "x.jsonl",
        "\n{\"description\": \"IT manager\"}\n\n   \n\t\r\n{\"description\": \"nurse\"}\n\n",
    );
    let (table, stderr, code) = rows_for(&["score", s(&f)], 2);
    assert_eq!(code, Some(0), "{stderr}");
    // Line numbers still count the blank lines.
    assert_eq!(ids(&table), ["line:2", "line:6"]);
    assert!(stderr.contains("(0 errors, 0 warnings)"), "{stderr}");
}

#[test]
fn binary_file_is_skipped_with_a_reason() {
    let tmp = tempfile::tempdir().unwrap();
    write(tmp.path(), "ad.txt", "IT manager for the service desk");
    write(
        tmp.path(),
        "image.txt",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    );
    // A binary file with an extension rolescan does not read is not a posting.
    write(tmp.path(), "photo.png", b"\x89PNG\r\n\x1a\n\x00\x00");
    let (table, stderr, code) = rows_for(&["score", s(tmp.path())], 2);
    assert_eq!(code, Some(2));
    assert_eq!(
        error_of(&table, "image"),
        "binary file (a PNG image); skipped"
    );
    assert!(
        stderr.contains("image.txt [image]: binary file"),
        "{stderr}"
    );
}

#[test]
fn bytes_that_are_not_utf8_are_read_as_windows_1252_or_replaced() {
    let tmp = tempfile::tempdir().unwrap();
    write(
        tmp.path(),
        "a.txt",
        b"IT manager \x93service desk\x94 \xe0 Lyon",
    );
    write(
        tmp.path(),
        "b.jsonl",
        b"{\"id\": \"j1\", \"description\": \"project manager \xe9t\xe9\"}\n",
    );
    write(
        tmp.path(),
        "c.csv",
        b"id,description\nc1,technical project manager \x80\n",
    );
    // UTF-8 with one broken byte stays UTF-8 (its good characters kept).
    write(tmp.path(), "d.txt", b"IT manager, caf\xc3\xa9 \xff desk");
    let (table, stderr, code) = rows_for(&["score", s(tmp.path())], 4);
    // Warnings do not fail the run: the postings were scored.
    assert_eq!(code, Some(0), "{stderr}");
    for row in &table.rows {
        assert_eq!(table.get(row, "error"), "");
        assert_ne!(table.get(row, "hits"), "0");
    }
    assert!(
        stderr.contains("a.txt [a]: not UTF-8 (byte 11 is not); read as Windows-1252"),
        "{stderr}"
    );
    assert!(stderr.contains("[j1]: line 1: not UTF-8"), "{stderr}");
    assert!(stderr.contains("[c1]: row 1: not UTF-8"), "{stderr}");
    assert!(
        stderr.contains("d.txt [d]: invalid UTF-8 at byte 18; bad bytes were replaced with U+FFFD"),
        "{stderr}"
    );
    assert!(stderr.contains("(0 errors, 4 warnings)"), "{stderr}");
    // The guess decodes the text: accents survive (and curly quotes, which
    // `explain` shows as the scanner reads them), no U+FFFD.
    let out = run(&["explain", s(&tmp.path().join("a.txt")), "--color", "never"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("\"service desk\" \u{e0} Lyon"), "{text}");
    assert!(!text.contains('\u{FFFD}'), "{text}");
    // `--encoding utf-8` replaces instead of guessing.
    let (_, stderr, code) = rows_for(&["score", "--encoding", "utf-8", s(tmp.path())], 4);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(
        stderr.contains("a.txt [a]: invalid UTF-8 at byte 11"),
        "{stderr}"
    );
}

/// The peak memory `rolescan score --stats` reports, in MiB.
fn peak_rss_mib(stderr: &str) -> f64 {
    let field = stderr
        .split_whitespace()
        .find_map(|f| f.strip_prefix("peak_rss_mib="))
        .unwrap_or_else(|| panic!("no peak_rss_mib in {stderr}"));
    field.parse().unwrap()
}

#[test]
fn posting_of_100_mb_on_one_line() {
    const SIZE: usize = 100_000_000;
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("huge.jsonl");
    let unit = "We need an IT project manager for the ERP migration; PMP preferred. ";
    let mut f = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
    f.write_all(b"{\"id\": \"huge\", \"description\": \"")
        .unwrap();
    let repeats = SIZE / unit.len();
    for _ in 0..repeats {
        f.write_all(unit.as_bytes()).unwrap();
    }
    f.write_all(b"\"}\n{\"id\": \"small\", \"description\": \"nurse\"}\n")
        .unwrap();
    drop(f);
    assert!(std::fs::metadata(&path).unwrap().len() >= SIZE as u64);

    // Over the default limit (32 MiB): an error row naming the flag, the
    // next line scored, and memory far below the posting's size.
    let out = run(&["score", "-q", "--stats", s(&path)]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    let table = Table::parse(&out.stdout);
    assert_eq!(ids(&table), ["line:1", "small"]);
    assert!(
        error_of(&table, "line:1").starts_with("line 1 is 100000")
            && error_of(&table, "line:1").ends_with(
                "bytes, over --max-posting-bytes (33554432); skipped (raise the limit to score it)"
            ),
        "{}",
        error_of(&table, "line:1")
    );
    let flat = peak_rss_mib(&stderr);
    assert!(
        flat < 100.0,
        "peak RSS {flat} MiB while skipping a 100 MB line"
    );

    // With the limit raised, it is scored whole.
    let out = run(&[
        "score",
        "-q",
        "--stats",
        "--max-posting-bytes",
        "200M",
        s(&path),
    ]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    let table = Table::parse(&out.stdout);
    assert_eq!(ids(&table), ["huge", "small"]);
    let huge = &table.rows[0];
    assert_eq!(table.get(huge, "top_role"), "it_project_manager");
    assert_eq!(
        table.get(huge, "words").parse::<usize>().unwrap(),
        repeats * 12
    );
    assert!(table
        .get(huge, "evidence")
        .contains(&format!("IT project manager×{repeats}")));
    // Memory stays within a small multiple of the posting (it is held as
    // raw line, text, and normalized text while scored), far from exploding.
    let rss = peak_rss_mib(&stderr);
    assert!(rss < 1024.0, "peak RSS {rss} MiB");
}

#[test]
fn jsonl_lines_that_are_not_json_objects() {
    let tmp = tempfile::tempdir().unwrap();
    let f = write(
        tmp.path(),
        "x.jsonl",
        "{\"id\": \"ok\", \"description\": \"IT manager\"}\n{\"id\": \"cut\", \"descr\n[1, 2]\n\"text\"\n{\"id\": \"ok2\", \"description\": \"nurse\"}\n",
    );
    let (table, stderr, code) = rows_for(&["score", s(&f)], 5);
    assert_eq!(code, Some(2));
    assert_eq!(ids(&table), ["ok", "line:2", "line:3", "line:4", "ok2"]);
    assert!(error_of(&table, "line:2").starts_with("line 2 is not valid JSON: "));
    assert_eq!(
        error_of(&table, "line:3"),
        "line 3 is JSON but not an object"
    );
    assert_eq!(
        error_of(&table, "line:4"),
        "line 4 is JSON but not an object"
    );
    assert!(stderr.contains("(3 errors, 0 warnings)"), "{stderr}");
}

#[test]
fn json_line_without_the_text_field() {
    let tmp = tempfile::tempdir().unwrap();
    let f = write(
        tmp.path(),
        "x.jsonl",
        "{\"id\": \"a\", \"title\": \"PM\", \"summary\": \"x\"}\n{\"id\": \"b\", \"description\": 42}\n{\"id\": \"c\", \"description\": null}\n{\"id\": \"d\", \"body\": \"IT manager\"}\n",
    );
    let (table, _, code) = rows_for(&["score", s(&f)], 4);
    assert_eq!(code, Some(2));
    assert_eq!(
        error_of(&table, "a"),
        "no text field 'description/text/body/content' (fields present: id, summary, title); choose one with --text-field"
    );
    // Present but not text: the message says what it is.
    assert_eq!(
        error_of(&table, "b"),
        "field 'description' is a number, not text; choose the text field with --text-field"
    );
    assert_eq!(
        error_of(&table, "c"),
        "field 'description' is null, not text; choose the text field with --text-field"
    );
    assert_eq!(error_of(&table, "d"), "");
    // A named field that is missing or not a string.
    let (table, _, code) = rows_for(&["score", "--text-field", "summary", s(&f)], 4);
    assert_eq!(code, Some(2));
    assert_eq!(error_of(&table, "a"), "");
    assert!(error_of(&table, "b").starts_with("no text field 'summary'"));
    let (table, _, _) = rows_for(&["score", "--text-field", "description", s(&f)], 4);
    assert_eq!(
        error_of(&table, "b"),
        "field 'description' is a number, not text; choose the text field with --text-field"
    );
}

#[test]
fn csv_without_the_named_column() {
    let tmp = tempfile::tempdir().unwrap();
    let f = write(
        tmp.path(),
        "x.csv",
        "JobID,Title,Summary\nj1,PM,project manager\nj2,ITM,IT manager\n",
    );
    // No default text column: every row says so (`JobID` is taken for the
    // id column).
    let (table, stderr, code) = rows_for(&["score", s(&f)], 2);
    assert_eq!(code, Some(2));
    assert_eq!(ids(&table), ["j1", "j2"]);
    assert!(error_of(&table, "j1")
        .contains("no text column (looked for description, text, body, content; header has JobID, Title, Summary); choose one with --text-column"));
    assert_eq!(stderr.matches("no text column").count(), 2, "{stderr}");
    // A named column that is not there.
    let (table, _, code) = rows_for(
        &[
            "score",
            "--text-column",
            "Body",
            "--id-column",
            "JobID",
            s(&f),
        ],
        2,
    );
    assert_eq!(code, Some(2));
    assert_eq!(
        error_of(&table, "j2"),
        "no column 'Body' in the header (JobID, Title, Summary); choose one with --text-column"
    );
    let (_, _, code) = rows_for(&["score", "--text-column", "Summary", s(&f)], 2);
    assert_eq!(code, Some(0));
}

#[test]
fn csv_with_ragged_rows() {
    let tmp = tempfile::tempdir().unwrap();
    let f = write(
        tmp.path(),
        "x.csv",
        "id,title,description\nr1,PM,project manager\nr2,short\nr3\nr4,long,IT manager,extra,more\nr5,\"multi\nline\",\"IT project\nmanager\"\n",
    );
    let (table, stderr, code) = rows_for(&["score", s(&f)], 5);
    assert_eq!(code, Some(2), "{stderr}");
    assert_eq!(ids(&table), ["r1", "r2", "r3", "r4", "r5"]);
    assert_eq!(
        error_of(&table, "r2"),
        "row 2 has 2 fields but the header has 3"
    );
    assert_eq!(
        error_of(&table, "r3"),
        "row 3 has 1 fields but the header has 3"
    );
    assert_eq!(error_of(&table, "r4"), "");
    let r5 = &table.rows[4];
    assert_eq!(table.get(r5, "top_role"), "it_project_manager");
}

#[test]
fn duplicate_posting_ids_keep_every_row() {
    // Ids are not checked for uniqueness (that would need memory growing
    // with the input): both rows are kept, in input order, with no warning.
    let tmp = tempfile::tempdir().unwrap();
    let f = write(
        tmp.path(),
        "x.jsonl",
        "{\"id\": \"7\", \"description\": \"IT manager\"}\n{\"id\": 7, \"description\": \"nurse\"}\n{\"id\": \"7\", \"description\": \"IT manager\"}\n",
    );
    let (table, stderr, code) = rows_for(&["score", s(&f)], 3);
    assert_eq!(code, Some(0));
    assert_eq!(ids(&table), ["7", "7", "7"]);
    let roles: Vec<&str> = table.column("top_role");
    assert_eq!(roles, ["it_manager", "other", "it_manager"]);
    assert!(
        stderr.contains("3 postings (0 errors, 0 warnings)"),
        "{stderr}"
    );
}

#[test]
fn folder_with_an_unreadable_file_and_a_symlink_loop() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("ads");
    write(&dir, "a.txt", "IT manager, service desk");
    let locked = write(&dir, "b.txt", "project manager, scope and budget");
    write(&dir, "closed/c.txt", "technical project manager, APIs");
    std::os::unix::fs::symlink("..", dir.join("closed/loop")).unwrap();
    chmod(&locked, 0o000);
    chmod(&dir.join("closed"), 0o000);
    let enforced = permissions_enforced(&locked);
    let out = run(&["score", s(&dir)]);
    // Restore permissions so the temporary folder can be removed.
    chmod(&dir.join("closed"), 0o755);
    chmod(&locked, 0o644);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let table = Table::parse(&out.stdout);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    if enforced {
        // a, b (permission denied), the folder that cannot be listed.
        assert_eq!(table.rows.len(), 3, "{stderr}");
        assert_eq!(ids(&table), ["a", "b", ""]);
        assert_eq!(error_of(&table, "b"), "permission denied");
        assert_eq!(table.get(&table.rows[2], "error"), "permission denied");
        assert!(table.get(&table.rows[2], "source").ends_with("closed"));
    } else {
        // Root reads everything; the loop is still found and reported.
        assert_eq!(table.rows.len(), 4, "{stderr}");
        assert_eq!(ids(&table), ["a", "b", "c", ""]);
        assert_eq!(error_of(&table, "b"), "");
        let looped = &table.rows[3];
        assert!(table.get(looped, "source").ends_with("closed/loop"));
        assert!(table
            .get(looped, "error")
            .starts_with("symlink loop back to"));
    }
    assert!(stderr.contains("rolescan: error:"), "{stderr}");
}

#[test]
fn symlink_loop_alone() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("ads");
    write(&dir, "a.txt", "IT manager");
    std::os::unix::fs::symlink(&dir, dir.join("again")).unwrap();
    let (table, stderr, code) = rows_for(&["score", s(&dir)], 2);
    assert_eq!(code, Some(2));
    assert_eq!(table.get(&table.rows[1], "source"), s(&dir.join("again")));
    assert!(
        stderr.contains(&format!("symlink loop back to {}; skipped", dir.display())),
        "{stderr}"
    );
}

#[test]
fn path_that_does_not_exist() {
    let tmp = tempfile::tempdir().unwrap();
    let good = write(tmp.path(), "good.txt", "IT manager");
    let missing = tmp.path().join("missing.jsonl");
    let (table, stderr, code) = rows_for(&["score", s(&missing), s(&good)], 2);
    assert_eq!(code, Some(2));
    assert_eq!(ids(&table), ["missing", "good"]);
    assert_eq!(error_of(&table, "missing"), "no such file or directory");
    assert!(
        stderr.contains("missing.jsonl [missing]: no such file"),
        "{stderr}"
    );
}

#[test]
fn lexicon_with_errors_lists_them_all() {
    let tmp = tempfile::tempdir().unwrap();
    let lex = write(
        tmp.path(),
        "bad.lex",
        "[roles]\npm | PM\n[model]\ntemperature = 0\n[terms]\nscope | pm=11\nab* | pm=1\nbudget | pm=1 | loud\nalone\n[extra]\n",
    );
    let out = run(&["lexicon", "check", s(&lex)]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    for line in [4, 6, 7, 8, 9, 10] {
        let at = format!("{}:{line}: ", lex.display());
        assert!(stderr.contains(&at), "no problem at line {line}:\n{stderr}");
    }
    assert!(stderr.contains("lexicon has 6 problems"), "{stderr}");
    // Scoring with it fails before anything is written.
    let target = tmp.path().join("out.csv");
    let out = run(&[
        "score",
        "--lexicon",
        s(&lex),
        "corpora/sample",
        "-o",
        s(&target),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    assert_eq!(listing(tmp.path()), ["bad.lex"]);
}

#[test]
fn lexicon_with_no_entries() {
    let tmp = tempfile::tempdir().unwrap();
    let lex = write(
        tmp.path(),
        "empty.lex",
        "[roles]\npm | PM\n[terms]\n# nothing yet\n",
    );
    let out = run(&["lexicon", "check", s(&lex)]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(&format!("{}: lexicon has no entries", lex.display())),
        "{stderr}"
    );
    let blank = write(tmp.path(), "blank.lex", "");
    let out = run(&["score", "--lexicon", s(&blank), "corpora/sample"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no roles declared"));
}

#[test]
fn closed_pipe_with_json_lines_output() {
    let tmp = tempfile::tempdir().unwrap();
    let big = tmp.path().join("big.jsonl");
    let mut f = std::io::BufWriter::new(std::fs::File::create(&big).unwrap());
    for i in 0..200_000 {
        writeln!(f, "{{\"id\": {i}, \"description\": \"IT manager\"}}").unwrap();
    }
    drop(f);
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("rolescan"))
        .args(["score", "--format", "jsonl", s(&big)])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 64];
    child
        .stdout
        .as_mut()
        .unwrap()
        .read_exact(&mut first)
        .unwrap();
    assert!(first.starts_with(b"{\"source\":"));
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}

#[test]
fn output_to_a_path_that_cannot_be_a_file() {
    let tmp = tempfile::tempdir().unwrap();
    let file = write(tmp.path(), "plain", "not a folder");
    let target = file.join("out.csv");
    let out = run(&["score", "corpora/sample", "-o", s(&target)]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.starts_with(&format!("rolescan: {}: Not a directory", target.display())),
        "{stderr}"
    );
    assert!(out.stdout.is_empty());
    assert_eq!(listing(tmp.path()), ["plain"]);
}

#[test]
fn output_to_a_read_only_folder() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("ro");
    std::fs::create_dir(&dir).unwrap();
    chmod(&dir, 0o555);
    let enforced = std::fs::File::create(dir.join("probe")).is_err();
    let _ = std::fs::remove_file(dir.join("probe"));
    let target = dir.join("out.csv");
    let out = run(&["score", "corpora/sample", "-q", "-o", s(&target)]);
    let names = listing(&dir);
    chmod(&dir, 0o755);
    if enforced {
        assert_eq!(out.status.code(), Some(1));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.contains(&format!("{}: Permission denied", target.display())),
            "{stderr}"
        );
        assert!(names.is_empty(), "{names:?}");
    } else {
        // Root may write anywhere: the file is written, whole.
        assert_eq!(out.status.code(), Some(0));
        assert_eq!(names, ["out.csv"]);
        let table = Table::parse(&std::fs::read(&target).unwrap());
        assert_eq!(table.rows.len(), 32);
    }
}

#[test]
fn full_disk_on_stdout() {
    // Writes to /dev/full fail with ENOSPC, as on a full disk.
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("/dev/full exists on Linux");
    let out = Command::new(assert_cmd::cargo::cargo_bin("rolescan"))
        .current_dir(crate::util::root())
        .args(["score", "-q", "corpora/sample"])
        .stdout(full)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("No space left on device"), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
}

#[test]
fn write_failure_leaves_no_partial_file() {
    write_failure_leaves_no_partial_file_for("scores.csv", "File too large");
}

/// The workbook writer panics when its temporary files cannot be written;
/// the user sees rolescan's message, not the panic.
#[test]
fn write_failure_of_a_workbook_leaves_no_partial_file() {
    write_failure_leaves_no_partial_file_for(
        "scores.xlsx",
        "could not write the workbook: File too large",
    );
}

/// Scores the sample into `name` in a fresh folder, over a previous file,
/// with writes past 4 KiB failing: the run ends with `message` after the
/// file's path, and the folder holds only the previous file, untouched.
fn write_failure_leaves_no_partial_file_for(name: &str, message: &str) {
    use std::os::unix::process::CommandExt;
    let tmp = tempfile::tempdir().unwrap();
    let target = tmp.path().join(name);
    std::fs::write(&target, "previous run\n").unwrap();
    let mut cmd = Command::new(assert_cmd::cargo::cargo_bin("rolescan"));
    cmd.current_dir(crate::util::root())
        .args(["score", "corpora/sample", "-o", s(&target)]);
    // A file size limit makes writes past 4 KiB fail (EFBIG) the way a full
    // disk does; SIGXFSZ is ignored so the write returns the error.
    // SAFETY: only async-signal-safe calls between fork and exec.
    unsafe {
        cmd.pre_exec(|| {
            libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
            let limit = libc::rlimit {
                rlim_cur: 4096,
                rlim_max: 4096,
            };
            if libc::setrlimit(libc::RLIMIT_FSIZE, &limit) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let out = cmd.output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(&format!("{}: {message}", target.display())),
        "{stderr}"
    );
    assert!(!stderr.contains(".partial"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    // The previous file is untouched and no temporary file is left.
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "previous run\n");
    assert_eq!(listing(tmp.path()), [name]);
}

#[test]
fn ctrl_c_leaves_no_partial_file() {
    let tmp = tempfile::tempdir().unwrap();
    let out = interrupted_while_writing(&tmp.path().join("scores.csv"));
    assert_eq!(out.status.code(), Some(130));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("rolescan: interrupted"), "{stderr}");
    assert!(listing(tmp.path()).is_empty(), "{:?}", listing(tmp.path()));
}

#[test]
fn bad_lexicon_fixture_still_lists_every_problem() {
    // The shared fixture, through `score`: all five problems, file:line.
    let lex = data("bad.lex");
    let out = run(&["score", "--lexicon", s(&lex), "-"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        stderr.matches(&format!("{}:", lex.display())).count(),
        5,
        "{stderr}"
    );
}

#[test]
fn usage_errors_exit_1_and_help_exits_0() {
    // 2 is reserved for "some postings could not be read".
    for args in [
        &["score", "--shard", "3/2", "corpora/sample"][..],
        &["score", "--no-such-flag"],
        &["no-such-command"],
    ] {
        let out = run(args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert!(!out.stderr.is_empty(), "{args:?}: says why");
    }
    let out = run(&["score", "--help"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("Usage"));
}

// ---- files as Excel, Windows tools and scrapers write them (issue 16) ----

/// A CSV of `n` postings (`id,title,description`; every third description
/// quoted over two lines), `line_end` after each record, and the record
/// `broken` (1-based) with its description's closing quote left out.
fn csv_export(n: usize, broken: Option<usize>, line_end: &str) -> (String, usize) {
    let mut out = format!("id,title,description{line_end}");
    let mut line = 2;
    let mut broken_line = 0;
    for i in 1..=n {
        let text = if i % 3 == 0 {
            format!("IT project manager, ERP rollout,{line_end}PMP preferred (ad {i})")
        } else {
            format!("Project manager for site {i}, \"budget\" and schedule")
        };
        let close = if Some(i) == broken {
            broken_line = line;
            ""
        } else {
            "\""
        };
        out.push_str(&format!(
            "ad-{i:03},Manager,\"{}{close}{line_end}",
            text.replace('"', "\"\"")
        ));
        line += 1 + usize::from(i % 3 == 0);
    }
    (out, broken_line)
}

#[test]
fn csv_with_an_unterminated_quote_loses_only_that_record() {
    let tmp = tempfile::tempdir().unwrap();
    for line_end in ["\n", "\r\n"] {
        for broken in [50, 51, 100] {
            let (csv, line) = csv_export(100, Some(broken), line_end);
            let f = write(tmp.path(), "export.csv", csv);
            let (table, stderr, code) = rows_for(&["score", s(&f)], 100);
            assert_eq!(code, Some(2), "{stderr}");
            let want: Vec<String> = (1..=100).map(|i| format!("ad-{i:03}")).collect();
            assert_eq!(ids(&table), want, "record {broken}");
            let id = format!("ad-{broken:03}");
            let error = error_of(&table, &id);
            assert!(
                error.starts_with(&format!("unterminated quote opened at line {line} (")),
                "{error}"
            );
            for row in &table.rows {
                if table.get(row, "posting_id") != id {
                    assert_eq!(table.get(row, "error"), "", "{stderr}");
                    assert_ne!(table.get(row, "top_role"), "other");
                }
            }
            assert!(stderr.contains("(1 errors, 0 warnings)"), "{stderr}");
        }
    }
}

#[test]
fn csv_quote_running_to_the_end_of_the_file() {
    let tmp = tempfile::tempdir().unwrap();
    // The broken field's later lines belong to it; the file ends inside it.
    let f = write(
        tmp.path(),
        "x.csv",
        "id,description\na,\"IT manager\"\nb,\"project manager,\nsecond line\nthird line\n",
    );
    let (table, stderr, code) = rows_for(&["score", s(&f)], 2);
    assert_eq!(code, Some(2), "{stderr}");
    assert_eq!(ids(&table), ["a", "b"]);
    assert_eq!(
        error_of(&table, "b"),
        "unterminated quote opened at line 3 (the file ends inside it); lines 3-5 skipped; \
         reading on from line 6"
    );
}

fn utf16(text: &str, big_endian: bool, bom: bool) -> Vec<u8> {
    let units = std::iter::once(0xfeff_u16)
        .filter(|_| bom)
        .chain(text.encode_utf16());
    units
        .flat_map(|u| {
            if big_endian {
                u.to_be_bytes()
            } else {
                u.to_le_bytes()
            }
        })
        .collect()
}

#[test]
fn utf16_files_with_and_without_a_byte_order_mark() {
    let tmp = tempfile::tempdir().unwrap();
    let csv = "JobID,Title,Description\r\nu1,IT,\"IT manager: service desk, ITIL, vendors\"\r\n";
    write(tmp.path(), "a-le.csv", utf16(csv, false, true));
    let tsv = "id\tdescription\nu2\tTechnical project manager, engineering teams, APIs\n";
    write(tmp.path(), "b-be.tsv", utf16(tsv, true, true));
    write(
        tmp.path(),
        "c-nobom.txt",
        utf16(
            "IT project manager for the ERP migration; PMP.",
            false,
            false,
        ),
    );
    let jsonl = "{\"id\": \"u4\", \"description\": \"Project manager, construction\"}\n";
    write(tmp.path(), "d.jsonl", utf16(jsonl, true, false));
    let out = run(&["score", s(tmp.path())]);
    assert!(!out.stdout.contains(&0), "a NUL byte reached the output");
    let (table, stderr, code) = rows_for(&["score", s(tmp.path())], 4);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(ids(&table), ["u1", "u2", "c-nobom", "u4"]);
    assert_eq!(
        table.column("top_role"),
        [
            "it_manager",
            "technical_project_manager",
            "it_project_manager",
            "project_manager"
        ]
    );
    // Without a mark, the guess is said.
    assert!(
        stderr.contains(
            "c-nobom.txt [c-nobom]: no byte order mark, but the bytes look like UTF-16LE"
        ),
        "{stderr}"
    );
    assert!(stderr.contains("d.jsonl [u4]: no byte order mark, but the bytes look like UTF-16BE"));
}

#[test]
fn utf8_byte_order_marks_everywhere() {
    let tmp = tempfile::tempdir().unwrap();
    let bom = "\u{feff}";
    write(
        tmp.path(),
        "a.jsonl",
        format!("{bom}{{\"id\": \"j1\", \"description\": \"IT manager, ITIL\"}}\n"),
    );
    write(
        tmp.path(),
        "b.json",
        format!("{bom}[{{\"id\": \"a1\", \"description\": \"IT manager, ITIL\"}}]"),
    );
    write(
        tmp.path(),
        "c.csv",
        format!("{bom}id,description\nc1,\"IT manager, ITIL\"\n"),
    );
    write(tmp.path(), "d.txt", format!("{bom}IT manager, ITIL"));
    let (table, stderr, code) = rows_for(&["score", s(tmp.path())], 4);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(ids(&table), ["j1", "a1", "c1", "d"]);
    assert!(table.column("top_role").iter().all(|r| *r == "it_manager"));
    // On stdin, JSON lines behind a byte order mark are still JSON lines.
    let out = crate::util::run_stdin(
        &["score", "-"],
        format!("{bom}{{\"id\": \"s1\", \"description\": \"IT manager\"}}\n{{\"id\": \"s2\", \"description\": \"nurse\"}}\n"),
    );
    let table = Table::parse(&out.stdout);
    assert_eq!(ids(&table), ["s1", "s2"]);
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn csv_dialects_of_spreadsheets() {
    let tmp = tempfile::tempdir().unwrap();
    // Capitalised names, padded; semicolons (European Excel); tabs; pipes.
    write(
        tmp.path(),
        "a.csv",
        "JobID,Title, Description \r\nA1,PM,\"Project manager, construction\"\r\n",
    );
    write(
        tmp.path(),
        "b.csv",
        "Job ID;Title;Description\r\nB1;ITM;IT manager, service desk; ITIL\r\n",
    );
    write(
        tmp.path(),
        "c.tsv",
        "posting_id\tDESCRIPTION\nC1\tTechnical project manager; APIs, engineering\n",
    );
    write(
        tmp.path(),
        "d.csv",
        "id|text\nD1|IT project manager, ERP; PMP\n",
    );
    let (table, stderr, code) = rows_for(&["score", s(tmp.path())], 4);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(ids(&table), ["A1", "B1", "C1", "D1"]);
    assert_eq!(
        table.column("top_role"),
        [
            "project_manager",
            "it_manager",
            "technical_project_manager",
            "it_project_manager"
        ]
    );
    // --delimiter forces one: a comma-separated header read with ';'
    // has no text column.
    let (table, _, code) = rows_for(
        &["score", "--delimiter", ";", s(&tmp.path().join("a.csv"))],
        1,
    );
    assert_eq!(code, Some(2));
    assert!(error_of(&table, "row:1").contains("no text column"));
    let out = run(&["score", "--delimiter", "\"", s(tmp.path())]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr)
        .contains("a quote or a line end cannot separate fields"));
}

/// `len` bytes from a fixed seed, none of them NUL.
fn random_bytes(len: usize) -> Vec<u8> {
    use rand::{RngCore, SeedableRng};
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(16);
    let mut bytes = vec![0; len];
    rng.fill_bytes(&mut bytes);
    for b in &mut bytes {
        if *b == 0 {
            *b = 1;
        }
    }
    bytes
}

#[test]
fn binary_data_wherever_it_shows() {
    let tmp = tempfile::tempdir().unwrap();
    write(tmp.path(), "a-random.txt", random_bytes(2_000_000));
    let mut late = "IT project manager, PMP. ".repeat(4000).into_bytes();
    late.extend_from_slice(b"\0\0\0\x01binary tail");
    write(tmp.path(), "b-late-nul.md", &late);
    // A CSV whose first 8 KiB are text, then a record of random bytes.
    let mut field = b"id,description\n".to_vec();
    for i in 0..500 {
        field.extend_from_slice(format!("f{i},\"filler, nurse\"\n").as_bytes());
    }
    field.extend_from_slice(b"r1,IT manager\nr2,");
    field.extend(random_bytes(5000).iter().map(|b| {
        if matches!(b, b',' | b'"' | b'\n' | b'\r') {
            b'x'
        } else {
            *b
        }
    }));
    field.extend_from_slice(b"\nr3,project manager\n");
    write(tmp.path(), "c.csv", field);
    write(
        tmp.path(),
        "d-workbook.csv",
        b"PK\x03\x04\x14\x00\x06\x00rest of a zip",
    );
    write(
        tmp.path(),
        "e-replaced.txt",
        "\u{FFFD}".repeat(500) + " manager",
    );
    let (table, stderr, code) = rows_for(&["score", s(tmp.path())], 507);
    assert_eq!(code, Some(2), "{stderr}");
    let ids = ids(&table);
    assert_eq!(ids[..2], ["a-random", "b-late-nul"]);
    assert_eq!(ids[502..], ["r1", "r2", "r3", "d-workbook", "e-replaced"]);
    assert!(
        error_of(&table, "a-random").starts_with("binary data ("),
        "{stderr}"
    );
    assert_eq!(
        error_of(&table, "b-late-nul"),
        "binary file (NUL byte at byte 100000); skipped"
    );
    assert!(
        error_of(&table, "r2").starts_with("binary data ("),
        "{stderr}"
    );
    assert_eq!(error_of(&table, "r1"), "");
    assert_eq!(error_of(&table, "r3"), "");
    assert!(error_of(&table, "d-workbook").contains("a ZIP archive, as .docx, .odt, .xlsx"));
    assert!(error_of(&table, "e-replaced").contains("replacement characters"));
}

#[test]
fn postings_over_the_size_limit() {
    let tmp = tempfile::tempdir().unwrap();
    let big = "IT manager ".repeat(200);
    write(tmp.path(), "a-big.txt", &big);
    write(tmp.path(), "b-small.txt", "IT manager");
    write(
        tmp.path(),
        "c.csv",
        format!("id,description\nc1,\"{big}\"\nc2,IT manager\n"),
    );
    write(
        tmp.path(),
        "d.json",
        format!("[{{\"id\": \"d1\", \"description\": \"{big}\"}}, {{\"id\": \"d2\", \"description\": \"IT manager\"}}]"),
    );
    let args = ["score", "--max-posting-bytes", "1K", s(tmp.path())];
    let (table, stderr, code) = rows_for(&args, 6);
    assert_eq!(code, Some(2), "{stderr}");
    assert_eq!(
        ids(&table),
        ["a-big", "b-small", "row:1", "c2", "item:1", "d2"]
    );
    for id in ["a-big", "row:1", "item:1"] {
        assert!(
            error_of(&table, id).contains("--max-posting-bytes (1024)"),
            "{id}: {stderr}"
        );
    }
    // Stdin too.
    let out = crate::util::run_stdin(&["score", "--max-posting-bytes", "1K", "-"], big);
    assert_eq!(out.status.code(), Some(2));
    let table = Table::parse(&out.stdout);
    assert!(table
        .get(&table.rows[0], "error")
        .contains("--max-posting-bytes"));
    // A bad size is a usage error.
    let out = run(&["score", "--max-posting-bytes", "12Q", "corpora/sample"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown unit in '12Q'"));
}

// ---- output paths and messages (issue 16) ----

#[test]
fn output_that_is_an_input_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let posting = "{\"id\": \"a\", \"description\": \"IT manager\"}\n";
    let input = write(tmp.path(), "in.jsonl", posting);
    let hard = tmp.path().join("hard.jsonl");
    std::fs::hard_link(&input, &hard).unwrap();
    let soft = tmp.path().join("soft.csv");
    std::os::unix::fs::symlink("in.jsonl", &soft).unwrap();
    for output in [&input, &hard, &soft] {
        let out = run(&["score", "corpora/sample", s(&input), "-o", s(output)]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{stderr}");
        assert_eq!(
            stderr,
            format!(
                "rolescan: -o {} is the same file as the input {}; the scores would overwrite the postings: write them to another file\n",
                output.display(),
                input.display()
            )
        );
        assert!(out.stdout.is_empty());
        assert_eq!(std::fs::read_to_string(&input).unwrap(), posting);
        assert_eq!(listing(tmp.path()), ["hard.jsonl", "in.jsonl", "soft.csv"]);
    }
    // A copy is another file (written as JSON lines, by its name).
    let copy = tmp.path().join("copy.jsonl");
    std::fs::copy(&input, &copy).unwrap();
    let out = run(&["score", "-q", s(&input), "-o", s(&copy)]);
    assert_eq!(out.status.code(), Some(0));
    let scores = std::fs::read_to_string(&copy).unwrap();
    assert_eq!(scores.lines().count(), 1);
    assert!(scores.starts_with("{\"source\":"), "{scores}");
}

#[test]
fn output_to_a_device_is_written_in_place() {
    use std::os::unix::fs::FileTypeExt;
    let tmp = tempfile::tempdir().unwrap();
    // Root gets a null device of its own, so that a regression cannot
    // replace the system's /dev/null; others cannot make one (nor replace
    // /dev/null: the temporary file could not be created in /dev).
    let private = tmp.path().join("null");
    let made = Command::new("mknod")
        .arg(&private)
        .args(["c", "1", "3"])
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|status| status.success());
    let device = if made {
        private
    } else {
        PathBuf::from("/dev/null")
    };
    let out = run(&["score", "corpora/sample", "-o", s(&device)]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("32 postings"), "{stderr}");
    // The lexicon commands' -o writes the same way.
    let out = run(&[
        "lexicon",
        "derive",
        "--role",
        "data_engineer=tests/data/derive/data_engineer",
        "--role",
        "data_scientist=tests/data/derive/data_scientist",
        "-o",
        s(&device),
    ]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    let meta = std::fs::symlink_metadata(&device).unwrap();
    assert!(meta.file_type().is_char_device(), "{meta:?}");
    let left: &[&str] = if made { &["null"] } else { &[] };
    assert_eq!(listing(tmp.path()), left);
}

#[test]
fn output_to_dev_stdout_goes_to_stdout() {
    // /dev/stdout is a link to /proc/self/fd/1; the test's own link stands
    // in for it, so that a regression cannot replace the system's.
    let tmp = tempfile::tempdir().unwrap();
    let stdout = tmp.path().join("stdout");
    std::os::unix::fs::symlink("/proc/self/fd/1", &stdout).unwrap();
    let (table, stderr, code) = rows_for(&["score", "corpora/sample", "-o", s(&stdout)], 32);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(table.rows.len(), 32);
    let meta = std::fs::symlink_metadata(&stdout).unwrap();
    assert!(meta.file_type().is_symlink());
    assert_eq!(listing(tmp.path()), ["stdout"]);
}

#[test]
fn output_to_a_named_pipe_is_written_in_place() {
    use std::os::unix::fs::{FileTypeExt, OpenOptionsExt};
    let tmp = tempfile::tempdir().unwrap();
    let fifo = tmp.path().join("scores.pipe");
    assert!(Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap()
        .success());
    // A reader that does not wait for a writer (so rolescan need not wait
    // for one either) and sees the end of the data once rolescan is done.
    let mut reader = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(&fifo)
        .unwrap();
    let out = crate::util::run_stdin(
        &["score", "-", "-o", s(&fifo)],
        "{\"id\": \"p1\", \"description\": \"IT manager\"}\n",
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut written = Vec::new();
    reader.read_to_end(&mut written).unwrap();
    let table = Table::parse(&written);
    assert_eq!(ids(&table), ["p1"]);
    let meta = std::fs::symlink_metadata(&fifo).unwrap();
    assert!(meta.file_type().is_fifo(), "{meta:?}");
    assert_eq!(listing(tmp.path()), ["scores.pipe"]);
}

#[test]
fn output_through_a_symlink_replaces_its_target() {
    use std::os::unix::fs::symlink;
    let tmp = tempfile::tempdir().unwrap();
    let links = tmp.path().join("links");
    std::fs::create_dir(&links).unwrap();
    write(tmp.path(), "kept/scores.csv", "previous run\n");
    // Relative links, read from the links' folder.
    symlink("../kept/scores.csv", links.join("scores.csv")).unwrap();
    symlink("../kept/new.csv", links.join("new.csv")).unwrap();
    for (link, target) in [("scores.csv", "scores.csv"), ("new.csv", "new.csv")] {
        let out = run(&["score", "-q", "corpora/sample", "-o", s(&links.join(link))]);
        assert_eq!(out.status.code(), Some(0));
        let written = std::fs::read(tmp.path().join("kept").join(target)).unwrap();
        assert_eq!(Table::parse(&written).rows.len(), 32, "{target}");
        let meta = std::fs::symlink_metadata(links.join(link)).unwrap();
        assert!(meta.file_type().is_symlink(), "{link} is still a link");
    }
    assert_eq!(listing(&links), ["new.csv", "scores.csv"]);
    assert_eq!(listing(&tmp.path().join("kept")), ["new.csv", "scores.csv"]);
}

#[test]
fn output_inside_the_scored_folder_is_not_an_input() {
    let tmp = tempfile::tempdir().unwrap();
    let ads = tmp.path().join("ads");
    write(&ads, "a.txt", "IT manager, service desk");
    write(&ads, "b.md", "project manager, scope and budget");
    let output = ads.join("scores.csv");
    for _ in 0..2 {
        let out = run(&["score", s(&ads), "-o", s(&output)]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{stderr}");
        let written = Table::parse(&std::fs::read(&output).unwrap());
        assert_eq!(ids(&written), ["a", "b"], "{stderr}");
    }
    // Nor when the folder reaches it through a link.
    std::fs::remove_file(&output).unwrap();
    let outside = write(tmp.path(), "outside.csv", "id,description\nx,nurse\n");
    std::os::unix::fs::symlink("../outside.csv", ads.join("link.csv")).unwrap();
    let out = run(&["score", "-q", s(&ads), "-o", s(&outside)]);
    assert_eq!(out.status.code(), Some(0));
    let written = Table::parse(&std::fs::read(&outside).unwrap());
    assert_eq!(ids(&written), ["a", "b"]);
}

/// Runs `rolescan ARGS` with a terminal (a pseudo-terminal) on stdin, types
/// `line`, Ctrl-D, and then a line that comes after the end of the input and
/// must not be read, and Ctrl-D again (so that a reader that goes on past
/// the first end of input reads it, instead of waiting forever), and
/// returns the output.
fn run_on_a_terminal(args: &[&str], line: &str) -> std::process::Output {
    use std::os::fd::{FromRawFd, OwnedFd};
    let (mut master, mut slave) = (-1, -1);
    // SAFETY: openpty opens two descriptors and writes them to the two ints
    // (the name, settings and size pointers may be null); fcntl marks them
    // close-on-exec (openpty does not), so that the children other tests
    // start meanwhile do not inherit them; each is then owned by one OwnedFd.
    let (master, slave) = unsafe {
        let opened = libc::openpty(
            &mut master,
            &mut slave,
            std::ptr::null_mut(),
            std::ptr::null(),
            std::ptr::null(),
        );
        assert_eq!(opened, 0, "{}", std::io::Error::last_os_error());
        for fd in [master, slave] {
            assert_eq!(libc::fcntl(fd, libc::F_SETFD, libc::FD_CLOEXEC), 0);
        }
        (OwnedFd::from_raw_fd(master), OwnedFd::from_raw_fd(slave))
    };
    let child = Command::new(assert_cmd::cargo::cargo_bin("rolescan"))
        .current_dir(crate::util::root())
        .args(args)
        .stdin(Stdio::from(slave))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Typed ahead: the terminal keeps each line, and each end of input that
    // Ctrl-D at the start of a line makes, until rolescan reads them.
    let mut keyboard = std::fs::File::from(master);
    write!(keyboard, "{line}\n\x04nurse nurse nurse\n\x04").unwrap();
    let out = child.wait_with_output().unwrap();
    drop(keyboard);
    out
}

#[test]
fn stdin_on_a_terminal_gets_a_hint() {
    const HINT: &str = "rolescan: reading postings from the terminal; end with Ctrl-D\n";
    let out = run_on_a_terminal(&["score", "-"], "IT manager, service desk");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(stderr.starts_with(HINT), "{stderr}");
    let table = Table::parse(&out.stdout);
    assert_eq!(table.column("top_role"), ["it_manager"]);
    // One Ctrl-D ends the input: what is typed after it is not read.
    assert_eq!(table.column("words"), ["4"]);
    // --quiet means quiet.
    let out = run_on_a_terminal(&["score", "-q", "-"], "IT manager");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
    let out = run_on_a_terminal(&["explain", "-", "--no-text"], "IT manager");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stderr), HINT);
    assert!(String::from_utf8_lossy(&out.stdout).contains("top_role    it_manager"));
    // Not on a pipe.
    let out = crate::util::run_stdin(&["score", "-"], "IT manager\n");
    assert!(!String::from_utf8_lossy(&out.stderr).contains("terminal"));
}

#[test]
fn eval_and_fit_find_the_text_field_as_score_does() {
    let tmp = tempfile::tempdir().unwrap();
    let jsonl = write(
        tmp.path(),
        "l.jsonl",
        "{\"id\": \"a\", \"label\": \"it_manager\", \"text\": \"IT manager, service desk\"}\n{\"id\": \"b\", \"label\": \"other\", \"body\": \"registered nurse\"}\n",
    );
    let csv = write(
        tmp.path(),
        "l.csv",
        "ID,label,Description\na,it_manager,\"IT manager, service desk\"\nb,other,registered nurse\n",
    );
    for file in [&jsonl, &csv] {
        let out = run(&["eval", s(file)]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{stderr}");
        let report = String::from_utf8_lossy(&out.stdout);
        assert!(!report.contains("unreadable"), "{report}");
        let out = run(&["lexicon", "fit", s(file), "--min-examples", "1"]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{stderr}");
    }
    // No text field at all, labels present: the error is about the text
    // field and names --text-field.
    let jsonl = write(
        tmp.path(),
        "none.jsonl",
        "{\"id\": \"a\", \"label\": \"it_manager\", \"title\": \"IT manager\"}\n",
    );
    let csv = write(
        tmp.path(),
        "none.csv",
        "id,label,title\na,it_manager,IT manager\n",
    );
    for (file, found) in [
        (&jsonl, "line 1 has id, label, title"),
        (&csv, "header has id, label, title"),
    ] {
        for command in [&["eval"][..], &["lexicon", "fit"]] {
            let out = run(&[command, &[s(file)]].concat());
            assert_eq!(out.status.code(), Some(1), "{command:?} {file:?}");
            assert_eq!(
                String::from_utf8_lossy(&out.stderr),
                format!(
                    "rolescan: {}: no text field (looked for description, text, body, content; {found}); choose one with --text-field\n",
                    file.display()
                )
            );
        }
    }
}

#[test]
fn derive_help_states_the_prior_scale_default() {
    let out = run(&["lexicon", "derive", "--help"]);
    assert_eq!(out.status.code(), Some(0));
    let help = String::from_utf8_lossy(&out.stdout);
    let help = help.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        help.contains("--prior-scale <X> Total weight of the Dirichlet prior, at least 1 [default: a quarter of the n-gram tokens in the role documents]"),
        "{help}"
    );
}

#[test]
fn lexicon_without_roles_says_how_to_declare_one() {
    let tmp = tempfile::tempdir().unwrap();
    let lex = write(
        tmp.path(),
        "noroles.lex",
        "[lexicon]\nname = x\n[terms]\nscope | pm=1\n",
    );
    let out = run(&["lexicon", "check", s(&lex)]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(&format!(
            "{}:4: unknown role 'pm': the lexicon declares no roles\n    | scope | pm=1\n    = fix: declare it under [roles] with a line 'pm | Label | prior=0.25'",
            lex.display()
        )),
        "{stderr}"
    );
    assert!(!stderr.contains("use one of: ,"), "{stderr}");
}

#[test]
fn curated_fragment_is_checked_as_a_fragment() {
    let out = run(&["lexicon", "check", "lexicons/curated.lex"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let first = stdout.lines().next().unwrap();
    assert!(
        first.starts_with("lexicons/curated.lex: ok: a curated fragment (term lines for `rolescan lexicon derive --curated`, not a lexicon on its own): "),
        "{stdout}"
    );
    assert!(first.ends_with(" entries for 4 roles"), "{stdout}");
    assert!(stdout.contains("\n  it_manager "), "{stdout}");
    // A real error in it is still reported, with file:line.
    let tmp = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(crate::util::root().join("lexicons/curated.lex")).unwrap();
    let lines = text.lines().count();
    let broken = write(
        tmp.path(),
        "curated.lex",
        format!("{text}scope creep | project_manager=eleven\n"),
    );
    let out = run(&["lexicon", "check", s(&broken)]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(&format!(
            "{}:{}: bad weight 'eleven' for 'project_manager'",
            broken.display(),
            lines + 1
        )),
        "{stderr}"
    );
    assert!(stderr.contains("lexicon has 1 problem:"), "{stderr}");
    // It is not a lexicon to score with, and says so.
    let out = run(&[
        "score",
        "--lexicon",
        "lexicons/curated.lex",
        "corpora/sample",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("lexicons/curated.lex:21: a curated fragment, not a lexicon"),
        "{stderr}"
    );
}

/// A copy of `tests/data/office/NAME` cut to `keep` of its bytes.
fn cut_office_file(dir: &Path, name: &str, keep: f64) -> PathBuf {
    let bytes = std::fs::read(data(&format!("office/{name}"))).unwrap();
    let keep = (bytes.len() as f64 * keep) as usize;
    write(dir, &format!("cut-{name}"), &bytes[..keep])
}

#[test]
fn broken_office_and_pdf_files_are_error_rows() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["tpm.docx", "it-manager.odt", "postings.xlsx", "pm.pdf"] {
        cut_office_file(dir.path(), name, 0.6);
    }
    write(dir.path(), "fake.docx", "plain text saved as .docx");
    write(dir.path(), "empty.pdf", "");
    // Word and LibreOffice files that rolescan does not read are rows too.
    write(
        dir.path(),
        "legacy.doc",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1old",
    );
    write(dir.path(), "letter.rtf", "{\\rtf1 IT project manager}");
    // A picture is not a posting: passed by, no row.
    write(dir.path(), "logo.png", b"\x89PNG\r\n");
    write(
        dir.path(),
        "good.txt",
        "An IT project manager for an ERP rollout.",
    );
    let (table, stderr, code) = rows_for(&["score", s(dir.path())], 9);
    assert_eq!(code, Some(2), "{stderr}");
    let expect = [
        ("cut-tpm", "not a readable .docx file"),
        ("cut-it-manager", "not a readable .odt file"),
        ("cut-postings", "not a readable workbook"),
        ("fake", "not a readable .docx file"),
        ("legacy", "cannot read this kind of file: save it as .docx"),
        (
            "letter",
            "cannot read this kind of file: save it as .docx or text",
        ),
    ];
    for (id, start) in expect {
        let error = error_of(&table, id);
        assert!(error.starts_with(start), "{id}: {error}");
    }
    // pdf-extract's answer to a cut PDF varies (an error, a panic caught,
    // or no text): an error row in any case, and the run goes on.
    for id in ["cut-pm", "empty"] {
        let error = error_of(&table, id);
        assert!(error.contains("PDF"), "{id}: {error}");
    }
    assert_eq!(error_of(&table, "good"), "");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

// ---- broken dictionaries for `lexicon import` (issue 18) ----

#[test]
fn broken_dictionaries_are_refused_with_the_reason_and_no_output() {
    let tmp = tempfile::tempdir().unwrap();
    let cases: [(&str, &[u8], &str); 10] = [
        ("empty.dic", b"", "empty file"),
        (
            "no-table.dic",
            b"\r\nabacaxi\t1 2\r\nbanana*\t2\r\n",
            ":2: no category table",
        ),
        (
            "unclosed.dic",
            b"%\n1 a\n2 b\nword\t1\n",
            ":1: the category table that opens here is not closed",
        ),
        (
            "empty-table.dic",
            b"%\n%\nword\t1\n",
            ":2: the category table is empty",
        ),
        (
            "nothing.dic",
            b"%\n1 a\n%\nab*\t1\nx*\t1\n",
            "nothing to import: none of its 2 entries",
        ),
        (
            "zipped.dicx",
            b"PK\x03\x04\x14\0\0\0\0\0",
            "not a dictionary: binary file (a ZIP",
        ),
        (
            "one-column.csv",
            b"words\nhello\n",
            ":1: the header row has one column",
        ),
        (
            "no-names.csv",
            b"term,,\nx,X,\n",
            ":1: the header row names no category",
        ),
        ("blank.csv", b"\n ,\n", "empty table"),
        ("utf16-junk.dic", b"\xff\xfe\0\xd8\0\xd8", "empty file"),
    ];
    for (name, bytes, message) in cases {
        let dictionary = write(tmp.path(), name, bytes);
        let out_path = tmp.path().join(format!("{name}.lex"));
        let out = run(&["lexicon", "import", s(&dictionary), "-o", s(&out_path)]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{name}: {stderr}");
        assert!(
            stderr.starts_with(&format!("rolescan: {}", dictionary.display())),
            "{name}: names the file: {stderr}"
        );
        assert!(stderr.contains(message), "{name}: {stderr}");
        assert!(!out_path.exists(), "{name}: no output file");
        assert!(!stderr.contains("panicked"), "{name}: {stderr}");
    }
}

#[test]
fn a_dictionary_of_broken_entries_keeps_the_good_ones() {
    // Every line below but two is broken in its own way; the import goes
    // on, lists each with its line, and writes a lexicon that checks.
    let tmp = tempfile::tempdir().unwrap();
    let dictionary = write(
        tmp.path(),
        "broken.dic",
        "%\n1 a\n2\n1 again\n%\ngood*\t1\n\tx\n#tag\t1\nab*\t1\nx*y\t1\n\u{0}nul\t1\n\u{200b}\t1\n-*\t1\nwith|bar\t1\nun-*\t1\nlike (1 2)3/4\nmissing 7\nalone\nfine\t1 1 01\n",
    );
    let lex = tmp.path().join("broken.lex");
    let out = run(&["lexicon", "import", s(&dictionary), "-o", s(&lex)]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    for line in [3, 4, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18] {
        let at = format!("{}:{line}: ", dictionary.display());
        assert!(stderr.contains(&at), "no notice for line {line}:\n{stderr}");
    }
    assert!(stderr.contains("imported 3 entries"), "{stderr}");
    let text = std::fs::read_to_string(&lex).unwrap();
    assert!(text.contains("good* | a=1 relevance=1\n"), "{text}");
    assert!(text.contains("un | a=1 relevance=1 | exact\n"), "{text}");
    assert!(text.contains("fine | a=1 relevance=1 | exact\n"), "{text}");
    let check = run(&["lexicon", "check", s(&lex)]);
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
}
