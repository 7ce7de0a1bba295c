"""``combine`` on one mention: given back as is when already in combined form, else normalised."""

from __future__ import annotations

from timeline.extract.merge import combine
from timeline.model import Event


def _event(actors: list[str], tags: list[str], when: str | None = "2019-02-03") -> Event:
    return Event.model_validate(
        {
            "title": "Talks",
            "type": "meeting",
            "date": when,
            "actors": actors,
            "tags": tags,
            "sources": [{"document": "b.txt", "start": 9, "quote": "met"}],
        }
    )


def test_a_settled_single_mention_is_given_back_unchanged() -> None:
    event = _event(["Kenya", "Uganda"], ["country-inferred", "date-inferred"])
    assert combine([event]) is event


def test_a_single_mention_is_normalised_as_a_group_would_be() -> None:
    event = _event(["Kenya", "Kenya", "Uganda"], ["undated", "date-inferred"])
    combined = combine([event])
    assert [a.name for a in combined.actors] == ["Kenya", "Uganda"]
    # a dated event is no longer "undated"; the tags come sorted
    assert combined.tags == ["date-inferred"]
