//! An xlsx row on its way from a worker to the writer: the typed cells of
//! one [`Row`] (text, number or blank), packed into bytes.
//!
//! The pipeline formats rows into bytes on its workers and hands the bytes
//! to the sink in input order (see [`crate::output`]). A workbook is not
//! made of bytes per row, so [`XlsxFormat`] does on the workers all the
//! work that needs no worksheet: the evidence text, the role and its code,
//! numbers rounded to the CSV's four decimals, text made fit for a cell;
//! and it packs the cells. The sink unpacks them with [`Packed`] and only
//! puts them into the sheet.
//!
//! A packed row is its `top_role` slot (a little-endian `u32`: the role's
//! index, the number of roles for `other`, [`ERROR_ROW`] for a posting that
//! could not be read), then one cell per column, in the CSV's column order
//! with `top_code` last: a tag byte, then a number's `f64` (8 bytes,
//! little-endian) or a text's length (`u32`) and its UTF-8 bytes. Empty
//! text is a blank cell.

use std::borrow::Cow;

use crate::lexicon::Lexicon;
use crate::output::jsonl::round4;
use crate::output::row::{Labels, Row};

/// The slot of a row whose posting could not be read.
pub const ERROR_ROW: u32 = u32::MAX;

/// The most UTF-16 code units an Excel cell holds.
pub const MAX_CELL_UNITS: usize = 32_767;

const BLANK: u8 = 0;
const NUMBER: u8 = 1;
const TEXT: u8 = 2;

/// One cell of a packed row.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Cell<'a> {
    /// Nothing in the cell.
    Blank,
    /// A number.
    Number(f64),
    /// Text, never empty.
    Text(&'a str),
}

/// Packs rows as xlsx cells, from `&self` on any thread.
#[derive(Debug, Clone)]
pub struct XlsxFormat {
    labels: Labels,
}

impl XlsxFormat {
    /// The format for `lexicon`'s columns; `evidence` is how many terms the
    /// evidence cell lists.
    pub fn new(lexicon: &Lexicon, evidence: usize) -> XlsxFormat {
        XlsxFormat {
            labels: Labels::new(lexicon, evidence),
        }
    }

    /// Cells per row: the CSV's columns and `top_code`.
    pub fn columns(&self) -> usize {
        self.labels.roles.len() + 10
    }

    /// Appends `row`, packed, to `out`.
    pub fn write_row(&self, row: &Row, out: &mut Vec<u8>) {
        let roles = self.labels.roles.len();
        let slot = match &row.result {
            Ok(scored) => scored.scores.top_role.unwrap_or(roles) as u32,
            Err(_) => ERROR_ROW,
        };
        out.extend_from_slice(&slot.to_le_bytes());
        push_text(out, &row.source);
        push_text(out, &row.posting_id);
        match &row.result {
            Ok(scored) => {
                let s = &scored.scores;
                push_number(out, scored.words as f64);
                push_number(out, scored.hits as f64);
                push_number(out, round4(s.relevance));
                for &p in &s.probabilities {
                    push_number(out, round4(p));
                }
                push_text(out, self.labels.top_role(s));
                push_number(out, round4(s.confidence));
                push_text(out, &self.labels.evidence(s));
                out.push(BLANK);
                push_text(out, self.labels.top_code(s).unwrap_or(""));
            }
            Err(message) => {
                // words, hits, relevance, the p_ cells, top_role,
                // confidence and evidence are blank, as in the CSV.
                out.resize(out.len() + roles + 6, BLANK);
                push_text(out, message);
                out.push(BLANK);
            }
        }
    }
}

fn push_number(out: &mut Vec<u8>, x: f64) {
    out.push(NUMBER);
    out.extend_from_slice(&x.to_le_bytes());
}

fn push_text(out: &mut Vec<u8>, text: &str) {
    if text.is_empty() {
        out.push(BLANK);
        return;
    }
    let text = fit_cell(text);
    out.push(TEXT);
    let len = u32::try_from(text.len()).expect("a cell holds less than 4 GiB");
    out.extend_from_slice(&len.to_le_bytes());
    out.extend_from_slice(text.as_bytes());
}

/// `text` as a cell can hold it: a NUL (which spreadsheets take for the
/// end of the text, as in the CSV) becomes U+FFFD, and text longer than
/// Excel's 32,767 UTF-16 units is cut there and ends with `…`.
pub fn fit_cell(text: &str) -> Cow<'_, str> {
    let mut text = Cow::Borrowed(text);
    if memchr::memchr(0, text.as_bytes()).is_some() {
        text = Cow::Owned(text.replace('\0', "\u{FFFD}"));
    }
    // A UTF-16 unit per UTF-8 byte at most: short text needs no count.
    if text.len() <= MAX_CELL_UNITS || text.encode_utf16().count() <= MAX_CELL_UNITS {
        return text;
    }
    let mut units = 0;
    let mut cut = 0;
    for (at, c) in text.char_indices() {
        units += c.len_utf16();
        // Room for the `…` (one unit).
        if units > MAX_CELL_UNITS - 1 {
            break;
        }
        cut = at + c.len_utf8();
    }
    Cow::Owned(format!("{}\u{2026}", &text[..cut]))
}

