"""One event from many mentions: within an article, and across articles, order-independent.

Within an article, a dated mention and undated mentions of the same type by the
same principal actor are one event, and so are agreements of one day between the same
two parties; across articles, events of the same type
with overlapping dates and the same principal actor are one event with several
sources. The groups are the connected groups of that relation, found with a
sweep over dates per (type, principal) block, and every choice made when
combining is a sort, so input order never changes the result.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import date

from timeline.model import Actor, Event, FuzzyDate, Source, slugify


def principal(event: Event) -> str:
    """The first actor's name: the one the event is about."""
    return event.actors[0].name if event.actors else ""


def overlaps(a: FuzzyDate | None, b: FuzzyDate | None) -> bool:
    """Whether two dates share a day (two missing dates count as the same)."""
    if a is None or b is None:
        return a is None and b is None
    return a.start <= b.end and b.start <= a.end


def kind_of(event: Event) -> tuple[str, str]:
    """What must match for two mentions to be one event: the type, and for ``other`` its subtype.

    ``other`` gathers unlike events (a resignation, a government's collapse), so only
    mentions of the same subtype are one event.
    """
    return (event.type, (event.subtype or "") if event.type == "other" else "")


def same_event(a: Event, b: Event) -> bool:
    """The cross-article rule: same kind, same principal actor, overlapping dates."""
    return kind_of(a) == kind_of(b) and principal(a) == principal(b) and overlaps(a.date, b.date)


def merge_groups(events: Sequence[Event]) -> list[list[Event]]:
    """The groups of one event, per (type, principal) block: events whose windows narrower
    than ``WIDE_DAYS`` overlap are connected by a sweep over dates; a wider window then joins
    the earliest group it overlaps, so it never bridges two events of their own.

    Each group keeps the input order, and groups come in the order of their first member;
    which events group together does not depend on the input order.
    """
    blocks: dict[tuple[tuple[str, str], str], list[int]] = {}
    for position, event in enumerate(events):
        blocks.setdefault((kind_of(event), principal(event)), []).append(position)
    groups: list[list[int]] = []
    for members in blocks.values():
        undated = [i for i in members if events[i].date is None]
        dated = [i for i in members if events[i].date is not None]
        placed = _sweep(events, [i for i in dated if _width(events[i]) < WIDE_DAYS])
        # "in April", "this year's exercises": narrowest first (then by date and content, so
        # the input order never matters), each joins the earliest group whose own narrow
        # events (or, in a group of wide ones only, its wide ones) it overlaps: a wide window
        # never joins two events of their own
        wide = sorted(
            (i for i in dated if _width(events[i]) >= WIDE_DAYS),
            key=lambda i: (_width(events[i]), _span(events[i]), sort_key(events[i])),
        )
        for i in wide:
            overlapping = [g for g in placed if _overlaps(events, g, _span(events[i]))]
            if overlapping:
                min(overlapping, key=lambda g: min(_span(events[k]) for k in g)).append(i)
            else:
                placed.append([i])
        groups += placed
        if undated:
            groups.append(undated)
    return [[events[i] for i in sorted(group)] for group in sorted(groups, key=min)]


#: A window this many days or wider ("this year", "in April") never joins two narrower events.
WIDE_DAYS = 28


def _overlaps(events: Sequence[Event], group: list[int], span: tuple[date, date]) -> bool:
    """Whether ``span`` overlaps the group's narrow events (its wide ones if it has no other)."""
    narrow = [k for k in group if _width(events[k]) < WIDE_DAYS] or group
    return any(span[0] <= _span(events[k])[1] and _span(events[k])[0] <= span[1] for k in narrow)


def _width(event: Event) -> int:
    """Days in the event's window, both ends counted (February is 28)."""
    start, end = _span(event)
    return (end - start).days + 1


def _sweep(events: Sequence[Event], members: list[int]) -> list[list[int]]:
    """The groups of ``members`` whose date windows overlap, in one pass over their spans."""
    groups: list[list[int]] = []
    reach = None
    for i in sorted(members, key=lambda i: _span(events[i])):
        start, end = _span(events[i])
        if reach is None or start > reach:
            groups.append([])
            reach = end
        groups[-1].append(i)
        reach = max(reach, end)
    return groups


def _span(event: Event) -> tuple[date, date]:
    assert event.date is not None
    return (event.date.start, event.date.end)


def _source_key(source: Source) -> tuple[str, int, str]:
    return (source.document or source.url or "", source.start or 0, source.quote or "")


def sort_key(event: Event) -> tuple[str, str, str, tuple[str, int, str]]:
    """A total order on events: date, type, principal actor, first source."""
    when = event.date.start.isoformat() + event.date.end.isoformat() if event.date else "9999"
    first = min(map(_source_key, event.sources), default=("", 0, ""))
    return (when, event.type, principal(event), first)


def _precision_rank(
    event: Event,
) -> tuple[int, int, int, tuple[str, str, str, tuple[str, int, str]]]:
    """Best first: dated, narrow window, a date written with figures over one without of the
    same width ("June 14 and 15" over "last weekend"), high confidence, then a fixed order."""
    if event.date is None:
        return (1, 0, 0, sort_key(event))
    width = (event.date.end - event.date.start).days
    relative = not any(map(str.isdigit, event.date.text or ""))
    return (0, width, int(relative) * 100 - int(event.confidence * 99), sort_key(event))


