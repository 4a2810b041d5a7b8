"""Progress reports and cancellation for long work (plain Python, no Qt).

Optimisations, trade-off sweeps and reports take a progress callback and a
:class:`CancelToken`: the CLI shows a progress bar and stops on Ctrl+C, the GUI shows a
progress dialog with a Cancel button. The work checks the token between short steps and
raises :class:`Cancelled`, leaving nothing half-done.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

Progress = Callable[[float, str], None]
"""``progress(fraction_done, message)``, fraction in [0, 1]."""


class Cancelled(Exception):
    """The run was cancelled through its token."""


class CancelToken:
    """Thread-safe flag: call :meth:`cancel` from any thread to stop a run."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        """Ask the work to stop at its next check."""
        self._event.set()

    @property
    def cancelled(self) -> bool:
        """Whether :meth:`cancel` was called."""
        return self._event.is_set()

    def check(self) -> None:
        """Raise :class:`Cancelled` if cancellation was requested."""
        if self._event.is_set():
            raise Cancelled("cancelled")


def report(progress: Progress | None, fraction: float, message: str) -> None:
    """Call the progress callback if there is one."""
    if progress is not None:
        progress(min(max(fraction, 0.0), 1.0), message)


def check(cancel: CancelToken | None) -> None:
    """Raise :class:`Cancelled` if a token was given and cancellation was requested."""
    if cancel is not None:
        cancel.check()
