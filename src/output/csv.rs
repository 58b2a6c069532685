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
//!
//! [`CsvFormat`] turns one row into its CSV line and needs only `&self`, so
//! the pipeline's workers format rows in parallel; [`CsvSink`] writes the
//! BOM and header, then rows (formatted by its own `CsvFormat`, or bytes
//! already formatted by an equal one) in order to a [`Destination`].

use std::borrow::Cow;
use std::io::{BufWriter, Write};
use std::path::Path;

use super::destination::Destination;
use super::row::{Labels, Row};
use super::Options;
use crate::error::{Error, Result};
use crate::lexicon::Lexicon;

/// The UTF-8 byte order mark.
pub const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Formats rows as CSV lines (quoting, formula guard, numbers, line end).
#[derive(Debug, Clone)]
pub struct CsvFormat {
    labels: Labels,
    crlf: bool,
}

impl CsvFormat {
    /// The format for `lexicon`'s columns with the evidence and line-end
    /// settings of `options` (the BOM is the sink's business).
    pub fn new(lexicon: &Lexicon, options: &Options) -> CsvFormat {
        CsvFormat {
            labels: Labels::new(lexicon, options.evidence),
            crlf: options.crlf,
        }
    }

    /// A CSV writer appending to `out`, with this format's line end. Each
    /// call makes its own, so formatting needs no shared mutable state.
    fn writer<'a>(&self, out: &'a mut Vec<u8>) -> ::csv::Writer<&'a mut Vec<u8>> {
        let terminator = if self.crlf {
            ::csv::Terminator::CRLF
        } else {
            ::csv::Terminator::Any(b'\n')
        };
        ::csv::WriterBuilder::new()
            .buffer_capacity(1024)
            .terminator(terminator)
            .from_writer(out)
    }

    /// Appends the header line to `out`.
    pub fn write_header(&self, lexicon: &Lexicon, out: &mut Vec<u8>) {
        let mut w = self.writer(out);
        w.write_record(CsvSink::columns(lexicon))
            .and_then(|()| w.flush().map_err(::csv::Error::from))
            .expect("writing CSV to memory cannot fail");
    }

    /// Appends `row` as one CSV line to `out`, field by field.
    pub fn write_row(&self, row: &Row, out: &mut Vec<u8>) {
        let mut w = self.writer(out);
        self.write_fields(&mut w, row)
            .and_then(|()| w.flush().map_err(::csv::Error::from))
            .expect("writing CSV to memory cannot fail");
    }

    fn write_fields(&self, w: &mut ::csv::Writer<&mut Vec<u8>>, row: &Row) -> ::csv::Result<()> {
        let mut num = String::with_capacity(16);
        let mut number = |w: &mut ::csv::Writer<&mut Vec<u8>>, x: f64| {
            num.clear();
            fixed4(x, &mut num);
            w.write_field(num.as_bytes())
        };
        w.write_field(neutralize(&row.source).as_bytes())?;
        w.write_field(neutralize(&row.posting_id).as_bytes())?;
        match &row.result {
            Ok(scored) => {
                let s = &scored.scores;
                w.write_field(itoa(scored.words as u64, &mut [0; 20]))?;
                w.write_field(itoa(scored.hits, &mut [0; 20]))?;
                number(w, s.relevance)?;
                for &p in &s.probabilities {
                    number(w, p)?;
                }
                w.write_field(self.labels.top_role(s))?;
                number(w, s.confidence)?;
                w.write_field(neutralize(&self.labels.evidence(s)).as_bytes())?;
                w.write_field("")?;
            }
            Err(message) => {
                for _ in 0..3 + self.labels.roles.len() + 3 {
                    w.write_field("")?;
                }
                w.write_field(neutralize(message).as_bytes())?;
            }
        }
        w.write_record(None::<&[u8]>)
    }
}

