//! The CSV sink: header, rows, and the conventions spreadsheets need.
//!
//! Columns: `source,posting_id,words,hits,relevance,p_<role>...,top_role,
//! confidence,evidence,error`. The header starts with `source`, never `ID`
//! (Excel reads a file starting with `ID` as SYLK). Numbers use a fixed
//! 4-decimal format so output is byte-identical across runs and thread
//! counts. A posting that could not be read has empty score columns and its
//! reason in `error`.
//!
//! Spreadsheet conventions:
//!
//! * text cells (`source`, `posting_id`, `evidence`, `error`) that start with
//!   `=`, `+`, `-`, `@`, a tab or a carriage return get a leading `'` so a
//!   spreadsheet shows them as text instead of evaluating a formula (OWASP
//!   "CSV injection"); quoting alone does not prevent evaluation. The lone
//!   `-` that names stdin is left alone: it cannot be a formula. Numeric
//!   columns are never altered, and `top_role` is a validated role id;
//! * `bom` starts the file with a UTF-8 byte order mark (Excel needs it to
//!   read UTF-8);
//! * `crlf` ends records with CRLF as RFC 4180 says (Excel breaks lines
//!   inside quoted cells only on CRLF); the default is LF.

use std::borrow::Cow;
use std::io::Write;
use std::path::Path;

use super::destination::Destination;
use super::row::{number, Labels, Row};
use super::Options;
use crate::error::{Error, Result};
use crate::lexicon::Lexicon;

/// The UTF-8 byte order mark.
pub const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Writes rows as CSV.
pub struct CsvSink {
    writer: ::csv::Writer<Destination>,
    labels: Labels,
    record: Vec<String>,
}

impl CsvSink {
    /// Creates a sink writing to `path` (through a temporary file renamed by
    /// [`CsvSink::finish`]) or to stdout when `path` is `None`, with LF line
    /// ends and no BOM. `evidence` is how many terms the evidence column
    /// lists.
    pub fn new(path: Option<&Path>, lexicon: &Lexicon, evidence: usize) -> Result<CsvSink> {
        let destination = match path {
            Some(path) => Destination::file(path)?,
            None => Destination::stdout(),
        };
        let options = Options {
            evidence,
            ..Options::default()
        };
        CsvSink::with_options(destination, lexicon, &options)
    }

    /// Creates a sink writing to `destination` with the BOM, line-end and
    /// evidence settings of `options`, and writes the header.
    pub fn with_options(
        mut destination: Destination,
        lexicon: &Lexicon,
        options: &Options,
    ) -> Result<CsvSink> {
        if options.bom {
            destination
                .write_all(BOM)
                .map_err(|e| Error::io(destination.display(), e))?;
        }
        let terminator = if options.crlf {
            ::csv::Terminator::CRLF
        } else {
            ::csv::Terminator::Any(b'\n')
        };
        let writer = ::csv::WriterBuilder::new()
            .buffer_capacity(1 << 16)
            .terminator(terminator)
            .from_writer(destination);
        let mut sink = CsvSink {
            writer,
            labels: Labels::new(lexicon, options.evidence),
            record: Vec::new(),
        };
        let header = CsvSink::columns(lexicon);
        sink.writer
            .write_record(&header)
            .map_err(|e| Error::csv(sink.writer.get_ref().display(), e))?;
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
        record.push(neutralize(&row.source).into_owned());
        record.push(neutralize(&row.posting_id).into_owned());
        match &row.result {
            Ok(scored) => {
                let s = &scored.scores;
                record.push(scored.words.to_string());
                record.push(scored.hits.to_string());
                record.push(number(s.relevance));
                record.extend(s.probabilities.iter().map(|&p| number(p)));
                record.push(self.labels.top_role(s).to_string());
                record.push(number(s.confidence));
                record.push(neutralize(&self.labels.evidence(s)).into_owned());
                record.push(String::new());
            }
            Err(message) => {
                let empty = 3 + self.labels.roles.len() + 3;
                record.extend(std::iter::repeat_n(String::new(), empty));
                record.push(neutralize(message).into_owned());
            }
        }
        self.writer
            .write_record(&*record)
            .map_err(|e| Error::csv(self.writer.get_ref().display(), e))
    }

