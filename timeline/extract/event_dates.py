"""Which date governs an event trigger, and how a timex becomes the model's ``FuzzyDate``."""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from timeline.data_files import data_file
from timeline.extract.clauses import SentenceContext, in_quote, main_coordinate, segment
from timeline.extract.cues import DECIDED, load_cues
from timeline.extract.headlines import irregular_pasts
from timeline.extract.triggers import TriggerMatch
from timeline.model import FuzzyDate
from timeline.temporal import Timex, timeml
from timeline.temporal.lexicon import lexicon
from timeline.temporal.narrative import year_span

_JOIN = re.compile(r"^\s*(?:and|to|through|until|till|-|–|—)\s*$", re.I)
_BREAKER = re.compile(
    r"\b(?:is|are|was|were|be|been|being|will|would|to|has|have|had|that|which|said|says|may|might|could|should|can"
    # "The drills follow an incident on Thursday": a verb of sequence puts the date elsewhere
    r"|follow|follows|followed|precede|precedes|preceded)\b",
    re.I,
)
#: "landed on Wednesday after an earthquake struck": what follows happened before, not on that date.
_RELATIVE_WORD = re.compile(r"(?:which|who|whom|whose)\b", re.I)
#: A clause that tells what came before the main clause: "after the junta proposed ...".
ANTERIOR = re.compile(r"(?:after|since)\b", re.I)
_BEFORE = re.compile(r"(?:before|until)\b", re.I)
_CONCESSIVE = re.compile(r"(?:although|though|whereas)\b", re.I)
#: A verb in its bare or -s form: neither past ("arrived") nor a gerund ("signing").
_PRESENT_FORM = re.compile(r"[a-z]+(?<!ed)(?<!ing)", re.I)
_NOT_REFS = ("PRESENT_REF", "PAST_REF", "FUTURE_REF")
WORD = re.compile(r"[\w’'-]+")
_AND = re.compile(r"\band\b")
#: "In mid-May, X and Y held ...": a date opening the sentence governs its first clause.
_OPENING = re.compile(r"\s*(?:(?:in|on|at|by|during|since|from|early|late|then)\s+)?$", re.I)
#: ", and late last year Serbia signed": a date opening a coordinated clause of its own.
_CLAUSE_OPENER_BEFORE = re.compile(
    r",\s+(?:and|but|while|whereas)\s+(?:(?:on|in|at|by|then)\s+)?$", re.I
)
_SUBJECT_AFTER = re.compile(r",?\s+(?:[A-Z]|(?:he|she|they|it|we)\b)")
#: "said Japan would send ships next year": a verb of the reported clause stands between.
_REPORTED_VERB = re.compile(
    r"\b(?:is|are|was|were|be|been|will|would|shall|may|might|could|should|can|must|has|have|had|plans?|planned|intends?|wants?|hopes?|expects?|aims?)\b",
    re.I,
)
#: "until an election", "until the end of": a state's end named by a noun phrase.
_UNTIL_NOUN = re.compile(r"\buntil\s+(?:an?|the|its|their|his|her|next)\s")
#: "where they had stood before September 1": a past perfect tells what came before.
_PAST_PERFECT = re.compile(r"\bhad\s+(?:been\s+)?[a-z]+(?:ed|en|ld|wn|ne|t)\b", re.I)
#: "by February 23", "no later than Friday": the date is a deadline.
_BY_BEFORE = re.compile(r"\b(?:by|no later than|not later than)\s+(?:the\s+end\s+of\s+)?$", re.I)


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


#: "between Christmas and New Year", "from March 3 to": what opens a range before its first date.
_RANGE_OPENER = re.compile(r"\b(?:between|from)\s+$", re.I)


def joined_before(ctx: SentenceContext, timex: Timex) -> Timex | None:
    """The first date of a range whose second date is ``timex`` ("between X and Y")."""
    for other in ctx.timexes:
        if (
            other.end <= timex.start
            and usable(other)
            and _JOIN.match(ctx.text[other.end : timex.start])
            and _RANGE_OPENER.search(ctx.text, max(0, other.start - 10), other.start)
        ):
            return other
    return None


