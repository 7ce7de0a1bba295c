"""The names promised by ``timeline``'s public API import and work together."""

from __future__ import annotations

from datetime import date

import pytest

import timeline


@pytest.mark.parametrize("name", timeline.__all__)
def test_every_public_name_resolves(name: str) -> None:
    assert getattr(timeline, name) is not None


def test_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError):
        _ = timeline.no_such_thing  # type: ignore[attr-defined]


def test_text_to_events_in_one_call() -> None:
    text = "On Tuesday, the foreign ministers of France and Germany met in Paris."
    events = timeline.extract_events(text, published=date(2019, 3, 1))
    assert [e.type for e in events] == ["meeting"]
    assert events[0].date is not None
    assert events[0].date.start == date(2019, 2, 26)
    dates = timeline.find_dates(text, date(2019, 3, 1))
    assert [(t.text, t.value) for t in dates] == [("Tuesday", "2019-02-26")]


def test_all_matches_the_lazy_table() -> None:
    assert sorted(timeline.__all__) == sorted(timeline._EXPORTS)
