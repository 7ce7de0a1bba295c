"""Rounds 33 to 35 of the extraction rules, end to end: names in plural possessives, the crowds
that open sentences, businesses and unions, and what the rounds' studied sets taught."""

from __future__ import annotations

from datetime import date

import pytest
from event_checks import happened as _happened

from timeline.extract import extract

#: A Wednesday.
PUBLISHED = date(2013, 5, 15)

#: Sentences, each with an event of a type on a day that has an actor (None: any actor).
HAPPENED: list[tuple[str, str, date, str | None]] = [
    # a plural's possessive ("Electronics'") still names the company
    (
        "Hanbit Electronics' board of directors approved the terms at an emergency meeting on "
        "Monday, a company spokesman said.",
        "meeting",
        date(2013, 5, 13),
        "Hanbit Electronics",
    ),
    (
        "The Teachers' Union said on Monday it would strike.",
        "statement",
        date(2013, 5, 13),
        "Teachers' Union",
    ),
    # "Members of the ...": the crowd's noun opens no name
    (
        "Members of the Daesan Semiconductor union voted on Tuesday to go on strike.",
        "election",
        date(2013, 5, 14),
        "Daesan Semiconductor",
    ),
    (
        "Shareholders of Norvik Holdings rejected the pay plan at the annual meeting on Tuesday.",
        "meeting",
        date(2013, 5, 14),
        "Norvik Holdings",
    ),
    # "fired on" a day: the "on" opens the date; "fired on protesters" is still an attack
    (
        "Finance Minister Valdir Rocha Lins was fired on Feb. 13.",
        "other",
        date(2013, 2, 13),
        "Valdir Rocha Lins",
    ),
    ("Soldiers fired on protesters on Monday.", "attack", date(2013, 5, 13), None),
    (
        "Police said a polling station in Tejutla was set on fire on Sunday afternoon by a crowd angry "
        "over the result.",
        "attack",
        date(2013, 5, 12),
        None,
    ),
    # a union's name ends in "Workers", a branch's in its number
    (
        "The United Mine Workers of America said on Monday the fine was too low.",
        "statement",
        date(2013, 5, 13),
        "United Mine Workers of America",
    ),
    (
        "The International Association of Fire Fighters Local 418 said Wednesday it would file a "
        "grievance.",
        "statement",
        date(2013, 5, 15),
        "International Association of Fire Fighters Local 418",
    ),
    (
        "Members of United Auto Workers Local 1412 walked off the job at the plant last Thursday.",
        "other",
        date(2013, 5, 9),
        "United Auto Workers Local 1412",
    ),
    # a plant's output or production halted
    (
        "Lanxing Motors halted production at its older plant in Changzhou on Monday.",
        "other",
        date(2013, 5, 13),
        "Lanxing Motors",
    ),
    # courts and committees: an arraignment, questioning by a committee; a film's premiere
    (
        "Former bank chief Emeka Obiora is expected to be arraigned at the Federal High Court in "
        "Lagos on July 16.",
        "other",
        date(2013, 7, 16),
        "Emeka Obiora",
    ),
    (
        "Chief executive Philippe Darrieux is due to be questioned by the National Assembly's "
        "sustainable development committee on December 7.",
        "meeting",
        date(2013, 12, 7),
        "Philippe Darrieux",
    ),
    (
        "Meridian Pictures held the world premiere of the film in Hollywood on June 30.",
        "other",
        date(2012, 6, 30),
        None,
    ),
    # a business's first word names it again; a name ending in "Records" is a business's
    (
        "Harvest Lane Markets said on Monday it would appeal. Harvest Lane closed the warehouse "
        "on Tuesday.",
        "other",
        date(2013, 5, 14),
        "Harvest Lane Markets",
    ),
    (
        "Corbel Capital said on Monday it would vote against the plan. Corbel settled with the "
        "company on April 12.",
        "agreement",
        date(2013, 4, 12),
        "Corbel Capital",
    ),
    (
        "Nordhavn Bank AB fired its chief executive on Tuesday. Nordhavn said on Wednesday it "
        "would cooperate with police.",
        "statement",
        date(2013, 5, 15),
        "Nordhavn Bank AB",
    ),
    (
        "Elbtal Versicherung lost a court case on Monday. Elbtal said on Tuesday it would appeal.",
        "statement",
        date(2013, 5, 14),
        "Elbtal Versicherung",
    ),
    (
        "Vellmann Automotive said on Monday it would recall cars. On Tuesday, Vellmann informed "
        "its dealers of the recall.",
        "other",
        date(2013, 5, 14),
        "Vellmann Automotive",
    ),
    (
        "Halcyon Records said on Monday it would fight the claim. The band signed a five-album "
        "deal with Halcyon in March 1999.",
        "agreement",
        date(1999, 3, 1),
        "Halcyon Records",
    ),
    # a bank named in its own language: "Banca", "Banco", "Banque", "Caja" open a body's name
    (
        "The chairman of Banca Popolare del Tirreno resigned on Monday.",
        "other",
        date(2013, 5, 13),
        "Banca Popolare del Tirreno",
    ),
    # production or deliveries beginning or ending on a date
    (
        "Acme Motors said production of the Sterling is expected to end in December 2010.",
        "other",
        date(2010, 12, 1),
        "Acme Motors",
    ),
    (
        "Acme Motors said deliveries are scheduled to begin in November.",
        "other",
        date(2013, 11, 1),
        "Acme Motors",
    ),
    # "The label", "The carmaker", "The union" opening a sentence: the body named last
    (
        "Crestline Records said on Monday it would boycott the awards. The label announced on "
        "February 20 that none of its artists would attend.",
        "statement",
        date(2013, 2, 20),
        "Crestline Records",
    ),
    # a capital inside a word makes a brand's name
    (
        "SautiPlus said on Monday that 2.1 million people had watched the show.",
        "statement",
        date(2013, 5, 13),
        "SautiPlus",
    ),
    # a business failing: bankruptcy, administration, receivership
    (
        "Ventalia Airlines filed for bankruptcy protection on Monday.",
        "other",
        date(2013, 5, 13),
        "Ventalia Airlines",
    ),
    (
        "Minch Marine Holdings went into administration on Tuesday.",
        "other",
        date(2013, 5, 14),
        "Minch Marine Holdings",
    ),
    # an apposition's relative clause ("a Manchester native who joined ... in 1996") is
    # background: its year dates nothing of the sentence's own
    (
        "Aldermen confirmed Angela Brennan as police chief on Tuesday. Brennan, 49, a Manchester "
        "native who joined the department as a patrol officer in 1996, will be sworn in at City "
        "Hall on June 1.",
        "other",
        date(2013, 6, 1),
        "Angela Brennan",
    ),
    # ... with a word of what it deals in before the noun ("The roads ministry")
    (
        "The roads ministry said on Tuesday it would appeal.",
        "statement",
        date(2013, 5, 14),
        "the roads ministry",
    ),
    # "voters ... approved": a vote of the public, with the day between
    (
        "Oregon voters on Tuesday approved Measure 91, a ballot initiative on school funding.",
        "election",
        date(2013, 5, 14),
        "Oregon",
    ),
    # a body the story never names is the actor as the text calls it (no event at all before)
    ("The agency suspended deliveries on Tuesday.", "other", date(2013, 5, 14), "the agency"),
    (
        "The board voted 6-3 on Tuesday night to ask a county judge to order the teachers back "
        "to work.",
        "election",
        date(2013, 5, 14),
        "the board",
    ),
    # an ampersand joins a business's names ("Farrant & Hale Plc", "Larkspur & Co.")
    (
        "British department store group Farrant & Hale Plc said on Wednesday it would close 11 "
        "stores.",
        "statement",
        date(2013, 5, 15),
        "Farrant & Hale Plc",
    ),
    (
        "Larkspur & Co. said Thursday that its chief executive would leave. Larkspur settled with "
        "Corbel Capital on April 12.",
        "agreement",
        date(2013, 4, 12),
        "Larkspur & Co.",
    ),
    # "The Columbus, Ohio, company": the company named before, whatever its home
    (
        "Larkspur & Co. posted a profit on Monday. The Columbus, Ohio, company said Thursday "
        "that its chief executive would leave on July 31.",
        "statement",
        date(2013, 5, 9),
        "Larkspur & Co.",
    ),
    # "before Judge X on Thursday": the judge is an audience, the day is the arraignment's
    (
        "Vadim Hrytsenko is scheduled to be arraigned before U.S. District Judge Harold Baskin "
        "on Thursday.",
        "other",
        date(2013, 5, 16),
        "Vadim Hrytsenko",
    ),
    # a saint's abbreviation keeps its stop inside a name
    (
        "The chief executive of St. Brendan's General Hospital resigned on Thursday.",
        "other",
        date(2013, 5, 9),
        "St. Brendan's General Hospital",
    ),
    # a title that owns a body's name ("Sheriff's Office", "Attorney General's Office")
    (
        "The Attorney General's Office said on Monday it would appeal.",
        "statement",
        date(2013, 5, 13),
        "Attorney General's Office",
    ),
    # becoming or taking over as a company's head
    (
        "President Tomas Reyes will become interim chief executive on Aug. 1.",
        "other",
        date(2013, 8, 1),
        "Tomas Reyes",
    ),
    ("Tomas Reyes took over as chief executive on Monday.", "other", date(2013, 5, 13), None),
    # work or demolition beginning
    ("Steinwerk Bau said work started in May 2002.", "other", date(2002, 5, 1), "Steinwerk Bau"),
    (
        "Steinwerk Bau said demolition of the old bridge is scheduled to begin Oct. 14.",
        "other",
        date(2013, 10, 14),
        "Steinwerk Bau",
    ),
    # a company reporting its results on a day
    (
        "Coastline Holdings is due to report half-year results on February 24.",
        "statement",
        date(2014, 2, 24),
        "Coastline Holdings",
    ),
    # a crowd opening its sentence needs no count
    (
        "Teachers walked out for 17 days in September 1989 before reaching a settlement.",
        "other",
        date(1989, 9, 1),
        "teachers",
    ),
    ("Striking miners blocked the road to the mine on Monday.", "other", date(2013, 5, 13), None),
]


