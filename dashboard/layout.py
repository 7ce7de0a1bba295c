"""The page: filters on the left, the timeline in the middle, the detail panel and undated list on the right."""

from __future__ import annotations

from typing import Any

from dash import dcc, html

from dashboard import ids
from dashboard.detail import detail_panel
from dashboard.state import Snapshot, StoreState, TargetError
from dashboard.url_state import SHOW_SCHEDULED, SHOW_UNDATED
from timeline.figure_style import type_label
from timeline.taxonomy import TOP_LEVEL_TYPES

#: plotly's config is a TypedDict in dash's stubs that mypy cannot import; the keys are plotly's.
GRAPH_CONFIG: Any = {
    "displaylogo": False,
    "scrollZoom": True,
    "responsive": True,
    "modeBarButtonsToRemove": ["select2d", "lasso2d"],
    "toImageButtonOptions": {"format": "png", "filename": "timeline"},
}


def actor_options(snapshot: Snapshot) -> list[dict[str, str]]:
    """Dropdown options ``North Korea (12)``, most frequent actor first."""
    return [{"label": f"{name} ({count})", "value": name} for name, count in snapshot.actor_counts]


def type_options(snapshot: Snapshot) -> list[dict[str, str]]:
    """Checklist options for the event types present in the store, with their counts."""
    counts = {name: 0 for name in TOP_LEVEL_TYPES}
    for event in snapshot.events:
        counts[event.type] = counts.get(event.type, 0) + 1
    return [
        {"label": f"{type_label(name)} ({count})", "value": name}
        for name, count in counts.items()
        if count
    ]


def file_options(state: StoreState, snapshot: Snapshot) -> list[dict[str, str]]:
    """The store's YAML files the form may append to."""
    options = []
    for name in snapshot.files:
        try:
            state.resolve_target(name)
        except TargetError:
            continue
        options.append({"label": name, "value": name})
    return options


def _text(component_id: str, placeholder: str) -> dcc.Input:
    return dcc.Input(
        id=component_id, type="text", value="", placeholder=placeholder, className="text-input"
    )


def _field(label: str, control: Any, hint: str | None = None) -> html.Div:
    children: list[Any] = [html.Label(label, className="field-label"), control]
    if hint:
        children.append(html.Div(hint, className="field-hint"))
    return html.Div(children, className="field")


def filters_panel(snapshot: Snapshot) -> html.Section:
    """Actor, type, date, text and toggle filters; their values are set from the URL on load."""
    return html.Section(
        className="panel filters",
        children=[
            html.H2("Filters"),
            _field(
                "Actors",
                dcc.Dropdown(
                    id=ids.ACTORS,
                    options=actor_options(snapshot),
                    value=[],
                    multi=True,
                    searchable=True,
                    placeholder="All actors",
                ),
            ),
            _field(
                "Event types",
                dcc.Checklist(
                    id=ids.TYPES,
                    options=type_options(snapshot),
                    value=[],
                    className="checklist",
                ),
                "None ticked shows every type.",
            ),
            _field(
                "Dates",
                dcc.DatePickerRange(
                    id=ids.DATES,
                    start_date=None,
                    end_date=None,
                    clearable=True,
                    display_format="YYYY-MM-DD",
                    start_date_placeholder_text="From",
                    end_date_placeholder_text="To",
                    initial_visible_month=_first_day(snapshot),
                ),
            ),
            _field(
                "Search",
                dcc.Input(
                    id=ids.TEXT,
                    type="search",
                    value="",
                    debounce=0.4,
                    placeholder="Words in titles and quotes",
                    className="text-input",
                ),
            ),
            dcc.Checklist(
                id=ids.TOGGLES,
                options=[
                    {"label": "Show scheduled and planned events", "value": SHOW_SCHEDULED},
                    {"label": "Show undated events", "value": SHOW_UNDATED},
                ],
                value=[SHOW_SCHEDULED, SHOW_UNDATED],
                className="checklist toggles",
            ),
            html.Button("Clear filters", id=ids.CLEAR, n_clicks=0, className="button-secondary"),
        ],
    )


def _first_day(snapshot: Snapshot) -> str | None:
    days = [e.date.start for e in snapshot.events if e.date is not None]
    return min(days).isoformat() if days else None


