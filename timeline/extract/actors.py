"""Find the actors a sentence names: dictionary actors, people introduced by titles, later mentions.

People are found by evidence, not guessed from every capitalised word: a title
before the name ("General Maria T. Okafor"), an apposition with a role after it
("Lindqvist, Sweden's deputy foreign minister"), a verb of saying next to it
("said Musharraf"), or an earlier mention in the same document ("Lindqvist" after
"Eva Lindqvist"). The country in a person's title or apposition is their
affiliation.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from timeline.data_files import data_file
from timeline.extract.actor_dictionary import ActorDictionary, ActorEntry
from timeline.extract.cues import load_cues
from timeline.extract.document_scan import DocumentScan, masked
from timeline.extract.gazetteer import city_country
from timeline.extract.mentions import (
    DocumentPeople,
    Mention,
    geo_name_tail,
    moved,
    name_words,
    other_sense,
)
from timeline.extract.people import given_names, person_or_organization, strip_candidate
from timeline.extract.phrases import PhrasePattern, compile_phrases, focus_lacks, holding
from timeline.extract.references import back_references
from timeline.temporal.anchors import words_of

#: Latin capitals and small letters with their accented forms ("Ūdris", "Erdoğan", "Wałęsa").
_UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
_SMALL = "a-z" + "".join(c for c in map(chr, range(0xDF, 0x250)) if c.islower())
#: "Crestline Chemical Corp.": a business's abbreviated last word keeps its stop
#: (``business_abbreviations`` in names.yaml), as does a saint's ("St. Brendan's",
#: ``name_abbreviations``).
_ABBREVIATED = "|".join(
    re.escape(w)
    for w in sorted(name_words("business_abbreviations") | name_words("name_abbreviations"))
)
_TOKEN = (
    # an acronym ("BNP", "CPN-UML") first: its capitals would otherwise split it
    rf"(?:(?:{_ABBREVIATED})\.(?!\w)|[A-Z]{{2,6}}(?:-[A-Z]{{1,5}})*(?![\w’'-])|(?:[A-Z]\.){{1,3}}(?!\w)|(?:[a-z]{{1,3}}-)?[{_UPPER}][{_SMALL}'’]*"
    rf"(?:[{_UPPER}][{_SMALL}'’]+)*(?:-[{_UPPER}{_SMALL}][{_SMALL}'’]*)*)"
)
#: A lower-case word where a candidate was cut: what follows it is read as a new candidate.
_LOWER_WORD = re.compile(r"\s+[a-z]{2,3}\s+[A-Z]")
#: The number of a union's branch after its name (" 1412").
_BRANCH_NUMBER = re.compile(r"\s+(\d{1,5})\b(?![.,]\d)")
#: A capitalised word right after a name: the name goes on.
_CAPITAL_AFTER = re.compile(r"\s+[A-Z]")
#: A capitalised word right before a name.
_CAPITAL_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][\w’'-]*)\s+$")
_CANDIDATE = re.compile(
    # "Farrant & Hale Plc": an ampersand joins a business's names
    r"(?<![\w-])" + _TOKEN + r"(?:\s+(?:(?:[a-z]{2,3}|&)\s+){0,2}" + _TOKEN + r")*"
)
#: A capital: every candidate holds one at most ``_CAPITAL_REACH`` characters in ("al-Assad").
_CAPITAL = re.compile(f"[{_UPPER}]")
_CAPITAL_REACH = 4
#: "-ROK" in "US-ROK", "-Japanese" in "Sino-Japanese": the second of a hyphenated pair.
_PAIR_SECOND = re.compile(r"-([A-Z][\w.’']*)")


def _remember_short_name(name: str, people: DocumentPeople, dictionary: ActorDictionary) -> None:
    """Let a business's first word, or its name without its business word, name it later
    ("Halcyon" after "Halcyon Records", "Harvest Lane" after "Harvest Lane Markets")."""
    words = name.split()
    if len(words) < 2 or words[-1] not in name_words("business_tails"):
        return
    short = words[0].split("-")[0]
    if (
        short[:1].isupper()
        and short not in dictionary.not_names
        and short not in dictionary.organization_heads
        and short not in given_names()
        and dictionary.lookup(short) is None
        and city_country(short) is None
    ):
        people.firms.setdefault(short, name)
    if len(words) >= 3 and words[-2][:1].isupper():
        # "Harvest Lane" after "Harvest Lane Markets": the name without its business word
        people.firms.setdefault(" ".join(words[:-1]), name)


def _title_case(text: str) -> bool:
    """Whether nearly every word of ``text`` is capitalised, as headlines are set."""
    words = [w for w in text.split() if w[:1].isalpha() and len(w) > 3]
    return len(words) >= 3 and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)


def _head_ended(name: str, dictionary: ActorDictionary) -> str:
    """A title-case headline's name cut after its last body word ("Council Votes Not" ->
    "Council"): the capitalised words after it are the headline's verbs and objects."""
    words = name.split()
    heads = [i for i, w in enumerate(words) if w in dictionary.organization_heads]
    if not heads or heads[-1] == len(words) - 1:
        return name
    return " ".join(words[: heads[-1] + 1])


