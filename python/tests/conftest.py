"""Shared fixtures: the CLI binary, a corpus of a few thousand postings, and
helpers that turn the Python result into the CLI's CSV cells.

The comparison is of the CLI's CSV cells: ``rolescan.write_csv`` writes the
Python result as the CLI would (full-precision float64 printed with four
decimals by the CLI's own formatting code, the formula guard on text cells,
nulls as empty cells), and the test reads both files back; the files must
also be equal byte for byte. So "equal" below means equal to the CLI's CSV,
row for row.
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
import warnings
from pathlib import Path

import pytest

import rolescan

REPO = Path(__file__).resolve().parents[2]
SHARED_DEV = REPO.parent / "shared" / "corpora" / "dev.jsonl"


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
    return run_cli_status(inputs, *args, tmp=tmp)[1]


def run_cli_status(inputs, *args: str, tmp: Path) -> tuple[int, tuple[list[str], list[list[str]]]]:
    """As ``run_cli``, with the CLI's exit status (0, or 2 when some postings
    could not be read; their rows are still written) first."""
    out = tmp / "cli.csv"
    cmd = [str(cli_binary()), "score", "-q", *map(str, inputs), *args, "-o", str(out)]
    done = subprocess.run(cmd, capture_output=True, text=True)
    assert done.returncode in (0, 2), f"{cmd}: {done.returncode}\n{done.stderr}"
    return done.returncode, read_csv(out)


#: A JSONL file with a broken line (line 4), a blank line, a record without
#: an id, one without a text field, and a record whose own `source` field
#: must not replace the file's path.
BROKEN_JSONL = (
    '{"id": "a", "description": "IT project manager, PMP", "source": "board-x"}\n'
    "\n"
    '{"description": "IT manager for our service desk"}\n'
    '{"id": "b", "text": broken\n'
    '{"title": "no text"}\n'
    '{"id": 7, "body": "Technical program manager, APIs"}\n'
)


def read_csv(path: Path) -> tuple[list[str], list[list[str]]]:
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    return rows[0], rows[1:]


def table_cells(table, tmp: Path) -> tuple[list[str], list[list[str]]]:
    """A result (Table, RecordBatch, DataFrame) written with
    ``rolescan.write_csv`` and read back as (header, rows)."""
    path = tmp / "python.csv"
    rolescan.write_csv(table, path)
    return read_csv(path)


def assert_same_rows(expected, got, tmp: Path) -> None:
    """Equal header and rows (showing the first differing row), then equal
    bytes of the CLI's file (tmp/cli.csv) and write_csv's (tmp/python.csv)."""
    (eh, er), (gh, gr) = expected, got
    assert gh == eh
    assert len(gr) == len(er), f"{len(gr)} rows, the CLI wrote {len(er)}"
    for i, (e, g) in enumerate(zip(er, gr)):
        if e != g:
            diff = {h: (a, b) for h, a, b in zip(eh, e, g) if a != b}
            pytest.fail(f"row {i + 1} differs (column: (CLI, Python)): {diff}")
    assert (tmp / "python.csv").read_bytes() == (tmp / "cli.csv").read_bytes()


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