def joined(ctx: SentenceContext, timex: Timex) -> Timex | None:
    """The second date of a range that ``timex`` opens ("Monday and Tuesday", "March 3 to 5")."""
    for other in ctx.timexes:
        if (
            other.start >= timex.end
            and usable(other)
            and _JOIN.match(ctx.text[timex.end : other.start])
            and not _apart(ctx, timex, other)
        ):
            return other
    return None


def _apart(ctx: SentenceContext, first: Timex, second: Timex) -> bool:
    """Whether "and" joins two days that are not a stretch ("inspected on 13 and 20 October"):
    two occasions, of which the first dates the event; "between" makes a range of any two."""
    return (
        ctx.text[first.end : second.start].strip().lower() == "and"
        and first.precision == "day"
        and second.precision == "day"
        and first.date_end is not None
        and second.date_start is not None
        and (second.date_start - first.date_end).days > 1
        and not _RANGE_OPENER.search(ctx.text, max(0, first.start - 10), first.start)
    )


#: Between an event noun and its date: who takes part or what it befell, then its place,
#: maybe with an apposition ("talks between X and Y in A, B, on", "the collapse of a canopy at
#: the station in Novi Sad on").
_PLACE_THEN_DATE = re.compile(
    r"(?:\s+(?:between|with|among|of)\s+[^,;.]{1,60}?)?"
    r"(?:\s+(?:in|at|on|near|outside)\s+(?:the\s+|an?\s+)?[^,;.]{1,40}?){1,3}"
    r"(?:,\s+[A-Z][^,;.]{1,30},)?\s+(?:(?:on|in|at)\s+)?"
    # "a summit between X and Y in Nara last month": the parties, the place, then the date
    r"|\s+between\s+[A-Z][^,;.]{1,100}?\s+and\s+[^,;.]{1,60}?"
    r"(?:\s+(?:in|at)\s+[A-Z][^,;.]{1,30}?)?\s+(?:(?:on|in|at)\s+)?"
)


@cache
def _scheduled_after() -> re.Pattern[str]:
    """ ", expected to begin in", ", which is due to open on": what ties a date to the noun
    before it (``noun_schedules`` in event_cues.yaml)."""
    raw = data_file("event_cues.yaml")["noun_schedules"]
    planned = "|".join(re.escape(str(w)) for w in raw["planned"])
    starts = "|".join(re.escape(str(w)) for w in raw["starts"])
    return re.compile(
        rf",\s+(?:(?:which|that)\s+(?:is|are|was|were)\s+)?(?:{planned})\s+to\s+(?:{starts})"
        r"(?:\s+(?:in|on|from|at|by|until))?\s*"
    )


def _adjacent(ctx: SentenceContext, trigger: TriggerMatch, timex: Timex) -> bool:
    """Whether a date sits right next to a noun trigger, with nothing that makes a new clause between."""
    left, right = (
        (trigger.end, timex.start) if timex.start >= trigger.end else (timex.end, trigger.start)
    )
    gap = ctx.text[left:right]
    if left == trigger.end and _scheduled_after().fullmatch(gap):
        # "their annual Balikatan exercises, expected to begin in late April": the noun's date
        return not any(left <= t.start < right for t in ctx.triggers if t is not trigger)
    if left == trigger.end and _PLACE_THEN_DATE.fullmatch(gap):
        # "talks in the Ethiopian capital, Addis Ababa, on Wednesday"
        return not any(left <= t.start < right for t in ctx.triggers if t is not trigger)
    if len(WORD.findall(gap)) > 4 or _BREAKER.search(gap) or re.search(r"[,;:]", gap):
        return False
    return not any(left <= t.start < right for t in ctx.triggers if t is not trigger)


