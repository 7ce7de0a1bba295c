"""Round 26 of the extraction rules, end to end: company names and industrial action."""

from __future__ import annotations

from datetime import date

import pytest
from event_checks import dated as _dated
from event_checks import seen as _seen

from timeline.extract import extract

#: A Wednesday.
PUBLISHED = date(2013, 5, 15)


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Workers at Acme Railway walked out on Tuesday.", "Acme Railway"),
        ("Staff at Borealis Energy walked out on Tuesday.", "Borealis Energy"),
        ("Nurses at St Agnes Hospital walked out on Tuesday.", "St Agnes Hospital"),
        ("Miners at Kestrel Resources walked out on Tuesday.", "Kestrel Resources"),
    ],
)
def test_a_company_named_by_its_trade_is_an_organisation(text: str, company: str) -> None:
    events = extract(text, published=PUBLISHED)
    assert any(
        e.type == "other"
        and e.date is not None
        and e.date.start == date(2013, 5, 14)
        and company in [a.name for a in e.actors]
        for e in events
    ), _seen(events)


def test_the_company_refers_to_a_firm_named_by_its_trade() -> None:
    text = (
        "Talks between the union and Harbour Logistics broke down on Monday. "
        "The company said on Tuesday that it would keep its depots open."
    )
    events = extract(text, published=PUBLISHED)
    assert any(
        e.type == "statement"
        and e.date is not None
        and e.date.start == date(2013, 5, 14)
        and "Harbour Logistics" in [a.name for a in e.actors]
        for e in events
    ), _seen(events)


def test_a_walkout_in_a_story_of_industrial_action_is_no_boycott() -> None:
    text = (
        "The union served strike notice at Acme Railway on Monday. "
        "The walkout by Acme Railway crews began on Tuesday."
    )
    events = extract(text, published=PUBLISHED)
    walkouts = [e for e in events if "walkout" in e.sources[0].quote]
    assert walkouts, _seen(events)
    assert all(e.type == "other" for e in walkouts), _seen(events)


def test_a_walkout_from_talks_in_a_story_of_diplomacy_stays_a_boycott() -> None:
    text = "The Kenyan delegates' walkout on Tuesday angered the hosts."
    events = extract(text, published=PUBLISHED)
    assert "sanction" in [e.type for e in events], _seen(events)


def test_a_body_named_in_capitals_at_a_venue_is_no_town() -> None:
    events = extract("The delegates met at the UN talks on Tuesday.", published=PUBLISHED)
    actors = [a.name for e in events for a in e.actors]
    assert "United Nations" in actors, _seen(events)
    assert "India" not in actors, _seen(events)


def test_a_date_in_what_was_said_before_a_described_speaker_is_not_the_sayings() -> None:
    text = (
        "Paraguay returned to democracy only in 1989 after 35 years of military rule, and its "
        "institutions remain fragile, said Carlos Galeano, a former justice minister."
    )
    events = extract(text, published=PUBLISHED)
    assert not any(
        e.type == "statement" and e.date is not None and e.date.start.year == 1989 for e in events
    ), _seen(events)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The CGT and CFDT have called a demonstration in central Metz for Saturday.",
            ["CGT", "CFDT"],
        ),
        ("The LTTE denied the charge on Tuesday.", ["LTTE"]),
        ("Only in late April did LKAB and the town sign a framework agreement.", ["LKAB"]),
    ],
)
def test_a_short_form_in_capitals_the_dictionary_lacks_is_an_organisation(
    text: str, names: list[str]
) -> None:
    events = extract(text, published=PUBLISHED)
    actors = {a.name for e in events for a in e.actors}
    assert set(names) <= actors, _seen(events)


