//! CSV and TSV: a header row, then one posting per record, streamed.
//!
//! The text comes from `--text-column` (or the first of `description`,
//! `text`, `body`, `content` in the header) and the id from `--id-column` (or
//! the first of `id`, `job id`, `posting id`, else `row:N`); header names are
//! matched as given first, then ignoring case, spaces, `_` and `-`. The delimiter is `--delimiter`,
//! else a tab for `.tsv` files, else the one of comma, semicolon, tab and
//! pipe that the header line holds most of (outside quotes; a comma when
//! it holds none).
//!
//! Records may have different lengths; a record too short to hold the text
//! column becomes an error posting. When the header has no usable text
//! column at all, every record becomes an error posting saying so, so the
//! row count still matches the input. [`records`] splits the records, and
//! turns a quote that never closes into one error posting instead of a
//! field that swallows the records after it.

pub mod records;

use std::io::BufRead;
use std::sync::Arc;

use self::records::{Broken, Item, Runaway, Splitter, MAX_FIELD_LINES};
use super::encoding::decode_record;
use super::{Posting, ReadOptions, DEFAULT_ID_FIELD, DEFAULT_TEXT_FIELDS};

/// Id columns tried after `id` when `--id-column` is not given (matched as
/// [`find_column`] does).
const MORE_ID_COLUMNS: [&str; 2] = ["job id", "posting id"];

/// Delimiters told from a header line, in order of preference on a tie.
const DELIMITERS: [u8; 4] = [b',', b';', b'\t', b'|'];

/// Streams the postings of a CSV input. `delimiter` is the default for the
/// file's kind (a tab for `.tsv`), used unless `--delimiter` is given;
/// without either it is told from the header line.
pub fn read<R: BufRead + Send + 'static>(
    source: Arc<str>,
    mut reader: R,
    options: Arc<ReadOptions>,
    delimiter: Option<u8>,
) -> Box<dyn Iterator<Item = Posting> + Send> {
    let delimiter = options
        .delimiter
        .or(delimiter)
        .unwrap_or_else(|| match reader.fill_buf() {
            Ok(buf) => sniff_delimiter(buf),
            Err(_) => b',',
        });
    let mut splitter = Splitter::new(reader, delimiter, options.max_posting_bytes);
    let header = match splitter.next() {
        None => return Box::new(std::iter::empty()),
        Some(Ok(Item::Record(header))) => header
            .iter()
            .map(|f| String::from_utf8_lossy(f).trim().to_string())
            .collect::<Vec<String>>(),
        Some(other) => {
            let why = match other {
                Ok(Item::Broken(broken)) => broken_message(&broken, &options, None),
                Ok(_) => "the header line is larger than --max-posting-bytes".to_string(),
                Err(err) => super::io_message(&err),
            };
            let message = format!("could not read the CSV header: {why}");
            return Box::new(std::iter::once(Posting::error(&source, "", message)));
        }
    };
    splitter.set_width(header.len());
    let columns = Columns::new(&header, &options);
    let mut row = 0usize;
    let mut failed = false;
    Box::new(std::iter::from_fn(move || {
        if failed {
            return None;
        }
        let item = splitter.next()?;
        row += 1;
        Some(match item {
            Ok(Item::Record(record)) => columns.posting(&source, record, row, &options),
            Ok(Item::Broken(broken)) => {
                let id = columns.id(&broken.before, row);
                let message = broken_message(&broken, &options, Some(header.len()));
                Posting::error(&source, id, message)
            }
            Ok(Item::TooLong {
                first_line,
                last_line,
                bytes,
            }) => Posting::error(
                &source,
                format!("row:{row}"),
                super::over_limit(
                    &format!(
                        "the record at {} is {bytes} bytes,",
                        lines(first_line, last_line)
                    ),
                    options.max_posting_bytes,
                ),
            ),
            Err(err) => {
                failed = true;
                Posting::error(
                    &source,
                    format!("row:{row}"),
                    format!("read failed: {}", super::io_message(&err)),
                )
            }
        })
    }))
}

