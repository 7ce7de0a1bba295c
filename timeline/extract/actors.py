"""Find the actors a sentence names: dictionary actors, people introduced by titles, later mentions.

People are found by evidence, not guessed from every capitalised word: a title
before the name ("General Robert B. Abrams"), an apposition with a role after it
("Ryabkov, Russia's deputy foreign minister"), a verb of saying next to it
("said Musharraf"), or an earlier mention in the same document ("Biegun" after
"Stephen Biegun"). The country in a person's title or apposition is their
affiliation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from timeline.extract.actor_dictionary import ActorDictionary, ActorEntry

_TOKEN = r"(?:[A-Z]\.(?!\w)|[A-Z][a-zà-öø-ÿ'’]*(?:-[A-Za-z][a-zà-öø-ÿ'’]*)*)"
_CANDIDATE = re.compile(_TOKEN + r"(?:\s+(?:[a-z]{2,3}\s+)?" + _TOKEN + r")*")
_WORDS = re.compile(r"[\w’'.-]+")
_SPEECH_AFTER = re.compile(
    r"^\s*(?:,\s*)?(?:\w+ly\s+)?(?:said|says|told|added|noted|stressed|explained|warned|wrote|insisted|argued|believed|believes|pointed out|stated)\b"
)
_SPEECH_BEFORE = re.compile(r"(?:said|says|added|told|wrote|according to)\s*$")
_LOCATIVE = re.compile(
    r"(?:\b(?:in|at|to|from|into|near|outside|inside|across|towards?|via|through|visited|visiting|visit|around)\s+(?:the\s+)?)$",
    re.I,
)
_BASED = re.compile(r"^-based\b")
_GROUP = re.compile(
    r"\b(?:the two (?:countries|sides|nations|governments)|both (?:countries|sides|nations|governments))\b",
    re.I,
)
_APPOSITION = re.compile(r"^\s*,\s*([^,.;:]{2,120})")
_PRE_LINK = {"of", "the", "for", "to", "and", "de", "s", "’s", "'s"}


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


@dataclass
class DocumentPeople:
    """People named so far in a document, for later mentions by surname."""

    people: dict[str, Mention] = field(default_factory=dict)
    short: dict[str, str] = field(default_factory=dict)
    countries: list[str] = field(default_factory=list)

    def remember(self, mention: Mention) -> None:
        """Add a person so that later surname-only mentions resolve to them."""
        self.people.setdefault(mention.name, mention)
        tokens = mention.name.split()
        if len(tokens) > 1:
            self.short.setdefault(tokens[-1], mention.name)
            if "-" in tokens[-1]:
                self.short.setdefault(tokens[0], mention.name)

    def resolve(self, name: str) -> Mention | None:
        """The person a name or surname refers to, if already named."""
        full = name if name in self.people else self.short.get(name)
        return self.people.get(full) if full else None


def _strip_candidate(text: str, start: int, dictionary: ActorDictionary) -> tuple[str, int]:
    words = text.split()
    while words and (words[0].rstrip(".") in dictionary.not_names or words[0] in dictionary.titles):
        cut = text.index(words[0]) + len(words[0])
        start += cut + (len(text[cut:]) - len(text[cut:].lstrip()))
        text = text[cut:].lstrip()
        words = words[1:]
    for suffix in ("’s", "'s"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    while text and text.split()[-1] in dictionary.particles:
        text = text[: text.rindex(" ")].rstrip() if " " in text else ""
    return text, start


def _country_in(text: str, dictionary: ActorDictionary) -> str | None:
    for match in dictionary.pattern("entries").finditer(text):
        entry = dictionary.lookup(match.group())
        if entry and entry.kind == "country" and entry.country:
            return entry.country
    return None


def _pre_title(
    sentence: str, end: int, spans: list[tuple[int, int, str]], dictionary: ActorDictionary
) -> tuple[str | None, str | None]:
    """The title run right before a name: its text and the first country in it."""
    cursor = end
    first = end
    role: str | None = None
    while True:
        head = sentence[:cursor].rstrip()
        span = next((s for s in spans if s[1] == len(head)), None)
        if span is not None:
            if span[2] == "title" and role is None:
                role = sentence[span[0] : span[1]]
            cursor = first = span[0]
            continue
        word = re.search(r"([\w’']+)$", head)
        if word and word.group(1).lower() in _PRE_LINK and first < end:
            cursor = word.start(1)
            continue
        break
    if role is None:
        return None, None
    run = sentence[first:end].strip()
    return run, _country_in(run, dictionary)


def find_mentions(
    sentence: str,
    offset: int,
    dictionary: ActorDictionary,
    people: DocumentPeople,
    blocked: list[tuple[int, int]] = (),  # type: ignore[assignment]
) -> list[Mention]:
    """The actors named in one sentence (offsets in the document), in text order."""
    mentions: list[Mention] = []
    spans: list[tuple[int, int, str]] = []
    masked = list(sentence)

    def block(start: int, end: int, what: str) -> None:
        spans.append((start, end, what))
        for i in range(start, end):
            masked[i] = "|"

    for start, end in blocked:
        block(max(0, start - offset), min(len(sentence), end - offset), "time")
    for match in dictionary.pattern("entries").finditer(sentence):
        if any(s <= match.start() < e for s, e, _ in spans):
            continue
        entry = dictionary.lookup(match.group())
        if entry is None or _BASED.match(sentence[match.end() :]):
            continue
        block(match.start(), match.end(), "actor")
        before = sentence[: match.start()]
        location = entry.kind == "country" and bool(_LOCATIVE.search(before))
        mentions.append(
            _entry_mention(entry, match.start() + offset, match.end() + offset, location)
        )
    for match in dictionary.pattern("titles").finditer(sentence):
        if not any(s <= match.start() < e for s, e, _ in spans):
            block(match.start(), match.end(), "title")
    for match in dictionary.pattern("roles").finditer(sentence):
        if not any(s <= match.start() < e for s, e, _ in spans):
            spans.append((match.start(), match.end(), "title"))
    text = "".join(masked)
    for match in _CANDIDATE.finditer(text):
        name, start = _strip_candidate(match.group(), match.start(), dictionary)
        if not name or not name[0].isupper():
            continue
        end = start + len(name)
        found = _person(sentence, start, end, name, spans, dictionary, people)
        if found is not None:
            mentions.append(
                Mention(
                    start + offset,
                    end + offset,
                    found.name,
                    found.kind,
                    found.country,
                    found.role,
                    False,
                    found.evidence,
                )
            )
            if found.kind == "person":
                people.remember(found)
    for match in _GROUP.finditer(sentence):
        for code in people.countries[-2:]:
            name = dictionary.country_names.get(code, code)
            mentions.append(
                Mention(
                    match.start() + offset,
                    match.end() + offset,
                    name,
                    "country",
                    code,
                    evidence="group",
                )
            )
    mentions.sort(key=lambda m: (m.start, m.end))
    for mention in mentions:
        if mention.kind == "country" and mention.country and not mention.location:
            if mention.country in people.countries:
                people.countries.remove(mention.country)
            people.countries.append(mention.country)
    return mentions


def _entry_mention(entry: ActorEntry, start: int, end: int, location: bool) -> Mention:
    return Mention(
        start,
        end,
        entry.name,
        entry.kind,
        entry.country,
        entry.role,
        location,
        "capital" if entry.capital else "dictionary",
    )


def _person(
    sentence: str,
    start: int,
    end: int,
    name: str,
    spans: list[tuple[int, int, str]],
    dictionary: ActorDictionary,
    people: DocumentPeople,
) -> Mention | None:
    """A person or organisation when the context gives evidence for it."""
    tokens = name.split()
    if any(token in dictionary.organization_heads for token in tokens):
        return _organization(sentence, start, end, spans, dictionary)
    known = people.resolve(name)
    role, country = _pre_title(sentence, start, spans, dictionary)
    apposition = _APPOSITION.match(sentence[end:])
    if apposition and (role is None or country is None):
        words = apposition.group(1)
        if any(dictionary.is_role(w) for w in _role_words(words, dictionary)):
            role = role or words.strip()
            country = country or _country_in(words, dictionary)
    if known is not None:
        return Mention(
            start,
            end,
            known.name,
            "person",
            country or known.country,
            role or known.role,
            evidence="coref",
        )
    if role is not None:
        return Mention(start, end, name, "person", country, role, evidence="title")
    speech = _SPEECH_AFTER.match(sentence[end:]) or _SPEECH_BEFORE.search(
        sentence[:start].rstrip(" ,")
    )
    if speech and (len(tokens) > 1 or start > 0):
        return Mention(start, end, name, "person", evidence="speech")
    return None


def _organization(
    sentence: str,
    start: int,
    end: int,
    spans: list[tuple[int, int, str]],
    dictionary: ActorDictionary,
) -> Mention | None:
    """An organisation name, with an adjacent country word before it or "of <country>" after it."""
    country = None
    before = sentence[:start].rstrip()
    adjacent = next(
        (s for s in spans if s[2] == "actor" and s[1] == len(before) and start - s[1] <= 1), None
    )
    if adjacent is not None:
        country = _country_in(sentence[adjacent[0] : adjacent[1]], dictionary)
        start = adjacent[0]
    after = re.match(r"\s+of\s+(?:the\s+)?", sentence[end:])
    if after:
        follow = next((s for s in spans if s[2] == "actor" and s[0] == end + after.end()), None)
        if follow is not None:
            country = country or _country_in(sentence[follow[0] : follow[1]], dictionary)
            end = follow[1]
    name = sentence[start:end]
    if len(name.split()) < 2:
        return None
    return Mention(start, end, name, "organization", country, evidence="name")


def _role_words(text: str, dictionary: ActorDictionary) -> list[str]:
    found = [m.group() for m in dictionary.pattern("roles").finditer(text)]
    found += [m.group() for m in dictionary.pattern("titles").finditer(text)]
    return found
