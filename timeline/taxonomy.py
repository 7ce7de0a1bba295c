"""The event taxonomy: the fixed top-level types and their subtypes, read from data."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any, Literal, get_args

from timeline.data_files import data_file

#: The top-level types. Fixed: evaluation data and exports use these names.
EventTypeName = Literal[
    "meeting",
    "visit",
    "statement",
    "exercise",
    "military_display",
    "agreement",
    "sanction",
    "attack",
    "election",
    "other",
]
TOP_LEVEL_TYPES: tuple[str, ...] = get_args(EventTypeName)


@dataclass(frozen=True)
class EventType:
    """One type or subtype of the taxonomy."""

    name: str
    description: str
    parent: str | None = None
    cameo: tuple[str, ...] = ()
    plover: str | None = None
    triggers: tuple[str, ...] = ()


@dataclass(frozen=True)
class Taxonomy:
    """All event types, by name; subtypes know their parent."""

    types: dict[str, EventType] = field(default_factory=dict)

    @property
    def top_level(self) -> list[str]:
        """The names of the top-level types, in file order."""
        return [t.name for t in self.types.values() if t.parent is None]

    def subtypes_of(self, name: str) -> list[str]:
        """The names of the subtypes under a top-level type."""
        return [t.name for t in self.types.values() if t.parent == name]

    def parent_of(self, name: str) -> str:
        """The top-level type of a type or subtype name."""
        found = self.types[name]
        return found.parent or found.name


def _event_type(name: str, raw: dict[str, Any], parent: str | None) -> EventType:
    return EventType(
        name=name,
        description=str(raw.get("description", "")),
        parent=parent,
        cameo=tuple(str(c) for c in raw.get("cameo") or ()),
        plover=raw.get("plover"),
        triggers=tuple(str(t) for t in raw.get("triggers") or ()),
    )


def parse_taxonomy(data: dict[str, Any]) -> Taxonomy:
    """Build a taxonomy from the mapping in ``event_types.yaml``."""
    types: dict[str, EventType] = {}
    for name, raw in (data.get("types") or {}).items():
        types[name] = _event_type(name, raw or {}, None)
        for sub_name, sub_raw in (raw.get("subtypes") or {}).items():
            types[sub_name] = _event_type(sub_name, sub_raw or {}, name)
    return Taxonomy(types=types)


@cache
def load_taxonomy() -> Taxonomy:
    """The taxonomy shipped in ``timeline/data/event_types.yaml``, loaded once."""
    return parse_taxonomy(data_file("event_types.yaml"))
