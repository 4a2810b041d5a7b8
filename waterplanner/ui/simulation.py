"""Running the engine for the window: at once when it is quick, in a worker when it is not.

A simulation that fits in a frame runs on the GUI thread, so a dragged point and every plot
move together. One that does not (a big scenario, or the first run while the compiled
kernel loads) runs as a :class:`~waterplanner.ui.background.BackgroundJob`; requests arriving
meanwhile replace each other, and only the newest is run next: the planner sees the latest
result, never a queue of stale ones.

First start: a new installation has no compiled kernel yet (numba takes 10–20 s to build
it). The worker then compiles it in the background and, for scenarios small enough,
simulates meanwhile with the kernel's own Python code (:mod:`waterplanner.engine.jit`), so
results appear at once instead of after the compilation.

The baseline (when one is set) is simulated with the same inflow set as the plan, in the
same run, so a plan and its baseline on screen always belong together.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from waterplanner.engine import jit
from waterplanner.engine.results import Results
from waterplanner.engine.risk.options import RiskOptions
from waterplanner.engine.simulate import simulate
from waterplanner.i18n import translate
from waterplanner.model.scenario import Scenario
from waterplanner.progress import CancelToken, Progress
from waterplanner.ui.background import BackgroundJob
from waterplanner.ui.inflow_choice import inflow_set_of, run

SYNC_LIMIT_S = 0.012
"""Run on the GUI thread when the previous run took less than this."""
PYTHON_KERNEL_LIMIT = 20_000
"""Largest scenario (nodes × periods) simulated with the Python kernel while the compiled one
is being built; bigger ones wait for the compiled kernel in the background."""


@dataclass(frozen=True)
class SimulationOutcome:
    """A finished run: its results (or the error text), the baseline's, and the time taken."""

    scenario: Scenario
    inflow_set: str | None
    results: Results | None
    error: str | None
    seconds: float
    baseline_results: Results | None = None
    baseline_note: str = ""
    """Why the baseline could not be compared under this inflow set, if it could not."""
    python_kernel: bool = False
    """Whether the run used the kernel's Python code (the compiled one was not ready)."""
    baseline: Scenario | None = None
    """The baseline scenario the run compared with (None: none), so that a run asked for
    before the baseline changed is not shown with the new one."""


def run_once(scenario: Scenario, inflow_set: str | None,
             baseline: Scenario | None = None,
             risk: RiskOptions | None = None) -> SimulationOutcome:
    """Simulate and summarise (plan and baseline); an engine error becomes a message. For
    an ensemble the risk table (with ``risk``'s options) is computed here too, once, and
    kept with the results it describes (:meth:`Results.risk`)."""
    t0 = time.perf_counter()
    python = not jit.all_compiled()
    try:
        results, base, note = run(scenario, inflow_set, baseline)
        for r in (results, base):
            if r is not None:
                r.summary()
                if r.members > 1:
                    r.risk(risk)
        error = None
    except (ValueError, KeyError, IndexError, ZeroDivisionError) as e:
        results, base, note, error = None, None, "", translate(
            "Simulation", "the simulation could not run: {reason}").format(reason=e)
    return SimulationOutcome(scenario, inflow_set, results, error, time.perf_counter() - t0,
                             base, note, python, baseline)


def _size(scenario: Scenario) -> int:
    return len(scenario.nodes) * scenario.time.periods


