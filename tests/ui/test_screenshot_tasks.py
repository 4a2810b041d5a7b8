"""The screenshots of the user guide's tasks (``waterplanner --screenshot PNG --show TASK``):
each task puts the window in its state through the window's own actions, and the picture
is the window's size, with a dialog drawn over it where the task opens one."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtGui import QImage

from waterplanner.cli.main import main
from waterplanner.model.nodes import RuleKind
from waterplanner.ui import screenshot_tasks as tasks
from waterplanner.ui.import_dialog import ImportSeriesDialog
from waterplanner.ui.inflow_choice import WINDOW_MEMBERS
from waterplanner.ui.main_window import MainWindow
from waterplanner.ui.result_plots import StoragePlot

JULY = 9  # the default scenario starts in October


def _toktogul_july_m3s(win: MainWindow) -> float:
    s = win.document.scenario
    return float(s.time.mcm_to_m3s(np.array(s.release_schedules["toktogul"]))[JULY])


def _shot(win: MainWindow, staged: tasks.Staged, tmp_path: Path) -> QImage:
    png = tmp_path / "shot.png"
    assert tasks.shoot(win, staged, png)
    image = QImage(str(png))
    assert not image.isNull()
    assert (image.width(), image.height()) == (win.width(), win.height())
    return image


def _storage_plot(win: MainWindow) -> StoragePlot:
    return next(p for p in win.plots.plots if isinstance(p, StoragePlot)
                and p.node.id == "toktogul")


def test_every_task_is_listed_in_the_guides_order() -> None:
    assert list(tasks.TASKS) == [
        "open", "edit-schedule", "rule", "plots", "countries", "baseline", "risk",
        "risk-baseline", "risk-countries", "member", "settings", "optimise", "tradeoff", "robust",
        "import", "report"]


def test_open_and_plots(window: MainWindow, tmp_path: Path) -> None:
    assert tasks.stage(window, "open").reached
    staged = tasks.stage(window, "plots")
    assert staged.reached, staged.note
    assert window.plots.tabs.currentIndex() == window.plots.TABS.index("Storage")
    assert (_storage_plot(window).hover.shown_text or "").startswith("Jul 2026\nstorage: ")
    _shot(window, staged, tmp_path)


def test_edit_schedule_types_into_the_table(window: MainWindow, tmp_path: Path) -> None:
    before = _toktogul_july_m3s(window)
    staged = tasks.stage(window, "edit-schedule")
    assert staged.reached, staged.note
    assert _toktogul_july_m3s(window) == pytest.approx(round(before + tasks.RAISE_M3S))
    assert window.act_undo.text() == "&Undo Set Toktogul release, Jul 2026"
    index = window.schedule.table.currentIndex()
    assert (index.row(), index.column()) == (window.schedule.model.row_of("toktogul"), JULY)
    assert window.results.scenario is window.document.scenario
    _shot(window, staged, tmp_path)


def test_baseline_then_an_edit(window: MainWindow, tmp_path: Path) -> None:
    staged = tasks.stage(window, "baseline")
    assert staged.reached, staged.note
    assert window.session.baseline is not None and window.baseline is not None
    storage = window.plots.plots[0]
    assert storage.base.yData is not None and len(storage.base.yData) > 0
    assert window.summary.deltas["energy"].startswith("▲")
    assert window.document.undo_stack.count() == 1
    _shot(window, staged, tmp_path)


def test_rule_switched_in_the_inspector(window: MainWindow, tmp_path: Path) -> None:
    staged = tasks.stage(window, "rule")
    assert staged.reached, staged.note
    assert window.document.scenario.node("toktogul").rule.kind is RuleKind.DEMAND_FOLLOWING
    assert window.act_undo.text() == "&Undo Toktogul: operating rule demand-following"
    assert window.inspector.rule_combo.currentData() == RuleKind.DEMAND_FOLLOWING.value
    assert window.baseline is not None
    _shot(window, staged, tmp_path)


def test_countries_and_optimiser_settings(window: MainWindow, tmp_path: Path) -> None:
    staged = tasks.stage(window, "countries")
    assert staged.reached, staged.note
    assert window.plots.tabs.currentWidget() is window.plots.countries
    staged = tasks.stage(window, "settings")
    assert staged.reached, staged.note
    assert window.optimiser.tabs.currentWidget() is window.optimiser.settings_page
    assert window.optimiser_dock.isVisible()
    assert window.optimiser_dock.width() >= 0.3 * window.width()
    _shot(window, staged, tmp_path)


def test_optimise_runs_the_panel(window: MainWindow, tmp_path: Path) -> None:
    before = window.document.scenario
    staged = tasks.stage(window, "optimise")
    assert staged.reached, staged.note
    panel = window.optimiser
    assert panel.result is not None and panel.worker is None
    assert "Self-check passed" in panel.status.text()
    assert panel.tabs.currentWidget() is panel.result_page
    assert window.document.scenario is before, "the result is shown, not applied"
    _shot(window, staged, tmp_path)


def test_tradeoff_in_the_dry_year(window: MainWindow, tmp_path: Path,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tasks, "TRADEOFF_POINTS", 3)  # each point is one more optimisation
    staged = tasks.stage(window, "tradeoff")
    assert staged.reached, staged.note
    panel = window.optimiser
    assert window.results.inflow_set == "dry"
    assert panel.front is not None and len(panel.front.points) >= 2
    assert panel.tabs.currentWidget() is panel.tradeoff_page
    assert panel.tradeoff.plot.getAxis("left").labelText == "B: inflow to North Aral Sea (Mm³)"
    assert "<b>Toktogul</b>" in panel.point_label.text()
    _shot(window, staged, tmp_path)


def test_robust_runs_the_panel_against_an_ensemble(window: MainWindow, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """The robust optimiser through the panel's own controls; its Result page (a smaller K
    and fewer test members than the guide's picture, to keep the test short)."""
    monkeypatch.setattr(tasks, "ROBUST_MEMBERS", 3)
    monkeypatch.setattr(tasks, "ROBUST_TEST_MEMBERS", 10)
    before = window.document.scenario
    staged = tasks.stage(window, "robust")
    assert staged.reached, staged.note
    panel = window.optimiser
    choice = panel.against.choice()
    assert choice is not None and (choice.members, choice.test_members, choice.seed) == \
        (3, 10, tasks.ROBUST_SEED)
    r = panel.robust_result
    assert r is not None and panel.worker is None and r.seed == tasks.ROBUST_SEED
    assert len(r.members) == 3 and r.out_of_sample is not None
    assert len(r.out_of_sample.members) == 10
    assert "one schedule for 3 members, tested on 10 other members" in panel.status.text()
    assert panel.tabs.currentWidget() is panel.result_page
    view = panel.result_view.robust
    assert view.in_table.isVisibleTo(panel) and view.out_table.isVisibleTo(panel)
    assert view.in_table.rowCount() == 3 and view.out_table.rowCount() == 3
    assert panel.apply_button.isEnabled() == r.usable
    assert window.document.scenario is before, "the result is shown, not applied"
    _shot(window, staged, tmp_path)


