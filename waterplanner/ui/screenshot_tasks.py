"""Put the window in the state of one task of the user guide, for a reproducible screenshot
(``waterplanner --screenshot PNG --show TASK``; ``docs/make_screenshots.py`` makes the
guide's pictures with it, in English and Russian).

Each task reaches its state through the window's own actions and edits — the schedule
table's edit path, the baseline action, the inspector's rule chooser, the optimiser panel's
buttons, the Inflows box, the import dialog, File → Export report… — never by setting
results directly, so a picture shows what a planner sees after doing the same. A dialog is
drawn over the window (dimmed behind it) the way the desktop would show it.

The tasks work on the default Syr Darya scenario (the one the guide describes); on another
scenario a task that needs a node it lacks (Toktogul) says so.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, QRect, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget

from waterplanner.model.nodes import ReservoirNode, RuleKind
from waterplanner.ui.help_pages import docs_folder

SHOWN_RESERVOIR = "toktogul"
"""The reservoir the tasks select and edit: the head of the cascade, the guide's example."""
JULY = 7
RAISE_M3S = 150.0
"""How much ``edit-schedule`` and ``baseline`` raise Toktogul's July release."""
HELD_BACK = ((4, -60.0), (5, -60.0), (7, 60.0), (8, 60.0))
"""``risk-baseline``: Toktogul's release changed by month (m³/s): held back in spring for the
height of summer."""
TRADEOFF_POINTS = 5
OPTIMISER_WIDTH = 0.36
SUMMARY_WIDTH = 0.3
"""The shares of the window's width the optimiser's column and the Summary get in their
pictures."""
ROBUST_MEMBERS, ROBUST_TEST_MEMBERS, ROBUST_SEED = 8, 50, 7
"""``robust``: K in-sample members, the out-of-sample members it is tested on, and the
generator's seed — a modest run (well under a minute on two cores) that still shows every
table of the result."""
ROBUST_WIDTH = 0.41
"""The share of the window's width the optimiser's column gets in ``robust``."""
IMPORT_EXAMPLE = ("examples", "release-draft-2025-26.xlsx")
"""The spreadsheet ``import`` opens (under the installed documentation)."""
WAIT_S = 120.0


@dataclass
class Staged:
    """A window put in a task's state."""

    reached: bool
    """Whether the state was reached (results shown, the optimiser's result in, …)."""
    note: str = ""
    """What was done, or why the state was not reached (for messages and tests)."""
    dialog: QWidget | None = None
    """A dialog shown over the window (drawn into the picture, closed afterwards)."""
    picture: QPixmap | None = None
    """A picture already taken (of a modal dialog, which exists only while it runs)."""
    cleanup: list[Callable[[], None]] = field(default_factory=list)


def settle(window, timeout_s: float = WAIT_S) -> bool:
    """Process events until the results on screen are those of the document's scenario
    and nothing simulates any more."""
    def done() -> bool:
        r = window.session.results
        return r is not None and r.scenario is window.document.scenario and \
            not window.session.simulator.busy
    return wait_until(done, timeout_s)


def wait_until(condition: Callable[[], bool], timeout_s: float = WAIT_S) -> bool:
    """Process events until ``condition()`` holds (False after ``timeout_s``)."""
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            return False
        QApplication.processEvents()
        time.sleep(0.005)
    for _ in range(5):
        QApplication.processEvents()
    return True


def _reservoir(window) -> ReservoirNode | None:
    s = window.document.scenario
    node = s.node(SHOWN_RESERVOIR) if s.has_node(SHOWN_RESERVOIR) else None
    return node if isinstance(node, ReservoirNode) else None


def _missing(window) -> Staged:
    return Staged(False, f"the scenario has no reservoir '{SHOWN_RESERVOIR}' (the tasks show "
                         "the default Syr Darya scenario)")


def _period(window, month: int) -> int:
    """The first period of the horizon in ``month``."""
    months = list(window.document.scenario.time.months)
    return months.index(month) if month in months else 0


def _tab(window, name: str) -> None:
    window.plots.tabs.setCurrentIndex(window.plots.TABS.index(name))


