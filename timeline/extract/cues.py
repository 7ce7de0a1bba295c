"""The cue words of ``data/event_cues.yaml``, compiled once: what makes a trigger an event."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from timeline.data_files import data_file
from timeline.extract.phrases import compile_phrases

#: The types of the deciding verbs ("agreed", "voted"), folded into the event they decide,
#: and the types of event they can decide; "agreed to reopen the border" stays an agreement.
DECIDING = frozenset({"agreement", "election"})
DECIDED = frozenset({"meeting", "visit", "exercise", "sanction", "military_display", "attack"})


@dataclass(frozen=True)
class Cues:
    """Compiled cue patterns; ``*_end`` patterns match only right before a position."""

    happen: re.Pattern[str]
    light_end: re.Pattern[str]
    scheduled_end: re.Pattern[str]
    planned_end: re.Pattern[str]
    irrealis_end: re.Pattern[str]
    reported_future_end: re.Pattern[str]
    complement: re.Pattern[str]
    clause: re.Pattern[str]
    generic: re.Pattern[str]
    attribution_tail: re.Pattern[str]
    compound_head: re.Pattern[str]
    passive_before: frozenset[str]
    topic_opener: re.Pattern[str]
    topic_verbs: frozenset[str]
    date_preposition_gap: re.Pattern[str]
    bare_complement: re.Pattern[str]
    not_events: re.Pattern[str]
    pretend: re.Pattern[str]
    audience_end: re.Pattern[str]
    reference_end: re.Pattern[str]
    audience_words: tuple[str, ...]
    labour_before: re.Pattern[str]
    labour_triggers: frozenset[str]
    speculative: re.Pattern[str]
    preposition_end: re.Pattern[str]
    passive_not_events: frozenset[str]
    prospect_end: re.Pattern[str]
    verb_marker_end: re.Pattern[str]
    negation_end: re.Pattern[str]
    dated_passive: re.Pattern[str]
    decision_end: re.Pattern[str]
    decision_chain_end: re.Pattern[str]
    promise: frozenset[str]
    voting_council: re.Pattern[str]
    named_event: re.Pattern[str]
    participle_heads: frozenset[str]
    action_past: re.Pattern[str]
    aspect_verbs: frozenset[str]
    not_action_before: frozenset[str]
    infinitive_after: re.Pattern[str]
    strike: re.Pattern[str]
    fired_at: re.Pattern[str]
    not_target_after: re.Pattern[str]
    conditional_opener: re.Pattern[str]
    named_event_types: dict[str, str]
    named_event_context: re.Pattern[str]
    objects_not_events: dict[str, re.Pattern[str]]
    objects_other: dict[str, re.Pattern[str]]
    document_subject: re.Pattern[str]
    cargo_subject: re.Pattern[str]
    document_topic_end: re.Pattern[str]
    reaction_verbs: frozenset[str]
    called_off_end: re.Pattern[str]
    casualty_verbs: frozenset[str]
    test_target_after: re.Pattern[str]
    place_visit: re.Pattern[str]
    place_visit_first: re.Pattern[str]
    habit_end: re.Pattern[str]
    election_words: re.Pattern[str]
    talks_words: re.Pattern[str]


def _ending(words: list[str], gap: int) -> re.Pattern[str]:
    """Words that end a text, allowing up to ``gap`` other words (adverbs, articles) after them."""
    body = compile_phrases(words, ignore_case=True).pattern
    # the words between may be quoted: "held \"frank and constructive\" talks"
    return re.compile(body + r"(?:\s+[\w’'“”\"-]+){0," + str(gap) + r"}\s*$", re.I)


def _objects(table: dict[str, list[str]]) -> dict[str, re.Pattern[str]]:
    """For each verb lemma, a pattern for one of its object nouns within the next four words."""
    return {
        str(lemma): re.compile(
            r"(?:\s+(?!(?:and|or|to|with|about|over|on|in|at|for|from|by)\b)[\w’'-]+){0,4}?\s+"
            + compile_phrases([str(n) for n in nouns], ignore_case=True).pattern,
            re.I,
        )
        for lemma, nouns in table.items()
    }


@cache
def load_cues() -> Cues:
    """The shipped cue words, loaded and compiled once."""
    raw = data_file("event_cues.yaml")

    def words(key: str) -> list[str]:
        return [str(w) for w in raw.get(key) or ()]

    return Cues(
        happen=compile_phrases(words("happen"), ignore_case=True),
        light_end=_ending(words("light"), 6),
        scheduled_end=_ending(words("scheduled"), 2),
        planned_end=_ending(words("planned"), 1),
        irrealis_end=_ending(words("irrealis") + words("avoid_verbs"), 1),
        reported_future_end=_ending(words("reported_future"), 1),
        complement=compile_phrases(words("complement"), ignore_case=True),
        clause=compile_phrases(words("clause"), ignore_case=True),
        generic=compile_phrases(words("generic_subjects"), ignore_case=True),
        attribution_tail=re.compile(
            r",\s+(?:[^,]{0,70}?\s)?"
            + compile_phrases(words("attribution"), ignore_case=True).pattern
            + r"(?:\s+[\w’'-]+){0,4}\s*[.!?]?[\"”]?\s*$",
            re.I,
        ),
        compound_head=re.compile(
            r"[\s-]+" + compile_phrases(words("compound_heads"), ignore_case=True).pattern, re.I
        ),
        passive_before=frozenset(w.lower() for w in words("passive_before")),
        topic_verbs=frozenset(words("topic_verbs")),
        topic_opener=re.compile(
            r"\b"
            + compile_phrases(words("topic_prepositions"), ignore_case=True).pattern
            + r"\s+(?:the|a|an|its|their|last\s+\w+['’]s)\s+(?:[\w-]+\s+)?$",
            re.I,
        ),
        date_preposition_gap=re.compile(
            r"\s+(?:the\s+)?(?:"
            + compile_phrases(words("times_of_day_before_date"), ignore_case=True).pattern
            + r"\s+on\s+)?",
            re.I,
        ),
        not_events=compile_phrases(words("not_events"), ignore_case=True),
        pretend=compile_phrases(words("pretend"), ignore_case=True),
        labour_before=re.compile(
            r"(?:(?:"
            + compile_phrases(words("labour_modifiers"), ignore_case=True).pattern
            + r"|\b\d+-(?:hour|day)|\b[a-z]+-(?:hour|day))(?:\s+[\w’'-]+){0,1}"
            + r"|(?-i:"
            + compile_phrases(words("labour_subjects")).pattern
            + r")(?:[\s,]+(?!said\b|says\b|told\b)[\w’'-]+){0,12}[\s,]*)\s+$",
            re.I,
        ),
        labour_triggers=frozenset(words("labour_triggers")),
        reference_end=re.compile(
            r"\W*"
            + compile_phrases(words("reference_before"), ignore_case=True).pattern
            + r"\s+(?:the|a|an|its|their|this|that)\s+(?:[\w’'-]+\s+){0,3}$",
            re.I,
        ),
        audience_words=tuple(words("audience_verbs")),
        audience_end=re.compile(
            compile_phrases(words("audience_verbs"), ignore_case=True).pattern
            + r"\s+(?:the|a|an|its|their|his|her)\s+(?:[\w’'-]+\s+){0,3}$",
            re.I,
        ),
        # case-sensitive: "May" is a month
        speculative=compile_phrases(words("speculative")),
        preposition_end=_ending(words("prepositions"), 0),
        passive_not_events=frozenset(w.lower() for w in words("passive_not_events")),
        prospect_end=_ending(words("prospect"), 3),
        negation_end=_ending(words("negation"), 1),
        # "was cancelled in 2010", "was first tested in April 2012": checked for a date after it
        dated_passive=re.compile(
            r"\b(?:was|were|has been|have been|had been)\s+(?:(?:\w+ly|"
            + compile_phrases(words("verb_adverbs"), ignore_case=True).pattern
            + r")\s+)?(?P<verb>[a-z]{3,}ed)\b"
        ),
        action_past=re.compile(
            r"\b(?:[a-z]{3,}ed|"
            + "|".join(re.escape(w) for w in words("action_verbs_past"))
            + r")\b"
        ),
        strike=compile_phrases(words("strike_verbs"), ignore_case=True),
        fired_at=re.compile(
            compile_phrases(words("fired_at_verbs"), ignore_case=True).pattern
            + r"[^.;]{0,60}?"
            + compile_phrases(words("fired_at_weapons"), ignore_case=True).pattern
            + r"[^.;]{0,40}?\b(?:at|against)\s+(?!\d|"
            + compile_phrases(
                words("fired_at_not_targets") + words("test_targets"), ignore_case=True
            ).pattern
            + r")",
            re.I,
        ),
        # "fired a missile at a decommissioned landing ship": what "at" names is no target of war
        not_target_after=re.compile(
            r"(?:(?!\bat\b)[^.;]){0,60}\bat\s+"
            + compile_phrases(words("test_targets"), ignore_case=True).pattern,
            re.I,
        ),
        not_action_before=frozenset(words("not_action_before")),
        infinitive_after=re.compile(
            r"\s+to\s+(?!"
            + compile_phrases(words("to_objects"), ignore_case=True).pattern
            + r")[a-z]+"
        ),
        aspect_verbs=frozenset(words("aspect_verbs")),
        participle_heads=frozenset(w.lower() for w in words("participle_heads")),
        conditional_opener=re.compile(
            r"\s*[\"“]?"
            + compile_phrases(words("conditional_openers"), ignore_case=True).pattern
            + r"\s",
            re.I,
        ),
        named_event=re.compile(
            r"\b(?P<head>"
            + "|".join(re.escape(str(w)) for w in raw.get("named_events") or {})
            + r")\s+(?P<name>[A-Z][\w’'-]*(?:\s+(?:[A-Z0-9][\w’'-]*))*)"
        ),
        named_event_context=compile_phrases(words("named_event_context"), ignore_case=True),
        named_event_types={str(k): str(v) for k, v in (raw.get("named_events") or {}).items()},
        voting_council=compile_phrases(words("voting_councils"), ignore_case=True),
        promise=frozenset(w.lower() for w in words("promise")),
        # "agreed on Monday to clear the minefields together and to hold an exercise"
        decision_chain_end=re.compile(
            r"\b"
            + compile_phrases(words("decision"), ignore_case=True).pattern
            + r"(?:\s+[\w’'-]+){0,3}?\s+to\s+[^.;:]{1,160}?,?\s+and\s+(?P<to>to)\s+"
            + r"(?:[\w-]+\s+){0,5}$",
            re.I,
        ),
        decision_end=re.compile(
            r"\b"
            + compile_phrases(words("decision"), ignore_case=True).pattern
            + r"(?:\s+[\w’'-]+){0,3}?\s+(?P<to>to)\s+(?:[\w-]+\s+){0,3}$",
            re.I,
        ),
        verb_marker_end=re.compile(
            r"\b"
            + compile_phrases([*words("verb_markers"), "to"], ignore_case=True).pattern
            + r"(?:\s+"
            + compile_phrases(words("verb_adverbs"), ignore_case=True).pattern
            + r")?\s+$",
            re.I,
        ),
        bare_complement=re.compile(
            r"(?:\s+"
            + compile_phrases(words("told_audiences"), ignore_case=True).pattern
            + r")?\s+("
            + compile_phrases(words("subject_pronouns"), ignore_case=True).pattern
            + r")\s+[a-z]"
        ),
        objects_not_events=_objects(raw.get("objects_not_events") or {}),
        objects_other=_objects(raw.get("objects_other") or {}),
        # "The contract, worth about $2.9 billion, calls for": the document opens its sentence
        # case-sensitive nouns: "The World Food Programme said" is a body speaking
        document_subject=re.compile(
            r"\W*(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Aa]n?)\s+(?:[\w’'-]+\s+){0,3}?"
            + compile_phrases(words("document_subjects")).pattern
            # "The agreement between Sudan and South Sudan calls for", "The contract, worth ..."
            + r"(?:\s+(?:with|between|on|for|of|signed|reached|agreed)\s+[^,]{1,60}?)?"
            + r"(?:\s*,[^,]{1,80},)?\s+(?:\w+ly\s+)?$"
        ),
        # "signed a memorandum on the patrols": the patrols are what the paper is about
        document_topic_end=re.compile(
            compile_phrases(words("document_subjects"), ignore_case=True).pattern
            + r"(?:\s+of\s+understanding)?\s+(?:on|about|regarding|concerning|over)\s+"
            + r"(?:[\w’'-]+\s+){0,3}$",
            re.I,
        ),
        reaction_verbs=frozenset(w.lower() for w in words("reaction_verbs")),
        casualty_verbs=frozenset(w.lower() for w in words("casualty_verbs")),
        habit_end=re.compile(
            compile_phrases(words("habit_adverbs"), ignore_case=True).pattern + r"\s+$", re.I
        ),
        election_words=compile_phrases(words("election_words"), ignore_case=True),
        talks_words=compile_phrases(words("talks_words"), ignore_case=True),
        # the first words of those verbs, a cheap check before the full pattern
        place_visit_first=compile_phrases(
            {w.split()[0] for w in words("place_visit_verbs")}, ignore_case=True
        ),
        # a place's name after the verb: not "called at France's request"
        place_visit=re.compile(
            r"(?i:"
            + compile_phrases(words("place_visit_verbs"), ignore_case=True).pattern
            + r")(?=\s+(?:the\s+(?:port|city|naval\s+base|harbou?r)\s+of\s+)?"
            + r"[A-Z][a-z][\w-]*(?![’']s\b)(?:\s+[A-Z][\w-]*)*(?![’']s\b)\b)"
        ),
        # "its warhead hit the designated target": what was hit is a range's target
        test_target_after=re.compile(
            r"\s+(?:the\s+)?(?:designated\s+|intended\s+|assigned\s+|simulated\s+|mock\s+)?"
            r"(?:target\b|"
            + compile_phrases(words("test_targets"), ignore_case=True).pattern
            + r")",
            re.I,
        ),
        # a determiner after the verb: "the postponed meeting" is still to be held
        called_off_end=re.compile(
            r"(?:"
            + compile_phrases(words("called_off"), ignore_case=True).pattern
            + r"\s+(?:the|that|this|these|those|a|an|its|their|his|her|next|planned)"
            + r"|"
            + compile_phrases(words("avoid_verbs"), ignore_case=True).pattern
            + r"(?:\s+(?:the|any|all|its|their))?)\s+(?:[\w’'-]+\s+){0,3}$",
            re.I,
        ),
        cargo_subject=re.compile(
            compile_phrases(words("cargo_nouns"), ignore_case=True).pattern
            + r"(?:\s+(?:of|from|for|and)\s+[\w’'-]+(?:\s+[\w’'-]+){0,3})?\s+(?:\w+ly\s+)?$",
            re.I,
        ),
    )
