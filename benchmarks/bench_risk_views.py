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

Then the work an edit costs, counted rather than timed (the counts do not depend on what
else the machine is doing): calls per edit on the GUI thread (validations, band sets
computed, fans drawn, curve data set, curves and lines painted, risk values formatted, tree
cells set, label placements) and the paint events with the area they cover, without and with
a baseline. ``--count-only`` prints only these.

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


WORK = (
    # (what, file the function is defined in, function name); '~' for Qt's own methods
    ("validations of the whole scenario", "model/validation.py", "validate_document"),
    ("  of which metadata checks", "model/validation.py", "_check_metadata"),
    ("band sets computed (quantiles over members)", "engine/bands.py", "bands"),
    ("fans drawn", "ui/fan.py", "show"),
    ("fill-between paths rebuilt (pyqtgraph)", "FillBetweenItem.py", "updatePath"),
    ("band paths set (one polygon each)", "ui/fan.py", "set_edges"),
    ("curve data set (PlotCurveItem.setData)", "PlotCurveItem.py", "setData"),
    ("curves painted (PlotCurveItem.paint)", "PlotCurveItem.py", "paint"),
    ("lines painted (InfiniteLine.paint)", "InfiniteLine.py", "paint"),
    ("summary rows made (plan and baseline)", "ui/summary_panel.py", "summary_rows"),
    ("risk values formatted", "ui/risk_rows.py", "text"),
    ("tree cells set (QTreeWidgetItem.setText)", "~",
     "<method 'setText' of 'PySide6.QtWidgets.QTreeWidgetItem' objects>"),
    ("schematic names placed", "ui/schematic_labels.py", "place_labels"),
)


def work_per_edit(edits: int) -> int:
    """Count what an edit costs in the window (see the module docstring)."""
    import cProfile
    import pstats

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    tmp = tempfile.TemporaryDirectory(prefix="waterplanner-bench-")
    os.environ["WATERPLANNER_CONFIG_DIR"] = tmp.name

    from PySide6.QtCore import QEvent, QObject

    from waterplanner.ui.app import _application, build_window, wait_for_results
    from waterplanner.ui.inflow_choice import ENSEMBLE

    class Paints(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.count = 0
            self.area = 0

        def eventFilter(self, obj, ev):  # type: ignore[no-untyped-def]
            if ev.type() == QEvent.Type.Paint:
                self.count += 1
                r = ev.region().boundingRect() if hasattr(ev, "region") else ev.rect()
                self.area += sum(x.width() * x.height() for x in ev.region()) \
                    if hasattr(ev, "region") else r.width() * r.height()
            return False

    app = _application()
    win, _ = build_window(None)
    win.resize(1920, 1080)
    win.show()
    if not wait_for_results(win):
        return 1
    combo = win.inflow_combo
    values = [combo.itemData(i) for i in range(combo.count())]
    model = win.schedule.model
    row = model.row_of("toktogul")
    periods = model.columnCount()
    rng = np.random.default_rng(2)

    def edit() -> None:
        col = int(rng.integers(periods))
        model.setData(model.index(row, col), f"{rng.uniform(150, 900):.1f}")
        while win.results is None or win.results.scenario is not win.document.scenario:
            app.processEvents()
        app.processEvents()

    def count(label: str) -> dict[str, float]:
        for _ in range(5):
            edit()
        prof = cProfile.Profile()
        paints = Paints()
        app.installEventFilter(paints)
        prof.enable()
        for _ in range(edits):
            edit()
        prof.disable()
        app.removeEventFilter(paints)
        stats = pstats.Stats(prof).stats  # type: ignore[attr-defined]
        out: dict[str, float] = {}
        for what, where, name in WORK:
            n = sum(v[1] for (file, _, fn), v in stats.items()
                    if fn == name and (file == where if where == "~"
                                       else file.replace("\\", "/").endswith(where)))
            out[what] = n / edits
        out["paint events"] = paints.count / edits
        out["painted area (megapixels)"] = paints.area / edits / 1e6
        del label
        return out

    combo.setCurrentIndex(values.index(ENSEMBLE))
    while win.results is None or win.results.members == 1 or win.session.simulator.busy:
        app.processEvents()
    alone = count("ensemble")
    win.session.set_baseline_to_current()
    while win.baseline is None or win.session.simulator.busy:
        app.processEvents()
    based = count("baseline")
    print(f"Work per edit ({edits} edits each, GUI thread, {win.results.members} members, "
          f"Storage tab shown):")
    print(f"  {'':46s} {'no baseline':>12s} {'baseline':>12s}")
    for what in alone:
        print(f"  {what:46s} {alone[what]:12.2f} {based[what]:12.2f}")
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
    ap.add_argument("--count-only", action="store_true",
                    help="only count the work per edit (calls, paint events)")
    args = ap.parse_args()
    if args.count_only:
        return work_per_edit(min(args.edits, 30))
    engine_figures(args.runs)
    status = window_figures(args.edits)
    return status or work_per_edit(min(args.edits, 30))


if __name__ == "__main__":
    sys.exit(main())
