"""The GeoNames gazetteer: which country a named town or city is in, and which names it refuses."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.extract.gazetteer import city_country

ALPHA3 = re.compile(r"[A-Z]{3}")


@pytest.mark.parametrize(
    ("place", "code"),
    [
        ("Guayaquil", "ECU"),
        ("Cochabamba", "BOL"),
        ("Maracaibo", "VEN"),
        ("Kaduna", "NGA"),
        ("Mandalay", "MMR"),
        ("Tupiza", "BOL"),
        # accents folded both ways
        ("Medellin", "COL"),
        ("Medellín", "COL"),
        ("Bogota", "COL"),
        ("Bogotá", "COL"),
        # a dateline writes the city in capitals
        ("GUAYAQUIL", "ECU"),
        # shared by several countries, but one city is far larger than the rest
        ("San Pedro Sula", "HND"),
    ],
)
def test_known_city_gives_its_country(place: str, code: str) -> None:
    assert city_country(place) == code


@pytest.mark.parametrize(
    ("place", "code"),
    [
        ("the town of Kaduna", "NGA"),
        ("the city of Maracaibo", "VEN"),
        ("the port of Guayaquil", "ECU"),
        ("the village of Tupiza", "BOL"),
        ("The City of Cochabamba", "BOL"),
        ("Guayaquil, Ecuador", "ECU"),
        ("Cochabamba, in central Bolivia", "BOL"),
        ("  Mandalay  ", "MMR"),
    ],
)
def test_place_phrases_are_read_by_their_city(place: str, code: str) -> None:
    assert city_country(place) == code


@pytest.mark.parametrize(
    "place",
    [
        "",
        "   ",
        ", Ecuador",
        # lower case is an ordinary word, not a name
        "guayaquil",
        "the city of maracaibo",
        # no such place
        "Xyzzyville",
        "Northern Province Of Nowhere",
        # several countries share the name about equally
        "Victoria",
        "Valencia",
        "Copacabana",
        # too small a town: such names are too often ordinary words
        "Uyuni",
        # a country is not a city
        "Ecuador",
    ],
)
def test_unknown_ambiguous_or_lower_case_names_give_none(place: str) -> None:
    assert city_country(place) is None


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_any_text_gives_none_or_an_alpha3_code(place: str) -> None:
    code = city_country(place)
    assert code is None or ALPHA3.fullmatch(code), code


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.characters(categories=["Ll", "Zs"]), min_size=1, max_size=30))
def test_lower_case_text_is_never_a_city(place: str) -> None:
    assert city_country(place) is None
