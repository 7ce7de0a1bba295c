"""The extraction pipeline: document text to merged, identified ``Event`` records."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache, partial
from pathlib import Path

from timeline.documents import Document, read_documents
from timeline.errors import InputError, Problem
from timeline.extract.acronyms import initialled_names, introduced_names, named_mentions
from timeline.extract.actor_dictionary import ActorDictionary, default_dictionary
from timeline.extract.actors import find_mentions
from timeline.extract.armed_groups import armed_group_mentions
from timeline.extract.clauses import (
    SentenceContext,
    build_context,
    with_dated_action,
    with_reported_plan,
)
from timeline.extract.crowds import CROWD, crowd_mentions
from timeline.extract.cues import load_cues
from timeline.extract.discourse import DatedMention, DiscourseDates
from timeline.extract.document_scan import DocumentScan
from timeline.extract.event_arguments import place_of
from timeline.extract.event_dates import fuzzy_date, usable
from timeline.extract.event_offsets import event_offsets
from timeline.extract.events import EventMention, sentence_events
from timeline.extract.headlines import NOUN_TITLES, headline
from timeline.extract.institutions import (
    dateline_country,
    dateline_day,
    dateline_end,
    institution_mentions,
    plural_subjects,
)
from timeline.extract.mentions import (
    DocumentPeople,
    Mention,
    geo_name_tail,
    name_words,
    other_sense,
)
from timeline.extract.merge import (
    clash_suffix,
    id_key,
    merge_events,
    merge_within_document,
    principal,
    sort_key,
)
from timeline.extract.phrases import clear_focus, focus_sentence, match_keys, word_char
from timeline.extract.place_actors import (
    PLACE_EVIDENCE,
    country_mention,
    focus_country,
    place_country,
)
from timeline.extract.references import (
    is_media,
    it_reference,
    plural_reference,
    possessor_reference,
    story_body,
)
from timeline.extract.sentences import split_sentences
from timeline.extract.triggers import TriggerMatch, default_matcher
from timeline.model import Actor, Event, FuzzyDate, Source
from timeline.temporal import Timex
from timeline.temporal.anchors import words
from timeline.temporal.lexicon import lexicon

#: Confidence contributions: how the date was found, who the actor is, how strong the trigger.
DATE_WEIGHT = {"explicit": 0.3, "relative": 0.25, "inferred": 0.1, None: 0.0}
#: The evidence of a body that stands in for an event's unnamed party (``story_body``).
STORY_BODY = "story"
ACTOR_WEIGHT = {
    "dictionary": 0.25,
    "adjective": 0.25,
    "title": 0.25,
    "coref": 0.2,
    "capital": 0.15,
    "group": 0.1,
    CROWD: 0.1,
    "name": 0.1,
    "speech": 0.1,
}


#: Mention evidence whose words are another name of the actor ("White House", "Kremlin", "Seoul").
_NAMED_BY = frozenset({"dictionary", "capital"})
_POSSESSIVE = re.compile(r"['’]s?$")


def _actor(mention: Mention, dictionary: ActorDictionary, text: str) -> Actor:
    # "ASEAN" for the Association of Southeast Asian Nations; a country has its code
    aliases = list(dictionary.aliases.get(mention.name, [])) if mention.kind != "country" else []
    if mention.kind == "country" and mention.evidence in _NAMED_BY | {"adjective"}:
        # "the White House said": the country, under the name the source gave it; "Macedonian
        # police": under the adjective the article used
        surface = text[mention.start : mention.end]
        if surface != mention.name and surface[:1].isupper():
            surface = _POSSESSIVE.sub("", surface).strip()
            if surface != mention.name:
                aliases.append(surface)
    aliases += [a for a in _article_words(mention, text) if a not in (*aliases, mention.name)]
    return Actor(
        name=mention.name,
        kind=mention.kind,  # type: ignore[arg-type]
        country=mention.country,
        role=mention.role,
        aliases=aliases,
    )


#: "the Estonian ", "Nairobi ": capitalised words right before an institution word.
_NAMES_BEFORE = re.compile(r"(?P<the>\b[Tt]he\s+)?\b(?P<names>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)\s$")
#: A word that ends a sentence ("Monday."), not an abbreviation ("U.S.").
_SENTENCE_END_WORD = re.compile(r"[A-Z][a-z]+\.")
#: "Brazil's ": an owner's possessive right before a body's name.
_OWNER_BEFORE = re.compile(r"(?<![\w-])[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['’]s\s$")


@cache
def _post_after() -> re.Pattern[str]:
    """ " embassy", "'s High Commission": a country's mission abroad, right after its word."""
    posts = "|".join(re.escape(w) for w in name_words("diplomatic_posts"))
    return re.compile(rf"(?:['’]s)?\s+(?:{posts})\b", re.IGNORECASE)


