//! Importing LIWC-style `.dic` dictionaries into the `.lex` format.
//!
//! A `.dic` file starts with a category table between two `%` lines
//! (`<number> <name>` per line), then lists words, each followed by the
//! numbers of its categories; a trailing `*` is a suffix wildcard, which the
//! `.lex` format shares. Each category becomes a role (its id made into a
//! lower-case identifier, its name kept as the label) and each word gets
//! weight 1 for each of its categories and relevance 1, so a posting's
//! relevance grows with its dictionary coverage, as LIWC percentages do.
//! Lines the `.lex` format cannot express (LIWC2007's conditional entries,
//! wildcards with stems under 3 letters) are skipped and reported.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use crate::error::{Error, Result};

/// The result of an import: `.lex` text and the lines that were skipped.
#[derive(Debug, Clone)]
pub struct Imported {
    /// The lexicon in `.lex` format.
    pub text: String,
    /// `line N: reason` for each skipped line.
    pub skipped: Vec<String>,
}

/// Converts `.dic` text to `.lex` text. `origin` names the file in messages.
pub fn import(text: &str, origin: &str) -> Result<Imported> {
    let mut lines = text.lines().enumerate();
    // Skip blank lines and a UTF-8 BOM before the opening '%'.
    let opened = lines
        .by_ref()
        .find(|(_, l)| !l.trim().is_empty())
        .is_some_and(|(_, l)| l.trim_start_matches('\u{feff}').trim() == "%");
    if !opened {
        return Err(Error::config(format!(
            "{origin}: not a LIWC dictionary: the first line must be '%' opening the category table"
        )));
    }
    let mut categories: BTreeMap<String, (String, String)> = BTreeMap::new(); // number -> (id, label)
    let mut used_ids: Vec<String> = Vec::new();
    let mut closed = false;
    for (i, line) in lines.by_ref() {
        let line = line.trim();
        if line == "%" {
            closed = true;
            break;
        }
        if line.is_empty() {
            continue;
        }
        let mut parts = line.split_whitespace();
        let (Some(num), Some(name)) = (parts.next(), parts.next()) else {
            return Err(Error::config(format!(
                "{origin}:{}: expected '<number> <category>' in the category table",
                i + 1
            )));
        };
        let mut id: String = name
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() {
                    c.to_ascii_lowercase()
                } else {
                    '_'
                }
            })
            .collect();
        if !id.starts_with(|c: char| c.is_ascii_lowercase()) {
            id = format!("c_{id}");
        }
        if id == "other" || id == "relevance" {
            id = format!("c_{id}");
        }
        while used_ids.contains(&id) {
            id.push('_');
        }
        used_ids.push(id.clone());
        categories.insert(num.to_string(), (id, name.to_string()));
    }
    if !closed {
        return Err(Error::config(format!(
            "{origin}: the category table is not closed by a second '%' line"
        )));
    }
    let mut words: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut order: Vec<String> = Vec::new();
    let mut skipped = Vec::new();
    for (i, line) in lines {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let fields: Vec<&str> = line
            .split('\t')
            .flat_map(|f| f.split(' '))
            .filter(|f| !f.is_empty())
            .collect();
        let word = fields[0];
        if fields[1..]
            .iter()
            .any(|f| f.contains('(') || f.contains('/'))
        {
            skipped.push(format!(
                "line {}: conditional entry '{word}' is not supported",
                i + 1
            ));
            continue;
        }
        if let Some(stem) = word.strip_suffix('*') {
            if stem.chars().filter(|c| c.is_alphanumeric()).count() < 3 || stem.contains('*') {
                skipped.push(format!(
                    "line {}: wildcard '{word}' has a stem under 3 letters",
                    i + 1
                ));
                continue;
            }
        }
        if word.contains('|') {
            skipped.push(format!("line {}: '{word}' contains '|'", i + 1));
            continue;
        }
        let mut roles = Vec::new();
        for num in &fields[1..] {
            match categories.get(*num) {
                Some((id, _)) => roles.push(id.clone()),
                None => skipped.push(format!(
                    "line {}: unknown category {num} for '{word}' (ignored)",
                    i + 1
                )),
            }
        }
        if roles.is_empty() {
            continue;
        }
        let key = word.to_lowercase();
        let entry = words.entry(key.clone()).or_insert_with(|| {
            order.push(word.to_string());
            Vec::new()
        });
        for r in roles {
            if !entry.contains(&r) {
                entry.push(r);
            }
        }
    }
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# Imported from the LIWC-style dictionary {origin} by `rolescan lexicon import-liwc`."
    );
    let _ = writeln!(
        out,
        "# Each category is a role; each word weighs 1 for its categories and 1 for relevance."
    );
    let _ = writeln!(
        out,
        "\n[lexicon]\nname = {}\n",
        origin.rsplit('/').next().unwrap_or(origin)
    );
    let _ = writeln!(out, "[roles]");
    let mut by_id: Vec<&(String, String)> = categories.values().collect();
    by_id.sort_by_key(|(id, _)| used_ids.iter().position(|u| u == id));
    for (id, label) in by_id {
        let _ = writeln!(out, "{id} | {label}");
    }
    let _ = writeln!(out, "\n[terms]");
    for word in &order {
        let roles = &words[&word.to_lowercase()];
        let weights: Vec<String> = roles.iter().map(|r| format!("{r}=1")).collect();
        let _ = writeln!(out, "{word} | {} relevance=1", weights.join(" "));
    }
    Ok(Imported { text: out, skipped })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lexicon;

    #[test]
    fn imports_categories_words_and_wildcards() {
        let dic = "%\n1\tposemo\n2\tnegemo\n3\t2work\n%\nhappy\t1\nsad*\t2\nwork*\t3\nok\t1\t2\nhappy\t3\nab*\t1\nthe\t(02 134)125/464\n";
        let imported = import(dic, "x.dic").unwrap();
        let lex = Lexicon::parse(&imported.text, "imported")
            .unwrap_or_else(|e| panic!("{e}\n{}", imported.text));
        let ids: Vec<&str> = lex.roles.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, ["posemo", "negemo", "c_2work"]);
        assert_eq!(lex.roles[2].label, "2work");
        assert_eq!(lex.entries.len(), 4, "{}", imported.text);
        let happy = &lex.entries[0];
        assert_eq!(happy.term, "happy");
        assert_eq!(happy.weights, vec![1.0, 0.0, 1.0]);
        assert!(lex.entries[1].wildcard);
        assert_eq!(imported.skipped.len(), 2, "{:?}", imported.skipped);
        assert!(imported.skipped[0].starts_with("line 11:"));
    }

    #[test]
    fn rejects_non_dic_files() {
        assert!(import("hello\n", "x.dic").is_err());
        assert!(import("%\n1 a\n", "x.dic").is_err());
    }
}
