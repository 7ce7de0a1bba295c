"""The event record: ``Event`` with its ``FuzzyDate``, ``Actor`` and ``Source``.

Strict pydantic v2 models: unknown keys are errors and every field has a
description, so the JSON Schema generated from them documents the YAML files.
They are also forgiving to write by hand: ``date: late January 2019``,
``actors: [Ana Costa]`` and an omitted ``id`` are all read into full records.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import date, datetime
from functools import cache
from importlib import resources
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    GetJsonSchemaHandler,
    field_validator,
    model_validator,
)
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema

from timeline.taxonomy import TOP_LEVEL_TYPES, EventTypeName, load_taxonomy
from timeline.temporal import timeml
from timeline.temporal.timeml import Mod

Precision = Literal[
    "time", "day", "week", "month", "quarter", "season", "half", "year", "decade", "century"
]
Status = Literal["occurred", "scheduled", "planned", "reported", "cancelled", "uncertain"]
Origin = Literal["extracted", "manual"]
ActorKind = Literal["person", "country", "organization", "group", "unknown"]

_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ID = re.compile(r"^[a-z0-9][a-z0-9._-]*$")

DATE_HINT = 'write 2019-02-03, 2019-02, "late January 2019" or {start: 2019-02-27, end: 2019-02-28}'


class StrictModel(BaseModel):
    """Base for every record: unknown keys are errors, whitespace is trimmed."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, validate_assignment=True)


def _with_shorthands(
    schema: JsonSchemaValue,
    handler: GetJsonSchemaHandler,
    shorthands: list[JsonSchemaValue],
    optional: tuple[str, ...] = (),
) -> JsonSchemaValue:
    """Let the published schema accept the hand-written shorthands a model reads, too."""
    resolved = handler.resolve_ref_schema(schema)
    full = {k: v for k, v in resolved.items() if k not in {"title", "description"}}
    if optional:
        required = [name for name in full.get("required", []) if name not in optional]
        full.pop("required", None)
        if required:
            full["required"] = required
    header: dict[str, Any] = {k: resolved[k] for k in ("title", "description") if k in resolved}
    resolved.clear()
    resolved.update({**header, "anyOf": [*shorthands, full]})
    return schema


