"""Filter state and its query-string form, so a filtered view is a link that survives reload.

``?actor=North+Korea&type=meeting&from=2019-01-01&to=2019-03-01&q=summit&scheduled=0&undated=0``
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from typing import Any
from urllib.parse import parse_qs, urlencode

from timeline.taxonomy import TOP_LEVEL_TYPES

#: Values of the toggles checklist; a toggle that is on shows that kind of event.
SHOW_SCHEDULED = "scheduled"
SHOW_UNDATED = "undated"
TOGGLES = (SHOW_SCHEDULED, SHOW_UNDATED)


@dataclass(frozen=True)
class FilterState:
    """What the reader asked to see: empty actors or types mean all of them."""

    actors: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    date_from: date | None = None
    date_to: date | None = None
    text: str = ""
    show_scheduled: bool = True
    show_undated: bool = True

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready mapping, for a dcc.Store."""
        data = asdict(self)
        data["actors"] = list(self.actors)
        data["types"] = list(self.types)
        data["date_from"] = self.date_from.isoformat() if self.date_from else None
        data["date_to"] = self.date_to.isoformat() if self.date_to else None
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> FilterState:
        """The state stored by ``to_dict`` (or the default state for None)."""
        if not data:
            return cls()
        return cls(
            actors=tuple(str(a) for a in data.get("actors") or ()),
            types=_known_types(data.get("types") or ()),
            date_from=parse_day(data.get("date_from")),
            date_to=parse_day(data.get("date_to")),
            text=str(data.get("text") or "").strip(),
            show_scheduled=bool(data.get("show_scheduled", True)),
            show_undated=bool(data.get("show_undated", True)),
        )

    @property
    def toggles(self) -> list[str]:
        """The values of the toggles checklist that are on."""
        return [
            name
            for name, on in (
                (SHOW_SCHEDULED, self.show_scheduled),
                (SHOW_UNDATED, self.show_undated),
            )
            if on
        ]


def parse_day(value: object) -> date | None:
    """An ISO day (the date picker also sends ``2019-01-01T00:00:00``), else None."""
    if not isinstance(value, str) or not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _known_types(values: Any) -> tuple[str, ...]:
    return tuple(v for v in (str(x) for x in values) if v in TOP_LEVEL_TYPES)


def _off(values: list[str]) -> bool:
    return bool(values) and values[-1].strip().lower() in ("0", "false", "no", "off")


def _last(query: dict[str, list[str]], key: str) -> str | None:
    values = query.get(key)
    return values[-1] if values else None


def parse_query(search: str | None) -> FilterState:
    """The filter state a query string asks for; unknown keys and bad values are ignored."""
    query = parse_qs((search or "").lstrip("?"), keep_blank_values=False)
    actors = tuple(dict.fromkeys(a.strip() for a in query.get("actor", []) if a.strip()))
    return FilterState(
        actors=actors,
        types=tuple(dict.fromkeys(_known_types(query.get("type", [])))),
        date_from=parse_day(_last(query, "from")),
        date_to=parse_day(_last(query, "to")),
        text=(_last(query, "q") or "").strip(),
        show_scheduled=not _off(query.get("scheduled", [])),
        show_undated=not _off(query.get("undated", [])),
    )


def to_query(state: FilterState) -> str:
    """The query string for a filter state ('' for the default view), with its leading '?'."""
    pairs: list[tuple[str, str]] = [("actor", a) for a in state.actors]
    pairs += [("type", t) for t in state.types]
    if state.date_from:
        pairs.append(("from", state.date_from.isoformat()))
    if state.date_to:
        pairs.append(("to", state.date_to.isoformat()))
    if state.text:
        pairs.append(("q", state.text))
    if not state.show_scheduled:
        pairs.append(("scheduled", "0"))
    if not state.show_undated:
        pairs.append(("undated", "0"))
    return "?" + urlencode(pairs) if pairs else ""


def from_controls(
    actors: list[str] | str | None,
    types: list[str] | None,
    start: str | None,
    end: str | None,
    text: str | None,
    toggles: list[str] | None,
) -> FilterState:
    """The filter state the controls show."""
    if isinstance(actors, str):
        actors = [actors]
    toggles = toggles or []
    return FilterState(
        actors=tuple(dict.fromkeys(actors or ())),
        types=_known_types(types or ()),
        date_from=parse_day(start),
        date_to=parse_day(end),
        text=(text or "").strip(),
        show_scheduled=SHOW_SCHEDULED in toggles,
        show_undated=SHOW_UNDATED in toggles,
    )
