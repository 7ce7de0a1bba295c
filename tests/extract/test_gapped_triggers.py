"""Round-6 rules: triggers with a gap, "he" before an irregular verb, sayings after a dated vote."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.extract import extract
from timeline.extract.triggers import default_matcher

PUBLISHED = date(2025, 10, 14)


@pytest.mark.parametrize(
    ("text", "trigger", "kind"),
    [
        ("the president named Finance Minister Ana Horvat as prime minister", "named", "other"),
        ("Croatia flew two planes with aid to Zagreb", "flew", "visit"),
        ("the two sides exchanged 40 prisoners", "exchanged", "other"),
        ("Chinese ships fired water cannon at a Philippine vessel", "fired", "attack"),
        ("Kovac spoke with his Serbian counterpart by telephone", "spoke", "meeting"),
    ],
)
def test_a_gapped_trigger_spans_only_its_verb(text: str, trigger: str, kind: str) -> None:
    found = [m for m in default_matcher().find(text) if m.text == trigger]
    assert [m.spec.type for m in found] == [kind]


@pytest.mark.parametrize(
    ("text", "trigger", "lemma"),
    [
        # the longest head ("filed a ... protest") has no tail here; the shorter one has
        ("the opposition filed a lawsuit on Monday", "filed", "file ... lawsuit"),
        ("the opposition filed a formal protest on Monday", "filed a", "file a ... protest"),
    ],
)
def test_a_shorter_head_is_tried_when_the_longest_has_no_tail(
    text: str, trigger: str, lemma: str
) -> None:
    found = [m for m in default_matcher().find(text) if m.text == trigger]
    assert [m.spec.lemma for m in found] == [lemma]


def test_a_gap_does_not_cross_a_clause() -> None:
    text = "Croatia flew the planes, and officials went to Zagreb"
    assert not any(m.text == "flew" for m in default_matcher().find(text))


@pytest.mark.parametrize(
    ("text", "kind", "day", "actor"),
    [
        (
            "President Ivan Kovac named Finance Minister Ana Horvat as prime minister on Monday.",
            "other",
            date(2025, 10, 13),
            "Ana Horvat",
        ),
        (
            "Party leader Ivan Kovac claimed victory on Sunday. "
            "He met leaders of the liberal Centre party on Monday afternoon.",
            "meeting",
            date(2025, 10, 13),
            "Ivan Kovac",
        ),
        (
            "The Security Council adopted a British resolution on Sudan on Thursday. British "
            "ambassador Margaret Holloway told reporters after the vote that it was a step forward.",
            "statement",
            date(2025, 10, 9),
            "Margaret Holloway",
        ),
    ],
)
def test_round_six_events_are_found_and_dated(text: str, kind: str, day: date, actor: str) -> None:
    events = extract(text, PUBLISHED)
    assert any(
        e.type == kind
        and e.date is not None
        and e.date.start == day
        and actor in {a.name for a in e.actors}
        for e in events
    ), [(e.type, e.date, [a.name for a in e.actors]) for e in events]
