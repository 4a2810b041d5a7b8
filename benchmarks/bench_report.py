"""Report speed and size: time to write the PDF report, for the default scenario and for
long daily horizons.

Run from a checkout::

    python benchmarks/bench_report.py              # all cases
    python benchmarks/bench_report.py --runs 5     # more repetitions of the default cases
    python benchmarks/bench_report.py --days 365 730   # only these daily horizons
    python benchmarks/bench_report.py --no-long    # only the default scenario

Cases: the default Syr Darya scenario (energy mode, median inflows) alone, and compared with
the irrigation-mode baseline. The first report of a process also registers the fonts and
warms Qt's font caches, so it is timed separately ("cold"); the others are the best of the
runs ("warm"). Target: under 3 s. Then the default scenario stretched to 365, 730, 1 460 and
2 920 days and to ten years of days (the water year repeated, each month's volumes spread
over its days); one run each, target for ten years of days: under 10 s. Also prints the page
count and the file size, and the time of the .xlsx export for comparison.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np

from waterplanner.engine.simulate import simulate
from waterplanner.export.xlsx_results import write_results_xlsx
from waterplanner.model.fileio import DEFAULT_SCENARIO, load_shipped_scenario
from waterplanner.model.horizon import _map, repeat_years
from waterplanner.model.scenario import Scenario
from waterplanner.model.timebase import Step, TimeBase
from waterplanner.report import ensure_gui_application, write_report
from waterplanner.report.builder import ReportOptions
from waterplanner.report.flow import Ctx, Heading, Table
from waterplanner.report.pages import Frame, paginate

TARGET_S = 3.0
TARGET_TEN_YEARS_S = 10.0
DAYS = (365, 730, 1460, 2920)


def stretched_to_days(monthly: Scenario, days: int) -> Scenario:
    """The monthly scenario as ``days`` daily periods: its water year repeated, each month's
    volumes and depths spread evenly over the month's days, states kept for every day."""
    years = math.ceil(days / 365) + 1
    long = repeat_years(monthly, years)
    lengths = np.asarray(long.time.days, dtype=int)
    daily_time = TimeBase(Step.DAY, long.time.start, days, long.time.water_year_start_month)

    def amount(a: np.ndarray) -> np.ndarray:
        return np.repeat(a / lengths, lengths)[:days]

    def state(a: np.ndarray) -> np.ndarray:
        return np.repeat(a, lengths)[:days]
    return _map(long, daily_time, amount, state)


def time_report(path: Path, scenario: Scenario, **kwargs: object) -> tuple[float, object]:
    t0 = time.perf_counter()
    info = write_report(path, scenario, simulate(scenario, "median"), **kwargs)  # type: ignore[arg-type]
    return time.perf_counter() - t0, info


def time_pagination(rows: int) -> tuple[float, int]:
    """Seconds and pages to lay out one table of ``rows`` rows (no aggregation involved)."""
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QPdfWriter
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    buffer.setParent(writer)
    writer.setResolution(300)
    ctx = Ctx(writer)
    frame = Frame(ctx.mm(20), ctx.mm(24), float(writer.width()) - ctx.mm(40),
                  float(writer.height()) - ctx.mm(44))
    table = Table(["Day", "Toktogul\nm³/s", "Kayrakkum\nm³/s", "Shardara\nm³/s"],
                  [[f"2025-10-{k % 28 + 1:02d}", str(k % 700), str(k % 500), str(k % 650)]
                   for k in range(rows)], "lrrr")
    t0 = time.perf_counter()
    pages, _ = paginate(ctx, [Heading("Releases"), table], frame)
    return time.perf_counter() - t0, len(pages)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--days", type=int, nargs="*", default=None,
                        help="daily horizons to time (default: 365 730 1460 2920 and 3650)")
    parser.add_argument("--no-long", action="store_true", help="only the default scenario")
    args = parser.parse_args(argv)
    ensure_gui_application()
    scenario = load_shipped_scenario()
    baseline_scn = load_shipped_scenario("syr-darya-irrigation-mode.wplan")
    results = simulate(scenario, "median")
    baseline = simulate(baseline_scn, "median")
    options = ReportOptions(source_name=DEFAULT_SCENARIO)
    print(f"Report benchmark: {scenario.metadata.name}, {scenario.time.periods} "
          f"{scenario.time.step.value} periods, {len(scenario.nodes)} nodes, "
          f"{len(scenario.metadata.sources)} source entries")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for label, base in (("alone", None), ("with baseline", baseline)):
            times = []
            info = None
            for k in range(args.runs + (1 if label == "alone" else 0)):
                t0 = time.perf_counter()
                info = write_report(folder / "r.pdf", scenario, results, baseline=base,
                                    options=options)
                elapsed = time.perf_counter() - t0
                if label == "alone" and k == 0:
                    print(f"  cold (first report of the process) {elapsed:6.2f} s")
                    continue
                times.append(elapsed)
            assert info is not None
            best = min(times)
            verdict = "ok" if best < TARGET_S else "SLOWER THAN TARGET"
            print(f"  {label:14s} best {best:6.2f} s of {len(times)}  {info.pages:3d} pages  "
                  f"{info.size_bytes / 1024:7.0f} kB  (target < {TARGET_S:.0f} s: {verdict})")
        t0 = time.perf_counter()
        path = write_results_xlsx(results, folder / "r.xlsx")
        print(f"  xlsx export    {time.perf_counter() - t0:6.2f} s           "
              f"{path.stat().st_size / 1024:7.0f} kB")
        if args.no_long:
            return 0
        print("Pagination of one long table (rows measured, pages assigned; no drawing):")
        for rows in (1000, 4000, 16000):
            elapsed, pages = time_pagination(rows)
            print(f"  {rows:6d} rows        {elapsed:7.2f} s  {pages:4d} pages")
        days = DAYS + (3650,) if args.days is None else tuple(args.days)
        print("Daily horizons (default scenario stretched to days; simulation included, "
              "one run each):")
        for n in days:
            daily = stretched_to_days(scenario, n)
            elapsed, info = time_report(folder / f"d{n}.pdf", daily, options=options)
            label = f"{n} days" + (" (10 years)" if n == 3650 else "")
            verdict = ""
            if n == 3650:
                ok = elapsed < TARGET_TEN_YEARS_S
                verdict = f"  (target < {TARGET_TEN_YEARS_S:.0f} s: " \
                          f"{'ok' if ok else 'SLOWER THAN TARGET'})"
            print(f"  {label:18s} {elapsed:7.2f} s  {info.pages:4d} pages  "  # type: ignore[attr-defined]
                  f"{info.size_bytes / 1024:7.0f} kB{verdict}")  # type: ignore[attr-defined]
            sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
