//! The JSON lines sink: one JSON object per posting, for pipelines.
//!
//! Each line has the CSV columns as fields, in the same order and with the
//! same names: `source`, `posting_id`, `words`, `hits`, `relevance`, one
//! flat `p_<role>` field per role, `top_role`, `confidence`, `evidence` and
//! `error`. Numbers are JSON numbers rounded to 4 decimals like the CSV;
//! `evidence` is the same `term×count; ...` string. For a posting that could
//! not be read the score fields are `null` and `error` holds the reason; for
//! a scored one `error` is `null`. Text is written as it is: the CSV's
//! formula guard does not apply to JSON.
//!
//! [`JsonlFormat`] turns one row into its line from `&self`, so rows can be
//! formatted on any thread; [`JsonlSink`] writes them in order.

use std::io::Write;
use std::path::Path;

use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;

use super::destination::Destination;
use super::row::{Labels, Row};
use crate::error::{Error, Result};
use crate::lexicon::Lexicon;

/// Formats rows as JSON lines.
#[derive(Debug, Clone)]
pub struct JsonlFormat {
    labels: Labels,
    p_names: Vec<String>,
}

impl JsonlFormat {
    /// The format for `lexicon`'s fields; `evidence` is how many terms the
    /// evidence field lists.
    pub fn new(lexicon: &Lexicon, evidence: usize) -> JsonlFormat {
        JsonlFormat {
            labels: Labels::new(lexicon, evidence),
            p_names: lexicon
                .roles
                .iter()
                .map(|r| format!("p_{}", r.id))
                .collect(),
        }
    }

    /// Appends `row` as one line (with its `\n`) to `out`.
    pub fn write_row(&self, row: &Row, out: &mut Vec<u8>) {
        let line = Line {
            row,
            labels: &self.labels,
            p_names: &self.p_names,
        };
        serde_json::to_writer(&mut *out, &line).expect("a row always serializes");
        out.push(b'\n');
    }
}

/// Writes rows as JSON lines.
pub struct JsonlSink {
    out: std::io::BufWriter<Destination>,
    format: JsonlFormat,
    /// Reused buffer for formatting rows.
    line: Vec<u8>,
}

impl JsonlSink {
    /// Creates a sink writing to `destination`; `evidence` is how many terms
    /// the evidence field lists.
    pub fn new(destination: Destination, lexicon: &Lexicon, evidence: usize) -> JsonlSink {
        JsonlSink {
            out: std::io::BufWriter::with_capacity(1 << 16, destination),
            format: JsonlFormat::new(lexicon, evidence),
            line: Vec::new(),
        }
    }

    /// The format this sink writes rows in, for formatting them elsewhere
    /// (see [`JsonlSink::write_bytes`]).
    pub fn format(&self) -> &JsonlFormat {
        &self.format
    }

    /// Writes one row as a line.
    pub fn write(&mut self, row: &Row) -> Result<()> {
        self.line.clear();
        self.format.write_row(row, &mut self.line);
        self.out
            .write_all(&self.line)
            .map_err(|e| Error::io(self.out.get_ref().display(), e))
    }

    /// Writes lines already formatted by [`JsonlSink::format`] (or an equal
    /// [`JsonlFormat`]).
    pub fn write_bytes(&mut self, bytes: &[u8]) -> Result<()> {
        self.out
            .write_all(bytes)
            .map_err(|e| Error::io(self.out.get_ref().display(), e))
    }

    /// The temporary file being written, for file output.
    pub fn temp_path(&self) -> Option<&Path> {
        self.out.get_ref().temp_path()
    }

    /// Flushes everything and, for file output, renames the temporary file
    /// over the target.
    pub fn finish(self) -> Result<()> {
        let display = self.out.get_ref().display().to_path_buf();
        let destination = self
            .out
            .into_inner()
            .map_err(|e| Error::io(display, e.into_error()))?;
        destination.finish()
    }
}

/// One row as a JSON object, fields in CSV column order.
struct Line<'a> {
    row: &'a Row,
    labels: &'a Labels,
    p_names: &'a [String],
}

