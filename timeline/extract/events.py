"""Triggers to typed event mentions: the date that governs each trigger, its actors, status and place.

Works one sentence at a time on offsets into the document. A verb trigger reports
an event; a noun trigger ("summit", "drills") only with a date right next to it or
a verb that makes it happen ("the summit is to be held", "conducted a test").
Dates and events inside what someone said belong to the saying's content: the
saying takes its date from its own clause, never from the reported content.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache

from timeline.extract.clauses import (
    SentenceContext,
    background_clause,
    embedding_start,
    in_quote,
    segment,
)
from timeline.extract.crowds import CROWD, count_modifiers
from timeline.extract.cues import DECIDED, DECIDING, Cues
from timeline.extract.discourse import DiscourseDates
from timeline.extract.event_arguments import (
    CUE_REACH,
    actors_of,
    clause_subjects,
    place_of,
    principal_of,
    status_of,
)
from timeline.extract.event_dates import (
    ANTERIOR,
    ARTICLE_BEFORE,
    SINCE_BEFORE,
    WORD,
    deadline_window,
    fuzzy_date,
    joined,
    joined_before,
    pick_date,
    said_today,
    usable,
    which_after_preposition,
)
from timeline.extract.headlines import irregular_pasts
from timeline.extract.mentions import Mention, moved, name_words
from timeline.extract.sentences import Sentence
from timeline.extract.triggers import TriggerMatch
from timeline.model import FuzzyDate
from timeline.temporal import Timex

#: A preposition right before a word: "banned from travelling", "accused of attacking" (a gerund
#: after it names, not reports), "of collapsed mortgage lender" (a participle, an adjective).
_PREPOSITION_BEFORE = re.compile(r"\b(?:from|of|against|about|without|for|on|by)\s+$", re.I)
#: "travel to Moscow for talks", "flew to Paris to meet", "arrive next week to resume the
#: talks", "for further talks": the meeting is the visit's purpose.
_PURPOSE_BEFORE = re.compile(
    r"\b(?:for|to)\s+(?:(?:a|an|the)\s+)?(?:(?!and\b|or\b)[a-z][\w-]*\s+){0,2}$", re.I
)
_PURPOSE_CHAIN = re.compile(r"\bto\s+[a-z]+\b[^.;:]{0,80}?\s+and\s+(?:to\s+)?$")
#: "in a phone call with", "during talks": the noun names the occasion of the sentence's action.
_OCCASION_BEFORE = re.compile(
    r"\b(?:in|during|at)\s+(?:a|an|the|their|his|her|its)\s+(?:[\w-]+\s+)?$", re.I
)
_COMMA_BEFORE = re.compile(r",\s+$")
#: "signed by his predecessors"; not a margin ("voted by 19 votes to 11", "won by a landslide").
_BY_AFTER = re.compile(
    r"\s+by\s(?!\s*(?:\d|a\s+(?:wide\s+|narrow\s+)?(?:margin|landslide|majority)\b))"
)
# "a cleric convicted of terrorism charges": who he is, not a verdict told
_OF_AFTER = re.compile(r"\s+of\b")
# a date right before an event noun: "the October 8 earthquake", "the 2002 ruling"
_DATE_BEFORE_NOUN = re.compile(
    r"\b(?:the|a|an|its|their|last\s+\w+['’]s)\s+[\w ]{0,20}\d[\w-]*\s+(?:[\w-]+\s+)?$", re.I
)
_IN_EVENT_AFTER = re.compile(r"\s+(?:in|during)\s+(?:an?|the)\s")
_WORD_BEFORE = re.compile(r"\b([A-Za-z]+)\s+$")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|his|her|their|this|that)\s+$", re.I)
#: "and would now take place": a coordinated verb with the same subject.
_AND_THEN = re.compile(
    r"\band\s+(?:(?:would|will|could|should|is\s+to|was\s+to|are\s+to|were\s+to)\s+)?(?:now\s+|instead\s+|then\s+|later\s+)?(?:be\s+)?$",
    re.I,
)
_NEW_CLAUSE = re.compile(r",\s+(?:and|but|while)\s|;")
#: Between a rehearsal word and its object: an article and up to two modifiers, no preposition.
#: "practised rescuing a ship, freeing a vessel, firing at targets": a list of rehearsed acts.
_REHEARSED_LIST = re.compile(
    r"\s+(?:[a-z]+ing\b[^,.;:]*?(?:,\s+(?:and\s+)?|\s+and\s+))*(?:[a-z-]+\s+){0,2}"
)
REHEARSED_LIST_REACH = 120
_REHEARSED_OBJECT = re.compile(
    r"\s+(?:(?:a|an|the|its|their)\s+)?(?:(?!(?:in|on|at|of|during|near|for)\b)[\w-]+\s+){0,2}",
    re.I,
)
#: "migrants arriving", "Tunisians who arrived": a plural noun right before a participle
#: or the relative clause of one.
_PLURAL_BEFORE = re.compile(r"\b([A-Za-z]{3,}s)\s+(?P<who>(?:who|that)\s+)?$")
_AGENT_BEFORE = re.compile(r"\bby\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,2}$", re.I)
_POSSESSIVE_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|his|her|their)|\w[’']s)\s+$", re.I)
#: "without any sign that", "no agreement was reached", "little progress", "settled without
#: appeal": none of it happened.
_NONE_BEFORE = re.compile(r"\b(?:any|no|little|without)\s+$", re.I)
#: "did not immediately respond", "has not met since": a verb denied, no event.
_NEGATED_BEFORE = re.compile(
    r"\b(?:did|does|do|has|have|had|will|would)(?:\s+not|n['’]t)\s+(?:[a-z]+ly\s+)?$", re.I
)
_LOWER_NOUN_AFTER = re.compile(r"\s+(?!(?:by|in|on|at|to|for|with|from|and|or|of)\b)[a-z][\w-]*")
_POSSESSIVE_ONLY_END = re.compile(r"\b(?:its|his|her|their|our)\s+$")
#: "The collision", "The border clash": a definite event noun opening its sentence.
_DEFINITE_SUBJECT = re.compile(r"\s*(?:The|This|That)\s+(?:[\w’'-]+\s+){0,2}$")


@dataclass
class EventMention:
    """One event reported by one sentence, before merging."""

    type: str
    subtype: str | None
    sentence: Sentence
    trigger: TriggerMatch
    actors: list[Mention]
    principal: Mention
    date: FuzzyDate | None = None
    date_evidence: str | None = None
    status: str = "occurred"
    location: str | None = None
    plain: bool = False
    noun: bool = False
    triggers: list[str] = field(default_factory=list)
    sentence_mentions: list[Mention] = field(default_factory=list)
    reported: bool = False


def _nominal(ctx: SentenceContext, trigger: TriggerMatch) -> bool:
    """Whether a verb form is used as a noun ("before the signing", "the summit's host").

    Then it names an event (or a role) rather than reporting one.
    """
    words = trigger.text.split()
    first = words[0].lower()
    window = ctx.text[max(ctx.sentence.start, trigger.start - 8) : trigger.start]
    if first.endswith("ing"):
        # "since taking office in May": a past event named, dated only by its own date
        return bool(_DETERMINER_BEFORE.search(window) or SINCE_BEFORE.search(window))
    if (
        len(words) == 1
        and first.endswith("ed")
        and (ARTICLE_BEFORE.search(window) or _PREPOSITION_BEFORE.search(window))
        and _LOWER_NOUN_AFTER.match(ctx.text, trigger.end)
    ):
        # "around the besieged city", "the detained journalists", "the chief executive of
        # collapsed mortgage lender Brightwater": an adjective
        return True
    # a bare verb after a possessive or an article: "the summit's host", "a host of", also with
    # a country between: "their New Zealand hosts"
    return (
        len(words) == 1
        and not first.endswith("ed")
        and bool(_POSSESSIVE_BEFORE.search(window) or _possessed_by_country(ctx, trigger))
    )


def _possessed_by_country(ctx: SentenceContext, trigger: TriggerMatch) -> bool:
    """ "with their New Zealand hosts": a possessive, a country's name, then the verb form."""
    return any(
        m.kind == "country"
        and 0 < trigger.start - m.end <= 1
        and _POSSESSIVE_ONLY_END.search(ctx.text, max(0, m.start - 8), m.start)
        for m in ctx.mentions
    )


def _clipped(when: FuzzyDate | None, status: str, published: date | None) -> FuzzyDate | None:
    """A window that holds the publication day, cut to the side the status allows.

    "will hold consultations this week" cannot fall before publication, "met this week"
    cannot fall after it.
    """
    if when is None or published is None or not when.start < published < when.end:
        return when
    if status == "occurred":
        return when.model_copy(update={"end": published})
    return when.model_copy(update={"start": published})


