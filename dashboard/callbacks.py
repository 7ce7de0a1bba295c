"""The dashboard's callbacks, as plain functions (tests and benchmarks call them) and their wiring.

Each ``register_callbacks`` wrapper only reads ``dash.ctx`` and passes values on;
the work is in the plain functions above it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any, NamedTuple

import numpy as np
import plotly.graph_objects as go
from dash import ALL, Dash, Input, Output, State, ctx, dcc, html, no_update

from dashboard import ids
from dashboard.add_event import form_record, validate_form
from dashboard.detail import detail_panel
from dashboard.layout import actor_options, file_options
from dashboard.state import Snapshot, StoreState, TargetError
from dashboard.url_state import FilterState, from_controls, parse_query, to_query
from timeline.errors import InputError
from timeline.export.formats import ExportFilters
from timeline.export.html import render_html
from timeline.figure import build_figure
from timeline.figure_density import DENSITY_THRESHOLD, build_density_figure
from timeline.model import Event
from timeline.store import chronological
from timeline.store.columnar import BoolArray

#: statuses the "scheduled" toggle hides: events that have not happened (yet).
NOT_OCCURRED = frozenset({"scheduled", "planned"})
MAX_LANES = 15
#: the chart is at least this tall in the page, so a few lanes still fill the middle column.
MIN_HEIGHT = 560
LANE_HEIGHT = 34
UNDATED_SHOWN = 200
NO_MATCH = "No events match these filters."
ONLY_UNDATED = "No dated events match these filters; the undated ones are listed on the right."
EXPORT_TITLE = "Timeline"
EXPORT_FILE = "timeline.html"
READ_ONLY = "This dashboard is read-only: adding events is turned off."


class FilterOutputs(NamedTuple):
    """What ``sync_filters`` sets: the URL query and the controls, and the state for the views."""

    search: Any
    actors: Any
    types: Any
    date_from: Any
    date_to: Any
    text: Any
    toggles: Any
    state: dict[str, Any]


class ViewOutputs(NamedTuple):
    """What ``render_view`` sets."""

    figure: go.Figure
    undated: list[Any]
    summary: str
    empty: str
    empty_hidden: bool
    problems: list[Any]


class AddOutputs(NamedTuple):
    """What ``submit_event`` sets."""

    messages: Any
    version: Any
    actor_options: Any
    file_options: Any


def _controls(state: FilterState) -> list[Any]:
    return [
        list(state.actors),
        list(state.types),
        state.date_from.isoformat() if state.date_from else None,
        state.date_to.isoformat() if state.date_to else None,
        state.text,
        state.toggles,
    ]


def sync_filters(
    trigger: str | None,
    search: str | None,
    actors: list[str] | None,
    types: list[str] | None,
    start: str | None,
    end: str | None,
    text: str | None,
    toggles: list[str] | None,
) -> FilterOutputs:
    """Keep URL and controls in step: the URL sets the controls on load, the controls set the URL after."""
    if trigger in (None, ids.URL):
        state = parse_query(search)
        return FilterOutputs._make([no_update, *_controls(state), state.to_dict()])
    if trigger == ids.CLEAR:
        state = FilterState()
        return FilterOutputs._make(["", *_controls(state), state.to_dict()])
    state = from_controls(actors, types, start, end, text, toggles)
    return FilterOutputs._make([to_query(state), *[no_update] * 6, state.to_dict()])


def select_mask(snapshot: Snapshot, state: FilterState) -> BoolArray:
    """Which rows of the snapshot's table the filter state asks for (vectorised, from memory)."""
    table = snapshot.table
    keep = table.mask(
        actors=state.actors,
        types=state.types,
        date_from=state.date_from,
        date_to=state.date_to,
        text=state.text or None,
    )
    if not state.show_scheduled:
        keep &= ~table.with_status(sorted(NOT_OCCURRED))
    if not state.show_undated:
        keep &= table.dated
    return keep


def select_events(snapshot: Snapshot, state: FilterState) -> list[Event]:
    """The events of the snapshot the filter state asks for, from memory."""
    return snapshot.table.take(np.flatnonzero(select_mask(snapshot, state)))


