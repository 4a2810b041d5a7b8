"""The session: one place for what the window shows, and figures that never outlive the
scenario they were computed for (the optimisation record above all)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

from waterplanner.model.fileio import load_scenario_and_view, save_scenario
from waterplanner.ui.main_window import MainWindow, redo_shortcuts


def _optimise_and_apply(window: MainWindow, qtbot) -> None:
    panel = window.optimiser
    assert panel.run()
    qtbot.waitUntil(lambda: panel.worker is None, timeout=60_000)
    assert panel.result is not None
    assert panel.apply()


def _record_in_report(window: MainWindow):
    inputs = window.session.report_inputs()
    return None if inputs is None else inputs.optimisation


def test_the_optimisation_record_lasts_exactly_as_long_as_its_scenario(window: MainWindow,
                                                                       qtbot) -> None:
    session = window.session
    _optimise_and_apply(window, qtbot)
    produced = window.document.scenario
    qtbot.waitUntil(lambda: window.session.results is not None, timeout=10_000)
    record = _record_in_report(window)
    assert record is not None and record.kind == "optimiser" and record.describes(produced)
    assert "optimiser" in window.optimiser.record_label.text()
    window.document.undo_stack.undo()  # the schedules are no longer the optimiser's
    assert session.optimisation_record is None
    qtbot.waitUntil(lambda: window.session.results is not None, timeout=10_000)
    assert _record_in_report(window) is None
    assert window.optimiser.record_label.text() == ""
    window.document.undo_stack.redo()  # back to exactly the optimised scenario
    assert window.document.scenario is produced
    assert session.optimisation_record is record
    model = window.schedule.model
    assert model.setData(model.index(0, 0), "123")  # any other edit ends it
    assert session.optimisation_record is None


def test_a_trade_off_point_replaces_the_optimiser_record(window: MainWindow, qtbot) -> None:
    _optimise_and_apply(window, qtbot)
    panel = window.optimiser
    panel.points.setValue(3)
    assert panel.run_front()
    qtbot.waitUntil(lambda: panel.worker is None, timeout=120_000)
    panel.select_point(0)
    panel._on_apply_point_clicked()
    record = window.session.optimisation_record
    if window.document.scenario is record.applied_to:
        pytest.skip("the point's schedule equals the optimised one")
    assert record.kind == "tradeoff" and record.point_index == 0
    assert "trade-off" in record.source_text


def test_opening_another_file_drops_the_record(window: MainWindow, qtbot,
                                               tmp_path: Path) -> None:
    other = tmp_path / "other.wplan"
    save_scenario(window.document.scenario, other)
    window.settings.add_recent_file(str(other))
    _optimise_and_apply(window, qtbot)
    assert window.session.optimisation_record is not None
    window.session.mark_saved()
    assert window.files.open_path(other, ask=False)
    assert window.session.optimisation_record is None
    qtbot.waitUntil(lambda: window.session.results is not None, timeout=10_000)
    assert _record_in_report(window) is None
    assert window.optimiser.result is None and not window.optimiser.apply_button.isEnabled()


def test_inflow_set_and_baseline_file_are_saved_with_the_document(window: MainWindow, qtbot,
                                                                  tmp_path: Path) -> None:
    base = tmp_path / "studies" / "baseline.wplan"
    base.parent.mkdir()
    save_scenario(window.document.scenario, base)
    assert window.session.set_baseline_file(base)
    window.session.set_inflow_set("dry")
    assert window.session.is_modified, "a changed view is worth saving"
    target = tmp_path / "studies" / "plan.wplan"
    assert window.files.save_to(target)
    assert not window.session.is_modified
    _, view = load_scenario_and_view(target)
    assert view.inflow_set == "dry" and view.baseline_file == "baseline.wplan"
    # reopen in a fresh window: the same inflow set and the same comparison
    from tests.ui.conftest import make_window
    again = make_window(qtbot)
    again.session.mark_saved()
    assert again.files.open_path(target, ask=False)
    assert again.session.inflow_set == "dry"
    assert again.inflow_combo.currentData() == "dry"
    assert again.session.baseline is not None and again.session.baseline.file == base
    qtbot.waitUntil(lambda: again.baseline is not None, timeout=10_000)
    assert again.baseline.inflow_set == "dry"


def test_a_frozen_baseline_is_kept_beside_the_saved_file(window: MainWindow, qtbot,
                                                         tmp_path: Path) -> None:
    window.set_baseline()
    target = tmp_path / "plan.wplan"
    assert window.files.save_to(target)
    side = tmp_path / "plan.baseline.wplan"
    assert side.exists()
    _, view = load_scenario_and_view(target)
    assert view.baseline_file == "plan.baseline.wplan"


def test_invalid_scenario_shows_no_stale_numbers(window: MainWindow, qtbot) -> None:
    from waterplanner.model.edits import SetNodeField
    tok = window.document.scenario.node("toktogul")
    assert window.document.apply(SetNodeField(node_id="toktogul", field_name="initial_storage_mcm",
                                              value=tok.capacity_mcm * 0.5))
    assert window.results is not None
    from dataclasses import replace
    bad = replace(tok, dead_storage_mcm=tok.capacity_mcm + 1)  # the edits refuse to make it
    window.document._set_scenario(window.document.scenario.with_node(bad))
    assert window.results is None
    assert window.session.report_inputs() is None
    assert window.centre.currentWidget() is window.not_simulated
    assert window.summary.values == {}
    assert "problem" in window.problem_label.text()


@pytest.mark.parametrize("keys", ["Ctrl+Y", "Ctrl+Shift+Z"])
def test_redo_works_from_both_shortcuts_and_no_shortcut_is_ambiguous(window: MainWindow, qtbot,
                                                                     keys: str) -> None:
    seqs = [s.toString() for s in redo_shortcuts()]
    assert len(seqs) == len(set(seqs)) and {"Ctrl+Y", "Ctrl+Shift+Z"} <= set(seqs)
    mine = [s.toString() for a in window.findChildren(type(window.act_redo))
            for s in a.shortcuts() if a is not window.act_redo]
    assert not set(mine) & set(seqs), "another action holds a redo key"
    model = window.schedule.model
    assert model.setData(model.index(0, 1), "321")
    after = window.document.scenario
    window.document.undo_stack.undo()
    assert window.document.scenario is not after
    window.activateWindow()
    window.schedule.table.setFocus()
    seq = QKeySequence(keys)
    combo = seq[0]
    QTest.keyClick(window, combo.key(), combo.keyboardModifiers())
    assert window.document.scenario is after


def test_typed_edits_are_separate_undo_steps_and_unchanged_cells_add_none(window: MainWindow
                                                                          ) -> None:
    stack = window.document.undo_stack
    model = window.schedule.model
    n = stack.count()
    assert model.setData(model.index(0, 2), "400")
    assert model.setData(model.index(0, 2), "450")
    assert stack.count() == n + 2, "two typed commits are two steps"
    shown = model.data(model.index(0, 2), Qt.ItemDataRole.EditRole)
    assert model.setData(model.index(0, 2), shown)  # F2 then Enter, nothing changed
    assert stack.count() == n + 2


def test_a_value_typed_in_m3s_is_refused_in_m3s(window: MainWindow) -> None:
    model = window.schedule.model
    assert window.session.units == "m3s"
    assert not model.setData(model.index(0, 0), "-5")
    assert "-5 m³/s is negative" in window.message_label.text()
    assert "Mm³" not in window.message_label.text()
    for text in ("1_000", "nan", "inf"):
        assert not model.setData(model.index(0, 0), text)
        assert "not a number" in window.message_label.text()


def test_unmet_targets_are_marked_and_listed(window: MainWindow, qtbot) -> None:
    from dataclasses import replace

    from waterplanner.model.edits import ReplaceScenario
    s = window.document.scenario
    tok = s.node("toktogul")
    low = s.with_node(replace(tok, initial_storage_mcm=tok.dead_storage_mcm + 10,
                              operating_minimum_mcm=None))
    rel = list(low.release_schedules["toktogul"])
    rel[4] = 1607 * low.time.seconds[4] / 1e6
    assert window.document.apply(ReplaceScenario(scenario=low.with_schedule("toktogul", rel),
                                                 label="dry start"))
    qtbot.waitUntil(lambda: window.results is not None
                    and window.results.scenario is window.document.scenario, timeout=10_000)
    texts = window.validation.warnings
    hit = [t for t in texts if t.startswith(f"{tok.name}, {s.time.label(4)}: target 1 607 m³/s")]
    assert hit and hit[0].endswith("storage at dead level")
    assert "warning" in window.problem_label.text()
    row = window.schedule.model.row_of("toktogul")
    assert window.schedule.model.unmet_message(row, 4) == hit[0]
    window.units_combo.setCurrentIndex(1)  # the messages follow the unit
    assert any("Mm³" in t and t.startswith(tok.name) for t in window.validation.warnings)


def test_starting_on_a_saved_study_shows_its_inflow_set_and_baseline(window: MainWindow, qtbot,
                                                                     tmp_path: Path) -> None:
    from tests.ui.conftest import _windows
    from waterplanner.ui.app import build_window
    window.set_baseline()
    window.session.set_inflow_set("dry")
    target = tmp_path / "study.wplan"
    assert window.files.save_to(target)
    (tmp_path / "study.baseline.wplan").unlink()  # a baseline that went missing meanwhile
    again, problems = build_window(str(target))
    _windows.append(again)
    qtbot.addWidget(again, before_close_func=lambda w: w.session.mark_saved())
    assert not problems
    assert again.session.inflow_set == "dry" and again.inflow_combo.currentData() == "dry"
    assert again.session.baseline is None
    assert "study.baseline.wplan could not be read" in again.message_label.text()
    qtbot.waitUntil(lambda: again.session.results is not None, timeout=30_000)
    assert again.session.results.inflow_set == "dry"


def test_a_run_asked_with_a_cleared_baseline_is_not_shown_with_it(window: MainWindow,
                                                                   qtbot) -> None:
    """Clearing the baseline drops its figures from every view at once, and a run asked for
    while it was set (arriving late, on a busy machine) does not bring them back."""
    from waterplanner.ui.simulation import run_once

    ss = window.session
    window.set_baseline()
    qtbot.waitUntil(lambda: ss.baseline_results is not None, timeout=10_000)
    old_base = ss.baseline.scenario
    late = run_once(ss.scenario, ss._inflow_name(), old_base)
    ss.simulator.force_async = True  # a busy machine: the new run comes back later
    assert late.baseline_results is not None
    shown: list[object] = []
    ss.results_changed.connect(lambda: shown.append(ss.baseline_results))
    window.clear_baseline()
    assert shown and shown[0] is None  # at once, before the new run
    ss._on_simulator_finished(late)  # the run asked for before the clearing
    assert ss.baseline_results is None
    window.plots.update_all()
    assert not any("baseline" in n for p in window.plots.plots for n in p.legend.names())
