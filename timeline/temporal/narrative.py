"""The narrative year a partial date may take: the text's last explicit year, when it is local.

"In 2018, ... On March 3, ..." dates March 3 in 2018. The *year focus* is the
last explicit year the text named; it holds while later dates land in that year
and is dropped as soon as one lands in another ("On Monday, ..." returns the
story to the present). A partial date uses the focus only when it is local:

- in the same clause of the same sentence, or anywhere in a sentence the year
  opens ("In 2018, ..."), whatever the tense (the resolver still refuses a year
  that puts a future event before the reference or a past one after it);
- past the next clause break, in the next sentence of the same paragraph, or
  anywhere in a paragraph that opens with the year (a dated flashback), only
  when the date's verb is in
  the past and the date is a time adverbial ("on March 3", "in May"): a date
  inside a noun phrase ("an April 2nd report", "as of February") dates a thing
  of its own, usually recent, and a sentence with no tense cue is no evidence
  that the flashback goes on.

A year named inside a background clause ("Ravelo, who won a November 2023
election, will ...", "Kamau, a minister sacked in 2019, ...") dates only what
stands inside that clause; one inside a noun phrase ("under a 2005 agreement")
names a thing, not the time the story is at, and sets no focus.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from timeline.temporal.lexicon import Lexicon
from timeline.temporal.tense import SENTENCE_END
from timeline.temporal.timex import Timex
from timeline.temporal.work import charge

#: A paragraph starts after a line break.
_PARAGRAPH = re.compile(r"\n\s*")
#: What opens a parenthetical clause before a year ("Ravelo, who...", "Kamau (a...").
_OPENER = re.compile(r"(?:^|(?<=\W))(?P<before>[\w'’.]*)\s*(?:,|\(|—|–|\s-\s)\s*(?P<word>[\w'’]+)")
#: The word after another ("lodged" after ", first").
_NEXT_WORD = re.compile(r"\s+(?P<word>[\w'’]+)")
#: What closes a parenthetical clause after a year.
_CLOSER = re.compile(r",|\)|—|–|;|\s-\s")
#: Precisions whose year is a definite year ("the 1990s" is not).
_YEAR_PRECISIONS = {"time", "day", "week", "month", "quarter", "season", "half", "year"}
#: An explicit year in the text of an expression.
_FOUR_DIGITS = re.compile(r"\d{4}")
#: Text before an expression that opens its sentence: punctuation and at most one word ("In").
_SENTENCE_OPENING = re.compile(r"[\W_]*(?:[A-Za-z]+[\W_]+)?")
#: The word right before a partial date.
_WORD_BEFORE = re.compile(r"(?P<w>[\w'’]+)\W*$")
#: How far (characters) a background clause's opener or closer may stand from its year.
CLAUSE_REACH = 250
#: How long the opening of a sentence before a year may be ("In", quotes and brackets).
OPENING_REACH = 40
#: A character that makes a sentence more than the opening of its paragraph.
_PARAGRAPH_TEXT = re.compile(r"[^ \t\n\"'“‘(]")


@cache
def clause_break(words: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern finding any of the clause-break words (or marks such as ";")."""
    letters = [w for w in words if w.isalpha()]
    marks = [re.escape(w) for w in words if not w.isalpha()]
    return re.compile("|".join([rf"\b(?:{'|'.join(letters)})\b", *marks]), re.IGNORECASE)


