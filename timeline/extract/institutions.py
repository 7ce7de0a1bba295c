"""Unnamed institutions as subjects ("Police detained", "The army said", "Rebels attacked").

Such a subject is not in the actor dictionary but still acts: it becomes an actor
of kind organization or group, belonging to the country an adjective names right
before it ("Philippine police"), else "in <country>" after it, else the country
of the article's dateline ("MANILA - ...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from timeline.data_files import data_file
from timeline.extract.actor_dictionary import ActorDictionary
from timeline.extract.mentions import Mention
from timeline.extract.phrases import PhrasePattern, compile_phrases, normalise

#: Where a subject starts: the sentence start, or after a comma, semicolon, "and" or a
#: word that opens a clause ("where riot police fired").
#: A count may stand before a group ("Six protesters were arrested", "hundreds of workers"),
#: and an article or a possessive before a body ("A court on Thursday sentenced", "Its defence
#: ministry said").
_SUBJECT_START_PATTERN = (
    r"(?:^|[,;]\s+|\s[-–—]+\s+|\b(?:and|when|after|as|where|while|but|before|until)\s+"
    # "On Monday the regulator fined", "Last week police arrested": an opening time phrase
    r"|^(?:[Oo]n|[Ii]n|[Ll]ast|[Ee]arlier|[Ll]ater|[Yy]esterday|[Tt]oday|[Ee]arly|[Ll]ate)"
    r"(?:\s+[\w.’']+){0,3}?\s+(?!\d))"
    r"(?:(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa]n?)\s+|(?:(?:[Aa]bout|[Ss]ome|[Nn]early|[Aa]round|[Mm]ore\s+than)\s+)?"
    r"(?:\d[\d,]*|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ss]everal"
    r"|(?:[Hh]undreds|[Dd]ozens|[Tt]housands|[Ss]cores)\s+of)(?P<counted>\s+))?"
    # "Riot police fired": a kind of police ("institution_modifiers" in event_cues.yaml)
    r"(?:(?i:{modifiers})\s+)?"
    # "The general council", "the planning committee": a kind of body, part of its name
    r"(?P<body>(?:(?i:{body_modifiers})\s+){1,2})?$"
)
#: "were extended by", "was arrested by the": a passive participle and "by" before its agent.
_PASSIVE_AGENT = re.compile(r"\b[a-z]+(?:ed|en|wn|ld|ht)\s+by\s+(?:the\s+)?$")
#: The verb right after a counted group ("Six protesters were arrested").
_COUNTED_VERB = re.compile(r"\s+(?:were|was|are|have|had|[a-z]+ed)\b")
#: How far before an institution word its subject may start (characters).
SUBJECT_REACH = 32
#: The possessive between a country and its body ("Brazil's central bank").
_POSSESSIVE = re.compile(r"[’']s\s$")
_IN_COUNTRY = re.compile(r"\s+in\s+(?:the\s+)?$")
#: "NAIROBI, Kenya (Reuters) -", "BAGHDAD (AP) —", "PENANG, June 16 (Bernama) --".
_DATELINE = re.compile(
    r"^\s*([A-Z][A-Z .'’/-]{2,40}?)\s*(?:,[^-–—\n]{0,40}|\s*\([^()\n]{1,30}\))?\s+[-–—]+\s", re.M
)


@dataclass(frozen=True)
class Institutions:
    """The institution words, their actor kind, and one compiled pattern."""

    kinds: dict[str, str]
    pattern: PhrasePattern
    #: Chambers named by one capitalised word ("the House"), matched with their case.
    chambers: PhrasePattern
    #: Any of the chambers' names, a cheap test before ``chambers``.
    chamber_hint: re.Pattern[str]
    plural: re.Pattern[str]
    group_words: tuple[str, ...]
    #: A verb or auxiliary in lower case right after the subject ("said", "detained", "is").
    verb_after: re.Pattern[str]
    #: Where a subject starts, up to the institution word (``_SUBJECT_START_PATTERN``).
    subject_start: re.Pattern[str]
    #: Bodies whose kind, named right before them, stays in their name ("general council").
    body_nouns: frozenset[str]
    #: Kinds of an institution between a country's adjective and it ("Argentine military
    #: tribunal"): the country still owns it.
    modifier_gap: re.Pattern[str]
    #: A city's own bodies: after a capital's name they are the city's, not the country's.
    local_bodies: frozenset[str]


@cache
def load_institutions() -> Institutions:
    """The shipped institution words of ``data/event_cues.yaml``, compiled once."""
    raw = data_file("event_cues.yaml")
    kinds = {str(w).lower(): kind for kind, words in raw["institutions"].items() for w in words}
    chambers = [str(w) for w in raw.get("chambers") or ()]
    heads = compile_phrases([str(w) for w in raw["plural_heads"]], ignore_case=True).pattern
    groups = compile_phrases([str(w) for w in raw["plural_groups"]], ignore_case=True).pattern
    plural = re.compile(
        rf"{heads}\s+(?:of|from)\s+(the\s+)?((?:[\w’'-]+\s+){{0,5}}?{groups})", re.I
    )
    group_words = tuple(f" {str(w).lower()}" for w in raw["plural_groups"])
    # imported here: the temporal package imports the extraction data this module belongs to
    from timeline.temporal.lexicon import lexicon

    days = "|".join(
        sorted((d.capitalize() for d in lexicon().weekdays if len(d) > 4), key=len, reverse=True)
    )
    irregular = compile_phrases(
        [*(str(w) for w in raw["action_verbs_past"]), *(str(w) for w in raw["subject_verbs"])]
    ).pattern
    verb_after = re.compile(
        # "The public prosecutor's office in Oldenburg said": the body's seat may come between
        r"(?:\s+in\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)?"
        # "The government on Thursday rejected": the day between the subject and its verb
        rf"(?:\s+(?:on|late\s+on|early\s+on|last)\s+(?:{days}))?"
        r"\s+(?:[a-z]+\s+){0,2}?(?:[a-z]+(?:ed|s)\b|"
        + irregular
        + r")|\s+(?:are|is|were|was|will|have|has|had)\b"
    )
    modifiers = "|".join(re.escape(str(w)) for w in raw.get("institution_modifiers") or ())
    body_modifiers = "|".join(re.escape(str(w)) for w in raw.get("body_modifiers") or ())
    subject_start = re.compile(
        _SUBJECT_START_PATTERN.replace("{modifiers}", modifiers or "(?!)").replace(
            "{body_modifiers}", body_modifiers or "(?!)"
        )
    )
    return Institutions(
        {**kinds, **{w.lower(): "organization" for w in chambers}},
        compile_phrases(kinds, ignore_case=True),
        compile_phrases(chambers),
        re.compile("|".join(re.escape(w) for w in chambers) or "(?!)"),
        plural,
        group_words,
        verb_after,
        subject_start,
        frozenset(str(w).lower() for w in raw.get("body_nouns") or ()),
        re.compile(rf"\s(?:(?:{modifiers}|{body_modifiers})\s){{1,2}}"),
        frozenset(str(w).lower() for w in raw.get("local_bodies") or ()),
    )


def _dateline(text: str) -> re.Match[str] | None:
    return _DATELINE.search(text, 0, 600)


def dateline_end(text: str) -> int:
    """Where the article's dateline ("MAIDUGURI, Nigeria (AP) —") ends, or 0 without one."""
    match = _dateline(text)
    return match.end() if match is not None else 0


