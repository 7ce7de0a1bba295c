"""Whether the clause around an expression speaks of the past or the future.

A bare "Thursday" or "June" is resolved backwards in a past-tense sentence
("met on Thursday") and forwards in a future one ("will meet on Thursday").
The cue nearest to the expression in its sentence decides; future cues
(modal verbs, "scheduled", "to be held") weigh a little more because they
usually stand further from the date than the verb they govern.
"""

from __future__ import annotations

import re
from functools import cache

from timeline.temporal.lexicon import alternation, lexicon

PAST = "past"
FUTURE = "future"

#: How far (characters) to look for a cue on either side of an expression.
WINDOW = 160
#: Future cues count as this much closer than they are.
FUTURE_WEIGHT = 0.6

_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s|\n")


@cache
def _cues() -> re.Pattern[str]:
    lex = lexicon()
    future = r"(?:to|will|shall|'ll)\s+be\s+[a-z]+|" + alternation(lex.future_cues)
    past = alternation(lex.past_cues) + r"|[a-z]+ed"
    return re.compile(
        rf"(?<![\w'’])(?:(?P<future>{future})|(?P<past>{past}))(?![\w])", re.IGNORECASE
    )


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The start and end of the sentence around ``[start, end)``, looking at most WINDOW chars away."""
    lo = max(0, start - WINDOW)
    left = lo
    for m in _SENTENCE_END.finditer(text, lo, start):
        left = m.end()
    hi = min(len(text), end + WINDOW)
    found = _SENTENCE_END.search(text, end, hi)
    right = found.start() + 1 if found else hi
    return left, right


def tense_near(text: str, start: int, end: int) -> str | None:
    """``"past"``, ``"future"`` or None (no cue) for the expression at ``[start, end)``."""
    left, right = sentence_bounds(text, start, end)
    not_past = lexicon().not_past_ed
    best: tuple[float, str] | None = None
    for m in _cues().finditer(text, left, right):
        if m.start() < end and m.end() > start:
            continue  # a cue inside the expression itself ("next Monday") is not the clause's tense
        distance = float(start - m.end() if m.end() <= start else m.start() - end)
        if m["future"]:
            kind, distance = FUTURE, distance * FUTURE_WEIGHT
        else:
            word = m["past"]
            if word.lower() in not_past or word[0].isupper() and word.endswith("ed"):
                continue
            kind = PAST
        if best is None or distance < best[0]:
            best = (distance, kind)
    return best[1] if best else None