def _distance(ctx: SentenceContext, trigger: TriggerMatch, timex: Timex) -> int:
    """How far a date is from a trigger; one before it across "and" belongs to the previous verb."""
    if timex.start >= trigger.end:
        opens_clause = _CLAUSE_OPENER_BEFORE.search(
            ctx.text, max(trigger.end, timex.start - 16), timex.start
        ) and _SUBJECT_AFTER.match(ctx.text, timex.end)
        return timex.start - trigger.end + (1000 if opens_clause else 0)
    gap = trigger.start - timex.end
    opening = _OPENING.fullmatch(ctx.text, ctx.sentence.start, timex.start) and ctx.text.startswith(
        ",", timex.end
    )
    if not opening and _AND.search(ctx.text, timex.end, trigger.start):
        return gap + 1000
    decision = load_cues().decision_end.search(
        ctx.text, max(ctx.sentence.start, timex.start - 40), trigger.start
    )
    if decision is not None and decision.start() < timex.start:
        # "voted on Friday to impose an embargo": Friday dates the voting first
        return gap + 1000
    if (
        opening
        and not any(timex.end <= b < trigger.start for b in ctx.boundaries)
        and not any(timex.end <= c < trigger.end for c in (*ctx.complements, *ctx.bare_complements))
        and not any(_refines(t, timex) for t in _same_clause(ctx, timex))
        # another date, or a saying whose content the trigger is in, stands between
        and not any(timex.end <= t.start < trigger.start and usable(t) for t in ctx.timexes)
        and not any(
            timex.end <= t.start and t.end <= trigger.start
            for t in ctx.triggers
            if t.spec.type == "statement" and not t.spec.noun
        )
    ):
        # "Last week, a Tbilisi court sentenced ...": the opening date governs the first clause
        return 1
    if trigger.spec.type != "statement" and any(
        (timex.end <= t.start or _SAYING_DATE.fullmatch(ctx.text, t.end, timex.start))
        and t.end <= trigger.start
        for t in ctx.triggers
        if t.spec.type == "statement" and not t.spec.noun
    ):
        # "said on Monday he would visit Moscow on June 22": Monday is the saying's, and a date
        # of the reported clause is nearer in sense however far in words
        return gap + 1000
    return gap + 1


@cache
def _report_participle() -> re.Pattern[str]:
    """ ", saying ...", ", adding ...": a participle that reports what was said with the action
    (``report_participles`` in event_cues.yaml)."""
    words = "|".join(re.escape(str(w)) for w in data_file("event_cues.yaml")["report_participles"])
    return re.compile(rf",\s+(?:{words})\b")


#: Between a saying verb and its own date: "said on Monday", "said Monday".
_SAYING_DATE = re.compile(r"\s+(?:on\s+|late\s+on\s+|earlier\s+on\s+)?")


def _promised_from(ctx: SentenceContext, trigger: TriggerMatch) -> int | None:
    """Where the event an agreement promises starts: "agreed on Friday to | hold talks"."""
    cues = load_cues()
    found = cues.decision_end.search(
        ctx.text, max(ctx.sentence.start, trigger.start - 60), trigger.start
    )
    chain_start = max(ctx.sentence.start, trigger.start - 240)
    if found is None and " and to " in ctx.text[chain_start : trigger.start]:
        found = cues.decision_chain_end.search(ctx.text, chain_start, trigger.start)
    if found is None or found.group().split()[0].lower() not in cues.promise:
        return None
    return found.end("to")


def _refines(inner: Timex, outer: Timex) -> bool:
    """Whether a date narrows another ("In 2003, ... on 5 May"): a day of the opening's year."""
    return (
        inner.start != outer.start
        and usable(inner)
        and outer.date_start is not None
        and outer.date_end is not None
        and inner.date_start is not None
        and inner.date_end is not None
        and outer.date_start <= inner.date_start
        and inner.date_end <= outer.date_end
        and (inner.date_end - inner.date_start) < (outer.date_end - outer.date_start)
    )


