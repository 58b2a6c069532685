//! The "Summary" sheet: how many postings the run wrote, how many could not
//! be read, how many went to each `top_role` (with its label and code),
//! and a column chart of those counts. The sink counts the rows as it
//! writes them ([`Tally`]); the sheet is made when the run ends.

use rust_xlsxwriter::{Chart, ChartType, Format, Worksheet, XlsxError};

use super::scores::header_format;
use crate::lexicon::{Lexicon, Role, OTHER_ROLE};

/// The sheet's name.
pub const NAME: &str = "Summary";

/// The row of the `top_role` table's header.
const TABLE_ROW: u32 = 6;

/// Rows written, by what became of them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tally {
    /// Scored rows per `top_role`: each role in the lexicon's order, then
    /// `other`.
    pub top_roles: Vec<u64>,
    /// Rows of postings that could not be read.
    pub errors: u64,
}

impl Tally {
    /// No rows yet, for `roles` roles.
    pub fn new(roles: usize) -> Tally {
        Tally {
            top_roles: vec![0; roles + 1],
            errors: 0,
        }
    }

    /// Rows of scored postings.
    pub fn scored(&self) -> u64 {
        self.top_roles.iter().sum()
    }
}

/// What the sheet says about the lexicon: its name and roles.
#[derive(Debug, Clone)]
pub struct About {
    /// The lexicon's name and where it came from.
    pub lexicon: String,
    /// Its roles.
    pub roles: Vec<Role>,
}

impl About {
    /// What `lexicon` is.
    pub fn new(lexicon: &Lexicon) -> About {
        let origin = if lexicon.origin.starts_with('<') {
            "built in"
        } else {
            &lexicon.origin
        };
        About {
            lexicon: format!("{} ({origin})", lexicon.name),
            roles: lexicon.roles.clone(),
        }
    }
}

/// The Summary sheet for `tally`, naming the sheets the scores are on.
pub fn sheet(
    about: &About,
    tally: &Tally,
    score_sheets: &[String],
) -> Result<Worksheet, XlsxError> {
    let mut sheet = Worksheet::new();
    sheet.set_name(NAME)?;
    let bold = Format::new().set_bold();
    let figures: [(&str, u64); 3] = [
        ("postings", tally.scored() + tally.errors),
        ("scored", tally.scored()),
        ("errors", tally.errors),
    ];
    for (row, (name, n)) in (0..).zip(figures) {
        sheet.write_string_with_format(row, 0, name, &bold)?;
        sheet.write_number(row, 1, n as f64)?;
    }
    sheet.write_string_with_format(3, 0, "lexicon", &bold)?;
    sheet.write_string(3, 1, &about.lexicon)?;
    sheet.write_string_with_format(4, 0, "score sheets", &bold)?;
    sheet.write_string(4, 1, score_sheets.join(", "))?;
    top_role_table(&mut sheet, about, tally)?;
    for (col, width) in (0..).zip([16.0, 28.0, 12.0, 10.0, 9.0]) {
        sheet.set_column_width(col, width)?;
    }
    sheet.insert_chart(0, 6, &chart(about.roles.len()))?;
    Ok(sheet)
}

/// The table of postings per `top_role`: id, label, code, count, share of
/// the scored postings.
fn top_role_table(sheet: &mut Worksheet, about: &About, tally: &Tally) -> Result<(), XlsxError> {
    let header = header_format();
    for (col, name) in (0..).zip(["top_role", "label", "code", "postings", "share"]) {
        sheet.write_string_with_format(TABLE_ROW, col, name, &header)?;
    }
    let percent = Format::new().set_num_format("0.0%");
    let other = (OTHER_ROLE, "none of the roles", None);
    let roles = about
        .roles
        .iter()
        .map(|r| (r.id.as_str(), r.label.as_str(), r.code.as_deref()))
        .chain([other]);
    let scored = tally.scored();
    for ((row, (id, label, code)), &n) in (TABLE_ROW + 1..).zip(roles).zip(&tally.top_roles) {
        sheet.write_string(row, 0, id)?;
        sheet.write_string(row, 1, label)?;
        if let Some(code) = code {
            sheet.write_string(row, 2, code)?;
        }
        sheet.write_number(row, 3, n as f64)?;
        if scored > 0 {
            sheet.write_number_with_format(row, 4, n as f64 / scored as f64, &percent)?;
        }
    }
    Ok(())
}

/// A column chart of the postings per `top_role` in the table.
fn chart(roles: usize) -> Chart {
    let (first, last) = (TABLE_ROW + 1, TABLE_ROW + 1 + roles as u32);
    let mut chart = Chart::new(ChartType::Column);
    chart
        .add_series()
        .set_name("postings")
        .set_categories((NAME, first, 0, last, 0))
        .set_values((NAME, first, 3, last, 3));
    chart.title().set_name("Postings by top role");
    chart.y_axis().set_name("postings");
    chart.legend().set_hidden();
    chart.set_width(640).set_height(360);
    chart
}
