"""Round 15 of the extraction rules, end to end: who an event's parties are once the
whole article is read (a person's country given later, a body's spokesman, the
article's country standing in for a party no sentence names).
"""

from __future__ import annotations

from datetime import date

from timeline.extract import extract
from timeline.extract.actor_dictionary import default_dictionary
from timeline.extract.actors import find_mentions
from timeline.extract.mentions import DocumentPeople
from timeline.model import Event

#: A Thursday.
PUBLISHED = date(2021, 9, 9)


def _actors(events: list[Event], kind: str) -> list[list[str]]:
    return [[a.name for a in e.actors] for e in events if e.type == kind]


def _people(*sentences: str) -> list[tuple[str, str | None]]:
    dictionary, people = default_dictionary(), DocumentPeople()
    found = []
    for sentence in sentences:
        found += [
            (m.name, m.country)
            for m in find_mentions(sentence, 0, dictionary, people)
            if m.kind == "person"
        ]
    return found


def test_a_country_given_later_completes_an_earlier_mention() -> None:
    text = (
        "President Mateo Salcedo said on Tuesday that the talks would go on. "
        "Peruvian President Mateo Salcedo and Chilean Foreign Minister Ana Vidal met in Lima "
        "on Wednesday."
    )
    statement = _actors(extract(text, PUBLISHED), "statement")
    assert statement == [["Mateo Salcedo", "Peru"]]


def test_the_article_country_stands_in_when_no_party_is_a_state() -> None:
    text = (
        "A court in Quito convicted Ecuador's former vice-president on Wednesday. "
        "The trial opened on 14 March."
    )
    opened = [e for e in extract(text, PUBLISHED) if e.date and e.date.start == date(2021, 3, 14)]
    assert [[a.name for a in e.actors] for e in opened] == [["Ecuador"]]


def test_an_international_body_gets_no_stand_in_country() -> None:
    text = (
        "Ecuador's president met opposition leaders in Quito on Monday. "
        "The European Union said on Tuesday it would send election observers."
    )
    assert _actors(extract(text, PUBLISHED), "statement") == [["European Union"]]


def test_a_named_party_keeps_its_own_country() -> None:
    text = (
        "Ecuador's president met opposition leaders in Quito on Monday. "
        "Colombian Foreign Minister Rosa Pardo said on Tuesday that Bogota would help."
    )
    for actors in _actors(extract(text, PUBLISHED), "statement"):
        assert "Ecuador" not in actors


def test_a_lowercase_body_before_a_role_is_the_body_named_before() -> None:
    found = _people(
        "The Greek Foreign Ministry summoned the Turkish ambassador, "
        "ministry spokesman Nikos Andreou told reporters."
    )
    assert found == [("Nikos Andreou", "GRC")]


def test_a_role_without_a_body_named_before_has_no_country() -> None:
    assert _people("A ministry spokesman, Ali Farouk, told reporters.") == [("Ali Farouk", None)]


def test_air_force_ranks_are_titles_and_the_force_names_the_country() -> None:
    found = _people(
        "The ceremony was attended by Indonesian Air Force chief Air Chief Marshal Budi Santoso."
    )
    assert found == [("Budi Santoso", "IDN")]
