"""Events as YAML data a person can read: defaults left out, shorthands where they are exact."""

from __future__ import annotations

from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from timeline.model import Actor, Event, FuzzyDate, Source

#: Key order of a written event: what and when first, bookkeeping last.
EVENT_KEYS = (
    "id",
    "title",
    "type",
    "subtype",
    "date",
    "actors",
    "location",
    "status",
    "confidence",
    "origin",
    "sources",
    "tags",
    "notes",
    "checksum",
)
#: Written even when null or default, so every event shows what, when and what kind.
ALWAYS_WRITTEN = {"id", "title", "type", "date"}


def _flow_seq(items: list[Any]) -> CommentedSeq:
    seq = CommentedSeq(items)
    seq.fa.set_flow_style()
    return seq


def _flow_map(pairs: dict[str, Any]) -> CommentedMap:
    mapping = CommentedMap(pairs)
    mapping.fa.set_flow_style()
    return mapping


def date_to_yaml(when: FuzzyDate | None) -> Any:
    """A day as ``2019-02-03`` when that says it all, else a one-line mapping of the set fields."""
    if when is None:
        return None
    if (
        when.start == when.end
        and when.precision == "day"
        and when.mod is None
        and when.text is None
        and when.value == when.start.isoformat()
    ):
        return when.start
    fields = when.model_dump(exclude_defaults=True)
    fields.setdefault("start", when.start)
    fields.setdefault("end", when.end)
    order = ("start", "end", "precision", "mod", "text", "value")
    return _flow_map({key: fields[key] for key in order if key in fields})


def actor_to_yaml(actor: Actor) -> Any:
    """A plain name when nothing else is known of the actor, else a one-line mapping."""
    fields = actor.model_dump(exclude_defaults=True)
    if set(fields) == {"name"}:
        return actor.name
    return _flow_map(fields)


def source_to_yaml(source: Source) -> CommentedMap:
    """A source as a mapping of its set fields."""
    return CommentedMap(source.model_dump(exclude_none=True))


def event_to_yaml_data(event: Event) -> CommentedMap:
    """The mapping written for an event: id, title, type and date always; other fields when set."""
    fields = event.model_dump(exclude_defaults=True)
    data = CommentedMap()
    for key in EVENT_KEYS:
        if key not in fields and key not in ALWAYS_WRITTEN:
            continue
        if key == "date":
            data[key] = date_to_yaml(event.date)
        elif key == "actors":
            actors = [actor_to_yaml(actor) for actor in event.actors]
            plain = all(isinstance(actor, str) for actor in actors)
            data[key] = _flow_seq(actors) if plain else CommentedSeq(actors)
        elif key == "sources":
            data[key] = CommentedSeq(source_to_yaml(source) for source in event.sources)
        elif key == "tags":
            data[key] = _flow_seq(list(event.tags))
        else:
            data[key] = getattr(event, key)
    return data
