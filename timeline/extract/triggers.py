"""Trigger words and phrases: which words report an event of which type.

The triggers live in ``data/event_types.yaml`` (see the notation in its header);
this module expands them into inflected forms and matches them all with one
compiled pattern, built once.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import cache

from timeline.data_files import data_file
from timeline.extract.phrases import PhrasePattern, compile_phrases, normalise
from timeline.taxonomy import Taxonomy, load_taxonomy
from timeline.temporal.lexicon import lexicon

_NOUN_MARK = re.compile(r"\s*\(n\)\s*$")
_GAP = " ... "
#: The words a gap may span, up to seven ("named Finance Minister Nikolai Draganov as", "found Cevallos, 63,
#: guilty"): a comma may follow a word, as around an age or a short apposition, but not one
#: that opens a new clause (", and officials went to"), unless it closes the gap ("named a
#: former minister, Ali Lamine, as").
_GAP_WORDS = (
    r"(?:\s+[\w’'.-]+(?:,(?!\s+(?:and|but|or|while|which|who|when|where|as|after|before)\b))?)"
    r"{1,7}?,?\s+"
)
_VOWELS = set("aeiou")
#: The word right after a trigger (where a date may open).
_WORD_AFTER = re.compile(r"\s+(\w+)")
#: "set on fire on Sunday", "came under fire on Saturday": the trigger's verb is a noun there.
_NOUN_FIRE_BEFORE = re.compile(r"\b(?:on|under)\s+$", re.IGNORECASE)


@dataclass(frozen=True)
class TriggerSpec:
    """What one trigger form reports."""

    form: str
    type: str
    subtype: str | None
    noun: bool
    plain: bool
    lemma: str
    #: A noun form that is also a verb of the same type ("visit", "tour"): "will visit" reports.
    also_verb: bool = False


@dataclass(frozen=True)
class TriggerMatch:
    """A trigger found in a text: its span and what it reports."""

    start: int
    end: int
    text: str
    spec: TriggerSpec


def inflect(verb: str) -> list[str]:
    """A regular verb's forms: base, third person, past and present participle."""
    if verb.endswith("ee"):
        # "agree" -> "agreeing", "free" -> "freeing"
        past, ing = verb + "d", verb + "ing"
    elif verb.endswith("e"):
        past, ing = verb + "d", verb[:-1] + "ing"
    elif verb.endswith("y") and len(verb) > 1 and verb[-2] not in _VOWELS:
        past, ing = verb[:-1] + "ied", verb + "ing"
    elif _doubles(verb) or verb in _stressed_last()["double"]:
        # "ban" -> "banned", "cut" -> "cutting", "admit" -> "admitted"
        past, ing = verb + verb[-1] + "ed", verb + verb[-1] + "ing"
    else:
        past, ing = verb + "ed", verb + "ing"
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        third = verb + "es"
    elif verb.endswith("y") and len(verb) > 1 and verb[-2] not in _VOWELS:
        third = verb[:-1] + "ies"
    else:
        third = verb + "s"
    if verb in _stressed_last()["both"]:
        # "signaled" and "signalled": American and British spelling
        return [verb, third, past, ing, verb + verb[-1] + "ed", verb + verb[-1] + "ing"]
    return [verb, third, past, ing]


@cache
def _stressed_last() -> dict[str, frozenset[str]]:
    """Verbs of two syllables that double their last letter (``doubling`` in event_cues.yaml)."""
    raw = data_file("event_cues.yaml")["doubling"]
    return {key: frozenset(str(w) for w in raw.get(key) or ()) for key in ("double", "both")}


def _doubles(verb: str) -> bool:
    """Whether a one-syllable verb ending consonant-vowel-consonant doubles its last letter."""
    if len(verb) < 3 or verb[-1] in _VOWELS or verb[-1] in "wxy":
        return False
    if verb[-2] not in _VOWELS or verb[-3] in _VOWELS:
        return False
    return len(re.findall(r"[aeiou]+", verb)) == 1


