"""Back-references by role or head noun: "the minister" is the minister named before, "the council" the council."""

from __future__ import annotations

import re
from functools import cache

from timeline.extract.actor_dictionary import ActorDictionary
from timeline.extract.institutions import load_institutions
from timeline.extract.mentions import DocumentPeople, Mention, moved, name_words
from timeline.extract.phrases import PhrasePattern

#: "the minister", "the French minister", "The president": a role noun that refers back to a person.
_ROLE_REFERENCE = re.compile(r"\b[Tt]he\s+(?:([A-Z][\w’'-]+)\s+)?$")
#: "the council", "the Commission", "the same court": an organisation named before by a name
#: holding that word (capitalised or not).
_ORG_REFERENCE = PhrasePattern(
    re.compile(
        # "\b(?:[Tt]he|[Aa])", opened with its letters so that the regex engine skips to them
        r"[TtAa](?<!\w.)(?:(?<=[Tt])he|(?<=[Aa]))\s+(?:\w+-member\s+|same\s+)?([a-z]+|[A-Z][a-z]+)\b"
    ),
    # tried only where the words "the" and "a" start in the sentence read
    frozenset({"the", "a"}),
    leads=True,
)
#: "a court", "A Hong Kong court": an indefinite body, with up to three capitalised words
#: (a place) before its head.
_INDEFINITE_BODY = re.compile(r"\b[Aa]n?\s+(?:[A-Z][\w’'-]+\s+){0,3}([a-z]+)\b")
#: How far into a story its lede reaches, in characters: a court named indefinitely after it
#: is a new one, not the story's own court named ahead.
LEDE_REACH = 700
#: "appeal to the Supreme Court": a court the story looks ahead to, not the one that acted.
_APPEAL_BEFORE = re.compile(r"\b(?:appeal|appeals|appealed|appealing)\s+to\s+(?:the\s+)?$")
#: "the minister of finance", "the president Joe Biden": a role named, not referred back to.
_ROLE_NAMED = re.compile(r"\s+(?:of|for)\b|\s+[A-Z]")
#: A lowercase word right after a role word.
_LOWER_NEXT = re.compile(r"\s+[a-z]")
#: "The agency suspended deliveries": a generic noun opening the sentence, as its subject; its
#: home may stand before it ("The Columbus, Ohio, company said").
_GENERIC_SUBJECT = re.compile(
    r"\s*(?P<lead>The|Its)\s+(?:[A-Z][\w.-]*(?:,?\s+[A-Z][\w.-]*){0,2},?\s+)?([a-z]+)\s+"
    r"(?!of\b|which\b|that\b)[a-z]"
)
#: "The roads ministry said": a generic noun after one modifier.
_MODIFIED_SUBJECT = re.compile(
    r"\s*(?P<lead>The)\s+[a-z]+\s+([a-z]+)\s+(?!of\b|which\b|that\b)[a-z]"
)
#: "they fired", "they later agreed": a plural pronoun as the subject of a verb.
_THEY = re.compile(
    r"\b[Tt]hey\s+(?:[a-z]+ly\s+)?(?:[a-z]+(?:ed|ld|id|ote|ke|ys|ds|ts|es)|"
    + "|".join(sorted(name_words("pronoun_verbs") - {"is", "has"}, key=len, reverse=True))
    + r"|were|have)\b"
)
#: where the previous sentence's subject may start: its first word, or after "The"
_SUBJECT_LEAD = re.compile(r"\s*(?:[Tt]he\s+)?")
#: "Japan and the Philippines": the actor after the first of a pair.
_AND_NEXT = re.compile(r"\s+and\s+(?:the\s+)?")


