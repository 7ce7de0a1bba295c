"""Round 27 of the extraction rules, end to end: shipping and relief news, sayings in reports."""

from __future__ import annotations

from datetime import date

import pytest
from event_checks import happened as _happened
from event_checks import seen as _seen

from timeline.extract import extract
from timeline.model import Event

#: A Wednesday.
PUBLISHED = date(2013, 5, 15)


def _said_by(events: list[Event], actor: str, day: date) -> bool:
    """Whether one of ``events`` is a saying by ``actor`` on ``day``."""
    return _happened(events, "statement", day, actor)


def test_a_body_that_said_in_a_report_made_a_statement() -> None:
    text = (
        "Amnesty International said in a report last month that all sides had shown "
        "disregard for civilian lives."
    )
    events = extract(text, published=PUBLISHED)
    assert _said_by(events, "Amnesty International", date(2013, 4, 1)), _seen(events)


def test_a_news_agency_that_reported_is_still_only_the_source() -> None:
    text = "Yonhap reported on Tuesday that the navy fired warning shots at a fishing boat."
    events = extract(text, published=PUBLISHED)
    assert not any("Yonhap" in [a.name for a in e.actors] for e in events), _seen(events)


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Dockers at Indigo Lines walked out on Tuesday.", "Indigo Lines"),
        ("Crews at Aegeus Bulk Carriers walked out on Tuesday.", "Aegeus Bulk Carriers"),
        ("Crews at Baltic Ferries walked out on Tuesday.", "Baltic Ferries"),
        ("Staff at Waalhaven Salvage walked out on Tuesday.", "Waalhaven Salvage"),
        ("Pilots at Tana Air Cargo walked out on Tuesday.", "Tana Air Cargo"),
    ],
)
def test_shipping_and_freight_companies_are_organisations(text: str, company: str) -> None:
    events = extract(text, published=PUBLISHED)
    assert _happened(events, "other", date(2013, 5, 14), company), _seen(events)


def test_a_forum_named_in_full_is_a_body_that_speaks() -> None:
    text = "The Fruit Exporters' Forum said on Tuesday that 600 containers were stuck."
    events = extract(text, published=PUBLISHED)
    assert _said_by(events, "Fruit Exporters' Forum", date(2013, 5, 14)), _seen(events)


def test_a_carrier_named_as_a_business_is_no_ship() -> None:
    text = "Mediterranean-based carrier Indigo Lines said on Tuesday it would divert its service."
    events = extract(text, published=PUBLISHED)
    assert _said_by(events, "Indigo Lines", date(2013, 5, 14)), _seen(events)


def test_a_ship_named_after_its_type_is_still_no_actor() -> None:
    text = "The frigate Admiral Sorokin sailed from Sevastopol on Tuesday, the navy said."
    events = extract(text, published=PUBLISHED)
    assert not any("Admiral Sorokin" in [a.name for a in e.actors] for e in events), _seen(events)


def test_a_committee_that_takes_evidence_meets() -> None:
    text = "The transport committee is due to take evidence from the regulator on Thursday."
    events = extract(text, published=PUBLISHED)
    assert _happened(events, "meeting", date(2013, 5, 16)), _seen(events)


