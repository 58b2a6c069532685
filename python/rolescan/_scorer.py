"""The ``Scorer`` class and its per-process cache (``scorer``): one lexicon,
compiled once, scoring any input kind ``Scorer.score`` takes (Arrow, pandas,
a list of texts) and giving back the same kind, plus ``score_arrow_batches``
for record-batch streams (Spark's ``mapInArrow``, Ray) and ``error_count``.
The input columns are chosen and checked in ``_inputs``."""

from __future__ import annotations

import functools
import os
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Optional, Sequence, Union, overload

import pyarrow as pa

from . import _inputs, _rolescan
from ._warn import warn_rows

if TYPE_CHECKING:
    import pandas

PathLike = Union[str, "os.PathLike[str]"]


def _count(argument: str, value: Any) -> int:
    """A non-negative int argument (``evidence``, ``threads``)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{argument} must be an int, not {type(value).__name__}")
    if value < 0:
        raise ValueError(f"{argument}={value}: must be 0 or more")
    return value


class Scorer:
    """A lexicon compiled for scoring, with its own thread pool.

    ``lexicon``: a ``.lex``, ``.tsv`` or ``.csv`` lexicon file (None: the
    built-in one). ``evidence``: how many terms the ``evidence`` column
    lists. ``threads``: the scoring threads of this scorer's pool (0: one
    per available CPU). More than ``rolescan.max_threads()`` (4 per
    available CPU, at most 256) is a ``ValueError``: beyond that threads
    only wait on each other, and each costs a stack and start-up time."""

    def __init__(
        self,
        lexicon: Optional[PathLike] = None,
        *,
        evidence: int = 5,
        threads: int = 1,
    ) -> None:
        if lexicon is not None and not isinstance(lexicon, (str, os.PathLike)):
            raise TypeError(f"lexicon must be a path (str or os.PathLike), not {type(lexicon).__name__}")
        path = None if lexicon is None else os.fspath(lexicon)
        self._settings = (path, _count("evidence", evidence), _count("threads", threads))
        self._inner = _rolescan.Scorer(path, evidence, threads)

    def __reduce__(self) -> tuple[Any, tuple[Optional[str], int, int]]:
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
    def threads(self) -> int:
        """The threads of this scorer's pool."""
        return self._inner.threads

    @property
    def schema(self) -> pa.Schema:
        """The Arrow schema of ``score``'s result (without kept columns)."""
        return self.score([]).schema

    @overload
    def score(self, data: pa.RecordBatch, *, text_column: Optional[str] = ..., id_column: Optional[str] = ..., source_column: Optional[str] = ..., source: str = ..., keep: Sequence[str] = ..., encoding: str = ..., row_offset: int = ...) -> pa.RecordBatch: ...
    @overload
    def score(self, data: pa.Table, *, text_column: Optional[str] = ..., id_column: Optional[str] = ..., source_column: Optional[str] = ..., source: str = ..., keep: Sequence[str] = ..., encoding: str = ..., row_offset: int = ...) -> pa.Table: ...
    @overload
    def score(self, data: "pandas.DataFrame", *, text_column: Optional[str] = ..., id_column: Optional[str] = ..., source_column: Optional[str] = ..., source: str = ..., keep: Sequence[str] = ..., encoding: str = ..., row_offset: int = ...) -> "pandas.DataFrame": ...
    @overload
    def score(self, data: Union[list[str], list[Optional[str]], tuple[Optional[str], ...]], *, source: str = ..., row_offset: int = ...) -> pa.Table: ...
    @overload
    def score(self, data: Any, *, text_column: Optional[str] = ..., id_column: Optional[str] = ..., source_column: Optional[str] = ..., source: str = ..., keep: Sequence[str] = ..., encoding: str = ..., row_offset: int = ...) -> Any: ...

    def score(
        self,
        data: Any,
        *,
        text_column: Optional[str] = None,
        id_column: Optional[str] = None,
        source_column: Optional[str] = None,
        source: str = "-",
        keep: Sequence[str] = (),
        encoding: str = "auto",
        row_offset: int = 0,
    ) -> Any:
        """Scores postings; returns the CSV's columns, as the kind of input
        given: a ``pyarrow.RecordBatch`` for a RecordBatch, a ``Table`` for a
        Table, a list of strings or any ``__arrow_c_stream__`` object, a
        pandas ``DataFrame`` (with the input's index) for a DataFrame.

        ``text_column``: default the first of description, text, body,
        content; it must hold text (string) or bytes (``binary``, decoded as
        the CLI decodes a posting's bytes, see ``encoding``); a number
        column is a ``TypeError``, as the CLI refuses a number as a text.
        ``id_column``: default ``id``, else ``posting_id``; strings or
        integers; rows without one (no id column, or a null id) get
        ``row:N``, N counted from ``row_offset + 1`` within ``data``.
        ``source_column``: default ``source`` when present, else the
        constant ``source``. A column named ``error`` (as ``read_postings``
        gives) marks postings that could not be read, and so does a non-null
        ``_corrupt_record`` (a line Spark's JSON reader could not parse).
        ``keep``: input
        columns appended, unchanged, after the CSV's columns (not one of
        the result's own names). ``encoding``: for a bytes text column, as
        the CLI's ``--encoding``: ``auto`` (invalid UTF-8 replaced with
        U+FFFD, or a legacy text read as Windows-1252, with a
        ``RolescanWarning``), ``utf-8`` (always U+FFFD) or another label;
        bytes that are binary data are an error row.
        """
        _inputs.check_name("text_column", text_column)
        _inputs.check_name("id_column", id_column)
        _inputs.check_name("source_column", source_column)
        source = _inputs.source_arg(source)
        keep = _inputs.check_keep(keep)
        if not isinstance(encoding, str):
            raise TypeError(f"encoding must be a str, not {type(encoding).__name__}")
        if isinstance(row_offset, bool) or not isinstance(row_offset, int) or row_offset < 0:
            raise TypeError(f"row_offset must be an int of 0 or more, not {row_offset!r}")
        columns = (text_column, id_column, source_column)
        if isinstance(data, (list, tuple)):
            if any(c is not None for c in columns) or keep:
                raise ValueError(
                    "text_column, id_column, source_column and keep name columns; a list of "
                    "texts has none (score a Table or DataFrame to use them)"
                )
            out = self._score(_inputs.texts_table(data), {"text": "data"}, None, None, None, source, [], encoding, row_offset)
            return out
        if _is_pandas(data):
            names = [str(c) for c in data.columns]
            wanted = _inputs.wanted_columns(names, *columns, keep, self.columns)
            table = _inputs.pandas_table(data, wanted)
            out = self._score(table, wanted, *columns, source, keep, encoding, row_offset)
            # Nullable ints, so error rows do not turn counts into floats.
            frame = out.to_pandas(types_mapper=_pandas_types())
            frame.index = data.index
            return frame
        if isinstance(data, pa.RecordBatch):
            table = pa.Table.from_batches([data])
        elif isinstance(data, pa.Table):
            table = data
        elif hasattr(data, "__arrow_c_stream__"):
            table = pa.table(data)
        else:
            raise TypeError(
                "data must be a pyarrow RecordBatch or Table, a pandas DataFrame "
                f"or a list of strings, not {type(data).__name__}"
            )
        wanted = _inputs.wanted_columns(table.column_names, *columns, keep, self.columns)
        out = self._score(table, wanted, *columns, source, keep, encoding, row_offset)
        if isinstance(data, pa.RecordBatch):
            batches = out.combine_chunks().to_batches()
            return batches[0] if batches else _empty_batch(out.schema)
        return out

    def _score(
        self,
        table: pa.Table,
        wanted: dict[str, str],
        text_column: Optional[str],
        id_column: Optional[str],
        source_column: Optional[str],
        source: str,
        keep: Sequence[str],
        encoding: str,
        row_offset: int,
    ) -> pa.Table:
        prepared = _inputs.prepare(
            table, wanted, text_column, id_column, source_column, source, keep, encoding, row_offset
        )
        inputs = prepared.inputs
        batches = [self._inner._score_batch(b) for b in inputs.to_batches()]
        if not batches:
            batches = [self._inner._score_batch(_empty_batch(inputs.schema))]
        out = pa.Table.from_batches(batches)
        for f, column in prepared.kept:
            out = out.append_column(f, column)
        if prepared.warnings:
            ids = inputs.column("posting_id")
            sources = inputs.column("source")
            # The CLI's words; its flag --encoding is the argument encoding= here.
            found = [(row, m.replace("--encoding", "encoding=")) for row, m in prepared.warnings]
            warn_rows(
                "decoded from bytes with a warning",
                found,
                lambda row: f"{sources[row].as_py()} [{ids[row].as_py()}]",
                stacklevel=3,
            )
        return out


