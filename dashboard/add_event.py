"""The add-event form's data: form fields -> a validated Event, or one line per problem."""

from __future__ import annotations

import re
from typing import Any

from pydantic import ValidationError

from timeline.model import Event

_URL = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)


def form_record(
    title: str | None,
    event_type: str | None,
    date_text: str | None,
    actors_text: str | None,
    location: str | None,
    source: str | None,
    quote: str | None,
    notes: str | None,
) -> dict[str, Any]:
    """The raw record the form describes, in the shape of an event file entry."""
    record: dict[str, Any] = {"title": (title or "").strip(), "origin": "manual"}
    if event_type:
        record["type"] = event_type
    if date_text and date_text.strip():
        record["date"] = date_text.strip()
    actors = [name.strip() for name in (actors_text or "").split(",") if name.strip()]
    if actors:
        record["actors"] = actors
    if location and location.strip():
        record["location"] = location.strip()
    source = (source or "").strip()
    quote = (quote or "").strip()
    if source or quote:
        entry: dict[str, Any] = {"quote": quote} if quote else {}
        if source:
            entry["url" if _URL.match(source) else "document"] = source
        record["sources"] = [entry]
    if notes and notes.strip():
        record["notes"] = notes.strip()
    return record


def problem_lines(error: ValidationError) -> list[str]:
    """One readable line per problem: ``date: 'Febuary 3' is not a date (write ...)``."""
    lines = []
    for item in error.errors():
        where = ".".join(
            f"[{part}]" if isinstance(part, int) else str(part) for part in item["loc"]
        ).replace(".[", "[")
        message = str(item["msg"]).removeprefix("Value error, ")
        if item["type"] == "missing":
            message = "required: fill it in"
        lines.append(f"{where}: {message}" if where else message)
    return lines


def validate_form(record: dict[str, Any]) -> tuple[Event | None, list[str]]:
    """The event the record makes, or None and the problems to show beside the form."""
    try:
        return Event.model_validate(record), []
    except ValidationError as error:
        return None, problem_lines(error)
