"""Shared fixtures: the CLI binary, a corpus of a few thousand postings, and
helpers that turn the Python result into the CLI's CSV cells.

The comparison is of formatted cells: the Python result holds full-precision
float64 numbers, which ``rolescan.format_number`` (the CLI's own four-decimal
formatting code) prints as the CSV does; text cells get the CSV's formula
guard (``rolescan.csv_guard``); a null is an empty cell. So "equal" below
means equal to the CLI's CSV, byte for byte per cell, row for row.
"""

from __future__ import annotations

import csv
import json
import math
import os
import subprocess
import warnings
from pathlib import Path

import pytest

import rolescan

REPO = Path(__file__).resolve().parents[2]
SHARED_DEV = REPO.parent / "shared" / "corpora" / "dev.jsonl"
TEXT_COLUMNS = {"source", "posting_id", "top_role", "evidence", "error"}
INT_COLUMNS = {"words", "hits"}


def cli_binary() -> Path:
    """The rolescan CLI: $ROLESCAN_BIN, else target/release/rolescan."""
    path = Path(os.environ.get("ROLESCAN_BIN", REPO / "target" / "release" / "rolescan"))
    if not path.is_file():
        pytest.fail(
            f"the rolescan CLI is not at {path}: run 'cargo build --release' at the "
            "repository root, or set ROLESCAN_BIN to the binary"
        )
    return path


def run_cli(inputs, *args: str, tmp: Path) -> tuple[list[str], list[list[str]]]:
    """Runs `rolescan score -q INPUTS ARGS -o FILE` in the current folder and
    returns (header, rows)."""
    out = tmp / "cli.csv"
    cmd = [str(cli_binary()), "score", "-q", *map(str, inputs), *args, "-o", str(out)]
    done = subprocess.run(cmd, capture_output=True, text=True)
    # 2: some postings could not be read (rows with `error`), still written.
    assert done.returncode in (0, 2), f"{cmd}: {done.returncode}\n{done.stderr}"
    with open(out, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    return rows[0], rows[1:]


def _is_null(v) -> bool:
    if v is None:
        return True
    try:
        import pandas as pd

        if v is pd.NA:
            return True
    except ImportError:  # pragma: no cover
        pass
    return isinstance(v, float) and math.isnan(v)


def cell(column: str, value) -> str:
    """One value of the Python result as the CLI's CSV cell."""
    if _is_null(value):
        return ""
    if column in TEXT_COLUMNS:
        return rolescan.csv_guard(value)
    if column in INT_COLUMNS:
        return str(int(value))
    return rolescan.format_number(float(value))


def table_cells(table) -> tuple[list[str], list[list[str]]]:
    """A pyarrow Table or pandas DataFrame as (header, CSV cells per row)."""
    if hasattr(table, "to_pylist"):
        names, records = table.column_names, table.to_pylist()
    else:
        names, records = list(table.columns), table.to_dict("records")
    return names, [[cell(c, r[c]) for c in names] for r in records]


def assert_same_rows(expected, got) -> None:
    """Equal header and rows; on a difference, shows the first differing row."""
    (eh, er), (gh, gr) = expected, got
    assert gh == eh
    assert len(gr) == len(er), f"{len(gr)} rows, the CLI wrote {len(er)}"
    for i, (e, g) in enumerate(zip(er, gr)):
        if e != g:
            diff = {h: (a, b) for h, a, b in zip(eh, e, g) if a != b}
            pytest.fail(f"row {i + 1} differs (column: (CLI, Python)): {diff}")


@pytest.fixture(scope="session")
def corpus(tmp_path_factory) -> Path:
    """A JSONL file of ~3,000 postings: the first 3,000 lines of
    ../shared/corpora/dev.jsonl, or, when ../shared is absent, the sample
    corpus's board ads repeated with varied ids and text (said in a warning).
    It is written to a temporary folder, never into the repository."""
    path = tmp_path_factory.mktemp("corpus") / "postings.jsonl"
    if SHARED_DEV.is_file():
        with open(SHARED_DEV, encoding="utf-8") as src, open(path, "w", encoding="utf-8") as dst:
            for i, line in enumerate(src):
                if i == 3000:
                    break
                dst.write(line)
        return path
    warnings.warn(
        f"{SHARED_DEV} is absent: using corpora/sample/board.jsonl repeated and varied"
    )
    ads = [json.loads(l) for l in open(REPO / "corpora/sample/board.jsonl", encoding="utf-8")]
    with open(path, "w", encoding="utf-8") as dst:
        for i in range(3000):
            ad = dict(ads[i % len(ads)])
            ad["id"] = f"{ad.get('id', 'ad')}-{i}"
            # Vary the text so rows differ: drop a tail, add a role name now and then.
            text = ad["description"]
            ad["description"] = text[: len(text) - (i % 97)] + (" IT manager" if i % 5 == 0 else "")
            dst.write(json.dumps(ad) + "\n")
        dst.write("not json\n")
    return path