def _same_clause(ctx: SentenceContext, timex: Timex) -> list[Timex]:
    """The dates in the clause an opening date governs: up to its first clause boundary, or
    to a coordinated clause (", and the first flight landed on Aug. 30" is a clause of its own).
    """
    end = next((b for b in ctx.boundaries if b > timex.end), ctx.sentence.end)
    coordinated = _COORDINATED_CLAUSE.search(ctx.text, timex.end, end)
    if coordinated is not None:
        end = coordinated.start()
    return [t for t in ctx.timexes if timex.start <= t.start < end]


def _in_reported_clause(ctx: SentenceContext, trigger: TriggerMatch, timex: Timex) -> bool:
    """Whether a date after a verb of saying belongs to what was said, past a verb of its own.

    "said Japan would send ships next year", "Prosecutors said Rwabukamba led militiamen to
    the church on April 17": an auxiliary, or a subject and its past verb, stand between.
    """
    return timex.start >= trigger.end and bool(
        _REPORTED_VERB.search(ctx.text, trigger.end, timex.start)
        or _reported_past().match(ctx.text, trigger.end, timex.start)
    )


def _past_relative(
    ctx: SentenceContext, trigger: TriggerMatch, seg_end: int, quote: tuple[int, int] | None
) -> list[Timex]:
    """The dates right after a relative clause that closes the trigger's own clause: "visited
    the shrine, which honours the war dead, on Monday" (the clause is told between commas)."""
    relative = next(((s, e) for s, e in ctx.relatives if trigger.end <= s <= seg_end + 2), None)
    if relative is None or not (
        ctx.text[relative[0] : relative[1]].rstrip().endswith(",")
        or ctx.text.startswith(",", relative[1])
    ):
        return []
    after = _RIGHT_AFTER_CLAUSE.match(ctx.text, relative[1])
    return [
        t
        for t in ctx.timexes
        if after is not None
        and t.start == after.end()
        and in_quote(ctx, t.start) == quote
        and _may_date(ctx, trigger, t)
    ]


#: Between a closing comma and the date that follows it: ", on Monday", " in March".
_RIGHT_AFTER_CLAUSE = re.compile(r",?\s*(?:(?:on|in|at|late|early)\s+)?")


def _in_earlier_report(ctx: SentenceContext, trigger: TriggerMatch, timex: Timex) -> bool:
    """Whether a date before a verb of saying stands in what an earlier one reported: "said on
    Wednesday that the government would not set up a board before 2018 and urged workers"."""
    return timex.end <= trigger.start and any(
        other.spec.type == "statement"
        and not other.spec.noun
        and any(
            other.end <= c <= timex.start and main_coordinate(ctx.text, c, trigger)
            # "said it would go ahead with a strike on February 25, and demanded": a report
            # without "that" opens where its subject does
            for c in (*ctx.complements, *ctx.bare_complements)
        )
        for other in ctx.triggers
        if other.end <= timex.start
    )


@cache
def _reported_past() -> re.Pattern[str]:
    """ "said Rwabukamba led", "said that the rebels attacked": a reported subject and its past verb."""
    pasts = "|".join(sorted(irregular_pasts()))
    return re.compile(
        r"\s+(?:that\s+)?(?:(?:he|she|they|it|we)|(?:the\s+[a-z]+)|(?:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}))"
        rf"\s+(?:[a-z]+ed|{pasts})\b"
    )


#: ", and the first flight ...", ", but Moscow ...": a coordinated clause with a subject of its own.
_COORDINATED_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\s+(?:the|a|an|[A-Z])")
#: "a 2005 agreement", "its March 3 report": a date between an article and a noun.
ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the|its|their|his|her)\s+$", re.I)
_NOUN_AFTER = re.compile(r"\s+([a-z][\w-]*)")
#: One or two lowercase words before a noun trigger ("midterm" in "midterm elections").
_MODIFIERS = re.compile(r"(?:[a-z][\w-]*\s+){1,2}")
#: The periods a plan or a budget is for.
PLAN_PERIODS = frozenset({"year", "half", "quarter", "decade"})
_POSSESSIVE_S = re.compile(r"[’']s\b")
_OF_BEFORE = re.compile(r"\bof\s+$", re.I)
#: How far (characters) after "this year's" the noun it owns may start.
OWNED_REACH = 40
_PLAN_FOR = re.compile(
    r"\b(?:plan|plans|programme|program|budget|schedule|calendar|targets?|goals?|strategy|"
    r"roadmap|road\s+map|cooperation|priorities)\s+for\s+(?:the\s+(?:year|period)\s+)?$",
    re.I,
)
_NAME_AFTER = re.compile(r"\s+(?:[A-Z][\w’'-]*\s+){0,5}[\w’'-]+")


