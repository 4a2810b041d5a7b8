"""A Qt application object for headless use: the PDF writer needs a QGuiApplication."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication


def ensure_gui_application() -> QCoreApplication:
    """Return the running Qt application, creating a QGuiApplication if there is none.

    With no display (a server, an SSH session, CI) the 'offscreen' platform is chosen, so
    the command line can write reports anywhere.
    """
    app = QCoreApplication.instance()
    if app is not None:
        return app
    if "QT_QPA_PLATFORM" not in os.environ and sys.platform.startswith("linux") and \
            not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    return QGuiApplication(sys.argv[:1] or ["waterplanner"])
