"""Precision, recall and F1 as the scorers report them: a score over nothing is None."""

from __future__ import annotations


def ratio(part: int, whole: int) -> float | None:
    """``part / whole``, or None for 0/0: a score over nothing is unknown, not perfect or zero."""
    return part / whole if whole else None


def f1_score(precision: float | None, recall: float | None) -> float | None:
    """The harmonic mean of precision and recall; None when either is unknown."""
    if precision is None or recall is None:
        return None
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0
