"""Round 12 of the extraction rules, end to end: the headline names the article's country,
a closing quote is no apposition, the lines before the first sentence are headlines, and
triggers for protests outside buildings, laws coming into force, released hostages, first
flights, court appearances and rulings, and emergency sessions.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.extract import extract
from timeline.extract.triggers import inflect
from timeline.model import Event

#: A Monday: "yesterday" is 15 January, "on Friday" 13 January, "tomorrow" 17 January.
PUBLISHED = date(2012, 1, 16)


def _summary(events: list[Event]) -> list[tuple[str, list[str], str | None]]:
    return [
        (e.type, [a.name for a in e.actors], e.date.start.isoformat() if e.date else None)
        for e in events
    ]


def test_the_headline_country_is_the_articles_country() -> None:
    text = (
        "Monday, January 16, 2012\n"
        "Foreign aid flights reach Peru after deadly earthquake\n"
        "Aircraft carrying aid from the United States landed in Arequipa yesterday.\n"
        "The quake struck southern Peru on Friday, according to the United States Geological "
        "Survey.\n"
        "The government declared a state of emergency on Friday night.\n"
    )
    emergency = [e for e in extract(text, PUBLISHED) if "emergency" in e.sources[0].quote]
    assert emergency and "Peru" in {a.name for a in emergency[0].actors}, _summary(emergency)


def test_a_quote_closing_before_said_is_not_an_apposition() -> None:
    text = (
        '"Today we are building a bridge across the Atlantic," said Uruguayan President '
        "Gustavo Larrañaga Ferrer on Friday."
    )
    names = {a.name for e in extract(text, PUBLISHED) for a in e.actors}
    assert "Atlantic" not in names
    assert "Gustavo Larrañaga Ferrer" in names


def test_a_headline_under_a_date_line_is_no_undated_event() -> None:
    text = (
        "Sunday, March 17, 2013\n"
        "Thailand and Cambodia agree ceasefire after clashes\n"
        "Thai and Cambodian army commanders agreed a ceasefire earlier today.\n"
    )
    events = extract(text, date(2013, 3, 17))
    assert [(e.type, e.date.start if e.date else None) for e in events] == [
        ("agreement", date(2013, 3, 17))
    ]
    assert events[0].sources[0].quote.startswith("Thai and Cambodian")


@pytest.mark.parametrize(
    ("text", "kind", "day"),
    [
        (
            "Hundreds of Peruvian protesters rallied outside Government House in Lima on Saturday.",
            "other",
            date(2012, 1, 14),
        ),
        (
            "Peru's new mining law is due to come into force on Friday, the ministry said.",
            "other",
            date(2012, 1, 20),
        ),
        (
            "Two Dutch engineers held by tribesmen in Yemen were released unharmed on Sunday.",
            "other",
            date(2012, 1, 15),
        ),
        (
            "Peru's first satellite launcher made its maiden flight on Friday.",
            "other",
            date(2012, 1, 13),
        ),
        (
            "The Peruvian officers will appear before a military court on Tuesday.",
            "other",
            date(2012, 1, 17),
        ),
        (
            "The International Court of Justice ruled on Friday that Peru had sovereignty over "
            "the island.",
            "other",
            date(2012, 1, 13),
        ),
        (
            "Peru's Congress will hold an emergency session tomorrow.",
            "meeting",
            date(2012, 1, 17),
        ),
        # round 13
        (
            "A bomb hidden in a parked car exploded as the Tajik minister's convoy passed on "
            "Thursday.",
            "attack",
            date(2012, 1, 12),
        ),
        ("Estonia joined the European Union and NATO in 2004.", "other", date(2004, 1, 1)),
        (
            "The Estonian cabinet is scheduled to hold its first session on Friday.",
            "meeting",
            date(2012, 1, 20),
        ),
        (
            "A boat carrying 250 migrants from Libya capsized off Italy on Sunday.",
            "other",
            date(2012, 1, 15),
        ),
        (
            "The Estonian parliament approved Laansoo as head of government on Tuesday.",
            "election",
            date(2012, 1, 10),
        ),
        # a passive or perfect passive right before a date
        (
            "A Malaysian tender for eight helicopters was cancelled in 2010.",
            "other",
            date(2010, 1, 1),
        ),
        ("The Peruvian bridge was opened on Friday by the president.", "other", date(2012, 1, 13)),
        (
            "The Indian launch had been postponed twice, most recently on Thursday.",
            "other",
            date(2012, 1, 12),
        ),
        # more verbs of saying ("admitted" was one until round 25: held out, it found less
        # than it added wrongly)
        ("Peru's foreign minister deplored the attack on Monday.", "statement", PUBLISHED),
        ("Peru's president lamented on Monday the loss of life.", "statement", PUBLISHED),
    ],
)
def test_new_triggers(text: str, kind: str, day: date) -> None:
    events = extract(text, PUBLISHED)
    assert (kind, day.isoformat()) in [(k, d) for k, _, d in _summary(events)], _summary(events)


def test_the_country_hosting_a_meeting_takes_part_in_it() -> None:
    text = (
        "Uruguay handed the bloc's rotating presidency to Argentina on Friday, and the next "
        "summit will be held in Buenos Aires in December."
    )
    summits = [e for e in extract(text, date(2007, 7, 6)) if e.type == "meeting"]
    assert summits and "Argentina" in {a.name for a in summits[0].actors}, _summary(summits)


def test_a_dated_announcement_at_the_end_of_a_sentence_is_its_own_event() -> None:
    text = (
        "Zambian voters approved a new constitution in a referendum held on Sunday, the "
        "Electoral Commission of Zambia announced earlier today."
    )
    found = {(e.type, e.date.start if e.date else None) for e in extract(text, date(2009, 6, 23))}
    assert {("election", date(2009, 6, 21)), ("statement", date(2009, 6, 23))} <= found


def test_a_dated_passive_that_reports_nothing_is_no_event() -> None:
    text = "Peru's new president was expected on Friday in Lima."
    assert [k for k, _, _ in _summary(extract(text, PUBLISHED))] == []


@pytest.mark.parametrize(
    ("verb", "forms"),
    [
        ("admit", ["admit", "admits", "admitted", "admitting"]),
        ("acquit", ["acquit", "acquits", "acquitted", "acquitting"]),
        # American and British spellings both
        ("signal", ["signal", "signals", "signaled", "signaling", "signalled", "signalling"]),
        # no stress on the last syllable: no doubling
        ("visit", ["visit", "visits", "visited", "visiting"]),
    ],
)
def test_two_syllable_verbs_double_where_the_data_says(verb: str, forms: list[str]) -> None:
    assert inflect(verb) == forms


def test_migrants_arriving_somewhere_make_no_visit() -> None:
    text = (
        "EU interior ministers discussed the migrants arriving in Italy at an emergency meeting "
        "in Luxembourg yesterday."
    )
    assert [k for k, _, _ in _summary(extract(text, PUBLISHED))] == ["meeting"]


def test_an_event_noun_as_agent_of_a_participle_is_no_subject() -> None:
    text = (
        "A joint commission set up by the Brazilian-Argentine agreement is scheduled to hold "
        "its first meeting in Brasilia in March."
    )
    assert [k for k, _, _ in _summary(extract(text, PUBLISHED))] == ["meeting"]


@pytest.mark.parametrize(
    "text",
    [
        # a war that did not happen
        "The rocky islets brought Greece and Turkey close to war in January 1996.",
        # who they are, not a visit
        "Italy issued permits on Thursday to Tunisians who arrived before April 5.",
    ],
)
def test_round_13_not_events(text: str) -> None:
    kinds = [k for k, _, _ in _summary(extract(text, PUBLISHED))]
    assert "attack" not in kinds and "visit" not in kinds


def test_an_annexation_is_an_event() -> None:
    text = "Morocco annexed most of the former Spanish colony in 1975."
    assert [(k, d) for k, _, d in _summary(extract(text, PUBLISHED))] == [("other", "1975-01-01")]
