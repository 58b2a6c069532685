"""A typed use of the package, checked by mypy in CI (.ci/run, Python lane),
not run by pytest: score() is typed by the kind of input, and so are the
helpers. `assert_type` fails the check when a type is not the one written."""

from __future__ import annotations

from typing import Iterator, assert_type

import pandas as pd
import pyarrow as pa

import rolescan

s = rolescan.Scorer(threads=2, evidence=3)
assert_type(s.columns, list[str])
assert_type(s.threads, int)
assert_type(rolescan.max_threads(), int)

assert_type(s.score(["IT project manager, PMP", "Registered nurse"]), pa.Table)
batch = pa.record_batch({"id": ["a"], "body": ["Technical program manager"]})
assert_type(s.score(batch, text_column="body"), pa.RecordBatch)
assert_type(s.score(pa.Table.from_batches([batch]), keep=["id"]), pa.Table)
frame = pd.DataFrame({"description": ["IT manager"]})
assert_type(s.score(frame), pd.DataFrame)
assert_type(rolescan.score_pandas(frame), pd.DataFrame)

postings = rolescan.read_postings(["corpora/sample"], encoding="utf-8", delimiter=";", max_posting_bytes=1 << 20)
assert_type(postings, pa.Table)
assert_type(rolescan.iter_postings("corpora/sample", batch_size=1000), Iterator[pa.RecordBatch])
assert_type(rolescan.score_arrow_batches(iter([batch])), Iterator[pa.RecordBatch])
assert_type(rolescan.error_count(s.score(postings)), int)
assert_type(rolescan.spark_schema(keep={"n": "bigint"}), str)
assert_type(rolescan.format_number(0.5), str)
rolescan.write_csv(s.score(postings), "scores.csv")