def _word_led(pattern: str, first_words: str, flags: int = 0) -> PhrasePattern:
    """``pattern``, every match of which opens with one of ``first_words`` (split at spaces):
    tried only where one of them starts in the sentence read, so most sentences skip it."""
    return holding(
        pattern, compile_phrases(first_words.split(), ignore_case=True), flags=flags, leads=True
    )


#: "special envoy for DPRK": the country after "for" is a portfolio, not an affiliation.
_PORTFOLIO = _word_led(
    r"\b(?:envoy|representative|commissioner|minister|secretary|coordinator|ambassador|adviser|advisor|negotiator)\s+(?:for|on)\s+(?:the\s+)?$",
    "envoy representative commissioner minister secretary coordinator ambassador adviser advisor"
    " negotiator",
    re.I,
)
_GEO_BEFORE = _word_led(
    r"\b(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Latin)\s+$"
    # "the Sea of Oman", "the Gulf of Guinea": a water named after a country
    r"|\b(?:Sea|Gulf|Strait|Straits|Bay|Bight)\s+of\s+(?:the\s+)?$",
    "North South East West Northern Southern Eastern Western Central Latin"
    " Sea Gulf Strait Straits Bay Bight",
)
#: Who reported, not who acted: "According to X", "citing X", "X reported".
_SOURCE_BEFORE = _word_led(
    r"\b(?:[Aa]ccording to|citing|[Cc]ited by|quoted by|told)\s+(?:the\s+)?$",
    "according citing cited quoted told",
)
_SOURCE_AFTER = re.compile(r"(?:['’]s)?\s+(?:reported|reports|quoted|cited)\b")
#: "His trial opened", "Her visit to Kyiv": a sentence whose subject a person's possessive opens.
_OWNER_OPENING = re.compile(
    r"\s*(His|Her)\s+[a-z]+\s+(?:[a-z]+\s+)?(?:[a-z]+ed|was|were|is|began|will)\b"
)
_PRONOUN = re.compile(
    # "[HhSs](?<!\w.)" is "\b[HhSs]": a pattern opening with a set of letters skips to them
    r"[HhSs](?<!\w.)(?:(?<=[Hh])e|(?<=[Ss])he)\b(?=\s+(?:\w+ly\s+)?(?:[a-z]+(?:ed|ld|id|ote|ke|ys|ds|ts|es)|"
    + "|".join(sorted(name_words("pronoun_verbs"), key=len, reverse=True))
    + r")\b)"
)
#: "South and North Korea": the first half takes the shared last word.
_COORDINATED = re.compile(
    r"\b(North|South|East|West)\s+and\s+(?:North|South|East|West)\s+([A-Z][\w’']+)"
)
#: "the two leaders": the two persons named last.
_PERSON_GROUP = re.compile(
    r"\b(?:the two|both(?: the)?) (?:(?:prime|foreign|defen[cs]e|interior|chief|top)\s+)?"
    r"(?:leaders|presidents|ministers|premiers|secretaries|envoys|negotiators|men|women"
    r"|finalists|candidates|rivals|contenders)\b",
    re.I,
)
#: Group nouns that lead countries: "the two prime ministers" may stand for the two countries.
_LEADERS = re.compile(
    r"\b(?:leaders|presidents|premiers|prime\s+ministers|ministers|secretaries)\b", re.I
)
#: "the North", "the South" standing for a country named before ("North Korea").
_COMPASS = re.compile(r"\b[Tt]he (North|South)(?![\w-]|\s+[A-Z])")
_LOCATIVE = _word_led(
    r"(?:\b(?:in|at|to|from|into|near|outside|inside|across|towards?|via|through|visited|visiting|visit|around)\s+(?:the\s+)?"
    # "Brazzaville, the capital of neighbouring Republic of Congo": where a city is
    r"|\bcapital\s+of\s+(?:the\s+)?(?:neighbou?ring\s+)?"
    # "in the Zambian capital Lusaka", "the Ethiopian capital, Addis Ababa": the city named
    r"|\bcapital,?\s+)$",
    "in at to from into near outside inside across toward towards via through visited visiting"
    " visit around capital",
    re.I,
)