#: "the deadliest since January", "raising output since April": where a state began.
SINCE_BEFORE = re.compile(r"\bsince\s+$", re.I)
_WHEN_AFTER = re.compile(r",\s+when\b")
#: "IDEF 2023", "Expo 2020": a year that is part of a name.
_NAME_BEFORE = re.compile(r"\b(?:[A-Z]{2,}|[A-Z][a-z]+)\s+$")
_YEAR = re.compile(r"\d{4}")


#: "asked both bargaining teams to return": the infinitive after an object.
_TO_INFINITIVE = re.compile(r"\bto\s+(?!the\b|an?\b|his\b|her\b|its\b|their\b)[a-z]+\b")
#: "accused Keel of gaining": the deed after the accusation.
_OF_GERUND = re.compile(r"\bof\s+[a-z]+ing\b")


def _act_asked_or_accused(ctx: SentenceContext, trigger: TriggerMatch) -> int | None:
    """Where the act asked for (or accused of) starts, after a verb that asks someone to act
    later ("asked", "urged", "invited"; ``prospective_object_verbs``) or accuses them of a deed
    ("accused Keel of gaining access"; ``accusing_verbs``), or None."""
    word = trigger.text.lower()
    if word in lexicon().prospective_object_verbs:
        pattern = _TO_INFINITIVE
    elif word in load_cues().accusing_verbs:
        pattern = _OF_GERUND
    else:
        return None
    _, seg_end = segment(ctx, trigger.start)
    m = pattern.search(ctx.text, trigger.end, min(seg_end, trigger.end + 60))
    return m.start() if m is not None else None


def _span_year(ctx: SentenceContext, timex: Timex) -> bool:
    """Whether a bare year is one end of a span of years ("the budget for 2000 to 2006")."""
    if not _YEAR.fullmatch(timex.text):
        return False
    before, after = year_span(lexicon().year_span_joiners)
    return bool(
        before.search(ctx.text, max(ctx.sentence.start, timex.start - 16), timex.start)
        or after.match(ctx.text, timex.end)
    )


def _edition_year(ctx: SentenceContext, timex: Timex) -> bool:
    """Whether a bare year follows a name it belongs to ("at IDEF 2023"), not a month or day.

    The name is an acronym, or a capitalised word inside the sentence that is not one of
    the words that open a year ("In 2018", "Since 2019": ``year_openers``).
    """
    if not _YEAR.fullmatch(timex.text):
        return False
    name = _NAME_BEFORE.search(ctx.text, max(ctx.sentence.start, timex.start - 20), timex.start)
    if name is None:
        return False
    word = name.group().strip()
    if word.lower() in _year_openers() or word.lower() in lexicon().months:
        return False
    return word.isupper() or name.start() > ctx.sentence.start


@cache
def _year_openers() -> frozenset[str]:
    """Capitalised words before a year that are not names (``year_openers`` in event_cues.yaml)."""
    return frozenset(str(w).lower() for w in data_file("event_cues.yaml")["year_openers"])


def _in_other_relative(ctx: SentenceContext, trigger: TriggerMatch, timex: Timex) -> bool:
    """Whether a date sits in a relative clause the trigger is not in.

    "Bondarchuk, who arrived on Monday evening, was received ... on Tuesday": Monday
    dates the arrival only.
    """
    return any(lo <= timex.start < hi and not lo <= trigger.start < hi for lo, hi in ctx.relatives)


