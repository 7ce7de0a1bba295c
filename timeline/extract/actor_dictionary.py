"""The actor dictionary: countries, organisations, people, titles and roles, from data files.

Shipped data is ``data/actors.yaml``, ``data/titles.yaml`` and ``data/names.yaml``;
users add their own actors with a YAML file in the format of ``actors.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from timeline.data_files import data_file
from timeline.extract.actor_file import (
    ActorEntryFields,
    ActorFile,
    read_actor_file,
    validate_actor_data,
)
from timeline.extract.phrases import PhrasePattern, compile_phrases, normalise


@dataclass(frozen=True)
class ActorEntry:
    """What a surface form in the dictionary stands for."""

    name: str
    kind: str
    country: str | None = None
    role: str | None = None
    capital: bool = False
    adjective: bool = False
    #: A state or province: its own government, and a place like a country ("in Nevada").
    region: bool = False


@dataclass
class ActorDictionary:
    """Every known surface form and the words that introduce people, compiled once."""

    entries: dict[str, ActorEntry] = field(default_factory=dict)
    titles: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)
    not_names: frozenset[str] = frozenset()
    particles: frozenset[str] = frozenset()
    portfolio_words: frozenset[str] = frozenset()
    organization_heads: frozenset[str] = frozenset()
    #: Heads of bodies whose names join two portfolios ("Energy and Commerce Committee").
    joined_heads: frozenset[str] = frozenset()
    #: Last words of bodies that a number ends ("United Auto Workers Local 1412").
    numbered_heads: frozenset[str] = frozenset()
    organization_connectors: frozenset[str] = frozenset()
    lowercase_organization_heads: frozenset[str] = frozenset()
    body_heads: frozenset[str] = frozenset()
    #: The nouns of a country's own bodies after its possessive ("Bosnia's state court").
    national_body_heads: frozenset[str] = frozenset()
    international_venues: frozenset[str] = frozenset()
    not_in_body_names: frozenset[str] = frozenset()
    body_plural_modifiers: frozenset[str] = frozenset()
    meeting_objects: frozenset[str] = frozenset()
    sub_units: frozenset[str] = frozenset()
    national_qualifiers: frozenset[str] = frozenset()
    country_names: dict[str, str] = field(default_factory=dict)
    #: The other names each actor goes by ("ASEAN" for the Association of Southeast Asian
    #: Nations), carried into event records so a search or a scorer finds them.
    aliases: dict[str, list[str]] = field(default_factory=dict)
    #: Organisations by the common nouns a story refers back to them with ("the alliance").
    called: dict[str, set[str]] = field(default_factory=dict)
    _patterns: dict[str, PhrasePattern] = field(default_factory=dict, repr=False)
    _demonyms: dict[str, str | None] = field(default_factory=dict, repr=False)

    def add_file(self, actors: ActorFile) -> None:
        """Add the countries, organisations and people of one validated actors file."""
        self._demonyms.clear()
        for entry in actors.countries or ():
            self._add_entry(entry, "country", entry.code, None)
            for adjective in entry.adjectives:
                self.entries.setdefault(
                    adjective, ActorEntry(entry.name, "country", entry.code, adjective=True)
                )
                if adjective.endswith(("an", "i", "ine", "ino")):
                    # "Colombians will vote", "Israelis marched", "Argentines vote tomorrow":
                    # the people stand for the country
                    self.entries.setdefault(
                        adjective + "s", ActorEntry(entry.name, "country", entry.code)
                    )
            if entry.capital:
                self.entries.setdefault(
                    entry.capital, ActorEntry(entry.name, "country", entry.code, capital=True)
                )
            if entry.code is not None:
                self.country_names[entry.code] = entry.name
        for org in actors.organizations or ():
            self._add_entry(org, "organization", org.country, org.role)
            for adjective in org.adjectives:
                self.entries.setdefault(
                    adjective, ActorEntry(org.name, "organization", org.country, adjective=True)
                )
            for noun in org.called:
                self.called.setdefault(noun.lower(), set()).add(org.name)
        for region in actors.regions or ():
            for form in (region.name, *region.aliases):
                self.entries[form] = ActorEntry(
                    region.name, "organization", region.country, region=True
                )
            for adjective in region.adjectives:
                self.entries.setdefault(
                    adjective,
                    ActorEntry(region.name, "organization", region.country, adjective=True),
                )
        for person in actors.people or ():
            self._add_entry(person, "person", person.country, person.role)
        self._patterns.clear()

    def _add_entry(
        self, entry: ActorEntryFields, kind: str, country: str | None, role: str | None
    ) -> None:
        for form in (entry.name, *entry.aliases):
            self.entries[form] = ActorEntry(entry.name, kind, country, role)
        known = self.aliases.setdefault(entry.name, [])
        known += [a for a in entry.aliases if a not in known and a != entry.name]

    def pattern(self, which: str) -> PhrasePattern:
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

    def demonym(self, code: str) -> str | None:
        """The first adjective of a country ("South Korean" for KOR), if the dictionary has one."""
        if code not in self._demonyms:
            self._demonyms[code] = next(
                (
                    form
                    for form, entry in self.entries.items()
                    if entry.adjective and entry.kind == "country" and entry.country == code
                ),
                None,
            )
        return self._demonyms[code]

    def is_role(self, text: str) -> bool:
        """Whether a word or phrase is a title or role."""
        return text in self.titles or text.lower() in self.roles

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["_patterns"] = {}
        return state


@cache
def default_dictionary() -> ActorDictionary:
    """The shipped dictionary, loaded once."""
    return load_dictionary(())


def load_dictionary(extra: tuple[Path, ...] | list[Path] = ()) -> ActorDictionary:
    """The shipped dictionary extended with the users' actor files (later files win)."""
    dictionary = ActorDictionary()
    dictionary.add_file(validate_actor_data(data_file("actors.yaml"), "timeline/data/actors.yaml"))
    titles = data_file("titles.yaml")
    dictionary.titles = {str(t) for t in titles.get("titles") or ()}
    dictionary.titles |= {str(t) for t in titles.get("honorifics") or ()}
    dictionary.roles = {str(t).lower() for t in titles.get("roles") or ()}
    dictionary.portfolio_words = frozenset(str(w) for w in titles.get("portfolio_words") or ())
    names = data_file("names.yaml")
    dictionary.not_names = frozenset(str(w) for w in names.get("not_names") or ())
    dictionary.particles = frozenset(str(w) for w in names.get("particles") or ())
    dictionary.organization_heads = frozenset(str(w) for w in names.get("organization_heads") or ())
    dictionary.joined_heads = frozenset(str(w) for w in names.get("joined_heads") or ())
    dictionary.numbered_heads = frozenset(str(w) for w in names.get("numbered_heads") or ())
    dictionary.organization_connectors = frozenset(
        str(w) for w in names.get("organization_connectors") or ()
    )
    dictionary.international_venues = frozenset(
        str(w) for w in names.get("international_venues") or ()
    )
    dictionary.body_plural_modifiers = frozenset(
        str(w) for w in names.get("body_plural_modifiers") or ()
    )
    dictionary.not_in_body_names = frozenset(str(w) for w in names.get("not_in_body_names") or ())
    dictionary.body_heads = frozenset(str(w) for w in names.get("body_heads") or ())
    dictionary.national_body_heads = frozenset(
        str(w) for w in names.get("national_body_heads") or ()
    )
    dictionary.lowercase_organization_heads = frozenset(
        str(w) for w in names.get("lowercase_organization_heads") or ()
    )
    dictionary.meeting_objects = frozenset(str(w) for w in names.get("meeting_objects") or ())
    dictionary.sub_units = frozenset(str(w) for w in names.get("sub_units") or ())
    dictionary.national_qualifiers = frozenset(
        str(w) for w in names.get("national_qualifiers") or ()
    )
    for path in extra:
        dictionary.add_file(read_actor_file(Path(path)))
    return dictionary
