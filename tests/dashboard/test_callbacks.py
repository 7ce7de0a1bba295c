"""The callbacks as plain functions: URL sync, filtering, detail panel, add-event form."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from dash import html, no_update

from dashboard import ids
from dashboard.callbacks import (
    NO_MATCH,
    ONLY_UNDATED,
    READ_ONLY,
    chart_height,
    clicked_event_id,
    export_view,
    graph_style,
    render_view,
    select_events,
    show_detail,
    submit_event,
    sync_filters,
)
from dashboard.state import StoreState
from dashboard.url_state import SHOW_SCHEDULED, SHOW_UNDATED, FilterState
from timeline.store import load_events


def walk(node: Any) -> list[Any]:
    found = [node]
    children = node if isinstance(node, list | tuple) else getattr(node, "children", None)
    if isinstance(children, list | tuple):
        for child in children:
            found += walk(child)
    elif children is not None:
        found += walk(children)
    return found


def text_of(node: Any) -> str:
    return " ".join(x for x in walk(node) if isinstance(x, str))


def drawn_ids(figure: Any) -> set[str]:
    """The event ids drawn in a figure (the customdata of every item)."""
    found = [
        value for trace in figure.data if trace.customdata is not None for value in trace.customdata
    ]
    return {str(value) for value in found if value is not None}


# --- URL <-> controls -----------------------------------------------------------------


def test_page_load_sets_controls_from_the_url() -> None:
    out = sync_filters(
        None,
        "?actor=North+Korea&type=meeting&from=2019-01-01&q=summit",
        None,
        None,
        None,
        None,
        None,
        None,
    )
    assert out.search is no_update
    assert out.actors == ["North Korea"]
    assert out.types == ["meeting"]
    assert (out.date_from, out.date_to) == ("2019-01-01", None)
    assert out.text == "summit"
    assert out.toggles == [SHOW_SCHEDULED, SHOW_UNDATED]
    assert FilterState.from_dict(out.state).date_from == date(2019, 1, 1)


def test_controls_set_the_url() -> None:
    out = sync_filters(
        ids.ACTORS, "", ["Kim Jong-un"], [], None, "2019-03-01T00:00:00", "", [SHOW_SCHEDULED]
    )
    assert out.search == "?actor=Kim+Jong-un&to=2019-03-01&undated=0"
    assert all(value is no_update for value in out[1:7])
    assert out.state["actors"] == ["Kim Jong-un"]


def test_clear_resets_controls_and_url() -> None:
    out = sync_filters(ids.CLEAR, "?q=x", ["A"], ["visit"], None, None, "x", [])
    assert out.search == ""
    assert out.actors == [] and out.text == ""
    assert out.state == FilterState().to_dict()


# --- filtering and the view -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("state", "keep"),
    [
        (FilterState(), lambda e: True),
        (
            FilterState(actors=("North Korea",)),
            lambda e: "North Korea" in [a.name for a in e.actors],
        ),
        (FilterState(types=("visit",)), lambda e: e.type == "visit"),
        (FilterState(show_undated=False), lambda e: e.date is not None),
        (FilterState(show_scheduled=False), lambda e: e.status not in ("scheduled", "planned")),
        (
            FilterState(text="SUMMIT"),
            lambda e: (
                "summit"
                in (e.title + " ".join(s.quote or "" for s in e.sources) + (e.notes or "")).lower()
                or "summit" in e.id
            ),
        ),
        (
            FilterState(date_from=date(2019, 2, 1), date_to=date(2019, 2, 15)),
            lambda e: (
                e.date is not None
                and e.date.end >= date(2019, 2, 1)
                and e.date.start <= date(2019, 2, 15)
            ),
        ),
    ],
)
def test_select_events(store: StoreState, store_dir: Path, state: FilterState, keep: Any) -> None:
    expected = [e.id for e in load_events([store_dir]) if keep(e)]
    assert expected, "the fixture should have events for every filter"
    assert [e.id for e in select_events(store.snapshot(), state)] == expected


def test_view_draws_the_dated_events_and_lists_the_undated(store: StoreState) -> None:
    view = render_view(store, None)
    events = store.snapshot().events
    assert drawn_ids(view.figure) == {e.id for e in events if e.date is not None}
    undated_ids = [b.id["index"] for b in walk(view.undated) if isinstance(b, html.Button)]
    assert undated_ids == [e.id for e in events if e.date is None]
    assert view.summary.startswith(f"{len(events)} events")
    assert view.empty_hidden and not view.empty
    assert view.problems == []


def test_filtering_changes_the_figure(store: StoreState) -> None:
    everything = drawn_ids(render_view(store, None).figure)
    only_visits = drawn_ids(render_view(store, FilterState(types=("visit",)).to_dict()).figure)
    assert only_visits and only_visits < everything


@pytest.mark.parametrize(
    ("state", "message"),
    [
        (FilterState(text="no such words anywhere"), NO_MATCH),
        (FilterState(text="third summit"), ONLY_UNDATED),
    ],
)
def test_empty_views_say_so(store: StoreState, state: FilterState, message: str) -> None:
    view = render_view(store, state.to_dict())
    assert view.empty == message and not view.empty_hidden
    assert drawn_ids(view.figure) == set()


def test_problems_on_disk_are_shown(store: StoreState, store_dir: Path) -> None:
    store.snapshot()
    (store_dir / "extra.yaml").write_text("events: [{title: x}]\n", encoding="utf-8")
    view = render_view(store, None)
    assert "extra.yaml" in text_of(view.problems)


# --- the detail panel -------------------------------------------------------------------


def test_click_on_the_chart_opens_the_event(store: StoreState) -> None:
    event = next(e for e in store.snapshot().events if e.date is not None and e.sources)
    click = {"points": [{"curveNumber": 1, "customdata": event.id}]}
    assert clicked_event_id(click) == event.id
    # the id plotly reports for the point the figure drew for this event
    figure = render_view(store, None).figure
    drawn = {value for trace in figure.data for value in trace.customdata}
    assert event.id in drawn
    panel = show_detail(store, ids.GRAPH, click)
    assert event.title in text_of(panel)
    shown = " ".join(text_of(panel).split())
    assert " ".join((event.sources[0].quote or "").split())[:20] in shown


def test_click_on_an_undated_item_opens_it(store: StoreState) -> None:
    event = next(e for e in store.snapshot().events if e.date is None)
    trigger = {"type": ids.UNDATED_ITEM, "index": event.id}
    assert event.title in text_of(show_detail(store, trigger, None, 1))
    # the list was re-rendered, nobody clicked
    assert show_detail(store, trigger, None, 0) is no_update


@pytest.mark.parametrize("click", [None, {}, {"points": []}, {"points": [{"x": 1}]}])
def test_clicks_without_an_event_change_nothing(store: StoreState, click: Any) -> None:
    assert show_detail(store, ids.GRAPH, click) is no_update


def test_unknown_event_says_so(store: StoreState) -> None:
    panel = show_detail(store, ids.GRAPH, {"points": [{"customdata": ["gone"]}]})
    assert "no longer in the store" in text_of(panel)


# --- the add-event form ----------------------------------------------------------------------

FORM = {
    "title": "Kim meets Putin",
    "event_type": "meeting",
    "date_text": "2019-04-25",
    "actors": "Kim Jong-un, Vladimir Putin",
    "location": "Vladivostok",
    "source": "https://example.org/story",
    "quote": "Kim met Putin on April 25.",
    "notes": None,
    "file_name": "extra.yaml",
    "new_file": None,
}


def submit(store: StoreState, read_only: bool = False, **changes: str | None) -> Any:
    return submit_event(store, read_only, **{**FORM, **changes})  # type: ignore[arg-type]


def test_form_appends_to_the_chosen_file(store: StoreState, store_dir: Path) -> None:
    before = store.snapshot()
    out = submit(store)
    assert "Added" in text_of(out.messages)
    added = [e for e in load_events([store_dir / "extra.yaml"]) if e.title == FORM["title"]]
    assert len(added) == 1 and added[0].origin == "manual"
    assert out.version == before.version + 1
    assert "Vladimir Putin" in [o["value"] for o in out.actor_options]
    assert (store_dir / "extra.yaml").read_text(encoding="utf-8").startswith("# extra events")


def test_form_writes_a_new_file(store: StoreState, store_dir: Path) -> None:
    out = submit(store, new_file="new-story.yaml")
    assert "new-story.yaml" in [o["value"] for o in out.file_options]
    assert [e.title for e in load_events([store_dir / "new-story.yaml"])] == [FORM["title"]]


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"date_text": "2019-02-30"}, "date: "),
        ({"title": ""}, "title: "),
        ({"new_file": "../escape.yaml"}, "file: "),
        ({"new_file": "/etc/passwd.yaml"}, "file: "),
        ({"new_file": "notes.txt"}, "file: "),
        ({"file_name": None}, "file: "),
    ],
)
def test_form_problems_are_shown_and_nothing_is_written(
    store: StoreState, store_dir: Path, changes: dict[str, str | None], expected: str
) -> None:
    before = {p.name: p.read_bytes() for p in store_dir.iterdir()}
    out = submit(store, **changes)
    lines = [li.children for li in walk(out.messages) if isinstance(li, html.Li)]
    assert len(lines) == 1 and lines[0].startswith(expected)
    assert out.version is no_update
    assert {p.name: p.read_bytes() for p in store_dir.iterdir()} == before


def test_duplicate_event_is_refused(store: StoreState) -> None:
    submit(store)
    out = submit(store)
    assert "already in this file" in text_of(out.messages)


def test_read_only_refuses(store: StoreState, store_dir: Path) -> None:
    before = (store_dir / "extra.yaml").read_bytes()
    out = submit(store, read_only=True)
    assert READ_ONLY in text_of(out.messages)
    assert (store_dir / "extra.yaml").read_bytes() == before


# --- export and read-only layout ---------------------------------------------------------------


def test_export_downloads_the_filtered_view(store: StoreState) -> None:
    import base64

    events = store.snapshot().events
    kept = next(e for e in events if e.type == "visit" and e.date is not None)
    dropped = next(e for e in events if e.type != "visit")
    state = FilterState(types=("visit",), text=kept.title.split()[0], show_undated=False)
    out = export_view(store, state.to_dict())
    assert out["filename"] == "timeline.html"
    page = base64.b64decode(out["content"]).decode("utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert kept.id in page and dropped.id not in page
    assert "type: visit" in page and f"search: {state.text}" in page
    assert "undated events hidden" in page


def test_read_only_layout_hides_and_disables_the_form(store: StoreState) -> None:
    from dashboard.layout import build_layout

    for read_only in (False, True):
        nodes = walk(build_layout(store, read_only))
        form = next(n for n in nodes if getattr(n, "id", None) == ids.FORM)
        button = next(n for n in nodes if getattr(n, "id", None) == ids.FORM_SUBMIT)
        assert form.hidden is read_only and button.disabled is read_only


def test_graph_box_is_as_tall_as_its_figure(store: StoreState) -> None:
    view = render_view(store, None)
    assert graph_style(view.figure) == {"height": f"{view.figure.layout.height}px"}
    assert view.figure.layout.height >= chart_height(view.figure) - 1
