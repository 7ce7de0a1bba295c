"""``timeline export``: every format from the command line, filters, and one-line errors."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import icalendar
import pytest
from click.testing import CliRunner

from timeline.cli import main
from timeline.export.timelinejs import check_timelinejs
from timeline.model import Event

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
      - {url: "https://news.example.org/summit", quote: "=to be held in Hanoi"}
  - id: address
    title: New Year address
    type: statement
    date: 2019-01-01
    actors: [Kim Jong-un, North Korea]
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
    path.write_text(STORE, encoding="utf-8")
    return path.parent


def export(*args: str) -> str:
    result = CliRunner().invoke(main, ["export", *args])
    assert result.exit_code == 0, result.output
    return result.output


def fails(*args: str) -> str:
    result = CliRunner().invoke(main, ["export", *args])
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    return result.output


def test_json_by_extension_round_trips(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.json"
    export(str(store), "-o", str(out))
    events = [Event.model_validate(item) for item in json.loads(out.read_bytes())]
    assert [e.id for e in events] == ["address", "late-talks", "summit", "rumour"]


def test_filters_apply(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "kim.json"
    export(str(store), "-o", str(out), "--actor", "Kim Jong-un", "--from", "2019-02")
    assert [item["id"] for item in json.loads(out.read_bytes())] == ["summit"]
    export(str(store), "-o", str(out), "--type", "meeting", "--to", "2019-01")
    assert [item["id"] for item in json.loads(out.read_bytes())] == ["late-talks"]


def test_csv_with_bom_and_safe_cells(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    export(str(store), "-o", str(out), "--bom")
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = {row["id"]: row for row in csv.DictReader(io.StringIO(raw.decode("utf-8-sig")))}
    assert rows["summit"]["quote"] == "'=to be held in Hanoi"
    assert rows["summit"]["actors"] == "Donald Trump; Kim Jong-un"


def test_ics(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.ics"
    export(str(store), "-o", str(out), "--title", "Korea")
    calendar = icalendar.Calendar.from_ical(out.read_bytes())
    uids = sorted(str(e["uid"]) for e in calendar.walk("VEVENT"))
    assert uids == ["address@timeline", "late-talks@timeline", "summit@timeline"]


def test_timelinejs_needs_its_format(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "tl.json"
    export(str(store), "-o", str(out), "--format", "timelinejs", "--title", "Korea")
    document = json.loads(out.read_bytes())
    assert check_timelinejs(document) == []
    assert len(document["events"]) == 3


def test_html_page(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "page.htm"
    export(str(store), "-o", str(out), "--title", "Korea 2019", "--type", "meeting")
    page = out.read_text(encoding="utf-8")
    assert "<h1>Korea 2019</h1>" in page
    assert "Filters: type: meeting." in page
    assert str(store) in page


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-o", "{tmp}/out.txt"], "unknown extension"),
        (["-o", "{tmp}/out.csv", "--type", "summitt"], "--type: unknown type 'summitt'"),
        (
            ["-o", "{tmp}/out.csv", "--actor", "Kim Jong Un"],
            "--actor: no actor 'Kim Jong Un' in these events (did you mean 'Kim Jong-un'?)",
        ),
        (
            ["-o", "{tmp}/out.csv", "--actor", "Trmp"],
            "no actor 'Trmp' in these events (did you mean 'Donald Trump'?)",
        ),
        (["-o", "{tmp}/out.csv", "--actor", "Zzyzx"], "(timeline list shows the actors)"),
        (
            ["-o", "{tmp}/out.csv", "--from", "2019-03", "--to", "2019-01"],
            "--to: 2019-01 is before --from 2019-03",
        ),
        (["-o", "{tmp}/new/out.csv", "--actor", "Nobody"], "no actor 'Nobody'"),
    ],
)
def test_bad_options_are_one_line_errors(
    store: Path, tmp_path: Path, args: list[str], message: str
) -> None:
    output = fails(str(store), *(arg.format(tmp=tmp_path) for arg in args))
    assert message in output
    assert len(output.strip().splitlines()) == 1
    assert not (tmp_path / "out.csv").exists() and not (tmp_path / "new").exists()


def test_missing_output_folders_are_created(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "made" / "deeper" / "events.json"
    output = export(str(store), "-o", str(out))
    assert f"created folder {tmp_path / 'made'}" in output
    assert len(json.loads(out.read_bytes())) == 4


@pytest.mark.parametrize(
    ("args", "name", "empty"),
    [
        (["--from", "2030"], "out.json", []),
        (["--type", "visit"], "out.csv", "id,"),
        (["--actor", "Russia", "--from", "2019-02"], "out.ics", "BEGIN:VCALENDAR"),
    ],
)
def test_nothing_selected_writes_a_valid_empty_file_and_warns(
    store: Path, tmp_path: Path, args: list[str], name: str, empty: object
) -> None:
    out = tmp_path / name
    result = CliRunner().invoke(main, ["export", str(store), "-o", str(out), *args])
    assert result.exit_code == 0, result.output
    assert "warning: 0 events match these filters" in result.stderr
    text = out.read_text(encoding="utf-8")
    if isinstance(empty, list):
        assert json.loads(text) == empty
    else:
        assert text.startswith(str(empty))


def test_a_match_gives_no_warning(store: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main, ["export", str(store), "-o", str(tmp_path / "a.json"), "--actor", "russia"]
    )
    assert result.exit_code == 0 and "0 events match" not in result.stderr


def test_bad_event_file_writes_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "events:\n  - title: x\n    type: meeting\n    date: Febuary 3\n", encoding="utf-8"
    )
    out = tmp_path / "out.csv"
    output = fails(str(bad), "-o", str(out))
    assert str(bad) in output
    assert not out.exists()
    assert sorted(os.listdir(tmp_path)) == ["bad.yaml"]


def test_help_has_an_example() -> None:
    result = CliRunner().invoke(main, ["export", "--help"])
    assert result.exit_code == 0
    assert "timeline export events/ -o korea.html" in result.output


def test_output_under_a_file_is_one_line(store: Path, tmp_path: Path) -> None:
    (tmp_path / "plain").write_text("x", encoding="utf-8")
    output = fails(str(store), "-o", str(tmp_path / "plain" / "out.json"))
    assert len(output.strip().splitlines()) == 1 and "is not a folder" in output
