"""Round 18 of the extraction rules, end to end: states that no longer exist are actors, an
exercise can be flown, a ban on investment is a sanction, a name before "air base" is a
place, "they" points back to the group that opened the sentence before, and an exercise
named in apposition takes the date of its own relative clause.
"""

from __future__ import annotations

from datetime import date

from timeline.extract import extract
from timeline.model import Event

#: A Friday.
PUBLISHED = date(1998, 6, 12)


def _of(events: list[Event], kind: str) -> list[Event]:
    return [e for e in events if e.type == kind]


def test_a_state_that_no_longer_exists_is_an_actor() -> None:
    text = "The Yugoslav army on Thursday denounced the manoeuvres as open intimidation."
    statements = _of(extract(text, PUBLISHED), "statement")
    assert [a.name for a in statements[0].actors] == ["Yugoslavia"]
    assert statements[0].date is not None and statements[0].date.start == date(1998, 6, 11)


def test_a_former_state_has_no_country_code() -> None:
    text = "Czechoslovak officials met Austrian ministers in Vienna on Tuesday."
    meeting = _of(extract(text, PUBLISHED), "meeting")[0]
    former = [a for a in meeting.actors if a.name == "Czechoslovakia"]
    assert former and former[0].country is None


def test_warplanes_fly_an_exercise() -> None:
    text = (
        "NATO warplanes will fly a large air exercise over the Adriatic on Monday, alliance "
        "officials said."
    )
    exercise = _of(extract(text, PUBLISHED), "exercise")
    assert [e.date.start for e in exercise if e.date] == [date(1998, 6, 15)]
    assert exercise[0].status == "scheduled"


def test_a_ban_on_new_investment_is_a_sanction() -> None:
    text = "The European Union on Monday banned new investment in Belarus."
    sanction = _of(extract(text, PUBLISHED), "sanction")
    assert [e.date.start for e in sanction if e.date] == [date(1998, 6, 8)]


def test_frozen_funds_are_a_sanction() -> None:
    text = "Canada on Tuesday froze the state funds of Myanmar held in Canadian banks."
    assert _of(extract(text, PUBLISHED), "sanction")


def test_a_name_before_air_base_is_a_place_not_a_person() -> None:
    text = "Rebels fired rockets at the Prince Sultan air base on Wednesday, Saudi Arabia said."
    for event in extract(text, PUBLISHED):
        assert "Prince Sultan" not in [a.name for a in event.actors]


def test_they_points_back_to_the_group_that_opened_the_sentence_before() -> None:
    text = (
        "The Houthis answered in kind. On Wednesday, they fired a ballistic missile at an air "
        "base near Khamis Mushait."
    )
    attack = _of(extract(text, PUBLISHED), "attack")
    assert attack and attack[0].actors[0].name == "Houthis"


def test_they_points_back_to_a_pair_of_countries() -> None:
    text = "Japan and the Philippines held talks in Manila on Monday. They agreed on Tuesday to expand drills."
    agreement = _of(extract(text, PUBLISHED), "agreement")
    assert {a.name for a in agreement[0].actors} >= {"Japan", "Philippines"}


def test_they_does_not_point_back_to_one_person() -> None:
    text = "Minister Adam Kowal met reporters on Monday. They asked on Tuesday about the drills."
    for event in extract(text, PUBLISHED):
        if event.date is not None and event.date.start == date(1998, 6, 9):
            assert "Adam Kowal" not in [a.name for a in event.actors]


def test_an_exercise_named_in_apposition_takes_its_relative_clauses_date() -> None:
    text = (
        "NATO met on Thursday. The alliance will test its forces in a large exercise, Strong "
        "Shield 1998, which is due to begin on June 23 and run until July 10."
    )
    exercise = _of(extract(text, PUBLISHED), "exercise")
    assert [e.date.start for e in exercise if e.date] == [date(1998, 6, 23)]


def test_an_adjective_after_an_event_noun_is_not_its_verb() -> None:
    text = "Serbia on Thursday condemned the manoeuvres as open intimidation."
    events = extract(text, PUBLISHED)
    assert [e.type for e in events] == ["statement"]


def test_a_lodged_protest_is_a_saying_dated_from_the_sentence_before() -> None:
    text = (
        "The dispute began with the budget of February 28, 1997, when Delhi raised the duty on "
        "wine. Two days later, Chile's ambassador lodged a formal protest with India."
    )
    statements = _of(extract(text, PUBLISHED), "statement")
    assert [e.date.start for e in statements if e.date] == [date(1997, 3, 2)]


