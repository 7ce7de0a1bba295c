"""A sentence's structure for event reading: its triggers, dates, actors, quotes and clause boundaries."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache

from timeline.extract.crowds import CROWD, gathering_after
from timeline.extract.cues import Cues
from timeline.extract.gazetteer import city_country
from timeline.extract.mentions import Mention
from timeline.extract.sentences import Sentence
from timeline.extract.triggers import TriggerMatch, TriggerMatcher, TriggerSpec
from timeline.temporal import Timex
from timeline.temporal.anchors import CASE_BLIND_LETTERS
from timeline.temporal.lexicon import lexicon

_QUOTE = re.compile(r"[\"“][^\"“”]{2,}?[\"”]|‘[^‘’]{2,}?’")
#: Shorter quotes are names or scare quotes ("smart bomb"), not reported speech.
QUOTE_MIN_WORDS = 4
#: What may stand between a verb of saying and its own date: "said on", "said late on".
_DATE_LEAD = re.compile(r"\s+(?:(?:early|late)\s+)?(?:on\s+|in\s+)?")
#: A capitalised word right after a trigger noun, continuing a name ("War Memorial").
_NAME_GOES_ON = re.compile(r" (?:[A-Z][a-z]|[IVX]+\b)")
#: A day number right after a month's name ("March 18").
_DAY_AFTER = re.compile(r"\s+\d{1,2}\b")
#: Clause words that are also prepositions of a date ("shortly before midnight on Saturday").
_DATE_PREPOSITION = re.compile(r"before|after", re.I)
#: ", who is visiting Seoul,", ", agreed by ministers,", ", which ... .", ", a Manchester native who
#: joined the force in 1996,": background, not news.
_RELATIVE = re.compile(
    r",\s+(?:(?:(?:a|an)\s+[^,;:]{0,40}?\s)?(?:who|which)\s|[a-z]+ed\s+by\s)[^,;:]{2,120}(?:,|$)"
)
#: "after Chile had sanctioned ...": a pluperfect clause restates an older event.
_PLUPERFECT = re.compile(
    r"\b(?:after|when|since|because)\s+[^,;:\"“]{0,50}?\bhad\s+(?:been\s+)?[a-z]+[^,;:]{0,80}"
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
    #: where reported content opens without "that" ("said on Wednesday they had ...")
    bare_complements: list[int] = field(default_factory=list)
    #: the spans of fixed phrases that name no event ("at the request of", ``not_events``)
    fixed: list[tuple[int, int]] = field(default_factory=list)


def build_context(
    text: str,
    sentence: Sentence,
    timexes: list[Timex],
    mentions: list[Mention],
    matcher: TriggerMatcher,
    cues: Cues,
    series: Callable[[], str | None] | None = None,
) -> SentenceContext:
    """Everything known about one sentence; ``series`` gives the type of the story's own
    occasion, which "the next edition" is another of (asked only when an edition is named)."""
    start, end = sentence.start, sentence.end
    taken = [(m.start, m.end) for m in mentions]
    triggers = [
        t
        for t in matcher.find(text, start, end)
        # an actor's name inside a trigger ("brief the Security Council") is its object
        if not any(s < t.end and t.start < e and not t.start < s < e <= t.end for s, e in taken)
        # "a one-day strike" holds a timex; "Summit" inside a date name does not count
        and not any(
            x.start < t.end and t.start < x.end and not (t.start <= x.start and x.end < t.end)
            for x in timexes
        )
        and not (t.spec.noun and cues.compound_head.match(text, t.end))
        # "The next test comes on Monday, when talks resume": a test of no weapon
        and not (
            t.spec.noun
            and t.text.lower() in cues.bare_tests
            and cues.weapon_word.search(text, max(0, start - WEAPON_REACH), end) is None
        )
        # "due in March to publish": a month's name the tagger read as a date is no protest march
        and not (
            t.text[:1].isupper()
            and t.text.split()[0].lower() in _months()
            and (
                any(x.start <= t.start < x.end for x in timexes)
                # "DOHA, March 18 (Reuters) -": the dateline's date is no timex of the story
                or _DAY_AFTER.match(text, t.end) is not None
            )
        )
        # "the National War Memorial": a capitalised noun inside a longer name ("Storm Boris",
        # "Typhoon Haiyan" are the disaster itself)
        and not (
            t.spec.noun
            and t.text[:1].isupper()
            and t.spec.subtype != "disaster"
            and _NAME_GOES_ON.match(text, t.end)
        )
    ]
    triggers = _labour_actions(text, start, triggers, cues)
    triggers = _retyped(text, start, end, triggers, cues)
    triggers = _editions(triggers, series)
    triggers = _with_dated_passives(text, start, end, triggers, timexes, cues, matcher)
    triggers = _with_named_events(text, start, end, triggers, cues)
    triggers = _with_court_orders(text, start, end, triggers, cues)
    triggers = _with_weapon_launches(text, start, end, triggers, cues)
    triggers = _with_place_visits(text, start, end, triggers, timexes, cues)
    triggers = _with_crowd_gatherings(text, end, triggers, mentions)
    triggers = _trips_for_meetings(text, end, triggers, cues)
    fixed = [m.span() for m in cues.not_events.finditer(text, start, end)] if triggers else []
    if fixed and all(any(lo < t.end and t.start < hi for lo, hi in fixed) for t in triggers):
        # "a federal labour appeals court suspended": no trigger but the court's own name
        triggers = []
    if not triggers:
        triggers = _dated_action(text, start, end, timexes, mentions, cues)
    elif all(t.spec.plain and not t.spec.noun and not t.text.endswith("ing") for t in triggers):
        # "The attache left Prague this morning, the embassy said": the dated action before the
        # saying is the news; the saying only reports it
        action = _dated_action(text, start, end, timexes, mentions, cues)
        if action and all(action[0].end <= t.start for t in triggers):
            triggers = [*action, *triggers]
    if not triggers:
        # nothing to place in clauses: a sentence without triggers reports no event
        return SentenceContext(text, sentence, timexes, mentions, triggers, [], [], [])
    quotes = [
        (m.start() + start, m.end() + start)
        for m in _QUOTE.finditer(sentence.text)
        if len(m.group().split()) >= QUOTE_MIN_WORDS
    ]
    boundaries = sorted(
        {
            m.start()
            for m in cues.clause.finditer(text, start, end)
            # "the so-called Ankara process": a clause word inside a compound opens no clause
            if not text.startswith("-", m.end())
            and not (
                _DATE_PREPOSITION.fullmatch(m.group())
                and _before_date(text, m.end(), timexes, cues)
            )
            and not _determiner_that(text, start, m, cues)
            and not _object_that(text, m, triggers, cues)
            # "sworn in before parliament": a preposition before an audience opens no clause
            and not (
                m.group().lower() == "before" and cues.audience_after_before.match(text, m.end())
            )
            # "appear before a court": a clause word inside a trigger opens no clause
            and not any(t.start < m.start() < t.end for t in triggers)
        }
        | {q for pair in quotes for q in pair}
    )
    complements = sorted(
        {
            m.start()
            for m in cues.complement.finditer(text, start, end)
            if not _determiner_that(text, start, m, cues)
            and not _object_that(text, m, triggers, cues)
        }
        | {m.start("opener") for m in cues.accusation.finditer(text, start, end)}
    )
    tail_match = cues.attribution_tail.search(sentence.text)
    tail = tail_match.start() + start if tail_match else None
    relatives = [(m.start() + start, m.end() + start) for m in _RELATIVE.finditer(sentence.text)]
    if " had " in sentence.text:
        relatives += [
            (m.start() + start, m.end() + start) for m in _PLUPERFECT.finditer(sentence.text)
        ]
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
        _bare_complements(text, triggers, timexes, end, cues),
        fixed,
    )


#: How far before a sentence a weapon word still makes its bare "test" one of weapons.
WEAPON_REACH = 400


#: The two words before a verb.
_WORDS_BEFORE = re.compile(r"(?:[\w’'-]+\s+){1,2}$")


def _dated_action(
    text: str,
    start: int,
    end: int,
    timexes: list[Timex],
    mentions: list[Mention],
    cues: Cues,
) -> list[TriggerMatch]:
    """A sentence with a date and no trigger: its actor's past verb reports an event of its
    own ("Washington dropped the plan last year")."""
    if not any(t.type in ("DATE", "TIME") and t.date_start is not None for t in timexes):
        return []
    actors = [m for m in mentions if not m.location and not m.source]
    not_past = lexicon().not_past_ed
    for match in cues.action_past.finditer(text, start, end):
        verb = match.group()
        if verb in not_past or verb in cues.passive_not_events or verb in cues.not_dated_actions:
            continue
        if any(t.start <= match.start() < t.end for t in timexes):
            continue
        before = _WORDS_BEFORE.search(text, max(start, match.start() - 30), match.start())
        words = before.group().lower().split() if before else []
        if words and (
            words[-1] in cues.not_action_before
            or words[-1].endswith(("est", "'s", "’s"))
            or (len(words) > 1 and words[-1].endswith("ly") and words[-2] in cues.not_action_before)
        ):
            # "was dropped", "to drop", "the biggest listed company": no past action
            continue
        if cues.infinitive_after.match(text, match.end()) and verb not in cues.aspect_verbs:
            # "wanted to drop the plan": an intention, not an action ("began to" is one)
            return []
        # the actor heads the subject: it ends a few words before the verb, no comma between
        if not any(
            (0 <= match.start() - m.end <= 40 and "," not in text[m.end : match.start()])
            # "Carlos Villamor, the ruling party's candidate, launched his bid": an apposition
            or cues.apposition_gap.fullmatch(text, m.end, match.start()) is not None
            for m in actors
        ):
            continue
        # "gunmen burst into the residence and shot him dead": violence near the verb makes the
        # action an attack
        near = cues.violence.search(
            text, max(start, match.start() - 40), min(end, match.end() + 120)
        )
        spec = TriggerSpec(verb, "attack" if near else "other", None, False, False, verb)
        return [TriggerMatch(match.start(), match.end(), verb, spec)]
    return []


def with_dated_action(ctx: SentenceContext, cues: Cues) -> SentenceContext | None:
    """The sentence read again for its dated action when none of its triggers reported an
    event: "The Education Ministry approved the textbook on April 3", "Islamic State lost the
    last scrap of territory it held on March 23" (their triggers, if any, name nothing that
    happened then)."""
    action = _dated_action(
        ctx.text, ctx.sentence.start, ctx.sentence.end, ctx.timexes, ctx.mentions, cues
    )
    if not action or any(t.start <= action[0].start < t.end for t in ctx.triggers):
        return None
    saying = max(
        (
            t.end
            for t in ctx.triggers
            if t.spec.type == "statement" and not t.spec.noun and t.end <= action[0].start
        ),
        default=None,
    )
    return replace(ctx, triggers=action, mentions=_reported_doers(ctx, saying, action[0].start))


def _reported_doers(ctx: SentenceContext, saying: int | None, action: int) -> list[Mention]:
    """The mentions that may act in an action reported after a saying that ends at ``saying``:
    "The ministry said Russia ordered the diplomat out": the doer is named after the saying,
    and the speaker only reports it; with no one named there, every mention."""
    if saying is not None and any(
        saying <= m.start < action and not m.location and not m.source for m in ctx.mentions
    ):
        return [m for m in ctx.mentions if m.location or m.start >= saying]
    return ctx.mentions


#: "said it would begin restoring the network", "said the appeal would be filed": a future
#: verb in what was said, with the verb it governs (not a negated one, nor "would have").
_REPORTED_PLAN = re.compile(
    r"\b(?:would|will)\s+(?!(?:not|have)\b)"
    r"(?:be\s+(?P<passive>[a-z]{3,}(?:ed|en))|(?!be\b)(?P<verb>[a-z]{3,}))\b"
)


def with_reported_plan(ctx: SentenceContext, cues: Cues) -> SentenceContext | None:
    """The sentence read again for the plan an undated saying reports, when a date follows it:
    "The CMA said it would decide by 30 April", "said its flights would be suspended from
    August 13" (the plan is news; the saying has no day of its own)."""
    saying = next((t for t in ctx.triggers if t.spec.type == "statement" and not t.spec.noun), None)
    if saying is None or saying.text.split()[0].lower() in cues.forecast_sayings:
        # "predicted that the number would fall in November": a guess, no plan
        return None
    plan = _REPORTED_PLAN.search(ctx.text, saying.end, ctx.sentence.end)
    if plan is None or in_quote(ctx, plan.start()):
        return None
    verb_start = plan.start("passive") if plan["passive"] else plan.start("verb")
    verb = plan["passive"] or plan["verb"]
    if verb in lexicon().not_past_ed or verb in cues.not_dated_actions:
        return None
    if not any(
        t.type in ("DATE", "TIME") and t.start >= plan.end() and t.date_start is not None
        for t in ctx.timexes
    ):
        return None
    spec = TriggerSpec(verb, "other", None, False, False, verb)
    # the saying stays: it tells that the plan is reported, and so scheduled; its speaker
    # stays among the actors ("the minister said Hungary would send boats": her plan too)
    return replace(
        ctx, triggers=[saying, TriggerMatch(verb_start, verb_start + len(verb), verb, spec)]
    )


