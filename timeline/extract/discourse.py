"""Dates carried across sentences by a back reference to an event noun ("after the summit").

A sentence that reports an action or a saying without a date of its own keeps it
undated, unless it names the occasion it happened at by an event noun that an
earlier sentence dated: "On the sidelines of the funeral, X held talks with Y"
takes the funeral's day; "he told a closing news conference" takes the last day of
the story's main gathering. Nothing else is carried.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from timeline.data_files import data_file
from timeline.extract.mentions import Mention
from timeline.extract.phrases import PhrasePattern, compile_phrases, holding, normalise
from timeline.model import FuzzyDate

#: How far back (characters) an event of the occasion's type is the one "the meeting" means.
RECENT = 400
#: Between an occasion noun and its own date: "the cabinet meeting on Thursday".
_DATE_OF_OCCASION = re.compile(
    # "after talks in the Ethiopian capital, Addis Ababa, on Wednesday": a place may come between
    r"\s+(?:(?:in|at)\s+[^,;.]{1,40}?(?:,\s+[A-Z][^,;.]{1,30},)?\s+)?(?:on|in|at|of|late on|early on)?\s*"
)
#: Where the words after an occasion's noun stop naming its parties: what was said after it.
_CLAUSE_AFTER = re.compile(r"\bthat\b")
#: Words that may stand between the preposition and the noun ("the state funeral").
_FILLER = r"(?:(?:the|a|an|this|that|its|their|his|her)\s+)?(?:(?!news\b|press\b)[\w’'-]+\s+){0,2}?"


@dataclass(frozen=True)
class Occasions:
    """The occasion nouns, the event types each stands for, and the compiled back references."""

    types: dict[str, tuple[str, ...]]
    #: the event types an occasion noun stands for when a saying refers back to it
    saying_types: dict[str, tuple[str, ...]]
    noun: PhrasePattern
    reference: PhrasePattern
    closing: PhrasePattern
    opening: PhrasePattern
    then: PhrasePattern
    saying_then: PhrasePattern


@cache
def load_occasions() -> Occasions:
    """The shipped occasion words of ``data/event_cues.yaml``, compiled once."""
    raw = data_file("event_cues.yaml")
    types = {str(k).lower(): tuple(str(t) for t in v or ()) for k, v in raw["occasions"].items()}
    nouns = compile_phrases(types, ignore_case=True)
    before = compile_phrases([str(w) for w in raw["occasion_before"]], ignore_case=True)
    closing = compile_phrases([str(w) for w in raw["occasion_closing"]], ignore_case=True)
    opening = compile_phrases([str(w) for w in raw["occasion_opening"]], ignore_case=True)
    # "closing news conference", "opening ceremony": the occasion's edge and what is held at it
    edge_nouns = compile_phrases([str(w) for w in raw["occasion_edge_nouns"]], ignore_case=True)
    edge = r"\s+(?:news\s+|press\s+)?" + edge_nouns.pattern
    then = compile_phrases([str(w) for w in raw.get("occasion_then") or ()], ignore_case=True)
    saying_types = {
        str(k).lower(): tuple(str(t) for t in v or ()) for k, v in raw["saying_occasions"].items()
    }
    return Occasions(
        types=types,
        saying_types=saying_types,
        saying_then=compile_phrases([str(w) for w in raw["saying_then"]], ignore_case=True),
        noun=nouns,
        reference=holding(
            before.pattern + r"\s+" + _FILLER + "(" + nouns.pattern + ")", before, flags=re.I
        ),
        then=holding(then.pattern + r"(?!\s+of\b)", then, flags=re.I),
        closing=holding(closing.pattern + edge, closing, flags=re.I),
        opening=holding(opening.pattern + edge, opening, flags=re.I),
    )


def _day(day: date, text: str) -> FuzzyDate:
    """One day, as a phrase that names it ("closing ceremony") dates it."""
    return FuzzyDate(start=day, end=day, precision="day", text=text, value=day.isoformat())


@dataclass(frozen=True)
class DatedMention:
    """What the memory keeps of one dated event: where its trigger is, its type, date and actors."""

    position: int
    type: str
    date: FuzzyDate
    actors: frozenset[str]
    subtype: str | None = None
    #: the actors themselves, for a later mention of the same occasion that names none
    parties: tuple[Mention, ...] = ()

    def of_kind(self, kinds: Sequence[str]) -> bool:
        """Whether an occasion noun standing for ``kinds`` (types or subtypes) names this event."""
        return self.type in kinds or (self.subtype is not None and self.subtype in kinds)


@dataclass
class DiscourseDates:
    """What one document has dated so far: occasion nouns (first mention wins) and event types."""

    occasions: Occasions = field(default_factory=load_occasions)
    nouns: dict[str, FuzzyDate] = field(default_factory=dict)
    #: the earliest date each occasion noun was given, for "the first summit"
    earliest: dict[str, FuzzyDate] = field(default_factory=dict)
    history: list[DatedMention] = field(default_factory=list)

    def remember(
        self,
        text: str,
        start: int,
        end: int,
        dated: list[DatedMention],
        dates: Callable[[], list[tuple[int, FuzzyDate]]],
    ) -> None:
        """Record a sentence's dated events and the occasion nouns near them (else near its dates)."""
        self.history.extend(dated)
        anchors: list[tuple[int, FuzzyDate]] | None = None
        for match in self.occasions.noun.finditer(text, start, end):
            noun = normalise(match.group(), fold_case=True)
            if anchors is None:
                anchors = [(e.position, e.date) for e in dated] or dates()
            if not anchors:
                continue
            when = min(anchors, key=lambda a: abs(a[0] - match.start()))[1]
            self.nouns.setdefault(noun, when)
            if noun not in self.earliest or when.start < self.earliest[noun].start:
                self.earliest[noun] = when

    def series(self) -> str | None:
        """The type of the story's own recurring occasion: its first dated exercise, display
        or meeting."""
        return next(
            (e.type for e in self.history if e.type in ("exercise", "military_display", "meeting")),
            None,
        )

    def date_for(
        self,
        text: str,
        start: int,
        end: int,
        actors: Sequence[tuple[int, str]] = (),
        own: Sequence[tuple[int, FuzzyDate]] = (),
        saying: bool = False,
    ) -> FuzzyDate | None:
        """The date of the occasion that ``text[start:end]`` refers back to, if any.

        An occasion named only by its type ("after meeting X", "after the signing") is
        the latest event of that type with an actor named after the reference, so the
        right one of several is taken (or just the latest when no actor follows). ``actors`` are (offset, name) of the sentence's actors.
        An occasion dated where it is named ("after the cabinet meeting on Thursday") takes
        that date (``own`` holds the sentence's dates); one that an event a few sentences
        back dated, by whoever is named after it, if anyone, ("met ... late on Tuesday. After the
        two-hour meeting ...") takes that event's date before the first mention of the noun.
        """
        closing = self.occasions.closing.search(text, start, end)
        if closing is not None and (main := self._main_gathering()) is not None:
            # "a closing news conference": the main occasion's last day
            return _day(main.end, closing.group())
        opening = self.occasions.opening.search(text, start, end)
        if opening is not None and (main := self._main_gathering(earliest=True)) is not None:
            # "said at the opening ceremony": the main occasion's first day
            return _day(main.start, opening.group())
        if self.history and self.occasions.then.search(text, start, end):
            # "Donnelly said at the time that ...": when the event just told happened
            return self.history[-1].date
        if (
            saying
            and self.history
            and 0 < start - self.history[-1].position <= RECENT
            and self.occasions.saying_then.search(text, start, end)
        ):
            # "Mehra told a joint news conference afterwards": after the event just told
            return self.history[-1].date
        for match in self.occasions.reference.finditer(text, start, end):
            noun = normalise(match.group(1), fold_case=True)
            for position, when in own:
                # "the cabinet meeting on Thursday", "at the start of Thursday's meeting"
                if match.start() <= position < match.start(1) or _DATE_OF_OCCASION.fullmatch(
                    text, match.end(1), position
                ):
                    return when
            kinds = self.occasions.types.get(noun, ()) or (
                self.occasions.saying_types.get(noun, ()) if saying else ()
            )
            # "after the meeting with X": who is named in the reference itself, not in what
            # was said after it ("told reporters after the vote that the IMF ...")
            stop = _CLAUSE_AFTER.search(text, match.end(1), end)
            until = stop.start() if stop is not None else end
            named = {name for position, name in actors if match.end(1) <= position < until}
            recent = next(
                (
                    e
                    for e in reversed(self.history)
                    if e.of_kind(kinds) and 0 < match.start() - e.position <= RECENT
                ),
                None,
            )
            if recent is not None and (not named or recent.actors & named):
                return recent.date
            if noun in self.nouns:
                return self.nouns[noun]
            for event in reversed(self.history):
                # "told reporters after the vote": no one named after it, the latest vote
                if event.of_kind(kinds) and (event.actors & named or not named):
                    return event.date
        return None

    def parties_of(
        self, text: str, start: int, end: int, kind: str
    ) -> tuple[tuple[Mention, ...], bool]:
        """Who took part in the occasion a sentence that names no one tells of: "Peace talks
        opened in Kuwait on 21 April", "The trial opened on 14 March".

        The parties of the latest dated event of a type an occasion noun of the sentence
        ("talks", "trial") stands for, else of the latest of ``kind`` told just before; and
        whether an occasion noun named it.
        """
        kinds: set[str] = set()
        for match in self.occasions.noun.finditer(text, start, end):
            kinds.update(self.occasions.types.get(normalise(match.group(), fold_case=True), ()))
        if kinds:
            found = (e.parties for e in reversed(self.history) if e.of_kind(tuple(kinds)))
        else:
            found = (
                e.parties
                for e in reversed(self.history)
                if e.type == kind and 0 < start - e.position <= RECENT
            )
        return next(found, ()), bool(kinds)

    def occasion_date(self, noun: str, first: bool = False) -> FuzzyDate | None:
        """The date of the occasion a noun names: where the noun was first dated, else the
        latest event of a type it stands for ("the vote" after "a referendum on 3 December").

        ``first`` ("the day after the first summit"): the earliest date the noun was given,
        whichever order the story told them in.
        """
        noun = normalise(noun, fold_case=True)
        if first and noun in self.earliest:
            return self.earliest[noun]
        if noun in self.nouns:
            return self.nouns[noun]
        kinds = self.occasions.types.get(noun, ())
        return next((e.date for e in reversed(self.history) if e.of_kind(kinds)), None)

    def _main_gathering(self, earliest: bool = False) -> FuzzyDate | None:
        """The first dated occasion noun that names a gathering or an exercise: the story's
        main event ("the closing ceremony" of a summit or of joint drills); ``earliest``: the
        earliest date that noun was given (its opening)."""
        noun = next(
            (
                noun
                for noun in self.nouns
                if {"meeting", "exercise"} & set(self.occasions.types.get(noun, ()))
            ),
            None,
        )
        if noun is None:
            return None
        return self.earliest[noun] if earliest else self.nouns[noun]
