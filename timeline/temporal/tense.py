"""Whether the clause around an expression speaks of the past or the future.

A bare "Thursday" or "June" is resolved backwards in a past-tense sentence
("met on Thursday") and forwards in a future or prospective one ("will meet on
Thursday", "offered to host talks in November").
The verb group that governs the expression decides: the nearest tense cue
before it in its sentence ("said on Monday it will..." is past). Only when
nothing before it marks a tense does the nearest cue after it decide, and then
not from inside a relative clause the expression introduces ("on Tuesday that
will allow...").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from timeline.temporal.anchors import first_key, words
from timeline.temporal.lexicon import alternation, lexicon
from timeline.temporal.work import charge

PAST = "past"
#: What may follow a future cue within its verb group: "will stay closed", "will keep its land
#: borders closed", "is expected to hold closed consultations": up to four words between, none
#: opening a clause; a participle before "in", "on" or "by" tells an event of its own ("pledged
#: to respect the ceasefire signed in Kidal on May 23").
_PARTICIPLE_AFTER = re.compile(
    r"(?:\s+(?!(?:that|which|who|whom|whose|and|but|or|after|before|when)\b)[\w'’-]+){0,4}?"
    r"\s+[a-z]+ed",
    re.IGNORECASE,
)
#: "be formally signed", " signed" after "would be formally": the participle of a future
#: passive ("be" must stand in the future cue or right after it: ``_BE``).
_PASSIVE_REST = re.compile(r"(?:\s+be)?(?:\s+[a-z]+ly)?\s+[a-z]+ed", re.IGNORECASE)
_BE = re.compile(r"\bbe\b", re.IGNORECASE)
#: A plural noun right before a participle ("parties represented in"), not a verb's subject
#: pronoun or an auxiliary ("was", "has").
_PLURAL_NOUN_BEFORE = re.compile(
    r"\b(?!(?:was|has|is|does|its|his|this|thus|as|us)\b)[a-z]{3,}s\s+$"
)
_OWN_EVENT_AFTER = re.compile(r"\s+(?:in|on|at|by|from|during|last|earlier)\b", re.IGNORECASE)
FUTURE = "future"
#: ", and ...", ", but ...", "; ...": a coordinated clause has a verb group of its own.
_JOINED_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\s|;|\s[—–]\s")

#: How far (characters) to look for a cue on either side of an expression.
WINDOW = 240
#: A sentence ends at ., ! or ? before a capital letter (not "a.m. and", "Sept. 1"), or at a line break.
SENTENCE_END = re.compile(
    # the punctuation first, then the look-behinds: the scan stops only at ".", "!", "?"
    r"[.!?](?<!\b[ap]\.m[.!?])(?<!\b[A-Z][.!?])(?<!\bMr[.!?])(?<!\bMrs[.!?])(?<!\bMs[.!?])"
    r"(?<!\bDr[.!?])(?<!\bSt[.!?])[\"'”’)]*\s+(?=[\"“‘(]?[A-Z])|\n"
)


@dataclass(frozen=True)
class _Cues:
    """The tense cue pattern and the word keys its matches can open with (``words`` in
    ``timeline.temporal.anchors``), beside any word ending in "-ed"; None when a cue phrase
    opens with another sign, and every position is tried."""

    pattern: re.Pattern[str]
    openers: frozenset[str] | None


@cache
def _cues() -> _Cues:
    lex = lexicon()
    # "will cut": the verb after a modal is bare, whatever it looks like
    # "has called a general strike on Monday", "have called for another march on June 13": the
    # event called is yet to come (a past "called a strike on Monday" may date the call)
    future = (
        alternation(lex.calling_verbs)
        + r"\s+(?:for\s+)?(?:a|an|another)\s+(?:[\w-]+\s+){0,3}?"
        + alternation(lex.called_events)
        + r"|"
    )
    # "called both sides to a new meeting in Santiago on Monday": the fresh meeting is ahead
    future += (
        alternation(lex.summoning_verbs)
        + r"\s+(?:[\w'’-]+\s+){1,4}?to\s+(?:a|an)\s+"
        + alternation(lex.fresh_meeting_words)
        + r"\s+(?:[\w-]+\s+){0,2}?"
        + alternation(lex.called_events)
        + r"|"
    )
    # "have accepted an invitation from the Chamber of Commerce to a televised debate": what the
    # invitation is to, the "to" and what follows it (the accepting itself may be dated before)
    future += (
        r"(?:(?:has|have|had)\s+)?(?P<invite>"
        + alternation(lex.invitation_verbs)
        + r")\s+(?:an|the|its|their|his|her)\s+"
        + alternation(lex.invitation_nouns)
        + r"\s+(?:from\s+(?:[\w'’.-]+\s+){1,6}?)?to\b|"
    )
    # "is to be held": but "appeared to be a new missile" describes, it does not look ahead
    not_verbs = alternation(lex.not_verbs_after_to)
    # "believed to be Y.B.'s cousin": a name or a possessive after "to be" is no verb
    future += (
        rf"(?:(?:is|are|was|were)\s+)?to\s+be\s+(?!{not_verbs}(?![\w'’]))(?-i:[a-z]+)(?![’']s\b)|"
    )
    # "will be re-sat", "would be re-run": a hyphened verb is one word
    future += r"(?:will|shall|'ll)\s+be\s+[a-z]+(?:-[a-z]+)?|(?:will|shall|'ll)(?:\s+not)?\s+[a-z]+(?:-[a-z]+)?|"
    # "state media said a parade would be held on April 25": the future of a reported saying
    # ("would have been held" looks back)
    future += r"would(?:\s+not)?\s+(?!have\b)(?:be\s+)?[a-z]+(?:-[a-z]+)?|"
    # "has scheduled a work session May 6": the perfect of scheduling still looks ahead
    future += r"(?:has|have)\s+(?:been\s+)?(?:scheduled|slated|pencilled|penciled)|"
    future += alternation(lex.future_cues)
    # "are meeting on Tuesday": the present progressive with a date is an arrangement
    future += r"|(?:is|are|am|['’]re)\s+(?!being\b)[a-z]+ing"
    # "offered to host", "agreed to hold", "invited him to visit": an intention looks ahead;
    # "agreed to a truce" does not
    # "ordered the miners back to work": "back to" heads a place, not an infinitive
    not_after = "".join(rf"(?<!\b{re.escape(w)}\s)" for w in lex.not_infinitive_after)
    infinitive = rf"{not_after}to\s+(?!{alternation(lex.not_verbs_after_to)}(?![\w'’]))[a-z]+"
    # "have agreed to debate in late April": the perfect of an intention still looks ahead;
    # "agreed to hear the case" is a court granting review, no plan
    review = (
        r"(?!to\s+"
        + alternation(lex.review_infinitives)
        + r"\s+(?:the|a|an|its|his|her|their)\s+(?:[\w'’-]+\s+){0,3}?"
        + alternation(lex.review_objects)
        + r"\b)"
    )
    future += (
        r"|(?:(?:has|have)\s+(?:[a-z]+ly\s+)?)?(?P<intent>"
        + alternation(lex.prospective_verbs)
        # "voted by a large majority to stage two more strikes on October 22": a manner between
        + r")\s+(?:by\s+(?:[\w-]+\s+){1,3}?)?"
        + review
        + infinitive
    )
    future += (
        # "has asked him to appear on July 2": the perfect of asking still looks ahead
        r"|(?:(?:has|have|had)\s+)?(?P<asked>"
        + alternation(lex.prospective_object_verbs)
        + r")\s+(?:[\w'’.-]+\s+){0,4}?"
        + infinitive
    )
    # "set the case down for hearing on Thursday", "fixed the matter for mention on May 3": what
    # a court lists is yet to come
    future += (
        "|(?P<listed>"
        + alternation(lex.listing_verbs)
        + r")\s+(?:[\w'’-]+\s+){1,4}?(?:down\s+)?for(?=\s)"
    )
    future += (
        "|(?P<defer>"
        + alternation(lex.deferral_verbs)
        + r")\s+(?:[\w'’-]+\s+){1,4}?(?:to|until)(?=\s)"
    )
    perfect = r"(?:has|have|had)(?:\s+not|n['’]t)?\s+[a-z]+(?:ed|en|wn|ne|t)"
    # "helped by new models": a participle with its agent describes, it does not narrate ("voted
    # by 19 votes to 11" gives a margin, no agent)
    past = alternation(lex.past_cues) + r"|" + perfect + r"|[a-z]+ed(?!\s+by\s+(?![\d]))"
    pattern = re.compile(
        rf"(?<![\w'’])(?:(?P<future>{future})|(?P<past>{past}))(?![\w])", re.IGNORECASE
    )
    # the first word of every branch above but the "-ed" word
    phrases = [
        *lex.calling_verbs,
        *lex.invitation_verbs,
        *lex.summoning_verbs,
        *("has", "have", "had", "is", "are", "am", "'re", "was", "were"),
        *("to", "will", "shall", "'ll", "would"),
        *lex.future_cues,
        *lex.prospective_verbs,
        *lex.prospective_object_verbs,
        *lex.deferral_verbs,
        *lex.listing_verbs,
        *lex.past_cues,
    ]
    keys = {first_key(phrase) for phrase in phrases}
    plain = all(key is not None and key.isascii() for key in keys)
    return _Cues(pattern, frozenset(key for key in keys if key is not None) if plain else None)


def _cue_matches(text: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
    """The tense cues ``finditer`` finds in ``text[pos:endpos]``, tried only at the words one
    can open: a hot path, and the pattern is a long alternation."""
    cues = _cues()
    openers = cues.openers
    if openers is None:
        yield from cues.pattern.finditer(text, pos, endpos)
        return
    offsets, keys = words(text)
    # the word ``endpos`` cuts may match as cut ("planning" as "plan")
    last = bisect_left(offsets, endpos) - 1
    for i in range(bisect_left(offsets, pos), last + 1):
        at, key = offsets[i], keys[i]
        # a key that is not ASCII ("ſ", "ı") may match an ASCII letter of a case-blind pattern
        if at >= pos and (key in openers or key.endswith("ed") or i == last or not key.isascii()):
            if (
                key.endswith("ed")
                and at
                and text[at - 1] == "-"
                and _NAME_JOINED.search(text, max(0, at - 30), at)
            ):
                # "the Madhesi-dominated plains", "a Kremlin-backed group": an adjective ("North
                # Korea test-fired a missile" keeps its verb)
                continue
            found = cues.pattern.match(text, at, endpos)
            if found is not None:
                yield found
                pos = found.end()


def _past_form(verb: str) -> bool:
    """Whether an intention verb is in the past tense ("agreed", "sought", "called on"; not
    "hopes")."""
    word = verb.lower().split()[0]
    return word.endswith("ed") or word in lexicon().past_cues


@cache
def _determiner_before() -> re.Pattern[str]:
    """An article or possessive right before an "-ed" word makes it an adjective ("a combined strike")."""
    return re.compile(
        r"(?<![\w'’])" + alternation(lexicon().adjective_determiners) + r"\s+$", re.IGNORECASE
    )


@cache
def _relative_clause() -> re.Pattern[str]:
    return re.compile(
        r"(?<![\w'’])" + alternation(lexicon().relative_pronouns) + r"(?![\w'’])", re.IGNORECASE
    )


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The start and end of the sentence around ``[start, end)``, looking at most WINDOW chars away."""
    lo = max(0, start - WINDOW)
    left = lo
    # the end of the sentence before is seen up to the capital it looks ahead to, which may be
    # the expression's own first letter ("... for Thursday. Thursday's strike")
    for m in SENTENCE_END.finditer(text, lo, min(len(text), start + 2)):
        if m.end() > start:
            break
        left = m.end()
    hi = min(len(text), end + WINDOW)
    found = SENTENCE_END.search(text, end, hi)
    right = found.start() + 1 if found else hi
    return left, right


