"""English date words, loaded once from ``timeline/data/temporal/*.yaml``.

Language knowledge lives in data files so that it can be read and extended
without touching the patterns that use it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from ruamel.yaml import YAML

DATA_PACKAGE = "timeline.data"


def load_data(name: str) -> dict[str, Any]:
    """One YAML data file of the temporal package, parsed safely."""
    text = (resources.files(DATA_PACKAGE) / "temporal" / name).read_text(encoding="utf-8")
    loaded = YAML(typ="safe").load(text)
    if not isinstance(loaded, dict):
        raise ValueError(f"{name}: expected a mapping at the top level")
    return loaded


@dataclass(frozen=True)
class Holiday:
    """A named day and the rule that places it in a year."""

    names: tuple[str, ...]
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    nth: int | None = None
    easter: int | None = None
    offset: int = 0
    year: int | None = None
    #: for one country's variant of a national day: the words that name the country
    where: tuple[str, ...] = ()
    default: bool = False


@dataclass(frozen=True)
class NamedDay:
    """A month and day that, followed by one of ``nouns``, names one day of one year (9/11)."""

    month: int
    day: int
    year: int
    nouns: frozenset[str]


@dataclass(frozen=True)
class Lexicon:
    """Every word list the detector and resolver use, keyed by lowercase word."""

    months: dict[str, int]
    ambiguous_months: frozenset[str]
    #: months that are also first names ("April Tolliver")
    name_months: frozenset[str]
    date_cues_before: frozenset[str]
    weekdays: dict[str, int]
    numbers: dict[str, float]
    vague_quantities: tuple[str, ...]
    ordinals: dict[str, int]
    units: dict[str, tuple[str, int, bool]]
    seasons: dict[str, str]
    ambiguous_seasons: frozenset[str]
    parts_of_day: dict[str, str]
    fuzzy_modifiers: dict[str, str]
    approx_modifiers: dict[str, str]
    reference_words: dict[str, str]
    frequency_words: dict[str, str]
    future_cues: tuple[str, ...]
    past_cues: tuple[str, ...]
    not_past_ed: frozenset[str]
    #: past forms that are also the bare verb ("cut", "quit"), and the words that make them bare
    same_form_pasts: tuple[str, ...]
    bare_form_before: tuple[str, ...]
    #: past forms that are also currencies after an amount ("20 million won")
    currency_pasts: frozenset[str]
    amount_words: tuple[str, ...]
    #: future cues that are also nouns ("its forecast")
    future_nouns: tuple[str, ...]
    prospective_verbs: tuple[str, ...]
    prospective_object_verbs: tuple[str, ...]
    #: "agreed to hear the case": a court's grant of review, no plan ahead
    review_infinitives: tuple[str, ...]
    review_objects: tuple[str, ...]
    deferral_verbs: tuple[str, ...]
    listing_verbs: tuple[str, ...]
    rescheduling_verbs: tuple[str, ...]
    not_verbs_after_to: tuple[str, ...]
    #: Words before "to" that make it a preposition ("ordered the miners back to work").
    not_infinitive_after: tuple[str, ...]
    open_ended_before: frozenset[str]
    future_before: frozenset[str]
    #: words of onset before a day ("starting on Thursday"): the day lies ahead
    onset_words: frozenset[str]
    setting_verbs: frozenset[str]
    set_for_followers: frozenset[str]
    called_events: tuple[str, ...]
    calling_verbs: tuple[str, ...]
    invitation_verbs: tuple[str, ...]
    summoning_verbs: tuple[str, ...]
    fresh_meeting_words: tuple[str, ...]
    invitation_nouns: tuple[str, ...]
    adjective_determiners: tuple[str, ...]
    present_openers: tuple[str, ...]
    later_clause_openers: tuple[str, ...]
    set_day_nouns: frozenset[str]
    source_openers: tuple[str, ...]
    present_verbs: frozenset[str]
    relative_pronouns: frozenset[str]
    relative_openers: frozenset[str]
    appositive_openers: frozenset[str]
    participles: frozenset[str]
    participle_adverbs: frozenset[str]
    clause_breaks: tuple[str, ...]
    adverbial_before: frozenset[str]
    determiners: frozenset[str]
    state_start_before: frozenset[str]
    year_span_joiners: tuple[str, ...]
    context: dict[str, frozenset[str]]
    counted_nouns: frozenset[str]
    other_calendars: frozenset[str]
    holidays: dict[str, Holiday]
    #: national days ("Independence Day"): each country's variant of one name, apart from
    #: ``holidays`` because no one of them is the day the name means
    national_days: dict[str, tuple[Holiday, ...]]
    decade_words: dict[str, str]
    named_days: dict[tuple[int, int], NamedDay]
    #: zone abbreviation -> ISO 8601 offset ("EDT" -> "-04")
    time_zones: dict[str, str]
    #: zones named in words after a clock time ("eastern time", "Moscow time")
    spoken_time_zones: tuple[str, ...]
    #: nouns of reported figures after a quarter ("fourth-quarter results")
    results_nouns: tuple[str, ...]
    #: words of a year-ago comparison ("a year earlier", "the same period last year")
    comparison_words: tuple[str, ...]


def _norm(word: str) -> str:
    return word.lower().replace("’", "'")


#: The keys a holiday rule (or a national day's variant) may have.
HOLIDAY_KEYS = frozenset(
    {"names", "month", "day", "weekday", "nth", "easter", "offset", "year", "where", "default"}
)


def holiday_rule(names: tuple[str, ...], spec: dict[str, Any]) -> Holiday:
    """One holiday rule of ``holidays.yaml`` (or one country's variant of a national day)."""
    unknown = sorted(set(spec) - HOLIDAY_KEYS)
    if unknown:
        raise ValueError(
            f"holidays.yaml: {names[0]!r}: unknown key {unknown[0]!r} "
            f"(use {', '.join(sorted(HOLIDAY_KEYS))})"
        )
    return Holiday(
        names=names,
        month=spec.get("month"),
        day=spec.get("day"),
        weekday=spec.get("weekday"),
        nth=spec.get("nth"),
        easter=spec.get("easter"),
        offset=int(spec.get("offset", 0)),
        year=spec.get("year"),
        where=tuple(_norm(w) for w in spec.get("where", ())),
        default=bool(spec.get("default", False)),
    )


@cache
def lexicon() -> Lexicon:
    """The English lexicon (parsed on first use, then cached)."""
    en = load_data("en.yaml")
    months: dict[str, int] = {}
    for name, spec in en["months"].items():
        months[name] = spec["number"]
        for abbr in spec.get("abbr", []):
            months[abbr] = spec["number"]
    weekdays: dict[str, int] = {}
    for name, spec in en["weekdays"].items():
        weekdays[name] = spec["number"]
        for abbr in spec.get("abbr", []):
            weekdays[abbr] = spec["number"]
    units = {
        name: (spec["unit"], int(spec["factor"]), bool(spec.get("time", False)))
        for name, spec in en["units"].items()
    }
    holidays: dict[str, Holiday] = {}
    raw_holidays = load_data("holidays.yaml")
    for spec in raw_holidays["holidays"]:
        names = tuple(_norm(n) for n in spec["names"])
        for name in names:
            holidays[name] = holiday_rule(names, spec)
    national_days: dict[str, tuple[Holiday, ...]] = {}
    for entry in raw_holidays["national_days"]:
        names = tuple(_norm(n) for n in entry["names"])
        variants = tuple(holiday_rule(names, spec) for spec in entry["variants"])
        for name in names:
            national_days[name] = variants
    refs = {
        _norm(phrase): value for value, words in en["reference_words"].items() for phrase in words
    }
    return Lexicon(
        months=months,
        ambiguous_months=frozenset(en["ambiguous"]["months"]),
        name_months=frozenset(en["ambiguous"]["name_months"]),
        date_cues_before=frozenset(en["ambiguous"]["date_cues_before"]),
        weekdays=weekdays,
        numbers={str(k): float(v) for k, v in en["numbers"].items()},
        vague_quantities=tuple(en["vague_quantities"]),
        ordinals={str(k): int(v) for k, v in en["ordinals"].items()},
        units=units,
        seasons=dict(en["seasons"]),
        ambiguous_seasons=frozenset(en["ambiguous_seasons"]),
        parts_of_day=dict(en["parts_of_day"]),
        fuzzy_modifiers=dict(en["fuzzy_modifiers"]),
        approx_modifiers=dict(en["approx_modifiers"]),
        reference_words=refs,
        frequency_words=dict(en["frequency_words"]),
        future_cues=tuple(_norm(w) for w in en["tense"]["future"]),
        past_cues=tuple(_norm(w) for w in en["tense"]["past"]),
        not_past_ed=frozenset(en["tense"]["not_past_ed"]),
        same_form_pasts=tuple(en["tense"]["same_form_pasts"]),
        bare_form_before=tuple(en["tense"]["bare_form_before"]),
        currency_pasts=frozenset(en["tense"]["currency_pasts"]),
        amount_words=tuple(en["tense"]["amount_words"]),
        future_nouns=tuple(en["tense"]["future_nouns"]),
        prospective_verbs=tuple(en["tense"]["prospective_verbs"]),
        prospective_object_verbs=tuple(en["tense"]["prospective_object_verbs"]),
        review_infinitives=tuple(en["tense"]["review_infinitives"]),
        review_objects=tuple(en["tense"]["review_objects"]),
        deferral_verbs=tuple(en["tense"]["deferral_verbs"]),
        listing_verbs=tuple(en["tense"]["listing_verbs"]),
        rescheduling_verbs=tuple(en["tense"]["rescheduling_verbs"]),
        not_verbs_after_to=tuple(en["tense"]["not_verbs_after_to"]),
        not_infinitive_after=tuple(en["tense"]["not_infinitive_after"]),
        open_ended_before=frozenset(_norm(w) for w in en["tense"]["open_ended_before"]),
        called_events=tuple(en["tense"]["called_events"]),
        calling_verbs=tuple(en["tense"]["calling_verbs"]),
        invitation_verbs=tuple(en["tense"]["invitation_verbs"]),
        summoning_verbs=tuple(en["tense"]["summoning_verbs"]),
        fresh_meeting_words=tuple(en["tense"]["fresh_meeting_words"]),
        invitation_nouns=tuple(en["tense"]["invitation_nouns"]),
        adjective_determiners=tuple(en["tense"]["adjective_determiners"]),
        present_openers=tuple(en["tense"]["present_openers"]),
        later_clause_openers=tuple(en["tense"]["later_clause_openers"]),
        set_day_nouns=frozenset(en["tense"]["set_day_nouns"]),
        source_openers=tuple(en["tense"]["source_openers"]),
        present_verbs=frozenset(en["tense"]["present_verbs"]),
        future_before=frozenset(_norm(w) for w in en["tense"]["future_before"]),
        onset_words=frozenset(_norm(w) for w in en["tense"]["onset_words"]),
        setting_verbs=frozenset(_norm(w) for w in en["tense"]["setting_verbs"]),
        set_for_followers=frozenset(en["tense"]["set_for_followers"]),
        relative_pronouns=frozenset(en["tense"]["relative_pronouns"]),
        relative_openers=frozenset(en["narrative"]["relative_openers"]),
        appositive_openers=frozenset(en["narrative"]["appositive_openers"]),
        participles=frozenset(en["narrative"]["participles"]),
        participle_adverbs=frozenset(en["narrative"]["participle_adverbs"]),
        clause_breaks=tuple(en["narrative"]["clause_breaks"]),
        adverbial_before=frozenset(en["narrative"]["adverbial_before"]),
        determiners=frozenset(en["narrative"]["determiners"]),
        state_start_before=frozenset(en["narrative"]["state_start_before"]),
        year_span_joiners=tuple(en["narrative"]["year_span_joiners"]),
        context={key: frozenset(_norm(w) for w in words) for key, words in en["context"].items()},
        counted_nouns=frozenset(en["counted_nouns"]),
        other_calendars=frozenset(en["other_calendars"]),
        holidays=holidays,
        national_days=national_days,
        decade_words={str(k): str(v) for k, v in en["decade_words"].items()},
        named_days={
            (spec["month"], spec["day"]): NamedDay(
                spec["month"], spec["day"], spec["year"], frozenset(spec["nouns"])
            )
            for spec in en["named_days"]
        },
        time_zones={str(k): str(v) for k, v in en["time_zones"].items()},
        spoken_time_zones=tuple(str(w) for w in en["spoken_time_zones"]),
        results_nouns=tuple(str(w) for w in en["results_nouns"]),
        comparison_words=tuple(str(w) for w in en["comparison_words"]),
    )


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of phrases, longest first, spaces matching any whitespace."""
    phrases = sorted(set(words), key=lambda w: (-len(w), w))
    parts = []
    for phrase in phrases:
        escaped = re.escape(phrase).replace("\\ ", r"\s+").replace("'", "['’]")
        parts.append(escaped)
    return "(?:" + "|".join(parts) + ")"