/// The delimiter a header line holds most of, outside quotes (a comma when
/// it holds none).
fn sniff_delimiter(start: &[u8]) -> u8 {
    let mut counts = [0usize; DELIMITERS.len()];
    let mut quoted = false;
    for &b in start {
        match b {
            b'"' => quoted = !quoted,
            b'\n' | b'\r' if !quoted => break,
            _ if !quoted => {
                if let Some(k) = DELIMITERS.iter().position(|&d| d == b) {
                    counts[k] += 1;
                }
            }
            _ => {}
        }
    }
    let best = (0..DELIMITERS.len())
        .rev()
        .max_by_key(|&k| counts[k])
        .unwrap_or(0);
    DELIMITERS[best]
}

/// `line 7` or `lines 7-9`.
fn lines(first: u64, last: u64) -> String {
    if first == last {
        format!("line {first}")
    } else {
        format!("lines {first}-{last}")
    }
}

/// What the error row of a broken record says.
fn broken_message(broken: &Broken, options: &ReadOptions, width: Option<usize>) -> String {
    let why = match broken.why {
        Runaway::EndOfInput => "the file ends inside it".to_string(),
        Runaway::TextAfterQuote(line) => {
            format!("text follows the quote that would close it, at line {line}")
        }
        Runaway::TooManyFields(n) => match width {
            Some(w) => format!("its record would have {n} fields; the header has {w}"),
            None => format!("its record would have {n} fields"),
        },
        Runaway::TooManyLines => format!("it would span over {MAX_FIELD_LINES} lines"),
        Runaway::TooManyBytes => format!(
            "it would be over --max-posting-bytes ({} bytes)",
            options.max_posting_bytes
        ),
    };
    let next = if broken.reread {
        format!("; reading on from line {}", broken.last_line + 1)
    } else {
        String::new()
    };
    format!(
        "unterminated quote opened at line {} ({why}); {} skipped{next}",
        broken.quote_line,
        lines(broken.first_line, broken.last_line)
    )
}

/// The text column (or why there is none) and the id column of a header
/// row, as `--text-column` and `--id-column` (or the default names) choose
/// them; for spreadsheets too.
pub(crate) fn columns(
    header: &[String],
    options: &ReadOptions,
) -> (Result<usize, String>, Option<usize>) {
    let text = match &options.text_column {
        Some(name) => find_column(header, name).ok_or_else(|| {
            format!(
                "no column '{name}' in the header ({}); choose one with --text-column",
                header.join(", ")
            )
        }),
        None => DEFAULT_TEXT_FIELDS
            .iter()
            .find_map(|n| find_column(header, n))
            .ok_or_else(|| {
                format!(
                    "no text column (looked for {}; header has {}); choose one with --text-column",
                    DEFAULT_TEXT_FIELDS.join(", "),
                    header.join(", ")
                )
            }),
    };
    let id = match &options.id_column {
        Some(name) => find_column(header, name),
        None => std::iter::once(DEFAULT_ID_FIELD)
            .chain(MORE_ID_COLUMNS)
            .find_map(|n| find_column(header, n)),
    };
    (text, id)
}

/// Where the text and the id are in each record.
struct Columns {
    text: Result<usize, String>,
    id: Option<usize>,
    width: usize,
}

impl Columns {
    fn new(header: &[String], options: &ReadOptions) -> Columns {
        let (text, id) = columns(header, options);
        Columns {
            text,
            id,
            width: header.len(),
        }
    }

