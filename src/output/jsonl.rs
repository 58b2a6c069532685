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
//! formatted on any thread; [`JsonlSink`] writes them in order. The keys
//! and punctuation of a line are written straight into the buffer, the
//! keys of the roles and their ids prepared once; serde_json writes each
//! value (string escapes, float digits). A test compares the lines with
//! those of the row serialized as a map by serde_json.

use std::io::Write;
use std::path::Path;

use serde::Serialize;

use super::destination::Destination;
use super::row::{Labels, Row};
use crate::error::{Error, Result};
use crate::lexicon::{Lexicon, OTHER_ROLE};

/// Formats rows as JSON lines.
#[derive(Debug, Clone)]
pub struct JsonlFormat {
    labels: Labels,
    /// `,"p_<role>":` for each role, the key as serde_json writes it.
    p_keys: Vec<Vec<u8>>,
    /// The `top_role` values: each role id as a JSON string, then
    /// `"other"`.
    top_roles: Vec<Vec<u8>>,
}

impl JsonlFormat {
    /// The format for `lexicon`'s fields; `evidence` is how many terms the
    /// evidence field lists.
    pub fn new(lexicon: &Lexicon, evidence: usize) -> JsonlFormat {
        let labels = Labels::new(lexicon, evidence);
        let p_keys = lexicon
            .roles
            .iter()
            .map(|r| {
                let mut key = b",".to_vec();
                json_value(&mut key, &format!("p_{}", r.id));
                key.push(b':');
                key
            })
            .collect();
        let top_roles = labels
            .roles
            .iter()
            .map(String::as_str)
            .chain([OTHER_ROLE])
            .map(|role| {
                let mut value = Vec::new();
                json_value(&mut value, role);
                value
            })
            .collect();
        JsonlFormat {
            labels,
            p_keys,
            top_roles,
        }
    }

    /// Appends `row` as one line (with its `\n`) to `out`: the bytes of the
    /// row serialized by serde_json as a map of the fields.
    pub fn write_row(&self, row: &Row, out: &mut Vec<u8>) {
        out.extend_from_slice(b"{\"source\":");
        json_value(out, &*row.source);
        out.extend_from_slice(b",\"posting_id\":");
        json_value(out, &row.posting_id);
        match &row.result {
            Ok(scored) => {
                let s = &scored.scores;
                out.extend_from_slice(b",\"words\":");
                out.extend_from_slice(itoa::Buffer::new().format(scored.words).as_bytes());
                out.extend_from_slice(b",\"hits\":");
                out.extend_from_slice(itoa::Buffer::new().format(scored.hits).as_bytes());
                out.extend_from_slice(b",\"relevance\":");
                json_value(out, &round4(s.relevance));
                for (key, &p) in self.p_keys.iter().zip(&s.probabilities) {
                    out.extend_from_slice(key);
                    json_value(out, &round4(p));
                }
                out.extend_from_slice(b",\"top_role\":");
                let top = s.top_role.unwrap_or(self.labels.roles.len());
                out.extend_from_slice(&self.top_roles[top]);
                out.extend_from_slice(b",\"confidence\":");
                json_value(out, &round4(s.confidence));
                out.extend_from_slice(b",\"evidence\":");
                json_value(out, &self.labels.evidence(s));
                out.extend_from_slice(b",\"error\":null,\"top_code\":");
                json_value(out, &self.labels.top_code(s));
                out.extend_from_slice(b"}\n");
            }
            Err(message) => {
                out.extend_from_slice(b",\"words\":null,\"hits\":null,\"relevance\":null");
                for key in &self.p_keys {
                    out.extend_from_slice(key);
                    out.extend_from_slice(b"null");
                }
                out.extend_from_slice(
                    b",\"top_role\":null,\"confidence\":null,\"evidence\":null,\"error\":",
                );
                json_value(out, message);
                out.extend_from_slice(b",\"top_code\":null}\n");
            }
        }
    }
}

