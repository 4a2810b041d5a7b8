"""The session: everything the window shows, in one place and without widgets.

One :class:`Session` owns the open document (scenario, file, undo history), the inflow set,
the units, the selection, the latest results and the baseline's, and the record of an applied
optimiser result. Panels subscribe to its signals and read from it; the report takes its
inputs from it; nothing copies this state into a panel.

Two rules make every figure on screen belong to the scenario it describes:

* results are only ever those of the current scenario and inflow set (``results`` is None
  while the scenario cannot be simulated), and the baseline is simulated with the same
  inflow set as the plan;
* the optimisation record is tied by identity to the scenario that applying it produced
  (:meth:`OptimisationRecord.describes`): after any other edit, an undo, or another file,
  :attr:`optimisation_record` is None, and it comes back only if redo returns to that very
  scenario.

Where the nodes are drawn is not hydrology: an edit that only moves nodes (the scenario's
layout, :meth:`Scenario.same_apart_from_layout`) is not revalidated or re-simulated, and the
results (and the optimisation record) stay those of the moved scenario. It is still an undo
step and marks the file modified.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from waterplanner.engine.ensemble_run import MemberRanks, chosen_member, member_ranks
from waterplanner.engine.ensemble_run import member_label as member_words
from waterplanner.engine.results import Results
from waterplanner.engine.risk.options import RiskOptions
from waterplanner.engine.risk.table import RiskTable
from waterplanner.engine.targets import UnmetTarget, unmet_targets
from waterplanner.i18n import translate
from waterplanner.model.fileio import load_scenario, save_scenario
from waterplanner.model.problems import Problem, ScenarioError
from waterplanner.model.scenario import Scenario
from waterplanner.model.view_state import ViewState
from waterplanner.ui import inflow_choice
from waterplanner.ui.document import ScenarioDocument
from waterplanner.ui.simulation import SimulationOutcome, SimulationWorker
from waterplanner.ui.units import UNITS

if TYPE_CHECKING:
    from waterplanner.engine.optimise.record import OptimisationRecord
    from waterplanner.report.inputs import ReportInputs
    from waterplanner.ui.settings import AppSettings

BASELINE_SUFFIX = ".baseline.wplan"


@dataclass(frozen=True)
class Baseline:
    """The scenario the plan is compared with, and where it came from."""

    scenario: Scenario
    label: str
    file: Path | None = None
    """The baseline's file; None for a frozen copy of an earlier state of the plan."""



def baseline_label(name: str) -> str:
    """'baseline: Plan-2025.wplan' (how the window names a baseline read from a file)."""
    return translate("Session", "baseline: {name}").format(name=name)