def test_a_body_named_with_body_meets_in_its_relative_clause_despite_a_condition() -> None:
    text = (
        "If India does not appeal, the report can be adopted by the Dispute Settlement Body, "
        "which next meets on July 19."
    )
    meetings = _of(extract(text, PUBLISHED), "meeting")
    assert [(e.actors[0].name, e.date.start) for e in meetings if e.date] == [
        ("Dispute Settlement Body", date(1998, 7, 19))
    ]


def test_postponed_talks_did_not_take_place() -> None:
    for text in (
        "Brazil on Wednesday postponed the talks with Argentina.",
        "Brazil on Wednesday postponed talks on a car regime with Argentina.",
    ):
        assert not _of(extract(text, PUBLISHED), "meeting"), text


def test_suspended_negotiations_are_no_meeting_but_a_measure() -> None:
    text = "Brazil on Wednesday suspended negotiations with Argentina on a car regime."
    events = extract(text, PUBLISHED)
    assert not _of(events, "meeting")
    assert [e.date.start for e in events if e.date] == [date(1998, 6, 10)]


def test_a_feared_event_has_not_happened() -> None:
    text = "The talks on Monday raised fears of a new offensive in the north."
    assert not _of(extract(text, PUBLISHED), "attack")


def test_slapped_duties_are_a_sanction() -> None:
    text = "In late May, the U.S. Commerce Department slapped anti-dumping duties on Chinese steel."
    assert _of(extract(text, PUBLISHED), "sanction")


def test_a_cut_forecast_is_an_announcement() -> None:
    text = "The International Monetary Fund last Tuesday cut its forecast for global growth."
    statements = _of(extract(text, PUBLISHED), "statement")
    assert [e.date.start for e in statements if e.date] == [date(1998, 6, 9)]


def test_shut_frontiers_are_an_event_with_the_neighbours() -> None:
    text = "Nigeria partially shut its frontiers with Benin and Niger on May 20."
    events = extract(text, PUBLISHED)
    assert [(e.type, e.date.start) for e in events if e.date] == [("other", date(1998, 5, 20))]
    assert {a.name for a in events[0].actors} >= {"Nigeria", "Benin", "Niger"}


def test_a_long_complement_leads_to_a_relative_clause_date() -> None:
    text = (
        "Russia on Tuesday began a snap combat readiness check of troops in its Western and "
        "Southern military districts, which is due to end on Saturday."
    )
    exercises = _of(extract(text, PUBLISHED), "exercise")
    assert exercises and exercises[0].date is not None


def test_an_amphibious_landing_is_an_exercise() -> None:
    text = (
        "An amphibious landing involving Ukrainian and U.S. marines is scheduled for next Tuesday."
    )
    exercises = _of(extract(text, PUBLISHED), "exercise")
    assert [e.date.start for e in exercises if e.date] == [date(1998, 6, 16)]


def test_watching_a_demonstration_of_weapons_is_a_display() -> None:
    text = "President Dusan Maric watched a demonstration of the Russian systems on Thursday."
    displays = _of(extract(text, PUBLISHED), "military_display")
    assert [e.date.start for e in displays if e.date] == [date(1998, 6, 11)]


def test_a_declaration_of_independence_is_no_agreement() -> None:
    text = "Kosovo, whose 2008 declaration of independence Serbia does not recognise, protested."
    assert not _of(extract(text, date(2019, 10, 24)), "agreement")


def test_a_live_firing_phase_is_an_exercise_not_an_attack() -> None:
    text = "The second, live-firing phase of the exercise will take place in southern Russia next month."
    events = extract(text, PUBLISHED)
    assert not _of(events, "attack") and _of(events, "exercise")


def test_a_saying_afterwards_takes_the_date_of_the_event_just_told() -> None:
    text = (
        'India and Pakistan held talks in Delhi on Monday. "We have not solved everything," '
        "Mehra told a joint news conference afterwards."
    )
    statements = _of(extract(text, PUBLISHED), "statement")
    assert [e.date.start for e in statements if e.date] == [date(1998, 6, 8)]


def test_a_saying_at_the_ceremony_takes_the_date_of_the_event_marked() -> None:
    text = (
        'Mali and the rebels signed a peace deal in Bamako on Monday. "The guns must now fall '
        'silent," Diarra said after the ceremony.'
    )
    statements = _of(extract(text, PUBLISHED), "statement")
    assert [e.date.start for e in statements if e.date] == [date(1998, 6, 8)]


