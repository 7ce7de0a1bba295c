"""Crowds as the subjects of protests: "Tens of thousands of ethnic Albanians marched ...".

A protest, a march or a strike is done by the people in the street, whom a story
counts rather than names: "Several thousand Socialist supporters rallied", "about
2,000 workers walked out". Such a counted subject followed by a verb of gathering
(``crowd_verbs`` in event_cues.yaml) becomes an actor of kind group, named by its
noun phrase ("ethnic Albanians", "Socialist supporters"); a crowd of plain "people"
is named "protesters".
"""

from __future__ import annotations

import re
from functools import cache

from timeline.data_files import data_file
from timeline.extract.mentions import Mention
from timeline.extract.phrases import PhrasePattern, compile_phrases

#: Where a subject starts: the sentence start, after a comma or "and", after "On Monday,".
_SUBJECT_START = re.compile(r"(?:^|[,;]\s+|\band\s+|[-–—]\s+)$")
#: ", many of them students,", "at the Kumtor gold mine": what may follow the crowd's noun.
_AFTER_NOUN = (
    r"(?:\s+(?:of|from|at|in)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?[\w’'-]+|"
    r",\s+(?:many|most|some|all)\s+of\s+them\s+[^,]{1,40},)?"
)
#: The name of a crowd of plain "people" that gathers.
PEOPLE_NAME = "protesters"
#: The evidence of a crowd's mention: a group, counted rather than named.
CROWD = "crowd"


@cache
def _crowd() -> re.Pattern[str]:
    """A counted crowd, its noun phrase and a verb of gathering: "Tens of thousands of ethnic
    Albanians marched", "about 2,000 workers at the mine walked out"."""
    raw = data_file("event_cues.yaml")
    counts = compile_phrases([str(w) for w in raw["crowd_counts"]], ignore_case=True).pattern
    nouns = compile_phrases([str(w) for w in raw["crowd_nouns"]], ignore_case=True).pattern
    verbs = compile_phrases([str(w) for w in raw["crowd_verbs"]], ignore_case=True).pattern
    return re.compile(
        r"(?:(?:about|around|some|more\s+than|over|at\s+least|nearly|almost|up\s+to|"
        r"an\s+estimated|several)\s+)?"
        rf"(?:{counts}|\d[\d,.]*(?:\s+(?:thousand|million))?)\s+(?:of\s+)?"
        rf"(?P<np>(?:(?!of\b)[\w’'-]+\s+){{0,2}}?(?P<noun>{nouns}|[A-Z][a-z]+ans))\b"
        rf"{_AFTER_NOUN}\s+(?:[a-z]+ly\s+)?{verbs}",
        re.I,
    )


@cache
def _gathering() -> PhrasePattern:
    """The verbs of gathering, to skip a sentence without one (by its words, as focused)."""
    return compile_phrases(
        [str(w) for w in data_file("event_cues.yaml")["crowd_verbs"]], ignore_case=True
    )


@cache
def _verb_after() -> re.Pattern[str]:
    """What follows a crowd's noun up to its verb of gathering: " at the mine walked out"."""
    verbs = compile_phrases(
        [str(w) for w in data_file("event_cues.yaml")["crowd_verbs"]], ignore_case=True
    ).pattern
    return re.compile(rf"{_AFTER_NOUN}\s+(?:[a-z]+ly\s+)?(?P<verb>{verbs})", re.I)


def gathering_after(text: str, position: int, end: int) -> tuple[int, int] | None:
    """Where the verb of gathering of a crowd named up to ``position`` is ("marched"), if any."""
    match = _verb_after().match(text, position, end)
    return match.span("verb") if match else None


#: A count of people: a number or a word of many.
_COUNTED = re.compile(r"\d|housand|undred|[Dd]ozens|[Ss]cores")


def crowd_mentions(
    text: str, start: int, end: int, mentions: list[Mention], home: str | None
) -> list[Mention]:
    """The counted crowds gathering in ``text[start:end]`` that no actor covers already."""
    found: list[Mention] = []
    # cheap checks first: most sentences hold no verb of gathering and no count of people
    if not _gathering().search(text, start, end) or not _COUNTED.search(text, start, end):
        return found
    for match in _crowd().finditer(text, start, end):
        lead = text[max(start, match.start() - 40) : match.start()]
        # "On Monday, several thousand people ...": a date opener comes before the subject
        lead = re.sub(r"^.*\b(?:[Oo]n|[Ii]n|[Ll]ate|[Ee]arly)\s+[\w ]{1,20},\s+$", ", ", lead)
        opening = match.start() == start or _SUBJECT_START.search(
            "\0" + lead if match.start() - start > 40 else lead
        )
        if not opening:
            continue
        if any(
            m.kind != "country" and m.start < match.end("np") and match.start() < m.end
            for m in mentions
        ):
            continue
        name = PEOPLE_NAME if match["noun"].lower() == "people" else match["np"]
        found.append(
            Mention(match.start("np"), match.end("np"), name, "group", home, evidence=CROWD)
        )
    return found
