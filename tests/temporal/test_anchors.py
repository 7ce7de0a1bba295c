"""The anchored scan misses no match: every kind's pattern is tried wherever it can match at a word."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.temporal import find_dates
from timeline.temporal.anchors import TOKEN, candidate_starts, starts, words, words_of
from timeline.temporal.lexicon import lexicon
from timeline.temporal.patterns import patterns

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"


def _vocabulary() -> list[str]:
    """Every word and phrase of the lexicon, a few cased variants, and date-like tokens."""
    lex = lexicon()
    phrases = [
        *lex.months,
        *lex.weekdays,
        *lex.numbers,
        *lex.vague_quantities,
        *lex.ordinals,
        *lex.units,
        *(unit + "s" for unit in lex.units),
        *lex.seasons,
        *lex.parts_of_day,
        *lex.fuzzy_modifiers,
        *lex.approx_modifiers,
        *lex.reference_words,
        *lex.frequency_words,
        *lex.holidays,
        *lex.national_days,
    ]
    phrases += [p.capitalize() for p in phrases] + [p.upper() for p in phrases[:40]]
    phrases += [
        "the",
        "a",
        "an",
        "of",
        "in",
        "on",
        "from",
        "between",
        "to",
        "and",
        "ago",
        "later",
        "before",
        "after",
        "every",
        "other",
        "times",
    ]
    phrases += [
        "weekend",
        "quarter",
        "half",
        "fiscal",
        "FY",
        "Q3",
        "H1",
        "century",
        "decade",
        "period",
        "noon",
        "a.m.",
        "p.m.",
        "GMT",
    ]
    phrases += [
        "2019",
        "1850",
        "27",
        "3",
        "1,500",
        "2.5",
        "3:30",
        "'90s",
        "1990s",
        "mid-2011",
        "27th",
        "21st",
        "2019-02-19",
        "02/19/2019",
    ]
    phrases += ["19.02.2019", "2019-02", "-", "–", ",", ".", "\n", "troops", "was", "will"]
    return phrases


VOCABULARY = _vocabulary()
TEXTS = st.lists(st.sampled_from(VOCABULARY), max_size=16).map(" ".join)


def assert_no_match_missed(text: str) -> None:
    """Each kind matches at a word start only where ``candidate_starts`` tells to try it."""
    tried = candidate_starts(text)
    for kind, pattern in patterns().kinds:
        for m in TOKEN.finditer(text):
            found = pattern.match(text, m.start())
            if found and found.end() > m.start():
                assert m.start() in tried.get(kind, []), (kind, text, found.group())


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_no_match_missed_on_word_soup(text: str) -> None:
    assert_no_match_missed(text)


@pytest.mark.parametrize("path", sorted(CORPUS.rglob("*.txt"))[:6], ids=lambda p: p.name)
def test_no_match_missed_on_articles(path: Path) -> None:
    assert_no_match_missed(path.read_text(encoding="utf-8"))


def test_every_kind_has_a_start_rule() -> None:
    assert [kind for kind, _ in patterns().kinds] == list(starts())


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("the '90s", ["the", "'", "#", "s"]),
        ("St. Patrick's Day", ["st", "patrick", "'", "s", "day"]),
        ("1,500 troops", ["#", "#", "troops"]),
        ("Q3 2018", ["q", "#", "#"]),
    ],
)
def test_words_of(phrase: str, expected: list[str]) -> None:
    assert words_of(phrase) == expected


def test_words_keep_offsets_when_lowercasing_changes_length() -> None:
    text = "İstanbul talks on 3 March 2019"  # "İ" lowercases to two characters
    offsets, keys = words(text)
    assert keys[-3:] == ["#", "march", "#"]
    assert text[offsets[-2] : offsets[-2] + 5] == "March"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number inside a longer one is not the start of an expression
        ("The index stood at 12345 days ago levels.", []),
        ("Prices 02/19/2019 nights earlier", [("02/19/2019", "2019-02-19")]),
        ("Revenue fell less than weeks later.", []),
    ],
)
def test_no_expression_starts_inside_a_word(text: str, expected: list[tuple[str, str]]) -> None:
    found = find_dates(text, date(2019, 2, 19))
    assert [(t.text, t.value) for t in found] == expected