def _article_words(mention: Mention, text: str) -> list[str]:
    """The words the article calls a body by, when they are more than its name: "the cabinet"
    or "Nairobi police" for an unnamed institution, "Brazil's central bank" with its owner (as a
    reader would look them up)."""
    if mention.kind == "country":
        # "the US embassy said": the country, under the name of its mission
        post = _post_after().match(text, mention.end)
        if post is None:
            return []
        return [" ".join(text[mention.start : post.end()].split())]
    words = text[mention.start : mention.end]
    # "military tribunal" for the "Argentine tribunal": the words the article used
    found = (
        [words]
        if mention.evidence == "group"
        and " " in words
        and words.casefold() != mention.name.casefold()
        else []
    )
    if (
        mention.evidence == "group"
        and text[max(0, mention.start - 4) : mention.start].lower() == "the "
    ):
        found.append("the " + words)
    owner = (
        _OWNER_BEFORE.search(text, max(0, mention.start - 40), mention.start)
        if mention.kind == "organization"
        else None
    )
    if owner is not None:
        found.append(owner.group() + words)
    named = (
        _NAMES_BEFORE.search(text, max(0, mention.start - 40), mention.start)
        if mention.evidence == "group"
        else None
    )
    names = named["names"].split() if named is not None else []
    if len(names) > 1 and _SENTENCE_END_WORD.fullmatch(names[0]):
        # "on Monday. A Tribunal spokeswoman": the word before is the last one of a sentence
        names = names[1:]
    if names and names[0] in name_words("not_names"):
        # "An Argentine military tribunal": the article word is no name
        names = names[1:]
    if named is not None and names:
        # "Nairobi police", "the Estonian government": the institution with the words naming it
        found.append(f"{' '.join(names)} {words}")
        if named["the"]:
            found.append(f"the {' '.join(names)} {words}")
    kind = (
        _KIND_BEFORE.search(text, max(0, mention.start - 30), mention.start)
        if mention.evidence == "group"
        else None
    )
    full = f"{kind['kind']}{words}" if kind is not None else words
    if kind is not None and full not in found:
        # "The special tribunal will hold its first session": the body with its kind
        found.append(full)
    place = _PLACE_AFTER.match(text, mention.end) if mention.evidence == "group" else None
    if place is not None and not set(place["place"].lower().split()) & _calendar_words():
        # "A court in Lublin": the body by its town, as "the Lublin court" would name it; with
        # the kind before it ("the regional trial court in Olongapo") and after "of" alike
        found += [
            f"{full} {place['prep']} {place['place']}",
            f"{place['place']} {full}",
        ]
    return found


#: " in Lublin", " of Oberhunte", " in Sukhbaatar district": a place right after a body's word.
_PLACE_AFTER = re.compile(
    r"\s+(?P<prep>in|of)\s+(?:the\s+)?"
    r"(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}(?:\s+district)?)(?!['’]s)"
)
#: "the regional trial ", "a county ": lowercase words of a body's kind after its article.
_KIND_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+(?P<kind>(?:[a-z][\w-]*\s+){1,2})$")


@cache
def _calendar_words() -> frozenset[str]:
    """Month and weekday names: "a court in January" names no place."""
    lex = lexicon()
    return frozenset(lex.months) | frozenset(lex.weekdays)


