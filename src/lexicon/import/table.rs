//! Reading table dictionaries: LIWC-22's `.dicx`, or a `.csv` of the same
//! shape, as spreadsheets and other dictionary collections save them.
//!
//! The first non-blank row is the header: the term column's title, then
//! one category name per column. Each later row is an entry: its term in
//! the first column, and in a category's column `X` (either case) for
//! membership, a number for a weighted membership (`0.5`, `-1`, `1,5` with
//! a decimal comma), or nothing. The delimiter (comma, semicolon or tab)
//! is told from the header row; quoted fields follow RFC 4180 (the `csv`
//! crate).
//!
//! A cell that is neither `X` nor a number, a marked cell under a column
//! without a name, or one beyond the header's columns is left out with a
//! notice; a row left with no category, or with no term, is skipped with
//! one. Weights beyond the `.lex` limit of ±[`MAX_WEIGHT`] (collections
//! often scale weights to 100) are all multiplied by one factor that
//! brings the largest to the limit, keeping their ratios, with a notice.

use std::collections::BTreeMap;

use super::super::parse::MAX_WEIGHT;
use super::super::record_lines::RecordLines;
use super::{quoted, Dictionary, Notice, RawEntry};
use crate::error::{Error, Result};

/// Reads table text; `origin` names the file in notices and errors.
pub(super) fn read(text: &str, origin: &str) -> Result<Dictionary> {
    let delimiter = delimiter(text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut records = reader.records();
    let mut lines = RecordLines::new(text);
    let header = read_header(&mut records, &mut lines, origin, delimiter)?;
    let mut dictionary = Dictionary {
        categories: header.names.clone(),
        entries: Vec::new(),
        notices: header.notices.clone(),
    };
    // Columns without a name whose cells are marked: the first such line.
    let mut unnamed: BTreeMap<usize, usize> = BTreeMap::new();
    for record in records {
        let record = match record {
            Ok(record) => record,
            Err(err) => {
                let line = err.position().map_or(0, |p| lines.line_at(p.byte()));
                let why = format!("unreadable row ({err}); skipped");
                dictionary.notices.push(Notice::skipped(origin, line, why));
                continue;
            }
        };
        let line = record.position().map_or(0, |p| lines.line_at(p.byte()));
        match read_row(&record, line, &header, &mut unnamed) {
            Ok(None) => {}
            Ok(Some((entry, change))) => {
                if let Some(why) = change {
                    dictionary.notices.push(Notice::changed(origin, line, why));
                }
                dictionary.entries.push(entry);
            }
            Err(why) => dictionary.notices.push(Notice::skipped(origin, line, why)),
        }
    }
    for (column, first) in unnamed {
        let why = format!(
            "column {} has no category name in the header (line {}); its cells are left out",
            column + 1,
            header.line
        );
        dictionary.notices.push(Notice::changed(origin, first, why));
    }
    scale_weights(&mut dictionary, origin);
    Ok(dictionary)
}

/// The delimiter of the header row: the most frequent of comma, semicolon
/// and tab outside quotes (comma when none).
fn delimiter(text: &str) -> u8 {
    let header = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let mut counts = [(b',', 0usize), (b';', 0), (b'\t', 0)];
    let mut in_quotes = false;
    for b in header.bytes() {
        if b == b'"' {
            in_quotes = !in_quotes;
        } else if !in_quotes {
            if let Some(slot) = counts.iter_mut().find(|(d, _)| *d == b) {
                slot.1 += 1;
            }
        }
    }
    // The first of the most frequent, so a tie keeps the comma.
    let best = counts.iter().map(|c| c.1).max().unwrap_or(0);
    counts.iter().find(|c| c.1 == best).map_or(b',', |c| c.0)
}

/// The header row: category names, which category each column holds.
struct Header {
    /// Its line.
    line: usize,
    /// Category names, in column order.
    names: Vec<String>,
    /// For each column after the term column: its category, if named.
    columns: Vec<Option<usize>>,
    notices: Vec<Notice>,
}

/// Reads the first non-blank row as the header.
fn read_header(
    records: &mut csv::StringRecordsIter<&[u8]>,
    lines: &mut RecordLines,
    origin: &str,
    delimiter: u8,
) -> Result<Header> {
    let record = records
        .find_map(|r| r.ok().filter(|r| r.iter().any(|c| !c.trim().is_empty())))
        .ok_or_else(|| {
            Error::config(format!(
                "{origin}: empty table: a table dictionary starts with a header row naming the \
                 term column and then one column per category"
            ))
        })?;
    let line = record.position().map_or(1, |p| lines.line_at(p.byte()));
    if record.len() < 2 {
        let name = match delimiter {
            b'\t' => "tab",
            b';' => "semicolon",
            _ => "comma",
        };
        return Err(Error::config(format!(
            "{origin}:{line}: the header row has one column: a table dictionary has the term \
             column, then one column per category, separated by commas, semicolons or tabs \
             (read with {name}s). A LIWC .dic is read with --format dic"
        )));
    }
    let mut header = Header {
        line,
        names: Vec::new(),
        columns: Vec::new(),
        notices: Vec::new(),
    };
    for cell in record.iter().skip(1) {
        let name = cell.trim();
        if name.is_empty() {
            header.columns.push(None);
            continue;
        }
        if let Some(first) = header.names.iter().position(|n| n == name) {
            let why = format!(
                "category {} names two columns ({} and {}); each becomes a role",
                quoted(name),
                header
                    .columns
                    .iter()
                    .position(|c| *c == Some(first))
                    .unwrap_or(0)
                    + 2,
                header.columns.len() + 2
            );
            header.notices.push(Notice::changed(origin, line, why));
        }
        header.columns.push(Some(header.names.len()));
        header.names.push(name.to_string());
    }
    if header.names.is_empty() {
        return Err(Error::config(format!(
            "{origin}:{line}: the header row names no category: after the term column, each \
             column's first cell is its category's name"
        )));
    }
    Ok(header)
}

/// Reads one row: `Ok(None)` for a blank row, `Ok(Some((entry, change)))`
/// with a note on the cells left out, or `Err(why)` when nothing can be
/// imported.
fn read_row(
    record: &csv::StringRecord,
    line: usize,
    header: &Header,
    unnamed: &mut BTreeMap<usize, usize>,
) -> std::result::Result<Option<(RawEntry, Option<String>)>, String> {
    if record.iter().all(|c| c.trim().is_empty()) {
        return Ok(None);
    }
    let term = record.get(0).unwrap_or("").trim().to_string();
    let mut weights = Vec::new();
    let (mut bad, mut beyond) = (Vec::new(), 0usize);
    for (column, cell) in record.iter().enumerate().skip(1) {
        let cell = cell.trim();
        if cell.is_empty() {
            continue;
        }
        match header.columns.get(column - 1) {
            Some(Some(category)) => match weight(cell) {
                Some(w) if w != 0.0 => weights.push((*category, w)),
                Some(_) => {}
                None => bad.push(format!(
                    "{} under {}",
                    quoted(cell),
                    quoted(&header.names[*category])
                )),
            },
            Some(None) => {
                unnamed.entry(column).or_insert(line);
            }
            None => beyond += 1,
        }
    }
    if beyond > 0 {
        let s = if beyond == 1 { "" } else { "s" };
        bad.push(format!("{beyond} cell{s} beyond the header's columns"));
    }
    let left_out = (!bad.is_empty()).then(|| {
        format!(
            "{} left out (a cell is X, a number or blank)",
            bad.join(", ")
        )
    });
    if term.is_empty() {
        return Err("the row has no term in the first column".into());
    }
    if weights.is_empty() {
        return Err(match left_out {
            Some(what) => format!("{}: {what}, so it has no category", quoted(&term)),
            None => format!("{}: no category marked", quoted(&term)),
        });
    }
    let change = left_out.map(|what| format!("{}: {what}", quoted(&term)));
    let entry = RawEntry {
        line,
        term,
        weights,
    };
    Ok(Some((entry, change)))
}

/// A cell's weight: 1 for `X`, else the number it holds (with a decimal
/// point or, when it has none, a decimal comma); `None` if neither.
fn weight(cell: &str) -> Option<f64> {
    if cell.eq_ignore_ascii_case("x") {
        return Some(1.0);
    }
    let number = if cell.contains('.') {
        cell.to_string()
    } else {
        cell.replacen(',', ".", 1)
    };
    // Rust's parser also takes "inf" and "NaN", which no dictionary means.
    number
        .parse::<f64>()
        .ok()
        .filter(|w| w.is_finite() && number.bytes().any(|b| b.is_ascii_digit()))
}

/// Brings weights beyond ±[`MAX_WEIGHT`] within it, all by one factor.
fn scale_weights(dictionary: &mut Dictionary, origin: &str) {
    let largest = dictionary
        .entries
        .iter()
        .flat_map(|e| e.weights.iter().map(|w| w.1.abs()))
        .fold(0.0, f64::max);
    if largest <= MAX_WEIGHT {
        return;
    }
    let factor = MAX_WEIGHT / largest;
    for entry in &mut dictionary.entries {
        for w in &mut entry.weights {
            w.1 = (w.1 * factor).clamp(-MAX_WEIGHT, MAX_WEIGHT);
        }
    }
    let why = format!(
        "weights reach {largest}, beyond the .lex limit of {MAX_WEIGHT}: every weight is \
         multiplied by {factor:.6}, which keeps their ratios"
    );
    dictionary.notices.push(Notice::changed(origin, 0, why));
}

#[cfg(test)]
mod tests {
    use super::super::tests::entry;
    use super::*;

    fn table(text: &str) -> Dictionary {
        read(text, "t.csv").unwrap_or_else(|e| panic!("{e}"))
    }

    fn messages(d: &Dictionary) -> Vec<String> {
        d.notices.iter().map(|n| n.to_string()).collect()
    }

    #[test]
    fn x_cells_and_weights() {
        let d = table(
            "DicTerm,Leadership,Delivery\r\nlead*,X,\r\n\"deadline, hard\",,0.5\r\n,,\r\n\r\nowner,x,-1\r\n",
        );
        assert_eq!(d.categories, ["Leadership", "Delivery"]);
        assert_eq!(
            d.entries,
            [
                entry(2, "lead*", &[(0, 1.0)]),
                entry(3, "deadline, hard", &[(1, 0.5)]),
                entry(6, "owner", &[(0, 1.0), (1, -1.0)]),
            ]
        );
        assert!(d.notices.is_empty(), "{:?}", messages(&d));
    }

    #[test]
    fn semicolons_tabs_and_decimal_commas() {
        let d = table("term;a;b\nprazo;1,5;X\n");
        assert_eq!(d.entries[0].weights, [(0, 1.5), (1, 1.0)]);
        let d = table("term\ta\tb\n\"x;y\"\t\t2\n");
        assert_eq!(d.entries[0].term, "x;y");
        assert_eq!(d.entries[0].weights, [(1, 2.0)]);
        assert_eq!(delimiter("\"a,b,c\";x;y\n"), b';');
        assert_eq!(delimiter("word\n"), b',');
    }

    #[test]
    fn bad_cells_are_left_out_and_rows_without_categories_skipped() {
        let d =
            table("term,a,,b\nok,X,,abc\nnone,,,\nbad,yes,,inf\n,X,,\nwide,X,,,X,1\nghost,,X,\n");
        let terms: Vec<&str> = d.entries.iter().map(|e| e.term.as_str()).collect();
        assert_eq!(terms, ["ok", "wide"]);
        let m = messages(&d);
        assert_eq!(m.len(), 7, "{m:?}");
        assert!(
            m[0].starts_with("t.csv:2: 'ok': 'abc' under 'b' left out"),
            "{m:?}"
        );
        assert_eq!(m[1], "t.csv:3: 'none': no category marked");
        assert!(
            m[2].starts_with("t.csv:4: 'bad': 'yes' under 'a', 'inf' under 'b' left out"),
            "{m:?}"
        );
        assert!(m[2].ends_with("so it has no category"), "{m:?}");
        assert_eq!(m[3], "t.csv:5: the row has no term in the first column");
        assert!(
            m[4].starts_with("t.csv:6: 'wide': 2 cells beyond the header's columns"),
            "{m:?}"
        );
        assert!(m[5].starts_with("t.csv:7: 'ghost': no category"), "{m:?}");
        assert!(
            m[6].starts_with("t.csv:7: column 3 has no category name in the header (line 1)"),
            "{m:?}"
        );
    }

    #[test]
    fn lines_count_crlf_blank_lines_and_quoted_line_breaks() {
        let d = table("\r\n\r\nterm,a\r\n\"two\r\nlines\",X\r\n\r\n,\r\nx,X\r\n");
        let lines: Vec<usize> = d.entries.iter().map(|e| e.line).collect();
        assert_eq!(lines, [4, 8]);
        let d = table("term,a\n\n\n\ny,X\n");
        assert_eq!(d.entries[0].line, 5);
    }

    #[test]
    fn a_cell_with_a_line_break_stays_on_one_notice_line() {
        // Found by the property test of tests/properties.rs.
        let d = table("term,a\ngerente,\"a,\nb\"\n");
        let m = messages(&d);
        assert_eq!(m, ["t.csv:2: 'gerente': 'a,\\nb' under 'a' left out (a cell is X, a number or blank), so it has no category"]);
    }

    #[test]
    fn large_weights_are_scaled_together() {
        let d = table("term,a,b\nx,100,\ny,50,-25\n");
        assert_eq!(d.entries[0].weights, [(0, 10.0)]);
        assert_eq!(d.entries[1].weights, [(0, 5.0), (1, -2.5)]);
        let m = messages(&d);
        assert!(
            m[0].starts_with("t.csv: weights reach 100, beyond the .lex limit of 10"),
            "{m:?}"
        );
    }

    #[test]
    fn headers_that_are_not_tables() {
        for (text, error) in [
            ("", "t.csv: empty table"),
            ("\n,,\n", "t.csv: empty table"),
            ("words\nhello\n", "t.csv:1: the header row has one column"),
            (
                "term,,\nx,X,\n",
                "t.csv:1: the header row names no category",
            ),
        ] {
            let err = read(text, "t.csv").unwrap_err().to_string();
            assert!(err.starts_with(error), "{text:?}: {err}");
        }
        let d = table("term,a,a\nx,X,X\n");
        assert_eq!(d.categories, ["a", "a"]);
        assert!(messages(&d)[0].contains("category 'a' names two columns (2 and 3)"));
    }
}
