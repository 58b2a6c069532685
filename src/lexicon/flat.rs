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

use super::{parse, Lexicon, Role};
use crate::error::{Error, ErrorKind, LexiconProblem, Result};

/// Parses a flat lexicon; `delimiter` is `\t` or `,`.
pub(super) fn parse_flat(text: &str, origin: &str, delimiter: u8) -> Result<Lexicon> {
    let problem = |line: usize, entry: &str, message: String, fix: &str| {
        Error::from(ErrorKind::Lexicon(vec![LexiconProblem {
            file: origin.to_string(),
            line,
            entry: entry.to_string(),
            message,
            fix: fix.to_string(),
        }]))
    };
    let mut rdr = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(text.as_bytes());
    let header: Vec<String> = rdr
        .headers()
        .map_err(|e| {
            problem(
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
    let (Some(role_col), Some(term_col), Some(weight_col)) =
        (col("role"), col("term"), col("weight"))
    else {
        return Err(problem(
            1,
            &header.join(" | "),
            "the header must name the columns role, term and weight".into(),
            "make the first row 'role<TAB>term<TAB>weight' (optionally '<TAB>options')",
        ));
    };
    let options_col = col("options");

    let mut lines: Vec<String> = vec!["# header".to_string()];
    let mut roles: Vec<Role> = Vec::new();
    let mut first_line: HashMap<String, usize> = HashMap::new();
    for record in rdr.records() {
        let record = record.map_err(|e| {
            problem(
                0,
                "",
                format!("bad row: {e}"),
                "check the quoting of that row",
            )
        })?;
        let line = record
            .position()
            .map_or(lines.len() + 1, |p| p.line() as usize);
        while lines.len() < line {
            lines.push("#".to_string());
        }
        let get = |c: usize| record.get(c).unwrap_or("").trim();
        let (role, term, weight) = (get(role_col), get(term_col), get(weight_col));
        let options = options_col.map_or("", get);
        if role.is_empty() && term.is_empty() {
            continue;
        }
        let id = if role == "relevance" {
            role.to_string()
        } else {
            let id = role_id(role);
            if !roles.iter().any(|r| r.id == id) {
                roles.push(Role {
                    id: id.clone(),
                    label: role.to_string(),
                    prior: 1.0,
                    bias: 0.0,
                    code: None,
                });
            }
            id
        };
        let key = format!("{}\u{1f}{options}", term.to_lowercase());
        match first_line.get(&key) {
            // Another role's weight for a term already listed: add it there.
            Some(&at) => {
                let parts: Vec<&str> = lines[at - 1].splitn(2, " | ").collect();
                let (head, rest) = (parts[0], parts.get(1).copied().unwrap_or(""));
                lines[at - 1] = format!("{head} | {id}={weight} {rest}");
                lines[line - 1] = format!("# row merged into line {at}");
            }
            None => {
                first_line.insert(key, line);
                lines[line - 1] = format!("{term} | {id}={weight} | {options} |");
            }
        }
    }
    let n = roles.len() as f64;
    for r in &mut roles {
        r.prior = 1.0 / n;
    }
    let fragment = lines.join("\n");
    let mut lexicon = parse::parse_with(&fragment, origin, Some(&roles))?;
    lexicon.origin = origin.to_string();
    lexicon.name = origin.rsplit('/').next().unwrap_or(origin).to_string();
    if lexicon.entries.iter().all(|e| e.relevance == 0.0) {
        lexicon.model.relevance_bias = 10.0;
    }
    Ok(lexicon)
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

    #[test]
    fn without_relevance_rows_everything_is_relevant() {
        let lex = parse_flat("role,term,weight\nA,x,1\nB,y,1\n", "z.csv", b',').unwrap();
        assert_eq!(lex.model.relevance_bias, 10.0);
    }
}
