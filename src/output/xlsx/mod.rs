//! The xlsx sink: an Excel workbook of the scores, written with
//! rust_xlsxwriter in its constant-memory mode.
//!
//! Sheets, in order:
//!
//! * "Scores" (`scores.rs`): one row per posting, the CSV's columns and
//!   `top_code`; numbers are numbers, ids, codes and all other text are text
//!   cells, so Excel never reads `00123` or `11-3021.00` as a number or a
//!   date. Text is stored as it is: a text cell is never evaluated, so the
//!   CSV's formula guard (`'=...`) is not needed. Error rows are kept as in
//!   the CSV (blank scores, the reason in `error`). Past Excel's 1,048,576
//!   rows the scores go on in "Scores (2)" and so on, each with its header;
//!   [`XlsxSink::take_warning`] says so once.
//! * "Summary" (`summary.rs`): postings, errors, counts by `top_role`, a
//!   chart.
//! * "Lexicon" (`lexicon.rs`): the entries and weights that scored the run.
//!
//! Workers pack each row's cells ([`XlsxFormat`], `cells.rs`); the sink
//! unpacks them on the writer thread, in order, into the current scores
//! sheet. Constant-memory sheets stream their rows to temporary files that
//! have no name in any folder (they vanish with the process, Ctrl-C
//! included), in the folder of the output so a large run does not fill a
//! small `/tmp`. The workbook is assembled at the end
//! ([`XlsxSink::complete`]) into the [`Destination`]: a file is written
//! through its temporary file and renamed only when complete, as for the
//! other formats. xlsx is binary: standard output is refused.

mod cells;
mod lexicon;
mod scores;
mod summary;

use std::path::{Path, PathBuf};

use rust_xlsxwriter::{Workbook, Worksheet, XlsxError};

pub use self::cells::XlsxFormat;
use self::cells::{Cell, Packed, ERROR_ROW};
use self::scores::{ScoreSheets, EXCEL_ROWS};
use self::summary::{About, Tally};
use super::csv::CsvSink;
use super::destination::Destination;
use super::row::Row;
use crate::error::{Error, Result};
use crate::lexicon::Lexicon;

/// The sheets still being written; taken when the workbook is assembled.
struct Open {
    scores: ScoreSheets,
    lexicon: Worksheet,
}

/// Writes rows into an xlsx workbook.
pub struct XlsxSink {
    destination: Destination,
    /// The output's name, for error messages.
    display: PathBuf,
    workbook: Workbook,
    format: XlsxFormat,
    /// `None` once the workbook is assembled.
    open: Option<Open>,
    about: About,
    tally: Tally,
    /// Said once, when the scores first go on to a second sheet.
    warning: Option<String>,
    warned: bool,
    /// Reused buffer for packing rows.
    line: Vec<u8>,
}

impl XlsxSink {
    /// Creates a sink writing the workbook to `destination` (never stdout)
    /// for `lexicon`'s roles; `evidence` is how many terms the evidence
    /// cell lists. The Lexicon sheet is written at once.
    pub fn new(destination: Destination, lexicon: &Lexicon, evidence: usize) -> Result<XlsxSink> {
        XlsxSink::with_sheet_rows(destination, lexicon, evidence, EXCEL_ROWS)
    }

    /// [`XlsxSink::new`] with sheets of `max_rows` rows, header included
    /// (2 to 1,048,576), so tests can fill a sheet.
    pub(crate) fn with_sheet_rows(
        destination: Destination,
        lexicon: &Lexicon,
        evidence: usize,
        max_rows: u32,
    ) -> Result<XlsxSink> {
        if destination.is_stdout() {
            return Err(Error::config(
                "xlsx is a binary file format and is not written to standard output: \
                 give -o FILE.xlsx",
            ));
        }
        let display = destination.display().to_path_buf();
        let mut workbook = Workbook::new();
        // Compressing the sheets is most of the time the workbook takes at
        // the end. On a million rows of scores, level 4 gave a file 1%
        // larger than the default level 6 in 56% of its time (level 1: 60%
        // larger; BENCHMARKS.md).
        workbook.set_zip_compression_level(4);
        if let Some(dir) = destination.temp_path().and_then(Path::parent) {
            workbook
                .set_tempdir(dir)
                .map_err(|e| xlsx_error(&display, e))?;
        }
        let mut columns = CsvSink::columns(lexicon);
        columns.push("top_code".to_string());
        let roles = lexicon.roles.len();
        let open = guarded(&display, || -> std::result::Result<Open, XlsxError> {
            let scores = ScoreSheets::new(&mut workbook, columns, roles, max_rows)?;
            let lexicon = lexicon::sheet(&mut workbook, lexicon)?;
            Ok(Open { scores, lexicon })
        })?;
        Ok(XlsxSink {
            destination,
            display,
            workbook,
            format: XlsxFormat::new(lexicon, evidence),
            open: Some(open),
            about: About::new(lexicon),
            tally: Tally::new(roles),
            warning: None,
            warned: false,
            line: Vec::new(),
        })
    }

