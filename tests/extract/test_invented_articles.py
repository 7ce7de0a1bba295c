"""Held-out checks: invented news articles scored against their gold events.

``invented`` was written before round-1 tuning and guided round 2; ``invented2`` was
written and scored before any round-2 change and guided round 3; ``invented3`` was
written and scored before any round-3 change, and never used to choose rules;
``invented4`` was written and scored before any round-4 change (0.529), but its
results were looked at during round 4, so it is no longer a clean held-out set.
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
GOLD4 = DATA / "invented4" / "gold"
#: The project's target on unseen articles.
TARGET_F1 = 0.75
#: What the extractor reaches now (0.892 after round 4); a drop below it is a regression.
FLOOR_F1 = 0.88
#: The second set: 0.683 before round 3 (with undated sayings listed as optional), 0.732 now.
FLOOR2_F1 = 0.72
#: The third set: 0.577 before round 3, 0.643 after round 4.
FLOOR3_F1 = 0.63
#: The fourth set: 0.529 before round 4, 0.704 after.
FLOOR4_F1 = 0.69


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
    reason="about 0.64: misses appointments with a gap ('named X as prime minister'), "
    "sayings dated only by an earlier sentence ('told a closing news conference'), "
    "and events whose date is a deadline ('by February 23')",
    strict=False,
)
def test_third_invented_set_reaches_target() -> None:
    assert evaluate_events([GOLD3]).totals()["f1"] >= TARGET_F1


def test_fourth_invented_set_does_not_regress() -> None:
    totals = evaluate_events([GOLD4]).totals()
    assert totals["required"] >= 35, totals
    assert totals["f1"] >= FLOOR4_F1, totals


@pytest.mark.xfail(
    reason="about 0.70: misses events dated only by an earlier sentence ('held bilateral "
    "talks on the sidelines of the funeral'), subjects that are not actors ('Police "
    "detained', 'The quake hit the Jajarkot district'), and the temporal tagger puts "
    "'will travel ... on May 28' and 'in November' (future) in the previous year",
    strict=False,
)
def test_fourth_invented_set_reaches_target() -> None:
    assert evaluate_events([GOLD4]).totals()["f1"] >= TARGET_F1
