"""``timeline extract``: events from articles, into the store or as JSON on stdout.

Any number of inputs, on every local core (``--jobs``) or a Dask cluster
(``--scheduler``); with ``-o`` a ledger beside the store makes reruns skip inputs
whose content did not change, and an interrupted run keeps every finished batch.
"""

from __future__ import annotations

import contextlib
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import click

from timeline.cli.errors import EXIT_BAD_INPUT, fail, report_problems
from timeline.cli.wording import counted
from timeline.errors import InputError, Problem
from timeline.store.records import events_to_json

if TYPE_CHECKING:
    from timeline.model import Event
    from timeline.store import MergeReport

#: Show a progress bar from this many files on.
PROGRESS_FROM = 4
#: Store files are read by validate, list and serve only with these endings.
STORE_SUFFIXES = (".yaml", ".yml")


def create_folder(path: Path) -> Path | None:
    """Create the missing folders of output file ``path``; return the topmost one made, else None.

    The one rule for -o of extract and export; ``InputError`` when it cannot be done.
    """
    from timeline.store.atomic import ensure_folder

    topmost = None
    folder = path.parent
    while not folder.exists() and folder.parent != folder:
        topmost, folder = folder, folder.parent
    ensure_folder(path, create_parents=True)
    return topmost


def output_problem(output: Path) -> Problem | None:
    """Why ``output`` cannot be a store file (wrong ending, a folder), else None."""
    if output.is_dir():
        return Problem(str(output), "is a folder (give a file name such as events/korea.yaml)")
    if output.suffix.lower() not in STORE_SUFFIXES:
        return Problem(
            str(output),
            "a store file must end in .yaml or .yml (validate, list and serve read only those)",
        )
    return None


def _date(_: click.Context, __: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return datetime.strptime(value, "%Y-%m-%d").date()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (write 2019-02-19)") from None


def _scheduler(_: click.Context, __: click.Parameter, value: str | None) -> str | None:
    if value is None or "://" in value:
        return value
    raise click.BadParameter(f"{value!r} is not a scheduler address (write tcp://HOST:8786)")


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
    help="Merge the events into this store file (a .yaml/.yml name; missing folders are created).",
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
    default=None,
    help="Files extracted in parallel on this machine (default: every core).",
)
@click.option(
    "--scheduler",
    callback=_scheduler,
    metavar="tcp://HOST:8786",
    help="Run on this Dask cluster instead (workers read the input paths themselves).",
)
@click.option(
    "--resume/--no-resume",
    default=True,
    show_default=True,
    help="With -o: skip inputs whose content is unchanged since the last run.",
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
    jobs: int | None,
    scheduler: str | None,
    resume: bool,
    actor_files: tuple[Path, ...],
) -> None:
    """Extract dated events from article files or folders.

    With -o the events are merged into a YAML store file (.yaml or .yml);
    missing folders of -o are created.

    \b
    Example:
      timeline extract article.txt --published 2019-02-19 -o events/korea.yaml
      timeline extract articles/ --format json > events.json
      timeline extract corpus/ -o events/corpus.yaml --jobs 8
      timeline extract corpus/ -o events/corpus.yaml --scheduler tcp://10.0.0.5:8786
    """
    from timeline.corpus import run_corpus
    from timeline.corpus.progress import RichProgress
    from timeline.documents import expand_inputs

    fmt = fmt or ("yaml" if output else "json")
    if fmt == "yaml" and output is None:
        raise click.UsageError("--format yaml needs -o FILE (or use --format json)")
    if output is not None and fmt == "yaml":
        wrong = output_problem(output)
        if wrong:
            fail([wrong])
        try:
            created = create_folder(output)
        except InputError as error:
            fail(error.problems)
            return
        if created:
            click.echo(f"created folder {created}", err=True)
    files, _ = expand_inputs(list(inputs))
    progress = RichProgress() if len(files) >= PROGRESS_FROM else None
    try:
        with progress or contextlib.nullcontext():
            result = run_corpus(
                list(inputs),
                output=output if fmt == "yaml" else None,
                published=published,
                actor_files=list(actor_files),
                jobs=jobs,
                scheduler=scheduler,
                resume=resume,
                progress=progress,
            )
    except InputError as error:
        report_problems(error.problems)
        raise SystemExit(EXIT_BAD_INPUT) from None
    problems = list(result.problems)
    if fmt == "json":
        click.echo(events_to_json(result.events))
    else:
        assert output is not None
        try:
            report = write_events(output, result.events, resume)
        except InputError as error:
            problems.extend(error.problems)
        else:
            skipped = (
                f", {counted(result.skipped, 'unchanged input')} skipped" if result.skipped else ""
            )
            click.echo(
                f"{output}: {len(report.added)} added, {len(report.updated)} updated, {len(report.kept)} kept "
                f"({counted(len(result.events), 'event')} from {counted(result.documents, 'document')}{skipped})",
                err=True,
            )
    if problems:
        report_problems(problems)
        raise SystemExit(EXIT_BAD_INPUT)


def write_events(output: Path, events: list[Event], resume: bool) -> MergeReport:
    """Merge the events into the store file, unless exactly these are in it, unchanged, already."""
    from timeline.corpus.ledger import already_merged, ledger_location, remember_merge
    from timeline.store import MergeReport, merge_events

    ledger = ledger_location(output)
    if resume and output.exists() and already_merged(ledger, output, events):
        return MergeReport(output, kept=[event.id for event in events])
    report = merge_events(output, events, create_parents=True)
    if resume:
        remember_merge(ledger, output, events)
    return report
