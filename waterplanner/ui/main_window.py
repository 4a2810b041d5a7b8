"""The main window: docks around the result plots, all views of one :class:`Session`.

Reading order follows the planner's eye: the cascade (left) and the plots (centre) show
what the river does, the schedule (bottom) what was changed, the summary (right) what it
costs whom. The window builds the panels and its menus; every panel subscribes to the
session itself, and nothing here copies state into a panel.
"""

from __future__ import annotations

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
    QStackedWidget,
    QUndoView,
    QWidget,
)

from waterplanner.i18n import QT_TRANSLATE_NOOP, LabelTable, language, plural, translate
from waterplanner.i18n.figures import counted
from waterplanner.model.edits import SetSharing
from waterplanner.model.view_state import ViewState
from waterplanner.ui import inflow_choice
from waterplanner.ui.action_icons import decorate, keys_text, with_keys
from waterplanner.ui.document import ScenarioDocument
from waterplanner.ui.figures import fixed
from waterplanner.ui.file_controller import FILE_FILTER, FileController
from waterplanner.ui.gc_guard import collect_on_gui_thread
from waterplanner.ui.help_menu import HelpMenu
from waterplanner.ui.inspector_panel import InspectorPanel
from waterplanner.ui.language import LanguageMenu
from waterplanner.ui.member_picker import MemberPicker
from waterplanner.ui.optimiser_panel import OptimiserPanel
from waterplanner.ui.recovery import RecoveryKeeper
from waterplanner.ui.results_panel import ResultsPanel
from waterplanner.ui.schedule_editor import ScheduleEditorPanel
from waterplanner.ui.schematic_panel import SchematicPanel
from waterplanner.ui.session import Session
from waterplanner.ui.settings import AppSettings
from waterplanner.ui.sharing_dialog import SharingDialog
from waterplanner.ui.simulation import SimulationOutcome
from waterplanner.ui.summary_panel import SummaryPanel
from waterplanner.ui.units import UNITS, unit_label
from waterplanner.ui.validation_panel import ValidationPanel

DOCK_TITLES: LabelTable[str] = LabelTable("MainWindow", {
    "cascade": QT_TRANSLATE_NOOP("MainWindow", "Cascade"),
    "schedule": QT_TRANSLATE_NOOP("MainWindow", "Release schedule"),
    "summary": QT_TRANSLATE_NOOP("MainWindow", "Summary"),
    "inspector": QT_TRANSLATE_NOOP("MainWindow", "Inspector"),
    "problems": QT_TRANSLATE_NOOP("MainWindow", "Problems"),
    "history": QT_TRANSLATE_NOOP("MainWindow", "History"),
    "optimiser": QT_TRANSLATE_NOOP("MainWindow", "Optimiser"),
})
"""Each dock's title, by its object name (in the planner's language when read)."""


def engine_loading() -> str:
    """' (engine loading)': what the status adds while the compiled engine is prepared."""
    return translate("MainWindow", " (engine loading)")