def _labels_another_noun(ctx: SentenceContext, trigger: TriggerMatch, timex: Timex) -> bool:
    """Whether a date only names a thing: "under a 2005 agreement" dates no other verb.

    A date between an article and a noun labels that noun; it dates the trigger only
    when the trigger is that noun ("a 2005 agreement" for an agreement).
    """
    if (
        timex.precision in ("quarter", "half")
        and _NOUN_AFTER.match(ctx.text, timex.end)
        and any(t.precision in ("day", "week", "month") for t in ctx.timexes)
    ):
        # "is due to report third-quarter results on Nov. 14" (or "in late August"): the quarter
        # names the results, the day or month dates the report
        return True
    if (
        timex.precision in PLAN_PERIODS
        and _PLAN_FOR.search(ctx.text, max(ctx.sentence.start, timex.start - 40), timex.start)
        and not _POSSESSIVE_S.match(ctx.text, timex.end)
    ):
        # "the exercise plan for 2026", "a plan of military cooperation for 2014": the plan's
        # years ("plans for next week's summit" keep the summit's date)
        return True
    if _POSSESSIVE_S.match(ctx.text, timex.end) and _OF_BEFORE.search(
        ctx.text, max(ctx.sentence.start, timex.start - 8), timex.start
    ):
        # "the largest drill of this year's Han Kuang exercises": the year names the series
        return not (timex.end <= trigger.start <= timex.end + OWNED_REACH)
    if not ARTICLE_BEFORE.search(ctx.text, max(ctx.sentence.start, timex.start - 8), timex.start):
        return False
    noun = _NOUN_AFTER.match(ctx.text, timex.end)
    if noun is not None:
        # "the May 13 midterm elections": a day labels the phrase the trigger heads (a year
        # names a thing: "their 1995 border war")
        heads = trigger.start <= noun.start(1) < trigger.end + 1 or (
            timex.precision == "day"
            and _MODIFIERS.fullmatch(ctx.text, noun.start(1), trigger.start) is not None
        )
        return not heads
    # "the 1975 Joint India-Bangladesh Guidelines", "the 2015 Paris agreement": a name's run
    name = _NAME_AFTER.match(ctx.text, timex.end)
    return name is not None and not (timex.end <= trigger.start < name.end() + 1)


def _may_date(ctx: SentenceContext, trigger: TriggerMatch, timex: Timex) -> bool:
    """Whether a date can date this trigger at all: not a state's start, a name's year or a
    date of another relative clause or noun."""
    return (
        usable(timex)
        and not _in_other_relative(ctx, trigger, timex)
        and not _labels_another_noun(ctx, trigger, timex)
        and not (
            SINCE_BEFORE.search(ctx.text, max(ctx.sentence.start, timex.start - 8), timex.start)
            # "since March 2008, when Colombian troops attacked": the when-clause's own day (any
            # trigger after it in the sentence may take it; the clause usually ends there)
            and not (trigger.start > timex.end and _WHEN_AFTER.match(ctx.text, timex.end))
        )
        and not _edition_year(ctx, timex)
        and not _span_year(ctx, timex)
        # "extend its mission until September 15, warning ...": an end point dates nothing after it
        and not (
            timex.end <= trigger.start
            and _UNTIL_BEFORE.search(
                ctx.text, max(ctx.sentence.start, timex.start - 8), timex.start
            )
        )
    )


#: "until September 15": the end of a span, not the day of an event.
_UNTIL_BEFORE = re.compile(r"\b(?:until|till)\s+$", re.I)


_WHEN = re.compile(r"when\b", re.I)
#: "an incident on Thursday in which", "a visit last December, during which": the clause
#: happened on the noun's date ("which" opens the clause; the preposition stands before it).
_WHICH = re.compile(r"which\b", re.I)
PREPOSITION_BEFORE = re.compile(r"\b(?:during|in|at)\s+$", re.I)
#: How far before ", when" the date of the noun it describes may end ("the 2022 collapse, when").
WHEN_NOUN_REACH = 40


