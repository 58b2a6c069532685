//! Helpers: run the binary, parse its CSV, compare with readable diffs.

use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A fixture under `tests/data`.
pub fn data(rel: &str) -> PathBuf {
    root().join("tests/data").join(rel)
}

/// `rolescan` with the working directory at the repository root.
pub fn rolescan() -> Command {
    let mut cmd = Command::cargo_bin("rolescan").expect("binary builds");
    cmd.current_dir(root());
    cmd
}

/// Runs `rolescan` with `args` and returns its output, whatever the status.
pub fn run(args: &[&str]) -> Output {
    rolescan().args(args).output().expect("rolescan runs")
}

/// Runs `rolescan` with `args` and `stdin` as standard input.
pub fn run_stdin(args: &[&str], stdin: impl Into<Vec<u8>>) -> Output {
    rolescan()
        .args(args)
        .write_stdin(stdin)
        .output()
        .expect("rolescan runs")
}

/// Parsed CSV: header and rows as maps from column to value.
pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

impl Table {
    pub fn parse(bytes: &[u8]) -> Table {
        let mut rdr = csv::Reader::from_reader(bytes);
        let header = rdr.headers().unwrap().iter().map(String::from).collect();
        let rows = rdr
            .records()
            .map(|r| r.unwrap().iter().map(String::from).collect())
            .collect();
        Table { header, rows }
    }

    pub fn col(&self, name: &str) -> usize {
        self.header
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("no column {name} in {:?}", self.header))
    }

    pub fn get<'a>(&self, row: &'a [String], name: &str) -> &'a str {
        &row[self.col(name)]
    }

    /// One column's values, row by row.
    pub fn column(&self, name: &str) -> Vec<&str> {
        let c = self.col(name);
        self.rows.iter().map(|r| r[c].as_str()).collect()
    }
}

/// The header `rolescan score` writes with the built-in lexicon.
pub const HEADER: &str = "source,posting_id,words,hits,relevance,p_project_manager,p_it_project_manager,p_technical_project_manager,p_it_manager,top_role,confidence,evidence,error";

/// Asserts two texts are equal, showing both as blocks when they differ.
pub fn assert_same(expected: &str, got: &str, what: &str) {
    if expected != got {
        panic!("{what} differ\n--- expected ---\n{expected}\n--- got ---\n{got}\n---");
    }
}

/// Loads answer keys (`corpora/sample-answers.tsv`): (key columns joined by '\t') → role.
pub fn answer_key(path: &Path, key_columns: &[&str], value_column: &str) -> Vec<(String, String)> {
    let mut rdr = csv::ReaderBuilder::new()
        .delimiter(b'\t')
        .from_path(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let header: Vec<String> = rdr.headers().unwrap().iter().map(String::from).collect();
    let idx = |c: &str| header.iter().position(|h| h == c).unwrap();
    rdr.records()
        .map(|r| {
            let r = r.unwrap();
            let key: Vec<&str> = key_columns.iter().map(|c| &r[idx(c)]).collect();
            (key.join("\t"), r[idx(value_column)].to_string())
        })
        .collect()
}

/// The names in `dir`, sorted.
pub fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// `rolescan score - -o TARGET`, given postings on a standard input kept
/// open (so the run is certainly still going), interrupted with SIGINT
/// once its temporary output file exists; its output.
pub fn interrupted_while_writing(target: &Path) -> Output {
    use std::io::Write;
    use std::process::Stdio;
    use std::time::{Duration, Instant};
    let dir = target.parent().expect("a folder");
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("rolescan"))
        .args(["score", "-", "-o", target.to_str().expect("UTF-8 path")])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    for i in 0..1000 {
        writeln!(stdin, "{{\"id\": {i}, \"description\": \"IT manager\"}}").unwrap();
    }
    stdin.flush().unwrap();
    let started = Instant::now();
    while !listing(dir).iter().any(|n| n.ends_with(".partial")) {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "no temporary file appeared"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    // SAFETY: sending a signal to our own child.
    assert_eq!(unsafe { libc::kill(child.id() as i32, libc::SIGINT) }, 0);
    let out = child.wait_with_output().unwrap();
    drop(stdin);
    out
}
