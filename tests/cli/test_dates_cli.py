"""``timeline dates`` and ``timeline eval dates`` through click's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.cli import main

CORPUS = Path(__file__).parents[1] / "data" / "corpus"
EXAMPLE = CORPUS / "articles" / "2019-02-trump-kim-second-summit.txt"


def test_json_one_file_is_a_bare_array() -> None:
    result = CliRunner().invoke(
        main, ["dates", str(EXAMPLE), "--published", "2019-02-19", "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    found = json.loads(result.output)
    late = next(t for t in found if t["text"] == "late January")
    assert late == {
        "text": "late January",
        "start": late["start"],
        "end": late["start"] + 12,
        "type": "DATE",
        "value": "2019-01",
        "mod": "END",
        "date_start": "2019-01-21",
        "date_end": "2019-01-31",
        "precision": "month",
        "anchored_to_reference": True,
    }
    text = EXAMPLE.read_text(encoding="utf-8")
    assert all(text[t["start"] : t["end"]] == t["text"] for t in found)


def test_json_several_files_are_wrapped(tmp_path: Path) -> None:
    other = tmp_path / "b.txt"
    other.write_text("The talks were held on Thursday.", encoding="utf-8")
    result = CliRunner().invoke(
        main, ["dates", str(EXAMPLE), str(other), "--published", "2019-02-19", "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert [item["published"] for item in payload] == ["2019-02-19", "2019-02-19"]
    assert payload[1]["timexes"][0]["value"] == "2019-02-14"


def test_bad_files_get_one_line_each_and_exit_2(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02abc")
    (tmp_path / "latin1.txt").write_bytes("caf\xe9 on Monday".encode("latin-1"))
    good = tmp_path / "good.txt"
    good.write_text("It rained yesterday.", encoding="utf-8")
    args = [
        "dates",
        *(str(tmp_path / n) for n in ("empty.txt", "binary.txt", "latin1.txt")),
        str(good),
    ]
    result = CliRunner().invoke(main, [*args, "--published", "2019-02-19", "--format", "json"])
    assert result.exit_code == 2
    assert (
        "not UTF-8 text" in result.stderr and "empty" in result.stderr and "binary" in result.stderr
    )
    assert len(result.stderr.strip().splitlines()) == 3
    assert "Traceback" not in result.output


def test_bad_published_is_one_line() -> None:
    result = CliRunner().invoke(main, ["dates", str(EXAMPLE), "--published", "19/02/2019"])
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        "--published: '19/02/2019' is not a date (write YYYY-MM-DD, e.g. 2019-02-19)"
    ]


def test_timeml_and_table_formats() -> None:
    result = CliRunner().invoke(
        main, ["dates", str(EXAMPLE), "--published", "2019-02-19", "--format", "timeml"]
    )
    assert result.exit_code == 0, result.output
    assert (
        '<TIMEX3 tid="t2" type="DATE" value="2019-02" mod="END">the end of February</TIMEX3>'
        in result.output
    )
    result = CliRunner().invoke(main, ["dates", str(EXAMPLE), "--published", "2019-02-19"])
    assert result.exit_code == 0 and "late January" in result.output


def test_help_has_examples() -> None:
    for args in (["dates", "--help"], ["eval", "dates", "--help"]):
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 0 and "Example" in result.output


def test_eval_dates_json_and_table() -> None:
    result = CliRunner().invoke(
        main, ["eval", "dates", "--gold", str(CORPUS / "gold"), "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["total"]["value_f1"] == 1.0
    one = CORPUS / "meantime-apple" / "gold" / "103623.yaml"
    result = CliRunner().invoke(main, ["eval", "dates", "--gold", str(one)])
    assert result.exit_code == 0 and "TOTAL" in result.output


def test_eval_dates_missing_gold_is_exit_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["eval", "dates", "--gold", str(tmp_path / "nope")])
    assert result.exit_code == 2 and "no such file" in result.stderr


def _json(*args: str) -> tuple[int, object]:
    result = CliRunner().invoke(main, ["dates", *args, "--format", "json"])
    assert "Traceback" not in result.output
    return result.exit_code, json.loads(result.stdout)


def _is_wrapped(payload: object) -> bool:
    return (
        isinstance(payload, list)
        and bool(payload)
        and all(
            isinstance(item, dict)
            and set(item) == {"file", "published", "published_source", "timexes"}
            for item in payload
        )
    )


@pytest.mark.parametrize(
    ("layout", "args", "wrapped", "code"),
    [
        ({"a.txt": "It rained on 3 May 2019."}, ["a.txt"], False, 0),
        ({"a.txt": "It rained on 3 May 2019."}, ["."], True, 0),
        ({"d/a.txt": "It rained on 3 May 2019."}, ["d"], True, 0),
        ({"a.txt": "It rained on 3 May 2019.", "e.txt": ""}, ["a.txt", "e.txt"], True, 2),
        ({"a.txt": "It rained on 3 May 2019."}, ["a.txt", "missing.txt"], True, 2),
        ({"a.txt": "It rained on 3 May 2019."}, ["a.txt", "a.txt"], True, 0),
        ({"e.txt": "", "f.txt": "Rain on 3 May 2019."}, ["e.txt"], False, 2),
        ({"r.jsonl": '{"text": "It rained on 3 May 2019."}\n'}, ["r.jsonl"], True, 0),
    ],
)
def test_json_shape_follows_the_arguments_not_what_was_read(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    layout: dict[str, str],
    args: list[str],
    wrapped: bool,
    code: int,
) -> None:
    for name, text in layout.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    exit_code, payload = _json(*args, "--published", "2019-05-10")
    assert exit_code == code
    assert _is_wrapped(payload) is wrapped
    if not wrapped:
        assert isinstance(payload, list)
        assert all("timexes" not in item and "text" in item for item in payload)


@pytest.mark.parametrize(
    ("name", "text", "flag", "source", "published"),
    [
        ("a.txt", "It rained on Monday.", "2019-05-10", "flag", "2019-05-10"),
        (
            "b.md",
            "---\ndate: 2019-04-02\n---\nIt rained on Monday.\n",
            None,
            "front-matter",
            "2019-04-02",
        ),
        (
            "c.jsonl",
            '{"text": "It rained on Monday.", "date": "2019-03-04"}\n',
            None,
            "record",
            "2019-03-04",
        ),
        (
            "d.txt",
            "SEOUL, March 5, 2019 (Yonhap) -- It rained on Monday.",
            None,
            "dateline",
            "2019-03-05",
        ),
        ("e.txt", "It rained on Monday.", None, "none", None),
    ],
)
def test_wrapper_says_where_the_reference_date_came_from(
    tmp_path: Path,
    name: str,
    text: str,
    flag: str | None,
    source: str,
    published: str | None,
) -> None:
    (tmp_path / name).write_text(text, encoding="utf-8")
    args = [str(tmp_path)] + (["--published", flag] if flag else [])
    code, payload = _json(*args)
    assert code == 0
    assert isinstance(payload, list)
    [item] = payload
    assert (item["published_source"], item["published"]) == (source, published)
    table = CliRunner().invoke(main, ["dates", str(tmp_path / name), *args[1:]])
    assert f"published_source {source}" in " ".join(table.stdout.split())


def test_per_timex_keys_are_unchanged_inside_the_wrapper(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("It rained on 3 May 2019.", encoding="utf-8")
    _, bare = _json(str(tmp_path / "a.txt"))
    _, wrapped = _json(str(tmp_path))
    assert isinstance(bare, list) and isinstance(wrapped, list)
    assert wrapped[0]["timexes"] == bare
