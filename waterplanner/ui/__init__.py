"""The desktop window (PySide6 + pyqtgraph): thin views over the model and the engine."""

from waterplanner.ui.qt_guard import protect_none

protect_none()