@pytest.mark.parametrize(
    "text",
    [
        "The CEO resigned on Tuesday.",
        "Output fell 3 percent in the second quarter, AFP reported on Tuesday.",
        "LISBON, May 14 (Reuters) - Protesters marched on Tuesday.",
    ],
)
def test_capitals_that_name_no_body_are_no_organisation(text: str) -> None:
    events = extract(text, published=PUBLISHED)
    actors = {a.name for e in events for a in e.actors}
    assert not actors & {"CEO", "AFP", "LISBON"}, _seen(events)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The Centre of Indian Trade Unions said on Tuesday it would hold a demonstration.",
            "Centre of Indian Trade Unions",
        ),
        (
            "The Federation of Kenyan Employers said on Tuesday it would appeal.",
            "Federation of Kenyan Employers",
        ),
        (
            "The Ministry of Housing, Communities and Local Government said on Tuesday that it "
            "was monitoring the situation.",
            "Ministry of Housing, Communities and Local Government",
        ),
        (
            "The Commission for Conciliation, Mediation and Arbitration issued a certificate on "
            "Tuesday.",
            "Commission for Conciliation, Mediation and Arbitration",
        ),
    ],
)
def test_a_body_name_runs_on_through_a_country_adjective_and_a_list_of_portfolios(
    text: str, body: str
) -> None:
    events = extract(text, published=PUBLISHED)
    assert any(body in [a.name for a in e.actors] for e in events), _seen(events)


def test_countries_listed_after_a_ministry_are_no_portfolios() -> None:
    events = extract(
        "The Ministry of Defence, Britain and France said on Tuesday they would appeal.",
        published=PUBLISHED,
    )
    actors = {a.name for e in events for a in e.actors}
    assert {"Ministry of Defence", "United Kingdom", "France"} <= actors, _seen(events)


@pytest.mark.parametrize(
    "text",
    [
        "Workers at Suryam Auto Components formed the Suryam Workers' Union in April. "
        "The union called a strike on Tuesday.",
        "Acme Airways cut pay in April. Its cabin crews staged a strike on Tuesday.",
    ],
)
def test_a_strike_called_by_a_union_or_staff_is_industrial_action(text: str) -> None:
    events = extract(text, published=PUBLISHED)
    assert events, _seen(events)
    assert all(e.type != "attack" for e in events), _seen(events)


def test_before_a_committee_s_own_subcommittee_is_an_audience_not_a_clause() -> None:
    text = (
        "Chief executive Paul Ostrander testified before the Senate Judiciary Committee's "
        "antitrust subcommittee on Tuesday, telling senators that the market was changing."
    )
    events = extract(text, published=PUBLISHED)
    assert ("meeting", date(2013, 5, 14)) in _dated(events), _seen(events)


@pytest.mark.parametrize(
    "text",
    [
        "Kaigen Holdings filed a criminal complaint with the Osaka police on Tuesday.",
        "Nuno Valadares tested positive for nandrolone at a meeting in Lisbon on Tuesday.",
    ],
)
def test_a_complaint_filed_and_a_positive_test_are_dated_events(text: str) -> None:
    events = extract(text, published=PUBLISHED)
    assert ("other", date(2013, 5, 14)) in _dated(events), _seen(events)


def test_an_event_told_only_by_its_place_keeps_the_actors_of_the_sentence_before() -> None:
    text = (
        "The Allied Mineworkers' Union rejected the offer in April. "
        "Wage talks broke down in Johannesburg on Tuesday."
    )
    events = extract(text, published=PUBLISHED)
    assert any(
        e.date is not None
        and e.date.start == date(2013, 5, 14)
        and {"Allied Mineworkers' Union", "South Africa"} <= {a.name for a in e.actors}
        for e in events
    ), _seen(events)


def test_the_actors_of_the_sentence_before_do_not_make_an_event_of_their_own() -> None:
    text = (
        "The Allied Mineworkers' Union rejected the offer in April. "
        "The strike notice expires on Tuesday."
    )
    events = extract(text, published=PUBLISHED)
    assert not any(e.date is not None and e.date.start == date(2013, 5, 14) for e in events), _seen(
        events
    )