    /// The format this sink's rows are packed in, for packing them
    /// elsewhere (see [`XlsxSink::write_bytes`]).
    pub fn format(&self) -> &XlsxFormat {
        &self.format
    }

    /// Writes one row.
    pub fn write(&mut self, row: &Row) -> Result<()> {
        let mut line = std::mem::take(&mut self.line);
        line.clear();
        self.format.write_row(row, &mut line);
        let result = self.write_bytes(&line);
        self.line = line;
        result
    }

    /// Writes rows packed by [`XlsxSink::format`] (or an equal
    /// [`XlsxFormat`]).
    pub fn write_bytes(&mut self, bytes: &[u8]) -> Result<()> {
        let columns = self.format.columns();
        let mut packed = Packed::new(bytes);
        let mut cells: Vec<Cell<'_>> = Vec::with_capacity(columns);
        while !packed.is_empty() {
            let slot = packed.slot();
            cells.clear();
            cells.extend((0..columns).map_while(|_| packed.cell()));
            let count = match slot {
                _ if cells.len() < columns => None,
                Some(ERROR_ROW) => Some(&mut self.tally.errors),
                Some(slot) => self.tally.top_roles.get_mut(slot as usize),
                None => None,
            };
            let Some(count) = count else {
                return Err(Error::config(format!(
                    "{}: bytes given to the xlsx sink are not rows packed by its XlsxFormat",
                    self.display.display()
                )));
            };
            *count += 1;
            self.write_cells(&cells)?;
        }
        Ok(())
    }