/// Packed rows, read back one row at a time.
#[derive(Debug, Clone)]
pub struct Packed<'a> {
    rest: &'a [u8],
}

impl<'a> Packed<'a> {
    /// The rows packed in `bytes`.
    pub fn new(bytes: &'a [u8]) -> Packed<'a> {
        Packed { rest: bytes }
    }

    /// Whether every row has been read.
    pub fn is_empty(&self) -> bool {
        self.rest.is_empty()
    }

    /// The next row's slot; its cells follow ([`Packed::cell`]). `None` when
    /// the bytes end or are not packed rows.
    pub fn slot(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }

    /// The next cell; `None` when the bytes end or are not packed rows.
    pub fn cell(&mut self) -> Option<Cell<'a>> {
        match *self.take(1)?.first()? {
            BLANK => Some(Cell::Blank),
            NUMBER => Some(Cell::Number(f64::from_le_bytes(
                self.take(8)?.try_into().ok()?,
            ))),
            TEXT => {
                let len = u32::from_le_bytes(self.take(4)?.try_into().ok()?);
                let bytes = self.take(usize::try_from(len).ok()?)?;
                std::str::from_utf8(bytes).ok().map(Cell::Text)
            }
            _ => None,
        }
    }

    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        if self.rest.len() < n {
            return None;
        }
        let (taken, rest) = self.rest.split_at(n);
        self.rest = rest;
        Some(taken)
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::output::Scored;
    use crate::score::RoleScores;

    /// Every cell of the packed rows in `bytes`, row by row, with the slots.
    fn unpack(bytes: &[u8], columns: usize) -> Vec<(u32, Vec<Cell<'_>>)> {
        let mut packed = Packed::new(bytes);
        let mut rows = Vec::new();
        while !packed.is_empty() {
            let slot = packed.slot().unwrap();
            let cells = (0..columns).map(|_| packed.cell().unwrap()).collect();
            rows.push((slot, cells));
        }
        rows
    }

    #[test]
    fn rows_pack_into_typed_cells_in_column_order() {
        let lexicon = Lexicon::parse(
            "[roles]\na | A | code=11-3021.00\nb | B\n[terms]\nx | a=1\n",
            "t",
        )
        .unwrap();
        let format = XlsxFormat::new(&lexicon, 5);
        let scored = Row {
            source: Arc::from("f.jsonl"),
            posting_id: "00123".into(),
            result: Ok(Scored {
                words: 4,
                hits: 1,
                scores: RoleScores {
                    probabilities: vec![0.731_058_578_6, 0.268_941_421_4],
                    relevance: 0.000_35,
                    top_role: Some(0),
                    confidence: 0.5,
                    evidence: vec![(0, 1)],
                },
            }),
        };
        let failed = Row {
            source: Arc::from("f.jsonl"),
            posting_id: "line:2".into(),
            result: Err("not JSON\0".into()),
        };
        let mut bytes = Vec::new();
        format.write_row(&scored, &mut bytes);
        format.write_row(&failed, &mut bytes);
        assert_eq!(format.columns(), 12);
        let rows = unpack(&bytes, 12);
        use Cell::{Blank, Number as N, Text as T};
        assert_eq!(
            rows[0],
            (
                0,
                vec![
                    T("f.jsonl"),
                    T("00123"),
                    N(4.0),
                    N(1.0),
                    // Rounded as the CSV prints it.
                    N(0.0003),
                    N(0.7311),
                    N(0.2689),
                    T("a"),
                    N(0.5),
                    T("x\u{d7}1"),
                    Blank,
                    T("11-3021.00"),
                ]
            )
        );
        let mut error_row = vec![T("f.jsonl"), T("line:2")];
        error_row.extend([Blank; 8]);
        error_row.extend([T("not JSON\u{FFFD}"), Blank]);
        assert_eq!(rows[1], (ERROR_ROW, error_row));
    }

    #[test]
    fn long_text_is_cut_to_what_a_cell_holds() {
        let short = "é".repeat(MAX_CELL_UNITS);
        assert!(matches!(fit_cell(&short), Cow::Borrowed(_)));
        // Astral characters take two units: the cut never splits one.
        let long = format!("a{}", "\u{1F600}".repeat(MAX_CELL_UNITS));
        let fitted = fit_cell(&long);
        assert_eq!(fitted.encode_utf16().count(), MAX_CELL_UNITS - 1);
        assert!(fitted.ends_with("\u{1F600}\u{2026}"));
    }

    #[test]
    fn bytes_that_are_not_packed_rows_are_refused() {
        for bytes in [
            &[1u8, 0][..],
            &[0, 0, 0, 0, 9],
            &[0, 0, 0, 0, 2, 5, 0, 0, 0, b'a'],
        ] {
            let mut packed = Packed::new(bytes);
            assert!(
                packed.slot().and_then(|_| packed.cell()).is_none(),
                "{bytes:?}"
            );
        }
    }
}
