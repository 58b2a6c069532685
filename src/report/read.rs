//! Reading a scores file that `rolescan score` wrote, one row at a time.
//!
//! Both output formats are read: CSV (by its header) and JSON lines (by
//! the keys of the first object). A file is JSON lines when its first
//! non-blank character is `{` (a CSV header cannot start so), whatever its
//! name; else it is CSV. The roles are the `p_<role>` columns, in their
//! order; `top_role` is one of them or `other`.
//!
//! [`ScoresReader::open`] checks the file before any row is read: an empty
//! file, and a file without the columns rolescan writes (they are named,
//! and a file of postings gets the command that scores it), are errors.
//! [`ScoresReader::next`] refills one [`Record`], so reading allocates
//! nothing per row once the buffers have grown. The CSV's formula guard (a
//! `'` before a text cell starting with `=`, `+`, `-`, `@`, a tab or a
//! carriage return) is taken off again.

use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};

use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};

use crate::error::{Error, Result};
use crate::lexicon::OTHER_ROLE;

/// The columns besides `p_<role>` that every scores file has, in the order
/// `rolescan score` writes them.
pub const COLUMNS: [&str; 9] = [
    "source",
    "posting_id",
    "words",
    "hits",
    "relevance",
    "top_role",
    "confidence",
    "evidence",
    "error",
];

/// One row of a scores file.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Record {
    /// 1-based line of the row in the file (where it starts).
    pub line: u64,
    /// Where the posting came from.
    pub source: String,
    /// The posting id.
    pub posting_id: String,
    /// Word count (0 for an error row).
    pub words: u64,
    /// Relevance.
    pub relevance: f64,
    /// Role probabilities, in the order of the `p_` columns.
    pub probabilities: Vec<f64>,
    /// Index of `top_role` among the roles; the number of roles for `other`.
    pub top_role: usize,
    /// Confidence.
    pub confidence: f64,
    /// The evidence text, `term×count; ...`.
    pub evidence: String,
    /// The reason the posting could not be scored; empty for a scored row.
    pub error: String,
}

impl Record {
    /// Whether this is an error row (a posting that could not be scored).
    pub fn is_error(&self) -> bool {
        !self.error.is_empty()
    }
}

/// Reads a scores file row by row.
pub struct ScoresReader {
    path: PathBuf,
    roles: Vec<String>,
    rows: Rows,
}

enum Rows {
    Csv(CsvRows),
    Jsonl(JsonRows),
}

impl std::fmt::Debug for ScoresReader {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ScoresReader")
            .field("path", &self.path)
            .field("roles", &self.roles)
            .finish_non_exhaustive()
    }
}

impl ScoresReader {
    /// Opens `path` and checks that it is a scores file.
    pub fn open(path: &Path) -> Result<ScoresReader> {
        let file = File::open(path).map_err(|e| Error::io(path, e))?;
        let mut input = BufReader::with_capacity(1 << 16, file);
        let first = first_byte(&mut input).map_err(|e| Error::io(path, e))?;
        let Some(first) = first else {
            return Err(Error::config(format!(
                "{}: the file is empty: no header, no rows; give the file that `rolescan score ... -o FILE` wrote",
                path.display()
            )));
        };
        let (roles, rows) = if first == b'{' {
            let (roles, rows) = JsonRows::open(path, input)?;
            (roles, Rows::Jsonl(rows))
        } else {
            let (roles, rows) = CsvRows::open(path, input)?;
            (roles, Rows::Csv(rows))
        };
        Ok(ScoresReader {
            path: path.to_path_buf(),
            roles,
            rows,
        })
    }

    /// The role ids, from the `p_<role>` columns.
    pub fn roles(&self) -> &[String] {
        &self.roles
    }

    /// The file read.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Reads the next row into `record`; `false` at the end of the file.
    pub fn next(&mut self, record: &mut Record) -> Result<bool> {
        match &mut self.rows {
            Rows::Csv(rows) => rows.next(&self.path, &self.roles, record),
            Rows::Jsonl(rows) => rows.next(&self.path, &self.roles, record),
        }
    }
}

