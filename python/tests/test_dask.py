"""Dask: score_dask keeps the input's index and numbers row:N ids over the
whole frame; score_pandas refuses, under map_partitions, a frame without an
id column; the README's script (python/examples/score_dask.py, 2 worker
processes) writes the CLI's bytes and exits with the CLI's status; a
LocalCluster scores ~3,000 postings equal to the CLI's CSV row for row
(cells compared as the CSV prints them; see conftest)."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

import rolescan
from conftest import BROKEN_JSONL, REPO, assert_same_rows, read_csv, run_cli, run_cli_status, table_cells

dd = pytest.importorskip("dask.dataframe", reason="install dask[dataframe]")
distributed = pytest.importorskip("distributed", reason="install distributed")
pd = pytest.importorskip("pandas", reason="install pandas")
dask = pytest.importorskip("dask", reason="install dask")

EXAMPLE = REPO / "python" / "examples" / "score_dask.py"


def frame(n: int) -> "pd.DataFrame":
    """n postings without an id column, under a string index in shuffled order."""
    texts = ["IT manager, ITIL, service desk", "Registered nurse", "Technical program manager"]
    return pd.DataFrame(
        {"description": [f"{texts[i % 3]} {i}" for i in range(n)], "n": range(n)},
        index=[f"key-{(i * 7) % n}" for i in range(n)],
    )


def test_score_dask_keeps_the_index_and_numbers_rows_across_partitions():
    df = frame(23)
    ddf = dd.from_pandas(df, npartitions=4, sort=False)
    assert ddf.npartitions == 4
    with dask.config.set(scheduler="synchronous"):
        lazy = rolescan.score_dask(ddf, keep=["n"])
        assert lazy.npartitions == 4
        scores = lazy.compute()
        # Aligned: the index is the input's, and join/assign line up.
        assert list(scores.index) == list(df.index)
        assert list(scores["n"]) == list(range(23))
        ids = list(scores["posting_id"])
        assert ids == [f"row:{i + 1}" for i in range(23)]
        assert len(set(ids)) == 23
        joined = ddf.join(lazy[["top_role"]]).compute()
        assert (joined.loc[df.index, "top_role"] == scores["top_role"]).all()
        # The same rows as scoring the whole frame at once.
        whole = rolescan.Scorer().score(df, keep=["n"])
        # (Dask turns object strings, the index's too, into pyarrow strings.)
        pd.testing.assert_frame_equal(scores, whole, check_index_type=False)


def test_score_dask_gives_the_error_count():
    df = pd.DataFrame({"id": ["a", "b", "c"], "description": ["IT manager", None, "nurse"]})
    ddf = dd.from_pandas(df, npartitions=2, sort=False)
    with dask.config.set(scheduler="synchronous"):
        scores = rolescan.score_dask(ddf)
        assert rolescan.error_count(scores) == 1
        assert rolescan.error_count(scores.compute()) == 1
        assert list(scores.compute()["posting_id"]) == ["a", "b", "c"]


def test_score_pandas_in_map_partitions_needs_an_id_column():
    ddf = dd.from_pandas(frame(10), npartitions=3, sort=False)
    meta = rolescan.score_pandas(frame(0))
    with dask.config.set(scheduler="synchronous"):
        with pytest.raises(ValueError, match="row:N ids would restart in every partition; use rolescan.score_dask"):
            ddf.map_partitions(rolescan.score_pandas, meta=meta).compute()
        # With an id column it runs, index kept.
        ided = dd.from_pandas(frame(10).assign(id=[f"p{i}" for i in range(10)]), npartitions=3, sort=False)
        out = ided.map_partitions(rolescan.score_pandas, meta=meta).compute()
        assert list(out["posting_id"]) == [f"p{i}" for i in range(10)]
        assert list(out.index) == list(frame(10).index)


def run_example(corpus: str, cwd, tmp_path) -> tuple[int, float]:
    out = tmp_path / "python.csv"
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, str(EXAMPLE), corpus, str(out)], cwd=cwd, capture_output=True, text=True, timeout=300
    )
    seconds = time.perf_counter() - started
    assert done.returncode in (0, 2), done.stderr
    if done.returncode == 2:
        assert "postings could not be read (see the error column)" in done.stderr
    return done.returncode, seconds


def test_readme_script_equals_cli_and_exits_2_on_errors(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "broken.jsonl").write_text(BROKEN_JSONL, encoding="utf-8")
    status, expected = run_cli_status(["broken.jsonl"], tmp=tmp_path)
    assert status == 2
    got, seconds = run_example("broken.jsonl", tmp_path, tmp_path)
    assert got == 2
    assert_same_rows(expected, read_csv(tmp_path / "python.csv"), tmp_path)
    print(f"\nscore_dask.py broken.jsonl: {seconds:.1f}s")

    monkeypatch.chdir(REPO)
    status, expected = run_cli_status(["corpora/sample"], tmp=tmp_path)
    assert status == 0
    got, seconds = run_example("corpora/sample", REPO, tmp_path)
    assert got == 0
    assert_same_rows(expected, read_csv(tmp_path / "python.csv"), tmp_path)
    print(f"score_dask.py corpora/sample: {seconds:.1f}s")


def test_local_cluster_equals_cli(corpus, tmp_path, monkeypatch):
    monkeypatch.chdir(corpus.parent)
    name = corpus.name
    expected = run_cli([name], tmp=tmp_path)
    assert len(expected[1]) >= 2500

    # The README's recipe: read with the CLI's reader, split, score_dask.
    postings = rolescan.read_postings([name]).to_pandas()
    ddf = dd.from_pandas(postings, npartitions=6, sort=False)
    assert ddf.npartitions == 6
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster, distributed.Client(cluster) as client:
        assert len(client.scheduler_info()["workers"]) == 2
        started = time.perf_counter()
        scored = rolescan.score_dask(ddf).compute()
        seconds = time.perf_counter() - started
    print(f"\ndask: {len(scored)} postings in {seconds:.2f}s, {len(scored) / seconds:.0f} postings/s")
    assert list(scored.index) == list(postings.index)
    assert_same_rows(expected, table_cells(scored, tmp_path), tmp_path)
