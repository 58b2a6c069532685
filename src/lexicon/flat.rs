//! Flat lexicons: the `role<TAB>term<TAB>weight` tables users keep in a
//! spreadsheet (`.tsv`, or `.csv` with commas).
//!
//! The header names the columns `role`, `term`, `weight` and, optionally,
//! `options` (`case`, `exact`, `title`, as in `.lex`). A role is given by id
//! (`it_manager`) or label (`IT Manager`, whose id is made by lower-casing
//! and joining words with `_`); the role `relevance` sets a term's relevance
//! weight. A term listed for several roles becomes one entry. The table is
//! turned into `.lex` term lines that keep their line numbers and validated
//! by the same parser, so a bad row is reported as `file:line` with the fix.
//! Without any `relevance` rows every posting counts as relevant (relevance
//! 1), as for a lexicon derived without a background.

use std::collections::HashMap;

use super::record_lines::RecordLines;
use super::{parse, Lexicon, Role};
use crate::error::{Error, ErrorKind, LexiconProblem, Result};

/// Parses a flat lexicon; `delimiter` is `\t` or `,`.
pub(super) fn parse_flat(text: &str, origin: &str, delimiter: u8) -> Result<Lexicon> {
    let mut rdr = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(text.as_bytes());
    let columns = Columns::from_header(&mut rdr, origin)?;
    let mut lines = RecordLines::new(text);
    let mut table = TermLines::new(origin);
    for record in rdr.records() {
        let record = record.map_err(|e| {
            let line = e.position().map_or(0, |p| lines.line_at(p.byte()));
            problem(
                origin,
                line,
                "",
                format!("bad row: {e}"),
                "check the quoting of that row",
            )
        })?;
        let line = record
            .position()
            .map_or(table.lines.len() + 1, |p| lines.line_at(p.byte()));
        table.add_row(&record, line, &columns);
    }
    let mut roles = table.roles;
    let n = roles.len() as f64;
    for r in &mut roles {
        r.prior = 1.0 / n;
    }
    let fragment = table.lines.join("\n");
    let mut problems = table.problems;
    let parsed = parse::parse_with(&fragment, origin, Some(&roles));
    if let Err(e) = &parsed {
        if e.lexicon_problems().is_empty() || problems.is_empty() {
            return parsed;
        }
        problems.extend(e.lexicon_problems().iter().cloned());
    }
    if !problems.is_empty() {
        problems.sort_by_key(|p| p.line);
        return Err(Error::from(ErrorKind::Lexicon(problems)));
    }
    let mut lexicon = parsed?;
    lexicon.origin = origin.to_string();
    lexicon.name = origin.rsplit('/').next().unwrap_or(origin).to_string();
    if lexicon.entries.iter().all(|e| e.relevance == 0.0) {
        lexicon.model.relevance_bias = 10.0;
    }
    Ok(lexicon)
}

/// The error for one problem in the table `origin`.
fn problem(origin: &str, line: usize, entry: &str, message: String, fix: &str) -> Error {
    Error::from(ErrorKind::Lexicon(vec![LexiconProblem {
        file: origin.to_string(),
        line,
        entry: entry.to_string(),
        message,
        fix: fix.to_string(),
    }]))
}

/// Where the header puts each column.
struct Columns {
    role: usize,
    term: usize,
    weight: usize,
    options: Option<usize>,
}

impl Columns {
    /// Reads the header; it must name the columns `role`, `term` and `weight`.
    fn from_header(rdr: &mut csv::Reader<&[u8]>, origin: &str) -> Result<Columns> {
        let header: Vec<String> = rdr
            .headers()
            .map_err(|e| {
                problem(
                    origin,
                    1,
                    "",
                    format!("cannot read the header: {e}"),
                    "save the table as UTF-8 text",
                )
            })?
            .iter()
            .map(|h| h.trim().to_ascii_lowercase())
            .collect();
        let col = |name: &str| header.iter().position(|h| h == name);
        let (Some(role), Some(term), Some(weight)) = (col("role"), col("term"), col("weight"))
        else {
            return Err(problem(
                origin,
                1,
                &header.join(" | "),
                "the header must name the columns role, term and weight".into(),
                "make the first row 'role<TAB>term<TAB>weight' (optionally '<TAB>options')",
            ));
        };
        Ok(Columns {
            role,
            term,
            weight,
            options: col("options"),
        })
    }
}

/// The table turned into `.lex` term lines, each on the line of its row
/// in the table (so problems keep their line numbers), and the roles its
/// rows name.
struct TermLines<'a> {
    origin: &'a str,
    lines: Vec<String>,
    roles: Vec<Role>,
    /// The line of each term's first row, by lower-cased term and options.
    first_line: HashMap<String, usize>,
    /// Rows that cannot become a term line.
    problems: Vec<LexiconProblem>,
}

