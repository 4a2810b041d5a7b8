"""The desktop window (PySide6 + pyqtgraph): thin views over the model and the engine."""

from waterplanner.qt_guard import protect_none

protect_none()
