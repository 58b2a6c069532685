//! Writing scored postings.
//!
//! A [`Sink`] takes [`Row`]s in input order and writes them in one of three
//! formats ([`Format`]): CSV for spreadsheets and scripts
//! ([`csv::CsvSink`]), JSON lines for pipelines ([`jsonl::JsonlSink`]), or
//! an Excel workbook ([`xlsx::XlsxSink`]). All write to a [`Destination`]:
//! stdout (not for xlsx), any writer, or a file that is written through a
//! temporary file in the same folder and renamed over the target only when
//! everything was written, so an interrupted or failed run never leaves a
//! partial file that looks complete.
//!
//! Formatting and writing are separate so rows can be formatted in
//! parallel: a [`RowFormat`] turns a row into its bytes from `&self` on any
//! thread, and [`Sink::write_bytes`] takes bytes so formatted, in order:
//! the CSV and JSON lines sinks copy them to the destination, the xlsx sink
//! unpacks the typed cells its format packed and puts them into the sheet.
//! [`Sink::write`] does both, with the same code.

pub mod csv;
pub mod destination;
pub mod jsonl;
pub mod row;
pub mod xlsx;

use std::path::Path;

pub use self::csv::{CsvFormat, CsvSink};
pub use self::destination::Destination;
pub use self::jsonl::{JsonlFormat, JsonlSink};
pub use self::row::{Labels, Row, Scored};
pub use self::xlsx::{XlsxFormat, XlsxSink};

use crate::error::Result;
use crate::lexicon::Lexicon;

/// Output formats.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Format {
    /// CSV with a header row (see [`csv`]).
    #[default]
    Csv,
    /// One JSON object per line (see [`jsonl`]).
    Jsonl,
    /// An Excel workbook (see [`xlsx`]); never to stdout.
    Xlsx,
}

/// How rows are written.
#[derive(Debug, Clone)]
pub struct Options {
    /// CSV, JSON lines or xlsx.
    pub format: Format,
    /// How many matched terms the evidence field lists.
    pub evidence: usize,
    /// CSV only: start the file with a UTF-8 byte order mark, which Excel
    /// needs to read the file as UTF-8.
    pub bom: bool,
    /// CSV only: end lines with CRLF (RFC 4180) instead of LF.
    pub crlf: bool,
    /// CSV only: add a last column, `top_code`, the top role's taxonomy
    /// code (JSON lines and xlsx always have it).
    pub codes: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            format: Format::Csv,
            evidence: 5,
            bom: false,
            crlf: false,
            codes: false,
        }
    }
}

/// How rows of any format are turned into bytes.
#[derive(Debug, Clone)]
pub enum RowFormat {
    /// CSV lines.
    Csv(CsvFormat),
    /// JSON lines.
    Jsonl(JsonlFormat),
    /// Typed cells, packed (see [`xlsx`]).
    Xlsx(XlsxFormat),
}

impl RowFormat {
    /// The row format of a sink made with `lexicon` and `options`.
    pub fn new(lexicon: &Lexicon, options: &Options) -> RowFormat {
        match options.format {
            Format::Csv => RowFormat::Csv(CsvFormat::new(lexicon, options)),
            Format::Jsonl => RowFormat::Jsonl(JsonlFormat::new(lexicon, options.evidence)),
            Format::Xlsx => RowFormat::Xlsx(XlsxFormat::new(lexicon, options.evidence)),
        }
    }

    /// Appends `row`, formatted as one line (packed cells for xlsx), to
    /// `out`.
    pub fn write_row(&self, row: &Row, out: &mut Vec<u8>) {
        match self {
            RowFormat::Csv(f) => f.write_row(row, out),
            RowFormat::Jsonl(f) => f.write_row(row, out),
            RowFormat::Xlsx(f) => f.write_row(row, out),
        }
    }
}

/// A sink of any format.
pub enum Sink {
    /// CSV output.
    Csv(Box<CsvSink>),
    /// JSON lines output.
    Jsonl(Box<JsonlSink>),
    /// An xlsx workbook.
    Xlsx(Box<XlsxSink>),
}

impl Sink {
    /// Creates a sink writing to `destination` in the format and with the
    /// conventions of `options`. A CSV sink writes its header at once; an
    /// xlsx sink refuses stdout.
    pub fn new(destination: Destination, lexicon: &Lexicon, options: &Options) -> Result<Sink> {
        Ok(match options.format {
            Format::Csv => Sink::Csv(Box::new(CsvSink::with_options(
                destination,
                lexicon,
                options,
            )?)),
            Format::Jsonl => Sink::Jsonl(Box::new(JsonlSink::new(
                destination,
                lexicon,
                options.evidence,
            ))),
            Format::Xlsx => Sink::Xlsx(Box::new(XlsxSink::new(
                destination,
                lexicon,
                options.evidence,
            )?)),
        })
    }

    /// Writes one row.
    pub fn write(&mut self, row: &Row) -> Result<()> {
        match self {
            Sink::Csv(s) => s.write(row),
            Sink::Jsonl(s) => s.write(row),
            Sink::Xlsx(s) => s.write(row),
        }
    }

    /// The format this sink writes rows in: format rows with it on any
    /// thread, then hand the bytes to [`Sink::write_bytes`].
    pub fn row_format(&self) -> RowFormat {
        match self {
            Sink::Csv(s) => RowFormat::Csv(s.format().clone()),
            Sink::Jsonl(s) => RowFormat::Jsonl(s.format().clone()),
            Sink::Xlsx(s) => RowFormat::Xlsx(s.format().clone()),
        }
    }