def _trips_for_meetings(
    text: str, end: int, triggers: list[TriggerMatch], cues: Cues
) -> list[TriggerMatch]:
    """ "is due in Dakar on June 28 for the next session", "will travel to Brussels for a
    meeting of NATO defence ministers": a trip made for a meeting is the meeting."""
    if all(t.spec.type != "visit" for t in triggers):
        return triggers
    return [
        replace(t, spec=replace(t.spec, type="meeting", subtype=None))
        if t.spec.type == "visit"
        and not t.spec.noun
        and cues.meeting_purpose_after.match(text, t.end, end)
        else t
        for t in triggers
    ]


def _labour_actions(
    text: str, start: int, triggers: list[TriggerMatch], cues: Cues
) -> list[TriggerMatch]:
    """A strike or walkout by workers is industrial action, not an air strike or a boycott.

    "a 48-hour regional strike", "workers at the mine walked out": the words before it
    (``labour_modifiers`` and ``labour_subjects`` in event_cues.yaml) make it type other.
    """
    out = []
    for trigger in triggers:
        if trigger.text.lower() == "striking" and cues.labour_subject_after.match(
            text, trigger.end
        ):
            # "dismissed 11,000 striking workers": the workers are on strike; nobody is struck
            continue
        if (
            trigger.spec.type in ("attack", "sanction")
            and trigger.text.lower().split()[0] in cues.labour_triggers
            and (
                cues.labour_before.search(text, max(start, trigger.start - 80), trigger.start)
                or _strike_of_labour_story(text, trigger, cues)
            )
        ):
            spec = replace(trigger.spec, type="other", subtype=None)
            trigger = replace(trigger, spec=spec)
        out.append(trigger)
    return out


