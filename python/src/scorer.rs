//! The `Scorer` class: one lexicon, compiled, with its own bounded thread
//! pool, scoring Arrow record batches with the CLI's per-posting code.
//!
//! It holds no scoring code of its own: each row goes through
//! `rolescan::pipeline::score_posting`, the function the CLI's pipeline
//! calls per posting, and `top_role` and `evidence` come from
//! `rolescan::output::Labels`, as in the CSV and JSON lines sinks. So the
//! numbers are the CLI's numbers, returned at full float64 precision.

use std::num::NonZeroUsize;
use std::path::PathBuf;
use std::sync::Arc;

use arrow_array::builder::{Float64Builder, Int64Builder, LargeStringBuilder};
use arrow_array::cast::AsArray;
use arrow_array::{Array, ArrayRef, LargeStringArray, RecordBatch};
use arrow_schema::{DataType, Field, Schema, SchemaRef};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3_arrow::PyRecordBatch;
use rayon::prelude::*;
use rolescan::output::csv::CsvSink;
use rolescan::output::{Labels, Row};
use rolescan::pipeline::score_posting;
use rolescan::source::Posting;
use rolescan::{Lexicon, ScanBuffers, Scanner};

/// The columns `_score_batch` reads, all `large_string`: `text`,
/// `posting_id`, `source`, and `error` (non-null: the posting could not be
/// read, and this is why).
const INPUT_COLUMNS: [&str; 4] = ["text", "posting_id", "source", "error"];

/// The most threads a pool may have per CPU available to the process.
const THREADS_PER_CPU: usize = 4;
/// The most threads a pool may have, however many CPUs there are.
const MAX_THREADS: usize = 256;

/// The CPUs this process may use (its affinity and quota, as Rust's
/// standard library sees them; 1 when they cannot be told).
#[pyfunction]
pub fn available_cpus() -> usize {
    std::thread::available_parallelism().map_or(1, NonZeroUsize::get)
}

/// The largest `threads=` a `Scorer` accepts here: 4 per available CPU,
/// and never more than 256. More threads than that only wait on each other,
/// and each one costs a stack and start-up time (10,000 took 52 s).
#[pyfunction]
pub fn max_threads() -> usize {
    (THREADS_PER_CPU * available_cpus()).min(MAX_THREADS)
}

/// A lexicon compiled for scoring, with its own thread pool.
#[pyclass(frozen, module = "rolescan._rolescan")]
pub struct Scorer {
    lexicon: Lexicon,
    scanner: Scanner,
    scorer: rolescan::Scorer,
    labels: Labels,
    pool: rayon::ThreadPool,
    schema: SchemaRef,
}

#[pymethods]
impl Scorer {
    /// `Scorer(lexicon=None, evidence=5, threads=1)`: `lexicon` is a path to
    /// a `.lex`, `.tsv` or `.csv` lexicon (None: the built-in one);
    /// `evidence` how many terms the evidence column lists; `threads` the
    /// scoring threads (0: one per available CPU; at most [`max_threads`]).
    #[new]
    #[pyo3(signature = (lexicon=None, evidence=5, threads=1))]
    fn new(lexicon: Option<PathBuf>, evidence: usize, threads: usize) -> PyResult<Scorer> {
        let limit = max_threads();
        if threads > limit {
            return Err(PyValueError::new_err(format!(
                "threads={threads}: at most {limit} here ({THREADS_PER_CPU} per available CPU, \
                 {} CPUs, and never more than {MAX_THREADS}); 0 means one per CPU",
                available_cpus()
            )));
        }
        let lexicon = match lexicon {
            Some(path) => Lexicon::from_path(&path).map_err(to_value_error)?,
            None => Lexicon::builtin(),
        };
        let scanner = Scanner::new(&lexicon).map_err(to_value_error)?;
        let threads = if threads == 0 {
            available_cpus()
        } else {
            threads
        };
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .map_err(|e| PyValueError::new_err(format!("threads={threads}: {e}")))?;
        Ok(Scorer {
            scorer: rolescan::Scorer::new(&lexicon),
            labels: Labels::new(&lexicon, evidence),
            schema: output_schema(&lexicon),
            scanner,
            pool,
            lexicon,
        })
    }

    /// The output column names, in CSV order.
    #[getter]
    fn columns(&self) -> Vec<String> {
        CsvSink::columns(&self.lexicon)
    }

    /// The lexicon's role ids, in column order.
    #[getter]
    fn roles(&self) -> Vec<String> {
        self.labels.roles.clone()
    }

    /// The lexicon's name.
    #[getter]
    fn lexicon_name(&self) -> String {
        self.lexicon.name.clone()
    }

    /// The threads of the pool.
    #[getter]
    fn threads(&self) -> usize {
        self.pool.current_num_threads()
    }

    /// Scores a record batch with the columns `text`, `posting_id`, `source`
    /// and `error` (all `large_string`; see `rolescan.Scorer.score`, which
    /// prepares them) and returns a `pyarrow.RecordBatch` with the CSV's
    /// columns. The GIL is released while scoring.
    fn _score_batch<'py>(
        &self,
        py: Python<'py>,
        batch: PyRecordBatch,
    ) -> PyResult<Bound<'py, PyAny>> {
        let batch = batch.into_inner();
        let columns = INPUT_COLUMNS
            .iter()
            .map(|name| string_column(&batch, name))
            .collect::<PyResult<Vec<_>>>()?;
        let scored = py.detach(|| self.score_columns(&columns));
        PyRecordBatch::new(scored.map_err(|e| PyValueError::new_err(e.to_string()))?)
            .into_pyarrow(py)
    }
}

