"""Which language to speak, without Qt: the one asked for (the settings, ``--lang``), else the
``WATERPLANNER_LANG`` environment variable, else the system's language when it ships
(Russian, Kazakh), else English."""

from __future__ import annotations

import locale
import os
import sys

from waterplanner.i18n import LANGUAGES

LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")
"""Where a Unix system names the language of messages, first set wins."""

_WINDOWS_LANGUAGES = {0x19: "ru", 0x3F: "kk", 0x09: "en"}
"""Windows primary language ids (the low 10 bits of a LANGID)."""


def _code(name: str) -> str:
    return name.split(".")[0].split("_")[0].split("-")[0].split("@")[0].lower()


def system_language() -> str:
    """The system's language if it ships, else English: on Windows the user's interface
    language; elsewhere the locale variables, then the locale Python was started with."""
    if sys.platform == "win32":
        import ctypes
        langid = ctypes.windll.kernel32.GetUserDefaultUILanguage()  # type: ignore[attr-defined]
        return _WINDOWS_LANGUAGES.get(int(langid) & 0x3FF, "en")
    name = next((os.environ[v] for v in LOCALE_VARIABLES if os.environ.get(v)), "")
    if not name and sys.platform == "darwin":
        name = locale.getlocale()[0] or ""
    code = _code(name or "C")
    return code if code in LANGUAGES else "en"


def choose_language(asked: str | None = None) -> str:
    """The language to speak (see the module's docstring); an unknown code is refused."""
    for candidate in (asked, os.environ.get("WATERPLANNER_LANG")):
        if candidate:
            code = candidate.strip().lower().split("_")[0]
            if code not in LANGUAGES:
                raise ValueError(f"language '{candidate}' is not available (choose one of "
                                 f"{', '.join(LANGUAGES)})")
            return code
    return system_language()
