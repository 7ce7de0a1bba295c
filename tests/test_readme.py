"""The README's commands run as written, so the README cannot drift from the code."""

from __future__ import annotations

import re
import shlex
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.cli import main

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
#: Placeholders in usage examples that name no real file.
PLACEHOLDERS = ("article.txt", "articles/", "FILE", "PATH")


def readme_commands() -> list[str]:
    """Every ``timeline ...`` line of the README's ``sh`` blocks that can run unattended."""
    commands = []
    for block in re.findall(r"```sh\n(.*?)```", README, flags=re.S):
        for line in block.splitlines():
            command = line.split("  #")[0].strip()
            if not command.startswith("timeline ") or command.startswith("timeline serve"):
                continue
            if any(p in shlex.split(command) or p in command.split() for p in PLACEHOLDERS):
                continue
            commands.append(command)
    return commands


def test_readme_has_runnable_examples() -> None:
    verbs = {shlex.split(c)[1] for c in readme_commands()}
    assert {"dates", "extract", "validate", "list", "export", "eval"} <= verbs


def test_quick_start_commands_are_the_ones_ci_uses() -> None:
    assert "pip install . && timeline serve events/" in README
    assert 'pip install -e ".[test]" && python -m pytest' in README
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert 'pip install -q -e ".[test]"' in ci
    assert "python3 -m pytest" in ci


@pytest.mark.parametrize("command", readme_commands())
def test_readme_command_runs(command: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(ROOT / "events", tmp_path / "events")
    shutil.copytree(ROOT / "tests" / "data" / "corpus", tmp_path / "tests" / "data" / "corpus")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, shlex.split(command)[1:])
    assert result.exit_code == 0, f"{command}\n{result.output}"
    assert "Traceback" not in result.output
