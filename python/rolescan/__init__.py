"""rolescan for Python: the rolescan CLI's scorer on Arrow data.

Scores job postings for Project Manager, IT Project Manager, Technical Project
Manager and IT Manager roles with the same Rust code as ``rolescan score``, so
the numbers are the CLI's numbers.

* ``Scorer(lexicon=None, evidence=5, threads=1)``: one compiled lexicon (the
  built-in one, or a ``.lex``/``.tsv``/``.csv`` file). ``Scorer.score(data)``
  takes a ``pyarrow.RecordBatch``, ``pyarrow.Table``, pandas ``DataFrame`` or a
  list of strings and returns the CSV's columns as Arrow (same type as the
  input for Arrow input, a Table for a list, a DataFrame for a DataFrame).
* ``scorer(lexicon=None, evidence=5, threads=1)``: the same, cached per
  process, so Dask/Spark/Ray workers build the automaton once. A ``Scorer``
  pickles as its settings and unpickles through this cache.
* ``score_pandas(df, ...)``: for ``dask.dataframe.map_partitions``.
* ``score_arrow_batches(batches, ...)``: for Spark's ``mapInArrow`` (with
  ``spark_schema()``) and Ray's ``map_batches``.
* ``read_postings(inputs, ...)``: reads files, folders, JSONL and CSV with the
  CLI's reader (same ``source`` and ``posting_id`` values) into a
  ``pyarrow.Table`` with ``source``, ``posting_id``, ``text``, ``error``.
* ``write_csv(scores, path)``: writes a result as the CLI's CSV, byte for byte
  (four decimals, formula guard, LF line ends).
* ``format_number(x)`` and ``csv_guard(cell)``: the CSV's four-decimal number
  format and formula guard, with the CLI's own code, to rebuild its CSV cells.

Numbers in the result are full-precision float64 (counts are int64); the CSV
prints them with four decimals, so ``format_number(row["relevance"])`` equals
the CLI's cell. Text columns are not formula-guarded (like ``--format
jsonl``). A row whose posting could not be read has null score columns and the
reason in ``error``.
"""

from __future__ import annotations

import csv
import functools
import math
import os
from typing import Any, Iterable, Iterator, Optional, Sequence, Union

import pyarrow as pa

from ._rolescan import Scorer as _Scorer
from ._rolescan import __version__, csv_guard, format_number
from ._rolescan import read_postings as _read_postings

__all__ = [
    "Scorer",
    "scorer",
    "score_pandas",
    "score_arrow_batches",
    "spark_schema",
    "read_postings",
    "write_csv",
    "format_number",
    "csv_guard",
    "__version__",
]

#: Text columns tried, in order, when none is named (as the CLI does).
DEFAULT_TEXT_COLUMNS = ("description", "text", "body", "content")
#: Id columns tried, in order, when none is named.
DEFAULT_ID_COLUMNS = ("id", "posting_id")

PathLike = Union[str, "os.PathLike[str]"]