def test_two_portfolios_joined_before_a_board_name_one_body() -> None:
    events = extract(
        "The Land Transportation Franchising and Regulatory Board is due to hold a hearing on "
        "Tuesday.",
        published=date(2013, 5, 10),
    )
    assert any(
        "Land Transportation Franchising and Regulatory Board" in [a.name for a in e.actors]
        for e in events
    ), _seen(events)


def test_a_station_named_for_a_railway_is_a_place_not_a_body() -> None:
    events = extract(
        "Workers at Acme Railway walked out on Tuesday, stranding travellers at the City "
        "Railway Station.",
        published=PUBLISHED,
    )
    actors = {a.name for e in events for a in e.actors}
    assert "Acme Railway" in actors and "City Railway Station" not in actors, _seen(events)


def test_the_speaker_of_a_chamber_is_a_person_not_a_body() -> None:
    events = extract(
        "Speaker of Congress Luis Ibarra Paredes said on Tuesday that the legislature would "
        "hear the cabinet.",
        published=PUBLISHED,
    )
    actors = {a.name for e in events for a in e.actors}
    assert "Luis Ibarra Paredes" in actors, _seen(events)
    assert not any(name.startswith("Congress ") for name in actors), _seen(events)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The public prosecutor's office in Oldenburg said on Tuesday it was considering an "
            "appeal.",
            "Public prosecutor's office",
        ),
        ("The armed forces said on Tuesday they would give an assessment.", "Armed forces"),
    ],
)
def test_an_unnamed_institution_speaks_from_its_seat(text: str, body: str) -> None:
    events = extract(text, published=PUBLISHED)
    assert any(e.type == "statement" and body in [a.name for a in e.actors] for e in events), _seen(
        events
    )


def test_a_city_attorney_is_a_title_not_part_of_the_name() -> None:
    events = extract(
        "City Attorney Marcus Odum told council members on Tuesday that a verdict could cost more.",
        published=PUBLISHED,
    )
    assert any("Marcus Odum" in [a.name for a in e.actors] for e in events), _seen(events)


def test_a_case_settled_without_appeal_reports_no_appeal() -> None:
    events = extract(
        "Siret Bacau were fined 40,000 euros by UEFA on Tuesday, a case the club settled "
        "without appeal.",
        published=PUBLISHED,
    )
    assert [e.type for e in events if e.date is not None] == ["sanction"], _seen(events)


def test_a_compound_adjective_opens_no_company_name() -> None:
    events = extract(
        "Dublin-based Acme Holdings said on Tuesday it would appeal.", published=PUBLISHED
    )
    assert "Acme Holdings" in {a.name for e in events for a in e.actors}, _seen(events)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "A tanker cut the cable on May 10. Finnish police seized that ship two days later.",
            date(2013, 5, 12),
        ),
        (
            "The Colorado Supreme Court rejected that appeal in a 5-2 decision on Tuesday.",
            date(2013, 5, 14),
        ),
    ],
)
def test_that_after_a_verb_of_action_opens_its_object_not_a_clause(text: str, day: date) -> None:
    events = extract(text, published=PUBLISHED)
    assert ("other", day) in _dated(events), _seen(events)


def test_that_after_a_saying_still_opens_what_was_said() -> None:
    events = extract(
        "Kenya's labour ministry said that talks with the union would resume on Friday.",
        published=PUBLISHED,
    )
    assert ("meeting", date(2013, 5, 17)) in _dated(events), _seen(events)


@pytest.mark.parametrize("body", ["Justice Ministry", "Justice Department"])
def test_a_title_that_opens_a_body_name_is_part_of_it(body: str) -> None:
    events = extract(f"The {body} said on Tuesday it would appeal.", published=PUBLISHED)
    assert any(body in [a.name for a in e.actors] for e in events), _seen(events)


def test_a_title_before_a_person_is_still_no_part_of_the_name() -> None:
    events = extract("Justice Minister Ana Leitao said on Tuesday.", published=PUBLISHED)
    assert any("Ana Leitao" in [a.name for a in e.actors] for e in events), _seen(events)


