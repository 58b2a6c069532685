"""Warnings: ``RolescanWarning`` and the one-line summary of postings that
were read or decoded with a warning (the CLI prints them one per line on
stderr; here they come as one Python warning per call or batch)."""

from __future__ import annotations

import warnings
from typing import Callable, Sequence

#: How many postings a summary names before "and N more".
SHOWN = 3


class RolescanWarning(UserWarning):
    """A posting was read or decoded with a problem that did not stop it
    from being scored (as ``rolescan: warning: ...`` on the CLI's stderr):
    invalid UTF-8 replaced with U+FFFD, an encoding guessed, an empty text."""


def warn_rows(
    what: str,
    rows: Sequence[tuple[int, str]],
    where: Callable[[int], str],
    stacklevel: int,
) -> None:
    """One warning for ``rows`` (row, message): ``what`` says what happened
    to them, ``where(row)`` names a row as the CLI does (``source [id]``)."""
    if not rows:
        return
    shown = "; ".join(f"{where(row)}: {message}" for row, message in rows[:SHOWN])
    more = f"; and {len(rows) - SHOWN} more" if len(rows) > SHOWN else ""
    noun = "posting" if len(rows) == 1 else "postings"
    warnings.warn(
        f"{len(rows)} {noun} {what}: {shown}{more}",
        RolescanWarning,
        stacklevel=stacklevel + 1,
    )