def _raise_release(window, month: int, by_m3s: float) -> bool:
    """Type a higher release into the schedule table's cell (the table's own edit path);
    the cell is the table's current one afterwards."""
    model = window.schedule.model
    row = model.row_of(SHOWN_RESERVOIR)
    col = _period(window, month)
    if row is None:
        return False
    if window.session.units != "m3s":
        window.units_combo.setCurrentIndex(0)
    index = model.index(row, col)
    window.schedule.table.setCurrentIndex(index)
    return bool(model.setData(index, f"{model.value(row, col) + by_m3s:.0f}"))


def _hover(plot, x: float) -> None:
    """The mouse over a plot at period position ``x`` (its read-out shows)."""
    vb = plot.plot.getViewBox()
    y = sum(vb.viewRange()[1]) / 2
    plot.plot.scene().sigMouseMoved.emit(vb.mapViewToScene(QPointF(x, y)))


# --- the tasks --------------------------------------------------------------------------
def _open(window) -> Staged:
    return Staged(window.results is not None, "the default view")


def _plots(window) -> Staged:
    """The Storage tab with the read-out of Toktogul's storage in July."""
    from waterplanner.ui.result_plots import StoragePlot
    _tab(window, "Storage")
    for _ in range(5):
        QApplication.processEvents()
    plot = next((p for p in window.plots.plots if isinstance(p, StoragePlot)
                 and p.node.id == SHOWN_RESERVOIR), None)
    if plot is None:
        return _missing(window)
    _hover(plot, _period(window, JULY) + 0.5)
    text = plot.hover.shown_text
    return Staged(text is not None, f"read-out: {text!r}")


def _edit_schedule(window) -> Staged:
    if _reservoir(window) is None:
        return _missing(window)
    _tab(window, "Releases and spill")
    ok = _raise_release(window, JULY, RAISE_M3S) and settle(window)
    return Staged(ok and window.document.undo_stack.count() == 1,
                  f"undo: {window.document.undo_stack.undoText()}")


def _baseline(window) -> Staged:
    if _reservoir(window) is None:
        return _missing(window)
    window.act_baseline.trigger()
    wait_until(lambda: window.baseline is not None)
    ok = _raise_release(window, JULY, RAISE_M3S) and settle(window) and \
        wait_until(lambda: window.baseline is not None)
    _tab(window, "Storage")
    deltas = {k: v for k, v in window.summary.deltas.items() if v}
    return Staged(ok and window.baseline is not None and bool(deltas),
                  f"baseline set; changes: {deltas}")


def _rule(window) -> Staged:
    """Toktogul switched to demand-following in the inspector, against the plan as a
    baseline."""
    if _reservoir(window) is None:
        return _missing(window)
    window.act_baseline.trigger()
    wait_until(lambda: window.baseline is not None)
    window.session.select_node(SHOWN_RESERVOIR)
    window.inspector_dock.raise_()
    combo = window.inspector.rule_combo
    if combo is None:
        return Staged(False, "the inspector shows no rule chooser")
    index = combo.findData(RuleKind.DEMAND_FOLLOWING.value)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    _tab(window, "Storage")
    ok = settle(window) and wait_until(lambda: window.baseline is not None)
    node = _reservoir(window)
    return Staged(ok and node is not None and node.rule.kind is RuleKind.DEMAND_FOLLOWING,
                  f"rule: {node.rule.kind.value if node else None}")


def _widen_optimiser(window) -> None:
    """The Optimiser tab raised, its column wider and taller (as a planner drags the dock's
    edges), so its tables and plot read at a glance."""
    window.optimiser_dock.show()
    window.optimiser_dock.raise_()
    w, h = window.width(), window.height()
    window.resizeDocks([window.summary_dock], [int(w * OPTIMISER_WIDTH)],
                       Qt.Orientation.Horizontal)
    window.resizeDocks([window.summary_dock, window.optimiser_dock],
                       [int(h * 0.22), int(h * 0.7)], Qt.Orientation.Vertical)


def _run_optimiser(window, start: Callable[[], bool]) -> bool:
    panel = window.optimiser
    _widen_optimiser(window)
    if not start():
        return False
    return wait_until(lambda: panel.worker is None)


