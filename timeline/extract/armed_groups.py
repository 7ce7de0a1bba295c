"""Armed groups named by their fighters: "Seleka rebels seized power", "Anti-balaka militias".

A story often names a group only by a capitalised word before what its members are
("Tuareg rebels", "Seleka rebel coalition"). When no actor covers those words, the
phrase itself is an actor (an organisation), named as the story names it.
"""

from __future__ import annotations

import re
from functools import cache

from timeline.extract.actor_dictionary import ActorDictionary
from timeline.extract.mentions import Mention, name_words
from timeline.extract.phrases import PhrasePattern, compile_phrases


@cache
def _named_fighters() -> re.Pattern[str]:
    """One or two capitalised words, then a noun of fighters (``armed_group_nouns``)."""
    nouns = compile_phrases(sorted(name_words("armed_group_nouns"))).pattern
    word = r"[A-Z][\w’'-]*"
    return re.compile(rf"(?<![\w’'-])(?P<name>{word}(?:\s+{word})?)\s+(?P<noun>{nouns})\b")


@cache
def _fighters() -> PhrasePattern:
    """A noun of fighters alone: what skips a sentence without one, cheaply."""
    return compile_phrases(sorted(name_words("armed_group_nouns")))


def armed_group_mentions(
    text: str, start: int, end: int, mentions: list[Mention], dictionary: ActorDictionary
) -> list[Mention]:
    """The groups in ``text[start:end]`` named by a capitalised word before their fighters
    ("Seleka rebels") that no known actor already covers."""
    found: list[Mention] = []
    if not _fighters().search(text, start, end):
        return found
    for match in _named_fighters().finditer(text, start, end):
        if any(
            m.kind != "country" and m.start < match.end("name") and match.start() < m.end
            for m in mentions
        ):
            continue
        if any(ch.isdigit() for ch in match["name"]):
            # "two Su-27 fighters", "Polish F-35 fighters": aircraft, no group
            continue
        words = match["name"].split()
        # "Armed rebels", "the mostly Muslim Seleka rebels": a common word or a faith opens no name
        while words and (
            words[0] in dictionary.not_names
            or (words[0] in name_words("faith_words") and len(words) > 1)
            or _common_word(text, words[0])
        ):
            words = words[1:]
        if not words or dictionary.lookup(" ".join(words)) is not None:
            # "Houthi rebels", "Kurdish fighters": a known actor or a country's people
            continue
        name = f"{' '.join(words)} {match['noun']}"
        at = match.end("name") - len(words[-1]) - sum(len(w) + 1 for w in words[:-1])
        found.append(Mention(at, match.end(), name, "organization", evidence="name"))
    return found


def _common_word(text: str, word: str) -> bool:
    """Whether the story also writes ``word`` in lower case ("armed" for "Armed rebels")."""
    lower = word.lower()
    return (
        lower != word and re.search(rf"(?<![\w’'-]){re.escape(lower)}(?![\w’'-])", text) is not None
    )
