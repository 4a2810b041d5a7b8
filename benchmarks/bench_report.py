"""Report speed and size: time to write the default scenario's PDF report.

Run from a checkout::

    python benchmarks/bench_report.py            # default scenario, with and without baseline
    python benchmarks/bench_report.py --runs 5   # more repetitions

Cases: the default Syr Darya scenario (energy mode, median inflows) alone, and compared with
the irrigation-mode baseline. The first report of a process also registers the fonts and
warms Qt's font caches, so it is timed separately ("cold"); the others are the best of the
runs ("warm"). Target: under 3 s. Also prints the page count and the file size, and the time
of the .xlsx export for comparison.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from waterplanner.engine.simulate import simulate  # noqa: E402
from waterplanner.export.xlsx_results import write_results_xlsx  # noqa: E402
from waterplanner.model.fileio import DEFAULT_SCENARIO, load_shipped_scenario  # noqa: E402
from waterplanner.report import ensure_gui_application, write_report  # noqa: E402
from waterplanner.report.builder import ReportOptions  # noqa: E402

TARGET_S = 3.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
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


if __name__ == "__main__":
    main()
