"""Round 16 of the extraction rules, end to end: clauses tied by "when" share a date, the
words around a verb that say it is no event ("meet NATO's target", "The contract calls
for"), habits ("meets once a year"), what a story refers back to ("the alliance"), and
triggers learned from wire and state-agency stories.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from timeline.extract import extract
from timeline.extract.actor_dictionary import default_dictionary, load_dictionary
from timeline.extract.institutions import dateline_country
from timeline.model import Event
from timeline.temporal import find_dates

#: A Friday.
PUBLISHED = date(2018, 6, 8)


def _kinds(events: list[Event]) -> set[str]:
    return {e.type for e in events}


def _dated(events: list[Event], kind: str) -> list[tuple[date, date]]:
    return [(e.date.start, e.date.end) for e in events if e.type == kind and e.date]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The Security Council is due to hear a briefing on Mali on Monday.", "meeting"),
        (
            "On Tuesday, the Thai delegation paid a courtesy call on Chief Minister Koh Tsu Koon.",
            "meeting",
        ),
        ("France intervened militarily in Mali in January 2013.", "attack"),
        ("Washington extended its trade embargo against Cuba last month.", "sanction"),
        ("Chad cut diplomatic ties with Sudan in April 2006.", "sanction"),
        ("On Wednesday the Estonian government ordered the Narva crossing closed.", "other"),
        ("Last September, three Russian jets entered Estonian airspace.", "other"),
        ("The ship was run aground on the shoal in 1999 to assert the Philippine claim.", "other"),
        ("Lebanon defaulted on its foreign debt for the first time in March.", "other"),
        ("On Tuesday, NATO fighter jets scrambled twice to intercept Russian aircraft.", "other"),
        ("The Malaysian border task force will begin operations on July 1.", "other"),
        ("Belize last month opened a new forward operating base near the river.", "other"),
    ],
)
def test_new_triggers(text: str, kind: str) -> None:
    assert kind in _kinds(extract(text, PUBLISHED))


def test_a_team_sent_to_capitals_is_a_visit() -> None:
    text = "The OAS said it would send a team of experts to both capitals early next month."
    visits = [e for e in extract(text, PUBLISHED) if e.type == "visit"]
    assert [e.status for e in visits] == ["scheduled"]


def test_a_main_clause_takes_the_date_of_its_when_clause() -> None:
    text = (
        "Four peacekeepers were killed when their vehicle hit a landmine in northern Mali "
        "on Tuesday, the UN mission said."
    )
    assert _dated(extract(text, PUBLISHED), "attack") == [(date(2018, 6, 5), date(2018, 6, 5))]


def test_a_when_clause_takes_the_date_of_the_noun_it_describes() -> None:
    text = (
        "The president won the presidency in September 2024, promising reforms after the 2022 "
        "economic collapse, when Sri Lanka defaulted on its debt."
    )
    events = extract(text, date(2026, 2, 6))
    assert _dated(events, "other") == [(date(2022, 1, 1), date(2022, 12, 31))]


def test_a_country_describing_someone_else_is_no_party() -> None:
    text = "Iran-aligned factions held a rally in Baghdad on Tuesday."
    names = {a.name for e in extract(text, PUBLISHED) for a in e.actors}
    assert "Iran" not in names


def test_likely_to_looks_ahead() -> None:
    text = "Allies are likely to discuss the issue at a summit on July 11-12, diplomats said."
    found = [t for t in find_dates(text, PUBLISHED) if t.text == "July 11-12"]
    assert [(t.date_start, t.date_end) for t in found] == [(date(2018, 7, 11), date(2018, 7, 12))]


def test_the_alliance_is_the_alliance_named_before() -> None:
    text = (
        "The Baltic states asked NATO on Monday for air defences. "
        "Allies will discuss the request at the alliance's summit on July 11."
    )
    summit = [e for e in extract(text, PUBLISHED) if e.type == "meeting"]
    assert [a.name for a in summit[0].actors][0] == "North Atlantic Treaty Organization"


def test_a_user_organisation_is_referred_back_to_by_its_called_nouns(tmp_path: Path) -> None:
    actors = tmp_path / "actors.yaml"
    actors.write_text(
        "organizations:\n  - {name: Andean Community, aliases: [CAN], called: [community]}\n",
        encoding="utf-8",
    )
    dictionary = load_dictionary([actors])
    assert dictionary.called["community"] == {"Andean Community"}
    text = "Peru asked the Andean Community for help. The community's ministers met on Tuesday."
    meetings = [e for e in extract(text, PUBLISHED, actors=dictionary) if e.type == "meeting"]
    assert "Andean Community" in {a.name for a in meetings[0].actors}


def test_meeting_a_target_is_no_meeting() -> None:
    text = "NATO members Estonia and Latvia meet NATO's target of spending 2 percent this year."
    assert "meeting" not in _kinds(extract(text, PUBLISHED))


@pytest.mark.parametrize(
    "text",
    [
        "The contract with Poland, worth about $2.9 billion, calls for deliveries in 2027.",
        "The agreement between Sudan and South Sudan calls for troops to withdraw by the end "
        "of January.",
    ],
)
def test_a_document_calling_for_something_is_no_saying(text: str) -> None:
    assert "statement" not in _kinds(extract(text, PUBLISHED))


@pytest.mark.parametrize(
    "text",
    [
        "Malaysia and Thailand meet once a year, alternately in Kuala Lumpur and Bangkok.",
        "Malaysia and Thailand hold talks every year in June.",
    ],
)
def test_a_habit_is_no_event(text: str) -> None:
    assert _kinds(extract(text, PUBLISHED)) == set()


def test_a_named_body_speaking_is_not_a_document() -> None:
    text = "The World Food Programme said on Monday it would suspend aid to Gaza."
    assert "statement" in _kinds(extract(text, PUBLISHED))


def test_a_frequency_on_a_noun_or_with_a_first_date_is_no_habit() -> None:
    told = "Cabinet spokesman Tharindu Wijesekera told the weekly cabinet news briefing on Tuesday."
    assert "statement" in _kinds(extract(told, PUBLISHED))
    first = "Romania said a joint task force would meet every two weeks, starting in Galati on August 21."
    assert _dated(extract(first, PUBLISHED), "meeting") == [(date(2018, 8, 21), date(2018, 8, 21))]


def test_things_that_arrive_are_delivered() -> None:
    text = "The first K2 tanks and K9 howitzers arrived at the port of Gdynia in December."
    events = extract(text, PUBLISHED)
    assert _kinds(events) == {"other"}
    assert events[0].title.endswith("arrives in Gdynia")


def test_drilling_a_well_is_no_military_drill() -> None:
    text = "A consortium led by Total drilled Lebanon's first offshore well last year."
    assert _kinds(extract(text, PUBLISHED)) == {"other"}


def test_a_patrol_that_opened_fire_is_no_exercise() -> None:
    text = "The farmhand was killed on Tuesday afternoon when a Bolivian army patrol opened fire on his truck."
    kinds = _kinds(extract(text, PUBLISHED))
    assert "exercise" not in kinds
    assert "attack" in kinds


def test_a_that_clause_dates_the_exercise_its_parties_staged() -> None:
    text = "Fears were heightened by Zapad, a large military exercise that Russia and Belarus staged last September."
    events = [e for e in extract(text, PUBLISHED) if e.type == "exercise"]
    assert [(e.date.start, e.date.end) for e in events if e.date] == [
        (date(2017, 9, 1), date(2017, 9, 30))
    ]
    assert {a.name for a in events[0].actors} == {"Russia", "Belarus"}


def test_an_apposition_keeps_the_date_of_the_event_it_restates() -> None:
    text = (
        "China and Russia wrapped up their command post training last Thursday, an exercise that "
        "began on March 8 and was conducted through simulations."
    )
    assert _dated(extract(text, date(2021, 3, 23)), "exercise") == [
        (date(2021, 3, 18), date(2021, 3, 18))
    ]


def test_an_election_is_the_dateline_country_s() -> None:
    text = (
        "BAGHDAD (AP) — Iraq summoned Turkey's envoy on Tuesday. Turkey rejected the protest "
        "on Wednesday, and Turkish officials said the strikes would go on. It comes ahead of "
        "parliamentary elections on Oct. 10, in which the government faces pressure over "
        "Turkish military operations."
    )
    elections = [e for e in extract(text, date(2021, 9, 15)) if e.type == "election"]
    assert [a.name for a in elections[0].actors] == ["Iraq"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("BAGHDAD (AP) — Iraq summoned Turkey's envoy.", "IRQ"),
        ("MANILA (Reuters) - The navy said.", "PHL"),
        ("NAIROBI, Kenya (Reuters) - Police said.", "KEN"),
    ],
)
def test_datelines_with_an_agency_in_brackets(text: str, code: str) -> None:
    assert dateline_country(text, default_dictionary()) == code


def test_a_code_name_is_no_past_verb() -> None:
    text = (
        "The two armed forces will stage a joint field exercise, codenamed Sepadu Jaya, in the "
        "border area in late August."
    )
    found = [t for t in find_dates(text, date(1999, 6, 16)) if t.text == "late August"]
    assert [t.value for t in found] == ["1999-08"]


def test_the_two_armed_forces_are_the_last_two_countries() -> None:
    text = (
        "Malaysia and Thailand signed a memorandum on Wednesday. Under the MoU, the two armed "
        "forces will stage a joint exercise in late August."
    )
    exercise = [e for e in extract(text, date(1999, 6, 16)) if e.type == "exercise"]
    assert {a.name for a in exercise[0].actors} >= {"Malaysia", "Thailand"}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "The joint boundary commission of Thailand and Cambodia will convene in late October.",
            "meeting",
        ),
        (
            "Pakistani Prime Minister Nasir Bhatti paid an official visit to China last December.",
            "visit",
        ),
        ("On Wednesday afternoon, a Hungarian T-72 tank slid off a muddy road.", "other"),
        ("The Chinese task force set sail from Zhanjiang on October 28.", "other"),
        (
            "Armenia's Defence Ministry reacted on Friday, describing the parade as a provocation.",
            "statement",
        ),
        (
            "A live-fire demonstration by Hungarian artillery is planned for next Thursday.",
            "military_display",
        ),
    ],
)
def test_more_new_triggers(text: str, kind: str) -> None:
    assert kind in _kinds(extract(text, PUBLISHED))


def test_a_clause_in_which_takes_the_date_of_its_noun() -> None:
    text = (
        "Manila lodged a protest over an incident on Thursday in which two Chinese coast guard "
        "ships fired water cannon at a Philippine vessel."
    )
    assert _dated(extract(text, PUBLISHED), "attack") == [(date(2018, 6, 7), date(2018, 6, 7))]


def test_a_noun_before_a_verb_of_sequence_keeps_no_date_of_another_noun() -> None:
    text = "The Philippine drills follow an incident on Thursday near Scarborough Shoal."
    assert "exercise" not in _kinds(extract(text, PUBLISHED))


def test_a_hosted_exercise_is_an_exercise_not_a_meeting() -> None:
    text = "In August, Mongolia hosted the annual peacekeeping exercise Khaan Quest."
    assert _kinds(extract(text, date(2013, 9, 12))) == {"exercise"}
    talks = "Qatar hosted talks between Sudan and Chad on Monday."
    assert _kinds(extract(talks, date(2013, 9, 12))) == {"meeting"}


def test_an_event_reacted_to_takes_a_coarse_date_of_the_reaction() -> None:
    text = "Cambodian officials complained last month about a week-long Thai army exercise."
    events = extract(text, date(1999, 8, 12))
    exercise = [e for e in events if e.type == "exercise"]
    assert [(e.date.start, e.date.end) for e in exercise if e.date] == [
        (date(1999, 7, 1), date(1999, 7, 31))
    ]
    assert [a.name for a in exercise[0].actors] == ["Thailand"]
    assert "statement" in _kinds(events)


def test_the_topic_of_a_document_is_no_event() -> None:
    text = "Thailand and Cambodia signed a memorandum on the patrols on Thursday."
    assert _kinds(extract(text, date(1999, 8, 12))) == {"agreement"}


def test_a_date_said_in_a_quote_does_not_move_the_story() -> None:
    text = (
        "The soldiers began an exercise here Thursday. The minister told the troops: "
        '"For forty years our soldiers trained to fight the West. Today they train with it." '
        "The day before, the minister met the American envoy."
    )
    found = [t for t in find_dates(text, date(1998, 10, 16)) if t.text == "The day before"]
    assert [t.value for t in found] == ["1998-10-14"]


def test_a_missile_fired_at_a_decommissioned_ship_is_a_test() -> None:
    text = (
        "On Monday, the Indonesian frigate fired a C-802 anti-ship missile at a decommissioned "
        "landing ship used as a target."
    )
    kinds = _kinds(extract(text, PUBLISHED))
    assert "attack" not in kinds
    assert "military_display" in kinds


def test_search_and_rescue_as_a_topic_is_no_rescue() -> None:
    text = (
        "Australia and Indonesia signed an arrangement on submarine search and rescue on Thursday."
    )
    assert _kinds(extract(text, PUBLISHED)) == {"agreement"}


def test_forces_that_arrive_are_deployed_not_visiting() -> None:
    text = "Nigerian troops retook the base on Sunday after reinforcements arrived from Dikwa."
    assert "visit" not in _kinds(extract(text, PUBLISHED))


def test_a_day_before_a_clause_dates_the_clause() -> None:
    text = (
        "The Australian and Indonesian navies concluded their exercise on Wednesday, a day "
        "before the two countries' defence ministers met in Jakarta."
    )
    assert _dated(extract(text, date(2019, 6, 14)), "meeting") == [
        (date(2019, 6, 13), date(2019, 6, 13))
    ]


def test_a_meeting_in_a_chain_of_purposes_is_the_visit_s() -> None:
    text = (
        "Ecuadorian Defence Minister Nelson Herrera is due to travel to Lima next month to review "
        "the demining programme and meet Peruvian President Alejandro Toledo."
    )
    assert _kinds(extract(text, date(2004, 3, 23))) == {"visit"}


def test_a_deal_signed_abroad_is_not_its_venue_s() -> None:
    text = (
        "Peru and Ecuador fought a border war in 1995. Peruvian and Ecuadorian troops died. "
        "Peru's dispute was settled by the peace agreement signed in Brasilia in October 1998."
    )
    deal = [e for e in extract(text, date(2004, 3, 23)) if e.type == "agreement"]
    assert "Brazil" not in {a.name for a in deal[0].actors}


def test_a_dateline_day_before_publication_is_what_today_means() -> None:
    text = (
        "BSF, BDR agree to step up flag meetings\n\n"
        "NEW DELHI, APRIL 18. The Border Security Force of India and the Bangladesh Rifles "
        "today agreed to hold more frequent flag meetings."
    )
    assert _dated(extract(text, date(2004, 4, 19)), "agreement") == [
        (date(2004, 4, 18), date(2004, 4, 18))
    ]


def test_a_dateline_of_the_publication_day_changes_nothing() -> None:
    text = "PENANG, June 16 (Bernama) -- Malaysia and Thailand today agreed to step up patrols."
    assert _dated(extract(text, date(1999, 6, 16)), "agreement") == [
        (date(1999, 6, 16), date(1999, 6, 16))
    ]


def test_a_call_to_exercise_restraint_is_no_exercise() -> None:
    text = "On Friday, Malaysia called on both sides to exercise restraint."
    assert "exercise" not in _kinds(extract(text, PUBLISHED))


def test_a_people_named_in_the_plural_is_its_country() -> None:
    text = "Argentines vote tomorrow in midterm elections."
    elections = [e for e in extract(text, date(2017, 10, 21)) if e.type == "election"]
    assert [a.name for a in elections[0].actors] == ["Argentina"]


def test_missiles_launched_against_a_country_are_an_attack() -> None:
    text = (
        "Russian forces launched 87 drones and two ballistic missiles against Ukraine overnight "
        "on Feb. 1, the Ukrainian Air Force said."
    )
    events = extract(text, date(2026, 2, 4))
    assert _dated(events, "attack") == [(date(2026, 2, 1), date(2026, 2, 1))]


def test_a_part_of_the_day_takes_the_day_named_after_it() -> None:
    found = find_dates("The drones struck overnight on Feb. 1.", date(2026, 2, 4))
    assert [t.value for t in found if t.text == "overnight"] == ["2026-02-01TNI"]


def test_a_year_before_a_name_labels_the_name() -> None:
    text = (
        "The BDR objected to the fence, which it says violates the 1975 Joint India-Bangladesh "
        "Guidelines for Border Authorities."
    )
    assert _dated(extract(text, date(2004, 4, 19)), "statement") == []


def test_a_meeting_called_off_did_not_take_place() -> None:
    called_off = "India had postponed that meeting with Bangladesh twice last year."
    assert "meeting" not in _kinds(extract(called_off, date(2004, 4, 19)))
    rescheduled = "The postponed meeting of India and Bangladesh will be held in Dhaka on May 5."
    assert _dated(extract(rescheduled, date(2004, 4, 19)), "meeting") == [
        (date(2004, 5, 5), date(2004, 5, 5))
    ]


def test_days_after_a_clause_date_the_clause_before_the_main_day() -> None:
    text = (
        "Nigeria and Benin on Monday agreed to begin joint patrols, two days after a customs "
        "officer was killed in a gun battle with smugglers at Idiroko."
    )
    assert _dated(extract(text, date(2021, 3, 9)), "attack") == [
        (date(2021, 3, 6), date(2021, 3, 6))
    ]


def test_a_day_of_last_year_is_one_date() -> None:
    found = find_dates(
        "Seoul joined on May 26 last year and signed on 3 March next year.", date(2010, 10, 13)
    )
    assert [(t.text, t.value) for t in found] == [
        ("May 26 last year", "2009-05-26"),
        ("3 March next year", "2011-03-03"),
    ]


def test_the_second_of_two_weekdays_follows_the_first() -> None:
    text = (
        "South Korea will host a multinational maritime interdiction exercise under the "
        "U.S.-led Proliferation Security Initiative off the southern port city of Busan on "
        "Thursday and Friday, the defense ministry said Wednesday."
    )
    found = {t.text: t.value for t in find_dates(text, date(2010, 10, 13))}
    assert found["Thursday"] == "2010-10-14"
    assert found["Friday"] == "2010-10-15"


def test_a_date_after_a_saying_is_the_saying_s() -> None:
    text = (
        "South Korea will host a maritime exercise off Busan on Thursday and Friday, the defense "
        "ministry said Wednesday, the first such drill to be staged by Seoul."
    )
    events = extract(text, date(2010, 10, 13))
    assert _dated(events, "exercise") == [(date(2010, 10, 14), date(2010, 10, 15))]
    assert _dated(events, "statement") == [(date(2010, 10, 13), date(2010, 10, 13))]


def test_rehearsed_acts_are_no_events() -> None:
    text = (
        "The main phase of the Iranian exercise took place on Thursday, when the navies "
        "practised rescuing a ship on fire, freeing a hijacked vessel and firing at aerial targets."
    )
    assert _kinds(extract(text, date(2022, 1, 21))) == {"exercise"}


def test_a_verb_form_after_a_possessive_and_a_name_is_a_noun() -> None:
    text = "On Wednesday the Chinese sailors will play a basketball match with their New Zealand hosts."
    assert "meeting" not in _kinds(extract(text, date(1998, 9, 21)))


def test_an_exercise_announced_or_named_is_not_held_then() -> None:
    text = "China's Ministry of National Defense announced the exercise on Jan. 14."
    assert _kinds(extract(text, date(2022, 1, 21))) == {"statement"}
    named = (
        "In a commentary carried by the official Korean Central News Agency on Tuesday, "
        "Pyongyang called the exercise a dangerous prelude to a war."
    )
    events = extract(named, date(2010, 10, 13))
    assert _kinds(events) == {"statement"}
    assert _dated(events, "statement") == [(date(2010, 10, 12), date(2010, 10, 12))]
    called = "The Organization of American States has called an emergency session on Dec. 7."
    assert "meeting" in _kinds(extract(called, date(1999, 12, 3)))


def test_a_relative_clause_after_the_noun_s_complement_dates_it() -> None:
    text = "The drill follows a two-day meeting of senior officials, which opened in Busan on Wednesday."
    assert _dated(extract(text, date(2010, 10, 13)), "meeting") == [
        (date(2010, 10, 13), date(2010, 10, 13))
    ]


def test_an_apposition_restating_the_event_is_not_another() -> None:
    text = (
        "The commission on border delimitation of Kyrgyzstan and Uzbekistan will meet in Tashkent "
        "on June 21, the foreign ministry said, the first session since talks broke off."
    )
    assert len([e for e in extract(text, date(2004, 6, 8)) if e.type == "meeting"]) == 1


def test_the_toll_of_an_attack_is_not_another_event() -> None:
    text = (
        "The group said it was behind the attack on the Radisson Blu hotel in Bamako in November "
        "2015, in which 20 people died."
    )
    assert _kinds(extract(text, date(2017, 6, 20))) == {"attack"}


def test_the_verb_after_a_relative_clause_is_the_noun_s() -> None:
    text = (
        "The Russian exercise, which involves the Strategic Missile Forces, the Navy and units of "
        "several military districts, began on February 10 and will run until February 20."
    )
    exercise = [e for e in extract(text, date(2004, 2, 18)) if e.type == "exercise"]
    assert exercise and exercise[0].date is not None
    assert exercise[0].date.start == date(2004, 2, 10)


def test_a_warhead_that_hit_its_target_is_a_test() -> None:
    text = (
        "The Russian missile lifted off on Tuesday and its training warhead hit the designated "
        "target at the Kura test range."
    )
    assert _kinds(extract(text, date(2004, 2, 18))) == {"military_display"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The Chinese ships are due in Sydney on September 29 for a five-day visit.", "Sydney"),
        ("The Chinese ships will then call at Manila in mid-October.", "Philippines"),
        ("The Russian frigate Ladny berthed at Karachi on Tuesday.", "Karachi"),
    ],
)
def test_a_visit_told_by_its_place(text: str, place: str) -> None:
    visits = [e for e in extract(text, date(1998, 9, 21)) if e.type == "visit"]
    assert [e.location for e in visits] == [place]


def test_due_in_a_month_is_no_visit() -> None:
    text = "The Chinese navy is due in March to publish its report."
    assert "visit" not in _kinds(extract(text, date(1998, 9, 21)))


def test_a_plan_s_years_date_nothing_else() -> None:
    text = (
        "Under the exercise plan for 2026 approved by the ministers, the Japanese Self-Defense "
        "Forces will send troops to Balikatan."
    )
    assert _dated(extract(text, date(2026, 1, 16)), "exercise") == []


def test_what_a_visitor_did_during_the_visit_is_the_visit() -> None:
    text = (
        "New Zealand's defence minister visited China in April, touring a naval academy in "
        "Dalian and holding talks with senior Chinese military leaders in Beijing. On Friday, "
        "Japanese Defense Minister Kenta Morishima visited the naval base at Subic Bay, where he "
        "inspected pier facilities."
    )
    assert _kinds(extract(text, date(1998, 9, 21))) == {"visit"}


def test_a_month_inside_a_sentence_is_no_march() -> None:
    text = "The Chinese navy is due in March to publish its report on the collision."
    assert "other" not in _kinds(extract(text, date(1998, 9, 21)))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Belgium suspended about 4 million euros of aid to Burundi last month.", "sanction"),
        (
            "The electoral commission's vice president, Odette Kanyange, fled to Rwanda on Saturday.",
            "other",
        ),
        ("The Caricom envoy Sandra Harewood flew in late Thursday.", "visit"),
        (
            "On March 5, Guyana's election commission declared results for the region.",
            "statement",
        ),
        (
            "On Wednesday, Chief Justice Arlene Ramsaroop ruled that the declaration was unlawful.",
            "other",
        ),
        ("Yemen's government and the Huthis will reconvene in Muscat in mid-February.", "meeting"),
        (
            "The ambassadors of Britain and the United States said in a joint statement Monday that "
            "the count lacked credibility.",
            "statement",
        ),
    ],
)
def test_triggers_of_round_16_part_6(text: str, kind: str) -> None:
    assert kind in _kinds(extract(text, date(2020, 3, 13)))


def test_huthis_are_the_houthis() -> None:
    text = "On Thursday, Huthi shelling of a residential district in Taez killed four civilians."
    attacks = [e for e in extract(text, date(2026, 1, 24)) if e.type == "attack"]
    assert "Houthis" in {a.name for a in attacks[0].actors}


def test_a_flag_or_a_region_is_no_party() -> None:
    text = (
        "The Huthis last week claimed a drone attack on a Liberian-flagged tanker. Central "
        "American foreign ministers will hold an extraordinary meeting in San Salvador on Saturday."
    )
    names = {a.name for e in extract(text, date(1999, 12, 3)) for a in e.actors}
    assert "Liberia" not in names
    assert "United States" not in names


def test_an_after_clause_does_not_take_the_main_date() -> None:
    text = (
        "Kyrgyzstan lodged a formal protest with Uzbekistan on Tuesday after Uzbek border guards "
        "shot dead two Kyrgyz villagers."
    )
    assert _dated(extract(text, date(2004, 6, 8)), "attack") == []


def test_a_participle_used_as_an_adjective_is_no_event() -> None:
    text = "Yemen's government and the Huthis will discuss reopening roads around the besieged city of Taez in February."
    assert "attack" not in _kinds(extract(text, date(2026, 1, 24)))


def test_a_joined_clause_moves_the_story_on() -> None:
    text = (
        "Hungarian voters backed membership in a referendum in November 1997, with about 85 "
        "percent voting yes, and on April 30 the U.S. Senate approved the enlargement."
    )
    found = {t.text: t.value for t in find_dates(text, date(1998, 10, 16))}
    assert found["April 30"] == "1998-04-30"


def test_what_an_agreement_promises_in_a_chain_is_not_done_that_day() -> None:
    text = (
        "The defence ministers of Peru and Ecuador agreed on Monday to clear the last minefields "
        "left over from their 1995 border war together and to hold the first combined exercise "
        "between their armies since the conflict."
    )
    assert _kinds(extract(text, date(2004, 3, 23))) == {"agreement"}


def test_a_conciliatory_tone_struck_is_no_attack() -> None:
    text = (
        "General Kemal Aydinoglu struck a conciliatory tone in an interview with the daily "
        "Milliyet published on Saturday."
    )
    assert "attack" not in _kinds(extract(text, date(2000, 4, 12)))


def test_elections_due_in_a_country_are_no_visit() -> None:
    text = "Peru and Chile face presidential elections due in Chile in December."
    assert "visit" not in _kinds(extract(text, date(2009, 9, 17)))


def test_a_long_relative_clause_dates_its_exercise() -> None:
    text = (
        'The centrepiece will again be the "Cold Response" exercise of NATO, which is to be held '
        "in northern Norway from March 9 to 20 with the participation of about 25,000 troops."
    )
    assert _dated(extract(text, date(2026, 1, 8)), "exercise") == [
        (date(2026, 3, 9), date(2026, 3, 20))
    ]


def test_a_quoted_name_stands_between_a_noun_and_its_clause() -> None:
    text = (
        'Turkish F-16 fighters would take part in the NATO exercise "Dynamic Mix 2000", which is '
        "to be held in the eastern Mediterranean from May 22 to June 7."
    )
    assert _dated(extract(text, date(2000, 4, 12)), "exercise") == [
        (date(2000, 5, 22), date(2000, 6, 7))
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Greece and Turkey agreed to hold the next round in Athens in late May.", "meeting"),
        # an appearance before a committee is a hearing (round 28: the gold sets file 13 of
        # 17 such appearances as meetings, 9 as statements)
        (
            "On Monday, Philippine military chief General Ricardo Bautista appeared before the "
            "Senate committee on national defense.",
            "meeting",
        ),
    ],
)
def test_rounds_and_testimony(text: str, kind: str) -> None:
    assert kind in _kinds(extract(text, date(2016, 10, 7)))


def test_the_two_prime_ministers_are_their_countries_when_no_one_is_named() -> None:
    text = (
        "India and Pakistan resumed their dialogue. The two prime ministers met on the sidelines "
        "of the United Nations General Assembly in New York on September 23."
    )
    meetings = [e for e in extract(text, date(1998, 10, 21)) if e.type == "meeting"]
    assert {"India", "Pakistan"} <= {a.name for a in meetings[0].actors}


def test_an_exercise_avoided_or_usually_held_is_no_occasion() -> None:
    avoided = (
        "Under a memorandum signed in 1988, Greece and Turkey undertook to avoid major exercises "
        "in the Aegean in July and August."
    )
    assert "exercise" not in _kinds(extract(avoided, date(2000, 4, 12)))
    usually = (
        "Philippine officials said the Balikatan exercise, usually held in April and May, would "
        "go ahead."
    )
    assert "exercise" not in _kinds(extract(usually, date(2016, 10, 7)))


def test_a_second_round_without_a_vote_is_a_round_of_talks() -> None:
    talks = (
        "At the second round, held on August 12-13, the foreign ministers of Ethiopia and Somalia "
        "again did not sit at the same table."
    )
    assert _kinds(extract(talks, date(2024, 9, 5))) == {"meeting"}
    vote = "The second round of Chile's presidential election will be held on May 5."
    assert "election" in _kinds(extract(vote, date(2024, 9, 5)))


def test_exercise_plans_are_no_exercise() -> None:
    text = (
        "In Norway, the Chief of Defence, General Hakon Sandvik, presented the armed forces' "
        "exercise plans for the year to the Storting on Tuesday."
    )
    assert "exercise" not in _kinds(extract(text, date(2026, 1, 8)))


@pytest.mark.parametrize(
    "text",
    [
        "Saudi Arabia on Tuesday ordered its national airline to stop flying to Toronto.",
        "On Sunday, Riyadh gave Canada's ambassador 24 hours to leave the kingdom.",
    ],
)
def test_flights_stopped_and_envoys_given_hours_to_leave_are_sanctions(text: str) -> None:
    assert "sanction" in _kinds(extract(text, date(2018, 8, 7)))


def test_a_shipment_that_arrives_is_no_visit() -> None:
    text = "A shipment of Slovenian grain arrived in Koper on Sunday."
    assert "visit" not in _kinds(extract(text, date(2016, 6, 14)))


# What a review of round 16 found the first version of its rules did wrong; each case held
# before round 16 and holds again.


def test_a_hyphenated_past_verb_stays_past() -> None:
    found = find_dates(
        "Talks will resume soon; North Korea test-fired a missile on Friday.", date(2024, 5, 15)
    )
    assert [t.value for t in found if t.text == "Friday"] == ["2024-05-10"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Blinken will meet Chinese leaders to discuss challenges on Monday.", "meeting"),
        ("Protesters will meet Egyptian officials about their demands on Monday.", "meeting"),
        ("Egypt hosted Israeli officials on Monday to discuss the war.", "meeting"),
        ("A Chinese navy ship visited Manila on Monday.", "visit"),
        ("France and Germany drew up plans for next week's summit in Paris.", "meeting"),
        ("The Russian attack on Kharkiv came on Tuesday.", "attack"),
        ("The UN said its Security Council meets on Monday.", "meeting"),
        (
            "Ukrainian marines practised landings on Sunday and Russia began shelling Kharkiv on Monday.",
            "attack",
        ),
        (
            "Tens of thousands of Poles joined the Independence March in Warsaw on Saturday.",
            "other",
        ),
        ("Germany skipped the NATO summit in Brussels on Monday.", "meeting"),
        (
            "Emmanuel Macron and Marine Le Pen will face off in the second round in France on May 7.",
            "election",
        ),
    ],
)
def test_round_16_review_cases_keep_their_event(text: str, kind: str) -> None:
    assert kind in _kinds(extract(text, PUBLISHED))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Germany met NATO's spending target on Monday.", "meeting"),
        (
            "French President Emmanuel Macron on Monday paid tribute to victims of the attack in Nice.",
            "attack",
        ),
        ("The talks were called at Russia's request and held on Monday.", "visit"),
        ("Lufthansa cancelled flights to Germany on Monday because of a storm.", "sanction"),
    ],
)
def test_round_16_review_cases_make_no_such_event(text: str, kind: str) -> None:
    assert kind not in _kinds(extract(text, PUBLISHED))


def test_an_offer_to_host_talks_is_no_meeting() -> None:
    text = "That summer Uganda offered to host negotiations between Congo and the rebels."
    assert "meeting" not in _kinds(extract(text, date(2013, 10, 8)))
