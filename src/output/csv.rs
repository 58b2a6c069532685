//! The CSV sink: header, rows, and the atomic finish.
//!
//! Columns: `source,posting_id,words,hits,relevance,p_<role>...,top_role,
//! confidence,evidence,error`. Numbers use a fixed 4-decimal format so output
//! is byte-identical across runs and thread counts. A posting that could not
//! be read has empty score columns and its reason in `error`.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use tempfile::NamedTempFile;

use crate::error::{Error, Result};
use crate::lexicon::{Lexicon, OTHER_ROLE};
use crate::score::RoleScores;

/// One output row, before formatting.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// Where the posting came from.
    pub source: std::sync::Arc<str>,
    /// The posting id.
    pub posting_id: String,
    /// Scores, or the reason the posting could not be scored.
    pub result: std::result::Result<Scored, String>,
}

/// The scores of a readable posting.
#[derive(Debug, Clone, PartialEq)]
pub struct Scored {
    /// Word count.
    pub words: usize,
    /// Number of accepted term matches.
    pub hits: u64,
    /// Role probabilities, relevance, top role and evidence.
    pub scores: RoleScores,
}

enum Target {
    Stdout(io::Stdout),
    File(BufWriter<NamedTempFile>),
}

impl Write for Target {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Target::Stdout(w) => w.write(buf),
            Target::File(w) => w.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Target::Stdout(w) => w.flush(),
            Target::File(w) => w.flush(),
        }
    }
}

/// Writes rows as CSV to stdout or, atomically, to a file.
pub struct CsvSink {
    writer: ::csv::Writer<Target>,
    path: Option<PathBuf>,
    display: PathBuf,
    roles: Vec<String>,
    terms: Vec<String>,
    evidence: usize,
    record: Vec<String>,
}

impl CsvSink {
    /// Creates a sink writing to `path` (through a temporary file renamed by
    /// [`CsvSink::finish`]) or to stdout when `path` is `None`. `evidence` is
    /// how many terms the evidence column lists.
    pub fn new(path: Option<&Path>, lexicon: &Lexicon, evidence: usize) -> Result<CsvSink> {
        let (target, display) = match path {
            None => (Target::Stdout(io::stdout()), PathBuf::from("<stdout>")),
            Some(path) => {
                let dir = match path.parent() {
                    Some(d) if !d.as_os_str().is_empty() => d,
                    _ => Path::new("."),
                };
                let temp = tempfile::Builder::new()
                    .prefix(".rolescan-")
                    .suffix(".partial")
                    .tempfile_in(dir)
                    .map_err(|e| Error::io(path, e))?;
                (
                    Target::File(BufWriter::with_capacity(1 << 16, temp)),
                    path.to_path_buf(),
                )
            }
        };
        let writer = ::csv::WriterBuilder::new()
            .buffer_capacity(1 << 16)
            .from_writer(target);
        let mut sink = CsvSink {
            writer,
            path: path.map(Path::to_path_buf),
            display,
            roles: lexicon.roles.iter().map(|r| r.id.clone()).collect(),
            terms: lexicon.entries.iter().map(|e| e.display()).collect(),
            evidence,
            record: Vec::new(),
        };
        let mut header: Vec<String> = ["source", "posting_id", "words", "hits", "relevance"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        header.extend(sink.roles.iter().map(|id| format!("p_{id}")));
        header.extend(
            ["top_role", "confidence", "evidence", "error"]
                .iter()
                .map(|s| s.to_string()),
        );
        sink.writer
            .write_record(&header)
            .map_err(|e| Error::csv(&sink.display, e))?;
        Ok(sink)
    }

    /// The header names, in order (for tests and other sinks).
    pub fn columns(lexicon: &Lexicon) -> Vec<String> {
        let mut cols: Vec<String> = ["source", "posting_id", "words", "hits", "relevance"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        cols.extend(lexicon.roles.iter().map(|r| format!("p_{}", r.id)));
        cols.extend(
            ["top_role", "confidence", "evidence", "error"]
                .iter()
                .map(|s| s.to_string()),
        );
        cols
    }

    /// Writes one row.
    pub fn write(&mut self, row: &Row) -> Result<()> {
        let record = &mut self.record;
        record.clear();
        record.push(row.source.to_string());
        record.push(row.posting_id.clone());
        match &row.result {
            Ok(scored) => {
                let s = &scored.scores;
                record.push(scored.words.to_string());
                record.push(scored.hits.to_string());
                record.push(format!("{:.4}", s.relevance));
                record.extend(s.probabilities.iter().map(|p| format!("{p:.4}")));
                record.push(match s.top_role {
                    Some(r) => self.roles[r].clone(),
                    None => OTHER_ROLE.to_string(),
                });
                record.push(format!("{:.4}", s.confidence));
                let evidence: Vec<String> = s
                    .evidence
                    .iter()
                    .take(self.evidence)
                    .map(|&(e, n)| format!("{}\u{d7}{n}", self.terms[e]))
                    .collect();
                record.push(evidence.join("; "));
                record.push(String::new());
            }
            Err(message) => {
                record.extend(std::iter::repeat_n(String::new(), 3 + self.roles.len() + 3));
                record.push(message.clone());
            }
        }
        self.writer
            .write_record(&*record)
            .map_err(|e| Error::csv(&self.display, e))
    }

    /// Flushes everything and, for file output, renames the temporary file
    /// over the target. Dropping a sink without calling this deletes the
    /// temporary file and leaves any existing target untouched.
    pub fn finish(self) -> Result<()> {
        let display = self.display;
        let target = self
            .writer
            .into_inner()
            .map_err(|e| Error::io(&display, io::Error::other(e.to_string())))?;
        match target {
            Target::Stdout(mut out) => out.flush().map_err(|e| Error::io(&display, e)),
            Target::File(buf) => {
                let temp = buf
                    .into_inner()
                    .map_err(|e| Error::io(&display, io::Error::other(e.to_string())))?;
                let file: &File = temp.as_file();
                file.sync_all().map_err(|e| Error::io(&display, e))?;
                let path = self.path.expect("file target has a path");
                temp.persist(&path).map_err(|e| Error::io(&path, e.error))?;
                Ok(())
            }
        }
    }
}
