//! Reading LIWC `.dic` dictionaries.
//!
//! A `.dic` file opens with a category table between two `%` lines, one
//! `<number> <name>` per line, then lists one entry per line: the term,
//! then the numbers of its categories. The term ends at the first tab when
//! the line has one (so LIWC-22's multi-word entries keep their spaces),
//! else at the first token that looks like a category (a number, or a
//! parenthesis opening a condition). Category numbers match with leading
//! zeros ignored (`02` is `2`).
//!
//! LIWC2007's conditional categories (`like (02 134)125/464 253`: category
//! 125 after a word of category 02 or 134, else 464) have no counterpart
//! in `.lex`: they are left out and the entry keeps its plain categories,
//! with a notice. So are numbers missing from the table. An entry left
//! with no category is skipped, with a notice.
//!
//! A file without the category table is an error (there would be no roles
//! to import into), as is a table that is never closed.

use std::collections::HashMap;

use super::{quoted, Dictionary, Notice, RawEntry};
use crate::error::{Error, Result};

/// Reads `.dic` text; `origin` names the file in notices and errors.
pub(super) fn read(text: &str, origin: &str) -> Result<Dictionary> {
    let mut lines = text.lines().enumerate().map(|(i, l)| (i + 1, l));
    let table = read_categories(&mut lines, origin)?;
    let mut dictionary = Dictionary {
        categories: table.names,
        entries: Vec::new(),
        notices: table.notices,
    };
    for (line, raw) in lines {
        let entry = read_entry(line, raw, &table.by_number);
        match entry {
            Ok(Some((entry, change))) => {
                if let Some(why) = change {
                    dictionary.notices.push(Notice::changed(origin, line, why));
                }
                dictionary.entries.push(entry);
            }
            Ok(None) => {}
            Err(why) => dictionary.notices.push(Notice::skipped(origin, line, why)),
        }
    }
    Ok(dictionary)
}

/// The category table: names in file order and their indexes by number.
struct Categories {
    names: Vec<String>,
    by_number: HashMap<String, usize>,
    notices: Vec<Notice>,
}

/// Reads the category table, from the first non-blank line (which must be
/// `%`) to the closing `%`.
fn read_categories<'a>(
    lines: &mut impl Iterator<Item = (usize, &'a str)>,
    origin: &str,
) -> Result<Categories> {
    let bare = |l: &str| l.trim().trim_start_matches('\u{feff}').trim().to_string();
    let Some((opened, first)) = lines.find(|(_, l)| !bare(l).is_empty()) else {
        return Err(Error::config(format!(
            "{origin}: empty file: a LIWC .dic holds a category table, then its entries"
        )));
    };
    if bare(first) != "%" {
        return Err(no_table(origin, opened, &bare(first)));
    }
    let mut table = Categories {
        names: Vec::new(),
        by_number: HashMap::new(),
        notices: Vec::new(),
    };
    for (line, raw) in lines {
        let raw = raw.trim();
        if raw == "%" {
            if table.names.is_empty() {
                return Err(Error::config(format!(
                    "{origin}:{line}: the category table is empty: list one '<number> <name>' \
                     line per category between the two '%' lines"
                )));
            }
            return Ok(table);
        }
        if !raw.is_empty() {
            add_category(&mut table, line, raw, origin);
        }
    }
    Err(Error::config(format!(
        "{origin}:{opened}: the category table that opens here is not closed by a second '%' line"
    )))
}

/// The error for a file whose first line does not open a category table.
fn no_table(origin: &str, line: usize, first: &str) -> Error {
    let shown: String = first.chars().take(40).collect();
    Error::config(format!(
        "{origin}:{line}: no category table: a LIWC .dic starts with a '%' line, one \
         '<number> <name>' line per category and a second '%' line, but this file starts with \
         '{shown}'. Add the table (the dictionary's documentation lists its categories), or give \
         --format table for a table dictionary"
    ))
}

/// Adds one `<number> <name>` line to the table, or a notice saying why not.
fn add_category(table: &mut Categories, line: usize, raw: &str, origin: &str) {
    let (number, name) = raw
        .split_once(char::is_whitespace)
        .map_or((raw, ""), |(n, rest)| (n, rest.trim()));
    if name.is_empty() {
        let why = format!(
            "category line {} is not '<number> <name>'; ignored",
            quoted(raw)
        );
        table.notices.push(Notice::skipped(origin, line, why));
        return;
    }
    let key = number_key(number);
    if let Some(&first) = table.by_number.get(&key) {
        let why = format!(
            "category number {number} ({}) is already {}; this line is ignored",
            quoted(name),
            quoted(&table.names[first])
        );
        table.notices.push(Notice::skipped(origin, line, why));
        return;
    }
    table.by_number.insert(key, table.names.len());
    table.names.push(name.to_string());
}