def zoom_window(relayout: dict[str, Any] | None) -> tuple[date, date] | None | bool:
    """The x range a user zoomed to; None when zoomed out; False when the event is no zoom."""
    if not relayout:
        return False
    if relayout.get("xaxis.autorange"):
        return None
    low = relayout.get("xaxis.range[0]")
    high = relayout.get("xaxis.range[1]")
    if low is None and isinstance(relayout.get("xaxis.range"), list):
        low, high = relayout["xaxis.range"][:2]
    if low is None or high is None:
        return False
    try:
        return (_day(str(low)), _day(str(high)))
    except ValueError:
        return False


def _day(text: str) -> date:
    return date.fromisoformat(text.strip()[:10])


def undated_items(events: Sequence[Event]) -> list[Any]:
    """The undated list: a button per event (it opens the detail panel)."""
    undated = [e for e in events if e.date is None]
    if not undated:
        return [html.Li("No undated events in this view.", className="hint")]
    items: list[Any] = [
        html.Li(
            html.Button(
                [
                    html.Span(event.title, className="undated-title"),
                    html.Span(
                        ", ".join(a.name for a in event.actors) or event.type,
                        className="undated-meta",
                    ),
                ],
                id={"type": ids.UNDATED_ITEM, "index": event.id},
                n_clicks=0,
                className="undated-item",
            )
        )
        for event in undated[:UNDATED_SHOWN]
    ]
    if len(undated) > UNDATED_SHOWN:
        more = len(undated) - UNDATED_SHOWN
        items.append(
            html.Li(f"…and {more} more: narrow the filters to see them.", className="hint")
        )
    return items


def summary_text(shown: Sequence[Event], total: int) -> str:
    """``12 of 40 events · 3 undated``."""
    undated = sum(1 for e in shown if e.date is None)
    head = f"{len(shown)} events" if len(shown) == total else f"{len(shown)} of {total} events"
    return f"{head} · {undated} undated" if undated else head


def problem_banner(snapshot: Snapshot) -> list[Any]:
    """What is wrong with the files on disk, while the last good events stay on screen."""
    if not snapshot.problems:
        return []
    return [
        html.Strong("Some event files have problems; fix them and reload the page:"),
        html.Ul([html.Li(line) for line in snapshot.problems]),
    ]


def chart_height(figure: go.Figure) -> int:
    """Tall enough for every lane, and at least ``MIN_HEIGHT`` so a few lanes fill the column."""
    lanes = (figure.layout.meta or {}).get("lanes") or []
    return max(MIN_HEIGHT, 170 + LANE_HEIGHT * len(lanes))


def graph_style(figure: go.Figure) -> dict[str, str]:
    """The chart's box as tall as its figure, so the panel around it grows with the lanes."""
    return {"height": f"{figure.layout.height or chart_height(figure)}px"}


def render_view(
    store: StoreState,
    state_data: dict[str, Any] | None,
    window: tuple[date, date] | None = None,
) -> ViewOutputs:
    """The figure, undated list, counts and empty message for a filter state.

    Above ``DENSITY_THRESHOLD`` dated events the figure is the density view; a
    zoom ``window`` that leaves fewer shows those events one by one again.
    """
    snapshot = store.snapshot()
    state = FilterState.from_dict(state_data)
    keep = select_mask(snapshot, state)
    table = snapshot.table
    events = table.take(np.flatnonzero(keep))
    lanes = max(MAX_LANES, len(state.actors) + 1)
    drawn = keep & table.dated
    if window is not None:
        drawn &= table.mask(date_from=window[0], date_to=window[1])
    if int(drawn.sum()) > DENSITY_THRESHOLD:
        figure = build_density_figure(table, drawn, max_lanes=lanes)
    else:
        # the detail panel shows quotes on click: leaving them out of hover halves the payload
        figure = build_figure(table.take(np.flatnonzero(drawn)), max_lanes=lanes, quotes=False)
    figure.update_layout(height=chart_height(figure))
    if window is not None:
        figure.update_xaxes(range=[window[0].isoformat(), window[1].isoformat()])
    dated = int((keep & table.dated).sum())
    empty = "" if dated else (ONLY_UNDATED if events else NO_MATCH)
    return ViewOutputs(
        figure=figure,
        undated=undated_items(events),
        summary=summary_text(events, len(snapshot.events)),
        empty=empty,
        empty_hidden=not empty,
        problems=problem_banner(snapshot),
    )


