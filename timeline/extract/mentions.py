"""What actor finding yields: a ``Mention`` of an actor, and the people a document has named so far."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache

from timeline.data_files import data_file


@cache
def name_words(key: str) -> frozenset[str]:
    """One word list of the shipped ``data/names.yaml`` ("organization_heads", ...), loaded once."""
    raw = data_file("names.yaml")
    return frozenset(str(w) for w in raw.get(key) or ())


@cache
def geo_name_tail() -> re.Pattern[str]:
    """A word right after a country's name that makes it part of a place's name (" Sea", " Town";
    ``geo_name_tails``)."""
    tails = "|".join(sorted(map(re.escape, name_words("geo_name_tails"))))
    return re.compile(rf"\s+(?:{tails})\b")


@cache
def _other_senses() -> dict[str, re.Pattern[str]]:
    """Per country adjective, the words after it that give it another sense (``adjective_other_senses``)."""
    raw = data_file("names.yaml").get("adjective_other_senses") or {}
    return {
        str(adjective): re.compile(
            rf"\s+(?:{'|'.join(sorted(map(re.escape, map(str, words))))})\b", re.IGNORECASE
        )
        for adjective, words in raw.items()
    }


def other_sense(surface: str, text: str, end: int) -> bool:
    """Whether a country's adjective ending at ``end`` means no country ("Indian Affairs")."""
    words = _other_senses().get(surface)
    return words is not None and words.match(text, end) is not None


#: A regnal number after a name ("XVI", "II").
_REGNAL = re.compile(r"[IVXL]+")


def surname(name: str, country: str | None = None) -> str:
    """The name a person is later called by: "Xi" for "Xi Jinping", "Lindqvist" for "Eva Lindqvist"."""
    tokens = name.split()
    if len(tokens) > 2 and _REGNAL.fullmatch(tokens[-1]):
        # "Benedict" for "Pope Benedict XVI"'s "Benedict XVI": the number is no family name
        tokens = tokens[:-1]
    elif len(tokens) == 2 and _REGNAL.fullmatch(tokens[-1]):
        return tokens[0]
    if len(tokens) < 2:
        return name
    countries = name_words("family_name_countries")
    if (
        len(tokens) <= 3
        and tokens[0] in name_words("family_names_first")
        and (country is None or country in countries)
    ):
        return tokens[0]
    return tokens[-1]


@dataclass(frozen=True)
class Mention:
    """An actor named in a sentence, with its span in the document."""

    start: int
    end: int
    name: str
    kind: str
    country: str | None = None
    role: str | None = None
    location: bool = False
    evidence: str = "dictionary"
    source: bool = False


#: How many sentences must name a person, and how many times more often than anyone else,
#: for "he" or "she" to mean them when the sentence before names no one subject.
DOMINANT_MENTIONS = 3
DOMINANT_RATIO = 2


@dataclass
class DocumentPeople:
    """People named so far in a document, for later mentions by surname."""

    people: dict[str, Mention] = field(default_factory=dict)
    short: dict[str, str] = field(default_factory=dict)
    countries: list[str] = field(default_factory=list)
    salient: Mention | None = None
    recent: list[Mention] = field(default_factory=list)
    organizations: list[Mention] = field(default_factory=list)
    #: National bodies named so far in the sentence being read ("The Greek Foreign Ministry
    #: ..., ministry spokesman X"), before ``settle`` files them with ``organizations``.
    bodies: list[Mention] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    #: Businesses named so far, by the short name a later sentence calls them ("Nordvik"
    #: for "Nordvik Bruk", "Kallio" for "Kallio-Yhtymä").
    firms: dict[str, str] = field(default_factory=dict)
    #: The document's text, and whether each word tried so far is a surname the document
    #: calls someone by (``people.echoed``).
    text: str = ""
    echoes: dict[str, bool] = field(default_factory=dict)

    def settle(self, mentions: list[Mention]) -> None:
        """After a sentence: its subject person (or its only person) is what "he" or "she" means next."""
        for org in (m for m in mentions if m.kind == "organization" and not m.source):
            self.organizations = [o for o in self.organizations if o.name != org.name] + [org]
        persons = [m for m in mentions if m.kind == "person" and not m.source]
        if not persons:
            return
        for person in persons:
            self.recent = [p for p in self.recent if p.name != person.name] + [person]
            self.counts[person.name] = self.counts.get(person.name, 0) + 1
        first = next((m for m in mentions if not m.location and not m.source), None)
        joint = first is not None and any(
            p.name != first.name and 0 <= p.start - first.end <= 20 for p in persons
        )
        if first is not None and first.kind == "person" and not joint:
            self.salient = first
        elif len({p.name for p in persons}) == 1:
            self.salient = persons[0]
        else:
            self.salient = None

    def dominant(self) -> Mention | None:
        """The person the story is about, when one is named far more than anyone else (a
        profile's subject): what "he" or "she" means when the sentence before leaves it open."""
        ranked = sorted(self.counts.items(), key=lambda item: -item[1])
        if not ranked or ranked[0][1] < DOMINANT_MENTIONS:
            return None
        if len(ranked) > 1 and ranked[0][1] < DOMINANT_RATIO * ranked[1][1]:
            return None
        return self.people.get(ranked[0][0])

    def remember(self, mention: Mention) -> None:
        """Add a person so that later surname-only mentions resolve to them.

        A later mention that gives the person's country ("Philippine President X" after
        "President X") completes what was known.
        """
        known = self.people.setdefault(mention.name, mention)
        if known.country is None and mention.country is not None:
            self.people[mention.name] = replace(known, country=mention.country)
        tokens = mention.name.split()
        if len(tokens) > 1:
            self.short.setdefault(surname(mention.name, mention.country), mention.name)
            self.short.setdefault(tokens[-1], mention.name)
            if "-" in tokens[-1]:
                self.short.setdefault(tokens[0], mention.name)
            if len(tokens) > 2 and tokens[-2][:1].isupper() and len(tokens[-2].rstrip(".")) > 2:
                # "Rodrigo Estrada Paiz" ... "Estrada": the first of two family names (an
                # initial, "George W. Bush", is none)
                self.short.setdefault(tokens[-2], mention.name)

    def resolve(self, name: str) -> Mention | None:
        """The person a name or surname refers to, if already named."""
        full = name if name in self.people else self.short.get(name)
        return self.people.get(full) if full else None


def moved(mention: Mention, start: int, end: int, evidence: str) -> Mention:
    """A known actor mentioned again at another place (pronoun, pair half, group)."""
    return Mention(
        start, end, mention.name, mention.kind, mention.country, mention.role, evidence=evidence
    )