def _event_actors(mention: EventMention, dictionary: ActorDictionary, text: str) -> list[Actor]:
    ordered = [mention.principal] + [m for m in mention.actors if m is not mention.principal]
    actors: list[Actor] = []
    for item in ordered:
        found = next((a for a in actors if a.name == item.name), None)
        if found is None:
            actors.append(_actor(item, dictionary, text))
            continue
        for alias in _actor(item, dictionary, text).aliases:
            if alias not in found.aliases:
                found.aliases.append(alias)
    return _with_their_countries(actors, dictionary)


def _with_their_countries(actors: list[Actor], dictionary: ActorDictionary) -> list[Actor]:
    """``actors`` followed by the country each person or body belongs to, once each."""
    out = list(actors)
    for actor in actors:
        if actor.country and actor.kind != "country":
            name = dictionary.country_names.get(actor.country)
            if name and all(a.name != name for a in out):
                out.append(Actor(name=name, kind="country", country=actor.country))
    return out


_SENTENCE_END = (".", "!", "?", '"', "”", "’")
#: "The collision occurred on Monday": an event noun as subject may take the last sentence's actors.
_DEFINITE = ("The ", "This ", "That ")
#: Types whose place is also a party to them: the country that votes, is struck, is visited,
#: hosts the meeting or the parade, or where anything else (a protest, an arrest, a trial)
#: happens; not a seat of international bodies (``international_venues``).
PLACE_IS_ACTOR = {"election", "attack", "visit", "meeting", "other", "military_display", "exercise"}


def _place_actor(mention: EventMention, dictionary: ActorDictionary) -> Actor | None:
    """The country an event happened in, when that country is a party to it.

    Always so for the types of ``PLACE_IS_ACTOR``; for any event whose actors are only
    unnamed groups ("gunmen", "protesters") that belong to no known country.
    """
    unowned = all(m.evidence in ("group", CROWD) and not m.country for m in mention.actors)
    if mention.type not in PLACE_IS_ACTOR and not unowned:
        return None
    named = [
        m
        for m in mention.sentence_mentions
        # a visit's country is the one visited, not any place the sentence names
        if mention.type != "visit" or unowned or m.name == mention.location
    ]
    if mention.type == "visit" and not unowned:
        found = place_country(None, named, dictionary, mention.trigger.start)
    else:
        found = place_country(mention.location, named, dictionary, mention.trigger.start)
    if found is None:
        return None
    return Actor(name=found.name, kind="country", country=found.country)


def _with_place(
    actors: list[Actor],
    mention: EventMention,
    dictionary: ActorDictionary,
    focus: Mention | None = None,
) -> list[Actor]:
    place = _place_actor(mention, dictionary)
    if (
        place is None
        and mention.type == "election"
        and focus is not None
        and not any(a.kind == "country" for a in actors)
    ):
        # "an inconclusive general election on Feb. 8": the vote is the article's country's
        place = Actor(name=focus.name, kind="country", country=focus.country)
    if place is not None and all(a.name != place.name for a in actors):
        return [*actors, place]
    return actors


def _confidence(mention: EventMention) -> float:
    score = (
        0.35
        + DATE_WEIGHT[mention.date_evidence]
        + ACTOR_WEIGHT.get(mention.principal.evidence, 0.1)
    )
    score += 0.0 if mention.noun else 0.1
    if mention.date is None:
        score -= 0.1
    return round(max(0.05, min(0.99, score)), 2)


def _word_position(text: str, phrase: str) -> int:
    """Where ``phrase`` first stands in ``text`` as ``\\b phrase \\b`` would find it (-1: nowhere).

    A search of the string itself: a pattern built per phrase would be compiled anew for
    every date of every article.
    """
    start = text.find(phrase)
    while start >= 0:
        end = start + len(phrase)
        before = start > 0 and word_char(text[start - 1])
        after = end < len(text) and word_char(text[end])
        if before != word_char(phrase[0]) and after != word_char(phrase[-1]):
            return start
        start = text.find(phrase, start + 1)
    return -1