#: What opens a gerund's object: "bombing their positions", "killing at least 14".
_GERUND_OBJECT = re.compile(
    r"\s+(?:its|their|his|her|the|a|an|at\s+least|more\s+than|some|dozens|hundreds|\d)\b"
)


def _verb_reading(ctx: SentenceContext, trigger: TriggerMatch, cues: Cues) -> bool:
    """Whether a form that is noun and verb alike is the verb here ("will visit", "is to tour").

    A bare infinitive ("invited him to visit Seoul in May") keeps the noun's need for a date;
    a gerund with an object ("of bombing their positions ... on Sunday") is a verb.
    """
    if trigger.text.lower().endswith("ing") and _GERUND_OBJECT.match(ctx.text, trigger.end):
        # only with a date of its own after it: what it reports is not dated by the saying
        _, seg_end = segment(ctx, trigger.start)
        return any(trigger.end < t.start < seg_end for t in ctx.timexes)
    if not trigger.spec.also_verb:
        return False
    window = ctx.text[max(ctx.sentence.start, trigger.start - 40) : trigger.start]
    marker = cues.verb_marker_end.search(window)
    if marker is None:
        return False
    if not marker.group().lower().startswith("to"):
        return True
    cue = window[: marker.start() + 2]
    return bool(cues.scheduled_end.search(cue) or cues.planned_end.search(cue))


#: "conservative Republicans who argued": a plural noun, then "who" right before the verb.
_PLURAL_WHO = re.compile(r"\b[A-Za-z]{3,}s,?\s+who\s+(?:[a-z]+ly\s+)?$")


def _generic_subject(ctx: SentenceContext, trigger: TriggerMatch, cues: Cues) -> bool:
    """Whether a saying's subject is an unnamed plural ("Analysts said", "experts believe",
    "conservative Republicans who argued")."""
    who = _PLURAL_WHO.search(ctx.text, max(ctx.sentence.start, trigger.start - 40), trigger.start)
    if (
        who is not None
        and not any(
            who.start() <= m.start < trigger.start
            and not m.location
            # "conservative Republicans who argued": some of a party's members, not the party
            and ctx.text[m.start : m.end] not in name_words("word_aliases")
            for m in ctx.mentions
        )
    ):
        return True
    seg_start, _ = segment(ctx, trigger.start)
    lo = max(seg_start, ctx.text.rfind(",", ctx.sentence.start, trigger.start) + 1)
    subject = ctx.text[lo : trigger.start]
    if not cues.generic.search(subject):
        return False
    # "Diplomats in Vienna said": a place says where they are, not who they are
    return not any(
        lo <= m.start < trigger.start and not m.source and not m.location for m in ctx.mentions
    )


#: How many words may stand between talks and the noun they are about.
TOPIC_REACH = 9


#: Whose the thing asked for is: "his", "their", "the minister's".
_OWNER_WORD = re.compile(r"\s+(?:his|her|their|its|the\s+[a-z]+['’]s|[A-Z][\w-]+['’]s)\s+")


def _topic_of_saying(ctx: SentenceContext, trigger: TriggerMatch, cues: Cues) -> bool:
    """Whether a noun trigger is what a saying or a talk is about.

    "condemned the bombing", "will brief the Senate on the attack", "talks about the
    ceasefire": the noun's date, if any, is the saying's or the talk's.
    """
    for other in ctx.triggers:
        if other.end > trigger.start:
            continue
        between = ctx.text[other.end : trigger.start]
        if (
            other.spec.type == "statement"
            and not other.spec.noun
            and len(WORD.findall(between)) <= 3
            # "announced its own asset freezes": announcing them is imposing them; "called for
            # his resignation" asks someone else for it ("called for a strike" calls one)
            and (
                (other.text.lower().endswith(" for") and _OWNER_WORD.fullmatch(between) is not None)
                or not cues.light_end.search(
                    ctx.text[max(other.start, trigger.start - CUE_REACH) : trigger.start]
                )
            )
        ):
            return True
        if (
            other.spec.type in ("meeting", "statement")
            and cues.topic_opener.search(between)
            # "resume talks in Khartoum next week on a power-sharing deal", "brief the council on
            # the implementation of the resolution": a place, a date or an audience may come
            # between the talks (or the saying) and their topic
            and len(WORD.findall(between)) <= TOPIC_REACH
            and not any(other.end <= b < trigger.start for b in ctx.boundaries)
        ):
            return True
        if (
            other.spec.type == "meeting"
            and other.text.lower() in cues.topic_verbs
            and len(WORD.findall(between)) <= 4
        ):
            # "will discuss the Coral Meridian attack on Friday": the attack is the topic
            return True
    return False


