"""Synthetic but realistic events for benchmarks: ``make_events(n, seed)``.

Dates mix single days, multi-day windows, fuzzy parts of months ("late
January"), months, quarters, seasons and years, with a share of undated events;
actors follow a long-tailed distribution so a few dominate, as in real news.
The same ``(n, seed)`` always gives the same events.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from timeline.model import Actor, Event, FuzzyDate, Source
from timeline.taxonomy import TOP_LEVEL_TYPES, load_taxonomy
from timeline.temporal import timeml

ACTORS: tuple[tuple[str, str, str | None], ...] = (
    ("North Korea", "country", "PRK"),
    ("United States", "country", "USA"),
    ("South Korea", "country", "KOR"),
    ("Kim Jong-un", "person", "PRK"),
    ("Donald Trump", "person", "USA"),
    ("Moon Jae-in", "person", "KOR"),
    ("China", "country", "CHN"),
    ("Japan", "country", "JPN"),
    ("Russia", "country", "RUS"),
    ("Xi Jinping", "person", "CHN"),
    ("Shinzo Abe", "person", "JPN"),
    ("Vladimir Putin", "person", "RUS"),
    ("Mike Pompeo", "person", "USA"),
    ("Stephen Biegun", "person", "USA"),
    ("Kim Yong-chol", "person", "PRK"),
    ("United Nations Security Council", "organization", None),
    ("International Atomic Energy Agency", "organization", None),
    ("Korean People's Army", "group", "PRK"),
    ("United States Forces Korea", "group", "USA"),
    ("Vietnam", "country", "VNM"),
    ("Sergei Ryabkov", "person", "RUS"),
    ("Kang Kyung-wha", "person", "KOR"),
    ("Ri Yong-ho", "person", "PRK"),
    ("John Bolton", "person", "USA"),
    ("European Union", "organization", None),
    ("Singapore", "country", "SGP"),
    ("Mongolia", "country", "MNG"),
    ("Sweden", "country", "SWE"),
    ("Choe Son-hui", "person", "PRK"),
    ("Taro Kono", "person", "JPN"),
)

VERBS: dict[str, tuple[str, ...]] = {
    "meeting": ("meets", "holds talks with", "calls"),
    "visit": ("visits", "arrives in", "travels to"),
    "statement": ("warns", "says it will respond to", "criticises", "praises"),
    "exercise": ("holds drills with", "begins joint exercise with"),
    "military_display": ("test-fires missile near", "parades weapons before"),
    "agreement": ("signs agreement with", "reaches deal with"),
    "sanction": ("imposes sanctions on", "eases sanctions on"),
    "attack": ("strikes", "fires artillery at"),
    "election": ("holds election watched by", "votes on proposal by"),
    "other": ("responds to", "reports on"),
}

PLACES = ("Hanoi, Vietnam", "Singapore", "Pyongyang", "Seoul", "Washington", "Beijing", None)
FIRST_DAY = date(2017, 1, 1)
SPAN_DAYS = 4 * 365


def _when(rng: random.Random) -> FuzzyDate | None:
    """A date of a realistic kind: mostly days, some windows, some fuzzy, a few missing."""
    day = FIRST_DAY + timedelta(days=rng.randrange(SPAN_DAYS))
    roll = rng.random()
    if roll < 0.05:
        return None
    if roll < 0.60:
        return FuzzyDate(start=day, end=day, precision="day", value=day.isoformat())
    if roll < 0.70:
        end = day + timedelta(days=rng.randint(1, 4))
        text = f"{day.day}-{end.day} {end:%B %Y}" if day.month == end.month else None
        return FuzzyDate(start=day, end=end, precision="day", text=text)
    if roll < 0.85:
        mod = rng.choice(("START", "MID", "END"))
        word = {"START": "early", "MID": "mid", "END": "late"}[mod]
        return _from_value(f"{day:%Y-%m}", mod, f"{word} {day:%B}")
    if roll < 0.92:
        return _from_value(f"{day:%Y-%m}", None, f"in {day:%B %Y}")
    if roll < 0.96:
        quarter = (day.month - 1) // 3 + 1
        return _from_value(f"{day.year}-Q{quarter}", None, f"the {_ordinal(quarter)} quarter")
    if roll < 0.98:
        return _from_value(f"{day.year}-SU", None, f"summer {day.year}")
    return _from_value(str(day.year), None, f"in {day.year}")


def _ordinal(n: int) -> str:
    return {1: "first", 2: "second", 3: "third", 4: "fourth"}[n]


def _from_value(value: str, mod: str | None, text: str) -> FuzzyDate:
    found = timeml.base_window(value)
    window = timeml.window(value, mod)
    assert found is not None and window is not None
    return FuzzyDate(
        start=window[0],
        end=window[1],
        precision=found[2],  # type: ignore[arg-type]
        mod=mod,  # type: ignore[arg-type]
        text=text,
        value=value,
    )


def _actors(rng: random.Random) -> list[Actor]:
    """Zero to three distinct actors, the first ones of the list far more often."""
    count = rng.choices((0, 1, 2, 3), weights=(5, 45, 40, 10))[0]
    weights = [1.0 / (rank + 1) for rank in range(len(ACTORS))]
    chosen: list[tuple[str, str, str | None]] = []
    while len(chosen) < count:
        pick = rng.choices(ACTORS, weights=weights)[0]
        if pick not in chosen:
            chosen.append(pick)
    return [Actor(name=name, kind=kind, country=country) for name, kind, country in chosen]  # type: ignore[arg-type]


def make_events(n: int, seed: int = 0) -> list[Event]:
    """``n`` varied, valid events with unique ids, the same for the same ``seed``."""
    rng = random.Random(seed)
    taxonomy = load_taxonomy()
    events: list[Event] = []
    for index in range(n):
        kind = rng.choices(TOP_LEVEL_TYPES, weights=(20, 12, 25, 8, 8, 6, 6, 4, 3, 8))[0]
        subtypes = taxonomy.subtypes_of(kind)
        subtype = rng.choice(subtypes) if subtypes and rng.random() < 0.4 else None
        actors = _actors(rng)
        subject = actors[0].name if actors else "Officials"
        obj = actors[1].name if len(actors) > 1 else rng.choice(("the region", "reporters"))
        title = f"{subject} {rng.choice(VERBS[kind])} {obj}"
        when = _when(rng)
        status = rng.choices(
            ("occurred", "scheduled", "planned", "reported", "cancelled", "uncertain"),
            weights=(70, 10, 6, 8, 3, 3),
        )[0]
        published = (when.end if when else FIRST_DAY) + timedelta(days=rng.randint(0, 10))
        source = Source(
            document=f"articles/synthetic-{index // 20:05d}.txt",
            url=f"https://news.example.org/{published:%Y/%m/%d}/story-{index // 20}",
            publisher=rng.choice(("Example Wire", "Daily Example", "Example Times")),
            published=published,
            quote=f"{title}, officials said on {published:%A}, in a move analysts called significant.",
        )
        events.append(
            Event(
                id=f"syn-{index:06d}",
                title=title,
                type=kind,  # type: ignore[arg-type]
                subtype=subtype,
                date=when,
                actors=actors,
                location=rng.choice(PLACES),
                sources=[source],
                status=status,  # type: ignore[arg-type]
                origin="extracted",
                confidence=round(rng.uniform(0.5, 1.0), 2),
            )
        )
    return events


if __name__ == "__main__":
    import sys

    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    for event in make_events(count):
        print(event.model_dump_json())
