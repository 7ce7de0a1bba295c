"""Read article files and find the reference date each one is written from.

``documents`` is the one module that knows file formats: ``.txt``, ``.md`` with
front matter, saved ``.html`` pages, ``.json`` and ``.jsonl`` records. Everything
after it sees a ``Document``: text, a reference date and where that date came from.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any, Literal

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

from timeline.errors import InputError, Problem
from timeline.temporal.anchors import DIGITS, words
from timeline.temporal.lexicon import load_data

PublishedSource = Literal[
    "flag", "front-matter", "record", "html-metadata", "dateline", "inferred", "none"
]

#: File endings read as articles; a folder means every file with one of these.
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl")
#: Larger inputs are refused rather than read into memory.
MAX_BYTES = 20 * 1024 * 1024
#: Record fields that may hold the publication date, in order of trust.
DATE_FIELDS = ("published", "date", "publish_date", "published_at", "pubdate", "dct")
TEXT_FIELDS = ("text", "body", "content")

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_FULL_DATES = [
    re.compile(r"\b(?P<year>\d{4})-(?P<mnum>\d{1,2})-(?P<day>\d{1,2})\b"),
    # the leading \b lets the engine skip mid-word positions before trying every month name
    re.compile(r"\b" + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})\b", re.I),
    re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>\d{4})\b", re.I),
]
_MONTH_DAY = re.compile(
    r"\b" + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?!\s*,?\s*\d{4})", re.I
)
_YEAR = re.compile(r"(?<![\d$£€.,])\b(?P<year>1[89]\d\d|20\d\d)\b(?![\d%])")
_WIRE_DATELINE = re.compile(
    r"^\s*[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?,\s+"
    + "(?i:"
    + _MONTH
    + ")"
    + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{4})\b)?",
)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?\r?\n)?---[ \t]*(?:\r?\n|\Z)", re.S)
DATELINE_LINES = 6
#: A byline or source line no longer than this may end with the story's month and day.
BYLINE_MAX = 80
_BYLINE_DATE = re.compile(r"(?:^|,\s+)" + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\s*$", re.I)
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n")
#: How far back (characters) the start of a year's sentence is looked for first.
SENTENCE_REACH = 600
_MONTH_KEYS = frozenset(_MONTHS)
_DIGIT_KEYS = frozenset({DIGITS})

#: Fewer words than this extracted from a page means it held no article (a menu, a login page).
MIN_HTML_WORDS = 12


@dataclass
class Document:
    """One article: its text, its reference date and where that date came from."""

    text: str
    path: Path
    published: date | None = None
    published_source: PublishedSource = "none"
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    index: int = 0
    metadata: dict[str, Any] = field(default_factory=dict)

    @property
    def name(self) -> str:
        """How to name the document in sources and messages (``file.jsonl#3`` for records)."""
        if self.path.suffix.lower() in {".jsonl", ".json"} and self.index:
            return f"{self.path}#{self.index}"
        return str(self.path)


def _match_date(match: re.Match[str]) -> date | None:
    groups = match.groupdict()
    month = int(groups["mnum"]) if groups.get("mnum") else _MONTHS[groups["month"].lower()]
    try:
        return date(int(groups["year"]), month, int(groups["day"]))
    except ValueError:
        return None


def _wire_dateline(line: str, text: str) -> date | None:
    """A wire-style dateline opening a line: "MOSCOW, October 12 /TASS/", "SEOUL, Feb. 3 (Yonhap) --".

    Without a year, the year is the latest one the article mentions; with none, nothing is found.
    """
    match = _WIRE_DATELINE.match(line)
    if match is None:
        return None
    return _month_day_of_story(match.groupdict(), text)


def _month_day_of_story(groups: dict[str, str | None], text: str) -> date | None:
    """A dateline's month and day, in its own year or else the story's year."""
    given = groups.get("year")
    year = int(given) if given else story_year(text)
    if year is None or groups.get("month") is None or groups.get("day") is None:
        return None
    try:
        return date(year, _MONTHS[str(groups["month"]).lower()], int(str(groups["day"])))
    except ValueError:
        return None


@cache
def _future_words() -> re.Pattern[str]:
    """The words of a sentence about the future (``story_future`` in temporal/en.yaml)."""
    words = load_data("en.yaml")["story_future"]
    return re.compile(r"\b(?:" + "|".join(re.escape(str(w)) for w in words) + r")\b", re.I)


def story_year(text: str) -> int | None:
    """The year a story is told in: the latest it mentions outside sentences about the future.

    "the next edition will take place in 2027" names a year the story has not reached.
    """
    matches = list(_at_words(text, _YEAR, _DIGIT_KEYS))
    if not matches:
        return None
    future = _future_words()
    told = [
        int(m["year"])
        for m in matches
        if not future.search(text, *_sentence_around(text, m.start()))
    ]
    return max(told or [int(m["year"]) for m in matches])


def _at_words(text: str, pattern: re.Pattern[str], keys: frozenset[str]) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` that start at a word with one of ``keys`` (the tagger's word
    list of the text, listed once and kept for the tagger): month names and numbers are few."""
    offsets, words_keys = words(text)
    for offset, key in zip(offsets, words_keys, strict=True):
        if key in keys and (match := pattern.match(text, offset)) is not None:
            yield match


def _sentence_around(text: str, position: int) -> tuple[int, int]:
    """Where the sentence holding ``position`` starts and ends (as ``_SENTENCE`` splits)."""
    start = 0
    for boundary in _SENTENCE.finditer(text, max(0, position - SENTENCE_REACH), position):
        start = boundary.end()
    if start == 0 and position > SENTENCE_REACH:
        for boundary in _SENTENCE.finditer(text, 0, position):
            start = boundary.end()
    after = _SENTENCE.search(text, position)
    return start, after.start() if after is not None else len(text)


def find_dateline(text: str) -> date | None:
    """The date of the dateline in the first lines ("March 06, 2008", "MOSCOW, October 12 /TASS/").

    A short byline line ending in a month and day ("China Military Online, September 16")
    is one too, in the story's year, but only when no line gives a full date and never the
    headline (the first line).
    """
    lines = [line for line in text.splitlines() if line.strip()][:DATELINE_LINES]
    for line in lines:
        if (found := _wire_dateline(line, text)) is not None:
            return found
        if len(line) > 200:
            # a long line is body text: only a wire dateline at its start counts
            continue
        for pattern in _FULL_DATES:
            if (match := pattern.search(line)) and (found := _match_date(match)):
                return found
    for line in lines[1:]:
        byline = _BYLINE_DATE.search(line) if len(line) <= BYLINE_MAX else None
        if byline is not None and (found := _month_day_of_story(byline.groupdict(), text)):
            return found
    return None


def infer_published(text: str) -> date | None:
    """A best guess from the text: the latest full date, else the story's year with its latest "Month D"."""
    full = [
        d
        for pattern, keys in zip(_FULL_DATES, (_DIGIT_KEYS, _MONTH_KEYS, _DIGIT_KEYS), strict=True)
        for m in _at_words(text, pattern, keys)
        if (d := _match_date(m))
    ]
    if full:
        return max(full)
    year = story_year(text)
    if year is None:
        return None
    days = []
    for match in _at_words(text, _MONTH_DAY, _MONTH_KEYS):
        if match["month"].lower() == "may" and not match["month"][0].isupper():
            continue
        try:
            days.append(date(year, _MONTHS[match["month"].lower()], int(match["day"])))
        except ValueError:
            continue
    return max(days) if days else date(year, 7, 1)


def parse_published(value: Any) -> date | None:
    """A publication date from a metadata value: a date, a datetime or an ISO-like string."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value.strip():
        text = value.strip()
        try:
            return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
        except ValueError:
            pass
        for pattern in _FULL_DATES:
            if (match := pattern.search(text)) and (found := _match_date(match)):
                return found
    return None


def _decode(path: Path, data: bytes) -> str:
    if not data.strip():
        raise InputError([Problem(str(path), "empty file (nothing to read)")])
    if b"\x00" in data[:8192]:
        raise InputError(
            [
                Problem(
                    str(path), "binary file, not text (give a .txt, .md, .html or .jsonl article)"
                )
            ]
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(
            [
                Problem(
                    str(path),
                    f"not UTF-8 text (bad byte at offset {error.start}; save the file as UTF-8)",
                )
            ]
        ) from None


def _settle(doc: Document, published: date | None) -> Document:
    """Apply the reference-date order: flag, what the format gave, dateline, inferred."""
    if published is not None:
        doc.published, doc.published_source = published, "flag"
    elif doc.published is None:
        if (found := find_dateline(doc.text)) is not None:
            doc.published, doc.published_source = found, "dateline"
        elif (guess := infer_published(doc.text)) is not None:
            doc.published, doc.published_source = guess, "inferred"
    return doc


def _read_markdown(path: Path, raw: str) -> Document:
    match = _FRONT_MATTER.match(raw)
    if not match:
        return Document(text=raw, path=path)
    try:
        meta = YAML(typ="safe").load(match.group(1) or "") or {}
    except YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        raise InputError(
            [
                Problem(
                    str(path),
                    f"front matter is not valid YAML ({getattr(error, 'problem', error)})",
                    line=line,
                )
            ]
        ) from None
    if not isinstance(meta, dict):
        raise InputError(
            [
                Problem(
                    str(path),
                    "front matter must be a mapping of keys (title, published, url, source)",
                    line=2,
                )
            ]
        )
    doc = Document(
        text=raw[match.end() :],
        path=path,
        title=_str_or_none(meta.get("title")),
        url=_str_or_none(meta.get("url")),
        publisher=_str_or_none(meta.get("source") or meta.get("publisher")),
        metadata=meta,
    )
    for key in DATE_FIELDS:
        if key in meta:
            found = parse_published(meta[key])
            if found is None:
                raise InputError(
                    [
                        Problem(
                            str(path),
                            f"{meta[key]!r} is not a date (write {key}: 2019-02-19)",
                            field=key,
                        )
                    ]
                )
            doc.published, doc.published_source = found, "front-matter"
            break
    return doc


def _str_or_none(value: Any) -> str | None:
    return str(value) if value not in (None, "") else None


def _read_record(path: Path, record: Any, index: int, line: int | None) -> Document:
    if not isinstance(record, dict):
        raise InputError(
            [Problem(str(path), "a record must be a JSON object with a 'text' field", line=line)]
        )
    text = next((record[k] for k in TEXT_FIELDS if isinstance(record.get(k), str)), None)
    if text is None or not text.strip():
        raise InputError(
            [
                Problem(
                    str(path),
                    "record has no text (put the article in a 'text' field)",
                    line=line,
                    field="text",
                )
            ]
        )
    doc = Document(
        text=text,
        path=path,
        index=index,
        title=_str_or_none(record.get("title")),
        url=_str_or_none(record.get("url")),
        publisher=_str_or_none(record.get("source") or record.get("publisher")),
        metadata={k: v for k, v in record.items() if k not in TEXT_FIELDS},
    )
    for key in DATE_FIELDS:
        if record.get(key):
            found = parse_published(record[key])
            if found is None:
                raise InputError(
                    [
                        Problem(
                            str(path),
                            f'{record[key]!r} is not a date (write "{key}": "2019-02-19")',
                            line=line,
                            field=key,
                        )
                    ]
                )
            doc.published, doc.published_source = found, "record"
            break
    return doc


def _read_jsonl(path: Path, raw: str) -> Iterator[Document | Problem]:
    for number, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield Problem(
                str(path), f"not valid JSON ({error.msg})", line=number, column=error.colno
            )
            continue
        try:
            yield _read_record(path, record, number, number)
        except InputError as error:
            yield from error.problems


def _read_html(path: Path, raw: str) -> Document:
    import trafilatura
    from htmldate import find_date

    text = trafilatura.extract(
        raw, include_comments=False, include_tables=False, favor_precision=True
    )
    if not text or len(text.split()) < MIN_HTML_WORDS:
        raise InputError(
            [
                Problem(
                    str(path),
                    "no article text found in this HTML page (save the article page itself)",
                )
            ]
        )
    meta = trafilatura.extract_metadata(raw)
    doc = Document(
        text=text,
        path=path,
        title=getattr(meta, "title", None) if meta else None,
        url=getattr(meta, "url", None) if meta else None,
        publisher=getattr(meta, "sitename", None) if meta else None,
    )
    found = find_date(raw, extensive_search=False, original_date=True, outputformat="%Y-%m-%d")
    if found:
        doc.published, doc.published_source = date.fromisoformat(found), "html-metadata"
    return doc


def read_documents(path: Path, published: date | None = None) -> list[Document]:
    """Every article in one file, each with its reference date; ``InputError`` lists what is wrong."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(
                [
                    Problem(
                        str(path),
                        f"file is {size // (1024 * 1024)} MB; articles over {MAX_BYTES // (1024 * 1024)} MB are not read (split it)",
                    )
                ]
            )
        data = path.read_bytes()
    except OSError as error:
        raise InputError(
            [Problem(str(path), f"cannot read file ({error.strerror or error})")]
        ) from None
    raw = _decode(path, data)
    suffix = path.suffix.lower()
    if suffix in {".md", ".markdown"}:
        docs = [_read_markdown(path, raw)]
    elif suffix in {".html", ".htm"}:
        docs = [_read_html(path, raw)]
    elif suffix == ".jsonl":
        items = list(_read_jsonl(path, raw))
        problems = [item for item in items if isinstance(item, Problem)]
        if problems:
            raise InputError(problems)
        docs = [item for item in items if isinstance(item, Document)]
    elif suffix == ".json":
        try:
            loaded = json.loads(raw)
        except json.JSONDecodeError as error:
            raise InputError(
                [
                    Problem(
                        str(path),
                        f"not valid JSON ({error.msg})",
                        line=error.lineno,
                        column=error.colno,
                    )
                ]
            ) from None
        records = loaded if isinstance(loaded, list) else [loaded]
        docs = [
            _read_record(path, record, number, None)
            for number, record in enumerate(records, start=1)
        ]
    else:
        docs = [Document(text=raw, path=path)]
    return [_settle(doc, published) for doc in docs]


def expand_inputs(paths: list[Path]) -> tuple[list[Path], list[Problem]]:
    """The article files named by files and folders (folders: every article file inside, sorted)."""
    files: list[Path] = []
    problems: list[Problem] = []
    for path in paths:
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
            )
            if not found:
                problems.append(
                    Problem(
                        str(path),
                        f"no article files ({', '.join(ARTICLE_SUFFIXES)}) in this folder",
                    )
                )
            files.extend(found)
        elif path.exists():
            files.append(path)
        else:
            problems.append(Problem(str(path), "no such file or folder"))
    return files, problems
