"""Articles per second for event extraction, on one core and with --jobs 2.

    python benchmarks/bench_extract.py [--copies 40]

Replicates the corpus articles into a temporary folder and prints a table: the
whole pipeline (temporal tagging included) and extraction alone (dates found once
beforehand), so the cost of each stage is visible.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path
from unittest import mock

from timeline.documents import read_documents
from timeline.extract import extract_document, extract_files

CORPUS = Path(__file__).parents[1] / "tests" / "data" / "corpus"


def articles() -> list[Path]:
    """The corpus articles with events gold: the worked example and the dev set."""
    return [
        *sorted((CORPUS / "articles").glob("*.txt")),
        *sorted((CORPUS / "wikinews-dev" / "articles").glob("*.txt")),
    ]


def main() -> None:
    """Run the benchmark and print the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--copies", type=int, default=40)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        files = []
        for copy in range(args.copies):
            for path in articles():
                target = Path(folder) / f"{copy:04d}-{path.name}"
                shutil.copy(path, target)
                files.append(target)
        rows = []
        for jobs in (1, 2):
            start = time.perf_counter()
            extract_files(files, jobs=jobs)
            rows.append((f"pipeline, --jobs {jobs}", len(files) / (time.perf_counter() - start)))
        docs = [doc for path in articles() for doc in read_documents(path)]
        from timeline.temporal import find_dates

        cached = {doc.text: find_dates(doc.text, doc.published) for doc in docs}
        with mock.patch("timeline.temporal.find_dates", lambda text, ref: cached[text]):
            start = time.perf_counter()
            for _ in range(args.copies):
                for doc in docs:
                    extract_document(doc)
            rows.append(
                (
                    "extraction only (dates precomputed), 1 core",
                    args.copies * len(docs) / (time.perf_counter() - start),
                )
            )
    words = sum(len(doc.text.split()) for doc in docs) / len(docs)
    print(f"{len(files)} articles, {words:.0f} words on average")
    print(f"{'run':<46} {'articles/s':>10}")
    for name, rate in rows:
        print(f"{name:<46} {rate:>10.1f}")


if __name__ == "__main__":
    main()
