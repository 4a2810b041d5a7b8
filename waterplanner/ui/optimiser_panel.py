"""The optimiser panel: objectives and weights, run with progress and cancel, apply the
result as one undoable edit, and a trade-off (Pareto) plot whose points show their schedule.

All optimisation is done by :mod:`waterplanner.engine.optimise`; this panel only collects
choices, runs it in a worker and shows what came back.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from waterplanner.engine.optimise import (
    InfeasibleError, OptimisationError, OptimisationRecord, OptimisationResult, ParetoFront, optimise, pareto_front,
)
from waterplanner.model.edits import SetReleases
from waterplanner.model.objectives import OptimisationSpec, optimisation_spec
from waterplanner.model.scenario import Scenario
from waterplanner.progress import CancelToken, Progress
from waterplanner.ui.background import BackgroundJob
from waterplanner.ui.session import Session
from waterplanner.ui.palette import OKABE_ITO
from waterplanner.ui.plot_common import fmt_number


class OptimiserPanel(QWidget):
    """Choose, run, judge and apply; see the module docstring."""

    def __init__(self, session: Session, window: QWidget) -> None:
        super().__init__(window)
        self.session = session
        self.document = session.document
        self.worker: BackgroundJob | None = None
        self.result: OptimisationResult | None = None
        self.front: ParetoFront | None = None
        self._snapshot: Scenario | None = None
        self._spec_source: object = object()
        self._point: int | None = None
        self._build()
        session.scenario_changed.connect(self._on_document_scenario_changed)
        session.document_replaced.connect(self._on_session_document_replaced)
        session.optimisation_record_changed.connect(self._on_session_record_changed)
        self._on_document_scenario_changed(session.scenario)

    # --- construction -----------------------------------------------------------------
    def _build(self) -> None:
        self.objectives = QTableWidget(0, 2)
        self.objectives.setHorizontalHeaderLabels(["Objective", "Weight"])
        self.objectives.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.objectives.verticalHeader().hide()
        self.run_button = QPushButton("Optimise")
        self.run_button.setToolTip("Find the schedule that best meets the weighted objectives "
                                   "for the inflow set shown")
        self.run_button.clicked.connect(self._on_run_button_clicked)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self.apply_button = QPushButton("Apply schedule")
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self._on_apply_button_clicked)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.status = QLabel("Not run yet")
        self.status.setWordWrap(True)
        self.record_label = QLabel("")
        self.record_label.setWordWrap(True)
        self.record_label.setStyleSheet("color: #005A8C")
        self.report = QLabel()
        self.report.setWordWrap(True)
        self.report.setTextFormat(Qt.TextFormat.RichText)
        self.report.setAlignment(Qt.AlignmentFlag.AlignTop)
        buttons = QHBoxLayout()
        for b in (self.run_button, self.cancel_button, self.apply_button):
            buttons.addWidget(b)
        self.a_combo, self.b_combo = QComboBox(), QComboBox()
        for combo in (self.a_combo, self.b_combo):
            combo.setEditable(True)  # any objective label: kind[:node,node][:season]
            combo.setToolTip("An objective of the scenario, or a label such as "
                             "energy:toktogul:winter, lake_inflow:north_aral, shortfall::summer")
        self.points = QSpinBox()
        self.points.setRange(2, 30)
        self.points.setValue(8)
        self.front_button = QPushButton("Trade-off…")
        self.front_button.setToolTip("Sweep the best compromises between objective A and B")
        self.front_button.clicked.connect(self._on_front_button_clicked)
        self.front_plot = pg.PlotWidget()
        self.front_plot.setMinimumHeight(220)
        self.front_plot.showGrid(x=True, y=True, alpha=0.25)
        self.scatter = pg.ScatterPlotItem(size=10, brush=pg.mkBrush(OKABE_ITO["blue"]),
                                          pen=pg.mkPen("w"), hoverable=True,
                                          hoverBrush=pg.mkBrush(OKABE_ITO["orange"]))
        self.scatter.sigClicked.connect(self._on_scatter_clicked)
        self.chosen = pg.ScatterPlotItem(size=16, brush=pg.mkBrush(None),
                                         pen=pg.mkPen(OKABE_ITO["vermillion"], width=2.5))
        self.front_line = pg.PlotDataItem(pen=pg.mkPen("#9A9A9A", width=1))
        self.front_plot.addItem(self.front_line)
        self.front_plot.addItem(self.scatter)
        self.front_plot.addItem(self.chosen)
        self.point_label = QLabel("Click a point to see its schedule")
        self.point_label.setWordWrap(True)
        self.apply_point = QPushButton("Apply this point")
        self.apply_point.setEnabled(False)
        self.apply_point.clicked.connect(self._on_apply_point_clicked)
        front_box = QGroupBox("Trade-off between two objectives")
        form = QFormLayout(front_box)
        form.addRow("A (x axis)", self.a_combo)
        form.addRow("B (y axis)", self.b_combo)
        form.addRow("Points", self.points)
        form.addRow(self.front_button)
        form.addRow(self.front_plot)
        form.addRow(self.point_label)
        form.addRow(self.apply_point)
        inner = QWidget()
        lay = QVBoxLayout(inner)
        lay.setContentsMargins(4, 4, 4, 4)
        scroll = QScrollArea()  # a tall panel in a short dock scrolls instead of overlapping
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        lay.addWidget(QLabel("<b>Objectives</b> (weights apply to this run only)"))
        lay.addWidget(self.objectives)
        lay.addLayout(buttons)
        lay.addWidget(self.progress)
        lay.addWidget(self.status)
        lay.addWidget(self.record_label)
        lay.addWidget(self.report)
        lay.addWidget(front_box, 1)

    # --- state ------------------------------------------------------------------------
    def spec(self) -> OptimisationSpec:
        """The scenario's optimisation settings with the weights chosen in the table."""
        spec = optimisation_spec(self.document.scenario)
        objectives = []
        for i, o in enumerate(spec.objectives):
            box = self.objectives.cellWidget(i, 1)
            w = box.value() if isinstance(box, QDoubleSpinBox) else o.weight
            objectives.append(replace(o, weight=float(w)))
        return replace(spec, objectives=tuple(objectives))

    def _on_document_scenario_changed(self, scenario: Scenario) -> None:
        source = scenario.extensions.get("optimisation")
        if source is self._spec_source:
            return
        self._spec_source = source
        spec = optimisation_spec(scenario)
        self.objectives.setRowCount(len(spec.objectives))
        for i, o in enumerate(spec.objectives):
            item = QTableWidgetItem(o.label)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            item.setToolTip(f"{o.kind}, unit {o.unit}")
            self.objectives.setItem(i, 0, item)
            box = QDoubleSpinBox()
            box.setRange(0.0, 1e9)
            box.setDecimals(3)
            box.setValue(o.weight)
            self.objectives.setCellWidget(i, 1, box)
        rows = self.objectives.verticalHeader().defaultSectionSize() * max(len(spec.objectives), 1)
        self.objectives.setFixedHeight(rows + self.objectives.horizontalHeader().height() + 6)
        labels = [o.label for o in spec.objectives]
        # also the classic Syr Darya conflicts, written as short objective labels
        lakes = [n.id for n in scenario.nodes if n.kind.value == "terminal_lake"]
        extra = [f"lake_inflow:{lk}" for lk in lakes] + ["energy", "energy::winter",
                                                         "shortfall::summer"]
        choices = labels + [x for x in extra if x not in labels]
        for combo in (self.a_combo, self.b_combo):
            combo.clear()
            combo.addItems(choices)
        self.a_combo.setCurrentText("shortfall" if "shortfall" in choices else choices[0])
        second = f"lake_inflow:{lakes[0]}" if lakes else (choices[1] if len(choices) > 1
                                                          else choices[0])
        self.b_combo.setCurrentText(second)
        self.front_button.setEnabled(len(choices) >= 2)

    def _inflow_set(self) -> str | None:
        return self.session.inflow_set

    @property
    def applied_record(self) -> OptimisationRecord | None:
        """The applied result or point, while it describes the scenario shown."""
        return self.session.optimisation_record

    def _on_session_record_changed(self, record: OptimisationRecord | None) -> None:
        if record is None:
            self.record_label.setText("")
            return
        self.record_label.setText(f"The schedules shown come from {record.source_text}. "
                                  "Any other edit ends this.")

    def _on_session_document_replaced(self) -> None:
        """Another scenario: results and fronts of the old one are no longer offered."""
        self.cancel()
        self.result = None
        self.front = None
        self._point = None
        self.apply_button.setEnabled(False)
        self.apply_point.setEnabled(False)
        self.report.setText("")
        self.status.setText("Not run yet")
        self.scatter.setData([], [])
        self.front_line.setData([], [])
        self.chosen.setData([], [])
        self.point_label.setText("Click a point to see its schedule")

    # --- running ----------------------------------------------------------------------
    def _start(self, job, on_finished) -> bool:
        if self.worker is not None:
            return False
        problems = self.document.problems()
        if problems:
            self.status.setText(f"Fix the {len(problems)} problem(s) of the scenario first.")
            return False
        self._snapshot = self.document.scenario
        self.worker = BackgroundJob("optimiser", job, error_text=_optimiser_error, parent=self)
        self.worker.progressed.connect(self._on_worker_progressed)
        self.worker.finished.connect(on_finished)
        self.worker.failed.connect(self._on_worker_failed)
        self.worker.cancelled.connect(self._on_worker_cancelled)
        self.run_button.setEnabled(False)
        self.front_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setValue(0)
        self.status.setText("Starting…")
        self.worker.start()
        return True

    def run(self) -> bool:
        """Optimise the current scenario in the background."""
        snapshot, spec, inflow = self.document.scenario, self.spec(), self._inflow_set()
        def job(progress: Progress, token: CancelToken) -> OptimisationResult:
            return optimise(snapshot, spec, inflow, progress, token)

        return self._start(job, self._on_run_finished)

    def run_front(self) -> bool:
        """Sweep the trade-off between the objectives chosen as A and B."""
        snapshot, spec, inflow = self.document.scenario, self.spec(), self._inflow_set()
        a, b, n = self.a_combo.currentText(), self.b_combo.currentText(), self.points.value()
        if a == b:
            self.status.setText("Choose two different objectives for the trade-off.")
            return False
        return self._start(lambda progress, token: pareto_front(
            snapshot, a, b, n, spec, inflow, progress, token), self._on_front_finished)

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.status.setText("Cancelling after the current linear programme…")

    def _finish_run(self) -> None:
        if self.worker is not None:
            self.worker.deleteLater()
        self.worker = None
        self.run_button.setEnabled(True)
        self.front_button.setEnabled(self.a_combo.count() >= 2)
        self.cancel_button.setEnabled(False)

    def _on_worker_progressed(self, fraction: float, message: str) -> None:
        self.progress.setValue(int(fraction * 1000))
        self.status.setText(message[:1].upper() + message[1:])

    def _on_worker_failed(self, message: str) -> None:
        self._finish_run()
        self.status.setText(f"<span style='color:#B03A00'>Not optimised: {message}</span>")

    def _on_worker_cancelled(self) -> None:
        self._finish_run()
        self.progress.setValue(0)
        self.status.setText("Cancelled; nothing was changed.")

    def _on_run_finished(self, result: OptimisationResult) -> None:
        self._finish_run()
        self.result = result
        self.progress.setValue(1000)
        self.apply_button.setEnabled(result.improved)
        self.status.setText(f"Done in {result.seconds:.2f} s, {result.iterations} linear "
                            f"programme(s); {result.self_check.summary()}")
        rows = "".join(
            f"<tr><td>{t.label}</td><td align=right>{fmt_number(t.before, 1)}</td>"
            f"<td align=right>{fmt_number(t.after, 1)}</td><td>{t.unit}</td></tr>"
            for t in result.terms)
        notes = "".join(f"<p><i>{n}</i></p>" for n in result.notes)
        self.report.setText(
            f"<table cellspacing=4><tr><th align=left>Objective</th><th>before</th>"
            f"<th>after</th><th></th></tr>{rows}</table>{notes}")

    def _on_front_finished(self, front: ParetoFront) -> None:
        self._finish_run()
        self.front = front
        self.progress.setValue(1000)
        pts = [p for p in front.points if p.feasible]
        self.scatter.setData([p.a for p in pts], [p.b for p in pts],
                             data=[front.points.index(p) for p in pts])
        order = sorted(pts, key=lambda p: p.a)
        self.front_line.setData([p.a for p in order], [p.b for p in order])
        self.chosen.setData([], [])
        self.front_plot.setLabel("bottom", f"A: {front.a_description}")
        self.front_plot.setLabel("left", f"B: {front.b_description}")
        self.status.setText(f"Trade-off: {len(pts)} points in {front.seconds:.1f} s"
                            + (" (cancelled: the points found so far)" if front.cancelled else ""))

    # --- applying ---------------------------------------------------------------------
    def _releases_edit(self, release: dict[str, np.ndarray], label: str) -> SetReleases | None:
        current = self.document.scenario
        snap = self._snapshot
        if snap is None or current.nodes is not snap.nodes or current.time is not snap.time:
            self.status.setText("The network changed since the run: run the optimiser again.")
            return None
        return SetReleases(changes={rid: dict(enumerate(float(v) for v in rel))
                                    for rid, rel in release.items()}, label=label)

    def apply(self) -> bool:
        """Apply the optimised schedule as one undoable edit, recorded in the session."""
        if self.result is None:
            return False
        before = self.document.scenario
        edit = self._releases_edit(self.result.release_mcm, "Apply optimised schedule")
        if edit is not None and self.document.apply(edit):
            self.session.record_optimisation(OptimisationRecord(
                kind="optimiser", applied_to=before, produced=self.document.scenario,
                result=self.result))
            self.apply_button.setEnabled(False)
            return True
        return False

    def select_point(self, k: int) -> None:
        """Show the schedule of point k of the front."""
        if self.front is None:
            return
        self._point = k
        p = self.front.points[k]
        self.chosen.setData([p.a], [p.b])
        time = self.document.scenario.time
        lines = []
        for rid, rel in p.release_mcm.items():
            name = self.document.scenario.node(rid).name if self.document.scenario.has_node(rid) \
                else rid
            flows = time.mcm_to_m3s(np.asarray(rel)) if len(rel) == time.periods else rel
            lines.append(f"<b>{name}</b>: " + " ".join(f"{v:.0f}" for v in flows))
        self.point_label.setText(f"Point {k + 1}: A = {p.a:.4g}, B = {p.b:.4g}<br>"
                                 "Release (m³/s): " + "<br>".join(lines))
        self.apply_point.setEnabled(True)

    def _on_scatter_clicked(self, item, points, ev=None) -> None:
        if len(points):
            self.select_point(int(points[0].data()))

    def _on_apply_point_clicked(self) -> None:
        if self.front is None or self._point is None:
            return
        before = self.document.scenario
        edit = self._releases_edit(self.front.points[self._point].release_mcm,
                                   f"Apply trade-off point {self._point + 1}")
        if edit is not None and self.document.apply(edit):
            self.session.record_optimisation(OptimisationRecord(
                kind="tradeoff", applied_to=before, produced=self.document.scenario,
                front=self.front, point_index=self._point))

    def _on_run_button_clicked(self) -> None:
        self.run()

    def _on_front_button_clicked(self) -> None:
        self.run_front()

    def _on_cancel_button_clicked(self) -> None:
        self.cancel()

    def _on_apply_button_clicked(self) -> None:
        self.apply()

    def shutdown(self) -> None:
        """Cancel a running optimisation and wait for its thread."""
        if self.worker is not None:
            self.worker.cancel()
            self.worker.wait()


def _optimiser_error(error: BaseException) -> str:
    """The optimiser's refusals say what to change; anything else names its type too."""
    if isinstance(error, (InfeasibleError, OptimisationError, ValueError)):
        return str(error)
    return f"the optimiser stopped ({type(error).__name__}: {error})"
