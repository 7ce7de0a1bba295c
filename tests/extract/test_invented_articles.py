"""Held-out checks: invented news articles scored against their gold events.

``invented`` was written before round-1 tuning and guided round 2; ``invented2`` was
written and scored before any round-2 change and guided round 3; ``invented3`` was
written and scored before any round-3 change, and never used to choose rules.
All gold files list undated sayings as optional events (the worked example's convention).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.evaluation.events import evaluate_events

DATA = Path(__file__).parent.parent / "data" / "extract"
GOLD = DATA / "invented" / "gold"
GOLD2 = DATA / "invented2" / "gold"
GOLD3 = DATA / "invented3" / "gold"
#: The project's target on unseen articles.
TARGET_F1 = 0.75
#: What the extractor reaches now (0.904 after round 3); a drop below it is a regression.
FLOOR_F1 = 0.89
#: The second set: 0.683 before round 3 (with undated sayings listed as optional), 0.723 after.
FLOOR2_F1 = 0.71
#: The third set: 0.577, scored once before and once after round 3.
FLOOR3_F1 = 0.56


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
    reason="about 0.72: misses sayings dated only by an earlier sentence ('told reporters "
    "after meeting'), subjects that are unnamed groups ('the rebels attacked'), actions "
    "without a trigger word ('sent a contingent', 'exchanged prisoners'), and a plan's date "
    "refined by the next sentence ('next month ... from September 9 to 15')",
    strict=False,
)
def test_second_invented_set_reaches_target() -> None:
    assert evaluate_events([GOLD2]).totals()["f1"] >= TARGET_F1


def test_third_invented_set_does_not_regress() -> None:
    totals = evaluate_events([GOLD3]).totals()
    assert totals["required"] >= 25, totals
    assert totals["f1"] >= FLOOR3_F1, totals


@pytest.mark.xfail(
    reason="about 0.58 on a set never used to choose rules: misses resignations and "
    "appointments (no trigger words), clashes named by a noun with 'broke out', "
    "walk-outs, and events whose date is a deadline ('by February 23')",
    strict=False,
)
def test_third_invented_set_reaches_target() -> None:
    assert evaluate_events([GOLD3]).totals()["f1"] >= TARGET_F1
