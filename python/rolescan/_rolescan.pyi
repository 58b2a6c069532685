"""Types of the extension module (python/src/lib.rs); the package's own
modules wrap it, and only they are the public API."""

from collections.abc import Iterator
from typing import Optional, final

import pyarrow as pa

__version__: str
__all__ = [
    "PostingReader",
    "Scorer",
    "__version__",
    "_decode_texts",
    "available_cpus",
    "csv_guard",
    "format_number",
    "max_threads",
]

@final
class Scorer:
    def __new__(cls, lexicon: Optional[str] = None, evidence: int = 5, threads: int = 1) -> Scorer: ...
    @property
    def columns(self) -> list[str]: ...
    @property
    def roles(self) -> list[str]: ...
    @property
    def lexicon_name(self) -> str: ...
    @property
    def threads(self) -> int: ...
    def _score_batch(self, batch: pa.RecordBatch) -> pa.RecordBatch: ...

@final
class PostingReader:
    def __new__(
        cls,
        inputs: list[str],
        input_format: Optional[str] = None,
        text_field: Optional[str] = None,
        id_field: Optional[str] = None,
        text_column: Optional[str] = None,
        id_column: Optional[str] = None,
        encoding: str = "auto",
        delimiter: Optional[str] = None,
        sheet: Optional[str] = None,
        max_posting_bytes: int = ...,
        batch_size: int = 65536,
    ) -> PostingReader: ...
    def __iter__(self) -> PostingReader: ...
    def __next__(self) -> tuple[pa.RecordBatch, list[tuple[int, str]]]: ...

def available_cpus() -> int: ...
def max_threads() -> int: ...
def _decode_texts(array: pa.Array, encoding: str) -> tuple[pa.RecordBatch, list[tuple[int, str]]]: ...
def format_number(x: float) -> str: ...
def csv_guard(cell: str) -> str: ...
