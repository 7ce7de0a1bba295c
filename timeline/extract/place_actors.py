"""The country an event belongs to when no one is named: where it happened, else the article's country.

"Thousands marched on parliament on Tuesday" and "gunmen opened fire at a bus
terminal in San Pedro Sula" name no state, yet an analyst files them under the
country they happened in: the country of the stated place, or failing that the
country the article is about (its dateline, else the one it names most).
"""

from __future__ import annotations

import re
from collections import Counter

from timeline.extract.actor_dictionary import ActorDictionary
from timeline.extract.document_scan import DocumentScan
from timeline.extract.gazetteer import city_country
from timeline.extract.mentions import Mention, geo_name_tail, name_words, other_sense

#: How an actor found this way is marked: weaker evidence than a name in the sentence.
PLACE_EVIDENCE = "place"

#: The score a country needs to be what an article is about (a mention scores 1; a
#: headline mention or the dateline scores 2).
_FOCUS_SCORE = 3


def focus_country(
    text: str, scan: DocumentScan, dictionary: ActorDictionary, home: str | None
) -> Mention | None:
    """The country an article is about: the one it names most, with 2 added to its dateline's.

    A country named in the headline counts twice; a capital travelled to ("a trip to Paris
    and London") does not count.

    A dateline alone is not enough: a story filed from Luanda may be about Congo. Nor is
    a country named once or twice in passing ("Japanese steel mills" in a story about a
    coal strike): below a score of 3 the article has no focus country, unless the country
    is the dateline's. The mention returned stands at offset 0 and is only ever a
    stand-in actor.
    """
    counts: Counter[str] = Counter()
    if home is not None:
        counts[home] += 2
    headline = _headline_end(text)
    for start, _, surface in scan.within("entries", 0, len(text)):
        entry = dictionary.lookup(surface)
        if entry is not None and entry.kind == "country" and entry.country:
            if city_country(surface) and _destination(text, start):
                continue
            if geo_name_tail().match(text, start + len(surface)):
                continue  # "Spanish Town", "Indian Ocean": a place's name, no country
            if other_sense(surface, text, start + len(surface)):
                continue  # "Indian Affairs officials": no country either
            # the headline names what the story is about: it counts twice
            counts[entry.country] += 2 if start < headline else 1
    if not counts:
        return None
    code, count = counts.most_common(1)[0]
    if count < _FOCUS_SCORE and code != home:
        return None
    return country_mention(code, dictionary, 0, 0)


#: The word before a place, joined lists included ("to Paris and London").
_WORD_BEFORE_PLACE = re.compile(r"\b(?P<w>[a-z]+)\s+(?:[A-Z][\w'’.-]*\s+(?:and|or)\s+)?$")


def _destination(text: str, start: int) -> bool:
    """Whether the place at ``start`` is where someone travels to ("a trip to Paris and London")."""
    m = _WORD_BEFORE_PLACE.search(text, max(0, start - 40), start)
    return m is not None and m["w"] in name_words("destination_before")


def _headline_end(text: str) -> int:
    """Where the headline ends: the first line that ends no sentence, within the first two lines with text."""
    offset = 0
    seen = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped and not stripped.endswith((".", "!", "?", '"', "”")) and len(stripped) > 25:
            return offset + len(line)
        offset += len(line)
        seen += bool(stripped)
        if seen == 2:
            break
    return 0


def place_country(
    place: str | None,
    sentence_mentions: list[Mention],
    dictionary: ActorDictionary,
    at: int,
) -> Mention | None:
    """The country of an event's stated place: a country named as the place, or a known city's.

    None for a seat of international bodies ("a tribunal in The Hague ruled").
    """
    if place in dictionary.international_venues:
        return None
    for mention in sentence_mentions:
        if (
            mention.location
            and mention.kind == "country"
            and mention.country
            and not mention.source
        ):
            return country_mention(mention.country, dictionary, mention.start, mention.end)
    if place is None:
        return None
    entry = dictionary.lookup(place.split(",")[0].strip())
    # a city that is also an organisation's metonym ("Brussels") is still in its country
    code = (entry.country if entry is not None and entry.kind == "country" else None) or (
        city_country(place)
    )
    return country_mention(code, dictionary, at, at) if code else None


def country_mention(
    code: str, dictionary: ActorDictionary, start: int = 0, end: int = 0
) -> Mention | None:
    """A country mention at ``[start, end)`` for a code the dictionary knows, else None."""
    name = dictionary.country_names.get(code)
    if name is None:
        return None
    return Mention(start, end, name, "country", code, evidence=PLACE_EVIDENCE)