    /// The temporary file being written, for file output.
    pub fn temp_path(&self) -> Option<&Path> {
        self.writer.get_ref().temp_path()
    }

    /// Flushes everything and, for file output, renames the temporary file
    /// over the target. Dropping a sink without calling this deletes the
    /// temporary file and leaves any existing target untouched.
    pub fn finish(self) -> Result<()> {
        let display = self.writer.get_ref().display().to_path_buf();
        let destination = self.writer.into_inner().map_err(|e| {
            Error::io(
                display,
                std::io::Error::new(e.error().kind(), e.error().to_string()),
            )
        })?;
        destination.finish()
    }
}

/// Guards a text cell against formula evaluation in spreadsheets: a cell
/// starting with `=`, `+`, `-`, `@`, tab or carriage return gets a leading
/// `'`. A lone `-` (stdin) is left alone.
pub fn neutralize(cell: &str) -> Cow<'_, str> {
    match cell.as_bytes().first() {
        Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r') if cell != "-" => {
            Cow::Owned(format!("'{cell}"))
        }
        _ => Cow::Borrowed(cell),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::testing::Shared;
    use crate::score::RoleScores;
    use std::sync::Arc;

    #[test]
    fn neutralize_formula_starts_only() {
        for (cell, want) in [
            ("=1+1", "'=1+1"),
            ("+44 20", "'+44 20"),
            ("-12", "'-12"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("\rx", "'\rx"),
            ("-", "-"),
            ("", ""),
            ("a=b", "a=b"),
            ("job-1", "job-1"),
            (" =x", " =x"),
        ] {
            assert_eq!(neutralize(cell), want, "{cell:?}");
        }
    }

    fn lexicon() -> Lexicon {
        Lexicon::parse("[roles]\nr | R\n[terms]\n+plus | r=1\n", "t").unwrap()
    }

    fn write(options: &Options, rows: &[Row]) -> Vec<u8> {
        let out = Shared::default();
        let dest = Destination::writer(out.clone(), "<test>");
        let mut sink = CsvSink::with_options(dest, &lexicon(), options).unwrap();
        for row in rows {
            sink.write(row).unwrap();
        }
        sink.finish().unwrap();
        let bytes = out.0.lock().unwrap().clone();
        bytes
    }

    fn rows() -> Vec<Row> {
        let scores = RoleScores {
            probabilities: vec![1.0],
            relevance: 0.25,
            top_role: None,
            confidence: 0.75,
            evidence: vec![(0, 2)],
        };
        vec![
            Row {
                source: Arc::from("=cmd|' /C calc'!A0"),
                posting_id: "-1".into(),
                result: Ok(super::super::Scored {
                    words: 3,
                    hits: 2,
                    scores,
                }),
            },
            Row {
                source: Arc::from("-"),
                posting_id: "@x".into(),
                result: Err("=bad".into()),
            },
        ]
    }

    #[test]
    fn cells_are_neutralized_numbers_are_not() {
        let out = String::from_utf8(write(&Options::default(), &rows())).unwrap();
        assert_eq!(
            out,
            "source,posting_id,words,hits,relevance,p_r,top_role,confidence,evidence,error\n\
             '=cmd|' /C calc'!A0,'-1,3,2,0.2500,1.0000,other,0.7500,'+plus×2,\n\
             -,'@x,,,,,,,,'=bad\n"
        );
    }

    #[test]
    fn bom_and_crlf() {
        let options = Options {
            bom: true,
            crlf: true,
            ..Options::default()
        };
        let out = write(&options, &rows());
        assert!(out.starts_with(b"\xEF\xBB\xBFsource,posting_id,"));
        let text = String::from_utf8(out[3..].to_vec()).unwrap();
        assert_eq!(text.matches("\r\n").count(), 3, "{text:?}");
        assert_eq!(text.matches('\n').count(), 3, "{text:?}");
        let plain = write(&Options::default(), &rows());
        assert!(plain.starts_with(b"source,") && !plain.contains(&b'\r'));
    }
}