def add_form(state: StoreState, snapshot: Snapshot, read_only: bool) -> html.Details:
    """The add-event form; hidden and disabled when the dashboard is read-only."""
    files = file_options(state, snapshot)
    return html.Details(
        id=ids.FORM,
        className="panel add-form",
        hidden=read_only,
        children=[
            html.Summary("Add an event"),
            _field("Title", _text(ids.FORM_TITLE, "Foreign ministers meet in Geneva")),
            _field(
                "Type",
                dcc.Dropdown(
                    id=ids.FORM_TYPE,
                    options=[{"label": type_label(t), "value": t} for t in TOP_LEVEL_TYPES],
                    value=None,
                    placeholder="Choose a type",
                ),
            ),
            _field(
                "Date",
                _text(ids.FORM_DATE, "late January 2019"),
                "As written: 2019-02-27, February 2019, late January 2019. Empty when unknown.",
            ),
            _field(
                "Actors",
                _text(ids.FORM_ACTORS, "Names, separated by commas"),
                "Separated by commas.",
            ),
            _field("Location", _text(ids.FORM_LOCATION, "City, country")),
            _field(
                "Source",
                _text(ids.FORM_SOURCE, "https://… or a document name"),
            ),
            _field("Quote", dcc.Textarea(id=ids.FORM_QUOTE, value="", className="text-area")),
            _field("Notes", dcc.Textarea(id=ids.FORM_NOTES, value="", className="text-area")),
            _field(
                "File",
                dcc.Dropdown(
                    id=ids.FORM_FILE,
                    options=files,
                    value=files[0]["value"] if files else None,
                    placeholder="A file of the store",
                ),
            ),
            _field(
                "…or a new file",
                _text(ids.FORM_NEW_FILE, "new-story.yaml"),
                f"Written inside {state.root}.",
            ),
            html.Button(
                "Add event", id=ids.FORM_SUBMIT, n_clicks=0, disabled=read_only, className="button"
            ),
            html.Div(id=ids.FORM_MESSAGES, className="form-messages", role="status"),
        ],
    )


def build_layout(state: StoreState, read_only: bool = False) -> html.Div:
    """The whole page, built fresh on each page load so edited files show up."""
    snapshot = state.snapshot()
    return html.Div(
        className="app",
        children=[
            dcc.Location(id=ids.URL, refresh=False),
            dcc.Store(id=ids.FILTER_STATE),
            dcc.Store(id=ids.STORE_VERSION, data=snapshot.version),
            dcc.Download(id=ids.EXPORT_DOWNLOAD),
            html.Header(
                className="topbar",
                children=[
                    html.H1("Timeline"),
                    html.Span(id=ids.SUMMARY, className="summary"),
                    html.Span("read-only", className="badge") if read_only else None,
                    html.Button(
                        "Download this view (HTML)",
                        id=ids.EXPORT_BUTTON,
                        n_clicks=0,
                        className="button",
                    ),
                ],
            ),
            html.Div(id=ids.PROBLEMS, className="problems"),
            html.Main(
                className="grid",
                children=[
                    html.Aside(
                        className="sidebar",
                        children=[filters_panel(snapshot), add_form(state, snapshot, read_only)],
                    ),
                    html.Section(
                        className="chart panel",
                        children=[
                            html.Div(id=ids.EMPTY, className="empty", hidden=True),
                            dcc.Graph(
                                id=ids.GRAPH,
                                config=GRAPH_CONFIG,
                                className="graph",
                                # grow with the figure, whose height follows its lanes
                                style={"height": "auto"},
                            ),
                        ],
                    ),
                    html.Aside(
                        className="side",
                        children=[
                            html.Section(
                                id=ids.DETAIL, className="panel detail", children=detail_panel(None)
                            ),
                            html.Section(
                                className="panel undated",
                                children=[
                                    html.H2("Undated"),
                                    html.P(
                                        "Events the sources give no date for.", className="hint"
                                    ),
                                    html.Ul(id=ids.UNDATED, className="undated-list"),
                                ],
                            ),
                        ],
                    ),
                ],
            ),
        ],
    )