def zoomed_view(
    store: StoreState, state_data: dict[str, Any] | None, relayout: dict[str, Any] | None
) -> ViewOutputs | None:
    """The view after a zoom or pan, or None when the figure on screen can stay.

    Only the density view is redrawn: the events of the new window one by one
    when few enough, else a finer density view of the window.
    """
    window = zoom_window(relayout)
    if window is False:
        return None
    snapshot = store.snapshot()
    keep = select_mask(snapshot, FilterState.from_dict(state_data)) & snapshot.table.dated
    if int(keep.sum()) <= DENSITY_THRESHOLD:
        return None
    return render_view(store, state_data, window if isinstance(window, tuple) else None)


def clicked_event_id(click_data: dict[str, Any] | None) -> str | None:
    """The event id of a clicked plotly point: its customdata (or that list's first element)."""
    points = (click_data or {}).get("points") or []
    if not points:
        return None
    custom = points[0].get("customdata")
    if isinstance(custom, list | tuple) and custom:
        custom = custom[0]
    return custom if isinstance(custom, str) else None


def show_detail(
    store: StoreState, trigger: Any, click_data: dict[str, Any] | None, clicks: Any = None
) -> Any:
    """The detail panel for the event clicked on the chart or in the undated list."""
    if trigger == ids.GRAPH:
        event_id = clicked_event_id(click_data)
    elif isinstance(trigger, dict) and trigger.get("type") == ids.UNDATED_ITEM and clicks:
        event_id = str(trigger.get("index"))
    else:
        return no_update
    if event_id is None:
        return no_update
    event = store.snapshot().by_id.get(event_id)
    if event is None:
        return [html.P("This event is no longer in the store (reload the page).", className="hint")]
    return detail_panel(event)


def _errors(lines: Sequence[str]) -> html.Ul:
    return html.Ul([html.Li(line) for line in lines], className="form-errors")


def submit_event(
    store: StoreState,
    read_only: bool,
    title: str | None,
    event_type: str | None,
    date_text: str | None,
    actors: str | None,
    location: str | None,
    source: str | None,
    quote: str | None,
    notes: str | None,
    file_name: str | None,
    new_file: str | None,
) -> AddOutputs:
    """Validate the form with the record model and append the event to the chosen file."""
    if read_only:
        return AddOutputs(_errors([READ_ONLY]), no_update, no_update, no_update)
    record = form_record(title, event_type, date_text, actors, location, source, quote, notes)
    event, lines = validate_form(record)
    target = (new_file or "").strip() or (file_name or "")
    try:
        store.resolve_target(target)
    except TargetError as error:
        lines.append(f"file: {error}")
    if event is None or lines:
        return AddOutputs(_errors(lines), no_update, no_update, no_update)
    try:
        path = store.add_event(target, event)
    except (InputError, TargetError, OSError) as error:
        problems = error.problems if isinstance(error, InputError) else [error]
        return AddOutputs(_errors([str(p) for p in problems]), no_update, no_update, no_update)
    snapshot = store.snapshot()
    message = html.P(
        f"Added “{event.title}” to {store.relative_name(path)}.", className="form-success"
    )
    return AddOutputs(
        message, snapshot.version, actor_options(snapshot), file_options(store, snapshot)
    )


def describe_filters(state: FilterState) -> list[str]:
    """One line per filter that is set, as the exported page shows them."""
    lines = ExportFilters(state.actors, state.types, state.date_from, state.date_to).describe()
    if state.text:
        lines.append(f"search: {state.text}")
    if not state.show_scheduled:
        lines.append("scheduled and planned events hidden")
    if not state.show_undated:
        lines.append("undated events hidden")
    return lines


def export_view(
    store: StoreState, state_data: dict[str, Any] | None, generated: datetime | None = None
) -> dict[str, Any]:
    """The current filtered view as a standalone HTML page, for dcc.Download."""
    snapshot = store.snapshot()
    state = FilterState.from_dict(state_data)
    page = render_html(
        chronological(select_events(snapshot, state)),
        title=EXPORT_TITLE,
        filters=describe_filters(state),
        sources=snapshot.files,
        generated=generated or datetime.now(UTC),
    )
    return dcc.send_bytes(page, filename=EXPORT_FILE, type="text/html")


