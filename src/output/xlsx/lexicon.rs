//! The "Lexicon" sheet: the terms and weights that scored the run, one row
//! per lexicon entry in the lexicon's order.
//!
//! Columns: `term` as the lexicon writes it (`manag*` for a wildcard), one
//! weight column per role (headed with the role id), `relevance`,
//! `options` (`case`, `exact`, `title`, as in a `.lex` line), `line` (in the
//! lexicon file) and `note`. A weight of zero is left blank, as a `.lex`
//! line leaves it out. Written in constant memory, like the scores: an
//! imported dictionary can have a hundred thousand entries.

use rust_xlsxwriter::{Workbook, Worksheet, XlsxError};

use super::cells::fit_cell;
use super::scores::{header_format, share_format};
use crate::lexicon::Lexicon;

/// The sheet's name.
pub const NAME: &str = "Lexicon";

/// The Lexicon sheet of `lexicon`.
pub fn sheet(workbook: &mut Workbook, lexicon: &Lexicon) -> Result<Worksheet, XlsxError> {
    let mut sheet = workbook.new_worksheet_with_constant_memory()?;
    sheet.set_name(NAME)?;
    let roles = lexicon.roles.iter().map(|r| r.id.as_str());
    let columns: Vec<&str> = ["term"]
        .into_iter()
        .chain(roles)
        .chain(["relevance", "options", "line", "note"])
        .collect();
    let header = header_format();
    for (col, name) in (0..).zip(&columns) {
        sheet.write_string_with_format(0, col, *name, &header)?;
        let width = match *name {
            "term" => 28.0,
            "note" => 50.0,
            name => (name.chars().count() as f64 + 4.0).clamp(9.0, 32.0),
        };
        sheet.set_column_width(col, width)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    let weight = share_format();
    for (row, entry) in (1..).zip(&lexicon.entries) {
        sheet.write_string(row, 0, fit_cell(&entry.display()))?;
        let weights = entry.weights.iter().chain([&entry.relevance]);
        for (col, &w) in (1..).zip(weights) {
            if w != 0.0 {
                sheet.write_number_with_format(row, col, w, &weight)?;
            }
        }
        let col = 2 + lexicon.roles.len() as u16;
        sheet.write_string(row, col, entry.options())?;
        if entry.line > 0 {
            sheet.write_number(row, col + 1, entry.line as f64)?;
        }
        sheet.write_string(row, col + 2, fit_cell(&entry.note))?;
    }
    let last_row = lexicon.entries.len() as u32;
    let last_col = columns.len() as u16 - 1;
    sheet.autofilter(0, 0, last_row, last_col)?;
    Ok(sheet)
}
