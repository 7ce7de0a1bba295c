"""Organisations an article introduces with a short form: "the Rapid Support Forces (RSF)",
"Islamic State West Africa Province, known as ISWAP". Both forms then name the same actor.
"""

from __future__ import annotations

import re

from timeline.extract.mentions import Mention, name_words

_WORD = r"[A-Z][\w’'-]*"
_NAME = rf"{_WORD}(?:\s+(?:(?:of|of the|for|for the|and|de|du|des|del|la|al)\s+)?{_WORD})+"
_SHORT = r"[A-Z][A-Z0-9&-]{1,7}"
#: "Name (SHORT)" or "Name, known as SHORT" / "Name, or SHORT".
_INTRODUCED = re.compile(
    rf"(?<![\w-])(?P<name>{_NAME})(?:\s+\((?P<paren>{_SHORT})\)|,\s+(?:known as|or)\s+(?P<known>{_SHORT})\b)"
)
#: Words that may open a capitalised run without being part of the name.
_LEADS = ("The ", "A ", "An ", "In ", "On ", "At ", "By ", "For ", "From ", "Fighters of the ")


def introduced_names(text: str) -> dict[str, str]:
    """Every short form an article introduces, mapped to its full name (first introduction wins)."""
    found: dict[str, str] = {}
    for match in _INTRODUCED.finditer(text):
        short = match.group("paren") or match.group("known")
        name = _spelled_out(match.group("name"), short)
        if name is not None:
            found.setdefault(short, name)
    return found


def _spelled_out(run: str, short: str) -> str | None:
    """The part of a capitalised run that the short form abbreviates.

    The shortest tail whose capitals spell the short form ("Kelvin Siame of the
    Citizens' Democratic Alliance (CDA)" → "Citizens' Democratic Alliance"); else the
    whole run when it starts with the short form's letter ("Confederation of
    Portuguese Farmers (CAP)"); else nothing.
    """
    for lead in _LEADS:
        if run.startswith(lead):
            run = run[len(lead) :]
    words = list(re.finditer(r"\S+", run))
    letters = short.replace("-", "").replace("&", "")
    if words and words[-1].group() in name_words("not_organization_tails"):
        return None  # "Eastern Standard Time (EST)", "Gross Domestic Product (GDP)"
    for first in range(len(words) - 1, -1, -1):
        if not words[first].group()[:1].isupper():
            continue
        initials = "".join(w.group()[0] for w in words[first:] if w.group()[:1].isupper())
        if initials.upper() == letters.upper():
            # the text as written, line breaks included, so it can be found again
            tail = run[words[first].start() :]
            return tail if first < len(words) - 1 else None
    if len(words) > 1 and words[0].group()[0] == letters[0]:
        return run
    return None


def named_mentions(
    text: str, start: int, end: int, names: dict[str, str], mentions: list[Mention]
) -> list[Mention]:
    """Mentions of the introduced organisations in ``text[start:end]``, by full or short name.

    A full name replaces a dictionary match inside it ("Islamic State" within "Islamic
    State West Africa Province"); elsewhere an earlier mention wins.
    """
    if not names:
        return mentions
    added: list[Mention] = []
    for short, name in names.items():
        for form in (name, short):
            position = text.find(form, start, end)
            while position >= 0:
                stop = position + len(form)
                bounded = (position == 0 or not text[position - 1].isalnum()) and (
                    stop >= len(text) or not text[stop].isalnum()
                )
                if bounded and not any(a.start < stop and position < a.end for a in added):
                    added.append(Mention(position, stop, name, "organization", evidence="name"))
                position = text.find(form, stop, end)
    if not added:
        return mentions
    kept = [
        m
        for m in mentions
        if not any(a.start <= m.start and m.end <= a.end and m.kind != "country" for a in added)
        and not any(a.start < m.end and m.start < a.end and m.kind == "organization" for a in added)
    ]
    fresh = [a for a in added if not any(k.start < a.end and a.start < k.end for k in kept)]
    return sorted(kept + fresh, key=lambda m: (m.start, m.end))
