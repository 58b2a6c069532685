"""Dask helpers: ``score_dask`` (a Dask DataFrame scored lazily, its index
kept, ``row:N`` ids numbered across partitions) and ``score_pandas`` (one
partition, for ``map_partitions``). Dask is imported only by the caller's
frame; this module does not import it."""

from __future__ import annotations

import functools
import itertools
from typing import TYPE_CHECKING, Any, Optional, Sequence

from . import _inputs
from ._scorer import PathLike, scorer

if TYPE_CHECKING:
    import pandas


def score_pandas(
    df: "pandas.DataFrame",
    lexicon: Optional[PathLike] = None,
    *,
    evidence: int = 5,
    threads: int = 1,
    partition_info: Optional[dict[str, Any]] = None,
    text_column: Optional[str] = None,
    id_column: Optional[str] = None,
    source_column: Optional[str] = None,
    source: str = "-",
    keep: Sequence[str] = (),
    encoding: str = "auto",
) -> "pandas.DataFrame":
    """Scores a pandas DataFrame with the cached scorer (see
    ``Scorer.score``); the result has ``df``'s index. Under Dask's
    ``map_partitions`` (which passes ``partition_info``) the frame needs an
    id column: ``row:N`` would restart in every partition, so a
    ``ValueError`` says to name one or to use ``score_dask``, which numbers
    rows across partitions."""
    names = [str(c) for c in df.columns]
    if partition_info is not None and _inputs.id_column_of(names, id_column) is None:
        raise ValueError(
            "score_pandas in map_partitions: the frame has no id column "
            f"({', '.join(_inputs.DEFAULT_ID_COLUMNS)}; columns: {', '.join(names)}), and "
            "row:N ids would restart in every partition; use rolescan.score_dask(ddf), "
            "which numbers rows across partitions, or name an id column with id_column="
        )
    return scorer(lexicon, evidence=evidence, threads=threads).score(
        df,
        text_column=text_column,
        id_column=id_column,
        source_column=source_column,
        source=source,
        keep=keep,
        encoding=encoding,
    )


def _score_partition(
    df: "pandas.DataFrame",
    partition_info: Optional[dict[str, Any]] = None,
    *,
    offsets: Sequence[int],
    settings: tuple[Optional[str], int, int],
    columns: dict[str, Any],
) -> "pandas.DataFrame":
    """One partition of ``score_dask``: ``row:N`` counted from its offset."""
    number = 0 if partition_info is None else partition_info["number"]
    lexicon, evidence, threads = settings
    s = scorer(lexicon, evidence=evidence, threads=threads)
    return s.score(df, row_offset=offsets[number] if offsets else 0, **columns)


def score_dask(
    ddf: Any,
    lexicon: Optional[PathLike] = None,
    *,
    evidence: int = 5,
    threads: int = 1,
    text_column: Optional[str] = None,
    id_column: Optional[str] = None,
    source_column: Optional[str] = None,
    source: str = "-",
    keep: Sequence[str] = (),
    encoding: str = "auto",
) -> Any:
    """Scores a Dask DataFrame: a lazy Dask DataFrame with the CSV's
    columns (and ``keep``'s), row for row, with the input's index, so it
    lines up with ``ddf`` (``join``, ``assign``). Rows without an id (no id
    column, or a null id) get ``row:N``, N the row's 1-based position in
    the whole frame: for that, the partitions' lengths are computed first
    (one pass over ``ddf``; persist it first if computing it is costly).
    Arguments: as ``Scorer.score``; the settings and columns are checked
    here, on the client. ``rolescan.error_count(result)`` gives the rows
    that could not be read."""
    s = scorer(lexicon, evidence=evidence, threads=threads)
    columns: dict[str, Any] = dict(
        text_column=text_column,
        id_column=id_column,
        source_column=source_column,
        source=source,
        keep=keep,
        encoding=encoding,
    )
    meta = s.score(ddf._meta, **columns)
    lengths = ddf.map_partitions(len).compute()
    offsets = tuple(itertools.accumulate([0, *list(lengths)[:-1]]))
    func = functools.partial(
        _score_partition,
        offsets=offsets,
        settings=s._settings,
        columns=columns,
    )
    return ddf.map_partitions(func, meta=meta)
