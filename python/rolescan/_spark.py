"""Spark helpers: ``spark_postings`` (the CLI's reader run on an executor,
so rows, sources, ids and error rows are the CLI's), ``score_spark``
(``mapInArrow`` with the right output schema) and ``spark_schema`` (that
schema as DDL). PySpark is imported only by the caller; this module does
not import it."""

from __future__ import annotations

import json
import os
from typing import Any, Iterator, Optional, Sequence

import pyarrow as pa
import pyarrow.compute as pc

from . import _inputs, _read
from ._scorer import PathLike, score_arrow_batches, scorer

#: The columns of ``spark_postings``: the CLI's reading, and ``position``,
#: the row's 1-based place in the CLI's output.
POSTINGS_DDL = "source string, posting_id string, text string, error string, position bigint"

#: Postings per batch read on the executor (Spark's own Arrow batches are
#: 10,000 rows).
READ_BATCH = 10_000


def spark_schema(lexicon: Optional[PathLike] = None, *, keep: Optional[dict[str, str]] = None) -> str:
    """The result's schema as a Spark DDL string, for ``mapInArrow``:
    ``source string, posting_id string, words bigint, ...``; ``keep`` maps
    kept input columns to their Spark types."""
    spark_types = {pa.large_string(): "string", pa.int64(): "bigint", pa.float64(): "double"}
    fields = [f"`{f.name}` {spark_types[f.type]}" for f in scorer(lexicon).schema]
    fields += [f"`{name}` {kind}" for name, kind in (keep or {}).items()]
    return ", ".join(fields)


def _relative(source: Any, prefix: str) -> Any:
    """Sources under ``prefix`` (the driver's folder) as the CLI, run there
    with a relative path, names them."""
    inside = pc.starts_with(source, pattern=prefix)
    return pc.if_else(inside, pc.utf8_slice_codeunits(source, start=len(prefix)), source)


def _read_spec(spec: dict[str, Any]) -> Iterator[pa.RecordBatch]:
    """The postings of one ``spark_postings`` call, on the executor: each
    input in turn (as the CLI reads them), relative paths opened from the
    driver's folder and named as given."""
    cwd = spec["cwd"]
    prefix = os.path.join(cwd, "")
    position = 0
    for path in spec["inputs"]:
        relative = not os.path.isabs(path)
        opened = os.path.join(cwd, path) if relative else path
        for batch in _read.iter_postings([opened], batch_size=READ_BATCH, **spec["options"]):
            source = batch.column("source")
            if relative:
                source = _relative(source, prefix)
            n = batch.num_rows
            columns: dict[str, Any] = {
                "source": source.cast(pa.string()),
                "posting_id": batch.column("posting_id").cast(pa.string()),
                "text": batch.column("text").cast(pa.string()),
                "error": batch.column("error").cast(pa.string()),
                "position": pa.array(range(position + 1, position + n + 1), type=pa.int64()),
            }
            yield pa.record_batch(columns)
            position += n


def _read_specs(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    for batch in batches:
        for spec in batch.column("spec").to_pylist():
            yield from _read_spec(json.loads(str(spec)))


def spark_postings(
    spark: Any,
    inputs: _read.Inputs,
    *,
    partitions: Optional[int] = None,
    input_format: Optional[str] = None,
    text_field: Optional[str] = None,
    id_field: Optional[str] = None,
    text_column: Optional[str] = None,
    id_column: Optional[str] = None,
    encoding: str = "auto",
    delimiter: Optional[str] = None,
    sheet: Optional[str] = None,
    max_posting_bytes: int = _read.DEFAULT_MAX_POSTING_BYTES,
) -> Any:
    """Files and folders read as ``rolescan score`` reads them, as a Spark
    DataFrame (``source``, ``posting_id``, ``text``, ``error``,
    ``position``): the same rows, sources, ids (``line:N``, ``row:N``, file
    stems) and error rows (a broken JSON line is ``line:N`` with the CLI's
    reason), in any format the CLI reads. ``position`` is the row's 1-based
    place in the CLI's output: sort by it to get the CLI's order back.

    One executor task reads every input in turn, streaming (10,000
    postings at a time), so the paths must be readable there (local mode,
    or a folder every node mounts); relative paths are taken from the
    driver's working folder. The rows are then spread over ``partitions``
    (default: Spark's default parallelism) for scoring. The reading
    options are ``read_postings``'s."""
    paths = _read.input_paths(inputs)
    if "-" in paths:
        raise ValueError("inputs: '-' (stdin) cannot be read on a Spark executor")
    options: dict[str, Any] = dict(
        input_format=input_format,
        text_field=text_field,
        id_field=id_field,
        text_column=text_column,
        id_column=id_column,
        encoding=encoding,
        delimiter=delimiter,
        sheet=sheet,
        max_posting_bytes=max_posting_bytes,
    )
    _read.reader(paths, **options)  # checks the options here, on the driver
    if partitions is not None and (isinstance(partitions, bool) or not isinstance(partitions, int) or partitions < 1):
        raise ValueError(f"partitions={partitions!r}: give a number of 1 or more")
    spec = json.dumps({"inputs": paths, "cwd": os.getcwd(), "options": options})
    seed = spark.createDataFrame([(spec,)], "spec string")
    postings = seed.mapInArrow(_read_specs, POSTINGS_DDL)
    return postings.repartition(partitions or spark.sparkContext.defaultParallelism)


def score_spark(
    df: Any,
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
    """Scores a Spark DataFrame with ``mapInArrow``: a DataFrame with the
    CSV's columns and ``keep``'s (their Spark types kept), one row per input
    row. The frame needs an id column (``id_column``, else ``id`` or
    ``posting_id``; ``spark_postings`` gives ``posting_id``): tasks cannot
    number rows across each other. Arguments: as ``Scorer.score``,
    checked here, on the driver."""
    names = list(df.columns)
    keep = _inputs.check_keep(keep)
    s = scorer(lexicon, evidence=evidence, threads=threads)
    _inputs.wanted_columns(names, text_column, id_column, source_column, keep, s.columns)
    if _inputs.id_column_of(names, id_column) is None:
        raise ValueError(
            f"score_spark: no id column ({', '.join(_inputs.DEFAULT_ID_COLUMNS)}; columns: "
            f"{', '.join(names)}): tasks cannot number rows across each other; name one with "
            "id_column= (e.g. df.withColumn('id', pyspark.sql.functions."
            "monotonically_increasing_id()))"
        )
    kept = {k: df.schema[k].dataType.simpleString() for k in keep}
    settings = s._settings

    def score(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        lexicon, evidence, threads = settings
        return score_arrow_batches(
            batches,
            lexicon,
            evidence=evidence,
            threads=threads,
            large_strings=False,
            text_column=text_column,
            id_column=id_column,
            source_column=source_column,
            source=source,
            keep=keep,
            encoding=encoding,
        )

    return df.mapInArrow(score, spark_schema(lexicon, keep=kept))