#: "U.S.-led", "Iran-backed", "state-owned": participles that end a compound adjective
#: ("test-fired", "re-elected" stay verbs).
_COMPOUND_PARTICIPLES = frozenset(
    {
        "led",
        "backed",
        "owned",
        "funded",
        "sponsored",
        "supported",
        "brokered",
        "mediated",
        "made",
        "built",
        "run",
        "controlled",
        "held",
        "linked",
        "allied",
        "aligned",
        "flagged",
        "registered",
        "based",
        "armed",
        "trained",
    }
)


def _kind(m: re.Match[str], not_past: frozenset[str]) -> str | None:
    """The tense one cue match marks, or None when an "-ed" word is no verb ("United", "indeed",
    the "-led" of "U.S.-led")."""
    if m["future"]:
        if m["future"].lower() in _future_nouns() and _determiner_before().search(
            m.string, max(0, m.start() - 8), m.start()
        ):
            # "cut its forecast in January": the noun, no look ahead
            return None
        return FUTURE
    word = m["past"]
    if word.lower() in not_past or word[0].isupper() and word.endswith("ed"):
        return None
    if word.lower() in _same_form_pasts() and _bare_form_before().search(
        m.string, max(0, m.start() - 8), m.start()
    ):
        # "is expected to cut rates", "will quit": the bare verb, no past
        return None
    if (
        m.start("past") > 0
        and m.string[m.start("past") - 1] == "-"
        and word.lower() in _COMPOUND_PARTICIPLES
    ):
        return None
    if word.lower() in lexicon().currency_pasts and _amount_before().search(
        m.string, max(0, m.start() - 12), m.start()
    ):
        # "20 million won per depositor": the currency, no past
        return None
    return PAST


