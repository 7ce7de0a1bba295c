"""Writing a text with inline TimeML ``<TIMEX3>`` tags."""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape, quoteattr

from timeline.temporal.timex import Timex


def timex3_tag(timex: Timex, tid: str) -> str:
    """The opening ``<TIMEX3 ...>`` tag of one expression."""
    attributes = [("tid", tid), ("type", timex.type), ("value", timex.value)]
    if timex.mod:
        attributes.append(("mod", timex.mod))
    return "<TIMEX3 " + " ".join(f"{name}={quoteattr(value)}" for name, value in attributes) + ">"


def to_timeml(text: str, timexes: Sequence[Timex]) -> str:
    """``text`` XML-escaped, each expression wrapped in a TIMEX3 tag (tids t1, t2... in text order)."""
    parts: list[str] = []
    position = 0
    for number, timex in enumerate(sorted(timexes, key=lambda t: t.start), start=1):
        if timex.start < position:
            continue  # overlapping spans cannot nest in inline XML; the tagger never makes them
        parts.append(escape(text[position : timex.start]))
        parts.append(timex3_tag(timex, f"t{number}"))
        parts.append(escape(text[timex.start : timex.end]))
        parts.append("</TIMEX3>")
        position = timex.end
    parts.append(escape(text[position:]))
    return "".join(parts)
