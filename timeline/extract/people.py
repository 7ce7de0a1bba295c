"""Whether a capitalised name is a person or an organisation, from the evidence around it.

A title before the name ("General Maria T. Okafor"), an apposition with a role
after it ("Lindqvist, Sweden's deputy foreign minister"), a verb of saying next to
it ("said Musharraf") or an earlier mention in the same document. The country in
a person's title or apposition is their affiliation.
"""

from __future__ import annotations

import itertools
import re
from functools import cache

from timeline.data_files import data_file
from timeline.extract.actor_dictionary import ActorDictionary
from timeline.extract.gazetteer import city_country
from timeline.extract.mentions import DocumentPeople, Mention, name_words
from timeline.temporal.lexicon import lexicon

_SPEECH_AFTER = re.compile(
    r"\s*(?:,\s*)?(?:\w+ly\s+)?(?:said|says|told|added|noted|stressed|explained|warned|wrote|insisted|argued|believed|believes|pointed out|stated)\b"
)
_SPEECH_BEFORE = re.compile(
    r"(?:said|says|added|told|wrote|according to|(?:led|headed|chaired|won|defeated) by)\s*$"
)
#: "the head of the mission, Clara Delmont,": a role phrase, a comma, then the name.
_ROLE_BEFORE = re.compile(r"(?:^|\b(?:the|a|an|its|their)\s+)([^,.;:]{2,60}),\s*$")
#: "director of the", "fellow at": a role word and the preposition that names where the person works.
_ROLE_OF = re.compile(r"\b([\w’'-]+)\s+(?:of|at|in)\s+(?:the\s+)?$")
#: ", Sweden's deputy foreign minister": not ',"' closing a quote, where what follows names the speaker.
#: ", a U.N. analyst at ...": the apposition after a name, abbreviations' dots included.
_APPOSITION = re.compile(r"\s*,\s*(?![\"”’'])((?:[^,.;:]|\.(?=[A-Za-z]|\s[a-z])){2,120})")
#: What opens no apposition: a relative pronoun or a number ("Ordonez, who is", "Moyo, 44,").
_NOT_APPOSITION = re.compile(r"(?:who|whom|whose|which|that|where|when)\b|\d")
#: A first word and a number after it: "June 17", "Sept. 4".
_WORD_NUMBER = re.compile(r"([A-Za-z]+)\.?\s+\d")
#: How far back (characters) the words right before a name are looked for.
WORD_REACH = 40
_LAST_WORD = re.compile(r"([\w’']+)$")
#: The word right before a name ("rival" in "Swedish rival Nordvik Bruk").
_WORD_BEFORE_NAME = re.compile(r"([\w’'-]+)\s+$")
_ARTICLE_END = re.compile(r"\b(?:the|a|an)\s+$", re.I)
#: "Crestline, which is based in Princeton, said": a name with a seat is a business or a body.
_BASED_AFTER = re.compile(r",\s+(?:which|that)\s+is\s+(?:now\s+)?(?:based|headquartered)\s+in\b")
#: The possessive ending of a word ("Administration's").
_POSSESSIVE_END = re.compile(r"[’']s$")
#: ", 44,": an age right after a name (as ``_AGED`` in events.py reads it).
_AGE_AFTER = re.compile(r",\s+\d{1,2},\s")
#: A place preposition right before a name ("analysts in Ulan Bator").
_PLACE_PREPOSITION_END = re.compile(r"\b(?:in|from|at)\s+$")
_ARTICLE_START = re.compile(r"(?:a|an|the)\s", re.I)
_OWNER = re.compile(r".*?[’']s\s+")
_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")
#: A word with a capital inside it after small letters ("SautiPlus", "BlackRock").
_CAMEL_CASE = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)+")
#: "BNP", "CPN-UML", "PML-N": capitals only, a hyphen between parts.
_ACRONYM = re.compile(r"[A-Z]{2,6}(?:-[A-Z]{1,5})*")
_PRE_LINK = {"of", "the", "for", "to", "and", "de", "s", "’s", "'s"}


