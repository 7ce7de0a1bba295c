"""The derived SQLite index: same events as the YAML, refreshed per changed file, never needed."""

from __future__ import annotations

import os
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.errors import InputError
from timeline.model import Actor, Event, FuzzyDate, Source
from timeline.store import load_events, load_store
from timeline.store.index import INDEX_NAME, index_location, load_indexed
from timeline.store.records import event_to_record, events_from_records

KOREA = """\
# hand-written: comments stay
events:
  - title: Kim meets Trump
    type: meeting
    subtype: summit
    date: late February 2019
    actors: [Kim Jong-un, {name: Donald Trump, kind: person, country: USA, aliases: [Trump]}]
    sources:
      - {document: a.txt, published: 2019-02-19, quote: "They met.", start: 0, end: 9}
  - title: Missile test
    type: military_display
    date: 2019-05-04
    status: occurred
    confidence: 0.7
    tags: [missile]
"""
RUSSIA = """\
events:
  - title: Ryabkov meets Biegun
    type: meeting
    date: {start: 2019-02-01, end: 2019-02-03}
    actors: [Sergei Ryabkov]
  - title: Undated statement
    type: statement
"""


@pytest.fixture
def store(tmp_path: Path) -> Path:
    folder = tmp_path / "events"
    (folder / "asia").mkdir(parents=True)
    (folder / "asia" / "korea.yaml").write_text(KOREA, encoding="utf-8")
    (folder / "russia.yaml").write_text(RUSSIA, encoding="utf-8")
    return folder


def counts(store: Path) -> tuple[int, int, int, int]:
    report = load_indexed([store]).report
    assert report.used
    return report.reused, report.rehashed, report.parsed, report.removed


def touch_later(path: Path) -> None:
    info = path.stat()
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns + 5_000_000_000))


@pytest.fixture(params=["serial", "parallel"])
def parse_mode(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Parse changed files in this process, or (a threshold of 0 bytes) on a process pool."""
    if request.param == "parallel":
        monkeypatch.setattr("timeline.store.index.PARALLEL_PARSE_BYTES", 0)
    return str(request.param)


def test_cold_then_warm_load_gives_the_yaml_events(store: Path, parse_mode: str) -> None:
    expected = load_store([store]).events
    cold = load_indexed([store])
    assert cold.events == expected and cold.report.parsed == 2
    assert (store / INDEX_NAME).exists()
    warm = load_indexed([store])
    assert warm.events == expected
    assert (warm.report.reused, warm.report.parsed) == (2, 0)
    assert [e.model_dump() for e in warm.events] == [e.model_dump() for e in expected]


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ("touch", (1, 1, 0, 0)),
        ("edit", (1, 0, 1, 0)),
        ("delete", (1, 0, 0, 1)),
    ],
)
def test_only_changed_files_are_read_again(
    store: Path, change: str, expected: tuple[int, int, int, int]
) -> None:
    load_indexed([store])
    target = store / "russia.yaml"
    if change == "touch":
        touch_later(target)
    elif change == "edit":
        target.write_text(RUSSIA.replace("Undated statement", "Another statement"), "utf-8")
        touch_later(target)
    else:
        target.unlink()
    assert counts(store) == expected
    assert load_indexed([store]).events == load_store([store]).events


def test_deleting_the_index_loses_nothing(store: Path) -> None:
    first = load_indexed([store]).events
    (store / INDEX_NAME).unlink()
    again = load_indexed([store])
    assert again.events == first and again.report.parsed == 2


@pytest.mark.parametrize(
    "damage",
    [
        lambda p: p.write_bytes(b"this is not a database at all" * 100),
        lambda p: p.write_bytes(p.read_bytes()[:1000]),
        lambda p: _sql(p, "UPDATE files SET events = '[{\"title\": 1'"),
        lambda p: _sql(p, "UPDATE files SET events = '[{\"nothing\": 1}]'"),
        lambda p: _sql(p, "DROP TABLE files"),
        lambda p: _sql(p, "UPDATE meta SET value = 'from another version'"),
    ],
    ids=["garbage", "truncated", "bad-json", "missing-field", "no-table", "stale-model"],
)
def test_a_damaged_or_stale_index_is_rebuilt_silently(store: Path, damage: object) -> None:
    expected = load_indexed([store]).events
    damage(store / INDEX_NAME)  # type: ignore[operator]
    assert load_indexed([store]).events == expected
    assert counts(store)[0] == 2


def _sql(path: Path, statement: str) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute(statement)


def test_problems_are_the_ones_load_store_reports(store: Path, parse_mode: str) -> None:
    load_indexed([store])
    broken = store / "russia.yaml"
    broken.write_text(RUSSIA.replace("type: statement", "type: party"), "utf-8")
    touch_later(broken)
    with pytest.raises(InputError) as indexed:
        load_indexed([store])
    with pytest.raises(InputError) as plain:
        load_store([store])
    assert [str(p) for p in indexed.value.problems] == [str(p) for p in plain.value.problems]


def test_duplicate_ids_across_files_are_reported(store: Path) -> None:
    (store / "copy.yaml").write_text(RUSSIA, "utf-8")
    with pytest.raises(InputError) as caught:
        load_indexed([store])
    assert any("duplicate id" in str(p) for p in caught.value.problems)


def test_files_alone_and_the_bypass_read_the_yaml(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    one = store / "russia.yaml"
    assert index_location([one]) is None
    assert not load_indexed([one]).report.used
    monkeypatch.setenv("TIMELINE_NO_INDEX", "1")
    assert load_events([store]) == load_store([store]).events
    assert not (store / INDEX_NAME).exists()


def test_a_read_only_folder_falls_back_to_the_yaml(store: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root writes anywhere")
    store.chmod(0o555)
    try:
        found = load_indexed([store])
    finally:
        store.chmod(0o755)
    assert found.events == load_store([store]).events and not found.report.used


names = st.text("abcdefgh -", min_size=1, max_size=12).map(str.strip).filter(bool)
days = st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31))


@st.composite
def events(draw: st.DrawFn) -> Event:
    start = draw(days)
    when = draw(
        st.one_of(
            st.none(),
            st.just(FuzzyDate(start=start, end=start)),
            st.just(
                FuzzyDate.from_value(start.strftime("%Y-%m"), draw(st.sampled_from([None, "END"])))
            ),
        )
    )
    actors = draw(
        st.lists(
            st.builds(
                Actor,
                name=names,
                kind=st.sampled_from(["person", "country", "unknown"]),
                aliases=st.lists(names, max_size=2),
            ),
            max_size=3,
        )
    )
    sources = draw(
        st.lists(st.builds(Source, document=names, published=st.none() | days), max_size=2)
    )
    return Event(
        title=draw(names),
        type=draw(st.sampled_from(["meeting", "visit", "statement"])),
        date=when,
        actors=actors,
        sources=sources,
        confidence=draw(st.floats(0, 1)),
        tags=draw(st.lists(names, max_size=2)),
    )


@settings(max_examples=60, deadline=None)
@given(st.lists(events(), max_size=4))
def test_records_rebuild_the_same_events(found: list[Event]) -> None:
    rebuilt = events_from_records([event_to_record(e) for e in found])
    assert rebuilt == found
    assert [e.model_dump_json() for e in rebuilt] == [e.model_dump_json() for e in found]
    assert all(type(a.date) is type(b.date) for a, b in zip(rebuilt, found, strict=True))
