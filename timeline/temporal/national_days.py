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
def _cue(words: tuple[str, ...]) -> re.Pattern[str]:
    """Whole-word, case-insensitive matcher of the words that name one country."""
    body = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?:{body})(?![\w])(?!\s+(?-i:[A-Z]))", re.I)


def national_variant(
    text: str, start: int, end: int, variants: tuple[Holiday, ...]
) -> Holiday | None:
    """The variant of a national day the text at ``start:end`` means, or None when it can't tell."""
    placed = [v for v in variants if v.where]
    left, right = sentence_bounds(text, start, end)
    near = _nearest(text, start, end, left, right, placed)
    if near is not None:
        return near
    counts = [(len(_cue(v.where).findall(text)), v) for v in placed]
    best = max((n for n, _ in counts), default=0)
    if best > 0:
        leaders = [v for n, v in counts if n == best]
        return next((v for v in leaders if v.default), leaders[0])
    return next((v for v in variants if v.default), None)


def _nearest(
    text: str, start: int, end: int, left: int, right: int, placed: list[Holiday]
) -> Holiday | None:
    """The variant whose country the sentence names closest before the day, else closest after.

    "Pakistan held a parade on Independence Day, a day before India's ...": Pakistan's.
    """
    before: list[tuple[int, Holiday]] = []
    after: list[tuple[int, Holiday]] = []
    for variant in placed:
        for match in _cue(variant.where).finditer(text, left, right):
            if match.end() <= start:
                before.append((start - match.end(), variant))
            elif match.start() >= end:
                after.append((match.start() - end, variant))
    if before:
        return min(before, key=lambda item: item[0])[1]
    if after:
        return min(after, key=lambda item: item[0])[1]
    return None