    /// Puts one row's cells into the scores sheet.
    fn write_cells(&mut self, cells: &[Cell<'_>]) -> Result<()> {
        let open = self.open.as_mut().ok_or_else(|| {
            Error::config("the workbook is complete: no more rows can be written")
        })?;
        let workbook = &mut self.workbook;
        let started = guarded(&self.display, || open.scores.write_row(workbook, cells))?;
        if let Some(sheet) = started {
            if !self.warned {
                self.warned = true;
                self.warning = Some(format!(
                    "sheet \"Scores\" is full ({} postings under its header; Excel's sheets \
                     hold 1,048,576 rows): the scores go on in sheet \"{sheet}\", with its own header",
                    self.tally.scored() + self.tally.errors - 1
                ));
            }
        }
        Ok(())
    }

    /// A warning to show once, when there is one: the scores went on to a
    /// second sheet.
    pub fn take_warning(&mut self) -> Option<String> {
        self.warning.take()
    }

    /// The temporary file being written, for file output.
    pub fn temp_path(&self) -> Option<&Path> {
        self.destination.temp_path()
    }

    /// Assembles the workbook (the Summary sheet, then every sheet into the
    /// xlsx file's zip container) and writes it to the destination, leaving
    /// only the final flush and rename to [`XlsxSink::finish`]. This is the
    /// long part of the end of a run. Nothing happens the second time.
    pub fn complete(&mut self) -> Result<()> {
        let Some(open) = self.open.take() else {
            return Ok(());
        };
        let (workbook, destination) = (&mut self.workbook, &mut self.destination);
        let (about, tally) = (&self.about, &self.tally);
        guarded(&self.display, || {
            let sheets = open.scores.finish()?;
            let names: Vec<String> = sheets.iter().map(Worksheet::name).collect();
            let summary = summary::sheet(about, tally, &names)?;
            for sheet in sheets {
                workbook.push_worksheet(sheet);
            }
            workbook.push_worksheet(summary);
            workbook.push_worksheet(open.lexicon);
            workbook.save_to_writer(destination)
        })
    }

    /// Completes the workbook ([`XlsxSink::complete`]), flushes it and, for
    /// file output, renames the temporary file over the target. Dropping a
    /// sink without calling this deletes the temporary file and leaves any
    /// existing target untouched.
    pub fn finish(mut self) -> Result<()> {
        self.complete()?;
        self.destination.finish()
    }
}

/// Runs steps of rust_xlsxwriter's, which panics where it cannot write its
/// temporary files (a full disk): its errors and its panics become the
/// library's error naming the output.
fn guarded<T>(
    output: &Path,
    steps: impl FnOnce() -> std::result::Result<T, XlsxError>,
) -> Result<T> {
    match crate::caught::catch(steps) {
        Ok(result) => result.map_err(|e| xlsx_error(output, e)),
        Err(why) => Err(panic_error(output, &why)),
    }
}

/// The error for a panic of rust_xlsxwriter's, naming the output. A failed
/// write panics with the I/O error's debug form (`Os { code: 28, kind:
/// StorageFull, message: "No space left on device" }`); its message is
/// what the user needs.
fn panic_error(output: &Path, why: &str) -> Error {
    let message = why
        .split_once("message: \"")
        .and_then(|(_, rest)| rest.split_once('"'))
        .map_or(why, |(message, _)| message);
    let io = std::io::Error::other(format!("could not write the workbook: {message}"));
    Error::io(output, io)
}

/// A rust_xlsxwriter error as the library's error, naming the output; I/O
/// errors stay I/O errors (a closed pipe is then told apart as for the
/// other formats).
fn xlsx_error(output: &Path, err: XlsxError) -> Error {
    let io = match err {
        XlsxError::IoError(e) | XlsxError::ZipError(zip::result::ZipError::Io(e)) => e,
        XlsxError::TempFileError(dir, e) => std::io::Error::new(
            e.kind(),
            format!("cannot write a temporary file in {}: {e}", dir.display()),
        ),
        other => std::io::Error::other(format!("could not write the workbook: {other}")),
    };
    Error::io(output, io)
}

#[cfg(test)]
mod tests {
    use std::io::Cursor;
    use std::sync::Arc;

    use calamine::{Data, Reader};
    use proptest::prelude::*;

    use super::*;
    use crate::output::testing::Shared;
    use crate::output::Scored;
    use crate::score::RoleScores;

    /// `n` rows of the built-in lexicon's roles, every third an error row,
    /// with ids `r0`, `r1`, ...
    fn rows(n: usize) -> Vec<Row> {
        (0..n)
            .map(|i| Row {
                source: Arc::from("a.jsonl"),
                posting_id: format!("r{i}"),
                result: if i % 3 == 2 {
                    Err(format!("line {i} is not JSON"))
                } else {
                    Ok(Scored {
                        words: i,
                        hits: 1,
                        scores: RoleScores {
                            probabilities: vec![0.25; 4],
                            relevance: 0.5,
                            top_role: Some(i % 4),
                            confidence: 0.25,
                            evidence: vec![(0, 1)],
                        },
                    })
                },
            })
            .collect()
    }

    /// The workbook of `rows` with sheets of `max_rows` rows, and the
    /// warnings the sink gave as it went.
    fn workbook(rows: &[Row], max_rows: u32) -> (Vec<u8>, Vec<String>) {
        let out = Shared::default();
        let destination = Destination::writer(out.clone(), "<t>");
        let lexicon = Lexicon::builtin();
        let mut sink = XlsxSink::with_sheet_rows(destination, &lexicon, 5, max_rows).unwrap();
        let mut warnings = Vec::new();
        for row in rows {
            sink.write(row).unwrap();
            warnings.extend(sink.take_warning());
        }
        sink.finish().unwrap();
        let bytes = out.0.lock().unwrap().clone();
        (bytes, warnings)
    }

    /// Every sheet's name and cells, in order.
    fn sheets(bytes: Vec<u8>) -> Vec<(String, Vec<Vec<Data>>)> {
        let mut book = calamine::open_workbook_auto_from_rs(Cursor::new(bytes)).unwrap();
        let names = book.sheet_names();
        names
            .into_iter()
            .map(|name| {
                let range = book.worksheet_range(&name).unwrap();
                let cells = range.rows().map(<[Data]>::to_vec).collect();
                (name, cells)
            })
            .collect()
    }

