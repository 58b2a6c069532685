"""From what ``Scorer.score`` is given to the four columns the extension
scores (``text``, ``posting_id``, ``source``, ``error``, all
``large_string``): which input columns are used, what types they may have,
and the clear ``TypeError``/``ValueError`` (naming the argument) when they
do not fit. Nothing here scores."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any, Optional, Sequence

import pyarrow as pa
import pyarrow.compute as pc

from . import _rolescan

#: Text columns tried, in order, when none is named (as the CLI does).
DEFAULT_TEXT_COLUMNS = ("description", "text", "body", "content")
#: Id columns tried, in order, when none is named.
DEFAULT_ID_COLUMNS = ("id", "posting_id")
#: The column where Spark's JSON reader keeps lines it could not parse.
CORRUPT_COLUMN = "_corrupt_record"
#: The error of a row with a ``_corrupt_record``.
CORRUPT_ERROR = "not valid JSON (Spark's reader kept the line in _corrupt_record)"

LARGE = pa.large_string()


@dataclass
class Prepared:
    """The columns to score, and what to give back."""

    inputs: pa.Table
    #: Kept input columns, appended after the CSV's columns.
    kept: list[tuple[pa.Field, pa.ChunkedArray]]
    #: (row, message) of texts decoded from bytes with a warning.
    warnings: list[tuple[int, str]] = field(default_factory=list)


def check_name(argument: str, value: Any) -> None:
    """``value`` is None or a column name."""
    if value is not None and not isinstance(value, str):
        raise TypeError(f"{argument} must be a column name (str), not {type(value).__name__}")


def check_keep(keep: Any) -> list[str]:
    """``keep`` as a list of column names."""
    if isinstance(keep, (str, bytes)) or not isinstance(keep, (list, tuple)):
        raise TypeError(
            f"keep must be a list of column names, not {type(keep).__name__} "
            f"(for one column: keep=[{keep!r}])"
        )
    for k in keep:
        check_name("keep", k)
    seen = [k for i, k in enumerate(keep) if k in keep[:i]]
    if seen:
        raise ValueError(f"keep names {seen[0]!r} twice")
    return list(keep)


def id_column_of(names: Sequence[str], id_column: Optional[str]) -> Optional[str]:
    """The id column used for a frame with ``names``: ``id_column``, else
    ``id``, else ``posting_id``, else None (ids are ``row:N``)."""
    if id_column is not None:
        return id_column
    return next((c for c in DEFAULT_ID_COLUMNS if c in names), None)


def texts_table(data: Sequence[Any]) -> pa.Table:
    """A list of texts as a one-column table, each item a ``str`` (or None,
    an error row)."""
    for i, item in enumerate(data):
        if item is not None and not isinstance(item, str):
            raise TypeError(
                f"data[{i}] is {type(item).__name__}, not str: score() takes a list of "
                "strings (or a pyarrow Table, RecordBatch or pandas DataFrame)"
            )
    return pa.table({"text": pa.array(list(data), type=LARGE)})


def pandas_table(df: Any, wanted: dict[str, str]) -> pa.Table:
    """The columns ``wanted`` (name: the argument that chose it) of a pandas
    DataFrame as Arrow, one by one, so a column that Arrow cannot hold is
    named with its argument (and other columns are never converted)."""
    arrays = {}
    for name, argument in wanted.items():
        column = df[name]
        if getattr(column, "ndim", 1) != 1:
            raise ValueError(f"{argument}: the DataFrame has more than one column named {name!r}")
        try:
            arrays[name] = pa.array(column, from_pandas=True)
        except (pa.ArrowTypeError, pa.ArrowInvalid) as e:
            raise TypeError(
                f"{argument} {name!r}: its values are not all of one type Arrow can hold "
                f"(dtype {column.dtype}): {e}"
            ) from e
    return pa.table(arrays)


def wanted_columns(
    names: Sequence[str],
    text_column: Optional[str],
    id_column: Optional[str],
    source_column: Optional[str],
    keep: Sequence[str],
    output_columns: Sequence[str],
) -> dict[str, str]:
    """The input columns used (name: the argument that chose it), after
    checking that they exist and that kept columns do not clash with the
    output's."""
    missing = [k for k in keep if k not in names]
    if missing:
        raise ValueError(f"keep: no column {', '.join(map(repr, missing))} (columns: {', '.join(map(str, names))})")
    clash = [k for k in keep if k in output_columns]
    if clash:
        raise ValueError(
            f"keep: {', '.join(map(repr, clash))} is already a result column; rename the input "
            f"column to keep it (result columns: {', '.join(output_columns)})"
        )
    if text_column is None:
        text_column = next((c for c in DEFAULT_TEXT_COLUMNS if c in names), None)
        if text_column is None:
            raise ValueError(
                f"no text column {'/'.join(DEFAULT_TEXT_COLUMNS)} (columns: "
                f"{', '.join(map(str, names))}); name one with text_column="
            )
    elif text_column not in names:
        raise ValueError(f"text_column: no column {text_column!r} (columns: {', '.join(map(str, names))})")
    for argument, name in (("id_column", id_column), ("source_column", source_column)):
        if name is not None and name not in names:
            raise ValueError(f"{argument}: no column {name!r} (columns: {', '.join(map(str, names))})")
    wanted = {text_column: "text_column"}
    chosen_id = id_column_of(names, id_column)
    if chosen_id is not None:
        wanted.setdefault(chosen_id, "id_column")
    if source_column is None and "source" in names:
        source_column = "source"
    if source_column is not None:
        wanted.setdefault(source_column, "source_column")
    if "error" in names:
        wanted.setdefault("error", "the column 'error'")
    if CORRUPT_COLUMN in names:
        wanted.setdefault(CORRUPT_COLUMN, f"the column {CORRUPT_COLUMN!r}")
    for k in keep:
        wanted.setdefault(k, "keep")
    return wanted


