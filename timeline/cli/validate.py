"""``timeline validate``: check event files and report every problem, one line each."""

from __future__ import annotations

from pathlib import Path

import click

from timeline.cli.errors import fail
from timeline.cli.wording import counted
from timeline.errors import InputError, Problem
from timeline.store import load_store


@click.command(name="validate")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
def command(paths: tuple[Path, ...]) -> None:
    """Check event files (default: events/) and list every problem with file, line and field.

    Exits with code 2 when there is any problem.

    \b
    Example:
      timeline validate events/
      timeline validate events/korea-2019.yaml other/more.yaml
    """
    named = list(paths) or [Path("events")]
    try:
        store = load_store(named)
    except InputError as error:
        fail(error.problems)
        return
    if not store.files:
        # `list` and `serve` accept an empty store; checking one is almost always a wrong path
        fail([Problem(str(path), "no event files (*.yaml) here") for path in named])
        return
    click.echo(f"{counted(len(store.events), 'event')} in {counted(len(store.files), 'file')}: OK")
