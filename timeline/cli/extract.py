"""``timeline extract``: events from articles, into the store or as JSON on stdout."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import click

from timeline.cli.errors import EXIT_BAD_INPUT, report_problems
from timeline.errors import InputError

#: Show a progress bar from this many files on.
PROGRESS_FROM = 4


def _date(_: click.Context, __: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return datetime.strptime(value, "%Y-%m-%d").date()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (write 2019-02-19)") from None


@click.command(name="extract")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--published",
    callback=_date,
    help="Reference date YYYY-MM-DD for relative dates (default: from each file).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    help="Merge the events into this store file (events/NAME.yaml).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["yaml", "json"]),
    default=None,
    help="yaml writes to -o; json prints to stdout (default without -o).",
)
@click.option(
    "--jobs",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Files extracted in parallel.",
)
@click.option(
    "--actors",
    "actor_files",
    multiple=True,
    type=click.Path(path_type=Path),
    help="Extra actor dictionary (YAML, format of timeline/data/actors.yaml).",
)
def command(
    inputs: tuple[Path, ...],
    published: date | None,
    output: Path | None,
    fmt: str | None,
    jobs: int,
    actor_files: tuple[Path, ...],
) -> None:
    """Extract dated events from article files or folders.

    \b
    Example:
      timeline extract article.txt --published 2019-02-19 -o events/korea.yaml
      timeline extract articles/ --format json > events.json
    """
    from timeline.documents import expand_inputs
    from timeline.extract import extract_files, load_dictionary

    fmt = fmt or ("yaml" if output else "json")
    if fmt == "yaml" and output is None:
        raise click.UsageError("--format yaml needs -o FILE (or use --format json)")
    try:
        dictionary = load_dictionary(list(actor_files))
    except InputError as error:
        report_problems(error.problems)
        raise SystemExit(EXIT_BAD_INPUT) from None
    files, problems = expand_inputs(list(inputs))
    if len(files) >= PROGRESS_FROM:
        from rich.progress import Progress

        with Progress(transient=True, console=_stderr()) as bar:
            task = bar.add_task("extracting", total=len(files))
            result = extract_files(files, published, dictionary, jobs, lambda: bar.advance(task))
    else:
        result = extract_files(files, published, dictionary, jobs)
    problems = problems + result.problems
    if fmt == "json":
        click.echo(
            json.dumps(
                [e.model_dump(mode="json") for e in result.events], ensure_ascii=False, indent=2
            )
        )
    else:
        from timeline.store import merge_events

        assert output is not None
        try:
            report = merge_events(output, result.events)
        except InputError as error:
            problems.extend(error.problems)
        else:
            click.echo(
                f"{output}: {len(report.added)} added, {len(report.updated)} updated, {len(report.kept)} kept "
                f"({len(result.events)} events from {result.documents} documents)",
                err=True,
            )
    if problems:
        report_problems(problems)
        raise SystemExit(EXIT_BAD_INPUT)


def _stderr():  # type: ignore[no-untyped-def]
    from rich.console import Console

    return Console(stderr=True)
