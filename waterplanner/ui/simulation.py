"""Running the engine for the window: at once when it is quick, in a worker when it is not.

A simulation that fits in a frame runs on the GUI thread, so a dragged point and every plot
move together. One that does not (the first run, which loads the compiled kernel, or a big
scenario) runs in a worker thread; requests arriving meanwhile replace each other, and only
the newest is run next: the planner sees the latest result, never a queue of stale ones.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from waterplanner.engine.results import Results
from waterplanner.engine.simulate import simulate
from waterplanner.model.scenario import Scenario

SYNC_LIMIT_S = 0.012
"""Run on the GUI thread when the previous run took less than this."""


@dataclass(frozen=True)
class SimulationOutcome:
    """A finished run: its results (or the error text) and how long it took."""

    scenario: Scenario
    inflow_set: str | None
    results: Results | None
    error: str | None
    seconds: float


def run_once(scenario: Scenario, inflow_set: str | None) -> SimulationOutcome:
    """Simulate and summarise; an engine error becomes a message, not a traceback."""
    t0 = time.perf_counter()
    try:
        results = simulate(scenario, inflow_set)
        results.summary()
        error = None
    except (ValueError, KeyError, IndexError, ZeroDivisionError) as e:
        results, error = None, f"the simulation could not run: {e}"
    return SimulationOutcome(scenario, inflow_set, results, error, time.perf_counter() - t0)


class SimulationWorker(QObject):
    """Runs the engine synchronously or on a worker thread, newest request wins."""

    finished = Signal(object)
    """Emitted on the GUI thread with a :class:`SimulationOutcome`."""
    _thread_done = Signal(object, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: threading.Thread | None = None
        self._pending: tuple[Scenario, str | None, int] | None = None
        self._seq = 0
        self._shown = 0
        self._last_seconds: float | None = None
        self.force_async = False
        self._thread_done.connect(self._on_thread_done)

    @property
    def busy(self) -> bool:
        """Whether a worker thread is running."""
        return self._thread is not None

    def request(self, scenario: Scenario, inflow_set: str | None) -> None:
        """Ask for the results of ``scenario``; they arrive through :attr:`finished`."""
        self._seq += 1
        quick = self._last_seconds is not None and self._last_seconds < SYNC_LIMIT_S
        if quick and not self.busy and not self.force_async:
            outcome = run_once(scenario, inflow_set)
            self._last_seconds = outcome.seconds
            self._shown = self._seq
            self.finished.emit(outcome)
            return
        if self.busy:
            self._pending = (scenario, inflow_set, self._seq)  # older pending one dropped
            return
        self._start(scenario, inflow_set, self._seq)

    def _start(self, scenario: Scenario, inflow_set: str | None, seq: int) -> None:
        def body() -> None:
            self._thread_done.emit(run_once(scenario, inflow_set), seq)

        self._thread = threading.Thread(target=body, name="waterplanner-simulation", daemon=True)
        self._thread.start()

    def _on_thread_done(self, outcome: SimulationOutcome, seq: int) -> None:
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        self._last_seconds = outcome.seconds
        if seq > self._shown:
            self._shown = seq
            self.finished.emit(outcome)
        if self._pending is not None:
            scenario, inflow_set, pseq = self._pending
            self._pending = None
            self._start(scenario, inflow_set, pseq)

    def shutdown(self) -> None:
        """Wait for a running worker (runs are short) and drop what is pending."""
        self._pending = None
        if self._thread is not None:
            self._thread.join()
            self._thread = None
