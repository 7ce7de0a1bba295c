"""Round 19 of the extraction rules, end to end: courts and other bodies a country or an
organisation owns are actors, counted crowds act in their protests, a translated short form
is still an introduction, "the first summit" is the earliest one, and a date inside a
reported clause with its own subject dates what was reported, not the saying.
"""

from __future__ import annotations

from datetime import date

from timeline.extract import extract
from timeline.extract.actor_dictionary import default_dictionary
from timeline.extract.mentions import DocumentPeople
from timeline.extract.people import person_or_organization
from timeline.model import Event

#: A Thursday.
PUBLISHED = date(2013, 5, 16)


def _of(events: list[Event], kind: str) -> list[Event]:
    return [e for e in events if e.type == kind]


def _names(event: Event) -> list[str]:
    return [a.name for a in event.actors]


def _days(events: list[Event]) -> list[date]:
    return [e.date.start for e in events if e.date is not None]


# --- bodies a country or an organisation owns -------------------------------------------


def test_a_country_s_own_court_is_an_actor_beside_the_country() -> None:
    text = "Croatia's supreme court on Tuesday sentenced a former camp guard to ten years."
    ruling = _of(extract(text, PUBLISHED), "other")[0]
    assert "Croatia's supreme court" in _names(ruling)
    assert "Croatia" in _names(ruling)
    court = next(a for a in ruling.actors if a.name == "Croatia's supreme court")
    assert court.kind == "organization" and court.country == "HRV"


def test_a_country_s_parliament_after_its_possessive() -> None:
    text = "Estonia's parliament will meet on Monday to debate the bill."
    meeting = _of(extract(text, PUBLISHED), "meeting")[0]
    assert "Estonia's parliament" in _names(meeting)


def test_a_country_in_a_place_phrase_owns_no_body() -> None:
    text = "The UN envoy met ministers in Croatia's capital court district on Tuesday."
    events = extract(text, PUBLISHED)
    assert events
    for event in events:
        assert not any(name.startswith("Croatia's") for name in _names(event))


def test_an_organisation_s_body_after_its_possessive_and_with_its_remit() -> None:
    text = "The United Nations' top court on Monday ordered Chile to halt the works."
    assert "United Nations' top court" in _names(_of(extract(text, PUBLISHED), "other")[0])
    text = "The United Nations tribunal for Sierra Leone on Monday sentenced two commanders."
    assert "United Nations tribunal for Sierra Leone" in _names(
        _of(extract(text, PUBLISHED), "other")[0]
    )


def test_a_body_named_with_a_title_at_its_end_keeps_the_title() -> None:
    text = "The Office of the Prosecutor said in a statement on Wednesday that it would appeal."
    saying = _of(extract(text, PUBLISHED), "statement")[0]
    assert _names(saying)[0] == "Office of the Prosecutor"
    assert _days([saying]) == [date(2013, 5, 15)]


def test_confirmed_charges_are_a_court_decision_not_a_saying() -> None:
    text = (
        "Judges at the International Criminal Court on Tuesday confirmed nine charges against him."
    )
    events = extract(text, PUBLISHED)
    assert _days(_of(events, "other")) == [date(2013, 5, 14)]
    assert not _of(events, "statement")


# --- crowds -----------------------------------------------------------------------------


def test_a_counted_crowd_is_the_actor_of_its_march() -> None:
    text = "Tens of thousands of ethnic Hungarians marched through the centre of Cluj on Sunday."
    march = _of(extract(text, PUBLISHED), "other")[0]
    assert "ethnic Hungarians" in _names(march)
    assert _days([march]) == [date(2013, 5, 12)]


def test_a_crowd_of_people_is_named_protesters() -> None:
    text = "On Saturday, several thousand people rallied peacefully outside parliament in Sofia."
    rally = _of(extract(text, PUBLISHED), "other")[0]
    assert "protesters" in _names(rally)


def test_a_crowd_with_a_place_after_its_noun() -> None:
    text = "About 2,000 workers at the Oyu Tolgoi copper mine walked out on Monday."
    walkout = _of(extract(text, PUBLISHED), "other")[0]
    assert "workers" in _names(walkout)


