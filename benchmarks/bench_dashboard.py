"""Server time and payload of the dashboard's filter callback for 1k, 10k and 100k events.

    python benchmarks/bench_dashboard.py [--sizes 1000 10000 100000] [--repeat 3]

Calls the callback's plain function (``dashboard.callbacks.render_view``) on events
held in memory, as the running app does, and prints a table: the median and p95 of
``--repeat`` runs, the time to serialise the figure as Dash does, and the size of
its JSON, raw and gzipped as the app sends it (``dashboard.compression``), for the
unfiltered view, one actor in one quarter, and a text search.
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import sys
import time
from datetime import date
from pathlib import Path

from plotly.io.json import to_json_plotly

sys.path.insert(0, str(Path(__file__).parent))

from synthetic_events import make_events  # noqa: E402

from dashboard.callbacks import render_view  # noqa: E402
from dashboard.state import StoreState  # noqa: E402
from dashboard.url_state import FilterState  # noqa: E402

SCENARIOS = {
    "all events": FilterState(),
    "1 actor, 1 quarter": FilterState(
        actors=("North Korea",), date_from=date(2019, 1, 1), date_to=date(2019, 3, 31)
    ),
    'text "arrives in"': FilterState(text="arrives in"),
}


def measure(store: StoreState, state: FilterState, repeat: int) -> dict[str, float]:
    """Callback median and p95 (ms), serialisation ms, JSON MB raw and gzipped, events shown."""
    times = []
    view = render_view(store, state.to_dict())
    for _ in range(repeat):
        started = time.perf_counter()
        view = render_view(store, state.to_dict())
        times.append((time.perf_counter() - started) * 1000)
    started = time.perf_counter()
    payload = to_json_plotly(view.figure).encode("utf-8")
    serialise = (time.perf_counter() - started) * 1000
    ranked = sorted(times)
    return {
        "median": statistics.median(times),
        "p95": ranked[min(len(ranked) - 1, round(0.95 * (len(ranked) - 1)))],
        "serialise": serialise,
        "raw": len(payload) / 1e6,
        "gzip": len(gzip.compress(payload, compresslevel=1)) / 1e6,
        "shown": int(view.summary.split()[0]),
    }


def main() -> None:
    """Run the benchmark and print the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 100_000])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    print(
        f"{'events':>8}  {'view':<20} {'shown':>7}  {'median ms':>9}  {'p95 ms':>7}"
        f"  {'to JSON ms':>10}  {'JSON MB':>8}  {'gzip MB':>8}"
    )
    for size in args.sizes:
        store = StoreState.in_memory(make_events(size, seed=0))
        for name, state in SCENARIOS.items():
            m = measure(store, state, args.repeat if size < 100_000 else max(3, args.repeat // 4))
            print(
                f"{size:>8}  {name:<20} {m['shown']:>7.0f}  {m['median']:>9.0f}  {m['p95']:>7.0f}"
                f"  {m['serialise']:>10.0f}  {m['raw']:>8.2f}  {m['gzip']:>8.2f}"
            )


if __name__ == "__main__":
    main()
