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
//!   inside quoted cells only on CRLF); the default is LF;
//! * a NUL in a text cell (an id read from a broken file) is written as
//!   U+FFFD: spreadsheets end the cell at a NUL.
//!
//! Cells are quoted as the `csv` crate quotes them by default (only when
//! they hold `,`, `"`, a line feed or a carriage return; quotes inside
//! doubled). The header is written through a `csv::Writer`; rows, millions
//! of them, are written straight into the output buffer instead, with the
//! numbers, role labels and evidence terms put in without a second look
//! (labels and terms are quoted or not once, when the format is made). A
//! property test compares the rows with the `csv::Writer`'s on rows full of
//! cells that need quotes and guards.
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
use crate::lexicon::{Lexicon, OTHER_ROLE};
use crate::score::RoleScores;

/// The UTF-8 byte order mark.
pub const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Formats rows as CSV lines (quoting, formula guard, numbers, line end).
#[derive(Debug, Clone)]
pub struct CsvFormat {
    labels: Labels,
    crlf: bool,
    /// The `top_role` cells: each role id, then `other`, quoted if needed.
    top_roles: Vec<Vec<u8>>,
    /// Each entry's name as it goes inside a quoted cell (quotes doubled),
    /// and whether a cell holding it needs quotes.
    terms: Vec<(Vec<u8>, bool)>,
    /// Whether rows end with a `top_code` cell.
    codes: bool,
}

impl CsvFormat {
    /// The format for `lexicon`'s columns with the evidence and line-end
    /// settings of `options` (the BOM is the sink's business).
    pub fn new(lexicon: &Lexicon, options: &Options) -> CsvFormat {
        let mut format =
            CsvFormat::with_labels(Labels::new(lexicon, options.evidence), options.crlf);
        format.codes = options.codes;
        format
    }

    /// The format for rows with these labels.
    fn with_labels(labels: Labels, crlf: bool) -> CsvFormat {
        let top_roles = labels
            .roles
            .iter()
            .map(String::as_str)
            .chain([OTHER_ROLE])
            .map(|role| {
                let mut cell = Vec::new();
                push_cell(&mut cell, role, false);
                cell
            })
            .collect();
        let terms = labels
            .terms
            .iter()
            .map(|t| (doubled_quotes(t), needs_quotes(t.as_bytes())))
            .collect();
        CsvFormat {
            labels,
            crlf,
            top_roles,
            terms,
            codes: false,
        }
    }

    /// A CSV writer appending to `out`, with this format's line end.
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
        let mut columns = CsvSink::columns(lexicon);
        if self.codes {
            columns.push("top_code".to_string());
        }
        w.write_record(columns)
            .and_then(|()| w.flush().map_err(::csv::Error::from))
            .expect("writing CSV to memory cannot fail");
    }

    /// Appends `row` as one CSV line to `out`.
    pub fn write_row(&self, row: &Row, out: &mut Vec<u8>) {
        push_cell(out, &row.source, true);
        out.push(b',');
        push_cell(out, &row.posting_id, true);
        match &row.result {
            Ok(scored) => {
                let s = &scored.scores;
                out.push(b',');
                out.extend_from_slice(itoa::Buffer::new().format(scored.words).as_bytes());
                out.push(b',');
                out.extend_from_slice(itoa::Buffer::new().format(scored.hits).as_bytes());
                out.push(b',');
                push_fixed4(out, s.relevance);
                for &p in &s.probabilities {
                    out.push(b',');
                    push_fixed4(out, p);
                }
                out.push(b',');
                let top = s.top_role.unwrap_or(self.labels.roles.len());
                out.extend_from_slice(&self.top_roles[top]);
                out.push(b',');
                push_fixed4(out, s.confidence);
                out.push(b',');
                self.push_evidence(out, s);
                // The empty error cell.
                out.push(b',');
                if self.codes {
                    out.push(b',');
                    push_cell(out, self.labels.top_code(s).unwrap_or(""), true);
                }
            }
            Err(message) => {
                // The empty score cells, then the error.
                for _ in 0..3 + self.labels.roles.len() + 3 + 1 {
                    out.push(b',');
                }
                push_cell(out, message, true);
                if self.codes {
                    out.push(b',');
                }
            }
        }
        out.extend_from_slice(if self.crlf { b"\r\n" } else { b"\n" });
    }

    /// Appends the evidence cell: what [`Labels::evidence`] gives, guarded
    /// and quoted as [`push_cell`] would, from the terms prepared in
    /// [`CsvFormat::with_labels`].
    fn push_evidence(&self, out: &mut Vec<u8>, scores: &RoleScores) {
        let listed = &scores.evidence[..scores.evidence.len().min(self.labels.evidence)];
        let Some(&(first, _)) = listed.first() else {
            return;
        };
        // The cell starts with the first term, and holds a `×`, so it is
        // never the lone `-`.
        let guard = is_formula_start(self.labels.terms[first].as_bytes().first());
        let quote = listed.iter().any(|&(e, _)| self.terms[e].1);
        if quote {
            out.push(b'"');
        }
        if guard {
            out.push(b'\'');
        }
        for (i, &(e, n)) in listed.iter().enumerate() {
            if i > 0 {
                out.extend_from_slice(b"; ");
            }
            if quote {
                out.extend_from_slice(&self.terms[e].0);
            } else {
                out.extend_from_slice(self.labels.terms[e].as_bytes());
            }
            out.extend_from_slice("\u{d7}".as_bytes());
            out.extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
        }
        if quote {
            out.push(b'"');
        }
    }
}

