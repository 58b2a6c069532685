"""score_dask.py CORPUS OUT.csv: scores CORPUS (files, folders) on a Dask
LocalCluster and writes the CLI's CSV; exits 2 when postings could not be
read, as `rolescan score` does."""

import sys

import dask.dataframe as dd
from distributed import Client, LocalCluster

import rolescan


def main(corpus: str, out: str) -> int:
    postings = rolescan.read_postings([corpus]).to_pandas()  # the CLI's reader and ids
    ddf = dd.from_pandas(postings, npartitions=8, sort=False)
    with LocalCluster(n_workers=2, threads_per_worker=1) as cluster, Client(cluster):
        scores = rolescan.score_dask(ddf).compute()  # index kept: lines up with ddf
    rolescan.write_csv(scores, out)  # the CLI's CSV; scores has full-precision floats
    failed = rolescan.error_count(scores)
    if failed:
        print(f"score_dask: {failed} postings could not be read (see the error column)", file=sys.stderr)
    return 2 if failed else 0


if __name__ == "__main__":  # worker processes re-import this file
    if len(sys.argv) != 3:
        sys.exit("usage: python score_dask.py CORPUS OUT.csv")
    sys.exit(main(*sys.argv[1:]))
