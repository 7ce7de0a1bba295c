"""Temporal tagging: find the dates, times, durations and sets in a text and resolve them.

``find_dates(text, reference)`` returns ``Timex`` records with TimeML (TIMEX3)
values and inclusive calendar windows; ``parse_date_phrase`` reads one
standalone phrase such as "late January 2019".
"""

from __future__ import annotations

from timeline.temporal.phrase import parse_date_phrase
from timeline.temporal.tagger import find_dates
from timeline.temporal.timex import Timex

__all__ = ["Timex", "find_dates", "parse_date_phrase"]
