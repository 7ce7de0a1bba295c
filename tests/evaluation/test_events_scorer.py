"""The events scorer: matching rules, and the shipped example and dev set."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from timeline.evaluation.events import evaluate_events, load_event_gold, score_document
from timeline.model import Event

CORPUS = Path(__file__).parents[1] / "data" / "corpus"
EXAMPLE = CORPUS / "gold" / "2019-02-trump-kim-second-summit.yaml"


def _event(kind: str, start: str | None, actors: list[str]) -> Event:
    when = {"start": start, "end": start} if start else None
    return Event(title="t", type=kind, date=when, actors=actors)  # type: ignore[arg-type]


def test_matching_rules_window_type_alias() -> None:
    gold = load_event_gold(EXAMPLE)
    hits = [
        _event("statement", "2019-02-12", ["Abrams"]),
        _event("meeting", "2019-01-25", ["Russia"]),
        _event("visit", "2019-02-12", ["Nobody"]),
    ]
    score = score_document(gold, hits)
    assert score.true_positive == 2 and score.false_positive == 1
    assert [e.type for e in score.spurious] == ["visit"]


def test_optional_match_is_neither_tp_nor_fp() -> None:
    gold = load_event_gold(EXAMPLE)
    score = score_document(gold, [_event("statement", None, ["Mike Pompeo"])])
    assert (score.true_positive, score.false_positive, score.optional_matched) == (0, 0, 1)


def test_example_targets() -> None:
    evaluation = evaluate_events([EXAMPLE])
    doc = evaluation.documents[0]
    assert doc.found == doc.required == 8, [m.id for m in doc.misses]
    assert evaluation.totals()["precision"] >= 0.85


def test_dev_set_scores() -> None:
    evaluation = evaluate_events([CORPUS / "wikinews-dev" / "gold"])
    assert len(evaluation.documents) == 3
    assert evaluation.totals()["f1"] >= 0.75


def test_custom_extractor_is_used() -> None:
    evaluation = evaluate_events([EXAMPLE], lambda text, published, name: [])
    assert (
        evaluation.totals()["recall"] == 0.0
        and date(2019, 2, 19) == load_event_gold(EXAMPLE).published
    )


def test_matching_is_one_to_one_and_maximal(tmp_path: Path) -> None:
    # a day inside a month fits both gold events; the month only fits the month: both match
    article = tmp_path / "a.txt"
    article.write_text("Title\n\nThe government fell in June. The premier quit on June 12.\n")
    gold_file = tmp_path / "a.yaml"
    gold_file.write_text(
        "article: a.txt\npublished: 2025-10-14\naliases: {}\nevents:\n"
        "  - {id: fell, date: {start: 2025-06-01, end: 2025-06-30}, type: other, actors: [X]}\n"
        "  - {id: quit, date: {start: 2025-06-12, end: 2025-06-12}, type: other, actors: [X]}\n"
    )
    gold = load_event_gold(gold_file)
    month = Event(
        title="fell",
        type="other",
        date={"start": "2025-06-01", "end": "2025-06-30"},  # type: ignore[arg-type]
        actors=["X"],  # type: ignore[list-item]
    )
    day = _event("other", "2025-06-12", ["X"])
    for predicted in ([day, month], [month, day]):
        score = score_document(gold, predicted)
        assert (score.true_positive, score.false_positive) == (2, 0)
    # one prediction is credited once, however many gold events it fits
    score = score_document(gold, [day])
    assert (score.true_positive, score.false_positive, len(score.misses)) == (1, 0, 1)
