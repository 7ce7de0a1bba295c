"""Benchmark: our temporal tagger against ``dateparser.search.search_dates`` on the corpus articles.

Run as ``python benchmarks/bench_dates.py``. Prints, side by side, value F1 and
relaxed F1 (TempEval-3 rules, every gold set of tests/data/corpus), documents
and tokens per second on one core, peak memory (tracemalloc), the time each
takes on one 600-word article, then how our tagger's time grows from a 10 kB to
a 1 MB text (linearity ratio: 1.00 when the cost is linear in the length).
"""

from __future__ import annotations

import re
import time
import tracemalloc
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from dateparser.search import search_dates

from timeline.evaluation.dates import Counts, score_document
from timeline.evaluation.gold import gold_files, load_gold_document, load_timexes
from timeline.temporal import Timex, find_dates

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "data" / "corpus"
GOLD_DIRS = [CORPUS / "gold", CORPUS / "meantime-apple" / "gold", CORPUS / "wikinews-dev" / "gold"]
Tagger = Callable[[str, date | None], list[Timex]]
#: The length of a typical news article, for the per-article timing.
WORDS_PER_ARTICLE = 600


def dateparser_tagger(text: str, reference: date | None) -> list[Timex]:
    """dateparser's search_dates as a tagger: spans found in order, every value a day."""
    settings: dict[str, object] = {}
    if reference is not None:
        settings["RELATIVE_BASE"] = datetime(reference.year, reference.month, reference.day)
    found = search_dates(text, languages=["en"], settings=settings) or []  # type: ignore[arg-type]
    timexes: list[Timex] = []
    position = 0
    for phrase, moment in found:
        start = text.find(phrase, position)
        if start < 0:
            continue
        position = start + len(phrase)
        timexes.append(Timex(phrase, start, position, "DATE", moment.date().isoformat()))
    return timexes


def load_corpus() -> list[tuple[str, date | None, list]]:  # type: ignore[type-arg]
    """(text, reference, gold timexes) for every gold file."""
    docs = []
    for directory in GOLD_DIRS:
        for path in gold_files(directory):
            doc = load_gold_document(path)
            docs.append((doc.text, doc.published, load_timexes(doc)))
    return docs


def measure(tagger: Tagger, docs: list[tuple[str, date | None, list]]) -> dict[str, float]:  # type: ignore[type-arg]
    """Scores, speed and peak memory of one tagger over the documents."""
    total = Counts()
    started = time.perf_counter()
    outputs = [tagger(text, ref) for text, ref, _ in docs]
    elapsed = time.perf_counter() - started
    for (_, _, gold), predicted in zip(docs, outputs, strict=True):
        counts, _ = score_document(gold, predicted)
        total.add(counts)
    tokens = sum(len(text.split()) for text, _, _ in docs)
    tracemalloc.start()
    for text, ref, _ in docs:
        tagger(text, ref)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return {
        "value F1": total.value_f1,
        "relaxed F1": total.relaxed_f1,
        "docs/s": len(docs) / elapsed,
        "tokens/s": tokens / elapsed,
        "peak MB": peak / 1e6,
    }


def sample_text() -> str:
    """A long news article of the corpus, used for the per-article and scaling timings."""
    return (CORPUS / "articles" / "2019-02-trump-kim-second-summit.txt").read_text(encoding="utf-8")


def best_time(tagger: Tagger, text: str, reference: date, repeat: int) -> float:
    """The fastest of ``repeat`` runs of ``tagger`` on ``text``, in seconds."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        tagger(text, reference)
        times.append(time.perf_counter() - started)
    return min(times)


def article_of(words: int) -> str:
    """The first ``words`` words of the sample article, its layout kept."""
    sample = sample_text()
    ends = [m.end() for m in re.finditer(r"\S+", sample)]
    return sample[: ends[min(words, len(ends)) - 1]]


def scaling(reference: date) -> tuple[float, float]:
    """Seconds our tagger takes on about 10 kB and about 1 MB of news text (best of a few runs)."""
    sample = sample_text()
    small = (sample * (10_000 // len(sample) + 1))[:10_000]
    large = (sample * (1_000_000 // len(sample) + 1))[:1_000_000]
    find_dates(small, reference)
    return best_time(find_dates, small, reference, 20), best_time(find_dates, large, reference, 3)


def main() -> None:
    """Run both taggers and print the comparison table."""
    docs = load_corpus()
    find_dates("warm up on 3 March 2019", date(2019, 3, 4))  # compile patterns outside the timing
    ours = measure(find_dates, docs)
    theirs = measure(dateparser_tagger, docs)
    print(f"{len(docs)} documents, {sum(len(t.split()) for t, _, _ in docs)} tokens, one core\n")
    print(f"{'':12}{'timeline':>14}{'dateparser':>14}")
    for key in ours:
        print(f"{key:12}{ours[key]:>14.3f}{theirs[key]:>14.3f}")
    print(f"{'speed-up':12}{ours['docs/s'] / theirs['docs/s']:>14.1f}x")
    reference = date(2019, 2, 19)
    article = article_of(WORDS_PER_ARTICLE)
    find_dates(article, reference)
    ours_ms = best_time(find_dates, article, reference, 50) * 1000
    theirs_ms = best_time(dateparser_tagger, article, reference, 5) * 1000
    print(f"{f'ms/{WORDS_PER_ARTICLE} words':12}{ours_ms:>14.2f}{theirs_ms:>14.2f}")
    small, large = scaling(reference)
    print(
        f"\nscaling: 10 kB {small * 1000:.1f} ms, 1 MB {large * 1000:.0f} ms: "
        f"{large / small:.0f}x for 100x the text (linearity ratio {large / small / 100:.2f}, 1.00 = linear)"
    )


if __name__ == "__main__":
    main()
