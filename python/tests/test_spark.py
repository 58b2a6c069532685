"""Spark smoke test: mapInArrow in local mode scores the corpus and the rows
equal the CLI's. Skipped unless ROLESCAN_SPARK=1 (PySpark is a ~456 MB
install and needs Java 17): see the README, "Python, Dask, Spark"."""

from __future__ import annotations

import os
import sys
import time

import pytest

import rolescan
from conftest import assert_same_rows, run_cli, table_cells

pytestmark = pytest.mark.skipif(
    os.environ.get("ROLESCAN_SPARK") != "1",
    reason="Spark smoke test: set ROLESCAN_SPARK=1 and pip install 'pyspark>=4' 'pandas<3'",
)


def test_map_in_arrow_equals_cli(corpus, tmp_path, monkeypatch):
    from pyspark.sql import SparkSession

    monkeypatch.chdir(corpus.parent)
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    # Local mode stays on the loopback interface.
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    expected = run_cli([corpus.name], tmp=tmp_path)

    spark = (
        SparkSession.builder.master("local[2]")
        .appName("rolescan-smoke")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.driver.host", "127.0.0.1")
        .getOrCreate()
    )
    try:
        started = time.perf_counter()
        postings = rolescan.read_postings([corpus.name])
        # An index column keeps the input order through Spark.
        postings = postings.append_column("n", __import__("pyarrow").array(range(postings.num_rows)))
        sdf = spark.createDataFrame(
            postings.to_pandas(),
            "source string, posting_id string, text string, error string, n bigint",
        ).repartition(4)
        scored = sdf.mapInArrow(
            lambda batches: rolescan.score_arrow_batches(batches, keep=["n"], large_strings=False),
            rolescan.spark_schema(keep={"n": "bigint"}),
        )
        rows = scored.orderBy("n").drop("n").toPandas()
        seconds = time.perf_counter() - started
    finally:
        spark.stop()
    print(f"\nspark: {len(rows)} postings in {seconds:.1f}s")
    assert_same_rows(expected, table_cells(rows, tmp_path), tmp_path)
