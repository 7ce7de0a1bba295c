"""Searches that read a string itself instead of building a pattern for each phrase: the
whole word that cuts a title's object where its date begins, the word before a role."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.extract.people import word_before_role
from timeline.extract.pipeline import _word_position


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("the plan last year", "last year", 9),
        ("the plan lastyear", "last year", -1),
        ("Mondays and Monday", "Monday", 12),
        ("in Feb. 3rd", "Feb.", -1),
        ("in Feb.3", "Feb.", 3),
        ("on_Monday Monday", "Monday", 10),
        ("mid-March", "March", 4),
        ("", "March", -1),
    ],
)
def test_word_position(text: str, phrase: str, expected: int) -> None:
    assert _word_position(text, phrase) == expected


PIECES = ["a", "Monday", " ", "-", ".", "_", "1", "é", "Feb.", "last year", ",", "x"]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(PIECES), max_size=10).map("".join),
    st.lists(st.sampled_from(PIECES), min_size=1, max_size=3).map("".join),
)
def test_word_position_agrees_with_a_word_bounded_pattern(text: str, phrase: str) -> None:
    match = re.search(r"\b" + re.escape(phrase) + r"\b", text)
    assert _word_position(text, phrase) == (match.start() if match else -1)


ROLE_PIECES = ["ministry", " ", "spokesman", "Ministry", "_", "x", "-", "\n", "é", "defence"]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(ROLE_PIECES), max_size=10).map("".join),
    st.sampled_from(["spokesman", "ministry spokesman", "defence"]),
)
def test_the_word_before_a_role_agrees_with_its_pattern(text: str, role: str) -> None:
    match = re.search(r"\b([a-z]+)\s+" + re.escape(role) + r"\s*$", text)
    assert word_before_role(text, role) == (match.group(1) if match else None)


def test_the_word_before_a_role() -> None:
    assert word_before_role("The ministry spokesman ", "spokesman") == "ministry"
    assert word_before_role("The Ministry spokesman", "spokesman") is None
    assert word_before_role("spokesman", "spokesman") is None
