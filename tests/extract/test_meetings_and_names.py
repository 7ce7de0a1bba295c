"""Meeting partners, family-name-first surnames, national institutions, affiliations and places.

Every sentence is invented; the rules are general, so they hold for names and
organisations no dictionary knows.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.extract import extract
from timeline.extract.mentions import surname

PUBLISHED = date(2031, 5, 20)


def _only(text: str):  # type: ignore[no-untyped-def]
    events = extract(text, PUBLISHED)
    assert len(events) == 1, [e.title for e in events]
    return events[0]


@pytest.mark.parametrize(
    ("text", "title", "actors"),
    [
        (
            "The Zorblax Council met with Kim Jong-un in Hanoi on 3 May 2031.",
            "Zorblax Council meets Kim in Hanoi",
            ["Zorblax Council", "Kim Jong-un"],
        ),
        (
            "The Velmora Institute held talks with Park Min-seo on 4 May 2031.",
            "Velmora Institute meets Park",
            ["Velmora Institute", "Park Min-seo"],
        ),
        (
            "The Quentar Party met Anselm Rotbach in Vienna on 6 May 2031.",
            "Quentar Party meets Rotbach in Vienna",
            ["Quentar Party", "Anselm Rotbach"],
        ),
        (
            "Russian President Vladimir Putin held talks with Li Wenhao in Moscow on 5 May 2031.",
            "Putin meets Li in Moscow",
            ["Vladimir Putin", "Li Wenhao"],
        ),
    ],
)
def test_object_of_meeting_is_an_actor_and_in_title(
    text: str, title: str, actors: list[str]
) -> None:
    event = _only(text)
    assert event.title == title
    names = [a.name for a in event.actors]
    assert all(name in names for name in actors), names


@pytest.mark.parametrize(
    ("name", "country", "short"),
    [
        ("Xi Jinping", "CHN", "Xi"),
        ("Xi Jinping", None, "Xi"),
        ("Kim Jong-un", "PRK", "Kim"),
        ("Nguyen Phu Trong", "VNM", "Nguyen"),
        ("Moon Jae-in", None, "Moon"),
        ("Shinzo Abe", "JPN", "Abe"),
        ("Stephen Biegun", "USA", "Biegun"),
        ("Lee Anderson", "GBR", "Anderson"),
        ("Kim Darroch", "GBR", "Darroch"),
        ("Ursula von der Leyen", None, "Leyen"),
        ("Madonna", None, "Madonna"),
    ],
)
def test_surname(name: str, country: str | None, short: str) -> None:
    assert surname(name, country) == short


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        (
            "Chinese President Wang Haoran met Brazilian President Ana Lobo in Beijing on"
            " 8 May 2031. Wang said on 9 May that the talks were useful.",
            ["Wang meets Lobo in Beijing", "Wang makes statement"],
        ),
        (
            "North Korean leader Kim Jong-un met Chinese President Xi Jinping in Beijing on"
            " 8 May 2031. Xi said on 9 May that the talks were useful. Kim said on 10 May"
            " that he would return.",
            ["Kim meets Xi in Beijing", "Xi makes statement", "Kim makes statement"],
        ),
    ],
)
def test_family_name_first_corefers(text: str, titles: list[str]) -> None:
    events = extract(text, PUBLISHED)
    assert [e.title for e in events] == titles
    assert events[1].actors[0].name != events[0].actors[0].name or len(titles) == 2
    assert all(a.name not in {"Jinping", "Haoran"} for e in events for a in e.actors)


@pytest.mark.parametrize(
    ("text", "owner", "country"),
    [
        ("The ROK military exhibited a new missile on 4 May 2031.", "South Korean military", "KOR"),
        ("Philippine police detained two men on 4 May 2031.", "Philippine police", "PHL"),
        ("The French navy conducted drills on 4 May 2031.", "French navy", "FRA"),
    ],
)
def test_country_institution_is_named_for_its_country(text: str, owner: str, country: str) -> None:
    event = _only(text)
    names = {a.name: a.country for a in event.actors}
    assert names.get(owner) == country, names
    assert not {"Military", "Police", "Navy"} & set(names)


@pytest.mark.parametrize(
    ("text", "location", "not_actor"),
    [
        (
            "Mira Castell, senior director of the Nordic Energy Program at the Larkspur"
            " Institute, said on 2 May 2031 that the deal was weak.",
            None,
            "Nordic Energy Program",
        ),
        (
            "Tomas Ekberg, a spokesman at the Corran Foundation, said on 2 May 2031 that talks"
            " had stalled.",
            None,
            None,
        ),
        (
            "Tomas Ekberg, head of the Arctic Studies Department at Velden University, met"
            " Anna Ruiz in Oslo on 2 May 2031.",
            "Oslo",
            "Arctic Studies Department",
        ),
    ],
)
def test_affiliation_is_neither_place_nor_actor(
    text: str, location: str | None, not_actor: str | None
) -> None:
    event = _only(text)
    assert event.location == location
    if not_actor is not None:
        assert not_actor not in [a.name for a in event.actors]
