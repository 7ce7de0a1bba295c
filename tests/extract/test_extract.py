"""Event extraction on invented sentences: types, dates, actors, status, merging."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.extract import extract, merge_events

REF = date(2021, 3, 10)


@pytest.mark.parametrize(
    ("text", "kind", "start", "actor"),
    [
        (
            "On March 2, Foreign Minister Anna Berg met with her Chilean counterpart Luis Mora in Santiago.",
            "meeting",
            "2021-03-02",
            "Anna Berg",
        ),
        ("Kenya imposed sanctions on the firm on February 3.", "sanction", "2021-02-03", "Kenya"),
        (
            "In early February, the Japanese navy test-fired a new missile.",
            "military_display",
            "2021-02-01",
            "Japan",
        ),
        (
            "Prime Minister Tomas Ruiz arrived in Lisbon on March 4.",
            "visit",
            "2021-03-04",
            "Tomas Ruiz",
        ),
        (
            "Brazil and Argentina signed a trade agreement on March 1.",
            "agreement",
            "2021-03-01",
            "Brazil",
        ),
    ],
)
def test_invented_sentences(text: str, kind: str, start: str, actor: str) -> None:
    events = extract(text, REF)
    found = [e for e in events if e.type == kind]
    assert found, [e.model_dump(mode="json") for e in events]
    assert found[0].date is not None and found[0].date.start.isoformat() == start
    assert actor in [a.name for a in found[0].actors]


def test_future_event_is_scheduled() -> None:
    events = extract(
        "The summit between France and Germany is to be held in Paris on March 20.", REF
    )
    assert [e.status for e in events if e.type == "meeting"] == ["scheduled"]


def test_undated_statement_stays_undated_without_reference_date() -> None:
    events = extract("Spokesperson Mia Holm of Sweden said that the plan was sound.", None)
    assert events and events[0].date is None and "undated" in events[0].tags


def test_undated_statement_is_kept_undated_with_reference_date() -> None:
    # a saying that nothing dates is listed as undated, never dated to the publication day
    events = extract("Spokesperson Mia Holm of Sweden said that the plan was sound.", REF)
    statements = [e for e in events if e.type == "statement"]
    assert statements and statements[0].date is None and "undated" in statements[0].tags


def test_surname_coreference_and_one_event() -> None:
    text = (
        "Ambassador Olga Petrova of Russia said that talks matter. "
        "Petrova said in an interview on March 3 that the talks were paramount."
    )
    statements = [e for e in extract(text, REF) if e.type == "statement"]
    assert len(statements) == 1
    assert len(statements[0].sources) == 2
    assert statements[0].actors[0].name == "Olga Petrova"


def test_quotes_are_document_slices_and_ids_stable() -> None:
    text = "On March 2, Kenya imposed sanctions on the firm. Kenya said on March 3 that it would not relent."
    first, second = extract(text, REF), extract(text, REF)
    assert [e.id for e in first] == [e.id for e in second]
    for event in first:
        assert event.checksum == event.content_checksum()
        for source in event.sources:
            assert source.start is not None and source.end is not None
            assert text[source.start : source.end] == source.quote


def test_cross_article_merge_is_order_independent() -> None:
    a = extract("On March 2, Kenya imposed sanctions on the firm.", REF, document="a.txt")
    b = extract("Kenya imposed sanctions on the company on March 2.", REF, document="b.txt")
    one, two = merge_events(a + b), merge_events(b + a)
    assert [e.model_dump() for e in one] == [e.model_dump() for e in two]
    assert len(one) == 1 and len(one[0].sources) == 2


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_never_raises_and_quotes_are_substrings(text: str) -> None:
    for event in extract(text, REF):
        for source in event.sources:
            assert source.start is not None and source.end is not None
            assert text[source.start : source.end] == source.quote


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "On March 2, ",
                "Kenya ",
                "said ",
                "met with ",
                "General Ali Musa ",
                "in Nairobi",
                ". ",
                "sanctions ",
                "\n",
            ]
        ),
        max_size=30,
    )
)
def test_news_like_text_never_raises(parts: list[str]) -> None:
    text = "".join(parts)
    for event in extract(text, REF):
        assert all(
            text[s.start : s.end] == s.quote
            for s in event.sources
            if s.start is not None and s.end is not None
        )
