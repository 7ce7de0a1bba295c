"""Benchmark: our temporal tagger against ``dateparser.search.search_dates`` on the corpus articles.

Run as ``python benchmarks/bench_dates.py``. Prints, side by side, value F1 and
relaxed F1 (TempEval-3 rules, every gold set of tests/data/corpus), documents
and tokens per second on one core, peak memory (tracemalloc: "cold" started
before the tagger's word lists and patterns are loaded, so it counts them;
"warm" started after a warm-up, so it counts only the work per document), the
time each takes on one 600-word article, then how our tagger's time grows from
a 10 kB to a 1 MB text (best of several runs each; linearity ratio: 1.00 when
the cost is linear in the length), the process's peak RSS and the load average.
Timings on a busy machine are noisy: the script warns when the load average is
high or the 10 kB -> 1 MB ratio is above 100x. ``tests/temporal/test_work.py``
checks linearity exactly, by counting steps.
"""

from __future__ import annotations

import os
import re
import resource
import time
import tracemalloc
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path

from dateparser.search import search_dates

from timeline.evaluation.dates import Counts, score_document
from timeline.evaluation.gold import gold_files, load_gold_document, load_timexes
from timeline.temporal import Timex, find_dates, tense
from timeline.temporal import anchors as temporal_anchors
from timeline.temporal import lexicon as temporal_lexicon
from timeline.temporal import narrative as temporal_narrative
from timeline.temporal import patterns as temporal_patterns

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "data" / "corpus"
GOLD_DIRS = [CORPUS / "gold", CORPUS / "meantime-apple" / "gold", CORPUS / "wikinews-dev" / "gold"]
Tagger = Callable[[str, date | None], list[Timex]]
#: The length of a typical news article, for the per-article timing.
WORDS_PER_ARTICLE = 600
#: Above this load average (per core) timings are unreliable.
BUSY_LOAD = 1.2
#: Above this 10 kB -> 1 MB time ratio (100x the text) the tagger looks superlinear.
RATIO_LIMIT = 100


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
    return {
        "value F1": total.value_f1,
        "relaxed F1": total.relaxed_f1,
        "docs/s": len(docs) / elapsed,
        "tokens/s": tokens / elapsed,
        "warm peak MB": peak_mb(tagger, docs),
    }


def peak_mb(tagger: Tagger, docs: Sequence[tuple[str, date | None, object]]) -> float:
    """Peak traced memory (MB) of one pass of ``tagger`` over the documents, tracing from now."""
    tracemalloc.start()
    try:
        for text, ref, _ in docs:
            tagger(text, ref)
        return tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()


def forget_our_data() -> None:
    """Drop our tagger's loaded word lists and compiled patterns, so the next call loads them."""
    for cached in (
        temporal_lexicon.lexicon,
        temporal_patterns.patterns,
        temporal_anchors.starts,
        temporal_narrative.clause_break,
        tense._cues,
        tense._relative_clause,
    ):
        cached.cache_clear()
    re.purge()


def rss_mb() -> float:
    """This process's peak resident set size so far, in MB (ru_maxrss is in kB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def load_per_core() -> float:
    """The one-minute load average divided by the number of cores."""
    return os.getloadavg()[0] / (os.cpu_count() or 1)


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
    """Seconds our tagger takes on about 10 kB and about 1 MB of news text (best of several runs)."""
    sample = sample_text()
    small = (sample * (10_000 // len(sample) + 1))[:10_000]
    large = (sample * (1_000_000 // len(sample) + 1))[:1_000_000]
    find_dates(small, reference)
    return best_time(find_dates, small, reference, 30), best_time(find_dates, large, reference, 5)


def main() -> None:
    """Run both taggers and print the comparison table."""
    docs = load_corpus()
    load_before = load_per_core()
    forget_our_data()
    ours_cold = peak_mb(find_dates, docs)  # the word lists and patterns are loaded inside
    theirs_cold = peak_mb(dateparser_tagger, docs)  # dateparser's first use loads its language data
    ours = measure(find_dates, docs)
    rss_ours = rss_mb()
    theirs = measure(dateparser_tagger, docs)
    ours["cold peak MB"], theirs["cold peak MB"] = ours_cold, theirs_cold
    print(f"{len(docs)} documents, {sum(len(t.split()) for t, _, _ in docs)} tokens, one core\n")
    print(f"{'':14}{'timeline':>14}{'dateparser':>14}")
    for key in ours:
        print(f"{key:14}{ours[key]:>14.3f}{theirs[key]:>14.3f}")
    print(f"{'speed-up':14}{ours['docs/s'] / theirs['docs/s']:>14.1f}x")
    reference = date(2019, 2, 19)
    article = article_of(WORDS_PER_ARTICLE)
    find_dates(article, reference)
    ours_ms = best_time(find_dates, article, reference, 50) * 1000
    theirs_ms = best_time(dateparser_tagger, article, reference, 5) * 1000
    print(f"{f'ms/{WORDS_PER_ARTICLE} words':14}{ours_ms:>14.2f}{theirs_ms:>14.2f}")
    small, large = scaling(reference)
    ratio = large / small
    print(
        f"\nscaling (best of 30 / 5 runs): 10 kB {small * 1000:.1f} ms, 1 MB {large * 1000:.0f} ms: "
        f"{ratio:.0f}x for 100x the text (linearity ratio {ratio / 100:.2f}, 1.00 = linear)"
    )
    print(
        "memory: cold peak = tracemalloc started before our word lists and patterns load; "
        "warm peak = started after warm-up (work per document only)"
    )
    print(f"peak RSS: {rss_ours:.0f} MB after our tagger, {rss_mb():.0f} MB after dateparser too")
    load = max(load_before, load_per_core())
    print(f"load average per core: {load:.2f} ({os.cpu_count()} cores)")
    if load > BUSY_LOAD:
        print(f"WARNING: load average per core {load:.2f} > {BUSY_LOAD}: timings are unreliable")
    if ratio > RATIO_LIMIT:
        print(
            f"WARNING: 10 kB -> 1 MB ratio {ratio:.0f}x > {RATIO_LIMIT}x; "
            + ("rerun on an idle machine" if load > BUSY_LOAD else "the tagger looks superlinear")
        )


if __name__ == "__main__":
    main()
