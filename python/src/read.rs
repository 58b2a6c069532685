//! Reading postings with the CLI's reader (`rolescan::source::Postings`):
//! the `PostingReader` class streams them as Arrow record batches, so
//! sources, ids (`line:N`, `row:N`, file stems), error rows and warnings
//! are the CLI's. The reading options (`input_format`, fields and columns,
//! `encoding`, `delimiter`, `sheet`, `max_posting_bytes`) are
//! `rolescan score`'s flags, checked here with the CLI's rules.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use arrow_array::builder::LargeStringBuilder;
use arrow_array::{ArrayRef, RecordBatch};
use arrow_schema::{DataType, Field, Schema, SchemaRef};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3_arrow::PyRecordBatch;
use rolescan::source::{Encoding, Format, Posting, Postings, ReadOptions};

/// Warnings of a batch: (row in the batch, message).
pub type Warnings = Vec<(usize, String)>;

/// A batch as Python gets it (`pyarrow.RecordBatch`) and its warnings.
pub type PyBatch<'py> = (Bound<'py, PyAny>, Warnings);

/// The columns of the batches read, all `large_string`.
const COLUMNS: [&str; 4] = ["source", "posting_id", "text", "error"];

/// `--encoding`: `auto` or a WHATWG label, as `encoding=` names it.
pub fn parse_encoding(label: &str) -> PyResult<Encoding> {
    Encoding::from_label(label).ok_or_else(|| {
        PyValueError::new_err(format!(
            "encoding={label:?}: unknown encoding; use 'auto', 'utf-8', 'utf-16le', \
             'utf-16be', 'windows-1252', 'latin1', 'iso-8859-15' or another WHATWG label"
        ))
    })
}

/// `--delimiter`: one ASCII character other than a quote or a line end, or
/// its name (tab, comma, semicolon, pipe).
fn parse_delimiter(value: &str) -> PyResult<u8> {
    let byte = match value.to_ascii_lowercase().as_str() {
        "tab" | "\\t" => b'\t',
        "comma" => b',',
        "semicolon" => b';',
        "pipe" => b'|',
        _ if value.len() == 1 && value.is_ascii() => value.as_bytes()[0],
        _ => {
            return Err(PyValueError::new_err(format!(
                "delimiter={value:?}: give one ASCII character, or 'tab', 'comma', \
                 'semicolon' or 'pipe'"
            )))
        }
    };
    if matches!(byte, b'"' | b'\n' | b'\r') {
        return Err(PyValueError::new_err(format!(
            "delimiter={value:?}: a quote or a line end cannot separate fields"
        )));
    }
    Ok(byte)
}

/// `--input-format`.
fn parse_format(value: &str) -> PyResult<Format> {
    Ok(match value {
        "text" => Format::Text,
        "html" => Format::Html,
        "jsonl" => Format::Jsonl,
        "csv" => Format::Csv,
        "tsv" => Format::Tsv,
        "docx" => Format::Docx,
        "odt" => Format::Odt,
        "pdf" => Format::Pdf,
        "sheet" => Format::Sheet,
        other => {
            return Err(PyValueError::new_err(format!(
                "input_format={other:?}: expected 'text', 'html', 'jsonl', 'csv', 'tsv', 'docx', 'odt', 'pdf' or 'sheet'"
            )))
        }
    })
}

/// Postings read as `rolescan score` reads its inputs, `batch_size` at a
/// time: iterating gives `(pyarrow.RecordBatch, warnings)`, the batch with
/// the columns `source`, `posting_id`, `text`, `error` (non-null when the
/// posting could not be read; `text` is then null) and `warnings` a list of
/// `(row in the batch, message)` for postings read with a warning (invalid
/// UTF-8 replaced, an encoding guessed, an empty text). Only one batch is
/// held at a time.
#[pyclass(frozen, module = "rolescan._rolescan")]
pub struct PostingReader {
    postings: Mutex<std::iter::Peekable<Postings>>,
    batch_size: usize,
    schema: SchemaRef,
}

