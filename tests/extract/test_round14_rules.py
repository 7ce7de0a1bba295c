"""Round 14 of the extraction rules, end to end: a form that is noun and verb alike is
the verb after a modal or a scheduled "to", and a negated trigger reports nothing.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.extract import extract
from timeline.model import Event

#: A Friday: "tomorrow" and "on Saturday" are 20 November.
PUBLISHED = date(2004, 11, 19)


def _summary(events: list[Event]) -> list[tuple[str, str, str | None]]:
    return [(e.type, e.status, e.date.start.isoformat() if e.date else None) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Argentine Planning Minister Julio Lobo will visit the Atucha I plant tomorrow.",
        "Argentine Planning Minister Julio Lobo will also visit the Atucha plant on Saturday.",
        "Argentine Planning Minister Julio Lobo is due to visit the Atucha plant on Saturday.",
    ],
)
def test_a_visit_after_a_modal_is_the_verb(text: str) -> None:
    assert _summary(extract(text, PUBLISHED)) == [("visit", "scheduled", "2004-11-20")]


@pytest.mark.parametrize(
    "text",
    [
        # a visit as a noun still needs its date or a verb
        "Argentine Planning Minister Julio Lobo praised the visit of inspectors.",
        "Brazilian officials said inspectors were invited to visit the Resende plant.",
    ],
)
def test_a_visit_noun_without_a_modal_stays_a_noun(text: str) -> None:
    assert not [e for e in extract(text, PUBLISHED) if e.type == "visit"]


@pytest.mark.parametrize(
    "text",
    [
        "Russian President Vladimir Putin will not meet Recep Tayyip Erdogan on Saturday.",
        "Russian President Vladimir Putin did not meet Recep Tayyip Erdogan on Thursday.",
        "Russian President Vladimir Putin never visited Ankara in 2003.",
    ],
)
def test_a_negated_trigger_reports_nothing(text: str) -> None:
    assert [e for e in extract(text, PUBLISHED) if e.type in {"meeting", "visit"}] == []


def _dated(text: str, published: date, kind: str) -> list[str | None]:
    return [
        e.date.start.isoformat() if e.date else None
        for e in extract(text, published)
        if e.type == kind
    ]


def test_an_opening_date_governs_the_first_clause_not_a_later_coordinated_one() -> None:
    text = (
        "In mid-May, special forces of China and Serbia held their first joint training "
        "near Nis, and late last year Serbia signed a contract to buy Chinese drones."
    )
    assert _dated(text, date(2019, 9, 12), "exercise") == ["2019-05-11"]
    assert _dated(text, date(2019, 9, 12), "agreement") == ["2018-09-01"]


def test_a_date_in_a_relative_clause_does_not_date_the_main_verb() -> None:
    text = (
        "The United States, which has a defence treaty with the Philippines dating from "
        "1951, condemned the Chinese coast guard."
    )
    assert _dated(text, PUBLISHED, "statement") == [None]
    # a perfect with no date of its own is no dated event either
    assert (
        extract("The armed group, which emerged in 2022, has kidnapped 40 foreigners.", PUBLISHED)
        == []
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the vote is the sanction, on the vote's day
        (
            "The United Nations Security Council voted yesterday to impose an arms embargo "
            "on South Sudan.",
            [("sanction", "occurred", "2004-11-18")],
        ),
        # the agreeing has its own day; the talks it promises take the date after "to"
        (
            "Iran and the European Union agreed on Friday to hold talks in Geneva next month.",
            [("meeting", "scheduled", "2004-12-01")],
        ),
        # what is agreed is no event of a named type: the agreement stays
        (
            "Ecuador and Colombia agreed on Wednesday to scrap the tariffs on each other's goods.",
            [("agreement", "occurred", "2004-11-17")],
        ),
        # a promised event without a date of its own is no event; the agreement stays
        (
            "Ecuador and Colombia agreed on Wednesday to start joint army patrols along the border.",
            [("agreement", "occurred", "2004-11-17")],
        ),
    ],
)
def test_a_decision_is_folded_into_the_event_it_decides(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _summary(extract(text, PUBLISHED)) == expected


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The Alliance for Change has called a general strike for Monday.",
            ["Alliance for Change"],
        ),
        (
            "The Ministry of Foreign Affairs said on Monday it would protest.",
            ["Ministry of Foreign Affairs"],
        ),
        ("The Ak-Bata party announced on Monday that it would quit the coalition.", ["Ak-Bata"]),
        (
            "Mendoza's Popular Renewal party called a national strike for Monday.",
            ["Popular Renewal"],
        ),
        # a person before "of the ... Society" stays a person
        (
            '"We need tents," said Malika Yusupova of the Red Crescent Society on Monday.',
            ["Malika Yusupova"],
        ),
    ],
)
def test_organisation_names_keep_their_connectors_and_drop_a_lowercase_head(
    text: str, names: list[str]
) -> None:
    found = {a.name for e in extract(text, PUBLISHED) for a in e.actors}
    assert set(names) <= found, found


def test_a_strike_called_for_a_weekday_lies_ahead() -> None:
    text = "The Alliance for Change has called a general strike for Monday."
    assert _summary(extract(text, PUBLISHED)) == [("other", "scheduled", "2004-11-22")]


def test_a_since_date_dates_the_when_clause_after_it() -> None:
    text = (
        "Relations have been strained since March 2008, when Colombian troops attacked a rebel "
        "camp inside Ecuador."
    )
    assert _dated(text, PUBLISHED, "attack") == ["2008-03-01"]


def test_a_since_date_does_not_date_a_later_verb_without_its_own_date() -> None:
    text = (
        "The eight members that have been raising output since April held a short online "
        "meeting after the ministerial gathering."
    )
    assert _dated(text, date(2025, 12, 1), "meeting") in ([], [None])


def test_a_saying_participle_goes_on_with_the_saying_before_it() -> None:
    text = (
        "Foreign Ministry Spokesman Reza Bagherzadeh on Monday condemned the sanctions imposed "
        'on Iranian companies last week as "illegal", saying that Iran reserves the right to respond.'
    )
    assert _dated(text, date(2024, 10, 21), "statement") == ["2024-10-21"]


@pytest.mark.parametrize(
    ("text", "window"),
    [
        # a plan for this week starts on publication day (a Friday), not on Monday
        (
            "Prime Minister Nikolai Draganov will hold talks with the parties this week.",
            ("2004-11-19", "2004-11-21"),
        ),
        # what happened this week ended by publication day
        (
            "Prime Minister Nikolai Draganov held talks with the parties this week.",
            ("2004-11-15", "2004-11-19"),
        ),
    ],
)
def test_a_window_holding_publication_day_is_cut_to_the_status_side(
    text: str, window: tuple[str, str]
) -> None:
    events = [e for e in extract(text, PUBLISHED) if e.type == "meeting"]
    assert [(e.date.start.isoformat(), e.date.end.isoformat()) for e in events if e.date] == [
        window
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The United Nations Security Council will vote next week on extending the mandate "
            "of the peacekeeping force.",
            "election",
        ),
        ("Parliament is expected to vote on the new government next week.", "election"),
    ],
)
def test_a_council_vote_and_a_parliament_vote_are_votes(text: str, expected: str) -> None:
    assert [e.type for e in extract(text, PUBLISHED)] == [expected]


def test_agreeing_after_talks_is_the_talks_outcome() -> None:
    text = (
        "South Korean nuclear envoy Choi Yoon-ha held phone talks with his Japanese "
        "counterpart on Friday morning, and the two agreed to closely coordinate."
    )
    assert _summary(extract(text, PUBLISHED)) == [("meeting", "occurred", "2004-11-19")]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "CSTO foreign and defence ministers held a joint session in Dushanbe on Thursday.",
            "meeting",
        ),
        (
            "The next session of the Collective Security Council will take place in December.",
            "meeting",
        ),
        (
            "The Council of the European Union adopted restrictive measures against Iran on Monday.",
            "sanction",
        ),
        (
            "The United States imposed restrictions on arms exports to South Sudan in February.",
            "sanction",
        ),
        (
            "A court in Quito found former president Rafael Cevallos guilty of bribery on Tuesday.",
            "other",
        ),
        (
            "Vietnam and the Philippines upgraded their ties to a strategic partnership in 2015.",
            "agreement",
        ),
        ("A live-fire phase of the Egyptian and Greek drill is scheduled for Sunday.", "exercise"),
        (
            "A full-dress rehearsal of the Pakistan Day parade was held on Sunday.",
            "military_display",
        ),
        ("Japan's Crown Prince attended the centenary celebrations in Brazil last month.", "visit"),
    ],
)
def test_round14_triggers(text: str, kind: str) -> None:
    assert kind in {e.type for e in extract(text, PUBLISHED)}, _summary(extract(text, PUBLISHED))


@pytest.mark.parametrize(
    ("text", "kind", "when"),
    [
        (
            "Turkey launched Operation Claw-Shield against PKK militants in Iraq on Friday.",
            "attack",
            "2004-11-19",
        ),
        # no army in the sentence: a named operation of another kind
        ("Brazil's Operation Car Wash began on Friday.", "other", "2004-11-19"),
        ("Thai and US troops began Exercise Cobra Gold on Friday.", "exercise", "2004-11-19"),
    ],
)
def test_a_named_operation_is_the_event_not_an_actor(text: str, kind: str, when: str) -> None:
    events = extract(text, PUBLISHED)
    assert [(e.type, e.date.start.isoformat() if e.date else None) for e in events] == [
        (kind, when)
    ]
    assert not any(a.name.startswith(("Operation", "Exercise")) for a in events[0].actors)


def test_a_participle_after_everyone_describes_them() -> None:
    text = "The UN rights office today called for the release of everyone detained on Thursday."
    assert [e.type for e in extract(text, PUBLISHED)] == ["statement"]


def test_a_sentence_opening_with_if_reports_only_the_saying() -> None:
    text = (
        "If the crackdown continues, opposition leaders said, they will boycott next year's "
        "legislative elections."
    )
    assert [e.type for e in extract(text, PUBLISHED)] == ["statement"]


@pytest.mark.parametrize(
    ("text", "kind", "country"),
    [
        (
            "Supporters of Rafael Cevallos rallied outside the court building in Quito on Friday.",
            "other",
            "Ecuador",
        ),
        (
            "Chinese special forces held joint drills near Nis in Serbia on Friday.",
            "exercise",
            "Serbia",
        ),
        (
            "Chinese troops marched in a military parade in Islamabad on Friday.",
            "military_display",
            "Pakistan",
        ),
    ],
)
def test_the_country_of_the_place_takes_part(text: str, kind: str, country: str) -> None:
    events = [e for e in extract(text, PUBLISHED) if e.type == kind]
    assert events and country in {a.name for a in events[0].actors}, _summary(events)


def test_a_body_of_an_organisation_is_an_actor_beside_it() -> None:
    text = "The UN human rights office in Geneva called on Friday for the release of all detainees."
    names = {a.name for e in extract(text, PUBLISHED) for a in e.actors}
    assert {"United Nations", "UN human rights office"} <= names


def test_the_seat_of_an_international_court_is_no_party() -> None:
    text = (
        "China rejected the case, and Chinese ships stayed in the sea. A tribunal in The Hague "
        "ruled in July 2016 that China's claims had no legal basis."
    )
    rulings = [e for e in extract(text, PUBLISHED) if e.type == "other"]
    assert rulings and "Netherlands" not in {a.name for a in rulings[0].actors}, _summary(rulings)


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Washington dropped the radar plan last year.", "2003-01-01"),
        ("OPEC+ began unwinding its voluntary output cuts in April.", "2004-04-01"),
    ],
)
def test_an_actors_past_verb_with_a_date_is_an_event_when_nothing_else_is(
    text: str, when: str
) -> None:
    events = extract(text, PUBLISHED)
    assert [(e.type, e.date.start.isoformat() if e.date else None) for e in events] == [
        ("other", when)
    ]
    assert events[0].title.split(":")[1].strip().split()[0] in {"dropped", "began"}


@pytest.mark.parametrize(
    "text",
    [
        # no actor before the verb
        "Shares of the company jumped 5 percent on Monday.",
        # a passive or an infinitive is no plain past action
        "The plan was dropped last year.",
        "Washington wanted to drop the plan last year.",
        # no date: nothing to place on a timeline
        "Washington dropped the radar plan.",
    ],
)
def test_a_plain_past_verb_needs_an_actor_subject_and_a_date(text: str) -> None:
    assert [e for e in extract(text, PUBLISHED) if e.type == "other" and e.date] == []


def test_a_dated_passive_takes_the_type_of_its_verbs_trigger() -> None:
    text = "India's Agni-V missile was first tested in April 2012."
    assert [
        (e.type, e.date.start.isoformat() if e.date else None) for e in extract(text, PUBLISHED)
    ] == [("military_display", "2012-04-01")]


def test_a_strike_inside_an_exercise_is_part_of_it() -> None:
    text = "The Singaporean and Australian exercise will end with a combined strike mission on Saturday."
    assert _summary(extract(text, PUBLISHED)) == [("exercise", "scheduled", "2004-11-20")]


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            "The US Treasury sanctioned three Chinese firms on Monday. Deputy Treasury Secretary "
            "Rachel Donnelly said at the time that Washington would act again.",
            "2004-11-15",
        ),
        (
            "Pakistan held its national day parade in Islamabad on Monday. Addressing the parade, "
            "President Arif Qureshi said Pakistan wants peace with its neighbours.",
            "2004-11-15",
        ),
    ],
)
def test_a_saying_at_an_occasion_takes_the_occasions_date(text: str, when: str) -> None:
    assert _dated(text, PUBLISHED, "statement") == [when]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "A Libyan National Army missile hit the departure hall of Mitiga airport on Sunday.",
            "attack",
        ),
        ("The United States on Friday eased sanctions on Venezuela's oil sector.", "sanction"),
        ("Kenya declared seven days of national mourning on Friday.", "other"),
        ("India and Vietnam first exercised together in 2018.", "exercise"),
        (
            "The Dubai Airshow opened on Friday with displays by Emirati fighter jets.",
            "military_display",
        ),
        ("The European Union imposed visa bans on six Belarusian officials on Friday.", "sanction"),
    ],
)
def test_round14_types(text: str, kind: str) -> None:
    assert [e.type for e in extract(text, PUBLISHED)] == [kind]


def test_a_verb_in_a_relative_clause_is_not_dated_by_the_main_clause() -> None:
    text = (
        "Kyrgyzstan and Tajikistan signed a ceasefire in Astana on Tuesday, after a week of "
        "border fighting in which at least 94 people were killed."
    )
    assert [e.type for e in extract(text, PUBLISHED)] == ["agreement"]


def test_an_opening_date_governs_a_verb_far_from_it() -> None:
    text = (
        "Last week, the three-judge panel of the regional military court in the northern "
        "district of Tbilisi sentenced opposition leader Zurab Mchedlidze over protests in "
        "September."
    )
    sentenced = [e for e in extract(text, PUBLISHED) if "sentenced" in e.title]
    assert [e.date.start.isoformat() for e in sentenced if e.date] == ["2004-11-08"]


def test_an_institution_before_said_is_the_speaker() -> None:
    text = (
        "China imposed sanctions on six US firms on Thursday, Chinese state media said. The "
        "foreign ministry separately said on Friday it would freeze their assets in China."
    )
    sayings = [e for e in extract(text, date(2024, 7, 20)) if e.type == "statement"]
    assert sayings and {"Foreign ministry", "China"} <= {a.name for a in sayings[0].actors}


def test_a_saying_participle_gets_a_plain_title() -> None:
    text = "Speaking at the ceremony on Friday, Kazakh Defense Minister Daniyar Seitkaliev praised the troops."
    titles = [e.title for e in extract(text, PUBLISHED)]
    assert titles and not any("speakings" in t for t in titles)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Its leader, Nils Ūdris, said on Friday that the coalition was weak.", "Nils Ūdris"),
        (
            "Turkish President Recep Tayyip Erdoğan said on Friday he would visit Warsaw.",
            "Recep Tayyip Erdoğan",
        ),
        ('"We won," former Polish president Lech Wałęsa said on Friday.', "Lech Wałęsa"),
    ],
)
def test_names_with_accented_latin_letters_are_whole(text: str, name: str) -> None:
    assert name in {a.name for e in extract(text, PUBLISHED) for a in e.actors}


def test_an_opening_date_dates_the_saying_not_its_content() -> None:
    text = "On Monday, the foreign ministry said talks would resume on December 2."
    assert _dated(text, PUBLISHED, "statement") == ["2004-11-15"]
    assert _dated(text, PUBLISHED, "meeting") == ["2004-12-02"]


def test_a_narrower_date_of_the_clause_wins_over_an_opening_year() -> None:
    assert _dated("In 2003, Serbia signed a contract on 5 May.", PUBLISHED, "agreement") == [
        "2003-05-05"
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Kyrgyzstan held a national day of mourning for the victims on Friday.", "other"),
        (
            "A panel of judges in Quito found Rafael Cevallos, 63, guilty of bribery on Friday.",
            "other",
        ),
    ],
)
def test_a_noun_in_ing_and_a_gap_with_an_apposition_still_trigger(text: str, kind: str) -> None:
    assert [e.type for e in extract(text, PUBLISHED)] == [kind]