def expand(trigger: str) -> tuple[list[str], bool, str]:
    """The forms a trigger stands for, whether it is a noun, and its lemma phrase."""
    noun = bool(_NOUN_MARK.search(trigger))
    phrase = _NOUN_MARK.sub("", trigger).strip()
    first, _, rest = phrase.partition(" ")
    if not first.endswith("+"):
        return [phrase], noun, phrase
    base = first[:-1]
    tail = f" {rest}" if rest else ""
    forms = inflect(base)
    if rest:
        # "took office", "froze ... assets": a phrase's irregular past; a bare one ("shot",
        # "held") says too little alone
        forms += [f for f in _irregular_forms().get(base, ()) if f not in forms]
    return [form + tail for form in forms], noun, base + tail


@cache
def _irregular_forms() -> dict[str, tuple[str, ...]]:
    """Each verb's irregular past and participle ("shoot": "shot"; "take": "took", "taken"),
    from ``irregular_pasts`` in event_cues.yaml: "take+ office" stands for "took office" too."""
    raw = data_file("event_cues.yaml").get("irregular_pasts") or {}
    forms: dict[str, list[str]] = {}
    for past, verb in raw.items():
        forms.setdefault(str(verb), []).append(str(past))
    return {verb: tuple(pasts) for verb, pasts in forms.items()}


@dataclass(frozen=True)
class TriggerMatcher:
    """All trigger forms of a taxonomy, matched with one pattern."""

    pattern: PhrasePattern
    specs: dict[str, TriggerSpec]
    gapped: PhrasePattern | None = None
    gapped_specs: dict[str, tuple[tuple[re.Pattern[str], TriggerSpec], ...]] = field(
        default_factory=dict
    )
    #: For each gapped head met, where its shorter heads end (those that are heads too).
    _shorter: dict[str, tuple[int, ...]] = field(default_factory=dict, compare=False, repr=False)

    def find(self, text: str, start: int = 0, end: int | None = None) -> Iterator[TriggerMatch]:
        """Every trigger in ``text[start:end]``, longest first at each position, in text order."""
        stop = len(text) if end is None else end
        found: list[TriggerMatch] = []
        for match in self.pattern.finditer(text, start, stop):
            key = normalise(match.group(), flexible_hyphen=True, fold_case=True)
            spec = self.specs.get(key)
            if (
                spec is not None
                and spec.type == "attack"
                and key.endswith(" on")
                and _date_after(text, match.end())
                and _NOUN_FIRE_BEFORE.search(text, max(0, match.start() - 8), match.start()) is None
            ):
                # "was fired on Feb. 13": the "on" opens the date, not what "fired on" aims at
                # (a vote "on" a day or a mandate running out "on" it are still what they are);
                # the verb alone reports what it reports, if anything
                short = match.group()[: -len(" on")].rstrip()
                spec = self.specs.get(normalise(short, flexible_hyphen=True, fold_case=True))
                if spec is not None:
                    found.append(
                        TriggerMatch(match.start(), match.start() + len(short), short, spec)
                    )
                continue
            if spec is not None:
                found.append(TriggerMatch(match.start(), match.end(), match.group(), spec))
        if self.gapped is None:
            yield from found
            return
        extra = []
        for match in self.gapped.finditer(text, start, stop):
            head = match.group().lower()
            overlap = [f for f in found if f.start < match.end() and match.start() < f.end]
            if any(not f.spec.plain for f in overlap):
                continue
            # "filed a lawsuit": when no tail of the longest head ("filed a ... protest")
            # follows, a shorter head ("filed ... lawsuit") may still have one
            cut = len(head)
            spec = self._tail_spec(head, text, match.start(), cut, stop)
            for cut in self._shorter_heads(head) if spec is None else ():
                spec = self._tail_spec(head, text, match.start(), cut, stop)
                if spec is not None:
                    break
            if spec is None:
                continue
            # the whole head ends where the match does (lower case may change its length)
            end = match.end() if cut == len(head) else match.start() + cut
            # "spoke with X by telephone": the gapped phrase says more than the plain "spoke";
            # the span is the verb only, so the words of the gap stay actors and objects
            found = [f for f in found if f not in overlap]
            extra.append(TriggerMatch(match.start(), end, text[match.start() : end], spec))
        yield from sorted(found + extra, key=lambda m: m.start)

    def _shorter_heads(self, head: str) -> tuple[int, ...]:
        """Where the shorter heads of ``head`` that have gapped triggers of their own end."""
        cuts = self._shorter.get(head)
        if cuts is None:
            cuts = tuple(c for c in _word_ends(head)[1:] if head[:c] in self.gapped_specs)
            self._shorter[head] = cuts
        return cuts

    def _tail_spec(
        self, head: str, text: str, start: int, cut: int, stop: int
    ) -> TriggerSpec | None:
        """The spec of the first gapped trigger with head ``head[:cut]`` whose tail follows."""
        return next(
            (
                spec
                for tail, spec in self.gapped_specs.get(head[:cut], ())
                if tail.match(text, start + cut, stop)
            ),
            None,
        )


