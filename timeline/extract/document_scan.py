"""The actor dictionary's matches in a whole document, found once, and masking of spans already read."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from timeline.extract.actor_dictionary import ActorDictionary


class DocumentScan:
    """The dictionary's matches (actor names, titles, roles) in a whole text, found in one pass each."""

    def __init__(
        self,
        text: str,
        dictionary: ActorDictionary,
        offset: int = 0,
        words: tuple[Sequence[int], Sequence[str]] | None = None,
    ) -> None:
        """``words``: where the words of ``text`` start and their keys, if listed already
        (``timeline.temporal.anchors.words``): the names are then tried only there."""
        self._found: dict[str, list[tuple[int, int, str]]] = {}
        self._starts: dict[str, list[int]] = {}
        for which in ("entries", "titles", "roles"):
            pattern = dictionary.pattern(which)
            matches = (
                pattern.at_words(text, *words) if words is not None else pattern.finditer(text)
            )
            found = [(m.start() + offset, m.end() + offset, m.group()) for m in matches]
            self._found[which] = found
            self._starts[which] = [start for start, _, _ in found]

    def within(self, which: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
        """The matches inside [lo, hi), with offsets relative to ``lo``."""
        first = bisect_left(self._starts[which], lo)
        out = []
        for start, end, text in self._found[which][first:]:
            if start >= hi:
                break
            if end <= hi:
                out.append((start - lo, end - lo, text))
        return out


def masked(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the given spans overwritten by bars, so no name is read inside them."""
    if not spans:
        return text
    parts = []
    cursor = 0
    for start, end in sorted(spans):
        start = max(start, cursor)
        if end <= start:
            continue
        parts.append(text[cursor:start])
        parts.append("|" * (end - start))
        cursor = end
    parts.append(text[cursor:])
    return "".join(parts)
