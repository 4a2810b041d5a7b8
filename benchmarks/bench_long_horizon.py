"""Long horizons: every output grows linearly with the number of periods.

Run from a checkout with the package installed::

    python benchmarks/bench_long_horizon.py           # everything (a few minutes)
    python benchmarks/bench_long_horizon.py --quick   # skip the Excel export of 100 years

Cases (wall time; "peak" is the resident memory of a fresh process doing only that case):

* ``TimeBase.labels()`` of 3 650 … 36 500 daily periods (a fresh time base each time: the
  labels are computed once per time base, so this is the first call).
* A synthetic chain of 100 reservoirs (``waterplanner.model.synthetic.reservoir_chain``)
  over 36 500 days: simulate (kernel already loaded), summary, and the CSV files of
  ``simulate --out`` — in-process, then the ``waterplanner simulate FILE --out DIR``
  command as a planner runs it.
* The default Syr Darya scenario stretched to 100 years of days (each month's volumes spread
  evenly over its days, then the year repeated 100 times: 36 500 periods): the
  ``simulate --out`` and ``export`` (xlsx) commands.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import numpy as np

PERIODS = (3_650, 7_300, 14_600, 36_500)


def daily_default(years: int = 100):  # type: ignore[no-untyped-def]
    """The default scenario in days (monthly volumes spread evenly over each month's days,
    states held), repeated ``years`` times."""
    from waterplanner.model import Step, TimeBase, load_shipped_scenario
    from waterplanner.model.horizon import _map, repeat_years  # the schema-driven mapping
    monthly = load_shipped_scenario()
    days = np.asarray(monthly.time.days, dtype=int)
    time_base = TimeBase(Step.DAY, monthly.time.start, int(days.sum()),
                         monthly.time.water_year_start_month)
    one_year = _map(monthly, time_base, lambda a: np.repeat(a / days, days),
                    lambda a: np.repeat(a, days))
    return repeat_years(one_year, years)


def best_of(fn, repeats: int) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def bench_labels(repeats: int) -> None:
    from waterplanner.model.timebase import Step, TimeBase
    for n in PERIODS:
        t = best_of(lambda n=n: TimeBase(Step.DAY, date(2025, 10, 1), n).labels(), repeats)
        print(f"TimeBase.labels(), {n:6d} days            {t * 1e3:9.2f} ms")


def bench_chain_in_process(out_dir: Path) -> None:
    from waterplanner.engine import simulate
    from waterplanner.export.csv_results import write_results
    from waterplanner.model.synthetic import reservoir_chain
    from waterplanner.model.timebase import Step
    scenario = reservoir_chain(100, 36_500, Step.DAY)
    simulate(reservoir_chain(2, 12))  # load the compiled kernel
    t0 = time.perf_counter()
    r = simulate(scenario)
    t1 = time.perf_counter()
    r.summary()
    t2 = time.perf_counter()
    paths = write_results(r, out_dir)
    t3 = time.perf_counter()
    size = sum(p.stat().st_size for p in paths) / 1e6
    print(f"chain 100 × 36 500 days: simulate {t1 - t0:6.2f} s, summary {t2 - t1:6.2f} s, "
          f"CSV {t3 - t2:6.2f} s ({len(paths)} files, {size:.0f} MB); "
          f"total {t3 - t0:6.2f} s")


# The peak of this process alone: VmHWM is reset by exec, whereas ru_maxrss would carry the
# parent's peak (the benchmark's own, several GB) into the child.
_MEASURED = """
import resource, sys
from waterplanner.cli.main import main
code = main(sys.argv[1:])
try:
    with open("/proc/self/status") as f:
        peak = next(int(line.split()[1]) for line in f if line.startswith("VmHWM:"))
except (OSError, StopIteration):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print("PEAK_KB:%d" % peak, file=sys.stderr)
sys.exit(code)
"""


def run_command(label: str, args: list[str]) -> None:
    """Wall time and peak resident memory of one ``waterplanner`` command, in a fresh
    process."""
    t0 = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", _MEASURED, *args], check=False,
                         capture_output=True, text=True, timeout=3600)
    seconds = time.perf_counter() - t0
    if out.returncode != 0:
        raise SystemExit(f"{label} failed ({out.returncode}):\n{out.stderr[-2000:]}")
    peak_kb = int(out.stderr.rsplit("PEAK_KB:", 1)[1].split()[0])
    print(f"{label:44s} {seconds:8.2f} s   peak memory {peak_kb / 1024:6.0f} MB")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--quick", action="store_true", help="skip the 100-year Excel export")
    p.add_argument("--repeats", type=int, default=3)
    args = p.parse_args(argv)
    print(f"python {sys.version.split()[0]}, numpy {np.__version__}, {os.cpu_count()} cores")
    bench_labels(args.repeats)
    from waterplanner.model.document import dumps_scenario
    from waterplanner.model.synthetic import reservoir_chain
    from waterplanner.model.timebase import Step
    with tempfile.TemporaryDirectory(prefix="waterplanner-long-") as tmp:
        folder = Path(tmp)
        bench_chain_in_process(folder / "chain-in-process")
        chain_file = folder / "chain.wplan"
        chain_file.write_text(dumps_scenario(reservoir_chain(100, 36_500, Step.DAY)),
                              encoding="utf-8")
        run_command("simulate chain 100 × 36 500 days --out",
                    ["simulate", str(chain_file), "--out", str(folder / "chain")])
        default_file = folder / "default-100-years.wplan"
        default_file.write_text(dumps_scenario(daily_default()), encoding="utf-8")
        run_command("simulate default, 100 years of days --out",
                    ["simulate", str(default_file), "--out", str(folder / "default")])
        if not args.quick:
            run_command("export default, 100 years of days (xlsx)",
                        ["export", str(default_file), "--out", str(folder / "default.xlsx")])
            size = (folder / "default.xlsx").stat().st_size / 1e6
            print(f"  workbook: {size:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
