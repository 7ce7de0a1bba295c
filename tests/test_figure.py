"""The shared timeline figure: lanes, windows, styles, WebGL switch and escaping."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import plotly.graph_objects as go
import pytest

from timeline.figure import (
    CLICK_HINT,
    DAY_MS,
    EMPTY_MESSAGE,
    GL_THRESHOLD,
    build_figure,
    focus_range,
    lane_label,
)
from timeline.figure_lanes import NO_ACTOR, OTHERS, lanes_for, lanes_of_event
from timeline.figure_text import describe_window
from timeline.model import Event, Source

HOSTILE = "<img src=x onerror=alert(1)>"


def make_event(
    ident: str,
    actors: list[str] | None = None,
    when: Any = "2019-02-03",
    status: str = "occurred",
    kind: str = "meeting",
    title: str | None = None,
    quote: str | None = None,
) -> Event:
    """A small valid event; ``when`` is anything ``FuzzyDate`` reads, or None."""
    sources = [Source(document="a.txt", quote=quote)] if quote else []
    return Event.model_validate(
        {
            "id": ident,
            "title": title or f"Event {ident}",
            "type": kind,
            "date": when,
            "actors": actors or [],
            "status": status,
            "sources": sources,
        }
    )


def drawn_ids(figure: go.Figure) -> list[str]:
    """The event ids of every drawn point or window (links left out)."""
    return [
        event_id
        for trace in figure.data
        if trace.meta.get("shape") != "link"
        for event_id in trace.customdata
        if event_id is not None
    ]


def item_traces(figure: go.Figure, shape: str) -> list[Any]:
    return [trace for trace in figure.data if trace.meta.get("shape") == shape]


@pytest.mark.parametrize(
    ("counts", "max_lanes", "expected"),
    [
        ({"A": 3, "B": 2, "C": 1}, 5, ["A", "B", "C"]),
        ({"A": 3, "B": 2, "C": 1}, 3, ["A", "B", "C"]),
        ({"A": 3, "B": 2, "C": 1, "D": 1}, 3, ["A", "B", OTHERS]),
        ({"B": 1, "A": 1}, 2, ["A", "B"]),
        ({"A": 1, "B": 1}, 1, [OTHERS]),
    ],
)
def test_lanes_ordered_by_count_and_capped(
    counts: dict[str, int], max_lanes: int, expected: list[str]
) -> None:
    events = [
        make_event(f"{name.lower()}-{index}", [name])
        for name, count in counts.items()
        for index in range(count)
    ]
    assert lanes_for(events, max_lanes) == expected


def test_no_actor_lane_is_last_and_outside_the_cap() -> None:
    events = [make_event("a", ["A"]), make_event("b", ["B"]), make_event("n", [])]
    assert lanes_for(events, 1) == [OTHERS, NO_ACTOR]
    assert lanes_of_event(events[2], lanes_for(events, 1)) == [NO_ACTOR]


def test_actors_in_others_share_one_item() -> None:
    events = [make_event("x", ["A"]), make_event("y", ["A"]), make_event("z", ["B", "C", "A"])]
    lanes = lanes_for(events, 2)
    assert lanes == ["A", OTHERS]
    assert lanes_of_event(events[2], lanes) == [OTHERS, "A"]


def test_event_with_several_actors_appears_in_each_lane_linked() -> None:
    figure = build_figure([make_event("m", ["A", "B", "C"]), make_event("s", ["A"])])
    points = item_traces(figure, "point")
    lanes_of_m = [
        y
        for trace in points
        for y, event_id in zip(trace.y, trace.customdata, strict=True)
        if event_id == "m"
    ]
    assert sorted(lanes_of_m) == ["A", "B", "C"]
    (link,) = item_traces(figure, "link")
    assert list(link.customdata) == ["m", "m", None]
    assert set(link.y[:2]) == {"A", "C"}  # from the top lane to the bottom one


@pytest.mark.parametrize(
    ("when", "start", "end"),
    [
        (
            {"value": "2019-01", "mod": "END", "text": "late January"},
            date(2019, 1, 21),
            date(2019, 1, 31),
        ),
        ({"value": "2019-02"}, date(2019, 2, 1), date(2019, 2, 28)),
        ({"start": "2019-02-27", "end": "2019-02-28"}, date(2019, 2, 27), date(2019, 2, 28)),
        ({"value": "2019-Q1"}, date(2019, 1, 1), date(2019, 3, 31)),
    ],
)
def test_fuzzy_dates_are_bars_over_the_whole_window(
    when: dict[str, str], start: date, end: date
) -> None:
    figure = build_figure([make_event("f", ["A"], when)])
    (bar,) = item_traces(figure, "window")
    assert bar.type == "bar" and bar.orientation == "h"
    assert str(bar.base[0]).startswith(start.isoformat())
    assert bar.x[0] == ((end - start).days + 1) * DAY_MS
    assert bar.customdata[0] == "f"


def test_hover_keeps_the_date_as_written_with_its_window() -> None:
    when = {"value": "2019-01", "mod": "END", "text": "late January"}
    figure = build_figure([make_event("f", ["A"], when)])
    hover = item_traces(figure, "window")[0].hovertext[0]
    assert "late January" in hover
    assert describe_window(date(2019, 1, 21), date(2019, 1, 31)) in hover


def test_day_events_are_points() -> None:
    figure = build_figure([make_event("d", ["A"], "2019-02-03")])
    (points,) = item_traces(figure, "point")
    assert points.type == "scatter" and points.mode == "markers"
    assert str(points.x[0]).startswith("2019-02-03")


@pytest.mark.parametrize("status", ["scheduled", "planned", "cancelled"])
def test_not_occurred_events_look_different(status: str) -> None:
    events = [
        make_event("p", ["A"], status=status),
        make_event("o", ["A"]),
        make_event("pw", ["A"], {"value": "2019-03"}, status=status),
        make_event("ow", ["A"], {"value": "2019-04"}),
    ]
    figure = build_figure(events)
    by_style = {(t.meta["shape"], t.meta["style"]): t for t in figure.data}
    assert by_style[("point", "planned")].marker.symbol.endswith("-open")
    assert not by_style[("point", "occurred")].marker.symbol.endswith("-open")
    assert by_style[("window", "planned")].marker.pattern.shape == "/"
    assert by_style[("window", "occurred")].marker.pattern.shape in ("", None)


def test_undated_events_are_not_drawn() -> None:
    figure = build_figure([make_event("d", ["A"]), make_event("u", ["A"], None)])
    assert drawn_ids(figure) == ["d"]


def test_empty_input_gives_a_figure_that_says_so() -> None:
    for events in ([], [make_event("u", ["A"], None)]):
        figure = build_figure(events)
        assert [a.text for a in figure.layout.annotations] == [EMPTY_MESSAGE]
        assert len(figure.data) == 0
        figure.to_json()


def test_webgl_above_the_threshold_and_few_traces() -> None:
    first = date(2019, 1, 1)

    def many(count: int) -> list[Event]:
        return [
            make_event(f"e{i}", ["A"], (first + timedelta(days=i % 700)).isoformat())
            for i in range(count)
        ]

    assert {t.type for t in build_figure(many(GL_THRESHOLD)).data} == {"scatter"}
    big = build_figure(many(GL_THRESHOLD + 1))
    assert {t.type for t in big.data} == {"scattergl"}
    assert len(big.data) == 1
    assert len(drawn_ids(big)) == GL_THRESHOLD + 1


def test_every_item_carries_its_event_id_first() -> None:
    events = [
        make_event("a", ["A", "B"]),
        make_event("b", [], {"value": "2019-03"}),
        make_event("c", ["C"], status="scheduled"),
    ]
    assert sorted(drawn_ids(build_figure(events))) == ["a", "a", "b", "c"]


def test_article_text_is_escaped_in_hover_and_lanes() -> None:
    event = make_event("x", [HOSTILE], title=HOSTILE, quote=f"said {HOSTILE} & left")
    figure = build_figure([event], title=HOSTILE)
    (points,) = item_traces(figure, "point")
    hover = points.hovertext[0]
    assert "<img" not in hover
    assert hover.count("&lt;img src=x onerror=alert(1)&gt;") == 3
    assert "&amp; left" in hover
    assert points.y[0] == "&lt;img src=x onerror=alert(1)&gt;"
    assert "<img" not in figure.layout.title.text
    assert figure.layout.meta["actors"] == [HOSTILE]  # raw names, for code, never rendered


def test_legend_shows_each_type_once() -> None:
    events = [
        make_event("a", ["A"], kind="meeting"),
        make_event("b", ["A"], {"value": "2019-03"}, kind="meeting", status="planned"),
        make_event("c", ["A"], kind="statement"),
    ]
    legend = [t.name for t in build_figure(events).data if t.showlegend is not False]
    assert legend == ["meeting", "statement"]


def test_range_slider_and_date_axis() -> None:
    figure = build_figure([make_event("a", ["A"])])
    assert figure.layout.xaxis.type == "date"
    assert figure.layout.xaxis.rangeslider.visible is True
    assert list(figure.layout.yaxis.categoryarray) == ["A"]


def test_items_carry_only_the_event_id_and_one_hover_label() -> None:
    events = [make_event("a", ["A", "B"], quote="A said so."), make_event("w", ["A"], "2019-03")]
    for trace in build_figure(events).data:
        assert all(isinstance(v, str) or v is None for v in trace.customdata)
        if trace.meta.get("shape") != "link":
            assert len(trace.hovertext) == len(trace.customdata)
            assert trace.hovertemplate == "%{hovertext}<extra></extra>"


@pytest.mark.parametrize(("quotes", "shown"), [(True, True), (False, False)])
def test_quotes_in_hover_are_optional(quotes: bool, shown: bool) -> None:
    figure = build_figure([make_event("q", ["A"], quote="Kim said it loudly.")], quotes=quotes)
    (points,) = item_traces(figure, "point")
    assert ("Kim said it loudly." in points.hovertext[0]) is shown
    assert (CLICK_HINT in points.hovertemplate) is not shown


@pytest.mark.parametrize(
    ("dates", "low", "high"),
    [
        # a year-long window does not stretch the view: the days and the month frame it
        (["2019-02-03", "2019-02-20", {"value": "2019"}], date(2019, 1, 31), date(2019, 2, 24)),
        (
            ["2019-02-03", {"value": "2019-03"}, {"value": "2019-Q2"}],
            date(2019, 1, 31),
            date(2019, 4, 4),
        ),
        # nothing narrower than a quarter: every window frames it
        ([{"value": "2019-Q1"}, {"value": "2019"}], date(2018, 12, 17), date(2020, 1, 15)),
        (["2019-02-03"], date(2019, 1, 31), date(2019, 2, 7)),
        # one day far from the other nine is left to the range slider
        (
            ["2018-06-12", *[f"2019-02-{day:02d}" for day in range(1, 10)]],
            date(2019, 1, 29),
            date(2019, 2, 12),
        ),
        # evenly spread days all stay in view
        ([f"2019-{month:02d}-15" for month in range(1, 11)], date(2019, 1, 4), date(2019, 10, 26)),
    ],
)
def test_initial_range_frames_the_narrow_dates(dates: list[Any], low: date, high: date) -> None:
    events = [make_event(f"e{i}", ["A"], when) for i, when in enumerate(dates)]
    start, end = focus_range(events) or ("", "")
    assert date.fromisoformat(start[:10]) == low
    assert date.fromisoformat(end[:10]) == high
    figure = build_figure(events)
    assert list(figure.layout.xaxis.range) == [start, end]
    assert figure.layout.xaxis.rangeslider.visible is True
    assert figure.layout.xaxis.rangeslider.autorange in (None, True)  # the slider shows all


def test_legend_sits_above_the_chart_in_one_row() -> None:
    legend = build_figure([make_event("a", ["A"])]).layout.legend
    assert legend.orientation == "h"
    assert legend.y >= 1 and legend.yanchor == "bottom"


def test_long_lane_names_are_shortened_on_the_axis_only() -> None:
    name = "International Atomic Energy Agency"
    figure = build_figure([make_event("a", [name])])
    assert list(figure.layout.yaxis.tickvals) == [name]
    assert list(figure.layout.yaxis.ticktext) == [lane_label(name)]
    assert lane_label(name).endswith("…") and len(lane_label(name)) <= 28
    assert lane_label("North Korea") == "North Korea"
