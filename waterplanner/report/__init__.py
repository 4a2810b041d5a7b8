"""PDF reports of a simulation: title page, executive summary, schematic, vector plots,
schedule and shortfall tables, baseline comparison, optimiser results and sources.

Uses QtGui's painting and PDF engine only, never widgets, so reports can be written from
the command line and from a worker thread. Entry point: :func:`write_report`.
"""

from waterplanner.qt_guard import protect_none

protect_none()  # PySide6 6.12 on Python 3.11: see waterplanner/qt_guard.py

from waterplanner.report.builder import (
    CancelToken,
    ReportCancelled,
    ReportError,
    ReportInfo,
    ReportOptions,
    write_report,
)
from waterplanner.report.qtapp import ensure_gui_application

__all__ = ["CancelToken", "ReportCancelled", "ReportError", "ReportInfo", "ReportOptions",
           "ensure_gui_application", "write_report"]