def back_references(
    sentence: str,
    offset: int,
    dictionary: ActorDictionary,
    people: DocumentPeople,
    mentions: list[Mention],
    roles: list[tuple[int, int, str]],
) -> list[Mention]:
    """People and organisations named before and referred to by a role or head noun ("the minister")."""
    found: list[Mention] = []
    taken = [(m.start - offset, m.end - offset) for m in mentions if m.kind != "country"]
    for r_start, r_end, r_text in roles:
        lead = _ROLE_REFERENCE.search(sentence, 0, r_start)
        if lead is None or any(s <= r_start < e for s, e in taken):
            continue
        if _ROLE_NAMED.match(sentence, r_end):
            continue
        if r_text.lower() in name_words("adjective_roles") and _LOWER_NEXT.match(sentence, r_end):
            # "The general election", "the chief executive": an adjective, not a general
            continue
        country = None
        if lead.group(1):
            entry = dictionary.lookup(lead.group(1))
            if entry is None or entry.kind != "country":
                continue
            country = entry.country
        person = last_with_role(people, r_text.lower(), country)
        if person is not None:
            found.append(moved(person, lead.start() + offset, r_end + offset, "coref"))
    for match in _ORG_REFERENCE.finditer(sentence):
        # "the Commission" as "the commission": a capital only marks the body as the one named
        word = match.group(1).lower()
        # "the alliance's summit": NATO, if the story named it; "the council": a council named
        called = dictionary.called.get(word, set())
        if word in name_words("company_nouns"):
            # "a spokesman for the company": the story's business
            firm = _story_business(people)
            if firm is not None and not any(s <= match.start() < e for s, e in taken):
                found.append(moved(firm, match.start() + offset, match.end() + offset, "coref"))
                continue
        if word == "group":
            # "The group seized Goma": the armed group or movement named before
            org = _called_group(people, dictionary)
            if org is not None and not any(s <= match.start() < e for s, e in taken):
                found.append(moved(org, match.start() + offset, match.end() + offset, "coref"))
                continue
        if not called and word.capitalize() not in dictionary.organization_heads:
            continue
        org = next(
            (
                o
                for o in reversed(people.organizations)
                if word in (w.lower() for w in o.name.split())
            ),
            None,
        ) or next((o for o in reversed(people.organizations) if o.name in called), None)
        if org is not None:
            found.append(moved(org, match.start() + offset, match.end() + offset, "coref"))
    if not found:
        later = _named_later(sentence, offset, people, taken)
        if later is not None:
            found.append(later)
    generic = _GENERIC_SUBJECT.match(sentence)
    if generic is not None and generic.group(2) not in _generic_nouns():
        # "The roads ministry said": the noun after one word of what the body deals in
        modified = _MODIFIED_SUBJECT.match(sentence)
        if (
            modified is not None
            and modified.group(2) in name_words("unnamed_body_nouns")
            # "The finance ministry said": an institution word of its own
            and sentence[modified.end("lead") : modified.end(2)].strip().lower()
            not in load_institutions().kinds
        ):
            generic = modified
    owned = (
        generic is not None
        and generic["lead"] == "Its"
        and generic.group(2) in name_words("company_parts")
    )
    if generic is not None and not found and owned:
        # "Its board will meet on Tuesday": what only a business has, the story's business's
        firm = _story_business(people)
        if firm is not None:
            found.append(
                moved(firm, generic.start("lead") + offset, generic.end(2) + offset, "coref")
            )
    elif (
        generic is not None
        and not found
        and people.organizations
        and generic.group(2) in name_words("generic_organization_nouns")
    ):
        # "The bank said": a body named before, not the agency on the byline
        org = next((o for o in reversed(people.organizations) if not is_media(o.name)), None)
        if org is not None:
            found.append(
                moved(org, generic.start("lead") + offset, generic.end(2) + offset, "coref")
            )
    elif generic is not None and not found and generic.group(2) in name_words("unnamed_body_nouns"):
        # "The board voted 6-3": a body the story never names, called what the text calls it
        found.append(
            Mention(
                generic.start("lead") + offset,
                generic.end(2) + offset,
                "the " + sentence[generic.end("lead") : generic.end(2)].strip(),
                "organization",
                evidence="name",
            )
        )
    return found


def _story_business(people: DocumentPeople) -> Mention | None:
    """The business a story names most often (the latest on a tie): one named as a business
    ("rival Nordvik Bruk") or by the end of its name ("Hunter Coal Holdings")."""
    firms = set(people.firms.values())
    tails = name_words("business_tails")
    named = [
        (people.text.count(o.name), index, o)
        for index, o in enumerate(people.organizations)
        if o.name in firms or o.name.rsplit(None, 1)[-1] in tails
    ]
    return max(named, key=lambda n: n[:2])[2] if named else None


