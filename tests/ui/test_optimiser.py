"""The optimiser panel: run in a worker, apply as one undo step, cancel, trade-off points."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF

from waterplanner.ui.main_window import MainWindow

pytest.importorskip("waterplanner.engine.optimise")


def _wait_idle(panel, qtbot) -> None:
    qtbot.waitUntil(lambda: panel.worker is None, timeout=60_000)


def test_optimise_and_apply_is_one_undoable_edit(window: MainWindow, qtbot) -> None:
    panel = window.optimiser
    assert panel is not None
    before = window.document.scenario
    before_short = window.results.summary().shortfall_mcm
    assert panel.run()
    assert panel.worker is not None and not panel.run_button.isEnabled()
    _wait_idle(panel, qtbot)
    assert panel.result is not None and "Self-check" in panel.status.text()
    assert window.document.scenario is before, "running changes nothing by itself"
    assert panel.apply()
    assert window.act_undo.text() == "&Undo Apply optimised schedule"
    qtbot.waitUntil(lambda: window.results.scenario is window.document.scenario, timeout=5000)
    assert window.results.summary().shortfall_mcm <= before_short + 1e-6
    window.document.undo_stack.undo()
    assert window.document.scenario is before


def test_cancel_stops_the_run_and_changes_nothing(window: MainWindow, qtbot) -> None:
    panel = window.optimiser
    before = window.document.scenario
    assert panel.run_front()
    panel.cancel()
    _wait_idle(panel, qtbot)
    assert window.document.scenario is before
    text = panel.status.text()
    assert "Cancelled" in text or "cancelled" in text or "Trade-off" in text


def test_trade_off_points_show_and_apply_their_schedule(window: MainWindow, qtbot) -> None:
    panel = window.optimiser
    panel.points.setValue(3)
    assert panel.run_front()
    _wait_idle(panel, qtbot)
    assert panel.front is not None and len(panel.front.points) >= 2
    panel.select_point(0)
    assert "Release (m³/s)" in panel.point_label.text()
    n = window.document.undo_stack.count()
    panel._on_apply_point_clicked()
    assert window.document.undo_stack.count() == n + 1


def test_apply_refused_when_the_network_changed(window: MainWindow, qtbot) -> None:
    panel = window.optimiser
    assert panel.run()
    _wait_idle(panel, qtbot)
    window.schematic.select_node("toktogul")
    item = window.schematic.items["toktogul"]
    item.setPos(item.pos() + QPointF(5, 5))
    window.schematic.view.moved.emit()
    assert not panel.apply()
    assert "run the optimiser again" in panel.status.text()
