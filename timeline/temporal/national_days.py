"""Which country's day a national day's name means ("Independence Day" in a Sri Lankan story).

The country the same sentence names decides first (the nearest before the day,
else the nearest after it), then the country the text names most often; a variant
marked default is taken when the text names none of them, and otherwise the day
stays unresolved rather than guessed. A country word inside a longer name ("Indian
Ocean", "Washington Post") names no country.
"""

from __future__ import annotations

import re
from functools import cache

from timeline.temporal.lexicon import Holiday
from timeline.temporal.tense import sentence_bounds


@cache
def _cues(placed: tuple[Holiday, ...]) -> tuple[re.Pattern[str], dict[str, tuple[int, ...]]]:
    """One whole-word, case-insensitive matcher of every word that names one of ``placed``'s
    countries, and which variants (by index) each word names: a text is read once, not once
    for each of dozens of variants."""
    owners: dict[str, list[int]] = {}
    for index, variant in enumerate(placed):
        for word in variant.where:
            owners.setdefault(word.lower(), []).append(index)
    body = "|".join(re.escape(w) for w in sorted(owners, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w.])(?:{body})(?![\w])(?!\s+(?-i:[A-Z]))", re.I)
    return pattern, {word: tuple(indices) for word, indices in owners.items()}


def national_variant(
    text: str, start: int, end: int, variants: tuple[Holiday, ...]
) -> Holiday | None:
    """The variant of a national day the text at ``start:end`` means, or None when it can't tell."""
    placed = tuple(v for v in variants if v.where)
    if not placed:
        return next((v for v in variants if v.default), None)
    cues, owners = _cues(placed)
    left, right = sentence_bounds(text, start, end)
    near = _nearest(cues, owners, text, start, end, left, right, placed)
    if near is not None:
        return near
    counts = [0] * len(placed)
    for match in cues.finditer(text):
        for index in owners[match.group().lower()]:
            counts[index] += 1
    best = max(counts, default=0)
    if best > 0:
        leaders = [v for n, v in zip(counts, placed, strict=True) if n == best]
        return next((v for v in leaders if v.default), leaders[0])
    return next((v for v in variants if v.default), None)


def _nearest(
    cues: re.Pattern[str],
    owners: dict[str, tuple[int, ...]],
    text: str,
    start: int,
    end: int,
    left: int,
    right: int,
    placed: tuple[Holiday, ...],
) -> Holiday | None:
    """The variant whose country the sentence names closest before the day, else closest after.

    "Pakistan held a parade on Independence Day, a day before India's ...": Pakistan's.
    """
    before: list[tuple[int, int]] = []
    after: list[tuple[int, int]] = []
    for match in cues.finditer(text, left, right):
        for index in owners[match.group().lower()]:
            if match.end() <= start:
                before.append((start - match.end(), index))
            elif match.start() >= end:
                after.append((match.start() - end, index))
    if before:
        return placed[min(before)[1]]
    if after:
        return placed[min(after)[1]]
    return None
