//! Making `.lex` text from a [`Dictionary`], the same for both readers.
//!
//! * Categories become roles: the id is the name lower-cased, accents
//!   removed and other characters made `_` (prefixed `c_` where it would
//!   not start with a letter, or would be a reserved id; numbered where two
//!   names give the same id); the label is the name.
//! * Entries become term lines: each term as [`term::convert`] makes it,
//!   weighing its weights for its categories and 1 for relevance. A term
//!   without `*` gets the `exact` option, so that, as in LIWC, it matches
//!   only itself (no plural or possessive endings).
//! * Entries whose terms are the same for the `.lex` parser (the same
//!   term twice, or two spellings that normalize alike) are merged into
//!   the first, with a notice; where both weigh the same category
//!   differently, the first weight is kept.
//!
//! The text is then parsed. Should the parser refuse a term line anyway,
//! that entry is dropped with the parser's reason as its notice and the
//! text made again, so an import never fails on one entry.

use std::collections::hash_map::{Entry as Slot, HashMap};
use std::fmt::Write as _;

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

use super::term::{self, Term};
use super::{quoted, Dictionary, Format, Imported, Notice, RawEntry};
use crate::error::{Error, Result};
use crate::lexicon::{fmt_num, Lexicon, OTHER_ROLE};

/// A role to declare: id and label.
struct RoleLine {
    id: String,
    label: String,
}

/// An entry ready to write: its first line, term and merged weights.
struct Merged {
    line: usize,
    term: Term,
    weights: Vec<(usize, f64)>,
}

/// Makes the `.lex` text for `dictionary`, read from `origin` as `format`.
pub(super) fn build(dictionary: Dictionary, origin: &str, format: Format) -> Result<Imported> {
    let mut notices = dictionary.notices;
    let roles = role_lines(&dictionary.categories);
    let written = dictionary.entries.len();
    let mut terms = merge(dictionary.entries, &roles, origin, &mut notices);
    // A second round is needed only if the parser refuses an entry that
    // `term::convert` let through; a third would mean a bug.
    for _ in 0..3 {
        if terms.is_empty() {
            return Err(nothing_imported(origin, written, &notices));
        }
        let (text, line_terms) = render(origin, format, &roles, &terms);
        let err = match Lexicon::parse(&text, "<imported>") {
            Ok(lexicon) => {
                notices.sort_by_key(|n| n.line);
                return Ok(Imported {
                    text,
                    lexicon,
                    notices,
                });
            }
            Err(err) => err,
        };
        let mut refused: Vec<(usize, String)> = Vec::new();
        for problem in err.lexicon_problems() {
            let Some(&Some(i)) = line_terms.get(problem.line) else {
                return Err(Error::config(format!(
                    "{origin}: the imported lexicon does not parse (please report this): {err}"
                )));
            };
            refused.push((i, problem.message.clone()));
        }
        if refused.is_empty() {
            return Err(err);
        }
        refused.sort_by_key(|r| std::cmp::Reverse(r.0));
        refused.dedup_by_key(|r| r.0);
        for (i, message) in refused {
            let t = terms.remove(i);
            let why = format!(
                "{}: the .lex parser refuses it: {message}",
                quoted(&t.term.display())
            );
            notices.push(Notice::skipped(origin, t.line, why));
        }
    }
    Err(Error::config(format!(
        "{origin}: the imported lexicon does not parse (please report this)"
    )))
}

/// The error for a dictionary none of whose entries could be imported.
fn nothing_imported(origin: &str, written: usize, notices: &[Notice]) -> Error {
    if written == 0 {
        return Error::config(format!(
            "{origin}: nothing to import: the dictionary lists no entries"
        ));
    }
    let first = notices
        .iter()
        .filter(|n| n.skipped)
        .min_by_key(|n| n.line)
        .map_or(String::new(), |n| format!("; the first: {n}"));
    Error::config(format!(
        "{origin}: nothing to import: none of its {written} entries can be written as .lex{first}"
    ))
}

/// Role ids and labels for the category names.
fn role_lines(categories: &[String]) -> Vec<RoleLine> {
    let mut roles: Vec<RoleLine> = Vec::with_capacity(categories.len());
    for (i, name) in categories.iter().enumerate() {
        let base = role_id(name, i);
        let mut id = base.clone();
        let mut n = 1;
        while roles.iter().any(|r| r.id == id) {
            n += 1;
            id = format!("{base}_{n}");
        }
        let label = name
            .replace('|', "/")
            .replace(char::is_control, " ")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let label = if label.is_empty() { id.clone() } else { label };
        roles.push(RoleLine { id, label });
    }
    roles
}

