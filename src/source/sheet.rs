//! Spreadsheets: Excel (`.xlsx`, `.xlsm`, `.xlsb`, `.xls`) and OpenDocument
//! (`.ods`) workbooks, read with calamine, one posting per row.
//!
//! A sheet is read as a CSV file is (see [`super::csv`]): its first row is
//! the header, the text and id columns are found by the same names and
//! flags, and every later row is a posting (`row:N` counts rows after the
//! header, as in CSV). The first sheet is read unless `--sheet` names
//! another. A cell shows as Excel shows it in a cell of the General
//! format: whole numbers without a decimal point (an id of 1001 is `1001`,
//! not `1001.0`), dates as `2026-11-30` (with the time when there is one),
//! `TRUE`/`FALSE`, errors as `#N/A`. Rows with every cell empty (the
//! leftovers of a deleted block) are not postings.
//!
//! A workbook is read whole into memory (the formats need random access);
//! a sheet holds at most 1,048,576 rows.

use std::io::Cursor;
use std::sync::Arc;

use calamine::{Data, Reader};

use super::{Posting, ReadOptions};

/// The postings of the workbook in `bytes` (the file named `source`,
/// whose posting id is `stem` when the whole file fails).
pub fn read(source: &Arc<str>, stem: &str, bytes: Vec<u8>, options: &ReadOptions) -> Vec<Posting> {
    match rows(bytes, options.sheet.as_deref()) {
        Ok(rows) => postings(source, rows, options),
        Err(message) => vec![Posting::error(source, stem, message)],
    }
}

/// The cells of the chosen sheet, as text, row by row.
fn rows(bytes: Vec<u8>, sheet: Option<&str>) -> Result<Vec<Vec<String>>, String> {
    let mut book = calamine::open_workbook_auto_from_rs(Cursor::new(bytes))
        .map_err(|e| format!("not a readable workbook (.xlsx, .xls, .ods): {e}"))?;
    let names = book.sheet_names();
    let name = match sheet {
        Some(wanted) => names
            .iter()
            .find(|n| n.as_str() == wanted)
            .or_else(|| names.iter().find(|n| n.eq_ignore_ascii_case(wanted)))
            .ok_or_else(|| {
                format!(
                    "no sheet '{wanted}' (the workbook has {}); choose one with --sheet",
                    names.join(", ")
                )
            })?,
        None => names
            .first()
            .ok_or_else(|| "the workbook has no sheets".to_string())?,
    }
    .clone();
    let range = book
        .worksheet_range(&name)
        .map_err(|e| format!("cannot read sheet '{name}': {e}"))?;
    Ok(range
        .rows()
        .map(|row| row.iter().map(cell_text).collect())
        .collect())
}

/// The postings of a sheet's rows: the first is the header.
fn postings(source: &Arc<str>, rows: Vec<Vec<String>>, options: &ReadOptions) -> Vec<Posting> {
    let mut rows = rows.into_iter();
    let Some(header) = rows.next() else {
        return Vec::new();
    };
    let (text_column, id_column) = super::csv::columns(&header, options);
    rows.enumerate()
        .filter(|(_, cells)| cells.iter().any(|c| !c.is_empty()))
        .map(|(i, cells)| {
            let row = i + 1;
            let id = id_column
                .and_then(|c| cells.get(c))
                .filter(|s| !s.is_empty())
                .cloned()
                .unwrap_or_else(|| format!("row:{row}"));
            let text = match &text_column {
                // A cell past the row's last filled cell is empty.
                Ok(c) => Ok(cells.get(*c).cloned().unwrap_or_default()),
                Err(message) => Err(message.clone()),
            };
            Posting {
                source: Arc::clone(source),
                id,
                text,
                warning: None,
            }
        })
        .collect()
}

