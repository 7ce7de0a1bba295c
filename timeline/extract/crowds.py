"""Crowds as the subjects of protests: "Tens of thousands of ethnic Albanians marched ...",
"Teachers walked out".

A protest, a march or a strike is done by the people in the street, whom a story
counts rather than names: "Several thousand Socialist supporters rallied", "about
2,000 workers walked out". Such a counted subject followed by a verb of gathering
(``crowd_verbs`` in event_cues.yaml) becomes an actor of kind group, named by its
noun phrase ("ethnic Albanians", "Socialist supporters"); a crowd of plain "people"
is named "protesters". A crowd that opens its sentence needs no count ("Teachers walked out").
"""

from __future__ import annotations

import re
from functools import cache

from timeline.data_files import data_file
from timeline.extract.mentions import Mention
from timeline.extract.phrases import PhrasePattern, compile_phrases

#: Where a subject starts: after a comma, a semicolon, "and", a dash ("On Monday, several
#: thousand people ..." ends its date opener with a comma) or a clause word ("two days after
#: about 200 residents blockaded"); the sentence start is checked apart.
_SUBJECT_START = re.compile(
    r"(?:[,;]\s+|\band\s+|[-–—]\s+|\b(?:after|when|as|before|while|since|until|because)\s+)$"
)
#: ", many of them students,", ", some carrying sticks of dynamite,", "at the Kumtor gold mine":
#: what may follow the crowd's noun.
_AFTER_NOUN = (
    r"(?:\s+(?:of|from|at|in)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?[\w’'-]+|"
    r",\s+(?:many|most|some|all)\s+(?:of\s+them\s+)?[^,]{1,50},)?"
)
#: The name of a crowd of plain "people" that gathers.
PEOPLE_NAME = "protesters"
#: The evidence of a crowd's mention: a group, counted rather than named.
CROWD = "crowd"


def _words(key: str) -> list[str]:
    return [str(w) for w in data_file("event_cues.yaml")[key]]


@cache
def count_modifiers() -> str:
    """ "about", "more than", "an estimated": what may come before a count (a pattern)."""
    return compile_phrases(_words("crowd_count_modifiers"), ignore_case=True).pattern


@cache
def _verbs() -> PhrasePattern:
    """The verbs of gathering (``crowd_verbs``): also what skips a sentence without one."""
    return compile_phrases(_words("crowd_verbs"), ignore_case=True)


@cache
def _counts() -> PhrasePattern:
    """The words that count a crowd (``crowd_counts``): also what skips a sentence without one."""
    return compile_phrases(_words("crowd_counts"), ignore_case=True)


@cache
def _crowd() -> re.Pattern[str]:
    """A counted crowd, its noun phrase and a verb of gathering: "Tens of thousands of ethnic
    Albanians marched", "about 2,000 workers at the mine walked out"; a capitalised plural in
    "-ans" is a crowd's noun too ("Albanians", "Venezuelans")."""
    nouns = compile_phrases(_words("crowd_nouns"), ignore_case=True).pattern
    return re.compile(
        rf"(?:{count_modifiers()}\s+)?"
        rf"(?:{_counts().pattern}|\d[\d,.]*(?:\s+{_counts().pattern})?)\s+(?:of\s+)?"
        rf"(?P<np>(?:(?!of\b)[\w’'-]+\s+){{0,2}}?(?P<noun>{nouns}|(?-i:[A-Z][a-z]+ans)))\b"
        rf"{_AFTER_NOUN}\s+(?:[a-z]+ly\s+)?{_verbs().pattern}",
        re.I,
    )


@cache
def _bare_crowd() -> re.Pattern[str]:
    """An uncounted crowd opening its sentence, with its verb of gathering: "Teachers walked
    out", "Striking miners blocked"."""
    nouns = compile_phrases(_words("crowd_nouns"), ignore_case=True).pattern
    return re.compile(
        rf"(?P<np>(?:[\w’'-]+\s+)?(?P<noun>{nouns}))\b{_AFTER_NOUN}\s+(?:[a-z]+ly\s+)?"
        rf"{_verbs().pattern}",
        re.I,
    )


@cache
def _verb_after() -> re.Pattern[str]:
    """What follows a crowd's noun up to its verb of gathering: " at the mine walked out"."""
    return re.compile(rf"{_AFTER_NOUN}\s+(?:[a-z]+ly\s+)?(?P<verb>{_verbs().pattern})", re.I)


def gathering_after(text: str, position: int, end: int) -> tuple[int, int] | None:
    """Where the verb of gathering of a crowd named up to ``position`` is ("marched"), if any."""
    match = _verb_after().match(text, position, end)
    return match.span("verb") if match else None


#: A count in figures.
_DIGIT = re.compile(r"\d")


def crowd_mentions(
    text: str, start: int, end: int, mentions: list[Mention], home: str | None
) -> list[Mention]:
    """The counted crowds gathering in ``text[start:end]`` that no actor covers already."""
    found: list[Mention] = []
    # cheap checks first: most sentences hold no verb of gathering and no count of people
    if not _verbs().search(text, start, end):
        return found
    bare = _bare_crowd().match(text, start, end)
    if bare is not None and text[bare.start()].isupper():
        # "Teachers walked out for 17 days": the sentence's subject, though no one counted it
        taken = any(
            m.kind != "country" and m.start < bare.end("np") and bare.start() < m.end
            for m in mentions
        )
        if not taken:
            name = PEOPLE_NAME if bare["noun"].lower() == "people" else bare["np"]
            first = name.split()[0]
            if first.lower() == bare["noun"].split()[0].lower() or first.endswith(("ing", "ed")):
                # "Teachers", "Striking miners": capitalised only as the sentence's first word
                name = name[:1].lower() + name[1:]
            found.append(
                Mention(bare.start("np"), bare.end("np"), name, "group", home, evidence=CROWD)
            )
    if not _DIGIT.search(text, start, end) and not _counts().search(text, start, end):
        return found
    for match in _crowd().finditer(text, start, end):
        lead = text[max(start, match.start() - 40) : match.start()]
        if match.start() != start and not _SUBJECT_START.search(lead):
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