def _strike_of_labour_story(text: str, trigger: TriggerMatch, cues: Cues) -> bool:
    """ "Thursday's strike will be the latest": a bare strike or walkout in a story that tells
    of industrial action (before or after it), with no word of war right before it."""
    return (
        trigger.text.lower() in cues.labour_story_nouns
        and cues.military_strike_before.search(text, max(0, trigger.start - 20), trigger.start)
        is None
        and cues.labour_story.search(text) is not None
    )


#: Nouns that name one more of a recurring occasion (exercise triggers in event_types.yaml).
EDITION_NOUNS = frozenset({"edition", "next edition", "last edition"})


def _editions(
    triggers: list[TriggerMatch], story_series: Callable[[], str | None] | None
) -> list[TriggerMatch]:
    """ "Singapore is due to host the next edition in 2018": an edition is one more of the
    story's own occasion (an exercise, a parade, a summit); with none told yet, nothing."""
    if not any(t.spec.lemma in EDITION_NOUNS for t in triggers):
        return triggers
    series = story_series() if story_series is not None else None
    if series is None:
        return [t for t in triggers if t.spec.lemma not in EDITION_NOUNS]
    return [
        replace(t, spec=replace(t.spec, type=series, subtype=None))
        if t.spec.lemma in EDITION_NOUNS
        else t
        for t in triggers
    ]


