"""Short forms an article introduces ("(ALA)", "known as NFU") and the mentions of both forms."""

from __future__ import annotations

import re
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.extract.acronyms import initialled_names, introduced_names, named_mentions
from timeline.extract.mentions import Mention, name_words

SHORT_FORM = re.compile(r"[A-Z][A-Z0-9&-]{1,7}")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Fighters of the Andean Liberation Army (ALA) ambushed a patrol.",
            {"ALA": "Andean Liberation Army"},
        ),
        (
            "The Northern Farmers Union, known as NFU, said it would strike.",
            {"NFU": "Northern Farmers Union"},
        ),
        (
            "The Movement for Democratic Renewal, or MDR, won most seats.",
            {"MDR": "Movement for Democratic Renewal"},
        ),
        # the tail whose capitals spell the short form, not the person before it
        (
            "Rosa Quispe of the Andean Teachers Union (ATU) said the talks failed.",
            {"ATU": "Andean Teachers Union"},
        ),
        # lower-case joining words are skipped when spelling the initials
        (
            "The Federation of Coastal Fishermen (FCF) blocked the harbour.",
            {"FCF": "Federation of Coastal Fishermen"},
        ),
        # no tail spells it, so the whole run, which starts with the short form's letter
        (
            "The Federation of Highland Growers (FEHG) called a march.",
            {"FEHG": "Federation of Highland Growers"},
        ),
        ("The Group of Twenty (G20) met.", {"G20": "Group of Twenty"}),
        pytest.param(
            "Ministers of the Group of Seven (G7) met.",
            {"G7": "Group of Seven"},
            marks=pytest.mark.xfail(
                strict=True,
                reason="a run opened by another capitalised word is spelled out only by initials",
            ),
        ),
        (
            "the Highland Growers Association (HGA-2) said",
            {"HGA-2": "Highland Growers Association"},
        ),
        # several organisations in one text
        (
            "The Andean Liberation Army (ALA) and the Coastal Workers Union (CWU) met.",
            {"ALA": "Andean Liberation Army", "CWU": "Coastal Workers Union"},
        ),
        # the first introduction wins
        (
            "The Andean Liberation Army (ALA) fought the Amazon Liberation Alliance (ALA).",
            {"ALA": "Andean Liberation Army"},
        ),
    ],
)
def test_introduced_names(text: str, names: dict[str, str]) -> None:
    assert introduced_names(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "",
        "no capitals here (abc), known as xyz,",
        # a single word is a name or a source, not an organisation spelled out
        "Reuters (RTR) reported the clash.",
        "LIMA (AFP) - Protests spread on Monday.",
        # the short form must be in capitals, short, and right after the name
        "The Andean Liberation Army (ala) ambushed a patrol.",
        "The Andean Liberation Army (ABCDEFGHIJ) ambushed a patrol.",
        "The Andean Liberation Army ( ALA ) ambushed a patrol.",
        "The Andean Liberation Army, a group known as ALA, ambushed a patrol.",
        # a party label after a name does not spell it
        "Senator Rosa Quispe (D-NY) said the vote was rigged.",
        # initials in another language's order and a different first letter
        "The National Liberation Army (ELN) ambushed a patrol.",
        # a name glued to a word before it is not a name
        "the pro-Andean Liberation Army (ALA) wing",
        "Polls close at 8 p.m. Eastern Standard Time (EST) on Sunday.",
        "Gross Domestic Product (GDP) grew by 2 percent.",
    ],
)
def test_not_introduced(text: str) -> None:
    assert introduced_names(text) == {}


def test_name_with_and_is_introduced() -> None:
    text = "The Peace and Development Front (PDF) won most seats."
    assert introduced_names(text) == {"PDF": "Peace and Development Front"}


ALA = {"ALA": "Andean Liberation Army"}


def _spans(text: str, mentions: list[Mention]) -> list[tuple[str, str, str]]:
    return [(text[m.start : m.end], m.name, m.kind) for m in mentions]


def _at(text: str, surface: str, name: str, kind: str) -> Mention:
    start = text.index(surface)
    return Mention(start, start + len(surface), name, kind)


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        (
            "The Andean Liberation Army (ALA) ambushed a patrol. ALA fighters fled.",
            ["Andean Liberation Army", "ALA", "ALA"],
        ),
        ("An ALA-led raid; (ALA) fighters.", ["ALA", "ALA"]),
        # a short form inside a longer word is not a mention
        ("ALAS fighters and GALA guests and ALA2 units.", []),
        ("The fighters fled.", []),
    ],
)
def test_both_forms_become_organisation_mentions(text: str, surfaces: list[str]) -> None:
    found = named_mentions(text, 0, len(text), ALA, [])
    assert [text[m.start : m.end] for m in found] == surfaces
    assert all(
        (m.name, m.kind, m.evidence) == ("Andean Liberation Army", "organization", "name")
        for m in found
    )