def which_after_preposition(text: str, seg_start: int) -> bool:
    """Whether the clause at ``seg_start`` opens "in which", "during which" or "at which"."""
    return bool(
        _WHICH.match(text, seg_start)
        and PREPOSITION_BEFORE.search(text, max(0, seg_start - 8), seg_start)
    )


def _when_linked(
    ctx: SentenceContext, trigger: TriggerMatch, seg_start: int, seg_end: int
) -> Timex | None:
    """The date a "when" clause shares with what it is tied to, for a clause without its own.

    "were killed when their vehicle hit a landmine on Tuesday": the main clause takes the
    when-clause's day; "the 2022 economic collapse, when Sri Lanka defaulted", "an incident
    on Thursday in which two ships fired water cannon": the clause takes the day of the
    noun it describes.
    """
    tied = _WHEN.match(ctx.text, seg_start) or which_after_preposition(ctx.text, seg_start)
    if tied and seg_start > ctx.sentence.start:
        before = [
            t
            for t in ctx.timexes
            if seg_start - WHEN_NOUN_REACH <= t.start
            and t.end <= seg_start
            and usable(t)
            and not any(t.end <= b < seg_start for b in ctx.boundaries)
            and in_quote(ctx, t.start) is None
        ]
        return before[-1] if before else None
    if seg_end < ctx.sentence.end and _WHEN.match(ctx.text, seg_end):
        _, clause_end = segment(ctx, seg_end)
        inside = [
            t
            for t in ctx.timexes
            if seg_end <= t.start < clause_end and usable(t) and _may_date(ctx, trigger, t)
        ]
        return inside[0] if inside else None
    return None


#: "after the sale on ": a noun phrase (no verb of its own) after "after", up to its date.
_OCCASION_AFTER = re.compile(
    r"after\s+(?:the|a|an|his|her|its|their)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*"
    r"\s+(?:(?:late|early)\s+)?(?:on|at)\s+$"
)


def _occasion_after(ctx: SentenceContext, seg_end: int) -> Timex | None:
    """ "told reporters after the sale on Tuesday night": a saying just after an occasion that
    only a noun names is dated by that occasion's day."""
    for timex in ctx.timexes:
        if (
            timex.start > seg_end
            and usable(timex)
            and _OCCASION_AFTER.fullmatch(ctx.text, seg_end, timex.start)
        ):
            return timex
    return None