class Scorer:
    """A lexicon compiled for scoring (see the module docs)."""

    def __init__(
        self,
        lexicon: Optional[PathLike] = None,
        *,
        evidence: int = 5,
        threads: int = 1,
    ) -> None:
        self._settings = (
            None if lexicon is None else os.fspath(lexicon),
            evidence,
            threads,
        )
        self._inner = _Scorer(self._settings[0], evidence, threads)

    def __reduce__(self):
        # Ship the settings, not the automaton; the worker builds (once) its own.
        return (_cached_scorer, self._settings)

    @property
    def columns(self) -> list[str]:
        """The output column names, in the CSV's order."""
        return self._inner.columns

    @property
    def roles(self) -> list[str]:
        """The lexicon's role ids, in column order."""
        return self._inner.roles

    @property
    def schema(self) -> pa.Schema:
        """The Arrow schema of ``score``'s result."""
        return self.score([]).schema

    def score(
        self,
        data: Any,
        *,
        text_column: Optional[str] = None,
        id_column: Optional[str] = None,
        source_column: Optional[str] = None,
        source: str = "-",
        keep: Sequence[str] = (),
    ) -> Any:
        """Scores postings; returns the CSV's columns.

        ``data``: a ``pyarrow.RecordBatch`` or ``Table`` (or anything with
        ``__arrow_c_stream__``), a pandas ``DataFrame``, or a list of strings.
        ``text_column``: default the first of description, text, body,
        content. ``id_column``: default ``id``, else ``posting_id``, else
        ``row:N`` (1-based within ``data``). ``source_column``: default
        ``source`` when present, else the constant ``source``. A column named
        ``error`` (as ``read_postings`` gives) marks unreadable postings.
        ``keep``: input columns appended, unchanged, after the CSV's columns
        (e.g. a row number, to restore order after a shuffle).
        """
        cols = (text_column, id_column, source_column, source, list(keep))
        if isinstance(data, (list, tuple)):
            table = pa.table({"text": pa.array(list(data), type=pa.large_string())})
            return self._score_table(table, "text", None, None, source, [])
        if _is_pandas(data):
            table = pa.Table.from_pandas(data, preserve_index=False)
            out = self._score_table(table, *cols)
            # Nullable ints, so error rows do not turn counts into floats.
            return out.to_pandas(types_mapper=_pandas_types())
        if isinstance(data, pa.RecordBatch):
            table = pa.Table.from_batches([data])
            out = self._score_table(table, *cols)
            batches = out.combine_chunks().to_batches()
            return batches[0] if batches else _empty_batch(out.schema)
        if isinstance(data, pa.Table):
            return self._score_table(data, *cols)
        if hasattr(data, "__arrow_c_stream__"):
            table = pa.table(data)
            return self._score_table(table, *cols)
        raise TypeError(
            "score() takes a pyarrow RecordBatch or Table, a pandas DataFrame "
            f"or a list of strings, not {type(data).__name__}"
        )

    def _score_table(
        self,
        table: pa.Table,
        text_column: Optional[str],
        id_column: Optional[str],
        source_column: Optional[str],
        source: str,
        keep: Sequence[str],
    ) -> pa.Table:
        names = table.column_names
        missing = [k for k in keep if k not in names]
        if missing:
            raise ValueError(f"keep: no column {', '.join(missing)} (columns: {', '.join(names)})")
        text_column = text_column or _first(DEFAULT_TEXT_COLUMNS, names)
        if text_column is None or text_column not in names:
            raise ValueError(
                f"no text column {text_column or '/'.join(DEFAULT_TEXT_COLUMNS)!r} "
                f"(columns: {', '.join(names)}); name one with text_column="
            )
        id_column = id_column or _first(DEFAULT_ID_COLUMNS, names)
        if source_column is None and "source" in names:
            source_column = "source"
        n = table.num_rows
        large = pa.large_string()
        text = _as_large_string(table.column(text_column))
        if id_column is not None:
            ids = _as_large_string(table.column(id_column))
        else:
            ids = pa.chunked_array([pa.array([f"row:{i + 1}" for i in range(n)], type=large)])
        if source_column is not None:
            sources = _as_large_string(table.column(source_column))
        else:
            sources = pa.chunked_array([pa.array([source] * n, type=large)])
        if "error" in names:
            errors = _as_large_string(table.column("error"))
        else:
            errors = pa.chunked_array([pa.nulls(n, type=large)])
        inputs = pa.table(
            {"text": text, "posting_id": ids, "source": sources, "error": errors}
        ).combine_chunks()
        batches = [self._inner._score_batch(b) for b in inputs.to_batches()]
        if not batches:
            batches = [self._inner._score_batch(_empty_batch(inputs.schema))]
        out = pa.Table.from_batches(batches)
        for k in keep:
            out = out.append_column(table.schema.field(k), table.column(k))
        return out


def _pandas_types():
    import pandas as pd

    return {pa.int64(): pd.Int64Dtype()}.get


def _empty_batch(schema: pa.Schema) -> pa.RecordBatch:
    return pa.RecordBatch.from_arrays(
        [pa.array([], type=f.type) for f in schema], schema=schema
    )


def _as_large_string(column: pa.ChunkedArray) -> pa.ChunkedArray:
    if pa.types.is_integer(column.type):
        # Ids such as 7 read from JSON: the CLI writes them as "7".
        column = column.cast(pa.string())
    return column.cast(pa.large_string())


def _first(candidates: Sequence[str], names: Sequence[str]) -> Optional[str]:
    return next((c for c in candidates if c in names), None)


def _is_pandas(data: Any) -> bool:
    return type(data).__module__.startswith("pandas") and hasattr(data, "columns")


@functools.lru_cache(maxsize=8)
def _cached_scorer(lexicon: Optional[str], evidence: int, threads: int) -> Scorer:
    return Scorer(lexicon, evidence=evidence, threads=threads)


