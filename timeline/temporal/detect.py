"""Candidate temporal expressions: every kind's pattern tried where a match can start.

``anchors`` lists, in one pass over the words of the text, the few offsets
where each kind of expression can begin; each kind's pattern is ``match``-ed
there only. Matches that context shows are ordinary words are dropped, the rest
widened by modifiers (``context_checks``), and the longest of overlapping
matches is kept. Resolution to values is ``resolve``'s job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from timeline.temporal.anchors import candidate_starts
from timeline.temporal.context_checks import accept, extend
from timeline.temporal.lexicon import Lexicon, lexicon
from timeline.temporal.patterns import Patterns, patterns
from timeline.temporal.work import charge


@dataclass
class Candidate:
    """A matched span, its kind, the pattern's named groups and any modifier found around it."""

    start: int
    end: int
    kind: str
    groups: dict[str, str]
    mod: str | None = None
    fuzzy: str | None = None
    extras: dict[str, str] = field(default_factory=dict)


#: One accepted match, with its sort key: longest first, then pattern priority, then leftmost.
Found = tuple[int, int, int, Candidate]


def _scan(
    text: str,
    kind: str,
    priority: int,
    pattern: re.Pattern[str],
    offsets: list[int],
    found: list[Found],
    lex: Lexicon,
    pats: Patterns,
) -> None:
    """Add the accepted matches of one pattern, tried at ``offsets`` (ascending), to ``found``."""
    position = 0
    attempts = 0
    for offset in offsets:
        if offset < position:
            continue  # inside an accepted match of the same kind
        attempts += 1
        m = pattern.match(text, offset)
        if m is None or m.end() == offset:
            continue
        groups = {k: v for k, v in m.groupdict().items() if v is not None}
        c = Candidate(offset, m.end(), kind, groups)
        # a leading preposition never belongs to the span ("in the past" -> "the past")
        if kind == "ref" and groups["ref"].lower().startswith("in "):
            c.start = offset + 3
        if not accept(text, c, lex, pats):
            continue
        extend(text, c, lex, pats)
        position = m.end()
        found.append((c.end - c.start, -priority, -c.start, c))
    charge("attempts", attempts)


def find_candidates(text: str) -> list[Candidate]:
    """Every accepted candidate span in ``text``, non-overlapping, in text order."""
    lex = lexicon()
    pats = patterns()
    found: list[Found] = []
    starts = candidate_starts(text)
    for priority, (kind, pattern) in enumerate(pats.kinds):
        offsets = starts.get(kind)
        if offsets:
            _scan(text, kind, priority, pattern, offsets, found, lex, pats)
    found.sort(key=lambda item: (item[0], item[1], item[2]), reverse=True)
    taken: list[Candidate] = []
    occupied = bytearray(len(text) + 1)
    charge("scanned", sum(c.end - c.start for _, _, _, c in found))
    for _, _, _, c in found:
        if any(occupied[c.start : c.end]):
            continue
        occupied[c.start : c.end] = b"\x01" * (c.end - c.start)
        taken.append(c)
    taken.sort(key=lambda c: c.start)
    return taken
