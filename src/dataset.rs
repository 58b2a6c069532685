//! Labelled postings for evaluation and fitting.
//!
//! A [`Dataset`] is read from a JSONL or CSV file whose records carry a text,
//! a label and optionally fields that group reposts of one job together (for
//! grouped cross-validation). The text is found as `rolescan score` finds
//! it, unless [`Fields::text`] names it; a file in which no record has a
//! text is an error that says which fields it has. Each posting is scanned
//! once with the lexicon's [`Scanner`]; an [`Example`] keeps only its term
//! counts, so evaluation and fitting work on numbers and never rescan.
//! Labels that are neither one of the lexicon's roles nor `other` (for
//! example `program_manager`) are counted and left out.

use std::collections::BTreeMap;
use std::io::BufRead;
use std::path::Path;

use rayon::prelude::*;
use serde_json::Value;

use crate::error::{Error, Result};
use crate::lexicon::{Lexicon, OTHER_ROLE};
use crate::scan::{ScanBuffers, Scanner, TermCounts};
use crate::source::encoding::{decode_record, open_stream, Encoding};
use crate::source::DEFAULT_TEXT_FIELDS;

/// The label of an example.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Label {
    /// One of the lexicon's roles (its index).
    Role(usize),
    /// A posting about none of the roles.
    Other,
}

/// One labelled, scanned posting.
#[derive(Debug, Clone)]
pub struct Example {
    /// The posting id (or `line:N` / `row:N`).
    pub id: String,
    /// The grouping key (the group fields joined), for grouped folds.
    pub group: String,
    /// The label.
    pub label: Label,
    /// Term counts and word count.
    pub counts: TermCounts,
    /// The posting text (kept so a lexicon with new terms can rescan it).
    pub text: String,
}

/// Labelled examples plus what was left out.
#[derive(Debug, Clone, Default)]
pub struct Dataset {
    /// The usable examples, in file order.
    pub examples: Vec<Example>,
    /// Rows whose label is neither a role nor `other`, per label.
    pub excluded: BTreeMap<String, usize>,
    /// Rows without a readable text or label.
    pub unreadable: usize,
}

/// The field that groups reposts when no group fields are named: the
/// development corpus's repost key.
pub const DEFAULT_GROUP_FIELD: &str = "group";

/// Where to find text, label and group in each record.
#[derive(Debug, Clone)]
pub struct Fields {
    /// The text field or column; `None` takes the first of
    /// [`DEFAULT_TEXT_FIELDS`] that a record has (in a CSV header, in any
    /// case and with spaces around it), as `rolescan score` does.
    pub text: Option<String>,
    /// The label field or column.
    pub label: String,
    /// Fields or columns whose values, joined, form the group key; empty
    /// means the record's [`DEFAULT_GROUP_FIELD`] where it has one, else
    /// every posting is its own group.
    pub group: Vec<String>,
    /// The id field or column.
    pub id: String,
}

impl Dataset {
    /// Reads a labelled `.jsonl`/`.json` (one object per line) or `.csv` file
    /// and scans every posting.
    pub fn load(
        path: &Path,
        fields: &Fields,
        lexicon: &Lexicon,
        scanner: &Scanner,
    ) -> Result<Dataset> {
        let records = read_records(path, fields)?;
        let mut dataset = Dataset::default();
        let mut keep = Vec::with_capacity(records.len());
        for record in records {
            let Some(record) = record else {
                dataset.unreadable += 1;
                continue;
            };
            let label = if record.label == OTHER_ROLE {
                Label::Other
            } else if let Some(r) = lexicon.role_index(&record.label) {
                Label::Role(r)
            } else {
                *dataset.excluded.entry(record.label).or_insert(0) += 1;
                continue;
            };
            keep.push((record, label));
        }
        dataset.examples = keep
            .into_par_iter()
            .map_init(ScanBuffers::default, |buf, (record, label)| Example {
                counts: scanner.count(&record.text, buf),
                id: record.id,
                group: record.group,
                label,
                text: record.text,
            })
            .collect();
        Ok(dataset)
    }
}