/// A category number as entries refer to it: leading zeros dropped.
fn number_key(number: &str) -> String {
    if !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit()) {
        let digits = number.trim_start_matches('0');
        if digits.is_empty() { "0" } else { digits }.to_string()
    } else {
        number.to_string()
    }
}

/// Reads an entry line: `Ok(None)` for a blank line, `Ok(Some((entry,
/// change)))` with a note on what was left out, or `Err(why)` when nothing
/// can be imported.
fn read_entry(
    line: usize,
    raw: &str,
    by_number: &HashMap<String, usize>,
) -> std::result::Result<Option<(RawEntry, Option<String>)>, String> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(None);
    }
    let (term, rest) = split_entry(raw);
    let mut weights: Vec<(usize, f64)> = Vec::new();
    let (mut conditional, mut unknown) = (Vec::new(), Vec::new());
    for reference in references(rest) {
        if reference.contains(['(', ')', '/']) {
            conditional.push(reference);
        } else if let Some(&category) = by_number.get(&number_key(reference)) {
            if weights.iter().all(|&(c, _)| c != category) {
                weights.push((category, 1.0));
            }
        } else {
            unknown.push(reference);
        }
    }
    let left_out = left_out(&conditional, &unknown);
    if weights.is_empty() {
        return Err(match left_out {
            Some(what) => format!("{}: {what}, so it has no category to import", quoted(&term)),
            None => format!("{}: no category numbers after the term", quoted(&term)),
        });
    }
    let change =
        left_out.map(|what| format!("{}: {what}; imported with the others", quoted(&term)));
    let entry = RawEntry {
        line,
        term,
        weights,
    };
    Ok(Some((entry, change)))
}

/// What an entry's categories leave out, in words, if anything.
fn left_out(conditional: &[&str], unknown: &[&str]) -> Option<String> {
    let mut parts = Vec::new();
    if !conditional.is_empty() {
        parts.push(format!(
            "conditional categories {} left out (.lex has no conditions)",
            conditional.join(" ")
        ));
    }
    if !unknown.is_empty() {
        let s = if unknown.len() == 1 { "y" } else { "ies" };
        parts.push(format!(
            "categor{s} {} not in the category table",
            unknown.join(" ")
        ));
    }
    (!parts.is_empty()).then(|| parts.join(", "))
}

/// Splits an entry line into its term and the text of its category
/// references: at the first tab if there is one, else before the first
/// token after the first that starts with a digit or `(`.
fn split_entry(raw: &str) -> (String, &str) {
    let at = match raw.find('\t') {
        Some(tab) => tab,
        None => raw
            .split_whitespace()
            .skip(1)
            .find(|t| t.starts_with(|c: char| c.is_ascii_digit() || c == '('))
            .map_or(raw.len(), |t| offset_in(raw, t)),
    };
    let term = raw[..at].split_whitespace().collect::<Vec<_>>().join(" ");
    (term, &raw[at..])
}

/// The byte offset of `part`, a slice of `whole`, in `whole`.
fn offset_in(whole: &str, part: &str) -> usize {
    part.as_ptr() as usize - whole.as_ptr() as usize
}

