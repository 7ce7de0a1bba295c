"""``timeline validate``: OK for good files; every kind of bad file is one located line, exit 2."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.cli import main
from timeline.store import MAX_FILE_BYTES

ROOT = Path(__file__).parents[2]

GOOD_EVENT = "events:\n  - title: Talks\n    type: meeting\n    date: 2019-02-03\n"

# name, file content (text or bytes), expected message fragment, expected "line:col: field" (or "")
BAD_FILES: list[tuple[str, str | bytes, str, str]] = [
    ("syntax", "events:\n  - title: [Talks\n    type: meeting\n", "YAML syntax error", ":3:9:"),
    (
        "wrong-type",
        "events:\n  - title: Talks\n    type: meeting\n    confidence: high\n",
        "'high' is not valid",
        ":4:5: events[0].confidence:",
    ),
    (
        "unknown-key",
        GOOD_EVENT + "    colour: red\n",
        "unknown key 'colour'",
        ":5:5: events[0].colour:",
    ),
    (
        "impossible-date",
        "events:\n  - title: Talks\n    type: meeting\n    date: 2019-02-30\n",
        "'2019-02-30' is not a date: no such day",
        ":4:5: events[0].date:",
    ),
    (
        "misspelt-date",
        "events:\n  - title: Talks\n    type: meeting\n    date: Febuary 3\n",
        "'Febuary 3' is not a date (write 2019-02-03",
        ":4:5: events[0].date:",
    ),
    (
        "end-before-start",
        "events:\n  - title: Talks\n    type: meeting\n    date: {start: 2019-03-01, end: 2019-02-01}\n",
        "end 2019-02-01 is before start 2019-03-01",
        ":4:5: events[0].date:",
    ),
    (
        "made-up-country",
        "events:\n  - title: Talks\n    type: meeting\n"
        "    actors: [{name: X, kind: person, country: ZZZ}]\n",
        "'ZZZ' is not an ISO 3166-1 alpha-3 country code (write one such as PRK",
        ":4:38: events[0].actors[0].country:",
    ),
    ("events-not-a-list", "events: Talks\n", "'Talks' is not valid", ":1:1: events:"),
    ("empty", "", "empty file", ""),
    ("only-comments", "# nothing yet\n", "empty file", ""),
    ("binary", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file", ""),
    (
        "latin-1",
        "events:\n  - title: Caf\xe9\n".encode("latin-1"),
        "not UTF-8 text (byte 0xe9)",
        ":2:15:",
    ),
    ("top-level-list", "- title: Talks\n  type: meeting\n", "the file holds a list", ":1:1:"),
    ("top-level-scalar", "just some words\n", "the file holds a single value", ":1:1:"),
    ("duplicate-key", GOOD_EVENT + "    date: 2019-02-04\n", "duplicate key 'date'", ":5:5:"),
    ("two-documents", GOOD_EVENT + "---\n" + GOOD_EVENT, "more than one YAML document", ""),
    ("control-character", "events:\n  - title: Tal\x07ks\n", "unacceptable character", ":2:"),
]


def invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["validate", *args])
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    return result.exit_code, result.output


@pytest.mark.parametrize(
    ("name", "content", "message", "where"), BAD_FILES, ids=[b[0] for b in BAD_FILES]
)
def test_bad_files_are_one_located_line_each(
    tmp_path: Path, name: str, content: str | bytes, message: str, where: str
) -> None:
    path = tmp_path / f"{name}.yaml"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    code, output = invoke(str(path))
    assert code == 2, output
    lines = output.strip().splitlines()
    assert len(lines) == 1, output
    assert lines[0].startswith(f"{path}{where}"), output
    assert message in lines[0], output


def test_a_huge_file_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: cheap to make, 50 MB to stat
    assert path.stat().st_size > MAX_FILE_BYTES
    code, output = invoke(str(path))
    assert code == 2
    assert (
        output.strip()
        == f"{path}: file is 50 MB, over the 20 MB limit for event files (split it into several files)"
    )


def test_all_problems_of_all_files_at_once(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(
        "events:\n  - title: A\n    type: party\n  - title: B\n    type: meeting\n    colour: red\n"
    )
    (tmp_path / "b.yaml").write_text("")
    (tmp_path / "c.yaml").write_text(GOOD_EVENT)
    code, output = invoke(str(tmp_path))
    assert code == 2
    lines = output.strip().splitlines()
    assert [line.split(":")[0] for line in lines] == [
        str(tmp_path / n) for n in ("a.yaml", "a.yaml", "b.yaml")
    ]


def test_good_files_are_ok(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(GOOD_EVENT)
    (tmp_path / "b.yaml").write_text(
        "events:\n  - {title: Other, type: other}\n  - {title: Third, type: other, date: 2019}\n"
    )
    code, output = invoke(str(tmp_path / "a.yaml"), str(tmp_path / "b.yaml"))
    assert (code, output) == (0, "3 events in 2 files: OK\n")


def test_default_path_is_the_events_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "events").mkdir()
    (tmp_path / "events" / "a.yaml").write_text(GOOD_EVENT)
    monkeypatch.chdir(tmp_path)
    assert invoke() == (0, "1 event in 1 file: OK\n")


def test_the_shipped_events_are_valid() -> None:
    code, output = invoke(str(ROOT / "events"))
    assert code == 0, output
    assert output.endswith("files: OK\n")


def test_help_has_an_example() -> None:
    result = CliRunner().invoke(main, ["validate", "--help"])
    assert result.exit_code == 0
    assert "timeline validate events/" in result.output


@pytest.mark.parametrize("nested", [False, True])
def test_a_folder_without_event_files_is_a_problem(tmp_path: Path, nested: bool) -> None:
    folder = tmp_path / "empty"
    (folder / "sub" if nested else folder).mkdir(parents=True)
    (folder / "notes.txt").write_text("not events")
    assert invoke(str(folder)) == (2, f"{folder}: no event files (*.yaml) here\n")
