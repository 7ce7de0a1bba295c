"""Score extracted events against gold timelines (the corpus's event matching rules).

A predicted event matches a gold event when its [start, end] lies inside the gold
window (or both are undated), its type is the gold type or in ``also_ok``, and
they share an actor once surface forms are mapped through the gold ``aliases``.
Matching is one-to-one and maximal, required gold events first (see ``match``).
Recall counts required gold events; a prediction matching an optional gold event
is neither right nor wrong.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

from timeline.errors import InputError, Problem
from timeline.evaluation.metrics import f1_score, ratio
from timeline.model import Event


@dataclass(frozen=True)
class GoldEvent:
    """One event of a gold timeline."""

    id: str
    type: str
    also_ok: tuple[str, ...]
    actors: frozenset[str]
    start: date | None
    end: date | None
    required: bool
    evidence: str = ""


@dataclass
class EventGold:
    """A gold file: its article, reference date, aliases and events."""

    path: Path
    article: Path
    published: date | None
    aliases: dict[str, str]
    events: list[GoldEvent]

    def canonical(self, name: str) -> str:
        """The gold's canonical name for a surface form (case-insensitive)."""
        key = name.strip().casefold()
        return self.aliases.get(key, key)


@dataclass
class DocumentScore:
    """Matches, misses and spurious predictions for one gold file."""

    gold_file: str
    article: str
    required: int
    found: int
    true_positive: int
    false_positive: int
    optional_matched: int
    misses: list[GoldEvent] = field(default_factory=list)
    spurious: list[Event] = field(default_factory=list)


@dataclass
class EventsEvaluation:
    """Scores for every gold file and in total (micro-averaged)."""

    documents: list[DocumentScore]

    def totals(self) -> dict[str, float | None]:
        """Recall of required events, precision, F1 and the counts behind them (None: 0/0)."""
        required = sum(d.required for d in self.documents)
        found = sum(d.found for d in self.documents)
        tp = sum(d.true_positive for d in self.documents)
        fp = sum(d.false_positive for d in self.documents)
        return scores(required, found, tp, fp)


def scores(required: int, found: int, tp: int, fp: int) -> dict[str, float | None]:
    """Recall, precision and F1 from counts; a score over nothing (0/0) is None, not perfect."""
    recall = ratio(found, required)
    precision = ratio(tp, tp + fp)
    f1 = f1_score(precision, recall)
    return {
        "required": required,
        "found": found,
        "tp": tp,
        "fp": fp,
        "recall": recall,
        "precision": precision,
        "f1": f1,
    }


def _day(value: Any, where: str, path: Path) -> date | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise InputError(
            [Problem(str(path), f"{value!r} is not a date (write 2019-02-03)", field=where)]
        ) from None


def _check_gold_keys(raw: object, path: Path) -> dict[str, Any]:
    """The gold mapping, or an ``InputError`` naming the keys an events gold file needs."""
    if not isinstance(raw, dict):
        raise InputError(
            [
                Problem(
                    str(path),
                    "not an events gold file: expected a mapping with article: and events:",
                )
            ]
        )
    missing = [key for key in ("article", "events") if key not in raw]
    if missing:
        keys = " and ".join(f"{key}:" for key in missing)
        raise InputError(
            [Problem(str(path), f"not an events gold file: no {keys} (see the corpus README)")]
        )
    if not isinstance(raw["events"], list):
        raise InputError([Problem(str(path), "a list of gold events", field="events")])
    return raw


def _gold_event(item: object, index: int, aliases: dict[str, str], path: Path) -> GoldEvent:
    where = f"events[{index}]"
    if not isinstance(item, dict):
        raise InputError(
            [Problem(str(path), "expected a mapping with type: and actors:", field=where)]
        )
    if "type" not in item:
        raise InputError([Problem(str(path), "no type: (the gold event type)", field=where)])
    when = item.get("date")
    start = end = None
    if isinstance(when, dict):
        start = _day(when.get("start"), f"{where}.date.start", path)
        end = _day(when.get("end", when.get("start")), f"{where}.date.end", path)
    elif when is not None:
        start = end = _day(when, f"{where}.date", path)
    return GoldEvent(
        id=str(item.get("id", index)),
        type=str(item["type"]),
        also_ok=tuple(str(t) for t in item.get("also_ok") or ()),
        actors=frozenset(
            aliases.get(str(a).casefold(), str(a).casefold()) for a in item.get("actors") or ()
        ),
        start=start,
        end=end,
        required=bool(item.get("required", True)),
        evidence=str(item.get("evidence", "")),
    )


def _read_yaml(path: Path) -> object:
    try:
        return YAML(typ="safe").load(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, YAMLError) as error:
        reason = getattr(error, "strerror", None) or error.__class__.__name__
        raise InputError([Problem(str(path), f"cannot read gold file ({reason})")]) from None


def load_event_gold(path: Path) -> EventGold:
    """Read one gold file; ``InputError`` says what is wrong with it."""
    raw = _check_gold_keys(_read_yaml(path), path)
    if not isinstance(raw.get("aliases") or {}, dict):
        raise InputError(
            [Problem(str(path), "a mapping of canonical name to forms", field="aliases")]
        )
    aliases: dict[str, str] = {}
    for canonical, forms in (raw.get("aliases") or {}).items():
        for form in [canonical, *(forms or [])]:
            aliases[str(form).strip().casefold()] = str(canonical).strip().casefold()
    events = [_gold_event(item, i, aliases, path) for i, item in enumerate(raw["events"])]
    article = path.parent.parent / "articles" / str(raw["article"])
    published = _day(raw.get("published"), "published", path)
    return EventGold(
        path=path, article=article, published=published, aliases=aliases, events=events
    )