def sentence_events(
    ctx: SentenceContext,
    cues: Cues,
    published: date | None,
    discourse: DiscourseDates | None = None,
    previous: Sequence[Mention] = (),
    stand_in: Callable[[SentenceContext, TriggerMatch], Mention | None] | None = None,
) -> list[EventMention]:
    """The event mentions of one sentence, at most one per type, statements folded into actions.

    ``previous`` holds the actors of the sentence before, for an event noun that opens
    its sentence without any ("The collision occurred early on Monday"). ``stand_in``
    gives a dated action that names no actor the country it belongs to ("Thousands
    marched on Tuesday").
    """
    if not ctx.triggers:
        return []
    found: dict[str, EventMention] = {}
    fixed = ctx.fixed
    rehearsal = [
        m.end() for m in cues.pretend.finditer(ctx.text, ctx.sentence.start, ctx.sentence.end)
    ]
    others_before_tail = (
        ctx.tail is not None
        # ("a quote's own words ... ," X said at the ceremony: the quote is what was said)
        and any(
            t.start < ctx.tail and t.spec.type != "statement" and not in_quote(ctx, t.start)
            for t in ctx.triggers
        )
        # "..., the commission announced earlier today": a dated announcement is news itself
        and not any(usable(t) and t.start >= ctx.tail for t in ctx.timexes)
    )
    # "told the weekly cabinet meeting": only a sentence with such a verb has an audience
    audience_named = any(word in ctx.sentence.text for word in cues.audience_words)
    # where the verb of each event noun read so far stands, and the noun's type
    predicates: dict[int, str] = {}
    for trigger in ctx.triggers:
        spec = trigger.spec
        if (
            not spec.noun
            and spec.lemma in cues.occurrence_verbs
            and predicates.get(trigger.start, spec.type) != spec.type
        ):
            # "The protests erupted on April 18": the verb tells the protests happened, it is no
            # attack of its own
            continue
        if spec.type == "statement" and ctx.quotes and in_quote(ctx, trigger.start):
            # "Today the council has spoken with one voice," X said: a saying quoted is
            # the speaker's words, not a saying of its own
            continue
        if spec.type == "statement" and not spec.noun:
            if _generic_subject(ctx, trigger, cues):
                continue
            if others_before_tail and ctx.tail is not None and trigger.start > ctx.tail:
                continue
        if (
            not spec.noun
            and trigger.text.split()[0].lower().endswith("ing")
            and _PREPOSITION_BEFORE.search(
                ctx.text[max(ctx.sentence.start, trigger.start - 12) : trigger.start]
            )
        ):
            # "banned from travelling"; a noun in "-ing" ("a day of mourning") is no gerund
            continue
        if _manner_participle(ctx, trigger) or _reduced_relative(ctx, trigger, cues):
            continue
        if not spec.noun and spec.type != "election" and _FIGURE_AFTER.match(ctx.text, trigger.end):
            # "shares closed up 2.4 percent", "the real weakened 0.6 percent": a figure moved (a
            # vote's share is no such figure: "voted by 52 percent to 48 percent")
            continue
        if not spec.noun and (
            _not_an_event_by_its_words(ctx, trigger, cues)
            or _habitual(ctx, trigger, cues)
            or _hosts_another(ctx, trigger)
            or _toll_of(ctx, trigger, cues)
        ):
            continue
        if (fixed or rehearsal) and _not_an_event(ctx.text, trigger, fixed, rehearsal):
            continue
        if (
            spec.noun
            and spec.type == "agreement"
            and cues.reference_end.match(ctx.text, ctx.sentence.start, trigger.start)
            and ctx.text.startswith(",", trigger.end)
        ):
            # "Under the agreement, the two will build ...": a deal cited, not one made
            continue
        if (
            spec.noun
            and audience_named
            and cues.audience_end.search(
                ctx.text, max(ctx.sentence.start, trigger.start - 50), trigger.start
            )
        ):
            # "told the weekly cabinet meeting": the meeting heard the saying
            continue
        if (
            spec.noun
            and _RESTATED.search(
                ctx.text, max(ctx.sentence.start, trigger.start - 50), trigger.start
            )
            and any(t.spec.type == spec.type and t.start < trigger.start for t in ctx.triggers)
        ):
            # "will host an exercise on Thursday and Friday, the ministry said, the first such
            # drill to be staged by Seoul": an apposition restates the event told before it
            continue
        # "postponed the talks with Ankara": a verb form after a determiner is a noun too
        as_noun = spec.noun or _DETERMINER_BEFORE.search(
            ctx.text, max(ctx.sentence.start, trigger.start - 8), trigger.start
        )
        if as_noun and (
            (
                spec.noun
                and cues.document_topic_end.search(
                    ctx.text, max(ctx.sentence.start, trigger.start - 80), trigger.start
                )
            )
            or cues.called_off_end.search(
                ctx.text, max(ctx.sentence.start, trigger.start - 60), trigger.start
            )
            # "dashing hopes of an early reopening": hoped for, not happened
            or cues.hoped_for_end.search(
                ctx.text, max(ctx.sentence.start, trigger.start - 50), trigger.start
            )
            # "nullified the ruling party's victory in a by-election": undone, held before
            or (
                spec.type == "election"
                and cues.annulled_end.search(
                    ctx.text, max(ctx.sentence.start, trigger.start - 100), trigger.start
                )
            )
        ):
            # "signed a memorandum on the patrols": the paper's topic, not an event;
            # "had postponed that meeting twice": it did not take place
            continue
        embedded = embedding_start(ctx, trigger)
        noun = (spec.noun and not _verb_reading(ctx, trigger, cues)) or _nominal(ctx, trigger)
        predicate, verb_like, anchor = (
            _noun_predicate(ctx, trigger, cues) if noun else (None, True, trigger)
        )
        if predicate is not None:
            predicates[predicate] = spec.type
        if predicate is not None and cues.habit_end.search(
            ctx.text, max(trigger.end, predicate - 20), predicate
        ):
            # "the Balikatan exercise, usually held in April and May": a habit, not an occasion
            continue
        own = _own_relative(ctx, trigger, cues) if noun and not verb_like else None
        timex = None
        if own is not None:
            # "the Freedom Shield exercise, which Seoul and Washington held from March 10 to 20"
            timex = next((t for t in ctx.timexes if usable(t) and own[0] <= t.start < own[1]), None)
            verb_like = timex is not None
            if timex is None and _DATE_BEFORE_NOUN.search(
                ctx.text, max(ctx.sentence.start, trigger.start - 30), trigger.start
            ):
                # "the October 8 earthquake, which killed 73,000 people": the noun's own date
                own = None
        if own is None:
            timex = pick_date(ctx, anchor, verb_like, embedded)
            if timex is None and noun and verb_like and predicate is None:
                # "take part in the NATO exercise 'Dynamic Mix', which is to be held from May
                # 22": a light verb without a date leaves the date to the noun's own clause
                own = _own_relative(ctx, trigger, cues)
                if own is not None:
                    timex = next(
                        (t for t in ctx.timexes if usable(t) and own[0] <= t.start < own[1]), None
                    )
        if (
            timex is not None
            and noun
            and not verb_like
            and spec.type in STAGED_OR_HELD
            and _TOLD_OBJECT.search(
                ctx.text, max(ctx.sentence.start, trigger.start - 50), trigger.start
            )
        ):
            # "announced the exercise on Jan. 14": the date after the noun is the announcing's
            timex = None
        if (
            timex is not None
            and noun
            and spec.type == "agreement"
            and (name := _document_name_start(ctx, trigger)) is not None
            and not ctx.text[timex.end : name].isspace()
            and not _OF_AFTER_TITLE.fullmatch(ctx.text, trigger.end, timex.start)
        ):
            # "India's decision last year to hold the Indus Waters Treaty in abeyance": a treaty
            # named by its title exists already; only a date just before the title ("the 1960
            # Indus Waters Treaty") or after its "of" ("the Treaty of 1960") is its own
            timex = None
        cause = (
            cues.cause_end.search(
                ctx.text, max(ctx.sentence.start, trigger.start - CUE_REACH), trigger.start
            )
            if noun
            else None
        )
        # "froze its contribution on Thursday in protest at Pyongyang's firing of a missile that
        # flew over Japan earlier this week": the cause has its own doer and its own date, if
        # any before the sentence goes on ("..., and it summoned the ambassador on Friday")
        caused = cause.start() if cause is not None else None
        if cause is not None and timex is not None and timex.start < cause.start():
            goes_on = _NEW_CLAUSE.search(ctx.text, trigger.end, ctx.sentence.end)
            stop = goes_on.start() if goes_on is not None else ctx.sentence.end
            timex = next(
                (t for t in ctx.timexes if usable(t) and trigger.end <= t.start < stop), None
            )
        reacted = None
        if timex is None and noun and not verb_like:
            reacted = _reacted_to(ctx, trigger, cues)
            timex = reacted[0] if reacted else None
            verb_like = timex is not None
        background = background_clause(ctx, trigger)
        if background is not None and (
            timex is None or not background[0] <= timex.start < background[1]
        ):
            continue
        if (
            noun
            and timex is None
            and not (
                # "Hours after the launch, X chaired an emergency meeting": the occasion dates it
                verb_like
                and embedded is None
                and discourse is not None
                and _occasion_dated(ctx, trigger, discourse)
            )
        ):
            continue
        if noun and predicate is None and own is None and _topic_of_saying(ctx, trigger, cues):
            continue
        if timex is not None and (first := joined_before(ctx, timex)) is not None:
            # "between Christmas and New Year": the range from the first
            timex = first
        when = fuzzy_date(timex, joined(ctx, timex)) if timex is not None else None
        deadline = deadline_window(ctx, timex, when, published)
        when = deadline or when
        if when is None and embedded is not None:
            continue
        status = status_of(ctx, trigger, predicate, cues, when, published)
        if status is None:
            continue
        if deadline is not None:
            status = "scheduled"
        when = _clipped(when, status, published)
        actors = actors_of(ctx, trigger, embedded)
        if reacted is not None:
            # "Cambodian officials complained ... about a Thai army exercise": Thailand's
            actors = [m for m in actors if m.start >= reacted[1]] or actors
        if own is not None and timex is not None:
            # the relative clause names who held it, not the sentence's subject
            actors = [
                m for m in ctx.mentions if own[0] <= m.start < own[1] and not m.location
            ] or actors
        if caused is not None:
            # "in protest at Pyongyang's firing of a missile": its owner, named after the cause
            # words ("at" makes no place of it)
            actors = [
                m for m in ctx.mentions if caused <= m.start < trigger.start and not m.source
            ] or actors
        if (
            not actors
            and predicate is not None
            and _DEFINITE_SUBJECT.match(ctx.text, ctx.sentence.start, trigger.start)
        ):
            actors = list({m.name: m for m in previous if not m.location and not m.source}.values())
        # "Thousands of protesters marched": a crowd of no stated country gets the stand-in too
        may_stand_in = spec.type != "statement" and timex is not None and embedded is None
        crowd = bool(actors) and all(m.evidence == CROWD and m.country is None for m in actors)
        if crowd and may_stand_in and stand_in is not None:
            country = stand_in(ctx, trigger)
            actors += [country] if country is not None else []
        elif not actors and may_stand_in and stand_in is not None:
            country = stand_in(ctx, trigger)
            # "Peace talks opened in Kuwait on 21 April": those who hold the talks told before,
            # then the country of the place
            borrowed, named = (
                discourse.parties_of(ctx.text, ctx.sentence.start, ctx.sentence.end, spec.type)
                if discourse is not None
                else ((), False)
            )
            if (
                not named
                and country is not None
                and all(country.country != m.country for m in borrowed)
            ):
                # "Thousands took to the streets in Bogota": unnamed, and elsewhere than the
                # last protest told, so not the same people
                borrowed = ()
            actors = [moved(m, trigger.start, trigger.end, "coref") for m in borrowed]
            if (
                not borrowed
                and country is not None
                # "A bomb exploded in Kabul on 20 April": whoever struck is not told
                and spec.type != "attack"
            ):
                # "Wage talks broke down in Johannesburg on August 7": those the story is about
                actors = [
                    moved(m, trigger.start, trigger.end, "coref")
                    for m in {
                        m.name: m
                        for m in previous
                        if not m.location
                        and not m.source
                        and m.kind != "country"
                        # "Peruvian unions criticised it. Thousands marched in Bogota": others
                        and m.country in (None, country.country)
                    }.values()
                ]
            actors += [country] if country is not None else []
        if not actors:
            continue
        evidence = None
        if timex is not None:
            evidence = "relative" if timex.anchored_to_reference else "explicit"
        if when is None and discourse is not None:
            lo, hi = ctx.sentence.start, ctx.sentence.end
            seg_start, seg_end = segment(ctx, trigger.start)
            if ANTERIOR.match(ctx.text, seg_start):
                # "imposed sanctions at a summit on January 9, after the junta proposed ...": the
                # main clause's occasion is not the anterior clause's
                lo, hi = seg_start, seg_end
            when = discourse.date_for(
                ctx.text,
                lo,
                hi,
                [(m.start, m.name) for m in ctx.mentions if not m.source],
                [(t.start, fuzzy_date(t)) for t in ctx.timexes if usable(t)],
                saying=spec.type == "statement",
            )
            if (
                when is not None
                and spec.type == "statement"
                and status == "occurred"
                and published is not None
                and when.start > published
            ):
                # "said at the ceremony", told in the past: no occasion yet to come
                when = None
            if when is not None:
                evidence = "inferred"
                if published is not None and when.start > published and status == "occurred":
                    status = "scheduled"
        if (
            when is not None
            and spec.type == "statement"
            and published is not None
            and when.start > published
            and trigger.text.lower() in cues.past_sayings
        ):
            # "Cabinet is due to review fuel prices next Tuesday, an official said": the day is
            # the plan's; the saying is made already
            when = None
        if when is None and spec.type == "statement" and published is not None:
            when, evidence = said_today(ctx, trigger, published)
        if (
            when is None
            and spec.type == "statement"
            and (_stance(ctx, trigger) or _anonymous_source(ctx, trigger))
        ):
            continue
        kind = spec.type
        if (
            kind == "military_display"
            and predicate is not None
            and (struck := cues.strike.match(ctx.text, predicate)) is not None
            and not cues.test_target_after.match(ctx.text, struck.end())
        ):
            # "the missile hit the departure hall": a strike, not a test
            kind = "attack"
        elif kind == "military_display" and cues.fired_at.search(
            ctx.text,
            max(ctx.sentence.start, trigger.start - 40),
            min(ctx.sentence.end, trigger.end + FIRED_AT_REACH),
        ):
            # "fired more than 70 missiles at power plants": at a target that is no range
            kind = "attack"
        subjects = clause_subjects(ctx, trigger, actors, cues)
        if subjects and kind == "statement" and when is None:
            # "the council ended its mission after the government said it no longer wanted
            # peacekeepers": an undated saying in a clause of background is no news of its own
            continue
        principal = principal_of(actors, trigger, subjects)
        if (
            kind == "statement"
            and when is None
            and principal.kind == "group"
            and principal.name.lower() in name_words("bystander_groups")
        ):
            # "residents said", "witnesses told reporters": bystanders' undated words are the
            # story's sourcing, as an unnamed source's are
            continue
        if kind == "statement" and when is None and _private_person(ctx.text, principal):
            # "she said" of "Zsofia Kertesz, 44,": a private person's undated words
            continue
        mention = EventMention(
            type=kind,
            subtype=spec.subtype if kind == spec.type else None,
            sentence=ctx.sentence,
            trigger=trigger,
            actors=actors,
            principal=principal,
            date=when,
            date_evidence=evidence,
            status=status,
            location=place_of(ctx, trigger),
            plain=spec.plain,
            noun=spec.noun and not verb_like,
            triggers=[trigger.text],
            sentence_mentions=ctx.mentions,
            reported=(embedded is not None and embedded > ctx.sentence.start)
            or any(b < trigger.start for b in ctx.bare_complements),
        )
        _add(found, mention)
    mentions = _fold_exercise_strike(ctx, _fold_disaster(ctx, list(found.values())))
    mentions = _fold_collapse(ctx, mentions)
    mentions = _fold_plain_statements(mentions)
    mentions = _fold_saying_participle(ctx, mentions)
    mentions = _fold_into_visit(ctx, _fold_purpose(ctx, mentions))
    return _fold_decisions(ctx, cues, mentions)


