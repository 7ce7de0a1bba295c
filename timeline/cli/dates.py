"""``timeline dates``: find and resolve the temporal expressions in articles."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from timeline.cli.errors import EXIT_BAD_INPUT, fail, report_problems
from timeline.documents import Document, expand_inputs, read_documents
from timeline.errors import InputError, Problem
from timeline.temporal import Timex, find_dates
from timeline.temporal.timeml_output import to_timeml


@dataclass(frozen=True)
class TaggedDocument:
    """One article and the timexes found in it."""

    document: Document
    timexes: list[Timex]


def tag_paths(
    paths: list[Path], published: date | None
) -> tuple[list[TaggedDocument], list[Problem]]:
    """Tag every article in ``paths``; unreadable files become problems, the rest are still tagged."""
    files, problems = expand_inputs(paths)
    tagged: list[TaggedDocument] = []
    for path in files:
        try:
            documents = read_documents(path, published)
        except InputError as error:
            problems.extend(error.problems)
            continue
        for doc in documents:
            tagged.append(TaggedDocument(doc, find_dates(doc.text, doc.published)))
    return tagged, problems


#: Files that can hold several articles, so one of them alone still gets per-document wrappers.
RECORD_SUFFIXES = (".json", ".jsonl")


def wraps_per_document(paths: list[Path]) -> bool:
    """Whether the JSON output is one wrapper per document, decided by the arguments alone.

    Only a single article file gives the bare array; several paths, a folder or a
    records file give wrappers, however many documents were actually read.
    """
    if len(paths) != 1:
        return True
    path = paths[0]
    return path.is_dir() or path.suffix.lower() in RECORD_SUFFIXES


def dates_json(tagged: list[TaggedDocument], wrapped: bool) -> list[Any]:
    """The JSON contract: a bare timex array, or {file, published, published_source, timexes} each."""
    if not wrapped:
        return [t.to_json() for item in tagged for t in item.timexes]
    return [
        {
            "file": item.document.name,
            "published": item.document.published.isoformat() if item.document.published else None,
            "published_source": item.document.published_source,
            "timexes": [t.to_json() for t in item.timexes],
        }
        for item in tagged
    ]


def _print_table(tagged: list[TaggedDocument]) -> None:
    console = Console(width=140)
    for item in tagged:
        doc = item.document
        published = doc.published.isoformat() if doc.published else "unknown"
        table = Table(
            title=f"{doc.name} (published {published}, published_source {doc.published_source})"
        )
        for column in ("text", "type", "value", "mod", "from", "to"):
            table.add_column(column)
        for t in item.timexes:
            table.add_row(
                t.text,
                t.type,
                t.value,
                t.mod or "",
                t.date_start.isoformat() if t.date_start else "",
                t.date_end.isoformat() if t.date_end else "",
            )
        console.print(table)


def _parse_published(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        fail(
            [Problem("--published", f"{value!r} is not a date (write YYYY-MM-DD, e.g. 2019-02-19)")]
        )
    return None


@click.command(name="dates")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--published",
    metavar="YYYY-MM-DD",
    help="Reference date for every file (else read from each file).",
)
@click.option(
    "--format",
    "format_",
    type=click.Choice(["table", "json", "timeml"]),
    default="table",
    show_default=True,
)
def command(files: tuple[Path, ...], published: str | None, format_: str) -> None:
    """Find the dates, times, durations and sets in articles and resolve them.

    Relative expressions ("last Thursday", "two days later", "late January")
    are resolved against the publication date: --published, else the file's
    own metadata or dateline. published_source says which: flag, front-matter,
    record, html-metadata, dateline, inferred or none.

    JSON: one article file gives a bare array of timexes; several paths, a
    folder or a .json/.jsonl records file give one object per document:
    {file, published, published_source, timexes}.

    \b
    Example:
      timeline dates article.txt --published 2019-02-19
      timeline dates articles/ --format json
      timeline dates article.txt --format timeml > article.tml
    """
    reference = _parse_published(published)
    tagged, problems = tag_paths(list(files), reference)
    if format_ == "json":
        click.echo(
            json.dumps(
                dates_json(tagged, wraps_per_document(list(files))), indent=2, ensure_ascii=False
            )
        )
    elif format_ == "timeml":
        for item in tagged:
            if len(tagged) > 1:
                click.echo(f"<!-- {item.document.name} -->")
            click.echo(to_timeml(item.document.text, item.timexes))
    else:
        _print_table(tagged)
    if report_problems(problems):
        raise SystemExit(EXIT_BAD_INPUT)
