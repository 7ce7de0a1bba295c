"""Phrase lists: one trie pattern, and the skip of a sentence in focus that holds none of their first words."""

from __future__ import annotations

import re
from datetime import date as date_type

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.extract.phrases import (
    clear_focus,
    compile_phrases,
    focus_sentence,
    holding,
    match_keys,
)
from timeline.temporal.anchors import first_key, words


def _focused(document: str, start: int, end: int) -> None:
    offsets, keys = words(document)
    keys = match_keys(document, keys)
    inside = [(o, k) for o, k in zip(offsets, keys, strict=True) if start <= o < end]
    focus_sentence(
        document, start, end, document[start:end], [o for o, _ in inside], [k for _, k in inside]
    )


@pytest.fixture(autouse=True)
def _no_focus_left() -> None:
    clear_focus()
    yield
    clear_focus()


def test_longest_phrase_wins_and_hyphens_bend() -> None:
    pattern = compile_phrases(
        ["test-fired", "test", "held talks"], ignore_case=True, flexible_hyphen=True
    )
    found = [m.group() for m in pattern.finditer("They Test fired one, then held  talks.")]
    assert found == ["Test fired", "held  talks"]


def test_a_focused_sentence_without_a_first_word_is_skipped() -> None:
    pattern = compile_phrases(["rehearsed", "simulated"], ignore_case=True)
    document = "Troops simulated an attack. The ministers met on Monday."
    second = document.index("The")
    _focused(document, second, len(document))
    # the focused sentence has no first word: nothing to scan
    assert list(pattern.finditer(document, second, len(document))) == []
    # a span outside the focus is scanned as usual
    assert [m.group() for m in pattern.finditer(document, 0, second)] == ["simulated"]


def test_unfocused_texts_are_always_scanned() -> None:
    pattern = compile_phrases(["talks"], ignore_case=True)
    _focused("Nothing here at all.", 0, 20)
    assert pattern.search("They held talks.") is not None


def test_a_pattern_holding_a_phrase_list_skips_as_it_does() -> None:
    verbs = compile_phrases(["postponed", "cancelled"], ignore_case=True)
    ending = holding(verbs.pattern + r"\s+the\s+\w+\s*$", verbs, flags=re.I)
    document = "They postponed the summit"
    _focused(document, 0, len(document))
    assert ending.search(document) is not None
    other = "They held the summit"
    _focused(other, 0, len(other))
    assert ending.search(other) is None


@pytest.mark.parametrize(
    ("phrase", "key"),
    [
        ("Talks", "talks"),
        ("F-16 jets", "f"),
        ("9/11 attacks", "#"),
        ("’s visit", "'"),
        (": x", None),
    ],
)
def test_first_key_mirrors_the_word_keys(phrase: str, key: str | None) -> None:
    assert first_key(phrase) == key


_WORDS = st.sampled_from(
    [
        "held",
        "talks",
        "Held",
        "TALKS",
        "test",
        "fired",
        "test-fired",
        "F-16",
        "9/11",
        "the",
        "’s",
        "upheld",
        "talksgiving",
        "x",
        ":",
        ";",
        "é",
        "İstanbul",
        "istanbul",
    ]
)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(_WORDS, min_size=1, max_size=14),
    st.lists(st.lists(_WORDS, min_size=1, max_size=3), min_size=1, max_size=5),
    st.booleans(),
)
def test_the_skip_never_loses_a_match(
    sentence_words: list[str], phrases: list[list[str]], ignore_case: bool
) -> None:
    """Whatever the sentence and the phrases, focus changes no result, only the work done."""
    document = "Before. " + " ".join(sentence_words) + " After."
    start, end = 8, len(document) - 7
    pattern = compile_phrases(
        [" ".join(p) for p in phrases], ignore_case=ignore_case, flexible_hyphen=True
    )
    expected = [(m.start(), m.end()) for m in pattern.regex.finditer(document, start, end)]
    _focused(document, start, end)
    assert [(m.start(), m.end()) for m in pattern.finditer(document, start, end)] == expected
    searched = pattern.search(document, start, end)
    assert (searched.span() if searched else None) == (expected[0] if expected else None)
    # the sentence itself, as its own string
    sentence = document[start:end]
    _focus_as_string(document, start, end, sentence)
    shifted = [(s - start, e - start) for s, e in expected]
    assert [(m.start(), m.end()) for m in pattern.finditer(sentence)] == shifted
    # the whole text, tried at its words only
    offsets, keys = words(document)
    keys = match_keys(document, keys)
    whole = [(m.start(), m.end()) for m in pattern.regex.finditer(document)]
    assert [(m.start(), m.end()) for m in pattern.at_words(document, offsets, keys)] == whole


def _focus_as_string(document: str, start: int, end: int, sentence: str) -> None:
    """Focus the same sentence, held as its own string."""
    offsets, keys = words(document)
    keys = match_keys(document, keys)
    inside = [(o, k) for o, k in zip(offsets, keys, strict=True) if start <= o < end]
    focus_sentence(document, start, end, sentence, [o for o, _ in inside], [k for _, k in inside])


def test_case_blind_letters_lowering_misses_still_match() -> None:
    pattern = compile_phrases(["diyarbakir"], ignore_case=True)
    document = "The governor spoke in Diyarbakır today about the attack."
    _focused(document, 0, len(document))
    assert [m.group() for m in pattern.finditer(document, 0, len(document))] == ["Diyarbakır"]


def test_a_phrase_opening_with_a_hyphen_is_never_skipped() -> None:
    pattern = compile_phrases(["-led"], ignore_case=True, flexible_hyphen=True)
    document = "A U.S.-led coalition struck targets near the border on Monday."
    _focused(document, 0, len(document))
    assert [m.group() for m in pattern.finditer(document, 0, len(document))] == ["-led"]


def test_a_phrase_of_signs_may_touch_a_word() -> None:
    """ ";" and ", and" follow a word with no space between; a word phrase still may not."""
    pattern = compile_phrases([";", ":", ", and", "and then", "so"], ignore_case=True)
    document = "They froze funds; police said: officials met, and then also left."
    _focused(document, 0, len(document))
    found = [m.group() for m in pattern.finditer(document, 0, len(document))]
    assert found == [";", ":", ", and"]
    assert pattern.search("Soldiers also left") is None


def test_a_span_ending_inside_a_word_is_scanned() -> None:
    pattern = compile_phrases(["talk"], ignore_case=True)
    document = "They will talks soon, the two ministers said after the meeting."
    _focused(document, 0, len(document))
    assert [m.span() for m in pattern.finditer(document, 0, 14)] == [(10, 14)]


@pytest.mark.parametrize(
    "text", ["They met on FRİDAY.", "Elections on 5 APRİL 2020.", "On İndependence Day."]
)
def test_a_dotted_capital_i_never_breaks_the_tagger(text: str) -> None:
    from timeline.temporal import find_dates

    find_dates(text, date_type(2020, 4, 1))


@pytest.mark.parametrize(
    ("phrase", "text"),
    [("θ", "ϑ x"), ("ﬅ", "ﬆ x"), ("ι", "\u0345 x"), ("σ", "ς x"), ("diyarbakir", "DİYARBAKIR x")],
)
def test_every_pair_a_case_blind_pattern_takes_as_one_letter(phrase: str, text: str) -> None:
    pattern = compile_phrases([phrase], ignore_case=True)
    _focused(text, 0, len(text))
    assert [m.span() for m in pattern.finditer(text, 0, len(text))] == [
        m.span() for m in pattern.regex.finditer(text)
    ]
