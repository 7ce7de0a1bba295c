"""``timeline extract`` and ``timeline eval events`` through click's runner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.cli import main

DATA = Path(__file__).parents[1] / "data"
ARTICLE = DATA / "corpus" / "articles" / "2019-02-trump-kim-second-summit.txt"
SMALL = DATA / "extract" / "article.txt"


def test_json_output_contract() -> None:
    result = CliRunner().invoke(main, ["extract", str(ARTICLE), "--published", "2019-02-19"])
    assert result.exit_code == 0, result.output
    events = json.loads(result.stdout)
    assert events
    for event in events:
        assert {
            "id",
            "title",
            "type",
            "date",
            "actors",
            "location",
            "status",
            "confidence",
            "sources",
        } <= set(event)
        for source in event["sources"]:
            assert {"document", "quote", "start", "end"} <= set(source)


def test_store_output_never_duplicates(tmp_path: Path) -> None:
    store = tmp_path / "events.yaml"
    runner = CliRunner()
    for _ in range(2):
        result = runner.invoke(
            main, ["extract", str(ARTICLE), "--published", "2019-02-19", "-o", str(store)]
        )
        assert result.exit_code == 0, result.output
    text = store.read_text()
    ids = [line for line in text.splitlines() if line.strip().startswith("- id:")]
    assert len(ids) == len(set(ids)) > 0


def test_bad_files_reported_and_others_extracted(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x00\x01\x02")
    result = CliRunner().invoke(
        main,
        [
            "extract",
            str(empty),
            str(binary),
            str(DATA / "extract" / "article.txt"),
            "--actors",
            str(DATA / "extract" / "actors-extra.yaml"),
        ],
    )
    assert result.exit_code == 2
    assert "empty file" in result.stderr and "binary file" in result.stderr
    assert json.loads(result.stdout)


def test_eval_events_json() -> None:
    result = CliRunner().invoke(
        main,
        [
            "eval",
            "events",
            "--gold",
            str(DATA / "corpus" / "wikinews-dev" / "gold"),
            "--format",
            "json",
        ],
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert len(report["files"]) == 3 and report["total"]["f1"] > 0


@pytest.mark.parametrize("name", ["out.txt", "out.json", "events", "out.yaml.bak"])
def test_store_output_must_be_yaml(tmp_path: Path, name: str) -> None:
    output = tmp_path / "nodir" / name
    result = CliRunner().invoke(main, ["extract", str(SMALL), "-o", str(output)])
    assert result.exit_code == 2, result.output
    assert result.stderr.strip().splitlines() == [
        f"{output}: a store file must end in .yaml or .yml (validate, list and serve read only those)"
    ]
    assert not (tmp_path / "nodir").exists() and "Traceback" not in result.output


def test_store_output_that_is_a_folder_is_one_line(tmp_path: Path) -> None:
    folder = tmp_path / "store.yaml"
    folder.mkdir()
    result = CliRunner().invoke(main, ["extract", str(SMALL), "-o", str(folder)])
    assert result.exit_code == 2 and "is a folder" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("name", ["a.yaml", "b.YML"])
def test_missing_store_folders_are_created(tmp_path: Path, name: str) -> None:
    output = tmp_path / "new" / "deeper" / name
    result = CliRunner().invoke(
        main, ["extract", str(SMALL), "--published", "2019-02-19", "-o", str(output)]
    )
    assert result.exit_code == 0, result.output
    assert f"created folder {tmp_path / 'new'}" in result.stderr
    assert "events:" in output.read_text(encoding="utf-8")


def test_json_output_ignores_the_store_rules(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main, ["extract", str(SMALL), "--format", "json", "-o", str(tmp_path / "x.txt")]
    )
    assert result.exit_code == 0, result.output
    assert isinstance(json.loads(result.stdout), list) and not (tmp_path / "x.txt").exists()


def test_store_output_under_a_file_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "plain").write_text("x", encoding="utf-8")
    output = tmp_path / "plain" / "sub" / "a.yaml"
    result = CliRunner().invoke(main, ["extract", str(SMALL), "-o", str(output)])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert len(result.stderr.strip().splitlines()) == 1 and str(output) in result.stderr