@cache
def _voice_in() -> PhrasePattern:
    """ "spokesman in ", "officials in ": who speaks for the capital named next."""
    words = sorted(name_words("voices_in_capital"))
    return _word_led(rf"\b(?:{'|'.join(words)})\s+in\s+$", " ".join(words), re.I)


#: Between a title and its portfolio: "Minister for", "Secretary of".
_PORTFOLIO_JOIN = re.compile(r"\s+(?:for|of)\s+")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
#: How far (characters) before a name the cue words that end there may start.
CUE_REACH = 40
#: "at Pyongyang's firing of a missile": the doer of an action, not a place
_OWNER_AFTER = re.compile(r"[’']s\s+(?:[a-z]+\s+)?[a-z]+ing\s+of\b")
#: "UN human rights office": the lowercase words after an organisation's name.
_LOWER_WORDS_AFTER = re.compile(r"(?:\s+[a-z][\w-]*(?:[’']s\b)?){1,4}")
#: "Bosnia's", "the United Nations'": a possessive right after a name.
_POSSESSIVE_AFTER = re.compile(r"[’'](?:s\b)?")
#: "for Rwanda", "for the Middle East": the capitalised words of the remit after a body's name.
_REMIT_AFTER = re.compile(r"\s+for\s+(?:the\s+)?(?P<words>[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,2})")
#: "London-based", "Iran-aligned", "Moscow-leaning": a country or city describing someone else.
_BASED = re.compile(r"-(?:based|aligned|leaning|friendly|inspired|style|flagged|registered)\b")
#: A capitalised word right after a capital's name, maybe a family name ("Santiago Cordero").
_NEXT_CAPITALISED = re.compile(r" ([^\W\d_a-z][^\W\d_]+)\b(?:\s+([^\W\d_]+))?")
_WORD_BEFORE = re.compile(r"\b([A-Z][\w-]*)\s+$")


@cache
def _vessel_words() -> re.Pattern[str]:
    """The last words of the vessel nouns, for a cheap check before the full pattern runs."""
    words = sorted({n.split()[-1] for n in name_words("vessel_nouns")})
    return re.compile(r"\b(?:" + "|".join(words) + r")\b")


@cache
def _vessel_keys() -> frozenset[str]:
    """The word keys of ``_vessel_words``: a sentence with none of them names no vessel."""
    words = {n.split()[-1] for n in name_words("vessel_nouns")}
    # a word the word list splits (none now) could hide in any sentence: then always search
    plain = all(w.isascii() and words_of(w) == [w] for w in words)
    return frozenset(words) if plain else frozenset({""})


@cache
def _led() -> re.Pattern[str]:
    """ "-led coalition", "-led multinational force": a body a country leads, named after it
    (``led_body_nouns`` and ``led_body_modifiers`` in names.yaml)."""
    nouns = "|".join(sorted(name_words("led_body_nouns")))
    modifiers = "|".join(sorted(name_words("led_body_modifiers")))
    return re.compile(rf"-led\s+(?:(?:{modifiers})\s+)?(?:{nouns})\b")


@cache
def _head_of_before() -> re.Pattern[str]:
    """ "Office of the ", "Office of the War Crimes ": an organisation's head, its link word and
    the capitalised words after them."""
    heads = "|".join(sorted(re.escape(h) for h in name_words("organization_heads")))
    return re.compile(rf"\b(?:{heads})\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){{0,3}}$")


@cache
def _vessel_before() -> re.Pattern[str]:
    """ "the frigate ", "the destroyer USS ", "the frigate Admiral ": what names a ship next."""
    nouns = compile_phrases(sorted(name_words("vessel_nouns")), ignore_case=True).pattern
    prefixes = "|".join(sorted(name_words("vessel_prefixes")))
    ranks = "|".join(sorted(name_words("vessel_ranks"), key=len, reverse=True))
    return re.compile(rf"(?i:{nouns})\s+(?:(?:{prefixes})\s+)?(?:(?:{ranks})\s+)?$")


@cache
def _country_group_names() -> dict[str, tuple[str, ...]]:
    """ "Koreas": the countries a plural names at once (``country_groups`` in names.yaml)."""
    raw = data_file("names.yaml").get("country_groups") or {}
    return {str(k): tuple(str(n) for n in v) for k, v in raw.items()}


