"""The actor dictionary data: every country has a code, users can extend it, bad files are reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.errors import InputError
from timeline.extract import default_dictionary, extract, load_dictionary

DATA = Path(__file__).parents[1] / "data" / "extract"


def test_shipped_countries_have_unique_codes() -> None:
    codes = default_dictionary().country_names
    assert len(codes) >= 193
    assert all(len(code) == 3 for code in codes)


@pytest.mark.parametrize(
    ("form", "name"),
    [
        ("DPRK", "North Korea"),
        ("Pyongyang", "North Korea"),
        ("U.S.", "United States"),
        ("American", "United States"),
        ("NATO", "North Atlantic Treaty Organization"),
        ("IAEA", "International Atomic Energy Agency"),
    ],
)
def test_surface_forms(form: str, name: str) -> None:
    entry = default_dictionary().lookup(form)
    assert entry is not None and entry.name == name


def test_user_file_extends_dictionary() -> None:
    dictionary = load_dictionary([DATA / "actors-extra.yaml"])
    events = extract("The NWA said on March 3 that it objected.", None, actors=dictionary)
    assert events and events[0].actors[0].name == "Northwind Alliance"


def test_bad_user_file_is_reported(tmp_path: Path) -> None:
    bad = tmp_path / "actors.yaml"
    bad.write_text("countries:\n  - {name: Nowhere, code: nowhere}\n")
    with pytest.raises(InputError) as caught:
        load_dictionary([bad])
    assert "countries[0]" in str(caught.value) and "alpha-3" in str(caught.value)
