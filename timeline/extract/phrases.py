"""One compiled regular expression for a large list of phrases, built as a character trie.

A plain alternation of hundreds of phrases is slow; a trie shares prefixes so the
engine tests each position once. Spaces match any run of whitespace and, when
asked, hyphens match a hyphen or whitespace ("test-fired", "test fired").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

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
    if text.isalpha():
        # most matches are one plain word: nothing to collapse
        return text.lower() if fold_case else text
    text = (_HYPHEN_RUN if flexible_hyphen else _SPACE_RUN).sub(" ", text.strip())
    return text.lower() if fold_case else text


def compile_phrases(
    phrases: Iterable[str], *, ignore_case: bool = False, flexible_hyphen: bool = False
) -> re.Pattern[str]:
    """A pattern matching any of ``phrases`` as whole words, longest first."""
    keys = {normalise(p, flexible_hyphen, ignore_case) for p in phrases if p.strip()}
    if not keys:
        return re.compile(r"(?!x)x")
    body = _pattern(_trie(sorted(keys)), flexible_hyphen)
    return re.compile(r"(?<![\w\-])" + body + r"(?![\w])", re.IGNORECASE if ignore_case else 0)
