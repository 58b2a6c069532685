//! Text columns given as bytes (Arrow `binary`): each cell decoded as the
//! CLI decodes one posting's bytes (a CSV field, a JSON line), with its
//! `--encoding` rules and its words: invalid UTF-8 is replaced with U+FFFD
//! (or, with `auto`, a legacy text is read as Windows-1252) and warned
//! about, and bytes that are binary data are an error row, never an
//! exception.

use std::sync::Arc;

use arrow_array::builder::LargeStringBuilder;
use arrow_array::cast::AsArray;
use arrow_array::{Array, ArrayRef, RecordBatch};
use arrow_schema::{DataType, Field, Schema};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3_arrow::{PyArray, PyRecordBatch};
use rolescan::source::encoding::{binary_text, decode_record};
use rolescan::source::Encoding;

use crate::read::{parse_encoding, PyBatch};

/// One cell's text and warning, or why it is not a posting.
fn decode_cell(bytes: &[u8], encoding: Encoding) -> Result<(String, Option<String>), String> {
    let (text, warning) = match encoding {
        // A named encoding decodes every byte; the CLI transcodes the whole
        // input with it before it splits records.
        Encoding::Named(codec) => (codec.decode_without_bom_handling(bytes).0, None),
        Encoding::Auto | Encoding::Utf8 => decode_record(bytes, encoding)?,
    };
    // As the CLI checks a CSV field once decoded.
    if let Some(reason) = binary_text(&text) {
        return Err(reason);
    }
    Ok((text.into_owned(), warning))
}

/// `_decode_texts(array, encoding)`: a `large_binary` array decoded cell by
/// cell into `(pyarrow.RecordBatch with large_string columns text and
/// error, [(row, warning)])`. A null cell stays null (no error). The GIL
/// is released while decoding.
#[pyfunction]
pub fn _decode_texts<'py>(
    py: Python<'py>,
    array: PyArray,
    encoding: &str,
) -> PyResult<PyBatch<'py>> {
    let encoding = parse_encoding(encoding)?;
    let (array, _) = array.into_inner();
    let Some(cells) = array.as_binary_opt::<i64>() else {
        return Err(PyTypeError::new_err(format!(
            "_decode_texts takes large_binary, not {}",
            array.data_type()
        )));
    };
    let (batch, warnings) = py.detach(|| {
        let mut text = LargeStringBuilder::new();
        let mut error = LargeStringBuilder::new();
        let mut warnings = Vec::new();
        for row in 0..cells.len() {
            if cells.is_null(row) {
                text.append_null();
                error.append_null();
                continue;
            }
            match decode_cell(cells.value(row), encoding) {
                Ok((t, warning)) => {
                    text.append_value(t);
                    error.append_null();
                    if let Some(w) = warning {
                        warnings.push((row, w));
                    }
                }
                Err(reason) => {
                    text.append_null();
                    error.append_value(reason);
                }
            }
        }
        let schema = Schema::new(vec![
            Field::new("text", DataType::LargeUtf8, true),
            Field::new("error", DataType::LargeUtf8, true),
        ]);
        let columns: Vec<ArrayRef> = vec![Arc::new(text.finish()), Arc::new(error.finish())];
        (RecordBatch::try_new(Arc::new(schema), columns), warnings)
    });
    let batch = batch.map_err(|e| PyValueError::new_err(e.to_string()))?;
    Ok((PyRecordBatch::new(batch).into_pyarrow(py)?, warnings))
}
