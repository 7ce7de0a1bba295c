"""Triggers to typed event mentions: the date that governs each trigger, its actors, status and place.

Works one sentence at a time on offsets into the document. A verb trigger reports
an event; a noun trigger ("summit", "drills") only with a date right next to it or
a verb that makes it happen ("the summit is to be held", "conducted a test").
Dates and events inside what someone said belong to the saying's content: the
saying takes its date from its own clause, never from the reported content.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from timeline.extract.actors import Mention
from timeline.extract.cues import Cues
from timeline.extract.discourse import DiscourseDates
from timeline.extract.sentences import Sentence
from timeline.extract.triggers import TriggerMatch, TriggerMatcher
from timeline.model import FuzzyDate
from timeline.temporal import Timex, timeml

_QUOTE = re.compile(r"[\"“][^\"“”]{2,}?[\"”]|‘[^‘’]{2,}?’")
_JOIN = re.compile(r"^\s*(?:and|to|through|until|till|-|–|—)\s*$", re.I)
_BREAKER = re.compile(
    r"\b(?:is|are|was|were|be|been|being|will|would|to|has|have|had|that|which|said|says|may|might|could|should|can)\b",
    re.I,
)
_LOCATION = re.compile(
    r"\b(?:in|at)\s+(?:the\s+)?((?:[A-Z][\w’'.-]*)(?:\s+(?:of\s+the\s+|of\s+)?[A-Z][\w’'.-]*)*)(?:,\s+((?:[A-Z][\w’'.-]*)(?:\s+[A-Z][\w’'.-]*)*))?"
)
#: Shorter quotes are names or scare quotes ("bunker buster"), not reported speech.
QUOTE_MIN_WORDS = 4
#: ", who is visiting Seoul,", ", agreed by ministers,": background, not the sentence's news.
_RELATIVE = re.compile(r",\s+(?:(?:who|which)\s|[a-z]+ed\s+by\s)[^,;:]{2,80}?,")
#: "banned from travelling", "accused of attacking": a gerund after a preposition names, not reports.
_GERUND_AFTER = re.compile(r"\b(?:from|of|against|about|without|for|on|by)\s+$", re.I)
#: "travel to Moscow for talks", "flew to Paris to meet": the meeting is the visit's purpose.
_PURPOSE_BEFORE = re.compile(r"\b(?:for|to)\s+(?:(?:a|an|the)\s+)?$", re.I)
_PLACE_AFTER = re.compile(
    r"\s+(?:the\s+)?(?:(?:[a-z]+\s+){0,3}?(?:of|in)\s+(?:the\s+)?)?((?:[A-Z][\w’'.-]*)(?:\s+[A-Z][\w’'.-]*)*)"
)
#: "landed on Wednesday after an earthquake struck": what follows happened before, not on that date.
_ANTERIOR = re.compile(r"(?:after|since)\b", re.I)
#: "in a phone call with", "during talks": the noun names the occasion of the sentence's action.
_OCCASION_BEFORE = re.compile(
    r"\b(?:in|during|at)\s+(?:a|an|the|their|his|her|its)\s+(?:[\w-]+\s+)?$", re.I
)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|his|her|their|this|that)\s+$", re.I)
_NOT_REFS = ("PRESENT_REF", "PAST_REF", "FUTURE_REF")
_WORD = re.compile(r"[\w’'-]+")
_AND = re.compile(r"\band\b")
#: "by February 23", "no later than Friday": the date is a deadline.
_BY_BEFORE = re.compile(r"\b(?:by|no later than|not later than)\s+(?:the\s+end\s+of\s+)?$", re.I)


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


def usable(timex: Timex) -> bool:
    """Whether a timex can date an event: a DATE or TIME with a calendar window."""
    return (
        timex.type in ("DATE", "TIME")
        and timex.date_start is not None
        and timex.date_end is not None
        and timex.value not in _NOT_REFS
    )


def fuzzy_date(timex: Timex, partner: Timex | None = None) -> FuzzyDate:
    """The model's date for a timex, or for two joined ones ("Monday and Tuesday")."""
    assert timex.date_start is not None and timex.date_end is not None
    precision = timex.precision or timeml.precision(timex.value) or "day"
    if precision not in timeml.PRECISIONS:
        precision = "day"
    if partner is not None and partner.date_start and partner.date_end:
        start = min(timex.date_start, partner.date_start)
        end = max(timex.date_end, partner.date_end)
        return FuzzyDate.model_validate(
            {
                "start": start,
                "end": end,
                "precision": precision,
                "text": f"{timex.text} – {partner.text}",
            }
        )
    mod = timex.mod if timex.mod in timeml.MODS else None
    return FuzzyDate.model_validate(
        {
            "start": timex.date_start,
            "end": timex.date_end,
            "precision": precision,
            "mod": mod,
            "text": timex.text,
            "value": timex.value,
        }
    )