def test_only_the_window_is_searched() -> None:
    text = "ALA fighters fled. The ALA said on Monday it had won. ALA again."
    start = text.index("The")
    end = text.index("ALA again")
    found = named_mentions(text, start, end, ALA, [])
    assert [m.start for m in found] == [text.index("ALA", start)]


def test_full_name_replaces_a_dictionary_organisation_inside_it() -> None:
    text = "Islamic State Lake Province, known as ISLP, attacked a base."
    names = {"ISLP": "Islamic State Lake Province"}
    inside = _at(text, "Islamic State", "Islamic State", "organization")
    found = named_mentions(text, 0, len(text), names, [inside])
    assert _spans(text, found) == [
        ("Islamic State Lake Province", "Islamic State Lake Province", "organization"),
        ("ISLP", "Islamic State Lake Province", "organization"),
    ]


def test_country_inside_a_full_name_is_kept() -> None:
    text = "The Bolivian Farmers Union (BFU) blocked roads."
    country = _at(text, "Bolivian", "Bolivia", "country")
    found = named_mentions(text, 0, len(text), {"BFU": "Bolivian Farmers Union"}, [country])
    assert country in found
    assert ("BFU", "Bolivian Farmers Union", "organization") in _spans(text, found)


def test_organisation_overlapping_a_full_name_gives_way() -> None:
    text = "The Andean Liberation Army Command said."
    other = _at(text, "Liberation Army Command", "Liberation Army Command", "organization")
    found = named_mentions(text, 0, len(text), ALA, [other])
    assert _spans(text, found) == [
        ("Andean Liberation Army", "Andean Liberation Army", "organization")
    ]


def test_earlier_person_overlapping_a_name_wins() -> None:
    text = "Rosa Andean Liberation Army (ALA) said."
    person = _at(text, "Rosa Andean", "Rosa Andean", "person")
    found = named_mentions(text, 0, len(text), ALA, [person])
    assert _spans(text, found) == [
        ("Rosa Andean", "Rosa Andean", "person"),
        ("ALA", "Andean Liberation Army", "organization"),
    ]


def test_no_names_leaves_mentions_alone() -> None:
    text = "Chile and Peru met."
    mentions = [_at(text, "Chile", "Chile", "country"), _at(text, "Peru", "Peru", "country")]
    assert named_mentions(text, 0, len(text), {}, mentions) == mentions
    assert named_mentions(text, 0, len(text), ALA, mentions) == mentions


def test_full_name_across_a_line_break_is_found() -> None:
    text = "Fighters of the Andean\nLiberation Army (ALA) ambushed a patrol."
    found = named_mentions(text, 0, len(text), introduced_names(text), [])
    assert text.index("Andean") in [m.start for m in found]


NAME_WORDS = ["Andean", "Liberation", "Army", "Coastal", "Workers", "Union", "Front", "Rosa"]
FILLER = ["The", "the", "Fighters of the", "said", "on Monday", ",", "(", ")", "ALA", "(ab)"]


@st.composite
def _articles(draw: st.DrawFn, spaces: tuple[str, ...] = (" ",)) -> str:
    """Made-up text around one organisation introduced by a short form, right or wrong."""
    words = draw(st.lists(st.sampled_from(NAME_WORDS), min_size=1, max_size=5))
    name: list[str] = []
    for word in words:
        joiner = draw(st.sampled_from(["", "", "of", "for the", "and"]))
        name += [joiner, word] if name and joiner else [word]
    initials = "".join(w[0] for w in words)
    short = draw(st.sampled_from([initials, initials[1:] or "X", initials + "2", "A-L", "ala"]))
    intro = draw(st.sampled_from([" ({})", ", known as {},", ", or {},", "({})"])).format(short)
    before = draw(st.lists(st.sampled_from(FILLER), max_size=3))
    after = draw(st.lists(st.sampled_from([*FILLER, *NAME_WORDS, short]), max_size=4))

    def join(parts: list[str]) -> str:
        out = ""
        for part in parts:
            out += (draw(st.sampled_from(spaces)) if out else "") + part
        return out

    return " ".join(p for p in (join(before), join(name) + intro, join(after)) if p)


#: Single-spaced articles, and articles wrapped across lines or spaced unevenly.
ARTICLES = _articles()
WRAPPED = _articles(spaces=(" ", "  ", "\n", " \n"))


@settings(max_examples=150, deadline=None)
@given(st.one_of(WRAPPED, st.text(max_size=80)))
def test_introduced_names_come_from_the_text(text: str) -> None:
    names = introduced_names(text)
    flat = " ".join(text.split())
    for short, name in names.items():
        assert SHORT_FORM.fullmatch(short), short
        assert short in text
        assert len(name.split()) >= 2, name
        # the name keeps its line breaks and runs of spaces, as written
        assert " ".join(name.split()) in flat, (name, text)