def test_a_mandate_that_runs_out_on_a_day_is_an_event() -> None:
    text = "The Security Council's authorization for the mission runs out on June 30."
    events = extract(text, published=PUBLISHED)
    assert _happened(events, "other", date(2013, 6, 30)), _seen(events)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Pirates seized a chemical tanker off Oman on Saturday.", "Pirates"),
        ("Raiders attacked herders at a watering point on Sunday.", "Raiders"),
        ("Hijackers forced the crew into liferafts on Friday.", "Hijackers"),
        ("Bandits ambushed a convoy near the border on Saturday.", "Bandits"),
        ("Guerrillas ambushed an army truck outside Lamitan on Saturday.", "Guerrillas"),
        ("Smugglers attacked a border post on Saturday.", "Smugglers"),
    ],
)
def test_armed_groups_named_by_what_they_do_are_actors(text: str, group: str) -> None:
    events = extract(text, published=PUBLISHED)
    assert any(e.date is not None and group in [a.name for a in e.actors] for e in events), _seen(
        events
    )


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen in two skiffs seized a chemical tanker off Oman on Saturday.",
        "Rebels seized the town of Koidu on Saturday.",
        "Pirates seized a bulk carrier in the Gulf of Aden on Saturday.",
    ],
)
def test_a_seizure_by_armed_men_is_an_attack(text: str) -> None:
    events = extract(text, published=PUBLISHED)
    assert _happened(events, "attack", date(2013, 5, 11)), _seen(events)


def test_a_seizure_by_the_authorities_is_no_attack() -> None:
    text = "Customs officers seized two tonnes of cocaine at the port of Antwerp on Saturday."
    events = extract(text, published=PUBLISHED)
    assert not any(e.type == "attack" for e in events), _seen(events)


@pytest.mark.parametrize(
    ("text", "actor", "day"),
    [
        ("The embassy said Brazil devalued its currency in January.", "Brazil", date(2013, 1, 1)),
        (
            "The agency said Ivo Lehtikangas gave a sample in Antholz on January 23.",
            "Ivo Lehtikangas",
            date(2013, 1, 23),
        ),
    ],
)
def test_the_dated_action_an_undated_saying_reports_is_an_event(
    text: str, actor: str, day: date
) -> None:
    events = extract(text, published=PUBLISHED)
    assert _happened(events, "other", day, actor), _seen(events)


def test_the_doer_of_a_reported_action_is_named_after_the_saying() -> None:
    # round 25 kept only the saying here, undated: the action it reports is now dated too
    text = "The Polish Foreign Ministry said Russia ordered the diplomat out on Wednesday."
    events = extract(text, published=date(2010, 10, 22))
    assert [(e.type, e.date.start if e.date else None, e.actors[0].name) for e in events] == [
        ("other", date(2010, 10, 20), "Russia"),
        ("statement", None, "Polish Foreign Ministry"),
    ], _seen(events)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # two days a week apart: two occasions, the first dates the event
        (
            "Calder Track Services inspected the line on 3 and 10 May.",
            date(2013, 5, 3),
            date(2013, 5, 3),
        ),
        # "between" makes a range, and so do two days in a row
        (
            "Calder Track Services inspected the line between 3 and 10 May.",
            date(2013, 5, 3),
            date(2013, 5, 10),
        ),
        (
            "The two ministers met in Oslo on Monday and Tuesday.",
            date(2013, 5, 13),
            date(2013, 5, 14),
        ),
    ],
)
def test_days_joined_by_and_are_a_range_only_when_they_run_on(
    text: str, start: date, end: date
) -> None:
    events = extract(text, published=PUBLISHED)
    assert [(e.date.start, e.date.end) for e in events if e.date is not None] == [(start, end)], (
        _seen(events)
    )


def test_a_plane_that_flew_into_a_mountainside_crashed() -> None:
    text = "A turboprop of Sulu Pacific Airways flew into a mountainside on Saturday."
    events = extract(text, published=PUBLISHED)
    assert [e.type for e in events] == ["other"], _seen(events)


def test_a_carrier_that_flew_into_a_city_still_arrived() -> None:
    text = "A delegation of Sulu Pacific Airways flew into Manila on Saturday."
    events = extract(text, published=PUBLISHED)
    assert [e.type for e in events] == ["visit"], _seen(events)


@pytest.mark.parametrize("workers", ["dockworkers", "stevedores", "seafarers"])
def test_striking_port_workers_are_on_strike_not_striking_anything(workers: str) -> None:
    text = f"Striking {workers} vowed on Tuesday to defy a Labour Court order."
    events = extract(text, published=PUBLISHED)
    assert not any(e.type == "attack" for e in events), _seen(events)


