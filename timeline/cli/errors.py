"""How the CLI reports problems a user can fix: one line each, exit code 2, no traceback."""

from __future__ import annotations

from collections.abc import Iterable

import click

from timeline.errors import Problem

EXIT_BAD_INPUT = 2


def report_problems(problems: Iterable[Problem]) -> int:
    """Print each problem on stderr, one line each; return how many there were."""
    count = 0
    for problem in problems:
        click.echo(str(problem), err=True)
        count += 1
    return count


def fail(problems: Iterable[Problem]) -> None:
    """Print the problems and exit with code 2."""
    report_problems(problems)
    raise SystemExit(EXIT_BAD_INPUT)