@dataclass
class SentenceContext:
    """Everything known about one sentence: its triggers, dates, actors and clause boundaries."""

    text: str
    sentence: Sentence
    timexes: list[Timex]
    mentions: list[Mention]
    triggers: list[TriggerMatch]
    quotes: list[tuple[int, int]]
    boundaries: list[int]
    complements: list[int]
    tail: int | None = None
    relatives: list[tuple[int, int]] = field(default_factory=list)


def _context(
    text: str,
    sentence: Sentence,
    timexes: list[Timex],
    mentions: list[Mention],
    matcher: TriggerMatcher,
    cues: Cues,
) -> SentenceContext:
    start, end = sentence.start, sentence.end
    taken = [(t.start, t.end) for t in timexes] + [(m.start, m.end) for m in mentions]
    triggers = [
        t
        for t in matcher.find(text, start, end)
        if not any(s < t.end and t.start < e for s, e in taken)
    ]
    quotes = [
        (m.start() + start, m.end() + start)
        for m in _QUOTE.finditer(sentence.text)
        if len(m.group().split()) >= QUOTE_MIN_WORDS
    ]
    boundaries = sorted(
        {m.start() for m in cues.clause.finditer(text, start, end)}
        | {q for pair in quotes for q in pair}
    )
    complements = sorted({m.start() for m in cues.complement.finditer(text, start, end)})
    tail_match = cues.attribution_tail.search(sentence.text)
    tail = tail_match.start() + start if tail_match else None
    relatives = [(m.start() + start, m.end() + start) for m in _RELATIVE.finditer(sentence.text)]
    return SentenceContext(
        text,
        sentence,
        timexes,
        mentions,
        triggers,
        quotes,
        boundaries,
        complements,
        tail,
        relatives,
    )


def _segment(ctx: SentenceContext, position: int) -> tuple[int, int]:
    before = [b for b in ctx.boundaries if b <= position]
    after = [b for b in ctx.boundaries if b > position]
    return (before[-1] if before else ctx.sentence.start, after[0] if after else ctx.sentence.end)


def _in_quote(ctx: SentenceContext, position: int) -> tuple[int, int] | None:
    return next(((s, e) for s, e in ctx.quotes if s <= position < e), None)


def _embedding_start(ctx: SentenceContext, trigger: TriggerMatch) -> int | None:
    """Where the reported content containing ``trigger`` starts, if it is inside one."""
    quote = _in_quote(ctx, trigger.start)
    if quote is not None:
        return quote[0]
    for other in ctx.triggers:
        if other.start >= trigger.start or other.spec.type != "statement" or other.spec.noun:
            continue
        opener = next((c for c in ctx.complements if other.end <= c < trigger.start), None)
        if opener is not None:
            return opener
    return None


def _joined(ctx: SentenceContext, timex: Timex) -> Timex | None:
    for other in ctx.timexes:
        if (
            other.start >= timex.end
            and usable(other)
            and _JOIN.match(ctx.text[timex.end : other.start])
        ):
            return other
    return None


def _adjacent(ctx: SentenceContext, trigger: TriggerMatch, timex: Timex) -> bool:
    """Whether a date sits right next to a noun trigger, with nothing that makes a new clause between."""
    left, right = (
        (trigger.end, timex.start) if timex.start >= trigger.end else (timex.end, trigger.start)
    )
    gap = ctx.text[left:right]
    if len(_WORD.findall(gap)) > 4 or _BREAKER.search(gap) or re.search(r"[,;:]", gap):
        return False
    return not any(left <= t.start < right for t in ctx.triggers if t is not trigger)


