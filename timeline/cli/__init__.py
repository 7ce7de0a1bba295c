"""The ``timeline`` command: a thin group whose verbs live in one module each.

Each verb module exposes a click command named ``command``. Modules are imported
only when their verb runs, so ``timeline --help`` stays fast and one verb's heavy
dependencies (Dash, Dask) never slow another.
"""

from __future__ import annotations

import importlib
import importlib.util

import click

# verb -> module under timeline.cli that defines ``command``
VERBS: dict[str, tuple[str, str]] = {
    "dates": ("dates", "Find and resolve the dates in articles."),
    "extract": ("extract", "Extract events from articles into the store or as JSON."),
    "validate": ("validate", "Check event files and report every problem."),
    "schema": ("schema", "Print the JSON Schema of event files."),
    "list": ("list_events", "List the events of a store, filtered."),
    "serve": ("serve", "Open the interactive timeline dashboard."),
    "export": ("export", "Export events as HTML, JSON, CSV, iCalendar or TimelineJS."),
    "index": ("index", "Build or inspect the derived index of a large store."),
}

EVAL_VERBS: dict[str, tuple[str, str]] = {
    "dates": ("eval_dates", "Score temporal expressions against gold files."),
    "events": ("eval_events", "Score extracted events against gold files."),
}


class LazyGroup(click.Group):
    """A click group whose subcommands are imported on first use."""

    def __init__(self, *args: object, verbs: dict[str, tuple[str, str]], **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._verbs = verbs

    def _available(self) -> dict[str, tuple[str, str]]:
        return {
            name: spec
            for name, spec in self._verbs.items()
            if importlib.util.find_spec(f"timeline.cli.{spec[0]}") is not None
        }

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(super().list_commands(ctx)) | set(self._available()))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        found = super().get_command(ctx, cmd_name)
        if found is not None:
            return found
        spec = self._available().get(cmd_name)
        if spec is None:
            return None
        module = importlib.import_module(f"timeline.cli.{spec[0]}")
        command: click.Command = module.command
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, spec[1]) for name, spec in sorted(self._available().items())]
        for name in super().list_commands(ctx):
            cmd = super().get_command(ctx, name)
            if cmd is not None:
                rows.append((name, cmd.get_short_help_str()))
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(sorted(rows))


@click.group(
    cls=LazyGroup,
    verbs=VERBS,
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.version_option(package_name="timeline")
def main() -> None:
    """Turn news articles into an interactive, trustworthy event timeline.

    \b
    Example:
      timeline extract article.txt --published 2019-02-19 -o events/korea.yaml
      timeline serve events/
    """


@main.group(cls=LazyGroup, verbs=EVAL_VERBS, short_help="Score dates or events against gold.")
def eval() -> None:  # noqa: A001 - the verb users type is "eval"
    """Score dates or events against gold annotations."""
