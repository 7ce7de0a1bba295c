"""Scale benchmarks: corpus extraction, store loading and the dashboard filter, printed as a table.

Usage: ``python benchmarks/bench_scale.py [--quick] [--work /tmp/timeline-bench]``

Each case runs in its own subprocess, which reports its wall time and its peak
memory (its own ``ru_maxrss`` plus its children's: pool workers, Dask workers).
Rows are printed as each case finishes; a row is marked when other processes
used more than a tenth of the CPUs meanwhile (its times are then too slow, and
speed-ups unreliable). Extraction runs on 10,000 articles (300 with ``--quick``).
Generated corpora and stores are kept under ``--work`` and reused by later runs.
Targets: extraction speed-up on 2 cores >= 1.7x; warm load of 100k events < 2 s;
dashboard filter callback p95 < 300 ms at 100k events.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

EVENTS_PER_FILE = 1000


def _peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def _write_store_file(path: Path, events: list[Any]) -> None:
    from ruamel.yaml.comments import CommentedSeq

    from timeline.store.serialize import event_to_yaml_data
    from timeline.store.yaml_store import new_document, write_document

    document = new_document(path)
    document.data["events"] = CommentedSeq(event_to_yaml_data(e) for e in events)
    write_document(document)


def ensure_store(work: Path, size: int) -> Path:
    """A store folder of ``size`` synthetic events in files of 1,000 (written once)."""
    from synthetic_events import make_events

    folder = work / f"store-{size}"
    done = folder / ".complete"
    if done.exists():
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    events = make_events(size)
    parts = range(0, size, EVENTS_PER_FILE)
    paths = [folder / f"events-{start // EVENTS_PER_FILE:04d}.yaml" for start in parts]
    chunks = [events[start : start + EVENTS_PER_FILE] for start in parts]
    with ProcessPoolExecutor() as pool:
        list(pool.map(_write_store_file, paths, chunks))
    done.write_text("ok")
    return folder


def ensure_corpus(work: Path, articles: int) -> Path:
    """A folder of ``articles`` synthetic .txt articles (written once)."""
    from make_corpus import write_corpus

    folder = work / f"corpus-{articles}"
    done = folder / ".complete"
    if not done.exists():
        write_corpus(folder, articles)
        done.write_text("ok")
    return folder


# --- cases, each run in a subprocess ------------------------------------------------------


def case_extract(path: str, mode: str) -> dict[str, Any]:
    from timeline.corpus import run_corpus

    folder = Path(path)
    if mode == "dask":
        from distributed import LocalCluster

        with LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster:
            started = time.perf_counter()
            result = run_corpus([folder], scheduler=cluster.scheduler_address)
            seconds = time.perf_counter() - started
    else:
        started = time.perf_counter()
        result = run_corpus([folder], jobs=1 if mode == "serial" else 2)
        seconds = time.perf_counter() - started
    return {"seconds": seconds, "rate": result.documents / seconds, "events": len(result.events)}


def case_load(path: str, mode: str) -> dict[str, Any]:
    from timeline.store.index import INDEX_NAME, load_indexed, remove_index

    folder = Path(path)
    if mode == "cold":
        remove_index(folder / INDEX_NAME)
    else:
        load_indexed([folder])
    if mode == "one file changed":
        target = sorted(folder.glob("*.yaml"))[0]
        text = target.read_text("utf-8")
        target.write_text(text.replace("Example Times", "Example Tribune", 1), "utf-8")
    started = time.perf_counter()
    found = load_indexed([folder])
    seconds = time.perf_counter() - started
    if mode == "one file changed":
        target.write_text(text, "utf-8")
    return {"seconds": seconds, "events": len(found.events), "parsed": found.report.parsed}


def case_dashboard(path: str, mode: str) -> dict[str, Any]:
    from dashboard.callbacks import render_view
    from dashboard.state import StoreState
    from dashboard.url_state import FilterState

    store = StoreState.open([Path(path)])
    snapshot = store.snapshot()
    busiest = [name for name, _ in snapshot.actor_counts[:3]]
    rare = snapshot.actor_counts[-1][0]
    days = sorted(e.date.start for e in snapshot.events if e.date is not None)
    middle = days[len(days) // 2]
    states = [
        FilterState(),
        FilterState(actors=(busiest[0],)),
        FilterState(actors=(rare,)),
        FilterState(types=("meeting",)),
        FilterState(date_from=middle, date_to=middle.replace(day=28)),
        FilterState(text="sanctions"),
        FilterState(actors=tuple(busiest[1:]), types=("statement", "visit")),
        FilterState(types=("attack",), date_from=days[0], date_to=middle),
    ]
    times: list[float] = []
    views: dict[str, int] = {"density": 0, "events": 0}
    for _ in range(3):
        for state in states:
            started = time.perf_counter()
            view = render_view(store, state.to_dict())
            view.figure.to_plotly_json()
            times.append(time.perf_counter() - started)
            kind = (view.figure.layout.meta or {}).get("view")
            views["density" if kind == "density" else "events"] += 1
    times.sort()
    p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
    return {"seconds": p95, "median": times[len(times) // 2], "views": views}


CASES: dict[str, Callable[[str, str], dict[str, Any]]] = {
    "extract": case_extract,
    "load": case_load,
    "dashboard": case_dashboard,
}


class CpuMeter:
    """How much CPU the rest of the machine used while a case ran: its numbers are disturbed if much."""

    def __init__(self) -> None:
        self._start = (_machine_busy(), _children_cpu(), time.perf_counter())

    def others_share(self) -> float | None:
        """Share of every core's time used by other processes since this meter started."""
        busy, own, started = self._start
        now = _machine_busy()
        if busy is None or now is None:
            return None
        wall = max(time.perf_counter() - started, 1e-6)
        foreign = (now - busy) - (_children_cpu() - own)
        return max(0.0, foreign / (wall * (os.cpu_count() or 1)))


