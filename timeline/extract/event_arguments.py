"""An event's arguments read from its sentence: who took part, who led, where, and whether it happened."""

from __future__ import annotations

import re
from datetime import date

from timeline.extract.clauses import SentenceContext, reported, segment
from timeline.extract.crowds import CROWD
from timeline.extract.cues import DECIDED, Cues
from timeline.extract.mentions import Mention, name_words
from timeline.extract.phrases import compile_phrases, holding
from timeline.extract.triggers import TriggerMatch
from timeline.model import FuzzyDate

#: A place after "in", "at", "outside" or "near", tried only where one of those words starts.
_LOCATION = holding(
    r"\b(?:in|at|outside|near)\s+(?:the\s+)?"
    # "in the southern Thai town of Sungai Kolok", "in the Ethiopian capital, Addis Ababa"
    r"(?:(?:[a-z]+\s+)?(?:[A-Z][\w’'-]*\s+)?(?:capital|town|city|village|port|province|region|district)(?:\s+of|,)?\s+)?"
    r"((?:[A-Z][\w’'.-]*)(?:\s+(?:of\s+the\s+|of\s+)?[A-Z][\w’'.-]*)*)(?:,\s+((?:[A-Z][\w’'.-]*)(?:\s+[A-Z][\w’'.-]*)*))?",
    compile_phrases(["in", "at", "outside", "near"]),
    leads=True,
)
_PLACE_AFTER = re.compile(
    r"\s+(?:the\s+)?(?:(?:[a-z]+\s+){0,3}?(?:of|in)\s+(?:the\s+)?)?((?:[A-Z][\w’'.-]*)(?:\s+[A-Z][\w’'.-]*)*)"
)


#: How far back (characters) a cue before a trigger can start ("is scheduled to be held").
CUE_REACH = 90
#: Words between a modal and the event noun it makes a guess of ("could move on to a test").
SPECULATION_REACH = 6


def place_of(ctx: SentenceContext, trigger: TriggerMatch) -> str | None:
    seg_start, seg_end = segment(ctx, trigger.start)
    spans = [(t.start, t.end) for t in ctx.timexes]
    if trigger.spec.type == "visit" and not trigger.spec.noun:
        # "arrived in the ROK", "visited the border town of Medininkai": the place visited
        visited = _PLACE_AFTER.match(ctx.text, trigger.end, seg_end)
        if visited and not any(s <= visited.start(1) < e for s, e in spans):
            country = next(
                (m for m in ctx.mentions if m.start == visited.start(1) and m.kind == "country"),
                None,
            )
            if country is not None and not country.source:
                return country.name
            return visited.group(1).rstrip(".,;:’'")
    for lo, hi in ((trigger.end, seg_end), (ctx.sentence.start, ctx.sentence.end)):
        for match in _LOCATION.finditer(ctx.text, lo, hi):
            place_start = match.start(1)
            if any(s <= place_start < e for s, e in spans):
                continue
            place = match.group(1)
            if (
                not _is_place(ctx, place, place_start)
                or _demonym_before_noun(ctx, place, place_start)
                # "in protest at North Korea's missile launch": an owner, not a place
                or place.endswith(("'s", "’s"))
            ):
                continue
            second = match.group(2)
            if second and any(
                m.start == match.start(2) and m.kind == "country" for m in ctx.mentions
            ):
                place = f"{place}, {second}"
            return place.rstrip(".,;:’'")
    return None


#: The word after a place name: "the Guyanese border" names no place called "Guyanese".
_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")


def _demonym_before_noun(ctx: SentenceContext, place: str, start: int) -> bool:
    """Whether a country's adjective modifies a common noun ("near the Sudanese border")."""
    after = _WORD_AFTER.match(ctx.text, start + len(place))
    if after is None or after.group(1) in name_words("place_words_after"):
        return False
    return any(
        m.start == start and m.end == start + len(place) and m.evidence == "adjective"
        for m in ctx.mentions
    )


def _is_place(ctx: SentenceContext, place: str, start: int) -> bool:
    """Whether "in/at <place>" names a place, not an organisation ("at the Hudson Institute")."""
    if any(word in name_words("organization_heads") for word in place.split()):
        return False
    return not any(
        m.kind != "country" and m.start <= start < m.end for m in ctx.mentions if not m.location
    )


def status_of(
    ctx: SentenceContext,
    trigger: TriggerMatch,
    predicate: int | None,
    cues: Cues,
    when: FuzzyDate | None,
    published: date | None,
) -> str | None:
    """occurred, scheduled or planned; None when the trigger is hypothetical or negated."""
    seg_start, _ = segment(ctx, trigger.start)
    stop = predicate if predicate is not None else trigger.start
    # the cue patterns end at the trigger: the last words are all they can match (searched in
    # the text itself, so that phrase lists read the focused sentence by its words)
    text, lo = ctx.text, max(seg_start, stop - CUE_REACH)
    before = text[lo:stop]
    if cues.negation_end.search(text, lo, stop):
        return None
    if (
        trigger.spec.type != "statement"
        and cues.conditional_opener.match(ctx.text, ctx.sentence.start)
        # "If it does not, ... the Body, which next meets on October 19": a relative clause
        # tells a fact of its noun, whatever the condition
        and not any(lo <= trigger.start < hi for lo, hi in ctx.relatives)
    ):
        # "If the crackdown continues, ... they will boycott the elections"
        return None
    if trigger.spec.type in DECIDED and cues.decision_end.search(text, lo, stop):
        # "agreed to meet again in September", "voted yesterday to impose an embargo"
        future = when is None or (published is not None and when.start > published)
        return "scheduled" if future else "occurred"
    if cues.planned_end.search(text, lo, stop):
        return "planned"
    if cues.scheduled_end.search(text, lo, stop):
        return "scheduled"
    if (
        when is not None
        and cues.reported_future_end.search(text, lo, stop)
        and reported(ctx, trigger)
    ):
        return "scheduled"
    if cues.irrealis_end.search(text, lo, stop) and not trigger.spec.noun:
        return None
    if trigger.spec.noun and _speculative(ctx, trigger, cues, stop - len(before), before):
        # "the North could move on to a nuclear test later this year": a guess, not a plan
        return None
    if when is not None and published is not None and when.start > published:
        return "scheduled"
    return "occurred"


