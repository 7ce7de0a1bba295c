"""``timeline eval dates``: score the temporal tagger against gold files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from timeline.cli.errors import fail
from timeline.cli.eval_events import score_cell
from timeline.errors import InputError
from timeline.evaluation.dates import DatesEvaluation, evaluate_dates, evaluation_rows

_COLUMNS = (
    ("strict_precision", "P strict"),
    ("strict_recall", "R strict"),
    ("strict_f1", "F1 strict"),
    ("relaxed_precision", "P relaxed"),
    ("relaxed_recall", "R relaxed"),
    ("relaxed_f1", "F1 relaxed"),
    ("value_f1", "value F1"),
    ("type_f1", "type F1"),
)


def evaluation_json(evaluation: DatesEvaluation, errors: bool = False) -> dict[str, Any]:
    """The evaluation as plain data: per-file scores and counts, then the total."""
    files = []
    for doc in evaluation.documents:
        entry: dict[str, Any] = {
            "file": doc.gold_file,
            "article": doc.article,
            "published": doc.published.isoformat() if doc.published else None,
            "gold": doc.counts.gold,
            "predicted": doc.counts.predicted,
            **doc.counts.scores(),
        }
        if errors:
            entry["errors"] = [vars(m) for m in doc.mismatches]
        files.append(entry)
    total = evaluation.total
    return {
        "files": files,
        "total": {"gold": total.gold, "predicted": total.predicted, **total.scores()},
    }


def print_table(evaluation: DatesEvaluation, errors: bool = False) -> None:
    """Print the per-file and total table, and the errors when asked."""
    table = Table(title="Temporal expressions (TempEval-3 rules)")
    table.add_column("file")
    table.add_column("gold", justify="right")
    table.add_column("pred", justify="right")
    for _, title in _COLUMNS:
        table.add_column(title, justify="right")
    for name, counts in evaluation_rows(evaluation):
        scores = counts.scores()
        style = "bold" if name == "TOTAL" else None
        table.add_row(
            name,
            str(counts.gold),
            str(counts.predicted),
            *(score_cell(scores[k]) for k, _ in _COLUMNS),
            style=style,
        )
    console = Console(width=160)
    console.print(table)
    if errors:
        for doc in evaluation.documents:
            for m in doc.mismatches:
                console.print(
                    f"{doc.gold_file}:{m.start}: {m.kind} {m.text!r} expected={m.expected} got={m.got}",
                    highlight=False,
                    markup=False,
                )


@click.command(name="dates")
@click.option(
    "--gold",
    "gold",
    required=True,
    type=click.Path(path_type=Path),
    help="A gold YAML file, or a directory of them (articles in the sibling articles/ folder).",
)
@click.option(
    "--format", "format_", type=click.Choice(["table", "json"]), default="table", show_default=True
)
@click.option(
    "--errors", is_flag=True, help="Also list missed, spurious and wrongly valued expressions."
)
def command(gold: Path, format_: str, errors: bool) -> None:
    """Score the temporal tagger against gold annotations (TempEval-3 rules).

    Relaxed match = overlapping spans, strict = identical spans; value F1 =
    value accuracy x relaxed F1; type F1 likewise. A gold file is YAML with
    article: and timexes:; anything else is an error (exit 2). A score over
    nothing (0/0) is shown as n/a (null in JSON).

    \b
    Example:
      timeline eval dates --gold tests/data/corpus/meantime-apple/gold
      timeline eval dates --gold tests/data/corpus/gold --format json
    """
    try:
        evaluation = evaluate_dates(gold)
    except InputError as error:
        fail(error.problems)
        return
    if format_ == "json":
        click.echo(json.dumps(evaluation_json(evaluation, errors), indent=2))
    else:
        print_table(evaluation, errors)
