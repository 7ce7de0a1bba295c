"""Reading articles in every format and finding their reference date."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from timeline.documents import (
    expand_inputs,
    find_dateline,
    infer_published,
    parse_published,
    read_documents,
)
from timeline.errors import InputError

CORPUS = Path(__file__).parent / "data" / "corpus"


@pytest.mark.parametrize(
    ("first_lines", "expected"),
    [
        ("Apple releases iPhone SDK\nMarch 06, 2008\n\nDuring a media event", date(2008, 3, 6)),
        ("Saturday, March 19, 2005\nPakistan test fires missile", date(2005, 3, 19)),
        ("Posted at 9:04 AM, Dec 02, 2018\nStorm hits", date(2018, 12, 2)),
        ("MOSCOW, 12 October 2021 /TASS/. Talks began", date(2021, 10, 12)),
        ("Published 2017-05-09 by the desk\nBody", date(2017, 5, 9)),
        ("No date up here\nNor here", None),
        ("Closing on February 30, 2019 is impossible", None),
        # a byline's month and day take the story's year, not a year it looks ahead to
        (
            "Drills end\n\nBy Lu Hanqing\nChina Military Online, September 16\n\n"
            "The exercise of 2025 ended. The first one was held in 2023. "
            "The next edition will take place in 2027.",
            date(2025, 9, 16),
        ),
        # a full date on a later line beats a headline ending in a month and day
        (
            "Summit moved to Hanoi, February 27\nBy Jane Doe\nFebruary 8, 2019\n\nBody",
            date(2019, 2, 8),
        ),
    ],
)
def test_dateline(first_lines: str, expected: date | None) -> None:
    assert find_dateline(first_lines) == expected


LONG_BODY = " The talks went on for hours." * 10


@pytest.mark.parametrize(
    ("first_line", "expected"),
    [
        (
            "MOSCOW, October 12 /TASS/. Ryabov said in 2021 that talks would go on.",
            date(2021, 10, 12),
        ),
        ("SEOUL, Feb. 3 (Yonhap) -- The 2019 plan was discussed.", date(2019, 2, 3)),
        ("WASHINGTON, D.C., March 5, 2020 (AP) - Officials met.", date(2020, 3, 5)),
        ("NEW YORK, May 1 -- No year is written anywhere here.", None),
        ("On March 3, 2019, the talks began.", None),
        ("The US, Britain and France said on May 4, 2019 that they agreed.", None),
    ],
)
def test_wire_dateline_opening_a_long_paragraph(first_line: str, expected: date | None) -> None:
    assert find_dateline(first_line + LONG_BODY) == expected


def test_dateline_only_looks_at_the_first_lines() -> None:
    text = "\n".join(f"line {n}" for n in range(10)) + "\nJune 1, 2004"
    assert find_dateline(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It met on June 3, 2011 and again on 9 July 2011.", date(2011, 7, 9)),
        ("The 2019 plan. On February 12 they spoke; on February 14 they met.", date(2019, 2, 14)),
        ("Sales rose in 2015.", date(2015, 7, 1)),
        ("Sales rose in 2015. They will double by 2020.", date(2015, 7, 1)),
        # "from" and "by" narrate the past too
        ("The war began in 2014. In 2022 troops withdrew from Kherson.", date(2022, 7, 1)),
        ("Sales cost $2015 and rose 2015% in no year at all", None),
        ("Nothing dated here.", None),
    ],
)
def test_infer_published(text: str, expected: date | None) -> None:
    assert infer_published(text) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2019-02-19", date(2019, 2, 19)),
        ("2019-02-19T08:30:00Z", date(2019, 2, 19)),
        ("February 19, 2019", date(2019, 2, 19)),
        (date(2019, 2, 19), date(2019, 2, 19)),
        ("soon", None),
        (None, None),
    ],
)
def test_parse_published(value: object, expected: date | None) -> None:
    assert parse_published(value) == expected


def test_plain_text_uses_dateline(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Title\nMarch 06, 2008\n\nBody text.", encoding="utf-8")
    (doc,) = read_documents(path)
    assert doc.published == date(2008, 3, 6)
    assert doc.published_source == "dateline"
    assert doc.text.startswith("Title")


def test_flag_wins_over_everything(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("---\npublished: 2001-01-01\n---\nMarch 06, 2008\nBody", encoding="utf-8")
    (doc,) = read_documents(path, published=date(2019, 2, 19))
    assert (doc.published, doc.published_source) == (date(2019, 2, 19), "flag")


def test_markdown_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    body = "On Monday the talks began.\n"
    path.write_text(
        "---\ntitle: Talks\npublished: 2005-05-14\nurl: https://example.org/a\nsource: Wire\n---\n"
        + body,
        encoding="utf-8",
    )
    (doc,) = read_documents(path)
    assert doc.text == body
    assert (doc.title, doc.url, doc.publisher) == ("Talks", "https://example.org/a", "Wire")
    assert (doc.published, doc.published_source) == (date(2005, 5, 14), "front-matter")


def test_markdown_with_bad_front_matter_date(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("---\npublished: someday\n---\nBody\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_documents(path)
    assert "published" in str(caught.value)
    assert "someday" in str(caught.value)


def test_jsonl_records(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    records = [
        {"text": "First article.", "published": "2019-02-19", "title": "One"},
        {"text": "Second article, dated March 06, 2008 in the text."},
    ]
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    first, second = read_documents(path)
    assert (first.published, first.published_source, first.index) == (
        date(2019, 2, 19),
        "record",
        1,
    )
    assert second.published_source == "dateline"
    assert second.name.endswith("a.jsonl#2")


def test_jsonl_reports_every_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text('{"text": "ok"}\n{not json\n{"title": "no text"}\n', encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_documents(path)
    lines = [str(p) for p in caught.value.problems]
    assert len(lines) == 2
    assert lines[0].startswith(f"{path}:2:")
    assert lines[1].startswith(f"{path}:3:") and "text" in lines[1]


def test_html_page_main_text_and_date(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    paragraph = "Officials from both countries met in Hanoi on Tuesday to discuss trade. " * 6
    path.write_text(
        "<html><head><title>Talks in Hanoi</title>"
        '<meta property="article:published_time" content="2019-02-26T10:00:00Z">'
        "</head><body><nav>Home | World</nav><article><h1>Talks in Hanoi</h1>"
        f"<p>{paragraph}</p><p>{paragraph}</p></article><footer>(c) News</footer></body></html>",
        encoding="utf-8",
    )
    (doc,) = read_documents(path)
    assert "met in Hanoi" in doc.text
    assert "Home | World" not in doc.text
    assert (doc.published, doc.published_source) == (date(2019, 2, 26), "html-metadata")


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n", "empty file"),
        ("binary.txt", b"\x89PNG\x00\x00\x01", "binary file"),
        ("latin1.txt", "café".encode("latin-1"), "not UTF-8"),
        ("nothing.html", b"<html><body><nav>menu</nav></body></html>", "no article text"),
        ("bad.json", b"{oops", "not valid JSON"),
    ],
)
def test_bad_inputs_give_one_line_problems(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError) as caught:
        read_documents(path)
    (problem,) = caught.value.problems
    assert str(problem).startswith(str(path))
    assert message in str(problem)
    assert "\n" not in str(problem)


def test_too_large_file_is_refused_without_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    with pytest.raises(InputError, match="50 MB"):
        read_documents(path)


def test_expand_inputs(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("x", encoding="utf-8")
    (tmp_path / "a.md").write_text("x", encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    empty = tmp_path / "empty"
    empty.mkdir()
    files, problems = expand_inputs([tmp_path, tmp_path / "missing.txt", empty])
    assert [f.name for f in files] == ["a.md", "b.txt"]
    assert [(Path(p.file).name, p.message) for p in problems] == [
        ("missing.txt", "no such file or folder"),
        (
            "empty",
            "no article files (.txt, .md, .markdown, .html, .htm, .json, .jsonl) in this folder",
        ),
    ]


def test_corpus_articles_get_their_dateline() -> None:
    (doc,) = read_documents(CORPUS / "meantime-apple" / "articles" / "10450.txt")
    assert (doc.published, doc.published_source) == (date(2005, 6, 6), "dateline")
