"""``timeline export``: events as a self-contained HTML page, JSON, CSV, iCalendar or TimelineJS."""

from __future__ import annotations

from pathlib import Path

import click

from timeline.cli.errors import fail
from timeline.cli.extract import create_folder
from timeline.cli.list_events import DateWindowParam, date_order_problem, unknown_actor_problems
from timeline.errors import InputError, Problem
from timeline.export import (
    EXTENSIONS,
    FORMATS,
    ExportFilters,
    export_events,
    format_for_path,
    write_atomically,
)
from timeline.model import FuzzyDate
from timeline.store import load_events
from timeline.store.discovery import find_event_files
from timeline.taxonomy import load_taxonomy


def _problem(where: str, message: str) -> Problem:
    return Problem(file=where, message=message)


@click.command(name="export")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    "output",
    required=True,
    type=click.Path(path_type=Path),
    help="File to write; missing folders are created.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    help="Output format (default: from the extension: .html/.htm, .json, .csv, .ics).",
)
@click.option("--actor", "actors", multiple=True, help="Only events with this actor (repeatable).")
@click.option(
    "--type", "types", multiple=True, help="Only events of this type or subtype (repeatable)."
)
@click.option("--from", "date_from", type=DateWindowParam(), help="Only events ending on or after.")
@click.option("--to", "date_to", type=DateWindowParam(), help="Only events starting on or before.")
@click.option("--title", help="Title of the page, calendar or TimelineJS title slide.")
@click.option("--bom", is_flag=True, help="Start a CSV with a UTF-8 byte order mark (for Excel).")
@click.option(
    "--no-index",
    is_flag=True,
    help="Read every YAML file instead of the derived index (.timeline-index.sqlite).",
)
def command(
    paths: tuple[Path, ...],
    output: Path,
    fmt: str | None,
    actors: tuple[str, ...],
    types: tuple[str, ...],
    date_from: FuzzyDate | None,
    date_to: FuzzyDate | None,
    title: str | None,
    bom: bool,
    no_index: bool,
) -> None:
    """Export the events of event files, filtered, to one file.

    The HTML page opens from disk with no network: the chart, the filters applied,
    the undated events and an actor filter. TimelineJS needs --format timelinejs.
    Missing folders of -o are created. An --actor no event has, an unknown --type
    or --to before --from is an error (exit 2); filters that match no event still
    write a valid empty file, with a warning on stderr.

    \b
    Example:
      timeline export events/ -o korea.html --title "Korea 2019" --from 2019-01
      timeline export events/korea-2019.yaml -o korea.ics --actor "North Korea"
      timeline export events/ -o korea.json --format timelinejs
    """
    fmt = fmt or format_for_path(output)
    if fmt is None:
        known = ", ".join(sorted(EXTENSIONS))
        fail([_problem(str(output), f"unknown extension (use {known} or --format)")])
        return
    if output.is_dir():
        fail([_problem(str(output), "is a folder (give a file name)")])
    order = date_order_problem(date_from, date_to)
    if order:
        fail([order])
    known_types = set(load_taxonomy().types)
    unknown = [name for name in types if name not in known_types]
    if unknown:
        names = ", ".join(load_taxonomy().top_level)
        fail([_problem("--type", f"unknown type {unknown[0]!r} (one of: {names}, or a subtype)")])
    try:
        events = load_events(list(paths), use_index=not no_index)
    except InputError as error:
        fail(error.problems)
        return
    unknown_actors = unknown_actor_problems(events, actors)
    if unknown_actors:
        fail(unknown_actors)
    filters = ExportFilters(
        actors=actors,
        types=types,
        date_from=date_from.start if date_from else None,
        date_to=date_to.end if date_to else None,
    )
    if not filters.apply(events):
        click.echo("warning: 0 events match these filters; writing an empty export", err=True)
    content = export_events(
        events,
        fmt,
        title=title,
        filters=filters,
        sources=[str(p) for p in find_event_files(list(paths))],
        bom=bom,
    )
    try:
        created = create_folder(output)
    except InputError as error:
        fail(error.problems)
        return
    try:
        write_atomically(output, content)
    except OSError as error:
        fail([_problem(str(output), f"cannot write: {error.strerror or error}")])
    if created:
        click.echo(f"created folder {created}", err=True)
    click.echo(f"wrote {output} ({fmt}, {len(content):,} bytes)", err=True)
