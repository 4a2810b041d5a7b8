"""Fixtures for the desktop tests: a window on a scenario, settings in a temporary folder,
and a check after every test that no simulation thread or timer is left running."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from waterplanner.model.fileio import load_scenario
from waterplanner.ui.document import ScenarioDocument
from waterplanner.ui.file_controller import default_scenario
from waterplanner.ui.main_window import MainWindow
from waterplanner.ui.settings import CONFIG_ENV, AppSettings

DATA = Path(__file__).resolve().parents[1] / "data"
_windows: list[MainWindow] = []
"""Windows the current test opened (walking QApplication.topLevelWidgets() instead can meet
widgets Qt is half-way through deleting, which crashes PySide6 6.11)."""


@pytest.fixture(autouse=True)
def config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every UI test keeps its settings and recovery copies in a temporary folder."""
    d = tmp_path / "config"
    d.mkdir()
    monkeypatch.setenv(CONFIG_ENV, str(d))
    return d


@pytest.fixture(autouse=True)
def no_leftovers(qapp: QApplication):
    """After each test: no simulation thread alive, no timer of ours still running."""
    yield
    windows = [w for w in _windows if shiboken6.isValid(w)]
    _windows.clear()
    for w in windows:
        w.session.mark_saved()
        w.close()
    qapp.processEvents()
    threads = [t for t in threading.enumerate() if t.name.startswith("waterplanner")]
    assert not threads, f"stray threads: {threads}"
    timers = [t for w in windows if shiboken6.isValid(w)
              for t in w.findChildren(QTimer) if t.isActive()]
    assert not timers, f"stray timers: {timers}"


def make_window(qtbot, scenario=None, path: Path | None = None) -> MainWindow:
    """A shown window whose first results have arrived."""
    scenario = scenario if scenario is not None else default_scenario()
    win = MainWindow(ScenarioDocument(scenario, path), AppSettings())
    _windows.append(win)
    qtbot.addWidget(win, before_close_func=lambda w: w.session.mark_saved())
    win.resize(1400, 900)
    win.show()
    qtbot.waitUntil(lambda: win.results is not None, timeout=30_000)
    return win


@pytest.fixture
def window(qtbot) -> MainWindow:
    """The window on the default Syr Darya scenario."""
    return make_window(qtbot)


@pytest.fixture
def small_window(qtbot) -> MainWindow:
    """The window on the small two-reservoir test file."""
    path = DATA / "two_reservoirs.wplan"
    return make_window(qtbot, load_scenario(path), path)
