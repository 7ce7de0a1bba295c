"""Lanes of the timeline figure: one per actor, the busiest first, the rest under "Others"."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable

from timeline.model import Event

OTHERS = "Others"
NO_ACTOR = "(no actor)"


def actor_names(event: Event) -> list[str]:
    """The event's distinct actor names, in the order written."""
    return list(dict.fromkeys(actor.name for actor in event.actors))


def lanes_for(events: Iterable[Event], max_lanes: int = 15) -> list[str]:
    """Lane names, top to bottom: actors by event count (ties by name), capped to ``max_lanes``.

    When more actors than ``max_lanes`` take part, the busiest ``max_lanes - 1`` keep
    their lane and the rest share "Others". Events without actors get a last lane
    "(no actor)", which does not count against the cap.
    """
    if max_lanes < 1:
        raise ValueError(f"max_lanes must be at least 1, not {max_lanes}")
    counts: Counter[str] = Counter()
    without_actor = False
    for event in events:
        names = actor_names(event)
        counts.update(names)
        without_actor = without_actor or not names
    ranked = sorted(counts, key=lambda name: (-counts[name], name))
    lanes = ranked if len(ranked) <= max_lanes else [*ranked[: max_lanes - 1], OTHERS]
    return [*lanes, NO_ACTOR] if without_actor else lanes


def lanes_of_event(
    event: Event, lanes: Collection[str], names: list[str] | None = None
) -> list[str]:
    """The lanes an event is drawn in: each of its actors' lanes, "Others" at most once."""
    if names is None:
        names = actor_names(event)
    if not names:
        return [NO_ACTOR]
    found = [name if name in lanes else OTHERS for name in names]
    return list(dict.fromkeys(found))
