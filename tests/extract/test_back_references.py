"""Back-references across sentences, planned events in reported speech, and the one-pass document scan."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.extract import extract
from timeline.extract.actor_dictionary import default_dictionary
from timeline.extract.actors import find_mentions
from timeline.extract.document_scan import DocumentScan
from timeline.extract.mentions import DocumentPeople
from timeline.extract.sentences import split_sentences

REF = date(2021, 3, 10)


def _events(text: str, kind: str) -> list[tuple[list[str], str, date | None]]:
    return [
        ([a.name for a in e.actors], e.status, e.date.start if e.date else None)
        for e in extract(text, REF)
        if e.type == kind
    ]


@pytest.mark.parametrize(
    ("text", "kind", "actor"),
    [
        (
            "Chilean Foreign Minister Ana Rojas arrived in Lima on Monday. "
            "The minister told reporters on Tuesday that talks went well.",
            "statement",
            "Ana Rojas",
        ),
        (
            "Peruvian President Luis Paredes met Chilean Foreign Minister Ana Rojas on Monday. "
            "The Chilean minister said on Tuesday that the border was calm.",
            "statement",
            "Ana Rojas",
        ),
        (
            "Peruvian President Luis Paredes spoke on Monday. "
            "The president told reporters on Tuesday that prices would fall.",
            "statement",
            "Luis Paredes",
        ),
        (
            "The UN Security Council on Monday adopted a resolution on Haiti. "
            "The council also rejected a rival text on Thursday.",
            "statement",
            "UN Security Council",
        ),
        (
            "Chile and Peru signed a fisheries pact on Monday. "
            "The two Andean neighbours held a round of talks in Lima on March 2.",
            "meeting",
            "Peru",
        ),
    ],
)
def test_back_reference_names_the_earlier_actor(text: str, kind: str, actor: str) -> None:
    found = _events(text, kind)
    assert any(actor in names for names, _, _ in found), found


def test_role_reference_prefers_the_person_named_most() -> None:
    text = (
        "Chilean Foreign Minister Ana Rojas arrived in Lima on Monday. Rojas met officials. "
        "She later met Bolivian Foreign Minister Jorge Vaca on Tuesday. "
        "The minister told reporters on Wednesday that the tour had been useful."
    )
    said = [names for names, _, when in _events(text, "statement") if when == date(2021, 3, 10)]
    assert said and said[0][0] == "Ana Rojas", said


def test_role_of_another_country_is_not_a_back_reference() -> None:
    text = (
        "Chilean Foreign Minister Ana Rojas said on Monday that the border was calm. "
        "A visit by the Bolivian minister, expected on March 20, could be postponed."
    )
    assert all("Ana Rojas" not in names for names, _, _ in _events(text, "visit"))


@pytest.mark.parametrize(
    ("text", "kind", "when"),
    [
        (
            "Chilean Foreign Minister Ana Rojas said the vote would go ahead as planned on Sunday.",
            "election",
            date(2021, 3, 14),
        ),
        (
            "Chilean Foreign Minister Ana Rojas said talks with Peru are planned for June.",
            "meeting",
            date(2021, 6, 1),
        ),
        (
            "Chilean Foreign Minister Ana Rojas added that the two countries would hold "
            "a joint trade forum in Santiago next month.",
            "meeting",
            date(2021, 4, 1),
        ),
    ],
)
def test_plans_in_reported_speech_are_scheduled(text: str, kind: str, when: date) -> None:
    found = _events(text, kind)
    assert any(status == "scheduled" and start == when for _, status, start in found), found


def test_light_verb_far_from_its_noun() -> None:
    text = (
        "Chile and Peru signed a pact on Monday. "
        "The two countries held their first joint coast guard exercise off Arica in January."
    )
    found = _events(text, "exercise")
    assert found and found[0][2] == date(2021, 1, 1), found


_WORDS = st.sampled_from(
    [
        "Chile",
        "Peru",
        "the",
        "minister",
        "said",
        "President",
        "Ana",
        "Rojas",
        "UN",
        "council",
        "met",
        "on",
        "Monday",
        ".",
        ",",
        "Chilean",
        "Foreign",
        "Minister",
        "talks",
        "and",
        "NATO",
    ]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=40))
def test_document_scan_finds_what_a_sentence_scan_finds(words: list[str]) -> None:
    text = " ".join(words)
    dictionary = default_dictionary()
    scan = DocumentScan(text, dictionary)
    alone, shared = DocumentPeople(), DocumentPeople()
    for sentence in split_sentences(text):
        one = find_mentions(sentence.text, sentence.start, dictionary, alone)
        two = find_mentions(sentence.text, sentence.start, dictionary, shared, (), scan)
        for mention in one + two:
            assert sentence.start <= mention.start < mention.end <= sentence.end
        assert one == two
