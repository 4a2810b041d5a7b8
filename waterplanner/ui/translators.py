"""Qt's translators: load the compiled catalogues (``resources/translations/*_<lang>.qm``,
and Qt's own for its standard dialogs), install them on the running application, and route
:func:`waterplanner.i18n.translate` through them. Used by the window and, for Russian or
Kazakh, by the command line (English loads no Qt); which language to speak is
:mod:`waterplanner.i18n.choice`'s answer."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from waterplanner import i18n

AREAS = ("model", "engine", "ui", "report", "cli")
"""One catalogue per part of the program (``waterplanner_<area>_<lang>.ts``)."""

_installed: list[QTranslator] = []


def catalogue_folder() -> Path:
    return Path(str(resources.files("waterplanner.resources").joinpath("translations")))


def install(code: str) -> str:
    """Speak ``code`` from now on: load its catalogues, install them on the running Qt
    application (if any) for Qt's own texts, and route :func:`i18n.translate` through them.
    Returns the code. English needs no catalogue."""
    if code not in i18n.LANGUAGES:
        raise ValueError(f"language '{code}' is not available")
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


_readers: dict[str, QTranslator] = {}


def translate_into(code: str, context: str, text: str) -> str:
    """``text`` as the window's catalogue of ``code`` says it, whatever language is spoken
    now (a Kazakh window showing a Russian help page looks up its Russian headings); the
    text itself where ``code`` is English or has no translation of it."""
    if code == "en":
        return text
    t = _readers.get(code)
    if t is None:
        t = QTranslator()
        if not t.load(str(catalogue_folder() / f"waterplanner_ui_{code}.qm")):
            return text
        _readers[code] = t
    return t.translate(context, text) or text

