"""``timeline schema``: print or write the JSON Schema of event files."""

from __future__ import annotations

from pathlib import Path

import click

from timeline.cli.errors import fail
from timeline.errors import InputError, Problem
from timeline.store.atomic import atomic_write_text
from timeline.store.schema import event_file_schema_text


@click.command(name="schema")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the schema to this file instead of printing it.",
)
def command(output: Path | None) -> None:
    """Print the JSON Schema of event files (editors use it to autocomplete YAML).

    \b
    Example:
      timeline schema -o events/schema.json
    """
    text = event_file_schema_text()
    if output is None:
        click.echo(text, nl=False)
        return
    try:
        atomic_write_text(output, text)
    except InputError as error:
        fail(error.problems)
        return
    except OSError as error:
        fail([Problem(str(output), f"cannot write the file: {error.strerror}")])
        return
    click.echo(f"wrote {output}", err=True)