def _pandas_types() -> Any:
    import pandas as pd

    return {pa.int64(): pd.Int64Dtype()}.get


def _empty_batch(schema: pa.Schema) -> pa.RecordBatch:
    return pa.RecordBatch.from_arrays([pa.array([], type=f.type) for f in schema], schema=schema)


def _is_pandas(data: Any) -> bool:
    return type(data).__module__.startswith("pandas") and hasattr(data, "columns")


@functools.lru_cache(maxsize=8)
def _cached_scorer(lexicon: Optional[str], evidence: int, threads: int) -> Scorer:
    return Scorer(lexicon, evidence=evidence, threads=threads)


def scorer(lexicon: Optional[PathLike] = None, *, evidence: int = 5, threads: int = 1) -> Scorer:
    """A ``Scorer`` cached per process: built once per worker and settings."""
    if lexicon is not None and not isinstance(lexicon, (str, os.PathLike)):
        raise TypeError(f"lexicon must be a path (str or os.PathLike), not {type(lexicon).__name__}")
    path = None if lexicon is None else os.fspath(lexicon)
    return _cached_scorer(path, _count("evidence", evidence), _count("threads", threads))


def max_threads() -> int:
    """The largest ``threads=`` a ``Scorer`` accepts on this machine: 4 per
    available CPU, and never more than 256."""
    return _rolescan.max_threads()


