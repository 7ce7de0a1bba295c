"""Round 24 of the extraction rules, end to end: a person the story keeps calling by surname,
though no title or known first name says it is a person.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.extract import extract
from timeline.extract.actor_dictionary import default_dictionary
from timeline.extract.actors import find_mentions
from timeline.extract.cues import load_cues
from timeline.extract.mentions import DocumentPeople
from timeline.extract.people import echoed
from timeline.model import Event

#: A Tuesday.
PUBLISHED = date(1998, 10, 13)


def _names(event: Event) -> list[str]:
    return [a.name for a in event.actors]


# --- who acts: a surname the story echoes -----------------------------------------------------

PROFILE = (
    "Tamsin Arkwright arrived at the town hall on Thursday evening with a folder of notes.\n\n"
    "First elected fifteen years ago, Arkwright rose quickly through the party's ranks.\n\n"
    "She resigned as transport minister on 2 October 1996, two days after an audit was "
    "published.\n\n"
    "Colleagues say Arkwright has changed."
)


def test_a_surname_the_story_repeats_makes_a_person() -> None:
    events = extract(PROFILE, PUBLISHED)
    resigned = [e for e in events if e.date is not None and e.date.start == date(1996, 10, 2)]
    assert resigned and _names(resigned[0]) == ["Tamsin Arkwright"], [_names(e) for e in events]


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # twice, once alone after a lowercase word: a surname
        ("Tamsin Arkwright spoke. On Monday, Arkwright left.", "Arkwright", True),
        ("Tamsin Arkwright spoke. Critics say Arkwright's plan failed.", "Arkwright", True),
        # once only: not enough to go on
        ("Tamsin Arkwright spoke on Monday.", "Arkwright", False),
        # never alone: always the last word of a longer name ("the Black Sea")
        ("Ships crossed the Marmara Sea. The Marmara Sea was calm.", "Sea", False),
        # after a determiner: a common noun or a body ("the Assembly")
        (
            "The Tarn Assembly met. Later the Assembly voted. Then the Assembly rose.",
            "Assembly",
            False,
        ),
        # a party member's word, a known place, a first name: never a surname
        ("A Denver Republican spoke, and Republican members agreed.", "Republican", False),
        ("Rain fell in Jakarta. Flights left Jakarta, and Jakarta slept.", "Jakarta", False),
    ],
)
def test_which_words_echo_as_surnames(text: str, word: str, expected: bool) -> None:
    assert echoed(word, DocumentPeople(text=text), default_dictionary()) is expected


def test_an_echo_is_worked_out_once_per_word() -> None:
    people = DocumentPeople(text="Tamsin Arkwright spoke. On Monday, Arkwright left.")
    dictionary = default_dictionary()
    assert echoed("Arkwright", people, dictionary)
    people.text = ""
    # the answer is kept: the document does not change while it is read
    assert echoed("Arkwright", people, dictionary)
    assert people.echoes == {"Arkwright": True}


def test_a_word_only_ever_after_a_place_preposition_is_no_surname() -> None:
    # "elected to Holyrood", "returned from Holyrood": a place, though it stands alone
    text = "Tamsin Arkwright was elected to Holyrood. She returned from Holyrood in May."
    assert not echoed("Holyrood", DocumentPeople(text=text), default_dictionary())


def test_a_possessive_opens_no_surnamed_name() -> None:
    # "May's Dunmore election": a month's possessive, not a first name before a surname
    text = (
        "Critics say Dunmore failed. Yesterday, Dunmore voted. "
        "Members had chosen her as their candidate for May's Dunmore election."
    )
    sentence = text.split(". ")[-1]
    people = DocumentPeople(text=text)
    found = find_mentions(sentence, text.index(sentence), default_dictionary(), people)
    assert not [m for m in found if m.kind == "person"], found


# --- what happened: courts, business, local bodies, labour ------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "actor"),
    [
        # a charge with its object between verb and "with"
        (
            "Prosecutors in Gdansk charged Mayor Tomasz Wrona on Monday with taking a bribe.",
            "other",
            "Tomasz Wrona",
        ),
        (
            "The Ombudsman filed graft charges against Governor Ramon Lim on Monday.",
            "other",
            "Ramon Lim",
        ),
        # a court denying a motion rules; it makes no statement
        (
            "On Monday, the court denied Senator Ana Cruz's motion to dismiss the case.",
            "other",
            "Ana Cruz",
        ),
        # a regulator clearing a takeover
        (
            "Germany's Federal Cartel Office cleared the proposed takeover of Rheinstahl AG on "
            "Monday.",
            "other",
            "Federal Cartel Office",
        ),
        # a candidate launching a campaign on a set day
        (
            "Governor Anna Ruiz will launch her campaign in Tucson on October 20.",
            "other",
            "Anna Ruiz",
        ),
        # a local body's work session is a meeting
        (
            "The Anchorage School Board will hold a work session on October 20.",
            "meeting",
            "Anchorage School Board",
        ),
        # standing down and being removed from office
        ("Governor Ana Lopes stood down from the post on Monday.", "other", "Ana Lopes"),
        (
            "On Monday, the Guerrero state congress removed Mayor Rosa Diaz from office.",
            "other",
            "Rosa Diaz",
        ),
        # an appeal lodged with a court
        ("Mayor Rosa Diaz lodged an appeal with the High Court on Monday.", "other", "Rosa Diaz"),
        # a council's emergency debate is a meeting of it
        (
            "The Provincial Council of Zeeland will hold an emergency debate on the ruling next "
            "Wednesday.",
            "meeting",
            "Provincial Council of Zeeland",
        ),
        # a fine imposed by a regulator is a sanction; criminal charges laid are justice
        (
            "The Nigerian Communications Commission imposed the fine on October 5.",
            "sanction",
            "Nigerian Communications Commission",
        ),
        (
            "The Democratic Alliance laid criminal charges against Mayor Jan Novak on Monday.",
            "other",
            "Jan Novak",
        ),
        # a petition submitted to a council
        (
            "Residents of Derrylea submitted a petition to Galway County Council on Monday.",
            "other",
            "Galway County Council",
        ),
        # a bill tabled in parliament
        (
            "The Greek Interior Ministry will table a bill next month.",
            "other",
            "Greek Interior Ministry",
        ),
    ],
)
def test_round24_triggers(text: str, kind: str, actor: str) -> None:
    events = [e for e in extract(text, PUBLISHED) if e.date is not None]
    assert [e.type for e in events] == [kind], [(e.type, _names(e)) for e in events]
    assert actor in _names(events[0])


def test_a_strike_in_a_story_of_unions_is_industrial_action_wherever_the_union_is_named() -> None:
    # the union is named after the strike, not before: still a labour story, not an attack
    text = (
        "The Thessaloniki Municipal Workers' Union extended the strike on Monday, after union "
        "leaders met the mayor."
    )
    events = extract(text, PUBLISHED)
    assert [e.type for e in events] == ["other"], [(e.type, _names(e)) for e in events]


def test_the_general_election_refers_to_no_general() -> None:
    # "The general election": an adjective, so the trigger is not taken for the attorney
    # general named before
    text = (
        "Attorney General Ben Sutter spoke on Monday. The general election will be held on Nov. 4."
    )
    elections = [e for e in extract(text, PUBLISHED) if e.type == "election"]
    assert elections and elections[0].date is not None
    assert elections[0].date.start == date(1998, 11, 4)


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # workers on strike are struck by nobody; the police firing at them still attack
        ("President Jacob Mbeki criticised striking miners on Friday.", ["statement"]),
        ("Police fired tear gas at striking miners on Friday.", ["attack"]),
        # placards are no signing, and a patrol officer's job is no patrol
        (
            "About 200 supporters of Mayor Jan Novak rallied outside the Brno town hall on "
            "Monday, carrying signs.",
            ["other"],
        ),
        (
            "Angela Brennan, who joined the Manchester department as a patrol officer in 1996, "
            "will be sworn in on October 20.",
            ["other"],
        ),
        # an oath of office is taken, not voted
        ("Labor Commissioner Angela Ruiz took the oath of office on Monday.", ["other"]),
    ],
)
def test_round24_kinds(text: str, kinds: list[str]) -> None:
    assert [e.type for e in extract(text, PUBLISHED)] == kinds


def test_a_law_enforcer_opening_a_sentence_is_found() -> None:
    # "Inspectors then carried out surprise raids": capitalised, still the law's own searchers
    assert load_cues().law_enforcer.search("Inspectors then carried out surprise ") is not None


@pytest.mark.parametrize(
    "name", ["Dorothy Mwale", "Gerald Banda", "Ciaran Doyle", "Morag Sinclair", "Kenji Tanaka"]
)
def test_everyday_first_names_open_a_persons_name(name: str) -> None:
    # no title, no saying, named once: the first name alone says it is a person
    events = extract(f"{name} resigned on Monday.", PUBLISHED)
    assert [_names(e) for e in events] == [[name]]


@pytest.mark.parametrize("name", ["Morgan Stanley", "Ford Motor", "Petra Bank"])
def test_a_first_word_of_a_company_is_no_first_name(name: str) -> None:
    events = extract(f"{name} resigned on Monday.", PUBLISHED)
    assert not any(a.kind == "person" for e in events for a in e.actors)


def test_a_weapon_named_like_a_person_is_no_person() -> None:
    # "Shaheen" is a first name, but "the Shaheen II missile" is a missile
    text = "Today, we carried out a successful test-firing of the Shaheen II missile on Saturday."
    people = DocumentPeople(text=text)
    found = find_mentions(text, 0, default_dictionary(), people)
    assert not [m for m in found if m.kind == "person"], found


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Sheriff", "Dale Whitacre"),
        ("Councilwoman", "Dale Ochoa"),
        ("County Executive", "Dale Pryor"),
    ],
)
def test_local_titles_name_a_person(title: str, name: str) -> None:
    # "Dale" is no first name the list knows (a common word): the local title says it
    events = extract(f"{title} {name} resigned on Monday.", PUBLISHED)
    assert [[(a.name, a.role) for a in e.actors] for e in events] == [[(name, title)]]


def test_it_opening_a_saying_is_the_body_named_before() -> None:
    text = (
        "The Fair Trade Commission fined three chemical makers on Friday. It said on Monday "
        "that the cartel had run for five years."
    )
    sayings = [e for e in extract(text, PUBLISHED) if e.type == "statement"]
    assert [(_names(e), e.date and e.date.start) for e in sayings] == [
        (["Fair Trade Commission"], date(1998, 10, 12))
    ]


@pytest.mark.parametrize(
    "second",
    [
        # an empty "it": no verb of saying or deciding follows it
        "It is unclear whether the cartel ran for five years.",
        "It emerged on Monday that the cartel had run for five years.",
    ],
)
def test_an_empty_it_refers_to_nobody(second: str) -> None:
    text = f"The Fair Trade Commission fined three chemical makers on Friday. {second}"
    events = extract(text, PUBLISHED)
    assert not [e for e in events if e.date and e.date.start == date(1998, 10, 12)]


def test_voters_approving_a_measure_is_a_vote() -> None:
    events = extract("Nevada voters approved a $175 million bond package on Tuesday.", PUBLISHED)
    assert [(e.type, _names(e)[0]) for e in events] == [("election", "Nevada")]


def test_a_government_is_named_with_its_kind() -> None:
    # "The regional government": which government acts, as the text says it
    text = "GRAZ, Oct 13 (APA) - The regional government approved the reform plan on Monday."
    assert [_names(e)[0] for e in extract(text, PUBLISHED)] == ["Regional government"]


def test_a_date_before_a_modified_event_noun_dates_it() -> None:
    # "the May 13 midterm elections": the date labels the phrase "elections" heads
    text = "Filipino senator Ramon Cruz will run in the May 13 midterm elections."
    elections = [e for e in extract(text, date(2013, 5, 4)) if e.type == "election"]
    assert [e.date and e.date.start for e in elections] == [date(2013, 5, 13)]
