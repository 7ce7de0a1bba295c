"""Write events into a file: merge extracted ones without touching people's work, or append one.

A merge never duplicates an event (ids are stable), never changes or deletes an
event written by a person (``origin: manual``) or an extracted one a person has
edited since (its checksum no longer matches), updates unedited extracted events
in place and appends new ones. Files are rewritten atomically under a lock.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from timeline.errors import InputError, Problem
from timeline.model import Event
from timeline.store.atomic import locked
from timeline.store.loader import validate_document
from timeline.store.serialize import event_to_yaml_data
from timeline.store.yaml_store import YamlDocument, new_document, read_document, write_document


@dataclass
class MergeReport:
    """What a merge did: ids added, updated in place, and kept as they were."""

    path: Path
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """Counts and ids, for ``--format json`` and logs."""
        return {
            "path": str(self.path),
            "added": len(self.added),
            "updated": len(self.updated),
            "kept": len(self.kept),
            "ids": {"added": self.added, "updated": self.updated, "kept": self.kept},
        }


def stamped(event: Event) -> Event:
    """An extracted event with its checksum set, so later edits by a person can be seen."""
    if event.origin != "extracted":
        return event
    return event.model_copy(update={"checksum": event.content_checksum()})


def _open(path: Path) -> YamlDocument:
    """The document at ``path``, or a new one when the file does not exist yet."""
    if not path.exists():
        return new_document(path)
    return read_document(path)


def _events_list(document: YamlDocument) -> CommentedSeq:
    """The document's ``events:`` list, created when absent or null."""
    events = document.data.get("events")
    if not isinstance(events, CommentedSeq):
        events = CommentedSeq()
        document.data["events"] = events
    return events


def _replace_in_place(node: CommentedMap, data: CommentedMap) -> None:
    """Give ``node`` the keys of ``data``, keeping comments on the keys that stay."""
    for key in [key for key in node if key not in data]:
        del node[key]
    for key, value in data.items():
        node[key] = value


def merge_events(path: Path, events: Sequence[Event]) -> MergeReport:
    """Merge events into the file at ``path`` (created when missing); InputError if it is invalid."""
    report = MergeReport(path)
    with locked(path):
        document = _open(path)
        existing = validate_document(document).events if path.exists() else []
        items = _events_list(document)
        by_id = {event.id: (index, event) for index, event in enumerate(existing)}
        for incoming in map(stamped, events):
            if incoming.id not in by_id:
                items.append(event_to_yaml_data(incoming))
                by_id[incoming.id] = (len(items) - 1, incoming)
                report.added.append(incoming.id)
                continue
            index, current = by_id[incoming.id]
            # an extracted event without a checksum was not written by us as it stands
            protected = current.origin == "manual" or current.checksum is None or current.is_edited
            if protected or current == incoming:
                report.kept.append(incoming.id)
                continue
            _replace_in_place(items[index], event_to_yaml_data(incoming))
            by_id[incoming.id] = (index, incoming)
            report.updated.append(incoming.id)
        if report.added or report.updated or not path.exists():
            write_document(document)
    return report


def append_event(path: Path, event: Event) -> None:
    """Append one event (the dashboard's add-event form) keeping the file's comments and layout.

    Refuses an id the file already has with an InputError.
    """
    with locked(path):
        document = _open(path)
        existing = validate_document(document).events if path.exists() else []
        if any(current.id == event.id for current in existing):
            raise InputError(
                [
                    Problem(
                        document.label,
                        f"an event with id {event.id!r} is already in this file "
                        "(choose another title, date or id)",
                        field="id",
                    )
                ]
            )
        _events_list(document).append(event_to_yaml_data(stamped(event)))
        write_document(document)
