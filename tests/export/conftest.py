"""Small synthetic events shared by the export tests, hostile ones included."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from timeline.model import Event

GENERATED = datetime(2019, 3, 1, 12, 0, tzinfo=UTC)

#: strings that would run script, break out of markup or become spreadsheet formulas
PAYLOADS = (
    "<script>window.pwned = 1</script>",
    '"><img src=x onerror="window.pwned = 1">',
    "</script><script>window.pwned = 1</script>",
    '=HYPERLINK("http://evil.example","x")',
    "+1+1",
    "-2+3",
    "@SUM(A1:A2)",
)


def event_data(ident: str, **fields: Any) -> dict[str, Any]:
    """The fields of a small valid event, overridable."""
    base: dict[str, Any] = {
        "id": ident,
        "title": f"Event {ident}",
        "type": "meeting",
        "date": "2019-02-03",
        "actors": ["Alpha"],
        "sources": [
            {
                "document": "articles/a.txt",
                "url": f"https://news.example.org/{ident}",
                "quote": f"Quote about {ident}.",
            }
        ],
    }
    return base | fields


@pytest.fixture
def sample_events() -> list[Event]:
    """Six events: days, a fuzzy part of a month, a multi-day window, no actor, undated."""
    rows = [
        event_data("day-one", actors=["Alpha"], date="2019-02-03"),
        event_data(
            "late-jan",
            actors=["Beta"],
            status="scheduled",
            date={"value": "2019-01", "mod": "END", "text": "late January"},
        ),
        event_data("joint", actors=["Alpha", "Beta"], date="2019-02-10", type="agreement"),
        event_data("summit", actors=["Gamma"], date={"start": "2019-02-27", "end": "2019-02-28"}),
        event_data("lonely", actors=[], date="2019-02-12", type="statement"),
        event_data("undated", actors=["Alpha"], date=None, type="visit"),
    ]
    return [Event.model_validate(row) for row in rows]


@pytest.fixture
def hostile_events() -> list[Event]:
    """One dated event per payload, the payload in its title, actor, quote and location."""
    rows = [
        event_data(
            f"hostile-{index}",
            title=payload,
            actors=[payload],
            location=payload,
            date=f"2019-02-{index + 1:02d}",
            sources=[{"document": "a.txt", "quote": f"{payload} said"}],
        )
        for index, payload in enumerate(PAYLOADS)
    ]
    rows.append(event_data("hostile-undated", title=PAYLOADS[2], date=None, actors=[PAYLOADS[1]]))
    return [Event.model_validate(row) for row in rows]