/// The first byte that is not white space or part of a byte order mark,
/// left unread; `None` when there is none (an empty or blank file).
fn first_byte(input: &mut BufReader<File>) -> std::io::Result<Option<u8>> {
    loop {
        let buf = input.fill_buf()?;
        if buf.is_empty() {
            return Ok(None);
        }
        let blank = |b: &u8| matches!(b, b' ' | b'\t' | b'\r' | b'\n' | 0xEF | 0xBB | 0xBF);
        if let Some(&b) = buf.iter().find(|b| !blank(b)) {
            return Ok(Some(b));
        }
        // Only blanks so far: no header can be in them.
        let n = buf.len();
        input.consume(n);
    }
}

/// The error for a file without rolescan's columns.
fn not_scores(path: &Path, missing: &[&str], has_roles: bool, what: &str) -> Error {
    let mut names: Vec<String> = missing.iter().map(|m| m.to_string()).collect();
    if !has_roles {
        names.push("p_<role> (one per role)".to_string());
    }
    let postings = missing.contains(&"source") && missing.contains(&"top_role");
    let hint = if postings {
        format!(
            "; if it holds postings, score them first: rolescan score {} -o scores.csv, then rolescan report scores.csv -o report.html",
            path.display()
        )
    } else {
        "; give the file that `rolescan score ... -o FILE` wrote".to_string()
    };
    Error::config(format!(
        "{}: not a scores file of rolescan: {what} lacks {} {}{hint}",
        path.display(),
        if names.len() == 1 {
            "the column"
        } else {
            "the columns"
        },
        names.join(", ")
    ))
}

/// Role ids from the names of the columns (or keys), with the missing
/// ones of [`COLUMNS`].
fn roles_and_missing<'a>(
    names: impl Iterator<Item = &'a str> + Clone,
) -> (Vec<String>, Vec<&'static str>) {
    let roles = names
        .clone()
        .filter_map(|n| n.strip_prefix("p_"))
        .map(str::to_string)
        .collect();
    let missing = COLUMNS
        .iter()
        .filter(|c| !names.clone().any(|n| n == **c))
        .copied()
        .collect();
    (roles, missing)
}

/// The index of `top_role` among `roles` (`roles.len()` for `other`).
fn role_index(path: &Path, line: u64, roles: &[String], top: &str) -> Result<usize> {
    if top == OTHER_ROLE {
        return Ok(roles.len());
    }
    roles.iter().position(|r| r == top).ok_or_else(|| {
        Error::config(format!(
            "{}: line {line}: top_role '{top}' is neither a role of the p_ columns ({}) nor 'other'",
            path.display(),
            roles.join(", ")
        ))
    })
}

/// A text cell without the CSV's formula guard.
fn unguard(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => cell,
    }
}

/// CSV rows, by the header's column positions.
struct CsvRows {
    reader: csv::Reader<BufReader<File>>,
    record: csv::StringRecord,
    /// Positions of [`COLUMNS`].
    at: [usize; COLUMNS.len()],
    /// Positions of the `p_` columns.
    p_at: Vec<usize>,
}

impl CsvRows {
    fn open(path: &Path, input: BufReader<File>) -> Result<(Vec<String>, CsvRows)> {
        let mut reader = csv::ReaderBuilder::new().flexible(false).from_reader(input);
        let header = reader.headers().map_err(|e| Error::csv(path, e))?.clone();
        let (roles, missing) = roles_and_missing(header.iter());
        if !missing.is_empty() || roles.is_empty() {
            return Err(not_scores(path, &missing, !roles.is_empty(), "its header"));
        }
        let position = |name: &str| header.iter().position(|h| h == name).expect("checked");
        let at = COLUMNS.map(position);
        let p_at = roles.iter().map(|r| position(&format!("p_{r}"))).collect();
        let rows = CsvRows {
            reader,
            record: csv::StringRecord::new(),
            at,
            p_at,
        };
        Ok((roles, rows))
    }