    #[test]
    fn full_sheets_go_on_in_the_next_with_one_warning() {
        let (bytes, warnings) = workbook(&rows(12), 6);
        let sheets = sheets(bytes);
        let names: Vec<&str> = sheets.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            ["Scores", "Scores (2)", "Scores (3)", "Summary", "Lexicon"]
        );
        for (i, rows) in [5, 5, 2].into_iter().enumerate() {
            let cells = &sheets[i].1;
            assert_eq!(cells.len(), 1 + rows, "{}", sheets[i].0);
            assert_eq!(cells[0][0], Data::String("source".into()));
            assert_eq!(cells[0].last(), Some(&Data::String("top_code".into())));
        }
        assert_eq!(sheets[1].1[1][1], Data::String("r5".into()));
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(
            warnings[0].contains("5 postings under its header")
                && warnings[0].contains("\"Scores (2)\""),
            "{}",
            warnings[0]
        );
        // The summary counts rows of every sheet: 12 postings, 4 errors.
        let summary = &sheets[3].1;
        assert_eq!(summary[0][1], Data::Float(12.0));
        assert_eq!(summary[2][1], Data::Float(4.0));
        assert_eq!(
            summary[4][1],
            Data::String("Scores, Scores (2), Scores (3)".into())
        );
    }

    /// rust_xlsxwriter's panics (it panics when a write of its temporary
    /// files fails) become an error naming the output, with the I/O
    /// error's own message; its errors stay errors.
    #[test]
    fn panics_of_the_writer_are_errors_naming_the_output() {
        let out = Path::new("/full/scores.xlsx");
        let err = guarded(out, || -> std::result::Result<(), XlsxError> {
            let e = std::io::Error::from_raw_os_error(28);
            panic!("Couldn't write to xml file: {e:?}")
        })
        .unwrap_err();
        let text = err.to_string();
        assert!(text.starts_with("/full/scores.xlsx: "), "{text}");
        assert!(
            text.contains("could not write the workbook: No space left on device"),
            "{text}"
        );
        let err = guarded(out, || -> std::result::Result<(), XlsxError> {
            panic!("odd")
        })
        .unwrap_err();
        assert!(
            err.to_string()
                .ends_with("could not write the workbook: odd"),
            "{err}"
        );
        let err = guarded(out, || -> std::result::Result<(), XlsxError> {
            Err(XlsxError::IoError(std::io::Error::from_raw_os_error(28)))
        })
        .unwrap_err();
        assert!(err.io_error().is_some(), "{err}");
    }

    #[test]
    fn stdout_is_refused() {
        let lexicon = Lexicon::builtin();
        let err = XlsxSink::new(Destination::stdout(), &lexicon, 5)
            .err()
            .unwrap();
        assert!(err.to_string().contains("give -o FILE.xlsx"), "{err}");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(24))]

        /// Split over sheets of any size, the rows are all there, in order,
        /// each sheet full but the last, each with its header.
        #[test]
        fn split_keeps_every_row_in_order(n in 0usize..40, max_rows in 2u32..9) {
            let (bytes, warnings) = workbook(&rows(n), max_rows);
            let per_sheet = max_rows as usize - 1;
            let sheets = sheets(bytes);
            let scores: Vec<_> = sheets.iter().filter(|(name, _)| name.starts_with("Scores")).collect();
            prop_assert_eq!(scores.len(), n.div_ceil(per_sheet).max(1));
            prop_assert_eq!(warnings.len(), usize::from(n > per_sheet));
            let mut ids = Vec::new();
            for (i, (name, cells)) in scores.iter().enumerate() {
                prop_assert_eq!(name, &scores::sheet_name(i + 1));
                prop_assert_eq!(&cells[0][1], &Data::String("posting_id".into()));
                if i + 1 < scores.len() {
                    prop_assert_eq!(cells.len(), 1 + per_sheet);
                }
                ids.extend(cells[1..].iter().map(|row| row[1].to_string()));
            }
            let want: Vec<String> = (0..n).map(|i| format!("r{i}")).collect();
            prop_assert_eq!(ids, want);
        }
    }
}