@pytest.mark.parametrize(
    ("text", "kind", "day"),
    [
        (
            "Prime Minister Gonzalo Sifuentes is due to present the commission's report to "
            "Congress on Thursday.",
            "statement",
            date(2013, 5, 16),
        ),
        ("The Senate is scheduled to debate the bill on Thursday.", "meeting", date(2013, 5, 16)),
    ],
)
def test_presenting_a_plan_and_debating_a_bill_are_events(text: str, kind: str, day: date) -> None:
    events = extract(text, published=PUBLISHED)
    assert _happened(events, kind, day), _seen(events)


@pytest.mark.parametrize(
    "text",
    [
        "Residents said the water had risen quickly.",
        "Witnesses said the water had risen quickly.",
        "Protesters said they would stay in the square.",
    ],
)
def test_bystanders_undated_saying_is_no_event(text: str) -> None:
    events = extract(text, published=PUBLISHED)
    assert events == [], _seen(events)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Police said the protest had been peaceful.", "Police"),
        ("Rebels said they would release the hostages.", "Rebels"),
        ("The government said it would rebuild the villages.", "Government"),
    ],
)
def test_an_acting_bodys_undated_saying_stays(text: str, speaker: str) -> None:
    events = extract(text, published=PUBLISHED)
    assert [(e.type, e.date, e.actors[0].name) for e in events] == [("statement", None, speaker)], (
        _seen(events)
    )


def test_bystanders_dated_saying_stays() -> None:
    text = "Residents said on Tuesday that the water had risen quickly."
    events = extract(text, published=PUBLISHED)
    assert _said_by(events, "Residents", date(2013, 5, 14)), _seen(events)


@pytest.mark.parametrize(
    ("text", "society"),
    [
        ("The Kenya Red Cross Society launched an appeal on Tuesday.", "Kenya Red Cross Society"),
        ("The Peruvian Red Cross said on Tuesday it had 300 volunteers.", "Peruvian Red Cross"),
        (
            "The Sudanese Red Crescent said on Tuesday it had seen 43 cases.",
            "Sudanese Red Crescent",
        ),
        (
            "The IFRC said on Tuesday it needed more money.",
            "International Federation of Red Cross and Red Crescent Societies",
        ),
    ],
)
def test_a_countrys_red_cross_society_is_its_own_body(text: str, society: str) -> None:
    events = extract(text, published=PUBLISHED)
    assert [e.actors[0].name for e in events] == [society], _seen(events)
    assert not any(
        "International Committee of the Red Cross" in [a.name for a in e.actors] for e in events
    ), _seen(events)


def test_the_red_cross_alone_is_still_the_icrc() -> None:
    text = "The Red Cross said on Tuesday it had seen the prisoners."
    events = extract(text, published=PUBLISHED)
    assert _said_by(events, "International Committee of the Red Cross", date(2013, 5, 14)), _seen(
        events
    )


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The UN Food and Agriculture Organization warned on Tuesday that locusts could "
            "destroy half the crop.",
            "Food and Agriculture Organization",
        ),
        (
            "The UN stabilisation mission, MONUSCO, said on Tuesday it regretted the loss of life.",
            "MONUSCO",
        ),
        (
            "Doctors Without Borders said on Tuesday its clinic had been looted.",
            "Médecins Sans Frontières",
        ),
    ],
)
def test_well_known_relief_and_peacekeeping_bodies_are_in_the_dictionary(
    text: str, body: str
) -> None:
    events = extract(text, published=PUBLISHED)
    assert _said_by(events, body, date(2013, 5, 14)), _seen(events)


def test_rounds_fired_into_the_sea_are_a_weapons_display() -> None:
    text = (
        "North Korea fired dozens of rounds from rocket launchers into the Yellow Sea on Tuesday."
    )
    events = extract(text, published=PUBLISHED)
    assert [(e.type, e.date.start if e.date else None) for e in events] == [
        ("military_display", date(2013, 5, 14))
    ], _seen(events)