def _not_an_event_by_its_words(ctx: SentenceContext, trigger: TriggerMatch, cues: Cues) -> bool:
    """ "meet NATO's spending target": the object says no event; "The contract ... calls for
    the delivery": a document's terms are no saying; "fired a missile at a decommissioned
    ship": a test, which the weapon's own trigger reports; "without any sign that", "did not
    respond": none of it."""
    objects = cues.objects_not_events.get(trigger.spec.lemma)
    if objects is not None and objects.match(ctx.text, trigger.end, ctx.sentence.end):
        return True
    if _NONE_BEFORE.search(ctx.text, max(ctx.sentence.start, trigger.start - 8), trigger.start):
        return True
    if _NEGATED_BEFORE.search(ctx.text, max(ctx.sentence.start, trigger.start - 30), trigger.start):
        return True
    if (
        trigger.spec.type == "attack"
        and trigger.spec.lemma.startswith("fire")
        and cues.not_target_after.match(ctx.text, trigger.end, ctx.sentence.end)
    ):
        return True
    return trigger.spec.type == "statement" and bool(
        cues.document_subject.match(ctx.text, ctx.sentence.start, trigger.start)
    )


#: ", and ...", ", but ...": a coordinated clause, with a subject and dates of its own.
_JOINED = re.compile(r",\s+(?:and|but)\s+")
#: How far after a verb a frequency may stand to make it a habit ("meets once a year").
HABIT_REACH = 25
#: "the weekly cabinet meeting": a frequency followed by a word that is no preposition.
_FREQUENCY_MODIFIES_NOUN = re.compile(
    r"\s+(?!(?:in|at|on|with|since|for|and|or|to|from|until|during|under|by|as|but)\b)[a-z]"
)
_FIRST_OCCASION = re.compile(r"\b(?:starting|beginning|from|first)\b", re.I)


#: Dates coarse enough to cover both a reaction and the event it reacts to.
COARSE = frozenset({"month", "season", "quarter", "half", "year"})


def _reacted_to(
    ctx: SentenceContext, trigger: TriggerMatch, cues: Cues
) -> tuple[Timex, int] | None:
    """ "complained last month about a Thai army exercise": the month of the complaint, and
    where the reaction's verb ends (the parties of the event are named after it).

    Only a month or coarser: a day's reaction may come days after what it reacts to.
    """
    seg_start, _ = segment(ctx, trigger.start)
    for reaction in ctx.triggers:
        if not (seg_start <= reaction.start < trigger.start) or reaction.spec.noun:
            continue
        if reaction.text.split()[0].lower() not in cues.reaction_verbs:
            continue
        timex = pick_date(ctx, reaction, True, None)
        if timex is not None and timex.start < trigger.start and timex.precision in COARSE:
            return timex, reaction.end
    return None


#: "the attack ... in November 2015, in which 20 people died": the clause after a noun.


def _toll_of(ctx: SentenceContext, trigger: TriggerMatch, cues: Cues) -> bool:
    """ "the attack on the hotel in November 2015, in which 20 people died": the attack's toll."""
    if trigger.text.split()[-1].lower() not in cues.casualty_verbs:
        return False
    seg_start, _ = segment(ctx, trigger.start)
    if not which_after_preposition(ctx.text, seg_start):
        return False
    return any(
        t.spec.noun
        and t.spec.type in ("attack", "other")
        and t.end <= seg_start
        and seg_start - t.end <= 80
        for t in ctx.triggers
    )


#: How far after "hosted" the event noun it hosts may stand.
HOSTED_REACH = 70
#: "hosted the annual multinational peacekeeping exercise": the noun is the verb's object.
_HOSTED_OBJECT = re.compile(
    r"\s+(?:the|a|an|its|their|this|that)\s+"
    r"(?:(?!(?:to|with|about|over|on|in|at|for|from|by|and)\b)[\w’'\"“”-]+\s+){0,4}"
)


def _hosts_another(ctx: SentenceContext, trigger: TriggerMatch) -> bool:
    """ "Mongolia hosted the annual exercise Khaan Quest": the exercise is the event, not a meeting."""
    if not trigger.text.lower().startswith("host"):
        return False
    return any(
        t.spec.noun
        and t.spec.type != trigger.spec.type
        and trigger.end < t.start <= trigger.end + HOSTED_REACH
        and _HOSTED_OBJECT.fullmatch(ctx.text, trigger.end, t.start)
        for t in ctx.triggers
    )


