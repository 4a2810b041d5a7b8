"""Python's cyclic garbage collector, run on the GUI thread only.

Simulations, optimisations and reports run on worker threads. An automatic collection
starts on whichever thread happens to allocate when a threshold is crossed; if that is a
worker and the garbage holds Qt objects (the plots of a view just rebuilt, the widgets of a
form just cleared, kept alive only by a reference cycle), Qt objects are destroyed off the
GUI thread, which crashes the application. So automatic collection is switched off and a
timer on the GUI thread collects instead, with the same thresholds.
"""

from __future__ import annotations

import gc

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 250
"""How often the GUI thread checks whether a collection is due."""

_collector: GuiThreadCollector | None = None


class GuiThreadCollector(QObject):
    """Collects garbage cycles from a timer on the thread it was created on."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.collect_if_due)
        gc.disable()
        self.timer.start()

    def collect_if_due(self) -> None:
        """Collect the oldest generation whose threshold is crossed (as Python would)."""
        counts = gc.get_count()
        thresholds = gc.get_threshold()
        due = [g for g in range(3) if thresholds[g] and counts[g] > thresholds[g]]
        if due:
            gc.collect(max(due))


def collect_on_gui_thread() -> None:
    """Install the collector once per application (call on the GUI thread, after the
    QApplication exists)."""
    global _collector
    app = QCoreApplication.instance()
    if app is None or (_collector is not None and shiboken6.isValid(_collector)):
        return
    _collector = GuiThreadCollector(app)
