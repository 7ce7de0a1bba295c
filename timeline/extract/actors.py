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
from bisect import bisect_left
from dataclasses import dataclass, field

from timeline.extract.actor_dictionary import ActorDictionary, ActorEntry

_TOKEN = r"(?:[A-Z]\.(?!\w)|(?:[a-z]{1,3}-)?[A-Z][a-zà-öø-ÿ'’]*(?:-[A-Za-z][a-zà-öø-ÿ'’]*)*)"
_CANDIDATE = re.compile(r"(?<![\w-])" + _TOKEN + r"(?:\s+(?:[a-z]{2,3}\s+){0,2}" + _TOKEN + r")*")
_WORDS = re.compile(r"[\w’'.-]+")
_SPEECH_AFTER = re.compile(
    r"\s*(?:,\s*)?(?:\w+ly\s+)?(?:said|says|told|added|noted|stressed|explained|warned|wrote|insisted|argued|believed|believes|pointed out|stated)\b"
)
_SPEECH_BEFORE = re.compile(
    r"(?:said|says|added|told|wrote|according to|(?:led|headed|chaired|won|defeated) by)\s*$"
)
#: "the head of the mission, Clara Delmont,": a role phrase, a comma, then the name.
_ROLE_BEFORE = re.compile(r"(?:^|\b(?:the|a|an|its|their)\s+)([^,.;:]{2,60}),\s*$")
#: "special envoy for DPRK": the country after "for" is a portfolio, not an affiliation.
_PORTFOLIO = re.compile(
    r"\b(?:envoy|representative|commissioner|minister|secretary|coordinator|ambassador|adviser|advisor|negotiator)\s+(?:for|on)\s+(?:the\s+)?$",
    re.I,
)
#: "South China Sea", "Persian Gulf": a place name that contains a country name.
_GEO_AFTER = re.compile(r"\s+(?:Sea|Ocean|Strait|Straits|Gulf|Bay|Channel|Mountains|River|Basin)\b")
_GEO_BEFORE = re.compile(r"\b(?:North|South|East|West|Northern|Southern|Eastern|Western)\s+$")
#: Who reported, not who acted: "According to X", "citing X", "X reported".
_SOURCE_BEFORE = re.compile(
    r"\b(?:[Aa]ccording to|citing|[Cc]ited by|quoted by|told)\s+(?:the\s+)?$"
)
_SOURCE_AFTER = re.compile(r"(?:['’]s)?\s+(?:reported|reports|quoted|cited|said in a report)\b")
_PRONOUN = re.compile(
    r"\b(?:[Hh]e|[Ss]he)\b(?=\s+(?:\w+ly\s+)?[a-z]+(?:ed|ld|id|ote|ke|ys|ds|ts|es)\b)"
)
#: "South and North Korea": the first half takes the shared last word.
_COORDINATED = re.compile(
    r"\b(North|South|East|West)\s+and\s+(?:North|South|East|West)\s+([A-Z][\w’']+)"
)
#: "the two leaders": the two persons named last.
_PERSON_GROUP = re.compile(r"\b(?:the two|both) (?:leaders|presidents|ministers|men|women)\b", re.I)
_LOCATIVE = re.compile(
    r"(?:\b(?:in|at|to|from|into|near|outside|inside|across|towards?|via|through|visited|visiting|visit|around)\s+(?:the\s+)?)$",
    re.I,
)
_BASED = re.compile(r"-based\b")
_GROUP = re.compile(
    r"\b(?:the two (?:[A-Z][\w-]*\s+)?(?:countries|sides|nations|governments|allies|neighbours|neighbors|rivals|partners)|both (?:countries|sides|nations|governments))\b",
    re.I,
)
#: "the minister", "the French minister", "The president": a role noun that refers back to a person.
_ROLE_REFERENCE = re.compile(r"\b[Tt]he\s+(?:([A-Z][\w’'-]+)\s+)?$")
#: "the council", "the commission": an organisation named before by a name holding that word.
_ORG_REFERENCE = re.compile(r"\b[Tt]he\s+([a-z]+)\b")
_APPOSITION = re.compile(r"\s*,\s*([^,.;:]{2,120})")
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
    source: bool = False


@dataclass
class DocumentPeople:
    """People named so far in a document, for later mentions by surname."""

    people: dict[str, Mention] = field(default_factory=dict)
    short: dict[str, str] = field(default_factory=dict)
    countries: list[str] = field(default_factory=list)
    salient: Mention | None = None
    recent: list[Mention] = field(default_factory=list)
    organizations: list[Mention] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

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
    words = text.split()
    for word in words[1:]:
        if word.islower() and word not in dictionary.particles:
            text = text[: text.index(f" {word} ")] if f" {word} " in text else text
            break
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