#: "NEW DELHI, APRIL 18.", "PENANG, June 16 (Bernama) --": a dateline that gives the day.
_DATED_LINE = re.compile(
    r"^\s*[A-Z][A-Z .'’/-]{2,40}?,\s+(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*,?\s+)?"
    r"(?P<day>[A-Za-z]{3,9}\.?\s+\d{1,2})\b",
    re.M,
)
#: How many days before publication a dateline's day may be (a paper prints the next morning).
DATELINE_LAG = 3


def dateline_day(text: str, published: date | None) -> date | None:
    """The day a dateline gives, when it is a few days before publication ("NEW DELHI, APRIL 18."
    in a paper of April 19): the day the story was written, which "today" and "yesterday" mean.
    """
    if published is None:
        return None
    match = _DATED_LINE.search(text, 0, 600)
    if match is None:
        return None
    # imported here: the temporal package imports the extraction data this module belongs to
    from timeline.temporal import find_dates

    found = [t for t in find_dates(match["day"], published) if t.precision == "day"]
    day = found[0].date_start if found else None
    if day is None or not 0 < (published - day).days <= DATELINE_LAG:
        return None
    return day


def dateline_country(text: str, dictionary: ActorDictionary) -> str | None:
    """The country code of the article's dateline city ("NAIROBI - ..."), if it names one."""
    match = _dateline(text)
    if match is None:
        return None
    if "/" in match.group(1):
        # "ISLAMABAD/NEW DELHI": a story filed from two capitals has no single home
        return None
    entry = dictionary.lookup(match.group(1).strip().title())
    return entry.country if entry is not None and entry.kind == "country" else None


