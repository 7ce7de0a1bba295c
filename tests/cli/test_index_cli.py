"""``timeline index`` and the index-backed ``list``, and ``extract`` over a corpus with resume."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from timeline.cli import main
from timeline.store.index import INDEX_NAME

DATA = Path(__file__).parents[1] / "data"


def store(tmp_path: Path) -> Path:
    folder = tmp_path / "events"
    shutil.copytree(DATA / "store", folder, ignore=shutil.ignore_patterns(".*"))
    return folder


def test_index_builds_reports_and_rebuilds(tmp_path: Path) -> None:
    folder = store(tmp_path)
    runner = CliRunner()
    first = runner.invoke(main, ["index", str(folder), "--format", "json"])
    assert first.exit_code == 0, first.output
    report = json.loads(first.stdout)
    assert (report["files"], report["events"], report["parsed"]) == (2, 6, 2)
    again = runner.invoke(main, ["index", str(folder), "--stats"])
    assert again.exit_code == 0, again.output
    assert "6 events in 2 files (2 unchanged" in again.stdout
    assert "holds 6 events of 2 files" in again.stdout
    rebuilt = json.loads(
        runner.invoke(main, ["index", str(folder), "--rebuild", "--format", "json"]).stdout
    )
    assert rebuilt["rebuilt"] and rebuilt["parsed"] == 2


def test_index_refuses_a_file_and_reports_bad_files(tmp_path: Path) -> None:
    folder = store(tmp_path)
    one = CliRunner().invoke(main, ["index", str(folder / "indented.yaml")])
    assert one.exit_code == 2 and "not a folder" in one.stderr
    (folder / "bad.yaml").write_text("events:\n  - title: x\n    type: party\n", "utf-8")
    bad = CliRunner().invoke(main, ["index", str(folder)])
    assert bad.exit_code == 2 and "bad.yaml:3:5: events[0].type" in bad.stderr


def test_list_with_and_without_the_index_agree(tmp_path: Path) -> None:
    folder = store(tmp_path)
    runner = CliRunner()
    indexed = runner.invoke(main, ["list", str(folder), "--format", "json"])
    plain = runner.invoke(main, ["list", str(folder), "--format", "json", "--no-index"])
    assert indexed.exit_code == plain.exit_code == 0, indexed.output
    assert json.loads(indexed.stdout) == json.loads(plain.stdout) != []
    assert (folder / INDEX_NAME).exists()


def test_extract_resumes_and_refuses_a_bad_scheduler(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    shutil.copytree(DATA / "corpus" / "wikinews-dev" / "articles", articles)
    output = tmp_path / "events" / "corpus.yaml"
    runner = CliRunner()
    first = runner.invoke(main, ["extract", str(articles), "-o", str(output), "--jobs", "2"])
    assert first.exit_code == 0, first.output
    again = runner.invoke(main, ["extract", str(articles), "-o", str(output)])
    assert again.exit_code == 0, again.output
    assert "0 added" in again.stderr and "3 unchanged inputs skipped" in again.stderr
    before = output.read_bytes()
    output.write_bytes(before + b"# a person's note\n")
    edited = runner.invoke(main, ["extract", str(articles), "-o", str(output)])
    assert edited.exit_code == 0 and "0 added, 0 updated" in edited.stderr
    assert output.read_bytes().endswith(b"# a person's note\n")
    fresh = runner.invoke(main, ["extract", str(articles), "-o", str(output), "--no-resume"])
    assert fresh.exit_code == 0 and "skipped" not in fresh.stderr
    bad = runner.invoke(main, ["extract", str(articles), "--scheduler", "localhost:8786"])
    assert bad.exit_code == 2 and "tcp://HOST:8786" in bad.output