#: How often a story must name a body for it to stand in for an event's unnamed party.
STORY_BODY_LEAST = 3


def story_body(people: DocumentPeople) -> Mention | None:
    """The body a story names most often (the latest on a tie), when it names it at least
    ``STORY_BODY_LEAST`` times: the party of an event whose sentence names none ("The vote,
    held Monday night, was close" in a story about a charity's merger)."""
    # a business is named by its short name too ("Larkspur" for "Larkspur Holdings"), which
    # each mention of its full name holds
    shorts: dict[str, list[str]] = {}
    for short, name in people.firms.items():
        shorts.setdefault(name, []).append(short)
    ranked = [
        (max(people.text.count(n) for n in (o.name, *shorts.get(o.name, ()))), index, o)
        for index, o in enumerate(people.organizations)
        if not is_media(o.name)
    ]
    if not ranked:
        return None
    count, _, body = max(ranked, key=lambda r: r[:2])
    return body if count >= STORY_BODY_LEAST else None


def is_media(name: str) -> bool:
    """Whether ``name`` is a news outlet's ("Associated Press", "Yonhap News Agency")."""
    return not name_words("media_words").isdisjoint(name.split())


@cache
def _generic_nouns() -> frozenset[str]:
    """The nouns a generic subject may end in: a body named before, or one never named."""
    return name_words("generic_organization_nouns") | name_words("unnamed_body_nouns")


def last_with_role(people: DocumentPeople, role: str, country: str | None) -> Mention | None:
    """The most often named person whose title holds ``role`` (of ``country``, if given); ties go to the latest."""
    fitting = [
        (people.counts.get(person.name, 0), position, person)
        for position, person in enumerate(people.recent)
        if (country is None or person.country == country)
        and any(
            title is not None and re.search(r"\b" + re.escape(role) + r"\b", title.lower())
            # the title the person was first named with, or the latest one
            for title in (person.role, _first_role(people, person.name))
        )
    ]
    return max(fitting, key=lambda item: item[:2])[2] if fitting else None


def _first_role(people: DocumentPeople, name: str) -> str | None:
    """The title a person was first named with ("President" of "President Jaime Ordonez")."""
    first = people.people.get(name)
    return first.role if first is not None else None


#: A crowd named by whose supporters it is: "his supporters", "her backers".
_POSSESSED_CROWD = re.compile(r"(?:his|her)\s", re.IGNORECASE)


def possessor_reference(
    text: str, mentions: list[Mention], previous: list[Mention]
) -> list[Mention]:
    """The person whose crowd "his supporters" is: the last person named in this sentence before
    it or, failing that, in the previous one ("Khurelbaatar refused to concede. Several hundred
    of his supporters gathered")."""
    found: list[Mention] = []
    for crowd in mentions:
        if crowd.kind != "group" or not _POSSESSED_CROWD.match(crowd.name):
            continue
        before = [m for m in mentions if m.kind == "person" and m.end <= crowd.start]
        people = before or [m for m in previous if m.kind == "person" and not m.source]
        if people:
            person = max(people, key=lambda m: m.start)
            found.append(moved(person, crowd.start, crowd.start + 3, "coref"))
    return found


def plural_reference(
    text: str, start: int, end: int, mentions: list[Mention], previous: list[Mention], lead: int
) -> list[Mention]:
    """The subject of the previous sentence (from ``lead``) that "they" refers back to.

    "The Houthis answered in kind. A week later, they fired a missile": a group or a pair of
    actors opening the sentence before; one person or one country is no "they".
    """
    # cheap substring check first: most sentences hold no "they"
    match = _THEY.search(text, start, end) if text.find("hey ", start, end) >= 0 else None
    if match is None or any(m.start < match.start() and not m.location for m in mentions):
        return []
    opening = _SUBJECT_LEAD.match(text, lead)
    first = opening.end() if opening else lead
    subject = [m for m in previous if m.start == first and not m.location and not m.source]
    if not subject:
        return []
    # "Japan and the Philippines": the pair joined by "and" right after the first
    following = sorted(
        (m for m in previous if not m.location and not m.source and m.start > first),
        key=lambda m: m.start,
    )
    head_end = max(m.end for m in subject)
    for m in following:
        if _AND_NEXT.fullmatch(text, head_end, m.start):
            subject.append(m)
            head_end = m.end
    names = {m.name for m in subject}
    single = len(names) == 1 and subject[0].kind in ("person", "country")
    if single and not text[subject[0].start : subject[0].end].endswith("s"):
        return []
    return [
        moved(m, match.start(), match.start() + 4, "coref")
        for m in {m.name: m for m in subject}.values()
    ]


