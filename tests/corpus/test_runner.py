"""Corpus runs: the same events serially, on processes and on Dask; resumable after a crash."""

from __future__ import annotations

import random
import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest

from timeline.corpus import run_corpus
from timeline.corpus.ledger import ledger_location
from timeline.corpus.merge_blocks import merge_across_articles, merge_and_number
from timeline.documents import expand_inputs
from timeline.extract import extract_files
from timeline.extract.merge import merge_events
from timeline.extract.pipeline import assign_ids
from timeline.model import Actor, Event, FuzzyDate, Source

DATA = Path(__file__).parents[1] / "data" / "corpus"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    shutil.copytree(DATA / "meantime-apple" / "articles", folder / "apple")
    shutil.copytree(DATA / "wikinews-dev" / "articles", folder / "wikinews")
    return folder


def dumped(events: list[Event]) -> list[str]:
    return [event.model_dump_json() for event in events]


def test_serial_and_parallel_runs_give_the_events_of_extract_files(corpus: Path) -> None:
    files, _ = expand_inputs([corpus])
    expected = dumped(extract_files(files).events)
    serial = run_corpus([corpus], jobs=1)
    parallel = run_corpus([corpus], jobs=2)
    assert dumped(serial.events) == expected == dumped(parallel.events)
    assert serial.files == parallel.files == len(files) and serial.documents == len(files)


def test_rerun_skips_unchanged_inputs_and_redoes_changed_ones(corpus: Path, tmp_path: Path) -> None:
    output = tmp_path / "events" / "corpus.yaml"
    first = run_corpus([corpus], output=output, jobs=1)
    assert ledger_location(output).exists() and first.extracted == first.files
    again = run_corpus([corpus], output=output, jobs=1)
    assert (again.extracted, again.skipped) == (0, first.files)
    assert dumped(again.events) == dumped(first.events)
    changed = corpus / "wikinews" / "2008-04-17-wikinews-bush-brown-meeting.txt"
    changed.write_text(
        changed.read_text("utf-8") + "\nPutin met Xi in Moscow on Monday.\n", "utf-8"
    )
    third = run_corpus([corpus], output=output, jobs=1)
    assert (third.extracted, third.skipped) == (1, first.files - 1)
    assert dumped(third.events) == dumped(run_corpus([corpus], jobs=1).events)


def test_other_options_are_not_skipped(corpus: Path, tmp_path: Path) -> None:
    output = tmp_path / "corpus.yaml"
    run_corpus([corpus], output=output, jobs=1)
    dated = run_corpus([corpus], output=output, jobs=1, published=date(2010, 1, 1))
    assert dated.skipped == 0


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_interrupted_run_keeps_its_finished_batches(
    corpus: Path, tmp_path: Path, jobs: int
) -> None:
    output = tmp_path / "corpus.yaml"

    def crash(batch: int) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_corpus([corpus], output=output, jobs=jobs, on_batch=crash)
    resumed = run_corpus([corpus], output=output, jobs=jobs)
    assert resumed.skipped >= 1 and resumed.extracted + resumed.skipped == resumed.files
    assert dumped(resumed.events) == dumped(run_corpus([corpus], jobs=1).events)


def test_bad_inputs_are_reported_in_input_order_and_not_remembered(
    corpus: Path, tmp_path: Path
) -> None:
    (corpus / "a-empty.txt").write_text("")
    (corpus / "z-binary.txt").write_bytes(b"\x00\x01")
    output = tmp_path / "corpus.yaml"
    first = run_corpus([corpus], output=output, jobs=2)
    again = run_corpus([corpus], output=output, jobs=2)
    for result in (first, again):
        assert [Path(p.file).name for p in result.problems] == ["a-empty.txt", "z-binary.txt"]
    assert again.skipped == first.files - 2


def synthetic(n: int, seed: int) -> list[Event]:
    rng = random.Random(seed)
    found = []
    for i in range(n):
        start = date(2019, 1, 1) + timedelta(days=rng.randrange(40))
        when = rng.choice(
            [None, FuzzyDate(start=start, end=start + timedelta(days=rng.randrange(4)))]
        )
        found.append(
            Event(
                title=f"event {i}",
                type=rng.choice(["meeting", "statement"]),
                date=when,
                actors=[
                    Actor(name=rng.choice(["A", "A.", "B", "C"]))
                    for _ in range(rng.choice([0, 1, 2]))
                ],
                sources=[
                    Source(document=f"doc{rng.randrange(5)}.txt", start=rng.randrange(99))
                    for _ in range(rng.choice([1, 1, 2]))
                ],
                confidence=rng.choice([0.5, 0.8]),
                tags=rng.sample(["undated", "b", "a", "a"], rng.randrange(3)),
                location=rng.choice([None, "", "Hanoi"]),
            )
        )
    return found


@pytest.mark.parametrize("seed", range(8))
def test_block_merge_equals_the_pairwise_merge_in_any_order(seed: int) -> None:
    events = synthetic(120, seed)
    expected = dumped(merge_events(events))
    shuffled = list(events)
    random.Random(seed + 100).shuffle(shuffled)
    assert (
        dumped(merge_across_articles(events)) == expected == dumped(merge_across_articles(shuffled))
    )


@pytest.mark.parametrize("seed", range(8))
def test_merge_and_number_equals_assign_ids_after_the_merge(seed: int) -> None:
    events = synthetic(150, seed)
    expected = assign_ids(merge_across_articles(events))
    found = merge_and_number(events)
    assert dumped(found) == dumped(expected)
    assert [e.model_fields_set for e in found] == [e.model_fields_set for e in expected]
    assert len({e.id for e in found}) == len(found)


@pytest.mark.slow
def test_a_dask_cluster_gives_the_local_events(corpus: Path, tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    local = run_corpus([corpus], jobs=1)
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        output = tmp_path / "corpus.yaml"
        remote = run_corpus([corpus], output=output, scheduler=cluster.scheduler_address)
        assert dumped(remote.events) == dumped(local.events)
        again = run_corpus([corpus], output=output, scheduler=cluster.scheduler_address)
    assert again.skipped == again.files
    assert dumped(again.events) == dumped(local.events)
