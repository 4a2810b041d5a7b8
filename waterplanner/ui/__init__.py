"""The desktop window (PySide6 + pyqtgraph): thin views over the model and the engine."""