impl TermLines<'_> {
    /// No term lines yet, only the header's line.
    fn new(origin: &str) -> TermLines<'_> {
        TermLines {
            origin,
            lines: vec!["# header".to_string()],
            roles: Vec::new(),
            first_line: HashMap::new(),
            problems: Vec::new(),
        }
    }

    /// Adds the row that starts on line `line`: a term line, or, for a term
    /// already listed with the same options, another weight on that term's
    /// line. Blank rows add nothing; a row with a line break inside a cell
    /// is a problem.
    fn add_row(&mut self, record: &csv::StringRecord, line: usize, columns: &Columns) {
        while self.lines.len() < line {
            self.lines.push("#".to_string());
        }
        let get = |c: usize| record.get(c).unwrap_or("").trim();
        let (role, term, weight) = (get(columns.role), get(columns.term), get(columns.weight));
        let options = columns.options.map_or("", get);
        if role.is_empty() && term.is_empty() {
            return;
        }
        if [role, term, weight, options]
            .iter()
            .any(|c| c.contains(['\n', '\r']))
        {
            self.problems.push(LexiconProblem {
                file: self.origin.to_string(),
                line,
                entry: term.lines().next().unwrap_or("").to_string(),
                message: "a cell of this row holds a line break".to_string(),
                fix: "write each cell on one line (a quoted cell may not span lines)".to_string(),
            });
            return;
        }
        let id = self.role_named(role);
        let key = format!("{}\u{1f}{options}", term.to_lowercase());
        match self.first_line.get(&key) {
            // Another role's weight for a term already listed: add it there.
            Some(&at) => {
                let parts: Vec<&str> = self.lines[at - 1].splitn(2, " | ").collect();
                let (head, rest) = (parts[0], parts.get(1).copied().unwrap_or(""));
                self.lines[at - 1] = format!("{head} | {id}={weight} {rest}");
                self.lines[line - 1] = format!("# row merged into line {at}");
            }
            None => {
                self.first_line.insert(key, line);
                self.lines[line - 1] = format!("{term} | {id}={weight} | {options} |");
            }
        }
    }

    /// The id of the role a row names (by id or label), declared at its first
    /// row; `relevance` names the relevance weight, not a role.
    fn role_named(&mut self, role: &str) -> String {
        if role == "relevance" {
            return role.to_string();
        }
        let id = role_id(role);
        if !self.roles.iter().any(|r| r.id == id) {
            self.roles.push(Role {
                id: id.clone(),
                label: role.to_string(),
                prior: 1.0,
                bias: 0.0,
                code: None,
            });
        }
        id
    }
}

/// `IT Manager` → `it_manager`; an id stays as it is.
fn role_id(role: &str) -> String {
    let mut id = String::new();
    for word in role
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !id.is_empty() {
            id.push('_');
        }
        id.push_str(&word.to_lowercase());
    }
    id
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_becomes_a_lexicon() {
        let tsv = "role\tterm\tweight\toptions\n\
                   IT Manager\tITIL\t1.5\tcase\n\
                   it_project_manager\tvendor management\t1.2\t\n\
                   IT Manager\tvendor management\t0.3\t\n\
                   relevance\tvendor management\t0.8\t\n\
                   Project Manager\tmanag*\t0.2\t\n";
        let lex = parse_flat(tsv, "roles.tsv", b'\t').unwrap_or_else(|e| panic!("{e}"));
        let ids: Vec<&str> = lex.roles.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, ["it_manager", "it_project_manager", "project_manager"]);
        assert_eq!(lex.roles[0].label, "IT Manager");
        assert_eq!(lex.entries.len(), 3);
        assert!(lex.entries[0].case_sensitive);
        assert_eq!(lex.entries[1].weights, vec![0.3, 1.2, 0.0]);
        assert_eq!(lex.entries[1].relevance, 0.8);
        assert!(lex.entries[2].wildcard);
        assert_eq!(lex.model.relevance_bias, -3.0);
    }

    #[test]
    fn bad_rows_name_their_line() {
        let tsv = "role\tterm\tweight\nit_manager\tITIL\tlots\nit_manager\tma*\t1\n";
        let err = parse_flat(tsv, "x.tsv", b'\t').unwrap_err();
        let lines: Vec<usize> = err.lexicon_problems().iter().map(|p| p.line).collect();
        assert_eq!(lines, [2, 3], "{err}");
        let err = parse_flat("a\tb\n", "y.tsv", b'\t').unwrap_err();
        assert!(err.to_string().contains("role, term and weight"), "{err}");
    }

    /// Lines are the table's own, whatever its line ends, blank lines or
    /// quoted line breaks; a line break inside a cell is a problem of its
    /// own, reported beside the others.
    #[test]
    fn problems_name_the_tables_own_lines() {
        for end in ["\n", "\r\n"] {
            let tsv = [
                "role\tterm\tweight",
                "",
                "it_manager\tITIL\t1",
                "",
                "",
                "it_manager\tITSM\tlots",
                "",
            ]
            .join(end);
            let err = parse_flat(&tsv, "e.tsv", b'\t').unwrap_err();
            let lines: Vec<usize> = err.lexicon_problems().iter().map(|p| p.line).collect();
            assert_eq!(lines, [6], "{end:?}: {err}");
        }
        let tsv = "role\tterm\tweight\nit_manager\t\"IT\nIL\"\t1\nit_manager\tITSM\tlots\n";
        let err = parse_flat(tsv, "q.tsv", b'\t').unwrap_err();
        let problems = err.lexicon_problems();
        let lines: Vec<usize> = problems.iter().map(|p| p.line).collect();
        assert_eq!(lines, [2, 4], "{err}");
        assert!(problems[0].message.contains("line break"), "{err}");
        assert!(problems[1].message.contains("bad weight"), "{err}");
    }

    #[test]
    fn without_relevance_rows_everything_is_relevant() {
        let lex = parse_flat("role,term,weight\nA,x,1\nB,y,1\n", "z.csv", b',').unwrap();
        assert_eq!(lex.model.relevance_bias, 10.0);
    }
}