class DocumentScan:
    """The dictionary's matches (actor names, titles, roles) in a whole text, found in one pass each."""

    def __init__(self, text: str, dictionary: ActorDictionary, offset: int = 0) -> None:
        self._found: dict[str, list[tuple[int, int, str]]] = {}
        self._starts: dict[str, list[int]] = {}
        for which in ("entries", "titles", "roles"):
            found = [
                (m.start() + offset, m.end() + offset, m.group())
                for m in dictionary.pattern(which).finditer(text)
            ]
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


def _masked(text: str, spans: list[tuple[int, int]]) -> str:
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


def find_mentions(
    sentence: str,
    offset: int,
    dictionary: ActorDictionary,
    people: DocumentPeople,
    blocked: list[tuple[int, int]] = (),  # type: ignore[assignment]
    scan: DocumentScan | None = None,
) -> list[Mention]:
    """The actors named in one sentence (offsets in the document), in text order.

    ``scan`` holds the dictionary matches of the whole document, found once; without
    it the sentence is scanned on its own.
    """
    if scan is None:
        scan = DocumentScan(sentence, dictionary, offset)
    mentions: list[Mention] = []
    spans: list[tuple[int, int, str]] = []
    masks: list[tuple[int, int]] = []

    def block(start: int, end: int, what: str) -> None:
        spans.append((start, end, what))
        masks.append((start, end))

    for start, end in blocked:
        block(max(0, start - offset), min(len(sentence), end - offset), "time")
    entries = scan.within("entries", offset, offset + len(sentence))
    for m_start, m_end, m_text in entries:
        if any(s <= m_start < e for s, e, _ in spans):
            continue
        entry = dictionary.lookup(m_text)
        if entry is None or _BASED.match(sentence, m_end):
            continue
        before = sentence[max(0, m_start - 60) : m_start]
        if entry.kind == "country" and (
            _GEO_AFTER.match(sentence, m_end) or _GEO_BEFORE.search(before)
        ):
            continue
        block(m_start, m_end, "actor")
        location = entry.kind == "country" and bool(
            _LOCATIVE.search(before) or _PORTFOLIO.search(before)
        )
        mentions.append(_entry_mention(entry, m_start + offset, m_end + offset, location))
        pair = _pair_partner(sentence, m_end, dictionary)
        if pair is not None:
            block(pair[0], pair[1], "actor")
            mentions.append(_entry_mention(pair[2], pair[0] + offset, pair[1] + offset, False))
    for match in _COORDINATED.finditer(sentence):
        entry = dictionary.lookup(f"{match.group(1)} {match.group(2)}")
        if entry is not None and not any(s <= match.start() < e for s, e, _ in spans):
            block(match.start(1), match.end(1), "actor")
            mentions.append(
                _entry_mention(entry, match.start(1) + offset, match.end(1) + offset, False)
            )
    for m_start, m_end, _ in scan.within("titles", offset, offset + len(sentence)):
        if not any(s <= m_start < e for s, e, _ in spans):
            block(m_start, m_end, "title")
    roles = scan.within("roles", offset, offset + len(sentence))
    for m_start, m_end, _ in roles:
        if not any(s <= m_start < e for s, e, _ in spans):
            spans.append((m_start, m_end, "title"))
    text = _masked(sentence, masks)
    for match in _CANDIDATE.finditer(text):
        name, start = _strip_candidate(match.group(), match.start(), dictionary)
        if not name or not name.lstrip("abcdefghijklmnopqrstuvwxyz-")[:1].isupper():
            continue
        end = start + len(name)
        halves = _person_pair(name, people)
        if halves is not None:
            cut = start + name.index("-")
            for mention, (lo, hi) in zip(halves, ((start, cut), (cut + 1, end)), strict=True):
                mentions.append(_moved(mention, lo + offset, hi + offset, "coref"))
            continue
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
    for match in _PRONOUN.finditer(text):
        if people.salient is not None:
            mentions.append(
                _moved(people.salient, match.start() + offset, match.end() + offset, "coref")
            )
    for match in _PERSON_GROUP.finditer(sentence):
        for person in people.recent[-2:]:
            mentions.append(_moved(person, match.start() + offset, match.end() + offset, "group"))
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
    groups = [(m.start() + offset, m.end() + offset) for m in _GROUP.finditer(sentence)]
    mentions = [
        m
        for m in mentions
        if m.evidence == "group" or not any(lo < m.start and m.end <= hi for lo, hi in groups)
    ]
    mentions += _back_references(sentence, offset, dictionary, people, mentions, roles)
    mentions = [_as_source(m, sentence, offset) for m in mentions]
    mentions.sort(key=lambda m: (m.start, m.end))
    people.settle(mentions)
    for mention in mentions:
        if mention.kind == "country" and mention.country and not mention.location:
            if mention.country in people.countries:
                people.countries.remove(mention.country)
            people.countries.append(mention.country)
    return mentions


