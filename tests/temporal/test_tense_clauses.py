"""Which verb group decides the tense of a bare date: a coordinated clause after the date has
its own, a present verb after "before" or "until" looks ahead, and "is meant to" and "plan a"
look ahead; a participle with its agent ("approved by the council on June 4") dates a past act."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import find_dates

#: A Thursday.
REFERENCE = date(2013, 6, 13)


def _value(text: str, expression: str) -> str | None:
    found = [t for t in find_dates(text, REFERENCE) if t.text == expression]
    assert found, (text, expression)
    return found[0].value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # a fresh meeting someone is called to lies ahead; a plain one may be past
        (
            "The mediator has called both sides to a new meeting in Santiago on Monday.",
            "Monday",
            "2013-06-17",
        ),
        (
            "A commissioner called both parties to a fresh meeting in Johannesburg on Friday.",
            "Friday",
            "2013-06-14",
        ),
        (
            "A commissioner called both parties to a meeting in Johannesburg on Friday.",
            "Friday",
            "2013-06-07",
        ),
        # a participle with its agent dates its own act, which is past
        (
            "The ordinance, approved by the City Council on a 5-2 vote on June 4, would have "
            "required owners to buy a permit.",
            "June 4",
            "2013-06-04",
        ),
        # "plan a" rally: a plan in the present tense looks ahead
        (
            "Her supporters plan a final rally at the town square on Wednesday.",
            "Wednesday",
            "2013-06-19",
        ),
        ("The union plans an overtime ban from Monday.", "Monday", "2013-06-17"),
        # a coordinated clause after the date has its own verb group
        (
            "Chile holds a presidential election on November 17, and none of the candidates has "
            "criticised the plan.",
            "November 17",
            "2013-11-17",
        ),
        (
            "Kenya holds a referendum on August 4; the opposition has called for a boycott.",
            "August 4",
            "2013-08-04",
        ),
        # a present verb after "before"/"until" looks ahead, whatever the main clause's tense
        (
            "The sanctions came two days before Iranians vote in an election on Friday.",
            "Friday",
            "2013-06-14",
        ),
        (
            "It was the last meeting before EU leaders gather in Brussels on June 27.",
            "June 27",
            "2013-06-27",
        ),
        (
            "Talks were suspended until the delegations return to Geneva on Monday.",
            "Monday",
            "2013-06-17",
        ),
        # ... but a noun after "after" is no verb, and a past verb stays past
        (
            "The vote was held two weeks after a presidential runoff on May 19.",
            "May 19",
            "2013-05-19",
        ),
        ("He resigned after Israeli strikes on Monday.", "Monday", "2013-06-10"),
        ("Sales rose after a slow start on Tuesday.", "Tuesday", "2013-06-11"),
        ("It was the last session before the council meets on Monday.", "Monday", "2013-06-17"),
        ("The rebels attacked shortly before dawn on Sunday.", "Sunday", "2013-06-09"),
        (
            "Fighting flared in March, when police swept through villages on March 5.",
            "March 5",
            "2013-03-05",
        ),
        # a participle inside a future verb group: "will keep its borders closed until"
        (
            "Nigeria will keep its land borders closed to trade until at least the end of "
            "January, officials said.",
            "the end of January",
            "2014-01",
        ),
        (
            "The Security Council is expected to hold closed consultations on the crisis on "
            "Monday.",
            "Monday",
            "2013-06-17",
        ),
        # ... but not one that tells an event of its own, nor one in a relative clause
        (
            "The parties pledged to respect the ceasefire signed in Kidal on May 23.",
            "May 23",
            "2013-05-23",
        ),
        ("He will meet the delegation that arrived on Monday.", "Monday", "2013-06-10"),
        # the governing verb group may stand far before a date in a long sentence
        (
            "Foreign Minister Jan Wojtowicz is due to meet his Russian counterpart on the "
            "sidelines of a ministerial meeting of the Organisation for Security and "
            "Cooperation in Europe in Ljubljana on December 5, his office said.",
            "December 5",
            "2013-12-05",
        ),
        # "according to" opens the source's own clause
        (
            "The two governments agreed to deploy mixed teams to six crossing points, according "
            "to a statement issued by the interior ministry on Monday night.",
            "Monday night",
            "2013-06-10TNI",
        ),
        # the -s form of a present verb before a date tells a plan
        (
            "Foreign Minister Khan leaves for Beijing on Monday for a three-day visit, during "
            "which he is expected to brief Chinese leaders, an official said.",
            "Monday",
            "2013-06-17",
        ),
        ("The exercise begins on Saturday.", "Saturday", "2013-06-15"),
        ("The votes on Monday were counted quickly.", "Monday", "2013-06-10"),
        # an event called is yet to come, "another" one too
        (
            "Civil society groups have called for another march on June 14.",
            "June 14",
            "2013-06-14",
        ),
        # so does a bare present verb after a plural subject
        (
            "Australians vote on Saturday, and polls favour the opposition.",
            "Saturday",
            "2013-06-15",
        ),
        ("Talks resume in Geneva on Monday.", "Monday", "2013-06-17"),
        # a present verb a few words back, past an apposition, still looks ahead
        (
            "The government faces a confidence vote in the Lok Sabha, the lower house of "
            "parliament, on Saturday.",
            "Saturday",
            "2013-06-15",
        ),
        (
            "The cabinet faces a confidence vote in parliament on Saturday.",
            "Saturday",
            "2013-06-15",
        ),
        # the day a date or a deadline is set "of" lies ahead, whatever the setting's tense
        (
            "The judge set a new hearing date of June 3 and ordered the men held.",
            "June 3",
            "2014-06-03",
        ),
        ("The judge ordered the men held until June 3.", "June 3", "2013-06-03"),
        # the past verb of a clause the present one subordinates is another event's
        (
            "Parliament holds a vote on Saturday after an ally withdrew its support.",
            "Saturday",
            "2013-06-15",
        ),
        (
            "Parliament held a vote on Saturday after an ally withdrew its support.",
            "Saturday",
            "2013-06-08",
        ),
        # a passive after "would be" and an adverb is still the reported future
        (
            "The minister said the agreement would be formally signed in Washington on July 11.",
            "July 11",
            "2013-07-11",
        ),
        # "is meant to" looks ahead
        (
            "The decisions are meant to feed into the summit in Ankara on July 7.",
            "July 7",
            "2013-07-07",
        ),
        # a participle after a plural noun describes the noun: the future verb still governs
        (
            "The office said the president would meet leaders of all parties represented in "
            "parliament on Saturday.",
            "Saturday",
            "2013-06-15",
        ),
        # a date before a past verb that asks someone to act dates the asking
        (
            "The Unification Ministry on Sunday again urged the North to accept its proposal.",
            "Sunday",
            "2013-06-09",
        ),
        # a date after it is what the asking is for
        (
            "The ministry invited the envoy to visit Seoul on Sunday.",
            "Sunday",
            "2013-06-16",
        ),
        # without a future verb group, the past verb governs as before
        (
            "Leaders of all parties represented in parliament met on Saturday.",
            "Saturday",
            "2013-06-08",
        ),
        # the perfect of an intention still looks ahead
        ("The two candidates have agreed to debate in late April.", "late April", "2014-04"),
        ("The two candidates agreed to debate in late April.", "late April", "2014-04"),
        # an event agreed to is yet to come
        (
            "The nominees have tentatively agreed to a first televised debate on Aug. 14.",
            "Aug. 14",
            "2013-08-14",
        ),
        # a day that names its own thing takes a future clause's tense, not a past one's
        (
            "The winner will face Cardenas in the Nov. 3 general election.",
            "Nov. 3",
            "2013-11-03",
        ),
        # a case adjourned or a vote postponed to a day: the day lies ahead
        ("Judge Mary Considine adjourned the case to December 9.", "December 9", "2013-12-09"),
        ("The speaker postponed the vote to Tuesday.", "Tuesday", "2013-06-18"),
        ("The judge adjourned the trial on Monday.", "Monday", "2013-06-10"),
        # a margin is no agent: "voted by 19 votes to 11" is a past verb
        ("Councillors voted by 19 votes to 11 on Monday night.", "Monday night", "2013-06-10TNI"),
        # "back to work" is where they were sent, not an intention: the order is past
        ("The judge ordered the miners back to work on Wednesday.", "Wednesday", "2013-06-12"),
        ("The judge ordered the miners to return on Wednesday.", "Wednesday", "2013-06-19"),
        # the -ies form of a present verb looks ahead as the -s form does
        ("The president flies to Davao on Tuesday.", "Tuesday", "2013-06-18"),
        # "a November 28 runoff" names a thing of its own: a past clause does not place it
        (
            "Valdes won the most votes on Sunday but fell short, setting up a July 7 runoff.",
            "July 7",
            "2013-07-07",
        ),
        # after a future verb or a preposition, an "-ed" word before a noun is an adjective
        (
            "The bureau is due to publish revised standards for processed milk in May.",
            "May",
            "2014-05",
        ),
        ("The ministry will publish revised rules in May.", "May", "2014-05"),
        ("The company said it had approved revised plans in May.", "May", "2013-05"),
        # "is set for" looks ahead
        ("That case is set for trial in January.", "January", "2014-01"),
    ],
)
def test_the_verb_group_that_governs_a_date(text: str, expression: str, value: str) -> None:
    assert _value(text, expression) == value


def test_a_date_that_opens_a_sentence_takes_no_tense_from_the_sentence_before() -> None:
    text = "The union on Monday called a strike for Friday. Friday's strike will be the third."
    fridays = [t.value for t in find_dates(text, REFERENCE) if t.text == "Friday"]
    assert fridays == ["2013-06-14", "2013-06-14"]


def test_a_sentence_boundary_is_seen_right_before_an_expression() -> None:
    from timeline.temporal.tense import sentence_bounds

    text = "They met on Monday. Friday's talks will follow."
    start = text.index("Friday")
    assert sentence_bounds(text, start, start + 6)[0] == start


@pytest.mark.parametrize(
    ("expression", "value"),
    [("Friday week", "2013-06-21"), ("Thursday week", "2013-06-27"), ("Monday week", "2013-06-24")],
)
def test_a_weekday_week_is_a_week_after_the_coming_one(expression: str, value: str) -> None:
    """British "on Friday week": a week after the first such day after the reference."""
    assert _value(f"The minister is due in Tuam on {expression}.", expression) == value


def test_a_weekday_before_week_long_stays_a_weekday() -> None:
    assert _value("On Friday, a week-long visit began.", "Friday") == "2013-06-07"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The outage began shortly after 8am on Feb 23, a Wednesday.", "Wednesday", "2013-02-23"),
        ("The vote was held on March 3, a Sunday.", "Sunday", "2013-03-03"),
        # "the day after" what follows it: the day just told, named again
        (
            "The importer recalled the cans on May 3, the day after tests pointed to the tuna.",
            "the day after",
            "2013-05-03",
        ),
        ("He resigned on May 3, and the day after, he left.", "the day after", "2013-05-04"),
    ],
)
def test_a_day_in_apposition_names_the_day_just_told(
    text: str, expression: str, value: str
) -> None:
    assert _value(text, expression) == value


def test_a_span_since_a_day_lasts_until_now() -> None:
    """ "has run X since he was sworn in on January 12": the year the story had reached before
    does not place a span that runs until now."""
    text = (
        "The accord signed on September 12, 1994 unravelled within months. But the lesson has "
        "shaped the way he has run the ministry since he was sworn in on January 12."
    )
    found = [t for t in find_dates(text, date(2001, 6, 16)) if t.text == "January 12"]
    assert [t.value for t in found] == ["2001-01-12"]


@pytest.mark.parametrize(
    "text", ["It banned exports two years earlier than planned.", "It came a day later than hoped."]
)
def test_an_offset_compared_with_than_dates_nothing(text: str) -> None:
    assert all(t.type != "DATE" for t in find_dates(text, REFERENCE))


@pytest.mark.parametrize(
    "text",
    [
        "The court heard arguments in March.",
        "Thousands fled the town in March.",
        "Rebels retook the base in March.",
    ],
)
def test_an_irregular_past_verb_puts_a_bare_month_in_the_past(text: str) -> None:
    # published in October: March of this year, not of the next
    found = {t.text: t.value for t in find_dates(text, date(2009, 10, 9))}
    assert found["March"] == "2009-03"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # words between dashes or brackets stand outside the clause: "Negotiators ... resume"
        (
            "Negotiators from six powers - the United States, Russia, China, Britain, France "
            "and Germany - resume talks in Geneva on Wednesday.",
            "2013-11-20",
        ),
        ("Negotiators (mostly Europeans) resume talks in Geneva on Wednesday.", "2013-11-20"),
        # a present passive is no past verb: the future before it governs
        (
            "It will take effect when it is published in the Official Journal on Tuesday.",
            "2013-11-19",
        ),
    ],
)
def test_inserted_words_and_present_passives_keep_the_plan(text: str, value: str) -> None:
    # published on a Monday
    found = {t.text: t.value for t in find_dates(text, date(2013, 11, 18))}
    assert value in found.values(), found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a verb that moves something on, after the date, does not make that date a plan
        ("On Tuesday the diplomacy moved to Muscat.", "2016-01-26"),
        ("On Tuesday, the meeting was postponed until June 3.", "2016-01-26"),
        # before the date it names, it still does
        ("The meeting was moved to Tuesday.", "2016-02-02"),
    ],
)
def test_a_rescheduling_verb_dates_only_the_day_it_names(text: str, value: str) -> None:
    # published on a Saturday
    found = {t.text: t.value for t in find_dates(text, date(2016, 1, 30))}
    assert found["Tuesday"] == value


def test_a_past_request_of_two_words_looks_back() -> None:
    # "called on ... to apologise": the calling is past, so Thursday is the one before
    text = "Speaking in Sofia on Thursday evening, he called on Kolev to apologise."
    found = {t.text: t.value for t in find_dates(text, date(2018, 7, 13))}
    assert found["Thursday evening"] == "2018-07-12TEV"


@pytest.mark.parametrize(
    "text",
    [
        "The committee has asked the chief executive to appear at a hearing on June 20.",
        "The committee summoned the chief executive to appear at a hearing on June 20.",
        "The committee has summoned the chief executive to appear at a hearing on June 20.",
    ],
)
def test_a_date_after_asking_or_summoning_someone_to_act_looks_ahead(text: str) -> None:
    assert _value(text, "June 20") == "2013-06-20"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Judge Thandiwe Mhango set the case down for hearing on Monday.", "Monday", "2013-06-17"),
        ("The magistrate fixed the matter for mention on June 20.", "June 20", "2013-06-20"),
        # "set" with no listing "for" keeps the past
        ("The court set bail at $5,000 on Monday.", "Monday", "2013-06-10"),
    ],
)
def test_a_case_listed_for_a_day_looks_ahead(text: str, expression: str, value: str) -> None:
    assert _value(text, expression) == value


@pytest.mark.parametrize(
    "text",
    [
        "The council has scheduled a budget work session June 20.",
        "The hearing has been scheduled for June 20.",
    ],
)
def test_the_perfect_of_scheduling_looks_ahead(text: str) -> None:
    assert _value(text, "June 20") == "2013-06-20"
