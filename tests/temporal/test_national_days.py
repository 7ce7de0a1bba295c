"""National days take the day of the country the text is about, or stay unresolved."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import find_dates
from timeline.temporal.lexicon import holiday_rule

DCT = date(2026, 11, 20)

CASES = [
    # the country in the same sentence decides
    ("Sri Lanka staged a scaled-down parade on Independence Day.", "2026-02-04"),
    ("India's Independence Day speech was delivered from the Red Fort.", "2026-08-15"),
    ("Ukrainian troops paraded through Kyiv on Independence Day.", "2026-08-24"),
    ("North Korea held a military parade in Pyongyang on Victory Day.", "2026-07-27"),
    ("Turkey celebrated Republic Day with a flypast over Ankara.", "2026-10-29"),
    ("In his Independence Day message, the Peruvian president praised the army.", "2026-07-28"),
    ("Estonians lit bonfires on Independence Day.", "2026-02-24"),
    ("South Sudan's president spoke on Independence Day.", "2026-07-09"),
    ("Canadians gathered with family at Thanksgiving.", "2026-10-12"),
    # the closest country before the day wins over one after it
    ("Pakistan marked Independence Day, a day before India celebrates its own.", "2026-08-14"),
    # nothing named: the default country, when the name has one
    ("Fireworks lit up the harbour on Independence Day.", "2026-07-04"),
    ("Tanks rolled across the square on Victory Day.", "2026-05-09"),
    ("Shoppers lined up the morning after Thanksgiving.", "2025-11-27"),
    # a name without a default and no country: not guessed
    ("Veterans laid wreaths on Armed Forces Day.", "XXXX-XX-XX"),
    # a country word inside a longer name names no country: the default
    ("Indian Ocean states marked Independence Day.", "2026-07-04"),
    # a country whose day is not computable here: not guessed either
    ("Israeli jets flew over Tel Aviv on Independence Day.", "XXXX-XX-XX"),
]


@pytest.mark.parametrize(("text", "value"), CASES)
def test_national_day_follows_the_sentence_country(text: str, value: str) -> None:
    days = [t for t in find_dates(text, DCT) if t.text.lower().endswith(("day", "thanksgiving"))]
    assert [t.value for t in days[:1]] == [value]


def test_the_text_country_decides_when_the_sentence_names_none() -> None:
    text = (
        "COLOMBO - Sri Lanka cut the cost of its celebrations this year. "
        "The president presided over a smaller parade on Independence Day. "
        "Sri Lankan officials said the savings would go to schools."
    )
    [day] = [t for t in find_dates(text, DCT) if t.text == "Independence Day"]
    assert (day.value, day.date_start) == ("2026-02-04", date(2026, 2, 4))


def test_a_country_named_more_often_outweighs_one_named_once() -> None:
    text = (
        "Indian and Pakistani officials met in Islamabad. Pakistan hosted the talks. "
        "Crowds gathered on Independence Day. Pakistani flags flew everywhere."
    )
    [day] = [t for t in find_dates(text, DCT) if t.text == "Independence Day"]
    assert day.value == "2026-08-14"


def test_a_holiday_rule_with_an_unknown_key_is_refused_with_its_name() -> None:
    with pytest.raises(ValueError, match="'victory day': unknown key 'dya'"):
        holiday_rule(("victory day",), {"month": 5, "dya": 9})