def _to_event(
    mention: EventMention,
    doc: Document,
    dictionary: ActorDictionary,
    focus: Mention | None = None,
) -> Event:
    sentence = mention.sentence
    after = doc.text[mention.trigger.end : sentence.end]
    dated = (
        _word_position(after, mention.date.text)
        if mention.date is not None and mention.date.text
        else -1
    )
    if dated >= 0:
        # "dropped the plan last year": the object ends where its date begins
        after = after[:dated]
    title = headline(
        mention.type,
        mention.subtype,
        mention.principal,
        mention.actors,
        mention.location,
        mention.trigger.text,
        mention.trigger.spec.lemma,
        after,
        # "Pyongyang's firing of a ballistic missile": a noun's words are never a verb's
        mention.noun
        or mention.trigger.spec.noun
        # "two bombs exploded in the Thai town": the actor named after the verb did not do it
        or (mention.type in NOUN_TITLES and mention.principal.start > mention.trigger.start),
        doc.text[sentence.start : mention.trigger.start],
    )
    tags = ["undated"] if mention.date is None else []
    if mention.date_evidence == "inferred":
        tags.append("date-inferred")
    if focus is not None and any(m is focus for m in mention.actors):
        # "Thousands marched on Tuesday": no one named, the article's country stands in
        tags.append("country-inferred")
    if any(m.evidence == STORY_BODY for m in mention.actors):
        # "A hearing is scheduled for June 22": the body the story is about stands in
        tags.append("actor-inferred")
    source = Source(
        document=doc.name,
        url=doc.url,
        publisher=doc.publisher,
        published=doc.published,
        quote=sentence.text,
        start=sentence.start,
        end=sentence.end,
    )
    return Event.model_validate(
        {
            "id": "pending",
            "title": title,
            "type": mention.type,
            "subtype": mention.subtype,
            "date": mention.date,
            "actors": _with_place(
                _event_actors(mention, dictionary, doc.text), mention, dictionary, focus
            ),
            "location": mention.location,
            "sources": [source],
            "status": mention.status,
            "confidence": _confidence(mention),
            "origin": "extracted",
            "tags": tags,
        }
    )


def assign_ids(events: Sequence[Event]) -> list[Event]:
    """Stable ids from date, type and principal actor; clashes get a hash of their first source."""
    keyed = [(id_key(event), event) for event in sorted(events, key=sort_key)]
    counts: dict[str, int] = {}
    for key, _ in keyed:
        counts[key] = counts.get(key, 0) + 1
    out = []
    for key, event in keyed:
        if counts[key] > 1:
            key = f"{key}-{clash_suffix(event.sources)}"
        final = event.model_copy(update={"id": key, "checksum": None})
        # the copy is new and no one else's: no second copy (nor validation) for the checksum
        object.__setattr__(final, "checksum", final.content_checksum())
        out.append(final)
    return out


