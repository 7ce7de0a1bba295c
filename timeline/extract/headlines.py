"""Short human headlines for extracted events: "Costa meets Lindqvist in Geneva"."""

from __future__ import annotations

import re
from functools import cache

from timeline.data_files import data_file
from timeline.extract.mentions import Mention, surname
from timeline.extract.place_actors import PLACE_EVIDENCE

#: How each type reads after its actor when the sentence gives no better verb.
_VERBS = {
    "meeting": "holds talks",
    "visit": "makes visit",
    "exercise": "holds exercise",
    "military_display": "stages military display",
    "agreement": "reaches agreement",
    "sanction": "imposes sanctions",
    "attack": "attack",
    "election": "election",
    "other": "event",
}
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+)?$", re.I)
#: Types titled by their noun ("Thailand: attack") rather than a verb.
NOUN_TITLES = frozenset({"attack", "election", "other"})
#: Statement subtypes as a verb phrase: "Lindqvist gives interview".
_STATEMENT = {
    None: "makes statement",
    "speech": "gives speech",
    "interview": "gives interview",
    "press_conference": "holds press conference",
    "announcement": "makes announcement",
    "appeal": "makes appeal",
    "resolution": "adopts resolution",
}
#: Verbs of saying that make no headline of their own: the content is the news.
_PLAIN_SAYING = {
    "point",
    "pointed",
    "points",
    "say",
    "says",
    "said",
    "saying",
    "add",
    "note",
    "state",
    "stated",
    "tell",
    "told",
}
#: Words that end an object: clause openers, prepositions, participles of naming.
_STOP = {
    "and",
    "or",
    "but",
    "that",
    "which",
    "who",
    "whom",
    "whose",
    "while",
    "as",
    "on",
    "in",
    "at",
    "for",
    "to",
    "with",
    "of",
    "from",
    "by",
    "after",
    "before",
    "during",
    "since",
    "known",
    "called",
    "named",
    "dubbed",
    "if",
    "because",
    "when",
    "where",
    "than",
    "into",
    "against",
    "over",
    "about",
    "amid",
    "despite",
    "said",
    "says",
    "would",
    "will",
}
_DROP = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those"}
#: A headline never ends on one of these.
_WEAK_END = _STOP | _DROP | {"new", "its", "very", "more", "most"}
_WORD = re.compile(r"[“”\"'‘’]?[\w’'.-]+[“”\"'‘’]?[,;:.]?")


def short_name(mention: Mention) -> str:
    """A person by the name used for them later ("Xi", "Lindqvist"), anything else by its name."""
    if mention.kind == "person":
        return surname(mention.name, mention.country)
    return mention.name


@cache
def irregular_pasts() -> dict[str, str]:
    """Past forms listed as triggers, and their lemmas: "spoke" is "speak"."""
    raw = data_file("event_cues.yaml").get("irregular_pasts") or {}
    return {str(k): str(v) for k, v in raw.items()}


def present(verb: str) -> str:
    """The third person present of a verb lemma ("meet" -> "meets", "carry" -> "carries")."""
    verb = irregular_pasts().get(verb, verb)
    if verb.endswith("ed") and not verb.endswith("eed") and len(verb) > 4:
        # a trigger listed in its past form ("vetoed") has no lemma to inflect
        return verb
    if verb.endswith("y") and len(verb) > 2 and verb[-2] not in "aeiou":
        return verb[:-1] + "ies"
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    return verb + "s"


def object_phrase(after: str, limit: int = 5) -> str:
    """The object after a verb, cut at the first clause boundary, without articles."""
    kept: list[str] = []
    for token in _WORD.findall(after)[: limit + 3]:
        word = token.strip("“”\"'‘’,;:.")
        closes = token[-1] in ",;:." or (token[-1] in '”"’' and len(token) > 1)
        if not word or word.lower() in _STOP:
            break
        if (word.lower() not in _DROP or kept) and word.lower() not in _DROP:
            kept.append(word)
        if closes or len(kept) >= limit:
            break
    while kept and kept[-1].lower() in _WEAK_END:
        kept.pop()
    return " ".join(kept)


_PLACE_PREPOSITIONS = frozenset({"at", "in", "to", "for", "on", "into"})
#: The most words a gapped trigger's object may take in a headline.
GAP_WORDS = 7


