"""Round trips: a hand-written file loaded and saved is the same file, byte for byte."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from timeline.store import load_store, merge_events
from timeline.store.yaml_store import (
    Layout,
    dump_document,
    guess_layout,
    new_document,
    read_document,
    write_document,
)

DATA = Path(__file__).parents[1] / "data" / "store"
EXAMPLE = Path(__file__).parents[2] / "events" / "korea-2019.yaml"
HAND_WRITTEN = [DATA / "hand-formatted.yaml", DATA / "indented.yaml", EXAMPLE]


@pytest.mark.parametrize("source", HAND_WRITTEN, ids=lambda p: p.name)
def test_load_and_save_keeps_every_byte(source: Path, tmp_path: Path) -> None:
    copy = tmp_path / source.name
    shutil.copyfile(source, copy)
    write_document(read_document(copy))
    assert copy.read_bytes() == source.read_bytes()


@pytest.mark.parametrize("source", HAND_WRITTEN, ids=lambda p: p.name)
def test_merging_nothing_changes_nothing(source: Path, tmp_path: Path) -> None:
    copy = tmp_path / source.name
    shutil.copyfile(source, copy)
    report = merge_events(copy, [])
    assert (report.added, report.updated) == ([], [])
    assert copy.read_bytes() == source.read_bytes()


@pytest.mark.parametrize(
    ("text", "layout"),
    [
        ("events:\n  - id: a\n    title: b\n", Layout(mapping=2, sequence=4, offset=2)),
        ("events:\n- id: a\n  title: b\n", Layout(mapping=2, sequence=2, offset=0)),
        ("a:\n    b: 1\nevents:\n    - x\n", Layout(mapping=4, sequence=6, offset=4)),
        ("---\nevents: []\n", Layout(explicit_start=True)),
        ("events: []", Layout(final_newline=False)),
    ],
)
def test_guess_layout(text: str, layout: Layout) -> None:
    assert guess_layout(text) == layout


def test_a_byte_order_mark_survives(tmp_path: Path) -> None:
    path = tmp_path / "bom.yaml"
    path.write_bytes("\ufeffevents:\n  - {title: A, type: other}\n".encode())
    write_document(read_document(path))
    assert path.read_bytes().startswith("\ufeff".encode())
    assert load_store([path]).events[0].title == "A"


def test_new_document_has_the_schema_modeline(tmp_path: Path) -> None:
    text = dump_document(new_document(tmp_path / "x.yaml"))
    assert text.splitlines()[0] == "# yaml-language-server: $schema=schema.json"
    assert "events:" in text