def extract_document(doc: Document, actors: ActorDictionary | None = None) -> list[Event]:
    """The events of one document, merged within it (ids not yet assigned)."""
    from timeline.temporal import find_dates

    dictionary = actors or default_dictionary()
    matcher, cues = default_matcher(), load_cues()
    # "NEW DELHI, APRIL 18." in a paper of April 19: "today" is the day the story was written
    reference = dateline_day(doc.text, doc.published) or doc.published
    timexes = sorted(find_dates(doc.text, reference), key=lambda t: t.start)
    # the tagger has listed the words already: phrase lists check a sentence's words first
    offsets, keys = words(doc.text)
    keys = match_keys(doc.text, keys)
    starts = [t.start for t in timexes]
    people = DocumentPeople(text=doc.text)
    scan = DocumentScan(doc.text, dictionary, words=(offsets, keys))
    events: list[Event] = []
    placed: list[tuple[int, Event]] = []
    discourse = DiscourseDates()
    #: per country code, its capital's names that stood for its government ("Pyongyang said")
    capitals: dict[str, set[str]] = {}
    home = dateline_country(doc.text, dictionary)
    focus = focus_country(doc.text, scan, dictionary, home)
    owner = focus.country if focus is not None else home
    header = dateline_end(doc.text)

    def known(name: str) -> bool:
        return dictionary.lookup(name) is not None

    introduced = introduced_names(doc.text)
    introduced.update(initialled_names(doc.text, introduced, known))
    introduced = {
        short: name for short, name in introduced.items() if not known(short) and not known(name)
    }

    # an election with no country named is the country of the dateline's city, if it has one
    voting = country_mention(home, dictionary) if home is not None else None

    def stand_in(ctx: SentenceContext, trigger: TriggerMatch) -> Mention | None:
        placed = place_country(place_of(ctx, trigger), ctx.mentions, dictionary, trigger.start)
        if placed is None and trigger.spec.type == "election" and voting is not None:
            return voting
        # an event whose sentence names no party is the body the story is about, before the
        # country of its place ("The vote, held Monday night in Etobicoke"), save an attack's:
        # "A bomb exploded in Kabul", the place is struck; "the peace agreement signed in
        # Brasilia", "peace talks are due to resume in Addis Ababa": a deal's or a meeting's
        # venue is seldom its party
        if trigger.spec.type == "attack" and placed is not None:
            return placed
        body = story_body(people)
        inferred = replace(body, evidence=STORY_BODY) if body is not None else None
        if trigger.spec.type in ("agreement", "meeting"):
            return inferred or focus or placed
        return inferred or placed or focus

    previous: list[Mention] = []
    previous_start = 0
    in_header = True
    try:
        for index, sentence in enumerate(split_sentences(doc.text)):
            # the lines before the first full sentence: a date line and the headline
            title_line = in_header and not sentence.text.rstrip().endswith(_SENTENCE_END)
            in_header = title_line
            first = bisect_left(offsets, sentence.start)
            last = bisect_left(offsets, sentence.end, first)
            focus_sentence(
                doc.text,
                sentence.start,
                sentence.end,
                sentence.text,
                offsets[first:last],
                keys[first:last],
            )
            first = bisect_left(starts, sentence.start)
            last = bisect_left(starts, sentence.end, first)
            inside = [t for t in timexes[first:last] if t.end <= sentence.end]
            mentions = find_mentions(
                sentence.text,
                sentence.start,
                dictionary,
                people,
                [(t.start, t.end) for t in inside],
                scan,
            )
            mentions = named_mentions(doc.text, sentence.start, sentence.end, introduced, mentions)
            if sentence.start < header:
                # "MAIDUGURI, Nigeria (AP) —": the dateline says where the story was filed
                mentions = [replace(m, location=True) if m.end <= header else m for m in mentions]
            # "Navy speedboats took part": an unowned institution is the article's country's
            mentions += institution_mentions(
                doc.text, sentence.start, sentence.end, mentions, owner, dictionary
            )
            mentions += crowd_mentions(doc.text, sentence.start, sentence.end, mentions, home)
            mentions += possessor_reference(doc.text, mentions, previous)
            mentions += armed_group_mentions(
                doc.text, sentence.start, sentence.end, mentions, dictionary
            )
            mentions += plural_subjects(doc.text, sentence.start, sentence.end, mentions, previous)
            mentions += plural_reference(
                doc.text, sentence.start, sentence.end, mentions, previous, previous_start
            )
            mentions += it_reference(
                doc.text, sentence.start, sentence.end, previous, previous_start
            )
            before, previous, previous_start = previous, mentions, sentence.start
            for m in mentions:
                if m.kind == "country" and m.evidence == "capital" and not m.location and m.country:
                    # "Pyongyang said": the capital stands for the government; kept as its name
                    capitals.setdefault(m.country, set()).add(doc.text[m.start : m.end])
            # "SEOUL, July 28 (Yonhap) --": the dateline's date is when the story was filed; "on
            # the eve of the ballot" is a date once the ballot was dated
            inside = event_offsets(
                doc.text,
                sentence.start,
                sentence.end,
                [t for t in inside if t.start >= header],
                discourse,
            )
            if not mentions and not inside and not (before and sentence.text.startswith(_DEFINITE)):
                continue
            ctx = build_context(
                doc.text, sentence, inside, mentions, matcher, cues, discourse.series
            )
            found = sentence_events(ctx, cues, reference, discourse, before, stand_in)
            undated = all(m.type == "statement" and m.date is None for m in found)
            action = with_dated_action(ctx, cues) if undated and ctx.triggers else None
            if action is None and found and undated:
                planned = with_reported_plan(ctx, cues)
                acted = (
                    sentence_events(planned, cues, reference, discourse, before, stand_in)
                    if planned is not None
                    else []
                )
                if any(m.type != "statement" and m.date is not None for m in acted):
                    # "The regulator said it would decide by 30 April": the plan and the saying
                    found = acted
            if action is not None:
                acted = sentence_events(action, cues, reference, discourse, before, stand_in)
                if not found:
                    found = acted
                elif any(m.date is not None for m in acted):
                    # "said Red Cross teams reached the villages on Tuesday": the dated action
                    # the undated saying reports
                    found = acted + found
            if not title_line:
                discourse.remember(
                    doc.text,
                    sentence.start,
                    sentence.end,
                    [
                        DatedMention(
                            m.trigger.start,
                            m.type,
                            m.date,
                            frozenset(a.name for a in m.actors),
                            m.subtype,
                            # the country of a place stood in for parties: it took no part
                            tuple(a for a in m.actors if a.evidence != PLACE_EVIDENCE),
                        )
                        for m in found
                        if m.date is not None
                    ],
                    partial(_timex_dates, inside),
                )
            for mention in found:
                if title_line and mention.date is None:
                    # a headline restates the story in the present tense; the body dates it
                    continue
                placed.append((index, _to_event(mention, doc, dictionary, focus)))
    finally:
        # the focus holds the document: let it go even when reading it failed
        clear_focus()
    events = [_settled_actors(event, people, dictionary, focus) for event in _fold_restated(placed)]
    named = _country_names(doc.text, scan, dictionary, capitals)
    events = [_with_country_names(event, named) for event in events]
    # what an analyst or a think tank says is commentary on the story, not an event of it
    events = [e for e in events if not (e.type == "statement" and _commentary(e, dictionary))]
    # an action nothing in the article dates cannot be placed on a timeline: only undated
    # sayings are kept (flagged), and undated actions only as sources of their dated mention;
    # a decade ("began discussing more than two decades ago") places nothing either
    return [
        e
        for e in merge_within_document(events)
        if (e.date is not None or e.type == "statement") and not _too_vague(e.date)
    ]