def score_arrow_batches(
    batches: Iterable[pa.RecordBatch],
    lexicon: Optional[PathLike] = None,
    *,
    evidence: int = 5,
    threads: int = 1,
    large_strings: bool = True,
    text_column: Optional[str] = None,
    id_column: Optional[str] = None,
    source_column: Optional[str] = None,
    source: str = "-",
    keep: Sequence[str] = (),
    encoding: str = "auto",
) -> Iterator[pa.RecordBatch]:
    """Scores a stream of record batches with the cached scorer; for Spark's
    ``mapInArrow`` and Ray's ``map_batches``. The batches need an id column
    (``id_column``, else ``id`` or ``posting_id``): Spark and Ray split a
    frame into tasks that cannot number rows across each other, so
    ``row:N`` ids would repeat; a ``ValueError`` says so. Null ids get
    ``row:N`` counted over this stream (unique within one task only).
    ``large_strings=False`` gives text columns as ``string`` instead of
    ``large_string`` (Spark's ``StringType``)."""
    s = scorer(lexicon, evidence=evidence, threads=threads)
    offset = 0
    for batch in batches:
        if _inputs.id_column_of(batch.schema.names, id_column) is None:
            raise ValueError(
                f"score_arrow_batches: no id column ({', '.join(_inputs.DEFAULT_ID_COLUMNS)}; "
                f"columns: {', '.join(batch.schema.names)}): row:N ids would repeat across "
                "tasks; name one with id_column= (in Spark, e.g. "
                "df.withColumn('id', pyspark.sql.functions.monotonically_increasing_id()))"
            )
        out = s.score(
            batch,
            text_column=text_column,
            id_column=id_column,
            source_column=source_column,
            source=source,
            keep=keep,
            encoding=encoding,
            row_offset=offset,
        )
        offset += batch.num_rows
        if not large_strings:
            schema = pa.schema(
                [f.with_type(pa.string()) if f.type == pa.large_string() else f for f in out.schema]
            )
            out = out.cast(schema)
        yield out


def error_count(scores: Any) -> int:
    """How many rows of a result (pandas or Dask DataFrame, Arrow Table or
    RecordBatch, Spark DataFrame) are error rows (postings that could not
    be read): the CLI exits with 2 when there are any. A Dask or Spark
    DataFrame is computed for it."""
    module = type(scores).__module__
    if isinstance(scores, (pa.Table, pa.RecordBatch)):
        column = scores.column("error")
        return len(column) - column.null_count
    if module.startswith("pyspark"):
        return int(scores.where(scores["error"].isNotNull()).count())
    if module.startswith("dask"):
        return int(scores["error"].count().compute())
    if _is_pandas(scores):
        return int(scores["error"].count())
    raise TypeError(f"error_count takes a result of score(), not {type(scores).__name__}")