def scorer(
    lexicon: Optional[PathLike] = None, *, evidence: int = 5, threads: int = 1
) -> Scorer:
    """A ``Scorer`` cached per process: built once per worker and lexicon."""
    return _cached_scorer(
        None if lexicon is None else os.fspath(lexicon), evidence, threads
    )


def score_pandas(
    df: Any,
    lexicon: Optional[PathLike] = None,
    *,
    evidence: int = 5,
    threads: int = 1,
    **columns: Any,
) -> Any:
    """Scores a pandas DataFrame with the cached scorer; for Dask's
    ``map_partitions``. ``columns``: ``text_column``, ``id_column``,
    ``source_column``, ``source`` as for ``Scorer.score``."""
    return scorer(lexicon, evidence=evidence, threads=threads).score(df, **columns)


def score_arrow_batches(
    batches: Iterable[pa.RecordBatch],
    lexicon: Optional[PathLike] = None,
    *,
    evidence: int = 5,
    threads: int = 1,
    large_strings: bool = True,
    **columns: Any,
) -> Iterator[pa.RecordBatch]:
    """Scores a stream of record batches with the cached scorer; for Spark's
    ``mapInArrow`` and Ray's ``map_batches``. ``large_strings=False`` gives
    text columns as ``string`` instead of ``large_string`` (Spark's
    ``StringType``)."""
    s = scorer(lexicon, evidence=evidence, threads=threads)
    for batch in batches:
        out = s.score(batch, **columns)
        if not large_strings:
            schema = pa.schema(
                [
                    f.with_type(pa.string()) if f.type == pa.large_string() else f
                    for f in out.schema
                ]
            )
            out = out.cast(schema)
        yield out


def spark_schema(
    lexicon: Optional[PathLike] = None,
    *,
    keep: Optional[dict] = None,
) -> str:
    """The result's schema as a Spark DDL string, for ``mapInArrow``:
    ``source string, posting_id string, words bigint, ...``; ``keep`` maps
    kept input columns to their Spark types."""
    spark_types = {pa.large_string(): "string", pa.int64(): "bigint", pa.float64(): "double"}
    fields = [f"{f.name} {spark_types[f.type]}" for f in scorer(lexicon).schema]
    fields += [f"{name} {kind}" for name, kind in (keep or {}).items()]
    return ", ".join(fields)


def read_postings(
    inputs: Union[PathLike, Sequence[PathLike]],
    *,
    input_format: Optional[str] = None,
    text_field: Optional[str] = None,
    id_field: Optional[str] = None,
    text_column: Optional[str] = None,
    id_column: Optional[str] = None,
) -> pa.Table:
    """Reads files and folders as ``rolescan score`` does (same order, same
    ``source`` and ``posting_id``, HTML stripped) into a Table with
    ``source``, ``posting_id``, ``text`` and ``error``."""
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    batches = _read_postings(
        [os.fspath(p) for p in inputs],
        input_format,
        text_field,
        id_field,
        text_column,
        id_column,
    )
    if not batches:
        large = pa.large_string()
        schema = pa.schema([(n, large) for n in ("source", "posting_id", "text", "error")])
        return schema.empty_table()
    return pa.Table.from_batches(batches)


#: Result columns written as text (with the formula guard) and as integers.
_TEXT = frozenset({"source", "posting_id", "top_role", "evidence", "error"})
_COUNTS = frozenset({"words", "hits"})


def _csv_cell(column: str, value: Any) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if type(value).__name__ == "NAType":  # pandas.NA
        return ""
    if column in _COUNTS:
        return str(int(value))
    if column in _TEXT:
        return csv_guard(str(value))
    if column in ("relevance", "confidence") or column.startswith("p_"):
        return format_number(float(value))
    return str(value)


def write_csv(scores: Any, path: PathLike) -> None:
    """Writes ``score``'s result (a Table, RecordBatch or DataFrame, rows in
    the order to write) to ``path`` as ``rolescan score`` writes its CSV:
    the same header, numbers with four decimals, the formula guard on text
    cells, empty cells for nulls, LF line ends. Kept input columns are
    written as text after the CSV's columns."""
    if hasattr(scores, "to_pylist"):
        names, records = scores.column_names, scores.to_pylist()
    else:
        names, records = list(scores.columns), scores.to_dict("records")
    with open(path, "w", newline="", encoding="utf-8") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(names)
        for r in records:
            out.writerow([_csv_cell(c, r[c]) for c in names])