@cache
def _weapon_after() -> re.Pattern[str]:
    """A weapon's noun right after a name ("missile"): ``weapon_words`` in event_cues.yaml."""
    nouns = "|".join(sorted(map(re.escape, data_file("event_cues.yaml")["weapon_words"])))
    return re.compile(rf"\s+(?:{nouns})\b")


@cache
def _facility_after() -> re.Pattern[str]:
    """A facility noun right after a name ("air base"): ``facility_nouns`` in names.yaml."""
    nouns = "|".join(
        re.escape(n).replace(r"\ ", r"\s+")
        for n in sorted(name_words("facility_nouns"), key=len, reverse=True)
    )
    return re.compile(rf"\s+(?:{nouns})\b")


@cache
def _compound_adjective() -> re.Pattern[str]:
    """A capitalised compound adjective: "Dublin-based", "Kremlin-backed" (its tails in
    ``compound_adjective_tails``)."""
    tails = "|".join(sorted(name_words("compound_adjective_tails"), key=len, reverse=True))
    return re.compile(rf"[A-Z][\w.’'-]*-(?:{tails})")


def strip_candidate(
    text: str, start: int, dictionary: ActorDictionary, titled: bool = False
) -> tuple[str, int]:
    """A candidate name without the titles and small words that open it; ``titled``: a title
    stands right before it, so a portfolio may open it ("[Minister for] Defence Industry X")."""
    words = text.split()
    places = name_words("place_abbreviations")
    while words and (
        words[0].rstrip(".") in dictionary.not_names
        # "THE Scottish Government's budget": a lede's first word set in capitals
        or (words[0].isupper() and words[0].capitalize() in dictionary.not_names)
        # "based in Princeton, N.J., said": the town's state, no name
        or words[0].rstrip(",") in places
        # "Justice Minister Ana Leitao" loses its title; "the Justice Ministry" is a body
        or (
            words[0] in dictionary.titles
            and not (len(words) > 1 and words[1] in dictionary.organization_heads)
        )
        # "Dublin-based Acme Holdings", "U.S.-backed": a compound adjective opens no name
        or (len(words) > 2 and _compound_adjective().fullmatch(words[0]) is not None)
        # "Minister for Defence Industry Daniel Whitlock": the portfolio after the title
        or (titled and len(words) > 2 and _portfolio_word(words, dictionary))
    ):
        titled = titled or words[0] in dictionary.titles
        cut = text.index(words[0]) + len(words[0])
        start += cut + (len(text[cut:]) - len(text[cut:].lstrip()))
        text = text[cut:].lstrip()
        words = words[1:]
        while (
            words
            and words[0] in ("of", "the")
            and any(_POSSESSIVE_END.sub("", w) in dictionary.organization_heads for w in words)
        ):
            # "Shareholders of Norvik Holdings": the crowd's "of" goes with it (a body's name
            # follows; "Residents of Bulabulin" name no one)
            cut = text.index(words[0]) + len(words[0])
            start += cut + (len(text[cut:]) - len(text[cut:].lstrip()))
            text = text[cut:].lstrip()
            words = words[1:]
    words = text.split()
    organization = any(_POSSESSIVE_END.sub("", w) in dictionary.organization_heads for w in words)
    for index, word in enumerate(words[1:], 1):
        if word.islower() and word not in dictionary.particles:
            if organization and _connects(words, index, dictionary):
                continue
            cut = [m.end() for m in re.finditer(r"\S+", text)][index - 1]
            text = text[:cut]
            break
    for suffix in ("’s", "'s"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    if text.endswith(("s’", "s'")):
        # "Hanbit Electronics' board": a plural's possessive keeps its "s"
        text = text[:-1]
    while text and text.split()[-1] in dictionary.particles:
        text = text[: text.rindex(" ")].rstrip() if " " in text else ""
    return text, start


def _no_apposition(text: str) -> bool:
    """Whether the words after a name's comma open a relative clause or a date, not a title."""
    if _NOT_APPOSITION.match(text):
        return True
    dated = _WORD_NUMBER.match(text)
    return dated is not None and dated.group(1).lower() in lexicon().months


def _titled_name(text: str, dictionary: ActorDictionary) -> bool:
    """Whether ``text`` opens with a title and a capitalised name after it ("Secretary-General
    Kofi Annan"), not with a description ("Secretary-General of the United Nations")."""
    words = text.split()
    for lead in (2, 1):
        # "Japanese Prime Minister Kenji Morimoto", "South Korean President Yoon": a country's
        # adjective before the title
        entry = dictionary.lookup(" ".join(words[:lead])) if len(words) > lead else None
        if entry is not None and entry.kind == "country":
            words = words[lead:]
            break
    for size in (3, 2, 1):
        if len(words) > size and " ".join(words[:size]) in dictionary.titles:
            following = words[size]
            return following[:1].isupper() and following not in dictionary.titles
    return False


def _portfolio_word(words: list[str], dictionary: ActorDictionary) -> bool:
    """Whether the first word belongs to a portfolio: one of its words, or "for", "of", "and"
    before one ("for Foreign Affairs and Trade")."""
    first = words[0]
    if first in ("for", "of", "and", "the"):
        return words[1] in dictionary.portfolio_words
    return first in dictionary.portfolio_words


def _connects(words: list[str], index: int, dictionary: ActorDictionary) -> bool:
    """Whether a lowercase word joins an organisation's name ("Alliance for Change", "Energy and
    Commerce Committee").

    The organisation's head comes before it: "Malika Yusupova of the Red Crescent Society"
    is a person, then where she works.
    """
    word = words[index]
    heads = dictionary.organization_heads
    if word == "and":
        # "Energy and Commerce Committee": the words after it run on to the body's head (a
        # portfolio may be a head of its own: "Energy")
        run = list(itertools.takewhile(lambda w: w[:1].isupper(), words[index + 1 :]))
        # "the Food and Drug Administration's advisory committee": the head with its possessive
        # ("Daesan Group and Hanbit Group" are two bodies, each with its head)
        before = words[index - 1] if index else ""
        if (
            run
            and _POSSESSIVE_END.sub("", run[-1]) in dictionary.joined_heads
            and before not in dictionary.joined_heads
        ):
            return True
    if word not in dictionary.organization_connectors or not any(w in heads for w in words[:index]):
        return False
    if word != "and":
        return True
    # "Union for Renewal and Justice", "Ministry of Energy and Mines", not "the Army and Navy"
    following = words[index + 1] if index + 1 < len(words) else ""
    return (
        ("for" in words[:index] or "of" in words[:index])
        and following[:1].isupper()
        and following not in dictionary.organization_heads
    )


def country_in(text: str, dictionary: ActorDictionary) -> str | None:
    for match in dictionary.pattern("entries").finditer(text):
        entry = dictionary.lookup(match.group())
        if entry and entry.kind == "country" and entry.country:
            return entry.country
    return None


def pre_title(
    sentence: str, end: int, spans: list[tuple[int, int, str]], dictionary: ActorDictionary
) -> tuple[str | None, str | None]:
    """The title run right before a name: its text and the first country in it."""
    cursor = end
    first = end
    role: str | None = None
    while True:
        stop = cursor
        while stop > 0 and sentence[stop - 1].isspace():
            stop -= 1
        span = next((s for s in spans if s[1] == stop), None)
        if span is not None:
            if span[2] == "title" and role is None:
                role = sentence[span[0] : span[1]]
            cursor = first = span[0]
            continue
        # only the last few characters can hold the word before: no scan of the whole prefix
        word = _LAST_WORD.search(sentence, max(0, stop - WORD_REACH), stop)
        if word and word.group(1).lower() in _PRE_LINK and first < end:
            cursor = word.start(1)
            continue
        break
    if role is None:
        return None, None
    run = sentence[first:end].strip()
    return run, country_in(run, dictionary)


def word_before_role(text: str, role: str) -> str | None:
    """The lowercase word right before a role that ends the text ("ministry" of "ministry
    spokesman"), as ``\\b([a-z]+)\\s+ROLE\\s*$`` would find it: read from the end, with no
    pattern to build for each role."""
    body = text.rstrip()
    if not body.endswith(role):
        return None
    rest = body[: len(body) - len(role)]
    words = rest.rstrip()
    if len(words) == len(rest):
        return None
    start = end = len(words)
    while start > 0 and "a" <= words[start - 1] <= "z":
        start -= 1
    if start == end or (start > 0 and (words[start - 1].isalnum() or words[start - 1] == "_")):
        return None
    return words[start:end]


def _body_country(
    role: str,
    sentence: str,
    start: int,
    people: DocumentPeople,
    dictionary: ActorDictionary,
) -> str | None:
    """The country of the body a lowercase role names ("ministry spokesman X"): the last one so named.

    "The Greek Foreign Ministry summoned ..., ministry spokesman X said": X speaks for Greece.
    """
    head = word_before_role(sentence[max(0, start - 80) : start], role) or role.split()[0]
    if not head.islower() or head.capitalize() not in dictionary.organization_heads:
        return None
    for body in [*reversed(people.bodies), *reversed(people.organizations)]:
        if body.country and body.name.split()[-1].lower() == head:
            return body.country
    return None


@cache
def _place_lead_before() -> re.Pattern[str]:
    """ "village of ", "the port of ": the nouns of ``place_leads`` right before a name."""
    nouns = sorted({lead.split()[-2] for lead in name_words("place_leads")})
    return re.compile(r"\b(?:" + "|".join(nouns) + r")\s+of\s+$", re.I)


@cache
def _company_before() -> re.Pattern[str]:
    """The word that calls a business what it is, right before its name ("rival", "carmaker")."""
    return re.compile(rf"\b(?:{_company_nouns()})\s+$", re.I)


@cache
def _company_lead() -> re.Pattern[str]:
    """The same word opening a sentence, and so the candidate ("Steelmaker Ostrava Hut")."""
    return re.compile(rf"(?i:{_company_nouns()})\s+(?=[A-Z])")


@cache
def _company_part_after() -> re.Pattern[str]:
    """A possessive, then what only a business has ("Costa Serena's board", "'s shareholders")."""
    parts = "|".join(sorted(map(re.escape, name_words("company_parts")), key=len, reverse=True))
    return re.compile(rf"(?:[’']s|(?<=s)[’'])\s+(?:{parts})\b")


@cache
def _company_apposition() -> re.Pattern[str]:
    """An apposition that calls a name a business ("the local unit of the Italian carmaker",
    "the world's fourth-largest producer of the metal", "one of the three large banks")."""
    units = "|".join(sorted(map(re.escape, name_words("business_unit_nouns"))))
    # "one of the three large commercial banks": one of a plural
    return re.compile(
        rf"(?:the|a|an|one\s+of\s+(?:the|its|their))\s+(?:[\w’'-]+\s+){{0,4}}?"
        rf"(?:{_company_nouns()}|{units})(?:s|es)?\b",
        re.I,
    )


@cache
def _company_heads() -> frozenset[str]:
    """The last word of each of ``company_nouns`` ("maker" of "car maker")."""
    return frozenset(str(n).lower().split()[-1] for n in name_words("company_nouns"))


def _company_nouns() -> str:
    """``company_nouns`` of names.yaml as one alternation, longest first."""
    return "|".join(sorted(map(re.escape, name_words("company_nouns")), key=len, reverse=True))


@cache
def given_names() -> frozenset[str]:
    """Common first names (``data/given_names.yaml``), which open a person's name."""
    return frozenset(str(w) for w in data_file("given_names.yaml").get("given_names") or ())


#: The capitalised word right after a name ("Minister" after "Church Affairs").
_WORD_AFTER_NAME = re.compile(r"\s+([A-Z][\w’'-]*)")
#: A name's end: no capitalised word or number follows ("Sinclair's" counts).
_NAME_END = re.compile(r"(?:[’']s)?\b(?![’'-]\w| [A-Z]| \d)")

#: How often a word must end a name (alone or after a first name) to be a surname.
ECHOES = 2


def echoed(word: str, people: DocumentPeople, dictionary: ActorDictionary) -> bool:
    """Whether the document calls someone ``word`` (a name's last word) again and again:
    the word ends a name at least twice and stands alone at least once ("Morag Sinclair
    arrived" ... "Sinclair rose"), and names nothing the dictionary knows. Then it is a
    surname, though no title or known first name says so. Found once per word."""
    known = people.echoes.get(word)
    if known is None:
        known = _echoed(word, people.text, dictionary)
        people.echoes[word] = known
    return known


def _echoed(word: str, text: str, dictionary: ActorDictionary) -> bool:
    determiners = name_words("name_determiners")
    places = name_words("place_prepositions")
    count = 0
    alone = False
    at = text.find(word)
    while at != -1:
        found, at = at, text.find(word, at + 1)
        if found and (text[found - 1].isalnum() or text[found - 1] in "_-’'"):
            continue
        if _NAME_END.match(text, found + len(word)) is None:
            continue
        before = text[max(0, found - 20) : found].split()
        previous = before[-1] if before else ""
        if previous.lower() in determiners:
            # "the Assembly", "its Board": a common noun or a body's name
            continue
        count += 1
        # after a sentence's end, a comma or a lowercase word (not a place's preposition:
        # "elected to Holyrood"): no other name's word
        alone = alone or (
            not previous
            or previous[-1] in '.!?:;,"“”'
            or (previous[0].islower() and previous not in places)
        )
    return (
        alone
        and count >= ECHOES
        and word not in dictionary.not_names
        and word not in dictionary.organization_heads
        and word not in given_names()
        and dictionary.lookup(word) is None
        # "a Colorado Springs Republican": one member of a party the dictionary knows
        and dictionary.lookup(word + "s") is None
        and city_country(word) is None
    )


def person_or_organization(
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
    if len(tokens) > 1 and tokens[-1] in name_words("site_tails"):
        # "Great National Assembly Square": a place, though a body's word is in its name
        return None
    if any(token in dictionary.organization_heads for token in tokens):
        following = _WORD_AFTER_NAME.match(sentence, end)
        if (
            tokens[-1] not in dictionary.organization_heads
            and following is not None
            and following.group(1) in dictionary.titles
        ):
            # "Church Affairs Minister Jon Lilleby": a minister's portfolio, no body
            return None
        return organization(sentence, start, end, spans, dictionary)
    if "&" in tokens or (
        len(tokens) > 1
        and tokens[-1] in name_words("business_tails")
        and tokens[0] not in given_names()
    ):
        # "Halcyon Records said", "Johnson & Johnson said": a business, whatever verb follows it
        return Mention(start, end, name, "organization", evidence="name")
    if len(tokens) > 1 and tokens[-1] in name_words("not_person_tails"):
        # "Pingtung County", "Tiananmen Square": a place, whatever the words around it
        return None
    if _facility_after().match(sentence, end) or _weapon_after().match(sentence, end):
        # "the King Khalid air base", "the Shaheen II missile": a place or a weapon named after
        # someone
        return None
    if _place_lead_before().search(sentence, max(0, start - 40), start):
        # "the Macedonian village of Otesevo": a place, not a person a title named
        return None
    common = _WORD_AFTER.match(sentence, end)
    if common is not None and common.group(1) in dictionary.lowercase_organization_heads:
        # "the Ak-Bata party", "Mendoza's Popular Renewal party": the name after the owner,
        # without the common noun
        owner = _OWNER.match(sentence, start, end)
        start = owner.end() if owner else start
        return Mention(
            start, common.end(), sentence[start:end], "organization", None, evidence="name"
        )
    if (
        len(tokens) == 1
        and _CAMEL_CASE.fullmatch(name)
        and not name.startswith(tuple(name_words("surname_prefixes")))
    ):
        # "SautiPlus said": a capital inside a word makes a brand's name, not a person's
        # ("McDonald", "DeSantis" are family names)
        return Mention(start, end, name, "organization", evidence="name")
    firm = people.firms.get(name)
    known = people.resolve(name)
    # "Harwell Paving ... its owner, Jerry Harwell. Harwell pleaded guilty": a surname alone is
    # the person named by it, the business by its short name only when no one is
    if firm is not None and known is None:
        # "Nordvik" after "Swedish rival Nordvik Bruk": the business again, by its short name
        return Mention(start, end, firm, "organization", evidence="coref")
    role, country = pre_title(sentence, start, spans, dictionary)
    apposition = _APPOSITION.match(sentence, end)
    if apposition and _titled_name(apposition.group(1), dictionary):
        # "In New York, Secretary-General Kofi Annan welcomed": the next subject, named with
        # its title, not an apposition of the words before the comma
        apposition = None
    if apposition and _no_apposition(apposition.group(1)):
        # "Ordonez, who is not a candidate", "QUITO, June 17 (Reuters) -": a relative clause
        # or a dateline's date, no title
        apposition = None
    if apposition and (role is None or country is None):
        words = apposition.group(1)
        if any(dictionary.is_role(w) for w in role_words(words, dictionary)):
            role = role or words.strip()
            country = country or country_in(words, dictionary)
    head = sentence[max(0, start - 80) : start]
    ahead = (
        _ROLE_BEFORE.search(head)
        if role is None and known is None and head.rstrip().endswith(",")
        else None
    )
    if (
        ahead
        and (re.match(r"\s*,", sentence[end:]) or _SPEECH_AFTER.match(sentence, end))
        and any(dictionary.is_role(w) for w in role_words(ahead.group(1), dictionary))
    ):
        role = ahead.group(1).strip()
        country = country or country_in(role, dictionary)
    if (
        role is None
        and known is None
        and apposition
        and _ARTICLE_START.match(apposition.group(1))
        and sentence.startswith(",", apposition.end())
        and _SPEECH_AFTER.match(sentence, apposition.end())
    ):
        # "Peter Tavakoli, a political scientist at Oxford, said": who speaks, and as what
        role = apposition.group(1).strip()
    if role is not None and country is None:
        country = _body_country(role, sentence, start, people, dictionary)
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
    lead = _company_lead().match(name) if start == 0 else None
    if lead is not None:
        start, name = start + lead.end(), name[lead.end() :]
        tokens = name.split()
    described = (
        (apposition is not None and _company_apposition().match(apposition.group(1)))
        or _BASED_AFTER.match(sentence, end)
        or _company_part_after().match(sentence, end)
    )
    before = _WORD_BEFORE_NAME.search(sentence, max(0, start - WORD_REACH), start)
    if (
        lead is not None
        or described
        # the last word first: most names follow no company noun
        or (
            before is not None
            and before.group(1).lower() in _company_heads()
            and _company_before().search(sentence, max(0, start - WORD_REACH), start)
        )
    ) and tokens[0] not in given_names():
        # "Swedish rival Nordvik Bruk", "carmaker Toyota": a business, called what it is
        short = tokens[0].split("-")[0]
        if short != name and short not in dictionary.not_names:
            people.firms.setdefault(short, name)
        return Mention(start, end, name, "organization", evidence="name")
    if len(tokens) > 1 and _AGE_AFTER.match(sentence, end):
        # "Zsofia Kertesz, 44, the opposition's candidate": a person, told by their age
        return Mention(start, end, name, "person", evidence="name")
    if (
        2 <= len(tokens) <= 3
        and (
            tokens[0] in given_names()
            # "May's Holyrood": a first word that is no first name's
            or (
                not tokens[0].endswith(("’s", "'s"))
                and tokens[0].lower() not in name_words("not_family_names")
                and echoed(tokens[-1], people, dictionary)
            )
        )
        and city_country(name) is None
    ):
        # "Joanna Pryce", "Kwame Mensah": a first name opens a person's name
        return Mention(start, end, name, "person", evidence="name")
    near = sentence[max(0, start - WORD_REACH) : start]
    speech = _SPEECH_AFTER.match(sentence, end) or _SPEECH_BEFORE.search(near.rstrip(" ,"))
    after_article = _ARTICLE_END.search(near)
    if speech and _ACRONYM.fullmatch(name):
        # "The main opposition CPN-UML said": an acronym that speaks is a body
        return Mention(start, end, name, "organization", evidence="name")
    if (
        speech
        and (len(tokens) > 1 or start > 0)
        and not after_article
        # "analysts in Ulan Bator said": a known city after "in" is where they speak
        and not (_PLACE_PREPOSITION_END.search(near) and city_country(name))
    ):
        return Mention(start, end, name, "person", evidence="speech")
    if (
        start == 0
        and _SPEECH_AFTER.match(sentence, end)
        and not name.endswith("s")
        and name not in dictionary.not_names
    ):
        # "Saab said in a statement": one unknown word opening the sentence is a body (a
        # person is named in full first; "Officials", "Witnesses" are plural)
        return Mention(start, end, name, "organization", evidence="name")
    if start > 0 and _meeting_before(dictionary.meeting_objects).search(near):
        return Mention(start, end, name, "person", evidence="speech")
    return None


#: Capitalised words right after a position: " Trade Unions".
_CAPITALISED_RUN = re.compile(r"(?:\s+[A-Z][\w’'-]*)+")
#: ", Communities and Local Government": more portfolios of a body, listed to its end.
_PORTFOLIO_LIST = re.compile(
    r"(?:,\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)+,?\s+and\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"
)


def organization(
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
        country = country_in(sentence[adjacent[0] : adjacent[1]], dictionary)
        start = adjacent[0]
    after = re.match(r"\s+of\s+(?:the\s+)?", sentence[end:])
    if after:
        follow = next((s for s in spans if s[2] == "actor" and s[0] == end + after.end()), None)
        if follow is not None:
            country = country or country_in(sentence[follow[0] : follow[1]], dictionary)
            end = follow[1]
            entry = dictionary.lookup(sentence[follow[0] : follow[1]])
            named_on = _CAPITALISED_RUN.match(sentence, end)
            if entry is not None and entry.adjective and named_on is not None:
                # "Centre of Indian Trade Unions": the country's adjective opens the rest
                end = named_on.end()
    # "Ministry of Housing, Communities and Local Government": a list of portfolios
    named = sentence[start:end]
    listed = _PORTFOLIO_LIST.match(sentence, end) if " of " in named or " for " in named else None
    if listed is not None and not any(
        s[2] == "actor" and end <= s[0] < listed.end() for s in spans
    ):
        end = listed.end()
    name = sentence[start:end]
    if len(name.split()) < 2:
        return None
    if name.split()[-1] in dictionary.sub_units and _affiliation_before(
        sentence, start, dictionary
    ):
        return None
    return Mention(start, end, name, "organization", country, evidence="name")


def _affiliation_before(sentence: str, start: int, dictionary: ActorDictionary) -> bool:
    """Whether a role phrase ends right before ``start`` ("senior director of the"): an affiliation."""
    lead = _ROLE_OF.search(sentence, 0, start)
    return lead is not None and any(
        dictionary.is_role(w) for w in role_words(lead.group(1), dictionary)
    )


@cache
def _meeting_before(words: frozenset[str]) -> re.Pattern[str]:
    """Words that end right before the other party of a meeting ("met with", "talks with")."""
    if not words:
        return re.compile(r"(?!)")
    body = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(r"\b(?:" + body + r")\s+(?:the\s+)?$")


def role_words(text: str, dictionary: ActorDictionary) -> list[str]:
    found = [m.group() for m in dictionary.pattern("roles").finditer(text)]
    found += [m.group() for m in dictionary.pattern("titles").finditer(text)]
    return found
