//! The "Scores" sheets: one row per posting, the CSV's columns and
//! `top_code`, written row by row in constant memory, continued on
//! "Scores (2)", "Scores (3)", ... when a sheet is full.
//!
//! Each sheet has a bold header row, frozen, with an autofilter; fixed
//! column widths (a constant-memory sheet cannot measure its cells);
//! `words` and `hits` as whole numbers, `relevance`, the `p_` columns and
//! `confidence` as numbers shown with four decimals; a 3-colour scale
//! (white at 0, yellow at 0.5, green at 1) on `relevance` and the `p_`
//! columns; every other row shaded; and Excel's "number stored as text"
//! marks turned off, since ids and codes such as `00123` and `11-3021.00`
//! are text on purpose.
//!
//! The rows are not an Excel table: rust_xlsxwriter keeps one entry per cell
//! of a table's range in memory (about 840 MB for a million rows of 15
//! columns, measured), which would undo the constant-memory mode. The
//! autofilter and the banding give what the table's style would.
//!
//! The autofilter, colour scale and banding need the sheet's last row, so
//! they are added when the sheet is full or the run ends. What a sheet
//! holds is a parameter ([`ScoreSheets::new`]'s `max_rows`), so tests can
//! split after a few rows.

use rust_xlsxwriter::{
    Color, ConditionalFormat3ColorScale, ConditionalFormatFormula, ConditionalFormatType, Format,
    FormatBorder, IgnoreError, Workbook, Worksheet, XlsxError,
};

use super::cells::Cell;

/// The rows of an Excel sheet, the header's included.
pub const EXCEL_ROWS: u32 = 1_048_576;

/// The name of the `n`-th scores sheet (1-based).
pub fn sheet_name(n: usize) -> String {
    if n == 1 {
        "Scores".to_string()
    } else {
        format!("Scores ({n})")
    }
}

/// The header's format: bold on a light fill, with a line below.
pub fn header_format() -> Format {
    Format::new()
        .set_bold()
        .set_background_color(Color::RGB(0xDDEBF7))
        .set_border_bottom(FormatBorder::Thin)
}

/// A probability's format: four decimals, as the CSV prints it.
pub fn share_format() -> Format {
    Format::new().set_num_format("0.0000")
}

/// Writes the scores sheets.
pub struct ScoreSheets {
    columns: Vec<String>,
    /// Whether each column holds a probability (four decimals).
    shares: Vec<bool>,
    roles: usize,
    /// Data rows a sheet holds under its header.
    rows_per_sheet: u32,
    share: Format,
    header: Format,
    /// Full sheets, finished.
    done: Vec<Worksheet>,
    current: Worksheet,
    /// Data rows written to `current`.
    rows: u32,
}

impl ScoreSheets {
    /// Starts the first sheet, for the CSV's `columns` (with `top_code`)
    /// of a lexicon with `roles` roles; a sheet holds `max_rows` rows, the
    /// header's included (at least 2, at most [`EXCEL_ROWS`]).
    pub fn new(
        workbook: &mut Workbook,
        columns: Vec<String>,
        roles: usize,
        max_rows: u32,
    ) -> Result<ScoreSheets, XlsxError> {
        assert!((2..=EXCEL_ROWS).contains(&max_rows), "{max_rows} rows");
        let mut shares = vec![false; columns.len()];
        // relevance, the p_ columns, confidence.
        for col in (4..=4 + roles).chain([6 + roles]) {
            shares[col] = true;
        }
        let mut sheets = ScoreSheets {
            columns,
            shares,
            roles,
            rows_per_sheet: max_rows - 1,
            share: share_format(),
            header: header_format(),
            done: Vec::new(),
            current: Worksheet::new(),
            rows: 0,
        };
        sheets.current = sheets.start(workbook, 1)?;
        Ok(sheets)
    }

