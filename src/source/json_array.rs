//! A JSON array of postings (`[{...}, {...}]`), streamed an item at a time.
//!
//! The array is not parsed whole: [`Items`] finds where each item ends
//! (counting brackets outside strings) and hands its bytes to serde_json,
//! so memory holds one item at a time, and an item over the size limit is
//! skipped, not kept. Each item becomes a posting as a JSON line does, with
//! `item:N` for ids and messages. Text between items without a comma
//! makes the item it follows invalid JSON; an array never closed ends the
//! input with an error posting.

use std::io::{self, BufRead};
use std::sync::Arc;

use serde_json::Value;

use super::encoding::decode_record;
use super::jsonl::{from_value, Place};
use super::{fill, io_message, Posting, ReadOptions};

/// Streams the postings of a JSON array.
pub fn read<R: BufRead + Send + 'static>(
    source: Arc<str>,
    reader: R,
    options: Arc<ReadOptions>,
) -> impl Iterator<Item = Posting> + Send {
    let mut items = Items::new(reader, options.max_posting_bytes);
    std::iter::from_fn(move || {
        let item = items.next()?;
        let place = Place::Item(items.count);
        Some(match item {
            Item::Bytes(bytes) => posting(&source, &bytes, &options, place),
            Item::TooLong(bytes) => Posting::error(
                &source,
                place.id(),
                super::over_limit(
                    &format!("{place} is {bytes} bytes,"),
                    options.max_posting_bytes,
                ),
            ),
            Item::Bad(message) => Posting::error(&source, "", message),
        })
    })
}

/// The posting of one item's bytes.
fn posting(source: &Arc<str>, bytes: &[u8], options: &ReadOptions, place: Place) -> Posting {
    let (text, warning) = match decode_record(bytes, options.encoding) {
        Ok(decoded) => decoded,
        Err(reason) => return Posting::error(source, place.id(), format!("{place}: {reason}")),
    };
    let mut posting = match serde_json::from_str::<Value>(&text) {
        Ok(value) => from_value(source, &value, options, place),
        Err(err) => Posting::error(
            source,
            place.id(),
            format!("{place} is not valid JSON: {err}"),
        ),
    };
    if let Some(warning) = warning {
        posting.add_warning(format!("{place}: {warning}"));
    }
    posting
}

/// One item of the array.
enum Item {
    /// Its bytes.
    Bytes(Vec<u8>),
    /// Its size, over the limit.
    TooLong(u64),
    /// The input is not an array of items here: why.
    Bad(String),
}

/// Where the reader is in the array.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum At {
    /// Before the opening `[`.
    Start,
    /// After `[`: an item or `]` comes next.
    First,
    /// After an item: `,` or `]` comes next.
    Next,
    /// After `]`, or after an error.
    End,
}

/// The items of an array, read from any [`BufRead`].
struct Items<R> {
    reader: R,
    max_bytes: usize,
    at: At,
    /// How many items have been given.
    count: usize,
}

impl<R: BufRead> Items<R> {
    fn new(reader: R, max_bytes: usize) -> Items<R> {
        Items {
            reader,
            max_bytes,
            at: At::Start,
            count: 0,
        }
    }

    fn next(&mut self) -> Option<Item> {
        match self.advance() {
            Ok(item) => item,
            Err(err) => {
                self.at = At::End;
                Some(Item::Bad(format!("read failed: {}", io_message(&err))))
            }
        }
    }

    /// Reads up to and including the next item.
    fn advance(&mut self) -> io::Result<Option<Item>> {
        loop {
            let expected = match self.at {
                At::End => return Ok(None),
                At::Start => "'['",
                At::First => "an item or ']'",
                At::Next => "',' or ']'",
            };
            let byte = self.next_token()?;
            match (self.at, byte) {
                (At::Start, Some(b'[')) => self.at = At::First,
                (At::First | At::Next, Some(b']')) => {
                    self.at = At::End;
                    return Ok(None);
                }
                (At::Next, Some(b',')) => self.at = At::First,
                (At::First, Some(_)) => {
                    self.at = At::Next;
                    self.count += 1;
                    return self.item().map(Some);
                }
                (_, found) => {
                    self.at = At::End;
                    let found = match found {
                        Some(b) => format!("'{}'", char::from(b).escape_default()),
                        None => "the end of the input".to_string(),
                    };
                    let after = match self.count {
                        0 => String::new(),
                        n => format!(" after item {n}"),
                    };
                    return Ok(Some(Item::Bad(format!(
                        "not a JSON array of objects: expected {expected}{after}, found {found}"
                    ))));
                }
            }
        }
    }

