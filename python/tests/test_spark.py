"""Spark: the README's recipe (python/examples/score_spark.py:
spark_postings, the CLI's reader on an executor, then score_spark, a
mapInArrow) gives the CLI's rows, bytes and exit status on corpora/sample
and on a file with a broken line; in local mode it scores ~3,000 postings
equal to the CLI's CSV; a spark.read.json frame differs from the CLI's rows
exactly as the README says. Skipped unless ROLESCAN_SPARK=1 (PySpark is a
~456 MB install and needs Java 17 or later): see the README, "Python, Dask,
Spark"."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

import rolescan
from conftest import BROKEN_JSONL, REPO, assert_same_rows, read_csv, run_cli, run_cli_status, table_cells

pytestmark = pytest.mark.skipif(
    os.environ.get("ROLESCAN_SPARK") != "1",
    reason="Spark tests: set ROLESCAN_SPARK=1, install Java 17+ and pip install 'pyspark>=4' 'pandas<3'",
)

EXAMPLE = REPO / "python" / "examples" / "score_spark.py"


@pytest.fixture(scope="module")
def spark():
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    # Local mode stays on the loopback interface.
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    session = (
        SparkSession.builder.master("local[2]")
        .appName("rolescan-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.driver.host", "127.0.0.1")
        .getOrCreate()
    )
    yield session
    session.stop()


def run_example(corpus: str, cwd, tmp_path) -> tuple[int, float, str]:
    out = tmp_path / "python.csv"
    env = dict(os.environ, SPARK_LOCAL_IP="127.0.0.1")
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, str(EXAMPLE), corpus, str(out)],
        cwd=cwd, capture_output=True, text=True, timeout=600, env=env,
    )
    return done.returncode, time.perf_counter() - started, done.stderr


@pytest.mark.parametrize("corpus", ["corpora/sample", "broken.jsonl"])
def test_readme_script_equals_cli(corpus, tmp_path, monkeypatch):
    cwd = REPO if corpus.startswith("corpora") else tmp_path
    (tmp_path / "broken.jsonl").write_text(BROKEN_JSONL, encoding="utf-8")
    monkeypatch.chdir(cwd)
    status, expected = run_cli_status([corpus], tmp=tmp_path)
    got, seconds, stderr = run_example(corpus, cwd, tmp_path)
    print(f"\nscore_spark.py {corpus}: {seconds:.1f}s")
    assert got == status, stderr[-2000:]
    assert_same_rows(expected, read_csv(tmp_path / "python.csv"), tmp_path)
    if corpus == "broken.jsonl":
        # The broken line as the CLI reports it; the records' own `source`
        # field does not replace the file's path.
        rows = read_csv(tmp_path / "python.csv")[1]
        assert got == 2 and "2 postings could not be read" in stderr
        assert [r[1] for r in rows] == ["a", "line:3", "line:4", "line:5", "7"]
        assert rows[2][-1].startswith("line 4 is not valid JSON")
        assert {r[0] for r in rows} == {"broken.jsonl"}


def test_recipe_on_3000_postings_equals_cli(spark, corpus, tmp_path, monkeypatch):
    monkeypatch.chdir(corpus.parent)
    expected = run_cli([corpus.name], tmp=tmp_path)
    started = time.perf_counter()
    postings = rolescan.spark_postings(spark, [corpus.name], partitions=4)
    assert postings.rdd.getNumPartitions() == 4
    scores = rolescan.score_spark(postings, keep=["position"])
    table = scores.orderBy("position").drop("position").toArrow()
    seconds = time.perf_counter() - started
    print(f"\nspark: {table.num_rows} postings in {seconds:.1f}s")
    assert_same_rows(expected, table_cells(table, tmp_path), tmp_path)


def test_score_spark_needs_an_id_column(spark):
    df = spark.createDataFrame([("IT manager",)], "description string")
    with pytest.raises(ValueError, match="score_spark: no id column"):
        rolescan.score_spark(df)
    with pytest.raises(ValueError, match="keep: 'words' is already a result column"):
        rolescan.score_spark(df.withColumnRenamed("description", "words").selectExpr("words", "words as text", "1 as id"), keep=["words"])
    with pytest.raises(ValueError, match="stdin"):
        rolescan.spark_postings(spark, ["-"])


def test_spark_read_json_differs_from_the_cli_as_the_readme_says(spark, tmp_path, monkeypatch):
    # Any DataFrame can be scored (score_spark); a spark.read.json frame is
    # Spark's reading, not the CLI's: the README lists what differs, checked here.
    monkeypatch.chdir(tmp_path)
    (tmp_path / "broken.jsonl").write_text(BROKEN_JSONL, encoding="utf-8")
    df = spark.read.json(str(tmp_path / "broken.jsonl"))  # the JVM keeps the folder it started in
    rows = rolescan.score_spark(df).toArrow().to_pylist()
    cli = read_csv_rows(run_cli(["broken.jsonl"], tmp=tmp_path))
    assert len(rows) == len(cli) == 5  # blank lines skipped by both
    by_id = {r["posting_id"]: r for r in rows}
    # source: the records' own field, else source= ("-"); the CLI: the file.
    assert by_id["a"]["source"] == "board-x" and cli[0]["source"] == "broken.jsonl"
    assert by_id["7"]["source"] == "-"
    # posting_id: no line numbers in Spark: row:N within a task, not line:N.
    assert cli[1]["posting_id"] == "line:3" and "line:3" not in by_id
    # The broken line: an error row without the line number or the parser's reason.
    corrupt = [r for r in rows if r["error"] and "_corrupt_record" in r["error"]]
    assert len(corrupt) == 1 and cli[2]["error"].startswith("line 4 is not valid JSON")
    # One text column for every row (description): a record with its text in
    # `body` has none here; the CLI takes the first of description/text/body/content.
    assert by_id["7"]["error"] == "no text (the text column is null)"
    assert cli[4]["posting_id"] == "7" and cli[4]["error"] == ""
    # Scored rows have the CLI's numbers.
    assert by_id["a"]["top_role"] == cli[0]["top_role"]
    assert rolescan.format_number(by_id["a"]["relevance"]) == cli[0]["relevance"]


def read_csv_rows(cells):
    header, rows = cells
    return [dict(zip(header, r)) for r in rows]
