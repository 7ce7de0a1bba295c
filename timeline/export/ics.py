"""Events as an iCalendar file: all-day events over each date's whole window."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

import icalendar

from timeline.figure_text import date_wording, first_quote, first_url
from timeline.model import Event

PRODUCT_ID = "-//timeline//timeline export//EN"
UID_DOMAIN = "timeline"
#: iCalendar STATUS of each event status (VEVENT allows TENTATIVE, CONFIRMED, CANCELLED).
ICS_STATUS = {
    "occurred": "CONFIRMED",
    "reported": "CONFIRMED",
    "scheduled": "TENTATIVE",
    "planned": "TENTATIVE",
    "uncertain": "TENTATIVE",
    "cancelled": "CANCELLED",
}


def description_of(event: Event) -> str:
    """The VEVENT description: date as written (with its window when fuzzy), actors, source."""
    assert event.date is not None
    lines = [f"Date as written: {date_wording(event.date)}"]
    if event.actors:
        lines.append("Actors: " + "; ".join(actor.name for actor in event.actors))
    kind = event.type + (f" / {event.subtype}" if event.subtype else "")
    lines.append(f"Type: {kind}; status: {event.status}")
    if quote := first_quote(event):
        lines.append(f"Source: “{quote}”")
    if url := first_url(event):
        lines.append(url)
    return "\n".join(lines)


def vevent_of(event: Event, stamp: datetime) -> icalendar.Event:
    """An all-day VEVENT from the first day of the event's window to the day after its last."""
    assert event.date is not None
    found = icalendar.Event()
    found.add("uid", f"{event.id}@{UID_DOMAIN}")
    found.add("dtstamp", stamp)
    found.add("dtstart", event.date.start)
    found.add("dtend", event.date.end + timedelta(days=1))
    found.add("summary", event.title)
    found.add("description", description_of(event))
    found.add("categories", [event.type])
    found.add("status", ICS_STATUS[event.status])
    if event.location:
        found.add("location", event.location)
    url = first_url(event)
    if url and url.startswith(("http://", "https://")):
        found.add("url", url)
    return found


def render_ics(events: Sequence[Event], *, title: str | None = None, generated: datetime) -> bytes:
    """A VCALENDAR with one VEVENT per dated event; undated events are left out."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    if title:
        calendar.add("x-wr-calname", title)
    for event in events:
        if event.date is not None:
            calendar.add_component(vevent_of(event, generated))
    return calendar.to_ical()