class Session(QObject):
    """What the window shows; see the module docstring."""

    scenario_changed = Signal(object)
    """The document's scenario changed (edit, undo, redo, open); carries the scenario."""
    document_replaced = Signal()
    """Another scenario was opened, started or restored (history cleared)."""
    file_changed = Signal()
    """The file name or the modified state changed."""
    inflow_set_changed = Signal(object)
    units_changed = Signal(str)
    selection_changed = Signal(object, object)
    """(selected node id or None, selected link id or None)."""
    problems_changed = Signal(object)
    """The validation problems of the current scenario (a list, empty when valid)."""
    results_changed = Signal()
    """:attr:`results` and/or :attr:`baseline_results` changed (either may be None)."""
    baseline_changed = Signal()
    optimisation_record_changed = Signal(object)
    """The valid optimisation record (or None) changed."""
    simulation_finished = Signal(object)
    """A :class:`SimulationOutcome` arrived (for timing and error display)."""
    message_emitted = Signal(str, bool)
    """A short message for the status bar (text, is_error)."""
    risk_options_changed = Signal()
    """The risk threshold changed: every view of an ensemble's risk reads :meth:`risk`
    again (the results stay; only their risk table is another)."""
    member_changed = Signal()
    """The ensemble member drawn over the bands (and summarised) changed."""

    def __init__(self, document: ScenarioDocument, settings: AppSettings,
                 parent: QObject | None = None, view: ViewState | None = None,
                 previous: Session | None = None) -> None:
        super().__init__(parent)
        self.document = document
        document.setParent(self)
        self.settings = settings
        self._units = settings.units()
        self._inflow_set: str | None = None
        self._results_choice: str | None = None
        self._selected_node: str | None = None
        self._selected_link: str | None = None
        self._results: Results | None = None
        self._baseline_results: Results | None = None
        self._baseline: Baseline | None = None
        self._record: OptimisationRecord | None = None
        self._record_valid = False
        self._saved_view = ViewState()
        self._last_outcome: SimulationOutcome | None = None
        self._unmet: tuple[Results, list[UnmetTarget]] | None = None
        self._baseline_note = ""
        self._risk_threshold_pct = settings.risk_threshold_pct()
        self._member_pick: int | str = 0
        self._ranks: tuple[Results, MemberRanks] | None = None
        self._shown_scenario: Scenario | None = document.scenario
        """The scenario the last change notice was about (to tell a move from an edit)."""
        self.simulator = SimulationWorker(self)
        self.simulator.finished.connect(self._on_simulator_finished)
        document.scenario_changed.connect(self._on_document_scenario_changed)
        document.file_changed.connect(self.file_changed)
        document.edit_refused.connect(self._on_document_edit_refused)
        if previous is not None:
            self._take_over(previous)
            self.startup_note = ""
        else:
            self.startup_note = self._take_view(view or ViewState())
        """Why the view saved with the file could not be fully restored ('' if it could)."""

    # --- read-only state --------------------------------------------------------------
    @property
    def scenario(self) -> Scenario:
        return self.document.scenario

    @property
    def units(self) -> str:
        """``m3s`` or ``mcm``: the unit releases are shown and typed in."""
        return self._units

    @property
    def unit_label(self) -> str:
        return UNITS[self._units]

    @property
    def inflow_set(self) -> str | None:
        return self._inflow_set

    @property
    def selected_node(self) -> str | None:
        return self._selected_node

    @property
    def selected_link(self) -> str | None:
        return self._selected_link

    @property
    def results(self) -> Results | None:
        """Results of exactly the current scenario and inflow set, or None."""
        r = self._results
        if r is None or not self.scenario.same_apart_from_layout(r.scenario) \
                or self._results_choice != self._inflow_name():
            return None
        return r

    @property
    def shown_results(self) -> Results | None:
        """The results the views show: the newest that arrived for this document (an edit's
        own results may still be on their way; None while the scenario cannot be run)."""
        return self._results

    @property
    def baseline(self) -> Baseline | None:
        return self._baseline

    @property
    def baseline_results(self) -> Results | None:
        """The baseline simulated with the current inflow set (None without a baseline)."""
        return self._baseline_results if self.results is not None else None

    @property
    def optimisation_record(self) -> OptimisationRecord | None:
        """The applied optimiser result or trade-off point, only while it describes the
        current scenario."""
        rec = self._record
        return rec if rec is not None and rec.describes(self.scenario) else None

    def unmet_targets(self) -> list[UnmetTarget]:
        """Release targets of the current results the reservoirs could not follow."""
        r = self.results
        if r is None:
            return []
        if self._unmet is None or self._unmet[0] is not r:
            self._unmet = (r, unmet_targets(r))
        return self._unmet[1]

    @property
    def last_outcome(self) -> SimulationOutcome | None:
        return self._last_outcome

    def problems(self) -> list[Problem]:
        """Validation problems of the current scenario."""
        return self.document.problems()

    @property
    def is_modified(self) -> bool:
        """Unsaved edits, or a view (inflow set, baseline) other than the saved one."""
        return self.document.is_modified or self.view_state() != self._saved_view

    def mark_saved(self) -> None:
        """Treat the current scenario and view as saved (nothing to ask on closing); for a
        caller that has put the work elsewhere, and for tests."""
        self.document.undo_stack.setClean()
        self._saved_view = self.view_state()
        self.file_changed.emit()

    # --- view state -------------------------------------------------------------------
    def view_state(self, document_path: Path | None = None) -> ViewState:
        """What is saved in the file's view section: inflow set and baseline file (relative
        to the folder of ``document_path``, by default the document's own file)."""
        base = self._baseline.file if self._baseline is not None else None
        doc = document_path or self.document.path
        folder = doc.parent if doc is not None else None
        stored = None if base is None else _stored_path(base, folder)
        return ViewState(inflow_set=self._inflow_set, baseline_file=stored)

    def _resolved_path(self, stored: str) -> Path:
        p = Path(stored)
        if not p.is_absolute() and self.document.path is not None:
            p = self.document.path.parent / p
        return p

    # --- ensemble: risk and the highlighted member ---------------------------------------
    @property
    def is_ensemble(self) -> bool:
        """Whether the results shown are an ensemble (more than one member)."""
        r = self._results
        return r is not None and r.members > 1

    @property
    def risk_threshold_pct(self) -> float:
        """A member is short when its shortfall over the horizon exceeds this % of demand."""
        return self._risk_threshold_pct

    @property
    def risk_options(self) -> RiskOptions:
        """The options every view's risk table is computed with (and the report's)."""
        return RiskOptions(threshold_pct=self._risk_threshold_pct)

    def set_risk_threshold(self, pct: float) -> bool:
        """Change the threshold (kept in the settings); refused outside 0–100 %."""
        try:
            RiskOptions(threshold_pct=pct)
        except (ValueError, TypeError) as e:
            self.message_emitted.emit(translate("Session", "Risk threshold not changed: {reason}")
                                      .format(reason=e), True)
            return False
        if pct == self._risk_threshold_pct:
            return True
        self._risk_threshold_pct = float(pct)
        self.settings.set_risk_threshold_pct(self._risk_threshold_pct)
        self.risk_options_changed.emit()
        return True

    def risk(self) -> RiskTable | None:
        """The risk table of the ensemble shown (None for a single run or no results):
        computed once per results and threshold, and kept with those results (the results on
        screen: an edit's own arrive with theirs)."""
        r = self._results
        return r.risk(self.risk_options) if r is not None and r.members > 1 else None

    def baseline_risk(self) -> RiskTable | None:
        """The baseline's risk table on the same members (None without an ensemble
        baseline)."""
        b = self._baseline_results if self._results is not None else None
        return b.risk(self.risk_options) if b is not None and b.members > 1 else None

    def member_ranks(self) -> MemberRanks | None:
        """The members of the ensemble shown ranked by total inflow (None: single run)."""
        r = self._results
        if r is None or r.members <= 1:
            return None
        if self._ranks is None or self._ranks[0] is not r:
            self._ranks = (r, member_ranks(r))
        return self._ranks[1]

    @property
    def member(self) -> int:
        """The member drawn as a line over the bands and summarised (from 0; 0 for a single
        run): the one chosen by number, or the driest, median or wettest."""
        r = self._results
        return chosen_member(r, self._member_pick, self.member_ranks()) if r is not None else 0

    @property
    def member_pick(self) -> int | str:
        """What was chosen: a member number (from 0) or 'driest', 'median', 'wettest'."""
        return self._member_pick

    def member_label(self) -> str:
        """'member 17 of 200 (driest)'; '' for a single run (the engine's words, which the
        report uses too)."""
        r = self._results
        return member_words(r, self.member, self.member_ranks()) if r is not None else ""

    def set_member(self, member: int | str) -> None:
        """Draw member ``member`` (from 0), or the 'driest', 'median' or 'wettest' one
        (which stays the driest… of whatever ensemble is shown next)."""
        if isinstance(member, str):
            MemberRanks.check_word(member)
        elif member < 0:
            raise ValueError(f"no member {member}")
        before = self.member
        self._member_pick = member
        if self.member != before or isinstance(member, str):
            self.member_changed.emit()

    # --- changing what is shown -------------------------------------------------------
    def set_units(self, units: str) -> None:
        if units not in UNITS or units == self._units:
            return
        self._units = units
        self.settings.set_units(units)
        self.units_changed.emit(units)

    def set_inflow_set(self, name: str | None) -> None:
        name = self._valid_inflow_set(name)
        if name == self._inflow_set:
            return
        self._inflow_set = name
        self.inflow_set_changed.emit(name)
        self.file_changed.emit()
        self.request_simulation()

    def _valid_inflow_set(self, name: str | None) -> str | None:
        return inflow_choice.valid(self.scenario, name)

    def _inflow_name(self) -> str | None:
        return self._inflow_set or (self.scenario.inflow_set_names[0]
                                    if self.scenario.inflow_set_names else None)

    def select_node(self, node_id: str | None) -> None:
        """Select a node (None clears); every view follows."""
        if node_id is not None and not self.scenario.has_node(node_id):
            node_id = None
        if node_id == self._selected_node and self._selected_link is None:
            return
        self._selected_node, self._selected_link = node_id, None
        self.selection_changed.emit(node_id, None)

    def select_link(self, link_id: str | None) -> None:
        if link_id is not None and not any(lk.id == link_id for lk in self.scenario.links):
            link_id = None
        if link_id == self._selected_link:
            return
        self._selected_node, self._selected_link = None, link_id
        self.selection_changed.emit(None, link_id)

    # --- baseline ---------------------------------------------------------------------
    def set_baseline_to_current(self) -> bool:
        """Freeze the current scenario as the baseline (compared under every inflow set)."""
        if self.problems():
            self.message_emitted.emit(translate(
                "Session", "The scenario has problems: fix them before freezing it as the "
                "baseline"), True)
            return False
        self._set_baseline(Baseline(self.scenario, translate("Session", "baseline (frozen)")))
        self.message_emitted.emit(translate(
            "Session", "Baseline set: dashed grey curves and Δ show the change from here"), False)
        return True

    def set_baseline_file(self, path: Path) -> bool:
        """Compare with the scenario in ``path``; a file that cannot be read is refused."""
        path = Path(path).absolute()
        try:
            scenario = load_scenario(path)
        except ScenarioError as e:
            first = e.problems[0] if e.problems else None
            self.message_emitted.emit(translate("Session", "Baseline not set: {name}: {problem}")
                                      .format(name=path.name, problem=first), True)
            return False
        self._set_baseline(Baseline(scenario, baseline_label(path.name), path))
        self.message_emitted.emit(translate("Session", "Comparing with {name}").format(
            name=path.name), False)
        return True

    def clear_baseline(self) -> None:
        self._set_baseline(None)

    def _set_baseline(self, baseline: Baseline | None) -> None:
        """Another baseline (or none): the views drop the old one's figures at once, and the
        new one's come with the next run (a run asked for before this one is not shown)."""
        self._baseline = baseline
        self._baseline_results = None
        self.baseline_changed.emit()
        self.file_changed.emit()
        if self._results is not None:
            self.results_changed.emit()
        self.request_simulation()

    # --- optimisation record ----------------------------------------------------------
    def record_optimisation(self, record: OptimisationRecord) -> None:
        """Remember an applied optimiser result or trade-off point (call after applying)."""
        self._record = record
        self._update_record_validity(force=True)

    def _update_record_validity(self, force: bool = False) -> None:
        valid = self.optimisation_record is not None
        if force or valid != self._record_valid:
            self._record_valid = valid
            self.optimisation_record_changed.emit(self.optimisation_record)

    # --- simulation -------------------------------------------------------------------
    def request_simulation(self) -> None:
        """Simulate the current scenario (and the baseline) if the scenario is valid."""
        problems = self.problems()
        self.problems_changed.emit(problems)
        if problems:
            if self._results is not None or self._baseline_results is not None:
                self._results = self._baseline_results = None
                self.results_changed.emit()
            return
        base = self._baseline.scenario if self._baseline is not None else None
        self.simulator.request(self.scenario, self._inflow_name(), base, self.risk_options)

    def _on_simulator_finished(self, outcome: SimulationOutcome) -> None:
        self._last_outcome = outcome
        self.simulation_finished.emit(outcome)
        if outcome.error is not None:
            self.message_emitted.emit(outcome.error, True)
            if self.scenario.same_apart_from_layout(outcome.scenario):
                self._results = self._baseline_results = None
                self.results_changed.emit()
            return
        base = self._baseline.scenario if self._baseline is not None else None
        if not self.scenario.same_apart_from_layout(outcome.scenario) \
                or outcome.inflow_set != self._inflow_name() or outcome.baseline is not base:
            return  # an older request; the newest is on its way
        self._results = outcome.results
        self._results_choice = outcome.inflow_set
        self._baseline_results = outcome.baseline_results
        if outcome.baseline_note and outcome.baseline_note != self._baseline_note:
            self.message_emitted.emit(outcome.baseline_note, False)
        self._baseline_note = outcome.baseline_note
        self.results_changed.emit()

    def _on_document_edit_refused(self, message: str) -> None:
        self.message_emitted.emit(translate("Session", "Not changed: {reason}").format(
            reason=message), True)

    def show_error(self, message: str) -> None:
        """A refusal or failure for the status bar (panels send theirs here)."""
        self.message_emitted.emit(message, True)

    # --- documents ----------------------------------------------------------------------
    def _on_document_scenario_changed(self, scenario: Scenario) -> None:
        moved_only = scenario.same_apart_from_layout(self._shown_scenario)
        self._shown_scenario = scenario
        if moved_only:
            self.scenario_changed.emit(scenario)
            return
        if self._inflow_set != self._valid_inflow_set(self._inflow_set):
            self._inflow_set = self._valid_inflow_set(self._inflow_set)
            self.inflow_set_changed.emit(self._inflow_set)
        if self._selected_node is not None and not scenario.has_node(self._selected_node):
            self.select_node(None)
        self.scenario_changed.emit(scenario)
        self._update_record_validity()
        self.request_simulation()

    def open_file(self, path: Path) -> None:
        """Open a scenario file with the view saved in it; raises :class:`ScenarioError`
        (the current scenario stays) when it cannot be read."""
        view = self.document.open(Path(path))  # emits scenario_changed
        self._after_replace(view)

    def replace_document(self, scenario: Scenario, path: Path | None, modified: bool = False,
                         view: ViewState | None = None) -> None:
        """Start over on another scenario (new, restore)."""
        self.document.replace_document(scenario, path, modified)
        self._after_replace(view or ViewState())

    def _take_view(self, view: ViewState) -> str:
        """Show what a file's view section says (inflow set, baseline file); returns why the
        baseline could not be restored, or ''."""
        self._baseline = None
        self._results = self._baseline_results = None
        note = ""
        if view.baseline_file:
            path = self._resolved_path(view.baseline_file)
            try:
                scenario = load_scenario(path)
                self._baseline = Baseline(scenario, baseline_label(path.name), path)
            except ScenarioError as e:
                first = e.problems[0] if e.problems else None
                note = translate("Session", "The saved baseline {name} could not be read "
                                 "({problem})").format(name=path.name, problem=first)
        self._inflow_set = self._valid_inflow_set(view.inflow_set)
        self._saved_view = self.view_state()
        return note

    def _after_replace(self, view: ViewState) -> None:
        self._record = None
        self._update_record_validity(force=True)
        base_note = self._take_view(view)
        self.select_node(None)
        self.baseline_changed.emit()
        self.inflow_set_changed.emit(self._inflow_set)
        self.document_replaced.emit()
        self.file_changed.emit()
        if base_note:
            self.message_emitted.emit(base_note, True)
        self.request_simulation()

    def save(self, path: Path | None = None) -> None:
        """Save the scenario and the view atomically. A frozen baseline (no file of its own)
        is saved beside the scenario as ``<name>.baseline.wplan`` so that reopening the file
        shows the same comparison. Raises OSError or :class:`ScenarioError` on failure."""
        target = Path(path).absolute() if path is not None else self.document.path
        if target is None:
            raise ValueError(translate("Session", "no file name given"))
        base = self._baseline
        if base is not None and base.file is None:
            side = target.with_name(target.name.removesuffix(".wplan") + BASELINE_SUFFIX)
            save_scenario(base.scenario, side)
            self._baseline = Baseline(base.scenario, baseline_label(side.name), side)
        view = self.view_state(target)  # baseline paths relative to the file's new folder
        self.document.save(target, view)
        self._saved_view = view
        self.file_changed.emit()

    # --- report -----------------------------------------------------------------------
    def report_inputs(self) -> ReportInputs | None:
        """What a report of the current state is made of, or None while the scenario has no
        results (invalid, or still being simulated)."""
        from waterplanner.report.inputs import ReportInputs
        results = self.results
        if results is None:
            return None
        base = self._baseline
        return ReportInputs(scenario=self.scenario, results=results,
                            baseline=self.baseline_results,
                            baseline_label=base.label if base is not None else "",
                            optimisation=self.optimisation_record,
                            risk_options=self.risk_options, member=self.member)

    def shutdown(self) -> None:
        """Wait for background simulations (they are short) and drop pending ones."""
        self.simulator.shutdown()

    def release_document(self) -> None:
        """Stop following the document: another session (the same window rebuilt in another
        language) takes it over with its history."""
        for signal, slot in ((self.document.scenario_changed, self._on_document_scenario_changed),
                             (self.document.file_changed, self.file_changed),
                             (self.document.edit_refused, self._on_document_edit_refused)):
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):
                pass
        self.simulator.shutdown()

    def _take_over(self, previous: Session) -> None:
        """What ``previous`` showed: inflow set, baseline, selection, member, the optimiser's
        record and the results on screen (a new window on the same document)."""
        previous.release_document()
        self._inflow_set = previous._inflow_set
        self._results_choice = previous._results_choice
        self._baseline = previous._baseline
        self._selected_node, self._selected_link = previous._selected_node, \
            previous._selected_link
        self._member_pick = previous._member_pick
        self._record, self._record_valid = previous._record, previous._record_valid
        self._saved_view = previous._saved_view
        self._results, self._baseline_results = previous._results, previous._baseline_results
        self._last_outcome = previous._last_outcome
        self._baseline_note = previous._baseline_note


def _stored_path(path: Path, folder: Path | None) -> str:
    """A baseline path as stored: relative to the document's folder when inside it."""
    if folder is not None and path.is_relative_to(folder):
        return Path(os.path.relpath(path, folder)).as_posix()
    return str(path)
