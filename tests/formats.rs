//! Inputs beyond plain text files: compressed dumps and documents (gzip,
//! zstd), each read as a stream and scored as its uncompressed self.

use std::io::Write;
use std::path::Path;

use crate::util::{answer_key, data, root, run, run_stdin, Table};

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(bytes).unwrap();
    e.finish().unwrap()
}

/// `tests/data/formats/NAME`, compressed by `compress` into `dir` as
/// `NAME.EXT`.
fn compressed(dir: &Path, name: &str, ext: &str, compress: fn(&[u8]) -> Vec<u8>) {
    let bytes = std::fs::read(data(&format!("formats/{name}"))).unwrap();
    std::fs::write(dir.join(format!("{name}.{ext}")), compress(&bytes)).unwrap();
}

fn zstd(bytes: &[u8]) -> Vec<u8> {
    zstd::encode_all(bytes, 3).unwrap()
}

fn roles(table: &Table) -> Vec<(String, String)> {
    let mut got: Vec<(String, String)> = table
        .rows
        .iter()
        .map(|r| {
            let id = table.get(r, "posting_id").to_string();
            (id, table.get(r, "top_role").to_string())
        })
        .collect();
    got.sort();
    got
}

#[test]
fn compressed_files_score_as_their_contents() {
    let dir = tempfile::tempdir().unwrap();
    compressed(dir.path(), "postings.jsonl", "gz", gzip);
    compressed(dir.path(), "postings.csv", "zst", zstd);
    compressed(dir.path(), "tpm.md", "gz", gzip);
    compressed(dir.path(), "it-manager.txt", "zst", zstd);
    compressed(dir.path(), "pm.html", "gz", gzip);
    let out = run(&["score", dir.path().to_str().unwrap()]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let table = Table::parse(&out.stdout);
    // Documents keep the id of the file inside ("tpm", not "tpm.md").
    let mut want = answer_key(
        &root().join("tests/data/formats-answers.tsv"),
        &["posting_id"],
        "top_role",
    );
    want.sort();
    assert_eq!(roles(&table), want);
    let sources = table.column("source");
    assert!(sources.iter().any(|s| s.ends_with("postings.jsonl.gz")));
}

#[test]
fn compressed_stdin_and_misnamed_files_are_told_by_their_bytes() {
    let jsonl = std::fs::read(data("formats/postings.jsonl")).unwrap();
    let out = run_stdin(&["score", "-"], gzip(&jsonl));
    assert_eq!(out.status.code(), Some(0));
    let piped = Table::parse(&out.stdout);
    assert_eq!(piped.column("posting_id"), ["j1", "j2"]);
    // Gzip saved as .jsonl, and plain JSON lines saved as .gz (a web
    // server that unpacked the download).
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.jsonl"), gzip(&jsonl)).unwrap();
    std::fs::write(dir.path().join("b.jsonl.gz"), &jsonl).unwrap();
    let out = run(&["score", dir.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    let table = Table::parse(&out.stdout);
    assert_eq!(table.column("posting_id"), ["j1", "j2", "j1", "j2"]);
    assert_eq!(table.column("top_role"), piped.column("top_role").repeat(2));
}

#[test]
fn a_cut_gzip_file_keeps_what_came_before_and_says_where_it_broke() {
    let line = std::fs::read_to_string(data("formats/postings.jsonl")).unwrap();
    let first = line.lines().next().unwrap();
    let many: String = (0..2000)
        .map(|i| first.replacen("\"j1\"", &format!("\"p{i}\""), 1) + "\n")
        .collect();
    let whole = gzip(many.as_bytes());
    let dir = tempfile::tempdir().unwrap();
    let cut = dir.path().join("cut.jsonl.gz");
    std::fs::write(&cut, &whole[..whole.len() * 2 / 3]).unwrap();
    let out = run(&["score", cut.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2), "an error row: exit status 2");
    let table = Table::parse(&out.stdout);
    let errors: Vec<&Vec<String>> = table
        .rows
        .iter()
        .filter(|r| !table.get(r, "error").is_empty())
        .collect();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        table
            .get(errors[0], "error")
            .contains("gzip: the file ends inside the compressed data"),
        "{errors:?}"
    );
    let scored = table.rows.len() - 1;
    assert!(
        (1000..2000).contains(&scored),
        "the postings before the cut are scored: {scored}"
    );
    assert_eq!(table.get(&table.rows[0], "posting_id"), "p0");
}

/// Word, OpenDocument, Excel and PDF files written by the libraries people's
/// tools use (`scripts/make-office-fixtures.py`).
#[test]
fn office_and_pdf_files_score_with_the_right_roles() {
    let out = run(&["score", data("office").to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2), "scan.pdf is an error row");
    let table = Table::parse(&out.stdout);
    assert_eq!(
        roles(&table),
        [
            ("1001".to_string(), "it_project_manager".to_string()),
            ("1002".to_string(), "other".to_string()),
            ("it-manager".to_string(), "it_manager".to_string()),
            ("pm".to_string(), "project_manager".to_string()),
            ("scan".to_string(), "".to_string()),
            ("tpm".to_string(), "technical_project_manager".to_string()),
        ]
    );
    let scan = table
        .rows
        .iter()
        .find(|r| table.get(r, "posting_id") == "scan")
        .unwrap();
    assert!(table.get(scan, "error").contains("no text layer"));
    // The .docx header carries the title; the table cells are words too.
    let tpm = table
        .rows
        .iter()
        .find(|r| table.get(r, "posting_id") == "tpm")
        .unwrap();
    assert!(table
        .get(tpm, "evidence")
        .starts_with("technical project manager×2"));
}

#[test]
fn a_workbook_sheet_by_name_and_compressed_documents() {
    let xlsx = data("office/postings.xlsx");
    let out = run(&["score", xlsx.to_str().unwrap(), "--sheet", "Archive"]);
    assert_eq!(out.status.code(), Some(0));
    let table = Table::parse(&out.stdout);
    assert_eq!(table.column("posting_id"), ["A-7"]);
    assert_eq!(table.column("top_role"), ["project_manager"]);
    let out = run(&["score", xlsx.to_str().unwrap(), "--sheet", "Nope"]);
    let table = Table::parse(&out.stdout);
    assert!(
        table.column("error")[0]
            .starts_with("no sheet 'Nope' (the workbook has Postings, Archive)"),
        "{:?}",
        table.column("error")
    );
    // Documents and workbooks inside gzip read as themselves.
    let dir = tempfile::tempdir().unwrap();
    for name in ["tpm.docx", "postings.xlsx", "pm.pdf"] {
        let bytes = std::fs::read(data(&format!("office/{name}"))).unwrap();
        std::fs::write(dir.path().join(format!("{name}.gz")), gzip(&bytes)).unwrap();
    }
    let out = run(&["score", dir.path().to_str().unwrap()]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let table = Table::parse(&out.stdout);
    assert_eq!(table.column("posting_id"), ["pm", "1001", "1002", "tpm"]);
}

/// A compressed file is never passed by in silence: a legacy document
/// inside says how to convert it, a name that does not say what it holds
/// asks for one (or `--input-format`, which then reads it).
#[test]
fn compressed_files_of_unknown_or_legacy_kinds_are_rows() {
    let jsonl = std::fs::read(data("formats/postings.jsonl")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("letter.doc.gz"),
        gzip(b"\xd0\xcf\x11\xe0old"),
    )
    .unwrap();
    std::fs::write(dir.path().join("dump.gz"), gzip(&jsonl)).unwrap();
    let out = run(&["score", dir.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let table = Table::parse(&out.stdout);
    assert_eq!(table.column("posting_id"), ["dump", "letter.doc"]);
    let errors = table.column("error");
    assert!(
        errors[0].contains("name it after its contents"),
        "{}",
        errors[0]
    );
    assert!(errors[0].contains("--input-format"), "{}", errors[0]);
    assert!(errors[1].contains("save it as .docx"), "{}", errors[1]);
    let forced = run(&[
        "score",
        "--input-format",
        "jsonl",
        dir.path().to_str().unwrap(),
    ]);
    let table = Table::parse(&forced.stdout);
    let ids = table.column("posting_id");
    assert_eq!(&ids[..2], ["j1", "j2"], "{ids:?}");
}