    fn next(&mut self, path: &Path, roles: &[String], out: &mut Record) -> Result<bool> {
        if !self
            .reader
            .read_record(&mut self.record)
            .map_err(|e| Error::csv(path, e))?
        {
            return Ok(false);
        }
        let line = self.record.position().map_or(0, |p| p.line());
        let cell = |i: usize| &self.record[self.at[i]];
        out.line = line;
        refill(&mut out.source, unguard(cell(0)));
        refill(&mut out.posting_id, unguard(cell(1)));
        refill(&mut out.error, unguard(cell(8)));
        refill(&mut out.evidence, unguard(cell(7)));
        out.probabilities.clear();
        if out.is_error() {
            out.words = 0;
            out.relevance = 0.0;
            out.confidence = 0.0;
            out.probabilities.resize(roles.len(), 0.0);
            out.top_role = roles.len();
            return Ok(true);
        }
        let number = |i: usize, name: &str| -> Result<f64> {
            let text = &self.record[i];
            text.parse::<f64>().map_err(|_| {
                Error::config(format!(
                    "{}: line {line}: {name} '{text}' is not a number; is this the file `rolescan score` wrote?",
                    path.display()
                ))
            })
        };
        out.words = number(self.at[2], "words")? as u64;
        out.relevance = number(self.at[4], "relevance")?;
        out.confidence = number(self.at[6], "confidence")?;
        for (&i, role) in self.p_at.iter().zip(roles) {
            out.probabilities.push(number(i, &format!("p_{role}"))?);
        }
        out.top_role = role_index(path, line, roles, cell(5))?;
        Ok(true)
    }
}

/// Replaces the text of `buf` with `text`, keeping its allocation.
fn refill(buf: &mut String, text: &str) {
    buf.clear();
    buf.push_str(text);
}

/// JSON lines rows.
struct JsonRows {
    input: BufReader<File>,
    line: String,
    number: u64,
    /// Whether `line` holds the first row, read by `open` and not yet
    /// returned.
    first_pending: bool,
    /// The `p_<role>` keys, in role order.
    p_keys: Vec<String>,
}

impl JsonRows {
    fn open(path: &Path, input: BufReader<File>) -> Result<(Vec<String>, JsonRows)> {
        let mut rows = JsonRows {
            input,
            line: String::new(),
            number: 0,
            first_pending: false,
            p_keys: Vec::new(),
        };
        if !rows.read_line(path)? {
            return Err(Error::config(format!(
                "{}: the file is empty: no rows; give the file that `rolescan score ... -o FILE` wrote",
                path.display()
            )));
        }
        let keys = rows.keys(path)?;
        let (roles, missing) = roles_and_missing(keys.iter().map(String::as_str));
        if !missing.is_empty() || roles.is_empty() {
            let what = format!("its first object (line {})", rows.number);
            return Err(not_scores(path, &missing, !roles.is_empty(), &what));
        }
        rows.p_keys = roles.iter().map(|r| format!("p_{r}")).collect();
        rows.first_pending = true;
        Ok((roles, rows))
    }

    /// Reads the next non-blank line into `self.line`.
    fn read_line(&mut self, path: &Path) -> Result<bool> {
        loop {
            self.line.clear();
            let n = self
                .input
                .read_line(&mut self.line)
                .map_err(|e| Error::io(path, e))?;
            if n == 0 {
                return Ok(false);
            }
            self.number += 1;
            if !self.line.trim().is_empty() {
                return Ok(true);
            }
        }
    }

    /// The keys of the object on `self.line`, in order.
    fn keys(&self, path: &Path) -> Result<Vec<String>> {
        let mut de = serde_json::Deserializer::from_str(&self.line);
        KeysSeed.deserialize(&mut de).map_err(|e| {
            Error::config(format!(
                "{}: line {}: not a JSON object ({e}); give the file that `rolescan score --format jsonl -o FILE` wrote",
                path.display(),
                self.number
            ))
        })
    }