def _city_after(text: str, position: int, end: int) -> bool:
    """Whether a town or city the gazetteer knows is named right after ``position`` ("Goma")."""
    name = _NAME_AFTER.match(text, position, end)
    return name is not None and city_country(name.group(1)) is not None


#: A capitalised name right after a verb: "seized Goma", "captured Kisangani".
_NAME_AFTER = re.compile(r"\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)")


def _retyped(
    text: str, start: int, end: int, triggers: list[TriggerMatch], cues: Cues
) -> list[TriggerMatch]:
    """Verbs whose subject or object makes them type other.

    "The first K2 tanks arrived at Gdynia": things that arrive are delivered, not visiting;
    "drilled the first offshore well": drilling for oil is no military drill.
    """
    out = []
    for trigger in triggers:
        if (
            trigger.spec.subtype == "runoff"
            and trigger.text.lower().startswith("second")
            and cues.talks_words.search(text, start, end)
            and not cues.election_words.search(text, start, end)
        ):
            # "At the second round, held on August 12-13, the foreign ministers": of talks
            trigger = replace(trigger, spec=replace(trigger.spec, type="meeting", subtype=None))
        if trigger.spec.lemma in cues.hearing_triggers and (
            not cues.court_word.search(text, start, end)
            or cues.hearing_of_lawmakers.match(text, trigger.end, end)
            or cues.lawmakers_hearing.search(text, max(start, trigger.start - 80), trigger.start)
        ):
            # "testify before the Senate Armed Services Committee": lawmakers or a board sit
            # with officials; testimony is a court's only with a court word near
            trigger = replace(trigger, spec=replace(trigger.spec, type="meeting", subtype=None))
        if trigger.spec.type in ("statement", "agreement") and (
            (
                (trigger.spec.lemma in cues.court_decisions or trigger.spec.type == "agreement")
                and cues.court_before.search(text, max(start, trigger.start - 50), trigger.start)
            )
            # "the Labour Court granted the municipality an interdict declaring the strike
            # unprotected": what the court's order says
            or (
                trigger.text.endswith("ing")
                and cues.court_order_end.search(text, max(start, trigger.start - 20), trigger.start)
                and cues.court_word.search(text, max(start, trigger.start - 100), trigger.start)
            )
        ):
            # "the High Court rejected a petition", "the high court agreed to take the case": a
            # court's ruling, no saying or deal
            trigger = replace(trigger, spec=replace(trigger.spec, type="other", subtype="justice"))
        if (
            trigger.spec.type == "statement"
            and trigger.text.lower() in cues.counted_forms
            and cues.counted_addition.match(text, trigger.start)
        ):
            # "added 17 Russian citizens to its sanctions list": a listing; "will add several
            # hectares": no saying at all
            if not (
                cues.listing_after.match(text, trigger.end, end)
                or cues.listing_before.search(text, max(start, trigger.start - 80), trigger.start)
            ):
                continue
            trigger = replace(trigger, spec=replace(trigger.spec, type="sanction", subtype=None))
        if (
            trigger.spec.type == "attack"
            and trigger.spec.lemma.startswith("raid")
            and (
                cues.law_enforcer.search(text, max(start, trigger.start - 60), trigger.start)
                # "were arrested in dawn raids in Hamburg": how the arrest was made
                or cues.arrested_in.search(text, max(start, trigger.start - 60), trigger.start)
            )
        ):
            # "investigators from the Special Investigating Unit raided the head office": a
            # search of justice, no attack
            trigger = replace(trigger, spec=replace(trigger.spec, type="other", subtype="justice"))
        if (
            trigger.spec.type == "attack"
            and not trigger.spec.noun
            and (
                cues.accident_after.match(text, trigger.end, end)
                or (
                    cues.disaster_word.search(text, start, end)
                    and not cues.attacker_word.search(text, start, end)
                )
            )
        ):
            # "was killed in a road accident", "fires destroyed 425,000 hectares and killed 21
            # people": a death by mishap or disaster, no attack
            trigger = replace(trigger, spec=replace(trigger.spec, type="other", subtype=None))
        if (
            trigger.spec.type == "other"
            and trigger.spec.subtype is None
            and trigger.spec.lemma.startswith("seize")
            and cues.armed_seizer.search(text, start, end)
        ):
            # "gunmen in two skiffs seized a chemical tanker": a seizure by force is an attack
            trigger = replace(trigger, spec=replace(trigger.spec, type="attack"))
        if trigger.spec.type == "other" and _deal_reached(
            text, start, trigger.start, trigger.text, cues
        ):
            trigger = replace(trigger, spec=replace(trigger.spec, type="agreement", subtype=None))
        objects = cues.objects_other.get(trigger.spec.lemma)
        if not trigger.spec.noun and (
            (
                trigger.spec.type == "visit"
                and trigger.spec.lemma.startswith("arrive")
                and cues.cargo_subject.search(text, max(start, trigger.start - 80), trigger.start)
            )
            or (objects is not None and objects.match(text, trigger.end, end))
        ):
            trigger = replace(trigger, spec=replace(trigger.spec, type="other", subtype=None))
        taken = cues.objects_attack.get(trigger.spec.lemma)
        if (
            not trigger.spec.noun
            and taken is not None
            and (taken.match(text, trigger.end, end) or _city_after(text, trigger.end, end))
        ):
            # "insurgents seized the police station": a place taken by force
            trigger = replace(trigger, spec=replace(trigger.spec, type="attack", subtype=None))
        # one letter for one, so an offset in it is one in the text ("RESOLUTİON")
        blind = trigger.text.translate(CASE_BLIND_LETTERS).lower()
        own = blind.endswith(("resolution", "resolutions"))
        if trigger.spec.type in {"agreement", "election"} and cues.resolution_saying.match(
            text, trigger.start + blind.rindex("resolution") if own else trigger.end, end
        ):
            trigger = replace(
                trigger, spec=replace(trigger.spec, type="statement", subtype="resolution")
            )
        out.append(trigger)
    return out


