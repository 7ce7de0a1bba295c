"""``timeline index``: build, refresh or inspect the derived SQLite index of a store."""

from __future__ import annotations

import json
from pathlib import Path

import click

from timeline.cli.errors import fail
from timeline.errors import InputError, Problem


@click.command(name="index")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--rebuild", is_flag=True, help="Delete the index and build it again from the YAML.")
@click.option("--stats", is_flag=True, help="Also say what the index holds and its size.")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="text for people, json for programs.",
)
def command(paths: tuple[Path, ...], rebuild: bool, stats: bool, output_format: str) -> None:
    """Bring the index of a store folder (default: events/) up to date.

    The index (FOLDER/.timeline-index.sqlite) makes `list`, `serve` and `export`
    load large stores fast; it is derived from the YAML files, refreshed for
    changed files on every load, and safe to delete.

    \b
    Example:
      timeline index events/ --stats
      timeline index events/ --rebuild
    """
    from timeline.store.index import index_contents, index_location, load_indexed

    chosen = list(paths) or [Path("events")]
    location = index_location(chosen)
    if location is None:
        where = str(chosen[0])
        fail([Problem(where, "not a folder (the index lives in a store folder: name the folder)")])
        return
    try:
        loaded = load_indexed(chosen, rebuild=rebuild)
    except InputError as error:
        fail(error.problems)
        return
    report = loaded.report.to_json()
    if stats:
        report["contents"] = index_contents(location)
    if output_format == "json":
        click.echo(json.dumps(report, indent=2))
        return
    click.echo(
        f"{report['index']}: {report['events']} events in {report['files']} files "
        f"({report['reused']} unchanged, {report['rehashed']} touched, "
        f"{report['parsed']} parsed, {report['removed']} removed)"
    )
    if "contents" in report:
        contents = report["contents"]
        click.echo(
            f"holds {contents['events']} events of {contents['files']} files, "
            f"{contents['bytes'] / 1024 / 1024:.1f} MB"
        )
