"""Engine speed and memory at scale, side by side with Pywr's published figures.

Run: ``python benchmarks/bench_scale.py`` (``--quick``: fewer repeats, no 100 × 36 500 memory
run).

Cases: synthetic chains of 3, 30 and 100 reservoirs, each with a demand abstracted below it
and a return flow to the next reservoir (``waterplanner.model.synthetic.reservoir_chain``:
the shape of Pywr's own benchmark networks), over 120 months and 36 500 days, in schedule
mode. Each figure is the median of several warm calls of ``simulate()`` (the first call loads
the compiled kernel), divided by the number of periods, once recording everything (the
default, ``record="all"``) and once recording the state only (``record="state"``: storage
and link flows; every other quantity is replayed from them when read, to the same bits).
Also: the default Syr Darya scenario over one water year, and 1 000 inflow members × the
default scenario × 120 months in one call. Peak memory of the 100 × 36 500 daily run (the
run, then reading the storage of every node) is measured in a fresh process for each
record: its whole resident peak (``VmHWM``, what Pywr's figure is) and what numpy allocated
during the call (``tracemalloc``; the scenario, Python and the compiled kernels are not in
it).

Targets (issue 9): ≥ 200× Pywr per step at N = 3, 30 and 100, monthly and daily; peak memory
of the 100 × 36 500 daily run below Pywr's 0.53 GB; the default scenario one water year
< 1 ms; 1 000 members × default × 120 months < 0.2 s.

Before / after (2 shared cores; ``python benchmarks/bench_scale.py``): see
docs/performance.md, which keeps both tables.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from collections.abc import Callable

import numpy as np

PYWR_US_PER_STEP: dict[tuple[int, str], float] = {
    (3, "month"): 130.0,
    (3, "day"): 130.0,
    (100, "month"): 940.0,
    (100, "day"): 820.0,
}
"""Pywr 1.31 on this kind of machine, µs per time step, as quoted in issue 9 ("Engine and
optimiser"): ≈ 130 µs on a 3-reservoir chain, 940 µs at 100 reservoirs × 120 months,
820–1 160 µs at 100 reservoirs × 36 500 days (the faster end is used, so ratios are the
least flattering). N = 30 has no quoted figure; it is interpolated linearly in N between the
N = 3 and N = 100 figures (marked ≈ in the table)."""
PYWR_PEAK_GB = 0.53
"""Pywr 1.31's peak memory for 100 reservoirs × 36 500 days (issue 9)."""
TARGET_RATIO = 200.0
TARGET_DEFAULT_MS = 1.0
TARGET_ENSEMBLE_S = 0.2


def pywr_us_per_step(n: int, step: str) -> tuple[float, bool]:
    """Pywr's µs per step for a chain of n reservoirs, and whether it was interpolated."""
    if (n, step) in PYWR_US_PER_STEP:
        return PYWR_US_PER_STEP[(n, step)], False
    lo, hi = PYWR_US_PER_STEP[(3, step)], PYWR_US_PER_STEP[(100, step)]
    return lo + (hi - lo) * (n - 3) / (100 - 3), True


def median_time(fn: Callable[[], object], repeats: int) -> float:
    """Median wall time of ``repeats`` calls in seconds, after one warm-up call."""
    fn()
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


_MEMORY_CHILD = """
import sys, tracemalloc
from waterplanner.engine import simulate
from waterplanner.model.synthetic import reservoir_chain
from waterplanner.model.timebase import Step

def rss_kb(field):
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) for line in f if line.startswith(field + ":"))

simulate(reservoir_chain(2, 12))  # load the compiled kernel
scenario = reservoir_chain(100, 36_500, Step.DAY)
before = rss_kb("VmRSS")
tracemalloc.start()
results = simulate(scenario, record=sys.argv[1])
storage = results.storage_mcm
_, traced = tracemalloc.get_traced_memory()
tracemalloc.stop()
print("MEMORY", before, rss_kb("VmHWM"), traced // 1024)
"""


def peak_memory(record: str) -> tuple[float, float, float]:
    """Resident memory before ``simulate()``, the process's resident peak and the numpy
    allocation peak of the call, in GB, for 100 reservoirs × 36 500 days in a fresh process
    (the peak of a fork would carry this process's own)."""
    out = subprocess.run([sys.executable, "-c", _MEMORY_CHILD, record], capture_output=True,
                         text=True, check=True, timeout=3600)
    before, peak, traced = (int(x) for x in out.stdout.split("MEMORY", 1)[1].split())
    return before / 1024**2, peak / 1024**2, traced / 1024**2


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--quick", action="store_true",
                   help="fewer repeats, skip the fresh-process memory run")
    args = p.parse_args(argv)
    from waterplanner.engine import simulate
    from waterplanner.model import Step, load_shipped_scenario
    from waterplanner.model.horizon import repeat_years
    from waterplanner.model.synthetic import reservoir_chain

    print(f"python {sys.version.split()[0]}, numpy {np.__version__}")
    print(f"{'':38s} {'':>8s}  {'record=all':^20s}  {'record=state':^20s}")
    print(f"{'case':38s} {'Pywr µs':>8s}  {'µs/step':>9s} {'× Pywr':>10s}  {'µs/step':>9s} "
          f"{'× Pywr':>10s}   (target ≥ {TARGET_RATIO:.0f}× Pywr)")
    for n in (3, 30, 100):
        for periods, step in ((120, Step.MONTH), (36_500, Step.DAY)):
            s = reservoir_chain(n, periods, step)
            repeats = 3 if periods > 1000 and n >= 30 else (5 if args.quick else 20)
            pywr, guessed = pywr_us_per_step(n, step.value)
            cells = []
            for record in ("all", "state"):
                seconds = median_time(lambda s=s, r=record: simulate(s, record=r), repeats)
                us = seconds / periods * 1e6
                mark = " " if pywr / us >= TARGET_RATIO else "!"
                cells.append(f"{us:9.2f} {pywr / us:9.0f}{mark}")
            label = f"chain of {n} reservoirs, {periods} {step.value}s"
            print(f"{label:38s} {'≈' if guessed else ' '}{pywr:7.0f}  {cells[0]}  {cells[1]}")
    print("(! below the target; ≈ interpolated, no figure quoted for Pywr)")

    default = load_shipped_scenario()
    seconds = median_time(lambda: simulate(default), 20 if args.quick else 200)
    print(f"default scenario, {default.time.periods} periods (one water year): "
          f"{seconds * 1e3:.3f} ms  (target < {TARGET_DEFAULT_MS:.0f} ms: "
          f"{'ok' if seconds * 1e3 < TARGET_DEFAULT_MS else 'above'})")

    long = repeat_years(default, 10)
    rng = np.random.default_rng(2026)
    members = 1000
    inflows = {}
    for nd in long.nodes:
        if hasattr(nd, "inflow_mcm"):
            series = np.asarray(nd.inflow_mcm[long.inflow_set_names[0]])
            inflows[nd.id] = series[None, :] * rng.lognormal(0.0, 0.25, (members, 1))
    seconds = median_time(lambda: simulate(long, inflows=inflows), 3 if args.quick else 7)
    print(f"ensemble {members} members × default × {long.time.periods} periods: "
          f"{seconds:.3f} s  (target < {TARGET_ENSEMBLE_S} s: "
          f"{'ok' if seconds < TARGET_ENSEMBLE_S else 'above'})")

    if not args.quick:
        for record in ("all", "state"):
            before, peak, traced = peak_memory(record)
            print(f"100 reservoirs × 36 500 days, record={record!r}, fresh process: peak "
                  f"{peak:.2f} GB (before simulate {before:.2f} GB; numpy during the call "
                  f"{traced:.2f} GB); Pywr {PYWR_PEAK_GB} GB: "
                  f"{'below' if peak < PYWR_PEAK_GB else 'above'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
