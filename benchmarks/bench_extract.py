"""Articles per second for event extraction, on one core and with --jobs 2.

    python benchmarks/bench_extract.py [--copies 40]

Replicates the corpus articles into a temporary folder and prints a table: the
whole pipeline (temporal tagging included) and extraction alone (dates found once
beforehand), so the cost of each stage is visible; then the whole pipeline on
~600-word articles (each corpus article lengthened with paragraphs of the others),
the length of a typical news story, and every invented article once (no text repeated, so
no cache keyed by a text helps). Each rate is the best of ``--repeat`` runs
(3 by default), as ``timeit`` reports, so that a busy machine does not decide it.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from unittest import mock

from timeline.documents import read_documents
from timeline.extract import extract_document, extract_files

CORPUS = Path(__file__).parents[1] / "tests" / "data" / "corpus"
#: The invented news sets: hundreds of different articles, so that no cache keyed by a
#: text or a phrase of it (the ``re`` module's among them) sees the same one twice.
INVENTED = Path(__file__).parents[1] / "tests" / "data" / "extract"


def articles() -> list[Path]:
    """The corpus articles with events gold: the worked example and the dev set."""
    return [
        *sorted((CORPUS / "articles").glob("*.txt")),
        *sorted((CORPUS / "wikinews-dev" / "articles").glob("*.txt")),
    ]


def distinct_articles() -> list[Path]:
    """Every invented article once: news of realistic length, none repeated."""
    return sorted(INVENTED.glob("invented*/articles/*.txt"))


def long_articles(target: int = 600) -> list[str]:
    """Each corpus article cut or lengthened (with paragraphs of the others) to about ``target`` words."""
    texts = [path.read_text(encoding="utf-8") for path in articles()]
    paragraphs = [line for text in texts for line in text.splitlines()[2:] if line.strip()]
    out = []
    for number, text in enumerate(texts):
        lines, words = [], 0
        for line in text.rstrip().splitlines():
            if words >= target:
                break
            lines.append(line)
            words += len(line.split())
        extra = number * 7
        while words < target:
            paragraph = paragraphs[extra % len(paragraphs)]
            lines.append(paragraph)
            words += len(paragraph.split())
            extra += 1
        out.append("\n".join(lines) + "\n")
    return out


def best_rate(count: int, run: Callable[[], object], repeat: int) -> float:
    """Items per second of the fastest of ``repeat`` runs of ``run`` over ``count`` items."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return count / best


def main() -> None:
    """Run the benchmark and print the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--copies", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        files = []
        for copy in range(args.copies):
            for path in articles():
                target = Path(folder) / f"{copy:04d}-{path.name}"
                shutil.copy(path, target)
                files.append(target)
        extract_files(files[:1])  # load the dictionaries and patterns before timing
        rows = []
        for jobs in (1, 2):
            rate = best_rate(len(files), partial(extract_files, files, jobs=jobs), args.repeat)
            rows.append((f"pipeline, --jobs {jobs}", rate))
        docs = [doc for path in articles() for doc in read_documents(path)]
        from timeline.temporal import find_dates

        cached = {doc.text: find_dates(doc.text, doc.published) for doc in docs}
        with mock.patch("timeline.temporal.find_dates", lambda text, ref: cached[text]):

            def extract_all() -> None:
                for _ in range(args.copies):
                    for doc in docs:
                        extract_document(doc)

            rate = best_rate(args.copies * len(docs), extract_all, args.repeat)
            rows.append(("extraction only (dates precomputed), 1 core", rate))
        long_files = []
        for copy in range(args.copies):
            for number, text in enumerate(long_articles()):
                target = Path(folder) / "long" / f"{copy:04d}-{number:03d}.txt"
                target.parent.mkdir(exist_ok=True)
                target.write_text(text, encoding="utf-8")
                long_files.append(target)
        long_rate = best_rate(
            len(long_files), lambda: extract_files(long_files, jobs=1), args.repeat
        )
        distinct = distinct_articles()
        distinct_rate = best_rate(
            len(distinct), lambda: extract_files(distinct, jobs=1), args.repeat
        )
    distinct_words = sum(len(p.read_text(encoding="utf-8").split()) for p in distinct) / max(
        len(distinct), 1
    )
    rows.append((f"pipeline, --jobs 1, {len(distinct)} distinct articles", distinct_rate))
    words = sum(len(doc.text.split()) for doc in docs) / len(docs)
    long_words = sum(len(text.split()) for text in long_articles()) / len(articles())
    rows.append((f"pipeline, --jobs 1, {long_words:.0f}-word articles", long_rate))
    print(f"{len(files)} articles, {words:.0f} words on average")
    print(f"{len(long_files)} long articles, {long_words:.0f} words on average")
    print(f"{len(distinct)} distinct invented articles, {distinct_words:.0f} words on average")
    print(f"{'run':<46} {'articles/s':>10}")
    for name, rate in rows:
        print(f"{name:<46} {rate:>10.1f}")


if __name__ == "__main__":
    main()