/// A role id for the category `name`, the `index`th: lower-case ASCII
/// letters, digits and single `_`s, starting with a letter.
fn role_id(name: &str, index: usize) -> String {
    let mut id = String::with_capacity(name.len());
    for c in name.nfd().filter(|c| !is_combining_mark(*c)) {
        if c.is_ascii_alphanumeric() {
            id.push(c.to_ascii_lowercase());
        } else if !id.is_empty() && !id.ends_with('_') {
            id.push('_');
        }
    }
    let id = id.trim_end_matches('_');
    if id.is_empty() {
        format!("c{}", index + 1)
    } else if !id.starts_with(|c: char| c.is_ascii_lowercase())
        || id == OTHER_ROLE
        || id == "relevance"
    {
        format!("c_{id}")
    } else {
        id.to_string()
    }
}

/// Converts the entries' terms and merges those the parser would take for
/// one, noting what was skipped, changed or merged.
fn merge(
    entries: Vec<RawEntry>,
    roles: &[RoleLine],
    origin: &str,
    notices: &mut Vec<Notice>,
) -> Vec<Merged> {
    let mut merged: Vec<Merged> = Vec::with_capacity(entries.len());
    let mut index: HashMap<(String, bool), usize> = HashMap::with_capacity(entries.len());
    for entry in entries {
        let (term, change) = match term::convert(&entry.term) {
            Ok(converted) => converted,
            Err(why) => {
                let why = format!("{}: {why}", quoted(&entry.term));
                notices.push(Notice::skipped(origin, entry.line, why));
                continue;
            }
        };
        if let Some(why) = change {
            let why = format!("{}: {why}", quoted(&entry.term));
            notices.push(Notice::changed(origin, entry.line, why));
        }
        match index.entry(term.key()) {
            Slot::Occupied(slot) => {
                let first = &mut merged[*slot.get()];
                let why = merge_into(first, &entry, roles);
                notices.push(Notice::changed(origin, entry.line, why));
            }
            Slot::Vacant(slot) => {
                slot.insert(merged.len());
                merged.push(Merged {
                    line: entry.line,
                    term,
                    weights: entry.weights,
                });
            }
        }
    }
    merged
}

/// Adds `entry`'s weights to `first`'s and says so; a category both weigh
/// keeps `first`'s weight.
fn merge_into(first: &mut Merged, entry: &RawEntry, roles: &[RoleLine]) -> String {
    let mut conflicts = Vec::new();
    for &(category, w) in &entry.weights {
        match first.weights.iter().find(|(c, _)| *c == category) {
            None => first.weights.push((category, w)),
            Some(&(_, kept)) if kept != w => conflicts.push(format!(
                "{}={} (line {} has {})",
                roles[category].id,
                fmt_num(w, 4),
                first.line,
                fmt_num(kept, 4)
            )),
            Some(_) => {}
        }
    }
    let mut why = format!(
        "{}: the same term as {} on line {}; merged into it",
        quoted(&entry.term),
        quoted(&first.term.display()),
        first.line
    );
    if !conflicts.is_empty() {
        let _ = write!(why, ", without its weight {}", conflicts.join(", "));
    }
    why
}

/// The `.lex` text, and for each of its lines the index of the term it
/// holds, if any.
fn render(
    origin: &str,
    format: Format,
    roles: &[RoleLine],
    terms: &[Merged],
) -> (String, Vec<Option<usize>>) {
    let clean = |s: &str| s.replace(char::is_control, " ");
    let kind = match format {
        Format::Dic => "the LIWC .dic",
        Format::Table => "the table dictionary",
    };
    let name = clean(origin.rsplit(['/', '\\']).next().unwrap_or(origin));
    let mut out = format!(
        "# Imported from {kind} {} by `rolescan lexicon import`.\n\
         # Each category is a role; each entry weighs its dictionary weight (1 for a plain\n\
         # member) for its categories and 1 for relevance.\n\n\
         [lexicon]\nname = {}\n\n[roles]\n",
        clean(origin),
        name.trim()
    );
    for role in roles {
        let _ = writeln!(out, "{} | {}", role.id, role.label);
    }
    out.push_str("\n[terms]\n");
    let mut line_terms = vec![None; out.lines().count() + 1];
    for (i, merged) in terms.iter().enumerate() {
        let mut weights = merged.weights.clone();
        weights.sort_by_key(|w| w.0);
        out.push_str(&merged.term.display());
        out.push_str(" |");
        for (category, w) in weights {
            let w = fmt_num(w, 4);
            if w != "0" {
                let _ = write!(out, " {}={w}", roles[category].id);
            }
        }
        out.push_str(" relevance=1");
        if !merged.term.wildcard {
            out.push_str(" | exact");
        }
        out.push('\n');
        line_terms.push(Some(i));
    }
    (out, line_terms)
}

