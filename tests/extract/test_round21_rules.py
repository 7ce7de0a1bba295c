"""Round 21 of the extraction rules, end to end: troops sent somewhere are a deployment of
type other, plural attack nouns report attacks, an order to leave the country expels, a
resolution "describing" something is a saying, a treaty named by its title takes no date
from another clause, a city after "capital" is a place, and a dateline of two capitals
gives the story no single home.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.extract import extract
from timeline.model import Event

#: A Friday.
PUBLISHED = date(2017, 8, 18)


def _of(events: list[Event], kind: str) -> list[Event]:
    return [e for e in events if e.type == kind]


def _names(event: Event) -> list[str]:
    return [a.name for a in event.actors]


def _days(events: list[Event]) -> list[date]:
    return [e.date.start for e in events if e.date is not None]


# --- deployments ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Rwanda and Uganda sent troops into Congo in August 2016 to back the rebels.",
        "Kenya deployed 400 police officers to Haiti on Tuesday.",
        "France dispatched troops to the border on Tuesday.",
    ],
)
def test_troops_sent_are_a_deployment_of_type_other(text: str) -> None:
    events = [e for e in extract(text, PUBLISHED) if e.subtype == "deployment"]
    assert [e.type for e in events] == ["other"]
    assert not _of(extract(text, PUBLISHED), "military_display")


# --- attack nouns in the plural -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "The talks were overshadowed by serial bombings in three crowded New Delhi "
            "markets on August 3 that killed 62 people.",
            date(2017, 8, 3),
        ),
        ("Two suicide bombings struck Kabul on Tuesday, killing 12 people.", date(2017, 8, 15)),
        ("Israeli raids on south Lebanon on Wednesday killed two fighters.", date(2017, 8, 16)),
    ],
)
def test_plural_attack_nouns_report_attacks(text: str, day: date) -> None:
    assert _days(_of(extract(text, PUBLISHED), "attack")) == [day]


def test_nuclear_explosions_are_no_attack() -> None:
    text = "India conducted five underground nuclear explosions on August 11."
    assert not _of(extract(text, PUBLISHED), "attack")


# --- an order to leave the country --------------------------------------------------------


def test_an_order_to_leave_the_country_is_an_expulsion() -> None:
    text = (
        "Pakistan on Friday ordered an Indian diplomat to leave the country within 48 hours, "
        "accusing him of espionage."
    )
    (event,) = _of(extract(text, PUBLISHED), "sanction")
    assert event.date is not None and event.date.start == date(2017, 8, 18)
    assert "Pakistan" in _names(event)


def test_documents_received_are_no_meeting() -> None:
    text = (
        "Pakistan protested on Friday, a day after India expelled a Pakistani embassy "
        "official it said had been caught receiving secret defence documents."
    )
    assert not _of(extract(text, PUBLISHED), "meeting")
    text = "President Rahman received the Indian foreign secretary in Dhaka on Thursday."
    assert _days(_of(extract(text, PUBLISHED), "meeting")) == [date(2017, 8, 17)]


# --- resolutions that say something -------------------------------------------------------


def test_a_resolution_describing_is_a_saying() -> None:
    text = (
        "Pakistan's National Assembly on Tuesday unanimously passed a resolution describing "
        'any attempt to divert the rivers as "an act of aggression".'
    )
    events = extract(text, PUBLISHED)
    assert _days(_of(events, "statement")) == [date(2017, 8, 15)]
    assert not _of(events, "agreement")


# --- treaties named by their title --------------------------------------------------------


def test_a_named_treaty_takes_no_date_from_another_clause() -> None:
    text = (
        "The court opened a hearing on Monday on India's decision last year to hold the "
        'Indus Waters Treaty "in abeyance".'
    )
    assert not _of(extract(text, PUBLISHED), "agreement")


@pytest.mark.parametrize(
    "text",
    [
        "Under the Indus Waters Treaty of 1960, India controls three eastern rivers.",
        "The 1960 Indus Waters Treaty was signed in Karachi.",
    ],
)
def test_a_named_treaty_keeps_its_own_year(text: str) -> None:
    assert _days(_of(extract(text, PUBLISHED), "agreement")) == [date(1960, 1, 1)]


# --- places --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Rwanda and Uganda signed a ceasefire agreement in the Zambian capital Lusaka on "
            "July 10.",
            "Zambia",
        ),
        (
            "Congo and Rwanda signed a peace framework in the Ethiopian capital, Addis Ababa, "
            "on July 10.",
            "Ethiopia",
        ),
    ],
)
def test_a_city_after_capital_is_a_place(text: str, place: str) -> None:
    (event,) = _of(extract(text, PUBLISHED), "agreement")
    assert place not in _names(event)


def test_a_dateline_of_two_capitals_names_no_actor() -> None:
    text = (
        "ISLAMABAD/NEW DELHI, Aug 18 (Reuters) - Pakistan on Friday ordered an Indian "
        "diplomat to leave the country within 48 hours, accusing him of espionage.\n"
    )
    for event in extract(text, PUBLISHED):
        assert not {"NEW DELHI", "New Delhi", "DELHI"} & set(_names(event))


# --- lawmakers' hearings ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Under Secretary of Commerce Warren Falk defended his department's record at a "
            "hearing of the House International Relations Committee on Wednesday.",
            date(2017, 8, 16),
        ),
        (
            "Warren Falk said on Monday that he would testify before the Senate Armed "
            "Services Committee on August 22.",
            date(2017, 8, 22),
        ),
        (
            "The Senate Foreign Relations subcommittee on African affairs has a hearing on "
            "Zimbabwe scheduled for Wednesday.",
            date(2017, 8, 23),
        ),
    ],
)
def test_a_hearing_of_lawmakers_is_a_meeting(text: str, day: date) -> None:
    assert _days(_of(extract(text, PUBLISHED), "meeting")) == [day]


def test_a_court_hearing_is_a_meeting() -> None:
    # the gold sets of rounds 1 to 37 type a court's hearing a meeting more often than a step of
    # justice (meeting accepted for 53 of the studied sets' court hearings, other for 46)
    text = "A court in Harare has a hearing on the case scheduled for Wednesday."
    events = extract(text, PUBLISHED)
    assert _days(_of(events, "meeting")) == [date(2017, 8, 23)]


# --- dates of sayings and of what they report ---------------------------------------------


def test_the_date_right_after_a_saying_verb_is_the_sayings() -> None:
    text = "Falk said on Monday he would visit Moscow on August 22."
    events = extract(text, PUBLISHED)
    assert _days(_of(events, "statement")) == [date(2017, 8, 14)]
    assert _days(_of(events, "visit")) == [date(2017, 8, 22)]


def test_an_end_point_dates_nothing_after_it() -> None:
    text = (
        "The U.N. Security Council voted unanimously on Thursday to extend its observer "
        "mission in Angola until September 15, warning the rebels that it could impose "
        "further sanctions."
    )
    events = extract(text, PUBLISHED)
    assert all(e.date is not None and e.date.start == date(2017, 8, 17) for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "The United Nations Security Council will vote next week on extending the mandate.",
        "The U.N. Security Council voted unanimously on Thursday to expand the mission.",
    ],
)
def test_a_council_vote_is_a_vote(text: str) -> None:
    assert [e.type for e in extract(text, PUBLISHED)] == ["election"]


# --- acts of one government ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "President Bush signed an executive order on Friday broadening the sanctions.",
        "President Trump on Thursday signed into law a bill that directs the United States "
        "to oppose loans to Nicaragua.",
        "President Adriana Solis signed a decree on Tuesday declaring a national emergency.",
    ],
)
def test_an_order_decree_or_law_signed_is_no_agreement(text: str) -> None:
    events = extract(text, PUBLISHED)
    assert not _of(events, "agreement")
    assert _of(events, "other")


def test_two_countries_signing_a_deal_is_still_an_agreement() -> None:
    text = "Russia and China signed a trade agreement on Friday."
    assert _days(_of(extract(text, PUBLISHED), "agreement")) == [date(2017, 8, 18)]


def test_banning_the_import_of_goods_is_a_sanction() -> None:
    text = "Britain on Monday banned the import of Belarusian potash."
    assert _days(_of(extract(text, PUBLISHED), "sanction")) == [date(2017, 8, 14)]


# --- people named after a title and its portfolio -----------------------------------------


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Minister for Defence Industry Daniel Whitlock visited Dhaka on Tuesday.",
            "Daniel Whitlock",
        ),
        (
            "U.N. High Commissioner for Refugees Paolo Ferrante visited the camps on Tuesday.",
            "Paolo Ferrante",
        ),
        (
            "Indian Deputy High Commissioner Vikram Sahni was summoned to the ministry on "
            "Friday morning.",
            "Vikram Sahni",
        ),
        (
            "Minister of National Defense Kuo Wen-chih told lawmakers on Tuesday that tensions "
            "were the worst he had seen.",
            "Kuo Wen-chih",
        ),
    ],
)
def test_a_person_after_a_title_and_its_portfolio_is_named(text: str, person: str) -> None:
    assert any(person in _names(e) for e in extract(text, PUBLISHED))


# --- who the unowned institutions belong to -----------------------------------------------


def test_police_in_a_story_filed_abroad_belong_to_the_country_it_is_about() -> None:
    text = (
        "WASHINGTON, Dec 21 (Reuters) - The United States on Friday imposed sanctions on "
        "Nicaragua's vice president. Nicaragua's government has cracked down on protests in "
        "Nicaragua for months, and Nicaragua expelled rights monitors. Last Friday, police "
        "raided the offices of an independent news website in Managua.\n"
    )
    # a police raid is a step of justice (type other), the country still the one it is about
    raids = [e for e in _of(extract(text, date(2018, 12, 21)), "other") if "raid" in e.title]
    assert raids and "Nicaragua" in _names(raids[0])
    assert "United States" not in _names(raids[0])


# --- more events of type other, votes and meals -------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "day"),
    [
        (
            "Palestine will formally become a member of the court on August 22.",
            "other",
            date(2017, 8, 22),
        ),
        (
            "On Tuesday, the ICC prosecutor opened a preliminary examination into the situation.",
            "other",
            date(2017, 8, 15),
        ),
        (
            "The soldier was handed back through the U.N. force on Tuesday.",
            "other",
            date(2017, 8, 15),
        ),
        (
            "The Dominican Republic closed its land border with Haiti on Tuesday.",
            "other",
            date(2017, 8, 15),
        ),
        (
            "The High Court in Nairobi is due to hear a petition by an opposition politician on "
            "Thursday.",
            "other",
            date(2017, 8, 24),
        ),
        (
            "On Tuesday, the U.N. Security Council voted down a Palestinian-drafted resolution.",
            "election",
            date(2017, 8, 15),
        ),
        (
            "The Security Council is expected to hold its first informal straw poll in late September.",
            "election",
            date(2017, 9, 21),
        ),
        (
            "President Putin and President Xi dined together at the palace on Tuesday.",
            "meeting",
            date(2017, 8, 15),
        ),
    ],
)
def test_more_triggers(text: str, kind: str, day: date) -> None:
    assert [e.date.start for e in _of(extract(text, PUBLISHED), kind) if e.date] == [day]


def test_close_to_the_border_closes_nothing() -> None:
    text = "Algeria's army staged a live-fire exercise on Saturday close to the Moroccan border."
    assert not _of(extract(text, PUBLISHED), "other")


def test_a_dateline_month_is_no_march() -> None:
    text = (
        "DOHA, March 18 (Reuters) - Israeli and Hamas negotiators began a new round of "
        "indirect talks in Doha on Tuesday.\n"
    )
    assert [e.type for e in extract(text, date(2026, 3, 18))] == ["meeting"]


def test_a_light_verb_reaches_over_an_abbreviation() -> None:
    text = (
        "Lebanese and Israeli negotiators resumed U.S.-mediated talks over their disputed "
        "maritime border on Tuesday after a five-month break."
    )
    assert _days(_of(extract(text, PUBLISHED), "meeting")) == [date(2017, 8, 15)]


def test_a_strike_that_targeted_is_an_attack() -> None:
    text = (
        'The Israeli military said the strike late on Monday targeted "a terrorist cell" '
        "near the border."
    )
    assert _days(_of(extract(text, PUBLISHED), "attack")) == [date(2017, 8, 14)]


def test_protests_that_erupted_are_no_attack() -> None:
    text = "Nicaraguan protests erupted on April 18 over cuts to social security pensions."
    events = extract(text, PUBLISHED)
    assert not _of(events, "attack")
    assert _days(_of(events, "other")) == [date(2017, 4, 18)]
    text = "Fighting erupted on Saturday between Rwandan and Ugandan troops near the airport."
    assert _days(_of(extract(text, PUBLISHED), "attack")) == [date(2017, 8, 12)]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Yemen's parliament will hold a closed session on Tuesday to hear a report.",
            date(2017, 8, 22),
        ),
        (
            "Greek Foreign Minister Andreas Papasotiriou is due to raise the incident with NATO "
            "Secretary General Hendrik van Aalst in Brussels on Thursday.",
            date(2017, 8, 24),
        ),
    ],
)
def test_closed_sessions_and_issues_raised_with_someone_are_meetings(text: str, day: date) -> None:
    assert _days(_of(extract(text, PUBLISHED), "meeting")) == [day]


@pytest.mark.parametrize(
    "text",
    [
        "Earlier on Tuesday the High Court rejected a petition filed by business leaders.",
        "A court in Quito dismissed the charges against him on Tuesday.",
    ],
)
def test_a_court_rejecting_or_dismissing_rules(text: str) -> None:
    events = extract(text, PUBLISHED)
    assert not _of(events, "statement")
    assert _days(_of(events, "other")) == [date(2017, 8, 15)]


def test_a_ministry_rejecting_still_speaks() -> None:
    text = "Pakistan's foreign ministry rejected the accusation on Tuesday."
    assert _days(_of(extract(text, PUBLISHED), "statement")) == [date(2017, 8, 15)]


@pytest.mark.parametrize(
    ("text", "kind", "day"),
    [
        (
            "The Awami League enforced a dawn-to-dusk hartal across Bangladesh on Tuesday.",
            "other",
            date(2017, 8, 15),
        ),
        (
            "The budget session of the Bangladesh parliament is due to open on August 22.",
            "meeting",
            date(2017, 8, 22),
        ),
    ],
)
def test_hartals_and_budget_sessions(text: str, kind: str, day: date) -> None:
    assert _days(_of(extract(text, PUBLISHED), kind)) == [day]


def test_the_two_presidents_are_the_two_named_as_presidents() -> None:
    text = (
        "Uzbek President Islam Karimov and Kyrgyz President Askar Akayev met in Osh on "
        "Tuesday. Kyrgyz official Ilhom Nazarov and envoy Elena Sorokina praised the talks "
        "on Wednesday. The two presidents are expected to meet again on Monday."
    )
    (again,) = [e for e in _of(extract(text, PUBLISHED), "meeting") if e.status == "scheduled"]
    assert {"Islam Karimov", "Askar Akayev"} <= set(_names(again))
    assert "Elena Sorokina" not in _names(again)


def test_the_two_presidents_with_none_named_are_their_countries() -> None:
    text = (
        "Uzbekistan and Kyrgyzstan signed a border protocol on Tuesday. Kyrgyz official Ilhom "
        "Nazarov and envoy Elena Sorokina praised it on Wednesday. The two presidents are "
        "expected to discuss the protocol on Monday."
    )
    (again,) = [e for e in _of(extract(text, PUBLISHED), "meeting") if e.status == "scheduled"]
    assert "Elena Sorokina" not in _names(again)
    assert {"Uzbekistan", "Kyrgyzstan"} & set(_names(again))


def test_announcing_measures_that_ban_imports_is_the_ban() -> None:
    text = (
        "Britain and Canada announced coordinated measures on Monday, banning the import of "
        "Belarusian potash products and barring the national airline."
    )
    assert [e.type for e in extract(text, PUBLISHED)] == ["sanction"]


def test_troops_exchanging_heavy_fire_attack() -> None:
    text = (
        "Indian and Pakistani troops exchanged heavy fire in the Poonch sector on Tuesday, "
        "killing an Indian soldier."
    )
    assert _days(_of(extract(text, PUBLISHED), "attack")) == [date(2017, 8, 15)]


def test_a_date_after_saying_belongs_to_what_is_said() -> None:
    text = (
        "Hezbollah fired more than 300 rockets at northern Israel on Sunday, saying it was "
        "retaliating for the killing of a commander in an Israeli strike on July 30."
    )
    fired = [e for e in _of(extract(text, PUBLISHED), "attack") if "Hezbollah" in _names(e)]
    assert date(2017, 8, 13) in _days(fired)
    text = (
        "Israel launched strikes on Sunday morning. Hezbollah then fired more than 300 rockets "
        "at northern Israel, saying it was retaliating for an Israeli strike on July 30."
    )
    assert not [e for e in extract(text, PUBLISHED) if "fires" in e.title]


def test_seizing_a_city_is_an_attack() -> None:
    text = "The M23 rebels seized Goma on Tuesday."
    assert _days(_of(extract(text, PUBLISHED), "attack")) == [date(2017, 8, 15)]
    text = "Customs officers seized Chinese goods on Tuesday."
    assert not _of(extract(text, PUBLISHED), "attack")


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "The M23 seized Goma in November 2016. On Tuesday, the rebels captured the mining "
            "town of Rubaya.",
            "M23",
        ),
        (
            "Boko Haram attacked Maiduguri in May. On Tuesday, the militants raided a village "
            "near Bama.",
            "Boko Haram",
        ),
    ],
)
def test_the_rebels_are_the_armed_group_named_before(text: str, group: str) -> None:
    tuesday = [
        e
        for e in _of(extract(text, PUBLISHED), "attack")
        if e.date and e.date.start == date(2017, 8, 15)
    ]
    assert tuesday and group in _names(tuesday[0])


def test_flying_into_a_capital_is_a_visit() -> None:
    text = "U.N. envoy Moussa Ould Abdallahi flew into Sanaa on Tuesday for talks with the Houthis."
    assert _days(_of(extract(text, PUBLISHED), "visit")) == [date(2017, 8, 15)]


def test_an_undated_saying_of_a_dated_action_is_that_action() -> None:
    text = "Delhi Police said they had detained Bhatti on Wednesday near the Delhi zoo."
    events = extract(text, PUBLISHED)
    assert [e.type for e in events] == ["other"]
    assert _days(events) == [date(2017, 8, 16)]
    text = "Delhi Police said the suspects were dangerous."
    assert [e.type for e in extract(text, PUBLISHED)] == ["statement"]


def test_an_analyst_named_with_an_abbreviation_in_the_apposition_comments() -> None:
    text = (
        "Lena Hartmann, a U.N. analyst at the International Crisis Group, said the new "
        "members would find a paralysed council."
    )
    assert extract(text, PUBLISHED) == []


def test_a_trigger_may_hold_its_actor() -> None:
    text = "Rafael Ocampo will brief the Security Council in New York next Wednesday."
    assert _days(_of(extract(text, PUBLISHED), "meeting")) == [date(2017, 8, 23)]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("President Jovenel Moise was assassinated at his home on Tuesday.", "attack"),
        (
            "President Mehmet Tansel and President Andreas Mavrides dined at his home on Tuesday night.",
            "meeting",
        ),
    ],
)
def test_assassinations_attack_and_dinners_meet(text: str, kind: str) -> None:
    assert _days(_of(extract(text, PUBLISHED), kind)) == [date(2017, 8, 15)]


def test_a_title_and_name_after_a_fronted_place_are_the_next_subject() -> None:
    text = "In New York, Secretary-General Kofi Annan welcomed the agreement on Tuesday."
    (event,) = extract(text, PUBLISHED)
    assert _names(event) == ["Kofi Annan"]
    text = "Hassan Rouhani, President of Iran, said on Tuesday that the deal was good."
    (event,) = extract(text, PUBLISHED)
    assert _names(event)[:2] == ["Hassan Rouhani", "Iran"]


def test_a_storm_making_landfall_is_a_disaster() -> None:
    text = (
        "Cyclone Hanitra made landfall near the Mozambican port city of Quelimane late on Tuesday."
    )
    events = extract(text, PUBLISHED)
    assert [(e.type, e.subtype) for e in events] == [("other", "disaster")]
    assert _days(events) == [date(2017, 8, 15)]


def test_ships_entering_territorial_waters_is_an_event() -> None:
    text = (
        "Six Chinese marine surveillance ships entered the territorial waters around the "
        "islands on Tuesday, the Japan Coast Guard said."
    )
    assert _days(_of(extract(text, PUBLISHED), "other")) == [date(2017, 8, 15)]