def redo_shortcuts() -> list[QKeySequence]:
    """Ctrl+Shift+Z and Ctrl+Y on every platform, plus the platform's own, each once
    (a key sequence registered twice is 'ambiguous' to Qt and does nothing)."""
    seqs = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo) + [
        QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")]
    unique: list[QKeySequence] = []
    for k in seqs:
        if not k.isEmpty() and all(k != u for u in unique):
            unique.append(k)
    return unique


class MainWindow(QMainWindow):
    """Everything on one screen; see the module docstring for the layout."""

    def __init__(self, document: ScenarioDocument, settings: AppSettings,
                 view: ViewState | None = None, previous: MainWindow | None = None) -> None:
        """A window on ``document``; ``previous``: the window it replaces (rebuilt in another
        language), whose session it takes over (see :mod:`waterplanner.ui.language`)."""
        super().__init__()
        collect_on_gui_thread()
        self.session: Session = Session(document, settings, self, view,
                                        previous.session if previous is not None else None)
        self.settings = settings
        self.files = FileController(self)
        self.setObjectName("MainWindow")
        self.resize(1600, 950)
        self._build_panels()
        self._build_actions()
        self._build_toolbar()
        self._build_menus()
        self._build_status()
        decorate(self)
        self.recovery = RecoveryKeeper(document, settings.directory, parent=self)
        ss = self.session
        ss.file_changed.connect(self._on_session_file_changed)
        ss.message_emitted.connect(self.show_message)
        ss.simulation_finished.connect(self._on_session_simulation_finished)
        ss.results_changed.connect(self._on_session_results_changed)
        ss.problems_changed.connect(self._on_session_problems_changed)
        ss.units_changed.connect(self._on_session_units_changed)
        ss.inflow_set_changed.connect(self._on_session_inflow_set_changed)
        ss.scenario_changed.connect(self._on_session_scenario_changed)
        ss.baseline_changed.connect(self._on_session_baseline_changed)
        ss.selection_changed.connect(self._on_session_selection_changed)
        ss.member_changed.connect(self._describe_members)
        ss.simulator.kernel_ready.connect(self._on_simulator_kernel_ready)
        geometry, state = settings.window_state()
        if geometry is not None:
            self.restoreGeometry(geometry)
        self._layout_pending = state is None
        if state is not None:
            self.restoreState(state)
        self._refresh_inflow_sets()
        self._on_session_file_changed()
        self._on_session_baseline_changed()
        if ss.startup_note:
            self.show_message(ss.startup_note, error=True)
        ss.request_simulation()

    # --- convenience for scripts and tests ------------------------------------------------
    @property
    def document(self) -> ScenarioDocument:
        return self.session.document

    @property
    def results(self):
        """The results on screen (the newest of this document), or None."""
        return self.session.shown_results

    @property
    def units(self) -> str:
        return self.session.units

    @property
    def inflow_set(self) -> str | None:
        return self.session.inflow_set

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
        ss = self.session
        self.plots = ResultsPanel()
        self.plots.attach(ss)
        self.not_simulated = QLabel()
        self.not_simulated.setTextFormat(Qt.TextFormat.PlainText)
        self.not_simulated.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.not_simulated.setWordWrap(True)
        self.not_simulated.setStyleSheet("color: #8A3B00; font-size: 12pt; padding: 40px")
        self.centre = QStackedWidget()
        self.centre.addWidget(self.plots)
        self.centre.addWidget(self.not_simulated)
        self.setCentralWidget(self.centre)
        # the summary/inspector column runs the full height, as in the sketch; the schedule
        # spans the cascade and the plots
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.setCorner(Qt.Corner.TopRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.schematic = SchematicPanel(ss.document)
        self.schematic.attach(ss)
        self.schematic.message.connect(self.show_message)
        self.schematic_dock = self._dock(DOCK_TITLES["cascade"], "cascade", self.schematic,
                                         Qt.DockWidgetArea.LeftDockWidgetArea)
        self.schedule = ScheduleEditorPanel(ss)
        self.schedule_dock = self._dock(DOCK_TITLES["schedule"], "schedule", self.schedule,
                                        Qt.DockWidgetArea.BottomDockWidgetArea)
        self.summary = SummaryPanel(ss)
        self.summary_dock = self._dock(DOCK_TITLES["summary"], "summary", self.summary,
                                       Qt.DockWidgetArea.RightDockWidgetArea)
        self.inspector = InspectorPanel(ss)
        self.inspector_dock = self._dock(DOCK_TITLES["inspector"], "inspector", self.inspector,
                                         Qt.DockWidgetArea.RightDockWidgetArea)
        self.validation = ValidationPanel(ss)
        self.validation_dock = self._dock(DOCK_TITLES["problems"], "problems", self.validation,
                                          Qt.DockWidgetArea.RightDockWidgetArea)
        self.undo_view = QUndoView(ss.document.undo_stack)
        self.undo_view.setEmptyLabel(translate("MainWindow", "Opened scenario"))
        # the history model resets on every step: uniform rows keep that O(1), not O(history)
        self.undo_view.setUniformItemSizes(True)
        self.history_dock = self._dock(DOCK_TITLES["history"], "history", self.undo_view,
                                       Qt.DockWidgetArea.RightDockWidgetArea)
        self.tabifyDockWidget(self.inspector_dock, self.validation_dock)
        self.tabifyDockWidget(self.validation_dock, self.history_dock)
        self.optimiser = OptimiserPanel(ss, self)
        self.optimiser_dock = self._dock(DOCK_TITLES["optimiser"], "optimiser", self.optimiser,
                                         Qt.DockWidgetArea.RightDockWidgetArea)
        self.tabifyDockWidget(self.history_dock, self.optimiser_dock)
        self.inspector_dock.raise_()
        self.validation.problem_activated.connect(self._on_validation_problem_activated)

    def _action(self, text: str, slot,
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
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
        stack = self.document.undo_stack
        self.act_new = self._action(translate("MainWindow", "&New"), lambda: f.new_scenario(),
                                    K.New, translate("MainWindow",
                                                     "Start from the default Syr Darya scenario"))
        self.act_open = self._action(translate("MainWindow", "&Open…"), lambda: f.open_dialog(),
                                     K.Open)
        self.act_save = self._action(translate("MainWindow", "&Save"), lambda: f.save(), K.Save)
        self.act_save_as = self._action(translate("MainWindow", "Save &As…"),
                                        lambda: f.save_as_dialog(), K.SaveAs)
        self.act_quit = self._action(translate("MainWindow", "&Quit"), self.close, K.Quit)
        self.act_undo = stack.createUndoAction(self, translate("MainWindow", "&Undo"))
        self.act_undo.setShortcuts(QKeySequence.keyBindings(K.Undo))
        self.act_redo = stack.createRedoAction(self, translate("MainWindow", "&Redo"))
        self.act_redo.setShortcuts(redo_shortcuts())
        self.act_rerun = self._action(translate("MainWindow", "Re-run simulation"),
                                      self.session.request_simulation, "F5")
        self.act_properties = self._action(
            translate("MainWindow", "&Properties…"), self._on_properties_triggered, None,
            translate("MainWindow", "Title, author, organisation, description and the date of "
                                    "the initial state"))
        self.act_sharing = self._action(
            translate("MainWindow", "Water &sharing and countries…"), self._on_sharing_triggered,
            None, translate("MainWindow", "How a shortage is shared (upstream first or the "
                                          "ICWC's proportional rule), the countries' seasonal "
                                          "limits and the energy exchange ledger"))
        self.act_baseline = self._action(
            translate("MainWindow", "Set as baseline"), self.session.set_baseline_to_current,
            None, translate("MainWindow", "Freeze the current plan for comparison"))
        self.act_baseline_file = self._action(
            translate("MainWindow", "Compare with file…"), self._on_compare_file_triggered, None,
            translate("MainWindow", "Compare with another scenario file"))
        self.act_clear_baseline = self._action(translate("MainWindow", "Clear baseline"),
                                               self.session.clear_baseline)
        self.act_export_plot = self._action(
            translate("MainWindow", "Export plots…"), self._on_export_plot_triggered, None,
            translate("MainWindow", "Save the visible plot tab as PNG or SVG"))
        self.act_fit = self._action(translate("MainWindow", "Fit schematic"),
                                    self.schematic.view.fit, "Ctrl+0")
        self.act_report = self._action(translate("MainWindow", "Export &report…"),
                                       self._on_export_report_triggered)
        self.act_import = self._action(translate("MainWindow", "&Import series…"),
                                       self._on_import_series_triggered)

    def _build_toolbar(self) -> None:
        tb = self.addToolBar(translate("MainWindow", "Main"))
        tb.setObjectName("main_toolbar")
        for act in (self.act_new, self.act_open, self.act_save):
            tb.addAction(act)
        tb.addSeparator()
        # fixed-text twins of the labelled menu actions: a toolbar button whose text changed
        # with every edit would relayout (and repaint) the whole window on every edit
        stack = self.document.undo_stack
        self.tb_undo = QAction(translate("MainWindow", "Undo"), self)
        self.tb_undo.triggered.connect(stack.undo)
        self.tb_redo = QAction(translate("MainWindow", "Redo"), self)
        self.tb_redo.triggered.connect(stack.redo)
        self._on_undo_stack_index_changed()
        stack.indexChanged.connect(self._on_undo_stack_index_changed)
        tb.addAction(self.tb_undo)
        tb.addAction(self.tb_redo)
        tb.addSeparator()
        tb.addWidget(QLabel(translate("MainWindow", " Inflows: ")))
        self.inflow_combo = QComboBox()
        self.inflow_combo.setMinimumWidth(140)
        self.inflow_combo.currentIndexChanged.connect(self._on_inflow_combo_changed)
        tb.addWidget(self.inflow_combo)
        self.member_picker = MemberPicker(self.session)
        self.member_picker_action = tb.addWidget(self.member_picker)
        self.member_picker_action.setVisible(False)
        tb.addWidget(QLabel(translate("MainWindow", "  Units: ")))
        self.units_combo = QComboBox()
        for key in UNITS:
            self.units_combo.addItem(unit_label(key), key)
        self.units_combo.setCurrentIndex(list(UNITS).index(self.session.units))
        self.units_combo.currentIndexChanged.connect(self._on_units_combo_changed)
        tb.addWidget(self.units_combo)
        tb.addSeparator()
        tb.addAction(self.act_baseline)
        tb.addAction(self.act_clear_baseline)
        tb.addSeparator()
        self.act_optimise = self._action(translate("MainWindow", "Optimise…"),
                                         self._on_optimise_triggered, None,
                                         translate("MainWindow", "Open the optimiser panel"))
        tb.addAction(self.act_optimise)
        tb.addAction(self.act_report)

    def _build_menus(self) -> None:
        mb = self.menuBar()
        m = mb.addMenu(translate("MainWindow", "&File"))
        m.addActions([self.act_new, self.act_open])
        self.recent_menu = m.addMenu(translate("MainWindow", "Open &Recent"))
        self.recent_menu.aboutToShow.connect(lambda: self.files.populate_recent(self.recent_menu))
        m.addActions([self.act_save, self.act_save_as])
        m.addSeparator()
        m.addActions([self.act_import, self.act_report, self.act_export_plot])
        m.addSeparator()
        m.addAction(self.act_quit)
        e = mb.addMenu(translate("MainWindow", "&Edit"))
        e.addActions([self.act_undo, self.act_redo])
        v = mb.addMenu(translate("MainWindow", "&View"))
        for dock in (self.schematic_dock, self.schedule_dock, self.summary_dock,
                     self.inspector_dock, self.validation_dock, self.history_dock):
            v.addAction(dock.toggleViewAction())
        v.addSeparator()
        v.addAction(self.act_fit)
        v.addSeparator()
        self.language_menu = LanguageMenu(self, v.addMenu(translate("MainWindow", "&Language")))
        s = mb.addMenu(translate("MainWindow", "&Scenario"))
        s.addAction(self.act_properties)
        s.addAction(self.act_sharing)
        s.addSeparator()
        s.addActions([self.act_rerun, self.act_baseline, self.act_baseline_file,
                      self.act_clear_baseline])
        o = mb.addMenu(translate("MainWindow", "&Optimise"))
        o.addAction(self.optimiser_dock.toggleViewAction())
        h = mb.addMenu(translate("MainWindow", "&Help"))
        self.help = HelpMenu(self, h, language())
        h.addAction(self._action(translate("MainWindow", "About WaterPlanner"),
                                 self._on_about_triggered))

    def _build_status(self) -> None:
        sb = self.statusBar()
        self.sim_label = QLabel()
        # no status-bar relayout on every run: as wide as its longest words in the language
        self.sim_label.setFixedWidth(max(260, self.fontMetrics().horizontalAdvance(
            self._members_text(200, 9.999) + engine_loading()) + 12))
        self.problem_label = QLabel()
        self.problem_label.setFixedWidth(150)
        self.file_label = QLabel()
        self.message_label = QLabel()
        for label in (self.sim_label, self.problem_label, self.file_label, self.message_label):
            label.setTextFormat(Qt.TextFormat.PlainText)  # names and paths show literally
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
        self.message_label.setToolTip(text)
        self._message_timer.start()

    def request_simulation(self) -> None:
        """Simulate the current scenario if it is valid, else list what stops it."""
        self.session.request_simulation()

    def set_baseline(self) -> None:
        """Freeze the current plan as the baseline."""
        self.session.set_baseline_to_current()

    def clear_baseline(self) -> None:
        self.session.clear_baseline()

    @property
    def baseline(self):
        """The baseline's results under the current inflow set, or None."""
        return self.session.baseline_results

    def _refresh_inflow_sets(self) -> None:
        s = self.session.scenario
        entries = inflow_choice.choices(s)
        values = [c.value for c in entries]
        current = [self.inflow_combo.itemData(i) for i in range(self.inflow_combo.count())]
        self.inflow_combo.blockSignals(True)
        if current != values:
            self.inflow_combo.clear()
            for c in entries:
                self.inflow_combo.addItem(c.label, c.value)
                if c.tooltip:
                    self.inflow_combo.setItemData(self.inflow_combo.count() - 1, c.tooltip,
                                                  Qt.ItemDataRole.ToolTipRole)
        chosen = self.session.inflow_set
        self.inflow_combo.setCurrentIndex(values.index(chosen) if chosen in values else 0)
        self.inflow_combo.blockSignals(False)

    # --- slots ------------------------------------------------------------------------
    def _on_undo_stack_index_changed(self, *_: object) -> None:
        stack = self.document.undo_stack
        if getattr(self, "_shut_down", False):
            return
        self.tb_undo.setEnabled(stack.canUndo())
        self.tb_redo.setEnabled(stack.canRedo())
        self.tb_undo.setToolTip(with_keys(translate("MainWindow", "Undo {step}").format(
            step=stack.undoText()).strip(), keys_text(self.act_undo)))
        self.tb_redo.setToolTip(with_keys(translate("MainWindow", "Redo {step}").format(
            step=stack.redoText()).strip(), keys_text(self.act_redo)))

    def _on_session_scenario_changed(self, scenario) -> None:
        del scenario
        self._refresh_inflow_sets()

    def _on_session_inflow_set_changed(self, name) -> None:
        del name
        self._refresh_inflow_sets()

    def _on_session_units_changed(self, units: str) -> None:
        index = list(UNITS).index(units)
        if self.units_combo.currentIndex() != index:
            self.units_combo.blockSignals(True)
            self.units_combo.setCurrentIndex(index)
            self.units_combo.blockSignals(False)

    def _on_session_baseline_changed(self) -> None:
        base = self.session.baseline
        self.act_clear_baseline.setEnabled(base is not None)
        self.act_clear_baseline.setToolTip(
            translate("MainWindow", "Stop comparing with the {baseline}").format(
                baseline=base.label) if base else translate("MainWindow", "No baseline is set"))

    def _on_session_problems_changed(self, problems) -> None:
        if problems:
            n = len(problems)
            self.sim_label.setText(translate("MainWindow", "Not simulated: fix the problems first"))
            self.not_simulated.setText(counted(
                "MainWindow", "The scenario has {count} problems (listed under Problems) and "
                "cannot be simulated.\nThe plots come back as soon as it is valid again.", n,
                "The scenario has {count} problem (listed under Problems) and cannot be "
                "simulated.\nThe plots come back as soon as it is valid again.").format(count=n))
        self._update_problem_label()

    def _on_session_results_changed(self) -> None:
        self.centre.setCurrentWidget(self.plots if self.session.results is not None
                                     else self.not_simulated)
        self._update_problem_label()
        ensemble = self.session.is_ensemble
        if self.member_picker_action.isVisible() != ensemble:
            self.member_picker_action.setVisible(ensemble)
        self._describe_members()

    def _describe_members(self) -> None:
        """The status bar names the member the tables and highlighted curves show."""
        outcome = self.session.last_outcome
        if outcome is None or outcome.error is not None or outcome.results is None \
                or outcome.results.members <= 1 or not self.session.is_ensemble:
            return
        self.sim_label.setText(self._members_text(outcome.results.members, outcome.seconds)
                               + (engine_loading() if outcome.python_kernel else ""))

    def _update_problem_label(self) -> None:
        n = len(self.session.problems())
        w = len(self.validation.warnings) if self.session.results is not None else 0
        if n:
            text = counted("MainWindow", "⚠ {count} problems", n, "⚠ {count} problem")
            style = "color: #B03A00"
        elif w:
            text = counted("MainWindow", "△ {count} warnings", w, "△ {count} warning")
            style = "color: #8A6100"
        else:
            text, style = translate("MainWindow", "✓ no problems"), ""
        self.problem_label.setText(text.format(count=n or w))
        if self.problem_label.styleSheet() != style:  # a style sheet set again re-polishes
            self.problem_label.setStyleSheet(style)
        self.problem_label.setToolTip(translate(
            "MainWindow", "Problems make the scenario invalid; warnings are release targets the "
            "reservoirs could not follow") if n or w else "")

    def _on_session_simulation_finished(self, outcome: SimulationOutcome) -> None:
        if outcome.error is not None:
            self.sim_label.setText(translate("MainWindow", "Simulation failed"))
            return
        ms = outcome.seconds * 1000
        if ms < 100:
            text = translate("MainWindow", "Simulated in {time} ms").format(time=fixed(ms, 1))
        else:
            text = translate("MainWindow", "Simulated in {time} s").format(
                time=fixed(ms / 1000, 2))
        members = outcome.results.members if outcome.results is not None else 1
        self.sim_label.setToolTip("")
        if members > 1:
            text = self._members_text(members, outcome.seconds)
            self.sim_label.setToolTip(translate("MainWindow", 
                "An inflow ensemble: the plots show the members' median and 50 % and 90 % "
                "bands, and the Summary the risk over all members; the headline numbers, the "
                "tables and the highlighted curves are the member chosen in the toolbar"))
        if outcome.python_kernel:
            text += engine_loading()
            self.sim_label.setToolTip(translate("MainWindow", 
                "The compiled simulation engine is being prepared in the background (the first "
                "start of a new installation); meanwhile the same engine runs uncompiled."))
        self.sim_label.setText(text)

    def _members_text(self, members: int, seconds: float) -> str:
        """'200 members simulated in 850 ms (tables: member 1)'."""
        return plural("MainWindow", "{count} members simulated in {time} ms (tables: member "
                                    "{member})", members).format(
            count=members, time=fixed(seconds * 1000, 0), member=self.session.member + 1)

    def _on_simulator_kernel_ready(self) -> None:
        self.sim_label.setToolTip("")
        if self.session.last_outcome is not None and self.session.last_outcome.python_kernel:
            self.sim_label.setText(self.sim_label.text().replace(engine_loading(), ""))

    def _on_session_file_changed(self) -> None:
        doc = self.document
        modified = self.session.is_modified
        self.setWindowTitle(f"{doc.display_name}[*] — WaterPlanner")
        self.setWindowModified(modified)
        where = str(doc.path) if doc.path else translate("MainWindow", "not saved yet")
        self.file_label.setText(where + (" *" if modified else ""))

    def _on_session_selection_changed(self, node_id, link_id) -> None:
        if node_id or link_id:
            self.inspector_dock.raise_()

    def _on_validation_problem_activated(self, node_id: str | None, field: str | None) -> None:
        if node_id and self.session.scenario.has_node(node_id):
            self.session.select_node(node_id)
            self.inspector.focus_field(field)

    def _on_inflow_combo_changed(self, index: int) -> None:
        self.session.set_inflow_set(self.inflow_combo.itemData(index))

    def _on_units_combo_changed(self, index: int) -> None:
        self.session.set_units(self.units_combo.itemData(index))

    def _on_sharing_triggered(self) -> None:
        dlg = SharingDialog(self.session.scenario, self)
        refusals: list[str] = []
        note = refusals.append
        self.document.edit_refused.connect(note)
        try:
            while dlg.exec():
                values = dlg.values()
                if values is not None and self.apply_sharing(*values):
                    break
                if values is not None:  # refused: the dialog stays open with the reason
                    dlg.error.setText(refusals[-1] if refusals
                                      else translate("MainWindow", "refused"))
        finally:
            self.document.edit_refused.disconnect(note)
            dlg.deleteLater()

    def apply_sharing(self, policy: str, countries: tuple, exchanges: tuple) -> bool:
        """Set the allocation policy, countries and exchange ledger (one undoable edit)."""
        return self.document.apply(SetSharing(policy=policy, countries=countries,
                                              exchanges=exchanges,
                                              label=translate(
                                                  "MainWindow",
                                                  "Set water sharing and countries")))

    def _on_properties_triggered(self) -> None:
        from waterplanner.ui.properties_dialog import ScenarioPropertiesDialog
        dialog = ScenarioPropertiesDialog(self.session.scenario.metadata, self)
        if dialog.exec():
            self.document.apply(dialog.edit())
        dialog.deleteLater()

    def _on_compare_file_triggered(self) -> None:
        start = str(self.document.path.parent) if self.document.path else ""
        path, _ = QFileDialog.getOpenFileName(
            self, translate("MainWindow", "Compare with scenario"), start,
            translate("Files", FILE_FILTER))
        if path:
            self.session.set_baseline_file(Path(path))

    def _on_export_plot_triggered(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, translate("MainWindow", "Export plots"), str(Path.home() / "plot.png"),
            translate("MainWindow", "PNG image (*.png);;SVG drawing (*.svg)"))
        if path:
            try:
                self.plots.export_current(Path(path))
                self.show_message(translate("MainWindow", "Exported {name}").format(
                    name=Path(path).name))
            except OSError as e:
                self.show_message(translate("MainWindow", "Could not export: {reason}").format(
                    reason=e), error=True)

    def _on_export_report_triggered(self) -> None:
        from waterplanner.ui.report_export import export_report_interactive
        inputs = self.session.report_inputs()
        if inputs is None:
            self.show_message(translate("MainWindow", "No report: the scenario has no results "
                                                      "yet (fix its problems first)"), error=True)
            return
        self._report_job = export_report_interactive(self, inputs, self.document.path)

    def _on_import_series_triggered(self) -> None:
        from waterplanner.ui.import_dialog import ImportSeriesDialog
        dialog = ImportSeriesDialog(self, self.document.scenario)
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
        QMessageBox.about(self, translate("MainWindow", "About WaterPlanner"), translate(
            "MainWindow", "WaterPlanner {version}\nReservoir-release planning for transboundary "
            "river cascades.").format(version=__version__))

    def apply_default_layout(self) -> None:
        """Dock sizes for a first start (later starts restore the planner's own layout)."""
        w, h = self.width(), self.height()
        # the summary's labels need about 340 px; on a narrow screen that comes first; on a
        # wide one 22 % keeps the longest word of the risk table's labels («восстанавливаемость»)
        # whole beside three numbers; the tabs of the docks below it keep their words whole
        # (Kazakh's are longer)
        right = max(int(w * 0.22), min(340, int(w * 0.26)),
                    min(self._dock_tabs_px(), int(w * 0.3)))
        self.resizeDocks([self.schematic_dock, self.summary_dock],
                         [int(w * 0.24), right], Qt.Orientation.Horizontal)
        self.resizeDocks([self.schedule_dock], [int(h * 0.27)], Qt.Orientation.Vertical)
        self.resizeDocks([self.summary_dock, self.inspector_dock], [int(h * 0.35), int(h * 0.4)],
                         Qt.Orientation.Vertical)

    def _dock_tabs_px(self) -> int:
        """The width the tabs of the docks sharing the right column need (their titles in
        full, with the tabs' own margins)."""
        fm = self.fontMetrics()
        docks = (self.inspector_dock, self.validation_dock, self.history_dock,
                 self.optimiser_dock)
        return sum(fm.horizontalAdvance(d.windowTitle()) + 24 for d in docks) + 8

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
        self.help.close()
        try:
            self.document.undo_stack.indexChanged.disconnect(self._on_undo_stack_index_changed)
        except (RuntimeError, TypeError):
            pass
        self.session.shutdown()
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


def _counted_texts() -> None:  # pragma: no cover - read by pyside6-lupdate, never run
    translate("MainWindow", "The scenario has {count} problems (listed under Problems) and "
                            "cannot be simulated.\nThe plots come back as soon as it is valid "
                            "again.", None, 1)
    translate("MainWindow", "⚠ {count} problems", None, 1)
    translate("MainWindow", "△ {count} warnings", None, 1)
    translate("MainWindow", "{count} members simulated in {time} ms (tables: member {member})",
              None, 1)