#[cfg(test)]
mod tests {
    use super::super::import_text;
    use super::*;

    #[test]
    fn role_ids_from_category_names() {
        let names: Vec<String> = [
            "posemo",
            "2work",
            "Work Life",
            "work-life",
            "negação",
            "other",
            "%",
            "(Tone)",
            "",
        ]
        .map(String::from)
        .to_vec();
        let roles = role_lines(&names);
        let ids: Vec<&str> = roles.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "posemo",
                "c_2work",
                "work_life",
                "work_life_2",
                "negacao",
                "c_other",
                "c7",
                "tone",
                "c9"
            ]
        );
        assert_eq!(roles[4].label, "negação");
        assert_eq!(roles[8].label, "c9");
    }

    #[test]
    fn duplicates_merge_and_every_import_parses() {
        let dic = "%\n1\tposemo\n2\tnegemo\n%\nfeliz\t1\nFeliz\t2\nfeliz\t1\nab*\t1\ntornando-se*\t1\ntornando se\t2\n";
        let imported = import_text(dic, "x.dic", Format::Dic).unwrap();
        let lex = &imported.lexicon;
        let terms: Vec<(String, &[f64])> = lex
            .entries
            .iter()
            .map(|e| (e.display(), &e.weights[..]))
            .collect();
        assert_eq!(
            terms,
            [
                ("feliz".to_string(), &[1.0, 1.0][..]),
                ("tornando-se".to_string(), &[1.0, 1.0][..]),
            ],
            "{}",
            imported.text
        );
        assert!(lex.entries.iter().all(|e| !e.inflect && e.relevance == 1.0));
        let m: Vec<String> = imported.notices.iter().map(|n| n.to_string()).collect();
        assert_eq!(m.len(), 5, "{m:?}");
        assert!(
            m[0].starts_with("x.dic:6: 'Feliz': the same term as 'feliz' on line 5; merged"),
            "{m:?}"
        );
        assert!(m[1].starts_with("x.dic:7: 'feliz': the same term"), "{m:?}");
        assert!(
            m[2].starts_with("x.dic:8: 'ab*': the stem before '*'"),
            "{m:?}"
        );
        assert!(
            m[3].starts_with("x.dic:9: 'tornando-se*': imported as 'tornando-se'"),
            "{m:?}"
        );
        assert!(
            m[4].starts_with("x.dic:10: 'tornando se': the same term as 'tornando-se' on line 9"),
            "{m:?}"
        );
        assert_eq!((imported.skipped(), imported.changed()), (1, 4));
    }

    #[test]
    fn conflicting_weights_keep_the_first() {
        let table = "term,a,b\nx,2,X\nX,3,\n";
        let imported = import_text(table, "t.csv", Format::Table).unwrap();
        assert_eq!(imported.lexicon.entries[0].weights, [2.0, 1.0]);
        let m = imported.notices[0].to_string();
        assert!(
            m.ends_with("merged into it, without its weight a=3 (line 2 has 2)"),
            "{m}"
        );
    }

    #[test]
    fn nothing_to_import_is_an_error() {
        let err = import_text("%\n1 a\n%\nab*\t1\n", "x.dic", Format::Dic).unwrap_err();
        let err = err.to_string();
        assert!(
            err.starts_with("x.dic: nothing to import: none of its 1 entries"),
            "{err}"
        );
        assert!(err.contains("the first: x.dic:4: 'ab*'"), "{err}");
        let err = import_text("%\n1 a\n%\n", "x.dic", Format::Dic).unwrap_err();
        assert!(err.to_string().contains("lists no entries"), "{err}");
    }

    #[test]
    fn header_and_names_stay_on_their_lines() {
        let imported = import_text("term,a|b\nx,X\n", "dir/we\nird.csv", Format::Table).unwrap();
        assert!(
            imported.text.contains("\nname = we ird.csv\n"),
            "{}",
            imported.text
        );
        assert_eq!(imported.lexicon.roles[0].label, "a/b");
        assert_eq!(imported.lexicon.roles[0].id, "a_b");
    }
}
