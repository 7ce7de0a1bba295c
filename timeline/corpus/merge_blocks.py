"""Cross-article merging that scales: the rule of ``extract.merge`` applied block by block.

``same_event`` only relates events of the same type and principal actor whose
dates overlap, so the groups can be found per (type, principal) block with a
sweep over start dates instead of comparing every pair: linear after sorting
rather than quadratic. Each group is combined with ``extract.merge.combine`` in
the order ``merge_events`` would give it, so the result is the same list.
"""

from __future__ import annotations

from collections.abc import Sequence

from timeline.extract.merge import combine, principal, sort_key
from timeline.model import Event


def _date_groups(events: Sequence[Event]) -> list[list[Event]]:
    """Groups of one block: connected runs of overlapping dates, and all undated events together."""
    undated = [event for event in events if event.date is None]
    dated = sorted(
        (event for event in events if event.date is not None),
        key=lambda e: e.date.start if e.date else None,  # type: ignore[return-value,arg-type]
    )
    groups: list[list[Event]] = []
    reach = None
    for event in dated:
        assert event.date is not None
        if reach is None or event.date.start > reach:
            groups.append([])
            reach = event.date.end
        groups[-1].append(event)
        reach = max(reach, event.date.end)
    return [*groups, undated] if undated else groups


def merge_across_articles(events: Sequence[Event]) -> list[Event]:
    """The result of ``extract.merge.merge_events(events)``, without comparing every pair."""
    ordered = sorted(events, key=lambda e: (sort_key(e), e.id))
    rank = {id(event): position for position, event in enumerate(ordered)}
    blocks: dict[tuple[str, str], list[Event]] = {}
    for event in ordered:
        blocks.setdefault((event.type, principal(event)), []).append(event)
    merged = []
    for block in blocks.values():
        for group in _date_groups(block):
            merged.append(combine(sorted(group, key=lambda e: rank[id(e)])))
    return sorted(merged, key=sort_key)