def _with_named_events(
    text: str, start: int, end: int, triggers: list[TriggerMatch], cues: Cues
) -> list[TriggerMatch]:
    """Add "Operation Claw-Shield", "Exercise Cobra Gold": a named operation is an event noun."""
    found = list(triggers)
    # a cheap test first: most sentences hold no head ("Operation") to run the pattern for
    named = any(text.find(head, start, end) >= 0 for head in cues.named_event_types)
    for match in cues.named_event.finditer(text, start, end) if named else ():
        if any(t.start < match.end() and match.start() < t.end for t in found):
            continue
        kind = cues.named_event_types[match.group("head")]
        if not cues.named_event_context.search(text, start, end):
            # "Operation Car Wash began in March 2014": a named operation of no army
            kind = "other"
        spec = TriggerSpec(match.group(), kind, None, True, False, match.group("head").lower())
        found.append(TriggerMatch(match.start(), match.end(), match.group(), spec))
    return sorted(found, key=lambda t: t.start)


#: How far before "ordered" its court may be named ("Ghana's Supreme Court on Thursday ordered").
COURT_ORDER_REACH = 40


def _with_court_orders(
    text: str, start: int, end: int, triggers: list[TriggerMatch], cues: Cues
) -> list[TriggerMatch]:
    """Add "the Supreme Court on Thursday ordered the commission to ...": what a court orders
    is its ruling (type other), when no other trigger tells of it."""
    found = list(triggers)
    # a phrase-led pattern: a sentence without the verb costs one quick scan
    for match in cues.court_order_verb.finditer(text, start, end):
        if any(t.start <= match.start() < t.end for t in found):
            continue
        lead = max(start, match.start() - COURT_ORDER_REACH)
        # the court named last before the verb, with no comma between them
        court = max(
            (m.end() for m in cues.court_word.finditer(text, lead, match.start())), default=None
        )
        if court is None or "," in text[court : match.start()]:
            continue
        verb = match.group()
        # the lemma names it in headlines ("Supreme Court orders ...")
        lemma = verb.removesuffix("ed")
        spec = TriggerSpec(verb, "other", "justice", False, False, lemma)
        found.append(TriggerMatch(match.start(), match.end(), match.group(), spec))
    return sorted(found, key=lambda t: t.start)


