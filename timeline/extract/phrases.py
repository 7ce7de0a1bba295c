"""One compiled regular expression for a large list of phrases, built as a character trie.

A plain alternation of hundreds of phrases is slow; a trie shares prefixes so the
engine tests each position once. Spaces match any run of whitespace and, when
asked, hyphens match a hyphen or whitespace ("test-fired", "test fired").
"""

from __future__ import annotations

import re
import sys
import threading
from collections.abc import Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from typing import Any

from timeline.temporal.anchors import CASE_BLIND_LETTERS, first_key

_END = ""


def _piece(char: str, flexible_hyphen: bool) -> str:
    if char == " ":
        return r"\s+" if not flexible_hyphen else r"[\s\-]+"
    if char == "-" and flexible_hyphen:
        return r"[\s\-]+"
    return re.escape(char)


def _trie(phrases: Iterable[str]) -> dict[str, Any]:
    root: dict[str, Any] = {}
    for phrase in phrases:
        node = root
        for char in phrase:
            node = node.setdefault(char, {})
        node[_END] = {}
    return root


def _pattern(node: dict[str, Any], flexible_hyphen: bool) -> str:
    branches = [
        _piece(char, flexible_hyphen) + _pattern(child, flexible_hyphen)
        for char, child in sorted(node.items())
        if char != _END
    ]
    if _END in node:
        # the empty branch last, so the longest phrase wins
        branches.append("")
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


_HYPHEN_RUN = re.compile(r"[\s\-]+")
_SPACE_RUN = re.compile(r"\s+")


def normalise(text: str, flexible_hyphen: bool = False, fold_case: bool = False) -> str:
    """The lookup key of a matched phrase: whitespace (and hyphens) collapsed, case folded."""
    if not text.isalpha():
        text = (_HYPHEN_RUN if flexible_hyphen else _SPACE_RUN).sub(" ", text.strip())
    return case_blind(text) if fold_case else text


def case_blind(text: str) -> str:
    """``text`` lowered as a case-blind pattern sees it: "Diyarbakır" and "DIYARBAKIR" alike."""
    if text.isascii():
        return text.lower()
    return text.translate(CASE_BLIND_LETTERS).lower().replace("i\u0307", "i")


#: a token every sentence holds: a phrase list with it among its first words is never skipped
_ALWAYS = ""


def _match_key(key: str) -> str:
    """A word key as a case-blind pattern sees it: the same for every form it matches."""
    return key if key.isascii() else case_blind(key)


def match_keys(text: str, keys: list[str]) -> list[str]:
    """The word keys of ``text`` (``timeline.temporal.anchors.words``) as phrase lists match
    them: the same list for a text in plain ASCII."""
    return keys if text.isascii() else [k if k.isascii() else case_blind(k) for k in keys]


class _Sentence:
    """The sentence being read and its lowered tokens, listed once for every phrase list."""

    __slots__ = ("document", "sentence", "start", "end", "tokens", "index")

    def __init__(
        self,
        document: str | None,
        sentence: str | None,
        start: int,
        end: int,
        index: dict[str, list[int]],
    ) -> None:
        self.document = document
        self.sentence = sentence
        self.start = start
        self.end = end
        #: where each word key starts in the document
        self.index = index
        self.tokens = frozenset((_ALWAYS, *index))


_NO_SENTENCE = _Sentence(None, None, 0, 0, {})


class _Focus(threading.local):
    """The sentence in focus in this thread, read by one look-up (a thread-local attribute
    costs twice a plain one, and plans are many)."""

    def __init__(self) -> None:
        self.now = _NO_SENTENCE


_FOCUS = _Focus()


def focus_sentence(
    document: str,
    start: int,
    end: int,
    sentence: str,
    offsets: Sequence[int],
    keys: Sequence[str],
) -> None:
    """Name the sentence ``document[start:end]`` (also held as ``sentence``) being read now.

    ``offsets`` and ``keys`` are where its words start in the document and their keys
    (``match_keys`` of ``timeline.temporal.anchors.words``). Phrase lists then skip that sentence, or any span
    of it, when none of their first words is in it, and otherwise try only where such a
    word starts: scanning each position costs the same for any list, and most lists have no
    first word in most sentences.
    """
    index: dict[str, list[int]] = {}
    for offset, key in zip(offsets, keys, strict=True):
        index.setdefault(key, []).append(offset)
    _FOCUS.now = _Sentence(document, sentence, start, end, index)


