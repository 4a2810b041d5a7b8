"""The main window: docks around the result plots, wired to one document.

Reading order follows the planner's eye: the cascade (left) and the plots (centre) show
what the river does, the schedule (bottom) what was changed, the summary (right) what it
costs whom. The window only wires panels together; each panel owns its widgets.
"""

from __future__ import annotations

import importlib
import importlib.util
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QUndoView,
    QWidget,
)

from waterplanner.engine.results import Results
from waterplanner.ui.document import ScenarioDocument
from waterplanner.ui.file_controller import FileController
from waterplanner.ui.inspector_panel import InspectorPanel
from waterplanner.ui.recovery import RecoveryKeeper
from waterplanner.ui.results_panel import ResultsPanel
from waterplanner.ui.schedule_editor import ScheduleEditorPanel
from waterplanner.ui.schematic_panel import SchematicPanel
from waterplanner.ui.settings import AppSettings
from waterplanner.ui.simulation import SimulationOutcome, SimulationWorker
from waterplanner.ui.summary_panel import SummaryPanel
from waterplanner.ui.validation_panel import ValidationPanel

UNITS = (("m3s", "m³/s"), ("mcm", "Mm³"))


class MainWindow(QMainWindow):
    """Everything on one screen; see the module docstring for the layout."""

    def __init__(self, document: ScenarioDocument, settings: AppSettings) -> None:
        super().__init__()
        self.document = document
        document.setParent(self)  # the window owns its document: they end together
        self.settings = settings
        self.units = settings.units()
        self.inflow_set: str | None = None
        self.results: Results | None = None
        self.baseline: Results | None = None
        self.last_outcome: SimulationOutcome | None = None
        self.simulator = SimulationWorker(self)
        self.files = FileController(self)
        self.setObjectName("MainWindow")
        self.resize(1600, 950)
        self._build_panels()
        self._build_actions()
        self._build_toolbar()
        self._build_menus()
        self._build_status()
        self.recovery = RecoveryKeeper(document, settings.directory, parent=self)
        document.scenario_changed.connect(self._on_document_scenario_changed)
        document.file_changed.connect(self._on_document_file_changed)
        document.edit_refused.connect(self._on_document_edit_refused)
        self.simulator.finished.connect(self._on_simulator_finished)
        geometry, state = settings.window_state()
        if geometry is not None:
            self.restoreGeometry(geometry)
        self._layout_pending = state is None
        if state is not None:
            self.restoreState(state)
        self._on_document_file_changed()
        self._on_document_scenario_changed(document.scenario)

    # --- construction -----------------------------------------------------------------
    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(area, dock)
        return dock

    def _build_panels(self) -> None:
        doc = self.document
        self.plots = ResultsPanel()
        self.setCentralWidget(self.plots)
        # the summary/inspector column runs the full height, as in the sketch; the schedule
        # spans the cascade and the plots
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.setCorner(Qt.Corner.TopRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.schematic = SchematicPanel(doc)
        self.schematic_dock = self._dock("Cascade", "cascade", self.schematic,
                                         Qt.DockWidgetArea.LeftDockWidgetArea)
        self.schedule = ScheduleEditorPanel(doc, self.units)
        self.schedule_dock = self._dock("Release schedule", "schedule", self.schedule,
                                        Qt.DockWidgetArea.BottomDockWidgetArea)
        self.summary = SummaryPanel()
        self.summary_dock = self._dock("Summary", "summary", self.summary,
                                       Qt.DockWidgetArea.RightDockWidgetArea)
        self.inspector = InspectorPanel(doc)
        self.inspector_dock = self._dock("Inspector", "inspector", self.inspector,
                                         Qt.DockWidgetArea.RightDockWidgetArea)
        self.validation = ValidationPanel()
        self.validation_dock = self._dock("Problems", "problems", self.validation,
                                          Qt.DockWidgetArea.RightDockWidgetArea)
        self.undo_view = QUndoView(doc.undo_stack)
        self.undo_view.setEmptyLabel("Opened scenario")
        # the history model resets on every step: uniform rows keep that O(1), not O(history)
        self.undo_view.setUniformItemSizes(True)
        self.history_dock = self._dock("History", "history", self.undo_view,
                                       Qt.DockWidgetArea.RightDockWidgetArea)
        self.tabifyDockWidget(self.inspector_dock, self.validation_dock)
        self.tabifyDockWidget(self.validation_dock, self.history_dock)
        self.inspector_dock.raise_()
        self.optimiser = self._optional_optimiser_panel()
        self.schematic.node_selected.connect(self._on_schematic_node_selected)
        self.schematic.link_selected.connect(self._on_schematic_link_selected)
        self.schedule.reservoir_selected.connect(self._on_schedule_reservoir_selected)
        self.schedule.message_emitted.connect(self._on_panel_message_emitted)
        self.inspector.message_emitted.connect(self._on_panel_message_emitted)
        self.validation.problem_activated.connect(self._on_validation_problem_activated)

    def _optional_optimiser_panel(self) -> QWidget | None:
        """The optimiser dock, when the optimiser is part of this build."""
        if importlib.util.find_spec("waterplanner.engine.optimise") is None:
            return None
        try:
            from waterplanner.ui.optimiser_panel import OptimiserPanel
        except ImportError:
            return None
        panel = OptimiserPanel(self.document, self)
        self.optimiser_dock = self._dock("Optimiser", "optimiser", panel,
                                         Qt.DockWidgetArea.RightDockWidgetArea)
        self.tabifyDockWidget(self.history_dock, self.optimiser_dock)
        self.inspector_dock.raise_()
        return panel

    def _action(self, text: str, slot, shortcut: QKeySequence | str | None = None,
                tip: str = "") -> QAction:
        act = QAction(text, self)
        act.triggered.connect(slot)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        if tip:
            act.setToolTip(tip)
            act.setStatusTip(tip)
        return act

    def _build_actions(self) -> None:
        f = self.files
        K = QKeySequence.StandardKey
        self.act_new = self._action("&New", lambda: f.new_scenario(), K.New,
                                    "Start from the default Syr Darya scenario")
        self.act_open = self._action("&Open…", lambda: f.open_dialog(), K.Open)
        self.act_save = self._action("&Save", lambda: f.save(), K.Save)
        self.act_save_as = self._action("Save &As…", lambda: f.save_as_dialog(), K.SaveAs)
        self.act_quit = self._action("&Quit", self.close, K.Quit)
        self.act_undo = self.document.undo_stack.createUndoAction(self, "&Undo")
        self.act_undo.setShortcut(QKeySequence(K.Undo))
        self.act_redo = self.document.undo_stack.createRedoAction(self, "&Redo")
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence(K.Redo)])
        self.act_rerun = self._action("Re-run simulation", self.request_simulation, "F5")
        self.act_baseline = self._action("Set as baseline", self.set_baseline, None,
                                         "Freeze the current results for comparison")
        self.act_clear_baseline = self._action("Clear baseline", self.clear_baseline)
        self.act_clear_baseline.setEnabled(False)
        self.act_export_plot = self._action("Export plots…", self._on_export_plot_triggered, None,
                                            "Save the visible plot tab as PNG or SVG")
        self.act_fit = self._action("Fit schematic", self.schematic.view.fit, "Ctrl+0")
        self.act_report = self._action("Export &report…", self._on_export_report_triggered)
        self.act_import = self._action("&Import series…", self._on_import_series_triggered)
        for act, module in ((self.act_report, "report_export"), (self.act_import, "import_dialog")):
            if importlib.util.find_spec(f"waterplanner.ui.{module}") is None:
                act.setEnabled(False)
                act.setToolTip("Not available in this build")

    def _build_toolbar(self) -> None:
        tb = self.addToolBar("Main")
        tb.setObjectName("main_toolbar")
        for act in (self.act_new, self.act_open, self.act_save):
            tb.addAction(act)
        tb.addSeparator()
        # fixed-text twins of the labelled menu actions: a toolbar button whose text changed
        # with every edit would relayout (and repaint) the whole window on every edit
        stack = self.document.undo_stack
        self.tb_undo = QAction("Undo", self)
        self.tb_undo.triggered.connect(stack.undo)
        self.tb_redo = QAction("Redo", self)
        self.tb_redo.triggered.connect(stack.redo)
        self._on_undo_stack_index_changed()
        stack.indexChanged.connect(self._on_undo_stack_index_changed)
        tb.addAction(self.tb_undo)
        tb.addAction(self.tb_redo)
        tb.addSeparator()
        tb.addWidget(QLabel(" Inflows: "))
        self.inflow_combo = QComboBox()
        self.inflow_combo.setMinimumWidth(140)
        self.inflow_combo.currentIndexChanged.connect(self._on_inflow_combo_changed)
        tb.addWidget(self.inflow_combo)
        tb.addWidget(QLabel("  Units: "))
        self.units_combo = QComboBox()
        for key, label in UNITS:
            self.units_combo.addItem(label, key)
        self.units_combo.setCurrentIndex([k for k, _ in UNITS].index(self.units))
        self.units_combo.currentIndexChanged.connect(self._on_units_combo_changed)
        tb.addWidget(self.units_combo)
        tb.addSeparator()
        tb.addAction(self.act_baseline)
        tb.addAction(self.act_clear_baseline)
        tb.addSeparator()
        if self.optimiser is not None:
            act = self._action("Optimise…", self._on_optimise_triggered, None,
                               "Open the optimiser panel")
            tb.addAction(act)
        tb.addAction(self.act_report)

    def _build_menus(self) -> None:
        mb = self.menuBar()
        m = mb.addMenu("&File")
        m.addActions([self.act_new, self.act_open])
        self.recent_menu = m.addMenu("Open &Recent")
        self.recent_menu.aboutToShow.connect(lambda: self.files.populate_recent(self.recent_menu))
        m.addActions([self.act_save, self.act_save_as])
        m.addSeparator()
        m.addActions([self.act_import, self.act_report, self.act_export_plot])
        m.addSeparator()
        m.addAction(self.act_quit)
        e = mb.addMenu("&Edit")
        e.addActions([self.act_undo, self.act_redo])
        v = mb.addMenu("&View")
        for dock in (self.schematic_dock, self.schedule_dock, self.summary_dock,
                     self.inspector_dock, self.validation_dock, self.history_dock):
            v.addAction(dock.toggleViewAction())
        v.addSeparator()
        v.addAction(self.act_fit)
        s = mb.addMenu("&Scenario")
        s.addActions([self.act_rerun, self.act_baseline, self.act_clear_baseline])
        if self.optimiser is not None:
            o = mb.addMenu("&Optimise")
            o.addAction(self.optimiser_dock.toggleViewAction())
        h = mb.addMenu("&Help")
        h.addAction(self._action("About WaterPlanner", self._on_about_triggered))

    def _build_status(self) -> None:
        sb = self.statusBar()
        self.sim_label = QLabel()
        self.sim_label.setFixedWidth(260)  # no status-bar relayout on every run
        self.problem_label = QLabel()
        self.problem_label.setFixedWidth(130)
        self.file_label = QLabel()
        self.message_label = QLabel()
        sb.addWidget(self.sim_label)
        sb.addWidget(QLabel("·"))
        sb.addWidget(self.problem_label)
        sb.addWidget(QLabel("·"))
        sb.addWidget(self.file_label)
        sb.addWidget(self.message_label, 1)
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.setInterval(10_000)
        self._message_timer.timeout.connect(lambda: self.message_label.setText(""))

    # --- behaviour --------------------------------------------------------------------
    def show_message(self, text: str, error: bool = False) -> None:
        """A short message in the status bar (red for refusals and failures)."""
        self.message_label.setStyleSheet("color: #B03A00; font-weight: bold" if error else "")
        self.message_label.setText(("   ⚠ " if error else "   ") + text)
        self._message_timer.start()

    def request_simulation(self) -> None:
        """Simulate the current scenario if it is valid, else list what stops it."""
        doc = self.document
        problems = doc.problems()
        self.validation.show_problems(problems, doc.scenario)
        n = len(problems)
        self.problem_label.setText("✓ no problems" if not n else f"⚠ {n} problem{'s' * (n != 1)}")
        self.problem_label.setStyleSheet("" if not n else "color: #B03A00")
        if problems:
            self.sim_label.setText("Not simulated: fix the problems first")
            return
        self.simulator.request(doc.scenario, self.inflow_set)

    def set_baseline(self) -> None:
        """Freeze the current results as the baseline."""
        if self.results is None:
            return
        self.baseline = self.results
        self.act_clear_baseline.setEnabled(True)
        self.show_message("Baseline set: dashed grey curves and Δ show the change from here")
        self._show_results()

    def clear_baseline(self) -> None:
        self.baseline = None
        self.act_clear_baseline.setEnabled(False)
        self._show_results()

    def _show_results(self) -> None:
        if self.results is None:
            return
        self.plots.show_results(self.results, self.baseline, self.units)
        self.summary.show_summary(self.results, self.baseline)
        self.schematic.show_results(self.results)
        self.schedule.show_results(self.results, self.baseline)

    def _refresh_inflow_sets(self) -> None:
        s = self.document.scenario
        names = s.inflow_set_names
        current = [self.inflow_combo.itemData(i) for i in range(self.inflow_combo.count())]
        if current == names:
            return
        self.inflow_combo.blockSignals(True)
        self.inflow_combo.clear()
        for st in s.inflow_sets:
            self.inflow_combo.addItem(st.label or st.name, st.name)
            if st.description:
                self.inflow_combo.setItemData(self.inflow_combo.count() - 1, st.description,
                                              Qt.ItemDataRole.ToolTipRole)
        if self.inflow_set not in names:
            self.inflow_set = names[0] if names else None
        self.inflow_combo.setCurrentIndex(names.index(self.inflow_set) if self.inflow_set else 0)
        self.inflow_combo.blockSignals(False)

    # --- slots ------------------------------------------------------------------------
    def _on_undo_stack_index_changed(self, *_: object) -> None:
        stack = self.document.undo_stack
        if getattr(self, "_shut_down", False):
            return
        self.tb_undo.setEnabled(stack.canUndo())
        self.tb_redo.setEnabled(stack.canRedo())
        self.tb_undo.setToolTip(f"Undo {stack.undoText()}".strip())
        self.tb_redo.setToolTip(f"Redo {stack.redoText()}".strip())

    def _on_document_scenario_changed(self, scenario) -> None:
        self._refresh_inflow_sets()
        self.schematic.sync(scenario)
        self.schedule.refresh()
        self.inspector.refresh()
        self.request_simulation()

    def _on_simulator_finished(self, outcome: SimulationOutcome) -> None:
        first = self.last_outcome is None
        self.last_outcome = outcome
        if outcome.error is not None:
            self.sim_label.setText("Simulation failed")
            self.show_message(outcome.error, error=True)
            return
        self.results = outcome.results
        ms = outcome.seconds * 1000
        text = f"Simulated in {ms:.1f} ms" if ms < 100 else f"Simulated in {ms / 1000:.2f} s"
        if first and ms >= 100:
            text += " (first run)"
            self.sim_label.setToolTip("The first run also loads the compiled simulation engine;"
                                      " later runs take a few milliseconds.")
        self.sim_label.setText(text)
        self._show_results()

    def _on_document_file_changed(self) -> None:
        doc = self.document
        self.setWindowTitle(f"{doc.display_name}[*] — WaterPlanner")
        self.setWindowModified(doc.is_modified)
        where = str(doc.path) if doc.path else "not saved yet"
        self.file_label.setText(where + (" *" if doc.is_modified else ""))

    def _on_document_edit_refused(self, message: str) -> None:
        self.inspector.note_refusal(message)
        self.show_message(f"Not changed: {message}", error=True)

    def _on_panel_message_emitted(self, message: str) -> None:
        self.show_message(message, error=True)

    def _on_schematic_node_selected(self, node_id: str | None) -> None:
        self.inspector.show_node(node_id)
        self.schedule.select_node(node_id)
        if node_id:
            self.inspector_dock.raise_()

    def _on_schematic_link_selected(self, link_id: str) -> None:
        self.inspector.show_link(link_id)
        self.inspector_dock.raise_()

    def _on_schedule_reservoir_selected(self, node_id: str) -> None:
        self.schematic.select_node(node_id)
        self.inspector.show_node(node_id)

    def _on_validation_problem_activated(self, node_id: str | None, field: str | None) -> None:
        if node_id and self.document.scenario.has_node(node_id):
            self.schematic.select_node(node_id)
            self._on_schematic_node_selected(node_id)
            self.inspector.focus_field(field)

    def _on_inflow_combo_changed(self, index: int) -> None:
        self.inflow_set = self.inflow_combo.itemData(index)
        self.request_simulation()

    def _on_units_combo_changed(self, index: int) -> None:
        self.units = self.units_combo.itemData(index)
        self.settings.set_units(self.units)
        self.schedule.set_units(self.units)
        self._show_results()

    def _on_export_plot_triggered(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Export plots", str(Path.home() / "plot.png"),
                                              "PNG image (*.png);;SVG drawing (*.svg)")
        if path:
            try:
                self.plots.export_current(Path(path))
                self.show_message(f"Exported {Path(path).name}")
            except OSError as e:
                self.show_message(f"Could not export: {e}", error=True)

    def _optional_module(self, name: str):
        """Import an optional GUI module (report export, series import) when it is needed."""
        try:
            return importlib.import_module(f"waterplanner.ui.{name}")
        except ImportError as e:
            self.show_message(f"Not available in this build: {e}", error=True)
            return None

    def _on_export_report_triggered(self) -> None:
        mod = self._optional_module("report_export")
        if mod is None:
            return
        results = self.results if self.results is not None and \
            self.results.scenario is self.document.scenario else None
        self._report_job = mod.export_report_interactive(
            self, self.document.scenario, results, self.baseline, self.document.path,
            getattr(self.optimiser, "applied_result", None))

    def _on_import_series_triggered(self) -> None:
        mod = self._optional_module("import_dialog")
        if mod is None:
            return
        dialog = mod.ImportSeriesDialog(self, self.document.scenario)
        if dialog.exec():
            edit = dialog.result_edit()
            if edit is not None and self.document.apply(edit):
                self.show_message(edit.label)
        dialog.deleteLater()

    def _on_optimise_triggered(self) -> None:
        self.optimiser_dock.show()
        self.optimiser_dock.raise_()

    def _on_about_triggered(self) -> None:
        from waterplanner import __version__
        QMessageBox.about(self, "About WaterPlanner",
                          f"WaterPlanner {__version__}\nReservoir-release planning for "
                          "transboundary river cascades.")

    def apply_default_layout(self) -> None:
        """Dock sizes for a first start (later starts restore the planner's own layout)."""
        w, h = self.width(), self.height()
        self.resizeDocks([self.schematic_dock, self.summary_dock],
                         [int(w * 0.25), int(w * 0.2)], Qt.Orientation.Horizontal)
        self.resizeDocks([self.schedule_dock], [int(h * 0.27)], Qt.Orientation.Vertical)
        self.resizeDocks([self.summary_dock, self.inspector_dock], [int(h * 0.35), int(h * 0.4)],
                         Qt.Orientation.Vertical)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._layout_pending:
            self._layout_pending = False
            self.apply_default_layout()

    # --- closing ----------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.maybe_save():
            event.ignore()
            return
        self.shutdown()
        event.accept()

    def shutdown(self) -> None:
        """Stop timers and threads, remember the layout, drop the recovery copy (once)."""
        if getattr(self, "_shut_down", False):
            return
        self._shut_down = True
        try:
            self.document.undo_stack.indexChanged.disconnect(self._on_undo_stack_index_changed)
        except (RuntimeError, TypeError):
            pass
        self.simulator.shutdown()
        if self.optimiser is not None:
            self.optimiser.shutdown()
        job = getattr(self, "_report_job", None)
        if job is not None:
            try:
                job.cancel()
                job.wait()
            except RuntimeError:  # the job already finished and was deleted
                pass
        self.recovery.stop()
        self._message_timer.stop()
        self.settings.set_window_state(self.saveGeometry(), self.saveState())
        self.settings.sync()
