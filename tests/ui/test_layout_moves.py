"""Moving a node on the schematic is not a hydrological edit: it is an undo step that marks
the file modified, but nothing is revalidated or re-simulated and the results on screen stay
the very same object. Any other edit (an inflow) still re-simulates at once."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

import waterplanner.ui.document as ui_document
from waterplanner.engine.optimise.record import OptimisationRecord
from waterplanner.model.edits import SetNodeField
from waterplanner.ui.main_window import MainWindow


def _mouse(widget, kind: QEvent.Type, pos: QPoint, buttons: Qt.MouseButton) -> None:
    ev = QMouseEvent(kind, QPointF(pos), widget.mapToGlobal(QPointF(pos)),
                     Qt.MouseButton.LeftButton, buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, ev)


def _drag(win: MainWindow, node_id: str, by: QPoint) -> None:
    """Press on a node of the schematic, move the mouse in steps, release."""
    view = win.schematic.view
    vp = view.viewport()
    start = view.mapFromScene(win.schematic.items[node_id].pos())
    _mouse(vp, QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton)
    for k in range(1, 6):
        _mouse(vp, QEvent.Type.MouseMove, start + by * k / 5, Qt.MouseButton.LeftButton)
    _mouse(vp, QEvent.Type.MouseButtonRelease, start + by, Qt.MouseButton.NoButton)


class _Counts:
    """How often the session announced a validation, a simulation or new results."""

    def __init__(self, win: MainWindow) -> None:
        self.problems = self.simulations = self.results = 0
        s = win.session
        s.problems_changed.connect(self._on_problems_changed)
        s.simulation_finished.connect(self._on_simulation_finished)
        s.results_changed.connect(self._on_results_changed)

    def _on_problems_changed(self, _problems) -> None:
        self.problems += 1

    def _on_simulation_finished(self, _outcome) -> None:
        self.simulations += 1

    def _on_results_changed(self) -> None:
        self.results += 1


def test_dragging_a_node_keeps_the_results_and_an_inflow_edit_resimulates(
        window: MainWindow, qtbot, monkeypatch) -> None:
    win, session, doc = window, window.session, window.document
    before = doc.scenario
    results = session.results
    assert results is not None and results.scenario is before
    validations: list[object] = []
    real_validate = ui_document.validate_scenario
    monkeypatch.setattr(ui_document, "validate_scenario",
                        lambda s: validations.append(s) or real_validate(s))
    counts = _Counts(win)
    assert not session.is_modified

    _drag(win, "toktogul", QPoint(60, 25))

    moved = doc.scenario
    assert moved is not before
    assert moved.layout["toktogul"] != before.layout["toktogul"]
    assert moved.nodes is before.nodes and moved.links is before.links \
        and moved.time is before.time
    item = win.schematic.items["toktogul"]
    assert moved.layout["toktogul"] == (round(item.pos().x(), 1), round(item.pos().y(), 1))
    # no validation, no simulation, the same results, shown as current
    assert validations == []
    assert (counts.problems, counts.simulations, counts.results) == (0, 0, 0)
    assert session.results is results and win.results is results
    assert win.centre.currentWidget() is win.plots
    assert session.report_inputs() is not None and session.report_inputs().results is results
    # but it is an edit: undoable, and the file is modified
    assert session.is_modified
    assert win.act_undo.text() == "&Undo Move Toktogul"
    doc.undo_stack.undo()
    assert doc.scenario is before
    assert item.pos() == QPointF(*before.layout["toktogul"])
    assert session.results is results
    assert not session.is_modified
    doc.undo_stack.redo()
    assert doc.scenario is moved and session.results is results
    assert (counts.problems, counts.simulations) == (0, 0)

    # an inflow edit is hydrology: validated and simulated again
    naryn = moved.node("naryn")
    inflow = dict(naryn.inflow_mcm)
    inflow["median"] = tuple(v * 1.1 for v in inflow["median"])
    assert doc.apply(SetNodeField(node_id="naryn", field_name="inflow_mcm", value=inflow))
    qtbot.waitUntil(lambda: session.results is not None
                    and session.results.scenario is doc.scenario, timeout=10_000)
    assert session.results is not results
    assert counts.problems >= 1 and counts.simulations >= 1
    assert validations, "an inflow edit is validated"


def test_a_move_keeps_the_optimisation_record(window: MainWindow) -> None:
    session, doc = window.session, window.document
    record = OptimisationRecord(kind="optimiser", applied_to=doc.scenario,
                                produced=doc.scenario)
    session.record_optimisation(record)
    assert session.optimisation_record is record
    _drag(window, "shardara", QPoint(-40, 10))
    assert doc.scenario is not record.produced
    assert session.optimisation_record is record
    assert session.report_inputs().optimisation is record


def test_a_move_during_a_background_run_keeps_its_results(window: MainWindow, qtbot) -> None:
    """A run still on its way when a node is moved belongs to the moved scenario too."""
    session, doc = window.session, window.document
    session.simulator.force_async = True
    model = window.schedule.model
    assert model.setData(model.index(0, 0), "321")
    edited = doc.scenario
    assert session.simulator.busy
    _drag(window, "kayrakkum", QPoint(30, 30))
    assert doc.scenario is not edited and doc.scenario.same_apart_from_layout(edited)
    qtbot.waitUntil(lambda: session.results is not None, timeout=10_000)
    assert session.results.scenario is edited
    qtbot.waitUntil(lambda: not session.simulator.busy, timeout=10_000)


def test_sections_other_than_the_layout_are_revalidated(window: MainWindow) -> None:
    """Only a move skips validation: a new countries list (say) is checked at once."""
    from dataclasses import replace

    from waterplanner.model.countries import Country
    from waterplanner.model.edits import ReplaceScenario
    doc, session = window.document, window.session
    assert session.problems() == []
    twice = (Country(code="KZ"), Country(code="KZ"))
    assert doc.apply(ReplaceScenario(scenario=replace(doc.scenario, countries=twice)))
    assert [p.location for p in session.problems()] == ["countries[1].code"]
    assert session.results is None
