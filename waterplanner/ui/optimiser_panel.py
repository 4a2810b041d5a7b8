"""The optimiser panel: what the optimiser may do, what it costs, and the trade-offs.

Three pages under one row of controls (Optimise, Cancel, Apply schedule, progress):

* **Settings** — the scenario's own objectives (each shipped scenario has its own: energy
  mode, irrigation mode) and requirements in words with names and units, the protective
  defaults a run will apply and the reservoirs it decides; every change is one undoable edit
  of the scenario's optimisation section (:mod:`.optimisation_settings`).
* **Result** — after a run: the objective terms before → after, the defaults the run applied
  and what the optimum costs elsewhere, before → after (:mod:`.optimiser_result`); after a
  run against an ensemble ("Optimise against: an ensemble", :mod:`.robust_choice`), the
  input schedule, the deterministic optimum and the robust schedule on the members it was
  optimised for and on others (:mod:`.robust_result`).
* **Trade-off** — the Pareto front between two objectives; a point shows its schedule and can
  be applied (:mod:`.tradeoff_view`).

All optimisation is done by :mod:`waterplanner.engine.optimise`, in a
:class:`~waterplanner.ui.background.BackgroundJob` on an immutable snapshot. The engine (and
scipy with it) is imported only when the planner first runs the optimiser or opens the
trade-off page, never when the window starts.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

import numpy as np
from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from waterplanner.i18n import plural, translate
from waterplanner.model.edits import Edit, SetReleases
from waterplanner.model.objectives import OptimisationSpec
from waterplanner.model.scenario import Scenario
from waterplanner.progress import CancelToken, Progress
from waterplanner.ui import inflow_choice
from waterplanner.ui.background import BackgroundJob
from waterplanner.ui.figures import fixed
from waterplanner.ui.optimisation_settings import OptimisationSettings, plain_label
from waterplanner.ui.optimisation_words import tooltip_text
from waterplanner.ui.optimiser_result import OptimiserResultView
from waterplanner.ui.robust_choice import RobustChoice, RobustChoiceRow
from waterplanner.ui.session import Session
from waterplanner.ui.tradeoff_view import TradeoffView

if TYPE_CHECKING:
    from waterplanner.engine.optimise import (
        OptimisationRecord,
        OptimisationResult,
        ParetoFront,
        RobustResult,
        RobustSettings,
    )

ERROR_STYLE = "color: #B03A00"
ENGINE = "waterplanner.engine.optimise"


def _scrolled(widget: QWidget) -> QScrollArea:
    """A page that scrolls when the dock is short, instead of squeezing its tables."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    inner = QWidget()
    lay = QVBoxLayout(inner)
    lay.setContentsMargins(4, 4, 4, 4)
    lay.addWidget(widget)
    area.setWidget(inner)
    return area


