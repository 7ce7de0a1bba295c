"""Organisations an article introduces with a short form: "the Rapid Support Forces (RSF)",
"Islamic State West Africa Province, known as ISWAP". Both forms then name the same actor.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from timeline.extract.mentions import Mention, name_words

_SHORT = r"[A-Z][A-Z0-9&-]{1,7}"
#: Where a short form is introduced: "(SHORT)" or ", known as SHORT" / ", or SHORT".
_INTRODUCTION = re.compile(
    rf"\s+\((?P<paren>{_SHORT})\)|,\s+(?:known as|or)\s+(?P<known>{_SHORT})\b"
)
#: One word of a name, read backwards from the introduction.
_NAME_WORD = re.compile(r"[A-Z][\w’'-]*|of|for|the|and|de|du|des|del|la|al")
_WORD_BEFORE = re.compile(r"(\S+)(\s*)$")
#: How many words back from the short form a name may reach.
MAX_NAME_WORDS = 10


def introduced_names(text: str) -> dict[str, str]:
    """Every short form an article introduces, mapped to its full name (first introduction wins).

    Each "(SHORT)" or ", known as SHORT" is found first, then the capitalised run
    before it is read backwards, at most ``MAX_NAME_WORDS`` words: the work is linear
    in the text.
    """
    found: dict[str, str] = {}
    for match in _INTRODUCTION.finditer(text):
        short = match.group("paren") or match.group("known")
        run = _run_before(text, match.start())
        name = _spelled_out(run, short) if run else None
        if name is not None:
            found.setdefault(short, name)
    return found


#: A short form used on its own, in capitals: "The NPP launched ..." (its first capital comes
#: before the look-behind, so that the regex engine skips to capitals).
_BARE_SHORT = re.compile(r"[A-Z](?<![\w-].)[A-Z]{1,5}(?![\w-])")


@cache
def _skipped() -> str:
    """Small words inside a name that its initials skip ("of the", "de"): connectors, particles."""
    words = sorted(name_words("organization_connectors") | name_words("particles"))
    return r"(?:(?:" + "|".join(words) + r")\s+)*"


def _first_head(text: str, letter: str) -> int:
    """Where the text first holds an organisation head starting with ``letter`` (-1: nowhere)."""
    places = [text.find(head) for head in _heads_by_letter().get(letter, ())]
    return min((place for place in places if place >= 0), default=-1)


@cache
def _heads_by_letter() -> dict[str, tuple[str, ...]]:
    """The organisation heads grouped by their first letter."""
    grouped: dict[str, list[str]] = {}
    for head in name_words("organization_heads"):
        grouped.setdefault(head[:1], []).append(head)
    return {letter: tuple(words) for letter, words in grouped.items()}


@cache
def _spelling(short: str) -> re.Pattern[str]:
    """Capitalised words whose initials spell ``short``, with small words between them."""
    return re.compile(
        r"(?<![\w-])"
        + r"\s+".join(f"{letter}[\\w-]*" for letter in short).replace(r"\s+", r"\s+" + _skipped())
        + r"(?![\w-])"
    )


def initialled_names(
    text: str, known: dict[str, str], skip: Callable[[str], bool] = lambda short: False
) -> dict[str, str]:
    """Short forms an article uses without introducing them, spelled out by a name it wrote
    earlier: "the New Patriotic Party's candidate ... The NPP launched its manifesto".

    ``known`` holds the forms already introduced and ``skip`` tells the ones an actor
    dictionary knows ("US", "UN"); only an organisation's name (one ending in an
    organisation head, "Party", "Front", "Council") counts as the spelling.
    """
    found: dict[str, str] = {}
    heads = name_words("organization_heads")
    first: dict[str, int] = {}
    for match in _BARE_SHORT.finditer(text):
        first.setdefault(match.group(), match.start())
    head_seen: dict[str, int] = {}
    for short, position in first.items():
        if short in known or skip(short):
            continue
        # the spelling ends in a head that starts with the last letter: none before, no spelling
        letter = short[-1]
        if letter not in head_seen:
            head_seen[letter] = _first_head(text, letter)
        if not 0 <= head_seen[letter] < position:
            continue
        name = next(
            (
                m.group()
                for m in _spelling(short).finditer(text, 0, position)
                if m.group().split()[-1] in heads
            ),
            None,
        )
        if name is not None:
            found[short] = name
    return found


def _run_before(text: str, end: int) -> str:
    """The capitalised run (with "of", "the", "and" inside it) that ends at ``end``."""
    start = end
    words = 0
    while words < MAX_NAME_WORDS:
        match = _WORD_BEFORE.search(text, max(0, start - 40), start)
        if match is None or not _NAME_WORD.fullmatch(match.group(1)):
            break
        start = match.start()
        words += 1
    run = text[start:end]
    # a run opens with a capitalised word, not with "of the"
    while run and not run[:1].isupper():
        cut = re.match(r"\S+\s+", run)
        if cut is None:
            return ""
        run = run[cut.end() :]
    return run


def _spelled_out(run: str, short: str) -> str | None:
    """The part of a capitalised run that the short form abbreviates.

    The shortest tail whose capitals spell the short form ("Kelvin Siame of the
    Citizens' Democratic Alliance (CDA)" → "Citizens' Democratic Alliance"), in any order
    when it has three letters or more (a name translated: "Revolutionary Armed Forces of
    Colombia (FARC)"); else the
    whole run when it starts with the short form's letter ("Confederation of
    Portuguese Farmers (CAP)"); else nothing. Runs that end in a measure or a zone
    ("Gross Domestic Product (GDP)") and runs opened by a title ("Prime Minister ...")
    name no organisation.
    """
    first_word = re.match(r"\S+\s*", run)
    while first_word is not None and first_word.group().strip() in name_words("short_form_leads"):
        run = run[first_word.end() :]
        first_word = re.match(r"\S+\s*", run)
    words = list(re.finditer(r"\S+", run))
    if not words:
        return None
    letters = short.replace("-", "").replace("&", "")
    if words[-1].group() in name_words("not_organization_tails"):
        return None  # "Eastern Standard Time (EST)", "Gross Domestic Product (GDP)"
    if words[0].group() in name_words("person_title_words"):
        return None  # "Prime Minister Narendra Modi (PM)": a person, not a body
    for first in range(len(words) - 1, -1, -1):
        if not words[first].group()[:1].isupper():
            continue
        initials = "".join(w.group()[0] for w in words[first:] if w.group()[:1].isupper())
        # "National Movement for the Liberation of Azawad (MNLA)": a short form taken from the
        # name in another language has the same initials in another order
        if initials.upper() == letters.upper() or (
            len(letters) >= 3 and sorted(initials.upper()) == sorted(letters.upper())
        ):
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

    A full name replaces a dictionary organisation inside it ("Islamic State" within
    "Islamic State West Africa Province"); a person or a country mention always stays (beside
    the name that holds it), and a name that overlaps a person is no organisation ("William
    Ruto, or WR").
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
                person = any(
                    m.kind == "person" and m.start < stop and position < m.end for m in mentions
                )
                if (
                    bounded
                    and not person
                    and not any(a.start < stop and position < a.end for a in added)
                ):
                    added.append(Mention(position, stop, name, "organization", evidence="name"))
                position = text.find(form, stop, end)
    if not added:
        return mentions
    kept = [
        m
        for m in mentions
        if m.kind in ("country", "person")
        or not any(a.start < m.end and m.start < a.end for a in added)
    ]
    # "Congolese Rally for Democracy": the country its adjective names stays beside the name
    fresh = [
        a
        for a in added
        if not any(k.start < a.end and a.start < k.end and k.kind != "country" for k in kept)
    ]
    return sorted(kept + fresh, key=lambda m: (m.start, m.end))