def focus_lacks(text: str, keys: AbstractSet[str]) -> bool:
    """Whether ``text`` is the sentence in focus and holds none of the word ``keys``: a pattern
    every match of which holds one of those words need not be searched there."""
    focus = _FOCUS.now
    return text is focus.sentence and keys.isdisjoint(focus.tokens)


def clear_focus() -> None:
    """Forget the sentence named by ``focus_sentence``: every phrase list scans again."""
    _FOCUS.now = _NO_SENTENCE


class PhrasePattern:
    """A compiled phrase list that reads the sentence in focus by its words.

    It skips the sentence when it holds none of the list's first words and, when every
    match opens with a phrase (``leads``), tries only where such a word starts.
    """

    __slots__ = ("regex", "pattern", "flags", "first", "leads", "match", "fullmatch", "split")

    def __init__(
        self,
        regex: re.Pattern[str],
        first_words: frozenset[str],
        leads: bool,
        split: tuple[PhrasePattern, re.Pattern[str]] | None = None,
    ) -> None:
        self.regex = regex
        #: the phrases that open with a word, and those that open with a sign (";", ", and"),
        #: apart: the first read the focused sentence by its words, the second scan for signs
        self.split = split
        self.pattern = regex.pattern
        self.flags = regex.flags
        #: the first token of every phrase, lowered (``_ALWAYS`` among them: never skip)
        self.first = first_words
        #: whether every match starts with one of the phrases
        self.leads = leads and _ALWAYS not in first_words
        self.match = regex.match
        self.fullmatch = regex.fullmatch

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        """Like ``re.Pattern.finditer``."""
        if self.split is not None:
            return self._merged(text, pos, endpos)
        plan = self._plan(text, pos, endpos)
        if plan is None:
            return self.regex.finditer(text, pos, endpos)
        return self._at(text, *plan, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """Like ``re.Pattern.search``."""
        if self.split is not None:
            words, signs = self.split
            found, other = words.search(text, pos, endpos), signs.search(text, pos, endpos)
            return (
                found
                if other is None or (found is not None and found.start() < other.start())
                else other
            )
        # ``_plan`` and the first match of ``_at``, inlined: searches are many, and most
        # find none of the list's first words in the sentence
        focus = _FOCUS.now
        shift = _shift_in_focus(focus, text, pos, endpos)
        if shift is None:
            return self.regex.search(text, pos, endpos)
        first = self.first
        if first.isdisjoint(focus.tokens):
            return None
        if not self.leads:
            return self.regex.search(text, pos, endpos)
        match = self.regex.match
        for offset in _starts(focus.index, first.intersection(focus.tokens)):
            at = offset - shift
            if pos <= at < endpos and (found := match(text, at, endpos)) is not None:
                return found
        return None

    def at_words(
        self, text: str, offsets: Sequence[int], keys: Sequence[str]
    ) -> Iterator[re.Match[str]]:
        """The matches of ``finditer`` over all of ``text``, tried only at its words (``offsets``,
        with their ``match_keys``) that open a phrase (everywhere without ``leads``)."""
        if not self.leads:
            return self.regex.finditer(text)
        starts = [offset for offset, key in zip(offsets, keys, strict=True) if key in self.first]
        return self._at(text, starts, 0, 0, len(text))

    def _merged(self, text: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
        """The matches of the two halves of a split list, as the whole pattern finds them:
        the first one from where the last ended, whichever half it comes from."""
        at = pos
        while True:
            found = self.search(text, at, endpos)
            if found is None:
                return
            yield found
            at = found.end()

    def _plan(self, text: str, pos: int, endpos: int) -> tuple[list[int], int] | None:
        """Where in ``text[pos:endpos]`` a match may start and where ``text`` starts in the
        focused document, when the span lies in the focused sentence; None to scan it."""
        focus = _FOCUS.now
        shift = _shift_in_focus(focus, text, pos, endpos)
        if shift is None:
            return None
        # most lists open with no word of most sentences: tell that without building a set
        if self.first.isdisjoint(focus.tokens):
            return [], shift
        if not self.leads:
            return None
        return _starts(focus.index, self.first.intersection(focus.tokens)), shift

    def _at(
        self, text: str, starts: Iterable[int], shift: int, pos: int, endpos: int
    ) -> Iterator[re.Match[str]]:
        """The matches tried at ``starts`` (less ``shift``), in order, none overlapping."""
        match = self.regex.match
        end = pos
        for offset in starts:
            at = offset - shift
            if end <= at < endpos and (found := match(text, at, endpos)) is not None:
                yield found
                end = found.end()


def _shift_in_focus(focus: _Sentence, text: str, pos: int, endpos: int) -> int | None:
    """Where ``text`` starts in the focused document, when ``text[pos:endpos]`` lies in the
    focused sentence and does not end inside a word; None when the span must be scanned."""
    if text is focus.sentence:
        shift = focus.start
    elif text is focus.document and focus.start <= pos and endpos <= focus.end:
        shift = 0
    else:
        return None
    if 0 < endpos < len(text):
        before, after = text[endpos - 1], text[endpos]
        if (before.isalnum() or before == "_") and (after.isalnum() or after == "_"):
            # a span ending inside a word ends a word of its own there
            return None
    return shift


def word_char(char: str) -> bool:
    r"""Whether ``char`` is one ``\w`` matches."""
    return char.isalnum() or char == "_"


def _starts(index: dict[str, list[int]], keys: AbstractSet[str]) -> list[int]:
    """Where the words of ``keys`` start, in text order."""
    if len(keys) == 1:
        return index[next(iter(keys))]
    starts: list[int] = []
    for key in keys:
        starts += index[key]
    starts.sort()
    return starts


def holding(
    pattern: str, *lists: PhrasePattern, flags: int = 0, leads: bool = False
) -> PhrasePattern:
    """``pattern``, every match of which holds a phrase of one of ``lists``: it skips as they do.

    With ``leads``, every match opens with such a phrase: it is tried only where one starts.
    """
    return PhrasePattern(
        re.compile(pattern, flags), frozenset().union(*(p.first for p in lists)), leads=leads
    )


def compile_phrases(
    phrases: Iterable[str], *, ignore_case: bool = False, flexible_hyphen: bool = False
) -> PhrasePattern:
    """A pattern matching any of ``phrases`` as whole words, longest first."""
    keys = {normalise(p, flexible_hyphen, ignore_case) for p in phrases if p.strip()}
    if not keys:
        return PhrasePattern(re.compile(r"(?!x)x"), frozenset(), leads=False)
    body = _pattern(_trie(sorted(keys)), flexible_hyphen)
    # whole words; a phrase that opens or closes with a sign (";", ", and") may touch a word
    # (the plain boundaries are kept for lists without one: they are cheaper to test)
    signed = {key for key in keys if not word_char(key[0]) and key[0] != "-"}
    closes = any(not word_char(key[-1]) for key in keys)
    start = r"(?:(?<![\w\-])|(?=[^\w\s\-]))" if signed else r"(?<![\w\-])"
    end = r"(?:(?<!\w)|(?!\w))" if closes else r"(?!\w)"
    flags = re.IGNORECASE if ignore_case else 0
    regex = re.compile(start + body + end, flags)
    split = None
    if signed and signed != keys:
        # ";" and ":" among words: the words keep their fast path, the signs are scanned
        words = compile_phrases(
            keys - signed, ignore_case=ignore_case, flexible_hyphen=flexible_hyphen
        )
        signs = re.compile(_pattern(_trie(sorted(signed)), flexible_hyphen) + end, flags)
        split = (words, signs)
    return PhrasePattern(
        regex, frozenset(_first_match_key(key) for key in keys), leads=True, split=split
    )


def _first_match_key(phrase: str) -> str:
    """The match key of a phrase's first word; ``_ALWAYS`` for a phrase opening with a sign
    ("-led"), whose matches start before any word."""
    if not phrase[:1].isalnum():
        return _ALWAYS
    first = first_key(case_blind(phrase))
    if not first or first.startswith("\u03b9"):
        # a case-blind iota also matches the combining ypogegrammeni, which is no letter
        return _ALWAYS
    return _match_key(first)
