"""Languages of the program, without Qt: every user-visible string is written in English
and looked up through :func:`translate`, so the model, the engine and the exports speak the
planner's language as the window does.

In the window, the report and the command line, :mod:`waterplanner.translations` connects
this lookup to Qt's translators (``.ts`` catalogues made by ``pyside6-lupdate``, compiled to
``.qm`` by ``pyside6-lrelease``; ``pyside6-lupdate`` finds every ``translate("Context",
"text")`` call). Without it (plain Python, the tests of the core), the English text is
returned unchanged.

Conventions (see docs/translating.md): the text is a literal, never an f-string; values go
in named placeholders filled afterwards (``translate("Edits", "Delete {name}").format(
name=…)``); a count that changes the words uses ``%n`` and ``n=`` (Russian and Kazakh have
their own plural forms).
"""

from __future__ import annotations

from collections.abc import Callable

LANGUAGES: dict[str, str] = {"en": "English", "ru": "Русский", "kk": "Қазақша"}
"""The languages that ship complete, by ISO 639-1 code, each in its own words."""

Lookup = Callable[[str, str, "str | None", int], "str | None"]

_lookup: Lookup | None = None
_language = "en"


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the current language (``text`` itself when no translation is known);
    ``%n`` becomes ``n`` when a count is given."""
    out = None
    if _lookup is not None and _language != "en":
        out = _lookup(context, text, disambiguation, n)
    if not out:
        out = text
    if n >= 0 and "%n" in out:
        from waterplanner.i18n.numbers import num
        out = out.replace("%n", num(n))
    return out


def translate_noop(context: str, text: str) -> str:
    """Marks ``text`` for the catalogues where it is defined (a table of labels), to be
    translated where it is shown with :func:`translate` and the same context."""
    del context
    return text


def language() -> str:
    """The current language's code (``en``, ``ru`` or ``kk``)."""
    return _language


def set_language(code: str, lookup: Lookup | None) -> None:
    """Use ``code`` from now on, with ``lookup(context, text, disambiguation, n)`` finding
    the translations (None: English only). Called by :mod:`waterplanner.translations`."""
    global _language, _lookup
    if code not in LANGUAGES:
        raise ValueError(f"unknown language '{code}' (known: {', '.join(LANGUAGES)})")
    _language = code
    _lookup = lookup