@cache
def year_span(joiners: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Patterns for a year and a joiner before a year, and a joiner and a year after one."""
    joiner = "|".join(rf"\b{re.escape(w)}\b" if w.isalpha() else re.escape(w) for w in joiners)
    return (
        re.compile(rf"\b\d{{4}}\s*(?:{joiner})\s*$"),
        re.compile(rf"\s*(?:{joiner})\s*\d{{4}}\b"),
    )


@dataclass(frozen=True)
class Focus:
    """A year the narrative has set, where it was last confirmed, and how far it reaches."""

    year: int
    end: int
    sentence: int
    paragraph: int
    flashback: bool
    frames: bool
    clause_end: int | None = None
    #: the latest day the story has reached in this year ("October 2023" -> 2023-10-01)
    reached: date | None = None


class Layout:
    """The sentence and paragraph starts of one text (computed once, searched by bisection)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.sentences = [0] + [m.end() for m in SENTENCE_END.finditer(text)]
        self.paragraphs = [0] + [m.end() for m in _PARAGRAPH.finditer(text)]
        self._opens_paragraph: dict[int, bool] = {}
        charge("scanned", 2 * len(text))

    def sentence(self, pos: int) -> int:
        """The index of the sentence holding offset ``pos``."""
        return bisect_right(self.sentences, pos) - 1

    def paragraph(self, pos: int) -> int:
        """The index of the paragraph holding offset ``pos``."""
        return bisect_right(self.paragraphs, pos) - 1

    def sentence_end(self, pos: int) -> int:
        """Where the sentence holding ``pos`` ends."""
        index = self.sentence(pos) + 1
        return self.sentences[index] if index < len(self.sentences) else len(self.text)

    def opens_sentence(self, pos: int) -> bool:
        """Whether at most a punctuation mark and one word ("In") stand before ``pos`` in its sentence."""
        start = self.sentences[self.sentence(pos)]
        if pos - start > OPENING_REACH:
            return False
        charge("scanned", pos - start)
        return _SENTENCE_OPENING.fullmatch(self.text, start, pos) is not None

    def opens_paragraph(self, pos: int) -> bool:
        """Whether the sentence holding ``pos`` is the first of its paragraph (once per sentence)."""
        start = self.sentences[self.sentence(pos)]
        known = self._opens_paragraph.get(start)
        if known is None:
            para = self.paragraphs[self.paragraph(start)]
            found = _PARAGRAPH_TEXT.search(self.text, para, start)
            charge("scanned", (found.end() if found else start) - para)
            known = self._opens_paragraph[start] = found is None
        return known


#: A clause joined after a date, up to the preposition of the next one ("..., and on", "and
#: heard arguments on").
_NEXT_CLAUSE = re.compile(
    r"(?:,\s+|\s)(?:and|but)\s+(?:then\s+)?(?:[a-z]+\s+){0,4}?(?:on|in|by)\s+$"
)


class Narrative:
    """The year focus of one document, updated as its expressions are resolved in order."""

    def __init__(self, text: str, lex: Lexicon) -> None:
        self.text = text
        self.lex = lex
        self._layout: Layout | None = None
        self.focus: Focus | None = None
        self.background: Focus | None = None
        #: The sentence and year of the last day or month told without its year ("on May 29").
        self._told: tuple[int, int] | None = None
        self._clause_break = clause_break(lex.clause_breaks)

    @property
    def layout(self) -> Layout:
        """The text's sentences and paragraphs, found on first need."""
        if self._layout is None:
            self._layout = Layout(self.text)
        return self._layout

    def reached(self, pos: int) -> date | None:
        """The latest day the focus year's story reached before ``pos``, if it came from an earlier sentence."""
        focus = self.focus
        if focus is None or focus.reached is None:
            return None
        if self.layout.sentence(pos) > focus.sentence:
            return focus.reached
        # "in a referendum in November 1997, and on April 30 the Senate approved", "agreed to
        # hear the case in October and heard arguments on Jan. 14": a clause joined after the
        # date goes on with the story as a new sentence would
        if _NEXT_CLAUSE.search(self.text, focus.end, pos):
            return focus.reached
        return None

    def year_at(self, pos: int, past: bool) -> int | None:
        """The narrative year a partial date at ``pos`` may take, or None when none is local.

        ``past``: whether the date's governing verb is in the past tense.
        """
        if self.focus is None and self.background is None:
            return None
        layout = self.layout
        background = self.background
        if background is not None and background.clause_end is not None:
            if pos < background.clause_end:
                return background.year
            self.background = None
        focus = self.focus
        if focus is None:
            return None
        sentence = layout.sentence(pos)
        if sentence == focus.sentence:
            charge("scanned", max(0, pos - focus.end))
            if focus.frames or not self._clause_break.search(self.text, focus.end, pos):
                return focus.year
        if layout.paragraph(pos) != focus.paragraph:
            return None
        if sentence > focus.sentence + 1 and not focus.flashback:
            return None
        return focus.year if past and self._adverbial(pos) else None

    def _adverbial(self, pos: int) -> bool:
        """Whether a date at ``pos`` is a time adverbial: after a preposition, or opening its sentence."""
        m = _WORD_BEFORE.search(self.text, max(0, pos - 20), pos)
        if m is None or self.layout.sentence(m.start()) != self.layout.sentence(pos):
            return True
        return m["w"].lower() in self.lex.adverbial_before

    def note(self, timex: Timex) -> None:
        """Let a resolved expression set, confirm or drop the focus."""
        if timex.type not in {"DATE", "TIME"} or timex.date_start is None:
            return
        background = self.background
        if (
            background is not None
            and background.clause_end is not None
            and timex.start < background.clause_end
        ):
            return  # inside a background clause: the main story's focus is untouched
        year = timex.date_start.year
        layout = self.layout
        explicit = not timex.anchored_to_reference and bool(_FOUR_DIGITS.search(timex.text))
        if explicit and self._names_a_thing(timex.start):
            return  # "a 2005 agreement", "a November 2023 election": no time the story is at
        if explicit and self._starts_a_state(timex.start):
            return  # "an embargo since 1986": a state that still holds, not the story's time
        if explicit and timex.precision == "year" and self._in_year_span(timex.start, timex.end):
            return  # "the budget for 2000 to 2006": a span of years, no one year of the story
        if not explicit and timex.precision in {"day", "month"}:
            self._told = (layout.sentence(timex.start), year)
        if (
            explicit
            and timex.precision == "year"
            and self._told is not None
            and self._told[0] == layout.sentence(timex.start)
            and self._told[1] != year
        ):
            # "issued the permit on May 29, ending a review that began when it applied in
            # 1994": the sentence is told in May 29's year; the bare year is its background
            return
        if explicit and timex.precision in _YEAR_PRECISIONS:
            here = Focus(
                year,
                timex.end,
                layout.sentence(timex.start),
                layout.paragraph(timex.start),
                layout.opens_paragraph(timex.start),
                layout.opens_sentence(timex.start),
                reached=timex.date_start if timex.precision != "year" else None,
            )
            clause_end = self._background_end(timex.start, timex.end)
            if clause_end is not None:
                self.background = replace(here, flashback=False, clause_end=clause_end)
            else:
                self.focus = here
            return
        focus = self.focus
        if focus is None:
            return
        if year != focus.year:
            self.focus = None
            return
        paragraph = layout.paragraph(timex.start)
        sentence = layout.sentence(timex.start)
        reached = focus.reached
        if reached is not None and timex.date_start > reached and timex.precision != "year":
            reached = timex.date_start
        self.focus = replace(
            focus,
            reached=reached,
            end=timex.end,
            frames=focus.frames and sentence == focus.sentence,
            sentence=sentence,
            paragraph=paragraph,
            flashback=focus.flashback and paragraph == focus.paragraph,
        )

    def _names_a_thing(self, start: int) -> bool:
        """Whether a date at ``start`` stands after a determiner, inside a noun phrase."""
        m = _WORD_BEFORE.search(self.text, max(0, start - 20), start)
        return m is not None and m["w"].lower() in self.lex.determiners

    def _starts_a_state(self, start: int) -> bool:
        """Whether a date at ``start`` follows "since": where a state that still holds began."""
        m = _WORD_BEFORE.search(self.text, max(0, start - 20), start)
        return m is not None and m["w"].lower() in self.lex.state_start_before

    def _in_year_span(self, start: int, end: int) -> bool:
        """Whether the year at ``[start, end)`` is one end of a span of years ("2000 to 2006")."""
        before, after = year_span(self.lex.year_span_joiners)
        return bool(
            before.search(self.text, max(0, start - 16), start) or after.match(self.text, end)
        )

    def _background_end(self, start: int, end: int) -> int | None:
        """Where the background clause holding ``[start, end)`` ends, or None when it is in none."""
        layout = self.layout
        # within CLAUSE_REACH: a long sentence full of years must not be rescanned for each
        sentence_start = max(layout.sentences[layout.sentence(start)], start - CLAUSE_REACH)
        sentence_end = layout.sentence_end(start)
        charge("scanned", start - sentence_start)
        opener = None
        for m in _OPENER.finditer(self.text, sentence_start, start):
            opener = m
        if opener is None:
            return None
        word = opener["word"].lower()
        before = opener["before"]
        lex = self.lex
        if word in lex.participle_adverbs:
            # ", first lodged in November 2014,": the participle after the adverb opens it
            after = _NEXT_WORD.match(self.text, opener.end())
            word = after["word"].lower() if after is not None else word
        if word in lex.relative_openers:
            pass
        elif word in lex.appositive_openers:
            # an appositive follows a name ("Kamau, a former minister"), not "On Monday, the"
            if not before[:1].isupper() or before.lower().rstrip(".") in lex.months:
                return None
            if before.lower().rstrip(".") in lex.weekdays:
                return None
        elif not (word in lex.participles or (word.endswith("ed") and len(word) > 3)):
            return None
        reach = min(sentence_end, end + CLAUSE_REACH)
        charge("scanned", reach - end)
        closer = _CLOSER.search(self.text, end, reach)
        return closer.start() if closer else sentence_end
