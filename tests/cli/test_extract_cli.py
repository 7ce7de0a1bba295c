"""``timeline extract`` and ``timeline eval events`` through click's runner."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from timeline.cli import main

DATA = Path(__file__).parents[1] / "data"
ARTICLE = DATA / "corpus" / "articles" / "2019-02-trump-kim-second-summit.txt"


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
