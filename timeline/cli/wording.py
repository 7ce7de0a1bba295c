"""Small pieces of English the commands share when they report counts."""

from __future__ import annotations


def counted(number: int, noun: str, plural: str | None = None) -> str:
    """``1 file``, ``2 files``: a count with its noun in the right number."""
    word = noun if number == 1 else (plural or f"{noun}s")
    return f"{number:,} {word}"
