"""score_spark.py CORPUS OUT.csv: scores CORPUS (files, folders) with Spark
in local mode and writes the CLI's CSV; exits 2 when postings could not be
read, as `rolescan score` does."""

import os
import sys

import rolescan


def main(corpus: str, out: str) -> int:
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # the python with rolescan
    from pyspark.sql import SparkSession

    spark = SparkSession.builder.master("local[2]").getOrCreate()
    try:
        postings = rolescan.spark_postings(spark, [corpus])  # the CLI's reader, on an executor
        scores = rolescan.score_spark(postings, keep=["position"])  # mapInArrow
        # Spark does not keep row order: sort by the CLI's position.
        table = scores.orderBy("position").drop("position").toArrow()
        failed = rolescan.error_count(table)
    finally:
        spark.stop()
    rolescan.write_csv(table, out)  # the CLI's CSV (for big outputs: scores.write.parquet)
    if failed:
        print(f"score_spark: {failed} postings could not be read (see the error column)", file=sys.stderr)
    return 2 if failed else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: python score_spark.py CORPUS OUT.csv")
    sys.exit(main(*sys.argv[1:]))