struct Record {
    id: String,
    text: String,
    label: String,
    group: String,
}

fn read_records(path: &Path, fields: &Fields) -> Result<Vec<Option<Record>>> {
    let is_csv = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("csv"));
    if is_csv {
        read_csv(path, fields)
    } else {
        read_jsonl(path, fields)
    }
}

/// The file's bytes as `score` would decode them: byte order mark removed,
/// UTF-16 transcoded (see [`crate::source::encoding`]).
fn open(path: &Path) -> Result<Box<dyn std::io::Read + Send>> {
    let file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    match open_stream(Box::new(file), Encoding::Auto) {
        Ok(Ok(stream)) => Ok(stream.reader),
        Ok(Err(binary)) => Err(Error::config(format!("{}: {binary}", path.display()))),
        Err(err) => Err(Error::io(path, err)),
    }
}

fn read_jsonl(path: &Path, fields: &Fields) -> Result<Vec<Option<Record>>> {
    let file = open(path)?;
    let mut out = Vec::new();
    // The fields of the first object without a text, for the error when no
    // object has one.
    let mut without_text: Option<String> = None;
    let mut any_text = false;
    for (i, line) in std::io::BufReader::new(file).split(b'\n').enumerate() {
        let line = line.map_err(|e| Error::io(path, e))?;
        let Ok((line, _)) = decode_record(&line, Encoding::Auto) else {
            out.push(None);
            continue;
        };
        if line.trim().is_empty() {
            continue;
        }
        let Ok(Value::Object(map)) = serde_json::from_str::<Value>(&line) else {
            out.push(None);
            continue;
        };
        let get = |name: &str| match map.get(name) {
            Some(Value::String(s)) => Some(s.clone()),
            Some(Value::Number(n)) => Some(n.to_string()),
            Some(Value::Bool(b)) => Some(b.to_string()),
            _ => None,
        };
        let text = match &fields.text {
            Some(name) => get(name),
            None => DEFAULT_TEXT_FIELDS.iter().find_map(|name| get(name)),
        };
        any_text |= text.is_some();
        if text.is_none() && without_text.is_none() {
            let keys: Vec<&str> = map.keys().map(String::as_str).take(12).collect();
            without_text = Some(format!("line {} has {}", i + 1, keys.join(", ")));
        }
        out.push(make_record(get, text, fields, format!("line:{}", i + 1)));
    }
    match without_text {
        Some(found) if !any_text => Err(no_text_field(path, fields, &found)),
        _ => Ok(out),
    }
}

fn read_csv(path: &Path, fields: &Fields) -> Result<Vec<Option<Record>>> {
    let mut rdr = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(open(path)?);
    let headers: Vec<String> = rdr
        .headers()
        .map_err(|e| Error::csv(path, e))?
        .iter()
        .map(|h| h.trim().to_string())
        .collect();
    let text_column = match &fields.text {
        Some(name) => headers.iter().position(|h| h == name),
        None => DEFAULT_TEXT_FIELDS
            .iter()
            .find_map(|name| headers.iter().position(|h| h.eq_ignore_ascii_case(name))),
    };
    let Some(text_column) = text_column else {
        let found = format!("header has {}", headers.join(", "));
        return Err(no_text_field(path, fields, &found));
    };
    if !headers.contains(&fields.label) {
        return Err(Error::config(format!(
            "{}: no column '{}' (columns: {}); choose one with --label-field",
            path.display(),
            fields.label,
            headers.join(", ")
        )));
    }
    let mut out = Vec::new();
    for (i, rec) in rdr.records().enumerate() {
        let Ok(rec) = rec else {
            out.push(None);
            continue;
        };
        let get = |name: &str| {
            headers
                .iter()
                .position(|h| h == name)
                .and_then(|c| rec.get(c))
                .map(str::to_string)
        };
        let text = rec.get(text_column).map(str::to_string);
        out.push(make_record(get, text, fields, format!("row:{}", i + 1)));
    }
    Ok(out)
}

