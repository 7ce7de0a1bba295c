"""Split article text into sentences with their character offsets.

A rule-based splitter for news prose: it knows abbreviations ("Gen.", "U.S."),
initials ("Maria T. Okafor"), quotes and headline lines, and keeps exact
offsets so every quote can be traced back into the document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from timeline.data_files import data_file

#: A line shorter than this that does not end a sentence is a headline or a
#: dateline, not a hard-wrapped line of a paragraph.
WRAP_MIN = 60
#: A line longer than this does not continue a hard-wrapped paragraph: the line before
#: it ends there, so a long headline stays apart from the body under it.
WRAP_MAX = 120

_CANDIDATE = re.compile(r"[.!?…]+[\"”’')\]]*(?=\s+([\"“‘'(\[]?)(\S))")
_LINE = re.compile(r"[^\n]*\n?")
_TERMINAL = re.compile(r"[.!?:…\"”’')]\s*$")


@dataclass(frozen=True)
class Sentence:
    """One sentence: its text and where it is in the document (``text == doc[start:end]``)."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Abbreviations:
    """The abbreviation lists of ``data/abbreviations.yaml``."""

    never_final: frozenset[str]
    may_be_final: frozenset[str]
    openers: frozenset[str]


@cache
def load_abbreviations() -> Abbreviations:
    """The shipped abbreviation lists, loaded once."""
    raw = data_file("abbreviations.yaml")
    return Abbreviations(
        never_final=frozenset(str(w) for w in raw.get("never_final") or ()),
        may_be_final=frozenset(str(w) for w in raw.get("may_be_final") or ()),
        openers=frozenset(str(w) for w in raw.get("openers") or ()),
    )


def _blocks(text: str) -> list[tuple[int, int]]:
    """Paragraphs and standalone lines (headlines, datelines), as offset pairs."""
    blocks: list[tuple[int, int]] = []
    start: int | None = None
    previous = ""
    for match in _LINE.finditer(text):
        line = match.group().rstrip("\n")
        if not match.group():
            break
        if not line.strip():
            if start is not None:
                blocks.append((start, match.start()))
                start = None
            previous = ""
            continue
        if start is not None and (
            # a line too long to come from hard wrapping is a paragraph of its own
            len(line) > WRAP_MAX
            or len(previous.strip()) < WRAP_MIN
            or _TERMINAL.search(previous)
            # a short line with no closing punctuation is a dateline or byline of its own
            or (len(line.strip()) < WRAP_MIN and not _TERMINAL.search(line))
        ):
            blocks.append((start, match.start()))
            start = None
        if start is None:
            start = match.start()
        previous = line
    if start is not None:
        blocks.append((start, len(text)))
    return blocks


def _is_boundary(block: str, stop: int, opener: str, first: str, abbr: Abbreviations) -> bool:
    """Whether the punctuation ending at ``stop`` ends a sentence."""
    if not (first.isupper() or first.isdigit() or opener):
        return False
    # the last word before the punctuation: a right split, not a regex scan of the block
    found = block[:stop].rsplit(None, 1)
    if not found or block[stop - 1].isspace():
        return True
    word = found[-1].rstrip("\"”’')]").lstrip("\"“‘'([")
    if not word.endswith("."):
        return True
    bare = word[:-1]
    if bare in abbr.never_final:
        return False
    if len(bare) == 1 and bare.isalpha() and bare.isupper():
        return False
    if bare in abbr.may_be_final or re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", bare):
        following = re.match(r"\s+[\"“‘'(\[]?(\w+)", block[stop:])
        return bool(following and following.group(1) in abbr.openers)
    return True


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of ``text``, in order, trimmed of surrounding whitespace."""
    abbr = load_abbreviations()
    out: list[Sentence] = []
    for block_start, block_end in _blocks(text):
        block = text[block_start:block_end]
        cut = 0
        for match in _CANDIDATE.finditer(block):
            if _is_boundary(block, match.end(), match.group(1), match.group(2), abbr):
                _add(out, text, block_start + cut, block_start + match.end())
                cut = match.end()
        _add(out, text, block_start + cut, block_end)
    return out


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    piece = text[start:end]
    stripped = piece.strip()
    if not stripped:
        return
    start += len(piece) - len(piece.lstrip())
    end = start + len(stripped)
    out.append(Sentence(start=start, end=end, text=stripped))
