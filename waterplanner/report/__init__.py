"""PDF reports of a simulation: title page, executive summary, schematic, vector plots,
schedule and shortfall tables, baseline comparison, optimiser results and sources.

Uses QtGui's painting and PDF engine only, never widgets, so reports can be written from
the command line and from a worker thread. Entry point: :func:`write_report`.

The names below are imported on first use (PEP 562): importing a light submodule such as
``waterplanner.report.fonts`` does not load the whole report builder.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from waterplanner.lazy_exports import lazy_exports
from waterplanner.qt_guard import protect_none

protect_none()  # PySide6 6.12 on Python 3.11: see waterplanner/qt_guard.py

if TYPE_CHECKING:
    from waterplanner.report.builder import (
        CancelToken,
        ReportCancelled,
        ReportError,
        ReportInfo,
        ReportOptions,
        write_report,
    )
    from waterplanner.report.qtapp import ensure_gui_application

_WHERE = {
    "CancelToken": "builder", "ReportCancelled": "builder", "ReportError": "builder",
    "ReportInfo": "builder", "ReportOptions": "builder", "write_report": "builder",
    "ensure_gui_application": "qtapp",
}

__all__ = ["CancelToken", "ReportCancelled", "ReportError", "ReportInfo", "ReportOptions",
           "ensure_gui_application", "write_report"]


__getattr__, __dir__ = lazy_exports(__name__, _WHERE, globals())