def test_a_counted_crowd_that_suffers_is_no_actor() -> None:
    text = "Dozens of people were killed in Homs on Monday when shells hit a market, Syria said."
    events = extract(text, PUBLISHED)
    assert _of(events, "attack")
    for event in events:
        assert "protesters" not in _names(event)


def test_what_a_crowd_demanded_is_part_of_its_protest() -> None:
    text = (
        "Several thousand people rallied peacefully outside the government building in Tuzla on "
        "Monday, demanding the resignation of the cantonal government."
    )
    events = extract(text, PUBLISHED)
    assert not _of(events, "statement")
    assert _days(_of(events, "other")) == [date(2013, 5, 13)]


def test_a_rating_in_what_organisers_said_is_no_saying() -> None:
    text = (
        "On Sunday, more than 20,000 people marched in Lome in what organisers said was the "
        "largest demonstration in a decade."
    )
    events = extract(text, PUBLISHED)
    assert not _of(events, "statement")
    assert _days(_of(events, "other")) == [date(2013, 5, 12)]


# --- commentators -----------------------------------------------------------------------


def test_analysts_who_say_something_make_no_event() -> None:
    text = "Analysts in Belgrade said the narrow margin could leave Serbia divided for years."
    assert extract(text, PUBLISHED) == []


def test_officials_who_say_something_still_make_a_statement() -> None:
    text = "Serbian officials in Belgrade said on Monday that they would accept the result."
    assert _of(extract(text, PUBLISHED), "statement")


# --- short forms and names --------------------------------------------------------------


def test_a_short_form_of_a_translated_name_is_introduced() -> None:
    text = (
        "Rebels of the National Movement for the Liberation of Azawad (MNLA) seized the town "
        "on Friday. The MNLA declared an end to its operations late on Wednesday."
    )
    statement = _of(extract(text, PUBLISHED), "statement")[0]
    assert _names(statement)[0] == "National Movement for the Liberation of Azawad"
    assert _days([statement]) == [date(2013, 5, 15)]


def test_a_two_letter_short_form_in_another_order_is_not_read_as_one() -> None:
    text = "The Democratic Party (PD) said on Monday it would boycott the vote."
    statement = _of(extract(text, PUBLISHED), "statement")[0]
    assert "Democratic Party" in _names(statement)


def test_a_country_adjective_inside_an_introduced_name_leaves_the_name_whole() -> None:
    text = (
        "On Friday the Rwandan-backed Congolese Rally for Democracy (RCD) accused government "
        "aircraft of bombing its positions near Kabinda on Sunday."
    )
    events = extract(text, PUBLISHED)
    assert not [e for e in events if e.type == "other"]
    accusation = _of(events, "statement")[0]
    assert "Congolese Rally for Democracy" in _names(accusation)


def test_a_name_after_village_of_is_a_place() -> None:
    # the apposition after the name holds a role word ("head"): without the place lead it
    # would read as a person's title
    sentence = (
        "The two leaders then crossed the lake to the village of Liqenas, where they had lunch "
        "- the first time a Greek head of government had set foot there."
    )
    start = sentence.index("Liqenas")
    found = person_or_organization(
        sentence,
        start,
        start + len("Liqenas"),
        "Liqenas",
        [],
        default_dictionary(),
        DocumentPeople(),
    )
    assert found is None


def test_his_trial_is_the_trial_of_the_person_named_last() -> None:
    text = (
        "Former police commander Dragan Petkovic was sentenced to 12 years on Thursday. His "
        "trial opened in March 2011 and was interrupted twice by Serbian objections."
    )
    trial = [
        e for e in _of(extract(text, PUBLISHED), "other") if e.date and e.date.start.year == 2011
    ]
    assert trial and "Dragan Petkovic" in _names(trial[0])


# --- dates ------------------------------------------------------------------------------


def test_a_date_in_a_reported_clause_with_its_own_subject_does_not_date_the_saying() -> None:
    text = "Prosecutors said Kovac led the militia to the village church on April 17, 1993."
    statement = _of(extract(text, PUBLISHED), "statement")
    assert statement and statement[0].date is None