def _optimise(window) -> Staged:
    """The optimiser run on the scenario's own settings; its Result page."""
    panel = window.optimiser
    ok = _run_optimiser(window, panel.run)
    panel.tabs.setCurrentWidget(panel.result_page)
    return Staged(ok and panel.result is not None, panel.status.text())


def _tradeoff(window) -> Staged:
    """The trade-off between irrigation shortfall and the North Aral Sea's inflow in the
    dry year, its first point chosen."""
    panel = window.optimiser
    if "dry" in window.document.scenario.inflow_set_names:
        combo = window.inflow_combo
        combo.setCurrentIndex([combo.itemData(i) for i in range(combo.count())].index("dry"))
        settle(window)
    panel.tabs.setCurrentWidget(panel.tradeoff_page)
    lake = next((n.id for n in window.document.scenario.nodes
                 if n.kind.value == "terminal_lake"), None)
    if lake is not None:
        panel.tradeoff.choose("shortfall", f"lake_inflow:{lake}")
    panel.points.setValue(TRADEOFF_POINTS)
    ok = _run_optimiser(window, panel.run_front)
    panel.tabs.setCurrentWidget(panel.tradeoff_page)
    front = panel.front
    if ok and front is not None and front.points:
        panel.select_point(len(front.points) // 2)
    return Staged(ok and front is not None and len(front.points) >= 2,
                  f"{len(front.points) if front else 0} points")


def _robust(window) -> Staged:
    """"Optimise against: an ensemble" chosen in the optimiser panel, with a modest K, a
    number of test members and a seed typed into its controls, Optimise pressed; the Result
    page: the in- and out-of-sample tables and each demand's shortfall."""
    panel = window.optimiser
    row = panel.against
    row.set_ensemble_mode(True)
    row.members.setValue(ROBUST_MEMBERS)
    row.test.setValue(ROBUST_TEST_MEMBERS)
    row.seed.setValue(ROBUST_SEED)
    ok = _run_optimiser(window, panel.run)
    panel.tabs.setCurrentWidget(panel.result_page)
    # the column wider still: the result's three tables and its notes (longer in Russian)
    # in full, without scrolling
    window.resizeDocks([window.summary_dock], [int(window.width() * ROBUST_WIDTH)],
                       Qt.Orientation.Horizontal)
    result = panel.robust_result
    return Staged(ok and result is not None and result.out_of_sample is not None,
                  panel.status.text())


def _choose_ensemble(window) -> bool:
    """The generated inflow ensemble chosen in the Inflows box, its risk computed."""
    from waterplanner.ui.inflow_choice import ENSEMBLE, WINDOW_MEMBERS
    combo = window.inflow_combo
    values = [combo.itemData(i) for i in range(combo.count())]
    if ENSEMBLE not in values:
        return False
    combo.setCurrentIndex(values.index(ENSEMBLE))
    return wait_until(lambda: window.results is not None
                      and window.results.members == WINDOW_MEMBERS
                      and not window.session.simulator.busy
                      and window.session.risk() is not None)


def _widen_summary(window, headline_share: float) -> None:
    """The Summary wider and taller (as a planner drags the dock's edges), the risk under
    the headline numbers getting the larger part, so its names read in full."""
    w, h = window.width(), window.height()
    window.resizeDocks([window.summary_dock], [int(w * SUMMARY_WIDTH)],
                       Qt.Orientation.Horizontal)
    window.resizeDocks([window.summary_dock, window.inspector_dock],
                       [int(h * 0.62), int(h * 0.3)], Qt.Orientation.Vertical)
    for _ in range(3):
        QApplication.processEvents()
    split = window.summary.splitter
    total = sum(split.sizes())
    split.setSizes([int(total * headline_share), total - int(total * headline_share)])


def _risk(window) -> Staged:
    """The generated inflow ensemble: every plot a fan, the Summary's risk."""
    ok = _choose_ensemble(window)
    _tab(window, "Storage")
    _widen_summary(window, 0.35)
    return Staged(ok and bool(window.summary.risk.numbers),
                  f"{window.results.members if window.results else 0} members")


def _risk_baseline(window) -> Staged:
    """The ensemble with the plan as a baseline, then Toktogul holding back water in April
    and May for July and August: the Summary's risk of the plan beside the baseline's."""
    ok = _choose_ensemble(window)
    window.act_baseline.trigger()
    ok = ok and wait_until(lambda: window.session.baseline_risk() is not None)
    for month, by_m3s in HELD_BACK:
        ok = ok and _raise_release(window, month, by_m3s) and settle(window)
    ok = ok and wait_until(lambda: window.session.baseline_risk() is not None)
    _tab(window, "Storage")
    _widen_summary(window, 0.2)
    return Staged(ok and bool(window.summary.risk.deltas),
                  f"risk changes: {len(window.summary.risk.deltas)}")


def _member(window) -> Staged:
    """The driest member of the ensemble drawn over the bands, named in a read-out."""
    from waterplanner.ui.result_plots import StoragePlot
    ok = _choose_ensemble(window)
    window.member_picker.buttons["driest"].click()
    ok = ok and settle(window)
    _tab(window, "Storage")
    for _ in range(5):
        QApplication.processEvents()
    plot = next((p for p in window.plots.plots if isinstance(p, StoragePlot)
                 and p.node.id == SHOWN_RESERVOIR), None)
    if plot is None:
        return _missing(window)
    _hover(plot, _period(window, JULY) + 0.5)
    label = window.session.member_label()
    return Staged(ok and window.session.member_pick == "driest" and bool(label)
                  and plot.hover.shown_text is not None, f"{label}: {plot.hover.shown_text!r}")


def _countries(window) -> Staged:
    """The Countries tab: withdrawals against the ICWC limits, energy, the table."""
    _tab(window, "Countries")
    view = window.plots.countries
    return Staged(view.summary is not None and view.model.rowCount() > 0,
                  f"{view.model.rowCount()} rows")


def _risk_countries(window) -> Staged:
    """The Countries tab with the ensemble: member 1's figures and the risk per country."""
    ok = _choose_ensemble(window)
    _tab(window, "Countries")
    view = window.plots.countries
    for _ in range(5):
        QApplication.processEvents()
    return Staged(ok and view.risk_box.isVisible() and view.risk_model.rowCount() > 0,
                  f"{view.risk_model.rowCount()} risk rows")


def _settings(window) -> Staged:
    """The optimiser's Settings page: the scenario's objectives, requirements, defaults."""
    panel = window.optimiser
    _widen_optimiser(window)
    panel.tabs.setCurrentWidget(panel.settings_page)
    objectives = panel.settings.spec_shown.objectives
    return Staged(bool(objectives), f"{len(objectives)} objectives")


def _import(window) -> Staged:
    """The import dialog on the example spreadsheet of the documentation."""
    from waterplanner.ui.import_dialog import ImportSeriesDialog
    path = docs_folder().joinpath(*IMPORT_EXAMPLE)
    if not path.is_file():
        return Staged(False, f"the example spreadsheet {path} is not installed")
    # a copy in a folder of its own, so the dialog shows no installation's path
    folder = Path(tempfile.gettempdir()) / "waterplanner-example"
    folder.mkdir(exist_ok=True)
    copy = folder / path.name
    shutil.copyfile(path, copy)
    dialog = ImportSeriesDialog(window, window.document.scenario, copy)
    dialog.show()
    wait_until(lambda: dialog.isVisible(), 10)
    ok_button = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    problems = dialog.problems()
    staged = Staged(ok_button.isEnabled() and not problems,
                    f"{path.name}: problems {problems}", dialog=dialog)

    def close() -> None:
        dialog.reject()
        dialog.deleteLater()
        shutil.rmtree(folder, ignore_errors=True)

    staged.cleanup.append(close)
    return staged


def _report(window) -> Staged:
    """File → Export report…: the name given in its file dialog, the report written in the
    background, and the window's message saying so (the picture)."""
    from waterplanner.ui.report_export import default_report_path
    name = default_report_path(window.document.scenario, window.document.path).name
    target = window.settings.directory / name
    shot: list[QPixmap] = []

    def answer() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QFileDialog):
            modal.selectFile(str(target))
            modal.accept()
        elif isinstance(modal, QMessageBox) and not shot:
            modal.adjustSize()
            shot.append(picture(window, modal))
            modal.done(0)

    timer = QTimer(window)
    timer.setInterval(50)
    timer.timeout.connect(answer)
    timer.start()
    try:
        window.act_report.trigger()
        done = wait_until(lambda: bool(shot))
    finally:
        timer.stop()
        timer.deleteLater()
    written = target.is_file() and target.stat().st_size > 0
    return Staged(done and written, f"{target} written: {written}",
                  picture=shot[0] if shot else None)