def _is_text(t: pa.DataType) -> bool:
    if pa.types.is_dictionary(t):
        return _is_text(t.value_type)
    return pa.types.is_string(t) or pa.types.is_large_string(t) or pa.types.is_string_view(t)


def _is_bytes(t: pa.DataType) -> bool:
    if pa.types.is_dictionary(t):
        return _is_bytes(t.value_type)
    return (
        pa.types.is_binary(t)
        or pa.types.is_large_binary(t)
        or pa.types.is_binary_view(t)
        or pa.types.is_fixed_size_binary(t)
    )


def _all_null(column: pa.ChunkedArray) -> bool:
    """No values at all, whatever the type: an empty column, or one pandas
    typed float64 because every value is missing."""
    return column.null_count == len(column)


def _strings(column: pa.ChunkedArray, argument: str, name: str, integers: bool) -> pa.ChunkedArray:
    """A text column (integers too when ``integers``: ids such as 7, which
    the CLI writes as "7") as ``large_string``; any other type is a
    TypeError naming the argument."""
    t = column.type
    if _all_null(column):
        return pa.chunked_array([pa.nulls(len(column), type=LARGE)])
    if _is_text(t) or (integers and pa.types.is_integer(t)):
        return column.cast(LARGE)
    allowed = "text (string) or integers" if integers else "text (string)"
    hint = ""
    if pa.types.is_floating(t) and integers:
        hint = " (pandas makes integer ids with gaps floats: use the Int64 dtype or strings)"
    raise TypeError(f"{argument} {name!r} is {t}, not {allowed}{hint}")


def _texts(column: pa.ChunkedArray, name: str, encoding: str) -> tuple[pa.ChunkedArray, pa.ChunkedArray, list[tuple[int, str]]]:
    """The text column as ``large_string``, with the error of each cell that
    is not a posting and the warnings of cells decoded from bytes."""
    n = len(column)
    t = column.type
    no_errors = pa.chunked_array([pa.nulls(n, type=LARGE)])
    if _all_null(column):
        return no_errors, no_errors, []
    if _is_text(t):
        return column.cast(LARGE), no_errors, []
    if _is_bytes(t):
        cells = column.cast(pa.large_binary()).combine_chunks()
        decoded, warnings = _rolescan._decode_texts(cells, encoding)
        return (
            pa.chunked_array([decoded.column("text")]),
            pa.chunked_array([decoded.column("error")]),
            warnings,
        )
    raise TypeError(
        f"text_column {name!r} is {t}, not text: the CLI refuses a number or other "
        "non-text value as a posting's text too; cast the column to string if its "
        "values are the postings' text"
    )


def prepare(
    table: pa.Table,
    wanted: dict[str, str],
    text_column: Optional[str],
    id_column: Optional[str],
    source_column: Optional[str],
    source: str,
    keep: Sequence[str],
    encoding: str,
    row_offset: int,
) -> Prepared:
    """The four input columns of ``table`` (see the module docs)."""
    names = table.column_names
    n = table.num_rows
    if text_column is None:
        text_column = next(c for c in DEFAULT_TEXT_COLUMNS if c in names)
    text, errors, warnings = _texts(table.column(text_column), text_column, encoding)
    chosen_id = id_column_of(names, id_column)
    # (pyarrow's type stubs are narrower than pyarrow here: Any.)
    positions: Any = None
    ids: Any
    if chosen_id is None or table.column(chosen_id).null_count:
        # Ids row:N, 1-based from row_offset + 1: for every row without an
        # id column, and for null ids (as the CLI numbers a record without one).
        positions = pa.array(
            [f"row:{row_offset + i + 1}" for i in range(n)], type=LARGE
        )
    if chosen_id is None:
        ids = pa.chunked_array([positions])
    else:
        ids = _strings(table.column(chosen_id), "id_column", chosen_id, integers=True)
        if positions is not None:
            ids = pc.coalesce(ids, positions)
    if source_column is None and "source" in names:
        source_column = "source"
    constant = pa.chunked_array([pa.array([source] * n, type=LARGE)])
    sources: Any
    if source_column is None:
        sources = constant
    else:
        sources = _strings(table.column(source_column), "source_column", source_column, integers=False)
        if sources.null_count:
            sources = pc.coalesce(sources, constant)
    if CORRUPT_COLUMN in names:
        corrupt = table.column(CORRUPT_COLUMN)
        marked = pc.if_else(pc.is_valid(corrupt), pa.scalar(CORRUPT_ERROR, LARGE), pa.scalar(None, LARGE))
        errors = pc.coalesce(marked, errors)
    if "error" in names:
        given = _strings(table.column("error"), "the column", "error", integers=False)
        errors = pc.coalesce(given, errors)
    columns: dict[str, Any] = {"text": text, "posting_id": ids, "source": sources, "error": errors}
    inputs = pa.table(columns)
    kept = [(table.schema.field(k), table.column(k)) for k in keep]
    return Prepared(inputs=inputs.combine_chunks(), kept=kept, warnings=warnings)


def source_arg(source: Any) -> str:
    """``source=`` as a str (a path is accepted)."""
    if isinstance(source, os.PathLike):
        source = os.fspath(source)
    if not isinstance(source, str):
        raise TypeError(f"source must be a str, not {type(source).__name__}")
    return source
