"""The shape shared by the blind TimeML document tables: a document, its timexes, its xfail."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest

#: The timexes a document should yield, in order: (text, type, value, mod).
Expected = list[tuple[str, str, str, str | None]]


@dataclass(frozen=True)
class Doc:
    """One invented news document, its creation date and every timex it should yield, in order."""

    name: str
    dct: date
    text: str
    expected: Expected
    anchored: tuple[str, ...] = ()  # timexes resolved against an earlier date in the text
    traps: tuple[str, ...] = ()  # look-alikes in the text that must not be tagged
    xfail: str | None = None  # what the tagger did instead on the table's first run


def param(doc: Doc) -> Any:
    """The pytest parameter of a document, pinned as a strict xfail when the tagger missed it."""
    marks = [pytest.mark.xfail(reason=doc.xfail, strict=True)] if doc.xfail else []
    return pytest.param(doc.dct, doc.text, doc.expected, id=doc.name, marks=marks)