    fn next(&mut self, path: &Path, roles: &[String], out: &mut Record) -> Result<bool> {
        let have = std::mem::take(&mut self.first_pending) || self.read_line(path)?;
        if !have {
            return Ok(false);
        }
        out.line = self.number;
        let mut seen = Seen::default();
        let seed = RowSeed {
            p_keys: &self.p_keys,
            out: &mut *out,
            seen: &mut seen,
        };
        let mut de = serde_json::Deserializer::from_str(&self.line);
        seed.deserialize(&mut de).map_err(|e| {
            Error::config(format!(
                "{}: line {}: {e}; is this the file `rolescan score --format jsonl` wrote?",
                path.display(),
                self.number
            ))
        })?;
        self.check(path, roles, out, &seen)?;
        Ok(true)
    }

    /// Checks that a row had every field, and resolves its `top_role`.
    fn check(&self, path: &Path, roles: &[String], out: &mut Record, seen: &Seen) -> Result<()> {
        let line = self.number;
        let missing: Vec<&str> = COLUMNS
            .iter()
            .zip(seen.columns)
            .filter(|(_, s)| !s)
            .map(|(c, _)| *c)
            .chain(
                self.p_keys
                    .iter()
                    .zip(&seen.p)
                    .filter(|(_, s)| !**s)
                    .map(|(k, _)| k.as_str()),
            )
            .collect();
        if !missing.is_empty() {
            return Err(Error::config(format!(
                "{}: line {line}: no field {}; is this the file `rolescan score --format jsonl` wrote?",
                path.display(),
                missing.join(", ")
            )));
        }
        out.top_role = if out.is_error() {
            roles.len()
        } else {
            role_index(path, line, roles, &seen.top_role)?
        };
        Ok(())
    }
}

/// Collects the keys of one JSON object.
struct KeysSeed;

impl<'de> DeserializeSeed<'de> for KeysSeed {
    type Value = Vec<String>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> std::result::Result<Vec<String>, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for KeysSeed {
    type Value = Vec<String>;
    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a JSON object")
    }
    fn visit_map<A: MapAccess<'de>>(
        self,
        mut map: A,
    ) -> std::result::Result<Vec<String>, A::Error> {
        let mut keys = Vec::new();
        while let Some(key) = map.next_key::<String>()? {
            map.next_value::<IgnoredAny>()?;
            keys.push(key);
        }
        Ok(keys)
    }
}

/// Which fields a JSON row had.
#[derive(Default)]
struct Seen {
    columns: [bool; COLUMNS.len()],
    p: Vec<bool>,
    top_role: String,
}

/// Parses one JSON row straight into a [`Record`].
struct RowSeed<'a> {
    p_keys: &'a [String],
    out: &'a mut Record,
    seen: &'a mut Seen,
}

impl<'de> DeserializeSeed<'de> for RowSeed<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> std::result::Result<(), D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for RowSeed<'_> {
    type Value = ();
    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a JSON object with the fields of a scores row")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> std::result::Result<(), A::Error> {
        let out = self.out;
        out.probabilities.clear();
        out.probabilities.resize(self.p_keys.len(), 0.0);
        self.seen.p = vec![false; self.p_keys.len()];
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            if let Some(i) = COLUMNS.iter().position(|c| *c == key) {
                self.seen.columns[i] = true;
                match i {
                    0 => out.source = text(map.next_value()?),
                    1 => out.posting_id = text(map.next_value()?),
                    2 => out.words = map.next_value::<Option<u64>>()?.unwrap_or(0),
                    4 => out.relevance = map.next_value::<Option<f64>>()?.unwrap_or(0.0),
                    5 => self.seen.top_role = text(map.next_value()?),
                    6 => out.confidence = map.next_value::<Option<f64>>()?.unwrap_or(0.0),
                    7 => out.evidence = text(map.next_value()?),
                    8 => out.error = text(map.next_value()?),
                    _ => {
                        map.next_value::<IgnoredAny>()?;
                    }
                }
            } else if let Some(r) = self.p_keys.iter().position(|k| *k == key) {
                self.seen.p[r] = true;
                out.probabilities[r] = map.next_value::<Option<f64>>()?.unwrap_or(0.0);
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(())
    }
}

