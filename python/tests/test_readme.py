"""The README's Python section says what the code does: its Dask and Spark
scripts are the example files the tests run (python/examples/), and the Rust
version it asks for is the crate's rust-version."""

from __future__ import annotations

import re

import pytest

from conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")
SECTION = README[README.index("## Python, Dask, Spark") :]
SECTION = SECTION[: SECTION.index("\n## ", 1)]


def python_blocks(text: str) -> list[str]:
    return re.findall(r"```python\n(.*?)```", text, flags=re.S)


@pytest.mark.parametrize("script", ["score_dask.py", "score_spark.py"])
def test_readme_scripts_are_the_tested_examples(script):
    example = (REPO / "python" / "examples" / script).read_text(encoding="utf-8")
    assert example in python_blocks(SECTION), f"the README's {script} differs from python/examples/{script}"


def test_readme_asks_for_the_crates_rust_version():
    cargo = (REPO / "Cargo.toml").read_text(encoding="utf-8")
    version = re.search(r'^rust-version = "([0-9.]+)"', cargo, flags=re.M).group(1)
    assert f"needs Rust {version} or later (the crate's\n`rust-version`)" in SECTION
    binding = (REPO / "python" / "Cargo.toml").read_text(encoding="utf-8")
    assert f'rust-version = "{version}"' in binding