    /// The record's id, or `row:N`.
    fn id(&self, record: &records::Record, row: usize) -> String {
        self.id
            .and_then(|c| record.get(c))
            .map(|f| String::from_utf8_lossy(f).into_owned())
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| format!("row:{row}"))
    }

    /// The posting of one record.
    fn posting(
        &self,
        source: &Arc<str>,
        record: &records::Record,
        row: usize,
        options: &ReadOptions,
    ) -> Posting {
        let id = self.id(record, row);
        let field = match &self.text {
            Err(message) => Err(message.clone()),
            Ok(c) => record.get(*c).ok_or_else(|| {
                format!(
                    "row {row} has {} fields but the header has {}",
                    record.len(),
                    self.width
                )
            }),
        };
        let (text, warning) = match field.and_then(|f| decode_record(f, options.encoding)) {
            Ok((text, warning)) => (
                Ok(text.into_owned()),
                warning.map(|w| format!("row {row}: {w}")),
            ),
            Err(message) => (Err(message), None),
        };
        Posting {
            source: Arc::clone(source),
            id,
            text,
            warning,
        }
    }
}

/// The column named `name`: as given, else ignoring case, spaces, `_` and
/// `-` (`Job ID` is `job_id` is `JobID`).
fn find_column(header: &[String], name: &str) -> Option<usize> {
    let loose = |s: &str| -> String {
        s.chars()
            .filter(|c| !(c.is_whitespace() || *c == '_' || *c == '-'))
            .flat_map(char::to_lowercase)
            .collect()
    };
    header.iter().position(|h| h == name).or_else(|| {
        let name = loose(name);
        header.iter().position(|h| loose(h) == name)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn postings(input: &str, options: ReadOptions) -> Vec<Posting> {
        read(
            Arc::from("t.csv"),
            std::io::Cursor::new(input.as_bytes().to_vec()),
            Arc::new(options),
            None,
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

    #[test]
    fn an_unterminated_quote_is_an_error_row_and_the_rest_is_read() {
        let input = "id,title,description\n\
                     1,PM,\"first\"\n\
                     2,PM,\"no closing quote\n\
                     3,PM,\"third\"\n\
                     4,PM,fourth\n";
        let p = postings(input, ReadOptions::default());
        let ids: Vec<&str> = p.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids, ["1", "2", "3", "4"]);
        assert_eq!(
            p[1].text.as_ref().unwrap_err(),
            "unterminated quote opened at line 3 (text follows the quote that would close it, \
             at line 4); line 3 skipped; reading on from line 4"
        );
        assert_eq!(p[2].text.as_deref(), Ok("third"));
        assert_eq!(p[3].text.as_deref(), Ok("fourth"));
    }

    #[test]
    fn delimiters_are_told_from_the_header_and_names_match_loosely() {
        let cases = [
            ("JobID;Title;Description\nA1;PM;text, with comma\n", "A1"),
            ("jobid\t Description \nT1\ttext; with semicolon\n", "T1"),
            ("ID|DESCRIPTION\nP1|text, with comma\n", "P1"),
            ("\"id,x\",Text\nQ1,text; a\n", "row:1"),
        ];
        for (input, id) in cases {
            let p = postings(input, ReadOptions::default());
            assert_eq!(p.len(), 1, "{input}");
            assert_eq!(p[0].id, id, "{input}");
            assert!(
                p[0].text.as_ref().unwrap().starts_with("text"),
                "{input}: {p:?}"
            );
        }
        assert_eq!(sniff_delimiter(b"one column\nx,y"), b',');
        assert_eq!(sniff_delimiter(b"a;b,c;d"), b';');
        let forced = ReadOptions {
            delimiter: Some(b'|'),
            ..ReadOptions::default()
        };
        let p = postings("id|description\n1|a, b; c\n", forced);
        assert_eq!(p[0].text.as_deref(), Ok("a, b; c"));
    }

    #[test]
    fn a_named_column_is_found_ignoring_case() {
        let options = ReadOptions {
            text_column: Some("body".into()),
            id_column: Some("ref".into()),
            ..ReadOptions::default()
        };
        let p = postings("REF,Body,body2\nr1,the text,x\n", options);
        assert_eq!(
            (p[0].id.as_str(), p[0].text.as_deref()),
            ("r1", Ok("the text"))
        );
    }
}
