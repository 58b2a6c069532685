"""Reading postings with the CLI's reader: ``iter_postings`` streams them as
record batches, ``read_postings`` loads them into one Table. Both take
``rolescan score``'s reading flags as keyword arguments."""

from __future__ import annotations

import os
from typing import Any, Iterator, Optional, Sequence, Union

import pyarrow as pa

from . import _rolescan
from ._warn import warn_rows

PathLike = Union[str, "os.PathLike[str]"]
Inputs = Union[PathLike, Sequence[PathLike]]

#: ``--max-posting-bytes``'s default: 32 MiB.
DEFAULT_MAX_POSTING_BYTES = 32 << 20
#: The columns read, all ``large_string``.
COLUMNS = ("source", "posting_id", "text", "error")


def input_paths(inputs: Any) -> list[str]:
    """``inputs`` (one path, or a list of them) as a list of str."""
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    if isinstance(inputs, bytes) or not isinstance(inputs, (list, tuple)):
        raise TypeError(f"inputs must be a path or a list of paths, not {type(inputs).__name__}")
    paths = []
    for i, p in enumerate(inputs):
        if not isinstance(p, (str, os.PathLike)):
            raise TypeError(f"inputs[{i}] is {type(p).__name__}, not a path (str or os.PathLike)")
        paths.append(os.fspath(p))
    return paths


def _positive(argument: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{argument} must be an int (bytes), not {type(value).__name__}")
    if value < 1:
        raise ValueError(f"{argument}={value}: must be at least 1")
    return value


def reader(
    inputs: Inputs,
    *,
    input_format: Optional[str] = None,
    text_field: Optional[str] = None,
    id_field: Optional[str] = None,
    text_column: Optional[str] = None,
    id_column: Optional[str] = None,
    encoding: str = "auto",
    delimiter: Optional[str] = None,
    sheet: Optional[str] = None,
    max_posting_bytes: int = DEFAULT_MAX_POSTING_BYTES,
    batch_size: int = 65536,
) -> Any:
    """The extension's ``PostingReader``, the arguments checked (it opens
    nothing until iterated)."""
    for argument, value in (
        ("input_format", input_format),
        ("text_field", text_field),
        ("id_field", id_field),
        ("text_column", text_column),
        ("id_column", id_column),
        ("delimiter", delimiter),
        ("sheet", sheet),
    ):
        if value is not None and not isinstance(value, str):
            raise TypeError(f"{argument} must be a str, not {type(value).__name__}")
    if not isinstance(encoding, str):
        raise TypeError(f"encoding must be a str, not {type(encoding).__name__}")
    return _rolescan.PostingReader(
        input_paths(inputs),
        input_format,
        text_field,
        id_field,
        text_column,
        id_column,
        encoding,
        delimiter,
        sheet,
        _positive("max_posting_bytes", max_posting_bytes),
        _positive("batch_size", batch_size),
    )


def _warn(batch: pa.RecordBatch, warnings: list[tuple[int, str]], stacklevel: int) -> None:
    sources, ids = batch.column("source"), batch.column("posting_id")
    warn_rows(
        "read with a warning",
        warnings,
        lambda row: f"{sources[row].as_py()} [{ids[row].as_py()}]",
        stacklevel=stacklevel + 1,
    )


def iter_postings(
    inputs: Inputs,
    *,
    input_format: Optional[str] = None,
    text_field: Optional[str] = None,
    id_field: Optional[str] = None,
    text_column: Optional[str] = None,
    id_column: Optional[str] = None,
    encoding: str = "auto",
    delimiter: Optional[str] = None,
    sheet: Optional[str] = None,
    max_posting_bytes: int = DEFAULT_MAX_POSTING_BYTES,
    batch_size: int = 65536,
) -> Iterator[pa.RecordBatch]:
    """Reads files and folders as ``rolescan score`` does, streaming: yields
    ``pyarrow.RecordBatch``es of at most ``batch_size`` postings, holding
    one batch at a time, so an input of any size can be read. Columns,
    order and options: as ``read_postings``; warnings come per batch. The
    arguments are checked at the call, the files opened as it is
    iterated."""
    batches = reader(
        inputs,
        input_format=input_format,
        text_field=text_field,
        id_field=id_field,
        text_column=text_column,
        id_column=id_column,
        encoding=encoding,
        delimiter=delimiter,
        sheet=sheet,
        max_posting_bytes=max_posting_bytes,
        batch_size=batch_size,
    )
    return _batches(batches)


def _batches(batches: Any) -> Iterator[pa.RecordBatch]:
    for batch, warnings in batches:
        _warn(batch, warnings, stacklevel=2)
        yield batch


def read_postings(
    inputs: Inputs,
    *,
    input_format: Optional[str] = None,
    text_field: Optional[str] = None,
    id_field: Optional[str] = None,
    text_column: Optional[str] = None,
    id_column: Optional[str] = None,
    encoding: str = "auto",
    delimiter: Optional[str] = None,
    sheet: Optional[str] = None,
    max_posting_bytes: int = DEFAULT_MAX_POSTING_BYTES,
) -> pa.Table:
    """Reads files and folders as ``rolescan score`` does (same order, same
    ``source`` and ``posting_id``, HTML stripped, same error rows) into one
    ``pyarrow.Table`` with the ``large_string`` columns ``source``,
    ``posting_id``, ``text`` and ``error`` (non-null when the posting could
    not be read; ``text`` is then null).

    It loads the whole input into memory (the texts, once, as Arrow); for
    inputs larger than memory use ``iter_postings``, which streams batches,
    or read on the workers (Dask: one partition per file; Spark:
    ``spark_postings``).

    The options are ``rolescan score``'s reading flags: ``input_format``
    (``text``, ``html``, ``jsonl``, ``csv``, ``tsv``, ``docx``, ``odt``,
    ``pdf``, ``sheet``; default by extension), ``text_field``/``id_field`` (JSON), ``text_column``/
    ``id_column`` (CSV), ``encoding`` (``auto``, ``utf-8``, or a label such
    as ``windows-1252``, ``utf-16le``), ``delimiter`` (one ASCII character
    or ``tab``, ``comma``, ``semicolon``, ``pipe``; default told from the
    header line), ``sheet`` (the sheet of a workbook to read, by name;
    default the first) and ``max_posting_bytes`` (an int, default 32 MiB; a
    larger posting is an error row). Postings read with a warning (invalid UTF-8
    replaced, an encoding guessed, an empty text) give one
    ``RolescanWarning``."""
    batches, warnings = [], []
    offset = 0
    for batch, found in reader(
        inputs,
        input_format=input_format,
        text_field=text_field,
        id_field=id_field,
        text_column=text_column,
        id_column=id_column,
        encoding=encoding,
        delimiter=delimiter,
        sheet=sheet,
        max_posting_bytes=max_posting_bytes,
    ):
        batches.append(batch)
        warnings += [(offset + row, message) for row, message in found]
        offset += batch.num_rows
    if not batches:
        schema = pa.schema([(n, pa.large_string()) for n in COLUMNS])
        return schema.empty_table()
    table = pa.Table.from_batches(batches)
    sources, ids = table.column("source"), table.column("posting_id")
    warn_rows(
        "read with a warning",
        warnings,
        lambda row: f"{sources[row].as_py()} [{ids[row].as_py()}]",
        stacklevel=2,
    )
    return table
