"""PDF reports of a simulation: title page, executive summary, schematic, vector plots,
schedule and shortfall tables, baseline comparison, optimiser results and sources.

Uses QtGui's painting and PDF engine only, never widgets, so reports can be written from
the command line and from a worker thread. Entry point: :func:`write_report`.
"""

from waterplanner.report.qt_compat import protect_none_refcount

protect_none_refcount()  # PySide6 6.12 on Python 3.11: see qt_compat

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
