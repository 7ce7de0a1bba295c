"""Gold annotation files: loading them, finding their articles, locating gold spans.

A gold file is YAML with ``article:`` (a file in the sibling ``articles/``
folder), ``published:`` (the reference date) and lists such as ``timexes:``
and ``events:``. Functions named for timexes read only the temporal part, so
the event scorer can read the same files its own way.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

from timeline.errors import InputError, Problem


@dataclass(frozen=True)
class GoldDocument:
    """One gold file with its article text and reference date."""

    gold_path: Path
    article_path: Path
    text: str
    published: date | None
    data: dict[str, Any]


@dataclass(frozen=True)
class GoldTimex:
    """One gold temporal expression, located in its article."""

    text: str
    start: int
    end: int
    type: str
    value: str
    mod: str | None
    required: bool
    alternative_spans: tuple[tuple[int, int], ...]
    alternative_values: tuple[str, ...]

    def spans(self) -> tuple[tuple[int, int], ...]:
        """The main span and every span that also counts."""
        return ((self.start, self.end), *self.alternative_spans)


def gold_files(path: Path) -> list[Path]:
    """The gold YAML files at ``path``: the file itself, or every ``*.yaml`` in a directory."""
    if path.is_dir():
        found = sorted(path.glob("*.yaml")) + sorted(path.glob("*.yml"))
        if not found:
            raise InputError([Problem(str(path), "no *.yaml gold files in this directory")])
        return found
    if not path.exists():
        raise InputError([Problem(str(path), "no such file or directory")])
    return [path]


def _as_date(value: object) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def load_gold_document(path: Path) -> GoldDocument:
    """Read a gold file and its article (looked up in the sibling ``articles/`` folder)."""
    try:
        data = YAML(typ="safe").load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, YAMLError) as error:
        raise InputError(
            [Problem(str(path), f"cannot read gold file ({error.__class__.__name__})")]
        ) from error
    if not isinstance(data, dict):
        raise InputError(
            [Problem(str(path), "not a gold file: expected a mapping with article: and timexes:")]
        )
    missing = [key for key in ("article", "timexes") if key not in data]
    if missing:
        keys = " and ".join(f"{key}:" for key in missing)
        raise InputError(
            [Problem(str(path), f"not a dates gold file: no {keys} (see the corpus README)")]
        )
    if not isinstance(data["timexes"], list):
        raise InputError([Problem(str(path), "a list of gold timexes", field="timexes")])
    article = path.parent.parent / "articles" / str(data["article"])
    if not article.exists():
        article = path.parent / str(data["article"])
    try:
        text = article.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(
            [Problem(str(path), f"article: cannot read {article} ({error.__class__.__name__})")]
        ) from error
    try:
        published = _as_date(data.get("published"))
    except ValueError as error:
        raise InputError(
            [
                Problem(
                    str(path),
                    f"published: {data.get('published')!r} is not a date (write YYYY-MM-DD)",
                )
            ]
        ) from error
    return GoldDocument(path, article, text, published, data)


def locate(text: str, needle: str, occurrence: int = 1) -> tuple[int, int] | None:
    """The span of the ``occurrence``-th (1-based) appearance of ``needle`` in ``text``."""
    position = -1
    for _ in range(max(occurrence, 1)):
        position = text.find(needle, position + 1)
        if position < 0:
            return None
    return position, position + len(needle)


def _nearest(text: str, needle: str, around: tuple[int, int]) -> tuple[int, int] | None:
    """The appearance of ``needle`` overlapping ``around``, else the nearest one."""
    best: tuple[int, tuple[int, int]] | None = None
    position = text.find(needle)
    while position >= 0:
        span = (position, position + len(needle))
        distance = (
            0
            if span[0] < around[1] and around[0] < span[1]
            else min(abs(span[0] - around[1]), abs(around[0] - span[1]))
        )
        if best is None or distance < best[0]:
            best = (distance, span)
        position = text.find(needle, position + 1)
    return best[1] if best else None


def load_timexes(doc: GoldDocument) -> list[GoldTimex]:
    """The gold timexes of a document, each located in the article text."""
    problems: list[Problem] = []
    found: list[GoldTimex] = []
    for index, item in enumerate(doc.data.get("timexes") or []):
        where = f"timexes[{index}]"
        if not isinstance(item, dict) or "text" not in item:
            problems.append(
                Problem(str(doc.gold_path), "expected a mapping with text: and value:", field=where)
            )
            continue
        needle = str(item.get("text", ""))
        span = locate(doc.text, needle, int(item.get("occurrence", 1))) if needle else None
        if span is None:
            problems.append(
                Problem(
                    str(doc.gold_path),
                    f"{needle!r} not found in {doc.article_path.name}",
                    field=where,
                )
            )
            continue
        alternatives = tuple(
            alt
            for other in item.get("also_ok_text") or []
            if (alt := _nearest(doc.text, str(other), span)) is not None
        )
        found.append(
            GoldTimex(
                text=needle,
                start=span[0],
                end=span[1],
                type=str(item.get("type", "DATE")),
                value=str(item.get("value", "")),
                mod=item.get("mod"),
                required=bool(item.get("required", True)),
                alternative_spans=alternatives,
                alternative_values=tuple(str(v) for v in item.get("also_ok_value") or []),
            )
        )
    if problems:
        raise InputError(problems)
    return found