/// A cell as Excel shows it in the General format.
fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) => number_text(*f),
        Data::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_string(),
        Data::DateTime(d) => match d.as_datetime() {
            Some(t) if d.is_datetime() => {
                let full = t.to_string();
                match full.strip_suffix(" 00:00:00") {
                    Some(date) => date.to_string(),
                    None => full,
                }
            }
            _ => number_text(d.as_f64()),
        },
        Data::Error(e) => e.to_string(),
    }
}

/// A number without a decimal point when it is whole (`1001`, not
/// `1001.0`), else its shortest exact form (`61000.5`).
fn number_text(f: f64) -> String {
    if f.fract() == 0.0 && f.abs() < 1e15 {
        format!("{}", f as i64)
    } else {
        f.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_show_as_in_excel() {
        assert_eq!(cell_text(&Data::Float(1001.0)), "1001");
        assert_eq!(cell_text(&Data::Float(61000.5)), "61000.5");
        assert_eq!(cell_text(&Data::Float(-2.0)), "-2");
        assert_eq!(cell_text(&Data::Float(1e20)), "100000000000000000000");
        assert_eq!(cell_text(&Data::Int(7)), "7");
        assert_eq!(cell_text(&Data::Bool(true)), "TRUE");
        assert_eq!(cell_text(&Data::Empty), "");
        let date =
            calamine::ExcelDateTime::new(46356.0, calamine::ExcelDateTimeType::DateTime, false);
        assert_eq!(cell_text(&Data::DateTime(date)), "2026-11-30");
        let noon =
            calamine::ExcelDateTime::new(46356.5, calamine::ExcelDateTimeType::DateTime, false);
        assert_eq!(cell_text(&Data::DateTime(noon)), "2026-11-30 12:00:00");
    }

    #[test]
    fn rows_become_postings_with_the_csv_columns() {
        let source: Arc<str> = Arc::from("book.xlsx");
        let cells = |row: &[&str]| row.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let rows = vec![
            cells(&["Job ID", "Description"]),
            cells(&["1001", "IT project manager"]),
            cells(&["", ""]),
            cells(&["", "no id here"]),
            cells(&["1004"]),
        ];
        let got = postings(&source, rows, &ReadOptions::default());
        let ids: Vec<&str> = got.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids, ["1001", "row:3", "1004"]);
        assert_eq!(got[0].text.as_deref(), Ok("IT project manager"));
        assert_eq!(got[2].text.as_deref(), Ok(""));
        // No text column: every row says so.
        let rows = vec![cells(&["Job ID", "Title"]), cells(&["1", "PM"])];
        let got = postings(&source, rows, &ReadOptions::default());
        assert!(got[0].text.as_ref().unwrap_err().contains("--text-column"));
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]
        /// Any cut or any changed byte of a real workbook gives postings or
        /// one error row, never a panic.
        #[test]
        fn a_damaged_real_workbook_never_panics(
            cut in 0.0f64..=1.0,
            flip in proptest::prelude::any::<(proptest::sample::Index, u8)>(),
        ) {
            let bytes = include_bytes!("../../tests/data/office/postings.xlsx");
            let source: Arc<str> = Arc::from("book.xlsx");
            let options = ReadOptions::default();
            let cut_at = (bytes.len() as f64 * cut) as usize;
            let got = read(&source, "book", bytes[..cut_at].to_vec(), &options);
            proptest::prop_assert!(!got.is_empty() || cut_at == bytes.len());
            let mut flipped = bytes.to_vec();
            let at = flip.0.index(flipped.len());
            flipped[at] ^= flip.1 | 1;
            let _ = read(&source, "book", flipped, &options);
        }
    }

    #[test]
    fn broken_workbooks_and_missing_sheets_are_one_error_row() {
        let source: Arc<str> = Arc::from("book.xlsx");
        let got = read(
            &source,
            "book",
            b"not a workbook".to_vec(),
            &ReadOptions::default(),
        );
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].id, "book");
        assert!(got[0]
            .text
            .as_ref()
            .unwrap_err()
            .starts_with("not a readable workbook"));
    }
}
