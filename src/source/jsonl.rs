//! JSON lines: one posting per line, streamed.
//!
//! Reading only splits the input into lines (and counts them, for `line:N`
//! ids and messages); each non-blank line becomes a [`Line`] record, which
//! [`Line::parse`] decodes and parses later, on whichever thread scores it.
//! Each non-blank line must be a JSON object. The text comes from
//! `--text-field` (or the first of `description`, `text`, `body`, `content`
//! present) and the id from `--id-field` (or `id`, else `line:N`). A line
//! that is not JSON, not an object, or has no usable text becomes an error
//! posting; the stream goes on. A file whose first non-blank byte is `[` is
//! read as one JSON array of objects instead, parsed whole while reading.

use std::io::{BufRead, Read};
use std::sync::Arc;

use serde_json::Value;

use super::{
    decode, io_message, Posting, ReadOptions, Record, DEFAULT_ID_FIELD, DEFAULT_TEXT_FIELDS,
};

/// One non-blank line of a JSON lines input, as read: raw bytes (with the
/// line end), not yet checked for UTF-8 nor parsed.
#[derive(Debug)]
pub struct Line {
    source: Arc<str>,
    /// 1-based line number.
    line_no: usize,
    bytes: Vec<u8>,
    options: Arc<ReadOptions>,
}

impl Line {
    /// The size of the line in bytes.
    pub fn len(&self) -> usize {
        self.bytes.len()
    }

    /// Whether the line has no bytes (never, for a line read from input).
    pub fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }

    /// Decodes and parses the line into its posting: invalid UTF-8 is
    /// replaced (with a warning naming the line), and a line that is not a
    /// JSON object, or has no usable text, becomes an error posting.
    pub fn parse(self) -> Posting {
        let Line {
            source,
            line_no,
            bytes,
            options,
        } = self;
        let (line, warning) = decode(bytes);
        let mut posting = match serde_json::from_str::<Value>(&line) {
            Ok(value) => from_value(&source, &value, &options, line_no),
            Err(err) => Posting::error(
                &source,
                format!("line:{line_no}"),
                format!("line {line_no} is not valid JSON: {err}"),
            ),
        };
        posting.warning = warning.map(|w| format!("line {line_no}: {w}"));
        posting
    }
}

/// Streams the records of a JSON lines (or JSON array) input: one
/// [`Record::JsonLine`] per non-blank line, or, for an array, the postings
/// already parsed.
pub fn read<R: BufRead + Send + 'static>(
    source: Arc<str>,
    mut reader: R,
    options: Arc<ReadOptions>,
) -> Box<dyn Iterator<Item = Record> + Send> {
    let is_array = matches!(reader.fill_buf(), Ok(buf) if buf.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'['));
    if is_array {
        return Box::new(read_array(source, reader, options).map(Record::Posting));
    }
    let mut line_no = 0usize;
    let mut buf = Vec::new();
    let mut failed = false;
    Box::new(std::iter::from_fn(move || loop {
        if failed {
            return None;
        }
        buf.clear();
        match reader.read_until(b'\n', &mut buf) {
            Ok(0) => return None,
            Ok(_) => {}
            Err(err) => {
                failed = true;
                return Some(Record::Posting(Posting::error(
                    &source,
                    format!("line:{}", line_no + 1),
                    format!("read failed: {}", io_message(&err)),
                )));
            }
        }
        line_no += 1;
        if buf.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        // An exact-size copy: the record holds no spare capacity, so the
        // pipeline's byte bound on batches is the memory they take.
        return Some(Record::JsonLine(Line {
            source: Arc::clone(&source),
            line_no,
            bytes: buf.clone(),
            options: Arc::clone(&options),
        }));
    }))
}

