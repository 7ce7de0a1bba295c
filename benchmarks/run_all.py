"""Run every benchmark in turn and print their tables: ``python benchmarks/run_all.py [--quick]``.

Each benchmark stays runnable on its own; this runs them one after the other (never in
parallel, so they don't disturb each other's timings) and prints the machine's load
before each, since numbers taken on a busy machine are not comparable.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

#: script -> (full-size arguments, quick arguments)
BENCHMARKS: dict[str, tuple[list[str], list[str]]] = {
    "bench_dates.py": ([], []),
    "bench_extract.py": ([], ["--copies", "10"]),
    "bench_export.py": ([], ["100", "1000"]),
    "bench_dashboard.py": ([], ["--sizes", "1000", "10000"]),
    "bench_scale.py": ([], ["--quick"]),
}


def main(argv: list[str] | None = None) -> int:
    """Run the benchmarks; the exit code is the number that failed."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="smaller sizes, a few minutes in all")
    parser.add_argument("--only", nargs="*", default=None, help="run only these scripts")
    options = parser.parse_args(argv)
    failed = 0
    for script, (full, quick) in BENCHMARKS.items():
        if options.only and script not in options.only:
            continue
        load = os.getloadavg()[0]
        print(f"\n=== {script} (load average {load:.2f})", flush=True)
        started = time.perf_counter()
        args = quick if options.quick else full
        done = subprocess.run([sys.executable, str(HERE / script), *args], check=False)
        print(f"=== {script}: {time.perf_counter() - started:.0f} s, exit {done.returncode}")
        failed += done.returncode != 0
    return failed


if __name__ == "__main__":
    raise SystemExit(main())
