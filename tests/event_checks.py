"""What the end-to-end rule tests read from extracted events; a helper module, not a test file."""

from __future__ import annotations

from datetime import date

from timeline.model import Event


def seen(events: list[Event]) -> list[tuple[str, str, date | None, list[str]]]:
    """What a failing assertion shows: each event's type, title, first day and actors."""
    return [
        (e.type, e.title, e.date.start if e.date else None, [a.name for a in e.actors])
        for e in events
    ]


def dated(events: list[Event]) -> list[tuple[str, date | None]]:
    """Each event's type and first day."""
    return [(e.type, e.date.start if e.date else None) for e in events]


def happened(events: list[Event], kind: str, day: date, actor: str | None = None) -> bool:
    """Whether one of ``events`` is of type ``kind``, starts on ``day`` and, when ``actor`` is
    given, has that actor."""
    return any(
        e.type == kind
        and e.date is not None
        and e.date.start == day
        and (actor is None or actor in [a.name for a in e.actors])
        for e in events
    )
