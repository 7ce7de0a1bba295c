"""Figure build time and export sizes for 100, 1k and 10k synthetic events; prints a table.

Run: python benchmarks/bench_export.py [N ...]
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from synthetic_events import make_events  # noqa: E402

from timeline.export import export_events  # noqa: E402
from timeline.export.html import figure_json  # noqa: E402
from timeline.figure import build_figure  # noqa: E402

GENERATED = datetime(2019, 3, 1, tzinfo=UTC)
FORMATS = ("html", "json", "csv", "ics", "timelinejs")


def timed(action: Callable[[], Any]) -> tuple[Any, float]:
    """The result of ``action`` and the best of three wall-clock times, in seconds."""
    best = float("inf")
    result = None
    for _ in range(3):
        start = time.perf_counter()
        result = action()
        best = min(best, time.perf_counter() - start)
    return result, best


def kib(size: int) -> str:
    return f"{size / 1024:,.0f} KiB"


def main(counts: list[int]) -> None:
    build_figure(make_events(10))  # warm up plotly's validators and template
    header = ["events", "figure s", "html s", "html", "of it data", "json", "csv", "ics", "tljs"]
    rows = [header]
    for count in counts:
        events = make_events(count)
        figure, figure_seconds = timed(lambda events=events: build_figure(events))
        sizes: dict[str, int] = {}
        html_seconds = 0.0
        for fmt in FORMATS:
            content, seconds = timed(
                lambda events=events, fmt=fmt: export_events(events, fmt, generated=GENERATED)
            )
            sizes[fmt] = len(content)
            if fmt == "html":
                html_seconds = seconds
        data = len(figure_json(figure).encode("utf-8"))
        rows.append(
            [
                f"{count:,}",
                f"{figure_seconds:.3f}",
                f"{html_seconds:.3f}",
                kib(sizes["html"]),
                kib(data),
                kib(sizes["json"]),
                kib(sizes["csv"]),
                kib(sizes["ics"]),
                kib(sizes["timelinejs"]),
            ]
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    for row in rows:
        print("  ".join(cell.rjust(width) for cell, width in zip(row, widths, strict=True)))


if __name__ == "__main__":
    main([int(arg) for arg in sys.argv[1:]] or [100, 1_000, 10_000])