@cache
def _country_groups() -> re.Pattern[str]:
    """ "the two Koreas", "both Sudans"."""
    plurals = "|".join(re.escape(p) for p in _country_group_names())
    return re.compile(rf"\b(?:[Tt]he two|[Bb]oth(?: the)?) ({plurals})\b")


def _group_members(group: str, recent: list[Mention]) -> list[Mention]:
    """The two persons "the two presidents" means: the last two named with that role; when
    leaders are meant and no two were named as such, none (their countries stand in); else
    the last two named."""
    role = group.split()[-1].lower().removesuffix("s")
    titled = [p for p in recent if p.role is not None and role in p.role.lower()]
    if len(titled) >= 2:
        return titled[-2:]
    return [] if _LEADERS.search(group) else recent[-2:]


@cache
def _group() -> re.Pattern[str]:
    """ "the two countries", "both sides", "the two Central Asian neighbours": the last two countries."""
    nouns = compile_phrases([str(w) for w in data_file("event_cues.yaml")["group_nouns"]]).pattern
    return re.compile(rf"\b(?:the two (?:[A-Z][\w-]*\s+){{0,2}}|both ){nouns}\b", re.I)


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
    people.bodies = []
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
        if m_text in name_words("word_aliases"):
            capital = _CAPITAL_BEFORE.search(sentence, max(0, m_start - 30), m_start)
            if _CAPITAL_AFTER.match(sentence, m_end) or (
                # "On Monday Republicans", "But Labour": a word that opens no name
                capital is not None and capital.group(1) not in dictionary.not_names
            ):
                # "the Labour Court", "Labour Minister Ana Leitao", "Social Democrats": a word
                # of another name
                continue
        led = _led().match(sentence, m_end) if entry.kind == "country" else None
        if led is not None:
            # "the Saudi-led coalition": a body of its own, which the country leads
            block(m_start, led.end(), "actor")
            mentions.append(
                Mention(
                    m_start + offset,
                    led.end() + offset,
                    sentence[m_start : led.end()],
                    "organization",
                    entry.country,
                    evidence="name",
                )
            )
            mentions.append(_entry_mention(entry, m_start + offset, m_end + offset, False))
            continue
        before = sentence[max(0, m_start - 60) : m_start]
        if _national_body(entry, m_text, before, dictionary):
            continue
        # the cue patterns end where the name starts: only the last words can match
        near = max(0, m_start - CUE_REACH)
        if (entry.kind == "country" or entry.region) and (
            # "South China Sea", "Persian Gulf", "Spanish Town": a place's name holds the country's
            geo_name_tail().match(sentence, m_end)
            or _GEO_BEFORE.search(sentence, near, m_start)
            or other_sense(m_text, sentence, m_end)
        ):
            continue
        if entry.capital and _capital_as_first_name(sentence, m_end, dictionary, spans):
            # "President Santiago Cordero", "Victoria Lindqvist": a capital as a first name
            continue
        block(m_start, m_end, "actor")
        locative = _LOCATIVE.search(sentence, near, m_start) is not None
        # "at the UN" is no town "Un": a short form in capitals names the body
        if entry.kind != "country" and not entry.region and locative and not m_text.isupper():
            city = city_country(m_text)
            if city is not None and city in dictionary.country_names:
                # "in Brussels": the city, not the body its name stands for elsewhere
                name = dictionary.country_names[city]
                mentions.append(
                    Mention(m_start + offset, m_end + offset, name, "country", city, location=True)
                )
                continue
        # "in protest at Pyongyang's firing": an owner, not a place
        location = (
            (entry.kind == "country" or entry.region)
            and not _OWNER_AFTER.match(sentence, m_end)
            and (locative or _PORTFOLIO.search(sentence, near, m_start) is not None)
            # "a spokesman in New Delhi said": the capital's government speaks
            and not (entry.capital and _voice_in().search(sentence, near, m_start))
        )
        mentions.append(_entry_mention(entry, m_start + offset, m_end + offset, location))
        body = _owned_body(sentence, m_start, m_end, entry, location, dictionary)
        if body is not None:
            # "the UN human rights office", "Bosnia's state court": the body, as well as its owner
            mentions.append(
                Mention(
                    m_start + offset,
                    body + offset,
                    sentence[m_start:body],
                    "organization",
                    entry.country if entry.kind == "country" else None,
                    evidence="name",
                )
            )
        pair = _pair_partner(sentence, m_end, dictionary)
        if pair is not None:
            block(pair[0], pair[1], "actor")
            mentions.append(_entry_mention(pair[2], pair[0] + offset, pair[1] + offset, False))
    lowered = sentence.lower()
    # cheap substring checks first: most sentences name no group and no compass point
    groups_named = "the two " in lowered or "both " in lowered
    for match in _country_groups().finditer(sentence) if groups_named else ():
        if any(s <= match.start() < e for s, e, _ in spans):
            continue
        block(match.start(), match.end(), "actor")
        for name in _country_group_names()[match.group(1)]:
            entry = dictionary.lookup(name)
            if entry is not None:
                mentions.append(
                    _entry_mention(entry, match.start() + offset, match.end() + offset, False)
                )
    coordinated = (
        "North" in sentence or "South" in sentence or "East" in sentence or "West" in sentence
    )
    for match in _COORDINATED.finditer(sentence) if coordinated else ():
        entry = dictionary.lookup(f"{match.group(1)} {match.group(2)}")
        if entry is not None and not any(s <= match.start() < e for s, e, _ in spans):
            block(match.start(1), match.end(1), "actor")
            mentions.append(
                _entry_mention(entry, match.start(1) + offset, match.end(1) + offset, False)
            )
    for m_start, m_end, _ in scan.within("titles", offset, offset + len(sentence)):
        if any(s <= m_start < e for s, e, _ in spans):
            continue
        if _head_of_before().search(sentence, max(0, m_start - 40), m_start):
            # "the Office of the Prosecutor": a title that ends a body's name
            continue
        head = _NEXT_WORD.match(sentence, m_end) or _OWNED_WORD.match(sentence, m_end)
        if head is not None and head.group(1) in dictionary.organization_heads:
            # "the Justice Ministry", "the Calcasieu Parish Sheriff's Office": a title that
            # opens or owns a body's name
            continue
        block(m_start, m_end, "title")
    roles = scan.within("roles", offset, offset + len(sentence))
    for m_start, m_end, _ in roles:
        if not any(s <= m_start < e for s, e, _ in spans):
            spans.append((m_start, m_end, "title"))
    text = masked(sentence, masks)
    named_events = load_cues().named_event_types
    # "Ransomware Cripples City Systems; Council Votes Not to Pay": a headline in title case
    headline_case = offset == 0 and _title_case(sentence)
    vessels_named: bool | None = None
    cursor = 0
    while (candidate := _next_candidate(text, cursor)) is not None:
        # "Minister for Defence Industry Daniel Whitlock": the title is masked, its portfolio not
        portfolio = sentence.endswith(("for ", "of "), 0, candidate.start()) and any(
            kind == "title" and _PORTFOLIO_JOIN.fullmatch(sentence, e, candidate.start())
            for _, e, kind in spans
        )
        name, start = strip_candidate(candidate.group(), candidate.start(), dictionary, portfolio)
        name, start = _without_faith(name, start, people.text)
        if headline_case:
            name = _head_ended(name, dictionary)
        cursor = candidate.end()
        if portfolio and start > candidate.start():
            # the portfolio belongs to the title: the name after it is titled
            portfolio_end = candidate.start() + len(sentence[candidate.start() : start].rstrip())
            spans.append((candidate.start(), portfolio_end, "title"))
        if name and _LOWER_WORD.match(text, start + len(name), candidate.end()):
            # "The Quentar Party met Anselm Rotbach": read the names after "met" too
            cursor = start + len(name)
        if not name or not name.lstrip("abcdefghijklmnopqrstuvwxyz-")[:1].isupper():
            continue
        if " " in name and name.split()[0] in named_events:
            # "Operation Claw-Shield": the name of an event, not of an actor
            continue
        end = start + len(name)
        number = _BRANCH_NUMBER.match(sentence, end)
        if number is not None and name.rsplit(" ", 1)[-1] in dictionary.numbered_heads:
            # "United Auto Workers Local 1412": the branch's number ends its name
            name, end = name + " " + number.group(1), number.end()
            cursor = max(cursor, end)
        if vessels_named is None:
            vessels_named = (
                not focus_lacks(sentence, _vessel_keys())
                and _vessel_words().search(lowered) is not None
            )
        if (
            vessels_named
            and _vessel_before().search(sentence, max(0, start - 60), start)
            # "the carrier Indigo Lines": a business's name is no ship's
            and name.split()[-1] not in name_words("business_tails")
        ):
            # "the frigate Admiral Sorokin": a ship's name, however much it looks like a person's
            continue
        halves = _person_pair(name, people)
        if halves is not None:
            cut = start + name.index("-")
            for mention, (lo, hi) in zip(halves, ((start, cut), (cut + 1, end)), strict=True):
                mentions.append(moved(mention, lo + offset, hi + offset, "coref"))
            continue
        found = (
            _acronym(sentence, start, end)
            if _ACRONYM.fullmatch(name)
            else person_or_organization(sentence, start, end, name, spans, dictionary, people)
        )
        if found is not None:
            if found.end > end:
                # "Centre of Indian Trade Unions": the name runs on past the candidate
                end = cursor = found.end
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
            elif found.kind == "organization":
                _remember_short_name(found.name, people, dictionary)
            if found.kind != "person" and found.country:
                # "Indonesian Air Force chief Air Chief Marshal X", "The Greek Foreign Ministry
                # ..., ministry spokesman X": the body's country is X's
                spans.append((start, end, "body"))
                people.bodies.append(found)
    for match in _PRONOUN.finditer(text):
        meant = people.salient or people.dominant()
        if meant is not None:
            mentions.append(moved(meant, match.start() + offset, match.end() + offset, "coref"))
    owner = _OWNER_OPENING.match(text)
    if owner is not None and people.salient is not None:
        # "His trial opened in March 1997": the subject is the person named last
        mentions.append(
            moved(people.salient, owner.start(1) + offset, owner.end(1) + offset, "coref")
        )
    for match in _PERSON_GROUP.finditer(sentence) if groups_named else ():
        members = _group_members(match.group(), people.recent)
        for person in members:
            mentions.append(moved(person, match.start() + offset, match.end() + offset, "group"))
        if not members and _LEADERS.search(match.group()):
            # "The two prime ministers met": no one named yet, so the two countries they lead
            mentions += _last_two_countries(match, offset, people, dictionary)
    for match in _group().finditer(sentence) if groups_named else ():
        noun = match.group().split()[-1].lower()
        bodies, parties = _body_groups()
        if noun in bodies or (noun in parties and len(set(people.countries)) < 2):
            mentions += _last_two_bodies(match, offset, people)
        else:
            mentions += _last_two_countries(match, offset, people, dictionary)
    compass_named = "North" in sentence or "South" in sentence
    for match in _COMPASS.finditer(sentence) if compass_named else ():
        # "the North's first launch": the North Korea (or North Macedonia) named before
        compass: str | None = next(
            (
                c
                for c in reversed(people.countries)
                if dictionary.country_names.get(c, "").startswith(match.group(1) + " ")
            ),
            None,
        )
        if compass is not None and not any(s <= match.start(1) < e for s, e, _ in spans):
            name = dictionary.country_names[compass]
            mentions.append(
                Mention(
                    match.start(1) + offset,
                    match.end() + offset,
                    name,
                    "country",
                    compass,
                    # "drills in the South": where, not who
                    location=bool(
                        _LOCATIVE.search(sentence, max(0, match.start() - 60), match.start())
                    ),
                    evidence="coref",
                )
            )
    groups = (
        [(m.start() + offset, m.end() + offset) for m in _group().finditer(sentence)]
        if groups_named
        else []
    )
    mentions = [
        m
        for m in mentions
        if m.evidence == "group" or not any(lo < m.start and m.end <= hi for lo, hi in groups)
    ]
    mentions = _national_societies(sentence, offset, mentions)
    mentions += back_references(sentence, offset, dictionary, people, mentions, roles)
    mentions = [_as_source(m, sentence, offset) for m in mentions]
    mentions.sort(key=lambda m: (m.start, m.end))
    people.settle(mentions)
    for mention in mentions:
        if mention.kind == "country" and mention.country and not mention.location:
            if mention.country in people.countries:
                people.countries.remove(mention.country)
            people.countries.append(mention.country)
    return mentions