def test_risk_member_and_countries_with_the_ensemble(window: MainWindow,
                                                     tmp_path: Path) -> None:
    staged = tasks.stage(window, "risk")
    assert staged.reached, staged.note
    assert window.results.members == WINDOW_MEMBERS
    assert window.summary.risk.isVisible() and window.summary.risk.numbers
    _shot(window, staged, tmp_path)
    staged = tasks.stage(window, "risk-baseline")
    assert staged.reached, staged.note
    assert window.session.baseline_risk() is not None and window.summary.risk.deltas
    assert window.document.undo_stack.count() == len(tasks.HELD_BACK)
    staged = tasks.stage(window, "member")
    assert staged.reached, staged.note
    assert window.session.member_pick == "driest"
    assert "(driest)" in (_storage_plot(window).hover.shown_text or "")
    staged = tasks.stage(window, "risk-countries")
    assert staged.reached, staged.note
    assert window.plots.countries.risk_box.isVisible()


def test_import_shows_the_dialog_on_the_example(window: MainWindow, tmp_path: Path) -> None:
    before = window.document.scenario
    staged = tasks.stage(window, "import")
    assert staged.reached, staged.note
    dialog = staged.dialog
    assert isinstance(dialog, ImportSeriesDialog) and dialog.isVisible()
    assert dialog.problems() == []
    spec = dialog.current_spec()
    assert spec is not None
    assert {(m.node_id, m.target.value) for m in spec.mappings} == \
        {("toktogul", "release"), ("andijan", "release")}
    plain = QImage(window.grab().toImage())
    image = _shot(window, staged, tmp_path)
    # the window is dimmed behind the dialog
    assert QImage(image).pixelColor(5, image.height() - 5).lightness() < \
        plain.pixelColor(5, plain.height() - 5).lightness()
    assert not dialog.isVisible()
    assert window.document.scenario is before, "the dialog is shown, nothing imported"


def test_report_is_written_through_the_windows_action(window: MainWindow,
                                                      tmp_path: Path) -> None:
    staged = tasks.stage(window, "report")
    assert staged.reached, staged.note
    written = list(window.settings.directory.glob("*-report.pdf"))
    assert len(written) == 1 and written[0].read_bytes().startswith(b"%PDF")
    assert staged.picture is not None
    _shot(window, staged, tmp_path)


def test_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    png = tmp_path / "baseline.png"
    assert main(["--screenshot", str(png), "--show", "baseline"]) == 0
    image = QImage(str(png))
    assert (image.width(), image.height()) == (1920, 1080)
    capsys.readouterr()
    assert main(["--screenshot", str(tmp_path / "x.png"), "--show", "no-such-task"]) == 2
    assert "invalid choice: 'no-such-task'" in capsys.readouterr().err
    assert not (tmp_path / "x.png").exists()
    assert main(["--show", "open"]) == 2
    assert "--show needs --screenshot" in capsys.readouterr().err


def test_a_scenario_without_toktogul_says_so(small_window: MainWindow) -> None:
    staged = tasks.stage(small_window, "edit-schedule")
    assert not staged.reached and "no reservoir 'toktogul'" in staged.note
