"""Loading a store: every problem in every file at once, located to line, column and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.errors import InputError
from timeline.store import load_events, load_store

DATA = Path(__file__).parents[1] / "data" / "store"


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def problems_of(paths: list[Path]) -> list[str]:
    with pytest.raises(InputError) as caught:
        load_store(paths)
    return [str(problem) for problem in caught.value.problems]


def test_loads_folders_recursively_and_knows_each_events_file() -> None:
    store = load_store([DATA])
    assert [path.name for path in store.files] == ["hand-formatted.yaml", "indented.yaml"]
    assert store.file_of("summer-exercise").name == "indented.yaml"
    assert store.file_of("budget-vote").name == "hand-formatted.yaml"
    with pytest.raises(KeyError):
        store.file_of("no-such-event")
    assert len(load_events([DATA])) == len(store.events) == 6


def test_every_problem_is_reported_with_its_place(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "korea.yaml",
        "events:\n"
        "  - title: One\n"
        "    type: meeting\n"
        "    date: Febuary 3\n"
        "  - title: Two\n"
        "    type: party\n"
        "    colour: red\n"
        "  - type: other\n",
    )
    found = problems_of([path])
    label = str(path)
    assert found[0].startswith(f"{label}:4:5: events[0].date: 'Febuary 3' is not a date (write ")
    assert f"{label}:6:5: events[1].type: 'party' is not valid" in found[1]
    assert found[2].startswith(
        f"{label}:7:5: events[1].colour: unknown key 'colour' (allowed: id, title"
    )
    assert found[3] == f"{label}:8:5: events[2].title: required field is missing"
    assert len(found) == 4


def test_nested_fields_are_located(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "nested.yaml",
        "events:\n"
        "  - title: One\n"
        "    type: meeting\n"
        "    actors:\n"
        "      - Kim\n"
        "      - {name: Moon, kind: president}\n"
        "    sources: [{document: a.txt, start: 9, end: 3}]\n",
    )
    found = problems_of([path])
    assert found[0].startswith(f"{path}:6:22: events[0].actors[1].kind: 'president' is not valid")
    assert found[1].startswith(f"{path}:7:15: events[0].sources[0]: end offset 3 is before start")


def test_duplicate_ids_across_files_name_both_places(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", "events:\n  - {id: talks, title: Talks, type: meeting}\n")
    write(
        tmp_path,
        "b.yaml",
        "events:\n  - title: Other\n    type: meeting\n  - id: talks\n    title: Talks again\n    type: meeting\n",
    )
    (problem,) = problems_of([tmp_path])
    assert problem.startswith(
        f"{tmp_path / 'b.yaml'}:4:5: events[1].id: duplicate id 'talks', also at {tmp_path / 'a.yaml'}:2:"
    )


def test_derived_ids_collide_too(tmp_path: Path) -> None:
    write(
        tmp_path,
        "a.yaml",
        "events:\n  - {title: Talks, type: meeting, date: 2019-02-03}\n  - {title: Talks, type: meeting, date: 2019-02-03}\n",
    )
    (problem,) = problems_of([tmp_path])
    assert "duplicate id '2019-02-03-talks'" in problem


def test_a_missing_path_is_a_problem(tmp_path: Path) -> None:
    assert problems_of([tmp_path / "nowhere"]) == [
        f"{tmp_path / 'nowhere'}: no such file or folder"
    ]


def test_hidden_and_other_files_in_folders_are_not_read(tmp_path: Path) -> None:
    write(tmp_path, "ok.yaml", "events: []\n")
    write(tmp_path, ".korea.yaml.1234.tmp", "garbage: [")
    write(tmp_path, ".hidden/bad.yaml", "garbage: [")
    write(tmp_path, "notes.txt", "garbage: [")
    assert load_store([tmp_path]).files == [tmp_path / "ok.yaml"]