/// A JSON string or null, as text (null gives "").
fn text(value: Option<String>) -> String {
    value.unwrap_or_default()
}

/// Reads the whole of a small file (for tests and checks).
pub fn read_all(path: &Path) -> Result<(Vec<String>, Vec<Record>)> {
    let mut reader = ScoresReader::open(path)?;
    let mut rows = Vec::new();
    let mut record = Record::default();
    while reader.next(&mut record)? {
        rows.push(record.clone());
    }
    Ok((reader.roles.clone(), rows))
}

/// A small scores file whose summary the tests know, as CSV and as JSON
/// lines.
#[cfg(test)]
pub(crate) mod fixture {
    /// Seven rows: three of `ads/` (two project_manager, one
    /// it_project_manager), four of `board.jsonl` (two other, one of them
    /// empty, and two error rows).
    pub(crate) const CSV: &str = "\
source,posting_id,words,hits,relevance,p_project_manager,p_it_project_manager,p_technical_project_manager,p_it_manager,top_role,confidence,evidence,error
ads/a.txt,a,100,5,0.9000,0.8000,0.1000,0.0500,0.0500,project_manager,0.7200,project manager\u{d7}2; agile\u{d7}1,
ads/b.txt,b,80,3,0.9500,0.1000,0.8500,0.0300,0.0200,it_project_manager,0.8075,IT project manager\u{d7}1; agile\u{d7}2,
board.jsonl,j1,50,1,0.2000,0.2500,0.2500,0.2500,0.2500,other,0.8000,agile\u{d7}1,
board.jsonl,'-j2,0,0,0.0100,0.2500,0.2500,0.2500,0.2500,other,0.9900,,
board.jsonl,line:3,,,,,,,,,,,line 3 is not valid JSON: expected value at line 1 column 2
board.jsonl,line:4,,,,,,,,,,,line 4 is JSON but not an object
ads/c.txt,c,120,9,0.6000,0.7000,0.1000,0.1000,0.1000,project_manager,0.4200,\"project manager\u{d7}1; agile\u{d7}3\",
";

    /// The same rows as `rolescan score --format jsonl` writes them.
    pub(crate) fn jsonl() -> String {
        let mut reader = csv::Reader::from_reader(CSV.as_bytes());
        let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
        let mut out = String::new();
        for row in reader.records() {
            let row = row.unwrap();
            let error = !row[12].is_empty();
            let fields: Vec<String> = header
                .iter()
                .zip(row.iter())
                .map(|(key, cell)| {
                    let cell = super::unguard(cell);
                    let text = matches!(
                        key.as_str(),
                        "source" | "posting_id" | "top_role" | "evidence" | "error"
                    );
                    let value = if cell.is_empty()
                        && (error || key == "error")
                        && key != "source"
                        && key != "posting_id"
                    {
                        "null".to_string()
                    } else if text {
                        serde_json::to_string(cell).unwrap()
                    } else {
                        cell.to_string()
                    };
                    format!("{}:{value}", serde_json::to_string(key).unwrap())
                })
                .collect();
            out.push_str(&format!("{{{}}}\n", fields.join(",")));
        }
        out
    }

    /// Writes `text` to `name` in a new temporary folder.
    pub(crate) fn file(name: &str, text: &str) -> (tempfile::TempDir, std::path::PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        (dir, path)
    }
}

#[cfg(test)]
mod tests {
    use super::fixture::{file, jsonl, CSV};
    use super::*;

    fn error_of(name: &str, text: &str) -> String {
        let (_dir, path) = file(name, text);
        ScoresReader::open(&path)
            .and_then(|mut r| {
                let mut rec = Record::default();
                while r.next(&mut rec)? {}
                Ok(())
            })
            .expect_err("an error")
            .to_string()
    }

