"""The actor dictionary: countries, organisations, people, titles and roles, from data files.

Shipped data is ``data/actors.yaml``, ``data/titles.yaml`` and ``data/names.yaml``;
users add their own actors with a YAML file in the format of ``actors.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

from timeline.errors import InputError, Problem
from timeline.extract.phrases import compile_phrases, normalise

_CODE = re.compile(r"^[A-Z]{3}$")


@dataclass(frozen=True)
class ActorEntry:
    """What a surface form in the dictionary stands for."""

    name: str
    kind: str
    country: str | None = None
    role: str | None = None
    capital: bool = False
    adjective: bool = False


@dataclass
class ActorDictionary:
    """Every known surface form and the words that introduce people, compiled once."""

    entries: dict[str, ActorEntry] = field(default_factory=dict)
    titles: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)
    not_names: frozenset[str] = frozenset()
    particles: frozenset[str] = frozenset()
    organization_heads: frozenset[str] = frozenset()
    country_names: dict[str, str] = field(default_factory=dict)
    _patterns: dict[str, re.Pattern[str]] = field(default_factory=dict, repr=False)

    def add_file_data(self, data: Any, source: str) -> None:
        """Add the countries, organisations and people of one ``actors.yaml``-style mapping."""
        if data is None:
            return
        if not isinstance(data, dict):
            raise InputError(
                [
                    Problem(
                        source,
                        "an actors file must be a mapping with countries, organizations or people",
                    )
                ]
            )
        unknown = set(data) - {"countries", "organizations", "people"}
        if unknown:
            raise InputError(
                [
                    Problem(
                        source,
                        f"unknown section {sorted(unknown)[0]!r} (use countries, organizations or people)",
                    )
                ]
            )
        problems: list[Problem] = []
        for section, kind in (
            ("countries", "country"),
            ("organizations", "organization"),
            ("people", "person"),
        ):
            items = data.get(section) or []
            if not isinstance(items, list):
                problems.append(Problem(source, "must be a list of entries", field=section))
                continue
            for index, item in enumerate(items):
                where = f"{section}[{index}]"
                try:
                    self._add_entry(item, kind)
                except ValueError as error:
                    problems.append(Problem(source, str(error), field=where))
        if problems:
            raise InputError(problems)
        self._patterns.clear()

    def _add_entry(self, item: Any, kind: str) -> None:
        if isinstance(item, str):
            item = {"name": item}
        if not isinstance(item, dict) or not str(item.get("name") or "").strip():
            raise ValueError("each entry needs a name (write {name: ..., aliases: [...]})")
        name = str(item["name"]).strip()
        code = item.get("code") if kind == "country" else item.get("country")
        if code is not None and not _CODE.match(str(code)):
            raise ValueError(f"{code!r} is not an ISO 3166-1 alpha-3 code (write e.g. USA)")
        country = str(code) if code else None
        role = str(item["role"]) if item.get("role") else None
        forms = [name, *[str(a) for a in item.get("aliases") or []]]
        for form in forms:
            self.entries[form] = ActorEntry(name, kind, country, role)
        for adjective in item.get("adjectives") or []:
            self.entries.setdefault(str(adjective), ActorEntry(name, kind, country, adjective=True))
        if item.get("capital"):
            self.entries.setdefault(
                str(item["capital"]), ActorEntry(name, kind, country, capital=True)
            )
        if kind == "country" and country:
            self.country_names[country] = name

    def pattern(self, which: str) -> re.Pattern[str]:
        """The compiled pattern for ``entries``, ``titles`` or ``roles``, built on first use."""
        found = self._patterns.get(which)
        if found is None:
            if which == "entries":
                found = compile_phrases(self.entries)
            elif which == "titles":
                found = compile_phrases(self.titles)
            else:
                found = compile_phrases(self.roles, ignore_case=True)
            self._patterns[which] = found
        return found

    def lookup(self, text: str) -> ActorEntry | None:
        """The entry for a matched surface form."""
        return self.entries.get(normalise(text))

    def is_role(self, text: str) -> bool:
        """Whether a word or phrase is a title or role."""
        return text in self.titles or text.lower() in self.roles

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["_patterns"] = {}
        return state


def _load_yaml(path: Path) -> Any:
    try:
        return YAML(typ="safe").load(path.read_text("utf-8"))
    except OSError as error:
        raise InputError(
            [Problem(str(path), f"cannot read actors file ({error.strerror or error})")]
        ) from None
    except UnicodeDecodeError:
        raise InputError(
            [Problem(str(path), "not UTF-8 text (save the actors file as UTF-8)")]
        ) from None
    except YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        raise InputError(
            [Problem(str(path), f"not valid YAML ({getattr(error, 'problem', error)})", line=line)]
        ) from None


def _data(name: str) -> Any:
    return YAML(typ="safe").load(resources.files("timeline.data").joinpath(name).read_text("utf-8"))


@cache
def default_dictionary() -> ActorDictionary:
    """The shipped dictionary, loaded once."""
    return load_dictionary(())


def load_dictionary(extra: tuple[Path, ...] | list[Path] = ()) -> ActorDictionary:
    """The shipped dictionary extended with the users' actor files (later files win)."""
    dictionary = ActorDictionary()
    dictionary.add_file_data(_data("actors.yaml"), "timeline/data/actors.yaml")
    titles = _data("titles.yaml")
    dictionary.titles = {str(t) for t in titles.get("titles") or ()}
    dictionary.titles |= {str(t) for t in titles.get("honorifics") or ()}
    dictionary.roles = {str(t).lower() for t in titles.get("roles") or ()}
    names = _data("names.yaml")
    dictionary.not_names = frozenset(str(w) for w in names.get("not_names") or ())
    dictionary.particles = frozenset(str(w) for w in names.get("particles") or ())
    dictionary.organization_heads = frozenset(str(w) for w in names.get("organization_heads") or ())
    for path in extra:
        dictionary.add_file_data(_load_yaml(Path(path)), str(path))
    return dictionary
