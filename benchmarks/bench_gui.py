"""Desktop responsiveness: edit → plots updated, and frames per second while dragging.

Run from a checkout (offscreen; your settings are not touched)::

    python benchmarks/bench_gui.py               # 300 edits, 300 drag moves
    python benchmarks/bench_gui.py --edits 1000

On the default Syr Darya scenario (five reservoirs, 12 months), with the window at
1920×1080 and every panel visible:

* *latency*: a release typed into the schedule table, until every plot, the summary, the
  schematic and the schedule plot hold the new results ("data"), and until the window has
  also repainted ("painted", processEvents after the edit). Median and 95th percentile.
* *dragging*: a point of the schedule plot dragged by synthetic mouse events; each move is
  one edit, one simulation, all plots updated and repainted. Frames per second = moves per
  second of wall time.
* *moving a node*: Toktogul dragged on the schematic (press, three moves, release: one undo
  step); the time from the release until the window has caught up, and how many times the
  moves were validated or simulated (none: a move changes only the layout).

Targets (issue 4): 95th percentile under 30 ms; dragging at 30 frames per second or better.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time

import numpy as np
import pyqtgraph as pg


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--edits", type=int, default=300)
    ap.add_argument("--moves", type=int, default=300)
    ap.add_argument("--node-moves", type=int, default=100)
    args = ap.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    tmp = tempfile.TemporaryDirectory(prefix="waterplanner-bench-")
    os.environ["WATERPLANNER_CONFIG_DIR"] = tmp.name

    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    from waterplanner.ui.app import _application, build_window, wait_for_results

    app = _application()
    win, _ = build_window(None)
    win.resize(1920, 1080)
    win.show()
    if not wait_for_results(win):
        print("no results: the default scenario has problems", file=sys.stderr)
        return 1
    for _ in range(3):
        app.processEvents()
    model = win.schedule.model
    row = model.row_of("toktogul")
    rng = np.random.default_rng(1)
    periods = model.columnCount()

    cpu: list[float] = []

    def one_edit(painted: bool, check: bool = True) -> float:
        col = int(rng.integers(periods))
        value = f"{rng.uniform(150, 900):.1f}"
        c0 = time.process_time()
        t0 = time.perf_counter()
        model.setData(model.index(row, col), value)
        if check and win.results.scenario is not win.document.scenario:
            # the simulation went to the worker thread: wait for it (counts in the latency)
            while win.results.scenario is not win.document.scenario:
                app.processEvents()
        if painted:
            app.processEvents()
            cpu.append((time.process_time() - c0) * 1000)
        return (time.perf_counter() - t0) * 1000

    for _ in range(20):  # warm caches (compiled network, fonts, pyqtgraph paths)
        one_edit(True, check=False)
    while win.session.simulator.busy:
        app.processEvents()
    data = np.array([one_edit(False) for _ in range(args.edits)])
    app.processEvents()
    cpu.clear()
    painted = np.array([one_edit(True) for _ in range(args.edits)])
    cpu_arr = np.array(cpu)
    sim_ms = win.session.last_outcome.seconds * 1000 if win.session.last_outcome else float("nan")

    # dragging: synthetic mouse events on the schedule plot
    pw = win.schedule.plot_widget
    vb = win.schedule.plot.plot.getViewBox()
    vp = pw.viewport()
    period = 7

    def at(y: float) -> QPointF:
        return QPointF(pw.mapFromScene(vb.mapViewToScene(QPointF(period + 0.5, y))))

    def send(kind: QEvent.Type, pos: QPointF, buttons: Qt.MouseButton) -> None:
        QApplication.sendEvent(vp, QMouseEvent(kind, pos, vp.mapToGlobal(pos),
                                               Qt.MouseButton.LeftButton, buttons,
                                               Qt.KeyboardModifier.NoModifier))

    # every synthetic move is delivered (a hand's moves come ≥ 10 ms apart; pyqtgraph would
    # drop these, sent back to back), so each frame below really re-simulates and redraws
    pg.setConfigOption("mouseRateLimit", -1)
    y0 = float(win.schedule.plot._y[period])
    steps_before = win.document.undo_stack.count()
    scenarios_seen = set()
    send(QEvent.Type.MouseButtonPress, at(y0), Qt.MouseButton.LeftButton)
    frames = []
    t_start = time.perf_counter()
    for k in range(args.moves):
        y = y0 + 300 * np.sin(k / 20.0)
        t0 = time.perf_counter()
        send(QEvent.Type.MouseMove, at(max(y, 10.0)), Qt.MouseButton.LeftButton)
        app.processEvents()
        frames.append((time.perf_counter() - t0) * 1000)
        scenarios_seen.add(id(win.results.scenario) if win.results is not None else None)
    total = time.perf_counter() - t_start
    send(QEvent.Type.MouseButtonRelease, at(y0), Qt.MouseButton.NoButton)
    drag_steps = win.document.undo_stack.count() - steps_before
    fps = args.moves / total
    frames_arr = np.array(frames)

    node_ms, node_counts = _move_a_node(app, win, args.node_moves)

    print("WaterPlanner GUI benchmark: default scenario "
          f"({len(win.document.scenario.reservoirs)} reservoirs, {periods} periods), 1920×1080 offscreen")
    print(f"  simulation alone (last run)          {sim_ms:7.2f} ms")
    print(f"  edit → plots updated (data)  median {np.median(data):7.2f} ms   "
          f"p95 {np.percentile(data, 95):7.2f} ms   ({args.edits} edits)")
    print(f"  edit → plots updated + repaint median {np.median(painted):7.2f} ms   "
          f"p95 {np.percentile(painted, 95):7.2f} ms   target p95 < 30 ms")
    print(f"    (CPU time of this process per edit: median {np.median(cpu_arr):.2f} ms, "
          f"p95 {np.percentile(cpu_arr, 95):.2f} ms — wall time above also counts waiting for "
          f"a core; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
    print(f"  dragging: {fps:6.1f} frames/s  (frame median {np.median(frames_arr):.2f} ms, "
          f"p95 {np.percentile(frames_arr, 95):.2f} ms; {args.moves} moves)   target ≥ 30 fps")
    print(f"  the drag re-simulated {len(scenarios_seen)} times and added {drag_steps} undo "
          "step(s) (one drag = one step)")
    print(f"  moving a node on the schematic: release → caught up median {np.median(node_ms):.2f} "
          f"ms, p95 {np.percentile(node_ms, 95):.2f} ms ({args.node_moves} moves); "
          f"validated {node_counts['problems']}×, simulated {node_counts['simulations']}×, "
          f"results replaced {node_counts['results']}×")
    win.document.undo_stack.setClean()
    win.shutdown()
    win.close()
    tmp.cleanup()
    return 0


def _move_a_node(app, win, moves: int) -> tuple[np.ndarray, dict[str, int]]:
    """Drag Toktogul on the schematic ``moves`` times; the time from each release until the
    window has processed it, and how often the session validated, simulated or replaced the
    results meanwhile."""
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    while win.session.simulator.busy:
        app.processEvents()
    view = win.schematic.view
    vp = view.viewport()
    counts = {"problems": 0, "simulations": 0, "results": 0}

    def count(key: str):
        def bump(*_: object) -> None:
            counts[key] += 1
        return bump

    session = win.session
    session.problems_changed.connect(count("problems"))
    session.simulation_finished.connect(count("simulations"))
    session.results_changed.connect(count("results"))

    def send(kind: QEvent.Type, pos: QPointF, buttons: Qt.MouseButton) -> None:
        QApplication.sendEvent(vp, QMouseEvent(kind, pos, vp.mapToGlobal(pos),
                                               Qt.MouseButton.LeftButton, buttons,
                                               Qt.KeyboardModifier.NoModifier))

    out = []
    for k in range(moves):
        start = QPointF(view.mapFromScene(win.schematic.items["toktogul"].pos()))
        step = QPointF(6.0 if k % 2 == 0 else -6.0, 3.0 if k % 4 < 2 else -3.0)
        send(QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton)
        for j in range(1, 4):
            send(QEvent.Type.MouseMove, start + step * j, Qt.MouseButton.LeftButton)
        t0 = time.perf_counter()
        send(QEvent.Type.MouseButtonRelease, start + step * 3, Qt.MouseButton.NoButton)
        app.processEvents()
        out.append((time.perf_counter() - t0) * 1000)
    return np.array(out), counts


if __name__ == "__main__":
    raise SystemExit(main())
