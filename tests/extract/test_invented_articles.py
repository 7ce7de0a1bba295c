"""Held-out check: invented news articles (written before tuning) scored against their gold events."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.evaluation.events import evaluate_events

GOLD = Path(__file__).parent.parent / "data" / "extract" / "invented" / "gold"
#: The project's target on unseen articles.
TARGET_F1 = 0.75
#: What the extractor reaches now; a drop below it is a regression.
FLOOR_F1 = 0.70


def test_invented_articles_do_not_regress() -> None:
    totals = evaluate_events([GOLD]).totals()
    assert totals["required"] >= 30, totals
    assert totals["f1"] >= FLOOR_F1, totals


@pytest.mark.xfail(
    reason="about 0.71: missed events need triggers the taxonomy lacks ('passed a law', "
    "'closed border crossings', 'inspected'), and some relative weekdays resolve forward",
    strict=False,
)
def test_invented_articles_reach_target() -> None:
    assert evaluate_events([GOLD]).totals()["f1"] >= TARGET_F1
