//! `rolescan._rolescan`: the Python extension module behind the `rolescan`
//! package (python/rolescan/ wraps it; `_rolescan.pyi` types it).
//!
//! It holds no scoring or reading code of its own, only the bridge from the
//! `rolescan` crate to Arrow:
//!
//! * [`scorer`]: the `Scorer` class (a compiled lexicon and a bounded
//!   thread pool scoring record batches with the CLI's per-posting code),
//!   and the thread limit;
//! * [`read`]: `PostingReader`, the CLI's reader streamed as record
//!   batches, with the CLI's reading options;
//! * [`decode`]: bytes columns decoded as the CLI decodes a posting's bytes;
//! * here: [`format_number`] and [`csv_guard`], the CSV's number format and
//!   formula guard with the CLI's own code, to rebuild its cells exactly.

mod decode;
mod read;
mod scorer;

use pyo3::prelude::*;
use rolescan::output::csv::neutralize;
use rolescan::output::row::number;

/// `format_number(x)`: `x` as the CSV writes probabilities, relevance and
/// confidence (four decimals), with the CLI's own formatting code.
#[pyfunction]
fn format_number(x: f64) -> String {
    number(x)
}

/// `csv_guard(cell)`: the CSV's formula guard for a text cell (a leading `'`
/// before `=`, `+`, `-`, `@`, tab or CR), with the CLI's own code.
#[pyfunction]
fn csv_guard(cell: &str) -> String {
    neutralize(cell).into_owned()
}

/// The extension module.
#[pymodule]
fn _rolescan(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<scorer::Scorer>()?;
    m.add_class::<read::PostingReader>()?;
    m.add_function(wrap_pyfunction!(scorer::available_cpus, m)?)?;
    m.add_function(wrap_pyfunction!(scorer::max_threads, m)?)?;
    m.add_function(wrap_pyfunction!(decode::_decode_texts, m)?)?;
    m.add_function(wrap_pyfunction!(format_number, m)?)?;
    m.add_function(wrap_pyfunction!(csv_guard, m)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