def _back_references(
    sentence: str,
    offset: int,
    dictionary: ActorDictionary,
    people: DocumentPeople,
    mentions: list[Mention],
    roles: list[tuple[int, int, str]],
) -> list[Mention]:
    """People and organisations named before and referred to by a role or head noun ("the minister")."""
    found: list[Mention] = []
    taken = [(m.start - offset, m.end - offset) for m in mentions if m.kind != "country"]
    for r_start, r_end, r_text in roles:
        lead = _ROLE_REFERENCE.search(sentence, 0, r_start)
        if lead is None or any(s <= r_start < e for s, e in taken):
            continue
        if re.match(r"\s+(?:of|for)\b|\s+[A-Z]", sentence[r_end:]):
            continue  # "the minister of finance", "the president Joe Biden": not a back-reference
        country = None
        if lead.group(1):
            entry = dictionary.lookup(lead.group(1))
            if entry is None or entry.kind != "country":
                continue
            country = entry.country
        person = _last_with_role(people, r_text.lower(), country)
        if person is not None:
            found.append(_moved(person, lead.start() + offset, r_end + offset, "coref"))
    for match in _ORG_REFERENCE.finditer(sentence):
        word = match.group(1)
        if word.capitalize() not in dictionary.organization_heads:
            continue
        org = next(
            (
                o
                for o in reversed(people.organizations)
                if word in (w.lower() for w in o.name.split())
            ),
            None,
        )
        if org is not None:
            found.append(_moved(org, match.start() + offset, match.end() + offset, "coref"))
    return found


def _last_with_role(people: DocumentPeople, role: str, country: str | None) -> Mention | None:
    """The most often named person whose title holds ``role`` (of ``country``, if given); ties go to the latest."""
    fitting = [
        (people.counts.get(person.name, 0), position, person)
        for position, person in enumerate(people.recent)
        if person.role is not None
        and (country is None or person.country == country)
        and re.search(r"\b" + re.escape(role) + r"\b", person.role.lower())
    ]
    return max(fitting, key=lambda item: item[:2])[2] if fitting else None


def _moved(mention: Mention, start: int, end: int, evidence: str) -> Mention:
    """A known actor mentioned again at another place (pronoun, pair half, group)."""
    return Mention(
        start, end, mention.name, mention.kind, mention.country, mention.role, evidence=evidence
    )


def _as_source(mention: Mention, sentence: str, offset: int) -> Mention:
    """Mark who a report is attributed to ("According to X", "X reported"): not an actor of it."""
    start, end = mention.start - offset, mention.end - offset
    if _SOURCE_BEFORE.search(sentence[max(0, start - 30) : start]) or _SOURCE_AFTER.match(
        sentence, end
    ):
        return Mention(
            mention.start,
            mention.end,
            mention.name,
            mention.kind,
            mention.country,
            mention.role,
            mention.location,
            mention.evidence,
            source=True,
        )
    return mention


def _pair_partner(
    sentence: str, end: int, dictionary: ActorDictionary
) -> tuple[int, int, ActorEntry] | None:
    """The second actor of a hyphenated pair ("US-ROK", "Sino-Japanese") after a matched first one."""
    follow = re.match(r"-([A-Z][\w.’']*)", sentence[end:])
    if follow is None:
        return None
    entry = dictionary.lookup(follow.group(1).rstrip(".’'"))
    if entry is None or entry.kind != "country":
        return None
    start = end + 1
    return start, start + len(follow.group(1).rstrip(".’'")), entry


def _person_pair(name: str, people: DocumentPeople) -> tuple[Mention, Mention] | None:
    """Both people of a hyphenated pair of known surnames ("Trump-Kim summit")."""
    if " " in name or name.count("-") != 1:
        return None
    left, right = name.split("-")
    first, second = people.resolve(left), people.resolve(right)
    if first is None or second is None or first.name == second.name:
        return None
    return first, second


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
    apposition = _APPOSITION.match(sentence, end)
    if apposition and (role is None or country is None):
        words = apposition.group(1)
        if any(dictionary.is_role(w) for w in _role_words(words, dictionary)):
            role = role or words.strip()
            country = country or _country_in(words, dictionary)
    head = sentence[max(0, start - 80) : start]
    ahead = (
        _ROLE_BEFORE.search(head)
        if role is None and known is None and head.rstrip().endswith(",")
        else None
    )
    if (
        ahead
        and (re.match(r"\s*,", sentence[end:]) or _SPEECH_AFTER.match(sentence, end))
        and any(dictionary.is_role(w) for w in _role_words(ahead.group(1), dictionary))
    ):
        role = ahead.group(1).strip()
        country = country or _country_in(role, dictionary)
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
    speech = _SPEECH_AFTER.match(sentence, end) or _SPEECH_BEFORE.search(
        sentence[:start].rstrip(" ,")
    )
    after_article = re.search(r"\b(?:the|a|an)\s+$", sentence[:start], re.I)
    if speech and (len(tokens) > 1 or start > 0) and not after_article:
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