def test_a_date_right_after_the_saying_still_dates_it() -> None:
    text = "Prosecutors said on Tuesday that Kovac led the militia to the village church."
    statement = _of(extract(text, PUBLISHED), "statement")
    assert _days(statement) == [date(2013, 5, 14)]


def test_the_first_summit_is_the_earliest_one_told() -> None:
    text = (
        "The bloc said its leaders would hold an extraordinary summit in Abuja on Saturday. At "
        "their first emergency summit, on April 30, the leaders closed the borders. Mali and "
        "Guinea said in a joint statement the day after the first summit that they opposed force."
    )
    statement = [e for e in _of(extract(text, PUBLISHED), "statement") if "Mali" in _names(e)]
    assert _days(statement) == [date(2013, 5, 1)]


def test_a_meeting_dated_by_its_possessive_dates_the_saying_at_it() -> None:
    text = (
        "Army chiefs met in Abidjan on Thursday. General Yao Kone told reporters at the start of "
        "Thursday's meeting that the force would be ready within days."
    )
    saying = [e for e in _of(extract(text, PUBLISHED), "statement") if "Yao Kone" in _names(e)]
    assert _days(saying) == [date(2013, 5, 16)]


# --- triggers ---------------------------------------------------------------------------


def test_taking_a_town_is_an_attack() -> None:
    text = "Rebels took the garrison town of Bor on Friday and the city of Malakal on Sunday."
    attacks = _of(extract(text, PUBLISHED), "attack")
    assert date(2013, 5, 10) in _days(attacks)


def test_taking_control_of_a_town_is_an_attack_of_a_country_is_not() -> None:
    text = "Rebels took control of the town of Bor on Friday."
    assert _of(extract(text, PUBLISHED), "attack")
    text = "The army took control of the country on Friday, Mali's state television said."
    assert not _of(extract(text, PUBLISHED), "attack")


def test_an_appointment_with_an_apposition_between_verb_and_as() -> None:
    text = (
        "On Monday, the junta named a former finance minister, Ali Mahaman Lamine, as prime "
        "minister of Niger."
    )
    appointment = _of(extract(text, PUBLISHED), "other")
    assert _days(appointment) == [date(2013, 5, 13)]


def test_a_counted_crowd_s_verb_is_its_protest() -> None:
    text = "On Sunday, more than 15,000 people marched in Chisinau to demand a recount."
    march = _of(extract(text, PUBLISHED), "other")
    assert _days(march) == [date(2013, 5, 12)]
    assert "protesters" in _names(march[0])


def test_a_verb_of_gathering_without_a_counted_crowd_is_no_protest() -> None:
    text = "European leaders gathered in Brussels on Sunday for a summit on migration."
    assert not _of(extract(text, PUBLISHED), "other")


def test_a_square_named_after_a_body_is_a_place() -> None:
    text = "On Sunday, some 15,000 people gathered in Great National Assembly Square in Chisinau."
    events = extract(text, PUBLISHED)
    assert events
    for event in events:
        assert "Great National Assembly Square" not in _names(event)


def test_a_saying_at_the_closing_ceremony_of_drills_takes_their_last_day() -> None:
    text = (
        "Troops from Kazakhstan and Kyrgyzstan held joint drills from May 6 to May 10. Speaking "
        "at the closing ceremony, Defense Minister Ruslan Zhaksylykov said the exercise had "
        "raised their readiness."
    )
    saying = [
        e for e in _of(extract(text, PUBLISHED), "statement") if "Ruslan Zhaksylykov" in _names(e)
    ]
    assert _days(saying) == [date(2013, 5, 10)]


def test_a_quoted_saying_at_the_opening_ceremony_takes_the_first_day() -> None:
    text = (
        "The opening ceremony of the joint naval training of Thailand and China was held at "
        "Sattahip on Monday, marking the start of drills that will last until May 24. "
        '"This joint training will deepen our cooperation," Rear Admiral Xu Hai, commander of '
        "the Chinese task force, said at the opening ceremony."
    )
    events = extract(text, PUBLISHED)
    assert date(2013, 5, 13) in _days(_of(events, "exercise"))
    saying = [e for e in _of(events, "statement") if "Xu Hai" in _names(e)]
    assert _days(saying) == [date(2013, 5, 13)]