/// Rounds to 4 decimals, as the CSV prints numbers.
/// `x` rounded to the CSV's four decimals: the number the CSV prints, read
/// back, so both formats give the same digits (`(x · 1e4).round()` would
/// round twice and can differ in the last digit).
fn round4(x: f64) -> f64 {
    super::row::number(x)
        .parse()
        .expect("a formatted number parses")
}

impl Serialize for Line<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        let row = self.row;
        let labels = self.labels;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("source", &*row.source)?;
        map.serialize_entry("posting_id", &row.posting_id)?;
        match &row.result {
            Ok(scored) => {
                let s = &scored.scores;
                map.serialize_entry("words", &scored.words)?;
                map.serialize_entry("hits", &scored.hits)?;
                map.serialize_entry("relevance", &round4(s.relevance))?;
                for (name, p) in self.p_names.iter().zip(&s.probabilities) {
                    map.serialize_entry(name, &round4(*p))?;
                }
                map.serialize_entry("top_role", labels.top_role(s))?;
                map.serialize_entry("confidence", &round4(s.confidence))?;
                map.serialize_entry("evidence", &labels.evidence(s))?;
                map.serialize_entry("error", &())?;
            }
            Err(message) => {
                for name in ["words", "hits", "relevance"]
                    .into_iter()
                    .chain(self.p_names.iter().map(String::as_str))
                    .chain(["top_role", "confidence", "evidence"])
                {
                    map.serialize_entry(name, &())?;
                }
                map.serialize_entry("error", message)?;
            }
        }
        map.end()
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn rounds_like_the_csv() {
        // 0.00035 is stored just below the half: the CSV prints 0.0003,
        // while multiplying first gives exactly 3.5, which rounds to 0.0004.
        assert_eq!(super::round4(0.00035), 0.0003);
        assert_eq!(super::round4(0.00105), 0.0010);
        assert_eq!(super::round4(0.99995), 1.0);
        assert_eq!(super::round4(0.123_449), 0.1234);
    }

    use super::*;
    use crate::output::testing::Shared;
    use crate::output::Scored;
    use crate::score::RoleScores;
    use std::sync::Arc;

    #[test]
    fn fields_in_column_order_numbers_as_numbers() {
        let lexicon = Lexicon::parse("[roles]\na | A\nb | B\n[terms]\nx | a=1\n", "t").unwrap();
        let out = Shared::default();
        let mut sink = JsonlSink::new(Destination::writer(out.clone(), "<t>"), &lexicon, 5);
        sink.write(&Row {
            source: Arc::from("f.jsonl"),
            posting_id: "=1".into(),
            result: Ok(Scored {
                words: 4,
                hits: 1,
                scores: RoleScores {
                    probabilities: vec![0.731_058_578_6, 0.268_941_421_4],
                    relevance: 0.5,
                    top_role: Some(0),
                    confidence: 0.365_529,
                    evidence: vec![(0, 1)],
                },
            }),
        })
        .unwrap();
        sink.write(&Row {
            source: Arc::from("f.jsonl"),
            posting_id: "line:2".into(),
            result: Err("line 2 is not valid JSON".into()),
        })
        .unwrap();
        sink.finish().unwrap();
        let text = String::from_utf8(out.0.lock().unwrap().clone()).unwrap();
        assert_eq!(
            text,
            "{\"source\":\"f.jsonl\",\"posting_id\":\"=1\",\"words\":4,\"hits\":1,\"relevance\":0.5,\
             \"p_a\":0.7311,\"p_b\":0.2689,\"top_role\":\"a\",\"confidence\":0.3655,\"evidence\":\"x×1\",\"error\":null}\n\
             {\"source\":\"f.jsonl\",\"posting_id\":\"line:2\",\"words\":null,\"hits\":null,\"relevance\":null,\
             \"p_a\":null,\"p_b\":null,\"top_role\":null,\"confidence\":null,\"evidence\":null,\
             \"error\":\"line 2 is not valid JSON\"}\n"
        );
    }
}