fn read_array<R: Read + Send + 'static>(
    source: Arc<str>,
    reader: R,
    options: Arc<ReadOptions>,
) -> Box<dyn Iterator<Item = Posting> + Send> {
    match serde_json::from_reader::<_, Vec<Value>>(reader) {
        Ok(values) => Box::new(values.into_iter().enumerate().map(move |(i, v)| {
            let mut p = from_value(&source, &v, &options, i + 1);
            if p.id == format!("line:{}", i + 1) {
                p.id = format!("item:{}", i + 1);
            }
            p
        })),
        Err(err) => Box::new(std::iter::once(Posting::error(
            &source,
            "",
            format!("not a JSON array of objects: {err}"),
        ))),
    }
}

/// Builds a posting from one JSON object.
fn from_value(source: &Arc<str>, value: &Value, options: &ReadOptions, line_no: usize) -> Posting {
    let Value::Object(map) = value else {
        return Posting::error(
            source,
            format!("line:{line_no}"),
            format!("line {line_no} is JSON but not an object"),
        );
    };
    let id_field = options.id_field.as_deref().unwrap_or(DEFAULT_ID_FIELD);
    let id = match map.get(id_field) {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        _ => format!("line:{line_no}"),
    };
    let text = match &options.text_field {
        Some(field) => match map.get(field.as_str()) {
            Some(Value::String(s)) => Ok(s.clone()),
            Some(Value::Null) | None => Err(missing(field, map)),
            Some(_) => Err(format!("field '{field}' is not a string")),
        },
        None => DEFAULT_TEXT_FIELDS
            .iter()
            .find_map(|f| map.get(*f).and_then(Value::as_str))
            .map(str::to_string)
            .ok_or_else(|| missing(&DEFAULT_TEXT_FIELDS.join("/"), map)),
    };
    Posting {
        source: Arc::clone(source),
        id,
        text,
        warning: None,
    }
}

fn missing(field: &str, map: &serde_json::Map<String, Value>) -> String {
    let present: Vec<&str> = map.keys().map(String::as_str).take(12).collect();
    format!(
        "no text field '{field}' (fields present: {}); choose one with --text-field",
        present.join(", ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn postings(input: &str, options: ReadOptions) -> Vec<Posting> {
        read(
            Arc::from("t.jsonl"),
            std::io::Cursor::new(input.as_bytes().to_vec()),
            Arc::new(options),
        )
        .map(Record::into_posting)
        .collect()
    }

    #[test]
    fn lines_fields_and_errors() {
        let input = "{\"id\": \"a\", \"description\": \"one\"}\n\n\
                     not json\n\
                     {\"id\": 7, \"text\": \"two\"}\n\
                     {\"title\": \"no text\"}\n\
                     [1, 2]\n\
                     {\"id\": \"z\", \"description\": \"last\"}";
        let p = postings(input, ReadOptions::default());
        assert_eq!(p.len(), 6);
        assert_eq!((p[0].id.as_str(), p[0].text.as_deref()), ("a", Ok("one")));
        assert_eq!(p[1].id, "line:3");
        assert!(p[1].text.as_ref().unwrap_err().contains("not valid JSON"));
        assert_eq!((p[2].id.as_str(), p[2].text.as_deref()), ("7", Ok("two")));
        assert!(p[3]
            .text
            .as_ref()
            .unwrap_err()
            .contains("fields present: title"));
        assert!(p[4].text.as_ref().unwrap_err().contains("not an object"));
        assert_eq!(p[5].text.as_deref(), Ok("last"));
    }

    #[test]
    fn named_fields() {
        let options = ReadOptions {
            text_field: Some("body".into()),
            id_field: Some("ref".into()),
            ..ReadOptions::default()
        };
        let p = postings(
            "{\"ref\": \"r1\", \"body\": \"b\", \"description\": \"d\"}\n",
            options,
        );
        assert_eq!((p[0].id.as_str(), p[0].text.as_deref()), ("r1", Ok("b")));
    }

    #[test]
    fn json_array() {
        let p = postings(
            "  [{\"description\": \"a\"}, {\"id\": \"x\", \"description\": \"b\"}]",
            ReadOptions::default(),
        );
        assert_eq!(p.len(), 2);
        assert_eq!(p[0].id, "item:1");
        assert_eq!(p[1].id, "x");
    }
}