def _machine_busy() -> float | None:
    """CPU seconds every core spent busy since boot (Linux ``/proc/stat``); None elsewhere."""
    try:
        fields = Path("/proc/stat").read_text().splitlines()[0].split()[1:]
    except (OSError, IndexError):
        return None
    ticks = [int(value) for value in fields]
    busy = sum(ticks) - ticks[3] - (ticks[4] if len(ticks) > 4 else 0)  # minus idle, iowait
    return busy / os.sysconf("SC_CLK_TCK")


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_case(case: str, path: Path, mode: str) -> dict[str, Any]:
    """Run one case in a fresh interpreter and read its JSON report (with the CPU others used)."""
    command = [sys.executable, __file__, "--case", case, "--path", str(path), "--mode", mode]
    meter = CpuMeter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        return {"error": done.stderr.strip().splitlines()[-1] if done.stderr else "failed"}
    found = dict(json.loads(done.stdout.strip().splitlines()[-1]))
    found["others"] = meter.others_share()
    return found


#: columns of the table, printed row by row as each case finishes
WIDTHS = (26, 16, 62, 9)
#: flag a row when other processes used more than this share of the CPUs meanwhile
DISTURBED = 0.10


def print_row(cells: tuple[str, str, str, str], others: float | None = None) -> None:
    """One row of the table, at once (a long run shows its progress)."""
    line = "  ".join(cell.ljust(width) for cell, width in zip(cells, WIDTHS, strict=True))
    if others is not None and others > DISTURBED:
        line += f"  ! others used {others:.0%} of the CPUs"
    print(line.rstrip(), flush=True)


def extraction_rows(corpus: Path, articles: int) -> None:
    """Extraction on one core, two processes and a two-worker Dask cluster."""
    base = None
    for mode, key in (("1 core", "serial"), ("--jobs 2", "jobs2"), ("dask 2 workers", "dask")):
        found = run_case("extract", corpus, key)
        name = f"extract {articles:,} articles"
        if "error" in found:
            print_row((name, mode, "error", found["error"]))
            continue
        base = base or found["rate"]
        speedup = f" ({found['rate'] / base:.2f}x)" if key != "serial" else ""
        time_cell = f"{found['seconds']:.1f} s, {found['rate']:.0f} articles/s{speedup}"
        print_row((name, mode, time_cell, f"{found['peak_mb']:.0f} MB"), found["others"])


def store_rows(store: Path, size: int) -> None:
    """Loading through the index (cold, warm, one file changed) and the dashboard filter."""
    for mode in ("cold", "warm", "one file changed"):
        found = run_case("load", store, mode)
        value = found.get("error") or f"{found['seconds']:.2f} s ({found['parsed']} files parsed)"
        peak = f"{found.get('peak_mb', 0):.0f} MB"
        print_row((f"load {size:,} events", mode, value, peak), found.get("others"))
    found = run_case("dashboard", store, "filter")
    value = found.get("error") or (
        f"p95 {found['seconds'] * 1000:.0f} ms, median {found['median'] * 1000:.0f} ms "
        f"({found['views']['density']} density / {found['views']['events']} event views)"
    )
    peak = f"{found.get('peak_mb', 0):.0f} MB"
    print_row((f"dashboard {size:,} events", "filter callback", value, peak), found.get("others"))


def main() -> None:
    """Build the inputs, run every case and print the table as it goes."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="Smaller sizes, for a first look.")
    parser.add_argument("--work", type=Path, default=Path("/tmp/timeline-bench"))
    parser.add_argument("--articles", type=int, help="Articles for the extraction cases.")
    parser.add_argument("--case", choices=sorted(CASES), help=argparse.SUPPRESS)
    parser.add_argument("--path", help=argparse.SUPPRESS)
    parser.add_argument("--mode", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.case:
        result = CASES[args.case](args.path, args.mode)
        result["peak_mb"] = _peak_mb()
        print(json.dumps(result))
        return
    articles = args.articles or (300 if args.quick else 10_000)
    sizes = (2_000, 10_000) if args.quick else (10_000, 100_000)
    load = os.getloadavg()[0]
    print(f"{os.cpu_count()} cores, load average {load:.2f}; work folder {args.work}", flush=True)
    if load > 0.6 * (os.cpu_count() or 1):
        print("note: the machine is busy; rows marked ! were measured while others ran", flush=True)
    print_row(("case", "mode", "time", "peak RSS"))
    print_row(("-" * WIDTHS[0], "-" * WIDTHS[1], "-" * WIDTHS[2], "-" * WIDTHS[3]))
    extraction_rows(ensure_corpus(args.work, articles), articles)
    for size in sizes:
        store_rows(ensure_store(args.work, size), size)


if __name__ == "__main__":
    main()
