"""Rounds 28 and 29 of the extraction rules, end to end: regulators, courts, campuses and police."""

from __future__ import annotations

from datetime import date

import pytest
from event_checks import happened as _happened
from event_checks import seen as _seen

from timeline.extract import extract

#: A Wednesday.
PUBLISHED = date(2013, 5, 15)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The Food and Drug Administration said on Monday it would review the drug.",
            "Food and Drug Administration",
        ),
        (
            "The Tertiary Education Quality and Standards Agency said on Monday it had asked "
            "for the report.",
            "Tertiary Education Quality and Standards Agency",
        ),
        # with its possessive too
        (
            "The Food and Drug Administration's advisory committee said on Monday the drug "
            "was safe.",
            "Food and Drug Administration",
        ),
    ],
)
def test_a_body_named_for_two_portfolios_keeps_its_whole_name(text: str, body: str) -> None:
    events = extract(text, published=PUBLISHED)
    assert _happened(events, "statement", date(2013, 5, 13), body), _seen(events)


def test_an_appearance_before_a_committee_is_a_hearing() -> None:
    text = (
        "Governor Jan Novak is due to appear before parliament's finance committee on May 21 "
        "to explain the rescue."
    )
    events = extract(text, published=PUBLISHED)
    assert _happened(events, "meeting", date(2013, 5, 21), "Jan Novak"), _seen(events)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The Supreme Court heard oral arguments in the appeal on May 6.", date(2013, 5, 6)),
        ("The House Transportation Committee heard testimony on the bill May 2.", date(2013, 5, 2)),
        # the story reached October, so a January joined after it is the next one
        (
            "The Supreme Court agreed to hear the case in October and heard arguments on Jan. 14.",
            date(2013, 1, 14),
        ),
    ],
)
def test_hearing_arguments_or_testimony_is_a_session(text: str, day: date) -> None:
    events = extract(text, published=PUBLISHED)
    assert _happened(events, "meeting", day), _seen(events)


def test_suspending_imports_is_a_sanction() -> None:
    text = "Chile will suspend imports of fresh lemons from northwestern Argentina from Thursday."
    events = extract(text, published=PUBLISHED)
    assert _happened(events, "sanction", date(2013, 5, 16), "Chile"), _seen(events)


def test_tractors_converging_on_a_square_are_a_protest() -> None:
    text = "More than 400 tractors converged on Merrion Square in Dublin on Tuesday."
    events = extract(text, published=PUBLISHED)
    assert _happened(events, "other", date(2013, 5, 14)), _seen(events)


@pytest.mark.parametrize(
    "text",
    [
        "The agreement between the EU and Argentina, Brazil, Paraguay and Uruguay was concluded "
        "in Montevideo on Monday, after 25 years of talks.",
        "The deal between Chile and Peru was finalised on Monday.",
        "A settlement between the FSA and Harcourt Lyle was reached on Monday.",
    ],
)
def test_a_deal_that_was_concluded_is_an_agreement(text: str) -> None:
    events = extract(text, published=PUBLISHED)
    assert _happened(events, "agreement", date(2013, 5, 13)), _seen(events)
    assert not _happened(events, "other", date(2013, 5, 13)), _seen(events)


def test_talks_that_were_concluded_are_no_agreement() -> None:
    events = extract("The talks were concluded on Monday by Chile and Peru.", published=PUBLISHED)
    assert not _happened(events, "agreement", date(2013, 5, 13)), _seen(events)


def test_a_name_called_one_of_several_banks_is_a_business() -> None:
    text = (
        "Vestbanki, one of the three large commercial banks, said on Tuesday it would let "
        "households defer loan payments."
    )
    events = extract(text, published=PUBLISHED)
    assert _happened(events, "statement", date(2013, 5, 14), "Vestbanki"), _seen(events)


@pytest.mark.parametrize(
    ("text", "kind", "day", "ministry"),
    [
        (
            "The finance ministry said on Monday it would cut fuel taxes.",
            "statement",
            date(2013, 5, 13),
            "Finance ministry",
        ),
        (
            "The agriculture ministry banned the movement of live poultry on Monday.",
            "other",
            date(2013, 5, 13),
            "Agriculture ministry",
        ),
        (
            "The farm ministry said it would receive union leaders in Paris on Friday.",
            "meeting",
            date(2013, 5, 17),
            "Farm ministry",
        ),
    ],
)
def test_a_ministry_named_by_its_portfolio_acts(
    text: str, kind: str, day: date, ministry: str
) -> None:
    events = extract(text, published=PUBLISHED)
    assert _happened(events, kind, day, ministry), _seen(events)


def test_a_stock_exchange_named_for_its_city_is_one_body() -> None:
    text = "The Tokyo Stock Exchange suspended trading in Acme shares on Wednesday."
    events = extract(text, published=PUBLISHED)
    assert _happened(events, "other", date(2013, 5, 15), "Tokyo Stock Exchange"), _seen(events)


