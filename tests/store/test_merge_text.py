"""Merging splices text: every event a merge does not update keeps its exact bytes."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.model import Event
from timeline.store import append_event, load_store, merge_events
from timeline.store.merge import stamped

OLD = Event(
    title="Doe warns", type="statement", date="2021-05-02", origin="extracted", id="doe-warns"
)
OLD = stamped(OLD)
UPDATED = stamped(OLD.model_copy(update={"confidence": 0.5, "checksum": None}))
NEW = stamped(Event(title="Doe insists", type="statement", date="2021-05-03", origin="extracted"))


def extracted_block(dash: int, content: int) -> str:
    """The unedited extracted event as a person's file would hold it, at these columns."""
    pad = " " * content
    return (
        f"{' ' * dash}-{' ' * (content - dash - 1)}id: {OLD.id}\n"
        f"{pad}title: {OLD.title}\n{pad}type: statement\n{pad}date: 2021-05-02\n"
        f"{pad}origin: extracted\n{pad}checksum: {OLD.checksum}\n"
    )


# (name, head, manual event before, dash column, content column, manual event after, tail)
STYLES = [
    (
        "tilde-and-spaced-flow",
        "events:\n",
        "  - id: one\n    title: One\n    type: other\n    date: ~\n    tags: [ a, b ]\n",
        2,
        4,
        "  - id: two\n    title: Two\n    type: other\n    date:   null\n",
        "",
    ),
    (
        "four-space-offset",
        "# yaml-language-server: $schema=schema.json\nevents:\n",
        "    - id: one\n      title: One\n      type: other\n      actors:\n          - Navy\n"
        "          - {name: Army, kind: organization}\n\n",
        4,
        6,
        "\n    - id: two\n      title: Two\n      type: other\n      date: 2020   # a year\n",
        "",
    ),
    (
        "folded-block",
        "events:\n",
        "- id: one\n  title: One\n  type: other\n  notes: >\n    folded\n    text\n\n",
        0,
        2,
        "- id: two\n  title: Two\n  type: other\n  notes: |\n    literal\n      kept\n",
        "",
    ),
    (
        "mixed-indentation",
        "title: my notes\nevents:\n",
        "  -   id: one\n      title: One\n      type: other\n      date:\n              start: 2020-10-01\n"
        "              end: 2020-10-03\n",
        2,
        4,
        "  - id: two\n    title: Two\n    type: other\n    sources:\n    -   url: https://example.org\n",
        "description: events after the list\n",
    ),
    (
        "trailing-comment",
        "events:\n",
        "  - id: one\n    title: One\n    type: other\n",
        2,
        4,
        "  - id: two\n    title: Two\n    type: other\n    # a comment inside\n    origin: manual\n",
        "  # trailing comment in the list\n# trailing comment at the end\n",
    ),
    (
        "no-final-newline",
        "events:\n",
        "  - id: one\n    title: One\n    type: other\n",
        2,
        4,
        "  - id: two\n    title: 'Two'\n    type: other",
        "",
    ),
    (
        "byte-order-mark",
        "\ufeff# notes\nevents:\n",
        "  - {id: one, title: One, type: other}\n",
        2,
        4,
        '  - id: two\n    title: "Two"\n    type: other\n',
        "",
    ),
]


def build(style: tuple[str, str, str, int, int, str, str], newline: str) -> tuple[str, list[str]]:
    """The file text, and the chunks of it that a merge must leave byte for byte."""
    _, head, before, dash, content, after, tail = style
    chunks = [head + before, after + tail]
    text = head + before + extracted_block(dash, content) + after + tail
    return text.replace("\n", newline), [chunk.replace("\n", newline) for chunk in chunks]


@pytest.mark.parametrize("newline", ["\n", "\r\n"], ids=["lf", "crlf"])
@pytest.mark.parametrize("style", STYLES, ids=[style[0] for style in STYLES])
def test_merge_leaves_every_other_event_byte_for_byte(
    tmp_path: Path, style: tuple[str, str, str, int, int, str, str], newline: str
) -> None:
    path = tmp_path / "events.yaml"
    text, (start, rest) = build(style, newline)
    path.write_bytes(text.encode("utf-8"))
    before = load_store([path]).events
    report = merge_events(path, [UPDATED, NEW])
    assert (report.added, report.updated) == ([NEW.id], [OLD.id])
    after_text = path.read_bytes().decode("utf-8")
    assert after_text.startswith(start)
    tail = style[6].replace("\n", newline)
    after_event = rest[: len(rest) - len(tail)]
    assert after_event in after_text[len(start) :]
    assert after_text.endswith(tail)
    assert ("\r\n" in after_text) == (newline == "\r\n")
    if newline == "\r\n":
        assert "\n" not in after_text.replace("\r\n", "")
    assert after_text.endswith("\n") == text.endswith("\n")
    events = load_store([path]).events
    assert [event.id for event in events] == ["one", OLD.id, "two", NEW.id]
    assert events[0] == before[0] and events[2] == before[2]
    assert events[1] == UPDATED and events[3] == NEW


@pytest.mark.parametrize("style", STYLES, ids=[style[0] for style in STYLES])
def test_new_events_take_the_files_indentation(
    tmp_path: Path, style: tuple[str, str, str, int, int, str, str]
) -> None:
    path = tmp_path / "events.yaml"
    text, _ = build(style, "\n")
    path.write_text(text, encoding="utf-8")
    merge_events(path, [NEW])
    dash, content = style[3], style[4]
    expected = f"\n{' ' * dash}- id: {NEW.id}\n{' ' * content}title: Doe insists\n"
    assert expected in path.read_text(encoding="utf-8")


def test_append_keeps_a_hand_written_file_and_adds_one_event(tmp_path: Path) -> None:
    path = tmp_path / "events.yaml"
    text = "events:\n  - id: one   # mine\n    title: One\n    type: other\n    date: ~\n"
    path.write_text(text, encoding="utf-8")
    manual = Event(title="Budget signed", type="agreement", date="2021-06-01")
    append_event(path, manual)
    written = path.read_text(encoding="utf-8")
    assert written.startswith(text)
    assert written[len(text) :].startswith("  - id: 2021-06-01-budget-signed\n    title:")
    assert load_store([path]).events[-1] == manual


@pytest.mark.parametrize(
    "text",
    [
        "events: []\n",
        "# a header\ndescription: none yet\nevents: []  # to fill\n",
        "events: [{title: One, type: other}]\n",
    ],
    ids=["flow-empty", "with-comments", "flow-list"],
)
def test_files_without_a_block_list_still_merge(tmp_path: Path, text: str) -> None:
    path = tmp_path / "events.yaml"
    path.write_text(text, encoding="utf-8")
    merge_events(path, [NEW])
    assert load_store([path]).events[-1] == NEW
