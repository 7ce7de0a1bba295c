"""``timeline eval events``: score event extraction against gold timelines."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from timeline.cli.errors import fail
from timeline.errors import InputError
from timeline.evaluation.events import EventsEvaluation, evaluate_events, scores


def evaluation_json(evaluation: EventsEvaluation) -> dict[str, Any]:
    """Per-file scores with misses and spurious events, then the total."""
    files = []
    for doc in evaluation.documents:
        files.append(
            {
                "file": doc.gold_file,
                "article": doc.article,
                **scores(doc.required, doc.found, doc.true_positive, doc.false_positive),
                "optional_matched": doc.optional_matched,
                "misses": [
                    {"id": g.id, "type": g.type, "evidence": g.evidence} for g in doc.misses
                ],
                "spurious": [{"id": e.id, "title": e.title, "type": e.type} for e in doc.spurious],
            }
        )
    return {"files": files, "total": evaluation.totals()}


def score_cell(value: float | None) -> str:
    """A score for the table: three decimals, or n/a when nothing was there to score (0/0)."""
    return "n/a" if value is None else f"{value:.3f}"


def print_table(evaluation: EventsEvaluation) -> None:
    """The per-file and total table, then every miss and spurious event."""
    from rich.console import Console
    from rich.table import Table

    table = Table(title="Events (required recall, precision, F1)")
    for name in ("file", "required", "found", "tp", "fp", "recall", "precision", "f1"):
        table.add_column(name, justify="left" if name == "file" else "right")
    rows = [
        (Path(d.gold_file).name, scores(d.required, d.found, d.true_positive, d.false_positive))
        for d in evaluation.documents
    ]
    rows.append(("TOTAL", evaluation.totals()))
    for name, s in rows:
        table.add_row(
            name,
            *(str(int(s[k] or 0)) for k in ("required", "found", "tp", "fp")),
            *(score_cell(s[k]) for k in ("recall", "precision", "f1")),
            style="bold" if name == "TOTAL" else None,
        )
    console = Console(width=140)
    console.print(table)
    for doc in evaluation.documents:
        for miss in doc.misses:
            console.print(
                f"miss      {Path(doc.gold_file).name}: {miss.id} ({miss.type}) {miss.evidence[:70]!r}",
                highlight=False,
            )
        for event in doc.spurious:
            console.print(
                f"spurious  {Path(doc.gold_file).name}: {event.id} {event.title!r}", highlight=False
            )


@click.command(name="events")
@click.option(
    "--gold",
    "gold",
    required=True,
    multiple=True,
    type=click.Path(exists=True, path_type=Path),
    help="Gold YAML file or folder (repeatable); each needs article: and events:.",
)
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
)
def command(gold: tuple[Path, ...], fmt: str) -> None:
    """Score extracted events against gold timelines.

    A gold file is YAML with article: (a file in the sibling articles/ folder) and
    events:; a folder is searched for them. No gold, or YAML that is not gold, is
    an error (exit 2). A score over nothing (0/0) is shown as n/a (null in JSON).

    \b
    Example:
      timeline eval events --gold tests/data/corpus/wikinews-dev/gold
    """
    try:
        evaluation = evaluate_events(list(gold))
    except InputError as error:
        fail(error.problems)
        return
    if fmt == "json":
        click.echo(json.dumps(evaluation_json(evaluation), indent=2))
    else:
        print_table(evaluation)