@dataclass(frozen=True)
class Task:
    name: str
    what: str
    """What the picture shows (for the reader of this module and of make_screenshots)."""
    stage: Callable[..., Staged]


TASKS: dict[str, Task] = {t.name: t for t in (
    Task("open", "the window as opened", _open),
    Task("edit-schedule", "Toktogul's July release raised in the schedule table",
         _edit_schedule),
    Task("rule", "Toktogul switched to demand-following, against a baseline", _rule),
    Task("plots", "the Storage tab with a hover read-out", _plots),
    Task("countries", "the Countries tab", _countries),
    Task("baseline", "a baseline frozen, then the July release raised", _baseline),
    Task("risk", "the generated inflow ensemble: risk bands and risk figures", _risk),
    Task("risk-baseline", "the ensemble's risk of a changed plan beside its baseline",
         _risk_baseline),
    Task("risk-countries", "the Countries tab with the ensemble's risk", _risk_countries),
    Task("member", "the driest member drawn over the bands", _member),
    Task("settings", "the optimiser's settings", _settings),
    Task("optimise", "the optimiser's result", _optimise),
    Task("tradeoff", "a dry-year trade-off: irrigation against the North Aral Sea",
         _tradeoff),
    Task("robust", "one schedule for an ensemble's members, tested on others", _robust),
    Task("import", "the import dialog on docs/examples/" + IMPORT_EXAMPLE[1], _import),
    Task("report", "File → Export report…, and the report written", _report),
)}
"""The tasks of ``--show``, in the order of the user guide."""