def combine(events: Sequence[Event]) -> Event:
    """One event from several mentions of it: the best-dated one, with every source and actor."""
    # most events have one mention: nothing to rank
    ordered = sorted(events, key=_precision_rank) if len(events) > 1 else list(events)
    best = ordered[0]
    actors: list[Actor] = []
    names: set[str] = set()
    for event in ordered:
        for actor in event.actors:
            if actor.name not in names:
                names.add(actor.name)
                actors.append(actor)
    sources: dict[tuple[str, int, str], Source] = {}
    for event in ordered:
        for source in event.sources:
            sources.setdefault(_source_key(source), source)
    tags = sorted({t for e in ordered for t in e.tags})
    if best.date is not None:
        tags = [t for t in tags if t != "undated"]
    return best.model_copy(
        update={
            "actors": actors,
            "sources": [sources[k] for k in sorted(sources)],
            "tags": tags,
            "subtype": best.subtype or next((e.subtype for e in ordered if e.subtype), None),
            "location": best.location or next((e.location for e in ordered if e.location), None),
            "confidence": max(e.confidence for e in ordered),
        }
    )


def merge_within_document(events: Sequence[Event]) -> list[Event]:
    """Merge one article's mentions: same dated event, and undated mentions into their dated event."""
    ordered = sorted(events, key=sort_key)
    dated = [e for e in ordered if e.date is not None]
    undated = [e for e in ordered if e.date is None]
    dated_groups = _joined_by_parties(merge_groups(dated))
    undated_groups = merge_groups(undated)
    for group in undated_groups:
        who = principal(group[0])
        kind = kind_of(group[0])
        same = [
            g for g in dated_groups if kind_of(g[0]) == kind and any(principal(e) == who for e in g)
        ]
        among = [
            g
            for g in dated_groups
            if kind_of(g[0]) == kind
            and any(a.name == who and a.kind == "person" for e in g for a in e.actors)
        ]
        candidates = same or among or _only_national(dated_groups, group[0], kind)
        if not candidates:
            dated_groups.append(group)
        else:
            candidates[0].extend(group)
    return sorted((combine(g) for g in dated_groups), key=sort_key)


def _only_national(
    dated_groups: list[list[Event]], undated: Event, kind: tuple[str, str]
) -> list[list[Event]]:
    """The only dated event of ``kind`` led by the country of one of ``undated``'s actors, if
    there is just one ("Ireland's justice minister survived a vote" and then "Deputies in the
    Dail voted"); a saying is never matched so (it would take another speaker's day)."""
    if kind[0] == "statement":
        return []
    homes = {a.country for a in undated.actors if a.country}
    national = [
        g
        for g in dated_groups
        if kind_of(g[0]) == kind
        and g[0].actors
        and g[0].actors[0].kind == "country"
        and g[0].actors[0].country in homes
    ]
    return national if len(national) == 1 else []


#: Events two sides enter alike: named first by either, they are one on one day.
SHARED_KINDS = frozenset({("agreement", "")})


def _joined_by_parties(groups: list[list[Event]]) -> list[list[Event]]:
    """Join groups of an agreement made on the same single day by the same two parties,
    whoever is named first ("Kenya and Ethiopia yesterday agreed ..." and "Under yesterday's
    accord, ... both sides"). Meetings stay apart: a minister and a prime minister may each
    receive a visitor on one day.

    A group joins the first earlier group it matches, so the result follows the group order.
    """
    joined: list[tuple[tuple[str, str], date | None, set[str], list[Event]]] = []
    for group in groups:
        kind = kind_of(group[0])
        days = {(e.date.start, e.date.end) for e in group if e.date is not None}
        only = next(iter(days)) if len(days) == 1 else None
        day = only[0] if only is not None and only[0] == only[1] else None
        names = {a.name for e in group for a in e.actors}
        target = next(
            (
                other
                for other in joined
                if kind in SHARED_KINDS
                and day is not None
                and other[0] == kind
                and other[1] == day
                and len(other[2] & names) >= 2
            ),
            None,
        )
        if target is None:
            joined.append((kind, day, names, list(group)))
        else:
            target[2].update(names)
            target[3].extend(group)
    return [members for _, _, _, members in joined]


def merge_events(events: Sequence[Event]) -> list[Event]:
    """Merge events from many articles into one list; the result does not depend on input order."""
    ordered = sorted(events, key=lambda e: (sort_key(e), e.id))
    return sorted((combine(group) for group in merge_groups(ordered)), key=sort_key)


def id_key(event: Event) -> str:
    """The stable id an event gets from its date, type and principal actor."""
    when = event.date.start.isoformat() if event.date else "undated"
    return f"{when}-{event.type.replace('_', '-')}-{slugify(principal(event) or event.title, 40)}"


def clash_suffix(sources: Sequence[Source]) -> str:
    """What tells apart two events with the same id key: a hash of the first source's place."""
    first = sources[0] if sources else None
    seed = f"{first.document if first else ''}:{first.start if first else ''}"
    return hashlib.sha256(seed.encode()).hexdigest()[:6]
