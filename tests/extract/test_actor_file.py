"""``--actors FILE`` is validated strictly: every problem is one located line, exit code 2."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.cli import main
from timeline.errors import InputError
from timeline.extract import extract, load_dictionary
from timeline.extract.actor_dictionary import default_dictionary
from timeline.extract.actor_file import read_actor_file
from timeline.model import country_codes

DATA = Path(__file__).parents[1] / "data" / "extract"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "organizations:\n  - {name: Zorblax Council, bogus: 1}\n",
            ":2:29: organizations[0].bogus: unknown key 'bogus'",
        ),
        ("people:\n  - name: Ada Quill\n    rank: 3\n", ":3:5: people[0].rank: unknown key 'rank'"),
        ("people:\n  - role: envoy\n", ":2:5: people[0].name: required field is missing"),
        ("people:\n  - {name: '  '}\n", ":2:6: people[0].name: the name is empty"),
        ("people:\n  - {name: X, aliases: 5}\n", ":2:15: people[0].aliases: 5 is not valid"),
        ("people:\n  - {name: 7}\n", ":2:6: people[0].name: 7 is not valid"),
        ("people: Ada\n", ":1:1: people: 'Ada' is not valid"),
        (
            "countries:\n  - {name: Nowhere, code: nowhere}\n",
            ":2:21: countries[0].code: 'nowhere' is not an ISO",
        ),
        (
            # well shaped, but no code ISO has assigned: events could never carry it
            "countries:\n  - {name: Nowhere, code: ZZZ}\n",
            ":2:21: countries[0].code: 'ZZZ' is not an ISO",
        ),
        (
            "people:\n  - {name: Ada Quill, country: XKX}\n",
            ":2:23: people[0].country: 'XKX' is not an ISO",
        ),
        ("places: []\n", ":1:1: places: unknown key 'places' (allowed: countries"),
        ("regions:\n  - {name: Zorblax}\n", ":2:5: regions[0].country: required field is missing"),
        (
            "regions:\n  - {name: Zorblax, country: ZZZ}\n",
            ":2:21: regions[0].country: 'ZZZ' is not an ISO",
        ),
        ("- Ada Quill\n", ":1:1: an actors file must be a mapping"),
        ("people: [\n", ":2:1: not valid YAML"),
    ],
)
def test_bad_actor_files(tmp_path: Path, text: str, expected: str) -> None:
    path = tmp_path / "actors.yaml"
    path.write_text(text, "utf-8")
    with pytest.raises(InputError) as caught:
        read_actor_file(path)
    assert len(caught.value.problems) == 1
    assert str(caught.value.problems[0]).startswith(f"{path}{expected}")


def test_every_problem_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "actors.yaml"
    path.write_text("people:\n  - {name: A, x: 1}\n  - {name: B, country: usa}\n", "utf-8")
    with pytest.raises(InputError) as caught:
        read_actor_file(path)
    assert [p.field for p in caught.value.problems] == ["people[0].x", "people[1].country"]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "people: []\n",
        "people:\n  - Ada Quill\n",
        "organizations:\n  - {name: A B, country: KEN}\n",
        "regions:\n  - {name: Zorblax Province, country: KEN, adjectives: [Zorblaxi]}\n",
    ],
)
def test_good_actor_files(tmp_path: Path, text: str) -> None:
    path = tmp_path / "actors.yaml"
    path.write_text(text, "utf-8")
    assert load_dictionary([path]) is not None


def test_shipped_example_file_is_valid() -> None:
    actors = read_actor_file(DATA / "actors-extra.yaml")
    assert actors.people and actors.people[0].aliases == ["Quill"]


def test_cli_reports_bad_actor_file_with_exit_2(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("The Zorblax Council met on March 3, 2019.\n", "utf-8")
    bad = tmp_path / "actors.yaml"
    bad.write_text("organizations:\n  - {name: Zorblax Council, bogus: 1}\n", "utf-8")
    result = CliRunner().invoke(main, ["extract", str(article), "--actors", str(bad)])
    assert result.exit_code == 2, result.output
    assert f"{bad}:2:29: organizations[0].bogus: unknown key 'bogus'" in result.output
    assert "Traceback" not in result.output


def test_every_shipped_country_code_is_one_events_accept() -> None:
    """A code the Actor model refuses would stop extraction at the first article naming it."""
    dictionary = default_dictionary()
    codes = {entry.country for entry in dictionary.entries.values() if entry.country}
    assert codes <= country_codes()


def test_a_country_without_an_iso_code_is_still_an_actor(tmp_path: Path) -> None:
    path = tmp_path / "actors.yaml"
    path.write_text("countries:\n  - {name: Transnistria, adjectives: [Transnistrian]}\n", "utf-8")
    text = "Transnistrian officials met Moldovan negotiators in Bender on Monday."
    events = extract(text, published=date(2024, 3, 6), actors=load_dictionary([path]))
    assert [(a.name, a.country) for a in events[0].actors][:2] == [
        ("Transnistria", None),
        ("Moldova", "MDA"),
    ]


def test_a_region_acts_for_itself_and_brings_its_country(tmp_path: Path) -> None:
    path = tmp_path / "actors.yaml"
    path.write_text("regions:\n  - {name: Zorblax Province, country: KEN}\n", "utf-8")
    text = "Zorblax Province lawmakers voted on Monday to ban the sale of charcoal."
    events = extract(text, published=date(2024, 3, 6), actors=load_dictionary([path]))
    assert [(a.name, a.kind, a.country) for a in events[0].actors] == [
        ("Zorblax Province", "organization", "KEN"),
        ("Kenya", "country", "KEN"),
    ]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("Nevada voters approved a ballot measure on Tuesday.", ["Nevada", "United States"]),
        ("The Scottish government said on Monday it would appeal.", ["Scotland", "United Kingdom"]),
        (
            "Kerala's transport minister met union leaders on Monday.",
            ["Kerala", "India"],
        ),
    ],
)
def test_shipped_regions_act(text: str, actors: list[str]) -> None:
    events = extract(text, published=date(2004, 11, 4))
    assert [a.name for a in events[0].actors][: len(actors)] == actors


def test_a_region_after_in_is_a_place() -> None:
    text = "Governor Ana Costa met union leaders in Ohio on Monday."
    events = extract(text, published=date(2004, 11, 4))
    assert "Ohio" not in [a.name for a in events[0].actors]
    assert events[0].location == "Ohio"