def pick_date(
    ctx: SentenceContext, trigger: TriggerMatch, verb_like: bool, embedded: int | None
) -> Timex | None:
    seg_start, seg_end = segment(ctx, trigger.start)
    quote = in_quote(ctx, trigger.start)
    if ctx.tail is not None and trigger.start >= ctx.tail and trigger.spec.type == "statement":
        # "..., the army said": a date before the closing attribution belongs to what was said
        seg_start = max(seg_start, ctx.tail)
    # "..., the ministry said Wednesday, the first such drill": the tail's date is the saying's
    after_tail = (
        ctx.tail is not None and trigger.start > ctx.tail and trigger.spec.type != "statement"
    )
    candidates = [
        t
        for t in ctx.timexes
        if seg_start <= t.start < seg_end
        and not (after_tail and ctx.tail is not None and ctx.tail <= t.start < trigger.start)
        and in_quote(ctx, t.start) == quote
        and _may_date(ctx, trigger, t)
        # "agreed to pull back to the positions they had held before September 1": a date
        # after a past perfect tells what came before, not when the trigger happened
        and not (t.start > trigger.end and _PAST_PERFECT.search(ctx.text, trigger.end, t.start))
        # "fired 300 rockets, saying it was retaliating for a strike on July 30": what the
        # participle reports has its own dates
        and not (
            t.start > trigger.end and _report_participle().search(ctx.text, trigger.end, t.start)
        )
        # "named him acting governor until an election in September": the end of the state
        # the act began, not the act's day
        and not (
            t.start > trigger.end
            and trigger.spec.type == "other"
            and _UNTIL_NOUN.search(ctx.text, trigger.end, t.start)
        )
    ]
    promised = _promised_from(ctx, trigger) if trigger.spec.type in DECIDED else None
    if (
        trigger.spec.type == "statement"
        and (act := _act_asked_or_accused(ctx, trigger)) is not None
    ):
        # "has asked both teams to return to the table Friday", "accused Keel of gaining access
        # on Aug. 29": the day is the act's asked for or the deed's, not the saying's
        candidates = [t for t in candidates if t.start < act]
    if promised is not None:
        # the agreeing has its own date; the promised event only the one after "to"
        candidates = [t for t in candidates if t.start >= promised]
    if not candidates and verb_like:
        candidates = _past_relative(ctx, trigger, seg_end, quote)
    if not verb_like:
        candidates = [t for t in candidates if _adjacent(ctx, trigger, t)]
    elif trigger.spec.type == "statement":
        candidates = [
            t
            for t in candidates
            if not _in_reported_clause(ctx, trigger, t) and not _in_earlier_report(ctx, trigger, t)
        ]
    if candidates:
        best = min(candidates, key=lambda t: _distance(ctx, trigger, t))
        # "In 2003, Serbia signed a contract on 5 May": the narrower date of the same clause
        clause = _same_clause(ctx, best)
        finer = [t for t in clause if t in candidates and _refines(t, best)]
        return min(finer, key=lambda t: _distance(ctx, trigger, t)) if finer else best
    if not verb_like or embedded is not None or promised is not None:
        return None
    if trigger.spec.type == "statement" and (right_after := _occasion_after(ctx, seg_end)):
        return right_after
    if ctx.tail is not None and trigger.start >= ctx.tail and trigger.spec.type == "statement":
        return None
    linked = _when_linked(ctx, trigger, seg_start, seg_end)
    if linked is not None:
        return linked
    earlier = [
        t
        for t in ctx.timexes
        if t.end <= trigger.start
        and not (after_tail and ctx.tail is not None and ctx.tail <= t.start)
        and in_quote(ctx, t.start) is None
        and _may_date(ctx, trigger, t)
        and not any(t.end <= c < trigger.start for c in ctx.complements)
        # "lodged a protest on Tuesday after Uzbek border guards shot dead two villagers": what
        # an "after" clause tells came before the main clause's date
        # (a fronted "On September 26, after talks, the two agreed" ends at its comma)
        and not any(
            t.end <= b < trigger.start
            and (trigger.spec.noun or "," not in ctx.text[b : trigger.start])
            for b in ctx.boundaries
            if ANTERIOR.match(ctx.text, b)
        )
        # "signed on Tuesday, after fighting in which 94 people were killed": the relative
        # clause's verb is not dated by the sentence's date; nor a concessive clause's ("took
        # effect on January 29, although ECOWAS had said it would ...")
        and not any(
            t.end <= b < trigger.start
            # "Yesterday the centre, which represents the tenants, filed": a relative clause
            # closed by its comma before the trigger leaves the trigger in the main clause
            and not (_RELATIVE_WORD.match(ctx.text, b) and "," in ctx.text[b : trigger.start])
            for b in ctx.boundaries
            if _RELATIVE_WORD.match(ctx.text, b) or _CONCESSIVE.match(ctx.text, b)
        )
        and not (trigger.spec.type == "statement" and _in_earlier_report(ctx, trigger, t))
        # "threatened on Friday to undermine the mission before its first soldiers arrive": a
        # present verb after "before" tells what is still to come
        and not (
            _PRESENT_FORM.fullmatch(trigger.text)
            and any(
                t.end <= b < trigger.start and _BEFORE.match(ctx.text, b) for b in ctx.boundaries
            )
        )
    ]
    return earlier[-1] if earlier else None


def deadline_window(
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


def said_today(
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
