"""Armed groups named by their fighters ("Seleka rebels"), read end to end."""

from __future__ import annotations

from datetime import date

import pytest
from event_checks import happened, seen

from timeline.extract import extract

#: A Wednesday.
PUBLISHED = date(2013, 5, 15)


@pytest.mark.parametrize(
    ("text", "kind", "day", "group"),
    [
        ("Seleka rebels seized power in March 2013.", "other", date(2013, 3, 1), "Seleka rebels"),
        (
            "The mostly Muslim Seleka rebel coalition seized power in March 2013.",
            "other",
            date(2013, 3, 1),
            "Seleka rebel coalition",
        ),
        (
            "Anti-balaka militias attacked the town on Monday.",
            "attack",
            date(2013, 5, 13),
            "Anti-balaka militias",
        ),
        (
            "Islamist militants attacked the town on Monday.",
            "attack",
            date(2013, 5, 13),
            "Islamist militants",
        ),
    ],
)
def test_a_capitalised_name_before_fighters_is_a_group(
    text: str, kind: str, day: date, group: str
) -> None:
    events = extract(text, published=PUBLISHED)
    assert happened(events, kind, day, group), seen(events)


@pytest.mark.parametrize(
    ("text", "not_group"),
    [
        # a common word the story also writes in lower case opens no name
        ("Armed rebels attacked the town on Monday. The armed men fled.", "Armed rebels"),
        # a known actor keeps its own name
        ("Houthi rebels attacked the town on Monday.", "Houthi rebels"),
        # aircraft, no group
        ("Two Su-27 fighters entered Estonian airspace on Monday.", "Su-27 fighters"),
    ],
)
def test_no_group_from_common_words_known_actors_or_aircraft(text: str, not_group: str) -> None:
    events = extract(text, published=PUBLISHED)
    assert all(not_group not in [a.name for a in e.actors] for e in events), seen(events)