@cache
def _future_nouns() -> frozenset[str]:
    """Future cues that are nouns after a determiner ("its forecast"; ``future_nouns``)."""
    return frozenset(lexicon().future_nouns)


@cache
def _amount_before() -> re.Pattern[str]:
    """An amount right before a word: a figure, or a figure and its "million" (``amount_words``)."""
    return re.compile(r"\d(?:\s+" + alternation(lexicon().amount_words) + r")?\s+$")


@cache
def _same_form_pasts() -> frozenset[str]:
    """Past forms that are also the bare verb ("cut", "quit"; ``same_form_pasts``)."""
    return frozenset(lexicon().same_form_pasts)


@cache
def _bare_form_before() -> re.Pattern[str]:
    """ "to", "will", "did" right before a verb: its bare form follows (``bare_form_before``)."""
    return re.compile(
        r"(?<![\w'’])" + alternation(lexicon().bare_form_before) + r"\s+$", re.IGNORECASE
    )


@cache
def _present_opener() -> re.Pattern[str]:
    return re.compile(
        r"(?<![\w'’])" + alternation(lexicon().present_openers) + r"\s+", re.IGNORECASE
    )


@cache
def _later_clause() -> re.Pattern[str]:
    """A word that opens a subordinate clause: "on Saturday after an ally withdrew"."""
    return re.compile(r"\s" + alternation(lexicon().later_clause_openers) + r"\s", re.IGNORECASE)