def _distance(ctx: SentenceContext, trigger: TriggerMatch, timex: Timex) -> int:
    """How far a date is from a trigger; one before it across "and" belongs to the previous verb."""
    if timex.start >= trigger.end:
        return timex.start - trigger.end
    gap = trigger.start - timex.end
    return gap + 1000 if _AND.search(ctx.text, timex.end, trigger.start) else gap + 1


def _pick_date(
    ctx: SentenceContext, trigger: TriggerMatch, verb_like: bool, embedded: int | None
) -> Timex | None:
    seg_start, seg_end = _segment(ctx, trigger.start)
    quote = _in_quote(ctx, trigger.start)
    if ctx.tail is not None and trigger.start >= ctx.tail and trigger.spec.type == "statement":
        # "..., the army said": a date before the closing attribution belongs to what was said
        seg_start = max(seg_start, ctx.tail)
    candidates = [
        t
        for t in ctx.timexes
        if usable(t) and seg_start <= t.start < seg_end and _in_quote(ctx, t.start) == quote
    ]
    if not verb_like:
        candidates = [t for t in candidates if _adjacent(ctx, trigger, t)]
    if candidates:
        return min(candidates, key=lambda t: _distance(ctx, trigger, t))
    if not verb_like or embedded is not None:
        return None
    if ctx.tail is not None and trigger.start >= ctx.tail and trigger.spec.type == "statement":
        return None
    earlier = [
        t
        for t in ctx.timexes
        if usable(t)
        and t.end <= trigger.start
        and _in_quote(ctx, t.start) is None
        and not any(t.end <= c < trigger.start for c in ctx.complements)
        and not (
            trigger.spec.noun
            and any(
                t.end <= b < trigger.start for b in ctx.boundaries if _ANTERIOR.match(ctx.text, b)
            )
        )
    ]
    return earlier[-1] if earlier else None


def _location(ctx: SentenceContext, trigger: TriggerMatch) -> str | None:
    seg_start, seg_end = _segment(ctx, trigger.start)
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
            second = match.group(2)
            if second and any(
                m.start == match.start(2) and m.kind == "country" for m in ctx.mentions
            ):
                place = f"{place}, {second}"
            return place.rstrip(".,;:’'")
    return None


def _status(
    ctx: SentenceContext,
    trigger: TriggerMatch,
    predicate: int | None,
    cues: Cues,
    when: FuzzyDate | None,
    published: date | None,
) -> str | None:
    """occurred, scheduled or planned; None when the trigger is hypothetical or negated."""
    seg_start, _ = _segment(ctx, trigger.start)
    before = ctx.text[seg_start : trigger.start]
    if predicate is not None:
        before = ctx.text[seg_start:predicate]
    if cues.planned_end.search(before):
        return "planned"
    if cues.scheduled_end.search(before):
        return "scheduled"
    if when is not None and cues.reported_future_end.search(before) and _reported(ctx, trigger):
        return "scheduled"
    if cues.irrealis_end.search(before) and not trigger.spec.noun:
        return None
    if when is not None and published is not None and when.start > published:
        return "scheduled"
    return "occurred"


def _reported(ctx: SentenceContext, trigger: TriggerMatch) -> bool:
    """Whether a verb of saying comes before ``trigger`` in its sentence: it is what someone said."""
    return any(
        t.spec.type == "statement" and not t.spec.noun and t.end <= trigger.start
        for t in ctx.triggers
    )


def _actors(ctx: SentenceContext, trigger: TriggerMatch, embedded: int | None) -> list[Mention]:
    _, seg_end = _segment(ctx, trigger.start)
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
    return found


def _nominal(ctx: SentenceContext, trigger: TriggerMatch) -> bool:
    """Whether a verb form is used as a noun ("before the signing", "its testing"): it names an event."""
    first = trigger.text.split()[0].lower()
    if not first.endswith("ing"):
        return False
    return bool(
        _DETERMINER_BEFORE.search(
            ctx.text, max(ctx.sentence.start, trigger.start - 8), trigger.start
        )
    )