def _habitual(ctx: SentenceContext, trigger: TriggerMatch, cues: Cues) -> bool:
    """ "The committee meets once a year", "will meet every month": a habit, not an occasion.

    A frequency that describes a noun ("told the weekly cabinet meeting") is no habit of the
    verb, nor is one whose first occasion is dated ("every two weeks, starting on August 21").
    An adverb of habit before the verb of an undated sentence says the same ("Beijing has
    repeatedly denied").
    """
    seg_start, seg_end = segment(ctx, trigger.start)
    # "In December it handed over a boat, and the troops regularly train together": the date
    # is the first clause's; the coordinated clause is undated
    joined = [m.end() for m in _JOINED.finditer(ctx.text, seg_start, trigger.start)]
    clause_start = joined[-1] if joined else ctx.sentence.start
    if not any(usable(t) and t.start >= clause_start for t in ctx.timexes) and (
        cues.habit_end.search(ctx.text, max(seg_start, trigger.start - 30), trigger.start)
    ):
        return True
    return any(
        t.type == "SET"
        and trigger.end <= t.start <= trigger.end + HABIT_REACH
        and t.start < seg_end
        and not _FREQUENCY_MODIFIES_NOUN.match(ctx.text, t.end)
        and not _FIRST_OCCASION.search(ctx.text, t.end, seg_end)
        for t in ctx.timexes
    )


def _noun_predicate(
    ctx: SentenceContext, trigger: TriggerMatch, cues: Cues
) -> tuple[int | None, bool, TriggerMatch]:
    """What makes an event noun happen: its verb, whether it reads as one, and its date anchor.

    "talks were held on Monday" (a verb after it), "the visit ... and would now take place in
    October" (a coordinated verb), "held talks" (a light verb before it); a noun an adjective
    puts ahead ("the planned meeting") keeps its own date.
    """
    seg_start, seg_end = segment(ctx, trigger.start)
    happen = cues.happen.search(ctx.text, trigger.end, seg_end)
    if happen is not None and _undated_participle(ctx, trigger) is not None:
        # "The summit, hosted by Kenya, opened on Tuesday": the participle describes the noun;
        # the noun's own verb comes after the clause
        happen = None
    if happen is not None and _TO_BEFORE.search(
        ctx.text, max(0, happen.start() - 4), happen.start()
    ):
        # "the minefields left from their 1995 war together and to hold an exercise": an
        # infinitive that follows is another subject's verb
        happen = None
    # "a commission set up by the agreement is scheduled to meet": the agent is no subject
    agent = _AGENT_BEFORE.search(ctx.text, max(seg_start, trigger.start - 40), trigger.start)
    if (
        happen
        and agent is None
        and not any(trigger.end <= t.start < happen.start() for t in ctx.triggers)
        # "an army patrol opened fire": the verb is part of another trigger, not the noun's
        and not any(t.start == happen.start() and t.end > happen.end() for t in ctx.triggers)
        # "the results of the exercise, and the next edition will take place": another subject
        and not _NEW_CLAUSE.search(ctx.text, trigger.end, happen.start())
        # "condemned the manoeuvres as open intimidation": an adjective, not the noun's verb
        and not _ADJECTIVE_LEAD.search(ctx.text, max(0, happen.start() - 6), happen.start())
    ):
        return happen.start(), True, trigger
    after_relative = _happen_after_relative(ctx, trigger, cues) if not happen else None
    if after_relative is not None and agent is None:
        # "The exercise, which involves the Navy, the space forces and units of several
        # districts, began on February 10": the verb after the relative clause is the noun's
        anchor = replace(trigger, start=after_relative.start(), end=after_relative.end())
        return after_relative.start(), True, anchor
    coordinated = _coordinated_happen(ctx, trigger, cues, seg_end)
    if coordinated is not None:
        anchor = replace(trigger, start=coordinated.start(), end=coordinated.end())
        return coordinated.start(), True, anchor
    if cues.prospect_end.search(ctx.text, max(seg_start, trigger.start - 40), trigger.start):
        return None, False, trigger
    light = cues.light_end.search(
        ctx.text, max(seg_start, trigger.start - CUE_REACH), trigger.start
    )
    if light is not None and (
        (trigger.spec.type in STAGED_OR_HELD and _ANNOUNCES.match(light.group()))
        or (trigger.spec.type in STAGED and _NAMES.match(light.group()))
        # "called the deal 'a floor, not a ceiling'": a deal told before, named
        or (_NAMES.match(light.group()) and _DEFINITE_GAP.search(light.group()) is not None)
    ):
        # "announced the exercise on Jan. 14", "called the exercise a prelude to war": what was
        # said of an exercise or a meeting, not when it was held
        light = None
    occasion = _OCCASION_BEFORE.search(ctx.text, max(seg_start, trigger.start - 40), trigger.start)
    return None, bool(light or occasion), trigger


#: A change in a figure right after a verb: " up 2.4 percent", " 0.6 per cent", " by 3%".
_FIGURE_AFTER = re.compile(
    r"\s+(?:(?:up|down|higher|lower|by|nearly|almost|about|some)\s+)?[\d.,]+\s*"
    r"(?:percent|per\s+cent|%|percentage\s+points?|points?|basis\s+points)\b",
    re.IGNORECASE,
)
_RELATIVE_AFTER_NOUN = re.compile(r",\s+(?:which|who)\b")
#: A participle clause describing an event noun, after its "of" complement if any: "The trial
#: of Jonas Bartkus, held behind closed doors,", "The summit, hosted by Kenya,".
_PARTICIPLE_AFTER_NOUN = re.compile(r"(?:\s+of\s+[^,;]{1,60}?)?,\s+(?=(?:[a-z]+ed|held)\b)")
#: Right before a word: "as open", "an open", "the open": the word describes, it is no verb.
_ADJECTIVE_LEAD = re.compile(r"\b(?:as|an?|the)\s+$", re.IGNORECASE)
_COMMA = re.compile(r",\s+")
#: How far a relative clause after an event noun may run before the noun's own verb.
RELATIVE_REACH = 250


def _undated_participle(ctx: SentenceContext, trigger: TriggerMatch) -> re.Match[str] | None:
    """A participle clause right after an event noun that holds no date ("The summit, hosted by
    Kenya, opened on Tuesday"); one with a date ("the exercise, held in August") dates the noun."""
    participle = _PARTICIPLE_AFTER_NOUN.match(ctx.text, trigger.end)
    if participle is None:
        return None
    comma = _COMMA.search(ctx.text, participle.end(), ctx.sentence.end)
    end = comma.start() if comma is not None else ctx.sentence.end
    if any(usable(t) and participle.end() <= t.start < end for t in ctx.timexes):
        return None
    return participle


def _happen_after_relative(
    ctx: SentenceContext, trigger: TriggerMatch, cues: Cues
) -> re.Match[str] | None:
    """The verb that follows a non-restrictive relative clause right after an event noun."""
    relative = _RELATIVE_AFTER_NOUN.match(ctx.text, trigger.end) or _undated_participle(
        ctx, trigger
    )
    if relative is None:
        return None
    stop = min(ctx.sentence.end, relative.end() + RELATIVE_REACH)
    for comma in _COMMA.finditer(ctx.text, relative.end(), stop):
        verb = cues.happen.match(ctx.text, comma.end())
        if verb is not None:
            return verb
    return None


def _coordinated_happen(
    ctx: SentenceContext, trigger: TriggerMatch, cues: Cues, seg_end: int
) -> re.Match[str] | None:
    """A second verb of the event noun's clause, past its segment: "... and would now take place"."""
    match = cues.happen.search(ctx.text, seg_end, ctx.sentence.end)
    if match is None or any(
        trigger.end <= t.start < match.start() for t in ctx.triggers if t.spec.type != "statement"
    ):
        return None
    return (
        match
        if _AND_THEN.search(ctx.text, max(trigger.end, match.start() - 40), match.start())
        else None
    )


def _occasion_dated(ctx: SentenceContext, trigger: TriggerMatch, discourse: DiscourseDates) -> bool:
    """Whether the sentence opens by referring back to an occasion an earlier sentence dated."""
    return (
        discourse.date_for(
            ctx.text,
            ctx.sentence.start,
            trigger.start,
            [(m.start, m.name) for m in ctx.mentions if not m.source],
            [(t.start, fuzzy_date(t)) for t in ctx.timexes if usable(t)],
        )
        is not None
    )


#: After the relative clause's verb: "from <date> to <date>", a span of days.
_SPAN_AFTER = re.compile(r"\s*(?:from|between)\s+[^,;]{2,30}?\s+(?:to|and|until|through)\s+")
#: "the drill that X plan to stage next month": a restrictive clause up to its comma.
_THAT_RELATIVE = re.compile(r"\s+(?:that|which)\s+[^,;:\"“”]{2,80}")