@cache
def _source_opener() -> re.Pattern[str]:
    return re.compile(
        r"(?<![\w'’])" + alternation(lexicon().source_openers) + r"(?![\w'’])", re.IGNORECASE
    )


#: The words of a clause and the signs that would end it.
_CLAUSE_TOKEN = re.compile(r"[\w'’.-]+|[,;:()\"“”]")


def _present_clause(text: str, left: int, start: int) -> int | None:
    """Where a clause with a present verb that holds the expression opens ("before Iranians
    vote in a presidential election on Friday", "until talks resume on Monday"), if one does.

    Its subject is a name or a noun after any determiners; its verb the next word, when that
    word is one of ``present_verbs`` (or its -s form).
    """
    opener = None
    for match in _present_opener().finditer(text, left, start):
        opener = match
    if opener is None:
        return None
    lex = lexicon()
    tokens = _CLAUSE_TOKEN.findall(text, opener.end(), start)
    if any(not token[0].isalnum() for token in tokens):
        return None
    index = 0
    while index < len(tokens) and tokens[index].lower() in lex.determiners:
        index += 1
    if index < len(tokens) and tokens[index][:1].islower():
        index += 1
    else:
        while index < len(tokens) and not tokens[index][:1].islower():
            index += 1
    if index == 0 or index >= len(tokens) or not tokens[index - 1][:1].isalnum():
        return None
    if not _present_verb(tokens[index]) and index + 1 < len(tokens) and tokens[index][-1] == "s":
        # "G20 leaders gather": a plural noun ends the subject
        index += 1
    verb, subject = tokens[index], tokens[index - 1]
    if not _present_verb(verb):
        return None
    # a lower-case subject agrees with its verb ("the delegations return", "the council
    # meets"); "a slow start" is a noun phrase
    if subject[:1].islower() and subject.endswith("s") == (verb not in lex.present_verbs):
        return None
    return opener.start()