class SimulationWorker(QObject):
    """Runs the engine synchronously or in a background job, newest request wins."""

    finished = Signal(object)
    """Emitted on the GUI thread with a :class:`SimulationOutcome`."""
    kernel_ready = Signal()
    """The compiled kernel is ready (after a first start that had to build it)."""
    defer_warm_up = False
    """Start the background build of the kernels on the event loop's next pass instead of at
    the first request. The program's start sets it (``ui/app.py``): started at once, numba's
    own start (a second of Python even with every kernel in its cache) competes for the
    interpreter with the window being built and shown, and delays its first appearance by
    as much."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._job: BackgroundJob | None = None
        self._warm_up: BackgroundJob | None = None
        self._warm_up_request: tuple[Scenario, str | None] | None = None
        self._pending: tuple[Scenario, str | None, Scenario | None, int] | None = None
        self._job_request: tuple[Scenario, str | None, int] | None = None
        self._seq = 0
        self._shown = 0
        self._last_seconds: float | None = None
        self._risk: RiskOptions | None = None
        self.force_async = False
        jit.prefer_python_until_compiled(True)  # in the GUI thread only

    @property
    def busy(self) -> bool:
        """Whether a background run is in progress."""
        return self._job is not None

    @property
    def compiling(self) -> bool:
        """Whether the compiled kernel is still being built in the background (or about to
        be)."""
        return self._warm_up is not None or self._warm_up_request is not None

    def request(self, scenario: Scenario, inflow_set: str | None,
                baseline: Scenario | None = None, risk: RiskOptions | None = None) -> None:
        """Ask for the results of ``scenario``; they arrive through :attr:`finished`. An
        ensemble's risk table is computed with ``risk``'s options along with the run."""
        self._risk = risk
        self._seq += 1
        compiled = jit.all_compiled()
        if not compiled:
            self._start_warm_up(scenario, inflow_set)
        if not compiled and not self.force_async and not self.busy:
            small = _size(scenario) + (_size(baseline) if baseline else 0) <= PYTHON_KERNEL_LIMIT
            if small:
                self._deliver(run_once(scenario, inflow_set, baseline, risk), self._seq)
                return
        quick = self._last_seconds is not None and self._last_seconds < SYNC_LIMIT_S
        if compiled and quick and not self.busy and not self.force_async:
            outcome = run_once(scenario, inflow_set, baseline, risk)
            self._last_seconds = outcome.seconds
            self._deliver(outcome, self._seq)
            return
        if self.busy:
            self._pending = (scenario, inflow_set, baseline, self._seq)  # older one dropped
            return
        self._start(scenario, inflow_set, baseline, self._seq)

    def _deliver(self, outcome: SimulationOutcome, seq: int) -> None:
        if seq > self._shown:
            self._shown = seq
            self.finished.emit(outcome)

    def _start(self, scenario: Scenario, inflow_set: str | None, baseline: Scenario | None,
               seq: int) -> None:
        risk = self._risk

        def work(progress: Progress, token: CancelToken) -> SimulationOutcome:
            del progress, token
            return run_once(scenario, inflow_set, baseline, risk)

        # bound methods, not lambdas: a lambda holding the worker would tie the worker's
        # lifetime to its child job's connections (a cycle only the garbage collector breaks,
        # at a moment Qt may be delivering an event to that very job)
        job = BackgroundJob("simulation", work, parent=self)
        job.finished.connect(self._on_job_finished)
        job.failed.connect(self._on_job_failed)
        self._job = job
        self._job_request = (scenario, inflow_set, seq)
        job.start()

    def _on_job_finished(self, outcome: SimulationOutcome) -> None:
        assert self._job_request is not None
        seq = self._job_request[2]
        self._end_job()
        if not outcome.python_kernel:
            self._last_seconds = outcome.seconds
        self._deliver(outcome, seq)
        self._run_pending()

    def _on_job_failed(self, message: str) -> None:
        assert self._job_request is not None
        scenario, inflow_set, seq = self._job_request
        self._end_job()
        self._deliver(SimulationOutcome(scenario, inflow_set, None,
                                        translate("Simulation", "the simulation stopped: "
                                                  "{reason}").format(reason=message), 0.0),
                      seq)
        self._run_pending()

    def _end_job(self) -> None:
        if self._job is not None:
            self._job.deleteLater()
        self._job = None

    def _run_pending(self) -> None:
        if self._pending is not None:
            scenario, inflow_set, baseline, seq = self._pending
            self._pending = None
            self._start(scenario, inflow_set, baseline, seq)

    def _start_warm_up(self, scenario: Scenario, inflow_set: str | None) -> None:
        """Build (or load) the compiled kernels in the background, once (at the program's
        start, from the event loop's first pass: see :data:`defer_warm_up`)."""
        if self._warm_up is not None or self._warm_up_request is not None:
            return
        self._warm_up_request = (scenario, inflow_set)
        if SimulationWorker.defer_warm_up:
            QTimer.singleShot(0, self, self._begin_warm_up)
        else:
            self._begin_warm_up()

    def _begin_warm_up(self) -> None:
        if self._warm_up_request is None:  # shut down meanwhile
            return
        scenario, inflow_set = self._warm_up_request
        self._warm_up_request = None

        def work(progress: Progress, token: CancelToken) -> None:
            del progress, token
            r = simulate(scenario, inflow_set_of(scenario, inflow_set))  # compiles every kernel
            r.level_m, r.energy_mwh  # noqa: B018 - the level and energy kernels too

        job = BackgroundJob("kernel", work, parent=self)
        job.finished.connect(self._on_warm_up_ended)
        job.failed.connect(self._on_warm_up_ended)
        self._warm_up = job
        job.start()

    def _on_warm_up_ended(self, *_: object) -> None:
        if self._warm_up is not None:
            self._warm_up.deleteLater()
        self._warm_up = None
        if jit.all_compiled():
            self.kernel_ready.emit()

    def shutdown(self) -> None:
        """Wait for running work (a first compilation may take a while) and drop the rest."""
        self._pending = None
        self._warm_up_request = None
        for job in (self._job, self._warm_up):
            if job is not None:
                job.wait()
        self._job = self._warm_up = None
