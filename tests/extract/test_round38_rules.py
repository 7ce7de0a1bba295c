"""Round 38 of the extraction rules, end to end: what the round's studied sets taught
(Egyptian, Lebanese and Jordanian politics, railways and public transport, charities and
their regulators, US immigration enforcement)."""

from __future__ import annotations

from datetime import date

import pytest
from event_checks import happened as _happened

from timeline.extract import extract

#: A Wednesday.
PUBLISHED = date(2013, 5, 15)

#: Sentences, each with an event of a type on a day that has an actor (None: any actor).
HAPPENED: list[tuple[str, str, date, str | None]] = [
    # an unnamed body is the subject after an opening time phrase with no comma
    ("On Monday the regulator fined Acme.", "sanction", date(2013, 5, 13), "Regulator"),
    ("Last week police arrested three men in Karak.", "other", date(2013, 5, 6), "Police"),
    (
        "In January the regulator fined the company £1.2 million.",
        "sanction",
        date(2013, 1, 1),
        "Regulator",
    ),
    # two words joined by "and" run on to a business's head: one name
    (
        "The Beheira Spinning and Weaving Company said on Monday it would appeal.",
        "statement",
        date(2013, 5, 13),
        "Beheira Spinning and Weaving Company",
    ),
    # two bodies, each with its head, stay two
    (
        "Daesan Group and Hanbit Group signed a memorandum of understanding on Tuesday.",
        "agreement",
        date(2013, 5, 14),
        "Hanbit Group",
    ),
]


def test_a_count_after_an_opening_date_is_no_subject() -> None:
    events = extract(
        "On May 2, police fired tear gas to break up an opposition rally in Kitwe.",
        published=PUBLISHED,
    )
    assert _happened(events, "attack", date(2013, 5, 2), "Police")


@pytest.mark.parametrize(("text", "kind", "day", "actor"), HAPPENED)
def test_round38_sentence_has_its_event(text: str, kind: str, day: date, actor: str | None) -> None:
    events = extract(text, published=PUBLISHED)
    assert _happened(events, kind, day, actor), [
        (e.type, e.date and e.date.start, [a.name for a in e.actors]) for e in events
    ]
