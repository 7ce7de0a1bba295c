"""The cue words of ``data/event_cues.yaml``, compiled once: what makes a trigger an event."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from timeline.data_files import data_file
from timeline.extract.phrases import PhrasePattern, compile_phrases, holding

#: The types of the deciding verbs ("agreed", "voted"), folded into the event they decide,
#: and the types of event they can decide; "agreed to reopen the border" stays an agreement.
DECIDING = frozenset({"agreement", "election"})
DECIDED = frozenset({"meeting", "visit", "exercise", "sanction", "military_display", "attack"})


@dataclass(frozen=True)
class Cues:
    """Compiled cue patterns; ``*_end`` patterns match only right before a position."""

    happen: PhrasePattern
    light_end: PhrasePattern
    scheduled_end: PhrasePattern
    planned_end: PhrasePattern
    irrealis_end: PhrasePattern
    reported_future_end: PhrasePattern
    complement: PhrasePattern
    #: "that ship two days later": the object a "that" after a verb of action opens
    object_after_that: re.Pattern[str]
    accusation: PhrasePattern
    clause: PhrasePattern
    audience_after_before: re.Pattern[str]
    subordinators: frozenset[str]
    generic: PhrasePattern
    attribution_tail: PhrasePattern
    compound_head: PhrasePattern
    passive_before: frozenset[str]
    topic_opener: PhrasePattern
    topic_verbs: frozenset[str]
    date_preposition_gap: re.Pattern[str]
    bare_complement: PhrasePattern
    not_events: PhrasePattern
    pretend: PhrasePattern
    audience_end: PhrasePattern
    reference_end: PhrasePattern
    audience_words: tuple[str, ...]
    labour_before: re.Pattern[str]
    labour_triggers: frozenset[str]
    labour_story_nouns: frozenset[str]
    labour_story: PhrasePattern
    #: "striking workers", "striking coal miners": workers right after a word.
    labour_subject_after: re.Pattern[str]
    military_strike_before: re.Pattern[str]
    speculative: PhrasePattern
    preposition_end: PhrasePattern
    passive_not_events: frozenset[str]
    #: past verbs that, with a date and no trigger, report no event of their own
    not_dated_actions: frozenset[str]
    #: ", the ruling party's candidate, ": a description between a name and its verb
    apposition_gap: re.Pattern[str]
    prospect_end: PhrasePattern
    verb_marker_end: PhrasePattern
    negation_end: PhrasePattern
    dated_passive: re.Pattern[str]
    decision_end: PhrasePattern
    decision_chain_end: PhrasePattern
    promise: frozenset[str]
    occurrence_verbs: frozenset[str]
    court_decisions: frozenset[str]
    court_order_end: re.Pattern[str]
    weapon_word: PhrasePattern
    bare_tests: frozenset[str]
    #: Plain verbs of saying in the past ("said", "told"): no day after publication is theirs.
    past_sayings: frozenset[str]
    #: Verbs of accusing: a day after "accused X of <doing>" is the deed's, not theirs.
    accusing_verbs: frozenset[str]
    court_order_verb: PhrasePattern
    law_enforcer: PhrasePattern
    accident_after: PhrasePattern
    #: What kills in a disaster ("flames", "floods"), and what tells an attack all the same.
    disaster_word: PhrasePattern
    attacker_word: PhrasePattern
    #: sayings that guess rather than announce ("predicted", "hoped"): what they say will
    #: happen is no plan
    forecast_sayings: frozenset[str]
    #: who seizes by force: a ship or a town so seized is attacked ("pirates seized a tanker")
    armed_seizer: PhrasePattern
    #: "were arrested in dawn raids": an arrest verb and "in" right before a raid
    arrested_in: re.Pattern[str]
    #: "was concluded", "was sealed" after a deal as subject: an agreement reached
    deal_completions: frozenset[str]
    deal_subject: PhrasePattern
    meeting_purpose_after: PhrasePattern
    court_word: PhrasePattern
    counted_addition: PhrasePattern
    counted_forms: frozenset[str]
    listing_after: PhrasePattern
    listing_before: PhrasePattern
    hearing_triggers: frozenset[str]
    #: "the High Court", "a court in Quito": a court just before a verb
    court_before: PhrasePattern
    named_event: re.Pattern[str]
    weapon_launch: re.Pattern[str]
    launch_lemmas: dict[str, str]
    participle_heads: frozenset[str]
    action_past: re.Pattern[str]
    aspect_verbs: frozenset[str]
    not_action_before: frozenset[str]
    #: words of violence that make a dated action no trigger names an attack
    violence: PhrasePattern
    infinitive_after: re.Pattern[str]
    strike: PhrasePattern
    fired_at: PhrasePattern
    not_target_after: PhrasePattern
    conditional_opener: PhrasePattern
    named_event_types: dict[str, str]
    named_event_context: PhrasePattern
    objects_not_events: dict[str, PhrasePattern]
    objects_other: dict[str, PhrasePattern]
    objects_attack: dict[str, PhrasePattern]
    resolution_saying: re.Pattern[str]
    cause_end: PhrasePattern
    document_subject: re.Pattern[str]
    cargo_subject: PhrasePattern
    document_topic_end: PhrasePattern
    reaction_verbs: frozenset[str]
    called_off_end: PhrasePattern
    annulled_end: PhrasePattern
    hoped_for_end: PhrasePattern
    casualty_verbs: frozenset[str]
    test_target_after: re.Pattern[str]
    place_visit: PhrasePattern
    place_visit_first: PhrasePattern
    habit_end: PhrasePattern
    election_words: PhrasePattern
    talks_words: PhrasePattern
    #: "a hearing of the House Foreign Affairs Committee", "a Senate hearing": of lawmakers
    hearing_of_lawmakers: PhrasePattern
    lawmakers_hearing: PhrasePattern


def _ending(words: list[str], gap: int) -> PhrasePattern:
    """Words that end a text, allowing up to ``gap`` other words (adverbs, articles) after them."""
    # the words between may be quoted ("held \"frank and constructive\" talks") or abbreviated
    # ("resumed U.S.-mediated talks")
    return _around("", words, r"(?:\s+[\w’'“”\".-]+){0," + str(gap) + r"}\s*$")


def _around(before: str, words: list[str], after: str, flags: int = re.I) -> PhrasePattern:
    """A pattern holding one of ``words`` between ``before`` and ``after``."""
    listed = compile_phrases(words, ignore_case=True)
    # with nothing before the words, a match opens with one of them
    return holding(before + listed.pattern + after, listed, flags=flags, leads=not before)


def _objects(table: dict[str, list[str]]) -> dict[str, PhrasePattern]:
    """For each verb lemma, a pattern for one of its object nouns within the next four words."""
    return {
        str(lemma): _around(
            r"(?:\s+(?!(?:and|or|to|with|about|over|on|in|at|for|from|by)\b)[\w’'-]+){0,4}?\s+",
            [str(n) for n in nouns],
            "",
        )
        for lemma, nouns in table.items()
    }


@cache
def load_cues() -> Cues:
    """The shipped cue words, loaded and compiled once."""
    raw = data_file("event_cues.yaml")

    def words(key: str) -> list[str]:
        return [str(w) for w in raw.get(key) or ()]

    called_off = compile_phrases(words("called_off"), ignore_case=True)
    avoid = compile_phrases(words("avoid_verbs"), ignore_case=True)
    weapons = compile_phrases(words("fired_at_weapons"), ignore_case=True)
    counts = "|".join(re.escape(w) for w in words("count_words"))
    launch_forms = {
        str(form): str(lemma)
        for lemma, forms in (raw.get("launch_verbs") or {}).items()
        for form in forms
    }

    return Cues(
        happen=compile_phrases(words("happen"), ignore_case=True),
        light_end=_ending(words("light"), 6),
        scheduled_end=_ending(words("scheduled"), 2),
        planned_end=_ending(words("planned"), 1),
        irrealis_end=_ending(words("irrealis") + words("avoid_verbs"), 1),
        reported_future_end=_ending(words("reported_future"), 1),
        complement=compile_phrases(words("complement"), ignore_case=True),
        object_after_that=re.compile(
            r"\s+(?!(?:"
            + "|".join(re.escape(w) for w in words("that_subject_words"))
            + r")\b)[a-z]+(?=\s+(?:"
            + "|".join(re.escape(w) for w in words("that_object_followers"))
            + r")\b|\s*[.,;])"
        ),
        # "accused government aircraft of bombing": what the accusation says opens at "of"
        accusation=_around(
            "",
            words("accusation_verbs"),
            r"\s+(?:[\w’'.-]+\s+){0,5}?(?P<opener>of|for|with)\s",
        ),
        clause=compile_phrases(words("clause"), ignore_case=True),
        audience_after_before=re.compile(
            r"\s+(?:"
            + compile_phrases(words("audiences_before"), ignore_case=True).pattern
            # "before the Senate Armed Services Committee": a body named in full
            + r"|(?:the|a)\s+(?:[A-Z][\w.’'-]*\s+){1,6}(?:"
            + "|".join(re.escape(w) for w in words("audience_bodies"))
            + r")"
            # "before the Senate Judiciary Committee's antitrust subcommittee": one of its own
            + r"(?:['’]s(?:\s+[\w-]+){0,3}?\s+(?:"
            + "|".join(re.escape(w.lower()) for w in words("audience_bodies"))
            + r"))?"
            # "before U.S. District Judge Harold Baskin": a judge named with a title
            + r"|(?:[A-Z][\w.’'-]*\s+){0,3}(?:"
            + "|".join(re.escape(w) for w in words("audience_titles"))
            + r")(?:\s+[A-Z][\w.’'-]*){1,3}"
            # the audience ends the phrase: a verb after it ("before parliament voted") makes
            # it a clause's subject
            + r")(?=\s*[,.;:]|\s+(?:in|at|on|of|for|with|to|and|from|by|after|as)\b|\s*$)"
        ),
        subordinators=frozenset(words("subordinators")),
        generic=compile_phrases(words("generic_subjects"), ignore_case=True),
        attribution_tail=_around(
            r",\s+(?:[^,]{0,70}?\s)?",
            words("attribution"),
            # "..., court officials said, and could last several weeks.": the reported clause goes
            # on; "..., said Carlos Galeano, a former justice minister.": the speaker is described
            r"(?:\s+[\w’'-]+){0,4}(?:,\s+(?:and|but)\s+[^,.!?]{1,80}"
            r"|,\s+(?:"
            + "|".join(re.escape(w) for w in words("speaker_openers"))
            + r")\s+[^.!?\"“”]{1,100})?\s*[.!?]?[\"”]?\s*$",
        ),
        compound_head=_around(r"[\s-]+", words("compound_heads"), ""),
        passive_before=frozenset(w.lower() for w in words("passive_before")),
        topic_verbs=frozenset(words("topic_verbs")),
        topic_opener=_around(
            r"\b",
            words("topic_prepositions"),
            # "on the implementation of the resolution": the topic's topic
            r"\s+(?:the|a|an|its|their|last\s+\w+['’]s)\s+(?:[\w-]+\s+)?"
            + r"(?:of\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+)?)?$",
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
        labour_story_nouns=frozenset(words("labour_story_nouns")),
        labour_subject_after=re.compile(
            r"\s+(?:[\w-]+\s+)?(?:" + compile_phrases(words("labour_subjects")).pattern + ")"
        ),
        labour_story=compile_phrases(words("labour_story"), ignore_case=True),
        military_strike_before=re.compile(
            r"(?:" + compile_phrases(words("military_strike_modifiers")).pattern + r")\s+$"
        ),
        reference_end=_around(
            r"\W*",
            words("reference_before"),
            r"\s+(?:the|a|an|its|their|this|that)\s+(?:[\w’'-]+\s+){0,3}$",
        ),
        audience_words=tuple(words("audience_verbs")),
        audience_end=_around(
            "",
            words("audience_verbs"),
            r"\s+(?:the|a|an|its|their|his|her)\s+(?:[\w’'-]+\s+){0,3}$",
        ),
        # case-sensitive: "May" is a month
        speculative=compile_phrases(words("speculative")),
        preposition_end=_ending(words("prepositions"), 0),
        passive_not_events=frozenset(w.lower() for w in words("passive_not_events")),
        not_dated_actions=frozenset(w.lower() for w in words("not_dated_actions")),
        apposition_gap=re.compile(
            r",\s+(?:(?:"
            + "|".join(re.escape(w) for w in words("apposition_openers"))
            + r")\s+[^,;]{1,100}|\d{1,3}),\s+(?:[a-z]+ly\s+)?"
        ),
        prospect_end=_ending(words("prospect"), 3),
        hoped_for_end=_ending(words("hoped_for"), 3),
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
        fired_at=holding(
            compile_phrases(words("fired_at_verbs"), ignore_case=True).pattern
            + r"[^.;]{0,60}?"
            + weapons.pattern
            + r"[^.;]{0,40}?\b(?:at|against)\s+(?!\d|"
            + compile_phrases(
                words("fired_at_not_targets") + words("test_targets"), ignore_case=True
            ).pattern
            + r")",
            weapons,
            flags=re.I,
        ),
        # "fired a missile at a decommissioned landing ship": what "at" names is no target of war
        not_target_after=_around(r"(?:(?!\bat\b)[^.;]){0,60}\bat\s+", words("test_targets"), ""),
        not_action_before=frozenset(words("not_action_before")),
        violence=compile_phrases(words("violence_words"), ignore_case=True),
        infinitive_after=re.compile(
            r"\s+to\s+(?!"
            + compile_phrases(words("to_objects"), ignore_case=True).pattern
            + r")[a-z]+"
        ),
        aspect_verbs=frozenset(words("aspect_verbs")),
        participle_heads=frozenset(w.lower() for w in words("participle_heads")),
        conditional_opener=_around(r"\s*[\"“]?", words("conditional_openers"), r"\s"),
        named_event=re.compile(
            r"\b(?P<head>"
            + "|".join(re.escape(str(w)) for w in raw.get("named_events") or {})
            + r")\s+(?P<name>[A-Z][\w’'-]*(?:\s+(?:[A-Z0-9][\w’'-]*))*)"
        ),
        weapon_launch=re.compile(
            r"\b(?P<verb>"
            + "|".join(sorted((re.escape(w) for w in launch_forms), key=len, reverse=True))
            + r")\s+(?:[\w’'-]+\s+){0,3}?(?!(?:"
            + "|".join(re.escape(w) for w in words("not_designations"))
            + r")-)(?P<name>[A-Z][a-z]+-(?:[IVX]{1,4}|\d{1,3}[A-Z]?))(?![\w-])"
        ),
        launch_lemmas=launch_forms,
        named_event_context=compile_phrases(words("named_event_context"), ignore_case=True),
        named_event_types={str(k): str(v) for k, v in (raw.get("named_events") or {}).items()},
        promise=frozenset(w.lower() for w in words("promise")),
        occurrence_verbs=frozenset(w.lower() for w in words("occurrence_verbs")),
        court_decisions=frozenset(w.lower() for w in words("court_decisions")),
        meeting_purpose_after=_around(
            # "for a two-day visit and held talks": the trip is a visit, the talks its own
            r"[^.;:]{0,60}?\bfor\s+(?:a|an|the)\s+"
            r"(?:(?!(?:and|visit|visits|trip|stay|tour)\b)[\w’'-]+\s+){0,5}?",
            words("meeting_purposes"),
            r"\b",
        ),
        accident_after=_around(
            r"\s+(?:in|during)\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,3}?",
            words("accident_nouns"),
            r"\b",
        ),
        disaster_word=compile_phrases(words("disaster_words"), ignore_case=True),
        attacker_word=compile_phrases(words("attacker_words"), ignore_case=True),
        forecast_sayings=frozenset(w.lower() for w in words("forecast_sayings")),
        armed_seizer=compile_phrases(words("armed_seizers"), ignore_case=True),
        arrested_in=re.compile(
            r"\b(?:"
            + "|".join(re.escape(w) for w in words("arrest_verbs"))
            + r")\s+(?:[\w’'-]+\s+){0,4}?in\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+)?$",
            re.I,
        ),
        deal_completions=frozenset(w.lower() for w in words("deal_completions")),
        # "The agreement between the EU and Argentina, Brazil, Paraguay and Uruguay was"
        deal_subject=_around(
            r"\b",
            words("deal_nouns"),
            r"(?:\s+(?:between|with|on|for|of)\s+[^.;:()]{1,100}?)?"
            + r"\s+(?:was|were|has\s+been|have\s+been|had\s+been|will\s+be|is|are)"
            + r"(?:\s+\w+ly)?\s+$",
        ),
        law_enforcer=compile_phrases(words("law_enforcers"), ignore_case=True),
        weapon_word=compile_phrases(words("weapon_words"), ignore_case=True),
        bare_tests=frozenset(w.lower() for w in words("bare_tests")),
        past_sayings=frozenset(w.lower() for w in words("past_sayings")),
        accusing_verbs=frozenset(w.lower() for w in words("accusing_verbs")),
        court_order_verb=compile_phrases(words("court_order_verbs")),
        court_word=compile_phrases(words("court_subjects"), ignore_case=True),
        court_order_end=re.compile(
            r"\b(?:" + "|".join(re.escape(w) for w in words("court_orders")) + r")\s+$", re.I
        ),
        counted_forms=frozenset(w.lower() for w in words("counted_additions")),
        counted_addition=_around(
            r"\b", words("counted_additions"), r"\s+(?:\d|(?:" + counts + r")\b)"
        ),
        listing_after=_around(
            r"[^.;:]{0,140}?\bto\s+(?:[\w’'-]+\s+){0,4}?", words("listing_words"), r"\b"
        ),
        listing_before=_around(r"\b", words("listing_subjects"), r"\b"),
        hearing_triggers=frozenset(w.lower() for w in words("hearing_triggers")),
        court_before=_around(
            r"",
            words("court_subjects"),
            # "the tribunal, which dismissed", "the tribunal had on Tuesday rejected"
            r"(?:\s+(?:in|of|for)\s+[\w.’' -]{1,30}?)?(?:,\s+which|\s+(?:had|has|have|also)"
            r"|\s+on\s+[A-Z][a-z]+day)*(?:\s+[a-z]+ly)?\s+$",
        ),
        # "agreed on Monday to clear the minefields together and to hold an exercise"
        decision_chain_end=_around(
            r"\b",
            words("decision"),
            r"(?:\s+[\w’'-]+){0,3}?\s+to\s+[^.;:]{1,160}?,?\s+and\s+(?P<to>to)\s+"
            + r"(?:[\w-]+\s+){0,5}$",
        ),
        decision_end=_around(
            r"\b",
            words("decision"),
            r"(?:\s+[\w’'-]+){0,3}?\s+(?P<to>to)\s+(?:[\w-]+\s+){0,3}$",
        ),
        verb_marker_end=_around(
            r"\b",
            [*words("verb_markers"), "to"],
            r"(?:\s+"
            + compile_phrases(words("verb_adverbs"), ignore_case=True).pattern
            + r")?\s+$",
        ),
        bare_complement=_around(
            r"(?:\s+"
            + compile_phrases(words("told_audiences"), ignore_case=True).pattern
            + r")?\s+(",
            words("subject_pronouns"),
            r")\s+[a-z]",
            flags=0,
        ),
        objects_not_events=_objects(raw.get("objects_not_events") or {}),
        objects_other=_objects(raw.get("objects_other") or {}),
        objects_attack=_objects(raw.get("objects_attack") or {}),
        cause_end=_ending(words("cause_phrases"), 5),
        # "adopted a resolution condemning the launch", "a similar resolution demanding": the
        # trigger's own object (from its end), or the trigger "resolution" itself (from its start)
        resolution_saying=re.compile(
            r"(?:\s+(?:a|an|the|its|their)\s+(?:[\w’'-]+\s+){0,2}?|(?=resolution))"
            + r"resolutions?\s+(?:"
            + "|".join(re.escape(w) for w in words("resolution_sayings"))
            + r")\b",
            re.I,
        ),
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
        document_topic_end=_around(
            "",
            words("document_subjects"),
            r"(?:\s+of\s+understanding)?\s+(?:on|about|regarding|concerning|over)\s+"
            + r"(?:[\w’'-]+\s+){0,3}$",
        ),
        reaction_verbs=frozenset(w.lower() for w in words("reaction_verbs")),
        casualty_verbs=frozenset(w.lower() for w in words("casualty_verbs")),
        habit_end=_around("", words("habit_adverbs"), r"\s+$"),
        election_words=compile_phrases(words("election_words"), ignore_case=True),
        talks_words=compile_phrases(words("talks_words"), ignore_case=True),
        # "testify on May 15 before a House subcommittee": a date may come between
        hearing_of_lawmakers=_around(
            r"(?:\s+[\w.’',-]+){0,3}?\s+(?:of|by|before|at)\s+(?:the\s+|a\s+|an\s+)?(?:[\w.’'-]+\s+){0,6}?",
            words("legislative_bodies"),
            r"\b",
        ),
        lawmakers_hearing=_around("", words("legislative_bodies"), r"(?:\s+[\w’'-]+){0,6}\s+$"),
        # the first words of those verbs, a cheap check before the full pattern
        place_visit_first=compile_phrases(
            {w.split()[0] for w in words("place_visit_verbs")}, ignore_case=True
        ),
        # a place's name after the verb: not "called at France's request"
        place_visit=_around(
            r"(?i:",
            words("place_visit_verbs"),
            r")(?=\s+(?:the\s+(?:port|city|naval\s+base|harbou?r)\s+of\s+)?"
            + r"[A-Z][a-z][\w-]*(?![’']s\b)(?:\s+[A-Z][\w-]*)*(?![’']s\b)\b)",
            flags=0,
        ),
        # "its warhead hit the designated target": what was hit is a range's target
        test_target_after=re.compile(
            r"\s+(?:the\s+)?(?:designated\s+|intended\s+|assigned\s+|simulated\s+|mock\s+)?"
            r"(?:target\b|"
            + compile_phrases(words("test_targets"), ignore_case=True).pattern
            + r")",
            re.I,
        ),
        # the verb with an object ("postponed talks", "postponed that meeting"); after a
        # determiner it is an adjective: "the postponed meeting" is still to be held
        called_off_end=holding(
            r"(?:(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bits\s)(?<!\btheir\s)"
            + called_off.pattern
            + r"\s+(?:(?:the|that|this|these|those|a|an|its|their|his|her|next|planned)"
            + r"(?:\s+[\w’'-]+){0,3}\s+)?"
            + r"|"
            + avoid.pattern
            + r"(?:\s+(?:the|any|all|its|their))?(?:\s+[\w’'-]+){0,3}\s+)$",
            called_off,
            avoid,
            flags=re.I,
        ),
        annulled_end=_around(r"", words("annulment_verbs"), r"\s+(?:[\w’'-]+\s+){0,11}$"),
        cargo_subject=_around(
            "",
            words("cargo_nouns"),
            r"(?:\s+(?:of|from|for|and)\s+[\w’'-]+(?:\s+[\w’'-]+){0,3})?"
            # "The first batch of launchers is expected to arrive", "will arrive"
            + r"(?:\s+(?:(?:is|are|was|were)\s+(?:expected|due|scheduled|set|likely)\s+to|will|would))?"
            + r"\s+(?:\w+ly\s+)?$",
        ),
    )