def _speculative(
    ctx: SentenceContext, trigger: TriggerMatch, cues: Cues, offset: int, before: str
) -> bool:
    """Whether a modal of guessing governs an event noun, with no saying in between.

    "could move on to a seventh nuclear test" is a guess; "a spokesman who could not be
    named said the summit was held" is not.
    """
    modals = list(cues.speculative.finditer(before))
    found = modals[-1] if modals else None
    if found is None or len(before[found.end() :].split()) > SPECULATION_REACH:
        return False
    modal = offset + found.start()
    return not any(
        t.spec.type == "statement" and modal < t.start < trigger.start for t in ctx.triggers
    )


#: A reported clause whose subject is owned by a pronoun ("that its board would", "their
#: lawyers will").
_OWNER_OPENS = re.compile(r"\s*(?:that\s+)?(?:its|their|his|her)\s", re.I)


def actors_of(ctx: SentenceContext, trigger: TriggerMatch, embedded: int | None) -> list[Mention]:
    _, seg_end = segment(ctx, trigger.start)
    lo = embedded if embedded is not None else ctx.sentence.start
    hi = seg_end
    if trigger.spec.type == "statement" and not trigger.spec.noun:
        opener = next((c for c in ctx.complements if c >= trigger.end), None)
        quote_after = next((s for s, _ in ctx.quotes if s >= trigger.end), None)
        hi = min(x for x in (opener, quote_after, ctx.sentence.end) if x is not None)
    if ctx.tail is not None and trigger.start < ctx.tail:
        hi = min(hi, ctx.tail)
    usable_mentions = [m for m in ctx.mentions if not m.location and not m.source]
    found = [m for m in usable_mentions if lo <= m.start < hi]
    if not found and embedded is not None:
        found = usable_mentions
    elif embedded is not None and _OWNER_OPENS.match(ctx.text, embedded):
        # "Karoo Metals said its board would meet next week": the owner is the speaker
        speakers = [m for m in usable_mentions if m.start < embedded and m not in found]
        found = speakers + found
    if found and trigger.spec.type == "visit":
        # "would make a state visit to Britain": the country visited is a party to the visit
        named = {f.name for f in found}
        found += [
            m
            for m in ctx.mentions
            if m.location
            and m.kind == "country"
            and trigger.end <= m.start < hi
            and m.name not in named
        ]
    return found


def clause_subjects(
    ctx: SentenceContext, trigger: TriggerMatch, actors: list[Mention], cues: Cues
) -> list[Mention]:
    """The actors between a subordinate clause's word and its verb: "three days after India launched"."""
    if trigger.spec.noun:
        return []
    start, _ = segment(ctx, trigger.start)
    if start == ctx.sentence.start:
        return []
    opener = ctx.text[start : start + 12].split()
    if (
        not opener
        or opener[0].lower() not in cues.subordinators
        or "," in ctx.text[start : trigger.start]
    ):
        # "after guards shot two villagers, officials said, as residents blocked a road": the
        # verb is past the clause's end
        return []
    return [m for m in actors if start <= m.start < trigger.start]


def principal_of(actors: list[Mention], trigger: TriggerMatch, subjects: list[Mention]) -> Mention:
    """The actor the event is about: the clause's own subject, else the first person, body or party."""
    # "when both leaders attend": a group says less than the names before it
    own = [m for m in subjects if m.evidence not in ("group", CROWD)]
    if own:
        return next((m for m in own if m.kind == "person"), own[0])
    named = [m for m in actors if m.evidence not in ("group", CROWD)]
    if subjects and not named:
        # "The council ended its mission after the government said": with no name anywhere,
        # the clause's own group
        return subjects[0]
    subject = [m for m in actors if m.start < trigger.start]
    if subject and not any(m in named for m in subject):
        # "the two sides exchanged prisoners in a swap arranged by the Red Cross": the group leads
        named = subject
    actors = named or actors
    before = [m for m in actors if m.start < trigger.start]
    after = [m for m in actors if m.start >= trigger.start]
    for group in (before, after):
        people = [m for m in group if m.kind == "person"]
        if not people and group is before:
            # "The Zorblax Council met with Ana Costa": a named organisation subject leads
            people = [m for m in group if m.kind == "organization" and m.evidence == "name"]
        if people:
            return people[0]
    return (before or after)[0]