def _generic_subject(ctx: SentenceContext, trigger: TriggerMatch, cues: Cues) -> bool:
    """Whether a saying's subject is an unnamed plural ("Analysts said", "experts believe")."""
    seg_start, _ = _segment(ctx, trigger.start)
    lo = max(seg_start, ctx.text.rfind(",", ctx.sentence.start, trigger.start) + 1)
    subject = ctx.text[lo : trigger.start]
    if not cues.generic.search(subject):
        return False
    return not any(lo <= m.start < trigger.start and not m.source for m in ctx.mentions)


def _topic_of_saying(ctx: SentenceContext, trigger: TriggerMatch) -> bool:
    """Whether a noun trigger is what a saying is about ("condemned the bombing")."""
    for other in ctx.triggers:
        if (
            other.spec.type == "statement"
            and not other.spec.noun
            and other.end <= trigger.start
            and len(_WORD.findall(ctx.text[other.end : trigger.start])) <= 3
        ):
            return True
    return False


def _background(ctx: SentenceContext, trigger: TriggerMatch) -> tuple[int, int] | None:
    return next(((s, e) for s, e in ctx.relatives if s <= trigger.start < e), None)


def _principal(actors: list[Mention], trigger: TriggerMatch) -> Mention:
    named = [m for m in actors if m.evidence != "group"]
    actors = named or actors
    before = [m for m in actors if m.start < trigger.start]
    after = [m for m in actors if m.start >= trigger.start]
    for group in (before, after):
        people = [m for m in group if m.kind == "person"]
        if people:
            return people[0]
    return (before or after)[0]


def sentence_events(
    ctx: SentenceContext,
    cues: Cues,
    published: date | None,
    discourse: DiscourseDates | None = None,
) -> list[EventMention]:
    """The event mentions of one sentence, at most one per type, statements folded into actions."""
    found: dict[str, EventMention] = {}
    others_before_tail = ctx.tail is not None and any(
        t.start < ctx.tail and t.spec.type != "statement" for t in ctx.triggers
    )
    for trigger in ctx.triggers:
        spec = trigger.spec
        if spec.type == "statement" and not spec.noun:
            if _generic_subject(ctx, trigger, cues):
                continue
            if others_before_tail and ctx.tail is not None and trigger.start > ctx.tail:
                continue
        if trigger.text.split()[0].lower().endswith("ing") and _GERUND_AFTER.search(
            ctx.text[max(ctx.sentence.start, trigger.start - 12) : trigger.start]
        ):
            continue
        embedded = _embedding_start(ctx, trigger)
        predicate: int | None = None
        noun = spec.noun or _nominal(ctx, trigger)
        verb_like = not noun
        if noun:
            seg_start, seg_end = _segment(ctx, trigger.start)
            happen = cues.happen.search(ctx.text, trigger.end, seg_end)
            if happen and not any(trigger.end <= t.start < happen.start() for t in ctx.triggers):
                predicate, verb_like = happen.start(), True
            elif cues.light_end.search(ctx.text[seg_start : trigger.start]) or (
                _OCCASION_BEFORE.search(ctx.text, max(seg_start, trigger.start - 40), trigger.start)
            ):
                verb_like = True
        timex = _pick_date(ctx, trigger, verb_like, embedded)
        background = _background(ctx, trigger)
        if background is not None and (
            timex is None or not background[0] <= timex.start < background[1]
        ):
            continue
        if noun and timex is None:
            continue
        if noun and predicate is None and _topic_of_saying(ctx, trigger):
            continue
        when = fuzzy_date(timex, _joined(ctx, timex)) if timex is not None else None
        deadline = _deadline(ctx, timex, when, published)
        when = deadline or when
        if when is None and embedded is not None:
            continue
        status = _status(ctx, trigger, predicate, cues, when, published)
        if status is None:
            continue
        if deadline is not None:
            status = "scheduled"
        actors = _actors(ctx, trigger, embedded)
        if not actors:
            continue
        evidence = None
        if timex is not None:
            evidence = "relative" if timex.anchored_to_reference else "explicit"
        if when is None and discourse is not None:
            when = discourse.date_for(
                ctx.text,
                ctx.sentence.start,
                ctx.sentence.end,
                [(m.start, m.name) for m in ctx.mentions if not m.source],
            )
            if when is not None:
                evidence = "inferred"
                if published is not None and when.start > published and status == "occurred":
                    status = "scheduled"
        if when is None and spec.type == "statement" and published is not None:
            when, evidence = _said_today(ctx, trigger, published)
        mention = EventMention(
            type=spec.type,
            subtype=spec.subtype,
            sentence=ctx.sentence,
            trigger=trigger,
            actors=actors,
            principal=_principal(actors, trigger),
            date=when,
            date_evidence=evidence,
            status=status,
            location=_location(ctx, trigger),
            plain=spec.plain,
            noun=spec.noun and not verb_like,
            triggers=[trigger.text],
            sentence_mentions=ctx.mentions,
        )
        _add(found, mention)
    return _fold_purpose(ctx, _fold_plain_statements(_fold_disaster(ctx, list(found.values()))))