/// The error for a file in which no record has a text: what was looked
/// for, what was `found` instead, and the flag that names the text field.
fn no_text_field(path: &Path, fields: &Fields, found: &str) -> Error {
    let looked_for = match &fields.text {
        Some(name) => format!("'{name}'"),
        None => DEFAULT_TEXT_FIELDS.join(", "),
    };
    Error::config(format!(
        "{}: no text field (looked for {looked_for}; {found}); choose one with --text-field",
        path.display()
    ))
}

/// A record with its `text`, or `None` when it has no text or no label.
fn make_record(
    get: impl Fn(&str) -> Option<String>,
    text: Option<String>,
    fields: &Fields,
    fallback_id: String,
) -> Option<Record> {
    let text = text?;
    let label = get(&fields.label)?;
    let id = get(&fields.id).unwrap_or(fallback_id);
    let group = if fields.group.is_empty() {
        get(DEFAULT_GROUP_FIELD).unwrap_or_else(|| id.clone())
    } else {
        fields
            .group
            .iter()
            .map(|f| get(f).unwrap_or_default())
            .collect::<Vec<_>>()
            .join("\u{1f}")
    };
    Some(Record {
        id,
        text,
        label,
        group,
    })
}

/// The fold (0..k) of a group: a stable hash of its key, so reposts of one
/// job (same key) always land in the same fold and runs are reproducible.
pub fn fold_of(group: &str, k: usize, salt: u64) -> usize {
    // FNV-1a, 64 bit.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ salt;
    for b in group.as_bytes() {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    (h % k.max(1) as u64) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_are_stable_and_spread() {
        let mut sizes = [0usize; 5];
        for i in 0..1000 {
            let g = format!("group-{i}");
            let f = fold_of(&g, 5, 0);
            assert_eq!(f, fold_of(&g, 5, 0));
            sizes[f] += 1;
        }
        assert!(sizes.iter().all(|&n| (150..250).contains(&n)), "{sizes:?}");
    }

    #[test]
    fn loads_jsonl_with_labels_groups_and_exclusions() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("l.jsonl");
        std::fs::write(
            &path,
            "{\"id\":\"a\",\"label\":\"it_manager\",\"src\":\"x\",\"description\":\"IT manager, ITIL\"}\n\
             {\"id\":\"b\",\"label\":\"other\",\"src\":\"x\",\"description\":\"nurse\"}\n\
             {\"id\":\"c\",\"label\":\"program_manager\",\"description\":\"program\"}\n\
             {\"id\":\"d\",\"description\":\"no label\"}\n\
             not json\n",
        )
        .unwrap();
        let lexicon = Lexicon::builtin();
        let scanner = Scanner::new(&lexicon).unwrap();
        let fields = Fields {
            text: Some("description".into()),
            label: "label".into(),
            group: vec!["src".into()],
            id: "id".into(),
        };
        let d = Dataset::load(&path, &fields, &lexicon, &scanner).unwrap();
        assert_eq!(d.examples.len(), 2);
        assert_eq!(d.examples[0].label, Label::Role(3));
        assert_eq!(d.examples[1].label, Label::Other);
        assert_eq!(d.examples[0].group, d.examples[1].group);
        assert!(d.examples[0].counts.hits() >= 2);
        assert_eq!(d.excluded.get("program_manager"), Some(&1));
        assert_eq!(d.unreadable, 2);
    }

    /// The fields `eval` reads when none are named.
    fn default_fields() -> Fields {
        Fields {
            text: None,
            label: "label".into(),
            group: vec![],
            id: "id".into(),
        }
    }

    #[test]
    fn byte_order_marks_and_utf16_are_read_as_score_reads_them() {
        let dir = tempfile::tempdir().unwrap();
        let lexicon = Lexicon::builtin();
        let scanner = Scanner::new(&lexicon).unwrap();
        let fields = default_fields();
        let jsonl = dir.path().join("l.jsonl");
        let line =
            "{\"id\":\"a\",\"label\":\"it_manager\",\"description\":\"IT manager caf\u{e9}\"}\n";
        std::fs::write(&jsonl, format!("\u{feff}{line}")).unwrap();
        let csv = dir.path().join("l.csv");
        let text = "id,Label,Description\r\nc,it_manager,\"IT manager, ITIL\"\r\n";
        let utf16: Vec<u8> = std::iter::once(0xfeff_u16)
            .chain(text.encode_utf16())
            .flat_map(u16::to_le_bytes)
            .collect();
        std::fs::write(&csv, utf16).unwrap();
        let fields_csv = Fields {
            label: "Label".into(),
            ..fields.clone()
        };
        for (path, fields, id) in [(&jsonl, &fields, "a"), (&csv, &fields_csv, "c")] {
            let d = Dataset::load(path, fields, &lexicon, &scanner).unwrap();
            assert_eq!(d.unreadable, 0, "{}", path.display());
            assert_eq!(d.examples.len(), 1);
            assert_eq!(d.examples[0].id, id);
            assert_eq!(d.examples[0].label, Label::Role(3));
        }
    }

    #[test]
    fn the_group_field_groups_reposts_unless_others_are_named() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("l.jsonl");
        std::fs::write(
            &path,
            "{\"id\":\"a\",\"label\":\"other\",\"group\":\"g1\",\"src\":\"x\",\"description\":\"nurse\"}\n\
             {\"id\":\"b\",\"label\":\"other\",\"src\":\"y\",\"description\":\"chef\"}\n",
        )
        .unwrap();
        let lexicon = Lexicon::builtin();
        let scanner = Scanner::new(&lexicon).unwrap();
        let mut fields = default_fields();
        let groups = |fields: &Fields| -> Vec<String> {
            let d = Dataset::load(&path, fields, &lexicon, &scanner).unwrap();
            d.examples.into_iter().map(|e| e.group).collect()
        };
        // The record's `group`, else its id.
        assert_eq!(groups(&fields), ["g1", "b"]);
        fields.group = vec!["src".into()];
        assert_eq!(groups(&fields), ["x", "y"]);
    }

    #[test]
    fn text_is_found_as_score_finds_it() {
        let dir = tempfile::tempdir().unwrap();
        let lexicon = Lexicon::builtin();
        let scanner = Scanner::new(&lexicon).unwrap();
        let fields = default_fields();
        let load = |name: &str, content: &str| {
            let path = dir.path().join(name);
            std::fs::write(&path, content).unwrap();
            Dataset::load(&path, &fields, &lexicon, &scanner)
        };
        let jsonl = "{\"id\":\"a\",\"label\":\"it_manager\",\"body\":\"IT manager\"}\n\
                     {\"id\":\"b\",\"label\":\"other\",\"text\":\"nurse\",\"content\":\"x\"}\n";
        let d = load("a.jsonl", jsonl).unwrap();
        let texts: Vec<&str> = d.examples.iter().map(|e| e.text.as_str()).collect();
        assert_eq!(texts, ["IT manager", "nurse"]);
        let d = load("a.csv", "id,label, Description \na,it_manager,IT manager\n").unwrap();
        assert_eq!(d.examples[0].text, "IT manager");

        // No text anywhere: the error says what the file has and names the flag.
        let err = load(
            "none.jsonl",
            "{\"id\":\"a\",\"label\":\"other\",\"title\":\"x\"}\n",
        )
        .unwrap_err()
        .to_string();
        assert!(
            err.ends_with("none.jsonl: no text field (looked for description, text, body, content; line 1 has id, label, title); choose one with --text-field"),
            "{err}"
        );
        let err = load("none.csv", "id,label,title\na,other,x\n")
            .unwrap_err()
            .to_string();
        assert!(
            err.ends_with("none.csv: no text field (looked for description, text, body, content; header has id, label, title); choose one with --text-field"),
            "{err}"
        );
    }
}