def _present_verb(word: str) -> bool:
    """Whether ``word`` is one of ``present_verbs`` or its -s form ("votes", "reaches",
    "flies")."""
    verbs = lexicon().present_verbs
    return word in verbs or (
        word.endswith("s")
        and (
            word[:-1] in verbs
            or word.endswith("es")
            and word[:-2] in verbs
            or word.endswith("ies")
            and word[:-3] + "y" in verbs
        )
    )


def tense_near(text: str, start: int, end: int) -> str | None:
    """``"past"``, ``"future"`` or None (no cue) for the expression at ``[start, end)``."""
    charge("resolutions")
    left, right = sentence_bounds(text, start, end)
    not_past = lexicon().not_past_ed
    governing: str | None = None
    governing_at = -1
    future_at = future_end = -1
    # "..., according to a statement issued on Monday night": the source's own clause
    scan_from = left
    for source in _source_opener().finditer(text, left, start):
        scan_from = source.start()
    for m in _cue_matches(text, scan_from, start):
        if m.end() > start:
            break
        kind = _kind(m, not_past)
        if kind == PAST and _determiner_before().search(text, max(left, m.start() - 8), m.start()):
            # "a combined strike", "the revised plan": an adjective, not a past verb
            continue
        if kind == PAST and _PRESENT_BE_BEFORE.search(text, max(left, m.start() - 8), m.start()):
            # "when it is published on Tuesday": a present passive, no past
            continue
        if (
            kind == PAST
            and future_end >= 0
            and _PARTICIPLE_AFTER.fullmatch(text, future_end, m.end())
            and (
                not _OWN_EVENT_AFTER.match(text, m.end())
                # "would be formally signed in Washington": the passive's own participle
                or (
                    _PASSIVE_REST.fullmatch(text, future_end, m.end()) is not None
                    and _BE.search(text, future_at, m.end()) is not None
                )
            )
        ):
            # "will stay closed until Monday": a participle inside a future verb group
            continue
        if (
            kind == PAST
            and future_end >= 0
            and _PLURAL_NOUN_BEFORE.search(text, max(future_end, m.start() - 24), m.start())
            and _OWN_EVENT_AFTER.match(text, m.end())
        ):
            # "would meet leaders of all parties represented in parliament on Saturday": a
            # participle after a noun describes it, the future verb still governs
            continue
        if (
            kind == PAST
            and future_end >= 0
            and text.startswith(("will ", "shall "), future_at)
            and _AND_BEFORE.search(text, max(left, m.start() - 5), m.start())
            and _NOUN_AFTER.match(text, m.end())
        ):
            # "will convene a meeting of donors and affected countries": an adjective; a verb
            # joined to a future one would not be past
            continue
        if (
            kind == PAST
            and future_end >= 0
            and (
                _BARE_VERB_GAP.fullmatch(text, future_end, m.start())
                or _PREPOSITION_BEFORE.search(text, max(future_end, m.start() - 8), m.start())
            )
            and _NOUN_AFTER.match(text, m.end())
        ):
            # "is due to publish revised standards for processed milk in July": right after the
            # future verb or a preposition, an "-ed" word before a noun describes the noun
            continue
        if kind == FUTURE:
            future_at, future_end = m.start(), m.end()
        if kind is not None:
            governing, governing_at = kind, m.start()
    # "the last meeting before G20 leaders gather in Hangzhou on September 4-5": a present
    # verb after "before" looks ahead, whatever the main clause's tense
    if governing != FUTURE:
        opener = _present_clause(text, left, start)
        if opener is not None and opener > governing_at:
            return FUTURE
    if (
        governing is not None
        and governing != PAST
        and _SUBORDINATOR.search(text, governing_at, start)
    ):
        # "the first to be held since the court in January upheld the pact": the date sits in a
        # clause of its own, whose past verb follows it closely
        for m in _cue_matches(text, end, min(right, end + OWN_VERB_REACH)):
            if _kind(m, not_past) == PAST and "," not in text[end : m.start()]:
                return PAST
            break
    if governing is not None:
        return governing
    agent = _AGENT_PARTICIPLE.search(text, max(left, start - AGENT_REACH), start)
    if agent is not None and agent["verb"].lower() not in not_past:
        # "The ordinance, approved by the City Council on Feb. 16, would have": the date is the
        # participle's own, which tells a past act
        return PAST
    clause = _relative_clause().search(text, end, right)
    if clause is not None:
        right = clause.start()
    # "holds an election on October 24, and none of the candidates has ...": a clause of its own
    joined = _JOINED_CLAUSE.search(text, end, right)
    if joined is not None:
        right = joined.start()
    present_before: bool | None = None  # read only when needed: the scan is a hot path
    subordinate = _later_clause().search(text, end, right)
    if subordinate is not None:
        present_before = _present_s_before(text, left, start)
        if present_before:
            # "faces a confidence vote on Saturday after an ally withdrew its support": the
            # verb of a clause the date's own present verb subordinates is another event's
            right = subordinate.start()
    for m in _cue_matches(text, end, right):
        kind = _kind(m, not_past)
        if kind == PAST and _determiner_before().search(text, max(end, m.start() - 8), m.start()):
            continue
        if kind == FUTURE and _rescheduled().fullmatch(m.group()):
            # "On Tuesday the diplomacy moved to Muscat", "on Monday the case was adjourned
            # until June": a verb that moves something to a later day dates only that day
            continue
        if kind == FUTURE and (
            (m["intent"] and _past_form(m["intent"]))
            or (m["invite"] and _past_form(m["invite"]))
            or (m["asked"] and _past_form(m["asked"]))
        ):
            # "On September 26, ... the two sides agreed to pull back": the date before a past
            # intention dates the agreeing, which is past; only a date after it looks ahead
            return PAST
        if kind is not None:
            return kind
    # "Khan leaves for Beijing on Monday", "the exercise begins on Friday": a present verb
    # of its own clause that a date follows tells a plan
    if present_before is None:
        present_before = _present_s_before(text, left, start)
    return FUTURE if present_before else None