class FuzzyDate(StrictModel):
    """A date known to some precision: an inclusive window of days, with its wording.

    "late January 2019" is ``start: 2019-01-21, end: 2019-01-31, precision: month,
    mod: END, value: 2019-01``.
    """

    start: date = Field(description="First day of the window the date stands for (inclusive).")
    end: date = Field(description="Last day of the window (inclusive); equal to start for one day.")
    precision: Precision = Field(
        default="day",
        description="Granularity the date is stated at: day, week, month, quarter, season, half, year, decade, century or time.",
    )
    mod: Mod | None = Field(
        default=None,
        description="TimeML modifier: START (early, beginning of), MID, END (late, end of), APPROX, BEFORE, AFTER...",
    )
    text: str | None = Field(
        default=None, description='The date as written in the source, e.g. "late January".'
    )
    value: str | None = Field(
        default=None,
        description="TimeML TIMEX3 value, e.g. 2019-02-03, 2019-01, 2019-SU, 2019-Q1, 201 (a decade).",
    )

    @model_validator(mode="before")
    @classmethod
    def _read_shorthand(cls, data: Any) -> Any:
        """Accept a day, an ISO value, a phrase or a partial mapping as written by hand."""
        return fuzzy_date_fields(data)

    @classmethod
    def __get_pydantic_json_schema__(
        cls, core_schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        """Publish the shorthands too: a day, a month, a phrase, a year or a partial window."""
        shorthands: list[JsonSchemaValue] = [
            {
                "type": "string",
                "description": "A day (2019-02-03), a TimeML value (2019-02, 2019-SU, 2019-Q1) "
                'or a phrase ("late January 2019", "mid-2019").',
            },
            {"type": "integer", "description": "A year, e.g. 2019."},
        ]
        return _with_shorthands(
            handler(core_schema), handler, shorthands, optional=("start", "end")
        )

    @model_validator(mode="after")
    def _check_order(self) -> FuzzyDate:
        if self.end < self.start:
            raise ValueError(
                f"end {self.end.isoformat()} is before start {self.start.isoformat()} (swap them)"
            )
        return self

    @classmethod
    def from_value(cls, value: str, mod: str | None = None, text: str | None = None) -> FuzzyDate:
        """The date a TIMEX3 value (with an optional mod) stands for."""
        return cls.model_validate({"value": value, "mod": mod, "text": text})

    def label(self) -> str:
        """How to show the date to a person: the original wording, else the value or window."""
        if self.text:
            return self.text
        if self.start == self.end:
            return self.start.isoformat()
        if self.value:
            return self.value if not self.mod else f"{self.value} ({self.mod.lower()})"
        return f"{self.start.isoformat()} – {self.end.isoformat()}"

    @property
    def is_fuzzy(self) -> bool:
        """Whether the date is wider than one day."""
        return self.start != self.end


def _from_value(value: str, mod: Any, text: Any) -> dict[str, Any]:
    found = timeml.base_window(value)
    if found is None:
        raise ValueError(f"{value!r} is not a date ({DATE_HINT})")
    window = timeml.narrow(found, mod if isinstance(mod, str) else None)
    out: dict[str, Any] = {"start": window[0], "end": window[1], "precision": found[2]}
    out["value"] = value
    if mod is not None:
        out["mod"] = mod
    if text is not None:
        out["text"] = text
    return out


def _from_phrase(phrase: str) -> dict[str, Any]:
    """Read a phrase like "late January 2019" with the temporal engine."""
    try:
        from timeline.temporal import parse_date_phrase
    except ImportError:
        raise ValueError(
            f"{phrase!r} cannot be read: this installation has no date-phrase reader ({DATE_HINT})"
        ) from None

    found = parse_date_phrase(phrase, None)
    if found is None or found.date_start is None or found.date_end is None:
        raise ValueError(f"{phrase!r} is not a date ({DATE_HINT})")
    out: dict[str, Any] = {
        "start": found.date_start,
        "end": found.date_end,
        "precision": found.precision or "day",
        "text": phrase,
        "value": found.value,
    }
    if found.mod:
        out["mod"] = found.mod
    return out


def fuzzy_date_fields(data: Any) -> Any:
    """Normalise hand-written date shorthands into the fields of ``FuzzyDate``."""
    if isinstance(data, FuzzyDate):
        return data
    if isinstance(data, datetime):
        data = data.date()
    if isinstance(data, date):
        return {"start": data, "end": data, "precision": "day", "value": data.isoformat()}
    if isinstance(data, bool):
        raise ValueError(f"{data!r} is not a date ({DATE_HINT})")
    if isinstance(data, int):
        data = str(data)
    if isinstance(data, str):
        text = data.strip()
        if not text:
            raise ValueError(f"an empty date is not a date ({DATE_HINT}, or null when unknown)")
        if _ISO_DAY.match(text):
            try:
                day = date.fromisoformat(text)
            except ValueError:
                raise ValueError(f"{text!r} is not a date: no such day ({DATE_HINT})") from None
            return {"start": day, "end": day, "precision": "day", "value": text}
        if timeml.base_window(text) is not None:
            return _from_value(text, None, None)
        return _from_phrase(text)
    if isinstance(data, dict):
        fields = dict(data)
        for key in ("start", "end"):
            if isinstance(fields.get(key), datetime):
                fields[key] = fields[key].date()
        has_window = "start" in fields or "end" in fields
        if not has_window and isinstance(fields.get("value"), str):
            return {**fields, **_from_value(fields["value"], fields.get("mod"), fields.get("text"))}
        if not has_window and isinstance(fields.get("text"), str):
            return {**fields, **_from_phrase(fields["text"])}
        if "start" in fields and "end" not in fields:
            fields["end"] = fields["start"]
        if "end" in fields and "start" not in fields:
            fields["start"] = fields["end"]
        return fields
    raise ValueError(f"{data!r} is not a date ({DATE_HINT})")


@cache
def country_codes() -> frozenset[str]:
    """The ISO 3166-1 alpha-3 codes in ``timeline/data/iso3166.yaml``, loaded once."""
    from ruamel.yaml import YAML

    text = resources.files("timeline.data").joinpath("iso3166.yaml").read_text("utf-8")
    return frozenset(YAML(typ="safe").load(text)["countries"])


class Actor(StrictModel):
    """A person, country, organisation or group taking part in an event."""

    name: str = Field(min_length=1, description="Canonical name, e.g. Ana Costa or North Korea.")
    kind: ActorKind = Field(
        default="unknown",
        description="person, country, organization or group (unknown when not stated).",
    )
    country: Annotated[str, Field(pattern=r"^[A-Z]{3}$")] | None = Field(
        default=None,
        description="ISO 3166-1 alpha-3 code of the actor's country, e.g. PRK, USA.",
    )
    role: str | None = Field(
        default=None, description="Role or title, e.g. 'US special envoy for the DPRK'."
    )
    aliases: list[str] = Field(
        default_factory=list, description="Other names the actor goes by in sources."
    )

    @field_validator("country")
    @classmethod
    def _known_country(cls, code: str | None) -> str | None:
        """Only a code ISO 3166-1 has assigned: a made-up one would never match another source."""
        if code is not None and code not in country_codes():
            raise ValueError(
                f"{code!r} is not an ISO 3166-1 alpha-3 country code "
                "(write one such as PRK, KOR or USA; the list is timeline/data/iso3166.yaml)"
            )
        return code

    @model_validator(mode="before")
    @classmethod
    def _read_plain_name(cls, data: Any) -> Any:
        """A plain string is an actor's name."""
        if isinstance(data, str):
            return {"name": data}
        return data

    @classmethod
    def __get_pydantic_json_schema__(
        cls, core_schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        """Publish the plain-name shorthand too."""
        plain = {"type": "string", "minLength": 1, "description": "The actor's name."}
        return _with_shorthands(handler(core_schema), handler, [plain])


class Source(StrictModel):
    """Where an event was read: the document, its publisher and date, and the exact quote."""

    document: str | None = Field(
        default=None, description="The source document: a file name or path."
    )
    url: str | None = Field(default=None, description="Address of the source on the web.")
    publisher: str | None = Field(default=None, description="Who published the source.")
    published: date | None = Field(default=None, description="Publication date of the source.")
    quote: str | None = Field(
        default=None, description="The exact sentence or passage that reports the event."
    )
    start: int | None = Field(
        default=None, ge=0, description="Character offset where the quote starts in the document."
    )
    end: int | None = Field(
        default=None, ge=0, description="Character offset just after the quote (exclusive)."
    )

    @model_validator(mode="before")
    @classmethod
    def _read_plain_reference(cls, data: Any) -> Any:
        """A plain string is a URL when it looks like one, else a document name."""
        if isinstance(data, str):
            return {"url": data} if re.match(r"^[a-z]+://", data) else {"document": data}
        return data

    @classmethod
    def __get_pydantic_json_schema__(
        cls, core_schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        """Publish the plain-reference shorthand too."""
        plain = {"type": "string", "minLength": 1, "description": "A URL or a document name."}
        return _with_shorthands(handler(core_schema), handler, [plain])

    @model_validator(mode="after")
    def _check(self) -> Source:
        if self.document is None and self.url is None:
            raise ValueError("a source needs a document or a url")
        if self.start is not None and self.end is not None and self.end < self.start:
            raise ValueError(f"end offset {self.end} is before start offset {self.start}")
        return self


class Event(StrictModel):
    """One event on the timeline: what happened, when, who took part, and where it was read."""

    id: str = Field(
        default="",
        description="Stable identifier (lowercase letters, digits, '-', '.', '_'); derived from date and title when omitted.",
    )
    title: str = Field(min_length=1, description="A short headline, e.g. 'Costa meets Lindqvist'.")
    type: EventTypeName = Field(description="Event type: " + ", ".join(TOP_LEVEL_TYPES) + ".")
    subtype: str | None = Field(
        default=None,
        description="Finer type under the main one (summit, interview, missile_test...), from the taxonomy.",
    )
    date: FuzzyDate | None = Field(
        default=None,
        description="When it happened or is planned; null when the source gives no date.",
    )
    actors: list[Actor] = Field(default_factory=list, description="Who took part.")
    location: str | None = Field(
        default=None, description="Where, as stated: 'Geneva, Switzerland'."
    )
    sources: list[Source] = Field(default_factory=list, description="Where the event was read.")
    status: Status = Field(
        default="occurred",
        description="occurred, scheduled, planned, reported, cancelled or uncertain.",
    )
    confidence: float = Field(
        default=1.0,
        ge=0.0,
        le=1.0,
        description="How sure we are of the event and its date, 0 to 1.",
    )
    origin: Origin = Field(
        default="manual", description="manual (written by a person) or extracted (by timeline)."
    )
    tags: list[str] = Field(default_factory=list, description="Free labels for filtering.")
    notes: str | None = Field(default=None, description="Free text notes.")
    checksum: str | None = Field(
        default=None,
        description="Fingerprint of an extracted event as written; when it no longer matches, a person has edited the event and merges leave it alone.",
    )

    @field_validator("subtype")
    @classmethod
    def _known_subtype(cls, subtype: str | None) -> str | None:
        if subtype is None:
            return None
        taxonomy = load_taxonomy()
        if subtype not in taxonomy.types or taxonomy.types[subtype].parent is None:
            known = ", ".join(sorted(n for n, t in taxonomy.types.items() if t.parent))
            raise ValueError(f"unknown subtype {subtype!r} (one of: {known})")
        return subtype

    @field_validator("id")
    @classmethod
    def _id_shape(cls, value: str) -> str:
        if value and not _ID.match(value):
            raise ValueError(
                f"{value!r} is not a valid id (use lowercase letters, digits, '-', '.' and '_')"
            )
        return value

    @model_validator(mode="after")
    def _fill_derived(self) -> Event:
        if self.subtype is not None and load_taxonomy().parent_of(self.subtype) != self.type:
            raise ValueError(
                f"subtype {self.subtype!r} belongs to type {load_taxonomy().parent_of(self.subtype)!r}, not {self.type!r}"
            )
        if not self.id:
            # bypass validate_assignment recursion
            object.__setattr__(self, "id", derive_id(self.title, self.date))
        return self

    def content_checksum(self) -> str:
        """Fingerprint of the event's content, ignoring its checksum field."""
        payload = self.model_dump_json(exclude={"checksum"})
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]

    @property
    def is_edited(self) -> bool:
        """Whether an extracted event was changed by a person since it was written."""
        return self.checksum is not None and self.checksum != self.content_checksum()


class EventFile(StrictModel):
    """The contents of one ``events/*.yaml`` file."""

    title: str | None = Field(default=None, description="What the events in this file are about.")
    description: str | None = Field(default=None, description="Longer notes about this file.")
    events: list[Event] = Field(default_factory=list, description="The events, in any order.")


def slugify(text: str, limit: int = 48) -> str:
    """Lowercase ASCII words joined by '-', cut at a word boundary near ``limit``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    slug = ""
    for word in words:
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > limit:
            break
        slug = candidate
    return slug or "event"


def derive_id(title: str, when: FuzzyDate | None) -> str:
    """A stable id from the date and title: ``2019-02-12-abrams-warns``, ``undated-...``."""
    prefix = when.start.isoformat() if when is not None else "undated"
    return f"{prefix}-{slugify(title)}"
