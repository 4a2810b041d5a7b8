"""Running the optimiser off the GUI thread, with progress and cancel.

The optimiser works on an immutable snapshot of the scenario, so the planner may keep
editing while it runs; the result is applied (or not) as one undoable edit afterwards.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from waterplanner.engine.optimise import Cancelled, CancelToken, InfeasibleError, OptimisationError

Job = Callable[[Callable[[float, str], None], CancelToken], Any]


class OptimiserWorker(QObject):
    """One optimiser run in a thread; signals arrive on the GUI thread."""

    progressed = Signal(float, str)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    _done = Signal(str, object)

    def __init__(self, job: Job, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._job = job
        self.token = CancelToken()
        self._thread: threading.Thread | None = None
        self._done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)

    @property
    def running(self) -> bool:
        return self._thread is not None

    def start(self) -> None:
        def progress(fraction: float, message: str) -> None:
            self.progressed.emit(float(fraction), str(message))

        def body() -> None:
            try:
                result = self._job(progress, self.token)
            except Cancelled:
                self._done.emit("cancelled", None)
            except (InfeasibleError, OptimisationError, ValueError) as e:
                self._done.emit("failed", str(e))
            except Exception as e:  # noqa: BLE001 - a bug reaches the planner as a message
                self._done.emit("failed", f"the optimiser stopped ({type(e).__name__}: {e})")
            else:
                self._done.emit("finished", result)

        self._thread = threading.Thread(target=body, name="waterplanner-optimiser", daemon=True)
        self._thread.start()

    def cancel(self) -> None:
        """Ask the run to stop at the next linear programme."""
        self.token.cancel()

    def wait(self) -> None:
        """Block until the thread has ended (used on shutdown)."""
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def _on_done(self, how: str, payload: object) -> None:
        self.wait()
        if how == "finished":
            self.finished.emit(payload)
        elif how == "failed":
            self.failed.emit(str(payload))
        else:
            self.cancelled.emit()