def test_rounds_fired_at_people_are_an_attack() -> None:
    text = "Soldiers fired rounds at the protesters outside the palace on Tuesday."
    events = extract(text, published=PUBLISHED)
    assert [e.type for e in events] == ["attack"], _seen(events)


@pytest.mark.parametrize(
    ("text", "actor", "day"),
    [
        ("The CMA said it would decide by 30 May.", "CMA", date(2013, 5, 30)),
        (
            "Kaigen Networks said it would begin restoring the network on Saturday.",
            "Kaigen Networks",
            date(2013, 5, 18),
        ),
    ],
)
def test_the_plan_an_undated_saying_announces_is_scheduled(
    text: str, actor: str, day: date
) -> None:
    events = extract(text, published=PUBLISHED)
    assert [
        (e.type, e.status, e.date.end if e.date else None, e.actors[0].name) for e in events
    ] == [("other", "scheduled", day, actor)], _seen(events)


@pytest.mark.parametrize(
    "text",
    [
        "Councillor Hugh Pryce predicted that other councils would tighten their rules by June.",
        '"If they do not come," Maria Ortega said, "I will still be here on Saturday."',
    ],
)
def test_a_guess_or_a_quoted_promise_is_no_plan(text: str) -> None:
    events = extract(text, published=PUBLISHED)
    assert not any(e.type == "other" for e in events), _seen(events)


def test_a_word_of_faith_before_a_name_used_alone_is_no_part_of_it() -> None:
    text = (
        "The mostly Muslim Seleka coalition seized power in March. Seleka commanders said on "
        "Tuesday they would fight on."
    )
    events = extract(text, published=PUBLISHED)
    names = {a.name for e in events for a in e.actors}
    assert "Seleka" in names and "Muslim Seleka" not in names, _seen(events)


def test_a_name_that_opens_with_a_word_of_faith_keeps_it() -> None:
    text = "The Christian Democratic Union said on Tuesday it would boycott the vote."
    events = extract(text, published=PUBLISHED)
    assert _said_by(events, "Christian Democratic Union", date(2013, 5, 14)), _seen(events)


def test_a_voice_recorder_says_nothing() -> None:
    text = "Searchers recovered the cockpit voice recorder of Sulu Pacific Airways on Monday."
    events = extract(text, published=PUBLISHED)
    assert not any(e.type == "statement" for e in events), _seen(events)


def test_voicing_concern_is_still_a_statement() -> None:
    text = "Germany voiced its concern on Monday about the arrests."
    events = extract(text, published=PUBLISHED)
    assert _said_by(events, "Germany", date(2013, 5, 13)), _seen(events)


@pytest.mark.parametrize(
    "text",
    [
        "The FAO said it had received almost no response to its appeal in October.",
        "The election commission said on Friday it had received reports of 37 incidents.",
    ],
)
def test_receiving_a_response_or_reports_is_no_meeting(text: str) -> None:
    events = extract(text, published=PUBLISHED)
    assert not any(e.type == "meeting" for e in events), _seen(events)


def test_owned_is_a_state_not_a_dated_action() -> None:
    text = (
        "Somali pirates have released a Greek-owned bulk carrier and its 22 crew, the EU naval "
        "force said on Tuesday."
    )
    events = extract(text, published=PUBLISHED)
    assert not any("owned" in e.title for e in events), _seen(events)


def test_a_ship_reported_missing_is_a_statement() -> None:
    text = (
        "Straits Pacific Shipmanagement, which manages 14 tankers, reported the ship missing on "
        "Monday after she failed to answer radio calls."
    )
    events = extract(text, published=PUBLISHED)
    assert _said_by(events, "Straits Pacific Shipmanagement", date(2013, 5, 13)), _seen(events)
