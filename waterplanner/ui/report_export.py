"""File → Export report…: the PDF report written in a worker thread, with a progress
dialog and a Cancel button, so the window never freezes.

For the main window::

    from waterplanner.ui.report_export import export_report_interactive
    export_report_interactive(self, session.report_inputs(), doc.path)

The function asks for the PDF's name, starts the work and returns at once; the planner keeps
working while the report is written. It reads immutable snapshots only and never changes
the scenario.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from waterplanner.i18n import plural, translate
from waterplanner.model.scenario import Scenario
from waterplanner.progress import Cancelled, CancelToken, Progress
from waterplanner.report import (
    ReportCancelled,
    ReportError,
    ReportInfo,
    ReportOptions,
    write_report,
)
from waterplanner.report.fonts import report_family
from waterplanner.report.inputs import ReportInputs
from waterplanner.ui.background import BackgroundJob

PROGRESS_STEPS = 1000


class ReportExportJob(BackgroundJob):
    """Writes one report as a :class:`BackgroundJob` (signals arrive on the GUI thread):
    ``progressed(fraction, message)``, then exactly one of ``finished(ReportInfo)``,
    ``failed(message)`` or ``cancelled()``. It reads only the immutable
    :class:`ReportInputs` it was given (from the session), never the live window."""

    def __init__(self, path: str | Path, inputs: ReportInputs,
                 file_path: str | Path | None = None, parent: QObject | None = None) -> None:
        self.path = Path(path)
        self.inputs = inputs
        self.options = ReportOptions(source_path=str(file_path) if file_path else None)
        super().__init__("report", self._work, error_text=self._error_text, parent=parent)

    def start(self) -> None:
        """Start the work (fonts are registered first, on the GUI thread)."""
        report_family()
        super().start()

    def _work(self, progress: Progress, token: CancelToken) -> ReportInfo:
        inp = self.inputs
        try:
            return write_report(self.path, inp.scenario, inp.results, baseline=inp.baseline,
                                options=self.options, optimisation=inp.optimisation,
                                progress=progress, cancel=token,
                                risk_options=inp.risk_options, member=inp.member)
        except ReportCancelled:
            raise Cancelled("cancelled") from None

    def _error_text(self, error: BaseException) -> str:
        if isinstance(error, ReportError):
            return str(error)
        if isinstance(error, OSError):
            return translate("ReportExport", "cannot write {path}: {reason}").format(
                path=self.path, reason=error.strerror or error)
        return translate("ReportExport", "the report could not be made ({why})").format(
            why=f"{type(error).__name__}: {error}")


def default_report_path(scenario: Scenario, file_path: str | Path | None) -> Path:
    """'<scenario file>-report.pdf' next to the scenario file, else in the home folder."""
    if file_path:
        p = Path(file_path)
        return p.with_name(f"{p.stem}-report.pdf")
    slug = re.sub(r"[^\w\-]+", "-", scenario.metadata.name, flags=re.UNICODE).strip("-") or \
        "scenario"
    return Path.home() / f"{slug[:60]}-report.pdf"


def export_report_interactive(parent: QWidget, inputs: ReportInputs,
                              file_path: str | Path | None = None) -> ReportExportJob | None:
    """Ask where to save the PDF, then write it in the background with a progress dialog.

    Parameters
    ----------
    parent
        The main window (dialogs are centred on it; the job is its child).
    inputs
        What the report shows, taken from the session: the scenario as shown, its results,
        the baseline's, the optimisation record when it describes this scenario, and the
        ensemble member the window highlights (which the report's sections show).
    file_path
        The scenario's file, named and hashed on the title page (None when unsaved).

    Returns the running job (or None when the planner cancelled the file dialog); the
    function does not wait for the report.
    """
    suggested = default_report_path(inputs.scenario, file_path)
    name, _ = QFileDialog.getSaveFileName(parent, translate("ReportExport", "Export report"),
                                          str(suggested),
                                          translate("ReportExport", "PDF documents (*.pdf)"))
    if not name:
        return None
    if not name.lower().endswith(".pdf"):
        name += ".pdf"
    job = ReportExportJob(name, inputs, file_path, parent)
    dialog = QProgressDialog(translate("ReportExport", "Preparing the report…"),
                             translate("ReportExport", "Cancel"), 0, PROGRESS_STEPS, parent)
    dialog.setWindowTitle(translate("ReportExport", "Export report"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(job.cancel)
    ended: list[bool] = []
    in_set_value: list[bool] = []
    deferred: list[Callable[[], None]] = []

    def on_progress(fraction: float, message: str) -> None:
        if ended:
            return
        dialog.setLabelText(message)
        # a shown modal progress dialog processes events in setValue: the job's end may
        # arrive there, and must not close and delete the dialog under its own feet
        in_set_value.append(True)
        try:
            dialog.setValue(int(fraction * PROGRESS_STEPS))
        finally:
            in_set_value.pop()
        while deferred:
            QTimer.singleShot(0, deferred.pop(0))

    def at_end(step: Callable[..., None]) -> Callable[..., None]:
        """``step`` run now, or after the setValue it arrived in has returned."""
        def run(*args: object) -> None:
            if in_set_value:
                deferred.append(lambda: step(*args))
            else:
                step(*args)
        return run

    def done() -> None:
        ended.append(True)
        dialog.canceled.disconnect(job.cancel)
        dialog.close()
        dialog.deleteLater()
        job.deleteLater()

    def on_finished(info: ReportInfo) -> None:
        done()
        text = plural("ReportExport", "{name}: {count} pages, {size} kB.", info.pages)
        box = QMessageBox(QMessageBox.Icon.Information,
                          translate("ReportExport", "Report written"),
                          text.format(name=info.path.name, count=info.pages,
                                      size=f"{info.size_bytes / 1024:.0f}"), parent=parent)
        open_button = box.addButton(translate("ReportExport", "Open"),
                                    QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(info.path)))

    def on_failed(message: str) -> None:
        done()
        QMessageBox.warning(parent, translate("ReportExport", "Export report"), translate(
            "ReportExport", "The report was not written:\n{message}").format(message=message))

    job.progressed.connect(on_progress)
    job.finished.connect(at_end(on_finished))
    job.failed.connect(at_end(on_failed))
    job.cancelled.connect(at_end(done))
    job.start()
    return job


def _counted_texts() -> None:  # pragma: no cover - read by pyside6-lupdate, never run
    translate("ReportExport", "{name}: {count} pages, {size} kB.", None, 1)
