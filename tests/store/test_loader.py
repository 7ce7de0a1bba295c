"""Loading a store: every problem in every file at once, located to line, column and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.errors import InputError
from timeline.store import load_events, load_store
from timeline.store import loader as loader_module
from timeline.store.loader import load_file
from timeline.store.yaml_store import fast_load

DATA = Path(__file__).parents[1] / "data" / "store"
EVENTS = Path(__file__).parents[2] / "events"


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


EVENT = "events:\n  - title: Talks\n    type: meeting\n"
#: Files the C-backed and the round-trip readers could read differently (YAML 1.1 vs 1.2,
#: timestamps, tags, anchors), valid and invalid: the store must read them the same way.
READER_CASES = [
    ("yaml-1.1-words", EVENT + "    tags: [yes, no, on, off, y, n]\n    notes: 'yes'\n"),
    ("octal-and-sexagesimal", EVENT + "    tags: ['010', 1:20]\n    notes: 0o17\n"),
    ("numbers-as-text", EVENT + "    confidence: 1e-1\n    notes: 010\n"),
    ("tilde-and-null", EVENT + "    date: ~\n    location: null\n"),
    ("timestamp-with-zone", EVENT + "    date: 2019-02-03T10:00:00+02:00\n"),
    ("impossible-day", EVENT + "    date: 2019-02-30\n"),
    ("loose-day", EVENT + "    date: 2019-2-3\n"),
    ("yaml-1.1-directive", "%YAML 1.1\n---\n" + EVENT + "    tags: [yes, on]\n"),
    (
        "anchors-and-merge",
        EVENT + "    actors: &who [Kim]\n  - {title: B, type: other, actors: *who}\n",
    ),
    ("explicit-tags", EVENT + "    notes: !!str 2019\n    tags: !!set {c, a, b, d}\n"),
    ("ordered-map", EVENT + "    notes: !!omap [a: 1]\n    tags: !!pairs [b: 2]\n"),
    ("binary", EVENT + "    notes: !!binary aGVsbG8=\n"),
    ("unknown-tag", EVENT + "    notes: !shout hello\n"),
    ("line-separator", EVENT + "    notes: a\u2028b\n"),
    ("tab-after-colon", EVENT + "    notes:\tx\n"),
    ("duplicate-key", EVENT + "    type: other\n"),
    ("flow-colon", EVENT + "    tags: [a:b, 'c: d']\n"),
    ("byte-order-mark", "\ufeff" + EVENT),
    ("crlf", EVENT.replace("\n", "\r\n")),
    ("integer-key", EVENT + "    1: x\n"),
    ("country", EVENT + "    actors: [{name: X, country: ZZZ}]\n"),
    # libyaml ends the anchor at the colon, the round-trip reader does not
    ("anchor-with-colon", EVENT + "    tags:\n      - &1:20\n"),
    ("alias", EVENT + "    tags: [&t a, *t]\n"),
]


def outcome(path: Path) -> object:
    """The records of a file, or its problem lines."""
    try:
        return load_file(path).content
    except InputError as error:
        return [str(problem) for problem in error.problems]


@pytest.mark.parametrize(("name", "text"), READER_CASES, ids=[case[0] for case in READER_CASES])
def test_the_fast_reader_and_the_careful_reader_agree(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str
) -> None:
    path = write(tmp_path, f"{name}.yaml", text)
    fast = outcome(path)
    monkeypatch.setattr(loader_module, "fast_load", lambda text: None)
    assert fast == outcome(path)


@pytest.mark.parametrize(
    "path", [*sorted(DATA.glob("*.yaml")), *sorted(EVENTS.glob("*.yaml"))], ids=lambda p: p.name
)
def test_shipped_files_take_the_fast_path_and_agree(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("_ruamel_yaml")  # ruamel.yaml.clib
    text = path.read_text(encoding="utf-8")
    assert fast_load(text) is not None
    fast = load_file(path)
    assert fast.parsed is None
    monkeypatch.setattr(loader_module, "fast_load", lambda text: None)
    careful = load_file(path)
    assert careful.parsed is not None
    assert fast.content == careful.content
    assert fast.document.data == careful.document.data