@cache
def _it_says() -> re.Pattern[str]:
    """ "It said", "It has also warned": "it" opening a sentence as the subject of a verb of
    saying or deciding (``it_verbs`` in names.yaml), not an empty subject ("It is unclear")."""
    verbs = "|".join(sorted(name_words("it_verbs"), key=len, reverse=True))
    between = "|".join(sorted(name_words("it_auxiliaries"), key=len, reverse=True))
    return re.compile(rf"It\s+(?:(?:{between})\s+){{0,2}}(?:{verbs})\b")


def it_reference(
    text: str, start: int, end: int, previous: list[Mention], lead: int
) -> list[Mention]:
    """The body opening the previous sentence (from ``lead``) that a sentence-opening "it"
    refers back to: "The Fair Trade Commission fined three firms. It said on Monday ...".
    """
    if not text.startswith("It ", start):
        return []
    match = _it_says().match(text, start, end)
    if match is None:
        return []
    opening = _SUBJECT_LEAD.match(text, lead)
    first = opening.end() if opening else lead
    subject = [
        m
        for m in previous
        if m.start == first and m.kind == "organization" and not m.location and not m.source
    ]
    return [moved(subject[0], start, start + 2, "coref")] if subject else []


def _called_group(people: DocumentPeople, dictionary: ActorDictionary) -> Mention | None:
    """The latest group named before: an armed group or movement the dictionary calls one
    ("rebels", "militants"), or a body whose name ends as a group's does ("Front", "Watch")."""
    nouns = name_words("group_nouns")
    tails = name_words("group_tails")
    called = set().union(*(dictionary.called.get(n, set()) for n in nouns))
    return next(
        (
            org
            for org in reversed(people.organizations)
            if org.name in called or org.name.rsplit(None, 1)[-1] in tails
        ),
        None,
    )


@cache
def _later_body_name() -> re.Pattern[str]:
    """A named body with a ``named_later_heads`` head ("Court of General Jurisdiction",
    "Hamburg Higher Regional Court")."""
    heads = "|".join(sorted(w.capitalize() for w in name_words("named_later_heads")))
    lower_heads = "|".join(sorted(name_words("named_later_heads")))
    kinds = "|".join(sorted(name_words("named_later_kinds")))
    word = r"[A-Z][\w’'-]*"
    return re.compile(
        rf"(?<![\w’'-])(?!(?:The|A|An)\s)((?:{word}\s+){{0,4}}(?:{heads})"
        rf"(?:\s+of\s+(?:the\s+)?{word}(?:\s+{word}){{0,2}})?"
        # "the Vakhitovsky district court": a place's name, then a kind of court in lower case
        rf"|{word}(?:\s+{word}){{0,2}}\s+(?:{kinds})\s+(?:{lower_heads}))\b"
    )


def _named_later(
    sentence: str, offset: int, people: DocumentPeople, taken: list[tuple[int, int]]
) -> Mention | None:
    """The body an indefinite "a court" in the lede's ``sentence`` refers ahead to, when none was
    named before: the first one of that head the rest of the story names (not one appealed to)."""
    if offset > LEDE_REACH:
        return None
    heads = name_words("named_later_heads")
    for match in _INDEFINITE_BODY.finditer(sentence):
        head = match.group(1)
        if head not in heads or any(s <= match.start() < e for s, e in taken):
            continue
        if any(head in (w.lower() for w in o.name.split()) for o in people.organizations):
            continue
        text = people.text
        for named in _later_body_name().finditer(text, offset + len(sentence)):
            name = named.group(1)
            if head not in name.lower().split():
                continue
            if _APPEAL_BEFORE.search(text, max(0, named.start() - 30), named.start()):
                continue
            return Mention(
                match.start() + offset, match.end() + offset, name, "organization", evidence="coref"
            )
    return None
