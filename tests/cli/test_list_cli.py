"""``timeline list``: filters, date windows, and the table, JSON and YAML outputs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from ruamel.yaml import YAML

from timeline.cli import main
from timeline.model import EventFile

STORE = """\
events:
  - id: summit
    title: Summit in Hanoi
    type: meeting
    subtype: summit
    date: {start: 2019-02-27, end: 2019-02-28}
    actors: [Donald Trump, Kim Jong-un]
    status: scheduled
    sources:
      - {document: a.txt, quote: to be held in Hanoi, start: 5, end: 24}
  - id: address
    title: New Year address
    type: statement
    date: 2019-01-01
    actors: [{name: Kim Jong-un, kind: person, aliases: [Kim Jong Un]}, North Korea]
  - id: late-talks
    title: Talks in Washington
    type: meeting
    date: {value: 2019-01, mod: END, text: late January}
    actors: [Russia]
  - id: rumour
    title: Rumoured test
    type: other
"""


@pytest.fixture
def store(tmp_path: Path) -> Path:
    path = tmp_path / "events" / "store.yaml"
    path.parent.mkdir()
    path.write_text(STORE)
    return path.parent


def run(*args: str) -> str:
    result = CliRunner().invoke(main, ["list", *args])
    assert result.exit_code == 0, result.output
    return result.output


def ids(output: str) -> list[str]:
    return [event["id"] for event in json.loads(output)]


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ([], ["address", "late-talks", "summit", "rumour"]),
        (["--actor", "kim jong un"], ["address"]),  # an alias of one actor only
        (["--actor", "Russia", "--actor", "Donald Trump"], ["late-talks", "summit"]),
        (["--type", "statement"], ["address"]),
        (["--type", "summit", "--type", "other"], ["summit", "rumour"]),
        (["--from", "2019-01-25"], ["late-talks", "summit"]),
        (["--from", "2019-02"], ["summit"]),
        (["--to", "2019-01-20"], ["address"]),
        (["--from", "2019", "--to", "2019"], ["address", "late-talks", "summit"]),
        (["--from", "late February 2019"], ["summit"]),
    ],
)
def test_filters(store: Path, options: list[str], expected: list[str]) -> None:
    assert ids(run(str(store), "--format", "json", *options)) == expected


def test_json_contract(store: Path) -> None:
    events = json.loads(run(str(store), "--format", "json", "--type", "meeting"))
    talks = events[0]
    for key in (
        "id",
        "title",
        "type",
        "date",
        "actors",
        "location",
        "status",
        "confidence",
        "sources",
    ):
        assert key in talks
    assert talks["date"] == {
        "start": "2019-01-21",
        "end": "2019-01-31",
        "precision": "month",
        "mod": "END",
        "text": "late January",
        "value": "2019-01",
    }
    assert talks["actors"] == [
        {"name": "Russia", "kind": "unknown", "country": None, "role": None, "aliases": []}
    ]
    summit = events[1]
    assert summit["sources"][0] == {
        "document": "a.txt",
        "url": None,
        "publisher": None,
        "published": None,
        "quote": "to be held in Hanoi",
        "start": 5,
        "end": 24,
    }


def test_yaml_output_is_a_valid_event_file(store: Path) -> None:
    data = YAML(typ="safe").load(run(str(store), "--format", "yaml"))
    assert [e.id for e in EventFile.model_validate(data).events] == [
        "address",
        "late-talks",
        "summit",
        "rumour",
    ]


def test_table(store: Path) -> None:
    lines = run(str(store)).splitlines()
    assert lines[0].split() == ["DATE", "TYPE", "STATUS", "TITLE", "ACTORS", "ID"]
    assert lines[1].startswith("2019-01-01")
    assert lines[2].startswith("late January")
    assert lines[-1].startswith("undated") and lines[-1].endswith("rumour")
    assert len({line.index(" meeting ") for line in lines if " meeting " in line}) == 1


def test_bad_store_and_bad_dates_exit_2(tmp_path: Path) -> None:
    (tmp_path / "bad.yaml").write_text("events:\n  - title: x\n    type: party\n")
    result = CliRunner().invoke(main, ["list", str(tmp_path)])
    assert result.exit_code == 2
    assert f"{tmp_path / 'bad.yaml'}:3:5: events[0].type:" in result.output
    result = CliRunner().invoke(main, ["list", str(tmp_path), "--from", "Febuary"])
    assert result.exit_code == 2
    assert "'Febuary' is not a date" in result.output
    assert "Traceback" not in result.output


def test_default_path_and_help(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(store.parent)
    assert len(ids(run("--format", "json"))) == 4
    assert "timeline list events/ --actor" in run("--help")


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (
            ["--actor", "Kim Jong-Uun"],
            "--actor: no actor 'Kim Jong-Uun' in these events (did you mean 'Kim Jong-un'?)",
        ),
        (
            ["--actor", "Zzyzx"],
            "--actor: no actor 'Zzyzx' in these events (timeline list shows the actors)",
        ),
        (
            ["--actor", "russia", "--actor", "Rusia"],
            "--actor: no actor 'Rusia' in these events (did you mean 'Russia'?)",
        ),
        (
            ["--from", "2019-03", "--to", "2019-01"],
            "--to: 2019-01 is before --from 2019-03 (swap them)",
        ),
        (
            ["--from", "2019-02-28", "--to", "2019-02-27"],
            "--to: 2019-02-27 is before --from 2019-02-28 (swap them)",
        ),
    ],
)
def test_filters_that_cannot_match_are_one_line_errors(
    store: Path, args: list[str], line: str
) -> None:
    result = CliRunner().invoke(main, ["list", str(store), *args])
    assert result.exit_code == 2, result.output
    assert result.stderr.strip().splitlines() == [line]
    assert result.stdout == "" and "Traceback" not in result.output


@pytest.mark.parametrize("name", ["Kim Jong Un", "KIM JONG-UN", "north korea"])
def test_actor_names_and_aliases_in_any_case_are_known(store: Path, name: str) -> None:
    assert "address" in ids(run(str(store), "--actor", name, "--format", "json"))


def test_same_window_for_from_and_to_is_allowed(store: Path) -> None:
    assert ids(run(str(store), "--from", "2019-01", "--to", "2019-01", "--format", "json")) == [
        "address",
        "late-talks",
    ]