#: " Society" after a national society's name: part of it ("the Kenya Red Cross Society").
_SOCIETY_AFTER = re.compile(r"\s+Society\b")


def _national_societies(sentence: str, offset: int, mentions: list[Mention]) -> list[Mention]:
    """ "the Kenya Red Cross Society", "the Sudanese Red Crescent": a country's own society, no
    international movement's body (``national_societies`` in names.yaml)."""
    societies = name_words("national_societies")
    out: list[Mention] = []
    made: Mention | None = None
    for mention in sorted(mentions, key=lambda m: (m.start, m.end)):
        text = sentence[mention.start - offset : mention.end - offset]
        country = out[-1] if out else None
        if (
            text in societies
            and country is not None
            and country.kind == "country"
            and not country.location
            and sentence[country.end - offset : mention.start - offset] == " "
        ):
            end = mention.end - offset
            society = _SOCIETY_AFTER.match(sentence, end)
            end = society.end() if society is not None else end
            name = sentence[country.start - offset : end]
            made = out[-1] = Mention(
                country.start, end + offset, name, "organization", country.country, evidence="name"
            )
            continue
        if made is not None and made.start <= mention.start < made.end:
            # "Red Cross Society" read as a name of its own inside the society's name
            continue
        out.append(mention)
    return out


