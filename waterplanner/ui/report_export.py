"""File → Export report…: the PDF report written in a worker thread, with a progress
dialog and a Cancel button, so the window never freezes.

For the main window::

    from waterplanner.ui.report_export import export_report_interactive
    export_report_interactive(self, doc.scenario, results, baseline_results, doc.path)

The function asks for the PDF's name, starts the work and returns at once; the planner keeps
working while the report is written. It reads immutable snapshots only and never changes
the scenario.
"""

from __future__ import annotations

import re
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from waterplanner.engine.results import Results
from waterplanner.engine.simulate import simulate
from waterplanner.model.scenario import Scenario
from waterplanner.report import (
    CancelToken,
    ReportCancelled,
    ReportError,
    ReportInfo,
    ReportOptions,
    write_report,
)
from waterplanner.report.fonts import report_family

PROGRESS_STEPS = 1000


class ReportExportJob(QObject):
    """Writes one report on a worker thread; signals arrive on the GUI thread.

    ``progressed(fraction, message)``, then exactly one of ``finished(ReportInfo)``,
    ``failed(message)`` or ``cancelled()``.
    """

    progressed = Signal(float, str)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, path: str | Path, scenario: Scenario, results: Results | None,
                 baseline_results: Results | None = None, file_path: str | Path | None = None,
                 optimisation: Any | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.scenario = scenario
        self.results = results
        self.baseline_results = baseline_results
        self.optimisation = optimisation
        self.options = ReportOptions(source_path=str(file_path) if file_path else None)
        self.token = CancelToken()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        """Start the work (fonts are registered first, on the GUI thread)."""
        report_family()
        self._thread = threading.Thread(target=self._run, name="report-export", daemon=True)
        self._thread.start()

    def cancel(self) -> None:
        """Ask the work to stop; ``cancelled`` follows and no file is left behind."""
        self.token.cancel()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the worker ends (for tests and shutdown); True if it has ended."""
        if self._thread is None:
            return True
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def _run(self) -> None:
        try:
            results = self.results
            if results is None:
                self.progressed.emit(0.0, "Simulating")
                results = simulate(self.scenario)
            info = write_report(self.path, self.scenario, results,
                                baseline=self.baseline_results, options=self.options,
                                optimisation=self.optimisation,
                                progress=lambda f, m: self.progressed.emit(f, m),
                                cancel=self.token)
        except ReportCancelled:
            self.cancelled.emit()
        except ReportError as e:
            self.failed.emit(str(e))
        except OSError as e:
            self.failed.emit(f"cannot write {self.path}: {e.strerror or e}")
        except Exception as e:  # noqa: BLE001 - a bug must reach the planner as a message
            self.failed.emit(f"the report could not be made ({type(e).__name__}: {e})")
        else:
            self.finished.emit(info)


def default_report_path(scenario: Scenario, file_path: str | Path | None) -> Path:
    """'<scenario file>-report.pdf' next to the scenario file, else in the home folder."""
    if file_path:
        p = Path(file_path)
        return p.with_name(f"{p.stem}-report.pdf")
    slug = re.sub(r"[^\w\-]+", "-", scenario.metadata.name, flags=re.UNICODE).strip("-") or \
        "scenario"
    return Path.home() / f"{slug[:60]}-report.pdf"


def export_report_interactive(parent: QWidget, scenario: Scenario, results: Results | None,
                              baseline_results: Results | None = None,
                              file_path: str | Path | None = None,
                              optimisation: Any | None = None) -> ReportExportJob | None:
    """Ask where to save the PDF, then write it in the background with a progress dialog.

    Parameters
    ----------
    parent
        The main window (dialogs are centred on it; the job is its child).
    scenario
        The scenario as shown (an immutable snapshot).
    results
        Its current results, or None to simulate first.
    baseline_results
        The baseline's results when one is set: the report adds the comparison.
    file_path
        The scenario's file, named and hashed on the title page (None when unsaved).
    optimisation
        The optimiser's result when the schedule came from it.

    Returns the running job (or None when the planner cancelled the file dialog); the
    function does not wait for the report.
    """
    suggested = default_report_path(scenario, file_path)
    name, _ = QFileDialog.getSaveFileName(parent, "Export report", str(suggested),
                                          "PDF documents (*.pdf)")
    if not name:
        return None
    if not name.lower().endswith(".pdf"):
        name += ".pdf"
    job = ReportExportJob(name, scenario, results, baseline_results, file_path, optimisation,
                          parent)
    dialog = QProgressDialog("Preparing the report…", "Cancel", 0, PROGRESS_STEPS, parent)
    dialog.setWindowTitle("Export report")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(job.cancel)

    def on_progress(fraction: float, message: str) -> None:
        dialog.setValue(int(fraction * PROGRESS_STEPS))
        dialog.setLabelText(message)

    def done() -> None:
        dialog.canceled.disconnect(job.cancel)
        dialog.close()
        dialog.deleteLater()
        # the worker has sent its last signal; let it leave emit() before the job is deleted
        job.wait(10.0)
        job.deleteLater()

    def on_finished(info: ReportInfo) -> None:
        done()
        box = QMessageBox(QMessageBox.Icon.Information, "Report written",
                          f"{info.path.name}: {info.pages} pages, "
                          f"{info.size_bytes / 1024:.0f} kB.", parent=parent)
        open_button = box.addButton("Open", QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(info.path)))

    def on_failed(message: str) -> None:
        done()
        QMessageBox.warning(parent, "Export report", f"The report was not written:\n{message}")

    # the job emits from its worker thread: queue every call onto the GUI thread
    queued = Qt.ConnectionType.QueuedConnection
    job.progressed.connect(on_progress, queued)
    job.finished.connect(on_finished, queued)
    job.failed.connect(on_failed, queued)
    job.cancelled.connect(done, queued)
    job.start()
    return job