#: What every weapon's designation holds ("Agni-II", "Hwasong-15"): a cheap test first, from the
#: hyphen (a pattern opening with a literal skips to it), searched from one after the span's start.
_DESIGNATION_HINT = re.compile(r"-(?<=[a-z]-)[IVX\d]")


def _with_weapon_launches(
    text: str, start: int, end: int, triggers: list[TriggerMatch], cues: Cues
) -> list[TriggerMatch]:
    """ "launched the Agni-II", "fired the liquid-fuelled Ghauri-II": a verb of launching before a
    weapon's designation reports a missile test, whatever else the verb alone would report."""
    if _DESIGNATION_HINT.search(text, start + 1, end) is None:
        return triggers
    found = list(triggers)
    for match in cues.weapon_launch.finditer(text, start, end):
        verb_start, verb_end = match.span("verb")
        if any(
            t.start < match.end() and verb_start < t.end and t.start != verb_start for t in found
        ):
            continue
        found = [t for t in found if t.start != verb_start]
        verb = match.group("verb")
        lemma = cues.launch_lemmas[verb]
        spec = TriggerSpec(verb, "military_display", "missile_test", False, False, lemma)
        found.append(TriggerMatch(verb_start, verb_end, verb, spec))
    return sorted(found, key=lambda t: t.start)


