"""Qt's translators for the window, the report and the command line: choose the language,
load the compiled catalogues (``resources/translations/*_<lang>.qm``, and Qt's own for its
standard dialogs) and connect :func:`waterplanner.i18n.translate` to them.

The language is, in this order: the one asked for (the settings, ``--lang``), the
``WATERPLANNER_LANG`` environment variable, the system's locale when it is Russian or
Kazakh, else English.

Qt is imported only to load catalogues (and to ask a Windows or macOS system its locale),
so the command line choosing English loads none of it.
"""

from __future__ import annotations

import os
import sys
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from waterplanner import i18n

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

AREAS = ("model", "engine", "ui", "report", "cli")
"""One catalogue per part of the program (``waterplanner_<area>_<lang>.ts``)."""

_installed: list[QTranslator] = []


def catalogue_folder() -> Path:
    return Path(str(resources.files("waterplanner.resources").joinpath("translations")))


LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")
"""Where a Linux or other Unix system names the language of messages, first set wins."""


def system_language() -> str:
    """The system locale's language if it ships, else English. On Linux and other Unix
    systems the locale variables say it (read without Qt: 'C', unset or another language is
    English); on Windows and macOS Qt asks the system."""
    if os.name == "posix" and sys.platform != "darwin":
        name = next((os.environ[v] for v in LOCALE_VARIABLES if os.environ.get(v)), "C")
        code = name.split(".")[0].split("_")[0].split("@")[0].lower()
    else:
        from PySide6.QtCore import QLocale
        code = QLocale.system().name().split("_")[0].lower()
    return code if code in i18n.LANGUAGES else "en"


def choose_language(asked: str | None = None) -> str:
    """The language to speak (see the module's docstring); an unknown code is refused."""
    for candidate in (asked, os.environ.get("WATERPLANNER_LANG")):
        if candidate:
            code = candidate.strip().lower().split("_")[0]
            if code not in i18n.LANGUAGES:
                raise ValueError(f"language '{candidate}' is not available (choose one of "
                                 f"{', '.join(i18n.LANGUAGES)})")
            return code
    return system_language()


def install(code: str) -> str:
    """Speak ``code`` from now on: load its catalogues, install them on the running Qt
    application (if any) for Qt's own texts, and route :func:`i18n.translate` through them.
    Returns the code. English needs no catalogue."""
    if code not in i18n.LANGUAGES:
        raise ValueError(f"language '{code}' is not available")
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
    app = QCoreApplication.instance()
    for t in _installed:
        if app is not None:
            app.removeTranslator(t)
    _installed.clear()
    if code == "en":
        i18n.set_language("en", None)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        return code
    ours: list[QTranslator] = []
    folder = catalogue_folder()
    for area in AREAS:
        t = QTranslator()
        if t.load(str(folder / f"waterplanner_{area}_{code}.qm")):
            ours.append(t)
    qt = QTranslator()
    if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _installed.append(qt)
    _installed.extend(ours)
    if app is not None:
        for t in _installed:
            app.installTranslator(t)
    QLocale.setDefault(QLocale(code))

    def lookup(context: str, text: str, disambiguation: str | None, n: int) -> str | None:
        for t in ours:
            out = t.translate(context, text, disambiguation, n)
            if out:
                return out
        return None

    i18n.set_language(code, lookup)
    return code