def _date_after(text: str, end: int) -> bool:
    """Whether a date opens right at ``end`` (" Feb. 13", " Monday", " 4 March")."""
    match = _WORD_AFTER.match(text, end)
    if match is None:
        return False
    word = match.group(1).lower()
    words = lexicon()
    return word.isdigit() or word in words.months or word in words.weekdays


def _word_ends(head: str) -> list[int]:
    """Where each word of ``head`` ends, the last first: the head and its shorter heads."""
    return [m.end() for m in re.finditer(r"\S+", head)][::-1]


def build_matcher(taxonomy: Taxonomy) -> TriggerMatcher:
    """Expand every trigger of ``taxonomy``; a subtype's form wins over its parent's."""
    specs: dict[str, TriggerSpec] = {}
    gapped: dict[str, list[tuple[re.Pattern[str], TriggerSpec]]] = {}
    ordered = sorted(taxonomy.types.values(), key=lambda t: t.parent is not None)
    for event_type in ordered:
        top = event_type.parent or event_type.name
        subtype = event_type.name if event_type.parent else None
        plain = top == "statement" and subtype is None
        for trigger in event_type.triggers:
            if _GAP in trigger:
                forms, tail = _gapped(trigger)
                spec = TriggerSpec(trigger, top, subtype, False, plain, expand(trigger)[2])
                for form in forms:
                    gapped.setdefault(form.lower(), []).append((tail, spec))
                continue
            forms, noun, lemma = expand(trigger)
            for form in forms:
                key = normalise(form, flexible_hyphen=True, fold_case=True)
                known = specs.get(key)
                # "drills", "bombing": the noun reading needs a date or a verb, so it wins
                if known is not None and known.noun and not noun and known.type == top:
                    specs[key] = replace(known, also_verb=True)
                    continue
                also_verb = known is not None and not known.noun and noun and known.type == top
                specs[key] = TriggerSpec(key, top, subtype, noun, plain, lemma, also_verb)
    pattern = compile_phrases(specs, ignore_case=True, flexible_hyphen=True)
    if not gapped:
        return TriggerMatcher(pattern=pattern, specs=specs)
    heads = compile_phrases(gapped, ignore_case=True)
    return TriggerMatcher(
        pattern, specs, heads, {head: tuple(pairs) for head, pairs in gapped.items()}
    )


def _gapped(trigger: str) -> tuple[list[str], re.Pattern[str]]:
    """A trigger with a gap ("name+ ... as"): its verb forms and the pattern of gap and tail."""
    head, _, tail = trigger.partition(_GAP)
    forms, _, _ = expand(head)
    words = r"\s+".join(re.escape(w) for w in tail.split())
    return forms, re.compile(rf"{_GAP_WORDS}{words}\b", re.IGNORECASE)


@cache
def default_matcher() -> TriggerMatcher:
    """The matcher for the shipped taxonomy, built once."""
    return build_matcher(load_taxonomy())