def _fold_disaster(ctx: SentenceContext, mentions: list[EventMention]) -> list[EventMention]:
    """Drop an attack when the sentence names a disaster: "a quake struck ..., killing 300"."""
    if not any(t.spec.subtype == "disaster" for t in ctx.triggers):
        return mentions
    return [m for m in mentions if m.type != "attack"]


def _fold_purpose(ctx: SentenceContext, mentions: list[EventMention]) -> list[EventMention]:
    """Drop a meeting that is the purpose of a visit in the same sentence ("travel to X for talks")."""
    visit = next((m for m in mentions if m.type == "visit"), None)
    if visit is None:
        return mentions
    out = []
    for mention in mentions:
        if (
            mention.type == "meeting"
            and mention.trigger.start > visit.trigger.end
            and mention.date == visit.date
            and _PURPOSE_BEFORE.search(
                ctx.text[
                    max(ctx.sentence.start, mention.trigger.start - 12) : mention.trigger.start
                ]
            )
        ):
            for actor in mention.actors:
                if actor not in visit.actors:
                    visit.actors.append(actor)
            continue
        out.append(mention)
    return out


def _deadline(
    ctx: SentenceContext, timex: Timex | None, when: FuzzyDate | None, published: date | None
) -> FuzzyDate | None:
    """ "must meet by February 23": a deadline is the window from the reference day up to that day."""
    if timex is None or when is None or published is None or when.end < published:
        return None
    if not _BY_BEFORE.search(ctx.text, max(ctx.sentence.start, timex.start - 12), timex.start):
        return None
    return FuzzyDate(
        start=published,
        end=when.end,
        precision=when.precision,
        mod="ON_OR_BEFORE",
        text=f"by {timex.text}",
        value=timex.value,
    )


def _said_today(
    ctx: SentenceContext, trigger: TriggerMatch, published: date
) -> tuple[FuzzyDate | None, str | None]:
    """A statement that reports something done on the publication day was made that day."""
    for timex in ctx.timexes:
        if (
            usable(timex)
            and timex.date_start == published == timex.date_end
            and timex.start != trigger.start
        ):
            return FuzzyDate(
                start=published,
                end=published,
                precision="day",
                text=timex.text,
                value=published.isoformat(),
            ), "inferred"
    return None, None


def _add(found: dict[str, EventMention], mention: EventMention) -> None:
    current = found.get(mention.type)
    if current is None:
        found[mention.type] = mention
        return
    if current.date is not None and mention.date is not None and current.date != mention.date:
        # "killed in an ambush last week, and forces launched an offensive on September 25"
        found[f"{mention.type}@{mention.trigger.start}"] = mention
        return
    current.triggers.append(mention.trigger.text)
    if current.date is None and mention.date is not None:
        mention.triggers = current.triggers
        mention.subtype = mention.subtype or current.subtype
        found[mention.type] = mention
        return
    current.subtype = current.subtype or mention.subtype
    current.plain = current.plain and mention.plain
    current.location = current.location or mention.location
    for actor in mention.actors:
        if actor not in current.actors:
            current.actors.append(actor)


def _fold_plain_statements(mentions: list[EventMention]) -> list[EventMention]:
    """Drop a plain saying when the sentence reports another action by the same actor."""
    others = [m for m in mentions if m.type != "statement"]
    out = []
    for mention in mentions:
        if (
            mention.type == "statement"
            and mention.plain
            and any(
                o.principal.name == mention.principal.name or mention.principal in o.actors
                for o in others
            )
        ):
            continue
        out.append(mention)
    return out