def register_callbacks(app: Dash, store: StoreState, read_only: bool) -> None:
    """Wire the plain functions above to the components of ``dashboard.layout``."""
    controls = [
        Output(ids.ACTORS, "value"),
        Output(ids.TYPES, "value"),
        Output(ids.DATES, "start_date"),
        Output(ids.DATES, "end_date"),
        Output(ids.TEXT, "value"),
        Output(ids.TOGGLES, "value"),
    ]

    @app.callback(
        Output(ids.URL, "search"),
        *controls,
        Output(ids.FILTER_STATE, "data"),
        Input(ids.URL, "search"),
        Input(ids.ACTORS, "value"),
        Input(ids.TYPES, "value"),
        Input(ids.DATES, "start_date"),
        Input(ids.DATES, "end_date"),
        Input(ids.TEXT, "value"),
        Input(ids.TOGGLES, "value"),
        Input(ids.CLEAR, "n_clicks"),
    )
    def _sync(
        search: str | None,
        actors: list[str] | None,
        types: list[str] | None,
        start: str | None,
        end: str | None,
        text: str | None,
        toggles: list[str] | None,
        _clear: int | None,
    ) -> FilterOutputs:
        return sync_filters(ctx.triggered_id, search, actors, types, start, end, text, toggles)

    @app.callback(
        Output(ids.GRAPH, "figure"),
        Output(ids.UNDATED, "children"),
        Output(ids.SUMMARY, "children"),
        Output(ids.EMPTY, "children"),
        Output(ids.EMPTY, "hidden"),
        Output(ids.PROBLEMS, "children"),
        Output(ids.GRAPH, "style"),
        Input(ids.FILTER_STATE, "data"),
        Input(ids.STORE_VERSION, "data"),
        Input(ids.GRAPH, "relayoutData"),
    )
    def _view(
        state_data: dict[str, Any] | None, _version: int | None, relayout: dict[str, Any] | None
    ) -> Any:
        if ctx.triggered_id == ids.GRAPH:
            zoomed = zoomed_view(store, state_data, relayout)
            if zoomed is None:
                return [no_update] * (len(ViewOutputs._fields) + 1)
            return [*zoomed, graph_style(zoomed.figure)]
        view = render_view(store, state_data)
        return [*view, graph_style(view.figure)]

    @app.callback(
        Output(ids.DETAIL, "children"),
        Input(ids.GRAPH, "clickData"),
        Input({"type": ids.UNDATED_ITEM, "index": ALL}, "n_clicks"),
        prevent_initial_call=True,
    )
    def _detail(click_data: dict[str, Any] | None, _clicks: list[int | None]) -> Any:
        value = ctx.triggered[0].get("value") if ctx.triggered else None
        return show_detail(store, ctx.triggered_id, click_data, value)

    @app.callback(
        Output(ids.FORM_MESSAGES, "children"),
        Output(ids.STORE_VERSION, "data"),
        Output(ids.ACTORS, "options"),
        Output(ids.FORM_FILE, "options"),
        Input(ids.FORM_SUBMIT, "n_clicks"),
        State(ids.FORM_TITLE, "value"),
        State(ids.FORM_TYPE, "value"),
        State(ids.FORM_DATE, "value"),
        State(ids.FORM_ACTORS, "value"),
        State(ids.FORM_LOCATION, "value"),
        State(ids.FORM_SOURCE, "value"),
        State(ids.FORM_QUOTE, "value"),
        State(ids.FORM_NOTES, "value"),
        State(ids.FORM_FILE, "value"),
        State(ids.FORM_NEW_FILE, "value"),
        prevent_initial_call=True,
    )
    def _add(_n: int, *fields: str | None) -> AddOutputs:
        return submit_event(store, read_only, *fields)

    @app.callback(
        Output(ids.EXPORT_DOWNLOAD, "data"),
        Input(ids.EXPORT_BUTTON, "n_clicks"),
        State(ids.FILTER_STATE, "data"),
        prevent_initial_call=True,
    )
    def _export(_n: int, state_data: dict[str, Any] | None) -> dict[str, Any]:
        return export_view(store, state_data)
