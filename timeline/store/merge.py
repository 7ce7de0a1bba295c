"""Write events into a file: merge extracted ones without touching people's work, or append one.

A merge never duplicates an event (ids are stable), never changes or deletes an
event written by a person (``origin: manual``) or an extracted one a person has
edited since (its checksum no longer matches), updates unedited extracted events
in place and appends new ones. The file's text is spliced, not re-dumped: new
events are inserted after the last one in the file's own indentation, an updated
event replaces only its own lines, and every other byte stays as it was. Files are
rewritten atomically under a lock.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from timeline.errors import InputError, Problem
from timeline.model import Event, EventFile
from timeline.store.atomic import atomic_write_text, locked
from timeline.store.loader import load_file
from timeline.store.serialize import event_to_yaml_data
from timeline.store.yaml_store import (
    compose_nodes,
    dump_document,
    dump_items,
    fast_load,
    guess_layout,
    new_document,
    parse_document,
    to_plain,
)

_BOM = "\ufeff"


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


def _events_list(data: CommentedMap) -> CommentedSeq:
    """The ``events:`` list of a round-trip tree, created when absent or null."""
    events = data.get("events")
    if not isinstance(events, CommentedSeq):
        events = CommentedSeq()
        data["events"] = events
    return events


def _replace_in_place(node: CommentedMap, data: CommentedMap) -> None:
    """Give ``node`` the keys of ``data``, keeping comments on the keys that stay."""
    for key in [key for key in node if key not in data]:
        del node[key]
    for key, value in data.items():
        node[key] = value


def _last_end(node: Node, seen: set[int]) -> int:
    """Character offset just past the last scalar or flow collection inside ``node``."""
    if id(node) in seen:
        return 0
    seen.add(id(node))
    if isinstance(node, ScalarNode) or getattr(node, "flow_style", False):
        return int(node.end_mark.index)
    children: list[Node] = []
    if isinstance(node, MappingNode):
        children = [part for pair in node.value for part in pair]
    elif isinstance(node, SequenceNode):
        children = list(node.value)
    return max((_last_end(child, seen) for child in children), default=int(node.end_mark.index))


@dataclass
class _Span:
    """The text of one event item: from its dash line to the end of its last line."""

    start: int
    end: int
    dash: int
    content: int
    blank_before: bool


def _span(text: str, item: Node, shift: int) -> _Span | None:
    """Where an item of a block ``events:`` list is in ``text``; None when it is laid out oddly."""
    begin = int(item.start_mark.index) + shift
    dash = begin - 1
    while dash >= 0 and text[dash] in " \t\r\n":
        dash -= 1
    if dash < 0 or text[dash] != "-":
        return None
    line = text.rfind("\n", 0, dash) + 1
    if text[line:dash].strip(" "):
        return None
    end = _last_end(item, set()) + shift
    while end > begin and text[end - 1] in " \t\r\n":
        end -= 1
    newline = text.find("\n", end)
    end = len(text) if newline < 0 else newline + 1
    previous = text[: max(line - 1, 0)].rsplit("\n", 1)[-1]
    return _Span(
        start=line,
        end=end,
        dash=dash - line,
        content=begin - (text.rfind("\n", 0, begin) + 1),
        blank_before=line > 0 and not previous.strip(),
    )


def _spliced(text: str, added: list[CommentedMap], replaced: dict[int, CommentedMap]) -> str | None:
    """``text`` with events added after the last one and some replaced, nothing else touched.

    None when the file has no block ``events:`` list with an item to go by (then
    there is nothing a person laid out to keep, and the caller re-dumps the tree).
    """
    root = compose_nodes(text)
    if not isinstance(root, MappingNode):
        return None
    items = next(
        (v for k, v in root.value if isinstance(k, ScalarNode) and k.value == "events"), None
    )
    if not isinstance(items, SequenceNode) or items.flow_style or not items.value:
        return None
    shift = len(_BOM) if text.startswith(_BOM) else 0
    spans = [_span(text, item, shift) for item in items.value]
    if any(span is None for span in spans):
        return None
    layout = guess_layout(text)
    newline = "\r\n" if "\r\n" in text else "\n"

    def render(data: list[CommentedMap], span: _Span) -> str:
        return dump_items(data, span.dash, span.content, layout).replace("\n", newline)

    edits: list[tuple[int, int, str]] = []
    for index, data in replaced.items():
        span = spans[index]
        assert span is not None
        edits.append((span.start, span.end, render([data], span)))
    if added:
        last = spans[-1]
        assert last is not None
        spaced = len(spans) > 1 and last.blank_before
        block = "".join((newline if spaced else "") + render([data], last) for data in added)
        if text.endswith("\n") or last.end < len(text):
            edits.append((last.end, last.end, block))
        else:
            edits.append((last.end, last.end, newline + block.removesuffix(newline)))
    for start, end, new in sorted(edits, key=lambda edit: edit[0], reverse=True):
        text = text[:start] + new + text[end:]
    return text


def _reads_as(text: str, expected: list[Event]) -> bool:
    """Whether spliced text reads back to exactly the expected records."""
    plain = fast_load(text)
    try:
        if plain is None:
            plain = to_plain(parse_document(Path("spliced.yaml"), text).data)
        return EventFile.model_validate(plain).events == expected
    except (InputError, ValidationError):
        return False


def _rewrite(
    path: Path,
    text: str | None,
    expected: list[Event],
    added: list[Event],
    replaced: dict[int, Event],
) -> str:
    """The new text of the file: spliced when it exists, else a new document."""
    new_data = [event_to_yaml_data(event) for event in added]
    replaced_data = {index: event_to_yaml_data(event) for index, event in replaced.items()}
    if text is not None:
        spliced = _spliced(text, new_data, replaced_data)
        if spliced is not None and _reads_as(spliced, expected):
            return spliced
        document = parse_document(path, text)
    else:
        document = new_document(path)
    items = _events_list(document.data)
    for index, data in replaced_data.items():
        _replace_in_place(items[index], data)
    items.extend(new_data)
    return dump_document(document)


def merge_events(path: Path, events: Sequence[Event], create_parents: bool = False) -> MergeReport:
    """Merge events into the file at ``path`` (created when missing); InputError if it is invalid.

    A missing folder is an InputError unless ``create_parents`` is set.
    """
    report = MergeReport(path)
    with locked(path, create_parents):
        loaded = load_file(path) if path.exists() else None
        current = list(loaded.content.events) if loaded is not None else []
        by_id = {event.id: index for index, event in enumerate(current)}
        added: list[Event] = []
        replaced: dict[int, Event] = {}
        for incoming in map(stamped, events):
            if incoming.id not in by_id:
                by_id[incoming.id] = len(current)
                current.append(incoming)
                added.append(incoming)
                report.added.append(incoming.id)
                continue
            index = by_id[incoming.id]
            old = current[index]
            # an extracted event without a checksum was not written by us as it stands
            protected = old.origin == "manual" or old.checksum is None or old.is_edited
            if protected or old == incoming:
                report.kept.append(incoming.id)
                continue
            if index < len(current) - len(added):
                replaced[index] = incoming
            else:
                added[index - (len(current) - len(added))] = incoming
            current[index] = incoming
            report.updated.append(incoming.id)
        if added or replaced or loaded is None:
            text = loaded.text if loaded is not None else None
            atomic_write_text(path, _rewrite(path, text, current, added, replaced))
    return report


def append_event(path: Path, event: Event, create_parents: bool = False) -> None:
    """Append one event (the dashboard's add-event form) keeping every byte already in the file.

    Refuses an id the file already has with an InputError.
    """
    with locked(path, create_parents):
        loaded = load_file(path) if path.exists() else None
        current = list(loaded.content.events) if loaded is not None else []
        if any(existing.id == event.id for existing in current):
            raise InputError(
                [
                    Problem(
                        str(path),
                        f"an event with id {event.id!r} is already in this file "
                        "(choose another title, date or id)",
                        field="id",
                    )
                ]
            )
        new = stamped(event)
        text = loaded.text if loaded is not None else None
        atomic_write_text(path, _rewrite(path, text, [*current, new], [new], {}))
