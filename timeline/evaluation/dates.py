"""Scoring temporal expressions against gold, with the TempEval-3 rules.

Relaxed match: spans overlap; strict match: identical spans. Value and type
are compared over relaxed matches; value F1 = value accuracy x relaxed F1.
Gold items marked ``required: false`` are optional: a prediction overlapping
one is neither a true nor a false positive, and missing one costs nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from timeline.errors import InputError, Problem
from timeline.evaluation.gold import GoldTimex, gold_files, load_gold_document, load_timexes
from timeline.evaluation.metrics import f1_score, ratio
from timeline.temporal import Timex, find_dates

Tagger = Callable[[str, date | None], list[Timex]]


def _weighted(accuracy: float | None, f1: float | None) -> float | None:
    """Accuracy over relaxed matches times relaxed F1 (0 when nothing matched at all)."""
    if f1 is None:
        return None
    if f1 == 0.0:
        return 0.0
    return (accuracy or 0.0) * f1


@dataclass
class Counts:
    """Match counts for one document or a whole gold set, and the scores they give."""

    gold: int = 0
    predicted: int = 0
    relaxed: int = 0
    strict: int = 0
    value: int = 0
    type: int = 0

    def add(self, other: Counts) -> None:
        """Add another document's counts to these."""
        for name in ("gold", "predicted", "relaxed", "strict", "value", "type"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def relaxed_precision(self) -> float | None:
        return ratio(self.relaxed, self.predicted)

    @property
    def relaxed_recall(self) -> float | None:
        return ratio(self.relaxed, self.gold)

    @property
    def relaxed_f1(self) -> float | None:
        return f1_score(self.relaxed_precision, self.relaxed_recall)

    @property
    def strict_precision(self) -> float | None:
        return ratio(self.strict, self.predicted)

    @property
    def strict_recall(self) -> float | None:
        return ratio(self.strict, self.gold)

    @property
    def strict_f1(self) -> float | None:
        return f1_score(self.strict_precision, self.strict_recall)

    @property
    def value_accuracy(self) -> float | None:
        return ratio(self.value, self.relaxed)

    @property
    def value_f1(self) -> float | None:
        return _weighted(self.value_accuracy, self.relaxed_f1)

    @property
    def type_f1(self) -> float | None:
        return _weighted(ratio(self.type, self.relaxed), self.relaxed_f1)

    def scores(self) -> dict[str, float | None]:
        """The scores as a flat mapping (for JSON and tables); None where nothing was scored."""
        return {
            "strict_precision": self.strict_precision,
            "strict_recall": self.strict_recall,
            "strict_f1": self.strict_f1,
            "relaxed_precision": self.relaxed_precision,
            "relaxed_recall": self.relaxed_recall,
            "relaxed_f1": self.relaxed_f1,
            "value_f1": self.value_f1,
            "type_f1": self.type_f1,
        }


@dataclass(frozen=True)
class Mismatch:
    """One error worth looking at: a missed gold item, a spurious prediction or a wrong value."""

    kind: str  # "missed", "spurious", "value", "type"
    text: str
    start: int
    expected: str | None
    got: str | None


@dataclass
class DocumentScore:
    """The counts and errors of one gold document."""

    gold_file: str
    article: str
    published: date | None
    counts: Counts
    mismatches: list[Mismatch] = field(default_factory=list)


@dataclass
class DatesEvaluation:
    """Every document's score and the micro-averaged total."""

    documents: list[DocumentScore]
    total: Counts


def _overlaps(span: tuple[int, int], timex: Timex) -> bool:
    return span[0] < timex.end and timex.start < span[1]


def score_document(gold: list[GoldTimex], predicted: list[Timex]) -> tuple[Counts, list[Mismatch]]:
    """Match predictions to gold one-to-one and count, following the TempEval-3 rules."""
    counts = Counts()
    mismatches: list[Mismatch] = []
    used: set[int] = set()
    required = [g for g in gold if g.required]
    counts.gold = len(required)
    for g in required:
        options = [
            (i, p)
            for i, p in enumerate(predicted)
            if i not in used and any(_overlaps(s, p) for s in g.spans())
        ]
        if not options:
            mismatches.append(Mismatch("missed", g.text, g.start, g.value, None))
            continue

        def rank(option: tuple[int, Timex], g: GoldTimex = g) -> tuple[bool, bool, int]:
            p = option[1]
            exact = (p.start, p.end) in g.spans()
            right = p.value == g.value or p.value in g.alternative_values
            overlap = min(p.end, g.end) - max(p.start, g.start)
            return exact, right, overlap

        index, p = max(options, key=rank)
        used.add(index)
        counts.relaxed += 1
        counts.strict += (p.start, p.end) in g.spans()
        if p.value == g.value or p.value in g.alternative_values:
            counts.value += 1
        else:
            mismatches.append(Mismatch("value", p.text, p.start, g.value, p.value))
        if p.type == g.type:
            counts.type += 1
        else:
            mismatches.append(Mismatch("type", p.text, p.start, g.type, p.type))
    optional = [g for g in gold if not g.required]
    for i, p in enumerate(predicted):
        if i in used:
            counts.predicted += 1
            continue
        if any(_overlaps(s, p) for g in optional for s in g.spans()):
            continue
        counts.predicted += 1
        mismatches.append(Mismatch("spurious", p.text, p.start, None, p.value))
    return counts, mismatches


def evaluate_dates(path: Path, tagger: Tagger = find_dates) -> DatesEvaluation:
    """Score ``tagger`` over the gold file or directory at ``path``."""
    documents: list[DocumentScore] = []
    total = Counts()
    loaded = []
    problems: list[Problem] = []
    for gold_path in gold_files(path):
        try:
            doc = load_gold_document(gold_path)
            loaded.append((gold_path, doc, load_timexes(doc)))
        except InputError as error:
            problems.extend(error.problems)
    if problems:
        raise InputError(problems)
    for gold_path, doc, gold in loaded:
        counts, mismatches = score_document(gold, tagger(doc.text, doc.published))
        total.add(counts)
        documents.append(
            DocumentScore(gold_path.name, doc.article_path.name, doc.published, counts, mismatches)
        )
    return DatesEvaluation(documents, total)


def evaluation_rows(evaluation: DatesEvaluation) -> Iterable[tuple[str, Counts]]:
    """(name, counts) rows: one per document, then the total."""
    for doc in evaluation.documents:
        yield doc.gold_file, doc.counts
    yield "TOTAL", evaluation.total
