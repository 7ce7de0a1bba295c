"""Round trips: a hand-written file loaded and saved is the same file, byte for byte."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from timeline.model import EventFile
from timeline.store import load_store, merge_events
from timeline.store.yaml_store import (
    Layout,
    _yaml,
    dump_document,
    fast_load,
    guess_layout,
    new_document,
    read_document,
    to_plain,
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


_PIECES = st.sampled_from(
    [
        "a",
        "Z",
        "0",
        "1",
        " ",
        ":",
        ": ",
        "#",
        " #",
        "-",
        "- ",
        "'",
        '"',
        "[",
        "]",
        "{",
        "}",
        ",",
        "&",
        "*",
        "!",
        "%",
        "@",
        "|",
        ">",
        "?",
        "\\",
        "~",
        "é",
        "yes",
        "on",
        "010",
        "0o7",
        "1:20",
        "2019-02-03",
        "2019-02-30",
        "null",
        ".inf",
        "1e3",
        "0x1F",
        "\n",
        "\r\n",
        "\t",
        "\u2028",
    ]
)
_TEXTS = st.lists(_PIECES, max_size=8).map("".join)


def _scalar(text: str, style: int) -> str:
    if style == 0:
        return text
    if style == 1:
        return "'" + text.replace("'", "''") + "'"
    return json.dumps(text)


@st.composite
def event_files(draw: st.DrawFn) -> str:
    """Small event files written the ways people write them, odd characters included."""
    lines = ["events:"]
    for _ in range(draw(st.integers(1, 3))):
        values = [_scalar(draw(_TEXTS), draw(st.integers(0, 2))) for _ in range(4)]
        dash, content = ("  - ", "    ") if draw(st.booleans()) else ("- ", "  ")
        lines.append(f"{dash}title: {values[0]}")
        lines.append(f"{content}type: {draw(st.sampled_from(['meeting', 'other']))}")
        when = draw(st.sampled_from(["2019-02-03", "~", "2019-02", "'late 2019'", values[1]]))
        lines.append(f"{content}date: {when}")
        if draw(st.booleans()):
            lines.append(f"{content}tags: [{values[2]}, {values[3]}]")
        else:
            lines.append(f"{content}tags:\n{content}  - {values[2]}\n{content}  - {values[3]}")
    return "\n".join(lines) + "\n"


@settings(max_examples=150, deadline=None)
@given(event_files())
def test_the_fast_reader_never_reads_a_file_differently(text: str) -> None:
    pytest.importorskip("_ruamel_yaml")  # ruamel.yaml.clib
    fast = fast_load(text)
    if fast is None:
        return
    careful = _yaml().load(text)
    assert to_plain(careful) == fast
    assert _outcome(fast) == _outcome(to_plain(careful))


def _outcome(data: object) -> object:
    try:
        return EventFile.model_validate(data)
    except ValidationError as error:
        return [(item["loc"], item["msg"]) for item in error.errors()]
