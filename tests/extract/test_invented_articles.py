"""Held-out checks: invented news articles scored against their gold events.

``invented`` was written before round-1 tuning and guided round 2; ``invented2`` was
written and scored before any round-2 change, and never used to choose rules.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.evaluation.events import evaluate_events

DATA = Path(__file__).parent.parent / "data" / "extract"
GOLD = DATA / "invented" / "gold"
GOLD2 = DATA / "invented2" / "gold"
#: The project's target on unseen articles.
TARGET_F1 = 0.75
#: What the extractor reaches now (0.842); a drop below it is a regression. Undated sayings
#: are kept on the timeline as undated (the product's rule), and these gold files do not list
#: them, so each one counts as spurious here.
FLOOR_F1 = 0.83
#: The second set: 0.643 before round 2, 0.651 after with undated sayings kept.
FLOOR2_F1 = 0.64


def test_invented_articles_do_not_regress() -> None:
    totals = evaluate_events([GOLD]).totals()
    assert totals["required"] >= 30, totals
    assert totals["f1"] >= FLOOR_F1, totals


def test_invented_articles_reach_target() -> None:
    assert evaluate_events([GOLD]).totals()["f1"] >= TARGET_F1


def test_second_invented_set_does_not_regress() -> None:
    totals = evaluate_events([GOLD2]).totals()
    assert totals["required"] >= 40, totals
    assert totals["f1"] >= FLOOR2_F1, totals


@pytest.mark.xfail(
    reason="about 0.65: undated sayings the gold does not list count as spurious; misses events whose subject is a pronoun or role noun across sentences "
    "('the minister told reporters'), 'the two countries'/'the council' back-references, "
    "future plans with noun triggers ('hold a joint business forum next month'), and "
    "past-tense sentences whose weekday the temporal tagger resolves forward",
    strict=False,
)
def test_second_invented_set_reaches_target() -> None:
    assert evaluate_events([GOLD2]).totals()["f1"] >= TARGET_F1