def _with_place_visits(
    text: str,
    start: int,
    end: int,
    triggers: list[TriggerMatch],
    timexes: list[Timex],
    cues: Cues,
) -> list[TriggerMatch]:
    """Add "are due in Sydney", "will call at Manila", "berthed at Karachi": a visit by place."""
    if not cues.place_visit_first.search(text, start, end):
        return triggers
    found = list(triggers)
    for match in cues.place_visit.finditer(text, start, end):
        if any(t.start < match.end() and match.start() < t.end for t in found):
            continue
        if any(t.spec.noun and 0 <= match.start() - t.end <= 2 for t in found):
            # "presidential elections due in Chile": an event that is due, not a visitor
            continue
        after = _SPACES.match(text, match.end())
        if after is not None and any(t.start == after.end() for t in timexes):
            # "due in March": a month, not a place
            continue
        lemma = match.group().lower()
        spec = TriggerSpec(lemma, "visit", None, False, False, lemma)
        found.append(TriggerMatch(match.start(), match.end(), match.group(), spec))
    return sorted(found, key=lambda t: t.start)


def _with_crowd_gatherings(
    text: str, end: int, triggers: list[TriggerMatch], mentions: list[Mention]
) -> list[TriggerMatch]:
    """Add "more than 20,000 people marched in Lomé": a counted crowd's verb is its protest."""
    crowds = [m for m in mentions if m.evidence == CROWD]
    if not crowds:
        return triggers
    found = list(triggers)
    for mention in crowds:
        span = gathering_after(text, mention.end, end)
        if span is None or any(t.start < span[1] and span[0] < t.end for t in found):
            continue
        verb = text[span[0] : span[1]]
        spec = TriggerSpec(verb.lower(), "other", None, False, False, verb.lower())
        found.append(TriggerMatch(span[0], span[1], verb, spec))
    return sorted(found, key=lambda t: t.start)


def _deal_reached(text: str, start: int, verb_start: int, verb: str, cues: Cues) -> bool:
    """Whether ``verb``, at ``verb_start``, completes a deal named as its subject: "The agreement
    between the EU and Mercosur was concluded in Montevideo" reports an agreement reached."""
    return verb.lower() in cues.deal_completions and bool(
        cues.deal_subject.search(text, max(start, verb_start - 160), verb_start)
    )


def _with_dated_passives(
    text: str,
    start: int,
    end: int,
    triggers: list[TriggerMatch],
    timexes: list[Timex],
    cues: Cues,
    matcher: TriggerMatcher,
) -> list[TriggerMatch]:
    """Add "was cancelled in 2010", "were delivered on Friday": a dated passive reports an event.

    Its type is the one a trigger of the verb's stem has ("was first tested": a test), else other.
    """
    found = list(triggers)
    if (
        text.find(" was ", start, end) < 0
        and text.find(" were ", start, end) < 0
        and text.find(" been ", start, end) < 0
    ):
        return found
    for match in cues.dated_passive.finditer(text, start, end):
        verb = match.group("verb").lower()
        if verb in cues.passive_not_events or any(
            t.start < match.end() and match.start() < t.end for t in found
        ):
            continue
        if not any(
            0 <= x.start - match.end() <= 40 and x.type in ("DATE", "TIME") and x.date_start
            for x in timexes
        ):
            continue
        kind = next(
            (
                known.type
                for stem in (verb[:-2], verb[:-1], verb[:-3])
                if (known := matcher.specs.get(stem)) is not None and known.type != "statement"
            ),
            "other",
        )
        if kind == "other" and _deal_reached(text, start, match.start("verb"), verb, cues):
            kind = "agreement"
        spec = TriggerSpec(verb, kind, None, False, False, verb)
        found.append(
            TriggerMatch(match.start("verb"), match.end("verb"), match.group("verb"), spec)
        )
    return sorted(found, key=lambda t: t.start)


def _object_that(text: str, match: re.Match[str], triggers: list[TriggerMatch], cues: Cues) -> bool:
    """ "seized that ship two days later": a "that" right after a verb of action opens its
    object (``object_after_that``); after a verb of saying or agreeing it opens what was said."""
    return (
        match.group().lower() == "that"
        and cues.object_after_that.match(text, match.end()) is not None
        and any(
            t.end < match.start()
            and not text[t.end : match.start()].strip()
            and not t.spec.noun
            and t.spec.type not in ("statement", "agreement")
            for t in triggers
        )
    )


def _determiner_that(text: str, start: int, match: re.Match[str], cues: Cues) -> bool:
    """Whether a "that" is a determiner after a preposition ("negotiations on that idea")."""
    return match.group().lower() == "that" and bool(
        cues.preposition_end.search(text, max(start, match.start() - 12), match.start())
    )


