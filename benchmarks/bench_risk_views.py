"""Risk in the window: what the risk table costs, and an edit → every view updated, with the
window's 200-member ensemble chosen.

Run from a checkout (offscreen; your settings are not touched)::

    python benchmarks/bench_risk_views.py              # 100 edits each way
    python benchmarks/bench_risk_views.py --edits 300

Prints, on the default Syr Darya scenario (12 months) with ``WINDOW_MEMBERS`` = 200:

* ``risk_of`` on the members' results: once the quantities it reads are derived (what the
  window pays after the plots and the summary have read them), and on fresh results (the
  lazy quantities derived for it: storage, shortfall, energy, link arrivals…);
* the window's run (``SimulationOutcome.seconds``: members generated, simulated, summarised
  and the risk table computed, in the worker), with and without a baseline;
* an edit (a release typed into the schedule table) → every view holds the new results
  (plots of the visible tab, Summary with its risk, schematic, schedule plot): "data";
  and with the window repainted (processEvents after the edit): "painted". Median and 95th
  percentile, without and with a baseline (the baseline's ensemble results are kept between
  edits: only the plan is re-simulated).

Target (issue 11): the edit → update path well under 50 ms.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time

import numpy as np


def best_of(fn, n: int, clock=time.perf_counter) -> np.ndarray:  # type: ignore[no-untyped-def]
    out = []
    for _ in range(n):
        t0 = clock()
        fn()
        out.append((clock() - t0) * 1000)
    return np.array(out)


def engine_figures(n: int) -> None:
    from waterplanner.engine.ensemble_run import simulate_ensemble
    from waterplanner.engine.risk import RiskOptions, risk_of
    from waterplanner.model.fileio import load_shipped_scenario
    from waterplanner.ui.inflow_choice import WINDOW_MEMBERS

    s = load_shipped_scenario()
    r, _, _ = simulate_ensemble(s, members_count=WINDOW_MEMBERS)
    r.summary()
    risk_of(r)
    warm = best_of(lambda: risk_of(r), n)
    fresh_results = [simulate_ensemble(s, members_count=WINDOW_MEMBERS)[0] for _ in range(n)]
    for x in fresh_results:
        x.summary()
    it = iter(fresh_results)
    fresh = best_of(lambda: risk_of(next(it)), n)
    sim = best_of(lambda: simulate_ensemble(s, members_count=WINDOW_MEMBERS)[0].summary(), n)
    cached = best_of(lambda: r.risk(RiskOptions()), n)
    cpu = best_of(lambda: risk_of(r), n, time.process_time)
    print(f"Engine, default scenario, {WINDOW_MEMBERS} members ({n} runs each):")
    print(f"  members generated + simulated + summarised  median {np.median(sim):6.2f} ms")
    print(f"  risk_of, quantities already derived        median {np.median(warm):6.2f} ms   "
          f"p95 {np.percentile(warm, 95):6.2f} ms")
    print(f"  risk_of on fresh results (derives them)    median {np.median(fresh):6.2f} ms   "
          f"p95 {np.percentile(fresh, 95):6.2f} ms")
    print(f"  risk_of, CPU time (waiting for a core does not count) median "
          f"{np.median(cpu):6.2f} ms")
    print(f"  Results.risk() again (kept)                median {np.median(cached):6.3f} ms")


def window_figures(edits: int) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    tmp = tempfile.TemporaryDirectory(prefix="waterplanner-bench-")
    os.environ["WATERPLANNER_CONFIG_DIR"] = tmp.name

    from PySide6.QtCore import QEventLoop

    from waterplanner.ui.app import _application, build_window, wait_for_results
    from waterplanner.ui.inflow_choice import ENSEMBLE

    app = _application()
    win, _ = build_window(None)
    win.resize(1920, 1080)
    win.show()
    if not wait_for_results(win):
        print("no results: the default scenario has problems", file=sys.stderr)
        return 1
    combo = win.inflow_combo
    values = [combo.itemData(i) for i in range(combo.count())]
    model = win.schedule.model
    row = model.row_of("toktogul")
    periods = model.columnCount()
    rng = np.random.default_rng(1)

    loop = QEventLoop()
    session = win.session
    gui_ms: list[float] = []
    handle = session._on_simulator_finished

    def timed(outcome) -> None:  # type: ignore[no-untyped-def]
        t = time.perf_counter()
        handle(outcome)
        gui_ms.append((time.perf_counter() - t) * 1000)
        loop.quit()

    session.simulator.finished.disconnect(handle)
    session.simulator.finished.connect(timed)

    cpu: list[float] = []

    def one_edit(painted: bool) -> float:
        col = int(rng.integers(periods))
        value = f"{rng.uniform(150, 900):.1f}"
        c0 = time.process_time()
        t0 = time.perf_counter()
        model.setData(model.index(row, col), value)
        # the event loop sleeps while the worker simulates, as the window's own does
        while win.results is None or win.results.scenario is not win.document.scenario:
            loop.exec()
        if painted:
            app.processEvents()
            cpu.append((time.process_time() - c0) * 1000)
        return (time.perf_counter() - t0) * 1000

    def measure(label: str, risk: bool = True) -> None:
        for _ in range(10):
            one_edit(True)
        data = np.array([one_edit(False) for _ in range(edits)])
        cpu.clear()
        painted = np.array([one_edit(True) for _ in range(edits)])
        cpu_ms = np.array(cpu)
        runs = []
        for _ in range(10):
            one_edit(True)
            runs.append(win.session.last_outcome.seconds * 1000)
        gui = np.array(gui_ms[-2 * edits - 10:])
        panel = win.summary.risk
        assert panel.isVisible() == risk and panel.table is win.session.risk()
        print(f"  {label}: the run in the worker (members, simulation, summary, risk) median "
              f"{np.median(runs):6.2f} ms; the views' update on the GUI thread median "
              f"{np.median(gui):6.2f} ms, p95 {np.percentile(gui, 95):6.2f} ms")
        print(f"    edit → views updated (data)     median {np.median(data):6.2f} ms   "
              f"p95 {np.percentile(data, 95):6.2f} ms")
        print(f"    edit → updated + repainted      median {np.median(painted):6.2f} ms   "
              f"p95 {np.percentile(painted, 95):6.2f} ms   target well under 50 ms")
        print(f"    CPU time of the process per edit (both threads; waiting for a core does "
              f"not count) median {np.median(cpu_ms):6.2f} ms   "
              f"p95 {np.percentile(cpu_ms, 95):6.2f} ms")

    print(f"Window 1920×1080 offscreen, {edits} edits each:")
    measure("one inflow set (for comparison: the edit, validation and views without "
            "members)", risk=False)
    combo.setCurrentIndex(values.index(ENSEMBLE))
    while win.results is None or win.results.members == 1 or win.session.simulator.busy:
        app.processEvents()
    measure(f"ensemble of {win.results.members} members, no baseline")
    win.session.set_baseline_to_current()
    while win.baseline is None or win.session.simulator.busy:
        app.processEvents()
    measure(f"ensemble of {win.results.members} members, with a baseline")
    print(f"  (load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
    win.document.undo_stack.setClean()
    win.session.mark_saved()
    win.shutdown()
    win.close()
    tmp.cleanup()
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--edits", type=int, default=100)
    ap.add_argument("--runs", type=int, default=30)
    args = ap.parse_args()
    engine_figures(args.runs)
    return window_figures(args.edits)


if __name__ == "__main__":
    sys.exit(main())
