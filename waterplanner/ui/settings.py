"""Application settings (recent files, units, language, window layout) in the user's config folder.

``WATERPLANNER_CONFIG_DIR`` overrides the folder, so tests (and portable installs on a
ministry workstation) never touch the real one.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

CONFIG_ENV = "WATERPLANNER_CONFIG_DIR"
MAX_RECENT = 8


def config_dir() -> Path:
    """The folder holding settings and recovery copies (created on demand)."""
    env = os.environ.get(CONFIG_ENV)
    if env:
        path = Path(env)
    else:
        base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
        path = Path(base or Path.home() / ".config") / "waterplanner"
    path.mkdir(parents=True, exist_ok=True)
    return path


class AppSettings:
    """Typed access to the persistent settings (an INI file in :func:`config_dir`)."""

    def __init__(self, directory: Path | None = None) -> None:
        self.directory = directory or config_dir()
        self._q = QSettings(str(self.directory / "waterplanner.ini"), QSettings.Format.IniFormat)

    def recent_files(self) -> list[str]:
        """Recently opened files, newest first."""
        value = self._q.value("recent_files", [])
        if isinstance(value, str):
            return [value]
        return [str(v) for v in value] if isinstance(value, (list, tuple)) else []

    def add_recent_file(self, path: str) -> None:
        """Put a file at the top of the recent list."""
        path = str(Path(path).resolve())
        files = [path] + [f for f in self.recent_files() if f != path]
        self._q.setValue("recent_files", files[:MAX_RECENT])

    def units(self) -> str:
        """Release units of the schedule editor and plots: ``m3s`` or ``mcm``."""
        value = str(self._q.value("units", "m3s"))
        return value if value in ("m3s", "mcm") else "m3s"

    def set_units(self, units: str) -> None:
        self._q.setValue("units", units)

    def risk_threshold_pct(self) -> float:
        """The ensemble risk's threshold: a member is short when its shortfall over the
        horizon exceeds this % of demand (the engine's default, 10 %, until changed)."""
        from waterplanner.engine.risk.options import DEFAULT_THRESHOLD_PCT
        try:
            value = float(str(self._q.value("risk/threshold_pct", DEFAULT_THRESHOLD_PCT)))
        except (TypeError, ValueError):
            return DEFAULT_THRESHOLD_PCT
        return value if 0.0 <= value <= 100.0 else DEFAULT_THRESHOLD_PCT

    def set_risk_threshold_pct(self, pct: float) -> None:
        self._q.setValue("risk/threshold_pct", float(pct))

    def language(self) -> str:
        """The window's language (``en``, ``ru``, ``kk``): the one chosen in the window, else
        the ``WATERPLANNER_LANG`` variable or the system's locale (English when neither is
        Russian or Kazakh)."""
        from waterplanner.i18n import LANGUAGES
        from waterplanner.i18n.choice import choose_language
        value = str(self._q.value("language", "") or "")
        if value in LANGUAGES:
            return value
        try:
            return choose_language(None)
        except ValueError:  # WATERPLANNER_LANG names a language that does not ship
            return "en"

    def set_language(self, code: str) -> None:
        self._q.setValue("language", code)

    def window_state(self) -> tuple[QByteArray | None, QByteArray | None]:
        """Saved geometry and dock layout of the main window."""
        geometry = self._q.value("window/geometry")
        state = self._q.value("window/state")
        return (geometry if isinstance(geometry, QByteArray) else None,
                state if isinstance(state, QByteArray) else None)

    def set_window_state(self, geometry: QByteArray, state: QByteArray) -> None:
        self._q.setValue("window/geometry", geometry)
        self._q.setValue("window/state", state)

    def sync(self) -> None:
        """Write pending changes to disk."""
        self._q.sync()