    /// Writes rows formatted by this sink's [`Sink::row_format`].
    pub fn write_bytes(&mut self, bytes: &[u8]) -> Result<()> {
        match self {
            Sink::Csv(s) => s.write_bytes(bytes),
            Sink::Jsonl(s) => s.write_bytes(bytes),
            Sink::Xlsx(s) => s.write_bytes(bytes),
        }
    }

    /// The temporary file being written, for file output (see
    /// [`Destination::temp_path`]).
    pub fn temp_path(&self) -> Option<&Path> {
        match self {
            Sink::Csv(s) => s.temp_path(),
            Sink::Jsonl(s) => s.temp_path(),
            Sink::Xlsx(s) => s.temp_path(),
        }
    }

    /// A warning about the output to show once, when there is one (xlsx:
    /// the scores went on to a second sheet). Ask after writing rows.
    pub fn take_warning(&mut self) -> Option<String> {
        match self {
            Sink::Csv(_) | Sink::Jsonl(_) => None,
            Sink::Xlsx(s) => s.take_warning(),
        }
    }

    /// Writes whatever follows the last row, leaving only the final flush
    /// and rename to [`Sink::finish`]: nothing for CSV and JSON lines, the
    /// whole workbook for xlsx (the long part of ending a run, which should
    /// not hold off Ctrl-C).
    pub fn complete(&mut self) -> Result<()> {
        match self {
            Sink::Csv(_) | Sink::Jsonl(_) => Ok(()),
            Sink::Xlsx(s) => s.complete(),
        }
    }

    /// Flushes everything and, for file output, renames the temporary file
    /// over the target. Dropping a sink without calling this deletes the
    /// temporary file and leaves any existing target untouched.
    pub fn finish(self) -> Result<()> {
        match self {
            Sink::Csv(s) => s.finish(),
            Sink::Jsonl(s) => s.finish(),
            Sink::Xlsx(s) => s.finish(),
        }
    }
}

/// Helpers shared by the output tests.
#[cfg(test)]
pub(crate) mod testing {
    use std::io::Write;
    use std::sync::{Arc, Mutex};

    /// A writer whose bytes a test can read after the sink is finished.
    #[derive(Clone, Default)]
    pub(crate) struct Shared(pub(crate) Arc<Mutex<Vec<u8>>>);

    impl Write for Shared {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::testing::Shared;
    use super::*;
    use crate::score::RoleScores;

    fn rows() -> Vec<Row> {
        let scored = |probabilities: Vec<f64>, top_role, evidence| {
            Ok(Scored {
                words: 12,
                hits: 3,
                scores: RoleScores {
                    probabilities,
                    relevance: 0.123_45,
                    top_role,
                    confidence: 0.999_95,
                    evidence,
                },
            })
        };
        vec![
            Row {
                source: Arc::from("dir/a,b \"q\".jsonl"),
                posting_id: "=1+1".into(),
                result: scored(vec![0.5, 0.25, 0.125, 0.125], Some(1), vec![(0, 2), (3, 1)]),
            },
            Row {
                source: Arc::from("-"),
                posting_id: "line:2".into(),
                result: Err("line 2 is not valid JSON: \"x\",\nat line 1".into()),
            },
            Row {
                source: Arc::from("\tx.txt"),
                posting_id: String::new(),
                result: scored(vec![0.0, 1.0, 0.0, 0.0], None, vec![]),
            },
        ]
    }

    /// The bytes of a sink fed rows one by one with `write`, and of one fed
    /// the same rows formatted by its `row_format` through `write_bytes`.
    fn both_ways(options: &Options) -> (Vec<u8>, Vec<u8>) {
        let lexicon = Lexicon::builtin();
        let (direct, formatted) = (Shared::default(), Shared::default());
        let mut sink = Sink::new(
            Destination::writer(direct.clone(), "<a>"),
            &lexicon,
            options,
        )
        .unwrap();
        for row in &rows() {
            sink.write(row).unwrap();
        }
        sink.finish().unwrap();
        let mut sink = Sink::new(
            Destination::writer(formatted.clone(), "<b>"),
            &lexicon,
            options,
        )
        .unwrap();
        let format = sink.row_format();
        for row in &rows() {
            let mut bytes = Vec::new();
            format.write_row(row, &mut bytes);
            sink.write_bytes(&bytes).unwrap();
        }
        sink.finish().unwrap();
        let direct = direct.0.lock().unwrap().clone();
        let formatted = formatted.0.lock().unwrap().clone();
        (direct, formatted)
    }

    #[test]
    fn rows_formatted_elsewhere_are_written_identically() {
        for (format, bom, crlf, codes) in [
            (Format::Csv, false, false, false),
            (Format::Csv, true, true, false),
            (Format::Csv, false, true, true),
            (Format::Jsonl, false, false, false),
        ] {
            let options = Options {
                format,
                evidence: 1,
                bom,
                crlf,
                codes,
            };
            let (direct, formatted) = both_ways(&options);
            assert_eq!(direct, formatted, "{options:?}");
            assert_eq!(direct.starts_with(csv::BOM), bom);
        }
        // The CSV's quoting and guards, as the csv crate writes them.
        let (csv, _) = both_ways(&Options::default());
        let text = String::from_utf8(csv).unwrap();
        let lines: Vec<&str> = text.split_inclusive('\n').collect();
        assert!(lines[1].starts_with("\"dir/a,b \"\"q\"\".jsonl\",'=1+1,12,3,0.1235,"));
        assert!(lines[2].starts_with("-,line:2,,,,"));
        assert!(lines[2].ends_with(",\"line 2 is not valid JSON: \"\"x\"\",\n"));
        assert_eq!(lines[3], "at line 1\"\n");
        assert!(lines[4].starts_with("'\tx.txt,,12,3,"));
    }
}
