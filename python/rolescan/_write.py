"""``write_csv``: a result written as ``rolescan score`` writes its CSV, byte
for byte (the CLI's number format and formula guard, from the extension)."""

from __future__ import annotations

import csv
import math
import os
from typing import Any, Union

from ._rolescan import csv_guard, format_number

PathLike = Union[str, "os.PathLike[str]"]

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
    """Writes ``score``'s result (a Table, RecordBatch or pandas DataFrame,
    rows in the order to write) to ``path`` as ``rolescan score`` writes its
    CSV: the same header, numbers with four decimals, the formula guard on
    text cells, empty cells for nulls, LF line ends. Kept input columns are
    written as text after the CSV's columns."""
    if hasattr(scores, "to_pylist"):
        names, records = scores.column_names, scores.to_pylist()
    else:
        names, records = [str(c) for c in scores.columns], scores.to_dict("records")
    with open(path, "w", newline="", encoding="utf-8") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(names)
        for r in records:
            out.writerow([_csv_cell(c, r[c]) for c in names])