@pytest.mark.parametrize(
    "text",
    [
        "Former interior secretary Carlos Villamor, the ruling Liberal Party's candidate, "
        "launched his bid on Tuesday in his home province.",
        "Rolf Stadelmann, 61, sold his stake in the club on Tuesday.",
    ],
)
def test_a_description_between_commas_keeps_the_name_as_the_actions_subject(text: str) -> None:
    events = extract(text, published=PUBLISHED)
    assert any(
        e.date is not None
        and e.date.start == date(2013, 5, 14)
        and any(a.name in ("Carlos Villamor", "Rolf Stadelmann") for a in e.actors)
        for e in events
    ), _seen(events)


@pytest.mark.parametrize(
    "text",
    [
        "Council member Alicia Moreno unseated two-term Mayor Tom Gunderson on Tuesday.",
        "Rolf Stadelmann was unopposed and was confirmed by acclamation on Tuesday.",
        "Sarah Holroyd polled 1,412 votes in the by-election on Tuesday.",
    ],
)
def test_unseating_acclamation_and_votes_polled_are_elections(text: str) -> None:
    events = extract(text, published=PUBLISHED)
    assert ("election", date(2013, 5, 14)) in _dated(events), _seen(events)


def test_a_suicide_bombing_told_by_its_verb_is_an_attack() -> None:
    events = extract(
        "A female suicide bomber blew herself up at a checkpoint in Kabul on Tuesday.",
        published=PUBLISHED,
    )
    assert "attack" in [e.type for e in events], _seen(events)


def test_a_party_sweeping_to_power_won_an_election() -> None:
    events = extract(
        "The Party of Communists swept to power in Moldova on Tuesday.", published=PUBLISHED
    )
    assert "election" in [e.type for e in events], _seen(events)


@pytest.mark.parametrize(
    "text",
    [
        "The Permanent Court of Arbitration issued its award on Tuesday, rejecting China's "
        "claims, and Manila welcomed it.",
        "Judge Maria Santos handed down a seven-year sentence on Tuesday.",
        "Former interior secretary Carlos Villamor launched his bid on Tuesday, his party said.",
    ],
)
def test_rulings_handed_down_and_bids_launched_are_dated_events(text: str) -> None:
    events = extract(text, published=PUBLISHED)
    assert ("other", date(2013, 5, 14)) in _dated(events), _seen(events)


@pytest.mark.parametrize(
    ("text", "kind", "day"),
    [
        (
            "Curtis Lee Dunham pleaded not guilty on Tuesday to 11 counts of armed robbery, "
            "his lawyer said.",
            "other",
            date(2013, 5, 14),
        ),
        (
            "The Franklin County Grand Jury declined to indict Kyle Brandauer on Tuesday, "
            "prosecutors said.",
            "other",
            date(2013, 5, 14),
        ),
        (
            "The students of Acme College said they would hold a vigil outside Parliament on "
            "Friday.",
            "other",
            date(2013, 5, 17),
        ),
    ],
)
def test_pleas_declined_indictments_and_vigils_are_events(text: str, kind: str, day: date) -> None:
    events = extract(text, published=PUBLISHED)
    assert (kind, day) in _dated(events), _seen(events)


def test_a_body_opened_by_its_possessive_speaks() -> None:
    events = extract(
        "Thailand sent troops to the border in April. Its defence ministry said on Tuesday "
        "that it would send more units.",
        published=PUBLISHED,
    )
    assert any(
        e.type == "statement"
        and e.date is not None
        and e.date.start == date(2013, 5, 14)
        and "Defence ministry" in [a.name for a in e.actors]
        for e in events
    ), _seen(events)


def test_an_unnamed_union_that_speaks_is_an_actor() -> None:
    events = extract(
        "Workers at Acme Mining walked out in April. Their union said on Tuesday that the "
        "strike would go on.",
        published=PUBLISHED,
    )
    assert ("statement", date(2013, 5, 14)) in _dated(events), _seen(events)
