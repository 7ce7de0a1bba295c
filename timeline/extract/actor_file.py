"""The format of an actors file (``data/actors.yaml``, ``--actors FILE``), validated strictly.

Unknown keys, wrong types and entries without a name are errors located at the line
and column a person wrote them: ``people.yaml:4:5: people[0].bogus: unknown key``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator
from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

from timeline.errors import InputError, Problem
from timeline.model import country_codes
from timeline.store.locate import problems_from_validation
from timeline.store.yaml_store import to_plain


def _code(value: str | None) -> str | None:
    """An ISO 3166-1 alpha-3 code, checked against the list events are checked against."""
    if value is not None and value not in country_codes():
        raise ValueError(
            f"{value!r} is not an ISO 3166-1 alpha-3 country code (write one such as USA; "
            "the list is timeline/data/iso3166.yaml)"
        )
    return value


class ActorEntryFields(BaseModel):
    """Fields every actor entry has; a bare string is short for ``{name: ...}``."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(description="Canonical name, as it appears in event records.")
    aliases: list[str] = Field(default_factory=list, description="Other names (case-sensitive).")

    @model_validator(mode="before")
    @classmethod
    def _bare_name(cls, data: Any) -> Any:
        return {"name": data} if isinstance(data, str) else data

    @field_validator("name")
    @classmethod
    def _named(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("the name is empty (write {name: ..., aliases: [...]})")
        return value.strip()


class CountryEntry(ActorEntryFields):
    """A country: its ISO code, demonyms and capital."""

    code: str | None = Field(
        default=None,
        description="ISO 3166-1 alpha-3 code, e.g. USA; left out for a country ISO has not "
        "coded (Kosovo).",
    )
    adjectives: list[str] = Field(default_factory=list, description="Demonyms, e.g. Russian.")
    capital: str | None = Field(default=None, description="Seat of government.")

    @field_validator("code")
    @classmethod
    def _iso_code(cls, value: str | None) -> str | None:
        return _code(value)


class OrganizationEntry(ActorEntryFields):
    """An organisation, optionally of one country."""

    country: str | None = Field(default=None, description="ISO alpha-3 code of its country.")
    role: str | None = Field(default=None, description="What it is, e.g. ruling party.")
    adjectives: list[str] = Field(default_factory=list, description="Adjectives naming it.")
    called: list[str] = Field(
        default_factory=list,
        description='Common nouns a story refers back to it by, e.g. alliance ("the alliance\'s summit").',
    )

    @field_validator("country")
    @classmethod
    def _iso_country(cls, value: str | None) -> str | None:
        return _code(value)


class RegionEntry(ActorEntryFields):
    """A state, province or nation within a country, acting as its own government ("Nevada
    voters approved", "the Scottish government")."""

    country: str = Field(description="ISO alpha-3 code of the country it belongs to.")
    adjectives: list[str] = Field(default_factory=list, description="Adjectives, e.g. Scottish.")

    @field_validator("country")
    @classmethod
    def _iso_country(cls, value: str) -> str:
        return str(_code(value))


class PersonEntry(ActorEntryFields):
    """A person, with the country they act for and their role."""

    country: str | None = Field(default=None, description="ISO alpha-3 code they act for.")
    role: str | None = Field(default=None, description="Title or role, e.g. foreign minister.")

    @field_validator("country")
    @classmethod
    def _iso_country(cls, value: str | None) -> str | None:
        return _code(value)


class ActorFile(BaseModel):
    """The four sections of an actors file; each may be left out or empty."""

    model_config = ConfigDict(extra="forbid")

    countries: list[CountryEntry] | None = Field(default=None, description="Countries.")
    organizations: list[OrganizationEntry] | None = Field(
        default=None, description="Organisations."
    )
    regions: list[RegionEntry] | None = Field(
        default=None, description="States, provinces and nations within a country."
    )
    people: list[PersonEntry] | None = Field(default=None, description="People.")


def validate_actor_data(data: Any, label: str) -> ActorFile:
    """The entries of parsed actors data (round-trip data gives line numbers), or an InputError."""
    if data is None:
        return ActorFile()
    if not isinstance(data, dict):
        raise InputError(
            [
                Problem(
                    label,
                    "an actors file must be a mapping with countries, organizations, regions or people",
                    line=1,
                    column=1,
                )
            ]
        )
    try:
        return ActorFile.model_validate(to_plain(data))
    except ValidationError as error:
        raise InputError(problems_from_validation(label, data, error, ActorFile)) from None


def read_actor_file(path: Path) -> ActorFile:
    """Read and validate a user's actors file; every problem in it in one InputError."""
    label = str(path)
    try:
        data = YAML(typ="rt").load(path.read_text("utf-8"))
    except OSError as error:
        raise InputError(
            [Problem(label, f"cannot read actors file ({error.strerror or error})")]
        ) from None
    except UnicodeDecodeError:
        raise InputError(
            [Problem(label, "not UTF-8 text (save the actors file as UTF-8)")]
        ) from None
    except YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        column = mark.column + 1 if mark is not None else None
        message = getattr(error, "problem", None) or str(error).splitlines()[0]
        raise InputError(
            [Problem(label, f"not valid YAML ({message})", line=line, column=column)]
        ) from None
    return validate_actor_data(data, label)