def _own_relative(
    ctx: SentenceContext, trigger: TriggerMatch, cues: Cues
) -> tuple[int, int] | None:
    """A relative clause right after an event noun that tells it happened ("..., which X held").

    A restrictive one counts too: "the drill that Seoul and Washington plan to stage next month".
    """
    for lo, hi in ctx.relatives:
        # "a two-day meeting of senior PSI officials, which opened in Busan on Wednesday"
        near = 0 <= lo - trigger.end <= 1 or _NOUN_COMPLEMENT.fullmatch(ctx.text, trigger.end, lo)
        if near and cues.happen.search(ctx.text, lo, hi):
            return lo, hi
    that = _THAT_RELATIVE.match(ctx.text, trigger.end, ctx.sentence.end)
    happen = cues.happen.search(ctx.text, that.start(), that.end()) if that else None
    if that is not None and happen is not None:
        before = ctx.text[that.start() : happen.start()]
        # "that X will hold", "that X plan to stage": announced, not recalled
        if cues.scheduled_end.search(before) or cues.planned_end.search(before):
            return that.start(), that.end()
        # "the exercise that ran from Oct. 29 to Nov. 8": the noun's own span of days
        span_from = happen.start() + len(happen.group().rsplit(" from", 1)[0])
        if _SPAN_AFTER.match(ctx.text, span_from) and any(
            usable(t) and that.start() <= t.start < that.end() for t in ctx.timexes
        ):
            return that.start(), that.end()
        # "an exercise that began on Sunday", "Zapad, a large exercise that Russia and Belarus
        # staged last September": the clause's verb comes first or right after its named
        # parties, so it tells the noun's own occasion
        subject = ctx.text[that.start() : happen.start()]
        opener = _THAT_OPENER.match(subject)
        if (
            opener is not None
            # "four days of shelling that began on January 31": fighting has its own days too
            and trigger.spec.type in (*STAGED, "attack")
            # "wrapped up their training last Thursday, an exercise that began on March 8":
            # an apposition restates the event told before it, with its own dates
            and not (
                _APPOSITION.search(
                    ctx.text, max(ctx.sentence.start, trigger.start - 40), trigger.start
                )
                and any(
                    t.spec.type == trigger.spec.type and t.start < trigger.start
                    for t in ctx.triggers
                )
            )
            and _only_parties(ctx, that.start() + opener.end(), happen.start())
        ):
            return that.start(), that.end()
    return None


#: Event nouns a "that" clause may tell the occasion of: what is staged ("the drills that
#: Russia and Belarus staged"); a deal or a meeting "that X signed/held" is usually told again.
STAGED = frozenset({"exercise", "military_display"})
_TO_BEFORE = re.compile(r"\bto\s+$")
#: What may stand between an event noun and its relative clause: "of senior PSI officials, ".
_NOUN_COMPLEMENT = re.compile(
    r"\s+(?:of|between|among|on)\s+[^,;:()]{1,80}?,?\s*"
    # 'the NATO exercise "Dynamic Mix 2000", which is to be held'
    r"|\s+[\"“][^\"“”]{1,40}[\"”],?\s*"
    # "a large exercise, Steadfast Resolve 2026, which is due to begin on Feb. 23"
    r"|,\s+(?:[A-Z][\w'’-]*\s+){0,4}(?:[A-Z][\w'’-]*|\d{2,4})\s*"
)
#: Event nouns that are held or staged, for which a verb of telling is no light verb.
STAGED_OR_HELD = frozenset({"exercise", "military_display", "meeting", "visit"})
_ANNOUNCES = re.compile(r"(?:announced|announce|announces|told|tell|tells)\b", re.I)


def _document_name_start(ctx: SentenceContext, trigger: TriggerMatch) -> int | None:
    """Where the title that ``trigger`` ends starts ("Indus Waters Treaty"), when the trigger is
    the capitalised last word of a title of two words or more inside the sentence."""
    if not trigger.text[:1].isupper():
        return None
    start = trigger.start
    for word in reversed(_TITLE_WORDS.findall(ctx.text, ctx.sentence.start, trigger.start)):
        if not word[:1].isupper():
            break
        start -= len(word)
    return start if ctx.sentence.start < start < trigger.start else None


#: The words and the spaces after them before a trigger, for ``_document_name_start``.
_TITLE_WORDS = re.compile(r"\S+\s+")
#: "the Indus Waters Treaty of 1960": the title's own year after it.
_OF_AFTER_TITLE = re.compile(r"\s+of\s+")


_TOLD_OBJECT = re.compile(
    r"\b(?:announced|announces|unveiled|called|confirmed|disclosed|revealed)\s+"
    r"(?:the|a|an|its|their|this|that)\s+(?:[\w’'-]+\s+){0,3}$",
    re.I,
)
#: "called the exercise a prelude to war" (a meeting "called" is convened).
_NAMES = re.compile(r"(?:called|call|calls)\b", re.I)
#: "the", "this": a definite article between "called" and its event noun, told before.
_DEFINITE_GAP = re.compile(r"\s(?:the|this)\s", re.I)
_RESTATED = re.compile(
    r",\s+(?:the|its|their)\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?:first|largest|biggest|latest|such|only)\s+(?:[\w’'-]+\s+){0,2}$"
)
_APPOSITION = re.compile(r",\s+(?:a|an)\s+(?:[\w’'-]+\s+){0,3}$")
_THAT_OPENER = re.compile(r"\s+that\s+")
_PARTY_JOINERS = re.compile(r"(?:\s|,|\band\b|\bthe\b|\bits\b|\btheir\b)*")