def _without_faith(name: str, start: int, text: str) -> tuple[str, int]:
    """ "the mostly Muslim Seleka coalition": a word of faith before a name the story also
    uses alone is no part of it ("faith_words" in names.yaml); "Muslim Brotherhood" keeps it."""
    first, _, rest = name.partition(" ")
    if not rest or first not in name_words("faith_words"):
        return name, start
    alone = re.search(rf"(?<!{re.escape(first)} )\b{re.escape(rest)}\b", text)
    if alone is None:
        return name, start
    return rest, start + len(first) + 1


def _next_candidate(text: str, cursor: int) -> re.Match[str] | None:
    """``_CANDIDATE.search(text, cursor)``, begun near the next capital: a search
    that cannot skip ahead would try every position before it."""
    capital = _CAPITAL.search(text, cursor)
    if capital is None:
        return None
    return _CANDIDATE.search(text, max(cursor, capital.start() - _CAPITAL_REACH))


def _last_two_countries(
    match: re.Match[str], offset: int, people: DocumentPeople, dictionary: ActorDictionary
) -> list[Mention]:
    """The last two countries named, as the group at ``match`` ("the two countries")."""
    return [
        Mention(
            match.start() + offset,
            match.end() + offset,
            dictionary.country_names.get(code, code),
            "country",
            code,
            evidence="group",
        )
        for code in people.countries[-2:]
    ]


