"""Server time and payload of the dashboard's filter callback for 1k, 10k and 100k events.

    python benchmarks/bench_dashboard.py [--sizes 1000 10000 100000] [--repeat 3]

Calls the callback's plain function (``dashboard.callbacks.render_view``) on events
held in memory, as the running app does, and prints a table: the best of
``--repeat`` runs, and the size of the JSON of the returned figure (what the
browser downloads), for the unfiltered view and for one actor in one quarter.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path

import plotly.io as pio

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


def measure(store: StoreState, state: FilterState, repeat: int) -> tuple[float, int, int]:
    """Best time in ms of the filter callback, figure JSON bytes, and events drawn."""
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        view = render_view(store, state.to_dict())
        best = min(best, time.perf_counter() - started)
    payload = len(pio.to_json(view.figure, validate=False, engine="json"))
    drawn = int(view.summary.split()[0])
    return best * 1000, payload, drawn


def main() -> None:
    """Run the benchmark and print the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 100_000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(f"{'events':>8}  {'view':<20} {'shown':>7}  {'callback ms':>11}  {'figure JSON':>12}")
    for size in args.sizes:
        store = StoreState.in_memory(make_events(size, seed=0))
        for name, state in SCENARIOS.items():
            ms, payload, shown = measure(store, state, args.repeat if size < 100_000 else 1)
            print(f"{size:>8}  {name:<20} {shown:>7}  {ms:>11.0f}  {payload / 1e6:>9.2f} MB")


if __name__ == "__main__":
    main()