    #[test]
    fn csv_rows_are_read_with_the_guard_taken_off() {
        let (_dir, path) = file("s.csv", CSV);
        let (roles, rows) = read_all(&path).unwrap();
        assert_eq!(
            roles,
            [
                "project_manager",
                "it_project_manager",
                "technical_project_manager",
                "it_manager"
            ]
        );
        assert_eq!(rows.len(), 7);
        assert_eq!(rows[0].line, 2);
        assert_eq!(rows[0].probabilities, [0.8, 0.1, 0.05, 0.05]);
        assert_eq!((rows[0].top_role, rows[0].confidence), (0, 0.72));
        assert_eq!(rows[3].posting_id, "-j2");
        assert_eq!(rows[3].top_role, 4);
        assert!(rows[4].is_error() && rows[4].error.starts_with("line 3 is not valid JSON"));
        assert_eq!(rows[6].evidence, "project manager\u{d7}1; agile\u{d7}3");
    }

    #[test]
    fn json_lines_give_the_same_rows() {
        let (_dir, csv_path) = file("s.csv", CSV);
        let (_dir2, json_path) = file("s.jsonl", &jsonl());
        let (csv_roles, csv_rows) = read_all(&csv_path).unwrap();
        let (json_roles, json_rows) = read_all(&json_path).unwrap();
        assert_eq!(csv_roles, json_roles);
        assert_eq!(json_rows.len(), csv_rows.len());
        for (j, c) in json_rows.iter().zip(&csv_rows) {
            assert_eq!(
                Record {
                    line: c.line,
                    ..j.clone()
                },
                *c
            );
        }
        // Told apart by the first character, whatever the name says.
        let (_dir3, other_name) = file("scores.csv", &jsonl());
        assert_eq!(read_all(&other_name).unwrap().1.len(), 7);
        let (_dir4, other_name) = file("scores.json", CSV);
        assert_eq!(read_all(&other_name).unwrap().1.len(), 7);
    }

    #[test]
    fn empty_files_are_named() {
        for (name, text) in [
            ("e.csv", ""),
            ("e.csv", "\n \n"),
            ("e.jsonl", ""),
            ("e.jsonl", "\n\n"),
        ] {
            let err = error_of(name, text);
            assert!(err.contains("the file is empty"), "{name} {text:?}: {err}");
            assert!(err.contains(name), "{err}");
        }
    }

    #[test]
    fn files_of_postings_get_the_missing_columns_and_the_command() {
        let err = error_of("ads.csv", "id,title,description\n1,PM,Lead projects\n");
        assert!(
            err.contains("not a scores file of rolescan: its header lacks the columns source, posting_id, words, hits, relevance, top_role, confidence, evidence, error, p_<role> (one per role)"),
            "{err}"
        );
        assert!(err.contains("score them first: rolescan score"), "{err}");
        let err = error_of("ads.jsonl", "{\"id\": \"1\", \"description\": \"PM\"}\n");
        assert!(
            err.contains("its first object (line 1) lacks the columns source,"),
            "{err}"
        );
    }

    #[test]
    fn one_missing_column_is_named() {
        let text = CSV.replacen(",evidence,", ",evidence_x,", 1);
        let err = error_of("s.csv", &text);
        assert!(err.contains("lacks the column evidence;"), "{err}");
        assert!(
            err.contains("give the file that `rolescan score ... -o FILE` wrote"),
            "{err}"
        );
    }

    #[test]
    fn bad_cells_name_their_line() {
        let text = CSV.replacen(",0.9500,", ",high,", 1);
        let err = error_of("s.csv", &text);
        assert!(
            err.contains("s.csv: line 3: relevance 'high' is not a number"),
            "{err}"
        );
        let text = CSV.replacen(",it_project_manager,", ",boss,", 1);
        let err = error_of("s.csv", &text);
        assert!(
            err.contains("line 3: top_role 'boss' is neither a role of the p_ columns"),
            "{err}"
        );
        let text = jsonl().replacen("\"hits\":3,", "", 1);
        let err = error_of("s.jsonl", &text);
        assert!(err.contains("s.jsonl: line 2: no field hits"), "{err}");
        let err = error_of("s.jsonl", &format!("{}[1, 2]\n", jsonl()));
        assert!(err.contains("line 8: "), "{err}");
    }
}