def _too_vague(when: FuzzyDate | None) -> bool:
    """Whether a date spans a decade or more: no place on a timeline."""
    return when is not None and when.precision in ("decade", "century")


def _commentary(event: Event, dictionary: ActorDictionary) -> bool:
    """Whether a saying's speaker comments on the news rather than acting in it.

    Unnamed commentators opening the sentence ("Analysts in Podgorica said"); a person whose
    role or apposition names a commentator ("Yuji Kamiya, a Russia specialist
    at Hokkaido University"; ``commentator_roles`` in names.yaml), or a body whose name ends
    like a think tank's or a university's (``commentator_bodies``).
    """
    quote = (event.sources[0].quote if event.sources else None) or ""
    if _commentator_subject().match(quote):
        # "Analysts in Podgorica said ...", "Some Western experts say ...": commentators unnamed
        return True
    # '"...," said political scientist Martin Arregui': the speaker outside the quoted words
    closing = max(quote.rfind("”"), quote.rfind('"'))
    if closing > 0 and (
        _commentator_named().search(quote, closing)
        or _commentator_apposition().search(quote, closing)
    ):
        return True
    first = event.actors[0] if event.actors else None
    if first is None:
        return False
    if first.kind == "organization":
        # a body the actor dictionary knows acts in the news ("the World Food Programme")
        return (
            first.name.split()[-1] in name_words("commentator_bodies")
            and dictionary.lookup(first.name) is None
        )
    if first.kind != "person":
        return False
    words = set(re.findall(r"[a-z]+", (first.role or "").lower()))
    if words & name_words("commentator_roles"):
        return True
    # the apposition right after the speaker's own name ("Park, a fellow at the Asan Institute")
    last = first.name.split()[-1]
    at = quote.find(last)
    return at >= 0 and _commentator_apposition().match(quote, at + len(last)) is not None