/// Appends `value` as serde_json writes it.
fn json_value<T: Serialize + ?Sized>(out: &mut Vec<u8>, value: &T) {
    serde_json::to_writer(&mut *out, value).expect("a string or a number always serializes");
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

/// `x` rounded to the CSV's four decimals: the number the CSV prints, read
/// back, so JSON lines and xlsx cells give the CSV's digits
/// (`(x · 1e4).round()` would round twice and can differ in the last
/// digit). For the values the CSV prints without `format!` (see
/// [`super::csv::fixed4`]) the printed number is `n / 10000` for a whole
/// `n`, and reading `"0.1234"` back gives the double nearest to
/// 1234 / 10000, which is what dividing the two exact doubles gives too
/// (both round correctly), without the text.
pub(super) fn round4(x: f64) -> f64 {
    match super::csv::fixed4_units(x) {
        Some(n) => f64::from(n) / 10_000.0,
        None => super::row::number(x)
            .parse()
            .expect("a formatted number parses"),
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
    use serde::ser::{SerializeMap, Serializer};
    use std::sync::Arc;

    #[test]
    fn fields_in_column_order_numbers_as_numbers() {
        let lexicon = Lexicon::parse(
            "[roles]\na | A | code=15-1299.09\nb | B\n[terms]\nx | a=1\n",
            "t",
        )
        .unwrap();
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
             \"p_a\":0.7311,\"p_b\":0.2689,\"top_role\":\"a\",\"confidence\":0.3655,\
             \"evidence\":\"x×1\",\"error\":null,\"top_code\":\"15-1299.09\"}\n\
             {\"source\":\"f.jsonl\",\"posting_id\":\"line:2\",\"words\":null,\"hits\":null,\"relevance\":null,\
             \"p_a\":null,\"p_b\":null,\"top_role\":null,\"confidence\":null,\"evidence\":null,\
             \"error\":\"line 2 is not valid JSON\",\"top_code\":null}\n"
        );
    }
    /// [`round4`] the slow way: the CSV's text, read back.
    fn round4_through_text(x: f64) -> f64 {
        super::super::row::number(x).parse().unwrap()
    }

    /// One row as a JSON object, fields in CSV column order, serialized by
    /// serde_json as a map, numbers rounded through their text: what
    /// `JsonlFormat::write_row` must give.
    struct Line<'a> {
        row: &'a Row,
        labels: &'a Labels,
        p_names: &'a [String],
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
                    map.serialize_entry("relevance", &round4_through_text(s.relevance))?;
                    for (name, p) in self.p_names.iter().zip(&s.probabilities) {
                        map.serialize_entry(name, &round4_through_text(*p))?;
                    }
                    map.serialize_entry("top_role", labels.top_role(s))?;
                    map.serialize_entry("confidence", &round4_through_text(s.confidence))?;
                    map.serialize_entry("evidence", &labels.evidence(s))?;
                    map.serialize_entry("error", &())?;
                    map.serialize_entry("top_code", &labels.top_code(s))?;
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
                    map.serialize_entry("top_code", &())?;
                }
            }
            map.end()
        }
    }

    /// The line of `row` as serde_json writes the map.
    fn reference_line(format: &JsonlFormat, row: &Row) -> Vec<u8> {
        let p_names: Vec<String> = format
            .labels
            .roles
            .iter()
            .map(|r| format!("p_{r}"))
            .collect();
        let line = Line {
            row,
            labels: &format.labels,
            p_names: &p_names,
        };
        let mut out = serde_json::to_vec(&line).unwrap();
        out.push(b'\n');
        out
    }

    #[test]
    fn round4_agrees_with_the_text() {
        let mut values = vec![0.0, 1.0, 0.5, 0.00005, 0.99995, 0.00035, -0.0, 2.5, 1e-300];
        let mut state = 0x2545_F491_4F6C_DD1Du64;
        for _ in 0..200_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            values.push((state >> 11) as f64 / (1u64 << 53) as f64);
            values.push(f64::from((state % 10_001) as u32) / 10_000.0);
        }
        for x in values {
            assert_eq!(
                round4(x).to_bits(),
                round4_through_text(x).to_bits(),
                "{x:e}"
            );
        }
    }

    mod generated {
        use super::*;
        use proptest::prelude::*;

        /// Strings made of the characters JSON escapes, and others.
        fn text() -> BoxedStrategy<String> {
            let c = prop::sample::select(vec![
                'a',
                ' ',
                '"',
                '\\',
                '/',
                '\n',
                '\r',
                '\t',
                '\u{1}',
                '\u{1f}',
                '\u{7f}',
                '\u{e9}',
                '\u{2028}',
                '\u{1F600}',
                '=',
            ]);
            prop::collection::vec(c, 0..6)
                .prop_map(|c| c.into_iter().collect())
                .boxed()
        }

        fn number() -> BoxedStrategy<f64> {
            prop_oneof![
                3 => 0.0..=1.0f64,
                1 => prop::sample::select(vec![
                    0.0, 1.0, 0.5, 0.00005, 0.00035, 0.99995, -0.0, 2.5, -1.0, 1e-300, 1e300,
                    f64::NAN, f64::INFINITY, f64::NEG_INFINITY,
                ]),
            ]
            .boxed()
        }

        fn labels_and_rows() -> impl Strategy<Value = (Labels, Vec<Row>)> {
            crate::output::row::generated::labels_and_rows(text, number, 6, 5)
        }

        /// A format for `labels` as `JsonlFormat::new` makes one for a
        /// lexicon.
        fn format(labels: Labels) -> JsonlFormat {
            static BASE: std::sync::LazyLock<Lexicon> = std::sync::LazyLock::new(|| {
                let mut lexicon = Lexicon::builtin();
                lexicon.entries.clear();
                lexicon
            });
            let mut lexicon = BASE.clone();
            let role = lexicon.roles[0].clone();
            lexicon.roles = labels
                .roles
                .iter()
                .map(|id| crate::lexicon::Role {
                    id: id.clone(),
                    ..role.clone()
                })
                .collect();
            let mut format = JsonlFormat::new(&lexicon, labels.evidence);
            format.labels = labels;
            format
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(2048))]

            /// Lines written key by key are the bytes serde_json writes for
            /// the row as a map.
            #[test]
            fn lines_agree_with_the_map((labels, rows) in labels_and_rows()) {
                let format = format(labels);
                for row in &rows {
                    let mut got = Vec::new();
                    format.write_row(row, &mut got);
                    let want = reference_line(&format, row);
                    prop_assert_eq!(String::from_utf8_lossy(&got), String::from_utf8_lossy(&want));
                }
            }
        }
    }
}