impl Scorer {
    /// Scores the input columns (see [`INPUT_COLUMNS`]) into the output batch.
    fn score_columns(
        &self,
        columns: &[LargeStringArray],
    ) -> Result<RecordBatch, arrow_schema::ArrowError> {
        let [text, ids, sources, errors] = columns else {
            unreachable!("four input columns")
        };
        let rows: Vec<Row> = self.pool.install(|| {
            (0..text.len())
                .into_par_iter()
                .map_init(ScanBuffers::default, |buf, i| {
                    let text = if errors.is_valid(i) {
                        Err(errors.value(i).to_string())
                    } else if text.is_valid(i) {
                        Ok(text.value(i).to_string())
                    } else {
                        Err("no text (the text column is null)".to_string())
                    };
                    let posting = Posting {
                        source: Arc::from(cell(sources, i)),
                        id: cell(ids, i).to_string(),
                        text,
                        warning: None,
                    };
                    score_posting(&self.scanner, &self.scorer, buf, &posting)
                })
                .collect()
        });
        self.to_batch(&rows)
    }

    /// The rows as Arrow columns, in CSV column order; score columns are
    /// null for error rows, `error` is null for scored rows.
    fn to_batch(&self, rows: &[Row]) -> Result<RecordBatch, arrow_schema::ArrowError> {
        let n = rows.len();
        let roles = self.labels.roles.len();
        let text = || LargeStringBuilder::with_capacity(n, n * 16);
        let (mut source, mut id, mut top, mut evidence, mut error) =
            (text(), text(), text(), text(), text());
        let (mut words, mut hits) = (Int64Builder::new(), Int64Builder::new());
        let (mut relevance, mut confidence) = (Float64Builder::new(), Float64Builder::new());
        let mut p: Vec<Float64Builder> = (0..roles).map(|_| Float64Builder::new()).collect();
        for row in rows {
            source.append_value(&row.source);
            id.append_value(&row.posting_id);
            match &row.result {
                Ok(scored) => {
                    let s = &scored.scores;
                    words.append_value(scored.words as i64);
                    hits.append_value(scored.hits as i64);
                    relevance.append_value(s.relevance);
                    for (b, &x) in p.iter_mut().zip(&s.probabilities) {
                        b.append_value(x);
                    }
                    top.append_value(self.labels.top_role(s));
                    confidence.append_value(s.confidence);
                    evidence.append_value(self.labels.evidence(s));
                    error.append_null();
                }
                Err(message) => {
                    words.append_null();
                    hits.append_null();
                    relevance.append_null();
                    p.iter_mut().for_each(|b| b.append_null());
                    top.append_null();
                    confidence.append_null();
                    evidence.append_null();
                    error.append_value(message);
                }
            }
        }
        let mut arrays: Vec<ArrayRef> = vec![
            Arc::new(source.finish()),
            Arc::new(id.finish()),
            Arc::new(words.finish()),
            Arc::new(hits.finish()),
            Arc::new(relevance.finish()),
        ];
        arrays.extend(p.iter_mut().map(|b| Arc::new(b.finish()) as ArrayRef));
        arrays.push(Arc::new(top.finish()));
        arrays.push(Arc::new(confidence.finish()));
        arrays.push(Arc::new(evidence.finish()));
        arrays.push(Arc::new(error.finish()));
        RecordBatch::try_new(Arc::clone(&self.schema), arrays)
    }
}

/// The output schema: the CSV's columns; counts `int64`, scores `float64`
/// (full precision), text `large_string`; all nullable.
fn output_schema(lexicon: &Lexicon) -> SchemaRef {
    let fields: Vec<Field> = CsvSink::columns(lexicon)
        .into_iter()
        .map(|name| {
            let kind = match name.as_str() {
                "source" | "posting_id" | "top_role" | "evidence" | "error" => DataType::LargeUtf8,
                "words" | "hits" => DataType::Int64,
                _ => DataType::Float64,
            };
            Field::new(name, kind, true)
        })
        .collect();
    Arc::new(Schema::new(fields))
}

/// The `large_string` column `name` of `batch`.
fn string_column(batch: &RecordBatch, name: &str) -> PyResult<LargeStringArray> {
    let column = batch
        .column_by_name(name)
        .ok_or_else(|| PyValueError::new_err(format!("the batch has no column '{name}'")))?;
    column.as_string_opt::<i64>().cloned().ok_or_else(|| {
        PyTypeError::new_err(format!(
            "column '{name}' must be large_string, not {}",
            column.data_type()
        ))
    })
}

/// A string cell, empty when null.
fn cell(array: &LargeStringArray, i: usize) -> &str {
    if array.is_valid(i) {
        array.value(i)
    } else {
        ""
    }
}

fn to_value_error(err: rolescan::Error) -> PyErr {
    PyValueError::new_err(err.to_string())
}
