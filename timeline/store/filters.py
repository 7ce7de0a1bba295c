"""Select events by actor, type, date window and text: one pure function the CLI, dashboard and export share."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from timeline.model import Event


def _actor_matches(event: Event, wanted: set[str]) -> bool:
    for actor in event.actors:
        names = {actor.name, *actor.aliases}
        if any(name.casefold() in wanted for name in names):
            return True
    return False


def _overlaps(event: Event, date_from: date | None, date_to: date | None) -> bool:
    if date_from is None and date_to is None:
        return True
    if event.date is None:
        return False
    if date_from is not None and event.date.end < date_from:
        return False
    return not (date_to is not None and event.date.start > date_to)


def _text_of(event: Event) -> str:
    parts = [event.id, event.title, event.location or "", event.notes or "", *event.tags]
    parts += [name for actor in event.actors for name in (actor.name, *actor.aliases)]
    parts += [source.quote or "" for source in event.sources]
    if event.date is not None and event.date.text:
        parts.append(event.date.text)
    return "\n".join(parts).casefold()


def filter_events(
    events: Iterable[Event],
    actors: Sequence[str] = (),
    types: Sequence[str] = (),
    date_from: date | None = None,
    date_to: date | None = None,
    text: str | None = None,
) -> list[Event]:
    """The events that match every given criterion, in their original order.

    ``actors``: any of these names or aliases (case-insensitive); ``types``: any of
    these types or subtypes; ``date_from``/``date_to``: the event's window overlaps
    [date_from, date_to] (undated events are left out when either is given);
    ``text``: case-insensitive substring of title, notes, location, tags, actors or quotes.
    """
    wanted_actors = {name.casefold() for name in actors}
    wanted_types = set(types)
    needle = text.casefold().strip() if text else ""
    return [
        event
        for event in events
        if (not wanted_actors or _actor_matches(event, wanted_actors))
        and (not wanted_types or event.type in wanted_types or event.subtype in wanted_types)
        and _overlaps(event, date_from, date_to)
        and (not needle or needle in _text_of(event))
    ]


def chronological(events: Iterable[Event]) -> list[Event]:
    """Events by start date, then end date and id; undated events last."""
    return sorted(
        events,
        key=lambda e: (
            e.date is None,
            e.date.start if e.date else date.min,
            e.date.end if e.date else date.min,
            e.id,
        ),
    )