@cache
def _commentator_subject() -> re.Pattern[str]:
    """ "Analysts say", "Some Western experts in Tokyo said": a sentence opened by commentators."""
    roles = "|".join(sorted(w for w in name_words("commentator_roles") if w.endswith("s")))
    verbs = "|".join(sorted(name_words("commentator_verbs")))
    return re.compile(
        rf"\W*(?:[A-Z]?[a-z]+\s+){{0,2}}?(?i:{roles})\s+(?:in\s+[A-Z][\w-]*\s+)?"
        rf"(?:[a-z]+\s+)?(?:{verbs})\b"
    )


@cache
def _commentator_named() -> re.Pattern[str]:
    """ "political scientist Martin Arregui", "analyst Nasreen Qureshi": a role before a name."""
    roles = "|".join(sorted(name_words("commentator_roles")))
    return re.compile(rf"\b(?:{roles})\s+[A-Z]")


@cache
def _commentator_apposition() -> re.Pattern[str]:
    """ ", a researcher at the ...", ", an analyst with ...": the speaker's apposition."""
    roles = "|".join(sorted(name_words("commentator_roles")))
    return re.compile(rf",\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?(?:{roles})\b")


def _country_names(
    text: str, scan: DocumentScan, dictionary: ActorDictionary, capitals: dict[str, set[str]]
) -> dict[str, list[str]]:
    """Per country code, the words the article names the country by ("Bosnia", "Bosnian"), a
    capital only where it stood for the government ("Pyongyang said", not "met in Pyongyang")."""
    names: dict[str, list[str]] = {}
    for start, _, surface in scan.within("entries", 0, len(text)):
        entry = dictionary.lookup(surface)
        end = start + len(surface)
        if (
            entry is not None
            and entry.kind == "country"
            and entry.country
            and (not entry.capital or surface in capitals.get(entry.country, ()))
            and surface[:1].isupper()
            # "the Indian Ocean", "Indian Affairs": no name of the country
            and not geo_name_tail().match(text, end)
            and not other_sense(surface, text, end)
        ):
            found = names.setdefault(entry.country, [])
            if surface not in found:
                found.append(surface)
    return names


def _with_country_names(event: Event, names: dict[str, list[str]]) -> Event:
    """The event with each country actor known also by the words the article calls it: "Bosnia"
    for Bosnia and Herzegovina, even where the country only stands in for a party."""
    actors = []
    for actor in event.actors:
        words = names.get(actor.country or "", []) if actor.kind == "country" else []
        extra = [w for w in words if w != actor.name and w not in actor.aliases]
        actors.append(
            actor.model_copy(update={"aliases": [*actor.aliases, *extra]}) if extra else actor
        )
    if actors == event.actors:
        return event
    return event.model_copy(update={"actors": actors})


def _settled_actors(
    event: Event, people: DocumentPeople, dictionary: ActorDictionary, focus: Mention | None
) -> Event:
    """The event's actors once the whole article is read.

    A person whose country a later sentence gave ("President X" ... "Philippine President X")
    brings that country; when still no party is a state, the article's country stands in,
    as it does for a sentence that names no one ("The trial opened on 14 March"), and the
    event is tagged ``country-inferred``.
    """
    actors: list[Actor] = []
    for actor in event.actors:
        known = people.people.get(actor.name) if actor.kind == "person" else None
        if known is not None and actor.country is None and known.country is not None:
            actor = actor.model_copy(update={"country": known.country})
        actors.append(actor)
    actors = _with_their_countries(actors, dictionary)
    tags = event.tags
    if focus is not None and _stateless(actors, dictionary):
        # a guess from what the article is about: flagged, so a reader can check it
        actors.append(Actor(name=focus.name, kind="country", country=focus.country))
        tags = [*tags, "country-inferred"]
    if actors == event.actors:
        return event
    return event.model_copy(update={"actors": actors, "tags": tags})


