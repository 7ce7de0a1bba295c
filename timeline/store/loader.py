"""Load a store: every event file under some paths, validated, with every problem reported at once."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from timeline.errors import InputError, Problem
from timeline.model import Event, EventFile
from timeline.store.discovery import find_event_files
from timeline.store.locate import position, problems_from_validation
from timeline.store.yaml_store import (
    YamlDocument,
    fast_load,
    parse_document,
    read_text,
    to_plain,
)


@dataclass
class LoadedFile:
    """One valid event file: its records, and its round-trip document (parsed only when asked for)."""

    source: Path
    content: EventFile
    text: str = ""
    parsed: YamlDocument | None = None

    @property
    def path(self) -> Path:
        """Where the file is."""
        return self.source

    @property
    def document(self) -> YamlDocument:
        """The round-trip tree (comments, line numbers), parsed on first use: it is slow."""
        if self.parsed is None:
            self.parsed = parse_document(self.source, self.text)
        return self.parsed


@dataclass
class Store:
    """The events of a set of files, and which file each came from."""

    loaded: list[LoadedFile] = field(default_factory=list)

    @property
    def events(self) -> list[Event]:
        """Every event, file by file, in file order."""
        return [event for item in self.loaded for event in item.content.events]

    @property
    def files(self) -> list[Path]:
        """The files read, in the order they were read."""
        return [item.path for item in self.loaded]

    def file_of(self, event_id: str) -> Path:
        """The file holding the event with this id (KeyError when there is none)."""
        for item in self.loaded:
            if any(event.id == event_id for event in item.content.events):
                return item.path
        raise KeyError(event_id)


def validate_document(document: YamlDocument) -> EventFile:
    """The records of a parsed document; an InputError locating every invalid field."""
    try:
        return EventFile.model_validate(to_plain(document.data))
    except ValidationError as error:
        raise InputError(
            problems_from_validation(document.label, document.data, error, EventFile)
        ) from None


def load_file(path: Path) -> LoadedFile:
    """Read and validate one event file (InputError with every problem in it).

    The C-backed safe reader is tried first; a file it refuses or that does not
    validate is read again with the round-trip reader, which locates every problem.
    """
    text = read_text(path, str(path))
    plain = fast_load(text)
    if plain is not None:
        try:
            return LoadedFile(path, EventFile.model_validate(plain), text)
        except ValidationError:
            pass
    document = parse_document(path, text)
    return LoadedFile(path, validate_document(document), text, document)


def _place(item: LoadedFile, index: int) -> tuple[int | None, int | None]:
    where = position(item.document.data, ("events", index, "id"))
    return where if where is not None else (None, None)


def _duplicate_ids(loaded: Sequence[LoadedFile]) -> list[Problem]:
    """A problem for each event whose id an earlier event already has, naming both places."""
    seen: dict[str, tuple[LoadedFile, int]] = {}
    problems = []
    for item in loaded:
        for index, event in enumerate(item.content.events):
            if event.id not in seen:
                seen[event.id] = (item, index)
                continue
            first, first_index = seen[event.id]
            first_line, first_column = _place(first, first_index)
            label = str(first.path)
            place = f"{label}:{first_line}:{first_column}" if first_line else label
            line, column = _place(item, index)
            problems.append(
                Problem(
                    str(item.path),
                    f"duplicate id {event.id!r}, also at {place} (give one of them another id)",
                    line,
                    column,
                    f"events[{index}].id",
                )
            )
    return problems


def load_store(paths: Sequence[Path]) -> Store:
    """Every event file under ``paths``; an InputError listing every problem in every file."""
    problems: list[Problem] = []
    loaded: list[LoadedFile] = []
    for path in find_event_files(paths):
        try:
            loaded.append(load_file(path))
        except InputError as error:
            problems.extend(error.problems)
    problems.extend(_duplicate_ids(loaded))
    if problems:
        raise InputError(problems)
    return Store(loaded)


def load_events(paths: Sequence[Path], use_index: bool = True) -> list[Event]:
    """Every event under ``paths`` (files or folders); InputError with all problems when any.

    When a folder is named, unchanged files are read from the derived index in it
    (``.timeline-index.sqlite``, see ``timeline.store.index``) instead of parsing
    their YAML again; ``use_index=False`` or ``TIMELINE_NO_INDEX=1`` reads the YAML.
    """
    from timeline.store.index import index_disabled, load_indexed

    if not use_index or index_disabled():
        return load_store(paths).events
    return load_indexed(paths).events