def stage(window, task: str) -> Staged:
    """Put ``window`` (shown, with its first results) in the state of ``task``."""
    if task not in TASKS:
        raise KeyError(task)
    if window.session.results is not None and _reservoir(window) is not None:
        window.session.select_node(SHOWN_RESERVOIR)
    staged = TASKS[task].stage(window)
    for _ in range(10):
        QApplication.processEvents()
    return staged


def picture(window, dialog: QWidget | None = None) -> QPixmap:
    """The window as drawn now; with ``dialog``, the window dimmed and the dialog centred
    over it with a title bar, as the desktop shows a modal dialog."""
    pix = window.grab()
    if dialog is None:
        return pix
    inner = dialog.grab()
    title_px = 28
    w, h = inner.width(), inner.height() + title_px
    x = max(0, (pix.width() - w) // 2)
    y = max(0, (pix.height() - h) // 2)
    p = QPainter(pix)
    p.fillRect(pix.rect(), QColor(0, 0, 0, 70))
    p.fillRect(QRect(x + 4, y + 6, w, h), QColor(0, 0, 0, 60))  # a soft shadow
    p.fillRect(QRect(x, y, w, title_px), QColor("#3C4A5A"))
    font = QFont(dialog.font())
    font.setBold(True)
    p.setFont(font)
    p.setPen(QColor("white"))
    p.drawText(QRect(x + 10, y, w - 20, title_px),
               int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
               dialog.windowTitle())
    p.drawPixmap(QPoint(x, y + title_px), inner)
    p.setPen(QColor("#3C4A5A"))
    p.drawRect(QRect(x, y, w - 1, h - 1))
    p.end()
    return pix


def shoot(window, staged: Staged, path: str | Path) -> bool:
    """Save the picture of a staged window; close its dialog. True when written."""
    pix = staged.picture if staged.picture is not None else picture(window, staged.dialog)
    saved = pix.save(str(path))
    for step in staged.cleanup:
        step()
    if isinstance(staged.dialog, QDialog):
        for _ in range(5):
            QApplication.processEvents()
    return bool(saved)