def _bare_complements(
    text: str, triggers: list[TriggerMatch], timexes: list[Timex], end: int, cues: Cues
) -> list[int]:
    """Where reported content opens without "that": "said on Wednesday they had detained 14"."""
    found = []
    for trigger in triggers:
        if trigger.spec.type != "statement" or trigger.spec.noun:
            continue
        position = trigger.end
        for timex in timexes:
            if _DATE_LEAD.fullmatch(text, position, timex.start):
                position = timex.end
        match = cues.bare_complement.match(text, position, end)
        if match is not None:
            found.append(match.start(1))
    return found


def _before_date(text: str, position: int, timexes: list[Timex], cues: Cues) -> bool:
    """Whether a clause word is a preposition of a date ("shortly before midnight on Saturday")."""
    for index, timex in enumerate(timexes):
        if 0 < timex.start - position <= 20 and cues.date_preposition_gap.fullmatch(
            text, position, timex.start
        ):
            # a bare clock time ("after 10 a.m.") takes its day from elsewhere: keep the boundary
            following = timexes[index + 1] if index + 1 < len(timexes) else None
            # "after 10 a.m. Tuesday" names its day itself
            dated_clock = timex.type == "TIME" and any(
                word.lower().rstrip(".,") in lexicon().weekdays for word in timex.text.split()
            )
            return (
                timex.type == "DATE"
                or dated_clock
                or (following is not None and following.start - timex.end <= 5)
            )
    return False


_SPACES = re.compile(r"\s*")


@cache
def _months() -> frozenset[str]:
    """The month names and abbreviations of the temporal lexicon."""
    return frozenset(lexicon().months)


def segment(ctx: SentenceContext, position: int) -> tuple[int, int]:
    """The clause around ``position``: between the boundaries (sorted) on either side of it."""
    boundaries = ctx.boundaries
    at = bisect_right(boundaries, position)
    return (
        boundaries[at - 1] if at else ctx.sentence.start,
        boundaries[at] if at < len(boundaries) else ctx.sentence.end,
    )


def in_quote(ctx: SentenceContext, position: int) -> tuple[int, int] | None:
    for start, end in ctx.quotes:
        if start <= position < end:
            return start, end
    return None


def embedding_start(ctx: SentenceContext, trigger: TriggerMatch) -> int | None:
    """Where the reported content containing ``trigger`` starts, if it is inside one."""
    quote = in_quote(ctx, trigger.start)
    if quote is not None:
        return quote[0]
    for other in ctx.triggers:
        if other.start >= trigger.start or other.spec.type != "statement" or other.spec.noun:
            continue
        opener = next((c for c in ctx.complements if other.end <= c < trigger.start), None)
        if opener is not None and not main_coordinate(ctx.text, opener, trigger):
            return opener
    return None


#: "and" right before a verb: a verb coordinated with another, sharing its subject.
_AND_BEFORE = re.compile(r"\band\s+$")
#: A modal's verb group: "would not set up", "could be".
_MODAL_GROUP = re.compile(r"\b(?:would|could|will|might|should|can|must|may)\s+(?:not\s+)?[a-z]+")


def main_coordinate(text: str, opener: int, trigger: TriggerMatch) -> bool:
    """ "said that the government would not set up a board and urged workers to return": a past
    verb of saying after "and" cannot share the reported clause's modal; it is the main clause's."""
    return (
        trigger.spec.type == "statement"
        and not trigger.spec.noun
        and trigger.text.endswith("ed")
        and _AND_BEFORE.search(text, max(opener, trigger.start - 6), trigger.start) is not None
        and _MODAL_GROUP.search(text, opener, trigger.start) is not None
    )


def reported(ctx: SentenceContext, trigger: TriggerMatch) -> bool:
    """Whether a verb of saying (or agreeing, "agreed that ...") comes before ``trigger``.

    Then the trigger is what someone said or settled, and "would" in it looks ahead.
    """
    return any(
        (
            (t.spec.type == "statement" and not t.spec.noun)
            or (
                t.spec.type == "agreement"
                and not t.spec.noun
                and any(t.end <= c < trigger.start for c in ctx.complements)
            )
        )
        and t.end <= trigger.start
        for t in ctx.triggers
    )


def background_clause(ctx: SentenceContext, trigger: TriggerMatch) -> tuple[int, int] | None:
    return next(((s, e) for s, e in ctx.relatives if s <= trigger.start < e), None)
