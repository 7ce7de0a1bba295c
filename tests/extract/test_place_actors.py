"""The country an event with no named actor belongs to: its stated place's, else the article's."""

from __future__ import annotations

import pytest

from timeline.extract.actor_dictionary import ActorDictionary, default_dictionary
from timeline.extract.document_scan import DocumentScan
from timeline.extract.mentions import Mention
from timeline.extract.place_actors import PLACE_EVIDENCE, focus_country, place_country


def _focus(text: str, home: str | None, dictionary: ActorDictionary | None = None) -> str | None:
    dictionary = dictionary or default_dictionary()
    found = focus_country(text, DocumentScan(text, dictionary), dictionary, home)
    return found.name if found is not None else None


@pytest.mark.parametrize(
    ("text", "home", "country"),
    [
        (
            "Bolivia raised fuel prices. Bolivian unions objected. Bolivia's Senate met. "
            "Chile stayed silent.",
            None,
            "Bolivia",
        ),
        # adjectives, plural demonyms and capitals count as naming the country
        ("Bolivian officials met in La Paz. Bolivia. Chile said nothing.", None, "Bolivia"),
        (
            "Colombians and Peruvians queued for fuel. Colombians were angry. Colombia.",
            None,
            "Colombia",
        ),
        # organisations name no country
        (
            "The European Union wrote to the European Union's members and the African Union. "
            "Chile replied. Chile, Chile.",
            None,
            "Chile",
        ),
        # the dateline counts twice more than a plain mention ...
        ("Chile and Peru talked. Chile asked for more.", "PER", "Peru"),
        # ... but a dateline alone does not outweigh a country named throughout
        ("Chile and Peru talked. Chile asked for more. Chile, Chile.", "PER", "Chile"),
        # a dateline with nothing else named
        ("Thousands queued for fuel.", "KEN", "Kenya"),
        ("Thousands queued for fuel.", None, None),
        # a country named once or twice in passing is not what the story is about
        ("Miners struck again. Japanese steel mills looked elsewhere.", None, None),
        ("Miners struck. Japanese mills waited. Japan said nothing.", None, None),
        ("Miners struck. Japanese mills waited. Japan said nothing. Japan.", None, "Japan"),
        # ... unless it is the dateline's country
        ("Miners struck in Kenya.", "KEN", "Kenya"),
        ("", None, None),
        # a capital travelled to is a place on a trip, not the government the story is about
        (
            "The dean resigned. He took a trip to Paris and London, then was flying to Paris "
            "again to meet a French partner.",
            None,
            None,
        ),
        ("The French cabinet met. Paris said no. Talks in Paris failed.", None, "France"),
        # the headline counts twice, also when a date line stands above it
        (
            "Sunday, May 13, 2007\n\nTHE LONG READ: Thirty days in Bishkek after the coup\n\n"
            "Officials in Washington and at the White House watched Kyrgyzstan.",
            None,
            "Kyrgyzstan",
        ),
    ],
)
def test_focus_country_is_the_most_named(text: str, home: str | None, country: str | None) -> None:
    assert _focus(text, home) == country


def test_focus_country_is_marked_as_weaker_evidence() -> None:
    text = "Bolivia raised fuel prices. Bolivian unions objected. Bolivia's Senate met."
    dictionary = default_dictionary()
    found = focus_country(text, DocumentScan(text, dictionary), dictionary, None)
    assert found == Mention(0, 0, "Bolivia", "country", "BOL", evidence=PLACE_EVIDENCE)


def test_focus_country_names_only_countries_the_dictionary_knows() -> None:
    assert _focus("Chile and Peru talked.", "PER", ActorDictionary()) is None


@pytest.mark.parametrize(
    ("place", "country"),
    [
        # a city from the gazetteer
        ("Guayaquil", "Ecuador"),
        ("the city of Cochabamba", "Bolivia"),
        ("Maracaibo, Venezuela", "Venezuela"),
        # the dictionary first: a country or a capital named as the place
        ("Ecuador", "Ecuador"),
        ("Lima", "Peru"),
        ("La Paz, Bolivia", "Bolivia"),
        # nothing known
        (None, None),
        ("", None),
        ("Xyzzyville", None),
        ("guayaquil", None),
        ("Valencia", None),
    ],
)
def test_place_country_of_the_stated_place(place: str | None, country: str | None) -> None:
    found = place_country(place, [], default_dictionary(), 40)
    assert (found.name if found is not None else None) == country
    if found is not None:
        assert (found.start, found.end, found.kind, found.evidence) == (40, 40, "country", "place")


def _chile(*, location: bool, source: bool = False, kind: str = "country") -> Mention:
    return Mention(10, 15, "Chile", kind, "CHL", location=location, source=source)


@pytest.mark.parametrize(
    ("mentions", "country", "span"),
    [
        # a country named as the place in the sentence wins over the place phrase
        ([_chile(location=True)], "Chile", (10, 15)),
        # an actor, not a place
        ([_chile(location=False)], "Ecuador", (40, 40)),
        # the country of a source ("Chilean media said") is not where it happened
        ([_chile(location=True, source=True)], "Ecuador", (40, 40)),
        # only countries: a located organisation does not count
        ([_chile(location=True, kind="organization")], "Ecuador", (40, 40)),
    ],
)
def test_place_country_prefers_a_country_named_as_the_place(
    mentions: list[Mention], country: str, span: tuple[int, int]
) -> None:
    found = place_country("Guayaquil", mentions, default_dictionary(), 40)
    assert found is not None
    assert (found.name, (found.start, found.end), found.evidence) == (country, span, PLACE_EVIDENCE)


def test_place_country_names_only_countries_the_dictionary_knows() -> None:
    assert place_country("Guayaquil", [], ActorDictionary(), 0) is None
