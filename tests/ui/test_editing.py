"""Editing releases by typing and by dragging; undo and redo; real-time updates."""

from __future__ import annotations

from itertools import pairwise

import numpy as np
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from waterplanner.model.edits import SetNodeField
from waterplanner.ui.result_plots import ReleasePlot, StoragePlot

MAY = 7  # the default scenario starts in October


def _toktogul_row(win) -> int:
    return win.schedule.model.row_of("toktogul")


def test_default_scenario_opens_with_results(window) -> None:
    s = window.document.scenario
    assert s.has_node("toktogul") and s.has_node("north_aral")
    assert window.results is not None
    assert window.plots.curve_data(StoragePlot, "toktogul") is not None
    assert "Total shortfall" in [window.summary.tree.topLevelItem(i).text(0)
                                 for i in range(window.summary.tree.topLevelItemCount())]
    assert window.windowTitle().endswith("WaterPlanner")
    # the default plan asks Andijan for more than it holds in winter: a warning, not a problem
    assert "problem" not in window.problem_label.text()
    unmet = window.session.unmet_targets()
    assert len(unmet) == len(window.validation.warnings)
    if unmet:
        assert f"{len(unmet)} warning" in window.problem_label.text()
    assert window.sim_label.text().startswith("Simulated in")


def test_typing_a_release_updates_plots_and_summary(window, qtbot) -> None:
    model = window.schedule.model
    row = _toktogul_row(window)
    before_release = window.plots.curve_data(ReleasePlot, "toktogul").copy()
    before_storage = window.plots.curve_data(StoragePlot, "toktogul").copy()
    before_summary = dict(window.summary.values)
    assert model.setData(model.index(row, MAY), "1 100")  # typed with a thousands space
    s = window.document.scenario
    assert s.time.mcm_to_m3s(np.array(s.release_schedules["toktogul"]))[MAY] == \
        __import__("pytest").approx(1100)
    qtbot.waitUntil(lambda: window.results.scenario is s, timeout=10_000)
    after_release = window.plots.curve_data(ReleasePlot, "toktogul")
    assert after_release[MAY] > before_release[MAY] + 100
    assert not np.allclose(window.plots.curve_data(StoragePlot, "toktogul"), before_storage)
    assert window.summary.values != before_summary
    assert window.act_undo.text() == "&Undo Set Toktogul release, May 2026"
    assert window.isWindowModified()


def test_typing_garbage_is_refused_with_a_message(window) -> None:
    model = window.schedule.model
    s = window.document.scenario
    assert not model.setData(model.index(0, 0), "lots")
    assert not model.setData(model.index(0, 0), "-5")
    assert window.document.scenario is s
    assert "negative" in window.message_label.text()


def _send(widget, kind: QEvent.Type, pos: QPointF, buttons) -> None:
    ev = QMouseEvent(kind, pos, widget.mapToGlobal(pos), Qt.MouseButton.LeftButton, buttons,
                     Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, ev)


def test_dragging_a_point_updates_every_plot_while_the_mouse_moves(window, qtbot) -> None:
    plot = window.schedule.plot
    pw = window.schedule.plot_widget
    vb = plot.plot.getViewBox()
    y0 = float(plot._y[MAY])
    undo_count = window.document.undo_stack.count()
    # room above the point, so the view does not grow mid-drag and move the target under the
    # synthetic mouse (a real hand follows the point; these events do not)
    plot.plot.setYRange(0, y0 + 1000, padding=0)
    qtbot.wait(20)

    def at(y: float) -> QPointF:
        return QPointF(pw.mapFromScene(vb.mapViewToScene(QPointF(MAY + 0.5, y))))

    vp = pw.viewport()
    _send(vp, QEvent.Type.MouseButtonPress, at(y0), Qt.MouseButton.LeftButton)
    seen = []
    for k in range(1, 6):
        qtbot.wait(15)  # pyqtgraph drops moves closer than 10 ms apart (mouseRateLimit)
        _send(vp, QEvent.Type.MouseMove, at(y0 + 60 * k), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.results.scenario is window.document.scenario, timeout=10_000)
        seen.append(window.plots.curve_data(ReleasePlot, "toktogul")[MAY])
    _send(vp, QEvent.Type.MouseButtonRelease, at(y0 + 300), Qt.MouseButton.NoButton)
    assert plot._y[MAY] > y0 + 200, "the point follows the mouse"
    assert all(b > a for a, b in pairwise(seen)), f"plots follow every move: {seen}"
    assert window.document.undo_stack.count() == undo_count + 1, "one drag is one undo step"
    assert window.act_undo.text() == "&Undo Set Toktogul release, May 2026"