@cache
def _body_groups() -> tuple[frozenset[str], frozenset[str]]:
    """The group nouns that mean bodies, not countries ("the two companies"), and those that
    mean bodies when the story names fewer than two countries ("the two sides")."""
    raw = data_file("event_cues.yaml")
    return (
        frozenset(str(w) for w in raw["body_group_nouns"]),
        frozenset(str(w) for w in raw["party_group_nouns"]),
    )


def _last_two_bodies(match: re.Match[str], offset: int, people: DocumentPeople) -> list[Mention]:
    """The last two bodies named, as the group at ``match`` ("the two companies"), if two were."""
    if len(people.organizations) < 2:
        return []
    return [
        replace(
            o,
            start=match.start() + offset,
            end=match.end() + offset,
            location=False,
            evidence="group",
        )
        for o in people.organizations[-2:]
    ]


def _owned_body(
    sentence: str,
    start: int,
    end: int,
    entry: ActorEntry,
    location: bool,
    dictionary: ActorDictionary,
) -> int | None:
    """Where the body an organisation or a country owns ends, when one follows its name.

    "the UN human rights office", "The United Nations' top court", "the UN tribunal for
    Rwanda"; a country's own only after its possessive: "Bosnia's state court", "Kyrgyzstan's
    parliament" ("the Russian foreign ministry" is an institution's subject, found elsewhere).
    """
    owned = _POSSESSIVE_AFTER.match(sentence, end)
    if entry.kind == "organization":
        if not _THE_BEFORE.search(sentence, max(0, start - 5), start):
            return None
        return _body_end(sentence, owned.end() if owned else end, dictionary.body_heads, dictionary)
    if entry.kind != "country" or location or owned is None:
        return None
    return _body_end(sentence, owned.end(), dictionary.national_body_heads, dictionary)


def _body_end(
    sentence: str, end: int, heads: frozenset[str], dictionary: ActorDictionary
) -> int | None:
    """Where a body named by lowercase words from ``end`` ends ("human rights office")."""
    words = _LOWER_WORDS_AFTER.match(sentence, end)
    if words is None:
        return None
    position = end
    for word in words.group().split():
        # "state prosecutor's office": a possessive inside the name is part of it
        bare = word.removesuffix("'s").removesuffix("’s")
        if (
            bare in dictionary.not_in_body_names
            or bare.endswith("ed")
            or (bare.endswith("s") and bare not in dictionary.body_plural_modifiers)
        ):
            return None
        position = sentence.index(word, position) + len(word)
        if word in heads:
            return _remit_end(sentence, position, dictionary)
    return None


def _remit_end(sentence: str, end: int, dictionary: ActorDictionary) -> int:
    """Where a body's name ends once its remit is read: "the UN tribunal for Rwanda", "the UN
    envoy for Syria" (a place or body the dictionary knows, so "for Syria Lakhdar Brahimi"
    stops before the envoy's name)."""
    remit = _REMIT_AFTER.match(sentence, end)
    if remit is None:
        return end
    words = remit.group("words").split()
    for count in range(len(words), 0, -1):
        name = " ".join(words[:count])
        if dictionary.lookup(name) is not None:
            return sentence.index(words[count - 1], remit.start("words")) + len(words[count - 1])
    return end


