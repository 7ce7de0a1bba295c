"""The HTML page as a file: self-contained, data written once, article text inert."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

from timeline.export import ExportFilters, export_events
from timeline.export.html import SOURCES_INLINE
from timeline.model import Event

from .conftest import GENERATED, PAYLOADS


class _Tags(HTMLParser):
    """Every start tag with its attributes, and the text of each script element."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self._in_script: dict[str, str | None] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._in_script = dict(attrs)
            self.scripts.append((self._in_script, ""))

    def handle_data(self, data: str) -> None:
        if self._in_script is not None:
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = None


def parse(page: bytes) -> _Tags:
    tags = _Tags()
    tags.feed(page.decode("utf-8"))
    return tags


def page_of(events: list[Event], **options: object) -> bytes:
    settings: dict[str, object] = {"title": "Korea", "sources": ["events/korea.yaml"]}
    return export_events(events, "html", generated=GENERATED, **(settings | options))  # type: ignore[arg-type]


def test_no_network_references(sample_events: list[Event]) -> None:
    tags = parse(page_of(sample_events))
    for tag, attrs in tags.tags:
        for name in ("src", "href", "action", "data", "poster"):
            assert not re.match(r"^\s*(https?:)?//", attrs.get(name) or ""), (tag, attrs)
    assert not any(tag == "link" for tag, _ in tags.tags)
    assert not any("src" in attrs for tag, attrs in tags.tags if tag == "script")


def test_figure_data_is_written_once(sample_events: list[Event]) -> None:
    page = page_of(sample_events)
    blobs = [text for attrs, text in parse(page).scripts if attrs.get("type") == "application/json"]
    assert len(blobs) == 1
    figure = json.loads(blobs[0])
    assert figure["layout"]["meta"]["actors"] == ["Alpha", "Beta", "Gamma"]
    # a quote appears once: in the figure's labels, even for an event drawn in two lanes,
    # or in the list of undated events
    assert page.count(b"Quote about day-one.") == 1
    assert page.count(b"Quote about joint.") == 1
    assert page.count(b"Quote about undated.") == 1


def test_page_says_what_it_shows(sample_events: list[Event]) -> None:
    text = page_of(sample_events, filters=ExportFilters(actors=("Alpha",))).decode("utf-8")
    assert "<h1>Korea</h1>" in text
    assert "Filters: actor: Alpha." in text
    assert "2019-03-01T12:00:00+00:00" in text
    assert "events/korea.yaml" in text
    assert 'data-id="undated"' in text


def test_script_cannot_be_closed_from_data(hostile_events: list[Event]) -> None:
    page = page_of(hostile_events)
    tags = parse(page)
    assert [attrs.get("type") for attrs, _ in tags.scripts] == [None, "application/json", None]
    (blob,) = [text for attrs, text in tags.scripts if attrs.get("type") == "application/json"]
    assert "<" not in blob and ">" not in blob
    labels = json.loads(blob)["labels"].values()
    assert any("&lt;script&gt;window.pwned = 1&lt;/script&gt;" in label for label in labels)


def test_payloads_never_appear_raw(hostile_events: list[Event]) -> None:
    page = page_of(hostile_events, title=PAYLOADS[0]).decode("utf-8")
    for payload in PAYLOADS[:3]:
        assert payload not in page
    assert not any(tag == "img" for tag, _ in parse(page.encode()).tags)


def test_every_script_is_ours(hostile_events: list[Event]) -> None:
    page = page_of(hostile_events)
    policy = re.search(rb'Content-Security-Policy" content="([^"]+)"', page)
    assert policy is not None
    nonce = re.search(rb"'nonce-([0-9a-f]+)'", policy.group(1))
    assert nonce is not None
    for attrs, _ in parse(page).scripts:
        assert attrs.get("type") == "application/json" or attrs.get("nonce") == nonce.group(
            1
        ).decode("ascii")


def test_page_names_each_source_file(sample_events: list[Event]) -> None:
    few = ["events/korea.yaml", Path("events/extra/more.yaml")]
    text = page_of(sample_events, sources=few).decode("utf-8")
    assert "<code>events/korea.yaml</code>, <code>events/extra/more.yaml</code>" in text
    many = [f"events/part-{index}.yaml" for index in range(SOURCES_INLINE + 1)]
    text = page_of(sample_events, sources=many).decode("utf-8")
    assert f"<summary>{len(many)} event files</summary>" in text
    assert all(f"<li><code>{name}</code></li>" in text for name in many)
    assert "not recorded" in page_of(sample_events, sources=[]).decode("utf-8")


def test_hover_labels_and_actors_are_written_once_per_event(sample_events: list[Event]) -> None:
    (blob,) = [text for attrs, text in parse(page_of(sample_events)).scripts if attrs.get("type")]
    figure = json.loads(blob)
    assert all("hovertext" not in trace for trace in figure["data"])
    dated = {event.id for event in sample_events if event.date is not None}
    assert set(figure["labels"]) == dated
    actors = figure["layout"]["meta"]["actors"]
    assert [actors[i] for i in figure["actors_of"]["joint"]] == ["Alpha", "Beta"]
    assert figure["actors_of"]["lonely"] == []