#[pymethods]
impl PostingReader {
    #[new]
    #[pyo3(signature = (inputs, input_format=None, text_field=None, id_field=None, text_column=None, id_column=None, encoding="auto", delimiter=None, sheet=None, max_posting_bytes=rolescan::source::DEFAULT_MAX_POSTING_BYTES, batch_size=65536))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        inputs: Vec<PathBuf>,
        input_format: Option<&str>,
        text_field: Option<String>,
        id_field: Option<String>,
        text_column: Option<String>,
        id_column: Option<String>,
        encoding: &str,
        delimiter: Option<&str>,
        sheet: Option<String>,
        max_posting_bytes: usize,
        batch_size: usize,
    ) -> PyResult<PostingReader> {
        if max_posting_bytes == 0 {
            return Err(PyValueError::new_err(
                "max_posting_bytes=0: the largest posting must be at least one byte",
            ));
        }
        if batch_size == 0 {
            return Err(PyValueError::new_err("batch_size=0: at least one posting"));
        }
        let options = ReadOptions {
            format: input_format.map(parse_format).transpose()?,
            text_field,
            id_field,
            text_column,
            id_column,
            encoding: parse_encoding(encoding)?,
            delimiter: delimiter.map(parse_delimiter).transpose()?,
            sheet,
            max_posting_bytes,
            ..ReadOptions::default()
        };
        let schema = Arc::new(Schema::new(
            COLUMNS
                .iter()
                .map(|name| Field::new(*name, DataType::LargeUtf8, true))
                .collect::<Vec<_>>(),
        ));
        Ok(PostingReader {
            postings: Mutex::new(Postings::new(inputs, options).peekable()),
            batch_size,
            schema,
        })
    }

    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    /// The next batch and its warnings; `StopIteration` at the end.
    fn __next__<'py>(&self, py: Python<'py>) -> PyResult<Option<PyBatch<'py>>> {
        let read = py.detach(|| self.next_batch());
        match read {
            None => Ok(None),
            Some(Err(e)) => Err(PyValueError::new_err(e.to_string())),
            Some(Ok((batch, warnings))) => Ok(Some((
                PyRecordBatch::new(batch).into_pyarrow(py)?,
                warnings,
            ))),
        }
    }
}

/// A batch and its warnings, as [`PostingReader::__next__`] gives them.
type Batch = (RecordBatch, Warnings);

impl PostingReader {
    /// Reads up to `batch_size` postings; `None` when none are left.
    fn next_batch(&self) -> Option<Result<Batch, arrow_schema::ArrowError>> {
        let mut postings = self.postings.lock().unwrap_or_else(|e| e.into_inner());
        postings.peek()?;
        let chunk: Vec<Posting> = postings.by_ref().take(self.batch_size).collect();
        drop(postings);
        let mut b: Vec<LargeStringBuilder> = (0..COLUMNS.len())
            .map(|_| LargeStringBuilder::new())
            .collect();
        let mut warnings = Vec::new();
        for (row, p) in chunk.iter().enumerate() {
            b[0].append_value(&p.source);
            b[1].append_value(&p.id);
            match &p.text {
                Ok(text) => {
                    b[2].append_value(text);
                    b[3].append_null();
                }
                Err(e) => {
                    b[2].append_null();
                    b[3].append_value(e);
                }
            }
            // An error row reports its error, not its warning (as the CLI).
            if let (Ok(_), Some(w)) = (&p.text, &p.warning) {
                warnings.push((row, w.clone()));
            }
        }
        let arrays = b
            .iter_mut()
            .map(|b| Arc::new(b.finish()) as ArrayRef)
            .collect();
        Some(RecordBatch::try_new(Arc::clone(&self.schema), arrays).map(|batch| (batch, warnings)))
    }
}