def _only_parties(ctx: SentenceContext, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds nothing but named actors and the words joining them."""
    cursor = start
    for mention in sorted(ctx.mentions, key=lambda m: m.start):
        if mention.end <= start or mention.start >= end:
            continue
        if not _PARTY_JOINERS.fullmatch(ctx.text, cursor, mention.start):
            return False
        cursor = max(cursor, mention.end)
    return bool(_PARTY_JOINERS.fullmatch(ctx.text, cursor, end))


def _not_an_event(
    ctx_text: str, trigger: TriggerMatch, fixed: list[tuple[int, int]], rehearsal: list[int]
) -> bool:
    """A trigger in a fixed phrase that names no event, or an event noun that is only rehearsed.

    "at the request of the United States", "a legitimate exercise of its right",
    "a live-fire drill simulating an assault" (``rehearsal`` holds where such words end).
    """
    if any(lo < trigger.end and trigger.start < hi for lo, hi in fixed):
        return True
    # only the rehearsed noun itself: "staged mock battles in drills" still holds drills
    if (
        trigger.spec.noun
        and trigger.spec.type != "exercise"
        and any(
            0 <= trigger.start - end <= 40
            and _REHEARSED_OBJECT.fullmatch(ctx_text, end, trigger.start)
            for end in rehearsal
        )
    ):
        return True
    # "practised rescuing a ship on fire, freeing a hijacked vessel, firing at aerial targets"
    return trigger.text.split()[0].lower().endswith("ing") and any(
        0 <= trigger.start - end <= REHEARSED_LIST_REACH
        and _REHEARSED_LIST.fullmatch(ctx_text, end, trigger.start)
        for end in rehearsal
    )


def _manner_participle(ctx: SentenceContext, trigger: TriggerMatch) -> bool:
    """A travel participle after a comma that tells how an earlier action went.

    "stormed the base at dawn, arriving in pickup trucks": one attack, not a visit; "rallied
    outside parliament, demanding ..." (``crowd_participles`` in names.yaml): one protest.
    ("landed on Monday, meeting the president" still reports a meeting.)
    """
    if trigger.spec.type not in ("visit", "statement"):
        return False
    first = trigger.text.split(maxsplit=1)[0].lower()
    saying = trigger.spec.type == "statement"
    if not first.endswith("ing") or (saying and first not in name_words("crowd_participles")):
        return False
    if not _COMMA_BEFORE.search(
        ctx.text, max(ctx.sentence.start, trigger.start - 3), trigger.start
    ):
        return False
    # "rallied outside parliament, demanding his resignation": what a crowd demanded as it
    # protested is the protest, not a saying of its own
    return any(
        t.end <= trigger.start
        and t.spec.type not in ("statement", trigger.spec.type)
        and (not saying or t.spec.type == "other")
        for t in ctx.triggers
    )


@cache
def _with_noun_before() -> re.Pattern[str]:
    """ "with some 80,000 soldiers and police ": "with", a noun group and no verb, before a
    participle."""
    return re.compile(rf"\bwith\s+(?:{count_modifiers()}\s+)?[\d,]*\s*(?:[a-z]+\s+){{1,4}}$", re.I)


#: A place or the clause's end after a participle ("deployed around polling stations", "...
#: deployed."), not its object ("met with officials and signed an accord").
_PLACE_OR_END_AFTER = re.compile(
    r"\s*[,.;]|\s+(?:around|in|at|on|near|along|across|outside|inside|throughout|over)\b"
)


def _reduced_relative(ctx: SentenceContext, trigger: TriggerMatch, cues: Cues) -> bool:
    """A participle that describes a noun, not an event: "the deals signed by his predecessors".

    Also "migrants arriving in Italy" and "Tunisians who arrived before April 5".
    """
    words = trigger.text.split()
    if trigger.spec.type == "visit":
        plural = _PLURAL_BEFORE.search(
            ctx.text, max(ctx.sentence.start, trigger.start - 30), trigger.start
        )
        if plural is not None and (
            # "Tunisians who arrived before April 5": who they are, not a visit
            plural.group("who")
            or (
                words[0].lower().endswith("ing")
                and plural.group(1).islower()
                and plural.group(1).lower() not in cues.passive_before
            )
        ):
            return True
    if len(words) != 1 or not words[0].endswith("ed"):
        return False
    if _with_noun_before().search(
        ctx.text, max(ctx.sentence.start, trigger.start - 50), trigger.start
    ) and _PLACE_OR_END_AFTER.match(ctx.text, trigger.end):
        # "with some 80,000 soldiers and police deployed around polling stations": how things
        # stood, not an event
        return True
    head = _WORD_BEFORE.search(ctx.text, max(ctx.sentence.start, trigger.start - 20), trigger.start)
    if head is not None and head.group(1).lower() in cues.participle_heads:
        # "the release of everyone detained"
        return True
    if (
        not _BY_AFTER.match(ctx.text, trigger.end)
        and not _OF_AFTER.match(ctx.text, trigger.end)
        and not (
            # "the 43 civilians killed in an air strike": the strike is the event
            _IN_EVENT_AFTER.match(ctx.text, trigger.end)
            and any(t.start > trigger.end and t.spec.noun for t in ctx.triggers)
        )
    ):
        return False
    before = _WORD_BEFORE.search(
        ctx.text, max(ctx.sentence.start, trigger.start - 30), trigger.start
    )
    if before is not None and any(
        t.spec.noun and t.spec.type == trigger.spec.type and t.end == before.end(1)
        for t in ctx.triggers
    ):
        # "an accord signed in Abuja on November 1": the participle tells when its own event
        # noun happened
        return False
    return before is not None and before.group(1).lower() not in cues.passive_before


def _fold_disaster(ctx: SentenceContext, mentions: list[EventMention]) -> list[EventMention]:
    """Drop an attack when the sentence names a disaster: "a quake struck ..., killing 300"."""
    if not any(t.spec.subtype == "disaster" for t in ctx.triggers):
        return mentions
    return [m for m in mentions if m.type != "attack"]


#: How far (characters) after a fired weapon its target may be named.
FIRED_AT_REACH = 120
#: How far (characters) a collapse verb may stand after the noun that falls apart.
COLLAPSE_REACH = 60


def _fold_collapse(ctx: SentenceContext, mentions: list[EventMention]) -> list[EventMention]:
    """Drop the talks that a collapse names: "The talks collapsed on 6 August".

    Only when the collapse is all that dates them: talks that resume later stay.
    """
    collapses = [m for m in mentions if m.subtype == "collapse" and not m.trigger.spec.noun]
    if not collapses:
        return mentions
    # the talks must be what the sentence is about: its first event noun, not a summit
    # named on the way ("A truce agreed at the summit collapsed")
    first = min(t.start for t in ctx.triggers)
    return [
        m
        for m in mentions
        if not (
            m.trigger.spec.noun
            and m.trigger.start == first
            # a truce that was agreed and then collapsed was still agreed
            and m.type == "meeting"
            # "Talks ..., which broke down last month, will resume on December 20" go on
            and any(
                0 <= c.trigger.start - m.trigger.end <= COLLAPSE_REACH and c.date == m.date
                for c in collapses
            )
        )
    ]


def _fold_exercise_strike(ctx: SentenceContext, mentions: list[EventMention]) -> list[EventMention]:
    """Drop a strike named after an exercise in its clause, on its day: part of the drill
    ("the exercise will end with a combined strike on June 16")."""
    drills = [m for m in mentions if m.type == "exercise"]
    return [
        m
        for m in mentions
        if not (
            m.type == "attack"
            and m.trigger.spec.noun
            and any(
                d.trigger.end <= m.trigger.start
                and segment(ctx, d.trigger.start) == segment(ctx, m.trigger.start)
                and not _NEW_CLAUSE.search(ctx.text, d.trigger.end, m.trigger.start)
                and d.date == m.date
                for d in drills
            )
        )
    ]


def _take_actors(into: EventMention, other: EventMention) -> None:
    """Add the actors of a folded mention to the one it folds into, without repeats."""
    for actor in other.actors:
        if actor not in into.actors:
            into.actors.append(actor)


#: ", touring a naval academy and holding talks": participles that go on with the visit.
_PARTICIPLE_CHAIN = re.compile(r",\s+[a-z]+ing\b[^.;:]*$|,\s+(?:and\s+)?$")
_WHERE = re.compile(r"where\b")
# "arrived in Minsk on Monday and held talks with": the next verb of the same clause
_AND_NEXT_VERB = re.compile(r"[^,;:.]*\s+and\s+(?:then\s+|later\s+)?$")


def _fold_into_visit(ctx: SentenceContext, mentions: list[EventMention]) -> list[EventMention]:
    """Drop what a visitor did during the visit told in the same sentence.

    "visited China in April, touring a naval academy and holding talks with military
    leaders", "visited the naval base at Subic Bay, where he inspected pier facilities",
    "arrived for a five-day visit, during which they met Cabinet officials".
    """

    def during(visit: EventMention, mention: EventMention) -> bool:
        clause = segment(ctx, mention.trigger.start)[0]
        return (
            mention.type in ("meeting", "other")
            and (mention.date is None or mention.date == visit.date)
            and (
                (
                    mention.trigger.text.split()[0].lower().endswith("ing")
                    and _PARTICIPLE_CHAIN.search(ctx.text, visit.trigger.end, mention.trigger.start)
                    is not None
                )
                or _WHERE.match(ctx.text, clause) is not None
                or which_after_preposition(ctx.text, clause)
                or (
                    mention.type == "meeting"
                    and not mention.noun
                    and mention.date == visit.date
                    and _AND_NEXT_VERB.match(ctx.text, visit.trigger.end, mention.trigger.start)
                    is not None
                )
            )
        )

    return _fold_parts_of_visit(mentions, during)


def _fold_purpose(ctx: SentenceContext, mentions: list[EventMention]) -> list[EventMention]:
    """Drop a meeting that is the purpose of a visit in the same sentence ("travel to X for talks")."""

    def purpose(visit: EventMention, mention: EventMention) -> bool:
        return (
            mention.type == "meeting"
            and mention.date == visit.date
            and (
                _PURPOSE_BEFORE.search(
                    ctx.text[
                        max(ctx.sentence.start, mention.trigger.start - 40) : mention.trigger.start
                    ]
                )
                # "travel to Lima next month to review the programme and meet the president"
                or _PURPOSE_CHAIN.search(
                    ctx.text,
                    max(visit.trigger.end, mention.trigger.start - 100),
                    mention.trigger.start,
                )
            )
            is not None
        )

    return _fold_parts_of_visit(mentions, purpose)


def _fold_parts_of_visit(
    mentions: list[EventMention], part: Callable[[EventMention, EventMention], bool]
) -> list[EventMention]:
    """Fold into the sentence's visit each later mention ``part(visit, mention)`` says is part of it."""
    visit = next((m for m in mentions if m.type == "visit"), None)
    if visit is None:
        return mentions
    out = []
    for mention in mentions:
        if mention.trigger.start > visit.trigger.end and part(visit, mention):
            _take_actors(visit, mention)
            continue
        out.append(mention)
    return out


def _fold_saying_participle(
    ctx: SentenceContext, mentions: list[EventMention]
) -> list[EventMention]:
    """Drop ", saying ..." after another saying: it goes on with the same statement."""
    out = []
    for mention in mentions:
        first = mention.trigger.text.split()[0].lower()
        if (
            mention.type == "statement"
            and first.endswith("ing")
            and _COMMA_BEFORE.search(
                ctx.text, max(0, mention.trigger.start - 3), mention.trigger.start
            )
            and any(
                o.type == "statement" and o.trigger.end <= mention.trigger.start for o in mentions
            )
        ):
            continue
        out.append(mention)
    return out


def _fold_decisions(
    ctx: SentenceContext, cues: Cues, mentions: list[EventMention]
) -> list[EventMention]:
    """Drop "agreed" or "voted" before "to" and the event it decides ("agreed to meet again"),
    and "agreed" as the outcome of the talks the sentence reports ("held phone talks on
    Friday, and the three agreed to ...")."""
    out = []
    for mention in mentions:
        talks = next(
            (
                o
                for o in mentions
                if mention.type == "agreement"
                and not mention.noun
                and mention.trigger.spec.lemma.startswith("agree")
                and o.type == "meeting"
                and o.trigger.end <= mention.trigger.start
                and (mention.date is None or o.date == mention.date)
            ),
            None,
        )
        if talks is not None:
            _take_actors(talks, mention)
            continue
        decided = next(
            (
                o
                for o in mentions
                if mention.type in DECIDING
                and not mention.noun
                and o.type in DECIDED
                and o.trigger.start > mention.trigger.end
                and cues.decision_end.match(ctx.text, mention.trigger.start, o.trigger.start)
                # "agreed on Wednesday to start joint patrols": no date of its own, no event
                and (
                    o.date is not None
                    or mention.trigger.text.split()[0].lower() not in cues.promise
                )
                # what is decided cannot come before the deciding
                and not (
                    o.date is not None
                    and mention.date is not None
                    and o.date.end < mention.date.start
                )
            ),
            None,
        )
        if decided is None:
            out.append(mention)
            continue
        _take_actors(decided, mention)
    return out


def _add(found: dict[str, EventMention], mention: EventMention) -> None:
    """Fold ``mention`` into the sentence's event of its type and date, or keep it apart.

    "killed in an ambush last week, and forces launched an offensive on September 25" are two
    attacks; "test-fired a missile on Wednesday, three days after India launched its Agni
    missile" folds the missile into the launch of its own date.
    """
    same_type = [key for key, m in found.items() if m.type == mention.type]
    key = next(
        (k for k in same_type if found[k].date == mention.date),
        next(
            (k for k in same_type if found[k].date is None or mention.date is None),
            None,
        ),
    )
    if key is None:
        found[mention.type if not same_type else f"{mention.type}@{mention.trigger.start}"] = (
            mention
        )
        return
    current = found[key]
    current.triggers.append(mention.trigger.text)
    if current.date is None and mention.date is not None:
        mention.triggers = current.triggers
        mention.subtype = mention.subtype or current.subtype
        found[key] = mention
        return
    current.subtype = current.subtype or mention.subtype
    current.plain = current.plain and mention.plain
    current.location = current.location or mention.location
    _take_actors(current, mention)


#: "one diplomat", "a senior official", "another Western envoy": a source counted, not named.
_UNNAMED_SOURCE = r"(?:a|an|one|another)\s+(?:[\w-]+\s+){{0,3}}?(?:{nouns})"


@cache
def _anonymous() -> re.Pattern[str]:
    """ "one diplomat said", "a senior official in Kabul told reporters": an unnamed source."""
    nouns = "|".join(sorted(name_words("anonymous_sources")))
    return re.compile(
        r"\b"
        + _UNNAMED_SOURCE.format(nouns=nouns)
        + r"(?:\s+(?:in|at|from|of|with|who)\b[^,.;]{0,60})?\s*,?\s*$",
        re.I,
    )


@cache
def _anonymous_after() -> re.Pattern[str]:
    """ "said one Singapore-based analyst": an unnamed source named after its saying."""
    nouns = "|".join(sorted(name_words("anonymous_sources")))
    return re.compile(r"\s+" + _UNNAMED_SOURCE.format(nouns=nouns) + r"\b", re.I)


#: "Elena Munteanu, 67,", "a 34-year-old secretary": a private person, told by their age.
_AGED = re.compile(r",\s+\d{1,2},|\b\d{1,2}-year-old\b")


def _private_person(text: str, speaker: Mention) -> bool:
    """Whether the story introduced a speaker by their age ("Zsofia Kertesz, 44,"), as it
    does a private person."""
    if speaker.kind != "person":
        return False
    at = text.find(speaker.name)
    while at != -1:
        if _AGE_AFTER.match(text, at + len(speaker.name)):
            return True
        at = text.find(speaker.name, at + 1)
    return False


#: An age after a name: "Zsofia Kertesz, 44,".
_AGE_AFTER = re.compile(r",\s+\d{1,2},")


def _anonymous_source(ctx: SentenceContext, trigger: TriggerMatch) -> bool:
    """Whether an undated saying's speaker is unnamed and alone ("one diplomat said") or a
    private person ("said Elena Munteanu, 67, in Sendreni")."""
    lo = max(ctx.sentence.start, trigger.start - 120)
    return (
        _anonymous().search(ctx.text, lo, trigger.start) is not None
        or _anonymous_after().match(ctx.text, trigger.end, ctx.sentence.end) is not None
        or _AGED.search(ctx.text, trigger.start, min(ctx.sentence.end, trigger.end + 80))
        is not None
        or _AGED.search(ctx.text, lo, trigger.start) is not None
    )


def _stance(ctx: SentenceContext, trigger: TriggerMatch) -> bool:
    """Whether an undated saying is in the present ("Turkey says 3,000 fighters use bases
    there", "Somali officials insist", "a finding Pyongyang rejects") or the present perfect
    ("China has said it will not take part"): a position held rather than a saying on one day.
    A habit of saying ("has repeatedly denied") is a habit: see ``_habitual``."""
    if trigger.spec.noun:
        return False
    lo = max(ctx.sentence.start, trigger.start - 12)
    if _PERFECT_BEFORE.search(ctx.text, lo, trigger.start):
        return True
    first = trigger.text.split()[0].lower()
    # neither past ("said", "denied") nor a participle, and no modal or "to" before it
    return (
        not first.endswith(("ed", "ing", "en"))
        and first not in _irregular_past_forms()
        and not _MODAL_BEFORE.search(ctx.text, lo, trigger.start)
    )


#: A modal or "to" before a verb: the verb is no present tense ("will warn", "to insist").
_MODAL_BEFORE = re.compile(
    r"\b(?:will|would|could|can|may|might|must|should|shall|to|did|do|does)\s+(?:not\s+)?$", re.I
)


@cache
def _irregular_past_forms() -> frozenset[str]:
    """Past forms that do not end in "-ed" ("said", "told", "spoke")."""
    # "said" is listed as a trigger of its own, not among the headline's irregular pasts
    return frozenset(irregular_pasts()) | {"said"}


#: "China has said", "Moscow has welcomed": a saying at no stated time, a position it holds.
_PERFECT_BEFORE = re.compile(r"\b(?:has|have)\s+(?:also\s+)?$", re.I)


def _fold_plain_statements(mentions: list[EventMention]) -> list[EventMention]:
    """Drop a plain saying when the sentence reports another action by the same actor, and an
    undated saying that only reports a dated action of its speaker."""
    others = [m for m in mentions if m.type != "statement"]
    out = []
    for mention in mentions:
        if (
            mention.type == "statement"
            and mention.date is None
            and any(
                o.reported
                and o.date is not None
                and o.trigger.start > mention.trigger.end
                and (o.principal.name == mention.principal.name or mention.principal in o.actors)
                for o in others
            )
        ):
            # "Delhi Police said they had detained Bhatti on Wednesday": the undated saying only
            # carries the dated action it reports
            continue
        if (
            mention.type == "statement"
            and (mention.plain or _participle_after(mention, others) or _announces(mention, others))
            and any(
                (o.principal.name == mention.principal.name or mention.principal in o.actors)
                and not (o.reported and o.trigger.start > mention.trigger.end)
                # "will impose tariffs from April 1, the minister said on Wednesday": two days
                and not (
                    mention.date is not None
                    and o.date is not None
                    and o.date.start > mention.date.end
                )
                # "raided farmhouses on Tuesday ..., the military said in a statement on
                # Wednesday": a saying dated a day of its own is news of its own
                and not (
                    mention.date is not None
                    and o.date is not None
                    and o.date.end < mention.date.start
                )
                for o in others
            )
        ):
            continue
        out.append(mention)
    return out


#: How far after an announcing verb (characters) the event it announces may start ("announced
#: coordinated measures on Monday, banning the import of ...").
ANNOUNCE_REACH = 60


def _announces(mention: EventMention, others: list[EventMention]) -> bool:
    """Whether a saying announces or calls for another event of the sentence, dated as it is
    ("announced asset freezes", "called for a national strike next Monday")."""
    return mention.subtype in ("announcement", "appeal") and any(
        0 <= o.trigger.start - mention.trigger.end <= ANNOUNCE_REACH and o.date == mention.date
        for o in others
    )


def _participle_after(mention: EventMention, others: list[EventMention]) -> bool:
    """Whether a saying is a participle after an action ("adopted a declaration calling for ...")."""
    first = mention.trigger.text.split()[0].lower()
    return first.endswith("ing") and any(
        o.trigger.end <= mention.trigger.start and o.date == mention.date for o in others
    )