def test_an_action_after_the_ceremony_is_not_dated_by_it() -> None:
    text = (
        "Mali and the rebels signed a peace deal in Bamako on Monday. After the ceremony, the "
        "Malian troops withdrew from Kidal."
    )
    # undated, the withdrawal has no place on the timeline
    assert [e.type for e in extract(text, PUBLISHED)] == ["agreement"]


def test_a_past_saying_is_not_dated_by_an_occasion_to_come() -> None:
    text = (
        'The two ministers will sign the treaty in Lima on June 20. "It is a great day," '
        "Echeverria said after the ceremony."
    )
    statements = _of(extract(text, PUBLISHED), "statement")
    assert statements and all(e.date is None for e in statements)


def test_an_accord_named_again_by_its_day_is_the_same_agreement() -> None:
    text = (
        "Kenya and Ethiopia yesterday agreed to mount joint security patrols along their common "
        "border. Under yesterday's accord, Ethiopian and Kenyan police commanders will meet "
        "monthly in Moyale."
    )
    agreements = _of(extract(text, date(1998, 10, 14)), "agreement")
    assert len(agreements) == 1
    assert {a.name for a in agreements[0].actors} >= {"Kenya", "Ethiopia"}


def test_two_receptions_of_one_visitor_on_one_day_stay_two_meetings() -> None:
    text = (
        "Foreign Minister Taro Ueda met Indonesian Foreign Minister Budi Hartono in Tokyo on "
        "Wednesday. Prime Minister Hiroshi Sato received Hartono at his office later on Wednesday."
    )
    assert len(_of(extract(text, date(2026, 2, 19)), "meeting")) == 2


def test_a_killing_protested_against_is_not_dated_by_the_protest() -> None:
    text = (
        "Bangladesh on Monday summoned India's envoy to protest against the killing of a farmer "
        "by Indian border guards."
    )
    assert not _of(extract(text, date(2005, 8, 22)), "attack")


def test_a_swearing_in_is_an_event_of_its_own_not_an_election() -> None:
    text = "Chile's new interior minister, Carolina Saavedra, was sworn in on Wednesday morning."
    events = extract(text, date(2023, 5, 17))
    assert [(e.type, e.date.start) for e in events if e.date] == [("other", date(2023, 5, 17))]


def test_an_acronym_that_speaks_is_a_body() -> None:
    text = (
        "The main opposition CPN-UML said in a statement in Kathmandu on Thursday that it objected."
    )
    statements = _of(extract(text, date(2017, 8, 25)), "statement")
    assert statements and statements[0].actors[0].name == "CPN-UML"
    assert statements[0].actors[0].kind == "organization"


def test_forces_that_crushed_rebels_attacked_them() -> None:
    text = "Sri Lankan government forces crushed the Tamil Tigers in May last year."
    attacks = _of(extract(text, date(2010, 4, 10)), "attack")
    assert [e.date.start for e in attacks if e.date] == [date(2009, 5, 1)]


def test_the_n_member_council_is_the_council_named_before() -> None:
    text = (
        "The U.N. Security Council has agreed to send more troops to Congo. The 15-member "
        "council voted unanimously on Thursday to expand the mission."
    )
    votes = _of(extract(text, date(2000, 2, 25)), "election")
    assert votes and votes[0].actors[0].name == "UN Security Council"


def test_what_comes_before_a_present_verb_after_before_is_not_dated_by_the_sentence() -> None:
    text = (
        "Fresh air raids threatened on Friday to undermine the U.N. mission before its first "
        "soldiers arrive."
    )
    assert all(e.date is None for e in extract(text, date(2000, 2, 25)) if e.type == "other")
    signed = "Japan and China met on Monday before they sign a trade deal."
    agreements = _of(extract(signed, date(2000, 2, 25)), "agreement")
    assert all(e.date is None for e in agreements)


def test_a_gerund_with_an_object_and_its_own_date_is_a_dated_attack() -> None:
    text = (
        "On Friday the Congolese Rally for Democracy accused government aircraft of bombing its "
        "positions near the town of Kabinda on Sunday, killing at least 14 civilians."
    )
    events = extract(text, date(2000, 2, 25))
    assert [e.date.start for e in _of(events, "attack") if e.date] == [date(2000, 2, 20)]
    # the accusation itself is a saying of its own day, by the movement (a rally in its name
    # is no protest)
    statements = _of(events, "statement")
    assert [e.date.start for e in statements if e.date] == [date(2000, 2, 25)]
    assert statements[0].actors[0].name == "Congolese Rally for Democracy"
    assert not _of(events, "other")


def test_a_gerund_without_a_date_of_its_own_is_not_dated_by_the_accusation() -> None:
    text = "On Friday the Congolese Rally for Democracy accused aircraft of bombing its positions."
    assert not _of(extract(text, date(2000, 2, 25)), "attack")


