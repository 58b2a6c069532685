"""rolescan for Python: the rolescan CLI's scorer on Arrow data.

Scores job postings for Project Manager, IT Project Manager, Technical Project
Manager and IT Manager roles with the same Rust code as ``rolescan score``, so
the numbers are the CLI's numbers.

* ``Scorer(lexicon=None, evidence=5, threads=1)``: one compiled lexicon (the
  built-in one, or a ``.lex``/``.tsv``/``.csv`` file) with its own thread
  pool (at most ``max_threads()``). ``Scorer.score(data)`` takes a
  ``pyarrow.RecordBatch``, ``Table``, pandas ``DataFrame`` or a list of
  strings and returns the CSV's columns as the same kind (a Table for a
  list; a DataFrame keeps its index).
* ``scorer(...)``: the same, cached per process, so Dask/Spark/Ray workers
  build the automaton once. A ``Scorer`` pickles as its settings and
  unpickles through this cache.
* Dask: ``score_dask(ddf)`` (index kept, ``row:N`` unique over the frame);
  ``score_pandas`` for ``map_partitions`` on a frame with an id column.
* Spark: ``spark_postings(spark, inputs)`` (the CLI's reader on an
  executor: the CLI's rows) and ``score_spark(df)`` (``mapInArrow``);
  ``score_arrow_batches`` and ``spark_schema`` for a ``mapInArrow`` or
  Ray's ``map_batches`` of your own.
* ``read_postings(inputs, ...)`` (one Table: loads the whole input) and
  ``iter_postings(inputs, ...)`` (streams batches): files, folders, JSONL and
  CSV read with the CLI's reader and reading options (same ``source`` and
  ``posting_id`` values), columns ``source``, ``posting_id``, ``text``,
  ``error``.
* ``write_csv(scores, path)``: a result as the CLI's CSV, byte for byte;
  ``error_count(scores)``: its error rows (the CLI exits with 2 when there
  are any); ``format_number(x)`` and ``csv_guard(cell)``: the CSV's number
  format and formula guard, with the CLI's own code.

Numbers in the result are full-precision float64 (counts are int64); the CSV
prints them with four decimals, so ``format_number(row["relevance"])`` equals
the CLI's cell. Text columns are not formula-guarded (like ``--format
jsonl``). A row whose posting could not be read has null score columns and the
reason in ``error``. Postings read or decoded with a warning give a
``RolescanWarning``.
"""

from __future__ import annotations

from ._write import write_csv
from ._dask import score_dask, score_pandas
from ._inputs import DEFAULT_ID_COLUMNS, DEFAULT_TEXT_COLUMNS
from ._read import iter_postings, read_postings
from ._rolescan import __version__, csv_guard, format_number
from ._scorer import Scorer, error_count, max_threads, score_arrow_batches, scorer
from ._spark import score_spark, spark_postings, spark_schema
from ._warn import RolescanWarning

__all__ = [
    "Scorer",
    "scorer",
    "max_threads",
    "score_dask",
    "score_pandas",
    "score_spark",
    "spark_postings",
    "score_arrow_batches",
    "spark_schema",
    "read_postings",
    "iter_postings",
    "write_csv",
    "error_count",
    "format_number",
    "csv_guard",
    "RolescanWarning",
    "DEFAULT_TEXT_COLUMNS",
    "DEFAULT_ID_COLUMNS",
    "__version__",
]