    /// A new sheet, the `n`-th, with its header, widths and frozen header.
    fn start(&self, workbook: &mut Workbook, n: usize) -> Result<Worksheet, XlsxError> {
        let mut sheet = workbook.new_worksheet_with_constant_memory()?;
        sheet.set_name(sheet_name(n))?;
        for (col, name) in (0..).zip(&self.columns) {
            sheet.write_string_with_format(0, col, name, &self.header)?;
            sheet.set_column_width(col, column_width(name))?;
        }
        sheet.set_freeze_panes(1, 0)?;
        Ok(sheet)
    }

    /// Writes one row's cells, on a new sheet when this one is full; then
    /// returns the new sheet's name.
    pub fn write_row(
        &mut self,
        workbook: &mut Workbook,
        cells: &[Cell<'_>],
    ) -> Result<Option<String>, XlsxError> {
        let mut started = None;
        if self.rows == self.rows_per_sheet {
            let n = self.done.len() + 2;
            let next = self.start(workbook, n)?;
            let mut full = std::mem::replace(&mut self.current, next);
            self.finish_sheet(&mut full, self.rows)?;
            self.done.push(full);
            self.rows = 0;
            started = Some(sheet_name(n));
        }
        self.rows += 1;
        let row = self.rows;
        for ((col, cell), &share) in (0..).zip(cells).zip(&self.shares) {
            match *cell {
                Cell::Blank => {}
                Cell::Number(x) if share => {
                    self.current
                        .write_number_with_format(row, col, x, &self.share)?;
                }
                Cell::Number(x) => {
                    self.current.write_number(row, col, x)?;
                }
                Cell::Text(text) => {
                    self.current.write_string(row, col, text)?;
                }
            }
        }
        Ok(started)
    }

    /// The sheets, the last one finished too, in order.
    pub fn finish(mut self) -> Result<Vec<Worksheet>, XlsxError> {
        let mut last = std::mem::replace(&mut self.current, Worksheet::new());
        self.finish_sheet(&mut last, self.rows)?;
        self.done.push(last);
        Ok(self.done)
    }

    /// What needs the sheet's last row: the autofilter, the colour scale,
    /// the banding, and no "number stored as text" marks.
    fn finish_sheet(&self, sheet: &mut Worksheet, rows: u32) -> Result<(), XlsxError> {
        let last_col = u16::try_from(self.columns.len() - 1).expect("a few columns");
        sheet.autofilter(0, 0, rows, last_col)?;
        if rows == 0 {
            return Ok(());
        }
        // Added first, so its colours win over the banding's.
        // White, not Excel's red, for 0: most probabilities are near 0, and
        // a sheet of red says nothing.
        let scale = ConditionalFormat3ColorScale::new()
            .set_minimum(ConditionalFormatType::Number, 0)
            .set_midpoint(ConditionalFormatType::Number, 0.5)
            .set_maximum(ConditionalFormatType::Number, 1)
            .set_minimum_color(Color::RGB(0xFFFFFF));
        let last_share = u16::try_from(4 + self.roles).expect("a few columns");
        sheet.add_conditional_format(1, 4, rows, last_share, &scale)?;
        let band = ConditionalFormatFormula::new()
            .set_rule("=MOD(ROW(),2)=0")
            .set_format(Format::new().set_background_color(Color::RGB(0xF2F2F2)));
        sheet.add_conditional_format(1, 0, rows, last_col, &band)?;
        sheet.ignore_error_range(1, 0, rows, last_col, IgnoreError::NumberStoredAsText)?;
        Ok(())
    }
}

/// A column's width in characters: wide for the text columns, room for the
/// header and its filter button for the others.
pub fn column_width(name: &str) -> f64 {
    let fixed: f64 = match name {
        "source" => 30.0,
        "posting_id" => 16.0,
        "top_role" => 24.0,
        "evidence" => 60.0,
        "error" => 50.0,
        "top_code" => 12.0,
        _ => 9.0,
    };
    let header = name.chars().count() as f64 + 4.0;
    fixed.max(header.min(32.0))
}
