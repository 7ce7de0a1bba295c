"""How events look on the figure: a fixed colour and marker symbol per top-level type."""

from __future__ import annotations

from timeline.model import Event

#: colour, marker symbol per top-level type of the taxonomy (colour-blind safe palette).
TYPE_STYLES: dict[str, tuple[str, str]] = {
    "meeting": ("#0072B2", "circle"),
    "visit": ("#56B4E9", "triangle-up"),
    "statement": ("#E69F00", "square"),
    "exercise": ("#009E73", "diamond"),
    "military_display": ("#D55E00", "star"),
    "agreement": ("#117733", "hexagon"),
    "sanction": ("#CC79A7", "x"),
    "attack": ("#882255", "cross"),
    "election": ("#332288", "pentagon"),
    "other": ("#777777", "circle"),
}
FALLBACK_STYLE = ("#777777", "circle")

#: statuses drawn as "not (yet) happened": open markers, hatched or dashed windows.
NOT_OCCURRED = frozenset({"scheduled", "planned", "cancelled"})

LINK_COLOUR = "rgba(90, 90, 90, 0.55)"
WINDOW_OPACITY = 0.35


def type_style(type_name: str) -> tuple[str, str]:
    """The colour and marker symbol of a top-level type."""
    return TYPE_STYLES.get(type_name, FALLBACK_STYLE)


def type_label(type_name: str) -> str:
    """A type name as a person reads it: ``military_display`` -> ``military display``."""
    return type_name.replace("_", " ")


def style_of(event: Event) -> str:
    """``"planned"`` for events that have not (yet) happened, else ``"occurred"``."""
    return "planned" if event.status in NOT_OCCURRED else "occurred"
