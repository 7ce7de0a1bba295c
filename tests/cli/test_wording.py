"""Counts read as English."""

from __future__ import annotations

import pytest

from timeline.cli.wording import counted


@pytest.mark.parametrize(
    ("number", "noun", "plural", "expected"),
    [
        (0, "event", None, "0 events"),
        (1, "event", None, "1 event"),
        (2, "file", None, "2 files"),
        (12345, "event", None, "12,345 events"),
        (1, "entry", "entries", "1 entry"),
        (3, "entry", "entries", "3 entries"),
    ],
)
def test_counted(number: int, noun: str, plural: str | None, expected: str) -> None:
    assert counted(number, noun, plural) == expected