#: The words right before a date, back to a clause break: where its verb may stand.
_LEAD_WORDS = re.compile(
    # an apposition between commas ("in the Lok Sabha, the lower house of parliament, on
    # Saturday") counts as one word
    r"(?:[\w'’-]+\s+|[\w'’-]+,\s+(?:the|an?)\s+(?:[\w'’-]+\s+){0,5}[\w'’-]+,\s+){1,9}$"
)


#: A participle with its agent, in the date's own phrase ("approved by the City Council on a 5-2
#: vote on"): no comma or clause word between.
_AGENT_PARTICIPLE = re.compile(
    r"(?<![\w'’-])(?P<verb>[a-z]+ed)\s+by\s+(?:(?!(?:and|but|which|that|who|while|would|will)\b)[^,;.])*$",
    re.IGNORECASE,
)
#: How far before a date (characters) its agent's participle may stand.
AGENT_REACH = 80
#: "is published", "are held": the present of "be" before a participle.
_PRESENT_BE_BEFORE = re.compile(r"\b(?:is|are|am)\s+$")
#: A capitalised word joined by a hyphen to what follows: "Kremlin-", "US-".
_NAME_JOINED = re.compile(r"(?<![\w'’-])[A-Z][\w'’]*-$")
#: Words that open a clause of its own inside a sentence.
_SUBORDINATOR = re.compile(r"\b(?:since|after|when|because|although|though|while)\b", re.I)
#: How far after a date (characters) the past verb of its own clause may start.
OWN_VERB_REACH = 20
_AND_BEFORE = re.compile(r"\b(?:and|or)\s+$")
#: The one bare verb between a future marker and what follows it: "due to publish ".
_BARE_VERB_GAP = re.compile(r"\s+[a-z]+\s+")
#: A preposition right before a word: "for processed milk".
_PREPOSITION_BEFORE = re.compile(r"\b(?:for|of|with|about|from|into)\s+$")
#: A plain noun right after a past form: "affected countries" (no date, preposition or object word).
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:on|in|at|by|to|from|for|the|a|an|his|her|its|their|last|this|that)\b)[a-z]+\b"
)