def institution_mentions(
    text: str,
    start: int,
    end: int,
    mentions: list[Mention],
    home: str | None,
    dictionary: ActorDictionary | None = None,
) -> list[Mention]:
    """Institutions acting as subjects in ``text[start:end]`` that no known actor already covers."""
    found: list[Mention] = []
    table = load_institutions()
    matches = list(table.pattern.finditer(text, start, end))
    if table.chamber_hint.search(text, start, end):
        matches += table.chambers.finditer(text, start, end)
    for match in matches:
        # "were extended by Parliament", "was detained by police": the agent of a passive
        agent = _PASSIVE_AGENT.search(text, max(start, match.start() - 30), match.start())
        # the cheapest test first: most institution words are no subject with a verb after
        if agent is None and not table.verb_after.match(text, match.end(), end):
            continue
        if any(m.start < match.end() and match.start() < m.end for m in mentions):
            continue
        adjective = next(
            (
                m
                for m in mentions
                if m.kind == "country"
                and m.country
                # "Brazil's central bank": the owner's possessive between them
                and (
                    0 <= match.start() - m.end <= 1
                    or _POSSESSIVE.match(text, m.end, match.start())
                    or table.modifier_gap.fullmatch(text, m.end, match.start())
                )
            ),
            None,
        )
        lead = adjective.start if adjective is not None else match.start()
        window = text[max(start, lead - SUBJECT_REACH) : lead]
        # a NUL keeps "^" from matching inside the sentence
        subject = table.subject_start.search(
            window if lead - start <= SUBJECT_REACH else "\0" + window
        )
        if subject is None and agent is None:
            continue
        if (
            subject is not None
            and subject["counted"] is not None
            and not (
                table.kinds[normalise(match.group(), fold_case=True)] == "group"
                and _COUNTED_VERB.match(text, match.end(), end)
            )
        ):
            # "several opposition lawmakers rallied": a count is of the noun the verb follows
            continue
        country = (
            adjective.country
            if adjective is not None
            else _country_after(text, match.end(), end, mentions)
        )
        # "foreign\xa0ministry", "FOREİGN MİNİSTRY": the key the word list holds
        word = normalise(match.group(), fold_case=True)
        name = word[:1].upper() + word[1:]
        if adjective is not None and adjective.evidence == "capital" and word in table.local_bodies:
            # "Lisbon city council", "Tallinn's council": the capital's own body, not the nation's
            name = f"{text[adjective.start : adjective.end]} {word.lower()}"
        elif adjective is not None and dictionary is not None and adjective.country:
            # "ROK military", "Philippine police": the country's own institution
            owner = dictionary.demonym(adjective.country) or adjective.name
            name = f"{owner} {word.lower()}"
        begin = match.start()
        if adjective is not None and table.modifier_gap.fullmatch(
            text, adjective.end, match.start()
        ):
            # "Argentine military tribunal": the kind stays in the words naming it
            begin = adjective.end + 1
        if (
            subject is not None
            and subject["body"]
            and word in table.body_nouns
            and adjective is None
        ):
            # "The general council is due to vote": the body by its full name
            begin -= len(subject["body"])
            name = (subject["body"] + word).capitalize()
        found.append(
            Mention(
                begin,
                match.end(),
                name,
                table.kinds[word],
                country or home,
                evidence="group",
            )
        )
    return found


def _country_after(text: str, position: int, end: int, mentions: list[Mention]) -> str | None:
    for mention in mentions:
        if (
            mention.kind == "country"
            and position <= mention.start < min(end, position + 40)
            and _IN_COUNTRY.search(text, position, mention.start)
        ):
            return mention.country
    return None


def plural_subjects(
    text: str, start: int, end: int, mentions: list[Mention], previous: list[Mention]
) -> list[Mention]:
    """Actors of an unnamed plural subject ("Leaders of eleven Black Sea countries adopted ...").

    The countries named in the subject act already; otherwise, for a definite group
    ("of the two countries"), those of the previous sentence, else the group itself.
    """
    found: list[Mention] = []
    table = load_institutions()
    # cheap substring checks first: the pattern below is slow to run on every sentence
    if text.find(" of ", start, end) < 0 and text.find(" from ", start, end) < 0:
        return found
    if not any(text.find(word, start, end) >= 0 for word in table.group_words):
        return found
    for match in table.plural.finditer(text, start, end):
        window = text[max(start, match.start() - 12) : match.start()]
        if not table.subject_start.search(window if match.start() - start <= 12 else "\0" + window):
            continue
        if not table.verb_after.match(text, match.end(), end):
            continue
        if any(match.start() <= m.start < match.end() and not m.location for m in mentions):
            continue
        # "ministers of the two countries" points back; "of eleven countries" names a new group
        named = [
            m
            for m in previous
            if m.kind == "country" and m.country and not m.location and not m.source
        ]
        if match.group(1) is None:
            named = []
        if named:
            for country in {m.name: m for m in named}.values():
                found.append(
                    Mention(
                        match.start(),
                        match.end(),
                        country.name,
                        "country",
                        country.country,
                        evidence="group",
                    )
                )
            continue
        words = match.group(2).split()
        # "eleven Black Sea countries" -> "Black Sea countries"; "neighbouring countries" stays
        while len(words) > 1 and words[0].islower() and not all(w.islower() for w in words[1:]):
            words = words[1:]
        name = " ".join(words)
        found.append(
            Mention(
                match.start(),
                match.end(),
                name[:1].upper() + name[1:],
                "group",
                None,
                evidence="group",
            )
        )
    return found