class OptimiserPanel(QWidget):
    """Choose, run, judge and apply; see the module docstring."""

    def __init__(self, session: Session, window: QWidget) -> None:
        super().__init__(window)
        self.session = session
        self.document = session.document
        self.worker: BackgroundJob | None = None
        self.result: OptimisationResult | None = None
        self.robust_result: RobustResult | None = None
        self.front: ParetoFront | None = None
        self._snapshot: Scenario | None = None
        self._run_spec: OptimisationSpec | None = None
        self._choices_key: tuple[object, ...] | None = None
        self._build()
        session.scenario_changed.connect(self._on_session_scenario_changed)
        session.document_replaced.connect(self._on_session_document_replaced)
        session.optimisation_record_changed.connect(self._on_session_record_changed)
        self._on_session_scenario_changed(session.scenario)

    # --- construction -----------------------------------------------------------------
    def _build(self) -> None:
        self.run_button = QPushButton(translate("Optimiser", "Optimise"))
        self.run_button.setToolTip(translate("Optimiser", "Find the schedule that best meets "
                                                          "the objectives for the inflow set "
                                                          "shown"))
        self.run_button.clicked.connect(self._on_run_button_clicked)
        self.cancel_button = QPushButton(translate("Optimiser", "Cancel"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self.apply_button = QPushButton(translate("Optimiser", "Apply schedule"))
        self.apply_button.setEnabled(False)
        self.apply_button.setToolTip(translate("Optimiser", "Apply the optimised schedule (one "
                                                            "step you can undo)"))
        self.apply_button.clicked.connect(self._on_apply_button_clicked)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.status = plain_label(translate("Optimiser", "Not run yet"))
        self.record_label = plain_label(style="color: #005A8C")
        self.against = RobustChoiceRow(self)
        self.against.changed.connect(self._on_against_changed)
        self.settings = OptimisationSettings(self._apply_edit, self)
        self.settings.weights_changed.connect(self._on_settings_weights_changed)
        self.result_view = OptimiserResultView(self)
        self.tradeoff = TradeoffView(self)
        self.tradeoff.sweep_requested.connect(self._on_tradeoff_sweep_requested)
        self.tradeoff.apply_requested.connect(self._on_tradeoff_apply_requested)
        # the trade-off controls, under the names the panel always had
        self.a_combo, self.b_combo = self.tradeoff.a_combo, self.tradeoff.b_combo
        self.points, self.front_button = self.tradeoff.points, self.tradeoff.front_button
        self.point_label, self.apply_point = self.tradeoff.point_label, self.tradeoff.apply_point
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.settings_page = _scrolled(self.settings)
        self.result_page = _scrolled(self.result_view)
        self.tradeoff_page = _scrolled(self.tradeoff)
        self.tabs.addTab(self.settings_page, translate("Optimiser", "Settings"))
        self.tabs.addTab(self.result_page, translate("Optimiser", "Result"))
        self.tabs.addTab(self.tradeoff_page, translate("Optimiser", "Trade-off"))
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.tradeoff_page.installEventFilter(self)
        buttons = QHBoxLayout()
        for b in (self.run_button, self.cancel_button, self.apply_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 0)
        lay.setSpacing(3)
        lay.addLayout(buttons)
        lay.addWidget(self.against)
        lay.addWidget(self.progress)
        lay.addWidget(self.status)
        lay.addWidget(self.record_label)
        lay.addWidget(self.tabs, 1)
        self.record_label.setVisible(False)

    # --- state ------------------------------------------------------------------------
    def spec(self) -> OptimisationSpec:
        """The scenario's optimisation settings with the weights typed for this run;
        ValueError (in words) when a weight is not acceptable."""
        return self.settings.run_spec()

    def _on_session_scenario_changed(self, scenario: Scenario) -> None:
        self.settings.show_scenario(scenario)
        self.against.show_scenario(scenario)
        if self._choices_key is not None or self.tabs.currentWidget() is self.tradeoff_page:
            self._refresh_choices()

    def _refresh_choices(self) -> None:
        """Offer the trade-off objectives the scenario has (imports the engine: done when the
        trade-off page is first shown, not at start-up)."""
        scenario = self.document.scenario
        spec = self.settings.spec_shown
        risky = self.against.ensemble_mode
        key = (scenario.nodes, scenario.extensions.get("optimisation"), risky)
        if spec is None or (self._choices_key is not None and self._choices_key[0] is key[0]
                            and self._choices_key[1] is key[1]
                            and self._choices_key[2] == key[2]):
            return
        from waterplanner.engine.optimise.pareto import available_objectives
        from waterplanner.engine.optimise.robust_pareto import available_risk_objectives
        self._choices_key = key
        labels = available_objectives(scenario)
        if risky:
            # risk axes first: with an ensemble chosen, a plain label counts by its mean
            labels = available_risk_objectives(scenario)
        self.tradeoff.set_choices(labels, scenario, spec)

    def _on_against_changed(self) -> None:
        if self._choices_key is not None or self.tabs.currentWidget() is self.tradeoff_page:
            self._refresh_choices()

    def _on_tabs_current_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.tradeoff_page:
            self._refresh_choices()

    def _on_settings_weights_changed(self) -> None:
        if self.result is not None and self.worker is None:
            self.status.setText(translate("Optimiser", "The weights changed since the last "
                                                       "run: run again to see their effect."))

    @property
    def applied_record(self) -> OptimisationRecord | None:
        """The applied result or point, while it describes the scenario shown."""
        return self.session.optimisation_record

    def _on_session_record_changed(self, record: OptimisationRecord | None) -> None:
        self.record_label.setVisible(record is not None)
        if record is None:
            self.record_label.setText("")
            return
        self.record_label.setText(translate("Optimiser", "The schedules shown come from "
                                                         "{source}. Any other edit ends this."
                                            ).format(source=record.source_text))

    def _on_session_document_replaced(self) -> None:
        """Another scenario: results and fronts of the old one are no longer offered."""
        self.cancel()
        self.result = None
        self.robust_result = None
        self.front = None
        self._choices_key = None
        self.apply_button.setEnabled(False)
        self.result_view.clear()
        self.tradeoff.clear()
        self.status.setStyleSheet("")
        self.status.setText(translate("Optimiser", "Not run yet"))
        if self.tabs.currentWidget() is self.tradeoff_page:
            self._refresh_choices()

    def _apply_edit(self, edit: Edit) -> bool:
        return self.document.apply(edit)

    # --- running ----------------------------------------------------------------------
    def _say(self, text: str, error: bool = False) -> None:
        self.status.setToolTip("")
        self.status.setStyleSheet(ERROR_STYLE if error else "")
        self.status.setText(text)

    def _start(self, job: Any, on_finished: Any) -> bool:
        if self.worker is not None:
            return False
        problems = self.document.problems()
        if problems:
            self._say(plural("Optimiser", "Fix the {count} problem(s) of the scenario first "
                                          "(Problems tab).", len(problems)).format(
                count=len(problems)), error=True)
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
        self._say(translate("Optimiser", "Starting…"))
        self.worker.start()
        return True

    def _spec_or_say(self) -> OptimisationSpec | None:
        try:
            return self.spec()
        except ValueError as e:
            self._say(translate("Optimiser", "Not run: {reason}").format(reason=e), error=True)
            self.tabs.setCurrentWidget(self.settings_page)
            return None

    def run(self) -> bool:
        """Optimise the current scenario in the background."""
        spec = self._spec_or_say()
        if spec is None:
            return False
        snapshot = self.document.scenario
        inflow = inflow_choice.inflow_set_of(snapshot, self.session.inflow_set)
        choice = self.against.choice()
        self._run_spec = spec
        if choice is not None:
            def robust_job(progress: Progress, token: CancelToken) -> RobustResult:
                from waterplanner.engine.optimise import optimise_robust
                return optimise_robust(snapshot, robust_settings(choice), spec, inflow,
                                       progress, token)

            return self._start(robust_job, self._on_robust_finished)

        def job(progress: Progress, token: CancelToken) -> OptimisationResult:
            from waterplanner.engine.optimise import optimise
            return optimise(snapshot, spec, inflow, progress, token)

        return self._start(job, self._on_run_finished)

    def run_front(self) -> bool:
        """Sweep the trade-off between the objectives chosen as A and B."""
        self._refresh_choices()
        spec = self._spec_or_say()
        if spec is None:
            return False
        snapshot = self.document.scenario
        inflow = inflow_choice.inflow_set_of(snapshot, self.session.inflow_set)
        a, b, n = self.tradeoff.a_choice(), self.tradeoff.b_choice(), self.points.value()
        if not a or not b or a == b:
            self._say(translate("Optimiser", "Choose two different objectives for the "
                                             "trade-off."), error=True)
            return False

        choice = self.against.choice()

        def job(progress: Progress, token: CancelToken) -> ParetoFront:
            from waterplanner.engine.optimise import pareto_front
            robust = None if choice is None else robust_settings(choice, test_members=0)
            return pareto_front(snapshot, a, b, n, spec, inflow, progress, token,
                                robust=robust)

        return self._start(job, self._on_front_finished)

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self._say(translate("Optimiser", "Cancelling after the current linear programme…"))

    def _finish_run(self) -> None:
        if self.worker is not None:
            self.worker.deleteLater()
        self.worker = None
        self.run_button.setEnabled(True)
        self.front_button.setEnabled(self.a_combo.count() >= 2)
        self.cancel_button.setEnabled(False)

    def _on_worker_progressed(self, fraction: float, message: str) -> None:
        self.progress.setValue(int(fraction * 1000))
        self._say(message[:1].upper() + message[1:])

    def _on_worker_failed(self, message: str) -> None:
        self._finish_run()
        self.progress.setValue(0)
        self._say(translate("Optimiser", "Not optimised: {reason}").format(reason=message),
                  error=True)

    def _on_worker_cancelled(self) -> None:
        self._finish_run()
        self.progress.setValue(0)
        self._say(translate("Optimiser", "Cancelled; nothing was changed."))

    def _on_robust_finished(self, result: RobustResult) -> None:
        self._finish_run()
        self.robust_result = result
        self.result = None
        self.progress.setValue(1000)
        ok = result.self_checks_passed
        self.apply_button.setEnabled(result.usable)
        oos = result.out_of_sample
        tested = plural("Optimiser", ", tested on {count} other members", len(oos.members)
                        ).format(count=len(oos.members)) if oos is not None else ""
        done = plural("Optimiser", "Done in {seconds} s: one schedule for {count} members{tested}.",
                      len(result.members)).format(seconds=fixed(result.seconds, 1),
                                                  count=len(result.members), tested=tested)
        check = translate("Optimiser", "Self-check passed for every member.") if ok else \
            translate("Optimiser", "The optimiser's model of some members differs from their "
                                   "simulation: a better schedule may exist; the figures are "
                                   "the simulator's.")
        none_better = "" if result.improved else \
            translate("Optimiser", " Nothing better than the current schedule was found.")
        self._say(f"{done} {check}{none_better}", error=not ok)
        self.status.setToolTip(tooltip_text(result.self_check_summary()))
        self.result_view.show_robust(result)
        self.tabs.setCurrentWidget(self.result_page)

    def _on_run_finished(self, result: OptimisationResult) -> None:
        self._finish_run()
        self.robust_result = None
        self.result = result
        self.progress.setValue(1000)
        self.apply_button.setEnabled(result.improved)
        check = result.self_check.summary()
        verdict = check.split(':', 1)[0]
        if result.improved:
            text = translate("Optimiser", "Done in {seconds} s. {check}.")
        else:
            text = translate("Optimiser", "Done in {seconds} s. {check}; nothing better than "
                                          "the current schedule was found.")
        self._say(text.format(seconds=fixed(result.seconds, 2), check=verdict),
                  error=not result.self_check.passed)
        self.status.setToolTip(tooltip_text(check))
        if self._snapshot is not None and self._run_spec is not None:
            self.result_view.show_result(result, self._run_spec, self._snapshot)
        self.tabs.setCurrentWidget(self.result_page)

    def _on_front_finished(self, front: ParetoFront) -> None:
        self._finish_run()
        self.front = front
        self.progress.setValue(1000)
        if self._snapshot is not None:
            self.tradeoff.show_front(front, self._snapshot)
        feasible = sum(p.feasible for p in front.points)
        dominated = sum(p.dominated for p in front.points)
        extra = []
        if feasible < len(front.points):
            extra.append(translate("Optimiser", "{count} without a feasible schedule").format(
                count=len(front.points) - feasible))
        if dominated:
            extra.append(translate("Optimiser", "{count} dominated").format(count=dominated))
        text = translate("Optimiser", "no trade-off") if front.no_tradeoff else \
            plural("Optimiser", "{count} points", feasible).format(count=feasible)
        self._say(translate("Optimiser", "Trade-off: {what} in {seconds} s").format(
            what=text, seconds=fixed(front.seconds, 1))
                  + (f" ({', '.join(extra)})" if extra else "")
                  + (translate("Optimiser", " (cancelled: the points found so far)")
                     if front.cancelled else ""))
        self.tabs.setCurrentWidget(self.tradeoff_page)
        # once the page is laid out: the whole plot in view (a short dock scrolls to it)
        QTimer.singleShot(0, self, self._show_plot)

    def _show_plot(self) -> None:
        # (ensureWidgetVisible looks at a graphics view's cursor rectangle, not its area)
        page, plot = self.tradeoff_page, self.tradeoff.plot
        inner = page.widget()
        if not plot.isVisible() or inner is None:
            return
        top = plot.mapTo(inner, QPoint(0, 0)).y()
        bar = page.verticalScrollBar()
        view = page.viewport().height()
        if top < bar.value() or top + plot.height() > bar.value() + view:
            bar.setValue(min(top, max(top + plot.height() - view, 0)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tradeoff_page and isinstance(event, QResizeEvent):
            self.tradeoff.fit_plot(event.size().height())  # the viewport follows later
        return super().eventFilter(watched, event)

    # --- applying ---------------------------------------------------------------------
    def _releases_edit(self, release: dict[str, np.ndarray], label: str) -> SetReleases | None:
        current = self.document.scenario
        snap = self._snapshot
        if snap is None or current.nodes is not snap.nodes or current.time is not snap.time:
            self._say(translate("Optimiser", "The network changed since the run: run the "
                                             "optimiser again."), error=True)
            return None
        return SetReleases(changes={rid: dict(enumerate(float(v) for v in rel))
                                    for rid, rel in release.items()}, label=label)

    def apply(self) -> bool:
        """Apply the optimised schedule as one undoable edit, recorded in the session."""
        if self.robust_result is not None:
            return self._apply_robust(self.robust_result)
        if self.result is None:
            return False
        from waterplanner.engine.optimise.record import OptimisationRecord
        before = self.document.scenario
        edit = self._releases_edit(self.result.release_mcm,
                                   translate("Optimiser", "Apply optimised schedule"))
        if edit is not None and self.document.apply(edit):
            self.session.record_optimisation(OptimisationRecord(
                kind="optimiser", applied_to=before, produced=self.document.scenario,
                result=self.result))
            self.apply_button.setEnabled(False)
            return True
        return False

    def _apply_robust(self, result: RobustResult) -> bool:
        """Apply a robust schedule (one undoable edit). It is recorded as coming from the
        optimiser without a single run's figures, which describe one inflow set."""
        from waterplanner.engine.optimise.record import OptimisationRecord
        before = self.document.scenario
        edit = self._releases_edit(result.release_mcm, plural(
            "Optimiser", "Apply robust schedule ({count} members)", len(result.members)).format(
                count=len(result.members)))
        if edit is not None and self.document.apply(edit):
            self.session.record_optimisation(OptimisationRecord(
                kind="optimiser", applied_to=before, produced=self.document.scenario,
                robust=result))
            self.apply_button.setEnabled(False)
            return True
        return False

    def select_point(self, k: int) -> None:
        """Show the schedule of point k of the front."""
        self.tradeoff.select_point(k)

    def apply_point_of_front(self, k: int) -> bool:
        """Apply point k of the front as one undoable edit, recorded in the session."""
        front = self.front
        if front is None or not 0 <= k < len(front.points) or not front.points[k].feasible:
            return False
        from waterplanner.engine.optimise.record import OptimisationRecord
        before = self.document.scenario
        edit = self._releases_edit(front.points[k].release_mcm, translate(
            "Optimiser", "Apply trade-off point {number}").format(number=k + 1))
        if edit is not None and self.document.apply(edit):
            self.session.record_optimisation(OptimisationRecord(
                kind="tradeoff", applied_to=before, produced=self.document.scenario,
                front=front, point_index=k))
            return True
        return False

    def _on_apply_point_clicked(self) -> None:
        if self.tradeoff.point is not None:
            self.apply_point_of_front(self.tradeoff.point)

    def _on_tradeoff_apply_requested(self, k: int) -> None:
        self.apply_point_of_front(k)

    def _on_tradeoff_sweep_requested(self) -> None:
        self.run_front()

    def _on_run_button_clicked(self) -> None:
        self.run()

    def _on_cancel_button_clicked(self) -> None:
        self.cancel()

    def _on_apply_button_clicked(self) -> None:
        self.apply()

    def shutdown(self) -> None:
        """Cancel a running optimisation and wait for its thread."""
        if self.worker is not None:
            self.worker.cancel()
            self.worker.wait()


def robust_settings(choice: RobustChoice, test_members: int | None = None) -> RobustSettings:
    """The engine's settings for the row's choice (imports the engine: call in the
    worker)."""
    from waterplanner.engine.optimise import RiskMeasure, RobustSettings
    cvar = choice.risk == "cvar"
    return RobustSettings(ensemble=choice.ensemble or None, members=choice.members,
                          risk=RiskMeasure("cvar" if cvar else "mean",
                                           choice.alpha if cvar else 0.0),
                          test_members=choice.test_members if test_members is None
                          else test_members, seed=choice.seed)


def _optimiser_error(error: BaseException) -> str:
    """The optimiser's refusals say what to change; anything else names its type too."""
    engine = sys.modules.get(ENGINE)
    known: tuple[type[BaseException], ...] = (ValueError,)
    if engine is not None:
        known += (engine.InfeasibleError, engine.OptimisationError)
    if isinstance(error, known):
        return str(error)
    return translate("Optimiser", "the optimiser stopped ({why})").format(
        why=f"{type(error).__name__}: {error}")


def _counted_texts() -> None:  # pragma: no cover - read by pyside6-lupdate, never run
    translate("Optimiser", "Fix the {count} problem(s) of the scenario first (Problems tab).",
              None, 1)
    translate("Optimiser", ", tested on {count} other members", None, 1)
    translate("Optimiser", "Done in {seconds} s: one schedule for {count} members{tested}.",
              None, 1)
    translate("Optimiser", "{count} points", None, 1)
    translate("Optimiser", "Apply robust schedule ({count} members)", None, 1)