def test_a_concessive_clause_is_not_dated_by_the_main_clause() -> None:
    text = (
        "The withdrawal took effect on January 29, although ECOWAS had said it would keep "
        "recognising their passports until a new arrangement was negotiated."
    )
    events = extract(text, PUBLISHED)
    assert not [e for e in events if e.type in ("statement", "meeting") and e.date is not None]


def test_without_any_sign_is_no_signing() -> None:
    text = "The deadline expired on Sunday without any sign that Niger's officers would back down."
    assert not _of(extract(text, PUBLISHED), "agreement")
    text = "Niger's officers will sign the accord on Sunday."
    assert _days(_of(extract(text, PUBLISHED), "agreement")) == [date(2013, 5, 19)]


def test_fighting_named_with_a_relative_clause_takes_its_own_date() -> None:
    text = (
        "The Red Cross said at least 120 people were killed in Bissau during four days of "
        "shelling that began on May 2, the heaviest fighting since the conflict started."
    )
    attacks = _of(extract(text, PUBLISHED), "attack")
    assert date(2013, 5, 2) in _days(attacks)


def test_a_reported_passive_with_an_adverb_looks_ahead() -> None:
    text = (
        "Foreign Minister Sigrun Hallsdottir said on Thursday the agreement would be formally "
        "signed in Washington on October 11."
    )
    signing = _of(extract(text, PUBLISHED), "agreement")
    assert _days(signing) == [date(2013, 10, 11)]


def test_a_protest_note_is_a_saying_not_a_demonstration() -> None:
    text = (
        "The Estonian Foreign Ministry handed a protest note to the Russian charge d'affaires in "
        "Tallinn on Saturday."
    )
    events = extract(text, PUBLISHED)
    assert _days(_of(events, "statement")) == [date(2013, 5, 11)]
    assert not _of(events, "other")


def test_boarding_a_ship_is_an_event() -> None:
    text = "Finnish coast guard officers boarded the cargo vessel on Tuesday."
    assert _days(_of(extract(text, PUBLISHED), "other")) == [date(2013, 5, 14)]


def test_one_unknown_word_that_speaks_first_is_a_body() -> None:
    text = "Saab said in a statement on Friday that it questioned the cost figures."
    saying = _of(extract(text, PUBLISHED), "statement")[0]
    assert [(a.name, a.kind) for a in saying.actors] == [("Saab", "organization")]
    text = "Witnesses said on Friday that the shelling lasted an hour."
    assert not _of(extract(text, PUBLISHED), "statement")


def test_a_habit_in_a_coordinated_clause_is_not_dated_by_the_first() -> None:
    text = (
        "In April Australia handed over a second patrol boat to Tonga's navy, and Australian "
        "and Tongan troops regularly train together."
    )
    events = extract(text, PUBLISHED)
    assert not _of(events, "exercise")
    assert _days(_of(events, "other")) == [date(2013, 4, 1)]


def test_a_volcano_that_erupts_is_a_disaster_not_an_attack() -> None:
    text = "The Manam volcano erupted on Sunday, forcing thousands in Papua New Guinea to flee."
    events = extract(text, PUBLISHED)
    assert not _of(events, "attack")
    assert _days(_of(events, "other")) == [date(2013, 5, 12)]


def test_the_same_court_is_the_court_named_before() -> None:
    text = (
        "The High Court of Kiribati on Monday fined the owners of a Taiwanese longliner. In "
        "November 2011 the same court fined the operators of a Korean purse seiner."
    )
    fined = [e for e in extract(text, PUBLISHED) if e.date and e.date.start.year == 2011]
    assert fined and "High Court of Kiribati" in _names(fined[0])


# --- elections (set 82) -----------------------------------------------------------------


def test_a_first_of_two_family_names_refers_to_the_person() -> None:
    text = (
        "Former congressional leader Rodrigo Estrada Paiz led the count on Monday. Estrada "
        "declared victory late on Sunday night, telling supporters the people had chosen."
    )
    victory = [e for e in _of(extract(text, PUBLISHED), "statement") if e.date]
    assert victory and _names(victory[0])[0] == "Rodrigo Estrada Paiz"
    assert _days(victory) == [date(2013, 5, 12)]