def _is_dates_only_gold(path: Path) -> bool:
    """Whether ``path`` is a gold file for ``eval dates`` only (article: and timexes:, no events:)."""
    try:
        raw = _read_yaml(path)
    except InputError:
        return False
    return isinstance(raw, dict) and "article" in raw and "timexes" in raw and "events" not in raw


def gold_files(paths: list[Path]) -> list[Path]:
    """The events gold files named by files and folders.

    A folder gives every ``*.yaml``/``*.yml`` below it, except gold files made for
    ``eval dates`` only; a folder with none is an error, so "no gold" never scores.
    """
    out: list[Path] = []
    problems: list[Problem] = []
    for path in paths:
        if not path.is_dir():
            out.append(path)
            continue
        found = sorted(
            p
            for p in (*path.rglob("*.yaml"), *path.rglob("*.yml"))
            if p.is_file() and not p.name.startswith(".") and not _is_dates_only_gold(p)
        )
        if not found:
            problems.append(
                Problem(
                    str(path),
                    "no events gold files under this folder (YAML with article: and events:)",
                )
            )
        out.extend(found)
    if problems:
        raise InputError(problems)
    return out


def _pair_score(gold: EventGold, g: GoldEvent, event: Event) -> tuple[int, ...] | None:
    if event.type != g.type and event.type not in g.also_ok:
        return None
    if g.start is None or g.end is None:
        if event.date is not None:
            return None
        width = 0
    else:
        if event.date is None or not (g.start <= event.date.start and event.date.end <= g.end):
            return None
        width = (event.date.end - event.date.start).days
    names = {gold.canonical(a.name) for a in event.actors}
    for actor in event.actors:
        names |= {gold.canonical(alias) for alias in actor.aliases}
    shared = len(names & g.actors)
    if not shared:
        return None
    # a prediction that fits a required and an optional gold event is credited to the required one
    return (int(event.type == g.type), int(g.required), shared, -width)


def match(gold: EventGold, predicted: list[Event]) -> tuple[dict[int, int], list[int]]:
    """One-to-one matching: gold index -> prediction index, and the unmatched predictions.

    As many required gold events as possible are matched, then as many optional ones
    (augmenting paths, so a prediction that fits two gold events never leaves the
    other unmatched when another prediction could take it); each gold event tries
    its best-fitting predictions first.
    """
    options: dict[int, list[int]] = {}
    for gi, g in enumerate(gold.events):
        scored = []
        for pi, event in enumerate(predicted):
            found = _pair_score(gold, g, event)
            if found is not None:
                scored.append((found, -pi, pi))
        options[gi] = [pi for *_, pi in sorted(scored, reverse=True)]
    owner: dict[int, int] = {}  # prediction index -> gold index

    def assign(gi: int, seen: set[int]) -> bool:
        for pi in options[gi]:
            if pi in seen:
                continue
            seen.add(pi)
            if pi not in owner or assign(owner[pi], seen):
                owner[pi] = gi
                return True
        return False

    order = sorted(range(len(gold.events)), key=lambda gi: (not gold.events[gi].required, gi))
    for gi in order:
        assign(gi, set())
    matched = {gi: pi for pi, gi in owner.items()}
    return matched, [pi for pi in range(len(predicted)) if pi not in owner]


def score_document(gold: EventGold, predicted: list[Event]) -> DocumentScore:
    """Score one article's predictions against its gold events."""
    matched, unmatched = match(gold, predicted)
    required = [i for i, g in enumerate(gold.events) if g.required]
    found = [i for i in required if i in matched]
    return DocumentScore(
        gold_file=str(gold.path),
        article=str(gold.article),
        required=len(required),
        found=len(found),
        true_positive=len(found),
        false_positive=len(unmatched),
        optional_matched=len([i for i in matched if not gold.events[i].required]),
        misses=[gold.events[i] for i in required if i not in matched],
        spurious=[predicted[i] for i in unmatched],
    )


def evaluate_events(
    paths: list[Path], extractor: Callable[[str, date | None, str], list[Event]] | None = None
) -> EventsEvaluation:
    """Run the extractor on each gold file's article and score it."""
    if extractor is None:
        from timeline.extract import extract

        def extractor(text: str, published: date | None, name: str) -> list[Event]:
            return extract(text, published, document=name)

    loaded: list[tuple[EventGold, str]] = []
    problems: list[Problem] = []
    for path in gold_files(paths):
        try:
            gold = load_event_gold(path)
            loaded.append((gold, _article_text(gold)))
        except InputError as error:
            problems.extend(error.problems)
    if problems:
        raise InputError(problems)
    return EventsEvaluation(
        [
            score_document(gold, extractor(text, gold.published, str(gold.article)))
            for gold, text in loaded
        ]
    )


def _article_text(gold: EventGold) -> str:
    try:
        return gold.article.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or error.__class__.__name__
        raise InputError(
            [
                Problem(
                    str(gold.path),
                    f"article {gold.article} not readable ({reason})",
                    field="article",
                )
            ]
        ) from None
