"""``timeline dates`` and ``timeline eval dates`` through click's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

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