def test_a_title_case_headline_ends_a_body_at_its_head() -> None:
    events = extract(
        "Ransomware Cripples City Systems; Council Votes Not to Pay\n\nThe council approved the "
        "budget on Monday.",
        published=PUBLISHED,
    )
    names = {a.name for e in events for a in e.actors}
    assert "Council Votes Not" not in names and "Council" in names


def test_an_unnamed_body_gives_way_to_a_named_one() -> None:
    events = extract(
        "The Calusa County School Board met on Monday. The board voted 3-2 on Tuesday to remove "
        "the books.",
        published=PUBLISHED,
    )
    assert "the board" not in {a.name for e in events for a in e.actors}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a name ending in a business's word, or holding an ampersand, is no person's
        ("Halcyon Records said on Monday it would fight the claim.", "Halcyon Records"),
        ("Johnson & Johnson said on Monday it would appeal.", "Johnson & Johnson"),
    ],
)
def test_a_business_name_is_no_person(text: str, name: str) -> None:
    events = extract(text, published=PUBLISHED)
    assert [(a.name, a.kind) for e in events for a in e.actors] == [(name, "organization")]


def test_a_family_name_with_a_capital_inside_is_no_brand() -> None:
    events = extract(
        "Senator Ron DeSantis said on Monday he would resign. DeSantis said on Tuesday he would "
        "stay.",
        published=PUBLISHED,
    )
    assert {(a.name, a.kind) for e in events for a in e.actors} == {("Ron DeSantis", "person")}


def test_a_doctors_strike_is_no_attack() -> None:
    events = extract(
        "Striking doctors walked out on Nov. 5. The Industrial Court on Tuesday declared the "
        "strike illegal. The nurses' union said its members would join the strike from Monday.",
        published=PUBLISHED,
    )
    assert events and not [e for e in events if e.type == "attack"]


def test_fired_on_a_day_is_no_attack() -> None:
    events = extract(
        "Finance Minister Valdir Rocha Lins was fired on Feb. 13.", published=PUBLISHED
    )
    assert not [e for e in events if e.type == "attack"]


@pytest.mark.parametrize(("text", "kind", "day", "actor"), HAPPENED)
def test_round33_sentence_has_its_event(text: str, kind: str, day: date, actor: str | None) -> None:
    events = extract(text, published=PUBLISHED)
    assert _happened(events, kind, day, actor), [
        (e.type, e.date and e.date.start, [a.name for a in e.actors]) for e in events
    ]
