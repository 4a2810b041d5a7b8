"""One way to run long work off the GUI thread: simulations, optimisations and reports.

A :class:`BackgroundJob` runs ``work(progress, token)`` on a worker thread. Whatever the
work does, the window hears about it on the GUI thread only, through one queued path:
``progressed(fraction, message)`` any number of times, then exactly one of
``finished(result)``, ``failed(message)`` or ``cancelled()``. Cancelling sets the job's
:class:`~waterplanner.progress.CancelToken`; the work checks it between short steps and
raises :class:`~waterplanner.progress.Cancelled`. Worker threads are named
``waterplanner-<name>`` so the UI tests can check that none is left behind.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from waterplanner.progress import Cancelled, CancelToken, Progress

Work = Callable[[Progress, CancelToken], Any]
ErrorText = Callable[[BaseException], str]


def default_error_text(error: BaseException) -> str:
    """A planner-readable message: the error's own text for expected failures, its type too
    for anything else (a bug must still reach the planner as a message, not a traceback)."""
    if isinstance(error, (ValueError, OSError, KeyError)) or type(error).__module__.startswith(
            "waterplanner"):
        text = getattr(error, "strerror", None) if isinstance(error, OSError) else None
        return str(text or error)
    return f"{type(error).__name__}: {error}"


class BackgroundJob(QObject):
    """Long work on a worker thread; see the module docstring for the protocol."""

    progressed = Signal(float, str)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    _progress_from_worker = Signal(float, str)
    _ended_from_worker = Signal(str, object)

    def __init__(self, name: str, work: Work, error_text: ErrorText = default_error_text,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._work = work
        self._error_text = error_text
        self.token = CancelToken()
        self._thread: threading.Thread | None = None
        self._ended = False
        queued = Qt.ConnectionType.QueuedConnection
        self._progress_from_worker.connect(self._on_worker_progress, queued)
        self._ended_from_worker.connect(self._on_worker_ended, queued)

    @property
    def running(self) -> bool:
        """Whether the work has started and its ending has not been delivered yet."""
        return self._thread is not None and not self._ended

    def start(self) -> None:
        """Start the work on a new thread (once)."""
        if self._thread is not None:
            raise RuntimeError(f"job {self.name} was already started")

        def progress(fraction: float, message: str) -> None:
            self._progress_from_worker.emit(float(fraction), str(message))

        def body() -> None:
            try:
                result = self._work(progress, self.token)
            except Cancelled:
                self._ended_from_worker.emit("cancelled", None)
            except Exception as e:  # noqa: BLE001 - every failure reaches the GUI as text
                self._ended_from_worker.emit("failed", self._error_text(e))
            else:
                self._ended_from_worker.emit("finished", result)

        self._thread = threading.Thread(target=body, name=f"waterplanner-{self.name}",
                                        daemon=True)
        self._thread.start()

    def cancel(self) -> None:
        """Ask the work to stop at its next check; ``cancelled`` follows."""
        self.token.cancel()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the worker thread has ended (shutdown, tests); True if it has."""
        if self._thread is None:
            return True
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def _on_worker_progress(self, fraction: float, message: str) -> None:
        if not self._ended:
            self.progressed.emit(fraction, message)

    def _on_worker_ended(self, how: str, payload: object) -> None:
        self.wait()  # the thread has sent its last signal; let it leave emit() first
        self._ended = True
        if how == "finished":
            self.finished.emit(payload)
        elif how == "failed":
            self.failed.emit(str(payload))
        else:
            self.cancelled.emit()