def _through(after: str, tail: list[str]) -> str:
    """The words of ``after`` up to and including the phrase ``tail``, without leading articles."""
    words = [w.strip("“”\"',;:.") for w in after.split()[: GAP_WORDS + len(tail)]]
    lowered = [w.lower() for w in words]
    for i in range(len(words) - len(tail) + 1):
        if lowered[i : i + len(tail)] == [t.lower() for t in tail]:
            kept = words[: i + len(tail)]
            while kept and kept[0].lower() in _DROP:
                kept.pop(0)
            return " ".join(kept)
    return ""


def headline(
    type_name: str,
    subtype: str | None,
    principal: Mention,
    actors: list[Mention],
    location: str | None,
    trigger_text: str = "",
    lemma: str = "",
    after: str = "",
    noun: bool = True,
    before: str = "",
) -> str:
    """A headline: the principal actor, a present-tense verb, and its object or place."""
    who = short_name(principal)
    # the country of the place stands in for a party: it is where, not whom, a party met
    others = [
        m
        for m in actors
        if m.name != principal.name and m.kind == principal.kind and m.evidence != PLACE_EVIDENCE
    ]
    if type_name == "meeting" and not others:
        # "The Zorblax Council met with Ana Costa": the other party may be of another kind
        others = [
            m for m in actors if m.name != principal.name and m.kind in ("person", "organization")
        ]
    verb = lemma.split()[0] if lemma else ""
    trigger_lower = trigger_text.lower()
    trigger_first = trigger_lower.split()[0] if trigger_lower.split() else ""
    if type_name == "statement":
        first = trigger_first
        # "Speaking at the ceremony, X said": a participle has no present to put in a title
        if noun or not verb or first in _PLAIN_SAYING or first.endswith("ing") or subtype:
            phrase = _STATEMENT.get(subtype, "makes statement")
            modifier = re.search(r"((?:[A-Z][\w’'-]*\s+){1,3})$", before)
            if noun and subtype and modifier and modifier.group(1).strip() != who:
                phrase = f"{phrase.split()[0]} {modifier.group(1).strip()} {trigger_text.lower()}"
            return _tidy(f"{who} {phrase}")
        obj = object_phrase(after)
        return _tidy(f"{who} {present(verb)} {obj}")
    if not noun and "..." in lemma and type_name not in ("meeting", "visit"):
        # "ordered the Narva crossing closed": the words of the gap are the object
        gap = _through(after, lemma.split("...", 1)[1].split())
        if gap:
            return _tidy(f"{who} {present(verb)} {gap}")
    if type_name == "meeting":
        title = f"{who} meets {short_name(others[0])}" if others else f"{who} holds talks"
    elif type_name == "visit":
        return f"{who} visits {location}" if location else f"{who} makes visit"
    elif (
        not noun
        and (trigger_lower.endswith("ed") or trigger_first in irregular_pasts())
        and _PASSIVE_BEFORE.search(before)
    ):
        # "Mendoza was arrested": the one it happened to, not the one who did it
        title = f"{who} {trigger_lower}"
    elif (
        not noun
        and verb
        and trigger_lower
        and (verb != trigger_first or (location and lemma.split()[-1] in _PLACE_PREPOSITIONS))
    ):
        # "taking office": the trigger's own words after the verb are its object; "arrive at"
        # + "in Gdynia": the place says where
        words = [w for w in lemma.split()[1:] if w != "..."]
        placed = bool(location and words and words[-1] in _PLACE_PREPOSITIONS)
        if placed:
            words.pop()
        rest = " ".join(words)
        title = f"{who} {present(verb)} {rest if rest or placed else object_phrase(after)}"
    elif type_name == "other" and trigger_lower:
        # "Beaumont: laid a wreath", "Mendoza: trial", "United States: dropped plan": the
        # words that report it, and a verb's object
        obj = "" if noun or len(trigger_lower.split()) > 1 else object_phrase(after, 3)
        title = f"{who}: {trigger_lower} {obj}".rstrip()
    elif type_name in NOUN_TITLES:
        title = f"{who}: {_VERBS.get(type_name, type_name)}"
    else:
        title = f"{who} {_VERBS.get(type_name, type_name)}"
    if location:
        title += f" in {location}"
    return _tidy(title)


def _tidy(title: str) -> str:
    words = title.split()
    while len(words) > 2 and words[-1].lower() in _WEAK_END:
        words.pop()
    return " ".join(words)
