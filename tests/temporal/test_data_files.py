"""The temporal data files stay consistent: valid rules, no duplicate or clashing words."""

from __future__ import annotations

from timeline.temporal.calendar_math import easter, holiday_date, safe_date
from timeline.temporal.lexicon import lexicon, load_data
from timeline.temporal.timeml import MODS, PARTS_OF_DAY, SEASON_MONTHS


def test_every_holiday_has_a_valid_rule() -> None:
    for spec in load_data("holidays.yaml")["holidays"]:
        assert spec["names"], spec
        assert set(spec) <= {
            "names",
            "month",
            "day",
            "weekday",
            "nth",
            "easter",
            "offset",
            "year",
        }, spec
        fixed = "day" in spec and "month" in spec
        nth = {"month", "weekday", "nth"} <= set(spec)
        assert fixed + nth + ("easter" in spec) == 1, spec
    for holiday in set(lexicon().holidays.values()):
        for year in (1999, 2019, 2024):
            assert holiday_date(holiday, year) is not None, holiday


def test_no_holiday_name_twice() -> None:
    data = load_data("holidays.yaml")
    names = [n.lower() for spec in data["holidays"] for n in spec["names"]]
    names += [n.lower() for entry in data["national_days"] for n in entry["names"]]
    assert len(names) == len(set(names))


def test_national_days_name_their_countries_and_have_one_default_at_most() -> None:
    for entry in load_data("holidays.yaml")["national_days"]:
        variants = entry["variants"]
        assert len(variants) >= 2, entry["names"]
        assert sum(bool(v.get("default")) for v in variants) <= 1, entry["names"]
        for variant in variants:
            assert variant["where"] and all(w == w.lower() for w in variant["where"]), variant
            assert set(variant) <= {"where", "default", "month", "day", "weekday", "nth"}, variant
    for variants in lexicon().national_days.values():
        for variant in variants:
            if variant.month is not None:
                assert holiday_date(variant, 2024) is not None, variant


def test_word_lists_are_lowercase_and_distinct() -> None:
    en = load_data("en.yaml")
    months = [m for name, spec in en["months"].items() for m in (name, *spec["abbr"])]
    weekdays = [w for name, spec in en["weekdays"].items() for w in (name, *spec["abbr"])]
    for words in (months, weekdays):
        assert len(words) == len(set(words))
        assert all(w == w.lower() for w in words)
    assert not set(months) & set(weekdays)
    assert sorted(spec["number"] for spec in en["months"].values()) == list(range(1, 13))
    assert set(en["ambiguous"]["months"]) <= set(months)


def test_codes_are_timeml() -> None:
    lex = lexicon()
    assert set(lex.seasons.values()) <= set(SEASON_MONTHS)
    assert set(lex.parts_of_day.values()) <= PARTS_OF_DAY
    assert set(lex.fuzzy_modifiers.values()) | set(lex.approx_modifiers.values()) <= MODS
    assert set(lex.reference_words.values()) <= {"PRESENT_REF", "PAST_REF", "FUTURE_REF", "PXX"}


def test_easter_known_years() -> None:
    assert [easter(y).isoformat() for y in (2019, 2024, 2000)] == [
        "2019-04-21",
        "2024-03-31",
        "2000-04-23",
    ]


def test_context_word_lists_are_lowercase_distinct_and_used() -> None:
    en = load_data("en.yaml")
    context = en["context"]
    assert set(context) == set(lexicon().context)
    for key, words in context.items():
        assert words, key
        assert all(isinstance(w, str) and w == w.lower() for w in words), key
        assert len(words) == len(set(words)), key
    pronouns = en["tense"]["relative_pronouns"]
    assert pronouns and len(pronouns) == len(set(pronouns))
    assert not set(pronouns) & (set(en["tense"]["future"]) | set(en["tense"]["past"]))


def test_context_lists_agree_with_the_reference_words() -> None:
    refs = lexicon().reference_words
    assert refs["once"] == "PAST_REF" and refs["soon"] == "FUTURE_REF"
    # a word that blocks "soon" before it cannot also be a tense cue the tagger relies on
    assert not lexicon().context["soon_not_before"] & set(lexicon().past_cues)


def test_decade_words_and_named_days_are_valid() -> None:
    lex = lexicon()
    assert all(len(v) == 3 and v.isdigit() for v in lex.decade_words.values())
    for (month, day), named in lex.named_days.items():
        assert safe_date(named.year, month, day) is not None
        assert named.nouns and all(n == n.lower() for n in named.nouns)
