"""``timeline list``: the events of a store, filtered, as a table, JSON or YAML."""

from __future__ import annotations

import difflib
import io
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import click
from pydantic import ValidationError

from timeline.cli.errors import fail
from timeline.errors import InputError, Problem
from timeline.model import Event, FuzzyDate
from timeline.store import chronological, event_to_yaml_data, filter_events, load_events
from timeline.store.records import events_to_json


class DateWindowParam(click.ParamType):
    """A date option: 2019-02-03, 2019-02, 2019 or a phrase; read as the window it names."""

    name = "DATE"

    def convert(
        self, value: object, param: click.Parameter | None, ctx: click.Context | None
    ) -> FuzzyDate:
        if isinstance(value, FuzzyDate):
            return value
        try:
            return FuzzyDate.model_validate(str(value))
        except ValidationError as error:
            reason = error.errors()[0]["msg"].removeprefix("Value error, ")
            self.fail(reason, param, ctx)


def date_order_problem(date_from: FuzzyDate | None, date_to: FuzzyDate | None) -> Problem | None:
    """A problem when the --from window starts after the --to window ends (nothing could match)."""
    if date_from is None or date_to is None or date_from.start <= date_to.end:
        return None
    return Problem("--to", f"{date_to.label()} is before --from {date_from.label()} (swap them)")


def close_names(wanted: str, known: dict[str, str], limit: int = 3) -> list[str]:
    """Up to ``limit`` names like ``wanted``: containing it, spelled alike, or sharing a word.

    ``known`` maps each casefolded name or alias to the name to suggest.
    """
    key = wanted.casefold().strip()
    words: dict[str, list[str]] = {}
    for folded in known:
        for word in folded.replace("-", " ").split():
            if len(word) >= 3:
                words.setdefault(word, []).append(folded)
    found = [folded for folded in known if key and key in folded]
    found += difflib.get_close_matches(key, list(known), n=limit, cutoff=0.6)
    for word in difflib.get_close_matches(key, list(words), n=limit, cutoff=0.75):
        found += words[word]
    return list(dict.fromkeys(known[folded] for folded in found))[:limit]


def unknown_actor_problems(events: Sequence[Event], actors: Sequence[str]) -> list[Problem]:
    """One problem per --actor that names no actor (or alias) in ``events``, with close names."""
    known: dict[str, str] = {}
    for event in events:
        for actor in event.actors:
            for name in (actor.name, *actor.aliases):
                # an alias suggests the actor's own name
                known.setdefault(name.casefold(), actor.name)
    problems = []
    for wanted in actors:
        if wanted.casefold() in known:
            continue
        close = close_names(wanted, known)
        hint = (
            "did you mean " + ", ".join(repr(name) for name in close) + "?"
            if close
            else "timeline list shows the actors"
        )
        problems.append(Problem("--actor", f"no actor {wanted!r} in these events ({hint})"))
    return problems


def select_events(
    paths: Sequence[Path],
    actors: Sequence[str] = (),
    types: Sequence[str] = (),
    date_from: date | None = None,
    date_to: date | None = None,
    use_index: bool = True,
) -> list[Event]:
    """The events under ``paths`` that match the filters, in chronological order.

    ``InputError`` for unreadable files and for an actor that no event has.
    """
    events = load_events(paths, use_index=use_index)
    problems = unknown_actor_problems(events, actors)
    if problems:
        raise InputError(problems)
    return chronological(filter_events(events, actors, types, date_from, date_to))


#: The columns of the event table, in order.
COLUMNS = ("date", "type", "status", "title", "actors", "id")


def table_row(event: Event) -> tuple[str, ...]:
    """One event as the cells of the table: the date as written, type, status, title, actors, id."""
    return (
        event.date.label() if event.date else "undated",
        event.type,
        event.status,
        event.title,
        ", ".join(actor.name for actor in event.actors),
        event.id,
    )


def render_table(events: Sequence[Event]) -> str:
    """A plain aligned table: date, type, status, title, actors, id."""
    rows = [tuple(name.upper() for name in COLUMNS), *(table_row(event) for event in events)]
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]) - 1)]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(row[:-1], widths, strict=False))
        + "  "
        + row[-1]
        for row in rows
    ]
    return "\n".join(lines) + "\n"


def render_rich(events: Sequence[Event]) -> None:
    """The same table drawn with rich, for a terminal."""
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False)
    for name in COLUMNS:
        table.add_column(name, overflow="fold")
    for event in events:
        table.add_row(*table_row(event))
    Console().print(table)


def render_json(events: Sequence[Event]) -> str:
    """The JSON contract: an array of events as ``Event.model_dump(mode="json")``."""
    return events_to_json(list(events))


def render_yaml(events: Sequence[Event]) -> str:
    """The events as they would be written in an event file."""
    from ruamel.yaml import YAML

    yaml = YAML(typ="rt")
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    buffer = io.StringIO()
    yaml.dump({"events": [event_to_yaml_data(e) for e in events]}, buffer)
    return buffer.getvalue()


@click.command(name="list")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--actor",
    "actors",
    multiple=True,
    help="Only events with this actor (name or alias; repeatable).",
)
@click.option(
    "--type", "types", multiple=True, help="Only events of this type or subtype (repeatable)."
)
@click.option(
    "--from",
    "date_from",
    type=DateWindowParam(),
    help="Only events that end on or after this date.",
)
@click.option(
    "--to", "date_to", type=DateWindowParam(), help="Only events that start on or before this date."
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["table", "json", "yaml"]),
    default="table",
    show_default=True,
    help="table for people, json for programs, yaml to copy into an event file.",
)
@click.option(
    "--no-index",
    is_flag=True,
    help="Read every YAML file instead of the derived index (.timeline-index.sqlite).",
)
def command(
    paths: tuple[Path, ...],
    actors: tuple[str, ...],
    types: tuple[str, ...],
    date_from: FuzzyDate | None,
    date_to: FuzzyDate | None,
    output_format: str,
    no_index: bool,
) -> None:
    """List the events in event files (default: events/), filtered and in date order.

    Events whose date window overlaps --from/--to are listed; undated events only
    when neither is given. An --actor no event has, or --to before --from, is an
    error (exit 2).

    \b
    Example:
      timeline list events/ --actor "North Korea" --from 2019-02 --format json
    """
    order = date_order_problem(date_from, date_to)
    if order:
        fail([order])
    try:
        events = select_events(
            list(paths) or [Path("events")],
            actors,
            types,
            date_from.start if date_from else None,
            date_to.end if date_to else None,
            use_index=not no_index,
        )
    except InputError as error:
        fail(error.problems)
        return
    if output_format == "json":
        click.echo(render_json(events))
    elif output_format == "yaml":
        click.echo(render_yaml(events), nl=False)
    elif click.get_text_stream("stdout").isatty():
        render_rich(events)
    else:
        click.echo(render_table(events), nl=False)