/// Whether a cell holding `bytes` must be quoted: it has a delimiter, a
/// quote or a line end (the `csv` crate's rule with its default settings).
fn needs_quotes(bytes: &[u8]) -> bool {
    bytes
        .iter()
        .any(|&b| matches!(b, b',' | b'"' | b'\n' | b'\r'))
}

/// `text` with each `"` doubled, as it goes inside a quoted cell.
fn doubled_quotes(text: &str) -> Vec<u8> {
    text.replace('"', "\"\"").into_bytes()
}

/// Whether a text cell starting with `first` gets the formula guard (see
/// [`neutralize`]).
fn is_formula_start(first: Option<&u8>) -> bool {
    matches!(first, Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r'))
}

/// Appends a text cell: `'` first when `guard` is asked and the cell looks
/// like a formula (see [`neutralize`]), the whole quoted when it needs it.
fn push_cell(out: &mut Vec<u8>, cell: &str, guard: bool) {
    // No NUL byte reaches a CSV file (spreadsheets cut the cell there):
    // an id or message holding one shows U+FFFD instead.
    if memchr::memchr(0, cell.as_bytes()).is_some() {
        return push_cell(out, &cell.replace('\0', "\u{FFFD}"), guard);
    }
    let bytes = cell.as_bytes();
    let guard = guard && is_formula_start(bytes.first()) && cell != "-";
    if !needs_quotes(bytes) {
        if guard {
            out.push(b'\'');
        }
        out.extend_from_slice(bytes);
        return;
    }
    out.push(b'"');
    if guard {
        out.push(b'\'');
    }
    let mut rest = bytes;
    while let Some(at) = memchr::memchr(b'"', rest) {
        out.extend_from_slice(&rest[..=at]);
        out.push(b'"');
        rest = &rest[at + 1..];
    }
    out.extend_from_slice(rest);
    out.push(b'"');
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
    match fixed4_digits(x) {
        Some(digits) => out.push_str(std::str::from_utf8(&digits).expect("ASCII digits")),
        None => write!(out, "{x:.4}").expect("writing to a String cannot fail"),
    }
}

/// [`fixed4`] appending to bytes.
fn push_fixed4(out: &mut Vec<u8>, x: f64) {
    match fixed4_digits(x) {
        Some(digits) => out.extend_from_slice(&digits),
        None => out.extend_from_slice(format!("{x:.4}").as_bytes()),
    }
}

/// The text of [`fixed4`] for a value in [0, 1] whose fifth decimal is not a
/// near tie, `None` for other values.
#[inline]
fn fixed4_digits(x: f64) -> Option<[u8; 6]> {
    let n = fixed4_units(x)?;
    Some([
        b'0' + (n / 10_000) as u8,
        b'.',
        b'0' + (n / 1000 % 10) as u8,
        b'0' + (n / 100 % 10) as u8,
        b'0' + (n / 10 % 10) as u8,
        b'0' + (n % 10) as u8,
    ])
}

/// For a value in [0, 1] whose fifth decimal is not a near tie, the whole
/// number of ten-thousandths [`fixed4`] prints (`0.1234` is 1234); `None`
/// for other values.
#[inline]
pub(super) fn fixed4_units(x: f64) -> Option<u32> {
    if !((0.0..=1.0).contains(&x) && x.is_sign_positive()) {
        return None;
    }
    let scaled = x * 10_000.0;
    // `floor` and `round` without their library calls (x86-64 has no
    // rounding instruction before SSE4.1): `scaled` is in [0, 10000], so
    // truncating it is its floor, and `scaled - floor`, in [0, 1), is
    // exact.
    let whole = scaled as u32;
    let fraction = scaled - f64::from(whole);
    // `scaled` is within 1e-12 of the exact product, so away from a tie
    // rounding it gives the digits exact formatting gives.
    if (fraction - 0.5).abs() <= 1e-9 {
        return None;
    }
    Some(whole + u32::from(fraction > 0.5))
}

/// Guards a text cell against formula evaluation in spreadsheets: a cell
/// starting with `=`, `+`, `-`, `@`, tab or carriage return gets a leading
/// `'`. A lone `-` (stdin) is left alone.
pub fn neutralize(cell: &str) -> Cow<'_, str> {
    if is_formula_start(cell.as_bytes().first()) && cell != "-" {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
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
    fn no_nul_byte_reaches_the_file() {
        let rows = [Row {
            source: Arc::from("a\0b.csv"),
            posting_id: "=\0x".into(),
            result: Err("bad \"\0\" id".into()),
        }];
        let out = write(&Options::default(), &rows);
        assert!(!out.contains(&0));
        let out = String::from_utf8(out).unwrap();
        assert!(
            out.ends_with("a\u{FFFD}b.csv,'=\u{FFFD}x,,,,,,,,\"bad \"\"\u{FFFD}\"\" id\"\n"),
            "{out}"
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

    /// The rows as the `csv` crate writes them, field by field, with the
    /// guard of `neutralize` and the evidence text of `Labels::evidence`:
    /// what `write_row` must give.
    fn reference_row(format: &CsvFormat, row: &Row) -> Vec<u8> {
        let mut out = Vec::new();
        let mut w = format.writer(&mut out);
        let mut fields: Vec<String> = vec![
            neutralize(&row.source).into_owned(),
            neutralize(&row.posting_id).into_owned(),
        ];
        match &row.result {
            Ok(scored) => {
                let s = &scored.scores;
                let number = |x: f64| {
                    let mut n = String::new();
                    fixed4(x, &mut n);
                    n
                };
                fields.push(scored.words.to_string());
                fields.push(scored.hits.to_string());
                fields.push(number(s.relevance));
                fields.extend(s.probabilities.iter().map(|&p| number(p)));
                fields.push(format.labels.top_role(s).to_string());
                fields.push(number(s.confidence));
                fields.push(neutralize(&format.labels.evidence(s)).into_owned());
                fields.push(String::new());
            }
            Err(message) => {
                fields.extend((0..6 + format.labels.roles.len()).map(|_| String::new()));
                fields.push(neutralize(message).into_owned());
            }
        }
        w.write_record(&fields).unwrap();
        w.flush().unwrap();
        drop(w);
        out
    }

    mod generated {
        use super::*;
        use proptest::prelude::*;

        /// Text cells made of the characters that matter: delimiters,
        /// quotes, line ends, formula starts, `'`, non-ASCII.
        fn cell() -> BoxedStrategy<String> {
            let c = prop::sample::select(vec![
                'a', 'Z', '0', ' ', ',', '"', '\n', '\r', '\t', '=', '+', '-', '@', '\'', ';',
                '\u{e9}', '\u{d7}',
            ]);
            prop_oneof![
                8 => prop::collection::vec(c, 0..6).prop_map(|c| c.into_iter().collect()),
                1 => Just("-".to_string()),
            ]
            .boxed()
        }

        fn number() -> BoxedStrategy<f64> {
            prop_oneof![
                3 => 0.0..=1.0f64,
                1 => prop::sample::select(vec![
                    0.0, 1.0, 0.5, 0.00005, 0.99995, 0.12345, -0.0, 2.5, -1.0, 1e-300,
                    f64::NAN, f64::INFINITY,
                ]),
            ]
            .boxed()
        }

        /// Labels with role ids and terms that may need quotes, and rows
        /// for them.
        fn labels_and_rows() -> impl Strategy<Value = (Labels, Vec<Row>)> {
            crate::output::row::generated::labels_and_rows(cell, number, 8, 6)
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(2048))]

            /// Rows written straight into the buffer are the bytes the
            /// `csv` crate writes for them, line ends of both kinds.
            #[test]
            fn rows_agree_with_the_csv_writer((labels, rows) in labels_and_rows(), crlf in any::<bool>()) {
                let format = CsvFormat::with_labels(labels, crlf);
                for row in &rows {
                    let mut got = Vec::new();
                    format.write_row(row, &mut got);
                    let want = reference_row(&format, row);
                    prop_assert_eq!(String::from_utf8_lossy(&got), String::from_utf8_lossy(&want));
                    prop_assert_eq!(got, want);
                }
            }
        }
    }
}