    /// The next byte that is not whitespace, not consumed unless it is
    /// punctuation (`[`, `]`, `,`).
    fn next_token(&mut self) -> io::Result<Option<u8>> {
        loop {
            let buf = fill(&mut self.reader)?;
            if buf.is_empty() {
                return Ok(None);
            }
            match buf.iter().position(|b| !b.is_ascii_whitespace()) {
                None => {
                    let all = buf.len();
                    self.reader.consume(all);
                }
                Some(at) => {
                    let byte = buf[at];
                    let punctuation = matches!(byte, b'[' | b']' | b',');
                    self.reader.consume(at + usize::from(punctuation));
                    return Ok(Some(byte));
                }
            }
        }
    }

    /// Reads one item, up to the `,` or `]` after it (not consumed): its
    /// bytes, or its size when it is over the limit.
    fn item(&mut self) -> io::Result<Item> {
        let mut bytes = Vec::new();
        let mut size = 0u64;
        let mut scan = Scan::default();
        loop {
            let buf = fill(&mut self.reader)?;
            if buf.is_empty() {
                // Not closed: the item is whatever came, and the array
                // ends with an error after it.
                self.at = At::Next;
                break;
            }
            let (used, ended) = match scan.end(buf) {
                Some(at) => (at, true),
                None => (buf.len(), false),
            };
            size += used as u64;
            if size <= self.max_bytes as u64 {
                bytes.extend_from_slice(&buf[..used]);
            } else {
                bytes = Vec::new();
            }
            self.reader.consume(used);
            if ended {
                break;
            }
        }
        Ok(if size > self.max_bytes as u64 {
            Item::TooLong(size)
        } else {
            Item::Bytes(bytes)
        })
    }
}

/// Where an item ends: brackets counted outside strings.
#[derive(Debug, Default)]
struct Scan {
    depth: usize,
    in_string: bool,
    escaped: bool,
}

impl Scan {
    /// The position in `buf` of the `,` or `]` that ends the item, if it is
    /// there; the state carries over to the next buffer otherwise.
    fn end(&mut self, buf: &[u8]) -> Option<usize> {
        for (i, &b) in buf.iter().enumerate() {
            if self.in_string {
                match (self.escaped, b) {
                    (true, _) => self.escaped = false,
                    (false, b'\\') => self.escaped = true,
                    (false, b'"') => self.in_string = false,
                    _ => {}
                }
                continue;
            }
            match b {
                b'"' => self.in_string = true,
                b'{' | b'[' => self.depth += 1,
                b'}' | b']' if self.depth > 0 => self.depth -= 1,
                b',' | b']' if self.depth == 0 => return Some(i),
                _ => {}
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn postings(input: &str, max: usize) -> Vec<Posting> {
        let options = ReadOptions {
            max_posting_bytes: max,
            ..ReadOptions::default()
        };
        read(
            Arc::from("a.json"),
            io::BufReader::with_capacity(7, io::Cursor::new(input.as_bytes().to_vec())),
            Arc::new(options),
        )
        .collect()
    }

    fn summary(p: &Posting) -> (String, Result<String, String>) {
        (p.id.clone(), p.text.clone())
    }

    #[test]
    fn items_are_read_one_at_a_time() {
        let input = r#" [ {"id": "a", "description": "x, [y] {z}"},
            {"description": "q\"]"} ,{"text": "t", "nested": [1, {"a": "]"}]}]  "#;
        let got: Vec<_> = postings(input, 1000).iter().map(summary).collect();
        assert_eq!(
            got,
            [
                ("a".to_string(), Ok("x, [y] {z}".to_string())),
                ("item:2".to_string(), Ok("q\"]".to_string())),
                ("item:3".to_string(), Ok("t".to_string())),
            ]
        );
        assert!(postings("[]", 10).is_empty());
    }

    #[test]
    fn bad_items_and_bad_arrays_are_error_postings() {
        let input = r#"[{"description": "ok"}, 5, {"description": }, {"description": "big one here, and longer"}, {"description": "after"} {"x": 1}]"#;
        let got = postings(input, 40);
        assert_eq!(got.len(), 5, "{got:?}");
        assert_eq!(got[0].text.as_deref(), Ok("ok"));
        assert_eq!(
            got[1].text.as_ref().unwrap_err(),
            "item 2 is JSON but not an object"
        );
        assert!(got[2]
            .text
            .as_ref()
            .unwrap_err()
            .starts_with("item 3 is not valid JSON"));
        assert!(got[3]
            .text
            .as_ref()
            .unwrap_err()
            .contains("over --max-posting-bytes"));
        assert!(
            got[4]
                .text
                .as_ref()
                .unwrap_err()
                .contains("trailing characters"),
            "{got:?}"
        );
        let open = postings(r#"[{"description": "a"}, {"description": "b""#, 100);
        assert_eq!(open.len(), 3);
        assert!(open[1]
            .text
            .as_ref()
            .unwrap_err()
            .contains("not valid JSON"));
        assert!(open[2]
            .text
            .as_ref()
            .unwrap_err()
            .contains("found the end of the input"));
    }
}