@pytest.mark.parametrize(
    "text",
    [
        "Dorsey will travel to Tokyo on Thursday for further talks with Japanese officials.",
        "An IMF mission is scheduled to arrive in Quito on Thursday to resume the talks.",
        "Chowdhury is expected to travel to New Delhi on Thursday for foreign secretary-level "
        "consultations.",
    ],
)
def test_talks_a_trip_is_made_for_are_part_of_the_visit(text: str) -> None:
    events = extract(text, published=PUBLISHED)
    assert _happened(events, "visit", date(2013, 5, 16)), _seen(events)
    assert not _happened(events, "meeting", date(2013, 5, 16)), _seen(events)


def test_a_surname_shared_with_a_business_is_the_person() -> None:
    text = (
        "The grants went to Harwell Paving, a company owned by a donor, Jerry Harwell. "
        "Harwell pleaded guilty on Monday to conspiracy."
    )
    events = extract(text, published=PUBLISHED)
    assert _happened(events, "other", date(2013, 5, 13), "Jerry Harwell"), _seen(events)


def test_a_participle_after_a_preposition_describes_a_noun() -> None:
    text = (
        "A House subcommittee voted Wednesday to subpoena the chief executive of collapsed "
        "mortgage lender Brightwater Home Lending."
    )
    events = extract(text, published=PUBLISHED)
    assert not _happened(events, "other", date(2013, 5, 15)), _seen(events)


@pytest.mark.parametrize(
    "text",
    [
        "The Treasury Select Committee will question FSA officials on Thursday.",
        "Lawmakers are due to question the defense minister about the incident on Thursday.",
    ],
)
def test_lawmakers_questioning_officials_hold_a_hearing(text: str) -> None:
    events = extract(text, published=PUBLISHED)
    assert _happened(events, "meeting", date(2013, 5, 16)), _seen(events)


def test_greenland_and_the_faroes_are_actors_of_their_own() -> None:
    text = "The Faroe Islands tripled their own mackerel quota on Monday, and Greenland followed."
    events = extract(text, published=PUBLISHED)
    assert _happened(events, "other", date(2013, 5, 13), "Faroe Islands"), _seen(events)


def test_a_name_based_in_a_town_is_a_business_and_the_state_no_actor() -> None:
    text = (
        "Crestline, which is based in Princeton, N.J., said in a statement on Monday that it "
        "would appeal."
    )
    events = extract(text, published=PUBLISHED)
    assert _happened(events, "statement", date(2013, 5, 13), "Crestline"), _seen(events)
    assert all("N.J." not in [a.name for a in e.actors] for e in events), _seen(events)


def test_a_country_adjective_inside_a_place_name_names_no_country() -> None:
    text = (
        "Sunday's shooting at a street dance in Spanish Town killed four people. Spanish Town "
        "police arrested two men on Monday. The House extended the measures in Spanish Town."
    )
    events = extract(text, published=PUBLISHED)
    assert all("Spain" not in [a.name for a in e.actors] for e in events), _seen(events)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The National Defense and Security Council approved the measure on Monday.",
            "National Defense and Security Council",
        ),
        ("Russia and Security Council members met on Monday.", "UN Security Council"),
    ],
)
def test_a_longer_name_ending_in_security_council_is_not_the_un_body(text: str, body: str) -> None:
    events = extract(text, published=PUBLISHED)
    assert any(body in [a.name for a in e.actors] for e in events), _seen(events)


def test_posting_documents_or_footage_is_a_statement() -> None:
    text = (
        "Questions about the drug surfaced on Monday, when the FDA posted its reviewers' "
        "briefing documents on the agency's Web site."
    )
    events = extract(text, published=PUBLISHED)
    assert _happened(events, "statement", date(2013, 5, 13)), _seen(events)


def test_men_arrested_in_raids_are_no_attack() -> None:
    text = "The two men were arrested in dawn raids in Hamburg and Kiel on Monday."
    events = extract(text, published=PUBLISHED)
    assert not _happened(events, "attack", date(2013, 5, 13)), _seen(events)
    assert _happened(events, "other", date(2013, 5, 13)), _seen(events)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The emergency was extended by Parliament for 60 days on Monday.", "Parliament"),
        ("Two protesters were detained by police on Monday.", "Police"),
    ],
)
def test_an_institution_after_by_is_the_agent_of_a_passive(text: str, body: str) -> None:
    events = extract(text, published=PUBLISHED)
    assert any(body in [a.name for a in e.actors] for e in events), _seen(events)


def test_giving_evidence_to_a_committee_is_a_hearing() -> None:
    text = (
        "Rachel Dunmore is due to give evidence on Tuesday to the Commons home affairs committee."
    )
    events = extract(text, published=PUBLISHED)
    assert _happened(events, "meeting", date(2013, 5, 21), "Rachel Dunmore"), _seen(events)
