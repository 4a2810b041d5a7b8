"""Cold start of an installation to a visible window: the built bundle, or this checkout.

Each run is a fresh process with fresh settings (offscreen, the default scenario) that quits
as soon as its window is first shown (``WATERPLANNER_EXIT_WHEN_SHOWN``). Two figures per
run: from just before this script starts the process to the moment the program says it is
shown ("wall"), and the program's own figure from its process's creation by the operating
system ("own"). The first run of a bundle also copies its kernel cache into the fresh user
cache folder; the later runs reuse it, as every later start of an installation does.

Run after ``python packaging/build_bundle.py``::

    python benchmarks/bench_bundle_start.py                  # the bundle, 7 runs
    python benchmarks/bench_bundle_start.py --source         # python -m waterplanner instead
    python benchmarks/bench_bundle_start.py --runs 15 path/to/waterplanner/waterplanner

Prints min and median, and the machine's load average before and after (other work on a
shared machine slows every figure down). Target: < 3 s on the 2-core reference machine.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "build" / "bundle" / "dist" / "waterplanner" / "waterplanner"
SHOWN = re.compile(r"window shown ([0-9.]+) \(epoch s\), ([0-9.]+|unknown) s after")


def one_start(command: list[str], cache: str) -> tuple[float, float | None]:
    """(wall seconds, the program's own seconds) of one start."""
    with tempfile.TemporaryDirectory(prefix="waterplanner-start-") as config:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", WATERPLANNER_CONFIG_DIR=config,
                   WATERPLANNER_CACHE_DIR=cache, WATERPLANNER_EXIT_WHEN_SHOWN="1")
        t0 = time.time()
        done = subprocess.run(command, env=env, cwd=config, capture_output=True, text=True,
                              timeout=300, check=False)
    m = SHOWN.search(done.stderr)
    if done.returncode != 0 or m is None:
        sys.exit(f"the window did not say it was shown (exit {done.returncode}):\n"
                 f"{done.stderr[-2000:]}")
    own = None if m.group(2) == "unknown" else float(m.group(2))
    return float(m.group(1)) - t0, own


def main() -> None:
    p = argparse.ArgumentParser(description="Cold start of an installation to a visible window")
    p.add_argument("program", nargs="?", type=Path, default=BUNDLE,
                   help=f"the bundle's program (default {BUNDLE})")
    p.add_argument("--source", action="store_true",
                   help="measure 'python -m waterplanner' of this environment instead")
    p.add_argument("--runs", type=int, default=7)
    args = p.parse_args()
    command = [sys.executable, "-m", "waterplanner"] if args.source else [str(args.program)]
    if not args.source and not args.program.is_file():
        sys.exit(f"no program at {args.program}: build it with python packaging/build_bundle.py")
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="waterplanner-cache-") as cache:
        first = one_start(command, cache)
        runs = [one_start(command, cache) for _ in range(args.runs)]
    load_after = os.getloadavg()
    walls = [w for w, _ in runs]
    owns = [o for _, o in runs if o is not None]
    print(f"program: {' '.join(command)}")
    print(f"load average before {load_before[0]:.2f} {load_before[1]:.2f} {load_before[2]:.2f}, "
          f"after {load_after[0]:.2f} {load_after[1]:.2f} {load_after[2]:.2f} "
          f"({os.cpu_count()} cores)")
    print(f"first start (fresh cache folder): wall {first[0]:.2f} s"
          + (f", own {first[1]:.2f} s" if first[1] is not None else ""))
    print(f"later starts ({len(runs)}): wall min {min(walls):.2f} s, median "
          f"{statistics.median(walls):.2f} s"
          + (f"; own min {min(owns):.2f} s, median {statistics.median(owns):.2f} s"
             if owns else ""))


if __name__ == "__main__":
    main()
