"""Round-2 rules: CAMEO verbs without a noun trigger, date choice, backgrounds and purposes."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.extract import extract

#: Wednesday 10 March 2021.
REF = date(2021, 3, 10)


@pytest.mark.parametrize(
    ("text", "kind", "day"),
    [
        ("On March 2, Poland's parliament passed a law on border security.", "other", 2),
        ("President Anna Berg of Poland inspected a navy base on March 3.", "other", 3),
        ("Poland closed the border with Lithuania on March 4.", "other", 4),
        ("Poland suspended talks with Lithuania on March 5.", "sanction", 5),
        ("Poland expelled two Lithuanian diplomats on March 5.", "sanction", 5),
        ("Poland recalled its ambassador to Lithuania on March 6.", "sanction", 6),
        ("Polish forces launched an offensive against Lithuania on March 7.", "attack", 7),
        ("President Anna Berg of Poland hosted the leaders of Lithuania on March 8.", "meeting", 8),
        ("Poland freed 40 prisoners on March 8.", "other", 8),
        ("Poland and Lithuania signed a memorandum of understanding on March 9.", "agreement", 9),
        ("Poland threatened Lithuania with retaliation on March 9.", "statement", 9),
        ("Poland put its navy on alert on March 9.", "military_display", 9),
    ],
)
def test_cameo_verbs_report_events(text: str, kind: str, day: int) -> None:
    events = extract(text, REF)
    assert [e.date.start for e in events if e.type == kind and e.date] == [date(2021, 3, day)]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a gerund after a preposition names an activity, it does not report one
        ("On March 2, Poland banned ten officials from travelling to Lithuania.", "visit"),
        # a participle clause set off by commas is background to the sentence's news
        ("The sanctions, agreed by ministers at a meeting, took effect on March 2.", "agreement"),
        # a noun reading of an attack word is not an attack
        ("On March 2, Poland's parliament passed a law allowing nuclear strikes.", "attack"),
    ],
)
def test_not_an_event(text: str, kind: str) -> None:
    assert not [e for e in extract(text, REF) if e.type == kind]


def test_meeting_that_is_a_visits_purpose_is_one_event() -> None:
    text = "President Anna Berg of Poland will travel to Lithuania on March 12 for talks."
    events = extract(text, REF)
    assert [e.type for e in events] == ["visit"]


def test_date_after_the_verb_beats_one_across_and() -> None:
    text = (
        "President Anna Berg of Poland will address parliament on March 11 "
        "and will travel to Lithuania on March 12."
    )
    visits = [e for e in extract(text, REF) if e.type == "visit"]
    assert [v.date.start for v in visits if v.date] == [date(2021, 3, 12)]


def test_two_dated_events_of_one_type_in_one_sentence_stay_apart() -> None:
    text = (
        "Two soldiers were killed in an ambush on March 1, and Polish forces "
        "launched an offensive against Lithuania on March 5."
    )
    attacks = sorted(e.date.start for e in extract(text, REF) if e.type == "attack" and e.date)
    assert attacks == [date(2021, 3, 1), date(2021, 3, 5)]