/// The category references of an entry: whitespace-separated tokens, where
/// a condition in parentheses stays one token with what follows it
/// (`(02 134)125/464`).
fn references(mut rest: &str) -> Vec<&str> {
    let mut out = Vec::new();
    rest = rest.trim_start();
    while !rest.is_empty() {
        let token_end = |from: usize| {
            rest[from..]
                .find(char::is_whitespace)
                .map_or(rest.len(), |i| from + i)
        };
        let end = if rest.starts_with('(') {
            token_end(rest.find(')').map_or(rest.len(), |i| i + 1))
        } else {
            token_end(0)
        };
        out.push(&rest[..end]);
        rest = rest[end..].trim_start();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::tests::entry;
    use super::*;

    fn dic(text: &str) -> Dictionary {
        read(text, "x.dic").unwrap_or_else(|e| panic!("{e}"))
    }

    fn messages(d: &Dictionary) -> Vec<String> {
        d.notices.iter().map(|n| n.to_string()).collect()
    }

    #[test]
    fn reads_the_table_and_the_entries() {
        let d = dic("\n%\n1\tposemo\n02 negemo\n3\tWork Life\n%\nhappy\t1\nsad*\t2 1\n\nwork 03\n");
        assert_eq!(d.categories, ["posemo", "negemo", "Work Life"]);
        assert_eq!(
            d.entries,
            [
                entry(7, "happy", &[(0, 1.0)]),
                entry(8, "sad*", &[(1, 1.0), (0, 1.0)]),
                entry(10, "work", &[(2, 1.0)]),
            ]
        );
        assert!(d.notices.is_empty(), "{:?}", messages(&d));
    }

    #[test]
    fn multi_word_entries_keep_their_words() {
        let d = dic("%\n1 a\n2 b\n%\nkind of\t1\nthank you 2 1\ncatch 22\t2\n");
        let terms: Vec<&str> = d.entries.iter().map(|e| e.term.as_str()).collect();
        assert_eq!(terms, ["kind of", "thank you", "catch 22"]);
    }

    #[test]
    fn conditional_and_unknown_categories_are_left_out_with_a_notice() {
        let d = dic(
            "%\n2 a\n134 b\n253 c\n%\nlike\t(02 134)125/464\t(02 134)126\t253\nlike 02 (02 134)\nkind\t(02 134)125/464\nfoo\t99\nbar\t2 77\nbaz\n",
        );
        let terms: Vec<(&str, usize)> = d
            .entries
            .iter()
            .map(|e| (e.term.as_str(), e.weights.len()))
            .collect();
        assert_eq!(terms, [("like", 1), ("like", 1), ("bar", 1)]);
        let m = messages(&d);
        assert_eq!(m.len(), 6, "{m:?}");
        assert!(
            m[0].starts_with(
                "x.dic:6: 'like': conditional categories (02 134)125/464 (02 134)126 left out"
            ),
            "{m:?}"
        );
        assert!(
            m[1].starts_with("x.dic:7: 'like': conditional categories (02 134) left out"),
            "{m:?}"
        );
        assert!(
            m[2].contains("x.dic:8: 'kind': conditional") && m[2].contains("no category to import"),
            "{m:?}"
        );
        assert!(
            m[3].contains("x.dic:9: 'foo': category 99 not in the category table, so"),
            "{m:?}"
        );
        assert!(
            m[4].contains("x.dic:10: 'bar': category 77 not in the category table; imported"),
            "{m:?}"
        );
        assert_eq!(m[5], "x.dic:11: 'baz': no category numbers after the term");
        assert_eq!(d.notices.iter().filter(|n| n.skipped).count(), 3);
    }

    #[test]
    fn category_table_problems() {
        let d = dic("%\n1 a\n01 again\nlonely\n2\tb\n%\nx 2\n");
        assert_eq!(d.categories, ["a", "b"]);
        let m = messages(&d);
        assert!(
            m[0].starts_with("x.dic:3: category number 01 ('again') is already 'a'"),
            "{m:?}"
        );
        assert!(m[1].starts_with("x.dic:4: category line 'lonely'"), "{m:?}");
        for (text, error) in [
            ("hello\t1\n", "x.dic:1: no category table"),
            ("\r\n\r\nabacaxi 1 2\r\n", "x.dic:3: no category table"),
            (
                "%\n1 a\n",
                "x.dic:1: the category table that opens here is not closed",
            ),
            ("%\n%\nx 1\n", "x.dic:2: the category table is empty"),
            ("", "x.dic: empty file"),
            (" \n\t\n", "x.dic: empty file"),
        ] {
            let err = read(text, "x.dic").unwrap_err().to_string();
            assert!(err.starts_with(error), "{text:?}: {err}");
        }
        assert!(read("hello\t1\n", "x.dic")
            .unwrap_err()
            .to_string()
            .contains("--format table"));
    }

    #[test]
    fn crlf_and_a_byte_order_mark() {
        let d = dic("\u{feff}%\r\n1\tgestao\r\n%\r\nprazo*\t1\r\n");
        assert_eq!(d.categories, ["gestao"]);
        assert_eq!(d.entries[0].term, "prazo*");
        assert_eq!(d.entries[0].line, 4);
    }

    #[test]
    fn references_keep_conditions_whole() {
        assert_eq!(
            references(" (02 134)125/464\t(02 134)126 253 (1 2"),
            ["(02 134)125/464", "(02 134)126", "253", "(1 2"]
        );
        assert_eq!(number_key("007"), "7");
        assert_eq!(number_key("000"), "0");
        assert_eq!(number_key("x1"), "x1");
    }
}
