//! CSV: a header row, then one posting per row, streamed.
//!
//! The text comes from `--text-column` (or the first of `description`,
//! `text`, `body`, `content` in the header) and the id from `--id-column` (or
//! `id`, else `row:N`). Rows may have different lengths; a row too short to
//! hold the text column becomes an error posting. When the header has no
//! usable text column at all, every row becomes an error posting saying so,
//! so the row count still matches the input.

use std::io::Read;
use std::sync::Arc;

use super::{Posting, ReadOptions, DEFAULT_ID_FIELD, DEFAULT_TEXT_FIELDS};

/// Streams the postings of a CSV input.
pub fn read<R: Read + Send + 'static>(
    source: Arc<str>,
    reader: R,
    options: Arc<ReadOptions>,
) -> Box<dyn Iterator<Item = Posting> + Send> {
    let mut rdr = ::csv::ReaderBuilder::new()
        .flexible(true)
        .has_headers(true)
        .from_reader(reader);
    let headers: Vec<String> = match rdr.byte_headers() {
        Ok(h) => h
            .iter()
            .map(|f| String::from_utf8_lossy(f).trim().to_string())
            .collect(),
        Err(err) => {
            return Box::new(std::iter::once(Posting::error(
                &source,
                "",
                format!("could not read the CSV header: {err}"),
            )));
        }
    };
    let find = |name: &str| headers.iter().position(|h| h == name);
    let text_col: Result<usize, String> = match &options.text_column {
        Some(name) => find(name)
            .ok_or_else(|| format!("no column '{name}' in the header ({})", headers.join(", "))),
        None => DEFAULT_TEXT_FIELDS
            .iter()
            .find_map(|n| find(n))
            .ok_or_else(|| {
                format!(
                    "no text column (looked for {}; header has {}); choose one with --text-column",
                    DEFAULT_TEXT_FIELDS.join(", "),
                    headers.join(", ")
                )
            }),
    };
    let id_col = find(options.id_column.as_deref().unwrap_or(DEFAULT_ID_FIELD));
    let width = headers.len();
    let mut records = rdr.into_byte_records();
    let mut row = 0usize;
    let mut failed = false;
    Box::new(std::iter::from_fn(move || {
        if failed {
            return None;
        }
        let record = records.next()?;
        row += 1;
        let record = match record {
            Ok(r) => r,
            Err(err) => {
                // A read error mid-file (I/O or invalid quoting at EOF) ends
                // the file: report it once.
                failed = matches!(err.kind(), ::csv::ErrorKind::Io(_));
                return Some(Posting::error(
                    &source,
                    format!("row:{row}"),
                    format!("bad CSV row: {err}"),
                ));
            }
        };
        let id = id_col
            .and_then(|c| record.get(c))
            .map(|f| String::from_utf8_lossy(f).into_owned())
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| format!("row:{row}"));
        let text = match &text_col {
            Err(message) => Err(message.clone()),
            Ok(c) => match record.get(*c) {
                Some(field) => Ok(field),
                None => Err(format!(
                    "row {row} has {} fields but the header has {width}",
                    record.len()
                )),
            },
        };
        let (text, warning) = match text {
            Ok(field) => {
                let (t, w) = super::decode(field.to_vec());
                (Ok(t), w.map(|w| format!("row {row}: {w}")))
            }
            Err(e) => (Err(e), None),
        };
        Some(Posting {
            source: Arc::clone(&source),
            id,
            text,
            warning,
        })
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn postings(input: &str, options: ReadOptions) -> Vec<Posting> {
        read(
            Arc::from("t.csv"),
            std::io::Cursor::new(input.as_bytes().to_vec()),
            Arc::new(options),
        )
        .collect()
    }

    #[test]
    fn rows_quotes_and_ragged() {
        let input = "id,title,description\n\
                     a,T,\"multi\nline, with \"\"quotes\"\"\"\n\
                     b,short\n\
                     ,T,no id\n";
        let p = postings(input, ReadOptions::default());
        assert_eq!(p.len(), 3);
        assert_eq!(p[0].text.as_deref(), Ok("multi\nline, with \"quotes\""));
        assert_eq!(p[1].id, "b");
        assert!(p[1].text.as_ref().unwrap_err().contains("has 2 fields"));
        assert_eq!(p[2].id, "row:3");
    }

    #[test]
    fn missing_column_fails_every_row() {
        let options = ReadOptions {
            text_column: Some("body".into()),
            ..ReadOptions::default()
        };
        let p = postings("id,description\n1,x\n2,y\n", options);
        assert_eq!(p.len(), 2);
        assert!(p
            .iter()
            .all(|p| p.text.as_ref().unwrap_err().contains("no column 'body'")));
    }
}
