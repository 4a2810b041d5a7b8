"""The window's language: English, Russian or Kazakh, chosen in View → Language and kept in
the settings.

At start the language is ``WATERPLANNER_LANG`` when set (``waterplanner --lang ru`` sets it
for the window), else the one chosen earlier in the window, else the system's locale
(:meth:`AppSettings.language`); it is installed before the window is built
(:func:`apply_language`), with Qt's own catalogue for the standard buttons and dialogs.

Choosing another language rebuilds the main window in it on the same open document: the
file, the unsaved edits and the undo history stay (they belong to the document), and the new
window takes over what the old one showed — inflow set, baseline, selection, ensemble member
and the results on screen. The old window is retired without asking to save.
"""

from __future__ import annotations

import os
import weakref
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from waterplanner.i18n import LANGUAGES, language, translate

if TYPE_CHECKING:
    from waterplanner.ui.main_window import MainWindow
    from waterplanner.ui.settings import AppSettings

LANGUAGE_ENV = "WATERPLANNER_LANG"

_successors: weakref.WeakValueDictionary[int, MainWindow] = weakref.WeakValueDictionary()
"""id(old window) → the window that replaced it (while both are referred to)."""


def startup_language(settings: AppSettings) -> str:
    """The language to open the window in (see the module docstring)."""
    asked = os.environ.get(LANGUAGE_ENV, "").strip().lower().split("_")[0]
    if asked in LANGUAGES:
        return asked
    return settings.language()


def apply_language(code: str) -> str:
    """Speak ``code`` from now on (every catalogue, and Qt's own); returns the code."""
    from waterplanner.ui.translators import install
    return install(code)


def rebuild(window: MainWindow, code: str) -> MainWindow:
    """The window rebuilt in language ``code`` on the same document; the old window is
    retired (its session let go of the document first)."""
    from waterplanner.ui.main_window import MainWindow
    apply_language(code)
    window.settings.set_window_state(window.saveGeometry(), window.saveState())
    shown = window.isVisible()
    new = MainWindow(window.document, window.settings, previous=window)
    _successors[id(window)] = new
    retire(window)
    if shown:
        new.show()
    if new.document.is_modified:
        new.recovery.write_now()  # the old window's copy went with it
    new.show_message(translate("Language", "The window speaks {language} now.").format(
        language=LANGUAGES[code]))
    return new


def retire(window: MainWindow) -> None:
    """End a replaced window now (its document lives on in the new one)."""
    import shiboken6
    window.shutdown()
    window.hide()
    if shiboken6.isValid(window):
        shiboken6.delete(window)


def latest(window: MainWindow) -> MainWindow:
    """The window that now stands for ``window`` (itself when it was never replaced)."""
    seen = 0
    while id(window) in _successors and seen < 100:
        window = _successors[id(window)]
        seen += 1
    return window


class LanguageMenu:
    """The View → Language entries: one checkable action per language, in its own words."""

    def __init__(self, window: MainWindow, menu: QMenu) -> None:
        self.window = window
        self.menu = menu
        menu.setToolTipsVisible(True)
        self.group = QActionGroup(menu)
        self.group.setExclusive(True)
        self.actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            act = QAction(name, menu)
            act.setCheckable(True)
            act.setChecked(code == language())
            act.setData(code)
            act.setToolTip(translate("Language", "Show the window in {language}; the open "
                                                 "scenario, its unsaved edits and its history "
                                                 "stay").format(language=name))
            self.group.addAction(act)
            menu.addAction(act)
            self.actions[code] = act
        self.group.triggered.connect(self._on_group_triggered)

    def _on_group_triggered(self, act: QAction) -> None:
        self.choose(str(act.data()))

    def choose(self, code: str) -> None:
        """Keep ``code`` in the settings and rebuild the window in it (once the menu has
        closed: the window must not be deleted under its own menu)."""
        if code not in LANGUAGES:
            return
        self.window.settings.set_language(code)
        self.window.settings.sync()
        if code == language():
            return
        window = self.window
        QTimer.singleShot(0, lambda: rebuild(window, code))