@settings(max_examples=150, deadline=None)
@given(ARTICLES)
def test_introduced_names_of_single_spaced_text_are_in_the_text(text: str) -> None:
    for name in introduced_names(text).values():
        assert name in text


@st.composite
def _windows(draw: st.DrawFn) -> tuple[str, int, int, list[Mention]]:
    text = draw(ARTICLES)
    start = draw(st.integers(0, len(text)))
    end = draw(st.integers(start, len(text)))
    mentions = []
    cursor = 0
    for kind in draw(st.lists(st.sampled_from(["person", "country", "organization"]), max_size=4)):
        if cursor >= len(text):
            break
        m_start = draw(st.integers(cursor, len(text) - 1))
        m_end = draw(st.integers(m_start + 1, len(text)))
        mentions.append(Mention(m_start, m_end, text[m_start:m_end], kind))
        cursor = m_end
    return text, start, end, mentions


@settings(max_examples=150, deadline=None)
@given(_windows())
def test_named_mentions_stay_inside_the_window_and_apart(
    window: tuple[str, int, int, list[Mention]],
) -> None:
    text, start, end, mentions = window
    names = {"ALA": "Andean Liberation Army", "CWU": "Coastal Workers Union"}
    names |= introduced_names(text)
    found = named_mentions(text, start, end, names, mentions)
    added = [m for m in found if m not in mentions]
    assert all(m.evidence == "name" and m.kind == "organization" for m in added)
    assert all(start <= m.start < m.end <= end for m in added), (start, end, added)
    assert all(text[m.start : m.end] in (m.name, *names) for m in added)
    ordered = sorted(added, key=lambda m: m.start)
    assert all(a.end <= b.start for a, b in pairwise(ordered))
    assert found == sorted(found, key=lambda m: (m.start, m.end))


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Narendra Modi (PM) met the delegation.",
        "President Amara Diallo (AD) spoke first.",
    ],
)
def test_a_titled_person_is_no_organisation(text: str) -> None:
    assert introduced_names(text) == {}


def test_a_person_mention_is_never_replaced() -> None:
    text = "Kenyan President William Ruto, or WR, met the envoy."
    person = Mention(text.index("William"), text.index("William") + 12, "William Ruto", "person")
    found = named_mentions(text, 0, len(text), {"WR": "William Ruto"}, [person])
    assert person in found
    assert all(m.kind != "organization" or m.start >= person.end for m in found)


def test_a_long_capitalised_run_reads_back_only_a_few_words() -> None:
    text = " ".join(["Word"] * 5000) + " Liberation Army (LA) attacked."
    assert introduced_names(text) == {"LA": "Liberation Army"}


def _initialled_by_pattern(text: str, known: dict[str, str]) -> dict[str, str]:
    """The plain reading of ``initialled_names``: one pattern per short form, no shortcut."""
    heads = name_words("organization_heads")
    skipped = sorted(name_words("organization_connectors") | name_words("particles"))
    gap = r"\s+(?:(?:" + "|".join(skipped) + r")\s+)*"
    found: dict[str, str] = {}
    first: dict[str, int] = {}
    for match in re.finditer(r"(?<![\w-])[A-Z]{2,6}(?![\w-])", text):
        first.setdefault(match.group(), match.start())
    for short, position in first.items():
        if short in known:
            continue
        spelling = re.compile(
            r"(?<![\w-])" + gap.join(f"{letter}[\\w-]*" for letter in short) + r"(?![\w-])"
        )
        for m in spelling.finditer(text, 0, position):
            if m.group().split()[-1] in heads:
                found[short] = m.group()
                break
    return found


INITIALLED_WORDS = [
    "New",
    "Patriotic",
    "Party",
    "National",
    "Front",
    "Council",
    "People's",
    "of",
    "the",
    "for",
    "Union",
    "NPP",
    "NF",
    "PU",
    "NC",
    "said",
    ".",
    "Progress",
    "PP",
    "FNC",
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(INITIALLED_WORDS), max_size=24), st.sampled_from([{}, {"NPP": "x"}])
)
def test_initialled_names_read_as_one_pattern_per_short_form(
    words: list[str], known: dict[str, str]
) -> None:
    text = " ".join(words)
    assert initialled_names(text, known) == _initialled_by_pattern(text, known)


def test_initialled_name_needs_a_head_before_the_short_form() -> None:
    assert initialled_names("The New Patriotic Party won. The NPP said.", {}) == {
        "NPP": "New Patriotic Party"
    }
    assert initialled_names("The NPP said. The New Patriotic Party won.", {}) == {}
