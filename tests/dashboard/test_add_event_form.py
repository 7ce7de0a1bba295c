"""The add-event form's record: validated with the record model, one line per problem."""

from __future__ import annotations

import pytest

from dashboard.add_event import form_record, validate_form

FIELDS = ("title", "event_type", "date_text", "actors_text", "location", "source", "quote", "notes")


def fill(**given: str | None) -> dict[str, object]:
    values = {name: given.get(name) for name in FIELDS}
    return form_record(**values)  # type: ignore[arg-type]


def test_full_form_makes_a_manual_event() -> None:
    event, problems = validate_form(
        fill(
            title="Kim meets Putin",
            event_type="meeting",
            date_text="2019-04-25",
            actors_text="Kim Jong-un,  Vladimir Putin , ",
            location="Vladivostok",
            source="https://example.org/story",
            quote="Kim met Putin on April 25.",
            notes="typed by hand",
        )
    )
    assert problems == []
    assert event is not None
    assert [a.name for a in event.actors] == ["Kim Jong-un", "Vladimir Putin"]
    assert event.origin == "manual"
    assert event.sources[0].url == "https://example.org/story"
    assert event.sources[0].quote == "Kim met Putin on April 25."
    assert event.date is not None and event.date.start.isoformat() == "2019-04-25"


def test_source_without_scheme_is_a_document() -> None:
    record = fill(title="T", event_type="other", source="notes/interview.txt")
    assert record["sources"] == [{"document": "notes/interview.txt"}]


def test_empty_date_means_undated() -> None:
    event, problems = validate_form(fill(title="Undated thing", event_type="statement"))
    assert problems == [] and event is not None and event.date is None


@pytest.mark.parametrize(
    ("given", "field"),
    [
        ({"event_type": "meeting"}, "title"),
        ({"title": "No type"}, "type"),
        ({"title": "Bad type", "event_type": "party"}, "type"),
        ({"title": "Bad date", "event_type": "meeting", "date_text": "2019-02-30"}, "date"),
        (
            {"title": "Quote only", "event_type": "meeting", "quote": "Something said."},
            "sources[0]",
        ),
    ],
)
def test_problems_name_the_field_one_line_each(given: dict[str, str], field: str) -> None:
    event, problems = validate_form(fill(**given))
    assert event is None
    assert len(problems) == 1
    assert problems[0].startswith(f"{field}: ")
    assert "\n" not in problems[0] and "Value error" not in problems[0]


def test_every_problem_is_reported() -> None:
    _, problems = validate_form(fill(date_text="2019-02-30"))
    assert sorted(p.split(":")[0] for p in problems) == ["date", "title", "type"]