def _capital_as_first_name(
    sentence: str, end: int, dictionary: ActorDictionary, spans: list[tuple[int, int, str]]
) -> bool:
    """Whether a capital's name is a person's first name: "President Santiago Cordero".

    Not when the next word is a date ("in Kyiv Monday"), a title ("Paris Mayor"),
    a word of the sentence grammar ("Kyiv said") or opens a place or body name
    ("Kyiv Region", "Paris Agreement").
    """
    match = _NEXT_CAPITALISED.match(sentence, end)
    if match is None or any(s <= match.start(1) < e for s, e, _ in spans):
        return False
    word, after = match.group(1), match.group(2) or ""
    return not (
        word in dictionary.titles
        or word.lower() in name_words("not_family_names")
        or word in name_words("place_name_tails")
        or after in name_words("place_name_tails")
        or dictionary.lookup(word) is not None
    )


#: A capitalised word and "and" right before an alias: "Defense and [Security Council]"; a
#: known actor there ("Russia and Security Council members") is a pair, not one name.
_JOINED_NAME_BEFORE = re.compile(r"\b([A-Z][\w’'-]*)\s+and\s+$")


def _national_body(entry: ActorEntry, text: str, before: str, dictionary: ActorDictionary) -> bool:
    """Whether an international body's alias names a national one ("the National Security Council")
    or ends a longer name ("the Peace and Security Council")."""
    if entry.kind != "organization" or entry.country is not None or entry.adjective:
        return False
    joined = _JOINED_NAME_BEFORE.search(before)
    if " " in text and joined is not None and dictionary.lookup(joined.group(1)) is None:
        # "the National Defense and Security Council", "the Peace and Security Council": the
        # end of a longer name that joins two words with "and"
        return True
    word = _WORD_BEFORE.search(before)
    if word is None:
        return False
    if word.group(1) in dictionary.national_qualifiers:
        return True
    # "the Russian Security Council": a country adjective before a multi-word body name
    qualifier = dictionary.lookup(word.group(1))
    return (
        qualifier is not None
        and qualifier.adjective
        and qualifier.kind == "country"
        and " " in text
        and text.split()[-1] in dictionary.organization_heads
    )


def _as_source(mention: Mention, sentence: str, offset: int) -> Mention:
    """Mark who a report is attributed to ("According to X", "X reported"): not an actor of it."""
    start, end = mention.start - offset, mention.end - offset
    if _SOURCE_BEFORE.search(sentence, max(0, start - 30), start) or _SOURCE_AFTER.match(
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
    follow = _PAIR_SECOND.match(sentence, end)
    if follow is None:
        return None
    entry = dictionary.lookup(follow.group(1).rstrip(".’'"))
    if entry is None or entry.kind != "country":
        return None
    start = end + 1
    return start, start + len(follow.group(1).rstrip(".’'")), entry


def _person_pair(name: str, people: DocumentPeople) -> tuple[Mention, Mention] | None:
    """Both people of a hyphenated pair of known surnames ("Costa-Lindqvist talks")."""
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
        "capital" if entry.capital else "adjective" if entry.adjective else "dictionary",
    )


#: The capitalised word right after a position.
_NEXT_WORD = re.compile(r"\s+([A-Z][\w’'-]*)")
#: The word after a possessive ("'s Office").
_OWNED_WORD = re.compile(r"[’']s\s+([A-Z][\w’'-]*)")
#: A word of three to six capitals (a digit or "&" may follow the first): "CGT", "LKAB", "M23".
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{2,5}")
#: A Roman numeral, which names no body ("World War II", "Louis XIV").
_ROMAN = re.compile(r"[IVXLC]+")


def _acronym(sentence: str, start: int, end: int) -> Mention | None:
    """An organisation the dictionary does not know, named by its short form ("the CGT and
    CFDT called a demonstration"), unless the word names no body (``not_organization_acronyms``)
    or opens a dateline ("LISBON, Nov 27")."""
    name = sentence[start:end]
    if name in name_words("not_organization_acronyms") or _ROMAN.fullmatch(name):
        return None
    if sentence.startswith((",", " -", " (", " —", " –"), end) and not sentence[:start].strip():
        return None
    if sum(c.isalpha() for c in name) < 2:
        return None
    return Mention(start, end, name, "organization", None, evidence="name")
