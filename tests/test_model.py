"""The record model: hand-written shorthands, stable ids, strictness, checksums, schema."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from timeline.model import Actor, Event, EventFile, FuzzyDate, Source, derive_id, slugify


@pytest.mark.parametrize(
    ("written", "start", "end", "precision", "mod"),
    [
        (date(2019, 2, 3), "2019-02-03", "2019-02-03", "day", None),
        ("2019-02-03", "2019-02-03", "2019-02-03", "day", None),
        ("2019-02", "2019-02-01", "2019-02-28", "month", None),
        ("2019", "2019-01-01", "2019-12-31", "year", None),
        (2019, "2019-01-01", "2019-12-31", "year", None),
        ("2019-SU", "2019-06-01", "2019-08-31", "season", None),
        ({"value": "2019-01", "mod": "END"}, "2019-01-21", "2019-01-31", "month", "END"),
        ({"value": "2019", "mod": "MID"}, "2019-05-01", "2019-08-31", "year", "MID"),
        (
            {"start": date(2019, 2, 27), "end": date(2019, 2, 28)},
            "2019-02-27",
            "2019-02-28",
            "day",
            None,
        ),
        ({"start": date(2019, 2, 27)}, "2019-02-27", "2019-02-27", "day", None),
    ],
)
def test_fuzzy_date_shorthands(
    written: object, start: str, end: str, precision: str, mod: str | None
) -> None:
    found = FuzzyDate.model_validate(written)
    assert (found.start.isoformat(), found.end.isoformat()) == (start, end)
    assert (found.precision, found.mod) == (precision, mod)


@pytest.mark.parametrize(
    ("phrase", "inside"),
    [
        ("late January 2019", (date(2019, 1, 15), date(2019, 1, 31))),
        ("the end of February 2019", (date(2019, 2, 15), date(2019, 2, 28))),
        ("mid-2019", (date(2019, 3, 1), date(2019, 10, 31))),
    ],
)
def test_fuzzy_date_phrases_use_the_temporal_engine(phrase: str, inside: tuple[date, date]) -> None:
    found = FuzzyDate.model_validate(phrase)
    assert inside[0] <= found.start <= found.end <= inside[1]
    assert found.text == phrase


@pytest.mark.parametrize(
    ("written", "message"),
    [
        ("2019-02-30", "no such day"),
        ({"start": date(2019, 3, 1), "end": date(2019, 2, 1)}, "before start"),
        ("", "empty date"),
        (True, "not a date"),
        ([2019], "not a date"),
    ],
)
def test_fuzzy_date_refuses(written: object, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        FuzzyDate.model_validate(written)


@given(st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))
def test_any_iso_day_is_that_day(day: date) -> None:
    found = FuzzyDate.model_validate(day.isoformat())
    assert found.start == found.end == day
    assert found.value == day.isoformat()


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1)), st.integers(0, 400))
def test_windows_keep_their_order(start: date, days: int) -> None:
    found = FuzzyDate(start=start, end=start + timedelta(days=days))
    assert found.start <= found.end
    assert found.is_fuzzy == (days > 0)


def test_hand_written_event_reads_plain_actors_and_derives_a_stable_id() -> None:
    written = {"title": "Ryabkov meets Biegun", "type": "meeting", "date": "2019-01"}
    written["actors"] = ["Sergei Ryabkov", "Russia"]
    first, second = Event.model_validate(written), Event.model_validate(dict(written))
    assert first.id == second.id == "2019-01-01-ryabkov-meets-biegun"
    assert first.actors == [Actor(name="Sergei Ryabkov"), Actor(name="Russia")]
    assert Event(title="Rumour", type="other").id == "undated-rumour"


@pytest.mark.parametrize(
    ("reference", "expected"),
    [
        ("report.txt", Source(document="report.txt")),
        ("https://example.org/a", Source(url="https://example.org/a")),
    ],
)
def test_source_shorthand(reference: str, expected: Source) -> None:
    assert Source.model_validate(reference) == expected


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"title": "x", "type": "meeting", "colour": "red"}, "Extra inputs"),
        ({"title": "x", "type": "party"}, "type"),
        ({"title": "x", "type": "meeting", "id": "Bad Id"}, "not a valid id"),
        ({"title": "x", "type": "meeting", "confidence": 2}, "confidence"),
        ({"title": "x", "type": "statement", "subtype": "summit"}, "belongs to type"),
        ({"type": "meeting"}, "title"),
    ],
)
def test_event_is_strict(fields: dict[str, object], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        Event.model_validate(fields)


def test_checksum_tells_edited_from_unedited() -> None:
    event = Event(title="Talks", type="meeting", date="2019-02-03", origin="extracted")
    stamped = event.model_copy(update={"checksum": event.content_checksum()})
    assert not stamped.is_edited
    edited = stamped.model_copy(update={"title": "Talks, edited"})
    assert edited.is_edited
    assert not event.is_edited  # no checksum: nothing to compare with


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Kim Jong-un's New Year address", "kim-jong-un-s-new-year-address"),
        ("Élysée!", "elysee"),
        ("", "event"),
    ],
)
def test_slugify(text: str, slug: str) -> None:
    assert slugify(text) == slug


def test_derive_id_uses_start_of_window() -> None:
    assert derive_id("Talks", FuzzyDate.model_validate("2019-02")) == "2019-02-01-talks"


def test_schema_accepts_shorthands() -> None:
    schema = EventFile.model_json_schema()
    date_forms = schema["$defs"]["FuzzyDate"]["anyOf"]
    assert {form.get("type") for form in date_forms} >= {"string", "integer", "object"}
    actor_forms = schema["$defs"]["Actor"]["anyOf"]
    assert {form.get("type") for form in actor_forms} == {"string", "object"}
    assert schema["$defs"]["Event"]["required"] == ["title", "type"]


@pytest.mark.parametrize(
    ("code", "valid"),
    [("PRK", True), ("KOR", True), ("USA", True), ("ZZZ", False), ("XKX", False), ("UK", False)],
)
def test_actor_country_is_an_iso_3166_code(code: str, valid: bool) -> None:
    if valid:
        assert Actor(name="X", country=code).country == code
        return
    with pytest.raises(ValidationError, match="ISO 3166-1 alpha-3|should match pattern"):
        Actor(name="X", country=code)