@cache
def _rescheduled() -> re.Pattern[str]:
    """ "moved to", "postponed until", "rescheduled for": a future cue for the day it names only
    (``rescheduling_verbs`` in en.yaml)."""
    return re.compile(
        alternation(lexicon().rescheduling_verbs) + r"\s+(?:to|until|for)", re.IGNORECASE
    )


#: Words set off between two dashes or in brackets: " - the United States, Russia and China - ".
_INSERTION = re.compile(r"\s[-–—]\s[^-–—()]{1,160}?\s[-–—]\s|\s\([^()]{1,160}\)")


def _present_s_before(text: str, left: int, start: int) -> bool:
    """Whether one of the six words before ``start`` is the -s form of a present verb
    ("leaves", "holds", "begins"), or a bare one after a plural ("Australians vote"), with
    nothing between it and the date but words."""
    before = text[max(left, start - 240) : start]
    if "- " in before or "— " in before or ")" in before:
        # "Negotiators from six powers - the United States, Russia ... - resume talks on
        # Wednesday": the words set off between dashes or brackets stand outside the clause
        before = _INSERTION.sub(" ", before)
    lead = _LEAD_WORDS.search(before[-120:])
    if lead is None:
        return False
    verbs = lexicon().present_verbs
    words = lead.group().split()
    return any(
        word.endswith("s") and word not in verbs and _present_verb(word) for word in words
    ) or any(
        # "Australians vote on Saturday", "talks resume on Monday": a plural and its bare verb
        verb in verbs and _plural(subject)
        for subject, verb in zip(words, words[1:], strict=False)
    )


def _plural(word: str) -> bool:
    """Whether ``word`` looks like a plural subject: "Australians", "talks", "they" (not "was",
    "this", "press", "status", "Russia's")."""
    return word.lower() == "they" or (
        len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "’s"))
    )