def test_congo_alone_is_the_democratic_republic_and_the_republic_keeps_its_name() -> None:
    text = "Congolese troops attacked rebel positions in Congo on Monday."
    attack = _of(extract(text, PUBLISHED), "attack")[0]
    assert attack.actors[0].name == "Democratic Republic of the Congo"
    other = "Troops of the Republic of Congo attacked rebel positions on Monday."
    attack = _of(extract(other, PUBLISHED), "attack")[0]
    assert attack.actors[0].name == "Republic of the Congo"


def test_a_cessation_of_hostilities_is_an_agreement_not_an_attack() -> None:
    text = "In late May, Sudan and South Sudan signed a cessation of hostilities agreement in Addis Ababa."
    events = extract(text, PUBLISHED)
    assert _of(events, "agreement") and not _of(events, "attack")


def test_what_an_occasion_came_days_after_is_dated_from_it() -> None:
    text = (
        "Islamist insurgents fired mortars at an African Union base in Mogadishu on Tuesday. "
        "A spokesman said the group would keep fighting. The attack came a day after gunmen "
        "ambushed a convoy near Beledweyne."
    )
    attacks = _of(extract(text, date(2008, 3, 5)), "attack")
    assert sorted(e.date.start for e in attacks if e.date) == [date(2008, 3, 3), date(2008, 3, 4)]


def test_a_clause_with_its_own_date_keeps_it_after_came() -> None:
    text = (
        "North and South Korean officers held talks at Panmunjom on Thursday. The talks came a "
        "week after gunmen ambushed a South Korean patrol near Paju on Oct. 5."
    )
    attacks = _of(extract(text, date(2009, 10, 15)), "attack")
    assert [e.date.start for e in attacks if e.date] == [date(2009, 10, 5)]


def test_a_council_session_is_a_meeting() -> None:
    text = "In late January seven African heads of state attended a special council session on Congo in New York."
    meetings = _of(extract(text, date(2000, 2, 25)), "meeting")
    assert [e.date.start for e in meetings if e.date] == [date(2000, 1, 21)]


def test_a_camp_handed_over_and_a_pullout_completed_are_events() -> None:
    text = (
        "The U.N. mission handed its camp in Tessalit to the Malian army on Saturday. "
        "Peacekeepers also completed their pullout from the nearby camp at Aguelhok on Monday, "
        "the mission said."
    )
    others = _of(extract(text, date(2023, 10, 24)), "other")
    assert sorted(e.date.start for e in others if e.date) == [
        date(2023, 10, 21),
        date(2023, 10, 23),
    ]


def test_a_vehicle_that_hit_a_roadside_bomb_was_attacked() -> None:
    text = "On Sunday a vehicle carrying Chadian peacekeepers hit a roadside bomb near Tessalit."
    attacks = _of(extract(text, date(2023, 10, 24)), "attack")
    assert [e.date.start for e in attacks if e.date] == [date(2023, 10, 22)]


def test_an_event_dated_only_to_a_decade_has_no_place_on_the_timeline() -> None:
    text = (
        "ASEAN and China will meet in Manila on February 24 to negotiate the code of conduct, "
        "which the two sides began discussing more than two decades ago."
    )
    events = extract(text, date(2026, 1, 30))
    assert events and all(e.date is None or e.date.precision != "decade" for e in events)


def test_the_next_edition_is_one_more_of_the_storys_occasion() -> None:
    text = (
        "Indonesian and Singaporean jets began the Elang exercise on Monday. Singapore is due "
        "to host the next edition in 2018."
    )
    exercises = _of(extract(text, date(2016, 6, 8)), "exercise")
    assert sorted(e.date.start for e in exercises if e.date) == [
        date(2016, 6, 6),
        date(2018, 1, 1),
    ]
    assert not _of(extract(text, date(2016, 6, 8)), "meeting")


def test_an_edition_with_no_occasion_told_is_nothing() -> None:
    text = "The paper's weekend edition on Sunday carried the interview with Kenya's minister."
    assert not _of(extract(text, date(2016, 6, 8)), "exercise")


def test_a_place_seized_is_attacked_and_goods_seized_are_not() -> None:
    taken = "Insurgents briefly seized the police station in Beledweyne on Monday."
    assert [e.type for e in extract(taken, date(2008, 3, 5))] == ["attack"]
    goods = "Police seized 20 kg of heroin in Lagos on Monday."
    assert [e.type for e in extract(goods, date(2008, 3, 5))] == ["other"]
