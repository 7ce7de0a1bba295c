"""The temporal expression record every part of timeline passes around."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any


@dataclass(frozen=True)
class Timex:
    """One temporal expression: where it is in the text, its TimeML value and its calendar window."""

    text: str
    start: int
    end: int
    type: str
    value: str
    mod: str | None = None
    date_start: date | None = None
    date_end: date | None = None
    precision: str | None = None
    anchored_to_reference: bool = False

    def to_json(self) -> dict[str, Any]:
        """The stable JSON contract: text, offsets, type, value, mod and the inclusive window."""
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "type": self.type,
            "value": self.value,
            "mod": self.mod,
            "date_start": self.date_start.isoformat() if self.date_start else None,
            "date_end": self.date_end.isoformat() if self.date_end else None,
            "precision": self.precision,
            "anchored_to_reference": self.anchored_to_reference,
        }