/// Writes rows as CSV.
pub struct CsvSink {
    out: BufWriter<Destination>,
    format: CsvFormat,
    /// Reused buffer for formatting rows.
    line: Vec<u8>,
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
        destination: Destination,
        lexicon: &Lexicon,
        options: &Options,
    ) -> Result<CsvSink> {
        let mut sink = CsvSink {
            out: BufWriter::with_capacity(1 << 16, destination),
            format: CsvFormat::new(lexicon, options),
            line: Vec::new(),
        };
        if options.bom {
            sink.line.extend_from_slice(BOM);
        }
        sink.format.write_header(lexicon, &mut sink.line);
        sink.write_line()?;
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

    /// The format this sink writes rows in, for formatting them elsewhere
    /// (see [`CsvSink::write_bytes`]).
    pub fn format(&self) -> &CsvFormat {
        &self.format
    }

    /// Writes one row.
    pub fn write(&mut self, row: &Row) -> Result<()> {
        self.format.write_row(row, &mut self.line);
        self.write_line()
    }

    /// Writes rows already formatted by [`CsvSink::format`] (or an equal
    /// [`CsvFormat`]).
    pub fn write_bytes(&mut self, bytes: &[u8]) -> Result<()> {
        self.out
            .write_all(bytes)
            .map_err(|e| Error::io(self.out.get_ref().display(), e))
    }

    /// Writes and clears `self.line`.
    fn write_line(&mut self) -> Result<()> {
        let result = self.out.write_all(&self.line);
        self.line.clear();
        result.map_err(|e| Error::io(self.out.get_ref().display(), e))
    }

    /// The temporary file being written, for file output.
    pub fn temp_path(&self) -> Option<&Path> {
        self.out.get_ref().temp_path()
    }

    /// Flushes everything and, for file output, renames the temporary file
    /// over the target. Dropping a sink without calling this deletes the
    /// temporary file and leaves any existing target untouched.
    pub fn finish(self) -> Result<()> {
        let display = self.out.get_ref().display().to_path_buf();
        let destination = self
            .out
            .into_inner()
            .map_err(|e| Error::io(display, e.into_error()))?;
        destination.finish()
    }
}

/// Appends `x` with four decimals, the same text as `format!("{x:.4}")`.
/// Values in [0, 1] (probabilities, relevance, confidence) whose fifth
/// decimal is not a near tie are rounded directly; everything else goes
/// through `format!`, whose exact rounding of ties this keeps.
pub fn fixed4(x: f64, out: &mut String) {
    use std::fmt::Write;
    if (0.0..=1.0).contains(&x) && x.is_sign_positive() {
        let scaled = x * 10_000.0;
        let floor = scaled.floor();
        // `scaled` is within 1e-12 of the exact product, so away from a
        // tie rounding it gives the digits exact formatting gives.
        if (scaled - floor - 0.5).abs() > 1e-9 {
            let n = scaled.round() as u32;
            let digits = [
                b'0' + (n / 10_000) as u8,
                b'.',
                b'0' + (n / 1000 % 10) as u8,
                b'0' + (n / 100 % 10) as u8,
                b'0' + (n / 10 % 10) as u8,
                b'0' + (n % 10) as u8,
            ];
            out.push_str(std::str::from_utf8(&digits).expect("ASCII digits"));
            return;
        }
    }
    write!(out, "{x:.4}").expect("writing to a String cannot fail");
}

/// Formats an integer into `buf` and returns its digits.
pub(super) fn itoa(mut n: u64, buf: &mut [u8; 20]) -> &[u8] {
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            return &buf[i..];
        }
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

    /// The fast path of `fixed4` gives `format!("{:.4}")` exactly,
    /// ties and values outside [0, 1] included.
    #[test]
    fn fixed4_matches_format() {
        let mut values = vec![
            0.0, 1.0, 0.5, 0.00005, 0.99995, 0.12345, 0.12355, -0.0, 2.5, 1e-300,
        ];
        let mut state = 0x9E37_79B9_7F4A_7C15u64;
        for _ in 0..200_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            values.push((state >> 11) as f64 / (1u64 << 53) as f64);
            values.push(f64::from((state % 100_001) as u32) / 100_000.0);
        }
        let mut out = String::new();
        for x in values {
            out.clear();
            fixed4(x, &mut out);
            assert_eq!(out, format!("{x:.4}"), "{x:e}");
        }
        let mut buf = [0; 20];
        for n in [0u64, 7, 10, 12345, u64::MAX] {
            assert_eq!(itoa(n, &mut buf), n.to_string().as_bytes());
        }
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