def test_drag_api_merges_one_drag_and_separates_the_next(window) -> None:
    stack = window.document.undo_stack
    n = stack.count()
    for v in (400, 450, 500):
        window.schedule.drag_to("toktogul", 2, v, token="drag-1")
    assert stack.count() == n + 1
    window.schedule.drag_to("toktogul", 2, 520, token="drag-2")
    assert stack.count() == n + 2


def test_undo_and_redo_return_identical_scenarios(window) -> None:
    doc = window.document
    original = doc.scenario
    model = window.schedule.model
    model.setData(model.index(0, 1), "700")
    model.setData(model.index(1, 2), "90")
    doc.apply(SetNodeField(node_id="toktogul", field_name="capacity_mcm", value=19_000,
                           label="Set Toktogul capacity"))
    final = doc.scenario
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    assert doc.scenario is original
    assert not window.isWindowModified()
    while doc.undo_stack.canRedo():
        doc.undo_stack.redo()
    assert doc.scenario is final
    assert window.isWindowModified()


def test_selection_tools_scale_shift_and_copy_season(window) -> None:
    ed = window.schedule
    model = ed.model
    row = _toktogul_row(window)
    sel = ed.table.selectionModel()
    before = [model.value(row, c) for c in range(12)]
    for c in range(6, 9):
        sel.select(model.index(row, c), sel.SelectionFlag.Select)
    assert ed.apply_to_selection(lambda x: x * 1.1, "Scale by 110 %")
    after = [model.value(row, c) for c in range(12)]
    assert np.allclose(after[6:9], np.array(before[6:9]) * 1.1)
    assert after[:6] == before[:6]
    assert window.act_undo.text().startswith("&Undo Scale by 110 % Toktogul")
    assert not ed.copy_season()  # one-year horizon: nothing to copy to, says why
    assert "only one year" in window.message_label.text()


def test_paste_tab_separated_block_is_one_step(window) -> None:
    ed = window.schedule
    ed.table.setCurrentIndex(ed.model.index(0, 0))
    n = window.document.undo_stack.count()
    assert ed.paste("100\t200\t300\n10\t20\t30\n")
    assert window.document.undo_stack.count() == n + 1
    assert [round(ed.model.value(0, c)) for c in range(3)] == [100, 200, 300]
    assert [round(ed.model.value(1, c)) for c in range(3)] == [10, 20, 30]
    assert not ed.paste("1\tx\n")
    assert "not a number" in window.message_label.text()


def test_units_toggle_shows_volumes(window) -> None:
    model = window.schedule.model
    row = _toktogul_row(window)
    s = window.document.scenario
    window.units_combo.setCurrentIndex(1)
    assert model.value(row, 0) == s.release_schedules["toktogul"][0]
    assert window.settings.units() == "mcm"
    assert "Mm³" in model.headerData(row, Qt.Orientation.Vertical)


def test_inflow_set_switch_and_baseline_deltas(window, qtbot) -> None:
    window.set_baseline()
    assert window.session.baseline.scenario is window.document.scenario
    qtbot.waitUntil(lambda: window.baseline is not None, timeout=10_000)
    assert np.array_equal(window.baseline.storage_mcm, window.results.storage_mcm, equal_nan=True)
    assert window.summary.deltas["shortfall"] in ("=", "")
    dry = window.document.scenario.inflow_set_names.index("dry")
    window.inflow_combo.setCurrentIndex(dry)
    qtbot.waitUntil(lambda: window.results is not None and window.results.inflow_set == "dry",
                    timeout=10_000)
    # the baseline follows the inflow set: the same plan under the same water shows no change
    assert window.baseline.inflow_set == "dry"
    assert window.summary.deltas["shortfall"] in ("=", "")
    _edit_cut_toktogul = window.schedule.model
    row = _toktogul_row(window)
    assert _edit_cut_toktogul.setData(_edit_cut_toktogul.index(row, 9), "0")
    qtbot.waitUntil(lambda: window.results is not None and window.results.scenario is
                    window.document.scenario, timeout=10_000)
    assert window.summary.deltas["shortfall"].startswith("▲")
    storage = window.plots.plots[0]
    assert len(storage.base.yData) == len(storage.curve.yData)
    window.clear_baseline()
    assert window.summary.deltas["shortfall"] == ""
    assert storage.base.yData is None or len(storage.base.yData) == 0
