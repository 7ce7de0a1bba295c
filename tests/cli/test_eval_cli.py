"""``timeline eval events`` and ``eval dates``: no gold or non-gold YAML is an error; 0/0 is n/a."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.cli import main

CORPUS = Path(__file__).parents[1] / "data" / "corpus"

EVENT_STORE = "events:\n  - {title: Talks, type: meeting, date: 2019-02-03}\n"
DATES_ONLY = "article: a.txt\npublished: 2019-02-19\ntimexes: []\n"


def evaluate(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["eval", *args])
    assert "Traceback" not in result.output
    return result.exit_code, result.stdout, result.stderr


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def gold_with_article(root: Path, gold: str, article: str = "Nothing happened.") -> Path:
    write(root / "articles", "a.txt", article)
    return write(root / "gold", "a.yaml", gold)


@pytest.mark.parametrize("verb", ["events", "dates"])
def test_folder_without_gold_is_exit_2(verb: str) -> None:
    code, out, err = evaluate(verb, "--gold", str(CORPUS / "articles"))
    assert code == 2 and out == ""
    assert err.strip().splitlines() == [
        {
            "events": f"{CORPUS / 'articles'}: no events gold files under this folder "
            "(YAML with article: and events:)",
            "dates": f"{CORPUS / 'articles'}: no *.yaml gold files in this directory",
        }[verb]
    ]


@pytest.mark.parametrize(
    ("verb", "text", "message"),
    [
        ("events", EVENT_STORE, "not an events gold file: no article: (see the corpus README)"),
        ("events", "foo: 1\n", "not an events gold file: no article: and events:"),
        ("events", "- 1\n- 2\n", "not an events gold file: expected a mapping"),
        ("events", DATES_ONLY, "not an events gold file: no events:"),
        ("events", "article: a.txt\nevents: 3\n", "events: a list of gold events"),
        ("events", "article: a.txt\nevents: [{id: x}]\n", "events[0]: no type:"),
        ("events", "article: a.txt\nevents: [5]\n", "events[0]: expected a mapping"),
        ("events", "article: a.txt\nevents: []\naliases: [x]\n", "aliases: a mapping"),
        ("events", "article: [\n", "cannot read gold file"),
        ("dates", EVENT_STORE, "not a dates gold file: no article: and timexes:"),
        ("dates", "article: a.txt\nevents: []\n", "not a dates gold file: no timexes:"),
        ("dates", "article: a.txt\ntimexes: {a: 1}\n", "timexes: a list of gold timexes"),
        ("dates", "article: a.txt\ntimexes: [3]\n", "timexes[0]: expected a mapping"),
    ],
)
def test_yaml_that_is_not_gold_is_one_line(
    tmp_path: Path, verb: str, text: str, message: str
) -> None:
    gold = gold_with_article(tmp_path, text)
    code, out, err = evaluate(verb, "--gold", str(gold))
    assert code == 2 and out == ""
    [line] = err.strip().splitlines()
    assert line.startswith(str(gold)) and message in line


def test_one_line_per_bad_file_and_nothing_scored(tmp_path: Path) -> None:
    first = write(tmp_path / "a", "store.yaml", EVENT_STORE)
    second = write(tmp_path / "b", "other.yml", "title: x\n")
    code, out, err = evaluate(
        "events", "--gold", str(tmp_path / "a"), "--gold", str(second), "--format", "json"
    )
    assert code == 2 and out == ""
    lines = err.strip().splitlines()
    assert [line.split(":")[0] for line in lines] == [str(first), str(second)]


def test_dates_only_gold_in_a_folder_is_skipped_by_eval_events(tmp_path: Path) -> None:
    write(tmp_path / "dates" / "gold", "d.yaml", DATES_ONLY)
    code, _, err = evaluate("events", "--gold", str(tmp_path))
    assert code == 2 and "no events gold files under this folder" in err


@pytest.mark.parametrize(
    ("verb", "gold", "keys"),
    [
        (
            "events",
            "article: a.txt\npublished: 2019-02-19\nevents: []\n",
            ("recall", "precision", "f1"),
        ),
        (
            "dates",
            DATES_ONLY,
            ("strict_precision", "relaxed_recall", "relaxed_f1", "value_f1", "type_f1"),
        ),
    ],
)
def test_zero_over_zero_is_null_in_json_and_na_in_the_table(
    tmp_path: Path, verb: str, gold: str, keys: tuple[str, ...]
) -> None:
    path = gold_with_article(tmp_path, gold)
    code, out, _ = evaluate(verb, "--gold", str(path), "--format", "json")
    assert code == 0, out
    total = json.loads(out)["total"]
    assert all(total[key] is None for key in keys), total
    code, out, _ = evaluate(verb, "--gold", str(path))
    assert code == 0
    total_row = next(line for line in out.splitlines() if "TOTAL" in line)
    assert "n/a" in total_row and "1.000" not in total_row and "0.000" not in total_row


def test_spurious_predictions_with_no_gold_score_zero_precision(tmp_path: Path) -> None:
    path = gold_with_article(
        tmp_path, DATES_ONLY, "The talks on 3 March 2019 and 4 March 2019 failed."
    )
    code, out, _ = evaluate("dates", "--gold", str(path), "--format", "json")
    total = json.loads(out)["total"]
    assert code == 0 and total["predicted"] == 2
    assert total["relaxed_precision"] == 0.0 and total["relaxed_recall"] is None


def test_real_gold_still_scores() -> None:
    code, out, _ = evaluate("events", "--gold", str(CORPUS / "gold"), "--format", "json")
    assert code == 0 and json.loads(out)["total"]["required"] == 8
    code, out, _ = evaluate("events", "--gold", str(CORPUS), "--format", "json")
    assert code == 0 and len(json.loads(out)["files"]) == 4
