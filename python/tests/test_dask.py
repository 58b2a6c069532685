"""Dask: a LocalCluster with 2 worker processes scores ~3,000 postings in
several partitions with map_partitions; the result equals the CLI's CSV row
for row (cells compared as the CSV prints them; see conftest)."""

from __future__ import annotations

import time

import pytest

import rolescan
from conftest import assert_same_rows, run_cli, table_cells

dd = pytest.importorskip("dask.dataframe", reason="install dask[dataframe]")
distributed = pytest.importorskip("distributed", reason="install distributed")


def test_local_cluster_equals_cli(corpus, tmp_path, monkeypatch):
    monkeypatch.chdir(corpus.parent)
    name = corpus.name
    expected = run_cli([name], tmp=tmp_path)
    assert len(expected[1]) >= 2500

    # The README's recipe: read with the CLI's reader, split, map_partitions.
    postings = rolescan.read_postings([name]).to_pandas()
    ddf = dd.from_pandas(postings, npartitions=6, sort=False)
    assert ddf.npartitions == 6
    meta = rolescan.score_pandas(postings.head(0))
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster, distributed.Client(cluster) as client:
        assert len(client.scheduler_info()["workers"]) == 2
        started = time.perf_counter()
        scored = ddf.map_partitions(rolescan.score_pandas, meta=meta).compute()
        seconds = time.perf_counter() - started
    print(f"\ndask: {len(scored)} postings in {seconds:.2f}s, {len(scored) / seconds:.0f} postings/s")
    assert_same_rows(expected, table_cells(scored, tmp_path), tmp_path)