def _stateless(actors: list[Actor], dictionary: ActorDictionary) -> bool:
    """Whether no actor is a country or belongs to one, and none is an international body."""
    for actor in actors:
        if actor.kind == "country" or actor.country:
            return False
        entry = dictionary.lookup(actor.name)
        if entry is not None and entry.kind == "organization" and not entry.country:
            return False
    return True


def _timex_dates(timexes: list[Timex]) -> list[tuple[int, FuzzyDate]]:
    """Where each usable date of a sentence is, and what it stands for."""
    return [(t.start, fuzzy_date(t)) for t in timexes if usable(t)]


def _fold_restated(placed: list[tuple[int, Event]]) -> list[Event]:
    """Fold an undated saying into a dated neighbour ("China criticised the deal. X said on Monday ...").

    A saying nothing dates stays on the timeline as undated: it is never given a date.
    """
    kept: list[Event | None] = [event for _, event in placed]
    for position, (index, event) in enumerate(placed):
        if event.type != "statement" or event.date is not None:
            continue
        if _media(event):
            kept[position] = None
            continue
        target = next(
            (
                p
                for p, (i, other) in enumerate(placed)
                if other.date is not None
                and kept[p] is not None
                and (
                    (abs(i - index) == 1 and other.type == "statement")
                    or (i == index - 1 and principal(other) == principal(event))
                )
            ),
            None,
        )
        if target is not None:
            host = kept[target]
            assert host is not None
            kept[target] = host.model_copy(update={"sources": [*host.sources, *event.sources]})
            kept[position] = None
    return [event for event in kept if event is not None]


def _media(event: Event) -> bool:
    """An undated saying by a news outlet: the outlet reports, it does not act."""
    first = event.actors[0] if event.actors else None
    if first is None or first.kind != "organization":
        return False
    return is_media(first.name)


def extract(
    text: str,
    published: date | None = None,
    *,
    document: str = "<text>",
    actors: ActorDictionary | None = None,
) -> list[Event]:
    """The events reported in ``text``, dated against ``published`` (the reference date)."""
    doc = Document(text=text, path=Path(document), published=published)
    return assign_ids(extract_document(doc, actors))


@dataclass
class ExtractionResult:
    """Events from many files, merged, and the problems of the files that could not be read."""

    events: list[Event] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    documents: int = 0


def _extract_file(
    path: Path, published: date | None, actors: ActorDictionary
) -> tuple[list[Event], list[Problem], int]:
    try:
        docs = read_documents(path, published)
    except InputError as error:
        return [], error.problems, 0
    events: list[Event] = []
    for doc in docs:
        events.extend(extract_document(doc, actors))
    return events, [], len(docs)


_WORKER_ACTORS: list[ActorDictionary] = []


def _start_worker(actors: ActorDictionary) -> None:
    """Keep the dictionary in the worker process, so it is sent and compiled once."""
    _WORKER_ACTORS[:] = [actors]


def _worker_file(path: Path, published: date | None) -> tuple[list[Event], list[Problem], int]:
    return _extract_file(path, published, _WORKER_ACTORS[0])


def extract_files(
    paths: Iterable[Path],
    published: date | None = None,
    actors: ActorDictionary | None = None,
    jobs: int = 1,
    progress: Callable[[], None] | None = None,
) -> ExtractionResult:
    """Extract every file, in parallel when ``jobs`` > 1, and merge across articles."""
    dictionary = actors or default_dictionary()
    result = ExtractionResult()
    files = list(paths)
    collected: list[Event] = []

    def take(found: tuple[list[Event], list[Problem], int]) -> None:
        collected.extend(found[0])
        result.problems.extend(found[1])
        result.documents += found[2]
        if progress is not None:
            progress()

    if jobs > 1 and len(files) > 1:
        with ProcessPoolExecutor(
            max_workers=jobs, initializer=_start_worker, initargs=(dictionary,)
        ) as pool:
            chunk = max(1, len(files) // (jobs * 4))
            for found in pool.map(_worker_file, files, [published] * len(files), chunksize=chunk):
                take(found)
    else:
        for path in files:
            take(_extract_file(path, published, dictionary))
    result.events = assign_ids(merge_events(collected))
    return result