def test_winning_the_first_round_is_an_election() -> None:
    text = "Senator Gregorio Salazar won the first round on April 14 with 31.7 percent."
    assert _days(_of(extract(text, PUBLISHED), "election")) == [date(2013, 4, 14)]


def test_court_steps_in_an_election_dispute() -> None:
    text = (
        "Lawyers for the Malawi Congress Party filed the petition at the High Court in Lilongwe "
        "on Monday. The Commission on Elections disqualified the senator on Tuesday."
    )
    assert _days(_of(extract(text, PUBLISHED), "other")) == [
        date(2013, 5, 13),
        date(2013, 5, 14),
    ]


def test_a_candidate_opening_a_campaign_is_an_event() -> None:
    text = "Senator Teresita Poblete opened her campaign on Wednesday at Plaza Miranda in Manila."
    assert _days(_of(extract(text, PUBLISHED), "other")) == [date(2013, 5, 15)]


def test_an_accepted_invitation_to_a_debate_looks_ahead() -> None:
    text = (
        "Both campaigns have accepted an invitation from the Chamber of Commerce to a televised "
        "debate on Dec. 12, the first between presidential candidates, Guatemala's press said."
    )
    debate = [e for e in extract(text, PUBLISHED) if e.type != "statement"]
    assert _days(debate) == [date(2013, 12, 12)]


def test_a_calendar_date_wins_over_a_relative_one_of_the_same_width() -> None:
    text = (
        "PRAGUE, May 16 (AP) - The Czech Republic's Social Democrats, winners of last weekend's "
        "general election, opened talks on Wednesday. The Social Democrats took 70 of the 200 "
        "seats in the vote held on May 10 and 11."
    )
    election = _of(extract(text, PUBLISHED), "election")
    assert [(e.date.start, e.date.end) for e in election if e.date] == [
        (date(2013, 5, 10), date(2013, 5, 11))
    ]


# --- North Africa and the Sahel (set 80) --------------------------------------------------


def test_election_observers_are_no_commentators() -> None:
    text = (
        "The head of the European Union observer mission, Annemarie Lund, told a news "
        "conference in Tunis on Tuesday that the vote had been credible."
    )
    assert _days(_of(extract(text, PUBLISHED), "statement")) == [date(2013, 5, 14)]


def test_troops_deployed_in_a_with_phrase_are_no_event() -> None:
    text = (
        "Sunday's election in Tunisia passed off peacefully, with some 80,000 soldiers and "
        "police deployed around polling stations."
    )
    assert not [e for e in extract(text, PUBLISHED) if e.subtype == "deployment"]
    text = "Tunisia's president met with army chiefs and deployed troops to the border on Sunday."
    assert [e.type for e in extract(text, PUBLISHED) if e.subtype == "deployment"] == ["other"]


def test_ambassadors_returning_to_their_posts_is_an_event() -> None:
    text = "Algeria's and Niger's ambassadors returned to their posts in late April."
    assert _of(extract(text, PUBLISHED), "other")


def test_an_attribution_followed_by_and_still_ends_the_reported_clause() -> None:
    text = (
        "The hearing of the Malawi Congress Party's petition is set to begin on June 24, Malawi's "
        "court officials said, and could last several weeks."
    )
    assert not [e for e in _of(extract(text, PUBLISHED), "statement") if e.date is not None]


def test_a_coalition_a_country_leads_is_a_body_that_a_later_mention_refers_to() -> None:
    text = (
        "The Saudi-led coalition began bombing Yemen on Monday. On Friday, a coalition air "
        "strike hit a crowded market in Hodeidah."
    )
    attacks = _of(extract(text, PUBLISHED), "attack")
    assert _days(attacks) == [date(2013, 5, 10), date(2013, 5, 13)]
    for attack in attacks:
        coalition = [a for a in attack.actors if a.name == "Saudi-led coalition"]
        assert coalition and coalition[0].kind == "organization" and coalition[0].country == "SAU"
